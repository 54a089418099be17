// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nertagger.h"

#include "datetagger.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <span>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Dossier {

using namespace Ner;

namespace {

constexpr char Magic[8] = {'D', 'O', 'S', 'S', 'N', 'E', 'R', '1'};
constexpr quint32 FormatVersion = 1;
constexpr int HeaderSize = 8 + 4 + 8 + 4; // magic, format, checksum, payload size

quint64 checksum(const char *data, qsizetype size)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (qsizetype i = 0; i < size; ++i)
        h = (h ^ quint8(data[i])) * 0x100000001b3ULL;
    return h;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::NerTagger", text);
}

// A name mention in token indices [first, last], before it becomes an EntitySpan.
struct Mention
{
    int first;
    int last;
    int type; // Ner::Type
};

bool isPossessive(QStringView w)
{
    return w.size() == 2 && Tokenizer::isApostrophe(w[0]) && (w[1] == u's' || w[1] == u'S');
}

} // namespace

NerTagger::NerTagger() = default;

int NerTagger::version()
{
    return 2;
}

const NerTagger &NerTagger::builtin()
{
    static const NerTagger tagger = [] {
        NerTagger t;
        QFile file(QStringLiteral(":/dossier/ner/ner-model.bin"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !t.load(file.readAll(), &error))
            qWarning("NerTagger: the built-in model did not load: %s", qUtf8Printable(error));
        return t;
    }();
    return tagger;
}

QByteArray NerTagger::serialize(int bits, const std::vector<qint16> &weights, const Gazetteer &gazetteer,
                                const Vocabulary &vocabulary)
{
    QByteArray payload;
    {
        QDataStream ds(&payload, QIODevice::WriteOnly);
        ds.setVersion(QDataStream::Qt_6_0);
        QByteArray w(qsizetype(weights.size()) * 2, Qt::Uninitialized);
        for (size_t i = 0; i < weights.size(); ++i)
            qToLittleEndian<qint16>(weights[i], w.data() + 2 * i);
        ds << quint32(bits) << quint32(LabelCount) << w << gazetteer.save() << vocabulary.save();
    }
    const QByteArray packed = qCompress(payload, 9);
    QByteArray out;
    out.append(Magic, 8);
    char buf[8];
    qToLittleEndian<quint32>(FormatVersion, buf);
    out.append(buf, 4);
    qToLittleEndian<quint64>(checksum(packed.constData(), packed.size()), buf);
    out.append(buf, 8);
    qToLittleEndian<quint32>(quint32(packed.size()), buf);
    out.append(buf, 4);
    out.append(packed);
    return out;
}

bool NerTagger::load(const QByteArray &data, QString *error)
{
    m_valid = false;
    m_rows.reset();
    m_bits = 0;
    m_gazetteer = Gazetteer();
    m_vocabulary = Vocabulary();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        m_rows.reset();
        return false;
    };
    if (data.size() < HeaderSize || std::memcmp(data.constData(), Magic, 8) != 0)
        return fail(tr("not a Dossier entity model"));
    const quint32 format = qFromLittleEndian<quint32>(data.constData() + 8);
    if (format != FormatVersion)
        return fail(tr("entity model format %1, expected %2").arg(format).arg(FormatVersion));
    const quint64 sum = qFromLittleEndian<quint64>(data.constData() + 12);
    const quint32 size = qFromLittleEndian<quint32>(data.constData() + 20);
    if (qsizetype(size) != data.size() - HeaderSize)
        return fail(tr("the entity model is truncated (%1 of %2 bytes)").arg(data.size() - HeaderSize).arg(size));
    if (checksum(data.constData() + HeaderSize, size) != sum)
        return fail(tr("the entity model is corrupt (checksum mismatch)"));
    const QByteArray payload = qUncompress(reinterpret_cast<const uchar *>(data.constData() + HeaderSize), size);
    if (payload.isEmpty())
        return fail(tr("the entity model does not decompress"));

    QDataStream ds(payload);
    ds.setVersion(QDataStream::Qt_6_0);
    quint32 bits = 0, labels = 0;
    QByteArray w, gaz, vocabulary;
    ds >> bits >> labels >> w >> gaz >> vocabulary;
    if (ds.status() != QDataStream::Ok)
        return fail(tr("the entity model is incomplete"));
    if (labels != quint32(LabelCount) || bits < 8 || bits > 24)
        return fail(tr("the entity model has %1 labels and %2 bits; this version needs %3 labels")
                        .arg(labels)
                        .arg(bits)
                        .arg(int(LabelCount)));
    const qsizetype count = (qsizetype(1) << bits) * labels;
    if (w.size() != count * 2)
        return fail(tr("the entity model weights have the wrong size"));
    if (!m_gazetteer.load(gaz))
        return fail(tr("the entity model gazetteer is unreadable"));
    if (!m_vocabulary.load(vocabulary))
        return fail(tr("the entity model vocabulary is unreadable"));
    const qsizetype rowCount = qsizetype(1) << bits;
    const size_t bytes = size_t(rowCount) * RowStride * sizeof(qint16);
    auto *base = static_cast<qint16 *>(::operator new[](bytes, std::align_val_t(64)));
    std::memset(base, 0, bytes);
    m_rows = std::shared_ptr<const qint16[]>(base, [](const qint16 *p) {
        ::operator delete[](const_cast<qint16 *>(p), std::align_val_t(64));
    });
    for (qsizetype r = 0; r < rowCount; ++r) {
        for (int l = 0; l < LabelCount; ++l)
            base[r * RowStride + l] = qFromLittleEndian<qint16>(w.constData() + 2 * (r * LabelCount + l));
    }
    m_bits = int(bits);
    m_valid = true;
    return true;
}

