// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "analyser.h"
#include "analysisstore.h"
#include "corpuslinker.h"
#include "linkstore.h"
#include "anchoring.h"
#include "annotationstore.h"
#include "articleparser.h"
#include "articlestore.h"
#include "database.h"
#include "logging.h"
#include "metadatafile.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QFuture>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Dossier {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Dossier", text, nullptr, n);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

/** A file to read, and what the database knew of it. */
struct Job
{
    ScannedFile file;
    FileState known;    ///< id 0: new file
    bool force = false; ///< re-read even if the content is the same (its metadata.csv row changed)
};

struct Prepared
{
    enum class Action { Insert, Update, Touch, Skip };
    Action action = Action::Skip;
    Article article;
    QList<ImportIssue> issues;
    bool analysed = false;
    ArticleAnalysis analysis;
    PreparedNames names; ///< normalised here, so the writer only looks them up
};

// Reads a regular file whole. Opened non-blocking so a file swapped for a FIFO after the scan
// cannot hang the import; the type is checked again on the open descriptor.
bool readFile(const ScannedFile &file, QByteArray *bytes, qint64 *size, qint64 *mtime, QString *error)
{
    const int fd = ::open(file.nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *error = tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = tr("not a regular file");
        return false;
    }
    *size = qint64(st.st_size);
    *mtime = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    if (st.st_size > Importer::maxFileSize) {
        ::close(fd);
        *error = tr("too large (%1 MB; the limit for one article is %2 MB)").arg(megabytes(st.st_size), megabytes(Importer::maxFileSize));
        return false;
    }
    bytes->resize(qsizetype(st.st_size));
    qsizetype got = 0;
    while (got < bytes->size()) {
        const ssize_t n = ::read(fd, bytes->data() + got, size_t(bytes->size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return false;
        }
        if (n == 0)
            break; // the file shrank while we read it: keep what is there
        got += n;
    }
    bytes->resize(got);
    ::close(fd);
    return true;
}

QString outletFromFolder(const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return {};
    QString folder = path.left(slash);
    folder.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList words = folder.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

Prepared prepare(const Job &job, const QHash<QString, MetadataOverride> &metadata, bool analyse, const std::atomic_bool *cancel)
{
    Prepared p;
    if (cancel && cancel->load(std::memory_order_relaxed))
        return p;
    const ScannedFile &f = job.file;
    QByteArray bytes;
    QString error;
    Article &a = p.article;
    a.id = job.known.id;
    a.path = f.path;
    if (!readFile(f, &bytes, &a.size, &a.mtime, &error)) {
        p.issues << ImportIssue{f.path, ImportIssue::Severity::Skipped, error};
        return p;
    }
    a.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (job.known.id != 0 && a.sha256 == job.known.sha256 && !job.force) {
        p.action = Prepared::Action::Touch;
        return p;
    }

    DecodedText decoded = TextDecoder::decode(bytes);
    bytes = QByteArray(); // free early: batches hold many files
    switch (decoded.verdict) {
    case DecodedText::Verdict::Binary:
    {
        // The decoder says why ("not a text file: looks like a PNG image"): keep the why.
        QString why = decoded.problems.value(0);
        why = why.mid(why.indexOf(QLatin1String(": ")) + 1).trimmed();
        p.issues << ImportIssue{f.path, ImportIssue::Severity::Skipped,
                                why.isEmpty() ? tr("binary file, not text") : tr("binary file, not text (%1)").arg(why)};
    }
        return p;
    case DecodedText::Verdict::Empty:
        p.issues << ImportIssue{f.path, ImportIssue::Severity::Skipped,
                                a.size == 0 ? tr("empty file") : tr("contains only white space")};
        return p;
    case DecodedText::Verdict::Text:
        break;
    }
    for (const QString &problem : std::as_const(decoded.problems))
        p.issues << ImportIssue{f.path, ImportIssue::Severity::Repaired, problem};

    ParsedArticle parsed = ArticleParser::parse(decoded.text);
    a.encoding = decoded.encoding;
    a.original = std::move(decoded.text);
    a.body = std::move(parsed.body);
    a.title = parsed.title;
    a.byline = parsed.byline;
    a.url = parsed.url;
    a.published = parsed.published;
    a.outlet = parsed.outlet.isEmpty() ? outletFromFolder(f.path) : parsed.outlet;
    if (a.title.isEmpty())
        a.title = QFileInfo(f.path).completeBaseName();

    const auto override = metadata.constFind(f.path);
    if (override != metadata.constEnd()) {
        if (!override->outlet.isEmpty())
            a.outlet = override->outlet;
        if (!override->url.isEmpty())
            a.url = override->url;
        if (override->published.isValid())
            a.published = override->published;
        if (!override->title.isEmpty())
            a.title = override->title;
    }
    p.action = job.known.id != 0 ? Prepared::Action::Update : Prepared::Action::Insert;
    if (analyse) {
        p.analysis = Analyser::analyse(a.body);
        p.names = AnalysisStore::prepareNames(a.body, p.analysis);
        p.analysed = true;
    }
    return p;
}

QHash<QString, MetadataOverride> readMetadataFile(const QString &root, QList<ImportIssue> *issues, QString *text)
{
    QFile file(root + QStringLiteral("/metadata.csv"));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({QStringLiteral("metadata.csv"), ImportIssue::Severity::Skipped, tr("cannot read: %1").arg(file.errorString())});
        return {};
    }
    const DecodedText decoded = TextDecoder::decode(file.read(Importer::maxFileSize));
    *text = decoded.text;
    QStringList problems;
    auto result = MetadataFile::parse(decoded.text, &problems);
    for (const QString &problem : std::as_const(problems))
        issues->append({QStringLiteral("metadata.csv"), ImportIssue::Severity::Note, problem});
    return result;
}

/** An unchanged article whose stored analysis an older analyser made. */
struct Reanalysis
{
    qint64 id = 0;
    QString body;
    bool quotesOnly = false;
    QList<EntitySpan> entities;
};

/** How re-anchoring one article's rows went. */
struct Reanchored
{
    bool ok = true;
    int moved = 0;
    int orphanedAnnotations = 0;
    int orphanedReviews = 0;
};

/**
 * Re-finds the analyst's annotations and quote reviews of an article whose body is now `body`,
 * in the caller's transaction. Rows that cannot be re-found stay, marked orphaned; nothing is
 * deleted. Counts only what this text change did (an orphan that stays one is not counted again).
 */
Reanchored reanchorArticle(AnnotationStore &store, qint64 articleId, const QString &body)
{
    Reanchored result;
    const auto count = [&](const TextAnchor &before, const TextAnchor &after, int *orphans) {
        if (after.state == AnchorState::Moved && after != before)
            ++result.moved;
        else if (after.state == AnchorState::Orphaned && before.state != AnchorState::Orphaned)
            ++*orphans;
    };
    for (const Annotation &a : store.annotations(articleId)) {
        const TextAnchor anchor = reanchor(body, a.anchor);
        if (anchor == a.anchor)
            continue;
        if (!store.updateAnchor(a.id, anchor)) {
            result.ok = false;
            return result;
        }
        count(a.anchor, anchor, &result.orphanedAnnotations);
    }
    for (const QuoteReview &r : store.quoteReviews(articleId)) {
        QuoteReview after = r;
        after.anchor = reanchor(body, r.anchor);
        if (after.anchor == r.anchor)
            continue;
        // The review finds its detected quote by the detector's span: it moved with the text.
        if (after.anchor.state != AnchorState::Orphaned && !r.isAdded()) {
            if (r.detectedStart == r.anchor.start && r.detectedEnd == r.anchor.end) {
                after.detectedStart = after.anchor.start;
                after.detectedEnd = after.anchor.end;
            } else {
                const int delta = after.anchor.start - r.anchor.start;
                after.detectedStart = std::max(0, r.detectedStart + delta);
                after.detectedEnd = std::max(after.detectedStart, r.detectedEnd + delta);
            }
        }
        const bool written = after.detectedStart == r.detectedStart && after.detectedEnd == r.detectedEnd
                                 ? store.updateQuoteReviewAnchor(r.id, after.anchor)
                                 : store.updateQuoteReview(after);
        if (!written) {
            result.ok = false;
            return result;
        }
        count(r.anchor, after.anchor, &result.orphanedReviews);
    }
    return result;
}

} // namespace

