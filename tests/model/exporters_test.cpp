// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export formats other than JSON's own contract (jsonexporter_test): CSV, W3C Web Annotation,
// the HTML and PDF report, and what every format shares (filters, determinism, cancel, progress).
#include "analysisstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "exporter.h"
#include "exportfixture.h"
#include "reportexporter.h"
#include "testutil.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <atomic>
#include <functional>

using namespace Dossier;

Q_DECLARE_METATYPE(Dossier::ExportFilter)
Q_DECLARE_METATYPE(Dossier::ExportFormat)

namespace {

/** A small RFC 4180 reader: quoted fields with doubled quotes and any line break inside, CRLF
 *  between records. Anything else (a bare line feed between records, a quote inside an unquoted
 *  field, text after a closing quote) is an error. */
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field in record %1").arg(rows.size() + 1);
                    return {};
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"')) {
                    *error = QStringLiteral("quote inside an unquoted field in record %1").arg(rows.size() + 1);
                    return {};
                }
                field += text.at(i++);
            }
        }
        row.append(field);
        if (i >= n)
            break;
        if (text.at(i) == QLatin1Char(',')) {
            ++i;
            if (i == n)
                row.append(QString());
            continue;
        }
        if (text.mid(i, 2) != QLatin1String("\r\n")) {
            *error = QStringLiteral("record %1 does not end in CRLF").arg(rows.size() + 1);
            return {};
        }
        i += 2;
        rows.append(row);
        row.clear();
    }
    if (!row.isEmpty())
        rows.append(row);
    return rows;
}

/** The text of an HTML page: tags dropped, the entities the report uses decoded. */
QString plainText(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tag, QString());
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

/** The rows of every table of an HTML page, each as its cells' text joined by "|" (a leading
 *  colour swatch dropped). */
