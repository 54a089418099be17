// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "database.h"
#include "importer.h"
#include "testutil.h"

#include <QJsonArray>
#include <QLockFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/stat.h>
#include <utime.h>

using namespace Dossier;

class ImporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_corpus;
    QString m_dbPath;

    ImportSummary importNow(int batchSize = 500)
    {
        Importer importer(m_corpus, m_dbPath);
        importer.setBatchSize(batchSize);
        return importer.run();
    }

    std::optional<Article> articleByPath(ArticleStore &store, const QString &path)
    {
        const QList<qint64> ids = store.ids({}, ArticleSort::Path, Qt::AscendingOrder);
        for (const ArticleSummary &s : store.summaries(ids)) {
            if (s.path == path)
                return store.article(s.id);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        static int n = 0;
        m_corpus = m_tmp.filePath(QStringLiteral("corpus%1").arg(++n));
        m_dbPath = m_corpus + QStringLiteral("/.dossier/corpus.sqlite");
        QVERIFY(TestUtil::copyTree(TestUtil::sampleDir(), m_corpus));
    }

    void import_sampleCorpus_importsEveryArticle()
    {
        const ImportSummary s = importNow();
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.added, TestUtil::sampleArticleCount());
        QCOMPARE(s.skipped, 0);
        QVERIFY(s.added >= 10);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        QCOMPARE(store.count(), s.added);
        QVERIFY(store.outlets().size() >= 3);
        QString error;
        QVERIFY(!store.search(QStringLiteral("Kellsmoor"), 50, &error).isEmpty());
    }

    void import_sampleCorpus_matchesExpectedMetadataAndCleaning()
    {
        QVERIFY(importNow().ok);
        QFile f(TestUtil::sampleDir() + QStringLiteral("/EXPECTED.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray();
        QVERIFY(files.size() >= 10);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        for (const QJsonValue &v : files) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(QLatin1String("path")).toString();
            const auto a = articleByPath(store, path);
            QVERIFY2(a, qPrintable(path));
            QCOMPARE(a->title, e.value(QLatin1String("title")).toString());
            QCOMPARE(a->outlet, e.value(QLatin1String("outlet")).toString());
            const QString published = e.value(QLatin1String("published")).toString();
            QCOMPARE(a->published.isValid() ? a->published.toString(Qt::ISODate) : QString(), published);
            for (const QJsonValue &keep : e.value(QLatin1String("must_keep")).toArray())
                QVERIFY2(a->body.contains(keep.toString()), qPrintable(path + QStringLiteral(": lost ") + keep.toString()));
            for (const QJsonValue &drop : e.value(QLatin1String("must_drop")).toArray())
                QVERIFY2(!a->body.contains(drop.toString()), qPrintable(path + QStringLiteral(": kept ") + drop.toString()));
            // The original is kept whole, chrome and all.
            for (const QJsonValue &drop : e.value(QLatin1String("must_drop")).toArray())
                QVERIFY(a->original.contains(drop.toString()));
            const int paragraphs = int(a->body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts).size());
            QVERIFY2(paragraphs == e.value(QLatin1String("paragraphs")).toInt(),
                     qPrintable(QStringLiteral("%1: %2 paragraphs, expected %3").arg(path).arg(paragraphs).arg(e.value(QLatin1String("paragraphs")).toInt())));
        }
    }

    void import_latin1File_isDecodedAndRecorded()
    {
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        const auto a = articleByPath(store, QStringLiteral("riverside-tribune/carrow-dockers-walk-out.txt"));
        QVERIFY(a);
        QCOMPARE(a->encoding, QStringLiteral("ISO-8859-1"));
        QVERIFY(a->original.contains(QChar(0x00A3))); // £
        QVERIFY(!a->original.contains(QChar(0xFFFD)));
    }

    void import_metadataCsv_overridesUrl()
    {
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        const auto a = articleByPath(store, QStringLiteral("the-daily-ledger/port-strike-talks.md"));
        QVERIFY(a);
        QCOMPARE(a->url, QStringLiteral("https://dailyledger.example.org/business/2025/03/22/port-carrow-talks-collapse"));
    }

    void reimport_unchanged_readsNothing()
    {
        const ImportSummary first = importNow();
        QVERIFY(first.ok);
        const ImportSummary second = importNow();
        QVERIFY(second.ok);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, first.added);
    }

    void reimport_changedTouchedAndVanishedFiles()
    {
        QVERIFY(importNow().ok);
        const QString changed = m_corpus + QStringLiteral("/northline-news/kellsmoor-evacuation.txt");
        const QString touched = m_corpus + QStringLiteral("/harbour-gazette/port-carrow-deal.txt");
        const QString vanished = m_corpus + QStringLiteral("/the-daily-ledger/dam-warnings-ignored.txt");
        QFile c(changed);
        QVERIFY(c.open(QIODevice::Append));
        c.write("\n\nA late paragraph about the reservoir added by the editors.\n");
        c.close();
        struct utimbuf times{1700000000, 1700000000};
        QCOMPARE(::utime(QFile::encodeName(touched).constData(), &times), 0);
        QByteArray vanishedBytes;
        {
            QFile v(vanished);
            QVERIFY(v.open(QIODevice::ReadOnly));
            vanishedBytes = v.readAll();
        }
        QVERIFY(QFile::remove(vanished));

        const ImportSummary s = importNow();
        QVERIFY(s.ok);
        QCOMPARE(s.added, 0);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.missing, 1);
        QCOMPARE(s.unchanged, TestUtil::sampleArticleCount() - 2); // the touched file counts as unchanged

        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        QCOMPARE(store.count(), TestUtil::sampleArticleCount()); // nothing deleted
        const auto gone = articleByPath(store, QStringLiteral("the-daily-ledger/dam-warnings-ignored.txt"));
        QVERIFY(gone);
        QCOMPARE(gone->state, ArticleState::Missing);
        QVERIFY(!gone->body.isEmpty());
        QVERIFY(articleByPath(store, QStringLiteral("northline-news/kellsmoor-evacuation.txt"))->body.contains(QLatin1String("late paragraph")));

        // The file comes back: the article is imported again, not duplicated.
        QVERIFY(TestUtil::writeFile(vanished, vanishedBytes));
        const ImportSummary back = importNow();
        QCOMPARE(back.added, 0);
        QCOMPARE(store.count(ArticleState::Missing), 0);
        QCOMPARE(store.count(), TestUtil::sampleArticleCount());
    }

    void reimport_renamedAndMovedFiles_keepTheirArticles()
    {
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        const qint64 renamedId = articleByPath(store, QStringLiteral("harbour-gazette/port-carrow-deal.txt"))->id;
        const qint64 movedId = articleByPath(store, QStringLiteral("northline-news/kellsmoor-evacuation.txt"))->id;
        QVERIFY(QFile::rename(m_corpus + QStringLiteral("/harbour-gazette/port-carrow-deal.txt"),
                              m_corpus + QStringLiteral("/harbour-gazette/deal-final.txt")));
        QVERIFY(QDir().mkpath(m_corpus + QStringLiteral("/archive")));
        QVERIFY(QFile::rename(m_corpus + QStringLiteral("/northline-news/kellsmoor-evacuation.txt"),
                              m_corpus + QStringLiteral("/archive/kellsmoor-evacuation.txt")));
        const ImportSummary s = importNow();
        QVERIFY(s.ok);
        QCOMPARE(s.added, 0);
        QCOMPARE(s.missing, 0);
        QCOMPARE(s.moved, 2);
        QCOMPARE(store.count(), TestUtil::sampleArticleCount());
        QCOMPARE(articleByPath(store, QStringLiteral("harbour-gazette/deal-final.txt"))->id, renamedId);
        QCOMPARE(articleByPath(store, QStringLiteral("archive/kellsmoor-evacuation.txt"))->id, movedId);
        QVERIFY(!articleByPath(store, QStringLiteral("harbour-gazette/port-carrow-deal.txt")));
        QString error;
        QVERIFY(!store.search(QStringLiteral("Ashwater"), 50, &error).isEmpty()); // the index still holds it
        QCOMPARE(importNow().unchanged, TestUtil::sampleArticleCount());
    }

    void reimport_fileTurnedBinary_keepsItsTextMarkedUnreadable()
    {
        QVERIFY(importNow().ok);
        const QString path = m_corpus + QStringLiteral("/harbour-gazette/port-carrow-deal.txt");
        QByteArray good;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            good = f.readAll();
        }
        QVERIFY(TestUtil::writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        const ImportSummary s = importNow();
        QVERIFY(s.ok);
        QCOMPARE(s.skipped, 1);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        auto a = articleByPath(store, QStringLiteral("harbour-gazette/port-carrow-deal.txt"));
        QVERIFY(a);
        QCOMPARE(a->state, ArticleState::Unreadable);
        QVERIFY(!a->body.isEmpty()); // the last text read is kept
        // Fixed again: back to imported.
        QVERIFY(TestUtil::writeFile(path, good));
        QVERIFY(importNow().ok);
        a = articleByPath(store, QStringLiteral("harbour-gazette/port-carrow-deal.txt"));
        QCOMPARE(a->state, ArticleState::Imported);
    }

    void cancel_thenRerun_completesTheImport()
    {
        std::atomic_bool cancel{false};
        Importer importer(m_corpus, m_dbPath);
        importer.setBatchSize(2);
        importer.setCancelFlag(&cancel);
        int progressCalls = 0;
        importer.setProgressSink([&](const Importer::Progress &p) {
            ++progressCalls;
            if (p.done >= 2)
                cancel = true; // cancel after the first batch is written
        });
        const ImportSummary s = importer.run();
        QVERIFY(s.ok);
        QVERIFY(s.cancelled);
        QVERIFY(s.added >= 2);
        QVERIFY(s.added < TestUtil::sampleArticleCount());
        QCOMPARE(s.missing, 0);
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QCOMPARE(ArticleStore(db.connection()).count(), s.added);
        }
        const ImportSummary rest = importNow();
        QVERIFY(rest.ok);
        QVERIFY(!rest.cancelled);
        QCOMPARE(rest.added + s.added, TestUtil::sampleArticleCount());
        // A cancelled run does not record metadata.csv as applied, so files it lists are read again.
        QCOMPARE(rest.unchanged + rest.updated, s.added);
    }

    void progress_isMonotonicAndEndsAtTotal()
    {
        Importer importer(m_corpus, m_dbPath);
        importer.setBatchSize(3);
        QList<Importer::Progress> seen;
        importer.setProgressSink([&](const Importer::Progress &p) { seen.append(p); });
        QVERIFY(importer.run().ok);
        QVERIFY(seen.size() >= 3);
        // Each phase counts up on its own (import, then linking); the import's ends at the total.
        QHash<int, int> last;
        QList<Importer::Progress> import;
        for (const Importer::Progress &p : std::as_const(seen)) {
            QVERIFY(p.done >= last.value(int(p.phase), -1));
            last[int(p.phase)] = p.done;
            if (p.phase == Importer::Progress::Phase::Import)
                import.append(p);
        }
        QVERIFY(last.contains(int(Importer::Progress::Phase::Link)));
        QCOMPARE(import.last().done, TestUtil::sampleArticleCount());
        QCOMPARE(import.last().total, TestUtil::sampleArticleCount());
    }

    void reimport_fileSwappedForFifo_isNotMarkedMissing()
    {
        QVERIFY(importNow().ok);
        const QString path = m_corpus + QStringLiteral("/harbour-gazette/port-carrow-deal.txt");
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        const ImportSummary s = importNow();
        QVERIFY(s.ok);
        // The scan could not look at it: skipped and reported, not concluded gone.
        QCOMPARE(s.missing, 0);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        QCOMPARE(store.count(ArticleState::Missing), 0);
    }

    void reimport_editedMetadataCsv_updatesUnchangedArticles()
    {
        QVERIFY(importNow().ok);
        const QString csv = m_corpus + QStringLiteral("/metadata.csv");
        QVERIFY(TestUtil::writeFile(csv, QByteArrayLiteral("path,outlet,url,date,title\n"
                                                           "harbour-gazette/port-carrow-deal.txt,Wire Desk,https://example.org/deal,2025-04-01,A new title\n")));
        const ImportSummary s = importNow();
        QVERIFY(s.ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        const auto a = articleByPath(store, QStringLiteral("harbour-gazette/port-carrow-deal.txt"));
        QVERIFY(a);
        QCOMPARE(a->outlet, QStringLiteral("Wire Desk"));
        QCOMPARE(a->title, QStringLiteral("A new title"));
        QCOMPARE(a->published, QDate(2025, 4, 1));
        QString error;
        QCOMPARE(store.search(QStringLiteral("\"A new title\""), 10, &error).size(), 1);
        // The rows the old file had and the new one lacks fall back to the article's own metadata.
        const auto formerRow = articleByPath(store, QStringLiteral("the-daily-ledger/port-strike-talks.md"));
        QVERIFY(formerRow);
        QVERIFY(formerRow->url.isEmpty());
        // Nothing else was re-read.
        QCOMPARE(s.updated, 4); // the new row, and the three rows the old file had
        const ImportSummary again = importNow();
        QCOMPARE(again.updated, 0);
    }

    void reimport_afterAKilledRun_marksItInterrupted()
    {
        QVERIFY(importNow().ok);
        qint64 dead = 0;
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            dead = ArticleStore(db.connection()).beginRun(m_corpus); // as a killed import leaves it
        }
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM import_runs WHERE id=%1").arg(dead)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("interrupted"));
    }

    void import_namesThatDifferOnlyInEscaping_stayTwoArticles()
    {
        // The byte 0xFF is shown as \xff; a real backslash is doubled, so the two never collide.
        const QByteArray dir = QFile::encodeName(m_corpus + QStringLiteral("/odd"));
        QVERIFY(QDir().mkpath(m_corpus + QStringLiteral("/odd")));
        QVERIFY(TestUtil::writeFile(QFile::decodeName(dir + "/a\\xff.txt"), QByteArrayLiteral("Literal backslash\n\nText one.\n")));
        {
            QFile raw;
            const QByteArray rawName = dir + "/a\xff.txt";
            FILE *f = std::fopen(rawName.constData(), "w");
            QVERIFY(f);
            std::fputs("Raw byte\n\nText two.\n", f);
            std::fclose(f);
        }
        const ImportSummary s = importNow();
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.added, TestUtil::sampleArticleCount() + 2);
        QCOMPARE(s.skipped, 0);
    }

    void import_whileAnotherImportRuns_failsWithMessage()
    {
        QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
        QLockFile other(m_dbPath + QStringLiteral(".import-lock"));
        QVERIFY(other.tryLock(0)); // as another process's import holds it
        const ImportSummary s = importNow();
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QLatin1String("Another import")), qPrintable(s.error));
        other.unlock();
        QVERIFY(importNow().ok);
    }

    void import_missingFolder_failsWithMessage()
    {
        Importer importer(m_tmp.filePath(QStringLiteral("does-not-exist")), m_dbPath);
        const ImportSummary s = importer.run();
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QLatin1String("does-not-exist")), qPrintable(s.error));
    }

    void import_bbcCorpus_allArticlesAndThePoundSign()
    {
        const QString shared = TestUtil::sharedDir();
        if (shared.isEmpty())
            QSKIP("../shared is not on this machine");
        const QString bbc = shared + QStringLiteral("/corpora/bbc");
        Importer importer(bbc, m_tmp.filePath(QStringLiteral("bbc.sqlite")));
        const ImportSummary s = importer.run();
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.added, 2225);
        QCOMPARE(s.skipped, 0);
        Database db;
        QVERIFY(db.open(m_tmp.filePath(QStringLiteral("bbc.sqlite"))));
        ArticleStore store(db.connection());
        const auto a = articleByPath(store, QStringLiteral("sport/199.txt"));
        QVERIFY(a);
        QVERIFY(a->original.contains(QChar(0x00A3)));
        QVERIFY(a->encoding == QLatin1String("ISO-8859-1") || a->encoding == QLatin1String("windows-1252"));
    }
};

QTEST_GUILESS_MAIN(ImporterTest)
#include "importer_test.moc"
