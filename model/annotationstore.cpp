// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>

namespace Dossier {

// --- value helpers (annotation.h) ---

TextAnchor TextAnchor::make(const QString &body, int start, int end)
{
    const int n = int(body.size());
    start = std::clamp(start, 0, n);
    end = std::clamp(end, start, n);
    TextAnchor a;
    a.start = start;
    a.end = end;
    a.exact = body.mid(start, end - start);
    const int from = std::max(0, start - contextLength);
    a.prefix = body.mid(from, start - from);
    a.suffix = body.mid(end, contextLength);
    a.bodySha256 = bodyHash(body);
    return a;
}

QByteArray TextAnchor::bodyHash(const QString &body)
{
    return QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256);
}

QHash<qint64, QString> tagPaths(const QList<Tag> &tags)
{
    QHash<qint64, const Tag *> byId;
    for (const Tag &t : tags)
        byId.insert(t.id, &t);
    QHash<qint64, QString> paths;
    for (const Tag &t : tags) {
        QString path = t.name;
        QSet<qint64> seen{t.id};
        for (const Tag *p = byId.value(t.parent); p && !seen.contains(p->id); p = byId.value(p->parent)) {
            seen.insert(p->id);
            path = p->name + QLatin1Char('/') + path;
        }
        paths.insert(t.id, path);
    }
    return paths;
}

QString claimStatusName(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Unverified: return QStringLiteral("unverified");
    case ClaimStatus::Checking: return QStringLiteral("checking");
    case ClaimStatus::True: return QStringLiteral("true");
    case ClaimStatus::False: return QStringLiteral("false");
    case ClaimStatus::Misleading: return QStringLiteral("misleading");
    case ClaimStatus::Unverifiable: return QStringLiteral("unverifiable");
    }
    return QString();
}

QString claimStatusLabel(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Unverified: return QCoreApplication::translate("Dossier", "Unverified");
    case ClaimStatus::Checking: return QCoreApplication::translate("Dossier", "Checking");
    case ClaimStatus::True: return QCoreApplication::translate("Dossier", "True");
    case ClaimStatus::False: return QCoreApplication::translate("Dossier", "False");
    case ClaimStatus::Misleading: return QCoreApplication::translate("Dossier", "Misleading");
    case ClaimStatus::Unverifiable: return QCoreApplication::translate("Dossier", "Unverifiable");
    }
    return QString();
}

std::optional<ClaimStatus> claimStatusFromName(const QString &name)
{
    for (int i = 0; i < claimStatusCount; ++i) {
        if (claimStatusName(ClaimStatus(i)).compare(name, Qt::CaseInsensitive) == 0)
            return ClaimStatus(i);
    }
    return std::nullopt;
}

QString anchorStateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Ok: return QStringLiteral("ok");
    case AnchorState::Moved: return QStringLiteral("moved");
    case AnchorState::Orphaned: return QStringLiteral("orphaned");
    }
    return QString();
}

namespace {

QString timeText(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

// A list of ids as one bound value: `IN (SELECT value FROM json_each(?))`.
QString idArray(const QList<qint64> &ids)
{
    QString s = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QString::number(ids.at(i));
    }
    s += QLatin1Char(']');
    return s;
}

// A null QString binds as NULL: text columns are NOT NULL, so an empty string binds as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

constexpr auto annotationColumns = "id, article_id, start, end, exact, prefix, suffix, body_sha256, anchor, note, "
                                   "claim_status, claimant, author, created, modified";

constexpr auto reviewColumns = "id, article_id, detected_start, detected_end, start, end, exact, prefix, suffix, "
                               "body_sha256, anchor, status, kind, speaker, speaker_entity, modified";

QuoteReview reviewFrom(const QSqlQuery &q)
{
    QuoteReview r;
    r.id = q.value(0).toLongLong();
    r.articleId = q.value(1).toLongLong();
    r.detectedStart = q.value(2).isNull() ? -1 : q.value(2).toInt();
    r.detectedEnd = q.value(3).isNull() ? -1 : q.value(3).toInt();
    r.anchor.start = q.value(4).toInt();
    r.anchor.end = q.value(5).toInt();
    r.anchor.exact = q.value(6).toString();
    r.anchor.prefix = q.value(7).toString();
    r.anchor.suffix = q.value(8).toString();
    r.anchor.bodySha256 = q.value(9).toByteArray();
    r.anchor.state = AnchorState(q.value(10).toInt());
    r.status = q.value(11).toInt() == QuoteReview::Rejected ? QuoteReview::Rejected : QuoteReview::Confirmed;
    r.kind = q.value(12).toInt();
    if (!q.value(13).isNull())
        r.speaker = q.value(13).toString();
    r.speakerEntity = q.value(14).toLongLong();
    r.modified = timeFrom(q.value(15));
    return r;
}

} // namespace

