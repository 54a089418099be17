// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "corpuslock.h"
#include "database.h"
#include "testutil.h"

#include <QDate>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <optional>

#include <sys/types.h>

using namespace Dossier;

namespace {

struct Outcome
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString out;
    QString err;
};

QString describe(const Outcome &o)
{
    return QStringLiteral("finished=%1 status=%2 code=%3\nstdout: %4\nstderr: %5")
        .arg(o.finished)
        .arg(int(o.status))
        .arg(o.code)
        .arg(o.out.left(2000), o.err.left(4000));
}

/** A generated article: unique title and a few paragraphs, about 2 KB. */
QByteArray generatedArticle(int n)
{
    QByteArray text = "Generated report number " + QByteArray::number(n) + " on the harbour works\n\n";
    for (int p = 0; p < 5; ++p) {
        text += "Paragraph " + QByteArray::number(p) + " of report " + QByteArray::number(n)
                + ": the council met on Tuesday to discuss the harbour works, the budget and the timetable. "
                  "\"We will keep everybody informed,\" the mayor said. Residents asked about traffic, noise "
                  "and the ferry, and officials promised answers within a fortnight.\n\n";
    }
    return text;
}

} // namespace

/**
 * The command line as a contract (ARCHITECTURE.md, "Command line" and "JSON export"): the real
 * `dossier` binary, run in a scratch HOME so the user's settings are never touched.
 */
