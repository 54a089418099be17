// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "database.h"
#include "linkstore.h"
#include "storymodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class StoryModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_path;
    QHash<QString, qint64> m_ids; // by title

    // Seven articles; stories linked as the import would:
    //   "Flood" (3): Flood A (Gazette, 03-10), Flood B (Ledger, 03-09), Flood C (Courier, 03-12)
    //   "Strike" (2): Strike A (Gazette, 02-01), Strike B (Gazette, 02-03)
    //   "Budget" (2): Budget A (Ledger, undated), Budget B (Courier, 04-01)
    //   Alone: in no story
    bool build()
    {
        Database db;
        if (!db.open(m_path))
            return false;
        ArticleStore articles(db.connection());
        if (!articles.transaction())
            return false;
        const struct
        {
            const char *title;
            const char *outlet;
            QDate date;
        } rows[] = {
            {"Flood A", "Gazette", QDate(2025, 3, 10)},  {"Flood B", "Ledger", QDate(2025, 3, 9)},
            {"Flood C", "Courier", QDate(2025, 3, 12)},  {"Strike A", "Gazette", QDate(2025, 2, 1)},
            {"Strike B", "Gazette", QDate(2025, 2, 3)},  {"Budget A", "Ledger", QDate()},
            {"Budget B", "Courier", QDate(2025, 4, 1)},  {"Alone", "Ledger", QDate(2025, 1, 1)},
        };
        for (const auto &r : rows) {
            Article a;
            a.title = QString::fromLatin1(r.title);
            a.path = a.title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".txt");
            a.outlet = QString::fromLatin1(r.outlet);
            a.published = r.date;
            a.body = a.title;
            const qint64 id = articles.insert(a);
            if (id == 0)
                return false;
            m_ids.insert(a.title, id);
        }
        if (!articles.commit())
            return false;
        return link(db, {{"Flood A", "Flood B"}, {"Flood B", "Flood C"}, {"Strike A", "Strike B"}, {"Budget A", "Budget B"}});
    }

    bool link(Database &db, const QList<std::pair<const char *, const char *>> &pairs)
    {
        LinkStore links(db.connection());
        if (!db.connection().transaction())
            return false;
        for (const auto &[a, b] : pairs) {
            if (!links.insertStoryLink({m_ids.value(QString::fromLatin1(a)), m_ids.value(QString::fromLatin1(b)), StoryRelation::NearDuplicate, 0.8, 0.9}))
                return false;
        }
        return links.rebuildClusters() && db.connection().commit();
    }

    static QStringList titles(const StoryListModel &model, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r)
            out << model.index(r, StoryListModel::TitleColumn, parent).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_path = m_tmp.filePath(QStringLiteral("stories.sqlite"));
        QVERIFY(build());
    }

    void model_listsStoriesWithTheirArticles()
    {
        StoryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &StoryListModel::refreshed);
        model.setDatabasePath(m_path);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(model.errorString().isEmpty());
        QCOMPARE(model.storyCount(), 3);
        // Largest first; of the two stories of two, the earlier first published. A story is named
        // by its first article, by date.
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Flood B"), QStringLiteral("Strike A"), QStringLiteral("Budget B")}));
        const QModelIndex flood = model.index(0, 0);
        QCOMPARE(model.index(0, StoryListModel::ArticlesColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, StoryListModel::OutletsColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, StoryListModel::OutletsColumn).data().toInt(), 1);
        QCOMPARE(flood.data(StoryListModel::StoryRole).toLongLong(), m_ids.value(QStringLiteral("Flood A"))); // the lowest id
        QCOMPARE(flood.data(StoryListModel::ArticleRole).toLongLong(), 0);
        const QString tip = flood.data(Qt::ToolTipRole).toString(); // the outlets, listed as the locale lists
        for (const char *outlet : {"Courier", "Gazette", "Ledger"})
            QVERIFY2(tip.contains(QLatin1String(outlet)), qPrintable(tip));
        // Its articles in order of publication, with their outlets and ids.
        QCOMPARE(titles(model, flood), (QStringList{QStringLiteral("Flood B"), QStringLiteral("Flood A"), QStringLiteral("Flood C")}));
        const QModelIndex b = model.index(0, StoryListModel::OutletsColumn, flood);
        QCOMPARE(b.data().toString(), QStringLiteral("Ledger"));
        QCOMPARE(b.data(StoryListModel::ArticleRole).toLongLong(), m_ids.value(QStringLiteral("Flood B")));
        QCOMPARE(b.data(StoryListModel::StoryRole).toLongLong(), flood.data(StoryListModel::StoryRole).toLongLong());
        QCOMPARE(model.parent(b), flood);
        QCOMPARE(model.rowCount(b), 0);
        // An undated article comes last in its story.
        QCOMPARE(titles(model, model.index(2, 0)), (QStringList{QStringLiteral("Budget B"), QStringLiteral("Budget A")}));
        QCOMPARE(model.indexOfStory(m_ids.value(QStringLiteral("Strike A"))), model.index(1, 0));
        QCOMPARE(model.storyTitle(m_ids.value(QStringLiteral("Strike A"))), QStringLiteral("Strike A"));
    }

    void sort_bySizeOutletsDateAndTitle_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("size, smallest first") << int(StoryListModel::ArticlesColumn) << int(Qt::AscendingOrder)
                                              << QStringList{QStringLiteral("Strike A"), QStringLiteral("Budget B"), QStringLiteral("Flood B")};
        QTest::newRow("outlets, most first") << int(StoryListModel::OutletsColumn) << int(Qt::DescendingOrder)
                                             << QStringList{QStringLiteral("Flood B"), QStringLiteral("Budget B"), QStringLiteral("Strike A")};
        QTest::newRow("outlets, fewest first") << int(StoryListModel::OutletsColumn) << int(Qt::AscendingOrder)
                                               << QStringList{QStringLiteral("Strike A"), QStringLiteral("Budget B"), QStringLiteral("Flood B")};
        QTest::newRow("first published, earliest first") << int(StoryListModel::DateColumn) << int(Qt::AscendingOrder)
                                                         << QStringList{QStringLiteral("Strike A"), QStringLiteral("Flood B"), QStringLiteral("Budget B")};
        QTest::newRow("first published, latest first") << int(StoryListModel::DateColumn) << int(Qt::DescendingOrder)
                                                       << QStringList{QStringLiteral("Budget B"), QStringLiteral("Flood B"), QStringLiteral("Strike A")};
        QTest::newRow("title") << int(StoryListModel::TitleColumn) << int(Qt::AscendingOrder)
                               << QStringList{QStringLiteral("Budget B"), QStringLiteral("Flood B"), QStringLiteral("Strike A")};
    }

    void sort_bySizeOutletsDateAndTitle()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        StoryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &StoryListModel::refreshed);
        model.setDatabasePath(m_path);
        QVERIFY(refreshed.wait(10000));
        // A persistent index (a view's current item) follows its article through the sort.
        const QPersistentModelIndex floodC = model.index(2, 0, model.index(0, 0));
        QCOMPARE(floodC.data().toString(), QStringLiteral("Flood C"));
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(titles(model), expected);
        QVERIFY(floodC.isValid());
        QCOMPARE(floodC.data().toString(), QStringLiteral("Flood C"));
        QCOMPARE(floodC.parent().data().toString(), QStringLiteral("Flood B"));
        // The order holds across a refresh.
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(titles(model), expected);
    }

    void refresh_readsNewStories()
    {
        StoryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &StoryListModel::refreshed);
        model.setDatabasePath(m_path);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.storyCount(), 3);
        {
            Database db;
            QVERIFY(db.open(m_path));
            QVERIFY(link(db, {{"Alone", "Strike B"}}));
        }
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.storyCount(), 3);
        // Strike grew to three, and now starts with Alone (01-01); three before three: earlier first.
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Alone"), QStringLiteral("Flood B"), QStringLiteral("Budget B")}));
        QCOMPARE(model.index(0, StoryListModel::ArticlesColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, StoryListModel::OutletsColumn).data().toInt(), 2);
        // No database: no rows.
        model.setDatabasePath(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(StoryModelsTest)
#include "storymodels_test.moc"
