// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyser.h"
#include "articleparser.h"
#include "quoteclusterer.h"
#include "testutil.h"
#include "textdecoder.h"
#include "worddiff.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Dossier::ClusterQuote;
using Dossier::DiffOp;
using Dossier::DiffRun;
using Dossier::QuoteCluster;
using Dossier::QuoteClusterer;
namespace WordDiff = Dossier::WordDiff;

namespace {

ClusterQuote quote(qint64 id, const QString &speaker, const QString &text, qint64 entity = 0, QDate date = {})
{
    ClusterQuote q;
    q.id = id;
    q.articleId = id;
    q.published = date;
    q.speakerEntityId = entity;
    q.speaker = speaker;
    q.text = text;
    return q;
}

/** "=equal|-deleted|+inserted", each run's text from its own side. */
QString describe(const QString &oldText, const QString &newText, const QList<DiffRun> &runs)
{
    QStringList parts;
    for (const DiffRun &r : runs) {
        switch (r.op) {
        case DiffOp::Equal:
            parts << u'=' + oldText.sliced(r.oldStart, r.oldEnd - r.oldStart);
            break;
        case DiffOp::Deleted:
            parts << u'-' + oldText.sliced(r.oldStart, r.oldEnd - r.oldStart);
            break;
        case DiffOp::Inserted:
            parts << u'+' + newText.sliced(r.newStart, r.newEnd - r.newStart);
            break;
        }
    }
    return parts.join(u'|');
}

/** Runs come in text order on both sides, and only an insertion (deletion) has an empty old (new) range. */
void checkCoverage(const QList<DiffRun> &runs)
{
    int oldPos = 0, newPos = 0;
    for (const DiffRun &r : runs) {
        QCOMPARE(r.op == DiffOp::Inserted, r.oldStart == r.oldEnd);
        QCOMPARE(r.op == DiffOp::Deleted, r.newStart == r.newEnd);
        if (r.oldEnd > r.oldStart) {
            QVERIFY(r.oldStart >= oldPos);
            oldPos = r.oldEnd;
        }
        if (r.newEnd > r.newStart) {
            QVERIFY(r.newStart >= newPos);
            newPos = r.newEnd;
        }
    }
}

} // namespace

class QuoteClustererTest : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void pairs();
    void differs_data();
    void differs();
    void stem_data();
    void stem();
    void earliestAppearance();
    void transitiveAndOrdered();
    void incremental();
    void copies_joinTheFirstCopy();
    void wordDiff_data();
    void wordDiff();
    void wordDiffLongTexts();
    void seeds();
};

