// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsource.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Dossier {

/** The export formats of ARCHITECTURE.md's `dossier export --format`. */
enum class ExportFormat { Html, Pdf, Csv, Json, Qdpx, JsonLd };

QString exportFormatName(ExportFormat format);  ///< "html", "pdf", "csv", "json", "qdpx", "jsonld"
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatSuffix(ExportFormat format); ///< the file name suffix, without the dot
QString exportFormatLabel(ExportFormat format);  ///< translated, for the export dialog
QList<ExportFormat> exportFormats();

/**
 * Writes one export of the corpus: an ExportSource (filters, code-point offsets, the analyst's
 * data) read once and written in `format`. Runs on any thread with its own connection; the window
 * runs it on a worker (ExportJob) with progress and cancel. Output is deterministic: the same
 * corpus gives the same bytes apart from the export time (setExportTime() fixes that too), except
 * the PDF's creation and modification dates, which QPdfWriter takes from the clock (Qt 6.8 has no
 * setter for them).
 */
class Exporter
{
public:
    Exporter(const QSqlDatabase &db, ExportFormat format);
    virtual ~Exporter();
    Q_DISABLE_COPY_MOVE(Exporter)

    ExportFormat format() const { return m_format; }
    void setFilter(const ExportFilter &filter) { m_source.setFilter(filter); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_source.setCancelFlag(cancel); }
    void setProgressSink(std::function<void(int done, int total)> sink) { m_source.setProgressSink(std::move(sink)); }
    void setExportTime(const QDateTime &time) { m_source.setExportTime(time); }

    /** Writes to `out` (for a zip, `out` must be seekable). */
    bool write(QIODevice *out);
    /** Writes to `path` through QSaveFile: a failed or cancelled export leaves no partial file and
     *  keeps whatever was there before. */
    bool writeFile(const QString &path);

    QString errorString() const { return m_error; }
    int exportedArticles() const { return m_source.exportedArticles(); }
    int exportedAnnotations() const { return m_source.exportedAnnotations(); }

private:
    ExportSource m_source;
    ExportFormat m_format;
    QString m_error;
};

// The formats, each over an opened ExportSource; false with source.errorString() set.
bool writeJsonExport(ExportSource &source, QIODevice *out);
bool writeCsvExport(ExportSource &source, QIODevice *out);
bool writeJsonLdExport(ExportSource &source, QIODevice *out);
bool writeHtmlReport(ExportSource &source, QIODevice *out);
bool writePdfReport(ExportSource &source, QIODevice *out);
bool writeQdpxExport(ExportSource &source, QIODevice *out);

} // namespace Dossier
