// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedetector.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Dossier::EntitySpan;
using Dossier::EntityType;
using Dossier::QuoteDetector;
using Dossier::QuoteKind;
using Dossier::QuoteSpan;

namespace {

/** The time a 300,000-character article may take: far above what it takes (about 20 ms optimised;
 *  the speed itself is bench/quotes_bench's to show), so a loaded CI machine passes, and far below
 *  what anything worse than linear would take. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr qint64 hugeTextBudgetMs = 3000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr qint64 hugeTextBudgetMs = 3000;
#elif defined(QT_NO_DEBUG)
constexpr qint64 hugeTextBudgetMs = 1000;
#else
constexpr qint64 hugeTextBudgetMs = 1000;
#endif
#elif defined(QT_NO_DEBUG)
constexpr qint64 hugeTextBudgetMs = 1000;
#else
constexpr qint64 hugeTextBudgetMs = 1000;
#endif

/** "quoted words|full|Speaker" for each quote found, in order. */
QStringList describe(const QString &text, const QList<QuoteSpan> &quotes)
{
    QStringList out;
    for (const QuoteSpan &q : quotes) {
        out << text.mid(q.start, q.end - q.start) + u'|' + (q.kind == QuoteKind::Full ? u"full"_s : u"partial"_s)
                + u'|' + q.speaker;
    }
    return out;
}

/** Every whole-word occurrence of each "Name|PER" (ORG, LOC) in @p text, as the NER would give it. */
QList<EntitySpan> entitiesIn(const QString &text, const QStringList &names)
{
    QList<EntitySpan> out;
    for (const QString &entry : names) {
        const QString name = entry.section(u'|', 0, 0);
        const QString code = entry.section(u'|', 1, 1);
        const EntityType type = code == u"ORG"_s ? EntityType::Organisation
            : code == u"LOC"_s                  ? EntityType::Location
                                                : EntityType::Person;
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const bool before = at == 0 || !text.at(at - 1).isLetterOrNumber();
            const bool after = at + name.size() >= text.size() || !text.at(at + name.size()).isLetterOrNumber();
            if (before && after)
                out.append({int(at), int(at + name.size()), type});
        }
    }
    std::sort(out.begin(), out.end(), [](const EntitySpan &a, const EntitySpan &b) { return a.start < b.start; });
    return out;
}

} // namespace

class QuoteDetectorTest : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void speakersWithEntities_data();
    void speakersWithEntities();
    void marksAndCues();
    void organisationSpeakerType();
    void entitiesGuideTheSpeaker();
    void emptyText();
    void unclosedMarkDoesNotSwallowTheArticle();
    void hugeTextIsFast();
    void hugeParagraphIsFast();
    void randomTextKeepsInvariants();
    void version();
};

