// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <initializer_list>

namespace Dossier {

namespace {

using Words = std::initializer_list<QStringView>;

constexpr qsizetype kMaxMetaLine = 300; // bylines and datelines are short; longer lines are prose
constexpr int kHeaderLines = 8; // non-chrome lines at the top searched for metadata
constexpr qsizetype kMaxTitle = 250;
constexpr qsizetype kMaxTailMarker = 80;

// ---------------------------------------------------------------------------------------------
// Text helpers. Everything works on views into the input; only the results are allocated.

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Case-folds and maps typographic quotes, dashes and odd spaces to their ASCII forms, so that
// "What’s Hot" equals "what's hot" and a caption with curly quotes equals its straight copy.
QChar fold(QChar c, bool ignoreCase = true)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return u'"';
    case 0x00A0:
    case 0x2007:
    case 0x2009:
    case 0x202F:
        return u' ';
    case 0x2010:
    case 0x2011:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return u'-';
    default:
        return ignoreCase ? c.toCaseFolded() : c;
    }
}

bool sameText(QStringView a, QStringView b, bool ignoreCase = true)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && fold(a[i], ignoreCase) != fold(b[i], ignoreCase))
            return false;
    }
    return true;
}

bool equalsAny(QStringView s, Words words)
{
    for (const QStringView w : words) {
        if (sameText(s, w))
            return true;
    }
    return false;
}

bool startsWithText(QStringView s, QStringView prefix)
{
    return s.size() >= prefix.size() && sameText(s.first(prefix.size()), prefix);
}

bool startsWithAny(QStringView s, Words prefixes)
{
    for (const QStringView p : prefixes) {
        if (startsWithText(s, p))
            return true;
    }
    return false;
}

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isSpace())
        ++i;
    return i;
}

QStringView chopTrailing(QStringView s, QStringView chars)
{
    while (!s.isEmpty() && (s.back().isSpace() || chars.contains(s.back())))
        s.chop(1);
    return s;
}

QStringView chopLeading(QStringView s, QStringView chars)
{
    while (!s.isEmpty() && (s.front().isSpace() || chars.contains(s.front())))
        s = s.sliced(1);
    return s;
}

// Calls f(word) for each white-space separated word until f returns false.
template<typename F> void forEachWord(QStringView s, F f)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        i = skipSpaces(s, i);
        qsizetype j = i;
        while (j < n && !s[j].isSpace())
            ++j;
        if (j > i && !f(s.sliced(i, j - i)))
            return;
        i = j;
    }
}

int countWords(QStringView s, int limit)
{
    int count = 0;
    forEachWord(s, [&](QStringView) { return ++count < limit; });
    return count;
}

QStringView firstWord(QStringView s)
{
    QStringView word;
    forEachWord(s, [&](QStringView w) {
        word = w;
        return false;
    });
    return word;
}

QStringView lastWord(QStringView s)
{
    s = s.trimmed();
    const qsizetype space = s.lastIndexOf(u' ');
    return space < 0 ? s : s.sliced(space + 1);
}

// Strips brackets, quotes and trailing punctuation from a word: "(World" → "World", "News)," → "News".
QStringView bareWord(QStringView w)
{
    w = chopLeading(w, u"([{\"'“‘«");
    return chopTrailing(w, u")]}\"'”’»,;.:");
}

bool endsWithSentencePunctuation(QStringView s)
{
    s = chopTrailing(s, u"\"'”’»)]");
    return !s.isEmpty() && (s.back() == u'.' || s.back() == u'!' || s.back() == u'?' || s.back() == u'…');
}

bool hasLetter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

// Splits a header line into its '|' or '•' separated parts, trimmed, empty parts dropped.
QList<QStringView> segments(QStringView s)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == u'|' || s[i] == u'•') {
            const QStringView part = s.sliced(start, i - start).trimmed();
            if (!part.isEmpty())
                out.append(part);
            start = i + 1;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

constexpr QStringView kMonths[12] = {
    u"january", u"february", u"march",     u"april",   u"may",      u"june",
    u"july",    u"august",   u"september", u"october", u"november", u"december",
};

constexpr QStringView kWeekdays[7] = {
    u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
};

// Full English month name, three-letter abbreviation or "Sept"; 0 if none.
int monthFromWord(QStringView w)
{
    if (w.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QStringView name = kMonths[m];
        const bool allowed = w.size() == 3 || w.size() == name.size() || (m == 8 && w.size() == 4);
        if (allowed && w.size() <= name.size() && sameText(w, name.first(w.size())))
            return m + 1;
    }
    return 0;
}

bool isWeekday(QStringView w)
{
    if (w.size() < 3)
        return false;
    for (const QStringView day : kWeekdays) {
        const bool allowed
            = w.size() == 3 || w.size() == day.size() || ((day == u"tuesday" || day == u"thursday") && w.size() <= 5);
        if (allowed && w.size() <= day.size() && sameText(w, day.first(w.size())))
            return true;
    }
    return false;
}

// Reads a run of digits at i; returns how many there were, *value holds (up to nine of) them.
int readDigits(QStringView s, qsizetype &i, int *value)
{
    int count = 0;
    int v = 0;
    while (i < s.size() && isDigit(s[i])) {
        if (count < 9)
            v = v * 10 + (s[i].unicode() - u'0');
        ++count;
        ++i;
    }
    *value = v;
    return count;
}

qsizetype letterRunEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isLetter())
        ++i;
    return i;
}

struct DateMatch
{
    QDate date;
    qsizetype begin = 0; ///< where the date (or its label) starts
    qsizetype end = 0; ///< just past the date and time
    bool labelled = false; ///< a strong label such as "Published" or "date" precedes it
    bool numeric = false; ///< 2024-05-03 or 05/03/2024, as opposed to "5 March 2024"
    bool timed = false; ///< a clock time follows
    bool updated = false; ///< labelled "Updated"/"Modified": used only when no other date is found
};

