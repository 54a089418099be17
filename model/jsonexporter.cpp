// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "analysisstore.h"
#include "analystquotes.h"
#include "annotationstore.h"
#include "articlestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace Dossier {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/** UTF-16 offsets into one text, as code points. Free for the usual text without surrogates. */
class CodePoints
{
public:
    explicit CodePoints(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()) {
                m_lows.append(i);
            }
        }
    }
    qsizetype at(qsizetype utf16) const
    {
        // Every low surrogate before the offset is one UTF-16 unit more than code points.
        return utf16 - (std::lower_bound(m_lows.cbegin(), m_lows.cend(), utf16) - m_lows.cbegin());
    }

private:
    QList<qsizetype> m_lows;
};

QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/** A UTF-16 span as code points; an orphan's offsets belong to an older text: null. */
void putSpan(QJsonObject &o, const CodePoints &cp, const TextAnchor &anchor)
{
    const bool orphaned = anchor.state == AnchorState::Orphaned;
    o.insert(QStringLiteral("start"), orphaned ? QJsonValue(QJsonValue::Null) : QJsonValue(cp.at(anchor.start)));
    o.insert(QStringLiteral("end"), orphaned ? QJsonValue(QJsonValue::Null) : QJsonValue(cp.at(anchor.end)));
}

/** The anchored text: the span of the current body, or what an orphan was made on. */
QString anchoredText(const QString &body, const TextAnchor &anchor)
{
    if (anchor.state == AnchorState::Orphaned || anchor.end > body.size())
        return anchor.exact;
    return body.mid(anchor.start, anchor.end - anchor.start);
}

QJsonObject annotationObject(const Annotation &a, const QString &body, const CodePoints &cp, const QHash<qint64, Tag> &codebook)
{
    QJsonArray tagNames, tagIds;
    for (qint64 id : a.tags) {
        tagNames.append(codebook.value(id).name);
        tagIds.append(id);
    }
    QJsonValue claim(QJsonValue::Null);
    if (a.claim) {
        QJsonArray evidence;
        for (const Evidence &e : a.evidence)
            evidence.append(QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("note"), e.note}});
        claim = QJsonObject{
            {QStringLiteral("status"), claimStatusName(*a.claim)},
            {QStringLiteral("claimant"), idOrNull(a.claimant)},
            {QStringLiteral("evidence"), evidence},
        };
    }
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("text"), anchoredText(body, a.anchor)},
        {QStringLiteral("tags"), tagNames},
        {QStringLiteral("tag_ids"), tagIds},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("claim"), claim},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("created"), timeOrNull(a.created)},
        {QStringLiteral("modified"), timeOrNull(a.modified)},
        {QStringLiteral("anchor"), anchorStateName(a.anchor.state)},
    };
    putSpan(o, cp, a.anchor);
    return o;
}

QString kindName(int kind)
{
    return kind == int(QuoteKind::Partial) ? QStringLiteral("partial") : QStringLiteral("full");
}

/**
 * The quotes as the analyst has them (analystQuotes(), rejected ones included and marked), and the
 * analyst's word on quotes that shape none: a confirmed review of a quote the detector no longer
 * finds, and orphaned reviews (null offsets). A rejection of a quote no longer detected says
 * nothing and is left out.
 */