void QuoteDetectorTest::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // --- quote forms
    QTest::newRow("straight double, Mr -> full name")
        << u"Gordon Brown spoke in Leeds.\n\n\"We will not raise taxes,\" Mr Brown said."_s
        << QStringList{u"We will not raise taxes,|full|Gordon Brown"_s};
    QTest::newRow("curly double, said X")
        << u"“The plan is working,” said Anna Lindqvist."_s << QStringList{u"The plan is working,|full|Anna Lindqvist"_s};
    QTest::newRow("curly single with apostrophes")
        << u"Maria Keller, the league’s chair, spoke on Monday.\n\n‘We didn’t expect the players’ union to agree,’ she said."_s
        << QStringList{u"We didn’t expect the players’ union to agree,|full|Maria Keller"_s};
    QTest::newRow("straight single with elisions")
        << u"'It's been like this since the '90s, and rock 'n' roll won't save it,' said Tom Hale."_s
        << QStringList{u"It's been like this since the '90s, and rock 'n' roll won't save it,|full|Tom Hale"_s};
    QTest::newRow("guillemets, colon")
        << u"Foreign Minister Anna Berg said: «We are ready for talks.»"_s
        << QStringList{u"We are ready for talks.|full|Anna Berg"_s};
    QTest::newRow("reversed guillemets")
        << u"»We are ready«, said Karl Weber."_s << QStringList{u"We are ready|full|Karl Weber"_s};
    QTest::newRow("low-high double")
        << u"Union leader Declan Roth said: „The offer is an insult.“"_s
        << QStringList{u"The offer is an insult.|full|Declan Roth"_s};
    QTest::newRow("low-high single")
        << u"‚We will not move‘, said Petra Lang."_s << QStringList{u"We will not move|full|Petra Lang"_s};
    QTest::newRow("nested single inside double is one quote")
        << u"“He told me ‘never again’ and left,” said Ruth Adler."_s
        << QStringList{u"He told me ‘never again’ and left,|full|Ruth Adler"_s};
    QTest::newRow("multi-paragraph quote")
        << u"Dr Sam Ortiz said:\n\n“The first part of the answer is money.\n\n“The second part is time.”\n\nThe meeting ended."_s
        << QStringList{u"The first part of the answer is money.\n\n“The second part is time.|full|Sam Ortiz"_s};
    QTest::newRow("quote re-opened inside a paragraph")
        << u"Alan Jones spoke after the vote. \"We have made mistakes. \"But we will put them right,\" said Mr Jones."_s
        << QStringList{u"We have made mistakes. \"But we will put them right,|full|Alan Jones"_s};
    QTest::newRow("colon without a verb")
        << u"Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\nQuote from Peskov: \"Talks are not planned.\""_s
        << QStringList{u"Talks are not planned.|full|Dmitry Peskov"_s};
    QTest::newRow("apostrophes only")
        << u"Don't say Russia's '90s rock 'n' roll was the players' fault, or the Joneses' either."_s << QStringList{};

    // --- full and partial
    QTest::newRow("partial: called the plan")
        << u"Jane Doe called the plan \"desperate and dangerous\"."_s
        << QStringList{u"desperate and dangerous|partial|Jane Doe"_s};
    QTest::newRow("partial: described it as")
        << u"Tom Reed described it as a “very serious matter” for the town."_s
        << QStringList{u"very serious matter|partial|Tom Reed"_s};
    QTest::newRow("partial: according to")
        << u"The deal was \"almost done\", according to Sarah Price."_s
        << QStringList{u"almost done|partial|Sarah Price"_s};
    QTest::newRow("partial: saying")
        << u"Peter Lund rejected the claim, saying it was \"complete nonsense\"."_s
        << QStringList{u"complete nonsense|partial|Peter Lund"_s};

    // --- not speech
    QTest::newRow("film title") << u"She starred in the film \"Star Wars\" last year."_s << QStringList{};
    QTest::newRow("song title") << u"The band played the song “Yesterday” twice."_s << QStringList{};
    QTest::newRow("book title") << u"He read the book \"Life of Pi\" on the train."_s << QStringList{};
    QTest::newRow("programme title") << u"The programme \"Newsnight\" covered the story."_s << QStringList{};
    QTest::newRow("title after the quote") << u"It was first reported in “War,” a new book by a reporter."_s << QStringList{};
    QTest::newRow("so-called") << u"The so-called \"experts\" were wrong."_s << QStringList{};
    QTest::newRow("scare quote") << u"The \"experts\" were wrong again."_s << QStringList{};
    QTest::newRow("nickname") << u"Dwayne \"The Rock\" Johnson arrived at the premiere."_s << QStringList{};

    // --- attribution patterns
    QTest::newRow("X says") << u"\"It is too early to tell,\" Laura Kent says."_s
                            << QStringList{u"It is too early to tell,|full|Laura Kent"_s};
    QTest::newRow("X told reporters") << u"\"We are confident,\" Mark Hill told reporters."_s
                                      << QStringList{u"We are confident,|full|Mark Hill"_s};
    QTest::newRow("X wrote on Twitter") << u"\"Thank you all,\" Kim Hale wrote on Twitter."_s
                                        << QStringList{u"Thank you all,|full|Kim Hale"_s};
    QTest::newRow("X warned") << u"\"This is not over,\" Lisa Grant warned."_s
                              << QStringList{u"This is not over,|full|Lisa Grant"_s};
    QTest::newRow("said X, appositive after")
        << u"\"Prices will rise,\" said Paul Grant, an economist at Fidelis Bank."_s
        << QStringList{u"Prices will rise,|full|Paul Grant"_s};
    QTest::newRow("role + name") << u"“No contact took place,” Kremlin spokesman Dmitry Peskov told reporters."_s
                                 << QStringList{u"No contact took place,|full|Dmitry Peskov"_s};
    QTest::newRow("name, appositive, said")
        << u"John Smith runs the firm.\n\n\"Sales fell sharply,\" Mr Smith, the firm's chief executive, said."_s
        << QStringList{u"Sales fell sharply,|full|John Smith"_s};
    QTest::newRow("name, who said, partial")
        << u"The critic Paul Dane, who said the film was \"spiky but warm\", left early."_s
        << QStringList{u"spiky but warm|partial|Paul Dane"_s};
    QTest::newRow("X added: colon") << u"Ben Cole, the club's manager, added: \"We move on.\""_s
                                    << QStringList{u"We move on.|full|Ben Cole"_s};
    QTest::newRow("organisation") << u"\"The talks were useful,\" the Kremlin said."_s
                                  << QStringList{u"The talks were useful,|full|Kremlin"_s};
    QTest::newRow("organisation's spokesman")
        << u"\"We do not comment on rumours,\" a Microsoft spokesman said."_s
        << QStringList{u"We do not comment on rumours,|full|Microsoft"_s};
    QTest::newRow("pronoun she")
        << u"Helen Moss, 52, has lived on the street for years.\n\n\"It was terrifying,\" she said."_s
        << QStringList{u"It was terrifying,|full|Helen Moss"_s};
    QTest::newRow("pronoun picks by gender")
        << u"Paul Weller met Mary Stone on Friday. \"It went well,\" she said."_s
        << QStringList{u"It went well,|full|Mary Stone"_s};
    QTest::newRow("pronoun he, Mr")
        << u"Mr Carter met Ms Lane at the port. \"We have a deal,\" he said."_s
        << QStringList{u"We have a deal,|full|Carter"_s};
    QTest::newRow("pronoun prefers a known man to a product name")
        << u"To win over Windows PC users, Mr Jobs cut the price. \"There are no excuses now,\" he said."_s
        << QStringList{u"There are no excuses now,|full|Jobs"_s};
    QTest::newRow("continued turn in the next paragraph")
        << u"\"We will fight,\" said Omar Khalid.\n\n\"We will not give up.\""_s
        << QStringList{u"We will fight,|full|Omar Khalid"_s, u"We will not give up.|full|Omar Khalid"_s};
    QTest::newRow("second quote of the paragraph")
        << u"Eva Lind spoke first. \"The bridge is safe,\" she said. \"The road is not.\""_s
        << QStringList{u"The bridge is safe,|full|Eva Lind"_s, u"The road is not.|full|Eva Lind"_s};
    QTest::newRow("new person breaks the turn")
        << u"\"We will fight,\" said Omar Khalid.\n\nAnother resident, Sven Berg, disagreed. \"It is pointless.\""_s
        << QStringList{u"We will fight,|full|Omar Khalid"_s, u"It is pointless.|full|Sven Berg"_s};
    QTest::newRow("colon: subject of the clause")
        << u"In a radio interview, Carla Mendez explained her plan: \"We start on Monday.\""_s
        << QStringList{u"We start on Monday.|full|Carla Mendez"_s};
    QTest::newRow("name, organisation's role said (no closing comma)")
        << u"\"We should seize the moment,\" Mr Prettejohn, Lloyd's chief executive said."_s
        << QStringList{u"We should seize the moment,|full|Prettejohn"_s};
    QTest::newRow("said, organisation, role, comma, name")
        << u"\"Rates helped,\" said the Northfield Trade Council chief economist, Steve Radley."_s
        << QStringList{u"Rates helped,|full|Steve Radley"_s};
    QTest::newRow("quote in the object clause, then adding:")
        << u"Party leader Roger Knapman said he would \"break open the champagne\", adding: \"It was nice knowing him.\""_s
        << QStringList{u"break open the champagne|partial|Roger Knapman"_s, u"It was nice knowing him.|full|Roger Knapman"_s};
    QTest::newRow("said: at the end of the paragraph before")
        << u"In a statement, the Ashby Water Board said:\n\n“The dam is being drained.”"_s
        << QStringList{u"The dam is being drained.|full|Ashby Water Board"_s};
    QTest::newRow("surname later -> full name")
        << u"Dmitry Peskov spoke first.\n\n\"No comment,\" Peskov said."_s
        << QStringList{u"No comment,|full|Dmitry Peskov"_s};
    QTest::newRow("nationality is not the speaker")
        << u"\"I was lucky,\" said Spanish teenager Nadal."_s << QStringList{u"I was lucky,|full|Nadal"_s};
    QTest::newRow("unnamed speaker is left empty")
        << u"Ann Cole watched from the stand. \"We were robbed,\" one fan said."_s
        << QStringList{u"We were robbed,|full|"_s};
    QTest::newRow("X of the Y said")
        << u"Tim Colt of the Harvard Academy for Area Studies said the plan was \"a gamble\"."_s
        << QStringList{u"a gamble|partial|Tim Colt"_s};
    QTest::newRow("role, name, said")
        << u"Its chief executive, Sabine Holt, said the offer was 'fair and final'."_s
        << QStringList{u"fair and final|partial|Sabine Holt"_s};
    QTest::newRow("same mark nested")
        << u"'Our 'favourite,' if you can call it that, was the other man,' Ivan Petrov said."_s
        << QStringList{u"Our 'favourite,' if you can call it that, was the other man,|full|Ivan Petrov"_s};
    QTest::newRow("clause after that is full, phrase completing the sentence is partial")
        << u"Lena Ek said that \"we will see in January.\" The deal \"will be signed before the summer,\" she said."_s
        << QStringList{u"we will see in January.|full|Lena Ek"_s, u"will be signed before the summer,|partial|Lena Ek"_s};
    QTest::newRow("re-opened after a nested quote")
        << u"Phil Don spoke to the BBC. \"Players are asked 'do you want it quick?' \"If they say yes, we move away,\" Don said."_s
        << QStringList{u"Players are asked 'do you want it quick?' \"If they say yes, we move away,|full|Phil Don"_s};
    QTest::newRow("an adverb between subject and verb")
        << u"The Port Carrow Authority had originally called its offer \"fair and final\"."_s
        << QStringList{u"fair and final|partial|Port Carrow Authority"_s};
    QTest::newRow("a quoted phrase as the subject of the verb")
        << u"Mr Mubanga said the \"MI6 agent\" told him to leave."_s << QStringList{u"MI6 agent|partial|Mubanga"_s};
    QTest::newRow("unattributed") << u"\"Nobody knows,\" read the sign on the door."_s
                                  << QStringList{u"Nobody knows,|full|"_s};
}

