// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphalign.h"

#include <QTest>

using namespace Dossier;

class ParagraphAlignTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphs_splitAtBlankLinesOnly()
    {
        const QString body = QStringLiteral("  First one,\nwrapped.\n\n\nSecond.\n \nThird  ");
        const QStringList texts = ParagraphAlign::paragraphTexts(body);
        QCOMPARE(texts, (QStringList{QStringLiteral("First one,\nwrapped."), QStringLiteral("Second."), QStringLiteral("Third")}));
        const auto spans = ParagraphAlign::paragraphs(body);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(body.mid(spans.at(1).start, spans.at(1).end - spans.at(1).start), QStringLiteral("Second."));
    }

    void similarity_isDiceOfWordSets()
    {
        QCOMPARE(ParagraphAlign::similarity(u"The cat sat", u"the CAT sat."), 1.0);
        QCOMPARE(ParagraphAlign::similarity(u"a b c d", u"a b x y"), 0.5);
        QCOMPARE(ParagraphAlign::similarity(u"a b", u"x y"), 0.0);
    }

    void align_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QList<QPoint>>("expected"); // (left, right), -1 for a gap

        const QString p1 = QStringLiteral("The bridge will close for six weeks from Monday.");
        const QString p1b = QStringLiteral("The bridge will close for seven weeks from Monday.");
        const QString p2 = QStringLiteral("Ferries will run every twenty minutes during the work.");
        const QString p3 = QStringLiteral("Shop owners fear that visitors will stay away in spring.");
        const QString added = QStringLiteral("Work starts at dawn if the weather allows the cranes up.");
        const QString other = QStringLiteral("Completely different words about a library and its readers.");

        QTest::newRow("same") << QStringList{p1, p2, p3} << QStringList{p1, p2, p3}
                              << QList<QPoint>{{0, 0}, {1, 1}, {2, 2}};
        QTest::newRow("edited word pairs") << QStringList{p1, p2} << QStringList{p1b, p2} << QList<QPoint>{{0, 0}, {1, 1}};
        QTest::newRow("inserted on the right leaves a gap on the left")
            << QStringList{p1, p2, p3} << QStringList{p1b, p2, added, p3} << QList<QPoint>{{0, 0}, {1, 1}, {-1, 2}, {2, 3}};
        QTest::newRow("removed on the right leaves a gap there")
            << QStringList{p1, added, p3} << QStringList{p1, p3} << QList<QPoint>{{0, 0}, {1, -1}, {2, 1}};
        QTest::newRow("unrelated paragraphs are never paired")
            << QStringList{p1, other} << QStringList{p1, added} << QList<QPoint>{{0, 0}, {1, -1}, {-1, 1}};
        QTest::newRow("moved paragraph: the larger order-keeping match wins")
            << QStringList{p1, p2, p3} << QStringList{p3, p1, p2} << QList<QPoint>{{-1, 0}, {0, 1}, {1, 2}, {2, -1}};
        QTest::newRow("empty side") << QStringList{p1, p2} << QStringList{} << QList<QPoint>{{0, -1}, {1, -1}};
    }

    void align()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QList<QPoint>, expected);
        const QList<ParagraphPair> pairs = ParagraphAlign::align(left, right);
        QList<QPoint> got;
        for (const ParagraphPair &p : pairs) {
            got.append({p.left, p.right});
            if (p.left >= 0 && p.right >= 0)
                QVERIFY(p.similarity > 0.35);
            else
                QCOMPARE(p.similarity, 0.0);
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(ParagraphAlignTest)
#include "paragraphalign_test.moc"
