// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuslinker.h"

#include "analysisstore.h"
#include "linkstore.h"
#include "logging.h"
#include "quoteclusterer.h"

#include <QCache>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::CorpusLinker", text);
}

/** A temporary file read and written without Qt's buffer: each read is one exact check's shingles. */
class SpillFile : public QTemporaryFile
{
public:
    using QTemporaryFile::QTemporaryFile;
    bool openUnbuffered() { return open(QIODevice::ReadWrite | QIODevice::Unbuffered); }
};

/** Beside the database (on disk; /tmp is often in memory, as on Debian 13), else the temp folder. */
QString spillTemplate(const QSqlDatabase &db)
{
    const QFileInfo file(db.databaseName());
    const QString name = QStringLiteral("linking-XXXXXX.tmp");
    if (!db.databaseName().isEmpty() && !db.databaseName().startsWith(u':') && file.dir().exists())
        return file.dir().filePath(name);
    return QDir::temp().filePath(name);
}

/** Same-event candidates checked per article (those sharing the most quotes first). */
constexpr int maxSameEventChecks = 16;

/** One article to link, as read by the writer. */
struct Pending
{
    qint64 id = 0;
    QString body;
    QList<StoredQuote> quotes;
};

/** The same, made ready on a worker. */
struct Ready
{
    qint64 id = 0;
    ShingledText shingled;
    MinHashSignature signature;
    QList<QuoteClusterer::Prepared> quotes;
    QList<LinkedQuote> linked; ///< per quote, what linked_quotes stores
    std::vector<quint64> narration; ///< the shingles of its text outside the quotes
    std::vector<int> paragraph;     ///< per quote, the line it starts on
};

/** The text outside the quotes, in passages (a quote ends one). */
QStringList narration(const QString &body, QList<StoredQuote> quotes)
{
    std::sort(quotes.begin(), quotes.end(), [](const StoredQuote &x, const StoredQuote &y) { return x.span.start < y.span.start; });
    QStringList passages;
    qsizetype at = 0;
    for (const StoredQuote &q : quotes) {
        if (q.span.start > at)
            passages.append(body.mid(at, q.span.start - at));
        at = qMax<qsizetype>(at, q.span.end);
    }
    passages.append(body.mid(at));
    return passages;
}

ClusterQuote clusterQuote(qint64 article, const QString &body, const StoredQuote &q)
{
    ClusterQuote c;
    c.id = q.id;
    c.articleId = article;
    c.speakerEntityId = q.speakerEntity;
    c.speaker = q.span.speaker;
    c.text = body.mid(q.span.start, q.span.length());
    return c;
}

using ShingleBatch = QHash<qint64, const std::vector<quint64> *>;
using ShingleCache = QCache<qint64, std::vector<quint64>>;

/** An article's shingles (of its body, or of its narration): from the batch being linked, else
    from the cache of recent ones, else made by @p make (std::nullopt: the article is gone) and cached. */
template<typename Make>
std::optional<std::vector<quint64>> cachedShingles(qint64 id, const ShingleBatch &batch, ShingleCache &cache, Make make)
{
    if (const auto it = batch.constFind(id); it != batch.cend())
        return **it;
    if (const std::vector<quint64> *cached = cache.object(id))
        return *cached;
    std::optional<std::vector<quint64>> made = make();
    if (made)
        cache.insert(id, new std::vector<quint64>(*made), qMax<qsizetype>(1, qsizetype(made->size())));
    return made;
}

LinkedQuote linkedQuote(qint64 article, const QString &body, const StoredQuote &q)
{
    LinkedQuote l;
    l.id = q.id;
    l.article = article;
    l.start = q.span.start;
    l.end = q.span.end;
    l.speaker = q.span.speaker;
    l.text = body.mid(q.span.start, q.span.length());
    return l;
}

} // namespace

CorpusLinker::CorpusLinker(const QSqlDatabase &db)
    : m_db(db)
{
}

