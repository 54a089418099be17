// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidepanel.h"

#include "analysismodels.h"
#include "correctioncommand.h"
#include "database.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

namespace {

constexpr int kMentioningLimit = 2000;

enum MentioningRole { ArticleIdRole = Qt::UserRole + 1 };

/** Rows as tall as their wrapped text at the column's present width (QTreeView asks the delegate
    for a height without telling it the width). */
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        const int width = qMax(40, m_view->columnWidth(index.column()) - 8);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        return {base.width(), qMax(base.height(), text.height() + 6)};
    }

private:
    QTreeView *m_view;
};

} // namespace

SidePanel::SidePanel(QWidget *parent)
    : QTabWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_quoteModel(new QuoteListModel(this))
    , m_entityModel(new EntityTreeModel(this))
    , m_quotes(new QTreeView)
    , m_entities(new QTreeView)
    , m_mentioningLabel(new QLabel)
    , m_mentioning(new QListWidget)
{
    m_quotes->setObjectName(QStringLiteral("quotesView"));
    m_quotes->setModel(m_quoteModel);
    m_quotes->setRootIsDecorated(false);
    m_quotes->setAllColumnsShowFocus(true);
    m_quotes->setWordWrap(true); // the quote is the point: show it whole, over several lines
    m_quotes->setItemDelegate(new WrappingDelegate(m_quotes));
    m_quotes->setAlternatingRowColors(true);
    m_quotes->setTextElideMode(Qt::ElideNone);
    m_quotes->header()->setStretchLastSection(false);
    m_quotes->header()->setSectionResizeMode(QuoteListModel::SpeakerColumn, QHeaderView::Interactive);
    m_quotes->header()->setSectionResizeMode(QuoteListModel::QuoteColumn, QHeaderView::Stretch);
    m_quotes->header()->setSectionResizeMode(QuoteListModel::KindColumn, QHeaderView::ResizeToContents);
    m_quotes->setColumnWidth(QuoteListModel::SpeakerColumn, 110);
    // Rows take the height of their wrapped quote, measured at the column's width: lay them out
    // again when the width changes.
    connect(m_quotes->header(), &QHeaderView::sectionResized, m_quotes, [this] { m_quotes->doItemsLayout(); });
    m_quotes->setAccessibleName(tr("Quotes in this article"));
    m_quotes->setAccessibleDescription(tr("The article's quotes with their speakers: choose one to go to it; its menu corrects it"));
    addTab(m_quotes, tr("&Quotes"));

    auto *entitiesPage = new QSplitter(Qt::Vertical);
    m_entities->setObjectName(QStringLiteral("entitiesView"));
    m_entities->setModel(m_entityModel);
    m_entities->setUniformRowHeights(true);
    m_entities->setAllColumnsShowFocus(true);
    m_entities->header()->setStretchLastSection(false);
    m_entities->header()->setSectionResizeMode(EntityTreeModel::NameColumn, QHeaderView::Stretch);
    m_entities->header()->setSectionResizeMode(EntityTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_entities->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entities->setAccessibleName(tr("Entities in this article"));
    m_entities->setAccessibleDescription(tr("The people, organisations and places the article names; the menu renames, merges or rejects one"));
    auto *mentioningPage = new QWidget;
    auto *mentioningLayout = new QVBoxLayout(mentioningPage);
    mentioningLayout->setContentsMargins(0, 4, 0, 0);
    m_mentioningLabel->setWordWrap(true);
    m_mentioningLabel->setText(tr("Choose an entity to list every article that mentions it."));
    m_mentioning->setObjectName(QStringLiteral("mentioningList"));
    m_mentioning->setAccessibleName(tr("Articles that mention the entity"));
    m_mentioning->setAccessibleDescription(tr("Every article that mentions the chosen entity: choose one to open it"));
    mentioningLayout->addWidget(m_mentioningLabel);
    mentioningLayout->addWidget(m_mentioning);
    entitiesPage->addWidget(m_entities);
    entitiesPage->addWidget(mentioningPage);
    entitiesPage->setStretchFactor(0, 3);
    entitiesPage->setStretchFactor(1, 2);
    addTab(entitiesPage, tr("E&ntities"));

    connect(m_quotes, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT rangeRequested(index.data(QuoteListModel::StartRole).toInt(), index.data(QuoteListModel::EndRole).toInt());
    });
    connect(m_quotes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT rangeRequested(index.data(QuoteListModel::StartRole).toInt(), index.data(QuoteListModel::EndRole).toInt());
    });
    connect(m_entities->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(EntityTreeModel::EntityIdRole).toLongLong();
        if (id != 0)
            showMentioning(id, index.siblingAtColumn(EntityTreeModel::NameColumn).data().toString());
    });
    connect(m_entities, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid()) {
            const int at = index.data(EntityTreeModel::FirstOffsetRole).toInt();
            Q_EMIT rangeRequested(at, at);
        }
    });
    connect(m_mentioning, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT articleRequested(item->data(ArticleIdRole).toLongLong());
    });
    connect(m_entities, &QWidget::customContextMenuRequested, this, &SidePanel::entityMenu);
}

