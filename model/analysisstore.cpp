// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"

#include <QCoreApplication>
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

namespace {
constexpr int kQuoteFields = 10; // int32s per quote before the speaker's name
} // namespace

QByteArray packQuotes(const QList<std::pair<QuoteSpan, qint64>> &quotes)
{
    qsizetype size = 0;
    for (const auto &q : quotes)
        size += kQuoteFields * 4 + q.first.speaker.size() * 2;
    QByteArray blob(size, Qt::Uninitialized);
    char *p = blob.data();
    for (const auto &[q, speaker] : quotes) {
        const qint32 fields[kQuoteFields] = {q.start,  q.end,           q.markStart,           q.markEnd,
                                             int(q.kind), q.cueStart, q.cueEnd, qint32(speaker), int(q.speakerType),
                                             qint32(q.speaker.size())};
        for (qint32 f : fields) {
            qToLittleEndian<qint32>(f, p);
            p += 4;
        }
        for (QChar c : q.speaker) {
            qToLittleEndian<quint16>(c.unicode(), p);
            p += 2;
        }
    }
    return blob;
}

QList<std::pair<QuoteSpan, qint64>> unpackQuotes(const QByteArray &blob)
{
    QList<std::pair<QuoteSpan, qint64>> quotes;
    const char *p = blob.constData();
    const char *end = p + blob.size();
    while (end - p >= kQuoteFields * 4) {
        qint32 f[kQuoteFields];
        for (qint32 &v : f) {
            v = qFromLittleEndian<qint32>(p);
            p += 4;
        }
        const qint32 n = f[9];
        if (n < 0 || end - p < qsizetype(n) * 2)
            break; // a damaged blob: keep what was read
        QuoteSpan q;
        q.start = f[0];
        q.end = f[1];
        q.markStart = f[2];
        q.markEnd = f[3];
        q.kind = f[4] == int(QuoteKind::Partial) ? QuoteKind::Partial : QuoteKind::Full;
        q.cueStart = f[5];
        q.cueEnd = f[6];
        q.speakerType = f[8] >= 0 && f[8] < int(EntityType::Date) ? EntityType(f[8]) : EntityType::Person;
        q.speaker.resize(n);
        for (qint32 i = 0; i < n; ++i, p += 2)
            q.speaker[i] = QChar(qFromLittleEndian<quint16>(p));
        quotes.append({q, qint64(f[7])});
    }
    return quotes;
}

