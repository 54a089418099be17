// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QtEndian>

#include <algorithm>

namespace Dossier {

namespace {

constexpr int kMaxMergeDepth = 32;

QString typeCode(EntityType t)
{
    return entityTypeCode(t);
}

EntityType typeFrom(const QString &code)
{
    EntityType t = EntityType::Person;
    entityTypeFromCode(code, &t);
    return t;
}

QString aliasSlot(const QString &key, EntityType type)
{
    return key + QChar(0x1f) + typeCode(type);
}

/** Where a chain of merges ends: the entity `id` now is. */
qint64 followMerges(const QHash<qint64, qint64> &mergedInto, qint64 id)
{
    for (int depth = 0; depth < kMaxMergeDepth; ++depth) {
        const auto it = mergedInto.constFind(id);
        if (it == mergedInto.constEnd())
            break;
        id = *it;
    }
    return id;
}

QString lastWord(const QString &key)
{
    const qsizetype space = key.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? key : key.mid(space + 1);
}

} // namespace

QList<EntitySpan> StoredAnalysis::entitySpans() const
{
    QList<EntitySpan> spans;
    spans.reserve(mentions.size());
    for (const StoredMention &m : mentions)
        spans.append({m.start, m.end, m.type});
    return spans;
}

QList<QuoteSpan> StoredAnalysis::quoteSpans() const
{
    QList<QuoteSpan> spans;
    spans.reserve(quotes.size());
    for (const StoredQuote &q : quotes)
        spans.append(q.span);
    return spans;
}

QByteArray packMentions(const QList<std::pair<EntitySpan, qint64>> &mentions)
{
    QByteArray blob(mentions.size() * 16, Qt::Uninitialized);
    char *p = blob.data();
    for (const auto &[span, entity] : mentions) {
        qToLittleEndian<qint32>(span.start, p);
        qToLittleEndian<qint32>(span.end, p + 4);
        qToLittleEndian<qint32>(int(span.type), p + 8);
        qToLittleEndian<qint32>(qint32(entity), p + 12);
        p += 16;
    }
    return blob;
}

QList<std::pair<EntitySpan, qint64>> unpackMentions(const QByteArray &blob)
{
    QList<std::pair<EntitySpan, qint64>> mentions;
    const qsizetype n = blob.size() / 16;
    mentions.reserve(n);
    const char *p = blob.constData();
    for (qsizetype i = 0; i < n; ++i, p += 16) {
        const int type = qFromLittleEndian<qint32>(p + 8);
        if (type < 0 || type > int(EntityType::Date))
            continue;
        mentions.append({EntitySpan{qFromLittleEndian<qint32>(p), qFromLittleEndian<qint32>(p + 4), EntityType(type)},
                         qint64(qFromLittleEndian<qint32>(p + 12))});
    }
    return mentions;
}

struct AnalysisStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : deleteQuotes(db)
        , deleteLinks(db)
        , deleteAnalysis(db)
        , machineMerge(db)
        , writeAnalysis(db)
        , entityState(db)
        , readAnalysis(db)
        , readQuotes(db)
    {
    }
    QSqlQuery deleteQuotes, deleteLinks, deleteAnalysis, machineMerge, writeAnalysis;
    QSqlQuery entityState, readAnalysis, readQuotes;
};

/** What the writer knows of the registry, so resolving a name costs no query. */
struct AnalysisStore::Cache
{
    QHash<QString, qint64> aliases;          ///< aliasSlot(key, type) → entity
    /** Last word of a multi-word person → that person, or -1 when two or more share it. A list here
        made every "Brown" cost as many look-ups as there were Browns: quadratic over a corpus. */
    QHash<QString, qint64> surnames;

    void addSurname(const QString &key, qint64 id)
    {
        auto it = surnames.find(key);
        if (it == surnames.end())
            surnames.insert(key, id);
        else if (*it != id)
            *it = -1;
    }
    QHash<qint64, qint64> mergedInto;
};

AnalysisStore::AnalysisStore(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>(db))
{
}

AnalysisStore::~AnalysisStore() = default;

QString AnalysisStore::nameKey(const QString &name)
{
    // One pass (this runs twice for every mention an import writes): case-folded, runs of white
    // space as one space, curly apostrophes straight, no leading "the ".
    QString key;
    key.reserve(name.size());
    bool space = false;
    for (QChar c : name) {
        if (c.isSpace()) {
            space = !key.isEmpty();
            continue;
        }
        if (space) {
            key += QLatin1Char(' ');
            space = false;
        }
        if (c.unicode() == 0x2019)
            key += QLatin1Char('\'');
        else if (c.unicode() < 0x80)
            key += QChar(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + 32 : c.unicode());
        else
            key += c.toCaseFolded();
    }
    if (key.startsWith(QLatin1String("the ")))
        key.remove(0, 4);
    return key;
}

