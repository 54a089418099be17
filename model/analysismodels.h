// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

namespace Dossier {

/** The Quotes tab: one row per quote of the article shown, in text order. */
class QuoteListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SpeakerColumn, QuoteColumn, KindColumn, ColumnCount };
    enum Role {
        StartRole = Qt::UserRole + 1, ///< int: UTF-16 offset of the quote in the body
        EndRole,
        SpeakerEntityRole, ///< qint64, 0 when the speaker is not a registry entity
    };

    explicit QuoteListModel(QObject *parent = nullptr);

    void setQuotes(const QString &body, const QList<StoredQuote> &quotes);
    void clear();
    const StoredQuote &quote(int row) const { return m_quotes.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StoredQuote> m_quotes;
    QStringList m_texts;
};

/**
 * The Entities tab: the article's entities grouped by type (people, organisations, places, dates),
 * each with its number of mentions in the article. Two levels: type groups, then entities.
 */
class EntityTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        EntityIdRole = Qt::UserRole + 1, ///< qint64; 0 for a group or a date
        TypeRole,                        ///< int (EntityType)
        FirstOffsetRole,                 ///< int: where the entity is first mentioned in the body
    };

    explicit EntityTreeModel(QObject *parent = nullptr);

    /** `body` and `analysis` of the article shown; names are the registry's (StoredAnalysis::names). */
    void setArticle(const QString &body, const StoredAnalysis &analysis);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeName(EntityType type, bool plural = false);

private:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        int count = 0;
        int firstOffset = 0;
    };
    struct Group
    {
        EntityType type;
        QList<Entry> entries;
    };
    QList<Group> m_groups;
};

} // namespace Dossier
