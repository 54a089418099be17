// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include "charinfo.h"

#include <QString>

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Dossier {

namespace CharInfo {

Props compute(char16_t u)
{
    const QChar c(u);
    quint16 f = 0;
    f |= c.isLetter() ? Letter : 0;
    f |= c.isMark() ? Mark : 0;
    f |= c.isNumber() ? Number : 0;
    f |= c.isDigit() ? Digit : 0;
    f |= c.isUpper() ? Upper : 0;
    f |= c.isLower() ? Lower : 0;
    f |= c.isTitleCase() ? TitleCase : 0;
    f |= c.isSpace() ? Space : 0;
    f |= c.isSurrogate() ? Surrogate : 0;
    const char16_t lower = c.toLower().unicode();
    return Props{lower, lower, f};
}

char16_t computeFolded(char16_t u)
{
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    const QChar c(u);
    if (c.decompositionTag() == QChar::Canonical) {
        const QString d = c.decomposition();
        if (!d.isEmpty() && d[0].unicode() < 0x80)
            return QChar(d[0]).toLower().unicode();
    }
    return c.toLower().unicode();
}

const Props *table()
{
    static const std::array<Props, LatinEnd + (PunctuationEnd - PunctuationStart)> entries = [] {
        std::array<Props, LatinEnd + (PunctuationEnd - PunctuationStart)> t{};
        auto fill = [&](size_t slot, char16_t u) {
            t[slot] = compute(u);
            t[slot].folded = computeFolded(u);
        };
        for (char16_t u = 0; u < LatinEnd; ++u)
            fill(u, u);
        for (char16_t u = PunctuationStart; u < PunctuationEnd; ++u)
            fill(LatinEnd + (u - PunctuationStart), u);
        return t;
    }();
    return entries.data();
}

} // namespace CharInfo

namespace {

// Character classes of ASCII, looked up instead of compared: the tokenizer's loop runs over every character.
enum : quint8 {
    Letter = 1,
    Digit = 2,
    Space = 4,
    Break = 8,
    Joiner = 16, ///< may join two word characters into one token: - . , : / & '
    Lower = 32,
    Upper = 64,
};
constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = Letter | Lower;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = Letter | Upper;
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = Digit;
    for (int c : {' ', '\t', '\n', '\r', '\v', '\f'})
        t[size_t(c)] = Space;
    for (int c : {'\n', '\r', '\v', '\f'})
        t[size_t(c)] |= Break;
    for (int c : {'-', '.', ',', ':', '/', '&', '\''})
        t[size_t(c)] |= Joiner;
    return t;
}();

using CharInfo::Props;

inline bool isApostropheUnit(char16_t u)
{
    return u == u'\'' || u == 0x2019 || u == 0x02bc || u == 0x2018;
}

inline bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

// QChar::isLetter() || QChar::isMark().
inline bool isLetter(const Props *table, char16_t u)
{
    if (u < 0x80)
        return asciiClasses[u] & Letter;
    return CharInfo::flags(table, u) & (CharInfo::Letter | CharInfo::Mark);
}

// QChar::isLetterOrNumber() || QChar::isMark() || QChar::isSurrogate().
inline bool isWordChar(const Props *table, char16_t u)
{
    if (u < 0x80)
        return asciiClasses[u] & (Letter | Digit);
    // Surrogates (emoji and rare scripts) are kept together as word characters so a pair is never split.
    return CharInfo::flags(table, u) & (CharInfo::Letter | CharInfo::Number | CharInfo::Mark | CharInfo::Surrogate);
}

inline bool isUpper(const Props *table, char16_t u)
{
    if (u < 0x80)
        return asciiClasses[u] & Upper;
    return CharInfo::flags(table, u) & CharInfo::Upper;
}

inline bool isLower(const Props *table, char16_t u)
{
    if (u < 0x80)
        return asciiClasses[u] & Lower;
    return CharInfo::flags(table, u) & CharInfo::Lower;
}

// A character that may join the word characters on both sides: see the rules in tokenize().
inline bool mayJoin(char16_t u)
{
    if (u < 0x80)
        return asciiClasses[u] & Joiner;
    return u == 0x2011 || u == 0x2019 || u == 0x02bc || u == 0x2018;
}

inline bool isLineBreak(char16_t u)
{
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == 0x0b || u == 0x0c || u == 0x85;
}

// The first (up to) eight characters of an ASCII word in lower case, one byte each, or 0 when the word
// is longer or not ASCII: compared as one integer against the lists below.
constexpr quint64 packLower(const char16_t *s, qsizetype size)
{
    if (size > 8)
        return 0;
    quint64 key = 0;
    for (qsizetype i = 0; i < size; ++i) {
        char16_t u = s[i];
        if (u >= 0x80 || u == 0)
            return 0;
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + 32);
        key |= quint64(u) << (8 * i);
    }
    return key;
}

constexpr quint64 packLiteral(const char *s)
{
    quint64 key = 0;
    for (int i = 0; s[i]; ++i)
        key |= quint64(quint8(s[i])) << (8 * i);
    return key;
}

