// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Dossier {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

bool writeJsonExport(ExportSource &source, QIODevice *out)
{
    // Header fields, then the article array streamed one object at a time.
    out->write("{\"format\":\"dossier-export\",\"version\":1,\"corpus\":");
    out->write(compact(source.corpus()));
    out->write(",\"codebook\":");
    out->write(compact(source.codebook()));
    out->write(",\"entities\":");
    out->write(compact(source.entities()));
    out->write(",\"articles\":[");
    bool first = true;
    const bool ok = source.forEachArticle([&](const QJsonObject &article, const ExportLinks &) {
        if (!first)
            out->write(",");
        first = false;
        if (out->write(compact(article)) < 0) {
            source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString()));
            return false;
        }
        return true;
    });
    if (!ok)
        return false;
    out->write("],\"stories\":");
    out->write(compact(source.stories()));
    out->write(",\"quote_clusters\":");
    out->write(compact(source.quoteClusters()));
    if (out->write("}\n") < 0) {
        source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString()));
        return false;
    }
    return true;
}

} // namespace Dossier
