// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tagged report, as one self-contained HTML file and as a paginated PDF.
#include "reportexporter.h"

#include "exporter.h"

#include "layercolors.h"
#include "linkmodels.h"
#include "quoteclusterer.h"
#include "worddiff.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QThread>
#include <QFontMetricsF>
#include <QUuid>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <tuple>

Q_GUI_EXPORT int qt_defaultDpiY();

namespace Dossier {

namespace {

/** The report's strings, under one translation context. */
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** A codebook colour as it may go into a style attribute: #rrggbb only (an imported codebook
 *  could carry anything). */
QColor safeColor(const QString &color, const QColor &fallback)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return hex.match(color).hasMatch() ? QColor(color) : fallback;
}

const QColor paper(Qt::white);

QString css(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

/** How many code points of context a passage gets either side, cut back to a word boundary. */
constexpr qsizetype contextLength = 240;

/** At most this many other versions of one quote are listed (clusters can have hundreds). */
constexpr qsizetype variantLimit = 8;
/** How much laid-out text the PDF keeps between laying out and painting, in characters (the
    10,000-annotation benchmark's report kept whole took 138 MB more than laying out twice, and ran
    in two thirds of the time). */
constexpr qsizetype kKeptLayoutChars = 8'000'000;

/**
 * The passage shown around the text from s16 to e16 (UTF-16): its paragraph, at most contextLength
 * either side, cut at spaces.
 */
std::pair<qsizetype, qsizetype> passageAround(const QString &text, qsizetype s16, qsizetype e16)
{
    qsizetype from = std::max<qsizetype>(0, s16 - contextLength), to = std::min(text.size(), e16 + contextLength);
    // (lastIndexOf from -1 would search from the end: a passage at the start has none before it.)
    const qsizetype para = s16 > 0 ? text.lastIndexOf(QLatin1Char('\n'), s16 - 1) : -1;
    if (para >= from)
        from = para + 1;
    else if (from > 0)
        from = std::min(s16, std::max(from, text.indexOf(QLatin1Char(' '), from) + 1));
    const qsizetype paraEnd = text.indexOf(QLatin1Char('\n'), e16);
    if (paraEnd >= 0 && paraEnd <= to)
        to = paraEnd;
    else if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to);
        if (space > e16)
            to = space;
    }
    if (from > 0 && from < text.size() && text.at(from).isLowSurrogate())
        ++from;
    if (to < text.size() && to > 0 && text.at(to).isLowSurrogate())
        --to;
    return {from, to};
}

/**
 * The passage each annotation is shown in ({-1, -1} for an orphan): passages that overlap are one,
 * shown once with all their annotations (`annotations` come in the order of their starts).
 */
QList<std::pair<qsizetype, qsizetype>> passages(const QJsonArray &annotations, const QString &text, const CodePoints &cp)
{
    QList<std::pair<qsizetype, qsizetype>> shown;
    shown.reserve(annotations.size());
    qsizetype group = 0;  // the first annotation of the passage being grown
    qsizetype reach = -1; // where that passage ends so far
    const auto close = [&] {
        std::pair<qsizetype, qsizetype> merged{reach, reach};
        for (qsizetype i = group; i < shown.size(); ++i)
            merged.first = std::min(merged.first, shown.at(i).first);
        std::fill(shown.begin() + group, shown.end(), merged);
        group = shown.size();
        reach = -1;
    };
    for (const QJsonValue &v : annotations) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("start")).isNull()) {
            close();
            shown.append({-1, -1});
            group = shown.size();
            continue;
        }
        const auto p = passageAround(text, cp.utf16(a.value(QLatin1String("start")).toInteger()), cp.utf16(a.value(QLatin1String("end")).toInteger()));
        if (p.first >= reach)
            close();
        shown.append(p);
        reach = std::max(reach, p.second);
    }
    close();
    return shown;
}

/** A text span styled like the reader's layers. */
struct Mark
{
    qsizetype start = 0; // UTF-16
    qsizetype end = 0;
    enum Kind { Entity, Quote, Annotation } kind = Entity;
    QColor background;
    QColor underline;
};

/** Escaped text of [from, to) with `marks` as styled spans: an annotation's tint wins over a
 *  quote's, a quote's over an entity's, as in the reader. */
QString highlighted(const QString &text, qsizetype from, qsizetype to, const QList<Mark> &marks)
{
    QList<qsizetype> cuts{from, to};
    for (const Mark &m : marks) {
        if (m.end <= from || m.start >= to)
            continue;
        cuts.append(std::clamp(m.start, from, to));
        cuts.append(std::clamp(m.end, from, to));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QString out;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype a = cuts.at(i), b = cuts.at(i + 1);
        const Mark *best = nullptr;
        int annotations = 0;
        for (const Mark &m : marks) {
            if (m.start <= a && b <= m.end && m.start < m.end) {
                annotations += m.kind == Mark::Annotation;
                if (!best || m.kind > best->kind)
                    best = &m;
            }
        }
        const QString piece = esc(text.mid(a, b - a));
        if (!best) {
            out += piece;
            continue;
        }
        QString style = QStringLiteral("background-color:%1;").arg(css(best->background));
        if (best->underline.isValid())
            style += QStringLiteral("text-decoration:underline;border-bottom:2px %1 %2;")
                         .arg(annotations > 1 ? QStringLiteral("double") : QStringLiteral("dashed"), css(best->underline));
        out += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, piece);
    }
    return out;
}

/** `newer` against `older`, word by word: deleted words struck through in red, inserted ones
 *  underlined in green (the Links tab's diff). */
QString diffHtml(const QString &older, const QString &newer)
{
    QString out;
    for (const DiffRun &run : WordDiff::diff(older, newer, {true, false})) {
        switch (run.op) {
        case DiffOp::Equal:
            out += esc(newer.mid(run.newStart, run.newEnd - run.newStart));
            break;
        case DiffOp::Deleted:
            out += QStringLiteral("<span style=\"color:#b00020;text-decoration:line-through;\">%1</span>")
                       .arg(esc(older.mid(run.oldStart, run.oldEnd - run.oldStart)));
            break;
        case DiffOp::Inserted:
            out += QStringLiteral("<span style=\"color:#1b6e2f;text-decoration:underline;\">%1</span>")
                       .arg(esc(newer.mid(run.newStart, run.newEnd - run.newStart)));
            break;
        }
        out += QLatin1Char(' ');
    }
    return out.trimmed();
}

