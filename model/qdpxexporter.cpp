// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA project export (.qdpx): QualCoder, NVivo, MAXQDA and ATLAS.ti read it.
#include "exporter.h"

#include <KZip>

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Dossier {

namespace {

/**
 * `out` from its current position on, for KZip: KArchive::close() closes the device it writes to,
 * and the caller's must stay open (Exporter::writeFile's QSaveFile aborts the program on close()).
 */
class DeviceWindow final : public QIODevice
{
public:
    explicit DeviceWindow(QIODevice *out)
        : m_out(out)
        , m_base(out->pos())
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return std::max<qint64>(0, m_out->size() - m_base); }
    bool seek(qint64 pos) override
    {
        if (!QIODevice::seek(pos))
            return false;
        if (!m_out->seek(m_base + pos)) {
            setErrorString(m_out->errorString());
            return false;
        }
        return true;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 written = m_out->write(data, size);
        if (written < 0)
            setErrorString(m_out->errorString());
        return written;
    }

private:
    QIODevice *m_out;
    qint64 m_base;
};

/** Name-based UUIDs (version 5) in a namespace of the corpus root, keyed by kind and Dossier's own
 *  keys: the same corpus gives the same GUIDs in every export, two corpora never share one. */
class Guids
{
public:
    explicit Guids(const QString &root)
        : m_space(QUuid::createUuidV5(QUuid(), QStringLiteral("dossier-refi-qda:") + root))
    {
    }

    QString operator()(QLatin1StringView kind, const QString &key = QString()) const
    {
        return QUuid::createUuidV5(m_space, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
    }

private:
    QUuid m_space;
};

/**
 * An article's text as its source file has it: line ends made `\n`. Dropping the `\r` of a `\r\n`
 * moves what follows one code point back, so offsets into the export's text go through at().
 */
class PlainText
{
public:
    explicit PlainText(const QString &text)
    {
        if (!text.contains(QLatin1Char('\r'))) {
            m_text = text;
            return;
        }
        m_text.reserve(text.size());
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()) {
                m_text.append(c); // the second half of the code point counted before
                continue;
            }
            if (c != QLatin1Char('\r'))
                m_text.append(c);
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                m_dropped.append(codePoint);
            else
                m_text.append(QLatin1Char('\n'));
            ++codePoint;
        }
    }

    const QString &text() const { return m_text; }
    /** A code-point offset into the export's text, into this one. */
    qint64 at(qint64 codePoint) const
    {
        return codePoint - (std::lower_bound(m_dropped.cbegin(), m_dropped.cend(), codePoint) - m_dropped.cbegin());
    }

private:
    QString m_text;
    QList<qint64> m_dropped; ///< code points (of the export's text) of the dropped `\r`s
};

/** XML 1.0 has no place for most C0 controls, U+FFFE, U+FFFF or a lone surrogate: U+FFFD for
 *  them, in what goes into project.qde (the source files keep the text as it is). */
