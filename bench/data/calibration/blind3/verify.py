#!/usr/bin/env python3
"""Check the third blind calibration files against the corpus with ../blind_sets.py: every gold_text
is found verbatim in one of its gold_ids paragraphs, every gold paragraph holds one of the
gold_text strings, spans are 6-30 characters, ids and questions are unique (also against
the calibration set, its conversations, the first two blind sets and the shared dev sets), every line has fold 7.
Usage: python3 verify.py [QUESTIONS_JSONL] [CONVERSATIONS_JSONL] [CORPUS_DIR]"""
import os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the data folders
sys.path.insert(0, os.path.join(here, '..'))
import blind_sets  # noqa: E402

qa = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'summit-calibration-blind3.jsonl')
conv = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'conversations-blind3.jsonl')
corpus = sys.argv[3] if len(sys.argv) > 3 else blind_sets.CORPUS
EARLIER = ('summit-calibration.jsonl', 'conversations.jsonl',
           'blind/summit-calibration-blind.jsonl', 'blind/conversations-blind.jsonl',
           'blind2/summit-calibration-blind2.jsonl', 'blind2/conversations-blind2.jsonl',
           # the shared dev sets, when the shared folder sits beside the checkout (../shared)
           '../../../../shared/eval/summit-dev.jsonl',
           '../../../../shared/eval/summit-neartopic-dev.jsonl')
sys.exit(1 if blind_sets.check(qa, conv, corpus, 'blind3', 7, EARLIER) else 0)
