// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

/** One row of two texts shown side by side: a paragraph of each, or of one side only (a gap on
 *  the other). Indices into the paragraph lists given to ParagraphAlign::align(); -1 for a gap. */
struct ParagraphPair
{
    int left = -1;
    int right = -1;
    double similarity = 0; ///< of the two paragraphs (0 for a gap)

    bool operator==(const ParagraphPair &) const = default;
};

/** A paragraph of a body: where it starts and ends (UTF-16 offsets, trimmed). */
struct ParagraphSpan
{
    int start = 0;
    int end = 0;
};

/**
 * Aligns the paragraphs of two versions of an article for the compare view: the order of both is
 * kept, and of all such alignments the one with the largest total similarity is chosen (dynamic
 * programming, O(n·m) pairs of word sets). Two paragraphs may only be paired when their words
 * overlap enough (Dice coefficient of the case-folded word sets ≥ `minSimilarity`); a paragraph
 * without a partner is a row of its own with a gap on the other side.
 */
namespace ParagraphAlign {

/** The paragraphs of a body: runs of text between blank lines (a line break alone does not
    separate, as in the cleaned bodies), trimmed; empty ones are skipped. */
QList<ParagraphSpan> paragraphs(QStringView body);
QStringList paragraphTexts(QStringView body);

/** 2·|A∩B| / (|A| + |B|) over the case-folded word sets (letters and digits); 1 for two texts
    without words. */
double similarity(QStringView a, QStringView b);

/** Every paragraph of both sides exactly once, in order; a paired row holds both. Between two
    pairs the left side's unpaired paragraphs come before the right side's. */
QList<ParagraphPair> align(const QStringList &left, const QStringList &right, double minSimilarity = 0.35);

} // namespace ParagraphAlign

} // namespace Dossier
