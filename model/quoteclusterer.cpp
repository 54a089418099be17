// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteclusterer.h"

#include "tokenizer.h"
#include "worddiff.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Dossier {

namespace {

constexpr size_t hashSeed = 0x51ed270b;
/** Quotes are aligned on at most this many words each (a 1500 × 1500 table at worst). */
constexpr int maxAlignedWords = 1500;

/** Case-folded, without diacritics and apostrophes; empty for punctuation. */
QString foldWord(QStringView word)
{
    QString out;
    out.reserve(word.size());
    bool hasWordChar = false;
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        if (c.isMark() || Tokenizer::isApostrophe(c) || c == QLatin1Char('`'))
            continue;
        if (c.isLetterOrNumber())
            hasWordChar = true;
        out.append(c);
    }
    return hasWordChar ? out.toCaseFolded() : QString();
}

/** The words of a text as folded strings; the possessive 's is left out when @p dropPossessive. */
QStringList foldedWords(const QString &text, bool dropPossessive)
{
    QStringList words;
    for (const Token &t : Tokenizer::tokenize(text)) {
        const QStringView raw = QStringView(text).sliced(t.start, t.length());
        const QString folded = foldWord(raw);
        if (folded.isEmpty())
            continue;
        if (dropPossessive && folded == QLatin1String("s") && Tokenizer::isApostrophe(raw.front()))
            continue;
        words.append(folded);
    }
    return words;
}

bool hasVowel(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return QStringView(u"aeiouy").contains(c); });
}

quint64 keyOf(const QString &s)
{
    return qHash(s, hashSeed);
}

struct Alignment
{
    int matches = 0;
    int lengthA = 0; ///< words of a the aligned passage spans
    int lengthB = 0;
};

/** Smith–Waterman local alignment: the best-scoring passage the two word sequences share. */
Alignment localAlign(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    constexpr int match = 2;
    constexpr int penalty = -1; // a substitution or a word only one side has
    const int n = std::min<int>(int(a.size()), maxAlignedWords);
    const int m = std::min<int>(int(b.size()), maxAlignedWords);
    struct Cell
    {
        int score = 0;
        int matches = 0;
        int startI = 0;
        int startJ = 0;
    };
    std::vector<Cell> prev(m + 1), cur(m + 1);
    Cell best;
    int bestI = 0, bestJ = 0;
    for (int i = 1; i <= n; ++i) {
        cur[0] = Cell{0, 0, i, 0};
        for (int j = 1; j <= m; ++j) {
            const bool same = a[i - 1] == b[j - 1];
            Cell c{0, 0, i, j};
            const Cell &d = prev[j - 1];
            const int diag = d.score + (same ? match : penalty);
            if (diag > 0) {
                c = d.score > 0 ? d : Cell{0, 0, i - 1, j - 1};
                c.score = diag;
                c.matches += same ? 1 : 0;
            }
            if (prev[j].score + penalty > c.score) {
                c = prev[j];
                c.score += penalty;
            }
            if (cur[j - 1].score + penalty > c.score) {
                c = cur[j - 1];
                c.score += penalty;
            }
            cur[j] = c;
            if (c.score > best.score) {
                best = c;
                bestI = i;
                bestJ = j;
            }
        }
        std::swap(prev, cur);
    }
    if (best.score == 0)
        return {};
    return {best.matches, bestI - best.startI, bestJ - best.startJ};
}

bool isBefore(const ClusterQuote &a, const ClusterQuote &b)
{
    if (a.published.isValid() != b.published.isValid())
        return a.published.isValid();
    if (a.published != b.published)
        return a.published < b.published;
    return a.id < b.id;
}

} // namespace

QString QuoteClusterer::stem(const QString &word)
{
    QString w = foldWord(word);
    auto ends = [&w](const char *suffix) { return w.endsWith(QLatin1String(suffix)); };
    auto chop = [&w](int n) { w.chop(n); };
    if (w.size() <= 3)
        return w;
    // Plurals and third person: contacts -> contact, policies -> policy, taxes -> tax.
    if ((ends("ies") || ends("ied")) && w.size() > 4) {
        chop(3);
        w.append(QLatin1Char('y'));
    } else if (ends("sses") || ends("xes") || ends("ches") || ends("shes") || ends("zes")) {
        chop(2);
    } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
        chop(1);
    }
    // Participles and past tense when a syllable remains: released -> releas, running -> run.
    auto stripVerbal = [&](int n) {
        if (w.size() - n < 3 || !hasVowel(QStringView(w).first(w.size() - n)))
            return false;
        chop(n);
        const int s = int(w.size());
        if (s >= 2 && w[s - 1] == w[s - 2] && !QStringView(u"aeioulsz").contains(w[s - 1]))
            chop(1); // stopped -> stop, but falling -> fall
        return true;
    };
    if (!(ends("ing") && stripVerbal(3)) && ends("ed"))
        stripVerbal(2);
    // A final e, so that release / released and take / taking meet.
    if (w.size() > 3 && ends("e"))
        chop(1);
    return w;
}

