// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "annotationstore.h"
#include "linkstore.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QUndoStack;

namespace Dossier {

/**
 * One undoable change to the analyst's work, as the rows it touches before and after. A row in
 * `…Before` and not in `…After` is deleted, the other way round inserted (with its id), in both
 * updated. `linksAdded`/`linksRemoved` carry bulk tag changes (a merge) without whole rows.
 * Applying the reverse (`reversed()`) undoes it exactly.
 */
struct ChangeSet
{
    QList<Tag> tagsBefore, tagsAfter;
    QList<Annotation> annotationsBefore, annotationsAfter;
    QList<TagLink> linksAdded, linksRemoved;
    QList<ArticleNote> notesBefore, notesAfter;
    QList<QuoteReview> reviewsBefore, reviewsAfter;
    QList<LinkDecision> decisionsBefore, decisionsAfter; ///< the analyst's link decisions (issue 5)

    ChangeSet reversed() const;
    bool isEmpty() const;
    /** The articles whose annotations, notes or quote reviews this touches. */
    QSet<qint64> articles() const;
    bool touchesCodebook() const { return !tagsBefore.isEmpty() || !tagsAfter.isEmpty(); }
};

/**
 * The analyst's work and its history. Every change is one SQLite transaction, committed before the
 * call returns (no Save), and one step on `undoStack()`; undo and redo are transactions too. A
 * change the database refuses is rolled back, reported by `errorString()` and `failed()`, and never
 * reaches the stack.
 *
 * Also takes other undoable steps (the registry corrections) through `pushStep()`, so one stack
 * holds the whole history. Never touches a widget: the GUI listens to the signals.
 */
class Annotator final : public QObject
{
    Q_OBJECT

public:
    explicit Annotator(QObject *parent = nullptr);
    Annotator(const QSqlDatabase &db, QObject *parent = nullptr);
    ~Annotator() override;

    /** Works on `db` from now on (the GUI thread's connection to the corpus open); clears the
        history. An invalid `db` detaches: every change is then refused. */
    void setDatabase(const QSqlDatabase &db);
    bool hasDatabase() const { return m_store != nullptr; }

    QUndoStack *undoStack() const { return m_stack; }
    /** Only while hasDatabase(). */
    AnnotationStore &store() { return *m_store; }
    const AnnotationStore &store() const { return *m_store; }
    QString errorString() const { return m_error; }

    /** Another instance has the corpus open: every change is refused with `readOnlyMessage()`. */
    void setReadOnly(bool readOnly, const QString &message = QString());
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyMessage() const { return m_readOnlyMessage; }

    /** Who annotations are made by (stored with each one); default: the user's login name. */
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    // --- codebook ---
    QList<Tag> tags() const { return m_store ? m_store->tags() : QList<Tag>(); }
    /** Creates a tag (under `tag.parent`, last among its siblings); returns its id, 0 on failure. */
    qint64 createTag(Tag tag);
    /** Renames, recolours, describes, sets the shortcut, or moves (parent, position) a tag. */
    bool editTag(const Tag &tag);
    bool moveTag(qint64 id, qint64 newParent, int position);
    /** Moves every annotation of `from` to `into` (an annotation with both keeps one), its
        children under `into`, and deletes `from`. */
    bool mergeTags(qint64 from, qint64 into);
    /** How many annotations deleting `id` touches (those carrying it or a tag below it). */
    int deleteImpact(qint64 id) const;
    /** Deletes a tag and its children; their annotations lose the tags, and an annotation left with
        no tag, no note and no claim is deleted. */
    bool deleteTag(qint64 id);
    /** The tag a path names ("Parent/Child", names compared regardless of case), creating the
        missing ones (each one undo step; wrap in a macro for one). Returns 0 with errorString() set
        on an empty name or a refusal; `created` gets the paths it made. */
    qint64 tagForPath(const QString &path, QStringList *created = nullptr);
    /** A tag name that is free among `parent`'s children. */
    bool isNameTaken(const QString &name, qint64 parent, qint64 exceptId = 0) const;

