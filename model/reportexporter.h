// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsource.h"

#include <QHash>
#include <QString>

#include <memory>

class QPdfWriter;
class QTextDocument;

namespace Dossier {

/**
 * The PDF report, in two steps so its pagination can be tested. layout() builds the report from
 * `source` (which must be open()), sets `writer` up (A4, margins, resolution, metadata) and places
 * it on pages: the front matter (title, summary, contents) from page 1, then each article where
 * the one before it ended; the contents give each article the page its heading lands on.
 * paint() paints it, a page at a time, with pdfPageFooter() at each foot. On failure or cancel,
 * false with source.errorString() set.
 */
class PdfReport
{
public:
    explicit PdfReport(ExportSource &source);
    ~PdfReport();
    Q_DISABLE_COPY_MOVE(PdfReport)

    bool layout(QPdfWriter &writer);
    bool paint(QPdfWriter &writer);

    int pageCount() const;
    int frontPageCount() const;
    /** After layout(): the front matter as painted (its contents with the page numbers). */
    const QTextDocument *front() const;
    /** After layout(): the page (from 1) each heading's first line is painted on, by anchor
        ("summary", then "a" and the article's id). */
    QHash<QString, int> headingPages() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

QString pdfPageFooter(int page, int pageCount); ///< "Page 1 of 3"

} // namespace Dossier
