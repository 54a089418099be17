// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "annotation.h"
#include "article.h"
#include "articlehighlighter.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Dossier {

class LayerLegend;

/** The reader: a metadata header over the read-only article text, cleaned or original. The text
 *  is the body exactly, so a document position is a body offset; the highlighter lays the
 *  analysis over it. */
class ReaderView final : public QWidget
{
    Q_OBJECT

public:
    using Layer = ArticleHighlighter::Layer;

    explicit ReaderView(QWidget *parent = nullptr);

    /** Shows the article with its analysis (none: cleared until setAnalysis()). One layout of the
        text: giving the analysis here rather than by setAnalysis() afterwards saves a second one. */
    void setArticle(const Article &article, const QList<EntitySpan> &entities = {}, const QList<QuoteSpan> &quotes = {});
    void clear();
    const Article &article() const { return m_article; }

    /** The analysis of the current article (offsets into its body). Not drawn on the original. */
    void setAnalysis(const QList<EntitySpan> &entities, const QList<QuoteSpan> &quotes);
    const QList<EntitySpan> &entities() const { return m_entities; }
    const QList<QuoteSpan> &quotes() const { return m_quotes; }
    /** The quote whose marks enclose `position` (a body offset); a span with markEnd == markStart
     *  (all zero) when there is none, or when the original is shown. */
    QuoteSpan quoteAt(int position) const;
    /** What hovering a quote shows: "Said by …" or "Speaker unknown". */
    static QString quoteToolTip(const QuoteSpan &quote);

    /** The analyst's annotations as marks: overlapping ones are cut where they overlap, the parts
        covered by several drawn in their colours mixed and underlined in waves. */
    void setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QColor> &tagColors);
    const QList<Annotation> &annotations() const { return m_annotations; }
    /** The annotations that cover a body offset (several where they overlap), in text order. */
    QList<Annotation> annotationsAt(int position) const;
    static QList<AnnotationMark> marksFor(const QList<Annotation> &annotations, const QHash<qint64, QColor> &tagColors);
    /** The selected range of the body; start == end when nothing is selected or the original is shown. */
    std::pair<int, int> selectedRange() const;
    /** Scrolls so the body offset is in view, a third down the page. */
    void scrollToOffset(int offset);
    /** Selects the body range [start, end) and scrolls to it. */
    void selectRange(int start, int end);

    bool showsOriginal() const { return m_showOriginal; }
    void setShowOriginal(bool original);

    /** Marks every occurrence of these terms (case-insensitive), and scrolls to the first. */
    void setHighlightTerms(const QStringList &terms);

    /** A repository theme by name; empty: follow the application palette (light or dark). */
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const;

    QString displayedText() const;
    QTextBrowser *textView() const { return m_text; }
    ArticleHighlighter *highlighter() const { return m_highlighter; }
    LayerLegend *legend() const { return m_legend; }

Q_SIGNALS:
    void layerVisibilityChanged(Dossier::ArticleHighlighter::Layer layer, bool visible);
    /** A right click in the body, or the menu key: `position` is the body offset under the mouse,
        or the caret's (-1 none). */
    void contextMenuRequested(const QPoint &globalPos, int position);
    /** A click that selected nothing, on the body offset `position`. */
    void positionClicked(int position);
    /** The caret, moved by the reader's user, came into a quote (`description`: who said it, as its
        tooltip says to the mouse) or left one (`description` empty). For the keyboard and screen
        readers, which have no hover. */
    void caretQuoteChanged(const QString &description);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyHighlights();
    void applyAnalysis();
    void applyTheme();
    /** The body offset of the character drawn at a point of the document; -1 if none. */
    int characterAt(const QPointF &documentPoint) const;

    QLabel *m_header;
    QTextBrowser *m_text;
    LayerLegend *m_legend;
    ArticleHighlighter *m_highlighter;
    Article m_article;
    QList<EntitySpan> m_entities;
    QList<QuoteSpan> m_quotes;
    QList<Annotation> m_annotations;
    QList<AnnotationMark> m_marks;
    bool m_showOriginal = false;
    int m_caretQuoteStart = -1; // the quote the caret is in (its start), -1 none
    bool m_placingCaret = false; // the caret is being moved by this class, not by the user
    /** Puts the caret (and selection) of `cursor` in the text, as the program's move. */
    void placeCaret(const QTextCursor &cursor);
    /** Follows the caret into and out of quotes (`said`: tell it, the user moved it). */
    void followCaret(bool said);
    QStringList m_terms;
    QString m_themeName;
};

} // namespace Dossier
