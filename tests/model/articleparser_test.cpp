// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "testutil.h"

using namespace Qt::StringLiterals;
using Dossier::ArticleParser;
using Dossier::ParsedArticle;

namespace {

using TestUtil::sharedDir;

QStringList paragraphs(const QString &body)
{
    return body.isEmpty() ? QStringList() : body.split(u"\n\n"_s);
}

// What every body must look like: paragraphs separated by exactly one blank line, each trimmed.
void verifyBodyShape(const QString &body)
{
    QVERIFY2(!body.contains(u"\n\n\n"_s), qPrintable(body));
    QCOMPARE(body.trimmed(), body);
    for (const QString &paragraph : paragraphs(body)) {
        QVERIFY2(!paragraph.isEmpty(), qPrintable(body));
        QCOMPARE(paragraph.trimmed(), paragraph);
    }
}

// The six house styles of tools/make-corpus.py (the 100k benchmark corpus): header, footer lines.
struct CorpusStyle
{
    const char *name;
    QString header;
    QStringList footer;
    QString byline;
    QString outlet;
};

QList<CorpusStyle> houseStyles()
{
    return {
        { "daily-courier",
          u"By Daily Courier staff | {date}"_s,
          { u"Read Entire Article"_s },
          u"Daily Courier staff"_s,
          u"Daily Courier"_s },
        { "the-wire-post",
          u"{date} | The Wire Post"_s,
          { u"share Share facebook x print"_s, u"Similar Content"_s },
          QString(),
          u"The Wire Post"_s },
        { "northern-ledger", u"Published {date}"_s, { u"What's Hot"_s }, QString(), QString() },
        { "global-bulletin",
          u" date {date}"_s,
          { u"Leave a Reply"_s, u"Your email address will not be published."_s },
          QString(),
          QString() },
        { "metro-sentinel", u"{date} 09:15"_s, { u"icon bookmark icon share icon close icon"_s }, QString(), QString() },
        { "capital-times", u"Updated {date}"_s, {}, QString(), QString() },
    };
}

const QStringList kCorpusParagraphs = {
    u"The harbour authority confirmed on Monday that the northern pier will close for repairs."_s,
    u"“We have no choice,” said the authority’s chair. “The timbers are rotten.”"_s,
    u"Fishing crews will move to the southern quay until the work is finished."_s,
    u"Yes."_s,
    u"The repairs are expected to cost £2.3m and to take most of the summer."_s,
};

} // namespace

class ArticleParserTest : public QObject
{
    Q_OBJECT

private slots:
    void parseDate_data();
    void parseDate();
    void parseByline_data();
    void parseByline();
    void metadata_data();
    void metadata();
    void clean_data();
    void clean();
    void corpusStyles_data();
    void corpusStyles();
    void seeds_data();
    void seeds();
    void bbcArticlesAreKeptWhole();
    void emptyInput();
    void longSingleLine();
    void largeText();
};

void ArticleParserTest::parseDate_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date");

    // Forms the seed articles and the benchmark corpus print
    QTest::newRow("day month, year time") << u"23 May, 2024 22:33"_s << QDate(2024, 5, 23);
    QTest::newRow("date label before prose") << u" date 2024-11-07 The minister said talks would resume."_s << QDate(2024, 11, 7);
    QTest::newRow("created at") << u"Created at 2024-11-06 11:15:22"_s << QDate(2024, 11, 6);
    QTest::newRow("published") << u"Published 2024-02-02"_s << QDate(2024, 2, 2);
    QTest::newRow("updated") << u"Updated 2024-03-01"_s << QDate(2024, 3, 1);
    QTest::newRow("iso with time") << u"2024-05-03 09:15"_s << QDate(2024, 5, 3);
    QTest::newRow("byline then date") << u"By Daily Courier staff | 2024-05-03"_s << QDate(2024, 5, 3);
    QTest::newRow("date then outlet") << u"2024-05-03 | The Wire Post"_s << QDate(2024, 5, 3);
    QTest::newRow("byline, created, updated")
        << u"By Daily Mail (World News) | Created at 2024-11-06 11:15:22 | Updated at 2024-11-07 13:26:46 2 hours ago"_s
        << QDate(2024, 11, 6);

    // Other common forms
    QTest::newRow("month day, year") << u"March 5, 2024"_s << QDate(2024, 3, 5);
    QTest::newRow("day month year") << u"5 March 2024"_s << QDate(2024, 3, 5);
    QTest::newRow("iso 8601") << u"2024-02-02T10:00:00Z"_s << QDate(2024, 2, 2);
    QTest::newRow("day first numeric") << u"05/03/2024"_s << QDate(2024, 3, 5);
    QTest::newRow("month first when it must be") << u"12/25/2024"_s << QDate(2024, 12, 25);
    QTest::newRow("dotted numeric") << u"07.11.2024"_s << QDate(2024, 11, 7);
    QTest::newRow("weekday and ordinal") << u"Tuesday, 5th March 2024"_s << QDate(2024, 3, 5);
    QTest::newRow("abbreviated month with dot") << u"Sept. 9, 2024"_s << QDate(2024, 9, 9);
    QTest::newRow("published on, am, zone") << u"Published on Oct 15, 2024 at 10:00 am ET"_s << QDate(2024, 10, 15);
    QTest::newRow("last updated, colon") << u"Last updated: 1 January 2025, 10:15 GMT"_s << QDate(2025, 1, 1);
    QTest::newRow("ordinal after month") << u"May 23rd, 2024"_s << QDate(2024, 5, 23);
    QTest::newRow("weekday, dotted time, zone") << u"Tue 5 Mar 2024 10.15 GMT"_s << QDate(2024, 3, 5);
    QTest::newRow("slashed iso") << u"2024/06/30"_s << QDate(2024, 6, 30);
    QTest::newRow("byline with date after comma") << u"By Jane Smith, 5 March 2024"_s << QDate(2024, 3, 5);

    // No date
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("headline") << u"Kremlin comments on talks with the candidate"_s << QDate();
    QTest::newRow("impossible day") << u"2024-02-30"_s << QDate();
    QTest::newRow("impossible month") << u"31/31/2024"_s << QDate();
    QTest::newRow("month and year only") << u"He has been held since March 2023."_s << QDate();
    QTest::newRow("score") << u"They won 12/10 on the night"_s << QDate();
    QTest::newRow("phone number") << u"Call 2024-555-0199 for tickets"_s << QDate();
    QTest::newRow("year range") << u"The 2024-2025 season starts soon"_s << QDate();
    QTest::newRow("year out of range") << u"Published 0999-01-01"_s << QDate();
    QTest::newRow("may as a verb") << u"Officials may 5 times review it in 2024"_s << QDate();
}

