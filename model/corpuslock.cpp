// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuslock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace Dossier {

CorpusLock::CorpusLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lock(std::make_unique<QLockFile>(lockPath(databasePath)))
{
    // Held for the whole session, however long: only a dead holder (checked by pid, host and
    // application name) makes the lock stale, never its age.
    m_lock->setStaleLockTime(0);
}

CorpusLock::~CorpusLock() = default; // QLockFile unlocks in its destructor

QString CorpusLock::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QString CorpusLock::describe(const Holder &holder)
{
    const QString app = holder.application.isEmpty() ? QStringLiteral("?") : holder.application;
    const QString host = holder.host.isEmpty() ? QStringLiteral("?") : holder.host;
    return QCoreApplication::translate("Dossier", "process %1 (%2 on %3)").arg(holder.pid).arg(app, host);
}

bool CorpusLock::tryLock()
{
    m_error.clear();
    m_heldByOther = false;
    m_holder = {};
    if (m_lock->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (m_lock->tryLock(0)) // removes a stale lock of a dead process first
        return true;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_heldByOther = true;
        m_lock->getLockInfo(&m_holder.pid, &m_holder.host, &m_holder.application);
        m_error = QCoreApplication::translate("Dossier", "The corpus database %1 is open in another Dossier, %2.")
                      .arg(QDir::toNativeSeparators(m_databasePath), describe(m_holder));
        break;
    case QLockFile::PermissionError:
        m_error = QCoreApplication::translate("Dossier", "Cannot create the lock file %1 (permission denied).")
                      .arg(QDir::toNativeSeparators(lockPath(m_databasePath)));
        break;
    default:
        m_error = QCoreApplication::translate("Dossier", "Cannot create the lock file %1.").arg(QDir::toNativeSeparators(lockPath(m_databasePath)));
        break;
    }
    return false;
}

void CorpusLock::unlock()
{
    m_lock->unlock();
}

bool CorpusLock::isLocked() const
{
    return m_lock->isLocked();
}

std::optional<CorpusLock::Holder> CorpusLock::otherHolder(const QString &databasePath)
{
    if (!QFileInfo::exists(lockPath(databasePath)))
        return std::nullopt;
    CorpusLock probe(databasePath);
    if (probe.tryLock())
        return std::nullopt; // stale, or free: released again when probe goes
    if (probe.isHeldByOther())
        return probe.holder();
    return std::nullopt; // cannot even write the lock file: the command's own writes will say why
}

} // namespace Dossier
