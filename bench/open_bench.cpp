// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// open_bench FOLDER [COUNT]
//
// Times opening articles the way a reader does, end to end: MainWindow imports FOLDER (with the
// analysis) into a new database, then chooses COUNT articles (default 200, spread over the list)
// one after the other and measures each MainWindow article change: reading the article and its
// analysis from SQLite, the reader's text with every highlight layer on, and the side panel's
// quotes and entities, until the event loop is idle again. Also opens one 300,000-character article
// written for the purpose. Prints the median, 95th percentile and worst in ms. Exit status 1 when the
// median typical article takes 30 ms or more, or the long one 300 ms or more.
//
// Runs on the offscreen platform unless -platform or QT_QPA_PLATFORM says otherwise.

#include "articlelistmodel.h"
#include "benchutil.h"
#include "mainwindow.h"
#include "readerview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>

using namespace Dossier;
using namespace Dossier::BenchUtil;

namespace {

// Runs the event loop until nothing is pending (deferred highlighting included).
void settle()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierBench"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: open_bench FOLDER [COUNT]\n");
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 200;
    QTemporaryDir work;
    // One long article beside the corpus: 300,000 characters of news-like paragraphs.
    const QString longFolder = work.filePath(QStringLiteral("long"));
    QDir().mkpath(longFolder);
    {
        QString text = QStringLiteral("A very long report\n\n");
        const QString paragraph = QStringLiteral(
            "LONDON (Reuters) - Kremlin spokesman Dmitry Peskov told reporters in Moscow on Tuesday that “there are no plans "
            "for a meeting,” adding that the Bank of England's decision of 3 May 2024 was “not our concern”. Officials "
            "in Washington said the £5bn plan would be reviewed. ");
        // Numbered, so the cleaner does not take them for repeated chrome.
        for (int n = 1; text.size() < 300000; ++n)
            text += QStringLiteral("In update %1, ").arg(n) + paragraph + QStringLiteral("\n\n");
        QFile f(longFolder + QStringLiteral("/long.txt"));
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return 1;
    }

    // Waits for `signal` of `sender` (true), or gives up after `ms` (false).
    const auto waitFor = [](auto *sender, auto signal, int ms, const std::function<void()> &start) {
        QEventLoop loop;
        bool fired = false;
        QObject::connect(sender, signal, &loop, [&] {
            fired = true;
            loop.quit();
        });
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        start();
        if (!fired)
            loop.exec();
        return fired;
    };
    const auto openFolder = [&](MainWindow &w, const QString &folder, const QString &db) {
        if (!waitFor(&w, &MainWindow::importFinished, 1800000, [&] { w.openCorpus(folder, db); }))
            return false;
        return w.articleModel()->rowCount() > 0 || waitFor(w.articleModel(), &ArticleListModel::refreshed, 60000, [] {});
    };
    const auto timeOpen = [](MainWindow &w, QTableView *list, int row) {
        settle();
        QElapsedTimer t;
        t.start();
        list->setCurrentIndex(w.articleModel()->index(row, 0));
        settle();
        return double(t.nsecsElapsed()) / 1e6;
    };

    MainWindow w;
    w.resize(1440, 860);
    w.show();
    if (!openFolder(w, args.at(1), work.filePath(QStringLiteral("corpus.sqlite")))) {
        std::fprintf(stderr, "open_bench: the import of %s did not finish\n", qPrintable(args.at(1)));
        return 1;
    }
    QTableView *list = w.findChild<QTableView *>();
    const int rows = w.articleModel()->rowCount();
    std::vector<double> times;
    for (int i = 0; i < count && rows > 1; ++i)
        times.push_back(timeOpen(w, list, int((qint64(i) * 7919) % rows)));

    MainWindow longWindow;
    longWindow.resize(1440, 860);
    longWindow.show();
    if (!openFolder(longWindow, longFolder, work.filePath(QStringLiteral("long.sqlite"))))
        return 1;
    QTableView *longList = longWindow.findChild<QTableView *>();
    longList->setCurrentIndex(QModelIndex());
    settle();
    std::vector<double> longTimes;
    for (int i = 0; i < 5; ++i) {
        longList->setCurrentIndex(QModelIndex());
        settle();
        longTimes.push_back(timeOpen(longWindow, longList, 0));
    }
    const int longChars = int(longWindow.reader()->article().body.size());

    std::printf("typical articles (%d opened from %d): median %.1f ms, p95 %.1f ms, worst %.1f ms (limit: 30 ms)\n", int(times.size()),
                rows, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0));
    std::printf("long article (%d chars, 5 opens): median %.1f ms, worst %.1f ms (limit: 300 ms)\n", longChars, percentile(longTimes, 0.5),
                percentile(longTimes, 1.0));
    return percentile(times, 0.5) < 30.0 && percentile(longTimes, 0.5) < 300.0 ? 0 : 1;
}
