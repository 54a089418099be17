// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dossier {

/** The `dossier` sub-commands (import, stats, export, autocode). Exit status: 0 done, 1 failed, 2 usage. */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::CommandLine)

public:
    static bool isCommand(const QString &word);
    static int run(const QStringList &arguments);
};

} // namespace Dossier
