// Browser-only behaviour of the app: citation links and their preview, copy buttons, the scrolled
// context view, and Dutch accessible names where Gradio ships English ones.
(() => {
  const copyText = async (text) => {
    if (navigator.clipboard && window.isSecureContext) { await navigator.clipboard.writeText(text); return; }
    const area = Object.assign(document.createElement('textarea'), {value: text});
    document.body.appendChild(area); area.select(); document.execCommand('copy'); area.remove();
  };
  const flash = (button, done, label) => {
    button.textContent = done; setTimeout(() => { button.textContent = label; }, 1500);
  };

  // ---- Dutch accessible names; a message is read as its text, not as an aria-label of raw HTML.
  const DUTCH = {
    'chatbot conversation': 'Gesprek', 'Gradio footer navigation': 'Voettekst', 'Copy': 'Kopieer',
    'Copy table data': 'Kopieer tabelgegevens', 'Download': 'Downloaden', 'Fullscreen': 'Volledig scherm',
    'Open cell menu': 'Celmenu openen', 'Table actions': 'Tabelacties', 'Dataframe': 'Tabel',
    'Code input container': 'Tekst om te plakken', 'Vega visualization': 'Grafiek', 'File upload': 'Bestand uploaden',
    'Click to upload or drop files': 'Klik om een bestand te kiezen of sleep het hierheen', 'Logo': 'Logo',
    'Fold line': 'Regel invouwen', 'Unfold line': 'Regel uitvouwen', 'Stop Recording': 'Opname stoppen',
  };
  const PATTERNS = [[/^Select example (\d+): (.*)$/s, (m) => `Kies voorbeeld ${m[1]}: ${m[2]}`]];
  const NAMED = ['aria-label', 'title', 'alt'];
  const relabel = (el) => NAMED.forEach((attr) => {
    const label = el.getAttribute(attr);
    if (!label) return;
    if (attr === 'aria-label' && /^(user|bot)'s message: /.test(label)) { el.removeAttribute(attr); return; }
    if (DUTCH[label] && DUTCH[label] !== label) { el.setAttribute(attr, DUTCH[label]); return; }
    for (const [pattern, name] of PATTERNS) {
      const m = label.match(pattern);
      if (m) { el.setAttribute(attr, name(m)); return; }
    }
  });
  const relabelAll = (root) => {
    if (root.nodeType !== 1) return;
    relabel(root);
    root.querySelectorAll('[aria-label], [title], [alt]').forEach(relabel);
  };
  // A source card and what it says: the [n] link's spoken name and its preview come from here.
  const cardOf = (cite) => document.getElementById(cite.getAttribute('href').slice(1));
  const cardText = (card, selector) => {
    const el = card && card.querySelector(selector);
    return el ? el.textContent.trim() : '';
  };
  const cardTitle = (card) => cardText(card, '.bron-kop').replace(/^\[\d+\]\s*/, '');
  const nameCites = () => document.querySelectorAll('#gesprek a.cite').forEach((cite) => {
    const n = cite.textContent.replace(/\D/g, ''), title = cardTitle(cardOf(cite));
    const name = `Bron ${n}${title ? `: ${title}` : ''}`;
    if (cite.getAttribute('aria-label') !== name) cite.setAttribute('aria-label', name);
  });
  let naming = 0;
  new MutationObserver((records) => {
    records.forEach((r) => { if (r.type === 'attributes') relabel(r.target); else r.addedNodes.forEach(relabelAll); });
    cancelAnimationFrame(naming); naming = requestAnimationFrame(nameCites);
  }).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                        attributeFilter: NAMED});

  // ---- Citation preview: quote, title and place of [n] without leaving the answer.
  let lastCite = null, shownFor = null, pointer = 'mouse';
  const touch = () => pointer === 'touch';  // a finger has no hover: a tap previews, a button goes on
  document.addEventListener('pointerdown', (e) => { pointer = e.pointerType; }, true);
  const preview = () => {
    let box = document.getElementById('bron-voorbeeld');
    if (!box) {
      box = Object.assign(document.createElement('div'), {id: 'bron-voorbeeld', hidden: true});
      box.setAttribute('role', 'tooltip');
      document.body.appendChild(box);
    }
    return box;
  };
  const hidePreview = () => {
    const box = preview(); box.hidden = true; shownFor = null;
    document.querySelectorAll('a.cite[aria-describedby]').forEach((a) => a.removeAttribute('aria-describedby'));
  };
  const showPreview = (cite) => {
    const card = cardOf(cite);
    if (!card) return;
    const box = preview();
    box.replaceChildren();
    const add = (tag, cls, text) => box.appendChild(Object.assign(document.createElement(tag), {className: cls, textContent: text}));
    add('div', 'voorbeeld-kop', `[${cite.textContent.replace(/\D/g, '')}] ${cardTitle(card)}`);
    add('div', 'voorbeeld-waar', cardText(card, '.bron-meta'));
    add('blockquote', 'voorbeeld-citaat', cardText(card, '.bron-citaat mark'));
    if (touch()) {
      const go = add('button', 'naar-bron', 'Naar de bron');
      go.type = 'button'; go.addEventListener('click', () => { hidePreview(); goToCard(cite); });
    }
    box.hidden = false; shownFor = cite;
    cite.setAttribute('aria-describedby', 'bron-voorbeeld');
    const r = cite.getBoundingClientRect(), w = box.offsetWidth, h = box.offsetHeight;
    box.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - w - 8))}px`;
    box.style.top = `${r.bottom + 6 + h > window.innerHeight ? Math.max(8, r.top - h - 6) : r.bottom + 6}px`;
  };
  const goToCard = (cite) => {
    const card = cardOf(cite);
    if (!card) return;
    lastCite = cite;
    const turn = card.closest('details.beurt'); if (turn) turn.open = true;
    card.scrollIntoView({behavior: 'smooth', block: 'center'});
    card.focus({preventScroll: true});  // keyboard and screen reader users land on the source too
    card.classList.remove('flits'); void card.offsetWidth; card.classList.add('flits');
  };
  document.addEventListener('mouseover', (e) => {
    const c = !touch() && e.target.closest && e.target.closest('a.cite'); if (c) showPreview(c);
  });
  document.addEventListener('mouseout', (e) => { if (!touch() && e.target.closest && e.target.closest('a.cite')) hidePreview(); });
  document.addEventListener('focusin', (e) => { if (!touch() && e.target.matches && e.target.matches('a.cite')) showPreview(e.target); });
  document.addEventListener('focusout', (e) => {
    if (e.target.matches && e.target.matches('a.cite') && !preview().contains(e.relatedTarget)) hidePreview();
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hidePreview(); });
  window.addEventListener('scroll', () => { if (!touch()) hidePreview(); }, true);

  document.addEventListener('click', (event) => {
    const cite = event.target.closest('a.cite');
    if (cite) {
      event.preventDefault(); event.stopPropagation();
      if (touch() && shownFor !== cite) { showPreview(cite); return; }  // a tap previews; "Naar de bron" goes on
      hidePreview(); goToCard(cite);
      return;
    }
    const back = event.target.closest('button.terug');
    if (back) {
      const target = lastCite && lastCite.isConnected ? lastCite : document.getElementById('gesprek');
      target.scrollIntoView({behavior: 'smooth', block: 'center'});
      target.focus({preventScroll: true});
      return;
    }
    const open = event.target.closest('button.open-pagina');
    if (open) {  // hand the citation to the app through its hidden request box
      const box = document.querySelector('#pagina-verzoek textarea, #pagina-verzoek input');
      box.value = JSON.stringify({cite: JSON.parse(open.dataset.cite), at: Date.now()});
      box.dispatchEvent(new Event('input', {bubbles: true}));
      return;
    }
    const button = event.target.closest('button.kopieer');
    if (button) copyText(button.dataset.copy).then(() => flash(button, 'Gekopieerd ✓', 'Kopieer bron'));
    if (touch() && !event.target.closest('#bron-voorbeeld')) hidePreview();
  }, true);
  // "Kopieer antwoord": the last answer as plain text with its numbered sources and quotes.
  window.kopieerAntwoord = () => {
    const answers = document.querySelectorAll('#gesprek [data-testid=bot]');
    const button = document.getElementById('kopieer-antwoord');
    if (!answers.length) return;
    const sources = [...document.querySelectorAll('#bronnen details.beurt[open] article.bron')].map((card) =>
      `${cardText(card, '.bron-kop')} (${cardText(card, '.bron-meta')})\n“${cardText(card, '.bron-citaat mark')}”`);
    const text = answers[answers.length - 1].innerText.trim() + (sources.length ? `\n\nBronnen:\n${sources.join('\n')}` : '');
    copyText(text).then(() => flash(button, 'Gekopieerd ✓', 'Kopieer antwoord'));
  };
  document.addEventListener('toggle', (event) => {
    const box = event.target.matches && event.target.matches('details.context') && event.target.open
      ? event.target.querySelector('.context-tekst') : null;
    const mark = box && box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, true);
})();
