// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"
#include "backgroundtasks.h"
#include "articlestore.h"
#include "databasemaintenance.h"
#include "importer.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QCompleter;
class QDockWidget;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace Dossier {

class AnnotationPanel;
class Annotator;
class CodebookPanel;
class OrphanListModel;
class TagTreeModel;
class ArticleListModel;
class ArticleStore;
class CorpusLock;
class ExportDialog;
class LinksPanel;
class Database;
class ImportJob;
class ReaderView;
class SidePanel;
class StoryListModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a corpus folder: shows what its database holds at once, and imports (incrementally)
        in the background. `databasePath` empty: the folder's default database. */
    void openCorpus(const QString &folder, const QString &databasePath = QString());

    QString corpusFolder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }
    ArticleListModel *articleModel() const { return m_model; }
    ReaderView *reader() const { return m_reader; }
    SidePanel *sidePanel() const { return m_sidePanel; }
    /** The analyst's work on the corpus open, and the one undo history of the window. */
    Annotator *annotator() const { return m_annotator; }
    TagTreeModel *tagModel() const { return m_tagModel; }
    CodebookPanel *codebookPanel() const { return m_codebook; }
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    /** The side panel's Links tab. */
    LinksPanel *linksPanel() const { return m_linksPanel; }
    OrphanListModel *orphanModel() const { return m_orphans; }
    /** Tags the reader's selection (one undo step); false with a status message when nothing is
        selected or the change is refused. */
    bool tagSelection(qint64 tagId);
    /** The tag palette (Ctrl+T) for the selection, or for an annotation when `annotationId` is set. */
    void showTagPalette(qint64 annotationId = 0);
    bool isImporting() const;
    /** Another Dossier has the corpus open, or its database failed the integrity check: nothing can
        be changed, and the banner above the panes says why. */
    bool isReadOnly() const { return !m_readOnlyMessage.isEmpty(); }
    QString readOnlyMessage() const { return m_readOnlyMessage; }
    /** The issues of the last import (what the Import Log shows). */
    QList<ImportIssue> lastImportIssues() const { return m_issues; }
    /** What the Import Log shows: this session's import, or else the last one in the database. */
    QList<ImportIssue> importLog() const;

    /** Narrows the article list to the articles that mention the entity `id` (or one merged into
        it); 0 lifts that condition. */
    void filterByEntity(qint64 id);
    /** Lifts every condition on the article list (title, outlet, dates, tag, claim, entity,
        annotated, story, altered quotes, the search). */
    void clearFilters();
    /** Narrows the article list to the articles of story `id` (stories.id); 0 lifts that condition. */
    void filterByStory(qint64 id);
    /** The Stories view's model (read when the view is shown). */
    StoryListModel *storyModel() const { return m_stories; }
    QDockWidget *storiesDock() const { return m_storyDock; }

    /** Searches on a worker thread; `searchFinished()` tells when the results are shown. */
    void runSearch(const QString &query);
    QString searchMessage() const;

    /** File › Export: opens the export dialog (window-modal, not blocking) with the window's
        articles, codebook and outlets; returns it, or nullptr (with a status message) when no
        corpus is open. */
    ExportDialog *showExportDialog();
    /** Merges another analyst's JSON export into the corpus on a worker (File › Import
        Annotations); one undo step. False (with a status message) when it cannot start. */
    bool importAnnotations(const QString &file);
    bool isImportingAnnotations() const { return m_annotationImport != nullptr; }
    /** The ids of the articles selected in the list, in list order. */
    QList<qint64> selectedArticleIds() const;

