// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dossier {

enum class ArticleState : int {
    Imported = 0,
    Missing = 1,    ///< the file vanished from the folder; kept with everything attached to it
    Unreadable = 2, ///< the file is there but no longer text (binary, empty, unreadable); the last text is kept
};

/** One article as stored. */
struct Article
{
    qint64 id = 0;
    QString path; ///< relative to the corpus root, '/' separated
    qint64 size = 0;
    qint64 mtime = 0; ///< nanoseconds since the epoch
    QByteArray sha256;
    QString encoding;
    QString original; ///< decoded file text, never changed
    QString body;     ///< cleaned body
    QString title;
    QString outlet;
    QString byline;
    QString url;
    QDate published;
    ArticleState state = ArticleState::Imported;
};

/** What the article list shows: no texts, so 100,000 of them stay cheap. */
struct ArticleSummary
{
    qint64 id = 0;
    QString path;
    QString title;
    QString outlet;
    QDate published;
    ArticleState state = ArticleState::Imported;
    // The story the article is in (stories, schema 7); 0 and empty when none.
    qint64 story = 0;
    int storySize = 0;
    QStringList storyOutlets;
};

} // namespace Dossier

Q_DECLARE_METATYPE(Dossier::Article)