bool makeDate(int year, int month, int day, QDate *out)
{
    if (year < 1900 || year > 2100)
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    *out = date;
    return true;
}

qsizetype skipOrdinal(QStringView s, qsizetype i)
{
    if (i + 1 < s.size() && letterRunEnd(s, i) == i + 2) {
        const QStringView suffix = s.sliced(i, 2);
        if (equalsAny(suffix, { u"st", u"nd", u"rd", u"th" }))
            return i + 2;
    }
    return i;
}

// A date expression exactly at pos, without labels: "2024-05-03", "05/03/2024", "5 March 2024",
// "23rd May, 2024", "March 5, 2024", "Sept. 9 2024".
bool parseDateExpr(QStringView s, qsizetype pos, DateMatch *m)
{
    const qsizetype n = s.size();
    if (pos >= n)
        return false;
    qsizetype i = pos;
    if (isDigit(s[i])) {
        int a = 0;
        const int da = readDigits(s, i, &a);
        const bool sep = i + 1 < n && (s[i] == u'-' || s[i] == u'/' || s[i] == u'.') && isDigit(s[i + 1]);
        if (da == 4 && sep) {
            const QChar separator = s[i++];
            int month = 0;
            int day = 0;
            const int dm = readDigits(s, i, &month);
            if (dm < 1 || dm > 2 || i + 1 >= n || s[i] != separator || !isDigit(s[i + 1]))
                return false;
            ++i;
            const int dd = readDigits(s, i, &day);
            if (dd < 1 || dd > 2 || !makeDate(a, month, day, &m->date))
                return false;
            m->end = i;
            m->numeric = true;
            return true;
        }
        if (da < 1 || da > 2)
            return false;
        if (sep) {
            const QChar separator = s[i++];
            int b = 0;
            int year = 0;
            const int db = readDigits(s, i, &b);
            if (db < 1 || db > 2 || i + 1 >= n || s[i] != separator || !isDigit(s[i + 1]))
                return false;
            ++i;
            if (readDigits(s, i, &year) != 4)
                return false;
            // Day first, as most of the world writes it, unless only month-first makes sense.
            const bool monthFirst = b > 12 && a <= 12;
            if (!makeDate(year, monthFirst ? a : b, monthFirst ? b : a, &m->date))
                return false;
            m->end = i;
            m->numeric = true;
            return true;
        }
        qsizetype j = skipOrdinal(s, i);
        j = skipSpaces(s, j);
        if (j + 3 <= n && sameText(s.sliced(j, 3), u"of "))
            j = skipSpaces(s, j + 3);
        qsizetype k = letterRunEnd(s, j);
        const int month = monthFromWord(s.sliced(j, k - j));
        if (month == 0)
            return false;
        if (k < n && s[k] == u'.')
            ++k;
        if (k < n && s[k] == u',')
            ++k;
        k = skipSpaces(s, k);
        int year = 0;
        if (readDigits(s, k, &year) != 4 || !makeDate(year, month, a, &m->date))
            return false;
        m->end = k;
        m->numeric = false;
        return true;
    }
    if (!s[i].isLetter())
        return false;
    qsizetype k = letterRunEnd(s, i);
    const int month = monthFromWord(s.sliced(i, k - i));
    if (month == 0)
        return false;
    if (k < n && s[k] == u'.')
        ++k;
    k = skipSpaces(s, k);
    int day = 0;
    const int dd = readDigits(s, k, &day);
    if (dd < 1 || dd > 2)
        return false;
    k = skipOrdinal(s, k);
    if (k < n && s[k] == u',')
        ++k;
    k = skipSpaces(s, k);
    int year = 0;
    if (readDigits(s, k, &year) != 4 || !makeDate(year, month, day, &m->date))
        return false;
    m->end = k;
    m->numeric = false;
    return true;
}

// A clock time after a date: "T10:00:00Z", " 22:33", ", 10:15 GMT", " at 9:15 am ET". Returns the
// end of the time, or pos when there is none.
qsizetype parseTime(QStringView s, qsizetype pos)
{
    const qsizetype n = s.size();
    qsizetype i = pos;
    if (i + 1 < n && (s[i] == u'T' || s[i] == u't') && isDigit(s[i + 1])) {
        ++i;
    } else {
        if (i < n && s[i] == u',')
            ++i;
        i = skipSpaces(s, i);
        if (i + 3 <= n && sameText(s.sliced(i, 3), u"at "))
            i = skipSpaces(s, i + 3);
    }
    int hour = 0;
    int minute = 0;
    const int dh = readDigits(s, i, &hour);
    if (dh < 1 || dh > 2 || hour > 23 || i + 1 >= n || (s[i] != u':' && s[i] != u'.') || !isDigit(s[i + 1]))
        return pos;
    // "10.15 GMT" (the Guardian's form) counts only before a zone, am/pm or the end: not "10.15 people".
    const bool dotted = s[i] == u'.';
    ++i;
    if (readDigits(s, i, &minute) != 2 || minute > 59)
        return pos;
    int ignored = 0;
    if (!dotted && i + 1 < n && s[i] == u':' && isDigit(s[i + 1])) {
        ++i;
        if (readDigits(s, i, &ignored) != 2)
            return pos;
    }
    if (!dotted && i + 1 < n && s[i] == u'.' && isDigit(s[i + 1])) {
        ++i;
        readDigits(s, i, &ignored);
    }
    const qsizetype clockEnd = i;
    if (i < n && s[i] == u'Z' && (i + 1 == n || !s[i + 1].isLetter())) {
        ++i;
    } else if (i + 2 < n && (s[i] == u'+' || s[i] == u'-') && isDigit(s[i + 1])) {
        qsizetype k = i + 1;
        const int dz = readDigits(s, k, &ignored);
        if (dz == 2 && k + 2 < n && s[k] == u':' && isDigit(s[k + 1])) {
            ++k;
            if (readDigits(s, k, &ignored) == 2)
                i = k;
        } else if (dz == 4 || dz == 2) {
            i = k;
        }
    }
    // am/pm, then a time-zone abbreviation from a fixed list (so "10:00 US officials" keeps "US").
    qsizetype k = skipSpaces(s, i);
    qsizetype e = k;
    while (e < n && (s[e].isLetter() || s[e] == u'.'))
        ++e;
    if (e > k && equalsAny(s.sliced(k, e - k), { u"am", u"pm", u"a.m.", u"p.m." })) {
        i = e;
        k = skipSpaces(s, i);
    }
    e = letterRunEnd(s, k);
    if (e > k && (e == n || !s[e].isLetterOrNumber())) {
        const QStringView zone = s.sliced(k, e - k);
        const bool upper = std::all_of(zone.begin(), zone.end(), [](QChar c) { return c.isUpper(); });
        if (upper && equalsAny(zone, { u"GMT", u"UTC", u"BST", u"CET", u"CEST", u"EET", u"EEST", u"MSK", u"WET", u"WEST",
                                       u"EST", u"EDT", u"CST", u"CDT", u"MST",  u"MDT", u"PST",  u"PDT", u"ET",  u"PT",
                                       u"CT",  u"IST", u"JST", u"KST", u"HKT",  u"SGT", u"AEST", u"AEDT" }))
            i = e;
    }
    if (dotted && i == clockEnd && skipSpaces(s, i) < n)
        return pos;
    return i;
}

