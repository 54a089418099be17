// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "database.h"
#include "linkstore.h"

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

    QHash<QString, qint64> m_tags; // by name, once annotate() ran
    QHash<QString, qint64> m_entities;

    qint64 idOf(const QString &path)
    {
        for (const ArticleSummary &s : m_store->summaries(m_store->ids({}, ArticleSort::Path, Qt::AscendingOrder))) {
            if (s.path == path)
                return s.id;
        }
        return 0;
    }

    QStringList paths(const QList<qint64> &ids)
    {
        QStringList result;
        for (const ArticleSummary &s : m_store->summaries(ids))
            result << s.path;
        return result;
    }

    // The analyst's work and the analysis on the three articles of init():
    //   codebook: Politics > Elections > Polls, and Economy (top level)
    //   a/dam.txt:      "Brennock dam" tagged Polls, a claim rated True; mentions Brennock (LOC)
    //   b/strike.txt:   "port strike" tagged Economy, a claim rated False; mentions Port Authority (ORG)
    //   b/undated.txt:  nothing
    bool annotate()
    {
        AnnotationStore annotations(m_db.connection());
        if (!annotations.transaction())
            return false;
        const auto addTag = [&](const QString &name, qint64 parent) {
            Tag t;
            t.name = name;
            t.parent = parent;
            if (annotations.insertTag(t))
                m_tags.insert(name, t.id);
            return t.id;
        };
        const qint64 politics = addTag(QStringLiteral("Politics"), 0);
        const qint64 elections = addTag(QStringLiteral("Elections"), politics);
        addTag(QStringLiteral("Polls"), elections);
        addTag(QStringLiteral("Economy"), 0);
        const auto addAnnotation = [&](const QString &path, const QString &words, const QString &tag, ClaimStatus claim) {
            const auto article = m_store->article(idOf(path));
            if (!article)
                return false;
            const int at = int(article->body.indexOf(words));
            Annotation a;
            a.articleId = article->id;
            a.anchor = TextAnchor::make(article->body, at, at + int(words.size()));
            a.tags = {m_tags.value(tag)};
            a.claim = claim;
            a.created = a.modified = QDateTime::currentDateTimeUtc();
            return at >= 0 && annotations.insertAnnotation(a);
        };
        if (!addAnnotation(QStringLiteral("a/dam.txt"), QStringLiteral("Brennock dam"), QStringLiteral("Polls"), ClaimStatus::True)
            || !addAnnotation(QStringLiteral("b/strike.txt"), QStringLiteral("port strike"), QStringLiteral("Economy"), ClaimStatus::False)
            || !annotations.commit())
            return false;

        AnalysisStore analysis(m_db.connection());
        const auto analyse = [&](const QString &path, const QString &words, EntityType type, const QString &name) {
            const auto article = m_store->article(idOf(path));
            if (!article)
                return false;
            const int at = int(article->body.indexOf(words));
            ArticleAnalysis a;
            a.nerVersion = a.quoteVersion = 1;
            a.entities = {{at, at + int(words.size()), type}};
            a.canonical = {name};
            return at >= 0 && analysis.write(article->id, article->body, a);
        };
        if (!m_store->transaction()
            || !analyse(QStringLiteral("a/dam.txt"), QStringLiteral("Brennock"), EntityType::Location, QStringLiteral("Brennock"))
            || !analyse(QStringLiteral("b/strike.txt"), QStringLiteral("port"), EntityType::Organisation, QStringLiteral("Port Authority"))
            || !m_store->commit())
            return false;
        for (const EntityRecord &e : analysis.entities())
            m_entities.insert(e.name, e.id);
        return m_entities.size() == 2;
    }


    // Four more articles and the links between them, as an import finds them, then the stories
    // and quote clusters built from them (LinkStore::rebuildClusters):
    //   story of 3: a/dam.txt (Harbour Gazette, 03-14), c/dam-reprint.txt (Northline News, 03-15),
    //               c/dam-late.txt (Harbour Gazette, 03-16); dam and the reprint carry one quote
    //               in two wordings ("no contact" / "no contacts"): altered across outlets
    //   story of 2: b/strike.txt (Northline News, 03-20), c/strike-copy.txt (Harbour Gazette,
    //               03-21); they carry one quote in the same words
    //   in no story: c/lone.txt (Northline News, 03-25), b/undated.txt
    bool link()
    {
        if (!m_store->transaction())
            return false;
        const QString damQuote = QStringLiteral("Officials said: \u201cWe had no contact with the owners,\u201d the mayor said.");
        const QString reprintQuote = QStringLiteral("Officials said: \u201cWe had no contacts with the owners,\u201d the mayor said.");
        const QString strikeQuote = QStringLiteral("\u201cWe stay out until the port listens,\u201d a docker said.");
        const qint64 reprint = m_store->insert(make(QStringLiteral("c/dam-reprint.txt"), QStringLiteral("Kellsmoor dam reprint"),
                                                    QStringLiteral("Northline News"), QDate(2025, 3, 15), reprintQuote));
        const qint64 late = m_store->insert(make(QStringLiteral("c/dam-late.txt"), QStringLiteral("Dam inquiry opens"),
                                                 QStringLiteral("Harbour Gazette"), QDate(2025, 3, 16), QStringLiteral("An inquiry opened.")));
        const qint64 strikeCopy = m_store->insert(make(QStringLiteral("c/strike-copy.txt"), QStringLiteral("Strike goes on"),
                                                       QStringLiteral("Harbour Gazette"), QDate(2025, 3, 21), strikeQuote));
        const qint64 lone = m_store->insert(make(QStringLiteral("c/lone.txt"), QStringLiteral("Ferry timetable"),
                                                 QStringLiteral("Northline News"), QDate(2025, 3, 25), QStringLiteral("New times.")));
        if (!reprint || !late || !strikeCopy || !lone || !m_store->commit())
            return false;
        const qint64 dam = idOf(QStringLiteral("a/dam.txt")), strike = idOf(QStringLiteral("b/strike.txt"));
        LinkStore links(m_db.connection());
        if (!links.insertStoryLink({dam, reprint, StoryRelation::NearDuplicate, 0.8, 0.9})
            || !links.insertStoryLink({reprint, late, StoryRelation::Contains, 0.3, 0.9})
            || !links.insertStoryLink({strike, strikeCopy, StoryRelation::NearDuplicate, 0.7, 0.8}))
            return false;
        const auto quote = [&](qint64 article, int position, const QString &text) {
            const int start = int(text.indexOf(QChar(0x201c)));
            const int end = int(text.indexOf(QChar(0x201d))) + 1;
            LinkedQuote q;
            q.id = article * 65536 + position;
            q.article = article;
            q.start = start;
            q.end = end;
            q.text = text.mid(start, end - start);
            return links.insertLinkedQuote(q) ? q.id : 0;
        };
        const qint64 q1 = quote(dam, 0, damQuote), q2 = quote(reprint, 0, reprintQuote);
        const qint64 q3 = quote(strike, 0, strikeQuote), q4 = quote(strikeCopy, 0, strikeQuote);
        return q1 && q2 && q3 && q4 && links.insertQuoteLink(q1, q2) && links.insertQuoteLink(q3, q4) && links.rebuildClusters()
               && links.alteredQuoteClusterCount() == 1 && links.storyCount() == 2;
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
        m_tags.clear();
        m_entities.clear();
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
        const QList<qint64> ids = m_store->ids(listFilter(text, outlet, from, to), ArticleSort(sort), Qt::AscendingOrder);
        QStringList paths;
        for (const ArticleSummary &s : m_store->summaries(ids))
            paths << s.path;
        QCOMPARE(paths, expected);
    }

    void ids_filtersOnTheAnalystsWorkEntitiesAndFullText_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<int>("claim"); // -1: any
        QTest::addColumn<QString>("entity");
        QTest::addColumn<bool>("annotatedOnly");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("expected");
        const QString dam = QStringLiteral("a/dam.txt");
        const QString strike = QStringLiteral("b/strike.txt");
        const QString undated = QStringLiteral("b/undated.txt");
        const QStringList none;
        QTest::newRow("no filter") << none << -1 << QString() << false << QString() << QString() << QStringList{dam, strike, undated};
        // A tag matches its descendants: the annotation is tagged Polls, two levels down.
        QTest::newRow("tag: the annotation's own") << QStringList{QStringLiteral("Polls")} << -1 << QString() << false << QString() << QString()
                                                   << QStringList{dam};
        QTest::newRow("tag: its parent") << QStringList{QStringLiteral("Elections")} << -1 << QString() << false << QString() << QString()
                                         << QStringList{dam};
        QTest::newRow("tag: its grandparent") << QStringList{QStringLiteral("Politics")} << -1 << QString() << false << QString() << QString()
                                              << QStringList{dam};
        QTest::newRow("tag: another") << QStringList{QStringLiteral("Economy")} << -1 << QString() << false << QString() << QString()
                                      << QStringList{strike};
        QTest::newRow("tags: any of two") << QStringList{QStringLiteral("Economy"), QStringLiteral("Polls")} << -1 << QString() << false
                                          << QString() << QString() << QStringList{dam, strike};
        QTest::newRow("claim: true") << none << int(ClaimStatus::True) << QString() << false << QString() << QString() << QStringList{dam};
        QTest::newRow("claim: false") << none << int(ClaimStatus::False) << QString() << false << QString() << QString() << QStringList{strike};
        QTest::newRow("claim: none checking") << none << int(ClaimStatus::Checking) << QString() << false << QString() << QString() << none;
        QTest::newRow("entity") << none << -1 << QStringLiteral("Port Authority") << false << QString() << QString() << QStringList{strike};
        QTest::newRow("annotated only") << none << -1 << QString() << true << QString() << QString() << QStringList{dam, strike};
        QTest::newRow("full text") << none << -1 << QString() << false << QStringLiteral("dam*") << QString() << QStringList{dam, undated};
        QTest::newRow("full text and annotated") << none << -1 << QString() << true << QStringLiteral("dam*") << QString() << QStringList{dam};
        QTest::newRow("full text and tag") << QStringList{QStringLiteral("Politics")} << -1 << QString() << false << QStringLiteral("dam*")
                                           << QString() << QStringList{dam};
        QTest::newRow("full text and another tag") << QStringList{QStringLiteral("Economy")} << -1 << QString() << false << QStringLiteral("dam*")
                                                   << QString() << none;
        QTest::newRow("tag and claim disagree") << QStringList{QStringLiteral("Politics")} << int(ClaimStatus::False) << QString() << false
                                                << QString() << QString() << none;
        QTest::newRow("entity and outlet") << none << -1 << QStringLiteral("Brennock") << false << QString() << QStringLiteral("Harbour Gazette")
                                           << QStringList{dam};
        QTest::newRow("entity and another outlet") << none << -1 << QStringLiteral("Brennock") << false << QString()
                                                   << QStringLiteral("Northline News") << none;
        QTest::newRow("everything at once") << QStringList{QStringLiteral("Economy")} << int(ClaimStatus::False) << QStringLiteral("Port Authority")
                                            << true << QStringLiteral("strike") << QStringLiteral("Northline News") << QStringList{strike};
    }

    void ids_filtersOnTheAnalystsWorkEntitiesAndFullText()
    {
        QFETCH(QStringList, tags);
        QFETCH(int, claim);
        QFETCH(QString, entity);
        QFETCH(bool, annotatedOnly);
        QFETCH(QString, query);
        QFETCH(QString, outlet);
        QFETCH(QStringList, expected);
        QVERIFY(annotate());
        ArticleFilter f;
        for (const QString &tag : std::as_const(tags))
            f.tags << m_tags.value(tag);
        if (claim >= 0)
            f.claimStatus = ClaimStatus(claim);
        f.entity = entity.isEmpty() ? 0 : m_entities.value(entity);
        f.annotatedOnly = annotatedOnly;
        f.query = query;
        f.outlet = outlet;
        QString error = QStringLiteral("stale");
        QCOMPARE(paths(m_store->ids(f, ArticleSort::Path, Qt::AscendingOrder, &error)), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void ids_entityMergedIntoAnother_standsForIt()
    {
        QVERIFY(annotate());
        const qint64 port = m_entities.value(QStringLiteral("Port Authority"));
        const qint64 brennock = m_entities.value(QStringLiteral("Brennock"));
        AnalysisStore analysis(m_db.connection());
        QVERIFY(analysis.merge(port, brennock));
        ArticleFilter f;
        // The target stands for the entities merged into it ...
        f.entity = brennock;
        QCOMPARE(paths(m_store->ids(f, ArticleSort::Path, Qt::AscendingOrder)), (QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("b/strike.txt")}));
        // ... and a merged id resolves to its target, so it finds the same articles.
        f.entity = port;
        QCOMPARE(paths(m_store->ids(f, ArticleSort::Path, Qt::AscendingOrder)), (QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("b/strike.txt")}));
        QVERIFY(analysis.unmerge(port));
        QCOMPARE(paths(m_store->ids(f, ArticleSort::Path, Qt::AscendingOrder)), QStringList{QStringLiteral("b/strike.txt")});
    }

    void ids_malformedQuery_givesTheSearchMessage_data()
    {
        search_malformedQuery_givesClearMessage_data();
    }

    void ids_malformedQuery_givesTheSearchMessage()
    {
        QFETCH(QString, query);
        QVERIFY(annotate());
        ArticleFilter f;
        f.query = query;
        f.tags = {m_tags.value(QStringLiteral("Politics"))};
        QString error;
        QVERIFY(m_store->ids(f, ArticleSort::Title, Qt::AscendingOrder, &error).isEmpty());
        QVERIFY2(error.contains(query), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("phrases")), qPrintable(error));
        QString searchError;
        m_store->search(query, 10, &searchError);
        QCOMPARE(error, searchError);
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
        const qint64 id = m_store->ids(listFilter(QStringLiteral("Dockers")), ArticleSort::Title, Qt::AscendingOrder).value(0);
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

    void ids_storyOrder_groupsEachStory_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("expected");
        // In a story by date; the articles in no story after the stories, newest first.
        QTest::newRow("largest first") << int(Qt::DescendingOrder) << QString()
                                       << QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("c/dam-reprint.txt"), QStringLiteral("c/dam-late.txt"),
                                                      QStringLiteral("b/strike.txt"), QStringLiteral("c/strike-copy.txt"), QStringLiteral("c/lone.txt"),
                                                      QStringLiteral("b/undated.txt")};
        QTest::newRow("smallest first") << int(Qt::AscendingOrder) << QString()
                                        << QStringList{QStringLiteral("b/strike.txt"), QStringLiteral("c/strike-copy.txt"), QStringLiteral("a/dam.txt"),
                                                       QStringLiteral("c/dam-reprint.txt"), QStringLiteral("c/dam-late.txt"), QStringLiteral("c/lone.txt"),
                                                       QStringLiteral("b/undated.txt")};
        // A filter applies to both parts; a story keeps its size (what the Story column says).
        QTest::newRow("with an outlet filter") << int(Qt::DescendingOrder) << QStringLiteral("Harbour Gazette")
                                               << QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("c/dam-late.txt"), QStringLiteral("c/strike-copy.txt")};
    }

    void ids_storyOrder_groupsEachStory()
    {
        QFETCH(int, order);
        QFETCH(QString, outlet);
        QFETCH(QStringList, expected);
        QVERIFY(link());
        QCOMPARE(paths(m_store->ids(listFilter({}, outlet), ArticleSort::Story, Qt::SortOrder(order))), expected);
    }

    void ids_storyAndAlteredQuoteFilters_data()
    {
        QTest::addColumn<bool>("altered");
        QTest::addColumn<bool>("inStory");
        QTest::addColumn<QString>("story"); // the path of the story's lowest article
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("expected"); // by path
        QTest::newRow("quotes altered across outlets") << true << false << QString() << QString()
                                                       << QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("c/dam-reprint.txt")};
        QTest::newRow("altered, with an outlet") << true << false << QString() << QStringLiteral("Northline News")
                                                 << QStringList{QStringLiteral("c/dam-reprint.txt")};
        QTest::newRow("in a story") << false << true << QString() << QString()
                                    << QStringList{QStringLiteral("a/dam.txt"), QStringLiteral("b/strike.txt"), QStringLiteral("c/dam-late.txt"),
                                                   QStringLiteral("c/dam-reprint.txt"), QStringLiteral("c/strike-copy.txt")};
        QTest::newRow("one story") << false << false << QStringLiteral("b/strike.txt") << QString()
                                   << QStringList{QStringLiteral("b/strike.txt"), QStringLiteral("c/strike-copy.txt")};
        QTest::newRow("one story, altered quotes") << true << false << QStringLiteral("b/strike.txt") << QString() << QStringList{};
    }

    void ids_storyAndAlteredQuoteFilters()
    {
        QFETCH(bool, altered);
        QFETCH(bool, inStory);
        QFETCH(QString, story);
        QFETCH(QString, outlet);
        QFETCH(QStringList, expected);
        QVERIFY(link());
        ArticleFilter f = listFilter({}, outlet);
        f.alteredQuotes = altered;
        f.inStory = inStory;
        if (!story.isEmpty()) {
            f.story = LinkStore(m_db.connection()).storyOf(idOf(story)).value_or(StoryRecord{}).id;
            QVERIFY(f.story != 0);
        }
        QCOMPARE(paths(m_store->ids(f, ArticleSort::Path, Qt::AscendingOrder)), expected);
    }

    void summaries_carryTheStory()
    {
        QVERIFY(link());
        const QList<ArticleSummary> s = m_store->summaries({idOf(QStringLiteral("c/dam-late.txt")), idOf(QStringLiteral("c/lone.txt"))});
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).story, idOf(QStringLiteral("a/dam.txt")));
        QCOMPARE(s.at(0).storySize, 3);
        QCOMPARE(s.at(0).storyOutlets, (QStringList{QStringLiteral("Harbour Gazette"), QStringLiteral("Northline News")}));
        QCOMPARE(s.at(1).story, 0);
        QCOMPARE(s.at(1).storySize, 0);
        QVERIFY(s.at(1).storyOutlets.isEmpty());
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
