// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The feature code of the named-entity tagger, shared by the tagger (NerTagger) and by the training
// program (bench/ner/nertrain) so that training and run time cannot disagree.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

namespace Dossier::Ner {

/** The labels: BIO over PER, ORG, LOC and MISC (MISC is trained on and dropped at output). */
enum Label : int {
    O = 0,
    BPer, BOrg, BLoc, BMisc,
    IPer, IOrg, ILoc, IMisc,
    LabelCount,
};
constexpr int StartLabel = LabelCount; ///< the "previous label" before the first token of a sentence
enum Type : int { Per = 0, Org = 1, Loc = 2, Misc = 3, TypeCount = 4 };

constexpr int labelType(int label)
{
    return label == O ? -1 : (label - 1) % TypeCount;
}
constexpr bool isInside(int label)
{
    return label >= IPer;
}
constexpr int beginLabel(int type)
{
    return BPer + type;
}
constexpr int insideLabel(int type)
{
    return IPer + type;
}
/** I-X may follow only B-X or I-X. */
constexpr bool transitionAllowed(int prev, int next)
{
    return !isInside(next) || (prev != O && prev != StartLabel && labelType(prev) == labelType(next));
}

/** Hashes of a token, computed once per token. */
quint64 hashExact(QStringView s);
quint64 hashLower(QStringView s);
/** hashLower() without diacritics ("Zürich" = "zurich"): the key of gazetteer entries. */
quint64 hashFolded(QStringView s);
/** The word shape with runs collapsed: "McDonald" -> "XxXx", "1996-08-22" -> "d-d-d". */
quint64 hashShape(QStringView s);

/** A fixed map from 64-bit hashes to small values: open addressing, built once, looked up often. */
class HashIndex
{
public:
    /** Builds the table from (key, value) pairs; later duplicates of a key are ignored. At least
     *  slotsPerEntry slots per entry: more make a missing key's search end sooner. */
    void build(const std::vector<std::pair<quint64, int>> &entries, int slotsPerEntry = 2);
    /** The value, or -1. */
    int find(quint64 key) const
    {
        if (m_keys.empty())
            return -1;
        key |= 1; // 0 marks a free slot
        for (size_t slot = size_t((key * 0x9e3779b97f4a7c15ULL) >> 40) & m_mask;; slot = (slot + 1) & m_mask) {
            const quint64 k = m_keys[slot];
            if (k == key)
                return m_values[slot];
            if (k == 0)
                return -1;
        }
    }
    size_t size() const { return m_size; }
    /** Asks for the memory that find(key) will read first, to be read later without waiting. */
    void prefetch(quint64 key) const
    {
#if defined(__GNUC__)
        if (!m_keys.empty())
            __builtin_prefetch(&m_keys[size_t(((key | 1) * 0x9e3779b97f4a7c15ULL) >> 40) & m_mask]);
#else
        Q_UNUSED(key);
#endif
    }

private:
    std::vector<quint64> m_keys;
    std::vector<int> m_values;
    size_t m_mask = 0;
    size_t m_size = 0;
};

/** A small set of lower-case ASCII words, looked up by hashLower() of a token. */
class WordSet
{
public:
    WordSet(std::initializer_list<const char *> words);
    /** The word's position in the list given to the constructor, or -1. */
    int indexOf(quint64 lowerHash) const
    {
        // A 256-bit filter on the top bits of the hash first: most words asked about are not in the set.
        if (!((m_filter[size_t(lowerHash >> 62)] >> ((lowerHash >> 56) & 63)) & 1))
            return -1;
        return m_index.find(lowerHash);
    }
    bool contains(quint64 lowerHash) const { return indexOf(lowerHash) >= 0; }
    int indexOf(QStringView word) const { return word.size() > m_maxLength ? -1 : indexOf(hashLower(word)); }
    bool contains(QStringView word) const { return indexOf(word) >= 0; }
    /** contains(word) for a word whose hashLower() and size are known. */
    bool contains(quint64 lowerHash, qsizetype size) const { return size <= m_maxLength && contains(lowerHash); }

private:
    HashIndex m_index;
    std::array<quint64, 4> m_filter{};
    qsizetype m_maxLength = 0;
};

/** Words that may join the parts of a name: "Bank of England", "Procter & Gamble", "Leonardo da Vinci". */
bool isConnector(QStringView s);
bool isConnectorHash(quint64 lowerHash);
/** isConnector() of a token whose hashLower() and size are known. */
bool isConnector(quint64 lowerHash, qsizetype size);
/** Titles that precede a name but are not part of a PER span (CoNLL convention): Mr, Dr, President... */
bool isTitle(QStringView s);
bool isTitleHash(quint64 lowerHash);
/** isTitle() of a token whose hashLower() and size are known. */
bool isTitle(quint64 lowerHash, qsizetype size);

/** Entity names seen in training (and country names), looked up as lower-case token sequences. */
class Gazetteer
{
public:
    /** Training uses two halves so that a sentence never sees its own entities (jackknifing). */
    enum Source { HalfA = 0, HalfB = 1, External = 2 };
    static constexpr int AllSources = 0b111;