struct DateLabel
{
    QStringView text;
    bool updated; ///< a modification date, not the publication date
    bool weak; ///< does not by itself mark the line as a dateline ("On 5 March 2024, …" is prose)
};

// Longer labels come before their prefixes.
constexpr DateLabel kDateLabels[] = {
    { u"first published on", false, false },
    { u"first published", false, false },
    { u"published on", false, false },
    { u"published at", false, false },
    { u"published", false, false },
    { u"last updated on", true, false },
    { u"last updated at", true, false },
    { u"last updated", true, false },
    { u"last modified on", true, false },
    { u"last modified", true, false },
    { u"updated on", true, false },
    { u"updated at", true, false },
    { u"updated", true, false },
    { u"modified on", true, false },
    { u"modified", true, false },
    { u"created on", false, false },
    { u"created at", false, false },
    { u"created", false, false },
    { u"posted on", false, false },
    { u"posted at", false, false },
    { u"posted", false, false },
    { u"dated", false, false },
    { u"date", false, false },
    { u"on", false, true },
};

// A date at the start of s, after optional labels and a weekday: " date 2024-11-07",
// "Created at 2024-11-06 11:15:22", "Published: Tuesday, 5 March 2024".
bool matchLeadingDate(QStringView s, DateMatch *m)
{
    DateMatch r;
    qsizetype i = skipSpaces(s, 0);
    r.begin = i;
    for (int round = 0; round < 2; ++round) {
        bool found = false;
        for (const DateLabel &label : kDateLabels) {
            const qsizetype end = i + label.text.size();
            if (end <= s.size() && sameText(s.sliced(i, label.text.size()), label.text)
                && (end == s.size() || s[end].isSpace() || s[end] == u':')) {
                i = end;
                if (i < s.size() && s[i] == u':')
                    ++i;
                i = skipSpaces(s, i);
                r.labelled = r.labelled || !label.weak;
                r.updated = r.updated || label.updated;
                found = true;
                break;
            }
        }
        if (!found)
            break;
    }
    const qsizetype wordEnd = letterRunEnd(s, i);
    if (wordEnd > i && isWeekday(s.sliced(i, wordEnd - i))) {
        i = wordEnd;
        if (i < s.size() && s[i] == u'.')
            ++i;
        if (i < s.size() && s[i] == u',')
            ++i;
        i = skipSpaces(s, i);
    }
    if (!parseDateExpr(s, i, &r))
        return false;
    const qsizetype timeEnd = parseTime(s, r.end);
    r.timed = timeEnd > r.end;
    r.end = timeEnd;
    *m = r;
    return true;
}

// The first date anywhere in s (checked at word starts within the first 400 characters).
bool findDate(QStringView s, DateMatch *m)
{
    const qsizetype limit = std::min<qsizetype>(s.size(), 400);
    for (qsizetype i = 0; i < limit; ++i) {
        if (i > 0 && s[i - 1].isLetterOrNumber())
            continue;
        if (!s[i].isLetterOrNumber())
            continue;
        DateMatch r;
        if (parseDateExpr(s, i, &r)) {
            r.begin = i;
            const qsizetype timeEnd = parseTime(s, r.end);
            r.timed = timeEnd > r.end;
            r.end = timeEnd;
            *m = r;
            return true;
        }
    }
    return false;
}

// What may follow a date on a dateline without making it prose: nothing, or "2 hours ago".
bool ignorableRest(QStringView rest)
{
    rest = chopTrailing(chopLeading(rest, u",;-–—·()"), u".)");
    if (rest.isEmpty())
        return true;
    QStringView w[4];
    int count = 0;
    forEachWord(rest, [&](QStringView word) {
        if (count < 4)
            w[count] = word;
        return ++count <= 4;
    });
    if (count != 3 || !sameText(w[2], u"ago"))
        return false;
    const bool amount = std::all_of(w[0].begin(), w[0].end(), isDigit) || equalsAny(w[0], { u"a", u"an", u"one" });
    const QStringView unit = chopTrailing(w[1], u"s");
    return amount
        && equalsAny(unit, { u"sec", u"second", u"min", u"minute", u"hr", u"hour", u"day", u"week", u"month", u"year" });
}

