"""Build and check a blind calibration set: a folder beside this file holding questions_a.py,
questions_n.py and a conversations module (see blind/README.md and blind2/README.md). Shared
by blind/ (fold 5) and blind2/ (fold 6) so that both sets are built and checked the same way;
each folder's build and verify scripts only name their prefix, fold and files."""
import collections, json, os, subprocess, sys

from corpus_paragraphs import corpus_paragraphs

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '../../../corpus')
DOCS = {'M': 'china-central-asia-mechanism', 'S': 'china-central-asia-spirit',
        'K': 'kazakh-voices-silk-road', 'A': 'xi-tokayev-astana-2025',
        'T': 'xi-tokayev-talks-2024-07'}
ANSWERABLE = {'fact', 'number', 'date', 'place', 'person', 'why', 'list', 'quote'}
UNANSWERABLE = {'absent-detail', 'person-attribute', 'count-by-category', 'future-event',
                'comparison', 'absent-entity', 'general-knowledge'}


def T(q, golds, refs):
    """An answerable conversation turn: question, gold strings, paragraph refs."""
    return ('T', q, golds, refs)


def U(q):
    """A conversation turn the articles do not answer."""
    return ('U', q)


def ids(refs):
    """Paragraph refs written as <doc letter><n> (e.g. 'T10') to citation ids."""
    return [f'{DOCS[r[0]]}#{r[1:]}' for r in refs]


def questions(prefix, fold, answerable, unanswerable):
    """Rows of the questions file from the JA/EN lists of the two question modules."""
    rows = []
    for lang in ('ja', 'en'):
        for n, (shape, q, golds, refs) in enumerate(getattr(answerable, lang.upper()), 1):
            rows.append({'id': f'{prefix}-a-{lang}-{n:03d}', 'question': q, 'lang': lang,
                         'gold_text': golds, 'gold_ids': ids(refs), 'shape': shape, 'fold': fold})
    for lang in ('ja', 'en'):
        for n, (shape, q) in enumerate(getattr(unanswerable, lang.upper()), 1):
            rows.append({'id': f'{prefix}-n-{lang}-{n:03d}', 'question': q, 'lang': lang,
                         'answerable': False, 'shape': shape, 'fold': fold})
    return rows


def conversations(prefix, fold, module):
    """Rows of the conversations file from the module's JA/EN lists of T(...)/U(...) turns."""
    out = []
    for lang in ('ja', 'en'):
        for n, turns in enumerate(getattr(module, lang.upper()), 1):
            ts = []
            for t in turns:
                if t[0] == 'T':
                    ts.append({'question': t[1], 'gold_text': t[2], 'gold_ids': ids(t[3])})
                else:
                    ts.append({'question': t[1], 'answerable': False})
            out.append({'id': f'{prefix}-conv-{lang}-{n:02d}', 'lang': lang, 'fold': fold,
                        'turns': ts})
    return out


def write(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def build(folder, prefix, fold, answerable, unanswerable, convs, qa_name, conv_name):
    """Write both files into folder, then run the folder's verify.py; returns its exit code."""
    write(os.path.join(folder, qa_name), questions(prefix, fold, answerable, unanswerable))
    write(os.path.join(folder, conv_name), conversations(prefix, fold, convs))
    return subprocess.call([sys.executable, os.path.join(folder, 'verify.py')])


def check(qa, conv, corpus, prefix, fold, earlier):
    """Check the files against the corpus: every gold_text verbatim in one of its gold_ids
    paragraphs, every gold paragraph holding one of the gold_text strings, spans of 6-30
    characters, ids and questions unique, no question copied from the earlier files (paths
    relative to this folder), `fold` on every line. Prints the problems and the counts and
    returns the number of problems."""
    P = corpus_paragraphs(corpus)
    bad = 0

    def check_gold(label, item):
        nonlocal bad
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
        if r.get('fold') != fold:
            print('fold', r['id']); bad += 1
        if 'gold_text' in r:
            check_gold(r['id'], r)
            if not r['id'].startswith(f'{prefix}-a-') or r['shape'] not in ANSWERABLE:
                print('id/shape', r['id'], r['shape']); bad += 1
        else:
            if r.get('answerable') is not False or not r['id'].startswith(f'{prefix}-n-') \
                    or r['shape'] not in UNANSWERABLE:
                print('unanswerable line', r['id']); bad += 1
        if not r['id'].startswith(f"{prefix}-{r['id'][len(prefix) + 1]}-{r['lang']}-"):
            print('id lang', r['id']); bad += 1
    convs = [json.loads(l) for l in open(conv, encoding='utf-8') if l.strip()]
    for c in convs:
        if c.get('fold') != fold or not 2 <= len(c['turns']) <= 5:
            print('conversation fold/turns', c['id']); bad += 1
        for k, t in enumerate(c['turns'], 1):
            if 'gold_text' in t:
                check_gold(f"{c['id']}/{k}", t)
            elif t.get('answerable') is not False:
                print('turn without gold or answerable:false', c['id'], k); bad += 1

    all_ids = [r['id'] for r in rows] + [c['id'] for c in convs]
    if len(set(all_ids)) != len(all_ids):
        print('duplicate id'); bad += 1
    qs = [r['question'] for r in rows]
    if len(set(qs)) != len(qs):
        print('duplicate question'); bad += 1
    older = set()
    for name in earlier:
        path = os.path.join(HERE, name)
        if os.path.exists(path):
            for l in open(path, encoding='utf-8'):
                o = json.loads(l)
                older.update([o['question']] if 'question' in o else
                             [t['question'] for t in o['turns']])
    for q in qs + [t['question'] for c in convs for t in c['turns']]:
        if q in older:
            print('question already in an earlier set:', q); bad += 1

    c = collections.Counter
    print(len(rows), 'questions;', 'problems:', bad)
    print('answerable by lang', dict(c(r['lang'] for r in rows if 'gold_text' in r)))
    print('unanswerable by lang', dict(c(r['lang'] for r in rows if 'gold_text' not in r)))
    print('by shape x lang', dict(sorted(c((r['shape'], r['lang']) for r in rows).items())))
    turns = [t for cv in convs for t in cv['turns']]
    print(len(convs), 'conversations', dict(c(cv['lang'] for cv in convs)), ';', len(turns),
          'turns,', sum('gold_text' not in t for t in turns), 'of them answerable: false')
    return bad
