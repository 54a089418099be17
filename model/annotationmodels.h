// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QPointer>

namespace Dossier {

class Annotator;

/**
 * The codebook as a tree: tags under their parents, in order, each with its colour (a swatch as
 * decoration), shortcut and how many annotations carry it. Editing a name renames the tag and
 * dragging one moves it, both through the Annotator (one undo step each). Follows the Annotator's
 * codebookChanged().
 */
class TagTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1, ///< qint64
        ColorRole,                    ///< QColor
        ShortcutRole,                 ///< QString (portable text)
        PathRole,                     ///< "Parent/Child"
        DescriptionRole,
    };

    explicit TagTreeModel(Annotator *annotator, QObject *parent = nullptr);

    void reload();
    QModelIndex indexOf(qint64 tagId) const;
    const QList<Tag> &tags() const { return m_tags; }
    /** "Parent/Child" of a tag id; empty when unknown. */
    QString path(qint64 tagId) const;
    QColor color(qint64 tagId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

private:
    struct Node
    {
        qint64 id = 0; // 0: the root
        int row = 0;
        qint64 parent = 0;
        QList<qint64> children;
    };
    const Tag *tagOf(qint64 id) const;

    QPointer<Annotator> m_annotator;
    QList<Tag> m_tags;
    QHash<qint64, qsizetype> m_tagIndex;
    QHash<qint64, Node> m_nodes;
    QHash<qint64, int> m_counts;
};

/** The Annotations tab: the article's annotations in text order. */
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, TagsColumn, ClaimColumn, NoteColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        StartRole,                 ///< int, UTF-16 offset into the body
        EndRole,
        AnchorRole, ///< int (AnchorState)
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    /** `tagNames`: path of each tag id, `tagColors` their colours (for the decoration). */
    void setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QString> &tagNames,
                        const QHash<qint64, QColor> &tagColors);
    void clear();
    const Annotation &annotation(int row) const { return m_annotations.at(row); }
    const QList<Annotation> &annotations() const { return m_annotations; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Annotation> m_annotations;
    QHash<qint64, QString> m_tagNames;
    QHash<qint64, QColor> m_tagColors;
};

} // namespace Dossier