QStringList tableRows(const QString &html)
{
    static const QRegularExpression row(QStringLiteral("<tr>(.*?)</tr>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(QStringLiteral("<t[dh][^>]*>(.*?)</t[dh]>"), QRegularExpression::DotMatchesEverythingOption);
    QStringList rows;
    for (auto r = row.globalMatch(html); r.hasNext();) {
        QStringList cells;
        const QString inner = r.next().captured(1);
        for (auto c = cell.globalMatch(inner); c.hasNext();) {
            QString text = plainText(c.next().captured(1)).trimmed();
            if (text.startsWith(QStringLiteral("■")))
                text = text.mid(1).trimmed();
            cells.append(text);
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

/** The number of page objects of a PDF (`/Type /Page`, not the `/Pages` tree). */
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

const QDateTime kExportTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);

} // namespace

class ExportersTest : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    QTemporaryDir m_tmp;

    static constexpr QLatin1String kEarlier{"northline/kremlin-summit.txt"}; // 2025-03-10, "no contact"
    static constexpr QLatin1String kLater{"ledger/no-summit.txt"};           // 2025-03-12, "no contacts"

    bool openLinkedCorpus()
    {
        static int n = 0;
        const QString corpus = m_tmp.filePath(QStringLiteral("linked%1").arg(++n));
        return TestUtil::writeLinkedCorpus(corpus) && TestUtil::openImported(m_db, corpus);
    }

    /**
     * A copy of the bundled sample corpus, imported, with every paragraph of every article
     * annotated: tag "Economy" (below "Claim") and "Source" in turn, every third one a claim whose
     * verdict goes round the statuses. Returns the number of annotations, -1 on failure.
     */
    int openAnnotatedSample()
    {
        static int n = 0;
        const QString corpus = m_tmp.filePath(QStringLiteral("sample%1").arg(++n));
        if (!TestUtil::copyTree(TestUtil::sampleDir(), corpus) || !TestUtil::openImported(m_db, corpus))
            return -1;
        Annotator annotator(m_db.connection());
        annotator.setAuthor(QStringLiteral("ana"));
        const qint64 claim = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), claim);
        const qint64 source = TestUtil::createTag(annotator, QStringLiteral("Source"));
        ArticleStore store(m_db.connection());
        int count = 0;
        for (qint64 id : store.ids({}, ArticleSort::Path, Qt::AscendingOrder)) {
            const QString body = store.article(id)->body;
            qsizetype start = 0;
            while (start < body.size()) {
                qsizetype end = body.indexOf(QLatin1Char('\n'), start);
                if (end < 0)
                    end = body.size();
                if (end - start > 20) {
                    const qint64 a = annotator.annotate(id, body, int(start), int(end), {count % 2 ? source : economy});
                    if (!a)
                        return -1;
                    if (count % 3 == 0) {
                        Annotation edited = *annotator.store().annotation(a);
                        edited.claim = ClaimStatus(count / 3 % claimStatusCount);
                        edited.note = QStringLiteral("Check paragraph %1.").arg(count);
                        if (!annotator.editAnnotation(edited))
                            return -1;
                    }
                    ++count;
                }
                start = end + 1;
            }
        }
        return count;
    }

    /** Annotates the first `span` in article `id`; 0 when the article has no such text. */
    qint64 annotate(Annotator &annotator, qint64 id, const QString &span, const QList<qint64> &tags)
    {
        const QString body = ArticleStore(m_db.connection()).article(id)->body;
        const qsizetype at = body.indexOf(span);
        if (at < 0) {
            qWarning() << "no" << span << "in article" << id;
            return 0;
        }
        return annotator.annotate(id, body, int(at), int(at + span.size()), tags);
    }

    bool edit(Annotator &annotator, qint64 id, const std::function<void(Annotation &)> &change)
    {
        Annotation a = *annotator.store().annotation(id);
        change(a);
        return annotator.editAnnotation(a);
    }

    qint64 articleId(const QString &path)
    {
        ArticleStore store(m_db.connection());
        for (qint64 id : store.ids({}, ArticleSort::Path, Qt::AscendingOrder)) {
            if (store.article(id)->path == path)
                return id;
        }
        return 0;
    }

    QByteArray exportBytes(ExportFormat format, const ExportFilter &filter = {}, QString *error = nullptr)
    {
        return ExportFixture::exportBytes(m_db.connection(), format, filter, kExportTime, error);
    }

    /** The CSV export's records, header first; empty (with a warning) when it does not parse. */
    QList<QStringList> csvRows(const ExportFilter &filter = {})
    {
        const QByteArray bytes = exportBytes(ExportFormat::Csv, filter);
        if (!bytes.startsWith("\xEF\xBB\xBF")) {
            qWarning() << "no byte order mark";
            return {};
        }
        QString error;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return rows;
    }

    /** The CSV records as maps by column name (the header row left out). */
    QList<QHash<QString, QString>> csvRecords(const ExportFilter &filter = {})
    {
        const QList<QStringList> rows = csvRows(filter);
        QList<QHash<QString, QString>> records;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QHash<QString, QString> record;
            for (qsizetype c = 0; c < rows.first().size() && c < rows.at(r).size(); ++c)
                record.insert(rows.first().at(c), rows.at(r).at(c));
            records.append(record);
        }
        return records;
    }

    /** The _data() of a test run in every format but REFI-QDA (qdpxexporter_test has that): a "format" row each. */
    static void addFormatRows()
    {
        QTest::addColumn<ExportFormat>("format");
        for (ExportFormat f : {ExportFormat::Csv, ExportFormat::JsonLd, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Json})
            QTest::newRow(qPrintable(exportFormatName(f))) << f;
    }

    QJsonObject jsonOf(ExportFormat format, const ExportFilter &filter = {})
    {
        return ExportFixture::jsonObject(exportBytes(format, filter));
    }

    /** The emoji article of the CSV and JSON-LD tests: a child tag, a note, a claim, an orphan. */
    struct EmojiFixture
    {
        QString body;
        QString span;
        qint64 annotation = 0;
        qint64 orphan = 0;
    };

    EmojiFixture addEmojiArticle()
    {
        EmojiFixture f;
        // Characters outside the BMP before and inside the span: U+1F600 and U+1F389.
        f.body = QStringLiteral("😀😀 The minister said prices will fall 🎉 soon. Nobody believed it, said the 😀 baker.");
        f.span = QStringLiteral("prices will fall 🎉 soon");
        const qint64 id = TestUtil::insertArticle(m_db.connection(), QStringLiteral("emoji.txt"), f.body,
                                                  QStringLiteral("Emoji Times"), QDate(2025, 4, 1));
        Annotator annotator(m_db.connection());
        annotator.setAuthor(QStringLiteral("ana"));
        const qint64 claim = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), claim);
        const qint64 source = TestUtil::createTag(annotator, QStringLiteral("Source"));
        f.annotation = annotate(annotator, id, f.span, {economy, source});
        edit(annotator, f.annotation, [](Annotation &a) {
            a.note = QStringLiteral("Forecast, not fact.");
            a.claim = ClaimStatus::False;
        });
        f.orphan = annotate(annotator, id, QStringLiteral("Nobody"), {claim});
        TextAnchor lost = annotator.store().annotation(f.orphan)->anchor;
        lost.exact = QStringLiteral("a sentence the editors removed");
        lost.state = AnchorState::Orphaned;
        annotator.store().updateAnchor(f.orphan, lost);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        ArticleStore(m_db.connection()).setSetting(QStringLiteral("root"), QStringLiteral("/corpus"));
        QVERIFY(TestUtil::insertArticle(m_db.connection(), QStringLiteral("gazette/a.txt"),
                                        QStringLiteral("The dam held. Engineers were relieved."),
                                        QStringLiteral("Harbour Gazette"), QDate(2025, 3, 14)));
        QVERIFY(TestUtil::insertArticle(m_db.connection(), QStringLiteral("ledger/b.txt"),
                                        QStringLiteral("Talks collapsed on Friday."), QStringLiteral("The Daily Ledger"),
                                        QDate(2025, 3, 22)));
        QVERIFY(TestUtil::insertArticle(m_db.connection(), QStringLiteral("undated.txt"), QStringLiteral("No date here.")));
    }

    void cleanup()
    {
        m_db.close();
    }

    // --- CSV ---

    void csv_headerBomAndCrlf()
    {
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Event"));
        QVERIFY(annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("The dam held."), {tag}));
        QVERIFY(annotate(annotator, articleId(QStringLiteral("ledger/b.txt")), QStringLiteral("Talks collapsed"), {tag}));
        const QByteArray bytes = exportBytes(ExportFormat::Csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFpath,outlet,date,tags,start,end,text,speaker,status,note\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\n"), bytes.count("\r\n")); // no bare line feed (no field has one here)
        QCOMPARE(bytes.count("\r\n"), 3);
        const QList<QStringList> rows = csvRows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1),
                 (QStringList{QStringLiteral("gazette/a.txt"), QStringLiteral("Harbour Gazette"), QStringLiteral("2025-03-14"), QStringLiteral("Event"),
                              QStringLiteral("0"), QStringLiteral("13"), QStringLiteral("The dam held."), QString(), QString(), QString()}));
    }

    void csv_quotingRoundTrips()
    {
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Event"));
        const qint64 a = annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("The dam held."), {tag});
        QVERIFY(a);
        const QString note = QStringLiteral("Held, they say: \"for now\".\nSecond line,\r\nthird; \"\" end");
        QVERIFY(edit(annotator, a, [&](Annotation &x) { x.note = note; }));
        const QByteArray bytes = exportBytes(ExportFormat::Csv);
        // Quoted, quotes doubled.
        QVERIFY2(bytes.contains("\"Held, they say: \"\"for now\"\".\nSecond line,\r\nthird; \"\"\"\" end\""), bytes.constData());
        const QList<QStringList> rows = csvRows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).size(), 10);
        QCOMPARE(rows.at(1).at(9), note);
        QCOMPARE(rows.at(1).at(6), QStringLiteral("The dam held."));
    }

    void csv_formulaInjection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("note");
        QTest::newRow("=") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("=HYPERLINK(\"http://x\")");
        QTest::newRow("+") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("+1");
        QTest::newRow("-") << QStringLiteral("-2 points lower") << QStringLiteral("-cmd|' /C calc'!A0");
        QTest::newRow("@") << QStringLiteral("@SUM(1)") << QStringLiteral("@mention");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("\tindented");
        QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\r\nnote");
    }

    void csv_formulaInjection()
    {
        QFETCH(QString, text);
        QFETCH(QString, note);
        const QString body = QStringLiteral("Before. ") + text + QStringLiteral(" After.");
        const qint64 id
            = TestUtil::insertArticle(m_db.connection(), QStringLiteral("formula.txt"), body, QStringLiteral("=Outlet"));
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("@Event"));
        const qint64 a = annotator.annotate(id, body, 8, 8 + int(text.size()), {tag});
        QVERIFY(a);
        QVERIFY(edit(annotator, a, [&](Annotation &x) { x.note = note; }));
        const QList<QHash<QString, QString>> records = csvRecords();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value(QStringLiteral("text")), QLatin1Char('\'') + text);
        QCOMPARE(records.first().value(QStringLiteral("note")), QLatin1Char('\'') + note);
        QCOMPARE(records.first().value(QStringLiteral("outlet")), QStringLiteral("'=Outlet")); // every cell, not only those two
        QCOMPARE(records.first().value(QStringLiteral("tags")), QStringLiteral("'@Event"));
        QCOMPARE(records.first().value(QStringLiteral("path")), QStringLiteral("formula.txt")); // harmless cells stay as they are
    }

    void csv_tagPathsAndCodePointOffsets()
    {
        const EmojiFixture f = addEmojiArticle();
        QVERIFY(f.annotation && f.orphan);
        const QList<QHash<QString, QString>> records = csvRecords();
        QCOMPARE(records.size(), 2);
        const QHash<QString, QString> r = records.at(0);
        QCOMPARE(r.value(QStringLiteral("path")), QStringLiteral("emoji.txt"));
        QCOMPARE(r.value(QStringLiteral("outlet")), QStringLiteral("Emoji Times"));
        QCOMPARE(r.value(QStringLiteral("date")), QStringLiteral("2025-04-01"));
        QCOMPARE(r.value(QStringLiteral("tags")), QStringLiteral("Claim/Economy; Source"));
        QCOMPARE(r.value(QStringLiteral("text")), f.span);
        const int start = r.value(QStringLiteral("start")).toInt(), end = r.value(QStringLiteral("end")).toInt();
        QCOMPARE(start, int(f.body.indexOf(f.span)) - 2); // two emoji before: one code point each
        QCOMPARE(end - start, int(f.span.size()) - 1);   // one inside
        QCOMPARE(ExportFixture::codePointSlice(f.body, start, end), f.span);
        QCOMPARE(r.value(QStringLiteral("status")), QStringLiteral("false"));
        QCOMPARE(r.value(QStringLiteral("note")), QStringLiteral("Forecast, not fact."));
        // The orphan: no offsets, the passage as it was annotated.
        const QHash<QString, QString> o = records.at(1);
        QCOMPARE(o.value(QStringLiteral("tags")), QStringLiteral("Claim"));
        QCOMPARE(o.value(QStringLiteral("start")), QString());
        QCOMPARE(o.value(QStringLiteral("end")), QString());
        QCOMPARE(o.value(QStringLiteral("text")), QStringLiteral("a sentence the editors removed"));
        QCOMPARE(o.value(QStringLiteral("status")), QString());
    }

    void csv_speakerFromClaimantOrQuote()
    {
        QVERIFY(openLinkedCorpus());
        qint64 peskov = 0;
        for (const EntityRecord &e : AnalysisStore(m_db.connection()).entities()) {
            if (e.name == QLatin1String("Dmitry Peskov"))
                peskov = e.id;
        }
        QVERIFY(peskov);
        const qint64 id = articleId(kEarlier);
        QVERIFY(id);
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Quote"));
        // Inside Volkova's quote; inside it again, as a claim whose claimant is Peskov; outside any
        // quote, as Peskov's claim; outside any quote, no claim.
        const qint64 inQuote = annotate(annotator, id, QStringLiteral("The talks are over for now"), {tag});
        const qint64 claimed = annotate(annotator, id, QStringLiteral("nobody is hiding anything"), {tag});
        const qint64 outside = annotate(annotator, id, QStringLiteral("Analysts in Berlin and Warsaw"), {tag});
        const qint64 nobody = annotate(annotator, id, QStringLiteral("Diplomats expect"), {tag});
        QVERIFY(inQuote && claimed && outside && nobody);
        for (qint64 a : {claimed, outside}) {
            QVERIFY(edit(annotator, a, [&](Annotation &x) {
                x.claim = ClaimStatus::Checking;
                x.claimant = peskov;
            }));
        }
        ExportFilter filter;
        filter.outlets = {QStringLiteral("Northline News")};
        QHash<QString, QString> speakers;
        for (const auto &r : csvRecords(filter))
            speakers.insert(r.value(QStringLiteral("text")), r.value(QStringLiteral("speaker")));
        QCOMPARE(speakers.size(), 4);
        QCOMPARE(speakers.value(QStringLiteral("The talks are over for now")), QStringLiteral("Irina Volkova"));
        QCOMPARE(speakers.value(QStringLiteral("nobody is hiding anything")), QStringLiteral("Dmitry Peskov"));
        QCOMPARE(speakers.value(QStringLiteral("Analysts in Berlin and Warsaw")), QStringLiteral("Dmitry Peskov"));
        QCOMPARE(speakers.value(QStringLiteral("Diplomats expect")), QString());
    }

    // --- W3C Web Annotation (JSON-LD) ---

    void jsonld_followsTheWebAnnotationModel()
    {
        const EmojiFixture f = addEmojiArticle();
        QVERIFY(f.annotation && f.orphan);
        const QJsonObject root = jsonOf(ExportFormat::JsonLd);
        QCOMPARE(root.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QLatin1String("total")).toInt(), 2);
        const QJsonObject page = root.value(QLatin1String("first")).toObject();
        QCOMPARE(page.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationPage"));
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);

        const QJsonObject a = items.at(0).toObject();
        QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
        QVERIFY(a.value(QLatin1String("id")).toString().startsWith(QLatin1String("urn:uuid:")));
        QVERIFY(a.value(QLatin1String("id")).toString() != items.at(1).toObject().value(QLatin1String("id")).toString());
        const QJsonObject target = a.value(QLatin1String("target")).toObject();
        QCOMPARE(target.value(QLatin1String("source")).toString(), QStringLiteral("file:///corpus/emoji.txt"));
        QJsonObject quote, position;
        for (const QJsonValue &v : target.value(QLatin1String("selector")).toArray()) {
            const QString type = v.toObject().value(QLatin1String("type")).toString();
            (type == QLatin1String("TextQuoteSelector") ? quote : position) = v.toObject();
        }
        QCOMPARE(quote.value(QLatin1String("exact")).toString(), f.span);
        QCOMPARE(quote.value(QLatin1String("prefix")).toString(), QStringLiteral("😀😀 The minister said "));
        QCOMPARE(quote.value(QLatin1String("suffix")).toString(), QStringLiteral(". Nobody believed it, said the 😀")); // 32 code points
        QCOMPARE(position.value(QLatin1String("type")).toString(), QStringLiteral("TextPositionSelector"));
        const int start = position.value(QLatin1String("start")).toInt(), end = position.value(QLatin1String("end")).toInt();
        QCOMPARE(start, int(f.body.indexOf(f.span)) - 2);
        QCOMPARE(ExportFixture::codePointSlice(f.body, start, end), f.span);

        QStringList tagging, commenting, assessing;
        for (const QJsonValue &v : a.value(QLatin1String("body")).toArray()) {
            const QJsonObject body = v.toObject();
            QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("TextualBody"));
            const QString purpose = body.value(QLatin1String("purpose")).toString();
            const QString value = body.value(QLatin1String("value")).toString();
            if (purpose == QLatin1String("tagging"))
                tagging << value;
            else if (purpose == QLatin1String("commenting"))
                commenting << value;
            else if (purpose == QLatin1String("assessing"))
                assessing << value;
            else
                QFAIL(qPrintable(QStringLiteral("unknown purpose ") + purpose));
        }
        QCOMPARE(tagging, (QStringList{QStringLiteral("Claim/Economy"), QStringLiteral("Source")}));
        QCOMPARE(commenting, QStringList{QStringLiteral("Forecast, not fact.")});
        QCOMPARE(assessing, QStringList{QStringLiteral("false")});
        QCOMPARE(a.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("ana"));

        // The orphan: the text as annotated, and no position (its offsets belong to an older text).
        const QJsonObject o = items.at(1).toObject();
        const QJsonArray selectors = o.value(QLatin1String("target")).toObject().value(QLatin1String("selector")).toArray();
        QCOMPARE(selectors.size(), 1);
        QCOMPARE(selectors.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors.at(0).toObject().value(QLatin1String("exact")).toString(), QStringLiteral("a sentence the editors removed"));
        QVERIFY(!QJsonDocument(o).toJson().contains("TextPositionSelector"));
        QCOMPARE(o.value(QLatin1String("body")).toArray().size(), 1); // its tag; no note, no verdict
    }

    void jsonld_noAnnotations_isAnEmptyCollection()
    {
        const QJsonObject root = jsonOf(ExportFormat::JsonLd);
        QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QLatin1String("total")).toInt(), 0);
        QVERIFY(root.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray().isEmpty());
    }

    // --- HTML report ---

    void html_escapesAndIsSelfContained()
    {
        const QString body = QStringLiteral("Before <script>alert(1)</script> after & \"quoted\" <img src=x onerror=alert(2)>.");
        const qint64 id = TestUtil::insertArticle(m_db.connection(), QStringLiteral("evil.txt"), body,
                                                  QStringLiteral("<b>&\"Outlet"), QDate(2025, 5, 5));
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("<b>&\"Tag"));
        const qint64 a = annotator.annotate(id, body, 0, int(body.size()), {tag});
        QVERIFY(a);
        QVERIFY(edit(annotator, a, [](Annotation &x) {
            x.note = QStringLiteral("<b>&\"note</b> <a href=\"https://evil.example/\">link</a>");
            x.claim = ClaimStatus::Misleading;
            x.evidence = {{QStringLiteral("https://example.org/<script>"), QStringLiteral("<i>seen</i>")}};
        }));
        QVERIFY(annotator.setArticleNote(id, QStringLiteral("<script>note()</script>")));
        const QString html = QString::fromUtf8(exportBytes(ExportFormat::Html));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<b>&\"")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;&amp;&quot;Outlet")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;&amp;&quot;Tag")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;&amp;&quot;note&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;note()&lt;/script&gt;")));
        // Self-contained: no script, no external resource, no link out.
        static const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*[\"']?\\s*(https?:|file:|//)"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured()));
        static const QRegularExpression source(QStringLiteral("<[^>]*\\bsrc\\s*="), QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!source.match(html).hasMatch());
        QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("@import"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
        // What the text says is still there to read.
        const QString text = plainText(html);
        QVERIFY(text.contains(body));
        QVERIFY(text.contains(QStringLiteral("<b>&\"note</b> <a href=\"https://evil.example/\">link</a>")));
    }

    void html_summaryAndAnnotations()
    {
        const EmojiFixture f = addEmojiArticle();
        Annotator annotator(m_db.connection());
        qint64 claim = 0, source = 0;
        for (const Tag &t : annotator.tags()) {
            if (t.name == QLatin1String("Claim"))
                claim = t.id;
            else if (t.name == QLatin1String("Source"))
                source = t.id;
        }
        QVERIFY(claim && source);
        // Two tags of one name under different parents: counted apart.
        const qint64 claimOther = TestUtil::createTag(annotator, QStringLiteral("Other"), claim);
        const qint64 sourceOther = TestUtil::createTag(annotator, QStringLiteral("Other"), source);
        QVERIFY(claimOther && sourceOther);
        const qint64 a = annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("Engineers were relieved."), {source, sourceOther});
        QVERIFY(edit(annotator, a, [](Annotation &x) {
            x.claim = ClaimStatus::True;
            x.note = QStringLiteral("Confirmed by the county.");
        }));
        QVERIFY(annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("The dam held."), {sourceOther}));
        const qint64 b = annotate(annotator, articleId(QStringLiteral("ledger/b.txt")), QStringLiteral("Talks collapsed"), {source});
        QVERIFY(edit(annotator, b, [](Annotation &x) { x.claim = ClaimStatus::False; }));
        const QString html = QString::fromUtf8(exportBytes(ExportFormat::Html));
        const QStringList rows = tableRows(html);
        // By tag (a tag's annotations, by its path), by verdict, by outlet.
        QVERIFY2(rows.contains(QStringLiteral("Claim/Economy|1")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Source|3")));
        QVERIFY(rows.contains(QStringLiteral("Claim|1")));
        QVERIFY(rows.contains(QStringLiteral("Source/Other|2")));
        QVERIFY(!rows.contains(QStringLiteral("Claim/Other|0")) && !rows.contains(QStringLiteral("Other|2")));
        QVERIFY(rows.contains(QStringLiteral("False|2")));
        QVERIFY(rows.contains(QStringLiteral("True|1")));
        QVERIFY(rows.contains(QStringLiteral("Emoji Times|2")));
        QVERIFY(rows.contains(QStringLiteral("Harbour Gazette|2")));
        QVERIFY(rows.contains(QStringLiteral("The Daily Ledger|1")));
        const QString text = plainText(html);
        QVERIFY(text.contains(QStringLiteral("5 annotations in 3 articles from 3 outlets; 3 of them claims.")));
        // The contents link to each annotated article's section.
        for (const QString &path : {QStringLiteral("emoji.txt"), QStringLiteral("gazette/a.txt"), QStringLiteral("ledger/b.txt")}) {
            const QString anchor = QStringLiteral("a%1").arg(articleId(path));
            QVERIFY(html.contains(QStringLiteral("href=\"#%1\"").arg(anchor)));
            QVERIFY(html.contains(QStringLiteral("id=\"%1\"").arg(anchor)));
        }
        QVERIFY(!html.contains(QStringLiteral("href=\"#a%1\"").arg(articleId(QStringLiteral("undated.txt"))))); // nothing tagged
        // Each annotation: its text, outlet, date, note, verdict.
        for (const QString &s : {f.span, QStringLiteral("Engineers were relieved."), QStringLiteral("Talks collapsed"),
                                 QStringLiteral("a sentence the editors removed"), QStringLiteral("Emoji Times · 2025-04-01"),
                                 QStringLiteral("Harbour Gazette · 2025-03-14"), QStringLiteral("The Daily Ledger · 2025-03-22"),
                                 QStringLiteral("Note: Forecast, not fact."), QStringLiteral("Note: Confirmed by the county."),
                                 QStringLiteral("Verdict: False"), QStringLiteral("Verdict: True")}) {
            QVERIFY2(text.contains(s), qPrintable(s));
        }
        QCOMPARE(html.count(QLatin1String("class=\"ann\"")), 5);
    }

    void html_storyLinksAndQuoteVariants()
    {
        QVERIFY(openLinkedCorpus());
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Quote"));
        const qint64 earlier = articleId(kEarlier), later = articleId(kLater);
        QVERIFY(annotate(annotator, earlier, QStringLiteral("Putin has no contact with Donald Trump"), {tag}));
        QVERIFY(annotate(annotator, later, QStringLiteral("Putin has no contacts with Donald Trump"), {tag}));
        QVERIFY(annotate(annotator, earlier, QStringLiteral("The talks are over for now"), {tag}));
        const QString html = QString::fromUtf8(exportBytes(ExportFormat::Html));
        const QString text = plainText(html);
        // The story, seen from both reports.
        QCOMPARE(text.count(QStringLiteral("Other articles in the same story (1):")), 2);
        const QStringList rows = tableRows(html);
        for (const QString &other : {QStringLiteral("Northline News|2025-03-10|"), QStringLiteral("The Daily Ledger|2025-03-12|")}) {
            const QString row = other + QStringLiteral("Kremlin says no summit is planned|near-duplicate, ");
            QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const QString &r) { return r.startsWith(row); }), qPrintable(rows.join(QLatin1Char('\n'))));
        }
        // The speaker of each passage, from its quote.
        QCOMPARE(text.count(QStringLiteral("Speaker: Dmitry Peskov")), 2);
        QCOMPARE(text.count(QStringLiteral("Speaker: Irina Volkova")), 1);
        // The quotes elsewhere: three passages in linked quotes; Peskov's was altered, with the diff.
        QCOMPARE(text.count(QStringLiteral("Other articles with the same quote (1)")), 3);
        QCOMPARE(text.count(QStringLiteral("altered across outlets")), 2);
        static const QRegularExpression deleted(QStringLiteral("line-through;\">contact</span>"));
        static const QRegularExpression inserted(QStringLiteral("underline;\">contacts</span>"));
        QVERIFY2(html.contains(deleted) && html.contains(inserted), qPrintable(html));
        QCOMPARE(text.count(QStringLiteral("(earliest)")), 1); // the later report's passage names the earlier one
    }

    void html_overlappingPassagesShownOnce()
    {
        QVERIFY(openLinkedCorpus());
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 id = articleId(kEarlier);
        // Two spans of the second paragraph whose passages overlap without being the same, one of
        // the fourth paragraph, far from them.
        QVERIFY(annotate(annotator, id, QStringLiteral("Moscow said on Monday"), {tag}));
        QVERIFY(annotate(annotator, id, QStringLiteral("at a briefing in the capital"), {tag}));
        QVERIFY(annotate(annotator, id, QStringLiteral("grain shipments"), {tag}));
        const QString html = QString::fromUtf8(exportBytes(ExportFormat::Html));
        static const QRegularExpression context(QStringLiteral("<p class=\"ctx\">(.*?)</p>"));
        QStringList passages;
        for (auto it = context.globalMatch(html); it.hasNext();)
            passages << plainText(it.next().captured(1));
        QCOMPARE(passages.size(), 2);
        // The first passage holds both spans of the second paragraph, from its start to its end.
        QVERIFY2(passages.at(0).startsWith(QLatin1String("Moscow said on Monday")), qPrintable(passages.at(0)));
        QVERIFY2(passages.at(0).endsWith(QLatin1String("at a briefing in the capital.")), qPrintable(passages.at(0)));
        QVERIFY2(passages.at(1).contains(QLatin1String("grain shipments")) && !passages.at(1).contains(QLatin1String("Moscow")), qPrintable(passages.at(1)));
        QCOMPARE(html.count(QLatin1String("class=\"ann\"")), 3);
        // The details of the two in one passage are led by their text; the one alone in its
        // passage needs no label.
        const QString text = plainText(html);
        QCOMPARE(text.count(QStringLiteral("“Moscow said on Monday” ·")), 1);
        QCOMPARE(text.count(QStringLiteral("“at a briefing in the capital” ·")), 1);
        QVERIFY(!text.contains(QStringLiteral("“grain shipments”")));
    }

    void html_quoteVariantsOncePerArticleAndByWording()
    {
        // A third outlet runs the later report's wording word for word.
        const QString corpus = m_tmp.filePath(QStringLiteral("wordings"));
        QVERIFY(TestUtil::writeLinkedCorpus(corpus));
        QFile later(corpus + QLatin1Char('/') + kLater);
        QVERIFY(later.open(QIODevice::ReadOnly));
        QVERIFY(TestUtil::writeFile(corpus + QStringLiteral("/wire/no-summit.txt"), later.readAll()));
        QFile metadata(corpus + QStringLiteral("/metadata.csv"));
        QVERIFY(metadata.open(QIODevice::Append));
        metadata.write("wire/no-summit.txt,The Wire,2025-03-13\n");
        metadata.close();
        QVERIFY(TestUtil::openImported(m_db, corpus));
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Quote"));
        // Two passages of the earlier report in the same quote.
        QVERIFY(annotate(annotator, articleId(kEarlier), QStringLiteral("Putin has no contact with Donald Trump"), {tag}));
        QVERIFY(annotate(annotator, articleId(kEarlier), QStringLiteral("Naturally"), {tag}));
        const QString html = QString::fromUtf8(exportBytes(ExportFormat::Html));
        const QString text = plainText(html);
        // The variants in full once, then a reference to them.
        QCOMPARE(text.count(QStringLiteral("Other articles with the same quote (2) — altered across outlets")), 1);
        QCOMPARE(text.count(QStringLiteral("Other articles with the same quote (2): listed above")), 1);
        // The one altered wording once, with both outlets that ran it.
        static const QRegularExpression variant(QStringLiteral("class=\"variant\"[^>]*>([^<]*)"));
        QStringList variants;
        for (auto it = variant.globalMatch(html); it.hasNext();)
            variants << it.next().captured(1);
        QCOMPARE(variants, QStringList{QStringLiteral("The Daily Ledger · 2025-03-12, The Wire · 2025-03-13: “Naturally, Putin has no ")});
        QCOMPARE(html.count(QLatin1String("underline;\">contacts</span>")), 1);
    }

    // --- PDF report ---

    void pdf_isPagedWithContentsThatMatchTheHeadings()
    {
        const int annotations = openAnnotatedSample();
        QVERIFY(annotations > 40);
        Annotator annotator(m_db.connection());
        const qint64 tag = annotator.tags().first().id;
        ArticleStore store(m_db.connection());
        const qint64 first = store.ids({}, ArticleSort::Path, Qt::AscendingOrder).first();
        const QString body = store.article(first)->body;
        // Each round adds passages to the first article, moving every later heading down, so the
        // headings land at other places of their pages (at the foot too) round after round.
        for (int round = 0; round < 10; ++round) {
            for (int k = 0; round > 0 && k < 3; ++k)
                QVERIFY(annotator.annotate(first, body, (round * 3 + k) * 3, (round * 3 + k) * 3 + 2, {tag}));
            ExportSource source(m_db.connection());
            source.setWithLinks(true);
            source.setExportTime(kExportTime);
            QVERIFY(source.open());
            PdfReport report(source);
            QVERIFY2(report.layout(), qPrintable(source.errorString()));
            const int pages = report.pageCount();
            QVERIFY2(pages > 2, qPrintable(QString::number(pages)));
            const QTextDocument *front = report.front();
            QVERIFY(front);
            QCOMPARE(front->pageCount(), report.frontPageCount());

            // The page the contents give each heading, and the page its first line is painted on.
            const QHash<QString, int> landed = report.headingPages();
            QHash<QString, QString> listed;
            for (QTextBlock b = front->begin(); b.isValid(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    const QString href = it.fragment().charFormat().anchorHref();
                    if (!href.startsWith(QLatin1Char('#')) || href == QLatin1String("#contents"))
                        continue;
                    QTextCursor cursor(b);
                    QTextTable *table = cursor.currentTable();
                    QVERIFY(table);
                    const QTextTableCell cell = table->cellAt(cursor);
                    const QTextTableCell pageCell = table->cellAt(cell.row(), cell.column() + 1);
                    QTextCursor c = pageCell.firstCursorPosition();
                    c.setPosition(pageCell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                    listed.insert(href.mid(1), c.selectedText().trimmed());
                }
            }
            QCOMPARE(listed.size(), TestUtil::sampleArticleCount() + 1); // the summary and each article
            QCOMPARE(landed.value(QStringLiteral("summary")), 1);
            int previous = 0;
            int laterPages = 0;
            for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
                QVERIFY2(landed.contains(it.key()), qPrintable(it.key()));
                QVERIFY2(it.value() == QString::number(landed.value(it.key())),
                         qPrintable(QStringLiteral("round %1: the contents give %2 page %3, its heading is on page %4")
                                        .arg(round)
                                        .arg(it.key(), it.value())
                                        .arg(landed.value(it.key()))));
                QVERIFY(landed.value(it.key()) <= pages);
                laterPages += landed.value(it.key()) >= report.frontPageCount();
            }
            QCOMPARE(laterPages, TestUtil::sampleArticleCount()); // the articles after the contents
            // In the contents' order, the pages never go back.
            for (QTextBlock b = front->begin(); b.isValid(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    const QString href = it.fragment().charFormat().anchorHref();
                    if (href.startsWith(QLatin1String("#a"))) {
                        QVERIFY(landed.value(href.mid(1)) >= previous);
                        previous = landed.value(href.mid(1));
                    }
                }
            }

            if (round == 0) {
                // The articles follow one another and do not overlap: the report laid out as one
                // document (the HTML report's text, on the same pages) takes as many pages, give
                // or take the gaps between articles.
                ExportSource htmlSource(m_db.connection());
                htmlSource.setWithLinks(true);
                htmlSource.setExportTime(kExportTime);
                QBuffer html;
                html.open(QIODevice::WriteOnly);
                QVERIFY(htmlSource.open() && writeHtmlReport(htmlSource, &html));
                QBuffer sink;
                QPdfWriter writer(&sink);
                PdfReport::setUp(writer);
                QTextDocument whole;
                whole.documentLayout()->setPaintDevice(&writer);
                whole.setDefaultFont(front->defaultFont());
                whole.setDocumentMargin(0);
                whole.setPageSize(front->pageSize());
                // Without the browser's style sheet, which the PDF does not use.
                static const QRegularExpression style(QStringLiteral("<style>.*</style>"));
                whole.setHtml(QString::fromUtf8(html.data()).remove(style));
                // (Articles drawn over one another, each from the top of its page, took fewer.)
                QVERIFY2(pages >= whole.pageCount() - 1 && pages <= whole.pageCount() + std::max(2, whole.pageCount() / 5),
                         qPrintable(QStringLiteral("%1 pages, %2 as one document").arg(pages).arg(whole.pageCount())));
            }
            if (round == 0 || round == 9) {
                // Painted: as many PDF pages as the layout has.
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                QVERIFY2(report.paint(&buffer), qPrintable(source.errorString()));
                const QByteArray pdf = buffer.data();
                QVERIFY(pdf.startsWith("%PDF-"));
                QCOMPARE(pdfPageCount(pdf), pages);
                QCOMPARE(pdfPageFooter(1, pages), QStringLiteral("Page 1 of %1").arg(pages));
            }
        }
    }

    void pdf_writesTwoPagesForASmallReport()
    {
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Event"));
        QVERIFY(annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("The dam held."), {tag}));
        const QByteArray pdf = exportBytes(ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(pdfPageCount(pdf), 2); // the front matter, then the articles from a page of their own
    }

    // --- what every format shares: the filter (ExportSource), tested through the CSV ---

    void filter_selectsAnnotationsAndArticles_data()
    {
        QTest::addColumn<ExportFilter>("filter");
        QTest::addColumn<QStringList>("texts");
        ExportFilter none;
        QTest::newRow("everything") << none
                                    << QStringList{QStringLiteral("The dam held."), QStringLiteral("Engineers were relieved."),
                                                   QStringLiteral("Talks collapsed"), QStringLiteral("No date")};
        ExportFilter status;
        status.statuses = {ClaimStatus::False};
        QTest::newRow("verdict") << status << QStringList{QStringLiteral("Engineers were relieved.")};
        ExportFilter statuses;
        statuses.statuses = {ClaimStatus::False, ClaimStatus::True};
        QTest::newRow("verdicts") << statuses << QStringList{QStringLiteral("Engineers were relieved."), QStringLiteral("Talks collapsed")};
        ExportFilter parent;
        parent.tags = {QStringLiteral("claim")};
        QTest::newRow("tag and the tags below it")
            << parent << QStringList{QStringLiteral("The dam held."), QStringLiteral("Engineers were relieved."), QStringLiteral("No date")};
        ExportFilter child;
        child.tags = {QStringLiteral("Economy")};
        QTest::newRow("child tag") << child << QStringList{QStringLiteral("Engineers were relieved.")};
        ExportFilter tagAndVerdict;
        tagAndVerdict.tags = {QStringLiteral("Source")};
        tagAndVerdict.statuses = {ClaimStatus::True};
        QTest::newRow("tag and verdict") << tagAndVerdict << QStringList{QStringLiteral("Talks collapsed")};
        ExportFilter outlet;
        outlet.outlets = {QStringLiteral("the daily ledger")};
        QTest::newRow("outlet") << outlet << QStringList{QStringLiteral("Talks collapsed")};
        ExportFilter from;
        from.from = QDate(2025, 3, 15);
        QTest::newRow("from") << from << QStringList{QStringLiteral("Talks collapsed")};
        ExportFilter to;
        to.to = QDate(2025, 3, 14);
        QTest::newRow("to (inclusive)") << to << QStringList{QStringLiteral("The dam held."), QStringLiteral("Engineers were relieved.")};
        ExportFilter range;
        range.from = QDate(2025, 3, 1);
        range.to = QDate(2025, 3, 31);
        QTest::newRow("range leaves out undated") << range
                                                  << QStringList{QStringLiteral("The dam held."), QStringLiteral("Engineers were relieved."),
                                                                 QStringLiteral("Talks collapsed")};
        ExportFilter outletAndTag;
        outletAndTag.outlets = {QStringLiteral("Harbour Gazette")};
        outletAndTag.tags = {QStringLiteral("Source")};
        QTest::newRow("outlet and tag") << outletAndTag << QStringList{};
    }

    void filter_selectsAnnotationsAndArticles()
    {
        QFETCH(ExportFilter, filter);
        QFETCH(QStringList, texts);
        Annotator annotator(m_db.connection());
        const qint64 claim = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), claim);
        const qint64 source = TestUtil::createTag(annotator, QStringLiteral("Source"));
        const qint64 a = articleId(QStringLiteral("gazette/a.txt"));
        QVERIFY(annotate(annotator, a, QStringLiteral("The dam held."), {claim}));
        const qint64 falseClaim = annotate(annotator, a, QStringLiteral("Engineers were relieved."), {economy});
        QVERIFY(edit(annotator, falseClaim, [](Annotation &x) { x.claim = ClaimStatus::False; }));
        const qint64 trueClaim = annotate(annotator, articleId(QStringLiteral("ledger/b.txt")), QStringLiteral("Talks collapsed"), {source});
        QVERIFY(edit(annotator, trueClaim, [](Annotation &x) { x.claim = ClaimStatus::True; }));
        QVERIFY(annotate(annotator, articleId(QStringLiteral("undated.txt")), QStringLiteral("No date"), {claim}));
        QStringList got;
        for (const auto &r : csvRecords(filter))
            got << r.value(QStringLiteral("text"));
        QCOMPARE(got, texts);
    }

    void filter_articles_selectsByIdInEveryFormat()
    {
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Event"));
        const qint64 a = articleId(QStringLiteral("gazette/a.txt")), b = articleId(QStringLiteral("ledger/b.txt"));
        QVERIFY(annotate(annotator, a, QStringLiteral("The dam held."), {tag}));
        QVERIFY(annotate(annotator, b, QStringLiteral("Talks collapsed"), {tag}));
        ExportFilter filter;
        filter.articles = {b};
        const QList<QHash<QString, QString>> records = csvRecords(filter);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value(QStringLiteral("path")), QStringLiteral("ledger/b.txt"));
        const QJsonArray articles = jsonOf(ExportFormat::Json, filter).value(QLatin1String("articles")).toArray();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().toObject().value(QLatin1String("id")).toInteger(), b);
        QCOMPARE(jsonOf(ExportFormat::JsonLd, filter).value(QLatin1String("total")).toInt(), 1);
        const QString html = QString::fromUtf8(exportBytes(ExportFormat::Html, filter));
        QVERIFY(html.contains(QLatin1String("Talks collapsed")));
        QVERIFY(!html.contains(QLatin1String("The dam held.")));
        QVERIFY(plainText(html).contains(QStringLiteral("Filter: only the selected articles (1)")));
    }

    void filter_unknownTag_isAnErrorInEveryFormat_data() { addFormatRows(); }

    void filter_unknownTag_isAnErrorInEveryFormat()
    {
        QFETCH(ExportFormat, format);
        Annotator annotator(m_db.connection());
        QVERIFY(TestUtil::createTag(annotator, QStringLiteral("Event")));
        ExportFilter filter;
        filter.tags = {QStringLiteral("Event"), QStringLiteral("Nonesuch")};
        QString error;
        QVERIFY(exportBytes(format, filter, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("Nonesuch")), qPrintable(error));
    }

    // --- determinism, cancel, progress ---

    void write_isDeterministic_data() { addFormatRows(); }

    void write_isDeterministic()
    {
        QFETCH(ExportFormat, format);
        QVERIFY(openLinkedCorpus());
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Quote"));
        QVERIFY(annotate(annotator, articleId(kEarlier), QStringLiteral("Putin has no contact with Donald Trump"), {tag}));
        QVERIFY(annotate(annotator, articleId(kLater), QStringLiteral("Putin has no contacts with Donald Trump"), {tag}));
        const QByteArray first = exportBytes(format);
        QVERIFY(!first.isEmpty());
        QTest::qWait(1100); // a second later: a clock read anywhere would show
        const QByteArray second = exportBytes(format);
        QCOMPARE(second, first);
        if (format == ExportFormat::Pdf) // dated with the export time
            QVERIFY(first.contains("/CreationDate (D:20260102030405Z)") && first.contains("xmp:CreateDate=\"2026-01-02T03:04:05+00:00\""));
        // The export time is what setExportTime() says.
        if (format != ExportFormat::Pdf && format != ExportFormat::Csv)
            QVERIFY(first.contains(format == ExportFormat::Html ? "2026-01-02 03:04" : "2026-01-02T03:04:05Z"));
    }

    void writeFile_cancelled_leavesNoFile_data() { addFormatRows(); }

    void writeFile_cancelled_leavesNoFile()
    {
        QFETCH(ExportFormat, format);
        Annotator annotator(m_db.connection());
        const qint64 tag = TestUtil::createTag(annotator, QStringLiteral("Event"));
        QVERIFY(annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("The dam held."), {tag}));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.") + exportFormatSuffix(format));
        const QString existing = dir.filePath(QStringLiteral("old.") + exportFormatSuffix(format));
        QVERIFY(TestUtil::writeFile(existing, "the previous export"));
        std::atomic_bool cancel = true;
        for (const QString &path : {fresh, existing}) {
            Exporter exporter(m_db.connection(), format);
            exporter.setCancelFlag(&cancel);
            QVERIFY(!exporter.writeFile(path));
            QCOMPARE(exporter.errorString(), QStringLiteral("Export cancelled."));
        }
        QVERIFY(!QFileInfo::exists(fresh));
        QFile old(existing);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("old.") + exportFormatSuffix(format)});
        // Not cancelled, the same call writes the file.
        cancel = false;
        Exporter exporter(m_db.connection(), format);
        exporter.setCancelFlag(&cancel);
        QVERIFY2(exporter.writeFile(fresh), qPrintable(exporter.errorString()));
        QVERIFY(QFileInfo(fresh).size() > 0);
    }

    void writeFile_cancelledMidway_keepsTheOldFile()
    {
        for (int i = 0; i < 450; ++i)
            QVERIFY(TestUtil::insertArticle(m_db.connection(), QStringLiteral("bulk/%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                                            QStringLiteral("Article %1.").arg(i)));
        const QString path = m_tmp.filePath(QStringLiteral("midway.json"));
        QVERIFY(TestUtil::writeFile(path, "the previous export"));
        std::atomic_bool cancel = false;
        int calls = 0;
        Exporter exporter(m_db.connection(), ExportFormat::Json);
        exporter.setCancelFlag(&cancel);
        exporter.setProgressSink([&](int, int) {
            ++calls;
            cancel = true; // the user presses Cancel after the first report
        });
        QVERIFY(!exporter.writeFile(path));
        QCOMPARE(exporter.errorString(), QStringLiteral("Export cancelled."));
        QCOMPARE(calls, 1);
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous export"));
    }

    void articlesWithoutWork_onlyInJsonAndRefiQda_data()
    {
        addFormatRows();
        QTest::newRow("qdpx") << ExportFormat::Qdpx;
    }

    void articlesWithoutWork_onlyInJsonAndRefiQda()
    {
        // A report, a table of annotations or Web Annotations are about the analyst's work; the
        // JSON export and a REFI-QDA project carry the whole corpus.
        QFETCH(ExportFormat, format);
        Annotator annotator(m_db.connection());
        QVERIFY(annotate(annotator, articleId(QStringLiteral("gazette/a.txt")), QStringLiteral("The dam held."),
                         {TestUtil::createTag(annotator, QStringLiteral("Event"))}));
        QVERIFY(annotator.setArticleNote(articleId(QStringLiteral("undated.txt")), QStringLiteral("Check the date.")));
        Exporter exporter(m_db.connection(), format);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY2(exporter.write(&buffer), qPrintable(exporter.errorString()));
        const bool everyArticle = format == ExportFormat::Json || format == ExportFormat::Qdpx;
        QCOMPARE(exporter.exportedArticles(), everyArticle ? 3 : 2); // the annotated one and the one with a note
    }

    void progress_endsAtTotal_data() { addFormatRows(); }

    void progress_endsAtTotal()
    {
        QFETCH(ExportFormat, format);
        for (int i = 0; i < 450; ++i)
            QVERIFY(TestUtil::insertArticle(m_db.connection(), QStringLiteral("bulk/%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                                            QStringLiteral("Article %1.").arg(i)));
        const int articles = ArticleStore(m_db.connection()).count();
        QCOMPARE(articles, 453);
        // Work on the Ledger's article: the formats about the analyst's work export only such articles.
        Annotator annotator(m_db.connection());
        QVERIFY(annotate(annotator, articleId(QStringLiteral("ledger/b.txt")), QStringLiteral("Talks collapsed"),
                         {TestUtil::createTag(annotator, QStringLiteral("Event"))}));
        QList<std::pair<int, int>> calls;
        Exporter exporter(m_db.connection(), format);
        ExportFilter filter;
        filter.outlets = {QStringLiteral("The Daily Ledger")}; // progress counts the articles read, not those exported
        exporter.setFilter(filter);
        exporter.setProgressSink([&](int done, int total) { calls.append({done, total}); });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(exporter.write(&buffer), qPrintable(exporter.errorString()));
        QVERIFY(calls.size() >= 2); // along the way, not only at the end
        int last = 0;
        for (const auto &[done, total] : std::as_const(calls)) {
            QCOMPARE(total, articles);
            QVERIFY(done <= total);
            QVERIFY(done >= last);
            last = done;
        }
        QCOMPARE(calls.last(), std::pair(articles, articles));
        QCOMPARE(exporter.exportedArticles(), 1);
    }

    // --- the bundled sample corpus, every format ---

    void sampleCorpus_exportsInEveryFormat()
    {
        const int annotations = openAnnotatedSample();
        QVERIFY(annotations > 40);
        const int articles = TestUtil::sampleArticleCount();
        QVERIFY(articles >= 10);
        QTemporaryDir dir;
        QMap<ExportFormat, QByteArray> files;
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::JsonLd, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Json}) {
            Exporter exporter(m_db.connection(), format);
            const QString path = dir.filePath(QStringLiteral("sample.") + exportFormatSuffix(format));
            QVERIFY2(exporter.writeFile(path), qPrintable(exporter.errorString()));
            QCOMPARE(exporter.exportedArticles(), articles);
            QCOMPARE(exporter.exportedAnnotations(), annotations);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files.insert(format, f.readAll());
        }

        QString error;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(files.value(ExportFormat::Csv).mid(3)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), annotations + 1);
        QSet<QString> outlets;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).size(), 10);
            outlets.insert(rows.at(r).at(1));
            QVERIFY(rows.at(r).at(3) == QLatin1String("Claim/Economy") || rows.at(r).at(3) == QLatin1String("Source"));
        }
        QCOMPARE(outlets.size(), 4);

        const QJsonObject jsonld = QJsonDocument::fromJson(files.value(ExportFormat::JsonLd)).object();
        QCOMPARE(jsonld.value(QLatin1String("total")).toInt(), annotations);
        QCOMPARE(jsonld.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray().size(), annotations);

        const QJsonObject json = QJsonDocument::fromJson(files.value(ExportFormat::Json)).object();
        const QJsonArray jsonArticles = json.value(QLatin1String("articles")).toArray();
        QCOMPARE(jsonArticles.size(), articles);
        int jsonAnnotations = 0;
        for (const QJsonValue &a : jsonArticles)
            jsonAnnotations += int(a.toObject().value(QLatin1String("annotations")).toArray().size());
        QCOMPARE(jsonAnnotations, annotations);
        QVERIFY(!json.value(QLatin1String("stories")).toArray().isEmpty()); // the sample has stories across outlets

        const QString html = QString::fromUtf8(files.value(ExportFormat::Html));
        QCOMPARE(html.count(QLatin1String("class=\"ann\"")), annotations);
        QCOMPARE(html.count(QLatin1String("<h2 id=\"a")), articles);
        const QString htmlText = plainText(html);
        for (qsizetype r = 1; r < rows.size(); ++r)
            QVERIFY2(htmlText.contains(rows.at(r).at(6)), qPrintable(rows.at(r).at(0) + QLatin1String(": ") + rows.at(r).at(6)));
        QVERIFY(html.contains(QLatin1String("Other articles in the same story")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        static const QRegularExpression resource(QStringLiteral("<[^>]*\\b(src|href)\\s*=\\s*(?![\"']?#)"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!resource.match(html).hasMatch(), qPrintable(resource.match(html).captured())); // links inside the page only
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));

        const QByteArray pdf = files.value(ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdfPageCount(pdf) > 2);
    }
};

QTEST_MAIN(ExportersTest)
#include "exporters_test.moc"
