// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "layercolors.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>

#include "layerlegend.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolTip>
#include <QVBoxLayout>

namespace Dossier {

namespace {
constexpr qsizetype maxHighlights = 2000;
}

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_legend(new LayerLegend(this))
    , m_highlighter(new ArticleHighlighter(m_text->document()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(24, 16, 24, 8);
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::Base);
    m_text->setReadOnly(true);
    // A caret and Shift+arrow selection, so that a passage can be chosen and tagged without a mouse
    // (and a screen reader follows the caret through the text).
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleDescription(tr("The article's text, with quotes, speakers, entities and annotations highlighted"));
    // A scroll bar that comes and goes changes the text's width, and with it lays the whole article
    // out a second time each time one is opened.
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_text->setOpenExternalLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(24);
    m_text->document()->setUndoRedoEnabled(false); // read-only; the highlighter's steps edit block formats
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    m_text->setAccessibleName(tr("Article text"));
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_legend);
    m_legend->setAutoFillBackground(true);
    m_legend->setBackgroundRole(QPalette::Base);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this); // the menu key's context menu comes to the text view itself
    connect(m_legend, &LayerLegend::layerToggled, this, &ReaderView::setLayerVisible);
    // Said when the reader's user moved it there, not the program (an article opened, a jump).
    connect(m_text, &QTextEdit::cursorPositionChanged, this, [this] { followCaret(!m_placingCaret && m_text->hasFocus()); });
    applyTheme();
    clear();
}

void ReaderView::clear()
{
    m_article = Article();
    m_entities.clear();
    m_quotes.clear();
    m_annotations.clear();
    m_marks.clear();
    m_highlighter->suspend();
    m_header->setText(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("No article selected.").toHtmlEscaped()));
    m_text->clear();
    m_highlighter->clearAnalysis();
}

void ReaderView::setArticle(const Article &article, const QList<EntitySpan> &entities, const QList<QuoteSpan> &quotes)
{
    m_article = article;
    m_entities = entities;
    m_quotes = quotes;
    m_annotations.clear();
    m_marks.clear();
    render();
}

void ReaderView::setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QColor> &tagColors)
{
    m_annotations = annotations;
    m_marks = marksFor(annotations, tagColors);
    if (!m_showOriginal)
        m_highlighter->setAnnotations(m_marks);
}

