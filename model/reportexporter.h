// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsource.h"

#include <QString>

#include <memory>

class QPdfWriter;
class QTextDocument;

namespace Dossier {

/**
 * The two steps of writePdfReport(), apart so the pagination can be tested. layoutPdfReport()
 * sets `writer` up (A4, margins, resolution, metadata) and lays the report out for it: page p
 * (from 1) is the document's band from (p - 1) * pageSize().height(), and the contents give each
 * article the page its heading lands on. paintPdfReport() paints that document, a page at a time,
 * with pdfPageFooter() at each foot. `source` must be open(); on failure or cancel, null or false
 * with source.errorString() set.
 */
std::unique_ptr<QTextDocument> layoutPdfReport(ExportSource &source, QPdfWriter &writer);
bool paintPdfReport(ExportSource &source, QPdfWriter &writer, QTextDocument &doc);
QString pdfPageFooter(int page, int pageCount); ///< "Page 1 of 3"

} // namespace Dossier
