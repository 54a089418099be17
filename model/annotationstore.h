// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Dossier {

/** One annotation ↔ tag link. */
struct TagLink
{
    qint64 annotation = 0;
    qint64 tag = 0;
    bool operator==(const TagLink &) const = default;
};

/**
 * All SQL about the analyst's work: the codebook, annotations (with their tags, claims and
 * evidence), article notes and quote reviews. Works on one connection, so on one thread; prepared
 * statements with bound values only. The writing calls do not open transactions: the caller
 * (Annotator, the importer's writer, the command line) makes each user action one transaction.
 *
 * Rows are written with the ids they carry when those are set (an undo re-creates a row with its
 * old id); ids are never reused (AUTOINCREMENT).
 */
class AnnotationStore final
{
public:
    explicit AnnotationStore(const QSqlDatabase &db);
    ~AnnotationStore();
    Q_DISABLE_COPY_MOVE(AnnotationStore)

    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_db; }
    /** Keep the per-article reads (annotations, tags, evidence, notes, quote reviews) prepared
        between calls: for a reader that walks many articles (the exports). Off by default, so a
        store holds no statement open when its connection closes. */
    void setReuseStatements(bool reuse);

    bool transaction();
    bool commit();
    void rollback();

    // --- codebook ---
    QList<Tag> tags() const; ///< every tag, parents before children, siblings by position
    std::optional<Tag> tag(qint64 id) const;
    /** Inserts `tag` (with its id when set); sets `tag.id`. */
    bool insertTag(Tag &tag);
    bool updateTag(const Tag &tag);
    /** Deletes the tag row only (its links and children go by cascade: delete those first when
        they must come back on undo). */
    bool deleteTag(qint64 id);
    /** The tag and all its descendants. */
    QList<qint64> subtree(qint64 id) const;
    /** How many annotations carry any of `tagIds`. */
    int annotationCount(const QList<qint64> &tagIds) const;
    QList<TagLink> links(const QList<qint64> &tagIds) const;
    /** How many annotations carry each tag (tags with none are absent). */
    QHash<qint64, int> tagCounts() const;
    bool addLinks(const QList<TagLink> &links);
    bool removeLinks(const QList<TagLink> &links);

    // --- annotations ---
    QList<Annotation> annotations(qint64 articleId) const; ///< in text order
    std::optional<Annotation> annotation(qint64 id) const;
    QList<Annotation> annotations(const QList<qint64> &ids) const;
    QList<Annotation> orphans() const;
    /** The articles with an annotation carrying any of `tagIds` (orphans included). */
    QSet<qint64> articlesWithTags(const QList<qint64> &tagIds) const;
    /** The articles with the analyst's work on them: an annotation or a note. */
    QSet<qint64> articlesWithWork() const;
    int annotationCount() const;
    /** Per article, the spans [start, end) of its annotations that carry `tagId` (orphans left
        out: their offsets are those of an old text). */
    QHash<qint64, QSet<std::pair<int, int>>> taggedSpans(qint64 tagId) const;
    /** Inserts with tags and evidence; sets `a.id`. */
    bool insertAnnotation(Annotation &a);
    /** Inserts many (with their ids when set); sets each one's id. */
    bool insertAnnotations(QList<Annotation> &list);
    /** Replaces the row, its tags and its evidence. */
    bool updateAnnotation(const Annotation &a);
    bool updateAnchor(qint64 id, const TextAnchor &anchor);
    bool deleteAnnotation(qint64 id);

    // --- article notes ---
    ArticleNote articleNote(qint64 articleId) const; ///< empty note when none
    /** An empty note deletes the row. */
    bool setArticleNote(const ArticleNote &note);

    // --- quote reviews ---
    QList<QuoteReview> quoteReviews(qint64 articleId) const;
    std::optional<QuoteReview> quoteReview(qint64 id) const;
    bool insertQuoteReview(QuoteReview &r);
    bool updateQuoteReview(const QuoteReview &r);
    bool updateQuoteReviewAnchor(qint64 id, const TextAnchor &anchor);
    bool deleteQuoteReview(qint64 id);

private:
    bool prepared(QSqlQuery &q, const QString &sql) const;
    /** A forward-only query for `sql`: the store's own, prepared once, when statements are
        reused; else `local`, prepared anew. Null when it does not prepare. finish() it after reading. */
    QSqlQuery *read(const QString &sql, std::optional<QSqlQuery> &local) const;
    bool exec(QSqlQuery &q) const;
    bool writeTags(const Annotation &a);
    /** Runs `sql`, which reads one bound JSON array of [annotation, tag] pairs, over `links` in chunks. */
    bool linkStatement(const QString &sql, const QList<TagLink> &links);
    /** `table`: "annotations" or "quote_reviews" (both keep the same anchor columns). */
    bool writeAnchor(const char *table, qint64 id, const TextAnchor &anchor);
    /** `table`: one of this store's tables with an `id` key. */
    bool deleteRow(const char *table, qint64 id);
    bool writeEvidence(const Annotation &a);
    QList<Annotation> readAnnotations(QSqlQuery &q) const;
    void fillTagsAndEvidence(QList<Annotation> &list) const;

    QSqlDatabase m_db;
    mutable QString m_error;
    bool m_reuse = false;
    mutable std::map<QString, QSqlQuery> m_reads; ///< by SQL text (std::map: references stay valid)
};

} // namespace Dossier
