// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Links tab's models over a corpus the importer has linked: two outlets' versions of one
// report and an unrelated article.
#include "analysisstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "importer.h"
#include "linkfixture.h"
#include "linkmodels.h"
#include "worddiff.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class LinkModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    qint64 m_a = 0; // coast/bridge.txt
    qint64 m_b = 0; // tide/bridge.txt
    qint64 m_library = 0;

    qint64 idOf(ArticleStore &store, const QString &path)
    {
        for (const ArticleSummary &s : store.summaries(store.ids({}, ArticleSort::Path, Qt::AscendingOrder)))
            if (s.path == path)
                return s.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(LinkFixture::write(corpus));
        m_dbPath = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        Importer importer(corpus, m_dbPath);
        const ImportSummary s = importer.run();
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.added, 3);
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dbPath));
        ArticleStore store(m_db->connection());
        m_a = idOf(store, QStringLiteral("coast/bridge.txt"));
        m_b = idOf(store, QStringLiteral("tide/bridge.txt"));
        m_library = idOf(store, QStringLiteral("coast/library.txt"));
        QVERIFY(m_a && m_b && m_library);
    }

    void storyLinks_listTheNearDuplicate()
    {
        LinkStore links(m_db->connection());
        ArticleStore articles(m_db->connection());
        StoryLinksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(links, &articles, m_a);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data(StoryLinksModel::ArticleIdRole).toLongLong(), m_b);
        QCOMPARE(model.index(0, StoryLinksModel::OutletColumn).data().toString(), QStringLiteral("Daily Tide"));
        QCOMPARE(model.index(0, StoryLinksModel::RelationColumn).data().toString(), QStringLiteral("near-duplicate"));
        QCOMPARE(model.index(0, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("suggested"));
        QCOMPARE(model.index(0, StoryLinksModel::TitleColumn).data().toString(), QStringLiteral("Westport harbour bridge to close for repairs"));
        const double jaccard = model.row(0).link.jaccard;
        QVERIFY2(jaccard > 0.5 && jaccard < 1, qPrintable(QString::number(jaccard)));
        QCOMPARE(model.index(0, StoryLinksModel::SimilarityColumn).data().toString(),
                 QLocale().toString(qRound(jaccard * 100)) + QStringLiteral(" %"));
        QVERIFY(!row.data(StoryLinksModel::RejectedRole).toBool());
        // The panel shows the title with the details below: both are read out.
        QCOMPARE(row.data(StoryLinksModel::DetailRole).toString(),
                 QStringLiteral("Daily Tide · %1 · %2 · near-duplicate · suggested")
                     .arg(QLocale().toString(QDate(2026, 3, 3), QLocale::ShortFormat), model.index(0, StoryLinksModel::SimilarityColumn).data().toString()));
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Westport harbour bridge")));
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("near-duplicate")));

        model.load(links, &articles, m_library);
        QCOMPARE(model.rowCount(), 0);
        model.load(links, &articles, m_b);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(StoryLinksModel::ArticleIdRole).toLongLong(), m_a);
    }

    void relationText_data()
    {
        QTest::addColumn<int>("relation"); // -1: none
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("duplicate") << int(StoryRelation::Duplicate) << int(LinkStatus::Suggested) << QStringLiteral("duplicate");
        QTest::newRow("contains") << int(StoryRelation::Contains) << int(LinkStatus::Confirmed) << QStringLiteral("reprinted in this one");
        QTest::newRow("contained in") << int(StoryRelation::ContainedIn) << int(LinkStatus::Suggested) << QStringLiteral("reprints this one");
        QTest::newRow("same event") << int(StoryRelation::SameEvent) << int(LinkStatus::Suggested) << QStringLiteral("same event");
        QTest::newRow("by hand") << -1 << int(LinkStatus::Manual) << QStringLiteral("linked by hand");
    }

    void relationText()
    {
        QFETCH(int, relation);
        QFETCH(int, status);
        QFETCH(QString, text);
        const std::optional<StoryRelation> r = relation < 0 ? std::nullopt : std::optional(StoryRelation(relation));
        QCOMPARE(storyRelationText(r, LinkStatus(status)), text);
    }

    void quoteLinks_showTheOtherAppearances()
    {
        LinkStore links(m_db->connection());
        ArticleStore articles(m_db->connection());
        QuoteLinksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(links, &articles, m_a);
        QCOMPARE(model.rowCount(), 2); // Lindqvist's and Barker's quotes
        const QModelIndex lindqvist = model.index(0, 0);
        const QModelIndex barker = model.index(1, 0);
        QVERIFY(lindqvist.data().toString().contains(QStringLiteral("open safely")));
        QVERIFY(lindqvist.data(QuoteLinksModel::IsOwnQuoteRole).toBool());
        QVERIFY(lindqvist.data(QuoteLinksModel::AlteredRole).toBool());  // "safely open" in the other
        QVERIFY(!barker.data(QuoteLinksModel::AlteredRole).toBool());
        QVERIFY(lindqvist.data(QuoteLinksModel::EarliestRole).toBool()); // a day earlier
        QVERIFY(model.index(0, QuoteLinksModel::NoteColumn).data().toString().contains(QStringLiteral("altered")));
        QCOMPARE(model.rowCount(lindqvist), 1);
        const QModelIndex other = model.index(0, 0, lindqvist);
        QVERIFY(other.data().toString().contains(QStringLiteral("safely open")));
        QCOMPARE(other.data(QuoteLinksModel::ArticleIdRole).toLongLong(), m_b);
        QCOMPARE(model.index(0, QuoteLinksModel::OutletColumn, lindqvist).data().toString(), QStringLiteral("Daily Tide"));
        QCOMPARE(model.index(0, QuoteLinksModel::SpeakerColumn, lindqvist).data().toString(), QStringLiteral("Maria Lindqvist"));
        QVERIFY(!other.data(QuoteLinksModel::EarliestRole).toBool());
        QCOMPARE(model.ownQuote(other).article, m_a);
        QCOMPARE(model.other(other)->quote.article, m_b);

        model.load(links, &articles, m_library);
        QCOMPARE(model.rowCount(), 0);
    }

    void decisions_areShownAndRejectedLinksStayListed()
    {
        Annotator annotator(m_db->connection());
        ArticleStore articles(m_db->connection());
        StoryLinksModel stories;
        QuoteLinksModel quotes;
        QAbstractItemModelTester t1(&stories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&quotes, QAbstractItemModelTester::FailureReportingMode::QtTest);

        LinkDecision d;
        d.kind = LinkDecision::Kind::Articles;
        d.a.article = m_a;
        d.b.article = m_b;
        d.verdict = LinkDecision::Verdict::Rejected;
        const qint64 id = annotator.decideLink(d);
        QVERIFY2(id != 0, qPrintable(annotator.errorString()));
        stories.load(annotator.links(), &articles, m_a);
        QCOMPARE(stories.rowCount(), 1); // still listed, to be restored
        QVERIFY(stories.index(0, 0).data(StoryLinksModel::RejectedRole).toBool());
        QCOMPARE(stories.index(0, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("rejected"));
        QCOMPARE(stories.index(0, 0).data(StoryLinksModel::DecisionIdRole).toLongLong(), id);
        QVERIFY(annotator.deleteLinkDecision(id));

        // Reject one quote link: the pair leaves the cluster but stays under its quote.
        quotes.load(annotator.links(), &articles, m_a);
        const QModelIndex barker = quotes.index(1, 0);
        const LinkedQuote own = quotes.ownQuote(barker);
        const LinkedQuote far = quotes.other(quotes.index(0, 0, barker))->quote;
        LinkDecision q;
        q.kind = LinkDecision::Kind::Quotes;
        q.a = {own.article, own.start, own.end, own.text};
        q.b = {far.article, far.start, far.end, far.text};
        q.verdict = LinkDecision::Verdict::Rejected;
        const qint64 qid = annotator.decideLink(q);
        QVERIFY2(qid != 0, qPrintable(annotator.errorString()));
        AnalysisStore analysis(m_db->connection());
        quotes.load(annotator.links(), &articles, m_a, &analysis);
        int rejected = 0;
        for (int g = 0; g < quotes.rowCount(); ++g) {
            const QModelIndex top = quotes.index(g, 0);
            for (int r = 0; r < quotes.rowCount(top); ++r) {
                const QModelIndex child = quotes.index(r, 0, top);
                if (child.data(QuoteLinksModel::RejectedRole).toBool()) {
                    ++rejected;
                    QCOMPARE(child.data(QuoteLinksModel::DecisionIdRole).toLongLong(), qid);
                    QCOMPARE(child.data(QuoteLinksModel::ArticleIdRole).toLongLong(), m_b);
                    QCOMPARE(quotes.index(r, QuoteLinksModel::OutletColumn, top).data().toString(), QStringLiteral("Daily Tide"));
                    QVERIFY(quotes.index(r, QuoteLinksModel::NoteColumn, top).data().toString().contains(QStringLiteral("rejected")));
                    // Out of the cluster, still named: the speakers come from the analysis.
                    QCOMPARE(quotes.index(r, QuoteLinksModel::SpeakerColumn, top).data().toString(), QStringLiteral("Tom Barker"));
                    QCOMPARE(quotes.index(g, QuoteLinksModel::SpeakerColumn).data().toString(), QStringLiteral("Tom Barker"));
                }
            }
        }
        QCOMPARE(rejected, 1);
        QVERIFY(annotator.deleteLinkDecision(qid));
    }

    // The Links tab reads its lists on the GUI thread: for every article of the bundled sample,
    // both lists and the word diff against its closest link are read well within a frame budget.
    void sample_everyArticleIsReadQuickly()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("sample"));
        QVERIFY(TestUtil::copyTree(TestUtil::sampleDir(), corpus));
        const QString dbPath = dir.filePath(QStringLiteral("sample.sqlite"));
        QVERIFY(TestUtil::importCorpus(corpus, dbPath));
        Database db;
        QVERIFY(db.open(dbPath));
        LinkStore links(db.connection());
        ArticleStore articles(db.connection());
        StoryLinksModel stories;
        QuoteLinksModel quotes;
        qint64 worst = 0;
        qint64 worstDiff = 0;
        int linked = 0;
        const QList<qint64> ids = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder);
        for (qint64 id : ids) {
            QElapsedTimer timer;
            timer.start();
            stories.load(links, &articles, id);
            quotes.load(links, &articles, id);
            worst = qMax(worst, timer.elapsed());
            if (stories.rowCount() > 0) {
                ++linked;
                timer.restart();
                const QString a = articles.article(id)->body;
                const QString b = articles.article(stories.row(0).link.other)->body;
                const QList<DiffRun> runs = WordDiff::diff(a, b);
                QVERIFY(!runs.isEmpty());
                worstDiff = qMax(worstDiff, timer.elapsed());
            }
        }
        qInfo("sample: %lld articles, %d with a story link; slowest lists %lld ms, slowest word diff %lld ms",
              qint64(ids.size()), linked, worst, worstDiff);
        QVERIFY2(worst < 50, qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(LinkModelsTest)
#include "linkmodels_test.moc"
