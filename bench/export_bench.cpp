// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// export_bench CACHE_DIR [CORPUS_FOLDER] [--runs N] [--formats a,b] [--phases]
//
// Issue 6's speed target: 10,000 annotations exported to each format in under 10 s, with the GUI
// staying responsive. Builds the database once and keeps it in CACHE_DIR (export-bench.sqlite):
// imports CORPUS_FOLDER with the analysis and the links (make-corpus.py … --docs 10000 makes one),
// then adds, in one transaction, a codebook of 22 tags (four themes of four, one with two
// below it) and 10,000 annotations on 2,000 articles drawn at random (a fixed seed): spans of 10 to
// 80 characters, a fifth with two tags, a fifth with a note, a tenth claims with a verdict (most
// with a claimant from the entity registry, half with evidence), and a note on about a tenth of those
// articles. A later run reuses the database (delete it to rebuild; CORPUS_FOLDER is then needed).
//
// Then, for each format (--formats html,pdf,…; the names of exportFormatName(); default all),
// over N runs (default 3; 0 with --phases: the phases only), the whole corpus exported with no
// filter, as the Export dialog's default "All articles" does:
//   - on this thread: Exporter(db, format).writeFile(path), wall time and the process's CPU time;
//   - as the window runs it: startExport() on a worker of the global pool, with its own
//     connection, while this (GUI) thread's event loop runs a 5 ms timer and a QFutureWatcher
//     takes the progress signals, as the Export dialog's progress bar does. The longest gap
//     between two ticks is the longest the GUI thread could not answer the user; beside it, how
//     much of that gap the thread was runnable but waiting for a CPU (/proc/thread-self/schedstat):
//     a gap that is all waiting is the machine's load, not work on the GUI thread.
// --phases: also where the time goes, on this thread: ExportSource reading every article (with
// and without the links the reports need), each of the reads it makes per article on its own,
// and, for the PDF, its layout and its painting.
//
// Prints a line per measure and, at the end, the table for the README. Exit status 1 when a
// median misses 10 s or a worst gap goes over 50 ms (issue 2's limit for the GUI thread).
//
// Runs on the offscreen platform unless -platform or QT_QPA_PLATFORM says otherwise (the PDF
// needs a QGuiApplication for its fonts).

#include "analysisstore.h"
#include "benchutil.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "backgroundtasks.h"
#include "database.h"
#include "exporter.h"
#include "exportsource.h"
#include "importer.h"
#include "linkstore.h"
#include "reportexporter.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>
#include <functional>
#include <vector>

using namespace Dossier;
using namespace Dossier::BenchUtil;