namespace {

// The scores of the labels of one token: 0-8 used, padded for 128-bit loads and stores.
struct alignas(16) Scores
{
    std::array<qint32, 12> label;
};

// Buffers of one thread, reused from one text to the next so that tagging allocates little.
struct Scratch
{
    std::vector<Sentence> sentences; // the first `used` are the text's; the rest keep their capacity
    std::vector<int> sentenceStarts;
    std::vector<const Ner::TokenInfo *> info; // of each token
    std::vector<int> upperFirst;               // the tokens whose first character is upper case
    std::vector<int> candidates;               // of a sentence
    std::vector<Mention> mentions;
    std::vector<int> covered;
    std::vector<Scores> scores;          // of each candidate of a sentence
    std::vector<quint32> rows;           // the weight rows of each candidate of a sentence, MaxFeatures apart
    std::vector<int> rowCounts;          // of each candidate of a sentence

    // A huge text should not keep its buffers for good (an article has a few hundred tokens).
    void trim(int tokens)
    {
        if (tokens > 1 << 14)
            *this = Scratch();
    }
};

// Labels that may follow each previous label (StartLabel included): bit l for label l.
constexpr std::array<quint16, LabelCount + 1> allowedAfter = [] {
    std::array<quint16, LabelCount + 1> t{};
    for (int prev = 0; prev <= LabelCount; ++prev) {
        for (int l = 0; l < LabelCount; ++l) {
            if (transitionAllowed(prev, l))
                t[size_t(prev)] |= quint16(1u << l);
        }
    }
    return t;
}();

} // namespace

// The offset of a feature's weight row in the table.
static inline quint32 rowOffset(quint64 feature, int bits)
{
    return featureRow(feature, bits) * quint32(LabelCount);
}

