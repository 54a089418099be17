// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkstore.h"

#include "analysisstore.h"
#include "quoteclusterer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <set>

namespace Dossier {

namespace {

constexpr QChar OutletSeparator = QChar(0x1f);

std::pair<qint64, qint64> ordered(qint64 a, qint64 b)
{
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

/** NOT NULL text columns: a null QString would bind as NULL. */
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

/**
 * Union-find with cannot-link pairs: join() refuses to put two items of a rejected pair into one
 * group. Rejections are few (an analyst's), so each join checks them all.
 */
class ConstrainedGroups
{
public:
    explicit ConstrainedGroups(const std::set<std::pair<qint64, qint64>> &cannot)
        : m_cannot(cannot)
    {
    }

    qint64 find(qint64 x)
    {
        auto it = m_parent.find(x);
        if (it == m_parent.end()) {
            m_parent.insert(x, x);
            return x;
        }
        qint64 root = x;
        while (m_parent.value(root) != root)
            root = m_parent.value(root);
        while (x != root) {
            qint64 &p = m_parent[x];
            const qint64 next = p;
            p = root;
            x = next;
        }
        return root;
    }

    bool join(qint64 a, qint64 b)
    {
        qint64 ra = find(a), rb = find(b);
        if (ra == rb)
            return true;
        for (const auto &[x, y] : m_cannot) {
            const qint64 rx = find(x), ry = find(y);
            if ((rx == ra && ry == rb) || (rx == rb && ry == ra))
                return false;
        }
        if (ra > rb)
            std::swap(ra, rb);
        m_parent[rb] = ra; // the root is the group's lowest id: a stable story id
        return true;
    }

    /** Groups of two or more, keyed by their lowest member. */
    QHash<qint64, QList<qint64>> groups()
    {
        QHash<qint64, QList<qint64>> out;
        const QList<qint64> all = m_parent.keys();
        for (qint64 x : all)
            out[find(x)].append(x);
        for (auto it = out.begin(); it != out.end();) {
            if (it->size() < 2) {
                it = out.erase(it);
            } else {
                std::sort(it->begin(), it->end());
                ++it;
            }
        }
        return out;
    }

private:
    QHash<qint64, qint64> m_parent;
    const std::set<std::pair<qint64, qint64>> &m_cannot;
};

LinkDecision decisionFrom(const QSqlQuery &q)
{
    LinkDecision d;
    d.id = q.value(0).toLongLong();
    d.kind = LinkDecision::Kind(q.value(1).toInt());
    d.a = {q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toString()};
    d.b = {q.value(6).toLongLong(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toString()};
    d.verdict = LinkDecision::Verdict(q.value(10).toInt());
    d.author = q.value(11).toString();
    d.created = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    d.created.setTimeZone(QTimeZone::UTC);
    return d;
}

const QLatin1String DecisionColumns("id, kind, a_article, a_start, a_end, a_text, b_article, b_start, b_end, b_text, "
                                    "decision, author, created");

} // namespace

namespace {
/** A story from a row of (id, size, outlets, first_article, first_published). */
StoryRecord storyFrom(const QSqlQuery &q)
{
    StoryRecord s;
    s.id = q.value(0).toLongLong();
    s.size = q.value(1).toInt();
    s.outlets = q.value(2).toString().split(OutletSeparator, Qt::SkipEmptyParts);
    s.firstArticle = q.value(3).toLongLong();
    s.firstPublished = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    return s;
}
} // namespace

LinkStatus statusOf(LinkDecision::Verdict verdict)
{
    switch (verdict) {
    case LinkDecision::Verdict::Confirmed:
        return LinkStatus::Confirmed;
    case LinkDecision::Verdict::Rejected:
        return LinkStatus::Rejected;
    case LinkDecision::Verdict::Manual:
        return LinkStatus::Manual;
    }
    return LinkStatus::Suggested;
}

QString linkStatusName(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Suggested:
        return QStringLiteral("suggested");
    case LinkStatus::Confirmed:
        return QStringLiteral("confirmed");
    case LinkStatus::Rejected:
        return QStringLiteral("rejected");
    case LinkStatus::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

LinkStore::LinkStore(const QSqlDatabase &db)
    : m_db(db)
{
}

LinkStore::~LinkStore() = default;

bool LinkStore::prepared(QSqlQuery &q, const QString &sql) const
{
    if (q.prepare(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool LinkStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

QSqlQuery *LinkStore::statement(const char *sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!prepared(*q, QString::fromLatin1(sql)))
            return nullptr;
        it = m_statements.insert(sql, q);
    }
    return it->get();
}

QSqlQuery *LinkStore::multiRowInsert(const char *head, const char *tail, int columns, int rows) const
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(",?");
    row += u')';
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values.append(row);
    const QString sql = QLatin1String(head) + values.join(u',') + QLatin1String(tail);
    auto it = m_multiRow.find(sql);
    if (it == m_multiRow.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!prepared(*q, sql))
            return nullptr;
        it = m_multiRow.insert(sql, q);
    }
    return it->get();
}

namespace {

/** Rows a multi-row insert takes at most: fewer statements, well under SQLite's 32,766 values. */
constexpr int rowsPerStatement = 64;

} // namespace

bool LinkStore::execAll(std::initializer_list<const char *> statements, const QVariant &value)
{
    for (const char *sql : statements) {
        QSqlQuery q(m_db);
        if (!prepared(q, QString::fromLatin1(sql)))
            return false;
        if (value.isValid())
            q.addBindValue(value);
        if (!exec(q))
            return false;
    }
    return true;
}

// --- the machine's side ---

bool LinkStore::writeSignature(qint64 articleId, int version, quint64 bodyHash, const QByteArray &signature)
{
    static const char sql[] = "INSERT OR REPLACE INTO story_signatures (article_id, version, body_hash, signature) "
                                    "VALUES (?,?,?,?)";
    QSqlQuery *st = statement(sql);
    if (!st)
        return false;
    QSqlQuery &q = *st;
    q.addBindValue(articleId);
    q.addBindValue(version);
    q.addBindValue(qint64(bodyHash));
    q.addBindValue(signature);
    return exec(q);
}

bool LinkStore::forgetArticle(qint64 articleId)
{
    // A copy is linked to the first copy only (StoryLinker, QuoteClusterer): when the first one
    // goes, its other copies are linked to each other first, so they stay one story, one cluster.
    return execAll({"WITH x AS (SELECT ? AS id), "
                    "nb AS (SELECT l.b AS other FROM story_links l, x WHERE l.a = x.id AND l.relation = 0 "
                    "       UNION SELECT l.a FROM story_links l, x WHERE l.b = x.id AND l.relation = 0), "
                    "k AS (SELECT min(other) AS keep FROM nb) "
                    "INSERT OR IGNORE INTO story_links (a, b, relation, jaccard, containment) "
                    "SELECT keep, other, 0, 1.0, 1.0 FROM nb, k WHERE other > keep",
                    "WITH gone AS (SELECT id, text FROM linked_quotes WHERE article_id = ?), "
                    "nb AS (SELECT g.id AS q, g.text AS text, l.b AS other FROM gone g JOIN quote_links l ON l.a = g.id "
                    "       UNION ALL SELECT g.id, g.text, l.a FROM gone g JOIN quote_links l ON l.b = g.id), "
                    "copies AS (SELECT nb.q, nb.other FROM nb JOIN linked_quotes o ON o.id = nb.other WHERE o.text = nb.text), "
                    "firsts AS (SELECT q, min(other) AS keep FROM copies GROUP BY q) "
                    "INSERT OR IGNORE INTO quote_links (a, b) "
                    "SELECT f.keep, c.other FROM firsts f JOIN copies c ON c.q = f.q WHERE c.other > f.keep",
                    "DELETE FROM story_signatures WHERE article_id = ?", "DELETE FROM story_links WHERE a = ?",
                    "DELETE FROM story_links WHERE b = ?",
                    "DELETE FROM quote_links WHERE a IN (SELECT id FROM linked_quotes WHERE article_id = ?)",
                    "DELETE FROM quote_links WHERE b IN (SELECT id FROM linked_quotes WHERE article_id = ?)",
                    "DELETE FROM linked_quotes WHERE article_id = ?"},
                   articleId);
}

bool LinkStore::insertStoryLink(const StoryLink &link)
{
    const bool swap = link.article > link.other;
    static const char sql[] = "INSERT OR REPLACE INTO story_links (a, b, relation, jaccard, containment) VALUES (?,?,?,?,?)";
    QSqlQuery *st = statement(sql);
    if (!st)
        return false;
    QSqlQuery &q = *st;
    q.addBindValue(swap ? link.other : link.article);
    q.addBindValue(swap ? link.article : link.other);
    q.addBindValue(int(swap ? inverse(link.relation) : link.relation));
    q.addBindValue(link.jaccard);
    q.addBindValue(link.containment);
    return exec(q);
}

bool LinkStore::insertLinkedQuote(const LinkedQuote &quote)
{
    return insertLinkedQuotes({quote});
}

bool LinkStore::insertLinkedQuotes(const std::vector<LinkedQuote> &quotes)
{
    for (size_t start = 0; start < quotes.size(); start += rowsPerStatement) {
        const int rows = int(std::min<size_t>(rowsPerStatement, quotes.size() - start));
        // An upsert, not INSERT OR REPLACE: replacing deletes the row, and the delete would cascade
        // to the quote's links from earlier imports.
        QSqlQuery *q = multiRowInsert("INSERT INTO linked_quotes (id, article_id, start, end, speaker, text) VALUES ",
                                      " ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, start = excluded.start, "
                                      "end = excluded.end, speaker = excluded.speaker, text = excluded.text",
                                      6, rows);
        if (!q)
            return false;
        for (size_t i = start; i < start + size_t(rows); ++i) {
            const LinkedQuote &l = quotes[i];
            q->addBindValue(l.id);
            q->addBindValue(l.article);
            q->addBindValue(l.start);
            q->addBindValue(l.end);
            q->addBindValue(nonNull(l.speaker));
            q->addBindValue(nonNull(l.text));
        }
        if (!exec(*q))
            return false;
    }
    return true;
}

bool LinkStore::insertQuoteLinks(const std::vector<std::pair<qint64, qint64>> &pairs)
{
    for (size_t start = 0; start < pairs.size(); start += rowsPerStatement) {
        const int rows = int(std::min<size_t>(rowsPerStatement, pairs.size() - start));
        QSqlQuery *q = multiRowInsert("INSERT OR IGNORE INTO quote_links (a, b) VALUES ", "", 2, rows);
        if (!q)
            return false;
        for (size_t i = start; i < start + size_t(rows); ++i) {
            const auto [a, b] = ordered(pairs[i].first, pairs[i].second);
            q->addBindValue(a);
            q->addBindValue(b);
        }
        if (!exec(*q))
            return false;
    }
    return true;
}

bool LinkStore::insertQuoteLink(qint64 quoteA, qint64 quoteB)
{
    return insertQuoteLinks({{quoteA, quoteB}});
}

bool LinkStore::hasLinkedQuote(qint64 quoteId) const
{
    static const char sql[] = "SELECT 1 FROM linked_quotes WHERE id = ?";
    QSqlQuery *st = statement(sql);
    if (!st)
        return false;
    QSqlQuery &q = *st;
    q.addBindValue(quoteId);
    const bool found = exec(q) && q.next();
    q.finish();
    return found;
}

QDate LinkStore::published(qint64 articleId) const
{
    static const char sql[] = "SELECT published FROM articles WHERE id = ?";
    QSqlQuery *st = statement(sql);
    if (!st)
        return {};
    QSqlQuery &q = *st;
    q.addBindValue(articleId);
    const QDate date = exec(q) && q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
    q.finish();
    return date;
}

QString LinkStore::body(qint64 articleId) const
{
    static const char sql[] = "SELECT body FROM article_texts WHERE article_id = ?";
    QSqlQuery *st = statement(sql);
    if (!st)
        return {};
    QSqlQuery &q = *st;
    q.addBindValue(articleId);
    const QString text = exec(q) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return text;
}

QList<qint64> LinkStore::unlinkedArticles(int version) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT a.id FROM articles a LEFT JOIN story_signatures s ON s.article_id = a.id "
                                    "WHERE a.state = 0 AND (s.article_id IS NULL OR s.version <> ?) ORDER BY a.id")))
        return ids;
    q.addBindValue(version);
    if (!exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool LinkStore::forEachSignature(int version, const std::function<void(qint64, quint64, const QByteArray &)> &f) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT article_id, body_hash, signature FROM story_signatures WHERE version = ?")))
        return false;
    q.addBindValue(version);
    if (!exec(q))
        return false;
    while (q.next())
        f(q.value(0).toLongLong(), quint64(q.value(1).toLongLong()), q.value(2).toByteArray());
    return true;
}

