// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "paragraphalign.h"

#include <QDialog>

class QLabel;
class QTextBrowser;
class QTextTable;

namespace Dossier {

/**
 * Two versions of a story side by side: one row per pair of paragraphs that match (by their
 * words, ParagraphAlign), a paragraph of one side only facing a hatched gap, and the words that
 * differ within a pair marked (struck through on the left, underlined on the right). Both sides
 * are columns of one table in one view, so they scroll together and a row is always level.
 */
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Article &left, const Article &right, QWidget *parent = nullptr);
    ~CompareDialog() override;

    const QList<ParagraphPair> &alignment() const { return m_pairs; }
    QTextBrowser *view() const { return m_view; }
    /** The table: row 0 names the articles, row i + 1 shows alignment()[i]. */
    QTextTable *table() const { return m_table; }
    /** The text of a side (0 left, 1 right) of alignment row `row`; empty for a gap. */
    QString cellText(int row, int side) const;
    /** The alignment rows that differ (changed words, or a paragraph on one side only). */
    const QList<int> &changedRows() const { return m_changed; }
    /** Scrolls to the next (`step` 1) or previous (-1) changed row; returns it, -1 when none. */
    int goToChange(int step);
    int currentChange() const { return m_current >= 0 ? m_changed.value(m_current, -1) : -1; }

private:
    void build(const Article &left, const Article &right);

    QList<ParagraphPair> m_pairs;
    QList<int> m_changed;
    int m_current = -1; // index into m_changed
    QLabel *m_summary;
    QTextBrowser *m_view;
    QTextTable *m_table = nullptr;
};

} // namespace Dossier
