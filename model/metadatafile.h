// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Dossier {

/** One row of a corpus's optional `metadata.csv` (path,outlet,url,date,title). Empty cells leave
    the value found in the article itself. */
struct MetadataOverride
{
    QString outlet;
    QString url;
    QDate published;
    QString title;
};

/** Reads `metadata.csv`: RFC 4180 CSV (quoted cells, "" escapes, CRLF or LF), a header row naming
    the columns in any order; `path` is required, the others optional. */
class MetadataFile final
{
public:
    static QHash<QString, MetadataOverride> parse(const QString &csv, QStringList *problems);
    static QList<QStringList> parseCsv(const QString &csv);
};

} // namespace Dossier
