// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reader_bench [RUNS]
//
// Times opening an article in the reader with every highlight layer on: ReaderView::setArticle
// with its analysis until the highlighter has finished the whole document, for a typical article
// (about 4 KB, some 40 entity mentions and 8 quotes) and for a 300,000-character one with the same
// density of spans (and, for information only, the same text as a single paragraph). Articles and spans are synthetic but shaped like wire copy: datelines, curly
// and straight quotes, apostrophes, numbers and money. For each it prints the median over RUNS
// (default 9) of: the time the call blocks the GUI thread, the time until the document is fully
// highlighted, the longest single stall of the event loop meanwhile, and a first paint of the
// visible page. Exit status 1 if a typical article takes 30 ms or more, or the long one 300 ms or
// more, to be fully highlighted.
//
// Runs on the offscreen platform unless -platform or QT_QPA_PLATFORM says otherwise. With
// READER_BENCH_TYPICAL_ONLY set it stops after the typical article (to profile that case alone).

#include "readerview.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Dossier;

namespace {

struct Sample
{
    Article article;
    QList<EntitySpan> entities;
    QList<QuoteSpan> quotes;
};

// Appends text and returns where it starts.
int add(QString &body, const QString &text)
{
    const int at = int(body.size());
    body += text;
    return at;
}

void addEntity(Sample &s, int at, const QString &name, EntityType type)
{
    s.entities.append({at, at + int(name.size()), type});
}

// One news paragraph group: about 1,000 characters, 10 entities, 2 quotes.
void addStory(Sample &s, int n)
{
    QString &b = s.article.body;
    const QString person = n % 2 ? QStringLiteral("Dmitry Peskov") : QStringLiteral("Maria Santos");
    const QString org = n % 3 ? QStringLiteral("the Harbour Authority") : QStringLiteral("Northline Shipping");
    const QString place = n % 2 ? QStringLiteral("Port Carrow") : QStringLiteral("Greyhaven");

    if (n == 0)
        add(b, QStringLiteral("LONDON (Reuters) - "));
    int at = add(b, place);
    addEntity(s, at, place, EntityType::Location);
    add(b, QStringLiteral(" officials said on "));
    at = add(b, QStringLiteral("Tuesday"));
    addEntity(s, at, QStringLiteral("Tuesday"), EntityType::Date);
    add(b, QStringLiteral(" that "));
    at = add(b, org);
    addEntity(s, at, org, EntityType::Organisation);
    add(b, QStringLiteral(" would spend £1.2bn over five years, a rise of 3.5% on last year's plan, "
                          "after 1,250 dock workers walked out in the '90s-style dispute that hasn't ended.\n\n"));

    // A full quote with its speaker after it.
    QuoteSpan q;
    q.markStart = add(b, QStringLiteral("“"));
    q.start = add(b, QStringLiteral("We will not accept a deal that leaves "));
    at = add(b, place);
    addEntity(s, at, place, EntityType::Location);
    add(b, QStringLiteral(" without its port, and we don't intend to wait another year,"));
    q.end = int(b.size());
    q.markEnd = add(b, QStringLiteral("”")) + 1;
    add(b, QStringLiteral(" "));
    q.cueStart = add(b, person);
    q.cueEnd = int(b.size());
    q.speaker = person;
    addEntity(s, q.cueStart, person, EntityType::Person);
    add(b, QStringLiteral(" told reporters in "));
    at = add(b, QStringLiteral("Brennock"));
    addEntity(s, at, QStringLiteral("Brennock"), EntityType::Location);
    add(b, QStringLiteral(" on "));
    at = add(b, QStringLiteral("23 May 2024"));
    addEntity(s, at, QStringLiteral("23 May 2024"), EntityType::Date);
    add(b, QStringLiteral(".\n\n"));
    s.quotes.append(q);

    // A partial quote inside the author's sentence, speaker unnamed.
    add(b, QStringLiteral("A spokesperson for "));
    at = add(b, QStringLiteral("the Ministry of Transport"));
    addEntity(s, at, QStringLiteral("the Ministry of Transport"), EntityType::Organisation);
    add(b, QStringLiteral(" called the offer "));
    QuoteSpan p;
    p.kind = QuoteKind::Partial;
    p.markStart = add(b, QStringLiteral("\""));
    p.start = add(b, QStringLiteral("a fair basis for talks"));
    p.end = int(b.size());
    p.markEnd = add(b, QStringLiteral("\"")) + 1;
    add(b, QStringLiteral(" and said the minister, "));
    at = add(b, QStringLiteral("Alan Reid"));
    addEntity(s, at, QStringLiteral("Alan Reid"), EntityType::Person);
    add(b, QStringLiteral(", would meet union leaders. Details are at https://example.org/port-talks and "
                          "questions go to press@example.org. Shares in the company fell $10m.\n\n"));
    s.quotes.append(p);
}

Sample makeSample(int minChars)
{
    Sample s;
    s.article.id = 1;
    s.article.title = QStringLiteral("Port strike talks resume");
    s.article.outlet = QStringLiteral("Harbour Gazette");
    for (int n = 0; s.article.body.size() < minChars; ++n)
        addStory(s, n);
    s.article.body.chop(2); // no trailing blank line
    s.article.original = s.article.body;
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Result
{
    double blocked;  // ms the setArticle call took
    double complete; // ms until the highlighter finished the document
    double maxStall; // ms, longest event-loop stall after the calls returned
    double paint;    // ms for a repaint of the visible page afterwards
};

Result openOnce(ReaderView &reader, const Sample &s)
{
    QElapsedTimer clock;
    clock.start();
    reader.setArticle(s.article, s.entities, s.quotes); // as MainWindow opens an article
    Result r{};
    r.blocked = double(clock.nsecsElapsed()) / 1e6;
    ArticleHighlighter *h = reader.highlighter();
    if (!h->isComplete()) {
        // A zero-interval timer ticks whenever the event loop is free: the gaps between ticks are the
        // stalls a user would feel.
        QEventLoop loop;
        QObject::connect(h, &ArticleHighlighter::finished, &loop, &QEventLoop::quit);
        QTimer tick;
        tick.setInterval(0);
        qint64 last = clock.nsecsElapsed();
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            const qint64 now = clock.nsecsElapsed();
            r.maxStall = std::max(r.maxStall, double(now - last) / 1e6);
            last = now;
        });
        tick.start();
        loop.exec();
        r.maxStall = std::max(r.maxStall, double(clock.nsecsElapsed() - last) / 1e6);
    }
    r.complete = double(clock.nsecsElapsed()) / 1e6;
    QElapsedTimer paint;
    paint.start();
    reader.textView()->viewport()->repaint();
    r.paint = double(paint.nsecsElapsed()) / 1e6;
    return r;
}

