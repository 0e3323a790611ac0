#!/usr/bin/env python3
"""Build and check the blind calibration files (see README.md) from questions_a.py,
questions_n.py and conversations_blind.py with ../blind_sets.py. Run from anywhere:
    python3 bench/data/calibration/blind/build_blind.py
Writes summit-calibration-blind.jsonl and conversations-blind.jsonl next to this file,
then checks them with verify.py (every gold_text verbatim in a gold paragraph, ids unique)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the data folder
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..'))
import blind_sets, questions_a, questions_n, conversations_blind  # noqa: E402

FOLD = 5  # the whole blind set is one fold, outside the calibration set's folds 0-4

if __name__ == '__main__':
    sys.exit(blind_sets.build(HERE, 'blind', FOLD, questions_a, questions_n, conversations_blind,
                              'summit-calibration-blind.jsonl', 'conversations-blind.jsonl'))