// Words whose final period belongs to them, as in CoNLL-2003 ("Mr.", "Inc.", "Jan."); none is longer than 6.
constexpr auto abbreviations = [] {
    constexpr const char *list[] = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen",
        "rep", "rev", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept", "est", "approx", "fig", "cf",
        "al", "ave", "blvd", "rd", "messrs", "mme", "mlle", "hon", "pres", "supt", "univ", "assn", "plc",
        "vol", "pp", "ed", "eds", "op", "ca"};
    std::array<quint64, std::size(list)> keys{};
    for (size_t i = 0; i < keys.size(); ++i)
        keys[i] = packLiteral(list[i]);
    std::sort(keys.begin(), keys.end());
    return keys;
}();

bool isAbbreviation(const char16_t *w, qsizetype size)
{
    if (size > 6 || size == 0)
        return false;
    const quint64 key = packLower(w, size);
    return key && std::binary_search(abbreviations.begin(), abbreviations.end(), key);
}

// "U.S", "e.g", "W": single letters joined by periods, so the final period is part of the word.
bool isInitials(const Props *table, const char16_t *w, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const bool letterPos = (i % 2) == 0;
        if (letterPos ? !isLetter(table, w[i]) : w[i] != u'.')
            return false;
    }
    return size % 2 == 1;
}

// The letters after an apostrophe that make a clitic of their own: 's 're 've 'll 'd 'm.
bool isClitic(const char16_t *letters, qsizetype size)
{
    switch (packLower(letters, size)) {
    case packLiteral("s"):
    case packLiteral("re"):
    case packLiteral("ve"):
    case packLiteral("ll"):
    case packLiteral("d"):
    case packLiteral("m"):
        return true;
    default:
        return false;
    }
}

bool isClosingMark(char16_t u)
{
    switch (u) {
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

// The end of the run of ASCII letters and digits that starts at j.
inline qsizetype asciiWordEnd(const char16_t *s, qsizetype j, qsizetype n)
{
#if defined(__SSE2__)
    // Eight units at a time: most words end within the first eight, so the loop seldom goes round.
    // x <= k, unsigned, is subs_epu16(x, k) == 0; letters are (v | 0x20) - 'a' <= 25, digits v - '0' <= 9.
    const __m128i zero = _mm_setzero_si128();
    while (j + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + j));
        const __m128i letter = _mm_sub_epi16(_mm_or_si128(v, _mm_set1_epi16(0x20)), _mm_set1_epi16(u'a'));
        const __m128i digit = _mm_sub_epi16(v, _mm_set1_epi16(u'0'));
        const __m128i word = _mm_or_si128(_mm_cmpeq_epi16(_mm_subs_epu16(letter, _mm_set1_epi16(25)), zero),
                                          _mm_cmpeq_epi16(_mm_subs_epu16(digit, _mm_set1_epi16(9)), zero));
        const unsigned mask = unsigned(_mm_movemask_epi8(word));
        if (mask != 0xffff)
            return j + std::countr_one(mask) / 2;
        j += 8;
    }
#endif
    while (j < n && s[j] < 0x80 && (asciiClasses[s[j]] & (Letter | Digit)))
        ++j;
    return j;
}

} // namespace

