// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// stories_bench: story linking on a generated corpus (tools/make-corpus.py), scored against its
// truth.json. Driven by bench/stories/compare.sh, which runs the Go MinHash-LSH baseline beside it.
//
//   stories_bench CORPUS [--input-out FILE] [--links-out FILE] [--runs N] [--stages]
//       Reads the articles truth.json lists (sorted by path; article id = position in that order),
//       decodes and parses them as the importer does (TextDecoder, ArticleParser), then runs
//       StoryLinker::addText() over all bodies in id order, N times (default 1), each time with a
//       new linker; only addText() is timed. The last run's links make stories three ways, each
//       scored against truth.json:
//         all          StoryClusters over every link
//         jaccard      only duplicates and links with an exact Jaccard >= nearJaccard (0.5): the
//                      rule of the baseline's estimate filter
//         unambiguous  those, then each containment-only link (Jaccard below 0.5) whose two articles
//                      both have containment-only links into one story only
//       --input-out FILE  first writes "id<TAB>StoryLinker::normalise(body)" per article, UTF-8, one
//                         line each (normalised text has no tab or newline): the baseline's input
//       --links-out FILE  writes the links, "a b relation jaccard containment" per line
//       --stages          one more run (not in the median) that times shingle(), signature() and
//                         add() separately, in thread CPU time: where the time goes
//   stories_bench --score CORPUS PAIRS [--min-estimate X]
//       Scores someone else's links the same way: PAIRS has "a b [estimate]" per line (ids as
//       above); with --min-estimate only pairs whose estimate is at least X count.
//
// Scoring: two articles are a predicted pair when they are in the same predicted cluster (the
// connected components of the links), a true pair when truth.json puts them in the same story.
// Precision = shared pairs / predicted pairs, recall = shared pairs / true pairs.
// Machine-readable lines for compare.sh: "RESULT key=value ...", one per way of making stories.
#include "articleparser.h"
#include "storylinker.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Dossier;
using namespace Qt::StringLiterals;

