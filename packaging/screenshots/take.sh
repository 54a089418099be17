#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the manual's screenshots from the real window under Xvfb (in the build environment):
#   .ci/devenv shell packaging/screenshots/take.sh [BUILD_DIR] [LANGUAGE]
# writes docs/images/*.png (LANGUAGE en, the default) or docs/images/LANGUAGE/*.png.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/release}
language=${2:-en}
out=docs/images
[ "$language" = en ] || out=docs/images/$language
cmake --build "$build" --target dossier_screenshots
xvfb-run -a -s "-screen 0 1280x800x24" "$build/packaging/dossier_screenshots" "$out" "$language"
