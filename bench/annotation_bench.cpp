// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// annotation_bench CACHE_DIR [CORPUS_FOLDER] [--runs N] [--list]
//
// The analyst's work at corpus scale (issue 4): 100,000 articles with 100,000 annotations over a
// 30-tag codebook. Builds the database once and keeps it in CACHE_DIR (annotation-bench.sqlite):
// imports CORPUS_FOLDER with the analysis (bench/../shared/tools/make-corpus.py … --docs 100000
// makes one), or, without it, 100,000 short generated articles written to CACHE_DIR/generated; then
// adds the annotations in one transaction: 500 on the longest article, 10,000 carrying one tag
// (the merge's source), the rest on articles drawn at random (a fixed seed), a tenth of them claims.
// A later run reuses the database (delete it to rebuild). Stories and quote clusters (schema 7) are
// added to a database without them: 10,000 stories of 2 to 5 articles drawn at random (35,000
// articles), and in 3,000 of them a quote shared by two articles, worded differently in 2,000
// (altered across outlets), through LinkStore and rebuildClusters() as an import makes them.
//
// Then measures, over N runs (default 20; the merge 5), the median, 95th percentile and worst of:
//   - each article-list filter, from ArticleListModel::setFilter() until its rows are available
//     (the `refreshed()` signal: the query on the model's worker thread and the reset on this one);
//   - filling the side panel's Annotations tab for an article (500, and a typical annotated one);
//   - merging two tags, the source carrying 10,000 annotations: apply, undo, redo (Annotator);
//   - tagging a selection on the 500-annotation article until the reader's annotation layer shows it.
// --list: the article list's measures only (the list's orders, scrolling and filters).
// Exit status 1 when a median misses its limit (100 ms per interaction, 1 s for the merge, 50 ms
// for tagging).
//
// Runs on the offscreen platform unless -platform or QT_QPA_PLATFORM says otherwise.

#include "analysisstore.h"
#include "annotationmodels.h"
#include "annotationpanel.h"
#include "annotationstore.h"
#include "annotator.h"
#include "benchutil.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "database.h"
#include "importer.h"
#include "linkstore.h"
#include "readerview.h"
#include "storymodels.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Dossier;
using namespace Dossier::BenchUtil;

