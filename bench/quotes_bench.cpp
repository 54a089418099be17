// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// quotes_bench FOLDER|EXPORT.json [--dump] [--entities]
//
// Times QuoteDetector::detect() over every .txt file under FOLDER (each read as UTF-8, falling back
// to Latin-1) and prints the microseconds per 1,000 characters (best of five passes, single thread;
// wall-clock and the thread's CPU time).
// Given a Dossier JSON export instead, it runs over articles[].text. With --dump it prints the quotes
// found as JSON lines (path, start, end, kind, speaker; offsets in UTF-16 code units), for scoring.
// With --entities the export's articles[].entities (code-point offsets) are passed to the detector
// as the NER result.

#include "quotedetector.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Dossier;

namespace {

struct Doc
{
    QString path;
    QString text;
    QList<EntitySpan> entities;
};

/** Code-point offsets (the export's) to UTF-16 offsets. */
int utf16Offset(const QString &text, int codePoints)
{
    int i = 0;
    for (int n = 0; n < codePoints && i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return i;
}

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1000.0;
}

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8(bytes);
    if (utf8.hasError())
        s = QString::fromLatin1(bytes);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: quotes_bench FOLDER|EXPORT.json [--dump] [--entities]\n");
        return 2;
    }
    const QString source = args.at(1);
    const bool dump = args.contains(QStringLiteral("--dump"));
    const bool withEntities = args.contains(QStringLiteral("--entities"));
    QList<Doc> docs;
    if (source.endsWith(QStringLiteral(".json"))) {
        QFile f(source);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(source));
            return 2;
        }
        const QJsonArray articles = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("articles")).toArray();
        for (const QJsonValue &a : articles) {
            Doc doc{a.toObject().value(QStringLiteral("path")).toString(), a.toObject().value(QStringLiteral("text")).toString(), {}};
            if (withEntities) {
                for (const QJsonValue &e : a.toObject().value(QStringLiteral("entities")).toArray()) {
                    EntitySpan span;
                    if (!entityTypeFromCode(e.toObject().value(QStringLiteral("type")).toString(), &span.type))
                        continue;
                    span.start = utf16Offset(doc.text, e.toObject().value(QStringLiteral("start")).toInt());
                    span.end = utf16Offset(doc.text, e.toObject().value(QStringLiteral("end")).toInt());
                    doc.entities.append(span);
                }
                std::sort(doc.entities.begin(), doc.entities.end(),
                          [](const EntitySpan &x, const EntitySpan &y) { return x.start < y.start; });
            }
            docs.append(doc);
        }
    } else {
        QDirIterator it(source, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                docs.append({path, decode(f.readAll()), {}});
        }
        std::sort(docs.begin(), docs.end(), [](const Doc &a, const Doc &b) { return a.path < b.path; });
    }
    if (docs.isEmpty()) {
        std::fprintf(stderr, "no articles in %s\n", qPrintable(source));
        return 2;
    }
    const QuoteDetector detector;
    qint64 chars = 0;
    int quotes = 0;
    for (const Doc &d : docs) {
        chars += d.text.size();
        const QList<QuoteSpan> found = detector.detect(d.text, d.entities);
        quotes += int(found.size());
        if (!dump)
            continue;
        for (const QuoteSpan &q : found) {
            QJsonObject o{{QStringLiteral("path"), d.path},
                          {QStringLiteral("start"), q.start},
                          {QStringLiteral("end"), q.end},
                          {QStringLiteral("markStart"), q.markStart},
                          {QStringLiteral("markEnd"), q.markEnd},
                          {QStringLiteral("kind"), q.kind == QuoteKind::Full ? QStringLiteral("full") : QStringLiteral("partial")},
                          {QStringLiteral("speaker"), q.speaker},
                          {QStringLiteral("speakerType"), entityTypeCode(q.speakerType)},
                          {QStringLiteral("text"), d.text.mid(q.start, q.end - q.start)},
                          {QStringLiteral("cue"), q.cueStart >= 0 ? d.text.mid(q.cueStart, q.cueEnd - q.cueStart) : QString()}};
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        }
    }
    // Wall-clock time, and the thread's CPU time (which leaves out time spent descheduled, so it
    // stays meaningful on a machine busy with other work).
    double best = 1e300;
    double bestCpu = 1e300;
    for (int pass = 0; pass < 5; ++pass) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuUs();
        int n = 0;
        for (const Doc &d : docs)
            n += int(detector.detect(d.text, d.entities).size());
        best = std::min(best, double(timer.nsecsElapsed()) / 1000.0);
        bestCpu = std::min(bestCpu, threadCpuUs() - cpu0);
        if (n != quotes)
            return 3; // not deterministic
    }
    std::fprintf(dump ? stderr : stdout,
                 "%lld articles, %lld chars, %d quotes: %.3f us per 1,000 chars wall (%.1f ms), %.3f us CPU\n",
                 static_cast<long long>(docs.size()), static_cast<long long>(chars), quotes, best * 1000.0 / double(chars),
                 best / 1000.0, bestCpu * 1000.0 / double(chars));
    return 0;
}
