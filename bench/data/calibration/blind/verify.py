#!/usr/bin/env python3
"""Check the blind calibration files against the corpus with ../blind_sets.py: every gold_text
is found verbatim in one of its gold_ids paragraphs, every gold paragraph holds one of the
gold_text strings, spans are 6-30 characters, ids and questions are unique (also against
the calibration set and conversations one folder up), every line has fold 5.
Usage: python3 verify.py [QUESTIONS_JSONL] [CONVERSATIONS_JSONL] [CORPUS_DIR]"""
import os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the data folders
sys.path.insert(0, os.path.join(here, '..'))
import blind_sets  # noqa: E402

qa = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'summit-calibration-blind.jsonl')
conv = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'conversations-blind.jsonl')
corpus = sys.argv[3] if len(sys.argv) > 3 else blind_sets.CORPUS
EARLIER = ('summit-calibration.jsonl', 'conversations.jsonl')
sys.exit(1 if blind_sets.check(qa, conv, corpus, 'blind', 5, EARLIER) else 0)