QString xmlSafe(const QString &s)
{
    QString out = s;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        if (control || QChar::isSurrogate(c) || c == 0xfffe || c == 0xffff)
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QString stringOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

/** A tag's colour as the schema's #rrggbb; empty when it is none. */
QString rgb(const QString &color)
{
    const QColor c = QColor::fromString(color);
    return c.isValid() ? c.name(QColor::HexRgb) : QString();
}

/** What REFI-QDA has no element for, as text: the note, then the claim's verdict. */
QString annotationText(const QJsonObject &annotation)
{
    QStringList parts;
    const QString note = stringOf(annotation, "note");
    if (!note.isEmpty())
        parts << note;
    const QJsonValue claim = annotation.value(QLatin1StringView("claim"));
    if (claim.isObject())
        parts << QCoreApplication::translate("Dossier", "Claim: %1").arg(stringOf(claim.toObject(), "status"));
    return parts.join(QStringLiteral("\n\n"));
}

/** The project-level Note for an orphan (it has no place in the text to select). */
struct OrphanNote
{
    QString guid;
    QString name;
    QString text;
    QString created;
};

class ProjectWriter
{
public:
    ProjectWriter(ExportSource &source, QByteArray *xml)
        : m_source(source)
        , m_guids(source.corpusRoot())
        , m_w(xml)
        , m_user(m_guids(QLatin1StringView("user")))
        , m_time(source.exportTime().toUTC().toString(Qt::ISODate))
    {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(2);
        for (const Tag &t : source.tags())
            m_codes.insert(t.id, m_guids(QLatin1StringView("code"), QString::number(t.id)));
    }

    QString sourceGuid(const QString &path) const { return m_guids(QLatin1StringView("source"), path); }

    /** The XML declaration, the project and what comes before the sources. */
    void writeHead()
    {
        m_w.writeStartDocument();
        m_w.writeDefaultNamespace(ns);
        begin(u"Project");
        const QString root = m_source.corpusRoot();
        QString name = QFileInfo(QDir::cleanPath(root)).fileName(); // the corpus folder's name
        if (name.isEmpty())
            name = root.isEmpty() ? QCoreApplication::translate("Dossier", "Dossier corpus") : root;
        m_w.writeAttribute(u"name", xmlSafe(name));
        m_w.writeAttribute(u"origin", u"Dossier");
        m_w.writeAttribute(u"creatingUserGUID", m_user);
        m_w.writeAttribute(u"creationDateTime", m_time);

        begin(u"Users");
        begin(u"User");
        m_w.writeAttribute(u"guid", m_user);
        m_w.writeAttribute(u"name", QCoreApplication::translate("Dossier", "Dossier export"));
        end();
        end();

        writeCodeBook();

        begin(u"Variables");
        writeVariable(u"outlet", QCoreApplication::translate("Dossier", "Outlet"), u"Text");
        writeVariable(u"date", QCoreApplication::translate("Dossier", "Date"), u"Date");
        writeVariable(u"title", QCoreApplication::translate("Dossier", "Title"), u"Text");
        end();
    }

    /** One article: its TextSource, with its annotations and its clustered quotes as selections. */
    void writeSource(const QJsonObject &article, const PlainText &text, const QString &guid, const ExportLinks &links)
    {
        if (!m_inSources) {
            begin(u"Sources");
            m_inSources = true;
        }
        const QString path = stringOf(article, "path");
        begin(u"TextSource");
        m_w.writeAttribute(u"guid", guid);
        m_w.writeAttribute(u"name", xmlSafe(path));
        m_w.writeAttribute(u"plainTextPath", QStringLiteral("internal://") + guid + QStringLiteral(".txt"));
        m_w.writeAttribute(u"creatingUser", m_user);
        const QString note = stringOf(article, "note");
        if (!note.isEmpty())
            m_w.writeTextElement(ns, u"Description", xmlSafe(note));

        QStringList orphans;
        for (const QJsonValue &v : article.value(QLatin1StringView("annotations")).toArray()) {
            const QJsonObject a = v.toObject();
            const QString key = path + QLatin1Char('#') + QString::number(a.value(QLatin1StringView("id")).toInteger());
            const QJsonValue from = a.value(QLatin1StringView("start")), to = a.value(QLatin1StringView("end"));
            if (from.isNull() || to.isNull()) {
                orphans << addOrphan(path, key, a);
                continue;
            }
            writeSelection(m_guids(QLatin1StringView("selection"), key), text, from.toInteger(), to.toInteger(), a);
        }

        // Quotes in a cluster, so Links can join them across articles. Rejected ones are not
        // quotes; quotes left without a place (null offsets) have nothing to select.
        const QJsonArray quotes = article.value(QLatin1StringView("quotes")).toArray();
        QSet<qsizetype> written;
        for (const ExportLinks::QuoteVariants &q : links.quotes) {
            if (q.quote < 0 || q.quote >= quotes.size() || written.contains(q.quote))
                continue;
            written.insert(q.quote);
            const QJsonObject quote = quotes.at(q.quote).toObject();
            const QJsonValue from = quote.value(QLatin1StringView("start")), to = quote.value(QLatin1StringView("end"));
            if (from.isNull() || to.isNull() || stringOf(quote, "status") == QLatin1StringView("rejected"))
                continue;
            const QString key = path + QLatin1Char('#') + QString::number(q.quote);
            m_quoteSelections.insert(key);
            const QString speaker = stringOf(quote, "speaker");
            writeSelection(m_guids(QLatin1StringView("quote"), key), text, from.toInteger(), to.toInteger(),
                           QJsonObject{{QStringLiteral("text"), quote.value(QLatin1StringView("text"))}},
                           speaker.isEmpty() ? QCoreApplication::translate("Dossier", "Quote") : QCoreApplication::translate("Dossier", "Quote of %1").arg(speaker));
        }

        for (const QString &orphan : std::as_const(orphans)) {
            begin(u"NoteRef");
            m_w.writeAttribute(u"targetGUID", orphan);
            end();
        }
        const QString outlet = stringOf(article, "outlet");
        if (!outlet.isEmpty())
            writeValue(u"outlet", u"TextValue", xmlSafe(outlet));
        const QDate date = QDate::fromString(stringOf(article, "published"), Qt::ISODate);
        if (date.isValid())
            writeValue(u"date", u"DateValue", date.toString(Qt::ISODate));
        const QString title = stringOf(article, "title");
        if (!title.isEmpty())
            writeValue(u"title", u"TextValue", xmlSafe(title));
        end(); // TextSource
    }

    /** After the sources: the orphans' notes, the quote clusters, the stories; the project ends. */
    void writeTail(const QJsonArray &stories, const QJsonArray &clusters)
    {
        if (m_inSources)
            end();
        if (!m_notes.isEmpty()) {
            begin(u"Notes");
            for (const OrphanNote &n : std::as_const(m_notes)) {
                begin(u"Note");
                m_w.writeAttribute(u"guid", n.guid);
                m_w.writeAttribute(u"name", n.name);
                m_w.writeAttribute(u"creatingUser", m_user);
                if (!n.created.isEmpty())
                    m_w.writeAttribute(u"creationDateTime", n.created);
                m_w.writeTextElement(ns, u"PlainTextContent", n.text);
                end();
            }
            end();
        }
        writeLinks(clusters);
        writeSets(stories);
        const QString root = m_source.corpusRoot();
        m_w.writeTextElement(ns, u"Description",
                             xmlSafe(root.isEmpty() ? QCoreApplication::translate("Dossier", "Exported by Dossier on %1.").arg(m_time)
                                                    : QCoreApplication::translate("Dossier", "Exported by Dossier from %1 on %2.").arg(root, m_time)));
        end(); // Project
        m_w.writeEndDocument();
    }

    bool hasError() const { return m_w.hasError(); }

private:
    static constexpr QStringView ns = u"urn:QDA-XML:project:1.0";

    void begin(QStringView name) { m_w.writeStartElement(ns, name); }
    void end() { m_w.writeEndElement(); }

    void writeCodeBook()
    {
        const QList<Tag> &tags = m_source.tags();
        if (tags.isEmpty())
            return;
        // Children in codebook order below their parent; a tag whose parent is not in the codebook
        // is a top-level code.
        QHash<qint64, QList<qsizetype>> children;
        for (qsizetype i = 0; i < tags.size(); ++i)
            children[m_codes.contains(tags.at(i).parent) ? tags.at(i).parent : 0].append(i);
        begin(u"CodeBook");
        begin(u"Codes");
        QSet<qint64> written; // a parent loop is not a tree: each code once
        const auto writeCode = [&](const auto &self, const Tag &t) -> void {
            written.insert(t.id);
            begin(u"Code");
            m_w.writeAttribute(u"guid", m_codes.value(t.id));
            m_w.writeAttribute(u"name", xmlSafe(t.name));
            m_w.writeAttribute(u"isCodable", u"true");
            const QString color = rgb(t.color);
            if (!color.isEmpty())
                m_w.writeAttribute(u"color", color);
            if (!t.description.isEmpty())
                m_w.writeTextElement(ns, u"Description", xmlSafe(t.description));
            for (qsizetype child : children.value(t.id)) {
                if (!written.contains(tags.at(child).id))
                    self(self, tags.at(child));
            }
            end();
        };
        for (qsizetype i : children.value(0))
            writeCode(writeCode, tags.at(i));
        for (const Tag &t : tags) { // in a parent loop, none is at the top
            if (!written.contains(t.id))
                writeCode(writeCode, t);
        }
        end();
        end();
    }

    void writeVariable(QStringView key, const QString &name, QStringView type)
    {
        begin(u"Variable");
        m_w.writeAttribute(u"guid", m_guids(QLatin1StringView("variable"), key.toString()));
        m_w.writeAttribute(u"name", name);
        m_w.writeAttribute(u"typeOfVariable", type);
        end();
    }

    void writeValue(QStringView variable, QStringView element, const QString &value)
    {
        begin(u"VariableValue");
        begin(u"VariableRef");
        m_w.writeAttribute(u"targetGUID", m_guids(QLatin1StringView("variable"), variable.toString()));
        end();
        m_w.writeTextElement(ns, element, value);
        end();
    }

    /** A PlainTextSelection of [from, to) code points of the export's text, named after its
     *  words, with the annotation's note (or `description`) and one Coding per tag. */
    void writeSelection(const QString &guid, const PlainText &text, qint64 from, qint64 to, const QJsonObject &a,
                        const QString &description = QString())
    {
        begin(u"PlainTextSelection");
        m_w.writeAttribute(u"guid", guid);
        m_w.writeAttribute(u"name", xmlSafe(stringOf(a, "text")));
        m_w.writeAttribute(u"startPosition", QString::number(text.at(from)));
        m_w.writeAttribute(u"endPosition", QString::number(text.at(to)));
        m_w.writeAttribute(u"creatingUser", m_user);
        const QString created = stringOf(a, "created"), modified = stringOf(a, "modified");
        if (!created.isEmpty())
            m_w.writeAttribute(u"creationDateTime", created);
        if (!modified.isEmpty()) {
            m_w.writeAttribute(u"modifyingUser", m_user);
            m_w.writeAttribute(u"modifiedDateTime", modified);
        }
        const QString about = description.isEmpty() ? annotationText(a) : description;
        if (!about.isEmpty())
            m_w.writeTextElement(ns, u"Description", xmlSafe(about));
        for (const QJsonValue &t : a.value(QLatin1StringView("tag_ids")).toArray()) {
            const qint64 tag = t.toInteger();
            if (!m_codes.contains(tag))
                continue;
            begin(u"Coding");
            m_w.writeAttribute(u"guid", m_guids(QLatin1StringView("coding"), guid + QLatin1Char('/') + QString::number(tag)));
            m_w.writeAttribute(u"creatingUser", m_user);
            if (!created.isEmpty())
                m_w.writeAttribute(u"creationDateTime", created);
            begin(u"CodeRef");
            m_w.writeAttribute(u"targetGUID", m_codes.value(tag));
            end();
            end();
        }
        end();
    }

    /** Keeps an orphan for Notes; returns its GUID. */
    QString addOrphan(const QString &path, const QString &key, const QJsonObject &a)
    {
        QStringList tags;
        for (const QJsonValue &t : a.value(QLatin1StringView("tags")).toArray())
            tags << t.toString();
        QStringList parts{QCoreApplication::translate("Dossier", "An annotation whose passage is no longer in the text. It was made on: %1").arg(stringOf(a, "text"))};
        if (!tags.isEmpty())
            parts << QCoreApplication::translate("Dossier", "Tags: %1").arg(tags.join(QStringLiteral(", ")));
        const QString about = annotationText(a);
        if (!about.isEmpty())
            parts << about;
        OrphanNote note{
            m_guids(QLatin1StringView("orphan"), key),
            xmlSafe(QCoreApplication::translate("Dossier", "Orphaned annotation in %1").arg(path)),
            xmlSafe(parts.join(QStringLiteral("\n\n"))),
            stringOf(a, "created"),
        };
        m_notes.append(note);
        return note.guid;
    }

    /** One Link per later appearance of a quote, from its earliest exported appearance. */
    void writeLinks(const QJsonArray &clusters)
    {
        bool open = false;
        for (const QJsonValue &v : clusters) {
            const QJsonObject cluster = v.toObject();
            QStringList keys;
            for (const QJsonValue &m : cluster.value(QLatin1StringView("members")).toArray()) {
                const QJsonObject member = m.toObject();
                const QJsonValue index = member.value(QLatin1StringView("quote"));
                const QString key = stringOf(member, "path") + QLatin1Char('#') + QString::number(index.toInteger());
                if (index.isDouble() && m_quoteSelections.contains(key))
                    keys << key;
            }
            if (keys.size() < 2)
                continue;
            const QString speaker = stringOf(cluster, "speaker");
            const bool altered = cluster.value(QLatin1StringView("altered")).toBool();
            const QString name = speaker.isEmpty() ? (altered ? QCoreApplication::translate("Dossier", "Same quote, altered") : QCoreApplication::translate("Dossier", "Same quote"))
                                                   : (altered ? QCoreApplication::translate("Dossier", "Same quote of %1, altered") : QCoreApplication::translate("Dossier", "Same quote of %1")).arg(speaker);
            const QString origin = m_guids(QLatin1StringView("quote"), keys.first());
            const QString id = QString::number(cluster.value(QLatin1StringView("id")).toInteger());
            for (qsizetype i = 1; i < keys.size(); ++i) {
                if (!open) {
                    begin(u"Links");
                    open = true;
                }
                begin(u"Link");
                m_w.writeAttribute(u"guid", m_guids(QLatin1StringView("link"), id + QLatin1Char('/') + keys.at(i)));
                m_w.writeAttribute(u"name", xmlSafe(name));
                m_w.writeAttribute(u"direction", u"OneWay");
                m_w.writeAttribute(u"originGUID", origin);
                m_w.writeAttribute(u"targetGUID", m_guids(QLatin1StringView("quote"), keys.at(i)));
                end();
            }
        }
        if (open)
            end();
    }

    /** One Set of sources per story. */
    void writeSets(const QJsonArray &stories)
    {
        if (stories.isEmpty())
            return;
        begin(u"Sets");
        for (const QJsonValue &v : stories) {
            const QJsonObject story = v.toObject();
            const QString id = QString::number(story.value(QLatin1StringView("id")).toInteger());
            begin(u"Set");
            m_w.writeAttribute(u"guid", m_guids(QLatin1StringView("story"), id));
            m_w.writeAttribute(u"name", QCoreApplication::translate("Dossier", "Story %1").arg(id));
            QStringList outlets;
            for (const QJsonValue &o : story.value(QLatin1StringView("outlets")).toArray())
                outlets << o.toString();
            const QString first = stringOf(story, "first_published");
            const QString about = first.isEmpty() ? QCoreApplication::translate("Dossier", "Outlets: %1").arg(outlets.join(QStringLiteral(", ")))
                                                  : QCoreApplication::translate("Dossier", "First published %1. Outlets: %2").arg(first, outlets.join(QStringLiteral(", ")));
            m_w.writeTextElement(ns, u"Description", xmlSafe(about));
            for (const QJsonValue &path : story.value(QLatin1StringView("articles")).toArray()) {
                begin(u"MemberSource");
                m_w.writeAttribute(u"targetGUID", sourceGuid(path.toString()));
                end();
            }
            end();
        }
        end();
    }

    ExportSource &m_source;
    Guids m_guids;
    QXmlStreamWriter m_w;
    QString m_user;
    QString m_time;
    QHash<qint64, QString> m_codes; ///< tag id -> Code GUID
    bool m_inSources = false;
    QList<OrphanNote> m_notes;
    QSet<QString> m_quoteSelections; ///< "path#quote index" of the quotes written as selections
};

} // namespace

