"""The grounded composer: answers built only from verbatim evidence, or a refusal.

Figure questions go to the figures store first; everything else picks the sentences of the
retrieved chunks that best cover the question. Refusal is decided here, in code, from the
evidence: years and names the question asks about must occur in it, and the best sentence
must cover enough of the question's content.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

import numpy as np

from .answertype import answer_type
from .cite import make_citation
from .figstore import FIGURE_INTENT, TREND, FigureGroup, FigureStore, label, question_metrics
from .nlp import (DATE_RE, EN_NL, MONTHS, YEAR_RE, acronyms, content_terms, counted_phrase, counts, detect_language,
                  question_terms, words, years_in)
from .types import Citation, Document, Figure, Hit, Sentence

REFUSAL_NL = "Dit kan ik niet beantwoorden op basis van de documenten in het corpus."
REFUSAL_EN = "I cannot answer this from the documents in the corpus."
# Share of a question's (idf-weighted) terms a figure's context must hold before the figure answers it.
FIGURE_CONTEXT_COVERAGE = 0.5
EVIDENCE_SENTENCES = 4  # passages a generator sees: enough context, short enough for a 0.5B model on 2 cores
_DATE_QUESTION = r"\b(?:welke datum|op welke dag|wanneer|sinds wanneer|per wanneer|in welk jaar|welk jaar|when|which date|what date|which year)\b"
_MONEY_QUESTION = r"\b(?:hoeveel geld|welk bedrag|hoe groot is het budget|hoe hoog is het budget|how much money|what amount)\b"
# Words that name a kind of source document (the manifest kinds) in questions.
_KIND_WORDS = {"kamerbrief": "kamerbrief", "brief": "kamerbrief", "uitvoeringsplan": "uitvoeringsplan",
               "inspectie": "inspectierapport", "igj": "inspectierapport", "inspectierapport": "inspectierapport",
               "rapport": "inspectierapport", "regiovisie": "regiovisie", "transformatievisie": "regiovisie",
               "letter": "kamerbrief", "report": "inspectierapport", "vision": "regiovisie"}
_UNITS = {"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "keer", "maal",
          "years", "months", "weeks", "days", "hours", "times"}
_VERB_ENDING = r"(?:de|te|den|ten|en)$"  # past tenses, infinitives and plural verb forms
_ANAPHOR = r"(?:Deze|Dit|Die|Dat|Zij|Hij|Daar\w*|Hier\w*)\b"
# A next sentence that goes on about this one: "… hybride voorzieningen. Dit is jeugdhulpaanbod waar …"
_ELABORATION = _ANAPHOR + r"|.{0,40}\b(?:noem\w* dit|bij deze|dit is|dat is)\b"
_DEFINITION = re.compile(r"\b(?i:waar staat (?:de afkorting |het acroniem )?|wat betekent (?:de afkorting )?|what does (?:the abbreviation )?)"
                         r"([A-Z][A-Za-z]{1,7})\b")
_SOURCE = re.compile(r"\b(?:volgens|according to)\s+((?:de|het|the)?\s*[^?,;]+)", re.IGNORECASE)
# "in de transformatievisie JeugdzorgPlus van Noord-Holland-Noord", "in de Kamerbrief van 2023": a kind
# of document followed only by names and years (not "in het rapport over de wachtlijsten").
_SOURCE_IN = re.compile(r"\b(?:in|uit)\s+((?:de|het)\s+(?i:" + "|".join(_KIND_WORDS) + r")\b"
                        r"(?:\s+(?:van\s+)?(?:[A-Z][\w'’-]*|(?:19|20)\d\d))*)"
                        # "in the 2023 progress letter", "of the inspection report"
                        r"|\b(?:in|of|from)\s+(the\s+(?:(?:19|20)\d\d\s+)?(?:\w+\s+)?(?i:letter|report|vision)\b"
                        r"(?:\s+(?:of\s+)?(?:[A-Z][\w'’-]*|(?:19|20)\d\d))*)")

# A quoted title ("het uitvoeringsplan 'Van groot naar klein, …'") names a document when it matches one.
_QUOTED = re.compile(r"[‘'“\"]([^‘'’“”\"]{8,})[’'”\"]")

@dataclass(frozen=True)
class Composed:
    text: str
    citations: tuple[Citation, ...]
    figures: tuple[Figure, ...] = ()
    refusal_reason: str | None = None
    route: str = "retrieval"
    # The best evidence sentences behind a retrieval answer, for a generator to phrase from.
    evidence: tuple[tuple[Sentence, Hit], ...] = ()

    @property
    def refused(self) -> bool:
        return self.refusal_reason is not None


def refusal(reason: str, lang: str) -> Composed:
    return Composed(REFUSAL_EN if lang == "en" else REFUSAL_NL, (), refusal_reason=reason, route="refusal")


class Composer:
    def __init__(self, docs: dict[str, Document], sentences: dict[str, list[Sentence]], figures: FigureStore,
                 idf: dict[str, float], vocabulary: set[str], embed_texts, min_support: float = 0.45,
                 max_sentences: int = 3) -> None:
        self.docs = docs
        self.acronyms = acronyms([d.text for d in docs.values()])
        self.sentences = sentences  # doc_id → its sentences in text order
        self._position = {d: {x.char_start: i for i, x in enumerate(v)} for d, v in sentences.items()}
        self.figures = figures
        self.idf = idf
        self.vocabulary = vocabulary
        self.embed_texts = embed_texts  # list[str] -> np.ndarray of unit vectors
        self.min_support = min_support
        self.max_sentences = max_sentences
        self._idf_max = max(idf.values(), default=1.0)
        n_chunks = (math.exp(self._idf_max) - 1) * 1.5 + 0.5  # inverse of idf_table for a term in 1 chunk
        self._rare_idf = math.log(1 + (n_chunks - 3 + 0.5) / 3.5)  # a term in at most 3 chunks

    # ------------------------------------------------------------------ gate
    def missing_anchor(self, question: str, lang: str) -> str | None:
        """A name or year in the question that the corpus never mentions: then nothing can answer it."""
        for y in years_in(question):
            if str(y) not in self.vocabulary:
                return str(y)
        for m in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zà-ÿ]{3,}(?:-[A-Z][a-zà-ÿ]+)*)\b", question.strip()):
            word = m.group(1).lower()
            if lang == "en" and EN_NL.get(word):  # "Table 1" is "Tabel 1" in the Dutch documents
                word = EN_NL[word].lower()
            if not self._known(word) and word not in MONTHS and content_terms(word):
                return m.group(1)
        return None

    def _known(self, word: str) -> bool:
        """In the corpus vocabulary, or a Dutch compound of two corpus words ('Kamerlid' = kamer + lid)."""
        if word in self.vocabulary:
            return True
        return any(word[:i] in self.vocabulary and (word[i:] in self.vocabulary or
                   (word[i] == "s" and word[i + 1:] in self.vocabulary)) for i in range(3, len(word) - 2))

    # ------------------------------------------------------------------ figures
    def figure_answer(self, question: str, lang: str, allowed_docs: set[str] | None) -> Composed | None:
        """Answer from the figures store, or None to let retrieval answer: when the question is
        not about a stored metric, or says things (a source, a condition) no record's context holds."""
        metrics = question_metrics(question)
        if not metrics:
            return None
        years = [y for y in years_in(question) if str(y) not in self._source_reference(question)[1]]
        trend = re.search(TREND, question.lower()) and not (len(years) == 1 and not re.search(r"sinds|since|vanaf", question.lower()))
        for metric in metrics:
            every = self.figures.query(metric, doc_ids=allowed_docs)
            have = sorted({f.period for f in every if f.period})
            if years and have and not any(_in_period(f, years) for f in every):
                return refusal(f"Geen cijfer voor '{label(metric)}' in {', '.join(map(str, years))} in het corpus; "
                               f"wel voor {', '.join(have)}.", lang)
            records = [f for f in every if self._fits(question, f, lang)]
            if not records:
                continue
            if trend:
                series = [f for f in records if f.year and (not years or f.year >= min(years))]
                if len({f.year for f in series}) >= 2:
                    return self._trend(metric, series, lang)
            if years:
                chosen = [f for f in records if (_in_period(f, years)
                          or (f.period is None and all(str(y) in f.quote for y in years)))
                          and _same_moment(question, f.period)]
                have = sorted({f.period for f in records if f.period})
                if not chosen and have:
                    return refusal(
                        f"Geen cijfer voor '{label(metric)}' in {', '.join(map(str, years))} in het corpus; "
                        f"wel voor {', '.join(have)}.", lang)
                if not chosen:
                    continue  # a metric without periods: the year may name the source or a span
            else:
                chosen = records
            if any(g.status == "distinct" for g in self.figures.groups(chosen)):
                continue  # which count is meant depends on the question's context: retrieval decides
            return self._figures_text(metric, self.figures.groups(chosen), lang)
        return None

    def _fits(self, question: str, f: Figure, lang: str) -> bool:
        """Does the record's context (quote, table caption or section, document title) cover what
        the question says? A Dutch noun the corpus never uses ('wachttijd') counts against the record;
        absent verb forms ('telde', 'zaten') and untranslated English words are ignored."""
        scaffold = re.sub(FIGURE_INTENT, " ", question, flags=re.IGNORECASE)  # "hoeveel", "ontwikkeling": not context
        weight = {t: self.idf.get(t, 0.0) for t in question_terms(scaffold, lang) if not YEAR_RE.fullmatch(t)}
        if lang == "nl":
            for w in words(scaffold):
                if not self._known(w) and len(w) > 3 and not re.search(_VERB_ENDING, w) and content_terms(w):
                    weight[content_terms(w)[-1]] = self._idf_max / 2
        total = sum(weight.values())
        if not total:
            return True
        context = set(content_terms(f"{f.quote} {f.section} {f.title} {self.docs[f.doc_id].publisher}"))
        covered = sum(w for t, w in weight.items() if self._covered(t, context))
        return covered / total >= FIGURE_CONTEXT_COVERAGE

    def _cite_figures(self, figs: list[Figure], cites: list[Citation]) -> list[int]:
        ns = []
        for f in figs:
            for c in cites:
                if c.doc_id == f.doc_id and c.char_start == f.char_start and c.char_end == f.char_end:
                    ns.append(c.n)
                    break
            else:
                c = make_citation(len(cites) + 1, self.docs[f.doc_id], f.char_start, f.char_end, f.section)
                cites.append(c)
                ns.append(c.n)
        return ns

    def _figures_text(self, metric: str, groups: list[FigureGroup], lang: str) -> Composed:
        groups = sorted(groups, key=lambda g: (g.period is None, g.period or ""), reverse=True)[:4]
        cites: list[Citation] = []
        lines = []
        for g in groups:
            figs = sorted(g.figures, key=lambda f: (bool(f.qualifier), f.doc_id))
            ns = self._cite_figures(figs, cites)
            value_parts = []
            for f, n in zip(figs, ns):
                part = f"{f.qualifier + ' ' if f.qualifier and not f.qualifier[0].isdigit() else ''}{f.raw or f.quote}"
                value_parts.append((part, n, f))
            when = _period_text(g.period, lang)
            lbl = label(metric, lang)
            if g.status in ("single", "corroborated"):
                f = figs[0]
                marks = "".join(f"[{n}]" for n in sorted(set(ns)))
                line = f"{when}{value_parts[0][0]} {lbl}{_scope_text(f.scope, lang)} {marks}"
                if g.status == "corroborated" and len({x.doc_id for x in figs}) > 1:
                    line += " (bevestigd door meerdere bronnen)" if lang == "nl" else " (confirmed by several sources)"
            else:
                merged = _merge_parts(value_parts)
                if g.status == "conflict":
                    intro = "De bronnen verschillen: " if lang == "nl" else "The sources differ: "
                    joined = (" en " if lang == "nl" else " and ").join(f"{p} {m}" for p, m in merged)
                    line = f"{intro}{when}{joined} {lbl}{_scope_text(figs[0].scope, lang)}"
                else:
                    (p0, m0), *rest = merged
                    others = ", ".join(f"{p} {m}" for p, m in rest)
                    line = (f"{when}{p0} {lbl}{_scope_text(figs[0].scope, lang)} {m0}; "
                            + (f"afgerond elders: {others}" if lang == "nl" else f"rounded elsewhere: {others}"))
            lines.append(line.strip() + ".")
        figs_all = tuple(f for g in groups for f in g.figures)
        return Composed("\n".join(lines), tuple(cites), figs_all, route="figures")

    def _trend(self, metric: str, series: list[Figure], lang: str) -> Composed:
        by_year: dict[int, list[Figure]] = {}
        for f in series:
            by_year.setdefault(f.year, []).append(f)
        cites: list[Citation] = []
        parts = []
        for year in sorted(by_year):
            figs = sorted(by_year[year], key=lambda f: (bool(f.qualifier), -len(f.quote)))[:1]
            n = self._cite_figures(figs, cites)[0]
            parts.append(f"{year}: {figs[0].raw} [{n}]")
        first, last = min(by_year), max(by_year)
        a, b = by_year[first][0].value, by_year[last][0].value
        head = (f"Ontwikkeling van het aantal {label(metric)}: " if lang == "nl"
                else f"Development of the number of {label(metric, 'en')}: ")
        change = b - a
        pct = 100 * change / a if a else 0.0
        if lang == "nl":
            calc = f"Berekend uit deze cijfers: {'een daling' if change < 0 else 'een stijging'} van {abs(change):,.0f} ({abs(pct):.0f}%) tussen {first} en {last}.".replace(",", ".")
        else:
            calc = f"Computed from these figures: {'a decrease' if change < 0 else 'an increase'} of {abs(change):,.0f} ({abs(pct):.0f}%) between {first} and {last}."
        figs = tuple(f for y in sorted(by_year) for f in by_year[y])
        return Composed(head + "; ".join(parts) + ".\n" + calc, tuple(cites), figs, route="trend")

    # ------------------------------------------------------------------ retrieval
    def text_answer(self, question: str, hits: list[Hit], qvec: np.ndarray | None, lang: str) -> Composed:
        terms = set(question_terms(question, lang))
        low = question.lower()
        spelled_out = None
        if defined := _DEFINITION.search(question):  # "waar staat JIM voor": the sentence that spells JIM out
            terms -= set(content_terms(defined.group(0))) - set(content_terms(defined.group(1)))
            acronym = re.escape(defined.group(1))
            spelled_out = re.compile(rf"\b{acronym}\s*\(|\({acronym}\)")
        wants_date = bool(re.search(_DATE_QUESTION, low))
        if wants_date:  # "op welke datum": the date answers, it is not a topic
            terms -= set(content_terms("datum dag date day"))
        if not hits or not terms:
            return refusal("Geen passende passages gevonden.", lang)
        candidates: dict[tuple[str, int], tuple[Sentence, Hit]] = {}
        for hit in hits:
            for s in hit.chunk.sentences:
                candidates.setdefault((hit.chunk.doc_id, s.char_start), (s, hit))
        keys = list(candidates)
        sents = [candidates[k][0] for k in keys]
        dense = self.embed_texts([s.text for s in sents]) @ qvec if qvec is not None else np.zeros(len(sents))
        source_terms, source_years, doc_match = self._source_reference(question)
        weight = {t: 0.0 if t in source_terms else self.idf.get(t, 0.0 if lang == "en" else self._idf_max)
                  for t in terms}
        if not any(weight.values()):
            weight = {t: self.idf.get(t, self._idf_max) for t in terms}
        total = sum(weight.values()) or 1.0
        q_years = {str(y) for y in years_in(question)} - source_years
        wants_number = bool(re.search(r"\b(hoeveel|aantal|how many|how much|welk bedrag|percentage)\b", low))
        counted = _counted_noun(question) if wants_number else None
        # An English question only matches Dutch text through a small glossary: trust the multilingual vectors more.
        lexical = 0.35 if lang == "en" else 0.6
        scored = []
        for key, s, d in zip(keys, sents, dense):
            s_terms = set(content_terms(s.text))
            around = {t for step in (-1, 1) if (n := self._neighbour(key, step)) for t in content_terms(n.text)}
            # Neighbours count half: "Deze aanbieder is op 4 februari 2019 gestart" names Horizon the sentence before.
            cover = sum(w * (1.0 if self._covered(t, s_terms) else 0.5 if self._covered(t, around) else 0.0)
                        for t, w in weight.items() if w) / total
            score = (lexical * cover + (1 - lexical) * float(d) + 0.02 / candidates[key][1].rank
                     + 0.1 * doc_match.get(key[0], 0.0))
            if q_years:
                score += 0.1 if q_years & set(words(s.text)) else -0.15
            if wants_number and re.search(r"\d", s.text):
                score += 0.05
            if spelled_out and spelled_out.search(s.text):
                score += 0.3
            if wants_date:
                date = DATE_RE.search(s.text)
                score += 0.15 if date and date.group(0)[0].isdigit() else 0.08 if date else 0.04 if YEAR_RE.search(s.text) else 0.0
            if counted and counts(s.text, counted):
                score += 0.15
            if len(s.text.split()) < 5:
                score -= 0.15
            scored.append((score, cover, float(d), key))
        scored.sort(reverse=True)
        if counted:  # "hoeveel X": only sentences that state a count of X can answer
            scored = [x for x in scored if counts(candidates[x[3]][0].text, counted)]
            if not scored:
                return refusal(f"De documenten noemen geen aantal voor '{counted}'.", lang)
        if wanted := answer_type(question):  # "wie is de …", "hoe lang …": the sentence must say it
            scored = [x for x in scored if wanted.satisfied(self._shown_with(x[3], *candidates[x[3]]), question)]
            if not scored:
                return refusal(f"De gevonden passages noemen geen {wanted.label}.", lang)
        best_score, best_cover, best_dense, best_key = scored[0]
        support = 0.5 * best_cover + 0.5 * max(best_dense, 0.0) * 2
        if support < self.min_support:
            return refusal(f"De gevonden passages dekken de vraag onvoldoende (steun {support:.2f}).", lang)
        if q_years and not q_years & set(words(" ".join(candidates[k][1].chunk.text for _, _, _, k in scored[:3]))):
            return refusal(f"Het gevraagde jaar ({', '.join(sorted(q_years))}) komt in de gevonden passages niet voor.", lang)
        best_text = candidates[best_key][0].text
        if re.search(_MONEY_QUESTION, low) and not re.search(r"€|\beuro\b|\bmln\b|miljoen|miljard", best_text.lower()):
            return refusal("De gevonden passages noemen geen bedrag.", lang)
        best_doc = self.docs[best_key[0]]
        evidence = f"{candidates[best_key][1].chunk.text} {best_doc.title} {best_doc.publisher}"
        if missing := self._missing_entity(question, evidence):
            return refusal(f"De gevonden passages gaan niet over '{missing}'.", lang)
        chosen = [best_key]
        for score, cover, d, key in scored[1:]:
            if len(chosen) >= self.max_sentences or score < 0.85 * best_score:
                break
            if cover > 0 and key not in chosen and candidates[key][0].text not in {candidates[k][0].text for k in chosen}:
                chosen.append(key)  # a repeated table header or running line is quoted once
        picked = [candidates[k] for k in chosen]
        s, hit = picked[0]
        prev, nxt = self._neighbour(chosen[0], -1), self._neighbour(chosen[0], 1)
        if prev is not None and re.match(_ANAPHOR, s.text):  # "Deze aanbieder ...": show whom it refers to
            picked.insert(0, (prev, hit))
        if nxt is not None and re.match(_ELABORATION, nxt.text) and not any(x is nxt for x, _ in picked):
            picked.insert(1 if picked[0][0] is s else 2, (nxt, hit))
        if items := self._list_items(s, hit):
            picked = [(s, hit)] + [(x, hit) for x in items]
        evidence = [candidates[k] for _, _, _, k in scored[:EVIDENCE_SENTENCES]]
        return replace(self._quote_answer(picked, question, lang), evidence=tuple(evidence))

    def _shown_with(self, key: tuple[str, int], s: Sentence, hit: Hit) -> list[str]:
        """The text an answer from this sentence shows: its list items or the sentence that
        elaborates it ("… geplaatst zouden worden. Daar werkt OZJ nu hard aan.")."""
        nxt = self._neighbour(key, 1)
        more = self._list_items(s, hit) or ([nxt] if nxt is not None and re.match(_ELABORATION, nxt.text) else [])
        return [x.text for x in [s, *more]]

    def _list_items(self, s: Sentence, hit: Hit) -> list[Sentence]:
        """The items after a list intro ("… de volgende knelpunten:"): they are its answer."""
        if not s.text.endswith(":"):
            return []
        following = [x for x in self.sentences[hit.chunk.doc_id] if x.char_start > s.char_start][:6]
        return [x for x in following if x.text[:1] in "•-*–" or x.text[:1].isdigit()] or following[:3]

    def _neighbour(self, key: tuple[str, int], step: int) -> Sentence | None:
        """The sentence `step` places before/after the one at key (doc_id, char_start)."""
        doc_sents = self.sentences[key[0]]
        i = self._position[key[0]].get(key[1])
        j = None if i is None else i + step
        return doc_sents[j] if j is not None and 0 <= j < len(doc_sents) else None

    def _source_reference(self, question: str) -> tuple[set[str], set[str], dict[str, float]]:
        """'volgens het uitvoeringsplan', 'in de Kamerbrief van 2023': words that name a source
        choose documents instead of scoring sentences. Returns (terms, years, doc_id → match 0-1)."""
        m = _SOURCE.search(question) or _SOURCE_IN.search(question) or _QUOTED.search(question)
        if not m:
            return set(), set(), {}
        phrase = m.group(1) or m.group(2)
        terms = set(content_terms(phrase)) | {w for w in words(phrase) if w in _KIND_WORDS}
        years = {str(y) for y in years_in(phrase)}
        match = {}
        for doc in self.docs.values():
            about = set(content_terms(f"{doc.title} {doc.publisher} {doc.kind} {doc.date[:4]}"))
            kinds = {w for w in terms if _KIND_WORDS.get(w) == doc.kind}
            hit = {t for t in terms if self._covered(t, about)} | kinds
            match[doc.doc_id] = len(hit) / len(terms) if terms else 0.0
        if m.re is not _SOURCE and max(match.values(), default=0.0) < 0.5:
            return set(), set(), {}  # "in de brief van de inspecteur", a quoted phrase: not one of our documents
        return terms, years, match

    def _missing_entity(self, question: str, passage: str) -> str | None:
        """A rare name the question mentions ('regio Zuidwest', 'Horizon') that the evidence
        passage never mentions: the passage is about something else."""
        p_terms = set(content_terms(passage))
        for m in re.finditer(r"(?<!^)(?<![.?!]\s)(?<![\w-])([A-Z][\w]{2,})", question.strip()):
            for t in content_terms(m.group(1)):
                if self.idf.get(t, 0.0) >= self._rare_idf and not self._covered(t, p_terms):
                    return m.group(1)
        return None

    def _covered(self, term: str, s_terms: set[str]) -> bool:
        """A question term is covered by the same stem, by a Dutch compound built on it
        ('jeugdhulpaanbieder' covers 'aanbieder') or through an acronym of the corpus (NHN)."""
        if term in s_terms or (len(term) >= 5 and any(x.endswith(term) or x.startswith(term) for x in s_terms)):
            return True
        if term in self.acronyms:
            return self.acronyms[term] <= s_terms
        return any(term in self.acronyms.get(x, ()) for x in s_terms)

    def _quote_answer(self, picked: list[tuple[Sentence, Hit]], question: str, lang: str) -> Composed:
        picked = sorted(picked, key=lambda sh: (sh[1].chunk.doc_id, sh[0].char_start))
        cites = []
        lines = []
        for n, (s, hit) in enumerate(picked, start=1):
            doc = self.docs[hit.chunk.doc_id]
            cites.append(make_citation(n, doc, s.char_start, s.char_end, hit.chunk.section))
            prefix = f"Volgens {_short(doc)}: " if lang == "nl" else f"According to {_short(doc)}: "
            lines.append(f"{prefix}“{s.text}” [{n}]")
        return Composed("\n".join(lines), tuple(cites))


