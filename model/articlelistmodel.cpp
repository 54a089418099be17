// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

namespace {
// The list's worker keeps its connection between queries: a new one starts with an empty page
// cache, which cost a filter over most of a 100,000-article corpus about 40 ms more than the query.
// The worker is the model's own one-thread pool, so the connection stays on its thread.
thread_local std::unique_ptr<Database> t_listDb;
thread_local quint64 t_listDbOpening = 0;

// `opening`: which setDatabasePath() the query belongs to; a new one opens afresh (the file at
// that path may be another database by now).
Database *listConnection(const QString &path, quint64 opening, QString *error)
{
    if (!t_listDb || t_listDbOpening != opening || t_listDb->path() != path || !t_listDb->isOpen()) {
        t_listDb.reset();
        t_listDbOpening = opening;
        t_listDb = std::make_unique<Database>();
        if (!t_listDb->open(path)) {
            *error = t_listDb->errorString();
            t_listDb.reset();
            return nullptr;
        }
    }
    return t_listDb.get();
}
} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread, and with it the connection, lives as long as the model
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // a newer refresh is on its way
        Snapshot snapshot = m_watcher.result();
        m_corpusCount = snapshot.corpusCount;
        m_missingCount = snapshot.missingCount;
        m_error = snapshot.error;
        beginResetModel();
        m_ids = std::move(snapshot.ids);
        m_pages.clear();
        m_rowOfId.clear();
        endResetModel();
        Q_EMIT refreshed();
    });
}

ArticleListModel::~ArticleListModel()
{
    m_watcher.waitForFinished();
}

bool ArticleListModel::setDatabasePath(const QString &path)
{
    ++m_generation; // a refresh still running for the old database is ignored, not waited for
    ++m_opening;   // and the worker opens the new one afresh
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_rowOfId.clear();
    m_corpusCount = 0;
    m_missingCount = 0;
    m_error.clear();
    m_store.reset();
    m_db.reset();
    m_path = path;
    bool ok = true;
    if (!path.isEmpty()) {
        m_db = std::make_unique<Database>();
        ok = m_db->open(path);
        if (ok)
            m_store = std::make_unique<ArticleStore>(m_db->connection());
    }
    endResetModel();
    if (ok && !path.isEmpty())
        refresh();
    return ok;
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    requery(false);
}

void ArticleListModel::refresh()
{
    requery(true);
}

void ArticleListModel::requery(bool counts)
{
    if (m_path.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString path = m_path;
    const ArticleFilter filter = m_filter;
    const ArticleSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    m_watcher.setProperty("generation", generation);
    // The corpus counts change only with an import (refresh()); a new filter or order reuses them.
    const int corpusCount = m_corpusCount;
    const int missingCount = m_missingCount;
    const quint64 opening = m_opening;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path, filter, sort, order, counts, corpusCount, missingCount, opening] {
        Snapshot snapshot;
        Database *db = listConnection(path, opening, &snapshot.error);
        if (!db)
            return snapshot;
        const ArticleStore store(db->connection());
        snapshot.ids = store.ids(filter, sort, order, &snapshot.error);
        snapshot.corpusCount = counts ? store.count() : corpusCount;
        snapshot.missingCount = counts ? store.count(ArticleState::Missing) : missingCount;
        return snapshot;
    }));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_store)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= maxPages)
            m_pages.clear();
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
        it = m_pages.insert(page, m_store->summaries(ids));
    }
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ArticleSummary *s = summaryAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return s->title;
        case OutletColumn:
            return s->outlet;
        case DateColumn:
            return s->published.isValid() ? QLocale().toString(s->published, QLocale::ShortFormat) : QString();
        case StoryColumn:
            if (s->story == 0)
                return QString();
            // A story has two articles or more; its articles may all come from one outlet.
            //: the article list's Story column: how many articles the story has, from how many outlets
            return s->storyOutlets.size() == 1
                       ? QCoreApplication::translate("Dossier", "%1 articles · 1 outlet").arg(s->storySize)
                       : QCoreApplication::translate("Dossier", "%1 articles · %2 outlets").arg(s->storySize).arg(s->storyOutlets.size());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StoryColumn && s->story != 0)
            return QCoreApplication::translate("Dossier", "In a story of %1 articles from %2").arg(s->storySize).arg(QLocale().createSeparatedList(s->storyOutlets));
        if (s->state == ArticleState::Missing)
            return QCoreApplication::translate("Dossier", "%1\nThe file is missing from the folder; the article is kept.").arg(s->path);
        if (s->state == ArticleState::Unreadable)
            return QCoreApplication::translate("Dossier", "%1\nThe file can no longer be read as text; the last text read is kept.").arg(s->path);
        return s->path;
    case IdRole:
        return s->id;
    case PathRole:
        return s->path;
    case MissingRole:
        return s->state == ArticleState::Missing;
    case StoryRole:
        return s->story;
    case Qt::AccessibleTextRole:
        return s->title;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("Dossier", "Title");
    case OutletColumn:
        return QCoreApplication::translate("Dossier", "Outlet");
    case DateColumn:
        return QCoreApplication::translate("Dossier", "Date");
    case StoryColumn:
        return QCoreApplication::translate("Dossier", "Story");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    const ArticleSort sort = column == OutletColumn ? ArticleSort::Outlet
                             : column == DateColumn ? ArticleSort::Published
                             : column == StoryColumn ? ArticleSort::Story
                                                     : ArticleSort::Title;
    if (sort == m_sort && order == m_order && !m_ids.isEmpty())
        return;
    m_sort = sort;
    m_order = order;
    requery(false);
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ArticleListModel::rowOf(qint64 id) const
{
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOfId.insert(m_ids.at(i), i);
    }
    return m_rowOfId.value(id, -1);
}

} // namespace Dossier
