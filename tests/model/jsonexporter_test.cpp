// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "exportfixture.h"
#include "jsonexporter.h"
#include "linkstore.h"
#include "testutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Dossier;
using ExportFixture::articleAt;
using ExportFixture::slice;

class JsonExporterTest : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    QTemporaryDir m_tmp;

    static constexpr QLatin1String kEarlier{"northline/kremlin-summit.txt"}; // 2025-03-10, "no contact"
    static constexpr QLatin1String kLater{"ledger/no-summit.txt"};           // 2025-03-12, "no contacts"
    static constexpr QLatin1String kUnrelated{"gazette/dam.txt"};
    static constexpr QLatin1String kReprint{"riverside/kremlin.txt"}; // openLinkedCorpus(true): 2025-03-11, "no contact"

    /** Imports TestUtil::writeLinkedCorpus() (analysis and linking included) and opens it as m_db. */
    bool openLinkedCorpus(bool reprint = false)
    {
        static int n = 0;
        const QString corpus = m_tmp.filePath(QStringLiteral("linked%1").arg(++n));
        if (!TestUtil::writeLinkedCorpus(corpus))
            return false;
        if (reprint) {
            // A third outlet reprints the earlier report word for word, a day later.
            QFile metadata(corpus + QStringLiteral("/metadata.csv"));
            if (!QDir(corpus).mkpath(QStringLiteral("riverside")) || !QFile::copy(corpus + QLatin1Char('/') + kEarlier, corpus + QLatin1Char('/') + kReprint) || !metadata.open(QIODevice::Append)
                || metadata.write("riverside/kremlin.txt,Riverside Tribune,2025-03-11\n") < 0)
                return false;
        }
        return TestUtil::openImported(m_db, corpus);
    }

    static QJsonArray arrayOf(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toArray(); }
    static QString stringOf(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
    QJsonObject exportWith(const ExportFilter &filter) { return ExportFixture::jsonExport(m_db.connection(), filter); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        ArticleStore store(m_db.connection());
        store.setSetting(QStringLiteral("root"), QStringLiteral("/corpus"));
        Article a;
        a.path = QStringLiteral("gazette/a.txt");
        a.title = QStringLiteral("Dam breach");
        a.outlet = QStringLiteral("Harbour Gazette");
        a.published = QDate(2025, 3, 14);
        a.body = QStringLiteral("“Quoted,” she said. Price: £5 — and an emoji 🙂 too.");
        QVERIFY(store.insert(a));
        Article b;
        b.path = QStringLiteral("ledger/b.txt");
        b.title = QStringLiteral("Strike");
        b.outlet = QStringLiteral("The Daily Ledger");
        b.published = QDate(2025, 3, 22);
        b.body = QStringLiteral("Talks collapsed.");
        QVERIFY(store.insert(b));
        Article c;
        c.path = QStringLiteral("undated.txt");
        c.title = QStringLiteral("Undated");
        c.body = QStringLiteral("No date.");
        QVERIFY(store.insert(c));
    }

    void cleanup()
    {
        m_db.close();
    }

    void write_followsVersion1Contract()
    {
        const QJsonObject root = exportWith({});
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("dossier-export"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("corpus")).toObject().value(QLatin1String("root")).toString(), QStringLiteral("/corpus"));
        QVERIFY(QDateTime::fromString(root.value(QLatin1String("corpus")).toObject().value(QLatin1String("exported_at")).toString(), Qt::ISODate).isValid());
        for (const char *k : {"codebook", "entities", "articles", "stories", "quote_clusters"})
            QVERIFY2(root.value(QLatin1String(k)).isArray(), k);
        const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        QCOMPARE(articles.size(), 3);
        const QJsonObject a = articles.at(0).toObject();
        QCOMPARE(a.value(QLatin1String("path")).toString(), QStringLiteral("gazette/a.txt"));
        QCOMPARE(a.value(QLatin1String("published")).toString(), QStringLiteral("2025-03-14"));
        QVERIFY(a.value(QLatin1String("byline")).isNull());
        QVERIFY(a.value(QLatin1String("url")).isNull());
        QVERIFY(a.value(QLatin1String("text")).toString().contains(QStringLiteral("£5")));
        for (const char *k : {"quotes", "entities", "annotations", "duplicates"})
            QVERIFY2(a.value(QLatin1String(k)).isArray(), k);
        QVERIFY(a.value(QLatin1String("id")).toInteger() > 0);
        QVERIFY(articles.at(2).toObject().value(QLatin1String("published")).isNull());
    }

    void write_fillsQuotesAndEntitiesInCodePoints()
    {
        // Characters outside the BMP before the spans: UTF-16 and code-point offsets differ.
        ArticleStore store(m_db.connection());
        Article d;
        d.path = QStringLiteral("emoji.txt");
        d.title = QStringLiteral("Emoji");
        d.body = QStringLiteral("🙂🙂 “Yes, we will,” said Ann Lee in Paris on 3 May 2025.");
        const qint64 id = store.insert(d);
        QVERIFY(id);
        const auto at = [&](const QString &text) { return int(d.body.indexOf(text)); };
        ArticleAnalysis analysis;
        analysis.entities = {{at(QStringLiteral("Ann Lee")), at(QStringLiteral("Ann Lee")) + 7, EntityType::Person},
                             {at(QStringLiteral("Paris")), at(QStringLiteral("Paris")) + 5, EntityType::Location},
                             {at(QStringLiteral("3 May")), at(QStringLiteral("3 May")) + 10, EntityType::Date}};
        analysis.canonical = {QStringLiteral("Ann Lee"), QStringLiteral("Paris"), QString()};
        QuoteSpan q;
        q.markStart = at(QStringLiteral("“"));
        q.start = q.markStart + 1;
        q.end = at(QStringLiteral("”"));
        q.markEnd = q.end + 1;
        q.speaker = QStringLiteral("Ann Lee");
        analysis.quotes = {q};
        AnalysisStore analyses(m_db.connection());
        QVERIFY(analyses.write(id, d.body, analysis));

        const QJsonObject root = exportWith({});
        const QJsonArray registry = root.value(QLatin1String("entities")).toArray();
        QCOMPARE(registry.size(), 2);
        QJsonObject ann;
        for (const QJsonValue &v : registry) {
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("Ann Lee"))
                ann = v.toObject();
        }
        QCOMPARE(ann.value(QLatin1String("type")).toString(), QStringLiteral("PER"));
        QVERIFY(ann.value(QLatin1String("aliases")).isArray());

        const QJsonObject article = articleAt(root, QStringLiteral("emoji.txt"));
        const QJsonArray quotes = article.value(QLatin1String("quotes")).toArray();
        QCOMPARE(quotes.size(), 1);
        const QJsonObject quote = quotes.first().toObject();
        QCOMPARE(quote.value(QLatin1String("start")).toInt(), 4); // two emoji, a space, the mark
        QCOMPARE(quote.value(QLatin1String("text")).toString(), QStringLiteral("Yes, we will,"));
        QCOMPARE(slice(article, quote), quote.value(QLatin1String("text")).toString());
        QCOMPARE(quote.value(QLatin1String("kind")).toString(), QStringLiteral("full"));
        QCOMPARE(quote.value(QLatin1String("speaker")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(quote.value(QLatin1String("speaker_entity")).toInteger(), ann.value(QLatin1String("id")).toInteger());
        QCOMPARE(quote.value(QLatin1String("status")).toString(), QStringLiteral("detected"));
        const QJsonArray entities = article.value(QLatin1String("entities")).toArray();
        QCOMPARE(entities.size(), 3);
        for (const QJsonValue &v : entities)
            QCOMPARE(slice(article, v.toObject()), v.toObject().value(QLatin1String("text")).toString());
        QCOMPARE(entities.at(0).toObject().value(QLatin1String("entity")).toInteger(), ann.value(QLatin1String("id")).toInteger());
        QCOMPARE(entities.at(2).toObject().value(QLatin1String("type")).toString(), QStringLiteral("DATE"));
        QVERIFY(entities.at(2).toObject().value(QLatin1String("entity")).isNull());
    }

    void write_filtersByOutletAndDates_data()
    {
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("outlet") << QStringList{QStringLiteral("the daily ledger")} << QDate() << QDate() << QStringList{QStringLiteral("ledger/b.txt")};
        QTest::newRow("from") << QStringList{} << QDate(2025, 3, 15) << QDate() << QStringList{QStringLiteral("ledger/b.txt")};
        QTest::newRow("to") << QStringList{} << QDate() << QDate(2025, 3, 14) << QStringList{QStringLiteral("gazette/a.txt")};
        QTest::newRow("two outlets") << QStringList{QStringLiteral("Harbour Gazette"), QStringLiteral("The Daily Ledger")} << QDate() << QDate()
                                     << QStringList{QStringLiteral("gazette/a.txt"), QStringLiteral("ledger/b.txt")};
    }

    void write_filtersByOutletAndDates()
    {
        QFETCH(QStringList, outlets);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, paths);
        const QJsonArray articles = exportWith({outlets, {}, from, to, {}, {}}).value(QLatin1String("articles")).toArray();
        QStringList got;
        for (const QJsonValue &v : articles)
            got << v.toObject().value(QLatin1String("path")).toString();
        QCOMPARE(got, paths);
    }

    void write_annotationsCodebookAndNotes()
    {
        // Characters outside the BMP before and inside the span: the export counts code points.
        const QString body = QStringLiteral("🙂🙂 The minister said prices will fall 🎉 soon. Nobody believed it.");
        const qint64 id = TestUtil::insertArticle(m_db.connection(), QStringLiteral("emoji.txt"), body);
        QVERIFY(id);
        Annotator annotator(m_db.connection());
        annotator.setAuthor(QStringLiteral("ana"));
        const qint64 claimTag = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), claimTag);
        QVERIFY(claimTag && economy);
        const QString span = QStringLiteral("prices will fall 🎉 soon");
        const int at = int(body.indexOf(span));
        const qint64 annotation = annotator.annotate(id, body, at, at + int(span.size()), {economy});
        QVERIFY(annotation);
        Annotation edited = *annotator.store().annotation(annotation);
        edited.note = QStringLiteral("Forecast, not fact.");
        edited.claim = ClaimStatus::False;
        edited.evidence = {{QStringLiteral("https://example.org/cpi"), QStringLiteral("prices rose")}};
        QVERIFY(annotator.editAnnotation(edited));
        // An orphan: a re-import could not find its passage in the text as it is now.
        const qint64 orphan = annotator.annotate(id, body, 0, 2, {claimTag});
        QVERIFY(orphan);
        TextAnchor lost = annotator.store().annotation(orphan)->anchor;
        lost.exact = QStringLiteral("a sentence the editors removed");
        lost.start = 40;
        lost.end = 70;
        lost.state = AnchorState::Orphaned;
        QVERIFY(annotator.store().updateAnchor(orphan, lost));
        QVERIFY(annotator.setArticleNote(id, QStringLiteral("Follow up with the ministry.")));

        const QJsonObject root = exportWith({});
        const QJsonArray codebook = root.value(QLatin1String("codebook")).toArray();
        QCOMPARE(codebook.size(), 2);
        const QJsonObject top = codebook.at(0).toObject();
        QCOMPARE(top.value(QLatin1String("id")).toInteger(), claimTag);
        QCOMPARE(top.value(QLatin1String("name")).toString(), QStringLiteral("Claim"));
        QVERIFY(top.value(QLatin1String("parent")).isNull());
        QCOMPARE(top.value(QLatin1String("color")).toString(), QStringLiteral("#336699"));
        QCOMPARE(top.value(QLatin1String("description")).toString(), QStringLiteral("Claim things"));
        QCOMPARE(codebook.at(1).toObject().value(QLatin1String("parent")).toInteger(), claimTag);

        const QJsonObject article = articleAt(root, QStringLiteral("emoji.txt"));
        QCOMPARE(article.value(QLatin1String("note")).toString(), QStringLiteral("Follow up with the ministry."));
        QCOMPARE(articleAt(root, QStringLiteral("gazette/a.txt")).value(QLatin1String("note")).toString(), QString());
        const QJsonArray annotations = article.value(QLatin1String("annotations")).toArray();
        QCOMPARE(annotations.size(), 2);

        const QJsonObject a = annotations.at(0).toObject();
        QCOMPARE(a.value(QLatin1String("id")).toInteger(), annotation);
        QCOMPARE(a.value(QLatin1String("start")).toInt(), at - 2); // two emoji before: one code point each
        QCOMPARE(a.value(QLatin1String("end")).toInt(), at - 2 + int(span.size()) - 1);
        QCOMPARE(a.value(QLatin1String("text")).toString(), span);
        QCOMPARE(slice(article, a), span);
        QCOMPARE(a.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("Economy")});
        QCOMPARE(a.value(QLatin1String("tag_ids")).toArray(), QJsonArray{economy});
        QCOMPARE(a.value(QLatin1String("note")).toString(), QStringLiteral("Forecast, not fact."));
        const QJsonObject claim = a.value(QLatin1String("claim")).toObject();
        QCOMPARE(claim.value(QLatin1String("status")).toString(), QStringLiteral("false"));
        QVERIFY(claim.value(QLatin1String("claimant")).isNull());
        const QJsonObject evidence = claim.value(QLatin1String("evidence")).toArray().at(0).toObject();
        QCOMPARE(evidence.value(QLatin1String("url")).toString(), QStringLiteral("https://example.org/cpi"));
        QCOMPARE(evidence.value(QLatin1String("note")).toString(), QStringLiteral("prices rose"));
        QCOMPARE(a.value(QLatin1String("author")).toString(), QStringLiteral("ana"));
        QVERIFY(QDateTime::fromString(a.value(QLatin1String("created")).toString(), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(a.value(QLatin1String("modified")).toString(), Qt::ISODate).isValid());
        QCOMPARE(a.value(QLatin1String("anchor")).toString(), QStringLiteral("ok"));

        // The orphan: last, no offsets (they belong to an older text), the passage as annotated.
        const QJsonObject o = annotations.at(1).toObject();
        QCOMPARE(o.value(QLatin1String("id")).toInteger(), orphan);
        QCOMPARE(o.value(QLatin1String("anchor")).toString(), QStringLiteral("orphaned"));
        QVERIFY(o.value(QLatin1String("start")).isNull());
        QVERIFY(o.value(QLatin1String("end")).isNull());
        QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("a sentence the editors removed"));
        QVERIFY(o.value(QLatin1String("claim")).isNull());
        QCOMPARE(o.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("Claim")});
    }

    void write_quoteReviews()
    {
        const QString body = QStringLiteral("🙂 “We will win,” said Ann Lee. “Never,” said Bo Chan. Later she added that it was fine.");
        const qint64 id = TestUtil::insertArticle(m_db.connection(), QStringLiteral("quotes.txt"), body);
        const auto at = [&](const QString &text) { return int(body.indexOf(text)); };
        ArticleAnalysis analysis;
        for (const QString &text : {QStringLiteral("We will win,"), QStringLiteral("Never,")}) {
            QuoteSpan q;
            q.start = at(text);
            q.end = q.start + int(text.size());
            q.markStart = q.start - 1;
            q.markEnd = q.end + 1;
            q.speaker = text.startsWith(QLatin1Char('W')) ? QStringLiteral("Ann Lee") : QStringLiteral("Bo Chan");
            analysis.quotes.append(q);
        }
        AnalysisStore analyses(m_db.connection());
        QVERIFY(analyses.write(id, body, analysis));

        Annotator annotator(m_db.connection());
        QuoteReview corrected; // the span without the comma, and another speaker
        corrected.articleId = id;
        corrected.detectedStart = at(QStringLiteral("We will win,"));
        corrected.detectedEnd = corrected.detectedStart + 12;
        corrected.anchor.start = corrected.detectedStart;
        corrected.anchor.end = corrected.detectedStart + 11;
        corrected.speaker = QStringLiteral("Ann B. Lee");
        QVERIFY(annotator.reviewQuote(corrected, body, QStringLiteral("Correct quote")));
        QuoteReview rejected;
        rejected.articleId = id;
        rejected.detectedStart = at(QStringLiteral("Never,"));
        rejected.detectedEnd = rejected.detectedStart + 6;
        rejected.anchor.start = rejected.detectedStart;
        rejected.anchor.end = rejected.detectedEnd;
        rejected.status = QuoteReview::Rejected;
        QVERIFY(annotator.reviewQuote(rejected, body, QStringLiteral("Reject quote")));
        QuoteReview added; // an indirect quote the detector missed
        added.articleId = id;
        added.anchor.start = at(QStringLiteral("it was fine"));
        added.anchor.end = added.anchor.start + 11;
        added.kind = 1;
        added.speaker = QStringLiteral("Ann Lee");
        QVERIFY(annotator.reviewQuote(added, body, QStringLiteral("Add quote")));

        const QJsonObject article = articleAt(exportWith({}), QStringLiteral("quotes.txt"));
        const QJsonArray quotes = article.value(QLatin1String("quotes")).toArray();
        QCOMPARE(quotes.size(), 3);
        const QJsonObject first = quotes.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(first.value(QLatin1String("text")).toString(), QStringLiteral("We will win"));
        QCOMPARE(first.value(QLatin1String("start")).toInt(), at(QStringLiteral("We will win")) - 1); // one emoji
        QCOMPARE(slice(article, first), QStringLiteral("We will win"));
        QCOMPARE(first.value(QLatin1String("speaker")).toString(), QStringLiteral("Ann B. Lee"));
        QVERIFY(first.value(QLatin1String("corrected")).toBool());
        QVERIFY(first.value(QLatin1String("id")).toInteger() > 0);
        const QJsonObject second = quotes.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(second.value(QLatin1String("text")).toString(), QStringLiteral("Never,"));
        QCOMPARE(second.value(QLatin1String("speaker")).toString(), QStringLiteral("Bo Chan"));
        QVERIFY(!second.value(QLatin1String("corrected")).toBool());
        const QJsonObject third = quotes.at(2).toObject();
        QCOMPARE(third.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
        QVERIFY(third.value(QLatin1String("added")).toBool());
        QVERIFY(third.value(QLatin1String("id")).isNull());
        QCOMPARE(third.value(QLatin1String("kind")).toString(), QStringLiteral("partial"));
        QCOMPARE(slice(article, third), QStringLiteral("it was fine"));
        QCOMPARE(third.value(QLatin1String("speaker")).toString(), QStringLiteral("Ann Lee"));
    }

    void write_filtersByTag_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("the tag itself") << QStringList{QStringLiteral("Economy")} << QStringList{QStringLiteral("gazette/a.txt")};
        QTest::newRow("a tag below it") << QStringList{QStringLiteral("claim")} << QStringList{QStringLiteral("gazette/a.txt")};
        QTest::newRow("another tag") << QStringList{QStringLiteral("Source")} << QStringList{QStringLiteral("ledger/b.txt")};
        QTest::newRow("either") << QStringList{QStringLiteral("Economy"), QStringLiteral("Source")}
                                << QStringList{QStringLiteral("gazette/a.txt"), QStringLiteral("ledger/b.txt")};
        QTest::newRow("unused tag") << QStringList{QStringLiteral("Unused")} << QStringList{};
    }

    void write_filtersByTag()
    {
        QFETCH(QStringList, tags);
        QFETCH(QStringList, paths);
        Annotator annotator(m_db.connection());
        const qint64 claim = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), claim);
        const qint64 source = TestUtil::createTag(annotator, QStringLiteral("Source"));
        QVERIFY(TestUtil::createTag(annotator, QStringLiteral("Unused")));
        ArticleStore store(m_db.connection());
        QList<qint64> ids = store.ids({}, ArticleSort::Path, Qt::AscendingOrder); // gazette/a, ledger/b, undated
        const Article a = *store.article(ids.at(0));
        const Article b = *store.article(ids.at(1));
        QVERIFY(annotator.annotate(a.id, a.body, 0, 5, {economy}));
        QVERIFY(annotator.annotate(b.id, b.body, 0, 5, {source}));
        const QJsonArray articles = exportWith({{}, tags, {}, {}, {}, {}}).value(QLatin1String("articles")).toArray();
        QStringList got;
        for (const QJsonValue &v : articles)
            got << v.toObject().value(QLatin1String("path")).toString();
        QCOMPARE(got, paths);
    }

    void write_unknownTag_failsWithItsName()
    {
        JsonExporter exporter(m_db.connection());
        exporter.setFilter({{}, {QStringLiteral("Nonesuch")}, {}, {}, {}, {}});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!exporter.write(&buffer));
        QVERIFY2(exporter.errorString().contains(QLatin1String("Nonesuch")), qPrintable(exporter.errorString()));
    }

    // --- links across outlets (issue 5) ---

    void write_linksDuplicatesStoriesAndQuoteClusters()
    {
        QVERIFY(openLinkedCorpus());
        const QJsonObject root = exportWith({});
        const QJsonObject earlier = articleAt(root, kEarlier), later = articleAt(root, kLater);
        QVERIFY(!earlier.isEmpty() && !later.isEmpty());

        // One edited word: a near-duplicate, seen from both sides, as the machine suggested it.
        for (const auto &[article, other] : {std::pair{earlier, QString(kLater)}, std::pair{later, QString(kEarlier)}}) {
            const QJsonArray duplicates = arrayOf(article, "duplicates");
            QCOMPARE(duplicates.size(), 1);
            const QJsonObject d = duplicates.at(0).toObject();
            QCOMPARE(stringOf(d, "path"), other);
            QCOMPARE(stringOf(d, "relation"), QStringLiteral("near-duplicate"));
            QCOMPARE(stringOf(d, "status"), QStringLiteral("suggested"));
            const double similarity = d.value(QLatin1String("similarity")).toDouble();
            QVERIFY2(similarity > 0.8 && similarity < 1.0, qPrintable(QString::number(similarity)));
            QCOMPARE(std::round(similarity * 1000) / 1000, similarity); // three decimals
        }
        QVERIFY(arrayOf(articleAt(root, kUnrelated), "duplicates").isEmpty());

        // One story: both reports, earliest first.
        const QJsonArray stories = arrayOf(root, "stories");
        QCOMPARE(stories.size(), 1);
        const QJsonObject story = stories.at(0).toObject();
        QCOMPARE(arrayOf(story, "articles"), (QJsonArray{QString(kEarlier), QString(kLater)}));
        QCOMPARE(stringOf(story, "first_published"), QStringLiteral("2025-03-10"));
        QCOMPARE(arrayOf(story, "outlets"), (QJsonArray{QStringLiteral("Northline News"), QStringLiteral("The Daily Ledger")}));
        QVERIFY(story.value(QLatin1String("id")).toInteger() > 0);

        // Two shared quotes: Volkova's word for word, Peskov's with "contact" made "contacts".
        const QJsonArray clusters = arrayOf(root, "quote_clusters");
        QCOMPARE(clusters.size(), 2);
        QJsonObject peskov, volkova;
        for (const QJsonValue &v : clusters)
            (stringOf(v.toObject(), "speaker").contains(QLatin1String("Peskov")) ? peskov : volkova) = v.toObject();
        QVERIFY(!peskov.isEmpty() && !volkova.isEmpty());
        QCOMPARE(peskov.value(QLatin1String("altered")).toBool(), true);
        QCOMPARE(volkova.value(QLatin1String("altered")).toBool(), false);
        const QJsonArray members = arrayOf(peskov, "members");
        QCOMPARE(members.size(), 2);
        QCOMPARE(stringOf(members.at(0).toObject(), "path"), QString(kEarlier));
        QCOMPARE(members.at(0).toObject().value(QLatin1String("earliest")).toBool(), true);
        QCOMPARE(stringOf(members.at(1).toObject(), "path"), QString(kLater));
        QVERIFY(!members.at(1).toObject().contains(QLatin1String("earliest")));
        // `quote` points into the member's article's `quotes`: Peskov's is the second there.
        const QStringList words{QStringLiteral("has no contact with"), QStringLiteral("has no contacts with")};
        for (int i = 0; i < 2; ++i) {
            const QJsonObject m = members.at(i).toObject();
            const QJsonObject article = articleAt(root, stringOf(m, "path"));
            const QJsonValue index = m.value(QLatin1String("quote"));
            QVERIFY(index.isDouble());
            QCOMPARE(index.toInt(), 1);
            const QJsonObject quote = arrayOf(article, "quotes").at(index.toInt()).toObject();
            QVERIFY2(stringOf(quote, "text").contains(words.at(i)), qPrintable(stringOf(quote, "text")));
            QCOMPARE(stringOf(quote, "text"), stringOf(m, "text"));
            QCOMPARE(quote.value(QLatin1String("id")).toInteger(), m.value(QLatin1String("quote_id")).toInteger());
        }
    }

    void write_linkDecisionsShowAsStatus()
    {
        QVERIFY(openLinkedCorpus());
        QJsonObject root = exportWith({});
        const qint64 earlier = articleAt(root, kEarlier).value(QLatin1String("id")).toInteger();
        const qint64 later = articleAt(root, kLater).value(QLatin1String("id")).toInteger();
        const auto statusOf = [&](QLatin1String path) {
            const QJsonArray duplicates = arrayOf(articleAt(root, path), "duplicates");
            return duplicates.size() == 1 ? stringOf(duplicates.at(0).toObject(), "status") : QStringLiteral("(%1 links)").arg(duplicates.size());
        };

        Annotator annotator(m_db.connection());
        LinkDecision reject;
        reject.a.article = earlier;
        reject.b.article = later;
        reject.verdict = LinkDecision::Verdict::Rejected;
        QVERIFY2(annotator.decideLink(reject) > 0, qPrintable(annotator.errorString()));
        root = exportWith({});
        QCOMPARE(statusOf(kEarlier), QStringLiteral("rejected"));
        QCOMPARE(statusOf(kLater), QStringLiteral("rejected"));
        QVERIFY(arrayOf(root, "stories").isEmpty()); // a rejected pair is never one story
        QCOMPARE(arrayOf(root, "quote_clusters").size(), 2); // the quotes are linked on their own

        LinkDecision confirm = reject;
        confirm.verdict = LinkDecision::Verdict::Confirmed;
        QVERIFY(annotator.decideLink(confirm) > 0);
        root = exportWith({});
        QCOMPARE(statusOf(kEarlier), QStringLiteral("confirmed"));
        QCOMPARE(statusOf(kLater), QStringLiteral("confirmed"));
        QCOMPARE(arrayOf(root, "stories").size(), 1);
    }

    void write_handMadeLink_isAStoryNotADuplicate()
    {
        QVERIFY(openLinkedCorpus());
        QJsonObject root = exportWith({});
        LinkDecision manual;
        manual.a.article = articleAt(root, kEarlier).value(QLatin1String("id")).toInteger();
        manual.b.article = articleAt(root, kUnrelated).value(QLatin1String("id")).toInteger();
        manual.verdict = LinkDecision::Verdict::Manual;
        Annotator annotator(m_db.connection());
        QVERIFY(annotator.decideLink(manual) > 0);
        root = exportWith({});
        QVERIFY(arrayOf(articleAt(root, kUnrelated), "duplicates").isEmpty()); // no relation, no similarity
        QCOMPARE(arrayOf(articleAt(root, kEarlier), "duplicates").size(), 1);
        const QJsonArray stories = arrayOf(root, "stories");
        QCOMPARE(stories.size(), 1);
        QCOMPARE(arrayOf(stories.at(0).toObject(), "articles"), (QJsonArray{QString(kEarlier), QString(kUnrelated), QString(kLater)}));
    }

    void write_linksFollowTheSelection()
    {
        QVERIFY(openLinkedCorpus());
        const QJsonObject root = exportWith({{QStringLiteral("Northline News")}, {}, {}, {}, {}, {}});
        QCOMPARE(arrayOf(root, "articles").size(), 1);
        // The duplicate is named though not exported; a story or cluster of one article is none.
        QCOMPARE(stringOf(arrayOf(articleAt(root, kEarlier), "duplicates").at(0).toObject(), "path"), QString(kLater));
        QVERIFY(arrayOf(root, "stories").isEmpty());
        QVERIFY(arrayOf(root, "quote_clusters").isEmpty());
    }

    void write_partialClusters_sayWhetherTheExportedWordingsDiffer()
    {
        QVERIFY(openLinkedCorpus(true));
        const auto peskovOf = [](const QJsonObject &root) {
            for (const QJsonValue &v : arrayOf(root, "quote_clusters")) {
                if (stringOf(v.toObject(), "speaker").contains(QLatin1String("Peskov")))
                    return v.toObject();
            }
            return QJsonObject();
        };
        const auto pathsOf = [](const QJsonArray &members) {
            QStringList paths;
            for (const QJsonValue &m : members)
                paths << stringOf(m.toObject(), "path");
            return paths;
        };
        QJsonObject root = exportWith({});
        const QJsonObject exact = arrayOf(articleAt(root, kReprint), "duplicates").at(0).toObject();
        QCOMPARE(stringOf(exact, "path"), QString(kEarlier));
        QCOMPARE(stringOf(exact, "relation"), QStringLiteral("duplicate"));
        QCOMPARE(exact.value(QLatin1String("similarity")).toDouble(), 1.0);
        QJsonObject peskov = peskovOf(root);
        QCOMPARE(pathsOf(arrayOf(peskov, "members")), (QStringList{kEarlier, kReprint, kLater}));
        QCOMPARE(peskov.value(QLatin1String("altered")).toBool(), true);

        // Without the outlet that edited the quote, the two wordings shown are the same.
        root = exportWith({{QStringLiteral("Northline News"), QStringLiteral("Riverside Tribune")}, {}, {}, {}, {}, {}});
        peskov = peskovOf(root);
        QCOMPARE(pathsOf(arrayOf(peskov, "members")), (QStringList{kEarlier, kReprint}));
        QCOMPARE(peskov.value(QLatin1String("altered")).toBool(), false);
        const QJsonArray stories = arrayOf(root, "stories");
        QCOMPARE(stories.size(), 1);
        QCOMPARE(arrayOf(stories.at(0).toObject(), "articles"), (QJsonArray{QString(kEarlier), QString(kReprint)}));
        QCOMPARE(arrayOf(stories.at(0).toObject(), "outlets"), (QJsonArray{QStringLiteral("Northline News"), QStringLiteral("Riverside Tribune")}));
    }

    void codePointLength_countsSurrogatePairsOnce()
    {
        QCOMPARE(JsonExporter::codePointLength(u"abc"), 3);
        QCOMPARE(JsonExporter::codePointLength(QStringView(u"a🙂b")), 3);
        QCOMPARE(JsonExporter::codePointLength(u"£—"), 2);
    }

    void writeFile_unwritablePath_failsWithMessage()
    {
        JsonExporter exporter(m_db.connection());
        QVERIFY(!exporter.writeFile(QStringLiteral("/nonexistent-dir/x/out.json")));
        QVERIFY(exporter.errorString().contains(QLatin1String("/nonexistent-dir/x/out.json")));
    }
};

QTEST_GUILESS_MAIN(JsonExporterTest)
#include "jsonexporter_test.moc"
