// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace Dossier {

/** One detected quote, as the clusterer needs it. */
struct ClusterQuote
{
    qint64 id = 0;        ///< the quote's id (AnalysisStore: article id × 65536 + position)
    qint64 articleId = 0;
    QDate published;      ///< the article's date; invalid when unknown (sorts after every date)
    qint64 speakerEntityId = 0; ///< 0 when not resolved to an entity
    QString speaker;      ///< the speaker's name as written in its fullest form; empty when unknown
    QString text;         ///< the quoted words
};

/** The same quote across articles. */
struct QuoteCluster
{
    QList<qint64> members; ///< quote ids, earliest appearance first (by date, then id)
    qint64 earliest = 0;   ///< members.first()
    /** The variants differ in more than case, punctuation and quote marks where they overlap
     *  ("no contact" / "no contacts"). A variant that quotes only part of another (a sentence
     *  dropped or added at either end) is an excerpt and not by itself an alteration. */
    bool altered = false;
};

/**
 * Groups quotes that are the same statement: the same or a compatible speaker and the same words,
 * allowing inflections, a dropped or added sentence, a substituted word, punctuation, case and the
 * typography of the quote marks. Pure computation (no SQL); not thread-safe, feed it from one thread.
 *
 * Normalisation: words from Tokenizer, case-folded, diacritics and apostrophes dropped, possessive
 * 's left out, then a light suffix stemmer (documented at stem()). Matching is a local alignment of
 * the two word sequences (match +2, substitution or gap −1), so the shared passage is found wherever
 * it sits in the longer quote. Two quotes match when, with n the matched words and s the shorter
 * quote's word count:
 *  - the speakers are compatible (the same entity, or the same normalised surname): n ≥ minWords,
 *    the aligned passage is ≥ 75 % matched words, and n ≥ 80 % of s or n ≥ longPassage
 *    (a shared sentence of that length is no coincidence even when each side adds a sentence);
 *  - one or both speakers are unknown: n ≥ unknownMinWords, the passage ≥ 90 % matched and
 *    n ≥ 90 % of s. The detector leaves the speaker empty for an unnamed source or a name the NER
 *    missed, so such quotes must still join their cluster; only a long, near-verbatim match is
 *    safe without a speaker, since short phrases ("we will see") recur across speakers;
 *  - two known, different speakers never match: the same words from two people are two quotes.
 *
 * Adding is incremental: each quote's word trigrams (of stems) go into an inverted index, and a new
 * quote is compared only with earlier quotes sharing a trigram (trigrams already seen in more than
 * commonTrigram quotes are not used to find candidates), so adding never rescans all quotes. Matches
 * join clusters transitively (union-find).
 *
 * The same stems from the same speaker key (entity, else surname, else unknown) as an earlier quote
 * that the rule matches: Mode::AllMatches and Mode::IndexOnly join the new quote to that first
 * copy, return it as the only match, and neither index the copy's trigrams nor keep its stems. A
 * quote reprinted in hundreds of articles is then one entry in the index, not hundreds.
 */
class QuoteClusterer
{
public:
    static constexpr int minWords = 4;
    static constexpr int longPassage = 10;
    static constexpr int unknownMinWords = 8;
    static constexpr int commonTrigram = 500;
    /** Mode::AllMatches returns at most this many matches (those sharing the most trigrams). */
    static constexpr int maxMatches = 4;
    /** Mode::AllMatches compares at most this many candidates (those sharing the most trigrams). */
    static constexpr int maxCandidates = 32;

    /** A quote made ready for add() (words stemmed): pure, so it may run on worker threads. */
    struct Prepared
    {
        ClusterQuote quote;
        std::vector<quint32> stems;
        QString surname;
    };
    static Prepared prepare(const ClusterQuote &quote);

    /** How add() treats an incoming quote. */
    enum class Mode {
        Cluster,    ///< compare with candidates not yet in its cluster, join the matches
        AllMatches, ///< compare with every candidate of another article; join and return the matches
        IndexOnly,  ///< only index it (its links are known already: a corpus opened again)
    };

    /** Adds a quote and links it to the quotes it matches. Ids must be unique. */
    void add(const ClusterQuote &quote);
    /** Adds a prepared quote; returns the ids of the earlier quotes it matches (Mode::AllMatches:
        every one in another article; Mode::Cluster: those that joined its cluster). In
        Mode::AllMatches and Mode::IndexOnly the index keeps no speaker name and no words (quote()
        has them empty): the caller stores those. */
    QList<qint64> add(Prepared quote, Mode mode);
    void add(const QList<ClusterQuote> &quotes);

    qsizetype size() const { return qsizetype(m_quotes.size()); }
    /** The articles of a quote and of its copies that add() joined to it without indexing them
        (itself first); empty when unknown. */
    QList<qint64> articlesOfCopies(qint64 quoteId) const;

    /** The quote added with this id, or nullptr. */
    const ClusterQuote *quote(qint64 id) const;

    /** Every cluster of two or more quotes (singletons are left out), earliest appearance first
     *  within each; clusters ordered by their earliest member. The altered flag comes from the
     *  matches of Mode::Cluster (CorpusLinker stores its matches and LinkStore sets the flag). */
    QList<QuoteCluster> clusters() const;

    /** The ids in the same cluster as @p quoteId (itself included), or empty when unknown. */
    QList<qint64> clusterOf(qint64 quoteId) const;

    /** Whether two quotes would be put together (the rule above, without transitivity). */
    static bool matches(const ClusterQuote &a, const ClusterQuote &b);

    /** Whether @p a and @p b differ in more than case, punctuation and quote marks where they
     *  overlap (leading and trailing words only one side has are an excerpt, not a change). */
    static bool differs(const QString &a, const QString &b);

    /** The match key of one word: case-folded, diacritics and apostrophes dropped, then stemmed. */
    static QString stem(const QString &word);

    /** The surname a speaker name is compared by ("Dmitry Peskov", "Peskov's" -> "peskov"). */
    static QString surnameKey(const QString &speaker);

    /** Pairwise comparisons made so far (to show that adding does not rescan). */
    qint64 comparisons() const { return m_comparisons; }

private:
    using Entry = Prepared;
    static bool entriesMatch(const Entry &a, const Entry &b);
    int find(int index) const;
    void unite(int a, int b);

    static quint64 exactKey(const Entry &e);

    std::vector<Entry> m_quotes;
    QHash<quint64, int> m_firstCopy; ///< exactKey() -> the first quote with it (AllMatches, IndexOnly)
    QHash<int, std::vector<int>> m_copies; ///< first copy -> the later copies joined to it
    mutable std::vector<int> m_parent;
    // The trigram index: an open-addressing table of trigrams, each the head of its list of
    // postings (newest first). A hash of vectors took ~70 bytes a trigram; this takes ~30.
    struct TrigramSlot
    {
        quint64 key = 0;
        int head = -1; ///< the newest posting; -1: an empty slot
        int count = 0; ///< postings of the trigram
    };
    struct Posting
    {
        int entry;
        int next; ///< the previous posting of the same trigram; -1 at the end
    };
    TrigramSlot &trigramSlot(quint64 key); ///< the trigram's slot, inserted when new
    std::vector<TrigramSlot> m_trigramTable;
    size_t m_trigramsUsed = 0;
    std::vector<Posting> m_postings;
    QHash<qint64, int> m_indexById;
    std::vector<std::pair<int, int>> m_edges; ///< the matches that joined clusters (Mode::Cluster)
    qint64 m_comparisons = 0;
};

} // namespace Dossier
