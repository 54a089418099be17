// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Dossier {

/** An entity mention as stored, with the registry applied (merges followed, rejected ones gone). */
struct StoredMention
{
    int start = 0;
    int end = 0;
    EntityType type = EntityType::Person;
    qint64 entity = 0; ///< 0 for dates
};

struct StoredQuote
{
    /** Unique in the corpus while the article's analysis stands: the article's id × 65,536 plus the
        quote's place in the article (from 1, in text order). */
    qint64 id = 0;
    QuoteSpan span;
    qint64 speakerEntity = 0;
};

/** The stored analysis of one article, ready for the reader and the export. */
struct StoredAnalysis
{
    bool analysed = false;
    QList<StoredMention> mentions;
    QList<StoredQuote> quotes;
    QHash<qint64, QString> names; ///< the registry's name of each entity mentioned

    QList<EntitySpan> entitySpans() const;
    QList<QuoteSpan> quoteSpans() const;
};

/** One entry of the entity registry. */
struct EntityRecord
{
    qint64 id = 0;
    QString name;
    EntityType type = EntityType::Person;
    QStringList aliases;
    bool nameLocked = false;
    bool typeLocked = false;
    bool rejected = false;
    qint64 mergedInto = 0;
    int articles = 0; ///< articles that mention it
    int mentions = 0; ///< mentions across the corpus
};

/** An article that mentions an entity, for the Entities panel. */
struct EntityArticle
{
    qint64 articleId = 0;
    QString title;
    QString outlet;
    int mentions = 0;
};

/**
 * All SQL about the analysis: entity mentions, quotes, and the entity registry with the analyst's
 * corrections. Works on one connection; shares transactions with ArticleStore on it.
 *
 * Writing resolves each mention to a registry entity by its name: the article's canonical name
 * first, then the name as written, then (for a one-word person name) the one known person of that
 * surname. Names the analyst moved resolve where the analyst put them, so corrections win over
 * re-analysis; the registry's current state (merges, types, rejections) is applied when reading.
 */
/** The names an analysis mentions, normalised ahead of writing: AnalysisStore::prepareNames() runs
    on the import's workers, so the single writer only looks names up. */
struct PreparedNames
{
    struct Name
    {
        QString name;        ///< the canonical name, simplified (the surface when there is none)
        QString surface;     ///< as the article writes it
        QString slot;        ///< the canonical name's key and type, as the registry cache holds them
        QString surfaceSlot; ///< the same for the surface (equal to `slot` when the keys are)
        QString key;         ///< nameKey(name)
        QString surfaceKey;  ///< nameKey(surface)
        EntityType type = EntityType::Person;
    };
    QList<Name> names;   ///< each distinct (surface, canonical, type) once
    QList<int> mentions; ///< per entity span of the analysis: its name, or -1 (a date, a bad span)
    QList<int> speakers; ///< per quote: its speaker's name, or -1
};

class AnalysisStore final
{
public:
    explicit AnalysisStore(const QSqlDatabase &db);
    ~AnalysisStore();
    Q_DISABLE_COPY_MOVE(AnalysisStore)

    QString errorString() const { return m_error; }

    /** Case-folded, whitespace-collapsed, without a leading "the": how names are compared. */
    static QString nameKey(const QString &name);

    // --- writing (the importer's writer thread) ---
    /** Replaces the stored analysis of the article (`fresh`: the article is new, there is nothing
        to replace). Call inside a transaction. */
    bool write(qint64 articleId, const QString &body, const ArticleAnalysis &analysis, bool fresh = false);
    /** The same with the names prepared (by prepareNames() on the same body and analysis). */
    bool write(qint64 articleId, const QString &body, const ArticleAnalysis &analysis, const PreparedNames &names, bool fresh);
    /** Thread-safe, touches no database. */
    static PreparedNames prepareNames(const QString &body, const ArticleAnalysis &analysis);
    struct Outdated
    {
        qint64 article = 0;
        bool entitiesCurrent = false; ///< only the quote layer is out of date
    };
    /** Deferred: write() keeps the new registry names it makes in memory, and flushPending()
        writes them all at once (the importer, before each commit). Default: written at once. */
    void setDeferred(bool deferred) { m_deferred = deferred; }
    /** The registry does not change while this store reads (a batch reader: the exports): each
        entity's current state (merges followed, type, rejection, name) is read once, not once an
        article. */
    void setRegistryFixed(bool fixed);
    bool flushPending();
    /** Articles with no analysis, or one another analyser version made. */
    QList<Outdated> outdated(int nerVersion, int quoteVersion);
    /** Deletes entities nothing refers to any more (no mention, no quote, no merge, nothing the
        analyst did to them): what re-analysis leaves behind. */
    bool purgeOrphans();
    /** The stored entity spans of an article, as the analyser made them (for re-running the quote
        layer alone): types as detected. */
    QList<EntitySpan> detectedSpans(qint64 articleId);
    /** Links one-word person entities to the one fuller person of that surname found later in the
        import ("Peskov" first, "Dmitry Peskov" later). Machine merges only; never one the analyst
        made or undid. Returns how many were linked. */
    int linkSurnames();
    /** Corpus-level consistency: one name detected as different types in different articles is
        one entity, of the type most of its mentions have, when that majority is clear (twice the
        mentions of the other); a name split evenly (Jordan the country, Jordan the player) is left
        for the analyst. Machine merges only, as linkSurnames(). Returns how many were merged. */
    int unifyTypes();

