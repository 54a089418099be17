// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>

namespace TestUtil {

inline QString sampleDir()
{
    return QStringLiteral(DOSSIER_TEST_SAMPLE_DIR);
}

/** ../shared beside the repository, or empty when this machine has none (tests then QSKIP). */
inline QString sharedDir()
{
    const QString dir = QStringLiteral(DOSSIER_TEST_SHARED_DIR);
    return QFileInfo(dir + QStringLiteral("/corpora")).isDir() ? QDir::cleanPath(dir) : QString();
}

/** Copies a folder tree (regular files only, hidden entries skipped). */
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        if (rel.startsWith(QLatin1Char('.')) || rel.contains(QLatin1String("/.")))
            continue;
        const QString dst = to + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** Writes `count` small articles ("Headline N", one paragraph) into `dir`. */
inline bool writeArticles(const QString &dir, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!writeFile(dir + QStringLiteral("/a%1.txt").arg(i),
                       QByteArrayLiteral("Headline ") + QByteArray::number(i) + QByteArrayLiteral("\n\nA paragraph of text.\n")))
            return false;
    }
    return true;
}

/** Number of article files (.txt/.md, not README) in the sample corpus. */
inline int sampleArticleCount()
{
    int n = 0;
    QDirIterator it(sampleDir(), {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        if (!fi.fileName().startsWith(QLatin1String("README"), Qt::CaseInsensitive))
            ++n;
    }
    return n;
}

} // namespace TestUtil