/** At most 80 characters of an annotated text, for the line that names it under its passage. */
QString elided(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= 80)
        return simple;
    qsizetype cut = 79;
    if (simple.at(cut - 1).isHighSurrogate())
        --cut;
    return simple.left(cut) + QChar(0x2026);
}

/** A horizontal bar chart as a table: plain HTML that browsers and QTextDocument draw alike. */
QString barChart(const QString &caption, const QList<std::pair<QString, int>> &rows, const QColor &color)
{
    int most = 1;
    for (const auto &r : rows)
        most = std::max(most, r.second);
    QString out = QStringLiteral("<h3>%1</h3><table class=\"chart\" width=\"100%\" cellspacing=\"2\" cellpadding=\"1\">").arg(esc(caption));
    for (const auto &[label, count] : rows) {
        const int percent = std::max(1, int(100.0 * count / most));
        // The bar and the rest of its row as two cells of one table: QTextDocument ignores the
        // width of a nested table, but not the widths of cells.
        const QString rest = percent < 100 ? QStringLiteral("<td width=\"%1%\"></td>").arg(100 - percent) : QString();
        out += QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"60%\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                              "<tr><td width=\"%2%\" bgcolor=\"%3\" style=\"background-color:%3;\">&nbsp;</td>%5</tr></table></td>"
                              "<td width=\"10%\" align=\"right\">%4</td></tr>")
                   .arg(esc(label))
                   .arg(percent)
                   .arg(css(color))
                   .arg(count)
                   .arg(rest);
    }
    return out + QStringLiteral("</table>");
}

QString countTable(const QString &caption, const QList<std::pair<QString, int>> &rows, const QString &what)
{
    if (rows.isEmpty())
        return QStringLiteral("<h3>%1</h3><p class=\"meta\">%2</p>").arg(esc(caption), esc(Report::tr("None among the exported annotations.")));
    QString out = QStringLiteral("<h3>%1</h3><table class=\"counts\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th align=\"left\">%2</th><th align=\"right\">%3</th></tr>")
                      .arg(esc(caption), esc(what), esc(Report::tr("Annotations")));
    for (const auto &[label, count] : rows)
        out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(label).arg(count);
    return out + QStringLiteral("</table>");
}

QList<std::pair<QString, int>> rowsOf(const QMap<QString, int> &counts, bool escape = true)
{
    QList<std::pair<QString, int>> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({escape ? esc(it.key()) : it.key(), it.value()});
    return rows;
}

/**
 * Builds the report: the summary needs every annotation counted, so the per-article sections are
 * built first (one article in memory at a time, its section kept as HTML) and the summary and the
 * contents are put before them at the end.
 */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    explicit ReportBuilder(ExportSource &source)
        : m_source(source)
    {
        for (const Tag &t : source.tags())
            m_tagColor.insert(t.id, safeColor(t.color, QColor::fromRgb(LayerColors::annotation.light)));
    }

    /** Reads the source and builds the report; `added`, if set, is told each article section's
        index as it is added. */
    bool build(const std::function<void(qsizetype)> &added = {})
    {
        return m_source.forEachArticle([&](const QJsonObject &article, const ExportLinks &links) {
            const qsizetype before = m_sectionStarts.size();
            addArticle(article, links);
            if (added && m_sectionStarts.size() > before)
                added(before);
            return true;
        });
    }

    /** The contents: each article's title with its anchor; `pages` fills in page numbers (PDF). */
    QString contents(const QHash<QString, int> &pages = {}) const
    {
        QString out = QStringLiteral("<h2 id=\"contents\"><a name=\"contents\"></a>%1</h2><table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">").arg(esc(tr("Contents")));
        const auto row = [&](const QString &anchor, const QString &title) {
            const QString page = pages.isEmpty() ? QString() : (pages.contains(anchor) ? QString::number(pages.value(anchor)) : QStringLiteral("?"));
            out += QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td><td align=\"right\" width=\"12%\">%3</td></tr>").arg(anchor, title, page);
        };
        row(QStringLiteral("summary"), esc(tr("Summary")));
        for (const auto &[anchor, title] : m_toc)
            row(anchor, title);
        return out + QStringLiteral("</table>");
    }

    QString head(bool forBrowser) const
    {
        QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                     "<meta name=\"generator\" content=\"Dossier\"><title>%1</title>")
                          .arg(esc(title()));
        if (forBrowser) {
            out += QStringLiteral(
                "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45;color:#1d1d1d}"
                "h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}.meta{color:#555;font-size:.9em}"
                ".ann{border-left:4px solid #ddd;padding:.2em .8em;margin:1em 0}.ctx{margin:.3em 0}"
                ".chip{display:inline-block;padding:0 .4em;border-radius:.3em;color:#fff;font-size:.85em}"
                "table.counts{border-collapse:collapse;margin-right:2em;display:inline-table;vertical-align:top}"
                "table.chart td{font-size:.9em}.variants td,.story td{padding:.15em .5em;vertical-align:top}"
                "@media print{h2{page-break-before:always}}</style>");
        }
        return out + QStringLiteral("</head><body>");
    }

    QString title() const { return tr("Dossier report"); }

    QString summary() const
    {
        QString out = QStringLiteral("<h1>%1</h1>").arg(esc(title()));
        out += QStringLiteral("<p class=\"meta\">%1<br>%2</p>")
                   .arg(esc(tr("Corpus: %1").arg(m_source.corpusRoot())),
                        esc(tr("Exported %1 (UTC)").arg(m_source.exportTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
        const QString filter = filterText();
        if (!filter.isEmpty())
            out += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(filter));
        out += QStringLiteral("<h2 id=\"summary\"><a name=\"summary\"></a>%1</h2>").arg(esc(tr("Summary")));
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("%1 in %2 from %3; %4 of them claims.")
                                                        .arg(tr("%n annotations", nullptr, m_annotations))
                                                        .arg(tr("%n articles", nullptr, int(m_toc.size())))
                                                        .arg(tr("%n outlets", nullptr, int(m_byOutlet.size())))
                                                        .arg(m_claims)));
        QList<std::pair<QString, int>> tagRows;
        for (const Tag &t : m_source.tags()) {
            if (!m_byTag.contains(t.id))
                continue;
            tagRows.append({QStringLiteral("<span style=\"color:%1;\">■</span> %2").arg(css(m_tagColor.value(t.id)), esc(m_source.tagPath(t.id))), m_byTag.value(t.id)});
        }
        out += countTable(tr("By tag"), tagRows, tr("Tag"));
        out += countTable(tr("By verdict"), rowsOf(m_byStatus), tr("Verdict"));
        out += countTable(tr("By outlet"), rowsOf(m_byOutlet), tr("Outlet"));
        out += barChart(tr("Annotations by outlet"), rowsOf(m_byOutlet, false), QColor::fromRgb(LayerColors::person.light));
        out += barChart(m_byDay.size() > 31 ? tr("Annotations by month") : tr("Annotations by date"), dateRows(), QColor::fromRgb(LayerColors::date.light));
        return out;
    }

    const QByteArray &sections() const { return m_sections; }
    /** Article `i`'s section (in contents order), as HTML. */
    QString section(qsizetype i) const
    {
        const qsizetype from = m_sectionStarts.at(i);
        const qsizetype to = i + 1 < m_sectionStarts.size() ? m_sectionStarts.at(i + 1) : m_sections.size();
        return QString::fromUtf8(m_sections.constData() + from, to - from);
    }
    qsizetype sectionCount() const { return m_sectionStarts.size(); }
    QStringList anchors() const
    {
        QStringList out{QStringLiteral("summary")};
        for (const auto &entry : m_toc)
            out.append(entry.first);
        return out;
    }

