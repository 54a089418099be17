// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "testutil.h"

using namespace Qt::StringLiterals;
using Dossier::DecodedText;
using Dossier::TextDecoder;

namespace {

using TestUtil::sharedDir;

int verdict(DecodedText::Verdict v)
{
    return int(v);
}

constexpr int Text = int(DecodedText::Verdict::Text);
constexpr int Empty = int(DecodedText::Verdict::Empty);
constexpr int Binary = int(DecodedText::Verdict::Binary);

} // namespace

class TextDecoderTest : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void bbcLatin1Pound();
    void bbcCorpusDecodesCleanly();
    void largeInputIsFast_data();
    void largeInputIsFast();
    void longSingleLine();
};

void TextDecoderTest::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("text"); // a null string: not checked
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("problems");

    // Plain UTF-8
    QTest::newRow("ascii") << "Hello world\n"_ba << Text << u"Hello world\n"_s << u"UTF-8"_s << 0;
    QTest::newRow("utf-8") << "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac"
                              "5"_ba
                           << Text << u"Café “quoted” €5"_s << u"UTF-8"_s << 0;
    QTest::newRow("utf-8 four-byte") << "Smile \xf0\x9f\x99\x82"_ba << Text << u"Smile 🙂"_s << u"UTF-8"_s << 0;

    // Byte order marks
    QTest::newRow("utf-8 bom") << "\xef\xbb\xbfHello"_ba << Text << u"Hello"_s << u"UTF-8 (BOM)"_s << 0;
    QTest::newRow("utf-16le bom") << "\xff\xfeH\x00\xe9\x00\r\x00\n\x00!\x00"_ba << Text << u"Hé\n!"_s << u"UTF-16LE (BOM)"_s
                                  << 0;
    QTest::newRow("utf-16be bom") << "\xfe\xff\x00H\x00\xe9\x20\x1c\x00x\x20\x1d"_ba << Text << u"Hé“x”"_s << u"UTF-16BE (BOM)"_s
                                  << 0;
    QTest::newRow("utf-16le bom, odd length") << "\xff\xfeH\x00i\x00!"_ba << Text << u"Hi"_s << u"UTF-16LE (BOM)"_s << 1;
    QTest::newRow("utf-32le bom") << "\xff\xfe\x00\x00H\x00\x00\x00i\x00\x00\x00"_ba << Text << u"Hi"_s << u"UTF-32LE (BOM)"_s
                                  << 0;

    // Legacy 8-bit
    QTest::newRow("latin-1 pound") << "Mutu, a \xa3"
                                      "15.8m signing"_ba
                                   << Text << u"Mutu, a £15.8m signing"_s << u"ISO-8859-1"_s << 0;
    QTest::newRow("latin-1 e acute") << "caf\xe9 cr\xe8me br\xfbl\xe9"
                                        "e"_ba
                                     << Text << u"café crème brûlée"_s << u"ISO-8859-1"_s << 0;
    QTest::newRow("cp1252 curly quotes") << "He said \x93no\x94 \x96 twice"_ba << Text << u"He said “no” – twice"_s
                                         << u"windows-1252"_s << 0;
    QTest::newRow("cp1252 euro and apostrophe") << "\x80"
                                                   "5 for Peskov\x92s book\x85"_ba
                                                << Text << u"€5 for Peskov’s book…"_s << u"windows-1252"_s << 0;
    QTest::newRow("cp1252 unassigned byte") << "a\x81"
                                               "b \x93q\x94"_ba
                                            << Text << u"a\u0081b “q”"_s << u"windows-1252"_s << 0;

    // Invalid UTF-8: a few bad bytes in UTF-8 text are replaced; mostly-legacy text falls back.
    QTest::newRow("invalid utf-8, mostly valid")
        << "caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d \xff end"_ba << Text << u"café “ok” \uFFFD end"_s << u"UTF-8"_s << 1;
    QTest::newRow("invalid utf-8, truncated at end")
        << "na\xc3\xafve caf\xc3\xa9 \xe2\x80"_ba << Text << QString() << u"UTF-8"_s << 1;
    QTest::newRow("invalid utf-8 after bom") << "\xef\xbb\xbf"
                                                "ab\xff"
                                                "c"_ba
                                             << Text << u"ab\uFFFDc"_s << u"UTF-8 (BOM)"_s << 1;
    QTest::newRow("invalid utf-8, mostly legacy")
        << "\x93Hi\x94 caf\xe9 d\xe9j\xe0 \xc3\xa9"_ba << Text << u"“Hi” café déjà Ã©"_s << u"windows-1252"_s << 1;
    QTest::newRow("overlong encoding") << "a\xc0\xaf"
                                          "b"_ba
                                       << Text << u"a\u00c0\u00afb"_s << u"ISO-8859-1"_s << 0;
    QTest::newRow("utf-16 surrogate in utf-8")
        << "x \xc3\xa9\xc3\xa9\xc3\xa9 \xed\xa0\x80 y"_ba << Text << QString() << u"UTF-8"_s << 1;

    // Not text
    QTest::newRow("nul bytes") << "abc\0def"_ba << Binary << u""_s << QString() << 1;
    QTest::newRow("bom-less utf-16") << "H\x00i\x00"_ba << Binary << u""_s << QString() << 1;
    QTest::newRow("png magic") << "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"_ba << Binary << u""_s << QString() << 1;
    QTest::newRow("pdf magic") << "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"_ba << Binary << u""_s << QString() << 1;
    QTest::newRow("jpeg magic") << "\xff\xd8\xff\xe0JFIF"_ba << Binary << u""_s << QString() << 1;
    QTest::newRow("control noise") << "\x01\x02\x03\x04"
                                      "abc\x05\x06\x07"_ba
                                   << Binary << u""_s << QString() << 1;

    // Empty
    QTest::newRow("empty") << QByteArray() << Empty << u""_s << QString() << 0;
    QTest::newRow("whitespace only") << " \t\r\n \n  "_ba << Empty << u""_s << u"UTF-8"_s << 0;
    QTest::newRow("bom only") << "\xef\xbb\xbf"_ba << Empty << u""_s << u"UTF-8 (BOM)"_s << 0;
    QTest::newRow("utf-16 whitespace only") << "\xff\xfe \x00\n\x00"_ba << Empty << u""_s << u"UTF-16LE (BOM)"_s << 0;
    QTest::newRow("no-break spaces only") << "\xc2\xa0\n\xc2\xa0"_ba << Empty << u""_s << u"UTF-8"_s << 0;

    // Line endings
    QTest::newRow("crlf") << "one\r\ntwo\r\n\r\nthree"_ba << Text << u"one\ntwo\n\nthree"_s << u"UTF-8"_s << 0;
    QTest::newRow("lone cr") << "one\rtwo\r\rthree"_ba << Text << u"one\ntwo\n\nthree"_s << u"UTF-8"_s << 0;
    QTest::newRow("crlf in latin-1") << "\xa3"
                                        "1\r\n\xa3"
                                        "2"_ba
                                     << Text << u"£1\n£2"_s << u"ISO-8859-1"_s << 0;
    QTest::newRow("tab and form feed are text") << "a\tb\fc"_ba << Text << u"a\tb\fc"_s << u"UTF-8"_s << 0;
}

