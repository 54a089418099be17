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
    const QString dotDir = absolute + QStringLiteral("/.dossier");
    const QString inFolder = dotDir + QStringLiteral("/corpus.sqlite");
    // Ask the file system rather than guess from permission bits: access() also knows read-only
    // mounts, and creating .dossier is what opening the database would do next anyway.
    const auto writable = [](const QString &path) { return ::access(QFile::encodeName(path).constData(), W_OK) == 0; };
    const QFileInfo existing(inFolder);
    if (existing.exists() ? writable(inFolder) && writable(dotDir)
                          : QDir().mkpath(dotDir) && QFileInfo(dotDir).isDir() && writable(dotDir))
        return inFolder;

    const QString hash = QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    const QString name = info.fileName().isEmpty() ? QStringLiteral("corpus") : info.fileName();
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