SidePanel::~SidePanel() = default;

void SidePanel::setDatabase(AnalysisStore *store, const QString &databasePath)
{
    m_store = store;
    m_databasePath = databasePath;
    m_undo->clear();
    clear();
}

void SidePanel::setArticle(qint64 id, const QString &body, const StoredAnalysis &analysis)
{
    m_article = id;
    m_quoteModel->setQuotes(body, analysis.quotes);
    m_entityModel->setArticle(body, analysis);
    m_entities->expandAll();
    setTabText(indexOf(m_quotes), analysis.quotes.isEmpty() ? tr("&Quotes") : tr("&Quotes (%1)").arg(analysis.quotes.size()));
    if (!analysis.analysed)
        m_quotes->setToolTip(tr("This article has not been analysed yet."));
    else
        m_quotes->setToolTip(QString());
}

void SidePanel::clear()
{
    m_article = 0;
    m_quoteModel->clear();
    m_entityModel->clear();
    m_mentioning->clear();
    setTabText(indexOf(m_quotes), tr("&Quotes"));
}

void SidePanel::showMentioning(qint64 entityId, const QString &name)
{
    if (m_databasePath.isEmpty())
        return;
    // An entity such as "UK" is in tens of thousands of articles: read on a worker.
    const int generation = ++m_generation;
    m_mentioning->clear();
    m_mentioningLabel->setText(tr("Looking for articles that mention %1…").arg(name));
    auto *watcher = new QFutureWatcher<QList<EntityArticle>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, name] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QList<EntityArticle> articles = watcher->result();
        m_mentioning->clear();
        for (const EntityArticle &a : articles) {
            auto *item = new QListWidgetItem(a.outlet.isEmpty() ? tr("%1 (%2)").arg(a.title).arg(a.mentions)
                                                                : tr("%1 — %2 (%3)").arg(a.title, a.outlet).arg(a.mentions));
            item->setData(ArticleIdRole, a.articleId);
            item->setToolTip(tr("%1\n%2").arg(item->text(), tr("%n mentions", nullptr, a.mentions)));
            m_mentioning->addItem(item);
        }
        if (articles.size() >= kMentioningLimit)
            m_mentioningLabel->setText(tr("The first %n articles that mention %1 (most mentions first):", nullptr, int(articles.size())).arg(name));
        else
            m_mentioningLabel->setText(tr("%n articles mention %1:", nullptr, int(articles.size())).arg(name));
        Q_EMIT mentioningListed();
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path, entityId] {
        Database db;
        if (!db.open(path))
            return QList<EntityArticle>();
        return AnalysisStore(db.connection()).articlesMentioning(entityId, kMentioningLimit);
    }));
}

void SidePanel::failed(const QString &what)
{
    QMessageBox::warning(this, tr("Entity not changed"), tr("%1\n\n%2").arg(what, m_store ? m_store->errorString() : QString()));
}

void SidePanel::corrected(const QString &text, std::function<bool()> apply, std::function<bool()> revert)
{
    m_undo->push(new CorrectionCommand(text, std::move(apply), std::move(revert), [this] { Q_EMIT analysisChanged(); }));
    Q_EMIT analysisChanged();
}

bool SidePanel::renameEntity(qint64 id, const QString &name)
{
    const auto before = m_store ? m_store->entity(id) : std::nullopt;
    if (!before || !m_store->rename(id, name)) {
        failed(tr("Cannot rename the entity."));
        return false;
    }
    const QString old = before->name;
    corrected(tr("Rename “%1” to “%2”").arg(old, name), [this, id, name] { return m_store->rename(id, name); },
              [this, id, old] { return m_store->rename(id, old); });
    return true;
}

bool SidePanel::setEntityType(qint64 id, EntityType type)
{
    const auto before = m_store ? m_store->entity(id) : std::nullopt;
    if (!before || !m_store->setType(id, type)) {
        failed(tr("Cannot change the type."));
        return false;
    }
    const EntityType old = before->type;
    corrected(tr("Make “%1” a %2").arg(before->name, EntityTreeModel::typeName(type).toLower()),
              [this, id, type] { return m_store->setType(id, type); }, [this, id, old] { return m_store->setType(id, old); });
    return true;
}

