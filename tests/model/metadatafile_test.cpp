// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafile.h"

#include <QTest>

using namespace Dossier;

class MetadataFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCsv_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("plain") << QStringLiteral("a,b\n1,2\n") << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
        QTest::newRow("crlf, no final newline") << QStringLiteral("a,b\r\n1,2")
                                                << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
        QTest::newRow("quoted comma and quote") << QStringLiteral("\"x, \"\"y\"\"\",z\n")
                                                << QList<QStringList>{{QStringLiteral("x, \"y\""), QStringLiteral("z")}};
        QTest::newRow("newline inside quotes") << QStringLiteral("\"line1\nline2\",b\n")
                                               << QList<QStringList>{{QStringLiteral("line1\nline2"), QStringLiteral("b")}};
        QTest::newRow("empty cells") << QStringLiteral(",,\n") << QList<QStringList>{{QString(), QString(), QString()}};
        QTest::newRow("blank lines skipped") << QStringLiteral("a\n\n\nb\n") << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}};
    }

    void parseCsv()
    {
        QFETCH(QString, csv);
        QFETCH(QList<QStringList>, rows);
        QCOMPARE(MetadataFile::parseCsv(csv), rows);
    }

    void parse_mapsColumnsByHeader()
    {
        QStringList problems;
        const auto map = MetadataFile::parse(QStringLiteral("title,path,date,url,outlet\n"
                                                            "\"Headline, with comma\",./gazette/a.txt,2025-03-14,https://example.org/a,Gazette\n"
                                                            "T2,b.txt,not a date,,\n"
                                                            ",,,,\n"),
                                             &problems);
        QCOMPARE(map.size(), 2);
        const MetadataOverride a = map.value(QStringLiteral("gazette/a.txt"));
        QCOMPARE(a.title, QStringLiteral("Headline, with comma"));
        QCOMPARE(a.published, QDate(2025, 3, 14));
        QCOMPARE(a.url, QStringLiteral("https://example.org/a"));
        QCOMPARE(a.outlet, QStringLiteral("Gazette"));
        QVERIFY(!map.value(QStringLiteral("b.txt")).published.isValid());
        QCOMPARE(problems.size(), 2); // the bad date (line 3) and the row without a path (line 4)
        QVERIFY(problems.at(0).contains(QLatin1String("line 3")));
        QVERIFY(problems.at(1).contains(QLatin1String("line 4")));
    }

    void parse_withoutPathColumn_isIgnoredWithProblem()
    {
        QStringList problems;
        QVERIFY(MetadataFile::parse(QStringLiteral("file,outlet\na.txt,X\n"), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(MetadataFileTest)
#include "metadatafile_test.moc"
