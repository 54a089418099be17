// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

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
    // The import's writer runs on a thread of its own (it waits on its workers for each batch);
    // the workers get one core less than the machine has, so the GUI thread is never starved.
    auto *writer = new QThreadPool(this);
    writer->setMaxThreadCount(1);
    auto *workers = new QThreadPool(this);
    workers->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    // The workers read, clean and analyse: the most CPU an import takes. At idle priority (Linux:
    // SCHED_IDLE) they only get a core the GUI thread does not want (bench/guilatency_bench, 100,000
    // articles on 2 cores: stalls over 50 ms went from 39 to 14; with the writer niced as well, 9).
    workers->setThreadPriority(QThread::IdlePriority);
    m_watcher.setFuture(QtConcurrent::run(writer, [this, workers] {
#ifdef Q_OS_LINUX
        // The writer yields too, but only by niceness (it holds the database's write lock, so it
        // must not starve): this thread only, it is the pool's own and ends with the job.
        ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10);
#endif
        Importer importer(m_root, m_databasePath);
        importer.setThreadPool(workers);
        importer.setCancelFlag(&m_cancel);
        QElapsedTimer throttle;
        throttle.start();
        importer.setProgressSink([this, &throttle](const Importer::Progress &p) {
            if (p.done == p.total || throttle.elapsed() >= 100) {
                throttle.restart();
                if (p.phase == Importer::Progress::Phase::Analyse)
                    Q_EMIT analysing(p.done, p.total);
                else if (p.phase == Importer::Progress::Phase::Link)
                    Q_EMIT linking(p.done, p.total);
                else
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
