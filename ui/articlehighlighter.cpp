// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlehighlighter.h"

#include "layercolors.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace Dossier {

using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace {

// Up to this length (a few milliseconds of work) an article is highlighted before refresh()
// returns; a longer one on the next event-loop turn.
constexpr int immediateChars = 64 * 1024;

using Layer = ArticleHighlighter::Layer;

// Later layers override earlier ones where both set the same property: an entity inside a quote
// shows the entity's background; a speaker's underline goes over its entity background.
constexpr std::array<Layer, ArticleHighlighter::layerCount> mergeOrder = {
    Layer::Quote, Layer::Annotations, Layer::Person, Layer::Organisation, Layer::Location, Layer::Date, Layer::Speaker,
};

int index(Layer layer)
{
    return static_cast<int>(layer);
}

QTextCharFormat tintFormat(const QColor &background, const LayerHue &hue, bool dark)
{
    QTextCharFormat f;
    f.setBackground(LayerColors::tinted(background, hue, dark));
    return f;
}

} // namespace

LayoutHold::LayoutHold(QTextDocument *doc)
    : m_doc(doc && doc->pageSize().width() > 0 ? doc : nullptr)
{
    if (m_doc) {
        m_page = m_doc->pageSize();
        m_doc->setPageSize(QSizeF(0, 0));
    }
}

LayoutHold::~LayoutHold()
{
    if (m_doc)
        m_doc->setPageSize(m_page);
}

Repository &ArticleHighlighter::repository()
{
    // Loading the repository reads the index of every definition and theme: once per process. Our
    // definition comes from the ":/org.kde.syntax-highlighting/syntax-addons" resource.
    static Repository repo;
    return repo;
}

QString ArticleHighlighter::definitionName()
{
    return QStringLiteral("Dossier Article");
}

QString ArticleHighlighter::layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Person:
        return QStringLiteral("person");
    case Layer::Organisation:
        return QStringLiteral("organisation");
    case Layer::Location:
        return QStringLiteral("location");
    case Layer::Date:
        return QStringLiteral("date");
    case Layer::Quote:
        return QStringLiteral("quote");
    case Layer::Speaker:
        return QStringLiteral("speaker");
    case Layer::Annotations:
        return QStringLiteral("annotations");
    }
    return {};
}

QString ArticleHighlighter::layerMenuText(Layer layer)
{
    switch (layer) {
    case Layer::Person:
        return tr("&Person");
    case Layer::Organisation:
        return tr("&Organisation");
    case Layer::Location:
        return tr("P&lace");
    case Layer::Date:
        return tr("&Date");
    case Layer::Quote:
        return tr("&Quote");
    case Layer::Speaker:
        return tr("&Speaker");
    case Layer::Annotations:
        return tr("&Annotations");
    }
    return {};
}

QString ArticleHighlighter::layerLabel(Layer layer)
{
    return layerMenuText(layer).remove(QLatin1Char('&'));
}

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_passTimer(new QTimer(this))
{
    m_visible.fill(true);
    m_formats.resize(layerCount);
    m_passTimer->setSingleShot(true);
    m_passTimer->setInterval(0);
    connect(m_passTimer, &QTimer::timeout, this, &ArticleHighlighter::completeNow);
    const Theme light = repository().defaultTheme(Repository::LightTheme);
    SyntaxHighlighter::setTheme(light);
    updateLayerFormats(light);
    setDefinition(repository().definitionForName(definitionName()));
}

ArticleHighlighter::~ArticleHighlighter() = default;

void ArticleHighlighter::setPieces(Track &track, std::vector<Piece> pieces)
{
    std::erase_if(pieces, [](const Piece &p) { return p.end <= p.start; });
    std::sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    track.pieces = std::move(pieces);
    track.maxEnd.resize(track.pieces.size());
    int maxEnd = INT_MIN;
    for (size_t i = 0; i < track.pieces.size(); ++i) {
        maxEnd = std::max(maxEnd, track.pieces[i].end);
        track.maxEnd[i] = maxEnd;
    }
}

void ArticleHighlighter::setAnalysis(const QList<EntitySpan> &entities, const QList<QuoteSpan> &quotes)
{
    std::array<std::vector<Piece>, 4> byType;
    for (const EntitySpan &e : entities) {
        const int type = static_cast<int>(e.type);
        if (type >= 0 && type < 4)
            byType[size_t(type)].push_back({e.start, e.end, type}); // Person..Date are layers 0..3
    }
    for (size_t type = 0; type < byType.size(); ++type)
        setPieces(m_tracks[type], std::move(byType[type]));

    std::vector<Piece> quotePieces;
    std::vector<Piece> speakerPieces;
    for (const QuoteSpan &q : quotes) {
        quotePieces.push_back({q.start, q.end, index(Layer::Quote)});
        if (q.cueStart >= 0 && q.cueEnd > q.cueStart)
            speakerPieces.push_back({q.cueStart, q.cueEnd, index(Layer::Speaker)});
    }
    setPieces(m_tracks[size_t(index(Layer::Quote))], std::move(quotePieces));
    setPieces(m_tracks[size_t(index(Layer::Speaker))], std::move(speakerPieces));
    refresh();
}

