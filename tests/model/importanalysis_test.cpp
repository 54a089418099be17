// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis as part of the import: stored with each new or changed article, versioned, and
// re-run only for what an older analyser made.
#include "analyser.h"
#include "analysismodels.h"
#include "analysisstore.h"
#include "articlestore.h"
#include "database.h"
#include "importer.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class ImportAnalysisTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_dbPath;

    ImportSummary import(bool analyse = true)
    {
        Importer importer(m_corpus, m_dbPath);
        importer.setAnalysisEnabled(analyse);
        return importer.run();
    }

    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QDir().mkpath(m_corpus);
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/kremlin.txt"),
                                    "Kremlin rejects claim\n\n"
                                    "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Tuesday.\n\n"
                                    "\xe2\x80\x9cPutin has no contact with Donald Trump,\xe2\x80\x9d Peskov said.\n\n"
                                    "He added: \xe2\x80\x9cThere are no plans for a meeting.\xe2\x80\x9d\n"));
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/plain.txt"), "A quiet day\n\nNothing was said at all.\n"));
        m_dbPath = m_dir.filePath(QStringLiteral("db/corpus.sqlite"));
    }

    void cleanup()
    {
        QDir(m_dir.path()).removeRecursively();
    }

    void import_storesTheAnalysisOfEachArticle()
    {
        const ImportSummary s = import();
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.added, 2);
        QCOMPARE(s.analysed, 2);
        Database db;
        QVERIFY(db.open(m_dbPath));
        AnalysisStore analysis(db.connection());
        ArticleStore articles(db.connection());
        const QList<qint64> ids = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder);
        const auto kremlin = articles.article(ids.first());
        QCOMPARE(kremlin->path, QStringLiteral("kremlin.txt"));
        const StoredAnalysis a = analysis.analysis(kremlin->id);
        QVERIFY(a.analysed);
        QVERIFY(a.quotes.size() >= 2);
        QVERIFY(!a.mentions.isEmpty());
        for (const StoredMention &m : a.mentions)
            QVERIFY(m.start >= 0 && m.end <= kremlin->body.size() && m.start < m.end);
        QVERIFY(analysis.analysis(ids.last()).analysed); // analysed, nothing found
        QCOMPARE(analysis.quoteCount(), int(a.quotes.size()));

        // Unchanged files are not analysed again.
        const ImportSummary again = import();
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.analysed, 0);
    }

    void olderAnalyses_areRedone_andOnlyThose()
    {
        QVERIFY(import().ok);
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QSqlQuery q(db.connection());
            // As if an older quote detector had analysed one article.
            QVERIFY(q.exec(QStringLiteral("UPDATE article_analysis SET quote_version = quote_version - 1, quotes = x'', quote_count = 0 "
                                          "WHERE article_id = (SELECT id FROM articles WHERE path = 'kremlin.txt')")));
        }
        ImportSummary s = import();
        QVERIFY(s.ok);
        QCOMPARE(s.unchanged, 2);
        QCOMPARE(s.analysed, 1);
        Database db;
        QVERIFY(db.open(m_dbPath));
        QVERIFY(count(db.connection(), QStringLiteral("SELECT quote_count FROM article_analysis WHERE article_id = "
                                                      "(SELECT id FROM articles WHERE path = 'kremlin.txt')"))
                >= 2);
        QCOMPARE(AnalysisStore(db.connection()).analysis(count(db.connection(), QStringLiteral("SELECT id FROM articles WHERE path = 'kremlin.txt'")))
                     .quotes.size(),
                 count(db.connection(), QStringLiteral("SELECT quote_count FROM article_analysis WHERE article_id = "
                                                       "(SELECT id FROM articles WHERE path = 'kremlin.txt')")));
        QCOMPARE(count(db.connection(), QStringLiteral("SELECT count(*) FROM article_analysis WHERE quote_version = %1 AND ner_version = %2")
                                            .arg(Analyser::quoteVersion())
                                            .arg(Analyser::nerVersion())),
                 2);
    }

    void importWithoutAnalysis_isCompletedByTheNextImport()
    {
        ImportSummary s = import(false);
        QVERIFY(s.ok);
        QCOMPARE(s.analysed, 0);
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            QCOMPARE(count(db.connection(), QStringLiteral("SELECT count(*) FROM article_analysis")), 0);
        }
        s = import();
        QCOMPARE(s.unchanged, 2);
        QCOMPARE(s.analysed, 2);
    }

    void changedFile_isAnalysedAgain_andCorrectionsHold()
    {
        QVERIFY(import().ok);
        qint64 peskov = 0;
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            AnalysisStore analysis(db.connection());
            for (const EntityRecord &e : analysis.entities()) {
                if (e.name == QLatin1String("Dmitry Peskov"))
                    peskov = e.id;
            }
            QVERIFY2(peskov != 0, "the speaker is a registry entity");
            QVERIFY(analysis.rename(peskov, QStringLiteral("Dmitri Peskov")));
        }
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/kremlin.txt"),
                                    "Kremlin rejects claim\n\n"
                                    "Kremlin spokesman Dmitry Peskov spoke again in Moscow.\n\n"
                                    "\xe2\x80\x9cNothing has changed,\xe2\x80\x9d Peskov said.\n"));
        const ImportSummary s = import();
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.analysed, 1);
        Database db;
        QVERIFY(db.open(m_dbPath));
        AnalysisStore analysis(db.connection());
        ArticleStore articles(db.connection());
        const qint64 id = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder).first();
        const StoredAnalysis a = analysis.analysis(id);
        QCOMPARE(a.quotes.size(), 1);
        QCOMPARE(a.quotes.first().span.speaker, QStringLiteral("Dmitri Peskov"));
        QCOMPARE(a.quotes.first().speakerEntity, peskov);
    }

    void quoteModel_listsSpeakerAndText()
    {
        QVERIFY(import().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        AnalysisStore analysis(db.connection());
        ArticleStore articles(db.connection());
        const auto kremlin = articles.article(articles.ids({}, ArticleSort::Path, Qt::AscendingOrder).first());
        const StoredAnalysis a = analysis.analysis(kremlin->id);
        QuoteListModel quotes;
        quotes.setQuotes(kremlin->body, a.quotes);
        QCOMPARE(quotes.rowCount(), int(a.quotes.size()));
        const QModelIndex first = quotes.index(0, QuoteListModel::QuoteColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("Putin has no contact with Donald Trump,"));
        QCOMPARE(quotes.index(0, QuoteListModel::SpeakerColumn).data().toString(), QStringLiteral("Dmitry Peskov"));
        QCOMPARE(kremlin->body.mid(first.data(QuoteListModel::StartRole).toInt(),
                                   first.data(QuoteListModel::EndRole).toInt() - first.data(QuoteListModel::StartRole).toInt()),
                 first.data().toString());

        EntityTreeModel entities;
        entities.setArticle(kremlin->body, a);
        QVERIFY(entities.rowCount() >= 2);
        const QModelIndex people = entities.index(0, 0);
        QCOMPARE(people.data().toString(), EntityTreeModel::typeName(EntityType::Person, true));
        bool found = false;
        for (int i = 0; i < entities.rowCount(people); ++i) {
            const QModelIndex e = entities.index(i, 0, people);
            if (e.data().toString() == QLatin1String("Dmitry Peskov")) {
                found = true;
                QCOMPARE(entities.index(i, EntityTreeModel::CountColumn, people).data().toInt(), 2); // both mentions
                QVERIFY(e.data(EntityTreeModel::EntityIdRole).toLongLong() != 0);
            }
        }
        QVERIFY(found);
        QCOMPARE(entities.parent(entities.index(0, 0, people)), people);
    }
};

QTEST_GUILESS_MAIN(ImportAnalysisTest)
#include "importanalysis_test.moc"
