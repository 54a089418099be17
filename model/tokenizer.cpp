// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <array>
#include <vector>

namespace Dossier {

namespace {

// Character classes of ASCII, looked up instead of compared: this loop runs over every character.
enum : quint8 { Letter = 1, Digit = 2, Space = 4, Break = 8 };
constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = Letter;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = Letter;
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = Digit;
    for (int c : {' ', '\t', '\n', '\r', '\v', '\f'})
        t[size_t(c)] = Space;
    for (int c : {'\n', '\r', '\v', '\f'})
        t[size_t(c)] |= Break;
    return t;
}();

inline bool isAsciiLetter(char16_t c)
{
    return c < 0x80 && (asciiClasses[c] & Letter);
}

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return isAsciiLetter(u);
    return c.isLetter() || c.isMark();
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return asciiClasses[u] & (Letter | Digit);
    // Surrogates (emoji and rare scripts) are kept together as word characters so a pair is never split.
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

inline bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == 0x0b || u == 0x0c || u == 0x85;
}

inline char16_t lowerAscii(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
}

bool equalsLower(QStringView s, const char *ascii)
{
    qsizetype i = 0;
    for (; ascii[i]; ++i) {
        if (i >= s.size() || lowerAscii(s[i]) != char16_t(ascii[i]))
            return false;
    }
    return i == s.size();
}

// Words whose final period belongs to them, as in CoNLL-2003 ("Mr.", "Inc.", "Jan.").
bool isAbbreviation(QStringView w)
{
    static const char *const list[] = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen",
        "rep", "rev", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept", "est", "approx", "fig", "cf",
        "al", "ave", "blvd", "rd", "messrs", "mme", "mlle", "hon", "pres", "supt", "univ", "assn", "plc",
        "vol", "pp", "ed", "eds", "op", "ca"};
    if (w.size() > 6)
        return false;
    for (const char *a : list) {
        if (equalsLower(w, a))
            return true;
    }
    return false;
}

// "U.S", "e.g", "W": single letters joined by periods, so the final period is part of the word.
bool isInitials(QStringView w)
{
    for (qsizetype i = 0; i < w.size(); ++i) {
        const bool letterPos = (i % 2) == 0;
        if (letterPos ? !isLetter(w[i]) : w[i] != u'.')
            return false;
    }
    return w.size() % 2 == 1;
}

// The letters after an apostrophe that make a clitic of their own: 's 're 've 'll 'd 'm.
bool isClitic(QStringView letters)
{
    return equalsLower(letters, "s") || equalsLower(letters, "re") || equalsLower(letters, "ve")
        || equalsLower(letters, "ll") || equalsLower(letters, "d") || equalsLower(letters, "m");
}

bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x00bb: // »
    case 0x203a: // ›
    case u')':
    case u']':
    case u'}':
        return true;
    default:
        return false;
    }
}

} // namespace

bool Tokenizer::isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2019 || u == 0x02bc || u == 0x2018;
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    std::vector<Token> out; // QList::append is not inlined; this loop is hot
    out.reserve(size_t(text.size() / 4 + 1));
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool lineStart = true;
    bool sentenceEnded = true; // the next word token starts a sentence

    while (i < n) {
        const QChar c = text[i];
        if (c.unicode() < 0x80 ? (asciiClasses[c.unicode()] & Space) : c.isSpace()) {
            if (isLineBreak(c))
                lineStart = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        qsizetype j = i;
        bool isWord = false;

        if (isWordChar(c)) {
            isWord = true;
            // "n't" as a token of its own (the rest of "don't" was cut before it).
            if ((c == u'n' || c == u'N') && j + 2 < n && isApostrophe(text[j + 1])
                && (text[j + 2] == u't' || text[j + 2] == u'T') && (j + 3 >= n || !isLetter(text[j + 3]))
                && j > 0 && isLetter(text[j - 1])) {
                j += 3;
            } else {
                ++j;
                while (j < n) {
                    // The common case first: a run of ASCII letters and digits.
                    while (j < n && text[j].unicode() < 0x80 && (asciiClasses[text[j].unicode()] & (Letter | Digit)))
                        ++j;
                    if (j >= n)
                        break;
                    const QChar d = text[j];
                    if (isWordChar(d)) {
                        ++j;
                        continue;
                    }
                    if (j + 1 >= n || !isWordChar(text[j + 1]))
                        break;
                    const char16_t du = d.unicode();
                    if (du == u'-' || du == 0x2011 || du == u'.') {
                        ++j;
                        continue;
                    }
                    if ((du == u',' || du == u':' || du == u'/') && isDigit(text[j - 1]) && isDigit(text[j + 1])) {
                        ++j;
                        continue;
                    }
                    if (du == u'&' && text[j - 1].isUpper() && text[j + 1].isUpper()) { // AT&T
                        ++j;
                        continue;
                    }
                    if (isApostrophe(d)) {
                        qsizetype k = j + 1;
                        while (k < n && isLetter(text[k]))
                            ++k;
                        const QStringView letters = text.sliced(j + 1, k - j - 1);
                        if (isClitic(letters))
                            break;
                        if (equalsLower(letters, "t") && (text[j - 1] == u'n' || text[j - 1] == u'N')
                            && j - 1 > start) {
                            --j; // "do" + "n't"
                            break;
                        }
                        ++j; // O'Neill, Côte d'Ivoire
                        continue;
                    }
                    break;
                }
                // A final period that belongs to the word: initials and known abbreviations.
                if (j < n && text[j] == u'.') {
                    const QStringView w = text.sliced(start, j - start);
                    // "No. 10" but "No." at the end of a sentence.
                    const bool number = equalsLower(w, "no") && j + 2 < n && text[j + 1] == u' ' && isDigit(text[j + 2]);
                    if (isInitials(w) || isAbbreviation(w) || number)
                        ++j;
                }
            }
        } else if (isApostrophe(c) && j > 0 && isWordChar(text[j - 1]) && j + 1 < n && isLetter(text[j + 1])) {
            // A clitic cut off the word before it: 's 're ...
            qsizetype k = j + 1;
            while (k < n && isLetter(text[k]))
                ++k;
            j = k;
            isWord = true;
        } else {
            // Punctuation: a run of the same character ("...", "--") is one token.
            ++j;
            while (j < n && text[j] == c && !c.isSurrogate())
                ++j;
        }

        Token t;
        t.start = int(start);
        t.end = int(j);
        t.lineStart = lineStart;
        if (lineStart && !out.empty()) {
            // A line break ends a sentence unless the text runs on in lower case (hard-wrapped prose).
            if (!c.isLower())
                sentenceEnded = true;
        }
        // A closing quote or bracket right after the full stop still belongs to the sentence it ends.
        const bool closing = !isWord && isClosingMark(c) && !out.empty() && out.back().end == start;
        t.sentenceStart = sentenceEnded && !closing;
        if (t.sentenceStart)
            sentenceEnded = false;
        lineStart = false;

        if (!isWord) {
            const char16_t u = c.unicode();
            if (u == u'.' || u == u'!' || u == u'?' || u == 0x2026)
                sentenceEnded = true;
            else if (!closing)
                sentenceEnded = false;
        } else {
            sentenceEnded = false;
        }
        out.push_back(t);
        i = j;
    }
    return QList<Token>(out.begin(), out.end());
}

} // namespace Dossier