void ArticleParserTest::parseDate()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    QCOMPARE(ArticleParser::parseDate(line), date);
}

void ArticleParserTest::parseByline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isByline");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("outlet");

    QTest::newRow("outlet with section, dates")
        << u"By Daily Mail (World News) | Created at 2024-11-06 11:15:22 | Updated at 2024-11-06 13:26:46 2 hours ago"_s << true
        << u"Daily Mail (World News)"_s << u"Daily Mail"_s;
    QTest::newRow("person, agency") << u"By Jane Smith, Reuters"_s << true << u"Jane Smith, Reuters"_s << u"Reuters"_s;
    QTest::newRow("person only") << u"By Jane Smith"_s << true << u"Jane Smith"_s << QString();
    // "<Outlet> staff" names the outlet; the byline keeps the words as printed.
    QTest::newRow("outlet staff, date") << u"By Daily Courier staff | 2024-05-03"_s << true << u"Daily Courier staff"_s
                                        << u"Daily Courier"_s;
    QTest::newRow("agency staff") << u"By Reuters Staff"_s << true << u"Reuters Staff"_s << u"Reuters"_s;
    QTest::newRow("two people") << u"By: Jane Smith and John O'Neill"_s << true << u"Jane Smith and John O'Neill"_s << QString();
    QTest::newRow("person | outlet") << u"By Jane Smith | The Wire Post"_s << true << u"Jane Smith"_s << u"The Wire Post"_s;
    QTest::newRow("person, date") << u"By Jane Smith, 5 March 2024"_s << true << u"Jane Smith"_s << QString();
    QTest::newRow("person, role") << u"By Jane Smith, Political Correspondent"_s << true
                                  << u"Jane Smith, Political Correspondent"_s << QString();
    QTest::newRow("person (agency)") << u"By Jane Smith (AFP)"_s << true << u"Jane Smith (AFP)"_s << u"AFP"_s;
    QTest::newRow("agency only") << u"By Associated Press"_s << true << u"Associated Press"_s << u"Associated Press"_s;
    QTest::newRow("all capitals") << u"BY JANE SMITH"_s << true << u"JANE SMITH"_s << QString();
    QTest::newRow("written by") << u"Written by Anna van der Berg"_s << true << u"Anna van der Berg"_s << QString();

    // Article sentences are no bylines
    QTest::newRow("by the time") << u"By the time the polls closed, turnout had reached a record."_s << false << QString()
                                 << QString();
    QTest::newRow("by contrast") << u"By contrast, the Kremlin said nothing."_s << false << QString() << QString();
    QTest::newRow("by a year") << u"By 2025, the plant will have closed."_s << false << QString() << QString();
    QTest::newRow("by a weekday") << u"By Thursday, officials said talks had stalled."_s << false << QString() << QString();
    QTest::newRow("by a month") << u"By March the fighting had stopped"_s << false << QString() << QString();
    QTest::newRow("title case headline") << u"By The Numbers: How The Vote Was Won"_s << false << QString() << QString();
    QTest::newRow("no by") << u"Jane Smith reports from Moscow"_s << false << QString() << QString();
    QTest::newRow("bypass") << u"Bypass surgery went well"_s << false << QString() << QString();
    QTest::newRow("lowercase name") << u"Posted by admin"_s << false << QString() << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString();
    QTest::newRow("by alone") << u"By"_s << false << QString() << QString();
}

