// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsource.h"

#include "analysisstore.h"
#include "analystquotes.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "logging.h"
#include "quoteclusterer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Dossier {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/** A UTF-16 span as code points; an orphan's offsets belong to an older text: null. */
void putSpan(QJsonObject &o, const CodePoints &cp, const TextAnchor &anchor)
{
    const bool orphaned = anchor.state == AnchorState::Orphaned;
    o.insert(QStringLiteral("start"), orphaned ? QJsonValue(QJsonValue::Null) : QJsonValue(cp.at(anchor.start)));
    o.insert(QStringLiteral("end"), orphaned ? QJsonValue(QJsonValue::Null) : QJsonValue(cp.at(anchor.end)));
}

/** The anchored text: the span of the current body, or what an orphan was made on. */
QString anchoredText(const QString &body, const TextAnchor &anchor)
{
    if (anchor.state == AnchorState::Orphaned || anchor.end > body.size())
        return anchor.exact;
    return body.mid(anchor.start, anchor.end - anchor.start);
}

QJsonObject annotationObject(const Annotation &a, const QString &body, const CodePoints &cp, const QHash<qint64, Tag> &codebook)
{
    QJsonArray tagNames, tagIds;
    for (qint64 id : a.tags) {
        tagNames.append(codebook.value(id).name);
        tagIds.append(id);
    }
    QJsonValue claim(QJsonValue::Null);
    if (a.claim) {
        QJsonArray evidence;
        for (const Evidence &e : a.evidence)
            evidence.append(QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("note"), e.note}});
        claim = QJsonObject{
            {QStringLiteral("status"), claimStatusName(*a.claim)},
            {QStringLiteral("claimant"), idOrNull(a.claimant)},
            {QStringLiteral("evidence"), evidence},
        };
    }
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("text"), anchoredText(body, a.anchor)},
        {QStringLiteral("tags"), tagNames},
        {QStringLiteral("tag_ids"), tagIds},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("claim"), claim},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("created"), timeOrNull(a.created)},
        {QStringLiteral("modified"), timeOrNull(a.modified)},
        {QStringLiteral("anchor"), anchorStateName(a.anchor.state)},
    };
    putSpan(o, cp, a.anchor);
    return o;
}

QString kindName(int kind)
{
    return kind == int(QuoteKind::Partial) ? QStringLiteral("partial") : QStringLiteral("full");
}

/**
 * The quotes as the analyst has them (analystQuotes(), rejected ones included and marked), and the
 * analyst's word on quotes that shape none: a confirmed review of a quote the detector no longer
 * finds, and orphaned reviews (null offsets). A rejection of a quote no longer detected says
 * nothing and is left out.
 */
