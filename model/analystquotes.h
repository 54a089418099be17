// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"
#include "annotation.h"

#include <QList>

namespace Dossier {

/** One quote of an article as the analyst has it: a detected quote with the analyst's review
    applied, or a quote the analyst added. */
struct AnalystQuote
{
    enum Status { Detected, Confirmed, Rejected };

    /** The detected quote's id (StoredQuote::id) and its span and speaker with the review's
        corrections applied; an added quote has id 0. */
    StoredQuote quote;
    Status status = Detected;
    qint64 reviewId = 0; ///< the quote_reviews row; 0: not reviewed
    bool added = false;  ///< the detector missed it; the analyst added it
    bool corrected = false; ///< the review changed the span, the speaker or the kind
    AnchorState anchor = AnchorState::Ok; ///< the review's anchor (ok or moved); Ok when not reviewed
};

/**
 * The quotes of an article as the analyst has them: the detected quotes (`detected`, as
 * AnalysisStore::analysis() gives them) with the analyst's `reviews` of that article applied.
 * A review finds its quote by the span the detector gave (QuoteReview::detectedStart/End); it
 * replaces the span, the kind and, when set, the speaker. Rejected quotes are left out unless
 * `includeRejected`; a review whose anchor is orphaned (the text changed and it could not be
 * re-found) is ignored, so its detected quote shows as detected and an added one is left out.
 * In text order. Pure: reads no database, so the export, the reader and autocode share it.
 * `unapplied` gets the reviews that shaped no quote: orphaned ones, and reviews of a detected quote
 * the detector no longer finds (the export still reports the analyst's word on those).
 */
QList<AnalystQuote> analystQuotes(const QList<StoredQuote> &detected, const QList<QuoteReview> &reviews,
                                  bool includeRejected = false, QList<QuoteReview> *unapplied = nullptr);

} // namespace Dossier
