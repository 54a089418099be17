// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuslocation.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class CorpusLocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("corpuslocation_test"));
    }

    void writableFolder_keepsTheDatabaseInside()
    {
        QTemporaryDir dir;
        const QString path = CorpusLocation::defaultDatabasePath(dir.path());
        QCOMPARE(path, dir.path() + QStringLiteral("/.dossier/corpus.sqlite"));
        QVERIFY(QFileInfo(dir.path() + QStringLiteral("/.dossier")).isDir());
    }

    void unusableDotFolder_fallsBackToTheDataLocation()
    {
        // A file named .dossier stands where the folder would go: the database goes elsewhere,
        // named after the corpus folder.
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("Election Desk"));
        QVERIFY(TestUtil::writeFile(corpus + QStringLiteral("/.dossier"), QByteArray("not a folder")));
        const QString path = CorpusLocation::defaultDatabasePath(corpus);
        QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(path));
        QVERIFY2(QFileInfo(path).fileName().startsWith(QLatin1String("Election Desk-")), qPrintable(path));
        // Two folders of one name get two databases.
        const QString other = dir.filePath(QStringLiteral("b/Election Desk"));
        QVERIFY(TestUtil::writeFile(other + QStringLiteral("/.dossier"), QByteArray("x")));
        QVERIFY(CorpusLocation::defaultDatabasePath(other) != path);
    }

    void sampleCorpus_isFound()
    {
        const QString sample = CorpusLocation::sampleCorpusPath();
        QVERIFY(QFileInfo(sample + QStringLiteral("/metadata.csv")).exists());
    }
};

QTEST_GUILESS_MAIN(CorpusLocationTest)
#include "corpuslocation_test.moc"
