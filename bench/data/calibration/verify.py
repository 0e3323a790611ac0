#!/usr/bin/env python3
"""Check summit-calibration.jsonl against the corpus: every gold_text is found verbatim in a
gold_ids paragraph, every gold paragraph holds one of the gold_text strings, spans are 6-30
characters, ids/questions are unique. Usage: python3 verify.py [JSONL] [CORPUS_DIR]"""
import re, sys, os, glob, json, collections
here = os.path.dirname(os.path.abspath(__file__))
qa = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'summit-calibration.jsonl')
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '../../../corpus')

from corpus_paragraphs import corpus_paragraphs

P = corpus_paragraphs(corpus)
rows = [json.loads(l) for l in open(qa, encoding='utf-8') if l.strip()]
bad = 0
for r in rows:
    if 'gold_text' in r:
        for g in r['gold_text']:
            if not 6 <= len(g) <= 30:
                print('length', r['id'], g); bad += 1
            if not any(g in P.get(i, '') for i in r['gold_ids']):
                print('not found', r['id'], g); bad += 1
        for i in r['gold_ids']:
            if i not in P or not any(g in P[i] for g in r['gold_text']):
                print('gold id without span', r['id'], i); bad += 1
    else:
        assert r.get('answerable') is False, r['id']
assert len({r['id'] for r in rows}) == len(rows), 'duplicate id'
assert len({r['question'] for r in rows}) == len(rows), 'duplicate question'
c = collections.Counter
print(len(rows), 'questions;', 'problems:', bad)
print('answerable by lang', dict(c(r['lang'] for r in rows if 'gold_text' in r)))
print('unanswerable by lang', dict(c(r['lang'] for r in rows if 'gold_text' not in r)))
print('by shape', dict(sorted(c(r['shape'] for r in rows).items())))
print('by fold', dict(sorted(c(r['fold'] for r in rows).items())))
print('fold x lang', dict(sorted(c((r['fold'], r['lang']) for r in rows).items())))
sys.exit(1 if bad else 0)
