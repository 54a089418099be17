// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Dossier {

namespace {

const QString kFormatKey = QStringLiteral("export/format");
const QString kDirectoryKey = QStringLiteral("export/directory");

QListWidget *checkList(const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setUniformItemSizes(true);
    list->setMinimumHeight(90);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QVariant &data)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, data);
}

QList<QVariant> checkedData(const QListWidget *list)
{
    QList<QVariant> data;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            data.append(list->item(i)->data(Qt::UserRole));
    return data;
}

bool isReport(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::Pdf;
}

QString fileFilter(ExportFormat format)
{
    return QStringLiteral("%1 (*.%2)").arg(exportFormatLabel(format), exportFormatSuffix(format));
}

} // namespace

ExportDialog::ExportDialog(const QString &databasePath, const QString &corpusFolder, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_allArticles(new QRadioButton(tr("&All articles"), this))
    , m_listedArticles(new QRadioButton(tr("Articles in the &list"), this))
    , m_selectedArticles(new QRadioButton(tr("Sele&cted articles"), this))
    , m_outlets(checkList(tr("Outlets"), this))
    , m_dated(new QCheckBox(tr("&Published between"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_tags(checkList(tr("Tags"), this))
    , m_statuses(checkList(tr("Verdicts"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Export"));
    m_format->setObjectName(QStringLiteral("format"));
    m_path->setObjectName(QStringLiteral("path"));
    m_outlets->setObjectName(QStringLiteral("outlets"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_statuses->setObjectName(QStringLiteral("statuses"));
    m_export->setObjectName(QStringLiteral("export"));
    m_allArticles->setObjectName(QStringLiteral("allArticles"));
    m_listedArticles->setObjectName(QStringLiteral("listedArticles"));
    m_selectedArticles->setObjectName(QStringLiteral("selectedArticles"));
    m_dated->setObjectName(QStringLiteral("dated"));
    m_format->setAccessibleName(tr("Format"));
    m_path->setAccessibleName(tr("File to write"));
    for (ExportFormat f : exportFormats())
        m_format->addItem(exportFormatLabel(f), int(f));
    setUpDateRange(m_from, m_to);
    // What each control does, for tooltips and screen readers.
    m_format->setToolTip(tr("A report to read (HTML, PDF) or the annotations as data (CSV, JSON, REFI-QDA, Web Annotation)"));
    m_path->setToolTip(tr("The file to write; its suffix follows the format"));
    m_browse->setToolTip(tr("Choose the file to write"));
    m_allArticles->setToolTip(tr("Every article of the corpus"));
    m_listedArticles->setToolTip(tr("The articles the list shows with its filters"));
    m_selectedArticles->setToolTip(tr("The articles selected in the list (Ctrl+click, Shift+click)"));
    m_dated->setToolTip(tr("Only the articles published between the two dates"));
    m_outlets->setAccessibleDescription(tr("Tick outlets to export only their articles; none ticked: all"));
    m_tags->setAccessibleDescription(tr("Tick tags to export only the annotations that have one; none ticked: all"));
    m_statuses->setAccessibleDescription(tr("Tick verdicts to export only the claims that have one; none ticked: all"));
    for (int i = 0; i < claimStatusCount; ++i)
        addCheckItem(m_statuses, claimStatusLabel(ClaimStatus(i)), i);
    m_allArticles->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Export progress"));
    m_export->setDefault(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *articles = new QGroupBox(tr("Articles"), this);
    auto *articleLayout = new QGridLayout(articles);
    articleLayout->addWidget(m_allArticles, 0, 0, 1, 3);
    articleLayout->addWidget(m_listedArticles, 1, 0, 1, 3);
    articleLayout->addWidget(m_selectedArticles, 2, 0, 1, 3);
    articleLayout->addWidget(m_dated, 3, 0);
    articleLayout->addWidget(m_from, 3, 1);
    articleLayout->addWidget(m_to, 3, 2);
    auto *outletLabel = new QLabel(tr("&Outlets (none ticked: all):"), articles);
    outletLabel->setBuddy(m_outlets);
    articleLayout->addWidget(outletLabel, 4, 0, 1, 3);
    articleLayout->addWidget(m_outlets, 5, 0, 1, 3);

    auto *annotations = new QGroupBox(tr("Annotations"), this);
    auto *annotationLayout = new QGridLayout(annotations);
    auto *tagLabel = new QLabel(tr("&Tags, with the tags below them (none ticked: all):"), annotations);
    tagLabel->setBuddy(m_tags);
    auto *statusLabel = new QLabel(tr("&Verdicts (none ticked: all):"), annotations);
    statusLabel->setBuddy(m_statuses);
    annotationLayout->addWidget(tagLabel, 0, 0);
    annotationLayout->addWidget(m_tags, 1, 0);
    annotationLayout->addWidget(statusLabel, 2, 0);
    annotationLayout->addWidget(m_statuses, 3, 0);
    auto *hint = new QLabel(tr("With tags or verdicts ticked, only the annotations that have one are exported, and only the "
                               "articles that keep one."),
                            annotations);
    hint->setWordWrap(true);
    annotationLayout->addWidget(hint, 4, 0);

    auto *groups = new QHBoxLayout;
    groups->addWidget(articles, 1);
    groups->addWidget(annotations, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(groups, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    // Tab goes as the eye does: the format and file, the articles column top to bottom (its date
    // row before its outlets), then the annotations column.
    QWidget::setTabOrder({m_format, m_path, m_browse, m_allArticles, m_listedArticles, m_selectedArticles, m_dated, m_from, m_to, m_outlets,
                          m_tags, m_statuses});
    resize(760, 560);

    const QSettings settings;
    const std::optional<ExportFormat> last = exportFormatFromName(settings.value(kFormatKey).toString());
    setFormat(last.value_or(ExportFormat::Html));
    const QString directory = settings.value(kDirectoryKey).toString();
    const QFileInfo folder(corpusFolder);
    const QString base = folder.fileName().isEmpty() ? QStringLiteral("dossier") : folder.fileName();
    const QString dir = !directory.isEmpty() && QFileInfo(directory).isDir() ? directory : folder.absolutePath();
    const ExportFormat f = format();
    m_path->setText(QDir(dir).filePath(QStringLiteral("%1-%2.%3")
                                           .arg(base, isReport(f) ? QStringLiteral("report") : QStringLiteral("annotations"),
                                                exportFormatSuffix(f))));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        updateState();
    });
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &ExportDialog::updateState);
    for (QRadioButton *r : {m_allArticles, m_listedArticles, m_selectedArticles})
        connect(r, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setArticles({}, {}, 0);
}

ExportDialog::~ExportDialog()
{
    // The worker stops before its next article and removes its unfinished file.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

void ExportDialog::setTags(const QList<Tag> &tags)
{
    m_tags->clear();
    const QHash<qint64, QString> paths = tagPaths(tags);
    for (const Tag &t : tags)
        addCheckItem(m_tags, paths.value(t.id), paths.value(t.id));
}

void ExportDialog::setOutlets(const QStringList &outlets)
{
    m_outlets->clear();
    for (const QString &o : outlets)
        addCheckItem(m_outlets, o, o);
}

void ExportDialog::setArticles(const QList<qint64> &listed, const QList<qint64> &selected, int corpusCount)
{
    m_listed = listed;
    m_selected = selected;
    m_allArticles->setText(tr("&All articles (%1)").arg(corpusCount));
    m_listedArticles->setText(tr("Articles in the &list (%1)").arg(listed.size()));
    m_selectedArticles->setText(tr("Sele&cted articles (%1)").arg(selected.size()));
    m_selectedArticles->setEnabled(!selected.isEmpty());
    if (selected.isEmpty() && m_selectedArticles->isChecked())
        m_allArticles->setChecked(true);
    updateState();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

ExportFilter ExportDialog::filter() const
{
    ExportFilter f;
    for (const QVariant &v : checkedData(m_outlets))
        f.outlets << v.toString();
    for (const QVariant &v : checkedData(m_tags))
        f.tags << v.toString();
    for (const QVariant &v : checkedData(m_statuses))
        f.statuses << ClaimStatus(v.toInt());
    if (m_dated->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (m_listedArticles->isChecked())
        f.articles = m_listed;
    else if (m_selectedArticles->isChecked())
        f.articles = m_selected;
    return f;
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

QString ExportDialog::problem() const
{
    const QString path = outputPath();
    if (path.isEmpty())
        return tr("Choose the file to write.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder: choose a file name.").arg(QDir::toNativeSeparators(path));
    if (!info.absoluteDir().exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (m_dated->isChecked() && m_from->date() > m_to->date())
        return tr("The first date is after the last.");
    if (m_listedArticles->isChecked() && m_listed.isEmpty())
        return tr("The list shows no articles.");
    if (m_selectedArticles->isChecked() && m_selected.isEmpty())
        return tr("No articles are selected.");
    return QString();
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_path, m_browse, m_allArticles, m_listedArticles, m_dated, m_outlets, m_tags,
                                                       m_statuses})
        w->setEnabled(!running);
    m_selectedArticles->setEnabled(!running && !m_selected.isEmpty());
    m_from->setEnabled(!running && m_dated->isChecked());
    m_to->setEnabled(!running && m_dated->isChecked());
    m_export->setEnabled(!running);
    m_progress->setVisible(running);
    if (!running)
        m_status->setText(problem());
}

void ExportDialog::formatChanged()
{
    // The file follows the format: report.html becomes report.pdf.
    const ExportFormat f = format();
    const QString path = outputPath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        const bool known = suffix.isEmpty() || exportFormatFromName(suffix).has_value();
        if (known && suffix != exportFormatSuffix(f)) {
            const QString stem = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
            m_path->setText(stem + QLatin1Char('.') + exportFormatSuffix(f));
        }
    }
    updateState();
}

void ExportDialog::browse()
{
    const ExportFormat f = format();
    QString path = QFileDialog::getSaveFileName(this, tr("Export To"), outputPath(), fileFilter(f), nullptr,
                                                QFileDialog::DontConfirmOverwrite); // accept() asks
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + exportFormatSuffix(f);
    m_path->setText(path);
}

void ExportDialog::accept()
{
    if (isRunning())
        return;
    const QString why = problem();
    if (!why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    const QString path = QFileInfo(outputPath()).absoluteFilePath();
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, tr("Export"), tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return;
    ExportRequest request;
    request.databasePath = m_databasePath;
    request.format = format();
    request.filter = filter();
    request.outputPath = path;
    request.exportTime = m_exportTime;
    m_runPath = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finishExport);
    m_progress->setRange(0, 0);
    updateState();
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Stop the export; no file is written"));
    watcher->setFuture(startExport(request, m_cancel));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::finishExport()
{
    QFutureWatcher<ExportResult> *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(QString());
    const ExportResult result = watcher->future().resultCount() > 0 ? watcher->result() : ExportResult{};
    updateState();
    if (!result.ok) {
        m_status->setText(result.cancelled ? tr("Cancelled; no file was written.")
                                           : tr("The export failed: %1").arg(result.error.isEmpty() ? tr("unknown error") : result.error));
        Q_EMIT exportFinished(false);
        return;
    }
    QSettings settings;
    settings.setValue(kFormatKey, exportFormatName(format()));
    settings.setValue(kDirectoryKey, QFileInfo(m_runPath).absolutePath());
    m_resultMessage = tr("Exported %1 in %2 to %3.")
                          .arg(tr("%n annotations", nullptr, result.annotations), tr("%n articles", nullptr, result.articles),
                               QDir::toNativeSeparators(m_runPath));
    Q_EMIT exportFinished(true);
    QDialog::accept();
}

void setUpDateRange(QDateEdit *from, QDateEdit *to)
{
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    from->setAccessibleName(ExportDialog::tr("Published from"));
    to->setAccessibleName(ExportDialog::tr("Published until"));
    from->setToolTip(ExportDialog::tr("The first day of the date range"));
    to->setToolTip(ExportDialog::tr("The last day of the date range"));
    from->setDate(QDate(2000, 1, 1));
    to->setDate(QDate::currentDate());
}

} // namespace Dossier