void TextDecoderTest::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, verdict);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, problems);

    const DecodedText result = TextDecoder::decode(bytes);
    QCOMPARE(::verdict(result.verdict), verdict);
    if (!text.isNull())
        QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.problems.size(), problems);
    for (const QString &problem : result.problems)
        QVERIFY(!problem.trimmed().isEmpty());
    if (result.verdict == DecodedText::Verdict::Text) {
        QVERIFY(!result.text.contains(u'\r'));
        QVERIFY(!result.text.startsWith(u'\xFEFF'));
    } else {
        QVERIFY(result.text.isEmpty());
    }
    if (problems > 0 && encoding.startsWith(u"UTF-8"))
        QVERIFY(result.text.contains(u'\xFFFD'));
}

void TextDecoderTest::bbcLatin1Pound()
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        QSKIP("the shared corpora folder is not available");
    QFile file(shared + u"/corpora/bbc/sport/199.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("corpora/bbc/sport/199.txt is not available");
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains('\xa3'));

    const DecodedText result = TextDecoder::decode(bytes);
    QCOMPARE(result.verdict, DecodedText::Verdict::Text);
    QCOMPARE(result.encoding, u"ISO-8859-1"_s);
    QVERIFY(result.problems.isEmpty());
    QVERIFY(result.text.contains(u"£"_s));
    QVERIFY(!result.text.contains(u'\xFFFD'));
    QCOMPARE(result.text.count(u'£'), bytes.count('\xa3'));
}

