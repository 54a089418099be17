// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The W3C Web Annotation export (JSON-LD).
#include "exporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace Dossier {

namespace {

/** Context either side of a TextQuoteSelector's `exact`, in code points. */
constexpr qsizetype quoteContext = 32;

/** Code points [from, to) of `text`, clamped. */
QString codePointSlice(const QString &text, const CodePoints &cp, qsizetype from, qsizetype to)
{
    const qsizetype a = cp.utf16(std::max<qsizetype>(from, 0));
    const qsizetype b = std::min(cp.utf16(std::max(to, from)), text.size());
    return a >= b ? QString() : text.mid(a, b - a);
}

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("TextualBody")},
        {QStringLiteral("value"), value},
        {QStringLiteral("format"), QStringLiteral("text/plain")},
        {QStringLiteral("purpose"), purpose},
    };
}

} // namespace

/**
 * One W3C Web Annotation (https://www.w3.org/TR/annotation-model/) per annotation, in one
 * AnnotationCollection whose first page holds them all. Target: the article as a file URL under the
 * corpus root, with a TextQuoteSelector (exact, and 32 code points of prefix and suffix) and a
 * TextPositionSelector (code points, half-open, into the article's cleaned text as the JSON export
 * has it; left out for an orphan, whose offsets belong to an older text). Bodies: each tag with
 * purpose `tagging`, the note with `commenting`, a claim's verdict with `assessing`. Ids are
 * name-based UUIDs (version 5) of the corpus root, the article path and the annotation id, so they
 * are the same in every export of the same annotation.
 */
bool writeJsonLdExport(ExportSource &source, QIODevice *out)
{
    const QUuid space = QUuid::createUuidV5(QUuid(), QStringLiteral("dossier:") + source.corpusRoot());
    const QJsonObject head{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), space.toString(QUuid::WithoutBraces).prepend(QLatin1String("urn:uuid:"))},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QCoreApplication::translate("Dossier", "Dossier annotations of %1").arg(source.corpusRoot())},
        {QStringLiteral("generated"), source.exportTime().toUTC().toString(Qt::ISODate)},
    };
    // The head's fields, then the page's items streamed one at a time; the count comes last.
    QByteArray headJson = QJsonDocument(head).toJson(QJsonDocument::Compact);
    headJson.chop(1);
    out->write(headJson);
    out->write(",\"first\":{\"type\":\"AnnotationPage\",\"items\":[");
    bool first = true;
    const QString root = source.corpusRoot();
    const bool ok = source.forEachArticle([&](const QJsonObject &article, const ExportLinks &) {
        const QString path = article.value(QLatin1String("path")).toString();
        const QString text = article.value(QLatin1String("text")).toString();
        const CodePoints cp(text);
        const QString iri = root.isEmpty() ? path : QUrl::fromLocalFile(root + QLatin1Char('/') + path).toString(QUrl::FullyEncoded);
        for (const QJsonValue &v : article.value(QLatin1String("annotations")).toArray()) {
            const QJsonObject a = v.toObject();
            QJsonArray bodies;
            for (const QString &tag : source.tagPaths(a))
                bodies.append(textualBody(tag, QStringLiteral("tagging")));
            const QString note = a.value(QLatin1String("note")).toString();
            if (!note.isEmpty())
                bodies.append(textualBody(note, QStringLiteral("commenting")));
            const QJsonValue claim = a.value(QLatin1String("claim"));
            if (claim.isObject())
                bodies.append(textualBody(claim.toObject().value(QLatin1String("status")).toString(), QStringLiteral("assessing")));
            QJsonObject quote{
                {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                {QStringLiteral("exact"), a.value(QLatin1String("text")).toString()},
            };
            QJsonArray selectors;
            const QJsonValue start = a.value(QLatin1String("start")), end = a.value(QLatin1String("end"));
            if (!start.isNull() && !end.isNull()) {
                const qsizetype s = start.toInteger(), e = end.toInteger();
                quote.insert(QStringLiteral("prefix"), codePointSlice(text, cp, s - quoteContext, s));
                quote.insert(QStringLiteral("suffix"), codePointSlice(text, cp, e, e + quoteContext));
                selectors.append(quote);
                selectors.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                    {QStringLiteral("start"), s},
                    {QStringLiteral("end"), e},
                });
            } else {
                selectors.append(quote);
            }
            const qint64 id = a.value(QLatin1String("id")).toInteger();
            QJsonObject o{
                {QStringLiteral("id"), QUuid::createUuidV5(space, path + QLatin1Char('#') + QString::number(id))
                                           .toString(QUuid::WithoutBraces)
                                           .prepend(QLatin1String("urn:uuid:"))},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
                {QStringLiteral("motivation"), claim.isObject() ? QStringLiteral("assessing") : QStringLiteral("tagging")},
                {QStringLiteral("body"), bodies},
                {QStringLiteral("target"), QJsonObject{
                                               {QStringLiteral("source"), iri},
                                               {QStringLiteral("selector"), selectors},
                                           }},
            };
            const QString author = a.value(QLatin1String("author")).toString();
            if (!author.isEmpty())
                o.insert(QStringLiteral("creator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), author}});
            for (const char *time : {"created", "modified"}) {
                const QJsonValue t = a.value(QLatin1String(time));
                if (t.isString())
                    o.insert(QLatin1String(time), t);
            }
            if (!first)
                out->write(",");
            first = false;
            if (out->write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0) {
                source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString()));
                return false;
            }
        }
        return true;
    });
    if (!ok)
        return false;
    const QByteArray tail = "]},\"total\":" + QByteArray::number(source.exportedAnnotations()) + "}\n";
    if (out->write(tail) < 0) {
        source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString()));
        return false;
    }
    return true;
}

} // namespace Dossier