void QuoteClustererTest::pairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("speakerA");
    QTest::addColumn<qint64>("entityA");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("speakerB");
    QTest::addColumn<qint64>("entityB");
    QTest::addColumn<bool>("clustered");
    QTest::addColumn<bool>("altered");

    // The two examples.
    QTest::newRow("no contact / no contacts")
        << u"Naturally, Putin has no contact with Donald Trump."_s << u"Dmitry Peskov"_s << 0LL
        << u"Naturally, Putin has no contacts with Donald Trump,"_s << u"Peskov"_s << 0LL << true << true;
    QTest::newRow("assume Office / take office, partial")
        << u"Evan Gershkovich, the Reporter from The Wall Street Journal, who is being held by Russia, will be "
           "released almost immediately after the Election, but definitely before I assume Office."_s
        << u"Trump"_s << 0LL
        << u"will be released almost immediately after the election, but definitely before I take office"_s
        << u"Donald Trump"_s << 0LL << true << true;

    // Only punctuation, case and quote marks.
    QTest::newRow("punctuation and case")
        << u"We can state once again that these talks must be carried out in complete silence."_s
        << u"Dmitry Peskov"_s << 0LL
        << u"we can state once again, that these talks must be carried out in complete silence!"_s
        << u"Dmitry Peskov"_s << 0LL << true << false;
    QTest::newRow("quote marks and apostrophes")
        << u"I don’t think “the deal” is dead, it’s very much alive and we are working on it"_s << u"Ann Linde"_s
        << 0LL << u"I don't think \"the deal\" is dead - it's very much alive, and we are working on it."_s
        << u"Linde"_s << 0LL << true << false;
    QTest::newRow("diacritics typed plainly")
        << u"The café in Zürich will stay closed until the inquiry is over"_s << u"Ueli Maurer"_s << 0LL
        << u"The cafe in Zurich will stay closed until the inquiry is over"_s << u"Ueli Maurer"_s << 0LL << true
        << false;

    // A dropped or added sentence.
    QTest::newRow("dropped sentence")
        << u"He will be home, safe and with his family. Vladimir Putin, president of Russia, will do that for me, "
           "but not for anyone else."_s
        << u"Donald Trump"_s << 0LL
        << u"Vladimir Putin, President of Russia, will do that for me, but not for anyone else"_s << u"Trump"_s << 0LL
        << true << false;
    QTest::newRow("a different sentence added on each side")
        << u"Evan Gershkovich will be released almost immediately. Vladimir Putin will do that for me, but not for "
           "anyone else, and we will be paying nothing!"_s
        << u"Donald Trump"_s << 0LL
        << u"He will be home, safe and with his family. Vladimir Putin will do that for me, but not for anyone "
           "else, and WE WILL BE PAYING NOTHING!"_s
        << u"Donald Trump"_s << 0LL << true << false;
    QTest::newRow("dropped sentence and a changed word")
        << u"He will be home, safe and with his family. Vladimir Putin will do that for me, but not for anyone "
           "else."_s
        << u"Donald Trump"_s << 0LL << u"Vladimir Putin will do this for me, but not for anyone else"_s
        << u"Donald Trump"_s << 0LL << true << true;

    // Speakers: the same entity under two names; one side unknown with a long verbatim match.
    QTest::newRow("same entity, different names")
        << u"The Kremlin proceeds from the statements of the US president-elect."_s << u"Peskov"_s << 42LL
        << u"The Kremlin proceeds from statements of the US president-elect"_s << u"the Kremlin spokesman"_s << 42LL
        << true << true; // "the" dropped
    QTest::newRow("one speaker unknown, verbatim")
        << u"Putin's communication with Trump before the inauguration is not ruled out."_s << u"Dmitry Peskov"_s
        << 0LL << u"Putin's communication with Trump before the inauguration is not ruled out"_s << QString() << 0LL
        << true << false;

    // Near-misses.
    QTest::newRow("same speaker, different statement sharing words")
        << u"These talks must be carried out in complete silence and in an absolutely covert manner."_s
        << u"Dmitry Peskov"_s << 0LL
        << u"The investigation must be carried out by the prosecutors before the end of the year."_s
        << u"Dmitry Peskov"_s << 0LL << false << false;
    QTest::newRow("same speaker, same frame, different person")
        << u"Naturally, Putin has no contacts with Donald Trump."_s << u"Dmitry Peskov"_s << 0LL
        << u"Naturally, Putin has no contacts with Joe Biden."_s << u"Dmitry Peskov"_s << 0LL << false << false;
    QTest::newRow("same words, different speakers")
        << u"Naturally, Putin has no contacts with Donald Trump."_s << u"Dmitry Peskov"_s << 0LL
        << u"Naturally, Putin has no contacts with Donald Trump."_s << u"Jason Miller"_s << 0LL << false << false;
    QTest::newRow("same words, different entities")
        << u"We will never accept this agreement under any circumstances."_s << QString() << 1LL
        << u"We will never accept this agreement under any circumstances."_s << QString() << 2LL << false << false;
    QTest::newRow("yes across speakers") << u"Yes."_s << u"Dmitry Peskov"_s << 0LL << u"yes"_s << u"Donald Trump"_s
                                         << 0LL << false << false;
    QTest::newRow("yes, same speaker") << u"Yes."_s << u"Dmitry Peskov"_s << 0LL << u"yes"_s << u"Peskov"_s << 0LL
                                       << false << false;
    QTest::newRow("we will see across speakers") << u"We will see."_s << u"Dmitry Peskov"_s << 0LL
                                                 << u"we will see"_s << u"Joe Biden"_s << 0LL << false << false;
    QTest::newRow("short phrase, speaker unknown")
        << u"We will be paying nothing for this."_s << QString() << 0LL << u"We will be paying nothing"_s
        << u"Donald Trump"_s << 0LL << false << false;
    QTest::newRow("no contact, other person, unknown speaker")
        << u"Putin has no contacts with the opposition"_s << QString() << 0LL
        << u"Putin has no contacts with Donald Trump"_s << u"Dmitry Peskov"_s << 0LL << false << false;
}

