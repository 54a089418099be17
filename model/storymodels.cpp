// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storymodels.h"

#include "articlestore.h"
#include "database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Dossier {

namespace {
// Article rows carry their story's row + 1 as internal id; story rows carry 0.
constexpr quintptr StoryRowId = 0;
} // namespace

StoryListModel::StoryListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // a newer refresh is on its way
        Snapshot snapshot = m_watcher.result();
        beginResetModel();
        m_stories = std::move(snapshot.stories);
        m_error = snapshot.error;
        sortStories();
        endResetModel();
        Q_EMIT refreshed();
    });
}

StoryListModel::~StoryListModel()
{
    m_watcher.waitForFinished();
}

void StoryListModel::setDatabasePath(const QString &path)
{
    ++m_generation; // a read of the old database is ignored, not waited for
    m_path = path;
    beginResetModel();
    m_stories.clear();
    m_error.clear();
    endResetModel();
    if (!path.isEmpty())
        refresh();
}

void StoryListModel::refresh()
{
    if (m_path.isEmpty())
        return;
    const int generation = ++m_generation;
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &StoryListModel::read, m_path));
}

StoryListModel::Snapshot StoryListModel::read(const QString &path)
{
    Snapshot snapshot;
    Database db;
    if (!db.open(path)) {
        snapshot.error = db.errorString();
        return snapshot;
    }
    const LinkStore links(db.connection());
    const ArticleStore articles(db.connection());
    const QList<StoryRecord> stories = links.stories(true);
    if (!links.errorString().isEmpty()) {
        snapshot.error = QCoreApplication::translate("Dossier", "The stories could not be read: %1").arg(links.errorString());
        return snapshot;
    }
    QList<qint64> ids;
    for (const StoryRecord &s : stories)
        ids += s.articles;
    QHash<qint64, ArticleSummary> byId;
    byId.reserve(ids.size());
    for (const ArticleSummary &a : articles.summaries(ids))
        byId.insert(a.id, a);
    snapshot.stories.reserve(stories.size());
    for (const StoryRecord &record : stories) {
        Story s;
        s.record = record;
        for (qint64 id : record.articles) {
            if (const auto it = byId.constFind(id); it != byId.cend())
                s.articles.append(*it);
        }
        // In order of publication (undated last), as the story unfolded.
        std::sort(s.articles.begin(), s.articles.end(), [](const ArticleSummary &a, const ArticleSummary &b) {
            if (a.published.isValid() != b.published.isValid())
                return a.published.isValid();
            return a.published != b.published ? a.published < b.published : a.path < b.path;
        });
        s.title = byId.value(record.firstArticle).title;
        if (s.title.isEmpty() && !s.articles.isEmpty())
            s.title = s.articles.first().title.isEmpty() ? s.articles.first().path : s.articles.first().title;
        snapshot.stories.append(s);
    }
    return snapshot;
}

void StoryListModel::sortStories()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    // The order asked for on the column, then the default: larger, earlier, lower id.
    const auto tie = [](const Story &a, const Story &b) {
        if (a.record.size != b.record.size)
            return a.record.size > b.record.size;
        if (a.record.firstPublished != b.record.firstPublished)
            return a.record.firstPublished.isValid() && (!b.record.firstPublished.isValid() || a.record.firstPublished < b.record.firstPublished);
        return a.record.id < b.record.id;
    };
    // -1, 0, 1 for a before, level with, after b on the column, ascending.
    const auto compare = [&](const Story &a, const Story &b) -> int {
        switch (column) {
        case TitleColumn:
            return collator.compare(a.title, b.title);
        case ArticlesColumn:
            return a.record.size < b.record.size ? -1 : a.record.size > b.record.size ? 1 : 0;
        case OutletsColumn:
            return a.record.outlets.size() < b.record.outlets.size() ? -1 : a.record.outlets.size() > b.record.outlets.size() ? 1 : 0;
        case DateColumn:
            if (a.record.firstPublished == b.record.firstPublished)
                return 0;
            if (!a.record.firstPublished.isValid() || !b.record.firstPublished.isValid())
                return a.record.firstPublished.isValid() ? -1 : 1; // undated after the dated, ascending
            return a.record.firstPublished < b.record.firstPublished ? -1 : 1;
        }
        return 0;
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_stories.begin(), m_stories.end(), [&](const Story &a, const Story &b) {
        const int c = compare(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return tie(a, b);
    });
}

void StoryListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Keep the views' current items and selections on the same stories and articles.
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<qint64, int>> held; // (story id, article row or -1)
    held.reserve(before.size());
    for (const QModelIndex &i : before) {
        const bool article = i.internalId() != StoryRowId;
        const int storyRow = article ? int(i.internalId() - 1) : i.row();
        held.append({m_stories.at(storyRow).record.id, article ? i.row() : -1});
    }
    sortStories();
    QHash<qint64, int> rowOf;
    for (int r = 0; r < m_stories.size(); ++r)
        rowOf.insert(m_stories.at(r).record.id, r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int storyRow = rowOf.value(held.at(k).first);
        const int column = before.at(k).column();
        after.append(held.at(k).second < 0 ? createIndex(storyRow, column, StoryRowId)
                                           : createIndex(held.at(k).second, column, quintptr(storyRow + 1)));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex StoryListModel::indexOfStory(qint64 id) const
{
    for (int r = 0; r < m_stories.size(); ++r) {
        if (m_stories.at(r).record.id == id)
            return index(r, 0);
    }
    return {};
}

QString StoryListModel::storyTitle(qint64 id) const
{
    const QModelIndex i = indexOfStory(id);
    return i.isValid() ? m_stories.at(i.row()).title : QString();
}

QModelIndex StoryListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_stories.size() ? createIndex(row, column, StoryRowId) : QModelIndex();
    if (parent.internalId() != StoryRowId || parent.row() >= m_stories.size())
        return {}; // articles have no children
    return row < m_stories.at(parent.row()).articles.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex StoryListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StoryRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StoryRowId);
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_stories.size());
    if (parent.column() != 0 || parent.internalId() != StoryRowId || parent.row() >= m_stories.size())
        return 0;
    return int(m_stories.at(parent.row()).articles.size());
}

int StoryListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isArticle = index.internalId() != StoryRowId;
    const int storyRow = isArticle ? int(index.internalId() - 1) : index.row();
    if (storyRow < 0 || storyRow >= m_stories.size())
        return {};
    const Story &story = m_stories.at(storyRow);
    if (role == StoryRole)
        return story.record.id;
    if (isArticle) {
        if (index.row() >= story.articles.size())
            return {};
        const ArticleSummary &a = story.articles.at(index.row());
        switch (role) {
        case ArticleRole:
            return a.id;
        case Qt::DisplayRole:
            switch (index.column()) {
            case TitleColumn:
                return a.title.isEmpty() ? a.path : a.title;
            case OutletsColumn:
                return a.outlet;
            case DateColumn:
                return a.published.isValid() ? QLocale().toString(a.published, QLocale::ShortFormat) : QString();
            }
            return {};
        case Qt::ToolTipRole:
            return a.path;
        }
        return {};
    }
    const StoryRecord &r = story.record;
    switch (role) {
    case ArticleRole:
        return qint64(0);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return story.title;
        case ArticlesColumn:
            return r.size;
        case OutletsColumn:
            return int(r.outlets.size());
        case DateColumn:
            return r.firstPublished.isValid() ? QLocale().toString(r.firstPublished, QLocale::ShortFormat) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return QString(QCoreApplication::translate("Dossier", "%1 articles from %2").arg(r.size).arg(QLocale().createSeparatedList(r.outlets))
                       + QLatin1Char('\n') + QCoreApplication::translate("Dossier", "Double-click to show only this story in the article list"));
    case Qt::TextAlignmentRole:
        if (index.column() == ArticlesColumn || index.column() == OutletsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn)
            return QCoreApplication::translate("Dossier", "Story of %1 articles: %2").arg(r.size).arg(story.title);
        return {};
    }
    return {};
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("Dossier", "Story");
    case ArticlesColumn:
        return QCoreApplication::translate("Dossier", "Articles");
    case OutletsColumn:
        return QCoreApplication::translate("Dossier", "Outlets");
    case DateColumn:
        return QCoreApplication::translate("Dossier", "First published");
    }
    return {};
}

} // namespace Dossier
