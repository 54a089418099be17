// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plays "another Dossier with the corpus open" for the read-only tests: takes the corpus lock of
// DATABASE, prints "locked", and holds it until its stdin closes (then releases it) or it is killed
// (then the lock is left behind, stale).
// Usage: lockholder DATABASE
#include "corpuslock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Dossier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: lockholder DATABASE\n");
        return 2;
    }
    CorpusLock lock(app.arguments().at(1));
    if (!lock.tryLock()) {
        std::fprintf(stderr, "%s\n", qPrintable(lock.errorString()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}
