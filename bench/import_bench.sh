#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Import benchmark, end to end. Run it in the build environment from the repository's top folder:
#
#     .ci/devenv bench import_bench.sh [CORPUS_DIR [DOCS]] [--drop-caches] [--repeat N] [--no-gui]
#
# (or bench/import_bench.sh ... after a release build: it uses build/release/app/dossier and
# build/release/bench/guilatency_bench.)
#
#   CORPUS_DIR  where the generated corpus is written (default /work/scratch/corpus-100k); reused
#               when it holds a complete corpus of DOCS articles (truth.json says so and the .txt
#               count agrees), generated again otherwise with tools/make-corpus.py. Never inside
#               the repository.
#   DOCS        articles to generate (default 100000).
#   --work DIR  where databases and logs go (default: import-bench beside CORPUS_DIR).
#   --drop-caches  page cache: `sync; echo 3 > /proc/sys/vm/drop_caches` before every timed run
#               (cold cache; needs root). Default: warm cache: one untimed warm-up run of each
#               loader on each corpus first, and `sync` before every timed run.
#   --repeat N  time the plain loader and the first import N times each (interleaved), and run the
#               GUI bench N times; the table shows the median times and the worst GUI run (default 1).
#   --no-gui    skip the GUI latency bench.
# The same options can come from the environment (CORPUS, DOCS, WORK, DROP_CACHES=1, REPEAT, GUI=0,
# BBC, MAKE_CORPUS) when the script is run directly.
#
# For each corpus (the 2,225 BBC articles, then the generated one) it measures:
#   plain loader  bench/plain_loader.py: walk, read, decode, INSERT path+text into SQLite with an
#                 FTS5 external-content index, one transaction, SQLite's default rollback journal
#                 (the baseline; see its docstring)
#   dossier       `dossier import CORPUS --db DB` into a new database (wall time; max RSS from
#                 /usr/bin/time -v)
#   re-import     the same command again on the unchanged corpus
#   GUI           guilatency_bench CORPUS NEWDB: the longest event-loop stall while MainWindow
#                 imports, with a user moving through the list and searching (worst of N runs)
# and checks the results: every article imported; on BBC, sport/199.txt decoded with its "£".
# Targets: dossier <= 1.5x the plain loader, max RSS < 500 MB, re-import < 10% of the first import,
# GUI stalls <= 50 ms. Prints a Markdown table; exits 0 if every check and target passed, 1 if one
# missed, 2 on usage errors.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$top/build/release}
dossier=$build/app/dossier
guibench=$build/bench/guilatency_bench
plain=$top/bench/plain_loader.py
bbc=${BBC:-/work/shared/corpora/bbc}
bbc_expected=2225
make_corpus=${MAKE_CORPUS:-}
[ -n "$make_corpus" ] || for c in "$top/tools/make-corpus.py" /work/shared/tools/make-corpus.py; do
    [ -f "$c" ] && { make_corpus=$c; break; }
done

corpus=${CORPUS:-/work/scratch/corpus-100k}
docs=${DOCS:-100000}
work=${WORK:-}
drop=${DROP_CACHES:-0}
repeat=${REPEAT:-1}
gui=${GUI:-1}

usage() { sed -n '4,25p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
positional=()
while [ $# -gt 0 ]; do
    case "$1" in
        --drop-caches) drop=1 ;;
        --repeat) [ $# -ge 2 ] || usage; repeat=$2; shift ;;
        --work) [ $# -ge 2 ] || usage; work=$2; shift ;;
        --no-gui) gui=0 ;;
        -h|--help) usage ;;
        -*) echo "import_bench: unknown option $1" >&2; usage ;;
        *) positional+=("$1") ;;
    esac
    shift
