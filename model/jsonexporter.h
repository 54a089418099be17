// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Dossier {

/**
 * Writes the JSON export, version 1 (see ARCHITECTURE.md). Streams article by article, so a
 * 100,000-article corpus is never held in memory whole. Offsets are Unicode code points,
 * half-open, into the article's `text`.
 *
 * The analyst's work: the top-level `codebook`; per article its `note` ("" when none) and
 * `annotations` (tags by name and by id in `tag_ids`, claim with evidence or null, `anchor` ok,
 * moved or orphaned). An **orphaned** annotation could not be re-found after the text changed: its
 * `start` and `end` are null and its `text` is the passage as it was annotated; orphans come after
 * the anchored annotations. Quotes carry the analyst's review: `status` confirmed or rejected, the
 * corrected span or speaker in place of the detector's (`corrected` true), `review` (its id) and
 * `anchor`; quotes the analyst added have `id` null and `added` true. The filter is ExportFilter's:
 * with a `tags` or `statuses` filter, an article lists only the annotations it selects; an unknown
 * tag name fails the export with a message that names it.
 *
 * Links across outlets (LinkStore): per article `duplicates` (read with the article), the
 * machine's links of relation duplicate, near-duplicate, contains or contained-in seen from that
 * article, with `similarity` (Jaccard of the 5-word shingles, 3 decimals), `containment` and the
 * analyst's `status` (suggested, confirmed, rejected, manual); same-event links and links made by
 * hand where the machine found none are not duplicates and show only through `stories`. The
 * top-level `stories` (with `outlets`) and `quote_clusters` are listed with the exported articles
 * only, and left out when fewer than two of their articles are exported. A cluster member's
 * `quote` is the index of the quote in that article's `quotes` (null when the article no longer
 * has it), `quote_id` its id there; members come earliest first, the first with `earliest` true,
 * and `altered` says whether the exported wordings differ.
 */
class JsonExporter final : public Exporter
{
public:
    static constexpr int formatVersion = 1;

    explicit JsonExporter(const QSqlDatabase &db)
        : Exporter(db, ExportFormat::Json)
    {
    }

    /** Length of `s` in Unicode code points (what export offsets count). */
    static qsizetype codePointLength(QStringView s) { return CodePoints::length(s); }
};

} // namespace Dossier