void ArticleParserTest::parseByline()
{
    QFETCH(QString, line);
    QFETCH(bool, isByline);
    QFETCH(QString, byline);
    QFETCH(QString, outlet);

    QString gotByline = u"unchanged"_s;
    QString gotOutlet = u"unchanged"_s;
    QCOMPARE(ArticleParser::parseByline(line, &gotByline, &gotOutlet), isByline);
    if (isByline) {
        QCOMPARE(gotByline, byline);
        QCOMPARE(gotOutlet, outlet);
    } else {
        QCOMPARE(gotByline, u"unchanged"_s);
        QCOMPARE(gotOutlet, u"unchanged"_s);
    }
    // Null out-parameters are allowed.
    QCOMPARE(ArticleParser::parseByline(line, nullptr, nullptr), isByline);
}

void ArticleParserTest::metadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("url");

    QTest::newRow("plain headline and paragraphs")
        << u"Rail strike called off\n"
           u"\n"
           u"Unions and the operator reached a deal late on Sunday night.\n"
           u"\n"
           u"Trains will run normally on Monday.\n"_s
        << u"Rail strike called off"_s << QString() << QString() << QDate() << QString();
    QTest::newRow("byline line under the headline")
        << u"Mayor resigns over expenses\n"
           u"\n"
           u"By Evening Gazette (City News) | Created at 2024-08-01 07:30:00 | Updated at 2024-08-02 09:00:00 1 day ago\n"
           u"Politics\n"
           u"\n"
           u"The mayor stepped down on Thursday after an audit of her expenses.\n"_s
        << u"Mayor resigns over expenses"_s << u"Evening Gazette (City News)"_s << u"Evening Gazette"_s << QDate(2024, 8, 1)
        << QString();
    QTest::newRow("date line above the headline")
        << u"icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon\n"
           u"19 June, 2024 08:10\n"
           u"\n"
           u"Council approves new bridge\n"
           u"\n"
           u"The vote ends a decade of argument over the crossing, officials said.\n"_s
        << u"Council approves new bridge"_s << QString() << QString() << QDate(2024, 6, 19) << QString();
    QTest::newRow("dateline on the first paragraph")
        << u" date 2024-03-14 The regional parliament passed the budget on Thursday after a long and bitter debate that lasted "
           u"well into the night and left several members exhausted and angry.\n"
           u"\n"
           u"The budget had been delayed twice.\n"_s
        << u"The regional parliament passed the budget on Thursday after a long and bitter debate that lasted well into the night and left several members exhausted and angry"_s
        << QString() << QString() << QDate(2024, 3, 14) << QString();
    QTest::newRow("outlet after a bar in the headline")
        << u"Storm closes schools | The Valley Herald\n"
           u"\n"
           u"Published 2024-01-09\n"
           u"\n"
           u"All schools in the valley were closed on Tuesday.\n"_s
        << u"Storm closes schools"_s << QString() << u"The Valley Herald"_s << QDate(2024, 1, 9) << QString();
    QTest::newRow("url line and byline with agency") << u"https://example.org/news/2024/bridge-opens\n"
                                                        u"\n"
                                                        u"Bridge opens after delays\n"
                                                        u"\n"
                                                        u"By Jane Smith, Reuters\n"
                                                        u"March 5, 2024\n"
                                                        u"\n"
                                                        u"The bridge opened to traffic on Tuesday.\n"_s
                                                     << u"Bridge opens after delays"_s << u"Jane Smith, Reuters"_s << u"Reuters"_s
                                                     << QDate(2024, 3, 5) << u"https://example.org/news/2024/bridge-opens"_s;
    QTest::newRow("published wins over updated")
        << u"Budget passes\n\nUpdated 2024-03-01\nPublished 2024-02-02\n\nThe budget passed by a wide margin on Friday.\n"_s
        << u"Budget passes"_s << QString() << QString() << QDate(2024, 2, 2) << QString();
    QTest::newRow("updated when nothing else")
        << u"Budget passes\n\nUpdated 2024-03-01\n\nThe budget passed by a wide margin on Friday.\n"_s << u"Budget passes"_s
        << QString() << QString() << QDate(2024, 3, 1) << QString();
    QTest::newRow("outlet from the copyright footer")
        << u"Ferry service resumes\n"
           u"\n"
           u"The ferry to the islands sailed again on Monday after the storm.\n"
           u"\n"
           u"From the Desk: Stories That Matter | © 2024 | Valley Times\n"_s
        << u"Ferry service resumes"_s << QString() << u"Valley Times"_s << QDate() << QString();
    QTest::newRow("sentence starting with By is no byline")
        << u"Polls close\n"
           u"\n"
           u"By the time the polls closed, turnout had reached a record high of 81 per cent.\n"
           u"\n"
           u"Counting starts tomorrow.\n"_s
        << u"Polls close"_s << QString() << QString() << QDate() << QString();
    QTest::newRow("dates in article sentences are ignored")
        << u"Talks to resume\n"
           u"\n"
           u"On 20 January 2025 the new government will take office, officials said on Monday.\n"
           u"\n"
           u"The first meeting is planned for 5 March 2025.\n"_s
        << u"Talks to resume"_s << QString() << QString() << QDate() << QString();
    QTest::newRow("date and person after a bar")
        << u"Harvest starts early\n\n2024-08-20 | Maria Lopez\n\nFarmers began the harvest two weeks early this year.\n"_s
        << u"Harvest starts early"_s << u"Maria Lopez"_s << QString() << QDate(2024, 8, 20) << QString();
    QTest::newRow("guardian-style date and share line")
        << u"Kremlin rejects claims of talks\n"
           u"\n"
           u"Tue 5 Mar 2024 10.15 GMT\n"
           u"Share\n"
           u"\n"
           u"The Kremlin has rejected claims that it held secret talks with the campaign.\n"_s
        << u"Kremlin rejects claims of talks"_s << QString() << QString() << QDate(2024, 3, 5) << QString();
    QTest::newRow("navigation above the headline") << u"Skip to main content\n"
                                                      u"Home > World > Europe\n"
                                                      u"\n"
                                                      u"Border reopens\n"
                                                      u"\n"
                                                      u"The border reopened to lorries on Wednesday morning.\n"_s
                                                   << u"Border reopens"_s << QString() << QString() << QDate() << QString();
}

