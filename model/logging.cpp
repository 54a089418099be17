// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcModel, "dossier.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "dossier.import", QtWarningMsg)
