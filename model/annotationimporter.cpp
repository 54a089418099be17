// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationimporter.h"

#include "analysis.h"
#include "analysisstore.h"
#include "anchoring.h"
#include "annotation.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "jsonexporter.h"
#include "logging.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Dossier {

namespace {

using Summary = AnnotationImporter::Summary;

/** Code-point offsets into one text as UTF-16 offsets. Free for the usual text without surrogates. */
class Utf16Offsets
{
public:
    explicit Utf16Offsets(const QString &text)
        : m_size(text.size())
    {
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i < text.size(); ++i, ++codePoint) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                m_astral.append(codePoint);
                ++i;
            }
        }
    }
    qsizetype codePoints() const { return m_size - m_astral.size(); }
    /** `codePoint` in [0, codePoints()]. */
    int utf16(qsizetype codePoint) const
    {
        // Every character outside the BMP before the offset is one UTF-16 unit more.
        return int(codePoint + (std::lower_bound(m_astral.cbegin(), m_astral.cend(), codePoint) - m_astral.cbegin()));
    }

private:
    qsizetype m_size;
    QList<qsizetype> m_astral; ///< code-point offsets of the surrogate pairs
};

QString folded(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

/** An integer JSON value (ids, offsets); nullopt for anything else. */
std::optional<qint64> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 n = v.toInteger(-1);
    if (n == -1 && v.toDouble() != -1.0)
        return std::nullopt;
    return n;
}

