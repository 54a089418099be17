// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export and File › Import Annotations on the sample corpus, from the main window: the dialog's
// filters, the export on a worker, the merge of another analyst's work as one undo step.
#include "annotationstore.h"
#include "annotator.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "backgroundtasks.h"
#include "database.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "testutil.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;
using namespace WindowFixture;

class ExportGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    /** Tags the first `count` words of the first two articles in the list: "Checked" on the first,
        "Open" (under "Review") on the second. Returns the two article ids. */
    static QList<qint64> tagTwoArticles(MainWindow &w)
    {
        Annotator *annotator = w.annotator();
        const auto tag = [annotator](const QString &name, qint64 parent) {
            Tag t;
            t.name = name;
            t.parent = parent;
            return annotator->createTag(t);
        };
        const qint64 review = tag(QStringLiteral("Review"), 0);
        const qint64 openId = tag(QStringLiteral("Open"), review);
        const qint64 checked = tag(QStringLiteral("Checked"), 0);
        if (!review || !openId || !checked)
            return {};
        QList<qint64> ids;
        for (int row = 0; row < 2; ++row) {
            const qint64 id = w.articleModel()->idAt(row);
            const std::optional<Article> a = ArticleStore(annotator->store().database()).article(id);
            if (!a || a->body.size() < 30)
                return {};
            if (!annotator->annotate(id, a->body, 0, 12, {row == 0 ? checked : openId}))
                return {};
            ids << id;
        }
        return ids;
    }

    static QListWidgetItem *itemNamed(QListWidget *list, const QString &text)
    {
        const auto items = list->findItems(text, Qt::MatchExactly);
        return items.isEmpty() ? nullptr : items.first();
    }

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() { useTestSettings(QStringLiteral("exportgui_test")); }

    void exportDialog_filtersAndWritesOnAWorker()
    {
        MainWindow w;
        w.show();
        QAction *exportAction = action(w, QStringLiteral("&Export…"));
        QVERIFY(exportAction);
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!exportAction->isEnabled()); // nothing open yet
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        QVERIFY(exportAction->isEnabled());
        const QList<qint64> tagged = tagTwoArticles(w);
        QCOMPARE(tagged.size(), 2);

        exportAction->trigger();
        auto *d = w.findChild<ExportDialog *>();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        auto *format = d->findChild<QComboBox *>(QStringLiteral("format"));
        auto *path = d->findChild<QLineEdit *>(QStringLiteral("path"));
        auto *tags = d->findChild<QListWidget *>(QStringLiteral("tags"));
        auto *button = d->findChild<QPushButton *>(QStringLiteral("export"));
        QVERIFY(format && path && tags && button);
        // A sensible default file beside the corpus, following the format.
        QVERIFY2(path->text().endsWith(QLatin1String("-report.html")), qPrintable(path->text()));
        format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
        QVERIFY2(path->text().endsWith(QLatin1String("-report.csv")), qPrintable(path->text()));

        // A folder that is not there: said in the dialog, nothing starts.
        path->setText(m_tmp.filePath(QStringLiteral("no-such-folder/out.csv")));
        QVERIFY2(d->statusText().contains(QLatin1String("does not exist")), qPrintable(d->statusText()));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!d->isRunning());

        // The codebook with its nesting: a child tag is named by its path.
        QVERIFY(itemNamed(tags, QStringLiteral("Review")));
        QListWidgetItem *open = itemNamed(tags, QStringLiteral("Review/Open"));
        QVERIFY(open);
        open->setCheckState(Qt::Checked);
        const QString out = m_tmp.filePath(QStringLiteral("review.csv"));
        path->setText(out);
        QCOMPARE(d->filter().tags, QStringList{QStringLiteral("Review/Open")});
        QSignalSpy finished(d, &ExportDialog::exportFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(d->isRunning() || finished.count() == 1); // on a worker: the click returns at once
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!d->isVisible());
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Exported 1 annotations in 1 articles")),
                 qPrintable(w.statusBar()->currentMessage()));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, and the empty piece after the last CRLF
        QVERIFY2(lines.at(1).contains(",Review/Open,"), lines.at(1).constData());
    }

    void exportDialog_selectedArticles()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        auto *list = w.findChild<QTableView *>();
        QVERIFY(list);
        // Two rows picked with Ctrl+click: the list takes several.
        list->selectionModel()->select(w.articleModel()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        list->selectionModel()->select(w.articleModel()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<qint64> picked{w.articleModel()->idAt(1), w.articleModel()->idAt(3)};
        QCOMPARE(w.selectedArticleIds(), picked);

        ExportDialog *d = w.showExportDialog();
        QVERIFY(d);
        auto *selected = d->findChild<QRadioButton *>(QStringLiteral("selectedArticles"));
        QVERIFY(selected && selected->isEnabled());
        QVERIFY2(selected->text().contains(QLatin1String("(2)")), qPrintable(selected->text()));
        selected->setChecked(true);
        QCOMPARE(d->filter().articles, picked);
        d->setFormat(ExportFormat::Json);
        const QString out = m_tmp.filePath(QStringLiteral("two.json"));
        d->setOutputPath(out);
        QSignalSpy finished(d, &ExportDialog::exportFinished);
        d->accept();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        const QJsonArray articles = readJson(out).value(QLatin1String("articles")).toArray();
        QCOMPARE(articles.size(), 2);
        QStringList paths;
        ArticleStore store(w.annotator()->store().database());
        for (qint64 id : picked)
            paths << store.article(id)->path;
        paths.sort();
        QStringList got;
        for (const QJsonValue &a : articles)
            got << a.toObject().value(QLatin1String("path")).toString();
        QCOMPARE(got, paths); // exported in path order
    }

    void importAnnotations_mergesAsOneUndoStep()
    {
        // Analyst A tags two articles and exports JSON.
        const QString file = m_tmp.filePath(QStringLiteral("analyst-a.json"));
        {
            MainWindow a;
            a.show();
            QVERIFY(openAndWait(a, freshSample(m_tmp)));
            QCOMPARE(tagTwoArticles(a).size(), 2);
            ExportRequest request;
            request.databasePath = a.databasePath();
            request.format = ExportFormat::Json;
            request.outputPath = file;
            const ExportResult r = startExport(request, std::make_shared<std::atomic_bool>(false)).result();
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.annotations, 2);
        }
        // Analyst B, on a fresh copy, merges it.
        MainWindow b;
        b.show();
        QVERIFY(openAndWait(b, freshSample(m_tmp)));
        QAction *importAction = action(b, QStringLiteral("&Import Annotations…"));
        QVERIFY(importAction && importAction->isEnabled());
        QCOMPARE(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        Annotator *annotator = b.annotator();
        QCOMPARE(annotator->store().annotationCount(), 0);
        QSignalSpy imported(&b, &MainWindow::annotationsImported);
        QVERIFY(b.importAnnotations(file));
        QVERIFY(b.isImportingAnnotations());
        QVERIFY(!importAction->isEnabled());
        QVERIFY(annotator->isReadOnly()); // no write of the GUI thread waits on the merge's transaction
        QVERIFY(imported.count() == 1 || imported.wait(20000));
        const auto result = imported.first().first().value<AnnotationImportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.summary.annotationsAdded, 2);
        QCOMPARE(result.summary.tagsCreated, 3);
        QVERIFY(!annotator->isReadOnly());
        QVERIFY(importAction->isEnabled());
        QCOMPARE(annotator->store().annotationCount(), 2);
        QCOMPARE(annotator->tags().size(), 3);
        QVERIFY2(b.statusBar()->currentMessage().contains(QLatin1String("2 annotations added")), qPrintable(b.statusBar()->currentMessage()));

        // One undo step takes the whole merge back, redo brings it again.
        QUndoStack *stack = annotator->undoStack();
        QVERIFY(stack->canUndo());
        QVERIFY2(stack->undoText().contains(QLatin1String("analyst-a.json")), qPrintable(stack->undoText()));
        stack->undo();
        QCOMPARE(annotator->store().annotationCount(), 0);
        QCOMPARE(annotator->tags().size(), 0);
        stack->redo();
        QCOMPARE(annotator->store().annotationCount(), 2);
        QCOMPARE(annotator->tags().size(), 3);

        // The same file again adds nothing; a file that is no export is refused and changes nothing.
        imported.clear();
        QVERIFY(b.importAnnotations(file));
        QVERIFY(imported.count() == 1 || imported.wait(20000));
        QCOMPARE(imported.first().first().value<AnnotationImportResult>().summary.annotationsAdded, 0);
        QCOMPARE(annotator->store().annotationCount(), 2);
        const QString bogus = m_tmp.filePath(QStringLiteral("bogus.json"));
        QVERIFY(TestUtil::writeFile(bogus, QByteArrayLiteral("{\"format\": \"other\"}")));
        imported.clear();
        QVERIFY(b.importAnnotations(bogus));
        QVERIFY(imported.count() == 1 || imported.wait(20000));
        QVERIFY(!imported.first().first().value<AnnotationImportResult>().ok);
        auto *box = b.findChild<QMessageBox *>();
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("bogus.json")), qPrintable(box->text()));
        box->accept();
        QVERIFY2(b.statusBar()->currentMessage().contains(QLatin1String("Nothing was imported")), qPrintable(b.statusBar()->currentMessage()));
        QCOMPARE(annotator->store().annotationCount(), 2);
    }
};

QTEST_MAIN(ExportGuiTest)
#include "exportgui_test.moc"
