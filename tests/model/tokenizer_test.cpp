// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charinfo.h"
#include "tokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dossier::Token;
using Dossier::Tokenizer;

namespace {

// The tokens joined with "|", read back through their offsets.
QString joined(const QString &text, const QList<Token> &tokens)
{
    QStringList words;
    for (const Token &t : tokens)
        words << text.mid(t.start, t.length());
    return words.join(u'|');
}

QList<int> sentenceStarts(const QList<Token> &tokens)
{
    QList<int> out;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i].sentenceStart)
            out << i;
    }
    return out;
}

} // namespace

class TokenizerTest : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void sentences_data();
    void sentences();
    void offsetsCoverText();
    void charInfoIsQChar();
};

void TokenizerTest::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces only") << u"  \n\t "_s << QString();
    QTest::newRow("punctuation split") << u"Moscow, Russia."_s << u"Moscow|,|Russia|."_s;
    QTest::newRow("possessive") << u"Russia's president"_s << u"Russia|'s|president"_s;
    QTest::newRow("curly possessive") << u"Russia\u2019s president"_s << u"Russia|\u2019s|president"_s;
    QTest::newRow("plural possessive") << u"the Joneses' house"_s << u"the|Joneses|'|house"_s;
    QTest::newRow("negation") << u"don't"_s << u"do|n't"_s;
    QTest::newRow("curly negation") << u"didn\u2019t go"_s << u"did|n\u2019t|go"_s;
    QTest::newRow("clitics") << u"we're they'll"_s << u"we|'re|they|'ll"_s;
    QTest::newRow("apostrophe in name") << u"O'Neill said"_s << u"O'Neill|said"_s;
    QTest::newRow("initials") << u"U.S. officials"_s << u"U.S.|officials"_s;
    QTest::newRow("title abbreviation") << u"Mr. Smith"_s << u"Mr.|Smith"_s;
    QTest::newRow("middle initial") << u"George W. Bush"_s << u"George|W.|Bush"_s;
    QTest::newRow("number with comma") << u"1,000 people"_s << u"1,000|people"_s;
    QTest::newRow("decimal") << u"3.5 percent"_s << u"3.5|percent"_s;
    QTest::newRow("iso date") << u"on 2004-05-12."_s << u"on|2004-05-12|."_s;
    QTest::newRow("hyphenated") << u"Saudi-based firm"_s << u"Saudi-based|firm"_s;
    QTest::newRow("ampersand inside") << u"AT&T and P & G"_s << u"AT&T|and|P|&|G"_s;
    QTest::newRow("curly quotes") << u"\u201cHello,\u201d he said."_s << u"\u201c|Hello|,|\u201d|he|said|."_s;
    QTest::newRow("ellipsis") << u"Wait... what?"_s << u"Wait|...|what|?"_s;
    QTest::newRow("non-ascii") << u"Z\u00fcrich caf\u00e9 S\u00e3o Paulo"_s << u"Z\u00fcrich|caf\u00e9|S\u00e3o|Paulo"_s;
    QTest::newRow("emoji") << u"Hi \U0001F642 there"_s << u"Hi|\U0001F642|there"_s;
    QTest::newRow("brackets") << u"(Reuters) -"_s << u"(|Reuters|)|-"_s;
    QTest::newRow("sentence end") << u"He left.She"_s << u"He|left.She"_s; // no space: not split (like a URL)
}

void TokenizerTest::tokens()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joined(text, Tokenizer::tokenize(text)), expected);
}

void TokenizerTest::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("starts");

    QTest::newRow("two sentences") << u"He left. She stayed."_s << QList<int>{0, 3};
    QTest::newRow("question and exclamation") << u"Why? Because! Yes"_s << QList<int>{0, 2, 4};
    QTest::newRow("abbreviation is no end") << u"Mr. Smith left."_s << QList<int>{0};
    QTest::newRow("closing quote stays") << u"He said: \u201cNo.\u201d Then he left."_s << QList<int>{0, 7};
    QTest::newRow("opening quote starts") << u"He left. \"We stay,\" she said."_s << QList<int>{0, 3};
    QTest::newRow("line break") << u"Headline here\nBody text."_s << QList<int>{0, 2};
    QTest::newRow("hard-wrapped line") << u"The text runs\non in lower case."_s << QList<int>{0};
}

void TokenizerTest::sentences()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, starts);
    QCOMPARE(sentenceStarts(Tokenizer::tokenize(text)), starts);
}

void TokenizerTest::offsetsCoverText()
{
    // Every non-space character belongs to exactly one token, in order.
    const QString text = u"K\u00f6ln\u2019s mayor, Henriette Reker, said on Monday: \u201cWe\u2019re ready\u2026\u201d (dpa) \U0001F642 x"_s;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    int next = 0;
    for (const Token &t : tokens) {
        QVERIFY(t.start >= next);
        QVERIFY(t.end > t.start);
        for (int i = next; i < t.start; ++i)
            QVERIFY2(text[i].isSpace(), qPrintable(u"gap at %1"_s.arg(i)));
        next = t.end;
    }
    QCOMPARE(next, text.size());
}

void TokenizerTest::charInfoIsQChar()
{
    // The table the tokenizer and the entity features read instead of QChar gives QChar's answers,
    // for every UTF-16 code unit (those outside the table are asked of QChar directly).
    namespace C = Dossier::CharInfo;
    const C::Props *table = C::table();
    for (int u = 0; u <= 0xffff; ++u) {
        const QChar c{char16_t(u)};
        const C::Props p = C::props(table, char16_t(u));
        const QByteArray where = u"U+%1"_s.arg(qlonglong(u), 4, 16, QChar(u'0')).toLatin1();
        const char *fail = where.constData();
        QVERIFY2(p.lower == c.toLower().unicode(), fail);
        QVERIFY2(bool(p.flags & C::Letter) == c.isLetter(), fail);
        QVERIFY2(bool(p.flags & C::Mark) == c.isMark(), fail);
        QVERIFY2(bool(p.flags & C::Number) == c.isNumber(), fail);
        QVERIFY2(bool(p.flags & (C::Letter | C::Number)) == c.isLetterOrNumber(), fail);
        QVERIFY2(bool(p.flags & C::Digit) == c.isDigit(), fail);
        QVERIFY2(bool(p.flags & C::Upper) == c.isUpper(), fail);
        QVERIFY2(bool(p.flags & C::Lower) == c.isLower(), fail);
        QVERIFY2(bool(p.flags & C::TitleCase) == c.isTitleCase(), fail);
        QVERIFY2(bool(p.flags & C::Space) == c.isSpace(), fail);
        QVERIFY2(bool(p.flags & C::Surrogate) == c.isSurrogate(), fail);
        // The tagger relies on it: a token that begins with an upper-case character is capitalised.
        QVERIFY2(!c.isUpper() || c.isLetter(), fail);
        // Folding: the lower-case base letter of a precomposed letter whose base is ASCII.
        char16_t folded = c.toLower().unicode();
        if (c.decompositionTag() == QChar::Canonical && !c.decomposition().isEmpty()
            && c.decomposition()[0].unicode() < 0x80)
            folded = c.decomposition()[0].toLower().unicode();
        QVERIFY2(C::fold(table, char16_t(u)) == folded, fail);
    }
    QCOMPARE(C::fold(table, u'\u00dc'), u'u');
}

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"