// --- decisions ---

QList<LinkDecision> LinkStore::decisions() const
{
    QList<LinkDecision> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT %1 FROM link_decisions ORDER BY id").arg(DecisionColumns)) || !exec(q))
        return out;
    while (q.next())
        out.append(decisionFrom(q));
    return out;
}

QList<LinkDecision> LinkStore::decisionsOf(qint64 articleId) const
{
    QList<LinkDecision> out;
    static const QByteArray sql = QStringLiteral("SELECT %1 FROM link_decisions WHERE a_article = ? OR b_article = ? ORDER BY id").arg(DecisionColumns).toLatin1();
    QSqlQuery *q = statement(sql.constData());
    if (!q)
        return out;
    q->addBindValue(articleId);
    q->addBindValue(articleId);
    if (exec(*q)) {
        while (q->next())
            out.append(decisionFrom(*q));
    }
    q->finish();
    return out;
}

std::optional<LinkDecision> LinkStore::decision(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("SELECT %1 FROM link_decisions WHERE id = ?").arg(DecisionColumns)))
        return std::nullopt;
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return decisionFrom(q);
}

bool LinkStore::insertDecision(LinkDecision &d)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("INSERT INTO link_decisions (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(DecisionColumns)))
        return false;
    q.addBindValue(d.id != 0 ? QVariant(d.id) : QVariant());
    q.addBindValue(int(d.kind));
    for (const QuoteRef *r : {&d.a, &d.b}) {
        q.addBindValue(r->article);
        q.addBindValue(r->start);
        q.addBindValue(r->end);
        q.addBindValue(nonNull(r->text));
    }
    q.addBindValue(int(d.verdict));
    q.addBindValue(nonNull(d.author));
    q.addBindValue(d.created.toUTC().toString(Qt::ISODate));
    if (!exec(q))
        return false;
    d.id = q.lastInsertId().toLongLong();
    return true;
}

