// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystquotes.h"

#include <QSet>

#include <algorithm>

namespace Dossier {

namespace {

/** `span` moved to the review's anchor, kind and speaker. */
bool applyReview(QuoteSpan &span, qint64 &speakerEntity, const QuoteReview &r)
{
    const QuoteSpan before = span;
    const qint64 entityBefore = speakerEntity;
    span.start = r.anchor.start;
    span.end = r.anchor.end;
    // The quotation marks stay where they were when they still enclose the corrected words.
    if (span.markStart > span.start || span.markEnd < span.end || span.markEnd <= span.markStart) {
        span.markStart = span.start;
        span.markEnd = span.end;
    }
    span.kind = r.kind == 1 ? QuoteKind::Partial : QuoteKind::Full;
    if (r.speaker) {
        span.speaker = *r.speaker;
        speakerEntity = r.speakerEntity;
        span.cueStart = span.cueEnd = -1; // the words that named the old speaker name nobody now
    }
    return span.start != before.start || span.end != before.end || span.kind != before.kind
        || span.speaker != before.speaker || speakerEntity != entityBefore;
}

} // namespace

QList<AnalystQuote> analystQuotes(const QList<StoredQuote> &detected, const QList<QuoteReview> &reviews, bool includeRejected,
                                  QList<QuoteReview> *unapplied)
{
    QList<AnalystQuote> result;
    result.reserve(detected.size());
    QList<const QuoteReview *> added;
    QSet<qint64> applied;
    for (const QuoteReview &r : reviews) {
        if (r.isAdded() && r.anchor.state != AnchorState::Orphaned && r.status != QuoteReview::Rejected) {
            added << &r;
            applied.insert(r.id);
        }
    }
    for (const StoredQuote &q : detected) {
        AnalystQuote a;
        a.quote = q;
        const auto review = std::find_if(reviews.cbegin(), reviews.cend(), [&](const QuoteReview &r) {
            return !r.isAdded() && r.detectedStart == q.span.start && r.detectedEnd == q.span.end
                && r.anchor.state != AnchorState::Orphaned;
        });
        if (review != reviews.cend()) {
            applied.insert(review->id);
            a.reviewId = review->id;
            a.anchor = review->anchor.state;
            a.status = review->status == QuoteReview::Rejected ? AnalystQuote::Rejected : AnalystQuote::Confirmed;
            a.corrected = applyReview(a.quote.span, a.quote.speakerEntity, *review);
        }
        if (a.status == AnalystQuote::Rejected && !includeRejected)
            continue;
        result << a;
    }
    for (const QuoteReview *r : std::as_const(added)) {
        AnalystQuote a;
        a.status = AnalystQuote::Confirmed;
        a.reviewId = r->id;
        a.added = true;
        a.anchor = r->anchor.state;
        a.quote.span.markStart = a.quote.span.start = r->anchor.start;
        a.quote.span.markEnd = a.quote.span.end = r->anchor.end;
        applyReview(a.quote.span, a.quote.speakerEntity, *r);
        result << a;
    }
    if (unapplied) {
        unapplied->clear();
        for (const QuoteReview &r : reviews)
            if (!applied.contains(r.id) && !(r.isAdded() && r.status == QuoteReview::Rejected))
                *unapplied << r;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const AnalystQuote &a, const AnalystQuote &b) { return a.quote.span.start < b.quote.span.start; });
    return result;
}

} // namespace Dossier
