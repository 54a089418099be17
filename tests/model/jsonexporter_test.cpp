// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "articlestore.h"
#include "database.h"
#include "jsonexporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class JsonExporterTest : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    QJsonObject exportWith(const ExportFilter &filter)
    {
        JsonExporter exporter(m_db.connection());
        exporter.setFilter(filter);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!exporter.write(&buffer))
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString();
        return doc.object();
    }

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

        QJsonObject article;
        for (const QJsonValue &v : root.value(QLatin1String("articles")).toArray()) {
            if (v.toObject().value(QLatin1String("path")).toString() == QLatin1String("emoji.txt"))
                article = v.toObject();
        }
        const QList<uint> text = article.value(QLatin1String("text")).toString().toUcs4();
        const auto slice = [&](const QJsonObject &span) {
            const int start = span.value(QLatin1String("start")).toInt();
            const int end = span.value(QLatin1String("end")).toInt();
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()) + start, end - start);
        };
        const QJsonArray quotes = article.value(QLatin1String("quotes")).toArray();
        QCOMPARE(quotes.size(), 1);
        const QJsonObject quote = quotes.first().toObject();
        QCOMPARE(quote.value(QLatin1String("start")).toInt(), 4); // two emoji, a space, the mark
        QCOMPARE(quote.value(QLatin1String("text")).toString(), QStringLiteral("Yes, we will,"));
        QCOMPARE(slice(quote), quote.value(QLatin1String("text")).toString());
        QCOMPARE(quote.value(QLatin1String("kind")).toString(), QStringLiteral("full"));
        QCOMPARE(quote.value(QLatin1String("speaker")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(quote.value(QLatin1String("speaker_entity")).toInteger(), ann.value(QLatin1String("id")).toInteger());
        QCOMPARE(quote.value(QLatin1String("status")).toString(), QStringLiteral("detected"));
        const QJsonArray entities = article.value(QLatin1String("entities")).toArray();
        QCOMPARE(entities.size(), 3);
        for (const QJsonValue &v : entities)
            QCOMPARE(slice(v.toObject()), v.toObject().value(QLatin1String("text")).toString());
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
        const QJsonArray articles = exportWith({outlets, {}, from, to}).value(QLatin1String("articles")).toArray();
        QStringList got;
        for (const QJsonValue &v : articles)
            got << v.toObject().value(QLatin1String("path")).toString();
        QCOMPARE(got, paths);
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