bool AnalysisStore::prepared(QSqlQuery &q, const QString &sql) const
{
    if (!q.lastQuery().isEmpty())
        return true;
    if (q.prepare(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool AnalysisStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool AnalysisStore::ensureCache()
{
    if (m_cache)
        return true;
    auto cache = std::make_unique<Cache>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, type, merged_into, rejected, key FROM entities"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        cache->aliases.insert(aliasSlot(q.value(5).toString(), typeFrom(q.value(2).toString())), id);
        if (!q.value(3).isNull())
            cache->mergedInto.insert(id, q.value(3).toLongLong());
        const QString key = nameKey(q.value(1).toString());
        if (q.value(2).toString() == QLatin1String("PER") && key.contains(QLatin1Char(' ')) && q.value(3).isNull()
            && !q.value(4).toBool())
            cache->addSurname(lastWord(key), id);
    }
    // The other names, the analyst's moves among them, win over the names entities were found as.
    if (!q.exec(QStringLiteral("SELECT key, type, entity_id FROM entity_aliases"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        cache->aliases.insert(aliasSlot(q.value(0).toString(), typeFrom(q.value(1).toString())), q.value(2).toLongLong());
    m_cache = std::move(cache);
    return true;
}

qint64 AnalysisStore::finalEntity(qint64 id) const
{
    return m_cache ? followMerges(m_cache->mergedInto, id) : id;
}

qint64 AnalysisStore::createEntity(const QString &name, EntityType type)
{
    // New entities and names wait in memory with ids of their own and are written by
    // flushPending() in one statement each: one insert per new name was most of what writing an
    // article's analysis cost. The ids are safe: this connection holds the write lock from the
    // first write of a transaction to the flush before its commit, and reads the largest id anew
    // in each transaction.
    if (m_nextId == 0) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM entities")) || !q.next()) {
            m_error = q.lastError().text();
            return 0;
        }
        m_nextId = q.value(0).toLongLong();
    }
    const qint64 id = m_nextId++;
    const QString key = nameKey(name);
    m_pendingEntities.append(QJsonArray{id, name, typeCode(type), key});
    m_cache->aliases.insert(aliasSlot(key, type), id);
    if (type == EntityType::Person && key.contains(QLatin1Char(' ')))
        m_cache->addSurname(lastWord(key), id);
    return id;
}

bool AnalysisStore::addAlias(const QString &key, EntityType type, qint64 entity, const QString &alias)
{
    m_pendingAliases.append(QJsonArray{key, typeCode(type), entity, alias.simplified()});
    m_cache->aliases.insert(aliasSlot(key, type), entity);
    return true;
}

qint64 AnalysisStore::resolve(const QString &surface, const QString &canonical, EntityType type)
{
    const QString name = canonical.trimmed().isEmpty() ? surface.simplified() : canonical.simplified();
    const QString canonicalKey = nameKey(name);
    const QString surfaceKey = surface == name ? canonicalKey : nameKey(surface);
    if (canonicalKey.isEmpty())
        return 0;
    const auto known = [&](const QString &key) { return m_cache->aliases.value(aliasSlot(key, type), 0); };

    qint64 id = known(canonicalKey);
    if (id == 0 && surfaceKey != canonicalKey)
        id = known(surfaceKey); // a name the analyst moved, or the registry knows under this spelling
    if (id == 0 && type == EntityType::Person && !canonicalKey.contains(QLatin1Char(' '))) {
        // "Peskov" in an article that never gives the first name: the one known Peskov, if only one.
        const qint64 only = m_cache->surnames.value(canonicalKey, 0);
        if (only > 0)
            id = finalEntity(only);
    }
    if (id == 0) {
        id = createEntity(name, type);
        if (id == 0)
            return 0;
    }
    if (!m_cache->aliases.contains(aliasSlot(canonicalKey, type)) && !addAlias(canonicalKey, type, id, name))
        return 0;
    if (surfaceKey != canonicalKey && !surfaceKey.isEmpty() && !m_cache->aliases.contains(aliasSlot(surfaceKey, type))
        && !addAlias(surfaceKey, type, id, surface))
        return 0;
    return finalEntity(id);
}

bool AnalysisStore::write(qint64 articleId, const QString &body, const ArticleAnalysis &analysis, bool fresh)
{
    if (!ensureCache())
        return false;
    Statements &st = *m_statements;
    // Plain statements only: one that could need undoing halfway (INSERT OR REPLACE, a multi-row
    // INSERT) opens a statement journal, and with it a savepoint on the full-text index, which makes
    // FTS5 flush its pending terms to a new segment: measured, that tripled the cost of an import.
    // The rows for entity_articles and quotes wait in this article's row as JSON: flushPending()
    // writes all of them with two statements.
    if (!prepared(st.deleteQuotes, QStringLiteral("DELETE FROM quotes WHERE article_id = ?"))
        || !prepared(st.deleteLinks, QStringLiteral("DELETE FROM entity_articles WHERE article_id = ?"))
        || !prepared(st.deleteAnalysis, QStringLiteral("DELETE FROM article_analysis WHERE article_id = ?"))
        || !prepared(st.writeAnalysis, QStringLiteral("INSERT INTO article_analysis (article_id, ner_version, quote_version, "
                                                      "mentions, pending, links, quotes) VALUES (?,?,?,?,1,?,?)")))
        return false;
    if (!fresh) {
        st.deleteQuotes.addBindValue(articleId);
        st.deleteLinks.addBindValue(articleId);
        st.deleteAnalysis.addBindValue(articleId);
        if (!exec(st.deleteQuotes) || !exec(st.deleteLinks) || !exec(st.deleteAnalysis))
            return false;
    }

    QList<std::pair<EntitySpan, qint64>> mentions;
    mentions.reserve(analysis.entities.size());
    QHash<qint64, int> counts;
    for (qsizetype i = 0; i < analysis.entities.size(); ++i) {
        const EntitySpan &span = analysis.entities.at(i);
        if (span.start < 0 || span.end > body.size() || span.start >= span.end)
            continue;
        qint64 entity = 0;
        if (span.type != EntityType::Date) {
            entity = resolve(body.mid(span.start, span.length()), analysis.canonical.value(i), span.type);
            if (entity == 0)
                return false;
            ++counts[entity];
        }
        mentions.append({span, entity});
    }
    QString links;
    links.reserve(int(counts.size()) * 16 + 2);
    links += QLatin1Char('[');
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (links.size() > 1)
            links += QLatin1Char(',');
        links += QLatin1Char('[') + QString::number(it.key()) + QLatin1Char(',') + QString::number(it.value()) + QLatin1Char(']');
    }
    links += QLatin1Char(']');
    QJsonArray quotes;
    for (const QuoteSpan &quote : analysis.quotes) {
        qint64 speaker = 0;
        if (!quote.speaker.trimmed().isEmpty()) {
            speaker = resolve(quote.speaker, quote.speaker, quote.speakerType);
            if (speaker == 0)
                return false;
        }
        quotes.append(QJsonArray{quote.start, quote.end, quote.markStart, quote.markEnd, int(quote.kind),
                                 quote.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(quote.speaker), speaker,
                                 quote.cueStart, quote.cueEnd});
    }
    st.writeAnalysis.addBindValue(articleId);
    st.writeAnalysis.addBindValue(analysis.nerVersion);
    st.writeAnalysis.addBindValue(analysis.quoteVersion);
    st.writeAnalysis.addBindValue(packMentions(mentions));
    st.writeAnalysis.addBindValue(links);
    st.writeAnalysis.addBindValue(QString::fromUtf8(QJsonDocument(quotes).toJson(QJsonDocument::Compact)));
    if (!exec(st.writeAnalysis))
        return false;
    return m_deferred || flushPending();
}

bool AnalysisStore::flushPending()
{
    QSqlQuery q(m_db);
    m_nextId = 0;
    if (!m_pendingEntities.isEmpty() || !m_pendingAliases.isEmpty()) {
        const QString entities = QString::fromUtf8(QJsonDocument(m_pendingEntities).toJson(QJsonDocument::Compact));
        const QString aliases = QString::fromUtf8(QJsonDocument(m_pendingAliases).toJson(QJsonDocument::Compact));
        m_pendingEntities = QJsonArray();
        m_pendingAliases = QJsonArray();
        q.prepare(QStringLiteral("INSERT INTO entities (id, name, type, key) "
                                 "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)"));
        q.addBindValue(entities);
        if (!exec(q)) {
            m_cache.reset(); // what it holds was not written
            return false;
        }
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_aliases (key, type, entity_id, alias, origin) "
                                 "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, 0 FROM json_each(?)"));
        q.addBindValue(aliases);
        if (!exec(q)) {
            m_cache.reset();
            return false;
        }
    }
    const QString links = QStringLiteral(
        "INSERT INTO entity_articles (entity_id, article_id, mentions) "
        "SELECT j.value ->> 0, x.article_id, j.value ->> 1 FROM article_analysis x, json_each(x.links) j WHERE x.pending = 1 "
        "ORDER BY 1, 2"); // in key order: one sweep through the index instead of a jump per row
    const QString quotes = QStringLiteral(
        "INSERT INTO quotes (article_id, start, end, mark_start, mark_end, kind, speaker, speaker_entity, cue_start, cue_end) "
        "SELECT x.article_id, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, "
        "nullif(j.value ->> 6, 0), j.value ->> 7, j.value ->> 8 "
        "FROM article_analysis x, json_each(x.quotes) j WHERE x.pending = 1 ORDER BY x.article_id, j.key");
    const QString done = QStringLiteral("UPDATE article_analysis SET pending = 0, links = NULL, quotes = NULL WHERE pending = 1");
    for (const QString &sql : {links, quotes, done}) {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QList<AnalysisStore::Outdated> AnalysisStore::outdated(int nerVersion, int quoteVersion)
{
    QList<Outdated> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, x.ner_version IS NOT NULL AND x.ner_version = ? FROM articles a "
                             "JOIN article_texts t ON t.article_id = a.id "
                             "LEFT JOIN article_analysis x ON x.article_id = a.id "
                             "WHERE x.article_id IS NULL OR x.ner_version <> ? OR x.quote_version <> ? ORDER BY a.id"));
    q.addBindValue(nerVersion);
    q.addBindValue(nerVersion);
    q.addBindValue(quoteVersion);
    if (!exec(q))
        return ids;
    while (q.next())
        ids.append({q.value(0).toLongLong(), q.value(1).toBool()});
    return ids;
}

