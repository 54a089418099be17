#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where does an import's database time go? Replays the articles of a Dossier database into fresh
databases, each variant changing one thing, and times SQLite alone (no file reading, hashing,
decoding or parsing: the rows are read into memory first).

    sqlite_replay.py SOURCE.sqlite OUTDIR [VARIANT...]

SOURCE.sqlite: a database `dossier import` made (e.g. import_bench.sh's gen-100000-dossier.sqlite).
OUTDIR: where the replayed databases go (each is replaced). Variants (default: all):

  app         Dossier's schema (model/migrations), pragmas (WAL, synchronous=NORMAL) and batches of
              500 rows, one transaction each, the FTS index filled by the AFTER INSERT trigger:
              what the importer's writer thread does
  onetx       as app, in one transaction
  nowal       as app, with SQLite's default rollback journal
  nofts       as app, without the FTS index triggers: the rows alone
  nooriginal  as app, `original` NULL: one copy of the text per row instead of two
  explicit    as app, without the insert trigger: one explicit INSERT INTO articles_fts per row
  plainlike   the plain loader's schema and one transaction (text = the original)
"""
import glob
import os
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = sorted(glob.glob(os.path.join(HERE, '..', 'model', 'migrations', '*.sql')))
COLUMNS = 'path, size, mtime, sha256, encoding, original, body, title, outlet, byline, published, url'
INSERT = 'INSERT INTO articles (%s, state) VALUES (%s, 0)' % (COLUMNS, ','.join('?' * 12))
ORIGINAL, BODY, TITLE = 5, 6, 7
VARIANTS = ('app', 'onetx', 'nowal', 'nofts', 'nooriginal', 'explicit', 'plainlike')


def fresh(outdir, name):
    db = os.path.join(outdir, 'replay-%s.sqlite' % name)
    for suffix in ('', '-wal', '-shm', '-journal'):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return db, sqlite3.connect(db, isolation_level=None)


def dossier_schema(con, wal=True):
    if wal:
        for pragma in ('foreign_keys = ON', 'journal_mode = WAL', 'synchronous = NORMAL', 'temp_store = MEMORY'):
            con.execute('PRAGMA ' + pragma)
    for migration in MIGRATIONS:
        with open(migration, encoding='utf-8') as fh:
            con.executescript(fh.read())


def batches(rows, size):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def replay(con, rows, batch=500, explicit_fts=False):
    for chunk in batches(rows, batch):
        con.execute('BEGIN')
        if explicit_fts:
            for r in chunk:
                rowid = con.execute(INSERT, r).lastrowid
                con.execute('INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)', (rowid, r[TITLE], r[BODY]))
        else:
            con.executemany(INSERT, chunk)
        con.execute('COMMIT')


def run(variant, rows, outdir):
    db, con = fresh(outdir, variant)
    if variant == 'plainlike':
        con.executescript("""
            CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, text TEXT);
            CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='id');""")
        start = time.perf_counter()
        con.execute('BEGIN')
        for r in rows:
            rowid = con.execute('INSERT INTO docs(path, text) VALUES (?, ?)', (r[0], r[ORIGINAL])).lastrowid
            con.execute('INSERT INTO docs_fts(rowid, text) VALUES (?, ?)', (rowid, r[ORIGINAL]))
        con.execute('COMMIT')
    else:
        dossier_schema(con, wal=variant != 'nowal')
        if variant == 'nofts':
            for trigger in ('articles_fts_ai', 'articles_fts_ad', 'articles_fts_au'):
                con.execute('DROP TRIGGER ' + trigger)
        if variant == 'explicit':
            con.execute('DROP TRIGGER articles_fts_ai')
        data = [r[:ORIGINAL] + (None,) + r[ORIGINAL + 1:] for r in rows] if variant == 'nooriginal' else rows
        start = time.perf_counter()
        replay(con, data, batch=len(data) if variant == 'onetx' else 500, explicit_fts=variant == 'explicit')
    con.close()
    seconds = time.perf_counter() - start
    size = sum(os.path.getsize(f) for f in glob.glob(db + '*'))
    return seconds, size


def main():
    if len(sys.argv) < 3 or sys.argv[1] in ('-h', '--help'):
        print(__doc__, file=sys.stderr)
        return 2
    source, outdir, variants = sys.argv[1], sys.argv[2], sys.argv[3:] or list(VARIANTS)
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown or not MIGRATIONS:
        print('sqlite_replay: unknown variant %s' % ', '.join(unknown) if unknown else 'sqlite_replay: no migrations found',
              file=sys.stderr)
        return 2
    os.makedirs(outdir, exist_ok=True)
    start = time.perf_counter()
    rows = sqlite3.connect('file:%s?mode=ro' % source, uri=True).execute(
        'SELECT %s FROM articles ORDER BY id' % COLUMNS).fetchall()
    print('%d rows read in %.1f s; SQLite %s' % (len(rows), time.perf_counter() - start, sqlite3.sqlite_version), flush=True)
    print('| variant | seconds | database MB |')
    print('|---|---:|---:|')
    for variant in variants:
        seconds, size = run(variant, rows, outdir)
        print('| %s | %.2f | %.0f |' % (variant, seconds, size / 1e6), flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
