// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetagger.h"

#include "nerfeatures.h"

namespace Dossier {

namespace {

bool equalsIgnoreCase(QStringView s, const char *ascii)
{
    return s.compare(QLatin1StringView(ascii), Qt::CaseInsensitive) == 0;
}

bool allDigits(QStringView w)
{
    if (w.isEmpty())
        return false;
    for (QChar c : w) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// 1..31, also as an ordinal ("23rd"); else 0.
int dayNumber(QStringView w)
{
    if (w.isEmpty() || w.size() > 4 || w[0].unicode() < u'0' || w[0].unicode() > u'9')
        return 0;
    if (w.size() >= 3) {
        const QStringView suffix = w.last(2);
        if (equalsIgnoreCase(suffix, "st") || equalsIgnoreCase(suffix, "nd") || equalsIgnoreCase(suffix, "rd")
            || equalsIgnoreCase(suffix, "th"))
            w.chop(2);
    }
    if (w.isEmpty() || w.size() > 2 || !allDigits(w))
        return 0;
    const int d = w.toInt();
    return d >= 1 && d <= 31 ? d : 0;
}

bool isYear(QStringView w)
{
    if (w.size() != 4 || !allDigits(w))
        return false;
    const int y = w.toInt();
    return y >= 1800 && y <= 2199;
}

bool isIsoDate(QStringView w)
{
    if (w.size() != 10 || w[4] != u'-' || w[7] != u'-')
        return false;
    if (!isYear(w.first(4)) || !allDigits(w.sliced(5, 2)) || !allDigits(w.sliced(8, 2)))
        return false;
    const int m = w.sliced(5, 2).toInt();
    const int d = w.sliced(8, 2).toInt();
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

bool isYearPreposition(QStringView w)
{
    static const Ner::WordSet set{"in", "since", "until", "till", "by", "from", "during", "before", "after",
                                  "through", "early", "late", "mid", "between"};
    return set.contains(w);
}

} // namespace

int DateTagger::month(QStringView word)
{
    if (word.size() < 3 || word.size() > 10)
        return 0;
    switch (word[0].unicode()) { // every month starts with one of these
    case u'J': case u'F': case u'M': case u'A': case u'S': case u'O': case u'N': case u'D':
        break;
    default:
        return 0;
    }
    if (word.endsWith(u'.'))
        word.chop(1);
    static const Ner::WordSet full{"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};
    static const Ner::WordSet abbr{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept"};
    const quint64 h = Ner::hashLower(word);
    const int m = full.indexOf(h);
    if (m >= 0)
        return m + 1;
    // Abbreviations only in their usual form ("Jan", "Sept"), not in capitals, which are often acronyms.
    if (word.size() > 4 || word[1].isUpper())
        return 0;
    const int a = abbr.indexOf(h);
    return a < 0 ? 0 : a == 12 ? 9 : a + 1;
}

bool DateTagger::isWeekday(QStringView word)
{
    if (word.size() < 6 || word.size() > 9)
        return false;
    switch (word[0].unicode()) {
    case u'M': case u'T': case u'W': case u'F': case u'S':
        break;
    default:
        return false;
    }
    static const Ner::WordSet days{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return days.contains(word);
}

QList<EntitySpan> DateTagger::tag(QStringView text, const QList<Token> &tokens)
{
    QList<EntitySpan> out;
    const int n = int(tokens.size());
    auto word = [&](int i) { return i >= 0 && i < n ? text.sliced(tokens[i].start, tokens[i].length()) : QStringView(); };
    auto addSpan = [&](int first, int last) {
        out.append(EntitySpan{tokens[first].start, tokens[last].end, EntityType::Date});
    };

    for (int i = 0; i < n; ++i) {
        const QStringView w = word(i);
        if (w.isEmpty() || !w[0].isLetterOrNumber() || w[0].isLower())
            continue;
        if (isIsoDate(w)) {
            addSpan(i, i);
            continue;
        }
        if (dayNumber(w)) {
            // 23 May [2024], 3rd of March [2005]
            int m = i + 1;
            if (equalsIgnoreCase(word(m), "of"))
                ++m;
            if (month(word(m))) {
                int last = m;
                if (isYear(word(m + 1)))
                    last = m + 1;
                addSpan(i, last);
                i = last;
                continue;
            }
        }
        if (month(w)) {
            // May 23[, 2024], March 2005
            if (dayNumber(word(i + 1)) && !isYear(word(i + 1))) {
                int last = i + 1;
                if (word(i + 2) == u"," && isYear(word(i + 3)))
                    last = i + 3;
                else if (isYear(word(i + 2)))
                    last = i + 2;
                addSpan(i, last);
                i = last;
                continue;
            }
            if (isYear(word(i + 1))) {
                addSpan(i, i + 1);
                ++i;
                continue;
            }
            continue;
        }
        if (isWeekday(w)) {
            addSpan(i, i);
            continue;
        }
        if (isYear(w) && isYearPreposition(word(i - 1))) {
            addSpan(i, i);
            continue;
        }
    }
    return out;
}

} // namespace Dossier