/** A string field: absent and null read as empty; nullopt for another type. */
std::optional<QString> text(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

QDateTime timeFrom(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/** The same annotation as far as a merge is concerned: span (for orphans the passage), tags, note
    and claim status. */
bool sameWork(const Annotation &a, const Annotation &b)
{
    const bool orphan = a.anchor.state == AnchorState::Orphaned;
    if (orphan != (b.anchor.state == AnchorState::Orphaned))
        return false;
    if (orphan ? a.anchor.exact != b.anchor.exact : (a.anchor.start != b.anchor.start || a.anchor.end != b.anchor.end))
        return false;
    return a.tags == b.tags && a.note == b.note && a.claim == b.claim;
}

/** One merge: the state of reading one file into one corpus, inside one transaction. */
class Merge
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImporter)

public:
    Merge(const QSqlDatabase &db, const QString &source, Summary &summary)
        : m_annotations(db)
        , m_articles(db)
        , m_analysis(db)
        , m_source(source)
        , m_summary(summary)
    {
    }

    QString error() const { return m_error; }

    bool readLocal()
    {
        m_tags = m_annotations.tags();
        if (!m_annotations.errorString().isEmpty())
            return databaseError(m_annotations.errorString());
        const QHash<QString, FileState> files = m_articles.fileStates();
        if (!m_articles.errorString().isEmpty())
            return databaseError(m_articles.errorString());
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            m_paths.insert(it.key(), it->id);
        // Local entities by type and name; one the analyst rejected is no one's claimant, and a
        // name merged into another entity stands for that one.
        const QList<EntityRecord> entities = m_analysis.entities(false);
        QHash<qint64, qint64> mergedInto;
        for (const EntityRecord &e : entities) {
            if (e.mergedInto)
                mergedInto.insert(e.id, e.mergedInto);
        }
        const auto finalOf = [&](qint64 id) {
            for (int hops = 0; hops < 64 && mergedInto.contains(id); ++hops)
                id = mergedInto.value(id);
            return id;
        };
        for (bool merged : {false, true}) {
            for (const EntityRecord &e : entities) {
                if (e.rejected || (e.mergedInto != 0) != merged)
                    continue;
                const QString key = entityKey(entityTypeCode(e.type), e.name);
                if (!m_localEntities.contains(key))
                    m_localEntities.insert(key, finalOf(e.id));
            }
        }
        return true;
    }

    bool readEntities(const QJsonValue &value)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(tr("“entities” is not a list"));
        const QJsonArray entities = value.toArray();
        for (const QJsonValue &v : entities) {
            const QJsonObject e = v.toObject();
            const std::optional<qint64> id = integer(e.value(QLatin1String("id")));
            if (!id)
                continue; // an entity no annotation can name
            m_fileEntities.insert(*id, entityKey(e.value(QLatin1String("type")).toString(), e.value(QLatin1String("name")).toString()));
        }
        return true;
    }

    /** Maps the file's codebook to local tags, creating the missing ones, parents first. */
    bool readCodebook(const QJsonValue &value)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(tr("“codebook” is not a list"));
        struct FileTag
        {
            qint64 id = 0;
            qint64 parent = 0;
            Tag tag;
        };
        QList<FileTag> pending;
        QSet<qint64> ids;
        const QJsonArray codebook = value.toArray();
        for (qsizetype i = 0; i < codebook.size(); ++i) {
            const QJsonObject o = codebook.at(i).toObject();
            const std::optional<qint64> id = integer(o.value(QLatin1String("id")));
            const std::optional<QString> name = text(o, QLatin1String("name"));
            if (!id || !name || name->trimmed().isEmpty())
                return fail(tr("codebook entry %1: a tag needs an id and a name").arg(i + 1));
            if (ids.contains(*id))
                return fail(tr("codebook entry %1: the id %2 is given twice").arg(i + 1).arg(*id));
            ids.insert(*id);
            const QJsonValue parentValue = o.value(QLatin1String("parent"));
            const std::optional<qint64> parent = parentValue.isNull() || parentValue.isUndefined() ? 0 : integer(parentValue);
            if (!parent)
                return fail(tr("codebook entry %1 (“%2”): the parent is not a tag id").arg(i + 1).arg(*name));
            FileTag t;
            t.id = *id;
            t.parent = *parent;
            t.tag.name = name->trimmed();
            static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            const QString color = o.value(QLatin1String("color")).toString();
            if (colour.match(color).hasMatch())
                t.tag.color = color.toLower();
            t.tag.description = o.value(QLatin1String("description")).toString();
            t.tag.shortcut = o.value(QLatin1String("shortcut")).toString();
            pending.append(t);
            m_fileTagNames.insert(folded(t.tag.name), t.id); // the first of a name wins
        }
        // Parents first: the file lists them first, but nothing promises it.
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                const FileTag &t = pending.at(i);
                if (t.parent != 0 && !m_fileTags.contains(t.parent)) {
                    ++i;
                    continue;
                }
                Tag tag = t.tag;
                tag.parent = t.parent == 0 ? 0 : m_fileTags.value(t.parent);
                const qint64 local = localTag(tag);
                if (local == 0)
                    return databaseError(m_annotations.errorString());
                m_fileTags.insert(t.id, local);
                pending.removeAt(i);
            }
            if (pending.size() == before)
                return fail(tr("codebook: the parent (id %1) of the tag “%2” is not in the codebook, or the parents form a loop")
                                .arg(pending.first().parent)
                                .arg(pending.first().tag.name));
        }
        return true;
    }

    bool mergeArticle(const QJsonValue &value, qsizetype index)
    {
        const QJsonObject article = value.toObject();
        const QString path = article.value(QLatin1String("path")).toString();
        if (!value.isObject() || path.isEmpty())
            return fail(tr("article %1: no path").arg(index + 1));
        const QJsonValue annotationsValue = article.value(QLatin1String("annotations"));
        if (!annotationsValue.isUndefined() && !annotationsValue.isNull() && !annotationsValue.isArray())
            return fail(tr("article “%1”: “annotations” is not a list").arg(path));
        const QJsonArray annotations = annotationsValue.toArray();
        const std::optional<QString> note = text(article, QLatin1String("note"));
        if (!note)
            return fail(tr("article “%1”: “note” is not text").arg(path));
        const qint64 articleId = m_paths.value(path);
        if (articleId == 0) {
            m_summary.missingArticles.append(path);
            m_summary.annotationsInMissing += int(annotations.size());
            return true;
        }
        ++m_summary.articlesMatched;
        const QJsonValue textValue = article.value(QLatin1String("text"));
        if (!textValue.isString() && !annotations.isEmpty())
            return fail(tr("article “%1”: no text, so the offsets of its annotations point nowhere").arg(path));
        const std::optional<Article> local = m_articles.article(articleId);
        if (!local)
            return databaseError(m_articles.errorString());
        const QString exported = textValue.toString();
        const bool sameText = local->body == exported;
        const Utf16Offsets offsets(exported);

        QList<Annotation> existing = m_annotations.annotations(articleId);
        if (!m_annotations.errorString().isEmpty())
            return databaseError(m_annotations.errorString());
        QList<bool> matched(existing.size(), false);
        QList<Annotation> added;
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            Annotation a;
            a.articleId = articleId;
            QString problem;
            if (!readAnnotation(annotations.at(i), local->body, exported, sameText, offsets, &a, &problem))
                return fail(tr("article “%1”, annotation %2: %3").arg(path).arg(i + 1).arg(problem));
            bool skipped = false;
            for (qsizetype j = 0; j < existing.size() && !skipped; ++j) {
                if (!matched.at(j) && sameWork(existing.at(j), a)) {
                    matched[j] = true; // one local annotation stands for one of the file's
                    skipped = true;
                }
            }
            if (skipped) {
                ++m_summary.annotationsSkipped;
                continue;
            }
            added.append(a);
            ++m_summary.annotationsAdded;
            m_summary.annotationsMoved += m_moved ? 1 : 0;
            m_summary.annotationsOrphaned += a.anchor.state == AnchorState::Orphaned ? 1 : 0;
            m_summary.claimantsUnmatched += m_claimantUnmatched ? 1 : 0;
        }
        if (!added.isEmpty()) {
            if (!m_annotations.insertAnnotations(added))
                return databaseError(m_annotations.errorString());
            m_summary.change.annotationsAfter += added;
            m_summary.changedArticles.insert(articleId);
        }
        return mergeNote(articleId, note->trimmed().isEmpty() ? QString() : *note);
    }