class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_sampleCorpus; // a sample copy, imported once into m_sampleDb
    QString m_sampleDb;
    QJsonObject m_fullExport;

    static constexpr int kTimeoutMs = 60000;

    QString tmpPath(const QString &name) const { return m_tmp.filePath(name); }

    QString freshSampleCopy()
    {
        static int n = 0;
        const QString dir = tmpPath(QStringLiteral("sample%1").arg(++n));
        return TestUtil::copyTree(TestUtil::sampleDir(), dir) ? dir : QString();
    }

    void prepare(QProcess *p, const QStringList &args) const
    {
        p->setProgram(QStringLiteral(DOSSIER_EXECUTABLE));
        p->setArguments(args);
        p->setProcessEnvironment(m_env);
        p->setWorkingDirectory(m_tmp.path());
        p->setStandardInputFile(QProcess::nullDevice());
    }

    Outcome finish(QProcess *p, int timeoutMs = kTimeoutMs) const
    {
        Outcome o;
        o.finished = p->waitForFinished(timeoutMs);
        if (!o.finished) {
            p->kill();
            p->waitForFinished();
        }
        o.status = p->exitStatus();
        o.code = p->exitCode();
        o.out = QString::fromUtf8(p->readAllStandardOutput());
        o.err = QString::fromUtf8(p->readAllStandardError());
        return o;
    }

    Outcome dossier(const QStringList &args, int timeoutMs = kTimeoutMs) const
    {
        QProcess p;
        prepare(&p, args);
        p.start();
        if (!p.waitForStarted()) {
            Outcome o;
            o.err = p.errorString();
            return o;
        }
        return finish(&p, timeoutMs);
    }

    static bool exitedWith(const Outcome &o, int code)
    {
        return o.finished && o.status == QProcess::NormalExit && o.code == code;
    }

    /** Parses "N files: A added, U updated, C unchanged, …" from the import's stderr. */
    static std::optional<QList<int>> summaryCounts(const QString &err)
    {
        static const QRegularExpression re(QStringLiteral(
            R"((\d+) files: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) missing, (\d+) skipped, (\d+) repaired)"));
        const QRegularExpressionMatch m = re.match(err);
        if (!m.hasMatch())
            return std::nullopt;
        QList<int> counts;
        for (int i = 1; i <= 7; ++i)
            counts << m.captured(i).toInt();
        return counts;
    }

    static int articleCount(const QString &dbPath)
    {
        Database db;
        if (!db.open(dbPath))
            return -1;
        return ArticleStore(db.connection()).count();
    }

    static QString integrity(const QString &dbPath)
    {
        Database db;
        if (!db.open(dbPath))
            return db.errorString();
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return q.lastError().text();
        return q.value(0).toString();
    }

    /** Writes `n` small articles under `dir`, 100 to a folder. */
    static bool generateCorpus(const QString &dir, int n)
    {
        for (int i = 0; i < n; ++i) {
            const QString path = QStringLiteral("%1/desk-%2/report-%3.txt").arg(dir).arg(i / 100, 3, 10, QLatin1Char('0')).arg(i, 5, 10, QLatin1Char('0'));
            if (!TestUtil::writeFile(path, generatedArticle(i)))
                return false;
        }
        return true;
    }

    /**
     * Starts `dossier import` on `folder` and waits until it has committed some articles, but not
     * all; returns false (with the process finished) when it was too fast to catch.
     */
    bool startAndCatchMidImport(QProcess *p, const QString &folder, const QString &dbPath, int total, QString *why)
    {
        prepare(p, {QStringLiteral("import"), folder, QStringLiteral("--db"), dbPath});
        p->start();
        if (!p->waitForStarted()) {
            *why = p->errorString();
            return false;
        }
        // Poll with a read-only connection of our own, so the test never writes to the database.
        const QString name = QStringLiteral("poll-%1").arg(quintptr(p));
        bool caught = false;
        {
            QSqlDatabase poll = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            poll.setDatabaseName(dbPath);
            poll.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=50"));
            QDeadlineTimer deadline(15000);
            while (!deadline.hasExpired() && p->state() == QProcess::Running) {
                if (!poll.isOpen() && QFileInfo::exists(dbPath))
                    poll.open();
                if (poll.isOpen()) {
                    QSqlQuery q(poll);
                    if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next()) {
                        const int n = q.value(0).toInt();
                        if (n > 0 && n < total) {
                            caught = true;
                            break;
                        }
                    }
                }
                QThread::msleep(2);
            }
            poll.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!caught)
            *why = p->state() == QProcess::Running ? QStringLiteral("no article was committed within 15 s")
                                                   : QStringLiteral("the import finished before it could be interrupted");
        return caught;
    }

    static QStringList samplePaths()
    {
        QStringList paths;
        QDirIterator it(TestUtil::sampleDir(), {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo fi(it.next());
            if (!fi.fileName().startsWith(QLatin1String("README"), Qt::CaseInsensitive))
                paths << QDir(TestUtil::sampleDir()).relativeFilePath(fi.filePath());
        }
        paths.sort();
        return paths;
    }

    static QJsonArray articlesOf(const QJsonObject &doc) { return doc.value(QLatin1String("articles")).toArray(); }

    /** Runs `dossier export --format json` into a file with extra filter options; the parsed document. */
    std::optional<QJsonObject> exportJson(const QStringList &extra, QString *failure)
    {
        static int n = 0;
        const QString out = tmpPath(QStringLiteral("export%1.json").arg(++n));
        const Outcome o = dossier(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_sampleDb, QStringLiteral("--format"),
                                              QStringLiteral("json"), QStringLiteral("--out"), out}
                                  + extra);
        if (!exitedWith(o, 0)) {
            *failure = describe(o);
            return std::nullopt;
        }
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly)) {
            *failure = f.errorString();
            return std::nullopt;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            *failure = QStringLiteral("not a JSON object: %1 at %2").arg(error.errorString()).arg(error.offset);
            return std::nullopt;
        }
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(DOSSIER_EXECUTABLE)).isExecutable(), DOSSIER_EXECUTABLE);

        // A scratch home: the child's settings and data locations live in the temporary folder.
        m_env = QProcessEnvironment::systemEnvironment();
        const QString home = tmpPath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));

        // One imported sample copy for stats and export.
        m_sampleCorpus = freshSampleCopy();
        QVERIFY(!m_sampleCorpus.isEmpty());
        m_sampleDb = tmpPath(QStringLiteral("sample.sqlite"));
        const Outcome o = dossier({QStringLiteral("import"), m_sampleCorpus, QStringLiteral("--db"), m_sampleDb});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
    }

    // --- import ---

    void import_sampleCopy_defaultDatabaseAndPlainProgress()
    {
        const QString folder = freshSampleCopy();
        QVERIFY(!folder.isEmpty());
        const Outcome o = dossier({QStringLiteral("import"), folder});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));

        const int n = TestUtil::sampleArticleCount();
        const auto counts = summaryCounts(o.err);
        QVERIFY2(counts, qPrintable(o.err));
        QCOMPARE(counts->at(0), n); // files
        QCOMPARE(counts->at(1), n); // added
        QCOMPARE(counts->at(5), 0); // skipped

        // stderr is a pipe here, not a terminal: plain lines, no redrawn bar.
        QVERIFY2(!o.err.contains(QLatin1Char('\r')), qPrintable(o.err));
        QVERIFY2(o.err.count(QStringLiteral("progress: %1/%1 files\n").arg(n)) == 1, qPrintable(o.err)); // the end, once
        QVERIFY2(!o.err.contains(QLatin1String("[#")) && !o.err.contains(QLatin1String("..]")), qPrintable(o.err));

        const QString defaultDb = folder + QStringLiteral("/.dossier/corpus.sqlite");
        QVERIFY(QFileInfo::exists(defaultDb));
        QVERIFY2(o.err.contains(defaultDb), qPrintable(o.err)); // the summary names the database
        QCOMPARE(articleCount(defaultDb), n);
        // The scratch home stayed clean of corpus databases.
        QVERIFY(!QFileInfo::exists(tmpPath(QStringLiteral("home/.local/share/Dossier/corpora"))));
    }

    void import_dbOption_putsTheDatabaseThere()
    {
        const QString folder = freshSampleCopy();
        const QString db = tmpPath(QStringLiteral("elsewhere/mine.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        const Outcome o = dossier({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/.dossier/corpus.sqlite")));
        QCOMPARE(articleCount(db), TestUtil::sampleArticleCount());
    }

    void import_secondRun_addsNothing()
    {
        const QString folder = freshSampleCopy();
        QVERIFY(exitedWith(dossier({QStringLiteral("import"), folder}), 0));
        const Outcome o = dossier({QStringLiteral("import"), folder});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        const auto counts = summaryCounts(o.err);
        QVERIFY2(counts, qPrintable(o.err));
        const int n = TestUtil::sampleArticleCount();
        QCOMPARE(counts->at(1), 0); // added
        QCOMPARE(counts->at(2), 0); // updated
        QCOMPARE(counts->at(3), n); // unchanged
        QCOMPARE(counts->at(4), 0); // missing
    }

    void import_missingFolder_failsNamingIt()
    {
        const QString missing = tmpPath(QStringLiteral("no-such-corpus"));
        const Outcome o = dossier({QStringLiteral("import"), missing});
        QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(missing), qPrintable(o.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void import_usageError_exitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no folder") << QStringList{QStringLiteral("import")};
        QTest::newRow("two folders") << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("--frobnicate"), QStringLiteral(".")};
        QTest::newRow("--db without value") << QStringList{QStringLiteral("import"), QStringLiteral("."), QStringLiteral("--db")};
    }

    void import_usageError_exitsWithTwo()
    {
        QFETCH(QStringList, args);
        const Outcome o = dossier(args);
        QVERIFY2(exitedWith(o, 2), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(QLatin1String("dossier import")), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }

    void import_badFiles_listedWithReasonButSucceeds()
    {
        const QString folder = freshSampleCopy();
        QVERIFY(TestUtil::writeFile(folder + QStringLiteral("/scans/page-1.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        QVERIFY(TestUtil::writeFile(folder + QStringLiteral("/scans/blank.txt"), QByteArray()));
        const Outcome o = dossier({QStringLiteral("import"), folder});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(QLatin1String("scans/page-1.txt: skipped: binary")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QLatin1String("scans/blank.txt: skipped: empty")), qPrintable(o.err));
        const auto counts = summaryCounts(o.err);
        QVERIFY(counts);
        QCOMPARE(counts->at(1), TestUtil::sampleArticleCount());
        QCOMPARE(counts->at(5), 2); // skipped
    }

    // --- stats ---

    void stats_countsArticles()
    {
        const Outcome o = dossier({QStringLiteral("stats"), QStringLiteral("--db"), m_sampleDb});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        QVERIFY2(o.out.contains(QStringLiteral("\narticles: %1\n").arg(TestUtil::sampleArticleCount())), qPrintable(o.out));
        QVERIFY2(o.out.contains(QStringLiteral("outlets: 4\n")), qPrintable(o.out));
        QVERIFY2(o.out.contains(QStringLiteral("root: %1\n").arg(QFileInfo(m_sampleCorpus).absoluteFilePath())), qPrintable(o.out));
    }

    void stats_missingDatabase_failsWithMessage()
    {
        const QString missing = tmpPath(QStringLiteral("nothing-here.sqlite"));
        const Outcome o = dossier({QStringLiteral("stats"), QStringLiteral("--db"), missing});
        QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(missing), qPrintable(o.err));
        QVERIFY(!QFileInfo::exists(missing)); // a typo does not leave an empty database behind
    }

    void statsAndExport_crossOutletLinks()
    {
        // Two outlets with one report, a quote's word edited, and an unrelated article.
        const QString corpus = tmpPath(QStringLiteral("linked"));
        const QString db = tmpPath(QStringLiteral("linked.sqlite"));
        QVERIFY(TestUtil::writeLinkedCorpus(corpus));
        const Outcome imported = dossier({QStringLiteral("import"), corpus, QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(imported, 0), qPrintable(describe(imported)));

        const Outcome stats = dossier({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(stats, 0), qPrintable(describe(stats)));
        QVERIFY2(stats.out.contains(QStringLiteral("\nstories: 1\n")), qPrintable(stats.out));
        QVERIFY2(stats.out.contains(QStringLiteral("\nquote clusters: 2 (1 altered)\n")), qPrintable(stats.out));

        const QString out = tmpPath(QStringLiteral("linked.json"));
        const Outcome exported = dossier({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("--out"), out});
        QVERIFY2(exitedWith(exported, 0), qPrintable(describe(exported)));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray stories = doc.value(QLatin1String("stories")).toArray();
        QCOMPARE(stories.size(), 1);
        QCOMPARE(stories.at(0).toObject().value(QLatin1String("articles")).toArray(),
                 (QJsonArray{QStringLiteral("northline/kremlin-summit.txt"), QStringLiteral("ledger/no-summit.txt")}));
        int altered = 0;
        for (const QJsonValue &c : doc.value(QLatin1String("quote_clusters")).toArray())
            altered += c.toObject().value(QLatin1String("altered")).toBool() ? 1 : 0;
        QCOMPARE(altered, 1);
        for (const QJsonValue &v : articlesOf(doc)) {
            const QJsonObject a = v.toObject();
            const QJsonArray duplicates = a.value(QLatin1String("duplicates")).toArray();
            if (a.value(QLatin1String("path")).toString().startsWith(QLatin1String("gazette/"))) {
                QVERIFY(duplicates.isEmpty());
                continue;
            }
            QCOMPARE(duplicates.size(), 1);
            QCOMPARE(duplicates.at(0).toObject().value(QLatin1String("relation")).toString(), QStringLiteral("near-duplicate"));
            QCOMPARE(duplicates.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("suggested"));
        }
    }

    void gui_helpAndUsageErrors_needNoDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("FOLDER");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("dossier");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2 << QStringLiteral("bogus");
        QTest::newRow("mistyped command") << QStringList{QStringLiteral("improt")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("import-annotations without a file") << QStringList{QStringLiteral("import-annotations")} << 2 << QStringLiteral("EXPORT.json");
        QTest::newRow("autocode without options") << QStringList{QStringLiteral("autocode")} << 2 << QStringLiteral("--pattern");
        QTest::newRow("two folders") << QStringList{QStringLiteral("/a"), QStringLiteral("/b")} << 2 << QStringLiteral("FOLDER");
    }

    void gui_helpAndUsageErrors_needNoDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        QProcess p;
        prepare(&p, args);
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // as on a machine with no display at all
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start();
        const Outcome o = finish(&p);
        QVERIFY2(exitedWith(o, code), qPrintable(describe(o)));
        QVERIFY2(QString(o.out + o.err).contains(says), qPrintable(describe(o)));
    }

    void messages_followTheLocale()
    {
        // The German catalogue is compiled into the binary; a German locale picks it up.
        const QString missing = tmpPath(QStringLiteral("nothing-here.sqlite"));
        QProcess p;
        prepare(&p, {QStringLiteral("stats"), QStringLiteral("--db"), missing});
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        p.setProcessEnvironment(env);
        p.start();
        const Outcome o = finish(&p);
        QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(QLatin1String("keine solche Datenbank")), qPrintable(o.err));
    }

    // --- autocode ---

private:
    /** A copy of the imported sample database, for a test that writes to it. */
    QString sampleDbCopy()
    {
        static int n = 0;
        const QString path = tmpPath(QStringLiteral("autocode%1.sqlite").arg(++n));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFileInfo::exists(m_sampleDb + suffix) && !QFile::copy(m_sampleDb + suffix, path + suffix))
                return QString();
        }
        return path;
    }

    /** Every tagged span of the database: article id → [start, end) and its text. */
    struct Tagged
    {
        qint64 article;
        int start;
        int end;
        QString text;
        QList<qint64> tags;
    };
    static QList<Tagged> taggedSpans(const QString &dbPath)
    {
        Database db;
        if (!db.open(dbPath))
            return {};
        QList<Tagged> out;
        AnnotationStore annotations(db.connection());
        ArticleStore(db.connection()).forEachArticle([&](const Article &a) {
            for (const Annotation &x : annotations.annotations(a.id))
                out.append({a.id, x.anchor.start, x.anchor.end, a.body.mid(x.anchor.start, x.anchor.end - x.anchor.start), x.tags});
            return true;
        });
        return out;
    }

