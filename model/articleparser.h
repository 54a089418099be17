// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Dossier {

/** What the parser found in an article's text. Empty strings / invalid dates mean "not found". */
struct ParsedArticle
{
    QString title;
    QString byline;     ///< e.g. "Daily Mail (World News)" from "By Daily Mail (World News) | Created at …"
    QString outlet;     ///< outlet named in the text (e.g. "Daily Mail" from that byline); empty if none
    QString url;        ///< first http(s) URL in the header lines, if any
    QDate published;    ///< publication date, from the header lines
    QString body;       ///< cleaned body: paragraphs separated by one blank line ("\n\n"), each trimmed,
                        ///< no site chrome; one paragraph per source line (hard-wrapped blocks are joined)
    int removedLines = 0; ///< how many lines of chrome were dropped (for the import log)
};

/**
 * Extracts metadata from a decoded article and strips site chrome from its body.
 *
 * Input is the full decoded text of a file as users save it from a news site. Pure functions,
 * thread-safe, no I/O.
 */
class ArticleParser final
{
public:
    static ParsedArticle parse(const QString &text);

    /** A date as real sites print it: "23 May, 2024 22:33", " date 2024-11-07",
        "Created at 2024-11-06 11:15:22", "Published 2024-02-02", "Updated 2024-03-01",
        "March 5, 2024", "5 March 2024", "2024-02-02T10:00:00Z", "05/03/2024" (day first) …
        Looks at the start of each '|'-separated part first, then anywhere in the line; a month and year
        without a day is no date. Returns an invalid QDate when the line holds no date. */
    static QDate parseDate(const QString &line);

    /** "By Daily Mail (World News) | Created at …" → byline "Daily Mail (World News)", outlet
        "Daily Mail"; "By Jane Smith, Reuters" → byline "Jane Smith, Reuters", outlet "Reuters";
        "By Jane Smith" → byline "Jane Smith", no outlet; "By Daily Courier staff" → outlet "Daily Courier".
        Returns false when the line is no byline (e.g. "By the time …", "By 2025, …"); then the out
        parameters are left untouched. Either pointer may be null. */
    static bool parseByline(const QString &line, QString *byline, QString *outlet);
};

} // namespace Dossier
