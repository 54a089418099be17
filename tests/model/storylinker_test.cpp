// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylinker.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace Dossier;

namespace {

// Sentences of words drawn from one topic's vocabulary: two articles made this way share nearly all
// their words (the same topic) but almost no five-word run (different text).
QStringList sentences(quint32 seed, int count)
{
    static const QStringList vocabulary = u"the minister election vote party labour tories campaign said "
                                          "on in of a to voters poll leader government tax plans spending "
                                          "budget chancellor economy growth opposition parliament commons "
                                          "policy week new public services schools hospitals reform would "
                                          "will not be that has its their with for by from after before"_s
                                              .split(u' ');
    QRandomGenerator rng(seed);
    QStringList out;
    for (int s = 0; s < count; ++s) {
        QStringList words;
        const int length = 12 + int(rng.bounded(10));
        for (int w = 0; w < length; ++w)
            words << vocabulary[int(rng.bounded(vocabulary.size()))];
        words.first()[0] = words.first()[0].toUpper();
        out << words.join(u' ') + u'.';
    }
    return out;
}

QString article(const QStringList &sentences)
{
    return sentences.join(u' ');
}

QList<StoryLink> add(StoryLinker &linker, qint64 id, const QString &body)
{
    return linker.addText(id, body);
}

} // namespace

