// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nertagger.h"

#include "datetagger.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

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

bool isPunctuationToken(QStringView w)
{
    return !w.isEmpty() && !w[0].isLetterOrNumber();
}

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

QList<EntitySpan> NerTagger::tag(const QString &text) const
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const int n = int(tokens.size());
    auto word = [&](int i) { return QStringView(text).sliced(tokens[i].start, tokens[i].length()); };

    QList<Mention> mentions;
    std::vector<quint64> hashes; // of each token's text, for the document pass
    if (m_valid) {
        // 1. The model, sentence by sentence, after a look at the whole document.
        std::vector<Sentence> sentences;
        std::vector<int> sentenceStarts;
        for (int a = 0; a < n;) {
            int b = a + 1;
            while (b < n && !tokens[b].sentenceStart)
                ++b;
            Sentence &sentence = sentences.emplace_back();
            sentence.tokens.resize(size_t(b - a));
            for (int i = a; i < b; ++i)
                sentence.tokens[size_t(i - a)].text = word(i);
            prepareSentence(sentence, m_gazetteer, Gazetteer::AllSources, m_vocabulary);
            sentenceStarts.push_back(a);
            a = b;
        }
        applyDocumentStatistics(sentences);
        hashes.resize(size_t(n));

        std::array<quint64, MaxFeatures> features;
        const qint16 *weights = m_rows.get();
        for (size_t si = 0; si < sentences.size(); ++si) {
            const Sentence &sentence = sentences[si];
            const int a = sentenceStarts[si];
            int prev = StartLabel, prev2 = StartLabel;
            for (int i = 0; i < int(sentence.tokens.size()); ++i) {
                const TokenInfo &t = sentence.tokens[size_t(i)];
                hashes[size_t(a + i)] = t.exact;
                int label = O;
                if (t.candidate) {
                    const int k = extractFeatures(sentence, i, prev, prev2, features.data());
                    alignas(64) std::array<qint32, RowStride> scores{};
                    for (int f = 0; f < k; ++f) {
                        const qint16 *row = weights + size_t(featureRow(features[size_t(f)], m_bits)) * RowStride;
                        for (int l = 0; l < RowStride; ++l)
                            scores[size_t(l)] += row[l];
                    }
                    int best = std::numeric_limits<int>::min();
                    for (int l = 0; l < LabelCount; ++l) {
                        if (scores[size_t(l)] > best && transitionAllowed(prev, l)) {
                            best = scores[size_t(l)];
                            label = l;
                        }
                    }
                }
                prev2 = prev;
                prev = label;
                if (label == O)
                    continue;
                if (isInside(label) && !mentions.isEmpty() && mentions.last().last == a + i - 1
                    && mentions.last().type == labelType(label)) {
                    mentions.last().last = a + i;
                } else {
                    mentions.append(Mention{a + i, a + i, labelType(label)});
                }
            }
        }

        // 2. Titles, possessives and punctuation are not part of a name.
        QList<Mention> trimmed;
        for (Mention m : std::as_const(mentions)) {
            // Connectors in lower case only: "Van Boxmeer" and "Al Jazeera" keep their first word.
            auto lowerConnector = [&](int i) { return isConnector(word(i)) && !word(i)[0].isUpper(); };
            while (m.first <= m.last && (isPunctuationToken(word(m.first)) || lowerConnector(m.first)
                                         || (m.type == Per && isTitle(word(m.first)))))
                ++m.first;
            while (m.first <= m.last && (isPunctuationToken(word(m.last)) || isPossessive(word(m.last))
                                         || lowerConnector(m.last)))
                --m.last;
            if (m.first <= m.last && !(m.first == m.last && isTitle(word(m.first)) && m.type == Per))
                trimmed.append(m);
        }
        mentions = trimmed;
    }

    // 3. Document consistency.
    if (m_valid && m_documentConsistency && !mentions.isEmpty()) {
        std::vector<int> covered(size_t(n), -1); // token -> mention index
        auto mark = [&] {
            std::fill(covered.begin(), covered.end(), -1);
            for (int k = 0; k < mentions.size(); ++k) {
                for (int i = mentions[k].first; i <= mentions[k].last; ++i)
                    covered[size_t(i)] = k;
            }
        };
        // Plain sorted vectors rather than hash tables: a document has few mentions, and the scans over
        // all tokens look up only the capitalised ones.
        auto capitalisedAt = [&](int i) { return i >= 0 && i < n && text[tokens[i].start].isUpper(); };
        auto sortByFirst = [](QList<Mention> &list) {
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
                const quint64 last = hashLower(word(m.last));
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
                    const QStringView w = word(i);
                    if (w.size() > 1 && w[0].isUpper() && !isTitle(w))
                        nameParts.push_back(hashes[size_t(i)]);
                }
            }
        }
        std::sort(nameParts.begin(), nameParts.end());
        auto isNamePart = [&](int i) { return std::binary_search(nameParts.begin(), nameParts.end(), hashes[size_t(i)]); };
        if (!nameParts.empty()) {
            for (Mention &m : mentions) {
                if (m.first == m.last && isNamePart(m.first))
                    m.type = Per;
            }
            mark();
            for (int i = 0; i < n; ++i) {
                if (covered[size_t(i)] < 0 && capitalisedAt(i) && isNamePart(i) && !capitalisedAt(i - 1)
                    && !capitalisedAt(i + 1))
                    mentions.append(Mention{i, i, Per});
            }
            sortByFirst(mentions);
        }

        // A company named in full with a designator ("Pellucid Systems", "Microsoft Corp") is the
        // company when its name appears alone.
        std::vector<quint64> companyHeads;
        for (const Mention &m : std::as_const(mentions)) {
            if (m.type == Org && m.last > m.first && designators.contains(word(m.last)))
                companyHeads.push_back(hashes[size_t(m.first)]);
        }
        if (!companyHeads.empty()) {
            std::sort(companyHeads.begin(), companyHeads.end());
            for (Mention &m : mentions) {
                if (m.first == m.last && m.type != Org && !isNamePart(m.first)
                    && std::binary_search(companyHeads.begin(), companyHeads.end(), hashes[size_t(m.first)]))
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
        forms.reserve(size_t(mentions.size()));
        for (int k = 0; k < mentions.size(); ++k) {
            quint64 h = 0x9e3779b97f4a7c15ULL;
            for (int i = mentions[k].first; i <= mentions[k].last; ++i)
                h = (h ^ hashes[size_t(i)]) * 0x100000001b3ULL;
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
                ++votes[size_t(mentions[forms[end++].mention].type)];
            for (size_t k = g; k < end; ++k) {
                Mention &m = mentions[forms[k].mention];
                for (int t = 0; t < TypeCount; ++t) {
                    if (votes[size_t(t)] > votes[size_t(m.type)])
                        m.type = t;
                }
            }
            const Mention &r = mentions[forms[g].mention];
            if (r.last > r.first || word(r.first).size() > 1)
                representatives.push_back(Representative{hashes[size_t(r.first)], forms[g].mention});
            g = end;
        }
        std::sort(representatives.begin(), representatives.end(),
                  [](const Representative &x, const Representative &y) { return x.firstWord < y.firstWord; });

        // Occurrences the model missed, matched token by token from the first word.
        mark();
        QList<Mention> added;
        for (int i = 0; i < n; ++i) {
            if (covered[size_t(i)] >= 0 || !capitalisedAt(i))
                continue;
            auto it = std::lower_bound(representatives.begin(), representatives.end(), hashes[size_t(i)],
                                       [](const Representative &r, quint64 h) { return r.firstWord < h; });
            for (; it != representatives.end() && it->firstWord == hashes[size_t(i)]; ++it) {
                const Mention &m = mentions[it->mention];
                const int len = m.last - m.first + 1;
                bool match = i + len <= n && !capitalisedAt(i - 1) && !capitalisedAt(i + len);
                for (int j = 0; match && j < len; ++j)
                    match = covered[size_t(i + j)] < 0 && hashes[size_t(i + j)] == hashes[size_t(m.first + j)];
                if (match) {
                    added.append(Mention{i, i + len - 1, m.type});
                    i += len - 1;
                    break;
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.append(added);
            sortByFirst(mentions);
        }
    }

    // 4. Dates, which win over a name they overlap unless they are a lone weekday ("Sunday Times").
    const QList<EntitySpan> dates = DateTagger::tag(text, tokens);
    QList<EntitySpan> out;
    out.reserve(mentions.size() + dates.size());
    for (const Mention &m : std::as_const(mentions)) {
        if (m.type == Misc)
            continue;
        const EntitySpan span{tokens[m.first].start, tokens[m.last].end, EntityType(m.type)};
        out.append(span);
    }
    // Both lists are sorted and each is free of overlaps: one sweep.
    QList<EntitySpan> merged;
    merged.reserve(out.size() + dates.size());
    qsizetype e = 0;
    for (const EntitySpan &d : dates) {
        while (e < out.size() && out[e].end <= d.start)
            merged.append(out[e++]);
        qsizetype f = e;
        while (f < out.size() && out[f].start < d.end)
            ++f;
        // out[e, f) overlap the date.
        const bool loneWeekday = DateTagger::isWeekday(QStringView(text).sliced(d.start, d.length()));
        if (f > e && loneWeekday)
            continue;
        merged.append(d);
        e = f;
    }
    while (e < out.size())
        merged.append(out[e++]);
    out = merged;

    return out;
}

} // namespace Dossier
