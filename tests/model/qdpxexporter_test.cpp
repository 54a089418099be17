// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA export: the zip, project.qde against the schema, offsets in code points across
// line-end conversion, stories and quote clusters, byte-identical repeats, cancel.
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "exporter.h"
#include "exportfixture.h"
#include "testutil.h"

#include <KZip>

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Dossier;

namespace {

/** project.qde as a small tree, enough to find elements and follow GUIDs. */
struct Element
{
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    QList<Element> children;

    QString attr(const char *key) const { return attributes.value(QLatin1String(key)); }

    const Element *child(const char *tag) const
    {
        for (const Element &e : children) {
            if (e.name == QLatin1String(tag))
                return &e;
        }
        return nullptr;
    }

    QList<const Element *> childrenNamed(const char *tag) const
    {
        QList<const Element *> out;
        for (const Element &e : children) {
            if (e.name == QLatin1String(tag))
                out << &e;
        }
        return out;
    }

    /** Every element below this one, depth first. */
    void collect(QList<const Element *> &out) const
    {
        for (const Element &e : children) {
            out << &e;
            e.collect(out);
        }
    }
};

bool readElement(QXmlStreamReader &r, Element &e)
{
    e.name = r.name().toString();
    for (const QXmlStreamAttribute &a : r.attributes())
        e.attributes.insert(a.name().toString(), a.value().toString());
    while (r.readNext() != QXmlStreamReader::Invalid) {
        if (r.isStartElement()) {
            if (r.namespaceUri() != QLatin1String("urn:QDA-XML:project:1.0"))
                return false;
            e.children.emplaceBack();
            if (!readElement(r, e.children.last()))
                return false;
        } else if (r.isCharacters()) {
            e.text += r.text();
        } else if (r.isEndElement()) {
            return true;
        }
    }
    return false;
}

/** The Project element; an empty name when the XML is not well formed or not in the namespace. */
Element parseProject(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    Element root;
    while (r.readNext() != QXmlStreamReader::Invalid) {
        if (r.isStartElement()) {
            if (r.namespaceUri() != QLatin1String("urn:QDA-XML:project:1.0") || !readElement(r, root))
                return {};
            break;
        }
    }
    return root;
}

struct Qdpx
{
    QByteArray project;
    QHash<QString, QByteArray> sources; ///< file name in Sources/ -> bytes
};

bool readQdpx(const QByteArray &bytes, Qdpx *out)
{
    QBuffer buffer;
    buffer.setData(bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        qWarning() << zip.errorString();
        return false;
    }
    const KArchiveFile *project = zip.directory()->file(QStringLiteral("project.qde"));
    if (!project)
        return false;
    out->project = project->data();
    out->sources.clear();
    const KArchiveEntry *folder = zip.directory()->entry(QStringLiteral("Sources"));
    if (!folder)
        return true; // an export of no article
    if (!folder->isDirectory())
        return false;
    const auto *sources = static_cast<const KArchiveDirectory *>(folder);
    for (const QString &name : sources->entries()) {
        const KArchiveFile *f = sources->file(name);
        if (!f)
            return false;
        out->sources.insert(name, f->data());
    }
    return true;
}

} // namespace

