// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "analysisstore.h"
#include "annotationimporter.h"
#include "annotationstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "autocoder.h"
#include "corpuslocation.h"
#include "corpuslock.h"
#include "database.h"
#include "importer.h"
#include "jsonexporter.h"
#include "linkstore.h"

#include <QCommandLineParser>
#include <QUndoStack>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace Dossier {

namespace {

enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier", text);
}


void printErr(const QString &s)
{
    std::fputs(qPrintable(s), stderr);
    std::fputc('\n', stderr);
}

void printOut(const QString &s)
{
    std::fputs(s.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

int usageError(const QString &message, const QString &command)
{
    printErr(QStringLiteral("dossier %1: %2").arg(command, message));
    printErr(tr("Run “dossier %1 --help” for usage.").arg(command));
    return Usage;
}

// Parses like QCommandLineParser::process(), but a usage error exits with 2 (the contract), not 1.
// Returns -1 to go on, or the exit status.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText().replace(QLatin1String("[options]"), QStringLiteral("%1 [options]").arg(command))), stdout);
        return Done;
    }
    return -1;
}

std::atomic_bool s_interrupted{false};

void onSigint(int)
{
    s_interrupted = true;
}

/** Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise. */
class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::ProgressPrinter)

public:
    /** `unit`: what is counted, as "%1/%2 files" says it. */
    explicit ProgressPrinter(const QString &unit = tr("progress: %1/%2 files"))
        : m_tty(::isatty(STDERR_FILENO) == 1)
        , m_unit(unit)
    {
        m_timer.start();
    }
    void update(int done, int total)
    {
        if (total <= 0)
            return;
        // The importer reports the end twice (last batch written, then run finished): print it once.
        if (done == m_lastDone && total == m_lastTotal)
            return;
        const qint64 now = m_timer.elapsed();
        if (m_tty) {
            if (now - m_last < 100 && done != total)
                return;
            m_last = now;
            m_lastDone = done;
            m_lastTotal = total;
            const int width = 30;
            const int filled = int(qint64(width) * done / total);
            std::fprintf(stderr, "\r[%s%s] %d/%d", QByteArray(filled, '#').constData(), QByteArray(width - filled, '.').constData(),
                         done, total);
            m_midLine = done != total;
            if (!m_midLine)
                std::fputc('\n', stderr);
            std::fflush(stderr);
        } else {
            if (now - m_last < 2000 && done != total)
                return;
            m_last = now;
            m_lastDone = done;
            m_lastTotal = total;
            std::fprintf(stderr, "%s\n", qPrintable(QString(m_unit).arg(done).arg(total)));
        }
    }
    /** Ends a half-drawn bar, so a message printed now starts on a line of its own. */
    void finishLine()
    {
        if (m_midLine)
            std::fputc('\n', stderr);
        m_midLine = false;
    }

private:
    bool m_tty;
    QString m_unit;
    QElapsedTimer m_timer;
    qint64 m_last = -100000;
    int m_lastDone = -1;
    int m_lastTotal = -1;
    bool m_midLine = false;
};

/** --db, else the folder's default database, else ./.dossier, else the last corpus the GUI opened. */
QString resolveDatabase(const QCommandLineParser &parser, const QString &folder)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    if (!folder.isEmpty())
        return CorpusLocation::defaultDatabasePath(folder);
    const QString here = QDir::current().filePath(QStringLiteral(".dossier/corpus.sqlite"));
    if (QFileInfo::exists(here))
        return here;
    const QString last = QSettings().value(QStringLiteral("corpus/last")).toString();
    return last.isEmpty() ? QString() : CorpusLocation::defaultDatabasePath(last);
}

/** A command that writes refuses (true, after saying why) while a Dossier window has the corpus
    open: its annotations and this command's writes would race, and the window would not see them.
    For every writing command (import, autocode, …). */
