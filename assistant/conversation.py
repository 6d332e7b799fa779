"""Follow-up questions that lean on the previous one ("en in 2021?", "en voor unieke jongeren?").

In a chat people leave out what has not changed. Markup is stripped from every question
first. A question is read as a follow-up only when it is elliptic: written in Latin script,
without a verb of its own, and either starting with a continuation word ("en", "of", "maar",
"and", "what about"), or a question word followed by nothing but a date or a prepositional
phrase ("Hoeveel in 2019?"), or at most three words without a question word ("in 2021?").
A question word with its own subject ("Welke instellingen sluiten?", "Hoeveel investeerde
Middelburg?") starts a new question. A follow-up changes the previous question instead of
replacing it:

* a year or date in it replaces the previous question's year or date (or is added);
* a phrase opened by a preposition the previous question also uses ("over onderwijs")
  replaces the phrase after that preposition;
* any other phrase replaces the subject of the previous question: the noun phrase it asks
  about, found from Dutch (and English) question word order — after "hoeveel"/"welke" it
  follows at once, after other question words the finite verb comes first;
* a phrase that fits neither, or one naming something (a capitalised name, "voor regio
  Zeeland"), is added as a qualification.

The rule uses word order and closed word classes only (question words, articles,
prepositions, common finite verbs), so it works for any question, not a list of topics.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .nlp import MONTHS

CONTINUATIONS = ("hoe zit het met", "hoe zat het met", "wat dacht je van", "what about", "how about",
                 "and", "or", "but", "en", "of", "maar", "ook", "dan", "idem")
# Question words after which the subject follows directly ("hoeveel plaatsingen ...").
DETERMINER_QW = {"hoeveel", "welke", "welk", "which"}
QUESTION_WORDS = DETERMINER_QW | {
    "wat", "wie", "wiens", "waar", "wanneer", "waarom", "hoe", "hoelang", "waarmee", "waarin", "waarop",
    "waarover", "waarvoor", "waardoor", "waaruit", "how", "what", "who", "whom", "where", "when", "why",
    "noem", "geef", "beschrijf", "leg", "vat", "list", "name", "describe", "give", "explain",
}
MULTIWORD_QW = {("hoe", "veel"), ("how", "many"), ("how", "much"), ("wat", "voor"), ("what", "kind")}
FINITE_VERBS = {
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "hadden",
    "kan", "kunnen", "kon", "konden", "moet", "moeten", "mag", "mogen", "zal", "zullen", "zou", "zouden",
    "staat", "staan", "stond", "stonden", "gaat", "gaan", "ging", "gingen", "komt", "komen", "kwam", "kwamen",
    "blijft", "blijven", "bleef", "bleven", "krijgt", "krijgen", "kreeg", "kregen", "zegt", "zeggen", "zei",
    "noemt", "noemen", "noemde", "telt", "tellen", "telde", "telden", "zit", "zitten", "zat", "zaten",
    "are", "were", "does", "do", "did", "has", "have", "can", "could", "should", "will", "would", "say", "says",
}
ARTICLES = {"de", "het", "een", "'t", "the", "a", "an", "aantal", "number", "hoeveelheid", "amount", "er", "there"}
PREPOSITIONS = {
    "in", "op", "per", "voor", "van", "over", "bij", "met", "tot", "sinds", "vanaf", "na", "tijdens", "binnen",
    "buiten", "door", "uit", "naar", "om", "rond", "tussen", "zonder", "tegen", "onder", "boven", "volgens",
    "at", "on", "for", "of", "about", "by", "with", "since", "from", "to", "during", "within", "after",
    "before", "between", "according",
}
# Prepositions that name what is counted or discussed ("en voor unieke jongeren?"): their phrase
# replaces the subject when the previous question has no phrase with the same preposition.
SUBJECT_PREPOSITIONS = {"voor", "van", "over", "met", "for", "of", "about", "with"}
CLAUSE_WORDS = {"die", "dat", "welke", "waar", "zich", "that", "which", "who", "er", "there"}
STOP = FINITE_VERBS | PREPOSITIONS | CLAUSE_WORDS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    r"(?:\b(?P<prep>per|op|in|sinds|vanaf|tot|na|rond|eind|begin|medio|at|on|since|from|by|until)\s+)?"
    rf"(?P<date>(?:(?:\d{{1,2}}\s+)?(?:{_MONTH})\s+)?\b(?:19[5-9]\d|20[0-4]\d)(?:-\d{{2}}-\d{{2}})?\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


@dataclass(frozen=True)
class _Token:
    word: str  # lower case
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def clean(question: str) -> str:
    """The question without markup (`<b>Hoeveel</b>` reads as `Hoeveel`) and with single spaces."""
    return " ".join(html.unescape(_TAG.sub(" ", question)).split())


def _latin(text: str) -> bool:
    """Written in Latin script? A question in another script is never merged into a Dutch one."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _strip_continuation(question: str) -> tuple[str, bool]:
    text = question.strip().rstrip("?!. ").strip()
    lowered = text.lower()
    for word in CONTINUATIONS:
        if lowered == word or re.match(rf"{re.escape(word)}\b[\s,]*", lowered):
            return text[len(word):].lstrip(" ,"), True
    return text, False