void QuoteDetectorTest::detect()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QuoteDetector detector;
    QCOMPARE(describe(text, detector.detect(text)), expected);
}

void QuoteDetectorTest::speakersWithEntities_data()
{
    // Speakers found with the NER's names (as the analyser runs the detector), one row per rule.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entities");
    QTest::addColumn<QStringList>("expected");

    // --- names and pronouns
    QTest::newRow("the title before the NER's name gives the gender")
        << u"Mr Hague, who wrote a life of William Pitt, also said he would keep writing.\n\nHe told the paper: \"Don't rush me.\""_s
        << QStringList{u"Hague|PER"_s, u"William Pitt|PER"_s} << QStringList{u"Don't rush me.|full|Hague"_s};
    QTest::newRow("a name that opens the quoted clause is not the pronoun's")
        << u"Speaking in court, Mr Ebbers rejected the claims. Mr Sullivan \"made the decisions,\" he told the jury."_s
        << QStringList{u"Ebbers|PER"_s, u"Sullivan|PER"_s} << QStringList{u"made the decisions,|partial|Ebbers"_s};
    QTest::newRow("the pronoun goes to the one who speaks in the sentence before")
        << u"The club wants to sign Sonny Bill Williams, and Sculthorpe said he would love him to come. \"He is a great player,\" he said."_s
        << QStringList{u"Sonny Bill Williams|PER"_s, u"Sculthorpe|PER"_s} << QStringList{u"He is a great player,|full|Sculthorpe"_s};
    QTest::newRow("the subject of the main clause, not of the clause in front")
        << u"As party leader Michael Howard began his campaign, Charles Kennedy dismissed his rivals. And he insisted there was \"no limit\" to his ambitions."_s
        << QStringList{u"Michael Howard|PER"_s, u"Charles Kennedy|PER"_s} << QStringList{u"no limit|partial|Charles Kennedy"_s};
    QTest::newRow("people do not name themselves in their own words")
        << u"Sean Long has doubts about his future. Paul Sculthorpe spoke on Monday. Long is injured. \"I think Sean's situation is hard,\" he said."_s
        << QStringList{u"Sean Long|PER"_s, u"Paul Sculthorpe|PER"_s, u"Long|PER"_s}
        << QStringList{u"I think Sean's situation is hard,|full|Paul Sculthorpe"_s};
    QTest::newRow("a name in a list is not the subject")
        << u"Lady Hale, sitting with Lords Bingham, Steyn and Hope, said the officers had acted \"on racial grounds\"."_s
        << QStringList{u"Hale|PER"_s, u"Bingham|PER"_s, u"Steyn|PER"_s, u"Hope|PER"_s} << QStringList{u"on racial grounds|partial|Hale"_s};

    // --- organisations and descriptions
    QTest::newRow("the company: the organisation named before")
        << u"Next has said its annual profit will be lower.\n\n\"Clearance rates have been below our expectations,\" the company said."_s
        << QStringList{u"Next|ORG"_s} << QStringList{u"Clearance rates have been below our expectations,|full|Next"_s};
    QTest::newRow("the council: the organisation with that word in its name")
        << u"Greyhaven City Council apologised. Lena Duarte told the Ledger she rang Pellucid Systems. The council says \"at least five months\"."_s
        << QStringList{u"Greyhaven City Council|ORG"_s, u"Lena Duarte|PER"_s, u"Ledger|ORG"_s, u"Pellucid Systems|ORG"_s}
        << QStringList{u"at least five months|partial|Greyhaven City Council"_s};
    QTest::newRow("said the group, then it said")
        << u"China was accused by the media watchdog, Reporters Without Borders. The Paris-based pressure group said the site was blocked. "
           "Portals such as Sina.com delete comments.\n\n"
           "\"China is censoring the news,\" said the group in a statement. \"Google has let itself be used,\" it said."_s
        << QStringList{u"Reporters Without Borders|ORG"_s, u"Sina.com|ORG"_s, u"Google|ORG"_s}
        << QStringList{u"China is censoring the news,|full|Reporters Without Borders"_s,
                       u"Google has let itself be used,|full|Reporters Without Borders"_s};
    QTest::newRow("a nationality: the organisation just named, not one with the same word")
        << u"Euronext met the London Stock Exchange a day after rival Deutsche Boerse put its case. The German exchange said it had held \"friendly\" talks."_s
        << QStringList{u"Euronext|ORG"_s, u"London Stock Exchange|ORG"_s, u"Deutsche Boerse|ORG"_s}
        << QStringList{u"friendly|partial|Deutsche Boerse"_s};
    QTest::newRow("a newspaper is a newspaper's name")
        << u"Mr Houston spoke to BBC News. Mr Houston was quoted in the Herald newspaper saying: \"They over-reacted.\""_s
        << QStringList{u"Houston|PER"_s, u"BBC News|ORG"_s} << QStringList{u"They over-reacted.|full|Houston"_s};
    QTest::newRow("bank officials")
        << u"Bank of America lost the tapes. Accounts would be watched for any \"unusual activity\", bank officials said."_s
        << QStringList{u"Bank of America|ORG"_s} << QStringList{u"unusual activity|partial|Bank of America"_s};
    QTest::newRow("a spokeswoman for the organisation, named later")
        << u"But a spokeswoman for MTV said it was \"unfair\".\n\nMTV spokeswoman Jeannie Kedas said the network follows the rules."_s
        << QStringList{u"MTV|ORG"_s, u"Jeannie Kedas|PER"_s} << QStringList{u"unfair|partial|Jeannie Kedas"_s};
    QTest::newRow("name, organisation's roles, said")
        << u"Brent Bozell, PTC president and conservative activist said: \"MTV is selling sex to kids.\""_s
        << QStringList{u"Brent Bozell|PER"_s, u"PTC|ORG"_s, u"MTV|ORG"_s} << QStringList{u"MTV is selling sex to kids.|full|Brent Bozell"_s};
    QTest::newRow("the description of an office: the person who holds it")
        << u"The home secretary said the reports were not \"well informed\". Later, Home Secretary Charles Clarke told the BBC he had no comment."_s
        << QStringList{u"Charles Clarke|PER"_s, u"BBC|ORG"_s} << QStringList{u"well informed|partial|Charles Clarke"_s};
    QTest::newRow("a party in capitals may differ")
        << u"New York Senator Charles Schumer was told the tapes were stolen. \"They need checks,\" the Democrat senator said."_s
        << QStringList{u"Charles Schumer|PER"_s} << QStringList{u"They need checks,|full|Charles Schumer"_s};
    QTest::newRow("a former holder is not the holder")
        << u"The chancellor said the rules were \"too tight\".\n\nEarlier, former chancellor Ken Clarke welcomed the change, as did Chancellor Gordon Brown."_s
        << QStringList{u"Ken Clarke|PER"_s, u"Gordon Brown|PER"_s} << QStringList{u"too tight|partial|Gordon Brown"_s};
    QTest::newRow("the 27-year-old: the person who has been speaking")
        << u"\"I want the job,\" Sculthorpe told BBC Sport.\n\nThe 27-year-old, who won the cup, said following Farrell would be hard. \"Andy would be a hard act to follow,\" he said."_s
        << QStringList{u"Sculthorpe|PER"_s, u"BBC Sport|ORG"_s, u"Farrell|PER"_s, u"Andy|PER"_s}
        << QStringList{u"I want the job,|full|Sculthorpe"_s, u"Andy would be a hard act to follow,|full|Sculthorpe"_s};
    QTest::newRow("the Dutchman: the person the article began with")
        << u"Tottenham manager Martin Jol praised his players.\n\n\"It was a professional performance,\" the Dutchman said."_s
        << QStringList{u"Tottenham|ORG"_s, u"Martin Jol|PER"_s} << QStringList{u"It was a professional performance,|full|Martin Jol"_s};

    QTest::newRow("a spokeswoman of the organisation that has been speaking")
        << u"The show will not return, the BBC has said.\n\nIt ran for a year. \"There are no plans for another series,\" a spokeswoman said. "
           "She added the hosts \"brought real warmth\"."_s
        << QStringList{u"BBC|ORG"_s}
        << QStringList{u"There are no plans for another series,|full|BBC"_s, u"brought real warmth|partial|BBC"_s};
    QTest::newRow("the spokesman: the organisation whose spokesman spoke before")
        << u"A spokesman for the Information Commissioner's Office said the rules were clear. \"It would not be marketing,\" he said. "
           "The spokesman said the area was \"pretty grey\"."_s
        << QStringList{u"Information Commissioner's Office|ORG"_s}
        << QStringList{u"It would not be marketing,|full|Information Commissioner's Office"_s,
                       u"pretty grey|partial|Information Commissioner's Office"_s};
    QTest::newRow("the party's spokesman: the party's man already speaking")
        << u"Michael Ancram spoke in the Commons. \"Who are they trying to kid?\" he asked. The Tory spokesman also criticised the plan. "
           "\"It is a disgrace,\" he said."_s
        << QStringList{u"Michael Ancram|PER"_s, u"Commons|ORG"_s, u"Tory|ORG"_s}
        << QStringList{u"Who are they trying to kid?|full|Michael Ancram"_s, u"It is a disgrace,|full|Michael Ancram"_s};
    QTest::newRow("the party: an organisation named without the word")
        << u"A spokesman for UKIP called on him to quit. The party asserts that Mr Hockney \"has a moral obligation\" to stand down."_s
        << QStringList{u"UKIP|ORG"_s, u"Hockney|PER"_s} << QStringList{u"has a moral obligation|partial|UKIP"_s};
    QTest::newRow("an organisation keeps its party word")
        << u"\"We have clear legal advice,\" a Labour Party spokesman said."_s << QStringList{u"Labour Party|ORG"_s}
        << QStringList{u"We have clear legal advice,|full|Labour Party"_s};
    QTest::newRow("quoted X as saying")
        << u"Oracle cut jobs. \"We're mourning a great company,\" the agency quoted Peoplesoft worker David Ogden as saying."_s
        << QStringList{u"Oracle|ORG"_s, u"Peoplesoft|ORG"_s, u"David Ogden|PER"_s}
        << QStringList{u"We're mourning a great company,|full|David Ogden"_s};
    QTest::newRow("he went on")
        << u"Lord Falconer spoke to BBC News. It was inevitable that minds became focused, he said.\n\n\"These issues are not easy,\" he went on."_s
        << QStringList{u"Falconer|PER"_s, u"BBC News|ORG"_s} << QStringList{u"These issues are not easy,|full|Falconer"_s};
    QTest::newRow("a nationality after the clause in front: its subject")
        << u"Roger Federer won again.\n\nWhen Lleyton Hewitt shook his hand, the Australian said: \"You're the best.\""_s
        << QStringList{u"Roger Federer|PER"_s, u"Lleyton Hewitt|PER"_s} << QStringList{u"You're the best.|full|Lleyton Hewitt"_s};
    QTest::newRow("a noun after a possessive is not a verb")
        << u"Wada chairman Dick Pound said: \"We will appeal.\" Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments. "
           "\"Comments like these only embarrass them,\" he told BBC Sport."_s
        << QStringList{u"Dick Pound|PER"_s, u"Kenteris|PER"_s, u"Gregory Ioannidis|PER"_s, u"Pound|PER"_s, u"BBC Sport|ORG"_s}
        << QStringList{u"We will appeal.|full|Dick Pound"_s, u"Comments like these only embarrass them,|full|Gregory Ioannidis"_s};
    QTest::newRow("a name the NER missed after the quote: not guessed from elsewhere")
        << u"In 2004, growth will be 4.7%, the Finance Ministry said. \"Our worry is the government's optimism,\" consultancy 4Cast said."_s
        << QStringList{u"Finance Ministry|ORG"_s} << QStringList{u"Our worry is the government's optimism,|full|"_s};

    QTest::newRow("the firm: the organisation that spoke, not its product")
        << u"Macrovision says its new RipGuard technology will stop most copying. \"It is designed to reduce ripping,\" said the firm."_s
        << QStringList{u"Macrovision|ORG"_s, u"RipGuard|ORG"_s} << QStringList{u"It is designed to reduce ripping,|full|Macrovision"_s};
    QTest::newRow("a spokesman after the organisation that acted")
        << u"The League Against Cruel Sports say they will watch the hunts. The Association of Chief Police Officers has issued guidance. "
           "A spokesman said: \"It will be based on intelligence.\""_s
        << QStringList{u"League Against Cruel Sports|ORG"_s, u"Association of Chief Police Officers|ORG"_s}
        << QStringList{u"It will be based on intelligence.|full|Association of Chief Police Officers"_s};
    QTest::newRow("the words before a parenthetical he claimed are what he claimed")
        << u"Michael Howard gave his New Year message.\n\nMr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\"."_s
        << QStringList{u"Michael Howard|PER"_s, u"Blair|PER"_s} << QStringList{u"wrong solution|partial|Michael Howard"_s};
    QTest::newRow("the party's leader: who was reported speaking")
        << u"Tony Blair has failed, Michael Howard has said.\n\n\"Britain is heading in the wrong direction,\" the Conservative leader said."_s
        << QStringList{u"Tony Blair|PER"_s, u"Michael Howard|PER"_s, u"Conservative|ORG"_s}
        << QStringList{u"Britain is heading in the wrong direction,|full|Michael Howard"_s};
    QTest::newRow("the actor: the one who spoke in the sentence before")
        << u"\"It was a tragedy,\" said Christine Rush. Jeremy Irons said he had wondered whether to attend. "
           "\"I questioned whether I should come,\" the British actor said."_s
        << QStringList{u"Christine Rush|PER"_s, u"Jeremy Irons|PER"_s}
        << QStringList{u"It was a tragedy,|full|Christine Rush"_s, u"I questioned whether I should come,|full|Jeremy Irons"_s};

    QTest::newRow("it said, after said the committee")
        << u"The department suffered from an \"unusually high turnover\" of staff, said the Constitutional Affairs Select Committee. "
           "It said the Department for Constitutional Affairs had shown a \"lack of leadership\"."_s
        << QStringList{u"Constitutional Affairs Select Committee|ORG"_s, u"Department for Constitutional Affairs|ORG"_s}
        << QStringList{u"unusually high turnover|partial|Constitutional Affairs Select Committee"_s,
                       u"lack of leadership|partial|Constitutional Affairs Select Committee"_s};
    QTest::newRow("a sentence whose subject is a description of a person")
        << u"Jose Antonio Reyes is linked with Real Madrid.\n\nThe Spaniard believed he was talking to director Emilio Butragueno. "
           "\"I wish I was playing for Real Madrid,\" the 21-year-old told Cadena Cope."_s
        << QStringList{u"Jose Antonio Reyes|PER"_s, u"Real Madrid|ORG"_s, u"Emilio Butragueno|PER"_s, u"Cadena Cope|ORG"_s}
        << QStringList{u"I wish I was playing for Real Madrid,|full|Jose Antonio Reyes"_s};
    QTest::newRow("name, role of the organisation said")
        << u"Prince Harry should see \"the results of the symbol\", Rabbi Marvin Hier, founder of rights group the Simon Wiesenthal Center said."_s
        << QStringList{u"Prince Harry|PER"_s, u"Marvin Hier|PER"_s, u"Simon Wiesenthal Center|ORG"_s}
        << QStringList{u"the results of the symbol|partial|Marvin Hier"_s};
    QTest::newRow("the clause after said is not the speaker")
        << u"The committee said the National Audit Office should investigate. It blamed the managers for a \"multitude of problems\"."_s
        << QStringList{u"National Audit Office|ORG"_s} << QStringList{u"multitude of problems|partial|"_s};

    QTest::newRow("a transcript: the quote after the colon goes on from the paragraph before")
        << u"Rob Partridge remembers the man behind the legend.\n\nPartridge worked with Marley from 1977.\n\n: \"I joined Island Records in 1977.\""_s
        << QStringList{u"Rob Partridge|PER"_s, u"Partridge|PER"_s, u"Marley|PER"_s, u"Island Records|ORG"_s}
        << QStringList{u"I joined Island Records in 1977.|full|Rob Partridge"_s};
    QTest::newRow("a sentence in the first person is the last speaker's, not its subject's")
        << u"\"I saw him many times,\" Rob Partridge said.\n\nBob was one of the most mesmeric people I've worked with. \"He had an iron will.\""_s
        << QStringList{u"Rob Partridge|PER"_s, u"Bob|PER"_s}
        << QStringList{u"I saw him many times,|full|Rob Partridge"_s, u"He had an iron will.|full|Rob Partridge"_s};

    // --- unnamed speakers
    QTest::newRow("one dealer: unnamed, and so is the pronoun after")
        << u"\"It's a result,\" said Nick Bubb, an analyst. However, one dealer, who asked not to be named, told Reuters the sales were "
           "\"not what people had hoped for\". \"It has been tough,\" he said."_s
        << QStringList{u"Nick Bubb|PER"_s, u"Reuters|ORG"_s}
        << QStringList{u"It's a result,|full|Nick Bubb"_s, u"not what people had hoped for|partial|"_s, u"It has been tough,|full|"_s};
    QTest::newRow("a member of an organisation is not the organisation")
        << u"Another member of the Cabinet says she was told: \"Who have you been sleeping with?\""_s << QStringList{u"Cabinet|ORG"_s}
        << QStringList{u"Who have you been sleeping with?|full|"_s};

    // --- which sentence speaks
    QTest::newRow("a later sentence that reports speech beats an earlier quote")
        << u"\"It is like a club,\" Sarah Teather told researchers. Prof Joni Lovenduski said she was shocked. \"We expected a bit of this.\""_s
        << QStringList{u"Sarah Teather|PER"_s, u"Joni Lovenduski|PER"_s}
        << QStringList{u"It is like a club,|full|Sarah Teather"_s, u"We expected a bit of this.|full|Joni Lovenduski"_s};
    QTest::newRow("the subject of the quote's own sentence")
        << u"Gordon Brown spoke in Leeds. The Chancellor said the plans would mean cuts. Mr Brown also warned of being \"distracted or diverted\"."_s
        << QStringList{u"Gordon Brown|PER"_s, u"Chancellor|ORG"_s, u"Brown|PER"_s}
        << QStringList{u"distracted or diverted|partial|Gordon Brown"_s};
    QTest::newRow("a passive subject is not the speaker")
        << u"David Blunkett has been accused of using the \"politics of confusion\"."_s << QStringList{u"David Blunkett|PER"_s}
        << QStringList{u"politics of confusion|partial|"_s};
    QTest::newRow("a paragraph that opens with a quote goes on with the one the paragraph before reported")
        << u"In the Commons, Tory spokesman Julian Lewis suggested the posters were a smear.\n\n"
           "\"How could you have thought anything else?\" Alan Milburn replied that they were not. \"They were anti-Tory,\" he said."_s
        << QStringList{u"Commons|ORG"_s, u"Julian Lewis|PER"_s, u"Alan Milburn|PER"_s}
        << QStringList{u"How could you have thought anything else?|full|Julian Lewis"_s, u"They were anti-Tory,|full|Alan Milburn"_s};
    QTest::newRow("he was due to say")
        << u"Michael Howard spoke in Kent.\n\n\"We have a moral responsibility,\" he was due to say. \"Fair play matters.\""_s
        << QStringList{u"Michael Howard|PER"_s}
        << QStringList{u"We have a moral responsibility,|full|Michael Howard"_s, u"Fair play matters.|full|Michael Howard"_s};
}

