// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkspanel.h"

#include "annotator.h"
#include "articlepickerdialog.h"
#include "articlestore.h"
#include "comparedialog.h"
#include "difftext.h"
#include "linkmodels.h"
#include "worddiff.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

namespace {

/**
 * A link as two lines that wrap at the panel's width (the panel is narrow): the article's title or
 * the quote, and below it, smaller, the details (outlet, date, relation, status…). Rejected links
 * are drawn as disabled items (greyed by the style, in any palette); their details say
 * "rejected" in words too.
 */
class LinkRowDelegate final : public QStyledItemDelegate
{
public:
    LinkRowDelegate(QTreeView *view, int rejectedRole, int detailRole)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_rejectedRole(rejectedRole)
        , m_detailRole(detailRole)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        const QString detail = index.data(m_detailRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 3, -2, -3);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                         : (opt.state & QStyle::State_Active)   ? QPalette::Normal
                                                                                : QPalette::Inactive;
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setPen(textColor);
        painter->setFont(opt.font);
        QRect used;
        painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text, &used);
        if (!detail.isEmpty()) {
            painter->setFont(detailFont(opt.font));
            QColor dim = textColor;
            if (!selected)
                dim = QColor::fromRgbF(float(textColor.redF() * 0.7 + opt.palette.color(group, QPalette::Base).redF() * 0.3),
                                       float(textColor.greenF() * 0.7 + opt.palette.color(group, QPalette::Base).greenF() * 0.3),
                                       float(textColor.blueF() * 0.7 + opt.palette.color(group, QPalette::Base).blueF() * 0.3));
            painter->setPen(dim);
            painter->drawText(QRect(rect.left(), used.bottom() + 3, rect.width(), qMax(0, rect.bottom() - used.bottom() - 3)),
                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, detail);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        // The width paint() gets: the column less the branch indentation, less the style's margins.
        const int indent = (depth + (m_view->rootIsDecorated() ? 1 : 0)) * m_view->indentation();
        opt.rect = QRect(0, 0, m_view->columnWidth(index.column()) - indent, 1000);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        const int width = qMax(60, style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).width() - 4);
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        const QString detail = index.data(m_detailRole).toString();
        const QRect more = detail.isEmpty() ? QRect()
                                            : QFontMetrics(detailFont(opt.font)).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, detail);
        return {width, text.height() + (detail.isEmpty() ? 0 : more.height() + 3) + 8};
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(m_rejectedRole).toBool()) {
            option->state &= ~QStyle::State_Enabled;
            option->palette.setCurrentColorGroup(QPalette::Disabled);
        }
    }

private:
    static QFont detailFont(const QFont &base)
    {
        QFont f = base;
        f.setBold(false);
        if (base.pointSizeF() > 0)
            f.setPointSizeF(base.pointSizeF() * 0.9);
        return f;
    }

    QTreeView *m_view;
    int m_rejectedRole;
    int m_detailRole;
};

/** One column of two-line rows across the view's width; the other columns stay in the model (and
    the tooltip) for the narrow panel. */
