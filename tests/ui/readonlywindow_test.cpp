// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A second window on a corpus, and a damaged corpus: the window opens read-only and says so where it
// cannot be missed, instead of writing.
#include "annotator.h"
#include "articlelistmodel.h"
#include "corpuslocation.h"
#include "database.h"
#include "databasemaintenance.h"
#include "mainwindow.h"
#include "testutil.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;
using namespace WindowFixture;

class ReadOnlyWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static Tag claim()
    {
        Tag t;
        t.name = QStringLiteral("Claim");
        return t;
    }

    static QLabel *banner(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("readOnlyBanner")); }

    // Imports `folder`, then opens it again: the check passes and a backup is made.
    void importWithBackup(const QString &folder)
    {
        {
            MainWindow first;
            QVERIFY(openAndWait(first, folder));
        }
        MainWindow again;
        QSignalSpy checked(&again, &MainWindow::databaseChecked);
        QSignalSpy imported(&again, &MainWindow::importFinished);
        again.openCorpus(folder);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().toBool(), true);
        // The import may have finished while the check's signal was awaited.
        QVERIFY(!imported.isEmpty() || imported.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(DatabaseMaintenance(CorpusLocation::defaultDatabasePath(folder)).backups().size(), 1, 20000);
    }

private Q_SLOTS:
    void initTestCase() { useTestSettings(QStringLiteral("readonlywindow_test")); }

    void secondWindowIsReadOnly()
    {
        const QString folder = freshSample(m_tmp);
        QVERIFY(!folder.isEmpty());
        MainWindow first;
        first.show();
        QVERIFY(openAndWait(first, folder));
        QVERIFY(!first.isReadOnly());
        QVERIFY(!banner(first)->isVisible());
        QVERIFY(!first.windowTitle().contains(QStringLiteral("read-only")));

        MainWindow second;
        second.show();
        QSignalSpy checked(&second, &MainWindow::databaseChecked);
        second.openCorpus(folder);
        QVERIFY(second.isReadOnly());
        QVERIFY(!second.isImporting());
        QVERIFY2(second.windowTitle().endsWith(QStringLiteral("(read-only)")), qPrintable(second.windowTitle()));
        QLabel *label = banner(second);
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("another Dossier"))
                     && label->text().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(label->text()));
        // It shows the corpus all the same.
        QVERIFY(waitForRows(second));
        QCOMPARE(second.articleModel()->rowCount(), first.articleModel()->rowCount());
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY(!second.isImporting()); // not even after the check

        // Every change is refused, with the banner's message.
        Annotator *annotator = second.annotator();
        QVERIFY(annotator->isReadOnly());
        Tag t;
        t.name = QStringLiteral("Claim");
        QCOMPARE(annotator->createTag(t), 0);
        QCOMPARE(annotator->errorString(), label->text());
        QVERIFY(annotator->tags().isEmpty());
        // The first window still edits.
        QVERIFY(first.annotator()->createTag(t) > 0);
    }

    void firstWindowClosedReleasesTheCorpus()
    {
        const QString folder = freshSample(m_tmp);
        {
            MainWindow first;
            QVERIFY(openAndWait(first, folder));
        }
        MainWindow second;
        QVERIFY(openAndWait(second, folder));
        QVERIFY(!second.isReadOnly());
        QVERIFY(second.annotator()->createTag(claim()) > 0);
    }

    void anotherProcessHoldsTheCorpus()
    {
        const QString folder = freshSample(m_tmp);
        {
            MainWindow first;
            QVERIFY(openAndWait(first, folder));
        }
        QProcess holder;
        holder.start(QStringLiteral(DOSSIER_LOCK_HOLDER), {CorpusLocation::defaultDatabasePath(folder)});
        QVERIFY(holder.waitForStarted(10000) && holder.waitForReadyRead(10000));
        MainWindow w;
        w.show();
        w.openCorpus(folder);
        QVERIFY(w.isReadOnly());
        QVERIFY2(banner(w)->isVisible() && banner(w)->text().contains(QString::number(holder.processId())), qPrintable(banner(w)->text()));
        QVERIFY(waitForRows(w));
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
    }

    // A database that fails the integrity check: read-only, no import into it, no backup of it, and
    // the banner names the database and the newest (good) backup.
    void damagedDatabaseOpensReadOnly()
    {
        const QString folder = freshSample(m_tmp);
        const QString db = CorpusLocation::defaultDatabasePath(folder);
        importWithBackup(folder);
        const QStringList backups = DatabaseMaintenance(db).backups();
        QCOMPARE(backups.size(), 1);
        // Article texts, not the schema: the database opens, and the integrity check finds the damage.
        QList<qint64> pages;
        {
            Database database;
            QVERIFY(database.open(db));
            QSqlQuery q(database.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'article_texts' AND pageno > 1")));
            while (q.next())
                pages << q.value(0).toLongLong();
        }
        QVERIFY(pages.size() >= 3);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page : std::as_const(pages)) {
            file.seek((page - 1) * 4096);
            file.write(QByteArray(64, '\x5a'));
        }
        file.close();

        MainWindow w;
        w.show();
        QSignalSpy checked(&w, &MainWindow::databaseChecked);
        QSignalSpy imported(&w, &MainWindow::importFinished);
        w.openCorpus(folder);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(w.isReadOnly());
        QVERIFY(w.windowTitle().endsWith(QStringLiteral("(read-only)")));
        const QString text = banner(w)->text();
        QVERIFY2(banner(w)->isVisible() && text.contains(QStringLiteral("damaged")) && text.contains(QDir::toNativeSeparators(db))
                     && text.contains(QDir::toNativeSeparators(backups.first())),
                 qPrintable(text));
        // The import started with the window stops at its next file, and none can be started.
        QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting(), 30000);
        QAction *reimport = action(w, QStringLiteral("Re-import &Folder"));
        QVERIFY(reimport && !reimport->isEnabled());
        QVERIFY(w.isReadOnly());
        QCOMPARE(banner(w)->text(), text);
        QCOMPARE(w.annotator()->createTag(claim()), 0);
        QCOMPARE(DatabaseMaintenance(db).backups(), backups);
    }

    // Damage where the schema lives: the database does not even open. The window says so at once,
    // names the newest backup, and imports nothing into it.
    void unreadableDatabaseOpensReadOnly()
    {
        const QString folder = freshSample(m_tmp);
        const QString db = CorpusLocation::defaultDatabasePath(folder);
        importWithBackup(folder);
        if (QTest::currentTestFailed())
            return;
        const QString backup = DatabaseMaintenance(db).newestBackup();
        QList<qint64> pages;
        {
            Database database;
            QVERIFY(database.open(db));
            QSqlQuery q(database.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema' AND pageno > 1")));
            while (q.next())
                pages << q.value(0).toLongLong();
        }
        QVERIFY(!pages.isEmpty());
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page : std::as_const(pages)) {
            file.seek((page - 1) * 4096);
            file.write(QByteArray(64, '\x5a'));
        }
        file.close();

        MainWindow w;
        w.show();
        w.openCorpus(folder);
        QVERIFY(w.isReadOnly());
        QVERIFY(!w.isImporting());
        const QString text = banner(w)->text();
        QVERIFY2(banner(w)->isVisible() && text.contains(QStringLiteral("is damaged")) && text.contains(QDir::toNativeSeparators(db))
                     && text.contains(QDir::toNativeSeparators(backup)),
                 qPrintable(text));
        QVERIFY(w.windowTitle().endsWith(QStringLiteral("(read-only)")));
    }
};

QTEST_MAIN(ReadOnlyWindowTest)
#include "readonlywindow_test.moc"