bool AnalysisStore::purgeOrphans()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "DELETE FROM entities WHERE name_locked = 0 AND type_locked = 0 AND rejected = 0 AND merged_into IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM entity_articles l WHERE l.entity_id = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM quotes WHERE quotes.speaker_entity = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM entities m WHERE m.merged_into = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = entities.id AND a.origin = 1)"))) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() > 0)
        m_cache.reset();
    return true;
}

QList<EntitySpan> AnalysisStore::detectedSpans(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mentions FROM article_analysis WHERE article_id = ?"));
    q.addBindValue(articleId);
    QList<EntitySpan> spans;
    if (!exec(q) || !q.next())
        return spans;
    const auto mentions = unpackMentions(q.value(0).toByteArray());
    for (const auto &m : mentions)
        spans.append(m.first);
    return spans;
}

bool AnalysisStore::mergeByMachine(qint64 from, qint64 into)
{
    QSqlQuery &q = m_statements->machineMerge;
    if (!prepared(q, QStringLiteral("UPDATE entities SET merged_into = ? WHERE id = ? AND merged_into IS NULL")))
        return false;
    q.addBindValue(into);
    q.addBindValue(from);
    if (!exec(q))
        return false;
    if (m_cache)
        m_cache->mergedInto.insert(from, into);
    return true;
}

