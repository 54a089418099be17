// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasemaintenance.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

namespace Dossier {

namespace {

std::atomic<int> s_counter{0};

// A connection of its own for one maintenance call, removed again when it goes.
class ScopedConnection
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::ScopedConnection)

public:
    explicit ScopedConnection(const QString &path)
        : m_name(QStringLiteral("dossier-maintenance-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(path))
            m_error = tr("The database %1 does not exist.").arg(path);
        else if (!db.open())
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

    sqlite3 *handle() const
    {
        const QVariant v = db().driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            return *static_cast<sqlite3 *const *>(v.constData());
        return nullptr;
    }

private:
    QString m_name;
    QString m_error;
};

int interruptWhenCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

const QLatin1String partialSuffix(".partial");

} // namespace

QString IntegrityReport::summary(const QString &databasePath) const
{
    if (ok)
        return tr("The database %1 passed its integrity check.").arg(databasePath);
    if (cancelled)
        return tr("The integrity check of %1 was cancelled.").arg(databasePath);
    QString first = problems.value(0);
    if (problems.size() > 1)
        first += QLatin1Char(' ') + tr("(and %1 more problems)").arg(problems.size() - 1);
    return tr("The database %1 is damaged: %2").arg(databasePath, first);
}

DatabaseMaintenance::DatabaseMaintenance(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

IntegrityReport DatabaseMaintenance::checkIntegrity() const
{
    IntegrityReport report;
    ScopedConnection connection(m_databasePath);
    if (!connection.error().isEmpty()) {
        report.problems << connection.error();
        return report;
    }
    sqlite3 *handle = connection.handle();
    // quick_check reads every page: on a large corpus it runs for seconds, so it must stop when asked.
    if (handle && m_cancel)
        sqlite3_progress_handler(handle, 10000, interruptWhenCancelled, const_cast<std::atomic<bool> *>(m_cancel));
    QSqlQuery q(connection.db());
    // At most 20 findings: one is enough to know, the first few to tell.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
        if (isCancelled())
            report.cancelled = true;
        else
            report.problems << q.lastError().text();
    } else {
        // One finding a row, or (SQLite 3.4x) all in one row, a line each, under a "*** in database
        // main ***" heading.
        while (q.next()) {
            const QStringList lines = q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (!line.startsWith(QLatin1String("***")) && report.problems.size() < 20)
                    report.problems << line;
            }
        }
        if (isCancelled()) {
            report.cancelled = true;
            report.problems.clear();
        } else if (!q.lastError().isValid() && report.problems == QStringList{QStringLiteral("ok")}) {
            report.ok = true;
            report.problems.clear();
        } else if (q.lastError().isValid()) {
            report.problems << q.lastError().text();
        }
    }
    q.finish();
    if (handle && m_cancel)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!report.ok && !report.cancelled)
        qCWarning(lcModel) << "integrity check failed:" << m_databasePath << report.problems;
    return report;
}