AnnotationStore::AnnotationStore(const QSqlDatabase &db)
    : m_db(db)
{
}

AnnotationStore::~AnnotationStore() = default;

bool AnnotationStore::transaction()
{
    if (m_db.transaction())
        return true;
    m_error = m_db.lastError().text();
    return false;
}

bool AnnotationStore::commit()
{
    if (m_db.commit())
        return true;
    m_error = m_db.lastError().text();
    return false;
}

void AnnotationStore::rollback()
{
    m_db.rollback();
}

bool AnnotationStore::prepared(QSqlQuery &q, const QString &sql) const
{
    if (q.prepare(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

void AnnotationStore::setReuseStatements(bool reuse)
{
    m_reuse = reuse;
    if (!reuse)
        m_reads.clear();
}

QSqlQuery *AnnotationStore::read(const QString &sql, std::optional<QSqlQuery> &local) const
{
    QSqlQuery *q = nullptr;
    if (m_reuse) {
        auto it = m_reads.find(sql);
        if (it != m_reads.end())
            return &it->second;
        q = &m_reads.emplace(sql, QSqlQuery(m_db)).first->second;
    } else {
        q = &local.emplace(m_db);
    }
    q->setForwardOnly(true);
    if (prepared(*q, sql))
        return q;
    m_reads.erase(sql);
    return nullptr;
}

bool AnnotationStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

// --- codebook ---

QList<Tag> AnnotationStore::tags() const
{
    QList<Tag> all;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT id, coalesce(parent, 0), name, color, description, shortcut, position "
                                    "FROM tags ORDER BY position, id"))
        || !exec(q))
        return all;
    while (q.next()) {
        Tag t;
        t.id = q.value(0).toLongLong();
        t.parent = q.value(1).toLongLong();
        t.name = q.value(2).toString();
        t.color = q.value(3).toString();
        t.description = q.value(4).toString();
        t.shortcut = q.value(5).toString();
        t.position = q.value(6).toInt();
        all << t;
    }
    // Parents before children: a breadth-first walk from the top level, siblings in order.
    QList<Tag> ordered;
    ordered.reserve(all.size());
    QList<qint64> level{0};
    while (!level.isEmpty()) {
        QList<qint64> next;
        for (qint64 parent : level) {
            for (const Tag &t : std::as_const(all)) {
                if (t.parent == parent) {
                    ordered << t;
                    next << t.id;
                }
            }
        }
        level = next;
    }
    return ordered;
}

std::optional<Tag> AnnotationStore::tag(qint64 id) const
{
    for (const Tag &t : tags()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

bool AnnotationStore::insertTag(Tag &tag)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("INSERT INTO tags (id, parent, name, color, description, shortcut, position) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return false;
    q.addBindValue(nullableId(tag.id));
    q.addBindValue(nullableId(tag.parent));
    q.addBindValue(text(tag.name));
    q.addBindValue(text(tag.color));
    q.addBindValue(text(tag.description));
    q.addBindValue(text(tag.shortcut));
    q.addBindValue(tag.position);
    if (!exec(q))
        return false;
    tag.id = q.lastInsertId().toLongLong();
    return true;
}

bool AnnotationStore::updateTag(const Tag &tag)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("UPDATE tags SET parent = ?, name = ?, color = ?, description = ?, shortcut = ?, "
                                    "position = ? WHERE id = ?")))
        return false;
    q.addBindValue(nullableId(tag.parent));
    q.addBindValue(text(tag.name));
    q.addBindValue(text(tag.color));
    q.addBindValue(text(tag.description));
    q.addBindValue(text(tag.shortcut));
    q.addBindValue(tag.position);
    q.addBindValue(tag.id);
    return exec(q);
}

bool AnnotationStore::deleteTag(qint64 id)
{
    return deleteRow("tags", id);
}

