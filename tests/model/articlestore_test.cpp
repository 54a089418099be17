// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "database.h"

#include <QTest>

using namespace Dossier;

class ArticleStoreTest : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    std::unique_ptr<ArticleStore> m_store;

    Article make(const QString &path, const QString &title, const QString &outlet, const QDate &date, const QString &body)
    {
        Article a;
        a.path = path;
        a.title = title;
        a.outlet = outlet;
        a.published = date;
        a.body = body;
        a.original = title + QStringLiteral("\n\n") + body;
        a.size = a.original.size();
        a.mtime = 1;
        a.encoding = QStringLiteral("UTF-8");
        return a;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        m_store = std::make_unique<ArticleStore>(m_db.connection());
        QVERIFY(m_store->transaction());
        QVERIFY(m_store->insert(make(QStringLiteral("a/dam.txt"), QStringLiteral("Dam breach floods Kellsmoor"), QStringLiteral("Harbour Gazette"),
                                     QDate(2025, 3, 14), QStringLiteral("The Brennock dam failed at dawn, officials said."))));
        QVERIFY(m_store->insert(make(QStringLiteral("b/strike.txt"), QStringLiteral("Dockers walk out"), QStringLiteral("Northline News"),
                                     QDate(2025, 3, 20), QStringLiteral("The port strike entered its second day."))));
        QVERIFY(m_store->insert(make(QStringLiteral("b/undated.txt"), QStringLiteral("zebra notes"), QString(), QDate(),
                                     QStringLiteral("Nothing about dams here, only <tags> & ampersands."))));
        QVERIFY(m_store->commit());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.close();
    }

    void insert_roundTripsEveryField()
    {
        const QList<qint64> ids = m_store->ids({}, ArticleSort::Path, Qt::AscendingOrder);
        QCOMPARE(ids.size(), 3);
        const auto a = m_store->article(ids.first());
        QVERIFY(a);
        QCOMPARE(a->path, QStringLiteral("a/dam.txt"));
        QCOMPARE(a->outlet, QStringLiteral("Harbour Gazette"));
        QCOMPARE(a->published, QDate(2025, 3, 14));
        QCOMPARE(a->encoding, QStringLiteral("UTF-8"));
        QVERIFY(a->original.startsWith(QLatin1String("Dam breach")));
        QCOMPARE(a->state, ArticleState::Imported);
        QVERIFY(!m_store->article(999));
    }

    void ids_filtersAndSorts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all by title") << QString() << QString() << QDate() << QDate() << int(ArticleSort::Title)
                                      << QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("b/strike.txt"), QStringLiteral("b/undated.txt")};
        QTest::newRow("text in title, any case") << QStringLiteral("DOCKERS") << QString() << QDate() << QDate() << int(ArticleSort::Title)
                                                 << QStringList{QStringLiteral("b/strike.txt")};
        QTest::newRow("text in path") << QStringLiteral("undated") << QString() << QDate() << QDate() << int(ArticleSort::Title)
                                      << QStringList{QStringLiteral("b/undated.txt")};
        QTest::newRow("LIKE wildcards are literal") << QStringLiteral("%") << QString() << QDate() << QDate() << int(ArticleSort::Title) << QStringList{};
        QTest::newRow("outlet") << QString() << QStringLiteral("Northline News") << QDate() << QDate() << int(ArticleSort::Title)
                                << QStringList{QStringLiteral("b/strike.txt")};
        QTest::newRow("date range") << QString() << QString() << QDate(2025, 3, 15) << QDate(2025, 3, 31) << int(ArticleSort::Title)
                                    << QStringList{QStringLiteral("b/strike.txt")};
        QTest::newRow("by date, undated first") << QString() << QString() << QDate() << QDate() << int(ArticleSort::Published)
                                                << QStringList{QStringLiteral("b/undated.txt"), QStringLiteral("a/dam.txt"), QStringLiteral("b/strike.txt")};
    }

    void ids_filtersAndSorts()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, sort);
        QFETCH(QStringList, expected);
        const QList<qint64> ids = m_store->ids({text, outlet, from, to}, ArticleSort(sort), Qt::AscendingOrder);
        QStringList paths;
        for (const ArticleSummary &s : m_store->summaries(ids))
            paths << s.path;
        QCOMPARE(paths, expected);
    }

    void search_findsWordsWithSnippets()
    {
        QString error;
        const QList<SearchHit> hits = m_store->search(QStringLiteral("dam"), 10, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().title, QStringLiteral("Dam breach floods Kellsmoor"));
        QVERIFY2(hits.first().snippetHtml.contains(QLatin1String("<b>dam</b>")), qPrintable(hits.first().snippetHtml));
        // prefix queries reach "dams"; HTML in the text is escaped in the snippet
        const QList<SearchHit> prefix = m_store->search(QStringLiteral("dam*"), 10, &error);
        QCOMPARE(prefix.size(), 2);
        const QList<SearchHit> amp = m_store->search(QStringLiteral("ampersands"), 10, &error);
        QCOMPARE(amp.size(), 1);
        QVERIFY(amp.first().snippetHtml.contains(QLatin1String("&lt;tags&gt; &amp;")));
    }

    void search_malformedQuery_givesClearMessage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"dam breach");
        QTest::newRow("dangling operator") << QStringLiteral("dam AND");
        QTest::newRow("bare parenthesis") << QStringLiteral("(dam");
    }

    void search_malformedQuery_givesClearMessage()
    {
        QFETCH(QString, query);
        QString error;
        const QList<SearchHit> hits = m_store->search(query, 10, &error);
        QVERIFY(hits.isEmpty());
        QVERIFY2(error.contains(query), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("phrases")), qPrintable(error));
    }

    void update_reindexesFullText()
    {
        const qint64 id = m_store->ids({QStringLiteral("Dockers"), {}, {}, {}}, ArticleSort::Title, Qt::AscendingOrder).value(0);
        auto a = m_store->article(id);
        QVERIFY(a);
        a->body = QStringLiteral("Talks resumed with the harbour authority.");
        QVERIFY(m_store->update(*a));
        QString error;
        QCOMPARE(m_store->search(QStringLiteral("strike"), 10, &error).size(), 0);
        QCOMPARE(m_store->search(QStringLiteral("harbour"), 10, &error).size(), 1);
    }

    void setState_marksMissing()
    {
        const qint64 id = m_store->ids({}, ArticleSort::Path, Qt::AscendingOrder).value(0);
        QVERIFY(m_store->setState(id, ArticleState::Missing));
        QCOMPARE(m_store->count(ArticleState::Missing), 1);
        QCOMPARE(m_store->count(), 3);
        QVERIFY(m_store->touch(id, 5, 6));
        QCOMPARE(m_store->count(ArticleState::Missing), 0);
    }

    void importLog_keepsEntriesPerRun()
    {
        const qint64 run = m_store->beginRun(QStringLiteral("/corpus"));
        QVERIFY(run > 0);
        QVERIFY(m_store->logIssue(run, QStringLiteral("x.txt"), QStringLiteral("skipped"), QStringLiteral("binary file")));
        QVERIFY(m_store->finishRun(run, QStringLiteral("done"), {1, 0, 0, 0, 1}));
        QCOMPARE(m_store->latestRun(), run);
        const qint64 running = m_store->beginRun(QStringLiteral("/corpus"));
        QVERIFY(running > run);
        QCOMPARE(m_store->latestRun(), run); // a run still going has no complete log yet
        const QList<ImportLogEntry> log = m_store->importLog(run);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().reason, QStringLiteral("binary file"));
        QCOMPARE(m_store->outlets(), (QStringList{QStringLiteral("Harbour Gazette"), QStringLiteral("Northline News")}));
        QCOMPARE(m_store->earliest(), QDate(2025, 3, 14));
        QCOMPARE(m_store->latest(), QDate(2025, 3, 20));
    }
};

QTEST_GUILESS_MAIN(ArticleStoreTest)
#include "articlestore_test.moc"