QJsonArray quotesWithReviews(const Article &article, const StoredAnalysis &stored, const QList<QuoteReview> &reviews, const CodePoints &cp)
{
    const QString &body = article.body;
    QList<QuoteReview> unapplied;
    QList<std::pair<int, QJsonObject>> quotes; // sorted by UTF-16 start, orphans last
    for (const AnalystQuote &a : analystQuotes(stored.quotes, reviews, true, &unapplied)) {
        const QuoteSpan &span = a.quote.span;
        QJsonObject o{
            {QStringLiteral("id"), a.added ? QJsonValue(QJsonValue::Null) : QJsonValue(a.quote.id)},
            {QStringLiteral("start"), cp.at(span.start)},
            {QStringLiteral("end"), cp.at(span.end)},
            {QStringLiteral("text"), body.mid(span.start, span.length())},
            {QStringLiteral("kind"), span.kind == QuoteKind::Full ? QStringLiteral("full") : QStringLiteral("partial")},
            {QStringLiteral("speaker"), stringOrNull(span.speaker)},
            {QStringLiteral("speaker_entity"), idOrNull(a.quote.speakerEntity)},
            {QStringLiteral("status"), a.status == AnalystQuote::Rejected    ? QStringLiteral("rejected")
                                       : a.status == AnalystQuote::Confirmed ? QStringLiteral("confirmed")
                                                                             : QStringLiteral("detected")},
        };
        if (a.reviewId) {
            o.insert(QStringLiteral("review"), a.reviewId);
            o.insert(QStringLiteral("anchor"), anchorStateName(a.anchor));
            if (a.added)
                o.insert(QStringLiteral("added"), true);
            else
                o.insert(QStringLiteral("corrected"), a.corrected);
        }
        quotes.append({span.start, o});
    }
    for (const QuoteReview &r : std::as_const(unapplied)) {
        if (r.status == QuoteReview::Rejected)
            continue;
        QJsonObject o{
            {QStringLiteral("id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("review"), r.id},
            {QStringLiteral("text"), anchoredText(body, r.anchor)},
            {QStringLiteral("kind"), kindName(r.kind)},
            {QStringLiteral("speaker"), r.speaker ? stringOrNull(*r.speaker) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("speaker_entity"), idOrNull(r.speakerEntity)},
            {QStringLiteral("status"), QStringLiteral("confirmed")},
            {QStringLiteral("added"), r.isAdded()},
            {QStringLiteral("anchor"), anchorStateName(r.anchor.state)},
        };
        putSpan(o, cp, r.anchor);
        quotes.append({r.anchor.state == AnchorState::Orphaned ? int(body.size()) + 1 : r.anchor.start, o});
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray result;
    for (const auto &q : std::as_const(quotes))
        result.append(q.second);
    return result;
}

/** Similarities with three decimals: more would claim a precision the shingles do not have. */
double rounded(double x)
{
    return std::round(x * 1000.0) / 1000.0;
}

/**
 * The article's `duplicates`: the machine's links of the four duplicate relations, seen from this
 * article, with the analyst's verdict as `status` (rejected ones too, marked). Left out: same-event
 * links (two reports written apart that share a quote: not duplicates; they show in `stories`) and
 * links made by hand where the machine saw none (no measured similarity or relation: they show in
 * `stories` too). The other article is named even when the selection leaves it out of the export.
 */
QJsonArray duplicatesOf(QList<ArticleLink> links)
{
    std::sort(links.begin(), links.end(), [](const ArticleLink &x, const ArticleLink &y) {
        return x.jaccard != y.jaccard ? x.jaccard > y.jaccard : x.path < y.path;
    });
    QJsonArray out;
    for (const ArticleLink &l : std::as_const(links)) {
        if (!l.relation || *l.relation == StoryRelation::SameEvent)
            continue;
        out.append(QJsonObject{
            {QStringLiteral("path"), l.path},
            {QStringLiteral("similarity"), rounded(l.jaccard)},
            {QStringLiteral("containment"), rounded(l.containment)},
            {QStringLiteral("relation"), storyRelationName(*l.relation)},
            {QStringLiteral("status"), linkStatusName(l.status)},
        });
    }
    return out;
}

/** The index in the article's exported `quotes` of a linked quote: by its id, else by its span, else by
 *  its words; -1 when the article no longer has it. */
qsizetype quoteIndex(const QJsonArray &quotes, const LinkedQuote &q, const CodePoints &cp)
{
    const auto find = [&](const auto &matches) -> qsizetype {
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            if (matches(quotes.at(i).toObject()))
                return i;
        }
        return -1;
    };
    qsizetype i = -1;
    if (q.id > 0)
        i = find([&](const QJsonObject &o) { return o.value(QLatin1String("id")).toInteger() == q.id; });
    if (i < 0) {
        const qint64 start = cp.at(q.start), end = cp.at(q.end);
        i = find([&](const QJsonObject &o) {
            return o.value(QLatin1String("start")).toInteger(-1) == start && o.value(QLatin1String("end")).toInteger(-1) == end;
        });
    }
    if (i < 0 && !q.text.isEmpty())
        i = find([&](const QJsonObject &o) { return o.value(QLatin1String("text")).toString() == q.text; });
    return i;
}

/** What the top-level `stories` and `quote_clusters` need of an exported article. */
struct ExportedArticle
{
    QString path;
    QString outlet;
    QDate published;
};

} // namespace

/**
 * The links of the export. Each article's duplicates are read with the article: a corpus of many
 * near-copies has millions of link ends (reading them all up front held 520 MB on 100,000
 * articles, per article 60 MB, in less time). Stories and quote clusters are read once before the
 * articles and completed as they are written: both are listed with the exported articles only,
 * and left out when fewer than two remain.
 */
class ExportSource::Links
{
public:
    explicit Links(const QSqlDatabase &db)
        : m_store(db)
    {
    }

    bool read(QString *error)
    {
        LinkStore &links = m_store;
        m_stories = links.stories(true);
        for (const StoryRecord &s : std::as_const(m_stories)) {
            for (qint64 id : s.articles)
                m_inStory.insert(id);
        }
        m_clusters = links.quoteClusters();
        for (qsizetype c = 0; c < m_clusters.size(); ++c) {
            const QList<LinkedQuote> &members = m_clusters.at(c).members;
            for (qsizetype m = 0; m < members.size(); ++m)
                m_membersOf[members.at(m).article].append({c, m});
        }
        if (!links.errorString().isEmpty()) {
            *error = QCoreApplication::translate("Dossier", "Cannot read the links between articles: %1").arg(links.errorString());
            return false;
        }
        return true;
    }

    QList<ArticleLink> articleLinks(qint64 article) const { return m_store.articleLinks(article); }

    /** The clusters of an exported article's quotes (after exported()). */
    QList<ExportLinks::QuoteVariants> quoteVariants(qint64 article) const
    {
        QList<ExportLinks::QuoteVariants> out;
        for (const auto &[c, m] : m_membersOf.value(article)) {
            const qsizetype index = m_quoteIndex.value({c, m}, -1);
            if (index >= 0)
                out.append({index, &m_clusters.at(c)});
        }
        std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) { return x.quote < y.quote; });
        return out;
    }

    /** An article is written: note what its story and its linked quotes need. */
    void exported(const Article &a, const QJsonArray &quotes, const CodePoints &cp)
    {
        if (m_inStory.contains(a.id))
            m_exported.insert(a.id, {a.path, a.outlet, a.published});
        for (const auto &[c, m] : m_membersOf.value(a.id)) {
            const LinkedQuote &q = m_clusters.at(c).members.at(m);
            m_quoteIndex.insert({c, m}, quoteIndex(quotes, q, cp));
        }
    }

    QJsonArray stories() const
    {
        QJsonArray out;
        for (const StoryRecord &s : m_stories) {
            QList<qint64> members;
            for (qint64 id : s.articles) {
                if (m_exported.contains(id))
                    members.append(id);
            }
            if (members.size() < 2)
                continue;
            // Earliest first (undated last), so the list reads as the story spread.
            std::stable_sort(members.begin(), members.end(), [&](qint64 x, qint64 y) {
                const QDate dx = m_exported.constFind(x)->published, dy = m_exported.constFind(y)->published;
                if (dx.isValid() != dy.isValid())
                    return dx.isValid();
                return dx < dy;
            });
            QJsonArray paths;
            QStringList outlets;
            QDate first;
            for (qint64 id : std::as_const(members)) {
                const ExportedArticle &e = *m_exported.constFind(id);
                paths.append(e.path);
                if (!e.outlet.isEmpty() && !outlets.contains(e.outlet))
                    outlets.append(e.outlet);
                if (e.published.isValid() && (!first.isValid() || e.published < first))
                    first = e.published;
            }
            outlets.sort();
            out.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("articles"), paths},
                {QStringLiteral("outlets"), QJsonArray::fromStringList(outlets)},
                {QStringLiteral("first_published"), first.isValid() ? QJsonValue(first.toString(Qt::ISODate)) : QJsonValue()},
            });
        }
        return out;
    }

    QJsonArray quoteClusters() const
    {
        QJsonArray out;
        for (qsizetype c = 0; c < m_clusters.size(); ++c) {
            const QuoteClusterRecord &cluster = m_clusters.at(c);
            QList<qsizetype> kept; // LinkStore lists the earliest appearance first
            for (qsizetype m = 0; m < cluster.members.size(); ++m) {
                if (m_quoteIndex.contains({c, m}))
                    kept.append(m);
            }
            if (kept.size() < 2)
                continue;
            bool altered = cluster.altered;
            if (kept.size() < cluster.members.size()) {
                // Whether the exported wordings differ, not those of articles left out; beyond
                // pairLimit members each is compared with the earliest only (as LinkStore does).
                altered = false;
                const qsizetype pairLimit = 30;
                for (qsizetype i = 1; i < kept.size() && !altered; ++i) {
                    for (qsizetype j = 0; j < (kept.size() <= pairLimit ? i : 1) && !altered; ++j)
                        altered = QuoteClusterer::differs(cluster.members.at(kept.at(j)).text, cluster.members.at(kept.at(i)).text);
                }
            }
            QJsonArray members;
            for (qsizetype m : std::as_const(kept)) {
                const LinkedQuote &q = cluster.members.at(m);
                const qsizetype index = m_quoteIndex.value({c, m});
                QJsonObject o{
                    {QStringLiteral("path"), q.path},
                    {QStringLiteral("quote"), index < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(index)},
                    {QStringLiteral("quote_id"), q.id > 0 ? QJsonValue(q.id) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("text"), q.text},
                    {QStringLiteral("speaker"), stringOrNull(q.speaker)},
                    {QStringLiteral("outlet"), stringOrNull(q.outlet)},
                    {QStringLiteral("published"), q.published.isValid() ? QJsonValue(q.published.toString(Qt::ISODate)) : QJsonValue()},
                };
                if (members.isEmpty())
                    o.insert(QStringLiteral("earliest"), true);
                members.append(o);
            }
            out.append(QJsonObject{
                {QStringLiteral("id"), cluster.id},
                {QStringLiteral("speaker"), stringOrNull(cluster.speaker)},
                {QStringLiteral("altered"), altered},
                {QStringLiteral("members"), members},
            });
        }
        return out;
    }

