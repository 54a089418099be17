// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The integrity check on open and the rotating backups made with SQLite's backup API.
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "databasemaintenance.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Dossier;

namespace {

// The pages of table or index `name` (SQLite's dbstat), after moving the whole log into the file,
// so that the test damages exactly those.
QList<qint64> pagesOf(const QString &path, const QString &name)
{
    QList<qint64> pages;
    Database db;
    if (!db.open(path))
        return pages;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno"));
    q.addBindValue(name);
    if (q.exec()) {
        while (q.next())
            pages << q.value(0).toLongLong();
    }
    return pages;
}

// Overwrites the header of each page (1-based numbers), the way a torn write or a bad disk would.
bool damage(const QString &path, const QList<qint64> &pages)
{
    QFile file(path);
    if (pages.isEmpty() || !file.open(QIODevice::ReadWrite))
        return false;
    for (qint64 page : pages) {
        file.seek((page - 1) * 4096);
        file.write(QByteArray(64, '\x5a'));
    }
    return true;
}

} // namespace

class DatabaseMaintenanceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    // A corpus database with `articles` articles, one tag and an annotation on each of the first ten.
    QString makeCorpus(int articles, qint64 *firstArticle = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1/corpus.sqlite").arg(++m_serial));
        Database db;
        if (!db.open(path))
            return {};
        ArticleStore store(db.connection());
        store.transaction();
        for (int i = 0; i < articles; ++i) {
            Article a;
            a.path = QStringLiteral("outlet/a%1.txt").arg(i);
            a.title = QStringLiteral("Headline %1").arg(i);
            a.body = QStringLiteral("Paragraph %1 of an article about the budget, the minister and the press. ").arg(i).repeated(12);
            a.original = a.body;
            const qint64 id = store.insert(a);
            if (i == 0 && firstArticle)
                *firstArticle = id;
        }
        store.commit();
        Annotator annotator(db.connection());
        Tag t;
        t.name = QStringLiteral("Claim");
        const qint64 tag = annotator.createTag(t);
        for (qint64 id = 1; id <= qMin(articles, 10); ++id) {
            const std::optional<Article> a = store.article(id);
            if (!a || annotator.annotate(id, a->body, 0, 9, {tag}) == 0)
                return {};
        }
        return path;
    }

    static QString dump(const QSqlDatabase &db)
    {
        QString out;
        QSqlQuery q(db);
        for (const char *sql : {"SELECT a.id, a.path, a.title, t.body FROM articles a JOIN article_texts t ON t.article_id = a.id ORDER BY a.id",
                                "SELECT id, name FROM tags ORDER BY id",
                                "SELECT id, article_id, start, end, exact, note FROM annotations ORDER BY id",
                                "SELECT annotation_id, tag_id FROM annotation_tags ORDER BY 1, 2",
                                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'budget' ORDER BY rowid"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                return QStringLiteral("cannot read: ") + QString::fromLatin1(sql);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    static QString integrity(const QString &path)
    {
        Database db;
        if (!db.open(path, Database::Access::ReadOnly))
            return db.errorString();
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("no answer");
    }

private Q_SLOTS:
    void integrityOk()
    {
        const QString path = makeCorpus(20);
        QVERIFY(!path.isEmpty());
        const IntegrityReport report = DatabaseMaintenance(path).checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(!report.cancelled);
    }

    // A database with a page overwritten (a disk error, a bad copy) opens, but fails the check, and
    // the message names the file.
    void integrityDamaged()
    {
        const QString path = makeCorpus(400);
        QVERIFY(!path.isEmpty());
        const QList<qint64> pages = pagesOf(path, QStringLiteral("article_texts"));
        QVERIFY(pages.size() > 10);
        QVERIFY(damage(path, pages.mid(1)));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString())); // the schema is intact
        db.close();
        const IntegrityReport report = DatabaseMaintenance(path).checkIntegrity();
        QVERIFY(!report.ok);
        QVERIFY(!report.cancelled);
        QVERIFY(!report.problems.isEmpty());
        QVERIFY(report.problems.size() <= 21);
        QVERIFY2(report.problems.first().contains(QStringLiteral("page")), qPrintable(report.problems.first()));
        const QString summary = report.summary(path);
        QVERIFY2(summary.contains(path) && summary.contains(QStringLiteral("damaged")) && !summary.contains(QLatin1Char('\n')), qPrintable(summary));
    }

    // Damage where the schema lives: the database does not even open, and says it is damaged
    // (not "not a database").
    void damagedSchemaSaysDamaged()
    {
        const QString path = makeCorpus(50);
        const QList<qint64> pages = pagesOf(path, QStringLiteral("sqlite_schema"));
        QVERIFY(pages.size() > 1);
        QVERIFY(damage(path, pages.mid(1)));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("is damaged")) && db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY(!DatabaseMaintenance(path).checkIntegrity().ok);
    }

    void integrityNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x42'));
        file.close();
        const IntegrityReport report = DatabaseMaintenance(path).checkIntegrity();
        QVERIFY(!report.ok);
        QVERIFY(!report.problems.isEmpty());
        const IntegrityReport missing = DatabaseMaintenance(m_dir.filePath(QStringLiteral("none.sqlite"))).checkIntegrity();
        QVERIFY(!missing.ok);
        QVERIFY(missing.problems.value(0).contains(QStringLiteral("none.sqlite")));
    }

    void integrityCancelled()
    {
        const QString path = makeCorpus(50);
        std::atomic<bool> cancel{true};
        DatabaseMaintenance maintenance(path);
        maintenance.setCancelFlag(&cancel);
        const IntegrityReport report = maintenance.checkIntegrity();
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok);
    }

    void backupHasTheSameRows()
    {
        const QString path = makeCorpus(200);
        QVERIFY(!path.isEmpty());
        DatabaseMaintenance maintenance(path);
        maintenance.setPagesPerStep(7); // many steps
        const QDateTime when(QDate(2026, 12, 6), QTime(23, 4, 5), QTimeZone::UTC);
        const QString backup = maintenance.makeBackup(when);
        QVERIFY2(!backup.isEmpty(), qPrintable(maintenance.errorString()));
        QCOMPARE(backup, QFileInfo(path).absolutePath() + QStringLiteral("/backups/corpus-20261206-230405.sqlite"));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
        QCOMPARE(maintenance.backups(), QStringList{backup});
        QCOMPARE(maintenance.newestBackup(), backup);
        QCOMPARE(integrity(backup), QStringLiteral("ok"));

        Database original, copy;
        QVERIFY(original.open(path, Database::Access::ReadOnly));
        QVERIFY2(copy.open(backup, Database::Access::ReadOnly), qPrintable(copy.errorString()));
        QCOMPARE(copy.version(), Database::latestVersion());
        const QString rows = dump(original.connection());
        QVERIFY(rows.count(QLatin1Char('\n')) > 400);
        QCOMPARE(dump(copy.connection()), rows);
        // One self-contained file: no write-ahead log to carry along.
        QSqlQuery q(copy.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    }

    void rotationKeepsTheNewest()
    {
        const QString path = makeCorpus(5);
        DatabaseMaintenance maintenance(path);
        QCOMPARE(maintenance.keep(), 5);
        const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::UTC);
        QStringList made;
        for (int i = 0; i < 8; ++i) {
            made.prepend(maintenance.makeBackup(t0.addSecs(3600 * i)));
            QVERIFY2(!made.first().isEmpty(), qPrintable(maintenance.errorString()));
            QCOMPARE(maintenance.backups().size(), qMin(i + 1, 5));
        }
        QCOMPARE(maintenance.backups(), made.mid(0, 5));
        for (const QString &gone : made.mid(5))
            QVERIFY(!QFileInfo::exists(gone));

        // A backup killed halfway leaves a partial file; it never counts and the next rotation
        // removes it. Another database's backups in the same folder are not touched.
        const QString partial = maintenance.backupFolder() + QStringLiteral("/corpus-20270101-000000.sqlite.partial");
        const QString other = maintenance.backupFolder() + QStringLiteral("/other-20200101-000000.sqlite");
        QVERIFY(QFile(partial).open(QIODevice::WriteOnly));
        QVERIFY(QFile(other).open(QIODevice::WriteOnly));
        QCOMPARE(maintenance.newestBackup(), made.first());
        QVERIFY(maintenance.rotate().contains(partial));
        QVERIFY(!QFileInfo::exists(partial));
        QVERIFY(QFileInfo::exists(other));

        maintenance.setKeep(2);
        QCOMPARE(maintenance.rotate().size(), 3);
        QCOMPARE(maintenance.backups(), made.mid(0, 2));
    }

    void sameSecondNeverReplaces()
    {
        const QString path = makeCorpus(3);
        DatabaseMaintenance maintenance(path);
        const QDateTime when(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        const QString a = maintenance.makeBackup(when);
        const QString b = maintenance.makeBackup(when);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a != b);
        QCOMPARE(maintenance.backups(), (QStringList{b, a}));
    }

    void backupDueOncePerInterval()
    {
        const QString path = makeCorpus(3);
        DatabaseMaintenance maintenance(path);
        const QDateTime t0(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(maintenance.isBackupDue(t0));
        QVERIFY(!maintenance.makeBackup(t0).isEmpty());
        QVERIFY(!maintenance.isBackupDue(t0.addSecs(59 * 60)));
        QVERIFY(maintenance.isBackupDue(t0.addSecs(60 * 60)));
        QVERIFY(maintenance.isBackupDue(t0.addSecs(-60))); // the clock went back

        // A backup when due, none when not.
        QVERIFY(maintenance.backUpIfDue(t0.addSecs(600)).path.isEmpty());
        const DatabaseMaintenance::BackupResult due = maintenance.backUpIfDue(t0.addSecs(7200));
        QVERIFY2(!due.path.isEmpty(), qPrintable(due.error));
        QCOMPARE(maintenance.newestBackup(), due.path);
        QCOMPARE(maintenance.backups().size(), 2);
    }

    void backupFailureSaysWhy()
    {
        DatabaseMaintenance maintenance(m_dir.filePath(QStringLiteral("missing/corpus.sqlite")));
        const DatabaseMaintenance::BackupResult result = maintenance.backUpIfDue();
        QVERIFY(result.path.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("missing/corpus.sqlite")), qPrintable(result.error));
        QVERIFY(maintenance.backups().isEmpty());
    }

    // The backup runs on its own thread and connection while this one keeps writing, one
    // transaction per change: the copy is one consistent state, somewhere between before and after.
    void backupWhileAnotherConnectionWrites()
    {
        qint64 article = 0;
        const QString path = makeCorpus(1500, &article);
        QVERIFY(!path.isEmpty());
        Database db;
        QVERIFY(db.open(path));
        Annotator annotator(db.connection());
        const qint64 tag = annotator.tags().first().id;
        const QString body = ArticleStore(db.connection()).article(article)->body;
        auto annotations = [](const QSqlDatabase &c) {
            QSqlQuery q(c);
            return q.exec(QStringLiteral("SELECT count(*) FROM annotations")) && q.next() ? q.value(0).toInt() : -1;
        };
        const int before = annotations(db.connection());

        DatabaseMaintenance maintenance(path);
        maintenance.setPagesPerStep(4); // thousands of steps, each a chance for a write in between
        const QString target = m_dir.filePath(QStringLiteral("during.sqlite"));
        std::atomic<bool> cancel{false};
        maintenance.setCancelFlag(&cancel);
        QFuture<bool> backup = QtConcurrent::run([&maintenance, target] { return maintenance.backupTo(target); });
        const auto stopBackup = qScopeGuard([&] { // a failed check returns: the worker must not outlive `maintenance`
            cancel = true;
            backup.waitForFinished();
        });
        // A backup that restarted whenever another connection commits would never finish under a
        // writer that never stops: the writer gives up after `limit` changes, and the test fails.
        const int limit = 3000; // with the snapshot a few hundred changes go in meanwhile; without it, thousands
        int written = 0;
        while (!backup.isFinished() && written < limit) {
            const int start = written % (body.size() - 20);
            QVERIFY2(annotator.annotate(article, body, start, start + 5 + written % 7, {tag}) > 0, qPrintable(annotator.errorString()));
            ++written;
        }
        QVERIFY2(written < limit, "the backup did not finish while another connection kept writing");
        QVERIFY2(backup.result(), qPrintable(maintenance.errorString()));
        const int after = annotations(db.connection());
        qInfo("%d changes committed while the backup ran", written);
        QVERIFY(written >= 3);

        QCOMPARE(integrity(target), QStringLiteral("ok"));
        Database copy;
        QVERIFY(copy.open(target, Database::Access::ReadOnly));
        const int copied = annotations(copy.connection());
        QVERIFY2(copied >= before && copied <= after, qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(copied).arg(before).arg(after)));
        QSqlQuery q(copy.connection());
        // Every annotation came with its tag (written in the same transaction), and nothing else.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotations WHERE id NOT IN (SELECT annotation_id FROM annotation_tags)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(DatabaseMaintenanceTest)
#include "databasemaintenance_test.moc"
