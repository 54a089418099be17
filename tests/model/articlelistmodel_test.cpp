// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "database.h"
#include "linkstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

// A filter on title, outlet and dates only.
ArticleFilter listFilter(const QString &text, const QString &outlet = {}, const QDate &from = {}, const QDate &to = {})
{
    ArticleFilter f;
    f.text = text;
    f.outlet = outlet;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

class ArticleListModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_path;
    static constexpr int rows = 100000;

private Q_SLOTS:
    void initTestCase()
    {
        // 100,000 articles, as the list must stay smooth at that size.
        m_path = m_tmp.filePath(QStringLiteral("big.sqlite"));
        Database db;
        QVERIFY(db.open(m_path));
        ArticleStore store(db.connection());
        QVERIFY(store.transaction());
        const QStringList outlets{QStringLiteral("Harbour Gazette"), QStringLiteral("Northline News"), QStringLiteral("The Daily Ledger")};
        for (int i = 0; i < rows; ++i) {
            Article a;
            a.path = QStringLiteral("o%1/a%2.txt").arg(i % 3).arg(i, 6, 10, QLatin1Char('0'));
            a.title = QStringLiteral("Story %1").arg(i, 6, 10, QLatin1Char('0'));
            a.outlet = outlets.at(i % 3);
            a.published = QDate(2024, 1, 1).addDays(i % 366);
            a.body = QStringLiteral("body");
            a.size = 4;
            QVERIFY(store.insert(a) > 0);
        }
        QVERIFY(store.commit());
    }

    void model_passesModelTesterAndLoadsLazily()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
        // Reading the last row must not load everything before it.
        QElapsedTimer t;
        t.start();
        const QString last = model.data(model.index(rows - 1, ArticleListModel::TitleColumn)).toString();
        QVERIFY(!last.isEmpty());
        for (int r = 50000; r < 50100; ++r)
            QVERIFY(!model.data(model.index(r, ArticleListModel::OutletColumn)).toString().isEmpty());
        QVERIFY2(t.elapsed() < 1000, "reading two pages took more than a second");
        const qint64 id = model.data(model.index(123, 0), ArticleListModel::IdRole).toLongLong();
        QCOMPARE(model.rowOf(id), 123);
        QCOMPARE(model.idAt(123), id);
    }

    void sort_byTitle_bothOrders()
    {
        ArticleListModel model;
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        QVERIFY(refreshed.wait(10000));
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Story 000000"));
        model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Story 099999"));
    }

    void filter_byTextOutletAndDate()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        QVERIFY(refreshed.wait(10000));
        model.setFilter(listFilter(QStringLiteral("Story 0999")));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 100);
        model.setFilter(listFilter({}, QStringLiteral("Northline News")));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), rows / 3);
        for (int r = 0; r < 20; ++r)
            QCOMPARE(model.data(model.index(r, ArticleListModel::OutletColumn)).toString(), QStringLiteral("Northline News"));
        model.setFilter(listFilter({}, {}, QDate(2024, 1, 1), QDate(2024, 1, 1)));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 274); // day 0 of every 366
    }

    void refresh_countsTheCorpusOnTheWorker()
    {
        ArticleListModel model;
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.corpusCount(), rows);
        QCOMPARE(model.missingCount(), 0);
        {
            Database db;
            QVERIFY(db.open(m_path));
            QVERIFY(ArticleStore(db.connection()).setState(model.idAt(0), ArticleState::Missing));
        }
        // A filter narrows the rows, not the corpus counts; it does not count again (only an
        // import changes them, and it calls refresh()).
        model.setFilter(listFilter(QStringLiteral("Story 00000")));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.corpusCount(), rows);
        QCOMPARE(model.missingCount(), 0);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.corpusCount(), rows);
        QCOMPARE(model.missingCount(), 1);
        Database db;
        QVERIFY(db.open(m_path));
        QVERIFY(ArticleStore(db.connection()).setState(model.idAt(0), ArticleState::Imported));
    }

    void refresh_staleResultsAreDropped()
    {
        ArticleListModel model;
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        // Two filters in a row: only the second one's result may land.
        model.setFilter(listFilter(QStringLiteral("Story 00000")));
        model.setFilter(listFilter(QStringLiteral("Story 00001")));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing() && refreshed.size() >= 1, 10000);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, 0)).toString().left(11), QStringLiteral("Story 00001"));
    }

    void filter_onAnnotationsAndFullText_onTheWorker()
    {
        // Three of the 100,000 articles annotated: two under Politics (one a claim), one Economy.
        QList<qint64> annotated;
        QString economyOutlet, otherOutlet;
        qint64 politicsId = 0, economyId = 0;
        {
            Database db;
            QVERIFY(db.open(m_path));
            const ArticleStore articles(db.connection());
            const QList<qint64> all = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder);
            annotated = {all.at(10), all.at(50000), all.at(99990)};
            std::sort(annotated.begin(), annotated.end());
            economyOutlet = articles.summaries({annotated.at(2)}).value(0).outlet;
            otherOutlet = economyOutlet == QLatin1String("Northline News") ? QStringLiteral("Harbour Gazette") : QStringLiteral("Northline News");
            AnnotationStore store(db.connection());
            QVERIFY(store.transaction());
            Tag politics, elections, economy;
            politics.name = QStringLiteral("Politics");
            QVERIFY(store.insertTag(politics));
            elections.name = QStringLiteral("Elections");
            elections.parent = politics.id;
            QVERIFY(store.insertTag(elections));
            economy.name = QStringLiteral("Economy");
            QVERIFY(store.insertTag(economy));
            politicsId = politics.id;
            economyId = economy.id;
            const QList<qint64> tags{elections.id, politics.id, economy.id};
            for (int i = 0; i < 3; ++i) {
                Annotation a;
                a.articleId = annotated.at(i);
                a.anchor = TextAnchor::make(QStringLiteral("body"), 0, 4);
                a.tags = {tags.at(i)};
                if (i == 0)
                    a.claim = ClaimStatus::Misleading;
                a.created = a.modified = QDateTime::currentDateTimeUtc();
                QVERIFY(store.insertAnnotation(a));
            }
            QVERIFY(store.commit());
        }
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        QVERIFY(refreshed.wait(10000));
        const auto rowsOf = [&](const ArticleFilter &f) {
            model.setFilter(f);
            if (!refreshed.wait(10000))
                return QList<qint64>{-1};
            QList<qint64> ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.idAt(r);
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        ArticleFilter f;
        f.annotatedOnly = true;
        QCOMPARE(rowsOf(f), annotated);
        f = {};
        f.tags = {politicsId}; // Politics: its own annotation and its child's
        QCOMPARE(rowsOf(f), annotated.mid(0, 2));
        f.claimStatus = ClaimStatus::Misleading;
        QCOMPARE(rowsOf(f), annotated.mid(0, 1));
        f = {};
        // Every body is "body": the text matches all, the outlet a third, the tag one.
        f.query = QStringLiteral("body");
        f.tags = {economyId};
        f.outlet = economyOutlet;
        QCOMPARE(rowsOf(f), annotated.mid(2));
        f.outlet = otherOutlet;
        QCOMPARE(rowsOf(f), QList<qint64>());
        QVERIFY(model.errorString().isEmpty());
        f = {};
        f.query = QStringLiteral("body AND");
        QCOMPARE(rowsOf(f), QList<qint64>());
        QVERIFY2(model.errorString().contains(QLatin1String("body AND")), qPrintable(model.errorString()));
        f.query = QStringLiteral("body");
        QCOMPARE(rowsOf(f).size(), rows);
        QVERIFY(model.errorString().isEmpty());
    }

    void sort_byStory_groupsStoriesOverTheCorpus()
    {
        // 3,000 stories of 2 to 4 articles among the 100,000 (articles i, i+1, … linked in a
        // chain), and one quote altered between the first two articles of one story.
        QList<qint64> all;
        qint64 altered0 = 0, altered1 = 0;
        {
            Database db;
            QVERIFY(db.open(m_path));
            const ArticleStore articles(db.connection());
            all = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder);
            LinkStore links(db.connection());
            QVERIFY(db.connection().transaction());
            int at = 0;
            for (int story = 0; story < 3000; ++story) {
                const int size = 2 + story % 3;
                for (int k = 1; k < size; ++k)
                    QVERIFY(links.insertStoryLink({all.at(at + k - 1), all.at(at + k), StoryRelation::NearDuplicate, 0.8, 0.8}));
                at += size + 20; // apart: the list's other orders do not keep them together
            }
            altered0 = all.at(0);
            altered1 = all.at(1);
            LinkedQuote a, b;
            a.id = altered0 * 65536;
            a.article = altered0;
            a.end = 4;
            a.text = QStringLiteral("no contact");
            b = a;
            b.id = altered1 * 65536;
            b.article = altered1;
            b.text = QStringLiteral("no contacts");
            QVERIFY(links.insertLinkedQuote(a) && links.insertLinkedQuote(b) && links.insertQuoteLink(a.id, b.id));
            QVERIFY(links.rebuildClusters());
            QVERIFY(db.connection().commit());
            QCOMPARE(links.storyCount(), 3000);
        }

        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ArticleListModel::refreshed);
        QVERIFY(model.setDatabasePath(m_path));
        QVERIFY(refreshed.wait(10000));
        QElapsedTimer t;
        t.start();
        model.sort(ArticleListModel::StoryColumn, Qt::DescendingOrder);
        QVERIFY(refreshed.wait(10000));
        qInfo("story order over %d articles: %lld ms (debug build, with the model reset)", rows, qlonglong(t.elapsed()));
        QCOMPARE(model.sortKey(), ArticleSort::Story);
        QCOMPARE(model.rowCount(), rows);
        // 1,000 stories of 4, then of 3, then of 2: each story's rows together, then no story.
        const int storyRows = 1000 * (4 + 3 + 2);
        QSet<qint64> seen;
        qint64 current = 0;
        int size = 4;
        for (int r = 0; r < storyRows; ++r) {
            const qint64 story = model.data(model.index(r, 0), ArticleListModel::StoryRole).toLongLong();
            QVERIFY2(story != 0, qPrintable(QStringLiteral("row %1").arg(r)));
            if (story != current) {
                QVERIFY2(!seen.contains(story), "a story's articles are apart");
                seen.insert(story);
                current = story;
                size = 4 - (int(seen.size()) - 1) / 1000;
            }
            if (r % 97 == 0) // the Story column says the story's size
                QVERIFY(model.data(model.index(r, ArticleListModel::StoryColumn)).toString().startsWith(QStringLiteral("%1 articles").arg(size)));
        }
        QCOMPARE(seen.size(), 3000);
        for (int r = storyRows; r < rows; r += 1013) {
            QCOMPARE(model.data(model.index(r, 0), ArticleListModel::StoryRole).toLongLong(), 0);
            QVERIFY(model.data(model.index(r, ArticleListModel::StoryColumn)).toString().isEmpty());
        }
        const QString first = model.data(model.index(0, ArticleListModel::StoryColumn)).toString();
        QCOMPARE(first, QStringLiteral("4 articles · 1 outlet")); // path order: one outlet's folder after another

        // The altered-quotes filter, in the story order: the two articles, their story together.
        ArticleFilter f;
        f.alteredQuotes = true;
        model.setFilter(f);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE((QSet<qint64>{model.idAt(0), model.idAt(1)}), (QSet<qint64>{altered0, altered1}));
        // One story only, as the Stories view asks for.
        f = {};
        f.story = model.data(model.index(0, 0), ArticleListModel::StoryRole).toLongLong();
        model.setFilter(f);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 2); // the story of the first two articles
        QCOMPARE((QSet<qint64>{model.idAt(0), model.idAt(1)}), (QSet<qint64>{altered0, altered1}));
        f = {};
        f.inStory = true;
        model.setFilter(f);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), storyRows);
    }
};

QTEST_GUILESS_MAIN(ArticleListModelTest)
#include "articlelistmodel_test.moc"
