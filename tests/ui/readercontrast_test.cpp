// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reader's colours meet WCAG AA in the light and the dark theme: every syntax colour of the
// article definition (quotes, numbers, datelines, links…) against the theme's background and every
// layer's tint (4.5:1), and the underlines of speakers and annotations against the background (3:1).

#include "articlehighlighter.h"
#include "layercolors.h"
#include "readerview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Dossier;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

class ReaderContrastTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatio()
    {
        QCOMPARE(qRound(LayerColors::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(LayerColors::contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        // #767676 is the lightest grey that passes AA on white; #777777 is not.
        QVERIFY(LayerColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(LayerColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        // readable() darkens on light backgrounds, lightens on dark ones, and leaves a passing colour.
        const QColor darkened = LayerColors::readable(QColor(0xb0, 0x80, 0x00), {Qt::white, QColor(0xff, 0xf0, 0xb0)}, false);
        QVERIFY(LayerColors::contrast(darkened, QColor(0xff, 0xf0, 0xb0)) >= 4.5 && darkened.lightness() < QColor(0xb0, 0x80, 0x00).lightness());
        const QColor lightened = LayerColors::readable(QColor(0x40, 0x40, 0x90), {QColor(0x23, 0x26, 0x29)}, true);
        QVERIFY(LayerColors::contrast(lightened, QColor(0x23, 0x26, 0x29)) >= 4.5);
        QCOMPARE(LayerColors::readable(Qt::black, {Qt::white}, false), QColor(Qt::black));
    }

    void themeColours_meetWcagAA_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void themeColours_meetWcagAA()
    {
        QFETCH(bool, dark);
        Repository &repository = ArticleHighlighter::repository();
        const Theme theme = repository.defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme);
        QVERIFY(theme.isValid());
        const QColor background = QColor::fromRgb(theme.editorColor(Theme::BackgroundColor));
        QCOMPARE(background.lightness() < 128, dark);
        QTextDocument doc;
        ArticleHighlighter highlighter(&doc);
        highlighter.setTheme(theme);
        const QList<QColor> backgrounds = highlighter.backgrounds();
        QVERIFY(backgrounds.size() >= 8); // the theme's, five tint layers, two annotation tints
        QCOMPARE(backgrounds.first(), background);
        for (auto layer : {ArticleHighlighter::Layer::Person, ArticleHighlighter::Layer::Organisation, ArticleHighlighter::Layer::Location,
                           ArticleHighlighter::Layer::Date, ArticleHighlighter::Layer::Quote})
            QVERIFY(backgrounds.contains(highlighter.layerFormat(layer).background().color()));

        const KSyntaxHighlighting::Definition definition = repository.definitionForName(ArticleHighlighter::definitionName());
        QVERIFY(definition.isValid());
        const QList<KSyntaxHighlighting::Format> formats = definition.formats();
        QVERIFY(formats.size() >= 5);
        QStringList failures;
        for (const KSyntaxHighlighting::Format &format : formats) {
            const QColor text = highlighter.textColor(format);
            for (const QColor &b : backgrounds) {
                const double ratio = LayerColors::contrast(text, b);
                if (ratio < LayerColors::textContrast)
                    failures << QStringLiteral("%1 %2 on %3: %4").arg(format.name(), text.name(), b.name()).arg(ratio, 0, 'f', 2);
            }
        }
        for (auto layer : {ArticleHighlighter::Layer::Speaker, ArticleHighlighter::Layer::Annotations}) {
            const QColor line = highlighter.layerColor(layer);
            const double ratio = LayerColors::contrast(line, background);
            if (ratio < LayerColors::graphicContrast)
                failures << QStringLiteral("%1 underline %2: %3").arg(ArticleHighlighter::layerKey(layer), line.name()).arg(ratio, 0, 'f', 2);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void highContrastPalette_isKept()
    {
        // A high-contrast system palette, white on black: the reader's page takes it (a theme's
        // dark grey would lower it), and every colour drawn on it still meets AA.
        const QPalette before = QGuiApplication::palette();
        QPalette contrast = before;
        for (auto role : {QPalette::Base, QPalette::Window})
            contrast.setColor(role, Qt::black);
        for (auto role : {QPalette::Text, QPalette::WindowText})
            contrast.setColor(role, Qt::white);
        QApplication::setPalette(contrast);
        ReaderView reader;
        const QColor page = reader.textView()->palette().color(QPalette::Base);
        const QColor text = reader.textView()->palette().color(QPalette::Text);
        ArticleHighlighter *highlighter = reader.highlighter();
        const QList<QColor> backgrounds = highlighter->backgrounds();
        QStringList failures;
        const auto definition = ArticleHighlighter::repository().definitionForName(ArticleHighlighter::definitionName());
        for (const KSyntaxHighlighting::Format &format : definition.formats()) {
            for (const QColor &b : backgrounds) {
                if (LayerColors::contrast(highlighter->textColor(format), b) < LayerColors::textContrast)
                    failures << format.name() + u' ' + b.name();
            }
        }
        const QColor normal = highlighter->textColor(definition.formats().first());
        QApplication::setPalette(before);
        QCOMPARE(page, QColor(Qt::black));
        QCOMPARE(text, QColor(Qt::white));
        QCOMPARE(backgrounds.first(), QColor(Qt::black));
        QCOMPARE(normal, QColor(Qt::white)); // the palette's text, not the theme's grey
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

        // With the ordinary palette back, a new reader follows its theme again.
        ReaderView ordinary;
        QVERIFY(ordinary.textView()->palette().color(QPalette::Base) != QColor(Qt::black) || before.color(QPalette::Base) == Qt::black);
    }
};

QTEST_MAIN(ReaderContrastTest)
#include "readercontrast_test.moc"