void ArticleParserTest::metadata()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QString, outlet);
    QFETCH(QDate, published);
    QFETCH(QString, url);

    const ParsedArticle article = ArticleParser::parse(text);
    QCOMPARE(article.title, title);
    QCOMPARE(article.byline, byline);
    QCOMPARE(article.outlet, outlet);
    QCOMPARE(article.published, published);
    QCOMPARE(article.url, url);
    verifyBodyShape(article.body);
}

void ArticleParserTest::clean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("gone"); // must not occur anywhere in the body
    QTest::addColumn<QStringList>("kept"); // must be paragraphs of the body, each exactly once, in order
    QTest::addColumn<int>("removedLines");

    QTest::newRow("icon strip, date line, repeated headline")
        << u"icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon fbicon\n"
           u"19 June, 2024 08:10\n"
           u"\n"
           u"Council approves new bridge\n"
           u"\n"
           u"The vote ends a decade of argument over the crossing.\n"
           u"Council approves new bridge\n"
           u"\n"
           u"Councillors voted 31 to 9 in favour on Tuesday evening.\n"_s
        << QStringList { u"icon"_s, u"19 June"_s, u"Council approves new bridge"_s }
        << QStringList { u"The vote ends a decade of argument over the crossing."_s,
                         u"Councillors voted 31 to 9 in favour on Tuesday evening."_s }
        << 3;
    QTest::newRow("share bar and similar-content tail")
        << u"Mayor opens harbour festival\n"
           u"\n"
           u"The festival runs for three days and expects forty thousand visitors.\n"
           u"\n"
           u"Organisers said the forecast looked good for the weekend.\n"
           u"\n"
           u"Tickets are free for children under twelve, the mayor’s office said.\n"
           u"\n"
           u"\n"
           u"\n"
           u"share Share facebook pinterest whatsapp x print\n"
           u"\n"
           u"Similar Content\n"
           u"\n"
           u"Rain expected across the north\n"
           u"Rain expected across the north\n"
           u"Local team wins cup final\n"
           u"\n"
           u"Leave a Reply\n"
           u"\n"
           u"Your email address will not be published. Required fields are marked *\n"
           u"\n"
           u"Coastline Voices | © 2024 | Harbour News\n"_s
        << QStringList { u"share"_s,         u"facebook"_s,  u"Similar Content"_s,
                         u"Rain expected"_s, u"cup final"_s, u"Leave a Reply"_s,
                         u"email address"_s, u"©"_s,         u"Coastline Voices"_s }
        << QStringList { u"The festival runs for three days and expects forty thousand visitors."_s,
                         u"Organisers said the forecast looked good for the weekend."_s,
                         u"Tickets are free for children under twelve, the mayor’s office said."_s }
        << 8;
    QTest::newRow("teaser line") << u"Museum reopens its doors\n"
                                    u"\n"
                                    u"May Be Interested In:Ten soups for the autumn\n"
                                    u"\n"
                                    u"\n"
                                    u"\n"
                                    u"The museum reopened on Saturday after a two-year renovation.\u00a0\n"
                                    u"\n"
                                    u"Queues formed early.\n"_s
                                 << QStringList { u"May Be Interested In"_s, u"Ten soups"_s }
                                 << QStringList { u"The museum reopened on Saturday after a two-year renovation."_s,
                                                  u"Queues formed early."_s }
                                 << 1;
    QTest::newRow("dateline prefix stripped from the first paragraph")
        << u" date 2024-03-14 The regional parliament passed the budget on Thursday after a long debate.\n"
           u"\n"
           u"Source: a local news agency\n"
           u"\n"
           u"Background:\n"
           u"\n"
           u"The budget had been delayed twice.\n"_s
        << QStringList { u"date 2024"_s, u"2024-03-14"_s }
        << QStringList { u"The regional parliament passed the budget on Thursday after a long debate."_s,
                         u"Source: a local news agency"_s, u"Background:"_s, u"The budget had been delayed twice."_s }
        << 0;
    QTest::newRow("dateline prefix keeps a number that follows it")
        << u" date 2024-06-01 12.30 was the time the polls opened in the capital, officials said.\n"
           u"\n"
           u"Turnout was high.\n"_s
        << QStringList { u"2024-06-01"_s }
        << QStringList { u"12.30 was the time the polls opened in the capital, officials said."_s, u"Turnout was high."_s } << 0;
    QTest::newRow("byline, glued tag line, read entire article")
        << u"Orchard owners count the cost of the frost\n"
           u"\n"
           u"By Evening Gazette (Local News) | Created at 2024-02-01 10:00:00 | Updated at 2024-02-01 12:00:00 3 hours ago\n"
           u"Harvest\n"
           u"\n"
           u"Growers lost up to half of their blossom in a single night.\n"
           u"\n"
           u"“It was the worst frost in thirty years,” one grower said.\n"
           u"\n"
           u"Read Entire Article"_s
        << QStringList { u"By Evening"_s, u"Created at"_s, u"Harvest"_s, u"Read Entire Article"_s }
        << QStringList { u"Growers lost up to half of their blossom in a single night."_s,
                         u"“It was the worst frost in thirty years,” one grower said."_s }
        << 3;
    QTest::newRow("what's hot tail with a curly apostrophe")
        << u"Library extends opening hours\n"
           u"\n"
           u"The central library will open until nine in the evening from June.\n"
           u"\n"
           u"The council found the money in its culture budget.\n"
           u"\n"
           u"\n"
           u"What’s Hot\n"_s
        << QStringList { u"Hot"_s }
        << QStringList { u"The central library will open until nine in the evening from June."_s,
                         u"The council found the money in its culture budget."_s }
        << 1;
    // An image's alt text and caption: both copies are chrome, not a paragraph said twice.
    QTest::newRow("caption repeated twice")
        << u"Lighthouse keeper retires\n"
           u"\n"
           u"After forty years the last keeper hands over the keys on Friday.\n"
           u"The lighthouse at dusk\n"
           u"The lighthouse at dusk\n"
           u"\n"
           u"The light will be automated next year.\n"_s
        << QStringList { u"The lighthouse at dusk"_s }
        << QStringList { u"After forty years the last keeper hands over the keys on Friday."_s,
                         u"The light will be automated next year."_s }
        << 2;
    // A sentence printed twice is a copy: one stays.
    QTest::newRow("sentence repeated twice keeps one")
        << u"Lighthouse keeper retires\n"
           u"\n"
           u"The keeper said the light had never failed.\n"
           u"\n"
           u"The keeper said the light had never failed.\n"
           u"\n"
           u"The light will be automated next year.\n"_s
        << QStringList()
        << QStringList { u"The keeper said the light had never failed."_s, u"The light will be automated next year."_s }
        << 1;
    QTest::newRow("short quotes and a multi-paragraph quote are kept")
        << u"Minister defends the plan\n"
           u"\n"
           u"The minister spoke to reporters outside parliament on Monday.\n"
           u"\n"
           u"She said: “We looked at every other option.\n"
           u"\n"
           u"“None of them would have worked in time.\n"
           u"\n"
           u"“This is the only way to make it work.”\n"
           u"\n"
           u"“No.”\n"
           u"\n"
           u"The opposition called the plan reckless.\n"_s
        << QStringList()
        << QStringList { u"The minister spoke to reporters outside parliament on Monday."_s,
                         u"She said: “We looked at every other option."_s,
                         u"“None of them would have worked in time."_s,
                         u"“This is the only way to make it work.”"_s,
                         u"“No.”"_s,
                         u"The opposition called the plan reckless."_s }
        << 0;
    QTest::newRow("tail marker early in the text is no tail")
        << u"Festival programme announced\n"
           u"\n"
           u"Similar Content\n"
           u"\n"
           u"The programme of the summer festival was announced on Wednesday, with more than two hundred events spread over ten "
           u"days in parks, churches, libraries and the old town square, most of them free.\n"
           u"\n"
           u"The organisers expect a record attendance.\n"_s
        << QStringList()
        << QStringList { u"Similar Content"_s,
                         u"The programme of the summer festival was announced on Wednesday, with more than two hundred events spread over ten days in parks, churches, libraries and the old town square, most of them free."_s,
                         u"The organisers expect a record attendance."_s }
        << 0;
    QTest::newRow("copyright footer") << u"Ferry service resumes\n"
                                         u"\n"
                                         u"The ferry to the islands sailed again on Monday after the storm.\n"
                                         u"\n"
                                         u"From the Desk: Stories That Matter | © 2024 | Valley Times\n"_s
                                      << QStringList { u"©"_s, u"Stories That Matter"_s, u"Valley Times"_s }
                                      << QStringList { u"The ferry to the islands sailed again on Monday after the storm."_s }
                                      << 1;
    QTest::newRow("blank runs and trailing spaces")
        << u"Headline with trailing spaces   \n"
           u"\n"
           u"\n"
           u"\n"
           u"\n"
           u"First paragraph with trailing spaces.   \n"
           u"\n"
           u"\n"
           u"\n"
           u"\n"
           u"\t\n"
           u"Second paragraph.\u00a0\n"
           u"\n"
           u"\n"_s
        << QStringList { u"   "_s, u"\u00a0"_s }
        << QStringList { u"First paragraph with trailing spaces."_s, u"Second paragraph."_s } << 0;
    QTest::newRow("sentences starting with By are kept")
        << u"Polls close\n"
           u"\n"
           u"By the time the polls closed, turnout had reached a record high.\n"
           u"\n"
           u"By Thursday the count was complete.\n"_s
        << QStringList()
        << QStringList { u"By the time the polls closed, turnout had reached a record high."_s,
                         u"By Thursday the count was complete."_s }
        << 0;
    QTest::newRow("share lines and advertisement in the middle")
        << u"Zoo welcomes twin pandas\n"
           u"\n"
           u"The twins were born on Sunday night and are doing well.\n"
           u"\n"
           u"Advertisement\n"
           u"\n"
           u"Share this article\n"
           u"\n"
           u"Keepers will name them next month.\n"_s
        << QStringList { u"Advertisement"_s, u"Share this"_s }
        << QStringList { u"The twins were born on Sunday night and are doing well."_s, u"Keepers will name them next month."_s }
        << 2;
    QTest::newRow("hard-wrapped paragraph is unwrapped")
        << u"Wrapped text\n"
           u"\n"
           u"This paragraph was saved from an e-mail client that wraps its\n"
           u"lines at a fixed width of about sixty-five characters, so one\n"
           u"paragraph spans several lines of the file.\n"
           u"\n"
           u"A second paragraph.\n"_s
        << QStringList()
        << QStringList { u"This paragraph was saved from an e-mail client that wraps its lines at a fixed width of about sixty-five characters, so one paragraph spans several lines of the file."_s,
                         u"A second paragraph."_s }
        << 0;
    QTest::newRow("list lines stay separate")
        << u"Closures today\n"
           u"\n"
           u"These roads are closed:\n"
           u"High Street\n"
           u"Station Road between the bridge and the market\n"
           u"Mill Lane\n"_s
        << QStringList()
        << QStringList { u"These roads are closed:"_s, u"High Street"_s, u"Station Road between the bridge and the market"_s,
                         u"Mill Lane"_s }
        << 0;
    QTest::newRow("crlf input") << u"Headline\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"_s << QStringList { u"\r"_s }
                                << QStringList { u"First paragraph."_s, u"Second paragraph."_s } << 0;
}

