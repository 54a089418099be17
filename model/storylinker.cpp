// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylinker.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
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

quint64 wordHash(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a over the UTF-16 code units
    for (QChar c : word) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

constexpr quint8 SignatureFormat = 1;

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
    QString out;
    out.reserve(body.size());
    bool space = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c.isLetterOrNumber() || c.isMark()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c;
            continue;
        }
        // An apostrophe inside a word (don't, O'Neill, straight or typographic) joins it, so the
        // typography of one outlet and the typewriter quotes of another give the same words.
        if (Tokenizer::isApostrophe(c) && !out.isEmpty() && !space && i + 1 < body.size()
            && body[i + 1].isLetterOrNumber())
            continue;
        space = true;
    }
    return out.toCaseFolded();
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

    std::vector<quint64> words;
    for (QStringView word : QStringView(text).tokenize(u' '))
        words.push_back(wordHash(word));
    const size_t k = size_t(m_params.shingleWords);
    const size_t count = words.size() < k ? 1 : words.size() - k + 1;
    result.shingles.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        quint64 h = 0;
        for (size_t j = i; j < std::min(words.size(), i + k); ++j)
            h = mix(h * 31 + words[j]);
        result.shingles.push_back(h);
    }
    std::sort(result.shingles.begin(), result.shingles.end());
    result.shingles.erase(std::unique(result.shingles.begin(), result.shingles.end()), result.shingles.end());
    return result;
}

MinHashSignature StoryLinker::signature(const ShingledText &text) const
{
    MinHashSignature sig(m_seeds.size(), std::numeric_limits<quint32>::max());
    for (quint64 s : text.shingles) {
        for (size_t i = 0; i < m_seeds.size(); ++i) {
            const quint32 v = quint32(mix(s ^ m_seeds[i]) >> 32);
            if (v < sig[i])
                sig[i] = v;
        }
    }
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
// How many values two sorted, distinct vectors share.
template<typename T>
size_t commonCount(const std::vector<T> &a, const std::vector<T> &b)
{
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
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
    std::sort(low.begin(), low.end());
    low.erase(std::unique(low.begin(), low.end()), low.end());
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
        if ((m_used + 1) * 2 > m_table.size())
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

    // The exact check of every candidate.
    QList<StoryLink> links;
    for (quint32 c : candidates) {
        const Entry &other = m_entries[c];
        // Kept shingles: the low halves in memory; otherwise the full hashes from the source.
        size_t common = 0, sizeA = 0, sizeB = 0;
        if (!other.shingles.empty() && keep) {
            common = commonCount(shingles, other.shingles);
            sizeA = shingles.size();
            sizeB = other.shingles.size();
        } else if (const auto fetched = m_source ? m_source(other.id) : std::nullopt; fetched && !fetched->empty()) {
            common = commonCount(text.shingles, *fetched);
            sizeA = text.shingles.size();
            sizeB = fetched->size();
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

    if (keep)
        entry.shingles = std::move(shingles);
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
