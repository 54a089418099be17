#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds bench/gold/bbc-duplicates.json: the BBC corpus's duplicate pairs, by file name only.

Usage: make_pairs.py CORPUS_DIR > bench/gold/bbc-duplicates.json

Exact over all pairs (an inverted index over shingles finds every pair that shares one, so no pair
with any overlap is skipped). Nothing approximate: this list is what the MinHash linker is judged on.
  identical       byte-identical files (SHA-256 of the bytes)
  body_identical  not byte-identical, but the same body after normalisation (the title differs)
  near_duplicates neither, and 5-word-shingle Jaccard >= 0.5 or containment >= 0.8 (the shorter
                  body's shingles found in the longer one), the corpus README's definition
  same_topic      negatives: pairs in the same folder with a high TF-IDF cosine of their words
                  (>= 0.35; they share a topic) but almost no shared text (Jaccard < 0.05 and
                  containment < 0.1). No linker may link these.
"""
import collections, hashlib, json, math, os, re, sys

K = 5


def decode(raw):
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


QUOTES = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-'})


def words(text):
    # The same normalisation as StoryLinker::normalise: case folded, quote typography unified,
    # apostrophes dropped inside words (don't -> dont), everything else not a letter or digit a space.
    text = text.translate(QUOTES).casefold()
    text = re.sub(r"(?<=\w)'(?=\w)", '', text)
    return re.findall(r'[^\W_]+', text)


def shingles(ws):
    if len(ws) < K:
        return {' '.join(ws)} if ws else set()
    return {' '.join(ws[i:i + K]) for i in range(len(ws) - K + 1)}


def main():
    root = sys.argv[1]
    names, raws, bodies = [], [], []
    for folder in sorted(os.listdir(root)):
        d = os.path.join(root, folder)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith('.txt'):
                continue
            raw = open(os.path.join(d, f), 'rb').read()
            text = decode(raw)
            body = text.split('\n', 1)[1] if '\n' in text else ''
            names.append(f'{folder}/{f}')
            raws.append(raw)
            bodies.append(words(body))
    n = len(names)

    byhash = collections.defaultdict(list)
    for i, raw in enumerate(raws):
        byhash[hashlib.sha256(raw).hexdigest()].append(i)
    identical = set()
    for group in byhash.values():
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                identical.add((group[a], group[b]))

    sh = [shingles(w) for w in bodies]
    post = collections.defaultdict(list)
    for i, s in enumerate(sh):
        for x in s:
            post[x].append(i)
    inter = collections.Counter()
    for docs in post.values():
        for a in range(len(docs)):
            for b in range(a + 1, len(docs)):
                inter[(docs[a], docs[b])] += 1

    body_identical, near = [], []
    overlap = {}
    for (a, b), c in inter.items():
        j = c / (len(sh[a]) + len(sh[b]) - c)
        cont = c / min(len(sh[a]), len(sh[b]))
        overlap[(a, b)] = (j, cont)
        if (a, b) in identical:
            continue
        if bodies[a] == bodies[b]:
            body_identical.append((a, b, j, cont))
        elif j >= 0.5 or cont >= 0.8:
            near.append((a, b, j, cont))

    # TF-IDF over words (words in more than 5% of the files carry no topic and are left out).
    df = collections.Counter()
    for w in bodies:
        df.update(set(w))
    cap = 0.05 * n
    vecs = []
    for w in bodies:
        tf = collections.Counter(x for x in w if df[x] <= cap and df[x] > 1)
        v = {x: (1 + math.log(c)) * math.log(n / df[x]) for x, c in tf.items()}
        norm = math.sqrt(sum(y * y for y in v.values())) or 1.0
        vecs.append({x: y / norm for x, y in v.items()})
    wpost = collections.defaultdict(list)
    for i, v in enumerate(vecs):
        for x, y in v.items():
            wpost[x].append((i, y))
    dots = collections.defaultdict(float)
    for plist in wpost.values():
        for a in range(len(plist)):
            ia, ya = plist[a]
            for b in range(a + 1, len(plist)):
                ib, yb = plist[b]
                dots[(ia, ib)] += ya * yb
    folder = [x.split('/')[0] for x in names]
    topic = []
    for (a, b), cos in dots.items():
        if cos < 0.35 or folder[a] != folder[b]:
            continue
        j, cont = overlap.get((a, b), (0.0, 0.0))
        if j < 0.05 and cont < 0.1:
            topic.append((a, b, cos, j, cont))
    topic.sort(key=lambda t: -t[2])

    r3 = lambda x: round(x, 3)
    out = {
        'corpus': 'bbc (Greene & Cunningham 2006), ../shared/corpora/bbc',
        'made_by': 'bench/stories/make_pairs.py; see bench/stories/README.md',
        'files': n,
        'identical': [[names[a], names[b]] for a, b in sorted(identical)],
        'body_identical': [[names[a], names[b]] for a, b, _, _ in sorted(body_identical)],
        'near_duplicates': [{'a': names[a], 'b': names[b], 'jaccard': r3(j), 'containment': r3(c)}
                            for a, b, j, c in sorted(near)],
        'same_topic': [{'a': names[a], 'b': names[b], 'cosine': r3(cos), 'jaccard': r3(j), 'containment': r3(c)}
                       for a, b, cos, j, c in topic],
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')
    print(f'identical {len(identical)}, body_identical {len(body_identical)}, near {len(near)}, '
          f'same_topic {len(topic)}', file=sys.stderr)


if __name__ == '__main__':
    main()