namespace {

/** A span the analysis may store: not empty, inside the body. */
bool spanInside(const EntitySpan &span, const QString &body)
{
    return span.start >= 0 && span.start < span.end && span.end <= body.size();
}

/** `text` as a JSON string. */
void appendJsonString(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

/** Opens the next element of a JSON array being built. */
void nextElement(QString &array)
{
    array += array.isEmpty() ? QLatin1Char('[') : QLatin1Char(',');
}

/** The entity index's terms for an article: "e<id>" per mention, "s<id>" per quote spoken. */
QString indexTerms(const QList<std::pair<EntitySpan, qint64>> &mentions, const QList<std::pair<QuoteSpan, qint64>> &quotes)
{
    QString terms;
    terms.reserve((mentions.size() + quotes.size()) * 8);
    const auto add = [&terms](char prefix, qint64 id) {
        if (id == 0)
            return;
        terms += QLatin1Char(prefix);
        terms += QString::number(id);
        terms += QLatin1Char(' ');
    };
    for (const auto &m : mentions)
        add('e', m.second);
    for (const auto &q : quotes)
        add('s', q.second);
    return terms;
}

/** The entity id of an index term such as "e123"; 0 if it is not one with that prefix. */
qint64 termEntity(const QString &term, QChar prefix)
{
    if (term.size() < 2 || term.at(0) != prefix)
        return 0;
    bool ok = false;
    const qint64 id = QStringView(term).mid(1).toLongLong(&ok);
    return ok ? id : 0;
}

/** An FTS5 query matching any of the given terms. */
QString anyTerm(const QList<qint64> &ids, const QStringList &prefixes)
{
    QStringList terms;
    for (qint64 id : ids) {
        for (const QString &prefix : prefixes)
            terms << prefix + QString::number(id);
    }
    return terms.join(QLatin1String(" OR "));
}

} // namespace

struct AnalysisStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : deleteAnalysis(db)
        , machineMerge(db)
        , writeAnalysis(db)
        , writeIndex(db)
        , entityState(db)
        , readAnalysis(db)
    {
    }
    QSqlQuery deleteAnalysis, machineMerge, writeAnalysis, writeIndex;
    QSqlQuery entityState, readAnalysis;
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

/** An entity as the registry has it now: merges followed, corrected type, rejection. */
struct EntityState
{
    qint64 id = 0;
    EntityType type = EntityType::Person;
    bool rejected = false;
    QString name;
};

struct AnalysisStore::RegistryStates
{
    QHash<qint64, EntityState> states;
};

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

qint64 AnalysisStore::createEntity(const PreparedNames::Name &name)
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
    // The rows wait as JSON text, written by hand: QJsonArray cost more than the insert itself.
    nextElement(m_pendingEntities);
    m_pendingEntities += QLatin1Char('[') + QString::number(id) + QLatin1Char(',');
    appendJsonString(m_pendingEntities, name.name);
    m_pendingEntities += QLatin1Char(',');
    appendJsonString(m_pendingEntities, typeCode(name.type));
    m_pendingEntities += QLatin1Char(',');
    appendJsonString(m_pendingEntities, name.key);
    m_pendingEntities += QLatin1Char(']');
    m_cache->aliases.insert(name.slot, id);
    if (name.type == EntityType::Person && name.key.contains(QLatin1Char(' ')))
        m_cache->addSurname(lastWord(name.key), id);
    return id;
}

void AnalysisStore::addAlias(const QString &key, const QString &slot, EntityType type, qint64 entity, const QString &alias)
{
    nextElement(m_pendingAliases);
    m_pendingAliases += QLatin1Char('[');
    appendJsonString(m_pendingAliases, key);
    m_pendingAliases += QLatin1Char(',');
    appendJsonString(m_pendingAliases, typeCode(type));
    m_pendingAliases += QLatin1Char(',') + QString::number(entity) + QLatin1Char(',');
    appendJsonString(m_pendingAliases, alias.simplified());
    m_pendingAliases += QLatin1Char(']');
    m_cache->aliases.insert(slot, entity);
}

qint64 AnalysisStore::resolve(const PreparedNames::Name &n)
{
    qint64 id = m_cache->aliases.value(n.slot, 0);
    if (id == 0 && n.surfaceSlot != n.slot)
        id = m_cache->aliases.value(n.surfaceSlot, 0); // a name the analyst moved, or the registry knows under this spelling
    if (id == 0 && n.type == EntityType::Person && !n.key.contains(QLatin1Char(' '))) {
        // "Peskov" in an article that never gives the first name: the one known Peskov, if only one.
        const qint64 only = m_cache->surnames.value(n.key, 0);
        if (only > 0)
            id = finalEntity(only);
    }
    if (id == 0) {
        id = createEntity(n);
        if (id == 0)
            return 0;
    }
    if (!m_cache->aliases.contains(n.slot))
        addAlias(n.key, n.slot, n.type, id, n.name);
    if (n.surfaceSlot != n.slot && !n.surfaceKey.isEmpty() && !m_cache->aliases.contains(n.surfaceSlot))
        addAlias(n.surfaceKey, n.surfaceSlot, n.type, id, n.surface);
    return finalEntity(id);
}

