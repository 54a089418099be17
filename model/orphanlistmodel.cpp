// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphanlistmodel.h"

#include "annotator.h"
#include "articlestore.h"

#include <QHash>

namespace Dossier {

namespace {

constexpr qsizetype kShownTextLength = 200;

QString abridged(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > kShownTextLength ? flat.left(kShownTextLength) + QChar(0x2026) : flat;
}

} // namespace

OrphanListModel::OrphanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrphanListModel::setAnnotator(Annotator *annotator)
{
    if (m_annotator)
        disconnect(m_annotator, nullptr, this, nullptr);
    m_annotator = annotator;
    if (annotator) {
        // Orphans are few: any change that may touch one reads the list again.
        connect(annotator, &Annotator::articlesChanged, this, &OrphanListModel::refresh);
        connect(annotator, &Annotator::codebookChanged, this, &OrphanListModel::refresh);
    }
    refresh();
}

void OrphanListModel::refresh()
{
    QList<Row> rows;
    if (m_annotator && m_annotator->hasDatabase()) {
        const AnnotationStore &store = m_annotator->store();
        QHash<qint64, QString> tagNames;
        for (const Tag &t : store.tags())
            tagNames.insert(t.id, t.name);
        const QList<Annotation> orphans = store.orphans();
        QList<qint64> articleIds;
        for (const Annotation &a : orphans) {
            if (articleIds.isEmpty() || articleIds.last() != a.articleId)
                articleIds.append(a.articleId); // orphans() is in article order
        }
        QHash<qint64, QString> titles;
        const ArticleStore articles(store.database());
        for (const ArticleSummary &s : articles.summaries(articleIds))
            titles.insert(s.id, s.title.isEmpty() ? s.path : s.title);
        for (const Annotation &a : orphans) {
            QStringList names;
            for (qint64 id : a.tags)
                names.append(tagNames.value(id));
            rows.append({a, titles.value(a.articleId), names.join(QStringLiteral(", "))});
        }
    }
    beginResetModel();
    m_orphans = std::move(rows);
    endResetModel();
}

bool OrphanListModel::reattach(int row, const QString &body, int start, int end)
{
    if (!m_annotator || row < 0 || row >= m_orphans.size())
        return false;
    return m_annotator->reattach(m_orphans.at(row).annotation.id, body, start, end);
}

bool OrphanListModel::remove(int row)
{
    if (!m_annotator || row < 0 || row >= m_orphans.size())
        return false;
    return m_annotator->deleteAnnotation(m_orphans.at(row).annotation.id);
}

int OrphanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orphans.size());
}

int OrphanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrphanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orphans.size())
        return {};
    const Row &r = m_orphans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn:
            return r.title;
        case TextColumn:
            return abridged(r.annotation.anchor.exact);
        case NoteColumn:
            return abridged(r.annotation.note);
        case TagsColumn:
            return r.tags;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return tr("“%1”\nCould not be re-found after the article's text changed. Select the passage in the "
                      "article and re-attach it, or delete it.")
                .arg(r.annotation.anchor.exact);
        if (index.column() == NoteColumn && !r.annotation.note.isEmpty())
            return r.annotation.note;
        return {};
    case AnnotationIdRole:
        return r.annotation.id;
    case ArticleIdRole:
        return r.annotation.articleId;
    case ExactRole:
        return r.annotation.anchor.exact;
    }
    return {};
}

QVariant OrphanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case TextColumn:
        return tr("Annotated text");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

} // namespace Dossier
