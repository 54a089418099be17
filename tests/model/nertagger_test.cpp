// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetagger.h"
#include "nerfeatures.h"
#include "nertagger.h"
#include "tokenizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;
using Dossier::EntitySpan;
using Dossier::EntityType;
using Dossier::NerTagger;

namespace {

// "TYPE:surface" for each span, in order.
QStringList describe(const QString &text, const QList<EntitySpan> &spans)
{
    QStringList out;
    for (const EntitySpan &s : spans)
        out << Dossier::entityTypeCode(s.type) + u':' + text.mid(s.start, s.length());
    return out;
}

QByteArray builtinModelBytes()
{
    QFile f(u":/dossier/ner/ner-model.bin"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Sorted, non-overlapping, inside the text, no surrounding space or punctuation, no possessive.
void checkInvariants(const QString &text, const QList<EntitySpan> &spans)
{
    int lastEnd = 0;
    for (const EntitySpan &s : spans) {
        QVERIFY2(s.start >= lastEnd, qPrintable(u"overlap or unsorted at %1"_s.arg(s.start)));
        QVERIFY(s.end > s.start);
        QVERIFY(s.end <= text.size());
        const QString surface = text.mid(s.start, s.length());
        QVERIFY2(surface.front().isLetterOrNumber(), qPrintable(surface));
        QVERIFY2(surface.back().isLetterOrNumber() || surface.back() == u'.', qPrintable(surface));
        QVERIFY2(!surface.endsWith(u"'s"_s) && !surface.endsWith(u"\u2019s"_s), qPrintable(surface));
        lastEnd = s.end;
    }
}

} // namespace

class NerTaggerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void rejects_data();
    void rejects();
    void dates_data();
    void dates();
    void documentConsistency();
    void emptyText();
    void hugeText();
    void nonAsciiOffsets();
    void corruptModel_data();
    void corruptModel();
    void threadsAgree();
    void sampleUnchanged();
    void featureSplit();
};

void NerTaggerTest::initTestCase()
{
    QVERIFY2(NerTagger::builtin().isValid(), "the built-in model did not load");
    QVERIFY(NerTagger::version() >= 1);
}

void NerTaggerTest::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // each must be among the spans found

    QTest::newRow("person") << u"Angela Merkel met the press in the morning."_s << QStringList{u"PER:Angela Merkel"_s};
    QTest::newRow("people") << u"The talks between Vladimir Putin and Joe Biden ended without agreement."_s
                            << QStringList{u"PER:Vladimir Putin"_s, u"PER:Joe Biden"_s};
    QTest::newRow("organisations") << u"Shares in Microsoft rose after the European Union approved the deal."_s
                                   << QStringList{u"ORG:Microsoft"_s, u"ORG:European Union"_s};
    QTest::newRow("places") << u"Heavy rain caused floods in Germany, France and Belgium."_s
                            << QStringList{u"LOC:Germany"_s, u"LOC:France"_s, u"LOC:Belgium"_s};
    QTest::newRow("city") << u"The summit will be held in Paris next week."_s << QStringList{u"LOC:Paris"_s};
    QTest::newRow("title Mr excluded") << u"Mr. John Smith said the plan would fail."_s << QStringList{u"PER:John Smith"_s};
    QTest::newRow("title President excluded") << u"President Barack Obama spoke in Chicago."_s
                                              << QStringList{u"PER:Barack Obama"_s, u"LOC:Chicago"_s};
    QTest::newRow("possessive") << u"Russia's economy shrank last year."_s << QStringList{u"LOC:Russia"_s};
    QTest::newRow("curly possessive") << u"The plan was Britain\u2019s idea."_s << QStringList{u"LOC:Britain"_s};
    QTest::newRow("person possessive") << u"They read Tony Blair's memoirs."_s << QStringList{u"PER:Tony Blair"_s};
    QTest::newRow("lone surname after full name") << u"Dmitry Peskov spoke to reporters. Peskov said the talks would go on."_s
                                                  << QStringList{u"PER:Dmitry Peskov"_s, u"PER:Peskov"_s};
}

void NerTaggerTest::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<EntitySpan> spans = NerTagger::builtin().tag(text);
    checkInvariants(text, spans);
    const QStringList found = describe(text, spans);
    for (const QString &e : expected)
        QVERIFY2(found.contains(e), qPrintable(e + u" not in "_s + found.join(u", "_s)));
}

