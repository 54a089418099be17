// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storylinker.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QThreadPool;

namespace Dossier {

struct LinkRunSummary
{
    int linked = 0;       ///< articles linked in this run
    int indexed = 0;      ///< articles already linked, put into the index from their stored signatures
    int indexedQuotes = 0;
    int storyLinks = 0;   ///< new article links (duplicate, near-duplicate, contains, same event)
    int sameEvent = 0;    ///< of those, same-event links
    int quoteLinks = 0;   ///< new quote links
    qint64 indexMs = 0;   ///< loading the index of the articles already linked
    qint64 linkMs = 0;    ///< linking the new ones
    qint64 clusterMs = 0; ///< rebuilding stories and quote clusters
};

/**
 * The import's linking step: finds the links of every article that has none yet (new, changed, or
 * linked by an older linker) against everything linked before, stores them (schema 7), and
 * rebuilds stories and quote clusters.
 *
 * Incremental: the articles already linked go into the index from their stored MinHash signatures
 * and their quotes from the stored analysis; none of them is compared with another again. The new
 * ones are shingled, signed and their quotes stemmed on the thread pool; this thread queries and
 * writes. Story links: StoryLinker (duplicates, near-duplicates, reprints). Quote links:
 * QuoteClusterer (Mode::AllMatches). Same event: two articles of which one quote matches and at
 * least StoryParams::sameEventContainment of the shorter body's shingles are in the other.
 *
 * Memory: the index keeps no text: b band entries per article, the stems of each quote; a
 * candidate's shingles are read from its stored body when it is checked. One transaction per
 * batch: a cancel keeps what is linked, and the next run links the rest.
 */
class CorpusLinker final
{
public:
    explicit CorpusLinker(const QSqlDatabase &db);

    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressSink(std::function<void(int done, int total)> sink) { m_progress = std::move(sink); }
    void setBatchSize(int n) { m_batchSize = qMax(1, n); }
    void setParams(const StoryParams &params) { m_params = params; }
    /** More articles to link than this: their shingles go to a temporary file beside the database
        instead of memory (StoryLinker::setShingleSpill; ~2.4 KB an article). Default 20,000. */
    void setSpillAbove(int articles) { m_spillAbove = articles; }

    /** Links what needs it; an error message, empty on success (a cancel is not an error). */
    QString run(LinkRunSummary *summary = nullptr);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    QSqlDatabase m_db;
    QThreadPool *m_pool = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
    int m_batchSize = 500;
    int m_spillAbove = 20000;
    StoryParams m_params;
};

} // namespace Dossier
