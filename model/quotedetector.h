// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

#include <QList>
#include <QString>

namespace Dossier {

/** Finds the direct quotes in an article body and says who spoke each one. Rule-based and linear in
 *  the length of the text; const and thread-safe (no state between calls).
 *
 *  Quote marks: "…", “…”, ‘…’, '…' (told apart from apostrophes and elisions such as don't, '90s,
 *  rock 'n' roll, players' union), «…», »…«, „…“, ‚…‘. A quote nested inside another (“He said ‘no’”)
 *  is part of the outer quote and is not reported on its own. A quote that runs over several
 *  paragraphs (each re-opened with a mark, only the last closed) is one QuoteSpan. A double quote left
 *  open at the end of its paragraph, and not re-opened at the start of the next, ends there; a single
 *  quote left open is taken for an apostrophe and dropped.
 *
 *  Not reported: titles of works (the film "Star Wars"), scare quotes around a word or two with no
 *  speech verb near (so-called "experts"), nicknames (Dwayne "The Rock" Johnson). */
class QuoteDetector
{
public:
    /** @p entities: the NER result for the same text (sorted spans), or empty: then names are found
     *  with the detector's own heuristics (runs of capitalised words). */
    QList<QuoteSpan> detect(const QString &text, const QList<EntitySpan> &entities = {}) const;

    /** Bumped whenever the rules change, so stored results can be recomputed. */
    static int version();
};

} // namespace Dossier