QString QuoteClusterer::surnameKey(const QString &speaker)
{
    QStringList words = foldedWords(speaker, true);
    static const QSet<QString> suffixes = {QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("ii"),
                                           QStringLiteral("iii")};
    while (!words.isEmpty() && suffixes.contains(words.last()))
        words.removeLast();
    return words.isEmpty() ? QString() : words.last();
}

QuoteClusterer::Prepared QuoteClusterer::prepare(const ClusterQuote &quote)
{
    Entry e;
    e.quote = quote;
    for (const QString &w : foldedWords(quote.text, true))
        e.stems.push_back(quint32(keyOf(stem(w)))); // 32 bits: the index holds millions
    e.surname = surnameKey(quote.speaker);
    return e;
}

bool QuoteClusterer::entriesMatch(const Entry &a, const Entry &b)
{
    const int shorter = int(std::min(a.stems.size(), b.stems.size()));
    if (shorter < minWords)
        return false;
    const bool knownA = a.quote.speakerEntityId != 0 || !a.surname.isEmpty();
    const bool knownB = b.quote.speakerEntityId != 0 || !b.surname.isEmpty();
    const bool sameSpeaker = (a.quote.speakerEntityId != 0 && a.quote.speakerEntityId == b.quote.speakerEntityId)
        || (!a.surname.isEmpty() && a.surname == b.surname);
    if (knownA && knownB && !sameSpeaker)
        return false;

    const Alignment al = localAlign(a.stems, b.stems);
    const double density = al.matches / double(std::max({al.lengthA, al.lengthB, 1}));
    if (sameSpeaker)
        return al.matches >= minWords && density >= 0.75 && (al.matches >= 0.8 * shorter || al.matches >= longPassage);
    return al.matches >= unknownMinWords && density >= 0.9 && al.matches >= 0.9 * shorter;
}

bool QuoteClusterer::matches(const ClusterQuote &a, const ClusterQuote &b)
{
    return entriesMatch(prepare(a), prepare(b));
}

bool QuoteClusterer::differs(const QString &a, const QString &b)
{
    std::vector<quint64> ka, kb;
    for (const QString &w : foldedWords(a, false))
        ka.push_back(keyOf(w));
    for (const QString &w : foldedWords(b, false))
        kb.push_back(keyOf(w));
    const QList<DiffRun> runs = WordDiff::diffKeys(ka, kb);

    // The overlap runs from the first to the last shared passage of three words or more (of any
    // length when none is that long): a word or two the ends happen to share ("will be") is no anchor.
    auto length = [](const DiffRun &r) { return r.oldEnd - r.oldStart; };
    int anchorLength = 1;
    for (const DiffRun &r : runs) {
        if (r.op == DiffOp::Equal && length(r) >= 3)
            anchorLength = 3;
    }
    auto isAnchor = [&](const DiffRun &r) { return r.op == DiffOp::Equal && length(r) >= anchorLength; };
    const auto first = std::find_if(runs.begin(), runs.end(), isAnchor);
    if (first == runs.end())
        return !runs.isEmpty();
    const auto last = std::find_if(runs.rbegin(), runs.rend(), isAnchor).base() - 1;

    // Words outside the overlap that only one side has are an excerpt; so are different framing
    // passages of three words or more on both sides (each outlet quoted a different neighbouring
    // sentence). A shorter change on both sides is a substituted word ("with Trump" / "with Biden").
    auto isExcerpt = [](int oldWords, int newWords) {
        return oldWords == 0 || newWords == 0 || (oldWords >= 3 && newWords >= 3);
    };
    if (!isExcerpt(first->oldStart, first->newStart)
        || !isExcerpt(int(ka.size()) - last->oldEnd, int(kb.size()) - last->newEnd))
        return true;
    return std::any_of(first, last + 1, [](const DiffRun &r) { return r.op != DiffOp::Equal; });
}

