// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookpanel.h"

#include "annotationmodels.h"
#include "annotator.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dossier {

namespace {

// Distinct, readable colours for new tags, in turn.
const char *const kPalette[] = {"#d64541", "#2f6fde", "#1e9e4a", "#e07b12", "#9b4fd6", "#008c8c", "#c2185b", "#6d7f00"};

void setSwatch(QPushButton *button, const QString &color)
{
    button->setText(color);
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; }")
                              .arg(color, QColor(color).lightness() < 140 ? QStringLiteral("white") : QStringLiteral("black")));
}

} // namespace

CodebookPanel::CodebookPanel(Annotator *annotator, TagTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_annotator(annotator)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *title = new QLabel(tr("<b>Codebook</b>"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(title, 1);
    auto button = [this, row](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("+ Tag"), tr("New tag at the top level"), [this] { newTag(0); });
    button(tr("+ Child"), tr("New tag below the selected one"), [this] { newTag(currentTag()); });
    QToolButton *edit = button(tr("Edit…"), tr("Rename, recolour, describe or give a shortcut key"), [this] {
        if (currentTag())
            editTag(currentTag());
    });
    layout->addLayout(row);

    m_filter->setPlaceholderText(tr("Find a tag…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a tag"));
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("codebookView"));
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Codebook"));
    m_view->setAccessibleDescription(tr("Your tags, within one another, with how many annotations carry each"));
    m_view->setHeaderHidden(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setToolTip(tr("Double-click a tag (or press Enter) to tag the selected text; F2 renames; drag to move"));
    layout->addWidget(m_view, 1);
    // Tab as the panel reads: the buttons of the title row, the filter, the tags (the filter and
    // the view were made first).
    setTabOrder(edit, m_filter);
    setTabOrder(m_filter, m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT tagActivated(i.data(TagTreeModel::TagIdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &CodebookPanel::contextMenu);
    m_view->expandAll();
}

qint64 CodebookPanel::currentTag() const
{
    return m_view->currentIndex().data(TagTreeModel::TagIdRole).toLongLong();
}

qint64 CodebookPanel::newTag(qint64 parent)
{
    Tag t;
    t.parent = parent;
    t.color = QString::fromLatin1(kPalette[m_model->tags().size() % std::size(kPalette)]);
    TagDialog dialog(t, m_model->tags(), m_reserved, this);
    dialog.setWindowTitle(parent ? tr("New Tag under “%1”").arg(m_model->path(parent)) : tr("New Tag"));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = m_annotator->createTag(dialog.tag());
    if (!id) {
        QMessageBox::warning(this, tr("Tag not created"), m_annotator->errorString());
        return 0;
    }
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(id));
    m_view->setCurrentIndex(i);
    return id;
}

void CodebookPanel::editTag(qint64 id)
{
    const auto it = std::find_if(m_model->tags().cbegin(), m_model->tags().cend(), [id](const Tag &t) { return t.id == id; });
    if (it == m_model->tags().cend())
        return;
    TagDialog dialog(*it, m_model->tags(), m_reserved, this);
    dialog.setWindowTitle(tr("Edit Tag “%1”").arg(it->name));
    if (dialog.exec() == QDialog::Accepted && !m_annotator->editTag(dialog.tag()))
        QMessageBox::warning(this, tr("Tag not changed"), m_annotator->errorString());
}

void CodebookPanel::mergeTag(qint64 id)
{
    QStringList names;
    QList<qint64> ids;
    for (const Tag &t : m_model->tags()) {
        if (t.id != id) {
            names << m_model->path(t.id);
            ids << t.id;
        }
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Merge Tag"),
                                                 tr("Merge “%1” into (its annotations and children move there):").arg(m_model->path(id)),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    if (!m_annotator->mergeTags(id, ids.at(names.indexOf(choice))))
        QMessageBox::warning(this, tr("Tags not merged"), m_annotator->errorString());
}

void CodebookPanel::deleteTag(qint64 id)
{
    const int impact = m_annotator->deleteImpact(id);
    const QString name = m_model->path(id);
    const QString question = impact > 0
        ? tr("Delete the tag “%1” and the tags below it? %n annotation(s) carry them; they lose these tags, and those "
             "left with no tag, note or claim are deleted. Undo (Ctrl+Z) brings everything back.",
             nullptr, impact)
              .arg(name)
        : tr("Delete the tag “%1” and the tags below it? No annotation carries them.").arg(name);
    if (QMessageBox::question(this, tr("Delete Tag"), question) != QMessageBox::Yes)
        return;
    if (!m_annotator->deleteTag(id))
        QMessageBox::warning(this, tr("Tag not deleted"), m_annotator->errorString());
}

void CodebookPanel::contextMenu(const QPoint &pos)
{
    const qint64 id = m_view->indexAt(pos).data(TagTreeModel::TagIdRole).toLongLong();
    QMenu menu(this);
    if (id) {
        menu.addAction(tr("Tag the Selection"), this, [this, id] { Q_EMIT tagActivated(id); });
        menu.addSeparator();
        menu.addAction(tr("New Child Tag…"), this, [this, id] { newTag(id); });
        menu.addAction(tr("Edit…"), this, [this, id] { editTag(id); });
        menu.addAction(tr("Rename"), this, [this, pos] { m_view->edit(m_view->indexAt(pos)); });
        menu.addAction(tr("Merge Into…"), this, [this, id] { mergeTag(id); });
        menu.addAction(tr("Move to Top Level"), this, [this, id] { m_annotator->moveTag(id, 0, INT_MAX); });
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, id] { deleteTag(id); });
    } else {
        menu.addAction(tr("New Tag…"), this, [this] { newTag(0); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// --- TagDialog ---

TagDialog::TagDialog(const Tag &tag, const QList<Tag> &others, const QHash<QString, QString> &reserved, QWidget *parent)
    : QDialog(parent)
    , m_tag(tag)
    , m_name(new QLineEdit(tag.name, this))
    , m_color(new QPushButton(this))
    , m_description(new QPlainTextEdit(tag.description, this))
    , m_shortcut(new QKeySequenceEdit(QKeySequence::fromString(tag.shortcut, QKeySequence::PortableText), this))
{
    auto *form = new QFormLayout(this);
    m_name->setAccessibleName(tr("Tag name"));
    m_name->setToolTip(tr("The name of the tag, shown in the codebook and the reports"));
    m_color->setAccessibleName(tr("Colour"));
    m_color->setToolTip(tr("The colour that tints the annotations with this tag"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setToolTip(tr("What the tag means, for whoever tags with it"));
    m_shortcut->setAccessibleName(tr("Shortcut"));
    m_shortcut->setToolTip(tr("A key that tags the selection with this tag"));
    form->addRow(tr("&Name:"), m_name);
    setSwatch(m_color, tag.color);
    connect(m_color, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_tag.color), this, tr("Tag Colour"));
        if (c.isValid()) {
            m_tag.color = c.name();
            setSwatch(m_color, m_tag.color);
        }
    });
    form->addRow(tr("&Colour:"), m_color);
    m_description->setMaximumHeight(80);
    form->addRow(tr("&Description:"), m_description);
    m_shortcut->setMaximumSequenceLength(1);
    m_shortcut->setClearButtonEnabled(true);
    form->addRow(tr("&Shortcut:"), m_shortcut);
    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    const auto check = [this, others, reserved, hint, buttons] {
        QString problem;
        const QString name = m_name->text().trimmed();
        const QString keys = m_shortcut->keySequence().toString(QKeySequence::PortableText);
        if (name.isEmpty())
            problem = tr("A tag needs a name.");
        for (const Tag &o : others) {
            if (o.id == m_tag.id)
                continue;
            if (o.parent == m_tag.parent && o.name.compare(name, Qt::CaseInsensitive) == 0)
                problem = tr("There is already a tag named “%1” there.").arg(name);
            if (!keys.isEmpty() && o.shortcut == keys)
                problem = tr("“%1” already uses the shortcut %2.").arg(o.name, m_shortcut->keySequence().toString(QKeySequence::NativeText));
        }
        if (!keys.isEmpty() && reserved.contains(keys))
            problem = tr("%1 is the shortcut of “%2”.").arg(m_shortcut->keySequence().toString(QKeySequence::NativeText), reserved.value(keys));
        hint->setText(problem);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, check);
    connect(m_shortcut, &QKeySequenceEdit::keySequenceChanged, this, check);
    check();
}

Tag TagDialog::tag() const
{
    Tag t = m_tag;
    t.name = m_name->text().trimmed();
    t.description = m_description->toPlainText();
    t.shortcut = m_shortcut->keySequence().toString(QKeySequence::PortableText);
    return t;
}

// --- TagPalette ---

TagPalette::TagPalette(const QList<Tag> &tags, const TagTreeModel *names, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_items(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("tagPalette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter->setPlaceholderText(tr("Tag the selection with… (type, Enter)"));
    m_filter->setAccessibleName(tr("Tag palette"));
    layout->addWidget(m_filter);
    m_list->setAccessibleName(tr("Tags"));
    m_list->setAccessibleDescription(tr("The tags that match what you type; Enter tags the selection"));
    layout->addWidget(m_list);
    for (const Tag &t : tags) {
        auto *item = new QStandardItem(names->path(t.id));
        item->setData(t.id, TagTreeModel::TagIdRole);
        item->setData(QColor(t.color), Qt::DecorationRole);
        if (!t.shortcut.isEmpty())
            item->setToolTip(QKeySequence::fromString(t.shortcut, QKeySequence::PortableText).toString(QKeySequence::NativeText));
        item->setEditable(false);
        m_items->appendRow(item);
    }
    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    resize(360, 300);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    connect(m_list, &QListView::activated, this, &TagPalette::choose);
    m_filter->installEventFilter(this);
}

bool TagPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int row = std::clamp(m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1), 0,
                                       std::max(0, m_proxy->rowCount() - 1));
            m_list->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagPalette::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid()) {
        m_chosen = current.data(TagTreeModel::TagIdRole).toLongLong();
        accept();
    } else if (!m_filter->text().trimmed().isEmpty()) {
        m_newName = m_filter->text().trimmed();
        accept();
    }
}

} // namespace Dossier