void NerTaggerTest::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("forbidden"); // no span may contain this text

    QTest::newRow("Mr") << u"Mr. John Smith said the plan would fail."_s << u"Mr"_s;
    QTest::newRow("President") << u"President Barack Obama spoke in Chicago."_s << u"President"_s;
    QTest::newRow("Dr") << u"Dr Jane Goodall studies chimpanzees."_s << u"Dr"_s;
    QTest::newRow("possessive") << u"Russia's economy shrank last year."_s << u"'s"_s;
    QTest::newRow("sentence-initial word") << u"The government said nothing. But it acted."_s << u"But"_s;
    QTest::newRow("lower case") << u"the cat sat on the mat and nothing happened at all."_s << u"cat"_s;
    QTest::newRow("relative date") << u"He left yesterday and returns tomorrow."_s << u"yesterday"_s;
}

void NerTaggerTest::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, forbidden);
    const QList<EntitySpan> spans = NerTagger::builtin().tag(text);
    checkInvariants(text, spans);
    for (const QString &s : describe(text, spans))
        QVERIFY2(!s.contains(forbidden), qPrintable(s));
}

void NerTaggerTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // exactly the DATE spans

    QTest::newRow("day month year") << u"It was signed on 23 May 2024 in the capital."_s << QStringList{u"23 May 2024"_s};
    QTest::newRow("month day, year") << u"It was signed on May 23, 2024, in the capital."_s << QStringList{u"May 23, 2024"_s};
    QTest::newRow("month day") << u"Voting ends on March 3."_s << QStringList{u"March 3"_s};
    QTest::newRow("ordinal") << u"Talks resume on the 3rd of March."_s << QStringList{u"3rd of March"_s};
    QTest::newRow("iso") << u"Published 2004-05-12 by the agency."_s << QStringList{u"2004-05-12"_s};
    QTest::newRow("month year") << u"The law took effect in March 2005."_s << QStringList{u"March 2005"_s};
    QTest::newRow("year after preposition") << u"The company was founded in 2004."_s << QStringList{u"2004"_s};
    QTest::newRow("weekday") << u"The minister resigned last Tuesday."_s << QStringList{u"Tuesday"_s};
    QTest::newRow("abbreviated month") << u"Filed on Sept. 9, 2001."_s << QStringList{u"Sept. 9, 2001"_s};
    QTest::newRow("relative dates are not dates") << u"He left yesterday and returns next week."_s << QStringList{};
    QTest::newRow("bare number is no year") << u"About 2004 people signed it."_s << QStringList{};
    QTest::newRow("may the verb") << u"Prices may rise. They may 23 times."_s << QStringList{};
    QTest::newRow("month alone") << u"The vote is in March."_s << QStringList{};
}

void NerTaggerTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<EntitySpan> spans = NerTagger::builtin().tag(text);
    checkInvariants(text, spans);
    QStringList dates;
    for (const EntitySpan &s : spans) {
        if (s.type == EntityType::Date)
            dates << text.mid(s.start, s.length());
    }
    QCOMPARE(dates, expected);
}

void NerTaggerTest::documentConsistency()
{
    // The same surface form gets one type in a document.
    const QString text = u"Talks in Geneva ended on Friday. Officials said Geneva would host the next round, "
                         "and delegates flew home from Geneva."_s;
    const QList<EntitySpan> spans = NerTagger::builtin().tag(text);
    checkInvariants(text, spans);
    QSet<EntityType> types;
    int mentions = 0;
    for (const EntitySpan &s : spans) {
        if (text.mid(s.start, s.length()) == u"Geneva"_s) {
            types.insert(s.type);
            ++mentions;
        }
    }
    QCOMPARE(mentions, 3);
    QCOMPARE(types.size(), 1);

    // A surname alone is the person named in full before, and so is a first name.
    const QString people = u"Kremlin spokesman Dmitry Peskov told reporters the offer stood. Asked again, Peskov "
                           "declined to comment.\nDmitry was not available later."_s;
    const QStringList found = describe(people, NerTagger::builtin().tag(people));
    QVERIFY2(found.contains(u"PER:Peskov"_s), qPrintable(found.join(u", "_s)));
    QVERIFY2(found.contains(u"PER:Dmitry"_s), qPrintable(found.join(u", "_s)));

    // Switched off, the lone surname is whatever the model alone says; the full name is still found.
    NerTagger plain;
    QString error;
    QVERIFY2(plain.load(builtinModelBytes(), &error), qPrintable(error));
    plain.setDocumentConsistency(false);
    QVERIFY(describe(people, plain.tag(people)).contains(u"PER:Dmitry Peskov"_s));
}

