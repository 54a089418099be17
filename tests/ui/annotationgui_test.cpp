// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation workflow in the window: tag a selection with a tag's shortcut key, see it in the
// reader and the Annotations tab, undo it with Ctrl+Z, redo it; the codebook view; the note.
#include "annotationmodels.h"
#include "annotationpanel.h"
#include "annotator.h"
#include "articlehighlighter.h"
#include "articlelistmodel.h"
#include "accesskeys.h"
#include "codebookpanel.h"
#include "languages.h"
#include "mainwindow.h"
#include "readerview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Dossier;
using namespace Qt::StringLiterals;
using namespace WindowFixture;

class AnnotationGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;

    // The background drawn on a body offset of the reader (the highlighter's formats).
    static QColor backgroundAt(ReaderView *reader, int position)
    {
        const QTextBlock block = reader->textView()->document()->findBlock(position);
        const int inBlock = position - block.position();
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (r.start <= inBlock && inBlock < r.start + r.length && r.format.hasProperty(QTextFormat::BackgroundBrush))
                return r.format.background().color();
        return {};
    }

    /** The start of four letters in a row that no analysis layer tints, after a space (-1 none). */
    static int plainWord(ReaderView *reader)
    {
        const QString &body = reader->article().body;
        for (int i = 1; i + 4 < body.size(); ++i) {
            bool plainRun = body.at(i - 1).isSpace();
            for (int k = 0; k < 4 && plainRun; ++k)
                plainRun = body.at(i + k).isLetter() && !backgroundAt(reader, i + k).isValid() && reader->quoteAt(i + k).end == 0;
            if (plainRun)
                return i;
        }
        return -1;
    }

    /** Closes the popup menu that opens while it lives, keeping its commands' texts (and showing
        it to `inspect` first). */
    struct PopupCloser
    {
        QStringList commands;
        std::function<void(QMenu *)> inspect;
        QTimer timer;
        PopupCloser()
        {
            timer.setInterval(50);
            QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    for (QAction *a : menu->actions())
                        commands << a->text().remove(u'&');
                    if (inspect)
                        inspect(menu);
                    menu->close();
                }
            });
            timer.start();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("annotationgui_test"));
        const QString dir = freshSample(m_tmp);
        QVERIFY(!dir.isEmpty());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(openAndWait(*m_window, dir));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reader()->article().id != 0, 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void tagSelectionWithShortcutThenUndo()
    {
        MainWindow *w = m_window.get();
        Annotator *annotator = w->annotator();
        Tag t;
        t.name = QStringLiteral("Claim");
        t.color = QStringLiteral("#cc3333");
        t.shortcut = QStringLiteral("Ctrl+Alt+1");
        const qint64 tag = annotator->createTag(t);
        QVERIFY(tag > 0);
        // The codebook shows it.
        QCOMPARE(w->tagModel()->rowCount(), 1);
        QCOMPARE(w->codebookPanel()->view()->model()->index(0, 0).data().toString(), QStringLiteral("Claim"));

        ReaderView *reader = w->reader();
        const Article article = reader->article();
        // Four letters no analysis layer tints, so the tag's tint is what changes.
        const int start = plainWord(reader);
        QVERIFY(start >= 0);
        const int end = start + 4;
        const QColor plain = backgroundAt(reader, start);
        reader->selectRange(start, end);
        reader->textView()->setFocus();
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);

        const QList<Annotation> stored = annotator->store().annotations(article.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().anchor.start, start);
        QCOMPARE(stored.first().anchor.end, end);
        QCOMPARE(stored.first().tags, QList<qint64>{tag});
        // Seen in the reader (a tinted background that was not there) and in the Annotations tab.
        QCOMPARE(reader->annotations().size(), 1);
        const QColor tagged = backgroundAt(reader, start);
        QVERIFY(tagged.isValid());
        QVERIFY(tagged != plain);
        QCOMPARE(w->annotationPanel()->model()->rowCount(), 1);
        QCOMPARE(w->annotationPanel()->currentAnnotation(), stored.first().id);
        QCOMPARE(w->tagModel()->index(0, TagTreeModel::CountColumn).data().toInt(), 1);

        // Ctrl+Z: gone from the database, the reader and the list; Ctrl+Shift+Z brings it back.
        QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(annotator->store().annotations(article.id).isEmpty());
        QVERIFY(reader->annotations().isEmpty());
        QCOMPARE(backgroundAt(reader, start), plain);
        QCOMPARE(w->annotationPanel()->model()->rowCount(), 0);
        QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(annotator->store().annotations(article.id).size(), 1);
        QCOMPARE(annotator->store().annotations(article.id).first().id, stored.first().id);
        QCOMPARE(reader->annotations().size(), 1);
    }

    // The flow without a mouse: in the reader, select with Shift and the arrows (the reader has a
    // caret), tag with the tag's key.
    void keyboardOnly_selectAndTag()
    {
        MainWindow *w = m_window.get();
        Annotator *annotator = w->annotator();
        Tag t;
        t.name = QStringLiteral("Keyboard");
        t.shortcut = QStringLiteral("Ctrl+Alt+2");
        const qint64 tag = annotator->createTag(t);
        QVERIFY(tag > 0);
        ReaderView *reader = w->reader();
        const Article article = reader->article();
        const qsizetype before = annotator->store().annotations(article.id).size();
        const int start = plainWord(reader);
        QVERIFY(start > 0);
        QTextBrowser *text = reader->textView();
        QTextCursor c(text->document());
        c.setPosition(start);
        text->setTextCursor(c); // no selection left from before
        text->setFocus(Qt::TabFocusReason);
        QVERIFY(text->hasFocus());
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
        const QString selected = reader->textView()->textCursor().selectedText();
        QCOMPARE(selected, article.body.mid(start, 4));
        QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        const QList<Annotation> stored = annotator->store().annotations(article.id);
        QCOMPARE(stored.size(), before + 1);
        const auto added = std::find_if(stored.cbegin(), stored.cend(), [tag](const Annotation &a) { return a.tags.contains(tag); });
        QVERIFY(added != stored.cend());
        QCOMPARE(added->anchor.start, start);
        QCOMPARE(added->anchor.end, start + 4);
        QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier); // leave the shared window as it was
        QCOMPARE(annotator->store().annotations(article.id).size(), before);
    }

    // Who said a quote, without the mouse's tooltip: the caret coming into a quote shows its
    // speaker beside the status bar's counts (and has screen readers say it), leaving the status
    // bar's message as it was.
    void keyboardOnly_caretInAQuoteSaysWhoSaidIt()
    {
        MainWindow *w = m_window.get();
        ReaderView *reader = w->reader();
        const QList<QuoteSpan> quotes = reader->quotes();
        const auto spoken = std::find_if(quotes.cbegin(), quotes.cend(), [](const QuoteSpan &q) { return !q.speaker.isEmpty(); });
        QVERIFY(spoken != quotes.cend());
        auto *label = w->findChild<QLabel *>(QStringLiteral("caretQuote"));
        QVERIFY(label);
        QTextBrowser *text = reader->textView();
        QSignalSpy said(reader, &ReaderView::caretQuoteChanged);
        const auto described = [&said] {
            int n = 0;
            for (const QList<QVariant> &args : std::as_const(said))
                n += args.first().toString().isEmpty() ? 0 : 1;
            return n;
        };
        // The program moves the caret into the quote and out, the reader focused: nothing said.
        text->setFocus(Qt::TabFocusReason);
        reader->selectRange(spoken->start + 1, spoken->start + 1);
        QCOMPARE(described(), 0);
        const int before = std::min(spoken->start, spoken->markEnd > spoken->markStart ? spoken->markStart : spoken->start) - 1;
        QVERIFY(before >= 0 && reader->quoteAt(before).end == 0);
        reader->selectRange(before, before);
        QVERIFY(label->text().isEmpty());
        w->statusBar()->showMessage(QStringLiteral("the import's outcome"));
        QTest::keyClick(text, Qt::Key_Right); // into the quote
        QCOMPARE(described(), 1);
        QVERIFY2(label->text().contains(spoken->speaker), qPrintable(label->text()));
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("the import's outcome"));
        // Moving on inside the same quote says nothing more; leaving it clears the label.
        QTest::keyClick(text, Qt::Key_Right);
        QCOMPARE(described(), 1);
        reader->selectRange(before, before);
        QVERIFY(label->text().isEmpty());
    }

    // The reader's menu (review a quote, the annotations there) from the keyboard: the menu key
    // and Shift+F10 open it at the caret.
    void keyboardOnly_menuKeyOpensTheReadersMenuAtTheCaret()
    {
        ReaderView *reader = m_window->reader();
        const QList<QuoteSpan> quotes = reader->quotes();
        QVERIFY(!quotes.isEmpty());
        const int inQuote = quotes.first().start + 1;
        QTextBrowser *text = reader->textView();
        text->setFocus(Qt::TabFocusReason);
        reader->selectRange(inQuote, inQuote);
        QSignalSpy asked(reader, &ReaderView::contextMenuRequested);
        {
            PopupCloser closer; // QTextEdit's own menu, or ours: closed either way
            QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0), text->mapToGlobal(QPoint(0, 0)));
            QCoreApplication::sendEvent(text, &menuKey);
            QCOMPARE(asked.size(), 1);
            QCOMPARE(asked.first().at(1).toInt(), inQuote);
            QVERIFY2(closer.commands.contains(u"Confirm This Quote"_s), qPrintable(closer.commands.join(u", ")));
        }
        {
            PopupCloser closer;
            QTest::keyClick(text, Qt::Key_F10, Qt::ShiftModifier);
            QCOMPARE(asked.size(), 2);
            QVERIFY2(closer.commands.contains(u"Confirm This Quote"_s), qPrintable(closer.commands.join(u", ")));
        }
    }

    // The reader's menu, with all it can hold (a selection in a quote an annotation covers):
    // every command has its own access key, in every language.
    void readersMenu_everyCommandHasItsOwnAccessKey_data()
    {
        addLanguageRows();
    }

    void readersMenu_everyCommandHasItsOwnAccessKey()
    {
        QFETCH(QString, language);
        const auto english = speaking(language); // English again at the end, a failure included
        MainWindow *w = m_window.get();
        ReaderView *reader = w->reader();
        const Article article = reader->article();
        QVERIFY(!reader->quotes().isEmpty());
        const QuoteSpan q = reader->quotes().first();
        Tag t;
        t.name = QStringLiteral("Menu ") + language;
        const qint64 tag = w->annotator()->createTag(t);
        const qint64 annotation = w->annotator()->annotate(article.id, article.body, q.start, q.end, {tag});
        QVERIFY(annotation > 0);
        const auto removeIt = qScopeGuard([&] { w->annotator()->deleteAnnotation(annotation); });
        QTextBrowser *text = reader->textView();
        text->setFocus(Qt::TabFocusReason);
        reader->selectRange(q.start + 1, q.start + 3);
        QStringList problems;
        bool listsTheAnnotation = false;
        {
            PopupCloser closer;
            closer.inspect = [&](QMenu *menu) {
                problems = AccessKeys::accessKeyProblems(menu->actions(), u"reader's menu"_s);
                for (QAction *a : menu->actions())
                    listsTheAnnotation = listsTheAnnotation || (a->menu() && a->menu()->objectName() == QLatin1String("annotationMenu"));
            };
            QTest::keyClick(text, Qt::Key_F10, Qt::ShiftModifier);
            QVERIFY(!closer.commands.isEmpty());
        }
        QVERIFY(listsTheAnnotation);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noSelectionTagsNothing()
    {
        MainWindow *w = m_window.get();
        const qint64 article = w->reader()->article().id;
        const int before = int(w->annotator()->store().annotations(article).size());
        w->reader()->selectRange(3, 3);
        QVERIFY(!w->tagSelection(w->tagModel()->tags().first().id));
        QCOMPARE(w->annotator()->store().annotations(article).size(), before);
    }

    void overlappingAnnotationsAreSelectable()
    {
        MainWindow *w = m_window.get();
        const Article article = w->reader()->article();
        const qint64 tag = w->tagModel()->tags().first().id;
        const qint64 a = w->annotator()->annotate(article.id, article.body, 10, 30, {tag});
        const qint64 b = w->annotator()->annotate(article.id, article.body, 20, 40, {tag});
        QVERIFY(a && b);
        const QList<Annotation> here = w->reader()->annotationsAt(25);
        QCOMPARE(here.size(), 2);
        // The overlap is drawn as its own mark, deeper than either.
        const QList<AnnotationMark> marks = ReaderView::marksFor(w->reader()->annotations(), {{tag, QColor(Qt::red)}});
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const AnnotationMark &m) { return m.start <= 25 && 25 < m.end && m.depth >= 2; }));
        // Clicking there selects one, clicking again the other.
        Q_EMIT w->reader()->positionClicked(25);
        const qint64 first = w->annotationPanel()->currentAnnotation();
        Q_EMIT w->reader()->positionClicked(25);
        const qint64 second = w->annotationPanel()->currentAnnotation();
        QVERIFY(first == a || first == b);
        QVERIFY(second == a || second == b);
        QVERIFY(first != second);
    }

    void rejectedQuoteLeavesTheReader()
    {
        MainWindow *w = m_window.get();
        ReaderView *reader = w->reader();
        QVERIFY(!reader->quotes().isEmpty());
        const int before = int(reader->quotes().size());
        const QuoteSpan quote = reader->quotes().first();
        QuoteReview reject;
        reject.articleId = reader->article().id;
        reject.detectedStart = quote.start;
        reject.detectedEnd = quote.end;
        reject.anchor.start = quote.start;
        reject.anchor.end = quote.end;
        reject.status = QuoteReview::Rejected;
        QVERIFY(w->annotator()->reviewQuote(reject, reader->article().body, QStringLiteral("Reject quote")));
        QCOMPARE(reader->quotes().size(), before - 1);
        const QuoteSpan there = reader->quoteAt(quote.start);
        QVERIFY(!(there.start == quote.start && there.end == quote.end)); // no longer a quote there
        w->annotator()->undoStack()->undo();
        QCOMPARE(reader->quotes().size(), before);
        // A quote the analyst adds shows with the speaker given.
        QuoteReview added;
        added.articleId = reader->article().id;
        added.anchor.start = 0;
        added.anchor.end = 10;
        added.speaker = QStringLiteral("Someone Else");
        QVERIFY(w->annotator()->reviewQuote(added, reader->article().body, QStringLiteral("Add quote")));
        QCOMPARE(reader->quotes().size(), before + 1);
        QCOMPARE(reader->quotes().first().speaker, QStringLiteral("Someone Else"));
        w->annotator()->undoStack()->undo();
        QCOMPARE(reader->quotes().size(), before);
    }

    void articleNoteIsSavedAsTyped()
    {
        MainWindow *w = m_window.get();
        const qint64 article = w->reader()->article().id;
        QPlainTextEdit *note = w->annotationPanel()->articleNoteEdit();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Check the figures"));
        QTRY_COMPARE_WITH_TIMEOUT(w->annotator()->store().articleNote(article).note, QStringLiteral("Check the figures"), 3000);
        w->annotator()->undoStack()->undo();
        QCOMPARE(w->annotator()->store().articleNote(article).note, QString());
        QTRY_COMPARE(note->toPlainText(), QString());
    }
};

QTEST_MAIN(AnnotationGuiTest)
#include "annotationgui_test.moc"