void QuoteClustererTest::pairs()
{
    QFETCH(QString, a);
    QFETCH(QString, speakerA);
    QFETCH(qint64, entityA);
    QFETCH(QString, b);
    QFETCH(QString, speakerB);
    QFETCH(qint64, entityB);
    QFETCH(bool, clustered);
    QFETCH(bool, altered);

    const ClusterQuote qa = quote(1, speakerA, a, entityA, QDate(2024, 5, 23));
    const ClusterQuote qb = quote(2, speakerB, b, entityB, QDate(2024, 5, 24));
    QCOMPARE(QuoteClusterer::matches(qa, qb), clustered);
    QCOMPARE(QuoteClusterer::matches(qb, qa), clustered);

    // In both orders of arrival the clusterer agrees with matches().
    for (bool reversed : {false, true}) {
        QuoteClusterer clusterer;
        clusterer.add(reversed ? QList{qb, qa} : QList{qa, qb});
        const QList<QuoteCluster> clusters = clusterer.clusters();
        if (!clustered) {
            QVERIFY(clusters.isEmpty());
            QCOMPARE(clusterer.clusterOf(1), QList<qint64>{1});
            continue;
        }
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters[0].members, (QList<qint64>{1, 2}));
        QCOMPARE(clusters[0].earliest, 1);
        QCOMPARE(clusters[0].altered, altered);
    }
}

void QuoteClustererTest::differs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("differs");

    QTest::newRow("identical") << u"no contact"_s << u"no contact"_s << false;
    QTest::newRow("case, punctuation, marks") << u"“No,” he can’t."_s << u"\"no\" he can't"_s << false;
    QTest::newRow("inflection") << u"no contact with him"_s << u"no contacts with him"_s << true;
    QTest::newRow("excerpt at the end") << u"We will win. And then we rest."_s << u"we will win"_s << false;
    QTest::newRow("excerpt at the start") << u"We will win. And then we rest."_s << u"and then we rest"_s << false;
    QTest::newRow("word changed at the end") << u"Putin has no contacts with Trump"_s
                                             << u"Putin has no contacts with Biden"_s << true;
    QTest::newRow("word changed at the start") << u"Naturally Putin has no contacts"_s
                                               << u"Obviously Putin has no contacts"_s << true;
    QTest::newRow("sentence dropped in the middle") << u"We will win. It is hard. And then we rest."_s
                                                    << u"We will win. And then we rest."_s << true;
    QTest::newRow("different framing sentences with words in common")
        << u"Evan will be released at once. Putin will do that for me"_s
        << u"He will be home and safe. Putin will do that for me"_s << false;
    QTest::newRow("nothing in common") << u"yes"_s << u"no"_s << true;
}

void QuoteClustererTest::differs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, differs);
    QCOMPARE(QuoteClusterer::differs(a, b), differs);
    QCOMPARE(QuoteClusterer::differs(b, a), differs);
}

void QuoteClustererTest::stem_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("plural") << u"contact"_s << u"contacts"_s << true;
    QTest::newRow("ies") << u"policy"_s << u"policies"_s << true;
    QTest::newRow("es") << u"tax"_s << u"taxes"_s << true;
    QTest::newRow("ed and e") << u"release"_s << u"released"_s << true;
    QTest::newRow("ing and e") << u"take"_s << u"taking"_s << true;
    QTest::newRow("doubled consonant") << u"stop"_s << u"stopped"_s << true;
    QTest::newRow("ll kept") << u"fall"_s << u"falling"_s << true;
    QTest::newRow("case and diacritics") << u"Zürich"_s << u"zurich"_s << true;
    QTest::newRow("apostrophe") << u"don’t"_s << u"dont"_s << true;
    QTest::newRow("ss is no plural") << u"class"_s << u"clas"_s << false;
    QTest::newRow("different words") << u"assume"_s << u"take"_s << false;
    QTest::newRow("short words untouched") << u"is"_s << u"i"_s << false;
}

void QuoteClustererTest::stem()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(QuoteClusterer::stem(a) == QuoteClusterer::stem(b), same);
}