QList<qint64> AnnotationStore::subtree(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                                    "SELECT t.id FROM tags t JOIN sub ON t.parent = sub.id) SELECT id FROM sub")))
        return ids;
    q.addBindValue(id);
    if (!exec(q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

int AnnotationStore::annotationCount(const QList<qint64> &tagIds) const
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("SELECT count(DISTINCT annotation_id) FROM annotation_tags "
                                    "WHERE tag_id IN (SELECT value FROM json_each(?))")))
        return 0;
    q.addBindValue(idArray(tagIds));
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QHash<qint64, int> AnnotationStore::tagCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT tag_id, count(*) FROM annotation_tags GROUP BY tag_id")) || !exec(q))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

QList<TagLink> AnnotationStore::links(const QList<qint64> &tagIds) const
{
    QList<TagLink> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags "
                                    "WHERE tag_id IN (SELECT value FROM json_each(?)) ORDER BY tag_id, annotation_id")))
        return result;
    q.addBindValue(idArray(tagIds));
    if (!exec(q))
        return result;
    while (q.next())
        result << TagLink{q.value(0).toLongLong(), q.value(1).toLongLong()};
    return result;
}

namespace {
// Links as one bound JSON value, [[annotation, tag], …], in chunks: one statement per chunk
// instead of one per link (a merge of 10,000 annotations is 20 statements, not 20,000).
QList<QString> linkArrays(const QList<TagLink> &links)
{
    constexpr qsizetype chunk = 1000;
    QList<QString> arrays;
    for (qsizetype i = 0; i < links.size(); i += chunk) {
        QString s = QStringLiteral("[");
        for (qsizetype j = i; j < std::min(links.size(), i + chunk); ++j) {
            if (j > i)
                s += QLatin1Char(',');
            s += QLatin1Char('[') + QString::number(links.at(j).annotation) + QLatin1Char(',')
                + QString::number(links.at(j).tag) + QLatin1Char(']');
        }
        s += QLatin1Char(']');
        arrays << s;
    }
    return arrays;
}
} // namespace

bool AnnotationStore::linkStatement(const QString &sql, const QList<TagLink> &links)
{
    if (links.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!prepared(q, sql))
        return false;
    for (const QString &array : linkArrays(links)) {
        q.bindValue(0, array);
        if (!exec(q))
            return false;
    }
    return true;
}

bool AnnotationStore::addLinks(const QList<TagLink> &links)
{
    return linkStatement(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
                                        "SELECT value ->> 0, value ->> 1 FROM json_each(?)"),
                         links);
}

bool AnnotationStore::removeLinks(const QList<TagLink> &links)
{
    return linkStatement(QStringLiteral("DELETE FROM annotation_tags WHERE (annotation_id, tag_id) IN "
                                        "(SELECT value ->> 0, value ->> 1 FROM json_each(?))"),
                         links);
}

// --- annotations ---

QList<Annotation> AnnotationStore::readAnnotations(QSqlQuery &q) const
{
    QList<Annotation> list;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.articleId = q.value(1).toLongLong();
        a.anchor.start = q.value(2).toInt();
        a.anchor.end = q.value(3).toInt();
        a.anchor.exact = q.value(4).toString();
        a.anchor.prefix = q.value(5).toString();
        a.anchor.suffix = q.value(6).toString();
        a.anchor.bodySha256 = q.value(7).toByteArray();
        a.anchor.state = AnchorState(q.value(8).toInt());
        a.note = q.value(9).toString();
        if (!q.value(10).isNull())
            a.claim = ClaimStatus(std::clamp(q.value(10).toInt(), 0, claimStatusCount - 1));
        a.claimant = q.value(11).toLongLong();
        a.author = q.value(12).toString();
        a.created = timeFrom(q.value(13));
        a.modified = timeFrom(q.value(14));
        list << a;
    }
    fillTagsAndEvidence(list);
    return list;
}