// A dateline at the start of a paragraph (" date 2024-11-07 Putin's press secretary …"): returns
// where the paragraph proper starts, or -1. Only strong datelines count: a label, a numeric date, a
// time or a separator after the date; "5 March 2024 was a cold day" stays prose.
qsizetype datePrefixEnd(QStringView s, DateMatch *m)
{
    if (!matchLeadingDate(s, m))
        return -1;
    qsizetype i = skipSpaces(s, m->end);
    bool separated = false;
    while (i < s.size() && QStringView(u"-–—|:•,").contains(s[i])) {
        separated = true;
        i = skipSpaces(s, i + 1);
    }
    if (i >= s.size() || !(m->labelled || m->numeric || m->timed || separated))
        return -1;
    return i;
}

// ---------------------------------------------------------------------------------------------
// Bylines and outlets

bool isConnector(QStringView w)
{
    return equalsAny(w, { u"of",  u"the", u"and", u"&",   u"de",  u"du",  u"da", u"del", u"der", u"den", u"di",
                          u"van", u"von", u"la",  u"le",  u"el",  u"al",  u"y",  u"for", u"in",  u"on",  u"at",
                          u"und", u"et",  u"bin", u"ibn", u"dos", u"das", u"a",  u"an",  u"with" });
}

bool isRole(QStringView w)
{
    return equalsAny(w,
                     { u"staff", u"reporter", u"reporters", u"correspondent", u"correspondents", u"writer", u"writers", u"team",
                       u"desk", u"newsroom", u"editor", u"editors", u"contributor", u"contributors", u"journalist",
                       u"journalists", u"bureau" });
}

// Trailing role words removed: "Daily Courier staff" → "Daily Courier".
QStringView stripRoles(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty()) {
        const QStringView last = lastWord(s);
        if (!isRole(bareWord(last)))
            break;
        s = chopTrailing(s.first(s.size() - last.size()), u",;-–—");
    }
    return s;
}

// Words that appear in news organisations' names.
bool isOutletWord(QStringView w)
{
    return equalsAny(w, { u"news",       u"daily",    u"times",       u"post",     u"mail",       u"press",        u"herald",
                          u"journal",    u"tribune",  u"telegraph",   u"guardian", u"courier",    u"gazette",      u"express",
                          u"chronicle",  u"observer", u"bulletin",    u"ledger",   u"sentinel",   u"wire",         u"agency",
                          u"media",      u"network",  u"radio",       u"tv",       u"television", u"broadcasting", u"magazine",
                          u"weekly",     u"monitor",  u"independent", u"standard", u"insider",    u"digest",       u"dispatch",
                          u"inquirer",   u"examiner", u"globe",       u"mirror",   u"economist",  u"reuters",      u"bloomberg",
                          u"associated", u"politico", u"axios",       u"novosti",  u"interfax",   u"tass",         u"xinhua",
                          u"kyodo",      u"pravda",   u"kommersant",  u"izvestia", u"newsweek",   u"forbes",       u"euronews",
                          u"jazeera",    u"welle",    u"zeitung",     u"spiegel",  u"bild",       u"figaro",       u"monde" });
}

// "Daily Mail", "The Wire Post", "Reuters", "AFP"; not "Jane Smith".
bool isOutletLike(QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return false;
    int words = 0;
    bool outletWord = false;
    QStringView only;
    forEachWord(s, [&](QStringView w) {
        ++words;
        only = bareWord(w);
        if (!only.isEmpty() && only.front().isUpper() && isOutletWord(only))
            outletWord = true;
        return true;
    });
    if (outletWord)
        return true;
    // A lone acronym: AFP, BBC, AP.
    return words == 1 && only.size() >= 2 && only.size() <= 6
        && std::all_of(only.begin(), only.end(), [](QChar c) { return c.isUpper() && c.isLetter(); });
}

// A short capitalised name such as an outlet or a person: "The Wire Post", "Jane Smith".
bool isNameLike(QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty() || s.size() > 60)
        return false;
    if (s.back() == u'!' || s.back() == u'?' || s.back() == u':')
        return false;
    if (s.back() == u'.' && lastWord(s).size() > 4) // "Inc." is fine, a sentence is not
        return false;
    int words = 0;
    int capitals = 0;
    bool ok = true;
    forEachWord(s, [&](QStringView w) {
        const QStringView bare = bareWord(w);
        if (++words > 6) {
            ok = false;
            return false;
        }
        if (bare.isEmpty())
            return true;
        const QChar c = bare.front();
        if (c.isUpper() || c.isDigit()) {
            ++capitals;
        } else if (!isConnector(bare) || words == 1) {
            ok = false;
            return false;
        }
        return true;
    });
    return ok && capitals > 0;
}

// Where the name starts after "By ", "Written by " …; -1 when the line is no byline.
qsizetype bylinePrefixLength(QStringView s)
{
    for (const QStringView prefix :
         { u"written by", u"words by", u"reporting by", u"reported by", u"story by", u"text by", u"posted by", u"by" }) {
        const qsizetype end = prefix.size();
        if (s.size() > end && startsWithText(s, prefix) && (s[end].isSpace() || s[end] == u':')) {
            qsizetype i = end;
            if (s[i] == u':')
                ++i;
            i = skipSpaces(s, i);
            if (i < s.size() && s[i] == u':')
                i = skipSpaces(s, i + 1);
            return i < s.size() ? i : -1;
        }
    }
    return -1;
}

// Capitalised words that start prose after "By" ("By Christmas, …", "By Monday, …"). Prose with
// a lower-case word after them is rejected anyway; these catch the short all-capitalised cases.
bool startsProse(QStringView w)
{
    return monthFromWord(w) != 0 || isWeekday(w)
        || equalsAny(w,
                     { u"contrast", u"comparison", u"then", u"now", u"far", u"christmas", u"easter", u"midnight", u"noon",
                       u"tomorrow", u"tonight", u"today", u"yesterday", u"law", u"design", u"default", u"chance", u"mistake",
                       u"accident" });
}