void QuoteClustererTest::earliestAppearance()
{
    const QString text = u"Naturally, Putin has no contacts with Donald Trump"_s;
    QuoteClusterer clusterer;
    clusterer.add(quote(50, u"Peskov"_s, text, 0, QDate(2024, 5, 24)));
    clusterer.add(quote(30, u"Peskov"_s, text, 0, {})); // undated: after every dated one
    clusterer.add(quote(90, u"Peskov"_s, text, 0, QDate(2024, 5, 23)));
    clusterer.add(quote(70, u"Peskov"_s, text, 0, QDate(2024, 5, 23))); // same day: the lower id first
    const QList<QuoteCluster> clusters = clusterer.clusters();
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters[0].members, (QList<qint64>{70, 90, 50, 30}));
    QCOMPARE(clusters[0].earliest, 70);
    QVERIFY(!clusters[0].altered);
    QCOMPARE(clusterer.clusterOf(30), (QList<qint64>{70, 90, 50, 30}));
    QVERIFY(clusterer.clusterOf(12345).isEmpty());
}

void QuoteClustererTest::transitiveAndOrdered()
{
    // Two clusters; the cluster list is ordered by earliest appearance; singletons are left out.
    QuoteClusterer clusterer;
    clusterer.add(quote(1, u"Trump"_s, u"Vladimir Putin will do that for me, but not for anyone else"_s, 0,
                        QDate(2024, 5, 23)));
    clusterer.add(quote(2, u"Peskov"_s, u"Naturally, Putin has no contact with Donald Trump"_s, 0, QDate(2024, 5, 22)));
    clusterer.add(quote(3, u"Peskov"_s, u"Naturally, Putin has no contacts with Donald Trump."_s, 0, QDate(2024, 5, 23)));
    clusterer.add(quote(4, u"Ducklo"_s, u"doesn't give a damn"_s, 0, QDate(2024, 5, 23)));
    clusterer.add(quote(5, u"Donald Trump"_s,
                        u"He will be home, safe and with his family. Vladimir Putin will do that for me, but not for "
                        "anyone else, and we will be paying nothing!"_s,
                        0, QDate(2024, 5, 24)));
    const QList<QuoteCluster> clusters = clusterer.clusters();
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(clusters[0].members, (QList<qint64>{2, 3}));
    QVERIFY(clusters[0].altered);
    QCOMPARE(clusters[1].members, (QList<qint64>{1, 5}));
    QVERIFY(!clusters[1].altered);
}

void QuoteClustererTest::incremental()
{
    // Thousands of unrelated quotes, then a variant of one of them: it is compared with a handful of
    // candidates only, and it joins that quote's cluster.
    QRandomGenerator rng(7);
    auto sentence = [&rng](int words) {
        QStringList w;
        for (int i = 0; i < words; ++i)
            w << u"w"_s + QString::number(rng.bounded(5000));
        return w.join(u' ');
    };
    QuoteClusterer clusterer;
    QList<ClusterQuote> quotes;
    for (int i = 0; i < 3000; ++i)
        quotes.append(quote(i + 1, u"Speaker %1"_s.arg(i % 50), sentence(14), 0, QDate(2024, 1, 1)));
    clusterer.add(quotes.first(1500));
    const QList<QuoteCluster> before = clusterer.clusters();
    clusterer.add(quotes.sliced(1500));
    QCOMPARE(clusterer.size(), 3000);

    const qint64 comparisonsBefore = clusterer.comparisons();
    ClusterQuote variant = quotes[700];
    variant.id = 10001;
    variant.text = variant.text.toUpper() + u". And a sentence the other outlet left out."_s;
    clusterer.add(variant);
    QVERIFY2(clusterer.comparisons() - comparisonsBefore <= 5,
             qPrintable(u"%1 comparisons"_s.arg(clusterer.comparisons() - comparisonsBefore)));
    QCOMPARE(clusterer.clusterOf(10001), (QList<qint64>{701, 10001}));

    ClusterQuote another = quotes[700];
    another.id = 10002;
    another.published = QDate(2023, 12, 31);
    clusterer.add(another);
    const QList<QuoteCluster> after = clusterer.clusters();
    QCOMPARE(after.size(), before.size() + 1);
    const QList<qint64> members = clusterer.clusterOf(701);
    QCOMPARE(members, (QList<qint64>{10002, 701, 10001}));
}

