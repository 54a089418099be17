// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Dossier {

/**
 * The languages Dossier speaks and the one it uses. The choice is kept in the settings
 * ("language": a code such as "de", or empty to follow the system). install() loads Qt's own
 * translations and Dossier's (compiled in as :/i18n/dossier_<code>.qm) for it.
 */
namespace Languages {

struct Language
{
    QString code;       ///< "de", "en", "es", "uk"
    QString nativeName; ///< the language's name in itself: "Deutsch"
};

/** The languages with a translation, English first, each named in itself. */
QList<Language> available();

/** The language chosen in Preferences; empty: the system's. */
QString chosen();
void setChosen(const QString &code);

/** The locale for `code` (empty: the system's). */
QLocale localeFor(const QString &code);

/**
 * Installs Qt's translations (qtbase) and Dossier's for `code` (empty: the system's languages, in
 * their order of preference) into `app`, replacing ones installed before. Returns the language
 * Dossier's translation was found for ("en" when the source text is used, with English plurals).
 */
QString install(QCoreApplication *app, const QString &code);

} // namespace Languages

} // namespace Dossier
