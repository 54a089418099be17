// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotation.h"
#include "annotationmodels.h"
#include "annotationpanel.h"
#include "analystquotes.h"
#include "annotator.h"
#include "orphanlistmodel.h"
#include "codebookpanel.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "autocodedialog.h"
#include "corpuslocation.h"
#include "corpuslock.h"
#include "database.h"
#include "exportdialog.h"
#include "importjob.h"
#include "importlogdialog.h"
#include "linkspanel.h"
#include "languages.h"
#include "layerlegend.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "tourdialog.h"
#include "sidepanel.h"
#include "storymodels.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAccessible>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QAccessibleAnnouncementEvent>
#endif
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QTreeView>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QDockWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Dossier {

namespace {

constexpr int maxRecent = 8;
constexpr int searchLimit = 100; // rendering more hits costs the GUI thread tens of ms

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

/** A label only screen readers meet, leading to the filter `box` and saying what it filters by
    (its accessible name). On Linux a combo box's name is the item it shows (Qt's AT-SPI bridge):
    what the box is for comes from a label whose buddy it is, among its siblings. The eye has the
    items for it ("All outlets", "Any tag"), so the label is not shown. */
void labelForScreenReaders(QComboBox *box)
{
    auto *label = new QLabel(box->accessibleName(), box->parentWidget());
    label->setBuddy(box);
    label->hide();
}

/** The platform's keys for `standard`, and `common` too where they lack it: Qt's Windows-like
    scheme (its fallback, with no desktop) has no Quit or Preferences key, and KDE and GNOME use
    Ctrl+Q and Ctrl+, for them. */
QList<QKeySequence> standardKeys(QKeySequence::StandardKey standard, const QKeySequence &common)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(common))
        keys.append(common);
    return keys;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ArticleListModel(this))
    , m_stories(new StoryListModel(this))
    , m_annotator(new Annotator(this))
    , m_orphans(new OrphanListModel(this))
{
    setWindowTitle(tr("Dossier"));
    setAcceptDrops(true);
    createWidgets();
    createActions();
    // Shortcuts changed in Edit > Keyboard Shortcuts, over the defaults just set.
    if (Shortcuts::applySaved(Shortcuts::configurable(menuBar())))
        rebuildTagShortcuts();
    createBanner();
    const QSettings settings;
    if (!restoreGeometry(settings.value(key("mainwindow/geometry")).toByteArray())) {
        // Roomy for three panes, but never larger than the screen it opens on.
        QSize size(1440, 860);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size());
        resize(size);
    }
    restoreState(settings.value(key("mainwindow/state")).toByteArray());
    updateRecentMenu();
    updateCounts();
}

MainWindow::~MainWindow()
{
    if (m_job)
        m_job->cancel();
    stopMaintenance();
    // The Annotator (a child, destroyed after the members) lets go of the connection before the
    // database closes it.
    m_annotationPanel->flushNotes();
    m_linksPanel->setDatabase(nullptr, nullptr, QString());
    m_annotator->setDatabase(QSqlDatabase());
    m_sidePanel->setDatabase(nullptr, QString());
}

void MainWindow::createBanner()
{
    // Above the three panes, so it cannot be missed; no dialog, so a second window on a corpus
    // still opens without a click.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAccessibleName(tr("Read-only"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff3cd; color: #533f03; border-bottom: 1px solid #e0c36a; }"));
    m_banner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(central);
}

void MainWindow::setReadOnly(const QString &message)
{
    m_readOnlyMessage = message;
    m_annotator->setReadOnly(!message.isEmpty(), message);
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
    m_reimport->setEnabled(message.isEmpty() && !isImporting());
    m_sidePanel->setCorrectionsEnabled(message.isEmpty() && !isImporting());
    updateExchangeActions();
    const QString name = QFileInfo(m_folder).fileName();
    if (!name.isEmpty())
        setWindowTitle(message.isEmpty() ? tr("%1 — Dossier").arg(name) : tr("%1 — Dossier (read-only)").arg(name));
}

void MainWindow::startMaintenance()
{
    stopMaintenance();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_maintenanceCancel = cancel;
    auto *watcher = new QFutureWatcher<IntegrityReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancel] {
        watcher->deleteLater();
        if (cancel == m_maintenanceCancel) // else a corpus was opened since
            onIntegrityChecked(watcher->result());
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path, cancel] {
        DatabaseMaintenance maintenance(path);
        maintenance.setCancelFlag(cancel.get());
        return maintenance.checkIntegrity();
    }));
    showStatus(tr("Checking the database %1…").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::stopMaintenance()
{
    // The worker stops at its next step; nobody waits for it.
    if (m_maintenanceCancel)
        m_maintenanceCancel->store(true);
    m_maintenanceCancel.reset();
}

void MainWindow::onIntegrityChecked(const IntegrityReport &report)
{
    if (report.cancelled)
        return;
    if (!report.ok) {
        const QString newest = DatabaseMaintenance(m_databasePath).newestBackup();
        QString message = tr("Read-only: %1").arg(report.summary(QDir::toNativeSeparators(m_databasePath)));
        message += QLatin1Char(' ')
            + (newest.isEmpty() ? tr("There is no backup of it.") : tr("The newest backup is %1.").arg(QDir::toNativeSeparators(newest)));
        if (m_job)
            m_job->cancel(); // what it wrote is committed; nothing more goes into a damaged file
        setReadOnly(message);
        showStatus(message);
        stopMaintenance();
        Q_EMIT databaseChecked(false);
        return;
    }
    Q_EMIT databaseChecked(true);
    if (!isReadOnly()) // a second instance only reads: the first one makes the backups
        startBackup();
}

void MainWindow::startBackup()
{
    const std::shared_ptr<std::atomic<bool>> cancel = m_maintenanceCancel;
    if (!cancel)
        return;
    auto *watcher = new QFutureWatcher<DatabaseMaintenance::BackupResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancel] {
        watcher->deleteLater();
        if (cancel != m_maintenanceCancel)
            return;
        const DatabaseMaintenance::BackupResult result = watcher->result();
        if (!result.error.isEmpty())
            showStatus(tr("Backup failed: %1").arg(result.error));
        else if (!result.path.isEmpty() && statusBar()->currentMessage().isEmpty()) // a routine notice hides no other message
            showStatus(tr("Backed up to %1").arg(QDir::toNativeSeparators(result.path)), 5000);
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path, cancel] {
        DatabaseMaintenance maintenance(path);
        maintenance.setCancelFlag(cancel.get());
        return maintenance.backUpIfDue();
    }));
}

