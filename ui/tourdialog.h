// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Dossier {

/**
 * Help › Getting Started: the flow of the work in five steps (open a corpus, read quotes and
 * entities, annotate, stories and quotes across outlets, export), each with a screenshot of the
 * window and the keys for it. Back and Next (or the arrow keys) go through them.
 */
class TourDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TourDialog(QWidget *parent = nullptr);

    int pageCount() const;
    int currentPage() const;
    QString pageTitle(int page) const;
    void showPage(int page);

private:
    QStackedWidget *m_pages;
    QLabel *m_step;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace Dossier
