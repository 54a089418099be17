// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// dossier_screenshots OUT_DIR [LANGUAGE]: the screenshots of the manual and the AppStream metainfo,
// taken from the real window on a copy of the bundled sample corpus (run it under Xvfb:
// packaging/screenshots/take.sh). Settings of its own: the user's are neither read nor changed.
//   reader.png    an article with its quotes, speakers and entities highlighted
//   import-log.png  the Import Log after opening: a README noted, a binary and an empty file skipped
//   annotate.png  a quote tagged as a claim, with its verdict and note in the Annotations panel
//   links.png     the Links panel: the same story in other outlets, the quote elsewhere
//   export.png    the Export dialog

#include "annotationpanel.h"
#include "annotator.h"
#include "exportdialog.h"
#include "importlogdialog.h"
#include "languages.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sidepanel.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Dossier;

namespace {

/** Runs the event loop for `ms`: the window lays out and highlights. */
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *w, const QString &dir, const char *name)
{
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    if (!w->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("Dossier"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: dossier_screenshots OUT_DIR [LANGUAGE]\n");
        return 2;
    }
    const QString out = args.at(1);
    Languages::install(&app, args.value(2, QStringLiteral("en")));
    QDir().mkpath(out);
    QTemporaryDir tmp;
    const QString corpus = tmp.filePath(QStringLiteral("sample"));
    if (!tmp.isValid() || !TestUtil::copyTree(TestUtil::sampleDir(), corpus)) {
        std::fprintf(stderr, "cannot copy the sample corpus\n");
        return 1;
    }

    // What analysts' folders hold besides articles, for the Import Log's picture: a file saved
    // from a PDF viewer by mistake (binary) and an empty one.
    {
        static const char pdfStart[] = "%PDF-1.7\n\0\x01\x02\xff\xfe stream";
        QFile binary(corpus + QStringLiteral("/harbour-gazette/scan-0041.txt"));
        QFile empty(corpus + QStringLiteral("/notes-to-self.txt"));
        if (!binary.open(QIODevice::WriteOnly) || binary.write(pdfStart, sizeof pdfStart - 1) < 0
            || !empty.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write to the copy of the sample corpus\n");
            return 1;
        }
    }

    MainWindow w;
    w.resize(1280, 800);
    w.show();
    {
        QEventLoop loop;
        QObject::connect(&w, &MainWindow::importFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        w.openCorpus(corpus);
        loop.exec();
    }
    settle(1500);
    bool ok = save(&w, out, "reader.png");
    {
        ImportLogDialog log(w.importLog(), &w);
        log.resize(760, 300);
        log.show();
        settle(500);
        ok = save(&log, out, "import-log.png") && ok;
    }

    // A claim: the article's second quote (the first is a headline's), tagged, with a verdict and a note.
    const Article article = w.reader()->article();
    const QList<QuoteSpan> quotes = w.reader()->quotes();
    Annotator *annotator = w.annotator();
    Tag claimTag;
    claimTag.name = QCoreApplication::translate("Screenshots", "Claim");
    claimTag.color = QStringLiteral("#c0392b");
    const qint64 tag = annotator->createTag(claimTag);
    if (!quotes.isEmpty() && tag) {
        const QuoteSpan &q = quotes.value(1, quotes.first());
        const qint64 id = annotator->annotate(article.id, article.body, q.start, q.end, {tag});
        if (auto a = annotator->store().annotation(id)) {
            a->claim = ClaimStatus::Checking;
            a->note = QCoreApplication::translate("Screenshots", "Check against the union's own statement.");
            annotator->editAnnotation(*a);
        }
        w.reader()->selectRange(q.start, q.end);
    } else {
        std::fprintf(stderr, "no quote to annotate in %s\n", qPrintable(article.path));
        return 1;
    }
    if (QAction *panel = w.findChild<QAction *>(QStringLiteral("annotationsPanel")))
        panel->trigger();
    settle(500);
    if (const QList<Annotation> own = annotator->store().annotations(article.id); !own.isEmpty())
        w.annotationPanel()->selectAnnotation(own.first().id);
    settle(800);
    ok = save(&w, out, "annotate.png") && ok;

    if (QAction *panel = w.findChild<QAction *>(QStringLiteral("linksPanel")))
        panel->trigger();
    settle(800);
    ok = save(&w, out, "links.png") && ok;

    ExportDialog *dialog = w.showExportDialog();
    settle(800);
    ok = dialog && save(dialog, out, "export.png") && ok;
    if (dialog)
        dialog->close();
    return ok ? 0 : 1;
}
