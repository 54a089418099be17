// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusscanner.h"

#include <QDialog>

namespace Dossier {

/** Lists every file the last import skipped or repaired, with the reason. */
class ImportLogDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportLogDialog(const QList<ImportIssue> &issues, QWidget *parent = nullptr);
};

} // namespace Dossier
