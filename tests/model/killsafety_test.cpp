// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Never lose work": a process that writes the analyst's work is killed with SIGKILL at random
// moments, again and again; after every kill the database must be sound and hold every change the
// process had reported as made, and at most the one change in flight may differ.
#include "annotationstore.h"
#include "articlestore.h"
#include "database.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Dossier;

namespace {

// The analyst's work as key → value: "a<id>" an annotation and its note, "t<id>" a tag and its
// name, "n<article>" an article's note.
using State = QMap<QString, QString>;

State readState(const QSqlDatabase &db)
{
    State state;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, note FROM annotations"));
    while (q.next())
        state.insert(QStringLiteral("a") + q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT id, name FROM tags"));
    while (q.next())
        state.insert(QStringLiteral("t") + q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT article_id, note FROM article_notes"));
    while (q.next())
        state.insert(QStringLiteral("n") + q.value(0).toString(), q.value(1).toString());
    return state;
}

// Applies what the writer reported (complete lines only: a line cut by the kill was not reported).
int replay(const QByteArray &output, State *state)
{
    int changes = 0;
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        const QString id = QString::fromLatin1(parts.value(1));
        const QString rest = QString::fromUtf8(line.mid(parts.value(0).size() + parts.value(1).size() + 2));
        switch (line.at(0)) {
        case 'A': state->insert(QStringLiteral("a") + id, QString()); break;
        case 'E': state->insert(QStringLiteral("a") + id, rest); break;
        case 'D': state->remove(QStringLiteral("a") + id); break;
        case 'T': state->insert(QStringLiteral("t") + id, rest); break;
        case 'N': state->insert(QStringLiteral("n") + id, rest); break;
        default: return -1;
        }
        ++changes;
    }
    return changes;
}

QStringList differences(const State &expected, const State &actual)
{
    QStringList out;
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        if (expected.contains(k) != actual.contains(k) || expected.value(k) != actual.value(k))
            out << QStringLiteral("%1: reported %2, stored %3")
                       .arg(k, expected.contains(k) ? expected.value(k) : QStringLiteral("<none>"),
                            actual.contains(k) ? actual.value(k) : QStringLiteral("<none>"));
    }
    return out;
}

} // namespace

class KillSafetyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // What makes a kill safe: WAL (a commit is one append to the log; a torn append is ignored on
    // the next open) with synchronous = NORMAL (the commit is in the OS's cache when the call
    // returns, so a killed process loses nothing; only a power cut may lose the last commits, and
    // even then the database stays sound).
    void walAndSynchronous()
    {
        Database db;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("settings.sqlite"))), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void killWhileWriting()
    {
        const QString path = m_dir.filePath(QStringLiteral("kill.sqlite"));
        qint64 articleId = 0;
        State state;
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            Article a;
            a.path = QStringLiteral("a.txt");
            a.title = QStringLiteral("A");
            a.body = QStringLiteral("The minister said the plan was \"desperate\". Critics disagreed. "
                                    "Prices rose by 4% in May, the office said. ")
                         .repeated(20);
            a.original = a.body;
            articleId = ArticleStore(db.connection()).insert(a);
            QVERIFY(articleId > 0);
            state = readState(db.connection());
        }

        const int rounds = 20;
        int reported = 0;
        int roundsWithLoss = 0;
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(DOSSIER_ANNOTATION_WRITER),
                         {path, QString::number(articleId), QString::number(round + 1)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Kill it while it writes: after its first change, a random 20–200 ms later, reading
            // its output meanwhile so it never waits on a full pipe.
            QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
            QByteArray output = writer.readAllStandardOutput();
            QDeadlineTimer deadline(20 + random.bounded(181));
            while (!deadline.hasExpired()) {
                writer.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
                output += writer.readAllStandardOutput();
            }
            QCOMPARE(writer.state(), QProcess::Running); // it died of the kill, not of an error
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();

            State expected = state;
            const int changes = replay(output, &expected);
            QVERIFY2(changes >= 1, output.constData());
            reported += changes;

            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), "a row points at nothing");
            const State actual = readState(db.connection());
            // Everything reported is there; at most the change in flight (committed, not yet
            // reported) differs.
            const QStringList diff = differences(expected, actual);
            QVERIFY2(diff.size() <= 1, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff.join(QStringLiteral("; ")))));
            if (!diff.isEmpty())
                ++roundsWithLoss;
            state = actual; // the next round goes on from what is stored
        }
        qInfo("%d rounds, %d changes reported and found; %d rounds had a change in flight (committed, unreported)",
              rounds, reported, roundsWithLoss);
        QVERIFY(reported >= rounds);
    }
};

QTEST_GUILESS_MAIN(KillSafetyTest)
#include "killsafety_test.moc"