int QuoteClusterer::find(int index) const
{
    while (m_parent[index] != index) {
        m_parent[index] = m_parent[m_parent[index]];
        index = m_parent[index];
    }
    return index;
}

void QuoteClusterer::unite(int a, int b)
{
    a = find(a);
    b = find(b);
    if (a != b)
        m_parent[std::max(a, b)] = std::min(a, b);
}

void QuoteClusterer::add(const ClusterQuote &quote)
{
    add(prepare(quote), Mode::Cluster);
}

quint64 QuoteClusterer::exactKey(const Entry &e)
{
    quint64 h = e.quote.speakerEntityId != 0 ? quint64(e.quote.speakerEntityId) : qHash(e.surname, 1);
    h = h * 0x9e3779b97f4a7c15ULL + (e.quote.speakerEntityId != 0 ? 1 : 2);
    for (quint32 stem : e.stems)
        h = (h ^ stem) * 0xff51afd7ed558ccdULL + 0x2545f4914f6cdd1dULL;
    return h;
}

QuoteClusterer::TrigramSlot &QuoteClusterer::trigramSlot(quint64 key)
{
    if ((m_trigramsUsed + 1) * 4 > m_trigramTable.size() * 3) { // at most 3/4 full
        std::vector<TrigramSlot> old(std::max<size_t>(1024, m_trigramTable.size() * 2));
        old.swap(m_trigramTable);
        const size_t mask = m_trigramTable.size() - 1;
        for (const TrigramSlot &t : old) {
            if (t.head < 0)
                continue;
            size_t i = size_t(t.key * 0x9e3779b97f4a7c15ULL >> 20) & mask;
            while (m_trigramTable[i].head >= 0)
                i = (i + 1) & mask;
            m_trigramTable[i] = t;
        }
    }
    const size_t mask = m_trigramTable.size() - 1;
    size_t i = size_t(key * 0x9e3779b97f4a7c15ULL >> 20) & mask;
    while (m_trigramTable[i].head >= 0 && m_trigramTable[i].key != key)
        i = (i + 1) & mask;
    if (m_trigramTable[i].head < 0) {
        m_trigramTable[i].key = key;
        ++m_trigramsUsed;
    }
    return m_trigramTable[i];
}

QList<qint64> QuoteClusterer::add(Prepared prepared, Mode mode)
{
    const int index = int(m_quotes.size());
    m_quotes.push_back(std::move(prepared));
    m_parent.push_back(index);
    Entry &entry = m_quotes.back();
    m_indexById.insert(entry.quote.id, index);
    if (int(entry.stems.size()) < minWords)
        return {}; // never matches anything

    if (mode != Mode::Cluster) {
        entry.quote.speaker = QString(); // matching needs the surname and entity only; the store has the rest
        entry.quote.text = QString();
        // A copy of a quote seen before: one link to the first copy, which stands for it.
        const quint64 key = exactKey(entry);
        const auto first = m_firstCopy.constFind(key);
        if (first == m_firstCopy.cend()) {
            m_firstCopy.insert(key, index);
        } else if (const Entry &original = m_quotes[size_t(*first)];
                   original.stems == entry.stems && original.quote.articleId != entry.quote.articleId
                   && (mode == Mode::IndexOnly || entriesMatch(original, entry))) {
            unite(*first, index);
            m_copies[*first].push_back(index);
            const qint64 originalId = original.quote.id;
            entry.stems = {}; // the first copy stands for it: only its id and article are kept
            entry.surname = QString();
            if (mode == Mode::IndexOnly)
                return {};
            ++m_comparisons;
            return {originalId};
        }
    }

    std::vector<int> candidates;
    for (size_t i = 0; i + 2 < entry.stems.size(); ++i) {
        const quint64 key = entry.stems[i] ^ (entry.stems[i + 1] * 0x9e3779b97f4a7c15ULL)
            ^ (entry.stems[i + 2] * 0xc2b2ae3d27d4eb4fULL);
        TrigramSlot &slot = trigramSlot(key);
        if (slot.head >= 0 && m_postings[size_t(slot.head)].entry == index)
            continue; // a trigram the quote repeats
        if (mode != Mode::IndexOnly && slot.count <= commonTrigram) {
            for (int p = slot.head; p >= 0; p = m_postings[size_t(p)].next)
                candidates.push_back(m_postings[size_t(p)].entry);
        }
        m_postings.push_back({index, slot.head});
        slot.head = int(m_postings.size() - 1);
        ++slot.count;
    }
    // A match has at least minWords aligned words, so two quotes that share a single trigram
    // rarely match; sharing two is required when the quote has two (a common phrase such as
    // "we are going" would otherwise make every quote a candidate of every other).
    std::sort(candidates.begin(), candidates.end());
    const size_t trigrams = entry.stems.size() - 2;
    const size_t needed = std::min<size_t>(2, trigrams);
    std::vector<std::pair<int, int>> ranked; // (−shared trigrams, quote): the most shared first
    for (size_t i = 0; i < candidates.size();) {
        size_t j = i;
        while (j < candidates.size() && candidates[j] == candidates[i])
            ++j;
        if (j - i >= needed)
            ranked.push_back({-int(j - i), candidates[i]});
        i = j;
    }
    std::sort(ranked.begin(), ranked.end());
    QList<qint64> matched;
    int compared = 0;
    for (const auto &[shared, other] : ranked) {
        if (mode == Mode::AllMatches && (matched.size() >= maxMatches || compared >= maxCandidates))
            break; // a quote repeated in hundreds of articles: its cluster joins through these
        if (other == index)
            continue;
        if (mode == Mode::Cluster && find(other) == find(index))
            continue;
        if (mode == Mode::AllMatches && m_quotes[other].quote.articleId == entry.quote.articleId)
            continue;
        ++m_comparisons;
        ++compared;
        if (entriesMatch(m_quotes[other], entry)) {
            unite(other, index);
            if (mode == Mode::Cluster)
                m_edges.push_back({other, index});
            matched.append(m_quotes[other].quote.id);
        }
    }
    return matched;
}

