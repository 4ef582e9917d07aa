#!/bin/sh
# Export time, peak memory and file size per audio format (issue 12).
#
# The example article made about 10 minutes long (its body 4 times) is
# exported to each format ROUNDS times; the medians of wall and CPU time
# (user + system), the peak RSS, the file size and its size per hour of
# audio are printed, with the time each format adds to the WAV export
# (the encoding: the compressed formats synthesise into a scratch file,
# then encode once every chapter is known). -o - is timed too for MP3.
#
# usage: bench/export_formats.sh [BUILD_DIR] [PAGE] [ROUNDS]
#        (default: build, the example article x4, 3)
# Target: peak RSS <= 40 MB for every format (the issue's bound for a
# 4-hour export; only M4B's grows with the article: FORMATS=m4b
# bench/export_memory.sh build 100).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
ALOUD=$BUILD/aloud
ROUNDS=${3:-3}
[ -x "$ALOUD" ] || { echo "export_formats: build aloud first ($ALOUD)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

if [ -n "${2:-}" ]; then
    PAGE=$2
else
    PAGE=$TMP/page.html
    python3 "$ROOT/bench/long_page.py" "$ROOT/examples/article.html" 4 "$PAGE"
fi

python3 - "$ALOUD" "$PAGE" "$TMP" "$ROUNDS" <<'PY'
import json, os, statistics, subprocess, sys, time
aloud, page, tmp, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def timed(cmd, stdout=subprocess.DEVNULL):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        sys.exit("failed: %s" % cmd)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

def duration(path):
    r = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                        "json", path], capture_output=True, text=True, check=True)
    return float(json.loads(r.stdout)["format"]["duration"])

rows = {}
for _ in range(rounds):
    for fmt in ("wav", "mp3", "opus", "m4b", "flac", "mp3 -o -"):
        if fmt == "mp3 -o -":
            out = tmp + "/stream.mp3"
            with open(out, "wb") as f:
                w, c, m = timed([aloud, "-q", "--format", "mp3", "-o", "-", page], stdout=f)
        else:
            out = "%s/a.%s" % (tmp, fmt)
            w, c, m = timed([aloud, "-q", "-o", out, page])
        r = rows.setdefault(fmt, {"wall": [], "cpu": [], "rss": [], "out": out})
        r["wall"].append(w); r["cpu"].append(c); r["rss"].append(m)

print("page: %s, %d rounds, audio %.1f s (%.1f min)" % (page, rounds, duration(tmp + "/a.wav"),
                                                      duration(tmp + "/a.wav") / 60))
print("%-9s %9s %9s %9s %11s %11s %11s" % ("format", "wall s", "CPU s", "+CPU s", "peak RSS",
                                           "size", "per hour"))
base = statistics.median(rows["wav"]["cpu"])
worst = 0
for fmt, r in rows.items():
    size = os.path.getsize(r["out"])
    seconds = duration(r["out"]) if fmt != "mp3 -o -" else duration(tmp + "/a.wav")
    cpu = statistics.median(r["cpu"])
    worst = max(worst, max(r["rss"]))
    print("%-9s %9.2f %9.2f %9.2f %8.1f MB %8.2f MB %8.1f MB" % (
        fmt, statistics.median(r["wall"]), cpu, cpu - base, max(r["rss"]), size / 1e6,
        size / 1e6 * 3600 / seconds))
print("peak RSS, worst format: %.1f MB (target <= 40 MB)" % worst)
sys.exit(0 if worst <= 40 else 1)
PY
