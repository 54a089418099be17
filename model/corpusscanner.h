// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Dossier {

/** Something the import had to skip or repair, with the reason in words. */
struct ImportIssue
{
    enum class Severity { Skipped, Repaired, Note };
    QString path; ///< relative to the corpus root
    Severity severity = Severity::Skipped;
    QString reason;

    static QString severityName(Severity s);
    static Severity severityFromName(const QString &name); ///< the inverse of severityName()
};

/** A regular `.txt`/`.md` file found under the corpus root. */
struct ScannedFile
{
    QByteArray nativePath; ///< absolute, as the file system spells it (may be invalid UTF-8)
    QString path;          ///< relative, '/' separated, for display and as the article key
    qint64 size = 0;
    qint64 mtime = 0; ///< nanoseconds since the epoch
};

/**
 * Walks a corpus folder without following symbolic links to folders (so loops cannot happen),
 * and without recursion (so depth costs no stack). Hidden entries (".dossier", ".git", …) are
 * passed over. Symbolic links to files are followed. FIFOs, sockets, devices, dangling links,
 * link loops, unreadable folders and names that are not UTF-8 are reported, never fatal.
 */
class CorpusScanner final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::CorpusScanner)

public:
    using IssueSink = std::function<void(const ImportIssue &)>;

    /** Files in a stable order (sorted by path). `cancel`, when set, stops the walk early. */
    static QList<ScannedFile> scan(const QString &root, const IssueSink &issue, const std::atomic_bool *cancel = nullptr);

    /** True for names Dossier imports: `*.txt` and `*.md`, any case. */
    static bool isArticleName(const QByteArray &name);

    /** A file-system name shown as text: UTF-8 as is, except that a backslash is doubled; each byte
        that is not UTF-8 as \xNN. So two different names never show as the same text. */
    static QString displayName(const QByteArray &name, bool *wasValid = nullptr);
};

} // namespace Dossier
