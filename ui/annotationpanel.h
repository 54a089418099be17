// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QPair>
#include <functional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace Dossier {

class AnnotationListModel;
class Annotator;
class TagTreeModel;

/**
 * The Annotations tab: the note on the article, its annotations in text order (selecting one
 * scrolls the reader to it), and the selected annotation's tags, note and claim (verdict,
 * claimant, evidence). Every edit is saved at once as one undo step; a note is saved when typing
 * pauses or the note loses focus.
 */
class AnnotationPanel final : public QWidget
{
    Q_OBJECT

public:
    AnnotationPanel(Annotator *annotator, TagTreeModel *tags, QWidget *parent = nullptr);

    /** The article shown; `entities` are (id, name) of the people and organisations it names,
        offered as claimants. */
    void setArticle(qint64 articleId, const QList<QPair<qint64, QString>> &entities);
    void clear();
    /** Reads the article's annotations and note again (after any change). */
    void reload();
    /** Selects an annotation in the list (and shows it in the editor). */
    void selectAnnotation(qint64 id);
    qint64 currentAnnotation() const;

    AnnotationListModel *model() const { return m_model; }
    QTreeView *listView() const { return m_list; }
    QPlainTextEdit *articleNoteEdit() const { return m_articleNote; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    /** Saves notes being typed now (before the article changes or the window closes). */
    void flushNotes();

Q_SIGNALS:
    void rangeRequested(int start, int end);
    /** Asks the window for the tag palette, to add a tag to the annotation. */
    void addTagRequested(qint64 annotationId);

private:
    void showCurrent();
    void saveArticleNote();
    void saveNote();
    void editCurrent(const std::function<void(Annotation &)> &change, const QString &text);

    Annotator *m_annotator;
    TagTreeModel *m_tags;
    AnnotationListModel *m_model;
    qint64 m_article = 0;
    QList<QPair<qint64, QString>> m_entities;
    QPlainTextEdit *m_articleNote;
    QTreeView *m_list;
    QGroupBox *m_editor;
    QLabel *m_tagsLabel;
    QPushButton *m_removeTag;
    QPlainTextEdit *m_note;
    QCheckBox *m_isClaim;
    QComboBox *m_status;
    QComboBox *m_claimant;
    QListWidget *m_evidence;
    QPushButton *m_removeEvidence;
    QTimer *m_articleNoteTimer;
    QTimer *m_noteTimer;
    qint64 m_noteFor = 0;        // the annotation the note editor shows
    qint64 m_articleNoteFor = 0; // the article the article note editor shows
    bool m_updating = false;
};

} // namespace Dossier
