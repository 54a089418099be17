// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysismodels.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Dossier {

namespace {

constexpr qsizetype kShownQuoteLength = 300;

} // namespace

QuoteListModel::QuoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteListModel::setQuotes(const QString &body, const QList<StoredQuote> &quotes)
{
    beginResetModel();
    m_quotes = quotes;
    m_texts.clear();
    for (const StoredQuote &q : quotes)
        m_texts.append(body.mid(q.span.start, q.span.length()).simplified());
    endResetModel();
}

void QuoteListModel::clear()
{
    setQuotes(QString(), {});
}

int QuoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int QuoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_quotes.size())
        return {};
    const StoredQuote &q = m_quotes.at(index.row());
    const QString &text = m_texts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return q.span.speaker.isEmpty() ? tr("(unattributed)") : q.span.speaker;
        case QuoteColumn:
            return text.size() > kShownQuoteLength ? text.left(kShownQuoteLength) + QChar(0x2026) : text;
        case KindColumn:
            return q.span.kind == QuoteKind::Full ? tr("full") : tr("partial");
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case Qt::ToolTipRole:
        return q.span.speaker.isEmpty() ? tr("“%1”\nSpeaker unknown").arg(text)
                                        : tr("“%1”\nSaid by %2").arg(text, q.span.speaker);
    case StartRole:
        return q.span.start;
    case EndRole:
        return q.span.end;
    case SpeakerEntityRole:
        return q.speakerEntity;
    }
    return {};
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case QuoteColumn:
        return tr("Quote");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

EntityTreeModel::EntityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString EntityTreeModel::typeName(EntityType type, bool plural)
{
    switch (type) {
    case EntityType::Person:
        return plural ? tr("People") : tr("Person");
    case EntityType::Organisation:
        return plural ? tr("Organisations") : tr("Organisation");
    case EntityType::Location:
        return plural ? tr("Places") : tr("Place");
    case EntityType::Date:
        return plural ? tr("Dates") : tr("Date");
    }
    return {};
}

void EntityTreeModel::setArticle(const QString &body, const StoredAnalysis &analysis)
{
    beginResetModel();
    m_groups.clear();
    const QHash<qint64, QString> &names = analysis.names;
    const EntityType order[] = {EntityType::Person, EntityType::Organisation, EntityType::Location, EntityType::Date};
    for (EntityType type : order) {
        Group group{type, {}};
        QHash<QString, qsizetype> rowOf; // by entity id, or by the date's text
        for (const StoredMention &m : analysis.mentions) {
            if (m.type != type)
                continue;
            const QString text = body.mid(m.start, m.end - m.start).simplified();
            const QString key = m.entity != 0 ? QString::number(m.entity) : QLatin1Char('#') + text;
            auto it = rowOf.constFind(key);
            if (it == rowOf.constEnd()) {
                it = rowOf.insert(key, group.entries.size());
                group.entries.append({m.entity, m.entity != 0 ? names.value(m.entity, text) : text, 0, m.start});
            }
            ++group.entries[*it].count;
        }
        std::stable_sort(group.entries.begin(), group.entries.end(), [](const Entry &a, const Entry &b) {
            return a.count != b.count ? a.count > b.count : a.name.localeAwareCompare(b.name) < 0;
        });
        if (!group.entries.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

void EntityTreeModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

// Internal ids: 0 for a group row, group index + 1 for an entity row (its parent's row).
QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return index.column() == NameColumn ? typeName(g.type, true) : QVariant(int(g.entries.size()));
        if (role == TypeRole)
            return int(g.type);
        if (role == EntityIdRole)
            return qint64(0);
        return {};
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const Entry &e = g.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(e.name) : QVariant(e.count);
    case Qt::ToolTipRole:
        return e.count == 1 ? tr("%1 (%2), mentioned once in this article").arg(e.name, typeName(g.type))
                            : tr("%1 (%2), mentioned %3 times in this article").arg(e.name, typeName(g.type)).arg(e.count);
    case EntityIdRole:
        return e.id;
    case TypeRole:
        return int(g.type);
    case FirstOffsetRole:
        return e.firstOffset;
    }
    return {};
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Entity") : tr("Mentions");
}

} // namespace Dossier