int AnalysisStore::linkSurnames()
{
    // One-word person entities nobody corrected, and the fuller persons they could be.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, name_locked OR type_locked OR rejected FROM entities "
                               "WHERE type = 'PER' AND merged_into IS NULL")))
        return 0;
    QHash<QString, QList<qint64>> full;
    QList<std::pair<qint64, QString>> single;
    while (q.next()) {
        const QString key = nameKey(q.value(1).toString());
        if (key.contains(QLatin1Char(' ')))
            full[lastWord(key)].append(q.value(0).toLongLong());
        else if (!q.value(2).toBool())
            single.append({q.value(0).toLongLong(), key});
    }
    int linked = 0;
    for (const auto &[id, key] : std::as_const(single)) {
        const QList<qint64> candidates = full.value(key);
        if (candidates.size() == 1 && mergeByMachine(id, candidates.first()))
            ++linked;
    }
    return linked;
}

int AnalysisStore::unifyTypes()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.id, e.name, name_locked OR type_locked, "
                               "(SELECT coalesce(sum(l.mentions), 0) FROM entity_articles l WHERE l.entity_id = e.id) "
                               "FROM entities e WHERE e.merged_into IS NULL AND e.rejected = 0")))
        return 0;
    struct Candidate
    {
        qint64 id;
        bool locked;
        int mentions;
    };
    QHash<QString, QList<Candidate>> byName;
    while (q.next())
        byName[nameKey(q.value(1).toString())].append({q.value(0).toLongLong(), q.value(2).toBool(), q.value(3).toInt()});
    int merged = 0;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QList<Candidate> &c = it.value();
        if (c.size() < 2)
            continue;
        const auto winner = std::max_element(c.cbegin(), c.cend(), [](const Candidate &a, const Candidate &b) {
            return a.mentions < b.mentions;
        });
        for (const Candidate &other : c) {
            if (other.id == winner->id || other.locked || winner->mentions < 2 * other.mentions)
                continue;
            if (mergeByMachine(other.id, winner->id))
                ++merged;
        }
    }
    return merged;
}