void MainWindow::createWidgets()
{
    // Left: filters and the article list; a second tab holds search results.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    m_filterText = new QLineEdit(left);
    m_filterText->setPlaceholderText(tr("Filter titles…"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter articles by title"));
    m_outletFilter = new QComboBox(left);
    m_outletFilter->setAccessibleName(tr("Filter by outlet"));
    m_outletFilter->setToolTip(tr("List only the articles of one outlet"));
    m_outletFilter->addItem(tr("All outlets"), QString());
    auto *dateRow = new QHBoxLayout;
    m_dateFilter = new QCheckBox(tr("Published"), left);
    m_from = new QDateEdit(left);
    m_to = new QDateEdit(left);
    setUpDateRange(m_from, m_to);
    m_dateFilter->setToolTip(tr("List only the articles published between the two dates"));
    dateRow->addWidget(m_dateFilter);
    dateRow->addWidget(m_from, 1);
    dateRow->addWidget(new QLabel(QStringLiteral("–"), left));
    dateRow->addWidget(m_to, 1);

    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleDescription(tr("The articles of the corpus: choose one to read it (Alt+Down, Alt+Up: next, previous)"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several articles can be selected (Ctrl+click, Shift+click): File › Export takes them.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);
    m_list->horizontalHeader()->resizeSection(ArticleListModel::OutletColumn, 130);
    m_list->horizontalHeader()->resizeSection(ArticleListModel::DateColumn, 90);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::StoryColumn, QHeaderView::Interactive);
    m_list->horizontalHeader()->resizeSection(ArticleListModel::StoryColumn, 120);
    m_list->setAccessibleName(tr("Articles"));

    m_searchResults = new QTextBrowser(left);
    m_searchResults->setOpenLinks(false);
    m_searchResults->setAccessibleName(tr("Search results"));

    m_leftTabs = new QTabWidget(left);
    auto *listPage = new QWidget(m_leftTabs);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 4, 0, 0);
    listLayout->addWidget(m_filterText);
    listLayout->addWidget(m_outletFilter);
    listLayout->addLayout(dateRow);
    createFilterBar(listPage, listLayout);
    listLayout->addWidget(m_list, 1);
    for (QComboBox *box : {m_outletFilter, m_tagFilter, m_claimFilter, m_storyFilter})
        labelForScreenReaders(box); // once the layout has put each in the page, beside its label
    m_leftTabs->addTab(listPage, tr("Articles"));
    m_leftTabs->addTab(m_searchResults, tr("Search"));
    // Below the list: the codebook, always at hand while reading.
    m_tagModel = new TagTreeModel(m_annotator, this);
    m_codebook = new CodebookPanel(m_annotator, m_tagModel, left);
    auto *leftSplit = new QSplitter(Qt::Vertical, left);
    leftSplit->setObjectName(QStringLiteral("leftSplitter"));
    leftSplit->addWidget(m_leftTabs);
    leftSplit->addWidget(m_codebook);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplit);

    m_reader = new ReaderView(this);
    m_sidePanel = new SidePanel(this);
    m_sidePanel->setUndoStack(m_annotator->undoStack());
    m_sidePanel->setObjectName(QStringLiteral("sidePanel"));
    m_annotationPanel = new AnnotationPanel(m_annotator, m_tagModel, m_sidePanel);
    m_sidePanel->insertTab(0, m_annotationPanel, tr("Annotations"));
    m_linksPanel = new LinksPanel(m_annotator, m_sidePanel);
    m_sidePanel->addTab(m_linksPanel, tr("&Links"));
    m_sidePanel->setCurrentIndex(0);
    connect(m_linksPanel, &LinksPanel::articleRequested, this, &MainWindow::showArticle);
    connect(m_linksPanel, &LinksPanel::rangeRequested, this, [this](int start, int end) {
        m_showOriginal->setChecked(false);
        m_reader->selectRange(start, end);
    });
    connect(m_annotationPanel, &AnnotationPanel::rangeRequested, this, [this](int start, int end) {
        m_showOriginal->setChecked(false);
        m_reader->selectRange(start, end);
    });
    connect(m_annotationPanel, &AnnotationPanel::addTagRequested, this, &MainWindow::showTagPalette);
    connect(m_codebook, &CodebookPanel::tagActivated, this, &MainWindow::tagSelection);
    connect(m_reader, &ReaderView::contextMenuRequested, this, &MainWindow::readerContextMenu);
    connect(m_reader, &ReaderView::caretQuoteChanged, this, [this](const QString &description) {
        m_caretQuote->setText(description);
        announce(description);
    });
    connect(m_reader, &ReaderView::positionClicked, this, [this](int position) {
        // Clicking annotated text selects its annotation; clicking again where several overlap
        // selects the next one.
        const QList<Annotation> here = m_reader->annotationsAt(position);
        if (here.isEmpty())
            return;
        qsizetype next = 0;
        for (qsizetype i = 0; i < here.size(); ++i)
            if (here.at(i).id == m_annotationPanel->currentAnnotation())
                next = (i + 1) % here.size();
        m_sidePanel->setCurrentWidget(m_annotationPanel);
        const QSignalBlocker block(m_reader); // no scrolling away from where the user clicked
        m_annotationPanel->selectAnnotation(here.at(next).id);
    });
    connect(m_annotator, &Annotator::articlesChanged, this, [this](const QSet<qint64> &ids) {
        if (m_reader->article().id && (ids.isEmpty() || ids.contains(m_reader->article().id)))
            reloadAnnotations();
    });
    // Only quote reviews change the quotes shown: tagging does not read the analysis again.
    connect(m_annotator, &Annotator::quoteReviewsChanged, this, [this](const QSet<qint64> &ids) {
        if (m_reader->article().id && (ids.isEmpty() || ids.contains(m_reader->article().id)))
            reloadAnalysis(false);
    });
    connect(m_annotator, &Annotator::codebookChanged, this, [this] {
        rebuildTagShortcuts();
        reloadAnnotations();
    });
    connect(m_annotator, &Annotator::failed, this, [this](const QString &message) { showStatus(message, 8000); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_reader);
    splitter->addWidget(m_sidePanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({360, 700, 380});

    connect(m_sidePanel, &SidePanel::rangeRequested, this, [this](int start, int end) {
        m_showOriginal->setChecked(false); // offsets are into the cleaned body
        m_reader->selectRange(start, end);
    });
    connect(m_sidePanel, &SidePanel::articleRequested, this, &MainWindow::showArticle);
    connect(m_sidePanel, &SidePanel::analysisChanged, this, [this] { reloadAnalysis(false); });
    setCentralWidget(splitter);

    // Top: search.
    auto *searchBar = addToolBar(tr("Search"));
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    searchBar->setMovable(false);
    searchBar->setAccessibleName(searchBar->windowTitle());
    m_search = new QLineEdit(searchBar);
    m_search->setPlaceholderText(tr("Search all articles (Ctrl+F): words, \"phrases\", prefix*, OR, NOT"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search all articles"));
    searchBar->addWidget(m_search);
    searchBar->addAction(m_searchFiltersList);

    // Bottom: counts, background job progress with cancel.
    m_countsLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setToolTip(tr("Stop the import; what was imported is kept, and the next import completes it"));
    m_cancelButton->hide();
    // Who said the quote the caret is in: kept beside the counts while the caret is there, so the
    // status bar's message (an import's outcome) stays.
    m_caretQuote = new QLabel(this);
    m_caretQuote->setObjectName(QStringLiteral("caretQuote"));
    statusBar()->addPermanentWidget(m_caretQuote);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);

    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_filterText, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_outletFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    connect(m_model, &ArticleListModel::refreshed, this, [this] {
        updateCounts();
        if (!m_model->errorString().isEmpty())
            showStatus(m_model->errorString(), 10000);
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0 && m_reader->article().id == 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        else if (m_reader->article().id != 0) {
            const int row = m_model->rowOf(m_reader->article().id);
            if (row >= 0) {
                const QSignalBlocker block(m_list->selectionModel());
                m_list->setCurrentIndex(m_model->index(row, 0));
            }
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch(m_search->text());
        if (m_searchFiltersList->isChecked()) {
            // The list follows the search: show it, with the ranked hits a tab away.
            m_leftTabs->setCurrentIndex(0);
            applyFilter();
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_searchFiltersList->isChecked()) // the clear button
            applyFilter();
    });
    connect(m_searchResults, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        showArticle(url.path().toLongLong());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelImport);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Corpus Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openFolder"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_reimport = file->addAction(tr("Re-import &Folder"), this, &MainWindow::startImport);
    m_reimport->setShortcut(QKeySequence::Refresh);
    m_reimport->setObjectName(QStringLiteral("reimport"));
    m_reimport->setToolTip(tr("Import new and changed files; unchanged files are skipped"));
    m_importLogAction = file->addAction(tr("Import &Log…"), this, &MainWindow::showImportLog);
    m_importLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_importLogAction->setObjectName(QStringLiteral("importLog"));
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::showExportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setObjectName(QStringLiteral("export"));
    m_exportAction->setToolTip(tr("Write a report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation)"));
    m_importAnnotationsAction = file->addAction(tr("&Import Annotations…"), this, &MainWindow::chooseAnnotationImport);
    m_importAnnotationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAnnotationsAction->setObjectName(QStringLiteral("importAnnotations"));
    m_importAnnotationsAction->setToolTip(tr("Merge another analyst's work from a Dossier JSON export"));
    updateExchangeActions();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setObjectName(QStringLiteral("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo write to the database: not while an import holds it (the GUI would wait).
    QUndoStack *stack = m_annotator->undoStack();
    QAction *undo = edit->addAction(tr("&Undo"), this, [this, stack] {
        if (isImporting())
            showStatus(tr("Undo is possible once the import has finished."), 5000);
        else
            stack->undo();
    });
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = edit->addAction(tr("&Redo"), this, [this, stack] {
        if (isImporting())
            showStatus(tr("Redo is possible once the import has finished."), 5000);
        else
            stack->redo();
    });
    // Ctrl+Shift+Z everywhere, and the platform's own redo key where it differs (Ctrl+Y).
    redo->setShortcuts(QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("redo"));
    const auto updateUndo = [undo, redo, stack] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        const QString before = Languages::chosen();
        if (dialog.exec() == QDialog::Accepted && dialog.language() != before)
            showStatus(tr("Dossier uses the new language when it starts again."), 8000);
    });
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts(standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QAction *shortcuts = edit->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcutsDialog);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma)); // KDE's

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    createAnnotationActions(annotate);
    annotate->addSeparator();
    QAction *autocode = annotate->addAction(tr("A&utocode…"), this, [this] {
        if (!m_annotator->hasDatabase()) {
            showStatus(tr("Open a corpus first."), 5000);
            return;
        }
        if (isImporting()) { // the run writes to the database the import holds
            showStatus(tr("Autocode is possible once the import has finished."), 5000);
            return;
        }
        auto *dialog = new AutocodeDialog(m_annotator, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { showStatus(dialog->resultMessage(), 10000); });
        dialog->open();
    });
    autocode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    autocode->setObjectName(QStringLiteral("autocode"));
    autocode->setToolTip(tr("Tag every match of a pattern across the corpus, as one step"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next Article"), this, [this] { moveSelection(1); });
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    next->setObjectName(QStringLiteral("nextArticle"));
    QAction *previous = go->addAction(tr("&Previous Article"), this, [this] { moveSelection(-1); });
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    previous->setObjectName(QStringLiteral("previousArticle"));
    go->addSeparator();
    QAction *find = go->addAction(tr("&Search Articles"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    find->setObjectName(QStringLiteral("searchArticles"));
    QAction *filter = go->addAction(tr("&Filter List"), this, [this] {
        m_leftTabs->setCurrentIndex(0);
        m_filterText->setFocus(Qt::ShortcutFocusReason);
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filter->setObjectName(QStringLiteral("filterList"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showOriginal = view->addAction(tr("Show &Original"));
    m_showOriginal->setCheckable(true);
    m_showOriginal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_showOriginal->setObjectName(QStringLiteral("showOriginal"));
    m_showOriginal->setToolTip(tr("Show the file as it was saved, with the site chrome the import removed"));
    connect(m_showOriginal, &QAction::toggled, m_reader, &ReaderView::setShowOriginal);
    QAction *annotations = view->addAction(tr("&Annotations Panel"), this, [this] {
        m_sidePanel->setCurrentWidget(m_annotationPanel);
        m_annotationPanel->listView()->setFocus(Qt::ShortcutFocusReason);
    });
    annotations->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    annotations->setObjectName(QStringLiteral("annotationsPanel"));
    QAction *quotes = view->addAction(tr("&Quotes Panel"), this, [this] {
        m_sidePanel->setCurrentWidget(m_sidePanel->quotesView());
        m_sidePanel->quotesView()->setFocus(Qt::ShortcutFocusReason);
    });
    quotes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    quotes->setObjectName(QStringLiteral("quotesPanel"));
    QAction *entities = view->addAction(tr("&Entities Panel"), this, [this] {
        m_sidePanel->setCurrentWidget(m_sidePanel->entitiesView()->parentWidget());
        m_sidePanel->entitiesView()->setFocus(Qt::ShortcutFocusReason);
    });
    entities->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    entities->setObjectName(QStringLiteral("entitiesPanel"));
    QAction *links = view->addAction(tr("&Links Panel"), this, [this] {
        m_sidePanel->setCurrentWidget(m_linksPanel);
        m_linksPanel->storyView()->setFocus(Qt::ShortcutFocusReason);
    });
    links->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    links->setObjectName(QStringLiteral("linksPanel"));
    QAction *compare = m_linksPanel->compareAction();
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compare->setObjectName(QStringLiteral("compareLink"));
    compare->setShortcutContext(Qt::WindowShortcut);
    view->addAction(compare);
    createStoryViews(view);
    createReaderMenus(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *tour = help->addAction(tr("&Getting Started"), this, [this] {
        TourDialog dialog(this);
        dialog.exec();
    });
    tour->setObjectName(QStringLiteral("gettingStarted"));
    tour->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Dossier"), this, [this] {
        QMessageBox::about(this, tr("About Dossier"),
                           tr("<h3>Dossier %1</h3><p>Read, tag and compare news articles across outlets.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("about"));
}

void MainWindow::showShortcutsDialog()
{
    ShortcutsDialog dialog(Shortcuts::configurable(menuBar()), this);
    if (dialog.exec() == QDialog::Accepted)
        rebuildTagShortcuts(); // the tags' own keys give way to the window's
}

// View › Theme and View › Layers; both remembered in the settings.
void MainWindow::createStoryViews(QMenu *view)
{
    view->addSeparator();
    // Grouping is the list's Story order: the header's sort indicator and this action say the same.
    m_groupByStory = view->addAction(tr("&Group by Story"));
    m_groupByStory->setObjectName(QStringLiteral("groupByStory"));
    m_groupByStory->setCheckable(true);
    m_groupByStory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_groupByStory->setToolTip(tr("Order the article list by story: the articles of each story together, the largest stories "
                                  "first, then the articles in no story"));
    connect(m_groupByStory, &QAction::toggled, this, [this](bool on) {
        m_list->sortByColumn(on ? ArticleListModel::StoryColumn : ArticleListModel::DateColumn, Qt::DescendingOrder);
    });
    // The Story column shows while the list is grouped: the left pane is narrow, and the titles
    // need the room the rest of the time (its tooltip names the outlets).
    // Beside the title, where a narrow pane still shows it.
    m_list->setColumnHidden(ArticleListModel::StoryColumn, true);
    m_list->horizontalHeader()->moveSection(m_list->horizontalHeader()->visualIndex(ArticleListModel::StoryColumn), 1);
    connect(m_list->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        const bool grouped = section == ArticleListModel::StoryColumn;
        const QSignalBlocker block(m_groupByStory);
        m_groupByStory->setChecked(grouped);
        m_list->setColumnHidden(ArticleListModel::StoryColumn, !grouped);
    });

    // The Stories view: every story, largest first, each opening onto its articles.
    m_storyDock = new QDockWidget(tr("Stories"), this);
    m_storyDock->setObjectName(QStringLiteral("storiesDock"));
    auto *page = new QWidget(m_storyDock);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *summary = new QLabel(page);
    summary->setObjectName(QStringLiteral("storiesSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_storyView = new QTreeView(page);
    m_storyView->setObjectName(QStringLiteral("storiesView"));
    m_storyView->setModel(m_stories);
    m_storyView->setSortingEnabled(true);
    m_storyView->sortByColumn(StoryListModel::ArticlesColumn, Qt::DescendingOrder);
    m_storyView->setUniformRowHeights(true);
    m_storyView->setAllColumnsShowFocus(true);
    m_storyView->setAlternatingRowColors(true);
    m_storyView->setExpandsOnDoubleClick(false); // a double-click lists the story; the arrow opens it
    m_storyView->setAccessibleName(tr("Stories"));
    m_storyView->header()->setStretchLastSection(false);
    m_storyView->header()->setSectionResizeMode(StoryListModel::TitleColumn, QHeaderView::Stretch);
    for (int c : {int(StoryListModel::ArticlesColumn), int(StoryListModel::OutletsColumn), int(StoryListModel::DateColumn)})
        m_storyView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_storyView, 1);
    m_storyDock->setWidget(page);
    // Below the panes, the width of the window: a story's title and its outlets need the room.
    addDockWidget(Qt::BottomDockWidgetArea, m_storyDock);
    m_storyDock->hide();

    QAction *show = m_storyDock->toggleViewAction();
    show->setObjectName(QStringLiteral("showStories"));
    show->setText(tr("&Stories"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    show->setToolTip(tr("The stories: articles linked as the same story across outlets, largest first"));
    view->addAction(show);

    connect(m_storyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        if (m_storiesStale)
            refreshStories();
        // A third of the window's height the first time (a docked widget opens at its minimum).
        if (!m_storyDock->isFloating() && m_storyDock->height() < height() / 4)
            resizeDocks({m_storyDock}, {height() / 3}, Qt::Vertical);
    });
    connect(m_stories, &StoryListModel::refreshed, this, [this, summary] {
        if (!m_stories->errorString().isEmpty())
            summary->setText(m_stories->errorString());
        else if (m_stories->storyCount() == 0)
            summary->setText(tr("No stories yet: an import links the articles that tell the same story."));
        else
            summary->setText(tr("%n stories. Double-click a story to show only its articles in the list.", nullptr, m_stories->storyCount()));
    });
    // An article of a story opens in the reader; a story, double-clicked (or Enter), narrows the list to it.
    connect(m_storyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const qint64 id = current.data(StoryListModel::ArticleRole).toLongLong(); id != 0)
            showArticle(id);
    });
    connect(m_storyView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(StoryListModel::ArticleRole).toLongLong() == 0)
            filterByStory(index.data(StoryListModel::StoryRole).toLongLong());
    });
    // The analyst confirmed, rejected or made a link: the stories, and the list's Story column, change.
    connect(m_annotator, &Annotator::linksChanged, this, [this] {
        m_storiesStale = true;
        refreshStories();
        m_filterTimer->start();
    });
}

void MainWindow::refreshStories()
{
    if (!m_storyDock->isVisible() || !m_db) {
        m_storiesStale = true;
        return;
    }
    m_storiesStale = false;
    if (m_stories->databasePath() != m_databasePath)
        m_stories->setDatabasePath(m_databasePath);
    else
        m_stories->refresh();
}

void MainWindow::filterByStory(qint64 id)
{
    {
        const QSignalBlocker block(m_storyFilter);
        while (m_storyFilter->count() > 2)
            m_storyFilter->removeItem(2);
        if (id > 0) {
            const QString title = m_stories->storyTitle(id);
            const QString label = title.isEmpty() ? tr("One story") : tr("Story: %1").arg(title);
            m_storyFilter->addItem(label, id);
            m_storyFilter->setItemData(2, label, Qt::ToolTipRole);
            m_storyFilter->setCurrentIndex(2);
        } else {
            m_storyFilter->setCurrentIndex(0);
        }
    }
    m_leftTabs->setCurrentIndex(0);
    applyFilter();
}

void MainWindow::createReaderMenus(QMenu *view)
{
    QSettings settings;
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(themeMenu);
    const QString current = settings.value(key("reader/theme")).toString();
    auto addTheme = [&](const QString &label, const QString &name) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setData(name);
        a->setChecked(name == current);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            m_reader->setThemeName(name);
            QSettings().setValue(key("reader/theme"), name);
        });
        return a;
    };
    QAction *automatic = addTheme(tr("&Automatic (Light or Dark with the System)"), QString());
    themeMenu->addSeparator();
    QList<KSyntaxHighlighting::Theme> all = ArticleHighlighter::repository().themes();
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.translatedName().compare(b.translatedName(), Qt::CaseInsensitive) < 0;
    });
    for (const KSyntaxHighlighting::Theme &t : std::as_const(all))
        addTheme(t.translatedName(), t.name());
    if (!themes->checkedAction())
        automatic->setChecked(true); // no choice yet, or the chosen theme is gone
    m_reader->setThemeName(themes->checkedAction()->data().toString());

    // One action per layer, in step with the legend's check boxes under the text.
    QMenu *layers = view->addMenu(tr("La&yers"));
    for (const ArticleHighlighter::Layer layer : LayerLegend::layers) {
        const QString settingsKey = QStringLiteral("reader/layers/") + ArticleHighlighter::layerKey(layer);
        QAction *a = layers->addAction(ArticleHighlighter::layerMenuText(layer));
        a->setCheckable(true);
        a->setChecked(settings.value(settingsKey, true).toBool());
        m_reader->setLayerVisible(layer, a->isChecked());
        connect(a, &QAction::toggled, m_reader, [this, layer](bool on) { m_reader->setLayerVisible(layer, on); });
        connect(m_reader, &ReaderView::layerVisibilityChanged, a, [a, layer, settingsKey](ArticleHighlighter::Layer changed, bool on) {
            if (changed != layer)
                return;
            a->setChecked(on);
            QSettings().setValue(settingsKey, on);
        });
    }
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"), m_folder);
    if (!folder.isEmpty())
        openCorpus(folder);
}

void MainWindow::openCorpus(const QString &folder, const QString &databasePath)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        QMessageBox::warning(this, tr("Open Corpus Folder"),
                             info.exists() ? tr("%1 is not a folder.").arg(folder) : tr("The folder %1 does not exist.").arg(folder));
        return;
    }
    if (m_job) {
        // The old import stops at its next file; it is deleted once its worker is done, so the
        // GUI thread never waits for it.
        m_job->cancel();
        m_job->disconnect(this);
        if (m_job->isRunning())
            connect(m_job, &ImportJob::finished, m_job, &QObject::deleteLater);
        else
            m_job->deleteLater();
        m_job = nullptr;
    }
    m_folder = info.absoluteFilePath();
    m_databasePath = databasePath.isEmpty() ? CorpusLocation::defaultDatabasePath(m_folder) : databasePath;
    m_reader->clear();
    ++m_searchGeneration; // answers for the old corpus are dropped, and its results cleared
    m_searchResults->clear();
    m_searchMessage.clear();
    m_model->setDatabasePath(QString());
    m_stories->setDatabasePath(QString());
    {
        // Tag and entity ids belong to the old corpus: the new one opens without those conditions.
        const QSignalBlocker block(m_entityFilter);
        const QSignalBlocker blockStory(m_storyFilter);
        m_entityFilter->clear();
        m_entityFilterId = 0;
        while (m_storyFilter->count() > 2) // one story of the old corpus
            m_storyFilter->removeItem(2);
        applyFilter();
    }
    m_sidePanel->setDatabase(nullptr, QString());
    m_linksPanel->setDatabase(nullptr, nullptr, QString());
    m_annotator->setDatabase(QSqlDatabase());
    m_analysis.reset();
    m_store.reset();
    m_db.reset();
    stopMaintenance();
    addRecent(m_folder);
    QSettings().setValue(key("corpus/last"), m_folder);

    // One window edits a corpus; a second one (another process) reads it and says who edits it.
    m_lock.reset();
    auto lock = std::make_unique<CorpusLock>(m_databasePath);
    if (lock->tryLock()) {
        m_lock = std::move(lock);
        setReadOnly(QString());
    } else if (lock->isHeldByOther()) {
        setReadOnly(tr("Read-only: this corpus is open in another Dossier, %1. Nothing can be changed here "
                       "until that one closes it; then open the corpus again.")
                        .arg(lock->holderDescription()));
    } else {
        setReadOnly(tr("Read-only: %1").arg(lock->errorString()));
    }

    // A database that exists already is shown at once; a new one once the import has created it.
    // The import does not wait for the integrity check (seconds on a large corpus): a damaged
    // database stops it when the check says so.
    if (QFileInfo::exists(m_databasePath))
        attachDatabase();
    if (!isReadOnly())
        startImport();
}

void MainWindow::attachDatabase()
{
    if (m_db)
        return;
    auto db = std::make_unique<Database>();
    if (!db->open(m_databasePath, isReadOnly() ? Database::Access::ReadOnly : Database::Access::ReadWrite)) {
        // Damaged, or from another Dossier: nothing may write to it, and the user learns where a
        // good copy is.
        const QString newest = DatabaseMaintenance(m_databasePath).newestBackup();
        QString message = isReadOnly() ? m_readOnlyMessage + QLatin1Char(' ') + db->errorString() : tr("Read-only: %1").arg(db->errorString());
        if (!newest.isEmpty())
            message += QLatin1Char(' ') + tr("The newest backup is %1.").arg(QDir::toNativeSeparators(newest));
        if (m_job)
            m_job->cancel();
        setReadOnly(message);
        showStatus(db->errorString());
        return;
    }
    m_db = std::move(db);
    m_store = std::make_unique<ArticleStore>(m_db->connection());
    m_analysis = std::make_unique<AnalysisStore>(m_db->connection());
    m_annotator->setDatabase(m_db->connection());
    m_annotator->setReadOnly(isReadOnly(), m_readOnlyMessage);
    startMaintenance();
    m_sidePanel->setDatabase(m_analysis.get(), m_databasePath);
    m_linksPanel->setDatabase(m_store.get(), m_analysis.get(), m_databasePath);
    updateExchangeActions();
    m_model->setDatabasePath(m_databasePath);
    m_storiesStale = true;
    refreshStories();
    reloadOutlets();
    reloadEntityNames();
}

void MainWindow::reloadOutlets()
{
    const QString current = m_outletFilter->currentData().toString();
    const QSignalBlocker block(m_outletFilter);
    m_outletFilter->clear();
    m_outletFilter->addItem(tr("All outlets"), QString());
    if (m_store) {
        for (const QString &outlet : m_store->outlets())
            m_outletFilter->addItem(outlet, outlet);
    }
    m_outletFilter->setCurrentIndex(qMax(0, m_outletFilter->findData(current)));
}

bool MainWindow::isImporting() const
{
    return m_job && m_job->isRunning();
}

void MainWindow::startImport()
{
    if (m_folder.isEmpty() || isImporting() || isReadOnly())
        return;
    if (isImportingAnnotations()) {
        showStatus(tr("Re-import is possible once the annotations are imported."), 5000);
        return;
    }
    if (m_job)
        m_job->deleteLater(); // finished: nothing to wait for
    m_issues.clear();
    m_job = new ImportJob(m_folder, m_databasePath, this);
    connect(m_job, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_job, &ImportJob::analysing, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Analysing %p%"));
        m_progress->setToolTip(tr("Analysing articles an older version of Dossier analysed"));
    });
    connect(m_job, &ImportJob::linking, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Linking %p%"));
        m_progress->setToolTip(tr("Finding the same stories and quotes across articles"));
    });
    connect(m_job, &ImportJob::issueFound, this, [this](const ImportIssue &issue) { m_issues.append(issue); });
    connect(m_job, &ImportJob::finished, this, &MainWindow::onImportFinished);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Scanning…"));
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_reimport->setEnabled(false);
    m_sidePanel->setCorrectionsEnabled(false);
    // The import's writer holds the database in long transactions: a change made now would wait
    // for one on the GUI thread. Changes and the history wait for the import instead, and say so.
    m_annotator->setReadOnly(true, tr("Changes are possible once the import has finished."));
    if (m_historyView)
        m_historyView->setEnabled(false);
    updateExchangeActions();
    showStatus(tr("Importing %1…").arg(m_folder));
    m_job->start();
}

void MainWindow::cancelImport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    showStatus(tr("Cancelling the import…"));
}