bool LinkStore::deleteDecision(qint64 id)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("DELETE FROM link_decisions WHERE id = ?")))
        return false;
    q.addBindValue(id);
    return exec(q);
}

// --- built from both ---

bool LinkStore::rebuildClusters()
{
    return rebuildStories() && rebuildQuoteClusters();
}

qint64 LinkStore::addedQuoteId(const LinkDecision &d, bool second)
{
    // Quotes the analyst added have no detector id: a negative id of their own.
    return -(d.id * 2 + (second ? 1 : 0));
}

bool LinkStore::rebuildAfter(const QList<LinkDecision> &changed)
{
    bool stories = false;
    QList<std::pair<QuoteRef, qint64>> quotes;
    for (const LinkDecision &d : changed) {
        if (d.kind == LinkDecision::Kind::Articles)
            stories = true;
        else
            quotes << std::pair{d.a, addedQuoteId(d, false)} << std::pair{d.b, addedQuoteId(d, true)};
    }
    return (!stories || rebuildStories(true)) && (quotes.isEmpty() || rebuildQuoteClusters(&quotes));
}

bool LinkStore::readArticleInfo(QHash<qint64, ArticleInfo> &info) const
{
    if (info.size() < 1000) { // a few: each by its id
        QSqlQuery *one = statement("SELECT outlet, published FROM articles WHERE id = ?");
        if (!one)
            return false;
        for (auto it = info.begin(); it != info.end(); ++it) {
            one->addBindValue(it.key());
            if (!exec(*one))
                return false;
            if (one->next())
                *it = {one->value(0).toString(), QDate::fromString(one->value(1).toString(), Qt::ISODate)};
            one->finish();
        }
        return true;
    }
    // Many: one pass over the articles beats a query per article.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT id, outlet, published FROM articles")) || !exec(q))
        return false;
    while (q.next()) {
        const auto it = info.find(q.value(0).toLongLong());
        if (it != info.end())
            *it = {q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)};
    }
    return true;
}

