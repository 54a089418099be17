// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Dossier {

/** One token of a text: a half-open range [start, end) of UTF-16 offsets into the text. */
struct Token
{
    int start = 0;
    int end = 0;
    bool sentenceStart = false; ///< the first token of a sentence (or of a line that starts a sentence)
    bool lineStart = false;     ///< a line break (or the start of the text) comes before this token

    int length() const { return end - start; }
    bool operator==(const Token &other) const = default;
};

/**
 * Splits English text into words and punctuation, keeping the offsets into the original string.
 *
 * Punctuation is split off words ("Moscow," -> "Moscow" ","), possessives and clitics become tokens of
 * their own ("Russia's" -> "Russia" "'s", "don't" -> "do" "n't"; straight and curly apostrophes alike),
 * while hyphenated words ("Saudi-based"), initials and abbreviations ("U.S.", "Mr.", "W."), numbers
 * ("1,000", "3.5") and ISO dates ("2004-05-12") stay whole, as in the CoNLL-2003 tokenisation.
 * A sentence starts after ".", "!", "?" (and any closing quotes or brackets) and at a line break
 * unless the next line begins in lower case.
 */
class Tokenizer
{
public:
    static QList<Token> tokenize(QStringView text);

    /** True for ' and its typographic forms (U+2019, U+02BC, U+2018 used as an apostrophe). */
    static bool isApostrophe(QChar c);
};

} // namespace Dossier

// Plain data: lists of tokens are copied with memcpy.
Q_DECLARE_TYPEINFO(Dossier::Token, Q_PRIMITIVE_TYPE);
