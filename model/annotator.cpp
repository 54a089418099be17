// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotator.h"

#include "anchoring.h"
#include "articlestore.h"
#include "logging.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Dossier {

ChangeSet ChangeSet::reversed() const
{
    ChangeSet r;
    r.tagsBefore = tagsAfter;
    r.tagsAfter = tagsBefore;
    r.annotationsBefore = annotationsAfter;
    r.annotationsAfter = annotationsBefore;
    r.linksAdded = linksRemoved;
    r.linksRemoved = linksAdded;
    r.notesBefore = notesAfter;
    r.notesAfter = notesBefore;
    r.reviewsBefore = reviewsAfter;
    r.reviewsAfter = reviewsBefore;
    r.decisionsBefore = decisionsAfter;
    r.decisionsAfter = decisionsBefore;
    return r;
}

bool ChangeSet::isEmpty() const
{
    return tagsBefore.isEmpty() && tagsAfter.isEmpty() && annotationsBefore.isEmpty() && annotationsAfter.isEmpty()
        && linksAdded.isEmpty() && linksRemoved.isEmpty() && notesBefore.isEmpty() && notesAfter.isEmpty()
        && reviewsBefore.isEmpty() && reviewsAfter.isEmpty() && decisionsBefore.isEmpty() && decisionsAfter.isEmpty();
}

QSet<qint64> ChangeSet::articles() const
{
    QSet<qint64> ids;
    for (const auto *list : {&annotationsBefore, &annotationsAfter})
        for (const Annotation &a : *list)
            ids.insert(a.articleId);
    for (const auto *list : {&notesBefore, &notesAfter})
        for (const ArticleNote &n : *list)
            ids.insert(n.articleId);
    for (const auto *list : {&reviewsBefore, &reviewsAfter})
        for (const QuoteReview &r : *list)
            ids.insert(r.articleId);
    return ids;
}

namespace {

// The ids of a list of rows, to ask "is this row on the other side too" in constant time (an
// autocode step holds tens of thousands).
template<typename T>
QSet<qint64> idsOf(const QList<T> &list)
{
    QSet<qint64> ids;
    ids.reserve(list.size());
    for (const T &x : list)
        ids.insert(x.id);
    return ids;
}

class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(Annotator *annotator, ChangeSet change, const QString &text)
        : QUndoCommand(text)
        , m_annotator(annotator)
        , m_change(std::move(change))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false; // applied before it was pushed
            return;
        }
        if (!m_annotator->write(m_change))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_annotator->write(m_change.reversed()))
            setObsolete(true);
    }

private:
    Annotator *m_annotator;
    ChangeSet m_change;
    bool m_first = true;
};

class StepCommand final : public QUndoCommand
{
public:
    StepCommand(const QString &text, std::function<bool()> redo, std::function<bool()> undo, std::function<void()> changed)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_changed(std::move(changed))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (m_redo && !m_redo())
            setObsolete(true);
        if (m_changed)
            m_changed();
    }

    void undo() override
    {
        if (m_undo && !m_undo())
            setObsolete(true);
        if (m_changed)
            m_changed();
    }

private:
    std::function<bool()> m_redo, m_undo;
    std::function<void()> m_changed;
    bool m_first = true;
};

QString defaultAuthor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