    void add(const QList<QStringView> &tokens, int type, Source source);
    /** Builds the lookup table; call after the last add(). */
    void finish();
    /** The type mask (bit per Type) of the entry, from the given sources only. */
    int lookup(quint64 key, int sources) const
    {
        const int v = m_index.find(key);
        if (v <= 0)
            return 0;
        if (sources == AllSources)
            return (v | (v >> 4) | (v >> 8)) & 0xf;
        int mask = 0;
        for (int s = 0; s < 3; ++s) {
            if (sources & (1 << s))
                mask |= (v >> (4 * s)) & 0xf;
        }
        return mask;
    }
    int maxLength() const { return m_maxLength; }
    qsizetype size() const { return m_entries.size(); }
    void prefetch(quint64 key) const { m_index.prefetch(key); }
    static quint64 startKey() { return 0x84222325cbf29ce4ULL; }
    static quint64 nextKey(quint64 key, quint64 tokenLower) { return (key ^ tokenLower) * 0x100000001b3ULL + 7; }

    /** Serialised with all sources merged into External. */
    QByteArray save() const;
    bool load(const QByteArray &data);

private:
    QHash<quint64, quint16> m_entries; // 4 type bits per source
    int m_maxLength = 0;
    HashIndex m_index; // m_entries for lookups

};

/** What the first character of a token is (TokenInfo::first). */
enum FirstCharacter : quint8 {
    FirstUpper = 1,          ///< QChar::isUpper()
    FirstLetterOrNumber = 2, ///< QChar::isLetterOrNumber()
};

/** What the features need of one token. Filled by prepareSentence(). */
struct TokenInfo
{
    QStringView text;
    quint64 exact = 0;
    quint64 lower = 0;
    quint64 folded = 0; ///< hashFolded()
    quint64 shape = 0;
    quint16 gazetteer = 0; ///< per type: bit 3t begin, 3t+1 continue, 3t+2 whole-entry single token
    bool sentenceStart = false; ///< first word of the sentence
    bool capitalised = false;   ///< has an upper-case letter
    bool connector = false;     ///< isConnector()
    bool commonWord = false;    ///< capitalised, but its lower-case form is a common word in training text
    quint8 document = 0;        ///< DocumentSeen bits: how the word appears elsewhere in the document
    quint8 cues = 0;            ///< DocumentCue bits of all the word's occurrences in the document
    bool candidate = false;     ///< may be part of a name; everything else is O without classifying
    quint8 first = 0;           ///< FirstCharacter bits (for the tagger's passes after the model)
};

struct Sentence
{
    std::vector<TokenInfo> tokens;
    bool allCaps = false; ///< a headline in capitals: case says little there
    // Filled by prepareSentence() for the passes after it, which need not visit every token.
    std::vector<int> capitalised;    ///< the indices of the capitalised tokens, in order
    std::vector<quint64> lowerWords; ///< hashLower() of each token in lower case that starts with a letter
};

/** Lower-case hashes of words seen often in lower case in the training text ("before", "police"). */
class Vocabulary
{
public:
    void add(quint64 lowerHash) { m_words.push_back(lowerHash); }
    void finish();
    bool contains(quint64 lowerHash) const { return m_index.find(lowerHash) >= 0; }
    void prefetch(quint64 lowerHash) const { m_index.prefetch(lowerHash); }
    qsizetype size() const { return qsizetype(m_words.size()); }
    QByteArray save() const;
    bool load(const QByteArray &data);

private:
    std::vector<quint64> m_words; // sorted
    HashIndex m_index;
};

/** Fills everything but the text, which the caller has set, and the document bits. */
void prepareSentence(Sentence &sentence, const Gazetteer &gazetteer, int gazetteerSources, const Vocabulary &vocabulary);

enum DocumentSeen : quint8 {
    SeenLowerCase = 1,        ///< the word occurs in lower case in the document
    SeenCapitalisedInside = 2, ///< the word occurs capitalised inside a sentence (not first, not a headline)
};
enum DocumentCue : quint8 {
    AfterTitle = 1,       ///< Mr, President... before it
    AfterPlacePreposition = 2, ///< in, at, from, near before it
    BeforeOrgWord = 4,    ///< Inc, Corp, Group, Bank... after it
    BeforeSpeechVerb = 8, ///< said, says, told after it
    InsideName = 16,      ///< capitalised words on both sides
    AfterFirstName = 32,  ///< a capitalised word before it, and the word is last of the sequence
};
/** Sets TokenInfo::document and TokenInfo::cues for the capitalised tokens of a document's prepared sentences. */
void applyDocumentStatistics(std::span<Sentence> document);

constexpr int MaxFeatures = 64;
/** The hashed features of token i given the two previous labels; returns how many were written. */
int extractFeatures(const Sentence &sentence, int i, int prev, int prev2, quint64 *out);
/** The features of extractFeatures() that do not depend on the previous labels, and those that do:
 *  together the same features (in another order), so that a tagger can sum the first before it knows
 *  the labels. */
int extractStaticFeatures(const Sentence &sentence, int i, quint64 *out);
int extractLabelFeatures(const Sentence &sentence, int i, int prev, int prev2, quint64 *out);

/** The weight row of a feature hash in a table of 2^bits rows. */
inline quint32 featureRow(quint64 hash, int bits)
{
    hash ^= hash >> 31;
    hash *= 0x7fb5d329728ea185ULL;
    hash ^= hash >> 27;
    return quint32(hash >> (64 - bits));
}

} // namespace Dossier::Ner