void AnnotationStore::fillTagsAndEvidence(QList<Annotation> &list) const
{
    if (list.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    QList<qint64> ids;
    ids.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        index.insert(list.at(i).id, i);
        ids << list.at(i).id;
    }
    const QString array = idArray(ids);
    std::optional<QSqlQuery> tagsQuery, evidenceQuery;
    if (QSqlQuery *q = read(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags "
                                           "WHERE annotation_id IN (SELECT value FROM json_each(?)) ORDER BY annotation_id, tag_id"),
                            tagsQuery)) {
        q->addBindValue(array);
        if (exec(*q)) {
            while (q->next())
                list[index.value(q->value(0).toLongLong())].tags << q->value(1).toLongLong();
        }
        q->finish();
    }
    if (QSqlQuery *e = read(QStringLiteral("SELECT annotation_id, url, note FROM claim_evidence "
                                           "WHERE annotation_id IN (SELECT value FROM json_each(?)) ORDER BY annotation_id, position, id"),
                            evidenceQuery)) {
        e->addBindValue(array);
        if (exec(*e)) {
            while (e->next())
                list[index.value(e->value(0).toLongLong())].evidence << Evidence{e->value(1).toString(), e->value(2).toString()};
        }
        e->finish();
    }
}

QList<Annotation> AnnotationStore::annotations(qint64 articleId) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM annotations WHERE article_id = ? ORDER BY start, end, id").arg(QLatin1String(annotationColumns));
    std::optional<QSqlQuery> local;
    QSqlQuery *q = read(sql, local);
    if (!q)
        return {};
    q->addBindValue(articleId);
    if (!exec(*q))
        return {};
    QList<Annotation> list = readAnnotations(*q); // its tags and evidence come through reads of their own
    q->finish();
    return list;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    const QList<Annotation> list = annotations(QList<qint64>{id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Annotation> AnnotationStore::annotations(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT %1 FROM annotations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id")
                         .arg(QLatin1String(annotationColumns))))
        return {};
    q.addBindValue(idArray(ids));
    if (!exec(q))
        return {};
    return readAnnotations(q);
}

QList<Annotation> AnnotationStore::orphans() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT %1 FROM annotations WHERE anchor = 2 ORDER BY article_id, start, id")
                         .arg(QLatin1String(annotationColumns)))
        || !exec(q))
        return {};
    return readAnnotations(q);
}

QSet<qint64> AnnotationStore::articlesWithTags(const QList<qint64> &tagIds) const
{
    QSet<qint64> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepared(q, QStringLiteral("SELECT DISTINCT a.article_id FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id "
                                    "WHERE t.tag_id IN (SELECT value FROM json_each(?))")))
        return result;
    q.addBindValue(idArray(tagIds));
    if (!exec(q))
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong());
    return result;
}

QSet<qint64> AnnotationStore::articlesWithWork() const
{
    QSet<qint64> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT article_id FROM annotations UNION SELECT article_id FROM article_notes WHERE note <> ''"))) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toLongLong());
    return result;
}

int AnnotationStore::annotationCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM annotations")) && q.next() ? q.value(0).toInt() : 0;
}

QHash<qint64, QSet<std::pair<int, int>>> AnnotationStore::taggedSpans(qint64 tagId) const
{
    QHash<qint64, QSet<std::pair<int, int>>> spans;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // annotation_tags_tag (tag_id, annotation_id) finds the few rows of one tag among many.
    if (!prepared(q, QStringLiteral("SELECT a.article_id, a.start, a.end FROM annotation_tags t "
                                    "JOIN annotations a ON a.id = t.annotation_id WHERE t.tag_id = ? AND a.anchor <> ?")))
        return spans;
    q.addBindValue(tagId);
    q.addBindValue(int(AnchorState::Orphaned));
    if (!exec(q))
        return spans;
    while (q.next())
        spans[q.value(0).toLongLong()].insert({q.value(1).toInt(), q.value(2).toInt()});
    return spans;
}

