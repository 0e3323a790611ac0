#!/usr/bin/env python3
"""Build and check the third blind calibration files (see README.md) from questions_a.py,
questions_n.py and conversations_blind3.py with ../blind_sets.py. Run from anywhere:
    python3 bench/data/calibration/blind3/build_blind3.py
Writes summit-calibration-blind3.jsonl and conversations-blind3.jsonl next to this file,
then checks them with verify.py (every gold_text verbatim in a gold paragraph, ids unique)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the data folder
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..'))
import blind_sets, questions_a, questions_n, conversations_blind3  # noqa: E402

FOLD = 7  # the whole third blind set is one fold, outside folds 0-4 and the earlier blind sets' 5 and 6

if __name__ == '__main__':
    sys.exit(blind_sets.build(HERE, 'blind3', FOLD, questions_a, questions_n, conversations_blind3,
                              'summit-calibration-blind3.jsonl', 'conversations-blind3.jsonl'))