// The name part of a byline: a few capitalised words, connectors and role words, no digits, no
// clause. Rejects "the time the results came in, Trump had won."
bool acceptBylineName(QStringView name)
{
    name = name.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return false;
    const QChar last = name.back();
    if (last == u'!' || last == u'?' || last == u':' || last == u';')
        return false;
    if (last == u'.' && lastWord(name).size() > 3) // "Jr." is fine, a sentence end is not
        return false;
    int words = 0;
    int capitals = 0;
    bool ok = true;
    forEachWord(name, [&](QStringView w) {
        ++words;
        const QStringView bare = bareWord(w);
        if (words > 12 || w.contains(u':') || w.contains(u'?') || w.contains(u'!')) {
            ok = false;
            return false;
        }
        if (bare.isEmpty() || bare == u"&" || bare == u"-" || bare == u"–" || bare == u"—")
            return true;
        if (std::any_of(bare.begin(), bare.end(), [](QChar c) { return c.isDigit(); })) {
            ok = false;
            return false;
        }
        const QChar c = bare.front();
        if (c.isUpper()) {
            if (capitals == 0 && startsProse(bare)) {
                ok = false;
                return false;
            }
            ++capitals;
            return true;
        }
        if (c.isLower() && (isConnector(bare) || isRole(bare)))
            return true;
        ok = false;
        return false;
    });
    return ok && capitals > 0;
}

// Drops separators and date labels left over after cutting a date off a byline.
QStringView trimBylineTail(QStringView s)
{
    for (;;) {
        s = chopTrailing(s, u",;-–—:|(");
        const QStringView w = lastWord(s);
        if (w.isEmpty() || w.size() == s.size()
            || !equalsAny(w, { u"on", u"at", u"published", u"updated", u"created", u"posted", u"last", u"date", u"dated" }))
            return s;
        s = s.first(s.size() - w.size());
    }
}

// The outlet a byline names: "Jane Smith, Reuters" → "Reuters"; "Daily Mail (World News)" →
// "Daily Mail"; "Daily Courier staff" → "Daily Courier"; "Associated Press" → itself.
QString outletFromName(QStringView name)
{
    name = name.trimmed();
    const qsizetype comma = name.lastIndexOf(u',');
    if (comma > 0) {
        const QStringView after = stripRoles(name.sliced(comma + 1));
        if (!after.isEmpty() && isOutletLike(after))
            return after.toString();
        const QStringView before = stripRoles(name.first(name.indexOf(u',')));
        if (isOutletLike(before) && !before.contains(u'('))
            return before.toString();
        return {};
    }
    const qsizetype open = name.lastIndexOf(u'(');
    if (open > 0 && name.endsWith(u')')) {
        const QStringView base = stripRoles(name.first(open));
        const QStringView inner = name.sliced(open + 1, name.size() - open - 2).trimmed();
        if (isOutletLike(base))
            return base.toString();
        if (isOutletLike(inner))
            return inner.toString();
        return {};
    }
    const QStringView core = stripRoles(name);
    if (!core.isEmpty() && core.size() < name.size() && isNameLike(core))
        return core.toString();
    if (isOutletLike(name))
        return name.toString();
    return {};
}

struct Header
{
    QString byline;
    QString outlet;
    QDate published;
    QDate updated;
};

void addDate(Header *h, const DateMatch &m)
{
    QDate &slot = m.updated ? h->updated : h->published;
    if (!slot.isValid())
        slot = m.date;
}

// One header line of '|'-separated parts, each a byline, a date, a name or noise such as
// "2 hours ago": "By Daily Mail (World News) | Created at … | Updated at …", "2024-05-03 | The Wire
// Post", "Published 2024-02-02". With requireByline the first part must be a byline.
bool parseHeaderLine(QStringView line, Header *out, bool requireByline)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > kMaxMetaLine)
        return false;
    const QList<QStringView> parts = segments(line);
    if (parts.isEmpty())
        return false;
    Header h;
    bool byline = false;
    bool dated = false;
    QStringView name;
    QStringView namedOutlet;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const QStringView part = parts[k];
        if (k == 0) {
            const qsizetype at = bylinePrefixLength(part);
            if (at >= 0) {
                QStringView candidate = part.sliced(at);
                DateMatch m;
                if (findDate(candidate, &m)) {
                    addDate(&h, m);
                    candidate = trimBylineTail(candidate.first(m.begin));
                }
                if (!acceptBylineName(candidate))
                    return false;
                name = candidate.trimmed();
                byline = true;
                continue;
            }
            if (requireByline)
                return false;
        }
        DateMatch m;
        if (matchLeadingDate(part, &m) && ignorableRest(part.sliced(m.end))) {
            addDate(&h, m);
            dated = true;
            continue;
        }
        if (ignorableRest(part))
            continue;
        if (isNameLike(part)) {
            if (isOutletLike(part)) {
                if (namedOutlet.isEmpty())
                    namedOutlet = part;
            } else if (name.isEmpty()) {
                name = part; // "2024-05-03 | Jane Smith"
            }
            continue;
        }
        return false;
    }
    if (!byline && !dated)
        return false;
    h.byline = name.toString();
    if (!namedOutlet.isEmpty())
        h.outlet = namedOutlet.toString();
    else if (byline)
        h.outlet = outletFromName(name);
    *out = h;
    return true;
}