private:
    QString filterText() const
    {
        const ExportFilter &f = m_source.filter();
        QStringList parts;
        if (!f.tags.isEmpty())
            parts << tr("tags: %1").arg(f.tags.join(QLatin1String(", ")));
        if (!f.statuses.isEmpty()) {
            QStringList names;
            for (ClaimStatus s : f.statuses)
                names << claimStatusLabel(s);
            parts << tr("verdicts: %1").arg(names.join(QLatin1String(", ")));
        }
        if (!f.outlets.isEmpty())
            parts << tr("outlets: %1").arg(f.outlets.join(QLatin1String(", ")));
        if (f.from.isValid() || f.to.isValid())
            parts << tr("published %1 to %2").arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("…"),
                                                  f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("…"));
        if (!f.articles.isEmpty())
            parts << tr("only the selected articles (%1)").arg(f.articles.size());
        return parts.isEmpty() ? QString() : tr("Filter: %1").arg(parts.join(QLatin1String("; ")));
    }

    QList<std::pair<QString, int>> dateRows() const
    {
        QList<std::pair<QString, int>> rows;
        if (m_byDay.size() <= 31) {
            for (auto it = m_byDay.cbegin(); it != m_byDay.cend(); ++it)
                rows.append({it.key().isValid() ? it.key().toString(Qt::ISODate) : esc(tr("undated")), it.value()});
            return rows;
        }
        QMap<QDate, int> months;
        for (auto it = m_byDay.cbegin(); it != m_byDay.cend(); ++it)
            months[it.key().isValid() ? QDate(it.key().year(), it.key().month(), 1) : QDate()] += it.value();
        for (auto it = months.cbegin(); it != months.cend(); ++it)
            rows.append({it.key().isValid() ? it.key().toString(QStringLiteral("yyyy-MM")) : esc(tr("undated")), it.value()});
        return rows;
    }

    void addArticle(const QJsonObject &article, const ExportLinks &links)
    {
        const QJsonArray annotations = article.value(QLatin1String("annotations")).toArray();
        if (annotations.isEmpty())
            return; // the report is about the analyst's tagged passages
        const QString text = str(article, "text");
        const CodePoints cp(text);
        const QString path = str(article, "path");
        const QString outlet = str(article, "outlet");
        const QDate published = QDate::fromString(str(article, "published"), Qt::ISODate);
        const QString anchor = QStringLiteral("a%1").arg(article.value(QLatin1String("id")).toInteger());
        const QString heading = esc(str(article, "title").isEmpty() ? path : str(article, "title"));
        m_toc.append({anchor, heading});

        QString out = QStringLiteral("<h2 id=\"%1\"><a name=\"%1\"></a>%2</h2>").arg(anchor, heading);
        QStringList meta;
        if (!outlet.isEmpty())
            meta << esc(outlet);
        if (published.isValid())
            meta << published.toString(Qt::ISODate);
        if (!str(article, "byline").isEmpty())
            meta << esc(str(article, "byline"));
        meta << QStringLiteral("<code>%1</code>").arg(esc(path));
        out += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
        if (!str(article, "note").isEmpty())
            out += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Article note:")), esc(str(article, "note")));
        out += storyHtml(links.story);

        // The reader's layers inside the passages: entities, quotes, then the annotations.
        QList<Mark> layers;
        for (const QJsonValue &v : article.value(QLatin1String("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString type = str(e, "type");
            const LayerHue *hue = type == QLatin1String("PER")   ? &LayerColors::person
                                  : type == QLatin1String("ORG") ? &LayerColors::organisation
                                  : type == QLatin1String("LOC") ? &LayerColors::location
                                                                 : nullptr;
            if (hue)
                layers.append({cp.utf16(e.value(QLatin1String("start")).toInteger()), cp.utf16(e.value(QLatin1String("end")).toInteger()),
                               Mark::Entity, LayerColors::tinted(paper, *hue, false), QColor()});
        }
        const QJsonArray quotes = article.value(QLatin1String("quotes")).toArray();
        for (const QJsonValue &v : quotes) {
            const QJsonObject q = v.toObject();
            if (str(q, "status") == QLatin1String("rejected") || q.value(QLatin1String("start")).isNull())
                continue;
            layers.append({cp.utf16(q.value(QLatin1String("start")).toInteger()), cp.utf16(q.value(QLatin1String("end")).toInteger()),
                           Mark::Quote, LayerColors::tinted(paper, LayerColors::quote, false), QColor()});
        }
        for (const QJsonValue &v : annotations) {
            const QJsonObject a = v.toObject();
            if (a.value(QLatin1String("start")).isNull())
                continue;
            const QColor c = colorOf(a);
            layers.append({cp.utf16(a.value(QLatin1String("start")).toInteger()), cp.utf16(a.value(QLatin1String("end")).toInteger()),
                           Mark::Annotation, LayerColors::blend(paper, c, LayerColors::annotationLight), c});
        }

        const QList<std::pair<qsizetype, qsizetype>> shown = passages(annotations, text, cp);
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            // A passage with several annotations: each one's details are led by its text.
            const bool shared = (i > 0 && shown.at(i - 1) == shown.at(i)) || (i + 1 < shown.size() && shown.at(i + 1) == shown.at(i));
            out += annotationHtml(article, annotations.at(i).toObject(), text, shown.at(i), shared, cp, layers, quotes, links, outlet, published);
        }
        m_sectionStarts.append(m_sections.size());
        m_sections += out.toUtf8();
    }

    QColor colorOf(const QJsonObject &annotation) const
    {
        const QJsonArray tags = annotation.value(QLatin1String("tag_ids")).toArray();
        return tags.isEmpty() ? QColor::fromRgb(LayerColors::annotation.light) : m_tagColor.value(tags.first().toInteger(), QColor::fromRgb(LayerColors::annotation.light));
    }

    QString storyHtml(const QList<ArticleLink> &story) const
    {
        if (story.isEmpty())
            return QString();
        QString out = QStringLiteral("<p><b>%1</b></p><table class=\"story\" cellspacing=\"0\" cellpadding=\"2\">")
                          .arg(esc(tr("Other articles in the same story (%1):").arg(story.size())));
        for (const ArticleLink &l : story) {
            QString relation = storyRelationText(l.relation, l.status, false);
            if (l.relation && *l.relation != StoryRelation::SameEvent)
                relation += QStringLiteral(", %1 %").arg(qRound(l.jaccard * 100));
            if (l.status != LinkStatus::Suggested)
                relation += QStringLiteral(" (%1)").arg(linkStatusText(l.status));
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"meta\">%4</td></tr>")
                       .arg(esc(l.outlet), l.published.isValid() ? l.published.toString(Qt::ISODate) : QString(),
                            esc(l.title.isEmpty() ? l.path : l.title), esc(relation));
        }
        return out + QStringLiteral("</table>");
    }

    QString annotationHtml(const QJsonObject &article, const QJsonObject &a, const QString &text, std::pair<qsizetype, qsizetype> passage,
                           bool shared, const CodePoints &cp, const QList<Mark> &layers, const QJsonArray &quotes, const ExportLinks &links,
                           const QString &outlet, const QDate &published)
    {
        ++m_annotations;
        // By id: two tags may share a name under different parents; the report shows their paths.
        const QJsonArray tags = a.value(QLatin1String("tag_ids")).toArray();
        for (const QJsonValue &t : tags)
            ++m_byTag[t.toInteger()];
        ++m_byOutlet[outlet.isEmpty() ? tr("(no outlet)") : outlet];
        ++m_byDay[published];
        const QJsonValue claim = a.value(QLatin1String("claim"));
        QString verdict;
        if (claim.isObject()) {
            ++m_claims;
            const auto status = claimStatusFromName(str(claim.toObject(), "status"));
            verdict = status ? claimStatusLabel(*status) : str(claim.toObject(), "status");
            ++m_byStatus[verdict];
        }
        const QColor color = colorOf(a);
        QString out = QStringLiteral("<div class=\"ann\" id=\"n%1\" style=\"border-left:4px solid %2;\">")
                          .arg(a.value(QLatin1String("id")).toInteger())
                          .arg(css(color));
        const bool orphaned = a.value(QLatin1String("start")).isNull();
        qsizetype s16 = 0, e16 = 0;
        if (orphaned) {
            out += QStringLiteral("<p class=\"ctx\"><i>%1</i> “%2”</p>")
                       .arg(esc(tr("No longer found in the article's text (orphaned); as annotated:")), esc(str(a, "text")));
        } else {
            s16 = cp.utf16(a.value(QLatin1String("start")).toInteger());
            e16 = cp.utf16(a.value(QLatin1String("end")).toInteger());
            const auto [from, to] = passage;
            // Several annotations in one passage: the passage once (it shows them all), then each
            // one's details.
            const std::tuple<qint64, qsizetype, qsizetype> context{article.value(QLatin1String("id")).toInteger(), from, to};
            if (context != m_lastContext) {
                m_lastContext = context;
                out += QStringLiteral("<p class=\"ctx\">%1%2%3</p>")
                           .arg(from > 0 && text.at(from - 1) != QLatin1Char('\n') ? QStringLiteral("… ") : QString(),
                                highlighted(text, from, to, layers),
                                to < text.size() && text.at(to) != QLatin1Char('\n') ? QStringLiteral(" …") : QString());
            }
        }
        QStringList meta;
        if (!orphaned && shared)
            meta << QStringLiteral("“%1”").arg(esc(elided(str(a, "text"))));
        for (const QJsonValue &t : tags) {
            const QColor c = m_tagColor.value(t.toInteger(), color);
            meta << QStringLiteral("<span class=\"chip\" style=\"background-color:%1;color:%2;\">&nbsp;%3&nbsp;</span>")
                        .arg(css(c), c.lightness() > 150 ? QStringLiteral("#000000") : QStringLiteral("#ffffff"), esc(m_source.tagPath(t.toInteger())));
        }
        const QString speaker = m_source.speakerOf(article, a);
        if (!speaker.isEmpty())
            meta << esc(tr("Speaker: %1").arg(speaker));
        if (!verdict.isEmpty())
            meta << QStringLiteral("<b>%1</b>").arg(esc(tr("Verdict: %1").arg(verdict)));
        const QString author = str(a, "author");
        const QString created = str(a, "created");
        if (!author.isEmpty())
            meta << esc(created.isEmpty() ? tr("by %1").arg(author) : tr("by %1, %2").arg(author, created.left(10)));
        else if (!created.isEmpty())
            meta << esc(tr("annotated %1").arg(created.left(10)));
        out += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
        if (!str(a, "note").isEmpty())
            out += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Note:")), esc(str(a, "note")));
        if (claim.isObject()) {
            const QJsonArray evidence = claim.toObject().value(QLatin1String("evidence")).toArray();
            if (!evidence.isEmpty()) {
                out += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Evidence:")));
                for (const QJsonValue &v : evidence) {
                    const QJsonObject e = v.toObject();
                    out += QStringLiteral("<li>%1%2</li>").arg(esc(str(e, "url")), str(e, "note").isEmpty() ? QString() : QStringLiteral(" — ") + esc(str(e, "note")));
                }
                out += QStringLiteral("</ul>");
            }
        }
        if (!orphaned)
            out += variantsHtml(article.value(QLatin1String("id")).toInteger(), quotes, links, s16, e16, cp);
        return out + QStringLiteral("</div>");
    }

    /** The same quote elsewhere, for every quote of the article that overlaps the passage: in full
        the first time in an article, then as a reference to that (a quote is often annotated in
        several places). */
    QString variantsHtml(qint64 articleId, const QJsonArray &quotes, const ExportLinks &links, qsizetype s16, qsizetype e16,
                         const CodePoints &cp)
    {
        if (articleId != m_variantsArticle) {
            m_variantsArticle = articleId;
            m_variantsShown.clear();
        }
        QString out;
        for (const ExportLinks::QuoteVariants &v : links.quotes) {
            const QJsonObject q = quotes.at(v.quote).toObject();
            if (q.value(QLatin1String("start")).isNull())
                continue;
            const qsizetype qs = cp.utf16(q.value(QLatin1String("start")).toInteger()), qe = cp.utf16(q.value(QLatin1String("end")).toInteger());
            if (qe <= s16 || qs >= e16)
                continue;
            const QString own = str(q, "text");
            const QuoteClusterRecord &cluster = *v.cluster;
            const qsizetype others = std::count_if(cluster.members.cbegin(), cluster.members.cend(),
                                                   [&](const LinkedQuote &m) { return m.article != articleId; });
            if (others < 1)
                continue;
            if (m_variantsShown.contains(v.quote)) {
                out += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(tr("Other articles with the same quote (%1): listed above").arg(others)));
                continue;
            }
            m_variantsShown.insert(v.quote);
            // Paragraphs, not a table: QTextDocument lays a table out at twice the cost (the PDF).
            out += QStringLiteral("<p><b>%1</b>%2</p>")
                       .arg(esc(tr("Other articles with the same quote (%1)").arg(others)),
                            cluster.altered ? QStringLiteral(" — <span style=\"color:#b00020;\">%1</span>").arg(esc(tr("altered across outlets"))) : QString());
            // Each altered wording once, with its differences and the outlets that ran it; the
            // word-for-word copies by outlet and date only (a quote can run in dozens of outlets).
            struct Wording
            {
                QString text;
                QStringList where;
            };
            QList<Wording> wordings;
            QHash<QString, qsizetype> wordingOf;
            QStringList same;
            QHash<QString, bool> alteredWording; // members often share a wording: compared once
            const auto altered = [&](const QString &wording) {
                if (wording == own)
                    return false;
                auto it = alteredWording.constFind(wording);
                if (it == alteredWording.cend())
                    it = alteredWording.insert(wording, QuoteClusterer::differs(own, wording));
                return *it;
            };
            for (qsizetype m = 0; m < cluster.members.size(); ++m) {
                const LinkedQuote &other = cluster.members.at(m);
                if (other.article == articleId)
                    continue;
                const QString when = other.published.isValid() ? other.published.toString(Qt::ISODate) : esc(tr("undated"));
                const QString where = esc(other.outlet) + (m == 0 ? QStringLiteral(" <i>(%1)</i>").arg(esc(tr("earliest"))) : QString())
                                      + QStringLiteral(" · ") + when;
                if (!altered(other.text)) {
                    same << where;
                    continue;
                }
                auto it = wordingOf.constFind(other.text);
                if (it == wordingOf.cend()) {
                    it = wordingOf.insert(other.text, wordings.size());
                    wordings.append({other.text, {}});
                }
                wordings[*it].where << where;
            }
            const auto listed = [](const QStringList &where) {
                const qsizetype shown = std::min<qsizetype>(where.size(), variantLimit);
                QString names = where.mid(0, shown).join(QLatin1String(", "));
                if (where.size() > shown)
                    names += QLatin1String(", ") + esc(tr("and %1 more").arg(where.size() - shown));
                return names;
            };
            qsizetype alteredLeft = 0;
            for (qsizetype w = 0; w < wordings.size(); ++w) {
                if (w == variantLimit) {
                    alteredLeft += wordings.at(w).where.size();
                    continue;
                }
                out += QStringLiteral("<p class=\"variant\" style=\"margin-left:1.5em;\">%1: “%2”</p>")
                           .arg(listed(wordings.at(w).where), diffHtml(own, wordings.at(w).text));
            }
            if (alteredLeft > 0)
                out += QStringLiteral("<p class=\"meta\" style=\"margin-left:1.5em;\">%1</p>").arg(esc(tr("and %1 more altered").arg(alteredLeft)));
            if (!same.isEmpty())
                out += QStringLiteral("<p class=\"variant\" style=\"margin-left:1.5em;\">%1 %2</p>").arg(esc(tr("Word for word:")), listed(same));
        }
        return out;
    }

    ExportSource &m_source;
    QHash<qint64, QColor> m_tagColor;
    QList<std::pair<QString, QString>> m_toc; ///< anchor, escaped title
    QByteArray m_sections;
    QList<qsizetype> m_sectionStarts; ///< where each article's section starts in m_sections
    int m_annotations = 0;
    std::tuple<qint64, qsizetype, qsizetype> m_lastContext{-1, -1, -1}; ///< article, passage shown last
    qint64 m_variantsArticle = -1;
    QSet<qsizetype> m_variantsShown; ///< the quotes of m_variantsArticle whose variants were listed
    int m_claims = 0;
    QHash<qint64, int> m_byTag;
    QMap<QString, int> m_byStatus;
    QMap<QString, int> m_byOutlet;
    QMap<QDate, int> m_byDay;
};

