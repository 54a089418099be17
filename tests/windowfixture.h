// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in a test: settings of its own, a copy of the sample corpus opened and waited
// for, an action found by its text.
#pragma once

#include "articlelistmodel.h"
#include "languages.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAction>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace WindowFixture {

/** A data row per language Dossier speaks, in a column "language". */
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const Dossier::Languages::Language &l : Dossier::Languages::available())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

/** Dossier speaks `language` until the returned guard goes (a test's end, a failure included). */
[[nodiscard]] inline auto speaking(const QString &language)
{
    Dossier::Languages::install(QCoreApplication::instance(), language);
    return qScopeGuard([] { Dossier::Languages::install(QCoreApplication::instance(), QStringLiteral("en")); });
}

/** Settings and standard paths of this test's own, emptied: a test neither reads the user's nor
 *  another test's. For initTestCase(). */
inline void useTestSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTest"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

/** A copy of the bundled sample corpus in a new folder of `tmp`; empty on failure. */
inline QString freshSample(const QTemporaryDir &tmp)
{
    static int n = 0;
    const QString dir = tmp.filePath(QStringLiteral("sample%1").arg(++n));
    return TestUtil::copyTree(TestUtil::sampleDir(), dir) ? dir : QString();
}

/** Waits until the window's article list has rows. */
inline bool waitForRows(Dossier::MainWindow &w)
{
    QSignalSpy refreshed(w.articleModel(), &Dossier::ArticleListModel::refreshed);
    return w.articleModel()->rowCount() > 0 || refreshed.wait(10000);
}

/** Opens a corpus and waits for the import and the list to be in. */
inline bool openAndWait(Dossier::MainWindow &w, const QString &folder)
{
    QSignalSpy finished(&w, &Dossier::MainWindow::importFinished);
    w.openCorpus(folder);
    return finished.wait(30000) && waitForRows(w);
}

/** The window's action with that text ("&Export…", mnemonic included); null when there is none. */
inline QAction *action(Dossier::MainWindow &w, const QString &text)
{
    const auto actions = w.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace WindowFixture