/**
 * A REFI-QDA project (QDA-XML 1.0, https://www.qdasoftware.org): a zip of `Sources/<GUID>.txt`,
 * one per article (its text in UTF-8, line ends `\n`), then `project.qde`, valid against the
 * schema's Project.xsd. Zip entries are dated the export time and come in path order, so the same
 * corpus and export time give the same bytes.
 *
 * - One User (the export); the codebook as nested Codes (colour, description).
 * - Variables Outlet (Text), Date (Date) and Title (Text), as VariableValues on each source (the
 *   schema allows them there, so no Cases are made).
 * - Per article a TextSource named by its path, its note as the Description. Each annotation is a
 *   PlainTextSelection (code points, as the JSON export counts them, moved where `\r\n` became `\n`)
 *   named by its words, its note and claim verdict as the Description, one Coding per tag. An
 *   orphaned annotation has no place in the text: it becomes a project Note (its passage as it
 *   was, its tags, its note) with a NoteRef from its source.
 * - Quote clusters: each clustered quote is a PlainTextSelection of its source, and a OneWay Link
 *   runs from the earliest exported appearance to each later one. A quote whose cluster keeps
 *   fewer than two exported members stays a selection without links.
 * - Stories: one Set per story, its exported articles as MemberSources.
 *
 * GUIDs are name-based UUIDs (version 5) of the corpus root and Dossier's keys (article path,
 * annotation and tag ids, quote index, story and cluster ids), the same in every export.
 * project.qde is held in memory until the sources are written; the article texts are not.
 */