bool writeAll(ExportSource &source, QIODevice *out, const QByteArray &data)
{
    if (out->write(data) != data.size()) {
        source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(out->errorString()));
        return false;
    }
    return true;
}

} // namespace

/**
 * The HTML report: one file with no external resource and no script (an inline style sheet, the
 * charts as tables), escaped throughout, so it opens in any browser and mail client and shows an
 * article's `<script>` as text.
 */
bool writeHtmlReport(ExportSource &source, QIODevice *out)
{
    ReportBuilder report(source);
    if (!report.build())
        return false;
    return writeAll(source, out, (report.head(true) + report.summary() + report.contents()).toUtf8()) && writeAll(source, out, report.sections())
           && writeAll(source, out, QByteArrayLiteral("</body></html>\n"));
}

/**
 * The PDF report: the same content laid out by QTextDocument on A4 pages, with the page number at
 * the foot of each page and a table of contents with the page of each article.
 */
bool writePdfReport(ExportSource &source, QIODevice *out)
{
    PdfReport report(source);
    return report.layout() && report.paint(out);
}

/**
 * A thread that runs jobs in the order they are posted. The PDF's text documents are made, laid
 * out, painted and deleted on one of these: fonts are cached per thread, and a document laid out
 * on one thread and painted on another paints with the first thread's font engines.
 */
