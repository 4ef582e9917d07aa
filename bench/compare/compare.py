#!/usr/bin/env python3
"""Compare aloud's article extraction with other extractors on the same pages.

usage: compare.py [ALOUD] [--only NAMES] [--per-page] [--timeout S]

  ALOUD       the aloud executable (default: build/aloud)
  --only      comma-separated extractors to run (default: every one found)
  --per-page  also print each page's shingle F1 per extractor (numbers only)

Page sets, scored and reported separately:

  holdout  bench/holdout/*/   written blind, never tuned on: the fair test
  dev      tests/pages/*/     aloud's golden fixtures: aloud WAS tuned on these
  seed     /work/shared/fixtures/techarp-fbi-mi5 (or $ALOUD_SEED_DIR), if present

Extractors (each skipped with a note when it is not installed):

  aloud               ALOUD --json PAGE
  readability.js      node readability.js PAGE   (npm install in this directory)
  defuddle            node defuddle.js PAGE      (npm install in this directory)
  python-readability  python_readability.py PAGE (Debian: python3-readability)
  rdrview             rdrview -H PAGE            (when on PATH)

Every extractor but aloud gives article HTML, which blocks.js splits into
paragraphs with aloud's paragraph rules (tests/pages/README.md); aloud's
--json gives its paragraphs directly. From there the same code scores all:

  - a heading equal to the extractor's own title is dropped (it is the title;
    aloud drops such headings itself);
  - shingle P/R/F1: 4-word shingles (multiset) of the output's headings and
    paragraphs, concatenated, against the expected headings and paragraphs;
    per page, then the mean over pages; a page without output scores 0;
  - paragraphs present: expected paragraphs (white space normalised) found
    as substrings of the concatenated output, over all pages together;
  - traps absent: must_not_contain phrases not found (case-insensitively,
    not inside a longer word) in the title, headings or paragraphs;
  - no output: pages with an article for which the extractor crashed, timed
    out, printed bad JSON or found nothing; pages without an article (the
    expected.json says "error") are not in the means: the last column counts
    how many of them the extractor rightly refused.

The tokeniser, the shingles and the phrase matching are bench/holdout/score.py's,
imported, so the figures mean the same as that scorer's. No page text is
printed. It measures; it is not a test: the exit status is 0 unless the
usage is wrong (2).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "holdout"))
from score import leaks, prf, ws  # noqa: E402  (same metric as the holdout scorer)

SEED_DIR = os.environ.get("ALOUD_SEED_DIR", "/work/shared/fixtures/techarp-fbi-mi5")
URL = "https://example.com/article"


# ---------------------------------------------------------------- extractors

def find_python_readability():
    """A Python that has readability-lxml's Document (pip's or Debian's)."""
    for py in (sys.executable, "/usr/bin/python3"):
        if py and os.access(py, os.X_OK) and subprocess.run(
                [py, "-c", "from readability import Document"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
            return py
    return None


def extractors(aloud):
    """[(name, argv-builder or None, why-missing)] in table order."""
    node = shutil.which("node")
    mods = os.path.join(HERE, "node_modules")
    have = lambda m: node and os.path.isdir(os.path.join(mods, m))  # noqa: E731
    pyr = find_python_readability()
    rdr = shutil.which("rdrview")
    return [
        ("aloud", (lambda p: [aloud, "--json", p]) if os.access(aloud, os.X_OK) else None,
         f"{aloud} is not an executable"),
        ("readability.js", (lambda p: [node, os.path.join(HERE, "readability.js"), p])
         if have("@mozilla/readability") and have("jsdom") else None,
         "run npm install in bench/compare"),
        ("defuddle", (lambda p: [node, os.path.join(HERE, "defuddle.js"), p])
         if have("defuddle") and have("jsdom") else None, "run npm install in bench/compare"),
        ("python-readability", (lambda p: [pyr, os.path.join(HERE, "python_readability.py"), p])
         if pyr and node else None, "apt-get install python3-readability"),
        ("rdrview", (lambda p: ["rdrview", "-H", "-u", URL, p]) if rdr and node else None,
         "rdrview not on PATH"),
    ]


def parse_aloud(out):
    doc = json.loads(out)
    blocks = []
    for s in doc.get("sections") or []:
        if s.get("heading"):
            blocks.append((ws(s["heading"]), s.get("level") or 2))
        for p in s.get("paragraphs") or []:
            blocks.append((ws(p.get("text", "") if isinstance(p, dict) else p), None))
    return ws(doc.get("title")) or "", blocks


def parse_blocks(out):
    doc = json.loads(out)
    blocks = []
    for p in doc.get("paragraphs") or []:
        if isinstance(p, dict):
            blocks.append((ws(p.get("text")), p.get("level") or 2))
        else:
            blocks.append((ws(p), None))
    return ws(doc.get("title")) or "", blocks


def rdrview_to_blocks(html, page, timeout):
    """rdrview prints HTML: split it with blocks.js; its title from -M."""
    meta = subprocess.run(["rdrview", "-M", "-u", URL, page], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, timeout=timeout)
    title = ""
    for line in meta.stdout.decode("utf-8", "replace").splitlines():
        if line.lower().startswith("title:"):
            title = line.split(":", 1)[1].strip()
    p = subprocess.run(["node", os.path.join(HERE, "blocks.js")], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, timeout=timeout,
                       input=json.dumps({"title": title, "html": html}).encode("utf-8"))
    return p.returncode, p.stdout


def run(name, argv, page, timeout):
    """(status, title, blocks, seconds); status is ok, none (no article) or
    crash (non-zero exit, timeout, bad JSON)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           timeout=timeout)
        rc, out = p.returncode, p.stdout
        if name == "rdrview" and rc == 0:
            rc, out = rdrview_to_blocks(out.decode("utf-8", "replace"), page, timeout)
    except (subprocess.TimeoutExpired, OSError):
        return "crash", "", [], time.perf_counter() - t0
    secs = time.perf_counter() - t0
    if rc == 13 or (rc == 1 and name == "rdrview"):
        return "none", "", [], secs
    if rc != 0:
        return "crash", "", [], secs
    try:
        title, blocks = (parse_aloud if name == "aloud" else parse_blocks)(
            out.decode("utf-8", "replace"))
    except (ValueError, AttributeError, TypeError):
        return "crash", "", [], secs
    blocks = [(t, lv) for t, lv in blocks if t]
    if not blocks:
        return "none", "", [], secs
    return "ok", title, blocks, secs


# ---------------------------------------------------------------- scoring

def expected_article(exp):
    want_text, want_paras = [], []
    for s in exp.get("sections") or []:
        if s.get("heading"):
            want_text.append(ws(s["heading"]))
        for p in s.get("paragraphs") or []:
            want_text.append(ws(p))
            want_paras.append(ws(p))
    return " ".join(want_text), want_paras


def score(exp, status, title, blocks):
    """Figures of one page for one extractor (the same code for every one)."""
    if "error" in exp:
        return {"noarticle": 1, "refused": int(status != "ok")}
    blocks = [(t, lv) for t, lv in blocks
              if lv is None or t.casefold() != (title or "").casefold()]
    got = " ".join(t for t, _ in blocks)
    want, want_paras = expected_article(exp)
    spoken = [title] + [t for t, _ in blocks] if status == "ok" else []
    traps = exp.get("must_not_contain") or []
    return {
        "pages": 1,
        "prf": prf(got, want) if status == "ok" else (0.0, 0.0, 0.0),
        "present": sum(1 for p in want_paras if p in got) if status == "ok" else 0,
        "want": len(want_paras),
        "traps": len(traps),
        "leaked": len(leaks(traps, spoken)) if spoken else 0,
        "nooutput": int(status != "ok"),
        "crash": int(status == "crash"),
    }


def page_sets():
    sets = []
    for label, d in (("holdout (never tuned on)", os.path.join(ROOT, "bench", "holdout")),
                     ("dev fixtures tests/pages (aloud WAS tuned on these)",
                      os.path.join(ROOT, "tests", "pages"))):
        names = sorted(n for n in os.listdir(d) if os.path.isfile(os.path.join(d, n, "page.html")))
        sets.append((label, [(n, os.path.join(d, n)) for n in names]))
    if os.path.isfile(os.path.join(SEED_DIR, "page.html")):
        sets.append(("seed page techarp-fbi-mi5 (aloud WAS tuned on it)",
                     [("techarp-fbi-mi5", SEED_DIR)]))
    return sets


def table(label, rows):
    print(f"\n## {label}\n")
    print("| extractor | pages | shingle P | shingle R | shingle F1 | paragraphs present "
          "| traps absent | no output (crash) | no-article refused | median s/page |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, acc, times in rows:
        n = acc["pages"] or 1
        mp, mr, mf = (sum(x[i] for x in acc["prfs"]) / n for i in range(3))
        na = f"{acc['refused']}/{acc['noarticle']}" if acc["noarticle"] else "-"
        print(f"| {name} | {acc['pages']} | {mp:.4f} | {mr:.4f} | {mf:.4f} "
              f"| {acc['present']}/{acc['want']} = {acc['present'] / max(1, acc['want']):.4f} "
              f"| {acc['traps'] - acc['leaked']}/{acc['traps']} = "
              f"{(acc['traps'] - acc['leaked']) / max(1, acc['traps']):.4f} "
              f"| {acc['nooutput']} ({acc['crash']}) | {na} "
              f"| {statistics.median(times) if times else 0:.3f} |")


def main():
    ap = argparse.ArgumentParser(description="compare article extractors")
    ap.add_argument("aloud", nargs="?", default="build/aloud")
    ap.add_argument("--only")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    exs = []
    for name, build, why in extractors(args.aloud):
        if only and name not in only:
            continue
        if build is None:
            print(f"skipped {name}: {why}")
            continue
        exs.append((name, build))
    if not exs:
        print("compare.py: no extractor to run", file=sys.stderr)
        return 2
    print("extractors: " + ", ".join(n for n, _ in exs))
    for label, pages in page_sets():
        rows, per_page = [], {}
        for name, build in exs:
            acc = {k: 0 for k in ("pages", "present", "want", "traps", "leaked",
                                  "nooutput", "crash", "noarticle", "refused")}
            acc["prfs"], times = [], []
            for pname, d in pages:
                page = os.path.join(d, "page.html")
                with open(os.path.join(d, "expected.json"), encoding="utf-8") as f:
                    exp = json.load(f)
                status, title, blocks, secs = run(name, build(page), page, args.timeout)
                times.append(secs)
                r = score(exp, status, title, blocks)
                for k, v in r.items():
                    if k == "prf":
                        acc["prfs"].append(v)
                        per_page.setdefault(pname, {})[name] = v[2] if status == "ok" else status
                    else:
                        acc[k] += v
            rows.append((name, acc, times))
        table(label, rows)
        if args.per_page:
            print("\nper-page shingle F1:\n")
            print("| page | " + " | ".join(n for n, _ in exs) + " |")
            print("|---|" + "---:|" * len(exs))
            for pname in sorted(per_page):
                cells = [per_page[pname].get(n, "-") for n, _ in exs]
                print(f"| {pname} | " + " | ".join(
                    f"{c:.3f}" if isinstance(c, float) else c for c in cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
