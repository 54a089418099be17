// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QString>

namespace Dossier {

/**
 * Re-finds an anchored span (an annotation, a quote review) in an article's changed body.
 *
 * - The body has the anchor's hash: nothing changed; the anchor comes back as it is (an orphan
 *   whose text came back is ok again).
 * - The exact text is still at the old offsets with its context: `ok`, selector renewed.
 * - Otherwise every occurrence of the exact text (white space runs compared as one space) is
 *   weighed by how well its prefix and suffix agree with the old ones, and a little by its distance
 *   from the old place. A clear winner: `moved`. Then an approximate search for the exact text
 *   (at most a quarter of its characters edited) near the old place, or in the whole body when that
 *   is cheap; both sides of its context must mostly agree. A clear winner: `moved`, with the new exact text.
 * - Nothing found with confidence: `orphaned`, keeping the old offsets, selector and hash so the
 *   analyst can see what it was. A weak match (a short word repeated elsewhere, a similar sentence
 *   in another context) is never taken.
 *
 * Pure and thread-safe. The result never splits a surrogate pair.
 */
TextAnchor reanchor(const QString &newBody, const TextAnchor &old);

} // namespace Dossier
