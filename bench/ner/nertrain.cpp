// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trains the named-entity model: an averaged perceptron over the features of model/nerfeatures.cpp.
//   nertrain --train FILE... [--dev FILE] [--gazetteer FILE]... [--epochs N] [--bits N] [--misc keep|drop] --out FILE
// A --gazetteer file has one name a line, "TYPE<tab>Name" (TYPE one of PER, ORG, LOC, MISC; # starts a
// comment): names known from outside the training text, visible to every training sentence.

#include "conll.h"
#include "nerfeatures.h"
#include "nertagger.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

using namespace Dossier;
using namespace Dossier::Ner;
using NerBench::Document;

namespace {

struct Example
{
    QStringList words; // owns the text the views point into
    QList<int> gold;
    Ner::Sentence sentence;
};

struct Model
{
    int bits = 19;
    std::vector<float> w;
    std::vector<double> u; //, and the sum of c * update for averaging
    long c = 1;

    void init(int b)
    {
        bits = b;
        w.assign(size_t(LabelCount) << b, 0.f);
        u.assign(size_t(LabelCount) << b, 0.0);
    }
    void update(const quint64 *features, int k, int label, float delta)
    {
        for (int f = 0; f < k; ++f) {
            const size_t i = size_t(featureRow(features[f], bits)) * LabelCount + size_t(label);
            w[i] += delta;
            u[i] += double(c) * delta;
        }
    }
    std::vector<float> averaged() const
    {
        std::vector<float> a(w.size());
        for (size_t i = 0; i < w.size(); ++i)
            a[i] = float(double(w[i]) - u[i] / double(c));
        return a;
    }
};

int decodeToken(const std::vector<float> &w, int bits, const quint64 *features, int k, int prev)
{
    std::array<float, LabelCount> scores{};
    for (int f = 0; f < k; ++f) {
        const float *row = w.data() + size_t(featureRow(features[f], bits)) * LabelCount;
        for (int l = 0; l < LabelCount; ++l)
            scores[size_t(l)] += row[l];
    }
    int label = O;
    float best = -1e30f;
    for (int l = 0; l < LabelCount; ++l) {
        if (scores[size_t(l)] > best && transitionAllowed(prev, l)) {
            best = scores[size_t(l)];
            label = l;
        }
    }
    return label;
}

QList<int> decode(const std::vector<float> &w, int bits, const Ner::Sentence &s)
{
    QList<int> out(qsizetype(s.tokens.size()), O);
    std::array<quint64, MaxFeatures> features;
    int prev = StartLabel, prev2 = StartLabel;
    for (int i = 0; i < int(s.tokens.size()); ++i) {
        int label = O;
        if (s.tokens[size_t(i)].candidate) {
            const int k = extractFeatures(s, i, prev, prev2, features.data());
            label = decodeToken(w, bits, features.data(), k, prev);
        }
        out[i] = label;
        prev2 = prev;
        prev = label;
    }
    return out;
}

// Prepares the sentences of one document, examples [first, last).
void prepareDocument(std::vector<Example> &examples, size_t first, size_t last, const Gazetteer &gaz, int sources,
                     const Vocabulary &vocabulary)
{
    std::vector<Ner::Sentence> doc(last - first);
    for (size_t k = first; k < last; ++k) {
        Ner::Sentence &s = doc[k - first];
        s.tokens.resize(size_t(examples[k].words.size()));
        for (int i = 0; i < examples[k].words.size(); ++i)
            s.tokens[size_t(i)].text = examples[k].words[i];
        prepareSentence(s, gaz, sources, vocabulary);
    }
    applyDocumentStatistics(doc);
    for (size_t k = first; k < last; ++k)
        examples[k].sentence = std::move(doc[k - first]);
}

// Span F1 over PER/ORG/LOC, on the given tokens, model output only (no document pass).
double evaluate(const std::vector<float> &w, int bits, std::vector<Example> &dev)
{
    long tp = 0, fp = 0, fn = 0;
    for (Example &e : dev) {
        const QList<int> pred = decode(w, bits, e.sentence);
        auto key = [](const NerBench::GoldSpan &s) { return (qint64(s.first) << 32) | (s.last << 4) | s.type; };
        QSet<qint64> g, p;
        for (const auto &s : NerBench::spansOf(e.gold))
            if (s.type != Misc)
                g.insert(key(s));
        for (const auto &s : NerBench::spansOf(pred))
            if (s.type != Misc)
                p.insert(key(s));
        for (qint64 x : std::as_const(p))
            (g.contains(x) ? tp : fp) += 1;
        for (qint64 x : std::as_const(g))
            if (!p.contains(x))
                ++fn;
    }
    const double prec = tp ? double(tp) / double(tp + fp) : 0, rec = tp ? double(tp) / double(tp + fn) : 0;
    return prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList trainFiles, devFiles, gazetteerFiles;
    QString out;
    int epochs = 10, bits = 19;
    bool keepMisc = true;
    double prune = 0;
    quint32 seed = 20260525; // of the shuffle before each epoch
    int levels = 32000; // the largest quantised weight
    double clipQuantile = 1.0; // of the weight magnitudes, mapped to levels
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--train")) {
            while (i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--")))
                trainFiles << args[++i];
        } else if (a == QLatin1String("--dev")) {
            devFiles << next();
        } else if (a == QLatin1String("--gazetteer")) {
            gazetteerFiles << next();
        } else if (a == QLatin1String("--out")) {
            out = next();
        } else if (a == QLatin1String("--epochs")) {
            epochs = next().toInt();
        } else if (a == QLatin1String("--bits")) {
            bits = next().toInt();
        } else if (a == QLatin1String("--misc")) {
            keepMisc = next() != QLatin1String("drop");
        } else if (a == QLatin1String("--levels")) {
            levels = std::clamp(next().toInt(), 1, 32767);
        } else if (a == QLatin1String("--clip")) {
            clipQuantile = std::clamp(next().toDouble(), 0.5, 1.0);
        } else if (a == QLatin1String("--seed")) {
            seed = next().toUInt();
        } else if (a == QLatin1String("--prune")) {
            prune = next().toDouble();
        } else {
            std::fprintf(stderr, "unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (trainFiles.isEmpty()) {
        std::fprintf(stderr, "usage: nertrain --train FILE... [--dev FILE] [--gazetteer FILE]... [--epochs N] [--bits N] [--misc keep|drop] [--prune X] [--seed N] --out FILE\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();

    // Training sentences; documents alternate between two halves for the gazetteer jackknife.
    std::vector<Example> train;
    std::vector<int> half;
    std::vector<std::pair<size_t, size_t>> trainDocs;
    Gazetteer gaz;
    QHash<quint64, int> lowerCounts;
    int docIndex = 0;
    long goldTokens = 0, lostTokens = 0;
    for (const QString &file : std::as_const(trainFiles)) {
        QString error;
        const QList<Document> docs = NerBench::readConll(file, keepMisc, &error);
        if (docs.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(error));
            return 1;
        }
        for (const Document &d : docs) {
            const auto source = (docIndex++ % 2) ? Gazetteer::HalfB : Gazetteer::HalfA;
            trainDocs.emplace_back(train.size(), train.size() + size_t(d.sentences.size()));
            for (const NerBench::Sentence &s : d.sentences) {
                for (const QString &w : s.words) {
                    if (!w.isEmpty() && w[0].isLetter() && w == w.toLower())
                        lowerCounts[hashLower(w)] += 1;
                }
                Example e;
                e.words = s.words;
                e.gold = s.labels;
                for (const auto &span : NerBench::spansOf(s.labels)) {
                    QList<QStringView> toks;
                    for (int i = span.first; i <= span.last; ++i)
                        toks.append(e.words[i]);
                    gaz.add(toks, span.type, source);
                }
                train.push_back(std::move(e));
                half.push_back(int(source));
            }
        }
    }
    // Country and territory names from Qt's locale data.
    int countries = 0;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString name = QLocale::territoryToString(QLocale::Territory(t));
        if (name.isEmpty())
            continue;
        const QList<Token> toks = Tokenizer::tokenize(name);
        QList<QStringView> views;
        for (const Token &tk : toks)
            views.append(QStringView(name).sliced(tk.start, tk.length()));
        gaz.add(views, Loc, Gazetteer::External);
        ++countries;
    }
    // City names from the time-zone database ("Europe/Zurich" -> "Zurich").
    int cities = 0;
    static const char *const regions[] = {"Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/",
                                          "Indian/", "Pacific/"};
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (std::none_of(std::begin(regions), std::end(regions), [&](const char *r) { return id.startsWith(r); }))
            continue;
        const QString name = QString::fromLatin1(id.mid(id.lastIndexOf('/') + 1)).replace(u'_', u' ');
        const QList<Token> toks = Tokenizer::tokenize(name);
        QList<QStringView> views;
        for (const Token &tk : toks)
            views.append(QStringView(name).sliced(tk.start, tk.length()));
        gaz.add(views, Loc, Gazetteer::External);
        ++cities;
    }
    // Names from gazetteer files.
    int listed = 0;
    for (const QString &file : std::as_const(gazetteerFiles)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(f.errorString()));
            return 1;
        }
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString code = line.section(QLatin1Char('\t'), 0, 0);
            const QString name = line.section(QLatin1Char('\t'), 1).trimmed();
            const int type = code == QLatin1String("PER") ? Per : code == QLatin1String("ORG") ? Org
                : code == QLatin1String("LOC")                                               ? Loc
                : code == QLatin1String("MISC")                                              ? Misc
                                                                                             : -1;
            if (type < 0 || name.isEmpty()) {
                std::fprintf(stderr, "%s: bad line: %s\n", qPrintable(file), qPrintable(line));
                return 1;
            }
            const QList<Token> toks = Tokenizer::tokenize(name);
            QList<QStringView> views;
            for (const Token &tk : toks)
                views.append(QStringView(name).sliced(tk.start, tk.length()));
            gaz.add(views, type, Gazetteer::External);
            ++listed;
        }
    }
    gaz.finish();
    Vocabulary vocabulary;
    for (auto it = lowerCounts.cbegin(); it != lowerCounts.cend(); ++it) {
        if (it.value() >= 2)
            vocabulary.add(it.key());
    }
    vocabulary.finish();
    for (const auto &[first, last] : trainDocs) {
        const int other = half[first] == Gazetteer::HalfA ? (1 << Gazetteer::HalfB) : (1 << Gazetteer::HalfA);
        prepareDocument(train, first, last, gaz, other | (1 << Gazetteer::External), vocabulary);
    }
    for (size_t k = 0; k < train.size(); ++k) {
        for (int i = 0; i < train[k].gold.size(); ++i) {
            if (train[k].gold[i] != O) {
                ++goldTokens;
                if (!train[k].sentence.tokens[size_t(i)].candidate)
                    ++lostTokens;
            }
        }
    }
    std::vector<Example> dev;
    for (const QString &file : std::as_const(devFiles)) {
        QString error;
        for (const Document &d : NerBench::readConll(file, keepMisc, &error)) {
            const size_t first = dev.size();
            for (const NerBench::Sentence &s : d.sentences) {
                Example e;
                e.words = s.words;
                e.gold = s.labels;
                dev.push_back(std::move(e));
            }
            prepareDocument(dev, first, dev.size(), gaz, Gazetteer::AllSources, vocabulary);
        }
    }
    std::printf("train: %zu sentences, vocabulary %lld, gazetteer %lld entries (%d territories, %d cities, %d listed), entity tokens never classified: %ld of %ld (%.2f%%)\n",
                train.size(), qlonglong(vocabulary.size()), qlonglong(gaz.size()), countries, cities, listed, lostTokens, goldTokens, 100.0 * double(lostTokens) / double(goldTokens));

    Model model;
    model.init(bits);
    std::vector<size_t> order(train.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    QRandomGenerator rng(seed);
    std::array<quint64, MaxFeatures> features;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        long errors = 0, seen = 0;
        for (size_t k : order) {
            const Example &e = train[k];
            int prev = StartLabel, prev2 = StartLabel;
            for (int i = 0; i < int(e.sentence.tokens.size()); ++i) {
                int label = O;
                if (e.sentence.tokens[size_t(i)].candidate) {
                    const int nf = extractFeatures(e.sentence, i, prev, prev2, features.data());
                    label = decodeToken(model.w, bits, features.data(), nf, prev);
                    const int gold = e.gold[i];
                    ++seen;
                    if (label != gold) {
                        ++errors;
                        model.update(features.data(), nf, gold, 1.f);
                        model.update(features.data(), nf, label, -1.f);
                    }
                    ++model.c;
                }
                prev2 = prev;
                prev = label;
            }
        }
        std::printf("epoch %d: %.2f%% token errors", epoch, 100.0 * double(errors) / double(seen));
        if (!dev.empty())
            std::printf(", dev F1 %.4f", evaluate(model.averaged(), bits, dev));
        std::printf(" (%.1f s)\n", double(timer.elapsed()) / 1000.0);
        std::fflush(stdout);
    }

    if (out.isEmpty())
        return 0;
    const std::vector<float> avg = model.averaged();
    // The scale comes from a high percentile rather than the largest weight, and the few beyond it are
    // clipped: a handful of outliers would otherwise squeeze every other weight into a few levels.
    std::vector<float> magnitudes;
    for (float x : avg) {
        if (x != 0.f)
            magnitudes.push_back(std::fabs(x));
    }
    std::sort(magnitudes.begin(), magnitudes.end());
    const float maxAbs = magnitudes.empty() ? 0.f : magnitudes[size_t(double(magnitudes.size() - 1) * clipQuantile)];
    const float scale = maxAbs > 0 ? float(levels) / maxAbs : 1.f;
    std::vector<qint16> q(avg.size());
    long nonzero = 0;
    for (size_t i = 0; i < avg.size(); ++i) {
        const float x = std::fabs(avg[i]) < prune ? 0.f : avg[i];
        q[i] = qint16(std::clamp<long>(std::lround(x * scale), -levels, levels));
        nonzero += q[i] != 0;
    }
    const QByteArray bytes = NerTagger::serialize(bits, q, gaz, vocabulary);
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(out), qPrintable(f.errorString()));
        return 1;
    }
    std::printf("wrote %s: %lld bytes, %ld of %zu weights non-zero, scale %.1f, %.1f s in all\n", qPrintable(out),
                qlonglong(bytes.size()), nonzero, q.size(), double(scale), double(timer.elapsed()) / 1000.0);
    return 0;
}