bool writeQdpxExport(ExportSource &source, QIODevice *out)
{
    const auto writeError = [&](const QString &reason) {
        source.setError(QCoreApplication::translate("Dossier", "Cannot write the export: %1").arg(reason));
        return false;
    };
    DeviceWindow window(out);
    KZip zip(&window);
    if (!zip.open(QIODevice::WriteOnly))
        return writeError(zip.errorString());
    const QDateTime time = source.exportTime().toUTC();
    const auto add = [&](const QString &name, const QByteArray &data) {
        return zip.writeFile(name, data, 0100644, QString(), QString(), time, time, time);
    };

    // The clustered quotes of each article (ExportLinks::quotes) become selections.
    source.setWithLinks(true);
    QByteArray xml;
    ProjectWriter project(source, &xml);
    project.writeHead();
    const bool ok = source.forEachArticle([&](const QJsonObject &article, const ExportLinks &links) {
        const PlainText text(article.value(QLatin1StringView("text")).toString());
        const QString guid = project.sourceGuid(stringOf(article, "path"));
        if (!add(QStringLiteral("Sources/") + guid + QStringLiteral(".txt"), text.text().toUtf8()))
            return writeError(zip.errorString());
        project.writeSource(article, text, guid, links);
        return true;
    });
    if (!ok)
        return false;
    project.writeTail(source.stories(), source.quoteClusters());
    if (project.hasError())
        return writeError(QCoreApplication::translate("Dossier", "project.qde could not be written"));
    if (!add(QStringLiteral("project.qde"), xml) || !zip.close())
        return writeError(zip.errorString());
    return true;
}

} // namespace Dossier