bool refuseWhileOpenInDossier(const QString &dbPath, const QString &command)
{
    const std::optional<CorpusLock::Holder> holder = CorpusLock::otherHolder(dbPath);
    if (!holder)
        return false;
    printErr(tr("dossier %1: the corpus database %2 is open in Dossier, %3; close it there and try again (nothing was changed).")
                 .arg(command, dbPath, CorpusLock::describe(*holder)));
    return true;
}

int runImport(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(tr("Import a folder of articles (incremental: unchanged files are skipped)."));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), tr("The corpus folder."));
    QCommandLineOption noAnalysis(QStringLiteral("no-analysis"),
                                  tr("Store the texts only, without quotes and entities (a later import analyses them)."));
    noAnalysis.setFlags(QCommandLineOption::HiddenFromHelp); // for benchmarks
    parser.addOption(noAnalysis);
    QCommandLineOption noLinks(QStringLiteral("no-links"), tr("Do not link stories and quotes across articles."));
    noLinks.setFlags(QCommandLineOption::HiddenFromHelp); // for benchmarks: what linking costs
    parser.addOption(noLinks);
    if (const int status = parse(parser, arguments, QStringLiteral("import")); status >= 0)
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("give exactly one FOLDER"), QStringLiteral("import"));
    const QString folder = args.at(1);
    const QFileInfo info(folder);
    if (!info.isDir()) {
        printErr(tr("dossier import: %1: %2").arg(folder, info.exists() ? tr("not a folder") : tr("no such folder")));
        return Failed;
    }
    const QString dbPath = resolveDatabase(parser, folder);
    if (refuseWhileOpenInDossier(dbPath, QStringLiteral("import")))
        return Failed;

    Importer importer(folder, dbPath);
    importer.setCancelFlag(&s_interrupted);
    importer.setAnalysisEnabled(!parser.isSet(noAnalysis));
    importer.setLinkingEnabled(!parser.isSet(noLinks));
    ProgressPrinter progress;
    ProgressPrinter analysing(tr("analysing: %1/%2 articles (analysed by an older version)"));
    ProgressPrinter linking(tr("linking: %1/%2 articles (stories and quotes across articles)"));
    importer.setProgressSink([&](const Importer::Progress &p) {
        if (p.phase == Importer::Progress::Phase::Analyse) {
            progress.finishLine();
            analysing.update(p.done, p.total);
        } else if (p.phase == Importer::Progress::Phase::Link) {
            progress.finishLine();
            analysing.finishLine();
            linking.update(p.done, p.total);
        } else {
            progress.update(p.done, p.total);
        }
    });
    importer.setIssueSink([&progress](const ImportIssue &issue) {
        progress.finishLine();
        printErr(QStringLiteral("%1: %2: %3").arg(issue.path, ImportIssue::severityName(issue.severity), issue.reason));
    });
    std::signal(SIGINT, onSigint);
    const ImportSummary s = importer.run();
    std::signal(SIGINT, SIG_DFL);
    progress.finishLine();
    analysing.finishLine();
    linking.finishLine();
    if (!s.ok) {
        printErr(QStringLiteral("dossier import: %1").arg(s.error));
        return Failed;
    }
    printErr(tr("%1 files: %2 added, %3 updated, %4 unchanged, %5 missing, %6 skipped, %7 repaired; %10 analysed (%8 s). Database: %9")
                 .arg(s.scanned)
                 .arg(s.added)
                 .arg(s.updated + s.moved)
                 .arg(s.unchanged)
                 .arg(s.missing)
                 .arg(s.skipped)
                 .arg(s.repaired)
                 .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 2)
                 .arg(dbPath)
                 .arg(s.analysed));
    if (s.linked > 0)
        printErr(tr("Linked %1 articles: %2 new links between articles, %3 between quotes").arg(s.linked).arg(s.storyLinks).arg(s.quoteLinks));
    if (s.anchorsMoved + s.anchorsOrphaned > 0)
        printErr(tr("Annotations in changed articles: %1 re-found elsewhere in the new text, %2 could not be re-found "
                    "(kept as orphaned; the import log names the articles)")
                     .arg(s.anchorsMoved)
                     .arg(s.anchorsOrphaned));
    if (s.cancelled) {
        printErr(tr("dossier import: interrupted; run it again to complete the import."));
        return Failed;
    }
    return Done;
}

