#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the analysis (entities, quotes, speakers) adds to an import. Run it in the build environment
# from the repository's top folder:
#
#     .ci/devenv bench analysis_bench.sh [CORPUS...] [--repeat N]
#
# (or bench/analysis_bench.sh ... after a release build: it uses build/release/app/dossier).
#
#   CORPUS   folders to import (default: /work/shared/corpora/bbc and /work/scratch/corpus-100k, each
#            when present; make the second with bench/import_bench.sh or tools/make-corpus.py).
#   --repeat N  time each import N times, interleaved; the table shows medians (default 3).
#
# For each corpus, into a new database each time: `dossier import --no-analysis` (texts, metadata,
# full-text index) and `dossier import` (the same plus the analysis), wall time; the analysis's
# share is (with - without) / without. Target: at most 30 %. Exits 0 when every corpus meets it,
# 1 when one misses, 2 on usage errors.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$top/build/release}
dossier=$build/app/dossier
repeat=3
corpora=()
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) [ $# -ge 2 ] || { echo "analysis_bench: --repeat needs a number" >&2; exit 2; }; repeat=$2; shift ;;
        -h|--help) sed -n '4,18p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
        -*) echo "analysis_bench: unknown option $1" >&2; exit 2 ;;
        *) corpora+=("$(realpath -m "$1")") ;;
    esac
    shift
done
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || { echo "analysis_bench: --repeat needs a positive number" >&2; exit 2; }
if [ ${#corpora[@]} -eq 0 ]; then
    for c in /work/shared/corpora/bbc /work/scratch/corpus-100k; do
        [ -d "$c" ] && corpora+=("$c")
    done
fi
[ ${#corpora[@]} -gt 0 ] || { echo "analysis_bench: no corpus folder found; name one" >&2; exit 2; }
[ -x "$dossier" ] || { echo "analysis_bench: $dossier not built (cmake --preset release && cmake --build build/release)" >&2; exit 2; }

work=$(mktemp -d /work/scratch/analysis-bench.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Seconds for one import into a new database.
timed_import() {
    local corpus=$1 db=$2; shift 2
    rm -f "$db" "$db-wal" "$db-shm"
    sync
    local start end
    start=$(date +%s.%N)
    "$dossier" import "$corpus" --db "$db" "$@" >/dev/null 2>"$work/log" || { echo "analysis_bench: import failed:" >&2; tail -5 "$work/log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

status=0
echo "| corpus | articles | import without analysis (s) | with analysis (s) | analysis adds | quotes | entities |"
echo "|---|---|---|---|---|---|---|"
for corpus in "${corpora[@]}"; do
    db=$work/bench.sqlite
    # Warm the page cache, untimed.
    "$dossier" import "$corpus" --db "$db" --no-analysis >/dev/null 2>&1 || true
    without=(); with=()
    for _ in $(seq "$repeat"); do
        without+=("$(timed_import "$corpus" "$db" --no-analysis)")
        with+=("$(timed_import "$corpus" "$db")")
    done
    a=$(printf '%s\n' "${without[@]}" | median)
    b=$(printf '%s\n' "${with[@]}" | median)
    share=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (b - a) * 100 / a }')
    stats=$("$dossier" stats --db "$db")
    articles=$(sed -n 's/^articles: //p' <<<"$stats")
    quotes=$(sed -n 's/^quotes: //p' <<<"$stats")
    entities=$(sed -n 's/^entities: //p' <<<"$stats")
    printf '| %s | %s | %.2f | %.2f | %+.1f %% | %s | %s |\n' "$(basename "$corpus")" "$articles" "$a" "$b" "$share" "$quotes" "$entities"
    if awk -v s="$share" 'BEGIN { exit !(s > 30) }'; then
        status=1
    fi
done
echo
echo "runs per import: $repeat (median); without: ${without[*]}; with: ${with[*]} (last corpus)"
exit $status
