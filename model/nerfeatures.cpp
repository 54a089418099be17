// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nerfeatures.h"

#include "charinfo.h"

#include <QDataStream>
#include <QIODevice>
#include <QSet>

#include <array>
#include <bit>

namespace Dossier::Ner {

namespace {

constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;

inline char16_t lowerUnit(const CharInfo::Props *table, char16_t u)
{
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    return CharInfo::props(table, u).lower;
}

// hashLower() of size units from s.
inline quint64 lowerHashOf(const CharInfo::Props *table, const char16_t *s, qsizetype size)
{
    quint64 h = FnvOffset;
    for (qsizetype i = 0; i < size; ++i)
        h = (h ^ lowerUnit(table, s[i])) * FnvPrime;
    return h;
}

// Out-of-sentence neighbours.
constexpr quint64 Before = 0x5bd1e9955bd1e995ULL;
constexpr quint64 After = 0x2127599bf4325c37ULL;

} // namespace

quint64 hashExact(QStringView s)
{
    quint64 h = FnvOffset;
    for (QChar c : s)
        h = (h ^ c.unicode()) * FnvPrime;
    return h;
}

quint64 hashLower(QStringView s)
{
    return lowerHashOf(CharInfo::table(), s.utf16(), s.size());
}

quint64 hashFolded(QStringView s)
{
    // Each unit: the lower-case base letter of a precomposed letter ("Ü" -> "u"), or the lower-case character.
    const CharInfo::Props *table = CharInfo::table();
    quint64 h = FnvOffset;
    for (QChar c : s)
        h = (h ^ CharInfo::fold(table, c.unicode())) * FnvPrime;
    return h;
}

quint64 hashShape(QStringView s)
{
    const CharInfo::Props *table = CharInfo::table();
    quint64 h = FnvOffset;
    char16_t last = 0;
    int written = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        char16_t cls;
        if (u < 0x80) {
            cls = (u >= u'A' && u <= u'Z') ? u'X' : (u >= u'a' && u <= u'z') ? u'x' : (u >= u'0' && u <= u'9') ? u'd' : u;
        } else {
            const quint16 f = CharInfo::flags(table, u);
            cls = (f & CharInfo::Letter) ? ((f & (CharInfo::Upper | CharInfo::TitleCase)) ? u'X' : u'x')
                : (f & CharInfo::Digit)  ? u'd'
                                         : u'?';
        }
        if (cls == last)
            continue;
        last = cls;
        h = (h ^ cls) * FnvPrime;
        if (++written == 10)
            break;
    }
    return h;
}