void ArticleParserTest::clean()
{
    QFETCH(QString, text);
    QFETCH(QStringList, gone);
    QFETCH(QStringList, kept);
    QFETCH(int, removedLines);

    const ParsedArticle article = ArticleParser::parse(text);
    verifyBodyShape(article.body);
    for (const QString &line : std::as_const(gone))
        QVERIFY2(!article.body.contains(line), qPrintable(u"still there: "_s + line + u"\nbody:\n"_s + article.body));
    const QStringList body = paragraphs(article.body);
    qsizetype previous = -1;
    for (const QString &paragraph : std::as_const(kept)) {
        QVERIFY2(body.count(paragraph) == 1, qPrintable(u"not exactly once: "_s + paragraph + u"\nbody:\n"_s + article.body));
        const qsizetype at = body.indexOf(paragraph);
        QVERIFY2(at > previous, qPrintable(u"out of order: "_s + paragraph));
        previous = at;
    }
    QCOMPARE(body.size(), kept.size());
    QCOMPARE(article.removedLines, removedLines);
}

void ArticleParserTest::corpusStyles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QStringList>("footer");

    // Built exactly as tools/make-corpus.py writes its files: title, header, paragraphs, footer
    // lines, all joined by blank lines.
    for (const CorpusStyle &style : houseStyles()) {
        QStringList parts { u"Harbour pier to close for repairs"_s, QString(style.header).replace(u"{date}"_s, u"2024-07-09"_s) };
        parts += kCorpusParagraphs;
        parts += style.footer;
        QTest::newRow(style.name) << parts.join(u"\n\n"_s) + u'\n' << style.byline << style.outlet << style.footer;
    }
}