StoredAnalysis AnalysisStore::analysis(qint64 articleId) const
{
    StoredAnalysis result;
    Statements &st = *m_statements;
    if (!prepared(st.readAnalysis, QStringLiteral("SELECT mentions FROM article_analysis WHERE article_id = ?"))
        || !prepared(st.entityState, QStringLiteral("SELECT type, rejected, merged_into, name FROM entities WHERE id = ?"))
        || !prepared(st.readQuotes, QStringLiteral("SELECT id, start, end, mark_start, mark_end, kind, speaker, speaker_entity, "
                                                   "cue_start, cue_end FROM quotes WHERE article_id = ? ORDER BY start")))
        return result;
    st.readAnalysis.addBindValue(articleId);
    if (!exec(st.readAnalysis) || !st.readAnalysis.next())
        return result;
    result.analysed = true;
    const auto mentions = unpackMentions(st.readAnalysis.value(0).toByteArray());
    st.readAnalysis.finish();

    // The registry as it is now: merges followed, corrected types, rejections dropped.
    struct State
    {
        qint64 id = 0;
        EntityType type = EntityType::Person;
        bool rejected = false;
        QString name;
    };
    QHash<qint64, State> states;
    const auto stateOf = [&](qint64 id) -> State {
        const auto it = states.constFind(id);
        if (it != states.constEnd())
            return *it;
        State s;
        qint64 current = id;
        for (int depth = 0; depth < kMaxMergeDepth && current != 0; ++depth) {
            st.entityState.addBindValue(current);
            if (!exec(st.entityState) || !st.entityState.next()) {
                s.rejected = true; // an entity that no longer exists names nothing
                break;
            }
            const qint64 next = st.entityState.value(2).isNull() ? 0 : st.entityState.value(2).toLongLong();
            if (next == 0) {
                s.id = current;
                s.type = typeFrom(st.entityState.value(0).toString());
                s.rejected = st.entityState.value(1).toBool();
                s.name = st.entityState.value(3).toString();
                st.entityState.finish();
                break;
            }
            st.entityState.finish();
            current = next;
        }
        states.insert(id, s);
        return s;
    };
    for (const auto &[span, entity] : mentions) {
        if (entity == 0) {
            result.mentions.append({span.start, span.end, span.type, 0});
            continue;
        }
        const State s = stateOf(entity);
        if (s.rejected || s.id == 0)
            continue;
        result.mentions.append({span.start, span.end, s.type, s.id});
        result.names.insert(s.id, s.name);
    }

    st.readQuotes.addBindValue(articleId);
    if (!exec(st.readQuotes))
        return result;
    QList<std::pair<StoredQuote, qint64>> quotes;
    while (st.readQuotes.next()) {
        StoredQuote q;
        q.id = st.readQuotes.value(0).toLongLong();
        q.span.start = st.readQuotes.value(1).toInt();
        q.span.end = st.readQuotes.value(2).toInt();
        q.span.markStart = st.readQuotes.value(3).toInt();
        q.span.markEnd = st.readQuotes.value(4).toInt();
        q.span.kind = QuoteKind(st.readQuotes.value(5).toInt());
        q.span.speaker = st.readQuotes.value(6).toString();
        q.span.cueStart = st.readQuotes.value(8).toInt();
        q.span.cueEnd = st.readQuotes.value(9).toInt();
        quotes.append({q, st.readQuotes.value(7).isNull() ? 0 : st.readQuotes.value(7).toLongLong()});
    }
    st.readQuotes.finish();
    for (auto &[q, speaker] : quotes) {
        if (speaker != 0) {
            const State s = stateOf(speaker);
            if (!s.rejected && s.id != 0) {
                q.speakerEntity = s.id;
                q.span.speaker = s.name;
                q.span.speakerType = s.type;
            }
        }
        result.quotes.append(q);
    }
    return result;
}