void HashIndex::build(const std::vector<std::pair<quint64, int>> &entries)
{
    size_t capacity = 16;
    while (capacity < entries.size() * 2)
        capacity *= 2;
    m_keys.assign(capacity, 0);
    m_values.assign(capacity, -1);
    m_mask = capacity - 1;
    m_size = 0;
    for (const auto &[k, v] : entries) {
        const quint64 key = k | 1;
        size_t slot = size_t((key * 0x9e3779b97f4a7c15ULL) >> 40) & m_mask;
        while (m_keys[slot] != 0 && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        if (m_keys[slot] == key)
            continue;
        m_keys[slot] = key;
        m_values[slot] = v;
        ++m_size;
    }
}

WordSet::WordSet(std::initializer_list<const char *> words)
{
    std::vector<std::pair<quint64, int>> entries;
    int index = 0;
    for (const char *w : words) {
        const QString word = QString::fromLatin1(w);
        entries.emplace_back(hashLower(word), index++);
        m_maxLength = std::max(m_maxLength, word.size());
    }
    m_index.build(entries);
}

namespace {

const WordSet &connectors()
{
    static const WordSet set{"of", "de", "del", "della", "di", "da", "du", "des", "la", "le", "van", "von", "der",
                             "den", "ter", "the", "for", "al", "el", "bin", "ibn", "y", "dos", "upon", "&"};
    return set;
}

const WordSet &titles()
{
    static const WordSet set{"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                             "president", "vice-president", "premier", "minister", "chancellor", "king", "queen",
                             "prince", "princess", "pope", "sheikh", "gen", "general", "col", "colonel", "lt",
                             "sgt", "capt", "captain", "cmdr", "adm", "admiral", "gov", "governor", "sen",
                             "senator", "rep", "rev", "reverend", "judge", "justice", "mayor", "madam", "monsieur",
                             "herr", "frau", "messrs", "mme", "chairman", "chairwoman", "secretary", "ambassador",
                             "commissioner", "inspector", "detective", "officer", "councillor", "councilor",
                             "father", "sister", "brother", "saint", "coach", "cardinal", "archbishop", "bishop",
                             "rabbi", "imam", "ayatollah", "emir", "sultan", "chief", "deputy", "spokesman",
                             "spokeswoman", "pm", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.",
                             "sgt.", "capt.", "cmdr.", "adm.", "gov.", "sen.", "rep.", "rev.", "messrs."};
    return set;
}

} // namespace

// Titles that are never part of a name in CoNLL: "President Clinton", "Mr Smith". Not "General" (Motors).
static const WordSet &strictTitles()
{
    static const WordSet set{"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "president",
                             "chancellor", "minister", "premier", "senator", "sen.", "gov.", "governor", "mayor",
                             "judge", "sir", "rev.", "pope", "secretary", "spokesman", "spokeswoman", "coach",
                             "chairman", "ambassador", "commissioner", "councillor", "detective", "inspector"};
    return set;
}

bool isConnector(QStringView s)
{
    return connectors().contains(s);
}

bool isConnectorHash(quint64 lowerHash)
{
    return connectors().contains(lowerHash);
}

bool isConnector(quint64 lowerHash, qsizetype size)
{
    return connectors().contains(lowerHash, size);
}

bool isTitle(quint64 lowerHash, qsizetype size)
{
    return titles().contains(lowerHash, size);
}

bool isTitle(QStringView s)
{
    return titles().contains(s);
}

bool isTitleHash(quint64 lowerHash)
{
    return titles().contains(lowerHash);
}

void Gazetteer::add(const QList<QStringView> &tokens, int type, Source source)
{
    if (tokens.isEmpty() || type < 0 || type >= TypeCount)
        return;
    quint64 key = startKey();
    for (QStringView t : tokens)
        key = nextKey(key, hashFolded(t));
    m_entries[key] |= quint16(1u << (4 * int(source) + type));
    m_maxLength = std::max(m_maxLength, int(tokens.size()));
}

void Gazetteer::finish()
{
    std::vector<std::pair<quint64, int>> entries;
    entries.reserve(size_t(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        entries.emplace_back(it.key(), int(it.value()));
    m_index.build(entries);
}

QByteArray Gazetteer::save() const
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_0);
    ds << quint32(m_maxLength) << quint32(m_entries.size());
    QList<quint64> keys = m_entries.keys();
    std::sort(keys.begin(), keys.end());
    for (quint64 k : keys) {
        const quint16 v = m_entries.value(k);
        ds << k << quint8((v | (v >> 4) | (v >> 8)) & 0xf);
    }
    return out;
}

bool Gazetteer::load(const QByteArray &data)
{
    QDataStream ds(data);
    ds.setVersion(QDataStream::Qt_6_0);
    quint32 maxLength = 0, count = 0;
    ds >> maxLength >> count;
    if (ds.status() != QDataStream::Ok || maxLength > 64 || qsizetype(count) * 9 > data.size())
        return false;
    m_entries.clear();
    m_entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint64 k = 0;
        quint8 mask = 0;
        ds >> k >> mask;
        m_entries.insert(k, quint16(quint16(mask & 0xf) << (4 * External)));
    }
    m_maxLength = int(maxLength);
    finish();
    return ds.status() == QDataStream::Ok && ds.atEnd();
}