bool openExisting(const QString &dbPath, Database *db, const QString &command)
{
    if (dbPath.isEmpty()) {
        printErr(tr("dossier %1: no corpus database; give --db FILE").arg(command));
        return false;
    }
    if (!QFileInfo::exists(dbPath)) {
        printErr(tr("dossier %1: %2: no such database (import a folder first)").arg(command, dbPath));
        return false;
    }
    if (!db->open(dbPath)) {
        printErr(QStringLiteral("dossier %1: %2").arg(command, db->errorString()));
        return false;
    }
    return true;
}

/** Opens the corpus database for a command that writes to it (refused while a window has it
    open). -1 when open, else the exit status. */
int openForWriting(const QString &dbPath, Database *db, const QString &command)
{
    if (!dbPath.isEmpty() && refuseWhileOpenInDossier(dbPath, command))
        return Failed;
    if (!openExisting(dbPath, db, command))
        return dbPath.isEmpty() ? Usage : Failed;
    return -1;
}

int runStats(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(tr("Print the counts of a corpus database."));
    if (const int status = parse(parser, arguments, QStringLiteral("stats")); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().value(1)), QStringLiteral("stats"));
    Database db;
    const QString dbPath = resolveDatabase(parser, QString());
    if (!openExisting(dbPath, &db, QStringLiteral("stats")))
        return dbPath.isEmpty() ? Usage : Failed;
    ArticleStore store(db.connection());
    printOut(QStringLiteral("database: %1").arg(QFileInfo(dbPath).absoluteFilePath()));
    printOut(QStringLiteral("root: %1").arg(store.setting(QStringLiteral("root"))));
    printOut(QStringLiteral("articles: %1").arg(store.count()));
    printOut(QStringLiteral("missing: %1").arg(store.count(ArticleState::Missing)));
    printOut(QStringLiteral("outlets: %1").arg(store.outlets().size()));
    const AnalysisStore analysis(db.connection());
    printOut(QStringLiteral("quotes: %1").arg(analysis.quoteCount()));
    printOut(QStringLiteral("entities: %1").arg(analysis.entityCount()));
    const LinkStore links(db.connection());
    printOut(QStringLiteral("stories: %1").arg(links.storyCount()));
    printOut(QStringLiteral("quote clusters: %1 (%2 altered)").arg(links.quoteClusterCount()).arg(links.alteredQuoteClusterCount()));
    const AnnotationStore annotations(db.connection());
    printOut(QStringLiteral("tags: %1").arg(annotations.tags().size()));
    printOut(QStringLiteral("annotations: %1 (%2 orphaned)").arg(annotations.annotationCount()).arg(annotations.orphans().size()));
    const QDate first = store.earliest();
    const QDate last = store.latest();
    printOut(QStringLiteral("published: %1 .. %2")
                 .arg(first.isValid() ? first.toString(Qt::ISODate) : QStringLiteral("-"),
                      last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("-")));
    const qint64 run = store.latestRun();
    printOut(QStringLiteral("import log: %1 entries in the last import").arg(store.importLog(run).size()));
    return Done;
}

