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

// The case and the shape class of each ASCII character, for prepareSentence().
enum : quint8 { CaseUpper = 1, CaseLower = 2 };
constexpr std::array<quint8, 128> asciiCase = [] {
    std::array<quint8, 128> t{};
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = CaseUpper;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = CaseLower;
    return t;
}();
constexpr std::array<char16_t, 128> asciiShape = [] {
    std::array<char16_t, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[size_t(c)] = (c >= 'A' && c <= 'Z') ? u'X' : (c >= 'a' && c <= 'z') ? u'x' : (c >= '0' && c <= '9') ? u'd' : char16_t(c);
    return t;
}();

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

void HashIndex::build(const std::vector<std::pair<quint64, int>> &entries, int slotsPerEntry)
{
    size_t capacity = 16;
    while (capacity < entries.size() * size_t(std::max(slotsPerEntry, 2)))
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
        const quint64 h = entries.back().first;
        m_filter[size_t(h >> 62)] |= quint64(1) << ((h >> 56) & 63);
    }
    // A small table, mostly asked about words it does not hold: sparse, so that a search ends at once.
    m_index.build(entries, 8);
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
        for (int i : s.capitalised)
            capitalised.push_back(Capitalised{&s, i, 0});
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
    // The words in lower case (not capitalised, hashExact() = hashLower(), a letter first).
    for (const Sentence &s : document) {
        for (quint64 lower : s.lowerWords) {
            const unsigned bit = filterBit(lower);
            if (!(filter[bit >> 6] & (quint64(1) << (bit & 63))))
                continue;
            const qsizetype slot = slotOf(lower, false);
            if (slot >= 0)
                wordSlots[size_t(slot)].seen |= SeenLowerCase;
        }
    }
    for (const Capitalised &cap : capitalised) {
        TokenInfo &t = cap.sentence->tokens[size_t(cap.index)];
        t.document = wordSlots[cap.slot].seen;
        t.cues = wordSlots[cap.slot].cues;
    }
    if (capitalised.size() > (1 << 14)) { // a huge text should not keep its buffers for good
        std::vector<Capitalised>().swap(capitalised);
        std::vector<Slot>().swap(wordSlots);
    }
}