bool SidePanel::rejectEntity(qint64 id)
{
    const auto before = m_store ? m_store->entity(id) : std::nullopt;
    if (!before || !m_store->setRejected(id, true)) {
        failed(tr("Cannot mark it as not an entity."));
        return false;
    }
    corrected(tr("“%1” is not an entity").arg(before->name), [this, id] { return m_store->setRejected(id, true); },
              [this, id] { return m_store->setRejected(id, false); });
    return true;
}

bool SidePanel::mergeEntity(qint64 from, qint64 into)
{
    const auto a = m_store ? m_store->entity(from) : std::nullopt;
    const auto b = m_store ? m_store->entity(into) : std::nullopt;
    if (!a || !b || !m_store->merge(from, into)) {
        failed(tr("Cannot merge the entities."));
        return false;
    }
    corrected(tr("Merge “%1” into “%2”").arg(a->name, b->name), [this, from, into] { return m_store->merge(from, into); },
              [this, from] { return m_store->unmerge(from); });
    return true;
}

qint64 SidePanel::splitEntity(qint64 id, const QStringList &aliases, const QString &name)
{
    const auto before = m_store ? m_store->entity(id) : std::nullopt;
    const qint64 created = before ? m_store->split(id, aliases, name) : 0;
    if (created == 0) {
        failed(tr("Cannot split the entity."));
        return 0;
    }
    // Undo folds the new entity back in; redo separates it again.
    corrected(tr("Split “%1” from “%2”").arg(name, before->name), [this, created] { return m_store->unmerge(created); },
              [this, created, id] { return m_store->merge(created, id); });
    return created;
}

void SidePanel::entityMenu(const QPoint &pos)
{
    const QModelIndex index = m_entities->indexAt(pos);
    const qint64 id = index.data(EntityTreeModel::EntityIdRole).toLongLong();
    if (id == 0 || !m_store)
        return;
    const auto entity = m_store->entity(id);
    if (!entity)
        return;
    QMenu menu(this);
    if (!m_correctionsEnabled) {
        menu.addAction(tr("Corrections are possible once the import has finished."))->setEnabled(false);
        menu.exec(m_entities->viewport()->mapToGlobal(pos));
        return;
    }
    menu.addAction(tr("&Rename…"), this, [this, id, entity] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("Name:"), QLineEdit::Normal, entity->name, &ok);
        if (ok && !name.trimmed().isEmpty() && name != entity->name)
            renameEntity(id, name);
    });
    QMenu *type = menu.addMenu(tr("Change &Type"));
    for (EntityType t : {EntityType::Person, EntityType::Organisation, EntityType::Location}) {
        QAction *action = type->addAction(EntityTreeModel::typeName(t), this, [this, id, t] { setEntityType(id, t); });
        action->setCheckable(true);
        action->setChecked(t == entity->type);
    }
    menu.addAction(tr("&Not an Entity"), this, [this, id] { rejectEntity(id); });
    menu.addSeparator();
    menu.addAction(tr("&Merge Into…"), this, [this, id, entity] {
        // Candidates: the registry's entities of the same type, most mentioned first.
        QList<EntityRecord> all = m_store->entities();
        std::sort(all.begin(), all.end(), [](const EntityRecord &a, const EntityRecord &b) { return a.mentions > b.mentions; });
        QStringList names;
        QList<qint64> ids;
        for (const EntityRecord &e : std::as_const(all)) {
            if (e.id != id && e.type == entity->type && names.size() < 5000) {
                names << tr("%1 (%n mentions)", nullptr, e.mentions).arg(e.name);
                ids << e.id;
            }
        }
        if (names.isEmpty())
            return;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Merge Entity"), tr("Merge “%1” into:").arg(entity->name), names, 0, true, &ok);
        if (ok && names.indexOf(chosen) >= 0)
            mergeEntity(id, ids.at(names.indexOf(chosen)));
    });
    QAction *split = menu.addAction(tr("&Split…"), this, [this, id, entity] {
        bool ok = false;
        const QString alias = QInputDialog::getItem(this, tr("Split Entity"), tr("The name that is someone or something else:"),
                                                    entity->aliases, 0, false, &ok);
        if (!ok || alias.isEmpty())
            return;
        const QString name = QInputDialog::getText(this, tr("Split Entity"), tr("Name of the new entity:"), QLineEdit::Normal, alias, &ok);
        if (ok && !name.trimmed().isEmpty())
            splitEntity(id, {alias}, name);
    });
    split->setEnabled(!entity->aliases.isEmpty());
    menu.exec(m_entities->viewport()->mapToGlobal(pos));
}

} // namespace Dossier