class QdpxExporterTest : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    QTemporaryDir m_tmp;
    qint64 m_claim = 0, m_economy = 0, m_source = 0;
    qint64 m_forecast = 0, m_orphan = 0;

    static constexpr QLatin1String kEarlier{"northline/kremlin-summit.txt"};
    static constexpr QLatin1String kLater{"ledger/no-summit.txt"};

    /** Before the annotated span: two emoji (two UTF-16 units each) and a \r\n, which the source
     *  file makes \n. */
    static QString emojiBody()
    {
        return QStringLiteral("🙂🙂 Minister speaks\r\nThe minister said prices will fall 🎉 soon.\r\nNobody believed it.\rThe end.");
    }

    static QDateTime exportTime() { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6), QTimeZone::UTC); }

    QByteArray exportBytes(QString *error = nullptr, const std::atomic_bool *cancel = nullptr, const ExportFilter &filter = {})
    {
        return ExportFixture::exportBytes(m_db.connection(), ExportFormat::Qdpx, filter, exportTime(), error, cancel);
    }

    /** Imports TestUtil::writeLinkedCorpus() (analysis and linking included) and opens it as m_db. */
    bool openLinkedCorpus()
    {
        const QString corpus = m_tmp.filePath(QStringLiteral("linked"));
        const QString dbPath = corpus + QStringLiteral(".sqlite");
        if (!QFileInfo::exists(dbPath) && !(TestUtil::writeLinkedCorpus(corpus) && TestUtil::importCorpus(corpus, dbPath)))
            return false; // imported once, for every test that reads it
        m_db.close();
        return m_db.open(dbPath);
    }

    static const Element *sourceNamed(const Element &project, const QString &path)
    {
        const Element *sources = project.child("Sources");
        for (const Element *s : sources ? sources->childrenNamed("TextSource") : QList<const Element *>()) {
            if (s->attr("name") == path)
                return s;
        }
        return nullptr;
    }

    static QString sourceText(const Qdpx &qdpx, const Element &source)
    {
        const QString path = source.attr("plainTextPath");
        if (!path.startsWith(QLatin1String("internal://")))
            return {};
        return QString::fromUtf8(qdpx.sources.value(path.mid(11)));
    }

    /** The selection (annotation or quote) with that GUID, and the source it is in. */
    static std::pair<const Element *, const Element *> selection(const Element &project, const QString &guid)
    {
        for (const Element *s : project.child("Sources")->childrenNamed("TextSource")) {
            for (const Element *sel : s->childrenNamed("PlainTextSelection")) {
                if (sel->attr("guid") == guid)
                    return {s, sel};
            }
        }
        return {nullptr, nullptr};
    }

    static QString selectedText(const Qdpx &qdpx, const Element &source, const Element &sel)
    {
        return ExportFixture::codePointSlice(sourceText(qdpx, source), sel.attr("startPosition").toLongLong(),
                                             sel.attr("endPosition").toLongLong());
    }

    /** xmllint's complaint, empty when valid; QSKIPs are left to the caller. */
    static QString schemaErrors(const QString &schema, const QString &xmllint, const QByteArray &qde, const QString &file)
    {
        if (!TestUtil::writeFile(file, qde))
            return QStringLiteral("cannot write ") + file;
        QProcess p;
        p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, file});
        if (!p.waitForFinished(60000))
            return QStringLiteral("xmllint did not finish");
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void init()
    {
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        ArticleStore store(m_db.connection());
        store.setSetting(QStringLiteral("root"), QStringLiteral("/corpus"));
        Article a;
        a.path = QStringLiteral("gazette/a.txt");
        a.title = QStringLiteral("Minister speaks");
        a.outlet = QStringLiteral("Harbour Gazette");
        a.published = QDate(2025, 3, 14);
        a.body = emojiBody();
        a.id = store.insert(a);
        QVERIFY(a.id);
        Article b;
        b.path = QStringLiteral("ledger/b.txt");
        b.title = QStringLiteral("Strike");
        b.outlet = QStringLiteral("The Daily Ledger");
        b.published = QDate(2025, 3, 22);
        b.body = QStringLiteral("Talks collapsed.");
        b.id = store.insert(b);
        QVERIFY(b.id);
        Article c;
        c.path = QStringLiteral("undated.txt");
        c.body = QStringLiteral("No date, no outlet.");
        QVERIFY(store.insert(c));

        Annotator annotator(m_db.connection());
        annotator.setAuthor(QStringLiteral("ana"));
        m_claim = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        m_economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), m_claim);
        m_source = TestUtil::createTag(annotator, QStringLiteral("Source"));
        QVERIFY(m_claim && m_economy && m_source);
        const QString span = QStringLiteral("prices will fall 🎉 soon");
        const int at = int(a.body.indexOf(span));
        m_forecast = annotator.annotate(a.id, a.body, at, at + int(span.size()), {m_economy, m_source});
        QVERIFY(m_forecast);
        Annotation edited = *annotator.store().annotation(m_forecast);
        edited.note = QStringLiteral("Forecast, not fact.");
        edited.claim = ClaimStatus::False;
        QVERIFY(annotator.editAnnotation(edited));
        const int nobody = int(a.body.indexOf(QLatin1String("Nobody")));
        QVERIFY(annotator.annotate(a.id, a.body, nobody, nobody + 6, {m_claim}));
        // An orphan: its passage is gone from the text as it is now.
        m_orphan = annotator.annotate(a.id, a.body, 0, 2, {m_claim});
        QVERIFY(m_orphan);
        TextAnchor lost = annotator.store().annotation(m_orphan)->anchor;
        lost.exact = QStringLiteral("a sentence the editors removed");
        lost.state = AnchorState::Orphaned;
        QVERIFY(annotator.store().updateAnchor(m_orphan, lost));
        QVERIFY(annotator.setArticleNote(a.id, QStringLiteral("Follow up with the ministry.")));
        QVERIFY(annotator.annotate(b.id, b.body, 0, 5, {m_claim}));
    }

    void cleanup() { m_db.close(); }

    void write_zipWithProjectAndOneSourcePerArticle()
    {
        const QByteArray bytes = exportBytes();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        Qdpx qdpx;
        QVERIFY(readQdpx(bytes, &qdpx));
        QCOMPARE(qdpx.sources.size(), 3);
        for (auto it = qdpx.sources.cbegin(); it != qdpx.sources.cend(); ++it) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.txt$")).match(it.key()).hasMatch(),
                     qPrintable(it.key()));
            QVERIFY2(!it.value().contains('\r'), qPrintable(it.key()));
        }

        const Element project = parseProject(qdpx.project);
        QCOMPARE(project.name, QStringLiteral("Project"));
        QCOMPARE(project.attr("name"), QStringLiteral("corpus"));
        QCOMPARE(project.attr("creationDateTime"), QStringLiteral("2026-01-02T03:04:06Z"));
        QStringList order;
        for (const Element &e : project.children)
            order << e.name;
        QCOMPARE(order, (QStringList{QStringLiteral("Users"), QStringLiteral("CodeBook"), QStringLiteral("Variables"), QStringLiteral("Sources"),
                                     QStringLiteral("Notes"), QStringLiteral("Description")}));
        QCOMPARE(project.child("Users")->childrenNamed("User").size(), 1);

        // Every GUID as the schema writes them (no braces), each defined once, every reference resolved.
        QList<const Element *> all;
        project.collect(all);
        QSet<QString> guids;
        const QRegularExpression guidPattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        for (const Element *e : std::as_const(all)) {
            const QString guid = e->attr("guid");
            if (guid.isEmpty())
                continue;
            QVERIFY2(guidPattern.match(guid).hasMatch(), qPrintable(guid));
            QVERIFY2(!guids.contains(guid), qPrintable(guid));
            guids.insert(guid);
        }
        for (const Element *e : std::as_const(all)) {
            for (const char *ref : {"targetGUID", "originGUID", "creatingUser", "modifyingUser"}) {
                const QString guid = e->attr(ref);
                QVERIFY2(guid.isEmpty() || guids.contains(guid), qPrintable(e->name + QLatin1Char(' ') + QLatin1String(ref)));
            }
        }

        // The codebook, nested.
        const QList<const Element *> codes = project.child("CodeBook")->child("Codes")->childrenNamed("Code");
        QCOMPARE(codes.size(), 2);
        const Element *claim = codes.at(0);
        QCOMPARE(claim->attr("name"), QStringLiteral("Claim"));
        QCOMPARE(claim->attr("color"), QStringLiteral("#336699"));
        QCOMPARE(claim->attr("isCodable"), QStringLiteral("true"));
        QCOMPARE(claim->child("Description")->text, QStringLiteral("Claim things"));
        QCOMPARE(claim->childrenNamed("Code").size(), 1);
        const Element *economy = claim->childrenNamed("Code").at(0);
        QCOMPARE(economy->attr("name"), QStringLiteral("Economy"));
        QCOMPARE(codes.at(1)->attr("name"), QStringLiteral("Source"));

        // Outlet and date as variables of the sources.
        QHash<QString, QString> variables; // name -> GUID
        for (const Element *v : project.child("Variables")->childrenNamed("Variable"))
            variables.insert(v->attr("name"), v->attr("guid"));
        QCOMPARE(project.child("Variables")->childrenNamed("Variable").at(1)->attr("typeOfVariable"), QStringLiteral("Date"));
        const auto valueOf = [&](const Element *source, const QString &variable) {
            for (const Element *v : source->childrenNamed("VariableValue")) {
                if (v->child("VariableRef")->attr("targetGUID") == variables.value(variable))
                    return v->children.at(1).text;
            }
            return QStringLiteral("(none)");
        };

        const Element *a = sourceNamed(project, QStringLiteral("gazette/a.txt"));
        QVERIFY(a);
        QCOMPARE(a->attr("plainTextPath"), QStringLiteral("internal://") + a->attr("guid") + QStringLiteral(".txt"));
        QCOMPARE(valueOf(a, QStringLiteral("Outlet")), QStringLiteral("Harbour Gazette"));
        QCOMPARE(valueOf(a, QStringLiteral("Date")), QStringLiteral("2025-03-14"));
        QCOMPARE(valueOf(a, QStringLiteral("Title")), QStringLiteral("Minister speaks"));
        QCOMPARE(a->child("Description")->text, QStringLiteral("Follow up with the ministry."));
        const Element *undated = sourceNamed(project, QStringLiteral("undated.txt"));
        QVERIFY(undated);
        QVERIFY(undated->childrenNamed("VariableValue").isEmpty());
        QVERIFY(!undated->child("Description"));

        // The source file: UTF-8, \n line ends (a lone \r too), nothing else changed.
        const QString text = sourceText(qdpx, *a);
        QString expected = emojiBody();
        expected.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QCOMPARE(text, expected);

        // Selections in code points of the source file: two emoji are one each, the \r before is gone.
        const QList<const Element *> selections = a->childrenNamed("PlainTextSelection");
        QCOMPARE(selections.size(), 2); // the orphan has no place in the text
        const Element *forecast = selections.at(0);
        const QString span = QStringLiteral("prices will fall 🎉 soon");
        QCOMPARE(forecast->attr("startPosition").toInt(), int(emojiBody().indexOf(span)) - 2 - 1);
        QCOMPARE(selectedText(qdpx, *a, *forecast), span);
        QCOMPARE(forecast->attr("name"), span);
        QVERIFY(forecast->child("Description")->text.contains(QLatin1String("Forecast, not fact.")));
        QVERIFY(forecast->child("Description")->text.contains(QLatin1String("Claim: false")));
        const QList<const Element *> codings = forecast->childrenNamed("Coding");
        QCOMPARE(codings.size(), 2);
        QCOMPARE(codings.at(0)->child("CodeRef")->attr("targetGUID"), economy->attr("guid"));
        QCOMPARE(codings.at(1)->child("CodeRef")->attr("targetGUID"), codes.at(1)->attr("guid"));
        QCOMPARE(selectedText(qdpx, *a, *selections.at(1)), QStringLiteral("Nobody")); // after two \r\n
        QCOMPARE(selections.at(1)->child("Coding")->child("CodeRef")->attr("targetGUID"), claim->attr("guid"));

        // The orphan: a project Note, referred to by its source.
        const QList<const Element *> notes = project.child("Notes")->childrenNamed("Note");
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.at(0)->child("PlainTextContent")->text.contains(QLatin1String("a sentence the editors removed")));
        QVERIFY(notes.at(0)->child("PlainTextContent")->text.contains(QLatin1String("Claim")));
        QCOMPARE(a->child("NoteRef")->attr("targetGUID"), notes.at(0)->attr("guid"));
    }

    void write_sameBytesEveryTime()
    {
        const QByteArray first = exportBytes();
        QVERIFY(!first.isEmpty());
        QCOMPARE(exportBytes(), first);

        // Through a file (QSaveFile, which must not be closed by the zip), the same bytes again.
        const QString path = m_tmp.filePath(QStringLiteral("export.qdpx"));
        Exporter exporter(m_db.connection(), ExportFormat::Qdpx);
        exporter.setExportTime(exportTime());
        QVERIFY2(exporter.writeFile(path), qPrintable(exporter.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);

        // The zip entries carry the export time.
        QBuffer buffer;
        buffer.setData(first);
        KZip zip(&buffer);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.directory()->file(QStringLiteral("project.qde"))->date().toUTC(), exportTime());
    }

    void write_storiesAsSetsAndQuoteClustersAsLinks()
    {
        QVERIFY(openLinkedCorpus());
        Qdpx qdpx;
        QVERIFY(readQdpx(exportBytes(), &qdpx));
        const Element project = parseProject(qdpx.project);
        const Element *earlier = sourceNamed(project, kEarlier), *later = sourceNamed(project, kLater);
        QVERIFY(earlier && later);

        const QList<const Element *> sets = project.child("Sets")->childrenNamed("Set");
        QCOMPARE(sets.size(), 1);
        QStringList members;
        for (const Element *m : sets.at(0)->childrenNamed("MemberSource"))
            members << m->attr("targetGUID");
        QCOMPARE(members, (QStringList{earlier->attr("guid"), later->attr("guid")})); // earliest first
        QVERIFY(sets.at(0)->child("Description")->text.contains(QLatin1String("2025-03-10")));

        // Two shared quotes: a Link from each quote's earliest appearance to the later one.
        const QList<const Element *> links = project.child("Links")->childrenNamed("Link");
        QCOMPARE(links.size(), 2);
        QStringList quoted;
        for (const Element *link : links) {
            QCOMPARE(link->attr("direction"), QStringLiteral("OneWay"));
            const auto [originSource, origin] = selection(project, link->attr("originGUID"));
            const auto [targetSource, target] = selection(project, link->attr("targetGUID"));
            QVERIFY(origin && target);
            QCOMPARE(originSource, earlier);
            QCOMPARE(targetSource, later);
            const QString words = selectedText(qdpx, *originSource, *origin);
            QCOMPARE(words, origin->attr("name"));
            QCOMPARE(selectedText(qdpx, *targetSource, *target), target->attr("name"));
            if (words.contains(QLatin1String("Putin"))) {
                QVERIFY2(words.contains(QLatin1String("no contact with")), qPrintable(words));
                QVERIFY(selectedText(qdpx, *targetSource, *target).contains(QLatin1String("no contacts with")));
                QVERIFY2(link->attr("name").contains(QLatin1String("altered")), qPrintable(link->attr("name")));
                QVERIFY(link->attr("name").contains(QLatin1String("Peskov")));
            } else {
                QVERIFY2(!link->attr("name").contains(QLatin1String("altered")), qPrintable(link->attr("name")));
            }
            quoted << words;
        }
        QVERIFY2(quoted.at(0) != quoted.at(1), qPrintable(quoted.join(QLatin1String(" | "))));
    }

    void write_validatesAgainstTheSchema()
    {
        const QString schema = QStringLiteral(DOSSIER_TEST_SHARED_DIR "/schemas/refi-qda/Project.xsd");
        if (!QFileInfo::exists(schema))
            QSKIP("no ../shared/schemas/refi-qda/Project.xsd on this machine");
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint is not installed");
        Qdpx qdpx;
        QVERIFY(readQdpx(exportBytes(), &qdpx));
        QString errors = schemaErrors(schema, xmllint, qdpx.project, m_tmp.filePath(QStringLiteral("small/project.qde")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        // No article at all: no empty Sources (the schema wants one source or none).
        ExportFilter none;
        none.outlets = {QStringLiteral("No such outlet")};
        QVERIFY(readQdpx(exportBytes(nullptr, nullptr, none), &qdpx));
        QVERIFY(qdpx.sources.isEmpty());
        errors = schemaErrors(schema, xmllint, qdpx.project, m_tmp.filePath(QStringLiteral("empty/project.qde")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        // Sets, Links and the quotes' selections too.
        QVERIFY(openLinkedCorpus());
        QVERIFY(readQdpx(exportBytes(), &qdpx));
        errors = schemaErrors(schema, xmllint, qdpx.project, m_tmp.filePath(QStringLiteral("linked-qde/project.qde")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void write_cancelled_failsWithTheReason()
    {
        std::atomic_bool cancel{true};
        QString error;
        QVERIFY(exportBytes(&error, &cancel).isEmpty());
        QCOMPARE(error, QStringLiteral("Export cancelled."));
    }
};

QTEST_GUILESS_MAIN(QdpxExporterTest)
#include "qdpxexporter_test.moc"
