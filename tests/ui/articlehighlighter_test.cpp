// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Dossier;
using KSyntaxHighlighting::Theme;
using Layer = ArticleHighlighter::Layer;

namespace {

/** The format the layout draws the character at `position` with (default when none). */
QTextCharFormat formatAt(const QTextDocument &doc, int position)
{
    const QTextBlock block = doc.findBlock(position);
    const int offset = position - block.position();
    const auto formats = block.layout()->formats();
    QTextCharFormat found;
    for (const QTextLayout::FormatRange &r : formats) {
        if (offset >= r.start && offset < r.start + r.length)
            found = r.format; // ranges do not overlap; keep the last if they did
    }
    return found;
}

QColor backgroundAt(const QTextDocument &doc, int position)
{
    const QTextCharFormat f = formatAt(doc, position);
    return f.hasProperty(QTextFormat::BackgroundBrush) ? f.background().color() : QColor();
}

QColor foregroundAt(const QTextDocument &doc, int position)
{
    const QTextCharFormat f = formatAt(doc, position);
    return f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color() : QColor();
}

int offsetOf(const QString &text, const QString &needle)
{
    const int at = int(text.indexOf(needle));
    Q_ASSERT(at >= 0);
    return at;
}

} // namespace

class ArticleHighlighterTest : public QObject
{
    Q_OBJECT

private:
    /** The colour text of `style` is drawn in: the theme's, as the highlighter makes it readable. */
    QColor styleColor(const ArticleHighlighter &h, Theme::TextStyle style)
    {
        const auto def = ArticleHighlighter::repository().definitionForName(ArticleHighlighter::definitionName());
        for (const KSyntaxHighlighting::Format &f : def.formats()) {
            if (f.textStyle() == style)
                return h.textColor(f);
        }
        return QColor::fromRgb(h.theme().textColor(style));
    }
    QColor layerBackground(const ArticleHighlighter &h, Layer layer) { return h.layerFormat(layer).background().color(); }

private Q_SLOTS:
    void definition_loadsByName()
    {
        const auto def = ArticleHighlighter::repository().definitionForName(QStringLiteral("Dossier Article"));
        QVERIFY(def.isValid());
        QCOMPARE(def.name(), QStringLiteral("Dossier Article"));
        // Any repository finds it: it comes from the resource folder the library reads add-ons from.
        KSyntaxHighlighting::Repository other;
        QVERIFY(other.definitionForName(QStringLiteral("Dossier Article")).isValid());

        QTextDocument doc;
        ArticleHighlighter h(&doc);
        QCOMPARE(h.definition().name(), QStringLiteral("Dossier Article"));
    }