namespace {

struct Truth
{
    QStringList files;         ///< relative paths, sorted: the article ids
    std::vector<int> story;    ///< the true story of each article
};

bool readTruth(const QString &corpus, Truth *truth)
{
    QFile f(corpus + QStringLiteral("/truth.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
        return false;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &error).object();
    const QJsonObject clusters = root[u"clusters"].toObject();
    if (error.error != QJsonParseError::NoError || clusters.isEmpty()) {
        std::fprintf(stderr, "%s: no \"clusters\" object (%s)\n", qPrintable(f.fileName()),
                     qPrintable(error.errorString()));
        return false;
    }
    QHash<QString, int> storyOf;
    int story = 0;
    for (auto it = clusters.begin(); it != clusters.end(); ++it, ++story) {
        for (const QJsonValue &file : it->toArray())
            storyOf.insert(file.toString(), story);
    }
    truth->files = storyOf.keys();
    truth->files.sort();
    truth->story.reserve(size_t(truth->files.size()));
    for (const QString &file : std::as_const(truth->files))
        truth->story.push_back(storyOf.value(file));
    return true;
}

struct Score
{
    qint64 predictedPairs = 0;
    qint64 truePairs = 0;
    qint64 sharedPairs = 0;
    qint64 clusters = 0; ///< predicted clusters of two or more articles
    double precision() const { return predictedPairs ? double(sharedPairs) / double(predictedPairs) : 1.0; }
    double recall() const { return truePairs ? double(sharedPairs) / double(truePairs) : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

qint64 pairsOf(qint64 n)
{
    return n * (n - 1) / 2;
}

StoryClusters clustersOf(const std::vector<std::pair<qint64, qint64>> &links)
{
    StoryClusters clusters;
    for (const auto &[a, b] : links)
        clusters.link(a, b);
    return clusters;
}

Score score(const Truth &truth, const StoryClusters &clusters)
{
    QHash<qint64, qint64> predictedSize, trueSize;
    QHash<QPair<qint64, qint64>, qint64> cell; // (predicted cluster, true story) -> articles
    for (qsizetype i = 0; i < truth.files.size(); ++i) {
        const qint64 predicted = clusters.find(i);
        const qint64 story = truth.story[size_t(i)];
        ++predictedSize[predicted];
        ++trueSize[story];
        ++cell[{predicted, story}];
    }
    Score s;
    for (qint64 n : std::as_const(predictedSize)) {
        s.predictedPairs += pairsOf(n);
        s.clusters += n > 1;
    }
    for (qint64 n : std::as_const(trueSize))
        s.truePairs += pairsOf(n);
    for (qint64 n : std::as_const(cell))
        s.sharedPairs += pairsOf(n);
    return s;
}

void printScore(const char *method, qsizetype links, const Score &s)
{
    std::printf("%s: %lld links -> %lld clusters; predicted pairs %lld, true pairs %lld, shared %lld\n", method,
                qlonglong(links), s.clusters, s.predictedPairs, s.truePairs, s.sharedPairs);
    std::printf("%s: precision %.4f recall %.4f F1 %.4f\n", method, s.precision(), s.recall(), s.f1());
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

int scoreMode(const QStringList &args)
{
    // --score CORPUS PAIRS [--min-estimate X]
    double minEstimate = -1;
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--min-estimate" && i + 1 < args.size())
            minEstimate = args[++i].toDouble();
        else if (args[i] != u"--score")
            rest << args[i];
    }
    if (rest.size() != 2) {
        std::fprintf(stderr, "usage: stories_bench --score CORPUS PAIRS [--min-estimate X]\n");
        return 2;
    }
    Truth truth;
    if (!readTruth(rest[0], &truth))
        return 1;
    QFile f(rest[1]);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(rest[1]), qPrintable(f.errorString()));
        return 1;
    }
    std::vector<std::pair<qint64, qint64>> links;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().simplified().split(' ');
        ++lineNo;
        if (fields.size() == 1 && fields[0].isEmpty())
            continue;
        bool okA = false, okB = false;
        const qint64 a = fields.value(0).toLongLong(&okA), b = fields.value(1).toLongLong(&okB);
        if (!okA || !okB || a < 0 || b < 0 || a >= truth.files.size() || b >= truth.files.size()) {
            std::fprintf(stderr, "%s:%d: not \"a b [estimate]\" with ids below %lld\n", qPrintable(rest[1]), lineNo,
                         qlonglong(truth.files.size()));
            return 1;
        }
        if (minEstimate >= 0 && fields.value(2).toDouble() < minEstimate)
            continue;
        links.emplace_back(a, b);
    }
    const Score s = score(truth, clustersOf(links));
    printScore("pairs", qsizetype(links.size()), s);
    std::printf("RESULT links=%lld clusters=%lld predicted_pairs=%lld true_pairs=%lld shared_pairs=%lld "
                "precision=%.4f recall=%.4f f1=%.4f\n",
                qlonglong(links.size()), s.clusters, s.predictedPairs, s.truePairs, s.sharedPairs, s.precision(),
                s.recall(), s.f1());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(u"--score"))
        return scoreMode(args);

