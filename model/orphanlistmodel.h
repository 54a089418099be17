// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Dossier {

class Annotator;

/**
 * The orphaned annotations of the corpus: those a re-import could not re-find in their article's
 * changed text. One row each (article title, the passage as it was annotated, note, tags), in
 * article and old-offset order. The analyst re-attaches one to a selection of the current text, or
 * deletes it; both go through the Annotator, so they are undoable, and the list follows every
 * change (undo and redo too) through the Annotator's signals. Call refresh() after an import.
 */
class OrphanListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ArticleColumn, TextColumn, NoteColumn, TagsColumn, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, ///< qint64
        ArticleIdRole,                       ///< qint64
        ExactRole,                           ///< QString: the passage as annotated, unabridged
    };

    explicit OrphanListModel(QObject *parent = nullptr);
    /** Lists `annotator`'s orphans and follows its changes; nullptr empties the list. */
    void setAnnotator(Annotator *annotator);

    /** Reads the list again (after an import changed anchors behind the Annotator's back). */
    void refresh();

    const Annotation &orphan(int row) const { return m_orphans.at(row).annotation; }
    /** Re-attaches the orphan of `row` to [start, end) of its article's current `body`. */
    bool reattach(int row, const QString &body, int start, int end);
    /** Deletes the orphan of `row` (undoable). */
    bool remove(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Annotation annotation;
        QString title;
        QString tags; ///< names, comma separated
    };

    QPointer<Annotator> m_annotator;
    QList<Row> m_orphans;
};

} // namespace Dossier