// "From the Frontlines: … | © 2024 | Daily News" → "Daily News"; "© 2024 Daily Courier." → "Daily Courier".
QString outletFromFooter(QStringView line)
{
    const QList<QStringView> parts = segments(line);
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const QStringView part = parts[k];
        qsizetype at = part.indexOf(u'©');
        qsizetype skip = 1;
        if (at < 0) {
            at = part.indexOf(u"copyright", 0, Qt::CaseInsensitive);
            skip = 9;
        }
        if (at < 0)
            continue;
        QStringView rest = part.sliced(at + skip).trimmed();
        rest = chopLeading(rest, u"©0123456789-–, ");
        const qsizetype rights = rest.indexOf(u"all rights reserved", 0, Qt::CaseInsensitive);
        if (rights >= 0)
            rest = rest.first(rights);
        rest = chopTrailing(rest, u".,;");
        if (isNameLike(rest))
            return rest.toString();
        if (k + 1 < parts.size()) {
            QStringView next = parts[k + 1];
            const qsizetype r = next.indexOf(u"all rights reserved", 0, Qt::CaseInsensitive);
            if (r >= 0)
                next = next.first(r);
            next = chopTrailing(next, u".,;");
            if (isNameLike(next))
                return next.toString();
        }
        return {};
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Chrome

bool isIconStrip(QStringView s)
{
    // Cheap rejection first: nearly every line has fewer than three "icon"s.
    int found = 0;
    for (qsizetype at = s.indexOf(u"icon", 0, Qt::CaseInsensitive); at >= 0 && found < 3;
         at = s.indexOf(u"icon", at + 4, Qt::CaseInsensitive))
        ++found;
    if (found < 3)
        return false;
    int words = 0;
    int icons = 0;
    forEachWord(s, [&](QStringView w) {
        ++words;
        if (w.contains(u"icon", Qt::CaseInsensitive))
            ++icons;
        return true;
    });
    return icons >= 3 && icons * 3 >= words;
}

bool isSocialName(QStringView w)
{
    return equalsAny(w, { u"facebook",  u"twitter",   u"x",      u"pinterest", u"whatsapp", u"linkedin", u"reddit",  u"telegram",
                          u"messenger", u"flipboard", u"tumblr", u"vk",        u"viber",    u"bluesky",  u"threads", u"mastodon",
                          u"instagram", u"youtube",   u"tiktok", u"email",     u"e-mail",   u"mail",     u"sms",     u"print" });
}

// "share Share facebook pinterest whatsapp x print", "Share this article".
bool isShareBar(QStringView s)
{
    int words = 0;
    int socials = 0;
    bool share = false;
    bool ok = true;
    forEachWord(s, [&](QStringView w) {
        const QStringView bare = chopTrailing(chopLeading(w, u"|·•/,:"), u"|·•/,:");
        if (bare.isEmpty())
            return true;
        ++words;
        if (startsWithText(bare, u"share")) {
            share = true;
        } else if (isSocialName(bare)) {
            ++socials;
        } else if (!equalsAny(bare,
                              { u"shares", u"copy", u"link", u"copied", u"tweet", u"follow", u"us", u"on", u"this", u"article",
                                u"story", u"the", u"via", u"comment", u"comments", u"save", u"gift" })) {
            ok = false;
            return false;
        }
        return true;
    });
    return ok && words >= 2 && (share || socials >= 2);
}

bool isCopyrightLine(QStringView s)
{
    return s.contains(u'©') || startsWithText(s, u"copyright ") || s.contains(u"all rights reserved", Qt::CaseInsensitive);
}

// Lines that are site furniture wherever they occur.
bool isChromeLine(QStringView s)
{
    if (s.size() <= 3000 && isIconStrip(s))
        return true;
    if (s.size() <= 120 && isShareBar(s))
        return true;
    if (s.size() <= 60
        && equalsAny(chopTrailing(s, u".:…»›>!"),
                     { u"read entire article",
                       u"read full article",
                       u"read the full article",
                       u"read full story",
                       u"read the full story",
                       u"read more",
                       u"continue reading",
                       u"advertisement",
                       u"advertisements",
                       u"ad",
                       u"sponsored",
                       u"sponsored content",
                       u"story continues below advertisement",
                       u"article continues below advertisement",
                       u"story continues below",
                       u"article continues below",
                       u"scroll to continue with content",
                       u"skip advertisement",
                       u"share",
                       u"share this",
                       u"share this article",
                       u"share this story",
                       u"print",
                       u"print this article",
                       u"view comments",
                       u"click here to read more",
                       u"follow us" }))
        return true;
    if (s.size() <= 300) {
        // Teasers for other articles: "May Be Interested In:Shanghai puts a stop to spooky season".
        for (const QStringView p : { u"may be interested in", u"you may be interested in", u"you might be interested in" }) {
            if (startsWithText(s, p)) {
                const qsizetype i = skipSpaces(s, p.size());
                if (i < s.size() && s[i] == u':')
                    return true;
            }
        }
        if (startsWithAny(s,
                          { u"you may also like:", u"you might also like:", u"read more:", u"also read:", u"read also:",
                            u"see also:", u"related:", u"recommended:", u"must read:" }))
            return true;
    }
    return s.size() <= 250 && isCopyrightLine(s);
}

// Lines after which a page holds only other content: "Similar Content", "Leave a Reply", "What's Hot".
bool isTailMarker(QStringView s)
{
    if (s.size() > kMaxTailMarker)
        return false;
    if (startsWithAny(s, { u"your email address will not be published", u"sign up for our newsletter" }))
        return true;
    return equalsAny(
        chopTrailing(s, u":.…»›>"),
        { u"similar content",     u"leave a reply",       u"leave a comment",   u"what's hot",          u"related articles",
          u"related stories",     u"related posts",       u"related news",      u"related content",     u"related",
          u"more stories",        u"more news",           u"you may also like", u"you might also like", u"recommended",
          u"recommended for you", u"recommended stories", u"most read",         u"most popular",        u"trending",
          u"trending now",        u"read next",           u"comments",          u"latest news",         u"top stories",
          u"about the author",    u"share this" });
}

// Navigation that sits above a headline.
bool isHeaderChrome(QStringView s)
{
    if (s.size() > 100)
        return false;
    if (equalsAny(chopTrailing(s, u".:…»›>"),
                  { u"skip to content", u"skip to main content", u"menu", u"main menu", u"search", u"sign in", u"log in",
                    u"login", u"subscribe", u"close", u"home", u"back", u"listen", u"listen to this article", u"text size",
                    u"font size", u"toggle navigation", u"navigation" }))
        return true;
    // Breadcrumbs: "Home > World > Europe".
    int parts = 0;
    bool ok = true;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size() && ok; ++i) {
        if (i == s.size() || s[i] == u'>' || s[i] == u'›' || s[i] == u'»') {
            const QStringView part = s.sliced(start, i - start).trimmed();
            ok = !part.isEmpty() && countWords(part, 5) <= 4 && !endsWithSentencePunctuation(part);
            ++parts;
            start = i + 1;
        }
    }
    return ok && parts >= 2;
}

