// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The side panel in the main window, on the bundled sample corpus: the Quotes tab lists who said
// what and jumps to it; the Entities tab lists the article's entities and every article that
// mentions one; corrections show at once and undo.
#include "analysismodels.h"
#include "articlehighlighter.h"
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sidepanel.h"
#include "testutil.h"
#include "windowfixture.h"

#include <QAction>
#include <QListWidget>
#include <QTableView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Dossier;
using namespace WindowFixture;

class SidePanelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;

    /** Shows the sample article at `path` (relative to the corpus). */
    bool showArticle(const QString &path)
    {
        ArticleListModel *model = m_window->articleModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ArticleListModel::PathRole).toString() == path) {
                QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
                QTableView *list = m_window->findChild<QTableView *>();
                list->setCurrentIndex(QModelIndex()); // so choosing the row again shows it again
                list->setCurrentIndex(index);
                if (m_window->reader()->article().path != path && !shown.wait(5000))
                    return false;
                // The side panel is filled on the next turn of the event loop.
                QCoreApplication::processEvents();
                QCoreApplication::processEvents();
                return true;
            }
        }
        return false;
    }

    int quoteRow(const QString &speaker, const QString &textStart)
    {
        QuoteListModel *quotes = m_window->sidePanel()->quoteModel();
        for (int row = 0; row < quotes->rowCount(); ++row) {
            if (quotes->index(row, QuoteListModel::SpeakerColumn).data().toString() == speaker
                && quotes->index(row, QuoteListModel::QuoteColumn).data().toString().startsWith(textStart))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("sidepanel_test"));
        m_folder = m_tmp.filePath(QStringLiteral("sample"));
        QVERIFY(TestUtil::copyTree(TestUtil::sampleDir(), m_folder));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->openCorpus(m_folder);
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(m_window->articleModel()->rowCount(), TestUtil::sampleArticleCount());
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void viewMenu_layersAndThemes_applyAndAreRemembered()
    {
        QAction *person = nullptr;
        QAction *breeze = nullptr;
        const auto actions = m_window->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text() == ArticleHighlighter::layerMenuText(ArticleHighlighter::Layer::Person))
                person = a;
            if (a->isCheckable() && a->data().toString() == QLatin1String("Breeze Dark"))
                breeze = a;
        }
        QVERIFY(person);
        QVERIFY(person->isChecked());
        QVERIFY(m_window->reader()->isLayerVisible(ArticleHighlighter::Layer::Person));
        person->setChecked(false);
        QVERIFY(!m_window->reader()->isLayerVisible(ArticleHighlighter::Layer::Person));
        QCOMPARE(QSettings().value(QStringLiteral("reader/layers/") + ArticleHighlighter::layerKey(ArticleHighlighter::Layer::Person)).toBool(),
                 false);
        person->setChecked(true);
        QVERIFY(m_window->reader()->isLayerVisible(ArticleHighlighter::Layer::Person));

        QVERIFY2(breeze, "the repository's themes are in View > Theme");
        breeze->trigger();
        QCOMPARE(m_window->reader()->themeName(), QStringLiteral("Breeze Dark"));
        QCOMPARE(QSettings().value(QStringLiteral("reader/theme")).toString(), QStringLiteral("Breeze Dark"));
    }

    void corrections_waitForTheImport()
    {
        SidePanel *panel = m_window->sidePanel();
        QVERIFY(panel->correctionsEnabled());
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->openCorpus(m_folder); // re-import: runs in the background
        QVERIFY(m_window->isImporting());
        QVERIFY(!panel->correctionsEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(panel->correctionsEnabled());
        QTRY_COMPARE(m_window->articleModel()->rowCount(), TestUtil::sampleArticleCount());
    }

    void quotesTab_listsSpeakerAndQuote_andJumpsToIt()
    {
        QVERIFY(showArticle(QStringLiteral("riverside-tribune/brennock-dam-breach.txt")));
        SidePanel *panel = m_window->sidePanel();
        QTRY_VERIFY(panel->quoteModel()->rowCount() >= 5);
        QVERIFY(panel->tabText(panel->indexOf(panel->quotesView())).contains(QString::number(panel->quoteModel()->rowCount())));
        const int row = quoteRow(QStringLiteral("Halvard Penrose"), QStringLiteral("We were told for years that the dam was safe"));
        QVERIFY2(row >= 0, "the mayor's quote, attributed to him");
        QVERIFY(quoteRow(QStringLiteral("Tobiah Wren"), QStringLiteral("Please do not try to go back")) >= 0);

        // Activating the row selects exactly the quoted words in the reader.
        const QModelIndex index = panel->quoteModel()->index(row, QuoteListModel::QuoteColumn);
        const int start = index.data(QuoteListModel::StartRole).toInt();
        const int end = index.data(QuoteListModel::EndRole).toInt();
        panel->setCurrentWidget(panel->quotesView());
        panel->quotesView()->setCurrentIndex(index);
        QTRY_COMPARE(m_window->reader()->textView()->textCursor().selectionStart(), start);
        QCOMPARE(m_window->reader()->textView()->textCursor().selectionEnd(), end);
        QVERIFY(m_window->reader()->textView()->textCursor().selectedText().startsWith(QStringLiteral("We were told for years")));
        // Hovering the quote in the reader names the speaker.
        QCOMPARE(m_window->reader()->quoteAt(start + 3).speaker, QStringLiteral("Halvard Penrose"));
        QVERIFY(ReaderView::quoteToolTip(m_window->reader()->quoteAt(start + 3)).contains(QStringLiteral("Halvard Penrose")));
    }

    void entitiesTab_listsEveryArticleMentioningAnEntity()
    {
        QVERIFY(showArticle(QStringLiteral("riverside-tribune/brennock-dam-breach.txt")));
        SidePanel *panel = m_window->sidePanel();
        EntityTreeModel *entities = panel->entityModel();
        QModelIndex people;
        for (int row = 0; row < entities->rowCount(); ++row) {
            if (entities->index(row, 0).data(EntityTreeModel::TypeRole).toInt() == int(EntityType::Person))
                people = entities->index(row, 0);
        }
        QVERIFY(people.isValid());
        QModelIndex penrose;
        for (int row = 0; row < entities->rowCount(people); ++row) {
            if (entities->index(row, 0, people).data().toString() == QLatin1String("Halvard Penrose"))
                penrose = entities->index(row, 0, people);
        }
        QVERIFY(penrose.isValid());
        panel->setCurrentWidget(panel->entitiesView()->parentWidget());
        QSignalSpy listed(panel, &SidePanel::mentioningListed);
        panel->entitiesView()->setCurrentIndex(penrose);
        QVERIFY(listed.wait(10000));
        // The mayor is named in four of the sample's articles, from three outlets.
        QListWidget *list = panel->mentioningList();
        QCOMPARE(list->count(), 4);
        // Choosing one opens it.
        QListWidgetItem *other = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(QStringLiteral("Northline News")))
                other = list->item(i);
        }
        QVERIFY(other);
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        Q_EMIT list->itemActivated(other);
        QVERIFY(shown.count() == 1 || shown.wait(5000));
        QCOMPARE(m_window->reader()->article().outlet, QStringLiteral("Northline News"));
        // Its side panel follows on the next turn of the event loop: the quotes listed are its own.
        const QString body = m_window->reader()->article().body;
        const auto quoteOfThisArticle = [&] {
            if (panel->quoteModel()->rowCount() == 0)
                return false;
            const QModelIndex q = panel->quoteModel()->index(0, QuoteListModel::QuoteColumn);
            const int start = q.data(QuoteListModel::StartRole).toInt();
            const int end = q.data(QuoteListModel::EndRole).toInt();
            return body.mid(start, end - start).simplified().startsWith(q.data().toString().left(20));
        };
        QTRY_VERIFY(quoteOfThisArticle());
    }

    void correction_showsAtOnce_andUndoes()
    {
        QVERIFY(showArticle(QStringLiteral("riverside-tribune/brennock-dam-breach.txt")));
        SidePanel *panel = m_window->sidePanel();
        const int row = quoteRow(QStringLiteral("Halvard Penrose"), QStringLiteral("We were told"));
        QVERIFY(row >= 0);
        const qint64 id = panel->quoteModel()->index(row, 0).data(QuoteListModel::SpeakerEntityRole).toLongLong();
        QVERIFY(id != 0);
        QVERIFY(panel->renameEntity(id, QStringLiteral("Mayor Halvard Penrose")));
        QTRY_VERIFY(quoteRow(QStringLiteral("Mayor Halvard Penrose"), QStringLiteral("We were told")) >= 0);
        QCOMPARE(m_window->reader()->quoteAt(panel->quoteModel()->index(row, 0).data(QuoteListModel::StartRole).toInt()).speaker,
                 QStringLiteral("Mayor Halvard Penrose"));
        panel->undoStack()->undo();
        QTRY_VERIFY(quoteRow(QStringLiteral("Halvard Penrose"), QStringLiteral("We were told")) >= 0);
        panel->undoStack()->redo();
        QTRY_VERIFY(quoteRow(QStringLiteral("Mayor Halvard Penrose"), QStringLiteral("We were told")) >= 0);
        panel->undoStack()->undo();

        // "Not an entity" takes its mentions out of the article's entities; undo brings them back.
        const int before = panel->entityModel()->rowCount() ? panel->entityModel()->rowCount(panel->entityModel()->index(0, 0)) : 0;
        QVERIFY(panel->rejectEntity(id));
        const int after = panel->entityModel()->rowCount(panel->entityModel()->index(0, 0));
        QCOMPARE(after, before - 1);
        panel->undoStack()->undo();
        QCOMPARE(panel->entityModel()->rowCount(panel->entityModel()->index(0, 0)), before);
    }
};

QTEST_MAIN(SidePanelTest)
#include "sidepanel_test.moc"
