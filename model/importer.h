// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "corpusscanner.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace Dossier {

struct ImportSummary
{
    bool ok = false;        ///< false: the import could not run (see `error`)
    bool cancelled = false; ///< stopped by the user; what was written is kept, the next run completes it
    QString error;
    int scanned = 0;   ///< article files found
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int missing = 0;   ///< articles whose file vanished (kept, marked missing)
    int moved = 0;     ///< articles whose file was renamed or moved (same content, new path)
    int skipped = 0;   ///< files that could not be imported, each in `issues`
    int repaired = 0;  ///< files imported with a repair, each in `issues`
    int analysed = 0;  ///< articles analysed (new, changed, or analysed by an older analyser)
    /** The analyst's annotations and quote reviews in changed articles: re-found elsewhere in the
        new text, and not re-found (kept as orphans, one import-log line per article). */
    int anchorsMoved = 0;
    int anchorsOrphaned = 0;
    int linked = 0;      ///< articles linked to the rest (new, changed, or linked by an older linker)
    int storyLinks = 0;  ///< new links between articles
    int quoteLinks = 0;  ///< new links between quotes
    qint64 elapsedMs = 0;
    QList<ImportIssue> issues;
};

/**
 * Imports a corpus folder into its SQLite database, incrementally.
 *
 * Synchronous: call it from a worker thread (ImportJob) or the command line. The scan, reading,
 * hashing, decoding and cleaning run on the global thread pool; the calling thread is the only
 * writer. Files are written in batches, each one transaction, so a cancelled or killed import
 * leaves a sound database, and the next run skips what was written (same size and mtime, or same
 * SHA-256) and completes the rest. Files that vanished are marked missing, never deleted.
 */
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::Importer)

public:
    struct Progress
    {
        enum class Phase { Import, Analyse, Link };
        int done = 0;
        int total = 0; ///< 0 while the folder is still being scanned
        QString path;
        /** Import: files read and written. Analyse: unchanged articles whose analysis an older
            analyser made, analysed again (done/total count those). Link: articles being linked
            to the same stories and quotes elsewhere (new and changed ones). */
        Phase phase = Phase::Import;
    };
    using ProgressSink = std::function<void(const Progress &)>;
    using IssueSink = std::function<void(const ImportIssue &)>;

    Importer(const QString &root, const QString &databasePath);

    void setProgressSink(ProgressSink sink) { m_progress = std::move(sink); }
    void setIssueSink(IssueSink sink) { m_issue = std::move(sink); }
    /** Checked between files; may be set from any thread. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /** Files prepared and written per step, between progress reports and cancel checks (default 500). */
    void setBatchSize(int n) { m_batchSize = qMax(1, n); }
    /** The pool that reads and cleans files (default: the global pool). The GUI gives the import a
        smaller pool than there are cores, so the GUI thread always finds one free. */
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    /** Files per transaction, at most (default 5000; a transaction also ends after 2 s). */
    void setCommitSize(int n) { m_commitSize = qMax(1, n); }
    /** Quotes, speakers and entities (default on). Off: the import stores texts only, and a later
        import with analysis on analyses what this one left out. For benchmarks and tests. */
    void setAnalysisEnabled(bool enabled) { m_analyse = enabled; }
    /** Cross-outlet links: stories and quote clusters (default on; off for benchmarks that measure
        what linking costs). A later import with linking on links what this one left out. */
    void setLinkingEnabled(bool enabled) { m_link = enabled; }

    ImportSummary run();

    /** Files larger than this are skipped with a reason: no news article is 16 MiB of text. */
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

private:
    /** Analyses what an older analyser (or none) analysed, then links names across articles.
        Returns an error message, empty on success. */
    QString finishAnalysis(class Database &db, ImportSummary *summary);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    QString m_root;
    QString m_databasePath;
    ProgressSink m_progress;
    IssueSink m_issue;
    const std::atomic_bool *m_cancel = nullptr;
    int m_batchSize = 500;
    int m_commitSize = 5000;
    QThreadPool *m_pool = nullptr;
    bool m_analyse = true;
    bool m_link = true;
};

} // namespace Dossier

Q_DECLARE_METATYPE(Dossier::ImportSummary)
Q_DECLARE_METATYPE(Dossier::ImportIssue)
