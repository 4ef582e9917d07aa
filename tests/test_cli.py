#!/usr/bin/env python3
"""CLI behaviour: help, version, usage errors, output modes, stdin.

usage: test_cli.py PATH/TO/aloud
"""
import json
import os
import subprocess
import sys
import tempfile

ALOUD = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "examples", "article.html")
failures = []


def run(*args, stdin=None):
    p = subprocess.run([ALOUD, *args], input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")
        print(f"FAIL {name}: {detail}")
    else:
        print(f"ok   {name}")


def test_help_version():
    rc, out, err = run("--help")
    check("help exits 0", rc == 0, rc)
    check("help lists options", all(o in out for o in ("--json", "--sections", "--voice", "--section", "Exit status")), out[:200])
    rc, out, _ = run("--version")
    check("version", rc == 0 and out.startswith("aloud "), out)


def test_usage_errors():
    for args, needle in ((["--json"], "no SOURCE"),
                         (["--rate", "20", EXAMPLE], "--rate"),
                         (["--pitch", "abc", EXAMPLE], "--pitch"),
                         (["--max-size", "lots", EXAMPLE], "--max-size"),
                         (["--json", "--text", EXAMPLE], "cannot be combined"),
                         (["--only", EXAMPLE], "--only needs --section"),
                         (["--bogus", EXAMPLE], "Try 'aloud --help'"),
                         ([EXAMPLE, EXAMPLE], "-o DIR/"),
                         # refused before the (unreachable) page is fetched
                         (["-o", "x.wav", "--chapters", "x.json", "http://nosuch.invalid/"],
                          "must end in .cue")):
        rc, out, err = run(*args)
        check(f"usage error {args[0]}", rc == 2 and needle in err and out == "", (rc, err))
        first = err.splitlines()[0] if err else ""
        check(f"usage error {args[0]} message", first.startswith("aloud: ") or first.startswith("aloud:") or "Try" in first, err)


def test_json():
    rc, out, err = run("--json", EXAMPLE)
    check("json exit", rc == 0, err)
    d = json.loads(out)
    check("json title", d["title"] == "How Lighthouses Learned to Speak", d["title"])
    check("json byline", d["byline"] == "Maren Ellsworth", d["byline"])
    check("json site", d["site_name"] == "The Coastline Review", d["site_name"])
    check("json date", d["published"].startswith("2025-03-14"), d["published"])
    check("json lang", d["lang"].lower().startswith("en"), d["lang"])
    heads = [s["heading"] for s in d["sections"]]
    check("json headings", heads == [None, "Bells, guns and sirens", "The diaphone era",
                                     "Living next to the horn", "Radio beacons and silence"], heads)
    check("json levels", [s["level"] for s in d["sections"]] == [1, 2, 2, 3, 2])
    text = json.dumps(d, ensure_ascii=False)
    for junk in ("cookie", "Tweet", "Read more", "Patreon", "IBAN", "About the author",
                 "Related posts", "newsletter", "Leave a Reply", "Most read", "Privacy policy"):
        check(f"json drops {junk!r}", junk.lower() not in text.lower())
    rows = [p for s in d["sections"] for p in s["paragraphs"] if " | " in p]
    check("json table rows", "Diaphone | 3 to 5 nautical miles" in rows, rows)


def test_text_sections_html():
    rc, out, err = run("--text", EXAMPLE)
    check("text exit", rc == 0, err)
    check("text starts with title", out.startswith("How Lighthouses Learned to Speak\n\n"), out[:80])
    check("text list items", "- Two blasts every sixty seconds meant one headland." in out)
    rc, out, err = run("--sections", EXAMPLE)
    lines = out.splitlines()
    check("sections numbered", any(l.startswith("  1  Introduction") for l in lines), out)
    check("sections indent h3", any("  4    Living next to the horn" in l for l in lines), out)
    check("sections total", "5 sections" in out and "as spoken" in out, out)
    rc, out, err = run("--html", EXAMPLE)
    check("html", rc == 0 and out.startswith("<!DOCTYPE html>") and "<h2>The diaphone era</h2>" in out, out[:200])


def test_no_captions():
    """--no-captions takes the example's figure caption out of every output."""
    caption = "A diaphone horn at a Scottish station"
    rc, with_caps, err = run("--text", EXAMPLE)
    check("captions read by default", rc == 0 and caption in with_caps, err)
    rc, out, err = run("--text", "--no-captions", EXAMPLE)
    check("no-captions text", rc == 0 and caption not in out, out[:200])
    # what goes is the figure's caption and the table's, nothing else
    gone = [l for l in with_caps.splitlines() if l and l not in out.splitlines()]
    check("no-captions drops only captions",
          len(gone) == 2 and caption in gone[0] and gone[1].startswith("Range of each kind"),
          gone)
    check("no-captions keeps the order",
          [l for l in with_caps.splitlines() if l and l not in gone] ==
          [l for l in out.splitlines() if l], out[:200])
    rc, out, err = run("--json", "--no-captions", EXAMPLE)
    check("no-captions json", rc == 0 and caption not in out, out[:200])
    rc, out, err = run("--ssml", "--no-captions", EXAMPLE)
    check("no-captions ssml", rc == 0 and "diaphone horn at a Scottish" not in out, out[:200])


def test_section_selection():
    """--section and --only choose what --text, --json, --sections, --html and --ssml show."""
    rc, out, err = run("--sections", "--section", "3", "--only", EXAMPLE)
    lines = [l for l in out.splitlines() if l[:5].strip().isdigit()]
    check("sections --only keeps its number and its h3", rc == 0 and len(lines) == 2 and
          lines[0].startswith("  3  The diaphone era") and lines[1].startswith("  4    Living"), out)
    rc, out, err = run("--text", "--section", "Living next", "--only", EXAMPLE)
    check("text --only: that section alone", rc == 0 and "Living next to the horn" in out and
          "The diaphone era" not in out and "Bells, guns and sirens" not in out, out[:300])
    rc, out, err = run("--json", "--section", "2", EXAMPLE)
    heads = [s["heading"] for s in json.loads(out)["sections"]] if rc == 0 else []
    check("json --section: from section 2 on", heads[:1] == ["Bells, guns and sirens"] and
          None not in heads, heads)
    rc, out, err = run("--html", "--section", "3", "--only", EXAMPLE)
    check("html --only", rc == 0 and "<h2>The diaphone era</h2>" in out and "Bells, guns" not in out, out[:300])
    rc, out, err = run("--ssml", "--no-intro", "--section", "3", "--only", EXAMPLE)
    check("ssml --only: two documents", rc == 0 and out.count("<speak>") == 2, out[:200])
    rc, out, err = run("--text", "--section", "99", EXAMPLE)
    check("text --section past the end", rc == 19 and "no section '99'" in err, err)


def test_stdin():
    with open(EXAMPLE, "rb") as f:
        data = f.read()
    rc, out, err = run("--text", "-", stdin=data)
    check("stdin", rc == 0 and "Radio changed the conversation." in out, err)


def test_no_article():
    page = b"<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>"
    with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as f:
        f.write(page)
    try:
        rc, out, err = run("--json", f.name)
        check("no article exit 13", rc == 13, (rc, err))
        check("no article message", err.count("\n") == 1 and f.name in err and "no readable article" in err, err)
        check("no article no stdout", out == "", out)
    finally:
        os.unlink(f.name)


def test_control_characters():
    page = ("<html><head><title>Evil \x1b]0;pwned\x07 title \x1b[31mred</title></head><body><article>"
            "<p>First paragraph with an escape \x1b[2J sequence and a bell \x07 and a C1 \u009b control, "
            "long enough to be an article paragraph for the extractor to keep it.</p>"
            "<p>Second paragraph, also long enough, with a bidi override \u202e here and plain words after it.</p>"
            "</article></body></html>").encode("utf-8")
    for mode in ("--text", "--sections", "--html", "--json"):
        rc, out, err = run(mode, "-", stdin=page)
        bad = [c for c in out + err if (ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) < 0xa0 or c == "\u202e"]
        check(f"no control characters in {mode}", rc == 0 and not bad, (rc, bad, err))


def clock(text):
    """Seconds of an 'M:SS' or 'H:MM:SS' time."""
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return total


def test_sections_times():
    """--sections times are what export makes, in any language (issue 14: a
    fixed 175 words a minute was off by 20-65 % outside English)."""
    import re
    import wave
    for name in ("de-news", "pt-news", "ru-news"):
        page = os.path.join(HERE, "pages", name, "page.html")
        rc, out, err = run("--sections", page)
        m = re.search(r"(\d+) sections, \d+ words, ([\d:]+) as spoken", out)
        with tempfile.TemporaryDirectory() as tmp:
            wav = os.path.join(tmp, "a.wav")
            rc2, _, err2 = run("-q", "-o", wav, page)
            real = 0
            if rc2 == 0:
                with wave.open(wav) as w:
                    real = w.getnframes() / w.getframerate()
        shown = clock(m.group(2)) if m else -100
        check(f"sections time {name}: {shown} s shown, {real:.1f} s exported",
              rc == 0 and rc2 == 0 and abs(shown - real) <= max(1.0, 0.1 * real), (out, err, err2))
        rc, out, err = run("--sections", "--rate", "350", page)
        m = re.search(r"([\d:]+) as spoken", out)
        check(f"sections time {name} follows --rate", m is not None and clock(m.group(1)) < 0.7 * real,
              out)


def main():
    for t in (test_help_version, test_usage_errors, test_json, test_text_sections_html,
              test_section_selection, test_stdin, test_no_article, test_control_characters,
              test_sections_times, test_no_captions):
        t()
    print(f"{len(failures)} failures")
    sys.exit(1 if failures else 0)


main()
