#!/bin/sh
# aloud's export time against plain espeak-ng on the same text.
#
# The article's text (aloud --text) is spoken by `espeak-ng -w` with the
# voice aloud chose, and the page is exported by `aloud -o`, alternately,
# ROUNDS times each; the medians are compared. aloud's time includes
# loading and extracting the page and the SSML it adds (pauses, heading
# prosody), so the ratio is aloud's whole overhead. Target: ratio <= 1.10.
# Both are single-threaded and CPU-bound, so on an idle machine CPU time
# and wall time agree; on a shared machine wall time swings with the other
# load, so the target is checked on CPU time (user + system) and wall time
# is printed beside it.
#
# usage: bench/export_overhead.sh [BUILD_DIR] [PAGE] [ROUNDS]
#        (default: build, the example article made 10 times longer, 7)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
ALOUD=$BUILD/aloud
ROUNDS=${3:-7}
[ -x "$ALOUD" ] || { echo "export_overhead: build aloud first ($ALOUD)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

if [ -n "${2:-}" ]; then
    PAGE=$2
else
    # A longer page gives steadier timings than the 2-minute example.
    PAGE=$TMP/page.html
    python3 "$ROOT/bench/long_page.py" "$ROOT/examples/article.html" 10 "$PAGE"
fi

"$ALOUD" --text "$PAGE" >"$TMP/text.txt"
VOICE=$("$ALOUD" -o "$TMP/a.wav" "$PAGE" | sed -n 's/.*, voice \([^ ]*\)$/\1/p' | head -1)
# Same settings on both sides: the narrator profile's pitch (a lower pitch
# costs espeak-ng more work). Its intonation range (40) has no espeak-ng
# option and stays at espeak-ng's 50, which is slightly cheaper.
PITCH=$(sed -n 's/^pitch *= *\([0-9]*\).*/\1/p' "$ROOT/voices/narrator.voice")

python3 - "$ALOUD" "$PAGE" "$TMP" "$VOICE" "$ROUNDS" "$PITCH" <<'PY'
import os, resource, statistics, subprocess, sys, time, wave
aloud, page, tmp, voice, rounds, pitch = sys.argv[1:4] + [sys.argv[4], int(sys.argv[5]), sys.argv[6]]
runs = {
    "espeak-ng -w": ["espeak-ng", "-v", voice, "-s", "175", "-p", pitch, "-w", tmp + "/e.wav",
                     "-f", tmp + "/text.txt"],
    "aloud -o": [aloud, "-q", "-o", tmp + "/a.wav", page],
}
wall = {k: [] for k in runs}
cpu = {k: [] for k in runs}
for _ in range(rounds):
    for name, cmd in runs.items():
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        wall[name].append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
def audio(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()
print("page: %s, voice %s, pitch %s, %d rounds" % (page, voice, pitch, rounds))
for name, path in (("espeak-ng -w", "/e.wav"), ("aloud -o", "/a.wav")):
    print("%-13s wall median %.3f s (min %.3f), CPU median %.3f s, audio %.1f s"
          % (name, statistics.median(wall[name]), min(wall[name]), statistics.median(cpu[name]),
             audio(tmp + path)))
def ratio(d):
    return statistics.median(d["aloud -o"]) / statistics.median(d["espeak-ng -w"])
print("ratio aloud/espeak-ng: CPU time %.3f, wall time %.3f (target <= 1.10 on CPU time)"
      % (ratio(cpu), ratio(wall)))
sys.exit(0 if ratio(cpu) <= 1.10 else 1)
PY