void QuoteDetectorTest::speakersWithEntities()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entities);
    QFETCH(QStringList, expected);
    const QuoteDetector detector;
    QCOMPARE(describe(text, detector.detect(text, entitiesIn(text, entities))), expected);
}

void QuoteDetectorTest::marksAndCues()
{
    const QString text = u"Anna Berg left. He said: “Yes.” Then “No,” she added."_s;
    const QList<QuoteSpan> quotes = QuoteDetector().detect(text);
    QCOMPARE(quotes.size(), 2);
    const QuoteSpan &a = quotes.at(0);
    QCOMPARE(text.mid(a.markStart, a.markEnd - a.markStart), u"“Yes.”"_s);
    QCOMPARE(text.mid(a.start, a.length()), u"Yes."_s);
    const QuoteSpan &b = quotes.at(1);
    QCOMPARE(b.speaker, u"Anna Berg"_s);
    QCOMPARE(text.mid(b.cueStart, b.cueEnd - b.cueStart), u"she"_s);
}

void QuoteDetectorTest::organisationSpeakerType()
{
    const QString text = u"\"The talks were useful,\" the Kremlin said. \"It went well,\" said Tom Reed."_s;
    const QList<QuoteSpan> quotes = QuoteDetector().detect(text);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(0).speakerType, EntityType::Organisation);
    QCOMPARE(quotes.at(1).speakerType, EntityType::Person);
}