void NerTaggerTest::emptyText()
{
    QVERIFY(NerTagger::builtin().tag(QString()).isEmpty());
    QVERIFY(NerTagger::builtin().tag(u"   \n\n "_s).isEmpty());
    QVERIFY(NerTagger::builtin().tag(u"..."_s).isEmpty());
}

void NerTaggerTest::hugeText()
{
    // About 2 MB with no line breaks and no full stops, and another with many short paragraphs.
    QString runOn;
    QString paragraphs;
    for (int i = 0; i < 20000; ++i) {
        runOn += u"Angela Merkel and Emmanuel Macron met in Berlin, "_s;
        paragraphs += u"Angela Merkel met Emmanuel Macron in Berlin on 3 May 2019.\n"_s;
    }
    for (const QString &text : {runOn, paragraphs}) {
        QElapsedTimer timer;
        timer.start();
        const QList<EntitySpan> spans = NerTagger::builtin().tag(text);
        qInfo("%lld chars: %lld spans in %lld ms", qlonglong(text.size()), qlonglong(spans.size()),
              qlonglong(timer.elapsed()));
        checkInvariants(text, spans);
        QVERIFY(spans.size() >= 20000 * 2);
        // Generous: the budget is about 25 us per 1,000 characters; debug builds and loaded machines are slower.
        QVERIFY(timer.elapsed() < 20000);
    }
}

void NerTaggerTest::nonAsciiOffsets()
{
    // Offsets are UTF-16 positions: characters outside the BMP before a name shift them by two.
    const QString text = u"\U0001F600\U0001F600 Fran\u00e7ois Hollande flew to S\u00e3o Paulo and Z\u00fcrich."_s;
    const QList<EntitySpan> spans = NerTagger::builtin().tag(text);
    checkInvariants(text, spans);
    const QStringList found = describe(text, spans);
    QVERIFY2(found.contains(u"PER:Fran\u00e7ois Hollande"_s), qPrintable(found.join(u", "_s)));
    QVERIFY2(found.contains(u"LOC:S\u00e3o Paulo"_s), qPrintable(found.join(u", "_s)));

    // Text in other scripts is simply not tagged, and nothing breaks.
    const QString greek = u"\u0397 \u0391\u03b8\u03ae\u03bd\u03b1 \u03b5\u03af\u03bd\u03b1\u03b9 \u03c0\u03cc\u03bb\u03b7. \u6771\u4eac"_s;
    checkInvariants(greek, NerTagger::builtin().tag(greek));
}

void NerTaggerTest::corruptModel_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = builtinModelBytes();
    QVERIFY(!good.isEmpty());

    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    QByteArray wrongFormat = good;
    wrongFormat[8] = char(99);

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("this is not a model at all, just some text");
    QTest::newRow("header only") << good.left(24);
    QTest::newRow("truncated") << good.left(good.size() - 100);
    QTest::newRow("flipped byte") << flipped;
    QTest::newRow("wrong format version") << wrongFormat;
}

void NerTaggerTest::corruptModel()
{
    QFETCH(QByteArray, data);
    NerTagger tagger;
    QString error;
    QVERIFY(!tagger.load(data, &error));
    QVERIFY(!tagger.isValid());
    QVERIFY(!error.isEmpty());
    qInfo("%s", qPrintable(error));
    // An invalid tagger finds no names, but still finds dates.
    const QString text = u"Angela Merkel arrived on 3 May 2019."_s;
    QCOMPARE(describe(text, tagger.tag(text)), QStringList{u"DATE:3 May 2019"_s});

    // The good model loads into the same object afterwards.
    QVERIFY2(tagger.load(builtinModelBytes(), &error), qPrintable(error));
    QVERIFY(tagger.isValid());
}

void NerTaggerTest::threadsAgree()
{
    QStringList texts;
    for (int i = 0; i < 64; ++i) {
        texts << u"Report %1: Dmitry Peskov said in Moscow on %2 May 2024 that Gazprom and the European Union "
                 "would meet in Brussels. Peskov added that Ursula von der Leyen was invited."_s
                     .arg(i)
                     .arg(i % 28 + 1);
    }
    QList<QList<EntitySpan>> serial;
    for (const QString &t : std::as_const(texts))
        serial << NerTagger::builtin().tag(t);
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    const QList<QList<EntitySpan>> parallel =
        QtConcurrent::blockingMapped(&pool, texts, [](const QString &t) { return NerTagger::builtin().tag(t); });
    QCOMPARE(parallel.size(), serial.size());
    for (int i = 0; i < serial.size(); ++i)
        QVERIFY(parallel[i] == serial[i]);
    QVERIFY(!serial.first().isEmpty());
}

