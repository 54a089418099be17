// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "corpuslocation.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dossier.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
}

void installTranslators(QCoreApplication *app)
{
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("dossier"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    // The sub-commands need no display: they run under QCoreApplication.
    if (argc > 1 && Dossier::CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(&app);
        return Dossier::CommandLine::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dossier/icons/org.dossier.Dossier.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.dossier.Dossier"));
    installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Read, tag and compare news articles across outlets.\n\nCommands: import, stats, export (dossier COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "The corpus database."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QCoreApplication::translate("main", "A corpus folder to open (imported first if needed)."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "dossier: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    Dossier::MainWindow window;
    window.show();
    QString folder = parser.positionalArguments().value(0);
    if (folder.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("corpus/last")).toString();
        folder = !last.isEmpty() && QFileInfo(last).isDir() ? last : Dossier::CorpusLocation::sampleCorpusPath();
    }
    window.openCorpus(folder, parser.value(QStringLiteral("db")));
    return QApplication::exec();
}