void MainWindow::onImportProgress(int done, int total, const QString &path)
{
    if (total <= 0)
        return;
    attachDatabase(); // the import has created and migrated it by now
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("Importing %p%"));
    m_progress->setToolTip(path);
    // Let the list grow while a long import runs, without re-querying on every signal.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastListRefresh > 2000 && !m_model->isRefreshing()) {
        m_lastListRefresh = now;
        m_model->refresh();
    }
}

void MainWindow::onImportFinished(const ImportSummary &s)
{
    m_sidePanel->setCorrectionsEnabled(!isReadOnly());
    if (!isReadOnly())
        m_annotator->setReadOnly(false);
    if (m_historyView)
        m_historyView->setEnabled(true);
    m_progress->hide();
    m_cancelButton->hide();
    m_reimport->setEnabled(!isReadOnly());
    updateExchangeActions();
    if (!s.ok) {
        showStatus(tr("Import failed: %1").arg(s.error));
        if (!isReadOnly()) // else the banner says why already
            QMessageBox::warning(this, tr("Import failed"), s.error);
    } else {
        attachDatabase();
        m_model->refresh();
        QString message = s.cancelled ? tr("Import cancelled: %1 added, %2 updated so far; re-import (F5) to complete it.").arg(s.added).arg(s.updated + s.moved)
                                       : tr("Imported: %1 added, %2 updated, %3 unchanged, %4 missing.")
                                             .arg(s.added)
                                             .arg(s.updated + s.moved)
                                             .arg(s.unchanged)
                                             .arg(s.missing);
        if (s.skipped + s.repaired > 0)
            message += QLatin1Char(' ') + tr("%1 skipped, %2 repaired: see File › Import Log (Ctrl+L).").arg(s.skipped).arg(s.repaired);
        if (s.anchorsMoved + s.anchorsOrphaned > 0)
            message += QLatin1Char(' ') + tr("Changed texts: %1 re-found, %2 orphaned (Annotate › Orphaned Annotations).")
                                              .arg(tr("%n annotations", nullptr, s.anchorsMoved))
                                              .arg(s.anchorsOrphaned);
        showStatus(message);
        reloadOutlets(); // the import may have brought new ones
        m_storiesStale = true; // and new stories
        refreshStories();
        m_orphans->refresh(); // anchors changed behind the Annotator's back
        reloadAnnotations();
        m_linksPanel->reload(); // the import links new articles to the one shown
        if (s.anchorsOrphaned > 0)
            m_orphanDock->show();
        reloadEntityNames();
    }
    updateCounts();
    Q_EMIT importFinished(s);
}