void QuoteDetectorTest::entitiesGuideTheSpeaker()
{
    // Without entities "Acme Widgets" looks like a person's name; the NER says it is a company.
    const QString text = u"\"We are ready,\" said Acme Widgets."_s;
    const QuoteDetector detector;
    QCOMPARE(detector.detect(text).value(0).speakerType, EntityType::Person);
    const int at = int(text.indexOf(u"Acme"));
    const QList<EntitySpan> entities{{at, at + 12, EntityType::Organisation}};
    const QList<QuoteSpan> quotes = detector.detect(text, entities);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.at(0).speaker, u"Acme Widgets"_s);
    QCOMPARE(quotes.at(0).speakerType, EntityType::Organisation);
}

void QuoteDetectorTest::emptyText()
{
    const QuoteDetector detector;
    QVERIFY(detector.detect(QString()).isEmpty());
    QVERIFY(detector.detect(u"   \n\n  "_s).isEmpty());
    QVERIFY(detector.detect(u"\"\"''“”"_s).isEmpty());
}

void QuoteDetectorTest::unclosedMarkDoesNotSwallowTheArticle()
{
    QString text = u"He said \"this never ends and goes on.\n\n"_s;
    for (int i = 0; i < 50; ++i)
        text += u"Paragraph %1 has no quote at all. It is plain text.\n\n"_s.arg(i);
    text += u"\"A real quote,\" said Ann Lee."_s;
    const QList<QuoteSpan> quotes = QuoteDetector().detect(text);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(text.mid(quotes.at(0).start, quotes.at(0).length()), u"this never ends and goes on."_s);
    QVERIFY(quotes.at(0).markEnd <= text.indexOf(u"\n\n"));
    QCOMPARE(quotes.at(1).speaker, u"Ann Lee"_s);
}