bool isBareUrl(QStringView s)
{
    return (startsWithText(s, u"http://") || startsWithText(s, u"https://")) && !s.contains(u' ');
}

QString findUrl(QStringView s)
{
    s = s.first(std::min<qsizetype>(s.size(), 500));
    qsizetype from = 0;
    while (true) {
        const qsizetype at = s.indexOf(u"http", from, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        const QStringView rest = s.sliced(at);
        if (startsWithText(rest, u"http://") || startsWithText(rest, u"https://")) {
            qsizetype end = 0;
            while (end < rest.size() && !rest[end].isSpace() && !QStringView(u"\"'<>[]{}“”«»").contains(rest[end]))
                ++end;
            return chopTrailing(rest.first(end), u".,;:!?)").toString();
        }
        from = at + 4;
    }
}

// ---------------------------------------------------------------------------------------------
// Headline and paragraphs

bool isHeadlineLike(QStringView s)
{
    return s.size() <= kMaxTitle && hasLetter(s) && (s.size() <= 160 || !endsWithSentencePunctuation(s));
}

bool isSubstantial(QStringView s)
{
    return countWords(s, 8) >= 8 || (s.size() >= 40 && endsWithSentencePunctuation(s));
}

// Topic tags next to a byline ("Truth"): one to three words, no sentence.
bool isTagLine(QStringView s)
{
    return s.size() <= 30 && countWords(s, 4) <= 3 && !endsWithSentencePunctuation(s)
        && !std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// A title for an article whose first line is already prose: its first sentence, or a cut.
QString titleFromParagraph(QStringView s)
{
    const qsizetype limit = std::min<qsizetype>(s.size(), 300);
    for (qsizetype i = 20; i < limit; ++i) {
        const QChar c = s[i];
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        if (i + 1 < s.size() && !s[i + 1].isSpace())
            continue;
        if (c == u'.') {
            // "Mr.", "U.S.", "Jan." do not end a sentence.
            qsizetype b = i;
            while (b > 0 && s[b - 1].isLetter())
                --b;
            if (i - b <= 3 && b < i && s[b].isUpper())
                continue;
        }
        if (i + 1 <= 200)
            return s.first(c == u'.' ? i : i + 1).toString();
        break;
    }
    if (s.size() <= 200)
        return chopTrailing(s, u".").toString();
    QStringView cut = s.first(150);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > 60)
        cut = cut.first(space);
    return chopTrailing(cut, u",;:-–—").toString() + u'…';
}

// Lines that a text editor wrapped at a fixed width and that belong to one paragraph. Each line but
// the last is long, and the next line's first word would not have fitted on it.
bool looksHardWrapped(const QList<QStringView> &block)
{
    if (block.size() < 3)
        return false;
    qsizetype width = 0;
    for (const QStringView line : block)
        width = std::max(width, line.size());
    if (width < 40 || width > 120)
        return false;
    for (qsizetype i = 0; i + 1 < block.size(); ++i) {
        const qsizetype length = block[i].size();
        const QStringView next = block[i + 1];
        if (length * 10 < width * 6 || length + 1 + firstWord(next).size() <= width)
            return false;
        const QChar lead = next.front();
        if (lead == u'-' || lead == u'*' || lead == u'•' || isDigit(lead))
            return false;
    }
    return true;
}

enum class Kind : quint8 {
    Content,
    Blank,
    Title,
    Chrome, // removed: site furniture
    Meta, // removed: byline, dateline, URL
    Duplicate, // removed: repeated headline or repeated line
    Tail, // removed: everything from a tail marker on
};

struct Line
{
    QStringView text; // trimmed; a dateline prefix may have been cut off
    Kind kind;
};

} // namespace

QDate ArticleParser::parseDate(const QString &line)
{
    const QStringView s(line);
    for (const QStringView part : segments(s.first(std::min<qsizetype>(s.size(), 1000)))) {
        DateMatch m;
        if (matchLeadingDate(part, &m))
            return m.date;
    }
    DateMatch m;
    if (findDate(s, &m))
        return m.date;
    return {};
}

bool ArticleParser::parseByline(const QString &line, QString *byline, QString *outlet)
{
    Header h;
    if (!parseHeaderLine(line, &h, true))
        return false;
    if (byline)
        *byline = h.byline;
    if (outlet)
        *outlet = h.outlet;
    return true;
}