PreparedNames AnalysisStore::prepareNames(const QString &body, const ArticleAnalysis &analysis)
{
    PreparedNames prepared;
    // An article names the same few entities again and again: each spelling once.
    QHash<QString, int> seen;
    const auto nameOf = [&](const QString &surface, const QString &canonical, EntityType type) {
        QString spelling = surface;
        spelling += QChar(0x1f);
        spelling += canonical;
        spelling += QChar(u'0' + int(type));
        const auto it = seen.constFind(spelling);
        if (it != seen.constEnd())
            return *it;
        PreparedNames::Name n;
        n.name = canonical.trimmed().isEmpty() ? surface.simplified() : canonical.simplified();
        n.surface = surface;
        n.type = type;
        n.key = nameKey(n.name);
        if (n.key.isEmpty()) {
            seen.insert(spelling, -1); // nothing to name ("the", blanks)
            return -1;
        }
        n.surfaceKey = surface == n.name ? n.key : nameKey(surface);
        n.slot = aliasSlot(n.key, type);
        n.surfaceSlot = n.surfaceKey == n.key ? n.slot : aliasSlot(n.surfaceKey, type);
        prepared.names.append(n);
        const int index = int(prepared.names.size() - 1);
        seen.insert(spelling, index);
        return index;
    };
    prepared.mentions.reserve(analysis.entities.size());
    for (qsizetype i = 0; i < analysis.entities.size(); ++i) {
        const EntitySpan &span = analysis.entities.at(i);
        if (!spanInside(span, body) || span.type == EntityType::Date)
            prepared.mentions.append(-1);
        else
            prepared.mentions.append(nameOf(body.mid(span.start, span.length()), analysis.canonical.value(i), span.type));
    }
    prepared.speakers.reserve(analysis.quotes.size());
    for (const QuoteSpan &quote : analysis.quotes)
        prepared.speakers.append(quote.speaker.trimmed().isEmpty() ? -1 : nameOf(quote.speaker, quote.speaker, quote.speakerType));
    return prepared;
}

bool AnalysisStore::write(qint64 articleId, const QString &body, const ArticleAnalysis &analysis, bool fresh)
{
    return write(articleId, body, analysis, prepareNames(body, analysis), fresh);
}

bool AnalysisStore::write(qint64 articleId, const QString &body, const ArticleAnalysis &analysis, const PreparedNames &names,
                          bool fresh)
{
    if (!ensureCache())
        return false;
    Statements &st = *m_statements;
    // Two plain single-row statements per article. One that could need undoing halfway (INSERT OR
    // REPLACE, a multi-row INSERT) opens a statement journal, and with it a savepoint on the
    // full-text indexes, which makes FTS5 flush its pending terms to a new segment: measured, that
    // tripled the cost of an import.
    if (!prepared(st.deleteAnalysis, QStringLiteral("DELETE FROM article_analysis WHERE article_id = ?"))
        || !prepared(st.writeAnalysis, QStringLiteral("INSERT INTO article_analysis (article_id, ner_version, quote_version, "
                                                      "mentions, quotes, quote_count) VALUES (?,?,?,?,?,?)"))
        || !prepared(st.writeIndex, QStringLiteral("INSERT INTO entity_index (rowid, terms) VALUES (?,?)")))
        return false;
    if (names.mentions.size() != analysis.entities.size() || names.speakers.size() != analysis.quotes.size()) {
        m_error = QCoreApplication::translate("Dossier", "Internal error: names prepared for another analysis.");
        return false;
    }
    if (!fresh) {
        st.deleteAnalysis.addBindValue(articleId); // its trigger deletes the index row
        if (!exec(st.deleteAnalysis))
            return false;
    }

    QList<qint64> ids(names.names.size(), 0);
    for (qsizetype i = 0; i < names.names.size(); ++i) {
        if ((ids[i] = resolve(names.names.at(i))) == 0)
            return false;
    }
    QList<std::pair<EntitySpan, qint64>> mentions;
    mentions.reserve(analysis.entities.size());
    for (qsizetype i = 0; i < analysis.entities.size(); ++i) {
        const EntitySpan &span = analysis.entities.at(i);
        const int name = names.mentions.at(i);
        if (name >= 0)
            mentions.append({span, ids.at(name)});
        else if (span.type == EntityType::Date && spanInside(span, body))
            mentions.append({span, 0});
    }
    QList<std::pair<QuoteSpan, qint64>> quotes;
    quotes.reserve(analysis.quotes.size());
    for (qsizetype i = 0; i < analysis.quotes.size(); ++i) {
        const int name = names.speakers.at(i);
        quotes.append({analysis.quotes.at(i), name >= 0 ? ids.at(name) : 0});
    }
    st.writeAnalysis.addBindValue(articleId);
    st.writeAnalysis.addBindValue(analysis.nerVersion);
    st.writeAnalysis.addBindValue(analysis.quoteVersion);
    st.writeAnalysis.addBindValue(packMentions(mentions));
    st.writeAnalysis.addBindValue(packQuotes(quotes));
    st.writeAnalysis.addBindValue(int(quotes.size()));
    st.writeIndex.addBindValue(articleId);
    st.writeIndex.addBindValue(indexTerms(mentions, quotes));
    if (!exec(st.writeAnalysis) || !exec(st.writeIndex))
        return false;
    return m_deferred || flushPending();
}

