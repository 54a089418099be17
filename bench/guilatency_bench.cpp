// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// guilatency_bench FOLDER [DBPATH]
//
// Measures how long the GUI thread's event loop stalls while MainWindow imports FOLDER in the
// background. A 5 ms timer records the gap between consecutive ticks; a stall shows up as a gap
// much longer than 5 ms. Meanwhile the program uses the window the way a reader would: every
// 200 ms it presses Alt+Down (Go › Next Article) and once a second it runs a full-text search for
// "government", so the measurement includes reading while the import writes.
//
// When MainWindow::importFinished fires it prints the tick count, the median / p99 / p99.9 / max
// gap, the import duration, and the ten longest stalls with what overlapped them: the bench's own
// actions (Alt+Down, search), the article list's refreshes (timed through the model's signals),
// and every event whose handling took over 10 ms (QApplication::notify is timed; a queued signal
// shows as a MetaCall, a QFutureWatcher's result as event 180, FutureCallOut). The last line,
// "RESULT key=value...", is for bench/import_bench.sh. Exit status: 0 if the max gap is at most
// 50 ms, 1 if it is longer, 2 on usage errors, 3 if the import failed or did not finish within
// DOSSIER_BENCH_TIMEOUT seconds (default 3600).
//
// Runs on the offscreen platform unless -platform or QT_QPA_PLATFORM says otherwise.

#include "articlelistmodel.h"
#include "importer.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int tickIntervalMs = 5;
constexpr int moveIntervalMs = 200;
constexpr int searchIntervalMs = 1000;
constexpr double maxAllowedGapMs = 50.0;
constexpr double stallReportMs = 20.0; // gaps longer than this are kept for the stall report

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Action
{
    const char *what;
    qint64 start; // ns since the clock's start
    qint64 end;
};

struct Stall
{
    qint64 at;  // ns, tick that ended the gap
    qint64 gap; // ns
    QByteArray during;
};

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return ms(sorted[i]);
}

/**
 * Times every top-level event dispatch on the GUI thread, so a stall can be blamed on whoever
 * handled the event that took the time (receiver class and event type; a queued signal shows as
 * a MetaCall to the receiving object).
 */
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 start; // ns on `clock`
        qint64 end;
        QByteArray what;
    };
    QElapsedTimer clock;
    std::vector<Slow> slow;
    static constexpr qint64 slowNs = 10'000'000; // events over 10 ms are kept

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !clock.isValid())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = clock.nsecsElapsed();
        // The receiver (DeferredDelete) and the event may be gone after notify(): note them first.
        const QEvent::Type type = event->type();
        const char *className = receiver->metaObject()->className();
        const QPointer<QObject> alive(receiver);
        const bool result = QApplication::notify(receiver, event);
        const qint64 end = clock.nsecsElapsed();
        --m_depth;
        if (end - start > slowNs) {
            QByteArray what(className);
            if (alive && !alive->objectName().isEmpty())
                what += '(' + alive->objectName().toUtf8() + ')';
            what += ' ' + eventName(type);
            slow.push_back({start, end, what});
        }
        return result;
    }

private:
    static QByteArray eventName(QEvent::Type type)
    {
        switch (type) {
        case QEvent::Timer: return "Timer";
        case QEvent::MetaCall: return "MetaCall";
        case QEvent::Paint: return "Paint";
        case QEvent::UpdateRequest: return "UpdateRequest";
        case QEvent::LayoutRequest: return "LayoutRequest";
        case QEvent::KeyPress: return "KeyPress";
        case QEvent::Resize: return "Resize";
        case QEvent::Polish: return "Polish";
        case QEvent::PolishRequest: return "PolishRequest";
        default: return "event " + QByteArray::number(int(type));
        }
    }
    int m_depth = 0;
};

