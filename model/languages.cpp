// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Dossier::Languages {

namespace {

const QString kSettingsKey = QStringLiteral("language");

// The translators install() put in, taken out by the next install().
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

} // namespace

QList<Language> available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
    };
}

QString chosen()
{
    return QSettings().value(kSettingsKey).toString();
}

void setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString install(QCoreApplication *app, const QString &code)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    const QLocale locale = localeFor(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, dialogs), then Dossier's: the last installed is asked first.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    // The installed files first (share/dossier/translations beside the binary), else the ones
    // compiled in.
    auto *own = new QTranslator(app);
    const QString installedDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/dossier/translations");
    if (own->load(locale, QStringLiteral("dossier"), QStringLiteral("_"), installedDir)
        || own->load(locale, QStringLiteral("dossier"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
        return own->language().section(QLatin1Char('_'), 0, 0);
    }
    delete own;
    return QStringLiteral("en");
}

} // namespace Dossier::Languages
