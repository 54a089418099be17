// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Dossier {

/**
 * Marks a corpus database as open for editing by one instance: a QLockFile `<database>.lock` next to
 * the database, held for as long as the instance has the corpus open.
 *
 * A second instance that finds the lock held by a live process opens the corpus read-only and names
 * the holder (`holderDescription()`). A lock left by a process that died (a crash, kill -9) is stale
 * and taken over. The lock is separate from the importer's `.import-lock`, which guards one import run.
 */
class CorpusLock final
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString application;
    };

    explicit CorpusLock(const QString &databasePath);
    ~CorpusLock(); ///< releases the lock if held
    Q_DISABLE_COPY_MOVE(CorpusLock)

    /** Takes the lock without waiting. False: another live process holds it (`holder()`), or the
        lock file cannot be written (`errorString()`). */
    bool tryLock();
    void unlock();
    bool isLocked() const;
    /** True when tryLock() failed because another process holds the lock. */
    bool isHeldByOther() const { return m_heldByOther; }

    /** Who holds the lock, when tryLock() failed. */
    Holder holder() const { return m_holder; }
    /** "process 1234 (dossier on host)", for messages. */
    QString holderDescription() const { return describe(m_holder); }
    QString errorString() const { return m_error; }

    QString databasePath() const { return m_databasePath; }
    static QString lockPath(const QString &databasePath);
    static QString describe(const Holder &holder);

    /** Another live process has `databasePath` open for editing: who. Does not keep the lock (the
        command line checks before it writes, and the GUI opened later still gets the corpus). */
    static std::optional<Holder> otherHolder(const QString &databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    Holder m_holder;
    QString m_error;
    bool m_heldByOther = false;
};

} // namespace Dossier
