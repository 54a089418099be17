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
 *  the subject of the quote's own sentence (Mr Brown warned of being "distracted"), an attributed
 *  quote earlier in the paragraph unless a later sentence reports someone else speaking, a sentence
 *  of the paragraph that reports speech ("…, saying …"), the subject of the sentence before (or the
 *  last speaker when that sentence is in the first person), whoever the paragraph before ended by
 *  reporting for a paragraph that opens with a quote, an attributed quote later in the paragraph
 *  with no one else speaking in between, and the previous speaker for a paragraph that only
 *  continues a turn.
 *
 *  Pronouns go to the one who speaks in the sentences before ("Sculthorpe said he would …. "…," he
 *  said"), else to the subject of the main clause or the nearest name that fits (he/she by Mr/Mrs/Ms,
 *  titles before the NER's names and common first names); never to a name the quoted words start
 *  with or contain ("I think Sean's situation …," he said), nor to one in the clause a parenthetical
 *  "he claimed" reports. Descriptions are resolved: an organisation by a word of its name or the
 *  organisation that spoke before it was first so called ("the council", "the company", "said the
 *  group", "the German exchange"; a newspaper is a newspaper's name), a person by the title the
 *  article gives them ("the home secretary" -> Home Secretary Charles Clarke) or as a pronoun there
 *  would be ("the 27-year-old", "the Dutchman"), a spokesman by his organisation or the one that has
 *  been speaking, and "a spokeswoman for MTV" by the MTV spokeswoman the article names. Roles are
 *  stripped (Kremlin spokesman Dmitry Peskov -> Dmitry Peskov); an organisation speaks when no person
 *  is named ("the Kremlin said", "a Microsoft spokesman said", "bank officials said"); someone
 *  unnamed ("one fan said", "one dealer … he said", "another member of the Cabinet") leaves it
 *  empty, and so does an attribution to a name the NER missed; names are given in their fullest form
 *  in the article (Mr Brown -> Gordon Brown, DB -> Deutsche Boerse).
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
