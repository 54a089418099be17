// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The machine's reading of one article: entity mentions and quotes with their speakers. All offsets
// here are UTF-16 offsets into Article::body, half-open [start, end). Exports convert to code points.

#include <QList>
#include <QMetaType>
#include <QString>

namespace Dossier {

enum class EntityType : int {
    Person = 0,
    Organisation = 1,
    Location = 2,
    Date = 3,
};

/** "PER", "ORG", "LOC", "DATE": the names the JSON export and the gold files use. */
QString entityTypeCode(EntityType type);
/** The inverse of entityTypeCode(); false for anything else. */
bool entityTypeFromCode(const QString &code, EntityType *type);

/** One mention of a named entity (or a date) in the text. */
struct EntitySpan
{
    int start = 0;
    int end = 0;
    EntityType type = EntityType::Person;

    int length() const { return end - start; }
    bool operator==(const EntitySpan &other) const = default;
};

enum class QuoteKind : int {
    Full = 0,    ///< a quoted sentence or more
    Partial = 1, ///< a quoted phrase inside the author's sentence: called the plan "desperate"
};

/** One direct quote. The span is the quoted words, without the outer quotation marks; a quote that
 *  runs over several paragraphs spans from the first word after the first opening mark to the last
 *  word before the final closing mark. */
struct QuoteSpan
{
    int start = 0;
    int end = 0;
    int markStart = 0; ///< the opening quotation mark
    int markEnd = 0;   ///< one past the closing quotation mark
    QuoteKind kind = QuoteKind::Full;

    /** Who said it, as written in the article in its fullest form ("Dmitry Peskov", "Kremlin");
     *  empty when the article does not say. */
    QString speaker;
    EntityType speakerType = EntityType::Person;
    /** The words in the text that name the speaker for this quote (a name, a role and name, or a
     *  pronoun such as "he"); -1 when there are none (a continued turn, or no speaker). */
    int cueStart = -1;
    int cueEnd = -1;

    int length() const { return end - start; }
};

/** Everything the analyser found in one article, before it is stored. */
struct ArticleAnalysis
{
    int nerVersion = 0;
    int quoteVersion = 0;
    QList<EntitySpan> entities; ///< sorted by start, non-overlapping; dates included
    /** Per entity span, the name it stands for within the article, in its fullest form
     *  ("Dmitry Peskov" for a later "Peskov"; "Kremlin" for "the Kremlin"). Empty for dates. */
    QList<QString> canonical;
    QList<QuoteSpan> quotes; ///< sorted by start
};

} // namespace Dossier

Q_DECLARE_METATYPE(Dossier::EntitySpan)
Q_DECLARE_METATYPE(Dossier::QuoteSpan)