bool AnalysisStore::flushPending()
{
    m_nextId = 0;
    if (m_pendingEntities.isEmpty() && m_pendingAliases.isEmpty())
        return true;
    QSqlQuery q(m_db);
    const QString entities = m_pendingEntities.isEmpty() ? QStringLiteral("[]") : m_pendingEntities + QLatin1Char(']');
    const QString aliases = m_pendingAliases.isEmpty() ? QStringLiteral("[]") : m_pendingAliases + QLatin1Char(']');
    m_pendingEntities.clear();
    m_pendingAliases.clear();
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
    return true;
}

QHash<qint64, AnalysisStore::TermCounts> AnalysisStore::termCounts(QChar prefix) const
{
    QHash<qint64, TermCounts> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT term, doc, cnt FROM entity_index_terms WHERE term >= ? AND term < ?"));
    q.addBindValue(QString(prefix));
    q.addBindValue(QString(QChar(prefix.unicode() + 1)));
    if (!exec(q))
        return counts;
    while (q.next()) {
        if (const qint64 id = termEntity(q.value(0).toString(), prefix); id != 0)
            counts.insert(id, {q.value(1).toInt(), q.value(2).toInt()});
    }
    return counts;
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
            "AND 'e' || id NOT IN (SELECT term FROM entity_index_terms) AND 's' || id NOT IN (SELECT term FROM entity_index_terms) "
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
    // Names compared as they were found (entities.key); only a name the registry holds under two
    // types or more is a candidate. Mention counts come from one pass over the entity index: a
    // look-up per candidate cost a hundred times more.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, type, name_locked OR type_locked FROM entities "
                               "WHERE merged_into IS NULL AND rejected = 0")))
        return 0;
    struct Candidate
    {
        qint64 id;
        QString type;
        bool locked;
        int mentions;
    };
    QHash<QString, QList<Candidate>> byName;
    while (q.next())
        byName[q.value(1).toString()].append({q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toBool(), 0});
    q.finish();
    QHash<qint64, TermCounts> counts;
    bool counted = false;
    int merged = 0;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QList<Candidate> &c = it.value();
        if (c.size() < 2 || std::all_of(c.cbegin(), c.cend(), [&](const Candidate &x) { return x.type == c.first().type; }))
            continue;
        if (!counted) {
            counts = termCounts(QLatin1Char('e'));
            counted = true;
        }
        for (Candidate &candidate : c)
            candidate.mentions = counts.value(candidate.id).mentions;
        const auto winner = std::max_element(c.cbegin(), c.cend(), [](const Candidate &a, const Candidate &b) {
            return a.mentions < b.mentions;
        });
        for (const Candidate &other : std::as_const(c)) {
            if (other.id == winner->id || other.locked || winner->mentions < 2 * other.mentions)
                continue;
            if (mergeByMachine(other.id, winner->id))
                ++merged;
        }
    }
    return merged;
}

void AnalysisStore::setRegistryFixed(bool fixed)
{
    if (fixed && !m_registryStates)
        m_registryStates = std::make_unique<RegistryStates>();
    else if (!fixed)
        m_registryStates.reset();
}