private:
    static QString entityKey(const QString &typeCode, const QString &name)
    {
        return typeCode.toUpper() + QLatin1Char('\n') + folded(name);
    }

    bool fail(const QString &message)
    {
        m_error = QStringLiteral("%1: %2").arg(m_source, message);
        return false;
    }

    bool databaseError(const QString &message)
    {
        return fail(tr("the database refused the import: %1").arg(message));
    }

    /** The local tag of `tag`'s name under `tag.parent` (a local id), created when missing; 0
        when the database refuses it. */
    qint64 localTag(Tag tag)
    {
        int last = -1;
        for (const Tag &t : std::as_const(m_tags)) {
            if (t.parent != tag.parent)
                continue;
            if (t.name.compare(tag.name, Qt::CaseInsensitive) == 0)
                return t.id;
            last = std::max(last, t.position);
        }
        // A shortcut already given to a local tag stays with it.
        if (!tag.shortcut.isEmpty()
            && std::any_of(m_tags.cbegin(), m_tags.cend(), [&](const Tag &t) { return t.shortcut == tag.shortcut; }))
            tag.shortcut.clear();
        tag.id = 0;
        tag.position = last + 1;
        if (!m_annotations.insertTag(tag))
            return 0;
        m_tags.append(tag);
        m_summary.change.tagsAfter << tag;
        ++m_summary.tagsCreated;
        return tag.id;
    }

    /** A tag an annotation names only by name: the file's tag of that name, else a local one of
        that name anywhere, else a new top-level tag. */
    qint64 tagByName(const QString &name)
    {
        if (const auto it = m_fileTagNames.constFind(folded(name)); it != m_fileTagNames.cend() && m_fileTags.contains(*it))
            return m_fileTags.value(*it);
        for (const Tag &t : std::as_const(m_tags)) {
            if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return t.id;
        }
        Tag tag;
        tag.name = name.trimmed();
        return localTag(tag);
    }

    bool readTags(const QJsonObject &o, QList<qint64> *tags, QString *problem)
    {
        const QJsonValue idsValue = o.value(QLatin1String("tag_ids"));
        const QJsonValue namesValue = o.value(QLatin1String("tags"));
        if ((!idsValue.isUndefined() && !idsValue.isNull() && !idsValue.isArray())
            || (!namesValue.isUndefined() && !namesValue.isNull() && !namesValue.isArray())) {
            *problem = tr("“tags” and “tag_ids” must be lists");
            return false;
        }
        const QJsonArray ids = idsValue.toArray();
        const QJsonArray names = namesValue.toArray();
        for (qsizetype i = 0; i < std::max(ids.size(), names.size()); ++i) {
            qint64 local = 0;
            if (i < ids.size()) {
                const std::optional<qint64> id = integer(ids.at(i));
                if (id && m_fileTags.contains(*id))
                    local = m_fileTags.value(*id);
            }
            if (local == 0 && i < names.size() && !names.at(i).toString().trimmed().isEmpty()) {
                local = tagByName(names.at(i).toString());
                if (local == 0) {
                    *problem = tr("the database refused the import: %1").arg(m_annotations.errorString());
                    return false;
                }
            }
            if (local == 0) {
                *problem = tr("tag %1 of %2 is neither in the codebook nor named").arg(i + 1).arg(std::max(ids.size(), names.size()));
                return false;
            }
            if (!tags->contains(local))
                tags->append(local);
        }
        std::sort(tags->begin(), tags->end());
        return true;
    }

    bool readClaim(const QJsonValue &value, Annotation *a, QString *problem)
    {
        m_claimantUnmatched = false;
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject()) {
            *problem = tr("“claim” is neither an object nor null");
            return false;
        }
        const QJsonObject claim = value.toObject();
        const QString status = claim.value(QLatin1String("status")).toString();
        a->claim = claimStatusFromName(status);
        if (!a->claim) {
            *problem = tr("unknown claim status “%1”").arg(status);
            return false;
        }
        const QJsonValue claimant = claim.value(QLatin1String("claimant"));
        if (const std::optional<qint64> id = integer(claimant)) {
            a->claimant = m_localEntities.value(m_fileEntities.value(*id, QStringLiteral("\n")));
            m_claimantUnmatched = a->claimant == 0;
        }
        const QJsonValue evidence = claim.value(QLatin1String("evidence"));
        if (!evidence.isUndefined() && !evidence.isNull() && !evidence.isArray()) {
            *problem = tr("the claim's “evidence” is not a list");
            return false;
        }
        for (const QJsonValue &e : evidence.toArray()) {
            const QJsonObject o = e.toObject();
            a->evidence.append(Evidence{o.value(QLatin1String("url")).toString(), o.value(QLatin1String("note")).toString()});
        }
        return true;
    }

    /** The anchor of a span of the file in the local body; sets m_moved. */
    bool readSpan(const QJsonObject &o, const QString &body, const QString &exported, bool sameText, const Utf16Offsets &offsets,
                  TextAnchor *anchor, QString *problem)
    {
        m_moved = false;
        const QJsonValue startValue = o.value(QLatin1String("start"));
        const QJsonValue endValue = o.value(QLatin1String("end"));
        const bool noStart = startValue.isNull() || startValue.isUndefined();
        const bool noEnd = endValue.isNull() || endValue.isUndefined();
        const QJsonValue textValue = o.value(QLatin1String("text"));
        if (noStart && noEnd) {
            // An orphan of the file: its passage as it was annotated, no place in any text here.
            if (!textValue.isString() || textValue.toString().isEmpty()) {
                *problem = tr("an annotation without offsets (orphaned) needs its “text”");
                return false;
            }
            TextAnchor orphan;
            orphan.exact = textValue.toString();
            orphan.state = AnchorState::Orphaned;
            *anchor = orphan;
            if (!sameText) { // perhaps this text is the one it was made on
                const TextAnchor found = reanchor(body, orphan);
                if (found.state != AnchorState::Orphaned) {
                    *anchor = found;
                    anchor->state = AnchorState::Moved;
                    m_moved = true;
                }
            }
            return true;
        }
        const std::optional<qint64> start = integer(startValue);
        const std::optional<qint64> end = integer(endValue);
        if (!start || !end || noStart || noEnd) {
            *problem = tr("“start” and “end” must both be numbers, or both null");
            return false;
        }
        if (*start < 0 || *start > *end || *end > offsets.codePoints()) {
            *problem = tr("the span [%1, %2) is not inside the article's text (%3 characters)").arg(*start).arg(*end).arg(offsets.codePoints());
            return false;
        }
        const int from = offsets.utf16(*start);
        const int to = offsets.utf16(*end);
        if (!textValue.isUndefined() && !textValue.isNull() && !textValue.isString()) {
            *problem = tr("“text” is not text");
            return false;
        }
        const bool textAgrees = !textValue.isString() || QStringView(exported).mid(from, to - from) == textValue.toString();
        if (sameText && textAgrees) {
            *anchor = TextAnchor::make(body, from, to);
            anchor->state = o.value(QLatin1String("anchor")).toString() == QLatin1String("moved") ? AnchorState::Moved : AnchorState::Ok;
            return true;
        }
        // Another text: re-found by the exported span with its context, as a re-import re-finds it.
        TextAnchor old = TextAnchor::make(exported, from, to);
        if (!textAgrees) { // the file disagrees with itself: look for what was annotated
            old.exact = textValue.toString();
            old.bodySha256.clear();
        }
        *anchor = reanchor(body, old);
        m_moved = anchor->state == AnchorState::Moved; // `ok`: still where it was, the text differs elsewhere
        return true;
    }

    bool readAnnotation(const QJsonValue &value, const QString &body, const QString &exported, bool sameText,
                        const Utf16Offsets &offsets, Annotation *a, QString *problem)
    {
        if (!value.isObject()) {
            *problem = tr("not an object");
            return false;
        }
        const QJsonObject o = value.toObject();
        if (!readSpan(o, body, exported, sameText, offsets, &a->anchor, problem))
            return false;
        if (!readTags(o, &a->tags, problem))
            return false;
        const std::optional<QString> note = text(o, QLatin1String("note"));
        const std::optional<QString> author = text(o, QLatin1String("author"));
        if (!note || !author) {
            *problem = tr("“note” and “author” must be text");
            return false;
        }
        a->note = *note;
        a->author = *author;
        if (!readClaim(o.value(QLatin1String("claim")), a, problem))
            return false;
        a->created = timeFrom(o.value(QLatin1String("created")).toString());
        a->modified = timeFrom(o.value(QLatin1String("modified")).toString());
        if (!a->modified.isValid())
            a->modified = a->created;
        return true;
    }

    /** An empty local note takes the file's; one that differs (and does not hold it already)
        keeps both, the local one first, a blank line between. */
    bool mergeNote(qint64 articleId, const QString &imported)
    {
        if (imported.isEmpty())
            return true;
        ArticleNote note = m_annotations.articleNote(articleId);
        if (!m_annotations.errorString().isEmpty())
            return databaseError(m_annotations.errorString());
        if (note.note == imported || note.note.contains(imported))
            return true;
        if (!note.note.isEmpty())
            m_summary.change.notesBefore << note;
        note.articleId = articleId;
        note.note = note.note.trimmed().isEmpty() ? imported : note.note + QStringLiteral("\n\n") + imported;
        note.modified = QDateTime::currentDateTimeUtc();
        if (!m_annotations.setArticleNote(note))
            return databaseError(m_annotations.errorString());
        m_summary.change.notesAfter << note;
        ++m_summary.notesMerged;
        m_summary.changedArticles.insert(articleId);
        return true;
    }

    AnnotationStore m_annotations;
    ArticleStore m_articles;
    AnalysisStore m_analysis;
    QString m_source;
    Summary &m_summary;
    QString m_error;

    QList<Tag> m_tags;                      ///< the local codebook, with the tags made so far
    QHash<QString, qint64> m_paths;         ///< local article ids by path
    QHash<qint64, qint64> m_fileTags;       ///< the file's tag ids -> local ids
    QHash<QString, qint64> m_fileTagNames;  ///< the file's tag ids by folded name
    QHash<qint64, QString> m_fileEntities;  ///< the file's entity ids -> entityKey()
    QHash<QString, qint64> m_localEntities; ///< entityKey() -> local entity id
    bool m_moved = false;                   ///< the last span read was re-found elsewhere
    bool m_claimantUnmatched = false;       ///< the last claim read named an entity not here
};

} // namespace

