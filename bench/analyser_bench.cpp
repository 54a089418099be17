// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// analyser_bench FOLDER...: what the analysis of one article costs, per layer, on one thread.
// Reads every .txt/.md file below the folders, cleans it as the import does, then times
// NerTagger::tag(), QuoteDetector::detect() and the whole Analyser::analyse() over all bodies
// (best of 5 rounds each) and prints microseconds per article and per 1,000 characters.
//   --dump FILE   write every article's entity spans (path, start, end, type) to FILE and stop: diff two
//                 builds' dumps to prove a change to the tagger keeps its output
//   --ner-only    time only NerTagger::tag() (runs faster; for profiling under callgrind, with --rounds 1)
//   --rounds N    rounds per layer (default 5); the best counts
//   --cpu         time with the thread's CPU clock instead of the wall clock: on a machine shared with
//                 other work, time spent waiting for a core then does not count (its cache misses still do)
#include "analyser.h"
#include "articleparser.h"
#include "nertagger.h"
#include "quotedetector.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Dossier;

static qint64 threadCpuNanos()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList folders;
    QString dumpPath;
    bool nerOnly = false;
    bool cpuClock = false;
    int rounds = 5;
    const QStringList args = app.arguments();
    for (int a = 1; a < args.size(); ++a) {
        if (args[a] == QLatin1String("--dump") && a + 1 < args.size())
            dumpPath = args[++a];
        else if (args[a] == QLatin1String("--ner-only"))
            nerOnly = true;
        else if (args[a] == QLatin1String("--cpu"))
            cpuClock = true;
        else if (args[a] == QLatin1String("--rounds") && a + 1 < args.size())
            rounds = std::max(1, args[++a].toInt());
        else
            folders << args[a];
    }
    if (folders.isEmpty()) {
        std::fprintf(stderr, "usage: analyser_bench [--dump FILE] [--ner-only] [--rounds N] [--cpu] FOLDER...\n");
        return 2;
    }
    QStringList bodies, paths;
    qint64 chars = 0;
    for (const QString &folder : std::as_const(folders)) {
        QStringList files;
        QDirIterator it(folder, {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort(); // the same order on every run, for --dump
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const DecodedText text = TextDecoder::decode(f.readAll());
            if (text.verdict != DecodedText::Verdict::Text)
                continue;
            bodies << ArticleParser::parse(text.text).body;
            paths << path;
            chars += bodies.last().size();
        }
    }
    if (bodies.isEmpty()) {
        std::fprintf(stderr, "analyser_bench: no articles found\n");
        return 1;
    }
    NerTagger::builtin(); // load the model outside the timing
    if (!dumpPath.isEmpty()) {
        QFile out(dumpPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Text)) {
            std::fprintf(stderr, "analyser_bench: %s: %s\n", qPrintable(dumpPath), qPrintable(out.errorString()));
            return 1;
        }
        qint64 spans = 0;
        for (qsizetype a = 0; a < bodies.size(); ++a) {
            QByteArray lines = paths[a].toUtf8() + '\n';
            for (const EntitySpan &e : NerTagger::builtin().tag(bodies[a])) {
                lines += QByteArray::number(e.start) + '\t' + QByteArray::number(e.end) + '\t'
                    + entityTypeCode(e.type).toUtf8() + '\t' + bodies[a].mid(e.start, e.length()).toUtf8() + '\n';
                ++spans;
            }
            out.write(lines);
        }
        std::printf("%lld articles, %lld spans written to %s\n", qint64(bodies.size()), spans, qPrintable(dumpPath));
        return 0;
    }
    const auto best = [&](const std::function<void(const QString &)> &work) {
        qint64 bestNs = -1;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer t;
            t.start();
            const qint64 cpuStart = cpuClock ? threadCpuNanos() : 0;
            for (const QString &body : std::as_const(bodies))
                work(body);
            const qint64 ns = cpuClock ? threadCpuNanos() - cpuStart : t.nsecsElapsed();
            if (bestNs < 0 || ns < bestNs)
                bestNs = ns;
        }
        return bestNs;
    };
    const qint64 ner = best([](const QString &body) { NerTagger::builtin().tag(body); });
    const auto line = [&](const char *what, qint64 ns) {
        std::printf("%-22s %8.1f us per article %8.1f us per 1,000 chars\n", what, double(ns) / 1000.0 / double(bodies.size()),
                    double(ns) / double(chars));
    };
    std::printf("%lld articles, %lld characters (%.0f per article), one thread, best of %d%s\n", qint64(bodies.size()), chars,
                double(chars) / double(bodies.size()), rounds, cpuClock ? " (thread CPU time)" : "");
    line("entities (NerTagger)", ner);
    if (nerOnly)
        return 0;
    const QuoteDetector detector;
    QList<QList<EntitySpan>> entities;
    for (const QString &body : std::as_const(bodies))
        entities << NerTagger::builtin().tag(body);
    qsizetype i = 0;
    const qint64 quotes = best([&](const QString &body) { detector.detect(body, entities.at(i++ % entities.size())); });
    const qint64 all = best([](const QString &body) { Analyser::analyse(body); });
    line("quotes (QuoteDetector)", quotes);
    line("whole analysis", all);
    return 0;
}
