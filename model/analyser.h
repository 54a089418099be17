// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

namespace Dossier {

/**
 * Reads one article: named entities and dates (NerTagger), then quotes and their speakers
 * (QuoteDetector, which uses the entities), then the name each mention stands for within the article.
 * Pure functions of the body text: thread-safe, no database. The importer runs them on its workers.
 */
class Analyser final
{
public:
    /** Versions stored with each analysis: an article whose stored version differs is re-analysed. */
    static int nerVersion();
    static int quoteVersion();

    static ArticleAnalysis analyse(const QString &body);
    /** Re-runs the quote layer alone, over entities found before (the entity layer is current). */
    static ArticleAnalysis analyseQuotes(const QString &body, const QList<EntitySpan> &entities);

    /** The model's entities with what it gets wrong by rule: a role word alone ("Chancellor") is
     *  not a person; parties and a few institutions (Labour, Tories, Kremlin, EU…) are
     *  organisations, also where the model missed them; a country is a place unless it plays (then
     *  it is the team, as is a town); a name's last word says what it names ("Tyson Foods", "Roosevelt
     *  Hotel"; events such as "the Buenos Aires Open" are no names); names the model cut in two are
     *  joined ("UK Film Council"), and a role inside a span splits it; one-word "people" never named
     *  in full that act as companies or clubs are organisations, as is a word the model
     *  missed that has an editor, a spokesman or a keeper, or is called a firm ("NME editor", "trade
     *  body Intellect"); an abbreviation is what it
     *  abbreviates; a title names a person. Sorted, non-overlapping spans in, the same out. */
    static QList<EntitySpan> correctEntities(const QString &body, QList<EntitySpan> entities);

    /** Per entity, the fullest name it has in this text: a person's later "Peskov" is the earlier
     *  "Dmitry Peskov" when only one such person is named; a leading "the" is dropped. */
    static QList<QString> canonicalNames(const QString &body, const QList<EntitySpan> &entities);
};

} // namespace Dossier
