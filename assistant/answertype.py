"""Answer-type checks: a question that asks for a kind of answer (a name, a duration, a
percentage, a frequency) is only answered by a sentence that holds that kind of thing.

Retrieval finds sentences *about* the topic; these checks catch the ones that mention it without
answering it: "Bij vier organisaties zijn alle separeerruimtes gesloten" does not answer "Welke
vier organisaties …?", and "onder regie van een bestuurlijk aanjager" does not say who that is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp import DATE_RE, MONTHS, NUMBER_WORDS, STOPWORDS, content_terms, words

_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTS = "|".join([r"\d+", *NUMBER_WORDS, *_EN_NUMBERS])
# Nouns whose members have names: "welke twee branchepartijen", "which organisation", "welke staatssecretaris".
_NAMED = (r"\w*(?:organisaties?|instelling(?:en)?|aanbieders?|partij(?:en)?|regio'?s?|gemeenten?|ministeries?|"
          r"personen|kliniek(?:en)?|staatssecretaris(?:sen)?|ministers?|bewindspersonen|bewindspersoon|"
          r"organi[sz]ations?|institutions?|providers?|part(?:y|ies)|regions?|municipalit(?:y|ies)|"
          r"ministr(?:y|ies)|clinics?|state secretar(?:y|ies))")
_WHICH_N = re.compile(rf"\b(?:welke|which)\s+(?:({_COUNTS})\s+)?(?:\w+\s+)?{_NAMED}\b", re.IGNORECASE)
_WHO_IS = re.compile(r"^\s*(?:wie\s+(?:is|was|zijn|waren)\s+(?:in\s+(?:19|20)\d\d\s+(?:(?:de|het)\s+)?|(?:de|het)\s+)"
                     r"|who\s+(?:is|was|are|were)\s+(?:in\s+(?:19|20)\d\d\s+)?the\s+)(.+)",
                     re.IGNORECASE)
_DURATION_Q = re.compile(r"\b(?:hoe\s*lang|how long)\b", re.IGNORECASE)
_PERCENT_Q = re.compile(r"\b(?:welk percentage|hoeveel procent|what percentage|which percentage|rate)\b",
                        re.IGNORECASE)
# A question about money: it asks an amount ("wat", "hoeveel", "hoe groot", "what", "how much") of a money
# word or verb ("kost", "budget", "bedrag", "euro", "exploitatiekosten", "investeerde", "besteed", "cost", "price").
_MONEY_Q = re.compile(r"^\s*(?:wat|hoeveel|hoe groot|hoe hoog|welke?|what|how much|how large|how high|which)\b.*?"
                      r"\b(?:\w*kost(?:en|te|ten)?|gekost|\w*budget\w*|\w*bedrag(?:en)?|euro'?s?|geld|prijs|tarief|tarieven"
                      r"|investe\w*|geïnvesteerd|besteed\w*|besteden|uitgegeven|uitgaven|betaal\w*|betaald"
                      r"|costs?|cost|price|money|spend|spent|invest\w*|paid|pays?)\b", re.IGNORECASE)
# "hoe heet de wethouder", "who chairs …": a proper name must be in the answer.
_NAME_Q = re.compile(r"^\s*(?:hoe (?:heet|heten)|wat is de naam van|who (?:chairs|leads|heads|runs|is the (?:chair|head|director|leader))"
                     r"|what is the name of)\b", re.IGNORECASE)
# Roles held by a person: the answer then names a person ('M. van Ooijen', 'Jorien Baart').
_PERSON_ROLE = r"\b(?:wethouder|voorzitter|directeur|minister|staatssecretaris|burgemeester|bestuurder|inspecteur|secretaris|woordvoerder)"
_PERSON = re.compile(r"\b[A-Z]\.(?:\s?[A-Z]\.)*\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ'-]+"
                     r"|\b[A-Z][a-zà-ÿ]+\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\b")
_FREQUENCY_Q = re.compile(r"\b(?:hoe vaak|hoe dikwijls|how often|how frequently)\b", re.IGNORECASE)

_DURATION = re.compile(
    rf"\b(?:(?:{_COUNTS})(?:\s*[-–]\s*\d+)?|enkele|paar|half|anderhalf|a few|several)\s+"
    r"(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|years?|months?|weeks?|days?|hours?)\b"
    r"|\b(?:halfjaar|kwartaal|(?:\d+|een)\s*(?:tot|à|a)\s*\d+\s+(?:maanden|weken|jaar|dagen))\b"
    # "hoe lang loopt het contract?" is also answered by when it ends or the span it covers
    r"|\b(?:tot|t/m|until|till)\s+(?:en met\s+)?(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b|" + DATE_RE.pattern,
    re.IGNORECASE)
_PERCENT = re.compile(r"%|\bprocent\b|\bpercent\b", re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(?:keer|maal|jaarlijks|halfjaarlijks|maandelijks|wekelijks|dagelijks|per (?:jaar|maand|week|dag|kwartaal)"
    r"|elke? (?:jaar|maand|week|dag)|times|annually|yearly|monthly|weekly|daily|every (?:year|month|week|day))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class AnswerType:
    """What an answer must hold: `label` (Dutch, for the refusal), `names` needed, a `focus` term
    the naming sentence must be about, a `pattern` the text must match, or a person's name."""

    label: str
    names: int = 0
    focus: str | None = None
    pattern: re.Pattern | None = None
    person: bool = False  # the name must be a person's ('M. van Ooijen'), not the question's own names

    def satisfied(self, sentences: list[str], question: str) -> bool:
        """Do these sentences (an answer and what is shown with it) hold this kind of answer? A
        focus and its name must share a sentence: "onder regie van een bestuurlijk aanjager" next
        to a sentence naming VWS does not say who the aanjager is."""
        if self.pattern is not None:
            return any(self.pattern.search(s) for s in sentences)
        if self.person:
            asked = set(content_terms(question))
            return any(not set(content_terms(m.group(0))) <= asked and not {m.group(0).split()[0].lower(),
                       m.group(0).split()[-1].lower()} & STOPWORDS for s in sentences for m in _PERSON.finditer(s))
        if self.focus:
            return any(any(t.endswith(self.focus) for t in content_terms(s)) and len(names(s, question)) >= self.names
                       for s in sentences)
        return len(names(" ".join(sentences), question)) >= self.names