class JobThread
{
public:
    JobThread()
        : m_thread(QThread::create([this] { run(); }))
    {
        m_thread->start();
    }

    ~JobThread()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        m_thread->wait();
    }

    Q_DISABLE_COPY_MOVE(JobThread)

    void post(std::function<void()> job)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_changed.notify_all();
    }

    /** Waits until every job posted has run. */
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // quit, every job done
            const std::function<void()> job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_busy = true;
            lock.unlock();
            job();
            lock.lock();
            m_busy = false;
            m_changed.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_jobs;
    bool m_busy = false;
    bool m_quit = false;
    std::unique_ptr<QThread> m_thread;
};

/** The report's articles are painted in parts of about this many characters of HTML, each from
    a new page, into PDFs of their own on as many threads as there are cores, then joined. */
constexpr qsizetype kPartChars = 1'000'000;

/**
 * One part of the PDF: the front matter (title, summary, contents) or a run of articles, laid out
 * and painted on one thread into a PDF of its own. Its pages count from 0 while it is laid out.
 */
struct PdfPart
{
    explicit PdfPart(const ExportSource &source, const QString &head, bool front)
        : source(source)
        , head(head)
        , writer(&buffer)
        , isFront(front)
    {
        buffer.open(QIODevice::WriteOnly);
        PdfReport::setUp(writer);
        page = writer.pageLayout().paintRectPixels(writer.resolution());
        footer = writer.resolution() * 0.35; // room for the page number
        body = QSizeF(page.width(), page.height() - footer);
    }