void MainWindow::applyFilter()
{
    ArticleFilter f;
    f.text = m_filterText->text().trimmed();
    f.outlet = m_outletFilter->currentData().toString();
    if (m_dateFilter->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (const qint64 tag = m_tagFilter->currentData().toLongLong(); tag != 0)
        f.tags = {tag};
    if (const int claim = m_claimFilter->currentData().toInt(); claim >= 0)
        f.claimStatus = ClaimStatus(claim);
    f.entity = m_entityFilterId;
    f.annotatedOnly = m_annotatedFilter->isChecked();
    if (const qint64 story = m_storyFilter->currentData().toLongLong(); story > 0)
        f.story = story;
    else
        f.inStory = story < 0;
    f.alteredQuotes = m_alteredFilter->isChecked();
    if (m_searchFiltersList->isChecked())
        f.query = m_search->text().trimmed();
    m_model->setFilter(f);
}

void MainWindow::createFilterBar(QWidget *parent, QVBoxLayout *layout)
{
    // Two compact rows under the outlet and dates: what the analyst made (tag, claim status,
    // annotated) and what the analysis found (entity). Every change narrows the list at once; the
    // query runs on the list model's worker thread.
    m_tagFilter = new QComboBox(parent);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setToolTip(tr("Articles with an annotation that carries this tag or a tag below it"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(8);
    m_tagFilter->addItem(tr("Any tag"), qint64(0));

    m_claimFilter = new QComboBox(parent);
    m_claimFilter->setObjectName(QStringLiteral("claimFilter"));
    m_claimFilter->setAccessibleName(tr("Filter by claim status"));
    m_claimFilter->setToolTip(tr("Articles with a claim of this status"));
    m_claimFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_claimFilter->setMinimumContentsLength(8);
    m_claimFilter->addItem(tr("Any claim status"), -1);
    for (int i = 0; i < claimStatusCount; ++i)
        m_claimFilter->addItem(claimStatusLabel(ClaimStatus(i)), i);

    m_entityFilter = new QLineEdit(parent);
    m_entityFilter->setObjectName(QStringLiteral("entityFilter"));
    m_entityFilter->setPlaceholderText(tr("Mentions entity…"));
    m_entityFilter->setAccessibleName(tr("Filter by entity"));
    m_entityFilter->setToolTip(tr("Articles that mention this entity (a name from the registry; Enter applies)"));
    m_entityFilter->setClearButtonEnabled(true);
    m_entityNames = new QStringListModel(this);
    m_entityCompleter = new QCompleter(m_entityNames, this);
    m_entityCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_entityCompleter->setFilterMode(Qt::MatchContains);
    m_entityCompleter->setMaxVisibleItems(12);
    m_entityFilter->setCompleter(m_entityCompleter);

    m_annotatedFilter = new QCheckBox(tr("Annotated only"), parent);
    m_annotatedFilter->setObjectName(QStringLiteral("annotatedFilter"));
    m_annotatedFilter->setToolTip(tr("Only articles with at least one annotation"));

    // What the cross-outlet links found: the articles of stories (or of one, chosen in the Stories
    // view), and the articles whose quote another outlet worded differently.
    m_storyFilter = new QComboBox(parent);
    m_storyFilter->setObjectName(QStringLiteral("storyFilter"));
    m_storyFilter->setAccessibleName(tr("Filter by story"));
    m_storyFilter->setToolTip(tr("Articles in a story (two or more articles linked as the same story), or in one story: "
                                 "double-click a story in View › Stories"));
    m_storyFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_storyFilter->setMinimumContentsLength(8);
    m_storyFilter->addItem(tr("Any story"), qint64(0));
    m_storyFilter->addItem(tr("In a story"), qint64(-1));

    m_alteredFilter = new QCheckBox(tr("Altered quotes"), parent);
    m_alteredFilter->setObjectName(QStringLiteral("alteredFilter"));
    m_alteredFilter->setToolTip(tr("Only articles with a quote that another article words differently: quotes altered across outlets"));

    m_clearFilters = new QAction(tr("Clear Filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->setToolTip(tr("Show every article: lift the title, outlet, date, tag, claim, entity, annotated, story, "
                                  "altered quotes and search conditions"));
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    addAction(m_clearFilters);
    auto *clear = new QToolButton(parent);
    clear->setDefaultAction(m_clearFilters);
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The search box's query can narrow the list too. A toggle rather than the list always following
    // the search: a search is often a side glance (the ranked hits with snippets), and the list the
    // analyst is working through should not change under them unless they ask for it.
    m_searchFiltersList = new QAction(tr("Filter List"), this);
    m_searchFiltersList->setObjectName(QStringLiteral("searchFiltersList"));
    m_searchFiltersList->setCheckable(true);
    m_searchFiltersList->setToolTip(tr("Show in the article list only the articles the search matches, with the other filters"));

    auto *annotationRow = new QHBoxLayout;
    annotationRow->addWidget(m_tagFilter, 1);
    annotationRow->addWidget(m_claimFilter, 1);
    auto *entityRow = new QHBoxLayout;
    entityRow->addWidget(m_entityFilter, 1);
    entityRow->addWidget(m_annotatedFilter);
    entityRow->addWidget(clear);
    // The list (made before this bar) comes after its filters, as it sits below them.
    setTabOrder(clear, m_list);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_storyFilter, 1);
    linkRow->addWidget(m_alteredFilter);
    layout->addLayout(annotationRow);
    layout->addLayout(entityRow);
    layout->addLayout(linkRow);

    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_claimFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_annotatedFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_storyFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_alteredFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_entityFilter, &QLineEdit::returnPressed, this, &MainWindow::applyEntityText);
    connect(m_entityCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_entityFilter->setText(text);
        applyEntityText();
    });
    connect(m_entityFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_entityFilterId != 0) // the clear button
            filterByEntity(0);
    });
    connect(m_clearFilters, &QAction::triggered, this, &MainWindow::clearFilters);
    connect(m_searchFiltersList, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_leftTabs->setCurrentIndex(0);
        applyFilter();
    });
    connect(m_annotator, &Annotator::codebookChanged, this, &MainWindow::reloadTagFilter);
    // The analyst's work changed: a list narrowed by it is out of date (a burst of changes, one query).
    connect(m_annotator, &Annotator::articlesChanged, this, [this] {
        if (filterNeedsAnnotations())
            m_filterTimer->start();
    });
}

