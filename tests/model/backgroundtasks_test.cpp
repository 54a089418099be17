// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's export and annotation import on workers: results, progress, cancel.
#include "annotationstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "backgroundtasks.h"
#include "database.h"
#include "testutil.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class BackgroundTasksTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;

    static CancelFlag flag(bool set) { return std::make_shared<std::atomic_bool>(set); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(TestUtil::writeArticles(corpus, 40));
        m_db = m_tmp.filePath(QStringLiteral("corpus.sqlite"));
        QVERIFY(TestUtil::importCorpus(corpus, m_db));
        Database db;
        QVERIFY(db.open(m_db));
        Annotator annotator(db.connection());
        Tag t;
        t.name = QStringLiteral("Checked");
        const qint64 tag = annotator.createTag(t);
        QVERIFY(tag);
        ArticleStore(db.connection()).forEachArticle([&](const Article &a) {
            return annotator.annotate(a.id, a.body, 0, 5, {tag}) != 0;
        });
        QCOMPARE(annotator.store().annotationCount(), 40);
    }

    void export_reportsProgressAndResult()
    {
        ExportRequest request;
        request.databasePath = m_db;
        request.format = ExportFormat::Csv;
        request.outputPath = m_tmp.filePath(QStringLiteral("all.csv"));
        QFutureWatcher<ExportResult> watcher;
        QSignalSpy values(&watcher, &QFutureWatcherBase::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(startExport(request, flag(false)));
        QVERIFY(finished.wait(20000));
        const ExportResult r = watcher.result();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.annotations, 40);
        QCOMPARE(r.articles, 40);
        QVERIFY(!values.isEmpty());
        QCOMPARE(watcher.progressMaximum(), 40);
        QCOMPARE(watcher.progressValue(), 40);
        QVERIFY(QFile::exists(request.outputPath));
    }

    void export_cancelled_leavesNoFileAndKeepsTheOld()
    {
        ExportRequest request;
        request.databasePath = m_db;
        request.format = ExportFormat::Html;
        request.outputPath = m_tmp.filePath(QStringLiteral("kept.html"));
        QVERIFY(TestUtil::writeFile(request.outputPath, QByteArrayLiteral("the report of yesterday")));
        const ExportResult r = startExport(request, flag(true)).result();
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(r.error, QStringLiteral("Export cancelled."));
        QFile kept(request.outputPath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArrayLiteral("the report of yesterday"));
        request.outputPath = m_tmp.filePath(QStringLiteral("never.html"));
        QVERIFY(startExport(request, flag(true)).result().cancelled);
        QVERIFY(!QFile::exists(request.outputPath));
    }

    void export_unreadableDatabase_saysWhich()
    {
        ExportRequest request;
        request.databasePath = m_tmp.filePath(QStringLiteral("missing.sqlite"));
        request.format = ExportFormat::Json;
        request.outputPath = m_tmp.filePath(QStringLiteral("x.json"));
        const ExportResult r = startExport(request, flag(false)).result();
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(!r.error.isEmpty(), "an error is said");
        QVERIFY(!QFile::exists(request.outputPath));
    }

    void annotationImport_cancelledWritesNothing_thenMerges()
    {
        // Export this corpus, empty a copy of its database of annotations, import back.
        ExportRequest request;
        request.databasePath = m_db;
        request.format = ExportFormat::Json;
        request.outputPath = m_tmp.filePath(QStringLiteral("work.json"));
        QVERIFY(startExport(request, flag(false)).result().ok);
        const QString copy = m_tmp.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            Database db;
            QVERIFY(db.open(copy));
            Annotator annotator(db.connection());
            QVERIFY(annotator.deleteTag(annotator.tags().first().id));
            QCOMPARE(annotator.store().annotationCount(), 0);
        }
        const AnnotationImportResult cancelled = startAnnotationImport(copy, request.outputPath, flag(true)).result();
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.cancelled);
        {
            Database db;
            QVERIFY(db.open(copy));
            QCOMPARE(AnnotationStore(db.connection()).annotationCount(), 0);
            QCOMPARE(AnnotationStore(db.connection()).tags().size(), 0);
        }
        const AnnotationImportResult done = startAnnotationImport(copy, request.outputPath, flag(false)).result();
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(done.summary.annotationsAdded, 40);
        QCOMPARE(done.summary.change.annotationsAfter.size(), 40); // what undo takes back
        QCOMPARE(done.summary.change.tagsAfter.size(), 1);
        Database db;
        QVERIFY(db.open(copy));
        QCOMPARE(AnnotationStore(db.connection()).annotationCount(), 40);
    }
};

QTEST_GUILESS_MAIN(BackgroundTasksTest)
#include "backgroundtasks_test.moc"