bool LinkStore::rebuildStories(bool onlyChanged)
{
    struct Edge
    {
        qint64 a, b;
        int rank;       // 0 the analyst's, 1 duplicates, 2 the rest
        double jaccard;
    };
    std::vector<Edge> edges;
    std::set<std::pair<qint64, qint64>> rejected;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepared(q, QStringLiteral("SELECT a_article, b_article, decision FROM link_decisions WHERE kind = 0")) || !exec(q))
            return false;
        while (q.next()) {
            const auto pair = ordered(q.value(0).toLongLong(), q.value(1).toLongLong());
            if (LinkDecision::Verdict(q.value(2).toInt()) == LinkDecision::Verdict::Rejected)
                rejected.insert(pair);
            else
                edges.push_back({pair.first, pair.second, 0, 1.0});
        }
    }
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepared(q, QStringLiteral("SELECT a, b, relation, jaccard FROM story_links")) || !exec(q))
            return false;
        while (q.next()) {
            const qint64 a = q.value(0).toLongLong(), b = q.value(1).toLongLong();
            if (rejected.count({a, b}))
                continue;
            const bool duplicate = StoryRelation(q.value(2).toInt()) == StoryRelation::Duplicate;
            edges.push_back({a, b, duplicate ? 1 : 2, q.value(3).toDouble()});
        }
    }
    std::stable_sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        return x.rank != y.rank ? x.rank < y.rank : x.jaccard > y.jaccard;
    });
    // Strong links (the analyst's, copies, Jaccard >= 0.5) join at once. A weak one (containment
    // or same event: a short text inside a long one) joins only when each of its two articles'
    // weak links all lead into one story: otherwise one paragraph reprinted in many unrelated
    // stories would chain them all into one (bench/stories/README.md, the 100k corpus). Repeated
    // until nothing joins, since each join can make another article's weak links agree.
    const double strong = StoryParams().nearJaccard;
    ConstrainedGroups groups(rejected);
    std::vector<Edge> weak;
    for (const Edge &e : edges) {
        if (e.rank <= 1 || e.jaccard >= strong)
            groups.join(e.a, e.b);
        else
            weak.push_back(e);
    }
    for (bool joined = true; joined && !weak.empty();) {
        joined = false;
        QHash<qint64, QSet<qint64>> leadsTo; // article -> the stories its weak links reach
        for (const Edge &e : weak) {
            leadsTo[e.a].insert(groups.find(e.b));
            leadsTo[e.b].insert(groups.find(e.a));
        }
        std::vector<Edge> left;
        for (const Edge &e : weak) {
            const qint64 ra = groups.find(e.a), rb = groups.find(e.b);
            if (ra == rb)
                continue;
            if (leadsTo.value(e.a).size() == 1 && leadsTo.value(e.b).size() == 1 && groups.join(e.a, e.b))
                joined = true;
            else
                left.push_back(e);
        }
        weak.swap(left);
    }
    QHash<qint64, QList<qint64>> stories = groups.groups();

    if (onlyChanged) {
        // Only the stories whose articles changed are written again (a decision changes one or
        // two); the articles' outlets and dates are as they were.
        QHash<qint64, QList<qint64>> old;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!prepared(q, QStringLiteral("SELECT story_id, article_id FROM story_members")) || !exec(q))
                return false;
            while (q.next())
                old[q.value(0).toLongLong()].append(q.value(1).toLongLong());
        }
        for (auto it = old.begin(); it != old.end(); ++it) {
            std::sort(it->begin(), it->end());
            const auto now = stories.constFind(it.key());
            if (now != stories.cend() && *now == *it) {
                stories.remove(it.key()); // unchanged: not written again
                continue;
            }
            if (!execAll({"DELETE FROM story_members WHERE story_id = ?", "DELETE FROM stories WHERE id = ?"}, it.key()))
                return false;
        }
    } else if (!execAll({"DELETE FROM story_members", "DELETE FROM stories"})) {
        return false;
    }
    QHash<qint64, ArticleInfo> info; // of every article in a story
    for (const QList<qint64> &members : stories) {
        for (qint64 id : members)
            info.insert(id, {});
    }
    if (!readArticleInfo(info))
        return false;
    QSqlQuery member(m_db), story(m_db);
    // (below: every story when !onlyChanged, else the changed ones)
    if (!prepared(member, QStringLiteral("INSERT INTO story_members (article_id, story_id) VALUES (?,?)"))
        || !prepared(story, QStringLiteral("INSERT INTO stories (id, size, outlets, outlet_count, first_article, first_published) "
                                           "VALUES (?,?,?,?,?,?)")))
        return false;
    for (auto it = stories.cbegin(); it != stories.cend(); ++it) {
        std::set<QString> outlets;
        QDate first;
        qint64 firstArticle = it->first();
        for (qint64 id : *it) {
            const auto &[outlet, published] = info[id];
            if (!outlet.isEmpty())
                outlets.insert(outlet);
            if (published.isValid() && (!first.isValid() || published < first)) {
                first = published;
                firstArticle = id;
            }
            member.addBindValue(id);
            member.addBindValue(it.key());
            if (!exec(member))
                return false;
        }
        const QStringList outletList(outlets.begin(), outlets.end());
        story.addBindValue(it.key());
        story.addBindValue(int(it->size()));
        story.addBindValue(nonNull(outletList.join(OutletSeparator)));
        story.addBindValue(int(outletList.size()));
        story.addBindValue(firstArticle);
        story.addBindValue(dateValue(first));
        if (!exec(story))
            return false;
    }
    return true;
}