AnnotationImporter::AnnotationImporter(const QSqlDatabase &db)
    : m_db(db)
{
}

bool AnnotationImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary = {};
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return importData(file.readAll(), path);
}

bool AnnotationImporter::importData(const QByteArray &json, const QString &sourceName)
{
    m_summary = {};
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = tr("%1 at offset %2: %3").arg(sourceName).arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!doc.isObject() || format.toString() != QLatin1String("dossier-export")) {
        const QString what = !doc.isObject()   ? tr("not a JSON object")
                             : format.isString() ? tr("format is “%1”").arg(format.toString())
                                                 : tr("no format");
        m_error = tr("%1: not a Dossier export (%2)").arg(sourceName, what);
        return false;
    }
    const std::optional<qint64> version = integer(root.value(QLatin1String("version")));
    if (!version) {
        m_error = tr("%1: the export has no version number").arg(sourceName);
        return false;
    }
    if (*version != JsonExporter::formatVersion) {
        m_error = tr("%1: export version %2 is not one this Dossier reads (it reads version %3)")
                      .arg(sourceName)
                      .arg(*version)
                      .arg(JsonExporter::formatVersion);
        return false;
    }
    const QJsonValue articlesValue = root.value(QLatin1String("articles"));
    if (!articlesValue.isArray()) {
        m_error = tr("%1: no “articles” list").arg(sourceName);
        return false;
    }
    const QJsonArray articles = articlesValue.toArray();

    Summary summary;
    Merge merge(m_db, sourceName, summary);
    AnnotationStore transaction(m_db);
    if (!transaction.transaction()) {
        m_error = tr("%1: the database refused the import: %2").arg(sourceName, transaction.errorString());
        return false;
    }
    const auto failed = [&](const QString &error) {
        transaction.rollback();
        m_error = error;
        return false;
    };
    if (!merge.readLocal() || !merge.readEntities(root.value(QLatin1String("entities"))) || !merge.readCodebook(root.value(QLatin1String("codebook"))))
        return failed(merge.error());
    const int total = int(articles.size());
    for (int i = 0; i < total; ++i) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return failed(tr("%1: import cancelled; nothing was changed.").arg(sourceName));
        if (!merge.mergeArticle(articles.at(i), i))
            return failed(merge.error());
        if (m_progress && ((i + 1) % 100 == 0 || i + 1 == total))
            m_progress(i + 1, total);
    }
    if (!transaction.commit()) {
        const QString error = transaction.errorString();
        return failed(tr("%1: the database refused the import: %2").arg(sourceName, error));
    }
    m_summary = summary;
    qCDebug(lcModel) << "import-annotations:" << sourceName << summary.articlesMatched << "articles," << summary.annotationsAdded << "added,"
                     << summary.annotationsSkipped << "skipped";
    return true;
}

} // namespace Dossier
