// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace Dossier {

/**
 * Runs an Importer on a worker thread and reports back on the thread that owns the job.
 * Progress is throttled to ten signals a second so a fast import cannot flood the event loop.
 */
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    ImportJob(const QString &root, const QString &databasePath, QObject *parent = nullptr);
    ~ImportJob() override;
    Q_DISABLE_COPY_MOVE(ImportJob)

    void start();
    void cancel();
    bool isRunning() const;
    QString root() const { return m_root; }
    QString databasePath() const { return m_databasePath; }

Q_SIGNALS:
    void progress(int done, int total, const QString &path);
    /** After the files: articles an older analyser analysed, analysed again. */
    void analysing(int done, int total);
    /** Last: new and changed articles linked to the same stories and quotes elsewhere. */
    void linking(int done, int total);
    void issueFound(const Dossier::ImportIssue &issue);
    void finished(const Dossier::ImportSummary &summary);

private:
    QString m_root;
    QString m_databasePath;
    std::atomic_bool m_cancel{false};
    QFutureWatcher<ImportSummary> m_watcher;
};

} // namespace Dossier
