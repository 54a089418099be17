// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storylinker_eval CORPUS_DIR GOLD_JSON [--bands B] [--rows R]
// Runs StoryLinker incrementally, in file order, over a corpus of FOLDER/NNN.txt files (line 1 the
// title, the rest the body) and scores its links against bench/gold/bbc-duplicates.json.
#include "storylinker.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <cstdio>

using namespace Dossier;

namespace {

QString decode(const QByteArray &raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(raw);
    if (utf8.hasError())
        text = QString::fromLatin1(raw); // sport/199.txt is ISO-8859-1
    return text;
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + u'|' + b : b + u'|' + a;
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    StoryParams params;
    for (int i = 0; i + 1 < args.size();) {
        if (args[i] == u"--bands") {
            params.bands = args[i + 1].toInt();
            args.remove(i, 2);
        } else if (args[i] == u"--rows") {
            params.rows = args[i + 1].toInt();
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: storylinker_eval CORPUS_DIR GOLD_JSON [--bands B] [--rows R]\n");
        return 2;
    }
    QFile goldFile(args[1]);
    if (!goldFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args[1]), qPrintable(goldFile.errorString()));
        return 1;
    }
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
    QSet<QString> identical, near, topic;
    for (const QJsonValue &v : gold[u"identical"].toArray())
        identical.insert(pairKey(v[0].toString(), v[1].toString()));
    for (const QJsonValue &v : gold[u"body_identical"].toArray())
        near.insert(pairKey(v[0].toString(), v[1].toString()));
    QHash<QString, double> goldJaccard;
    for (const QJsonValue &v : gold[u"near_duplicates"].toArray()) {
        const QString key = pairKey(v[u"a"].toString(), v[u"b"].toString());
        near.insert(key);
        goldJaccard.insert(key, v[u"jaccard"].toDouble());
    }
    for (const QJsonValue &v : gold[u"same_topic"].toArray())
        topic.insert(pairKey(v[u"a"].toString(), v[u"b"].toString()));