private Q_SLOTS:
    void autocode_tagsEveryMatch_nestedTagCreated()
    {
        const QString db = sampleDbCopy();
        QVERIFY(!db.isEmpty());
        // What the corpus holds, counted here with Qt alone.
        int expected = 0;
        int expectedArticles = 0;
        {
            Database d;
            QVERIFY(d.open(db));
            ArticleStore(d.connection()).forEachArticle([&](const Article &a) {
                const int n = int(a.body.count(QLatin1String("said"), Qt::CaseInsensitive));
                expected += n;
                expectedArticles += n > 0 ? 1 : 0;
                return true;
            });
        }
        QVERIFY(expected > 10);
        const Outcome o = dossier({QStringLiteral("autocode"), QStringLiteral("--db"), db, QStringLiteral("--pattern"), QStringLiteral("said"),
                                   QStringLiteral("--literal"), QStringLiteral("--ignore-case"), QStringLiteral("--tag"),
                                   QStringLiteral("Reporting/Said")});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        QVERIFY2(o.out.contains(QStringLiteral("Tagged %1 spans in %2 articles").arg(expected).arg(expectedArticles)), qPrintable(o.out));
        QVERIFY2(o.err.contains(QLatin1String("Reporting/Said")), qPrintable(o.err)); // says it made the tag

        Database d;
        QVERIFY(d.open(db));
        const QList<Tag> tags = AnnotationStore(d.connection()).tags();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0).name, QStringLiteral("Reporting"));
        QCOMPARE(tags.at(0).parent, 0);
        QCOMPARE(tags.at(1).name, QStringLiteral("Said"));
        QCOMPARE(tags.at(1).parent, tags.at(0).id);
        const QList<Tagged> spans = taggedSpans(db);
        QCOMPARE(spans.size(), expected);
        for (const Tagged &t : spans) {
            QCOMPARE(t.text.toLower(), QStringLiteral("said"));
            QCOMPARE(t.tags, QList<qint64>{tags.at(1).id});
        }

        // Again: the same tag is found (case-insensitively, by its path), nothing is tagged twice.
        const Outcome again = dossier({QStringLiteral("autocode"), QStringLiteral("--db"), db, QStringLiteral("--pattern"), QStringLiteral("[Ss]aid"),
                                       QStringLiteral("--tag"), QStringLiteral("reporting/said")});
        QVERIFY2(exitedWith(again, 0), qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("Tagged 0 spans in 0 articles")), qPrintable(again.out));
        QCOMPARE(taggedSpans(db).size(), expected);
        QCOMPARE(AnnotationStore(d.connection()).tags().size(), 2);

        // stats counts them.
        const Outcome stats = dossier({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(stats, 0), qPrintable(describe(stats)));
        QVERIFY2(stats.out.contains(QStringLiteral("\nannotations: %1 (0 orphaned)\n").arg(expected)), qPrintable(stats.out));
        QVERIFY2(stats.out.contains(QStringLiteral("\ntags: 2\n")), qPrintable(stats.out));

        // Nothing matching leaves no new, empty tag behind.
        const Outcome none = dossier({QStringLiteral("autocode"), QStringLiteral("--db"), db, QStringLiteral("--pattern"), QStringLiteral("said"),
                                      QStringLiteral("--speaker"), QStringLiteral("Nobody Here At All"), QStringLiteral("--tag"),
                                      QStringLiteral("Nobody")});
        QVERIFY2(exitedWith(none, 0), qPrintable(describe(none)));
        QVERIFY2(none.out.contains(QLatin1String("Nothing matched")), qPrintable(none.out));
        QCOMPARE(AnnotationStore(d.connection()).tags().size(), 2);
    }

    void autocode_speakerQuotesOnly()
    {
        const QString db = sampleDbCopy();
        QVERIFY(!db.isEmpty());
        QString speaker;
        QList<std::pair<qint64, QuoteSpan>> quotes; // that speaker's
        {
            Database d;
            QVERIFY(d.open(db));
            const AnalysisStore analysis(d.connection());
            const QList<EntityRecord> speakers = analysis.speakers();
            QVERIFY(!speakers.isEmpty());
            speaker = speakers.first().name;
            ArticleStore(d.connection()).forEachArticle([&](const Article &a) {
                for (const StoredQuote &q : analysis.analysis(a.id).quotes)
                    if (q.span.speaker == speaker)
                        quotes.append({a.id, q.span});
                return true;
            });
        }
        QVERIFY(!quotes.isEmpty());
        const Outcome o = dossier({QStringLiteral("autocode"), QStringLiteral("--db"), db, QStringLiteral("--pattern"), QStringLiteral("\\w+"),
                                   QStringLiteral("--speaker"), speaker.toUpper(), QStringLiteral("--tag"), QStringLiteral("Words")});
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        const QList<Tagged> spans = taggedSpans(db);
        QVERIFY(!spans.isEmpty());
        for (const Tagged &t : spans) {
            const bool inside = std::any_of(quotes.cbegin(), quotes.cend(), [&](const auto &q) {
                return q.first == t.article && q.second.start <= t.start && t.end <= q.second.end;
            });
            QVERIFY2(inside, qPrintable(t.text));
        }
        // Every quote of the speaker had words, and got them tagged.
        for (const auto &[article, span] : std::as_const(quotes)) {
            const bool tagged = std::any_of(spans.cbegin(), spans.cend(), [&](const Tagged &t) {
                return t.article == article && span.start <= t.start && t.end <= span.end;
            });
            QVERIFY(tagged);
        }
    }

    void autocode_errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no pattern") << QStringList{QStringLiteral("--tag"), QStringLiteral("X")} << 2 << QStringLiteral("--pattern");
        QTest::newRow("no tag") << QStringList{QStringLiteral("--pattern"), QStringLiteral("x")} << 2 << QStringLiteral("--tag");
        QTest::newRow("malformed") << QStringList{QStringLiteral("--pattern"), QStringLiteral("harbour(s"), QStringLiteral("--tag"), QStringLiteral("X")}
                                   << 2 << QStringLiteral("offset 9");
        QTest::newRow("empty tag path") << QStringList{QStringLiteral("--pattern"), QStringLiteral("x"), QStringLiteral("--tag"), QStringLiteral("A//B")}
                                        << 2 << QStringLiteral("A//B");
    }

    void autocode_errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QString db = sampleDbCopy();
        const Outcome o = dossier(QStringList{QStringLiteral("autocode"), QStringLiteral("--db"), db} + args);
        QVERIFY2(exitedWith(o, code), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(says), qPrintable(describe(o)));
        QVERIFY(taggedSpans(db).isEmpty());
    }

    void autocode_refusesWhileOpenInDossier()
    {
        const QString db = sampleDbCopy();
        const QStringList args{QStringLiteral("autocode"), QStringLiteral("--db"), db, QStringLiteral("--pattern"), QStringLiteral("said"),
                               QStringLiteral("--tag"), QStringLiteral("Said")};
        {
            CorpusLock window(db); // this process stands for the window
            QVERIFY(window.tryLock());
            const Outcome o = dossier(args);
            QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
            QVERIFY2(o.err.contains(QLatin1String("open in Dossier")) && o.err.contains(db), qPrintable(o.err));
            QVERIFY(taggedSpans(db).isEmpty());
            Database d;
            QVERIFY(d.open(db));
            QVERIFY(AnnotationStore(d.connection()).tags().isEmpty()); // not even the tag
        }
        const Outcome o = dossier(args);
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        QVERIFY(!taggedSpans(db).isEmpty());
    }

    void autocode_missingDatabase_fails()
    {
        const QString missing = tmpPath(QStringLiteral("no-corpus.sqlite"));
        const Outcome o = dossier({QStringLiteral("autocode"), QStringLiteral("--db"), missing, QStringLiteral("--pattern"), QStringLiteral("x"),
                                   QStringLiteral("--tag"), QStringLiteral("X")});
        QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(missing), qPrintable(o.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    // --- import-annotations ---

    void importAnnotations_mergesOnceAndPrintsSummary()
    {
        const QString db = sampleDbCopy();
        QVERIFY(!db.isEmpty());
        QString path, body;
        {
            Database d;
            QVERIFY(d.open(db));
            ArticleStore(d.connection()).forEachArticle([&](const Article &a) {
                if (path.isEmpty() && a.body.size() > 40) {
                    path = a.path;
                    body = a.body;
                }
                return true;
            });
        }
        QVERIFY(!path.isEmpty());
        // Another analyst's export (version 1, as written by hand): a nested tag, one annotation and
        // a note on an article of this corpus, and an article this corpus does not have.
        const QString span = body.left(20);
        const QJsonObject annotation{
            {QStringLiteral("id"), 9},
            {QStringLiteral("start"), 0},
            {QStringLiteral("end"), span.toUcs4().size()},
            {QStringLiteral("text"), span},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("Checked")}},
            {QStringLiteral("tag_ids"), QJsonArray{2}},
            {QStringLiteral("note"), QStringLiteral("from the other desk")},
            {QStringLiteral("claim"), QJsonValue()},
            {QStringLiteral("author"), QStringLiteral("bo")},
            {QStringLiteral("created"), QStringLiteral("2026-01-02T03:04:05Z")},
            {QStringLiteral("modified"), QStringLiteral("2026-01-02T03:04:05Z")},
            {QStringLiteral("anchor"), QStringLiteral("ok")},
        };
        const QJsonObject root{
            {QStringLiteral("format"), QStringLiteral("dossier-export")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("codebook"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Review")}, {QStringLiteral("parent"), QJsonValue()},
                                    {QStringLiteral("color"), QStringLiteral("#112233")}, {QStringLiteral("description"), QString()}},
                        QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Checked")}, {QStringLiteral("parent"), 1},
                                    {QStringLiteral("color"), QStringLiteral("#445566")}, {QStringLiteral("description"), QString()}}}},
            {QStringLiteral("entities"), QJsonArray()},
            {QStringLiteral("articles"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("text"), body}, {QStringLiteral("note"), QStringLiteral("Merged note.")},
                                    {QStringLiteral("annotations"), QJsonArray{annotation}}},
                        QJsonObject{{QStringLiteral("path"), QStringLiteral("elsewhere/gone.txt")}, {QStringLiteral("text"), QStringLiteral("Gone.")},
                                    {QStringLiteral("note"), QString()}, {QStringLiteral("annotations"), QJsonArray{annotation}}}}},
        };
        const QString file = tmpPath(QStringLiteral("other-desk.json"));
        QVERIFY(TestUtil::writeFile(file, QJsonDocument(root).toJson()));
        const QStringList args{QStringLiteral("import-annotations"), QStringLiteral("--db"), db, file};
        // matched, not here, added, re-found, orphaned, already present, tags created, notes merged
        const auto counts = [](const QString &err) -> QList<int> {
            static const QRegularExpression re(QStringLiteral(
                R"(Merged .+ into .+: (\d+) articles matched, (\d+) not in this corpus; (\d+) annotations added \((\d+) re-found elsewhere in a changed text, (\d+) orphaned\), (\d+) already present; (\d+) tags created, (\d+) article notes merged\.)"));
            const QRegularExpressionMatch m = re.match(err);
            QList<int> n;
            for (int i = 1; m.hasMatch() && i <= 8; ++i)
                n << m.captured(i).toInt();
            return n;
        };

        // While a window has the corpus open: refused, nothing changed (as autocode and import do).
        {
            CorpusLock window(db);
            QVERIFY(window.tryLock());
            const Outcome o = dossier(args);
            QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
            QVERIFY2(o.err.contains(QLatin1String("open in Dossier")), qPrintable(o.err));
        }
        const Outcome o = dossier(args);
        QVERIFY2(exitedWith(o, 0), qPrintable(describe(o)));
        QCOMPARE(counts(o.err), (QList<int>{1, 1, 1, 0, 0, 0, 2, 1}));
        QVERIFY2(o.err.contains(QLatin1String("elsewhere/gone.txt: not in this corpus")), qPrintable(o.err));
        {
            Database d;
            QVERIFY(d.open(db));
            const AnnotationStore store(d.connection());
            const QList<Tag> tags = store.tags();
            QCOMPARE(tags.size(), 2);
            QCOMPARE(tags.at(1).name, QStringLiteral("Checked"));
            QCOMPARE(tags.at(1).parent, tags.at(0).id);
            QCOMPARE(store.annotationCount(), 1);
        }
        // The same file again adds nothing.
        const Outcome again = dossier(args);
        QVERIFY2(exitedWith(again, 0), qPrintable(describe(again)));
        QCOMPARE(counts(again.err), (QList<int>{1, 1, 0, 0, 0, 1, 0, 0}));

        // Usage and bad files.
        const Outcome usage = dossier({QStringLiteral("import-annotations"), QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(usage, 2), qPrintable(describe(usage)));
        const QString garbage = tmpPath(QStringLiteral("not-an-export.json"));
        QVERIFY(TestUtil::writeFile(garbage, QByteArrayLiteral("{\"format\": \"something-else\", \"version\": 1}")));
        const Outcome bad = dossier({QStringLiteral("import-annotations"), QStringLiteral("--db"), db, garbage});
        QVERIFY2(exitedWith(bad, 1), qPrintable(describe(bad)));
        QVERIFY2(bad.err.contains(garbage + QStringLiteral(": not a Dossier export")), qPrintable(bad.err));
        const Outcome none = dossier({QStringLiteral("import-annotations"), QStringLiteral("--db"), db, tmpPath(QStringLiteral("nothing.json"))});
        QVERIFY2(exitedWith(none, 1), qPrintable(describe(none)));
        QVERIFY2(none.err.contains(QLatin1String("nothing.json")), qPrintable(none.err));
    }

    // --- export ---

    void exportJson_followsVersion1Contract()
    {
        QString failure;
        const std::optional<QJsonObject> doc = exportJson({}, &failure);
        QVERIFY2(doc, qPrintable(failure));
        m_fullExport = *doc;

        QCOMPARE(doc->value(QLatin1String("format")).toString(), QStringLiteral("dossier-export"));
        QVERIFY(doc->value(QLatin1String("version")).isDouble());
        QCOMPARE(doc->value(QLatin1String("version")).toInt(), 1);

        const QJsonObject corpus = doc->value(QLatin1String("corpus")).toObject();
        QCOMPARE(corpus.value(QLatin1String("root")).toString(), QFileInfo(m_sampleCorpus).absoluteFilePath());
        const QString exportedAt = corpus.value(QLatin1String("exported_at")).toString();
        const QDateTime when = QDateTime::fromString(exportedAt, Qt::ISODate);
        QVERIFY2(when.isValid() && exportedAt.endsWith(QLatin1Char('Z')), qPrintable(exportedAt));
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        for (const char *key : {"codebook", "entities", "articles", "stories", "quote_clusters"})
            QVERIFY2(doc->value(QLatin1String(key)).isArray(), key);

        static const QRegularExpression isoDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        const auto stringOrNull = [](const QJsonValue &v) { return v.isString() || v.isNull(); };
        QStringList paths;
        QSet<qint64> ids;
        for (const QJsonValue &v : articlesOf(*doc)) {
            QVERIFY(v.isObject());
            const QJsonObject a = v.toObject();
            const QString path = a.value(QLatin1String("path")).toString();
            QVERIFY2(a.value(QLatin1String("id")).isDouble() && a.value(QLatin1String("id")).toInteger() > 0, qPrintable(path));
            ids.insert(a.value(QLatin1String("id")).toInteger());
            QVERIFY(a.value(QLatin1String("path")).isString());
            paths << path;
            QVERIFY2(a.value(QLatin1String("title")).isString() && !a.value(QLatin1String("title")).toString().isEmpty(), qPrintable(path));
            QVERIFY2(a.value(QLatin1String("outlet")).isString() && !a.value(QLatin1String("outlet")).toString().isEmpty(), qPrintable(path));
            QVERIFY2(a.contains(QLatin1String("byline")) && stringOrNull(a.value(QLatin1String("byline"))), qPrintable(path));
            QVERIFY2(a.contains(QLatin1String("url")) && stringOrNull(a.value(QLatin1String("url"))), qPrintable(path));
            const QJsonValue published = a.value(QLatin1String("published"));
            QVERIFY2(a.contains(QLatin1String("published")) && stringOrNull(published), qPrintable(path));
            if (published.isString()) {
                QVERIFY2(isoDate.match(published.toString()).hasMatch(), qPrintable(published.toString()));
                QVERIFY(QDate::fromString(published.toString(), Qt::ISODate).isValid());
            }
            QVERIFY2(a.value(QLatin1String("text")).isString() && !a.value(QLatin1String("text")).toString().isEmpty(), qPrintable(path));
            for (const char *key : {"quotes", "entities", "annotations", "duplicates"})
                QVERIFY2(a.value(QLatin1String(key)).isArray(), qPrintable(path + QStringLiteral(": ") + QLatin1String(key)));
        }
        QCOMPARE(ids.size(), paths.size());
        paths.sort();
        QCOMPARE(paths, samplePaths());

        // The Latin-1 sample file arrives as Unicode.
        bool found = false;
        for (const QJsonValue &v : articlesOf(*doc)) {
            const QJsonObject a = v.toObject();
            if (a.value(QLatin1String("path")).toString() == QLatin1String("riverside-tribune/carrow-dockers-walk-out.txt")) {
                found = true;
                const QString text = a.value(QLatin1String("text")).toString();
                QVERIFY(text.contains(QChar(0x00A3)));
                QVERIFY(!text.contains(QChar(0xFFFD)));
            }
        }
        QVERIFY(found);
    }

    void exportJson_filters_data()
    {
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("one outlet") << QStringList{QStringLiteral("Harbour Gazette")} << QString() << QString();
        QTest::newRow("two outlets") << QStringList{QStringLiteral("Northline News"), QStringLiteral("The Daily Ledger")} << QString()
                                     << QString();
        QTest::newRow("outlet, other case") << QStringList{QStringLiteral("riverside tribune")} << QString() << QString();
        QTest::newRow("unknown outlet") << QStringList{QStringLiteral("Nobody's Herald")} << QString() << QString();
        QTest::newRow("from") << QStringList() << QStringLiteral("2025-03-18") << QString();
        QTest::newRow("to") << QStringList() << QString() << QStringLiteral("2025-03-15");
        QTest::newRow("from and to") << QStringList() << QStringLiteral("2025-03-15") << QStringLiteral("2025-03-17");
        QTest::newRow("one day") << QStringList() << QStringLiteral("2025-03-17") << QStringLiteral("2025-03-17");
        QTest::newRow("outlet and dates") << QStringList{QStringLiteral("Harbour Gazette")} << QStringLiteral("2025-03-01")
                                          << QStringLiteral("2025-03-31");
    }

    void exportJson_filters()
    {
        QFETCH(QStringList, outlets);
        QFETCH(QString, from);
        QFETCH(QString, to);
        if (m_fullExport.isEmpty()) {
            QString failure;
            const auto full = exportJson({}, &failure);
            QVERIFY2(full, qPrintable(failure));
            m_fullExport = *full;
        }

        // What the filter should select, computed from the unfiltered export.
        const QDate fromDate = QDate::fromString(from, Qt::ISODate);
        const QDate toDate = QDate::fromString(to, Qt::ISODate);
        QStringList expected;
        for (const QJsonValue &v : articlesOf(m_fullExport)) {
            const QJsonObject a = v.toObject();
            const QString outlet = a.value(QLatin1String("outlet")).toString();
            if (!outlets.isEmpty() && !outlets.contains(outlet, Qt::CaseInsensitive))
                continue;
            const QDate published = QDate::fromString(a.value(QLatin1String("published")).toString(), Qt::ISODate);
            if (fromDate.isValid() && (!published.isValid() || published < fromDate))
                continue;
            if (toDate.isValid() && (!published.isValid() || published > toDate))
                continue;
            expected << a.value(QLatin1String("path")).toString();
        }

        QStringList extra;
        for (const QString &o : std::as_const(outlets))
            extra << QStringLiteral("--outlet") << o;
        if (!from.isEmpty())
            extra << QStringLiteral("--from") << from;
        if (!to.isEmpty())
            extra << QStringLiteral("--to") << to;
        QString failure;
        const std::optional<QJsonObject> doc = exportJson(extra, &failure);
        QVERIFY2(doc, qPrintable(failure));
        QStringList got;
        for (const QJsonValue &v : articlesOf(*doc))
            got << v.toObject().value(QLatin1String("path")).toString();
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        // The rows are chosen so that most filters select something, but not everything.
        if (!QByteArray(QTest::currentDataTag()).startsWith("unknown"))
            QVERIFY(!got.isEmpty() && got.size() < articlesOf(m_fullExport).size());
        else
            QVERIFY(got.isEmpty());
    }

    void export_badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("@OUT@");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), out}
                                        << 2 << QStringLiteral("docx");
        QTest::newRow("missing --out") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 2 << QStringLiteral("--out");
        QTest::newRow("missing --format") << QStringList{QStringLiteral("--out"), out} << 2 << QStringLiteral("--format");
        QTest::newRow("bad --from") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                                                   QStringLiteral("--from"), QStringLiteral("2025-13-40")}
                                    << 2 << QStringLiteral("2025-13-40");
        QTest::newRow("bad --to") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                                                 QStringLiteral("--to"), QStringLiteral("yesterday")}
                                  << 2 << QStringLiteral("yesterday");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                                                       QStringLiteral("--colour")}
                                        << 2 << QStringLiteral("colour");
        QTest::newRow("unknown tag") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                                                    QStringLiteral("--tag"), QStringLiteral("Nonesuch")}
                                     << 1 << QStringLiteral("Nonesuch");
        QTest::newRow("unknown verdict") << QStringList{QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out,
                                                        QStringLiteral("--status"), QStringLiteral("dubious")}
                                         << 2 << QStringLiteral("dubious");
        QTest::newRow("unknown article") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                                                        QStringLiteral("--article"), QStringLiteral("nowhere/none.txt")}
                                         << 1 << QStringLiteral("nowhere/none.txt");
        QTest::newRow("missing database") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                                                         QStringLiteral("--db"), QStringLiteral("@MISSING@")}
                                          << 1 << QStringLiteral("@MISSING@");
    }

    void export_badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString out = tmpPath(QStringLiteral("bad-export-%1.json").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const QString missing = tmpPath(QStringLiteral("missing.sqlite"));
        for (QString &a : args)
            a.replace(QLatin1String("@OUT@"), out).replace(QLatin1String("@MISSING@"), missing);
        message.replace(QLatin1String("@MISSING@"), missing);
        QStringList full{QStringLiteral("export")};
        if (!args.contains(QLatin1String("--db")))
            full << QStringLiteral("--db") << m_sampleDb;
        full += args;

        const Outcome o = dossier(full);
        QVERIFY2(exitedWith(o, code), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY2(!QFileInfo::exists(out), "a failed export leaves no output file");
    }

    // --- interrupted imports ---

    void import_killed_leavesSoundDatabaseAndRerunCompletes()
    {
        const QString folder = tmpPath(QStringLiteral("killed"));
        const QString db = tmpPath(QStringLiteral("killed.sqlite"));
        int total = 3000;
        QVERIFY(generateCorpus(folder, total));

        QProcess p;
        QString why;
        bool caught = startAndCatchMidImport(&p, folder, db, total, &why);
        if (!caught) {
            // Too fast for this machine: a bigger folder, once.
            finish(&p);
            QVERIFY(QFile::remove(db));
            QFile::remove(db + QStringLiteral("-wal"));
            QFile::remove(db + QStringLiteral("-shm"));
            QVERIFY(generateCorpus(folder + QStringLiteral("/more"), 9000));
            total += 9000;
            caught = startAndCatchMidImport(&p, folder, db, total, &why);
        }
        QVERIFY2(caught, qPrintable(why));
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const int committed = articleCount(db);
        QVERIFY2(committed > 0 && committed < total, qPrintable(QString::number(committed)));

        const Outcome rerun = dossier({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(rerun, 0), qPrintable(describe(rerun)));
        const auto counts = summaryCounts(rerun.err);
        QVERIFY2(counts, qPrintable(rerun.err));
        QCOMPARE(counts->at(0), total);
        QCOMPARE(counts->at(1) + counts->at(3), total); // added + unchanged
        QVERIFY(counts->at(1) <= total - committed);
        QCOMPARE(articleCount(db), total);
        QCOMPARE(integrity(db), QStringLiteral("ok"));

        const Outcome stats = dossier({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QVERIFY2(stats.out.contains(QStringLiteral("articles: %1\n").arg(total)), qPrintable(stats.out));
    }

    void import_sigint_stopsCleanlyAndRerunCompletes()
    {
        const QString folder = tmpPath(QStringLiteral("interrupted"));
        const QString db = tmpPath(QStringLiteral("interrupted.sqlite"));
        const int total = 6000;
        QVERIFY(generateCorpus(folder, total));

        QProcess p;
        QString why;
        if (!startAndCatchMidImport(&p, folder, db, total, &why)) {
            finish(&p);
            QSKIP(qPrintable(QStringLiteral("could not interrupt the import: %1").arg(why)));
        }
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        const Outcome o = finish(&p, 30000);
        if (exitedWith(o, 0))
            QSKIP("the import finished before SIGINT was handled");
        QVERIFY2(exitedWith(o, 1), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(QLatin1String("interrupted")), qPrintable(o.err));

        QCOMPARE(integrity(db), QStringLiteral("ok"));
        // Usually part of the folder; all of it when the signal came while the last batch was written.
        const int committed = articleCount(db);
        QVERIFY2(committed > 0 && committed <= total, qPrintable(QString::number(committed)));

        const Outcome rerun = dossier({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        QVERIFY2(exitedWith(rerun, 0), qPrintable(describe(rerun)));
        const auto counts = summaryCounts(rerun.err);
        QVERIFY2(counts, qPrintable(rerun.err));
        QCOMPARE(counts->at(1), total - committed); // added: exactly what was missing
        QCOMPARE(counts->at(3), committed);         // unchanged
        QCOMPARE(articleCount(db), total);
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