    // --- annotations ---
    /** Tags [start, end) of `body` (the article's current body) with `tagIds`. When an annotation
        has exactly that span already, the tags are added to it. Returns its id, 0 on failure. */
    qint64 annotate(qint64 articleId, const QString &body, int start, int end, const QList<qint64> &tagIds);
    /** Replaces an annotation's editable parts (tags, note, claim, claimant, evidence, span). */
    bool editAnnotation(const Annotation &changed, const QString &text = QString());
    bool deleteAnnotation(qint64 id);
    /** Re-attaches an orphaned annotation to [start, end) of the current `body`. */
    bool reattach(qint64 id, const QString &body, int start, int end);
    /** Adds many annotations as one step (autocode); returns how many. */
    int addAnnotations(QList<Annotation> annotations, const QString &text);

    // --- notes ---
    bool setArticleNote(qint64 articleId, const QString &note);

    // --- quotes ---
    /** Confirms, rejects or corrects a detected quote [detectedStart, detectedEnd). `review.id` 0:
        a new review; otherwise replaces that review. */
    bool reviewQuote(QuoteReview review, const QString &body, const QString &text);
    bool deleteQuoteReview(qint64 id);

    // --- links between articles and quotes (issue 5) ---
    /** Records the analyst's decision on two articles or two quotes: confirm or reject the machine's
        link, or link them by hand. A decision on the same pair replaces the earlier one (in one
        undo step). Stories and quote clusters are rebuilt in the same transaction. Returns the
        decision's id, 0 on failure. */
    qint64 decideLink(LinkDecision decision);
    /** Withdraws a decision: the pair is back to what the machine suggests. */
    bool deleteLinkDecision(qint64 id);
    /** Only while hasDatabase(). */
    LinkStore &links() { return *m_links; }

    // --- any step ---
    /** Applies `change` as one transaction and pushes it; false (nothing changed) on failure. */
    bool apply(const ChangeSet &change, const QString &text);
    /** Pushes a step made elsewhere (already done), with its own undo and redo. */
    void pushStep(const QString &text, std::function<bool()> redo, std::function<bool()> undo,
                  std::function<void()> changed);

    /** Announces a change written elsewhere in one transaction (the annotation import on a worker)
        and pushes it as one step, so undo takes it back. */
    void pushDone(const ChangeSet &change, const QString &text);

    /** Applies a change set without the stack (used by the undo commands). */
    bool write(const ChangeSet &change);

Q_SIGNALS:
    void codebookChanged();
    /** Annotations, notes or quote reviews of these articles changed (undo and redo too). */
    void articlesChanged(const QSet<qint64> &articleIds);
    /** Quote reviews of these articles changed (empty set: anything may have): the quotes as the
        analyst has them must be read again. Also announced by articlesChanged(). */
    void quoteReviewsChanged(const QSet<qint64> &articleIds);
    /** Link decisions changed (undo and redo too): stories and quote clusters were rebuilt. */
    void linksChanged();
    void failed(const QString &message);

private:
    /**
     * `change` with the anchors a re-import has re-found since the step was recorded: a step holds
     * anchors into the text of its time, and undo or redo must bring back the analyst's work but
     * never an anchor into a text that is gone. An updated row keeps its current anchor when that
     * is not the one the step replaces; a re-created row made on another text is re-found in the
     * current one (or orphaned).
     */
    ChangeSet withCurrentAnchors(const ChangeSet &change) const;
    bool refuseIfReadOnly();
    void announce(const ChangeSet &change);

    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<LinkStore> m_links;
    QUndoStack *m_stack;
    QString m_error;
    QString m_author;
    QString m_readOnlyMessage;
    bool m_readOnly = false;
};

} // namespace Dossier
