// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Dossier {

/** Which articles an export covers. Empty lists and invalid dates select everything. */
struct ExportFilter
{
    QStringList outlets;
    QStringList tags;
    QDate from;
    QDate to;
};

/**
 * Writes the JSON export, version 1 (see ARCHITECTURE.md). Streams article by article, so a
 * 100,000-article corpus is never held in memory whole. Offsets are Unicode code points.
 */
class JsonExporter final
{
public:
    static constexpr int formatVersion = 1;

    explicit JsonExporter(const QSqlDatabase &db);

    void setFilter(const ExportFilter &filter) { m_filter = filter; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressSink(std::function<void(int done)> sink) { m_progress = std::move(sink); }

    bool write(QIODevice *out);
    bool writeFile(const QString &path);
    QString errorString() const { return m_error; }
    int exportedArticles() const { return m_exported; }

    /** Length of `s` in Unicode code points (what export offsets count). */
    static qsizetype codePointLength(QStringView s);

private:
    QSqlDatabase m_db;
    ExportFilter m_filter;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int)> m_progress;
    QString m_error;
    int m_exported = 0;
};

} // namespace Dossier