void NerTaggerTest::sampleUnchanged()
{
    // The spans of every article of the sample corpus (whole files as on disk), as the tagger found
    // them before it was made faster: a change that should not alter the output must keep them all.
    // Written again for the retrained model (NerTagger version 2), after checking that the faster
    // tagger and the one before it give the same spans with that model on every article of the BBC
    // corpus, the seeds and the sample (analyser_bench --dump, both builds).
    // data/ner-sample-spans.tsv: file, start, end, type, surface.
    QFile golden(QFINDTESTDATA("data/ner-sample-spans.tsv"));
    QVERIFY2(golden.open(QIODevice::ReadOnly | QIODevice::Text), "data/ner-sample-spans.tsv not found");
    QMap<QString, QStringList> expected;
    for (const QByteArray &line : golden.readAll().split('\n')) {
        if (!line.isEmpty())
            expected[QString::fromUtf8(line.left(line.indexOf('\t')))] << QString::fromUtf8(line);
    }
    QCOMPARE(expected.size(), 12);
    const QDir sample(QStringLiteral(DOSSIER_TEST_SAMPLE_DIR));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QFile f(sample.filePath(it.key()));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString text = QString::fromUtf8(f.readAll());
        QStringList found;
        for (const EntitySpan &e : NerTagger::builtin().tag(text)) {
            found << u"%1\t%2\t%3\t%4\t%5"_s.arg(it.key())
                         .arg(e.start)
                         .arg(e.end)
                         .arg(Dossier::entityTypeCode(e.type), text.mid(e.start, e.length()).replace(u'\n', u' '));
        }
        QCOMPARE(found, it.value());
    }
}

void NerTaggerTest::featureSplit()
{
    // The tagger sums the features that do not depend on the labels before it decodes: with those
    // that do, they must be exactly the features the model was trained on, whatever the labels.
    using namespace Dossier::Ner;
    const QString text = u"President Vladimir Putin told Mr Peskov in Moscow that the Bank of England and "
                         "Procter & Gamble Co. would meet on 3 May. PUTIN MEETS MERKEL IN BERLIN\n"
                         "Z\u00fcrich-based \u00c9lectricit\u00e9 de France said Peskov's view was 'fine'."_s;
    const QList<Dossier::Token> tokens = Dossier::Tokenizer::tokenize(text);
    std::vector<Sentence> sentences;
    for (qsizetype a = 0; a < tokens.size();) {
        qsizetype b = a + 1;
        while (b < tokens.size() && !tokens[b].sentenceStart)
            ++b;
        Sentence &s = sentences.emplace_back();
        for (qsizetype i = a; i < b; ++i)
            s.tokens.emplace_back().text = QStringView(text).sliced(tokens[i].start, tokens[i].length());
        a = b;
    }
    Gazetteer gazetteer;
    gazetteer.add({u"moscow"_s, u"Z\u00fcrich"_s}, Loc, Gazetteer::External);
    gazetteer.add({u"Bank"_s, u"of"_s, u"England"_s}, Org, Gazetteer::External);
    gazetteer.finish();
    Vocabulary vocabulary;
    vocabulary.add(hashLower(u"the"));
    vocabulary.add(hashLower(u"bank"));
    vocabulary.finish();
    for (Sentence &s : sentences)
        prepareSentence(s, gazetteer, Gazetteer::AllSources, vocabulary);
    applyDocumentStatistics(sentences);
    int checked = 0;
    for (const Sentence &s : sentences) {
        for (int i = 0; i < int(s.tokens.size()); ++i) {
            for (int prev : {int(StartLabel), int(O), int(BPer), int(IOrg)}) {
                for (int prev2 : {int(StartLabel), int(O), int(BLoc)}) {
                    quint64 all[MaxFeatures], split[2 * MaxFeatures];
                    const int n = extractFeatures(s, i, prev, prev2, all);
                    int m = extractStaticFeatures(s, i, split);
                    m += extractLabelFeatures(s, i, prev, prev2, split + m);
                    std::sort(all, all + n);
                    std::sort(split, split + m);
                    QCOMPARE(m, n);
                    QVERIFY(std::equal(all, all + n, split));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 300);
}

QTEST_GUILESS_MAIN(NerTaggerTest)
#include "nertagger_test.moc"
