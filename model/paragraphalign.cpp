// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphalign.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Dossier::ParagraphAlign {

namespace {

using WordSet = std::vector<size_t>; // sorted, unique hashes of the case-folded words

WordSet wordSet(QStringView text)
{
    WordSet out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        out.push_back(qHash(text.mid(start, i - start).toString().toCaseFolded()));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double dice(const WordSet &a, const WordSet &b)
{
    if (a.empty() && b.empty())
        return 1;
    if (a.empty() || b.empty())
        return 0;
    size_t common = 0;
    auto x = a.begin();
    auto y = b.begin();
    while (x != a.end() && y != b.end()) {
        if (*x < *y)
            ++x;
        else if (*y < *x)
            ++y;
        else
            ++common, ++x, ++y;
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

} // namespace

QList<ParagraphSpan> paragraphs(QStringView body)
{
    QList<ParagraphSpan> out;
    const auto add = [&](qsizetype start, qsizetype end) {
        while (start < end && body.at(start).isSpace())
            ++start;
        while (end > start && body.at(end - 1).isSpace())
            --end;
        if (end > start)
            out.append({int(start), int(end)});
    };
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < body.size()) {
        if (body.at(i) == QLatin1Char('\n') || body.at(i) == QChar::ParagraphSeparator) {
            // A blank line (only spaces between two line breaks) ends the paragraph.
            qsizetype j = i + 1;
            while (j < body.size() && body.at(j) != QLatin1Char('\n') && body.at(j).isSpace())
                ++j;
            if (body.at(i) == QChar::ParagraphSeparator || (j < body.size() && body.at(j) == QLatin1Char('\n'))) {
                add(start, i);
                start = j;
                i = j;
                continue;
            }
        }
        ++i;
    }
    add(start, body.size());
    return out;
}

QStringList paragraphTexts(QStringView body)
{
    QStringList out;
    for (const ParagraphSpan &p : paragraphs(body))
        out.append(body.mid(p.start, p.end - p.start).toString());
    return out;
}

double similarity(QStringView a, QStringView b)
{
    return dice(wordSet(a), wordSet(b));
}

QList<ParagraphPair> align(const QStringList &left, const QStringList &right, double minSimilarity)
{
    const qsizetype n = left.size();
    const qsizetype m = right.size();
    std::vector<WordSet> a, b;
    a.reserve(n);
    b.reserve(m);
    for (const QString &p : left)
        a.push_back(wordSet(p));
    for (const QString &p : right)
        b.push_back(wordSet(p));

    // best[i][j]: the largest total similarity aligning left[i..] with right[j..].
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    std::vector<double> best((n + 1) * (m + 1), 0.0);
    std::vector<double> sim(size_t(n * m), 0.0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            const double s = dice(a[size_t(i)], b[size_t(j)]);
            sim[size_t(i * m + j)] = s;
            double v = std::max(best[at(i + 1, j)], best[at(i, j + 1)]);
            if (s >= minSimilarity)
                v = std::max(v, best[at(i + 1, j + 1)] + s);
            best[at(i, j)] = v;
        }
    }

    QList<ParagraphPair> out;
    QList<int> leftOnly;
    QList<int> rightOnly;
    const auto flushGaps = [&] {
        for (int l : std::as_const(leftOnly))
            out.append({l, -1, 0});
        for (int r : std::as_const(rightOnly))
            out.append({-1, r, 0});
        leftOnly.clear();
        rightOnly.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        const double s = sim[size_t(i * m + j)];
        if (s >= minSimilarity && best[at(i, j)] == best[at(i + 1, j + 1)] + s) {
            flushGaps();
            out.append({int(i), int(j), s});
            ++i, ++j;
        } else if (best[at(i, j)] == best[at(i + 1, j)]) {
            leftOnly.append(int(i++));
        } else {
            rightOnly.append(int(j++));
        }
    }
    while (i < n)
        leftOnly.append(int(i++));
    while (j < m)
        rightOnly.append(int(j++));
    flushGaps();
    return out;
}

} // namespace Dossier::ParagraphAlign
