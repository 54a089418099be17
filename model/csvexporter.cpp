// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV export: one row per annotation, for spreadsheets.
#include "exporter.h"

#include <QCoreApplication>

namespace Dossier {

namespace {

/**
 * One RFC 4180 field. A cell a spreadsheet would run as a formula (starting with =, +, -, @, or a
 * tab or carriage return that some strip before looking) gets a leading apostrophe, which
 * spreadsheets show as text and hide (OWASP's "CSV injection" advice). Fields holding a comma, a
 * quote or a line break are quoted, quotes doubled.
 */
QString field(QString value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString offset(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QString() : QString::number(v.toInteger());
}

bool writeLine(QIODevice *out, const QStringList &fields, ExportSource &source)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &f : fields)
        cells.append(field(f));
    if (out->write((cells.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8()) < 0) {
        source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString()));
        return false;
    }
    return true;
}

} // namespace

/**
 * One row per annotation: article path, outlet, date, tags ("Parent/Child", joined by "; "), start and end (code
 * points, empty for an orphan), the annotated text, the speaker (ExportSource::speakerOf), the
 * claim's verdict (empty when not a claim) and the note. UTF-8 with a byte order mark (spreadsheets
 * take the file for UTF-8 only with one), CRLF line ends, a header row.
 */
bool writeCsvExport(ExportSource &source, QIODevice *out)
{
    out->write("\xEF\xBB\xBF");
    if (!writeLine(out,
                   {QStringLiteral("path"), QStringLiteral("outlet"), QStringLiteral("date"), QStringLiteral("tags"),
                    QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("speaker"),
                    QStringLiteral("status"), QStringLiteral("note")},
                   source))
        return false;
    return source.forEachArticle([&](const QJsonObject &article, const ExportLinks &) {
        const QString path = article.value(QLatin1String("path")).toString();
        const QString outlet = article.value(QLatin1String("outlet")).toString();
        const QString date = article.value(QLatin1String("published")).toString();
        for (const QJsonValue &v : article.value(QLatin1String("annotations")).toArray()) {
            const QJsonObject a = v.toObject();
            const QStringList tags = source.tagPaths(a);
            const QJsonValue claim = a.value(QLatin1String("claim"));
            const QString status = claim.isObject() ? claim.toObject().value(QLatin1String("status")).toString() : QString();
            if (!writeLine(out,
                           {path, outlet, date, tags.join(QLatin1String("; ")), offset(a.value(QLatin1String("start"))),
                            offset(a.value(QLatin1String("end"))), a.value(QLatin1String("text")).toString(),
                            source.speakerOf(article, a), status, a.value(QLatin1String("note")).toString()},
                           source))
                return false;
        }
        return true;
    });
}

} // namespace Dossier