Q_SIGNALS:
    void importFinished(const Dossier::ImportSummary &summary);
    void articleShown(qint64 id);
    void searchFinished();
    /** The integrity check (and the backup, when one was due) after opening a corpus is done. */
    void databaseChecked(bool ok);
    /** An annotation import ended; the status bar has the summary. */
    void annotationsImported(const Dossier::AnnotationImportResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /** Shows `message` in the status bar (for `timeout` ms; 0: until the next) and has screen
        readers say it: they do not watch the status bar, where the outcome of long work is told. */
    void showStatus(const QString &message, int timeout = 0);
    /** Has screen readers say `message` (politely: after what they are saying). */
    void announce(const QString &message);
    void showShortcutsDialog();
    void createActions();
    void createAnnotationActions(QMenu *menu);
    void rebuildTagShortcuts();
    /** The window's own shortcuts (portable text → action), which a tag may not take. */
    QHash<QString, QString> reservedShortcuts() const;
    void reloadAnnotations();
    /** The article's stored analysis with the analyst's quote reviews applied. */
    StoredAnalysis analysisOf(qint64 id) const;
    void readerContextMenu(const QPoint &globalPos, int position);
    void reviewQuoteAt(int position, int status);
    void addQuoteFromSelection();
    void createWidgets();
    void chooseFolder();
    void startImport();
    void cancelImport();
    void onImportProgress(int done, int total, const QString &path);
    void onImportFinished(const ImportSummary &summary);
    void attachDatabase();
    void reloadOutlets();
    void applyFilter();
    // The filter bar (tag, claim, entity, annotated, search): fed from the codebook and the registry.
    void createFilterBar(QWidget *parent, QVBoxLayout *layout);
    void reloadTagFilter();
    void reloadEntityNames();
    void applyEntityText();
    bool filterNeedsAnnotations() const;
    void showArticle(qint64 id);
    /** Reads the shown article's analysis into the reader and the side panel (`deferPanel`: the
        panel on the next turn of the event loop, when an article is opened). */
    void reloadAnalysis(bool deferPanel = false);
    /** The side panel for the reader's article (`deferPanel`: on the next turn of the event loop). */
    void fillSidePanel(const StoredAnalysis &analysis, bool deferPanel);
    void showCurrentArticle();
    void moveSelection(int delta);
    void updateCounts();
    void updateRecentMenu();
    void addRecent(const QString &folder);
    void showImportLog();
    void showSearchResults(const QString &query, const QList<SearchHit> &hits, const QString &error);
    void createReaderMenus(QMenu *view);
    /** View › Group by Story and View › Stories: the dock listing the stories. */
    void createStoryViews(QMenu *view);
    /** Reads the stories again when the view shows them, else the next time it is shown. */
    void refreshStories();
    void createBanner();
    /** From now on nothing of this corpus can be changed here; `message` says why. */
    void setReadOnly(const QString &message);
    /** The integrity check on a worker thread, then (when it passed) a backup if one is due. */
    void startMaintenance();
    void stopMaintenance();
    void onIntegrityChecked(const IntegrityReport &report);
    void startBackup();
    void chooseAnnotationImport();
    /** `databasePath`: the corpus the merge was for (another may be open by now). */
    void onAnnotationImportFinished(const QString &file, const QString &databasePath);
    /** Export and Import Annotations: only with a corpus, and import not while one runs. */
    void updateExchangeActions();

    QString m_folder;
    QString m_databasePath;
    std::unique_ptr<CorpusLock> m_lock; // held while this window has the corpus open for editing
    QString m_readOnlyMessage;
    QLabel *m_banner = nullptr;
    std::shared_ptr<std::atomic<bool>> m_maintenanceCancel; // of the check and backup running, if any
    std::unique_ptr<Database> m_db; // GUI thread's read connection
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<AnalysisStore> m_analysis;
    ImportJob *m_job = nullptr;
    QList<ImportIssue> m_issues;

    ArticleListModel *m_model;
    QTableView *m_list;
    QLineEdit *m_filterText;
    QComboBox *m_outletFilter;
    QCheckBox *m_dateFilter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_tagFilter;
    QComboBox *m_claimFilter;
    QLineEdit *m_entityFilter;
    QCompleter *m_entityCompleter;
    QStringListModel *m_entityNames;
    QHash<QString, qint64> m_entityIds; // completion text, case-folded → entity
    qint64 m_entityFilterId = 0;
    int m_entityGeneration = 0;
    QCheckBox *m_annotatedFilter;
    QComboBox *m_storyFilter;   // any story, in a story, or one story (data: 0, -1, the story's id)
    QCheckBox *m_alteredFilter; // quotes altered across outlets
    StoryListModel *m_stories;
    QDockWidget *m_storyDock = nullptr;
    QTreeView *m_storyView = nullptr;
    QAction *m_groupByStory = nullptr;
    bool m_storiesStale = false; // changed while the Stories view was hidden
    QAction *m_searchFiltersList;
    QAction *m_clearFilters;
    QTabWidget *m_leftTabs;
    QTextBrowser *m_searchResults;
    QLineEdit *m_search;
    ReaderView *m_reader;
    SidePanel *m_sidePanel;
    Annotator *m_annotator;
    TagTreeModel *m_tagModel = nullptr;
    CodebookPanel *m_codebook = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    LinksPanel *m_linksPanel = nullptr;
    QList<QAction *> m_tagActions;
    OrphanListModel *m_orphans;
    QDockWidget *m_orphanDock = nullptr;
    QWidget *m_historyView = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_caretQuote; // who said the quote the reader's caret is in
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTimer *m_filterTimer;

    QAction *m_showOriginal;
    QAction *m_reimport;
    QAction *m_importLogAction;
    QAction *m_exportAction = nullptr;
    QAction *m_importAnnotationsAction = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    QFutureWatcher<AnnotationImportResult> *m_annotationImport = nullptr;
    CancelFlag m_annotationImportCancel;
    QPointer<QProgressDialog> m_annotationImportProgress;
    QMenu *m_recentMenu;
    QString m_searchMessage;
    int m_searchGeneration = 0;
    int m_panelGeneration = 0;
    qint64 m_lastListRefresh = 0;
};

} // namespace Dossier
