// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A re-import of an edited file re-finds the analyst's annotations and quote reviews in the new
// text, orphans what it cannot find, and deletes nothing.
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "importer.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;

namespace {

const QByteArray original = QByteArrayLiteral(
    "Harbour council delays the fuel tax vote\n\n"
    "The harbour council met on Tuesday evening and heard from fishermen and traders.\n\n"
    "The government plans to raise the fuel tax by four percent next spring, the minister told reporters.\n\n"
    "Fishermen said the plan would ruin the small boats that still work out of the old harbour.\n\n"
    "Officials said the next vote is expected in May after a public consultation.\n");

const QString fuel = QStringLiteral("raise the fuel tax by four percent next spring");
const QString fishermen = QStringLiteral("Fishermen said the plan would ruin the small boats");
const QString vote = QStringLiteral("the next vote is expected in May");

} // namespace

class ReanchorImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_corpus;
    QString m_file;
    QString m_dbPath;

    ImportSummary importNow()
    {
        Importer importer(m_corpus, m_dbPath);
        importer.setAnalysisEnabled(false); // the texts are what matters here
        return importer.run();
    }

    static Article onlyArticle(ArticleStore &store)
    {
        const QList<qint64> ids = store.ids({}, ArticleSort::Path, Qt::AscendingOrder);
        return ids.size() == 1 ? store.article(ids.first()).value_or(Article()) : Article();
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
        m_file = m_corpus + QStringLiteral("/harbour-gazette/fuel-tax.txt");
        m_dbPath = m_corpus + QStringLiteral("/.dossier/corpus.sqlite");
        QVERIFY(TestUtil::writeFile(m_file, original));
    }

    void reimport_editedFile_reanchorsAndOrphans()
    {
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore articles(db.connection());
        const Article before = onlyArticle(articles);
        QVERIFY(before.id > 0);
        const QString &body = before.body;
        QVERIFY2(body.contains(fuel) && body.contains(fishermen) && body.contains(vote), qPrintable(body));

        Annotator annotator(db.connection());
        Tag claimTag;
        claimTag.name = QStringLiteral("Claim");
        const qint64 claim = annotator.createTag(claimTag);
        QVERIFY(claim > 0);
        const auto annotate = [&](const QString &text) {
            const int at = int(body.indexOf(text));
            return annotator.annotate(before.id, body, at, at + int(text.size()), {claim});
        };
        const qint64 moved = annotate(fuel);       // text inserted before it
        const qint64 around = annotate(vote);      // the words around it edited
        const qint64 deleted = annotate(fishermen); // its sentence deleted
        QVERIFY(moved && around && deleted);
        QVERIFY(annotator.setArticleNote(before.id, QStringLiteral("Check the minister's figure.")));
        // An added quote (moves with the text) and a confirmation of one whose passage goes.
        QuoteReview added;
        added.articleId = before.id;
        added.anchor.start = int(body.indexOf(fuel));
        added.anchor.end = added.anchor.start + int(fuel.size());
        QVERIFY(annotator.reviewQuote(added, body, QStringLiteral("Add quote")));
        QuoteReview confirmed;
        confirmed.articleId = before.id;
        confirmed.detectedStart = int(body.indexOf(fishermen));
        confirmed.detectedEnd = confirmed.detectedStart + int(fishermen.size());
        confirmed.anchor.start = confirmed.detectedStart;
        confirmed.anchor.end = confirmed.detectedEnd;
        QVERIFY(annotator.reviewQuote(confirmed, body, QStringLiteral("Confirm quote")));

        // The editors insert a paragraph at the top, reword around the vote, and drop a sentence.
        QByteArray edited = original;
        edited.replace("The harbour council met", "UPDATE: this story was corrected on Wednesday.\n\nThe harbour council met");
        edited.replace("Officials said the next vote is expected in May after a public consultation.",
                       "According to the clerk, the next vote is expected in May, pending a consultation.");
        edited.replace("Fishermen said the plan would ruin the small boats that still work out of the old harbour.\n\n", "");
        QVERIFY(TestUtil::writeFile(m_file, edited));

        const ImportSummary s = importNow();
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.anchorsMoved, 3);    // two annotations, the added quote
        QCOMPARE(s.anchorsOrphaned, 2); // one annotation, the confirmation

        const Article after = onlyArticle(articles);
        QCOMPARE(after.id, before.id);
        QVERIFY(after.body.contains(QLatin1String("UPDATE: this story")));
        QVERIFY(!after.body.contains(fishermen));
        const AnnotationStore &store = annotator.store();
        QCOMPARE(store.annotationCount(), 3); // nothing deleted

        const Annotation a = *store.annotation(moved);
        QCOMPARE(a.anchor.state, AnchorState::Moved);
        QCOMPARE(a.anchor.start, int(after.body.indexOf(fuel)));
        QCOMPARE(a.anchor.end, a.anchor.start + int(fuel.size()));
        QCOMPARE(a.anchor.bodySha256, TextAnchor::bodyHash(after.body));
        QCOMPARE(a.tags, QList<qint64>{claim});

        const Annotation b = *store.annotation(around);
        QCOMPARE(b.anchor.state, AnchorState::Moved);
        QCOMPARE(b.anchor.start, int(after.body.indexOf(vote)));
        QCOMPARE(b.anchor.exact, vote);

        const Annotation c = *store.annotation(deleted);
        QCOMPARE(c.anchor.state, AnchorState::Orphaned);
        QCOMPARE(c.anchor.exact, fishermen);
        QCOMPARE(c.anchor.start, int(body.indexOf(fishermen))); // the old offsets, kept
        QCOMPARE(c.anchor.bodySha256, TextAnchor::bodyHash(body));
        QCOMPARE(store.orphans().size(), 1);
        QCOMPARE(store.articleNote(before.id).note, QStringLiteral("Check the minister's figure."));

        const QList<QuoteReview> reviews = store.quoteReviews(before.id);
        QCOMPARE(reviews.size(), 2);
        for (const QuoteReview &r : reviews) {
            if (r.isAdded()) {
                QCOMPARE(r.anchor.state, AnchorState::Moved);
                QCOMPARE(r.anchor.start, int(after.body.indexOf(fuel)));
            } else {
                QCOMPARE(r.anchor.state, AnchorState::Orphaned);
                QCOMPARE(r.detectedStart, confirmed.detectedStart); // untouched
            }
        }

        // One log line for the article, naming where to look.
        const QList<ImportLogEntry> log = articles.importLog(articles.latestRun());
        int lines = 0;
        for (const ImportLogEntry &e : log) {
            if (e.path == QLatin1String("harbour-gazette/fuel-tax.txt") && e.reason.contains(QLatin1String("could not be re-found; see Orphaned annotations"))) {
                ++lines;
                QVERIFY2(e.reason.startsWith(QLatin1String("1 annotation")), qPrintable(e.reason));
            }
        }
        QCOMPARE(lines, 1);

        // The next import with the same text counts nothing again.
        QVERIFY(TestUtil::writeFile(m_file, edited + "\n"));
        const ImportSummary again = importNow();
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.anchorsMoved, 0);
        QCOMPARE(again.anchorsOrphaned, 0);
        QCOMPARE(store.annotation(deleted)->anchor.state, AnchorState::Orphaned);

        // The passage comes back: the orphan is found again.
        QVERIFY(TestUtil::writeFile(m_file, original));
        const ImportSummary restored = importNow();
        QVERIFY(restored.ok);
        const Annotation back = *store.annotation(deleted);
        QVERIFY(back.anchor.state != AnchorState::Orphaned);
        QCOMPARE(back.anchor.start, int(body.indexOf(fishermen)));
    }

    void undoAfterReimport_neverRestoresAnAnchorIntoTheOldText()
    {
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore articles(db.connection());
        const Article before = onlyArticle(articles);
        Annotator annotator(db.connection());
        const auto annotate = [&](const QString &text) {
            const int at = int(before.body.indexOf(text));
            return annotator.annotate(before.id, before.body, at, at + int(text.size()), {});
        };
        const qint64 noted = annotate(fuel);
        const qint64 deleted = annotate(vote);
        Annotation withNote = *annotator.store().annotation(noted);
        withNote.note = QStringLiteral("Check the figure.");
        QVERIFY(annotator.editAnnotation(withNote));
        QVERIFY(annotator.deleteAnnotation(deleted));

        QByteArray edited = original;
        edited.replace("The harbour council met", "A new first paragraph.\n\nThe harbour council met");
        QVERIFY(TestUtil::writeFile(m_file, edited));
        QVERIFY(importNow().ok);
        const Article after = onlyArticle(articles);
        QCOMPARE(annotator.store().annotation(noted)->anchor.state, AnchorState::Moved);

        // Undo the delete: the annotation comes back where its text is now.
        annotator.undoStack()->undo();
        const std::optional<Annotation> back = annotator.store().annotation(deleted);
        QVERIFY(back);
        QCOMPARE(back->anchor.start, int(after.body.indexOf(vote)));
        QCOMPARE(back->anchor.exact, vote);
        QCOMPARE(back->anchor.state, AnchorState::Moved);
        // Undo the note: the note goes, the re-found anchor stays.
        annotator.undoStack()->undo();
        const Annotation unnoted = *annotator.store().annotation(noted);
        QVERIFY(unnoted.note.isEmpty());
        QCOMPARE(unnoted.anchor.start, int(after.body.indexOf(fuel)));
        QCOMPARE(unnoted.anchor.state, AnchorState::Moved);
        annotator.undoStack()->redo();
        QCOMPARE(annotator.store().annotation(noted)->note, QStringLiteral("Check the figure."));
        QCOMPARE(annotator.store().annotation(noted)->anchor.start, int(after.body.indexOf(fuel)));
    }

    void reimport_reanchorsDetectedSpanOfAMovedConfirmation()
    {
        QVERIFY(importNow().ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore articles(db.connection());
        const Article before = onlyArticle(articles);
        Annotator annotator(db.connection());
        QuoteReview r;
        r.articleId = before.id;
        r.detectedStart = int(before.body.indexOf(fuel));
        r.detectedEnd = r.detectedStart + int(fuel.size());
        r.anchor.start = r.detectedStart;
        r.anchor.end = r.detectedEnd;
        r.status = QuoteReview::Rejected;
        QVERIFY(annotator.reviewQuote(r, before.body, QStringLiteral("Reject quote")));

        QByteArray edited = original;
        edited.replace("The harbour council met", "A new first paragraph.\n\nThe harbour council met");
        QVERIFY(TestUtil::writeFile(m_file, edited));
        QVERIFY(importNow().ok);
        const Article after = onlyArticle(articles);
        const QuoteReview moved = annotator.store().quoteReviews(before.id).value(0);
        QCOMPARE(moved.anchor.state, AnchorState::Moved);
        // The detector will find the quote at its new place: the review must point there too.
        QCOMPARE(moved.detectedStart, int(after.body.indexOf(fuel)));
        QCOMPARE(moved.detectedEnd, moved.detectedStart + int(fuel.size()));
        QCOMPARE(moved.status, QuoteReview::Rejected);
    }
};

QTEST_GUILESS_MAIN(ReanchorImportTest)
#include "reanchorimport_test.moc"
