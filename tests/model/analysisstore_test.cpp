// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "articlestore.h"
#include "database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

// Spans by text: the n-th occurrence of `text` in `body`.
EntitySpan span(const QString &body, const QString &text, EntityType type, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = body.indexOf(text, at + 1);
    Q_ASSERT(at >= 0);
    return {int(at), int(at + text.size()), type};
}

} // namespace

class AnalysisStoreTest : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<AnalysisStore> m_store;

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

    /** Writes an analysis with the given spans (canonical names as Analyser would give them). */
    bool analyse(qint64 id, const QString &body, const QList<EntitySpan> &spans, const QList<QString> &canonical,
                 const QList<QuoteSpan> &quotes = {}, int nerVersion = 1, int quoteVersion = 1)
    {
        ArticleAnalysis a;
        a.nerVersion = nerVersion;
        a.quoteVersion = quoteVersion;
        a.entities = spans;
        a.canonical = canonical;
        a.quotes = quotes;
        m_articles->transaction();
        const bool ok = m_store->write(id, body, a);
        m_articles->commit();
        return ok;
    }

    QString peskovBody() const
    {
        return QStringLiteral("Dmitry Peskov spoke in Moscow. \u201cNo contact,\u201d Peskov said on 23 May 2024. The Kremlin agreed.");
    }

    qint64 writePeskovArticle(const QString &path = QStringLiteral("a.txt"))
    {
        const QString body = peskovBody();
        const qint64 id = addArticle(path, body);
        QuoteSpan q;
        q.markStart = int(body.indexOf(QChar(0x201c)));
        q.start = q.markStart + 1;
        q.end = int(body.indexOf(QChar(0x201d)));
        q.markEnd = q.end + 1;
        q.speaker = QStringLiteral("Dmitry Peskov");
        const EntitySpan cue = span(body, QStringLiteral("Peskov"), EntityType::Person, 1);
        q.cueStart = cue.start;
        q.cueEnd = cue.end;
        const bool ok = analyse(id, body,
                                {span(body, QStringLiteral("Dmitry Peskov"), EntityType::Person),
                                 span(body, QStringLiteral("Moscow"), EntityType::Location), cue,
                                 span(body, QStringLiteral("23 May 2024"), EntityType::Date),
                                 span(body, QStringLiteral("The Kremlin"), EntityType::Organisation)},
                                {QStringLiteral("Dmitry Peskov"), QStringLiteral("Moscow"), QStringLiteral("Dmitry Peskov"), QString(),
                                 QStringLiteral("Kremlin")},
                                {q});
        return ok ? id : 0;
    }

    qint64 entityNamed(const QString &name)
    {
        const QList<EntityRecord> all = m_store->entities(true);
        for (const EntityRecord &e : all) {
            if (e.name == name)
                return e.id;
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        m_articles = std::make_unique<ArticleStore>(m_db.connection());
        m_store = std::make_unique<AnalysisStore>(m_db.connection());
    }

    void cleanup()
    {
        m_store.reset();
        m_articles.reset();
        m_db.close();
    }

    void packing_roundTrips()
    {
        const QList<std::pair<EntitySpan, qint64>> m{{{0, 5, EntityType::Person}, 7}, {{9, 20, EntityType::Date}, 0}};
        const QByteArray blob = packMentions(m);
        QCOMPARE(blob.size(), 32);
        QCOMPARE(unpackMentions(blob), m);
        QVERIFY(unpackMentions(blob.left(20)).size() == 1); // a truncated blob gives what is whole
    }

    void quotePacking_roundTrips()
    {
        QuoteSpan full;
        full.start = 3;
        full.end = 40;
        full.markStart = 2;
        full.markEnd = 41;
        full.speaker = QStringLiteral("Zo\u00eb \U0001F600 Lef\u00e8vre"); // outside the BMP too
        full.speakerType = EntityType::Organisation;
        full.cueStart = 50;
        full.cueEnd = 57;
        QuoteSpan partial;
        partial.start = 60;
        partial.end = 70;
        partial.kind = QuoteKind::Partial;
        const QList<std::pair<QuoteSpan, qint64>> quotes{{full, 9}, {partial, 0}};
        const QByteArray blob = packQuotes(quotes);
        const auto back = unpackQuotes(blob);
        QCOMPARE(back.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QuoteSpan &a = quotes.at(i).first, &b = back.at(i).first;
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.markStart, a.markStart);
            QCOMPARE(b.markEnd, a.markEnd);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.speaker, a.speaker);
            QCOMPARE(b.speakerType, a.speakerType);
            QCOMPARE(b.cueStart, a.cueStart);
            QCOMPARE(b.cueEnd, a.cueEnd);
            QCOMPARE(back.at(i).second, quotes.at(i).second);
        }
        QCOMPARE(unpackQuotes(blob.left(blob.size() - 3)).size(), 1); // a damaged blob gives what is whole
        QVERIFY(unpackQuotes(QByteArray()).isEmpty());
    }

    void deferredNames_withQuotesAndBackslashes_areWrittenAsFound()
    {
        // New registry names wait as JSON text until the flush: every character must survive it.
        const QString body = QStringLiteral("Ann \"Hammer\" Lee met Back\\Slash Ltd and Tab\tCo.");
        const qint64 id = addArticle(QStringLiteral("q.txt"), body);
        m_store->setDeferred(true);
        ArticleAnalysis a;
        a.nerVersion = 1;
        a.quoteVersion = 1;
        a.entities = {span(body, QStringLiteral("Ann \"Hammer\" Lee"), EntityType::Person),
                      span(body, QStringLiteral("Back\\Slash Ltd"), EntityType::Organisation),
                      span(body, QStringLiteral("Tab\tCo"), EntityType::Organisation)};
        a.canonical = {QStringLiteral("Ann \"Hammer\" Lee"), QStringLiteral("Back\\Slash Ltd"), QStringLiteral("Tab\tCo")};
        QVERIFY(m_articles->transaction());
        QVERIFY(m_store->write(id, body, a, true));
        QVERIFY2(m_store->flushPending(), qPrintable(m_store->errorString()));
        QVERIFY(m_articles->commit());
        const StoredAnalysis stored = m_store->analysis(id);
        QCOMPARE(stored.mentions.size(), 3);
        QCOMPARE(stored.names.value(stored.mentions.at(0).entity), QStringLiteral("Ann \"Hammer\" Lee"));
        QCOMPARE(stored.names.value(stored.mentions.at(1).entity), QStringLiteral("Back\\Slash Ltd"));
        QCOMPARE(m_store->entity(stored.mentions.at(2).entity)->name, QStringLiteral("Tab Co")); // names are simplified
    }

    void deletingAnArticle_removesItFromTheEntityIndex()
    {
        const qint64 id = writePeskovArticle();
        const qint64 peskov = entityNamed(QStringLiteral("Dmitry Peskov"));
        QCOMPARE(m_store->articlesMentioning(peskov).size(), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(id)));
        QVERIFY(m_store->articlesMentioning(peskov).isEmpty());
        QCOMPARE(m_store->entityCount(), 0);
        QCOMPARE(m_store->quoteCount(), 0);
        QVERIFY(m_store->purgeOrphans());
        QVERIFY(m_store->entities(true).isEmpty());
    }

    void schema3Results_areDropped_registryKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Database old;
            QVERIFY(old.open(path, 3));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles (id, path, size, mtime) VALUES (1, 'a.txt', 1, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO entities (id, name, type, key, name_locked) VALUES (5, 'Kremlin', 'ORG', 'kremlin', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO article_analysis (article_id, ner_version, quote_version, mentions) VALUES (1, 1, 1, x'')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO quotes (article_id, start, end, mark_start, mark_end, kind) VALUES (1, 0, 1, 0, 2, 0)")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM article_analysis")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // re-analysed by the next import
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM quotes")));
        AnalysisStore store(db.connection());
        const auto kremlin = store.entity(5);
        QVERIFY(kremlin);
        QVERIFY(kremlin->nameLocked);
    }

    void write_storesMentionsQuotesAndOneEntityPerPerson()
    {
        const qint64 id = writePeskovArticle();
        QVERIFY(id != 0);
        const StoredAnalysis a = m_store->analysis(id);
        QVERIFY(a.analysed);
        QCOMPARE(a.mentions.size(), 5);
        // "Dmitry Peskov" and the later "Peskov" are one entity; the date has none.
        QCOMPARE(a.mentions.at(0).entity, a.mentions.at(2).entity);
        QCOMPARE(a.mentions.at(3).type, EntityType::Date);
        QCOMPARE(a.mentions.at(3).entity, 0);
        QCOMPARE(a.quotes.size(), 1);
        QCOMPARE(a.quotes.first().speakerEntity, a.mentions.at(0).entity);
        QCOMPARE(a.quotes.first().span.speaker, QStringLiteral("Dmitry Peskov"));

        const QList<EntityRecord> registry = m_store->entities();
        QCOMPARE(registry.size(), 3); // Dmitry Peskov, Moscow, Kremlin
        const auto peskov = m_store->entity(a.mentions.at(0).entity);
        QVERIFY(peskov);
        QCOMPARE(peskov->name, QStringLiteral("Dmitry Peskov"));
        QCOMPARE(peskov->aliases, QStringList{QStringLiteral("Peskov")});
        QCOMPARE(peskov->mentions, 2);
        const auto kremlin = m_store->entity(a.mentions.at(4).entity);
        QCOMPARE(kremlin->name, QStringLiteral("Kremlin"));
        QVERIFY(kremlin->aliases.isEmpty()); // "The Kremlin" is the same name: names compare without "the"
        QCOMPARE(m_store->quoteCount(), 1);
        QCOMPARE(m_store->entityCount(), 3);
    }

    void write_replacesThePreviousAnalysis()
    {
        const qint64 id = writePeskovArticle();
        const QString body = peskovBody();
        QVERIFY(analyse(id, body, {span(body, QStringLiteral("Moscow"), EntityType::Location)}, {QStringLiteral("Moscow")}, {}, 2, 2));
        const StoredAnalysis a = m_store->analysis(id);
        QCOMPARE(a.mentions.size(), 1);
        QCOMPARE(a.quotes.size(), 0);
        QCOMPARE(m_store->quoteCount(), 0);
        QVERIFY(m_store->purgeOrphans());
        QCOMPARE(m_store->entities().size(), 1); // the people and the Kremlin are no longer mentioned
    }

    void surname_resolvesAcrossArticles()
    {
        writePeskovArticle();
        const QString body = QStringLiteral("Peskov declined to comment.");
        const qint64 other = addArticle(QStringLiteral("b.txt"), body);
        QVERIFY(analyse(other, body, {span(body, QStringLiteral("Peskov"), EntityType::Person)}, {QStringLiteral("Peskov")}));
        QCOMPARE(m_store->analysis(other).mentions.first().entity, entityNamed(QStringLiteral("Dmitry Peskov")));
        const QList<EntityArticle> articles = m_store->articlesMentioning(entityNamed(QStringLiteral("Dmitry Peskov")));
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.first().mentions, 2); // most mentions first
    }

    void linkSurnames_joinsAShortNameSeenFirst()
    {
        const QString body = QStringLiteral("Peskov declined to comment.");
        const qint64 first = addArticle(QStringLiteral("b.txt"), body);
        QVERIFY(analyse(first, body, {span(body, QStringLiteral("Peskov"), EntityType::Person)}, {QStringLiteral("Peskov")}));
        writePeskovArticle();
        QVERIFY(entityNamed(QStringLiteral("Peskov")) != 0);
        QVERIFY(m_store->analysis(first).mentions.first().entity != entityNamed(QStringLiteral("Dmitry Peskov")));
        QCOMPARE(m_store->linkSurnames(), 1);
        QCOMPARE(m_store->analysis(first).mentions.first().entity, entityNamed(QStringLiteral("Dmitry Peskov")));
        QCOMPARE(m_store->articlesMentioning(entityNamed(QStringLiteral("Dmitry Peskov"))).size(), 2);
        // Two fuller people of one surname: no guess.
        const QString body2 = QStringLiteral("Brown spoke. Gordon Brown and Nick Brown were there.");
        const qint64 second = addArticle(QStringLiteral("c.txt"), body2);
        QVERIFY(analyse(second, body2,
                        {span(body2, QStringLiteral("Brown"), EntityType::Person), span(body2, QStringLiteral("Gordon Brown"), EntityType::Person),
                         span(body2, QStringLiteral("Nick Brown"), EntityType::Person)},
                        {QStringLiteral("Brown"), QStringLiteral("Gordon Brown"), QStringLiteral("Nick Brown")}));
        QCOMPARE(m_store->linkSurnames(), 0);
    }

    void unifyTypes_followsTheClearMajority()
    {
        // "Peskov" tagged as an organisation once, as a person three times elsewhere.
        const QString body = QStringLiteral("Peskov said so. Peskov agreed. Peskov left.");
        const qint64 a = addArticle(QStringLiteral("a.txt"), body);
        QVERIFY(analyse(a, body,
                        {span(body, QStringLiteral("Peskov"), EntityType::Person, 0), span(body, QStringLiteral("Peskov"), EntityType::Person, 1),
                         span(body, QStringLiteral("Peskov"), EntityType::Person, 2)},
                        {QStringLiteral("Peskov"), QStringLiteral("Peskov"), QStringLiteral("Peskov")}));
        const QString other = QStringLiteral("Peskov is not a company.");
        const qint64 b = addArticle(QStringLiteral("b.txt"), other);
        QVERIFY(analyse(b, other, {span(other, QStringLiteral("Peskov"), EntityType::Organisation)}, {QStringLiteral("Peskov")}));
        // Jordan: once each way, no majority.
        const QString j = QStringLiteral("Jordan won. Jordan voted.");
        const qint64 c = addArticle(QStringLiteral("c.txt"), j);
        QVERIFY(analyse(c, j, {span(j, QStringLiteral("Jordan"), EntityType::Person, 0), span(j, QStringLiteral("Jordan"), EntityType::Location, 1)},
                        {QStringLiteral("Jordan"), QStringLiteral("Jordan")}));
        QCOMPARE(m_store->analysis(b).mentions.first().type, EntityType::Organisation);
        QCOMPARE(m_store->unifyTypes(), 1);
        QCOMPARE(m_store->analysis(b).mentions.first().type, EntityType::Person);
        QCOMPARE(m_store->analysis(b).mentions.first().entity, m_store->analysis(a).mentions.first().entity);
        const StoredAnalysis jordan = m_store->analysis(c);
        QVERIFY(jordan.mentions.at(0).entity != jordan.mentions.at(1).entity);
    }

    void corrections_winOverReanalysis()
    {
        const qint64 id = writePeskovArticle();
        const qint64 peskov = entityNamed(QStringLiteral("Dmitry Peskov"));
        const qint64 moscow = entityNamed(QStringLiteral("Moscow"));
        const qint64 kremlin = entityNamed(QStringLiteral("Kremlin"));
        QVERIFY(m_store->rename(peskov, QStringLiteral("Dmitri Peskov")));
        QVERIFY(m_store->setType(moscow, EntityType::Organisation));
        QVERIFY(m_store->setRejected(kremlin, true));
        QVERIFY(!m_store->rename(peskov, QStringLiteral("  ")));
        QVERIFY(!m_store->errorString().isEmpty());

        const auto check = [&] {
            const StoredAnalysis a = m_store->analysis(id);
            QCOMPARE(a.mentions.size(), 4); // the Kremlin is "not an entity"
            QCOMPARE(a.mentions.at(1).type, EntityType::Organisation);
            QCOMPARE(a.quotes.first().span.speaker, QStringLiteral("Dmitri Peskov"));
            QCOMPARE(m_store->entity(peskov)->name, QStringLiteral("Dmitri Peskov"));
            QCOMPARE(m_store->entities().size(), 2);
        };
        check();
        // The machine analyses the article again, with the names as it detects them: the
        // analyst's corrections still hold.
        writePeskovArticle(QStringLiteral("again.txt"));
        check();
        QVERIFY(m_store->setRejected(kremlin, false));
        QCOMPARE(m_store->analysis(id).mentions.size(), 5);
    }

    void mergeAndUnmerge()
    {
        const qint64 id = writePeskovArticle();
        const qint64 kremlin = entityNamed(QStringLiteral("Kremlin"));
        const qint64 moscow = entityNamed(QStringLiteral("Moscow"));
        QVERIFY(m_store->merge(kremlin, moscow));
        QVERIFY(!m_store->merge(moscow, kremlin)); // a cycle is refused
        QVERIFY(!m_store->merge(moscow, moscow));
        StoredAnalysis a = m_store->analysis(id);
        QCOMPARE(a.mentions.at(4).entity, moscow);
        QCOMPARE(a.mentions.at(4).type, EntityType::Location);
        QCOMPARE(m_store->entities().size(), 2);
        QVERIFY(m_store->entity(moscow)->aliases.contains(QStringLiteral("Kremlin")));
        QCOMPARE(m_store->entity(moscow)->mentions, 2);
        // Re-analysis finds "the Kremlin" as an organisation: still Moscow, as the analyst said.
        writePeskovArticle(QStringLiteral("again.txt"));
        QCOMPARE(m_store->analysis(id).mentions.at(4).entity, moscow);
        QVERIFY(m_store->unmerge(kremlin));
        a = m_store->analysis(id);
        QCOMPARE(a.mentions.at(4).entity, kremlin);
        QCOMPARE(a.mentions.at(4).type, EntityType::Organisation);
    }

    void split_movesTheChosenNames()
    {
        // The detector took two Jordans for one.
        const QString body = QStringLiteral("Jordan scored. Later Jordan signed the treaty with Amman.");
        const qint64 id = addArticle(QStringLiteral("j.txt"), body);
        QuoteSpan said; // a quote the detector gave to the name that moves
        said.start = 0;
        said.end = 6;
        said.speaker = QStringLiteral("Later Jordan");
        said.speakerType = EntityType::Location;
        QVERIFY(analyse(id, body,
                        {span(body, QStringLiteral("Jordan"), EntityType::Location), span(body, QStringLiteral("Later Jordan"), EntityType::Location),
                         span(body, QStringLiteral("Amman"), EntityType::Location)},
                        {QStringLiteral("Jordan"), QStringLiteral("Jordan"), QStringLiteral("Amman")}, {said}));
        const qint64 jordan = entityNamed(QStringLiteral("Jordan"));
        QCOMPARE(m_store->entity(jordan)->mentions, 2);
        const qint64 other = m_store->split(jordan, {QStringLiteral("Later Jordan")}, QStringLiteral("Jordan (the country)"));
        QVERIFY(other != 0);
        StoredAnalysis a = m_store->analysis(id);
        QCOMPARE(a.mentions.at(0).entity, jordan);
        QCOMPARE(a.mentions.at(1).entity, other);
        QCOMPARE(a.quotes.first().speakerEntity, other);
        QCOMPARE(m_store->entity(other)->mentions, 1);
        QCOMPARE(m_store->articlesMentioning(other).size(), 1);
        // Re-analysis resolves the moved name to the new entity.
        QVERIFY(analyse(id, body,
                        {span(body, QStringLiteral("Jordan"), EntityType::Location), span(body, QStringLiteral("Later Jordan"), EntityType::Location)},
                        {QStringLiteral("Jordan"), QStringLiteral("Later Jordan")}));
        a = m_store->analysis(id);
        QCOMPARE(a.mentions.at(1).entity, other);
        QVERIFY(m_store->purgeOrphans());
        QVERIFY(m_store->entity(other)); // the analyst made it: never purged
        QCOMPARE(m_store->split(jordan, {}, QStringLiteral("x")), 0);
    }

    void outdated_namesWhatAnOlderAnalyserMade()
    {
        const qint64 a = writePeskovArticle();
        const qint64 b = addArticle(QStringLiteral("b.txt"), QStringLiteral("Nothing."));
        QVERIFY(analyse(b, QStringLiteral("Nothing."), {}, {}, {}, 1, 2));
        const qint64 c = addArticle(QStringLiteral("c.txt"), QStringLiteral("Never analysed."));
        QList<AnalysisStore::Outdated> out = m_store->outdated(1, 2);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).article, a);
        QVERIFY(out.at(0).entitiesCurrent); // only the quote layer is old
        QCOMPARE(out.at(1).article, c);
        QVERIFY(!out.at(1).entitiesCurrent);
        QCOMPARE(m_store->outdated(1, 1).size(), 2); // b, c
        QCOMPARE(m_store->detectedSpans(a).size(), 5);
    }
};

QTEST_GUILESS_MAIN(AnalysisStoreTest)
#include "analysisstore_test.moc"
