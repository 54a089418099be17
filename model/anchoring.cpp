// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include <QList>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

namespace Dossier {

namespace {

// The thresholds, in one place. Context similarity is 0..1 per side, averaged over both sides.
constexpr double minContext = 0.5;      // an exact candidate needs one side agreeing (or both half)
constexpr double minFuzzyContext = 0.75; // an edited one needs both sides mostly agreeing
constexpr double minMargin = 0.15;      // … and a clear lead over the next candidate
constexpr int distinctiveLength = 20;   // a unique exact text this long is taken without context
constexpr int maxFuzzyLength = 4000;    // longer texts are only re-found exactly
constexpr qint64 fuzzyBudget = 20'000'000; // DP cells one approximate search may spend

/** A text with white-space runs collapsed to one space, and where each character came from. */
struct Normalized
{
    QString text;
    QList<int> raw; ///< raw offset of each character of `text`
    int rawSize = 0;

    /** The raw span of the normalized span [from, to). */
    std::pair<int, int> rawSpan(int from, int to) const
    {
        const int start = raw.at(from);
        if (to <= from)
            return {start, start};
        // A span ending in a collapsed run takes the whole run.
        const int end = text.at(to - 1) == QLatin1Char(' ') ? (to < raw.size() ? raw.at(to) : rawSize) : raw.at(to - 1) + 1;
        return {start, end};
    }
};

Normalized normalize(QStringView s, bool keepMap)
{
    Normalized n;
    n.rawSize = int(s.size());
    n.text.reserve(s.size());
    if (keepMap)
        n.raw.reserve(s.size());
    bool inSpace = false;
    for (int i = 0; i < int(s.size()); ++i) {
        const bool space = s.at(i).isSpace();
        if (space && inSpace)
            continue;
        n.text += space ? QChar(QLatin1Char(' ')) : s.at(i);
        if (keepMap)
            n.raw.append(i);
        inSpace = space;
    }
    return n;
}

/** The fewest edits that turn `pattern` into some prefix of `text`. */
int anchoredDistance(QStringView pattern, QStringView text)
{
    const int m = int(pattern.size());
    std::vector<int> prev(m + 1), cur(m + 1);
    for (int i = 0; i <= m; ++i)
        prev[i] = i;
    int best = prev[m];
    for (int j = 1; j <= int(text.size()); ++j) {
        cur[0] = j;
        for (int i = 1; i <= m; ++i) {
            cur[i] = std::min({prev[i - 1] + (pattern.at(i - 1) == text.at(j - 1) ? 0 : 1), prev[i] + 1, cur[i - 1] + 1});
        }
        best = std::min(best, cur[m]);
        std::swap(prev, cur);
    }
    return best;
}

QString reversed(QStringView s)
{
    QString r(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        r[s.size() - 1 - i] = s.at(i);
    return r;
}

/** How well the text before `pos` agrees with the old prefix, 0..1. An empty prefix: the span
    started the body, and agrees only with a span that does. */
double prefixAgreement(QStringView text, int pos, QStringView prefix)
{
    if (prefix.isEmpty())
        return pos == 0 ? 1.0 : 0.0;
    const int window = int(prefix.size()) + int(prefix.size()) / 2 + 1;
    const int from = std::max(0, pos - window);
    const int d = anchoredDistance(reversed(prefix), reversed(text.mid(from, pos - from)));
    return std::max(0.0, 1.0 - double(d) / double(prefix.size()));
}

double suffixAgreement(QStringView text, int pos, QStringView suffix)
{
    if (suffix.isEmpty())
        return pos == int(text.size()) ? 1.0 : 0.0;
    const int window = int(suffix.size()) + int(suffix.size()) / 2 + 1;
    const int d = anchoredDistance(suffix, text.mid(pos, std::min(window, int(text.size()) - pos)));
    return std::max(0.0, 1.0 - double(d) / double(suffix.size()));
}

struct Candidate
{
    int start = 0; ///< normalized offsets
    int end = 0;
    int cost = 0; ///< edits from the old exact text
    double context = 0;
    double score = 0;
};

/**
 * Approximate occurrences of `pattern` in `text` with at most `k` edits (Sellers' algorithm,
 * keeping where each alignment starts), the best one per start, overlapping ones dropped in favour
 * of the cheaper.
 */
QList<Candidate> approximateMatches(QStringView text, QStringView pattern, int k, int offset)
{
    const int m = int(pattern.size());
    std::vector<int> cost(m + 1), start(m + 1), prevCost(m + 1), prevStart(m + 1);
    for (int i = 0; i <= m; ++i) {
        cost[i] = i;
        start[i] = 0;
    }
    QList<Candidate> ends;
    for (int j = 1; j <= int(text.size()); ++j) {
        std::swap(cost, prevCost);
        std::swap(start, prevStart);
        cost[0] = 0;
        start[0] = j;
        const QChar c = text.at(j - 1);
        for (int i = 1; i <= m; ++i) {
            int best = prevCost[i - 1] + (pattern.at(i - 1) == c ? 0 : 1);
            int from = prevStart[i - 1];
            if (prevCost[i] + 1 < best) {
                best = prevCost[i] + 1;
                from = prevStart[i];
            }
            if (cost[i - 1] + 1 < best) {
                best = cost[i - 1] + 1;
                from = start[i - 1];
            }
            cost[i] = best;
            start[i] = from;
        }
        if (cost[m] <= k && j > start[m])
            ends.append({start[m] + offset, j + offset, cost[m]});
    }
    // The cheapest end per start (ties: the length nearest the pattern's).
    std::sort(ends.begin(), ends.end(), [m](const Candidate &a, const Candidate &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return std::abs(a.end - a.start - m) < std::abs(b.end - b.start - m);
    });
    QList<Candidate> perStart;
    for (const Candidate &c : std::as_const(ends)) {
        if (perStart.isEmpty() || perStart.last().start != c.start)
            perStart.append(c);
    }
    std::stable_sort(perStart.begin(), perStart.end(), [](const Candidate &a, const Candidate &b) { return a.cost < b.cost; });
    QList<Candidate> kept;
    for (const Candidate &c : std::as_const(perStart)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const Candidate &k) { return c.start < k.end && k.start < c.end; });
        if (!overlaps)
            kept.append(c);
    }
    return kept;
}

class Reanchorer
{
public:
    Reanchorer(const QString &body, const TextAnchor &old)
        : m_body(body)
        , m_old(old)
        , m_text(normalize(body, true))
        , m_exact(normalize(old.exact, false).text)
        , m_prefix(normalize(old.prefix, false).text)
        , m_suffix(normalize(old.suffix, false).text)
    {
    }