void showOnly(QTreeView *view, int column)
{
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->header()->setSectionHidden(c, c != column);
    view->setHeaderHidden(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are as tall as their wrapped text at the column's width: lay them out again when it changes.
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QLabel *sectionLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(buddy);
    return label;
}

QString elided(const QString &text, int length = 90)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace

LinksPanel::LinksPanel(Annotator *annotator, QWidget *parent)
    : QWidget(parent)
    , m_annotator(annotator)
    , m_storyModel(new StoryLinksModel(this))
    , m_quoteModel(new QuoteLinksModel(this))
    , m_stories(new QTreeView)
    , m_quotes(new QTreeView)
    , m_diffLabel(new QLabel)
    , m_diff(new QTextBrowser)
{
    setObjectName(QStringLiteral("linksPanel"));
    m_confirm = new QAction(tr("&Confirm"), this);
    m_confirm->setToolTip(tr("Confirm the link: the two belong together"));
    m_reject = new QAction(tr("&Reject"), this);
    m_reject->setToolTip(tr("Reject the link: the two are never joined (it stays listed, greyed, to be restored)"));
    m_withdraw = new QAction(tr("&Withdraw Decision"), this);
    m_withdraw->setToolTip(tr("Withdraw your decision: back to what the import suggested"));
    m_linkArticle = new QAction(tr("Link to &Article…"), this);
    m_linkArticle->setToolTip(tr("Link this article by hand to another one of the same story"));
    m_linkQuote = new QAction(tr("Link &Quote…"), this);
    m_linkQuote->setToolTip(tr("Link a quote of this article by hand to the same quote in another article"));
    m_withdraw->setIconText(tr("Withdraw"));
    m_linkArticle->setIconText(tr("Link Article…"));
    m_compare = new QAction(tr("&Compare Side by Side"), this);
    m_compare->setIconText(tr("Compare"));
    m_compare->setToolTip(tr("Show this article and the chosen one side by side, paragraph by paragraph"));
    connect(m_confirm, &QAction::triggered, this, [this] { decide(LinkDecision::Verdict::Confirmed); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(LinkDecision::Verdict::Rejected); });
    connect(m_withdraw, &QAction::triggered, this, &LinksPanel::withdraw);
    connect(m_linkArticle, &QAction::triggered, this, &LinksPanel::pickArticle);
    connect(m_linkQuote, &QAction::triggered, this, &LinksPanel::pickQuote);
    connect(m_compare, &QAction::triggered, this, &LinksPanel::compareSelected);

    auto *decisions = new QToolBar;
    decisions->setObjectName(QStringLiteral("linkDecisionBar"));
    decisions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    decisions->addAction(m_confirm);
    decisions->addAction(m_reject);
    decisions->addAction(m_withdraw);
    auto *more = new QToolBar;
    more->setObjectName(QStringLiteral("linkToolBar"));
    more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    more->addAction(m_compare);
    more->addAction(m_linkArticle);
    more->addAction(m_linkQuote);

    m_stories->setObjectName(QStringLiteral("storyLinksView"));
    m_stories->setModel(m_storyModel);
    m_stories->setRootIsDecorated(false);
    m_stories->setAllColumnsShowFocus(true);
    m_stories->setAlternatingRowColors(true);
    m_stories->setItemDelegate(new LinkRowDelegate(m_stories, StoryLinksModel::RejectedRole, StoryLinksModel::DetailRole));
    m_stories->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stories->setAccessibleName(tr("Other articles of the same story"));
    m_stories->setAccessibleDescription(tr("The story's other articles with outlet, date and likeness; the menu confirms or rejects a link"));
    showOnly(m_stories, StoryLinksModel::TitleColumn);

    m_quotes->setObjectName(QStringLiteral("quoteLinksView"));
    m_quotes->setModel(m_quoteModel);
    m_quotes->setAllColumnsShowFocus(true);
    m_quotes->setItemDelegate(new LinkRowDelegate(m_quotes, QuoteLinksModel::RejectedRole, QuoteLinksModel::DetailRole));
    m_quotes->setContextMenuPolicy(Qt::CustomContextMenu);
    m_quotes->setAccessibleName(tr("The article's quotes in other articles"));
    m_quotes->setAccessibleDescription(tr("Each quote as other articles give it, marked where it was altered; the menu confirms or rejects a link"));
    m_quotes->setIndentation(14);
    showOnly(m_quotes, QuoteLinksModel::QuoteColumn);

    m_diff->setObjectName(QStringLiteral("linkDiffView"));
    m_diff->setAccessibleName(tr("Differences between the two versions"));
    m_diff->setAccessibleDescription(tr("The chosen version against this one, word by word: words only here struck through, words only there underlined"));
    m_diff->setOpenLinks(false);
    m_diffLabel->setWordWrap(true);

    auto page = [](QLabel *label, QWidget *content) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 4, 0, 0);
        l->setSpacing(2);
        l->addWidget(label);
        l->addWidget(content, 1);
        return w;
    };
    m_storyLabel = sectionLabel(tr("Same story"), m_stories);
    m_quoteLabel = sectionLabel(tr("Same quote elsewhere"), m_quotes);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("linksSplitter"));
    split->addWidget(page(m_storyLabel, m_stories));
    split->addWidget(page(m_quoteLabel, m_quotes));
    split->addWidget(page(m_diffLabel, m_diff));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(decisions);
    layout->addWidget(more);
    layout->addWidget(split, 1);

    // Tab reaches the decisions too, before the lists they act on (a toolbar's buttons take no
    // focus of their own, and these were made after the lists). Set once all are in this widget:
    // Qt orders only widgets of one window.
    QWidget *previous = nullptr;
    for (QToolBar *bar : {decisions, more}) {
        for (QAction *a : bar->actions()) {
            QWidget *button = bar->widgetForAction(a);
            button->setFocusPolicy(Qt::TabFocus);
            if (previous)
                setTabOrder(previous, button);
            previous = button;
        }
    }
    setTabOrder(previous, m_stories);

    connect(m_stories->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { selectionChanged(Focus::Story); });
    connect(m_quotes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { selectionChanged(Focus::Quote); });
    connect(m_stories, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleRequested(index.data(StoryLinksModel::ArticleIdRole).toLongLong());
    });
    connect(m_quotes, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(QuoteLinksModel::IsOwnQuoteRole).toBool())
            Q_EMIT rangeRequested(index.data(QuoteLinksModel::StartRole).toInt(), index.data(QuoteLinksModel::EndRole).toInt());
        else
            Q_EMIT articleRequested(index.data(QuoteLinksModel::ArticleIdRole).toLongLong());
    });
    connect(m_stories, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) { contextMenu(m_stories, pos); });
    connect(m_quotes, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) { contextMenu(m_quotes, pos); });
    connect(m_annotator, &Annotator::linksChanged, this, &LinksPanel::reload);
    clear();
}