private:
    LinkStore m_store;
    QList<StoryRecord> m_stories;
    QSet<qint64> m_inStory;
    QHash<qint64, ExportedArticle> m_exported; ///< exported articles that are in a story
    QList<QuoteClusterRecord> m_clusters;
    QHash<qint64, QList<std::pair<qsizetype, qsizetype>>> m_membersOf;  ///< article -> (cluster, member)
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> m_quoteIndex; ///< exported members -> index in `quotes`, -1 if gone
};


CodePoints::CodePoints(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lows.append(i);
    }
}

qsizetype CodePoints::at(qsizetype utf16) const
{
    // Every low surrogate before the offset is one UTF-16 unit more than code points.
    return utf16 - (std::lower_bound(m_lows.cbegin(), m_lows.cend(), utf16) - m_lows.cbegin());
}

qsizetype CodePoints::utf16(qsizetype codePoint) const
{
    // The k-th low surrogate (0-based) at UTF-16 position p is code point p - k - 1's second half:
    // each one before the wanted code point adds one unit.
    qsizetype offset = codePoint;
    for (qsizetype low : m_lows) {
        if (low > offset)
            break;
        ++offset;
    }
    return offset;
}

qsizetype CodePoints::length(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

ExportSource::ExportSource(const QSqlDatabase &db)
    : m_db(db)
{
}

ExportSource::~ExportSource() = default;

QJsonObject ExportSource::corpus() const
{
    return QJsonObject{
        {QStringLiteral("root"), m_root},
        {QStringLiteral("exported_at"), m_time.toUTC().toString(Qt::ISODate)},
    };
}

bool ExportSource::open()
{
    m_error.clear();
    m_articles = m_annotations = 0;
    m_time = m_fixedTime.isValid() ? m_fixedTime : QDateTime::currentDateTimeUtc();
    ArticleStore store(m_db);
    m_root = store.setting(QStringLiteral("root"));
    AnalysisStore analysis(m_db);
    m_entities = QJsonArray();
    m_entityNames.clear();
    for (const EntityRecord &e : analysis.entities()) {
        m_entityNames.insert(e.id, e.name);
        if (e.mentions == 0 && !e.nameLocked && !e.typeLocked)
            continue; // a name only ever seen as a speaker's, or left over: not part of the corpus
        m_entities.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("type"), entityTypeCode(e.type)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
        });
    }
    AnnotationStore annotations(m_db);
    m_tags = annotations.tags();
    m_codebook = QJsonArray();
    m_tagPaths = Dossier::tagPaths(m_tags);
    for (const Tag &t : std::as_const(m_tags)) {
        m_codebook.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("parent"), idOrNull(t.parent)},
            {QStringLiteral("color"), t.color},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("shortcut"), t.shortcut},
        });
    }
    // A tag name selects that tag and every tag below it; an unknown name is an error, not an
    // empty export.
    m_tagIds.reset();
    if (!m_filter.tags.isEmpty()) {
        QSet<qint64> selected;
        for (const QString &name : std::as_const(m_filter.tags)) {
            bool found = false;
            for (const Tag &t : std::as_const(m_tags)) {
                if (t.name.compare(name, Qt::CaseInsensitive) == 0 || m_tagPaths.value(t.id).compare(name, Qt::CaseInsensitive) == 0) {
                    for (qint64 id : annotations.subtree(t.id))
                        selected.insert(id);
                    found = true;
                }
            }
            if (!found) {
                m_error = QCoreApplication::translate("Dossier", "The codebook has no tag “%1”.").arg(name);
                return false;
            }
        }
        m_tagIds = selected;
    }
    QElapsedTimer timer;
    timer.start();
    m_links = std::make_unique<Links>(m_db);
    if (!m_links->read(&m_error))
        return false;
    qCDebug(lcModel) << "export: stories and quote clusters read in" << timer.elapsed() << "ms";
    return true;
}

