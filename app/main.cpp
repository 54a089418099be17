// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "corpuslocation.h"
#include "languages.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <memory>

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
    // The language chosen in Preferences, else the system's; Qt's own strings with it.
    Dossier::Languages::install(app, Dossier::Languages::chosen());
}

} // namespace

int main(int argc, char *argv[])
{
    // The sub-commands need no display: they run under QCoreApplication, but for export, whose PDF
    // is laid out with fonts (QTextDocument, QPdfWriter): that one gets a QGuiApplication on the
    // offscreen platform, which is part of Qt GUI and needs no display server.
    if (argc > 1 && Dossier::CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        std::unique_ptr<QCoreApplication> app;
        if (qstrcmp(argv[1], "export") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        installTranslators(app.get());
        return Dossier::CommandLine::run(QCoreApplication::arguments());
    }

    // The GUI's own arguments are read before any display is needed, so --help, --version and
    // usage errors work on a machine without one, with the contract's exit codes.
    QString folder;
    QString databasePath;
    {
        QCoreApplication pre(argc, argv);
        setIdentity();
        installTranslators(&pre);
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Read, tag and compare news articles across outlets.\n\nCommands: import, stats, export, autocode, import-annotations (dossier COMMAND --help)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "The corpus database."), QStringLiteral("FILE")});
        parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                     QCoreApplication::translate("main", "A corpus folder to open (imported first if needed)."));
        const auto usage = [](const QString &message) {
            std::fprintf(stderr, "dossier: %s\n%s\n", qPrintable(message),
                         qPrintable(QCoreApplication::translate("main", "Run “dossier --help” for usage.")));
            return 2;
        };
        if (!parser.parse(QCoreApplication::arguments()))
            return usage(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            std::fputs(qPrintable(parser.helpText()), stdout);
            return 0;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            std::printf("dossier %s\n", DOSSIER_VERSION);
            return 0;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1)
            return usage(QCoreApplication::translate("main", "give at most one FOLDER"));
        folder = positional.value(0);
        // A word that names no folder is a mistyped command, not a corpus to open.
        static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
        if (!folder.isEmpty() && !QFileInfo::exists(folder) && word.match(folder).hasMatch()) {
            return usage(QCoreApplication::translate("main", "unknown command “%1” (commands: import, stats, export, autocode, import-annotations)").arg(folder));
        }
        databasePath = parser.value(QStringLiteral("db"));
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dossier/icons/org.dossier.Dossier.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.dossier.Dossier"));
    installTranslators(&app);

    Dossier::MainWindow window;
    window.show();
    if (folder.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("corpus/last")).toString();
        folder = !last.isEmpty() && QFileInfo(last).isDir() ? last : Dossier::CorpusLocation::sampleCorpusPath();
    }
    window.openCorpus(folder, databasePath);
    return QApplication::exec();
}
