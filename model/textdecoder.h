// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Dossier {

/** The result of turning a file's bytes into text. */
struct DecodedText
{
    enum class Verdict {
        Text,   ///< decoded; `problems` may list repairs that were made
        Empty,  ///< zero bytes, or only white space once decoded
        Binary, ///< not text (NUL bytes outside UTF-16, control-character noise, known binary magic)
    };

    Verdict verdict = Verdict::Text;
    QString text;         ///< decoded text, without BOM; line endings normalised to \n
    QString encoding;     ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "UTF-32LE (BOM)",
                          ///< "UTF-32BE (BOM)", "windows-1252", "ISO-8859-1"; empty for Binary and zero bytes
    QStringList problems; ///< human-readable notes on repairs, e.g. "3 invalid UTF-8 sequences replaced";
                          ///< for Binary, the reason (e.g. "not a text file: looks like a PNG image")
};

/**
 * Detects the encoding of article files and decodes them.
 *
 * Order: BOM (UTF-8, UTF-16LE/BE) → strict UTF-8 → legacy 8-bit fallback (windows-1252, which is a
 * superset of ISO-8859-1 for printable text; reported as "ISO-8859-1" when no byte 0x80–0x9F occurs).
 * Mostly-valid UTF-8 (no more broken sequences than well-formed multi-byte ones) stays UTF-8, with the
 * bad bytes replaced by U+FFFD and a note in `problems`; otherwise the legacy fallback is used. Text with NUL bytes (and no UTF-16 BOM) or with many control characters is
 * `Binary`. Pure function, thread-safe.
 */
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::TextDecoder)

public:
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace Dossier