bool AnnotationStore::writeTags(const Annotation &a)
{
    QSqlQuery del(m_db);
    if (!prepared(del, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?")))
        return false;
    del.addBindValue(a.id);
    if (!exec(del))
        return false;
    QList<TagLink> links;
    for (qint64 t : a.tags)
        links << TagLink{a.id, t};
    return addLinks(links);
}

bool AnnotationStore::writeEvidence(const Annotation &a)
{
    QSqlQuery del(m_db);
    if (!prepared(del, QStringLiteral("DELETE FROM claim_evidence WHERE annotation_id = ?")))
        return false;
    del.addBindValue(a.id);
    if (!exec(del))
        return false;
    if (a.evidence.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("INSERT INTO claim_evidence (annotation_id, position, url, note) VALUES (?, ?, ?, ?)")))
        return false;
    for (qsizetype i = 0; i < a.evidence.size(); ++i) {
        q.bindValue(0, a.id);
        q.bindValue(1, int(i));
        q.bindValue(2, text(a.evidence.at(i).url));
        q.bindValue(3, text(a.evidence.at(i).note));
        if (!exec(q))
            return false;
    }
    return true;
}

bool AnnotationStore::insertAnnotation(Annotation &a)
{
    QList<Annotation> one{a};
    if (!insertAnnotations(one))
        return false;
    a = one.first();
    return true;
}

bool AnnotationStore::insertAnnotations(QList<Annotation> &list)
{
    // One prepared statement for all rows, and the tags of all of them in a few JSON statements:
    // autocode adds thousands at once, on the GUI thread, in one transaction.
    if (list.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("INSERT INTO annotations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(QLatin1String(annotationColumns))))
        return false;
    QSqlQuery evidence(m_db);
    QList<TagLink> links;
    for (Annotation &a : list) {
        if (!a.created.isValid())
            a.created = QDateTime::currentDateTimeUtc();
        if (!a.modified.isValid())
            a.modified = a.created;
        const QVariantList values{nullableId(a.id),
                                  a.articleId,
                                  a.anchor.start,
                                  a.anchor.end,
                                  text(a.anchor.exact),
                                  text(a.anchor.prefix),
                                  text(a.anchor.suffix),
                                  a.anchor.bodySha256,
                                  int(a.anchor.state),
                                  text(a.note),
                                  a.claim ? QVariant(int(*a.claim)) : QVariant(QMetaType(QMetaType::Int)),
                                  nullableId(a.claimant),
                                  text(a.author),
                                  timeText(a.created),
                                  timeText(a.modified)};
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!exec(q))
            return false;
        a.id = q.lastInsertId().toLongLong();
        for (qint64 t : a.tags)
            links << TagLink{a.id, t};
        if (a.evidence.isEmpty())
            continue;
        if (evidence.lastQuery().isEmpty()
            && !prepared(evidence, QStringLiteral("INSERT INTO claim_evidence (annotation_id, position, url, note) VALUES (?, ?, ?, ?)")))
            return false;
        for (qsizetype i = 0; i < a.evidence.size(); ++i) {
            evidence.bindValue(0, a.id);
            evidence.bindValue(1, int(i));
            evidence.bindValue(2, text(a.evidence.at(i).url));
            evidence.bindValue(3, text(a.evidence.at(i).note));
            if (!exec(evidence))
                return false;
        }
    }
    return addLinks(links);
}

bool AnnotationStore::updateAnnotation(const Annotation &a)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("UPDATE annotations SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?, "
                                    "body_sha256 = ?, anchor = ?, note = ?, claim_status = ?, claimant = ?, author = ?, "
                                    "created = ?, modified = ? WHERE id = ?")))
        return false;
    q.addBindValue(a.anchor.start);
    q.addBindValue(a.anchor.end);
    q.addBindValue(text(a.anchor.exact));
    q.addBindValue(text(a.anchor.prefix));
    q.addBindValue(text(a.anchor.suffix));
    q.addBindValue(a.anchor.bodySha256);
    q.addBindValue(int(a.anchor.state));
    q.addBindValue(text(a.note));
    q.addBindValue(a.claim ? QVariant(int(*a.claim)) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(nullableId(a.claimant));
    q.addBindValue(text(a.author));
    q.addBindValue(timeText(a.created));
    q.addBindValue(timeText(a.modified));
    q.addBindValue(a.id);
    return exec(q) && writeTags(a) && writeEvidence(a);
}

bool AnnotationStore::writeAnchor(const char *table, qint64 id, const TextAnchor &anchor)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("UPDATE %1 SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?, "
                                    "body_sha256 = ?, anchor = ? WHERE id = ?")
                         .arg(QLatin1String(table))))
        return false;
    q.addBindValue(anchor.start);
    q.addBindValue(anchor.end);
    q.addBindValue(text(anchor.exact));
    q.addBindValue(text(anchor.prefix));
    q.addBindValue(text(anchor.suffix));
    q.addBindValue(anchor.bodySha256);
    q.addBindValue(int(anchor.state));
    q.addBindValue(id);
    return exec(q);
}