def _counted_noun(question: str) -> str | None:
    """Stem of what a 'hoeveel …' / 'how many …' question counts (see nlp.counted_phrase);
    English heads are mapped to Dutch, unknown ones give None."""
    phrase = counted_phrase(question)
    if phrase and phrase[0] in _UNITS:  # "binnen hoeveel jaar willen ...": the unit is what is counted
        return content_terms(phrase[0])[-1]
    plural = [w for w in phrase if re.search(r"(?:en|s|'s|’s)$", w)]
    head = plural[-1] if plural else (phrase[0] if phrase else None)
    if head and detect_language(question) == "en":
        head = EN_NL.get(head)
    terms = content_terms(head) if head else []
    return terms[-1] if terms else None


def _in_period(f: Figure, years: list[int]) -> bool:
    """A record for one of these years: its own year, or a period ending in (or since) the last one."""
    return f.year in years or (f.period or "").endswith(str(years[-1]))


def _same_moment(question: str, period: str | None) -> bool:
    """'eind 2023' is not the peildatum 1 januari 2023 (that is the end of 2022)."""
    m = re.search(r"\b(?:eind|einde|ultimo|end of)\s+((?:19|20)\d\d)\b", question.lower())
    if not m or not period or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return True
    year = int(m.group(1))
    return period in (f"{year}-12-31", f"{year + 1}-01-01")