bool hasPlatformArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasPlatformArgument(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    // Settings of its own in a temporary folder, so every run starts alike and the bench neither
    // reads nor rewrites a user's recent corpora or window geometry.
    QCoreApplication::setOrganizationName(QStringLiteral("DossierBench"));
    QCoreApplication::setApplicationName(QStringLiteral("guilatency_bench"));
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "guilatency_bench: cannot create a temporary folder\n");
        return 2;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.size() > 2 || args.first().startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: guilatency_bench FOLDER [DBPATH]\n");
        return 2;
    }
    const QString folder = args.at(0);
    const QString dbPath = args.value(1);
    if (!QFileInfo(folder).isDir()) {
        std::fprintf(stderr, "guilatency_bench: %s: not a folder\n", qPrintable(folder));
        return 2;
    }
    bool timeoutOk = false;
    int timeoutS = qEnvironmentVariableIntValue("DOSSIER_BENCH_TIMEOUT", &timeoutOk);
    if (!timeoutOk || timeoutS <= 0)
        timeoutS = 3600;

    Dossier::MainWindow window;
    window.show();
    window.activateWindow(); // window shortcuts (Alt+Down) need the active window
    window.raise();

    app.clock.start();
    const QElapsedTimer &clock = app.clock;
    std::vector<qint64> gaps;
    gaps.reserve(1 << 20);
    std::vector<Action> actions;
    std::vector<Stall> stalls;
    qint64 lastTick = -1;
    qint64 importStart = 0;
    bool measuring = false;
    int moves = 0;
    int articlesShown = 0;
    int searches = 0;
    qint64 maxSearchNs = 0;
    qint64 maxMoveNs = 0;
    int dialogsClosed = 0;
    qint64 maxGapNoSearch = 0; // the longest gap with no search of the bench's in it

    const auto duringGap = [&](qint64 from, qint64 to) {
        QByteArray what;
        for (auto it = actions.rbegin(); it != actions.rend() && it->end >= from; ++it) {
            if (it->start <= to) {
                if (!what.isEmpty())
                    what += ", ";
                what += QByteArray(it->what) + ' ' + QByteArray::number(ms(it->end - it->start), 'f', 1) + " ms";
            }
        }
        QByteArray events;
        for (auto it = app.slow.rbegin(); it != app.slow.rend() && it->end >= from; ++it) {
            if (it->start <= to) {
                if (!events.isEmpty())
                    events += ", ";
                events += it->what + ' ' + QByteArray::number(ms(it->end - it->start), 'f', 1) + " ms";
            }
        }
        return (what.isEmpty() ? QByteArray("no search, move or list refresh") : what) + "; slow events: " + (events.isEmpty() ? QByteArray("none over 10 ms") : events);
    };

    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(tickIntervalMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && lastTick >= 0) {
            const qint64 gap = now - lastTick;
            gaps.push_back(gap);
            bool searched = false;
            for (auto it = actions.rbegin(); it != actions.rend() && it->end >= lastTick; ++it)
                searched = searched || (it->start <= now && qstrcmp(it->what, "search") == 0);
            if (!searched)
                maxGapNoSearch = std::max(maxGapNoSearch, gap);
            if (ms(gap) > stallReportMs)
                stalls.push_back({now, gap, duringGap(lastTick, now)});
        }
        lastTick = now;
    });

    // The user: next article every 200 ms, a search every second. A modal dialog (an import error
    // would raise one) is reported and closed, so the bench cannot hang on it.
    QTimer user;
    user.setInterval(moveIntervalMs);
    int userTicks = 0;
    QObject::connect(&user, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            const auto *box = qobject_cast<QMessageBox *>(modal);
            std::fprintf(stderr, "guilatency_bench: closing a dialog: %s\n",
                         qPrintable(box ? box->text() : modal->windowTitle()));
            modal->close();
            ++dialogsClosed;
            return;
        }
        ++userTicks;
        {
            const qint64 start = clock.nsecsElapsed();
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::AltModifier);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_Down, Qt::AltModifier);
            QCoreApplication::sendEvent(target, &press);
            QCoreApplication::sendEvent(target, &release);
            const qint64 end = clock.nsecsElapsed();
            actions.push_back({"Alt+Down", start, end});
            maxMoveNs = std::max(maxMoveNs, end - start);
            ++moves;
        }
        if (userTicks % (searchIntervalMs / moveIntervalMs) == 0) {
            const qint64 start = clock.nsecsElapsed();
            window.runSearch(QStringLiteral("government"));
            const qint64 end = clock.nsecsElapsed();
            actions.push_back({"search", start, end});
            maxSearchNs = std::max(maxSearchNs, end - start);
            ++searches;
        }
    });
    QObject::connect(&window, &Dossier::MainWindow::articleShown, [&] { ++articlesShown; });

    // The article list's refreshes, timed in three steps on the GUI thread: the model reset (the
    // views included), then MainWindow's handler of `refreshed` (counts, selection). These slots
    // are connected after the views' and the window's, so they run after them.
    Dossier::ArticleListModel *model = window.articleModel();
    qint64 resetStart = 0, resetEnd = 0, maxResetNs = 0, maxRefreshedNs = 0;
    int refreshes = 0;
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, [&] { resetStart = clock.nsecsElapsed(); });
    QObject::connect(model, &QAbstractItemModel::modelReset, [&] {
        resetEnd = clock.nsecsElapsed();
        maxResetNs = std::max(maxResetNs, resetEnd - resetStart);
    });
    QObject::connect(model, &Dossier::ArticleListModel::refreshed, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxRefreshedNs = std::max(maxRefreshedNs, now - resetEnd);
        actions.push_back({"list refresh", resetStart, now});
        ++refreshes;
    });

    int status = 3;
    QObject::connect(&window, &Dossier::MainWindow::importFinished, &app, [&](const Dossier::ImportSummary &s) {
        if (!measuring)
            return;
        measuring = false;
        const qint64 importNs = clock.nsecsElapsed() - importStart;
        ticker.stop();
        user.stop();

        std::vector<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const double maxGap = sorted.empty() ? 0 : ms(sorted.back());
        const double p99 = percentile(sorted, 0.99);
        const double p999 = percentile(sorted, 0.999);
        const double median = percentile(sorted, 0.5);

        std::printf("import: %s: %d files, %d added, %d updated, %d unchanged, %d skipped, %d repaired%s\n",
                    s.ok ? "ok" : qPrintable(QStringLiteral("FAILED (%1)").arg(s.error)), s.scanned, s.added, s.updated,
                    s.unchanged, s.skipped, s.repaired, s.cancelled ? " (cancelled)" : "");
        std::printf("import duration: %.2f s (wall, openCorpus to importFinished); importer's own: %.2f s\n",
                    double(importNs) / 1e9, double(s.elapsedMs) / 1000.0);
        std::printf("ticks: %zu (every %d ms)\n", gaps.size(), tickIntervalMs);
        std::printf("gap ms: median %.2f  p99 %.2f  p999 %.2f  max %.2f\n", median, p99, p999, maxGap);
        std::printf("gaps over 50 ms: %td, over 20 ms: %zu\n",
                    std::count_if(gaps.begin(), gaps.end(), [](qint64 g) { return ms(g) > maxAllowedGapMs; }),
                    stalls.size());
        std::printf("user: %d Alt+Down (%d articles shown, slowest %.1f ms), %d searches (slowest %.1f ms)%s\n", moves,
                    articlesShown, ms(maxMoveNs), searches, ms(maxSearchNs),
                    dialogsClosed ? qPrintable(QStringLiteral(", %1 dialogs closed").arg(dialogsClosed)) : "");
        std::printf("max gap without a search in it: %.2f ms\n", ms(maxGapNoSearch));
        std::printf("list refreshes: %d; slowest model reset %.1f ms, slowest `refreshed` handling (counts, selection) %.1f ms\n",
                    refreshes, ms(maxResetNs), ms(maxRefreshedNs));
        std::sort(stalls.begin(), stalls.end(), [](const Stall &a, const Stall &b) { return a.gap > b.gap; });
        for (size_t i = 0; i < std::min<size_t>(stalls.size(), 10); ++i) {
            std::printf("  stall %.1f ms at +%.2f s; during it: %s\n", ms(stalls[i].gap),
                        double(stalls[i].at - importStart) / 1e9, stalls[i].during.constData());
        }
        // One machine-readable line for import_bench.sh.
        std::printf("RESULT ticks=%zu max_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_nosearch_ms=%.2f import_s=%.2f ok=%d\n",
                    gaps.size(), maxGap, p99, p999, ms(maxGapNoSearch), double(importNs) / 1e9, s.ok ? 1 : 0);
        std::fflush(stdout);
        status = !s.ok || s.cancelled ? 3 : maxGap <= maxAllowedGapMs ? 0 : 1;
        QCoreApplication::exit(status);
    });

    QTimer::singleShot(timeoutS * 1000, &app, [&] {
        std::fprintf(stderr, "guilatency_bench: the import did not finish within %d s\n", timeoutS);
        QCoreApplication::exit(3);
    });

    // Start the clock first, then open the corpus from the event loop, so the time openCorpus
    // itself spends on the GUI thread is measured as a gap like any other.
    ticker.start();
    QTimer::singleShot(100, &app, [&] {
        measuring = true;
        lastTick = clock.nsecsElapsed();
        importStart = lastTick;
        window.openCorpus(folder, dbPath);
        user.start();
    });

    const int rc = QApplication::exec();
    return rc;
}