void QuoteClustererTest::copies_joinTheFirstCopy()
{
    // A quote reprinted word for word (other quote marks, case) in three articles: the copies
    // link to the first one only and are not indexed; a variant still finds the cluster; the
    // same words from another speaker are another quote.
    const QString words = u"Naturally, Putin has no contact with Donald Trump"_s;
    QuoteClusterer clusterer;
    const auto add = [&](qint64 id, const QString &speaker, const QString &text) {
        return clusterer.add(QuoteClusterer::prepare(quote(id, speaker, text, 0, QDate(2024, 5, 23))), QuoteClusterer::Mode::AllMatches);
    };
    QCOMPARE(add(1, u"Dmitry Peskov"_s, words), QList<qint64>{});
    QCOMPARE(add(2, u"Peskov"_s, u"“"_s + words + u"”"_s), QList<qint64>{1});
    QCOMPARE(add(3, u"Dmitry Peskov"_s, words.toUpper()), QList<qint64>{1});
    const qint64 comparisons = clusterer.comparisons();
    QCOMPARE(add(4, u"Dmitry Peskov"_s, u"Naturally, Putin has no contact at all with Donald Trump"_s), QList<qint64>{1});
    QCOMPARE(clusterer.comparisons() - comparisons, 1); // the copies 2 and 3 are not candidates
    QCOMPARE(add(5, u"Maria Zakharova"_s, words), QList<qint64>{});
    QCOMPARE(clusterer.articlesOfCopies(1), (QList<qint64>{1, 2, 3}));
    QCOMPARE(clusterer.articlesOfCopies(4), QList<qint64>{4});
    QCOMPARE(clusterer.clusterOf(3), (QList<qint64>{1, 2, 3, 4}));

    // An inflection is the same stems: a copy too ("contacts"); its words stay in the store, which
    // flags the cluster altered. A copy from the first copy's own article is a quote of its own.
    QCOMPARE(add(6, u"Dmitry Peskov"_s, u"Naturally, Putin has no contacts with Donald Trump"_s), QList<qint64>{1});
    ClusterQuote sameArticle = quote(7, u"Dmitry Peskov"_s, words);
    sameArticle.articleId = 1;
    QCOMPARE(clusterer.add(QuoteClusterer::prepare(sameArticle), QuoteClusterer::Mode::AllMatches), (QList<qint64>{4}));
    QCOMPARE(clusterer.articlesOfCopies(1), (QList<qint64>{1, 2, 3, 6}));
}

void QuoteClustererTest::wordDiff_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inflection") << u"Putin has no contact with Trump"_s << u"Putin has no contacts with Trump"_s << false
                                << false << u"=Putin has no|-contact|+contacts|=with Trump"_s;
    QTest::newRow("identical") << u"a b  c"_s << u"a b c"_s << false << false << u"=a b  c"_s;
    QTest::newRow("from nothing") << QString() << u"hello world"_s << false << false << u"+hello world"_s;
    QTest::newRow("to nothing") << u"hello world"_s << QString() << false << false << u"-hello world"_s;
    QTest::newRow("both empty") << QString() << QString() << false << false << QString();
    QTest::newRow("substitution and punctuation") << u"before I assume Office."_s << u"before I take office,"_s
                                                  << false << false << u"=before I|-assume Office.|+take office,"_s;
    QTest::newRow("ignoring case") << u"before I assume Office."_s << u"before I take office,"_s << true << false
                                   << u"=before I|-assume|+take|=Office|-.|+,"_s;
    QTest::newRow("ignoring case and punctuation")
        << u"He said: “no.”"_s << u"he said no"_s << true << true << u"=He said: “no"_s;
    QTest::newRow("quote marks in one form") << u"“no”"_s << u"\"no\""_s << false << false << u"=“no”"_s;
    QTest::newRow("dropped sentence") << u"He will be home. Putin will do that."_s << u"Putin will do that."_s
                                      << false << false << u"-He will be home.|=Putin will do that."_s;
    QTest::newRow("added in the middle") << u"a b c d"_s << u"a b x y c d"_s << false << false << u"=a b|+x y|=c d"_s;
}

void QuoteClustererTest::wordDiff()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    QFETCH(QString, expected);
    const QList<DiffRun> runs = WordDiff::diff(oldText, newText, {ignoreCase, ignorePunctuation});
    checkCoverage(runs);
    QCOMPARE(describe(oldText, newText, runs), expected);
}