StoredAnalysis AnalysisStore::analysis(qint64 articleId) const
{
    StoredAnalysis result;
    Statements &st = *m_statements;
    if (!prepared(st.readAnalysis, QStringLiteral("SELECT mentions, quotes FROM article_analysis WHERE article_id = ?"))
        || !prepared(st.entityState, QStringLiteral("SELECT type, rejected, merged_into, name FROM entities WHERE id = ?")))
        return result;
    st.readAnalysis.addBindValue(articleId);
    if (!exec(st.readAnalysis) || !st.readAnalysis.next())
        return result;
    result.analysed = true;
    const auto mentions = unpackMentions(st.readAnalysis.value(0).toByteArray());
    auto quotes = unpackQuotes(st.readAnalysis.value(1).toByteArray());
    st.readAnalysis.finish();

    // The registry as it is now: merges followed, corrected types, rejections dropped.
    using State = EntityState;
    QHash<qint64, State> ownStates;
    QHash<qint64, State> &states = m_registryStates ? m_registryStates->states : ownStates;
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

    std::sort(quotes.begin(), quotes.end(), [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    for (auto &[span, speaker] : quotes) {
        StoredQuote q{articleId * 65536 + result.quotes.size() + 1, span, 0};
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

namespace {
QList<StoredQuote> storedQuotes(qint64 articleId, const QByteArray &blob)
{
    auto quotes = unpackQuotes(blob);
    std::sort(quotes.begin(), quotes.end(), [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    QList<StoredQuote> out;
    out.reserve(quotes.size());
    for (const auto &[span, speaker] : std::as_const(quotes))
        out.append(StoredQuote{articleId * 65536 + out.size() + 1, span, speaker});
    return out;
}
} // namespace

QList<StoredQuote> AnalysisStore::detectedQuotes(qint64 articleId) const
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("SELECT quotes FROM article_analysis WHERE article_id = ?")))
        return {};
    q.addBindValue(articleId);
    if (!exec(q) || !q.next())
        return {};
    return storedQuotes(articleId, q.value(0).toByteArray());
}

bool AnalysisStore::forEachQuotes(const QSet<qint64> &skip,
                                  const std::function<void(qint64, const QString &, const QList<StoredQuote> &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT a.article_id, a.quotes, t.body FROM article_analysis a "
                                    "JOIN article_texts t ON t.article_id = a.article_id WHERE a.quote_count > 0 ORDER BY a.article_id"))
        || !exec(q))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (skip.contains(id))
            continue;
        visit(id, q.value(2).toString(), storedQuotes(id, q.value(1).toByteArray()));
    }
    return true;
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
    counts.prepare(QStringLiteral("SELECT doc, cnt FROM entity_index_terms WHERE term = ?"));
    for (qint64 member : family) {
        counts.addBindValue(QStringLiteral("e%1").arg(member));
        if (!exec(counts))
            break;
        if (counts.next()) {
            e.articles += counts.value(0).toInt(); // an article that names two merged parts counts twice; rare
            e.mentions += counts.value(1).toInt();
        }
        counts.finish();
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
    const QHash<qint64, TermCounts> counts = termCounts(QLatin1Char('e'));
    for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
        auto it = records.find(finalOf(c.key()));
        if (it != records.end()) {
            it->articles += c->articles; // an article that names both merged parts counts twice; rare
            it->mentions += c->mentions;
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

QList<EntityRecord> AnalysisStore::speakers() const
{
    QList<EntityRecord> all = entities();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < all.size(); ++i) {
        all[i].mentions = 0;
        all[i].articles = 0;
        index.insert(all.at(i).id, i);
    }
    QHash<qint64, qint64> merged;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL"))) {
        m_error = q.lastError().text();
        return {};
    }
    while (q.next())
        merged.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    // The quote index counts by the entity each quote was written with: follow merges made since.
    const QHash<qint64, TermCounts> counts = termCounts(QLatin1Char('s'));
    for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
        const auto it = index.constFind(followMerges(merged, c.key()));
        if (it != index.constEnd()) {
            all[*it].mentions += c->mentions;
            all[*it].articles += c->articles;
        }
    }
    all.removeIf([](const EntityRecord &e) { return e.mentions == 0; });
    std::sort(all.begin(), all.end(), [](const EntityRecord &a, const EntityRecord &b) {
        return a.mentions != b.mentions ? a.mentions > b.mentions : a.name.localeAwareCompare(b.name) < 0;
    });
    return all;
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
    list.prepare(QStringLiteral("SELECT a.id, a.title, a.outlet, i.n FROM "
                                "(SELECT doc, count(*) AS n FROM entity_index_instances WHERE term IN (%1) GROUP BY doc) i "
                                "JOIN articles a ON a.id = i.doc ORDER BY i.n DESC, a.published DESC, a.id LIMIT ?")
                     .arg(placeholders.join(QLatin1Char(','))));
    for (qint64 id : std::as_const(ids))
        list.addBindValue(QStringLiteral("e%1").arg(id));
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
                              "AND 'e' || e.id IN (SELECT term FROM entity_index_terms WHERE term >= 'e' AND term < 'f')"))
        && q.next())
        return q.value(0).toInt();
    return 0;
}

