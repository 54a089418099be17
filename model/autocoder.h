// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <functional>

namespace Dossier {

class Annotator;

/** What autocode looks for, where, and the tag it gives. */
struct AutocodeOptions
{
    enum class Scope {
        Everywhere,
        InsideQuotes, ///< only inside the quotes as the analyst has them (analystQuotes())
        Speaker,      ///< only inside the quotes of one speaker
    };

    QString pattern;
    bool regularExpression = true; ///< false: `pattern` is literal text
    bool caseSensitive = true;
    bool wholeWords = false; ///< a match neither starts nor ends inside a word
    Scope scope = Scope::Everywhere;
    /** Scope::Speaker: the registry entity (merged entities count as it), or else a name matched
        against the quote's speaker as written and against the registry's names and aliases. */
    qint64 speakerEntity = 0;
    QString speakerName;
    qint64 tag = 0; ///< the tag every new annotation carries
};

/** What a run found. */
struct AutocodeResult
{
    QList<Annotation> annotations; ///< to add: one per new span, in article and text order
    int matches = 0;   ///< every non-empty match, the skipped ones included
    int skipped = 0;   ///< matches whose span already carries the tag
    int articles = 0;  ///< articles that get at least one annotation
    int scanned = 0;   ///< articles searched
    bool cancelled = false;
    QString error;     ///< set: nothing was found (bad options, no database)

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/**
 * Autocode: finds every match of a pattern over the corpus's imported articles (missing and
 * unreadable ones are skipped) and makes the annotations that tag them, without writing anything.
 * The search reads through its own connection, so it runs on any thread; apply the result with
 * `apply()`, which adds it as one undo step.
 */
class Autocoder final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder)

public:
    /** The expression `options` searches with; an invalid one when the options are bad, with
        `*error` saying what is wrong and where (a malformed expression: the message and the
        offset in the pattern). */
    static QRegularExpression expression(const AutocodeOptions &options, QString *error);

    /** Searches the database at `databasePath` on the calling thread. `progress(done, total)` is
        called now and then; `cancelled()` is asked between articles. */
    static AutocodeResult find(const QString &databasePath, const AutocodeOptions &options,
                               const std::function<bool()> &cancelled = {},
                               const std::function<void(int done, int total)> &progress = {});

    /** find() on a worker thread (QtConcurrent): the future reports progress (articles searched
        of all) and can be cancelled; its one result is the AutocodeResult. */
    static QFuture<AutocodeResult> start(const QString &databasePath, const AutocodeOptions &options);

    /** Adds `result.annotations` through `annotator` as one undo step named after the pattern;
        returns how many were added (0 also when the annotator refused: see its errorString()). */
    static int apply(Annotator *annotator, const AutocodeResult &result, const AutocodeOptions &options);
};

} // namespace Dossier
