// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "linkstore.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QList>
#include <QThreadPool>

namespace Dossier {

/**
 * The Stories view: the stories of the corpus (LinkStore::stories(), schema 7), each expandable to
 * its articles in order of publication. Read on a worker thread with its own connection, as the
 * article list is; `refreshed()` tells when the rows are in. Sorted here, in memory: a corpus has
 * far fewer stories than articles.
 */
class StoryListModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    /** A story row: its first article's title, its size, its outlets, its first publication date.
        An article row: title, (nothing), outlet, date. */
    enum Column { TitleColumn, ArticlesColumn, OutletsColumn, DateColumn, ColumnCount };
    enum Role {
        StoryRole = Qt::UserRole + 1, ///< stories.id, on story and article rows
        ArticleRole,                  ///< the article's id on an article row, 0 on a story row
    };

    explicit StoryListModel(QObject *parent = nullptr);
    ~StoryListModel() override;
    Q_DISABLE_COPY_MOVE(StoryListModel)

    /** The corpus database the stories are read from; empty: none (no rows). Reads them. */
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    /** Reads the stories again (after an import or a decision of the analyst). */
    void refresh();
    bool isRefreshing() const { return m_watcher.isRunning(); }
    /** Why the last refresh shows no rows; empty when it worked. */
    QString errorString() const { return m_error; }

    int storyCount() const { return int(m_stories.size()); }
    /** The row of story `id` at the top level, or an invalid index. */
    QModelIndex indexOfStory(qint64 id) const;
    /** What the list shows for story `id` (its first article's title), empty when unknown. */
    QString storyTitle(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** TitleColumn by title, ArticlesColumn by size, OutletsColumn by the number of outlets,
        DateColumn by the first publication; ties: larger, then earlier, then by id. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void refreshed();

private:
    struct Story
    {
        StoryRecord record;
        QString title; ///< of the story's first article
        QList<ArticleSummary> articles; ///< by date, then path
    };
    struct Snapshot
    {
        QList<Story> stories;
        QString error;
    };
    static Snapshot read(const QString &path);
    void sortStories();

    QString m_path;
    QList<Story> m_stories;
    QString m_error;
    int m_sortColumn = ArticlesColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QThreadPool m_pool; // one thread: reads never overlap
    QFutureWatcher<Snapshot> m_watcher;
    int m_generation = 0;
};

} // namespace Dossier