    void layers_distinctColours()
    {
        QTextDocument doc;
        ArticleHighlighter h(&doc);
        for (const auto &theme : {ArticleHighlighter::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme),
                                  ArticleHighlighter::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)}) {
            h.setTheme(theme);
            const QColor page = QColor::fromRgb(theme.editorColor(Theme::BackgroundColor));
            QSet<QRgb> seen;
            for (Layer l : {Layer::Person, Layer::Organisation, Layer::Location, Layer::Date, Layer::Quote}) {
                const QColor c = h.layerColor(l);
                QVERIFY(c.isValid());
                QVERIFY2(c != page, qPrintable(ArticleHighlighter::layerKey(l)));
                seen.insert(c.rgb());
                // A tint of the page: text in the theme's colour stays readable on it.
                QVERIFY(qAbs(c.lightness() - page.lightness()) < 90);
            }
            QCOMPARE(seen.size(), 5);
            QVERIFY(h.layerColor(Layer::Speaker).isValid());
        }
    }

    void entity_coversExactlyItsCharacters()
    {
        const QString text = QStringLiteral("The minister Dmitry Peskov met officials in London on Monday.");
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        const int per = offsetOf(text, QStringLiteral("Dmitry"));
        const int perEnd = per + 13;
        const int loc = offsetOf(text, QStringLiteral("London"));
        const int date = offsetOf(text, QStringLiteral("Monday"));
        h.setAnalysis({{per, perEnd, EntityType::Person}, {loc, loc + 6, EntityType::Location}, {date, date + 6, EntityType::Date}}, {});
        QVERIFY(h.isComplete());

        const QColor person = layerBackground(h, Layer::Person);
        QVERIFY(!backgroundAt(doc, per - 1).isValid());
        QCOMPARE(backgroundAt(doc, per), person);
        QCOMPARE(backgroundAt(doc, perEnd - 1), person);
        QVERIFY(!backgroundAt(doc, perEnd).isValid());
        QCOMPARE(backgroundAt(doc, loc), layerBackground(h, Layer::Location));
        QCOMPARE(backgroundAt(doc, loc + 5), layerBackground(h, Layer::Location));
        QVERIFY(!backgroundAt(doc, loc + 6).isValid());
        QCOMPARE(backgroundAt(doc, date), layerBackground(h, Layer::Date));
        QVERIFY(layerBackground(h, Layer::Location) != person);
        // The theme's text colour is kept under the layer.
        QCOMPARE(foregroundAt(doc, per), styleColor(h, Theme::Normal));
    }

    void quote_acrossBlocks()
    {
        // A quote over two paragraphs: it starts in the first and ends in the third block.
        const QString text = QStringLiteral("He said: “We will not\n\nbe moved by this,” and left.\nNext paragraph.");
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        QuoteSpan q;
        q.markStart = offsetOf(text, QStringLiteral("“"));
        q.start = q.markStart + 1;
        q.end = offsetOf(text, QStringLiteral("”"));
        q.markEnd = q.end + 1;
        h.setAnalysis({}, {q});
        QVERIFY(doc.blockCount() >= 3);
        const QColor quote = layerBackground(h, Layer::Quote);
        QVERIFY(!backgroundAt(doc, q.markStart).isValid()); // the marks are not part of the words
        QCOMPARE(backgroundAt(doc, q.start), quote);
        QCOMPARE(backgroundAt(doc, offsetOf(text, QStringLiteral("not"))), quote);
        QCOMPARE(backgroundAt(doc, offsetOf(text, QStringLiteral("be moved"))), quote);
        QCOMPARE(backgroundAt(doc, q.end - 1), quote);
        QVERIFY(!backgroundAt(doc, q.end).isValid());
        QVERIFY(!backgroundAt(doc, offsetOf(text, QStringLiteral("Next"))).isValid());
    }

    void entityInsideQuote_andSpeaker()
    {
        const QString text = QStringLiteral("“Moscow will answer,” Dmitry Peskov told reporters.");
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        const int moscow = 1;
        const int peskov = offsetOf(text, QStringLiteral("Dmitry"));
        QuoteSpan q;
        q.markStart = 0;
        q.start = 1;
        q.end = offsetOf(text, QStringLiteral("”"));
        q.markEnd = q.end + 1;
        q.speaker = QStringLiteral("Dmitry Peskov");
        q.cueStart = peskov;
        q.cueEnd = peskov + 13;
        h.setAnalysis({{moscow, moscow + 6, EntityType::Location}, {peskov, peskov + 13, EntityType::Person}}, {q});

        QCOMPARE(backgroundAt(doc, moscow), layerBackground(h, Layer::Location)); // entity over quote
        QCOMPARE(backgroundAt(doc, moscow + 5), layerBackground(h, Layer::Location));
        QCOMPARE(backgroundAt(doc, moscow + 6), layerBackground(h, Layer::Quote)); // quote around it
        // The speaker: its underline over the person's background.
        const QTextCharFormat speaker = formatAt(doc, peskov + 2);
        QCOMPARE(speaker.background().color(), layerBackground(h, Layer::Person));
        QCOMPARE(speaker.underlineStyle(), QTextCharFormat::SingleUnderline);
        QCOMPARE(speaker.underlineColor(), h.layerColor(Layer::Speaker));
        QCOMPARE(formatAt(doc, peskov + 13).underlineStyle(), QTextCharFormat::NoUnderline);
        // The quote's words keep the syntax definition's string colour under the layer.
        QCOMPARE(foregroundAt(doc, moscow + 8), styleColor(h, Theme::String));
    }

    void annotations_ownColourOverQuote()
    {
        const QString text = QStringLiteral("He said “the plan is dead” and Acme Corp agreed.");
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        QuoteSpan q;
        q.markStart = offsetOf(text, QStringLiteral("“"));
        q.start = q.markStart + 1;
        q.end = offsetOf(text, QStringLiteral("”"));
        q.markEnd = q.end + 1;
        const int acme = offsetOf(text, QStringLiteral("Acme"));
        h.setAnalysis({{acme, acme + 9, EntityType::Organisation}}, {q});
        const int plan = offsetOf(text, QStringLiteral("plan"));
        h.setAnnotations({{plan, acme + 4, QColor(0xcc3333)}});
        const QTextCharFormat inQuote = formatAt(doc, plan);
        QCOMPARE(inQuote.underlineStyle(), QTextCharFormat::DashUnderline);
        QCOMPARE(inQuote.underlineColor(), QColor(0xcc3333));
        QVERIFY(inQuote.background().color() != layerBackground(h, Layer::Quote)); // the annotation's tint
        QCOMPARE(formatAt(doc, plan - 1).underlineStyle(), QTextCharFormat::NoUnderline);
        // An entity inside it keeps its own background and gets the annotation's underline.
        QCOMPARE(backgroundAt(doc, acme), layerBackground(h, Layer::Organisation));
        QCOMPARE(formatAt(doc, acme + 3).underlineColor(), QColor(0xcc3333));
        QCOMPARE(formatAt(doc, acme + 4).underlineStyle(), QTextCharFormat::NoUnderline);
        h.setLayerVisible(Layer::Annotations, false);
        QCOMPARE(backgroundAt(doc, plan), layerBackground(h, Layer::Quote));
        QCOMPARE(formatAt(doc, plan).underlineStyle(), QTextCharFormat::NoUnderline);
    }

    void layerToggle_removesAndRestores()
    {
        const QString text = QStringLiteral("Paragraph one names Acme Corp.\n\nParagraph two names Acme Corp again.");
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        const int first = offsetOf(text, QStringLiteral("Acme"));
        const int second = int(text.lastIndexOf(QStringLiteral("Acme")));
        h.setAnalysis({{first, first + 9, EntityType::Organisation}, {second, second + 9, EntityType::Organisation}}, {});
        const QColor org = layerBackground(h, Layer::Organisation);
        QCOMPARE(backgroundAt(doc, second + 3), org);

        h.setLayerVisible(Layer::Organisation, false);
        h.completeNow();
        QVERIFY(!h.isLayerVisible(Layer::Organisation));
        QVERIFY(!backgroundAt(doc, first).isValid());
        QVERIFY(!backgroundAt(doc, second + 3).isValid());
        QCOMPARE(foregroundAt(doc, first), styleColor(h, Theme::Normal)); // the syntax stays

        h.setLayerVisible(Layer::Organisation, true);
        h.completeNow();
        QCOMPARE(backgroundAt(doc, first), org);
        QCOMPARE(backgroundAt(doc, second + 8), org);
    }

    void syntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("part");    // a part of the text (its first occurrence)
        QTest::addColumn<int>("style");       // Theme::TextStyle every character of it has
        QTest::addColumn<bool>("expected");   // whether it has that style (false: none of it)

        const int str = Theme::String;
        QTest::newRow("curly") << QStringLiteral("He said “we will win” today.") << QStringLiteral("“we will win”") << str << true;
        QTest::newRow("straight") << QStringLiteral("He said \"we will win\" today.") << QStringLiteral("\"we will win\"") << str << true;
        QTest::newRow("curly single") << QStringLiteral("She called it ‘a farce’, then left.") << QStringLiteral("‘a farce’") << str << true;
        QTest::newRow("straight single") << QStringLiteral("She called it 'a farce', then left.") << QStringLiteral("'a farce'") << str << true;
        QTest::newRow("single with apostrophe inside") << QStringLiteral("He said 'I don't know' twice.") << QStringLiteral("'I don't know'") << str << true;
        QTest::newRow("curly single with apostrophe inside") << QStringLiteral("He said ‘I don’t know’ twice.") << QStringLiteral("‘I don’t know’") << str << true;
        QTest::newRow("guillemets") << QStringLiteral("Il a dit «nous gagnerons» hier.") << QStringLiteral("«nous gagnerons»") << str << true;
        QTest::newRow("reversed guillemets") << QStringLiteral("Er sagte »wir gewinnen« gestern.") << QStringLiteral("»wir gewinnen«") << str << true;
        QTest::newRow("low-high") << QStringLiteral("Er sagte „wir gewinnen“ gestern.") << QStringLiteral("„wir gewinnen“") << str << true;
        QTest::newRow("don't") << QStringLiteral("They don't know. It isn't over.") << QStringLiteral("don't know. It isn't over.") << str << false;
        QTest::newRow("don’t") << QStringLiteral("They don’t know. It isn’t over.") << QStringLiteral("don’t know. It isn’t over.") << str << false;
        QTest::newRow("possessive") << QStringLiteral("Russia's army and the ministers' plans.") << QStringLiteral("Russia's army and the ministers' plans.") << str << false;
        QTest::newRow("decade") << QStringLiteral("In the '90s and the ’80s it was different.") << QStringLiteral("'90s and the ’80s it was different.") << str << false;
        QTest::newRow("unclosed stays in its line") << QStringLiteral("He said “we will\nNext line.") << QStringLiteral("Next line.") << str << false;

        QTest::newRow("thousands") << QStringLiteral("About 1,250 people came.") << QStringLiteral("1,250") << int(Theme::DecVal) << true;
        QTest::newRow("percent") << QStringLiteral("Prices rose 3.5% in May.") << QStringLiteral("3.5%") << int(Theme::Float) << true;
        QTest::newRow("pounds") << QStringLiteral("A deal worth £5bn was signed.") << QStringLiteral("£5bn") << int(Theme::Float) << true;
        QTest::newRow("dollars") << QStringLiteral("It raised $10m last year.") << QStringLiteral("$10m") << int(Theme::Float) << true;
        QTest::newRow("not in a word") << QStringLiteral("The A380 and the 1990s.") << QStringLiteral("A380 and the 1990s") << int(Theme::DecVal) << false;
        QTest::newRow("dateline") << QStringLiteral("LONDON (Reuters) - Talks resumed.") << QStringLiteral("LONDON (Reuters) -") << int(Theme::Others) << true;
        QTest::newRow("dateline dash") << QStringLiteral("WASHINGTON — The Senate voted.") << QStringLiteral("WASHINGTON —") << int(Theme::Others) << true;
        QTest::newRow("dateline place") << QStringLiteral("KYIV, Ukraine (AP) — Sirens sounded.") << QStringLiteral("KYIV, Ukraine (AP) —") << int(Theme::Others) << true;
        QTest::newRow("not a dateline mid-line") << QStringLiteral("He flew to LONDON - then home.") << QStringLiteral("LONDON -") << int(Theme::Others) << false;
        QTest::newRow("url") << QStringLiteral("See https://example.org/a?b=1. Then") << QStringLiteral("https://example.org/a?b=1") << int(Theme::Comment) << true;
        QTest::newRow("www") << QStringLiteral("Visit www.example.com today") << QStringLiteral("www.example.com") << int(Theme::Comment) << true;
        QTest::newRow("email") << QStringLiteral("Write to press@example.co.uk.") << QStringLiteral("press@example.co.uk") << int(Theme::Comment) << true;
    }

    void syntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, part);
        QFETCH(int, style);
        QFETCH(bool, expected);
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        h.completeNow();
        const QColor colour = styleColor(h, Theme::TextStyle(style));
        QVERIFY(colour != styleColor(h, Theme::Normal)); // otherwise the test proves nothing
        const int from = offsetOf(text, part);
        for (int i = from; i < from + part.size(); ++i) {
            if (text.at(i).isSpace() && !expected)
                continue;
            const bool has = foregroundAt(doc, i) == colour;
            QVERIFY2(has == expected, qPrintable(QStringLiteral("at %1 ('%2')").arg(i).arg(text.at(i))));
        }
        if (expected) { // and no further
            if (from > 0)
                QVERIFY(foregroundAt(doc, from - 1) != colour);
            if (from + part.size() < text.size() && text.at(from + part.size()) != QLatin1Char('\n'))
                QVERIFY(foregroundAt(doc, int(from + part.size())) != colour);
        }
    }

    void themeChange_recoloursText()
    {
        const QString text = QStringLiteral("Plain words and “a quote” with 1,250 in it.");
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        h.setAnalysis({{0, 5, EntityType::Person}}, {});
        const auto dark = ArticleHighlighter::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
        QVERIFY(h.theme().name() != dark.name());
        h.setTheme(dark);
        QVERIFY(h.isComplete());
        // The dark theme's colours, as made readable on its tints: light text now.
        QCOMPARE(foregroundAt(doc, 1), styleColor(h, Theme::Normal));
        QCOMPARE(foregroundAt(doc, 8), styleColor(h, Theme::Normal));
        QVERIFY(styleColor(h, Theme::Normal).lightness() > 128);
        QCOMPARE(foregroundAt(doc, offsetOf(text, QStringLiteral("quote"))), styleColor(h, Theme::String));
        QVERIFY(styleColor(h, Theme::String) != styleColor(h, Theme::Normal));
        QCOMPARE(backgroundAt(doc, 0), layerBackground(h, Layer::Person));
    }

    void longDocument_highlightedOnTheNextTurn()
    {
        QString text;
        QList<EntitySpan> entities;
        for (int i = 0; i < 4000; ++i) {
            const int at = int(text.size());
            text += QStringLiteral("Paragraph %1: “a quote,” said Jane Doe in Paris, where 1,250 people met.\n\n").arg(i);
            const int jane = at + int(QStringView(text).sliced(at).indexOf(QStringLiteral("Jane")));
            entities.append({jane, jane + 8, EntityType::Person});
        }
        QTextDocument doc(text);
        ArticleHighlighter h(&doc);
        h.suspend();
        QSignalSpy finished(&h, &ArticleHighlighter::finished);
        h.setAnalysis(entities, {});
        QVERIFY(!h.isComplete()); // 300 KB: the analysis set with it is drawn in the same pass
        QVERIFY(finished.wait(20000));
        QVERIFY(h.isComplete());
        QCOMPARE(backgroundAt(doc, entities.first().start), layerBackground(h, Layer::Person));
        QCOMPARE(backgroundAt(doc, entities.last().start + 7), layerBackground(h, Layer::Person));
        QCOMPARE(foregroundAt(doc, entities.last().start - 7), styleColor(h, Theme::String)); // the ” before " said"
        QCOMPARE(foregroundAt(doc, entities.last().start - 5), styleColor(h, Theme::Normal));
    }
};

QTEST_MAIN(ArticleHighlighterTest)
#include "articlehighlighter_test.moc"
