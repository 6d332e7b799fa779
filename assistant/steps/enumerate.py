"""Enumerations: a list question is answered by the list itself — its introducing sentence and the
items that follow it in the document (bullets, "a./1)" lines, or as many sentences as the intro
announces) — not by the introducing sentence alone, nor by one item without the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from ..frame import lemma
from ..nlp import NUMBER_WORDS, content_terms, words
from ..tables import CAPTION, is_row, year_header
from ..types import Sentence

if TYPE_CHECKING:
    from ..answer import Composer
    from ..types import Hit

# "•", "-", "1.", "2)", "a.", "b)", "i." at the start of a line: an item of a list.
_ITEM = re.compile(r"^\s*(?:[•▪●◦*–-]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,3}[.)])\s*")
MAX_ITEMS = 12  # a list longer than this is a table or a section, not an answer
MAX_ITEM_CHARS = 450  # an item's sentences quoted together up to this length
MIN_LIST_SUPPORT = 0.3  # e.g. a third of the question covered and a heading of some similarity (0.5 · 0.3 + 0.15)
LIST_MARGIN = 0.1  # how much closer the chosen list must be than the next one
LIST_DOCS = 2  # documents whose lists compete for a list question the best passages do not introduce


def is_item(kb: Composer, doc_id: str, s: Sentence) -> bool:
    """A list item ('•', '1.', 'a)' at its start, or '1 Een …' in a run 1, 2, 3 as a PDF list draws its
    numbers without dots); a numbered section heading ("1. Waar staan we?") is not one."""
    if (doc_id, s.char_start) in kb.headings:
        return False
    if _ITEM.match(s.text):
        return True
    bare = _BARE_NUMBER.match(s.text)
    return bool(bare) and _in_number_run(kb, doc_id, s, int(bare.group(1)))


_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Z])")


def _in_number_run(kb: Composer, doc_id: str, s: Sentence, n: int) -> bool:
    """Whether a sentence a few places before or after starts with the number next to this one's."""
    doc, i = kb.sentences[doc_id], kb.position(doc_id, s.char_start)
    if i is None:
        return False
    near = doc[max(0, i - 6):i] + doc[i + 1:i + 7]
    return any((m := _BARE_NUMBER.match(x.text)) and abs(int(m.group(1)) - n) == 1 for x in near)


def is_run_in(text: str) -> bool:
    """A run-in heading: a few words ending in a full stop, before the sentences it heads."""
    return text.rstrip().endswith(".") and len(text.split()) <= 5 and text[:1].isupper()


def announced(text: str) -> int | None:
    """How many items a sentence announces: 'kent drie speerpunten', 'de volgende vier doelen'."""
    found = announcement(text)
    return found[0] if found else None


