#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Scores Dossier's quotes, speakers and entities against the hand-made gold files in bench/gold.
# Run it in the build environment from the repository's top folder:
#
#     .ci/devenv bench eval_gold.sh [--no-heldout] [--verbose] [--json]
#
# (or bench/eval_gold.sh after a release build; it uses build/release/app/dossier). For each gold
# set (sample: resources/sample; seeds and bbc: ../shared/corpora, skipped when absent) it imports the
# articles the gold covers into a new database, exports JSON, and runs bench/eval_analysis.py.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$top/build/release}
dossier=$build/app/dossier
shared=${SHARED:-$top/../shared}
[ -x "$dossier" ] || { echo "eval_gold: $dossier not built" >&2; exit 2; }
work=$(mktemp -d /work/scratch/eval-gold.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_set NAME SOURCE:GOLD... : the articles each gold file covers, copied from its SOURCE folder
# into a folder of their own (named after the gold file when there are several sources).
run_set() {
    local name=$1; shift
    local corpus=$work/$name golds=()
    mkdir -p "$corpus"
    for pair in "$@"; do golds+=("${pair#*:}"); done
    python3 - "$corpus" "$@" <<'PY'
import json, os, shutil, sys
corpus, pairs = sys.argv[1], sys.argv[2:]
sources = {p.split(":", 1)[0] for p in pairs}
for pair in pairs:
    source, gold = pair.split(":", 1)
    prefix = os.path.basename(source) if len(sources) > 1 else ""
    for a in json.load(open(gold))["articles"]:
        dst = os.path.join(corpus, prefix, a["path"])
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy(os.path.join(source, a["path"]), dst)
    meta = os.path.join(source, "metadata.csv")
    if os.path.exists(meta) and not prefix:
        shutil.copy(meta, corpus)
PY
    "$dossier" import "$corpus" --db "$work/$name.sqlite" >/dev/null 2>&1
    "$dossier" export --db "$work/$name.sqlite" --format json --out "$work/$name.json" >/dev/null 2>&1
    echo "## $name"
    python3 "$top/bench/eval_analysis.py" --gold "${golds[@]}" --export "$work/$name.json" "${EVAL_ARGS[@]}"
    echo
}

# --no-heldout: leave the held-out set out (for anyone changing the rules: its scores are only for
# reporting, never for choosing). Other arguments go to eval_analysis.py.
heldout=1
EVAL_ARGS=()
for arg in "$@"; do
    if [ "$arg" = --no-heldout ]; then heldout=0; else EVAL_ARGS+=("$arg"); fi
done
gold=$top/bench/gold
run_set sample "$top/resources/sample:$gold/sample.json"
if [ -d "$shared/corpora/seeds" ]; then
    run_set seeds "$shared/corpora/seeds:$gold/seeds.json"
    run_set bbc "$shared/corpora/bbc:$gold/bbc-1.json" "$shared/corpora/bbc:$gold/bbc-2.json"
    # bbc-3: annotated late, looked at but not yet used to change anything.
    run_set bbc-3 "$shared/corpora/bbc:$gold/bbc-3.json"
    # bbc-4: 25 more articles, annotated while the rules were being revised; a validation set.
    run_set bbc-4 "$shared/corpora/bbc:$gold/bbc-4.json"
    # bbc-5: 20 more (4 per section, with or without quotes), annotated last; validation.
    [ -f "$gold/bbc-5.json" ] && run_set bbc-5 "$shared/corpora/bbc:$gold/bbc-5.json"
    run_set real-news "$shared/corpora/seeds:$gold/seeds.json" "$shared/corpora/bbc:$gold/bbc-1.json" "$shared/corpora/bbc:$gold/bbc-2.json" \
        "$shared/corpora/bbc:$gold/bbc-3.json"
    # Annotated after the rules were written, and never looked at while changing them.
    if [ "$heldout" = 1 ] && [ -f "$gold/heldout/bbc-heldout.json" ]; then
        run_set bbc-heldout "$shared/corpora/bbc:$gold/heldout/bbc-heldout.json"
    fi
else
    echo "(no $shared/corpora: seeds and bbc skipped)"
fi
