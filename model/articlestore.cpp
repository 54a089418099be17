// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace Dossier {

namespace {

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The texts are NOT NULL: an article without text has an empty one.
QString textValue(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Binds the file stamp and metadata, in the order insert() and update() name them.
void bindMetadata(QSqlQuery &q, const Article &a)
{
    q.addBindValue(a.size);
    q.addBindValue(a.mtime);
    q.addBindValue(a.sha256);
    q.addBindValue(a.encoding);
    q.addBindValue(nullIfEmpty(a.title));
    q.addBindValue(nullIfEmpty(a.outlet));
    q.addBindValue(nullIfEmpty(a.byline));
    q.addBindValue(dateValue(a.published));
    q.addBindValue(nullIfEmpty(a.url));
}

const QString kArticleColumns = QStringLiteral(
    "a.id, a.path, a.size, a.mtime, a.sha256, a.encoding, t.original, t.body, a.title, a.outlet, a.byline, a.published, "
    "a.url, a.state");
const QString kArticleFrom = QStringLiteral("articles a LEFT JOIN article_texts t ON t.article_id = a.id");

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.path = q.value(1).toString();
    a.size = q.value(2).toLongLong();
    a.mtime = q.value(3).toLongLong();
    a.sha256 = q.value(4).toByteArray();
    a.encoding = q.value(5).toString();
    a.original = q.value(6).toString();
    a.body = q.value(7).toString();
    a.title = q.value(8).toString();
    a.outlet = q.value(9).toString();
    a.byline = q.value(10).toString();
    a.published = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    a.url = q.value(12).toString();
    a.state = ArticleState(q.value(13).toInt());
    return a;
}

// Escapes s for a LIKE pattern with '\' as the escape character.
QString likeEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    for (const QChar c : s) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString htmlSnippet(QString raw)
{
    // The snippet comes back with \x02 … \x03 around matches: escape the text, then mark.
    raw = raw.toHtmlEscaped();
    raw.replace(QChar(0x02), QLatin1String("<b>"));
    raw.replace(QChar(0x03), QLatin1String("</b>"));
    return raw;
}

// What is wrong with a full-text query FTS5 refused, and how queries are written.
QString badQueryMessage(const QString &query, const QSqlError &e)
{
    QString reason = e.databaseText();
    reason.remove(QStringLiteral("fts5: "));
    return QCoreApplication::translate("Dossier",
                                       "The search “%1” is not valid (%2). Write words, \"exact phrases\", "
                                       "prefix*, and combine them with AND, OR, NOT.")
        .arg(query, reason);
}

} // namespace

struct ArticleStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insert(db)
        , insertText(db)
        , insertSearch(db)
        , update(db)
        , updateText(db)
        , deleteSearch(db)
        , touch(db)
        , log(db)
    {
    }
    QSqlQuery insert;
    QSqlQuery insertText;
    QSqlQuery insertSearch;
    QSqlQuery update;
    QSqlQuery updateText;
    QSqlQuery deleteSearch;
    QSqlQuery touch;
    QSqlQuery log;
};

ArticleStore::ArticleStore(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>(db))
{
}

ArticleStore::~ArticleStore() = default;

bool ArticleStore::transaction()
{
    if (m_db.transaction())
        return true;
    m_error = m_db.lastError().text();
    return false;
}

bool ArticleStore::commit()
{
    if (m_db.commit())
        return true;
    m_error = m_db.lastError().text();
    return false;
}

void ArticleStore::rollback()
{
    m_db.rollback();
}

QHash<QString, FileState> ArticleStore::fileStates()
{
    QHash<QString, FileState> states;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT path, id, size, mtime, sha256, state FROM articles"))) {
        m_error = q.lastError().text();
        return states;
    }
    while (q.next()) {
        FileState s;
        s.id = q.value(1).toLongLong();
        s.size = q.value(2).toLongLong();
        s.mtime = q.value(3).toLongLong();
        s.sha256 = q.value(4).toByteArray();
        s.state = ArticleState(q.value(5).toInt());
        states.insert(q.value(0).toString(), s);
    }
    return states;
}