bool LinkStore::rebuildQuoteClusters(const QList<std::pair<QuoteRef, qint64>> *around)
{
    // The linked quotes, as the machine stored them; their words are read only where needed
    // (hundreds of thousands of quotes in a large corpus). Around some quotes: only the quotes
    // of the decisions' articles and of the linked quotes connected to those.
    QHash<qint64, LinkedQuote> quotes;
    QHash<std::pair<qint64, int>, qint64> bySpanStart; // (article, start) -> id
    QSet<qint64> stored; // rows linked_quotes has
    const auto loadRows = [&](const QString &where, const QVariant &value) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepared(q, QStringLiteral("SELECT id, article_id, start, end, speaker FROM linked_quotes ") + where))
            return false;
        if (value.isValid())
            q.addBindValue(value);
        if (!exec(q))
            return false;
        while (q.next()) {
            LinkedQuote lq;
            lq.id = q.value(0).toLongLong();
            lq.article = q.value(1).toLongLong();
            lq.start = q.value(2).toInt();
            lq.end = q.value(3).toInt();
            lq.speaker = q.value(4).toString();
            bySpanStart.insert({lq.article, lq.start}, lq.id);
            quotes.insert(lq.id, lq);
            stored.insert(lq.id);
        }
        return true;
    };
    QList<LinkDecision> decisionList;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepared(q, QStringLiteral("SELECT %1 FROM link_decisions WHERE kind = 1 ORDER BY id").arg(DecisionColumns)) || !exec(q))
            return false;
        while (q.next())
            decisionList.append(decisionFrom(q));
    }
    if (!around) {
        if (!loadRows({}, {}))
            return false;
    } else {
        QSet<qint64> articles;
        for (const LinkDecision &d : std::as_const(decisionList))
            articles << d.a.article << d.b.article;
        for (const auto &[ref, synthetic] : *around)
            articles << ref.article;
        for (qint64 article : std::as_const(articles)) {
            if (!loadRows(QStringLiteral("WHERE article_id = ?"), article))
                return false;
        }
    }

    // The analyst's decisions, each quote found again in its article's current analysis: by its
    // span, else by its words; a quote the analyst added (not detected) by its words in the body.
    AnalysisStore analysis(m_db);
    QHash<qint64, std::pair<QString, QList<StoredQuote>>> articleQuotes;
    const auto resolve = [&](const QuoteRef &ref, qint64 syntheticId) -> qint64 {
        if (const auto it = bySpanStart.constFind({ref.article, ref.start});
            it != bySpanStart.cend() && quotes.value(*it).end == ref.end)
            return *it;
        auto cached = articleQuotes.find(ref.article);
        if (cached == articleQuotes.end()) {
            cached = articleQuotes.insert(ref.article, {body(ref.article), analysis.detectedQuotes(ref.article)});
        }
        const QString &body = cached->first;
        const StoredQuote *found = nullptr;
        for (const StoredQuote &sq : cached->second) {
            if (sq.span.start == ref.start && sq.span.end == ref.end) {
                found = &sq;
                break;
            }
        }
        if (!found) {
            for (const StoredQuote &sq : cached->second) {
                if (body.mid(sq.span.start, sq.span.length()) == ref.text) {
                    found = &sq;
                    break;
                }
            }
        }
        LinkedQuote lq;
        lq.article = ref.article;
        if (found) {
            lq.id = found->id;
            lq.start = found->span.start;
            lq.end = found->span.end;
            lq.speaker = found->span.speaker;
        } else if (ref.start >= 0 && ref.end <= body.size() && body.mid(ref.start, ref.end - ref.start) == ref.text) {
            lq.id = syntheticId;
            lq.start = ref.start;
            lq.end = ref.end;
        } else if (const qsizetype at = ref.text.isEmpty() ? -1 : body.indexOf(ref.text); at >= 0) {
            lq.id = syntheticId;
            lq.start = int(at);
            lq.end = int(at + ref.text.size());
        } else {
            return 0; // the quote is gone from the article: the decision waits
        }
        if (!quotes.contains(lq.id)) {
            lq.text = body.mid(lq.start, lq.end - lq.start);
            quotes.insert(lq.id, lq);
            bySpanStart.insert({lq.article, lq.start}, lq.id);
        }
        return lq.id;
    };

    struct Edge
    {
        qint64 a, b;
    };
    std::vector<Edge> analystEdges, machineEdges;
    std::set<std::pair<qint64, qint64>> rejected;
    {
        for (const LinkDecision &d : std::as_const(decisionList)) {
            const qint64 a = resolve(d.a, addedQuoteId(d, false)), b = resolve(d.b, addedQuoteId(d, true));
            if (a == 0 || b == 0 || a == b)
                continue;
            if (d.verdict == LinkDecision::Verdict::Rejected)
                rejected.insert(ordered(a, b));
            else
                analystEdges.push_back({a, b});
        }
    }
    // Around some quotes: everything connected to them by the machine's links or the analyst's
    // (what the change can regroup); the clusters outside stay as they are.
    QSet<qint64> component;
    if (around) {
        QList<qint64> queue;
        for (const auto &[ref, synthetic] : *around) {
            const qint64 id = resolve(ref, synthetic);
            if (id != 0 && !component.contains(id)) {
                component.insert(id);
                queue.append(id);
            }
        }
        QHash<qint64, QList<qint64>> analystNeighbours;
        for (const Edge &e : analystEdges) {
            analystNeighbours[e.a].append(e.b);
            analystNeighbours[e.b].append(e.a);
        }
        for (const auto &[a, b] : rejected) { // a rejected pair is regrouped with its two sides
            analystNeighbours[a].append(b);
            analystNeighbours[b].append(a);
        }
        QSqlQuery *neighbours = statement("SELECT b FROM quote_links WHERE a = ? UNION ALL SELECT a FROM quote_links WHERE b = ?");
        if (!neighbours)
            return false;
        std::set<std::pair<qint64, qint64>> machinePairs;
        while (!queue.isEmpty()) {
            const qint64 id = queue.takeLast();
            QList<qint64> next = analystNeighbours.value(id);
            neighbours->addBindValue(id);
            neighbours->addBindValue(id);
            if (!exec(*neighbours))
                return false;
            while (neighbours->next()) {
                const qint64 other = neighbours->value(0).toLongLong();
                machinePairs.insert(ordered(id, other));
                next.append(other);
            }
            neighbours->finish();
            for (qint64 other : std::as_const(next)) {
                if (component.contains(other))
                    continue;
                component.insert(other);
                queue.append(other);
                if (!quotes.contains(other) && other > 0 && !loadRows(QStringLiteral("WHERE id = ?"), other))
                    return false;
            }
        }
        for (const auto &pair : machinePairs) { // in the order the full rebuild reads them: by (a, b)
            if (!rejected.count(pair))
                machineEdges.push_back({pair.first, pair.second});
        }
        std::erase_if(analystEdges, [&](const Edge &e) { return !component.contains(e.a); });
    } else {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepared(q, QStringLiteral("SELECT a, b FROM quote_links")) || !exec(q))
            return false;
        while (q.next()) {
            const auto pair = ordered(q.value(0).toLongLong(), q.value(1).toLongLong());
            if (!rejected.count(pair))
                machineEdges.push_back({pair.first, pair.second});
        }
    }
    // The same words first, altered versions after: when the analyst keeps two quotes apart,
    // each variant stays with its own kind rather than with whichever joined first.
    if (!rejected.empty() && around) {
        QSqlQuery *text = statement("SELECT text FROM linked_quotes WHERE id = ?");
        if (!text)
            return false;
        for (qint64 id : std::as_const(component)) {
            const auto it = quotes.find(id);
            if (it == quotes.end() || !it->text.isEmpty())
                continue;
            text->addBindValue(id);
            if (!exec(*text))
                return false;
            if (text->next())
                it->text = text->value(0).toString();
            text->finish();
        }
    } else if (!rejected.empty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepared(q, QStringLiteral("SELECT id, text FROM linked_quotes")) || !exec(q))
            return false;
        while (q.next()) {
            const auto it = quotes.find(q.value(0).toLongLong());
            if (it != quotes.end() && it->text.isEmpty())
                it->text = q.value(1).toString();
        }
    }
    if (!rejected.empty()) {
        std::stable_partition(machineEdges.begin(), machineEdges.end(), [&](const Edge &e) {
            return !QuoteClusterer::differs(quotes.value(e.a).text, quotes.value(e.b).text);
        });
    }
    ConstrainedGroups groups(rejected);
    for (const Edge &e : analystEdges)
        groups.join(e.a, e.b);
    for (const Edge &e : machineEdges)
        groups.join(e.a, e.b);
    const QHash<qint64, QList<qint64>> clusters = groups.groups();

    if (!around) {
        if (!execAll({"DELETE FROM quote_cluster_members", "DELETE FROM quote_clusters"}))
            return false;
    } else {
        QSqlQuery *cluster = statement("SELECT cluster_id FROM quote_cluster_members WHERE quote_id = ?");
        if (!cluster)
            return false;
        QSet<qint64> old;
        for (qint64 id : std::as_const(component)) {
            cluster->addBindValue(id);
            if (!exec(*cluster))
                return false;
            if (cluster->next())
                old.insert(cluster->value(0).toLongLong());
            cluster->finish();
        }
        for (qint64 id : std::as_const(old)) {
            if (!execAll({"DELETE FROM quote_cluster_members WHERE cluster_id = ?", "DELETE FROM quote_clusters WHERE id = ?"}, id))
                return false;
        }
    }
    QSet<qint64> written; // the clusters written (altered is set for these below)
    QSqlQuery member(m_db), cluster(m_db), keep(m_db);
    if (!prepared(keep, QStringLiteral("INSERT OR IGNORE INTO linked_quotes (id, article_id, start, end, speaker, text) VALUES (?,?,?,?,?,?)")))
        return false;
    if (!prepared(member, QStringLiteral("INSERT INTO quote_cluster_members (quote_id, cluster_id, article_id) VALUES (?,?,?)"))
        || !prepared(cluster, QStringLiteral("INSERT INTO quote_clusters (id, size, articles, altered, earliest, speaker) VALUES (?,?,?,?,?,?)")))
        return false;
    QHash<qint64, ArticleInfo> info; // of every article with a clustered quote
    for (const QList<qint64> &members : clusters) {
        if (members.size() < 2)
            continue;
        for (qint64 id : members) {
            if (const auto q = quotes.constFind(id); q != quotes.cend())
                info.insert(q->article, {});
        }
    }
    if (!readArticleInfo(info))
        return false;
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        QList<qint64> members;
        for (qint64 id : *it) {
            if (quotes.contains(id))
                members.append(id);
        }
        if (members.size() < 2)
            continue;
        // Earliest appearance: by the article's date (undated last), then by id.
        std::sort(members.begin(), members.end(), [&](qint64 x, qint64 y) {
            const QDate dx = info.value(quotes.value(x).article).published, dy = info.value(quotes.value(y).article).published;
            if (dx.isValid() != dy.isValid())
                return dx.isValid();
            if (dx != dy)
                return dx < dy;
            return x < y;
        });
        QString speaker;
        QSet<qint64> articles;
        for (qint64 m : std::as_const(members)) {
            const LinkedQuote &q = quotes[m];
            articles.insert(q.article);
            if (q.speaker.size() > speaker.size())
                speaker = q.speaker;
        }
        const qint64 id = it.key();
        for (qint64 m : std::as_const(members)) {
            member.addBindValue(m);
            member.addBindValue(id);
            member.addBindValue(quotes.value(m).article);
            if (!exec(member))
                return false;
        }
        cluster.addBindValue(id);
        cluster.addBindValue(int(members.size()));
        cluster.addBindValue(int(articles.size()));
        cluster.addBindValue(0); // below
        written.insert(id);
        cluster.addBindValue(members.first());
        cluster.addBindValue(nonNull(speaker));
        if (!exec(cluster))
            return false;
        // Quotes found again for a decision are kept for the views and the export.
        for (qint64 m : std::as_const(members)) {
            if (stored.contains(m))
                continue;
            const LinkedQuote &q = quotes[m];
            keep.addBindValue(q.id);
            keep.addBindValue(q.article);
            keep.addBindValue(q.start);
            keep.addBindValue(q.end);
            keep.addBindValue(nonNull(q.speaker));
            keep.addBindValue(nonNull(q.text));
            if (!exec(keep))
                return false;
        }
    }
    return markAltered(around ? &written : nullptr);
}

