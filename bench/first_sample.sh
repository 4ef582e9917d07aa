#!/bin/sh
# Time to the first synthesised sample: from the start of loading the page
# (read, decode, parse, extract, outline) through starting espeak-ng and
# choosing the voice to the first audio delivered by the synthesiser, as
# a player would get it. Measured in-process by the speech test harness
# (tests/test_speech_api first-sample PAGE), median of ROUNDS runs, each a
# fresh process (espeak-ng's start-up is included).
#
# usage: bench/first_sample.sh [BUILD_DIR] [PAGE] [ROUNDS]
#        (default: build, examples/article.html, 11)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
PAGE=${2:-$ROOT/examples/article.html}
ROUNDS=${3:-11}
PROBE=$BUILD/tests/test_speech_api
[ -x "$PROBE" ] || { echo "first_sample: build the tests first ($PROBE)" >&2; exit 2; }

i=0
while [ "$i" -lt "$ROUNDS" ]; do
    "$PROBE" first-sample "$PAGE"
    i=$((i + 1))
done | sort -n | awk -v page="$PAGE" '
    { ms[NR] = $1 }
    END { printf "first sample for %s: median %.1f ms (min %.1f, max %.1f, %d runs)\n",
                 page, ms[int((NR + 1) / 2)], ms[1], ms[NR], NR }'
