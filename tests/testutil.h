// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"
#include "articlestore.h"
#include "database.h"
#include "importer.h"

#include <QDate>
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
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

/**
 * A corpus for cross-outlet links: the same report in two outlets, one word of a quote edited
 * ("no contact" in the earlier, "no contacts" in the later), and an unrelated article. The earlier
 * report sorts after the later one by path, so an "earliest first" that follows ids is caught.
 */
inline bool writeLinkedCorpus(const QString &dir)
{
    const auto report = [](const char *contact) -> QByteArray {
        return QByteArrayLiteral(
                   "Kremlin says no summit is planned\n\n"
                   "Moscow said on Monday that no meeting between the Russian and American presidents was being "
                   "prepared, despite weeks of speculation in Washington about a summit before the summer. "
                   "\"The talks are over for now and nobody is hiding anything,\" said Irina Volkova, a spokeswoman "
                   "for the foreign ministry, at a briefing in the capital.\n\n"
                   "Asked whether the two leaders had spoken by telephone since the election, the Kremlin was blunt. "
                   "\"Naturally, Putin has no ")
            + contact
            + QByteArrayLiteral(
                   " with Donald Trump,\" said Dmitry Peskov. He added that any call would be announced in the usual way.\n\n"
                   "Analysts in Berlin and Warsaw said the statement was meant for a domestic audience. Diplomats expect "
                   "the question to come up again when foreign ministers meet in Geneva next month to discuss grain "
                   "shipments, prisoner exchanges and the safety of the nuclear plant in the south.\n");
    };
    return writeFile(dir + QStringLiteral("/northline/kremlin-summit.txt"), report("contact"))
        && writeFile(dir + QStringLiteral("/ledger/no-summit.txt"), report("contacts"))
        && writeFile(dir + QStringLiteral("/gazette/dam.txt"),
                     QByteArrayLiteral("Kellsmoor dam inspected\n\n"
                                       "Engineers spent the weekend inspecting the old dam above Kellsmoor after heavy rain "
                                       "raised the reservoir to its highest level in a decade. \"The wall is sound, but the "
                                       "spillway needs work before winter,\" said Tom Acland, the county engineer. Residents "
                                       "were told that the footpath along the river will stay closed until further notice.\n"))
        && writeFile(dir + QStringLiteral("/metadata.csv"),
                     QByteArrayLiteral("path,outlet,date\n"
                                       "northline/kremlin-summit.txt,Northline News,2025-03-10\n"
                                       "ledger/no-summit.txt,The Daily Ledger,2025-03-12\n"
                                       "gazette/dam.txt,Harbour Gazette,2025-03-11\n"));
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

/** Imports `corpus` (analysis and linking included) into the database at `dbPath`; false, with the
 *  importer's error as a warning, when that fails. */
inline bool importCorpus(const QString &corpus, const QString &dbPath)
{
    const Dossier::ImportSummary s = Dossier::Importer(corpus, dbPath).run();
    if (!s.ok)
        qWarning() << s.error;
    return s.ok;
}

/** Imports `corpus` into `corpus`.sqlite beside it and opens that as `db` (closed first). */
inline bool openImported(Dossier::Database &db, const QString &corpus)
{
    const QString dbPath = corpus + QStringLiteral(".sqlite");
    if (!importCorpus(corpus, dbPath))
        return false;
    db.close();
    return db.open(dbPath);
}

/** Inserts an article titled by its path; its id, 0 on failure. */
inline qint64 insertArticle(const QSqlDatabase &db, const QString &path, const QString &body, const QString &outlet = QString(),
                            const QDate &published = QDate())
{
    Dossier::Article a;
    a.path = path;
    a.title = path;
    a.outlet = outlet;
    a.published = published;
    a.body = body;
    return Dossier::ArticleStore(db).insert(a);
}

/** Creates a tag (below `parent` unless 0) described as "<name> things"; its id, 0 on failure. */
inline qint64 createTag(Dossier::Annotator &annotator, const QString &name, qint64 parent = 0,
                        const QString &color = QStringLiteral("#336699"))
{
    Dossier::Tag t;
    t.name = name;
    t.parent = parent;
    t.color = color;
    t.description = name + QStringLiteral(" things");
    return annotator.createTag(t);
}

} // namespace TestUtil