void Vocabulary::finish()
{
    std::sort(m_words.begin(), m_words.end());
    m_words.erase(std::unique(m_words.begin(), m_words.end()), m_words.end());
    std::vector<std::pair<quint64, int>> entries;
    entries.reserve(m_words.size());
    for (quint64 w : m_words)
        entries.emplace_back(w, 0);
    m_index.build(entries);
}

QByteArray Vocabulary::save() const
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_0);
    ds << quint32(m_words.size());
    for (quint64 w : m_words)
        ds << w;
    return out;
}

bool Vocabulary::load(const QByteArray &data)
{
    QDataStream ds(data);
    ds.setVersion(QDataStream::Qt_6_0);
    quint32 count = 0;
    ds >> count;
    if (ds.status() != QDataStream::Ok || qsizetype(count) * 8 > data.size())
        return false;
    m_words.resize(count);
    for (quint64 &w : m_words)
        ds >> w;
    if (ds.status() != QDataStream::Ok || !ds.atEnd())
        return false;
    finish();
    return true;
}

void applyDocumentStatistics(std::span<Sentence> document)
{
    // The capitalised words of the document in a small open-addressing table (key 0: free slot), then
    // what the other tokens say about them. Most tokens are lower case, so a lookup must be cheap.
    struct Capitalised
    {
        Sentence *sentence;
        int index;
        quint32 slot;
    };
    struct Slot
    {
        quint64 key;
        quint8 seen; // DocumentSeen bits
        quint8 cues; // DocumentCue bits
    };
    // Kept from one document to the next: no allocation per document once they have grown.
    static thread_local std::vector<Capitalised> capitalised;
    static thread_local std::vector<Slot> wordSlots;
    capitalised.clear();
    for (Sentence &s : document) {
        const int n = int(s.tokens.size());
        for (int i = 0; i < n; ++i) {
            if (s.tokens[size_t(i)].capitalised)
                capitalised.push_back(Capitalised{&s, i, 0});
        }
    }
    if (capitalised.empty())
        return;
    size_t capacity = 16;
    while (capacity < capitalised.size() * 2)
        capacity *= 2;
    const size_t mask = capacity - 1;
    wordSlots.assign(capacity, Slot{0, 0, 0});
    auto slotOf = [&](quint64 h, bool insert) -> qsizetype {
        h |= 1;
        for (size_t slot = size_t((h * 0x9e3779b97f4a7c15ULL) >> 40) & mask;; slot = (slot + 1) & mask) {
            if (wordSlots[slot].key == h)
                return qsizetype(slot);
            if (wordSlots[slot].key == 0) {
                if (!insert)
                    return -1;
                wordSlots[slot].key = h;
                return qsizetype(slot);
            }
        }
    };
    // Context cues of each occurrence, pooled over the document: "Mr Peskov" lends PER to a later "Peskov".
    static const WordSet places{"in", "at", "from", "near", "to", "across", "outside", "into"};
    static const WordSet orgWords{"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "plc", "group",
                                  "bank", "party", "university", "club", "company", "association", "council",
                                  "ministry", "fc", "united", "airlines", "agency", "institute", "league"};
    static const WordSet speech{"said", "says", "told", "added", "stated", "declared", "denied"};
    // A 1024-bit filter in front of the table: most lower-case words are not capitalised anywhere.
    std::array<quint64, 16> filter{};
    auto filterBit = [](quint64 h) { return unsigned((h * 0x9e3779b97f4a7c15ULL) >> 54); };
    for (Capitalised &cap : capitalised) {
        const Sentence &s = *cap.sentence;
        const int n = int(s.tokens.size());
        const int i = cap.index;
        const TokenInfo &t = s.tokens[size_t(i)];
        const size_t slot = size_t(slotOf(t.lower, true));
        cap.slot = quint32(slot);
        const unsigned bit = filterBit(t.lower);
        filter[bit >> 6] |= quint64(1) << (bit & 63);
        if (s.allCaps)
            continue;
        if (!t.sentenceStart)
            wordSlots[slot].seen |= SeenCapitalisedInside;
        quint8 c = 0;
        const TokenInfo *prev = i > 0 ? &s.tokens[size_t(i - 1)] : nullptr;
        const TokenInfo *next = i + 1 < n ? &s.tokens[size_t(i + 1)] : nullptr;
        if (prev && prev->capitalised && isTitleHash(prev->lower))
            c |= AfterTitle;
        if (prev && !prev->capitalised && places.contains(prev->lower))
            c |= AfterPlacePreposition;
        if (next && next->capitalised && orgWords.contains(next->lower))
            c |= BeforeOrgWord;
        if (next && speech.contains(next->lower))
            c |= BeforeSpeechVerb;
        if (prev && next && prev->capitalised && next->capitalised)
            c |= InsideName;
        if (prev && prev->capitalised && !prev->sentenceStart && (!next || !next->capitalised))
            c |= AfterFirstName;
        wordSlots[slot].cues |= c;
    }
    const CharInfo::Props *table = CharInfo::table();
    for (const Sentence &s : document) {
        for (const TokenInfo &t : s.tokens) {
            if (t.capitalised || t.exact != t.lower)
                continue;
            const unsigned bit = filterBit(t.lower);
            if (!(filter[bit >> 6] & (quint64(1) << (bit & 63))) || t.text.isEmpty()
                || !(CharInfo::flags(table, t.text.utf16()[0]) & CharInfo::Letter))
                continue;
            const qsizetype slot = slotOf(t.lower, false);
            if (slot >= 0)
                wordSlots[size_t(slot)].seen |= SeenLowerCase;
        }
    }
    for (const Capitalised &cap : capitalised) {
        TokenInfo &t = cap.sentence->tokens[size_t(cap.index)];
        t.document = wordSlots[cap.slot].seen;
        t.cues = wordSlots[cap.slot].cues;
    }
}

