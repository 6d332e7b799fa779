"""Sentence selection, the general step: the sentences of the retrieved passages that best answer
the question, quoted verbatim, or a refusal when none covers it well enough."""

from __future__ import annotations

import re
from pathlib import Path
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..answer import Composed, refusal
from ..answertype import answer_type
from ..cite import make_citation
from ..frame import action_in, asked_years, cues
from ..gate import gate_features, load_gate
from ..ranker import FEATURES, load_ranker
from .enumerate import is_run_in, named_list, whole_list
from .figure_lookup import asked_numbers
from .moments import other_moment
from ..vocabulary import Counted, counts_thing, is_countable
from ..nlp import DATE_RE, YEAR_RE, canonical_numbers, content_terms, question_terms, words
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
                  and not other_moment(question, text)]
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


@dataclass(frozen=True)
class Candidates:
    """The sentences of the retrieved passages with one feature row each (see ranker.FEATURES)."""

    keys: list[tuple[str, int]]
    candidates: dict[tuple[str, int], tuple[Sentence, Hit]]
    X: np.ndarray
    cover: list[float]
    dense: list[float]
    q_years: set[str]
    weight: dict[str, float]
    wants_number: bool

    def covered_share(self, kb: Composer, terms: set[str], rare_only: bool = False) -> float:
        """The idf-weighted share of the question's terms (only its rare ones) that `terms` cover."""
        weights = {t: w for t, w in self.weight.items() if w and (not rare_only or w >= kb._rare_idf)}
        if not weights:
            return 1.0
        return sum(w for t, w in weights.items() if kb.covered(t, terms)) / sum(weights.values())


def candidate_features(kb: Composer, question: str, hits: list[Hit], qvec: np.ndarray | None, lang: str,
                       terms: set[str], spelled_out: re.Pattern | None, wants_date: bool,
                       counted: Counted | None) -> Candidates:
    """Features of every candidate sentence: how much of the question it covers (idf-weighted, the
    neighbours and the section heading counting half), dense similarity, retrieval rank, source and year match, answer-type hints."""
    candidates: dict[tuple[str, int], tuple[Sentence, Hit]] = {}
    for hit in hits:
        for s in hit.chunk.sentences:
            if not is_heading(s.text, hit.chunk.section):
                candidates.setdefault((hit.chunk.doc_id, s.char_start), (s, hit))
    keys = list(candidates)
    sents = [candidates[k][0] for k in keys]
    dense = kb.embed_texts([s.text for s in sents]) @ qvec if qvec is not None and sents else np.zeros(len(sents))
    source_terms, source_years, doc_match = kb.source_reference(question)
    weight = {t: 0.0 if t in source_terms else kb.idf.get(t, 0.0 if lang == "en" else kb._idf_max) for t in terms}
    if not any(weight.values()):
        weight = {t: kb.idf.get(t, kb._idf_max) for t in terms}
    total = sum(weight.values()) or 1.0
    q_years = {str(y) for y in asked_years(question)} - source_years
    wants_number = bool(re.search(r"\b(hoeveel|aantal|how many|how much|welk bedrag|percentage)\b", question.lower()))
    wants_reason = bool(cues()["intent_re"]["explanation"].search(question))
    rows, covers = [], []
    english = 1.0 if lang == "en" else 0.0
    for key, s, d in zip(keys, sents, dense):
        s_terms = set(content_terms(s.text))
        around = {t for step in (-1, 1) if (n := kb.neighbour(key, step)) for t in content_terms(n.text)}
        around |= set(content_terms(candidates[key][1].chunk.section))  # the heading it stands under
        cover = sum(w * (1.0 if kb.covered(t, s_terms) else 0.5 if kb.covered(t, around) else 0.0)
                    for t, w in weight.items() if w) / total
        date = DATE_RE.search(s.text) if wants_date else None
        year_hit = bool(q_years & set(words(s.text)))
        rows.append([cover, float(d), 1.0 / candidates[key][1].rank, doc_match.get(key[0], 0.0),
                     float(bool(q_years) and year_hit), float(bool(q_years) and not year_hit),
                     float(wants_number and bool(re.search(r"\d", s.text))),
                     float(bool(spelled_out and spelled_out.search(s.text))),
                     float(bool(date and date.group(0)[0].isdigit())), float(bool(date)),
                     float(wants_date and bool(YEAR_RE.search(s.text))),
                     float(bool(counted and counts_thing(s.text, counted))), float(len(s.text.split()) < 5),
                     english * cover, english * float(d),
                     float(wants_reason and bool(cues()["causal_re"].search(s.text))),
                     float(wants_reason and len(s.text.split()) < 8),  # a table row or a heading gives no reason
                     # what happened, then why: "Het onderzoek nam toe. Volgens de aanbieders hangt dat samen met …"
                     float(wants_reason and (n := kb.neighbour(key, 1)) is not None
                           and bool(cues()["causal_re"].search(n.text)))])
        covers.append(cover)
    X = np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURES))
    return Candidates(keys, candidates, X, covers, [float(d) for d in dense], q_years, weight, wants_number)


def is_heading(text: str, section: str) -> bool:
    """A heading names a topic, it does not answer: the chunk's own section title, or a short line
    that ends in ':' or '?' ("Wat is JeugdzorgPlus?", "Af- en ombouw JeugdzorgPlus:")."""
    bare = text.strip(" :❖•")
    return bool(bare) and (bare == section.strip(" :") or (len(text.split()) < 6 and text.rstrip()[-1:] in ":?"))


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