bool DatabaseMaintenance::backupTo(const QString &target)
{
    m_error.clear();
    ScopedConnection source(m_databasePath);
    if (!source.error().isEmpty()) {
        m_error = tr("Cannot back up %1: %2").arg(m_databasePath, source.error());
        return false;
    }
    sqlite3 *src = source.handle();
    if (!src) {
        m_error = tr("Cannot back up %1: the SQLite driver gives no handle.").arg(m_databasePath);
        return false;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString partial = target + partialSuffix;
    QFile::remove(partial);

    sqlite3 *dst = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        m_error = tr("Cannot create the backup %1: %2").arg(partial, QString::fromUtf8(sqlite3_errmsg(dst)));
        sqlite3_close(dst);
        return false;
    }
    auto fail = [&](const QString &reason) {
        m_error = tr("The backup of %1 to %2 failed: %3").arg(m_databasePath, target, reason);
        sqlite3_close(dst);
        QFile::remove(partial);
        return false;
    };

    // One read snapshot for the whole copy. In WAL mode a reader blocks no writer, and the backup
    // reads that snapshot step after step instead of restarting whenever another connection commits
    // (with a busy writer, such as an import, it would otherwise never finish).
    QSqlDatabase db = source.db();
    if (!db.transaction())
        return fail(db.lastError().text());
    {
        QSqlQuery start(db);
        if (!start.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !start.next()) {
            db.rollback();
            return fail(start.lastError().text());
        }
    }

    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup) {
        db.rollback();
        return fail(QString::fromUtf8(sqlite3_errmsg(dst)));
    }
    int rc = SQLITE_OK;
    while (true) {
        if (isCancelled()) {
            sqlite3_backup_finish(backup);
            db.rollback();
            return fail(tr("cancelled"));
        }
        rc = sqlite3_backup_step(backup, m_pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            QThread::msleep(rc == SQLITE_OK ? 1 : 20); // let other work in between steps
            continue;
        }
        break; // an error: finish reports it
    }
    rc = sqlite3_backup_finish(backup);
    db.rollback(); // ends the read snapshot
    if (rc != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    // A backup is one self-contained file, whatever journal the corpus uses.
    char *message = nullptr;
    if (sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message);
        sqlite3_free(message);
        return fail(reason);
    }
    if (sqlite3_close(dst) != SQLITE_OK) {
        dst = nullptr;
        QFile::remove(partial);
        m_error = tr("Cannot close the backup %1.").arg(partial);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        m_error = tr("Cannot rename the backup %1 to %2.").arg(partial, target);
        return false;
    }
    return true;
}

QString DatabaseMaintenance::backupFolder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QDateTime DatabaseMaintenance::timeOf(const QString &backupName)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})\\.sqlite$"));
    const QRegularExpressionMatch m = stamp.match(backupName);
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

QStringList DatabaseMaintenance::backups() const
{
    const QString base = QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName());
    const QRegularExpression name(QStringLiteral("^%1-\\d{8}-\\d{6}\\.sqlite$").arg(base));
    QDir dir(backupFolder());
    QStringList found;
    // The stamp is fixed-width, so the names sort by time.
    const QStringList entries = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &entry : entries) {
        if (name.match(entry).hasMatch())
            found << dir.filePath(entry);
    }
    return found;
}

QString DatabaseMaintenance::newestBackup() const
{
    return backups().value(0);
}

bool DatabaseMaintenance::isBackupDue(const QDateTime &now, qint64 intervalSeconds) const
{
    const QString newest = newestBackup();
    if (newest.isEmpty())
        return true;
    const QDateTime made = timeOf(newest);
    return !made.isValid() || made > now || made.secsTo(now) >= intervalSeconds;
}

QString DatabaseMaintenance::makeBackup(const QDateTime &when)
{
    m_error.clear();
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    QDateTime stamp = when.toUTC();
    QString target;
    // Never replace a backup: a second one within the same second takes the next free second.
    do {
        target = QDir(backupFolder()).filePath(QStringLiteral("%1-%2.sqlite").arg(base, stamp.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        stamp = stamp.addSecs(1);
    } while (QFileInfo::exists(target));
    if (!backupTo(target))
        return {};
    qCInfo(lcModel) << "backed up" << m_databasePath << "to" << target;
    rotate();
    return target;
}

QStringList DatabaseMaintenance::rotate()
{
    QStringList removed;
    const QStringList all = backups();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            removed << all.at(i);
    }
    // A backup killed halfway leaves its partial file: never the newest, only in the way.
    QDir dir(backupFolder());
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QStringList partials = dir.entryList({base + QStringLiteral("-*.sqlite") + partialSuffix}, QDir::Files);
    for (const QString &p : partials) {
        if (QFile::remove(dir.filePath(p)))
            removed << dir.filePath(p);
    }
    return removed;
}

DatabaseMaintenance::BackupResult DatabaseMaintenance::backUpIfDue(const QDateTime &now, qint64 intervalSeconds)
{
    BackupResult result;
    if (!isBackupDue(now, intervalSeconds))
        return result;
    result.path = makeBackup(now);
    if (result.path.isEmpty())
        result.error = m_error;
    return result;
}

} // namespace Dossier
