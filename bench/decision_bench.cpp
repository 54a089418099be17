// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// decision_bench DATABASE [--runs N]: how long the analyst's link decisions take on a linked corpus
// (they run on the GUI thread, in one transaction with the stories or quote clusters they change).
// Each run rejects the first two quotes of the largest quote cluster, undoes it, rejects the
// strongest link between two articles and undoes that; then the whole rebuild once for comparison.
// The database is left as it was (every decision is undone). Build: release; corpus: the 100k
// make-corpus.py import (bench/stories/README.md).
#include "annotator.h"
#include "database.h"
#include "linkstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

using namespace Dossier;

namespace {

QString median(QList<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("-");
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1 ms (%2–%3)").arg(ms.at(ms.size() / 2), 0, 'f', 1).arg(ms.first(), 0, 'f', 1).arg(ms.last(), 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = qMax(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    QTextStream out(stdout);
    if (args.size() != 1) {
        out << "usage: decision_bench DATABASE [--runs N]\n";
        return 2;
    }
    Database db;
    if (!db.open(args.first())) {
        out << "cannot open " << args.first() << ": " << db.errorString() << "\n";
        return 1;
    }
    Annotator annotator(db.connection());
    LinkStore &links = annotator.links();

    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM quote_clusters ORDER BY size DESC LIMIT 1"));
    const qint64 biggest = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    QuoteClusterRecord cluster;
    for (const QuoteClusterRecord &c : links.quoteClusters()) {
        if (c.id == biggest)
            cluster = c;
    }
    q.exec(QStringLiteral("SELECT a, b FROM story_links ORDER BY jaccard DESC LIMIT 1"));
    const qint64 articleA = q.next() ? q.value(0).toLongLong() : 0;
    const qint64 articleB = articleA ? q.value(1).toLongLong() : 0;
    q.finish();
    if (cluster.members.size() < 2 || articleA == 0) {
        out << "the database has no quote cluster or no story link: import a corpus with linking first\n";
        return 1;
    }
    out << "quote clusters " << links.quoteClusterCount() << ", the largest " << cluster.members.size()
        << " quotes; stories " << links.storyCount() << "\n";

    QList<double> quoteDecision, quoteUndo, storyDecision, storyUndo;
    QElapsedTimer t;
    for (int run = 0; run < runs; ++run) {
        const LinkedQuote &x = cluster.members.at(0), &y = cluster.members.at(1);
        LinkDecision reject;
        reject.kind = LinkDecision::Kind::Quotes;
        reject.a = {x.article, x.start, x.end, x.text};
        reject.b = {y.article, y.start, y.end, y.text};
        reject.verdict = LinkDecision::Verdict::Rejected;
        t.start();
        if (annotator.decideLink(reject) == 0) {
            out << "the quote decision failed: " << annotator.errorString() << "\n";
            return 1;
        }
        quoteDecision << t.nsecsElapsed() / 1e6;
        t.start();
        annotator.undoStack()->undo();
        quoteUndo << t.nsecsElapsed() / 1e6;

        LinkDecision apart;
        apart.kind = LinkDecision::Kind::Articles;
        apart.a.article = articleA;
        apart.b.article = articleB;
        apart.verdict = LinkDecision::Verdict::Rejected;
        t.start();
        if (annotator.decideLink(apart) == 0) {
            out << "the story decision failed: " << annotator.errorString() << "\n";
            return 1;
        }
        storyDecision << t.nsecsElapsed() / 1e6;
        t.start();
        annotator.undoStack()->undo();
        storyUndo << t.nsecsElapsed() / 1e6;
    }
    t.start();
    if (!db.connection().transaction() || !links.rebuildClusters() || !db.connection().commit()) {
        out << "the full rebuild failed: " << links.errorString() << "\n";
        return 1;
    }
    const double full = t.nsecsElapsed() / 1e6;

    out << "reject two quotes:   " << median(quoteDecision) << ", undo " << median(quoteUndo) << "\n";
    out << "reject a story link: " << median(storyDecision) << ", undo " << median(storyUndo) << "\n";
    out << "rebuilding everything (before: every decision did this): " << QString::number(full, 'f', 1) << " ms\n";
    return 0;
}
