// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_memory_createsLatestSchema()
    {
        Database db;
        QVERIFY2(db.open(QStringLiteral(":memory:")), qPrintable(db.errorString()));
        QCOMPARE(db.version(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : {"articles", "article_texts", "article_search_source", "articles_fts", "import_runs", "import_log", "corpus_settings"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
    }

    void open_file_usesWal()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("sub/corpus.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void migrate_fromVersion1_keepsDataAndAddsVersion2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database v1;
            QVERIFY(v1.open(path, 1));
            QCOMPARE(v1.version(), 1);
            QSqlQuery q(v1.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles (id, path, size, mtime, title) VALUES (1, 'a.txt', 3, 1, 'Old')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO article_texts (article_id, original, body) VALUES (1, 'Old\n\nOld body', 'Old body')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'Old', 'Old body')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO import_runs (root, started) VALUES ('/x', 'now')")));
            // Version 1 has no settings table yet.
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM corpus_settings")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.version(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM articles WHERE path='a.txt'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Old"));
        QVERIFY(q.exec(QStringLiteral("SELECT added, skipped FROM import_runs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO corpus_settings VALUES ('root', '/x')")));
        // The full-text index made by version 1 still answers.
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'body'")));
        QVERIFY(q.next());
    }

    void open_newerSchema_refusesWithMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
    }

    void open_someOtherProgramsDatabase_isRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("not a Dossier database")), qPrintable(db.errorString()));
        db.close();
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1); // only the notes table
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        }
        check.close();
    }

    void open_twoConnectionsOnANewFile_bothMigrate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database first;
        QVERIFY(first.open(path, 0)); // created, not migrated yet
        Database second;
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
        QVERIFY2(first.migrateTo(Database::latestVersion()), qPrintable(first.errorString())); // finds the work done
        QCOMPARE(first.version(), Database::latestVersion());
    }

    void open_notADatabase_fails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
