// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlogdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Dossier {

ImportLogDialog::ImportLogDialog(const QList<ImportIssue> &issues, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Log"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(issues.isEmpty() ? tr("The last import skipped and repaired nothing.")
                                                : tr("Files skipped, repaired or noted by the last import: %1").arg(issues.size()),
                               this);
    layout->addWidget(summary);
    auto *table = new QTableWidget(int(issues.size()), 3, this);
    table->setObjectName(QStringLiteral("importLogTable"));
    table->setAccessibleName(tr("Import log"));
    table->setAccessibleDescription(tr("The files the last import skipped or repaired, with the reason"));
    table->setHorizontalHeaderLabels({tr("File"), tr("What happened"), tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < issues.size(); ++row) {
        const ImportIssue &issue = issues.at(row);
        QString what;
        switch (issue.severity) {
        case ImportIssue::Severity::Skipped:
            what = tr("skipped");
            break;
        case ImportIssue::Severity::Repaired:
            what = tr("repaired");
            break;
        case ImportIssue::Severity::Note:
            what = tr("note");
            break;
        }
        table->setItem(row, 0, new QTableWidgetItem(issue.path));
        table->setItem(row, 1, new QTableWidgetItem(what));
        table->setItem(row, 2, new QTableWidgetItem(issue.reason));
    }
    table->resizeColumnToContents(0);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace Dossier