bool LinkStore::markAltered(const QSet<qint64> *only)
{
    // A cluster is altered when two of its distinct wordings differ (QuoteClusterer::differs), read
    // one cluster at a time, its earliest quote first.
    QSqlQuery q(m_db), mark(m_db);
    q.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT m.cluster_id, lq.text FROM quote_cluster_members m "
                                          "JOIN quote_clusters c ON c.id = m.cluster_id JOIN linked_quotes lq ON lq.id = m.quote_id ");
    const QString order = QStringLiteral(" ORDER BY m.cluster_id, m.quote_id <> c.earliest, m.quote_id");
    if (!prepared(mark, QStringLiteral("UPDATE quote_clusters SET altered = 1 WHERE id = ?")))
        return false;
    if (only) { // a few clusters: each read by its id
        for (qint64 id : *only) {
            if (!prepared(q, select + QStringLiteral("WHERE m.cluster_id = ?") + order))
                return false;
            q.addBindValue(id);
            if (!exec(q) || !markAlteredFrom(q, mark))
                return false;
        }
        return true;
    }
    if (!prepared(q, select + order) || !exec(q))
        return false;
    return markAlteredFrom(q, mark);
}

bool LinkStore::markAlteredFrom(QSqlQuery &q, QSqlQuery &mark)
{
    QList<qint64> altered;
    qint64 current = 0;
    QStringList variants; // distinct wordings of the current cluster, earliest first
    const auto finish = [&] {
        const int pairLimit = 30; // beyond, each variant is compared with the earliest only
        for (qsizetype i = 1; i < variants.size(); ++i) {
            for (qsizetype j = 0; j < (variants.size() <= pairLimit ? i : 1); ++j) {
                if (QuoteClusterer::differs(variants.at(j), variants.at(i))) {
                    altered.append(current);
                    return;
                }
            }
        }
    };
    while (q.next()) {
        const qint64 cluster = q.value(0).toLongLong();
        if (cluster != current) {
            finish();
            current = cluster;
            variants.clear();
        }
        const QString text = q.value(1).toString();
        if (!variants.contains(text))
            variants.append(text);
    }
    finish();
    q.finish();
    for (qint64 id : std::as_const(altered)) {
        mark.addBindValue(id);
        if (!exec(mark))
            return false;
    }
    return true;
}