void ArticleHighlighter::setAnnotations(const QList<AnnotationMark> &marks)
{
    m_annotations = marks;
    updateLayerFormats(theme()); // one format per mark
    std::vector<Piece> pieces;
    for (qsizetype i = 0; i < marks.size(); ++i)
        pieces.push_back({marks[i].start, marks[i].end, int(layerCount + i)});
    setPieces(m_tracks[size_t(index(Layer::Annotations))], std::move(pieces));
    refresh();
}

void ArticleHighlighter::clearAnalysis()
{
    for (Track &t : m_tracks)
        setPieces(t, {});
    m_annotations.clear();
    m_formats.resize(layerCount);
    refresh();
}

void ArticleHighlighter::setLayerVisible(Layer layer, bool visible)
{
    bool &v = m_visible[size_t(index(layer))];
    if (v == visible)
        return;
    v = visible;
    if (!m_tracks[size_t(index(layer))].pieces.empty())
        refresh();
}

bool ArticleHighlighter::isLayerVisible(Layer layer) const
{
    return m_visible[size_t(index(layer))];
}

QColor ArticleHighlighter::layerColor(Layer layer) const
{
    const QTextCharFormat &f = m_formats[size_t(index(layer))];
    return layer == Layer::Speaker || layer == Layer::Annotations ? f.underlineColor() : f.background().color();
}

QTextCharFormat ArticleHighlighter::layerFormat(Layer layer) const
{
    return m_formats[size_t(index(layer))];
}

void ArticleHighlighter::setTheme(const Theme &theme)
{
    SyntaxHighlighter::setTheme(theme); // drops its text formats of the old theme; no rehighlight
    updateLayerFormats(theme);
    refresh();
}

void ArticleHighlighter::setPageColors(const QColor &background, const QColor &text)
{
    if (background == m_pageBackground && text == m_pageText)
        return;
    m_pageBackground = background;
    m_pageText = text;
    updateLayerFormats(theme());
    refresh();
}

void ArticleHighlighter::updateLayerFormats(const Theme &t)
{
    QColor background = QColor::fromRgb(t.editorColor(Theme::BackgroundColor));
    if (!t.isValid())
        background = Qt::white;
    if (m_pageBackground.isValid())
        background = m_pageBackground;
    const bool dark = background.lightness() < 128;
    auto hue = [dark](const LayerHue &h) { return QColor::fromRgb(dark ? h.dark : h.light); };

    m_formats.resize(size_t(layerCount + m_annotations.size()));
    m_formats[size_t(index(Layer::Person))] = tintFormat(background, LayerColors::person, dark);
    m_formats[size_t(index(Layer::Organisation))] = tintFormat(background, LayerColors::organisation, dark);
    m_formats[size_t(index(Layer::Location))] = tintFormat(background, LayerColors::location, dark);
    m_formats[size_t(index(Layer::Date))] = tintFormat(background, LayerColors::date, dark);
    m_formats[size_t(index(Layer::Quote))] = tintFormat(background, LayerColors::quote, dark);

    QTextCharFormat speaker;
    speaker.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    speaker.setUnderlineColor(hue(LayerColors::speaker));
    speaker.setFontWeight(QFont::DemiBold);
    m_formats[size_t(index(Layer::Speaker))] = speaker;

    QTextCharFormat annotation; // the legend's colour; each mark has its own
    annotation.setUnderlineStyle(QTextCharFormat::DashUnderline);
    annotation.setUnderlineColor(hue(LayerColors::annotation));
    m_formats[size_t(index(Layer::Annotations))] = annotation;
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        const QColor c = m_annotations[i].color.isValid() ? m_annotations[i].color : annotation.underlineColor();
        const int depth = m_annotations[i].depth;
        // Overlaps show as a stronger tint and a wavy underline, so each annotation stays visible.
        QTextCharFormat f;
        f.setBackground(LayerColors::blend(background, c,
                                           depth > 1 ? (dark ? LayerColors::overlapDark : LayerColors::overlapLight)
                                                     : (dark ? LayerColors::annotationDark : LayerColors::annotationLight)));
        f.setUnderlineStyle(depth > 1 ? QTextCharFormat::WaveUnderline : QTextCharFormat::DashUnderline);
        f.setUnderlineColor(c);
        m_formats[size_t(layerCount + i)] = f;
    }

    // The backgrounds text can have, for readable syntax colours: the theme's, each tint layer's,
    // and the annotation tints (single and overlapping) of the default annotation colour.
    m_dark = dark;
    m_backgrounds = {background};
    for (Layer l : {Layer::Person, Layer::Organisation, Layer::Location, Layer::Date, Layer::Quote})
        m_backgrounds << m_formats[size_t(index(l))].background().color();
    for (qreal amount : {dark ? LayerColors::annotationDark : LayerColors::annotationLight, dark ? LayerColors::overlapDark : LayerColors::overlapLight})
        m_backgrounds << LayerColors::blend(background, hue(LayerColors::annotation), amount);
    m_textColors.clear();
}