void prepareSentence(Sentence &sentence, const Gazetteer &gazetteer, int gazetteerSources, const Vocabulary &vocabulary)
{
    const CharInfo::Props *table = CharInfo::table();
    const WordSet &connectorSet = connectors();
    auto &toks = sentence.tokens;
    const int n = int(toks.size());
    int letterTokens = 0, capsTokens = 0;
    bool seenWord = false;
    for (TokenInfo &t : toks) {
        // One pass over the characters for the three hashes and the case flags.
        const char16_t *text = t.text.utf16();
        const qsizetype size = t.text.size();
        quint64 exact = FnvOffset, lowerH = FnvOffset, shape = FnvOffset;
        char16_t lastClass = 0;
        int shapeLen = 0;
        bool upper = false, lower = false, letter = false, ascii = true;
        // Most tokens are lower-case ASCII words: their exact hash is the lower-case one and their shape "x".
        qsizetype plain = 0;
        for (; plain < size; ++plain) {
            const char16_t u = text[plain];
            if (char16_t(u - u'a') > char16_t(u'z' - u'a'))
                break;
            lowerH = (lowerH ^ u) * FnvPrime;
        }
        if (plain > 0) {
            exact = lowerH;
            lower = letter = true;
            lastClass = u'x';
            shape = (shape ^ u'x') * FnvPrime;
            shapeLen = 1;
        }
        for (qsizetype k = plain; k < size; ++k) {
            const char16_t u = text[k];
            char16_t lu = u, cls;
            if (u < 0x80) {
                if (u >= u'A' && u <= u'Z') {
                    upper = letter = true;
                    lu = char16_t(u + 32);
                    cls = u'X';
                } else if (u >= u'a' && u <= u'z') {
                    lower = letter = true;
                    cls = u'x';
                } else {
                    cls = (u >= u'0' && u <= u'9') ? u'd' : u;
                }
            } else {
                ascii = false;
                const CharInfo::Props p = CharInfo::props(table, u);
                lu = p.lower;
                if (p.flags & CharInfo::Letter) {
                    letter = true;
                    const bool up = p.flags & (CharInfo::Upper | CharInfo::TitleCase);
                    upper |= up;
                    lower |= !up;
                    cls = up ? u'X' : u'x';
                } else {
                    cls = (p.flags & CharInfo::Digit) ? u'd' : u'?';
                }
            }
            exact = (exact ^ u) * FnvPrime;
            lowerH = (lowerH ^ lu) * FnvPrime;
            if (cls != lastClass && shapeLen < 10) {
                lastClass = cls;
                shape = (shape ^ cls) * FnvPrime;
                ++shapeLen;
            }
        }
        t.exact = exact;
        t.lower = lowerH;
        t.folded = ascii ? lowerH : hashFolded(t.text);
        t.shape = shape;
        t.gazetteer = 0;
        t.capitalised = upper;
        t.commonWord = upper && vocabulary.contains(lowerH);
        t.document = 0;
        t.cues = 0;
        t.connector = !upper && size <= 5 && connectorSet.contains(lowerH);
        t.candidate = upper;
        t.sentenceStart = false;
        if (!seenWord && (letter || (size > 0 && (CharInfo::flags(table, text[0]) & CharInfo::Digit)))) {
            t.sentenceStart = true;
            seenWord = true;
        }
        if (letter) {
            ++letterTokens;
            if (upper && !lower && size > 1)
                ++capsTokens;
        }
    }
    sentence.allCaps = letterTokens >= 3 && capsTokens * 10 >= letterTokens * 7;

    // A title before a name is not part of it.
    if (!sentence.allCaps) {
        const WordSet &strict = strictTitles();
        for (int i = 0; i + 1 < n; ++i) {
            if (toks[i].capitalised && toks[i + 1].capitalised && strict.contains(toks[i].lower))
                toks[i].candidate = false;
        }
    }

    // A common word capitalised only because it starts the sentence ("The", "But") and not followed by
    // a capitalised word is not a name: no need to classify it.
    for (int i = 0; i < n; ++i) {
        TokenInfo &t = toks[i];
        if (t.sentenceStart) {
            if (t.commonWord && !sentence.allCaps && (i + 1 >= n || !toks[i + 1].capitalised))
                t.candidate = false;
            break;
        }
    }

    // Connectors between capitalised words ("Bank of England", "Bank of the Philippines").
    for (int i = 1; i + 1 < n; ++i) {
        if (!toks[i].connector || !toks[i - 1].capitalised)
            continue;
        if (toks[i + 1].capitalised)
            toks[i].candidate = true;
        else if (i + 2 < n && toks[i + 1].connector && toks[i + 2].capitalised)
            toks[i].candidate = toks[i + 1].candidate = true;
    }

    // Gazetteer matches starting at capitalised words.
    const int maxLen = gazetteer.maxLength();
    for (int s = 0; s < n; ++s) {
        if (!toks[s].capitalised)
            continue;
        quint64 key = Gazetteer::startKey();
        for (int len = 1; len <= maxLen && s + len <= n; ++len) {
            const TokenInfo &last = toks[s + len - 1];
            if (!last.candidate && !last.connector)
                break;
            key = Gazetteer::nextKey(key, last.folded);
            const int mask = gazetteer.lookup(key, gazetteerSources);
            if (!mask || !last.capitalised)
                continue;
            for (int type = 0; type < TypeCount; ++type) {
                if (!(mask & (1 << type)))
                    continue;
                if (len == 1) {
                    toks[s].gazetteer |= quint16(1u << (3 * type + 2));
                } else {
                    toks[s].gazetteer |= quint16(1u << (3 * type));
                    for (int k = s + 1; k < s + len; ++k)
                        toks[k].gazetteer |= quint16(1u << (3 * type + 1));
                }
            }
        }
    }
}