    const ExportSource &source; ///< asked whether it was cancelled
    const QString head;
    QBuffer buffer;
    QPdfWriter writer; ///< the paint device the part is laid out for, then painted on
    const bool isFront;
    QRectF page;
    qreal footer = 0;
    QSizeF body; ///< the text area of a page (the page less its footer)
    // Made and used on the part's thread only:
    QFont font;
    qreal gap = 0; ///< between articles
    QList<qsizetype> articles; ///< the report's index of each article of the part
    /** Where each article starts: its page and how far down it. */
    QList<std::pair<int, qreal>> starts;
    QList<int> headings; ///< the page each article's heading is on
    int pages = 0;
    qreal lastEnd = 0; ///< where the last article laid out ends, on its first page's scale
    /** The documents as laid out, kept for painting while they fit kKeptLayoutChars (laying one
        out again costs as much as the first time); the rest are laid out again from `html`. */
    std::vector<std::unique_ptr<QTextDocument>> kept;
    qsizetype keptChars = 0;
    QStringList html; ///< the articles' sections that were not kept
    int firstPage = 1; ///< the report's page number of the part's first page
    bool painted = false;

    /** Sets up the font (on the part's thread). */
    void start()
    {
        font = QFont(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        // Latin text needs no shaping; other scripts are still shaped. Shaping was half the layout.
        font.setStyleStrategy(QFont::PreferNoShaping);
        // Whole device pixels for each glyph's advance: the PDF's page streams a fifth shorter.
        font.setHintingPreference(QFont::PreferFullHinting);
        gap = QFontMetricsF(font, &writer).height() * 1.5;
    }

    /** `html` laid out on the part's pages, starting `top` down its first page. */
    std::unique_ptr<QTextDocument> document(const QString &html, qreal top)
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setPageSize(body);
        if (top > 0) {
            // It goes on where the article before it ended: an empty line of that height above
            // it, in the CSS pixels the layout scales to the device. (A block's top margin is
            // dropped at the top of a page, the root frame's is taken on every page, and a change
            // to the laid-out document would lay it all out again.)
            const qreal css = top * qt_defaultDpiY() / writer.logicalDpiY();
            QString moved = html;
            const qsizetype at = moved.indexOf(QLatin1String("<body>"));
            moved.insert(at < 0 ? 0 : at + 6, QStringLiteral("<p style=\"margin:0; line-height:%1px; font-size:1px;\">&nbsp;</p>").arg(css, 0, 'f', 2));
            doc->setHtml(moved);
        } else {
            doc->setHtml(html);
        }
        return doc;
    }