QStringList ExportSource::tagPaths(const QJsonObject &annotation) const
{
    QStringList paths;
    for (const QJsonValue &id : annotation.value(QLatin1String("tag_ids")).toArray())
        paths.append(tagPath(id.toInteger()));
    return paths;
}

bool ExportSource::forEachArticle(const Visit &visit)
{
    Q_ASSERT(m_links);
    m_articles = m_annotations = 0;
    ArticleStore store(m_db);
    AnalysisStore analysis(m_db);
    analysis.setRegistryFixed(true); // read in one snapshot of the database: it cannot change
    AnnotationStore annotations(m_db);
    annotations.setReuseStatements(true); // four reads an article, thousands of articles
    QHash<qint64, Tag> codebook;
    for (const Tag &t : std::as_const(m_tags))
        codebook.insert(t.id, t);
    const QSet<qint64> chosen(m_filter.articles.cbegin(), m_filter.articles.cend());
    const QSet<qint64> withWork = m_workOnly ? annotations.articlesWithWork() : QSet<qint64>();
    const QSet<ClaimStatus> statuses(m_filter.statuses.cbegin(), m_filter.statuses.cend());
    const auto annotationSelected = [&](const Annotation &a) {
        if (m_tagIds && std::none_of(a.tags.cbegin(), a.tags.cend(), [&](qint64 t) { return m_tagIds->contains(t); }))
            return false;
        return statuses.isEmpty() || (a.claim && statuses.contains(*a.claim));
    };
    const int total = store.count();
    int seen = 0;
    bool cancelled = false;
    bool stopped = false;
    const bool ok = store.forEachArticle([&](const Article &a) {
        if (isCancelled()) {
            cancelled = true;
            return false;
        }
        if (m_progress && ++seen % 200 == 0)
            m_progress(seen, total);
        if (!chosen.isEmpty() && !chosen.contains(a.id))
            return true;
        if (m_workOnly && !withWork.contains(a.id))
            return true;
        if (!m_filter.outlets.isEmpty() && !m_filter.outlets.contains(a.outlet, Qt::CaseInsensitive))
            return true;
        if (m_filter.from.isValid() && (!a.published.isValid() || a.published < m_filter.from))
            return true;
        if (m_filter.to.isValid() && (!a.published.isValid() || a.published > m_filter.to))
            return true;
        QList<Annotation> own = annotations.annotations(a.id);
        if (m_filter.selectsAnnotations()) {
            own.removeIf([&](const Annotation &x) { return !annotationSelected(x); });
            if (own.isEmpty())
                return true;
        }
        const StoredAnalysis stored = analysis.analysis(a.id);
        const CodePoints cp(a.body);
        const QJsonArray quotes = quotesWithReviews(a, stored, annotations.quoteReviews(a.id), cp);
        QJsonArray annotationsJson;
        QJsonArray orphans; // after the anchored ones: they point into no place of this text
        for (const Annotation &x : std::as_const(own))
            (x.anchor.state == AnchorState::Orphaned ? orphans : annotationsJson).append(annotationObject(x, a.body, cp, codebook));
        for (const QJsonValue &v : std::as_const(orphans))
            annotationsJson.append(v);
        QJsonArray mentions;
        for (const StoredMention &m : m_withMentions ? stored.mentions : QList<StoredMention>()) {
            mentions.append(QJsonObject{
                {QStringLiteral("start"), cp.at(m.start)},
                {QStringLiteral("end"), cp.at(m.end)},
                {QStringLiteral("text"), a.body.mid(m.start, m.end - m.start)},
                {QStringLiteral("type"), entityTypeCode(m.type)},
                {QStringLiteral("entity"), idOrNull(m.entity)},
            });
        }
        ExportLinks links;
        if ((m_withLinks && m_withStory) || m_withDuplicates) // a query an article: only when used
            links.story = m_links->articleLinks(a.id);
        QJsonObject o{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("path"), a.path},
            {QStringLiteral("title"), stringOrNull(a.title)},
            {QStringLiteral("outlet"), stringOrNull(a.outlet)},
            {QStringLiteral("byline"), stringOrNull(a.byline)},
            {QStringLiteral("published"), a.published.isValid() ? QJsonValue(a.published.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("url"), stringOrNull(a.url)},
            {QStringLiteral("encoding"), a.encoding},
            {QStringLiteral("state"), a.state == ArticleState::Missing      ? QStringLiteral("missing")
                                      : a.state == ArticleState::Unreadable ? QStringLiteral("unreadable")
                                                                            : QStringLiteral("imported")},
            {QStringLiteral("text"), a.body},
            {QStringLiteral("quotes"), quotes},
            {QStringLiteral("entities"), mentions},
            {QStringLiteral("note"), annotations.articleNote(a.id).note},
            {QStringLiteral("annotations"), annotationsJson},
            {QStringLiteral("duplicates"), m_withDuplicates ? duplicatesOf(links.story) : QJsonArray()},
        };
        m_links->exported(a, quotes, cp);
        if (m_withLinks) {
            links.story.removeIf([](const ArticleLink &l) { return l.status == LinkStatus::Rejected; });
            links.quotes = m_links->quoteVariants(a.id);
        } else {
            links.story.clear();
        }
        if (!visit(o, links)) {
            stopped = true;
            return false;
        }
        ++m_articles;
        m_annotations += int(annotationsJson.size());
        return true;
    });
    if (!ok && !stopped && !cancelled) {
        m_error = store.errorString();
        return false;
    }
    if (cancelled) {
        m_error = QCoreApplication::translate("Dossier", "Export cancelled.");
        return false;
    }
    if (stopped)
        return false;
    if (m_progress)
        m_progress(total, total);
    return true;
}

