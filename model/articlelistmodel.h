// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "articlestore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QHash>

#include <memory>

namespace Dossier {

class Database;

/**
 * The article list, lazy: it holds only the ids of the filtered, sorted articles and loads rows
 * in pages of 256 as the view asks for them, so 100,000 rows scroll smoothly. Filtering and
 * sorting query the ids on a worker thread with its own connection; `refreshed()` tells when the
 * new rows are in.
 */
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** StoryColumn: the story the article is in ("3 articles · 2 outlets"); sorting by it groups
        the articles of each story (ArticleSort::Story). */
    enum Column { TitleColumn, OutletColumn, DateColumn, StoryColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PathRole, MissingRole, StoryRole /* stories.id, 0: none */ };

    explicit ArticleListModel(QObject *parent = nullptr);
    ~ArticleListModel() override;
    Q_DISABLE_COPY_MOVE(ArticleListModel)

    /** Opens its own read connection to the corpus database; empty path closes. */
    bool setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }

    ArticleFilter filter() const { return m_filter; }
    void setFilter(const ArticleFilter &filter);
    /** Re-reads the ids (after an import). */
    void refresh();
    bool isRefreshing() const { return m_watcher.isRunning(); }
    /** Why the last refresh shows no rows (a malformed full-text query, say); empty when it worked. */
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    ArticleSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

    /** Articles in the corpus, and how many of them are missing, as of the last refresh. */
    int corpusCount() const { return m_corpusCount; }
    int missingCount() const { return m_missingCount; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

Q_SIGNALS:
    void refreshed();

private:
    const ArticleSummary *summaryAt(int row) const;
    /** Reads the ids on a worker; `counts`: the corpus counts too (they change only by import). */
    void requery(bool counts);

    static constexpr int pageSize = 256;
    static constexpr int maxPages = 64;

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    ArticleFilter m_filter;
    ArticleSort m_sort = ArticleSort::Published;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOfId; // built on demand
    mutable QHash<int, QList<ArticleSummary>> m_pages;
    struct Snapshot
    {
        QList<qint64> ids;
        QString error;
        int corpusCount = 0;
        int missingCount = 0;
    };
    QThreadPool m_pool; // one thread: the list's worker, with its own connection
    quint64 m_opening = 0; // counts setDatabasePath() calls
    QFutureWatcher<Snapshot> m_watcher;
    QString m_error;
    int m_corpusCount = 0;
    int m_missingCount = 0;
    int m_generation = 0;
};

} // namespace Dossier
