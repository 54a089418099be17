// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationimporter.h"
#include "exporter.h"

#include <QDateTime>
#include <QFuture>
#include <QString>

#include <atomic>
#include <memory>

namespace Dossier {

/** A flag the window sets and the worker reads between steps. */
using CancelFlag = std::shared_ptr<std::atomic_bool>;

/** What the window asks of an export. */
struct ExportRequest
{
    QString databasePath;
    ExportFormat format = ExportFormat::Html;
    ExportFilter filter;
    QString outputPath;
    QDateTime exportTime; ///< invalid: now
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    int articles = 0;
    int annotations = 0;
};

struct AnnotationImportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    AnnotationImporter::Summary summary;
};

/**
 * The window's long writes, each on a worker thread of the global pool with its own connection to
 * the corpus database, so the GUI thread never waits on them. The future reports progress
 * (progressRange, progressValue: articles) and always carries one result; `cancel` is read
 * between articles: a cancelled export leaves no file (and keeps what was there before), a
 * cancelled import writes nothing.
 */
QFuture<ExportResult> startExport(const ExportRequest &request, const CancelFlag &cancel);
QFuture<AnnotationImportResult> startAnnotationImport(const QString &databasePath, const QString &file, const CancelFlag &cancel);

} // namespace Dossier