def _merge_parts(parts: list[tuple[str, int, Figure]]) -> list[tuple[str, str]]:
    """Same wording from several citations becomes one value with all its markers: '1.924 [1][2]'."""
    marks: dict[str, list[int]] = {}
    for text, n, _ in parts:
        if n not in marks.setdefault(text, []):
            marks[text].append(n)
    return [(text, "".join(f"[{n}]" for n in ns)) for text, ns in marks.items()]


def _short(doc: Document) -> str:
    kind = {"kamerbrief": "de Kamerbrief", "uitvoeringsplan": "het uitvoeringsplan",
            "inspectierapport": "het inspectierapport", "regiovisie": "de regiovisie"}.get(doc.kind, f"'{doc.title}'")
    return kind


def _period_text(period: str | None, lang: str) -> str:
    if not period:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", period)
    if m:
        month = [k for k, v in MONTHS.items() if v == int(m.group(2))][0 if lang == "nl" else -1]
        month = month if lang == "nl" else month.capitalize()
        return f"Per {int(m.group(3))} {month} {m.group(1)}: " if lang == "nl" else f"As of {int(m.group(3))} {month} {m.group(1)}: "
    if period.startswith("sinds"):
        return f"Sinds {period[6:]}: " if lang == "nl" else f"Since {period[6:]}: "
    return f"In {period}: " if lang == "nl" else f"In {period}: "


def _scope_text(scope: str, lang: str) -> str:
    if scope.startswith("regio "):
        return f" ({scope})"
    return ""


def idf_table(chunk_terms: list[set[str]]) -> dict[str, float]:
    n = len(chunk_terms)
    df: dict[str, int] = {}
    for terms in chunk_terms:
        for t in terms:
            df[t] = df.get(t, 0) + 1
    return {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