LinksPanel::~LinksPanel() = default;

void LinksPanel::setDatabase(const ArticleStore *articles, const AnalysisStore *analysis, const QString &databasePath)
{
    m_articles = articles;
    m_analysis = analysis;
    m_databasePath = databasePath;
    clear();
}

void LinksPanel::setArticle(qint64 id, const QString &body, const QList<StoredQuote> &quotes)
{
    const bool same = id == m_article;
    m_article = id;
    m_body = body;
    m_ownQuotes = quotes;
    if (!same) {
        m_storyModel->clear();
        m_quoteModel->clear();
    }
    m_dirty = true;
    if (isVisible())
        load();
    else
        updateActions();
}

void LinksPanel::clear()
{
    m_article = 0;
    m_body.clear();
    m_ownQuotes.clear();
    m_dirty = false;
    m_storyModel->clear();
    m_quoteModel->clear();
    m_focus = Focus::None;
    showDiff();
    updateActions();
}

void LinksPanel::reload()
{
    if (isVisible())
        load();
    else
        m_dirty = true;
}

void LinksPanel::load()
{
    m_dirty = false;
    if (m_article == 0 || !m_annotator->hasDatabase()) {
        m_storyModel->clear();
        m_quoteModel->clear();
        showDiff();
        updateActions();
        return;
    }
    // Keep the row chosen across the reload (a decision, an undo).
    const Focus focus = m_focus;
    const qint64 storyOther = m_stories->currentIndex().data(StoryLinksModel::ArticleIdRole).toLongLong();
    const QModelIndex q = m_quotes->currentIndex();
    const int ownStart = q.isValid() ? m_quoteModel->ownQuote(q).start : -1;
    const auto far = m_quoteModel->other(q);

    const LinkStore &links = m_annotator->links();
    {
        const QSignalBlocker b1(m_stories->selectionModel());
        const QSignalBlocker b2(m_quotes->selectionModel());
        m_storyModel->load(links, m_articles, m_article);
        m_quoteModel->load(links, m_articles, m_article, m_analysis);
        m_quotes->expandAll();
        if (focus == Focus::Story && m_storyModel->rowOf(storyOther) >= 0) {
            m_stories->setCurrentIndex(m_storyModel->index(m_storyModel->rowOf(storyOther), 0));
        } else if (focus == Focus::Quote && ownStart >= 0) {
            const QList<QuoteLinksModel::Group> &groups = m_quoteModel->groups();
            for (qsizetype g = 0; g < groups.size(); ++g) {
                if (groups.at(g).own.start != ownStart)
                    continue;
                QModelIndex target = m_quoteModel->index(int(g), 0);
                for (qsizetype r = 0; far && r < groups.at(g).others.size(); ++r) {
                    const LinkedQuote &o = groups.at(g).others.at(r).quote;
                    if (o.article == far->quote.article && o.start == far->quote.start)
                        target = m_quoteModel->index(int(r), 0, target);
                }
                m_quotes->setCurrentIndex(target);
                break;
            }
        }
    }
    m_storyLabel->setText(m_storyModel->rowCount() == 0 ? tr("Same story: no other article")
                                                        : tr("Same story (%1)").arg(m_storyModel->rowCount()));
    m_quoteLabel->setText(m_quoteModel->rowCount() == 0 ? tr("Same quote elsewhere: none found")
                                                        : tr("Same quote elsewhere (%1)").arg(m_quoteModel->rowCount()));
    m_focus = m_stories->currentIndex().isValid() ? Focus::Story : m_quotes->currentIndex().isValid() ? Focus::Quote : Focus::None;
    showDiff();
    updateActions();
}

void LinksPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        load();
}

void LinksPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showDiff(); // the highlight tints follow the palette
}

void LinksPanel::selectionChanged(Focus focus)
{
    // One row across both lists is "the link" the buttons act on.
    QTreeView *other = focus == Focus::Story ? m_quotes : m_stories;
    {
        const QSignalBlocker block(other->selectionModel());
        other->selectionModel()->clear();
    }
    other->viewport()->update();
    m_focus = focus;
    if (focus == Focus::Quote) {
        const QModelIndex index = m_quotes->currentIndex();
        if (index.data(QuoteLinksModel::IsOwnQuoteRole).toBool())
            Q_EMIT rangeRequested(index.data(QuoteLinksModel::StartRole).toInt(), index.data(QuoteLinksModel::EndRole).toInt());
    }
    showDiff();
    updateActions();
}

qint64 LinksPanel::currentOther() const
{
    if (m_focus == Focus::Story)
        return m_stories->currentIndex().data(StoryLinksModel::ArticleIdRole).toLongLong();
    if (m_focus == Focus::Quote) {
        const QModelIndex index = m_quotes->currentIndex();
        if (index.isValid() && !index.data(QuoteLinksModel::IsOwnQuoteRole).toBool())
            return index.data(QuoteLinksModel::ArticleIdRole).toLongLong();
    }
    return 0;
}

void LinksPanel::updateActions()
{
    const bool editable = m_article != 0 && m_annotator->hasDatabase() && !m_annotator->isReadOnly();
    QModelIndex row;
    if (m_focus == Focus::Story)
        row = m_stories->currentIndex();
    else if (m_focus == Focus::Quote && !m_quotes->currentIndex().data(QuoteLinksModel::IsOwnQuoteRole).toBool())
        row = m_quotes->currentIndex();
    const int statusRole = m_focus == Focus::Story ? int(StoryLinksModel::StatusRole) : int(QuoteLinksModel::StatusRole);
    const int decisionRole = m_focus == Focus::Story ? int(StoryLinksModel::DecisionIdRole) : int(QuoteLinksModel::DecisionIdRole);
    const auto status = LinkStatus(row.data(statusRole).toInt());
    m_confirm->setEnabled(editable && row.isValid() && (status == LinkStatus::Suggested || status == LinkStatus::Rejected));
    m_reject->setEnabled(editable && row.isValid() && status != LinkStatus::Rejected);
    m_withdraw->setEnabled(editable && row.isValid() && row.data(decisionRole).toLongLong() != 0);
    m_linkArticle->setEnabled(editable && !m_databasePath.isEmpty());
    m_linkQuote->setEnabled(editable && !m_databasePath.isEmpty() && !m_ownQuotes.isEmpty());
    m_compare->setEnabled(m_article != 0 && m_articles && currentOther() != 0);
}

QuoteRef LinksPanel::refOf(const LinkedQuote &q) const
{
    return {q.article, q.start, q.end, q.text};
}