// --- reading ---

QList<ArticleLink> LinkStore::articleLinks(qint64 articleId) const
{
    QHash<qint64, ArticleLink> byOther;
    QList<qint64> order;
    {
        // Prepared once per store: the exports ask this for every article.
        QSqlQuery *links = statement("SELECT b, relation, jaccard, containment, 0 FROM story_links WHERE a = ? "
                                     "UNION ALL SELECT a, relation, jaccard, containment, 1 FROM story_links WHERE b = ?");
        if (!links)
            return {};
        QSqlQuery &q = *links;
        q.addBindValue(articleId);
        q.addBindValue(articleId);
        if (!exec(q))
            return {};
        while (q.next()) {
            ArticleLink l;
            l.article = articleId;
            l.other = q.value(0).toLongLong();
            const StoryRelation r = StoryRelation(q.value(1).toInt());
            l.relation = q.value(4).toInt() == 1 ? inverse(r) : r;
            l.jaccard = q.value(2).toDouble();
            l.containment = q.value(3).toDouble();
            byOther.insert(l.other, l);
            order.append(l.other);
        }
        q.finish();
    }
    for (const LinkDecision &d : decisionsOf(articleId)) {
        if (d.kind != LinkDecision::Kind::Articles)
            continue;
        const qint64 other = d.a.article == articleId ? d.b.article : d.a.article;
        auto it = byOther.find(other);
        if (it == byOther.end()) {
            ArticleLink l;
            l.article = articleId;
            l.other = other;
            it = byOther.insert(other, l);
            order.append(other);
        }
        it->status = statusOf(d.verdict);
        it->decisionId = d.id;
    }
    QSqlQuery *infoQuery = statement("SELECT path, title, outlet, published FROM articles WHERE id = ?");
    if (!infoQuery)
        return {};
    QSqlQuery &info = *infoQuery;
    QList<ArticleLink> out;
    for (qint64 other : std::as_const(order)) {
        ArticleLink l = byOther.value(other);
        info.addBindValue(other);
        if (exec(info) && info.next()) {
            l.path = info.value(0).toString();
            l.title = info.value(1).toString();
            l.outlet = info.value(2).toString();
            l.published = QDate::fromString(info.value(3).toString(), Qt::ISODate);
        }
        info.finish();
        out.append(l);
    }
    // The closest first; the analyst's hand-made links (no similarity) after the machine's.
    std::stable_sort(out.begin(), out.end(), [](const ArticleLink &x, const ArticleLink &y) {
        if (x.relation.has_value() != y.relation.has_value())
            return x.relation.has_value();
        return x.jaccard > y.jaccard;
    });
    return out;
}

