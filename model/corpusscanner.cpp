// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusscanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier", text);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    return tr("not a regular file");
}

} // namespace

QString ImportIssue::severityName(Severity s)
{
    switch (s) {
    case Severity::Skipped:
        return QStringLiteral("skipped");
    case Severity::Repaired:
        return QStringLiteral("repaired");
    case Severity::Note:
        break;
    }
    return QStringLiteral("note");
}

ImportIssue::Severity ImportIssue::severityFromName(const QString &name)
{
    if (name == QLatin1String("skipped"))
        return Severity::Skipped;
    if (name == QLatin1String("repaired"))
        return Severity::Repaired;
    return Severity::Note;
}

bool CorpusScanner::isArticleName(const QByteArray &name)
{
    const auto endsWith = [&](const char *suffix) {
        const qsizetype n = qsizetype(std::strlen(suffix));
        return name.size() > n && qstrnicmp(name.constData() + name.size() - n, suffix, n) == 0;
    };
    return endsWith(".txt") || endsWith(".md");
}

QString CorpusScanner::displayName(const QByteArray &name, bool *wasValid)
{
    QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = strict(name);
    // Backslashes are doubled in every name, valid or not: then the literal name a\xff.txt (shown
    // as a\\xff.txt) never meets the escape of the byte 0xFF (a\xff.txt). Names without a
    // backslash, nearly all of them, are shown as they are.
    if (!strict.hasError()) {
        if (wasValid)
            *wasValid = true;
        return decoded.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    }
    if (wasValid)
        *wasValid = false;
    // Decode byte by byte around the invalid sequences so they stay visible and distinct.
    QString out;
    qsizetype i = 0;
    while (i < name.size()) {
        const uchar c = uchar(name.at(i));
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len > 0 && i + len <= name.size()) {
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString piece = one(name.mid(i, len));
            if (!one.hasError()) {
                out += piece == QLatin1String("\\") ? QStringLiteral("\\\\") : piece;
                i += len;
                continue;
            }
        }
        out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        ++i;
    }
    return out;
}

QList<ScannedFile> CorpusScanner::scan(const QString &root, const IssueSink &issue, const std::atomic_bool *cancel)
{
    QList<ScannedFile> files;
    const QByteArray nativeRoot = QFile::encodeName(root);

    struct Pending
    {
        QByteArray native;
        QString relative;
    };
    QList<Pending> stack{{nativeRoot, QString()}};

    while (!stack.isEmpty()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        const Pending dir = stack.takeLast();
        DIR *d = ::opendir(dir.native.constData());
        if (!d) {
            const int error = errno;
            issue({dir.relative.isEmpty() ? QStringLiteral(".") : dir.relative, ImportIssue::Severity::Skipped,
                   tr("cannot read the folder: %1").arg(errnoText(error))});
            continue;
        }
        while (dirent *entry = ::readdir(d)) {
            const QByteArray name(entry->d_name);
            if (name.startsWith('.'))
                continue; // ".", "..", and hidden entries such as .dossier or .git
            const QByteArray native = dir.native + '/' + name;
            bool validName = true;
            const QString display = displayName(name, &validName);
            const QString relative = dir.relative.isEmpty() ? display : dir.relative + QLatin1Char('/') + display;

            struct stat lst;
            if (::lstat(native.constData(), &lst) != 0) {
                const int error = errno;
                issue({relative, ImportIssue::Severity::Skipped, tr("cannot read: %1").arg(errnoText(error))});
                continue;
            }
            if (S_ISDIR(lst.st_mode)) {
                stack.append({native, relative});
                continue;
            }
            if (!isArticleName(name)) {
                // A linked folder is not walked; say so, or the articles in it vanish without a word.
                struct stat target;
                if (S_ISLNK(lst.st_mode) && ::stat(native.constData(), &target) == 0 && S_ISDIR(target.st_mode))
                    issue({relative, ImportIssue::Severity::Note, tr("symbolic link to a folder, not followed")});
                continue;
            }
            if (name.size() >= 6 && qstrnicmp(name.constData(), "readme", 6) == 0) {
                issue({relative, ImportIssue::Severity::Note, tr("a README, not an article: not imported")});
                continue;
            }
            struct stat st = lst;
            if (S_ISLNK(lst.st_mode)) {
                if (::stat(native.constData(), &st) != 0) {
                    const int error = errno;
                    if (error == ELOOP)
                        issue({relative, ImportIssue::Severity::Skipped, tr("symbolic link loop")});
                    else if (error == ENOENT)
                        issue({relative, ImportIssue::Severity::Skipped, tr("dangling symbolic link (its target does not exist)")});
                    else
                        issue({relative, ImportIssue::Severity::Skipped, tr("cannot follow the symbolic link: %1").arg(errnoText(error))});
                    continue;
                }
                if (S_ISDIR(st.st_mode)) {
                    issue({relative, ImportIssue::Severity::Note, tr("symbolic link to a folder, not followed")});
                    continue;
                }
            }
            if (!S_ISREG(st.st_mode)) {
                issue({relative, ImportIssue::Severity::Skipped, tr("%1, not a file").arg(fileTypeName(st.st_mode))});
                continue;
            }
            if (!validName)
                issue({relative, ImportIssue::Severity::Repaired,
                       tr("the file name is not valid UTF-8; invalid bytes are shown as \\xNN")});
            ScannedFile f;
            f.nativePath = native;
            f.path = relative;
            f.size = qint64(st.st_size);
            f.mtime = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            files.append(std::move(f));
        }
        ::closedir(d);
    }
    std::sort(files.begin(), files.end(), [](const ScannedFile &a, const ScannedFile &b) { return a.path < b.path; });
    return files;
}

} // namespace Dossier