void LinksPanel::decide(LinkDecision::Verdict verdict)
{
    if (m_article == 0)
        return;
    LinkDecision d;
    d.verdict = verdict;
    if (m_focus == Focus::Story) {
        const qint64 other = currentOther();
        if (other == 0)
            return;
        d.kind = LinkDecision::Kind::Articles;
        d.a.article = m_article;
        d.b.article = other;
    } else if (m_focus == Focus::Quote) {
        const QModelIndex index = m_quotes->currentIndex();
        const auto far = m_quoteModel->other(index);
        if (!far)
            return;
        d.kind = LinkDecision::Kind::Quotes;
        d.a = refOf(m_quoteModel->ownQuote(index));
        d.b = refOf(far->quote);
    } else {
        return;
    }
    if (m_annotator->decideLink(d) == 0)
        QMessageBox::warning(this, tr("Link not changed"), m_annotator->errorString());
}

void LinksPanel::withdraw()
{
    const QModelIndex index = m_focus == Focus::Story ? m_stories->currentIndex() : m_quotes->currentIndex();
    const int role = m_focus == Focus::Story ? int(StoryLinksModel::DecisionIdRole) : int(QuoteLinksModel::DecisionIdRole);
    const qint64 id = index.data(role).toLongLong();
    if (id != 0 && !m_annotator->deleteLinkDecision(id))
        QMessageBox::warning(this, tr("Decision not withdrawn"), m_annotator->errorString());
}

bool LinksPanel::linkToArticle(qint64 other)
{
    if (m_article == 0 || other == 0 || other == m_article)
        return false;
    LinkDecision d;
    d.kind = LinkDecision::Kind::Articles;
    d.a.article = m_article;
    d.b.article = other;
    d.verdict = LinkDecision::Verdict::Manual;
    if (m_annotator->decideLink(d) == 0) {
        QMessageBox::warning(this, tr("Articles not linked"), m_annotator->errorString());
        return false;
    }
    return true;
}

bool LinksPanel::linkQuotes(const QuoteRef &own, const QuoteRef &other)
{
    LinkDecision d;
    d.kind = LinkDecision::Kind::Quotes;
    d.a = own;
    d.b = other;
    d.verdict = LinkDecision::Verdict::Manual;
    if (m_annotator->decideLink(d) == 0) {
        QMessageBox::warning(this, tr("Quotes not linked"), m_annotator->errorString());
        return false;
    }
    return true;
}

void LinksPanel::pickArticle()
{
    if (m_article == 0 || m_databasePath.isEmpty())
        return;
    ArticlePickerDialog dialog(m_databasePath, m_article, this);
    dialog.setWindowTitle(tr("Link to Article"));
    if (dialog.exec() == QDialog::Accepted && dialog.selectedArticle() != 0)
        linkToArticle(dialog.selectedArticle());
}

void LinksPanel::pickQuote()
{
    if (m_article == 0 || !m_articles || !m_analysis)
        return;
    // This article's quote: the one chosen in the list, or else ask.
    QuoteRef own;
    if (m_focus == Focus::Quote && m_quotes->currentIndex().isValid()) {
        own = refOf(m_quoteModel->ownQuote(m_quotes->currentIndex()));
    } else {
        QStringList items;
        for (const StoredQuote &q : std::as_const(m_ownQuotes))
            items << tr("“%1” (%2)").arg(elided(m_body.mid(q.span.start, q.span.length())),
                                         q.span.speaker.isEmpty() ? tr("speaker unknown") : q.span.speaker);
        if (items.isEmpty())
            return;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Link Quote"), tr("The quote of this article:"), items, 0, false, &ok);
        if (!ok || items.indexOf(chosen) < 0)
            return;
        const StoredQuote &q = m_ownQuotes.at(items.indexOf(chosen));
        own = {m_article, q.span.start, q.span.end, m_body.mid(q.span.start, q.span.length())};
    }
    ArticlePickerDialog picker(m_databasePath, m_article, this);
    picker.setWindowTitle(tr("Link Quote: Choose the Other Article"));
    if (picker.exec() != QDialog::Accepted || picker.selectedArticle() == 0)
        return;
    const qint64 otherId = picker.selectedArticle();
    const std::optional<Article> other = m_articles->article(otherId);
    const QList<StoredQuote> quotes = m_analysis->analysis(otherId).quotes;
    if (!other || quotes.isEmpty()) {
        QMessageBox::information(this, tr("Link Quote"), tr("No quotes were found in “%1”.").arg(other ? other->title : QString()));
        return;
    }
    QStringList items;
    for (const StoredQuote &q : quotes)
        items << tr("“%1” (%2)").arg(elided(other->body.mid(q.span.start, q.span.length())),
                                     q.span.speaker.isEmpty() ? tr("speaker unknown") : q.span.speaker);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Link Quote"), tr("The same quote in “%1”:").arg(other->title), items, 0, false, &ok);
    if (!ok || items.indexOf(chosen) < 0)
        return;
    const StoredQuote &q = quotes.at(items.indexOf(chosen));
    linkQuotes(own, {otherId, q.span.start, q.span.end, other->body.mid(q.span.start, q.span.length())});
}