void TextDecoderTest::bbcCorpusDecodesCleanly()
{
    const QString shared = sharedDir();
    if (shared.isEmpty() || !QDir(shared + u"/corpora/bbc"_s).exists())
        QSKIP("the shared BBC corpus is not available");
    QDirIterator it(shared + u"/corpora/bbc"_s, { u"*.txt"_s }, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const DecodedText result = TextDecoder::decode(file.readAll());
        QVERIFY2(result.verdict == DecodedText::Verdict::Text, qPrintable(file.fileName()));
        QVERIFY2(result.problems.isEmpty(), qPrintable(file.fileName()));
        QVERIFY2(!result.text.contains(u'\xFFFD'), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 2000);
}

void TextDecoderTest::largeInputIsFast_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << "Peskov said: \xe2\x80\x9cThis is the only way.\xe2\x80\x9d Caf\xc3\xa9 \xe2\x82\xac"
                              "5, \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0.\r\n"_ba
                           << u"UTF-8"_s;
    QTest::newRow("windows-1252") << "He said \x93the only way\x94 \x96 caf\xe9 \x80"
                                     "5.\n"_ba
                                  << u"windows-1252"_s;
    QTest::newRow("ascii") << "Plain ASCII text with a full stop at the end of the line.\n"_ba << u"UTF-8"_s;
}

// Imports run over 100,000 files: a 40 MB file must not take more than a moment.
void TextDecoderTest::largeInputIsFast()
{
    QFETCH(QByteArray, unit);
    QFETCH(QString, encoding);

    QByteArray bytes;
    const qsizetype target = 40 * 1024 * 1024;
    bytes.reserve(target + unit.size());
    while (bytes.size() < target)
        bytes += unit;

    QElapsedTimer timer;
    timer.start();
    const DecodedText result = TextDecoder::decode(bytes);
    const qint64 ms = timer.elapsed();
    qInfo("decoded %lld MB in %lld ms", qint64(bytes.size() >> 20), ms);

    QCOMPARE(result.verdict, DecodedText::Verdict::Text);
    QCOMPARE(result.encoding, encoding);
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!result.text.contains(u'\r'));
    QVERIFY2(ms < 3000, qPrintable(u"took %1 ms"_s.arg(ms)));
}

void TextDecoderTest::longSingleLine()
{
    QByteArray bytes(5 * 1024 * 1024, 'a');
    for (qsizetype i = 7; i < bytes.size(); i += 11)
        bytes[i] = ' ';
    bytes.append("\xe2\x80\x9c"
                 "end\xe2\x80\x9d");

    QElapsedTimer timer;
    timer.start();
    const DecodedText result = TextDecoder::decode(bytes);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(result.verdict, DecodedText::Verdict::Text);
    QCOMPARE(result.encoding, u"UTF-8"_s);
    QVERIFY(result.text.endsWith(u"“end”"_s));
    QCOMPARE(result.text.size(), bytes.size() - 6 + 2);
}

QTEST_GUILESS_MAIN(TextDecoderTest)

#include "textdecoder_test.moc"
