// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Access keys (Alt and a letter) in menus: what the accessibility and the annotation GUI tests ask.
#pragma once

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QString>
#include <QStringList>

namespace AccessKeys {

/** The access key of a text: the letter after its first lone "&" (none for "&&"). */
inline QChar accessKey(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

/** What keeps the commands of a menu (and of its submenus) from Alt and a letter: one with no
    access key (no "&" before a letter), two with the same one. */
inline QStringList accessKeyProblems(const QList<QAction *> &actions, const QString &where)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->text();
        const QChar key = accessKey(text);
        // The reader's menu lists the annotations at the caret, each a menu titled by its text
        // (the user's): reached with the arrows, checked inside.
        const bool titledByTheUser = a->menu() && a->menu()->objectName() == QLatin1String("annotationMenu");
        if (!titledByTheUser) {
            if (key.isNull())
                problems << QStringLiteral("%1: “%2” has no access key").arg(where, text);
            else if (taken.contains(key))
                problems << QStringLiteral("%1: “%2” and “%3” both use Alt+%4").arg(where, taken.value(key), text, key.toUpper());
            else
                taken.insert(key, text);
        }
        // The recent folders, KSyntaxHighlighting's theme names and the codebook's tags are data:
        // reached with the arrow keys, with no letters to give.
        QMenu *sub = a->menu();
        static const QStringList userData{QStringLiteral("recentMenu"), QStringLiteral("themeMenu"), QStringLiteral("tagsMenu")};
        if (sub && !userData.contains(sub->objectName()))
            problems << accessKeyProblems(sub->actions(), where + QStringLiteral(" › ") + QString(text).remove(u'&'));
    }
    return problems;
}

} // namespace AccessKeys
