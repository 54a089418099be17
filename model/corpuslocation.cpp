// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuslocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace Dossier {

QString CorpusLocation::defaultDatabasePath(const QString &folder)
{
    const QFileInfo info(folder);
    const QString absolute = info.absoluteFilePath();
    const QString inFolder = absolute + QStringLiteral("/.dossier/corpus.sqlite");
    const QFileInfo existing(inFolder);
    if (existing.exists() && existing.isWritable())
        return inFolder;
    // access() asks the kernel, which also knows read-only mounts; QFileInfo::isWritable() does not.
    const QByteArray dotDir = QFile::encodeName(absolute + QStringLiteral("/.dossier"));
    const bool dotDirUsable = QFileInfo(absolute + QStringLiteral("/.dossier")).isDir()
                                  ? ::access(dotDir.constData(), W_OK) == 0
                                  : ::access(QFile::encodeName(absolute).constData(), W_OK) == 0;
    if (!existing.exists() && dotDirUsable)
        return inFolder;

    const QString hash = QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    QString name = info.fileName().isEmpty() ? QStringLiteral("corpus") : info.fileName();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/corpora/") + name
           + QLatin1Char('-') + hash + QStringLiteral(".sqlite");
}

QString CorpusLocation::sampleCorpusPath()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/dossier/sample");
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
#ifdef DOSSIER_SAMPLE_SOURCE_DIR
    if (QFileInfo(QStringLiteral(DOSSIER_SAMPLE_SOURCE_DIR)).isDir())
        return QStringLiteral(DOSSIER_SAMPLE_SOURCE_DIR);
#endif
#ifdef DOSSIER_SAMPLE_INSTALL_DIR
    return QStringLiteral(DOSSIER_SAMPLE_INSTALL_DIR);
#else
    return {};
#endif
}

} // namespace Dossier
