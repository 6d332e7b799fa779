"""Sentence selection, the general step: the sentences of the retrieved passages that best answer
the question, quoted verbatim, or a refusal when none covers it well enough."""

from __future__ import annotations

import re
from pathlib import Path
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from ..answer import Composed, refusal
from ..answertype import answer_type
from ..cite import make_citation
from ..frame import action_in, cues
from ..gate import gate_features, load_gate
from ..ranker import load_ranker
from .enumerate import is_run_in, named_list, whole_list
from .features import candidate_features
from .figure_lookup import asked_numbers
from .moments import other_moment
from ..vocabulary import Counted, counts_thing, is_countable
from ..nlp import YEAR_RE, canonical_numbers, content_terms, question_terms, words
from ..tables import is_table_line, split_row, year_header
from ..types import Document, Hit, Sentence

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame

LIST_CANDIDATES = 5  # for a list question, the best sentences searched for one that belongs to a list
TABLE_ROWS_BACK = 15  # rows a table row may stand below its year header
EVIDENCE_SENTENCES = 4  # passages a generator sees: enough context, short enough for a 0.5B model on 2 cores
_DATE_QUESTION = r"\b(?:welke datum|op welke dag|wanneer|sinds wanneer|per wanneer|in welk jaar|welk jaar|when|which date|what date|which year)\b"
_ANAPHOR = r"(?:Deze|Dit|Die|Dat|Zij|Hij|Daar\w*|Hier\w*)\b"
# A next sentence that goes on about this one: "… hybride voorzieningen. Dit is jeugdhulpaanbod waar …"
_ELABORATION = _ANAPHOR + r"|.{0,40}\b(?:noem\w* dit|bij deze|dit is|dat is)\b"
_DEFINITION = re.compile(r"\b(?i:waar staat (?:de afkorting |het acroniem )?|wat betekent (?:de afkorting )?|what does (?:the abbreviation )?)"
                         r"([A-Z][A-Za-z]{1,7})\b")


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed:
    hits, qvec = search(frame.text)
    action = frame.action if frame.intent != "explanation" else None  # "waarom groeien de wachtlijsten": a reason
    return text_answer(kb, lexical, hits, qvec, lang, action, count_target(frame),
                       listing=frame.intent == "list", items=frame.items, intent=frame.intent)


def prepare(question: str, lang: str) -> tuple[set[str], re.Pattern | None, bool]:
    """The terms a sentence should cover, the acronym a definition question wants spelled out,
    and whether a date is asked ("op welke datum": the date answers, it is not a topic)."""
    terms = set(question_terms(question, lang))
    spelled_out = None
    if defined := _DEFINITION.search(question):  # "waar staat JIM voor": the sentence that spells JIM out
        terms -= set(content_terms(defined.group(0))) - set(content_terms(defined.group(1)))
        acronym = re.escape(defined.group(1))
        spelled_out = re.compile(rf"\b{acronym}\s*\(|\({acronym}\)")
    wants_date = bool(re.search(_DATE_QUESTION, question.lower()))
    if wants_date:
        terms -= set(content_terms("datum dag date day"))
    return terms, spelled_out, wants_date


