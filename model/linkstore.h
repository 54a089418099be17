// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storylinker.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace Dossier {

/** Where a link stands: the machine's suggestion, or what the analyst made of it. */
enum class LinkStatus {
    Suggested, ///< found by the machine, not reviewed
    Confirmed, ///< the analyst confirmed the suggestion
    Rejected,  ///< the analyst rejected it: the two are never joined, not even through others
    Manual,    ///< linked by the analyst by hand
};
/** "suggested", "confirmed", "rejected", "manual" (the JSON export's names). */
QString linkStatusName(LinkStatus status);

/** A quote held by its article, its span (UTF-16 offsets into the body) and its words, so an
 *  analyst's decision finds it again after the article is analysed anew (quote ids change). */
struct QuoteRef
{
    qint64 article = 0;
    int start = -1;
    int end = -1;
    QString text;
    bool operator==(const QuoteRef &) const = default;
};

/** One decision of the analyst about two articles or two quotes (table link_decisions). */
struct LinkDecision
{
    enum class Kind { Articles = 0, Quotes = 1 };
    enum class Verdict { Confirmed = 1, Rejected = 2, Manual = 3 };

    qint64 id = 0;
    Kind kind = Kind::Articles;
    QuoteRef a; ///< for two articles only `article` is used
    QuoteRef b;
    Verdict verdict = Verdict::Confirmed;
    QString author;
    QDateTime created; ///< UTC

    bool operator==(const LinkDecision &) const = default;
};

/** The status a decision gives a link. */
LinkStatus statusOf(LinkDecision::Verdict verdict);

/** Another article linked to one article (a row of the Links tab). */
struct ArticleLink
{
    qint64 article = 0; ///< the article asked about
    qint64 other = 0;
    QString path;
    QString title;
    QString outlet;
    QDate published;
    /** The machine's relation, seen from `article`; std::nullopt for a link made by hand only. */
    std::optional<StoryRelation> relation;
    double jaccard = 0;
    double containment = 0;
    LinkStatus status = LinkStatus::Suggested;
    qint64 decisionId = 0; ///< the analyst's decision on this pair, 0 when none
};

/** A story: two or more articles joined by accepted links. */
struct StoryRecord
{
    qint64 id = 0; ///< the story's lowest article id (stable while that article stays in it)
    int size = 0;
    QStringList outlets; ///< distinct, sorted
    qint64 firstArticle = 0;
    QDate firstPublished;
    QList<qint64> articles; ///< filled by storyOf() and stories(true)
};

/** A quote that takes part in a link. */
struct LinkedQuote
{
    qint64 id = 0; ///< AnalysisStore's quote id (article id × 65536 + position)
    qint64 article = 0;
    int start = 0;
    int end = 0;
    QString speaker;
    QString text;
    // Filled when read for a view or the export:
    QString path;
    QString outlet;
    QDate published;
};

/** The same quote in several articles. */
struct QuoteClusterRecord
{
    qint64 id = 0;
    bool altered = false;
    qint64 earliest = 0;      ///< the quote id that appeared first
    QString speaker;          ///< the fullest speaker name among the members
    QList<LinkedQuote> members; ///< earliest appearance first
};

/**
 * All SQL about cross-outlet links (schema 7): the machine's suggestions, the analyst's decisions
 * and the stories and quote clusters built from both. One connection, so one thread; the writing
 * calls open no transactions (the importer's writer and Annotator make them).
 */
class LinkStore final
{
public:
    explicit LinkStore(const QSqlDatabase &db);
    ~LinkStore();
    Q_DISABLE_COPY_MOVE(LinkStore)

    QString errorString() const { return m_error; }

    // --- the machine's side (the import's writer) ---
    bool writeSignature(qint64 articleId, int version, quint64 bodyHash, const QByteArray &signature);
    /** Drops the machine's rows of an article (signature, story links, its linked quotes and their
        quote links) before it is linked again. The analyst's decisions stay. Copies that were linked
        through it (identical bodies, identical quotes) are linked to each other first. */
    bool forgetArticle(qint64 articleId);
    /** `link.article` and `link.other` in any order; stored with the smaller id first. */
    bool insertStoryLink(const StoryLink &link);
    bool insertLinkedQuote(const LinkedQuote &quote); ///< updates a row with the same id (its links stay)
    /** The same for many, a few dozen rows a statement (the import writes hundreds of thousands). */
    bool insertLinkedQuotes(const std::vector<LinkedQuote> &quotes);
    /** insertQuoteLink() for many pairs. */
    bool insertQuoteLinks(const std::vector<std::pair<qint64, qint64>> &pairs);
    bool hasLinkedQuote(qint64 quoteId) const;
    bool insertQuoteLink(qint64 quoteA, qint64 quoteB);
    /** The article's publication date (null when unknown). */
    QDate published(qint64 articleId) const;
    /** The cleaned body of an article (empty when there is none). */
    QString body(qint64 articleId) const;
    /** Imported articles without a signature of `version` (new, or linked by an older linker). */
    QList<qint64> unlinkedArticles(int version) const;
    /** Calls `f` for every stored signature of `version`; false on a database error. */
    bool forEachSignature(int version, const std::function<void(qint64 article, quint64 bodyHash, const QByteArray &blob)> &f) const;

