// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worddiff.h"

#include <QTextCharFormat>

class QPalette;
class QTextCursor;

namespace Dossier {

/**
 * Writes word diffs into a QTextDocument. Changes are never told by colour alone: a deletion is
 * struck through, an insertion underlined, each on a tint of red or green mixed into the palette's
 * base colour (so it reads in light and dark themes alike).
 */
namespace DiffText {

struct Formats
{
    QTextCharFormat deleted;
    QTextCharFormat inserted;
};
Formats formats(const QPalette &palette);

/** Both texts in one: what they share, then each change where it happens, the deleted words
    struck through before the inserted ones underlined. */
void insertMerged(QTextCursor &cursor, QStringView oldText, QStringView newText, const QList<DiffRun> &runs, const Formats &formats);

/** One side of a side-by-side view: the old text with its deleted words marked (`oldSide`), or
    the new text with its inserted ones. `runs` from WordDiff::diff(old, new). */
void insertSide(QTextCursor &cursor, QStringView text, const QList<DiffRun> &runs, bool oldSide, const Formats &formats);

} // namespace DiffText

} // namespace Dossier
