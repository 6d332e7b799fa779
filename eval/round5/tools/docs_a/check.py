#!/usr/bin/env python3
"""Controleert docs.jsonl tegen de documenten in docs/.

Gebruik: /work/r4/docs-a/venv/bin/python check.py   (pypdf nodig voor de PDF's)

Controles:
- ids uniek, juiste prefix, verplichte velden, geldige kind
- documenten bestaan; quote en extra_quotes staan letterlijk in de (voor PDF: door pypdf geëxtraheerde) tekst
- antwoorden komen voor in de tekst van de bronnen (getallen numeriek vergeleken)
- arithmetic: inputs staan in de bronnen, formule rekent uit, uitkomst klopt met de antwoorden
- list/two_part/conflict: all_answers = true
- unanswerable: lege answers/docs, aandeel >= 22 %, grep-termen uit unanswerable_checks.json komen nergens voor
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(ROOT, 'docs')
PREFIX = 'r5a'
KINDS = {'figure', 'fact', 'multi_doc', 'trend', 'english', 'date_person', 'list', 'two_part',
         'arithmetic', 'conflict', 'explanation', 'unanswerable'}

errors = []


def err(qid, msg):
    errors.append('%s: %s' % (qid, msg))


def load_docs():
    texts = {}
    for fn in sorted(os.listdir(DOCDIR)):
        path = os.path.join(DOCDIR, fn)
        stem, ext = os.path.splitext(fn)
        if ext == '.pdf':
            from pypdf import PdfReader
            texts[stem] = '\n'.join(p.extract_text() or '' for p in PdfReader(path).pages)
        elif ext in ('.txt', '.md'):
            with open(path, encoding='utf-8') as f:
                texts[stem] = f.read()
    return texts


MULT = {'miljoen': 1e6, 'mln': 1e6, 'miljard': 1e9}
NUM_ANSWER = re.compile(r'^(?:ruim |circa |bijna |ongeveer )?(\d[\d.]*(?:,\d+)?)\s*'
                        r'(miljoen|mln|miljard|%|procent|km|kilometer|dagen|uur)?$', re.I)


def nl_number(s):
    """'1.012' -> 1012, '13,2' -> 13.2, '2.6' (formule) niet via deze functie."""
    s = s.strip()
    if ',' in s:
        whole, frac = s.split(',', 1)
        return float(whole.replace('.', '') + '.' + frac)
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return float(s.replace('.', ''))
    return float(s)


def answer_value(a):
    m = NUM_ANSWER.match(a.strip())
    if not m:
        return None
    v = nl_number(m.group(1))
    unit = (m.group(2) or '').lower()
    return v * MULT.get(unit, 1)


def text_values(text):
    vals = set()
    for m in re.finditer(r'(?<![\d.,])(\d[\d.]*(?:,\d+)?)(?![\d,])(\s*(miljoen|mln|miljard))?', text):
        tok = m.group(1).rstrip('.')
        try:
            v = nl_number(tok)
        except ValueError:
            continue
        vals.add(round(v, 6))
        if m.group(3):
            vals.add(round(v * MULT[m.group(3).lower()], 6))
    return vals


def present(ans, text, values):
    v = answer_value(ans)
    if v is not None:
        return round(v, 6) in values
    return ans.lower() in text.lower()


def main():
    texts = load_docs()
    values = {k: text_values(t) for k, t in texts.items()}
    with open(os.path.join(ROOT, 'unanswerable_checks.json'), encoding='utf-8') as f:
        un_checks = json.load(f)
    qs = []
    with open(os.path.join(ROOT, 'docs.jsonl'), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append('regel %d: geen geldige JSON (%s)' % (i, e))
    ids = [q.get('id') for q in qs]
    for qid, n in Counter(ids).items():
        if n > 1:
            err(qid, 'id komt %d keer voor' % n)
    expected = ['%s%03d' % (PREFIX, i) for i in range(1, len(qs) + 1)]
    if ids != expected:
        errors.append('ids niet doorlopend %s001..%s%03d' % (PREFIX, PREFIX, len(qs)))
    questions_seen = Counter(q.get('question', '').strip().lower() for q in qs)
    for qtext, n in questions_seen.items():
        if n > 1:
            errors.append('vraag dubbel: %s' % qtext)

    for q in qs:
        qid = q.get('id')
        for fld in ('id', 'question', 'kind', 'answers', 'docs', 'quote'):
            if fld not in q:
                err(qid, 'veld %s ontbreekt' % fld)
        kind = q.get('kind')
        if kind not in KINDS:
            err(qid, 'onbekende kind %r' % kind)
        docs = q.get('docs', [])
        answers = q.get('answers', [])
        if kind == 'unanswerable':
            if answers or docs or q.get('quote'):
                err(qid, 'unanswerable moet lege answers/docs/quote hebben')
            terms = un_checks.get(qid)
            if not terms:
                err(qid, 'geen grep-termen in unanswerable_checks.json')
            for t in terms or []:
                for d, txt in texts.items():
                    if t.lower() in txt.lower():
                        err(qid, 'grep-term %r komt voor in %s' % (t, d))
            continue
        if not answers:
            err(qid, 'geen answers')
        for d in docs:
            if d not in texts:
                err(qid, 'document %s bestaat niet' % d)
        if not docs or docs[0] not in texts:
            continue
        quote = q.get('quote', '')
        if not quote:
            err(qid, 'lege quote')
        elif quote not in texts[docs[0]]:
            err(qid, 'quote niet letterlijk in %s: %r' % (docs[0], quote))
        if '\n' in quote:
            err(qid, 'quote bevat regelovergang')
        for eq in q.get('extra_quotes', []):
            if eq.get('doc') not in texts:
                err(qid, 'extra_quote: document %s bestaat niet' % eq.get('doc'))
            elif eq['quote'] not in texts[eq['doc']]:
                err(qid, 'extra_quote niet letterlijk in %s: %r' % (eq['doc'], eq['quote']))
        if kind in ('list', 'two_part', 'conflict') and not q.get('all_answers'):
            err(qid, '%s vereist all_answers: true' % kind)
        src_text = '\n'.join(texts[d] for d in docs if d in texts)
        src_vals = set().union(*(values[d] for d in docs if d in values))

        if kind == 'arithmetic':
            inputs = q.get('inputs')
            formula = q.get('formula', '')
            if not inputs or not formula:
                err(qid, 'arithmetic zonder inputs/formula')
                continue
            for inp in inputs:
                if not present(inp, src_text, src_vals):
                    err(qid, 'input %r niet gevonden in bronnen' % inp)
            lhs, _, rhs = formula.partition('=')
            expr = lhs.replace('×', '*').replace('x', '*')
            if not re.fullmatch(r'[\d.\s+\-*/()]+', expr):
                err(qid, 'formule niet rekenbaar: %r' % formula)
                continue
            val = eval(expr)
            stated = float(rhs.strip())
            decimals = len(rhs.strip().split('.')[1]) if '.' in rhs.strip() else 0
            if round(val, decimals) != stated:
                err(qid, 'formule klopt niet: %s geeft %s' % (lhs.strip(), val))
            ok = False
            for a in answers:
                av = answer_value(a)
                if av is None:
                    continue
                if 'miljoen' in a.lower() or 'mln' in a.lower():
                    av = av / 1e6
                elif av >= 1e6:
                    av = av / 1e6
                if abs(av - round(val)) < 1e-9 or abs(av - round(val, 1)) < 1e-9 or abs(av - val) < 1e-9:
                    ok = True
            if not ok:
                err(qid, 'geen antwoord komt overeen met uitkomst %s' % val)
            continue

        found = [present(a, src_text, src_vals) for a in answers]
        if q.get('all_answers'):
            for a, fnd in zip(answers, found):
                if not fnd:
                    err(qid, 'antwoord %r niet gevonden in bronnen' % a)
        elif not any(found):
            err(qid, 'geen van de antwoorden gevonden in bronnen: %r' % answers)
        if not q.get('all_answers'):
            nums = [answer_value(a) for a in answers]
            nums = [n for n in nums if n is not None]
            if len(set(round(n, 6) for n in nums)) > 1:
                err(qid, 'numerieke alternatieven verschillen: %r' % answers)

    kinds = Counter(q.get('kind') for q in qs)
    n_un = kinds.get('unanswerable', 0)
    share = n_un / len(qs) if qs else 0
    if share < 0.22:
        errors.append('aandeel unanswerable %.1f%% < 22%%' % (100 * share))
    print('documenten:', ', '.join(sorted(texts)))
    print('vragen: %d' % len(qs))
    for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
        print('  %-12s %d' % (k, n))
    print('unanswerable: %d (%.1f%%)' % (n_un, 100 * share))
    if errors:
        print('FOUTEN (%d):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('OK: alle controles geslaagd')
    return 0


if __name__ == '__main__':
    sys.exit(main())