MONEY_WRITTEN = re.compile(r"€|\beuro\b|\bmln\b|\bmiljoen\b|\bmiljard\b|\bmld\b", re.IGNORECASE)  # an amount of money as written
_AMOUNT = re.compile(rf"\d|\b(?:{'|'.join(w for w in NUMBER_WORDS if w not in ('een', 'één'))})\b", re.IGNORECASE)
_WHEN = re.compile(DATE_RE.pattern + r"|\b(?:19|20)\d\d\b|\b(?:" + "|".join(MONTHS) + r"|voorjaar|zomer|najaar|"
                   r"winter|kwartaal|spring|summer|autumn|quarter)\b", re.IGNORECASE)


def answer_type(question: str, intent: str = "other") -> AnswerType | None:
    """The kind of answer a question asks for, when it asks for a checkable one; `intent` is the
    question frame's ("date": a moment must be named, an amount question: a number). A 'wie' question has no such check: "de
    gemeenten" or "de staatssecretaris" answer it without a proper name."""
    if m := _WHICH_N.search(question):
        plural = re.search(r"(?:en|s|'s|ies)$", m.group(0).lower()) is not None
        n = (m.group(1) or ("2" if plural else "1")).lower()  # "welke gemeenten": more than one name
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n) or _EN_NUMBERS[n]
        return AnswerType("namen", names=count)
    if m := _WHO_IS.match(question):
        role = []
        for w in words(m.group(1)):
            if w in STOPWORDS:
                break
            role.append(w)
        terms = content_terms(" ".join(role))
        return AnswerType("naam", names=1, focus=terms[-1] if terms else None)
    if m := _NAME_Q.search(question):
        person = bool(re.search(_PERSON_ROLE, question[m.end():m.end() + 40], re.IGNORECASE)) or m.group(0).lower().startswith("who")
        return AnswerType("naam van een persoon" if person else "naam", names=1, person=person)
    if _MONEY_Q.search(question):
        return AnswerType("bedrag", pattern=MONEY_WRITTEN)
    if _DURATION_Q.search(question):
        return AnswerType("duur", pattern=_DURATION)
    if _PERCENT_Q.search(question):
        return AnswerType("percentage", pattern=_PERCENT)
    if _FREQUENCY_Q.search(question):
        return AnswerType("frequentie", pattern=_FREQUENCY)
    if intent == "date":
        return AnswerType("datum of periode", pattern=_WHEN)
    if intent in ("amount", "difference", "sum", "share"):
        return AnswerType("aantal of bedrag", pattern=_AMOUNT)
    return None


def names(text: str, question: str) -> list[str]:
    """Proper names in `text` that the question does not already contain: runs of capitalised
    words or acronyms, not counting the first word of a sentence or list item, nor months."""
    asked = set(content_terms(question))
    out: list[str] = []
    run: list[str] = []
    for part in re.split(r"(?<=[.!?:;])\s+|\s*[•▪●*–]\s+|\n+", text):
        for i, tok in enumerate(re.findall(r"\w[\w’'&-]*|[^\w\s]", part)):  # punctuation ends a name
            # A sentence's first word is capitalised anyway, unless it is an acronym ("VWS, VNG en …").
            is_name = ((i > 0 and tok[:1].isupper()) or (len(tok) > 1 and tok.isupper())) \
                and not set(content_terms(tok)) <= asked and tok.lower() not in MONTHS
            if is_name:
                run.append(tok)
            elif run:
                out.append(" ".join(run))
                run = []
        if run:
            out.append(" ".join(run))
            run = []
    return out
