#!/usr/bin/env python3
"""Score a saved Dragnet run separately on its development and held-out parts.

usage: bench/dragnet_split.py SAVED_DIR [--worst N] [--part dev|held]

SAVED_DIR is what `../shared/bench/score-extract dragnet 'CMD {}' --save DIR`
wrote (one KEY.txt per page). The gold texts are read from the unpacked
corpus (${XDG_CACHE_HOME:-~/.cache}/aloud-corpora/dragnet/gold).

One page in five is held out: those whose key has CRC-32 = 0 mod 5. Rules
are developed on the other four fifths; the held-out part is only measured,
never looked at page by page. The metric is score-extract's: 4-word
shingles of \\w+ words, P and R per page, averaged, F1 of the means.
"""
import collections
import os
import re
import sys
import zlib


def held_out(key):
    return zlib.crc32(key.encode()) % 5 == 0


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return collections.Counter(tuple(words[i:i + 4])
                               for i in range(len(words) - 3))


def page_score(out, gold):
    a, b = shingles(out), shingles(gold)
    tp = sum((a & b).values())
    na, nb = sum(a.values()), sum(b.values())
    p = tp / na if na else (1.0 if not nb else 0.0)
    r = tp / nb if nb else (1.0 if not na else 0.0)
    return p, r


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(argv) >= 2 else 2
    saved = argv[1]
    worst = int(argv[argv.index("--worst") + 1]) if "--worst" in argv else 0
    part = argv[argv.index("--part") + 1] if "--part" in argv else "dev"
    cache = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    gold_dir = os.path.join(cache, "aloud-corpora", "dragnet", "gold")
    rows = {"dev": [], "held": []}
    for name in sorted(os.listdir(saved)):
        if not name.endswith(".txt"):
            continue
        key = name[:-4]
        with open(os.path.join(saved, name), errors="replace") as f:
            out = f.read()
        with open(os.path.join(gold_dir, name), errors="replace") as f:
            gold = f.read()
        p, r = page_score(out, gold)
        rows["held" if held_out(key) else "dev"].append((key, p, r))
    for name, rs in rows.items():
        if not rs:
            continue
        p = sum(x[1] for x in rs) / len(rs)
        r = sum(x[2] for x in rs) / len(rs)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:5} pages={len(rs)} precision={p:.4f} recall={r:.4f} "
              f"f1={f1:.4f}")
    if worst and part == "dev":
        for key, p, r in sorted(rows["dev"], key=lambda x: x[1] + x[2])[:worst]:
            print(f"  worst: {key} precision={p:.3f} recall={r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
