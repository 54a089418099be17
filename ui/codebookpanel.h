// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QKeySequenceEdit;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Dossier {

class Annotator;
class TagTreeModel;

/**
 * The codebook: a filterable tree of tags. Activating a tag (double-click, Enter) asks for the
 * reader's selection to be tagged with it; the buttons and context menu create, edit, merge and
 * delete tags, and tags are moved by dragging. Every change is one undo step of the Annotator.
 */
class CodebookPanel final : public QWidget
{
    Q_OBJECT

public:
    CodebookPanel(Annotator *annotator, TagTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    qint64 currentTag() const;
    /** Key sequences (portable text) the window uses, with what for: a tag may not take them. */
    void setReservedShortcuts(const QHash<QString, QString> &keys) { m_reserved = keys; }

    /** Asks for a name (and the rest) and creates a tag under `parent`; returns its id or 0. */
    qint64 newTag(qint64 parent);
    void editTag(qint64 id);
    void mergeTag(qint64 id);
    /** Asks first when annotations carry it, saying how many. */
    void deleteTag(qint64 id);

Q_SIGNALS:
    void tagActivated(qint64 tagId);

private:
    void contextMenu(const QPoint &pos);

    Annotator *m_annotator;
    TagTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QHash<QString, QString> m_reserved;
};

/** Name, colour, description and shortcut of a tag. */
class TagDialog final : public QDialog
{
    Q_OBJECT

public:
    TagDialog(const Tag &tag, const QList<Tag> &others, const QHash<QString, QString> &reserved, QWidget *parent = nullptr);
    Tag tag() const;

private:
    Tag m_tag;
    QLineEdit *m_name;
    QPushButton *m_color;
    QPlainTextEdit *m_description;
    QKeySequenceEdit *m_shortcut;
};

/**
 * The tag palette (Ctrl+T): type a few letters of a tag, Enter tags the selection. When nothing
 * matches, Enter offers to create a tag of that name.
 */
class TagPalette final : public QDialog
{
    Q_OBJECT

public:
    TagPalette(const QList<Tag> &tags, const TagTreeModel *names, QWidget *parent = nullptr);
    /** The tag chosen; 0 when a new one is asked for (see newTagName()). */
    qint64 chosenTag() const { return m_chosen; }
    QString newTagName() const { return m_newName; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_proxy;
    qint64 m_chosen = 0;
    QString m_newName;
};

} // namespace Dossier