// Adds the weight rows at the offsets to the scores.
static void addRows(const qint16 *weights, const quint32 *rows, int count, Scores &scores)
{
    static_assert(LabelCount == 9, "the sums below are written for labels 0-7 and 8");
#if defined(__SSE2__)
    // Labels 0-7 as one 128-bit row each, widened to 32 bits by multiplying and adding pairs with
    // (1, 0) and (0, 1): even labels in one sum, odd in the other. Label 8 on its own.
    const __m128i evenOnes = _mm_set1_epi32(1), oddOnes = _mm_set1_epi32(1 << 16);
    __m128i even = _mm_setr_epi32(scores.label[0], scores.label[2], scores.label[4], scores.label[6]);
    __m128i odd = _mm_setr_epi32(scores.label[1], scores.label[3], scores.label[5], scores.label[7]);
    qint32 last = scores.label[8];
    for (int f = 0; f < count; ++f) {
        const qint16 *row = weights + rows[f];
        const __m128i r = _mm_loadu_si128(reinterpret_cast<const __m128i *>(row));
        even = _mm_add_epi32(even, _mm_madd_epi16(r, evenOnes));
        odd = _mm_add_epi32(odd, _mm_madd_epi16(r, oddOnes));
        last += row[8];
    }
    alignas(16) std::array<qint32, 4> e, o;
    _mm_store_si128(reinterpret_cast<__m128i *>(e.data()), even);
    _mm_store_si128(reinterpret_cast<__m128i *>(o.data()), odd);
    for (int k = 0; k < 4; ++k) {
        scores.label[size_t(2 * k)] = e[size_t(k)];
        scores.label[size_t(2 * k + 1)] = o[size_t(k)];
    }
    scores.label[8] = last;
#else
    for (int f = 0; f < count; ++f) {
        const qint16 *row = weights + rows[f];
        for (int l = 0; l < LabelCount; ++l)
            scores.label[size_t(l)] += row[l];
    }
#endif
}

// The label of the highest score that may follow prev; the first of equal ones.
static int bestLabel(const Scores &scores, int prev)
{
    // Without branches: which label wins is anybody's guess. A label that may not follow counts as the
    // lowest score, which no sum of weights reaches, and O may always follow.
    int label = O;
    int best = std::numeric_limits<int>::min();
    const unsigned allowed = allowedAfter[size_t(prev)];
    for (int l = 0; l < LabelCount; ++l) {
        const int score = (allowed >> l) & 1 ? scores.label[size_t(l)] : std::numeric_limits<int>::min();
        const bool better = score > best;
        label = better ? l : label;
        best = better ? score : best;
    }
    return label;
}