QJsonArray quotesWithReviews(const Article &article, const StoredAnalysis &stored, const QList<QuoteReview> &reviews, const CodePoints &cp)
{
    const QString &body = article.body;
    QList<QuoteReview> unapplied;
    QList<std::pair<int, QJsonObject>> quotes; // sorted by UTF-16 start, orphans last
    for (const AnalystQuote &a : analystQuotes(stored.quotes, reviews, true, &unapplied)) {
        const QuoteSpan &span = a.quote.span;
        QJsonObject o{
            {QStringLiteral("id"), a.added ? QJsonValue(QJsonValue::Null) : QJsonValue(a.quote.id)},
            {QStringLiteral("start"), cp.at(span.start)},
            {QStringLiteral("end"), cp.at(span.end)},
            {QStringLiteral("text"), body.mid(span.start, span.length())},
            {QStringLiteral("kind"), span.kind == QuoteKind::Full ? QStringLiteral("full") : QStringLiteral("partial")},
            {QStringLiteral("speaker"), stringOrNull(span.speaker)},
            {QStringLiteral("speaker_entity"), idOrNull(a.quote.speakerEntity)},
            {QStringLiteral("status"), a.status == AnalystQuote::Rejected    ? QStringLiteral("rejected")
                                       : a.status == AnalystQuote::Confirmed ? QStringLiteral("confirmed")
                                                                             : QStringLiteral("detected")},
        };
        if (a.reviewId) {
            o.insert(QStringLiteral("review"), a.reviewId);
            o.insert(QStringLiteral("anchor"), anchorStateName(a.anchor));
            if (a.added)
                o.insert(QStringLiteral("added"), true);
            else
                o.insert(QStringLiteral("corrected"), a.corrected);
        }
        quotes.append({span.start, o});
    }
    for (const QuoteReview &r : std::as_const(unapplied)) {
        if (r.status == QuoteReview::Rejected)
            continue;
        QJsonObject o{
            {QStringLiteral("id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("review"), r.id},
            {QStringLiteral("text"), anchoredText(body, r.anchor)},
            {QStringLiteral("kind"), kindName(r.kind)},
            {QStringLiteral("speaker"), r.speaker ? stringOrNull(*r.speaker) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("speaker_entity"), idOrNull(r.speakerEntity)},
            {QStringLiteral("status"), QStringLiteral("confirmed")},
            {QStringLiteral("added"), r.isAdded()},
            {QStringLiteral("anchor"), anchorStateName(r.anchor.state)},
        };
        putSpan(o, cp, r.anchor);
        quotes.append({r.anchor.state == AnchorState::Orphaned ? int(body.size()) + 1 : r.anchor.start, o});
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray result;
    for (const auto &q : std::as_const(quotes))
        result.append(q.second);
    return result;
}

} // namespace

JsonExporter::JsonExporter(const QSqlDatabase &db)
    : m_db(db)
{
}

qsizetype JsonExporter::codePointLength(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

bool JsonExporter::writeFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("Dossier", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = QCoreApplication::translate("Dossier", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool JsonExporter::write(QIODevice *out)
{
    m_exported = 0;
    ArticleStore store(m_db);
    QJsonObject corpus{
        {QStringLiteral("root"), store.setting(QStringLiteral("root"))},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    // Header fields, then the article array streamed one object at a time.
    out->write("{\"format\":\"dossier-export\",\"version\":1,\"corpus\":");
    out->write(compact(corpus));
    AnalysisStore analysis(m_db);
    QJsonArray registry;
    const QList<EntityRecord> entities = analysis.entities();
    for (const EntityRecord &e : entities) {
        if (e.mentions == 0 && !e.nameLocked && !e.typeLocked)
            continue; // a name only ever seen as a speaker's, or left over: not part of the corpus
        registry.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("type"), entityTypeCode(e.type)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
        });
    }
    AnnotationStore annotations(m_db);
    const QList<Tag> tags = annotations.tags();
    QHash<qint64, Tag> codebook;
    QJsonArray codebookJson;
    for (const Tag &t : tags) {
        codebook.insert(t.id, t);
        codebookJson.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("parent"), idOrNull(t.parent)},
            {QStringLiteral("color"), t.color},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("shortcut"), t.shortcut},
        });
    }
    // --tag NAME: the articles with an annotation carrying a tag of that name or one below it.
    std::optional<QSet<qint64>> tagged;
    if (!m_filter.tags.isEmpty()) {
        QList<qint64> selected;
        for (const QString &name : m_filter.tags) {
            bool found = false;
            for (const Tag &t : tags) {
                if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
                    selected += annotations.subtree(t.id);
                    found = true;
                }
            }
            if (!found) {
                m_error = QCoreApplication::translate("Dossier", "--tag %1: the codebook has no tag of that name").arg(name);
                return false;
            }
        }
        tagged = annotations.articlesWithTags(selected);
    }
    out->write(",\"codebook\":");
    out->write(compact(codebookJson));
    out->write(",\"entities\":");
    out->write(compact(registry));
    out->write(",\"articles\":[");

    bool first = true;
    bool cancelled = false;
    bool writeFailed = false;
    const bool ok = store.forEachArticle([&](const Article &a) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        if (tagged && !tagged->contains(a.id))
            return true;
        if (!m_filter.outlets.isEmpty() && !m_filter.outlets.contains(a.outlet, Qt::CaseInsensitive))
            return true;
        if (m_filter.from.isValid() && (!a.published.isValid() || a.published < m_filter.from))
            return true;
        if (m_filter.to.isValid() && (!a.published.isValid() || a.published > m_filter.to))
            return true;
        const StoredAnalysis stored = analysis.analysis(a.id);
        const CodePoints cp(a.body);
        const QJsonArray quotes = quotesWithReviews(a, stored, annotations.quoteReviews(a.id), cp);
        QJsonArray annotationsJson;
        QJsonArray orphans; // after the anchored ones: they point into no place of this text
        for (const Annotation &x : annotations.annotations(a.id))
            (x.anchor.state == AnchorState::Orphaned ? orphans : annotationsJson).append(annotationObject(x, a.body, cp, codebook));
        for (const QJsonValue &v : std::as_const(orphans))
            annotationsJson.append(v);
        QJsonArray mentions;
        for (const StoredMention &m : stored.mentions) {
            mentions.append(QJsonObject{
                {QStringLiteral("start"), cp.at(m.start)},
                {QStringLiteral("end"), cp.at(m.end)},
                {QStringLiteral("text"), a.body.mid(m.start, m.end - m.start)},
                {QStringLiteral("type"), entityTypeCode(m.type)},
                {QStringLiteral("entity"), idOrNull(m.entity)},
            });
        }
        QJsonObject o{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("path"), a.path},
            {QStringLiteral("title"), stringOrNull(a.title)},
            {QStringLiteral("outlet"), stringOrNull(a.outlet)},
            {QStringLiteral("byline"), stringOrNull(a.byline)},
            {QStringLiteral("published"), a.published.isValid() ? QJsonValue(a.published.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("url"), stringOrNull(a.url)},
            {QStringLiteral("encoding"), a.encoding},
            {QStringLiteral("state"), a.state == ArticleState::Missing      ? QStringLiteral("missing")
                                      : a.state == ArticleState::Unreadable ? QStringLiteral("unreadable")
                                                                            : QStringLiteral("imported")},
            {QStringLiteral("text"), a.body},
            {QStringLiteral("quotes"), quotes},
            {QStringLiteral("entities"), mentions},
            {QStringLiteral("note"), annotations.articleNote(a.id).note},
            {QStringLiteral("annotations"), annotationsJson},
            {QStringLiteral("duplicates"), QJsonArray()},
        };
        if (!first)
            out->write(",");
        first = false;
        if (out->write(compact(o)) < 0) {
            writeFailed = true;
            return false;
        }
        ++m_exported;
        if (m_progress && m_exported % 500 == 0)
            m_progress(m_exported);
        return true;
    });
    if (!ok) {
        m_error = store.errorString();
        return false;
    }
    if (writeFailed) {
        m_error = QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString());
        return false;
    }
    if (cancelled) {
        m_error = QCoreApplication::translate("Dossier", "Export cancelled.");
        return false;
    }
    out->write("],\"stories\":[],\"quote_clusters\":[]}\n");
    if (m_progress)
        m_progress(m_exported);
    return true;
}

} // namespace Dossier
