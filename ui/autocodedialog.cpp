// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autocodedialog.h"

#include "analysisstore.h"
#include "annotator.h"
#include "database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

namespace {

constexpr int kPreviewDelayMs = 300; // typing a pattern starts one count, not one per key
constexpr int kConfirmAbove = 20000;  // spans; more than a few seconds of writing

enum ScopeIndex { EverywhereIndex, InsideQuotesIndex, SpeakerIndex };

QString spansText(qsizetype n)
{
    return AutocodeDialog::tr("%n spans", nullptr, int(n));
}

QString articlesText(qsizetype n)
{
    return AutocodeDialog::tr("%n articles", nullptr, int(n));
}

} // namespace

AutocodeDialog::AutocodeDialog(Annotator *annotator, QWidget *parent)
    : QDialog(parent)
    , m_annotator(annotator)
    , m_pattern(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_scope(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_run(m_buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Autocode"));
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_regex->setObjectName(QStringLiteral("regularExpression"));
    m_case->setObjectName(QStringLiteral("matchCase"));
    m_wholeWords->setObjectName(QStringLiteral("wholeWords"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_speaker->setObjectName(QStringLiteral("speaker"));
    m_tag->setObjectName(QStringLiteral("tag"));
    m_regex->setToolTip(tr("Read the pattern as a regular expression"));
    m_case->setToolTip(tr("Match capital and small letters as typed"));
    m_wholeWords->setToolTip(tr("Match whole words only"));
    m_scope->setToolTip(tr("Where to look: everywhere, inside quotes, or in one speaker's quotes"));
    m_speaker->setToolTip(tr("The speaker whose quotes are searched"));
    m_tag->setToolTip(tr("The tag every match gets"));
    m_run->setObjectName(QStringLiteral("run"));
    m_pattern->setPlaceholderText(tr("Text or regular expression to find"));
    m_pattern->setAccessibleName(tr("Pattern"));
    m_pattern->setClearButtonEnabled(true);
    m_scope->addItem(tr("Everywhere"));
    m_scope->addItem(tr("Inside quotes"));
    m_scope->addItem(tr("Quotes by speaker"));
    m_scope->setAccessibleName(tr("Where to look"));
    m_speaker->setEditable(true);
    m_speaker->setInsertPolicy(QComboBox::NoInsert);
    m_speaker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_speaker->completer()->setFilterMode(Qt::MatchContains);
    m_speaker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_speaker->lineEdit()->setPlaceholderText(tr("Loading speakers…"));
    m_speaker->setAccessibleName(tr("Speaker"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("A tag of the codebook, or a new name"));
    m_tag->setAccessibleName(tr("Tag"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Autocode progress"));
    m_run->setDefault(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);

    auto *checks = new QHBoxLayout;
    checks->addWidget(m_regex);
    checks->addWidget(m_case);
    checks->addWidget(m_wholeWords);
    checks->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_pattern);
    form->addRow(QString(), checks);
    form->addRow(tr("&Look in:"), m_scope);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&Tag with:"), m_tag);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_pattern, &QLineEdit::textChanged, this, &AutocodeDialog::schedulePreview);
    for (QCheckBox *box : {m_regex, m_case, m_wholeWords})
        connect(box, &QCheckBox::toggled, this, &AutocodeDialog::schedulePreview);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        schedulePreview();
    });
    connect(m_speaker, &QComboBox::currentTextChanged, this, &AutocodeDialog::schedulePreview);
    connect(m_tag, &QComboBox::currentTextChanged, this, [this] {
        updateState();
        schedulePreview();
    });
    connect(m_previewTimer, &QTimer::timeout, this, &AutocodeDialog::startPreview);
    connect(m_run, &QPushButton::clicked, this, &AutocodeDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AutocodeDialog::reject);
    connect(m_annotator, &Annotator::codebookChanged, this, &AutocodeDialog::fillTags);

    fillTags();
    loadSpeakers();
    updateState();
}

AutocodeDialog::~AutocodeDialog()
{
    // The workers stop between two articles: a short wait.
    for (QFutureWatcher<AutocodeResult> *w : {m_previewWatcher, m_runWatcher}) {
        if (w) {
            w->disconnect(this);
            w->cancel();
            w->waitForFinished();
        }
    }
}

QString AutocodeDialog::databasePath() const
{
    return m_annotator && m_annotator->hasDatabase() ? m_annotator->store().database().databaseName() : QString();
}

void AutocodeDialog::fillTags()
{
    const QString text = m_tag->currentText();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    const QList<Tag> tags = m_annotator->tags();
    const QHash<qint64, QString> paths = tagPaths(tags);
    for (const Tag &t : tags)
        m_tag->addItem(paths.value(t.id), t.id);
    m_tag->setCurrentIndex(-1);
    m_tag->setEditText(text);
}

void AutocodeDialog::loadSpeakers()
{
    const QString path = databasePath();
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<EntityRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<EntityRecord> speakers = watcher->result();
        const QString text = m_speaker->currentText();
        const QSignalBlocker block(m_speaker);
        for (const EntityRecord &e : speakers)
            m_speaker->addItem(tr("%1 (%n quotes)", nullptr, e.mentions).arg(e.name), e.id);
        m_speaker->setCurrentIndex(-1);
        m_speaker->setEditText(text);
        m_speaker->lineEdit()->setPlaceholderText(speakers.isEmpty() ? tr("No speakers found") : tr("A speaker, or any name"));
        Q_EMIT speakersLoaded();
    });
    // The registry may hold hundreds of thousands of names: read on a worker.
    watcher->setFuture(QtConcurrent::run([path] {
        Database db;
        return db.open(path) ? AnalysisStore(db.connection()).speakers() : QList<EntityRecord>();
    }));
}

qint64 AutocodeDialog::chosenTag() const
{
    const QString text = m_tag->currentText().trimmed();
    const int index = m_tag->findText(text, Qt::MatchFixedString); // case-insensitive, as names compare
    return index >= 0 ? m_tag->itemData(index).toLongLong() : -1;
}

AutocodeOptions AutocodeDialog::options() const
{
    AutocodeOptions o;
    o.pattern = m_pattern->text();
    o.regularExpression = m_regex->isChecked();
    o.caseSensitive = m_case->isChecked();
    o.wholeWords = m_wholeWords->isChecked();
    switch (m_scope->currentIndex()) {
    case InsideQuotesIndex:
        o.scope = AutocodeOptions::Scope::InsideQuotes;
        break;
    case SpeakerIndex: {
        o.scope = AutocodeOptions::Scope::Speaker;
        const QString text = m_speaker->currentText();
        const int index = m_speaker->findText(text, Qt::MatchFixedString);
        if (index >= 0)
            o.speakerEntity = m_speaker->itemData(index).toLongLong();
        else
            o.speakerName = text.trimmed();
        break;
    }
    default:
        o.scope = AutocodeOptions::Scope::Everywhere;
    }
    o.tag = std::max<qint64>(chosenTag(), 0);
    return o;
}

bool AutocodeDialog::isRunning() const
{
    return m_runWatcher != nullptr;
}

QString AutocodeDialog::previewText() const
{
    return m_preview->text();
}

void AutocodeDialog::updateState()
{
    const bool running = isRunning();
    for (QWidget *w : std::initializer_list<QWidget *>{m_pattern, m_regex, m_case, m_wholeWords, m_scope, m_tag})
        w->setEnabled(!running);
    m_speaker->setEnabled(!running && m_scope->currentIndex() == SpeakerIndex);
    const bool readOnly = m_annotator->isReadOnly() || !m_annotator->hasDatabase();
    m_run->setEnabled(!running && !readOnly && !m_pattern->text().isEmpty() && !m_tag->currentText().trimmed().isEmpty());
    m_run->setToolTip(readOnly ? m_annotator->readOnlyMessage() : QString());
    m_progress->setVisible(running);
}

void AutocodeDialog::schedulePreview()
{
    updateState();
    if (m_previewWatcher)
        m_previewWatcher->cancel(); // its answer is for a pattern no longer typed
    ++m_previewGeneration;
    m_previewTimer->start();
}

void AutocodeDialog::startPreview()
{
    AutocodeOptions o = options();
    if (o.pattern.isEmpty()) {
        m_preview->clear();
        Q_EMIT previewShown();
        return;
    }
    QString error;
    if (!Autocoder::expression(o, &error).isValid()) {
        m_preview->setText(error);
        Q_EMIT previewShown();
        return;
    }
    if (o.scope == AutocodeOptions::Scope::Speaker && o.speakerEntity == 0 && o.speakerName.isEmpty()) {
        m_preview->setText(tr("Choose a speaker."));
        Q_EMIT previewShown();
        return;
    }
    // A new tag carries nothing yet: count with an id no annotation has.
    o.tag = chosenTag();
    const int generation = m_previewGeneration;
    auto *watcher = new QFutureWatcher<AutocodeResult>(this);
    m_previewWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_previewWatcher == watcher)
            m_previewWatcher = nullptr;
        if (generation != m_previewGeneration || watcher->isCanceled())
            return;
        showPreview(watcher->result());
    });
    m_preview->setText(tr("Counting…"));
    watcher->setFuture(Autocoder::start(databasePath(), o));
}

