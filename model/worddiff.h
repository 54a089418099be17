// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include <vector>

namespace Dossier {

enum class DiffOp : int {
    Equal = 0,
    Deleted = 1,  ///< only in the old text
    Inserted = 2, ///< only in the new text
};

/** One run of a word diff. Ranges are half-open UTF-16 offsets (for diff()) or token indices (for
 *  diffKeys()). An Equal run has both ranges; a Deleted run has an empty new range at the place it
 *  was removed from, an Inserted run an empty old range at the place it goes. Between the tokens of
 *  one run the text is covered too, so a run can be highlighted as one span. */
struct DiffRun
{
    DiffOp op = DiffOp::Equal;
    int oldStart = 0;
    int oldEnd = 0;
    int newStart = 0;
    int newEnd = 0;

    bool operator==(const DiffRun &other) const = default;
};

/**
 * Word-level differences between two texts, for showing how a quote or an article was changed
 * (the Links tab) and for telling an altered quote from a faithful one (QuoteClusterer).
 *
 * The texts are split by Tokenizer into words and punctuation (whitespace never counts), and the
 * shortest edit script over those tokens is found with Myers' O((N+M)D) algorithm after the common
 * head and tail are taken off. When the texts differ in more than maxEdits tokens the middle is
 * reported as one deletion and one insertion instead (memory stays bounded for unrelated articles).
 */
namespace WordDiff {

struct Options
{
    bool ignoreCase = false;        ///< compare case-folded words
    bool ignorePunctuation = false; ///< leave punctuation tokens out (quote marks and apostrophes are
                                    ///< always compared in one typographic form)
};

/** The edit budget of diff() and diffKeys(): about maxEdits² ints of memory at worst. */
constexpr int maxEdits = 3000;

QList<DiffRun> diff(QStringView oldText, QStringView newText, Options options = {});

/** The same on sequences of token keys (any equality-comparable hashes); ranges are indices. */
QList<DiffRun> diffKeys(const std::vector<quint64> &oldKeys, const std::vector<quint64> &newKeys);

} // namespace WordDiff

} // namespace Dossier
