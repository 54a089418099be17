// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the benchmarks share: percentiles, elapsed milliseconds, and a fresh import of a corpus into
// a new database (the start of every bench that builds its own).
#pragma once

#include "importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Dossier::BenchUtil {

/** The p-quantile (0..1) of `v`, nearest rank; 0 for none. */
inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** Imports `corpus` into a new database at `dbPath` (an old one, with its WAL, removed first),
    printing what it does; on failure says why on stderr, as `tool`. */
inline bool importFresh(const QString &corpus, const QString &dbPath, const char *tool, const char *what)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));
    std::printf("importing %s (%s)…\n", qPrintable(corpus), what);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    const ImportSummary summary = Importer(corpus, dbPath).run();
    if (!summary.ok) {
        std::fprintf(stderr, "%s: the import failed: %s\n", tool, qPrintable(summary.error));
        return false;
    }
    std::printf("  %d articles in %.0f s\n", summary.added, msSince(t) / 1000);
    return true;
}

} // namespace Dossier::BenchUtil
