// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyser.h"
#include "analysisstore.h"

#include <QTest>

using namespace Dossier;

class AnalyserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("surname after full name") << "Dmitry Peskov spoke. Later Peskov said no." << "Peskov" << int(EntityType::Person) << "Dmitry Peskov";
        QTest::newRow("first name after full name") << "Dmitry Peskov spoke. Later Dmitry said no." << "Dmitry" << int(EntityType::Person) << "Dmitry Peskov";
        QTest::newRow("possessive dropped") << "Dmitry Peskov spoke. Peskov's aide left." << "Peskov's" << int(EntityType::Person) << "Dmitry Peskov";
        QTest::newRow("two of one surname: no guess") << "Gordon Brown and Nick Brown came. Brown spoke." << "Brown" << int(EntityType::Person) << "Brown";
        QTest::newRow("organisation without the") << "The Kremlin said so." << "The Kremlin" << int(EntityType::Organisation) << "Kremlin";
        QTest::newRow("place as written") << "Rain in Glasgow." << "Glasgow" << int(EntityType::Location) << "Glasgow";
    }

    void canonicalNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        QFETCH(int, type);
        QFETCH(QString, canonical);
        // Every capitalised person name in the text as a person span, the mention with its type.
        QList<EntitySpan> spans;
        for (const QString &name : {QStringLiteral("Dmitry Peskov"), QStringLiteral("Gordon Brown"), QStringLiteral("Nick Brown")}) {
            const qsizetype at = text.indexOf(name);
            if (at >= 0)
                spans.append({int(at), int(at + name.size()), EntityType::Person});
        }
        const qsizetype at = text.lastIndexOf(mention);
        QVERIFY(at >= 0);
        spans.append({int(at), int(at + mention.size()), EntityType(type)});
        std::sort(spans.begin(), spans.end(), [](const EntitySpan &a, const EntitySpan &b) { return a.start < b.start; });
        const QList<QString> names = Analyser::canonicalNames(text, spans);
        QCOMPARE(names.size(), spans.size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            if (spans.at(i).start == at)
                QCOMPARE(names.at(i), canonical);
        }
    }

    void nameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << "Dmitry PESKOV" << "dmitry peskov";
        QTest::newRow("white space") << "  Dmitry \n\t Peskov " << "dmitry peskov";
        QTest::newRow("the") << "The Kremlin" << "kremlin";
        QTest::newRow("the inside") << "Bank of the North" << "bank of the north";
        QTest::newRow("curly apostrophe") << "O\u2019Neill" << "o'neill";
        QTest::newRow("accents kept") << "Zoë Ådahl" << "zoë ådahl";
        QTest::newRow("empty") << "" << "";
    }

    void nameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(AnalysisStore::nameKey(name), key);
    }

    void correctEntities_rolesPartiesAndMissedOrganisations()
    {
        const QString text = QStringLiteral("The Chancellor met Tory leader Michael Howard. Labour and the Kremlin disagreed. Labourers left.");
        const auto span = [&](const QString &t, EntityType type) {
            const int at = int(text.indexOf(t));
            return EntitySpan{at, at + int(t.size()), type};
        };
        const QList<EntitySpan> corrected = Analyser::correctEntities(
            text, {span(QStringLiteral("Chancellor"), EntityType::Person), span(QStringLiteral("Tory"), EntityType::Person),
                   span(QStringLiteral("Michael Howard"), EntityType::Person), span(QStringLiteral("Labour"), EntityType::Person)});
        QStringList got;
        for (const EntitySpan &e : corrected)
            got << text.mid(e.start, e.length()) + QLatin1Char('/') + entityTypeCode(e.type);
        // No role, no party adjective as a person; the party and the Kremlin are organisations, the
        // Kremlin found although the model missed it; "Labourers" is not "Labour".
        QCOMPARE(got, (QStringList{QStringLiteral("Michael Howard/PER"), QStringLiteral("Labour/ORG"), QStringLiteral("Kremlin/ORG")}));
    }

    void correctEntities_spansNeverOverlap()
    {
        // Spans that overlap on the way in (two rules, or the model and a rule, each found a name)
        // come out as one: the reader, the registry and the export count on disjoint spans.
        const QString text = QStringLiteral("The leader of the Liberal Democrats, Charles Kennedy, spoke in Bath on Monday.");
        const auto span = [&](const QString &t, EntityType type) {
            const int at = int(text.indexOf(t));
            return EntitySpan{at, at + int(t.size()), type};
        };
        const QList<EntitySpan> corrected = Analyser::correctEntities(
            text, {span(QStringLiteral("Liberal Democrats"), EntityType::Organisation), span(QStringLiteral("Democrats"), EntityType::Organisation),
                   span(QStringLiteral("Charles Kennedy"), EntityType::Person), span(QStringLiteral("Kennedy"), EntityType::Person),
                   span(QStringLiteral("Bath"), EntityType::Location)});
        QVERIFY(!corrected.isEmpty());
        for (qsizetype i = 1; i < corrected.size(); ++i)
            QVERIFY2(corrected.at(i).start >= corrected.at(i - 1).end,
                     qPrintable(text.mid(corrected.at(i - 1).start, corrected.at(i - 1).length()) + QStringLiteral(" / ")
                                + text.mid(corrected.at(i).start, corrected.at(i).length())));
        QStringList got;
        for (const EntitySpan &e : corrected)
            got << text.mid(e.start, e.length());
        QVERIFY(got.contains(QStringLiteral("Liberal Democrats")));
        QVERIFY(got.contains(QStringLiteral("Charles Kennedy")));
    }

    void correctEntities_weekdayInANameIsNoDate()
    {
        const QString text = QStringLiteral("The Sunday Times said on Sunday that Monday's vote stands.");
        const auto at = [&](const QString &t, int from = 0) { return int(text.indexOf(t, from)); };
        const QList<EntitySpan> corrected = Analyser::correctEntities(
            text, {{at(QStringLiteral("Sunday")), at(QStringLiteral("Sunday")) + 6, EntityType::Date},
                   {at(QStringLiteral("Sunday"), 10), at(QStringLiteral("Sunday"), 10) + 6, EntityType::Date},
                   {at(QStringLiteral("Monday")), at(QStringLiteral("Monday")) + 6, EntityType::Date}});
        // The newspaper's name is found as an organisation's (it ends in "Times"); the weekday in it
        // is no date, the two after are.
        QStringList got;
        for (const EntitySpan &e : corrected)
            got << text.mid(e.start, e.length()) + QLatin1Char('/') + entityTypeCode(e.type);
        QCOMPARE(got, (QStringList{QStringLiteral("Sunday Times/ORG"), QStringLiteral("Sunday/DATE"), QStringLiteral("Monday/DATE")}));
    }

    // The model's spans (text/TYPE, found in the text in order) corrected, as text/TYPE.
    static QStringList corrected(const QString &text, const QList<std::pair<QString, EntityType>> &spans)
    {
        QList<EntitySpan> list;
        qsizetype from = 0;
        for (const auto &[name, type] : spans) {
            const qsizetype at = text.indexOf(name, from);
            Q_ASSERT(at >= 0);
            list.append({int(at), int(at + name.size()), type});
            from = at + name.size();
        }
        QStringList got;
        for (const EntitySpan &e : Analyser::correctEntities(text, list))
            got << text.mid(e.start, e.length()) + QLatin1Char('/') + entityTypeCode(e.type);
        return got;
    }

    void correctEntities_countriesArePlacesUnlessTheyPlay()
    {
        using T = EntityType;
        // Acting is no reason to be an organisation; a team is one.
        QCOMPARE(corrected(QStringLiteral("The US government denied it. Talks with the UK went on."),
                           {{QStringLiteral("US"), T::Organisation}, {QStringLiteral("UK"), T::Location}}),
                 (QStringList{QStringLiteral("US/LOC"), QStringLiteral("UK/LOC")}));
        QCOMPARE(corrected(QStringLiteral("The England coach was injured in London."),
                           {{QStringLiteral("England"), T::Location}, {QStringLiteral("London"), T::Location}}),
                 (QStringList{QStringLiteral("England/ORG"), QStringLiteral("London/LOC")}));
        // In a sports report, a country played against is the team, and so is a town.
        const QString report = QStringLiteral("The striker scored twice in the match against Holland. Newcastle v Tottenham is next.");
        QCOMPARE(corrected(report, {{QStringLiteral("Holland"), T::Location}, {QStringLiteral("Newcastle"), T::Location},
                                    {QStringLiteral("Tottenham"), T::Organisation}}),
                 (QStringList{QStringLiteral("Holland/ORG"), QStringLiteral("Newcastle/ORG"), QStringLiteral("Tottenham/ORG")}));
        // Not in a report on trade.
        QCOMPARE(corrected(QStringLiteral("Exports against Holland rose."), {{QStringLiteral("Holland"), T::Location}}),
                 (QStringList{QStringLiteral("Holland/LOC")}));
    }

    void correctEntities_namesThatSayWhatTheyName()
    {
        using T = EntityType;
        // The last word says it: a company, a place; and an event is no name at all.
        QCOMPARE(corrected(QStringLiteral("Tyson Foods met at the Roosevelt Hotel before the Buenos Aires Open."),
                           {{QStringLiteral("Tyson Foods"), T::Person}, {QStringLiteral("Roosevelt Hotel"), T::Organisation},
                            {QStringLiteral("Buenos Aires Open"), T::Location}}),
                 (QStringList{QStringLiteral("Tyson Foods/ORG"), QStringLiteral("Roosevelt Hotel/LOC")}));
        // Cut short by the model: a country before an institution, a station's number, "of".
        QCOMPARE(corrected(QStringLiteral("The UK Film Council told BBC Radio 4 about the House of Fraser."),
                           {{QStringLiteral("UK"), T::Location}, {QStringLiteral("Film Council"), T::Organisation},
                            {QStringLiteral("BBC Radio"), T::Organisation}, {QStringLiteral("House"), T::Organisation},
                            {QStringLiteral("Fraser"), T::Location}}),
                 (QStringList{QStringLiteral("UK Film Council/ORG"), QStringLiteral("BBC Radio 4/ORG"), QStringLiteral("House of Fraser/ORG")}));
        // Missed altogether, found by its last word.
        QCOMPARE(corrected(QStringLiteral("Data from the British Retail Consortium showed a slip."), {}),
                 (QStringList{QStringLiteral("British Retail Consortium/ORG")}));
        // But a company of a country is two names.
        QCOMPARE(corrected(QStringLiteral("Ericsson of Sweden agreed."), {{QStringLiteral("Ericsson"), T::Organisation}, {QStringLiteral("Sweden"), T::Location}}),
                 (QStringList{QStringLiteral("Ericsson/ORG"), QStringLiteral("Sweden/LOC")}));
    }

    void correctEntities_rolesInsideASpan()
    {
        using T = EntityType;
        QCOMPARE(corrected(QStringLiteral("Liberal Democrat MP Jackie Ballard and Margaret Moran MP spoke."),
                           {{QStringLiteral("Liberal Democrat MP Jackie Ballard"), T::Organisation},
                            {QStringLiteral("Margaret Moran MP"), T::Person}}),
                 (QStringList{QStringLiteral("Liberal Democrat/ORG"), QStringLiteral("Jackie Ballard/PER"), QStringLiteral("Margaret Moran/PER")}));
        QCOMPARE(corrected(QStringLiteral("New York Attorney General Eliot Spitzer said so."),
                           {{QStringLiteral("New York Attorney General Eliot Spitzer"), T::Location}}),
                 (QStringList{QStringLiteral("New York/LOC"), QStringLiteral("Eliot Spitzer/PER")}));
    }

    void correctEntities_aWordForAPersonBeforeAName()
    {
        using T = EntityType;
        QCOMPARE(corrected(QStringLiteral("Company spokesman Gus Whitcomb said the analyst Gartner agreed."),
                           {{QStringLiteral("Gus Whitcomb"), T::Organisation}, {QStringLiteral("Gartner"), T::Person}}),
                 (QStringList{QStringLiteral("Gus Whitcomb/PER"), QStringLiteral("Gartner/ORG")}));
        // Not where the name says it is an organisation.
        QCOMPARE(corrected(QStringLiteral("Its director Tyson Foods named."), {{QStringLiteral("Tyson Foods"), T::Organisation}}),
                 (QStringList{QStringLiteral("Tyson Foods/ORG")}));
    }

    void correctEntities_shortNamesOfCountries()
    {
        // Found where the model missed them, but not in an event's name.
        QCOMPARE(corrected(QStringLiteral("Weak US fuel stocks worried the UK before the US Open."), {}),
                 (QStringList{QStringLiteral("US/LOC"), QStringLiteral("UK/LOC")}));
    }

    void correctEntities_abbreviations()
    {
        using T = EntityType;
        // What an abbreviation stands for says what it is, also where the model thought otherwise.
        QCOMPARE(corrected(QStringLiteral("The Financial Services Authority (FSA) fined it. The FSA said so."),
                           {{QStringLiteral("Financial Services Authority"), T::Organisation}, {QStringLiteral("FSA"), T::Location},
                            {QStringLiteral("FSA"), T::Person}}),
                 (QStringList{QStringLiteral("Financial Services Authority/ORG"), QStringLiteral("FSA/ORG"), QStringLiteral("FSA/ORG")}));
        // Common nouns abbreviated name nothing.
        QCOMPARE(corrected(QStringLiteral("A vote by qualified majority voting (QMV) is planned. QMV is disputed."),
                           {{QStringLiteral("QMV"), T::Organisation}, {QStringLiteral("QMV"), T::Organisation}}),
                 QStringList());
    }

    void correctEntities_lineUpsNamePlayers()
    {
        using T = EntityType;
        const QString report = QStringLiteral("The striker scored in the match.\n\nKiely, Young, Konchesky, Murphy (Euell 78), Holland.\n");
        QCOMPARE(corrected(report, {{QStringLiteral("Kiely"), T::Person}, {QStringLiteral("Young"), T::Organisation},
                                    {QStringLiteral("Konchesky"), T::Location}, {QStringLiteral("Murphy"), T::Person},
                                    {QStringLiteral("Euell"), T::Organisation}, {QStringLiteral("Holland"), T::Location}}),
                 (QStringList{QStringLiteral("Kiely/PER"), QStringLiteral("Young/PER"), QStringLiteral("Konchesky/PER"),
                              QStringLiteral("Murphy/PER"), QStringLiteral("Euell/PER"), QStringLiteral("Holland/PER")}));
        // A squad list: the clubs in brackets are clubs.
        const QString squad = QStringLiteral("The striker scored in the match.\n\nRoberts (Wrexham), Collins (Sunderland), Edwards (Wolves), Page.\n");
        QCOMPARE(corrected(squad, {{QStringLiteral("Roberts"), T::Person}, {QStringLiteral("Wrexham"), T::Location},
                                   {QStringLiteral("Collins"), T::Location}, {QStringLiteral("Sunderland"), T::Location},
                                   {QStringLiteral("Edwards"), T::Person}, {QStringLiteral("Wolves"), T::Location}}),
                 (QStringList{QStringLiteral("Roberts/PER"), QStringLiteral("Wrexham/ORG"), QStringLiteral("Collins/PER"),
                              QStringLiteral("Sunderland/ORG"), QStringLiteral("Edwards/PER"), QStringLiteral("Wolves/ORG")}));
    }

    void correctEntities_oneWordPersonWithCompanyCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::newRow("shares") << "Yukos shares fell. Yukos said nothing." << "Yukos" << "ORG";
        QTest::newRow("possessive and chief") << "Sony's chief executive spoke." << "Sony" << "ORG";
        QTest::newRow("preceded by firm") << "The oil firm Yukos was sold." << "Yukos" << "ORG";
        QTest::newRow("fans") << "Chelsea fans cheered." << "Chelsea" << "ORG";
        QTest::newRow("named in full elsewhere") << "Paul Chelsea scored. Chelsea fans cheered him." << "Chelsea" << "PER";
        QTest::newRow("with a title") << "Mr Yukos spoke. Yukos shares rose." << "Yukos" << "PER";
        QTest::newRow("no cue") << "Madonna sang. Madonna left." << "Madonna" << "PER";
        QTest::newRow("said it") << "Yukos said it would appeal." << "Yukos" << "ORG";
        QTest::newRow("shares in") << "Shares in Yukos fell." << "Yukos" << "ORG";
    }

    void correctEntities_oneWordPersonWithCompanyCues()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QList<EntitySpan> spans;
        if (const qsizetype full = text.indexOf(QStringLiteral("Paul Chelsea")); full >= 0)
            spans.append({int(full), int(full + 12), EntityType::Person});
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const bool insideFull = !spans.isEmpty() && at >= spans.first().start && at < spans.first().end;
            if (!insideFull)
                spans.append({int(at), int(at + name.size()), EntityType::Person});
        }
        std::sort(spans.begin(), spans.end(), [](const EntitySpan &a, const EntitySpan &b) { return a.start < b.start; });
        const QList<EntitySpan> corrected = Analyser::correctEntities(text, spans);
        bool checked = false;
        for (const EntitySpan &e : corrected) {
            if (text.mid(e.start, e.length()) == name) {
                QCOMPARE(entityTypeCode(e.type), type);
                checked = true;
            }
        }
        QVERIFY(checked);
    }

    void correctEntities_aWordTheModelMissedWithACompanyCue()
    {
        // Said to have an editor, or called a firm: an organisation, and so wherever else it stands.
        QCOMPARE(corrected(QStringLiteral("Among them was NME editor Conor McNicholas. He joined NME in 2002."),
                           {{QStringLiteral("Conor McNicholas"), EntityType::Person}}),
                 (QStringList{QStringLiteral("NME/ORG"), QStringLiteral("Conor McNicholas/PER"), QStringLiteral("NME/ORG")}));
        QCOMPARE(corrected(QStringLiteral("It was referred to trade body Intellect."), {}),
                 (QStringList{QStringLiteral("Intellect/ORG")}));
        QCOMPARE(corrected(QStringLiteral("They took it to the Financial Ombudsman Service on Monday."), {}),
                 (QStringList{QStringLiteral("Financial Ombudsman Service/ORG")}));
        QCOMPARE(corrected(QStringLiteral("A Department for Education and Skills spokeswoman said so."),
                           {{QStringLiteral("Department"), EntityType::Organisation}}),
                 (QStringList{QStringLiteral("Department for Education and Skills/ORG")}));
        // Not an adjective, nor one word of a longer name.
        QCOMPARE(corrected(QStringLiteral("It angered the Welsh striker. So said a Department for Education and Skills spokeswoman."), {}),
                 QStringList());
    }

    void correctEntities_eventsAreNoNames()
    {
        QCOMPARE(corrected(QStringLiteral("She ran the London Marathon and the World Championships."),
                           {{QStringLiteral("London Marathon"), EntityType::Location},
                            {QStringLiteral("World Championships"), EntityType::Organisation}}),
                 QStringList());
    }

    void correctEntities_commonNounsAndTheArticle()
    {
        const QString text = QStringLiteral("The Bank of England said PC sales rose over Christmas, an MP said. The Cure played.");
        const auto at = [&](const QString &t) { return int(text.indexOf(t)); };
        const auto span = [&](const QString &t, EntityType type) { return EntitySpan{at(t), at(t) + int(t.size()), type}; };
        const QList<EntitySpan> corrected = Analyser::correctEntities(
            text, {span(QStringLiteral("The Bank of England"), EntityType::Organisation), span(QStringLiteral("PC"), EntityType::Organisation),
                   span(QStringLiteral("Christmas"), EntityType::Location), span(QStringLiteral("MP"), EntityType::Organisation),
                   span(QStringLiteral("The Cure"), EntityType::Organisation)});
        QStringList got;
        for (const EntitySpan &e : corrected)
            got << text.mid(e.start, e.length()) + QLatin1Char('/') + entityTypeCode(e.type);
        QCOMPARE(got, (QStringList{QStringLiteral("Bank of England/ORG"), QStringLiteral("The Cure/ORG")}));
    }

    void correctEntities_aTitleNamesAPerson()
    {
        const QString text = QStringLiteral("Renaud Donnedieu de Vabres came. Mr de Vabres spoke, then Dr Sullivan's aide.");
        const auto at = [&](const QString &t) { return int(text.indexOf(t)); };
        // The model found the full name and took Sullivan for a company; it missed "de Vabres".
        const QList<EntitySpan> corrected = Analyser::correctEntities(
            text, {{0, 26, EntityType::Person}, {at(QStringLiteral("Sullivan")), at(QStringLiteral("Sullivan")) + 8, EntityType::Organisation}});
        QStringList got;
        for (const EntitySpan &e : corrected)
            got << text.mid(e.start, e.length()) + QLatin1Char('/') + entityTypeCode(e.type);
        QCOMPARE(got, (QStringList{QStringLiteral("Renaud Donnedieu de Vabres/PER"), QStringLiteral("de Vabres/PER"),
                                   QStringLiteral("Sullivan/PER")}));
        const QList<QString> names = Analyser::canonicalNames(text, corrected);
        QCOMPARE(names.at(1), QStringLiteral("Renaud Donnedieu de Vabres"));
    }

    void analyse_roleAfterOrganisationNamesThePerson()
    {
        // With the tagger's organisation in front, the person after the role is the speaker.
        const QString text = QStringLiteral(
            "UKIP leader Roger Knapman said he would \"break open the champagne\", adding: \"It was nice knowing him.\"");
        const ArticleAnalysis a = Analyser::analyse(text);
        QCOMPARE(a.quotes.size(), 2);
        QCOMPARE(a.quotes.at(0).speaker, QStringLiteral("Roger Knapman"));
        QCOMPARE(a.quotes.at(1).speaker, QStringLiteral("Roger Knapman"));
    }

    void analyse_findsEntitiesQuotesAndSpeakers()
    {
        const QString text = QStringLiteral(
            "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Tuesday.\n\n"
            "\u201cPutin has no contact with Donald Trump,\u201d Peskov said.");
        const ArticleAnalysis a = Analyser::analyse(text);
        QCOMPARE(a.nerVersion, Analyser::nerVersion());
        QCOMPARE(a.quoteVersion, Analyser::quoteVersion());
        QCOMPARE(a.canonical.size(), a.entities.size());
        QStringList people;
        for (qsizetype i = 0; i < a.entities.size(); ++i) {
            if (a.entities.at(i).type == EntityType::Person)
                people << a.canonical.at(i);
        }
        QVERIFY2(people.contains(QStringLiteral("Dmitry Peskov")), qPrintable(people.join(u',')));
        QVERIFY(people.count(QStringLiteral("Dmitry Peskov")) == 2); // "Peskov" is him too
        QCOMPARE(a.quotes.size(), 1);
        QCOMPARE(text.mid(a.quotes.first().start, a.quotes.first().length()), QStringLiteral("Putin has no contact with Donald Trump,"));
        QCOMPARE(a.quotes.first().speaker, QStringLiteral("Dmitry Peskov"));
        QCOMPARE(a.quotes.first().kind, QuoteKind::Full);
    }
};

QTEST_GUILESS_MAIN(AnalyserTest)
#include "analyser_test.moc"
