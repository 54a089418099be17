// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "difftext.h"
#include "worddiff.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QVBoxLayout>

namespace Dossier {

namespace {

QString heading(const Article &a)
{
    QString where = a.outlet;
    if (a.published.isValid())
        where = where.isEmpty() ? QLocale().toString(a.published, QLocale::LongFormat)
                                : QCoreApplication::translate("Dossier::CompareDialog", "%1, %2")
                                      .arg(where, QLocale().toString(a.published, QLocale::LongFormat));
    return where;
}

} // namespace

CompareDialog::CompareDialog(const Article &left, const Article &right, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel)
    , m_view(new QTextBrowser)
{
    setWindowTitle(tr("Compare: %1").arg(left.title.isEmpty() ? left.path : left.title));
    resize(1100, 760);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setAccessibleDescription(tr("The two versions side by side, with the differences marked"));
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("The two articles side by side"));
    m_summary->setWordWrap(true);
    auto *legend = new QLabel(tr("Struck through: words only on the left. Underlined: words only on the right. "
                                 "A hatched cell: the paragraph has no counterpart on that side."));
    legend->setWordWrap(true);
    // Made in the order they are laid out (the change buttons on the left), which is Tab's order.
    auto *buttons = new QDialogButtonBox;
    QPushButton *previous = buttons->addButton(tr("&Previous Change"), QDialogButtonBox::ActionRole);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previous->setToolTip(tr("Previous paragraph that differs (Shift+F8)"));
    previous->setAutoDefault(false);
    QPushButton *next = buttons->addButton(tr("&Next Change"), QDialogButtonBox::ActionRole);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setToolTip(tr("Next paragraph that differs (F8)"));
    next->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previous, &QPushButton::clicked, this, [this] { goToChange(-1); });
    connect(next, &QPushButton::clicked, this, [this] { goToChange(1); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    build(left, right);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::build(const Article &left, const Article &right)
{
    const QStringList leftParas = ParagraphAlign::paragraphTexts(left.body);
    const QStringList rightParas = ParagraphAlign::paragraphTexts(right.body);
    m_pairs = ParagraphAlign::align(leftParas, rightParas);

    const QPalette pal = palette();
    const DiffText::Formats formats = DiffText::formats(pal);
    QTextDocument *doc = m_view->document();
    doc->clear();
    doc->setDocumentMargin(8);
    QTextCursor cursor(doc);
    QTextTableFormat tableFormat;
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
    tableFormat.setCellPadding(6);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(1);
    tableFormat.setBorderBrush(pal.color(QPalette::Mid));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setHeaderRowCount(1);
    m_table = cursor.insertTable(int(m_pairs.size()) + 1, 2, tableFormat);

    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    if (font().pointSizeF() > 0)
        titleFormat.setFontPointSize(font().pointSizeF() * 1.15);
    for (int side = 0; side < 2; ++side) {
        const Article &a = side == 0 ? left : right;
        QTextTableCell cell = m_table->cellAt(0, side);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(pal.color(QPalette::AlternateBase));
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        c.insertText(a.title.isEmpty() ? a.path : a.title, titleFormat);
        c.insertText(QStringLiteral("\n"), QTextCharFormat());
        c.insertText(heading(a), QTextCharFormat());
    }

    int matched = 0;
    int leftOnly = 0;
    int rightOnly = 0;
    int changed = 0;
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const ParagraphPair &p = m_pairs.at(i);
        const int row = int(i) + 1;
        if (p.left >= 0 && p.right >= 0) {
            ++matched;
            const QString &l = leftParas.at(p.left);
            const QString &r = rightParas.at(p.right);
            const QList<DiffRun> runs = WordDiff::diff(l, r);
            bool differs = false;
            for (const DiffRun &run : runs)
                differs = differs || run.op != DiffOp::Equal;
            changed += differs ? 1 : 0;
            if (differs)
                m_changed.append(int(i));
            QTextCursor lc = m_table->cellAt(row, 0).firstCursorPosition();
            DiffText::insertSide(lc, l, runs, true, formats);
            QTextCursor rc = m_table->cellAt(row, 1).firstCursorPosition();
            DiffText::insertSide(rc, r, runs, false, formats);
            continue;
        }
        const int side = p.left >= 0 ? 0 : 1;
        (side == 0 ? leftOnly : rightOnly) += 1;
        m_changed.append(int(i));
        QTextCursor c = m_table->cellAt(row, side).firstCursorPosition();
        c.insertText(side == 0 ? leftParas.at(p.left) : rightParas.at(p.right), QTextCharFormat());
        QTextTableCell gap = m_table->cellAt(row, 1 - side);
        QTextTableCellFormat gf = gap.format().toTableCellFormat();
        gf.setBackground(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        gap.setFormat(gf);
        QTextTableCell own = m_table->cellAt(row, side);
        QTextTableCellFormat of = own.format().toTableCellFormat();
        of.setBackground((side == 0 ? formats.deleted : formats.inserted).background());
        own.setFormat(of);
    }
    m_summary->setText(tr("%1 paragraphs in both (%2 of them changed), %3 only on the left, %4 only on the right. "
                          "F8: next change.")
                           .arg(matched)
                           .arg(changed)
                           .arg(leftOnly)
                           .arg(rightOnly));
    m_view->moveCursor(QTextCursor::Start);
}

int CompareDialog::goToChange(int step)
{
    if (m_changed.isEmpty() || !m_table)
        return -1;
    m_current = m_current < 0 ? (step > 0 ? 0 : int(m_changed.size()) - 1) : int((m_current + step + m_changed.size()) % m_changed.size());
    const int row = m_changed.at(m_current);
    const ParagraphPair &p = m_pairs.at(row);
    // The cursor in the side that has text, so the row is scrolled into view.
    m_view->setTextCursor(m_table->cellAt(row + 1, p.left >= 0 ? 0 : 1).firstCursorPosition());
    m_view->ensureCursorVisible();
    return row;
}

QString CompareDialog::cellText(int row, int side) const
{
    if (!m_table || row < 0 || row + 1 >= m_table->rows())
        return {};
    const QTextTableCell cell = m_table->cellAt(row + 1, side);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText();
}

} // namespace Dossier