namespace {

constexpr int articleTarget = 100000;
constexpr int annotationTarget = 100000;
constexpr int heavyCount = 500;        // annotations on the longest article
constexpr int mergeSourceCount = 10000; // annotations of the tag merged away
const QString cacheMarker = QStringLiteral("annotation_bench");
const QString cacheVersion = QStringLiteral("1");

struct Row
{
    QString label;
    std::vector<double> ms;
    double limit = 0; // 0: informational
};

std::vector<Row> g_rows;

void report(const QString &label, const std::vector<double> &ms, double limit)
{
    g_rows.push_back({label, ms, limit});
    std::printf("%-58s median %8.1f  p95 %8.1f  worst %8.1f ms%s\n", qPrintable(label), percentile(ms, 0.5), percentile(ms, 0.95),
                percentile(ms, 1.0), limit > 0 ? qPrintable(QStringLiteral("  (limit %1)").arg(limit)) : "");
    std::fflush(stdout);
}

// CPU time of the calling thread: what a measure costs whatever else the machine runs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// 100,000 short articles with a dateline, an outlet and a few names, when no corpus is given.
bool writeGeneratedCorpus(const QString &folder)
{
    const QStringList first{QStringLiteral("Anna"), QStringLiteral("Pavel"), QStringLiteral("Maria"), QStringLiteral("John"),
                            QStringLiteral("Aisha"), QStringLiteral("Kenji"), QStringLiteral("Lucia"), QStringLiteral("Omar")};
    const QStringList last{QStringLiteral("Kovacs"), QStringLiteral("Novak"), QStringLiteral("Santos"), QStringLiteral("Brennan"),
                           QStringLiteral("Okafor"), QStringLiteral("Tanaka"), QStringLiteral("Ferreira"), QStringLiteral("Haddad"),
                           QStringLiteral("Lindqvist"), QStringLiteral("Moreau")};
    const QStringList places{QStringLiteral("Port Carrow"), QStringLiteral("Greyhaven"), QStringLiteral("Kellsmoor"), QStringLiteral("Brennock")};
    QRandomGenerator rng(7);
    for (int i = 0; i < articleTarget; ++i) {
        const QString outlet = QStringLiteral("outlet-%1").arg(i % 6);
        const QString person = first.at(rng.bounded(int(first.size()))) + QLatin1Char(' ') + last.at(rng.bounded(int(last.size())));
        const QString place = places.at(rng.bounded(int(places.size())));
        const QDate date = QDate(2020, 1, 1).addDays(rng.bounded(1800));
        const QString text = QStringLiteral("Report %1 from %2\n\nPublished %3\n\n%2 officials met on Tuesday. “We have no plans for a "
                                            "meeting,” %4 told reporters in %2, adding that the council would review the budget of "
                                            "item %1 next month.\n\nThe opposition said the plan was late.\n")
                                 .arg(i)
                                 .arg(place, date.toString(Qt::ISODate), person);
        const QString path = folder + QStringLiteral("/%1/a%2.txt").arg(outlet).arg(i, 6, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return false;
    }
    return true;
}

struct Fixture
{
    qint64 heavyArticle = 0;    // 500 annotations
    qint64 typicalArticle = 0;  // an article with one or two
    qint64 parentTag = 0;       // a top-level tag with four children
    qint64 mergeFrom = 0;       // 10,000 annotations
    qint64 mergeInto = 0;
    qint64 tagForSelection = 0; // what the tagging measure applies
};

// Reads what the measures need from a built database (by the names build() gave).
bool readFixture(Database &db, Fixture &fx)
{
    const ArticleStore articles(db.connection());
    if (articles.setting(cacheMarker) != cacheVersion)
        return false;
    fx.heavyArticle = articles.setting(QStringLiteral("annotation_bench_heavy")).toLongLong();
    fx.typicalArticle = articles.setting(QStringLiteral("annotation_bench_typical")).toLongLong();
    const AnnotationStore store(db.connection());
    for (const Tag &t : store.tags()) {
        if (t.name == QLatin1String("Sourcing"))
            fx.parentTag = t.id;
        else if (t.name == QLatin1String("Merge source"))
            fx.mergeFrom = t.id;
        else if (t.name == QLatin1String("Merge target"))
            fx.mergeInto = t.id;
        else if (t.name == QLatin1String("Framing 1"))
            fx.tagForSelection = t.id;
    }
    return fx.heavyArticle && fx.typicalArticle && fx.parentTag && fx.mergeFrom && fx.mergeInto && fx.tagForSelection
           && store.annotationCount() == annotationTarget;
}

bool build(const QString &dbPath, const QString &corpus, const QString &cacheDir)
{
    QString folder = corpus;
    if (folder.isEmpty()) {
        folder = cacheDir + QStringLiteral("/generated");
        if (!QFileInfo::exists(folder + QStringLiteral("/outlet-5"))) {
            std::printf("writing %d generated articles to %s…\n", articleTarget, qPrintable(folder));
            std::fflush(stdout);
            if (!writeGeneratedCorpus(folder))
                return false;
        }
    }
    if (!importFresh(folder, dbPath, "annotation_bench", "with the analysis"))
        return false;

    Database db;
    if (!db.open(dbPath))
        return false;
    ArticleStore articles(db.connection());
    AnnotationStore store(db.connection());
    const QList<qint64> ids = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder);
    if (ids.isEmpty())
        return false;

    // The codebook: six themes of four tags each (30); two of them are the merge's pair.
    if (!store.transaction())
        return false;
    const QStringList themes{QStringLiteral("Sourcing"), QStringLiteral("Framing"), QStringLiteral("Actors"),
                             QStringLiteral("Claims"), QStringLiteral("Tone"), QStringLiteral("Merge")};
    QList<qint64> leaves;
    qint64 mergeFrom = 0, mergeInto = 0;
    for (int p = 0; p < themes.size(); ++p) {
        Tag parent;
        parent.name = themes.at(p);
        parent.position = p;
        if (!store.insertTag(parent))
            return false;
        for (int c = 0; c < 4; ++c) {
            Tag child;
            child.parent = parent.id;
            child.position = c;
            child.color = QColor::fromHsv((p * 60 + c * 13) % 360, 160, 200).name();
            child.name = p == 5 && c < 2 ? (c == 0 ? QStringLiteral("Merge source") : QStringLiteral("Merge target"))
                                         : QStringLiteral("%1 %2").arg(themes.at(p)).arg(c + 1);
            if (!store.insertTag(child))
                return false;
            if (child.name == QLatin1String("Merge source"))
                mergeFrom = child.id;
            else if (child.name == QLatin1String("Merge target"))
                mergeInto = child.id;
            else
                leaves << child.id;
        }
    }

    // How many annotations each article gets: the longest one 500, the rest drawn at random.
    qint64 heavy = 0;
    qsizetype longest = 0;
    QList<qint64> eligible; // bodies long enough for a span
    articles.forEachArticle([&](const Article &a) {
        if (a.body.size() > longest) {
            longest = a.body.size();
            heavy = a.id;
        }
        if (a.body.size() >= 20)
            eligible << a.id;
        return true;
    });
    QHash<qint64, int> plan;
    QHash<qint64, int> fromPlan; // of those, how many carry the merge source
    plan.insert(heavy, heavyCount);
    QRandomGenerator rng(4);
    for (int i = 0; i < annotationTarget - heavyCount; ++i) {
        const qint64 id = eligible.at(rng.bounded(int(eligible.size())));
        if (id == heavy) {
            --i;
            continue;
        }
        ++plan[id];
        if (i < mergeSourceCount)
            ++fromPlan[id];
    }
    qint64 typical = 0;
    for (auto it = plan.cbegin(); it != plan.cend() && typical == 0; ++it) {
        if (it.value() == 2)
            typical = it.key();
    }

    std::printf("adding %d annotations over %lld articles…\n", annotationTarget, qlonglong(plan.size()));
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = true;
    articles.forEachArticle([&](const Article &a) {
        const int n = plan.value(a.id);
        int from = fromPlan.value(a.id);
        const int length = int(a.body.size());
        for (int k = 0; k < n; ++k) {
            Annotation an;
            an.articleId = a.id;
            // Spans of 10 to 60 characters, spread over the body (on the heavy article they overlap).
            const int start = int(rng.bounded(std::max(1, length - 10)));
            an.anchor = TextAnchor::make(a.body, start, std::min(length, start + 10 + int(rng.bounded(50))));
            if (from > 0) {
                an.tags = {mergeFrom};
                --from;
            } else {
                an.tags = {leaves.at(rng.bounded(int(leaves.size())))};
                if (rng.bounded(10) == 0)
                    an.tags << mergeInto; // some carry both, so the merge has links to drop
            }
            std::sort(an.tags.begin(), an.tags.end());
            if (rng.bounded(10) == 0)
                an.claim = ClaimStatus(rng.bounded(claimStatusCount));
            an.author = QStringLiteral("bench");
            an.created = an.modified = now;
            if (!store.insertAnnotation(an)) {
                ok = false;
                return false;
            }
        }
        return true;
    });
    if (!ok) {
        std::fprintf(stderr, "annotation_bench: %s\n", qPrintable(store.errorString()));
        return false;
    }
    ok = articles.setSetting(QStringLiteral("annotation_bench_heavy"), QString::number(heavy))
         && articles.setSetting(QStringLiteral("annotation_bench_typical"), QString::number(typical))
         && articles.setSetting(cacheMarker, cacheVersion) && store.commit();
    std::printf("  done in %.1f s\n", msSince(t) / 1000);
    return ok;
}

constexpr int storyTarget = 10000;
constexpr int quoteStoryTarget = 3000; // stories with a shared quote; two thirds of them altered
const QString storiesMarker = QStringLiteral("annotation_bench_stories");

// The links an import would have found, made up: see the top of the file.
bool addStories(const QString &dbPath)
{
    Database db;
    if (!db.open(dbPath))
        return false;
    ArticleStore articles(db.connection());
    if (articles.setting(storiesMarker) == QLatin1String("1"))
        return true;
    std::printf("adding %d stories and %d shared quotes…\n", storyTarget, quoteStoryTarget);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    QList<qint64> ids = articles.ids({}, ArticleSort::Path, Qt::AscendingOrder);
    QRandomGenerator rng(11);
    std::shuffle(ids.begin(), ids.end(), rng);
    LinkStore links(db.connection());
    if (!articles.transaction())
        return false;
    qsizetype at = 0;
    for (int story = 0; story < storyTarget && at + 5 < ids.size(); ++story) {
        const int size = 2 + story % 4;
        for (int k = 1; k < size; ++k) {
            if (!links.insertStoryLink({ids.at(at + k - 1), ids.at(at + k), StoryRelation::NearDuplicate, 0.7, 0.8}))
                return false;
        }
        if (story < quoteStoryTarget) {
            LinkedQuote a;
            a.article = ids.at(at);
            a.id = a.article * 65536 + 65535; // past any position the detector gives
            a.start = 0;
            a.end = 40;
            a.speaker = QStringLiteral("Anna Kovacs");
            a.text = QStringLiteral("We have had no contact with the owners since May");
            LinkedQuote b = a;
            b.article = ids.at(at + 1);
            b.id = b.article * 65536 + 65535;
            if (story % 3 != 0)
                b.text = QStringLiteral("We have had no contacts with the owners since May");
            if (!links.insertLinkedQuote(a) || !links.insertLinkedQuote(b) || !links.insertQuoteLink(qMin(a.id, b.id), qMax(a.id, b.id)))
                return false;
        }
        at += size;
    }
    if (!links.rebuildClusters() || !articles.setSetting(storiesMarker, QStringLiteral("1")) || !articles.commit()) {
        std::fprintf(stderr, "annotation_bench: the stories: %s %s\n", qPrintable(links.errorString()), qPrintable(articles.errorString()));
        return false;
    }
    std::printf("  %d stories, %d quote clusters (%d altered) in %.1f s\n", links.storyCount(), links.quoteClusterCount(),
                links.alteredQuoteClusterCount(), msSince(t) / 1000);
    return true;
}

// Runs the event loop until `fired` or `ms` passed.
bool waitFor(const std::function<bool()> &fired, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!fired() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return fired();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 20;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    const bool listOnly = args.removeAll(QStringLiteral("--list")) > 0;
    if (args.isEmpty() || args.size() > 2) {
        std::fprintf(stderr, "usage: annotation_bench CACHE_DIR [CORPUS_FOLDER] [--runs N] [--list]\n");
        return 2;
    }
    const QString cacheDir = QDir(args.at(0)).absolutePath();
    const QString corpus = args.size() > 1 ? QDir(args.at(1)).absolutePath() : QString();
    QDir().mkpath(cacheDir);
    const QString dbPath = cacheDir + QStringLiteral("/annotation-bench.sqlite");

    Fixture fx;
    {
        Database db;
        bool ready = QFileInfo::exists(dbPath) && db.open(dbPath) && readFixture(db, fx);
        db.close();
        if (!ready) {
            if (!build(dbPath, corpus, cacheDir))
                return 1;
            Database again;
            if (!again.open(dbPath) || !readFixture(again, fx)) {
                std::fprintf(stderr, "annotation_bench: the database built is not what the measures need\n");
                return 1;
            }
        }
    }

    if (!addStories(dbPath))
        return 1;

    // The GUI thread's connection, as MainWindow has it.
    Database db;
    if (!db.open(dbPath))
        return 1;
    const ArticleStore articles(db.connection());
    const AnalysisStore analysis(db.connection());
    Annotator annotator(db.connection());
    const int articleCount = articles.count();
    std::printf("corpus: %d articles, %d annotations, %lld tags; %d runs\n\n", articleCount, annotator.store().annotationCount(),
                qlonglong(annotator.tags().size()), runs);

    // Entities to filter on: the most mentioned (the worst case) and a typical one.
    QList<EntityRecord> entities = analysis.entities();
    std::sort(entities.begin(), entities.end(), [](const EntityRecord &a, const EntityRecord &b) { return a.articles > b.articles; });
    QList<EntityRecord> mentioned;
    for (const EntityRecord &e : std::as_const(entities)) {
        if (e.articles >= 10)
            mentioned << e;
    }
    const EntityRecord topEntity = entities.value(0);
    const EntityRecord typicalEntity = mentioned.value(mentioned.size() / 2);
    const QStringList outlets = articles.outlets();
    const QDate latest = articles.latest();

    // --- the article list ---
    ArticleListModel model;
    bool refreshed = false;
    QObject::connect(&model, &ArticleListModel::refreshed, &model, [&] { refreshed = true; });
    model.setDatabasePath(dbPath);
    if (!waitFor([&] { return refreshed; }, 60000))
        return 1;
    const auto timeFilter = [&](const QString &label, const ArticleFilter &f) {
        std::vector<double> ms;
        int rows = 0;
        for (int i = 0; i < runs + 1; ++i) {
            // Back to the whole list between runs, as an analyst switching filters does.
            refreshed = false;
            model.setFilter({});
            waitFor([&] { return refreshed; }, 60000);
            refreshed = false;
            QElapsedTimer t;
            t.start();
            model.setFilter(f);
            waitFor([&] { return refreshed; }, 60000);
            if (i > 0) // the first warms SQLite's page cache
                ms.push_back(msSince(t));
            rows = model.rowCount();
        }
        if (!model.errorString().isEmpty())
            std::printf("  %s: %s\n", qPrintable(label), qPrintable(model.errorString()));
        report(QStringLiteral("filter: %1 (%2 rows)").arg(label).arg(rows), ms, 100);
        // The query alone on this thread, in CPU time: the share of the above that is SQLite's,
        // without the thread hop and without the waits of a loaded machine.
        std::vector<double> cpu;
        for (int i = 0; i < runs; ++i) {
            const double before = threadCpuMs();
            articles.ids(f, ArticleSort::Published, Qt::DescendingOrder);
            cpu.push_back(threadCpuMs() - before);
        }
        report(QStringLiteral("  its query alone, CPU time"), cpu, 0);
    };
    {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            refreshed = false;
            QElapsedTimer t;
            t.start();
            model.refresh();
            waitFor([&] { return refreshed; }, 60000);
            ms.push_back(msSince(t));
        }
        report(QStringLiteral("list: no filter, by date (%1 rows)").arg(model.rowCount()), ms, 100);
        for (const auto &[label, sort] : {std::pair{QStringLiteral("  its query alone, CPU time"), ArticleSort::Published},
                                          std::pair{QStringLiteral("  the same by title, CPU time"), ArticleSort::Title}}) {
            std::vector<double> cpu;
            for (int i = 0; i < runs; ++i) {
                const double before = threadCpuMs();
                articles.ids({}, sort, Qt::AscendingOrder);
                cpu.push_back(threadCpuMs() - before);
            }
            report(label, cpu, 0);
        }
        // Scrolling: a page of rows far down the list, read on this thread.
        std::vector<double> page;
        for (int i = 0; i < runs; ++i) {
            model.refresh(); // drops the page cache
            waitFor([&] { return !model.isRefreshing(); }, 60000);
            QCoreApplication::processEvents();
            const int row = (i * 7919 + model.rowCount() / 2) % std::max(1, model.rowCount());
            QElapsedTimer t;
            t.start();
            for (int r = row; r < std::min(model.rowCount(), row + 40); ++r)
                model.data(model.index(r, ArticleListModel::TitleColumn));
            page.push_back(msSince(t));
        }
        report(QStringLiteral("list: scroll to a screenful of rows (a page read)"), page, 100);

        // Grouped by story (the Story column's order), from the date order as the View menu does.
        std::vector<double> story;
        for (int i = 0; i < runs + 1; ++i) {
            refreshed = false;
            model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
            waitFor([&] { return refreshed; }, 60000);
            refreshed = false;
            QElapsedTimer t;
            t.start();
            model.sort(ArticleListModel::StoryColumn, Qt::DescendingOrder);
            waitFor([&] { return refreshed; }, 60000);
            if (i > 0)
                story.push_back(msSince(t));
        }
        report(QStringLiteral("list: grouped by story (%1 rows)").arg(model.rowCount()), story, 100);
        std::vector<double> storyCpu;
        for (int i = 0; i < runs; ++i) {
            const double before = threadCpuMs();
            articles.ids({}, ArticleSort::Story, Qt::DescendingOrder);
            storyCpu.push_back(threadCpuMs() - before);
        }
        report(QStringLiteral("  its query alone, CPU time"), storyCpu, 0);
        // A screenful in the story order: the page read joins each row's story.
        std::vector<double> storyPage;
        for (int i = 0; i < runs; ++i) {
            model.refresh();
            waitFor([&] { return !model.isRefreshing(); }, 60000);
            QCoreApplication::processEvents();
            const int row = (i * 7919) % std::max(1, model.rowCount() / 2);
            QElapsedTimer t;
            t.start();
            for (int r = row; r < std::min(model.rowCount(), row + 40); ++r)
                model.data(model.index(r, ArticleListModel::StoryColumn));
            storyPage.push_back(msSince(t));
        }
        report(QStringLiteral("list: grouped by story, a screenful of rows with their story"), storyPage, 100);
        refreshed = false;
        model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
        waitFor([&] { return refreshed; }, 60000);
    }
    ArticleFilter f;
    f.tags = {fx.parentTag};
    timeFilter(QStringLiteral("tag with 4 children"), f);
    f.tags = {fx.mergeFrom};
    timeFilter(QStringLiteral("tag on 10,000 annotations"), f);
    f = {};
    f.claimStatus = ClaimStatus::False;
    timeFilter(QStringLiteral("claim status"), f);
    f = {};
    f.entity = topEntity.id;
    timeFilter(QStringLiteral("entity, most mentioned (%1)").arg(topEntity.name), f);
    f.entity = typicalEntity.id;
    timeFilter(QStringLiteral("entity, typical (%1)").arg(typicalEntity.name), f);
    f = {};
    f.annotatedOnly = true;
    timeFilter(QStringLiteral("has annotations"), f);
    f = {};
    f.outlet = outlets.value(outlets.size() / 2);
    f.from = latest.addYears(-1);
    f.to = latest;
    timeFilter(QStringLiteral("outlet + date (a year)"), f);
    f = {};
    f.query = QStringLiteral("government");
    timeFilter(QStringLiteral("full text (government)"), f);
    f.tags = {fx.parentTag};
    timeFilter(QStringLiteral("full text + tag"), f);
    f = {};
    f.query = QStringLiteral("government");
    f.tags = {fx.parentTag};
    f.claimStatus = ClaimStatus::False;
    f.annotatedOnly = true;
    f.outlet = outlets.value(0);
    timeFilter(QStringLiteral("full text + tag + claim + outlet + annotated"), f);
    f = {};
    f.alteredQuotes = true;
    timeFilter(QStringLiteral("quotes altered across outlets"), f);
    f.outlet = outlets.value(0);
    timeFilter(QStringLiteral("quotes altered across outlets + outlet"), f);
    f = {};
    f.inStory = true;
    timeFilter(QStringLiteral("in a story"), f);
    f = {};
    f.story = LinkStore(db.connection()).stories().value(0).id;
    timeFilter(QStringLiteral("one story (the largest)"), f);

