// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "database.h"
#include "importer.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Dossier;
using Severity = ImportIssue::Severity;

namespace {

// A small article in the shape the parser expects: the headline on the first line.
QByteArray article(const char *title, const char *body)
{
    return QByteArray(title) + "\n\n" + body + "\n\nThe council said it would publish a full report next month.\n";
}

bool writeRaw(const QByteArray &nativePath, const QByteArray &bytes)
{
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
    return ::close(fd) == 0 && ok;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

/**
 * A corpus folder full of what users really leave in article folders: empty, binary, broken,
 * huge and special files, links that go nowhere or in circles, names that are not UTF-8, very deep
 * and unreadable folders. The import must finish, name each bad file with a reason (in the summary
 * and in the import log), and import every good file.
 */
class BadInputTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_corpus;
    QString m_dbPath;
    QThreadPool m_runner; // runs the import under a deadline; apart from the pool the importer uses
    std::optional<ImportSummary> m_first;
    qint64 m_firstRun = 0;

    static constexpr int kTimeoutMs = 60000;
    static constexpr int kDepth = 60;

    QString path(const QString &relative) const { return m_corpus + QLatin1Char('/') + relative; }
    QByteArray nativePath(const QString &relative) const { return QFile::encodeName(path(relative)); }

    /** "café.txt" spelled in ISO-8859-1: not valid UTF-8. */
    QByteArray latin1Name() const { return QFile::encodeName(m_corpus) + "/caf\xe9.txt"; }

    static QString deepFolder()
    {
        QStringList parts;
        for (int i = 0; i < kDepth; ++i)
            parts << QStringLiteral("level-%1").arg(i, 2, 10, QLatin1Char('0'));
        return parts.join(QLatin1Char('/'));
    }

    static QString deepArticle() { return deepFolder() + QStringLiteral("/bottom.txt"); }

    /** Runs one import in another thread; nullopt when it did not finish in time. */
    std::optional<ImportSummary> importWithDeadline()
    {
        const QString corpus = m_corpus;
        const QString db = m_dbPath;
        QFuture<ImportSummary> future = QtConcurrent::run(&m_runner, [corpus, db] {
            Importer importer(corpus, db);
            return importer.run();
        });
        QDeadlineTimer deadline(kTimeoutMs);
        while (!future.isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        if (future.isFinished())
            return future.result();

        // Hung, most likely in open() on the FIFO: give the reader a writer so it sees end of
        // file, then fail. Without this the process would hang at exit waiting for the thread.
        const int fd = ::open(nativePath(QStringLiteral("x.txt")).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
        QDeadlineTimer grace(5000);
        while (!future.isFinished() && !grace.hasExpired())
            QTest::qWait(10);
        if (!future.isFinished())
            qFatal("the import hangs and cannot be unblocked");
        future.waitForFinished();
        return std::nullopt;
    }

    /** The first import of the folder, run once and shared by the tests that inspect it. */
    const ImportSummary *firstImport()
    {
        if (!m_first) {
            m_first = importWithDeadline();
            if (m_first && m_first->ok) {
                Database db;
                if (db.open(m_dbPath))
                    m_firstRun = ArticleStore(db.connection()).latestRun();
            }
        }
        return m_first ? &*m_first : nullptr;
    }

    static QList<ImportIssue> issuesFor(const ImportSummary &s, const QString &relative)
    {
        QList<ImportIssue> found;
        for (const ImportIssue &i : s.issues) {
            if (i.path == relative)
                found << i;
        }
        return found;
    }

    static QHash<QString, Article> articlesByPath(const ArticleStore &store)
    {
        QHash<QString, Article> result;
        store.forEachArticle([&](const Article &a) {
            result.insert(a.path, a);
            return true;
        });
        return result;
    }

    void buildCorpus()
    {
        QVERIFY(TestUtil::copyTree(TestUtil::sampleDir(), m_corpus));

        // Good articles of our own, including a 5 MB article that is one line long.
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("extra-desk/harbour-lights.txt")),
                                    article("Harbour lights return to Port Carrow",
                                            "The harbour lights were switched on again on Saturday after a month in the dark.")));
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("extra-desk/ferry-timetable.md")),
                                    article("Winter ferry timetable announced",
                                            "Ferries to the islands will run twice a day from November, the operator said.")));
        {
            QByteArray line;
            line.reserve(5 * 1024 * 1024 + 64);
            const QByteArray words = "the longest line anybody ever saved from a news site keeps going ";
            while (line.size() < 5 * 1024 * 1024)
                line += words;
            QVERIFY(TestUtil::writeFile(path(QStringLiteral("extra-desk/single-line.txt")), line));
        }
        // Mostly valid UTF-8 (accents and quotes) with a few broken sequences: imported, repaired.
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("invalid-utf8.txt")),
                                    "Broken bytes in a mostly valid file\n\n"
                                    "Caf\xc3\xa9 owners on the quay \xe2\x80\x9c" "cannot go on\xe2\x80\x9d, "
                                    "said Ren\xc3\xa9" "e M\xc3\xbcller. The na\xc3\xafve plan \xc3\x28 was dropped \xff"
                                    " in r\xc3\xa9sum\xc3\xa9, \xc3\xa0 la carte, \xe2\x80\x94 twice.\n"));

        // Empty, blank, binary, NUL-laden and oversized files: skipped.
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("empty.txt")), QByteArray()));
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("whitespace.txt")), " \n\t\n   \r\n\n  \t "));
        {
            QByteArray png("\x89PNG\r\n\x1a\n", 8);
            QByteArray noise(4096, Qt::Uninitialized);
            QRandomGenerator rng(42);
            for (char &c : noise)
                c = char(rng.bounded(256));
            QVERIFY(TestUtil::writeFile(path(QStringLiteral("image.txt")), png + noise));
        }
        {
            QByteArray text = article("Text with NUL bytes", "This paragraph has NUL bytes inside it, as a broken export leaves them.");
            for (qsizetype i = 10; i < text.size(); i += 17)
                text[i] = '\0';
            QVERIFY(TestUtil::writeFile(path(QStringLiteral("nul.txt")), text));
        }
        {
            QFile huge(path(QStringLiteral("huge.txt")));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QByteArray chunk;
            while (chunk.size() < 1024 * 1024)
                chunk += "A forty megabyte article is not an article but a mistake in the folder.\n";
            chunk.truncate(1024 * 1024);
            for (int i = 0; i < 40; ++i)
                QCOMPARE(huge.write(chunk), chunk.size());
            QVERIFY(huge.write("the end\n") > 0);
        }

        // Special files: a FIFO (reading it would block for ever) and a socket.
        QCOMPARE(::mkfifo(nativePath(QStringLiteral("x.txt")).constData(), 0644), 0);
        {
            const QByteArray sockPath = nativePath(QStringLiteral("socket.txt"));
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            QVERIFY(size_t(sockPath.size()) < sizeof addr.sun_path);
            std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
            const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr), 0);
            ::close(fd); // the socket file stays
        }

        // Links: dangling, a loop, to folders (not followed), and to a good file (followed).
        QCOMPARE(::symlink("nowhere.txt", nativePath(QStringLiteral("dangling.txt")).constData()), 0);
        QCOMPARE(::symlink("loop2.txt", nativePath(QStringLiteral("loop1.txt")).constData()), 0);
        QCOMPARE(::symlink("loop1.txt", nativePath(QStringLiteral("loop2.txt")).constData()), 0);
        QCOMPARE(::symlink("extra-desk", nativePath(QStringLiteral("folder-link.txt")).constData()), 0);
        QCOMPARE(::symlink("extra-desk", nativePath(QStringLiteral("mirror")).constData()), 0);
        QCOMPARE(::symlink(".", nativePath(QStringLiteral("extra-desk/self")).constData()), 0);
        QCOMPARE(::symlink("extra-desk/harbour-lights.txt", nativePath(QStringLiteral("link-to-harbour.txt")).constData()), 0);

        // A folder with an article's name, a name that is not UTF-8, a very deep article.
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("folder.txt/inside.txt")),
                                    article("A folder named like an article", "The folder's name ends in .txt, and that is fine.")));
        QVERIFY(writeRaw(latin1Name(),
                         article("Latin-1 file name", "The name of this file was written by an old system in ISO-8859-1.")));
        QVERIFY(TestUtil::writeFile(path(deepArticle()),
                                    article("Found at the bottom of sixty folders", "Somebody nested this article very deep.")));

        // Unreadable file and folder (root reads them anyway).
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("unreadable.txt")),
                                    article("An unreadable article", "Its permissions say nobody may read it.")));
        QCOMPARE(::chmod(nativePath(QStringLiteral("unreadable.txt")).constData(), 0), 0);
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("locked/inside-locked.txt")),
                                    article("Behind a locked folder", "The folder around this article cannot be listed.")));
        QCOMPARE(::chmod(nativePath(QStringLiteral("locked")).constData(), 0), 0);

        // Not articles: silently ignored (the sample's README.md is reported as a note).
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("extra-desk/photo.png")), QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QVERIFY(TestUtil::writeFile(path(QStringLiteral("extra-desk/page.html")), "<html><body><p>Saved page</p></body></html>\n"));
        QVERIFY(TestUtil::writeFile(path(QStringLiteral(".hidden.txt")), article("Hidden", "Hidden files are passed over.")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DossierTest"));
        QVERIFY(m_tmp.isValid());
        m_corpus = m_tmp.filePath(QStringLiteral("corpus"));
        m_dbPath = m_corpus + QStringLiteral("/.dossier/corpus.sqlite");
        m_runner.setMaxThreadCount(1);
        buildCorpus();
    }

    void cleanupTestCase()
    {
        // Let QTemporaryDir remove what we locked, and remove ourselves the name QString cannot spell.
        ::chmod(nativePath(QStringLiteral("locked")).constData(), 0755);
        ::chmod(nativePath(QStringLiteral("unreadable.txt")).constData(), 0644);
        ::unlink(latin1Name().constData());
    }

    void import_badFolder_finishesInTime()
    {
        const ImportSummary *s = firstImport();
        QVERIFY2(s, "the import did not finish within the deadline");
        QVERIFY2(s->ok, qPrintable(s->error));
        QVERIFY(!s->cancelled);
        QVERIFY(s->added > TestUtil::sampleArticleCount());
        QVERIFY(m_firstRun > 0);
    }

    void badFile_isReportedWithReason_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<bool>("needsNonRoot");

        const auto row = [](const char *name, const QString &relative, Severity severity, const QStringList &keywords,
                            bool needsNonRoot = false) {
            QTest::newRow(name) << relative << severity << keywords << needsNonRoot;
        };
        row("empty", QStringLiteral("empty.txt"), Severity::Skipped, {QStringLiteral("empty")});
        row("whitespace", QStringLiteral("whitespace.txt"), Severity::Skipped, {QStringLiteral("white space")});
        row("binary", QStringLiteral("image.txt"), Severity::Skipped, {QStringLiteral("binary")});
        row("nul", QStringLiteral("nul.txt"), Severity::Skipped, {QStringLiteral("binary")});
        row("invalid-utf8", QStringLiteral("invalid-utf8.txt"), Severity::Repaired,
            {QStringLiteral("invalid UTF-8"), QStringLiteral("U+FFFD")});
        row("40MB", QStringLiteral("huge.txt"), Severity::Skipped, {QStringLiteral("too large"), QStringLiteral("40.0 MB")});
        row("fifo", QStringLiteral("x.txt"), Severity::Skipped, {QStringLiteral("FIFO"), QStringLiteral("not a file")});
        row("socket", QStringLiteral("socket.txt"), Severity::Skipped, {QStringLiteral("socket"), QStringLiteral("not a file")});
        row("dangling-link", QStringLiteral("dangling.txt"), Severity::Skipped, {QStringLiteral("dangling")});
        row("link-loop-1", QStringLiteral("loop1.txt"), Severity::Skipped, {QStringLiteral("loop")});
        row("link-loop-2", QStringLiteral("loop2.txt"), Severity::Skipped, {QStringLiteral("loop")});
        row("link-to-folder-named-txt", QStringLiteral("folder-link.txt"), Severity::Note,
            {QStringLiteral("link to a folder"), QStringLiteral("not followed")});
        row("link-to-folder", QStringLiteral("mirror"), Severity::Note, {QStringLiteral("link to a folder")});
        row("link-to-own-folder", QStringLiteral("extra-desk/self"), Severity::Note, {QStringLiteral("link to a folder")});
        row("name-not-utf8", QStringLiteral("caf\\xe9.txt"), Severity::Repaired,
            {QStringLiteral("not valid UTF-8"), QStringLiteral("\\xNN")});
        row("readme", QStringLiteral("README.md"), Severity::Note, {QStringLiteral("README")});
        row("unreadable-file", QStringLiteral("unreadable.txt"), Severity::Skipped, {QStringLiteral("cannot open")}, true);
        row("unreadable-folder", QStringLiteral("locked"), Severity::Skipped, {QStringLiteral("cannot read the folder")}, true);
    }

    void badFile_isReportedWithReason()
    {
        QFETCH(QString, relative);
        QFETCH(Severity, severity);
        QFETCH(QStringList, keywords);
        QFETCH(bool, needsNonRoot);
        if (needsNonRoot && isRoot())
            QSKIP("running as root, which reads chmod 000 files and folders; goodFile_isImported checks it was imported");

        const ImportSummary *s = firstImport();
        QVERIFY(s && s->ok);

        const QList<ImportIssue> issues = issuesFor(*s, relative);
        QVERIFY2(issues.size() == 1, qPrintable(QStringLiteral("%1 is reported %2 times").arg(relative).arg(issues.size())));
        const ImportIssue &issue = issues.first();
        QCOMPARE(ImportIssue::severityName(issue.severity), ImportIssue::severityName(severity));
        for (const QString &k : std::as_const(keywords))
            QVERIFY2(issue.reason.contains(k), qPrintable(QStringLiteral("%1: “%2” lacks “%3”").arg(relative, issue.reason, k)));

        // The import log of that run says the same.
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        int logged = 0;
        for (const ImportLogEntry &e : store.importLog(m_firstRun)) {
            if (e.path != relative)
                continue;
            ++logged;
            QCOMPARE(e.run, m_firstRun);
            QCOMPARE(e.severity, ImportIssue::severityName(severity));
            QCOMPARE(e.reason, issue.reason);
        }
        QCOMPARE(logged, 1);

        // Skipped files leave no article; repaired ones are imported.
        const bool imported = articlesByPath(store).contains(relative);
        QCOMPARE(imported, severity == Severity::Repaired);
    }

    void goodFile_isImported_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("title"); // empty: not checked

        QFile f(TestUtil::sampleDir() + QStringLiteral("/EXPECTED.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), TestUtil::sampleArticleCount());
        for (const QJsonValue &v : files) {
            const QJsonObject e = v.toObject();
            const QString relative = e.value(QLatin1String("path")).toString();
            QTest::newRow(qPrintable(relative)) << relative << e.value(QLatin1String("title")).toString();
        }
        const auto row = [](const QString &relative, const QString &title) {
            QTest::newRow(qPrintable(relative)) << relative << title;
        };
        row(QStringLiteral("extra-desk/harbour-lights.txt"), QStringLiteral("Harbour lights return to Port Carrow"));
        row(QStringLiteral("extra-desk/ferry-timetable.md"), QStringLiteral("Winter ferry timetable announced"));
        row(QStringLiteral("extra-desk/single-line.txt"), QString());
        row(QStringLiteral("invalid-utf8.txt"), QStringLiteral("Broken bytes in a mostly valid file"));
        row(QStringLiteral("link-to-harbour.txt"), QStringLiteral("Harbour lights return to Port Carrow"));
        row(QStringLiteral("folder.txt/inside.txt"), QStringLiteral("A folder named like an article"));
        row(QStringLiteral("caf\\xe9.txt"), QStringLiteral("Latin-1 file name"));
        row(deepArticle(), QStringLiteral("Found at the bottom of sixty folders"));
        if (isRoot()) {
            row(QStringLiteral("unreadable.txt"), QStringLiteral("An unreadable article"));
            row(QStringLiteral("locked/inside-locked.txt"), QStringLiteral("Behind a locked folder"));
        }
    }

    void goodFile_isImported()
    {
        QFETCH(QString, relative);
        QFETCH(QString, title);
        const ImportSummary *s = firstImport();
        QVERIFY(s && s->ok);
        for (const ImportIssue &i : s->issues) {
            if (i.path == relative)
                QVERIFY2(i.severity != Severity::Skipped, qPrintable(i.reason));
        }
        Database db;
        QVERIFY(db.open(m_dbPath));
        const QHash<QString, Article> articles = articlesByPath(ArticleStore(db.connection()));
        QVERIFY2(articles.contains(relative), qPrintable(relative + QStringLiteral(" was not imported")));
        const Article a = articles.value(relative);
        if (!title.isEmpty())
            QCOMPARE(a.title, title);
        QVERIFY(!a.body.isEmpty());
        QCOMPARE(a.state, ArticleState::Imported);
    }

    void singleLine_5MB_isImportedWhole()
    {
        const ImportSummary *s = firstImport();
        QVERIFY(s && s->ok);
        Database db;
        QVERIFY(db.open(m_dbPath));
        const Article a = articlesByPath(ArticleStore(db.connection())).value(QStringLiteral("extra-desk/single-line.txt"));
        QVERIFY(a.id != 0);
        QCOMPARE(a.size, qint64(QFileInfo(path(QStringLiteral("extra-desk/single-line.txt"))).size()));
        QVERIFY(a.original.size() >= 5 * 1024 * 1024);
        QVERIFY(a.original.startsWith(QLatin1String("the longest line")));
        // Whatever the parser makes of it, the title stays a title, not 5 MB of text.
        QVERIFY2(!a.title.isEmpty() && a.title.size() < 1000, qPrintable(QString::number(a.title.size())));
    }

    void import_goodFiles_allImportedAndNothingElse()
    {
        const ImportSummary *s = firstImport();
        QVERIFY(s && s->ok);
        const int expected = TestUtil::sampleArticleCount() + 8 + (isRoot() ? 2 : 0);
        QCOMPARE(s->added, expected);
        QCOMPARE(s->updated, 0);
        QCOMPARE(s->missing, 0);
        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        QCOMPARE(store.count(), expected);
        // Nothing from the ignored, hidden or linked-folder entries slipped in.
        for (const QString &p : articlesByPath(store).keys()) {
            QVERIFY2(!p.startsWith(QLatin1String("mirror/")) && !p.startsWith(QLatin1String("folder-link.txt/"))
                         && !p.contains(QLatin1String("/self/")) && !p.endsWith(QLatin1String(".png"))
                         && !p.endsWith(QLatin1String(".html")) && !p.contains(QLatin1String(".hidden")),
                     qPrintable(p));
        }
        // Files that are not articles are not even mentioned.
        for (const ImportIssue &i : s->issues) {
            QVERIFY2(!i.path.endsWith(QLatin1String(".png")) && !i.path.endsWith(QLatin1String(".html"))
                         && !i.path.contains(QLatin1String(".hidden")) && !i.path.startsWith(QLatin1String(".dossier")),
                     qPrintable(i.path));
        }
        QCOMPARE(s->skipped, isRoot() ? 10 : 12);
        QCOMPARE(s->repaired, 2);
    }

    void reimport_isCleanAndQuick()
    {
        const ImportSummary *first = firstImport();
        QVERIFY(first && first->ok);
        const std::optional<ImportSummary> second = importWithDeadline();
        QVERIFY2(second, "the second import did not finish within the deadline");
        QVERIFY2(second->ok, qPrintable(second->error));
        QCOMPARE(second->added, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->missing, 0);
        QCOMPARE(second->unchanged, first->added);
        QCOMPARE(second->skipped, first->skipped);
        // The file stamps decide: nothing good is read again, so no 5 MB line is decoded twice.
        QVERIFY2(second->elapsedMs < 5000, qPrintable(QString::number(second->elapsedMs)));

        // The same files are skipped again, and logged under the new run.
        QSet<QString> before;
        QSet<QString> after;
        for (const ImportIssue &i : first->issues) {
            if (i.severity == Severity::Skipped)
                before.insert(i.path);
        }
        for (const ImportIssue &i : second->issues) {
            if (i.severity == Severity::Skipped)
                after.insert(i.path);
        }
        QCOMPARE(after, before);

        Database db;
        QVERIFY(db.open(m_dbPath));
        ArticleStore store(db.connection());
        QCOMPARE(store.count(), first->added);
        const qint64 run = store.latestRun();
        QVERIFY(run > m_firstRun);
        QSet<QString> logged;
        for (const ImportLogEntry &e : store.importLog(run)) {
            if (e.severity == QLatin1String("skipped"))
                logged.insert(e.path);
        }
        QCOMPARE(logged, before);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "badinput_test.moc"