def announcement(text: str) -> tuple[int, str] | None:
    """(count, noun) a sentence announces: 'Het plan kent drie netwerken.' → (3, 'netwerken'); a section
    number ('2. Bevindingen') announces nothing."""
    tokens = words(re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+", "", text))
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

    if not is_item(kb, doc_id, s) and len(inline_items(s.text)) >= 3:
        return [s]  # "… verdeeld over vier leefgroepen: Het Anker, De Vuurtoren, Het Wad en De Boei."
    if is_item(kb, doc_id, s):  # climb to the intro, over items and the sentences that elaborate them
        j = i
        while j > 1 and (doc_id, doc[j - 1].char_start) not in kb.headings and (
                is_item(kb, doc_id, doc[j - 1]) or is_item(kb, doc_id, doc[j - 2])):
            j -= 1
        if j == 0 or j == i and not (doc[j - 1].text.rstrip().endswith(":") or (doc_id, doc[j - 1].char_start) in kb.headings):
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
        if (doc_id, x.char_start) in kb.headings:
            break  # the next section ("Wat beter moet"): its bullets are another list
        if is_item(kb, doc_id, x):
            items.append(x)
        elif items and "\n" not in text[prev.char_end:x.char_start]:
            # the item's line goes on ("a. Het aantal daalt. De aanbieder stelt een afbouwplan op."): the
            # item is the whole line, up to a readable length
            if x.char_end - items[-1].char_start <= MAX_ITEM_CHARS:
                items[-1] = Sentence(text[items[-1].char_start:x.char_end], items[-1].char_start, x.char_end)
        elif not items or after is None or not is_item(kb, doc_id, after) or len(items) >= MAX_ITEMS:
            break  # one sentence may elaborate an item ("• A. Uitleg. • B."); two end the list
        prev = x
    if not items and count and (table := next((j for j, x in enumerate(following[:4])
                                              if CAPTION.match(x.text) or year_header(x.text)), None)) is not None:
        items = following[:table + 1] + table_rows(following, table)  # "… drie kostenposten." then the table's rows
        items = items if len(items) > table + 1 else []
    if not items and count:  # items as run-in headings ("Logeerhuis De Overkant. In Lingestad opent …"),
        # as sentences naming the announced noun ("Het netwerk kwaliteit …"), else the next sentences
        window = following[: 4 * count]
        noun = lemma((announcement(intro.text) or (0, ""))[1])
        headings = [x for x in window if is_run_in(x.text)]
        naming = [x for x in window if noun and noun in {lemma(w) for w in words(x.text)[:3]}]  # "Het netwerk …" opens it
        items = next((found[:count] for found in (headings, naming) if len(found) >= count), following[:count])
    return [intro, *items] if items else []


def inline_items(text: str) -> list[str]:
    """The items a sentence lists after its colon ('vier leefgroepen: Het Anker (12 plaatsen), De Vuurtoren
    en De Boei'): the parts between commas and the last 'en'/'of'; [] when it lists nothing."""
    head, colon, rest = text.partition(": ")
    if not colon or not head.strip() or ":" in rest:
        return []
    parts = [p.strip() for p in re.split(r",\s+|\s+(?:en|of|and|or)\s+", rest.rstrip(" .;")) if p.strip()]
    return parts if all(len(p.split()) <= 8 for p in parts) else []


def table_list(kb: Composer, question: str, hits: list[Hit]) -> list[tuple[Sentence, Hit]] | None:
    """'In welke kostenposten …', 'welke soorten maatregelen …': the row labels of the table whose caption or
    header names the listed noun ('Kostenpost 2022 2023', '… naar soort'), quoted with the rows."""
    if (noun := listed_noun(question)) is None:
        return None
    for doc_id, hit in _first_hits(hits).items():
        doc = kb.sentences[doc_id]
        for i, s in enumerate(doc):
            caption = CAPTION.match(s.text) and not s.text.rstrip().endswith(".")  # not 'Tabel 4 geeft …'
            if not (caption or year_header(s.text)) or not kb.covered(noun, set(content_terms(s.text))):
                continue
            if rows := table_rows(doc, i):
                return [(x, hit) for x in [s, *rows]]
    return None


def table_rows(doc: list[Sentence], i: int) -> list[Sentence]:
    """The rows of the table whose caption or header is sentence i (headers and a repeated caption skipped),
    [] for fewer than two."""
    rows: list[Sentence] = []
    for x in doc[i + 1:i + 1 + MAX_ITEMS]:
        if year_header(x.text) or (CAPTION.match(x.text) and not rows):
            continue
        if not is_row(x.text, True):
            break
        rows.append(x)
    return rows if len(rows) >= 2 else []


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
    for doc_id, hit in _first_hits(hits).items():
        if kb.missing_entity(question, kb.docs[doc_id].text, doc_id):
            continue  # "welke punten noemt de IGJ over De Kreek": not a list of a document without De Kreek
        doc = kb.sentences[doc_id]
        for s, nxt in zip(doc, [*doc[1:], None]):
            # "… op drie sporen extra te versnellen." followed by "• Spoor 1 – …" introduces them too
            # … and so does a heading over bullets ("7. Kwaliteitseisen" • …)
            intro = s.text.rstrip().endswith(":") or announced(s.text) or (
                nxt is not None and is_item(kb, doc_id, nxt)
                and (counts_noun(s.text, noun) or (doc_id, s.char_start) in kb.headings))
            if inline_items(s.text):  # "… Gemeenten: Dreckum, Hoornwaard en Zandwijk": the words before the colon name it
                intro = kb.covered(noun, set(content_terms(s.text.rpartition(": ")[0].split(".")[-1][-80:])))
            if intro and kb.covered(noun, set(content_terms(s.text))) and (listed := expand(kb, doc_id, s, items)):
                return [(x, hit) for x in listed]
    return None


def _first_hits(hits: list[Hit]) -> dict[str, Hit]:
    """Each document's best-ranked hit, best documents first."""
    first: dict[str, Hit] = {}
    for h in hits:
        first.setdefault(h.chunk.doc_id, h)
    return first


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


def best_list(kb: Composer, question: str, doc_ids: list[str], weight: dict[str, float], qvec: np.ndarray | None,
              items: int | None) -> tuple[str, list[Sentence]] | None:
    """The list of the best documents closest to the question as a whole: 'Welke positieve bevindingen
    heeft de inspectie?' → 'Wat goed gaat' and its bullets, where no single sentence says what is asked.
    Closeness: the share of the question's weighted words the list (with its document's title) covers,
    plus the meaning's similarity of its heading or intro (a whole list's embedding says little). None
    unless one list is clearly closer than the others. Returns (doc_id, list)."""
    lists: list[tuple[str, list[Sentence]]] = []
    for doc_id in doc_ids[:LIST_DOCS]:
        doc, text = kb.sentences[doc_id], kb.docs[doc_id].text
        for s, nxt in zip(doc, doc[1:]):
            starts_line = s.char_start == 0 or text[s.char_start - 1] == "\n"  # not an item's second sentence
            if starts_line and is_item(kb, doc_id, nxt) and not is_item(kb, doc_id, s) \
                    and (listed := expand(kb, doc_id, s, items)) and len(listed) >= 3 and listed[0] is s:
                lists.append((doc_id, listed))
    if not lists or qvec is None or not (total := sum(weight.values())):
        return None
    dense = kb.embed_texts([lst[0].text for _, lst in lists]) @ qvec
    support = []
    for (doc_id, lst), d in zip(lists, dense):
        terms = set(content_terms(" ".join(x.text for x in lst) + " " + kb.docs[doc_id].title))
        support.append(0.5 * sum(w for t, w in weight.items() if kb.covered(t, terms)) / total + float(d))
    ranked = sorted(range(len(lists)), key=support.__getitem__, reverse=True)
    best = ranked[0]
    clear = len(ranked) == 1 or support[best] - support[ranked[1]] >= LIST_MARGIN
    return lists[best] if support[best] >= MIN_LIST_SUPPORT and clear else None


def whole_list(kb: Composer, question: str, near_best: list[tuple[Sentence, Hit]], hits: list[Hit],
               weight: dict[str, float], qvec: np.ndarray | None, items: int | None) -> list[tuple[Sentence, Hit]] | None:
    """The list a list question is answered with: the one a best sentence belongs to when its intro names
    what is asked, else one the best documents introduce with that noun, else (unless the best sentence
    names it itself) the list closest to the question as a whole, else the first a best sentence belongs to."""
    noun = listed_noun(question)
    lists = [[(x, hit) for x in listed] for sent, hit in near_best if (listed := expand(kb, hit.chunk.doc_id, sent, items))]
    for listed in lists:
        if noun is None or kb.covered(noun, set(content_terms(listed[0][0].text))):
            return listed
    if named := named_list(kb, question, hits, items) or table_list(kb, question, hits):
        return named
    if near_best and noun and kb.covered(noun, set(content_terms(near_best[0][0].text))):
        return lists[0] if lists else None  # the best sentence names what is asked ('drie bewegingen …: 1) …')
    if found := best_list(kb, question, list(dict.fromkeys(h.chunk.doc_id for h in hits)), weight, qvec, items):
        hit = next(h for h in hits if h.chunk.doc_id == found[0])
        return [(x, hit) for x in found[1]]
    return lists[0] if lists else None