bool MainWindow::filterNeedsAnnotations() const
{
    const ArticleFilter f = m_model->filter();
    return !f.tags.isEmpty() || f.claimStatus || f.annotatedOnly;
}

void MainWindow::reloadTagFilter()
{
    const qint64 current = m_tagFilter->currentData().toLongLong();
    QList<Tag> tags = m_annotator->hasDatabase() ? m_annotator->tags() : QList<Tag>();
    {
        const QSignalBlocker block(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("Any tag"), qint64(0));
        // tags() lists parents before their children: a child is one deeper than its parent.
        QHash<qint64, int> depth;
        for (const Tag &t : std::as_const(tags)) {
            const int d = t.parent != 0 ? depth.value(t.parent) + 1 : 0;
            depth.insert(t.id, d);
            QPixmap swatch(12, 12);
            swatch.fill(QColor::fromString(t.color));
            m_tagFilter->addItem(QIcon(swatch), QString(d * 4, QLatin1Char(' ')) + t.name, t.id);
            m_tagFilter->setItemData(m_tagFilter->count() - 1, t.name, Qt::ToolTipRole);
        }
        m_tagFilter->setCurrentIndex(qMax(0, m_tagFilter->findData(current)));
    }
    // The tag filtered on was deleted or merged away: the list no longer filters on it.
    if (current != 0 && m_tagFilter->currentData().toLongLong() != current)
        applyFilter();
}

void MainWindow::reloadEntityNames()
{
    // The registry can hold hundreds of thousands of names: read on a worker thread.
    const int generation = ++m_entityGeneration;
    m_entityIds.clear();
    m_entityNames->setStringList({});
    if (m_databasePath.isEmpty() || !m_store)
        return;
    struct Names
    {
        QStringList texts;
        QHash<QString, qint64> ids;
    };
    auto *watcher = new QFutureWatcher<Names>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_entityGeneration)
            return;
        Names names = watcher->result();
        m_entityIds = std::move(names.ids);
        m_entityNames->setStringList(names.texts);
    });
    watcher->setFuture(QtConcurrent::run([path = m_databasePath] {
        Names names;
        Database db; // this worker's own connection
        if (!db.open(path))
            return names;
        QList<EntityRecord> entities = AnalysisStore(db.connection()).entities();
        // Most mentioned first, so the completer offers the likely one first; a name two
        // entities share (Jordan the country, Jordan the player) is told apart by its type.
        std::stable_sort(entities.begin(), entities.end(), [](const EntityRecord &a, const EntityRecord &b) { return a.articles > b.articles; });
        QHash<QString, int> seen;
        for (const EntityRecord &e : std::as_const(entities))
            ++seen[e.name.toCaseFolded()];
        for (const EntityRecord &e : std::as_const(entities)) {
            if (e.articles == 0)
                continue;
            const QString text = seen.value(e.name.toCaseFolded()) > 1 ? QStringLiteral("%1 (%2)").arg(e.name, entityTypeCode(e.type)) : e.name;
            if (names.ids.contains(text.toCaseFolded()))
                continue;
            names.ids.insert(text.toCaseFolded(), e.id);
            names.texts << text;
        }
        return names;
    }));
}

void MainWindow::applyEntityText()
{
    const QString text = m_entityFilter->text().trimmed();
    if (text.isEmpty()) {
        filterByEntity(0);
        return;
    }
    const qint64 id = m_entityIds.value(text.toCaseFolded(), 0);
    if (id == 0) {
        showStatus(m_entityIds.isEmpty() ? tr("The entity registry is still being read; try again in a moment.")
                                                       : tr("No entity in the registry is called “%1”: choose one of the names offered.").arg(text),
                                 10000);
        return;
    }
    m_entityFilterId = id;
    applyFilter();
}

void MainWindow::filterByEntity(qint64 id)
{
    m_entityFilterId = id;
    if (id == 0) {
        const QSignalBlocker block(m_entityFilter);
        m_entityFilter->clear();
    } else if (m_analysis) {
        const QSignalBlocker block(m_entityFilter);
        const std::optional<EntityRecord> e = m_analysis->entity(id);
        m_entityFilter->setText(e ? e->name : QString::number(id));
    }
    applyFilter();
}