    /** Where a block's first line is (a line that does not fit at the foot of a page goes to the
        next, and the block's own top stays behind on the page before). */
    static qreal firstLine(const QTextDocument &doc, const QTextBlock &b)
    {
        const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
        return b.layout() && b.layout()->lineCount() > 0 ? top + b.layout()->lineAt(0).y() : top;
    }

    /** Lays out the next article's section where the one before it ended. */
    void add(qsizetype article, const QString &section)
    {
        if (source.isCancelled())
            return;
        int at = 0;
        qreal y = 0;
        if (!starts.isEmpty()) {
            const qreal next = lastEnd + gap;
            const int over = int(next / body.height());
            at = starts.constLast().first + over;
            y = next - over * body.height();
            if (y > body.height() * 0.9) { // no room left for a heading and its first lines
                ++at;
                y = 0;
            }
        }
        const QString whole = head + section + QStringLiteral("</body></html>");
        auto doc = document(whole, y);
        articles.append(article);
        starts.append({at, y});
        headings.append(at + int(firstLine(*doc, doc->begin()) / body.height()));
        lastEnd = doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom();
        pages = at + 1 + int(std::max<qreal>(0, lastEnd - 1) / body.height());
        if (keptChars < kKeptLayoutChars) {
            keptChars += doc->characterCount();
            kept.push_back(std::move(doc));
        } else {
            html.append(whole);
        }
    }

    /** Lays out the front matter (on the part's thread). */
    void setFront(const QString &frontHtml)
    {
        kept.clear();
        kept.push_back(document(frontHtml, 0));
        pages = kept.front()->pageCount();
    }

    /** Paints the part's pages, numbered from firstPage of `pageCount` (on the part's thread). */
    void paint(int pageCount)
    {
        QPainter painter;
        if (!painter.begin(&writer))
            return;
        QFont small = font;
        small.setPointSizeF(8);
        int current = 0; // the part's page being painted
        const auto finishPage = [&] {
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8), Qt::AlignHCenter | Qt::AlignBottom,
                             pdfPageFooter(firstPage + current, pageCount));
            ++current;
        };
        const auto paintPages = [&](QTextDocument &doc, int first) {
            for (int p = 0; p < doc.pageCount(); ++p) {
                const int target = first + p;
                if (target >= pages)
                    break; // the empty tail of the last page's gap
                while (current < target) {
                    finishPage();
                    writer.newPage();
                }
                painter.save();
                painter.translate(0, -p * body.height());
                doc.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
                painter.restore();
            }
        };
        if (isFront) {
            paintPages(*kept.front(), 0);
        } else {
            for (qsizetype i = 0; i < starts.size(); ++i) {
                if (source.isCancelled()) {
                    painter.end();
                    return;
                }
                if (size_t(i) < kept.size()) {
                    paintPages(*kept.at(i), starts.at(i).first);
                    kept.at(i).reset();
                } else {
                    paintPages(*document(html.at(i - qsizetype(kept.size())), starts.at(i).second), starts.at(i).first);
                }
            }
        }
        while (current < pages - 1) {
            finishPage();
            writer.newPage();
        }
        finishPage();
        painted = painter.end();
    }
};

/** The PDF's XMP metadata as Qt writes it, with the export time for its dates. */
QByteArray pdfMetadata(const QString &title, const QUuid &id, const QDateTime &created)
{
    const QString date = created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
    return QStringLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
               "xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               "<rdf:RDF>\n"
               "<rdf:Description rdf:about=\"\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title></rdf:Description>\n"
               "<rdf:Description rdf:about=\"\" xmp:CreatorTool=\"Dossier\" xmp:CreateDate=\"%2\" xmp:ModifyDate=\"%2\" xmp:MetadataDate=\"%2\"/>\n"
               "<rdf:Description rdf:about=\"\" xmpMM:DocumentID=\"uuid:%3\" xmpMM:VersionID=\"1\" xmpMM:RenditionClass=\"default\"/>\n"
               "</rdf:RDF>\n"
               "</x:xmpmeta>\n"
               "<?xpacket end='w'?>")
        .arg(title.toHtmlEscaped(), date, id.toString(QUuid::WithoutBraces))
        .toUtf8();
}

/** The parts' PDFs as one, dated with the export time: every byte follows from the report and
    its export time (Qt dates its PDFs with the clock). */
bool joinPdfParts(const std::vector<std::unique_ptr<PdfPart>> &parts, const QDateTime &created, QIODevice *out, QString *error)
{
    try {
        std::vector<std::unique_ptr<QPDF>> pdfs; // copied from when written: kept until then
        for (const auto &part : parts) {
            auto pdf = std::make_unique<QPDF>();
            pdf->processMemoryFile("part", part->buffer.data().constData(), size_t(part->buffer.data().size()));
            pdfs.push_back(std::move(pdf));
        }
        QPDF &joined = *pdfs.front();
        QPDFPageDocumentHelper pages(joined);
        for (size_t i = 1; i < pdfs.size(); ++i) {
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*pdfs.at(i)).getAllPages())
                pages.addPage(page, false);
        }
        const QByteArray date = created.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toLatin1();
        QPDFObjectHandle info = joined.getTrailer().getKey("/Info");
        if (info.isDictionary()) {
            info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date.toStdString()));
            info.replaceKey("/ModDate", QPDFObjectHandle::newString(date.toStdString()));
        }
        QPDFWriter writer(joined);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none); // the page streams as Qt compressed them
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> bytes = writer.getBufferSharedPointer();
        if (out->write(reinterpret_cast<const char *>(bytes->getBuffer()), qint64(bytes->getSize())) != qint64(bytes->getSize())) {
            *error = QCoreApplication::translate("Dossier", "Cannot write the PDF: %1").arg(out->errorString());
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        *error = QCoreApplication::translate("Dossier", "Cannot join the PDF's parts: %1").arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
}

struct PdfReport::Private
{
    explicit Private(ExportSource &source)
        : source(source)
        , builder(source)
        , threads(std::clamp(QThread::idealThreadCount(), 1, 4))
    {
        for (auto &t : threads)
            t = std::make_unique<JobThread>();
    }

