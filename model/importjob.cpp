// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

ImportJob::ImportJob(const QString &root, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_databasePath(databasePath)
{
    qRegisterMetaType<Dossier::ImportIssue>();
    qRegisterMetaType<Dossier::ImportSummary>();
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    m_cancel = false;
    // The import runs on its own thread, not the pool: it waits on the pool for its batches.
    QThreadPool *pool = new QThreadPool(this);
    pool->setMaxThreadCount(1);
    m_watcher.setFuture(QtConcurrent::run(pool, [this] {
        Importer importer(m_root, m_databasePath);
        importer.setCancelFlag(&m_cancel);
        QElapsedTimer throttle;
        throttle.start();
        importer.setProgressSink([this, &throttle](const Importer::Progress &p) {
            if (p.done == p.total || throttle.elapsed() >= 100) {
                throttle.restart();
                Q_EMIT progress(p.done, p.total, p.path);
            }
        });
        importer.setIssueSink([this](const ImportIssue &issue) { Q_EMIT issueFound(issue); });
        return importer.run();
    }));
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace Dossier
