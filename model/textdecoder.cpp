// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <climits>
#include <cstring>

namespace Dossier {

namespace {

// Only the start of a file is inspected for control-character noise; binaries show it at once.
constexpr qsizetype kControlSample = 64 * 1024;

struct Magic
{
    const char *bytes;
    qsizetype size;
    const char *what;
};

// Formats users drop into article folders by accident. Formats that start with NUL bytes need no entry.
constexpr Magic kMagics[] = {
    { "\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("Dossier", "a PNG image") },
    { "\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("Dossier", "a JPEG image") },
    { "GIF87a", 6, QT_TRANSLATE_NOOP("Dossier", "a GIF image") },
    { "GIF89a", 6, QT_TRANSLATE_NOOP("Dossier", "a GIF image") },
    { "%PDF-", 5, QT_TRANSLATE_NOOP("Dossier", "a PDF document") },
    { "PK\x03\x04", 4, QT_TRANSLATE_NOOP("Dossier", "a ZIP archive or office document") },
    { "\x1f\x8b", 2, QT_TRANSLATE_NOOP("Dossier", "a gzip archive") },
    { "7z\xbc\xaf\x27\x1c", 6, QT_TRANSLATE_NOOP("Dossier", "a 7-Zip archive") },
    { "\177ELF", 4, QT_TRANSLATE_NOOP("Dossier", "a program") },
    { "RIFF", 4, QT_TRANSLATE_NOOP("Dossier", "a media file") },
    { "OggS", 4, QT_TRANSLATE_NOOP("Dossier", "a media file") },
    { "ID3", 3, QT_TRANSLATE_NOOP("Dossier", "an MP3 file") },
    { "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, QT_TRANSLATE_NOOP("Dossier", "an old Microsoft Office document") },
};

// windows-1252 bytes 0x80–0x9F. The five unassigned bytes map to the C1 controls of the same value,
// as the WHATWG encoding standard does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

struct Utf8Scan
{
    qsizetype invalid = 0; ///< ill-formed subsequences (each counted once)
    qsizetype multibyte = 0; ///< well-formed sequences of two to four bytes
    bool highControl = false; ///< a byte 0x80–0x9F occurs (decides windows-1252 vs ISO-8859-1)
};

// Strict UTF-8 validation with the Unicode "maximal subpart" rule, so a broken sequence counts once.
// Pure ASCII runs are skipped eight bytes at a time.
Utf8Scan scanUtf8(const uchar *p, qsizetype n)
{
    Utf8Scan r;
    qsizetype i = 0;
    while (i < n) {
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b <= 0x9F)
            r.highControl = true;
        int need = 0;
        uchar lo = 0x80;
        uchar hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            need = 2;
        } else if (b == 0xED) {
            need = 2;
            hi = 0x9F;
        } else if (b == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            need = 3;
        } else if (b == 0xF4) {
            need = 3;
            hi = 0x8F;
        } else {
            ++r.invalid;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        int got = 0;
        while (got < need && j < n) {
            const uchar c = p[j];
            if (c >= 0x80 && c <= 0x9F)
                r.highControl = true;
            if (c < (got == 0 ? lo : 0x80) || c > (got == 0 ? hi : 0xBF))
                break;
            ++got;
            ++j;
        }
        if (got == need)
            ++r.multibyte;
        else
            ++r.invalid;
        i = j;
    }
    return r;
}

// Converts \r\n and lone \r to \n in place; one pass, and none when there is no \r.
void normaliseLineEndings(QString &s)
{
    const qsizetype first = s.indexOf(u'\r');
    if (first < 0)
        return;
    QChar *d = s.data();
    const qsizetype n = s.size();
    qsizetype w = first;
    for (qsizetype r = first; r < n; ++r) {
        const QChar c = d[r];
        if (c == u'\r') {
            d[w++] = u'\n';
            if (r + 1 < n && d[r + 1] == u'\n')
                ++r;
        } else {
            d[w++] = c;
        }
    }
    s.truncate(w);
}

bool isBlank(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isSpace() && c != u'\xFEFF')
            return false;
    }
    return true;
}

QString decodeCp1252Table(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = p[i];
        d[i] = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

QString decodeCp1252(QByteArrayView bytes)
{
    // Qt knows windows-1252 only when built with ICU; the table is exact and always there.
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid()) {
        QString out = decoder.decode(bytes);
        if (!decoder.hasError())
            return out;
    }
    return decodeCp1252Table(bytes);
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Dossier", text, nullptr, n);
}

DecodedText binary(const QString &reason)
{
    DecodedText result;
    result.verdict = DecodedText::Verdict::Binary;
    result.problems.append(reason);
    return result;
}

// Decodes UTF-16/32 after a BOM; `skip` is the BOM's length.
DecodedText decodeWide(QByteArrayView bytes, qsizetype skip, QStringConverter::Encoding encoding, const QString &name,
                       qsizetype unit)
{
    DecodedText result;
    result.encoding = name;
    QByteArrayView payload = bytes.sliced(skip);
    if (payload.size() % unit != 0) {
        payload.chop(payload.size() % unit);
        result.problems.append(tr("the file ends in the middle of a character; the last bytes were dropped"));
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    result.text = decoder.decode(payload);
    if (decoder.hasError())
        result.problems.append(tr("invalid %1 data was replaced with U+FFFD").arg(name));
    return result;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.verdict = DecodedText::Verdict::Empty;
        return result;
    }

    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    const QByteArrayView view(bytes);

    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
        result = decodeWide(view, 4, QStringConverter::Utf32LE, QStringLiteral("UTF-32LE (BOM)"), 4);
    } else if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        result = decodeWide(view, 4, QStringConverter::Utf32BE, QStringLiteral("UTF-32BE (BOM)"), 4);
    } else if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        result = decodeWide(view, 2, QStringConverter::Utf16LE, QStringLiteral("UTF-16LE (BOM)"), 2);
    } else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        result = decodeWide(view, 2, QStringConverter::Utf16BE, QStringLiteral("UTF-16BE (BOM)"), 2);
    } else {
        const bool utf8Bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
        const qsizetype skip = utf8Bom ? 3 : 0;

        if (!utf8Bom) {
            for (const Magic &magic : kMagics) {
                if (n >= magic.size && std::memcmp(p, magic.bytes, size_t(magic.size)) == 0)
                    return binary(tr("not a text file: looks like %1").arg(tr(magic.what)));
            }
        }
        if (std::memchr(p, 0, size_t(n)))
            return binary(tr("not a text file: contains NUL bytes"));

        const qsizetype sample = std::min(n, kControlSample);
        qsizetype controls = 0;
        for (qsizetype i = 0; i < sample; ++i) {
            const uchar b = p[i];
            // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
            if ((b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) || b == 0x7F)
                ++controls;
        }
        if ((controls >= 3 && controls * 50 > sample) || controls * 10 > sample)
            return binary(tr("not a text file: too many control characters"));

        const QByteArrayView payload = view.sliced(skip);
        const Utf8Scan scan = scanUtf8(p + skip, n - skip);
        // Mostly-valid UTF-8 (at least as many good multi-byte sequences as bad ones) stays UTF-8: a
        // few broken bytes in a UTF-8 file are likelier than a legacy file that happens to contain
        // valid UTF-8 sequences. A BOM settles the question.
        const bool utf8 = scan.invalid == 0 || utf8Bom || (scan.multibyte > 0 && scan.invalid <= scan.multibyte);
        if (utf8) {
            result.encoding = utf8Bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
            QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            result.text = decoder.decode(payload);
            if (scan.invalid > 0) {
                result.problems.append(
                    tr("%n invalid UTF-8 sequence(s) replaced with U+FFFD", nullptr, int(std::min<qsizetype>(scan.invalid, INT_MAX))));
            }
        } else if (scan.highControl) {
            result.encoding = QStringLiteral("windows-1252");
            result.text = decodeCp1252(payload);
        } else {
            result.encoding = QStringLiteral("ISO-8859-1");
            result.text = QString::fromLatin1(payload);
        }
        if (!utf8 && scan.multibyte > 0) {
            result.problems.append(
                tr("not valid UTF-8 (%n invalid sequence(s)); decoded as %1", nullptr, int(std::min<qsizetype>(scan.invalid, INT_MAX)))
                    .arg(result.encoding));
        }
    }

    normaliseLineEndings(result.text);
    if (isBlank(result.text)) {
        result.verdict = DecodedText::Verdict::Empty;
        result.text.clear();
    }
    return result;
}

} // namespace Dossier
