// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylinker.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <limits>
#include <set>

namespace Dossier {

namespace {

// splitmix64's finaliser: a fast, well-mixed 64-bit permutation. Written out (not qHash) so the
// values never change with the Qt version or a per-process seed: signatures are stored.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr bool isAsciiAlnum(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// A word's hash: mix() of the FNV-1a hash of its UTF-16 code units.
constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;

// 1: value i was the top half of mix(shingle ^ seed_i). 2: the multiply-add-shift hash below.
constexpr quint8 SignatureFormat = 2;

// The MinHash inner loop: for every shingle x (its low 32 bits, which the exact check compares
// too) and every value i, sig[i] = min(sig[i], h_i(x)) with Dietzfelbinger's multiply-add-shift hash
// h_i(x) = ((a_i·x + b_i) mod 2^64) >> 32, strongly universal for 32-bit x and random 64-bit a_i, b_i.
// With a_i in 32-bit halves that is aLow·x + b (one 32 x 32 -> 64 bit multiplication) plus
// 2^32·aHigh·x (a 32-bit one), which vectorises: SSE2 on any x86-64, and the AVX2 clone where the
// processor has it (the same results).
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__) && defined(__linux__)
__attribute__((target_clones("avx2", "default")))
#endif
void minHashInto(const quint64 *shingles, size_t count, const quint32 *aLow, const quint32 *aHigh,
                 const quint64 *b, quint32 *__restrict sig, size_t n)
{
    for (size_t s = 0; s < count; ++s) {
        const quint32 x = quint32(shingles[s]);
        for (size_t i = 0; i < n; ++i) {
            const quint32 v = quint32((quint64(aLow[i]) * x + b[i]) >> 32) + aHigh[i] * x;
            sig[i] = v < sig[i] ? v : sig[i];
        }
    }
}

// Sorts hash values (quint32 or quint64) ascending and drops repeats. An LSD radix sort, a byte a
// pass: on hash values std::sort mispredicts half its comparisons, and this ran as long as the
// MinHash itself for a 600-word article.
template<typename T>
void sortDistinct(std::vector<T> &values)
{
    const size_t n = values.size();
    if (n < 64) {
        std::sort(values.begin(), values.end());
    } else {
        constexpr int Passes = int(sizeof(T));
        std::array<std::array<quint32, 256>, Passes> counts{};
        for (T v : values) {
            for (int p = 0; p < Passes; ++p)
                ++counts[size_t(p)][(v >> (8 * p)) & 0xff];
        }
        std::vector<T> buffer(n);
        T *from = values.data(), *to = buffer.data();
        for (int p = 0; p < Passes; ++p) {
            std::array<quint32, 256> &c = counts[size_t(p)];
            if (c[(from[0] >> (8 * p)) & 0xff] == n)
                continue; // every value has the same byte here
            quint32 sum = 0;
            for (quint32 &x : c) {
                const quint32 count = x;
                x = sum;
                sum += count;
            }
            for (size_t i = 0; i < n; ++i) {
                const T v = from[i];
                to[c[(v >> (8 * p)) & 0xff]++] = v;
            }
            std::swap(from, to);
        }
        if (from != values.data())
            values.swap(buffer);
    }
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

QString storyRelationName(StoryRelation relation)
{
    switch (relation) {
    case StoryRelation::Duplicate:
        return QStringLiteral("duplicate");
    case StoryRelation::NearDuplicate:
        return QStringLiteral("near-duplicate");
    case StoryRelation::Contains:
        return QStringLiteral("contains");
    case StoryRelation::ContainedIn:
        return QStringLiteral("contained-in");
    case StoryRelation::SameEvent:
        return QStringLiteral("same-event");
    }
    return {};
}

StoryRelation inverse(StoryRelation relation)
{
    switch (relation) {
    case StoryRelation::Contains:
        return StoryRelation::ContainedIn;
    case StoryRelation::ContainedIn:
        return StoryRelation::Contains;
    default:
        return relation;
    }
}

StoryLinker::StoryLinker(StoryParams params)
    : m_params(params)
{
    m_params.shingleWords = std::max(1, m_params.shingleWords);
    m_params.bands = std::max(1, m_params.bands);
    m_params.rows = std::max(1, m_params.rows);
    // Fixed seeds, one per signature value: the n hash functions of the MinHash.
    quint64 s = 0x446f7373696572ULL; // "Dossier"
    m_seeds.reserve(m_params.signatureSize());
    for (int i = 0; i < m_params.signatureSize(); ++i) {
        s = mix(s);
        m_seeds.push_back(s);
    }
    m_table.resize(1024);
}

QString StoryLinker::normalise(QStringView body)
{
    // One pass into a buffer of the input's size (the output is never longer: a space is written only
    // for a dropped character). ASCII, most of any English text, takes a fast path that also folds its
    // case; the rest is folded once at the end, only when there is any.
    QString out(body.size(), Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype n = 0;
    bool space = false;
    bool ascii = true;
    const qsizetype size = body.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = body[i];
        const char16_t u = c.unicode();
        const bool word = u < 0x80 ? isAsciiAlnum(u) : (c.isLetterOrNumber() || c.isMark());
        if (word) {
            if (space && n > 0)
                o[n++] = u' ';
            space = false;
            if (u < 0x80) {
                o[n++] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
            } else {
                o[n++] = c;
                ascii = false;
            }
            continue;
        }
        // An apostrophe inside a word (don't, O'Neill, straight or typographic) joins it, so the
        // typography of one outlet and the typewriter quotes of another give the same words.
        if (Tokenizer::isApostrophe(c) && n > 0 && !space && i + 1 < size && body[i + 1].isLetterOrNumber())
            continue;
        space = true;
    }
    out.truncate(n);
    return ascii ? out : out.toCaseFolded();
}

namespace {

/** The k-word shingle hashes of a normalised text, appended unsorted. */
void appendShingles(const QString &text, int shingleWords, std::vector<quint64> &out)
{
    std::vector<quint64> words;
    words.reserve(size_t(text.size() / 4));
    const QChar *c = text.constData();
    const QChar *const end = c + text.size();
    while (c < end) { // normalise() leaves single spaces between words, none at either end
        quint64 h = FnvOffset; // wordHash(), in the same pass that finds the word's end
        for (; c < end && *c != u' '; ++c) {
            h ^= c->unicode();
            h *= FnvPrime;
        }
        words.push_back(mix(h));
        ++c;
    }
    const size_t k = size_t(shingleWords);
    const size_t count = words.size() < k ? 1 : words.size() - k + 1;
    out.reserve(out.size() + count);
    for (size_t i = 0; i < count; ++i) {
        quint64 h = 0;
        for (size_t j = i; j < std::min(words.size(), i + k); ++j)
            h = mix(h * 31 + words[j]);
        out.push_back(h);
    }
}

} // namespace

std::vector<quint64> StoryLinker::shingleAll(const QStringList &passages) const
{
    std::vector<quint64> result;
    for (const QString &passage : passages) {
        const QString text = normalise(passage);
        if (!text.isEmpty())
            appendShingles(text, m_params.shingleWords, result);
    }
    sortDistinct(result);
    return result;
}

ShingledText StoryLinker::shingle(QStringView body) const
{
    ShingledText result;
    const QString text = normalise(body);
    if (text.isEmpty())
        return result;
    const QByteArray sha = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    result.bodyHash = qFromLittleEndian<quint64>(sha.constData());
    if (result.bodyHash == 0)
        result.bodyHash = 1; // 0 means "empty body"

    appendShingles(text, m_params.shingleWords, result.shingles);
    sortDistinct(result.shingles);
    return result;
}

MinHashSignature StoryLinker::signature(const ShingledText &text) const
{
    // Value i is the least h_i(x) over the shingles (minHashInto()), with a_i = seed_i and
    // b_i = mix(seed_i): one multiplication per value and shingle instead of a full mix().
    const size_t n = m_seeds.size();
    std::vector<quint32> aLow(n), aHigh(n);
    std::vector<quint64> b(n);
    for (size_t i = 0; i < n; ++i) {
        aLow[i] = quint32(m_seeds[i]);
        aHigh[i] = quint32(m_seeds[i] >> 32);
        b[i] = mix(m_seeds[i]);
    }
    MinHashSignature sig(n, std::numeric_limits<quint32>::max());
    minHashInto(text.shingles.data(), text.shingles.size(), aLow.data(), aHigh.data(), b.data(), sig.data(), n);
    return sig;
}

QByteArray StoryLinker::serialise(const MinHashSignature &signature)
{
    QByteArray blob(3 + 4 * qsizetype(signature.size()), Qt::Uninitialized);
    blob[0] = char(SignatureFormat);
    qToLittleEndian<quint16>(quint16(signature.size()), blob.data() + 1);
    for (size_t i = 0; i < signature.size(); ++i)
        qToLittleEndian<quint32>(signature[i], blob.data() + 3 + 4 * i);
    return blob;
}

std::optional<MinHashSignature> StoryLinker::deserialise(const QByteArray &blob)
{
    if (blob.size() < 3 || quint8(blob[0]) != SignatureFormat)
        return std::nullopt;
    const quint16 count = qFromLittleEndian<quint16>(blob.constData() + 1);
    if (blob.size() != 3 + 4 * qsizetype(count))
        return std::nullopt;
    MinHashSignature sig(count);
    for (quint16 i = 0; i < count; ++i)
        sig[i] = qFromLittleEndian<quint32>(blob.constData() + 3 + 4 * i);
    return sig;
}

quint32 StoryLinker::bandKey(int band, const MinHashSignature &signature) const
{
    quint64 h = mix(quint64(band) + 1);
    for (int r = 0; r < m_params.rows; ++r)
        h = mix(h ^ signature[size_t(band * m_params.rows + r)]);
    return quint32(h >> 32);
}

void StoryLinker::insertSlot(quint32 key, quint32 entry)
{
    const size_t mask = m_table.size() - 1;
    size_t i = mix(key) & mask;
    while (m_table[i].entry != 0)
        i = (i + 1) & mask;
    m_table[i] = {key, entry};
    ++m_used;
}

void StoryLinker::grow()
{
    std::vector<Slot> old;
    old.swap(m_table);
    m_table.assign(old.size() * 2, Slot{});
    m_used = 0;
    for (const Slot &s : old) {
        if (s.entry != 0)
            insertSlot(s.key, s.entry);
    }
}

namespace {
// How many values two sorted, distinct vectors share. With `needed` > 0 it may stop early, as soon as
// the count can no longer reach `needed`, and then returns a number below `needed` (not the count).
// The merge is branch-free: on hash values a branch mispredicts every other step.
template<typename T>
size_t commonCount(const std::vector<T> &a, const std::vector<T> &b, size_t needed = 0)
{
    const T *x = a.data(), *y = b.data();
    const size_t na = a.size(), nb = b.size();
    size_t i = 0, j = 0, common = 0;
    while (i < na && j < nb) {
        // A block of steps without the bound check: each step moves i or j (or both) on by one.
        const size_t steps = std::min<size_t>(64, std::min(na - i, nb - j));
        for (size_t s = 0; s < steps; ++s) {
            const T u = x[i], v = y[j];
            common += u == v;
            i += u <= v;
            j += v <= u;
        }
        if (common + std::min(na - i, nb - j) < needed)
            return common + std::min(na - i, nb - j);
    }
    return common;
}

} // namespace

double StoryLinker::jaccard(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    const size_t common = commonCount(a, b);
    const size_t all = a.size() + b.size() - common;
    return all == 0 ? 0.0 : double(common) / double(all);
}

std::vector<quint32> StoryLinker::lowHalves(const std::vector<quint64> &shingles)
{
    std::vector<quint32> low;
    low.reserve(shingles.size());
    for (quint64 s : shingles)
        low.push_back(quint32(s));
    sortDistinct(low);
    low.shrink_to_fit();
    return low;
}

std::pair<double, double> StoryLinker::overlap(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    const size_t common = commonCount(a, b);
    const size_t all = a.size() + b.size() - common;
    const size_t shorter = std::min(a.size(), b.size());
    return {all == 0 ? 0.0 : double(common) / double(all), shorter == 0 ? 0.0 : double(common) / double(shorter)};
}

const std::vector<quint32> *StoryLinker::keptShingles(const Entry &entry) const
{
    if (!entry.shingles.empty())
        return &entry.shingles;
    if (entry.spillAt < 0 || !m_spill)
        return nullptr;
    m_spillBuffer.resize(entry.spillCount);
    const qint64 bytes = qint64(entry.spillCount * sizeof(quint32));
    if (!m_spill->seek(entry.spillAt) || m_spill->read(reinterpret_cast<char *>(m_spillBuffer.data()), bytes) != bytes)
        return nullptr;
    return &m_spillBuffer;
}

std::optional<size_t> StoryLinker::keptCommon(const std::vector<quint64> &shingles, qint64 articleId) const
{
    const auto it = m_indexOf.constFind(articleId);
    const std::vector<quint32> *kept = it == m_indexOf.cend() ? nullptr : keptShingles(m_entries[*it]);
    if (!kept)
        return std::nullopt;
    return commonCount(lowHalves(shingles), *kept);
}

std::optional<std::pair<double, double>> StoryLinker::overlapWith(const ShingledText &text, qint64 articleId) const
{
    const auto it = m_indexOf.constFind(articleId);
    if (it == m_indexOf.cend())
        return std::nullopt;
    if (const std::vector<quint32> *kept = keptShingles(m_entries[*it])) {
        const std::vector<quint32> mine = lowHalves(text.shingles);
        const size_t common = commonCount(mine, *kept);
        const size_t all = mine.size() + kept->size() - common;
        const size_t shorter = std::min(mine.size(), kept->size());
        return std::pair{all == 0 ? 0.0 : double(common) / double(all), shorter == 0 ? 0.0 : double(common) / double(shorter)};
    }
    if (const auto fetched = m_source ? m_source(articleId) : std::nullopt; fetched && !fetched->empty())
        return overlap(text.shingles, *fetched);
    return std::nullopt;
}

int StoryLinker::signatureVersion()
{
    return SignatureFormat;
}

void StoryLinker::insertEntry(Entry entry, const std::vector<quint32> &keys)
{
    const quint32 index = quint32(m_entries.size());
    m_indexOf.insert(entry.id, index);
    m_byBodyHash.insert(entry.bodyHash, index);
    m_entries.push_back(std::move(entry));
    for (quint32 key : keys) {
        if ((m_used + 1) * 4 > m_table.size() * 3) // at most 3/4 full: 100,000 articles' bands in 64 MB
            grow();
        insertSlot(key, index + 1);
    }
}

void StoryLinker::addIndexed(qint64 articleId, quint64 bodyHash, const MinHashSignature &signature)
{
    if (m_indexOf.contains(articleId) || signature.size() != size_t(m_params.signatureSize()))
        return;
    std::vector<quint32> keys;
    if (!m_byBodyHash.contains(bodyHash)) { // a copy is found through its first (see add())
        keys.resize(size_t(m_params.bands));
        for (int band = 0; band < m_params.bands; ++band)
            keys[size_t(band)] = bandKey(band, signature);
    }
    Entry entry;
    entry.id = articleId;
    entry.bodyHash = bodyHash;
    insertEntry(std::move(entry), keys);
}

QList<StoryLink> StoryLinker::add(qint64 articleId, const ShingledText &text, const MinHashSignature &signature)
{
    m_lastCandidates = 0;
    if (m_indexOf.contains(articleId) || text.shingles.empty()
        || signature.size() != size_t(m_params.signatureSize()))
        return {};

    Entry entry;
    entry.id = articleId;
    entry.bodyHash = text.bodyHash;
    const bool keep = m_keepShingles || !m_source;
    std::vector<quint32> shingles = keep ? lowHalves(text.shingles) : std::vector<quint32>();

    std::vector<quint32> keys(size_t(m_params.bands));
    for (int band = 0; band < m_params.bands; ++band)
        keys[size_t(band)] = bandKey(band, signature);

    // An identical body: one link to the first article with it is enough (the story holds them
    // all), and its band entries would only repeat that article's, so it gets none. This keeps a
    // corpus of a thousand copies linear.
    if (const auto it = m_byBodyHash.constFind(text.bodyHash); it != m_byBodyHash.cend()) {
        const Entry &first = m_entries[*it];
        m_lastCandidates = 1;
        StoryLink link{articleId, first.id, StoryRelation::Duplicate, 1.0, 1.0};
        Entry entry;
        entry.id = articleId;
        entry.bodyHash = text.bodyHash;
        insertEntry(std::move(entry), {});
        return {link};
    }

    // Candidates: every article sharing a band, the most shared bands first (the most similar),
    // at most maxCandidates of them: a candidate beyond is linked through those already.
    QHash<quint32, int> shared;
    const size_t mask = m_table.size() - 1;
    for (quint32 key : keys) {
        for (size_t i = mix(key) & mask; m_table[i].entry != 0; i = (i + 1) & mask) {
            if (m_table[i].key == key)
                ++shared[m_table[i].entry - 1];
        }
    }
    std::vector<std::pair<int, quint32>> ranked;
    ranked.reserve(size_t(shared.size()));
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        ranked.push_back({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > size_t(maxCandidates))
        ranked.resize(size_t(maxCandidates));
    std::vector<quint32> candidates;
    for (const auto &r : ranked)
        candidates.push_back(r.second);
    m_lastCandidates = int(candidates.size());

    // The least number of shared shingles that makes a link: below it both Jaccard and containment
    // are under their thresholds (the same expressions as below, so no pair is judged differently).
    const auto neededCommon = [this](size_t na, size_t nb) {
        const auto linked = [&](size_t c) {
            return double(c) / double(std::min(na, nb)) >= m_params.containment
                || double(c) / double(na + nb - c) >= m_params.nearJaccard;
        };
        size_t low = 0, high = std::min(na, nb); // linked(high) may be false: then nothing links
        if (!linked(high))
            return high + 1;
        while (low < high) {
            const size_t mid = (low + high) / 2;
            if (linked(mid))
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    };

    // The exact check of every candidate.
    QList<StoryLink> links;
    for (quint32 c : candidates) {
        const Entry &other = m_entries[c];
        // Kept shingles: the low halves in memory; otherwise the full hashes from the source.
        const auto needed = [&](size_t na, size_t nb) {
            return other.bodyHash == entry.bodyHash ? size_t(0) : neededCommon(na, nb);
        };
        size_t common = 0, sizeA = 0, sizeB = 0;
        if (const std::vector<quint32> *kept = keep ? keptShingles(other) : nullptr) {
            sizeA = shingles.size();
            sizeB = kept->size();
            common = commonCount(shingles, *kept, needed(sizeA, sizeB));
        } else if (const auto fetched = m_source ? m_source(other.id) : std::nullopt; fetched && !fetched->empty()) {
            sizeA = text.shingles.size();
            sizeB = fetched->size();
            common = commonCount(text.shingles, *fetched, needed(sizeA, sizeB));
        } else {
            continue;
        }
        StoryLink link;
        link.article = articleId;
        link.other = other.id;
        link.jaccard = double(common) / double(sizeA + sizeB - common);
        link.containment = double(common) / double(std::min(sizeA, sizeB));
        const StoryRelation containRelation = sizeA >= sizeB ? StoryRelation::Contains : StoryRelation::ContainedIn;
        if (other.bodyHash == entry.bodyHash) {
            link.relation = StoryRelation::Duplicate;
        } else if (link.containment >= m_params.containment
                   && double(std::max(sizeA, sizeB)) >= (1.0 + m_params.additions) * double(std::min(sizeA, sizeB))) {
            // A reprint with additions; an edit of about the same length is an updated version.
            link.relation = containRelation;
        } else if (link.jaccard >= m_params.nearJaccard || link.containment >= m_params.containment) {
            link.relation = StoryRelation::NearDuplicate;
        } else {
            continue;
        }
        links.append(link);
        if (links.size() >= maxLinks)
            break;
    }
    std::sort(links.begin(), links.end(), [](const StoryLink &x, const StoryLink &y) { return x.other < y.other; });

    if (keep && m_spill) {
        const qint64 bytes = qint64(shingles.size() * sizeof(quint32));
        if (m_spill->seek(m_spillEnd) && m_spill->write(reinterpret_cast<const char *>(shingles.data()), bytes) == bytes) {
            entry.spillAt = m_spillEnd;
            entry.spillCount = quint32(shingles.size());
            m_spillEnd += bytes;
        } else {
            entry.shingles = std::move(shingles); // the device refused: kept in memory after all
        }
    } else if (keep) {
        entry.shingles = std::move(shingles);
    }
    insertEntry(std::move(entry), keys);
    return links;
}

QList<StoryLink> StoryLinker::addText(qint64 articleId, QStringView body)
{
    const ShingledText text = shingle(body);
    return add(articleId, text, signature(text));
}

qsizetype StoryLinker::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_entries.capacity() * sizeof(Entry) + m_table.capacity() * sizeof(Slot)
                                + m_seeds.capacity() * sizeof(quint64));
    for (const Entry &e : m_entries)
        bytes += qsizetype(e.shingles.capacity() * sizeof(quint32));
    // QHash: a span entry per node plus the node; QMultiHash adds a chain link.
    bytes += m_indexOf.capacity() * qsizetype(sizeof(qint64) + sizeof(quint32) + 2);
    bytes += m_byBodyHash.size() * qsizetype(sizeof(quint64) + 2 + sizeof(quint32) + sizeof(void *));
    return bytes;
}

void StoryClusters::link(qint64 a, qint64 b)
{
    qint64 ra = find(a), rb = find(b);
    if (ra == rb)
        return;
    m_parent.insert(ra, ra); // make sure both roots are known
    m_parent.insert(rb, rb);
    if (m_rank.value(ra) < m_rank.value(rb))
        std::swap(ra, rb);
    m_parent[rb] = ra;
    if (m_rank.value(ra) == m_rank.value(rb))
        ++m_rank[ra];
}

qint64 StoryClusters::find(qint64 article) const
{
    qint64 root = article;
    for (auto it = m_parent.constFind(root); it != m_parent.cend() && it.value() != root; it = m_parent.constFind(root))
        root = it.value();
    // Path compression: point everything on the way straight at the root.
    while (article != root) {
        auto it = m_parent.find(article);
        const qint64 next = it.value();
        it.value() = root;
        article = next;
    }
    return root;
}

QList<Story> StoryClusters::stories(const QHash<qint64, StoryArticle> &info) const
{
    QHash<qint64, QList<qint64>> groups;
    const QList<qint64> articles = m_parent.keys(); // find() compresses paths: no iterating meanwhile
    for (qint64 id : articles)
        groups[find(id)].append(id);
    QList<Story> out;
    for (QList<qint64> &members : groups) {
        if (members.size() < 2)
            continue;
        std::sort(members.begin(), members.end());
        Story story;
        story.articles = members;
        story.firstArticle = members.first();
        std::set<QString> outlets;
        for (qint64 id : std::as_const(members)) {
            const auto it = info.constFind(id);
            if (it == info.cend())
                continue;
            if (!it->outlet.isEmpty())
                outlets.insert(it->outlet);
            if (it->published.isValid() && (!story.firstPublished.isValid() || it->published < story.firstPublished)) {
                story.firstPublished = it->published;
                story.firstArticle = id;
            }
        }
        story.outlets = QStringList(outlets.begin(), outlets.end());
        out.append(story);
    }
    std::sort(out.begin(), out.end(), [](const Story &x, const Story &y) { return x.articles.first() < y.articles.first(); });
    return out;
}

} // namespace Dossier
