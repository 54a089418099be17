// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"
#include "linkstore.h"

#include <QDialog>
#include <QWidget>

class QAction;
class QLabel;
class QTextBrowser;
class QTreeView;

namespace Dossier {

class Annotator;
class ArticleStore;
class QuoteLinksModel;
class StoryLinksModel;

/**
 * The side panel's Links tab for the article shown: the other articles of its story ("Same
 * story") and its quotes as other outlets give them ("Same quote elsewhere"), with the analyst's
 * decisions on each link (confirm, reject, withdraw, link by hand; undoable through Annotator)
 * and, for the row chosen, a word diff of the two versions. Rejected links stay listed, greyed.
 *
 * The lists are read on the GUI thread (a story has a handful of articles), and only while the
 * tab is shown.
 */
class LinksPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPanel(Annotator *annotator, QWidget *parent = nullptr);
    ~LinksPanel() override;

    /** The GUI thread's stores of the corpus open (null: none) and its database file (for the
        article picker, which reads on its own connection). */
    void setDatabase(const ArticleStore *articles, const AnalysisStore *analysis, const QString &databasePath);
    /** The article shown; its quotes as the analyst has them (for "Link Quote…"). */
    void setArticle(qint64 id, const QString &body, const QList<StoredQuote> &quotes);
    void clear();
    /** Reads the links again (after a decision, an undo, an import): at once when the tab is
        shown, else when it is shown next. */
    void reload();

    StoryLinksModel *storyModel() const { return m_storyModel; }
    QuoteLinksModel *quoteModel() const { return m_quoteModel; }
    QTreeView *storyView() const { return m_stories; }
    QTreeView *quoteView() const { return m_quotes; }
    QTextBrowser *diffView() const { return m_diff; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *rejectAction() const { return m_reject; }
    QAction *withdrawAction() const { return m_withdraw; }
    QAction *linkArticleAction() const { return m_linkArticle; }
    QAction *linkQuoteAction() const { return m_linkQuote; }
    QAction *compareAction() const { return m_compare; }

    /** Links the article shown to `other` by hand (what "Link to Article…" does once picked). */
    bool linkToArticle(qint64 other);
    /** Links the article's quote `own` to the quote `other` by hand. */
    bool linkQuotes(const QuoteRef &own, const QuoteRef &other);
    /** Opens the compare view for the article shown and the chosen linked article (non-modal). */
    void compareSelected();

Q_SIGNALS:
    void articleRequested(qint64 articleId);
    /** Show this range of the article's body in the reader. */
    void rangeRequested(int start, int end);
    /** The word diff of the row chosen is shown (the diff of two articles is made on a worker). */
    void diffShown();
    /** A compare view was opened (tests find it here). */
    void compareOpened(QDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Focus { None, Story, Quote };
    void load();
    void decide(LinkDecision::Verdict verdict);
    void withdraw();
    void pickArticle();
    void pickQuote();
    void selectionChanged(Focus focus);
    void updateActions();
    void showDiff();
    void contextMenu(QTreeView *view, const QPoint &pos);
    /** The other article of the current row (a story row, or another outlet's quote), 0 for none. */
    qint64 currentOther() const;
    QuoteRef refOf(const LinkedQuote &q) const;

    Annotator *m_annotator;
    const ArticleStore *m_articles = nullptr;
    const AnalysisStore *m_analysis = nullptr;
    QString m_databasePath;
    qint64 m_article = 0;
    QString m_body;
    QList<StoredQuote> m_ownQuotes;
    bool m_dirty = false;
    Focus m_focus = Focus::None;
    int m_diffGeneration = 0;

    StoryLinksModel *m_storyModel;
    QuoteLinksModel *m_quoteModel;
    QLabel *m_storyLabel;
    QLabel *m_quoteLabel;
    QTreeView *m_stories;
    QTreeView *m_quotes;
    QLabel *m_diffLabel;
    QTextBrowser *m_diff;
    QAction *m_confirm;
    QAction *m_reject;
    QAction *m_withdraw;
    QAction *m_linkArticle;
    QAction *m_linkQuote;
    QAction *m_compare;
};

} // namespace Dossier
