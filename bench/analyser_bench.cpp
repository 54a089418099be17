// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// analyser_bench FOLDER...: what the analysis of one article costs, per layer, on one thread.
// Reads every .txt/.md file below the folders, cleans it as the import does, then times
// NerTagger::tag(), QuoteDetector::detect() and the whole Analyser::analyse() over all bodies
// (best of 5 rounds each) and prints microseconds per article and per 1,000 characters.
#include "analyser.h"
#include "articleparser.h"
#include "nertagger.h"
#include "quotedetector.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <functional>

using namespace Dossier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList folders = app.arguments().mid(1);
    if (folders.isEmpty()) {
        std::fprintf(stderr, "usage: analyser_bench FOLDER...\n");
        return 2;
    }
    QStringList bodies;
    qint64 chars = 0;
    for (const QString &folder : folders) {
        QDirIterator it(folder, {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const DecodedText text = TextDecoder::decode(f.readAll());
            if (text.verdict != DecodedText::Verdict::Text)
                continue;
            bodies << ArticleParser::parse(text.text).body;
            chars += bodies.last().size();
        }
    }
    if (bodies.isEmpty()) {
        std::fprintf(stderr, "analyser_bench: no articles found\n");
        return 1;
    }
    NerTagger::builtin(); // load the model outside the timing
    const auto best = [&](const std::function<void(const QString &)> &work) {
        qint64 bestNs = -1;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            for (const QString &body : std::as_const(bodies))
                work(body);
            const qint64 ns = t.nsecsElapsed();
            if (bestNs < 0 || ns < bestNs)
                bestNs = ns;
        }
        return bestNs;
    };
    const QuoteDetector detector;
    QList<QList<EntitySpan>> entities;
    for (const QString &body : std::as_const(bodies))
        entities << NerTagger::builtin().tag(body);
    qsizetype i = 0;
    const qint64 ner = best([](const QString &body) { NerTagger::builtin().tag(body); });
    const qint64 quotes = best([&](const QString &body) { detector.detect(body, entities.at(i++ % entities.size())); });
    const qint64 all = best([](const QString &body) { Analyser::analyse(body); });
    const auto line = [&](const char *what, qint64 ns) {
        std::printf("%-22s %8.1f us per article %8.1f us per 1,000 chars\n", what, double(ns) / 1000.0 / double(bodies.size()),
                    double(ns) / double(chars));
    };
    std::printf("%lld articles, %lld characters (%.0f per article), one thread, best of 5\n", qint64(bodies.size()), chars,
                double(chars) / double(bodies.size()));
    line("entities (NerTagger)", ner);
    line("quotes (QuoteDetector)", quotes);
    line("whole analysis", all);
    return 0;
}
