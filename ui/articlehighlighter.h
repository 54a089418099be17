// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QList>
#include <QSizeF>
#include <QHash>
#include <QTextCharFormat>

#include <array>
#include <climits>
#include <vector>

class QTextDocument;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Dossier {

/** One mark of the annotations layer: a range of the body and the colour of its tag. */
struct AnnotationMark
{
    int start = 0;
    int end = 0;
    QColor color;
    int depth = 1; ///< how many annotations cover this range: 2 or more draws a wavy underline
};

/**
 * Highlights an article: the "Dossier Article" syntax definition (quotes, datelines, numbers, URLs)
 * in the colours of a repository theme, with the analysis layers laid over it (entities by type,
 * quotes, speakers, annotations). Layers only add backgrounds and underlines, so the theme's text
 * colours stay. Offsets are document positions, which in the reader are body offsets.
 *
 * A change (analysis, layer, theme) highlights the whole document again in one pass, with the
 * view's layout held back until the pass is done. A typical article is done when the call
 * returns; a long one (over 64 K characters) on the next event-loop turn. finished() tells when.
 */
/**
 * Holds a document's layout while it lives: with no page size the layout keeps no lines, and the
 * page size given back lays the document out once, lazily, a page at a time. Highlighting block by
 * block once a view has laid the document out costs a relayout of every later block for each one
 * (quadratic, seconds for 300 KB); setting text, formats and highlighting one after the other lays
 * it out after each step. A document without a page size is left alone.
 */
class LayoutHold
{
public:
    explicit LayoutHold(QTextDocument *doc);
    ~LayoutHold();
    Q_DISABLE_COPY_MOVE(LayoutHold)

private:
    QTextDocument *m_doc;
    QSizeF m_page;
};

class ArticleHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Layer : int { Person, Organisation, Location, Date, Quote, Speaker, Annotations };
    static constexpr int layerCount = 7;

    /** The one repository of the application: the library's definitions and themes and ours. */
    static KSyntaxHighlighting::Repository &repository();
    static QString definitionName();
    /** Stable key for settings: "person", "organisation", "location", "date", "quote", "speaker",
     *  "annotations". */
    static QString layerKey(Layer layer);
    /** The layer's name, as the legend shows it. */
    static QString layerLabel(Layer layer);
    /** The layer's name with an access key, for View › Layers (each letter its own in a language). */
    static QString layerMenuText(Layer layer);

    explicit ArticleHighlighter(QTextDocument *document = nullptr);
    ~ArticleHighlighter() override;

    void setAnalysis(const QList<EntitySpan> &entities, const QList<QuoteSpan> &quotes);
    void setAnnotations(const QList<AnnotationMark> &marks);
    void clearAnalysis();

    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const;
    /** The colour that stands for a layer in a legend: its background, or for speakers the
     *  underline. */
    QColor layerColor(Layer layer) const;
    QTextCharFormat layerFormat(Layer layer) const;

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /** The page's own colours instead of the theme's background and normal text (a high-contrast
     *  system palette); invalid colours: the theme's again. */
    void setPageColors(const QColor &background, const QColor &text);

    /** The text colour a syntax format is drawn in: the theme's (normal text: the page's, when
     *  set), made readable (WCAG AA, 4.5:1) on the background and on every layer's tint. */
    QColor textColor(const KSyntaxHighlighting::Format &format) const;
    /** The backgrounds text can have: the theme's and each layer's and annotation tint over it. */
    QList<QColor> backgrounds() const { return m_backgrounds; }

    /** Leaves the document unhighlighted until the next refresh(): call before replacing its
     *  text, so the text is highlighted once, with its analysis. */
    void suspend();
    /** Highlights the whole document again (for a long one: on the next event-loop turn). */
    void refresh();
    /** Runs a pending pass now. */
    void completeNow();
    bool isComplete() const { return !m_pending; }

Q_SIGNALS:
    void finished();

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    struct Piece
    {
        int start;
        int end;
        int format; // index into m_formats
    };
    struct Track
    {
        std::vector<Piece> pieces; // sorted by start
        std::vector<int> maxEnd;   // maxEnd[i]: the largest end of pieces[0..i]; finds a block's first piece
    };
    struct Clipped
    {
        int start;
        int end;
        int format;
        int rank;
    };

    void updateLayerFormats(const KSyntaxHighlighting::Theme &theme);
    static void setPieces(Track &track, std::vector<Piece> pieces);

    std::array<Track, layerCount> m_tracks;
    std::array<bool, layerCount> m_visible;
    std::vector<QTextCharFormat> m_formats; // one per layer, then one per annotation colour
    QList<QColor> m_backgrounds;            // see backgrounds()
    QColor m_pageBackground;                // see setPageColors()
    QColor m_pageText;
    bool m_dark = false;
    mutable QHash<quint16, QColor> m_textColors; // by syntax format id, for the current theme
    QList<AnnotationMark> m_annotations;

    int m_horizon = INT_MAX; // blocks starting here or later are left plain until a pass
    bool m_pending = false;  // a pass is due
    bool m_ownPass = false;  // a pass is running
    QTimer *m_passTimer;

    // Reused per block, so highlighting allocates nothing once they have grown.
    std::vector<int> m_edges;
    std::vector<Clipped> m_clipped;
    std::vector<Clipped> m_active;
};

} // namespace Dossier