QString Importer::finishAnalysis(Database &db, ImportSummary *summary)
{
    ArticleStore store(db.connection());
    AnalysisStore analysis(db.connection());
    analysis.setDeferred(true);
    const QList<AnalysisStore::Outdated> outdated = analysis.outdated(Analyser::nerVersion(), Analyser::quoteVersion());
    const int total = int(outdated.size());
    int done = 0;
    const auto analyseOne = [](const Reanalysis &r) {
        std::pair<ArticleAnalysis, PreparedNames> result;
        result.first = r.quotesOnly ? Analyser::analyseQuotes(r.body, r.entities) : Analyser::analyse(r.body);
        result.second = AnalysisStore::prepareNames(r.body, result.first);
        return result;
    };
    for (qsizetype start = 0; start < outdated.size() && !cancelled(); start += m_batchSize) {
        QList<Reanalysis> batch;
        for (qsizetype i = start; i < qMin(start + m_batchSize, outdated.size()); ++i) {
            const auto article = store.article(outdated.at(i).article);
            if (!article)
                continue;
            Reanalysis r{article->id, article->body, outdated.at(i).entitiesCurrent, {}};
            if (r.quotesOnly)
                r.entities = analysis.detectedSpans(r.id);
            batch.append(std::move(r));
        }
        QFuture<std::pair<ArticleAnalysis, PreparedNames>> future =
            QtConcurrent::mapped(m_pool ? m_pool : QThreadPool::globalInstance(), batch, analyseOne);
        future.waitForFinished();
        if (cancelled())
            break;
        const QList<std::pair<ArticleAnalysis, PreparedNames>> results = future.results();
        if (!store.transaction())
            return tr("Cannot write to the database: %1").arg(store.errorString());
        LinkStore links(db.connection());
        for (qsizetype i = 0; i < results.size(); ++i) {
            // New quotes: the article is linked again (CorpusLinker, after this).
            if (!links.forgetArticle(batch.at(i).id)) {
                store.rollback();
                return tr("Cannot store the analysis of an article: %1").arg(links.errorString());
            }
            if (!analysis.write(batch.at(i).id, batch.at(i).body, results.at(i).first, results.at(i).second, false)) {
                const QString error = analysis.errorString();
                store.rollback();
                return tr("Cannot store the analysis of an article: %1").arg(error);
            }
        }
        if (!analysis.flushPending()) {
            const QString error = analysis.errorString();
            store.rollback();
            return tr("Cannot store the analysis of an article: %1").arg(error);
        }
        if (!store.commit())
            return tr("Cannot write to the database: %1").arg(store.errorString());
        summary->analysed += int(results.size());
        done += int(results.size());
        if (m_progress)
            m_progress({done, total, QString(), Progress::Phase::Analyse});
    }
    if (cancelled())
        return {};
    // The corpus-wide passes only when something was analysed; purging only when an analysis was
    // replaced (a new article's analysis leaves no entity without mentions).
    const bool replaced = total > 0 || summary->updated > 0 || summary->moved > 0;
    if (summary->analysed == 0 && !replaced)
        return {};
    if (!store.transaction())
        return tr("Cannot write to the database: %1").arg(store.errorString());
    analysis.linkSurnames();
    analysis.unifyTypes();
    if (replaced && !analysis.purgeOrphans()) {
        const QString error = analysis.errorString();
        store.rollback();
        return tr("Cannot write to the database: %1").arg(error);
    }
    if (!store.commit())
        return tr("Cannot write to the database: %1").arg(store.errorString());
    return {};
}

