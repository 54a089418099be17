// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Links tab in the window: a small corpus (two outlets' versions of one report, an unrelated
// article) is imported and linked; the tab lists the near-duplicate and the quotes found
// elsewhere, the analyst confirms, rejects, withdraws and links by hand (each undone with Ctrl+Z),
// sees the word diff, and compares the two versions side by side.
#include "analysisstore.h"
#include "annotator.h"
#include "articlelistmodel.h"
#include "articlepickerdialog.h"
#include "articlestore.h"
#include "comparedialog.h"
#include "database.h"
#include "difftext.h"
#include "linkfixture.h"
#include "linkmodels.h"
#include "linkspanel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sidepanel.h"
#include "windowfixture.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>
#include <QTreeView>

#include <cmath>

using namespace Dossier;
using namespace WindowFixture;

class LinksPanelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_library = 0;

    LinksPanel *panel() const { return m_window->linksPanel(); }

    /** The texts of the document's fragments struck through (FontStrikeOut) or underlined. */
    static QStringList marked(const QTextDocument *doc, QTextFormat::Property property)
    {
        QStringList out;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.isValid() && (property == QTextFormat::FontStrikeOut ? f.charFormat().fontStrikeOut() : f.charFormat().fontUnderline()))
                    out << f.text().trimmed();
            }
        }
        return out;
    }

    QList<LinkDecision> decisionsOfA() const { return m_window->annotator()->links().decisionsOf(m_a); }

    void openA()
    {
        Q_EMIT panel()->articleRequested(m_a); // what double-clicking a linked article does
        QTRY_COMPARE(m_window->reader()->article().id, m_a);
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->sidePanel()->currentWidget(), panel());
        QTRY_COMPARE(panel()->storyModel()->article(), m_a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("linkspanel_test"));
        const QString dir = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(LinkFixture::write(dir));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(openAndWait(*m_window, dir));
        ArticleListModel *list = m_window->articleModel();
        QTRY_COMPARE(list->rowCount(), 3);
        for (int r = 0; r < list->rowCount(); ++r) {
            const QString path = list->index(r, 0).data(ArticleListModel::PathRole).toString();
            const qint64 id = list->idAt(r);
            if (path == QStringLiteral("coast/bridge.txt"))
                m_a = id;
            else if (path == QStringLiteral("tide/bridge.txt"))
                m_b = id;
            else if (path == QStringLiteral("coast/library.txt"))
                m_library = id;
        }
        QVERIFY(m_a && m_b && m_library);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void tabListsTheNearDuplicateAndTheQuotes()
    {
        openA();
        StoryLinksModel *stories = panel()->storyModel();
        QCOMPARE(stories->rowCount(), 1);
        QCOMPARE(stories->index(0, 0).data(StoryLinksModel::ArticleIdRole).toLongLong(), m_b);
        QCOMPARE(stories->index(0, StoryLinksModel::RelationColumn).data().toString(), QStringLiteral("near-duplicate"));
        QCOMPARE(stories->index(0, StoryLinksModel::OutletColumn).data().toString(), QStringLiteral("Daily Tide"));
        QCOMPARE(stories->index(0, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("suggested"));
        QuoteLinksModel *quotes = panel()->quoteModel();
        QCOMPARE(quotes->rowCount(), 2);
        QVERIFY(quotes->index(0, 0).data(QuoteLinksModel::AlteredRole).toBool());
        QVERIFY(panel()->quoteView()->isExpanded(quotes->index(0, 0)));

        // Reading the tab is quick: the lists of one article on the GUI thread.
        QElapsedTimer timer;
        timer.start();
        panel()->reload();
        const qint64 ms = timer.elapsed();
        qInfo("Links tab filled in %lld ms", ms);
        QVERIFY2(ms < 500, qPrintable(QString::number(ms)));

        // The unrelated article has none.
        Q_EMIT panel()->articleRequested(m_library);
        QTRY_COMPARE(panel()->storyModel()->article(), m_library);
        QCOMPARE(panel()->storyModel()->rowCount(), 0);
        QCOMPARE(panel()->quoteModel()->rowCount(), 0);
        QVERIFY(!panel()->compareAction()->isEnabled());
    }

    void choosingALinkShowsTheWordDiff()
    {
        openA();
        QSignalSpy shown(panel(), &LinksPanel::diffShown);
        panel()->storyView()->setCurrentIndex(panel()->storyModel()->index(0, 0));
        QVERIFY(shown.wait(5000));
        const QTextDocument *doc = panel()->diffView()->document();
        QVERIFY(marked(doc, QTextFormat::FontStrikeOut).contains(QStringLiteral("six")));
        QVERIFY(marked(doc, QTextFormat::TextUnderlineStyle).contains(QStringLiteral("seven")));
        // Both texts merged once: the changed word and its replacement side by side, then the rest.
        const QString merged = doc->toPlainText();
        QVERIFY2(merged.startsWith(QStringLiteral("The harbour bridge in Westport will close for six seven weeks from Monday")), qPrintable(merged.left(120)));
        QCOMPARE(merged.count(QStringLiteral("Work on the cables")), 1);
        QCOMPARE(merged.count(QStringLiteral("worst possible time")), 1);
        QVERIFY(merged.endsWith(QStringLiteral("ageing bridges and tunnels.")));

        // A quote of another outlet: the diff of the two wordings.
        const QModelIndex own = panel()->quoteModel()->index(0, 0);
        panel()->quoteView()->setCurrentIndex(panel()->quoteModel()->index(0, 0, own));
        QVERIFY(!panel()->storyView()->currentIndex().isValid() || !panel()->storyView()->selectionModel()->hasSelection());
        QVERIFY(doc->toPlainText().contains(QStringLiteral("We cannot keep the bridge")));
        QCOMPARE(doc->toPlainText().count(QStringLiteral("We cannot keep")), 1);
        QVERIFY(!marked(doc, QTextFormat::FontStrikeOut).isEmpty());
        QVERIFY(!marked(doc, QTextFormat::TextUnderlineStyle).isEmpty());
    }

    void enterOpensTheLinkedArticle()
    {
        openA();
        QTreeView *view = panel()->storyView();
        view->setCurrentIndex(panel()->storyModel()->index(0, 0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(m_window->reader()->article().id, m_b);
        QTRY_COMPARE(panel()->storyModel()->article(), m_b);
        QCOMPARE(panel()->storyModel()->index(0, 0).data(StoryLinksModel::ArticleIdRole).toLongLong(), m_a);
    }

    void diffFormats_readInLightAndDarkPalettes_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::white) << QColor(0x23, 0x26, 0x29);
        QTest::newRow("dark") << QColor(0x1b, 0x1e, 0x20) << QColor(0xfc, 0xfc, 0xfc);
    }

    void diffFormats_readInLightAndDarkPalettes()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        const DiffText::Formats f = DiffText::formats(palette);
        // Not by colour alone.
        QVERIFY(f.deleted.fontStrikeOut());
        QVERIFY(f.inserted.fontUnderline());
        // WCAG contrast of the text on each tint: at least 4.5:1; and the tints differ from the base.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double x = luminance(a), y = luminance(b);
            return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
        };
        for (const QTextCharFormat &format : {f.deleted, f.inserted}) {
            const QColor tint = format.background().color();
            QVERIFY2(contrast(format.foreground().color(), tint) >= 4.5, qPrintable(tint.name()));
            QVERIFY(tint != base);
        }
        QVERIFY(f.deleted.background().color() != f.inserted.background().color());
    }

    void rejectConfirmAndWithdrawThroughTheActions()
    {
        openA();
        QTreeView *view = panel()->storyView();
        view->setCurrentIndex(panel()->storyModel()->index(0, 0));
        QVERIFY(panel()->rejectAction()->isEnabled());
        QVERIFY(!panel()->withdrawAction()->isEnabled());
        panel()->rejectAction()->trigger();

        QList<LinkDecision> ds = decisionsOfA();
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().kind, LinkDecision::Kind::Articles);
        QCOMPARE(ds.first().verdict, LinkDecision::Verdict::Rejected);
        QCOMPARE(ds.first().a.article + ds.first().b.article, m_a + m_b);
        // Still listed, greyed, and the row stays chosen so it can be restored.
        QCOMPARE(panel()->storyModel()->rowCount(), 1);
        QVERIFY(panel()->storyModel()->index(0, 0).data(StoryLinksModel::RejectedRole).toBool());
        QCOMPARE(panel()->storyModel()->index(0, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("rejected"));
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(panel()->withdrawAction()->isEnabled());
        QVERIFY(panel()->confirmAction()->isEnabled());
        QVERIFY(!m_window->annotator()->links().storyOf(m_a).has_value()); // no longer one story

        // Ctrl+Z undoes it: nothing decided, the tab says so.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(decisionsOfA().isEmpty());
        QCOMPARE(panel()->storyModel()->index(0, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("suggested"));
        QVERIFY(m_window->annotator()->links().storyOf(m_a).has_value());

        view->setCurrentIndex(panel()->storyModel()->index(0, 0));
        panel()->confirmAction()->trigger();
        ds = decisionsOfA();
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().verdict, LinkDecision::Verdict::Confirmed);
        QCOMPARE(panel()->storyModel()->index(0, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("confirmed"));
        panel()->withdrawAction()->trigger();
        QVERIFY(decisionsOfA().isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // the withdrawal
        QCOMPARE(decisionsOfA().size(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // the confirmation
        QVERIFY(decisionsOfA().isEmpty());
    }

    void rejectAQuoteLink()
    {
        openA();
        QuoteLinksModel *quotes = panel()->quoteModel();
        const QModelIndex own = quotes->index(1, 0);
        panel()->quoteView()->setCurrentIndex(quotes->index(0, 0, own));
        QVERIFY(panel()->rejectAction()->isEnabled());
        panel()->rejectAction()->trigger();
        const QList<LinkDecision> ds = decisionsOfA();
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().kind, LinkDecision::Kind::Quotes);
        QCOMPARE(ds.first().verdict, LinkDecision::Verdict::Rejected);
        const QModelIndex current = panel()->quoteView()->currentIndex();
        QVERIFY(current.data(QuoteLinksModel::RejectedRole).toBool());
        QCOMPARE(current.data(QuoteLinksModel::ArticleIdRole).toLongLong(), m_b);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(decisionsOfA().isEmpty());
        QVERIFY(!panel()->quoteView()->currentIndex().data(QuoteLinksModel::RejectedRole).toBool());
    }

    void linkToAnArticleByHand()
    {
        openA();
        QVERIFY(panel()->linkArticleAction()->isEnabled());
        // What the picker finds for "library".
        {
            ArticlePickerDialog picker(m_window->databasePath(), m_a);
            QSignalSpy refreshed(picker.model(), &ArticleListModel::refreshed);
            QTest::keyClicks(picker.filterEdit(), QStringLiteral("library"));
            QTRY_COMPARE_WITH_TIMEOUT(picker.model()->rowCount(), 1, 5000);
            QTRY_COMPARE(picker.selectedArticle(), m_library);
        }
        QVERIFY(panel()->linkToArticle(m_library));
        const int row = panel()->storyModel()->rowOf(m_library);
        QVERIFY(row >= 0);
        QCOMPARE(panel()->storyModel()->index(row, StoryLinksModel::RelationColumn).data().toString(), QStringLiteral("linked by hand"));
        QCOMPARE(panel()->storyModel()->index(row, StoryLinksModel::StatusColumn).data().toString(), QStringLiteral("by hand"));
        QCOMPARE(m_window->annotator()->links().storyOf(m_a)->articles.size(), 3);
        // Seen from the other version, the library article is in the story through this one.
        Q_EMIT panel()->articleRequested(m_b);
        QTRY_COMPARE(panel()->storyModel()->article(), m_b);
        const int through = panel()->storyModel()->rowOf(m_library);
        QVERIFY(through >= 0);
        QVERIFY(panel()->storyModel()->index(through, 0).data(StoryLinksModel::InStoryOnlyRole).toBool());
        QCOMPARE(panel()->storyModel()->index(through, StoryLinksModel::RelationColumn).data().toString(),
                 QStringLiteral("same story, through another article"));
        openA();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel()->storyModel()->rowOf(m_library), -1);
        QCOMPARE(m_window->annotator()->links().storyOf(m_a)->articles.size(), 2);
    }

    void linkAQuoteByHand()
    {
        openA();
        Database db;
        QVERIFY(db.open(m_window->databasePath()));
        const std::optional<Article> library = ArticleStore(db.connection()).article(m_library);
        const QList<StoredQuote> quotes = AnalysisStore(db.connection()).analysis(m_library).quotes;
        QCOMPARE(quotes.size(), 1);
        const QuoteSpan span = quotes.first().span;
        const LinkedQuote own = panel()->quoteModel()->ownQuote(panel()->quoteModel()->index(0, 0));
        QVERIFY(panel()->linkQuotes({own.article, own.start, own.end, own.text},
                                    {m_library, span.start, span.end, library->body.mid(span.start, span.length())}));
        const QModelIndex group = panel()->quoteModel()->index(0, 0);
        int byHand = -1;
        for (int r = 0; r < panel()->quoteModel()->rowCount(group); ++r) {
            if (panel()->quoteModel()->index(r, 0, group).data(QuoteLinksModel::ArticleIdRole).toLongLong() == m_library)
                byHand = r;
        }
        QVERIFY(byHand >= 0);
        QCOMPARE(LinkStatus(panel()->quoteModel()->index(byHand, 0, group).data(QuoteLinksModel::StatusRole).toInt()), LinkStatus::Manual);
        QVERIFY(panel()->quoteModel()->index(byHand, QuoteLinksModel::NoteColumn, group).data().toString().contains(QStringLiteral("by hand")));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(decisionsOfA().isEmpty());
        QCOMPARE(panel()->quoteModel()->rowCount(panel()->quoteModel()->index(0, 0)), 1);
    }

    void compareAlignsTheParagraphs()
    {
        openA();
        panel()->storyView()->setCurrentIndex(panel()->storyModel()->index(0, 0));
        QVERIFY(panel()->compareAction()->isEnabled());
        QSignalSpy opened(panel(), &LinksPanel::compareOpened);
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<CompareDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        const QList<ParagraphPair> pairs = dialog->alignment();
        QCOMPARE(dialog->table()->rows(), pairs.size() + 1);
        int both = 0;
        int rightOnly = -1;
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            if (pairs.at(i).left >= 0 && pairs.at(i).right >= 0)
                ++both;
            else if (pairs.at(i).left < 0)
                rightOnly = int(i);
            else
                QFAIL("a paragraph of the left side has no partner");
        }
        QCOMPARE(both, 5);
        QVERIFY(rightOnly >= 0);
        QVERIFY(dialog->cellText(rightOnly, 1).startsWith(QStringLiteral("Work on the cables")));
        QVERIFY(dialog->cellText(rightOnly, 0).isEmpty()); // the gap
        QVERIFY(dialog->cellText(rightOnly - 1, 0).contains(QStringLiteral("worst possible time")));
        QVERIFY(dialog->cellText(rightOnly + 1, 1).contains(QStringLiteral("four million")));
        // Changed words marked within their paragraphs, each on its own side.
        const QTextDocument *doc = dialog->view()->document();
        QVERIFY(marked(doc, QTextFormat::FontStrikeOut).contains(QStringLiteral("six")));
        QVERIFY(marked(doc, QTextFormat::TextUnderlineStyle).contains(QStringLiteral("seven")));
        QVERIFY(!dialog->cellText(0, 0).contains(QStringLiteral("seven")));
        // F8 walks the rows that differ: the first paragraph (six/seven), the quote, the added one.
        QCOMPARE(dialog->changedRows().size(), 3);
        QCOMPARE(dialog->changedRows().last(), rightOnly);
        QPushButton *next = nullptr;
        QPushButton *previous = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->shortcut() == QKeySequence(Qt::Key_F8))
                next = b;
            else if (b->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F8))
                previous = b;
        }
        QVERIFY(next && previous);
        next->click();
        QCOMPARE(dialog->currentChange(), 0);
        next->click();
        next->click();
        QCOMPARE(dialog->currentChange(), rightOnly);
        QCOMPARE(dialog->view()->textCursor().position(), dialog->table()->cellAt(rightOnly + 1, 1).firstCursorPosition().position());
        previous->click();
        QCOMPARE(dialog->currentChange(), dialog->changedRows().at(1));
        dialog->close();
    }
};

QTEST_MAIN(LinksPanelTest)
#include "linkspanel_test.moc"
