// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autocoder.h"

#include "analysisstore.h"
#include "analystquotes.h"
#include "annotationstore.h"
#include "annotator.h"
#include "articlestore.h"
#include "database.h"

#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Dossier {

namespace {

constexpr int kProgressEvery = 25; // articles between progress reports

/** Which quotes a speaker scope keeps. */
class SpeakerFilter
{
public:
    SpeakerFilter(const AutocodeOptions &options, const AnalysisStore &analysis)
    {
        if (options.speakerEntity != 0) {
            m_entities.insert(options.speakerEntity);
            return;
        }
        m_key = AnalysisStore::nameKey(options.speakerName);
        // The registry's entities of that name or alias: "Peskov" finds the quotes that the
        // registry gives to "Dmitry Peskov" too.
        const QList<EntityRecord> registry = analysis.entities();
        for (const EntityRecord &e : registry) {
            if (AnalysisStore::nameKey(e.name) == m_key) {
                m_entities.insert(e.id);
                continue;
            }
            for (const QString &alias : e.aliases) {
                if (AnalysisStore::nameKey(alias) == m_key) {
                    m_entities.insert(e.id);
                    break;
                }
            }
        }
    }

    bool accepts(const StoredQuote &q) const
    {
        if (q.speakerEntity != 0 && m_entities.contains(q.speakerEntity))
            return true;
        return !m_key.isEmpty() && !q.span.speaker.isEmpty() && AnalysisStore::nameKey(q.span.speaker) == m_key;
    }

private:
    QSet<qint64> m_entities;
    QString m_key;
};

} // namespace

QRegularExpression Autocoder::expression(const AutocodeOptions &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QRegularExpression(QStringLiteral("("));
    };
    if (options.pattern.isEmpty())
        return fail(tr("The pattern is empty."));
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    // Checked alone first, so the offset of an error is one in what the analyst typed.
    const QString pattern = options.regularExpression ? options.pattern : QRegularExpression::escape(options.pattern);
    QRegularExpression re(pattern, flags);
    if (!re.isValid()) {
        // One arg() call: a pattern may contain "%2" itself.
        return fail(tr("The regular expression “%1” is malformed at offset %2: %3")
                        .arg(options.pattern, QString::number(re.patternErrorOffset()), re.errorString()));
    }
    if (options.wholeWords)
        re.setPattern(QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(pattern));
    if (error)
        error->clear();
    return re;
}

AutocodeResult Autocoder::find(const QString &databasePath, const AutocodeOptions &options,
                               const std::function<bool()> &cancelled, const std::function<void(int, int)> &progress)
{
    AutocodeResult result;
    const QRegularExpression re = expression(options, &result.error);
    if (!re.isValid())
        return result;
    if (options.tag == 0) {
        result.error = tr("No tag to give the matches.");
        return result;
    }
    if (options.scope == AutocodeOptions::Scope::Speaker && options.speakerEntity == 0 && options.speakerName.trimmed().isEmpty()) {
        result.error = tr("No speaker: choose whose quotes to search.");
        return result;
    }
    if (!QFileInfo::exists(databasePath)) {
        result.error = tr("%1: no such database").arg(databasePath);
        return result;
    }
    Database db; // this thread's own connection
    if (!db.open(databasePath)) {
        result.error = db.errorString();
        return result;
    }
    const ArticleStore articles(db.connection());
    const AnalysisStore analysis(db.connection());
    const AnnotationStore annotations(db.connection());
    std::optional<SpeakerFilter> speaker;
    if (options.scope == AutocodeOptions::Scope::Speaker)
        speaker.emplace(options, analysis);

    // The spans that have the tag already, read at once: one query, not one per article.
    const QHash<qint64, QSet<std::pair<int, int>>> taggedSpans = annotations.taggedSpans(options.tag);
    const int total = articles.count(ArticleState::Imported);
    if (progress)
        progress(0, total);
    const bool ok = articles.forEachArticle([&](const Article &a) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return false;
        }
        if (a.state != ArticleState::Imported)
            return true;
        ++result.scanned;
        if (progress && result.scanned % kProgressEvery == 0)
            progress(result.scanned, total);

        // Where to look: the whole body, or the quotes the scope keeps.
        QList<std::pair<int, int>> regions;
        if (options.scope == AutocodeOptions::Scope::Everywhere) {
            regions.append({0, int(a.body.size())});
        } else {
            const QList<AnalystQuote> quotes = analystQuotes(analysis.analysis(a.id).quotes, annotations.quoteReviews(a.id));
            for (const AnalystQuote &q : quotes) {
                if (speaker && !speaker->accepts(q.quote))
                    continue;
                const int start = std::clamp(q.quote.span.start, 0, int(a.body.size()));
                const int end = std::clamp(q.quote.span.end, start, int(a.body.size()));
                regions.append({start, end});
            }
        }
        QList<std::pair<int, int>> spans;
        for (const auto &[from, to] : std::as_const(regions)) {
            // Matched inside the region alone, so no match runs out of a quote.
            auto it = re.globalMatchView(QStringView(a.body).mid(from, to - from));
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() == 0)
                    continue; // "x*" matches nothing everywhere: nothing to tag
                spans.append({from + int(m.capturedStart()), from + int(m.capturedEnd())});
            }
        }
        if (spans.isEmpty())
            return true;
        std::sort(spans.begin(), spans.end());
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end()); // quotes inside quotes
        result.matches += int(spans.size());

        const QSet<std::pair<int, int>> tagged = taggedSpans.value(a.id);
        const qsizetype before = result.annotations.size();
        for (const auto &[start, end] : std::as_const(spans)) {
            if (tagged.contains({start, end})) {
                ++result.skipped;
                continue;
            }
            Annotation n;
            n.articleId = a.id;
            n.anchor = TextAnchor::make(a.body, start, end);
            n.tags = {options.tag};
            result.annotations.append(n);
        }
        if (result.annotations.size() > before)
            ++result.articles;
        return true;
    });
    if (!ok && !result.cancelled)
        result.error = articles.errorString();
    if (progress && !result.cancelled)
        progress(total, total);
    return result;
}

QFuture<AutocodeResult> Autocoder::start(const QString &databasePath, const AutocodeOptions &options)
{
    return QtConcurrent::run([databasePath, options](QPromise<AutocodeResult> &promise) {
        AutocodeResult result = find(
            databasePath, options, [&promise] { return promise.isCanceled(); },
            [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
        promise.addResult(std::move(result));
    });
}

int Autocoder::apply(Annotator *annotator, const AutocodeResult &result, const AutocodeOptions &options)
{
    if (!annotator || result.annotations.isEmpty())
        return 0;
    return annotator->addAnnotations(result.annotations, tr("Autocode “%1”").arg(options.pattern));
}

} // namespace Dossier
