// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkmodels.h"

#include "analysisstore.h"
#include "articlestore.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Dossier {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString percent(double value)
{
    return QLocale().toString(qRound(value * 100)) + QStringLiteral(" %");
}

bool sameSpan(const QuoteRef &ref, const LinkedQuote &q)
{
    return ref.article == q.article && ref.start == q.start && ref.end == q.end;
}

LinkedQuote fromRef(const QuoteRef &ref)
{
    LinkedQuote q;
    q.article = ref.article;
    q.start = ref.start;
    q.end = ref.end;
    q.text = ref.text;
    return q;
}

/** Outlet, date and path of articles the store names only by id. */
void fillArticleInfo(const ArticleStore *articles, QList<LinkedQuote *> quotes)
{
    if (!articles || quotes.isEmpty())
        return;
    QList<qint64> ids;
    for (const LinkedQuote *q : std::as_const(quotes))
        ids.append(q->article);
    QHash<qint64, ArticleSummary> byId;
    for (const ArticleSummary &s : articles->summaries(ids))
        byId.insert(s.id, s);
    for (LinkedQuote *q : std::as_const(quotes)) {
        const ArticleSummary s = byId.value(q->article);
        q->path = s.path;
        q->outlet = s.outlet;
        q->published = s.published;
    }
}

} // namespace

QString storyRelationText(const std::optional<StoryRelation> &relation, LinkStatus status, bool inStoryOnly)
{
    if (!relation) {
        if (status == LinkStatus::Manual)
            return QCoreApplication::translate("Dossier::Links", "linked by hand");
        return inStoryOnly ? QCoreApplication::translate("Dossier::Links", "same story, through another article") : QCoreApplication::translate("Dossier::Links", "same story");
    }
    switch (*relation) {
    case StoryRelation::Duplicate:
        return QCoreApplication::translate("Dossier::Links", "duplicate");
    case StoryRelation::NearDuplicate:
        return QCoreApplication::translate("Dossier::Links", "near-duplicate");
    case StoryRelation::Contains:
        // Seen from the article shown: it reprints the other one.
        return QCoreApplication::translate("Dossier::Links", "reprinted in this one");
    case StoryRelation::ContainedIn:
        return QCoreApplication::translate("Dossier::Links", "reprints this one");
    case StoryRelation::SameEvent:
        return QCoreApplication::translate("Dossier::Links", "same event");
    }
    return {};
}

QString linkStatusText(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Suggested:
        return QCoreApplication::translate("Dossier::Links", "suggested");
    case LinkStatus::Confirmed:
        return QCoreApplication::translate("Dossier::Links", "confirmed");
    case LinkStatus::Rejected:
        return QCoreApplication::translate("Dossier::Links", "rejected");
    case LinkStatus::Manual:
        return QCoreApplication::translate("Dossier::Links", "by hand");
    }
    return {};
}

// --- StoryLinksModel ---

StoryLinksModel::StoryLinksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StoryLinksModel::load(const LinkStore &links, const ArticleStore *articles, qint64 articleId)
{
    beginResetModel();
    m_article = articleId;
    m_rows.clear();
    if (articleId != 0) {
        QSet<qint64> listed{articleId};
        for (const ArticleLink &l : links.articleLinks(articleId)) {
            m_rows.append({l, false});
            listed.insert(l.other);
        }
        // The rest of the story: joined to this article through others.
        if (const std::optional<StoryRecord> story = links.storyOf(articleId)) {
            QList<qint64> rest;
            for (qint64 id : story->articles) {
                if (!listed.contains(id))
                    rest.append(id);
            }
            if (!rest.isEmpty() && articles) {
                for (const ArticleSummary &s : articles->summaries(rest)) {
                    ArticleLink l;
                    l.article = articleId;
                    l.other = s.id;
                    l.path = s.path;
                    l.title = s.title;
                    l.outlet = s.outlet;
                    l.published = s.published;
                    m_rows.append({l, true});
                }
            }
        }
    }
    endResetModel();
}

void StoryLinksModel::clear()
{
    beginResetModel();
    m_article = 0;
    m_rows.clear();
    endResetModel();
}

