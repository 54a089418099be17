// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Dossier {

/**
 * Merges another analyst's work, read from a JSON export version 1 (JsonExporter, ARCHITECTURE.md),
 * into this corpus: `dossier import-annotations`, and the GUI's import on a worker thread. Needs no
 * widget and no undo stack; works on the connection it is given, so on that connection's thread.
 *
 * - **Articles** are matched by `path`. When the local body is the exported `text`, the
 *   code-point offsets are turned into UTF-16 ones and the spans taken as they are (with the
 *   file's `anchor` state). When it differs, each span is re-found in the local body by its text and
 *   the text around it in the export (reanchor(): `moved`), or, when it cannot be found with
 *   confidence, kept as an orphan: nothing the other analyst made is lost. An orphan of the file is
 *   kept as an orphan (its passage as annotated, no offsets), unless the local text differs from
 *   the exported one and has the passage. Articles of the file that this corpus lacks are listed in
 *   the summary (with how many annotations they held), not fatal.
 * - **Codebook**: a tag of the file is the local tag of the same name (any case, trimmed) under the
 *   same parent; missing ones are created with their colour, description and parent (parents
 *   first), last among their siblings, and with their shortcut when no local tag has it. An
 *   annotation's tags are read from `tag_ids` through the file's codebook (by name in `tags`
 *   when an id is not there).
 * - **Annotations** keep span, tags, note, claim (status, evidence), author, created and modified
 *   as in the file. `claimant` is an entity id of the exporting database: it is looked up in the
 *   file's `entities` and becomes the local entity of the same name (any case) and type, or none.
 *   An annotation that is already here (same article, same span, or for orphans the same passage,
 *   same tags, same note and claim status) is skipped, so importing a file twice adds nothing; each
 *   local annotation stands for one of the file's (two identical ones of the file need two here).
 * - **Article notes**: an empty local note takes the file's; a local note that differs and does not
 *   already contain the file's keeps both: the local note, a blank line, then the imported one.
 * - **Left out**: the analyst's quote reviews (confirmed, rejected, corrected and added quotes) and
 *   link decisions; everything the machine computes (quotes, entities, duplicates, stories, quote
 *   clusters) is this corpus's own.
 *
 * All of it is one transaction: on an error (unreadable file, malformed JSON, another `format`,
 * another `version`, a malformed field, a database error) or a cancel, nothing is written and
 * errorString() names the file, the place and the reason. Fields this version does not know are
 * ignored. The file is parsed whole (QJsonDocument): about four times its size in memory.
 */
class AnnotationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImporter)

public:
    /** What an import did (all zero and empty after a failure: nothing was written). */
    struct Summary
    {
        int articlesMatched = 0;       ///< articles of the file found here by path
        QStringList missingArticles;   ///< paths of the file not in this corpus, in file order
        int annotationsInMissing = 0;  ///< annotations of those articles (not imported)
        int annotationsAdded = 0;      ///< written, moved and orphaned ones included
        int annotationsSkipped = 0;    ///< already here
        int annotationsMoved = 0;      ///< of the added: re-found elsewhere because the text differs
        int annotationsOrphaned = 0;   ///< of the added: orphans (not found, or orphans in the file)
        int claimantsUnmatched = 0;    ///< of the added: a claimant this corpus has no entity for
        int tagsCreated = 0;
        int notesMerged = 0;           ///< article notes taken or appended to
        QSet<qint64> changedArticles;  ///< local ids of the articles that got annotations or notes
        ChangeSet change;              ///< what was written: tags, annotations and notes, with their ids (for undo)
    };

    explicit AnnotationImporter(const QSqlDatabase &db);

    /** Asked between articles; set: the import stops and writes nothing. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /** Called now and then with the articles of the file done so far and their number. */
    void setProgressSink(std::function<void(int done, int total)> sink) { m_progress = std::move(sink); }

    bool importFile(const QString &path);
    /** The export in `json`; `sourceName` names it in messages. */
    bool importData(const QByteArray &json, const QString &sourceName);

    QString errorString() const { return m_error; }
    Summary summary() const { return m_summary; }

private:
    QSqlDatabase m_db;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
    QString m_error;
    Summary m_summary;
};

} // namespace Dossier