void QuoteDetectorTest::hugeTextIsFast()
{
    const QString para = u"Maria Keller, the league’s chair, spoke on Monday about the players’ union and the '90s. "
                         "“We didn’t expect this,” she said. The so-called \"experts\" disagreed, calling it "
                         "\"a serious mistake\".\n\n"_s;
    QString text;
    while (text.size() < 300000)
        text += para;
    const int paragraphs = int(text.size() / para.size());
    const QuoteDetector detector;
    detector.detect(text); // warm up the word lists
    QElapsedTimer timer;
    timer.start();
    const QList<QuoteSpan> quotes = detector.detect(text);
    const qint64 ms = timer.elapsed();
    qInfo("%lld ms for %lld characters", static_cast<long long>(ms), static_cast<long long>(text.size()));
    QCOMPARE(quotes.size(), 2 * paragraphs);
    QCOMPARE(quotes.at(0).speaker, u"Maria Keller"_s);
    QVERIFY2(ms < hugeTextBudgetMs, qPrintable(u"%1 ms for %2 characters"_s.arg(ms).arg(text.size())));
}

void QuoteDetectorTest::hugeParagraphIsFast()
{
    // One 300,000-character paragraph: many quotes with no attribution and stray apostrophes, the
    // worst case for rules that look around a quote within its paragraph.
    QString text;
    while (text.size() < 300000)
        text += u"The 'rules of 'the game \"were never clear\" and \"nobody knew them\" at all. "_s;
    const QuoteDetector detector;
    QElapsedTimer timer;
    timer.start();
    const QList<QuoteSpan> quotes = detector.detect(text);
    const qint64 ms = timer.elapsed();
    qInfo("%lld ms for %lld characters", static_cast<long long>(ms), static_cast<long long>(text.size()));
    QVERIFY(quotes.size() > 1000);
    QVERIFY2(ms < hugeTextBudgetMs, qPrintable(u"%1 ms for %2 characters"_s.arg(ms).arg(text.size())));
}

