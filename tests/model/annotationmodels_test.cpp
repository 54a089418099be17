// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook tree and the Annotations list, without widgets.
#include "annotationmodels.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;

class AnnotationModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    const QString m_body = QStringLiteral("Prices rose by 4% in May, the statistics office said on Tuesday.");

    qint64 tag(const QString &name, qint64 parent = 0)
    {
        Tag t;
        t.name = name;
        t.parent = parent;
        return m_annotator->createTag(t);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        static int n = 0;
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++n))));
        Article a;
        a.path = QStringLiteral("a.txt");
        a.body = a.original = m_body;
        m_article = ArticleStore(m_db->connection()).insert(a);
        QVERIFY(m_article > 0);
        m_annotator = std::make_unique<Annotator>(m_db->connection());
    }

    void cleanup()
    {
        m_annotator.reset();
        m_db.reset();
    }

    void treeFollowsTheCodebook()
    {
        TagTreeModel model(m_annotator.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 economy = tag(QStringLiteral("Economy"));
        const qint64 prices = tag(QStringLiteral("Prices"), economy);
        const qint64 claim = tag(QStringLiteral("Claim"));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex e = model.indexOf(economy);
        QCOMPARE(e.data().toString(), QStringLiteral("Economy"));
        QCOMPARE(model.rowCount(e), 1);
        QCOMPARE(model.index(0, 0, e).data(TagTreeModel::TagIdRole).toLongLong(), prices);
        QCOMPARE(model.parent(model.index(0, 0, e)), e);
        QCOMPARE(model.path(prices), QStringLiteral("Economy/Prices"));

        // Counts follow annotations, undo included.
        m_annotator->annotate(m_article, m_body, 0, 6, {prices});
        QCOMPARE(model.index(0, TagTreeModel::CountColumn, e).data().toInt(), 1);
        m_annotator->undoStack()->undo();
        QCOMPARE(model.index(0, TagTreeModel::CountColumn, e).data().toInt(), 0);

        // Renaming in place is an undoable rename.
        QVERIFY(model.setData(model.indexOf(claim), QStringLiteral("Claims")));
        QCOMPARE(model.indexOf(claim).data().toString(), QStringLiteral("Claims"));
        m_annotator->undoStack()->undo();
        QCOMPARE(model.indexOf(claim).data().toString(), QStringLiteral("Claim"));

        // Dropping a tag on another moves it there.
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(claim)}));
        QVERIFY(data);
        model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOf(economy));
        QCOMPARE(model.parent(model.indexOf(claim)), model.indexOf(economy));
        QCOMPARE(model.rowCount(), 1);
        m_annotator->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
    }

    void annotationList()
    {
        const qint64 t = tag(QStringLiteral("Figure"));
        const qint64 a = m_annotator->annotate(m_article, m_body, 15, 17, {t});
        const qint64 b = m_annotator->annotate(m_article, m_body, 0, 6, {t});
        Annotation claim = *m_annotator->store().annotation(a);
        claim.claim = ClaimStatus::False;
        claim.note = QStringLiteral("It was 3%");
        QVERIFY(m_annotator->editAnnotation(claim));
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnnotations(m_annotator->store().annotations(m_article), {{t, QStringLiteral("Figure")}}, {{t, QColor(Qt::red)}});
        QCOMPARE(model.rowCount(), 2);
        // In text order.
        QCOMPARE(model.index(0, 0).data(AnnotationListModel::IdRole).toLongLong(), b);
        QCOMPARE(model.index(1, AnnotationListModel::TextColumn).data().toString(), QStringLiteral("4%"));
        QCOMPARE(model.index(1, AnnotationListModel::TagsColumn).data().toString(), QStringLiteral("Figure"));
        QCOMPARE(model.index(1, AnnotationListModel::ClaimColumn).data().toString(), claimStatusLabel(ClaimStatus::False));
        QCOMPARE(model.index(1, AnnotationListModel::NoteColumn).data().toString(), QStringLiteral("It was 3%"));
        QCOMPARE(model.index(1, 0).data(AnnotationListModel::StartRole).toInt(), 15);
        QCOMPARE(model.rowOf(a), 1);
    }
};

QTEST_GUILESS_MAIN(AnnotationModelsTest)
#include "annotationmodels_test.moc"
