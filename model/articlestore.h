// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "article.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace Dossier {

/** What the importer needs to know about a file it saw before. */
struct FileState
{
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray sha256;
    ArticleState state = ArticleState::Imported;
};

/** Which articles the list shows: every condition set must hold. */
struct ArticleFilter
{
    QString text;   ///< substring of title or path, case-insensitive
    QString outlet; ///< exact outlet; empty: all
    QDate from;     ///< inclusive; invalid: open
    QDate to;       ///< inclusive; invalid: open
    /** An annotation of the article carries one of these tags or a tag below one; empty: any. */
    QList<qint64> tags;
    /** An annotation of the article is a claim with this status; unset: any. */
    std::optional<ClaimStatus> claimStatus;
    /** The article mentions this entity or one merged into it (an id merged into another stands
        for that one); 0: any. */
    qint64 entity = 0;
    bool annotatedOnly = false; ///< the article has at least one annotation
    QString query;              ///< FTS5 query over title and body (as search()); empty: none
    /** A quote of the article is in a quote cluster whose wording differs between articles
        (quote_clusters.altered): a quote altered across outlets. */
    bool alteredQuotes = false;
    bool inStory = false; ///< the article is in a story (two or more linked articles)
    qint64 story = 0;     ///< the article is in this story (stories.id); 0: any

    bool operator==(const ArticleFilter &) const = default;
};

/** Story: the articles of each story together, by story size (descending: the largest first;
    ascending: the smallest), then story id; in a story by date, then path. The articles in no
    story come after the stories either way, newest first. */
enum class ArticleSort { Title, Outlet, Published, Path, Story };

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QString snippetHtml; ///< HTML-escaped text with the matches in <b>…</b>
};

struct ImportLogEntry
{
    qint64 run = 0;
    QString path;
    QString severity; ///< "skipped", "repaired", "note"
    QString reason;
};

struct ImportRunCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int missing = 0;
    int skipped = 0;
};

/**
 * All SQL about articles, their full-text index, import runs and the import log.
 * Works on one connection (so on one thread); prepared statements with bound values only.
 */
class ArticleStore final
{
public:
    explicit ArticleStore(const QSqlDatabase &db);
    ~ArticleStore();
    Q_DISABLE_COPY_MOVE(ArticleStore)

    QString errorString() const { return m_error; }
    /** The last failure broke a constraint (a duplicate path, say): that row is refused, the
        transaction goes on. */
    bool lastErrorIsConstraint() const { return m_constraintError; }

    bool transaction();
    bool commit();
    void rollback();

    // --- writing (the importer) ---
    QHash<QString, FileState> fileStates();
    qint64 insert(const Article &article); ///< returns the new id, 0 on failure
    bool update(const Article &article);   ///< replaces content and metadata of article.id; state imported
    bool touch(qint64 id, qint64 size, qint64 mtime); ///< same content, new file stamp; state imported
    bool move(qint64 id, const QString &path);         ///< the file was renamed or moved
    bool setState(qint64 id, ArticleState state);

    qint64 beginRun(const QString &root);
    /** Runs still marked running belong to imports that were killed: says so. */
    bool markInterruptedRuns();
    bool finishRun(qint64 run, const QString &state, const ImportRunCounts &counts);
    bool logIssue(qint64 run, const QString &path, const QString &severity, const QString &reason);

    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    // --- reading ---
    std::optional<Article> article(qint64 id) const;
    /** The id of the article at `path` (relative to the corpus root, '/' separators); 0 when none. */
    qint64 idForPath(const QString &path) const;
    /** The ids of the articles `filter` lets through, sorted. Nothing on failure, with `*error`
        saying why (a malformed full-text query: the message search() gives). */
    QList<qint64> ids(const ArticleFilter &filter, ArticleSort sort, Qt::SortOrder order, QString *error = nullptr) const;
    QList<ArticleSummary> summaries(const QList<qint64> &ids) const; ///< in the order of `ids`
    int count() const;
    int count(ArticleState state) const;
    QStringList outlets() const;
    QDate earliest() const;
    QDate latest() const;
    /** FTS5 search over title and body, best first. On a malformed query returns nothing and sets
        `*error` to a message that says what is wrong and how queries are written. */
    QList<SearchHit> search(const QString &query, int limit, QString *error) const;
    /** The last import that ended (done, cancelled, failed or interrupted), not one still running. */
    qint64 latestRun() const;
    QList<ImportLogEntry> importLog(qint64 run) const;
    /** Calls `visit` for every article in path order; stops early when it returns false. */
    bool forEachArticle(const std::function<bool(const Article &)> &visit) const;

private:
    /** Orders `ids` (by date, then path) as ArticleSort::Story does. */
    bool groupByStory(QList<qint64> &ids, Qt::SortOrder order) const;
    bool prepared(QSqlQuery &q, const QString &sql);
    bool exec(QSqlQuery &q);

    struct Statements;
    QSqlDatabase m_db;
    mutable QString m_error;
    bool m_constraintError = false;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Dossier