void ArticleHighlighter::suspend()
{
    m_passTimer->stop();
    m_pending = false;
    m_horizon = 0;
}

void ArticleHighlighter::refresh()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    m_pending = true;
    // A long article waits for the next event-loop turn, so the analysis set right after its text
    // is highlighted in the same pass and its text shows at once.
    if (doc->characterCount() <= immediateChars)
        completeNow();
    else
        m_passTimer->start();
}

void ArticleHighlighter::completeNow()
{
    QTextDocument *doc = document();
    if (!m_pending || !doc)
        return;
    m_passTimer->stop();
    {
        const LayoutHold hold(doc);
        m_ownPass = true;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            rehighlightBlock(b);
        m_ownPass = false;
    }
    m_horizon = INT_MAX;
    m_pending = false;
    Q_EMIT finished();
}

QColor ArticleHighlighter::textColor(const KSyntaxHighlighting::Format &format) const
{
    auto it = m_textColors.constFind(format.id());
    if (it == m_textColors.cend()) {
        const QColor own = m_pageText.isValid() && format.textStyle() == Theme::Normal ? m_pageText : QColor(format.textColor(theme()));
        it = m_textColors.insert(format.id(), LayerColors::readable(own, m_backgrounds, m_dark));
    }
    return *it;
}

// As SyntaxHighlighter::applyFormat(), with the text colour made readable on the layers' tints.
void ArticleHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0)
        return;
    const Theme t = theme();
    QTextCharFormat tf;
    tf.setForeground(textColor(format));
    if (format.hasBackgroundColor(t))
        tf.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        tf.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        tf.setFontItalic(true);
    if (format.isUnderline(t))
        tf.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        tf.setFontStrikeOut(true);
    setFormat(offset, length, tf);
    m_edges.push_back(offset);
    m_edges.push_back(offset + length);
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    if (!m_ownPass && blockStart >= m_horizon)
        return; // left for the pass refresh() starts
    m_edges.clear();
    SyntaxHighlighter::highlightBlock(text); // the syntax formats; applyFormat() collects their edges

    // The layer pieces on this block, clipped to it, in block coordinates. Blocks are separated by
    // one position (the paragraph separator), so a span crossing blocks is clipped on each.
    const int blockEnd = blockStart + int(text.size());
    m_clipped.clear();
    for (int rank = 0; rank < layerCount; ++rank) {
        const int layer = index(mergeOrder[size_t(rank)]);
        if (!m_visible[size_t(layer)])
            continue;
        const Track &track = m_tracks[size_t(layer)];
        // maxEnd is non-decreasing: the first piece that could reach into this block.
        size_t i = size_t(std::upper_bound(track.maxEnd.begin(), track.maxEnd.end(), blockStart) - track.maxEnd.begin());
        for (; i < track.pieces.size() && track.pieces[i].start < blockEnd; ++i) {
            const Piece &p = track.pieces[i];
            const int start = std::max(p.start, blockStart) - blockStart;
            const int end = std::min(p.end, blockEnd) - blockStart;
            if (end > start)
                m_clipped.push_back({start, end, p.format, rank});
        }
    }
    if (m_clipped.empty())
        return;
    std::sort(m_clipped.begin(), m_clipped.end(), [](const Clipped &a, const Clipped &b) { return a.start < b.start; });

    // Cut the block at every edge of a syntax run or a piece; each part between two edges has one
    // syntax format and one set of pieces, merged in layer order.
    for (const Clipped &c : m_clipped) {
        m_edges.push_back(c.start);
        m_edges.push_back(c.end);
    }
    std::sort(m_edges.begin(), m_edges.end());
    m_edges.erase(std::unique(m_edges.begin(), m_edges.end()), m_edges.end());

    m_active.clear();
    size_t next = 0;
    for (size_t k = 0; k + 1 < m_edges.size(); ++k) {
        const int from = m_edges[k];
        const int to = m_edges[k + 1];
        std::erase_if(m_active, [from](const Clipped &c) { return c.end <= from; });
        for (; next < m_clipped.size() && m_clipped[next].start <= from; ++next) {
            const Clipped &c = m_clipped[next];
            if (c.end > from)
                m_active.insert(std::upper_bound(m_active.begin(), m_active.end(), c,
                                                 [](const Clipped &a, const Clipped &b) { return a.rank < b.rank; }),
                                c);
        }
        if (m_active.empty()) {
            if (next >= m_clipped.size())
                break;
            continue;
        }
        QTextCharFormat f = format(from);
        for (const Clipped &c : m_active)
            f.merge(m_formats[size_t(c.format)]);
        setFormat(from, to - from, f);
    }
}

} // namespace Dossier
