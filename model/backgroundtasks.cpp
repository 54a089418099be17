// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtasks.h"

#include "database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

namespace {


/** Progress for the future; the range set when the total is first known or changes. */
template<typename Result>
std::function<void(int, int)> progressSink(QPromise<Result> &promise)
{
    return [&promise, range = -1](int done, int total) mutable {
        if (total != range) {
            range = total;
            promise.setProgressRange(0, total);
        }
        promise.setProgressValue(done);
    };
}

} // namespace

QFuture<ExportResult> startExport(const ExportRequest &request, const CancelFlag &cancel)
{
    return QtConcurrent::run([request, cancel](QPromise<ExportResult> &promise) {
        ExportResult result;
        Database db; // this worker's own connection
        if (!db.open(request.databasePath, Database::Access::ReadOnly)) {
            result.error = db.errorString();
            promise.addResult(result);
            return;
        }
        Exporter exporter(db.connection(), request.format);
        exporter.setFilter(request.filter);
        exporter.setCancelFlag(cancel.get());
        exporter.setProgressSink(progressSink(promise));
        if (request.exportTime.isValid())
            exporter.setExportTime(request.exportTime);
        result.ok = exporter.writeFile(request.outputPath);
        result.cancelled = !result.ok && cancel->load();
        result.error = exporter.errorString();
        result.articles = exporter.exportedArticles();
        result.annotations = exporter.exportedAnnotations();
        promise.addResult(result);
    });
}

QFuture<AnnotationImportResult> startAnnotationImport(const QString &databasePath, const QString &file, const CancelFlag &cancel)
{
    return QtConcurrent::run([databasePath, file, cancel](QPromise<AnnotationImportResult> &promise) {
        AnnotationImportResult result;
        Database db;
        if (!db.open(databasePath)) {
            result.error = db.errorString();
            promise.addResult(result);
            return;
        }
        AnnotationImporter importer(db.connection());
        importer.setCancelFlag(cancel.get());
        importer.setProgressSink(progressSink(promise));
        result.ok = importer.importFile(file);
        result.cancelled = !result.ok && cancel->load();
        result.error = importer.errorString();
        result.summary = importer.summary();
        promise.addResult(result);
    });
}

} // namespace Dossier
