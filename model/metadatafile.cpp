// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafile.h"

#include "articleparser.h"

#include <QCoreApplication>

namespace Dossier {

QList<QStringList> MetadataFile::parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    const qsizetype n = csv.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && csv.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            rowHasContent = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && csv.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (rowHasContent || !cell.isEmpty()) {
                row << cell;
                rows << row;
            }
            row.clear();
            cell.clear();
            rowHasContent = false;
        } else {
            cell += c;
            rowHasContent = true;
        }
    }
    if (rowHasContent || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QHash<QString, MetadataOverride> MetadataFile::parse(const QString &csv, QStringList *problems)
{
    QHash<QString, MetadataOverride> result;
    QList<QStringList> rows = parseCsv(csv);
    if (rows.isEmpty())
        return result;
    QStringList header = rows.takeFirst();
    for (QString &h : header)
        h = h.trimmed().toLower();
    const qsizetype pathCol = header.indexOf(QStringLiteral("path"));
    if (pathCol < 0) {
        if (problems)
            *problems << QCoreApplication::translate("Dossier", "metadata.csv has no \"path\" column; it was ignored");
        return result;
    }
    const qsizetype outletCol = header.indexOf(QStringLiteral("outlet"));
    const qsizetype urlCol = header.indexOf(QStringLiteral("url"));
    const qsizetype dateCol = header.indexOf(QStringLiteral("date"));
    const qsizetype titleCol = header.indexOf(QStringLiteral("title"));
    const auto cellAt = [](const QStringList &row, qsizetype col) { return col >= 0 && col < row.size() ? row.at(col).trimmed() : QString(); };

    int line = 1;
    for (const QStringList &row : std::as_const(rows)) {
        ++line;
        QString path = cellAt(row, pathCol);
        path.replace(QLatin1Char('\\'), QLatin1Char('/'));
        while (path.startsWith(QLatin1String("./")))
            path.remove(0, 2);
        if (path.isEmpty()) {
            if (problems)
                *problems << QCoreApplication::translate("Dossier", "metadata.csv line %1: no path; row ignored").arg(line);
            continue;
        }
        MetadataOverride o;
        o.outlet = cellAt(row, outletCol);
        o.url = cellAt(row, urlCol);
        o.title = cellAt(row, titleCol);
        const QString date = cellAt(row, dateCol);
        if (!date.isEmpty()) {
            o.published = QDate::fromString(date, Qt::ISODate);
            if (!o.published.isValid())
                o.published = ArticleParser::parseDate(date);
            if (!o.published.isValid() && problems)
                *problems << QCoreApplication::translate("Dossier", "metadata.csv line %1: cannot read the date “%2”").arg(line).arg(date);
        }
        result.insert(path, o);
    }
    return result;
}

} // namespace Dossier
