#!/bin/sh
# Extraction quality and speed (issues 2 and 5).
#   bench/extract.sh [BUILD_DIR]
# Needs ../shared (the Readability corpus and the seed fixture) for the
# quality figures; the speed figures run on whatever corpus is there, else
# on tests/pages.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
shared=../shared
if [ -x "$shared/bench/score-extract" ]; then
    echo "== Seed fixture"
    "$shared/bench/score-extract" seed "$build/aloud --json {}" | tail -1
    echo "== Readability development set (4-word shingles vs Readability.js's output)"
    "$shared/bench/score-extract" readability "$build/aloud --text {}" --worst 12
    pages=$(ls "$shared"/corpora/readability/*/source.html)
else
    pages=$(ls tests/pages/*/page.html)
fi
echo "== In-process extraction time per page (best of 5 runs)"
# shellcheck disable=SC2086
"$build/bench/extract_speed" -n 5 $pages | tail -1
if [ -f bench/holdout/score.py ]; then
    echo "== Held-out pages"
    python3 bench/holdout/score.py "$build/aloud" | tail -8
fi
