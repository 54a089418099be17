// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsource.h"

#include <QHash>
#include <QString>

#include <memory>

class QIODevice;
class QPdfWriter;
class QTextDocument;

namespace Dossier {

/**
 * The PDF report, in two steps so its pagination can be tested. layout() builds the report from
 * `source` (which must be open()) and places it on A4 pages: the front matter (title, summary,
 * contents) from page 1, then the articles, each where the one before it ended; the contents give
 * each article the page its heading lands on. The articles are laid out and painted in parts of
 * their own, each from a new page, on as many threads as there are cores (up to 4), and joined
 * into one PDF (with qpdf) that paint() writes to `out`, with pdfPageFooter() at each page's foot.
 * On failure or cancel, false with source.errorString() set.
 */
class PdfReport
{
public:
    explicit PdfReport(ExportSource &source);
    ~PdfReport();
    Q_DISABLE_COPY_MOVE(PdfReport)

    bool layout();
    bool paint(QIODevice *out);

    int pageCount() const;
    int frontPageCount() const;
    /** After layout(): the front matter as painted (its contents with the page numbers). */
    const QTextDocument *front() const;
    /** After layout(): the page (from 1) each heading's first line is painted on, by anchor
        ("summary", then "a" and the article's id). */
    QHash<QString, int> headingPages() const;

    /** The report's page size, margins and resolution. */
    static void setUp(QPdfWriter &writer);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

QString pdfPageFooter(int page, int pageCount); ///< "Page 1 of 3"

} // namespace Dossier
