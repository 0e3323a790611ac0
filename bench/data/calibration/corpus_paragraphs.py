"""The corpus's paragraphs by citation id, counted as the calibration README says: the n-th
blank-line-separated block after the front matter that still has text once heading lines are
removed. Shared by verify.py and blind_sets.py (blind/, blind2/) so all count paragraphs the same way."""
import glob, os, re


def paragraphs(path):
    t = open(path, encoding='utf-8').read()
    if t.startswith('---'):
        t = t[t.index('\n---', 3) + 4:]
    out = []
    for blk in re.split(r'\n\s*\n', t):
        s = '\n'.join(l for l in blk.split('\n') if not l.lstrip().startswith('#')).strip()
        if s:
            out.append(s)
    return out


def corpus_paragraphs(corpus):
    """{'<doc-id>#<n>': text} for every article in the corpus folder."""
    P = {}
    for f in glob.glob(os.path.join(corpus, '*.md')):
        d = os.path.basename(f)[:-3]
        for i, p in enumerate(paragraphs(f), 1):
            P[f'{d}#{i}'] = p
    return P