// Prepares a cached statement once; later calls reuse it.
bool ArticleStore::prepared(QSqlQuery &q, const QString &sql)
{
    if (!q.lastQuery().isEmpty())
        return true;
    if (q.prepare(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool ArticleStore::exec(QSqlQuery &q)
{
    m_constraintError = false;
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    // SQLITE_CONSTRAINT is 19; extended codes keep it in the low byte.
    m_constraintError = (q.lastError().nativeErrorCode().toInt() & 0xff) == 19;
    return false;
}

qint64 ArticleStore::insert(const Article &a)
{
    Statements &st = *m_statements;
    if (!prepared(st.insert, QStringLiteral("INSERT INTO articles (path, size, mtime, sha256, encoding, title, outlet, byline, "
                                            "published, url, state) VALUES (?,?,?,?,?,?,?,?,?,?,0)"))
        || !prepared(st.insertText, QStringLiteral("INSERT INTO article_texts (article_id, original, body) VALUES (?,?,?)"))
        || !prepared(st.insertSearch, QStringLiteral("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)")))
        return 0;
    // binds are positional, in column order
    st.insert.addBindValue(a.path);
    bindMetadata(st.insert, a);
    if (!exec(st.insert))
        return 0;
    const qint64 id = st.insert.lastInsertId().toLongLong();
    st.insertText.addBindValue(id);
    st.insertText.addBindValue(textValue(a.original));
    st.insertText.addBindValue(textValue(a.body));
    st.insertSearch.addBindValue(id);
    st.insertSearch.addBindValue(nullIfEmpty(a.title));
    st.insertSearch.addBindValue(textValue(a.body));
    if (!exec(st.insertText) || !exec(st.insertSearch))
        return 0;
    return id;
}

bool ArticleStore::update(const Article &a)
{
    Statements &st = *m_statements;
    if (!prepared(st.deleteSearch, QStringLiteral("INSERT INTO articles_fts (articles_fts, rowid, title, body) "
                                                  "SELECT 'delete', id, title, body FROM article_search_source WHERE id=?"))
        || !prepared(st.update, QStringLiteral("UPDATE articles SET size=?, mtime=?, sha256=?, encoding=?, title=?, outlet=?, "
                                               "byline=?, published=?, url=?, state=0 WHERE id=?"))
        || !prepared(st.updateText, QStringLiteral("INSERT OR REPLACE INTO article_texts (article_id, original, body) VALUES (?,?,?)"))
        || !prepared(st.insertSearch, QStringLiteral("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)")))
        return false;
    // The index forgets the old title and body (read back through the view) before they change.
    st.deleteSearch.addBindValue(a.id);
    if (!exec(st.deleteSearch))
        return false;
    bindMetadata(st.update, a);
    st.update.addBindValue(a.id);
    st.updateText.addBindValue(a.id);
    st.updateText.addBindValue(textValue(a.original));
    st.updateText.addBindValue(textValue(a.body));
    st.insertSearch.addBindValue(a.id);
    st.insertSearch.addBindValue(nullIfEmpty(a.title));
    st.insertSearch.addBindValue(textValue(a.body));
    return exec(st.update) && exec(st.updateText) && exec(st.insertSearch);
}

bool ArticleStore::touch(qint64 id, qint64 size, qint64 mtime)
{
    QSqlQuery &q = m_statements->touch;
    if (!prepared(q, QStringLiteral("UPDATE articles SET size=?, mtime=?, state=0 WHERE id=?")))
        return false;
    q.addBindValue(size);
    q.addBindValue(mtime);
    q.addBindValue(id);
    return exec(q);
}

bool ArticleStore::move(qint64 id, const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET path=? WHERE id=?"));
    q.addBindValue(path);
    q.addBindValue(id);
    return exec(q);
}

bool ArticleStore::setState(qint64 id, ArticleState state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET state=? WHERE id=?"));
    q.addBindValue(int(state));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 ArticleStore::beginRun(const QString &root)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_runs (root, started, state) VALUES (?, ?, 'running')"));
    q.addBindValue(root);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ArticleStore::markInterruptedRuns()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("UPDATE import_runs SET state='interrupted' WHERE state='running'")))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool ArticleStore::finishRun(qint64 run, const QString &state, const ImportRunCounts &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE import_runs SET finished=?, state=?, added=?, updated=?, unchanged=?, missing=?, "
                             "skipped=? WHERE id=?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(state);
    q.addBindValue(c.added);
    q.addBindValue(c.updated);
    q.addBindValue(c.unchanged);
    q.addBindValue(c.missing);
    q.addBindValue(c.skipped);
    q.addBindValue(run);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool ArticleStore::logIssue(qint64 run, const QString &path, const QString &severity, const QString &reason)
{
    QSqlQuery &q = m_statements->log;
    if (!prepared(q, QStringLiteral("INSERT INTO import_log (run, path, severity, reason) VALUES (?,?,?,?)")))
        return false;
    q.addBindValue(run);
    q.addBindValue(path);
    q.addBindValue(severity);
    q.addBindValue(reason);
    return exec(q);
}

QString ArticleStore::setting(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM corpus_settings WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool ArticleStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO corpus_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE a.id=?").arg(kArticleColumns, kArticleFrom));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return articleFrom(q);
}

qint64 ArticleStore::idForPath(const QString &path) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE path=?"));
    q.addBindValue(path);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> ArticleStore::ids(const ArticleFilter &filter, ArticleSort sort, Qt::SortOrder order, QString *error) const
{
    // One statement. Each condition on the analyst's work or the analysis is an `a.id IN (…)`
    // subquery that does not depend on the row, so SQLite runs it once into a temporary b-tree
    // through its index (annotation_tags_tag, annotations_claim, annotations_article, the FTS5
    // tables) instead of probing once per article: each costs what it matches, not the corpus.
    QStringList with;      // common table expressions, before the SELECT
    QVariantList withBinds; // their values, in text order
    QStringList where;
    QVariantList binds;
    const auto placeholders = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(QLatin1Char(',')); };
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(a.title LIKE ? ESCAPE '\\' OR a.path LIKE ? ESCAPE '\\')");
        const QString pattern = QLatin1Char('%') + likeEscaped(filter.text) + QLatin1Char('%');
        binds << pattern << pattern;
    }
    if (!filter.outlet.isEmpty()) {
        where << QStringLiteral("a.outlet = ?");
        binds << filter.outlet;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("a.published >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("a.published <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.tags.isEmpty()) {
        // A tag stands for its whole subtree.
        with << QStringLiteral("tagset(id) AS (SELECT id FROM tags WHERE id IN (%1) "
                               "UNION SELECT t.id FROM tags t JOIN tagset s ON t.parent = s.id)")
                    .arg(placeholders(filter.tags.size()));
        for (qint64 id : filter.tags)
            withBinds << id;
        where << QStringLiteral("a.id IN (SELECT n.article_id FROM annotation_tags l JOIN annotations n ON n.id = l.annotation_id "
                                "WHERE l.tag_id IN tagset)");
    }
    if (filter.claimStatus) {
        where << QStringLiteral("a.id IN (SELECT article_id FROM annotations WHERE claim_status = ?)");
        binds << int(*filter.claimStatus);
    }
    if (filter.entity != 0) {
        // The entity an id was merged into (following chains of merges), then that entity and
        // every entity merged into it: the index names each article's mentions by the entity
        // they were found as ("e<id>"), so the query asks for any of the family's terms.
        QSqlQuery family(m_db);
        family.prepare(QStringLiteral(
            "WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION ALL SELECT e.merged_into, u.depth + 1 FROM entities e "
            "JOIN up u ON e.id = u.id WHERE e.merged_into IS NOT NULL AND u.depth < 64), "
            "family(id) AS (SELECT id FROM (SELECT id FROM up ORDER BY depth DESC LIMIT 1) "
            "UNION SELECT e.id FROM entities e JOIN family f ON e.merged_into = f.id) "
            "SELECT group_concat('e' || id, ' OR '), "
            "(SELECT coalesce(sum(doc), 0) FROM entity_index_terms WHERE term IN (SELECT 'e' || id FROM family)) FROM family"));
        family.addBindValue(filter.entity);
        QString terms;
        qint64 articles = 0;
        if (family.exec() && family.next()) {
            terms = family.value(0).toString();
            articles = family.value(1).toLongLong();
        }
        // An entity most articles name ("US" in every other one): reading the ids in the sort
        // index's order and checking each beats fetching the rows and sorting them (as for
        // annotatedOnly below); a rarer one drives the query from its few articles.
        QSqlQuery size(m_db);
        const qint64 corpus = size.exec(QStringLiteral("SELECT max(id) FROM articles")) && size.next() ? size.value(0).toLongLong() : 0;
        const bool common = articles > corpus / 5;
        where << (common ? QStringLiteral("+a.id IN (SELECT rowid FROM entity_index WHERE entity_index MATCH ?)")
                         : QStringLiteral("a.id IN (SELECT rowid FROM entity_index WHERE entity_index MATCH ?)"));
        binds << (terms.isEmpty() ? QStringLiteral("e0") : terms);
    }
    if (filter.annotatedOnly) {
        // Most articles of a worked-on corpus: reading the ids in the sort index's order and
        // checking each against annotations_article beats fetching the rows and sorting them
        // (on 100,000 articles, 63,000 annotated: about 60 against 100 ms). The unary + keeps
        // SQLite from taking the IN list as the rows to fetch; a narrower condition still drives.
        where << QStringLiteral("+a.id IN (SELECT article_id FROM annotations)");
    }
    const QString query = filter.query.trimmed();
    if (!query.isEmpty()) {
        where << QStringLiteral("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
        binds << query;
    }
    if (filter.alteredQuotes) {
        // Few clusters are altered: the partial index quote_clusters_altered lists them, and their
        // members' articles drive the query.
        where << QStringLiteral("a.id IN (SELECT m.article_id FROM quote_clusters c JOIN quote_cluster_members m "
                                "ON m.cluster_id = c.id WHERE c.altered = 1)");
    }
    if (filter.story != 0) {
        where << QStringLiteral("a.id IN (SELECT article_id FROM story_members WHERE story_id = ?)");
        binds << filter.story;
    }
    if (filter.inStory) {
        // Often a large share of the corpus: checked per id in the sort index's order, as
        // annotatedOnly is, through story_members' primary key.
        where << QStringLiteral("+a.id IN (SELECT article_id FROM story_members)");
    }
    QString column;
    switch (sort) {
    case ArticleSort::Title:
        column = QStringLiteral("a.title COLLATE NOCASE");
        break;
    case ArticleSort::Outlet:
        column = QStringLiteral("a.outlet COLLATE NOCASE");
        break;
    case ArticleSort::Published:
        column = QStringLiteral("a.published");
        break;
    case ArticleSort::Path:
        column = QStringLiteral("a.path");
        break;
    case ArticleSort::Story:
        // The ids in date order from the covering index, as the date order reads them, grouped by
        // story in groupByStory(). Sorting in SQL by the story's size cost every story member a
        // lookup of its article's row and a temporary b-tree: on 100,000 articles with 35,000 in
        // stories, twice the CPU time of this.
        column = QStringLiteral("a.published");
        break;
    }
    const QString dir = order == Qt::AscendingOrder || sort == ArticleSort::Story ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql;
    if (!with.isEmpty())
        sql = QStringLiteral("WITH RECURSIVE ") + with.join(QStringLiteral(", ")) + QLatin1Char(' ');
    sql += QStringLiteral("SELECT a.id FROM articles a");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, a.path %2").arg(column, dir);

    QList<qint64> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto fail = [&] {
        m_error = q.lastError().text();
        if (error) {
            // FTS5 refuses a malformed query only when the statement runs, with a bare reason
            // ("unterminated string"): when the query alone fails too, it was the query.
            QSqlQuery probe(m_db);
            probe.prepare(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1"));
            probe.addBindValue(query);
            *error = !query.isEmpty() && !probe.exec() ? badQueryMessage(query, probe.lastError())
                                                       : QCoreApplication::translate("Dossier", "The article list could not be read: %1").arg(m_error);
        }
        result.clear();
        return result;
    };
    if (!q.prepare(sql))
        return fail();
    for (const QVariant &b : std::as_const(withBinds))
        q.addBindValue(b);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return fail();
    while (q.next())
        result.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return fail();
    if (sort == ArticleSort::Story && !groupByStory(result, order)) {
        if (error)
            *error = QCoreApplication::translate("Dossier", "The article list could not be read: %1").arg(m_error);
        result.clear();
        return result;
    }
    if (error)
        error->clear();
    return result;
}

bool ArticleStore::groupByStory(QList<qint64> &ids, Qt::SortOrder order) const
{
    // Two small scans (story_members is keyed by article, stories has a row per story) and a
    // stable sort: `ids` come by date, then path, so each story keeps that order.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<qint64, int> sizeOf;
    if (!q.exec(QStringLiteral("SELECT id, size FROM stories"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        sizeOf.insert(q.value(0).toLongLong(), q.value(1).toInt());
    QHash<qint64, qint64> storyOf;
    storyOf.reserve(sizeOf.size() * 3);
    if (!q.exec(QStringLiteral("SELECT article_id, story_id FROM story_members"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        storyOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    struct Member
    {
        int size;
        qint64 story;
        qint64 id;
    };
    std::vector<Member> members;
    QList<qint64> others;
    others.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (const auto it = storyOf.constFind(id); it != storyOf.cend())
            members.push_back({sizeOf.value(*it), *it, id});
        else
            others.append(id);
    }
    const bool largestFirst = order == Qt::DescendingOrder;
    std::stable_sort(members.begin(), members.end(), [largestFirst](const Member &a, const Member &b) {
        if (a.size != b.size)
            return largestFirst ? a.size > b.size : a.size < b.size;
        return a.story < b.story;
    });
    ids.clear();
    ids.reserve(qsizetype(members.size()) + others.size());
    for (const Member &m : members)
        ids.append(m.id);
    // The articles in no story: newest first, as the list opens.
    for (auto it = others.crbegin(); it != others.crend(); ++it)
        ids.append(*it);
    return true;
}

QList<ArticleSummary> ArticleStore::summaries(const QList<qint64> &ids) const
{
    QList<ArticleSummary> result;
    if (ids.isEmpty())
        return result;
    // ids are integers we hold, so they can be listed inline; the order is restored below.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.id, a.path, a.title, a.outlet, a.published, a.state, s.id, s.size, s.outlets FROM articles a "
                               "LEFT JOIN story_members m ON m.article_id = a.id LEFT JOIN stories s ON s.id = m.story_id "
                               "WHERE a.id IN (%1)")
                    .arg(list.join(QLatin1Char(','))))) {
        m_error = q.lastError().text();
        return result;
    }
    QHash<qint64, ArticleSummary> byId;
    while (q.next()) {
        ArticleSummary s;
        s.id = q.value(0).toLongLong();
        s.path = q.value(1).toString();
        s.title = q.value(2).toString();
        s.outlet = q.value(3).toString();
        s.published = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.state = ArticleState(q.value(5).toInt());
        s.story = q.value(6).toLongLong();
        s.storySize = q.value(7).toInt();
        s.storyOutlets = q.value(8).toString().split(QChar(0x1f), Qt::SkipEmptyParts); // as LinkStore writes them
        byId.insert(s.id, s);
    }
    result.reserve(ids.size());
    for (qint64 id : ids)
        result.append(byId.value(id));
    return result;
}

int ArticleStore::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int ArticleStore::count(ArticleState state) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE state=?"));
    q.addBindValue(int(state));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QStringList ArticleStore::outlets() const
{
    QStringList result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet COLLATE NOCASE")))
        return result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QDate ArticleStore::earliest() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT min(published) FROM articles")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

QDate ArticleStore::latest() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT max(published) FROM articles")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

QList<SearchHit> ArticleStore::search(const QString &query, int limit, QString *error) const
{
    QList<SearchHit> hits;
    if (query.trimmed().isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.title, a.outlet, snippet(articles_fts, 1, char(2), char(3), '…', 16) "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = badQueryMessage(query, q.lastError());
        return hits;
    }
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toLongLong();
        h.title = q.value(1).toString();
        h.outlet = q.value(2).toString();
        h.snippetHtml = htmlSnippet(q.value(3).toString());
        hits.append(h);
    }
    if (error)
        error->clear();
    return hits;
}

qint64 ArticleStore::latestRun() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT max(id) FROM import_runs WHERE state != 'running'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<ImportLogEntry> ArticleStore::importLog(qint64 run) const
{
    QList<ImportLogEntry> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT run, path, severity, reason FROM import_log WHERE run=? ORDER BY id"));
    q.addBindValue(run);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

bool ArticleStore::forEachArticle(const std::function<bool(const Article &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY a.path").arg(kArticleColumns, kArticleFrom))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!visit(articleFrom(q)))
            break;
    }
    return true;
}

} // namespace Dossier
