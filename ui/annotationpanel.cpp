// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpanel.h"

#include "annotationmodels.h"
#include "annotator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dossier {

namespace {

// Saves a note when focus leaves it.
class FocusOutFilter final : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut)
        : QObject(parent)
        , m_onFocusOut(std::move(onFocusOut))
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return false;
    }

private:
    std::function<void()> m_onFocusOut;
};

constexpr int kNoteDelayMs = 800;

} // namespace

AnnotationPanel::AnnotationPanel(Annotator *annotator, TagTreeModel *tags, QWidget *parent)
    : QWidget(parent)
    , m_annotator(annotator)
    , m_tags(tags)
    , m_model(new AnnotationListModel(this))
    , m_articleNote(new QPlainTextEdit(this))
    , m_list(new QTreeView(this))
    , m_editor(new QGroupBox(tr("Selected annotation"), this))
    , m_tagsLabel(new QLabel(this))
    , m_removeTag(new QPushButton(tr("Remove Tag"), this))
    , m_note(new QPlainTextEdit(this))
    , m_isClaim(new QCheckBox(tr("This is a &claim"), this))
    , m_status(new QComboBox(this))
    , m_claimant(new QComboBox(this))
    , m_evidence(new QListWidget(this))
    , m_removeEvidence(new QPushButton(tr("Remove"), this))
    , m_articleNoteTimer(new QTimer(this))
    , m_noteTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    m_articleNote->setObjectName(QStringLiteral("articleNote"));
    m_articleNote->setPlaceholderText(tr("Note on this article (saved as you type)"));
    m_articleNote->setAccessibleName(tr("Note on this article"));
    m_articleNote->setToolTip(tr("A note on the whole article, saved as you type (Ctrl+Shift+M)"));
    m_articleNote->setMaximumHeight(64);
    m_articleNote->setTabChangesFocus(true);
    layout->addWidget(m_articleNote);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_list->setObjectName(QStringLiteral("annotationsView"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Annotations of this article"));
    m_list->setAccessibleDescription(tr("Choose an annotation to edit its tags, note and claim below"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(AnnotationListModel::TextColumn, 160);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    split->addWidget(m_list);

    auto *form = new QFormLayout(m_editor);
    auto *tagRow = new QHBoxLayout;
    m_tagsLabel->setWordWrap(true);
    tagRow->addWidget(m_tagsLabel, 1);
    auto *addTag = new QPushButton(tr("Add Tag…"), this);
    addTag->setToolTip(tr("Add a tag to the selected annotation"));
    m_removeTag->setToolTip(tr("Remove a tag from the selected annotation"));
    tagRow->addWidget(addTag);
    tagRow->addWidget(m_removeTag);
    form->addRow(tr("Tags:"), tagRow);
    m_note->setPlaceholderText(tr("Why this matters, what to check…"));
    m_note->setAccessibleName(tr("Note on the annotation"));
    m_note->setToolTip(tr("A note on the selected annotation, saved as you type"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    form->addRow(tr("Note:"), m_note);
    m_isClaim->setToolTip(tr("Mark the passage as a claim to check, with a verdict, a claimant and evidence"));
    form->addRow(m_isClaim);
    for (int i = 0; i < claimStatusCount; ++i)
        m_status->addItem(claimStatusLabel(ClaimStatus(i)), i);
    m_status->setAccessibleName(tr("Verdict"));
    m_status->setToolTip(tr("Where the check of the claim stands"));
    form->addRow(tr("Verdict:"), m_status);
    m_claimant->setAccessibleName(tr("Claimant"));
    m_claimant->setToolTip(tr("Who made the claim: a person or organisation of the corpus"));
    form->addRow(tr("Claimant:"), m_claimant);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setAccessibleDescription(tr("Links that support or refute the claim, with notes"));
    m_evidence->setMaximumHeight(70);
    form->addRow(tr("Evidence:"), m_evidence);
    auto *evidenceRow = new QHBoxLayout;
    auto *addEvidence = new QPushButton(tr("Add Link…"), this);
    addEvidence->setToolTip(tr("Add a link as evidence for the claim"));
    m_removeEvidence->setToolTip(tr("Remove the chosen link"));
    evidenceRow->addStretch(1);
    evidenceRow->addWidget(addEvidence);
    evidenceRow->addWidget(m_removeEvidence);
    form->addRow(evidenceRow);
    auto *remove = new QPushButton(tr("Delete Annotation"), this);
    remove->setToolTip(tr("Delete the selected annotation (Ctrl+Delete; Ctrl+Z brings it back)"));
    form->addRow(remove);
    // Tab follows the form: the buttons were made after the fields they sit beside.
    setTabOrder(m_list, addTag);
    setTabOrder(m_evidence, addEvidence);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    layout->addWidget(split, 1);
    m_editor->setEnabled(false);

    m_articleNoteTimer->setSingleShot(true);
    m_articleNoteTimer->setInterval(kNoteDelayMs);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteDelayMs);
    connect(m_articleNoteTimer, &QTimer::timeout, this, &AnnotationPanel::saveArticleNote);
    connect(m_noteTimer, &QTimer::timeout, this, &AnnotationPanel::saveNote);
    connect(m_articleNote, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_articleNoteTimer->start();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_noteTimer->start();
    });
    m_articleNote->installEventFilter(new FocusOutFilter(this, [this] { saveArticleNote(); }));
    m_note->installEventFilter(new FocusOutFilter(this, [this] { saveNote(); }));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        saveNote();
        showCurrent();
        if (current.isValid() && current.data(AnnotationListModel::AnchorRole).toInt() != int(AnchorState::Orphaned))
            Q_EMIT rangeRequested(current.data(AnnotationListModel::StartRole).toInt(),
                                  current.data(AnnotationListModel::EndRole).toInt());
    });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (i.data(AnnotationListModel::AnchorRole).toInt() != int(AnchorState::Orphaned))
            Q_EMIT rangeRequested(i.data(AnnotationListModel::StartRole).toInt(), i.data(AnnotationListModel::EndRole).toInt());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const qint64 id = m_list->indexAt(pos).data(AnnotationListModel::IdRole).toLongLong();
        if (!id)
            return;
        QMenu menu(this);
        menu.addAction(tr("Add Tag…"), this, [this, id] { Q_EMIT addTagRequested(id); });
        menu.addAction(tr("Delete Annotation"), this, [this, id] { m_annotator->deleteAnnotation(id); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(addTag, &QPushButton::clicked, this, [this] {
        if (currentAnnotation())
            Q_EMIT addTagRequested(currentAnnotation());
    });
    connect(m_removeTag, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(currentAnnotation());
        if (row < 0)
            return;
        QMenu menu(this);
        for (qint64 t : m_model->annotation(row).tags) {
            menu.addAction(m_tags->path(t), this, [this, t] {
                editCurrent([t](Annotation &a) { a.tags.removeAll(t); }, tr("Remove tag"));
            });
        }
        menu.exec(m_removeTag->mapToGlobal(QPoint(0, m_removeTag->height())));
    });
    connect(m_isClaim, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        editCurrent([this, on](Annotation &a) {
            if (on)
                a.claim = ClaimStatus(m_status->currentData().toInt());
            else
                a.claim.reset();
        }, on ? tr("Mark as claim") : tr("Unmark claim"));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        editCurrent([this](Annotation &a) { a.claim = ClaimStatus(m_status->currentData().toInt()); },
                    tr("Set verdict: %1").arg(m_status->currentText()));
    });
    connect(m_claimant, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        editCurrent([this](Annotation &a) { a.claimant = m_claimant->currentData().toLongLong(); }, tr("Set claimant"));
    });
    connect(addEvidence, &QPushButton::clicked, this, [this] {
        if (!currentAnnotation())
            return;
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Add Evidence"), tr("Link (a URL, or the path of another article):"),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
        if (!ok || url.isEmpty())
            return;
        const QString note = QInputDialog::getText(this, tr("Add Evidence"), tr("What it shows (optional):"), QLineEdit::Normal,
                                                   QString(), &ok);
        editCurrent([&](Annotation &a) { a.evidence << Evidence{url, note}; }, tr("Add evidence"));
    });
    connect(m_removeEvidence, &QPushButton::clicked, this, [this] {
        const int at = m_evidence->currentRow();
        if (at < 0)
            return;
        editCurrent([at](Annotation &a) {
            if (at < a.evidence.size())
                a.evidence.removeAt(at);
        }, tr("Remove evidence"));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (currentAnnotation())
            m_annotator->deleteAnnotation(currentAnnotation());
    });
    connect(m_annotator, &Annotator::articlesChanged, this, [this](const QSet<qint64> &ids) {
        if (m_article && (ids.isEmpty() || ids.contains(m_article)))
            reload();
    });
    connect(m_annotator, &Annotator::codebookChanged, this, [this] {
        if (m_article)
            reload();
    });
}

