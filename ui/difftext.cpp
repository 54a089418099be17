// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "difftext.h"

#include <QCoreApplication>
#include <QPalette>
#include <QTextCursor>

namespace Dossier::DiffText {

namespace {

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

Formats formats(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    Formats f;
    f.deleted.setFontStrikeOut(true);
    f.deleted.setBackground(mix(base, dark ? QColor(230, 80, 80) : QColor(220, 50, 50), dark ? 0.40 : 0.22));
    f.deleted.setForeground(palette.color(QPalette::Text));
    f.deleted.setToolTip(QCoreApplication::translate("Dossier::DiffText", "Only in the first version"));
    f.inserted.setFontUnderline(true);
    f.inserted.setBackground(mix(base, dark ? QColor(80, 200, 100) : QColor(40, 170, 70), dark ? 0.40 : 0.22));
    f.inserted.setForeground(palette.color(QPalette::Text));
    f.inserted.setToolTip(QCoreApplication::translate("Dossier::DiffText", "Only in the second version"));
    return f;
}

void insertMerged(QTextCursor &cursor, QStringView oldText, QStringView newText, const QList<DiffRun> &runs, const Formats &formats)
{
    const QTextCharFormat plain = cursor.charFormat();
    int oldPos = 0;
    QChar last = QLatin1Char(' ');
    const auto put = [&](QStringView text, const QTextCharFormat &format) {
        if (text.isEmpty())
            return;
        cursor.insertText(text.toString(), format);
        last = text.back();
    };
    for (const DiffRun &run : runs) {
        switch (run.op) {
        case DiffOp::Equal:
            put(oldText.mid(oldPos, run.oldEnd - oldPos), plain);
            oldPos = run.oldEnd;
            break;
        case DiffOp::Deleted:
            put(oldText.mid(oldPos, run.oldStart - oldPos), plain);
            put(oldText.mid(run.oldStart, run.oldEnd - run.oldStart), formats.deleted);
            oldPos = run.oldEnd;
            break;
        case DiffOp::Inserted: {
            // The space the old text had before the next word stays where it is; an insertion
            // gets a space of its own.
            // (After a deletion the insertion point is where the deleted words began: behind us.)
            if (run.oldStart > oldPos) {
                put(oldText.mid(oldPos, run.oldStart - oldPos), plain);
                oldPos = run.oldStart;
            }
            if (!last.isSpace())
                put(u" ", plain);
            put(newText.mid(run.newStart, run.newEnd - run.newStart), formats.inserted);
            if (oldPos < oldText.size() && !oldText.at(oldPos).isSpace() && oldText.at(oldPos).isLetterOrNumber())
                put(u" ", plain);
            break;
        }
        }
    }
    put(oldText.mid(oldPos), plain);
}

void insertSide(QTextCursor &cursor, QStringView text, const QList<DiffRun> &runs, bool oldSide, const Formats &formats)
{
    const QTextCharFormat plain = cursor.charFormat();
    const DiffOp mine = oldSide ? DiffOp::Deleted : DiffOp::Inserted;
    const QTextCharFormat &changed = oldSide ? formats.deleted : formats.inserted;
    int pos = 0;
    for (const DiffRun &run : runs) {
        if (run.op != mine)
            continue;
        const int start = oldSide ? run.oldStart : run.newStart;
        const int end = oldSide ? run.oldEnd : run.newEnd;
        if (start > pos)
            cursor.insertText(text.mid(pos, start - pos).toString(), plain);
        if (end > start)
            cursor.insertText(text.mid(start, end - start).toString(), changed);
        pos = qMax(pos, end);
    }
    if (pos < text.size())
        cursor.insertText(text.mid(pos).toString(), plain);
}

} // namespace Dossier::DiffText
