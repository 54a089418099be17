// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "linkstore.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Dossier {

/**
 * What an export covers, the same for every format, in the window and on the command line.
 *
 * Articles: `outlets` (any case), the date range (an undated article is left out by either bound)
 * and `articles` (ids; the window's selection). Annotations: `tags` (by name, any case, a tag and
 * every tag below it) and `statuses` (claim verdicts). When tags or statuses are set, only the
 * annotations carrying one of those tags and one of those verdicts are exported, and only the
 * articles that keep at least one. A tag is named by its name or its path ("Parent/Child"). Empty
 * lists and invalid dates select everything.
 */
struct ExportFilter
{
    QStringList outlets;
    QStringList tags;
    QDate from;
    QDate to;
    QList<ClaimStatus> statuses;
    QList<qint64> articles;

    bool selectsAnnotations() const { return !tags.isEmpty() || !statuses.isEmpty(); }
};

/** UTF-16 offsets into one text as code points (what every export counts), and back. Free for text
 *  without surrogate pairs. */
class CodePoints
{
public:
    explicit CodePoints(const QString &text);
    qsizetype at(qsizetype utf16) const;       ///< UTF-16 offset → code points
    qsizetype utf16(qsizetype codePoint) const; ///< code points → UTF-16 offset
    static qsizetype length(QStringView s);

private:
    QList<qsizetype> m_lows; ///< UTF-16 positions of the low surrogates of pairs
};

/**
 * The links an article has beyond the JSON article object, for the report formats: its story
 * links (not the rejected ones) and, per exported quote in a quote cluster, the cluster.
 */
struct ExportLinks
{
    struct QuoteVariants
    {
        qsizetype quote = -1;                        ///< index in the article's exported `quotes`
        const QuoteClusterRecord *cluster = nullptr; ///< all its members, earliest first
    };
    QList<ArticleLink> story;
    QList<QuoteVariants> quotes;
};

/**
 * Reads what every export format writes, as the JSON export's version-1 objects (ARCHITECTURE.md):
 * the codebook, the entity registry, one article object at a time (offsets in code points, the
 * filter applied), then the stories and quote clusters of the exported articles. Formats differ
 * only in how they write these, so the filters, the offsets and the analyst's data agree across
 * formats. Streams: one article in memory at a time.
 *
 * Runs on any thread with its own connection. Progress counts the articles read (of all in the
 * corpus); the cancel flag is checked before each.
 */
class ExportSource final
{
public:
    explicit ExportSource(const QSqlDatabase &db);
    ~ExportSource();
    Q_DISABLE_COPY_MOVE(ExportSource)

    void setFilter(const ExportFilter &filter) { m_filter = filter; }
    const ExportFilter &filter() const { return m_filter; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressSink(std::function<void(int done, int total)> sink) { m_progress = std::move(sink); }
    /** The time written as `exported_at` (now when not set): tests fix it to compare bytes. */
    void setExportTime(const QDateTime &time) { m_fixedTime = time; }
    /** Read each article's ExportLinks (the reports need them; JSON, CSV and the others do not). */
    void setWithLinks(bool with) { m_withLinks = with; }
    /** Visit only the articles with an annotation or a note (the reports, CSV and Web Annotation
        are about the analyst's work; JSON and REFI-QDA carry every article). */
    void setWorkOnly(bool only) { m_workOnly = only; }
    /** Fill each article's `entities` (the mentions): JSON and the reports need them; CSV, Web
        Annotation and REFI-QDA do not, and leave them empty. */
    void setWithMentions(bool with) { m_withMentions = with; }
    /** Fill each article's `duplicates` (JSON); the others leave it empty. */
    void setWithDuplicates(bool with) { m_withDuplicates = with; }
    /** Give the visit each article's story links (ExportLinks::story; the reports show them). */
    void setWithStory(bool with) { m_withStory = with; }

    /** Reads the codebook, the entities and the links and checks the filter; false with
     *  errorString() on an unknown tag name or a database error. */
    bool open();

    QDateTime exportTime() const { return m_time; }
    QString corpusRoot() const { return m_root; }
    QJsonObject corpus() const; ///< {"root", "exported_at"}
    const QJsonArray &codebook() const { return m_codebook; }
    const QJsonArray &entities() const { return m_entities; }
    const QList<Tag> &tags() const { return m_tags; }

    using Visit = std::function<bool(const QJsonObject &article, const ExportLinks &links)>;
    /** Calls `visit` for each exported article, in path order. False when the visit returns
     *  false (its own error), on cancel ("Export cancelled.") or a database error. */
    bool forEachArticle(const Visit &visit);

    /** After forEachArticle(): the stories and quote clusters of the exported articles. */
    QJsonArray stories() const;
    QJsonArray quoteClusters() const;

    /** Who said an exported annotation: its claim's claimant, else the speaker of the first quote
     *  (not rejected) that overlaps it; empty when neither. */
    QString speakerOf(const QJsonObject &article, const QJsonObject &annotation) const;
    /** A tag's name with its parents', "Parent/Child"; empty when unknown. */
    QString tagPath(qint64 id) const { return m_tagPaths.value(id); }
    /** The paths of an exported annotation's tags (its `tag_ids`), in its order. */
    QStringList tagPaths(const QJsonObject &annotation) const;
    /** The name of an entity of the registry; empty when unknown. */
    QString entityName(qint64 id) const { return m_entityNames.value(id); }

    int exportedArticles() const { return m_articles; }
    int exportedAnnotations() const { return m_annotations; }
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    QString errorString() const { return m_error; }
    void setError(const QString &error) { m_error = error; }

private:
    class Links;
    QSqlDatabase m_db;
    ExportFilter m_filter;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
    QDateTime m_fixedTime; ///< set by setExportTime(); else each open() takes the time then
    QDateTime m_time;
    bool m_withLinks = false;
    bool m_workOnly = false;
    bool m_withMentions = true;
    bool m_withDuplicates = true;
    bool m_withStory = true;
    QString m_root;
    QList<Tag> m_tags;
    QHash<qint64, QString> m_tagPaths;
    QJsonArray m_codebook;
    QJsonArray m_entities;
    QHash<qint64, QString> m_entityNames;
    std::optional<QSet<qint64>> m_tagIds; ///< the tag filter's tags and those below them
    std::unique_ptr<Links> m_links;
    int m_articles = 0;
    int m_annotations = 0;
    QString m_error;
};

} // namespace Dossier
