"""Enumerations: a list question is answered by the list itself — its introducing sentence and the
items that follow it in the document (bullets, "a./1)" lines, or as many sentences as the intro
announces) — not by the introducing sentence alone, nor by one item without the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..frame import lemma
from ..nlp import NUMBER_WORDS, content_terms, words
from ..types import Sentence

if TYPE_CHECKING:
    from ..answer import Composer
    from ..types import Hit

# "•", "-", "1.", "2)", "a.", "b)", "i." at the start of a line: an item of a list.
_ITEM = re.compile(r"^\s*(?:[•▪●◦*–-]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,3}[.)])\s*")
MAX_ITEMS = 12  # a list longer than this is a table or a section, not an answer


def is_item(kb: Composer, doc_id: str, s: Sentence) -> bool:
    """A list item ('•', '1.', 'a)' at its start); a numbered section heading ("1. Waar staan we?") is not one."""
    return bool(_ITEM.match(s.text)) and (doc_id, s.char_start) not in kb.headings


def is_run_in(text: str) -> bool:
    """A run-in heading: a few words ending in a full stop, before the sentences it heads."""
    return text.rstrip().endswith(".") and len(text.split()) <= 5 and text[:1].isupper()


def announced(text: str) -> int | None:
    """How many items a sentence announces: 'kent drie speerpunten', 'de volgende vier doelen'."""
    found = announcement(text)
    return found[0] if found else None


def announcement(text: str) -> tuple[int, str] | None:
    """(count, noun) a sentence announces: 'Het plan kent drie netwerken.' → (3, 'netwerken')."""
    tokens = words(text)
    for i, (w, nxt) in enumerate(zip(tokens, tokens[1:])):
        n = NUMBER_WORDS.get(w) if w != "een" else None
        n = n or (int(w) if w.isdecimal() and w.isascii() and len(w) < 3 else None)
        # the announced noun ends the sentence ('… in vijf bouwstenen.'), not 'van acht gemeenten met …'
        if n and 2 <= n <= MAX_ITEMS and nxt.endswith(("en", "s", "'s")) and (i + 2 >= len(tokens) - 1 or text.rstrip().endswith(":")):
            return n, nxt
    return None


def expand(kb: Composer, doc_id: str, s: Sentence, wanted: int | None) -> list[Sentence]:
    """The list a sentence belongs to: [intro, item, item, …], or [] when it is not part of one.
    An item found on its own climbs back to its intro, so the answer holds all its siblings."""
    doc = kb.sentences[doc_id]
    i = kb.position(doc_id, s.char_start)
    if i is None:
        return []

    if is_item(kb, doc_id, s):  # climb to the intro, over items and the sentences that elaborate them
        j = i
        while j > 1 and (is_item(kb, doc_id, doc[j - 1]) or is_item(kb, doc_id, doc[j - 2])):
            j -= 1
        if j == 0 or j == i and not doc[j - 1].text.rstrip().endswith(":"):
            return []
        i = j - 1
    intro = doc[i]
    following = doc[i + 1 : i + 1 + 2 * MAX_ITEMS]
    if not (intro.text.rstrip().endswith(":") or announced(intro.text) or (following and is_item(kb, doc_id, following[0]))):
        return _intro_ahead(kb, doc_id, i, wanted)  # the count asked for does not make any sentence an intro
    count = wanted or announced(intro.text)
    text = kb.docs[doc_id].text
    items: list[Sentence] = []
    prev = intro
    for x, after in zip(following, [*following[1:], None]):
        if is_item(kb, doc_id, x):
            items.append(x)
        elif items and "\n" not in text[prev.char_end:x.char_start]:
            pass  # the item's line goes on ("• A. Uitleg bij A. Nog meer. • B."): still the list
        elif not items or after is None or not is_item(kb, doc_id, after) or len(items) >= MAX_ITEMS:
            break  # one sentence may elaborate an item ("• A. Uitleg. • B."); two end the list
        prev = x
    if not items and count:  # items as run-in headings ("Logeerhuis De Overkant. In Lingestad opent …"),
        # as sentences naming the announced noun ("Het netwerk kwaliteit …"), else the next sentences
        window = following[: 4 * count]
        noun = lemma((announcement(intro.text) or (0, ""))[1])
        headings = [x for x in window if is_run_in(x.text)]
        naming = [x for x in window if noun and noun in {lemma(w) for w in words(x.text)[:3]}]  # "Het netwerk …" opens it
        items = next((found[:count] for found in (headings, naming) if len(found) >= count), following[:count])
    return [intro, *items] if items else []


def _intro_ahead(kb: Composer, doc_id: str, i: int, wanted: int | None) -> list[Sentence]:
    """A sentence whose list is introduced a little later: "… op meerdere punten vooruitgang geboekt.
    Tegelijk zijn er tekortkomingen. De belangrijkste bevindingen zijn: • …" gives the sentence, what
    stands between, the intro and its items; [] when no intro with items follows within two sentences."""
    doc = kb.sentences[doc_id]
    for j in range(i + 1, min(i + 3, len(doc) - 1)):
        if doc[j].text.rstrip().endswith(":") and is_item(kb, doc_id, doc[j + 1]):
            listed = expand(kb, doc_id, doc[j], wanted)
            return [*doc[i:j], *listed] if listed else []
    return []


def counts_noun(text: str, noun: str) -> bool:
    """'… op drie sporen …': a number word right before the noun (stem) a list question asks for."""
    tokens = words(text)
    return any((w in NUMBER_WORDS or w.isdecimal()) and noun in content_terms(nxt)
               for w, nxt in zip(tokens, tokens[1:]))


def named_list(kb: Composer, question: str, hits: list[Hit], items: int | None) -> list[tuple[Sentence, Hit]] | None:
    """'Met welke bouwstenen …?' → '… investeert de regio in vijf bouwstenen.' and its items: the first
    sentence (best-ranked documents first) naming the listed noun that introduces a list."""
    if (noun := listed_noun(question)) is None:
        return None
    first_hit: dict[str, Hit] = {}
    for h in hits:
        first_hit.setdefault(h.chunk.doc_id, h)
    for doc_id, hit in first_hit.items():
        if kb.missing_entity(question, kb.docs[doc_id].text, doc_id):
            continue  # "welke punten noemt de IGJ over De Kreek": not a list of a document without De Kreek
        doc = kb.sentences[doc_id]
        for s, nxt in zip(doc, [*doc[1:], None]):
            # "… op drie sporen extra te versnellen." followed by "• Spoor 1 – …" introduces them too
            # … and so does a heading over bullets ("7. Kwaliteitseisen" • …)
            intro = s.text.rstrip().endswith(":") or announced(s.text) or (
                nxt is not None and is_item(kb, doc_id, nxt)
                and (counts_noun(s.text, noun) or (doc_id, s.char_start) in kb.headings))
            if intro and kb.covered(noun, set(content_terms(s.text))) and (listed := expand(kb, doc_id, s, items)):
                return [(x, hit) for x in listed]
    return None


def listed_noun(question: str) -> str | None:
    """The stem of the plural noun a list question enumerates: 'welke (vijf) bouwstenen' → bouwsteen,
    'welke nieuwe kwaliteitseisen moeten …' → kwaliteitseis; None for a singular one ('welke organisatie')."""
    m = re.search(r"\b(?:welke|which)\s+(.*)", question, re.IGNORECASE)
    for w in words(m.group(1))[:3] if m else []:
        if w in NUMBER_WORDS:
            continue
        if re.search(r"(?:en|s|'s)$", w) and lemma(w) != w:
            terms = content_terms(w)
            return terms[0] if terms else None
    return None
