// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the analyst's work through Annotator as fast as it can, forever, for the kill -9 test
// (tests/model/killsafety_test.cpp). Every change is printed after its call returned, that is after
// its transaction committed, and flushed at once:
//   A <annotation id>          annotated (no note)
//   E <annotation id> <note>   the annotation's note edited
//   D <annotation id>          the annotation deleted
//   T <tag id> <name>          a tag created
//   N <article id> <note>      the article's note set
// Usage: annotationwriter DATABASE ARTICLE_ID SEED
#include "annotator.h"
#include "articlestore.h"
#include "database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUndoStack>

#include <cstdio>

using namespace Dossier;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: annotationwriter DATABASE ARTICLE_ID SEED\n");
        return 2;
    }
    Database db;
    if (!db.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const qint64 articleId = args.at(2).toLongLong();
    const std::optional<Article> article = ArticleStore(db.connection()).article(articleId);
    if (!article || article->body.size() < 10) {
        std::fprintf(stderr, "no article %lld\n", articleId);
        return 1;
    }
    const QString body = article->body;
    QRandomGenerator random(args.at(3).toUInt());
    Annotator annotator(db.connection());
    QList<qint64> tags;
    for (const Tag &t : annotator.tags())
        tags << t.id;
    QList<qint64> annotations;
    for (const Annotation &a : annotator.store().annotations(articleId))
        annotations << a.id;

    for (qint64 n = 0;; ++n) {
        const QByteArray serial = args.at(3).toLatin1() + '-' + QByteArray::number(n);
        const int op = tags.isEmpty() ? 0 : int(random.bounded(10));
        if (op == 0) {
            Tag t;
            t.name = QStringLiteral("tag ") + QString::fromLatin1(serial);
            const qint64 id = annotator.createTag(t);
            if (id == 0)
                return std::fprintf(stderr, "createTag: %s\n", qPrintable(annotator.errorString())), 1;
            tags << id;
            say("T " + QByteArray::number(id) + ' ' + t.name.toUtf8());
        } else if (op <= 4 || annotations.isEmpty()) {
            const int start = int(random.bounded(body.size() - 5));
            const int end = start + 1 + int(random.bounded(qMin<qsizetype>(40, body.size() - start - 1)));
            const qint64 id = annotator.annotate(articleId, body, start, end, {tags.at(random.bounded(tags.size()))});
            if (id == 0)
                return std::fprintf(stderr, "annotate: %s\n", qPrintable(annotator.errorString())), 1;
            if (!annotations.contains(id)) { // the same span again adds the tag to it
                annotations << id;
                say("A " + QByteArray::number(id));
            }
        } else if (op <= 7) {
            std::optional<Annotation> a = annotator.store().annotation(annotations.at(random.bounded(annotations.size())));
            if (!a)
                return std::fprintf(stderr, "annotation vanished\n"), 1;
            a->note = QStringLiteral("note ") + QString::fromLatin1(serial);
            if (!annotator.editAnnotation(*a))
                return std::fprintf(stderr, "editAnnotation: %s\n", qPrintable(annotator.errorString())), 1;
            say("E " + QByteArray::number(a->id) + ' ' + a->note.toUtf8());
        } else if (op == 8) {
            const qint64 id = annotations.takeAt(random.bounded(annotations.size()));
            if (!annotator.deleteAnnotation(id))
                return std::fprintf(stderr, "deleteAnnotation: %s\n", qPrintable(annotator.errorString())), 1;
            say("D " + QByteArray::number(id));
        } else {
            const QString note = QStringLiteral("article note ") + QString::fromLatin1(serial);
            if (!annotator.setArticleNote(articleId, note))
                return std::fprintf(stderr, "setArticleNote: %s\n", qPrintable(annotator.errorString())), 1;
            say("N " + QByteArray::number(articleId) + ' ' + note.toUtf8());
        }
        // The undo history grows without bound otherwise; the test is about the database.
        if (annotator.undoStack()->count() > 200)
            annotator.undoStack()->clear();
    }
}