QList<AnnotationMark> ReaderView::marksFor(const QList<Annotation> &annotations, const QHash<qint64, QColor> &tagColors)
{
    // Cut at every start and end; each piece between two cuts is covered by a fixed set of
    // annotations, drawn in the mean of their colours.
    std::vector<int> cuts;
    for (const Annotation &a : annotations) {
        if (a.anchor.state == AnchorState::Orphaned || a.anchor.end <= a.anchor.start)
            continue;
        cuts.push_back(a.anchor.start);
        cuts.push_back(a.anchor.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    struct Span
    {
        int start, end;
        QColor color;
    };
    std::vector<Span> spans;
    for (const Annotation &a : annotations) {
        if (a.anchor.state == AnchorState::Orphaned || a.anchor.end <= a.anchor.start)
            continue;
        spans.push_back({a.anchor.start, a.anchor.end, a.tags.isEmpty() ? QColor() : tagColors.value(a.tags.first())});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<AnnotationMark> marks;
    std::vector<const Span *> active;
    size_t next = 0;
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
        const int from = cuts[k];
        const int to = cuts[k + 1];
        std::erase_if(active, [from](const Span *s) { return s->end <= from; });
        for (; next < spans.size() && spans[next].start <= from; ++next)
            if (spans[next].end > from)
                active.push_back(&spans[next]);
        if (active.empty())
            continue;
        int r = 0, g = 0, b = 0, n = 0;
        for (const Span *s : active) {
            if (!s->color.isValid())
                continue;
            r += s->color.red();
            g += s->color.green();
            b += s->color.blue();
            ++n;
        }
        const QColor color = n ? QColor(r / n, g / n, b / n) : QColor();
        if (!marks.isEmpty() && marks.last().end == from && marks.last().color == color && marks.last().depth == int(active.size()))
            marks.last().end = to;
        else
            marks.append({from, to, color, int(active.size())});
    }
    return marks;
}

QList<Annotation> ReaderView::annotationsAt(int position) const
{
    QList<Annotation> found;
    if (m_showOriginal || position < 0)
        return found;
    for (const Annotation &a : m_annotations)
        if (a.anchor.state != AnchorState::Orphaned && a.anchor.start <= position && position < a.anchor.end)
            found << a;
    return found;
}

std::pair<int, int> ReaderView::selectedRange() const
{
    if (m_showOriginal)
        return {0, 0};
    const QTextCursor c = m_text->textCursor();
    return {c.selectionStart(), c.selectionEnd()};
}

void ReaderView::setAnalysis(const QList<EntitySpan> &entities, const QList<QuoteSpan> &quotes)
{
    m_entities = entities;
    m_quotes = quotes;
    applyAnalysis();
    followCaret(false); // the quote the caret was in may be gone, or one may be there now
}

void ReaderView::applyAnalysis()
{
    if (m_showOriginal) {
        m_highlighter->clearAnalysis(); // the offsets point into the body, not the original
    } else {
        m_highlighter->setAnalysis(m_entities, m_quotes);
        m_highlighter->setAnnotations(m_marks);
    }
}

QuoteSpan ReaderView::quoteAt(int position) const
{
    if (m_showOriginal)
        return {};
    // The innermost quote whose marks enclose the position (a quote without marks: its words).
    const QuoteSpan *best = nullptr;
    int bestLength = 0;
    for (const QuoteSpan &q : m_quotes) {
        const bool marked = q.markEnd > q.markStart;
        const int from = marked ? q.markStart : q.start;
        const int to = marked ? q.markEnd : q.end;
        if (position >= from && position < to && (!best || to - from < bestLength)) {
            best = &q;
            bestLength = to - from;
        }
    }
    if (!best)
        return {};
    QuoteSpan q = *best;
    if (q.markEnd <= q.markStart) {
        q.markStart = q.start;
        q.markEnd = q.end;
    }
    return q;
}

QString ReaderView::quoteToolTip(const QuoteSpan &quote)
{
    return quote.speaker.isEmpty() ? tr("Speaker unknown") : tr("Said by %1").arg(quote.speaker);
}

void ReaderView::placeCaret(const QTextCursor &cursor)
{
    m_placingCaret = true;
    m_text->setTextCursor(cursor);
    m_placingCaret = false;
}

void ReaderView::followCaret(bool said)
{
    const QuoteSpan q = quoteAt(m_text->textCursor().position());
    const int start = q.end > q.start ? q.start : -1;
    if (start == m_caretQuoteStart)
        return;
    const bool wasInQuote = m_caretQuoteStart >= 0;
    m_caretQuoteStart = start;
    if (said && start >= 0)
        Q_EMIT caretQuoteChanged(tr("Quote: %1").arg(quoteToolTip(q)));
    else if (wasInQuote)
        Q_EMIT caretQuoteChanged(QString());
}

void ReaderView::scrollToOffset(int offset)
{
    QTextCursor c(m_text->document());
    c.setPosition(qBound(0, offset, m_text->document()->characterCount() - 1));
    placeCaret(c);
    // A third down the page, so the lines before it give context.
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + m_text->cursorRect(c).top() - m_text->viewport()->height() / 3);
}

void ReaderView::selectRange(int start, int end)
{
    const int last = m_text->document()->characterCount() - 1;
    scrollToOffset(start);
    QTextCursor c(m_text->document());
    c.setPosition(qBound(0, start, last));
    c.setPosition(qBound(0, end, last), QTextCursor::KeepAnchor);
    placeCaret(c);
}

void ReaderView::setLayerVisible(Layer layer, bool visible)
{
    if (m_highlighter->isLayerVisible(layer) == visible)
        return;
    m_highlighter->setLayerVisible(layer, visible);
    m_legend->setLayerChecked(layer, visible);
    Q_EMIT layerVisibilityChanged(layer, visible);
}

bool ReaderView::isLayerVisible(Layer layer) const
{
    return m_highlighter->isLayerVisible(layer);
}

void ReaderView::setThemeName(const QString &name)
{
    m_themeName = name;
    applyTheme();
}

void ReaderView::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    const KSyntaxHighlighting::Repository &repo = ArticleHighlighter::repository();
    Theme theme = m_themeName.isEmpty() ? Theme() : repo.theme(m_themeName);
    if (!theme.isValid())
        theme = repo.themeForPalette(QGuiApplication::palette());
    // A high-contrast system palette (its text on its base at 15:1 or more, as black on white) is
    // kept when no theme was chosen: the page takes its colours, the layers tint over them.
    const QPalette system = QGuiApplication::palette();
    const bool highContrast = m_themeName.isEmpty() && LayerColors::contrast(system.color(QPalette::Base), system.color(QPalette::Text)) >= 15.0;
    const QColor pageBase = highContrast ? system.color(QPalette::Base) : QColor(); // invalid: the theme's
    const QColor pageText = highContrast ? system.color(QPalette::Text) : QColor();
    m_highlighter->setPageColors(pageBase, pageText);
    m_highlighter->setTheme(theme);

    // The page takes the theme's colours (or the high-contrast palette's); the header and the
    // legend sit on the same page.
    const QColor background = pageBase.isValid() ? pageBase : QColor::fromRgb(theme.editorColor(Theme::BackgroundColor));
    const QColor text = pageText.isValid() ? pageText : QColor::fromRgb(theme.textColor(Theme::Normal));
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_header), static_cast<QWidget *>(m_legend)}) {
        QPalette pal = QGuiApplication::palette();
        pal.setColor(QPalette::Base, background);
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::Text, text);
        pal.setColor(QPalette::WindowText, text);
        pal.setColor(QPalette::Highlight, QColor::fromRgb(theme.editorColor(Theme::TextSelection)));
        pal.setColor(QPalette::HighlightedText, text);
        w->setPalette(pal);
    }
    m_legend->updateSwatches(*m_highlighter);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    // The menu key, or Shift+F10 (which Qt does not turn into a context menu on X11): the reader's
    // menu for the caret's position, below the caret.
    const bool menuKey = watched == m_text && event->type() == QEvent::ContextMenu
                         && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard;
    const bool shiftF10 = watched == m_text && event->type() == QEvent::KeyPress
                          && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F10
                          && static_cast<QKeyEvent *>(event)->modifiers() == Qt::ShiftModifier;
    if (menuKey || shiftF10) {
        m_text->ensureCursorVisible();
        const QTextCursor caret = m_text->textCursor();
        const QPoint below = m_text->viewport()->mapToGlobal(m_text->cursorRect(caret).bottomLeft());
        Q_EMIT contextMenuRequested(below, m_showOriginal ? -1 : caret.position());
        return true;
    }
    if (watched == m_text->viewport() && event->type() == QEvent::ContextMenu) {
        auto *menu = static_cast<QContextMenuEvent *>(event);
        const QPoint documentPoint = menu->pos() + QPoint(m_text->horizontalScrollBar()->value(), m_text->verticalScrollBar()->value());
        Q_EMIT contextMenuRequested(menu->globalPos(), m_showOriginal ? -1 : characterAt(documentPoint));
        return true;
    }
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease && !m_text->textCursor().hasSelection()) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_showOriginal) {
            const QPoint documentPoint = mouse->position().toPoint()
                + QPoint(m_text->horizontalScrollBar()->value(), m_text->verticalScrollBar()->value());
            const int position = characterAt(documentPoint);
            if (position >= 0)
                Q_EMIT positionClicked(position);
        }
        return false;
    }
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint documentPoint = help->pos() + QPoint(m_text->horizontalScrollBar()->value(), m_text->verticalScrollBar()->value());
        const int position = characterAt(documentPoint);
        const QuoteSpan quote = position >= 0 ? quoteAt(position) : QuoteSpan();
        if (quote.markEnd > quote.markStart)
            QToolTip::showText(help->globalPos(), quoteToolTip(quote), m_text->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int ReaderView::characterAt(const QPointF &documentPoint) const
{
    // The layout's hit test is not enough: with proportional line heights the blocks' rectangles
    // overlap (a gap line of 35 % reaches into the next paragraph), and it answers the first. So
    // look at the block it finds and its neighbours, and keep the one whose text is at the point.
    QTextDocument *doc = m_text->document();
    const int cursor = doc->documentLayout()->hitTest(documentPoint, Qt::FuzzyHit);
    if (cursor < 0)
        return -1;
    const QTextBlock hit = doc->findBlock(cursor);
    for (const QTextBlock &block : {hit, hit.next(), hit.previous()}) {
        if (!block.isValid() || block.length() <= 1 || !block.layout())
            continue;
        const QTextLayout *layout = block.layout();
        const QPointF at = documentPoint - layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (at.y() < line.y() || at.y() >= line.y() + line.height())
                continue;
            if (at.x() < line.x() || at.x() >= line.x() + line.naturalTextWidth())
                return -1;
            // The character is the one after the nearest cursor position, or before it.
            int inBlock = line.xToCursor(at.x());
            if (at.x() < line.cursorToX(inBlock))
                --inBlock;
            inBlock = qBound(line.textStart(), inBlock, line.textStart() + line.textLength() - 1);
            return block.position() + inBlock;
        }
    }
    return -1;
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && m_themeName.isEmpty())
        applyTheme(); // light or dark with the system
    QWidget::changeEvent(event);
}

