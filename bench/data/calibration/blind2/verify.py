#!/usr/bin/env python3
"""Check the blind calibration files against the corpus (adapted from ../verify.py):
every gold_text is found verbatim in one of its gold_ids paragraphs, every gold paragraph
holds one of the gold_text strings, spans are 6-30 characters, ids and questions are unique
(also against the calibration set, its conversations and the first blind set), every line has fold 6.
Usage: python3 verify.py [QUESTIONS_JSONL] [CONVERSATIONS_JSONL] [CORPUS_DIR]"""
import re, sys, os, glob, json, collections
here = os.path.dirname(os.path.abspath(__file__))
qa = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'summit-calibration-blind2.jsonl')
conv = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'conversations-blind2.jsonl')
corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, '../../../../corpus')

ANSWERABLE = {'fact', 'number', 'date', 'place', 'person', 'why', 'list', 'quote'}
UNANSWERABLE = {'absent-detail', 'person-attribute', 'count-by-category', 'future-event',
                'comparison', 'absent-entity', 'general-knowledge'}


sys.path.insert(0, os.path.join(here, '..'))
from corpus_paragraphs import corpus_paragraphs  # noqa: E402

P = corpus_paragraphs(corpus)
bad = 0


def check_gold(label, item):
    global bad
    for g in item['gold_text']:
        if not 6 <= len(g) <= 30:
            print('length', label, g); bad += 1
        if not any(g in P.get(i, '') for i in item['gold_ids']):
            print('not found', label, g); bad += 1
    for i in item['gold_ids']:
        if i not in P or not any(g in P[i] for g in item['gold_text']):
            print('gold id without span', label, i); bad += 1


rows = [json.loads(l) for l in open(qa, encoding='utf-8') if l.strip()]
for r in rows:
    if r.get('fold') != 6:
        print('fold', r['id']); bad += 1
    if 'gold_text' in r:
        check_gold(r['id'], r)
        if not r['id'].startswith('blind2-a-') or r['shape'] not in ANSWERABLE:
            print('id/shape', r['id'], r['shape']); bad += 1
    else:
        if r.get('answerable') is not False or not r['id'].startswith('blind2-n-') \
                or r['shape'] not in UNANSWERABLE:
            print('unanswerable line', r['id']); bad += 1
    if not r['id'].startswith(f"blind2-{r['id'][7]}-{r['lang']}-"):
        print('id lang', r['id']); bad += 1
convs = [json.loads(l) for l in open(conv, encoding='utf-8') if l.strip()]
for c in convs:
    if c.get('fold') != 6 or not 2 <= len(c['turns']) <= 5:
        print('conversation fold/turns', c['id']); bad += 1
    for k, t in enumerate(c['turns'], 1):
        if 'gold_text' in t:
            check_gold(f"{c['id']}/{k}", t)
        elif t.get('answerable') is not False:
            print('turn without gold or answerable:false', c['id'], k); bad += 1

ids = [r['id'] for r in rows] + [c['id'] for c in convs]
if len(set(ids)) != len(ids):
    print('duplicate id'); bad += 1
questions = [r['question'] for r in rows]
if len(set(questions)) != len(questions):
    print('duplicate question'); bad += 1
# no question copied from the calibration set or its conversations
older = set()
for name in ('summit-calibration.jsonl', 'conversations.jsonl',
             'blind/summit-calibration-blind.jsonl', 'blind/conversations-blind.jsonl'):
    path = os.path.join(here, '..', name)
    if os.path.exists(path):
        for l in open(path, encoding='utf-8'):
            o = json.loads(l)
            older.update([o['question']] if 'question' in o else [t['question'] for t in o['turns']])
for q in questions + [t['question'] for c in convs for t in c['turns']]:
    if q in older:
        print('question already in the calibration or first blind set:', q); bad += 1

c = collections.Counter
print(len(rows), 'questions;', 'problems:', bad)
print('answerable by lang', dict(c(r['lang'] for r in rows if 'gold_text' in r)))
print('unanswerable by lang', dict(c(r['lang'] for r in rows if 'gold_text' not in r)))
print('by shape x lang', dict(sorted(c((r['shape'], r['lang']) for r in rows).items())))
turns = [t for cv in convs for t in cv['turns']]
print(len(convs), 'conversations', dict(c(cv['lang'] for cv in convs)), ';', len(turns), 'turns,',
      sum('gold_text' not in t for t in turns), 'of them answerable: false')
sys.exit(1 if bad else 0)
