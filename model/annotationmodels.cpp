// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmodels.h"

#include "annotator.h"

#include <QColor>
#include <QIODevice>
#include <QMimeData>

namespace Dossier {

namespace {
const QString tagMime = QStringLiteral("application/x-dossier-tag-id");

// A QColor decoration: views draw it as a swatch (no pixmap, so the model works without a GUI).
QColor swatch(const QColor &color)
{
    return color.isValid() ? color : QColor(Qt::gray);
}
} // namespace

// --- TagTreeModel ---

TagTreeModel::TagTreeModel(Annotator *annotator, QObject *parent)
    : QAbstractItemModel(parent)
    , m_annotator(annotator)
{
    connect(annotator, &Annotator::codebookChanged, this, &TagTreeModel::reload);
    // Counts change with annotations too.
    connect(annotator, &Annotator::articlesChanged, this, [this] {
        if (!m_annotator || !m_annotator->hasDatabase())
            return;
        m_counts = m_annotator->store().tagCounts();
        if (!m_tags.isEmpty())
            Q_EMIT dataChanged(index(0, CountColumn), index(rowCount() - 1, CountColumn));
        for (const Tag &t : std::as_const(m_tags)) {
            const QModelIndex i = indexOf(t.id);
            if (rowCount(i) > 0)
                Q_EMIT dataChanged(index(0, CountColumn, i), index(rowCount(i) - 1, CountColumn, i));
        }
    });
    reload();
}

void TagTreeModel::reload()
{
    beginResetModel();
    m_tags.clear();
    m_tagIndex.clear();
    m_nodes.clear();
    m_counts.clear();
    if (m_annotator && m_annotator->hasDatabase()) {
        m_tags = m_annotator->store().tags();
        m_counts = m_annotator->store().tagCounts();
    }
    m_nodes.insert(0, Node{});
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        const Tag &t = m_tags.at(i);
        m_tagIndex.insert(t.id, i);
        // tags() lists parents before children; a tag whose parent is unknown shows at the top.
        const qint64 parent = m_nodes.contains(t.parent) ? t.parent : 0;
        Node &p = m_nodes[parent];
        Node n;
        n.id = t.id;
        n.parent = parent;
        n.row = int(p.children.size());
        p.children << t.id;
        m_nodes.insert(t.id, n);
    }
    endResetModel();
}

const Tag *TagTreeModel::tagOf(qint64 id) const
{
    const auto it = m_tagIndex.constFind(id);
    return it == m_tagIndex.cend() ? nullptr : &m_tags.at(*it);
}

QModelIndex TagTreeModel::indexOf(qint64 tagId) const
{
    const auto it = m_nodes.constFind(tagId);
    if (tagId == 0 || it == m_nodes.cend())
        return {};
    return createIndex(it->row, 0, quintptr(tagId));
}

QString TagTreeModel::path(qint64 tagId) const
{
    QStringList parts;
    for (const Tag *t = tagOf(tagId); t; t = t->parent ? tagOf(t->parent) : nullptr)
        parts.prepend(t->name);
    return parts.join(QLatin1Char('/'));
}