int StoryLinksModel::rowOf(qint64 otherArticle) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).link.other == otherArticle)
            return int(i);
    }
    return -1;
}

int StoryLinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoryLinksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryLinksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const ArticleLink &l = r.link;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutletColumn:
            return l.outlet;
        case DateColumn:
            return dateText(l.published);
        case SimilarityColumn:
            return l.relation ? percent(l.jaccard) : QStringLiteral("—");
        case RelationColumn:
            return storyRelationText(l.relation, l.status, r.inStoryOnly);
        case StatusColumn:
            return r.inStoryOnly && l.status == LinkStatus::Suggested ? QString() : linkStatusText(l.status);
        case TitleColumn:
            return l.title.isEmpty() ? l.path : l.title;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2, %3").arg(l.title.isEmpty() ? l.path : l.title, l.outlet, dateText(l.published));
        if (l.relation)
            tip += QLatin1Char('\n') + tr("Shared text: %1 of the words' shingles (Jaccard), %2 of the shorter one (containment)")
                                           .arg(percent(l.jaccard), percent(l.containment));
        return tip;
    }
    case Qt::FontRole:
        if (l.status == LinkStatus::Rejected) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SimilarityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return l.other;
    case DecisionIdRole:
        return l.decisionId;
    case StatusRole:
        return int(l.status);
    case RejectedRole:
        return l.status == LinkStatus::Rejected;
    case InStoryOnlyRole:
        return r.inStoryOnly;
    case Qt::AccessibleTextRole: // the Links tab shows one column: read out the details too
        return tr("%1; %2").arg(index.siblingAtColumn(TitleColumn).data().toString(), index.data(DetailRole).toString());
    case DetailRole: {
        QStringList parts;
        for (int column : {OutletColumn, DateColumn, SimilarityColumn, RelationColumn, StatusColumn}) {
            const QString text = index.siblingAtColumn(column).data().toString();
            if (!text.isEmpty() && !(column == SimilarityColumn && !l.relation))
                parts << text;
        }
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant StoryLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case SimilarityColumn:
        return tr("Similar");
    case RelationColumn:
        return tr("Relation");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}

// --- QuoteLinksModel ---
// A top-level index has internalId 0; a child's is its group's row + 1.

QuoteLinksModel::QuoteLinksModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void QuoteLinksModel::load(const LinkStore &links, const ArticleStore *articles, qint64 articleId, const AnalysisStore *analysis)
{
    beginResetModel();
    m_article = articleId;
    m_groups.clear();
    if (articleId == 0) {
        endResetModel();
        return;
    }
    for (const QuoteClusterRecord &c : links.quoteClustersOf(articleId)) {
        QList<Other> others;
        for (const LinkedQuote &q : c.members) {
            if (q.article != articleId)
                others.append({q, LinkStatus::Suggested, 0, q.id == c.earliest});
        }
        for (const LinkedQuote &q : c.members) {
            if (q.article == articleId)
                m_groups.append({q, c.id, c.altered, q.id == c.earliest, others});
        }
    }
    // The analyst's decisions on this article's quotes: their status, and rejected pairs (no
    // longer in one cluster) listed under their quote so they can be restored.
    QList<LinkedQuote *> needInfo;
    for (const LinkDecision &d : links.decisionsOf(articleId)) {
        if (d.kind != LinkDecision::Kind::Quotes)
            continue;
        const bool aIsOwn = d.a.article == articleId;
        const QuoteRef own = aIsOwn ? d.a : d.b;
        const QuoteRef far = aIsOwn ? d.b : d.a;
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return sameSpan(own, g.own); });
        if (group == m_groups.end()) {
            Group g;
            g.own = fromRef(own);
            m_groups.append(g);
            group = m_groups.end() - 1;
        }
        auto other = std::find_if(group->others.begin(), group->others.end(), [&](const Other &o) { return sameSpan(far, o.quote); });
        if (other == group->others.end()) {
            group->others.append({fromRef(far), LinkStatus::Suggested, 0, false});
            other = group->others.end() - 1;
        }
        other->status = statusOf(d.verdict);
        other->decisionId = d.id;
    }
    for (Group &g : m_groups) {
        if (g.own.path.isEmpty())
            needInfo.append(&g.own);
        for (Other &o : g.others) {
            if (o.quote.path.isEmpty())
                needInfo.append(&o.quote);
        }
    }
    fillArticleInfo(articles, needInfo);
    if (analysis) {
        QHash<qint64, QList<StoredQuote>> quotesOf;
        for (LinkedQuote *q : std::as_const(needInfo)) {
            if (!q->speaker.isEmpty())
                continue;
            auto it = quotesOf.find(q->article);
            if (it == quotesOf.end())
                it = quotesOf.insert(q->article, analysis->analysis(q->article).quotes);
            for (const StoredQuote &sq : std::as_const(*it)) {
                if (sq.span.start == q->start && sq.span.end == q->end)
                    q->speaker = sq.span.speaker;
            }
        }
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &x, const Group &y) { return x.own.start < y.own.start; });
    endResetModel();
}

