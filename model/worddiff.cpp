// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include "tokenizer.h"

#include <QHash>
#include <QString>

namespace Dossier::WordDiff {

namespace {

QChar typographicForm(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x0060: case 0x00B4:
        return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
        return QLatin1Char('"');
    default:
        return c;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

struct Op
{
    DiffOp op;
    int oldIndex; // the token, or the insertion point for Inserted
    int newIndex; // the token, or the insertion point for Deleted
};

/** Myers' greedy algorithm with the furthest-reaching paths of every d kept for the backtrack;
 *  false when more than maxEdits edits would be needed. Appends the ops in reverse order. */
bool myers(const quint64 *a, int n, const quint64 *b, int m, int offsetA, int offsetB, std::vector<Op> *reversed)
{
    std::vector<std::vector<int>> trace; // trace[d][k + d] = furthest x on diagonal k after d edits
    int found = -1;
    for (int d = 0; d <= n + m; ++d) {
        if (d > maxEdits)
            return false;
        std::vector<int> cur(2 * d + 1);
        const std::vector<int> *prev = d > 0 ? &trace.back() : nullptr;
        auto prevAt = [&](int k) { return (*prev)[k + d - 1]; };
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (d == 0)
                x = 0;
            else if (k == -d || (k != d && prevAt(k - 1) < prevAt(k + 1)))
                x = prevAt(k + 1);
            else
                x = prevAt(k - 1) + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y])
                ++x, ++y;
            cur[k + d] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.push_back(std::move(cur));
        if (found >= 0)
            break;
    }
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[d - 1];
        auto prevAt = [&](int k) { return prev[k + d - 1]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && prevAt(k - 1) < prevAt(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = prevAt(prevK);
        const int startX = down ? prevX : prevX + 1; // where the snake after the edit begins
        while (x > startX) {
            --x, --y;
            reversed->push_back({DiffOp::Equal, offsetA + x, offsetB + y});
        }
        if (down) {
            --y;
            reversed->push_back({DiffOp::Inserted, offsetA + x, offsetB + y});
        } else {
            --x;
            reversed->push_back({DiffOp::Deleted, offsetA + x, offsetB + y});
        }
    }
    while (x > 0) {
        --x, --y;
        reversed->push_back({DiffOp::Equal, offsetA + x, offsetB + y});
    }
    return true;
}

/** Ops over token indices, in order. */
std::vector<Op> diffOps(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int head = 0;
    while (head < n && head < m && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail])
        ++tail;

    std::vector<Op> ops;
    ops.reserve(n + m);
    for (int i = 0; i < head; ++i)
        ops.push_back({DiffOp::Equal, i, i});
    std::vector<Op> middle;
    if (!myers(a.data() + head, n - head - tail, b.data() + head, m - head - tail, head, head, &middle)) {
        middle.clear();
        for (int j = m - tail - 1; j >= head; --j)
            middle.push_back({DiffOp::Inserted, n - tail, j});
        for (int i = n - tail - 1; i >= head; --i)
            middle.push_back({DiffOp::Deleted, i, head});
    }
    ops.insert(ops.end(), middle.rbegin(), middle.rend());
    for (int i = 0; i < tail; ++i)
        ops.push_back({DiffOp::Equal, n - tail + i, m - tail + i});
    return ops;
}

/** Merges ops into runs; tokenOld/tokenNew map a token index to its [start, end) (or are null for
 *  index ranges). Deletions of one change come before its insertions. */
QList<DiffRun> toRuns(const std::vector<Op> &ops, const QList<Token> *tokensOld, const QList<Token> *tokensNew,
                      int oldLength, int newLength)
{
    auto startOf = [](const QList<Token> *tokens, int index, int length) {
        if (!tokens)
            return index;
        return index < tokens->size() ? tokens->at(index).start : length;
    };
    auto endOf = [](const QList<Token> *tokens, int index) { return tokens ? tokens->at(index).end : index + 1; };

    // Group into Equal blocks and change blocks (deletions first, then insertions).
    QList<DiffRun> runs;
    size_t i = 0;
    while (i < ops.size()) {
        if (ops[i].op == DiffOp::Equal) {
            const size_t first = i;
            while (i < ops.size() && ops[i].op == DiffOp::Equal)
                ++i;
            runs.append({DiffOp::Equal, startOf(tokensOld, ops[first].oldIndex, oldLength),
                         endOf(tokensOld, ops[i - 1].oldIndex), startOf(tokensNew, ops[first].newIndex, newLength),
                         endOf(tokensNew, ops[i - 1].newIndex)});
            continue;
        }
        int delFirst = -1, delLast = -1, insFirst = -1, insLast = -1;
        const int oldAt = ops[i].oldIndex;
        const int newAt = ops[i].newIndex;
        while (i < ops.size() && ops[i].op != DiffOp::Equal) {
            if (ops[i].op == DiffOp::Deleted) {
                delLast = ops[i].oldIndex;
                if (delFirst < 0)
                    delFirst = delLast;
            } else {
                insLast = ops[i].newIndex;
                if (insFirst < 0)
                    insFirst = insLast;
            }
            ++i;
        }
        // The insertion point of the other side: where the change begins there.
        const int oldPoint = delFirst >= 0 ? startOf(tokensOld, delFirst, oldLength) : startOf(tokensOld, oldAt, oldLength);
        const int newPoint = insFirst >= 0 ? startOf(tokensNew, insFirst, newLength) : startOf(tokensNew, newAt, newLength);
        if (delFirst >= 0)
            runs.append({DiffOp::Deleted, oldPoint, endOf(tokensOld, delLast), newPoint, newPoint});
        if (insFirst >= 0)
            runs.append({DiffOp::Inserted, oldPoint, oldPoint, newPoint, endOf(tokensNew, insLast)});
    }
    return runs;
}

void keysOf(QStringView text, Options options, QList<Token> *tokens, std::vector<quint64> *keys)
{
    const QList<Token> all = Tokenizer::tokenize(text);
    tokens->reserve(all.size());
    keys->reserve(all.size());
    QString word;
    for (const Token &t : all) {
        const QStringView s = text.sliced(t.start, t.length());
        bool hasWordChar = false;
        for (QChar c : s)
            hasWordChar = hasWordChar || isWordChar(c);
        if (!hasWordChar && options.ignorePunctuation)
            continue;
        word.resize(0);
        for (QChar c : s)
            word.append(typographicForm(c));
        if (options.ignoreCase)
            word = word.toCaseFolded();
        tokens->append(t);
        keys->push_back(qHash(word, size_t(0x9e3779b9)));
    }
}

} // namespace

QList<DiffRun> diffKeys(const std::vector<quint64> &oldKeys, const std::vector<quint64> &newKeys)
{
    return toRuns(diffOps(oldKeys, newKeys), nullptr, nullptr, int(oldKeys.size()), int(newKeys.size()));
}

QList<DiffRun> diff(QStringView oldText, QStringView newText, Options options)
{
    QList<Token> oldTokens, newTokens;
    std::vector<quint64> oldKeys, newKeys;
    keysOf(oldText, options, &oldTokens, &oldKeys);
    keysOf(newText, options, &newTokens, &newKeys);
    return toRuns(diffOps(oldKeys, newKeys), &oldTokens, &newTokens, int(oldText.size()), int(newText.size()));
}

} // namespace Dossier::WordDiff