void QuoteClusterer::add(const QList<ClusterQuote> &quotes)
{
    for (const ClusterQuote &q : quotes)
        add(q);
}

QList<QuoteCluster> QuoteClusterer::clusters() const
{
    QHash<int, QList<int>> byRoot;
    for (int i = 0; i < int(m_quotes.size()); ++i)
        byRoot[find(i)].append(i);
    QHash<int, bool> altered;
    for (const auto &[a, b] : m_edges) {
        bool &flag = altered[find(a)];
        flag = flag || differs(m_quotes[a].quote.text, m_quotes[b].quote.text);
    }
    QList<QuoteCluster> out;
    for (auto it = byRoot.cbegin(); it != byRoot.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QList<int> members = *it;
        std::sort(members.begin(), members.end(),
                  [this](int a, int b) { return isBefore(m_quotes[a].quote, m_quotes[b].quote); });
        QuoteCluster c;
        for (int i : members)
            c.members.append(m_quotes[i].quote.id);
        c.earliest = c.members.first();
        c.altered = altered.value(it.key());
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [this](const QuoteCluster &a, const QuoteCluster &b) {
        return isBefore(m_quotes[m_indexById.value(a.earliest)].quote, m_quotes[m_indexById.value(b.earliest)].quote);
    });
    return out;
}

QList<qint64> QuoteClusterer::articlesOfCopies(qint64 quoteId) const
{
    const auto it = m_indexById.constFind(quoteId);
    if (it == m_indexById.cend())
        return {};
    QList<qint64> articles{m_quotes[size_t(*it)].quote.articleId};
    for (int copy : m_copies.value(*it))
        articles.append(m_quotes[size_t(copy)].quote.articleId);
    return articles;
}

const ClusterQuote *QuoteClusterer::quote(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_quotes[size_t(*it)].quote;
}

QList<qint64> QuoteClusterer::clusterOf(qint64 quoteId) const
{
    const auto it = m_indexById.constFind(quoteId);
    if (it == m_indexById.cend())
        return {};
    const int root = find(*it);
    QList<int> members;
    for (int i = 0; i < int(m_quotes.size()); ++i) {
        if (find(i) == root)
            members.append(i);
    }
    std::sort(members.begin(), members.end(),
              [this](int a, int b) { return isBefore(m_quotes[a].quote, m_quotes[b].quote); });
    QList<qint64> ids;
    for (int i : members)
        ids.append(m_quotes[i].quote.id);
    return ids;
}

} // namespace Dossier