void MainWindow::clearFilters()
{
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_filterText), QSignalBlocker(m_outletFilter), QSignalBlocker(m_dateFilter),
                                         QSignalBlocker(m_tagFilter),  QSignalBlocker(m_claimFilter),  QSignalBlocker(m_entityFilter),
                                         QSignalBlocker(m_annotatedFilter), QSignalBlocker(m_storyFilter),  QSignalBlocker(m_alteredFilter),
                                         QSignalBlocker(m_searchFiltersList)};
        m_filterText->clear();
        m_outletFilter->setCurrentIndex(0);
        m_dateFilter->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_tagFilter->setCurrentIndex(0);
        m_claimFilter->setCurrentIndex(0);
        m_entityFilter->clear();
        m_entityFilterId = 0;
        m_annotatedFilter->setChecked(false);
        m_storyFilter->setCurrentIndex(0);
        m_alteredFilter->setChecked(false);
        m_searchFiltersList->setChecked(false);
    }
    m_filterTimer->stop();
    applyFilter();
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid())
        showArticle(m_model->idAt(index.row()));
}

void MainWindow::showArticle(qint64 id)
{
    if (!m_store || id == 0)
        return;
    const std::optional<Article> article = m_store->article(id);
    if (!article)
        return;
    // The analysis with the text: one layout of the article instead of two.
    const StoredAnalysis analysis = analysisOf(id);
    m_reader->setArticle(*article, analysis.entitySpans(), analysis.quoteSpans());
    fillSidePanel(analysis, true);
    reloadAnnotations();
    QList<QPair<qint64, QString>> claimants;
    QSet<qint64> seen;
    for (const StoredMention &m : analysis.mentions) {
        if (m.entity && (m.type == EntityType::Person || m.type == EntityType::Organisation) && !seen.contains(m.entity)) {
            seen.insert(m.entity);
            claimants.append({m.entity, analysis.names.value(m.entity)});
        }
    }
    std::sort(claimants.begin(), claimants.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    m_annotationPanel->setArticle(id, claimants);
    if (m_leftTabs->currentIndex() == 1) {
        // Opened from the search results: mark the words searched for.
        QStringList terms;
        static const QRegularExpression word(QStringLiteral("[\\w']+"));
        auto it = word.globalMatch(m_search->text());
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (w != QLatin1String("AND") && w != QLatin1String("OR") && w != QLatin1String("NOT") && w != QLatin1String("NEAR"))
                terms << w;
        }
        m_reader->setHighlightTerms(terms);
    } else {
        m_reader->setHighlightTerms({});
    }
    Q_EMIT articleShown(id);
}

StoredAnalysis MainWindow::analysisOf(qint64 id) const
{
    StoredAnalysis analysis = m_analysis ? m_analysis->analysis(id) : StoredAnalysis();
    if (!m_annotator->hasDatabase())
        return analysis;
    // The quotes as the analyst has them: rejected ones gone, corrections and added ones in.
    const QList<QuoteReview> reviews = m_annotator->store().quoteReviews(id);
    if (reviews.isEmpty())
        return analysis;
    QList<StoredQuote> quotes;
    for (const AnalystQuote &q : analystQuotes(analysis.quotes, reviews))
        quotes << q.quote;
    analysis.quotes = quotes;
    return analysis;
}

void MainWindow::reloadAnalysis(bool deferPanel)
{
    const Article &article = m_reader->article();
    StoredAnalysis analysis;
    if (m_analysis && article.id != 0) {
        analysis = analysisOf(article.id);
        m_reader->setAnalysis(analysis.entitySpans(), analysis.quoteSpans());
    }
    fillSidePanel(analysis, deferPanel); // clears the panel when there is no article
}

void MainWindow::fillSidePanel(const StoredAnalysis &analysis, bool deferPanel)
{
    const Article &article = m_reader->article();
    if (!m_analysis || article.id == 0) {
        m_sidePanel->clear();
        m_linksPanel->clear();
        return;
    }
    const int generation = ++m_panelGeneration;
    if (!deferPanel) {
        m_sidePanel->setArticle(article.id, article.body, analysis);
        m_linksPanel->setArticle(article.id, article.body, analysis.quotes);
        return;
    }
    // The side panel on the next turn of the event loop: the reader's text and highlighting and the
    // panel's lists each take a few milliseconds, together too many for one stall while an import
    // keeps the cores busy. Only the newest article's panel is filled.
    QTimer::singleShot(0, this, [this, generation, id = article.id, body = article.body, analysis] {
        if (generation == m_panelGeneration) {
            m_sidePanel->setArticle(id, body, analysis);
            m_linksPanel->setArticle(id, body, analysis.quotes);
        }
    });
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_list->currentIndex().row() + delta, rows - 1);
    m_leftTabs->setCurrentIndex(0);
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_list->currentIndex());
}

void MainWindow::runSearch(const QString &query)
{
    m_leftTabs->setCurrentIndex(1);
    if (!m_store) {
        showSearchResults(query, {}, tr("Open a corpus folder first."));
        return;
    }
    // FTS5 over 100,000 articles can take a few hundred milliseconds while an import writes:
    // never on the GUI thread. Only the newest search's answer is shown.
    const int generation = ++m_searchGeneration;
    const QString path = m_databasePath;
    auto *watcher = new QFutureWatcher<std::pair<QList<SearchHit>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, query] {
        watcher->deleteLater();
        if (generation != m_searchGeneration)
            return;
        const auto [hits, error] = watcher->result();
        showSearchResults(query, hits, error);
    });
    watcher->setFuture(QtConcurrent::run([path, query] {
        Database db; // this worker's own connection
        if (!db.open(path))
            return std::pair<QList<SearchHit>, QString>({}, db.errorString());
        QString error;
        QList<SearchHit> hits = ArticleStore(db.connection()).search(query, searchLimit, &error);
        return std::pair<QList<SearchHit>, QString>(hits, error);
    }));
    m_searchResults->setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("Searching…").toHtmlEscaped()));
}

void MainWindow::showSearchResults(const QString &query, const QList<SearchHit> &hits, const QString &error)
{
    QString html;
    if (!error.isEmpty()) {
        m_searchMessage = error;
        html = QStringLiteral("<p style='color:#b00020'>%1</p>").arg(error.toHtmlEscaped());
    } else if (hits.isEmpty()) {
        m_searchMessage = tr("No article matches “%1”.").arg(query);
        html = QStringLiteral("<p>%1</p>").arg(m_searchMessage.toHtmlEscaped());
    } else {
        m_searchMessage = hits.size() >= searchLimit ? tr("The first %1 matches, best first.").arg(hits.size())
                                                      : (hits.size() == 1 ? tr("1 match.") : tr("%1 matches, best first.").arg(hits.size()));
        html = QStringLiteral("<p style='color:gray'>%1</p>").arg(m_searchMessage.toHtmlEscaped());
        for (const SearchHit &h : hits) {
            html += QStringLiteral("<p><a href='article:%1'><b>%2</b></a> <span style='color:gray'>%3</span><br>%4</p>")
                        .arg(h.id)
                        .arg(h.title.toHtmlEscaped(), h.outlet.toHtmlEscaped(), h.snippetHtml);
        }
    }
    m_searchResults->setHtml(html);
    Q_EMIT searchFinished();
}

QString MainWindow::searchMessage() const
{
    return m_searchMessage;
}

void MainWindow::updateCounts()
{
    if (!m_store) {
        m_countsLabel->setText(tr("No corpus open"));
        return;
    }
    // Counted on the list's worker thread with its ids: no query here on the GUI thread.
    const int all = m_model->corpusCount();
    const int missing = m_model->missingCount();
    QString text = tr("Articles: %1 · Outlets: %2").arg(all).arg(qMax(0, m_outletFilter->count() - 1));
    if (m_model->rowCount() != all)
        text += QStringLiteral(" · ") + tr("Shown: %1").arg(m_model->rowCount());
    if (missing > 0)
        text += QStringLiteral(" · ") + tr("Missing: %1").arg(missing);
    m_countsLabel->setText(text);
}