int extractFeatures(const Sentence &sentence, int i, int prev, int prev2, quint64 *out)
{
    const auto &toks = sentence.tokens;
    const int n = int(toks.size());
    const TokenInfo &t = toks[i];
    int k = 0;
    auto f = [&](quint64 templ, quint64 v) { out[k++] = (v ^ (templ * 0xff51afd7ed558ccdULL)) * 0xc4ceb9fe1a85ec53ULL + templ; };
    auto pair = [](quint64 a, quint64 b) { return (a * 0x9e3779b97f4a7c15ULL) ^ (b + 0x632be59bd9b4e019ULL); };
    auto lowerAt = [&](int j) { return j < 0 ? Before : j >= n ? After : toks[j].lower; };
    auto shapeAt = [&](int j) { return j < 0 ? Before : j >= n ? After : toks[j].shape; };

    const quint64 lp1 = lowerAt(i - 1), ln1 = lowerAt(i + 1);
    const quint64 sp1 = shapeAt(i - 1), sn1 = shapeAt(i + 1);
    f(1, 0);
    f(2, t.exact);
    f(3, t.lower);
    f(4, t.shape);
    const qsizetype len = t.text.size();
    if (len > 2) {
        // Prefixes and suffixes: hashLower() of the first and last few units, the prefixes one from the other.
        const CharInfo::Props *table = CharInfo::table();
        const char16_t *s = t.text.utf16();
        auto step = [](quint64 h, char16_t lower) { return (h ^ lower) * FnvPrime; };
        const quint64 prefix2 = step(step(FnvOffset, lowerUnit(table, s[0])), lowerUnit(table, s[1]));
        const char16_t l1 = lowerUnit(table, s[len - 1]), l2 = lowerUnit(table, s[len - 2]),
                       l3 = lowerUnit(table, s[len - 3]);
        f(5, prefix2);
        f(7, step(step(FnvOffset, l2), l1));
        if (len > 3) {
            f(6, step(prefix2, lowerUnit(table, s[2])));
            f(8, step(step(step(FnvOffset, l3), l2), l1));
        }
        if (len > 4)
            f(9, step(step(step(step(FnvOffset, lowerUnit(table, s[len - 4])), l3), l2), l1));
    }
    f(10, lp1);
    f(11, ln1);
    f(12, lowerAt(i - 2));
    f(13, lowerAt(i + 2));
    f(14, sp1);
    f(15, sn1);
    f(16, quint64(prev));
    f(17, quint64(prev) * 16 + quint64(prev2));
    f(18, pair(quint64(prev), t.lower));
    f(19, t.sentenceStart);
    if (t.sentenceStart)
        f(20, t.lower);
    if (sentence.allCaps) {
        f(21, t.shape);
        f(22, t.lower);
    }
    f(23, pair(lp1, t.lower));
    f(24, pair(t.lower, ln1));
    // Each gazetteer bit, lowest first.
    for (unsigned bits = t.gazetteer & ((1u << (3 * TypeCount)) - 1); bits; bits &= bits - 1) {
        const int b = std::countr_zero(bits);
        f(25, quint64(b));
        f(26, quint64(b) * 16 + quint64(prev));
    }
    f(27, quint64(std::min<qsizetype>(len, 12)) * 2 + t.capitalised);
    f(28, pair(pair(sp1, t.shape), sn1));
    const int nb = (i > 0 && toks[i - 1].candidate ? 1 : 0) + (i + 1 < n && toks[i + 1].candidate ? 2 : 0);
    f(29, quint64(nb));
    f(30, pair(quint64(prev), t.shape));
    if (i + 1 < n && toks[i + 1].gazetteer)
        f(31, toks[i + 1].gazetteer);
    if (i > 0 && toks[i - 1].gazetteer)
        f(32, toks[i - 1].gazetteer);
    const quint64 context = t.sentenceStart ? 1 : sentence.allCaps ? 2 : 0;
    f(33, context * 2 + t.commonWord);
    f(34, context * 4 + t.document);
    f(35, quint64(t.commonWord) * 8 + t.document * 2 + (i > 0 && toks[i - 1].capitalised));
    f(36, t.cues);
    for (unsigned bits = t.cues & 0x3fu; bits; bits &= bits - 1)
        f(37, quint64(std::countr_zero(bits)));
    return k;
}

} // namespace Dossier::Ner
