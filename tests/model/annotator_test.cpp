// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every change the analyst makes, with its undo and redo, checked against the database.
#include "annotator.h"
#include "articlestore.h"
#include "database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;

class AnnotatorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    const QString m_body = QStringLiteral("The minister said the plan was \"desperate\". Critics disagreed. "
                                          "Prices rose by 4% in May, the office said.");

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // The whole state of the analyst's tables, to compare before and after undo/redo.
    QString dump()
    {
        QString out;
        QSqlQuery q(m_db->connection());
        for (const char *sql : {"SELECT id, coalesce(parent,0), name, color, description, shortcut, position FROM tags ORDER BY id",
                                "SELECT id, article_id, start, end, exact, note, coalesce(claim_status,-1), coalesce(claimant,0), anchor FROM annotations ORDER BY id",
                                "SELECT annotation_id, tag_id FROM annotation_tags ORDER BY 1, 2",
                                "SELECT annotation_id, url, note FROM claim_evidence ORDER BY annotation_id, position",
                                "SELECT article_id, note FROM article_notes ORDER BY 1",
                                "SELECT id, article_id, coalesce(detected_start,-1), start, end, status, coalesce(speaker,'<null>') FROM quote_reviews ORDER BY id"}) {
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
            out += QLatin1String("--\n");
        }
        return out;
    }

    // Undo then redo the last step; the state must go back exactly, then forward exactly.
    void checkUndoRedo(const QString &before)
    {
        const QString after = dump();
        QVERIFY(before != after);
        QUndoStack *stack = m_annotator->undoStack();
        stack->undo();
        QCOMPARE(dump(), before);
        stack->redo();
        QCOMPARE(dump(), after);
    }

    qint64 tag(const QString &name, qint64 parent = 0)
    {
        Tag t;
        t.name = name;
        t.parent = parent;
        return m_annotator->createTag(t);
    }

    int at(const QString &text) const { return int(m_body.indexOf(text)); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))), qPrintable(m_db->errorString()));
        m_articles = std::make_unique<ArticleStore>(m_db->connection());
        Article a;
        a.path = QStringLiteral("a.txt");
        a.title = QStringLiteral("A");
        a.body = m_body;
        a.original = m_body;
        a.size = 1;
        a.mtime = 1;
        m_article = m_articles->insert(a);
        QVERIFY(m_article > 0);
        m_annotator = std::make_unique<Annotator>(m_db->connection());
        m_annotator->setAuthor(QStringLiteral("tester"));
    }

    void cleanup()
    {
        m_annotator.reset();
        m_articles.reset();
        m_db.reset();
    }

    void createTagUndoRedo()
    {
        const QString before = dump();
        const qint64 id = tag(QStringLiteral("Claim"));
        QVERIFY2(id > 0, qPrintable(m_annotator->errorString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tags")), 1);
        checkUndoRedo(before);
        // The redo gives the tag back its id.
        QCOMPARE(m_annotator->store().tags().first().id, id);
    }

    void tagForPathFindsOrCreates()
    {
        QStringList created;
        const qint64 child = m_annotator->tagForPath(QStringLiteral("Reporting/Said"), &created);
        QVERIFY(child > 0);
        QCOMPARE(created, (QStringList{QStringLiteral("Reporting"), QStringLiteral("Reporting/Said")}));
        const std::optional<Tag> t = m_annotator->store().tag(child);
        QCOMPARE(t->name, QStringLiteral("Said"));
        QCOMPARE(m_annotator->store().tag(t->parent)->name, QStringLiteral("Reporting"));
        created.clear();
        QCOMPARE(m_annotator->tagForPath(QStringLiteral("reporting / SAID"), &created), child); // found, any case
        QVERIFY(created.isEmpty());
        QCOMPARE(m_annotator->tagForPath(QStringLiteral("Reporting//Said")), 0);
        QVERIFY(m_annotator->errorString().contains(QLatin1String("empty name")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tags")), 2);
    }

    void duplicateNameRefused()
    {
        QVERIFY(tag(QStringLiteral("Claim")) > 0);
        QSignalSpy failed(m_annotator.get(), &Annotator::failed);
        QCOMPARE(tag(QStringLiteral("claim")), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(m_annotator->errorString().contains(QStringLiteral("Claim"), Qt::CaseInsensitive));
        QCOMPARE(m_annotator->undoStack()->count(), 1); // the refused change is not a step
        QCOMPARE(tag(QString()), 0);                    // no name
    }

    void editTagUndoRedo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("rename") << "name";
        QTest::newRow("recolour") << "color";
        QTest::newRow("describe") << "description";
        QTest::newRow("shortcut") << "shortcut";
    }

    void editTagUndoRedo()
    {
        QFETCH(QString, field);
        const qint64 id = tag(QStringLiteral("Claim"));
        Tag t = *m_annotator->store().tag(id);
        if (field == QLatin1String("name"))
            t.name = QStringLiteral("Claims");
        else if (field == QLatin1String("color"))
            t.color = QStringLiteral("#00ff00");
        else if (field == QLatin1String("description"))
            t.description = QStringLiteral("Checkable statements");
        else
            t.shortcut = QStringLiteral("Ctrl+1");
        const QString before = dump();
        QVERIFY(m_annotator->editTag(t));
        QCOMPARE(*m_annotator->store().tag(id), t);
        checkUndoRedo(before);
    }

    void moveTagUndoRedo()
    {
        const qint64 a = tag(QStringLiteral("A"));
        const qint64 b = tag(QStringLiteral("B"));
        const qint64 c = tag(QStringLiteral("C"));
        const QString before = dump();
        QVERIFY(m_annotator->moveTag(c, a, 0));
        QCOMPARE(m_annotator->store().tag(c)->parent, a);
        checkUndoRedo(before);
        // Reorder among siblings: B first.
        const QString before2 = dump();
        QVERIFY(m_annotator->moveTag(b, 0, 0));
        const QList<Tag> tags = m_annotator->store().tags();
        QCOMPARE(tags.at(0).id, b);
        QCOMPARE(tags.at(1).id, a);
        checkUndoRedo(before2);
        // Not below itself.
        QVERIFY(!m_annotator->moveTag(a, c, 0));
    }

    void annotateUndoRedo()
    {
        const qint64 claim = tag(QStringLiteral("Claim"));
        const QString before = dump();
        const int s = at(QStringLiteral("Prices"));
        const int e = at(QStringLiteral(" in May"));
        const qint64 id = m_annotator->annotate(m_article, m_body, s, e, {claim});
        QVERIFY(id > 0);
        const Annotation a = *m_annotator->store().annotation(id);
        QCOMPARE(a.anchor.exact, QStringLiteral("Prices rose by 4%"));
        QCOMPARE(a.anchor.suffix, m_body.mid(e, 32));
        QCOMPARE(a.anchor.prefix, m_body.mid(s - 32, 32));
        QCOMPARE(a.anchor.bodySha256, TextAnchor::bodyHash(m_body));
        QCOMPARE(a.tags, QList<qint64>{claim});
        QCOMPARE(a.author, QStringLiteral("tester"));
        checkUndoRedo(before);
        QCOMPARE(m_annotator->store().annotation(id)->anchor.exact, QStringLiteral("Prices rose by 4%"));
    }

    void annotateSameSpanAddsTag()
    {
        const qint64 t1 = tag(QStringLiteral("One"));
        const qint64 t2 = tag(QStringLiteral("Two"));
        const qint64 id = m_annotator->annotate(m_article, m_body, 0, 12, {t1});
        const QString before = dump();
        QCOMPARE(m_annotator->annotate(m_article, m_body, 0, 12, {t2}), id);
        QCOMPARE(m_annotator->store().annotation(id)->tags, (QList<qint64>{t1, t2}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM annotations")), 1);
        checkUndoRedo(before);
    }

    void overlappingAnnotationsKept()
    {
        const qint64 t = tag(QStringLiteral("T"));
        QVERIFY(m_annotator->annotate(m_article, m_body, 0, 20, {t}) > 0);
        QVERIFY(m_annotator->annotate(m_article, m_body, 10, 30, {t}) > 0);
        QVERIFY(m_annotator->annotate(m_article, m_body, 12, 15, {t}) > 0);
        QCOMPARE(m_annotator->store().annotations(m_article).size(), 3);
    }

    void badSelectionRefused()
    {
        QCOMPARE(m_annotator->annotate(m_article, m_body, 5, 5, {}), 0);
        QCOMPARE(m_annotator->annotate(m_article, m_body, -1, 5, {}), 0);
        QCOMPARE(m_annotator->annotate(m_article, m_body, 0, int(m_body.size()) + 1, {}), 0);
        QCOMPARE(m_annotator->undoStack()->count(), 0);
    }

    void editClaimNoteEvidenceUndoRedo()
    {
        const qint64 t = tag(QStringLiteral("Claim"));
        const qint64 id = m_annotator->annotate(m_article, m_body, 0, 20, {t});
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entities (name, type, key) VALUES ('Jane Roe', 0, 'jane roe')")));
        const qint64 entity = q.lastInsertId().toLongLong();
        Annotation a = *m_annotator->store().annotation(id);
        a.note = QStringLiteral("Check the ministry's figures");
        a.claim = ClaimStatus::Misleading;
        a.claimant = entity;
        a.evidence = {Evidence{QStringLiteral("https://example.org/stats"), QStringLiteral("official data")},
                      Evidence{QStringLiteral("outlet-b/story.txt"), QString()}};
        const QString before = dump();
        QVERIFY(m_annotator->editAnnotation(a));
        const Annotation stored = *m_annotator->store().annotation(id);
        QCOMPARE(stored.note, a.note);
        QCOMPARE(stored.claim, std::optional<ClaimStatus>(ClaimStatus::Misleading));
        QCOMPARE(stored.claimant, entity);
        QCOMPARE(stored.evidence, a.evidence);
        checkUndoRedo(before);
        // No longer a claim.
        a = *m_annotator->store().annotation(id);
        a.claim.reset();
        const QString before2 = dump();
        QVERIFY(m_annotator->editAnnotation(a));
        QVERIFY(!m_annotator->store().annotation(id)->claim);
        checkUndoRedo(before2);
    }

    void deleteAnnotationUndoRedo()
    {
        const qint64 t = tag(QStringLiteral("Claim"));
        const qint64 id = m_annotator->annotate(m_article, m_body, 0, 20, {t});
        Annotation a = *m_annotator->store().annotation(id);
        a.note = QStringLiteral("note");
        a.evidence = {Evidence{QStringLiteral("https://example.org"), QString()}};
        QVERIFY(m_annotator->editAnnotation(a));
        const QString before = dump();
        QVERIFY(m_annotator->deleteAnnotation(id));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM annotations")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claim_evidence")), 0);
        checkUndoRedo(before);
    }

    void mergeTagsUndoRedo()
    {
        const qint64 from = tag(QStringLiteral("Economy"));
        const qint64 into = tag(QStringLiteral("Economics"));
        const qint64 child = tag(QStringLiteral("Prices"), from);
        const qint64 onlyFrom = m_annotator->annotate(m_article, m_body, 0, 10, {from});
        const qint64 both = m_annotator->annotate(m_article, m_body, 20, 30, {from, into});
        const qint64 onChild = m_annotator->annotate(m_article, m_body, 40, 50, {child});
        const QString before = dump();
        QVERIFY(m_annotator->mergeTags(from, into));
        QVERIFY(!m_annotator->store().tag(from));
        QCOMPARE(m_annotator->store().tag(child)->parent, into);
        QCOMPARE(m_annotator->store().annotation(onlyFrom)->tags, QList<qint64>{into});
        QCOMPARE(m_annotator->store().annotation(both)->tags, QList<qint64>{into});
        QCOMPARE(m_annotator->store().annotation(onChild)->tags, QList<qint64>{child});
        checkUndoRedo(before);
        // Not into its own child.
        m_annotator->undoStack()->undo();
        QVERIFY(!m_annotator->mergeTags(from, child));
        // Not when both have a child of one name: that would make two "Prices" under the target.
        tag(QStringLiteral("prices"), into);
        const int steps = m_annotator->undoStack()->count();
        QVERIFY(!m_annotator->mergeTags(from, into));
        QVERIFY(m_annotator->errorString().contains(QStringLiteral("Prices")));
        QCOMPARE(m_annotator->undoStack()->count(), steps);
        QVERIFY(m_annotator->store().tag(from));
    }

    void deleteTagUndoRedo()
    {
        const qint64 parent = tag(QStringLiteral("Topic"));
        const qint64 child = tag(QStringLiteral("Subtopic"), parent);
        const qint64 other = tag(QStringLiteral("Other"));
        const qint64 onlyChild = m_annotator->annotate(m_article, m_body, 0, 10, {child});
        const qint64 withOther = m_annotator->annotate(m_article, m_body, 20, 30, {parent, other});
        const qint64 withNote = m_annotator->annotate(m_article, m_body, 40, 50, {parent});
        Annotation n = *m_annotator->store().annotation(withNote);
        n.note = QStringLiteral("keep me");
        QVERIFY(m_annotator->editAnnotation(n));
        QCOMPARE(m_annotator->deleteImpact(parent), 3);
        QCOMPARE(m_annotator->deleteImpact(child), 1);
        const QString before = dump();
        QVERIFY(m_annotator->deleteTag(parent));
        QVERIFY(!m_annotator->store().tag(parent));
        QVERIFY(!m_annotator->store().tag(child));
        QVERIFY(!m_annotator->store().annotation(onlyChild)); // nothing left on it
        QCOMPARE(m_annotator->store().annotation(withOther)->tags, QList<qint64>{other});
        QVERIFY(m_annotator->store().annotation(withNote)->tags.isEmpty()); // its note keeps it
        checkUndoRedo(before);
    }

    void articleNoteUndoRedo()
    {
        const QString before = dump();
        QVERIFY(m_annotator->setArticleNote(m_article, QStringLiteral("Two outlets disagree on the date.")));
        QCOMPARE(m_annotator->store().articleNote(m_article).note, QStringLiteral("Two outlets disagree on the date."));
        checkUndoRedo(before);
        const QString before2 = dump();
        QVERIFY(m_annotator->setArticleNote(m_article, QString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM article_notes")), 0);
        checkUndoRedo(before2);
    }

    void quoteReviewsUndoRedo()
    {
        const int s = at(QStringLiteral("\"desperate\""));
        QuoteReview confirm;
        confirm.articleId = m_article;
        confirm.detectedStart = s;
        confirm.detectedEnd = s + 11;
        confirm.anchor.start = s;
        confirm.anchor.end = s + 11;
        confirm.kind = 1;
        const QString before = dump();
        QVERIFY(m_annotator->reviewQuote(confirm, m_body, QStringLiteral("Confirm quote")));
        QuoteReview stored = m_annotator->store().quoteReviews(m_article).first();
        QCOMPARE(stored.status, QuoteReview::Confirmed);
        QCOMPARE(stored.anchor.exact, QStringLiteral("\"desperate\""));
        QVERIFY(!stored.speaker);
        checkUndoRedo(before);
        // Correct the speaker and the span (inside the marks), then reject.
        stored = m_annotator->store().quoteReviews(m_article).first();
        stored.speaker = QStringLiteral("The minister");
        stored.anchor.start = s + 1;
        stored.anchor.end = s + 10;
        const QString before2 = dump();
        QVERIFY(m_annotator->reviewQuote(stored, m_body, QStringLiteral("Correct quote")));
        QCOMPARE(m_annotator->store().quoteReviews(m_article).first().anchor.exact, QStringLiteral("desperate"));
        QCOMPARE(m_annotator->store().quoteReviews(m_article).first().speaker, std::optional<QString>(QStringLiteral("The minister")));
        checkUndoRedo(before2);
        stored = m_annotator->store().quoteReviews(m_article).first();
        stored.status = QuoteReview::Rejected;
        const QString before3 = dump();
        QVERIFY(m_annotator->reviewQuote(stored, m_body, QStringLiteral("Reject quote")));
        checkUndoRedo(before3);
        // A quote the detector missed.
        QuoteReview added;
        added.articleId = m_article;
        added.anchor.start = at(QStringLiteral("Critics"));
        added.anchor.end = at(QStringLiteral(" Prices"));
        added.speaker = QStringLiteral("Critics");
        const QString before4 = dump();
        QVERIFY(m_annotator->reviewQuote(added, m_body, QStringLiteral("Add quote")));
        QVERIFY(m_annotator->store().quoteReviews(m_article).last().isAdded());
        checkUndoRedo(before4);
        const QString before5 = dump();
        QVERIFY(m_annotator->deleteQuoteReview(m_annotator->store().quoteReviews(m_article).last().id));
        checkUndoRedo(before5);
    }

    void autocodeIsOneStep()
    {
        const qint64 t = tag(QStringLiteral("Said"));
        QList<Annotation> list;
        for (const QString &word : {QStringLiteral("said"), QStringLiteral("office")}) {
            Annotation a;
            a.articleId = m_article;
            a.anchor = TextAnchor::make(m_body, at(word), at(word) + int(word.size()));
            a.tags = {t};
            list << a;
        }
        const QString before = dump();
        const int steps = m_annotator->undoStack()->count();
        QCOMPARE(m_annotator->addAnnotations(list, QStringLiteral("Autocode")), 2);
        QCOMPARE(m_annotator->undoStack()->count(), steps + 1);
        checkUndoRedo(before);
    }

    void readOnlyRefusesEverything()
    {
        const qint64 t = tag(QStringLiteral("T"));
        m_annotator->setReadOnly(true, QStringLiteral("Open in another window"));
        QSignalSpy failed(m_annotator.get(), &Annotator::failed);
        QCOMPARE(m_annotator->annotate(m_article, m_body, 0, 5, {t}), 0);
        QCOMPARE(tag(QStringLiteral("U")), 0);
        QVERIFY(!m_annotator->deleteTag(t));
        QVERIFY(!m_annotator->setArticleNote(m_article, QStringLiteral("x")));
        QCOMPARE(failed.size(), 4);
        QCOMPARE(m_annotator->errorString(), QStringLiteral("Open in another window"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM annotations")), 0);
    }

    void signalsTellWhatChanged()
    {
        QSignalSpy codebook(m_annotator.get(), &Annotator::codebookChanged);
        QSignalSpy articles(m_annotator.get(), &Annotator::articlesChanged);
        const qint64 t = tag(QStringLiteral("T"));
        QCOMPARE(codebook.size(), 1);
        m_annotator->annotate(m_article, m_body, 0, 5, {t});
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.last().first().value<QSet<qint64>>(), QSet<qint64>{m_article});
        m_annotator->undoStack()->undo();
        QCOMPARE(articles.size(), 2);
    }

    void mergeTenThousand()
    {
        // The number: undo and redo of a merge of two tags with 10,000 annotations under 1 s
        // is measured by bench/annotation_bench; here only that it is right at that size.
        const qint64 from = tag(QStringLiteral("From"));
        const qint64 into = tag(QStringLiteral("Into"));
        QList<Annotation> list;
        for (int i = 0; i < 10000; ++i) {
            Annotation a;
            a.articleId = m_article;
            a.anchor = TextAnchor::make(m_body, i % 50, i % 50 + 5);
            a.tags = {i % 3 == 0 ? into : from};
            if (i % 7 == 0)
                a.tags = {from, into};
            list << a;
        }
        QCOMPARE(m_annotator->addAnnotations(list, QStringLiteral("many")), 10000);
        const QString before = dump();
        QVERIFY(m_annotator->mergeTags(from, into));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM annotation_tags")), 10000);
        checkUndoRedo(before);
    }
};

QTEST_GUILESS_MAIN(AnnotatorTest)
#include "annotator_test.moc"