bool AnnotationStore::deleteRow(const char *table, qint64 id)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table))))
        return false;
    q.addBindValue(id);
    return exec(q);
}

bool AnnotationStore::updateAnchor(qint64 id, const TextAnchor &anchor)
{
    return writeAnchor("annotations", id, anchor);
}

bool AnnotationStore::deleteAnnotation(qint64 id)
{
    return deleteRow("annotations", id);
}

// --- article notes ---

ArticleNote AnnotationStore::articleNote(qint64 articleId) const
{
    ArticleNote n;
    n.articleId = articleId;
    std::optional<QSqlQuery> local;
    QSqlQuery *q = read(QStringLiteral("SELECT note, modified FROM article_notes WHERE article_id = ?"), local);
    if (!q)
        return n;
    q->addBindValue(articleId);
    if (exec(*q) && q->next()) {
        n.note = q->value(0).toString();
        n.modified = timeFrom(q->value(1));
    }
    q->finish();
    return n;
}

bool AnnotationStore::setArticleNote(const ArticleNote &note)
{
    QSqlQuery q(m_db);
    if (note.note.isEmpty()) {
        if (!prepared(q, QStringLiteral("DELETE FROM article_notes WHERE article_id = ?")))
            return false;
        q.addBindValue(note.articleId);
        return exec(q);
    }
    if (!prepared(q, QStringLiteral("INSERT INTO article_notes (article_id, note, modified) VALUES (?, ?, ?) "
                                    "ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, modified = excluded.modified")))
        return false;
    q.addBindValue(note.articleId);
    q.addBindValue(text(note.note));
    q.addBindValue(timeText(note.modified));
    return exec(q);
}

// --- quote reviews ---

QList<QuoteReview> AnnotationStore::quoteReviews(qint64 articleId) const
{
    QList<QuoteReview> list;
    static const QString sql = QStringLiteral("SELECT %1 FROM quote_reviews WHERE article_id = ? ORDER BY start, id").arg(QLatin1String(reviewColumns));
    std::optional<QSqlQuery> local;
    QSqlQuery *q = read(sql, local);
    if (!q)
        return list;
    q->addBindValue(articleId);
    if (exec(*q)) {
        while (q->next())
            list << reviewFrom(*q);
    }
    q->finish();
    return list;
}

std::optional<QuoteReview> AnnotationStore::quoteReview(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("SELECT %1 FROM quote_reviews WHERE id = ?").arg(QLatin1String(reviewColumns))))
        return std::nullopt;
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return reviewFrom(q);
}

bool AnnotationStore::insertQuoteReview(QuoteReview &r)
{
    QSqlQuery q(m_db);
    if (!prepared(q, QStringLiteral("INSERT INTO quote_reviews (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(QLatin1String(reviewColumns))))
        return false;
    if (!r.modified.isValid())
        r.modified = QDateTime::currentDateTimeUtc();
    q.addBindValue(nullableId(r.id));
    q.addBindValue(r.articleId);
    q.addBindValue(r.detectedStart >= 0 ? QVariant(r.detectedStart) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(r.detectedEnd >= 0 ? QVariant(r.detectedEnd) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(r.anchor.start);
    q.addBindValue(r.anchor.end);
    q.addBindValue(text(r.anchor.exact));
    q.addBindValue(text(r.anchor.prefix));
    q.addBindValue(text(r.anchor.suffix));
    q.addBindValue(r.anchor.bodySha256);
    q.addBindValue(int(r.anchor.state));
    q.addBindValue(int(r.status));
    q.addBindValue(r.kind);
    q.addBindValue(r.speaker ? QVariant(*r.speaker) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullableId(r.speakerEntity));
    q.addBindValue(timeText(r.modified));
    if (!exec(q))
        return false;
    r.id = q.lastInsertId().toLongLong();
    return true;
}

bool AnnotationStore::updateQuoteReview(const QuoteReview &r)
{
    return deleteQuoteReview(r.id) && [&] {
        QuoteReview copy = r;
        return insertQuoteReview(copy);
    }();
}

bool AnnotationStore::updateQuoteReviewAnchor(qint64 id, const TextAnchor &anchor)
{
    return writeAnchor("quote_reviews", id, anchor);
}

bool AnnotationStore::deleteQuoteReview(qint64 id)
{
    return deleteRow("quote_reviews", id);
}

} // namespace Dossier