ParsedArticle ArticleParser::parse(const QString &input)
{
    ParsedArticle result;

    QString normalised;
    QStringView text(input);
    if (input.contains(u'\r')) {
        normalised = input;
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalised.replace(u'\r', u'\n');
        text = normalised;
    }

    QList<Line> lines;
    lines.reserve(text.count(u'\n') + 1);
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(start, end - start).trimmed();
        lines.append({ line, line.isEmpty() ? Kind::Blank : Kind::Content });
        start = end + 1;
    }

    // 1. Furniture that is recognisable on its own, anywhere.
    QString footerOutlet;
    qint64 contentChars = 0;
    for (Line &line : lines) {
        if (line.kind != Kind::Content)
            continue;
        if (isChromeLine(line.text)) {
            line.kind = Kind::Chrome;
            if (footerOutlet.isEmpty() && line.text.size() <= 250 && isCopyrightLine(line.text))
                footerOutlet = outletFromFooter(line.text);
        } else {
            contentChars += line.text.size();
        }
    }

    // 2. A tail marker in the last part of the text ends the article: less text follows it than
    // precedes it, or only short lines (teaser headlines) follow.
    {
        qsizetype lastLong = -1;
        for (qsizetype i = lines.size() - 1; i >= 0 && lastLong < 0; --i) {
            if (lines[i].kind == Kind::Content && lines[i].text.size() >= 160)
                lastLong = i;
        }
        qint64 before = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines[i];
            if (line.kind == Kind::Blank)
                continue;
            if (before > 0 && isTailMarker(line.text)) {
                const qint64 after = contentChars - before - (line.kind == Kind::Content ? line.text.size() : 0);
                if (after < before || lastLong < i) {
                    for (qsizetype j = i; j < lines.size(); ++j) {
                        if (lines[j].kind != Kind::Blank)
                            lines[j].kind = Kind::Tail;
                    }
                    break;
                }
            }
            if (line.kind == Kind::Content)
                before += line.text.size();
        }
    }

    // 3. The header zone: headline, byline, dates, URL, tags, and a dateline on the first paragraph.
    Header header;
    qsizetype titleIndex = -1;
    bool haveTitle = false;
    bool inHeader = true; // until the first paragraph
    int scanned = 0;
    for (qsizetype i = 0; i < lines.size() && scanned < kHeaderLines; ++i) {
        Line &line = lines[i];
        if (line.kind != Kind::Content)
            continue;
        ++scanned;
        QStringView t = line.text;
        if (inHeader && isHeaderChrome(t)) {
            line.kind = Kind::Chrome;
            continue;
        }
        if (isBareUrl(t)) {
            if (result.url.isEmpty())
                result.url = t.toString();
            line.kind = Kind::Meta;
            continue;
        }
        Header h;
        if (parseHeaderLine(t, &h, false)) {
            if (header.byline.isEmpty())
                header.byline = h.byline;
            if (header.outlet.isEmpty())
                header.outlet = h.outlet;
            if (!header.published.isValid())
                header.published = h.published;
            if (!header.updated.isValid())
                header.updated = h.updated;
            line.kind = Kind::Meta;
            continue;
        }
        if (result.url.isEmpty())
            result.url = findUrl(t);
        if (!inHeader)
            continue;
        DateMatch m;
        const qsizetype rest = datePrefixEnd(t, &m);
        if (rest > 0) {
            addDate(&header, m);
            t = t.sliced(rest);
            line.text = t;
        }
        if (!haveTitle) {
            haveTitle = true;
            // A paragraph that opens with a dateline is prose, however short, not a headline.
            if (rest < 0 && isHeadlineLike(t)) {
                titleIndex = i;
                line.kind = Kind::Title;
                QStringView title = t;
                // "Headline | The Wire Post": the suffix names the outlet.
                const qsizetype bar = title.lastIndexOf(u'|');
                if (bar > 0) {
                    const QStringView suffix = title.sliced(bar + 1).trimmed();
                    if (isNameLike(suffix) && isOutletLike(suffix)) {
                        if (header.outlet.isEmpty())
                            header.outlet = suffix.toString();
                        title = title.first(bar).trimmed();
                    }
                }
                result.title = title.toString();
            } else {
                result.title = titleFromParagraph(t);
                inHeader = false;
            }
            continue;
        }
        if (isSubstantial(t)) {
            inHeader = false;
            continue;
        }
        // A topic tag glued to the byline line above it (no blank line between), like "Truth".
        if (i > 0 && lines[i - 1].kind == Kind::Meta && isTagLine(t))
            line.kind = Kind::Chrome;
    }
    result.byline = header.byline;
    result.outlet = !header.outlet.isEmpty() ? header.outlet : footerOutlet;
    result.published = header.published.isValid() ? header.published : header.updated;

    // 4. The headline repeated in the body, and lines repeated back to back (image captions).
    {
        const QStringView titleLine = titleIndex >= 0 ? lines[titleIndex].text : QStringView();
        const QStringView title(result.title);
        // A caption: a short line that ends without sentence punctuation (sites print the image's
        // alt text and its caption, so the pair is chrome, not a paragraph said twice).
        const auto isCaption = [](QStringView t) {
            if (t.isEmpty() || t.count(u' ') >= 25)
                return false;
            const QChar last = t.back();
            return !(last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u'"' || last == u'\u201D'
                     || last == u'\'' || last == u'\u2019' || last == u'\u00BB' || last == u'\u201C');
        };
        Line *previous = nullptr;
        for (Line &line : lines) {
            if (line.kind != Kind::Content)
                continue;
            if (titleIndex >= 0 && (sameText(line.text, title) || sameText(line.text, titleLine))) {
                line.kind = Kind::Duplicate;
                continue;
            }
            // Case matters here: "Military CHIEFS …" after "Military chiefs …" is an edit, not a copy.
            if (previous && line.text.size() >= 8 && sameText(line.text, previous->text, false)) {
                line.kind = Kind::Duplicate;
                if (isCaption(line.text))
                    previous->kind = Kind::Duplicate;
                continue;
            }
            previous = &line;
        }
    }

    // 5. The body: one paragraph per line (or per hard-wrapped block), separated by a blank line.
    QString &body = result.body;
    body.reserve(text.size());
    QList<QStringView> block;
    const auto flush = [&] {
        if (block.isEmpty())
            return;
        if (looksHardWrapped(block)) {
            if (!body.isEmpty())
                body += u"\n\n";
            for (qsizetype k = 0; k < block.size(); ++k) {
                if (k > 0)
                    body += u' ';
                body += block[k];
            }
        } else {
            for (const QStringView paragraph : std::as_const(block)) {
                if (!body.isEmpty())
                    body += u"\n\n";
                body += paragraph;
            }
        }
        block.clear();
    };
    for (const Line &line : std::as_const(lines)) {
        switch (line.kind) {
        case Kind::Content:
            block.append(line.text);
            break;
        case Kind::Blank:
        case Kind::Title:
            flush();
            break;
        case Kind::Chrome:
        case Kind::Meta:
        case Kind::Duplicate:
        case Kind::Tail:
            ++result.removedLines;
            flush();
            break;
        }
    }
    flush();
    body.squeeze();
    return result;
}

} // namespace Dossier