bool Tokenizer::isApostrophe(QChar c)
{
    return isApostropheUnit(c.unicode());
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    const CharInfo::Props *table = CharInfo::table();
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    // Written into a buffer of the thread that keeps its memory (QList::append is not inlined, and this
    // loop is hot), grown by doubling, then copied once.
    static thread_local std::vector<Token> buffer;
    qsizetype capacity = qsizetype(buffer.size()), count = 0;
    if (capacity < n / 4 + 16) {
        capacity = n / 4 + 16;
        buffer.resize(size_t(capacity));
    }
    Token *tokens = buffer.data();
    qsizetype i = 0;
    bool lineStart = true;
    bool sentenceEnded = true; // the next word token starts a sentence

    while (i < n) {
        const char16_t c = s[i];
        if (c == u' ') {
            ++i;
            continue;
        }
        // The common case on its own: ASCII letters and digits up to a space or a punctuation mark that
        // cannot join them to more (not - . , : / & '). The rules below would make the same token.
        if (c < 0x80 && (asciiClasses[c] & (Letter | Digit))) {
            const qsizetype j = asciiWordEnd(s, i + 1, n);
            const char16_t d = j < n ? s[j] : u' ';
            if (d < 0x80 && !(asciiClasses[d] & (Letter | Digit | Joiner))) {
                if (lineStart && count > 0 && !(asciiClasses[c] & Lower))
                    sentenceEnded = true; // a line break ends a sentence unless the text runs on in lower case
                if (count == capacity) {
                    capacity *= 2;
                    buffer.resize(size_t(capacity));
                    tokens = buffer.data();
                }
                Token &t = tokens[count++];
                t.start = int(i);
                t.end = int(j);
                t.lineStart = lineStart;
                t.sentenceStart = sentenceEnded;
                sentenceEnded = false;
                lineStart = false;
                i = j;
                continue;
            }
        }
        if (c < 0x80 ? (asciiClasses[c] & Space) : (CharInfo::flags(table, c) & CharInfo::Space)) {
            if (c < 0x80 ? (asciiClasses[c] & Break) : isLineBreak(c))
                lineStart = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        qsizetype j = i;
        bool isWord = false;

        if (isWordChar(table, c)) {
            isWord = true;
            // "n't" as a token of its own (the rest of "don't" was cut before it).
            if ((c == u'n' || c == u'N') && j + 2 < n && isApostropheUnit(s[j + 1]) && (s[j + 2] == u't' || s[j + 2] == u'T')
                && (j + 3 >= n || !isLetter(table, s[j + 3])) && j > 0 && isLetter(table, s[j - 1])) {
                j += 3;
            } else {
                ++j;
                while (j < n) {
                    // The common case first: a run of ASCII letters and digits.
                    j = asciiWordEnd(s, j, n);
                    if (j >= n)
                        break;
                    const char16_t d = s[j];
                    if (d >= 0x80 && isWordChar(table, d)) {
                        ++j;
                        continue;
                    }
                    // Anything else but - . , : / & and apostrophes ends the word (mostly a space).
                    if (!mayJoin(d) || j + 1 >= n || !isWordChar(table, s[j + 1]))
                        break;
                    if (d == u'-' || d == 0x2011 || d == u'.') {
                        ++j;
                        continue;
                    }
                    if ((d == u',' || d == u':' || d == u'/') && isDigit(s[j - 1]) && isDigit(s[j + 1])) {
                        ++j;
                        continue;
                    }
                    if (d == u'&' && isUpper(table, s[j - 1]) && isUpper(table, s[j + 1])) { // AT&T
                        ++j;
                        continue;
                    }
                    if (isApostropheUnit(d)) {
                        qsizetype k = j + 1;
                        while (k < n && isLetter(table, s[k]))
                            ++k;
                        const char16_t *letters = s + j + 1;
                        const qsizetype letterCount = k - j - 1;
                        if (isClitic(letters, letterCount))
                            break;
                        if (letterCount == 1 && (letters[0] == u't' || letters[0] == u'T')
                            && (s[j - 1] == u'n' || s[j - 1] == u'N') && j - 1 > start) {
                            --j; // "do" + "n't"
                            break;
                        }
                        ++j; // O'Neill, Côte d'Ivoire
                        continue;
                    }
                    break;
                }
                // A final period that belongs to the word: initials and known abbreviations.
                if (j < n && s[j] == u'.') {
                    const char16_t *w = s + start;
                    const qsizetype size = j - start;
                    // "No. 10" but "No." at the end of a sentence.
                    const bool number = size == 2 && (w[0] == u'n' || w[0] == u'N') && (w[1] == u'o' || w[1] == u'O')
                        && j + 2 < n && s[j + 1] == u' ' && isDigit(s[j + 2]);
                    if (isInitials(table, w, size) || isAbbreviation(w, size) || number)
                        ++j;
                }
            }
        } else if (isApostropheUnit(c) && j > 0 && isWordChar(table, s[j - 1]) && j + 1 < n && isLetter(table, s[j + 1])) {
            // A clitic cut off the word before it: 's 're ...
            qsizetype k = j + 1;
            while (k < n && isLetter(table, s[k]))
                ++k;
            j = k;
            isWord = true;
        } else {
            // Punctuation: a run of the same character ("...", "--") is one token.
            ++j;
            if (!QChar::isSurrogate(c)) {
                while (j < n && s[j] == c)
                    ++j;
            }
        }

        if (lineStart && count > 0) {
            // A line break ends a sentence unless the text runs on in lower case (hard-wrapped prose).
            if (!isLower(table, c))
                sentenceEnded = true;
        }
        // A closing quote or bracket right after the full stop still belongs to the sentence it ends.
        const bool closing = !isWord && isClosingMark(c) && count > 0 && tokens[count - 1].end == start;
        if (count == capacity) {
            capacity *= 2;
            buffer.resize(size_t(capacity));
            tokens = buffer.data();
        }
        Token &t = tokens[count++];
        t.start = int(start);
        t.end = int(j);
        t.lineStart = lineStart;
        t.sentenceStart = sentenceEnded && !closing;
        if (t.sentenceStart)
            sentenceEnded = false;
        lineStart = false;

        if (!isWord) {
            if (c == u'.' || c == u'!' || c == u'?' || c == 0x2026)
                sentenceEnded = true;
            else if (!closing)
                sentenceEnded = false;
        } else {
            sentenceEnded = false;
        }
        i = j;
    }
    QList<Token> out(tokens, tokens + count);
    if (capacity > (1 << 14)) // a huge text should not keep its buffer for good (an article has a few hundred tokens)
        std::vector<Token>().swap(buffer);
    return out;
}

} // namespace Dossier