void MainWindow::addRecent(const QString &folder)
{
    QSettings settings;
    QStringList recent = settings.value(key("corpus/recent")).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(key("corpus/recent"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(key("corpus/recent")).toStringList();
    for (const QString &folder : recent) {
        QAction *a = m_recentMenu->addAction(folder, this, [this, folder] { openCorpus(folder); });
        a->setEnabled(QFileInfo(folder).isDir());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
    announce(message);
}

void MainWindow::announce(const QString &message)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!message.isEmpty()) {
        QAccessibleAnnouncementEvent announcement(statusBar(), message);
        QAccessible::updateAccessibility(&announcement);
    }
#else
    Q_UNUSED(message)
#endif
}

void MainWindow::showImportLog()
{
    ImportLogDialog dialog(importLog(), this);
    dialog.exec();
}

QList<ImportIssue> MainWindow::importLog() const
{
    if (!m_issues.isEmpty() || !m_store)
        return m_issues;
    // No import in this session yet (it is still scanning, or it failed): the last run's log.
    QList<ImportIssue> issues;
    for (const ImportLogEntry &e : m_store->importLog(m_store->latestRun()))
        issues.append({e.path, ImportIssue::severityFromName(e.severity), e.reason});
    return issues;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(key("mainwindow/geometry"), saveGeometry());
    settings.setValue(key("mainwindow/state"), saveState());
    if (m_job) {
        m_job->cancel(); // the batch in flight is committed; the next start completes the import
    }
    if (m_annotationImportCancel)
        m_annotationImportCancel->store(true); // its one transaction is rolled back: nothing half-merged
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openCorpus(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace Dossier

namespace Dossier {

void MainWindow::createAnnotationActions(QMenu *menu)
{
    QAction *palette = menu->addAction(tr("&Tag Selection…"), this, [this] { showTagPalette(); });
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    palette->setObjectName(QStringLiteral("tagSelection"));
    palette->setToolTip(tr("Choose a tag by typing a few letters"));
    QAction *newTag = menu->addAction(tr("&New Tag…"), this, [this] { m_codebook->newTag(0); });
    newTag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    newTag->setObjectName(QStringLiteral("newTag"));
    menu->addSeparator();
    QAction *addQuote = menu->addAction(tr("Add Selection as &Quote"), this, &MainWindow::addQuoteFromSelection);
    addQuote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    addQuote->setObjectName(QStringLiteral("addQuote"));
    menu->addSeparator();
    QAction *note = menu->addAction(tr("Note on This &Article"), this, [this] {
        m_sidePanel->setCurrentWidget(m_annotationPanel);
        m_annotationPanel->articleNoteEdit()->setFocus();
    });
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    note->setObjectName(QStringLiteral("articleNote"));
    QAction *deleteAnnotation = menu->addAction(tr("&Delete Annotation"), this, [this] {
        if (const qint64 id = m_annotationPanel->currentAnnotation())
            m_annotator->deleteAnnotation(id);
    });
    deleteAnnotation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    deleteAnnotation->setObjectName(QStringLiteral("deleteAnnotation"));
    menu->addSeparator();

    // The history: every change, undoable by clicking an earlier step.
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_annotator->undoStack(), historyDock);
    m_historyView = history;
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("History of changes"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    // Orphaned annotations: re-attach each to a selection of its article's new text, or delete it.
    m_orphanDock = new QDockWidget(tr("Orphaned Annotations"), this);
    m_orphanDock->setObjectName(QStringLiteral("orphanDock"));
    auto *orphanPage = new QWidget(m_orphanDock);
    auto *orphanLayout = new QVBoxLayout(orphanPage);
    orphanLayout->setContentsMargins(4, 4, 4, 4);
    auto *orphanHint = new QLabel(tr("Passages not found again after their article changed. Open the article, select where "
                                     "the passage is now, and re-attach; or delete the annotation."),
                                  orphanPage);
    orphanHint->setWordWrap(true);
    orphanLayout->addWidget(orphanHint);
    m_orphans->setAnnotator(m_annotator);
    auto *orphanView = new QTreeView(orphanPage);
    orphanView->setObjectName(QStringLiteral("orphansView"));
    orphanView->setModel(m_orphans);
    orphanView->setRootIsDecorated(false);
    orphanView->setAllColumnsShowFocus(true);
    orphanView->setAccessibleName(tr("Orphaned annotations"));
    orphanLayout->addWidget(orphanView, 1);
    auto *orphanButtons = new QHBoxLayout;
    auto *showOrphanArticle = new QPushButton(tr("Show Article"), orphanPage);
    auto *reattach = new QPushButton(tr("Re-attach to Selection"), orphanPage);
    auto *deleteOrphan = new QPushButton(tr("Delete"), orphanPage);
    orphanButtons->addWidget(showOrphanArticle);
    orphanButtons->addStretch(1);
    orphanButtons->addWidget(reattach);
    orphanButtons->addWidget(deleteOrphan);
    orphanLayout->addLayout(orphanButtons);
    m_orphanDock->setWidget(orphanPage);
    addDockWidget(Qt::RightDockWidgetArea, m_orphanDock);
    m_orphanDock->hide();
    const auto currentOrphan = [orphanView] { return orphanView->currentIndex().isValid() ? orphanView->currentIndex().row() : -1; };
    const auto showOrphan = [this, currentOrphan] {
        const int row = currentOrphan();
        if (row >= 0)
            showArticle(m_orphans->orphan(row).articleId);
    };
    connect(showOrphanArticle, &QPushButton::clicked, this, showOrphan);
    connect(orphanView, &QTreeView::activated, this, showOrphan);
    connect(reattach, &QPushButton::clicked, this, [this, currentOrphan] {
        const int row = currentOrphan();
        if (row < 0)
            return;
        const Article &article = m_reader->article();
        const auto [start, end] = m_reader->selectedRange();
        if (article.id != m_orphans->orphan(row).articleId || start >= end) {
            showStatus(tr("Show the orphan's article and select where the passage is now, then re-attach."), 8000);
            return;
        }
        if (m_orphans->reattach(row, article.body, start, end))
            showStatus(tr("Re-attached (Ctrl+Z undoes it)"), 4000);
    });
    connect(deleteOrphan, &QPushButton::clicked, this, [this, currentOrphan] {
        const int row = currentOrphan();
        if (row >= 0)
            m_orphans->remove(row);
    });
    QAction *showOrphans = m_orphanDock->toggleViewAction();
    showOrphans->setText(tr("&Orphaned Annotations"));
    menu->addAction(showOrphans);
    showOrphans->setObjectName(QStringLiteral("orphanedAnnotations"));

    QAction *showHistory = historyDock->toggleViewAction();
    showHistory->setText(tr("&History"));
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    showHistory->setObjectName(QStringLiteral("history"));
    menu->addAction(showHistory);
    rebuildTagShortcuts();
}

void MainWindow::rebuildTagShortcuts()
{
    // One window-wide action per tag that has a shortcut key.
    qDeleteAll(m_tagActions);
    m_tagActions.clear();
    const QHash<QString, QString> reserved = reservedShortcuts();
    m_codebook->setReservedShortcuts(reserved);
    for (const Tag &t : m_tagModel->tags()) {
        if (t.shortcut.isEmpty())
            continue;
        if (reserved.contains(t.shortcut)) {
            showStatus(tr("The shortcut of the tag “%1” is taken by “%2”; give the tag another one.")
                                         .arg(m_tagModel->path(t.id), reserved.value(t.shortcut)),
                                     8000);
            continue;
        }
        auto *action = new QAction(tr("Tag with “%1”").arg(m_tagModel->path(t.id)), this);
        action->setShortcut(QKeySequence::fromString(t.shortcut, QKeySequence::PortableText));
        action->setShortcutContext(Qt::WindowShortcut);
        const qint64 id = t.id;
        connect(action, &QAction::triggered, this, [this, id] { tagSelection(id); });
        addAction(action);
        m_tagActions << action;
    }
}

QHash<QString, QString> MainWindow::reservedShortcuts() const
{
    QHash<QString, QString> keys;
    const auto actions = findChildren<QAction *>();
    for (const QAction *a : actions) {
        if (m_tagActions.contains(const_cast<QAction *>(a)))
            continue;
        for (const QKeySequence &k : a->shortcuts())
            if (!k.isEmpty())
                keys.insert(k.toString(QKeySequence::PortableText), a->text().remove(QLatin1Char('&')));
    }
    return keys;
}

void MainWindow::reloadAnnotations()
{
    const qint64 id = m_reader->article().id;
    if (!id || !m_annotator->hasDatabase()) {
        m_reader->setAnnotations({}, {});
        return;
    }
    QHash<qint64, QColor> colors;
    for (const Tag &t : m_tagModel->tags())
        colors.insert(t.id, QColor(t.color));
    m_reader->setAnnotations(m_annotator->store().annotations(id), colors);
}

bool MainWindow::tagSelection(qint64 tagId)
{
    const Article &article = m_reader->article();
    const auto [start, end] = m_reader->selectedRange();
    if (!article.id || start >= end || m_reader->showsOriginal()) {
        showStatus(m_reader->showsOriginal() ? tr("Switch to the cleaned text to annotate (the original is not annotated).")
                                                           : tr("Select some text of the article first, then tag it."),
                                 6000);
        return false;
    }
    if (isImporting()) {
        showStatus(tr("Tagging is possible once the import has finished."), 6000);
        return false;
    }
    const qint64 id = m_annotator->annotate(article.id, article.body, start, end, {tagId});
    if (!id)
        return false;
    m_sidePanel->setCurrentWidget(m_annotationPanel);
    m_annotationPanel->selectAnnotation(id);
    showStatus(tr("Tagged “%1” (Ctrl+Z undoes it)").arg(m_tagModel->path(tagId)), 4000);
    return true;
}

void MainWindow::showTagPalette(qint64 annotationId)
{
    if (!annotationId) {
        const auto [start, end] = m_reader->selectedRange();
        if (!m_reader->article().id || start >= end) {
            showStatus(tr("Select some text of the article first, then tag it."), 6000);
            return;
        }
    }
    TagPalette palette(m_tagModel->tags(), m_tagModel, this);
    const QRect r = m_reader->geometry();
    palette.move(m_reader->mapToGlobal(QPoint(r.width() / 2 - palette.width() / 2, 80)));
    if (palette.exec() != QDialog::Accepted)
        return;
    qint64 tag = palette.chosenTag();
    if (!tag && !palette.newTagName().isEmpty()) {
        Tag t;
        t.name = palette.newTagName();
        tag = m_annotator->createTag(t);
    }
    if (!tag)
        return;
    if (!annotationId) {
        tagSelection(tag);
        return;
    }
    std::optional<Annotation> a = m_annotator->store().annotation(annotationId);
    if (a && !a->tags.contains(tag)) {
        a->tags << tag;
        m_annotator->editAnnotation(*a, tr("Add tag “%1”").arg(m_tagModel->path(tag)));
    }
}

void MainWindow::readerContextMenu(const QPoint &globalPos, int position)
{
    QMenu menu(this);
    const auto [start, end] = m_reader->selectedRange();
    const bool selected = m_reader->article().id && start < end;
    if (selected) {
        menu.addAction(tr("&Tag Selection…"), this, [this] { showTagPalette(); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        QMenu *with = menu.addMenu(tr("Tag Selection &With"));
        with->setObjectName(QStringLiteral("tagsMenu")); // the codebook's tags: reached with the arrows
        for (const Tag &t : m_tagModel->tags()) {
            QAction *a = with->addAction(m_tagModel->path(t.id), this, [this, id = t.id] { tagSelection(id); });
            QPixmap swatch(12, 12);
            swatch.fill(QColor(t.color));
            a->setIcon(QIcon(swatch));
        }
        with->setEnabled(!m_tagModel->tags().isEmpty());
        menu.addAction(tr("Add Selection as &Quote"), this, &MainWindow::addQuoteFromSelection);
        menu.addAction(tr("&Copy"), m_reader->textView(), &QTextEdit::copy);
    }
    const QList<Annotation> here = m_reader->annotationsAt(position);
    if (!here.isEmpty())
        menu.addSeparator();
    for (const Annotation &a : here) {
        QString text = a.anchor.exact.simplified();
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        QMenu *sub = menu.addMenu(tr("Annotation “%1”").arg(text));
        sub->setObjectName(QStringLiteral("annotationMenu")); // one per annotation there: by the arrows
        sub->addAction(tr("&Select"), this, [this, id = a.id] {
            m_sidePanel->setCurrentWidget(m_annotationPanel);
            m_annotationPanel->selectAnnotation(id);
        });
        sub->addAction(tr("&Add Tag…"), this, [this, id = a.id] { showTagPalette(id); });
        sub->addAction(tr("&Delete"), this, [this, id = a.id] { m_annotator->deleteAnnotation(id); });
    }
    const QuoteSpan quote = position >= 0 ? m_reader->quoteAt(position) : QuoteSpan();
    if (quote.end > quote.start) {
        menu.addSeparator();
        menu.addAction(tr("Co&nfirm This Quote"), this, [this, position] { reviewQuoteAt(position, QuoteReview::Confirmed); });
        menu.addAction(tr("&Reject This Quote (not speech)"), this, [this, position] { reviewQuoteAt(position, QuoteReview::Rejected); });
        if (selected)
            menu.addAction(tr("C&orrect Quote to the Selection"), this, [this, position] { reviewQuoteAt(position, -1); });
        menu.addAction(tr("Change &Speaker…"), this, [this, position] { reviewQuoteAt(position, -2); });
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void MainWindow::reviewQuoteAt(int position, int status)
{
    const Article &article = m_reader->article();
    const QuoteSpan quote = m_reader->quoteAt(position);
    if (!article.id || quote.end <= quote.start)
        return;
    // An existing review of this quote is replaced, so the quote has one word from the analyst.
    QuoteReview review;
    for (const QuoteReview &r : m_annotator->store().quoteReviews(article.id))
        if (r.detectedStart == quote.start && r.detectedEnd == quote.end)
            review = r;
    review.articleId = article.id;
    review.detectedStart = quote.start;
    review.detectedEnd = quote.end;
    review.kind = int(quote.kind);
    if (review.id == 0) {
        review.anchor.start = quote.start;
        review.anchor.end = quote.end;
    }
    QString text;
    if (status == QuoteReview::Confirmed || status == QuoteReview::Rejected) {
        review.status = QuoteReview::Status(status);
        text = status == QuoteReview::Confirmed ? tr("Confirm quote") : tr("Reject quote");
    } else if (status == -1) {
        const auto [start, end] = m_reader->selectedRange();
        review.anchor.start = start;
        review.anchor.end = end;
        review.status = QuoteReview::Confirmed;
        text = tr("Correct quote span");
    } else {
        bool ok = false;
        const QString speaker = QInputDialog::getText(this, tr("Change Speaker"), tr("Who said it:"), QLineEdit::Normal,
                                                      review.speaker.value_or(quote.speaker), &ok)
                                    .trimmed();
        if (!ok)
            return;
        review.speaker = speaker;
        review.speakerEntity = 0;
        review.status = QuoteReview::Confirmed;
        text = tr("Change speaker to “%1”").arg(speaker);
    }
    if (!m_annotator->reviewQuote(review, article.body, text))
        return;
    showStatus(tr("%1 (Ctrl+Z undoes it)").arg(text), 4000);
}

void MainWindow::addQuoteFromSelection()
{
    const Article &article = m_reader->article();
    const auto [start, end] = m_reader->selectedRange();
    if (!article.id || start >= end) {
        showStatus(tr("Select the quoted words first."), 6000);
        return;
    }
    bool ok = false;
    const QString speaker = QInputDialog::getText(this, tr("Add Quote"), tr("Who said it (leave empty if unknown):"),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
    if (!ok)
        return;
    QuoteReview review;
    review.articleId = article.id;
    review.anchor.start = start;
    review.anchor.end = end;
    review.status = QuoteReview::Confirmed;
    review.speaker = speaker;
    if (m_annotator->reviewQuote(review, article.body, tr("Add quote")))
        showStatus(tr("Quote added (Ctrl+Z undoes it)"), 4000);
}

// --- export and import of the analyst's work ---

QList<qint64> MainWindow::selectedArticleIds() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void MainWindow::updateExchangeActions()
{
    if (!m_exportAction)
        return; // not made yet
    const bool open = m_store != nullptr;
    m_exportAction->setEnabled(open);
    m_importAnnotationsAction->setEnabled(open && !isReadOnly() && !isImporting() && !isImportingAnnotations());
}

ExportDialog *MainWindow::showExportDialog()
{
    if (!m_store) {
        showStatus(tr("Open a corpus folder first (Ctrl+O): there is nothing to export yet."), 5000);
        return nullptr;
    }
    if (m_exportDialog) { // one at a time: a second Ctrl+E brings the first one back
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return m_exportDialog;
    }
    auto *dialog = new ExportDialog(m_databasePath, m_folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTags(m_annotator->tags());
    dialog->setOutlets(m_store->outlets());
    QList<qint64> listed;
    listed.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        listed.append(m_model->idAt(row));
    dialog->setArticles(listed, selectedArticleIds(), m_model->corpusCount());
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog](bool ok) {
        if (ok)
            showStatus(dialog->resultMessage(), 10000);
    });
    m_exportDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::chooseAnnotationImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Annotations"), QFileInfo(m_folder).absolutePath(),
                                                      tr("Dossier JSON export (*.json);;All files (*)"));
    if (!file.isEmpty())
        importAnnotations(file);
}

bool MainWindow::importAnnotations(const QString &file)
{
    QString refusal;
    if (!m_store)
        refusal = tr("Open a corpus folder first (Ctrl+O).");
    else if (isReadOnly())
        refusal = m_readOnlyMessage;
    else if (isImporting())
        refusal = tr("Annotations can be imported once the import has finished.");
    else if (isImportingAnnotations())
        refusal = tr("Annotations are being imported already.");
    if (!refusal.isEmpty()) {
        showStatus(refusal, 8000);
        return false;
    }
    // The merge writes in one transaction on its own connection: changes made here meanwhile would
    // wait for it on the GUI thread, so they wait for the merge instead, and say so.
    m_annotator->setReadOnly(true, tr("Changes are possible once the annotations are imported."));
    m_annotationImportCancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<AnnotationImportResult>(this);
    m_annotationImport = watcher;
    auto *progress = new QProgressDialog(tr("Importing annotations from %1…").arg(QFileInfo(file).fileName()), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import Annotations"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    m_annotationImportProgress = progress;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_annotationImportCancel] { cancel->store(true); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, file, path = m_databasePath] { onAnnotationImportFinished(file, path); });
    updateExchangeActions();
    showStatus(tr("Importing annotations from %1…").arg(QDir::toNativeSeparators(file)));
    watcher->setFuture(startAnnotationImport(m_databasePath, file, m_annotationImportCancel));
    return true;
}

void MainWindow::onAnnotationImportFinished(const QString &file, const QString &databasePath)
{
    QFutureWatcher<AnnotationImportResult> *watcher = m_annotationImport;
    m_annotationImport = nullptr;
    m_annotationImportCancel.reset();
    watcher->deleteLater();
    if (m_annotationImportProgress)
        m_annotationImportProgress->close();
    if (databasePath != m_databasePath) { // another corpus was opened meanwhile: the merge is that one's
        updateExchangeActions();
        return;
    }
    const AnnotationImportResult result = watcher->future().resultCount() > 0 ? watcher->result() : AnnotationImportResult{};
    if (!isReadOnly())
        m_annotator->setReadOnly(false);
    updateExchangeActions();
    if (!result.ok) {
        const QString message = result.cancelled ? tr("Import of annotations cancelled; nothing was imported.")
                                                 : tr("Nothing was imported: %1").arg(result.error);
        showStatus(message);
        if (!result.cancelled) { // said, not waited on: the signal below goes out now
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Annotations"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT annotationsImported(result);
        return;
    }
    const AnnotationImporter::Summary &s = result.summary;
    // One step: undo takes the whole merge back (tags made, annotations added, notes merged).
    m_annotator->pushDone(s.change, tr("Import annotations from %1").arg(QFileInfo(file).fileName()));
    m_orphans->refresh();
    QString message = tr("Imported from %1: %2 annotations added (%3 re-found in a changed text, %4 orphaned), %5 already here; "
                         "%6 tags created, %7 notes merged.")
                          .arg(QFileInfo(file).fileName(), QString::number(s.annotationsAdded), QString::number(s.annotationsMoved),
                               QString::number(s.annotationsOrphaned), QString::number(s.annotationsSkipped),
                               QString::number(s.tagsCreated), QString::number(s.notesMerged));
    if (!s.missingArticles.isEmpty())
        message += QLatin1Char(' ') + tr("%1 of the file are not in this corpus (%2 not imported): %3")
                                          .arg(tr("%n articles", nullptr, int(s.missingArticles.size())), tr("%n annotations", nullptr, s.annotationsInMissing),
                                               s.missingArticles.mid(0, 5).join(QLatin1String(", "))
                                                   + (s.missingArticles.size() > 5 ? QStringLiteral(", …") : QString()));
    if (s.annotationsAdded > 0)
        message += QLatin1Char(' ') + tr("Ctrl+Z undoes it.");
    showStatus(message);
    Q_EMIT annotationsImported(result);
}

} // namespace Dossier
