// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running an export into memory and reading the JSON export back, as a reader of it would.
#pragma once

#include "exporter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

#include <atomic>

namespace ExportFixture {

/**
 * The export of `db` in `format`, with the filter, a fixed export time (else the clock's) and a
 * cancel flag. Empty on failure, the exporter's error in `error`, or as a warning when `error` is
 * null.
 */
inline QByteArray exportBytes(const QSqlDatabase &db, Dossier::ExportFormat format, const Dossier::ExportFilter &filter = {},
                              const QDateTime &time = QDateTime(), QString *error = nullptr,
                              const std::atomic_bool *cancel = nullptr)
{
    Dossier::Exporter exporter(db, format);
    exporter.setFilter(filter);
    exporter.setExportTime(time);
    exporter.setCancelFlag(cancel);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.write(&buffer)) {
        if (error)
            *error = exporter.errorString();
        else
            qWarning() << exporter.errorString();
        return {};
    }
    return buffer.data();
}

/** The top-level object of a JSON document; a warning when it does not parse. */
inline QJsonObject jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return doc.object();
}

/** The JSON export of `db`, parsed; empty (with a warning) when the export fails. */
inline QJsonObject jsonExport(const QSqlDatabase &db, const Dossier::ExportFilter &filter = {})
{
    return jsonObject(exportBytes(db, Dossier::ExportFormat::Json, filter));
}

/** The article at `path` in a JSON export; empty when there is none. */
inline QJsonObject articleAt(const QJsonObject &root, const QString &path)
{
    for (const QJsonValue &v : root.value(QLatin1String("articles")).toArray()) {
        if (v.toObject().value(QLatin1String("path")).toString() == path)
            return v.toObject();
    }
    return {};
}

/** Code points [start, end) of `text`, as a reader of an export slices it; out of range, a note
 *  that says so (and matches no text). */
inline QString codePointSlice(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end)
        return QStringLiteral("<out of range %1..%2 of %3>").arg(start).arg(end).arg(ucs4.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

/** The text a span (`start`, `end`) of a JSON export's article covers. */
inline QString slice(const QJsonObject &article, const QJsonObject &span)
{
    return codePointSlice(article.value(QLatin1String("text")).toString(), span.value(QLatin1String("start")).toInteger(),
                          span.value(QLatin1String("end")).toInteger());
}

} // namespace ExportFixture