void AutocodeDialog::showPreview(const AutocodeResult &r)
{
    if (!r.error.isEmpty())
        m_preview->setText(r.error);
    else if (r.skipped > 0)
        m_preview->setText(tr("%1 in %2 to tag (%3).")
                               .arg(spansText(r.annotations.size()), articlesText(r.articles), tr("%n of them tagged already", nullptr, r.skipped)));
    else
        m_preview->setText(tr("%1 in %2 to tag.").arg(spansText(r.annotations.size()), articlesText(r.articles)));
    Q_EMIT previewShown();
}

void AutocodeDialog::run()
{
    if (isRunning())
        return;
    m_runOptions = options();
    QString error;
    if (!Autocoder::expression(m_runOptions, &error).isValid()) {
        m_preview->setText(error);
        return;
    }
    if (m_tag->currentText().trimmed().isEmpty()) {
        m_preview->setText(tr("Choose a tag, or type the name of a new one."));
        return;
    }
    m_runOptions.tag = chosenTag();
    m_previewTimer->stop();
    ++m_previewGeneration;
    auto *watcher = new QFutureWatcher<AutocodeResult>(this);
    m_runWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, &AutocodeDialog::finishRun);
    m_progress->setRange(0, 0);
    m_preview->setText(tr("Searching…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Stop the search; nothing is tagged"));
    updateState();
    watcher->setFuture(Autocoder::start(databasePath(), m_runOptions));
}

