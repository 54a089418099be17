#!/usr/bin/env python3
"""Story pairs of a `dossier import` against a make-corpus.py truth.json.

    import_f1.py DATABASE OUT_DIR/truth.json

Every pair of articles in one story (table story_members) is a predicted pair; every pair of files
in one truth cluster is a true pair. Prints the counts, precision, recall and F1 (the numbers in
README.md and bench/stories/README.md). Standard library only.
"""
import itertools
import json
import sqlite3
import sys


def pairs(groups):
    out = set()
    for files in groups:
        out.update(itertools.combinations(sorted(files), 2))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = json.load(open(sys.argv[2]))['clusters']
    true = pairs(truth.values())
    db = sqlite3.connect(sys.argv[1])
    path = dict(db.execute('SELECT id, path FROM articles'))
    stories = {}
    for article, story in db.execute('SELECT article_id, story_id FROM story_members'):
        stories.setdefault(story, []).append(path[article])
    predicted = pairs(stories.values())
    tp = len(predicted & true)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(true) if true else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f'predicted pairs {len(predicted)}, true pairs {len(true)}, P {p:.4f} R {r:.4f} F1 {f1:.4f}')


if __name__ == '__main__':
    main()