Importer::Importer(const QString &root, const QString &databasePath)
    : m_root(QFileInfo(root).absoluteFilePath())
    , m_databasePath(databasePath)
{
}

ImportSummary Importer::run()
{
    ImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    const auto report = [&](const ImportIssue &issue) {
        summary.issues.append(issue);
        if (issue.severity == ImportIssue::Severity::Skipped)
            ++summary.skipped;
        else if (issue.severity == ImportIssue::Severity::Repaired)
            ++summary.repaired;
        if (m_issue)
            m_issue(issue);
    };
    const auto fail = [&](const QString &error) {
        summary.ok = false;
        summary.error = error;
        summary.elapsedMs = timer.elapsed();
        return summary;
    };

    const QFileInfo rootInfo(m_root);
    if (!rootInfo.exists())
        return fail(tr("The folder %1 does not exist.").arg(m_root));
    if (!rootInfo.isDir())
        return fail(tr("%1 is not a folder.").arg(m_root));
    if (!rootInfo.isReadable())
        return fail(tr("The folder %1 cannot be read (permission denied).").arg(m_root));

    // One import per database at a time: a second one (the command line while the GUI imports the
    // same folder) would interleave its transactions with the first and trip over its rows.
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    QLockFile lock(m_databasePath + QStringLiteral(".import-lock"));
    lock.setStaleLockTime(0); // held for as long as the import runs; a dead holder is detected by pid
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return fail(tr("Another import of this corpus is running (process %1); try again when it has finished.").arg(pid));
    }

    Database db;
    if (!db.open(m_databasePath))
        return fail(db.errorString());
    {
        // The writer touches the entity index all over (the entity index, the registry): with
        // SQLite's default 2 MB page cache a 100,000-article import spent most of its time
        // re-reading index pages. 128 MB is a cap, not an allocation.
        QSqlQuery pragma(db.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    }
    ArticleStore store(db.connection());
    AnalysisStore analysisStore(db.connection());
    analysisStore.setDeferred(true);
    AnnotationStore annotationStore(db.connection());
    LinkStore linkStore(db.connection());
    store.setSetting(QStringLiteral("root"), m_root);
    store.markInterruptedRuns();
    const qint64 run = store.beginRun(m_root);
    if (run == 0)
        return fail(tr("Cannot write to the database %1: %2").arg(m_databasePath, store.errorString()));

    if (m_progress)
        m_progress({0, 0, QString()});
    QList<ImportIssue> pendingLog;
    const auto collect = [&](const ImportIssue &issue) {
        report(issue);
        pendingLog.append(issue);
    };

    // What the scan could not look at (a file it skipped, a folder it could not read) is not
    // gone: only what a complete look did not find may be marked missing.
    QSet<QString> seen;
    QStringList unlookedPrefixes;
    const QList<ScannedFile> files = CorpusScanner::scan(
        m_root,
        [&](const ImportIssue &issue) {
            collect(issue);
            if (issue.severity == ImportIssue::Severity::Skipped) {
                seen.insert(issue.path);
                unlookedPrefixes << (issue.path == QLatin1String(".") ? QString() : issue.path + QLatin1Char('/'));
            }
        },
        m_cancel);
    summary.scanned = int(files.size());
    QString metadataText;
    const QHash<QString, MetadataOverride> metadata = [&] {
        QList<ImportIssue> issues;
        auto m = readMetadataFile(m_root, &issues, &metadataText);
        for (const ImportIssue &i : std::as_const(issues))
            collect(i);
        return m;
    }();
    // An edited metadata.csv changes articles whose files did not change: re-read the files of
    // every row it has now or had at the last complete import.
    const QString metadataKey = QStringLiteral("metadata.csv");
    const QString previousMetadata = store.setting(metadataKey);
    QSet<QString> metadataChanged;
    if (metadataText != previousMetadata) {
        for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
            metadataChanged.insert(it.key());
        const auto previous = MetadataFile::parse(previousMetadata, nullptr);
        for (auto it = previous.cbegin(); it != previous.cend(); ++it)
            metadataChanged.insert(it.key());
    }

    // Decide from the file stamp alone what needs reading: this is what makes a re-import cheap.
    QHash<QString, FileState> known = store.fileStates();
    QList<Job> jobs;
    seen.reserve(files.size());
    for (const ScannedFile &f : files) {
        seen.insert(f.path);
        const bool force = metadataChanged.contains(f.path);
        const auto it = known.constFind(f.path);
        if (it != known.constEnd() && it->size == f.size && it->mtime == f.mtime && it->state == ArticleState::Imported && !force) {
            ++summary.unchanged;
            continue;
        }
        jobs.append({f, it != known.constEnd() ? *it : FileState(), force});
    }
    const int total = int(files.size());
    int done = summary.unchanged;
    if (m_progress)
        m_progress({done, total, QString()});

    // A new path whose content equals an article whose file is gone is that article, moved or
    // renamed: it keeps its id (and so everything attached to it) and takes the new path.
    const auto looked = [&](const QString &path) {
        for (const QString &prefix : std::as_const(unlookedPrefixes)) {
            if (path.startsWith(prefix))
                return false;
        }
        return true;
    };
    QList<std::pair<QString, FileState>> vanished; // known, looked for, not found
    QHash<QByteArray, qint64> vanishedByHash;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (seen.contains(it.key()) || !looked(it.key()))
            continue;
        vanished.append({it.key(), *it});
        if (!it->sha256.isEmpty())
            vanishedByHash.insert(it->sha256, it->id);
    }
    QSet<qint64> moved;
    QString analysisError;
    const auto writeAnalysis = [&](qint64 id, const Prepared &p, bool fresh) {
        if (!p.analysed)
            return true;
        if (!analysisStore.write(id, p.article.body, p.analysis, p.names, fresh)) {
            analysisError = analysisStore.errorString();
            return false;
        }
        ++summary.analysed;
        return true;
    };

    // A changed text: the analyst's work on the article is re-found in it, in the same transaction,
    // and the machine's links of the article are dropped (it is linked again after the import).
    const auto reanchorAnnotations = [&](qint64 id, const Article &article) {
        if (!linkStore.forgetArticle(id)) {
            analysisError = linkStore.errorString();
            return false;
        }
        const Reanchored r = reanchorArticle(annotationStore, id, article.body);
        if (!r.ok) {
            analysisError = annotationStore.errorString();
            return false;
        }
        summary.anchorsMoved += r.moved;
        summary.anchorsOrphaned += r.orphanedAnnotations + r.orphanedReviews;
        if (r.orphanedAnnotations > 0)
            collect({article.path, ImportIssue::Severity::Note,
                     tr("%n annotation(s) could not be re-found; see Orphaned annotations", nullptr, r.orphanedAnnotations)});
        if (r.orphanedReviews > 0)
            collect({article.path, ImportIssue::Severity::Note,
                     tr("%n quote review(s) could not be re-found in the changed text; they are kept", nullptr, r.orphanedReviews)});
        return true;
    };

    const auto flushLog = [&] {
        for (const ImportIssue &issue : std::as_const(pendingLog))
            store.logIssue(run, issue.path, ImportIssue::severityName(issue.severity), issue.reason);
        pendingLog.clear();
    };

    const std::atomic_bool *cancelFlag = m_cancel;
    const bool analyse = m_analyse;
    const auto prepareOne = [&metadata, analyse, cancelFlag](const Job &job) { return prepare(job, metadata, analyse, cancelFlag); };
    const auto launch = [&](qsizetype start) {
        return QtConcurrent::mapped(m_pool ? m_pool : QThreadPool::globalInstance(), jobs.cbegin() + start,
                                    jobs.cbegin() + qMin(start + m_batchSize, jobs.size()), prepareOne);
    };

    // Double buffering: the pool prepares batch k+1 while this thread writes batch k. Batches are
    // small (progress, cancel); transactions are large, because FTS5 writes one index segment per
    // commit and merging many small segments is most of an import's cost.
    QFuture<Prepared> next;
    if (!jobs.isEmpty())
        next = launch(0);
    QString writeError;
    bool inTransaction = false;
    int uncommitted = 0;
    QElapsedTimer sinceCommit;
    const auto commitPending = [&] {
        if (!inTransaction)
            return true;
        flushLog();
        inTransaction = false;
        uncommitted = 0;
        if (!analysisStore.flushPending()) {
            writeError = analysisStore.errorString();
            store.rollback();
            return false;
        }
        if (store.commit())
            return true;
        writeError = store.errorString();
        store.rollback();
        return false;
    };
    for (qsizetype start = 0; start < jobs.size(); start += m_batchSize) {
        QFuture<Prepared> current = next;
        current.waitForFinished();
        if (cancelled())
            break;
        if (start + m_batchSize < jobs.size())
            next = launch(start + m_batchSize);

        if (!inTransaction) {
            if (!store.transaction()) {
                writeError = store.errorString();
                break;
            }
            inTransaction = true;
            sinceCommit.start();
        }
        flushLog();
        const QList<Prepared> results = current.results();
        for (qsizetype i = 0; i < results.size(); ++i) {
            const Prepared &p = results.at(i);
            for (const ImportIssue &issue : p.issues)
                collect(issue);
            bool written = true;
            switch (p.action) {
            case Prepared::Action::Insert:
                if (const qint64 id = vanishedByHash.take(p.article.sha256); id != 0) {
                    Article article = p.article;
                    article.id = id;
                    written = store.move(id, article.path) && store.update(article) && writeAnalysis(id, p, false)
                              && reanchorAnnotations(id, article);
                    if (written) {
                        moved.insert(id);
                        ++summary.moved;
                        collect({article.path, ImportIssue::Severity::Note, tr("moved or renamed: the article keeps its annotations")});
                    }
                } else if (const qint64 id = store.insert(p.article); (written = id != 0 && writeAnalysis(id, p, true))) {
                    ++summary.added;
                }
                break;
            case Prepared::Action::Update:
                if ((written = store.update(p.article) && writeAnalysis(p.article.id, p, false)
                               && reanchorAnnotations(p.article.id, p.article)))
                    ++summary.updated;
                break;
            case Prepared::Action::Touch:
                if ((written = store.touch(p.article.id, p.article.size, p.article.mtime)))
                    ++summary.unchanged;
                break;
            case Prepared::Action::Skip:
                // A file imported before that can no longer be read as text keeps its last text,
                // marked so the reader and the export say so.
                if (p.article.id != 0 && !cancelled())
                    written = store.setState(p.article.id, ArticleState::Unreadable);
                break;
            }
            if (!written && analysisError.isEmpty() && store.lastErrorIsConstraint()) {
                // That one row is refused; SQLite undid only that statement, the rest goes on.
                collect({p.article.path, ImportIssue::Severity::Skipped, tr("cannot be stored: %1").arg(store.errorString())});
                continue;
            }
            if (!written) {
                writeError = tr("Cannot write %1 to the database: %2")
                                 .arg(p.article.path, analysisError.isEmpty() ? store.errorString() : analysisError);
                break;
            }
        }
        if (!writeError.isEmpty()) {
            store.rollback();
            inTransaction = false;
            break;
        }
        uncommitted += int(results.size());
        done += int(results.size());
        // Commit often enough that the list fills while a long import runs, and a kill loses little.
        if ((uncommitted >= m_commitSize || sinceCommit.elapsed() >= 2000) && !commitPending())
            break;
        if (m_progress)
            m_progress({done, total, jobs.at(start + results.size() - 1).file.path});
    }
    if (writeError.isEmpty())
        commitPending(); // also what a cancel leaves: written files stay written
    if (next.isRunning()) {
        next.cancel();
        next.waitForFinished();
    }

    if (writeError.isEmpty() && m_analyse && !cancelled())
        writeError = finishAnalysis(db, &summary);
    if (writeError.isEmpty() && m_link && !cancelled()) {
        {
            // The writer's 128 MB page cache served the entity index; linking reads little through
            // SQLite (its index is in memory), and lowering the cap frees the pages at once.
            QSqlQuery pragma(db.connection());
            pragma.exec(QStringLiteral("PRAGMA cache_size = -16384"));
        }
#ifdef __GLIBC__
        malloc_trim(0); // what reading and analysing freed goes back before the linker's index grows
#endif
        CorpusLinker linker(db.connection());
        linker.setThreadPool(m_pool);
        linker.setCancelFlag(m_cancel);
        linker.setBatchSize(m_batchSize);
        if (m_progress)
            linker.setProgressSink([this](int done, int total) { m_progress({done, total, QString(), Progress::Phase::Link}); });
        LinkRunSummary links;
        writeError = linker.run(&links);
        summary.linked = links.linked;
        summary.storyLinks = links.storyLinks;
        summary.quoteLinks = links.quoteLinks;
    }

    summary.cancelled = cancelled();
    if (!writeError.isEmpty()) {
        store.finishRun(run, QStringLiteral("failed"), {});
        summary.elapsedMs = timer.elapsed();
        return fail(writeError);
    }

    // Only a complete scan may conclude that a file vanished.
    if (!summary.cancelled) {
        store.transaction();
        store.setSetting(metadataKey, metadataText);
        for (const auto &[path, state] : std::as_const(vanished)) {
            if (state.state != ArticleState::Missing && !moved.contains(state.id)) {
                store.setState(state.id, ArticleState::Missing);
                ++summary.missing;
                collect({path, ImportIssue::Severity::Note, tr("the file is gone; the article is kept and marked missing")});
            }
        }
        flushLog();
        store.commit();
    } else {
        store.transaction();
        flushLog();
        store.commit();
    }
    ImportRunCounts counts{summary.added, summary.updated, summary.unchanged, summary.missing, summary.skipped};
    store.finishRun(run, summary.cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"), counts);
    if (m_progress && !summary.cancelled)
        m_progress({total, total, QString()});

    summary.ok = true;
    summary.elapsedMs = timer.elapsed();
    qCDebug(lcImport) << "imported" << m_root << "in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace Dossier