def text_answer(kb: Composer, question: str, hits: list[Hit], qvec: np.ndarray | None, lang: str,
                action: str | None = None, counted: Counted | None = None, listing: bool = False,
                items: int | None = None, intent: str = "other") -> Composed:
    terms, spelled_out, wants_date = prepare(question, lang)
    if not hits or not terms:
        return refusal("Geen passende passages gevonden.", lang)
    cands = candidate_features(kb, question, hits, qvec, lang, terms, spelled_out, wants_date, counted)
    candidates, q_years = cands.candidates, cands.q_years
    model = load_ranker()
    scored = sorted(((model.score(x), c, d, k) for x, c, d, k in zip(cands.X, cands.cover, cands.dense, cands.keys)),
                    reverse=True)
    if counted:  # "hoeveel X": only sentences that state a count of X can answer
        scored = [x for x in scored if counts_thing(candidates[x[3]][0].text, counted)]
        if not scored:
            return refusal(f"De documenten noemen geen aantal voor '{counted.phrase}'.", lang)
    if cands.wants_number and q_years:  # "hoeveel … in 2022": the year belongs with the number
        scored = [x for x in scored if q_years & set(YEAR_RE.findall(text := _with_header(kb, x[3], *candidates[x[3]])))
                  and not other_moment(question, _own_moment(candidates[x[3]][0].text, text, q_years))]
        if not scored:
            return refusal(f"Geen passage geeft een aantal voor {', '.join(sorted(q_years))}.", lang)
    if cands.wants_number and (numbers := asked_numbers(question)):  # "hoeveel kinderen onder de 14 jaar"
        scored = [x for x in scored if numbers <= canonical_numbers(" ".join(  # a table's column headings may hold them
            [_with_header(kb, x[3], *candidates[x[3]])] + [n.text for k in (1, 2, 3) if (n := kb.neighbour(x[3], -k))]))]
        if not scored:
            return refusal("Geen passage noemt de getallen uit de vraag bij een aantal.", lang)
    if action:  # "hoeveel … zijn er gesloten": only a sentence that says what was closed answers
        scored = [x for x in scored if action_in(words(candidates[x[3]][0].text), lang) == action]
        if not scored:
            return refusal("De gevonden passages noemen die verandering niet.", lang)
    if intent == "explanation":  # a table row or caption ('Separaties 297 186') gives no reason
        scored = [x for x in scored if not is_table_line(candidates[x[3]][0].text)] or scored
    if wanted := answer_type(question, intent):  # "wie is de …", "hoe lang …": the sentence must say it
        scored = [x for x in scored if wanted.satisfied(_shown_with(kb, x[3], *candidates[x[3]]), question)]
        if not scored:
            return refusal(f"De gevonden passages noemen geen {wanted.label}.", lang)
    best_score, _, _, best_key = scored[0]
    evidence_x = gate_features(kb, cands, scored, question, intent, lang)
    if kb.gate_log is not None:  # train-ranker records what the gate sees, on every path past it
        kb.gate_log.append((evidence_x, best_key[0]))
    elif not (gate := load_gate()).passes(evidence_x):
        # a list the documents introduce with the very noun asked ("5. Kwaliteitseisen" • …) is evidence itself
        if listing and (named := named_list(kb, question, [candidates[k][1] for *_, k in scored] + hits, items)):
            return replace(quote_answer(kb, named, question, lang), evidence=tuple(named[:EVIDENCE_SENTENCES]))
        return refusal(f"De gevonden passages dekken de vraag onvoldoende (kans {gate.probability(evidence_x):.2f}).", lang)
    if q_years and not q_years & set(YEAR_RE.findall(" ".join(  # the passages, their headings, documents' titles
            f"{h.chunk.text} {h.chunk.section} {kb.docs[k[0]].title}" for _, _, _, k in scored[:3] for h in [candidates[k][1]]))):
        return refusal(f"Het gevraagde jaar ({', '.join(sorted(q_years))}) komt in de gevonden passages niet voor.", lang)
    best_doc = kb.docs[best_key[0]]
    # what the document is: its title, publisher and file name ('kamervragen-2025-…-gelderland')
    evidence = (f"{candidates[best_key][1].chunk.text} {best_doc.title} {best_doc.publisher} "
                f"{Path(best_doc.source_file).stem.replace('-', ' ')}")
    if missing := kb.missing_entity(question, evidence, best_key[0]):
        return refusal(f"De gevonden passages gaan niet over '{missing}'.", lang)
    chosen = [best_key]
    for score, cover, d, key in scored[1:]:
        if len(chosen) >= kb.max_sentences or score < model.companion_ratio * best_score:
            break
        if cover > 0 and key not in chosen and candidates[key][0].text not in {candidates[k][0].text for k in chosen}:
            chosen.append(key)  # a repeated table header or running line is quoted once
    picked = [candidates[k] for k in chosen]
    s, hit = picked[0]
    prev, nxt = kb.neighbour(chosen[0], -1), kb.neighbour(chosen[0], 1)
    if prev is not None and (re.match(_ANAPHOR, s.text) or is_run_in(prev.text)):
        picked.insert(0, (prev, hit))  # "Deze aanbieder …", "Logeerhuis De Overkant. In Lingestad opent …": what it is about
    because = intent == "explanation" and nxt is not None and cues()["causal_re"].search(nxt.text) is not None
    if nxt is not None and (re.match(_ELABORATION, nxt.text) or because) and not any(x is nxt for x, _ in picked):
        picked.insert(1 if picked[0][0] is s else 2, (nxt, hit))
    if s.text.rstrip().endswith("?"):  # a question in the document (Kamervragen): its answer follows it
        at = next(i for i, (x, _) in enumerate(picked) if x is s)
        picked[at + 1:at + 1] = [(x, hit) for x in answer_after(kb, chosen[0]) if not any(x is y for y, _ in picked)]
    near_best = [candidates[k] for score, _, _, k in scored[:LIST_CANDIDATES]  # as relevant as companions must be
                 if score >= model.companion_ratio * best_score and k[0] == best_key[0]]  # the gates checked that document
    whole = whole_list(kb, question, near_best, [candidates[k][1] for *_, k in scored], cands.weight, qvec, items) \
        if listing else None
    if whole:  # the list a top sentence belongs to, not one sentence of it
        picked = whole
    elif more := list_items(kb, s, hit):
        picked = [(s, hit)] + [(x, hit) for x in more]
    evidence = [candidates[k] for _, _, _, k in scored[:EVIDENCE_SENTENCES]]
    return replace(quote_answer(kb, picked, question, lang), evidence=tuple(evidence))