void QuoteDetectorTest::randomTextKeepsInvariants()
{
    // Random mixes of words, marks, apostrophes and line breaks: every span lies inside the text,
    // inside its marks, and the quotes come in order without overlapping.
    const QStringList pieces{u"said"_s, u"Mr Smith"_s, u"he"_s, u"'"_s, u"\""_s, u"“"_s, u"”"_s, u"‘"_s,
                             u"’"_s, u"«"_s, u"»"_s, u"„"_s, u"‚"_s, u"don't"_s, u"'90s"_s, u". "_s,
                             u", "_s, u": "_s, u"\n\n"_s, u"\n"_s, u" "_s, u"Anna Berg"_s, u"the film"_s, u"it"_s};
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    const QuoteDetector detector;
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int n = int(next() % 60);
        for (int i = 0; i < n; ++i)
            text += pieces.at(int(next() % pieces.size())) + (next() % 2 ? u" "_s : QString());
        const QList<QuoteSpan> quotes = detector.detect(text);
        int previousEnd = 0;
        for (const QuoteSpan &q : quotes) {
            QVERIFY2(q.markStart >= previousEnd, qPrintable(text));
            QVERIFY2(q.markStart <= q.start && q.start < q.end && q.end <= q.markEnd, qPrintable(text));
            QVERIFY2(q.markEnd <= text.size(), qPrintable(text));
            QVERIFY2(q.cueStart == -1 || (q.cueStart >= 0 && q.cueStart < q.cueEnd && q.cueEnd <= text.size()),
                     qPrintable(text));
            previousEnd = q.markEnd;
        }
    }
}

void QuoteDetectorTest::version()
{
    QVERIFY(QuoteDetector::version() >= 1);
}

QTEST_GUILESS_MAIN(QuoteDetectorTest)
#include "quotedetector_test.moc"
