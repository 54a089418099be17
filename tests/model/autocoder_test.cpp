// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Autocode: what it finds (text or expression, case, whole words, quotes as the analyst has them,
// one speaker's quotes), what it refuses, cancelling, and the one undo step it makes.
#include "analysisstore.h"
#include "analystquotes.h"
#include "annotator.h"
#include "articlestore.h"
#include "autocoder.h"
#include "database.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Dossier;

namespace {

// Two quotes: John Smith's (with "plan" in it) and Jane Roe's (with "plan" in it); "plan" also
// outside the quotes, once capitalised, once inside "planner", once before a full stop.
const QString kBody = QStringLiteral("Plan B: the plan failed. \u201cThe plan is desperate,\u201d said John Smith. "
                                     "\u201cOur plan works,\u201d Jane Roe said. The planner left the plan.");

QuoteSpan quoteOf(const QString &body, const QString &words, const QString &speaker)
{
    QuoteSpan q;
    q.start = int(body.indexOf(words));
    q.end = q.start + int(words.size());
    q.markStart = q.start - 1;
    q.markEnd = q.end + 1;
    q.speaker = speaker;
    return q;
}

} // namespace

class AutocoderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<Annotator> m_annotator;
    qint64 m_article = 0;
    qint64 m_tag = 0;
    QuoteSpan m_smith, m_roe;

    qint64 addArticle(const QString &path, const QString &body)
    {
        Article a;
        a.path = path;
        a.title = path;
        a.body = body;
        a.original = body;
        a.size = body.size();
        a.mtime = 1;
        return m_articles->insert(a);
    }

    bool analyse(qint64 id, const QString &body, const QList<QuoteSpan> &quotes)
    {
        ArticleAnalysis a;
        a.nerVersion = 1;
        a.quoteVersion = 1;
        a.quotes = quotes;
        AnalysisStore store(m_db->connection());
        m_articles->transaction();
        const bool ok = store.write(id, body, a);
        m_articles->commit();
        return ok;
    }

    AutocodeOptions options(const QString &pattern, bool regex = false)
    {
        AutocodeOptions o;
        o.pattern = pattern;
        o.regularExpression = regex;
        o.tag = m_tag;
        return o;
    }

    AutocodeResult find(const AutocodeOptions &o)
    {
        const AutocodeResult r = Autocoder::find(m_path, o);
        if (!r.error.isEmpty())
            qWarning() << r.error;
        return r;
    }

    /** The matched texts, in order. */
    static QStringList texts(const AutocodeResult &r)
    {
        QStringList out;
        for (const Annotation &a : r.annotations)
            out << a.anchor.exact;
        return out;
    }

    /** Where the matches start in the body, in order. */
    static QList<int> starts(const AutocodeResult &r)
    {
        QList<int> out;
        for (const Annotation &a : r.annotations)
            out << a.anchor.start;
        return out;
    }

    static QList<int> occurrences(const QString &body, const QString &what, Qt::CaseSensitivity cs = Qt::CaseSensitive)
    {
        QList<int> out;
        for (qsizetype i = body.indexOf(what, 0, cs); i >= 0; i = body.indexOf(what, i + 1, cs))
            out << int(i);
        return out;
    }

    QList<qint64> annotationIds()
    {
        QList<qint64> ids;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT a.id FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id WHERE t.tag_id = %1 ORDER BY a.id")
                   .arg(m_tag));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    QuoteReview review(const QuoteSpan &detected, QuoteReview::Status status)
    {
        QuoteReview r;
        r.articleId = m_article;
        r.detectedStart = detected.start;
        r.detectedEnd = detected.end;
        r.anchor.start = detected.start;
        r.anchor.end = detected.end;
        r.status = status;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("corpus%1.sqlite").arg(++n));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_path), qPrintable(m_db->errorString()));
        m_articles = std::make_unique<ArticleStore>(m_db->connection());
        m_article = addArticle(QStringLiteral("a.txt"), kBody);
        QVERIFY(m_article > 0);
        m_smith = quoteOf(kBody, QStringLiteral("The plan is desperate,"), QStringLiteral("John Smith"));
        m_roe = quoteOf(kBody, QStringLiteral("Our plan works,"), QStringLiteral("Jane Roe"));
        QVERIFY(analyse(m_article, kBody, {m_smith, m_roe}));
        m_annotator = std::make_unique<Annotator>(m_db->connection());
        m_annotator->setAuthor(QStringLiteral("tester"));
        Tag t;
        t.name = QStringLiteral("Plans");
        m_tag = m_annotator->createTag(t);
        QVERIFY(m_tag > 0);
    }

    void cleanup()
    {
        m_annotator.reset();
        m_articles.reset();
        m_db.reset();
    }

    void literalText()
    {
        const AutocodeResult r = find(options(QStringLiteral("plan.")));
        QVERIFY(r.ok());
        // Only the "plan." at the end: the dot is a dot.
        QCOMPARE(texts(r), QStringList{QStringLiteral("plan.")});
        QCOMPARE(starts(r), QList<int>{int(kBody.lastIndexOf(QLatin1String("plan.")))});
        QCOMPARE(r.articles, 1);
        const Annotation &a = r.annotations.first();
        QCOMPARE(a.articleId, m_article);
        QCOMPARE(a.tags, QList<qint64>{m_tag});
        QCOMPARE(a.anchor, TextAnchor::make(kBody, a.anchor.start, a.anchor.end)); // selector and hash
    }

    void regularExpression()
    {
        // As an expression the dot is any character: "plan " three times, "plann", "plan.".
        const AutocodeResult r = find(options(QStringLiteral("plan."), true));
        QVERIFY(r.ok());
        QCOMPARE(starts(r), occurrences(kBody, QStringLiteral("plan")));
        QCOMPARE(r.annotations.size(), 5);
        const AutocodeResult words = find(options(QStringLiteral("\\b[A-Z][a-z]+ (Smith|Roe)\\b"), true));
        QCOMPARE(texts(words), (QStringList{QStringLiteral("John Smith"), QStringLiteral("Jane Roe")}));
    }

    void caseSensitivity()
    {
        AutocodeOptions o = options(QStringLiteral("plan"));
        QCOMPARE(starts(find(o)), occurrences(kBody, QStringLiteral("plan")));
        o.caseSensitive = false;
        const AutocodeResult r = find(o);
        QCOMPARE(starts(r), occurrences(kBody, QStringLiteral("plan"), Qt::CaseInsensitive));
        QVERIFY(texts(r).contains(QStringLiteral("Plan")));
    }

    void wholeWords()
    {
        AutocodeOptions o = options(QStringLiteral("plan"));
        o.wholeWords = true;
        const AutocodeResult r = find(o);
        // Not the "plan" of "planner".
        QList<int> expected = occurrences(kBody, QStringLiteral("plan"));
        expected.removeAll(int(kBody.indexOf(QLatin1String("planner"))));
        QCOMPARE(starts(r), expected);
        QCOMPARE(r.annotations.size(), 4);
        // Whole words for an expression too, and the check does not move the error offset.
        AutocodeOptions ex = options(QStringLiteral("pla"), true);
        ex.wholeWords = true;
        QCOMPARE(find(ex).annotations.size(), 0); // "pla" is no word here
        ex.pattern = QStringLiteral("pla\\w+");
        QCOMPARE(find(ex).annotations.size(), 5);
        QVERIFY(texts(find(ex)).contains(QStringLiteral("planner")));
    }

    void insideQuotesOnly()
    {
        AutocodeOptions o = options(QStringLiteral("plan"));
        o.caseSensitive = false;
        o.scope = AutocodeOptions::Scope::InsideQuotes;
        const AutocodeResult r = find(o);
        QCOMPARE(starts(r), (QList<int>{int(kBody.indexOf(QLatin1String("plan is"))), int(kBody.indexOf(QLatin1String("plan works")))}));
        // A match may not run out of a quote: "works,” Jane" is across the closing mark.
        AutocodeOptions across = options(QStringLiteral("works.*Jane"), true);
        across.scope = AutocodeOptions::Scope::InsideQuotes;
        QCOMPARE(find(across).annotations.size(), 0);
        across.scope = AutocodeOptions::Scope::Everywhere;
        QCOMPARE(find(across).annotations.size(), 1);
    }

    void bySpeaker()
    {
        AutocodeOptions o = options(QStringLiteral("plan"));
        o.scope = AutocodeOptions::Scope::Speaker;
        o.speakerName = QStringLiteral("john smith"); // names compare as the registry compares them
        QCOMPARE(starts(find(o)), QList<int>{int(kBody.indexOf(QLatin1String("plan is")))});
        o.speakerName = QStringLiteral("Jane Roe");
        QCOMPARE(starts(find(o)), QList<int>{int(kBody.indexOf(QLatin1String("plan works")))});
        o.speakerName = QStringLiteral("Nobody Known");
        QCOMPARE(find(o).annotations.size(), 0);

        // By the registry's entity: the speakers list gives it.
        const QList<EntityRecord> speakers = AnalysisStore(m_db->connection()).speakers();
        QCOMPARE(speakers.size(), 2);
        qint64 roe = 0;
        for (const EntityRecord &e : speakers)
            if (e.name == QLatin1String("Jane Roe"))
                roe = e.id;
        QVERIFY(roe != 0);
        o.speakerName.clear();
        o.speakerEntity = roe;
        QCOMPARE(starts(find(o)), QList<int>{int(kBody.indexOf(QLatin1String("plan works")))});
    }

    void correctedSpeakerFollowsReview()
    {
        // The analyst says Jane Roe's quote is John Smith's: his quotes now include it.
        QuoteReview r = review(m_roe, QuoteReview::Confirmed);
        r.speaker = QStringLiteral("John Smith");
        QVERIFY2(m_annotator->reviewQuote(r, kBody, QStringLiteral("Correct speaker")), qPrintable(m_annotator->errorString()));
        AutocodeOptions o = options(QStringLiteral("plan"));
        o.scope = AutocodeOptions::Scope::Speaker;
        o.speakerName = QStringLiteral("John Smith");
        QCOMPARE(find(o).annotations.size(), 2);
        o.speakerName = QStringLiteral("Jane Roe");
        QCOMPARE(find(o).annotations.size(), 0);
    }

    void rejectedQuoteExcluded()
    {
        QVERIFY(m_annotator->reviewQuote(review(m_roe, QuoteReview::Rejected), kBody, QStringLiteral("Reject")));
        AutocodeOptions o = options(QStringLiteral("plan"));
        o.scope = AutocodeOptions::Scope::InsideQuotes;
        QCOMPARE(starts(find(o)), QList<int>{int(kBody.indexOf(QLatin1String("plan is")))});
        // The shared function: rejected ones only on request.
        AnnotationStore store(m_db->connection());
        const QList<StoredQuote> detected = AnalysisStore(m_db->connection()).analysis(m_article).quotes;
        QCOMPARE(analystQuotes(detected, store.quoteReviews(m_article)).size(), 1);
        const QList<AnalystQuote> all = analystQuotes(detected, store.quoteReviews(m_article), true);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).status, AnalystQuote::Rejected);
    }

    void addedQuoteIncluded()
    {
        // The detector missed "The planner left the plan." (no marks): the analyst adds it.
        QuoteReview r;
        r.articleId = m_article;
        r.anchor.start = int(kBody.indexOf(QLatin1String("The planner")));
        r.anchor.end = int(kBody.size());
        r.status = QuoteReview::Confirmed;
        r.speaker = QStringLiteral("Jane Roe");
        QVERIFY(m_annotator->reviewQuote(r, kBody, QStringLiteral("Add quote")));
        AutocodeOptions o = options(QStringLiteral("plan"));
        o.scope = AutocodeOptions::Scope::InsideQuotes;
        QCOMPARE(find(o).annotations.size(), 4); // "plan is", "plan works", "planner", "plan."
        o.scope = AutocodeOptions::Scope::Speaker;
        o.speakerName = QStringLiteral("Jane Roe");
        QCOMPARE(starts(find(o)), (QList<int>{int(kBody.indexOf(QLatin1String("plan works"))), int(kBody.indexOf(QLatin1String("planner"))),
                                              int(kBody.lastIndexOf(QLatin1String("plan")))}));
    }

    void malformedExpression_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("open group") << QStringLiteral("plan(s");
        QTest::newRow("bad quantifier") << QStringLiteral("pl*+*an");
        QTest::newRow("bad class") << QStringLiteral("p[lan");
    }

    void malformedExpression()
    {
        QFETCH(QString, pattern);
        const QRegularExpression reference(pattern);
        QVERIFY(!reference.isValid());
        for (bool whole : {false, true}) {
            AutocodeOptions o = options(pattern, true);
            o.wholeWords = whole;
            const AutocodeResult r = Autocoder::find(m_path, o);
            QVERIFY(!r.ok());
            QVERIFY(r.annotations.isEmpty());
            QVERIFY2(r.error.contains(pattern), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("offset %1").arg(reference.patternErrorOffset())), qPrintable(r.error));
            QVERIFY2(r.error.contains(reference.errorString()), qPrintable(r.error));
        }
        // The same text as literal text is fine.
        QVERIFY(Autocoder::find(m_path, options(pattern, false)).ok());
    }

    void refusesBadOptions()
    {
        QVERIFY(!Autocoder::find(m_path, options(QString())).error.isEmpty());
        AutocodeOptions noTag = options(QStringLiteral("plan"));
        noTag.tag = 0;
        QVERIFY(!Autocoder::find(m_path, noTag).error.isEmpty());
        const AutocodeResult missing = Autocoder::find(m_dir.filePath(QStringLiteral("nope.sqlite")), options(QStringLiteral("plan")));
        QVERIFY(missing.error.contains(QLatin1String("nope.sqlite")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope.sqlite")))); // not created by looking
    }

    void emptyMatchesSkipped()
    {
        const AutocodeResult r = find(options(QStringLiteral("x*"), true));
        QVERIFY(r.ok());
        QCOMPARE(r.annotations.size(), 0);
        QCOMPARE(r.matches, 0);
        // Lookarounds alone match nothing either.
        QCOMPARE(find(options(QStringLiteral("(?=plan)"), true)).annotations.size(), 0);
    }

    void missingArticlesSkipped()
    {
        const qint64 other = addArticle(QStringLiteral("b.txt"), QStringLiteral("Another plan."));
        QCOMPARE(find(options(QStringLiteral("plan"))).articles, 2);
        QVERIFY(m_articles->setState(other, ArticleState::Missing));
        const AutocodeResult r = find(options(QStringLiteral("plan")));
        QCOMPARE(r.articles, 1);
        QCOMPARE(r.scanned, 1);
    }

    void existingTaggedSpansSkipped()
    {
        const AutocodeOptions o = options(QStringLiteral("plan"));
        const AutocodeResult first = find(o);
        QCOMPARE(Autocoder::apply(m_annotator.get(), first, o), int(first.annotations.size()));
        const AutocodeResult again = find(o);
        QCOMPARE(again.annotations.size(), 0);
        QCOMPARE(again.skipped, int(first.annotations.size()));
        // Another tag on the same spans is new work.
        AutocodeOptions other = o;
        Tag t;
        t.name = QStringLiteral("Other");
        other.tag = m_annotator->createTag(t);
        QCOMPARE(find(other).annotations.size(), first.annotations.size());
    }

    void cancel()
    {
        for (int i = 0; i < 100; ++i)
            QVERIFY(addArticle(QStringLiteral("gen/%1.txt").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("The plan %1.").arg(i)) > 0);
        int asked = 0;
        const AutocodeResult r = Autocoder::find(m_path, options(QStringLiteral("plan")), [&asked] { return ++asked > 10; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.scanned, 10);
        QVERIFY(r.annotations.size() <= 10 * 4);

        // On a worker: progress up to every article, and a cancelled future gives no result.
        QFuture<AutocodeResult> done = Autocoder::start(m_path, options(QStringLiteral("plan")));
        done.waitForFinished();
        QCOMPARE(done.resultCount(), 1);
        QCOMPARE(done.result().scanned, 101);
        QCOMPARE(done.result().articles, 101);
        QCOMPARE(done.progressMaximum(), 101);
        QCOMPARE(done.progressValue(), 101);
        // Every worker busy, so the run is cancelled before it can finish, whatever the machine.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore gate;
        QList<QFuture<void>> blockers;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            blockers << QtConcurrent::run(pool, [&gate] { gate.acquire(); });
        QFuture<AutocodeResult> cancelled = Autocoder::start(m_path, options(QStringLiteral("plan")));
        cancelled.cancel();
        gate.release(int(blockers.size()));
        for (QFuture<void> &b : blockers)
            b.waitForFinished();
        cancelled.waitForFinished();
        QVERIFY(cancelled.isCanceled());
        QCOMPARE(cancelled.resultCount(), 0);
    }

    void oneUndoStep()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(addArticle(QStringLiteral("more%1.txt").arg(i), QStringLiteral("A plan, and a plan.")) > 0);
        const AutocodeOptions o = options(QStringLiteral("plan"));
        const AutocodeResult r = find(o);
        QCOMPARE(r.articles, 6);
        QUndoStack *stack = m_annotator->undoStack();
        const int steps = stack->count();
        QCOMPARE(Autocoder::apply(m_annotator.get(), r, o), int(r.annotations.size()));
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Autocode “plan”"));
        const QList<qint64> ids = annotationIds();
        QCOMPARE(ids.size(), r.annotations.size());
        stack->undo();
        QVERIFY(annotationIds().isEmpty());
        stack->redo();
        QCOMPARE(annotationIds(), ids);
        QCOMPARE(AnnotationStore(m_db->connection()).annotations(m_article).first().author, QStringLiteral("tester"));
    }
};

QTEST_GUILESS_MAIN(AutocoderTest)
#include "autocoder_test.moc"
