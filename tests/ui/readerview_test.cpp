// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlegend.h"
#include "readerview.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QAbstractTextDocumentLayout>
#include <QTextBrowser>
#include <QToolTip>

using namespace Dossier;
using Layer = ArticleHighlighter::Layer;

namespace {

const QString body = QStringLiteral(
    "MOSCOW (Reuters) - The Kremlin rejected the plan.\n\n"
    "“This is not acceptable,” Dmitry Peskov told reporters on Tuesday.\n\n"
    "“We shall see,” an official said, adding that talks would go on.");

Article article()
{
    Article a;
    a.id = 7;
    a.title = QStringLiteral("Kremlin rejects plan");
    a.outlet = QStringLiteral("Wire");
    a.body = body;
    a.original = QStringLiteral("<html>") + body;
    return a;
}

QuoteSpan quote(const QString &words, const QString &speaker, const QString &cue)
{
    QuoteSpan q;
    q.start = int(body.indexOf(words));
    q.end = q.start + int(words.size());
    q.markStart = q.start - 1;
    q.markEnd = q.end + 1;
    q.speaker = speaker;
    if (!cue.isEmpty()) {
        q.cueStart = int(body.indexOf(cue));
        q.cueEnd = q.cueStart + int(cue.size());
    }
    return q;
}

} // namespace

class ReaderViewTest : public QObject
{
    Q_OBJECT

private:
    QList<QuoteSpan> quotes()
    {
        return {quote(QStringLiteral("This is not acceptable,"), QStringLiteral("Dmitry Peskov"), QStringLiteral("Dmitry Peskov")),
                quote(QStringLiteral("We shall see,"), QString(), QString())};
    }

    // Sends a tool-tip event for the character at `position` and returns what the tool tip shows.
    QString toolTipAt(ReaderView &reader, int position)
    {
        QTextBrowser *view = reader.textView();
        QTextCursor c(view->document());
        c.setPosition(position);
        const QRect before = view->cursorRect(c);
        c.setPosition(position + 1);
        const QRect after = view->cursorRect(c);
        const QPoint at((before.left() + after.left()) / 2, before.center().y()); // the middle of the glyph
        QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

private Q_SLOTS:
    void documentIsTheBody()
    {
        ReaderView reader;
        reader.setArticle(article());
        reader.setAnalysis({}, quotes());
        QCOMPARE(reader.displayedText(), body);
        QCOMPARE(reader.textView()->document()->characterCount() - 1, body.size());
    }

    void quoteAt_findsTheEnclosingQuote()
    {
        ReaderView reader;
        reader.setArticle(article());
        const QList<QuoteSpan> qs = quotes();
        reader.setAnalysis({}, qs);
        QCOMPARE(reader.quoteAt(qs[0].markStart).speaker, QStringLiteral("Dmitry Peskov"));
        QCOMPARE(reader.quoteAt(qs[0].start + 3).start, qs[0].start);
        QCOMPARE(reader.quoteAt(qs[0].markEnd - 1).end, qs[0].end);
        QCOMPARE(reader.quoteAt(qs[0].markEnd).markEnd, 0); // just after the closing mark
        QCOMPARE(reader.quoteAt(2).markEnd, 0);
        QCOMPARE(reader.quoteAt(qs[1].start).start, qs[1].start);
        QVERIFY(reader.quoteAt(qs[1].start).speaker.isEmpty());

        reader.setArticle(article()); // a new article drops the analysis
        QCOMPARE(reader.quoteAt(qs[0].start).markEnd, 0);
    }

    void toolTip_namesTheSpeaker()
    {
        ReaderView reader;
        reader.resize(700, 500);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.setArticle(article());
        const QList<QuoteSpan> qs = quotes();
        reader.setAnalysis({}, qs);
        QCOMPARE(toolTipAt(reader, qs[0].start + 5), QStringLiteral("Said by Dmitry Peskov"));
        QCOMPARE(toolTipAt(reader, qs[1].start + 2), QStringLiteral("Speaker unknown"));
        QVERIFY(QToolTip::isVisible());
        toolTipAt(reader, int(body.indexOf(QStringLiteral("rejected")))); // not a quote: the tip goes
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 3000);
    }