def _own_moment(sentence: str, context: str, years: set[str]) -> str:
    """Where a statement's moment is read: the sentence itself when it names the asked year ('per 1 januari
    2023 zijn dat er 27' is not 'eind 2023', whatever the sentence before it says of 2023), else its context."""
    return sentence if years & set(YEAR_RE.findall(sentence)) else context


def _with_header(kb: Composer, key: tuple[str, int], s: Sentence, hit: Hit) -> str:
    """A sentence with the one before it in its passage ("per 1 januari 2023 zijn dat er 27. Bij vier
    organisaties …"); a table row with its table's year header, however many rows above it stands."""
    prev = kb.neighbour(key, -1)
    text = f"{prev.text} {s.text}" if prev is not None and prev in hit.chunk.sentences else s.text
    if split_row(s.text.strip()) is None:
        return text
    for step in range(1, TABLE_ROWS_BACK + 1):  # climb over the rows to the header of years
        above = kb.neighbour(key, -step)
        if above is None or (split_row(above.text.strip()) is None and not year_header(above.text)):
            break
        if year_header(above.text):
            return f"{above.text} {text}"
    return text


def _shown_with(kb: Composer, key: tuple[str, int], s: Sentence, hit: Hit) -> list[str]:
    """The text an answer from this sentence shows: its run-in heading, its list items or the sentence
    that elaborates it ("… geplaatst zouden worden. Daar werkt OZJ nu hard aan.")."""
    nxt, prev = kb.neighbour(key, 1), kb.neighbour(key, -1)
    more = list_items(kb, s, hit) or ([nxt] if nxt is not None and re.match(_ELABORATION, nxt.text) else [])
    heading = [prev] if prev is not None and is_run_in(prev.text) else []
    return [x.text for x in [*heading, s, *more]]


def answer_after(kb: Composer, key: tuple[str, int], n: int = 4) -> list[Sentence]:
    """The first sentences of the answer to a question the document asks itself, over an 'Antwoord 3'
    label, up to the next question."""
    body = []
    for step in range(1, n + 2):
        x = kb.neighbour(key, step)
        if x is None or x.text.rstrip().endswith("?") or re.match(r"\s*(?:vraag|question)\s*\d", x.text, re.I):
            break
        if not re.fullmatch(r"\s*(?:antwoord|answer)\s*\d*\s*:?\s*", x.text, re.IGNORECASE):
            body.append(x)
    return body[:n]


def list_items(kb: Composer, s: Sentence, hit: Hit) -> list[Sentence]:
    """The items after a list intro ("… de volgende knelpunten:"): they are its answer."""
    if not s.text.endswith(":"):
        return []
    following = [x for x in kb.sentences[hit.chunk.doc_id] if x.char_start > s.char_start][:6]
    return [x for x in following if x.text[:1] in "•-*–" or x.text[:1].isdigit()] or following[:3]


def quote_answer(kb: Composer, picked: list[tuple[Sentence, Hit]], question: str, lang: str) -> Composed:
    """The quotes in document order, the source named once per document ("Volgens …:")."""
    picked = sorted(picked, key=lambda sh: (sh[1].chunk.doc_id, sh[0].char_start))
    cites = []
    lines = []
    for n, (s, hit) in enumerate(picked, start=1):
        doc = kb.docs[hit.chunk.doc_id]
        cites.append(make_citation(n, doc, s.char_start, s.char_end, hit.chunk.section))
        quote = f"“{s.text}” [{n}]"
        if n > 1 and picked[n - 2][1].chunk.doc_id == doc.doc_id:
            lines.append(quote)
        else:
            lines.append(f"{'Volgens' if lang == 'nl' else 'According to'} {_short(doc)}: {quote}")
    return Composed("\n".join(lines), tuple(cites))


def count_target(frame: Frame) -> Counted | None:
    """The thing an amount question counts, when a sentence must state a count of it; None for
    units, money and verbs ('hoeveel investeerde')."""
    if frame.intent not in ("amount", "difference", "sum", "share", "trend", "other"):
        return None  # "waarom … als het aantal plaatsen afneemt?": a reason is asked, not a count
    return frame.counted if frame.counted and is_countable(frame.counted.lemma) else None


def _short(doc: Document) -> str:
    return {"kamerbrief": "de Kamerbrief", "uitvoeringsplan": "het uitvoeringsplan",
            "inspectierapport": "het inspectierapport", "regiovisie": "de regiovisie"}.get(doc.kind, f"'{doc.title}'")