QString CorpusLinker::run(LinkRunSummary *summaryOut)
{
    LinkRunSummary summary;
    LinkStore links(m_db);
    AnalysisStore analysis(m_db);
    const int version = StoryLinker::signatureVersion();
    const QList<qint64> pending = links.unlinkedArticles(version);
    if (!links.errorString().isEmpty())
        return tr("Cannot read the articles to link: %1").arg(links.errorString());
    if (pending.isEmpty()) {
        if (summaryOut)
            *summaryOut = summary;
        return {};
    }
    const QSet<qint64> pendingSet(pending.cbegin(), pending.cend());
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    QElapsedTimer timer;
    timer.start();

    // The index of what is linked already: signatures and quote stems, no text.
    StoryLinker linker(m_params);
    // The shingles of the articles linked in this run stay in memory (4 bytes a shingle): the exact
    // check of a candidate must not read and shingle its body again. Articles linked in an earlier
    // run are read through the source.
    linker.setKeepShingles(true);
    // A large run keeps them in a temporary file: 100,000 articles' shingles are ~240 MB, which the
    // page cache holds or not, instead of the process.
    SpillFile spill(spillTemplate(m_db));
    if (pending.size() > m_spillAbove) {
        if (spill.openUnbuffered())
            linker.setShingleSpill(&spill);
        else
            qCWarning(lcImport) << "linking keeps its shingles in memory: no temporary file:" << spill.errorString();
    }
    ShingleBatch batchShingles; // the batch being linked
    // The shingles of articles read or linked lately, so a story with many versions reads each
    // body once; at most ~32 MB.
    ShingleCache recent(4 * 1024 * 1024);
    const auto shinglesOf = [&](qint64 id) {
        return cachedShingles(id, batchShingles, recent, [&]() -> std::optional<std::vector<quint64>> {
            const QString body = links.body(id);
            if (body.isEmpty())
                return std::nullopt;
            return linker.shingle(body).shingles;
        });
    };
    linker.setShingleSource(shinglesOf);
    QHash<qint64, QDate> published; // the articles' dates, read once
    const auto publishedOf = [&](qint64 id) {
        auto it = published.constFind(id);
        if (it == published.cend())
            it = published.insert(id, links.published(id));
        return *it;
    };
    // The size of each linked article's narration. The same-event check counts the new article's
    // narration shingles in the other's kept shingles (the other's quotes are not taken out: its
    // quoted words rarely are the new one's narration).
    QHash<qint64, int> narrationSize;
    // The shingles of an article's narration, read for an article linked in an earlier run (the
    // batch's are in Ready).
    ShingleBatch batchNarration;
    ShingleCache recentNarration(1024 * 1024);
    const auto narrationOf = [&](qint64 id) {
        return *cachedShingles(id, batchNarration, recentNarration, [&]() -> std::optional<std::vector<quint64>> {
            return linker.shingleAll(narration(links.body(id), analysis.detectedQuotes(id)));
        });
    };
    if (!links.forEachSignature(version, [&](qint64 id, quint64 hash, const QByteArray &blob) {
            if (pendingSet.contains(id))
                return;
            if (const auto sig = StoryLinker::deserialise(blob)) {
                linker.addIndexed(id, hash, *sig);
                ++summary.indexed;
            }
        }))
        return tr("Cannot read the stored signatures: %1").arg(links.errorString());

    QuoteClusterer quotes;
    if (summary.indexed > 0) {
        QList<ClusterQuote> chunk;
        const auto flush = [&] {
            QList<QuoteClusterer::Prepared> prepared = QtConcurrent::blockingMapped(pool, chunk, &QuoteClusterer::prepare);
            for (QuoteClusterer::Prepared &p : prepared)
                quotes.add(std::move(p), QuoteClusterer::Mode::IndexOnly); // keeps the stems, not the words
            summary.indexedQuotes += int(chunk.size());
            chunk.clear();
        };
        const bool ok = analysis.forEachQuotes(pendingSet, [&](qint64 article, const QString &body, const QList<StoredQuote> &stored) {
            for (const StoredQuote &q : stored)
                chunk.append(clusterQuote(article, body, q));
            if (chunk.size() >= 4000)
                flush();
        });
        if (!ok)
            return tr("Cannot read the stored quotes: %1").arg(analysis.errorString());
        flush();
    }
    summary.indexMs = timer.restart();

    // Every quote that can match is written to linked_quotes when its article is linked. A quote
    // of an article linked before that has no row (a database linked by an older version) gets
    // one when it is first matched.
    QSet<qint64> checkedQuotes;
    const auto ensureLinkedQuote = [&](qint64 quoteId) {
        if (pendingSet.contains(quoteId / 65536) || checkedQuotes.contains(quoteId))
            return true;
        checkedQuotes.insert(quoteId);
        if (links.hasLinkedQuote(quoteId))
            return true;
        const qint64 article = quoteId / 65536;
        const QString body = links.body(article);
        for (const StoredQuote &q : analysis.detectedQuotes(article)) {
            if (q.id == quoteId)
                return links.insertLinkedQuote(linkedQuote(article, body, q));
        }
        return true; // gone meanwhile: nothing to show
    };

    const auto prepareOne = [&linker](const Pending &p) {
        Ready r;
        r.id = p.id;
        r.shingled = linker.shingle(p.body);
        r.signature = linker.signature(r.shingled);
        for (const StoredQuote &q : p.quotes) {
            r.quotes.append(QuoteClusterer::prepare(clusterQuote(p.id, p.body, q)));
            r.linked.append(linkedQuote(p.id, p.body, q));
        }
        r.narration = linker.shingleAll(narration(p.body, p.quotes));
        for (const StoredQuote &q : p.quotes)
            r.paragraph.push_back(int(QStringView(p.body).first(qBound(0, q.span.start, int(p.body.size()))).count(u'\n')));
        return r;
    };

    const int total = int(pending.size());
    const auto readBatch = [&](qsizetype start) {
        QList<Pending> batch;
        for (qsizetype i = start; i < qMin(start + m_batchSize, pending.size()); ++i) {
            const qint64 id = pending.at(i);
            batch.append({id, links.body(id), analysis.detectedQuotes(id)});
        }
        return batch;
    };
    // Double buffering: the pool prepares batch k+1 while this thread links batch k.
    QFuture<Ready> next = QtConcurrent::mapped(pool, readBatch(0), prepareOne);
    QString error;
    for (qsizetype start = 0; start < pending.size() && error.isEmpty(); start += m_batchSize) {
        QFuture<Ready> current = next;
        if (cancelled())
            break;
        if (start + m_batchSize < pending.size())
            next = QtConcurrent::mapped(pool, readBatch(start + m_batchSize), prepareOne);
        QList<Ready> ready = current.results();
        if (!m_db.transaction()) {
            error = tr("Cannot write links: %1").arg(m_db.lastError().text());
            break;
        }
        batchShingles.clear();
        batchNarration.clear();
        for (const Ready &r : std::as_const(ready)) {
            batchShingles.insert(r.id, &r.shingled.shingles);
            batchNarration.insert(r.id, &r.narration);
        }
        // Quote rows and links, written at the end of the batch, many rows a statement.
        std::vector<LinkedQuote> batchLinkedQuotes;
        std::vector<std::pair<qint64, qint64>> batchQuoteLinks;
        // Links one article; false (with LinkStore's error) when a write fails.
        const auto linkOne = [&](Ready &r) {
            QSet<qint64> linkedArticles;
            for (const StoryLink &l : linker.add(r.id, r.shingled, r.signature)) {
                if (!links.insertStoryLink(l))
                    return false;
                linkedArticles.insert(l.other);
                ++summary.storyLinks;
            }
            if (!links.writeSignature(r.id, version, r.shingled.bodyHash, StoryLinker::serialise(r.signature)))
                return false;

            // (article, paragraph) for each quote this one repeats: two quotes of one shared paragraph
            // are one passage reprinted, not two statements reported apart.
            std::vector<std::pair<qint64, int>> sharedQuotes;
            for (qsizetype i = 0; i < r.quotes.size(); ++i) {
                QuoteClusterer::Prepared &q = r.quotes[i];
                if (qsizetype(q.stems.size()) < QuoteClusterer::minWords)
                    continue; // matches nothing
                batchLinkedQuotes.push_back(r.linked.at(i));
                const QList<qint64> matched = quotes.add(std::move(q), QuoteClusterer::Mode::AllMatches);
                for (qint64 other : matched) {
                    if (!ensureLinkedQuote(other))
                        return false;
                    batchQuoteLinks.push_back({r.linked.at(i).id, other});
                    ++summary.quoteLinks;
                    for (qint64 article : quotes.articlesOfCopies(other))
                        sharedQuotes.push_back({article, r.paragraph[size_t(i)]});
                }
            }
            // Two reports of one event, written apart: quotes shared in two paragraphs or more, and
            // some shared text. The articles sharing the most first, at most maxSameEventChecks.
            std::sort(sharedQuotes.begin(), sharedQuotes.end());
            sharedQuotes.erase(std::unique(sharedQuotes.begin(), sharedQuotes.end()), sharedQuotes.end());
            std::vector<std::pair<int, qint64>> ranked; // (−own paragraphs with a shared quote, article)
            for (size_t i = 0; i < sharedQuotes.size();) {
                size_t j = i;
                while (j < sharedQuotes.size() && sharedQuotes[j].first == sharedQuotes[i].first)
                    ++j;
                const qint64 article = sharedQuotes[i].first;
                if (j - i >= 2 && article != r.id && !linkedArticles.contains(article))
                    ranked.push_back({-int(j - i), article});
                i = j;
            }
            std::sort(ranked.begin(), ranked.end());
            const QDate date = ranked.empty() ? QDate() : publishedOf(r.id);
            int checks = 0;
            for (const auto &[count, other] : ranked) {
                if (checks == maxSameEventChecks)
                    break;
                const QDate otherDate = date.isValid() ? publishedOf(other) : QDate();
                if (otherDate.isValid() && qAbs(otherDate.daysTo(date)) > m_params.sameEventDays)
                    continue; // the same words on another day: a quote recalled, not one event
                ++checks;
                const auto similarity = linker.overlapWith(r.shingled, other);
                if (!similarity)
                    continue;
                const auto [jaccard, containment] = *similarity;
                if (containment < m_params.sameEventContainment)
                    continue;
                // Shared narration (not quotes) too little for a reprint: a background paragraph
                // two stories reuse, not two reports of one event.
                const auto keptSize = narrationSize.constFind(other);
                const std::optional<size_t> common = linker.keptCommon(r.narration, other);
                const double narrationShared = keptSize != narrationSize.cend() && common
                    ? double(*common) / double(qMax<size_t>(1, qMin<size_t>(r.narration.size(), size_t(*keptSize))))
                    : StoryLinker::overlap(r.narration, narrationOf(other)).second;
                if (narrationShared > m_params.sameEventNarration)
                    continue;
                if (!links.insertStoryLink({r.id, other, StoryRelation::SameEvent, jaccard, containment}))
                    return false;
                ++summary.storyLinks;
                ++summary.sameEvent;
            }
            narrationSize.insert(r.id, int(r.narration.size()));
            ++summary.linked;
            return true;
        };
        for (Ready &r : ready) {
            if (!linkOne(r)) {
                error = tr("Cannot store the links of article %1: %2").arg(r.id).arg(links.errorString());
                break;
            }
        }
        if (error.isEmpty() && (!links.insertLinkedQuotes(batchLinkedQuotes) || !links.insertQuoteLinks(batchQuoteLinks)))
            error = tr("Cannot store the quote links: %1").arg(links.errorString());
        if (!error.isEmpty()) {
            m_db.rollback();
            break;
        }
        if (!m_db.commit()) {
            error = tr("Cannot write links: %1").arg(m_db.lastError().text());
            m_db.rollback();
            break;
        }
        if (m_progress)
            m_progress(int(qMin(start + m_batchSize, pending.size())), total);
    }
    batchShingles.clear();
    batchNarration.clear();
    if (next.isRunning()) {
        next.cancel();
        next.waitForFinished();
    }
    // The index is not needed for the rebuild: its memory goes to the rebuild, not on top of it.
    linker = StoryLinker(m_params);
    spill.close();
    quotes = QuoteClusterer();
    recent.clear();
    recentNarration.clear();
    published = {};
    narrationSize = {};
    checkedQuotes = {};
    summary.linkMs = timer.restart();
    if (!error.isEmpty())
        return error;

    // Stories and quote clusters from everything linked so far (also after a cancel).
    if (!m_db.transaction() || !links.rebuildClusters() || !m_db.commit()) {
        const QString why = links.errorString().isEmpty() ? m_db.lastError().text() : links.errorString();
        m_db.rollback();
        return tr("Cannot build the stories: %1").arg(why);
    }
    summary.clusterMs = timer.elapsed();
    qCDebug(lcImport) << "linked" << summary.linked << "articles against" << summary.indexed << "in"
                      << summary.indexMs << "+" << summary.linkMs << "+" << summary.clusterMs << "ms";
    if (summaryOut)
        *summaryOut = summary;
    return {};
}

} // namespace Dossier