bool run(const char *label, const Sample &s, int runs, double limitMs)
{
    ReaderView reader;
    reader.resize(900, 800);
    reader.show();
    QApplication::processEvents();
    openOnce(reader, s); // warm-up: fonts, shaping caches
    std::vector<double> blocked, complete, stall, paint;
    for (int i = 0; i < runs; ++i) {
        reader.clear();
        QApplication::processEvents();
        const Result r = openOnce(reader, s);
        blocked.push_back(r.blocked);
        complete.push_back(r.complete);
        stall.push_back(r.maxStall);
        paint.push_back(r.paint);
    }
    const double done = median(complete);
    std::printf("%s: %lld chars, %lld entities, %lld quotes, %lld blocks\n", label, qlonglong(s.article.body.size()),
                qlonglong(s.entities.size()), qlonglong(s.quotes.size()), qlonglong(reader.textView()->document()->blockCount()));
    std::printf("  median of %d: blocked %.1f ms, fully highlighted %.1f ms (limit %.0f), longest stall after %.1f ms, "
                "first paint %.1f ms\n",
                runs, median(blocked), done, limitMs, median(stall), median(paint));
    return done < limitMs;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[argc - 1]).toInt()) : 9;

    QElapsedTimer clock;
    clock.start();
    ArticleHighlighter::repository();
    std::printf("repository load (once per process): %.1f ms\n", double(clock.nsecsElapsed()) / 1e6);

    bool ok = run("typical article", makeSample(4000), runs, 30);
    if (qEnvironmentVariableIsSet("READER_BENCH_TYPICAL_ONLY")) // for profiling the common case
        return ok ? 0 : 1;
    const Sample longSample = makeSample(300000);
    ok = run("long article", longSample, runs, 300) && ok;
    // The same text as one paragraph (a file without blank lines): one 300,000-character line for
    // the syntax engine. Same length, so the spans still hold.
    Sample oneLine = longSample;
    oneLine.article.body.replace(QStringLiteral("\n\n"), QStringLiteral("  "));
    // Informational: laying out one 300,000-character paragraph alone takes the text view about
    // 300 ms here, highlighted or not, so it does not decide the exit status.
    run("long article, one paragraph (informational)", oneLine, runs, 300);
    return ok ? 0 : 1;
}
