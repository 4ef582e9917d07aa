#!/bin/sh
# The main job on a fresh machine: install what aloud needs, build it, and
# read the bundled example article (no network needed).
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh build
echo
echo "== The article's sections (aloud --sections examples/article.html)"
./build/aloud --sections examples/article.html
if ./build/aloud --help | grep -q -- '--output'; then
    mkdir -p out
    echo
    echo "== Exporting it as audio (aloud -o out/article.wav --chapters out/article.cue examples/article.html)"
    ./build/aloud -o out/article.wav --chapters out/article.cue examples/article.html
fi