Annotator::Annotator(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
    , m_author(defaultAuthor())
{
}

Annotator::Annotator(const QSqlDatabase &db, QObject *parent)
    : Annotator(parent)
{
    setDatabase(db);
}

void Annotator::setDatabase(const QSqlDatabase &db)
{
    m_stack->clear();
    m_store.reset(db.isValid() ? new AnnotationStore(db) : nullptr);
    m_links.reset(db.isValid() ? new LinkStore(db) : nullptr);
    Q_EMIT codebookChanged();
    Q_EMIT articlesChanged({});
    Q_EMIT quoteReviewsChanged({});
}

Annotator::~Annotator() = default;

void Annotator::setReadOnly(bool readOnly, const QString &message)
{
    m_readOnly = readOnly;
    m_readOnlyMessage = message;
}

bool Annotator::refuseIfReadOnly()
{
    if (!m_store) {
        m_error = tr("No corpus is open.");
        Q_EMIT failed(m_error);
        return true;
    }
    if (!m_readOnly)
        return false;
    m_error = m_readOnlyMessage.isEmpty() ? tr("This corpus is open read-only; nothing was changed.") : m_readOnlyMessage;
    Q_EMIT failed(m_error);
    return true;
}

void Annotator::announce(const ChangeSet &change)
{
    if (change.touchesCodebook() || !change.linksAdded.isEmpty() || !change.linksRemoved.isEmpty())
        Q_EMIT codebookChanged();
    QSet<qint64> articles = change.articles();
    // Bulk tag changes touch articles the change set does not list: every view refreshes.
    if (!change.linksAdded.isEmpty() || !change.linksRemoved.isEmpty())
        articles.clear();
    if (!articles.isEmpty() || !change.linksAdded.isEmpty() || !change.linksRemoved.isEmpty())
        Q_EMIT articlesChanged(articles);
    if (!change.reviewsBefore.isEmpty() || !change.reviewsAfter.isEmpty()) {
        QSet<qint64> reviewed;
        for (const auto *list : {&change.reviewsBefore, &change.reviewsAfter})
            for (const QuoteReview &r : *list)
                reviewed.insert(r.articleId);
        Q_EMIT quoteReviewsChanged(reviewed);
    }
    if (!change.decisionsBefore.isEmpty() || !change.decisionsAfter.isEmpty())
        Q_EMIT linksChanged();
}

ChangeSet Annotator::withCurrentAnchors(const ChangeSet &change) const
{
    ChangeSet c = change;
    // Bodies of the articles whose rows are re-created, read once: (body, hash).
    std::unique_ptr<ArticleStore> articles;
    QHash<qint64, std::pair<QString, QByteArray>> bodies;
    const auto current = [&](qint64 articleId, const TextAnchor &anchor) {
        auto it = bodies.find(articleId);
        if (it == bodies.end()) {
            if (!articles)
                articles = std::make_unique<ArticleStore>(m_store->database());
            const std::optional<Article> a = articles->article(articleId);
            it = bodies.insert(articleId, a ? std::pair{a->body, TextAnchor::bodyHash(a->body)} : std::pair{QString(), QByteArray()});
        }
        if (it->second.isEmpty() || anchor.bodySha256 == it->second)
            return anchor;
        return reanchor(it->first, anchor);
    };

    QHash<qint64, TextAnchor> expected; // what an updated row's anchor is before this step
    for (const Annotation &a : std::as_const(c.annotationsBefore))
        expected.insert(a.id, a.anchor);
    QList<qint64> updated;
    for (const Annotation &a : std::as_const(c.annotationsAfter)) {
        if (expected.contains(a.id))
            updated.append(a.id);
    }
    QHash<qint64, TextAnchor> now;
    for (const Annotation &a : m_store->annotations(updated))
        now.insert(a.id, a.anchor);
    for (Annotation &a : c.annotationsAfter) {
        if (!expected.contains(a.id)) {
            a.anchor = current(a.articleId, a.anchor);
            continue;
        }
        const auto it = now.constFind(a.id);
        if (it != now.cend() && *it != expected.value(a.id))
            a.anchor = *it;
    }

    QHash<qint64, TextAnchor> expectedReviews;
    for (const QuoteReview &r : std::as_const(c.reviewsBefore))
        expectedReviews.insert(r.id, r.anchor);
    for (QuoteReview &r : c.reviewsAfter) {
        if (!expectedReviews.contains(r.id)) {
            r.anchor = current(r.articleId, r.anchor);
            continue;
        }
        const std::optional<QuoteReview> stored = m_store->quoteReview(r.id);
        if (stored && stored->anchor != expectedReviews.value(r.id)) {
            r.anchor = stored->anchor;
            r.detectedStart = stored->detectedStart;
            r.detectedEnd = stored->detectedEnd;
        }
    }
    return c;
}

bool Annotator::write(const ChangeSet &change)
{
    if (!m_store || m_readOnly) {
        m_error = m_store ? m_readOnlyMessage : tr("No corpus is open.");
        Q_EMIT failed(m_error);
        return false;
    }
    if (!m_store->transaction()) {
        m_error = m_store->errorString();
        Q_EMIT failed(m_error);
        return false;
    }
    const ChangeSet c = withCurrentAnchors(change);
    const QSet<qint64> annotationsBefore = idsOf(c.annotationsBefore), annotationsAfter = idsOf(c.annotationsAfter);
    const QSet<qint64> reviewsBefore = idsOf(c.reviewsBefore), reviewsAfter = idsOf(c.reviewsAfter);
    const QSet<qint64> tagsBefore = idsOf(c.tagsBefore), tagsAfter = idsOf(c.tagsAfter);
    bool linkFailed = false;
    const auto linkError = [&] {
        m_error = m_links->errorString();
        linkFailed = true;
        return false;
    };
    const bool ok = [&] {
        if (!m_store->removeLinks(c.linksRemoved))
            return false;
        for (const Annotation &a : c.annotationsBefore)
            if (!annotationsAfter.contains(a.id) && !m_store->deleteAnnotation(a.id))
                return false;
        for (const QuoteReview &r : c.reviewsBefore)
            if (!reviewsAfter.contains(r.id) && !m_store->deleteQuoteReview(r.id))
                return false;
        // Tags: inserts and updates first, parents first (a merge moves children before their
        // old parent goes), then deletions, children first.
        for (const Tag &t : c.tagsAfter) {
            Tag copy = t;
            if (tagsBefore.contains(t.id) ? !m_store->updateTag(t) : !m_store->insertTag(copy))
                return false;
        }
        for (auto it = c.tagsBefore.crbegin(); it != c.tagsBefore.crend(); ++it)
            if (!tagsAfter.contains(it->id) && !m_store->deleteTag(it->id))
                return false;
        QList<Annotation> inserts;
        for (const Annotation &a : c.annotationsAfter) {
            if (!annotationsBefore.contains(a.id))
                inserts << a;
            else if (!m_store->updateAnnotation(a))
                return false;
        }
        if (!m_store->insertAnnotations(inserts))
            return false;
        for (const QuoteReview &r : c.reviewsAfter) {
            QuoteReview copy = r;
            if (reviewsBefore.contains(r.id) ? !m_store->updateQuoteReview(r) : !m_store->insertQuoteReview(copy))
                return false;
        }
        for (const ArticleNote &n : c.notesBefore) {
            const bool kept = std::any_of(c.notesAfter.cbegin(), c.notesAfter.cend(),
                                          [&](const ArticleNote &x) { return x.articleId == n.articleId; });
            if (!kept && !m_store->setArticleNote(ArticleNote{n.articleId, QString(), QDateTime()}))
                return false;
        }
        for (const ArticleNote &n : c.notesAfter)
            if (!m_store->setArticleNote(n))
                return false;
        if (!m_store->addLinks(c.linksAdded))
            return false;
        // The analyst's link decisions, then the stories and quote clusters built from them.
        const QSet<qint64> decisionsAfter = idsOf(c.decisionsAfter);
        for (const LinkDecision &d : c.decisionsBefore)
            if (!decisionsAfter.contains(d.id) && !m_links->deleteDecision(d.id))
                return linkError();
        const QSet<qint64> decisionsBefore = idsOf(c.decisionsBefore);
        for (const LinkDecision &d : c.decisionsAfter) {
            LinkDecision copy = d;
            if ((decisionsBefore.contains(d.id) && !m_links->deleteDecision(d.id)) || !m_links->insertDecision(copy))
                return linkError();
        }
        if ((!c.decisionsBefore.isEmpty() || !c.decisionsAfter.isEmpty()) && !m_links->rebuildAfter(c.decisionsBefore + c.decisionsAfter))
            return linkError();
        return true;
    }();
    if (!ok || !m_store->commit()) {
        if (m_error.isEmpty() || !linkFailed)
            m_error = m_store->errorString();
        m_store->rollback();
        qCWarning(lcModel) << "change refused:" << m_error;
        Q_EMIT failed(m_error);
        return false;
    }
    announce(c);
    return true;
}

qint64 Annotator::decideLink(LinkDecision decision)
{
    if (refuseIfReadOnly())
        return 0;
    if (decision.a.article == 0 || decision.b.article == 0
        || (decision.kind == LinkDecision::Kind::Articles && decision.a.article == decision.b.article)
        || (decision.kind == LinkDecision::Kind::Quotes && decision.a == decision.b)) {
        m_error = tr("A link needs two different articles or quotes.");
        Q_EMIT failed(m_error);
        return 0;
    }
    if (decision.kind == LinkDecision::Kind::Articles) {
        decision.a = {decision.a.article, -1, -1, QString()};
        decision.b = {decision.b.article, -1, -1, QString()};
    }
    // One decision per pair: a new one replaces what the analyst said before.
    ChangeSet change;
    const auto samePair = [&](const LinkDecision &d) {
        if (d.kind != decision.kind)
            return false;
        const auto same = [&](const QuoteRef &x, const QuoteRef &y) {
            return decision.kind == LinkDecision::Kind::Articles ? x.article == y.article : x == y;
        };
        return (same(d.a, decision.a) && same(d.b, decision.b)) || (same(d.a, decision.b) && same(d.b, decision.a));
    };
    for (const LinkDecision &d : m_links->decisionsOf(decision.a.article)) {
        if (samePair(d))
            change.decisionsBefore.append(d);
    }
    if (change.decisionsBefore.size() == 1 && change.decisionsBefore.first().verdict == decision.verdict)
        return change.decisionsBefore.first().id; // nothing to change
    decision.id = 0;
    if (decision.author.isEmpty())
        decision.author = m_author;
    if (!decision.created.isValid())
        decision.created = QDateTime::currentDateTimeUtc();
    // Take the id now, so undo and redo re-create the row under it.
    {
        LinkDecision probe = decision;
        if (!m_store->transaction() || !m_links->insertDecision(probe) || !m_links->deleteDecision(probe.id) || !m_store->commit()) {
            m_error = m_links->errorString();
            m_store->rollback();
            Q_EMIT failed(m_error);
            return 0;
        }
        decision.id = probe.id;
    }
    change.decisionsAfter.append(decision);
    const bool quotes = decision.kind == LinkDecision::Kind::Quotes;
    QString text;
    switch (decision.verdict) {
    case LinkDecision::Verdict::Confirmed:
        text = quotes ? tr("Confirm Quote Link") : tr("Confirm Story Link");
        break;
    case LinkDecision::Verdict::Rejected:
        text = quotes ? tr("Reject Quote Link") : tr("Reject Story Link");
        break;
    case LinkDecision::Verdict::Manual:
        text = quotes ? tr("Link Quotes") : tr("Link Articles");
        break;
    }
    return apply(change, text) ? decision.id : 0;
}

bool Annotator::deleteLinkDecision(qint64 id)
{
    if (refuseIfReadOnly())
        return false;
    const std::optional<LinkDecision> d = m_links->decision(id);
    if (!d) {
        m_error = tr("That link decision no longer exists.");
        Q_EMIT failed(m_error);
        return false;
    }
    ChangeSet change;
    change.decisionsBefore.append(*d);
    return apply(change, tr("Withdraw Link Decision"));
}

bool Annotator::apply(const ChangeSet &change, const QString &text)
{
    if (refuseIfReadOnly())
        return false;
    if (change.isEmpty())
        return true;
    if (!write(change))
        return false;
    m_stack->push(new ChangeCommand(this, change, text));
    return true;
}

void Annotator::pushStep(const QString &text, std::function<bool()> redo, std::function<bool()> undo,
                         std::function<void()> changed)
{
    m_stack->push(new StepCommand(text, std::move(redo), std::move(undo), std::move(changed)));
}

void Annotator::pushDone(const ChangeSet &change, const QString &text)
{
    if (change.isEmpty())
        return;
    announce(change);
    m_stack->push(new ChangeCommand(this, change, text));
}

// --- codebook ---

bool Annotator::isNameTaken(const QString &name, qint64 parent, qint64 exceptId) const
{
    const QList<Tag> all = tags();
    return std::any_of(all.cbegin(), all.cend(), [&](const Tag &t) {
        return t.id != exceptId && t.parent == parent && t.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

qint64 Annotator::tagForPath(const QString &path, QStringList *created)
{
    const QStringList names = path.split(QLatin1Char('/'));
    qint64 parent = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed();
        if (name.isEmpty()) {
            m_error = tr("“%1” is not a tag name (an empty name in the path)").arg(path);
            Q_EMIT failed(m_error);
            return 0;
        }
        qint64 found = 0;
        for (const Tag &t : tags()) {
            if (t.parent == parent && t.name.compare(name, Qt::CaseInsensitive) == 0) {
                found = t.id;
                break;
            }
        }
        if (found == 0) {
            Tag t;
            t.name = name;
            t.parent = parent;
            found = createTag(t);
            if (found == 0)
                return 0; // createTag said why
            if (created)
                *created << names.mid(0, i + 1).join(QLatin1Char('/'));
        }
        parent = found;
    }
    return parent;
}

qint64 Annotator::createTag(Tag tag)
{
    if (refuseIfReadOnly())
        return 0;
    tag.name = tag.name.trimmed();
    if (tag.name.isEmpty()) {
        m_error = tr("A tag needs a name.");
        Q_EMIT failed(m_error);
        return 0;
    }
    if (isNameTaken(tag.name, tag.parent)) {
        m_error = tr("There is already a tag named “%1” there.").arg(tag.name);
        Q_EMIT failed(m_error);
        return 0;
    }
    int last = -1;
    for (const Tag &t : m_store->tags())
        if (t.parent == tag.parent)
            last = std::max(last, t.position);
    tag.position = last + 1;
    tag.id = 0;
    // The id is taken now, so undo and redo re-create the same row.
    if (!m_store->transaction())
        return 0;
    if (!m_store->insertTag(tag)) {
        m_error = m_store->errorString();
        m_store->rollback();
        Q_EMIT failed(m_error);
        return 0;
    }
    m_store->commit();
    ChangeSet c;
    c.tagsAfter << tag;
    Q_EMIT codebookChanged();
    m_stack->push(new ChangeCommand(this, c, tr("New tag “%1”").arg(tag.name)));
    return tag.id;
}

bool Annotator::editTag(const Tag &tag)
{
    if (refuseIfReadOnly())
        return false;
    const std::optional<Tag> before = m_store->tag(tag.id);
    if (!before)
        return false;
    Tag after = tag;
    after.name = after.name.trimmed();
    if (after.name.isEmpty()) {
        m_error = tr("A tag needs a name.");
        Q_EMIT failed(m_error);
        return false;
    }
    if (isNameTaken(after.name, after.parent, after.id)) {
        m_error = tr("There is already a tag named “%1” there.").arg(after.name);
        Q_EMIT failed(m_error);
        return false;
    }
    if (after == *before)
        return true;
    ChangeSet c;
    c.tagsBefore << *before;
    c.tagsAfter << after;
    QString text;
    if (after.name != before->name)
        text = tr("Rename tag “%1” to “%2”").arg(before->name, after.name);
    else if (after.color != before->color)
        text = tr("Recolour tag “%1”").arg(after.name);
    else if (after.parent != before->parent || after.position != before->position)
        text = tr("Move tag “%1”").arg(after.name);
    else
        text = tr("Edit tag “%1”").arg(after.name);
    return apply(c, text);
}

bool Annotator::moveTag(qint64 id, qint64 newParent, int position)
{
    if (refuseIfReadOnly())
        return false;
    const QList<Tag> all = m_store->tags();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Tag &t) { return t.id == id; });
    if (it == all.cend())
        return false;
    if (m_store->subtree(id).contains(newParent)) {
        m_error = tr("A tag cannot move below itself.");
        Q_EMIT failed(m_error);
        return false;
    }
    if (isNameTaken(it->name, newParent, id)) {
        m_error = tr("There is already a tag named “%1” there.").arg(it->name);
        Q_EMIT failed(m_error);
        return false;
    }
    // Renumber the new siblings so the moved tag sits at `position`.
    QList<Tag> siblings;
    for (const Tag &t : all)
        if (t.parent == newParent && t.id != id)
            siblings << t;
    position = std::clamp(position, 0, int(siblings.size()));
    Tag moved = *it;
    moved.parent = newParent;
    siblings.insert(position, moved);
    ChangeSet c;
    for (int i = 0; i < siblings.size(); ++i) {
        Tag after = siblings.at(i);
        after.position = i;
        const Tag before = *std::find_if(all.cbegin(), all.cend(), [&](const Tag &t) { return t.id == after.id; });
        if (before == after)
            continue;
        c.tagsBefore << before;
        c.tagsAfter << after;
    }
    return apply(c, tr("Move tag “%1”").arg(it->name));
}

bool Annotator::mergeTags(qint64 from, qint64 into)
{
    if (refuseIfReadOnly())
        return false;
    const QList<Tag> all = m_store->tags();
    const auto source = std::find_if(all.cbegin(), all.cend(), [from](const Tag &t) { return t.id == from; });
    const auto target = std::find_if(all.cbegin(), all.cend(), [into](const Tag &t) { return t.id == into; });
    if (source == all.cend() || target == all.cend() || from == into)
        return false;
    if (m_store->subtree(from).contains(into)) {
        m_error = tr("A tag cannot be merged into a tag below it.");
        Q_EMIT failed(m_error);
        return false;
    }
    // Children move under the target: one with the name of a child the target has already would
    // make two tags of one name there.
    for (const Tag &child : all) {
        if (child.parent != from)
            continue;
        for (const Tag &other : all) {
            if (other.parent == into && other.name.compare(child.name, Qt::CaseInsensitive) == 0) {
                m_error = tr("“%1” and “%2” both have a tag named “%3”: merge or rename one of those first.")
                              .arg(source->name, target->name, child.name);
                Q_EMIT failed(m_error);
                return false;
            }
        }
    }
    ChangeSet c;
    c.tagsBefore << *source;
    // Children move under the target, after its own children.
    int last = -1;
    for (const Tag &t : all)
        if (t.parent == into)
            last = std::max(last, t.position);
    for (const Tag &t : all) {
        if (t.parent != from)
            continue;
        Tag after = t;
        after.parent = into;
        after.position = ++last;
        c.tagsBefore << t; // after the source: the undo re-creates the source before its children
        c.tagsAfter << after;
    }
    const QList<TagLink> sourceLinks = m_store->links({from});
    QSet<qint64> hasTarget;
    for (const TagLink &l : m_store->links({into}))
        hasTarget.insert(l.annotation);
    c.linksRemoved = sourceLinks;
    for (const TagLink &l : sourceLinks)
        if (!hasTarget.contains(l.annotation))
            c.linksAdded << TagLink{l.annotation, into};
    return apply(c, tr("Merge tag “%1” into “%2”").arg(source->name, target->name));
}

int Annotator::deleteImpact(qint64 id) const
{
    if (!m_store)
        return 0;
    return m_store->annotationCount(m_store->subtree(id));
}

bool Annotator::deleteTag(qint64 id)
{
    if (refuseIfReadOnly())
        return false;
    const QList<qint64> ids = m_store->subtree(id);
    const QList<Tag> all = m_store->tags();
    ChangeSet c;
    QString name;
    for (const Tag &t : all) { // parents first
        if (ids.contains(t.id))
            c.tagsBefore << t;
        if (t.id == id)
            name = t.name;
    }
    if (c.tagsBefore.isEmpty())
        return false;
    const QList<TagLink> links = m_store->links(ids);
    QList<qint64> touched;
    for (const TagLink &l : links)
        touched << l.annotation;
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    QSet<qint64> removed;
    const QSet<qint64> idSet(ids.cbegin(), ids.cend());
    for (const Annotation &a : m_store->annotations(touched)) {
        const bool keepsTag = std::any_of(a.tags.cbegin(), a.tags.cend(), [&](qint64 t) { return !idSet.contains(t); });
        if (!keepsTag && a.note.isEmpty() && !a.claim) {
            c.annotationsBefore << a;
            removed.insert(a.id);
        }
    }
    for (const TagLink &l : links)
        if (!removed.contains(l.annotation))
            c.linksRemoved << l;
    return apply(c, tr("Delete tag “%1”").arg(name));
}

// --- annotations ---

qint64 Annotator::annotate(qint64 articleId, const QString &body, int start, int end, const QList<qint64> &tagIds)
{
    if (refuseIfReadOnly())
        return 0;
    if (start < 0 || end > body.size() || start >= end) {
        m_error = tr("Select some text of the article first.");
        Q_EMIT failed(m_error);
        return 0;
    }
    for (const Annotation &a : m_store->annotations(articleId)) {
        if (a.anchor.start == start && a.anchor.end == end && a.anchor.state != AnchorState::Orphaned) {
            Annotation after = a;
            for (qint64 t : tagIds)
                if (!after.tags.contains(t))
                    after.tags << t;
            std::sort(after.tags.begin(), after.tags.end());
            if (after.tags == a.tags)
                return a.id;
            after.modified = QDateTime::currentDateTimeUtc();
            ChangeSet c;
            c.annotationsBefore << a;
            c.annotationsAfter << after;
            return apply(c, tr("Tag “%1”").arg(a.anchor.exact.left(40))) ? a.id : 0;
        }
    }
    Annotation a;
    a.articleId = articleId;
    a.anchor = TextAnchor::make(body, start, end);
    a.tags = tagIds;
    std::sort(a.tags.begin(), a.tags.end());
    a.tags.erase(std::unique(a.tags.begin(), a.tags.end()), a.tags.end());
    a.author = m_author;
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    if (!m_store->transaction())
        return 0;
    if (!m_store->insertAnnotation(a) || !m_store->commit()) {
        m_error = m_store->errorString();
        m_store->rollback();
        Q_EMIT failed(m_error);
        return 0;
    }
    ChangeSet c;
    c.annotationsAfter << a;
    announce(c);
    m_stack->push(new ChangeCommand(this, c, tr("Tag “%1”").arg(a.anchor.exact.left(40))));
    return a.id;
}

bool Annotator::editAnnotation(const Annotation &changed, const QString &text)
{
    if (refuseIfReadOnly())
        return false;
    const std::optional<Annotation> before = m_store->annotation(changed.id);
    if (!before)
        return false;
    Annotation after = changed;
    std::sort(after.tags.begin(), after.tags.end());
    after.tags.erase(std::unique(after.tags.begin(), after.tags.end()), after.tags.end());
    after.modified = before->modified;
    if (after == *before)
        return true;
    after.modified = QDateTime::currentDateTimeUtc();
    ChangeSet c;
    c.annotationsBefore << *before;
    c.annotationsAfter << after;
    return apply(c, text.isEmpty() ? tr("Edit annotation") : text);
}

bool Annotator::deleteAnnotation(qint64 id)
{
    if (refuseIfReadOnly())
        return false;
    const std::optional<Annotation> before = m_store->annotation(id);
    if (!before)
        return false;
    ChangeSet c;
    c.annotationsBefore << *before;
    return apply(c, tr("Delete annotation “%1”").arg(before->anchor.exact.left(40)));
}

bool Annotator::reattach(qint64 id, const QString &body, int start, int end)
{
    if (refuseIfReadOnly())
        return false;
    std::optional<Annotation> a = m_store->annotation(id);
    if (!a || start < 0 || end > body.size() || start >= end)
        return false;
    Annotation after = *a;
    after.anchor = TextAnchor::make(body, start, end);
    return editAnnotation(after, tr("Re-attach annotation"));
}

int Annotator::addAnnotations(QList<Annotation> annotations, const QString &text)
{
    if (refuseIfReadOnly() || annotations.isEmpty())
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store->transaction())
        return 0;
    for (Annotation &a : annotations) {
        a.id = 0;
        if (a.author.isEmpty())
            a.author = m_author;
        a.created = a.modified = now;
    }
    if (!m_store->insertAnnotations(annotations)) {
        m_error = m_store->errorString();
        m_store->rollback();
        Q_EMIT failed(m_error);
        return 0;
    }
    if (!m_store->commit()) {
        m_error = m_store->errorString();
        m_store->rollback();
        Q_EMIT failed(m_error);
        return 0;
    }
    ChangeSet c;
    c.annotationsAfter = annotations;
    announce(c);
    m_stack->push(new ChangeCommand(this, c, text));
    return int(annotations.size());
}

