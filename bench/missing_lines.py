#!/usr/bin/env python3
"""Count the reference lines a saved run leaves out, by their shape.

usage: bench/missing_lines.py dragnet|readability SAVED_DIR [--list KIND] [--cut R]

SAVED_DIR is what `../shared/bench/score-extract MODE 'CMD {}' --save DIR`
wrote (one KEY.txt per page); the reference texts are dev_split.py's. Only
development pages are read: held-out pages (dev_split.held_out) are skipped
before their output or reference is opened.

A reference line is missing when fewer than R (default 0.5) of its 4-word
shingles are in the page's output. Each missing line is sorted by its
words into a kind: the title, a byline or date line, a related or "read
more" line, an author's bio or contact line, a disclosure or copyright
line, an appeal or subscription prompt, a caption or credit, a bare link,
a comment policy, or "other" (the article's own text, mostly: look there
first). The loss is the line's shingles over the page's, averaged over all
development pages: the share of the corpus's mean recall it costs. Most
kinds are left out on purpose (tests/pages/README.md, "What is dropped");
the shape is a first sort, not a verdict.

--list KIND prints the kind's lines, largest loss first (KEY, loss, line).
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dev_split  # noqa: E402

MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
KINDS = [
    ("byline/date", r"^(by|posted|published|updated|written|filed|submitted|created)\b"
                    r"|^\d+ (mins?|hours?) ago|" + MONTH + r"\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}"
                    r"|\b\d{1,2}:\d\d\s*(am|pm)?\b|^\w+day,? " + MONTH),
    ("related/read-more", r"^(related|see also|read more|continue reading|read it at|read:|more |"
                          r"next up|previous|full story|labels?:|tags?:|categor)|»$"),
    ("bio/contact", r"\b(covers|is the author|is a professor|write to|e-?mail address|"
                    r"follow (me|us|him|her|\w+) on|on twitter at|send news tips|write me)\b"),
    ("disclosure/copyright", r"disclos|disclaim|copyright|all rights|affiliate|"
                             r"does not hold a financial"),
    ("appeal/subscribe", r"sign up|newsletter|subscribe|donat|premium member|special offer|"
                         r"free \d+ day|support (the|our)|join (the|us|our)|giveaway"),
    ("caption/credit", r"getty|\bafp\b|reuters|^\(?(photo|image|credit|source|via)\b|"
                       r"photos? by|image credit|images? via|\(source:"),
    ("link", r"^https?://|click here|go here"),
    ("comment-policy", r"\bguidelines\b.*\bcomments?\b|\bcomments?\b.*\bguidelines\b"),
]


def kind_of(line, title):
    low = line.lower().strip()
    if title and low == title.lower().strip():
        return "title"
    for name, rx in KINDS:
        if re.search(rx, low):
            return name
    return "other"


def main(argv):
    if len(argv) < 3 or argv[1] not in ("dragnet", "readability"):
        print(__doc__.strip(), file=sys.stdout if "-h" in argv
              or "--help" in argv else sys.stderr)
        return 0 if "-h" in argv or "--help" in argv else 2
    mode, saved = argv[1], argv[2]
    listing = argv[argv.index("--list") + 1] if "--list" in argv else None
    cut = float(argv[argv.index("--cut") + 1]) if "--cut" in argv else 0.5
    rows, pages = [], 0
    for name in sorted(os.listdir(saved)):
        key = name[:-4]
        if not name.endswith(".txt") or dev_split.held_out(key):
            continue
        pages += 1
        with open(os.path.join(saved, name), encoding="utf-8",
                  errors="replace") as f:
            out = dev_split.shingles(f.read())
        gold = dev_split.gold_text(mode, key)
        total = sum(dev_split.shingles(gold).values())
        lines = [x for x in gold.split("\n") if x.strip()]
        for line in lines:
            s = dev_split.shingles(line)
            n = sum(s.values())
            hit = sum((s & out).values())
            if n and total and hit / n < cut:
                rows.append((kind_of(line, lines[0]), key, (n - hit) / total,
                             " ".join(line.split())))
    by_kind = collections.defaultdict(list)
    for row in rows:
        by_kind[row[0]].append(row)
    print(f"development pages={pages} missing lines={len(rows)} "
          f"recall lost={sum(r[2] for r in rows) / max(pages, 1):.4f}")
    for kind, rs in sorted(by_kind.items(), key=lambda kv: -sum(r[2] for r in kv[1])):
        print(f"  {kind:22} lines={len(rs):5} pages={len({r[1] for r in rs}):5} "
              f"recall lost={sum(r[2] for r in rs) / max(pages, 1):.5f}")
    for _, key, loss, line in sorted(by_kind.get(listing, []), key=lambda r: -r[2]):
        print(f"{key}\t{loss:.3f}\t{line[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
