// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Dossier {

/**
 * One SQLite connection to a corpus database, owned by the thread that opened it.
 *
 * Opening sets WAL, foreign keys and a busy timeout, and runs the forward migrations in
 * `model/migrations/NNN_*.sql` (compiled in) until `PRAGMA user_version` is `latestVersion()`.
 * Each migration runs in one transaction: a migration that fails leaves the previous version.
 * Use one Database per thread; the importer's writer is the only writer while it runs.
 */
class Database final
{
public:
    enum class Access {
        ReadWrite,
        /** QSQLITE_OPEN_READONLY: nothing is created or migrated (another instance has the corpus
            open); a database older than this build is refused with a message that says so. */
        ReadOnly,
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /** Opens (creating if needed) and migrates to `targetVersion` (default: latest).
        `path` may be ":memory:". Returns false with `errorString()` set on failure. */
    bool open(const QString &path, int targetVersion = -1);
    /** Opens for `access`; ReadWrite is open(path). */
    bool open(const QString &path, Access access);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    int version() const;
    /** Runs the migrations from version() + 1 up to `targetVersion`. */
    bool migrateTo(int targetVersion);

    static int latestVersion();

private:
    bool openReadOnly(const QString &path);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Access m_access = Access::ReadWrite;
};

} // namespace Dossier
