#!/bin/sh
# Peak memory of an export: the bundled example article made N times longer
# (its sections repeated, headings numbered), exported to WAV (or to each
# of $FORMATS) with `/usr/bin/time -v`, whose figure is that of the largest
# process of the export (the exporter, a synthesis worker or the encoding
# process). Audio is streamed to disk, so the peak should not grow with the
# article: the targets are at most 30 MB for ten times the seed article in
# WAV, and 40 MB in every format for 100 times (3:42 of audio).
#
# usage: [FORMATS="wav mp3 opus m4b flac"] bench/export_memory.sh [BUILD_DIR] [MULTIPLIER...]
#        (default: WAV; build 1 10 100)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
[ $# -gt 0 ] && shift
ALOUD=$BUILD/aloud
[ -x "$ALOUD" ] || { echo "export_memory: build aloud first ($ALOUD)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "export_memory: needs /usr/bin/time (package 'time')" >&2; exit 2; }
MULTIPLIERS=${*:-1 10 100}
FORMATS=${FORMATS:-wav}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

grow() {  # grow N OUT: the example article with its body repeated N times
    python3 - "$ROOT/examples/article.html" "$1" "$2" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
n = int(sys.argv[2])
start = html.index("<h2>Bells, guns and sirens")
end = html.index("<h2>Support independent writing")
body = html[start:end]
copies = [re.sub(r"(<h[23]>)([^<]*)(</h[23]>)", r"\1\2 (part %d)\3" % i, body) if i else body
          for i in range(n)]
open(sys.argv[3], "w", encoding="utf-8").write(html[:start] + "".join(copies) + html[end:])
PY
}

printf '%-10s %-6s %8s %10s %12s %12s\n' multiplier format words audio "peak RSS" "wall time"
for n in $MULTIPLIERS; do
    grow "$n" "$TMP/page.html"
    words=$("$ALOUD" --sections "$TMP/page.html" | tail -1 | sed 's/.*, \([0-9]*\) words.*/\1/')
    for f in $FORMATS; do
        /usr/bin/time -v "$ALOUD" -o "$TMP/out.$f" "$TMP/page.html" >"$TMP/out.txt" 2>"$TMP/time.txt"
        rm -f "$TMP/out.$f"
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$TMP/time.txt")
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$TMP/time.txt")
        audio=$(sed -n 's/^Wrote [^:]*: \([0-9:]*\),.*/\1/p' "$TMP/out.txt")
        printf '%-10s %-6s %8s %10s %9.1f MB %12s\n' "${n}x" "$f" "$words" "$audio" \
            "$(awk "BEGIN { print $rss / 1024 }")" "$wall"
        if [ "$n" = 10 ] && [ "$f" = wav ] && [ "$rss" -gt 30720 ]; then
            echo "export_memory: ${n}x peak RSS ${rss} kB is over the 30 MB target" >&2
            status=1
        fi
        if [ "$rss" -gt 40960 ]; then
            echo "export_memory: ${n}x $f peak RSS ${rss} kB is over the 40 MB target" >&2
            status=1
        fi
    done
done
exit ${status:-0}
