// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Dossier {

namespace {
constexpr qsizetype maxHighlights = 2000;
}

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
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
    m_text->setOpenExternalLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(24);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    m_text->setAccessibleName(tr("Article text"));
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    clear();
}

void ReaderView::clear()
{
    m_article = Article();
    m_header->setText(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("No article selected.").toHtmlEscaped()));
    m_text->clear();
}

void ReaderView::setArticle(const Article &article)
{
    m_article = article;
    render();
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
    m_text->moveCursor(QTextCursor::Start);
    applyHighlights();
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
        m_text->setTextCursor(selections.first().cursor);
        m_text->ensureCursorVisible();
    }
}

} // namespace Dossier