std::optional<StoryRecord> LinkStore::storyOf(qint64 articleId) const
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("SELECT s.id, s.size, s.outlets, s.first_article, s.first_published FROM story_members m "
                                    "JOIN stories s ON s.id = m.story_id WHERE m.article_id = ?")))
        return std::nullopt;
    q.addBindValue(articleId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    StoryRecord s = storyFrom(q);
    QSqlQuery m(m_db);
    if (!prepared(m, QStringLiteral("SELECT article_id FROM story_members WHERE story_id = ? ORDER BY article_id")))
        return s;
    m.addBindValue(s.id);
    if (exec(m)) {
        while (m.next())
            s.articles.append(m.value(0).toLongLong());
    }
    return s;
}

QList<StoryRecord> LinkStore::stories(bool withArticles) const
{
    QList<StoryRecord> out;
    QHash<qint64, qsizetype> indexOf;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT id, size, outlets, first_article, first_published FROM stories "
                                    "ORDER BY size DESC, first_published IS NULL, first_published, id"))
        || !exec(q))
        return out;
    while (q.next()) {
        const StoryRecord s = storyFrom(q);
        indexOf.insert(s.id, out.size());
        out.append(s);
    }
    if (withArticles) {
        QSqlQuery m(m_db);
        m.setForwardOnly(true);
        if (prepared(m, QStringLiteral("SELECT story_id, article_id FROM story_members ORDER BY story_id, article_id")) && exec(m)) {
            while (m.next()) {
                if (const auto it = indexOf.constFind(m.value(0).toLongLong()); it != indexOf.cend())
                    out[*it].articles.append(m.value(1).toLongLong());
            }
        }
    }
    return out;
}

QList<QuoteClusterRecord> LinkStore::readClusters(const QString &where, qint64 articleId) const
{
    QList<QuoteClusterRecord> out;
    QHash<qint64, qsizetype> indexOf;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT c.id, c.altered, c.earliest, c.speaker, lq.id, lq.article_id, lq.start, lq.end, "
                                    "lq.speaker, lq.text, a.path, a.outlet, a.published "
                                    "FROM quote_clusters c JOIN quote_cluster_members m ON m.cluster_id = c.id "
                                    "JOIN linked_quotes lq ON lq.id = m.quote_id JOIN articles a ON a.id = lq.article_id %1 "
                                    "ORDER BY c.id").arg(where)))
        return out;
    if (!where.isEmpty())
        q.addBindValue(articleId);
    if (!exec(q))
        return out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto it = indexOf.constFind(id);
        if (it == indexOf.cend()) {
            QuoteClusterRecord c;
            c.id = id;
            c.altered = q.value(1).toBool();
            c.earliest = q.value(2).toLongLong();
            c.speaker = q.value(3).toString();
            it = indexOf.insert(id, out.size());
            out.append(c);
        }
        LinkedQuote lq;
        lq.id = q.value(4).toLongLong();
        lq.article = q.value(5).toLongLong();
        lq.start = q.value(6).toInt();
        lq.end = q.value(7).toInt();
        lq.speaker = q.value(8).toString();
        lq.text = q.value(9).toString();
        lq.path = q.value(10).toString();
        lq.outlet = q.value(11).toString();
        lq.published = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        out[*it].members.append(lq);
    }
    for (QuoteClusterRecord &c : out) {
        std::stable_sort(c.members.begin(), c.members.end(), [](const LinkedQuote &x, const LinkedQuote &y) {
            if (x.published.isValid() != y.published.isValid())
                return x.published.isValid();
            if (x.published != y.published)
                return x.published < y.published;
            return x.id < y.id;
        });
        // The stored earliest first (the same order rebuildClusters() chose).
        for (qsizetype i = 0; i < c.members.size(); ++i) {
            if (c.members.at(i).id == c.earliest) {
                c.members.move(i, 0);
                break;
            }
        }
    }
    return out;
}

QList<QuoteClusterRecord> LinkStore::quoteClustersOf(qint64 articleId) const
{
    return readClusters(QStringLiteral("WHERE c.id IN (SELECT cluster_id FROM quote_cluster_members WHERE article_id = ?)"), articleId);
}

QList<QuoteClusterRecord> LinkStore::quoteClusters() const
{
    return readClusters(QString(), 0);
}

namespace {
int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
}
} // namespace

int LinkStore::storyCount() const
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM stories"));
}

int LinkStore::quoteClusterCount() const
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM quote_clusters"));
}

int LinkStore::alteredQuoteClusterCount() const
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM quote_clusters WHERE altered = 1"));
}

} // namespace Dossier
