#!/usr/bin/env python3
"""Build and check the second blind calibration files (see README.md) from questions_a.py,
questions_n.py and conversations_blind2.py. Run from anywhere:
    python3 bench/data/calibration/blind2/build_blind2.py
Writes summit-calibration-blind2.jsonl and conversations-blind2.jsonl next to this file,
then checks them with verify.py (every gold_text verbatim in a gold paragraph, ids unique)."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the data folder
sys.path.insert(0, HERE)
import questions_a, questions_n, conversations_blind2  # noqa: E402

DOCS = {'M': 'china-central-asia-mechanism', 'S': 'china-central-asia-spirit',
        'K': 'kazakh-voices-silk-road', 'A': 'xi-tokayev-astana-2025',
        'T': 'xi-tokayev-talks-2024-07'}
FOLD = 6  # the whole second blind set is one fold, outside folds 0-4 and the first blind set's 5


def ids(refs):
    return [f'{DOCS[r[0]]}#{r[1:]}' for r in refs]


def questions():
    rows = []
    for lang in ('ja', 'en'):
        for n, (shape, q, golds, refs) in enumerate(getattr(questions_a, lang.upper()), 1):
            rows.append({'id': f'blind2-a-{lang}-{n:03d}', 'question': q, 'lang': lang,
                         'gold_text': golds, 'gold_ids': ids(refs), 'shape': shape, 'fold': FOLD})
    for lang in ('ja', 'en'):
        for n, (shape, q) in enumerate(getattr(questions_n, lang.upper()), 1):
            rows.append({'id': f'blind2-n-{lang}-{n:03d}', 'question': q, 'lang': lang,
                         'answerable': False, 'shape': shape, 'fold': FOLD})
    return rows


def conversations():
    out = []
    for lang in ('ja', 'en'):
        for n, turns in enumerate(getattr(conversations_blind2, lang.upper()), 1):
            ts = []
            for t in turns:
                if t[0] == 'T':
                    ts.append({'question': t[1], 'gold_text': t[2], 'gold_ids': ids(t[3])})
                else:
                    ts.append({'question': t[1], 'answerable': False})
            out.append({'id': f'blind2-conv-{lang}-{n:02d}', 'lang': lang, 'fold': FOLD, 'turns': ts})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    write('summit-calibration-blind2.jsonl', questions())
    write('conversations-blind2.jsonl', conversations())
    sys.exit(subprocess.call([sys.executable, os.path.join(HERE, 'verify.py')]))
