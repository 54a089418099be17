// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluates NerTagger::tag() on CoNLL-format files and measures its speed.
//   neval [--model FILE] [--no-doc] [--test FILE]... [--errors FILE] [--speed FILE_OR_DIR]... [--text TEXT]...
// Each document is rebuilt as text (tokens joined by spaces, one sentence a line) and tagged as a
// whole, so the tokenizer and the document-level pass are part of what is measured. Scores are exact
// span + type over PER, ORG and LOC.

#include "conll.h"
#include "datetagger.h"
#include "nertagger.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <array>
#include <cstdio>

using namespace Dossier;

namespace {

struct Counts
{
    std::array<long, 3> tp{}, fp{}, fn{};
};

void printScores(const Counts &c)
{
    const char *names[] = {"PER", "ORG", "LOC"};
    auto line = [](const char *name, long tp, long fp, long fn) {
        const double p = tp ? double(tp) / double(tp + fp) : 0, r = tp ? double(tp) / double(tp + fn) : 0;
        const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        std::printf("  %-6s P %.4f  R %.4f  F1 %.4f  (gold %ld, found %ld)\n", name, p, r, f, tp + fn, tp + fp);
    };
    long tp = 0, fp = 0, fn = 0;
    for (int t = 0; t < 3; ++t) {
        line(names[t], c.tp[size_t(t)], c.fp[size_t(t)], c.fn[size_t(t)]);
        tp += c.tp[size_t(t)];
        fp += c.fp[size_t(t)];
        fn += c.fn[size_t(t)];
    }
    line("micro", tp, fp, fn);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList tests, speed, showTexts;
    QString modelPath, errorsPath;
    bool doc = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--test"))
            tests << next();
        else if (a == QLatin1String("--speed"))
            speed << next();
        else if (a == QLatin1String("--model"))
            modelPath = next();
        else if (a == QLatin1String("--text"))
            showTexts << next();
        else if (a == QLatin1String("--errors"))
            errorsPath = next();
        else if (a == QLatin1String("--no-doc"))
            doc = false;
        else {
            std::fprintf(stderr, "usage: neval [--model FILE] [--no-doc] [--test FILE]... [--errors FILE] [--speed FILE_OR_DIR]... [--text TEXT]...\n");
            return 2;
        }
    }
    NerTagger tagger;
    if (modelPath.isEmpty()) {
        tagger = NerTagger::builtin();
    } else {
        QFile f(modelPath);
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !tagger.load(f.readAll(), &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(modelPath), qPrintable(error.isEmpty() ? f.errorString() : error));
            return 1;
        }
    }
    if (!tagger.isValid()) {
        std::fprintf(stderr, "no valid model\n");
        return 1;
    }
    tagger.setDocumentConsistency(doc);
    for (const QString &text : std::as_const(showTexts)) {
        for (const EntitySpan &e : tagger.tag(text))
            std::printf("%s\t%s\n", qPrintable(entityTypeCode(e.type)), qPrintable(text.mid(e.start, e.length())));
        std::printf("\n");
    }
    QFile errors(errorsPath);
    if (!errorsPath.isEmpty() && !errors.open(QIODevice::WriteOnly | QIODevice::Text)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(errorsPath), qPrintable(errors.errorString()));
        return 1;
    }

    for (const QString &file : std::as_const(tests)) {
        QString error;
        const QList<NerBench::Document> docs = NerBench::readConll(file, false, &error);
        if (docs.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(error));
            return 1;
        }
        Counts counts;
        qint64 nanos = 0, chars = 0;
        for (const NerBench::Document &d : docs) {
            QString text;
            QSet<qint64> gold;
            auto key = [](int start, int end, int type) { return (qint64(start) << 34) | (qint64(end) << 2) | type; };
            for (const NerBench::Sentence &s : d.sentences) {
                QList<int> offsets;
                for (const QString &w : s.words) {
                    if (!offsets.isEmpty())
                        text += QLatin1Char(' ');
                    offsets.append(int(text.size()));
                    text += w;
                }
                for (const auto &span : NerBench::spansOf(s.labels)) {
                    if (span.type < 3)
                        gold.insert(key(offsets[span.first], offsets[span.last] + int(s.words[span.last].size()), span.type));
                }
                text += QLatin1Char('\n');
            }
            QElapsedTimer t;
            t.start();
            const QList<EntitySpan> spans = tagger.tag(text);
            nanos += t.nsecsElapsed();
            chars += text.size();
            QSet<qint64> found;
            for (const EntitySpan &e : spans) {
                if (e.type != EntityType::Date)
                    found.insert(key(e.start, e.end, int(e.type)));
            }
            for (qint64 k : std::as_const(found))
                (gold.contains(k) ? counts.tp : counts.fp)[size_t(k & 3)] += 1;
            for (qint64 k : std::as_const(gold))
                if (!found.contains(k))
                    counts.fn[size_t(k & 3)] += 1;
            if (errors.isOpen()) {
                // One line per wrong or missed span: "+" found but not gold, "-" gold but not found.
                const char *names[] = {"PER", "ORG", "LOC"};
                auto show = [&](char sign, qint64 k) {
                    const int start = int(k >> 34), end = int((k >> 2) & 0xffffffff), type = int(k & 3);
                    const int ls = int(text.lastIndexOf(QLatin1Char('\n'), start - 1) + 1);
                    const int le = int(text.indexOf(QLatin1Char('\n'), end));
                    errors.write(QStringLiteral("%1 %2 %3\t| %4\n").arg(QLatin1Char(sign)).arg(QLatin1StringView(names[type]))
                                     .arg(text.mid(start, end - start), text.mid(ls, le - ls)).toUtf8());
                };
                for (qint64 k : std::as_const(found))
                    if (!gold.contains(k))
                        show('+', k);
                for (qint64 k : std::as_const(gold))
                    if (!found.contains(k))
                        show('-', k);
            }
        }
        std::printf("%s: %lld documents, %lld chars, tag() %.1f us per 1,000 chars%s\n", qPrintable(file),
                    qlonglong(docs.size()), chars, double(nanos) / 1000.0 / (double(chars) / 1000.0),
                    doc ? "" : " (no document pass)");
        printScores(counts);
    }

    // Speed on plain text files: every file tagged whole, ten rounds, the best round counts (the machine may be shared).
    QStringList texts;
    qint64 chars = 0;
    for (const QString &path : std::as_const(speed)) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
        for (const QString &f : std::as_const(files)) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly)) {
                texts << QString::fromUtf8(file.readAll());
                chars += texts.last().size();
            }
        }
    }
    if (!texts.isEmpty()) {
        double best = 1e30;
        long entities = 0;
        std::vector<double> perFile(size_t(texts.size()), 1e30); // the best time of each file
        for (int round = 0; round < 10; ++round) {
            QElapsedTimer t, f;
            t.start();
            entities = 0;
            for (qsizetype i = 0; i < texts.size(); ++i) {
                f.start();
                entities += tagger.tag(texts[i]).size();
                perFile[size_t(i)] = std::min(perFile[size_t(i)], double(f.nsecsElapsed()));
            }
            best = std::min(best, double(t.nsecsElapsed()));
        }
        double sumBest = 0;
        for (double x : perFile)
            sumBest += x;
        // Where the time goes: the tokenizer and the date rules alone.
        double tokenizeBest = 1e30, datesBest = 1e30, prepareBest = 1e30, statsBest = 1e30, statsNanos = 0;
        Ner::Gazetteer emptyGazetteer;
        emptyGazetteer.finish();
        Ner::Vocabulary emptyVocabulary;
        emptyVocabulary.finish();
        QElapsedTimer t2;
        for (int round = 0; round < 10; ++round) {
            QElapsedTimer t;
            t.start();
            qsizetype count = 0;
            for (const QString &text : std::as_const(texts))
                count += Tokenizer::tokenize(text).size();
            tokenizeBest = std::min(tokenizeBest, double(t.nsecsElapsed()));
            QList<QList<Token>> tokens;
            for (const QString &text : std::as_const(texts))
                tokens << Tokenizer::tokenize(text);
            t.restart();
            for (qsizetype i = 0; i < texts.size(); ++i)
                count += DateTagger::tag(texts[i], tokens[i]).size();
            datesBest = std::min(datesBest, double(t.nsecsElapsed()));
            // Feature preparation as tag() does it, without the model.
            t.restart();
            for (qsizetype i = 0; i < texts.size(); ++i) {
                std::vector<Ner::Sentence> sentences;
                const QList<Token> &tk = tokens[i];
                for (qsizetype a = 0; a < tk.size();) {
                    qsizetype b = a + 1;
                    while (b < tk.size() && !tk[b].sentenceStart)
                        ++b;
                    Ner::Sentence &s = sentences.emplace_back();
                    s.tokens.resize(size_t(b - a));
                    for (qsizetype j = a; j < b; ++j)
                        s.tokens[size_t(j - a)].text = QStringView(texts[i]).sliced(tk[j].start, tk[j].length());
                    Ner::prepareSentence(s, emptyGazetteer, Ner::Gazetteer::AllSources, emptyVocabulary);
                    a = b;
                }
                t2.start();
                Ner::applyDocumentStatistics(sentences);
                statsNanos += t2.nsecsElapsed();
                count += qsizetype(sentences.size());
            }
            prepareBest = std::min(prepareBest, double(t.nsecsElapsed()));
            statsBest = std::min(statsBest, statsNanos);
            statsNanos = 0;
            if (count < 0)
                return 1;
        }
        const double kchars = double(chars) / 1000.0;
        std::printf("of which tokenizer %.1f us, date rules %.1f us, feature preparation %.1f us (document statistics %.1f us) per 1,000 chars\n",
                    tokenizeBest / 1000.0 / kchars, datesBest / 1000.0 / kchars, prepareBest / 1000.0 / kchars, statsBest / 1000.0 / kchars);
        std::printf("speed: %lld files, %lld chars, %ld spans: tag() %.1f us per 1,000 chars (best of 10 rounds), "
                    "%.1f us (each file's best of 10)\n",
                    qlonglong(texts.size()), chars, entities, best / 1000.0 / (double(chars) / 1000.0),
                    sumBest / 1000.0 / (double(chars) / 1000.0));
    }
    return 0;
}