void QuoteClustererTest::wordDiffLongTexts()
{
    QRandomGenerator rng(11);
    QStringList words;
    for (int i = 0; i < 20000; ++i)
        words << u"w"_s + QString::number(rng.bounded(100000));
    const QString a = words.join(u' ');
    QStringList changed = words;
    changed.insert(10000, u"INSERTED"_s);
    changed[15000] = u"REPLACED"_s;
    const QString b = changed.join(u' ');
    QList<DiffRun> runs = WordDiff::diff(a, b);
    QCOMPARE(runs.size(), 6); // = + = - + =
    QCOMPARE(runs[1].op, DiffOp::Inserted);
    QCOMPARE(b.sliced(runs[1].newStart, runs[1].newEnd - runs[1].newStart), u"INSERTED"_s);

    // Unrelated texts beyond the edit budget: one deletion and one insertion, bounded memory.
    QStringList other;
    for (int i = 0; i < 20000; ++i)
        other << u"v"_s + QString::number(rng.bounded(100000));
    runs = WordDiff::diff(a, other.join(u' '));
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].op, DiffOp::Deleted);
    QCOMPARE(runs[0].oldEnd, a.size());
    QCOMPARE(runs[1].op, DiffOp::Inserted);
}

void QuoteClustererTest::seeds()
{
    const QString shared = TestUtil::sharedDir();
    if (shared.isEmpty())
        QSKIP("no ../shared on this machine");
    const QDir dir(shared + u"/corpora/seeds"_s);
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    if (files.size() < 2)
        QSKIP("no seed articles");

    QuoteClusterer clusterer;
    QHash<qint64, QString> texts;
    QHash<qint64, QString> fileOf;
    for (int f = 0; f < files.size(); ++f) {
        QFile file(dir.filePath(files[f]));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(files[f]));
        const Dossier::ParsedArticle parsed = Dossier::ArticleParser::parse(Dossier::TextDecoder::decode(file.readAll()).text);
        const Dossier::ArticleAnalysis analysis = Dossier::Analyser::analyse(parsed.body);
        for (int i = 0; i < analysis.quotes.size(); ++i) {
            const Dossier::QuoteSpan &span = analysis.quotes[i];
            const qint64 id = qint64(f + 1) * 65536 + i;
            const QString text = parsed.body.sliced(span.start, span.length());
            clusterer.add(quote(id, span.speaker, text, 0, parsed.published));
            texts.insert(id, text);
            fileOf.insert(id, files[f]);
        }
    }
    const QList<QuoteCluster> clusters = clusterer.clusters();
    auto clusterWith = [&](const QString &file, const QString &words) {
        for (const QuoteCluster &c : clusters) {
            for (qint64 id : c.members) {
                if (fileOf.value(id) == file && texts.value(id).contains(words, Qt::CaseInsensitive))
                    return c;
            }
        }
        return QuoteCluster{};
    };
    for (const QuoteCluster &c : clusters) {
        qInfo("cluster%s, earliest %lld:", c.altered ? " (altered)" : "", c.earliest);
        for (qint64 id : c.members)
            qInfo("  %s %lld: %s", qPrintable(fileOf.value(id)), id, qPrintable(texts.value(id)));
    }

    // The two reports of the same event (000, 001) share Peskov's answer and Trump's post.
    const QString a = files.value(0), b = files.value(1);
    const QuoteCluster contact = clusterWith(a, u"no contact"_s);
    QVERIFY(contact.members.size() >= 2);
    QCOMPARE(contact.members, clusterWith(b, u"no contacts"_s).members);
    QVERIFY(contact.altered);
    const QuoteCluster post = clusterWith(a, u"paying nothing"_s);
    QVERIFY(post.members.size() >= 2);
    QCOMPARE(post.members, clusterWith(b, u"paying nothing"_s).members);
    QCOMPARE(post.members, clusterWith(b, u"take office"_s).members);
    QVERIFY(post.altered); // "assume Office" / "take office"
    // The other three seeds report other events: none of their quotes joins these clusters.
    for (const QuoteCluster &c : {contact, post}) {
        for (qint64 id : c.members)
            QVERIFY2(fileOf.value(id) == a || fileOf.value(id) == b, qPrintable(texts.value(id)));
    }
}

QTEST_GUILESS_MAIN(QuoteClustererTest)
#include "quoteclusterer_test.moc"
