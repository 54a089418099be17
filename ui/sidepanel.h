// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"

#include <QTabWidget>

class QLabel;
class QListWidget;
class QTreeView;
class QUndoStack;

namespace Dossier {

class EntityTreeModel;
class QuoteListModel;

/**
 * The reader's side panel: the article's quotes (speaker, quote; activating one shows it in the
 * reader) and entities (per type, with counts; choosing one lists every article of the corpus that
 * mentions it). The analyst corrects the entity registry here: rename, change type, "not an
 * entity", merge, split; each correction is saved at once and can be undone.
 */
class SidePanel final : public QTabWidget
{
    Q_OBJECT

public:
    explicit SidePanel(QWidget *parent = nullptr);
    ~SidePanel() override;

    /** The GUI thread's store (corrections, the article's analysis) and the database file (the
        lists across the corpus are read on a worker with a connection of its own). */
    void setDatabase(AnalysisStore *store, const QString &databasePath);
    void setArticle(qint64 id, const QString &body, const StoredAnalysis &analysis);
    void clear();

    /** Where the corrections go: the window's one history (by default a stack of the panel's own). */
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }
    /** Off while an import writes: a correction would wait for the import's transaction. */
    void setCorrectionsEnabled(bool enabled) { m_correctionsEnabled = enabled; }
    bool correctionsEnabled() const { return m_correctionsEnabled; }
    QuoteListModel *quoteModel() const { return m_quoteModel; }
    EntityTreeModel *entityModel() const { return m_entityModel; }
    QTreeView *quotesView() const { return m_quotes; }
    QTreeView *entitiesView() const { return m_entities; }
    QListWidget *mentioningList() const { return m_mentioning; }

    /** Lists the articles that mention the entity (asynchronous; mentioningListed() when shown). */
    void showMentioning(qint64 entityId, const QString &name);

    // The corrections, also used by the context menu. Each returns false and shows why on failure.
    bool renameEntity(qint64 id, const QString &name);
    bool setEntityType(qint64 id, EntityType type);
    bool rejectEntity(qint64 id);
    bool mergeEntity(qint64 from, qint64 into);
    qint64 splitEntity(qint64 id, const QStringList &aliases, const QString &name);

Q_SIGNALS:
    /** Show this range of the article's body in the reader. */
    void rangeRequested(int start, int end);
    void articleRequested(qint64 articleId);
    /** The registry changed: the reader's layers must be read again. */
    void analysisChanged();
    void mentioningListed();

private:
    void entityMenu(const QPoint &pos);
    void failed(const QString &what);
    void corrected(const QString &text, std::function<bool()> apply, std::function<bool()> revert);

    AnalysisStore *m_store = nullptr;
    QString m_databasePath;
    qint64 m_article = 0;
    QUndoStack *m_undo;
    QuoteListModel *m_quoteModel;
    EntityTreeModel *m_entityModel;
    QTreeView *m_quotes;
    QTreeView *m_entities;
    QLabel *m_mentioningLabel;
    QListWidget *m_mentioning;
    int m_generation = 0;
    bool m_correctionsEnabled = true;
};

} // namespace Dossier