    QString corpus, inputOut, linksOut;
    int runs = 1;
    bool stages = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--input-out" && i + 1 < args.size())
            inputOut = args[++i];
        else if (args[i] == u"--links-out" && i + 1 < args.size())
            linksOut = args[++i];
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--stages")
            stages = true;
        else if (corpus.isEmpty() && !args[i].startsWith(u"--"))
            corpus = args[i];
        else {
            std::fprintf(stderr, "stories_bench: unknown argument %s\n", qPrintable(args[i]));
            return 2;
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "usage: stories_bench CORPUS [--input-out FILE] [--links-out FILE] [--runs N] [--stages]\n"
                             "       stories_bench --score CORPUS PAIRS [--min-estimate X]\n");
        return 2;
    }
    Truth truth;
    if (!readTruth(corpus, &truth))
        return 1;

    // Parsing, as the importer does it: not timed.
    QElapsedTimer parseTimer;
    parseTimer.start();
    QStringList bodies;
    bodies.reserve(truth.files.size());
    qint64 chars = 0;
    for (const QString &rel : std::as_const(truth.files)) {
        QFile f(corpus + u'/' + rel);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
            return 1;
        }
        const DecodedText decoded = TextDecoder::decode(f.readAll());
        bodies << (decoded.verdict == DecodedText::Verdict::Text ? ArticleParser::parse(decoded.text).body : QString());
        chars += bodies.last().size();
    }
    std::printf("corpus %s: %lld articles, %.0f characters a body on average; parsed in %.1f s\n",
                qPrintable(corpus), qlonglong(bodies.size()), double(chars) / double(std::max<qsizetype>(1, bodies.size())),
                double(parseTimer.elapsed()) / 1000.0);

    if (!inputOut.isEmpty()) {
        QFile out(inputOut);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(inputOut), qPrintable(out.errorString()));
            return 1;
        }
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            out.write(QByteArray::number(i) + '\t' + StoryLinker::normalise(bodies[i]).toUtf8() + '\n');
        }
        if (!out.flush()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(inputOut), qPrintable(out.errorString()));
            return 1;
        }
    }

    const StoryParams params;
    std::printf("params: k=%d words, %d values, %d bands x %d rows; near-duplicate J >= %.2f or containment >= %.2f\n",
                params.shingleWords, params.signatureSize(), params.bands, params.rows, params.nearJaccard,
                params.containment);
    std::vector<double> seconds, cpuSeconds;
    std::vector<std::pair<qint64, qint64>> links;
    QList<StoryLink> allLinks;
    qsizetype memory = 0;
    qint64 candidates = 0;
    for (int run = 0; run < runs; ++run) {
        StoryLinker linker(params);
        QList<StoryLink> found;
        found.reserve(bodies.size());
        candidates = 0;
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            found += linker.addText(i, bodies[i]);
            candidates += linker.lastCandidateCount();
        }
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        cpuSeconds.push_back(threadCpuSeconds() - cpuStart);
        std::printf("run %d: %.3f s linking (%.1f us per article; thread CPU %.3f s), %lld links\n", run + 1,
                    seconds.back(), 1e6 * seconds.back() / double(bodies.size()), cpuSeconds.back(),
                    qlonglong(found.size()));
        std::fflush(stdout);
        memory = linker.memoryBytes();
        allLinks = std::move(found);
    }
    for (const StoryLink &l : std::as_const(allLinks))
        links.emplace_back(l.article, l.other);

    if (stages) {
        StoryLinker linker(params);
        // Thread CPU time per call: on a shared machine the wall clock also counts waiting for a core.
        double shingleS = 0, signatureS = 0, addS = 0;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const double t0 = threadCpuSeconds();
            const ShingledText text = linker.shingle(bodies[i]);
            const double t1 = threadCpuSeconds();
            const MinHashSignature sig = linker.signature(text);
            const double t2 = threadCpuSeconds();
            linker.add(i, text, sig);
            const double t3 = threadCpuSeconds();
            shingleS += t1 - t0;
            signatureS += t2 - t1;
            addS += t3 - t2;
        }
        const double n = double(bodies.size());
        std::printf("stages (thread CPU us per article): shingle() %.1f (normalise, SHA-256, word and shingle "
                    "hashes), signature() %.1f, add() %.1f (LSH and exact checks)\n",
                    1e6 * shingleS / n, 1e6 * signatureS / n, 1e6 * addS / n);
    }

    if (!linksOut.isEmpty()) {
        QFile out(linksOut);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(linksOut), qPrintable(out.errorString()));
            return 1;
        }
        QTextStream ts(&out);
        for (const StoryLink &l : std::as_const(allLinks))
            ts << l.other << ' ' << l.article << ' ' << storyRelationName(l.relation) << ' ' << l.jaccard << ' '
               << l.containment << '\n';
    }

    QHash<StoryRelation, int> byRelation;
    for (const StoryLink &l : std::as_const(allLinks))
        ++byRelation[l.relation];
    std::printf("links: duplicate %d, near-duplicate %d, contains/contained-in %d; candidates checked exactly %lld "
                "(%.2f per article)\n",
                byRelation.value(StoryRelation::Duplicate), byRelation.value(StoryRelation::NearDuplicate),
                byRelation.value(StoryRelation::Contains) + byRelation.value(StoryRelation::ContainedIn), candidates,
                double(candidates) / double(bodies.size()));
    // Three ways to make stories of the same links (bench/stories/README.md):
    //   all          every link unioned (StoryClusters as it is)
    //   jaccard      only duplicates and links with Jaccard >= nearJaccard (what the baseline's
    //                estimate filter does, with the exact Jaccard)
    //   unambiguous  those, then a containment-only link (Jaccard below nearJaccard) too when each of
    //                its two articles has containment-only links into one story only
    const auto strong = [&](const StoryLink &l) {
        return l.relation == StoryRelation::Duplicate || l.jaccard >= params.nearJaccard;
    };
    StoryClusters jaccardClusters;
    for (const StoryLink &l : std::as_const(allLinks)) {
        if (strong(l))
            jaccardClusters.link(l.article, l.other);
    }
    StoryClusters unambiguous = jaccardClusters;
    QHash<qint64, QSet<qint64>> weakStories; // article -> stories its containment-only links lead into
    for (const StoryLink &l : std::as_const(allLinks)) {
        if (!strong(l)) {
            weakStories[l.article].insert(jaccardClusters.find(l.other));
            weakStories[l.other].insert(jaccardClusters.find(l.article));
        }
    }
    for (const StoryLink &l : std::as_const(allLinks)) {
        if (!strong(l) && weakStories.value(l.article).size() == 1 && weakStories.value(l.other).size() == 1)
            unambiguous.link(l.article, l.other);
    }
    const std::pair<const char *, Score> variants[] = {
        {"all", score(truth, clustersOf(links))},
        {"jaccard", score(truth, jaccardClusters)},
        {"unambiguous", score(truth, unambiguous)},
    };
    for (const auto &[name, s] : variants)
        printScore(qPrintable(u"StoryLinker (%1)"_s.arg(QLatin1StringView(name))), qsizetype(links.size()), s);

    const double medianSeconds = median(seconds);
    std::printf("memory: StoryLinker::memoryBytes() %.1f MiB (%.0f bytes per article); process max RSS %.1f MiB "
                "(the parsed bodies included)\n",
                double(memory) / 1048576.0, double(memory) / double(bodies.size()), double(maxRssKiB()) / 1024.0);
    for (const auto &[name, s] : variants) {
        std::printf("RESULT variant=%s articles=%lld links=%lld clusters=%lld predicted_pairs=%lld true_pairs=%lld "
                    "shared_pairs=%lld precision=%.4f recall=%.4f f1=%.4f seconds_median=%.3f seconds_min=%.3f "
                    "seconds_max=%.3f cpu_seconds_median=%.3f us_per_article=%.1f memory_bytes=%lld max_rss_kib=%lld\n",
                    name, qlonglong(bodies.size()), qlonglong(links.size()), s.clusters, s.predictedPairs, s.truePairs,
                    s.sharedPairs, s.precision(), s.recall(), s.f1(), medianSeconds,
                    *std::min_element(seconds.begin(), seconds.end()), *std::max_element(seconds.begin(), seconds.end()),
                    median(cpuSeconds),
                    1e6 * medianSeconds / double(bodies.size()), qlonglong(memory), maxRssKiB());
    }
    return 0;
}