void ArticleParserTest::corpusStyles()
{
    QFETCH(QString, text);
    QFETCH(QString, byline);
    QFETCH(QString, outlet);
    QFETCH(QStringList, footer);

    const ParsedArticle article = ArticleParser::parse(text);
    QCOMPARE(article.title, u"Harbour pier to close for repairs"_s);
    QCOMPARE(article.published, QDate(2024, 7, 9));
    QCOMPARE(article.byline, byline);
    QCOMPARE(article.outlet, outlet);
    QCOMPARE(paragraphs(article.body), kCorpusParagraphs);
    QCOMPARE(article.removedLines, 1 + footer.size());
}

void ArticleParserTest::seeds_data()
{
    // Expectations refer to the seed files by line number (1-based) so that no seed text is copied here.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("titleLine"); // 0: no headline line; the title comes from the first paragraph
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QList<int>>("goneLines"); // chrome, metadata and duplicate lines
    QTest::addColumn<int>("datelineLine"); // a line whose leading date is cut off; 0: none

    // Caption printed twice (lines 4 and 5, both chrome), "What's Hot" tail (39).
    QTest::newRow("000 duplicated caption, tail")
        << u"000_0901229dfff58f01.txt"_s << 1 << QString() << QString() << QDate() << QList<int> { 4, 5, 39 } << 0;
    // Icon strip (1), date line (2), headline (4) repeated after the standfirst (7).
    QTest::newRow("001 icon strip, date, repeated headline")
        << u"001_a1469d3c335ad239.txt"_s << 4 << QString() << QString() << QDate(2024, 5, 23) << QList<int> { 1, 2, 7 } << 0;
    // Teaser (3), share bar (35), "Similar Content" tail with doubled teasers, reply form and footer (37–56).
    QTest::newRow("002 teaser, share bar, tail, footer")
        << u"002_3de86def23129306.txt"_s << 1 << QString() << u"Daily News"_s << QDate()
        << QList<int> { 3, 35, 37, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 52, 54, 56 } << 0;
    // No headline; " date 2024-11-07" opens the first paragraph.
    QTest::newRow("003 dateline on the first paragraph")
        << u"003_a07414719247a0af.txt"_s << 0 << QString() << QString() << QDate(2024, 11, 7) << QList<int>() << 1;
    // Byline with created/updated dates (3), tag glued to it (4), "Read Entire Article" (62).
    QTest::newRow("004 byline, tag, read entire article")
        << u"004_b1b5059588199eee.txt"_s << 1 << u"Daily Mail (World News)"_s << u"Daily Mail"_s << QDate(2024, 11, 6)
        << QList<int> { 3, 4, 62 } << 0;
}

