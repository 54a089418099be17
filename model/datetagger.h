// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "tokenizer.h"

namespace Dossier {

/**
 * Finds explicit calendar expressions: "23 May 2024", "May 23, 2024", "the 3rd of March", "2004-05-12",
 * "March 2005", weekdays ("Monday"), and a year after a preposition ("in 2004": the year only).
 * Relative expressions ("yesterday", "last week") are not dates here.
 */
class DateTagger
{
public:
    /** Sorted, non-overlapping DATE spans; tokens are Tokenizer::tokenize(text). */
    static QList<EntitySpan> tag(QStringView text, const QList<Token> &tokens);

    /** 1..12 for a month name or abbreviation ("Sept."), else 0. Must be capitalised. */
    static int month(QStringView word);
    /** True for Monday..Sunday (capitalised). */
    static bool isWeekday(QStringView word);
};

} // namespace Dossier
