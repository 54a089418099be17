// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-outlet links through a real import: story links (near-duplicate, reprint, same event),
// quote clusters with the altered flag, incremental linking of new articles, and the analyst's
// decisions surviving a re-import that analyses the articles again.
#include "analysisstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "corpuslinker.h"
#include "database.h"
#include "importer.h"
#include "linkstore.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <numeric>

using namespace Dossier;

namespace {

const QByteArray lead = QByteArrayLiteral(
    "The Kremlin said on Thursday that President Vladimir Putin had no channel of communication with "
    "Donald Trump ahead of the American election campaign.\n\n");
const QByteArray quoteContact = QByteArrayLiteral(
    "\"Naturally, Putin has no contact with Donald Trump,\" said Dmitry Peskov, the Kremlin spokesman, "
    "speaking to reporters in Moscow.\n\n");
const QByteArray quoteContacts = QByteArrayLiteral(
    "\"Naturally, Putin has no contacts with Donald Trump,\" said Dmitry Peskov, the Kremlin spokesman, "
    "speaking to reporters in Moscow.\n\n");
const QByteArray rest = QByteArrayLiteral(
    "\"Any exchange of prisoners would be discussed through the usual channels between the security "
    "services,\" Peskov added, saying that no date had been agreed for further talks.\n\n"
    "The remarks followed a claim by Trump at a rally in Philadelphia that the jailed reporter would be "
    "released almost immediately after the election, before he takes office in January.\n\n"
    "Analysts in Moscow said the statement was meant to keep the Kremlin out of the American campaign "
    "while leaving the door open to talks with whoever wins the vote in November.\n");
const QByteArray extra = QByteArrayLiteral(
    "\nThe reporter's family has campaigned for his release for more than a year, and his employer has "
    "called the charges against him absurd and politically motivated from the very start.\n\n"
    "Diplomats from several European countries have also asked Moscow to allow consular visits, so far "
    "without any answer from the foreign ministry or from the prison administration in Yekaterinburg.\n\n"
    "A court in the Urals city is expected to hear an appeal next month, lawyers for the reporter said "
    "on Thursday evening after a short hearing that was closed to the press.\n");

QByteArray article(const QByteArray &title, const QByteArray &body)
{
    return title + "\n\n" + body;
}

// An independent report of the same event: written apart, the same two quotes.
const QByteArray eventReport = article(
    "Moscow denies any line to Trump",
    "Asked about the American candidate, the Kremlin was brief on Thursday and refused to speculate about "
    "a possible deal over the detained journalist.\n\n"
    "\"Naturally, Putin has no contact with Donald Trump,\" Dmitry Peskov told journalists on a conference call.\n\n"
    "\"Any exchange of prisoners would be discussed through the usual channels between the security "
    "services,\" he said when asked about the reporter.\n\n"
    "Officials in Washington declined to comment on the remarks when asked by this newspaper.\n");

// The same topic and speaker, other text and another quote: no link.
const QByteArray otherReport = article(
    "Kremlin rules out talks on grain corridor",
    "The Kremlin said on Friday that it saw no basis for new talks on the Black Sea grain corridor and "
    "accused Western governments of ignoring Russian exports.\n\n"
    "\"We have nothing to add to what the president has already said about the grain deal,\" said Dmitry "
    "Peskov in a call with journalists.\n\n"
    "Ukraine said it would keep shipping grain along its own coastal route despite the attacks on its ports.\n");

// A story of its own that reuses the wire's background paragraphs (both quotes in them) word for
// word: it shares two quotes and text, but its own sentences too, so it is not the same event.
const QByteArray backgroundReuse = article(
    "Reporter's appeal to be heard next month",
    "A court in the Urals city of Yekaterinburg will hear the reporter's appeal next month, his lawyers "
    "said after a closed hearing, adding that they expected no change to the sentence.\n\n"
    "The defence will argue that the trial judge refused to hear two witnesses and that the evidence "
    "against the reporter was never shown to his lawyers, who were allowed only short visits.\n\n"
    "The remarks followed a claim by Trump at a rally in Philadelphia that the jailed reporter would be "
    "released almost immediately after the election, before he takes office in January.\n\n"
    "\"Naturally, Putin has no contact with Donald Trump,\" said Dmitry Peskov, the Kremlin spokesman, "
    "speaking to reporters in Moscow.\n\n"
    "\"Any exchange of prisoners would be discussed through the usual channels between the security "
    "services,\" Peskov added, saying that no date had been agreed for further talks.\n");

// Only one quote in common, and little else: a quote repeated is not one event, however short the
// article around it (the old rule linked one quote with 20 % of the text shared).
const QByteArray oneQuoteReport = article("Peskov on Trump", "\"Naturally, Putin has no contact with Donald Trump,\" he said.\n");

} // namespace

class CorpusLinkerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_corpus;
    QString m_dbPath;

    ImportSummary importNow()
    {
        Importer importer(m_corpus, m_dbPath);
        return importer.run();
    }

    /** The sample corpus copied to @p name and imported; its database, empty on failure. */
    QString importSample(const QString &name)
    {
        const QString corpus = m_tmp.filePath(name);
        const QString dbPath = m_tmp.filePath(name + QStringLiteral(".sqlite"));
        return TestUtil::copyTree(TestUtil::sampleDir(), corpus) && TestUtil::importCorpus(corpus, dbPath) ? dbPath : QString();
    }

    static qint64 idOf(Database &db, const QString &path)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM articles WHERE path = ?"));
        q.addBindValue(path);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static std::optional<ArticleLink> linkBetween(LinkStore &links, qint64 a, qint64 b)
    {
        for (const ArticleLink &l : links.articleLinks(a)) {
            if (l.other == b)
                return l;
        }
        return std::nullopt;
    }

    static QList<QuoteClusterRecord> peskovClusters(LinkStore &links, qint64 article)
    {
        QList<QuoteClusterRecord> out;
        for (const QuoteClusterRecord &c : links.quoteClustersOf(article)) {
            if (c.members.first().text.contains(QLatin1String("Naturally")))
                out.append(c);
        }
        return out;
    }

    void writeBaseCorpus()
    {
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/wire/kremlin.txt"),
                                    article("Kremlin says Putin has no contact with Trump", lead + quoteContact + rest)));
        // An update from another outlet: one word of the quote and one of the text edited.
        QByteArray edited = rest;
        edited.replace("no date had been agreed", "no date has been agreed");
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/courier/kremlin-update.txt"),
                                    article("Kremlin: no contacts with Trump", lead + quoteContacts + edited)));
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/ledger/other.txt"), otherReport));
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/metadata.csv"),
                                    "path,outlet,date\n"
                                    "wire/kremlin.txt,Wire,2024-05-23\n"
                                    "courier/kremlin-update.txt,Courier,2024-05-24\n"
                                    "ledger/other.txt,Ledger,2024-05-25\n"
                                    "bulletin/reprint.txt,Bulletin,2024-05-26\n"
                                    "sentinel/event.txt,Sentinel,2024-05-22\n"));
    }

    void addSecondWave()
    {
        // A reprint of the wire copy with three paragraphs added, and an independent report.
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/bulletin/reprint.txt"),
                                    article("Putin has no contact with Trump, Kremlin says", lead + quoteContact + rest + extra)));
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/sentinel/event.txt"), eventReport));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        static int n = 0;
        m_corpus = m_tmp.filePath(QStringLiteral("corpus%1").arg(++n));
        m_dbPath = m_tmp.filePath(QStringLiteral("db%1.sqlite").arg(n));
        writeBaseCorpus();
    }

    void import_linksVersionsReprintsAndEvents_incrementally()
    {
        ImportSummary first = importNow();
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.linked, 3);

        Database db;
        QVERIFY(db.open(m_dbPath));
        LinkStore links(db.connection());
        const qint64 wire = idOf(db, QStringLiteral("wire/kremlin.txt"));
        const qint64 courier = idOf(db, QStringLiteral("courier/kremlin-update.txt"));
        const qint64 ledger = idOf(db, QStringLiteral("ledger/other.txt"));

        const auto near = linkBetween(links, wire, courier);
        QVERIFY(near);
        QCOMPARE(near->relation, StoryRelation::NearDuplicate);
        QVERIFY2(near->jaccard > 0.5 && near->jaccard < 1.0, qPrintable(QString::number(near->jaccard)));
        QCOMPARE(near->status, LinkStatus::Suggested);
        QCOMPARE(near->outlet, QStringLiteral("Courier"));
        QVERIFY(links.articleLinks(ledger).isEmpty());

        const auto story = links.storyOf(wire);
        QVERIFY(story);
        QCOMPARE(story->articles, sorted({wire, courier}));
        QCOMPARE(story->outlets, (QStringList{QStringLiteral("Courier"), QStringLiteral("Wire")}));
        QCOMPARE(story->firstArticle, wire);
        QCOMPARE(story->firstPublished, QDate(2024, 5, 23));
        QVERIFY(!links.storyOf(ledger));

        // The quote altered on the way ("no contact" / "no contacts") is one cluster, altered,
        // first seen in the wire copy; the other Peskov quote joins nothing.
        QList<QuoteClusterRecord> clusters = peskovClusters(links, wire);
        QCOMPARE(clusters.size(), 1);
        QVERIFY(clusters.first().altered);
        QCOMPARE(clusters.first().members.size(), 2);
        QCOMPARE(clusters.first().members.first().article, wire);
        QCOMPARE(clusters.first().earliest, clusters.first().members.first().id);
        QCOMPARE(clusters.first().speaker, QStringLiteral("Dmitry Peskov"));
        QVERIFY(links.quoteClustersOf(ledger).isEmpty());

        QSqlQuery signature(db.connection());
        QVERIFY(signature.exec(QStringLiteral("SELECT group_concat(hex(signature)) FROM story_signatures ORDER BY article_id")));
        QVERIFY(signature.next());
        const QString signaturesBefore = signature.value(0).toString();
        signature.finish();
        db.close();

        // Two new articles: only they are linked; the first three are queried, never redone.
        addSecondWave();
        ImportSummary second = importNow();
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.added, 2);
        QCOMPARE(second.linked, 2);

        QVERIFY(db.open(m_dbPath));
        LinkStore again(db.connection());
        const qint64 reprint = idOf(db, QStringLiteral("bulletin/reprint.txt"));
        const qint64 event = idOf(db, QStringLiteral("sentinel/event.txt"));
        const auto contains = linkBetween(again, reprint, wire);
        QVERIFY(contains);
        QCOMPARE(contains->relation, StoryRelation::Contains);
        QCOMPARE(linkBetween(again, wire, reprint)->relation, StoryRelation::ContainedIn);
        const auto sameEvent = linkBetween(again, event, wire);
        QVERIFY(sameEvent);
        QCOMPARE(sameEvent->relation, StoryRelation::SameEvent);

        const auto grown = again.storyOf(wire);
        QVERIFY(grown);
        QCOMPARE(grown->articles, sorted({wire, courier, reprint, event}));
        QCOMPARE(grown->firstArticle, event); // published a day before the wire copy
        QVERIFY(!again.storyOf(ledger));
        clusters = peskovClusters(again, wire);
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters.first().members.size(), 4);
        QCOMPARE(clusters.first().members.first().article, event);

        QSqlQuery after(db.connection());
        QVERIFY(after.exec(QStringLiteral("SELECT group_concat(hex(signature)) FROM story_signatures WHERE article_id IN (%1, %2, %3) "
                                          "ORDER BY article_id").arg(wire).arg(courier).arg(ledger)));
        QVERIFY(after.next());
        QCOMPARE(after.value(0).toString(), signaturesBefore);

        // Nothing new: nothing is linked again.
        db.close();
        ImportSummary third = importNow();
        QVERIFY(third.ok);
        QCOMPARE(third.linked, 0);
    }

    // A story that reuses background paragraphs (quotes included) shares two quotes and a good part
    // of its text, but also sentences of the wire's own: not the same event (the 100k make-corpus
    // corpus is full of them). A short report with one quote in common is not one either.
    // (import_linksVersionsReprintsAndEvents_incrementally has the report that is.)
    void sameEvent_needsTextWrittenApart()
    {
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/gazette/appeal.txt"), backgroundReuse));
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/herald/distance.txt"), oneQuoteReport));
        const ImportSummary summary = importNow();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        Database db;
        QVERIFY(db.open(m_dbPath));
        LinkStore links(db.connection());
        const qint64 appeal = idOf(db, QStringLiteral("gazette/appeal.txt"));
        const qint64 distance = idOf(db, QStringLiteral("herald/distance.txt"));
        QVERIFY(links.articleLinks(appeal).isEmpty());
        QVERIFY(!links.storyOf(appeal));
        QVERIFY(links.articleLinks(distance).isEmpty());
        QVERIFY(!links.storyOf(distance));
        // Their quotes still join the others: the same quote, in other stories.
        const QList<QuoteClusterRecord> clusters = peskovClusters(links, appeal);
        QCOMPARE(clusters.size(), 1);
        QSet<qint64> articles;
        for (const LinkedQuote &q : clusters.first().members)
            articles.insert(q.article);
        QCOMPARE(articles, (QSet<qint64>{idOf(db, QStringLiteral("wire/kremlin.txt")), idOf(db, QStringLiteral("courier/kremlin-update.txt")),
                                         appeal, distance}));
    }

    // Copies are linked to the first copy only. When the first one's text changes, the others stay
    // one story, and their quote one cluster.
    void copies_stayTogether_whenTheFirstChanges()
    {
        const QByteArray wireCopy = article("Kremlin says Putin has no contact with Trump", lead + quoteContact + rest);
        for (const char *path : {"/a/first.txt", "/b/second.txt", "/c/third.txt"})
            QVERIFY(TestUtil::writeFile(m_corpus + QLatin1String(path), wireCopy));
        QVERIFY(importNow().ok);
        const auto check = [this](bool firstWithThem) {
            Database db;
            QVERIFY(db.open(m_dbPath));
            LinkStore links(db.connection());
            const qint64 first = idOf(db, QStringLiteral("a/first.txt"));
            const qint64 second = idOf(db, QStringLiteral("b/second.txt"));
            const qint64 third = idOf(db, QStringLiteral("c/third.txt"));
            const auto story = links.storyOf(second);
            QVERIFY(story);
            QVERIFY(story->articles.contains(third));
            QCOMPARE(story->articles.contains(first), firstWithThem);
            const QList<QuoteClusterRecord> clusters = peskovClusters(links, second);
            QCOMPARE(clusters.size(), 1);
            QSet<qint64> articles;
            for (const LinkedQuote &q : clusters.first().members)
                articles.insert(q.article);
            QVERIFY(articles.contains(third));
            QCOMPARE(articles.contains(first), firstWithThem);
        };
        check(true);
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/a/first.txt"), otherReport));
        const ImportSummary again = importNow();
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.updated, 1);
        check(false);
    }

    void index_loadedFromSignatures_findsTheSameLinks()
    {
        addSecondWave();
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        QSqlQuery dump(db.connection());
        const auto linkRows = [&] {
            QStringList rows;
            dump.exec(QStringLiteral("SELECT a, b, relation, round(jaccard, 6) FROM story_links ORDER BY a, b"));
            while (dump.next())
                rows << QStringLiteral("%1-%2:%3:%4").arg(dump.value(0).toString(), dump.value(1).toString(),
                                                          dump.value(2).toString(), dump.value(3).toString());
            dump.finish();
            return rows;
        };
        const QStringList all = linkRows();
        QVERIFY(all.size() >= 4);

        // Forget the two last articles' links and link them again against the stored index, with
        // the shingles spilled to a file (the import kept them in memory).
        LinkStore links(db.connection());
        const qint64 reprint = idOf(db, QStringLiteral("bulletin/reprint.txt"));
        const qint64 event = idOf(db, QStringLiteral("sentinel/event.txt"));
        QVERIFY(links.forgetArticle(reprint));
        QVERIFY(links.forgetArticle(event));
        QVERIFY(linkRows().size() < all.size());
        CorpusLinker linker(db.connection());
        linker.setSpillAbove(0); // the shingles in a temporary file, as on a large import
        LinkRunSummary summary;
        QCOMPARE(linker.run(&summary), QString());
        QCOMPARE(summary.linked, 2);
        QCOMPARE(summary.indexed, 3);
        // The spill file was beside the database, and is gone.
        QCOMPARE(QDir(QFileInfo(m_dbPath).absolutePath()).entryList({QStringLiteral("linking-*.tmp")}), QStringList());
        QVERIFY(summary.indexedQuotes >= 3);
        QCOMPARE(linkRows(), all);
    }

    void decisions_surviveReanalysis_andUndo()
    {
        addSecondWave();
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        Annotator annotator(db.connection());
        LinkStore &links = annotator.links();
        const qint64 wire = idOf(db, QStringLiteral("wire/kremlin.txt"));
        const qint64 courier = idOf(db, QStringLiteral("courier/kremlin-update.txt"));
        const qint64 ledger = idOf(db, QStringLiteral("ledger/other.txt"));
        const qint64 event = idOf(db, QStringLiteral("sentinel/event.txt"));
        QVERIFY(links.storyOf(event));

        // Reject the same-event link: the event report leaves the story (no other link holds it).
        LinkDecision reject;
        reject.kind = LinkDecision::Kind::Articles;
        reject.a.article = event;
        reject.b.article = wire;
        reject.verdict = LinkDecision::Verdict::Rejected;
        QSignalSpy changed(&annotator, &Annotator::linksChanged);
        const qint64 rejectId = annotator.decideLink(reject);
        QVERIFY2(rejectId != 0, qPrintable(annotator.errorString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(linkBetween(links, wire, event)->status, LinkStatus::Rejected);
        const auto withoutEvent = links.storyOf(wire);
        QVERIFY(withoutEvent);
        QVERIFY(!withoutEvent->articles.contains(event));

        // Link the unrelated report by hand, and reject one quote's membership: the courier's
        // "no contacts" is not the wire's quote.
        LinkDecision manual;
        manual.a.article = ledger;
        manual.b.article = courier;
        manual.verdict = LinkDecision::Verdict::Manual;
        QVERIFY(annotator.decideLink(manual) != 0);
        QVERIFY(links.storyOf(ledger));
        QCOMPARE(linkBetween(links, ledger, courier)->status, LinkStatus::Manual);
        QVERIFY(!linkBetween(links, ledger, courier)->relation.has_value());

        const QuoteClusterRecord cluster = peskovClusters(links, wire).value(0);
        QCOMPARE(cluster.members.size(), 4);
        LinkedQuote wireQuote, courierQuote;
        for (const LinkedQuote &q : cluster.members) {
            if (q.article == wire)
                wireQuote = q;
            if (q.article == courier)
                courierQuote = q;
        }
        QVERIFY(wireQuote.id != 0 && courierQuote.id != 0);
        LinkDecision quoteReject;
        quoteReject.kind = LinkDecision::Kind::Quotes;
        quoteReject.a = {wire, wireQuote.start, wireQuote.end, wireQuote.text};
        quoteReject.b = {courier, courierQuote.start, courierQuote.end, courierQuote.text};
        quoteReject.verdict = LinkDecision::Verdict::Rejected;
        QVERIFY(annotator.decideLink(quoteReject) != 0);
        const auto wireCluster = [&] {
            for (const QuoteClusterRecord &c : peskovClusters(links, wire)) {
                for (const LinkedQuote &q : c.members) {
                    if (q.article == wire)
                        return c;
                }
            }
            return QuoteClusterRecord();
        };
        const auto articlesOf = [](const QuoteClusterRecord &c) {
            QSet<qint64> a;
            for (const LinkedQuote &q : c.members)
                a.insert(q.article);
            return a;
        };
        QVERIFY(!articlesOf(wireCluster()).contains(courier));
        QVERIFY(articlesOf(wireCluster()).contains(wire));

        // Undo and redo the quote decision.
        annotator.undoStack()->undo();
        QVERIFY(articlesOf(wireCluster()).contains(courier));
        annotator.undoStack()->redo();
        QVERIFY(!articlesOf(wireCluster()).contains(courier));
        db.close();

        // The courier's text changes before the quote (its quote moves) and every article is
        // analysed and linked again: the machine's links come back, the decisions still hold.
        QByteArray edited = rest;
        edited.replace("no date had been agreed", "no date has been agreed");
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/courier/kremlin-update.txt"),
                                    article("Kremlin: no contacts with Trump",
                                            "Updated at noon with reaction from Washington.\n\n" + lead + quoteContacts + edited)));
        QVERIFY(TestUtil::writeFile(m_corpus + QStringLiteral("/sentinel/event.txt"), eventReport + "\nUpdated.\n"));
        const ImportSummary re = importNow();
        QVERIFY2(re.ok, qPrintable(re.error));
        QCOMPARE(re.updated, 2);
        QCOMPARE(re.linked, 2);

        QVERIFY(db.open(m_dbPath));
        LinkStore after(db.connection());
        QCOMPARE(linkBetween(after, wire, event)->relation, StoryRelation::SameEvent);
        QCOMPARE(linkBetween(after, wire, event)->status, LinkStatus::Rejected);
        QVERIFY(!after.storyOf(wire)->articles.contains(event));
        QVERIFY(after.storyOf(wire)->articles.contains(ledger));
        QCOMPARE(linkBetween(after, courier, wire)->relation, StoryRelation::NearDuplicate);
        bool courierWithWire = false;
        for (const QuoteClusterRecord &c : peskovClusters(after, wire)) {
            QSet<qint64> arts;
            for (const LinkedQuote &q : c.members)
                arts.insert(q.article);
            courierWithWire = courierWithWire || (arts.contains(wire) && arts.contains(courier));
        }
        QVERIFY(!courierWithWire);
        // The decision found the courier's quote again by its words: its span moved.
        const QList<StoredQuote> moved = AnalysisStore(db.connection()).detectedQuotes(courier);
        QVERIFY(std::any_of(moved.cbegin(), moved.cend(), [&](const StoredQuote &q) {
            return q.span.start > courierQuote.start && q.span.length() == courierQuote.end - courierQuote.start;
        }));
        // Withdrawing the quote decision brings the machine's link back.
        Annotator annotator2(db.connection());
        qint64 quoteDecision = 0;
        for (const LinkDecision &d : annotator2.links().decisionsOf(courier)) {
            if (d.kind == LinkDecision::Kind::Quotes)
                quoteDecision = d.id;
        }
        QVERIFY(quoteDecision != 0);
        QVERIFY(annotator2.deleteLinkDecision(quoteDecision));
        bool joined = false;
        for (const QuoteClusterRecord &c : annotator2.links().quoteClustersOf(courier)) {
            for (const LinkedQuote &q : c.members)
                joined = joined || q.article == wire;
        }
        QVERIFY(joined);
    }

    // A quote decision regroups only the clusters its quotes are connected to, and leaves the
    // same clusters as rebuilding them all would: after reject, hand link, undo and redo.
    void quoteDecision_rebuildsOnlyItsClusters()
    {
        const QString dbPath = importSample(QStringLiteral("sample-decisions"));
        QVERIFY(!dbPath.isEmpty());
        Database db;
        QVERIFY(db.open(dbPath));
        Annotator annotator(db.connection());
        LinkStore &links = annotator.links();
        QSqlQuery q(db.connection());
        const auto dump = [&] {
            QStringList rows;
            q.exec(QStringLiteral("SELECT c.id, c.size, c.articles, c.altered, c.earliest, c.speaker, group_concat(m.quote_id) "
                                  "FROM quote_clusters c JOIN quote_cluster_members m ON m.cluster_id = c.id GROUP BY c.id ORDER BY c.id"));
            while (q.next()) {
                QStringList cols;
                for (int i = 0; i < 7; ++i)
                    cols << q.value(i).toString();
                rows << cols.join(u'|');
            }
            q.finish();
            return rows;
        };
        const auto changes = [&] {
            q.exec(QStringLiteral("SELECT total_changes()"));
            q.next();
            const qint64 n = q.value(0).toLongLong();
            q.finish();
            return n;
        };
        const auto sameAsFullRebuild = [&] {
            const QStringList incremental = dump();
            if (!db.connection().transaction() || !links.rebuildClusters() || !db.connection().commit())
                return false;
            const QStringList full = dump();
            if (incremental != full)
                qWarning() << "incremental" << incremental << "full" << full;
            return incremental == full;
        };

        const QList<QuoteClusterRecord> clusters = links.quoteClusters();
        QVERIFY(clusters.size() >= 3);
        int clusterRows = 0;
        for (const QuoteClusterRecord &c : clusters)
            clusterRows += 1 + int(c.members.size());
        // The largest cluster: its first two quotes kept apart.
        const QuoteClusterRecord big = *std::max_element(clusters.cbegin(), clusters.cend(), [](const auto &x, const auto &y) {
            return x.members.size() < y.members.size();
        });
        QVERIFY(big.members.size() >= 3);
        const LinkedQuote &x = big.members.at(0), &y = big.members.at(1);
        LinkDecision reject;
        reject.kind = LinkDecision::Kind::Quotes;
        reject.a = {x.article, x.start, x.end, x.text};
        reject.b = {y.article, y.start, y.end, y.text};
        reject.verdict = LinkDecision::Verdict::Rejected;
        const qint64 before = changes();
        QVERIFY(annotator.decideLink(reject) != 0);
        const qint64 touched = changes() - before;
        QVERIFY2(touched < clusterRows, qPrintable(QStringLiteral("%1 rows changed of %2").arg(touched).arg(clusterRows)));
        const QList<QuoteClusterRecord> after = links.quoteClusters();
        QVERIFY(std::none_of(after.cbegin(), after.cend(), [&](const QuoteClusterRecord &c) {
            const auto has = [&](qint64 id) {
                return std::any_of(c.members.cbegin(), c.members.cend(), [id](const LinkedQuote &m) { return m.id == id; });
            };
            return has(x.id) && has(y.id);
        }));
        QVERIFY(sameAsFullRebuild());

        // A hand link between two clusters that were apart.
        const QuoteClusterRecord &other = clusters.at(clusters.at(0).id == big.id ? 1 : 0);
        const LinkedQuote &z = other.members.first();
        LinkDecision manual;
        manual.kind = LinkDecision::Kind::Quotes;
        manual.a = {z.article, z.start, z.end, z.text};
        manual.b = {y.article, y.start, y.end, y.text};
        manual.verdict = LinkDecision::Verdict::Manual;
        QVERIFY(annotator.decideLink(manual) != 0);
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->undo();
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->undo();
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->redo();
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->redo();
        QVERIFY(sameAsFullRebuild());

        // Two passages the detector did not take for quotes, linked by hand: a cluster of their
        // own, and gone again on undo.
        LinkDecision added;
        added.kind = LinkDecision::Kind::Quotes;
        const QString bodyX = links.body(x.article), bodyZ = links.body(z.article);
        added.a = {x.article, 0, 30, bodyX.left(30)};
        added.b = {z.article, 0, 30, bodyZ.left(30)};
        added.verdict = LinkDecision::Verdict::Manual;
        const int clustersBefore = links.quoteClusterCount();
        QVERIFY(annotator.decideLink(added) != 0);
        QCOMPARE(links.quoteClusterCount(), clustersBefore + 1);
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->undo();
        QCOMPARE(links.quoteClusterCount(), clustersBefore);
        QVERIFY(sameAsFullRebuild());
    }

    // A story decision writes only the stories it changes, and leaves what a full rebuild would.
    void storyDecision_rewritesOnlyItsStories()
    {
        const QString dbPath = importSample(QStringLiteral("sample-stories"));
        QVERIFY(!dbPath.isEmpty());
        Database db;
        QVERIFY(db.open(dbPath));
        Annotator annotator(db.connection());
        LinkStore &links = annotator.links();
        QSqlQuery q(db.connection());
        const auto scalar = [&](const QString &sql) {
            q.exec(sql);
            q.next();
            const QString v = q.value(0).toString();
            q.finish();
            return v;
        };
        const auto dump = [&] {
            return scalar(QStringLiteral("SELECT group_concat(row, ';') FROM (SELECT s.id || ':' || s.outlets || ':' || s.first_article || ':' || "
                                         "(SELECT group_concat(article_id) FROM (SELECT article_id FROM story_members WHERE story_id = s.id ORDER BY article_id)) "
                                         "AS row FROM stories s ORDER BY s.id)"));
        };
        const auto sameAsFullRebuild = [&] {
            const QString incremental = dump();
            if (!db.connection().transaction() || !links.rebuildClusters() || !db.connection().commit())
                return false;
            return incremental == dump();
        };
        const QList<StoryRecord> stories = links.stories(true);
        QVERIFY(stories.size() >= 2);
        const auto rowsOf = [](const QList<StoryRecord> &list) {
            return int(list.size()) + int(std::accumulate(list.cbegin(), list.cend(), qsizetype(0),
                                                          [](qsizetype n, const StoryRecord &s) { return n + s.articles.size(); }));
        };
        const int storyRows = rowsOf(stories);
        const StoryRecord &first = stories.first();
        LinkDecision apart;
        apart.kind = LinkDecision::Kind::Articles;
        apart.a.article = first.articles.at(0);
        apart.b.article = first.articles.at(1);
        apart.verdict = LinkDecision::Verdict::Rejected;
        const qint64 before = scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
        QVERIFY(annotator.decideLink(apart) != 0);
        const qint64 touched = scalar(QStringLiteral("SELECT total_changes()")).toLongLong() - before;
        // Rewriting every story would delete all rows and insert all again.
        const QList<StoryRecord> after = links.stories(true);
        const int rowsAfter = rowsOf(after);
        QVERIFY2(touched < storyRows + rowsAfter,
                 qPrintable(QStringLiteral("%1 rows changed; all stories are %2 rows before, %3 after").arg(touched).arg(storyRows).arg(rowsAfter)));
        QVERIFY(!links.storyOf(apart.a.article) || !links.storyOf(apart.a.article)->articles.contains(apart.b.article));
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->undo();
        QVERIFY(links.storyOf(apart.a.article)->articles.contains(apart.b.article));
        QVERIFY(sameAsFullRebuild());
        annotator.undoStack()->redo();
        QVERIFY(sameAsFullRebuild());
    }

    // The sample corpus's fixture names the wire story republished with edits, and the quotes that
    // re-appear across outlets verbatim or altered (a word changed or dropped).
    void sampleCorpus_matchesItsFixture()
    {
        const QString dbPath = importSample(QStringLiteral("sample"));
        QVERIFY(!dbPath.isEmpty());
        QFile f(TestUtil::sampleDir() + QStringLiteral("/EXPECTED.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();

        Database db;
        QVERIFY(db.open(dbPath));
        LinkStore links(db.connection());
        for (const QJsonValue &v : expected.value(QLatin1String("near_duplicates")).toArray()) {
            const QJsonArray files = v.toObject().value(QLatin1String("files")).toArray();
            const auto l = linkBetween(links, idOf(db, files.at(0).toString()), idOf(db, files.at(1).toString()));
            QVERIFY2(l, qPrintable(files.at(0).toString()));
            QVERIFY(l->relation != StoryRelation::SameEvent);
        }
        // No story mixes two events.
        QHash<qint64, QString> eventOf;
        for (const QJsonValue &v : expected.value(QLatin1String("events")).toArray()) {
            for (const QJsonValue &file : v.toObject().value(QLatin1String("files")).toArray())
                eventOf.insert(idOf(db, file.toString()), v.toObject().value(QLatin1String("name")).toString());
        }
        QVERIFY(links.storyCount() >= 1);
        for (const StoryRecord &story : links.stories(true)) {
            QSet<QString> events;
            for (qint64 id : story.articles)
                events.insert(eventOf.value(id));
            QCOMPARE(events.size(), 1);
        }
        // Each re-appearing quote: every version in one cluster, altered exactly when a version differs.
        for (const QJsonValue &v : expected.value(QLatin1String("quotes")).toArray()) {
            const QJsonObject quote = v.toObject();
            QStringList paths;
            for (const QJsonValue &p : quote.value(QLatin1String("verbatim")).toArray())
                paths << p.toString();
            const QJsonArray altered = quote.value(QLatin1String("altered")).toArray();
            for (const QJsonValue &a : altered)
                paths << a.toObject().value(QLatin1String("path")).toString();
            const QString opening = quote.value(QLatin1String("text")).toString().section(QLatin1Char(' '), 0, 2);
            std::optional<QuoteClusterRecord> found;
            for (const QuoteClusterRecord &c : links.quoteClustersOf(idOf(db, paths.first()))) {
                if (c.members.first().text.startsWith(opening))
                    found = c;
            }
            QVERIFY2(found, qPrintable(quote.value(QLatin1String("text")).toString()));
            QSet<QString> members;
            for (const LinkedQuote &q : found->members)
                members.insert(q.path);
            for (const QString &p : std::as_const(paths))
                QVERIFY2(members.contains(p), qPrintable(p + QLatin1String(": ") + quote.value(QLatin1String("text")).toString()));
            QCOMPARE(found->altered, !altered.isEmpty());
            QCOMPARE(found->speaker, quote.value(QLatin1String("speaker")).toString());
        }
    }

    void linking_off_thenOn_linksWhatWasLeft()
    {
        Importer off(m_corpus, m_dbPath);
        off.setLinkingEnabled(false);
        QVERIFY(off.run().ok);
        {
            Database db;
            QVERIFY(db.open(m_dbPath));
            LinkStore links(db.connection());
            QCOMPARE(links.storyCount(), 0);
            QCOMPARE(links.unlinkedArticles(StoryLinker::signatureVersion()).size(), 3);
        }
        const ImportSummary on = importNow();
        QVERIFY(on.ok);
        QCOMPARE(on.linked, 3);
        Database db;
        QVERIFY(db.open(m_dbPath));
        QCOMPARE(LinkStore(db.connection()).storyCount(), 1);
    }
};

QTEST_GUILESS_MAIN(CorpusLinkerTest)
#include "corpuslinker_test.moc"
