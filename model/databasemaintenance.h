// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Dossier {

/** What `PRAGMA quick_check` found. */
struct IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::IntegrityReport)

public:
    bool ok = false;        ///< quick_check answered "ok"
    bool cancelled = false; ///< stopped by the cancel flag: neither ok nor damaged
    QStringList problems;   ///< quick_check's findings, or why it could not run (first 20)
    /** One line for the user: the database, the first problem and how many more. */
    QString summary(const QString &databasePath) const;
};

/**
 * Keeps a corpus database safe on disk: the integrity check and the rotating backups the GUI runs on
 * a worker thread after it opens a corpus. Every call opens its own connection (read-only), so it may
 * run on any thread while other connections read and write.
 *
 * Backups use SQLite's online backup API (sqlite3_backup_*) in steps of `pagesPerStep()` pages, inside
 * one read snapshot: in WAL mode writers are never blocked and the copy is of one committed state.
 * They are written to `<name>.partial` and renamed when complete, so a backup killed halfway never
 * passes for the newest. Names: `<database folder>/backups/<database base name>-YYYYMMDD-HHMMSS.sqlite`
 * (UTC, so they sort in the order made across clock changes).
 */
class DatabaseMaintenance final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::DatabaseMaintenance)

public:
    explicit DatabaseMaintenance(const QString &databasePath);
    Q_DISABLE_COPY_MOVE(DatabaseMaintenance)

    static constexpr int defaultKeep = 5;
    static constexpr qint64 defaultBackupInterval = 3600; // seconds

    /** The integrity check and the backup stop (and say so) once `*cancel` is set. */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setPagesPerStep(int pages) { m_pagesPerStep = qMax(1, pages); }
    int pagesPerStep() const { return m_pagesPerStep; }
    /** How many backups rotate() keeps. */
    void setKeep(int keep) { m_keep = qMax(1, keep); }
    int keep() const { return m_keep; }

    QString databasePath() const { return m_databasePath; }
    QString errorString() const { return m_error; }

    /** `PRAGMA quick_check` on the database (O(size), seconds on a large corpus: not on the GUI thread). */
    IntegrityReport checkIntegrity() const;

    /** Copies the database into `target` (replaced if it exists) with the backup API. */
    bool backupTo(const QString &target);
    /** A new backup in backupFolder() named after `when`, then rotate(). Returns its path, or empty
        with errorString() set. */
    QString makeBackup(const QDateTime &when = QDateTime::currentDateTimeUtc());
    /** Deletes all but the newest keep() backups (and leftover partial ones); returns the deleted. */
    QStringList rotate();
    /** No backup yet, or the newest is `intervalSeconds` older than `now` (or from the future). */
    bool isBackupDue(const QDateTime &now = QDateTime::currentDateTimeUtc(), qint64 intervalSeconds = defaultBackupInterval) const;

    QString backupFolder() const;
    /** The backups of this database, newest first. */
    QStringList backups() const;
    QString newestBackup() const;

    struct BackupResult
    {
        QString path;  ///< the backup made, if one was
        QString error; ///< why a due backup failed
    };
    /** A backup (makeBackup()) if one is due at `now`, else nothing. The caller checks the
        integrity first: a damaged database must not push the good backups out. */
    BackupResult backUpIfDue(const QDateTime &now = QDateTime::currentDateTimeUtc(), qint64 intervalSeconds = defaultBackupInterval);

private:
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    static QDateTime timeOf(const QString &backupName);

    QString m_databasePath;
    QString m_error;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_pagesPerStep = 256; // 1 MB at SQLite's default 4 KB pages
    int m_keep = defaultKeep;
};

} // namespace Dossier