QList<qint64> AnalysisStore::mergedFamily(qint64 id) const
{
    QList<qint64> ids{id};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM entities WHERE merged_into = ?"));
    for (qsizetype i = 0; i < ids.size() && i < 10000; ++i) {
        q.addBindValue(ids.at(i));
        if (!exec(q))
            return {};
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

std::optional<EntityRecord> AnalysisStore::entity(qint64 id) const
{
    // One entity, with what entities() gives it, read for it alone: the side panel asks for one
    // before every correction, and the registry may hold hundreds of thousands.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, type, name_locked, type_locked, rejected, merged_into FROM entities WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next() || !q.value(5).isNull())
        return std::nullopt; // unknown, or merged into another (it is that one now)
    EntityRecord e;
    e.id = id;
    e.name = q.value(0).toString();
    e.type = typeFrom(q.value(1).toString());
    e.nameLocked = q.value(2).toBool();
    e.typeLocked = q.value(3).toBool();
    e.rejected = q.value(4).toBool();
    const QList<qint64> family = mergedFamily(id);
    const QString in = QStringLiteral("(%1)").arg(QStringList(family.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    const auto bindFamily = [&](QSqlQuery &query) {
        for (qint64 member : family)
            query.addBindValue(member);
    };
    const auto addAlias = [&e](const QString &alias) {
        if (!e.aliases.contains(alias))
            e.aliases.append(alias);
    };
    QSqlQuery names(m_db);
    names.prepare(QStringLiteral("SELECT name FROM entities WHERE id IN %1 AND id <> ? ORDER BY id").arg(in));
    bindFamily(names);
    names.addBindValue(id);
    if (exec(names)) {
        while (names.next())
            addAlias(names.value(0).toString());
    }
    QSqlQuery aliases(m_db);
    aliases.prepare(QStringLiteral("SELECT alias FROM entity_aliases WHERE entity_id IN %1 ORDER BY entity_id, alias").arg(in));
    bindFamily(aliases);
    if (exec(aliases)) {
        while (aliases.next())
            addAlias(aliases.value(0).toString());
    }
    e.aliases.removeAll(e.name);
    QSqlQuery counts(m_db);
    counts.prepare(QStringLiteral("SELECT count(*), coalesce(sum(mentions), 0) FROM entity_articles WHERE entity_id IN %1").arg(in));
    bindFamily(counts);
    if (exec(counts) && counts.next()) {
        e.articles = counts.value(0).toInt();
        e.mentions = counts.value(1).toInt();
    }
    return e;
}

QList<EntityRecord> AnalysisStore::entities(bool includeRejected) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<qint64, qint64> merged;
    QHash<qint64, EntityRecord> records;
    QList<qint64> order;
    if (!q.exec(QStringLiteral("SELECT id, name, type, name_locked, type_locked, rejected, merged_into FROM entities ORDER BY id"))) {
        m_error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        EntityRecord e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.type = typeFrom(q.value(2).toString());
        e.nameLocked = q.value(3).toBool();
        e.typeLocked = q.value(4).toBool();
        e.rejected = q.value(5).toBool();
        e.mergedInto = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
        if (e.mergedInto != 0)
            merged.insert(e.id, e.mergedInto);
        records.insert(e.id, e);
        order.append(e.id);
    }
    const auto finalOf = [&](qint64 id) { return followMerges(merged, id); };
    // A merged entity's name is one of the names of the entity it was merged into.
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        auto target = records.find(finalOf(it.key()));
        const QString name = records.value(it.key()).name;
        if (target != records.end() && !target->aliases.contains(name))
            target->aliases.append(name);
    }
    if (q.exec(QStringLiteral("SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias"))) {
        while (q.next()) {
            auto it = records.find(finalOf(q.value(0).toLongLong()));
            if (it != records.end() && !it->aliases.contains(q.value(1).toString()))
                it->aliases.append(q.value(1).toString());
        }
    }
    if (q.exec(QStringLiteral("SELECT entity_id, count(*), sum(mentions) FROM entity_articles GROUP BY entity_id"))) {
        while (q.next()) {
            auto it = records.find(finalOf(q.value(0).toLongLong()));
            if (it != records.end()) {
                it->articles += q.value(1).toInt(); // an article that names both merged parts counts twice; rare
                it->mentions += q.value(2).toInt();
            }
        }
    }
    QList<EntityRecord> result;
    for (qint64 id : std::as_const(order)) {
        EntityRecord e = records.value(id);
        if (e.mergedInto != 0 || (e.rejected && !includeRejected))
            continue;
        e.aliases.removeAll(e.name);
        result.append(e);
    }
    return result;
}

QList<EntityArticle> AnalysisStore::articlesMentioning(qint64 entityId, int limit) const
{
    // The entity and every entity merged into it.
    const QList<qint64> ids = mergedFamily(entityId);
    if (ids.isEmpty())
        return {};
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery list(m_db);
    list.setForwardOnly(true);
    list.prepare(QStringLiteral("SELECT a.id, a.title, a.outlet, sum(l.mentions) AS n FROM entity_articles l "
                                "JOIN articles a ON a.id = l.article_id WHERE l.entity_id IN (%1) "
                                "GROUP BY a.id ORDER BY n DESC, a.published DESC, a.id LIMIT ?")
                     .arg(placeholders.join(QLatin1Char(','))));
    for (qint64 id : std::as_const(ids))
        list.addBindValue(id);
    list.addBindValue(limit);
    QList<EntityArticle> result;
    if (!exec(list))
        return result;
    while (list.next())
        result.append({list.value(0).toLongLong(), list.value(1).toString(), list.value(2).toString(), list.value(3).toInt()});
    return result;
}

int AnalysisStore::entityCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM entities e WHERE merged_into IS NULL AND rejected = 0 "
                              "AND EXISTS (SELECT 1 FROM entity_articles l WHERE l.entity_id = e.id)"))
        && q.next())
        return q.value(0).toInt();
    return 0;
}

