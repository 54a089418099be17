// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationimporter.h"
#include "annotationstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "exportfixture.h"
#include "jsonexporter.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;
using ExportFixture::articleAt;
using ExportFixture::slice;

/**
 * `dossier import-annotations`: one analyst's work (database A) exported as JSON and merged into
 * another analyst's copy of the same folder (database B). The corpus has characters outside the
 * BMP before and inside annotated spans, so code-point and UTF-16 offsets differ.
 */
class AnnotationImporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_folder;
    QString m_pristine; ///< m_folder imported, no analyst's work: copied for each B
    QString m_exportPath;
    QByteArray m_export; ///< A's work
    int m_annotations = 0;

    static constexpr QLatin1String kEmoji{"north/emoji.txt"};
    static constexpr QLatin1String kPlain{"south/plain.txt"};
    static inline const QString kFalling = QStringLiteral("prices will fall 🎉 soon");
    static inline const QString kRockets = QStringLiteral("🚀 rockets and the budget");

    static QByteArray emojiArticle(const QByteArray &opening, const QByteArray &second)
    {
        return "Minister promises cheaper bread\n\n" + opening
            + "🙂🙂 The minister said on Monday that prices will fall 🎉 soon, despite the drought. "
              "\"Nobody should panic about bread,\" said Dmitry Peskov, the Kremlin spokesman, in Moscow.\n\n"
            + second;
    }

    static QByteArray secondParagraph()
    {
        return "A second paragraph about 🚀 rockets and the budget for next year, which the council approved on Tuesday "
               "after a long debate.\n";
    }

    static bool writeCorpus(const QString &dir)
    {
        return TestUtil::writeFile(dir + QLatin1Char('/') + kEmoji, emojiArticle({}, secondParagraph()))
            && TestUtil::writeFile(dir + QLatin1Char('/') + kPlain,
                                   "Harbour works delayed\n\nThe council met on Tuesday to discuss the harbour works. "
                                   "\"We will keep everybody informed,\" said Irina Volkova, the mayor of Kellsmoor.\n");
    }

    QString freshB()
    {
        static int n = 0;
        const QString path = m_tmp.filePath(QStringLiteral("b%1.sqlite").arg(++n));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFileInfo::exists(m_pristine + suffix) && !QFile::copy(m_pristine + suffix, path + suffix))
                return QString();
        }
        return path;
    }

    static std::pair<qint64, QString> article(const QSqlDatabase &db, const QString &path)
    {
        ArticleStore store(db);
        const qint64 id = store.fileStates().value(path).id;
        const std::optional<Article> a = store.article(id);
        return {id, a ? a->body : QString()};
    }

    /** An article's annotations without what is the database's own: ids, tag ids, the claimant's
        id (named by its registry entry instead). */
    static QJsonArray comparableAnnotations(const QJsonObject &root, const QString &path)
    {
        QHash<qint64, QString> entities;
        for (const QJsonValue &v : root.value(QLatin1String("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            entities.insert(e.value(QLatin1String("id")).toInteger(),
                            e.value(QLatin1String("name")).toString() + QLatin1Char('/') + e.value(QLatin1String("type")).toString());
        }
        QJsonArray out;
        for (const QJsonValue &v : articleAt(root, path).value(QLatin1String("annotations")).toArray()) {
            QJsonObject o = v.toObject();
            o.remove(QLatin1String("id"));
            o.remove(QLatin1String("tag_ids"));
            if (o.value(QLatin1String("claim")).isObject()) {
                QJsonObject claim = o.value(QLatin1String("claim")).toObject();
                const QJsonValue claimant = claim.value(QLatin1String("claimant"));
                claim.insert(QLatin1String("claimant"), claimant.isNull() ? QJsonValue() : QJsonValue(entities.value(claimant.toInteger())));
                o.insert(QLatin1String("claim"), claim);
            }
            out.append(o);
        }
        return out;
    }

    /** The codebook without ids: each tag by its path, in order. */
    static QJsonArray comparableCodebook(const QJsonObject &root)
    {
        QHash<qint64, QString> paths;
        QJsonArray out;
        for (const QJsonValue &v : root.value(QLatin1String("codebook")).toArray()) {
            const QJsonObject t = v.toObject();
            const QJsonValue parent = t.value(QLatin1String("parent"));
            const QString path = (parent.isNull() ? QString() : paths.value(parent.toInteger()) + QLatin1Char('/'))
                + t.value(QLatin1String("name")).toString();
            paths.insert(t.value(QLatin1String("id")).toInteger(), path);
            out.append(QJsonObject{{QStringLiteral("path"), path},
                                   {QStringLiteral("color"), t.value(QLatin1String("color"))},
                                   {QStringLiteral("description"), t.value(QLatin1String("description"))}});
        }
        return out;
    }

    /** Everything of the analyst's work in a database, ids included. */
    static QByteArray snapshot(const QSqlDatabase &db)
    {
        const QJsonObject root = ExportFixture::jsonExport(db);
        QJsonArray articles;
        for (const QJsonValue &v : root.value(QLatin1String("articles")).toArray()) {
            const QJsonObject a = v.toObject();
            articles.append(QJsonObject{{QStringLiteral("path"), a.value(QLatin1String("path"))},
                                        {QStringLiteral("note"), a.value(QLatin1String("note"))},
                                        {QStringLiteral("annotations"), a.value(QLatin1String("annotations"))}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("codebook"), root.value(QLatin1String("codebook"))},
                                         {QStringLiteral("articles"), articles}})
            .toJson();
    }

    static qint64 annotate(Annotator &annotator, const QSqlDatabase &db, const QString &path, const QString &span, const QList<qint64> &tags)
    {
        const auto [id, body] = article(db, path);
        const int at = int(body.indexOf(span));
        if (at < 0)
            return 0;
        return annotator.annotate(id, body, at, at + int(span.size()), tags);
    }

    /** Analyst A's work: nested tags, a tag pair, notes, a claim with evidence and claimant, an
        orphan, article notes. */
    bool makeWork(const QSqlDatabase &db)
    {
        // The claimant: a person of the registry, as the export lists it.
        qint64 claimant = 0;
        for (const QJsonValue &v : ExportFixture::jsonExport(db).value(QLatin1String("entities")).toArray()) {
            if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("PER") && claimant == 0)
                claimant = v.toObject().value(QLatin1String("id")).toInteger();
        }
        if (claimant == 0) {
            qWarning() << "no person in the registry";
            return false;
        }
        Annotator annotator(db);
        annotator.setAuthor(QStringLiteral("ana"));
        const qint64 claimTag = TestUtil::createTag(annotator, QStringLiteral("Claim"));
        const qint64 economy = TestUtil::createTag(annotator, QStringLiteral("Economy"), claimTag, QStringLiteral("#228833"));
        const qint64 source = TestUtil::createTag(annotator, QStringLiteral("Source"), 0, QStringLiteral("#aa5500"));
        const qint64 falling = annotate(annotator, db, kEmoji, kFalling, {economy});
        const qint64 rockets = annotate(annotator, db, kEmoji, kRockets, {source});
        const qint64 informed = annotate(annotator, db, kPlain, QStringLiteral("We will keep everybody informed"), {claimTag});
        const qint64 volkova = annotate(annotator, db, kPlain, QStringLiteral("said Irina Volkova"), {claimTag, source});
        const qint64 orphan = annotate(annotator, db, kPlain, QStringLiteral("harbour works"), {economy});
        if (!claimTag || !economy || !source || !falling || !rockets || !informed || !volkova || !orphan)
            return false;
        Annotation edited = *annotator.store().annotation(falling);
        edited.note = QStringLiteral("Forecast, not fact.");
        edited.claim = ClaimStatus::False;
        edited.claimant = claimant;
        edited.evidence = {{QStringLiteral("https://example.org/cpi"), QStringLiteral("prices rose 🙁")},
                           {QStringLiteral("south/plain.txt"), QString()}};
        Annotation noted = *annotator.store().annotation(rockets);
        noted.note = QStringLiteral("Check the 🚀 budget.");
        // An orphan: a re-import could not find its passage in the text as it is now.
        TextAnchor lost = annotator.store().annotation(orphan)->anchor;
        lost.exact = QStringLiteral("a sentence the editors removed");
        lost.state = AnchorState::Orphaned;
        return annotator.editAnnotation(edited) && annotator.editAnnotation(noted) && annotator.store().updateAnchor(orphan, lost)
            && annotator.setArticleNote(article(db, kEmoji).first, QStringLiteral("Follow up with the ministry."))
            && annotator.setArticleNote(article(db, kPlain).first, QStringLiteral("Their note on the harbour."));
    }

    static QJsonObject objectOf(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_folder = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(writeCorpus(m_folder));
        const QString a = m_tmp.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(TestUtil::importCorpus(m_folder, a));
        {
            Database db;
            QVERIFY(db.open(a));
            QVERIFY(makeWork(db.connection()));
            m_export = ExportFixture::exportBytes(db.connection(), ExportFormat::Json);
        }
        QVERIFY(!m_export.isEmpty());
        m_exportPath = m_tmp.filePath(QStringLiteral("a-export.json"));
        QVERIFY(TestUtil::writeFile(m_exportPath, m_export));
        for (const QJsonValue &v : objectOf(m_export).value(QLatin1String("articles")).toArray())
            m_annotations += int(v.toObject().value(QLatin1String("annotations")).toArray().size());
        QCOMPARE(m_annotations, 5);
        m_pristine = m_tmp.filePath(QStringLiteral("pristine.sqlite"));
        QVERIFY(TestUtil::importCorpus(m_folder, m_pristine));
    }

    void roundTrip_sameAnnotationsAndCodebook()
    {
        Database b;
        QVERIFY(b.open(freshB()));
        AnnotationImporter importer(b.connection());
        QList<std::pair<int, int>> progress;
        importer.setProgressSink([&](int done, int total) { progress.append({done, total}); });
        QVERIFY2(importer.importFile(m_exportPath), qPrintable(importer.errorString()));
        const AnnotationImporter::Summary s = importer.summary();
        QCOMPARE(s.articlesMatched, 2);
        QVERIFY(s.missingArticles.isEmpty());
        QCOMPARE(s.annotationsAdded, m_annotations);
        QCOMPARE(s.annotationsSkipped, 0);
        QCOMPARE(s.annotationsMoved, 0);
        QCOMPARE(s.annotationsOrphaned, 1);
        QCOMPARE(s.claimantsUnmatched, 0);
        QCOMPARE(s.tagsCreated, 3);
        QCOMPARE(s.notesMerged, 2);
        QCOMPARE(s.changedArticles.size(), 2);
        QCOMPARE(progress.last(), std::make_pair(2, 2));

        // Export B: the same work, ids aside.
        const QJsonObject a = objectOf(m_export);
        const QJsonObject again = ExportFixture::jsonExport(b.connection());
        QCOMPARE(comparableCodebook(again), comparableCodebook(a));
        QCOMPARE(comparableCodebook(again).size(), 3);
        for (const QJsonValue &v : a.value(QLatin1String("articles")).toArray()) {
            const QString path = v.toObject().value(QLatin1String("path")).toString();
            QVERIFY(!comparableAnnotations(a, path).isEmpty());
            QCOMPARE(comparableAnnotations(again, path), comparableAnnotations(a, path));
            QCOMPARE(articleAt(again, path).value(QLatin1String("note")), v.toObject().value(QLatin1String("note")));
        }
        // The claimant is B's own entity of that name.
        const QJsonObject claim = articleAt(again, kEmoji).value(QLatin1String("annotations")).toArray().at(0).toObject().value(QLatin1String("claim")).toObject();
        QVERIFY(!claim.value(QLatin1String("claimant")).isNull());

        // Offsets in code points: they slice the exported text to exactly the annotated text,
        // and differ from the UTF-16 ones (two emoji before the span, one inside).
        const QJsonObject emoji = articleAt(again, kEmoji);
        const QJsonObject falling = emoji.value(QLatin1String("annotations")).toArray().at(0).toObject();
        QCOMPARE(falling.value(QLatin1String("text")).toString(), kFalling);
        QCOMPARE(slice(emoji, falling), kFalling);
        const qsizetype utf16 = emoji.value(QLatin1String("text")).toString().indexOf(kFalling);
        QCOMPARE(falling.value(QLatin1String("start")).toInteger(), utf16 - 2);
        QCOMPARE(falling.value(QLatin1String("end")).toInteger(), utf16 - 2 + JsonExporter::codePointLength(kFalling));
        QCOMPARE(JsonExporter::codePointLength(kFalling), kFalling.size() - 1);
        // And inside B, UTF-16 offsets into its body.
        const auto [id, body] = article(b.connection(), kEmoji);
        const QList<Annotation> stored = AnnotationStore(b.connection()).annotations(id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(body.mid(stored.at(0).anchor.start, stored.at(0).anchor.end - stored.at(0).anchor.start), kFalling);
        QCOMPARE(body.mid(stored.at(1).anchor.start, stored.at(1).anchor.end - stored.at(1).anchor.start), kRockets);
    }

    void importTwice_addsNothingTheSecondTime()
    {
        Database b;
        QVERIFY(b.open(freshB()));
        // B's own note on one article: kept, the imported one after a blank line.
        const qint64 plain = article(b.connection(), kPlain).first;
        {
            Annotator mine(b.connection());
            QVERIFY(mine.setArticleNote(plain, QStringLiteral("My own note.")));
        }
        AnnotationImporter first(b.connection());
        QVERIFY2(first.importFile(m_exportPath), qPrintable(first.errorString()));
        QCOMPARE(first.summary().annotationsAdded, m_annotations);
        QCOMPARE(first.summary().notesMerged, 2);
        const QString merged = QStringLiteral("My own note.\n\nTheir note on the harbour.");
        QCOMPARE(AnnotationStore(b.connection()).articleNote(plain).note, merged);
        const QByteArray before = snapshot(b.connection());

        AnnotationImporter second(b.connection());
        QVERIFY2(second.importFile(m_exportPath), qPrintable(second.errorString()));
        const AnnotationImporter::Summary s = second.summary();
        QCOMPARE(s.articlesMatched, 2);
        QCOMPARE(s.annotationsAdded, 0);
        QCOMPARE(s.annotationsSkipped, m_annotations);
        QCOMPARE(s.tagsCreated, 0);
        QCOMPARE(s.notesMerged, 0);
        QVERIFY(s.changedArticles.isEmpty());
        QCOMPARE(AnnotationStore(b.connection()).annotationCount(), m_annotations);
        QCOMPARE(AnnotationStore(b.connection()).articleNote(plain).note, merged);
        QCOMPARE(snapshot(b.connection()), before);
    }

    void codebook_matchedByNameUnderTheSameParent()
    {
        Database b;
        QVERIFY(b.open(freshB()));
        qint64 claim = 0, economy = 0;
        {
            Annotator mine(b.connection());
            claim = TestUtil::createTag(mine, QStringLiteral("claim"), 0, QStringLiteral("#000000")); // A's "Claim", any case
            // Top level: not A's Claim/Economy.
            economy = TestUtil::createTag(mine, QStringLiteral("Economy"), 0, QStringLiteral("#111111"));
            QVERIFY(claim && economy);
        }
        AnnotationImporter importer(b.connection());
        QVERIFY2(importer.importFile(m_exportPath), qPrintable(importer.errorString()));
        QCOMPARE(importer.summary().tagsCreated, 2); // Claim/Economy and Source
        const QList<Tag> tags = AnnotationStore(b.connection()).tags();
        QCOMPARE(tags.size(), 4);
        const auto find = [&](const QString &name, qint64 parent) {
            for (const Tag &t : tags) {
                if (t.name == name && t.parent == parent)
                    return t;
            }
            return Tag();
        };
        QCOMPARE(find(QStringLiteral("claim"), 0).color, QStringLiteral("#000000")); // B's own, untouched
        const Tag nested = find(QStringLiteral("Economy"), claim);
        QVERIFY(nested.id != 0 && nested.id != economy);
        QCOMPARE(nested.color, QStringLiteral("#228833"));
        QCOMPARE(nested.description, QStringLiteral("Economy things"));
        // A's Claim annotations carry B's "claim".
        const auto [id, body] = article(b.connection(), kPlain);
        const QList<Annotation> annotations = AnnotationStore(b.connection()).annotations(id);
        const auto informed = std::find_if(annotations.cbegin(), annotations.cend(),
                                           [&](const Annotation &a) { return a.anchor.exact == QLatin1String("We will keep everybody informed"); });
        QVERIFY(informed != annotations.cend());
        QCOMPARE(informed->tags, QList<qint64>{claim});
    }

    void changedText_spansMovedOrOrphanedNeverDropped()
    {
        // B's copy of the folder: a paragraph added before the claim, the rockets paragraph rewritten.
        const QString folder = m_tmp.filePath(QStringLiteral("changed"));
        QVERIFY(writeCorpus(folder));
        QVERIFY(TestUtil::writeFile(folder + QLatin1Char('/') + kEmoji,
                                    emojiArticle("An added opening paragraph 🙃 with some news from the capital.\n\n",
                                                 "The last paragraph was rewritten by the desk entirely.\n")));
        const QString path = m_tmp.filePath(QStringLiteral("changed.sqlite"));
        QVERIFY(TestUtil::importCorpus(folder, path));
        Database b;
        QVERIFY(b.open(path));
        AnnotationImporter importer(b.connection());
        QVERIFY2(importer.importFile(m_exportPath), qPrintable(importer.errorString()));
        const AnnotationImporter::Summary s = importer.summary();
        QCOMPARE(s.annotationsAdded, m_annotations); // nothing dropped
        QCOMPARE(s.annotationsMoved, 1);             // the claim, after the new paragraph
        QCOMPARE(s.annotationsOrphaned, 2);          // the rockets, and the file's own orphan
        QCOMPARE(AnnotationStore(b.connection()).annotationCount(), m_annotations);

        const auto [id, body] = article(b.connection(), kEmoji);
        const QList<Annotation> stored = AnnotationStore(b.connection()).annotations(id);
        QCOMPARE(stored.size(), 2);
        const auto falling = std::find_if(stored.cbegin(), stored.cend(), [](const Annotation &a) { return a.claim.has_value(); });
        QVERIFY(falling != stored.cend());
        QCOMPARE(falling->anchor.state, AnchorState::Moved);
        QCOMPARE(body.mid(falling->anchor.start, falling->anchor.end - falling->anchor.start), kFalling);
        QCOMPARE(falling->note, QStringLiteral("Forecast, not fact."));
        const auto rockets = std::find_if(stored.cbegin(), stored.cend(), [](const Annotation &a) { return !a.claim.has_value(); });
        QVERIFY(rockets != stored.cend());
        QCOMPARE(rockets->anchor.state, AnchorState::Orphaned);
        QCOMPARE(rockets->anchor.exact, kRockets);
        QCOMPARE(rockets->note, QStringLiteral("Check the 🚀 budget."));

        // Once more: the re-found and orphaned ones are recognised, nothing is added.
        AnnotationImporter again(b.connection());
        QVERIFY2(again.importFile(m_exportPath), qPrintable(again.errorString()));
        QCOMPARE(again.summary().annotationsAdded, 0);
        QCOMPARE(again.summary().annotationsSkipped, m_annotations);
    }

    void badFile_clearErrorAndDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << m_export.left(m_export.size() / 2) << QStringLiteral("a-export.json at offset ");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a Dossier export");
        QJsonObject root = objectOf(m_export);
        root.insert(QLatin1String("format"), QStringLiteral("refi-qda"));
        QTest::newRow("wrong format") << QJsonDocument(root).toJson() << QStringLiteral("a-export.json: not a Dossier export (format is “refi-qda”)");
        root = objectOf(m_export);
        root.insert(QLatin1String("version"), 2);
        QTest::newRow("wrong version") << QJsonDocument(root).toJson() << QStringLiteral("version 2");
        // The last article's first annotation points past its text: the first article's work and
        // the codebook were written by then, and must be rolled back.
        root = objectOf(m_export);
        QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        QJsonObject last = articles.last().toObject();
        QCOMPARE(last.value(QLatin1String("path")).toString(), QString(kPlain));
        QJsonArray annotations = last.value(QLatin1String("annotations")).toArray();
        QJsonObject bad = annotations.at(0).toObject();
        bad.insert(QLatin1String("end"), 100000);
        annotations.replace(0, bad);
        last.insert(QLatin1String("annotations"), annotations);
        articles.replace(articles.size() - 1, last);
        root.insert(QLatin1String("articles"), articles);
        QTest::newRow("span past the text") << QJsonDocument(root).toJson()
                                            << QStringLiteral("a-export.json: article “south/plain.txt”, annotation 1: the span");
        root = objectOf(m_export);
        articles = root.value(QLatin1String("articles")).toArray();
        QJsonObject withBadClaim = articles.first().toObject();
        QJsonArray emojiAnnotations = withBadClaim.value(QLatin1String("annotations")).toArray();
        QJsonObject claimed = emojiAnnotations.at(0).toObject();
        QJsonObject claim = claimed.value(QLatin1String("claim")).toObject();
        QVERIFY(!claim.isEmpty());
        claim.insert(QLatin1String("status"), QStringLiteral("maybe"));
        claimed.insert(QLatin1String("claim"), claim);
        emojiAnnotations.replace(0, claimed);
        withBadClaim.insert(QLatin1String("annotations"), emojiAnnotations);
        articles.replace(0, withBadClaim);
        root.insert(QLatin1String("articles"), articles);
        QTest::newRow("unknown claim status") << QJsonDocument(root).toJson() << QStringLiteral("unknown claim status “maybe”");
    }

    void badFile_clearErrorAndDatabaseUnchanged()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        Database b;
        QVERIFY(b.open(freshB()));
        {
            Annotator mine(b.connection());
            QVERIFY(mine.setArticleNote(article(b.connection(), kPlain).first, QStringLiteral("My own note.")));
            QVERIFY(TestUtil::createTag(mine, QStringLiteral("Mine"), 0, QStringLiteral("#123456")));
        }
        const QByteArray before = snapshot(b.connection());
        const QString file = m_tmp.filePath(QStringLiteral("a-export.json"));
        const QString bad = m_tmp.filePath(QStringLiteral("bad/a-export.json"));
        QVERIFY(TestUtil::writeFile(bad, json));
        AnnotationImporter importer(b.connection());
        QVERIFY(!importer.importFile(bad));
        QVERIFY2(importer.errorString().contains(says), qPrintable(importer.errorString()));
        QVERIFY2(importer.errorString().startsWith(bad), qPrintable(importer.errorString())); // names the file
        QCOMPARE(importer.summary().annotationsAdded, 0);
        QCOMPARE(snapshot(b.connection()), before);
        // The connection is usable, outside any transaction: the good file goes in afterwards.
        AnnotationImporter good(b.connection());
        QVERIFY2(good.importFile(file), qPrintable(good.errorString()));
        QCOMPARE(good.summary().annotationsAdded, m_annotations);
    }

    void missingFile_saysSo()
    {
        Database b;
        QVERIFY(b.open(freshB()));
        const QString missing = m_tmp.filePath(QStringLiteral("no-such-export.json"));
        AnnotationImporter importer(b.connection());
        QVERIFY(!importer.importFile(missing));
        QVERIFY2(importer.errorString().contains(missing), qPrintable(importer.errorString()));
    }

    void articleNotInCorpus_listedAndTheRestImported()
    {
        QJsonObject root = objectOf(m_export);
        QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        QJsonObject gone = articles.first().toObject();
        gone.insert(QLatin1String("path"), QStringLiteral("elsewhere/gone.txt"));
        articles.insert(1, gone); // between the two this corpus has
        root.insert(QLatin1String("articles"), articles);
        const QString file = m_tmp.filePath(QStringLiteral("with-gone.json"));
        QVERIFY(TestUtil::writeFile(file, QJsonDocument(root).toJson()));

        Database b;
        QVERIFY(b.open(freshB()));
        AnnotationImporter importer(b.connection());
        QVERIFY2(importer.importFile(file), qPrintable(importer.errorString()));
        const AnnotationImporter::Summary s = importer.summary();
        QCOMPARE(s.missingArticles, QStringList{QStringLiteral("elsewhere/gone.txt")});
        QCOMPARE(s.annotationsInMissing, int(gone.value(QLatin1String("annotations")).toArray().size()));
        QCOMPARE(s.articlesMatched, 2);
        QCOMPARE(s.annotationsAdded, m_annotations);
        QCOMPARE(AnnotationStore(b.connection()).annotationCount(), m_annotations);
    }

    void cancelled_writesNothing()
    {
        Database b;
        QVERIFY(b.open(freshB()));
        const QByteArray before = snapshot(b.connection());
        std::atomic_bool cancel{false};
        AnnotationImporter importer(b.connection());
        importer.setCancelFlag(&cancel);
        importer.setProgressSink([&](int, int) { cancel = true; });
        // Progress is reported every 100 articles: 150 of them (the two of this corpus first, the
        // rest not in it), so the cancel comes after the first two were written.
        QJsonObject root = objectOf(m_export);
        QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        for (int i = 0; i < 148; ++i)
            articles.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("elsewhere/%1.txt").arg(i)}});
        root.insert(QLatin1String("articles"), articles);
        QVERIFY(!importer.importData(QJsonDocument(root).toJson(), QStringLiteral("memory.json")));
        QVERIFY2(importer.errorString().contains(QLatin1String("cancelled")), qPrintable(importer.errorString()));
        QCOMPARE(snapshot(b.connection()), before);
    }
};

QTEST_GUILESS_MAIN(AnnotationImporterTest)
#include "annotationimporter_test.moc"
