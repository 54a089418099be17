// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

#include <QList>
#include <QString>

namespace Dossier {

/** Finds the direct quotes in an article body and says who spoke each one. Rule-based and linear in
 *  the length of the text; const and thread-safe (no state between calls).
 *
 *  Quote marks: "…", “…”, ‘…’, '…' (told apart from apostrophes and elisions such as don't, '90s,
 *  rock 'n' roll, players' union), «…», »…«, „…“, ‚…‘. A quote nested inside another (“He said ‘no’”)
 *  is part of the outer quote and is not reported on its own. A quote that runs over several
 *  paragraphs (each re-opened with a mark, only the last closed) is one QuoteSpan, and so is a quote
 *  re-opened inside one paragraph after a sentence ("A. "B," he said). A double quote left open at
 *  the end of its paragraph, and not re-opened at the start of the next, ends there (markEnd is then
 *  its end: there is no closing mark); a single quote left open is taken for an apostrophe and
 *  dropped.
 *
 *  Full: a quote that starts a sentence, follows a colon or "said,", is a capitalised sentence, or is
 *  a clause with its own subject (told reporters that "we will …"). Partial: a phrase that completes
 *  the writer's sentence (called the plan "desperate"; The journalist "will be released …").
 *
 *  Not reported: titles of works (the film "Star Wars", "War," a new book), scare quotes (a word or
 *  two, or a Title Case name, with no speech verb in the sentence; anything after so-called), and
 *  nicknames (Dwayne "The Rock" Johnson).
 *
 *  Speakers, in order: a speech verb next to the quote (", X said", "said X, the …", "X, the firm's
 *  chief executive, said", "X told reporters", "according to X", "X said:" and "Quote from X:"), then
 *  an attributed quote earlier in the paragraph, a sentence of the paragraph that reports speech
 *  ("…, saying …"), the subject of the sentence before, an attributed quote later in the paragraph,
 *  and the previous speaker for a paragraph that only continues a turn. Pronouns go to the sentence
 *  subject or nearest name that fits (he/she by Mr/Mrs/Ms and common first names); roles are
 *  stripped (Kremlin spokesman Dmitry Peskov -> Dmitry Peskov); an organisation speaks when no person
 *  is named ("the Kremlin said", "a Microsoft spokesman said"); "one fan said" leaves it empty; names
 *  are given in their fullest form in the article (Mr Brown -> Gordon Brown, DB -> Deutsche Boerse).
 */
class QuoteDetector
{
public:
    /** @p entities: the NER result for the same text (sorted spans), or empty: then names are found
     *  with the detector's own heuristics (runs of capitalised words). With entities, only their PER
     *  and ORG spans are taken for names. */
    QList<QuoteSpan> detect(const QString &text, const QList<EntitySpan> &entities = {}) const;

    /** Bumped whenever the rules change, so stored results can be recomputed. */
    static int version();
};

} // namespace Dossier