    ~Private()
    {
        // The documents and fonts go on the threads they were made on.
        for (size_t i = 0; i < parts.size(); ++i) {
            threadOf(i).post([part = parts.at(i).get()] {
                part->kept.clear();
                part->font = QFont();
            });
        }
        waitForAll();
    }

    /** Part 0 (the front matter) and every other part go round the threads. */
    JobThread &threadOf(size_t part) { return *threads.at(part % threads.size()); }

    void waitForAll()
    {
        for (auto &t : threads)
            t->wait();
    }

    bool cancelled()
    {
        if (!source.isCancelled())
            return false;
        source.setError(QCoreApplication::translate("Dossier", "Export cancelled."));
        return true;
    }

    ExportSource &source;
    ReportBuilder builder;
    std::vector<std::unique_ptr<JobThread>> threads;
    std::vector<std::unique_ptr<PdfPart>> parts; ///< the front matter, then the articles
    QHash<QString, int> headingPages;
    int pageCount = 0;
};

PdfReport::PdfReport(ExportSource &source)
    : d(std::make_unique<Private>(source))
{
}

PdfReport::~PdfReport() = default;

void PdfReport::setUp(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Dossier"));
}

/**
 * Each article is a document of its own, laid out where the one before it ended (an empty line of
 * that height above its first block reaches that place on the page): one document of the whole
 * report would cost QTextDocument time that grows faster than its length (its format collection
 * and frames). The articles are laid out in parts, each from a new page, on threads of their own,
 * as soon as the report has them, while the rest is still being read. The front matter (title,
 * summary, contents) is laid out with wide page numbers first (the numbers take a fixed column, so
 * its pages do not change), then with the pages the articles land on.
 */
bool PdfReport::layout()
{
    const QString head = d->builder.head(false);
    d->parts.push_back(std::make_unique<PdfPart>(d->source, head, true));
    qsizetype partChars = 0;
    const bool built = d->builder.build([&](qsizetype i) {
        QString section = d->builder.section(i);
        if (d->parts.size() == 1 || partChars >= kPartChars) {
            d->parts.push_back(std::make_unique<PdfPart>(d->source, head, false));
            PdfPart *part = d->parts.back().get();
            d->threadOf(d->parts.size() - 1).post([part] { part->start(); });
            partChars = 0;
        }
        partChars += section.size();
        d->threadOf(d->parts.size() - 1).post([part = d->parts.back().get(), i, section = std::move(section)] { part->add(i, section); });
    });
    d->waitForAll();
    if (!built || d->cancelled())
        return false;

    // The front matter, on its thread, with placeholders and then with the pages found.
    PdfPart &front = *d->parts.front();
    const QStringList anchors = d->builder.anchors(); // "summary", then the articles in order
    bool fits = false;
    const auto summaryPage = [&front] {
        const QTextDocument &doc = *front.kept.front();
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorNames().contains(QLatin1String("summary")))
                    return int(PdfPart::firstLine(doc, b) / front.body.height()) + 1;
            }
        }
        return 0;
    };
    const auto frontHtml = [&](const QHash<QString, int> &pages) {
        return head + d->builder.summary() + d->builder.contents(pages) + QStringLiteral("</body></html>");
    };
    d->threadOf(0).post([&] {
        front.start();
        QHash<QString, int> placeholders;
        for (const QString &anchor : anchors)
            placeholders.insert(anchor, 888);
        front.setFront(frontHtml(placeholders));
        d->headingPages.insert(QStringLiteral("summary"), summaryPage());
        int next = front.pages + 1;
        for (size_t p = 1; p < d->parts.size(); ++p) {
            PdfPart &part = *d->parts.at(p);
            part.firstPage = next;
            for (qsizetype a = 0; a < part.articles.size(); ++a)
                d->headingPages.insert(anchors.value(part.articles.at(a) + 1), next + part.headings.at(a));
            next += part.pages;
        }
        d->pageCount = next - 1;
        const int planned = front.pages;
        front.setFront(frontHtml(d->headingPages));
        fits = front.pages == planned && summaryPage() == d->headingPages.value(QStringLiteral("summary"));
    });
    d->waitForAll();
    if (!fits) {
        d->source.setError(QCoreApplication::translate("Dossier", "The report's contents did not fit the pages planned for them."));
        return false;
    }
    return true;
}

bool PdfReport::paint(QIODevice *out)
{
    const QString title = d->builder.title();
    const QUuid id = QUuid::createUuidV5(QUuid(), d->source.corpusRoot() + d->source.exportTime().toString(Qt::ISODate));
    const QByteArray xmp = pdfMetadata(title, id, d->source.exportTime());
    for (size_t p = 0; p < d->parts.size(); ++p) {
        d->threadOf(p).post([part = d->parts.at(p).get(), pages = d->pageCount, title, id, xmp] {
            part->writer.setTitle(title);
            part->writer.setDocumentId(id);
            part->writer.setDocumentXmpMetadata(xmp);
            part->paint(pages);
        });
    }
    d->waitForAll();
    if (d->cancelled())
        return false;
    for (const auto &part : d->parts) {
        if (!part->painted) {
            d->source.setError(QCoreApplication::translate("Dossier", "Cannot write the PDF."));
            return false;
        }
    }
    QString error;
    if (!joinPdfParts(d->parts, d->source.exportTime(), out, &error)) {
        d->source.setError(error);
        return false;
    }
    return true;
}

int PdfReport::pageCount() const
{
    return d->pageCount;
}

int PdfReport::frontPageCount() const
{
    return d->parts.empty() ? 0 : d->parts.front()->pages;
}

const QTextDocument *PdfReport::front() const
{
    return d->parts.empty() || d->parts.front()->kept.empty() ? nullptr : d->parts.front()->kept.front().get();
}

QHash<QString, int> PdfReport::headingPages() const
{
    return d->headingPages;
}

QString pdfPageFooter(int page, int pageCount)
{
    return Report::tr("Page %1 of %2").arg(page).arg(pageCount);
}

} // namespace Dossier