namespace {

constexpr int annotationTarget = 10000;
constexpr int articleTarget = 2000; // articles that carry them
constexpr double limitMs = 10000;   // issue 6
constexpr double stallLimitMs = 50; // issue 2
constexpr int tickMs = 5;
const QString cacheMarker = QStringLiteral("export_bench");
const QString cacheVersion = QStringLiteral("1");

// CPU time of the process, all its threads (the PDF is laid out and painted on several): what a
// measure costs whatever else the machine runs.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// How long the calling thread has been runnable but waiting for a CPU, in ns (Linux: the second
// field of /proc/thread-self/schedstat); -1 where unknown. For the GUI thread only: the file is
// opened once, by the first caller.
qint64 runQueueWaitNs()
{
    static const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    char buf[128];
    const ssize_t n = fd < 0 ? -1 : ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return -1;
    buf[n] = 0;
    long long run = 0, wait = 0;
    return std::sscanf(buf, "%lld %lld", &run, &wait) == 2 ? wait : -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString megabytes(qint64 bytes)
{
    return bytes >= 1 << 20 ? QStringLiteral("%1 MB").arg(double(bytes) / (1 << 20), 0, 'f', 1)
                            : QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 0);
}

QString seconds(double ms)
{
    return QString::number(ms / 1000, 'f', 2);
}

// The tags an annotation may carry: the leaves of the codebook and, for a few, a theme.
struct Codebook
{
    QList<qint64> leaves;
    QList<qint64> themes;
};

bool addCodebook(AnnotationStore &store, Codebook &book)
{
    const QStringList themes{QStringLiteral("Sourcing"), QStringLiteral("Framing"), QStringLiteral("Actors"), QStringLiteral("Claims")};
    const QStringList children{QStringLiteral("Anonymous"), QStringLiteral("Official"), QStringLiteral("Expert"), QStringLiteral("Witness")};
    for (int p = 0; p < themes.size(); ++p) {
        Tag parent;
        parent.name = themes.at(p);
        parent.position = p;
        parent.color = QColor::fromHsv(p * 90, 90, 230).name();
        parent.description = QStringLiteral("The %1 theme of the codebook.").arg(themes.at(p).toLower());
        if (!store.insertTag(parent))
            return false;
        book.themes << parent.id;
        for (int c = 0; c < children.size(); ++c) {
            Tag child;
            child.parent = parent.id;
            child.position = c;
            child.name = p == 0 ? children.at(c) : QStringLiteral("%1 %2").arg(themes.at(p)).arg(c + 1);
            child.color = QColor::fromHsv((p * 90 + c * 17) % 360, 160, 200).name();
            if (!store.insertTag(child))
                return false;
            if (p == 0 && c == 0) {
                // Sourcing/Anonymous has two tags below it: three levels.
                for (int g = 0; g < 2; ++g) {
                    Tag grandchild;
                    grandchild.parent = child.id;
                    grandchild.position = g;
                    grandchild.name = g == 0 ? QStringLiteral("Officials speaking anonymously") : QStringLiteral("Insiders");
                    grandchild.color = QColor::fromHsv(200 + g * 30, 120, 210).name();
                    if (!store.insertTag(grandchild))
                        return false;
                    book.leaves << grandchild.id;
                }
            } else {
                book.leaves << child.id;
            }
        }
    }
    return true;
}

bool build(const QString &dbPath, const QString &corpus)
{
    if (!importFresh(corpus, dbPath, "export_bench", "with the analysis and the links"))
        return false;

    Database db;
    if (!db.open(dbPath))
        return false;
    ArticleStore articles(db.connection());
    AnnotationStore store(db.connection());
    QList<qint64> claimants; // people the registry knows, for the claims
    for (const EntityRecord &e : AnalysisStore(db.connection()).entities()) {
        if (e.type == EntityType::Person && e.mentions > 0)
            claimants << e.id;
    }

    QList<qint64> eligible; // bodies long enough for a few spans
    articles.forEachArticle([&](const Article &a) {
        if (a.body.size() >= 200)
            eligible << a.id;
        return true;
    });
    if (eligible.size() < articleTarget) {
        std::fprintf(stderr, "export_bench: the corpus has %lld articles of 200 characters or more; %d are needed\n",
                     qlonglong(eligible.size()), articleTarget);
        return false;
    }
    QRandomGenerator rng(6);
    std::shuffle(eligible.begin(), eligible.end(), rng);
    eligible.resize(articleTarget);
    QHash<qint64, int> plan; // every chosen article one, the rest drawn at random
    for (qint64 id : std::as_const(eligible))
        plan.insert(id, 1);
    for (int i = articleTarget; i < annotationTarget; ++i)
        ++plan[eligible.at(rng.bounded(articleTarget))];

    std::printf("adding %d annotations over %d articles…\n", annotationTarget, articleTarget);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    if (!store.transaction())
        return false;
    Codebook book;
    if (!addCodebook(store, book))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = true;
    int notes = 0;
    articles.forEachArticle([&](const Article &a) {
        const int n = plan.value(a.id);
        if (n == 0)
            return true;
        const int length = int(a.body.size());
        for (int k = 0; k < n; ++k) {
            Annotation an;
            an.articleId = a.id;
            const int start = int(rng.bounded(length - 10));
            an.anchor = TextAnchor::make(a.body, start, std::min(length, start + 10 + int(rng.bounded(70))));
            an.tags = {book.leaves.at(rng.bounded(int(book.leaves.size())))};
            if (rng.bounded(5) == 0) {
                const QList<qint64> &second = rng.bounded(2) ? book.themes : book.leaves;
                const qint64 tag = second.at(rng.bounded(int(second.size())));
                if (!an.tags.contains(tag))
                    an.tags << tag;
            }
            std::sort(an.tags.begin(), an.tags.end());
            if (rng.bounded(5) == 0)
                an.note = QStringLiteral("Check against the council's minutes of the same week; the figure differs from the one given earlier.");
            if (rng.bounded(10) == 0) {
                an.claim = ClaimStatus(rng.bounded(claimStatusCount));
                if (!claimants.isEmpty() && rng.bounded(4) != 0)
                    an.claimant = claimants.at(rng.bounded(int(claimants.size())));
                if (rng.bounded(2) == 0)
                    an.evidence = {{QStringLiteral("https://example.org/fact-check/%1").arg(a.id), QStringLiteral("The official statistics")}};
            }
            an.author = QStringLiteral("bench");
            an.created = an.modified = now;
            if (!store.insertAnnotation(an)) {
                ok = false;
                return false;
            }
        }
        if (notes * 10 < articleTarget && rng.bounded(10) == 0) {
            ++notes;
            if (!store.setArticleNote({a.id, QStringLiteral("Compare with the wire copy; the second quote is not in it."), now})) {
                ok = false;
                return false;
            }
        }
        return true;
    });
    if (!ok) {
        std::fprintf(stderr, "export_bench: %s\n", qPrintable(store.errorString()));
        return false;
    }
    if (!articles.setSetting(cacheMarker, cacheVersion) || !store.commit())
        return false;
    std::printf("  %d annotations, %lld tags, %d article notes in %.1f s\n", store.annotationCount(), qlonglong(store.tags().size()), notes,
                msSince(t) / 1000);
    return true;
}

bool cacheReady(const QString &dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return false;
    Database db;
    return db.open(dbPath) && ArticleStore(db.connection()).setting(cacheMarker) == cacheVersion
           && AnnotationStore(db.connection()).annotationCount() == annotationTarget;
}

struct Result
{
    ExportFormat format = ExportFormat::Html;
    std::vector<double> direct, directCpu, worker, stall, stallWait;
    qint64 size = 0;
    int articles = 0;
    int annotations = 0;
    QString error;
};

// On this thread, as the command line runs it.
bool timeDirect(const QSqlDatabase &db, Result &r, const QString &path, const QDateTime &time, int runs)
{
    for (int i = 0; i < runs; ++i) {
        Exporter exporter(db, r.format);
        exporter.setExportTime(time);
        QElapsedTimer t;
        t.start();
        const double cpu = cpuMs();
        if (!exporter.writeFile(path)) {
            r.error = exporter.errorString();
            return false;
        }
        r.direct.push_back(msSince(t));
        r.directCpu.push_back(cpuMs() - cpu);
        r.articles = exporter.exportedArticles();
        r.annotations = exporter.exportedAnnotations();
        r.size = QFileInfo(path).size();
        std::printf("  %-6s on this thread, run %d: %8.0f ms wall, %8.0f ms CPU\n", qPrintable(exportFormatName(r.format)), i + 1,
                    r.direct.back(), r.directCpu.back());
        std::fflush(stdout);
    }
    return true;
}

// On a worker, as the Export dialog runs it, with this thread's event loop ticking.
bool timeWorker(const QString &dbPath, Result &r, const QString &path, const QDateTime &time, int runs)
{
    for (int i = 0; i < runs; ++i) {
        ExportRequest request;
        request.databasePath = dbPath;
        request.format = r.format;
        request.outputPath = path;
        request.exportTime = time;
        const CancelFlag cancel = std::make_shared<std::atomic_bool>(false);

        QEventLoop loop;
        QElapsedTimer clock;
        qint64 last = -1, worst = 0;
        qint64 lastWait = runQueueWaitNs(), worstWait = 0; // of the worst gap: runnable, waiting for a CPU
        int progress = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(tickMs);
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 wait = runQueueWaitNs();
            if (last >= 0 && now - last > worst) {
                worst = now - last;
                worstWait = wait - lastWait;
            }
            last = now;
            lastWait = wait;
        });
        QFutureWatcher<ExportResult> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &loop, [&](int value) { progress = value; });
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        clock.start();
        ticker.start();
        watcher.setFuture(startExport(request, cancel));
        loop.exec();
        ticker.stop();
        const double wall = msSince(clock);
        // The gap from the last tick to the end counts too: the loop was as busy then.
        if (clock.nsecsElapsed() - std::max<qint64>(0, last) > worst) {
            worst = clock.nsecsElapsed() - std::max<qint64>(0, last);
            worstWait = runQueueWaitNs() - lastWait;
        }
        const ExportResult result = watcher.future().resultCount() > 0 ? watcher.result() : ExportResult{};
        if (!result.ok) {
            r.error = result.error;
            return false;
        }
        r.worker.push_back(wall);
        r.stall.push_back(double(worst) / 1e6);
        r.stallWait.push_back(lastWait < 0 ? -1 : double(worstWait) / 1e6);
        std::printf("  %-6s on a worker,      run %d: %8.0f ms wall, GUI thread's longest gap %6.1f ms, %5.1f ms of it runnable "
                    "but waiting for a CPU (progress to %d)\n",
                    qPrintable(exportFormatName(r.format)), i + 1, wall, r.stall.back(), r.stallWait.back(), progress);
        std::fflush(stdout);
    }
    return true;
}

