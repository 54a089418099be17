#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Story linking on a generated corpus against a MinHash-LSH baseline in Go, in one run
# (bench/stories/README.md, "100,000 articles against the Go MinHash-LSH baseline"):
#
#     .ci/devenv bench stories/compare.sh CORPUS [--runs N] [--work DIR]
#
# (or bench/stories/compare.sh ... inside the build environment, with go and the package below
# installed: it builds build/release's stories_bench, configuring that folder if it is not yet.)
#
#   CORPUS     a folder made by tools/make-corpus.py (its truth.json holds the true stories)
#   --runs N   rounds (default 3): each runs Dossier's linker, then the baseline, as separate
#              processes; the table shows the median linking time and the range
#   --work DIR where the normalised bodies, links and logs go (default:
#              BUILD_DIR/stories-compare/<corpus folder name>)
# Environment: BUILD_DIR (default build/release).
#
# It builds stories_bench (C++) and bench/stories/baseline (Go, offline: GOPATH mode against
# /usr/share/gocode, no module downloads), then:
#   1. stories_bench parses the articles as the importer does, writes each one's
#      StoryLinker::normalise()d body to WORK/input.tsv, times StoryLinker::addText() over all of
#      them and scores the stories (StoryClusters) against truth.json;
#   2. the baseline reads WORK/input.tsv, times MinHash (126 values) + LSH (42 bands x 3 rows) of the
#      ekzhu/minhash-lsh library over the same bodies, and writes its candidate pairs;
#   3. stories_bench --score scores the baseline's pairs the same way.
# Prints a Markdown table. Target (issue 5): a better F1 than the baseline, and no slower. Exits 0
# when Dossier's stories from all links meet it against both baseline rows, 1 when not, 2 on usage
# errors.
#
# devenv-packages: golang-go golang-github-ekzhu-minhash-lsh-dev
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${BUILD_DIR:-$top/build/release}")
corpus=
runs=3
work=

usage() { sed -n '4,29p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { printf 'compare.sh: %s\n' "$*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        --work) [ $# -ge 2 ] || usage; work=$2; shift 2 ;;
        -h|--help) usage ;;
        -*) usage ;;
        *) [ -z "$corpus" ] || usage; corpus=$1; shift ;;
    esac
done
[ -n "$corpus" ] || usage
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs wants a positive number, not $runs"
[ -f "$corpus/truth.json" ] || die "$corpus: no truth.json (make the corpus with tools/make-corpus.py)"
corpus=$(cd "$corpus" && pwd)
work=${work:-$build/stories-compare/$(basename "$corpus")}

# What is needed, and only that.
command -v go >/dev/null || die "no Go toolchain: run it as .ci/devenv bench stories/compare.sh, or install golang-go"
gocode=/usr/share/gocode
[ -d "$gocode/src/github.com/ekzhu/minhash-lsh" ] \
    || die "$gocode has no github.com/ekzhu/minhash-lsh: install golang-github-ekzhu-minhash-lsh-dev"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build" --target stories_bench >/dev/null
ours=$build/bench/stories_bench
baseline=$build/bench/stories-baseline
(cd "$top/bench/stories/baseline" \
    && GO111MODULE=off GOPATH=$gocode GOPROXY=off GOFLAGS= GOTOOLCHAIN=local GOCACHE="$build/go-cache" \
       go build -o "$baseline" .)

mkdir -p "$work"
echo "corpus $corpus, $runs round(s); logs in $work" >&2
for round in $(seq 1 "$runs"); do
    input=()
    [ "$round" -eq 1 ] && input=(--input-out "$work/input.tsv")
    echo "round $round: Dossier" >&2
    "$ours" "$corpus" "${input[@]}" --links-out "$work/dossier.links" >"$work/dossier-$round.log"
    echo "round $round: baseline" >&2
    "$baseline" -input "$work/input.tsv" -pairs "$work/baseline.pairs" >"$work/baseline-$round.log"
done
"$ours" --score "$corpus" "$work/baseline.pairs" >"$work/baseline-all.score"
"$ours" --score "$corpus" "$work/baseline.pairs" --min-estimate 0.5 >"$work/baseline-estimate.score"

python3 - "$work" "$runs" <<'EOF'
import statistics, sys

work, runs = sys.argv[1], int(sys.argv[2])

def results(path):
    out = []
    for line in open(path):
        if line.startswith('RESULT '):
            out.append(dict(kv.split('=', 1) for kv in line.split()[1:]))
    return out

ours = [results('%s/dossier-%d.log' % (work, r)) for r in range(1, runs + 1)]
base = [results('%s/baseline-%d.log' % (work, r))[0] for r in range(1, runs + 1)]

def timing(rows):
    s = [float(r['seconds_median']) for r in rows]
    rss = max(int(r['max_rss_kib']) for r in rows) / 1024
    return statistics.median(s), min(s), max(s), rss

o_med, o_min, o_max, o_rss = timing([r[0] for r in ours])
b_med, b_min, b_max, b_rss = timing(base)
rows = []
names = {'all': 'Dossier StoryLinker: stories from all links',
         'jaccard': 'Dossier StoryLinker: stories from links with Jaccard >= 0.5',
         'unambiguous': 'Dossier StoryLinker: those + containment links into one story only'}
for r in ours[-1]:
    rows.append((names[r['variant']], r, (o_med, o_min, o_max), o_rss))
rows.append(('ekzhu/minhash-lsh: every candidate pair (its all-pairs tool)',
             results('%s/baseline-all.score' % work)[0], (b_med, b_min, b_max), b_rss))
rows.append(('ekzhu/minhash-lsh: candidates with estimated Jaccard >= 0.5',
             results('%s/baseline-estimate.score' % work)[0], (b_med, b_min, b_max), b_rss))

print('| method | links | precision | recall | F1 | linking s (median, min-max of %d) | max RSS MiB |' % runs)
print('|---|---|---|---|---|---|---|')
for name, r, (med, lo, hi), rss in rows:
    print('| %s | %s | %.4f | %.4f | %.4f | %.2f (%.2f-%.2f) | %.0f |' % (
        name, r['links'], float(r['precision']), float(r['recall']), float(r['f1']), med, lo, hi, rss))
first = ours[0][0]
articles = int(first['articles'])
print()
print('Dossier: %.1f us per article (median); StoryLinker::memoryBytes() %.1f MiB.' % (
    1e6 * o_med / articles, int(first['memory_bytes']) / 1048576))
print('Baseline: %.1f us per article (median); its stages: %s/baseline-*.log.' % (1e6 * b_med / articles, work))

primary = ours[-1][0]
best = max(float(rows[-1][1]['f1']), float(rows[-2][1]['f1']))
better = float(primary['f1']) > best
faster = o_med <= b_med
print()
print('Target (all links): F1 %.4f vs the better baseline row %.4f: %s; time %.2f s vs %.2f s: %s.' % (
    float(primary['f1']), best, 'better' if better else 'NOT better', o_med, b_med,
    'no slower' if faster else 'SLOWER'))
sys.exit(0 if better and faster else 1)
EOF