    // The Stories view: every story with its articles, read on the model's worker, until the rows are in.
    {
        StoryListModel stories;
        bool read = false;
        QObject::connect(&stories, &StoryListModel::refreshed, &stories, [&] { read = true; });
        std::vector<double> ms;
        for (int i = 0; i < runs + 1; ++i) {
            read = false;
            QElapsedTimer t;
            t.start();
            if (i == 0)
                stories.setDatabasePath(dbPath);
            else
                stories.refresh();
            waitFor([&] { return read; }, 60000);
            if (i > 0)
                ms.push_back(msSince(t));
        }
        report(QStringLiteral("Stories view: read %1 stories with their articles").arg(stories.storyCount()), ms, 0);
        // What the worker reads, on this thread in CPU time: the stories, then their articles' rows.
        std::vector<double> storiesCpu, articlesCpu;
        for (int i = 0; i < runs; ++i) {
            double before = threadCpuMs();
            const QList<StoryRecord> records = LinkStore(db.connection()).stories(true);
            storiesCpu.push_back(threadCpuMs() - before);
            QList<qint64> members;
            for (const StoryRecord &r : records)
                members += r.articles;
            before = threadCpuMs();
            articles.summaries(members);
            articlesCpu.push_back(threadCpuMs() - before);
        }
        report(QStringLiteral("  LinkStore::stories(true), CPU time"), storiesCpu, 0);
        report(QStringLiteral("  their articles' summaries, CPU time"), articlesCpu, 0);
        std::vector<double> sortMs;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            stories.sort(i % 2 ? StoryListModel::DateColumn : StoryListModel::OutletsColumn, Qt::DescendingOrder);
            sortMs.push_back(msSince(t));
        }
        report(QStringLiteral("Stories view: sort by outlets or date"), sortMs, 100);
    }

    const auto finish = [] {
        bool ok = true;
        for (const Row &r : g_rows)
            ok = ok && (r.limit == 0 || percentile(r.ms, 0.5) < r.limit);
        std::printf("\n%s\n", ok ? "every median within its limit" : "A MEDIAN MISSED ITS LIMIT");
        return ok ? 0 : 1;
    };
    if (listOnly)
        return finish();

    // --- the side panel's annotations: the Annotations tab filled for an article ---
    {
        TagTreeModel tags(&annotator);
        AnnotationPanel panel(&annotator, &tags);
        panel.resize(380, 800);
        panel.show();
        QCoreApplication::processEvents();
        for (const auto &[label, id] : {std::pair{QStringLiteral("side panel: Annotations tab, the article with 500"), fx.heavyArticle},
                                        std::pair{QStringLiteral("side panel: Annotations tab, a typical article (2)"), fx.typicalArticle}}) {
            std::vector<double> ms;
            for (int i = 0; i < runs; ++i) {
                panel.clear();
                QCoreApplication::processEvents();
                QElapsedTimer t;
                t.start();
                panel.setArticle(id, {});
                QCoreApplication::processEvents(); // its layout and paint
                ms.push_back(msSince(t));
            }
            report(label, ms, 100);
        }
    }

    // --- merging two tags ---
    {
        const int mergeRuns = std::max(1, std::min(runs, 5));
        std::vector<double> apply, undo, redo, applyCpu, undoCpu, redoCpu;
        QUndoStack *stack = annotator.undoStack();
        const int moved = annotator.store().annotationCount({fx.mergeFrom});
        for (int i = 0; i < mergeRuns; ++i) {
            QElapsedTimer t;
            t.start();
            double cpu = threadCpuMs();
            if (!annotator.mergeTags(fx.mergeFrom, fx.mergeInto)) {
                std::fprintf(stderr, "annotation_bench: the merge failed: %s\n", qPrintable(annotator.errorString()));
                return 1;
            }
            apply.push_back(msSince(t));
            applyCpu.push_back(threadCpuMs() - cpu);
            t.restart();
            cpu = threadCpuMs();
            stack->undo();
            undo.push_back(msSince(t));
            undoCpu.push_back(threadCpuMs() - cpu);
            t.restart();
            cpu = threadCpuMs();
            stack->redo();
            redo.push_back(msSince(t));
            redoCpu.push_back(threadCpuMs() - cpu);
            stack->undo(); // the database as it was, for the next run and the next start
        }
        if (annotator.store().annotationCount({fx.mergeFrom}) != moved) {
            std::fprintf(stderr, "annotation_bench: undoing the merge did not restore the source tag\n");
            return 1;
        }
        report(QStringLiteral("merge two tags (%1 annotations): apply").arg(moved), apply, 1000);
        report(QStringLiteral("merge two tags: undo"), undo, 1000);
        report(QStringLiteral("merge two tags: redo"), redo, 1000);
        report(QStringLiteral("  apply / undo / redo in CPU time: apply"), applyCpu, 0);
        report(QStringLiteral("  undo"), undoCpu, 0);
        report(QStringLiteral("  redo"), redoCpu, 0);
    }

    // --- tagging a selection on the article with 500 annotations ---
    {
        const std::optional<Article> article = articles.article(fx.heavyArticle);
        if (!article)
            return 1;
        ReaderView reader;
        reader.resize(900, 800);
        reader.show();
        const StoredAnalysis stored = analysis.analysis(article->id);
        QHash<qint64, QColor> colors;
        for (const Tag &t : annotator.tags())
            colors.insert(t.id, QColor(t.color));
        reader.setArticle(*article, stored.entitySpans(), stored.quoteSpans());
        reader.setAnnotations(annotator.store().annotations(article->id), colors);
        waitFor([&] { return reader.highlighter()->isComplete(); }, 10000);
        QUndoStack *stack = annotator.undoStack();
        std::vector<double> ms, cpu;
        const int length = int(article->body.size());
        for (int i = 0; i < runs; ++i) {
            const int start = (i * 97) % std::max(1, length - 30);
            QElapsedTimer t;
            t.start();
            const double before = threadCpuMs();
            if (annotator.annotate(article->id, article->body, start, start + 25, {fx.tagForSelection}) == 0)
                return 1;
            // What MainWindow does on Annotator::articlesChanged: the article's annotations, read
            // again, into the reader's annotation layer; then until the highlighter is done.
            reader.setAnnotations(annotator.store().annotations(article->id), colors);
            waitFor([&] { return reader.highlighter()->isComplete(); }, 10000);
            ms.push_back(msSince(t));
            cpu.push_back(threadCpuMs() - before);
            stack->undo(); // untimed: the article keeps its 500
        }
        report(QStringLiteral("tag a selection on the article with 500, until re-highlighted"), ms, 50);
        report(QStringLiteral("  its CPU time"), cpu, 0);
    }

    return finish();
}