int runExport(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(tr("Export the corpus and its annotations."));
    parser.addOption({QStringLiteral("format"), tr("Output format: html, pdf, csv, json, qdpx (REFI-QDA) or jsonld (W3C Web Annotation)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("Output file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("tag"), tr("Only annotations with this tag or a tag below it; a name or a path Parent/Child (repeatable)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("status"),
                      tr("Only claims with this verdict (repeatable): unverified, checking, true, false, misleading, unverifiable."),
                      QStringLiteral("VERDICT")});
    parser.addOption({QStringLiteral("outlet"), tr("Only articles of this outlet (repeatable)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), tr("Only articles published on or after this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), tr("Only articles published on or before this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("article"), tr("Only this article, by its path in the corpus (repeatable)."), QStringLiteral("PATH")});
    const QString command = QStringLiteral("export");
    if (const int status = parse(parser, arguments, command); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().value(1)), command);
    if (!parser.isSet(QStringLiteral("format")) || !parser.isSet(QStringLiteral("out")))
        return usageError(tr("--format and --out are required"), command);
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<ExportFormat> format = exportFormatFromName(formatName);
    if (!format)
        return usageError(tr("unknown format “%1” (use html, pdf, csv, json, qdpx or jsonld)").arg(formatName), command);
    ExportFilter filter;
    filter.outlets = parser.values(QStringLiteral("outlet"));
    filter.tags = parser.values(QStringLiteral("tag"));
    for (const QString &name : parser.values(QStringLiteral("status"))) {
        const std::optional<ClaimStatus> status = claimStatusFromName(name.toLower());
        if (!status)
            return usageError(tr("--status: “%1” is not a verdict (unverified, checking, true, false, misleading, unverifiable)").arg(name), command);
        filter.statuses.append(*status);
    }
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!d.isValid())
            return usageError(tr("--%1: “%2” is not a date (YYYY-MM-DD)").arg(option, parser.value(option)), command);
        (option == QLatin1String("from") ? filter.from : filter.to) = d;
    }
    Database db;
    const QString dbPath = resolveDatabase(parser, QString());
    if (!openExisting(dbPath, &db, command))
        return dbPath.isEmpty() ? Usage : Failed;
    const QStringList paths = parser.values(QStringLiteral("article"));
    if (!paths.isEmpty()) {
        const ArticleStore store(db.connection());
        for (const QString &path : paths) {
            const qint64 id = store.idForPath(QDir::fromNativeSeparators(path));
            if (id <= 0) {
                printErr(tr("dossier export: --article %1: no article with that path in the corpus").arg(path));
                return Failed;
            }
            filter.articles.append(id);
        }
    }
    Exporter exporter(db.connection(), *format);
    exporter.setFilter(filter);
    ProgressPrinter progress(tr("exporting: %1/%2 articles"));
    exporter.setProgressSink([&progress](int done, int total) { progress.update(done, total); });
    std::signal(SIGINT, onSigint);
    exporter.setCancelFlag(&s_interrupted);
    const QString out = parser.value(QStringLiteral("out"));
    const bool ok = exporter.writeFile(out);
    std::signal(SIGINT, SIG_DFL);
    progress.finishLine();
    if (!ok) {
        printErr(QStringLiteral("dossier export: %1").arg(exporter.errorString()));
        return Failed;
    }
    printErr(tr("%1 annotations in %2 articles written to %3")
                 .arg(QString::number(exporter.exportedAnnotations()), QString::number(exporter.exportedArticles()), out));
    return Done;
}

/** The tag a path "Parent/Child" names, created (with any missing parent) when it is not there;
    0 with `*error` set on failure. Names compare case-insensitively, as the codebook keeps them. */
qint64 tagForPath(Annotator &annotator, const QString &path, QString *error)
{
    QStringList created;
    const qint64 tag = annotator.tagForPath(path, &created);
    for (const QString &made : std::as_const(created))
        printErr(tr("created the tag “%1”").arg(made));
    if (tag == 0)
        *error = annotator.errorString();
    return tag;
}

int runAutocode(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(tr("Tag every match of a pattern across the corpus (one undoable step in the GUI)."));
    parser.addOption({QStringLiteral("pattern"), tr("A regular expression (Perl syntax), or text with --literal."), QStringLiteral("REGEX")});
    parser.addOption({QStringLiteral("tag"), tr("The tag to give every match; “Parent/Child” names a nested tag. Created when missing."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("literal"), tr("The pattern is plain text, not a regular expression.")});
    parser.addOption({QStringLiteral("ignore-case"), tr("Match regardless of case.")});
    parser.addOption({QStringLiteral("whole-words"), tr("Only matches that neither start nor end inside a word.")});
    parser.addOption({QStringLiteral("in-quotes"), tr("Only inside quotes (as reviewed: rejected quotes left out, added ones in).")});
    parser.addOption({QStringLiteral("speaker"), tr("Only inside the quotes of this speaker (a name or alias in the registry)."), QStringLiteral("NAME")});
    const QString command = QStringLiteral("autocode");
    if (const int status = parse(parser, arguments, command); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().value(1)), command);
    if (!parser.isSet(QStringLiteral("pattern")) || !parser.isSet(QStringLiteral("tag")))
        return usageError(tr("--pattern and --tag are required"), command);
    AutocodeOptions options;
    options.pattern = parser.value(QStringLiteral("pattern"));
    options.regularExpression = !parser.isSet(QStringLiteral("literal"));
    options.caseSensitive = !parser.isSet(QStringLiteral("ignore-case"));
    options.wholeWords = parser.isSet(QStringLiteral("whole-words"));
    if (parser.isSet(QStringLiteral("speaker"))) {
        options.scope = AutocodeOptions::Scope::Speaker;
        options.speakerName = parser.value(QStringLiteral("speaker")).trimmed();
        if (options.speakerName.isEmpty())
            return usageError(tr("--speaker needs a name"), command);
    } else if (parser.isSet(QStringLiteral("in-quotes"))) {
        options.scope = AutocodeOptions::Scope::InsideQuotes;
    }
    QString error;
    if (!Autocoder::expression(options, &error).isValid())
        return usageError(QStringLiteral("--pattern: %1").arg(error), command);
    const QString tagPath = parser.value(QStringLiteral("tag"));
    const QStringList tagNames = tagPath.split(QLatin1Char('/'));
    if (std::any_of(tagNames.cbegin(), tagNames.cend(), [](const QString &name) { return name.trimmed().isEmpty(); }))
        return usageError(tr("--tag: “%1” is not a tag name (write Parent/Child)").arg(tagPath), command);

    Database db;
    const QString dbPath = resolveDatabase(parser, QString());
    if (const int status = openForWriting(dbPath, &db, command); status >= 0)
        return status;
    Annotator annotator(db.connection());
    const int stepsBefore = annotator.undoStack()->count();
    options.tag = tagForPath(annotator, tagPath, &error);
    if (options.tag == 0) {
        printErr(QStringLiteral("dossier autocode: %1: %2").arg(dbPath, error));
        return Failed;
    }
    ProgressPrinter progress(tr("searching: %1/%2 articles"));
    std::signal(SIGINT, onSigint);
    const AutocodeResult result = Autocoder::find(
        dbPath, options, [] { return s_interrupted.load(); }, [&progress](int done, int total) { progress.update(done, total); });
    std::signal(SIGINT, SIG_DFL);
    progress.finishLine();
    if (result.cancelled) {
        printErr(tr("dossier autocode: interrupted; nothing was tagged."));
        return Failed;
    }
    if (!result.error.isEmpty()) {
        printErr(QStringLiteral("dossier autocode: %1: %2").arg(dbPath, result.error));
        return Failed;
    }
    if (result.annotations.isEmpty() && annotator.undoStack()->count() > stepsBefore) {
        // Nothing matched: the tags this run created would only be empty clutter in the codebook.
        while (annotator.undoStack()->count() > stepsBefore && annotator.undoStack()->canUndo())
            annotator.undoStack()->undo();
        printOut(tr("Nothing matched (%1 articles searched); the tag “%2” was not created.")
                     .arg(QString::number(result.scanned), tagPath));
        return Done;
    }
    const int added = Autocoder::apply(&annotator, result, options);
    if (added != result.annotations.size()) {
        printErr(QStringLiteral("dossier autocode: %1: %2").arg(dbPath, annotator.errorString()));
        return Failed;
    }
    printOut(tr("Tagged %1 spans in %2 articles with “%3” (%4 already tagged; %5 articles searched).")
                 .arg(QString::number(added), QString::number(result.articles), tagPath, QString::number(result.skipped),
                      QString::number(result.scanned)));
    return Done;
}

int runImportAnnotations(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(tr("Merge another analyst's work from a JSON export (dossier export --format json) into this "
                                        "corpus: articles matched by path, tags by name, annotations already here skipped."));
    parser.addPositionalArgument(QStringLiteral("EXPORT.json"), tr("The JSON export to merge."));
    const QString command = QStringLiteral("import-annotations");
    if (const int status = parse(parser, arguments, command); status >= 0)
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("give exactly one EXPORT.json"), command);
    const QString file = args.at(1);
    if (!QFileInfo(file).isFile()) {
        printErr(tr("dossier import-annotations: %1: %2").arg(file, QFileInfo::exists(file) ? tr("not a file") : tr("no such file")));
        return Failed;
    }
    Database db;
    const QString dbPath = resolveDatabase(parser, QString());
    if (const int status = openForWriting(dbPath, &db, command); status >= 0)
        return status;
    AnnotationImporter importer(db.connection());
    ProgressPrinter progress(tr("merging: %1/%2 articles"));
    importer.setProgressSink([&progress](int done, int total) { progress.update(done, total); });
    std::signal(SIGINT, onSigint);
    importer.setCancelFlag(&s_interrupted);
    const bool ok = importer.importFile(file);
    std::signal(SIGINT, SIG_DFL);
    progress.finishLine();
    if (!ok) {
        printErr(QStringLiteral("dossier import-annotations: %1").arg(importer.errorString()));
        if (s_interrupted)
            printErr(tr("dossier import-annotations: interrupted; nothing was imported."));
        return Failed;
    }
    const AnnotationImporter::Summary s = importer.summary();
    for (const QString &path : s.missingArticles)
        printErr(tr("%1: not in this corpus; its annotations were not imported").arg(path));
    printErr(tr("Merged %1 into %2: %3 articles matched, %4 not in this corpus; %5 annotations added (%6 re-found elsewhere in a "
                "changed text, %7 orphaned), %8 already present; %9 tags created, %10 article notes merged.")
                 .arg(file, dbPath, QString::number(s.articlesMatched), QString::number(s.missingArticles.size()),
                      QString::number(s.annotationsAdded), QString::number(s.annotationsMoved), QString::number(s.annotationsOrphaned),
                      QString::number(s.annotationsSkipped), QString::number(s.tagsCreated), QString::number(s.notesMerged)));
    if (s.annotationsInMissing > 0)
        printErr(tr("%1 annotations are in articles this corpus does not have (listed above).").arg(s.annotationsInMissing));
    if (s.claimantsUnmatched > 0)
        printErr(tr("%1 claims name a claimant this corpus has no entity for; their claimant was left empty.").arg(s.claimantsUnmatched));
    return Done;
}

} // namespace

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("import") || word == QLatin1String("stats") || word == QLatin1String("export")
        || word == QLatin1String("autocode")
        || word == QLatin1String("import-annotations");
}

int CommandLine::run(const QStringList &arguments)
{
    // arguments: program, command, options…  QCommandLineParser sees the command as the first positional.
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The corpus database (default: FOLDER/.dossier/corpus.sqlite)."), QStringLiteral("FILE")});
    const QString command = arguments.value(1);
    if (command == QLatin1String("import"))
        return runImport(parser, arguments);
    if (command == QLatin1String("stats"))
        return runStats(parser, arguments);
    if (command == QLatin1String("export"))
        return runExport(parser, arguments);
    if (command == QLatin1String("autocode"))
        return runAutocode(parser, arguments);
    if (command == QLatin1String("import-annotations"))
        return runImportAnnotations(parser, arguments);
    return usageError(tr("unknown command"), command);
}

} // namespace Dossier