QColor TagTreeModel::color(qint64 tagId) const
{
    const Tag *t = tagOf(tagId);
    return t ? QColor(t->color) : QColor();
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const qint64 p = parent.isValid() ? qint64(parent.internalId()) : 0;
    const auto it = m_nodes.constFind(p);
    if (it == m_nodes.cend() || row < 0 || row >= it->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(it->children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_nodes.constFind(qint64(child.internalId()));
    if (it == m_nodes.cend() || it->parent == 0)
        return {};
    return createIndex(m_nodes.value(it->parent).row, 0, quintptr(it->parent));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const qint64 p = parent.isValid() ? qint64(parent.internalId()) : 0;
    return int(m_nodes.value(p).children.size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Tag *t = tagOf(qint64(index.internalId()));
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return m_counts.value(t->id);
        return t->name;
    case Qt::EditRole:
        return t->name;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(swatch(QColor(t->color))) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = path(t->id);
        if (!t->shortcut.isEmpty())
            tip += QStringLiteral(" (%1)").arg(t->shortcut);
        if (!t->description.isEmpty())
            tip += QLatin1Char('\n') + t->description;
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TagIdRole:
        return t->id;
    case ColorRole:
        return QColor(t->color);
    case ShortcutRole:
        return t->shortcut;
    case PathRole:
        return path(t->id);
    case DescriptionRole:
        return t->description;
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn || !m_annotator)
        return false;
    const Tag *t = tagOf(qint64(index.internalId()));
    if (!t)
        return false;
    Tag changed = *t;
    changed.name = value.toString();
    return m_annotator->editTag(changed); // codebookChanged() reloads
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Tag") : tr("Uses");
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {tagMime};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (i.isValid()) {
            auto *data = new QMimeData;
            data->setData(tagMime, QByteArray::number(qint64(i.internalId())));
            return data;
        }
    }
    return nullptr;
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!data || !data->hasFormat(tagMime) || action != Qt::MoveAction || !m_annotator)
        return false;
    const qint64 id = data->data(tagMime).toLongLong();
    const qint64 newParent = parent.isValid() ? qint64(parent.internalId()) : 0;
    if (row < 0)
        row = rowCount(parent); // dropped on a tag: last among its children
    // Rows count the dragged tag itself when it stays among the same siblings.
    const Tag *t = tagOf(id);
    if (t && t->parent == newParent && m_nodes.value(id).row < row)
        --row;
    // The model is reloaded by codebookChanged(); returning false keeps the view from removing
    // the dragged row itself.
    m_annotator->moveTag(id, newParent, row);
    return false;
}

// --- AnnotationListModel ---

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationListModel::setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QString> &tagNames,
                                         const QHash<qint64, QColor> &tagColors)
{
    beginResetModel();
    m_annotations = annotations;
    m_tagNames = tagNames;
    m_tagColors = tagColors;
    endResetModel();
}

void AnnotationListModel::clear()
{
    setAnnotations({}, {}, {});
}

int AnnotationListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_annotations.size(); ++i)
        if (m_annotations.at(i).id == id)
            return int(i);
    return -1;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_annotations.size())
        return {};
    const Annotation &a = m_annotations.at(index.row());
    QStringList tags;
    for (qint64 t : a.tags)
        tags << m_tagNames.value(t, tr("(deleted tag)"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn: {
            QString text = a.anchor.exact.simplified();
            if (text.size() > 80)
                text = text.left(79) + QChar(0x2026);
            if (a.anchor.state == AnchorState::Orphaned)
                text = tr("[orphaned] %1").arg(text);
            return text;
        }
        case TagsColumn:
            return tags.join(QStringLiteral(", "));
        case ClaimColumn:
            return a.claim ? claimStatusLabel(*a.claim) : QString();
        case NoteColumn:
            return a.note.simplified();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = a.anchor.exact;
        if (!a.note.isEmpty())
            tip += QStringLiteral("\n\n") + a.note;
        if (a.anchor.state == AnchorState::Moved)
            tip += QStringLiteral("\n\n") + tr("Re-found after the article changed.");
        else if (a.anchor.state == AnchorState::Orphaned)
            tip += QStringLiteral("\n\n") + tr("Not found in the changed article: re-attach or delete it.");
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == TextColumn && !a.tags.isEmpty())
            return swatch(m_tagColors.value(a.tags.first()));
        return {};
    case IdRole:
        return a.id;
    case StartRole:
        return a.anchor.start;
    case EndRole:
        return a.anchor.end;
    case AnchorRole:
        return int(a.anchor.state);
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Text");
    case TagsColumn: return tr("Tags");
    case ClaimColumn: return tr("Claim");
    case NoteColumn: return tr("Note");
    }
    return {};
}

} // namespace Dossier