void QuoteLinksModel::clear()
{
    beginResetModel();
    m_article = 0;
    m_groups.clear();
    endResetModel();
}

LinkedQuote QuoteLinksModel::ownQuote(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int group = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return m_groups.value(group).own;
}

std::optional<QuoteLinksModel::Other> QuoteLinksModel::other(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return std::nullopt;
    return m_groups.at(int(index.internalId() - 1)).others.at(index.row());
}

QModelIndex QuoteLinksModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).others.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex QuoteLinksModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int QuoteLinksModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).others.size());
}

int QuoteLinksModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QuoteLinksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool top = index.internalId() == 0;
    const Group &g = m_groups.at(top ? index.row() : int(index.internalId() - 1));
    const Other *o = top ? nullptr : &g.others.at(index.row());
    const LinkedQuote &q = top ? g.own : o->quote;
    const LinkStatus status = o ? o->status : LinkStatus::Suggested;
    const bool earliest = o ? o->earliest : g.earliest;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return tr("“%1”").arg(q.text);
        case SpeakerColumn:
            return q.speaker;
        case OutletColumn:
            return q.outlet;
        case DateColumn:
            return dateText(q.published);
        case NoteColumn: {
            QStringList notes;
            if (earliest && g.cluster != 0)
                notes << tr("earliest");
            if (top && g.altered)
                notes << tr("altered");
            if (o && status != LinkStatus::Suggested)
                notes << linkStatusText(status);
            return notes.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = q.speaker.isEmpty() ? tr("“%1”").arg(q.text) : tr("“%1”\nSaid by %2").arg(q.text, q.speaker);
        tip += QLatin1Char('\n') + tr("%1, %2").arg(q.outlet, dateText(q.published));
        if (earliest && g.cluster != 0)
            tip += QLatin1Char('\n') + tr("The earliest appearance of this quote.");
        if (top && g.altered)
            tip += QLatin1Char('\n') + tr("Altered: the outlets give this quote in different words.");
        return tip;
    }
    case Qt::FontRole:
        if (top || status == LinkStatus::Rejected || earliest) {
            QFont f;
            f.setBold(top && index.column() == QuoteColumn);
            f.setItalic(status == LinkStatus::Rejected);
            return f;
        }
        break;
    case ArticleIdRole:
        return q.article;
    case StartRole:
        return q.start;
    case EndRole:
        return q.end;
    case DecisionIdRole:
        return o ? o->decisionId : 0;
    case StatusRole:
        return int(status);
    case RejectedRole:
        return status == LinkStatus::Rejected;
    case EarliestRole:
        return earliest && g.cluster != 0;
    case AlteredRole:
        return g.altered;
    case IsOwnQuoteRole:
        return top;
    case Qt::AccessibleTextRole:
        return tr("%1; %2").arg(index.siblingAtColumn(QuoteColumn).data().toString(), index.data(DetailRole).toString());
    case DetailRole: {
        QStringList parts;
        for (int column : {SpeakerColumn, OutletColumn, DateColumn, NoteColumn}) {
            const QString text = index.siblingAtColumn(column).data().toString();
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant QuoteLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case SpeakerColumn:
        return tr("Speaker");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace Dossier
