#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline for the import benchmark: the least a loader can do to make a folder of articles
searchable with SQLite FTS5.

    plain_loader.py FOLDER DB [--fts external|plain]

Walks FOLDER (skipping hidden entries, as Dossier does), reads every *.txt / *.md file (case
insensitive; README* files skipped, as Dossier does), decodes it as UTF-8 with a Latin-1 fallback,
and inserts path + text, in ONE transaction, into:

  --fts external (default): a table `docs(id INTEGER PRIMARY KEY, path TEXT UNIQUE, text TEXT)`
      plus an FTS5 *external-content* index over docs.text (content='docs'), filled by an explicit
      INSERT per file. This is the same layout as Dossier's schema (articles + articles_fts with
      content='articles'), minus everything Dossier does on top (hashing, encoding detection,
      cleaning, metadata, a second copy of the text, secondary indexes, batching).
  --fts plain: one ordinary FTS5 table `docs(path UNINDEXED, text)` that stores the text itself.

SQLite is used with Python's defaults (rollback journal, synchronous=FULL): with a single
transaction the journal mode hardly matters. DB must not exist (it is replaced).
Prints one line: "FILES files, BYTES bytes in SECONDS s".
"""
import argparse
import os
import sqlite3
import sys
import time


def article_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
        for name in sorted(filenames):
            low = name.lower()
            if name.startswith('.') or low.startswith('readme'):
                continue
            if low.endswith('.txt') or low.endswith('.md'):
                full = os.path.join(dirpath, name)
                yield full, os.path.relpath(full, root)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('folder')
    ap.add_argument('db')
    ap.add_argument('--fts', choices=('external', 'plain'), default='external')
    a = ap.parse_args()

    start = time.perf_counter()
    for suffix in ('', '-journal', '-wal', '-shm'):
        try:
            os.remove(a.db + suffix)
        except FileNotFoundError:
            pass
    con = sqlite3.connect(a.db, isolation_level=None)
    if a.fts == 'external':
        con.executescript("""
            CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, text TEXT);
            CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='id');
        """)
    else:
        con.execute("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, text)")

    files = nbytes = 0
    con.execute('BEGIN')
    for full, rel in article_files(a.folder):
        with open(full, 'rb') as fh:
            raw = fh.read()
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            text = raw.decode('latin-1')
        if a.fts == 'external':
            cur = con.execute('INSERT INTO docs(path, text) VALUES (?, ?)', (rel, text))
            con.execute('INSERT INTO docs_fts(rowid, text) VALUES (?, ?)', (cur.lastrowid, text))
        else:
            con.execute('INSERT INTO docs(path, text) VALUES (?, ?)', (rel, text))
        files += 1
        nbytes += len(raw)
    con.execute('COMMIT')
    con.close()
    print('%d files, %d bytes in %.2f s' % (files, nbytes, time.perf_counter() - start))
    return 0 if files else 1


if __name__ == '__main__':
    sys.exit(main())
