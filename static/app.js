// Citation links, "Kopieer bron" and the scrolled context view: they work in the browser alone.
(() => {
  const copyText = async (text) => {
    if (navigator.clipboard && window.isSecureContext) { await navigator.clipboard.writeText(text); return; }
    const area = Object.assign(document.createElement('textarea'), {value: text});
    document.body.appendChild(area); area.select(); document.execCommand('copy'); area.remove();
  };
  document.addEventListener('click', (event) => {
    const cite = event.target.closest('a.cite');
    if (cite) {
      event.preventDefault(); event.stopPropagation();
      const card = document.getElementById(cite.getAttribute('href').slice(1));
      if (!card) return;
      const turn = card.closest('details.beurt'); if (turn) turn.open = true;
      card.scrollIntoView({behavior: 'smooth', block: 'center'});
      card.classList.remove('flits'); void card.offsetWidth; card.classList.add('flits');
      return;
    }
    const button = event.target.closest('button.kopieer');
    if (button) copyText(button.dataset.copy).then(() => {
      button.textContent = 'Gekopieerd ✓'; setTimeout(() => { button.textContent = 'Kopieer bron'; }, 1500);
    });
  }, true);
  document.addEventListener('toggle', (event) => {
    const box = event.target.matches && event.target.matches('details.context') && event.target.open
      ? event.target.querySelector('.context-tekst') : null;
    const mark = box && box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, true);
})();
