#!/usr/bin/env python3
"""Score a saved score-extract run apart on its development and held-out parts.

usage: bench/dev_split.py dragnet|readability SAVED_DIR [--worst N]

SAVED_DIR is what `../shared/bench/score-extract MODE 'CMD {}' --save DIR`
wrote (one KEY.txt per page). Gold texts: for dragnet the unpacked corpus
(${XDG_CACHE_HOME:-~/.cache}/aloud-corpora/dragnet/gold/KEY.txt), for
readability ../shared/corpora/readability/KEY/expected.html as text.

One page in five is held out: those whose key has CRC-32 = 0 mod 5 (261 of
Dragnet's 1378 pages, 23 of Readability's 130). Rules are developed on the
rest; the held-out part is only measured, never looked at page by page, so
--worst lists development pages only. The metric is score-extract's: 4-word
shingles of \\w+ words, P and R per page, averaged, F1 of the means.
"""
import collections
import html
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
WORD = re.compile(r"\w+")


def held_out(key):
    return zlib.crc32(key.encode()) % 5 == 0


def shingles(text):
    t = WORD.findall(text)
    return collections.Counter(tuple(t[i:i + 4]) for i in range(len(t) - 3))


def page_score(gold, out):
    a, b = shingles(gold), shingles(out)
    tp = sum((a & b).values())
    fp, fn = sum(b.values()) - tp, sum(a.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else 0.0,
            tp / (tp + fn) if tp + fn else 0.0)


def html_text(markup):
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|blockquote|pre)>",
                    "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def gold_text(mode, key):
    if mode == "dragnet":
        cache = os.environ.get("XDG_CACHE_HOME",
                               os.path.expanduser("~/.cache"))
        path = os.path.join(cache, "aloud-corpora", "dragnet", "gold",
                            key + ".txt")
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    path = os.path.join(SHARED, "corpora", "readability", key,
                        "expected.html")
    with open(path, encoding="utf-8") as f:
        return html_text(f.read())


def main(argv):
    if len(argv) < 3 or argv[1] not in ("dragnet", "readability"):
        print(__doc__.strip(), file=sys.stdout if "-h" in argv
              or "--help" in argv else sys.stderr)
        return 0 if "-h" in argv or "--help" in argv else 2
    mode, saved = argv[1], argv[2]
    worst = int(argv[argv.index("--worst") + 1]) if "--worst" in argv else 0
    rows = {"dev": [], "held": []}
    for name in sorted(os.listdir(saved)):
        if not name.endswith(".txt"):
            continue
        key = name[:-4]
        with open(os.path.join(saved, name), encoding="utf-8",
                  errors="replace") as f:
            out = f.read()
        p, r = page_score(gold_text(mode, key), out)
        rows["held" if held_out(key) else "dev"].append((key, p, r))
    for part, rs in rows.items():
        if not rs:
            continue
        p = sum(x[1] for x in rs) / len(rs)
        r = sum(x[2] for x in rs) / len(rs)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{part:5} pages={len(rs)} precision={p:.4f} recall={r:.4f} "
              f"f1={f1:.4f}")
    for key, p, r in sorted(rows["dev"], key=lambda x: x[1] + x[2])[:worst]:
        print(f"  worst: {key} precision={p:.3f} recall={r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