void ArticleParserTest::seeds()
{
    QFETCH(QString, file);
    QFETCH(int, titleLine);
    QFETCH(QString, byline);
    QFETCH(QString, outlet);
    QFETCH(QDate, published);
    QFETCH(QList<int>, goneLines);
    QFETCH(int, datelineLine);

    const QString shared = sharedDir();
    if (shared.isEmpty())
        QSKIP("the shared corpora folder is not available");
    QFile in(shared + u"/corpora/seeds/"_s + file);
    if (!in.open(QIODevice::ReadOnly))
        QSKIP("the seed file is not available");
    const QString text = QString::fromUtf8(in.readAll());
    const QStringList lines = text.split(u'\n');

    const ParsedArticle article = ArticleParser::parse(text);
    QCOMPARE(article.byline, byline);
    QCOMPARE(article.outlet, outlet);
    QCOMPARE(article.published, published);
    verifyBodyShape(article.body);

    // Every other non-blank line is a paragraph of the body, in order, and nothing else is.
    QStringList expected;
    for (int n = 1; n <= lines.size(); ++n) {
        QString line = lines.at(n - 1).trimmed();
        if (line.isEmpty() || n == titleLine || goneLines.contains(n))
            continue;
        if (n == datelineLine) {
            const QString date = published.toString(Qt::ISODate);
            QVERIFY(line.contains(date));
            line = line.mid(line.indexOf(date) + date.size()).trimmed();
        }
        expected.append(line);
    }
    QCOMPARE(paragraphs(article.body), expected);
    QCOMPARE(article.removedLines, int(goneLines.size()));

    if (titleLine > 0) {
        QCOMPARE(article.title, lines.at(titleLine - 1).trimmed());
        QVERIFY(!article.body.contains(article.title));
    } else {
        // The first sentence of the first paragraph, which stays in the body.
        QVERIFY(!article.title.isEmpty());
        QVERIFY(article.title.size() <= 201);
        QVERIFY(expected.constFirst().startsWith(article.title));
        QVERIFY(!article.title.startsWith(u"date"_s));
    }
    for (const int n : std::as_const(goneLines)) {
        const QString line = lines.at(n - 1).trimmed();
        // A duplicated line keeps its first copy; everything else is gone entirely.
        if (n > 1 && !goneLines.contains(n - 1) && lines.at(n - 2).trimmed() == line)
            QCOMPARE(paragraphs(article.body).count(line), 1);
        else if (line != article.title)
            QVERIFY2(!paragraphs(article.body).contains(line), qPrintable(line));
    }
}