int AnalysisStore::quoteCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(sum(quote_count), 0) FROM article_analysis")) && q.next())
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
    // The articles that name `from` or quote it, found through the entity index.
    QSqlQuery articles(m_db);
    articles.setForwardOnly(true);
    articles.prepare(QStringLiteral("SELECT x.article_id, x.mentions, x.quotes, t.body FROM entity_index i "
                                    "JOIN article_analysis x ON x.article_id = i.rowid "
                                    "JOIN article_texts t ON t.article_id = i.rowid WHERE entity_index MATCH ?"));
    articles.addBindValue(anyTerm({from}, {QStringLiteral("e"), QStringLiteral("s")}));
    if (!exec(articles))
        return false;
    struct Rewrite
    {
        qint64 article;
        QList<std::pair<EntitySpan, qint64>> mentions;
        QList<std::pair<QuoteSpan, qint64>> quotes;
    };
    QList<Rewrite> rewrites;
    while (articles.next()) {
        Rewrite r{articles.value(0).toLongLong(), unpackMentions(articles.value(1).toByteArray()),
                  unpackQuotes(articles.value(2).toByteArray())};
        const QString body = articles.value(3).toString();
        bool changed = false;
        for (auto &[span, entity] : r.mentions) {
            if (entity != from)
                continue;
            if (const qint64 to = byKey.value(nameKey(body.mid(span.start, span.length())), 0); to != 0) {
                entity = to;
                changed = true;
            }
        }
        for (auto &[quote, speaker] : r.quotes) {
            if (speaker != from)
                continue;
            if (const qint64 to = byKey.value(nameKey(quote.speaker), 0); to != 0) {
                speaker = to;
                changed = true;
            }
        }
        if (changed)
            rewrites.append(std::move(r));
    }
    articles.finish();
    QSqlQuery blobs(m_db), del(m_db), ins(m_db);
    blobs.prepare(QStringLiteral("UPDATE article_analysis SET mentions = ?, quotes = ? WHERE article_id = ?"));
    del.prepare(QStringLiteral("DELETE FROM entity_index WHERE rowid = ?"));
    ins.prepare(QStringLiteral("INSERT INTO entity_index (rowid, terms) VALUES (?,?)"));
    for (const Rewrite &r : std::as_const(rewrites)) {
        blobs.addBindValue(packMentions(r.mentions));
        blobs.addBindValue(packQuotes(r.quotes));
        blobs.addBindValue(r.article);
        del.addBindValue(r.article);
        ins.addBindValue(r.article);
        ins.addBindValue(indexTerms(r.mentions, r.quotes));
        if (!exec(blobs) || !exec(del) || !exec(ins))
            return false;
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
        return exec(a) && repointMentions(id, byKey);
    });
    return ok ? created : 0;
}

} // namespace Dossier