// Where the time goes, on this thread.
void phases(const QSqlDatabase &db, const QList<ExportFormat> &formats, const QDateTime &time)
{
    std::printf("\nphases (this thread, wall / the process's CPU):\n");
    for (bool withLinks : {false, true}) {
        ExportSource source(db);
        source.setExportTime(time);
        source.setWithLinks(withLinks);
        QElapsedTimer t;
        t.start();
        double cpu = cpuMs();
        if (!source.open()) {
            std::printf("  open failed: %s\n", qPrintable(source.errorString()));
            return;
        }
        std::printf("  ExportSource::open()%s: %.0f / %.0f ms\n", withLinks ? " with links" : "", msSince(t), cpuMs() - cpu);
        t.restart();
        cpu = cpuMs();
        qint64 textChars = 0;
        source.forEachArticle([&](const QJsonObject &article, const ExportLinks &) {
            textChars += article.value(QLatin1String("text")).toString().size();
            return true;
        });
        std::printf("  ExportSource::forEachArticle()%s, every article read, nothing written (%d articles, %d annotations, %.1f M characters): "
                    "%.0f / %.0f ms\n",
                    withLinks ? " with links" : "", source.exportedArticles(), source.exportedAnnotations(), double(textChars) / 1e6, msSince(t),
                    cpuMs() - cpu);
        std::fflush(stdout);
    }
    // The reads forEachArticle() makes for each article, each on its own over the whole corpus and
    // set up as it sets them up; what the above takes beyond their sum is the article objects
    // built (JSON, code points).
    {
        const ArticleStore articles(db);
        AnalysisStore analysis(db);
        analysis.setRegistryFixed(true);
        AnnotationStore annotations(db);
        annotations.setReuseStatements(true);
        const LinkStore links(db);
        QList<qint64> ids;
        QElapsedTimer t;
        t.start();
        double cpu = cpuMs();
        articles.forEachArticle([&](const Article &a) {
            ids << a.id;
            return true;
        });
        std::printf("  its reads apart: ArticleStore::forEachArticle() %.0f / %.0f ms", msSince(t), cpuMs() - cpu);
        const auto each = [&](const char *what, const std::function<void(qint64)> &read) {
            QElapsedTimer t;
            t.start();
            const double cpu = cpuMs();
            for (qint64 id : std::as_const(ids))
                read(id);
            std::printf(", %s %.0f / %.0f ms", what, msSince(t), cpuMs() - cpu);
            std::fflush(stdout);
        };
        each("AnalysisStore::analysis()", [&](qint64 id) { analysis.analysis(id); });
        each("AnnotationStore::annotations()", [&](qint64 id) { annotations.annotations(id); });
        each("quoteReviews()", [&](qint64 id) { annotations.quoteReviews(id); });
        each("articleNote()", [&](qint64 id) { annotations.articleNote(id); });
        each("LinkStore::articleLinks()", [&](qint64 id) { links.articleLinks(id); });
        std::printf("\n");
    }
    if (!formats.contains(ExportFormat::Pdf))
        return;
    ExportSource source(db);
    source.setExportTime(time);
    source.setWithLinks(true);
    if (!source.open())
        return;
    QElapsedTimer t;
    t.start();
    double cpu = cpuMs();
    PdfReport report(source);
    if (!report.layout()) {
        std::printf("  PdfReport::layout() failed: %s\n", qPrintable(source.errorString()));
        return;
    }
    std::printf("  PDF: PdfReport::layout() (the report read and built while its parts are laid out on "
                "the other threads, the contents laid out twice): %.0f / %.0f ms, %d pages\n",
                msSince(t), cpuMs() - cpu, report.pageCount());
    std::fflush(stdout);
    t.restart();
    cpu = cpuMs();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    report.paint(&buffer);
    std::printf("  PDF: PdfReport::paint() (the parts painted, each into a PDF, on their threads, and joined): %.0f / %.0f ms, %s\n", msSince(t), cpuMs() - cpu,
                qPrintable(megabytes(buffer.size())));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = std::max(0, args.at(at + 1).toInt()); // 0: --phases only
        args.remove(at, 2);
    }
    QList<ExportFormat> formats = exportFormats();
    if (const qsizetype at = args.indexOf(QStringLiteral("--formats")); at >= 0 && at + 1 < args.size()) {
        formats.clear();
        for (const QString &name : args.at(at + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<ExportFormat> f = exportFormatFromName(name.trimmed().toLower());
            if (!f) {
                std::fprintf(stderr, "export_bench: unknown format %s\n", qPrintable(name));
                return 2;
            }
            formats << *f;
        }
        args.remove(at, 2);
    }
    const bool withPhases = args.removeAll(QStringLiteral("--phases")) > 0;
    if (args.isEmpty() || args.size() > 2 || formats.isEmpty() || (runs == 0 && !withPhases)) {
        std::fprintf(stderr, "usage: export_bench CACHE_DIR [CORPUS_FOLDER] [--runs N] [--formats a,b] [--phases]\n");
        return 2;
    }
    const QString cacheDir = QDir(args.at(0)).absolutePath();
    QDir().mkpath(cacheDir + QStringLiteral("/out"));
    const QString dbPath = cacheDir + QStringLiteral("/export-bench.sqlite");
    if (!cacheReady(dbPath)) {
        if (args.size() < 2) {
            std::fprintf(stderr, "export_bench: no database in %s yet: give CORPUS_FOLDER to build it\n", qPrintable(cacheDir));
            return 2;
        }
        if (!build(dbPath, QDir(args.at(1)).absolutePath()) || !cacheReady(dbPath)) {
            std::fprintf(stderr, "export_bench: the database built is not what the measures need\n");
            return 1;
        }
    }

    Database db;
    if (!db.open(dbPath))
        return 1;
    const int articleCount = ArticleStore(db.connection()).count();
    const AnnotationStore annotations(db.connection());
    std::printf("corpus: %d articles, %d annotations, %lld tags; %d runs; %d cores, load average %s\n\n", articleCount,
                annotations.annotationCount(), qlonglong(annotations.tags().size()), runs, QThread::idealThreadCount(),
                qPrintable(loadAverage()));
    std::fflush(stdout);

    // A fixed export time, so every run writes the same bytes.
    const QDateTime time(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::UTC);
    std::vector<Result> results;
    const QList<ExportFormat> timed = runs > 0 ? formats : QList<ExportFormat>();
    for (ExportFormat f : timed) {
        Result r;
        r.format = f;
        const QString suffix = exportFormatSuffix(f);
        if (!timeDirect(db.connection(), r, cacheDir + QStringLiteral("/out/export.") + suffix, time, runs)
            || !timeWorker(dbPath, r, cacheDir + QStringLiteral("/out/worker.") + suffix, time, runs)) {
            std::fprintf(stderr, "export_bench: %s: %s\n", qPrintable(exportFormatName(f)), qPrintable(r.error));
            return 1;
        }
        results.push_back(r);
    }
    if (withPhases)
        phases(db.connection(), formats, time);

    bool ok = true;
    std::printf("\nload average at the end: %s\n\n", qPrintable(loadAverage()));
    std::printf("| format | exported: articles / annotations | size | this thread: median / worst (CPU median) | on a worker: median / "
                "worst | GUI thread's longest gap: median / worst (of the worst, waiting for a CPU) | < 10 s, gaps ≤ 50 ms |\n"
                "|---|---:|---:|---:|---:|---:|---|\n");
    for (const Result &r : results) {
        const double median = std::max(percentile(r.direct, 0.5), percentile(r.worker, 0.5));
        const bool met = median < limitMs && percentile(r.stall, 1.0) <= stallLimitMs;
        ok = ok && met;
        const size_t w = size_t(std::max_element(r.stall.cbegin(), r.stall.cend()) - r.stall.cbegin());
        std::printf("| %s | %d / %d | %s | %s / %s s (%s s) | %s / %s s | %.1f / %.1f ms (%.1f) | %s |\n", qPrintable(exportFormatName(r.format)),
                    r.articles, r.annotations, qPrintable(megabytes(r.size)), qPrintable(seconds(percentile(r.direct, 0.5))),
                    qPrintable(seconds(percentile(r.direct, 1.0))), qPrintable(seconds(percentile(r.directCpu, 0.5))),
                    qPrintable(seconds(percentile(r.worker, 0.5))), qPrintable(seconds(percentile(r.worker, 1.0))), percentile(r.stall, 0.5),
                    percentile(r.stall, 1.0), r.stallWait.at(w), met ? "met" : "**missed**");
    }
    std::printf("\n%s\n", ok ? "every format within 10 s, and the GUI thread never blocked over 50 ms"
                              : "A FORMAT MISSED 10 s OR THE GUI THREAD BLOCKED OVER 50 ms");
    return ok ? 0 : 1;
}