def _question_word(tokens: list[_Token]) -> tuple[int, bool]:
    """Tokens taken by a leading question word, and whether the subject follows it directly."""
    if len(tokens) > 1 and (tokens[0].word, tokens[1].word) in MULTIWORD_QW:
        return 3 if tokens[1].word == "kind" and len(tokens) > 2 and tokens[2].word == "of" else 2, True
    if tokens and tokens[0].word in QUESTION_WORDS:
        return 1, tokens[0].word in DETERMINER_QW
    return 0, False


def is_follow_up(question: str) -> bool:
    """Is the question elliptic, leaning on the one before it (see the module docstring)?"""
    text = clean(question)
    if not _latin(text):
        return False
    fragment, continued = _strip_continuation(text)
    tokens = _tokens(fragment)
    skip = _question_word(tokens)[0]
    rest = tokens[skip:]
    if not rest or any(t.word in FINITE_VERBS or t.word in ("er", "there") for t in rest):
        return False
    if continued:
        return True
    if skip:  # "Hoeveel in 2019?" leans on the previous question; "Welke instellingen sluiten?" does not
        return rest[0].word in PREPOSITIONS or DATE.match(fragment, rest[0].start) is not None
    return len(rest) <= 3


def _subject(tokens: list[_Token]) -> tuple[int, int] | None:
    """Character span of the noun phrase the question asks about, from question word order."""
    i, direct = _question_word(tokens)
    if not direct:
        i += 1  # the finite verb (V2 word order), or the verb of a yes/no question
    while i < len(tokens) and tokens[i].word in ARTICLES | {"of", "van"}:
        i += 1
    j = i
    while j < len(tokens) and j - i < 5 and tokens[j].word not in STOP and not DATE.fullmatch(tokens[j].word):
        j += 1
    return (tokens[i].start, tokens[j - 1].end) if j > i else None


def _phrase_after(tokens: list[_Token], text: str, preposition: str) -> tuple[int, int] | None:
    """Span of the phrase after `preposition` in `text`, unless that phrase is a date."""
    for k, t in enumerate(tokens):
        if t.word != preposition:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].word not in STOP and "," not in text[tokens[j - 1].end:tokens[j].start]:
            j += 1
        if j > k + 1 and not DATE.search(text[tokens[k + 1].start:tokens[j - 1].end]):
            return tokens[k + 1].start, tokens[j - 1].end
    return None


def _append(question: str, phrase: str) -> str:
    body = question.rstrip().rstrip("?")
    return f"{body} {phrase}" + ("?" if question.rstrip().endswith("?") else "")


def _replace(text: str, span: tuple[int, int], new: str) -> str:
    return text[: span[0]] + new + text[span[1]:]


def _with_dates(previous: str, fragment: str) -> tuple[str, str]:
    """Put the fragment's dates in place of those of `previous` (or add them); drop them from it."""
    new_dates = list(DATE.finditer(fragment))
    old_dates = list(DATE.finditer(previous))
    resolved = previous
    for old, new in reversed(list(zip(old_dates, new_dates))):
        prep = new.group("prep") or old.group("prep")
        resolved = _replace(resolved, old.span(), f"{prep} {new.group('date')}" if prep else new.group("date"))
    for new in new_dates[len(old_dates):]:
        resolved = _append(resolved, new.group() if new.group("prep") else f"in {new.group('date')}")
    return resolved, DATE.sub(" ", fragment)


def resolve(question: str, previous: str | None) -> str:
    """The question as it stands on its own, without markup: a follow-up is merged into `previous`."""
    question = clean(question)
    if not previous or not is_follow_up(question):
        return question
    fragment, _ = _strip_continuation(question)
    tokens = _tokens(fragment)
    if (skip := _question_word(tokens)[0]) and skip < len(tokens):
        fragment = fragment[tokens[skip].start:]
    resolved, rest = _with_dates(clean(previous), fragment)
    rest = re.sub(r"\s+", " ", rest).strip(" ,")
    rest_tokens = _tokens(rest)
    if not rest_tokens:
        return resolved
    head = rest_tokens[0].word
    phrase = rest[rest_tokens[1].start:] if head in PREPOSITIONS and len(rest_tokens) > 1 else rest
    if head in PREPOSITIONS and (span := _phrase_after(_tokens(resolved), resolved, head)):
        return _replace(resolved, span, phrase)
    subject_like = head not in PREPOSITIONS or head in SUBJECT_PREPOSITIONS
    phrase_tokens = _tokens(phrase)
    while phrase_tokens and phrase_tokens[0].word in ARTICLES:
        phrase = phrase[phrase_tokens[1].start:] if len(phrase_tokens) > 1 else ""
        phrase_tokens = phrase_tokens[1:]
    first = 1 if question.startswith(rest) else 0  # a capital that only starts the sentence names nothing
    names = any(rest[t.start].isupper() for t in _tokens(rest)[first:])
    if subject_like and phrase and not names and (span := _subject(_tokens(resolved))):
        return _replace(resolved, span, phrase)
    return _append(resolved, rest)