void AutocodeDialog::cancelRun()
{
    if (m_runWatcher)
        m_runWatcher->cancel();
}

void AutocodeDialog::reject()
{
    if (isRunning()) {
        cancelRun(); // Cancel while searching stops the search, and the dialog stays
        return;
    }
    QDialog::reject();
}

void AutocodeDialog::finishRun()
{
    QFutureWatcher<AutocodeResult> *watcher = m_runWatcher;
    m_runWatcher = nullptr;
    watcher->deleteLater();
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(QString());
    updateState();
    if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
        m_preview->setText(tr("Cancelled; nothing was tagged."));
        return;
    }
    AutocodeResult result = watcher->result();
    if (!result.error.isEmpty()) {
        m_preview->setText(result.error);
        return;
    }
    if (result.annotations.isEmpty()) {
        m_preview->setText(result.skipped > 0 ? tr("Nothing new to tag: all %1 matches have the tag already.").arg(result.skipped)
                                              : tr("No matches; nothing was tagged."));
        return;
    }
    // Written on this thread, in one transaction (about 0.2 ms a span): a pattern that matches
    // nearly every word is most likely a slip, so ask before a long wait.
    if (result.annotations.size() > kConfirmAbove
        && QMessageBox::question(this, tr("Autocode"),
                                 tr("This tags %1 in %2, which takes a while to write. Tag them all?")
                                     .arg(spansText(result.annotations.size()), articlesText(result.articles)))
            != QMessageBox::Yes) {
        m_preview->setText(tr("Nothing was tagged."));
        return;
    }
    // A new tag and its annotations are one undo step.
    QUndoStack *stack = m_annotator->undoStack();
    const QString stepText = tr("Autocode “%1”").arg(m_runOptions.pattern);
    const bool newTag = m_runOptions.tag < 0;
    if (newTag) {
        stack->beginMacro(stepText);
        // "Parent/Child" names a nested tag, as on the command line.
        m_runOptions.tag = m_annotator->tagForPath(m_tag->currentText().trimmed());
    }
    int added = 0;
    if (m_runOptions.tag > 0) {
        for (Annotation &a : result.annotations)
            a.tags = {m_runOptions.tag};
        added = Autocoder::apply(m_annotator, result, m_runOptions);
    }
    if (newTag)
        stack->endMacro();
    if (added == 0) {
        m_preview->setText(tr("Nothing was tagged: %1").arg(m_annotator->errorString()));
        return;
    }
    m_resultMessage = tr("Tagged %1 in %2 (%3 undoes it)")
                          .arg(spansText(added), articlesText(result.articles),
                               QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    accept();
}

} // namespace Dossier
