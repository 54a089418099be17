// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Dossier {

namespace {

std::atomic<int> s_connectionCounter{0};

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/dossier/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

// Splits a migration script into statements. Triggers contain ';' inside BEGIN … END, so a
// statement ends at ';' only outside such a block.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || line.isEmpty())
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger) {
            if (line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0) {
                statements << current.trimmed();
                current.clear();
                inTrigger = false;
            }
        } else if (line.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// The first read failed: a damaged database is not "not a database".
QString describeUnreadable(const QString &path, const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // the primary result code
    if (code == 11) // SQLITE_CORRUPT
        return QCoreApplication::translate("Dossier", "The database %1 is damaged: %2").arg(path, error.databaseText());
    return QCoreApplication::translate("Dossier", "%1 is not a Dossier database: %2").arg(path, error.text());
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Access access)
{
    return access == Access::ReadOnly ? openReadOnly(path) : open(path);
}

bool Database::openReadOnly(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_access = Access::ReadOnly;
    m_connectionName = QStringLiteral("dossier-%1").arg(++s_connectionCounter);
    if (!QFileInfo::exists(path)) {
        m_error = QCoreApplication::translate("Dossier", "The database %1 does not exist.").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("Dossier", "Cannot open the database %1 read-only: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        m_error = describeUnreadable(path, q.lastError());
        return false;
    }
    // Read-only, nothing may be migrated: the stores of this build need the latest schema.
    const int current = version();
    if (current <= 0) {
        m_error = QCoreApplication::translate("Dossier", "%1 is not a Dossier database; nothing was changed.").arg(path);
        return false;
    }
    if (current < latestVersion()) {
        m_error = QCoreApplication::translate("Dossier",
                                              "The database %1 has schema %2, older than this Dossier's %3, and it cannot be "
                                              "upgraded while it is open read-only. Close the other Dossier and open it again.")
                      .arg(path)
                      .arg(current)
                      .arg(latestVersion());
        return false;
    }
    if (current > latestVersion()) {
        m_error = QCoreApplication::translate("Dossier",
                                              "The database %1 was made by a newer Dossier (schema %2; this one knows %3).")
                      .arg(path)
                      .arg(current)
                      .arg(latestVersion());
        return false;
    }
    // foreign_keys and temp_store only change this connection; journal_mode stays what the writer set.
    for (const QString &p : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (!q.exec(p)) {
            m_error = QCoreApplication::translate("Dossier", "Cannot configure the database %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_error.clear();
    m_access = Access::ReadWrite;
    m_connectionName = QStringLiteral("dossier-%1").arg(++s_connectionCounter);

    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = QCoreApplication::translate("Dossier", "Cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("Dossier", "Cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }

    QSqlQuery q(db);
    // A file that is not a database at all fails here, on the first real read; a database that
    // some other program made has tables but no Dossier schema version. Neither is touched.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        m_error = describeUnreadable(path, q.lastError());
        return false;
    }
    if (q.value(0).toInt() > 0 && version() == 0) {
        m_error = QCoreApplication::translate("Dossier", "%1 is not a Dossier database (it holds other tables); nothing was changed.").arg(path);
        return false;
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            m_error = QCoreApplication::translate("Dossier", "Cannot configure the database %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }

    const int current = version();
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    if (current > latestVersion()) {
        m_error = QCoreApplication::translate("Dossier",
                                              "The database %1 was made by a newer Dossier (schema %2; this one knows %3).")
                      .arg(path)
                      .arg(current)
                      .arg(latestVersion());
        return false;
    }
    return current >= target || migrateTo(target);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::version() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::latestVersion()
{
    return int(migrationFiles().size());
}

bool Database::migrateTo(int targetVersion)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    const QStringList files = migrationFiles();
    for (int v = version() + 1; v <= targetVersion && v <= files.size(); ++v) {
        QFile file(files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QCoreApplication::translate("Dossier", "Missing migration %1").arg(file.fileName());
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        // IMMEDIATE takes the write lock first (waiting out the busy timeout), so two processes
        // opening one new database migrate one after the other; the version is read again inside.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_error = QCoreApplication::translate("Dossier", "Cannot migrate %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
        if (version() >= v) {
            q.exec(QStringLiteral("COMMIT"));
            continue; // another process did this step meanwhile
        }
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                m_error = QCoreApplication::translate("Dossier", "Migration to schema %1 failed: %2 (in: %3)")
                              .arg(v)
                              .arg(q.lastError().text(), statement.left(80));
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        // PRAGMA takes no bound values; v is an int we control.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)) || !q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCDebug(lcModel) << "migrated" << m_path << "to schema" << v;
    }
    return true;
}

} // namespace Dossier