QList<EntitySpan> NerTagger::tag(const QString &text) const
{
    static_assert(RowStride == LabelCount, "bestLabel() reads rows of LabelCount labels");
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const int n = int(tokens.size());
    auto word = [&](int i) { return QStringView(text).sliced(tokens[i].start, tokens[i].length()); };
    auto length = [&](int i) { return tokens[i].end - tokens[i].start; };

    static thread_local Scratch scratch;
    std::vector<Mention> &mentions = scratch.mentions;
    mentions.clear();
    // What the passes below read of each token: its features' TokenInfo (hashes), its first character.
    const std::vector<const TokenInfo *> &info = scratch.info;
    auto hash = [&](int i) { return info[size_t(i)]->exact; };
    auto lower = [&](int i) { return info[size_t(i)]->lower; };
    auto first = [&](int i) { return info[size_t(i)]->first; };
    const std::vector<int> &upperFirst = scratch.upperFirst; // the tokens whose first character is upper case
    if (m_valid) {
        // 1. The model, sentence by sentence, after a look at the whole document.
        std::vector<Sentence> &sentences = scratch.sentences;
        std::vector<int> &sentenceStarts = scratch.sentenceStarts;
        sentenceStarts.clear();
        scratch.info.resize(size_t(n));
        scratch.upperFirst.clear();
        size_t used = 0;
        for (int a = 0; a < n;) {
            int b = a + 1;
            while (b < n && !tokens[b].sentenceStart)
                ++b;
            if (used == sentences.size())
                sentences.emplace_back();
            Sentence &sentence = sentences[used++];
            sentence.tokens.resize(size_t(b - a));
            for (int i = a; i < b; ++i) {
                TokenInfo &t = sentence.tokens[size_t(i - a)];
                t.text = word(i);
                scratch.info[size_t(i)] = &t;
            }
            prepareSentence(sentence, m_gazetteer, Gazetteer::AllSources, m_vocabulary);
            // A token that begins with a capital is capitalised (an upper-case character is a letter).
            for (int c : sentence.capitalised) {
                if (sentence.tokens[size_t(c)].first & FirstUpper)
                    scratch.upperFirst.push_back(a + c);
            }
            sentenceStarts.push_back(a);
            a = b;
        }
        applyDocumentStatistics(std::span<Sentence>(sentences.data(), used));

        std::array<quint64, MaxFeatures> features;
        const qint16 *weights = m_rows.get();
        std::vector<Scores> &scores = scratch.scores;
        std::vector<int> &candidates = scratch.candidates;
        for (size_t si = 0; si < used; ++si) {
            const Sentence &sentence = sentences[si];
            const int a = sentenceStarts[si];
            const int size = int(sentence.tokens.size());
            // Only the candidates are classified, the rest is O. They are capitalised words and the
            // connectors up to two tokens after one.
            candidates.clear();
            int next = 0;
            for (int c : sentence.capitalised) {
                for (int j = std::max(c, next); j <= std::min(c + 2, size - 1); ++j) {
                    if (sentence.tokens[size_t(j)].candidate)
                        candidates.push_back(j);
                }
                next = std::max(next, c + 3);
            }
            if (candidates.empty())
                continue;
            // The features that do not depend on the labels first, for all candidates: their weight rows
            // are read at random, and with no decision between them the reads overlap.
            // The rows are asked for as soon as their features are known and summed once all are.
            if (scores.size() < candidates.size()) {
                scores.resize(candidates.size());
                scratch.rows.resize(candidates.size() * MaxFeatures);
                scratch.rowCounts.resize(candidates.size());
            }
            for (size_t c = 0; c < candidates.size(); ++c) {
                const int k = extractStaticFeatures(sentence, candidates[c], features.data());
                quint32 *rows = scratch.rows.data() + c * MaxFeatures;
                for (int j = 0; j < k; ++j) {
                    rows[j] = rowOffset(features[size_t(j)], m_bits);
#if defined(__GNUC__)
                    __builtin_prefetch(weights + rows[j]);
#endif
                }
                scratch.rowCounts[c] = k;
            }
            for (size_t c = 0; c < candidates.size(); ++c) {
                scores[c] = Scores{};
                addRows(weights, scratch.rows.data() + c * MaxFeatures, scratch.rowCounts[c], scores[c]);
            }
            // Then left to right, each candidate given the labels of the two tokens before it.
            int lastAt = -2, lastLabel = O, beforeAt = -2, beforeLabel = O; // the last two candidates
            auto labelAt = [&](int i) { return i < 0 ? StartLabel : i == lastAt ? lastLabel : i == beforeAt ? beforeLabel : O; };
            for (size_t c = 0; c < candidates.size(); ++c) {
                const int i = candidates[c];
                const int prev = labelAt(i - 1), prev2 = labelAt(i - 2);
                const int k = extractLabelFeatures(sentence, i, prev, prev2, features.data());
                std::array<quint32, MaxFeatures> rows;
                for (int j = 0; j < k; ++j)
                    rows[size_t(j)] = rowOffset(features[size_t(j)], m_bits);
                addRows(weights, rows.data(), k, scores[c]);
                const int label = bestLabel(scores[c], prev);
                beforeAt = lastAt;
                beforeLabel = lastLabel;
                lastAt = i;
                lastLabel = label;
                if (label == O)
                    continue;
                if (isInside(label) && !mentions.empty() && mentions.back().last == a + i - 1
                    && mentions.back().type == labelType(label)) {
                    mentions.back().last = a + i;
                } else {
                    mentions.push_back(Mention{a + i, a + i, labelType(label)});
                }
            }
        }

        // 2. Titles, possessives and punctuation are not part of a name.
        auto isPunctuation = [&](int i) { return !(first(i) & FirstLetterOrNumber); };
        // Connectors in lower case only: "Van Boxmeer" and "Al Jazeera" keep their first word.
        auto lowerConnector = [&](int i) { return isConnector(lower(i), length(i)) && !(first(i) & FirstUpper); };
        auto title = [&](int i) { return isTitle(lower(i), length(i)); };
        size_t kept = 0;
        for (Mention m : mentions) {
            while (m.first <= m.last && (isPunctuation(m.first) || lowerConnector(m.first) || (m.type == Per && title(m.first))))
                ++m.first;
            while (m.first <= m.last && (isPunctuation(m.last) || isPossessive(word(m.last)) || lowerConnector(m.last)))
                --m.last;
            if (m.first <= m.last && !(m.first == m.last && title(m.first) && m.type == Per))
                mentions[kept++] = m;
        }
        mentions.resize(kept);
    }

    // 3. Document consistency.
    if (m_valid && m_documentConsistency && !mentions.empty()) {
        std::vector<int> &covered = scratch.covered; // token -> mention index
        covered.resize(size_t(n));
        auto mark = [&] {
            std::fill(covered.begin(), covered.end(), -1);
            for (int k = 0; k < int(mentions.size()); ++k) {
                for (int i = mentions[k].first; i <= mentions[k].last; ++i)
                    covered[size_t(i)] = k;
            }
        };
        // Plain sorted vectors rather than hash tables: a document has few mentions, and the scans over
        // all tokens look up only the capitalised ones.
        auto capitalisedAt = [&](int i) { return i >= 0 && i < n && (first(i) & FirstUpper); };
        auto sortByFirst = [](std::vector<Mention> &list) {
            std::sort(list.begin(), list.end(), [](const Mention &x, const Mention &y) { return x.first < y.first; });
        };

        // The last word of a name can say what it names: "Mill Lane" is a place, "Pellucid Systems" a
        // company, whatever the model thought.
        static const WordSet designators{"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc",
                                         "ag", "sa", "nv", "gmbh", "group", "holdings", "systems", "technologies",
                                         "motors", "airlines", "airways", "industries", "enterprises", "partners",
                                         "co", "co.", "company", "energy", "pharmaceuticals", "labs"};
        static const WordSet placeWords{"street", "st.", "road", "rd", "lane", "avenue", "ave", "boulevard", "square",
                                        "bridge", "river", "lake", "valley", "mountains", "mountain", "island",
                                        "islands", "bay", "sea", "ocean", "county", "province", "airport", "dam",
                                        "harbour", "harbor", "peninsula", "strait", "canal", "desert", "forest"};
        for (Mention &m : mentions) {
            if (m.last > m.first && m.type != Misc) {
                const quint64 last = lower(m.last);
                if (designators.contains(last))
                    m.type = Org;
                else if (placeWords.contains(last) && m.type == Per)
                    m.type = Loc;
            }
        }

        // A lone first or last name of a person named in full elsewhere is that person: a single-word
        // mention, or a capitalised word standing alone ("Peskov said"), not one inside a longer name.
        std::vector<quint64> nameParts;
        for (const Mention &m : std::as_const(mentions)) {
            if (m.type == Per && m.last > m.first) {
                for (int i : {m.first, m.last}) {
                    if (length(i) > 1 && (first(i) & FirstUpper) && !isTitle(lower(i), length(i)))
                        nameParts.push_back(hash(i));
                }
            }
        }
        std::sort(nameParts.begin(), nameParts.end());
        auto isNamePart = [&](int i) { return std::binary_search(nameParts.begin(), nameParts.end(), hash(i)); };
        if (!nameParts.empty()) {
            for (Mention &m : mentions) {
                if (m.first == m.last && isNamePart(m.first))
                    m.type = Per;
            }
            mark();
            const size_t before = mentions.size();
            for (int i : upperFirst) {
                if (covered[size_t(i)] < 0 && isNamePart(i) && !capitalisedAt(i - 1) && !capitalisedAt(i + 1))
                    mentions.push_back(Mention{i, i, Per});
            }
            if (mentions.size() > before) // (the model's mentions are in order)
                sortByFirst(mentions);
        }

        // A company named in full with a designator ("Pellucid Systems", "Microsoft Corp") is the
        // company when its name appears alone.
        std::vector<quint64> companyHeads;
        for (const Mention &m : std::as_const(mentions)) {
            if (m.type == Org && m.last > m.first && designators.contains(lower(m.last), length(m.last)))
                companyHeads.push_back(hash(m.first));
        }
        if (!companyHeads.empty()) {
            std::sort(companyHeads.begin(), companyHeads.end());
            for (Mention &m : mentions) {
                if (m.first == m.last && m.type != Org && !isNamePart(m.first)
                    && std::binary_search(companyHeads.begin(), companyHeads.end(), hash(m.first)))
                    m.type = Org;
            }
        }

        // A surface form takes its majority type everywhere.
        struct Form
        {
            quint64 hash;
            int mention;
        };
        std::vector<Form> forms;
        forms.reserve(mentions.size());
        for (int k = 0; k < int(mentions.size()); ++k) {
            quint64 h = 0x9e3779b97f4a7c15ULL;
            for (int i = mentions[k].first; i <= mentions[k].last; ++i)
                h = (h ^ hash(i)) * 0x100000001b3ULL;
            forms.push_back(Form{h, k});
        }
        std::sort(forms.begin(), forms.end(), [](const Form &x, const Form &y) { return x.hash < y.hash; });
        // One representative mention per distinct form, keyed by its first word, for the scan below.
        struct Representative
        {
            quint64 firstWord;
            int mention;
        };
        std::vector<Representative> representatives;
        for (size_t g = 0; g < forms.size();) {
            size_t end = g;
            std::array<int, TypeCount> votes{};
            while (end < forms.size() && forms[end].hash == forms[g].hash)
                ++votes[size_t(mentions[size_t(forms[end++].mention)].type)];
            for (size_t k = g; k < end; ++k) {
                Mention &m = mentions[size_t(forms[k].mention)];
                for (int t = 0; t < TypeCount; ++t) {
                    if (votes[size_t(t)] > votes[size_t(m.type)])
                        m.type = t;
                }
            }
            const Mention &r = mentions[size_t(forms[g].mention)];
            if (r.last > r.first || length(r.first) > 1)
                representatives.push_back(Representative{hash(r.first), forms[g].mention});
            g = end;
        }
        std::sort(representatives.begin(), representatives.end(),
                  [](const Representative &x, const Representative &y) { return x.firstWord < y.firstWord; });

        // Occurrences the model missed, matched token by token from the first word.
        mark();
        const size_t before = mentions.size();
        int from = 0; // after the last match
        for (int i : upperFirst) {
            if (i < from || covered[size_t(i)] >= 0)
                continue;
            const quint64 h = hash(i);
            auto it = std::lower_bound(representatives.begin(), representatives.end(), h,
                                       [](const Representative &r, quint64 key) { return r.firstWord < key; });
            for (; it != representatives.end() && it->firstWord == h; ++it) {
                const Mention &m = mentions[size_t(it->mention)];
                const int len = m.last - m.first + 1;
                bool match = i + len <= n && !capitalisedAt(i - 1) && !capitalisedAt(i + len);
                for (int j = 0; match && j < len; ++j)
                    match = covered[size_t(i + j)] < 0 && hash(i + j) == hash(m.first + j);
                if (match) {
                    const int type = m.type; // the push_back below may move m
                    mentions.push_back(Mention{i, i + len - 1, type});
                    from = i + len;
                    break;
                }
            }
        }
        if (mentions.size() > before)
            sortByFirst(mentions);
    }

    // 4. Dates, which win over a name they overlap unless they are a lone weekday ("Sunday Times").
    const QList<EntitySpan> dates = DateTagger::tag(text, tokens);
    QList<EntitySpan> out;
    out.reserve(qsizetype(mentions.size()) + dates.size());
    // Both lists are sorted and each is free of overlaps: one sweep.
    size_t e = 0;
    auto skipMisc = [&] {
        while (e < mentions.size() && mentions[e].type == Misc)
            ++e;
    };
    auto spanOf = [&](const Mention &m) { return EntitySpan{tokens[m.first].start, tokens[m.last].end, EntityType(m.type)}; };
    skipMisc();
    for (const EntitySpan &d : dates) {
        while (e < mentions.size() && tokens[mentions[e].last].end <= d.start) {
            out.append(spanOf(mentions[e++]));
            skipMisc();
        }
        size_t f = e;
        while (f < mentions.size() && tokens[mentions[f].first].start < d.end)
            ++f;
        // mentions[e, f) overlap the date (Misc among them included, which are dropped anyway).
        bool overlaps = false;
        for (size_t k = e; k < f && !overlaps; ++k)
            overlaps = mentions[k].type != Misc;
        const bool loneWeekday = DateTagger::isWeekday(QStringView(text).sliced(d.start, d.length()));
        if (overlaps && loneWeekday)
            continue;
        out.append(d);
        e = f;
        skipMisc();
    }
    for (; e < mentions.size(); ++e) {
        if (mentions[e].type != Misc)
            out.append(spanOf(mentions[e]));
    }
    scratch.trim(n);
    return out;
}

} // namespace Dossier