void LinksPanel::compareSelected()
{
    const qint64 otherId = currentOther();
    if (m_article == 0 || otherId == 0 || !m_articles)
        return;
    const std::optional<Article> left = m_articles->article(m_article);
    const std::optional<Article> right = m_articles->article(otherId);
    if (!left || !right)
        return;
    auto *dialog = new CompareDialog(*left, *right, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->activateWindow();
    Q_EMIT compareOpened(dialog);
}

void LinksPanel::showDiff()
{
    const int generation = ++m_diffGeneration; // a diff still being made for another row is dropped
    m_diff->clear();
    const DiffText::Formats formats = DiffText::formats(m_diff->palette());
    if (m_focus == Focus::Story && m_stories->currentIndex().isValid() && m_articles) {
        const QModelIndex index = m_stories->currentIndex();
        const qint64 otherId = index.data(StoryLinksModel::ArticleIdRole).toLongLong();
        const std::optional<Article> other = m_articles->article(otherId);
        if (other) {
            const QString outlet = other->outlet.isEmpty() ? tr("the other article") : other->outlet;
            // Two long articles linked by hand can differ in thousands of words: diff on a worker.
            m_diffLabel->setText(tr("Comparing with %1…").arg(outlet));
            auto *watcher = new QFutureWatcher<QList<DiffRun>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, outlet, body = m_body, otherBody = other->body] {
                watcher->deleteLater();
                if (generation != m_diffGeneration)
                    return;
                m_diffLabel->setText(tr("Differences from %1: struck through only here, underlined only in %1").arg(outlet));
                QTextCursor cursor(m_diff->document());
                DiffText::insertMerged(cursor, body, otherBody, watcher->result(), DiffText::formats(m_diff->palette()));
                m_diff->moveCursor(QTextCursor::Start);
                Q_EMIT diffShown();
            });
            watcher->setFuture(QtConcurrent::run([a = m_body, b = other->body] { return WordDiff::diff(a, b); }));
            return;
        }
    }
    if (m_focus == Focus::Quote && m_quotes->currentIndex().isValid()) {
        const QModelIndex index = m_quotes->currentIndex();
        if (const auto far = m_quoteModel->other(index)) {
            const LinkedQuote own = m_quoteModel->ownQuote(index);
            const QString outlet = far->quote.outlet.isEmpty() ? tr("the other article") : far->quote.outlet;
            m_diffLabel->setText(tr("The quote as %1 gives it: struck through only here, underlined only there").arg(outlet));
            QTextCursor cursor(m_diff->document());
            DiffText::insertMerged(cursor, own.text, far->quote.text, WordDiff::diff(own.text, far->quote.text), formats);
            Q_EMIT diffShown();
            return;
        }
        m_diffLabel->setText(tr("Choose another outlet's version of the quote to see how it differs."));
        return;
    }
    m_diffLabel->setText(m_article == 0 ? tr("Open an article to see its links.")
                                        : tr("Choose a linked article or quote to see how the versions differ."));
}

void LinksPanel::contextMenu(QTreeView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (index.isValid())
        view->setCurrentIndex(index);
    QMenu menu(this);
    if (view == m_stories && index.isValid()) {
        menu.addAction(tr("&Open Article"), this, [this, index] {
            Q_EMIT articleRequested(index.data(StoryLinksModel::ArticleIdRole).toLongLong());
        });
        menu.addSeparator();
    }
    menu.addAction(m_confirm);
    menu.addAction(m_reject);
    menu.addAction(m_withdraw);
    menu.addSeparator();
    menu.addAction(m_compare);
    menu.addAction(view == m_quotes ? m_linkQuote : m_linkArticle);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace Dossier