class StoryLinkerTest : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and punctuation") << u"The PM said: \"No.\""_s << u"the pm said no"_s;
        QTest::newRow("quote typography") << u"“Don’t,” he said – ‘never’."_s << u"dont he said never"_s;
        QTest::newRow("straight apostrophe") << u"Don't"_s << u"dont"_s;
        QTest::newRow("whitespace") << u"  a\n\n\tb  "_s << u"a b"_s;
        QTest::newRow("numbers stay") << u"£1.5bn in 2004"_s << u"1 5bn in 2004"_s;
        QTest::newRow("empty") << u" ... "_s << QString();
        // Beyond ASCII: letters and marks stay and the whole text is case-folded (QString's folding).
        QTest::newRow("other scripts") << u"ÉCOLE – Straße, ΣΟΦΊΑ! Ǆemal"_s
                                       << u"ÉCOLE Straße ΣΟΦΊΑ Ǆemal"_s.toCaseFolded();
        QTest::newRow("combining mark") << u"Cafe\u0301 OK"_s << u"cafe\u0301 ok"_s;
    }
    void normalise()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(StoryLinker::normalise(text), expected);
    }

    void exactDuplicate()
    {
        const QString a = article(sentences(1, 30));
        // The same text from another outlet: other quote marks, case and line breaks.
        QString b = a;
        b.replace(u". "_s, u".\n\n"_s);
        b = u"“"_s + b.toUpper() + u"”"_s;
        StoryLinker linker;
        QVERIFY(add(linker, 1, a).isEmpty());
        const QList<StoryLink> links = add(linker, 2, b);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].article, 2);
        QCOMPARE(links[0].other, 1);
        QCOMPARE(links[0].relation, StoryRelation::Duplicate);
        QCOMPARE(links[0].jaccard, 1.0);
        QCOMPARE(storyRelationName(links[0].relation), u"duplicate"_s);
    }

    void nearDuplicate()
    {
        // An updated story: two sentences rewritten, one added at the end.
        QStringList s = sentences(2, 40);
        const QString first = article(s);
        s[10] = sentences(200, 1).first();
        s[25] = sentences(201, 1).first();
        s << sentences(202, 1);
        StoryLinker linker;
        add(linker, 1, first);
        const QList<StoryLink> links = add(linker, 2, article(s));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].relation, StoryRelation::NearDuplicate);
        QVERIFY2(links[0].jaccard > 0.7 && links[0].jaccard < 1.0, qPrintable(QString::number(links[0].jaccard)));
        QCOMPARE(storyRelationName(links[0].relation), u"near-duplicate"_s);
    }

    void containment()
    {
        // A reprint with additions: all of the wire story, then as much again of the outlet's own text.
        const QStringList wire = sentences(3, 20);
        const QString reprint = article(wire + sentences(300, 25));
        StoryLinker linker;
        add(linker, 1, article(wire));
        const QList<StoryLink> links = add(linker, 2, reprint);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].relation, StoryRelation::Contains);
        QVERIFY(links[0].jaccard < 0.5); // so Jaccard alone would not link them
        QVERIFY(links[0].containment > 0.95);

        // The other way round: the longer text first, the wire copy second.
        StoryLinker second;
        add(second, 2, reprint);
        const QList<StoryLink> back = add(second, 1, article(wire));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].relation, StoryRelation::ContainedIn);
        QCOMPARE(inverse(back[0].relation), StoryRelation::Contains);
    }

    void sameTopicIsNotLinked()
    {
        StoryLinker linker;
        for (quint32 seed = 10; seed < 30; ++seed)
            QVERIFY(add(linker, seed, article(sentences(seed, 30))).isEmpty());
        QCOMPARE(linker.size(), 20);
        // They do share the topic: most words of one occur in the other.
        const QString a = StoryLinker::normalise(article(sentences(10, 30)));
        const QString b = StoryLinker::normalise(article(sentences(11, 30)));
        const QStringList wordsB = b.split(u' ');
        int shared = 0;
        const QStringList wordsA = a.split(u' ');
        for (const QString &w : wordsA)
            shared += wordsB.contains(w);
        QVERIFY(shared > wordsA.size() * 9 / 10);
    }

    void incrementalAddition()
    {
        const QStringList s = sentences(4, 40);
        QStringList b = s, c = s;
        b[5] = sentences(400, 1).first();
        c[30] = sentences(401, 1).first();
        StoryLinker linker;
        QVERIFY(add(linker, 1, article(s)).isEmpty());
        const QList<StoryLink> ab = add(linker, 2, article(b));
        QCOMPARE(ab.size(), 1);
        for (quint32 seed = 50; seed < 60; ++seed)
            add(linker, seed, article(sentences(seed, 30)));

        const QList<StoryLink> links = add(linker, 3, article(c));
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].article, 3);
        QCOMPARE(links[0].other, 1);
        QCOMPARE(links[1].other, 2);
        // Only C's candidates were checked, never the whole index again.
        QVERIFY2(linker.lastCandidateCount() <= 2, qPrintable(QString::number(linker.lastCandidateCount())));
        QCOMPARE(linker.size(), 13);
        QVERIFY(linker.contains(3));
        // An id that is already indexed is not added again.
        QVERIFY(add(linker, 3, article(c)).isEmpty());
        QCOMPARE(linker.size(), 13);
    }

    // Shingles kept in a spill device give the same links (and overlaps) as shingles kept in
    // memory, and the index then holds no shingle.
    void spilledShinglesLinkTheSame()
    {
        QBuffer device;
        QVERIFY(device.open(QIODevice::ReadWrite));
        StoryLinker inMemory, spilled;
        spilled.setShingleSpill(&device);
        QList<QString> bodies;
        for (quint32 seed = 10; seed < 40; ++seed) {
            QStringList s = sentences(seed % 10, 30); // ten texts, each in three versions
            s[int(seed % 30)] = sentences(1000 + seed, 1).first();
            if (seed >= 30)
                s << sentences(2000 + seed, 12); // a reprint with additions
            bodies << article(s);
        }
        int linked = 0;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QList<StoryLink> a = add(inMemory, i + 1, bodies.at(i)), b = add(spilled, i + 1, bodies.at(i));
            QCOMPARE(b.size(), a.size());
            linked += int(a.size());
            for (qsizetype j = 0; j < a.size(); ++j) {
                QCOMPARE(b.at(j).other, a.at(j).other);
                QCOMPARE(b.at(j).relation, a.at(j).relation);
                QCOMPARE(b.at(j).jaccard, a.at(j).jaccard);
            }
        }
        QVERIFY2(linked >= 20, qPrintable(QString::number(linked))); // versions and reprints were linked
        const ShingledText probe = inMemory.shingle(bodies.first());
        QCOMPARE(spilled.overlapWith(probe, 2), inMemory.overlapWith(probe, 2));
        QCOMPARE(spilled.keptCommon(probe.shingles, 3), inMemory.keptCommon(probe.shingles, 3));
        QVERIFY(device.size() > 0);
        QVERIFY2(spilled.memoryBytes() < inMemory.memoryBytes() / 2,
                 qPrintable(u"%1 against %2 bytes"_s.arg(spilled.memoryBytes()).arg(inMemory.memoryBytes())));
    }

    void signatureEstimatesJaccard()
    {
        QStringList s = sentences(5, 40);
        const QString first = article(s);
        for (int i = 0; i < 40; i += 3)
            s[i] = sentences(500 + quint32(i), 1).first();
        StoryLinker linker;
        const ShingledText a = linker.shingle(first), b = linker.shingle(article(s));
        const MinHashSignature sa = linker.signature(a), sb = linker.signature(b);
        QCOMPARE(int(sa.size()), linker.params().signatureSize());
        int agree = 0;
        for (size_t i = 0; i < sa.size(); ++i)
            agree += sa[i] == sb[i];
        std::vector<quint32> la, lb;
        for (quint64 x : a.shingles)
            la.push_back(quint32(x));
        for (quint64 x : b.shingles)
            lb.push_back(quint32(x));
        std::sort(la.begin(), la.end());
        std::sort(lb.begin(), lb.end());
        const double exact = StoryLinker::jaccard(la, lb);
        const double estimate = double(agree) / double(sa.size());
        QVERIFY2(exact > 0.2 && exact < 0.8, qPrintable(QString::number(exact)));
        QVERIFY2(qAbs(estimate - exact) < 0.15, qPrintable(u"%1 vs %2"_s.arg(estimate).arg(exact)));
    }

    void signatureRoundTrip()
    {
        StoryLinker linker;
        const MinHashSignature sig = linker.signature(linker.shingle(article(sentences(6, 20))));
        const QByteArray blob = StoryLinker::serialise(sig);
        QCOMPARE(blob.size(), 3 + 4 * qsizetype(sig.size()));
        const std::optional<MinHashSignature> back = StoryLinker::deserialise(blob);
        QVERIFY(back.has_value());
        QVERIFY(*back == sig);
        // Fixed seeds: a second linker (another run) computes the very same signature.
        StoryLinker other;
        QVERIFY(other.signature(other.shingle(article(sentences(6, 20)))) == sig);
        // Damaged blobs are refused, not misread.
        QVERIFY(!StoryLinker::deserialise(blob.left(blob.size() - 1)));
        QVERIFY(!StoryLinker::deserialise(QByteArray()));
        QByteArray wrongVersion = blob;
        wrongVersion[0] = char(9);
        QVERIFY(!StoryLinker::deserialise(wrongVersion));
        // A stored signature is as good as a fresh one for add().
        StoryLinker index;
        const ShingledText text = index.shingle(article(sentences(6, 20)));
        index.add(1, text, *back);
        QCOMPARE(index.add(2, text, *StoryLinker::deserialise(blob)).size(), 1);
    }

    void shinglesSortedAndDistinct()
    {
        // Long enough for the radix sort; a repeated passage gives repeated shingles.
        const QString passage = article(sentences(7, 3));
        const QString text = passage + u' ' + article(sentences(8, 30)) + u' ' + passage + u' ' + passage;
        StoryLinker linker;
        const ShingledText shingled = linker.shingle(text);
        QVERIFY(shingled.bodyHash != 0);
        for (size_t i = 1; i < shingled.shingles.size(); ++i)
            QVERIFY2(shingled.shingles[i - 1] < shingled.shingles[i], qPrintable(QString::number(i)));
        const QStringList words = StoryLinker::normalise(text).split(u' ');
        QSet<QString> windows;
        for (qsizetype i = 0; i + 5 <= words.size(); ++i)
            windows.insert(words.mid(i, 5).join(u' '));
        QVERIFY(windows.size() > 300);
        QCOMPARE(qsizetype(shingled.shingles.size()), windows.size());
    }

    void signatureIsPinned()
    {
        // Stored signatures stay valid only while the function stays the same: a change must bump
        // the format byte (bench/stories/README.md documents the function).
        StoryLinker linker;
        const MinHashSignature sig = linker.signature(linker.shingle(article(sentences(6, 20))));
        const QByteArray blob = StoryLinker::serialise(sig);
        QCOMPARE(int(quint8(blob[0])), 2);
        QCOMPARE(sig[0], quint32(16626032));
        QCOMPARE(sig[1], quint32(4204359));
        QCOMPARE(sig[125], quint32(22002041));
    }

    void linksFollowTheExactCheck()
    {
        // Pairs from identical to unrelated: a link exactly when the exact Jaccard or containment
        // reaches its threshold (the exact check may stop early on a pair that cannot reach them).
        const QStringList base = sentences(9, 40);
        StoryLinker linker;
        int linked = 0, unlinked = 0;
        for (int k = 0; k <= 40; k += 2) {
            QStringList edited = base;
            for (int i = 0; i < k; ++i)
                edited[i] = sentences(900 + quint32(i), 1).first();
            const QString text = article(edited.mid(0, 40 - k / 4));
            StoryLinker pair;
            pair.addText(1, article(base));
            const QList<StoryLink> links = pair.addText(2, text);
            const auto low = [&](const QString &body) {
                std::vector<quint32> v;
                for (quint64 x : linker.shingle(body).shingles)
                    v.push_back(quint32(x));
                std::sort(v.begin(), v.end());
                v.erase(std::unique(v.begin(), v.end()), v.end());
                return v;
            };
            const std::vector<quint32> a = low(article(base)), b = low(text);
            std::vector<quint32> shared;
            std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
            const double jaccard = StoryLinker::jaccard(a, b);
            const double containment = double(shared.size()) / double(std::min(a.size(), b.size()));
            const bool expected = jaccard >= 0.5 || containment >= 0.8;
            if (expected) {
                QVERIFY2(links.size() == 1, qPrintable(u"k=%1 J=%2 C=%3"_s.arg(k).arg(jaccard).arg(containment)));
                QCOMPARE(links[0].jaccard, jaccard);
                ++linked;
            } else {
                QVERIFY2(links.isEmpty(), qPrintable(u"k=%1 J=%2 C=%3"_s.arg(k).arg(jaccard).arg(containment)));
                ++unlinked;
            }
        }
        QVERIFY(linked >= 3);
        QVERIFY(unlinked >= 3);
    }

    void clusters()
    {
        StoryClusters c;
        c.link(1, 2);
        c.link(3, 4);
        c.link(10, 11);
        QVERIFY(!c.sameStory(1, 4));
        c.link(2, 3); // joins the two groups into one story
        QVERIFY(c.sameStory(1, 4));
        QVERIFY(!c.sameStory(1, 10));
        QVERIFY(!c.sameStory(1, 99));

        QHash<qint64, StoryArticle> info;
        info.insert(1, {u"BBC"_s, QDate(2005, 3, 2)});
        info.insert(2, {u"Reuters"_s, QDate(2005, 3, 1)});
        info.insert(3, {u"BBC"_s, QDate()});
        info.insert(4, {u"AP"_s, QDate(2005, 3, 4)});
        const QList<Story> stories = c.stories(info);
        QCOMPARE(stories.size(), 2);
        QCOMPARE(stories[0].articles, (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(stories[0].outlets, (QStringList{u"AP"_s, u"BBC"_s, u"Reuters"_s}));
        QCOMPARE(stories[0].firstPublished, QDate(2005, 3, 1));
        QCOMPARE(stories[0].firstArticle, 2);
        QCOMPARE(stories[1].articles, (QList<qint64>{10, 11}));
        QVERIFY(!stories[1].firstPublished.isValid());
        QCOMPARE(stories[1].firstArticle, 10);
    }
};

QTEST_GUILESS_MAIN(StoryLinkerTest)
#include "storylinker_test.moc"
