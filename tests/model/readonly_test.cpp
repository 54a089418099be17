// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A second instance on a corpus: the corpus lock says who has it, the second one opens the database
// read-only and every change through it is refused, leaving the database as it was.
#include "annotator.h"
#include "articlestore.h"
#include "corpuslock.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace Dossier;

class ReadOnlyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString makeCorpus(qint64 *article, qint64 *annotation, qint64 *tag)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1/corpus.sqlite").arg(++m_serial));
        Database db;
        if (!db.open(path))
            return {};
        Article a;
        a.path = QStringLiteral("a.txt");
        a.title = QStringLiteral("A");
        a.body = QStringLiteral("The minister said the plan was \"desperate\". Critics disagreed.");
        a.original = a.body;
        *article = ArticleStore(db.connection()).insert(a);
        Annotator annotator(db.connection());
        Tag t;
        t.name = QStringLiteral("Claim");
        *tag = annotator.createTag(t);
        *annotation = annotator.annotate(*article, a.body, 4, 12, {*tag});
        annotator.setArticleNote(*article, QStringLiteral("first note"));
        return *annotation > 0 ? path : QString();
    }

    static QString dump(const QSqlDatabase &db)
    {
        QString out;
        QSqlQuery q(db);
        for (const char *sql : {"SELECT * FROM articles", "SELECT * FROM tags", "SELECT * FROM annotations",
                                "SELECT * FROM annotation_tags", "SELECT * FROM article_notes", "SELECT * FROM quote_reviews",
                                "PRAGMA user_version"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                return QStringLiteral("cannot read");
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    // Starts another process that holds the corpus lock (until its stdin closes or it is killed).
    bool startHolder(QProcess &holder, const QString &path)
    {
        holder.start(QStringLiteral(DOSSIER_LOCK_HOLDER), {path});
        return holder.waitForStarted(10000) && holder.waitForReadyRead(10000) && holder.readAllStandardOutput() == "locked\n";
    }

private Q_SLOTS:
    void lockIsExclusiveAcrossProcesses()
    {
        qint64 article, annotation, tag;
        const QString path = makeCorpus(&article, &annotation, &tag);
        QVERIFY(!path.isEmpty());
        QVERIFY(!CorpusLock::otherHolder(path));

        QProcess holder;
        QVERIFY(startHolder(holder, path));
        CorpusLock second(path);
        QVERIFY(!second.tryLock());
        QVERIFY(second.isHeldByOther());
        QCOMPARE(second.holder().pid, holder.processId());
        QVERIFY2(second.errorString().contains(QString::number(holder.processId())) && second.errorString().contains(path),
                 qPrintable(second.errorString()));
        QVERIFY(second.holderDescription().contains(QStringLiteral("lockholder")));
        const std::optional<CorpusLock::Holder> other = CorpusLock::otherHolder(path);
        QVERIFY(other);
        QCOMPARE(other->pid, holder.processId());

        // The holder closes the corpus: the lock is free.
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(!CorpusLock::otherHolder(path));
        QVERIFY(second.tryLock());
        QVERIFY(second.isLocked());
        second.unlock();
        QVERIFY(!QFile::exists(CorpusLock::lockPath(path)));
    }

    // A holder killed with SIGKILL leaves its lock file; the next instance takes it over.
    void staleLockIsTakenOver()
    {
        qint64 article, annotation, tag;
        const QString path = makeCorpus(&article, &annotation, &tag);
        QProcess holder;
        QVERIFY(startHolder(holder, path));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(CorpusLock::lockPath(path)));
        QVERIFY(!CorpusLock::otherHolder(path));
        CorpusLock next(path);
        QVERIFY2(next.tryLock(), qPrintable(next.errorString()));
    }

    void secondInstanceIsReadOnly()
    {
        qint64 article, annotation, tag;
        const QString path = makeCorpus(&article, &annotation, &tag);
        QVERIFY(!path.isEmpty());
        QProcess holder;
        QVERIFY(startHolder(holder, path));

        CorpusLock lock(path);
        QVERIFY(!lock.tryLock());
        Database db;
        QVERIFY2(db.open(path, Database::Access::ReadOnly), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        const QString rows = dump(db.connection());
        const QByteArray hash = fileHash(path);

        const QString message = lock.errorString();
        auto owned = std::make_unique<Annotator>(db.connection());
        Annotator &annotator = *owned;
        annotator.setReadOnly(true, message);
        QSignalSpy failed(&annotator, &Annotator::failed);
        const QString body = ArticleStore(db.connection()).article(article)->body;
        QCOMPARE(annotator.annotate(article, body, 0, 3, {tag}), 0);
        QCOMPARE(annotator.errorString(), message);
        Tag t;
        t.name = QStringLiteral("Another");
        QCOMPARE(annotator.createTag(t), 0);
        QVERIFY(!annotator.setArticleNote(article, QStringLiteral("changed")));
        QVERIFY(!annotator.deleteAnnotation(annotation));
        QVERIFY(!annotator.deleteTag(tag));
        Annotation a = *annotator.store().annotation(annotation);
        a.note = QStringLiteral("changed");
        QVERIFY(!annotator.editAnnotation(a));
        QCOMPARE(failed.size(), 6);
        for (const QList<QVariant> &args : std::as_const(failed))
            QCOMPARE(args.first().toString(), message);
        QCOMPARE(annotator.undoStack()->count(), 0);

        QCOMPARE(dump(db.connection()), rows);
        owned.reset();
        db.close();
        QCOMPARE(fileHash(path), hash);
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
    }

    // Even a caller that forgets setReadOnly() cannot write through a read-only connection.
    void readOnlyConnectionRefusesWrites()
    {
        qint64 article, annotation, tag;
        const QString path = makeCorpus(&article, &annotation, &tag);
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadOnly));
        const QString rows = dump(db.connection());
        Annotator annotator(db.connection());
        QCOMPARE(annotator.setArticleNote(article, QStringLiteral("changed")), false);
        QVERIFY2(annotator.errorString().contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(annotator.errorString()));
        QCOMPARE(dump(db.connection()), rows);
    }

    // Read-only cannot migrate: an older schema is refused, saying so, and left as it was.
    void readOnlyRefusesAnOlderSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, 3));
            QCOMPARE(db.version(), 3);
        }
        Database db;
        QVERIFY(!db.open(path, Database::Access::ReadOnly));
        QVERIFY2(db.errorString().contains(QStringLiteral("schema 3")) && db.errorString().contains(QStringLiteral("older"))
                     && db.errorString().contains(path),
                 qPrintable(db.errorString()));
        Database check;
        QVERIFY(check.open(path, 3));
        QCOMPARE(check.version(), 3);

        Database missing;
        QVERIFY(!missing.open(m_dir.filePath(QStringLiteral("none.sqlite")), Database::Access::ReadOnly));
        QVERIFY(missing.errorString().contains(QStringLiteral("none.sqlite")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    // The command line's writing commands refuse while a Dossier window has the corpus.
    void commandLineImportRefuses()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cli"));
        QVERIFY(QDir().mkpath(folder));
        QFile f(folder + QStringLiteral("/a.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Headline\n\nA paragraph.\n");
        f.close();
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QProcess holder;
        QVERIFY(startHolder(holder, path));

        QProcess cli;
        cli.start(QStringLiteral(DOSSIER_EXECUTABLE), {QStringLiteral("import"), folder, QStringLiteral("--db"), path});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromLocal8Bit(cli.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("open in Dossier")) && err.contains(QString::number(holder.processId())), qPrintable(err));
        QVERIFY(!QFile::exists(path));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        cli.start(QStringLiteral(DOSSIER_EXECUTABLE), {QStringLiteral("import"), folder, QStringLiteral("--db"), path});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(ReadOnlyTest)
#include "readonly_test.moc"
