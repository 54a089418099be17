// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Unicode properties of a UTF-16 code unit that the tokenizer and the entity features ask for,
// read from a table for the code units news text is made of (Latin letters, general punctuation,
// currency signs) and from QChar for the rest. The table is filled from QChar itself, so the answers
// are QChar's: only faster than QChar's out-of-line calls in loops that run over every character.

#include <QChar>

namespace Dossier::CharInfo {

enum Flag : quint16 {
    Letter = 1,      ///< QChar::isLetter()
    Mark = 2,        ///< QChar::isMark()
    Number = 4,      ///< QChar::isNumber()
    Digit = 8,       ///< QChar::isDigit() (decimal digits only)
    Upper = 16,      ///< QChar::isUpper()
    Lower = 32,      ///< QChar::isLower()
    TitleCase = 64,  ///< QChar::isTitleCase()
    Space = 128,     ///< QChar::isSpace()
    Surrogate = 256, ///< QChar::isSurrogate()
};

struct Props
{
    char16_t lower;  ///< QChar::toLower()
    char16_t folded; ///< the lower-case base letter of a precomposed ASCII letter ("Ü" -> "u"), else lower;
                     ///< only in table() entries (see fold())
    quint16 flags;
};

/** QChar's answers for one code unit, without the table; folded is left as lower. */
Props compute(char16_t u);
/** Props::folded without the table. */
char16_t computeFolded(char16_t u);

/** The table for code units below LatinEnd and from PunctuationStart to PunctuationEnd. */
constexpr char16_t LatinEnd = 0x250;
constexpr char16_t PunctuationStart = 0x2000;
constexpr char16_t PunctuationEnd = 0x20d0;
const Props *table(); // LatinEnd + (PunctuationEnd - PunctuationStart) entries; built on first use, thread-safe

/** The properties of u; table is table(), fetched once by the caller rather than once per character. */
inline Props props(const Props *table, char16_t u)
{
    if (u < LatinEnd)
        return table[u];
    if (char16_t(u - PunctuationStart) < char16_t(PunctuationEnd - PunctuationStart))
        return table[LatinEnd + (u - PunctuationStart)];
    return compute(u);
}

inline char16_t fold(const Props *table, char16_t u)
{
    if (u < LatinEnd)
        return table[u].folded;
    if (char16_t(u - PunctuationStart) < char16_t(PunctuationEnd - PunctuationStart))
        return table[LatinEnd + (u - PunctuationStart)].folded;
    return computeFolded(u);
}

inline quint16 flags(const Props *table, char16_t u)
{
    return props(table, u).flags;
}

} // namespace Dossier::CharInfo
