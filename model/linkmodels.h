// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkstore.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

namespace Dossier {

class AnalysisStore;
class ArticleStore;

/** The relation of a linked article in words, as the Links tab shows it ("near-duplicate",
    "reprints this one", "linked by hand", …); `inStoryOnly`: in the story through other links. */
QString storyRelationText(const std::optional<StoryRelation> &relation, LinkStatus status, bool inStoryOnly = false);
/** "suggested", "confirmed", "rejected", "by hand" (translated). */
QString linkStatusText(LinkStatus status);

/**
 * The Links tab's "Same story": the articles linked to one article, closest first (the machine's
 * links, rejected ones too, and the analyst's), then the rest of its story (joined through other
 * articles). Read on the calling thread: a story has a handful of articles.
 */
class StoryLinksModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutletColumn, DateColumn, SimilarityColumn, RelationColumn, StatusColumn, TitleColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, ///< qint64: the other article
        DecisionIdRole,                   ///< qint64: the analyst's decision on the pair, 0 for none
        StatusRole,                       ///< int (LinkStatus)
        RejectedRole,                     ///< bool: shown greyed, can be restored
        InStoryOnlyRole,                  ///< bool: no link of its own, in the story through others
        DetailRole,                       ///< QString: outlet · date · similarity · relation · status
    };

    struct Row
    {
        ArticleLink link;
        bool inStoryOnly = false;
    };

    explicit StoryLinksModel(QObject *parent = nullptr);

    /** Reads the links of `articleId` (0 clears). `articles` gives the titles of the story's other
        members; may be null. */
    void load(const LinkStore &links, const ArticleStore *articles, qint64 articleId);
    void clear();
    qint64 article() const { return m_article; }
    const Row &row(int r) const { return m_rows.at(r); }
    int rowOf(qint64 otherArticle) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 m_article = 0;
    QList<Row> m_rows;
};

/**
 * The Links tab's "Same quote elsewhere", two levels: the article's quotes that have a match in
 * another article (text order), under each the other appearances, earliest first. A quote link
 * the analyst rejected stays listed (greyed) under its quote so it can be restored.
 */
class QuoteLinksModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, SpeakerColumn, OutletColumn, DateColumn, NoteColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, ///< qint64: the quote's article
        StartRole,                        ///< int: the quote's span in its article's body
        EndRole,
        DecisionIdRole, ///< qint64 (rows of other articles): the analyst's decision, 0 for none
        StatusRole,     ///< int (LinkStatus)
        RejectedRole,   ///< bool
        EarliestRole,   ///< bool: the first appearance of the quote
        AlteredRole,    ///< bool: the quote's cluster has versions with different words
        IsOwnQuoteRole, ///< bool: a quote of the article itself (a top-level row)
        DetailRole,     ///< QString: speaker · outlet · date · notes
    };

    struct Other
    {
        LinkedQuote quote;
        LinkStatus status = LinkStatus::Suggested;
        qint64 decisionId = 0;
        bool earliest = false;
    };
    struct Group
    {
        LinkedQuote own;
        qint64 cluster = 0; ///< 0: only rejected links left
        bool altered = false;
        bool earliest = false; ///< the article's quote is the first appearance
        QList<Other> others;
    };

    explicit QuoteLinksModel(QObject *parent = nullptr);

    /** `analysis` (may be null) names the speakers of quotes known only from a decision (a
        rejected pair no longer in a cluster). */
    void load(const LinkStore &links, const ArticleStore *articles, qint64 articleId, const AnalysisStore *analysis = nullptr);
    void clear();
    qint64 article() const { return m_article; }
    const QList<Group> &groups() const { return m_groups; }
    /** The article's quote of a row (its own row, or the one a row of another article is under). */
    LinkedQuote ownQuote(const QModelIndex &index) const;
    /** The other article's quote of a row; std::nullopt for a top-level row. */
    std::optional<Other> other(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 m_article = 0;
    QList<Group> m_groups;
};

} // namespace Dossier