    QStringList files;
    QDirIterator it(args[0], {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(args[0]).relativeFilePath(path);
        if (rel.contains(u'/'))
            files << rel;
    }
    files.sort();
    QList<QString> bodies;
    for (const QString &rel : std::as_const(files)) {
        QFile f(args[0] + u'/' + rel);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(rel), qPrintable(f.errorString()));
            return 1;
        }
        const QString text = decode(f.readAll());
        const qsizetype nl = text.indexOf(u'\n');
        bodies << (nl < 0 ? QString() : text.mid(nl + 1));
    }

    const qint64 rssBefore = rssKiB();
    StoryLinker linker(params);
    StoryClusters clusters;
    QElapsedTimer timer;
    timer.start();
    qint64 candidates = 0;
    QHash<QString, StoryLink> links;
    for (qsizetype i = 0; i < files.size(); ++i) {
        for (const StoryLink &l : linker.addText(i, bodies[i])) {
            links.insert(pairKey(files[l.article], files[l.other]), l);
            clusters.link(l.article, l.other);
        }
        candidates += linker.lastCandidateCount();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rssAfter = rssKiB();

    // A copy (the same normalised body) is linked to the first article with that body only, so a
    // pair counts as found when the two articles' copy groups are linked (or are one group).
    QHash<qint64, qint64> rep;
    const auto repOf = [&](qint64 id) { return rep.value(id, id); };
    for (auto l = links.cbegin(); l != links.cend(); ++l) {
        if (l->relation == StoryRelation::Duplicate)
            rep.insert(std::max(l->article, l->other), repOf(std::min(l->article, l->other)));
    }
    QSet<QString> linkedGroups;
    for (auto l = links.cbegin(); l != links.cend(); ++l) {
        const qint64 a = repOf(l->article), b = repOf(l->other);
        linkedGroups.insert(QStringLiteral("%1|%2").arg(std::min(a, b)).arg(std::max(a, b)));
    }
    const auto found = [&](const QString &key) {
        const QStringList ab = key.split(u'|');
        const qint64 a = repOf(files.indexOf(ab[0])), b = repOf(files.indexOf(ab[1]));
        return a == b || linkedGroups.contains(QStringLiteral("%1|%2").arg(std::min(a, b)).arg(std::max(a, b)));
    };
    int identicalFound = 0;
    for (const QString &k : std::as_const(identical))
        identicalFound += found(k);
    int tp = 0, fp = 0;
    for (auto l = links.cbegin(); l != links.cend(); ++l) {
        if (identical.contains(l.key()) || near.contains(l.key()))
            continue;
        // A link between two copy groups stands for every gold pair across them.
        bool gold = false;
        for (const QString &k : std::as_const(near))
            gold = gold || (found(k) && [&] {
                const QStringList ab = k.split(u'|');
                const qint64 a = repOf(files.indexOf(ab[0])), b = repOf(files.indexOf(ab[1]));
                const qint64 x = repOf(l->article), y = repOf(l->other);
                return (a == x && b == y) || (a == y && b == x);
            }());
        if (!gold && !identical.isEmpty() && repOf(l->article) == repOf(l->other))
            gold = true; // two copies: an identical pair under another name
        if (!gold) {
            ++fp;
            std::printf("extra link: %s %s J=%.3f C=%.3f\n", qPrintable(l.key()),
                        qPrintable(storyRelationName(l->relation)), l->jaccard, l->containment);
        }
    }
    for (const QString &k : std::as_const(near)) {
        if (found(k))
            ++tp;
        else
            std::printf("missed: %s gold J=%.3f\n", qPrintable(k), goldJaccard.value(k, 1.0));
    }
    int topicLinks = 0, topicClustered = 0;
    for (const QString &k : std::as_const(topic)) {
        topicLinks += links.contains(k);
        const QStringList ab = k.split(u'|');
        topicClustered += clusters.sameStory(files.indexOf(ab[0]), files.indexOf(ab[1]));
    }
    QHash<StoryRelation, int> byRelation;
    for (const StoryLink &l : std::as_const(links))
        ++byRelation[l.relation];

    const double precision = tp + fp ? double(tp) / (tp + fp) : 1.0;
    const double recall = near.isEmpty() ? 1.0 : double(tp) / near.size();
    std::printf("params: k=%d b=%d r=%d (n=%d) nearJaccard=%.2f containment=%.2f additions=%.2f\n",
                params.shingleWords, params.bands, params.rows, params.signatureSize(), params.nearJaccard,
                params.containment, params.additions);
    std::printf("articles %lld, links %lld (duplicate %d, near-duplicate %d, contains/contained-in %d), stories %lld\n",
                qlonglong(files.size()), qlonglong(links.size()), byRelation.value(StoryRelation::Duplicate),
                byRelation.value(StoryRelation::NearDuplicate),
                byRelation.value(StoryRelation::Contains) + byRelation.value(StoryRelation::ContainedIn),
                qlonglong(clusters.stories().size()));
    std::printf("identical pairs in one copy group: %d / %lld\n", identicalFound, qlonglong(identical.size()));
    std::printf("near-duplicate pairs: gold %lld, found %d, extra %d: precision %.3f recall %.3f F1 %.3f\n",
                qlonglong(near.size()), tp, fp, precision, recall,
                precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
    std::printf("same-topic pairs: %lld, linked %d, in one story %d\n", qlonglong(topic.size()), topicLinks,
                topicClustered);
    std::printf("candidates checked exactly: %lld (%.2f per article)\n", candidates,
                double(candidates) / double(files.size()));
    std::printf("time: %.1f ms (%.1f us per article: shingles, signature, LSH, exact checks)\n", ms,
                1000.0 * ms / double(files.size()));
    std::printf("memory: index %.1f KiB (%.0f bytes per article); RSS grew %lld KiB\n",
                double(linker.memoryBytes()) / 1024.0, double(linker.memoryBytes()) / double(files.size()),
                rssAfter - rssBefore);
    return 0;
}