void ReaderView::setShowOriginal(bool original)
{
    if (m_showOriginal == original)
        return;
    m_showOriginal = original;
    if (m_article.id != 0)
        render();
}

QString ReaderView::displayedText() const
{
    return m_text->toPlainText();
}

void ReaderView::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    applyHighlights();
}

void ReaderView::render()
{
    const Article &a = m_article;
    QStringList meta;
    if (!a.outlet.isEmpty())
        meta << a.outlet.toHtmlEscaped();
    if (a.published.isValid())
        meta << QLocale().toString(a.published, QLocale::LongFormat).toHtmlEscaped();
    if (!a.byline.isEmpty())
        meta << tr("by %1").arg(a.byline).toHtmlEscaped();
    QString header = QStringLiteral("<h2 style='margin:0'>%1</h2><p style='margin-top:6px'>%2</p>")
                         .arg(a.title.toHtmlEscaped(), meta.join(QStringLiteral(" · ")));
    QString details = a.path.toHtmlEscaped();
    if (!a.url.isEmpty())
        details += QStringLiteral(" · ") + a.url.toHtmlEscaped();
    if (a.state == ArticleState::Unreadable)
        details += QStringLiteral(" · <b>%1</b>").arg(tr("the file can no longer be read as text; this is the last text read").toHtmlEscaped());
    if (a.state == ArticleState::Missing)
        details += QStringLiteral(" · <b>%1</b>").arg(tr("file missing from the folder").toHtmlEscaped());
    if (m_showOriginal)
        details += QStringLiteral(" · <b>%1</b>").arg(tr("original file (%1)").arg(a.encoding).toHtmlEscaped());
    header += QStringLiteral("<p style='color:gray;margin-top:0'>%1</p>").arg(details);
    m_header->setText(header);

    m_highlighter->suspend(); // highlighted in steps below, not in one pass while the text is set
    m_placingCaret = true; // the new text, and the caret at its start, are the program's
    {
        // No layout until the text has its paragraph formats and (a typical article) its highlighting:
        // laid out after each step, the text was shaped three times, three quarters of what opening an
        // article cost.
        const LayoutHold hold(m_text->document());
        m_text->setPlainText(m_showOriginal ? a.original : a.body);
        // Readable typography: 145 % line height in paragraphs. The blank line between paragraphs stays
        // in the text (offsets into the body must hold) but is drawn at a third of a line.
        QTextBlockFormat paragraph;
        paragraph.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
        QTextBlockFormat gap;
        gap.setLineHeight(35, QTextBlockFormat::ProportionalHeight);
        QTextCursor cursor(m_text->document());
        cursor.beginEditBlock(); // one layout pass for all blocks, not one per block
        for (QTextBlock b = m_text->document()->begin(); b.isValid(); b = b.next()) {
            cursor.setPosition(b.position());
            cursor.mergeBlockFormat(b.length() <= 1 ? gap : paragraph);
        }
        cursor.endEditBlock();
        applyAnalysis(); // starts the highlighting
    }
    m_text->moveCursor(QTextCursor::Start);
    m_placingCaret = false;
    applyHighlights();
    followCaret(false); // out of the old article's quote (and into none, silently)
}

void ReaderView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(255, 220, 80));
    format.setForeground(Qt::black);
    QTextDocument *doc = m_text->document();
    for (const QString &term : std::as_const(m_terms)) {
        if (term.isEmpty())
            continue;
        QTextCursor c(doc);
        // A common word in a 16 MB article would make hundreds of thousands of selections.
        while (selections.size() < maxHighlights) {
            c = doc->find(term, c);
            if (c.isNull())
                break;
            selections.append({c, format});
        }
    }
    m_text->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        placeCaret(selections.first().cursor);
        m_text->ensureCursorVisible();
    }
}

} // namespace Dossier