void AnnotationPanel::setArticle(qint64 articleId, const QList<QPair<qint64, QString>> &entities)
{
    flushNotes();
    m_article = articleId;
    m_entities = entities;
    reload();
}

void AnnotationPanel::clear()
{
    setArticle(0, {});
}

void AnnotationPanel::flushNotes()
{
    saveArticleNote();
    saveNote();
}

void AnnotationPanel::reload()
{
    const qint64 current = currentAnnotation();
    QHash<qint64, QString> names;
    QHash<qint64, QColor> colors;
    for (const Tag &t : m_tags->tags()) {
        names.insert(t.id, m_tags->path(t.id));
        colors.insert(t.id, QColor(t.color));
    }
    const bool ok = m_article && m_annotator->hasDatabase();
    m_model->setAnnotations(ok ? m_annotator->store().annotations(m_article) : QList<Annotation>(), names, colors);
    m_updating = true;
    const QString note = ok ? m_annotator->store().articleNote(m_article).note : QString();
    // Text being typed is not replaced by what the database still has (it is saved when typing stops).
    if (m_articleNoteFor != m_article || (!m_articleNoteTimer->isActive() && m_articleNote->toPlainText() != note))
        m_articleNote->setPlainText(note);
    m_articleNoteFor = m_article;
    m_articleNote->setEnabled(ok);
    m_updating = false;
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

qint64 AnnotationPanel::currentAnnotation() const
{
    return m_list->currentIndex().data(AnnotationListModel::IdRole).toLongLong();
}

void AnnotationPanel::showCurrent()
{
    const int row = m_model->rowOf(currentAnnotation());
    m_updating = true;
    m_editor->setEnabled(row >= 0);
    if (row < 0) {
        m_tagsLabel->clear();
        m_note->clear();
        m_noteFor = 0;
        m_isClaim->setChecked(false);
        m_evidence->clear();
        m_claimant->clear();
        m_updating = false;
        return;
    }
    const Annotation &a = m_model->annotation(row);
    QStringList tags;
    for (qint64 t : a.tags)
        tags << m_tags->path(t);
    m_tagsLabel->setText(tags.isEmpty() ? tr("(none)") : tags.join(QStringLiteral(", ")));
    m_removeTag->setEnabled(!a.tags.isEmpty());
    if (m_noteFor != a.id || (!m_noteTimer->isActive() && m_note->toPlainText() != a.note))
        m_note->setPlainText(a.note);
    m_noteFor = a.id;
    m_isClaim->setChecked(a.isClaim());
    m_status->setEnabled(a.isClaim());
    m_claimant->setEnabled(a.isClaim());
    m_status->setCurrentIndex(m_status->findData(int(a.claim.value_or(ClaimStatus::Unverified))));
    m_claimant->clear();
    m_claimant->addItem(tr("(nobody)"), qint64(0));
    bool found = a.claimant == 0;
    for (const auto &[id, name] : std::as_const(m_entities)) {
        m_claimant->addItem(name, id);
        found = found || id == a.claimant;
    }
    if (!found)
        m_claimant->addItem(tr("Entity %1").arg(a.claimant), a.claimant);
    m_claimant->setCurrentIndex(m_claimant->findData(a.claimant));
    m_evidence->clear();
    for (const Evidence &e : a.evidence)
        m_evidence->addItem(e.note.isEmpty() ? e.url : QStringLiteral("%1 — %2").arg(e.url, e.note));
    m_removeEvidence->setEnabled(!a.evidence.isEmpty());
    m_updating = false;
}

void AnnotationPanel::saveArticleNote()
{
    m_articleNoteTimer->stop();
    if (!m_articleNoteFor || !m_annotator->hasDatabase())
        return;
    const QString text = m_articleNote->toPlainText();
    if (m_annotator->store().articleNote(m_articleNoteFor).note != text)
        m_annotator->setArticleNote(m_articleNoteFor, text);
}

void AnnotationPanel::saveNote()
{
    m_noteTimer->stop();
    if (!m_noteFor || !m_annotator->hasDatabase())
        return;
    const std::optional<Annotation> a = m_annotator->store().annotation(m_noteFor);
    if (!a || a->note == m_note->toPlainText())
        return;
    Annotation changed = *a;
    changed.note = m_note->toPlainText();
    m_annotator->editAnnotation(changed, tr("Edit note"));
}

void AnnotationPanel::editCurrent(const std::function<void(Annotation &)> &change, const QString &text)
{
    const qint64 id = currentAnnotation();
    if (!id || !m_annotator->hasDatabase())
        return;
    std::optional<Annotation> a = m_annotator->store().annotation(id);
    if (!a)
        return;
    change(*a);
    m_annotator->editAnnotation(*a, text);
}

} // namespace Dossier
