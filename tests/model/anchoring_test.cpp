// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Re-finding an annotated passage after the article's text changed: ok, moved, or orphaned, and
// never a confident move to a passage that only looks alike.
#include "anchoring.h"

#include <QTest>

using namespace Dossier;

namespace {

const QString paragraph = QStringLiteral(
    "The harbour council met on Tuesday evening. The goverment plans to raise the fuel tax by "
    "four percent next spring, the minister told reporters. Fishermen said the plan would ruin them. "
    "The vote is expected in May.");

// The span of the `occurrence`th (from 0) `text` in `body`.
std::pair<int, int> spanOf(const QString &body, const QString &text, int occurrence = 0)
{
    qsizetype at = body.indexOf(text);
    for (int i = 0; i < occurrence && at >= 0; ++i)
        at = body.indexOf(text, at + 1);
    return {int(at), int(at + text.size())};
}

bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate()))
            return true;
        if (s.at(i).isLowSurrogate() && (i == 0 || !s.at(i - 1).isHighSurrogate()))
            return true;
    }
    return false;
}

QString collapsed(const QString &s)
{
    return s.simplified();
}

} // namespace

class AnchoringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reanchor_data()
    {
        QTest::addColumn<QString>("oldBody");
        QTest::addColumn<QString>("exact");      // the annotated text in the old body
        QTest::addColumn<int>("occurrence");     // which occurrence of it was annotated
        QTest::addColumn<QString>("newBody");
        QTest::addColumn<int>("state");          // AnchorState
        QTest::addColumn<QString>("newExact");   // the text the anchor points to afterwards
        QTest::addColumn<int>("newOccurrence");  // … its occurrence in the new body

        const QString fuel = QStringLiteral("raise the fuel tax by four percent next spring");
        const int ok = int(AnchorState::Ok), moved = int(AnchorState::Moved), orphaned = int(AnchorState::Orphaned);

        QTest::newRow("unchanged") << paragraph << fuel << 0 << paragraph << ok << fuel << 0;
        QTest::newRow("changed after the span") << paragraph << fuel << 0
                                                << QString(paragraph).replace(QStringLiteral("in May"), QStringLiteral("in early June"))
                                                << ok << fuel << 0;
        QTest::newRow("inserted before") << paragraph << fuel << 0
                                         << QStringLiteral("UPDATED 14:02. A correction was added to this story.\n\n") + paragraph
                                         << moved << fuel << 0;
        QTest::newRow("inserted inside") << paragraph << fuel << 0
                                         << QString(paragraph).replace(QStringLiteral("tax by four"), QStringLiteral("tax, again, by four"))
                                         << moved << QStringLiteral("raise the fuel tax, again, by four percent next spring") << 0;
        QTest::newRow("edited around") << paragraph << fuel << 0
                                       << QString(paragraph)
                                              .replace(QStringLiteral("The goverment plans to"), QStringLiteral("Ministers now intend to"))
                                              .replace(QStringLiteral(", the minister told reporters."), QStringLiteral(" (a spokesman said)."))
                                       << moved << fuel << 0;
        QTest::newRow("typo fixed in the passage") << paragraph << QStringLiteral("The goverment plans to raise the fuel tax") << 0
                                                   << QString(paragraph).replace(QStringLiteral("goverment"), QStringLiteral("government"))
                                                   << moved << QStringLiteral("The government plans to raise the fuel tax") << 0;
        QTest::newRow("typo fixed, text inserted before") << paragraph << QStringLiteral("The goverment plans to raise the fuel tax") << 0
                                                          << QStringLiteral("Breaking.\n\n") + QString(paragraph).replace(QStringLiteral("goverment"), QStringLiteral("government"))
                                                          << moved << QStringLiteral("The government plans to raise the fuel tax") << 0;
        QTest::newRow("deleted") << paragraph << QStringLiteral("Fishermen said the plan would ruin them.") << 0
                                 << QString(paragraph).remove(QStringLiteral(" Fishermen said the plan would ruin them."))
                                 << orphaned << QStringLiteral("Fishermen said the plan would ruin them.") << -1;
        // The passage is gone; a sentence much like it elsewhere is not it.
        QTest::newRow("deleted, a look-alike elsewhere")
            << paragraph << QStringLiteral("Fishermen said the plan would ruin them.") << 0
            << QString(paragraph).remove(QStringLiteral(" Fishermen said the plan would ruin them."))
                   + QStringLiteral("\n\nIn an unrelated report, farmers said the plan would ruin us.")
            << orphaned << QStringLiteral("Fishermen said the plan would ruin them.") << -1;
        // The passage is gone; one much like it, about another machine, stays. Found in a BBC story.
        {
            const QString mac = QStringLiteral("The Mac mini has a 1.4ghz Power PC chip, 80 gigabyte hard drive, combined CD burner/DVD "
                                               "player. It comes equipped with USB and Firewire ports. ");
            const QString pc = QStringLiteral("The rival PC has a 2.6ghz Intel Celeron chip, 40 gigabyte hard drive, 256mb, combined CD "
                                              "burner/DVD player. It comes equipped with a 17 inch monitor, keyboard and mouse.");
            const QString exact = QStringLiteral("gigabyte hard drive, combined CD burner/DVD player. It comes eq");
            QTest::newRow("deleted, a near copy about something else") << mac + pc << exact << 0 << pc << orphaned << exact << -1;
        }
        // The sentence now appears twice: the copy whose surroundings match is the one.
        QTest::newRow("duplicated sentence, context decides")
            << paragraph << QStringLiteral("Fishermen said the plan would ruin them.") << 0
            << QStringLiteral("Quoted yesterday in the Ledger: Fishermen said the plan would ruin them. Nobody replied.\n\n") + paragraph
            << moved << QStringLiteral("Fishermen said the plan would ruin them.") << 1;
        // Both copies have the same surroundings: which one the analyst meant, only they know.
        QTest::newRow("duplicated paragraph, ambiguous")
            << paragraph << QStringLiteral("Fishermen said the plan would ruin them.") << 0
            << QStringLiteral("Editor's note.\n\n") + paragraph + QStringLiteral("\n\n") + paragraph
            << orphaned << QStringLiteral("Fishermen said the plan would ruin them.") << -1;
        // A short word, its sentence rewritten: another "tax" is not the one that was annotated.
        QTest::newRow("short word, context rewritten")
            << paragraph << QStringLiteral("tax") << 0
            << QStringLiteral("The harbour council met on Tuesday evening. Ministers want more revenue. A tax on boats "
                              "was discussed. Fishermen said the plan would ruin them. The vote is expected in May.")
            << orphaned << QStringLiteral("tax") << -1;
        QTest::newRow("short word, still in its context")
            << paragraph << QStringLiteral("tax") << 0
            << QStringLiteral("Breaking.\n\n") + paragraph << moved << QStringLiteral("tax") << 0;
        QTest::newRow("white space reflowed")
            << QStringLiteral("The minister said the\nplan would fail and that\nthe tax was final. Others disagreed.")
            << QStringLiteral("the\nplan would fail and that\nthe tax") << 0
            << QStringLiteral("The  minister said the plan\nwould fail and that the\ntax was final. Others disagreed.")
            << moved << QStringLiteral("the plan\nwould fail and that the\ntax") << 0;
        QTest::newRow("article emptied") << paragraph << fuel << 0 << QString() << orphaned << fuel << -1;
        QTest::newRow("body shrank below the span") << paragraph << QStringLiteral("The vote is expected in May.") << 0
                                                    << QStringLiteral("The harbour council met on Tuesday evening.")
                                                    << orphaned << QStringLiteral("The vote is expected in May.") << -1;
        QTest::newRow("emoji before and inside")
            << QStringLiteral("Fans cheered 🎉 loudly at the stadium tonight, then went home.")
            << QStringLiteral("cheered 🎉 loudly at the stadium") << 0
            << QStringLiteral("🙂🙂 Live: Fans cheered 🎉🎉 loudly at the stadium tonight, then went home.")
            << moved << QStringLiteral("cheered 🎉🎉 loudly at the stadium") << 0;
    }

    void reanchor()
    {
        QFETCH(QString, oldBody);
        QFETCH(QString, exact);
        QFETCH(int, occurrence);
        QFETCH(QString, newBody);
        QFETCH(int, state);
        QFETCH(QString, newExact);
        QFETCH(int, newOccurrence);

        const auto [start, end] = spanOf(oldBody, exact, occurrence);
        QVERIFY2(start >= 0, "the test's exact text is in the old body");
        const TextAnchor old = TextAnchor::make(oldBody, start, end);
        const TextAnchor got = Dossier::reanchor(newBody, old);

        QCOMPARE(anchorStateName(got.state), anchorStateName(AnchorState(state)));
        if (got.state == AnchorState::Orphaned) {
            // Kept as it was: the old offsets and selector say what the analyst annotated.
            TextAnchor expected = old;
            expected.state = AnchorState::Orphaned;
            QCOMPARE(got, expected);
            return;
        }
        const auto [newStart, newEnd] = spanOf(newBody, newExact, newOccurrence);
        QVERIFY2(newStart >= 0, "the expected text is in the new body");
        QCOMPARE(got.exact, newExact);
        QCOMPARE(got.start, newStart);
        QCOMPARE(got.end, newEnd);
        QCOMPARE(got.exact, newBody.mid(got.start, got.end - got.start));
        QCOMPARE(got.bodySha256, TextAnchor::bodyHash(newBody));
        QCOMPARE(got.prefix, TextAnchor::make(newBody, newStart, newEnd).prefix);
        QCOMPARE(got.suffix, TextAnchor::make(newBody, newStart, newEnd).suffix);
        QVERIFY(!hasLoneSurrogate(got.exact));
    }

    void reanchor_sameHash_keepsAnchor()
    {
        // A moved anchor stays moved, offsets untouched, while its text is the same.
        TextAnchor a = TextAnchor::make(paragraph, 10, 30);
        a.state = AnchorState::Moved;
        QCOMPARE(Dossier::reanchor(paragraph, a), a);
    }

    void reanchor_orphanWhoseTextCameBack_isOkAgain()
    {
        const QString edited = QString(paragraph).remove(QStringLiteral(" Fishermen said the plan would ruin them."));
        const auto [start, end] = spanOf(paragraph, QStringLiteral("Fishermen said the plan would ruin them."));
        const TextAnchor orphan = Dossier::reanchor(edited, TextAnchor::make(paragraph, start, end));
        QCOMPARE(orphan.state, AnchorState::Orphaned);
        // Re-imported again with the passage restored.
        const TextAnchor back = Dossier::reanchor(paragraph, orphan);
        QCOMPARE(back.state, AnchorState::Ok);
        QCOMPARE(back.start, start);
        QCOMPARE(back.end, end);
    }

    void reanchor_emptyExact_isOrphaned()
    {
        const TextAnchor empty = TextAnchor::make(paragraph, 5, 5);
        QCOMPARE(Dossier::reanchor(QStringLiteral("Something else."), empty).state, AnchorState::Orphaned);
    }

    void reanchor_neverSplitsSurrogatePairs()
    {
        // An approximate match whose edges fall between emoji.
        const QString oldBody = QStringLiteral("Intro text here. 🎉🎉🎉 The crowd sang the anthem together 🎉🎉 and left.");
        const auto [start, end] = spanOf(oldBody, QStringLiteral("🎉 The crowd sang the anthem together 🎉"));
        const QString newBody = QStringLiteral("Intro text here. 🎈🎉🎈 The crowd sang their anthem together 🎈🎉 and left.");
        const TextAnchor got = Dossier::reanchor(newBody, TextAnchor::make(oldBody, start, end));
        QVERIFY(got.state != AnchorState::Ok);
        QVERIFY2(!hasLoneSurrogate(got.exact), qPrintable(got.exact));
        if (got.state == AnchorState::Moved)
            QVERIFY(collapsed(got.exact).contains(QStringLiteral("crowd sang their anthem")));
    }

    void reanchor_longBody_findsNearOldPlace()
    {
        // A body too long for a whole-body approximate search: the window around the old place finds it.
        QString filler;
        for (int i = 0; i < 6000; ++i)
            filler += QStringLiteral("Sentence number %1 fills the archive page. ").arg(i);
        const QString passage = QStringLiteral("The goverment denied every report about the secret meeting at the port authority office last week");
        const QString oldBody = filler + passage + QStringLiteral(". ") + filler;
        const int start = int(filler.size());
        const QString newBody = QStringLiteral("Inserted. ") + filler + QString(passage).replace(QStringLiteral("goverment"), QStringLiteral("government"))
                                + QStringLiteral(". ") + filler;
        const TextAnchor got = Dossier::reanchor(newBody, TextAnchor::make(oldBody, start, start + int(passage.size())));
        QCOMPARE(got.state, AnchorState::Moved);
        QCOMPARE(got.start, start + 10);
        QVERIFY(got.exact.startsWith(QStringLiteral("The government denied")));
    }
};

QTEST_GUILESS_MAIN(AnchoringTest)
#include "anchoring_test.moc"