done
[ ${#positional[@]} -ge 1 ] && corpus=${positional[0]}
[ ${#positional[@]} -ge 2 ] && docs=${positional[1]}
[ ${#positional[@]} -le 2 ] || usage
[[ "$docs" =~ ^[1-9][0-9]*$ ]] || { echo "import_bench: DOCS must be a positive number" >&2; exit 2; }
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || { echo "import_bench: --repeat needs a positive number" >&2; exit 2; }
corpus=$(realpath -m "$corpus")
work=$(realpath -m "${work:-$(dirname "$corpus")/import-bench}")

log() { printf 'import_bench: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

case "$corpus/" in "$top"/*) die "the corpus must not be written inside the repository ($corpus)" ;; esac
case "$work/" in "$top"/*) die "the work folder must not be inside the repository ($work)" ;; esac
[ -x "$dossier" ] || die "$dossier is missing: build the release preset first (.ci/devenv bench does)"
[ "$gui" = 0 ] || [ -x "$guibench" ] || die "$guibench is missing: build the release preset first"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package: time)"
[ -d "$bbc" ] || die "the BBC corpus $bbc is missing (set BBC=...)"
command -v python3 >/dev/null || die "python3 is missing"
if [ "$drop" = 1 ]; then
    [ -w /proc/sys/vm/drop_caches ] || die "--drop-caches needs root (cannot write /proc/sys/vm/drop_caches)"
fi
mkdir -p "$work"

# ---------------------------------------------------------------------------------------------
# The generated corpus: reuse it if complete.

corpus_complete() {
    [ -f "$1/truth.json" ] || return 1
    local want got
    want=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["docs"])' "$1/truth.json" 2>/dev/null) || return 1
    [ "$want" = "$docs" ] || return 1
    got=$(find "$1" -type f -name '*.txt' | wc -l)
    [ "$got" = "$docs" ]
}

if corpus_complete "$corpus"; then
    log "reusing the corpus in $corpus ($docs articles)"
else
    [ -n "$make_corpus" ] || die "make-corpus.py not found (set MAKE_CORPUS=...)"
    if [ -e "$corpus" ] && [ ! -f "$corpus/truth.json" ] && [ -n "$(ls -A "$corpus" 2>/dev/null)" ]; then
        die "$corpus exists, is not empty and is not a generated corpus: not touching it"
    fi
    log "generating $docs articles into $corpus (a few minutes)"
    rm -rf "$corpus.partial"
    python3 "$make_corpus" "$bbc" "$corpus.partial" --docs "$docs" >&2
    rm -rf "$corpus"
    mv "$corpus.partial" "$corpus"
    corpus_complete "$corpus" || die "the generated corpus in $corpus is incomplete"
fi

# ---------------------------------------------------------------------------------------------
# Helpers.

rmdb() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

settle() {
    sync
    if [ "$drop" = 1 ]; then
        echo 3 >/proc/sys/vm/drop_caches
    fi
}

now() { date +%s.%N; }
secs() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[2]) - float(sys.argv[1])))' "$1" "$2"; }

# timed NAME CMD...: runs CMD under /usr/bin/time -v with its output in $work/NAME.log; sets
# T_SECONDS (wall) and T_RSS_MB (max RSS). Fails the script if CMD fails.
timed() {
    local name=$1; shift
    local start end rss
    settle
    start=$(now)
    if ! /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1; then
        tail -5 "$work/$name.log" >&2
        die "$name failed (log: $work/$name.log)"
    fi
    end=$(now)
    T_SECONDS=$(secs "$start" "$end")
    rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/$name.time")
    T_RSS_MB=$(( (rss + 512) / 1024 ))
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

sql() { python3 - "$@" <<'EOF'
import sqlite3, sys
con = sqlite3.connect('file:%s?mode=ro' % sys.argv[1], uri=True)
for row in con.execute(sys.argv[2]):
    print('|'.join('' if v is None else str(v) for v in row))
EOF
}

ratio() { python3 -c 'import sys; a, b = map(float, sys.argv[1:]); print("%.2f" % (a / b if b else float("inf")))' "$1" "$2"; }
pct() { python3 -c 'import sys; a, b = map(float, sys.argv[1:]); print("%.1f" % (100 * a / b if b else float("inf")))' "$1" "$2"; }
le() { python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) <= float(sys.argv[2]) else 1)' "$1" "$2"; }
lt() { python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)' "$1" "$2"; }

failures=()
rows=()
notes=()

# ---------------------------------------------------------------------------------------------
# One corpus: NAME FOLDER EXPECTED_ARTICLES

bench_corpus() {
    local name=$1 folder=$2 expected=$3
    local plain_db=$work/$name-plain.sqlite db=$work/$name-dossier.sqlite gui_db=$work/$name-gui.sqlite
    local i plain_times=() dossier_times=() dossier_rss=() plain_rss=()

    if [ "$drop" != 1 ]; then
        log "$name: warm-up runs (untimed)"
        rmdb "$plain_db"; python3 "$plain" "$folder" "$plain_db" >/dev/null
        rmdb "$db"; "$dossier" import "$folder" --db "$db" >/dev/null 2>&1 || die "$name: dossier import failed in the warm-up"
    fi
    for ((i = 1; i <= repeat; i++)); do
        log "$name: plain loader, run $i/$repeat"
        rmdb "$plain_db"
        timed "$name-plain-$i" python3 "$plain" "$folder" "$plain_db"
        plain_times+=("$T_SECONDS"); plain_rss+=("$T_RSS_MB")
        log "$name: plain loader: $T_SECONDS s, max RSS $T_RSS_MB MB ($(cat "$work/$name-plain-$i.log"))"

        log "$name: dossier import, run $i/$repeat"
        rmdb "$db"
        timed "$name-dossier-$i" "$dossier" import "$folder" --db "$db"
        dossier_times+=("$T_SECONDS"); dossier_rss+=("$T_RSS_MB")
        log "$name: dossier import: $T_SECONDS s, max RSS $T_RSS_MB MB ($(tail -1 "$work/$name-dossier-$i.log"))"
    done
    local plain_s dossier_s rss_mb plain_rss_mb
    plain_s=$(median "${plain_times[@]}")
    dossier_s=$(median "${dossier_times[@]}")
    rss_mb=$(printf '%s\n' "${dossier_rss[@]}" | sort -n | tail -1)
    plain_rss_mb=$(printf '%s\n' "${plain_rss[@]}" | sort -n | tail -1)

    # Checks on what the (last) first import wrote.
    local files plain_files
    files=$(sql "$db" "SELECT count(*) FROM articles WHERE state = 0")
    plain_files=$(sql "$plain_db" "SELECT count(*) FROM docs")
    [ "$files" = "$expected" ] || failures+=("$name: dossier imported $files articles, expected $expected")
    [ "$plain_files" = "$expected" ] || failures+=("$name: the plain loader loaded $plain_files files, expected $expected")
    if [ "$name" = bbc ]; then
        local pound
        # The decoded file is articles.original in schema 1 as first written, article_texts.original since.
        if [ -n "$(sql "$db" "SELECT 1 FROM pragma_table_info('articles') WHERE name = 'original'")" ]; then
            pound=$(sql "$db" "SELECT encoding, instr(original, '£') > 0 FROM articles WHERE path = 'sport/199.txt'")
        else
            pound=$(sql "$db" "SELECT a.encoding, instr(t.original, '£') > 0 FROM articles a JOIN article_texts t ON t.article_id = a.id
                               WHERE a.path = 'sport/199.txt'")
        fi
        log "$name: sport/199.txt: encoding|has £ = ${pound:-(no row)}"
        case "$pound" in *'|1') ;; *) failures+=("bbc: sport/199.txt lost its £ (encoding|has £: ${pound:-no row})") ;; esac
        notes+=("bbc sport/199.txt: encoding ${pound%%|*}, £ kept: $([ "${pound##*|}" = 1 ] && echo yes || echo NO)")
    fi

    log "$name: re-import of the unchanged corpus"
    timed "$name-reimport" "$dossier" import "$folder" --db "$db"
    local re_s=$T_SECONDS re_rss=$T_RSS_MB
    log "$name: re-import: $re_s s, max RSS $re_rss MB ($(tail -1 "$work/$name-reimport.log"))"
    grep -q " 0 added, 0 updated, $expected unchanged" "$work/$name-reimport.log" \
        || failures+=("$name: the re-import did not find all $expected files unchanged: $(tail -1 "$work/$name-reimport.log")")

    local gui_cell="–" gui_max="" gui_p99="" gui_note=""
    if [ "$gui" != 0 ]; then
        # Each run imports into a new database; the table shows the worst run (the target is a max).
        local gui_runs=() gui_rc result nosearch run_log
        for ((i = 1; i <= repeat; i++)); do
            log "$name: GUI latency while MainWindow imports into a new database, run $i/$repeat"
            run_log=$work/$name-gui-$i.log
            rmdb "$gui_db"
            settle
            gui_rc=0
            QT_QPA_PLATFORM=offscreen "$guibench" "$folder" "$gui_db" >"$run_log" 2>"$work/$name-gui-$i.err" || gui_rc=$?
            result=$(grep '^RESULT ' "$run_log" || true)
            grep -v '^RESULT ' "$run_log" | sed "s/^/import_bench: $name: gui: /" >&2 || true
            if [ -z "$result" ] || [ "$gui_rc" -ge 2 ]; then
                failures+=("$name: guilatency_bench failed (status $gui_rc; $run_log, $work/$name-gui-$i.err)")
                gui_cell="failed"
                break
            fi
            local run_max run_p99
            run_max=$(sed -n 's/.* max_ms=\([0-9.]*\).*/\1/p' <<<"$result")
            run_p99=$(sed -n 's/.* p99_ms=\([0-9.]*\).*/\1/p' <<<"$result")
            nosearch=$(sed -n 's/.* max_nosearch_ms=\([0-9.]*\).*/\1/p' <<<"$result")
            gui_runs+=("$run_max")
            if [ -z "$gui_max" ] || ! le "$run_max" "$gui_max"; then
                gui_max=$run_max
                gui_p99=$run_p99
                gui_cell="$gui_max / $gui_p99"
                gui_note="$name GUI (worst run, $run_log): max stall without a search in it $nosearch ms; $(grep -m1 '^user:' "$run_log"); $(grep -m1 '^list refreshes:' "$run_log")"
            fi
        done
        if [ "$gui_cell" != failed ]; then
            notes+=("$gui_note; max stall per run: ${gui_runs[*]} ms")
            le "$gui_max" 50 || failures+=("$name: GUI stalled $gui_max ms (target: at most 50 ms)")
        fi
    fi

    local r p
    r=$(ratio "$dossier_s" "$plain_s")
    p=$(pct "$re_s" "$dossier_s")
    rows+=("| $name | $files | $plain_s | $dossier_s | $r | $rss_mb | $re_s | $p | $gui_cell |")
    notes+=("$name: plain loader max RSS $plain_rss_mb MB; re-import max RSS $re_rss MB; runs: plain ${plain_times[*]} s, dossier ${dossier_times[*]} s")
    # The ratio and memory targets are for the large corpus; on 2,225 files fixed costs dominate.
    if [ "$name" != bbc ]; then
        le "$r" 1.5 || failures+=("$name: dossier took ${r}x the plain loader's time (target: at most 1.5x)")
        lt "$rss_mb" 500 || failures+=("$name: dossier max RSS $rss_mb MB (target: under 500 MB)")
    fi
    lt "$p" 10 || failures+=("$name: re-import took $p% of the first import (target: under 10%)")
}

log "dossier: $dossier; corpus: $corpus ($docs articles); work: $work"
log "page cache: $([ "$drop" = 1 ] && echo 'dropped before every timed run' || echo 'warm (one untimed warm-up run of each loader first)')"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

bench_corpus bbc "$bbc" "$bbc_expected"
bench_corpus "gen-$docs" "$corpus" "$docs"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
sqlite_version=$(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)')

echo
echo "| corpus | files | plain loader s | dossier s | ratio | dossier max RSS MB | re-import s | re-import % | GUI max stall ms / p99 |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Targets (generated corpus): ratio <= 1.5, max RSS < 500 MB; re-import < 10%; GUI max stall <= 50 ms."
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); SQLite $sqlite_version;" \
     "load average $load_before before, $load_after after; page cache: $([ "$drop" = 1 ] && echo cold || echo warm); runs: $repeat."
for n in "${notes[@]}"; do echo "- $n"; done
echo "Logs: $work"
if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "Missed:"
    for f in "${failures[@]}"; do echo "- $f"; done
    exit 1
fi
echo
echo "All checks and targets passed."
