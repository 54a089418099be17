// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "analysisstore.h"
#include "articlestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

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
    out->write(",\"codebook\":[],\"entities\":");
    out->write(compact(registry));
    out->write(",\"articles\":[");

    // A tag filter selects annotated articles; nothing is annotated until annotations exist.
    const bool tagFilterExcludesAll = !m_filter.tags.isEmpty();
    bool first = true;
    bool cancelled = false;
    bool writeFailed = false;
    const bool ok = store.forEachArticle([&](const Article &a) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        if (tagFilterExcludesAll)
            return false;
        if (!m_filter.outlets.isEmpty() && !m_filter.outlets.contains(a.outlet, Qt::CaseInsensitive))
            return true;
        if (m_filter.from.isValid() && (!a.published.isValid() || a.published < m_filter.from))
            return true;
        if (m_filter.to.isValid() && (!a.published.isValid() || a.published > m_filter.to))
            return true;
        const StoredAnalysis stored = analysis.analysis(a.id);
        const CodePoints cp(a.body);
        QJsonArray quotes;
        for (const StoredQuote &q : stored.quotes) {
            quotes.append(QJsonObject{
                {QStringLiteral("id"), q.id},
                {QStringLiteral("start"), cp.at(q.span.start)},
                {QStringLiteral("end"), cp.at(q.span.end)},
                {QStringLiteral("text"), a.body.mid(q.span.start, q.span.length())},
                {QStringLiteral("kind"), q.span.kind == QuoteKind::Full ? QStringLiteral("full") : QStringLiteral("partial")},
                {QStringLiteral("speaker"), stringOrNull(q.span.speaker)},
                {QStringLiteral("speaker_entity"), idOrNull(q.speakerEntity)},
                {QStringLiteral("status"), QStringLiteral("detected")},
            });
        }
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
            {QStringLiteral("annotations"), QJsonArray()},
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