    void selectRange_andScroll()
    {
        ReaderView reader;
        reader.resize(500, 200);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        Article a = article();
        for (int i = 0; i < 200; ++i)
            a.body += QStringLiteral("\n\nFiller paragraph %1 so the text scrolls.").arg(i);
        reader.setArticle(a);
        const int target = int(a.body.indexOf(QStringLiteral("Filler paragraph 150")));
        reader.selectRange(target, target + 20);
        const QTextCursor c = reader.textView()->textCursor();
        QCOMPARE(c.selectionStart(), target);
        QCOMPARE(c.selectionEnd(), target + 20);
        QVERIFY(reader.textView()->verticalScrollBar()->value() > 0);
        const QRect r = reader.textView()->cursorRect(c);
        QVERIFY(reader.textView()->viewport()->rect().contains(r.center()));

        reader.scrollToOffset(0);
        QCOMPARE(reader.textView()->verticalScrollBar()->value(), 0);
    }

    /** The text position at the top of the reader: the layout's hit test at the scroll offset. */
    static int topPosition(ReaderView &reader)
    {
        QTextBrowser *view = reader.textView();
        return view->document()->documentLayout()->hitTest(QPointF(view->document()->documentMargin(), view->verticalScrollBar()->value()),
                                                             Qt::FuzzyHit);
    }

    void layerToggle_keepsTheReadingPosition_data()
    {
        // The legend wraps to three rows at this width: the text's viewport is about 221 px high in
        // the first, 143 px in the second, and the window's full height less the rest in the third.
        QTest::addColumn<int>("height");
        QTest::newRow("380 px") << 380;
        QTest::newRow("300 px") << 300;
        QTest::newRow("700 px") << 700;
    }

    void layerToggle_keepsTheReadingPosition()
    {
        QFETCH(int, height);
        ReaderView reader;
        reader.resize(600, height);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        Article a = article();
        QList<EntitySpan> people;
        for (int i = 0; i < 1500; ++i) {
            a.body += QStringLiteral("\n\nParagraph %1 in which Jane Doe speaks to the council about it.").arg(i);
            const int jane = int(a.body.lastIndexOf(QStringLiteral("Jane")));
            people.append({jane, jane + 8, EntityType::Person});
        }
        QVERIFY(a.body.size() > 64 * 1024); // a long article: highlighted on the next turn
        reader.setArticle(a);
        reader.setAnalysis({}, {});
        QSignalSpy finished(reader.highlighter(), &ArticleHighlighter::finished);
        reader.setAnalysis(people, {});
        QVERIFY(finished.wait(5000));
        const int target = int(a.body.indexOf(QStringLiteral("Paragraph 1000 ")));
        reader.scrollToOffset(target);
        const int before = topPosition(reader);
        QVERIFY(before > 1000);
        reader.setLayerVisible(Layer::Person, false);
        QVERIFY(finished.wait(5000));
        const int after = topPosition(reader);
        QVERIFY2(qAbs(after - before) < 150, qPrintable(QStringLiteral("%1 -> %2 (a %3-px viewport)").arg(before).arg(after).arg(reader.textView()->viewport()->height())));
    }

    void layers_legendAndReaderInStep()
    {
        ReaderView reader;
        reader.setArticle(article());
        QSignalSpy changed(&reader, &ReaderView::layerVisibilityChanged);
        QCheckBox *quoteBox = reader.legend()->checkBox(Layer::Quote);
        QVERIFY(quoteBox && quoteBox->isChecked());
        quoteBox->setChecked(false);
        QVERIFY(!reader.isLayerVisible(Layer::Quote));
        QCOMPARE(changed.size(), 1);
        reader.setLayerVisible(Layer::Quote, true);
        QVERIFY(quoteBox->isChecked());
        QCOMPARE(changed.size(), 2);
    }

    void theme_coloursThePage()
    {
        ReaderView reader;
        const auto dark = ArticleHighlighter::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
        reader.setThemeName(dark.name());
        QCOMPARE(reader.highlighter()->theme().name(), dark.name());
        QCOMPARE(reader.textView()->palette().color(QPalette::Base),
                 QColor::fromRgb(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        reader.setThemeName(QStringLiteral("No Such Theme")); // falls back to the palette's
        QVERIFY(reader.highlighter()->theme().isValid());
    }
};

QTEST_MAIN(ReaderViewTest)
#include "readerview_test.moc"
