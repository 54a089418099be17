// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "annotator.h"
#include "articlelistmodel.h"
#include "database.h"
#include "languages.h"
#include "linkstore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "tourdialog.h"
#include "storymodels.h"
#include "testutil.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QHeaderView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Dossier;
using namespace Qt::StringLiterals;
using namespace WindowFixture;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { useTestSettings(QStringLiteral("mainwindow_test")); }

    void firstStart_fitsTheScreen()
    {
        QSettings().remove(QStringLiteral("mainwindow/geometry"));
        MainWindow w;
        QVERIFY(w.screen());
        const QSize available = w.screen()->availableGeometry().size();
        QVERIFY2(w.width() <= available.width() && w.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen").arg(w.width()).arg(w.height()).arg(available.width()).arg(available.height())));
    }

    void openCorpus_sample_showsListAndAnArticle()
    {
        MainWindow w;
        w.show();
        const QString folder = freshSample(m_tmp);
        QVERIFY(openAndWait(w, folder));
        QTRY_COMPARE(w.articleModel()->rowCount(), TestUtil::sampleArticleCount());
        // The first article is shown without the user doing anything.
        QTRY_VERIFY(w.reader()->article().id != 0);
        QVERIFY(!w.reader()->displayedText().isEmpty());
        QCOMPARE(w.reader()->displayedText(), w.reader()->article().body);
        QCOMPARE(w.databasePath(), folder + QStringLiteral("/.dossier/corpus.sqlite"));
        QCOMPARE(QSettings().value(QStringLiteral("corpus/last")).toString(), folder);
        QVERIFY(QSettings().value(QStringLiteral("corpus/recent")).toStringList().contains(folder));
    }

    void clickingARow_showsThatArticle()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        auto *view = w.findChild<QTableView *>();
        QVERIFY(view);
        const QModelIndex index = w.articleModel()->index(3, ArticleListModel::TitleColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(w.reader()->article().id, w.articleModel()->idAt(3));
        QCOMPARE(w.reader()->article().title, index.data().toString());
    }

    void nextAndPrevious_moveThroughTheList()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        QTRY_VERIFY(w.reader()->article().id != 0);
        const qint64 first = w.reader()->article().id;
        QAction *next = action(w, QStringLiteral("&Next Article"));
        QAction *previous = action(w, QStringLiteral("&Previous Article"));
        QVERIFY(next && previous);
        QVERIFY(next->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Down)));
        next->trigger();
        QVERIFY(w.reader()->article().id != first);
        QCOMPARE(w.reader()->article().id, w.articleModel()->idAt(1));
        previous->trigger();
        QCOMPARE(w.reader()->article().id, first);
    }

    void showOriginal_togglesToTheFileAsSaved()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        QTRY_VERIFY(w.reader()->article().id != 0);
        QAction *original = action(w, QStringLiteral("Show &Original"));
        QVERIFY(original);
        original->setChecked(true);
        QCOMPARE(w.reader()->displayedText(), w.reader()->article().original);
        original->setChecked(false);
        QCOMPARE(w.reader()->displayedText(), w.reader()->article().body);
    }

    void search_findsAndHighlights_andExplainsBadQueries()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        QSignalSpy done(&w, &MainWindow::searchFinished);
        w.runSearch(QStringLiteral("Kellsmoor"));
        QVERIFY(done.wait(10000));
        QVERIFY2(w.searchMessage().contains(QLatin1String("best first")), qPrintable(w.searchMessage()));
        w.runSearch(QStringLiteral("\"unbalanced"));
        QVERIFY(done.wait(10000));
        QVERIFY2(w.searchMessage().contains(QLatin1String("not valid")), qPrintable(w.searchMessage()));
        w.runSearch(QStringLiteral("zzzyyyxxx"));
        QVERIFY(done.wait(10000));
        QVERIFY(w.searchMessage().contains(QLatin1String("No article")));
        // Two searches in a row: only the newer one's answer is shown.
        done.clear();
        w.runSearch(QStringLiteral("zzzyyyxxx"));
        w.runSearch(QStringLiteral("Kellsmoor"));
        QVERIFY(done.wait(10000));
        QTest::qWait(100);
        QCOMPARE(done.size(), 1);
        QVERIFY(w.searchMessage().contains(QLatin1String("best first")));

        // Another corpus: the old results (whose links name the old corpus's articles) are gone,
        // and an answer still on its way for the old corpus is dropped.
        done.clear();
        w.runSearch(QStringLiteral("Kellsmoor"));
        w.openCorpus(freshSample(m_tmp));
        QVERIFY(w.searchMessage().isEmpty());
        QVERIFY(!done.wait(500));
        QVERIFY(w.searchMessage().isEmpty());
        // Ctrl+F focuses the search box.
        QAction *find = action(w, QStringLiteral("&Search Articles"));
        QVERIFY(find);
        find->trigger();
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    }

    void importLog_listsSkippedFiles()
    {
        auto window = std::make_unique<MainWindow>();
        MainWindow &w = *window;
        w.show();
        const QString folder = freshSample(m_tmp);
        QVERIFY(TestUtil::writeFile(folder + QStringLiteral("/broken.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        QVERIFY(TestUtil::writeFile(folder + QStringLiteral("/empty.txt"), QByteArray()));
        QVERIFY(openAndWait(w, folder));
        const QList<ImportIssue> issues = w.lastImportIssues();
        QStringList paths;
        for (const ImportIssue &i : issues)
            paths << i.path;
        QVERIFY(paths.contains(QStringLiteral("broken.txt")));
        QVERIFY(paths.contains(QStringLiteral("empty.txt")));
        QCOMPARE(w.articleModel()->rowCount(), TestUtil::sampleArticleCount());

        // Reopened later (the first window closed: a second window on a corpus is read-only and
        // does not import), before its import has reported anything: the log comes from the database.
        window.reset();
        MainWindow again;
        again.openCorpus(folder);
        QVERIFY(again.lastImportIssues().isEmpty());
        QStringList logged;
        for (const ImportIssue &i : again.importLog())
            logged << i.path;
        QVERIFY2(logged.contains(QStringLiteral("broken.txt")), qPrintable(logged.join(u',')));
        QSignalSpy done(&again, &MainWindow::importFinished);
        QVERIFY(done.wait(20000));
    }

    void dropFolder_opensIt()
    {
        MainWindow w;
        w.show();
        const QString folder = freshSample(m_tmp);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(&w, &MainWindow::importFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.corpusFolder(), folder);
        QVERIFY(finished.wait(20000));
        QTRY_COMPARE(w.articleModel()->rowCount(), TestUtil::sampleArticleCount());

        // A file is not a corpus: the drag is refused.
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(folder + QStringLiteral("/harbour-gazette/port-carrow-deal.txt"))});
        QDragEnterEvent refuse(QPoint(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
        refuse.setAccepted(false);
        QApplication::sendEvent(&w, &refuse);
        QVERIFY(!refuse.isAccepted());
    }

    void switchCorpusWhileImporting_showsTheNewCorpus()
    {
        MainWindow w;
        w.show();
        const QString first = freshSample(m_tmp);
        // Enough files that the first import is still running when the second folder is opened.
        QVERIFY(TestUtil::writeArticles(first + QStringLiteral("/bulk"), 3000));
        w.openCorpus(first);
        QTRY_VERIFY_WITH_TIMEOUT(w.isImporting(), 5000);
        const QString second = freshSample(m_tmp);
        QElapsedTimer t;
        t.start();
        w.openCorpus(second);
        QVERIFY2(t.elapsed() < 200, qPrintable(QStringLiteral("openCorpus took %1 ms").arg(t.elapsed())));
        QCOMPARE(w.corpusFolder(), second);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting(), 20000);
        QTRY_COMPARE(w.articleModel()->rowCount(), TestUtil::sampleArticleCount());
    }

    void cancelButton_stopsTheImport_andReimportCompletesIt()
    {
        MainWindow w;
        w.show();
        const QString folder = freshSample(m_tmp);
        QVERIFY(TestUtil::writeArticles(folder + QStringLiteral("/bulk"), 20000));
        QSignalSpy finished(&w, &MainWindow::importFinished);
        w.openCorpus(folder);
        auto *cancel = w.findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
        QVERIFY(cancel);
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && w.isImporting(), 5000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY(summary.ok);
        QVERIFY(summary.cancelled);
        QVERIFY(summary.added < 20000 + TestUtil::sampleArticleCount());
        QVERIFY(!cancel->isVisible());

        // F5 (Re-import) completes what the cancel left.
        finished.clear();
        QAction *reimport = action(w, QStringLiteral("Re-import &Folder"));
        QVERIFY(reimport && reimport->isEnabled());
        reimport->trigger();
        QVERIFY(finished.wait(60000));
        const auto rest = finished.first().first().value<ImportSummary>();
        QVERIFY(!rest.cancelled);
        QCOMPARE(rest.added + summary.added, 20000 + TestUtil::sampleArticleCount());
        QTRY_COMPARE(w.articleModel()->corpusCount(), 20000 + TestUtil::sampleArticleCount());
    }

    void storyViews_groupFilterAndOpen()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        ArticleListModel *model = w.articleModel();
        const int all = model->rowCount();
        QVERIFY(all > 3);
        QSignalSpy refreshed(model, &ArticleListModel::refreshed);
        const auto waitRows = [&] {
            refreshed.clear();
            return refreshed.wait(10000);
        };

        // The View menu's entries, with their shortcuts.
        QAction *group = w.findChild<QAction *>(QStringLiteral("groupByStory"));
        QAction *showStories = w.findChild<QAction *>(QStringLiteral("showStories"));
        QVERIFY(group && showStories);
        QVERIFY(group->isCheckable());
        QCOMPARE(group->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        QCOMPARE(showStories->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(showStories->text(), QStringLiteral("&Stories"));

        // The analyst links two articles far apart in the list by hand: a story of (at least) two.
        const qint64 first = model->idAt(0), other = model->idAt(all - 1);
        QSignalSpy linksChanged(w.annotator(), &Annotator::linksChanged);
        LinkDecision d;
        d.kind = LinkDecision::Kind::Articles;
        d.a.article = first;
        d.b.article = other;
        d.verdict = LinkDecision::Verdict::Manual;
        QVERIFY(w.annotator()->decideLink(d) != 0);
        QCOMPARE(linksChanged.size(), 1);
        QVERIFY(waitRows()); // the Story column follows
        const std::optional<StoryRecord> story = w.annotator()->links().storyOf(first);
        QVERIFY(story);
        QVERIFY(story->articles.contains(other));

        // Group by Story: the list's Story order, the header says so; the two are together.
        auto *list = w.findChild<QTableView *>();
        QVERIFY(list->isColumnHidden(ArticleListModel::StoryColumn));
        group->trigger();
        QVERIFY(waitRows());
        QCOMPARE(model->sortKey(), ArticleSort::Story);
        QCOMPARE(list->horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::StoryColumn));
        QVERIFY(!list->isColumnHidden(ArticleListModel::StoryColumn)); // shown while grouped only
        // The story's rows are one block, whatever other stories the import found in the sample.
        QList<int> rows;
        for (qint64 id : story->articles)
            rows << model->rowOf(id);
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows.last() - rows.first() + 1, story->size);
        for (int r = rows.first(); r <= rows.last(); ++r)
            QCOMPARE(model->index(r, 0).data(ArticleListModel::StoryRole).toLongLong(), story->id);
        QVERIFY(model->index(model->rowOf(first), ArticleListModel::StoryColumn).data().toString().startsWith(QStringLiteral("%1 articles").arg(story->size)));
        // Another column's order lifts the grouping, and the action follows.
        list->sortByColumn(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(waitRows());
        QVERIFY(!group->isChecked());
        QVERIFY(list->isColumnHidden(ArticleListModel::StoryColumn));
        group->setChecked(true);
        QVERIFY(waitRows());
        QCOMPARE(model->sortKey(), ArticleSort::Story);

        // View › Stories: the dock reads the stories when shown.
        StoryListModel *stories = w.storyModel();
        QSignalSpy storiesRead(stories, &StoryListModel::refreshed);
        showStories->trigger();
        QVERIFY(w.storiesDock()->isVisible());
        QVERIFY(storiesRead.wait(10000));
        const QModelIndex row = stories->indexOfStory(story->id);
        QVERIFY(row.isValid());
        QCOMPARE(stories->rowCount(row), story->size);
        auto *view = w.findChild<QTreeView *>(QStringLiteral("storiesView"));
        QVERIFY(view);
        // Enter (or a double-click) on a story: the list shows that story only.
        view->setCurrentIndex(row);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), story->size);
        QCOMPARE(model->filter().story, story->id);
        auto *storyFilter = w.findChild<QComboBox *>(QStringLiteral("storyFilter"));
        QVERIFY(storyFilter);
        QVERIFY(storyFilter->currentText().startsWith(QStringLiteral("Story: ")));
        // Selecting one of its articles opens it in the reader.
        const QModelIndex article = stories->index(1, 0, row);
        view->setCurrentIndex(article);
        QCOMPARE(w.reader()->article().id, article.data(StoryListModel::ArticleRole).toLongLong());

        // "In a story" and "Altered quotes" in the filter bar; Clear Filters lifts them.
        storyFilter->setCurrentIndex(storyFilter->findData(qint64(-1)));
        QVERIFY(waitRows());
        QVERIFY(model->filter().inStory);
        int inStories = 0;
        for (const StoryRecord &s : w.annotator()->links().stories())
            inStories += s.size;
        QCOMPARE(model->rowCount(), inStories);
        auto *altered = w.findChild<QCheckBox *>(QStringLiteral("alteredFilter"));
        QVERIFY(altered);
        altered->setChecked(true);
        QVERIFY(waitRows());
        QVERIFY(model->filter().alteredQuotes);
        QSet<qint64> alteredInStories; // both conditions hold
        for (const QuoteClusterRecord &c : w.annotator()->links().quoteClusters()) {
            for (const LinkedQuote &q : c.members) {
                if (c.altered && w.annotator()->links().storyOf(q.article))
                    alteredInStories.insert(q.article);
            }
        }
        QCOMPARE(model->rowCount(), int(alteredInStories.size()));
        action(w, QStringLiteral("Clear Filters"))->trigger();
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), all);
        QCOMPARE(storyFilter->currentIndex(), 0);
        QVERIFY(!altered->isChecked());

        // Undo the link: the story is gone from the Stories view.
        storiesRead.clear();
        w.annotator()->undoStack()->undo();
        QVERIFY(storiesRead.wait(10000));
        QVERIFY(!stories->indexOfStory(story->id).isValid() || stories->rowCount(stories->indexOfStory(story->id)) < story->size);
        group->setChecked(false);
        QVERIFY(waitRows());
        QCOMPARE(model->sortKey(), ArticleSort::Published);
    }

    void reopen_showsExistingDatabaseAtOnce()
    {
        const QString folder = freshSample(m_tmp);
        {
            MainWindow w;
            QVERIFY(openAndWait(w, folder));
        }
        MainWindow w;
        QSignalSpy refreshed(w.articleModel(), &ArticleListModel::refreshed);
        w.openCorpus(folder);
        // The list fills from the existing database while the incremental import still runs.
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(w.articleModel()->rowCount(), TestUtil::sampleArticleCount());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting(), 20000);
    }

    void preferences_keepTheLanguageChosen()
    {
        MainWindow w;
        w.show();
        QAction *preferences = w.findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(preferences);
        QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(Languages::chosen().isEmpty());
        // The dialog is modal: pick Ukrainian in it once it shows, then OK.
        bool picked = false;
        QString systemItem;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
            picked = language && language->findData(QStringLiteral("uk")) > 0 && language->currentIndex() == 0; // the system's first
            if (language)
                systemItem = language->itemText(0);
            dialog->setLanguage(QStringLiteral("uk"));
            dialog->accept();
        });
        preferences->trigger();
        QVERIFY(picked);
        // The system's entry names its language when the system has one (not the C locale's "()").
        const QString systemLanguage = QLocale::system().nativeLanguageName();
        QCOMPARE(systemItem, systemLanguage.isEmpty() ? u"System default"_s : u"System default (%1)"_s.arg(systemLanguage));
        QCOMPARE(Languages::chosen(), QStringLiteral("uk"));
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("starts again")));
        Languages::setChosen(QString());
    }

    void keyboardShortcuts_listEditAndKeepThem()
    {
        QKeySequence newKey(Qt::CTRL | Qt::ALT | Qt::Key_E);
        {
            MainWindow w;
            w.show();
            auto *dialogAction = w.findChild<QAction *>(QStringLiteral("keyboardShortcuts"));
            auto *exportAction = w.findChild<QAction *>(QStringLiteral("export"));
            auto *openAction = w.findChild<QAction *>(QStringLiteral("openFolder"));
            QVERIFY(dialogAction && exportAction && openAction);
            QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
            // Every action of the menus is listed, each with a name to keep its shortcut by.
            const QList<QAction *> listed = Shortcuts::configurable(w.menuBar());
            QVERIFY2(listed.size() >= 30, qPrintable(QString::number(listed.size())));
            QVERIFY(listed.contains(exportAction) && listed.contains(dialogAction));
            int rows = 0;
            QString conflict;
            bool reassigned = false, refused = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                rows = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"))->topLevelItemCount();
                // Ctrl+O is Open's: refused, naming it; a free key is taken.
                refused = !dialog->assign(exportAction, QKeySequence::Open, &conflict);
                reassigned = dialog->assign(exportAction, newKey);
                dialog->accept();
            });
            dialogAction->trigger();
            QCOMPARE(rows, int(listed.size()));
            QVERIFY(refused);
            QCOMPARE(conflict, Shortcuts::label(openAction));
            QVERIFY(reassigned);
            QCOMPARE(exportAction->shortcut(), newKey);
            QCOMPARE(openAction->shortcut(), QKeySequence(QKeySequence::Open));
        }
        // A new window has the key the user chose, and the default can come back.
        MainWindow w;
        auto *exportAction = w.findChild<QAction *>(QStringLiteral("export"));
        QCOMPARE(exportAction->shortcut(), newKey);
        QCOMPARE(Shortcuts::defaults(exportAction), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_E)});
        Shortcuts::set(exportAction, Shortcuts::defaults(exportAction));
        QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/export")));
    }

    void gettingStarted_goesThroughTheSteps()
    {
        MainWindow w;
        w.show();
        QAction *tour = w.findChild<QAction *>(QStringLiteral("gettingStarted"));
        QVERIFY(tour);
        QCOMPARE(tour->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QStringList titles;
        int pages = 0;
        bool imagesShown = true;
        int images = 0;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TourDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            pages = dialog->pageCount();
            for (int i = 0; i < pages; ++i) {
                dialog->showPage(i);
                titles << dialog->pageTitle(dialog->currentPage());
            }
            // Every page shows its screenshot (compiled in from docs/images).
            for (QLabel *image : dialog->findChildren<QLabel *>()) {
                if (image->accessibleName().startsWith(QLatin1String("Screenshot"))) {
                    ++images;
                    imagesShown = imagesShown && !image->pixmap().isNull();
                }
            }
            dialog->showPage(pages); // past the end: stays on the last
            imagesShown = imagesShown && dialog->currentPage() == pages - 1;
            dialog->accept();
        });
        tour->trigger();
        QCOMPARE(pages, 5);
        QCOMPARE(titles.first(), QStringLiteral("1. Open a corpus"));
        QCOMPARE(titles.last(), QStringLiteral("5. Export"));
        QCOMPARE(images, 5);
        QVERIFY(imagesShown);
    }

    void filterBar_narrowsTheList()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        ArticleListModel *model = w.articleModel();
        const int all = model->rowCount();
        QVERIFY(all > 3);
        QSignalSpy refreshed(model, &ArticleListModel::refreshed);
        const auto waitRows = [&] {
            refreshed.clear();
            return refreshed.wait(10000);
        };

        // One annotated article: a tag under a parent, and a claim.
        QTRY_VERIFY(w.reader()->article().id != 0);
        const Article article = w.reader()->article();
        Annotator *annotator = w.annotator();
        Tag parent;
        parent.name = QStringLiteral("Sourcing");
        const qint64 parentId = annotator->createTag(parent);
        Tag child;
        child.name = QStringLiteral("Anonymous source");
        child.parent = parentId;
        const qint64 childId = annotator->createTag(child);
        QVERIFY(parentId != 0 && childId != 0);
        const qint64 annotation = annotator->annotate(article.id, article.body, 0, 20, {childId});
        QVERIFY(annotation != 0);

        // The codebook is in the tag combo, the child indented under its parent.
        auto *tags = w.findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QVERIFY(tags);
        QTRY_COMPARE(tags->count(), 3);
        QCOMPARE(tags->itemData(2).toLongLong(), childId);
        QVERIFY(tags->itemText(2).startsWith(QLatin1String("    ")));
        // The parent tag finds the article annotated with the child.
        tags->setCurrentIndex(tags->findData(parentId));
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->idAt(0), article.id);

        // A claim status nobody gave: nothing; then the one given.
        auto *claims = w.findChild<QComboBox *>(QStringLiteral("claimFilter"));
        QVERIFY(claims);
        claims->setCurrentIndex(claims->findData(int(ClaimStatus::False)));
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), 0);
        std::optional<Annotation> a = annotator->store().annotation(annotation);
        QVERIFY(a);
        a->claim = ClaimStatus::False;
        QVERIFY(annotator->editAnnotation(*a));
        QVERIFY(waitRows()); // the list follows the analyst's work
        QCOMPARE(model->rowCount(), 1);

        // Clear Filters shows everything again.
        QAction *clear = action(w, QStringLiteral("Clear Filters"));
        QVERIFY(clear);
        clear->trigger();
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), all);
        QCOMPARE(tags->currentIndex(), 0);
        QCOMPARE(claims->currentIndex(), 0);

        auto *annotated = w.findChild<QCheckBox *>(QStringLiteral("annotatedFilter"));
        QVERIFY(annotated);
        annotated->setChecked(true);
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), 1);
        // Undo the annotation: the list, filtered on annotations, empties.
        annotator->undoStack()->undo(); // the claim
        annotator->undoStack()->undo(); // the annotation
        QTRY_COMPARE(model->rowCount(), 0);
        clear->trigger();
        QVERIFY(waitRows());

        // The search box narrows the list once asked to, and a bad query says why.
        QAction *follow = action(w, QStringLiteral("Filter List"));
        QVERIFY(follow);
        auto *search = w.findChild<QLineEdit *>();
        const auto searchBoxes = w.findChildren<QLineEdit *>();
        for (QLineEdit *e : searchBoxes) {
            if (e->accessibleName() == QLatin1String("Search all articles"))
                search = e;
        }
        search->setText(QStringLiteral("Kellsmoor"));
        follow->setChecked(true);
        QVERIFY(waitRows());
        const int matching = model->rowCount();
        QVERIFY(matching > 0 && matching < all);
        search->setText(QStringLiteral("\"unbalanced"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY2(model->errorString().contains(QLatin1String("not valid")), qPrintable(model->errorString()));
        follow->setChecked(false);
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), all);

        // An entity from the registry, chosen by name in the completer's list.
        Database db;
        QVERIFY(db.open(w.databasePath()));
        AnalysisStore registry(db.connection());
        EntityRecord entity;
        const QList<EntityRecord> entities = registry.entities();
        QHash<QString, int> names;
        for (const EntityRecord &e : entities)
            ++names[e.name.toCaseFolded()];
        for (const EntityRecord &e : entities) {
            if (e.articles > 1 && e.articles < all && names.value(e.name.toCaseFolded()) == 1
                && registry.articlesMentioning(e.id).size() == e.articles) {
                entity = e;
                break;
            }
        }
        QVERIFY(entity.id != 0);
        auto *entityEdit = w.findChild<QLineEdit *>(QStringLiteral("entityFilter"));
        QVERIFY(entityEdit);
        QTRY_VERIFY(entityEdit->completer()->model()->rowCount() > 0);
        entityEdit->setText(entity.name);
        QTest::keyClick(entityEdit, Qt::Key_Return);
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), entity.articles);
        // An unknown name is refused with a message, and the list is left as it was.
        entityEdit->setText(QStringLiteral("Nobody Of That Name"));
        QTest::keyClick(entityEdit, Qt::Key_Return);
        QVERIFY(!refreshed.wait(300));
        QCOMPARE(model->rowCount(), entity.articles);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Nobody Of That Name")), qPrintable(w.statusBar()->currentMessage()));
        w.filterByEntity(0);
        QVERIFY(waitRows());
        QCOMPARE(model->rowCount(), all);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
