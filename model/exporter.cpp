// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

namespace Dossier {

QList<ExportFormat> exportFormats()
{
    return {ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Json, ExportFormat::Qdpx, ExportFormat::JsonLd};
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Qdpx:
        return QStringLiteral("qdpx");
    case ExportFormat::JsonLd:
        return QStringLiteral("jsonld");
    }
    return QString();
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat f : exportFormats()) {
        if (exportFormatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    return exportFormatName(format);
}

QString exportFormatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
        return QCoreApplication::translate("Dossier", "HTML report");
    case ExportFormat::Pdf:
        return QCoreApplication::translate("Dossier", "PDF report");
    case ExportFormat::Csv:
        return QCoreApplication::translate("Dossier", "CSV table of annotations");
    case ExportFormat::Json:
        return QCoreApplication::translate("Dossier", "Dossier JSON (for another analyst)");
    case ExportFormat::Qdpx:
        return QCoreApplication::translate("Dossier", "REFI-QDA project (QualCoder, NVivo, MAXQDA, ATLAS.ti)");
    case ExportFormat::JsonLd:
        return QCoreApplication::translate("Dossier", "W3C Web Annotation (JSON-LD)");
    }
    return QString();
}

Exporter::Exporter(const QSqlDatabase &db, ExportFormat format)
    : m_source(db)
    , m_format(format)
{
}

Exporter::~Exporter() = default;

bool Exporter::write(QIODevice *out)
{
    m_error.clear();
    QElapsedTimer timer;
    timer.start();
    m_source.setWithLinks(m_format == ExportFormat::Html || m_format == ExportFormat::Pdf);
    m_source.setWorkOnly(m_format != ExportFormat::Json && m_format != ExportFormat::Qdpx);
    m_source.setWithMentions(m_format == ExportFormat::Json || m_format == ExportFormat::Html || m_format == ExportFormat::Pdf);
    m_source.setWithDuplicates(m_format == ExportFormat::Json);
    m_source.setWithStory(m_format == ExportFormat::Html || m_format == ExportFormat::Pdf);
    bool ok = m_source.open();
    if (ok) {
        switch (m_format) {
        case ExportFormat::Html:
            ok = writeHtmlReport(m_source, out);
            break;
        case ExportFormat::Pdf:
            ok = writePdfReport(m_source, out);
            break;
        case ExportFormat::Csv:
            ok = writeCsvExport(m_source, out);
            break;
        case ExportFormat::Json:
            ok = writeJsonExport(m_source, out);
            break;
        case ExportFormat::Qdpx:
            ok = writeQdpxExport(m_source, out);
            break;
        case ExportFormat::JsonLd:
            ok = writeJsonLdExport(m_source, out);
            break;
        }
    }
    if (!ok) {
        m_error = m_source.errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Dossier", "The export failed for an unknown reason.");
        return false;
    }
    qCDebug(lcModel) << "export:" << exportFormatName(m_format) << m_source.exportedArticles() << "articles,"
                     << m_source.exportedAnnotations() << "annotations in" << timer.elapsed() << "ms";
    return true;
}

bool Exporter::writeFile(const QString &path)
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

} // namespace Dossier