// --- notes ---

bool Annotator::setArticleNote(qint64 articleId, const QString &note)
{
    if (refuseIfReadOnly())
        return false;
    const ArticleNote before = m_store->articleNote(articleId);
    if (before.note == note)
        return true;
    ChangeSet c;
    if (!before.note.isEmpty())
        c.notesBefore << before;
    if (!note.isEmpty())
        c.notesAfter << ArticleNote{articleId, note, QDateTime::currentDateTimeUtc()};
    if (c.notesBefore.isEmpty() && c.notesAfter.isEmpty())
        return true;
    return apply(c, tr("Edit article note"));
}

// --- quotes ---

bool Annotator::reviewQuote(QuoteReview review, const QString &body, const QString &text)
{
    if (refuseIfReadOnly())
        return false;
    ChangeSet c;
    if (review.id > 0) {
        const std::optional<QuoteReview> before = m_store->quoteReview(review.id);
        if (!before)
            return false;
        c.reviewsBefore << *before;
    }
    const TextAnchor anchor = TextAnchor::make(body, review.anchor.start, review.anchor.end);
    if (anchor.start >= anchor.end) {
        m_error = tr("A quote needs some text.");
        Q_EMIT failed(m_error);
        return false;
    }
    review.anchor = anchor;
    review.modified = QDateTime::currentDateTimeUtc();
    if (review.id == 0) {
        // Take the id now so undo and redo re-create the same row.
        if (!m_store->transaction())
            return false;
        if (!m_store->insertQuoteReview(review) || !m_store->commit()) {
            m_error = m_store->errorString();
            m_store->rollback();
            Q_EMIT failed(m_error);
            return false;
        }
        c.reviewsAfter << review;
        announce(c);
        m_stack->push(new ChangeCommand(this, c, text));
        return true;
    }
    c.reviewsAfter << review;
    return apply(c, text);
}

bool Annotator::deleteQuoteReview(qint64 id)
{
    if (refuseIfReadOnly())
        return false;
    const std::optional<QuoteReview> before = m_store->quoteReview(id);
    if (!before)
        return false;
    ChangeSet c;
    c.reviewsBefore << *before;
    return apply(c, tr("Clear quote review"));
}

} // namespace Dossier