// BBC files are "headline\n\nparagraphs" without chrome: nothing may be removed or changed.
void ArticleParserTest::bbcArticlesAreKeptWhole()
{
    const QString shared = sharedDir();
    if (shared.isEmpty() || !QDir(shared + u"/corpora/bbc"_s).exists())
        QSKIP("the shared BBC corpus is not available");
    QDirIterator it(shared + u"/corpora/bbc"_s, { u"[0-9][0-9][0-9].txt"_s }, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QString text = QString::fromUtf8(bytes);
        if (text.contains(u'\xFFFD'))
            text = QString::fromLatin1(bytes);
        QStringList lines;
        for (const QString &line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        const ParsedArticle article = ArticleParser::parse(text);
        const QByteArray name = file.fileName().toUtf8();
        QVERIFY2(article.title == lines.constFirst(), name.constData());
        QVERIFY2(paragraphs(article.body) == lines.mid(1), name.constData());
        QVERIFY2(article.removedLines == 0, name.constData());
        QVERIFY2(article.byline.isEmpty() && article.outlet.isEmpty() && !article.published.isValid(), name.constData());
        ++files;
    }
    QVERIFY(files > 2000);
}

void ArticleParserTest::emptyInput()
{
    for (const QString &text : { QString(), u""_s, u"\n\n  \n\t"_s }) {
        const ParsedArticle article = ArticleParser::parse(text);
        QVERIFY(article.title.isEmpty());
        QVERIFY(article.body.isEmpty());
        QVERIFY(article.byline.isEmpty());
        QVERIFY(article.outlet.isEmpty());
        QVERIFY(!article.published.isValid());
        QCOMPARE(article.removedLines, 0);
    }
}

void ArticleParserTest::longSingleLine()
{
    QString line;
    line.reserve(5 * 1024 * 1024 + 16);
    while (line.size() < 5 * 1024 * 1024)
        line += u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s;
    line = line.trimmed();

    QElapsedTimer timer;
    timer.start();
    const ParsedArticle article = ArticleParser::parse(line);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(article.body, line);
    QCOMPARE(article.title, u"Lorem ipsum dolor sit amet, consectetur adipiscing elit"_s);

    // Also with no spaces and no sentence end at all.
    const QString blob(5 * 1024 * 1024, u'x');
    timer.restart();
    const ParsedArticle blobArticle = ArticleParser::parse(blob);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(blobArticle.body, blob);
    QVERIFY(blobArticle.title.size() <= 151);
}

void ArticleParserTest::largeText()
{
    QString text = u"A very long article\n\nBy Jane Smith | 2024-04-01\n\n"_s;
    const QString paragraph = u"“Repair %1 is expected to cost £2.3m,” she said, adding that work would start in May.\n\n"_s;
    text.reserve(40 * 1024 * 1024 / 2 + 2 * paragraph.size());
    for (int i = 0; text.size() < 40 * 1024 * 1024 / 2; ++i) // 40 MB of UTF-16
        text += paragraph.arg(i);

    QElapsedTimer timer;
    timer.start();
    const ParsedArticle article = ArticleParser::parse(text);
    const qint64 ms = timer.elapsed();
    qInfo("parsed %lld MB in %lld ms", qint64(text.size() * 2 >> 20), ms);
    // Generous, so that it holds under ASan too: this guards against quadratic work.
    QVERIFY2(ms < 10000, qPrintable(u"took %1 ms"_s.arg(ms)));
    QCOMPARE(article.title, u"A very long article"_s);
    QCOMPARE(article.byline, u"Jane Smith"_s);
    QCOMPARE(article.published, QDate(2024, 4, 1));
    QCOMPARE(article.removedLines, 1);
    QVERIFY(article.body.startsWith(paragraph.arg(0).trimmed()));
    QVERIFY(article.body.endsWith(u"start in May."_s));
}

QTEST_GUILESS_MAIN(ArticleParserTest)

#include "articleparser_test.moc"
