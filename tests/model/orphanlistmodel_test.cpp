// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The list of orphaned annotations: what it shows, re-attach and delete (undoable), and that it
// follows the Annotator's changes. No widgets.
#include "anchoring.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "orphanlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;

class OrphanListModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_claim = 0;
    qint64 m_economy = 0;
    const QString m_oldBody = QStringLiteral("The minister said the plan was desperate. Critics disagreed. Prices rose by 4% in May.");
    const QString m_newBody = QStringLiteral("The minister spoke. Prices rose by 4% in May, the office said.");

    qint64 insertArticle(const QString &path, const QString &title)
    {
        ArticleStore store(m_db->connection());
        Article a;
        a.path = path;
        a.title = title;
        a.body = m_oldBody;
        a.original = m_oldBody;
        return store.insert(a);
    }

    qint64 annotate(qint64 article, const QString &text, const QList<qint64> &tags)
    {
        const int at = int(m_oldBody.indexOf(text));
        return m_annotator->annotate(article, m_oldBody, at, at + int(text.size()), tags);
    }

    // What a re-import does when the text changed: re-anchors every annotation of the article.
    void reimport(qint64 article)
    {
        AnnotationStore &store = m_annotator->store();
        for (const Annotation &a : store.annotations(article))
            QVERIFY(store.updateAnchor(a.id, reanchor(m_newBody, a.anchor)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++n))));
        m_first = insertArticle(QStringLiteral("a.txt"), QStringLiteral("Budget row"));
        m_second = insertArticle(QStringLiteral("b.txt"), QString());
        QVERIFY(m_first && m_second);
        m_annotator = std::make_unique<Annotator>(m_db->connection());
        Tag t;
        t.name = QStringLiteral("Claim");
        m_claim = m_annotator->createTag(t);
        t.name = QStringLiteral("Economy");
        m_economy = m_annotator->createTag(t);
        QVERIFY(m_claim && m_economy);
    }

    void cleanup()
    {
        m_annotator.reset();
        m_db.reset();
    }

    void listsOrphansWithTitleTextNoteAndTags()
    {
        OrphanListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 gone = annotate(m_first, QStringLiteral("the plan was desperate"), {m_claim, m_economy});
        const qint64 kept = annotate(m_first, QStringLiteral("Prices rose by 4% in May"), {m_economy});
        const qint64 goneToo = annotate(m_second, QStringLiteral("Critics disagreed."), {m_claim});
        Annotation withNote = *m_annotator->store().annotation(gone);
        withNote.note = QStringLiteral("Ask for the source.");
        QVERIFY(m_annotator->editAnnotation(withNote));
        model.setAnnotator(m_annotator.get());
        QCOMPARE(model.rowCount(), 0);

        reimport(m_first);
        reimport(m_second);
        QCOMPARE(m_annotator->store().annotation(kept)->anchor.state, AnchorState::Moved);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OrphanListModel::ColumnCount));
        const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, OrphanListModel::ArticleColumn), QStringLiteral("Budget row"));
        QCOMPARE(cell(0, OrphanListModel::TextColumn), QStringLiteral("the plan was desperate"));
        QCOMPARE(cell(0, OrphanListModel::NoteColumn), QStringLiteral("Ask for the source."));
        QCOMPARE(cell(0, OrphanListModel::TagsColumn), QStringLiteral("Claim, Economy"));
        QCOMPARE(cell(1, OrphanListModel::ArticleColumn), QStringLiteral("b.txt")); // no title: the path
        QCOMPARE(cell(1, OrphanListModel::TextColumn), QStringLiteral("Critics disagreed."));
        QCOMPARE(model.index(0, 0).data(OrphanListModel::AnnotationIdRole).toLongLong(), gone);
        QCOMPARE(model.index(1, 0).data(OrphanListModel::AnnotationIdRole).toLongLong(), goneToo);
        QCOMPARE(model.index(1, 0).data(OrphanListModel::ArticleIdRole).toLongLong(), m_second);
        QCOMPARE(model.headerData(OrphanListModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Annotated text"));

        // A renamed tag shows at once (the codebook signal).
        Tag renamed = *m_annotator->store().tag(m_economy);
        renamed.name = QStringLiteral("Economics");
        QVERIFY(m_annotator->editTag(renamed));
        QCOMPARE(cell(0, OrphanListModel::TagsColumn), QStringLiteral("Claim, Economics"));
    }

    void reattach_leavesTheListAndUndoBringsItBack()
    {
        OrphanListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = annotate(m_first, QStringLiteral("the plan was desperate"), {m_claim});
        reimport(m_first);
        model.setAnnotator(m_annotator.get());
        QCOMPARE(model.rowCount(), 1);

        const int start = int(m_newBody.indexOf(QStringLiteral("The minister spoke")));
        QVERIFY(model.reattach(0, m_newBody, start, start + 18));
        QCOMPARE(model.rowCount(), 0);
        const Annotation a = *m_annotator->store().annotation(id);
        QCOMPARE(a.anchor.state, AnchorState::Ok);
        QCOMPARE(a.anchor.exact, QStringLiteral("The minister spoke"));
        QCOMPARE(a.anchor.bodySha256, TextAnchor::bodyHash(m_newBody));
        QCOMPARE(a.tags, QList<qint64>{m_claim}); // the analyst's work goes with it

        m_annotator->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(m_annotator->store().annotation(id)->anchor.state, AnchorState::Orphaned);
        m_annotator->undoStack()->redo();
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(!model.reattach(5, m_newBody, 0, 3)); // no such row
    }

    void remove_deletesUndoably()
    {
        OrphanListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = annotate(m_first, QStringLiteral("the plan was desperate"), {m_claim});
        reimport(m_first);
        model.setAnnotator(m_annotator.get());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.remove(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!m_annotator->store().annotation(id));
        m_annotator->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.orphan(0).id, id);
        QCOMPARE(model.orphan(0).tags, QList<qint64>{m_claim});
    }

    void noAnnotator_isEmpty()
    {
        OrphanListModel model;
        model.setAnnotator(m_annotator.get());
        model.setAnnotator(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.remove(0));
    }
};

QTEST_GUILESS_MAIN(OrphanListModelTest)
#include "orphanlistmodel_test.moc"