    TextAnchor run()
    {
        const int m = int(m_exact.size());
        if (m == 0 || m_exact == QLatin1String(" "))
            return orphaned();
        QList<Candidate> exact;
        for (qsizetype at = m_text.text.indexOf(m_exact); at >= 0; at = m_text.text.indexOf(m_exact, at + 1))
            exact.append({int(at), int(at) + m, 0});
        if (const auto chosen = choose(exact, false))
            return moved(*chosen);
        if (m > maxFuzzyLength)
            return orphaned();
        const int k = m / 4; // at most a quarter of the characters edited
        if (k == 0)
            return orphaned(); // a short text is re-found exactly or not at all
        if (const auto chosen = choose(fuzzy(k), true))
            return moved(*chosen);
        return orphaned();
    }

private:
    /** Scores the candidates and returns the one chosen with confidence, if any. */
    std::optional<Candidate> choose(QList<Candidate> candidates, bool approximate) const
    {
        if (candidates.isEmpty())
            return std::nullopt;
        const double m = double(m_exact.size());
        for (Candidate &c : candidates) {
            c.context = (prefixAgreement(m_text.text, c.start, m_prefix) + suffixAgreement(m_text.text, c.end, m_suffix)) / 2.0;
            const int distance = std::abs(m_text.raw.at(c.start) - m_old.start);
            c.score = c.context - double(c.cost) / m + 0.1 / (1.0 + distance / 256.0);
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        const Candidate &best = candidates.first();
        const bool single = candidates.size() == 1;
        if (!single && best.score - candidates.at(1).score < minMargin)
            return std::nullopt; // two places fit about as well: the analyst decides
        if (best.context >= (approximate && best.cost > 0 ? minFuzzyContext : minContext))
            return best;
        // Without its context, only a long text found alone, unedited or nearly so.
        if (single && !approximate && m >= distinctiveLength)
            return best;
        if (single && approximate && m >= 2 * distinctiveLength && best.cost * 10 <= m)
            return best;
        return std::nullopt;
    }

    QList<Candidate> fuzzy(int k) const
    {
        const int m = int(m_exact.size());
        const int n = int(m_text.text.size());
        if (qint64(m) * n <= fuzzyBudget)
            return approximateMatches(m_text.text, m_exact, k, 0);
        // A long body: near where the span was (a window of at least three times its length).
        const int window = std::max<int>(3 * m, int(fuzzyBudget / m));
        const int expected = int(std::lower_bound(m_text.raw.cbegin(), m_text.raw.cend(), m_old.start) - m_text.raw.cbegin());
        const int from = std::clamp(expected - window / 2, 0, std::max(0, n - window));
        const int length = std::min(window, n - from);
        return approximateMatches(QStringView(m_text.text).mid(from, length), m_exact, k, from);
    }

    TextAnchor moved(const Candidate &c) const
    {
        auto [start, end] = m_text.rawSpan(c.start, c.end);
        // Never split a surrogate pair.
        const auto splits = [&](int at) {
            return at > 0 && at < int(m_body.size()) && m_body.at(at).isLowSurrogate() && m_body.at(at - 1).isHighSurrogate();
        };
        if (splits(start))
            --start;
        if (splits(end))
            ++end;
        TextAnchor a = TextAnchor::make(m_body, start, end);
        const bool same = start == m_old.start && end == m_old.end && a.exact == m_old.exact;
        a.state = same ? AnchorState::Ok : AnchorState::Moved;
        return a;
    }

    TextAnchor orphaned() const
    {
        TextAnchor a = m_old;
        a.state = AnchorState::Orphaned;
        return a;
    }

    const QString &m_body;
    const TextAnchor &m_old;
    Normalized m_text;
    QString m_exact;
    QString m_prefix;
    QString m_suffix;
};

bool exactAt(const QString &body, const TextAnchor &a)
{
    return a.start >= 0 && a.start <= a.end && a.end <= body.size() && QStringView(body).mid(a.start, a.end - a.start) == a.exact;
}

} // namespace

TextAnchor reanchor(const QString &newBody, const TextAnchor &old)
{
    if (!old.bodySha256.isEmpty() && old.bodySha256 == TextAnchor::bodyHash(newBody)) {
        // The text the anchor was made on (or, for an orphan, the text its offsets point into).
        TextAnchor same = old;
        if (same.state == AnchorState::Orphaned && exactAt(newBody, old))
            same.state = AnchorState::Ok;
        return same;
    }
    if (!old.exact.isEmpty() && exactAt(newBody, old)) {
        const double context = (prefixAgreement(newBody, old.start, old.prefix) + suffixAgreement(newBody, old.end, old.suffix)) / 2.0;
        if (context >= minContext) {
            TextAnchor a = TextAnchor::make(newBody, old.start, old.end);
            a.state = AnchorState::Ok;
            return a;
        }
    }
    return Reanchorer(newBody, old).run();
}

} // namespace Dossier