int AnalysisStore::quoteCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM quotes")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool AnalysisStore::transact(const std::function<bool()> &work)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = q.lastError().text();
        return false;
    }
    if (!work()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_cache.reset(); // the registry changed under it
    return true;
}

bool AnalysisStore::rename(qint64 id, const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        m_error = QCoreApplication::translate("Dossier", "An entity needs a name.");
        return false;
    }
    return transact([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE entities SET name = ?, name_locked = 1 WHERE id = ?"));
        q.addBindValue(simplified);
        q.addBindValue(id);
        if (!exec(q) || q.numRowsAffected() != 1)
            return false;
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("SELECT type FROM entities WHERE id = ?"));
        t.addBindValue(id);
        if (!exec(t) || !t.next())
            return false;
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_aliases (key, type, entity_id, alias, origin) VALUES (?,?,?,?,1)"));
        a.addBindValue(nameKey(simplified));
        a.addBindValue(t.value(0).toString());
        a.addBindValue(id);
        a.addBindValue(simplified);
        return exec(a);
    });
}

bool AnalysisStore::setType(qint64 id, EntityType type)
{
    if (type == EntityType::Date) {
        m_error = QCoreApplication::translate("Dossier", "Dates are not entities of the registry.");
        return false;
    }
    return transact([&] {
        // The detector will go on finding the name as the old type: keep that name pointing here.
        QSqlQuery keep(m_db);
        keep.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_aliases (key, type, entity_id, alias, origin) "
                                    "SELECT key, type, id, name, 1 FROM entities WHERE id = ?"));
        keep.addBindValue(id);
        if (!exec(keep))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE entities SET type = ?, type_locked = 1 WHERE id = ?"));
        q.addBindValue(typeCode(type));
        q.addBindValue(id);
        return exec(q) && q.numRowsAffected() == 1;
    });
}

bool AnalysisStore::setRejected(qint64 id, bool rejected)
{
    return transact([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE entities SET rejected = ? WHERE id = ?"));
        q.addBindValue(rejected ? 1 : 0);
        q.addBindValue(id);
        return exec(q) && q.numRowsAffected() == 1;
    });
}

bool AnalysisStore::merge(qint64 from, qint64 into)
{
    if (from == into) {
        m_error = QCoreApplication::translate("Dossier", "An entity cannot be merged into itself.");
        return false;
    }
    return transact([&] {
        // Refuse a cycle: `into` must not already be (merged into) `from`.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT merged_into FROM entities WHERE id = ?"));
        qint64 current = into;
        for (int depth = 0; depth < kMaxMergeDepth && current != 0; ++depth) {
            if (current == from) {
                m_error = QCoreApplication::translate("Dossier", "These entities are already one.");
                return false;
            }
            q.addBindValue(current);
            if (!exec(q) || !q.next()) {
                m_error = QCoreApplication::translate("Dossier", "No such entity.");
                return false;
            }
            current = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
            q.finish();
        }
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE entities SET merged_into = ?, name_locked = 1 WHERE id = ?"));
        u.addBindValue(into);
        u.addBindValue(from);
        return exec(u) && u.numRowsAffected() == 1;
    });
}

bool AnalysisStore::unmerge(qint64 from)
{
    return transact([&] {
        QSqlQuery u(m_db);
        // name_locked: the analyst has decided this entity is its own; no machine merge redoes it.
        u.prepare(QStringLiteral("UPDATE entities SET merged_into = NULL, name_locked = 1 WHERE id = ?"));
        u.addBindValue(from);
        return exec(u) && u.numRowsAffected() == 1;
    });
}