    // --- reading ---
    StoredAnalysis analysis(qint64 articleId) const;
    /** The article's detected quotes as the analyser stored them: the speaker as written and the
        entity it was first resolved to (no merges followed), ids as in analysis(). Cheap: no
        registry lookups (the quote linker's input). */
    QList<StoredQuote> detectedQuotes(qint64 articleId) const;
    /** Calls `visit` with the body and detectedQuotes() of every analysed article that has quotes,
        except those in `skip`, in id order. False on a database error. */
    bool forEachQuotes(const QSet<qint64> &skip,
                       const std::function<void(qint64 articleId, const QString &body, const QList<StoredQuote> &quotes)> &visit) const;
    std::optional<EntityRecord> entity(qint64 id) const;
    /** The registry: every entity that is not merged into another, with counts. */
    QList<EntityRecord> entities(bool includeRejected = false) const;
    /** The entities that speak at least one detected quote, most quoted first; `mentions` holds
        the number of quotes each speaks, `articles` the articles it speaks in. */
    QList<EntityRecord> speakers() const;
    QList<EntityArticle> articlesMentioning(qint64 entityId, int limit = 10000) const;
    int entityCount() const;
    int quoteCount() const;

    // --- the analyst's corrections (each one transaction) ---
    bool rename(qint64 id, const QString &name);
    bool setType(qint64 id, EntityType type);
    bool setRejected(qint64 id, bool rejected);
    /** `from` becomes `into`: its names, mentions and quotes. */
    bool merge(qint64 from, qint64 into);
    /** Undoes merge(from, …): `from` is its own entity again, with the names it had. */
    bool unmerge(qint64 from);
    /** Moves the given names of `id` to a new entity called `name`; returns the new id (0 on failure). */
    qint64 split(qint64 id, const QStringList &aliases, const QString &name);

private:
    struct Statements;
    struct Cache;
    struct RegistryStates;
    bool prepared(QSqlQuery &q, const QString &sql) const;
    bool exec(QSqlQuery &q) const;
    bool ensureCache();
    qint64 resolve(const PreparedNames::Name &name);
    qint64 createEntity(const PreparedNames::Name &name);
    void addAlias(const QString &key, const QString &slot, EntityType type, qint64 entity, const QString &alias);
    qint64 finalEntity(qint64 id) const;
    /** `id` and every entity merged into it, directly or through others. */
    QList<qint64> mergedFamily(qint64 id) const;
    /** A merge the machine makes (linkSurnames(), unifyTypes()); the cache follows it. */
    bool mergeByMachine(qint64 from, qint64 into);
    /** Moves the mentions and quotes of `from` whose names `byKey` lists to the entity it gives. */
    bool repointMentions(qint64 from, const QHash<QString, qint64> &byKey);
    struct TermCounts
    {
        int articles = 0;
        int mentions = 0;
    };
    /** Per entity, from the entity index: terms with `prefix` ('e' mentions, 's' quotes spoken). */
    QHash<qint64, TermCounts> termCounts(QChar prefix) const;
    bool transact(const std::function<bool()> &work);

    QSqlDatabase m_db;
    mutable QString m_error;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<RegistryStates> m_registryStates; ///< set while the registry is fixed
    bool m_deferred = false;
    qint64 m_nextId = 0; ///< 0: read the largest id first
    QString m_pendingEntities; ///< new registry rows as a JSON array being built, without its closing ']'
    QString m_pendingAliases;
};

QByteArray packMentions(const QList<std::pair<EntitySpan, qint64>> &mentions);
QList<std::pair<EntitySpan, qint64>> unpackMentions(const QByteArray &blob);
/** Quotes and their speaker entities (0: none), packed as article_analysis.quotes holds them. */
QByteArray packQuotes(const QList<std::pair<QuoteSpan, qint64>> &quotes);
QList<std::pair<QuoteSpan, qint64>> unpackQuotes(const QByteArray &blob);

} // namespace Dossier