QString ExportSource::speakerOf(const QJsonObject &article, const QJsonObject &annotation) const
{
    const QJsonValue claim = annotation.value(QLatin1String("claim"));
    if (claim.isObject()) {
        const QString name = entityName(claim.toObject().value(QLatin1String("claimant")).toInteger());
        if (!name.isEmpty())
            return name;
    }
    const QJsonValue start = annotation.value(QLatin1String("start")), end = annotation.value(QLatin1String("end"));
    if (start.isNull() || end.isNull())
        return QString();
    const qint64 s = start.toInteger(), e = end.toInteger();
    for (const QJsonValue &v : article.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        if (q.value(QLatin1String("status")).toString() == QLatin1String("rejected") || q.value(QLatin1String("start")).isNull())
            continue;
        if (q.value(QLatin1String("start")).toInteger() < e && s < q.value(QLatin1String("end")).toInteger()) {
            const QString speaker = q.value(QLatin1String("speaker")).toString();
            if (!speaker.isEmpty())
                return speaker;
        }
    }
    return QString();
}

QJsonArray ExportSource::stories() const
{
    return m_links ? m_links->stories() : QJsonArray();
}

QJsonArray ExportSource::quoteClusters() const
{
    return m_links ? m_links->quoteClusters() : QJsonArray();
}

} // namespace Dossier