    // --- the analyst's decisions (Annotator) ---
    QList<LinkDecision> decisions() const;
    QList<LinkDecision> decisionsOf(qint64 articleId) const; ///< either side in that article
    std::optional<LinkDecision> decision(qint64 id) const;
    /** Inserts with `d.id` when set; sets it. */
    bool insertDecision(LinkDecision &d);
    bool deleteDecision(qint64 id);

    // --- built from both ---
    /** Rebuilds stories and quote clusters from the links and decisions. Confirmed and manual links
        join first, then the machine's by strength; a rejected pair is never joined, so a link that
        would put a rejected pair into one group is left out. */
    bool rebuildClusters();
    /** After the analyst's decisions changed: the stories when a decision is about articles, and
        the quote clusters connected to the quotes of the others (not the whole corpus: on a
        100,000-article corpus that takes seconds). */
    bool rebuildAfter(const QList<LinkDecision> &changed);

    // --- reading (views, export, stats) ---
    /** Every link of the article: the machine's (rejected ones too, marked) and the analyst's. */
    QList<ArticleLink> articleLinks(qint64 articleId) const;
    std::optional<StoryRecord> storyOf(qint64 articleId) const;
    /** Largest first, then by first publication. `withArticles`: fill StoryRecord::articles. */
    QList<StoryRecord> stories(bool withArticles = false) const;
    /** The quote clusters with a member in the article, members earliest first. */
    QList<QuoteClusterRecord> quoteClustersOf(qint64 articleId) const;
    QList<QuoteClusterRecord> quoteClusters() const;
    int storyCount() const;
    int quoteClusterCount() const;
    int alteredQuoteClusterCount() const;

private:
    bool prepared(QSqlQuery &q, const QString &sql) const;
    bool exec(QSqlQuery &q) const;
    /** Runs each statement, with `value` bound when it is valid. */
    bool execAll(std::initializer_list<const char *> statements, const QVariant &value = QVariant());
    struct ArticleInfo
    {
        QString outlet;
        QDate published;
    };
    /** Fills the outlet and date of every article that is a key of @p info. */
    bool readArticleInfo(QHash<qint64, ArticleInfo> &info) const;
    /** Sets quote_clusters.altered from the members' words (after the members are written): of
        every cluster, or of those in @p only. */
    bool markAltered(const QSet<qint64> *only = nullptr);
    bool markAlteredFrom(QSqlQuery &members, QSqlQuery &mark);
    /** onlyChanged: the stories whose articles are the same are left as they are (not after an
        import, which may change articles' outlets and dates). */
    bool rebuildStories(bool onlyChanged = false);
    /** All quote clusters, or (around) only those the given quotes are connected to; each quote
        with the id it has when the analyst added it (addedQuoteId()). */
    bool rebuildQuoteClusters(const QList<std::pair<QuoteRef, qint64>> *around = nullptr);
    /** The id of a quote of decision @p d that the detector did not find (the analyst added it). */
    static qint64 addedQuoteId(const LinkDecision &d, bool second);
    QList<QuoteClusterRecord> readClusters(const QString &where, qint64 articleId) const;

    /** A statement prepared once per store (the import's writer runs these per article). */
    QSqlQuery *statement(const char *sql) const;
    /** A prepared "INSERT … VALUES (?,…),(?,…)… tail" of @p rows rows of @p columns values, cached. */
    QSqlQuery *multiRowInsert(const char *head, const char *tail, int columns, int rows) const;

    QSqlDatabase m_db;
    mutable QString m_error;
    mutable QHash<const char *, std::shared_ptr<QSqlQuery>> m_statements;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_multiRow;
};

} // namespace Dossier