bool AnalysisStore::repointMentions(qint64 from, const QHash<QString, qint64> &byKey)
{
    QSqlQuery articles(m_db);
    articles.setForwardOnly(true);
    articles.prepare(QStringLiteral("SELECT x.article_id, x.mentions, t.body FROM entity_articles l "
                                    "JOIN article_analysis x ON x.article_id = l.article_id "
                                    "JOIN article_texts t ON t.article_id = l.article_id WHERE l.entity_id = ?"));
    articles.addBindValue(from);
    if (!exec(articles))
        return false;
    struct Rewrite
    {
        qint64 article;
        QByteArray blob;
        QHash<qint64, int> counts;
    };
    QList<Rewrite> rewrites;
    while (articles.next()) {
        auto mentions = unpackMentions(articles.value(1).toByteArray());
        const QString body = articles.value(2).toString();
        Rewrite r{articles.value(0).toLongLong(), {}, {}};
        bool changed = false;
        for (auto &[span, entity] : mentions) {
            if (entity == from) {
                const qint64 to = byKey.value(nameKey(body.mid(span.start, span.length())), 0);
                if (to != 0) {
                    entity = to;
                    changed = true;
                }
            }
            if (entity != 0)
                ++r.counts[entity];
        }
        if (!changed)
            continue;
        r.blob = packMentions(mentions);
        rewrites.append(r);
    }
    QSqlQuery blob(m_db), del(m_db), ins(m_db);
    blob.prepare(QStringLiteral("UPDATE article_analysis SET mentions = ? WHERE article_id = ?"));
    del.prepare(QStringLiteral("DELETE FROM entity_articles WHERE article_id = ?"));
    ins.prepare(QStringLiteral("INSERT INTO entity_articles (entity_id, article_id, mentions) VALUES (?,?,?)"));
    for (const Rewrite &r : std::as_const(rewrites)) {
        blob.addBindValue(r.blob);
        blob.addBindValue(r.article);
        del.addBindValue(r.article);
        if (!exec(blob) || !exec(del))
            return false;
        for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it) {
            ins.addBindValue(it.key());
            ins.addBindValue(r.article);
            ins.addBindValue(it.value());
            if (!exec(ins))
                return false;
        }
    }
    return true;
}

qint64 AnalysisStore::split(qint64 id, const QStringList &aliases, const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty() || aliases.isEmpty()) {
        m_error = QCoreApplication::translate("Dossier", "Choose the names that belong to the new entity, and name it.");
        return 0;
    }
    qint64 created = 0;
    const bool ok = transact([&] {
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("SELECT type FROM entities WHERE id = ?"));
        t.addBindValue(id);
        if (!exec(t) || !t.next()) {
            m_error = QCoreApplication::translate("Dossier", "No such entity.");
            return false;
        }
        const QString type = t.value(0).toString();
        t.finish();
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO entities (name, type, key, name_locked, type_locked) VALUES (?, ?, ?, 1, 1)"));
        ins.addBindValue(simplified);
        ins.addBindValue(type);
        ins.addBindValue(nameKey(simplified));
        if (!exec(ins))
            return false;
        created = ins.lastInsertId().toLongLong();
        QHash<QString, qint64> byKey;
        QSqlQuery move(m_db);
        move.prepare(QStringLiteral("UPDATE entity_aliases SET entity_id = ?, origin = 1 WHERE entity_id = ? AND key = ?"));
        for (const QString &alias : aliases) {
            const QString key = nameKey(alias);
            byKey.insert(key, created);
            move.addBindValue(created);
            move.addBindValue(id);
            move.addBindValue(key);
            if (!exec(move))
                return false;
        }
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_aliases (key, type, entity_id, alias, origin) VALUES (?,?,?,?,1)"));
        a.addBindValue(nameKey(simplified));
        a.addBindValue(type);
        a.addBindValue(created);
        a.addBindValue(simplified);
        if (!exec(a) || !repointMentions(id, byKey))
            return false;
        QSqlQuery speakers(m_db);
        speakers.prepare(QStringLiteral("SELECT id, speaker FROM quotes WHERE speaker_entity = ?"));
        speakers.addBindValue(id);
        if (!exec(speakers))
            return false;
        QList<qint64> moved;
        while (speakers.next()) {
            if (byKey.contains(nameKey(speakers.value(1).toString())))
                moved.append(speakers.value(0).toLongLong());
        }
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE quotes SET speaker_entity = ? WHERE id = ?"));
        for (qint64 quote : std::as_const(moved)) {
            u.addBindValue(created);
            u.addBindValue(quote);
            if (!exec(u))
                return false;
        }
        return true;
    });
    return ok ? created : 0;
}

} // namespace Dossier