void prepareSentence(Sentence &sentence, const Gazetteer &gazetteer, int gazetteerSources, const Vocabulary &vocabulary)
{
    const CharInfo::Props *table = CharInfo::table();
    const WordSet &connectorSet = connectors();
    auto &toks = sentence.tokens;
    const int n = int(toks.size());
    std::vector<int> &capitalised = sentence.capitalised;
    capitalised.clear();
    std::vector<quint64> &lowerWords = sentence.lowerWords;
    lowerWords.clear();
    int letterTokens = 0, capsTokens = 0;
    int firstWord = -1; // the first token with a letter or a digit first
    // The hash of the shape "x", which most tokens have.
    constexpr quint64 plainShape = (FnvOffset ^ u'x') * FnvPrime;
    for (int index = 0; index < n; ++index) {
        TokenInfo &t = toks[size_t(index)];
        // One pass over the characters for the three hashes and the case flags.
        const char16_t *text = t.text.utf16();
        const qsizetype size = t.text.size();
        quint64 lowerH = FnvOffset;
        // Most tokens are lower-case ASCII words: their exact hash is the lower-case one and their shape "x".
        qsizetype plain = 0;
        for (; plain < size; ++plain) {
            const char16_t u = text[plain];
            if (char16_t(u - u'a') > char16_t(u'z' - u'a'))
                break;
            lowerH = (lowerH ^ u) * FnvPrime;
        }
        t.gazetteer = 0;
        t.commonWord = false; // below, once the lookups asked for here have had time to arrive
        t.document = 0;
        t.cues = 0;
        t.sentenceStart = false;
        if (plain == size && plain > 0) {
            t.first = FirstLetterOrNumber;
            t.exact = lowerH;
            t.lower = lowerH;
            t.folded = lowerH;
            t.shape = plainShape;
            t.capitalised = false;
            t.candidate = false;
            t.connector = size <= 5 && connectorSet.contains(lowerH);
            if (firstWord < 0) {
                t.sentenceStart = true;
                firstWord = index;
            }
            ++letterTokens;
            lowerWords.push_back(lowerH);
            continue;
        }
        quint64 exact = lowerH, shape = FnvOffset;
        unsigned caseBits = 0; // CaseUpper, CaseLower: the token has upper-case (or title-case) letters, lower-case ones
        bool ascii = true;
        char16_t lastClass = 0;
        int shapeLen = 0;
        if (plain > 0) {
            caseBits = CaseLower;
            lastClass = u'x';
            shape = plainShape;
            shapeLen = 1;
        }
        for (qsizetype k = plain; k < size; ++k) {
            const char16_t u = text[k];
            char16_t lu, cls;
            if (u < 0x80) {
                const quint8 bits = asciiCase[u];
                caseBits |= bits;
                lu = char16_t(u + ((bits & CaseUpper) << 5)); // A-Z: +32
                cls = asciiShape[u];
            } else {
                ascii = false;
                const CharInfo::Props p = CharInfo::props(table, u);
                lu = p.lower;
                if (p.flags & CharInfo::Letter) {
                    const bool up = p.flags & (CharInfo::Upper | CharInfo::TitleCase);
                    caseBits |= up ? CaseUpper : CaseLower;
                    cls = up ? u'X' : u'x';
                } else {
                    cls = (p.flags & CharInfo::Digit) ? u'd' : u'?';
                }
            }
            exact = (exact ^ u) * FnvPrime;
            lowerH = (lowerH ^ lu) * FnvPrime;
            // The shape collapses runs and stops at ten classes; computed either way, kept if it changed.
            const bool change = cls != lastClass && shapeLen < 10;
            const quint64 next = (shape ^ cls) * FnvPrime;
            shape = change ? next : shape;
            lastClass = change ? cls : lastClass;
            shapeLen += change;
        }
        const bool upper = caseBits & CaseUpper;
        const bool letter = caseBits != 0;
        if (size > 0) {
            const quint16 f = CharInfo::flags(table, text[0]);
            t.first = ((f & CharInfo::Upper) ? FirstUpper : 0) | ((f & (CharInfo::Letter | CharInfo::Number)) ? FirstLetterOrNumber : 0);
        } else {
            t.first = 0;
        }
        t.exact = exact;
        t.lower = lowerH;
        t.folded = ascii ? lowerH : hashFolded(t.text);
        t.shape = shape;
        t.capitalised = upper;
        t.connector = !upper && size <= 5 && connectorSet.contains(lowerH);
        t.candidate = upper;
        if (firstWord < 0 && (letter || (size > 0 && (CharInfo::flags(table, text[0]) & CharInfo::Digit)))) {
            t.sentenceStart = true;
            firstWord = index;
        }
        if (upper) {
            capitalised.push_back(index);
            vocabulary.prefetch(lowerH);
            // The gazetteer keys of this token alone and of it after the one before.
            gazetteer.prefetch(Gazetteer::nextKey(Gazetteer::startKey(), t.folded));
            if (index > 0 && toks[size_t(index - 1)].capitalised)
                gazetteer.prefetch(Gazetteer::nextKey(Gazetteer::nextKey(Gazetteer::startKey(), toks[size_t(index - 1)].folded), t.folded));
            if (!(caseBits & CaseLower) && size > 1)
                ++capsTokens; // letters, all upper case
        } else if (exact == lowerH && size > 0 && (CharInfo::flags(table, text[0]) & CharInfo::Letter)) {
            lowerWords.push_back(lowerH); // in lower case (not as plain as the ones above)
        }
        letterTokens += letter;
    }
    sentence.allCaps = letterTokens >= 3 && capsTokens * 10 >= letterTokens * 7;
    for (int c : capitalised)
        toks[c].commonWord = vocabulary.contains(toks[c].lower);

    // A title before a name is not part of it. Connectors between capitalised words ("Bank of England",
    // "Bank of the Philippines") may be part of one. Both start at a capitalised word.
    const WordSet &strict = strictTitles();
    for (int c : capitalised) {
        if (c + 1 >= n)
            break;
        if (toks[c + 1].capitalised) {
            if (!sentence.allCaps && strict.contains(toks[c].lower))
                toks[c].candidate = false;
        } else if (toks[c + 1].connector && c >= 0 && c + 2 < n) {
            const int i = c + 1;
            if (toks[i + 1].capitalised)
                toks[i].candidate = true;
            else if (i + 2 < n && toks[i + 1].connector && toks[i + 2].capitalised)
                toks[i].candidate = toks[i + 1].candidate = true;
        }
    }

    // A common word capitalised only because it starts the sentence ("The", "But") and not followed by
    // a capitalised word is not a name: no need to classify it.
    if (firstWord >= 0) {
        TokenInfo &t = toks[firstWord];
        if (t.commonWord && !sentence.allCaps && (firstWord + 1 >= n || !toks[firstWord + 1].capitalised))
            t.candidate = false;
    }

    // Gazetteer matches starting at capitalised words.
    const int maxLen = gazetteer.maxLength();
    for (int s : capitalised) {
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

namespace {

// The features of token i, in one fixed order: those that do not depend on the previous labels when
// Static, those that do when Dynamic (extractFeatures() wants both, the tagger each in turn).
template<bool Static, bool Dynamic>
int features(const Sentence &sentence, int i, int prev, int prev2, quint64 *out)
{
    const auto &toks = sentence.tokens;
    const int n = int(toks.size());
    const TokenInfo &t = toks[i];
    int k = 0;
    auto f = [&](quint64 templ, quint64 v) { out[k++] = (v ^ (templ * 0xff51afd7ed558ccdULL)) * 0xc4ceb9fe1a85ec53ULL + templ; };
    auto sf = [&](quint64 templ, quint64 v) {
        if constexpr (Static)
            f(templ, v);
    };
    auto df = [&](quint64 templ, quint64 v) {
        if constexpr (Dynamic)
            f(templ, v);
    };
    auto pair = [](quint64 a, quint64 b) { return (a * 0x9e3779b97f4a7c15ULL) ^ (b + 0x632be59bd9b4e019ULL); };
    auto lowerAt = [&](int j) { return j < 0 ? Before : j >= n ? After : toks[j].lower; };
    auto shapeAt = [&](int j) { return j < 0 ? Before : j >= n ? After : toks[j].shape; };

    const quint64 lp1 = lowerAt(i - 1), ln1 = lowerAt(i + 1);
    const quint64 sp1 = shapeAt(i - 1), sn1 = shapeAt(i + 1);
    sf(1, 0);
    sf(2, t.exact);
    sf(3, t.lower);
    sf(4, t.shape);
    const qsizetype len = t.text.size();
    if (Static && len > 2) {
        // Prefixes and suffixes: hashLower() of the first and last few units, the prefixes one from the other.
        const CharInfo::Props *table = CharInfo::table();
        const char16_t *s = t.text.utf16();
        auto step = [](quint64 h, char16_t lower) { return (h ^ lower) * FnvPrime; };
        const quint64 prefix2 = step(step(FnvOffset, lowerUnit(table, s[0])), lowerUnit(table, s[1]));
        const char16_t l1 = lowerUnit(table, s[len - 1]), l2 = lowerUnit(table, s[len - 2]),
                       l3 = lowerUnit(table, s[len - 3]);
        sf(5, prefix2);
        sf(7, step(step(FnvOffset, l2), l1));
        if (len > 3) {
            sf(6, step(prefix2, lowerUnit(table, s[2])));
            sf(8, step(step(step(FnvOffset, l3), l2), l1));
        }
        if (len > 4)
            sf(9, step(step(step(step(FnvOffset, lowerUnit(table, s[len - 4])), l3), l2), l1));
    }
    sf(10, lp1);
    sf(11, ln1);
    sf(12, lowerAt(i - 2));
    sf(13, lowerAt(i + 2));
    sf(14, sp1);
    sf(15, sn1);
    df(16, quint64(prev));
    df(17, quint64(prev) * 16 + quint64(prev2));
    df(18, pair(quint64(prev), t.lower));
    sf(19, t.sentenceStart);
    if (t.sentenceStart)
        sf(20, t.lower);
    if (sentence.allCaps) {
        sf(21, t.shape);
        sf(22, t.lower);
    }
    sf(23, pair(lp1, t.lower));
    sf(24, pair(t.lower, ln1));
    // Each gazetteer bit, lowest first.
    for (unsigned bits = t.gazetteer & ((1u << (3 * TypeCount)) - 1); bits; bits &= bits - 1) {
        const int b = std::countr_zero(bits);
        sf(25, quint64(b));
        df(26, quint64(b) * 16 + quint64(prev));
    }
    sf(27, quint64(std::min<qsizetype>(len, 12)) * 2 + t.capitalised);
    sf(28, pair(pair(sp1, t.shape), sn1));
    const int nb = (i > 0 && toks[i - 1].candidate ? 1 : 0) + (i + 1 < n && toks[i + 1].candidate ? 2 : 0);
    sf(29, quint64(nb));
    df(30, pair(quint64(prev), t.shape));
    if (i + 1 < n && toks[i + 1].gazetteer)
        sf(31, toks[i + 1].gazetteer);
    if (i > 0 && toks[i - 1].gazetteer)
        sf(32, toks[i - 1].gazetteer);
    const quint64 context = t.sentenceStart ? 1 : sentence.allCaps ? 2 : 0;
    sf(33, context * 2 + t.commonWord);
    sf(34, context * 4 + t.document);
    sf(35, quint64(t.commonWord) * 8 + t.document * 2 + (i > 0 && toks[i - 1].capitalised));
    sf(36, t.cues);
    for (unsigned bits = t.cues & 0x3fu; bits; bits &= bits - 1)
        sf(37, quint64(std::countr_zero(bits)));
    return k;
}

} // namespace

int extractFeatures(const Sentence &sentence, int i, int prev, int prev2, quint64 *out)
{
    return features<true, true>(sentence, i, prev, prev2, out);
}

int extractStaticFeatures(const Sentence &sentence, int i, quint64 *out)
{
    return features<true, false>(sentence, i, O, O, out);
}

int extractLabelFeatures(const Sentence &sentence, int i, int prev, int prev2, quint64 *out)
{
    return features<false, true>(sentence, i, prev, prev2, out);
}

} // namespace Dossier::Ner
