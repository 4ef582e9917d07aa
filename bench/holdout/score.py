#!/usr/bin/env python3
"""Held-out extraction benchmark: measure `aloud --json` on pages that were
written blind to the extractor's rules (see README.md beside this script).

usage: score.py [ALOUD] [--pages DIR] [--show NAME] [--lint]

  ALOUD        the aloud executable (default: build/aloud)
  --pages DIR  the page directory (default: the directory of this script)
  --show NAME  print the detailed differences for one page (debugging only:
               do not tune the extractor on these pages)
  --lint       only check the fixtures against their pages

Without --show, no page text is printed: one status line per page, totals,
and the aggregate figures:

  - 4-word shingle precision, recall and F1 of the concatenated paragraphs
    against the expected paragraphs (per page, then the mean over pages);
    words are runs of letters and digits, and each Han or kana character is
    a word of its own (Chinese and Japanese have no spaces);
  - the fraction of expected paragraphs present in the output (as a
    substring of the concatenated output paragraphs, white space
    normalised), over all pages;
  - the fraction of must_not_contain phrases absent from the spoken text
    (title, headings, paragraphs), case-insensitively and not as part of a
    longer word, over all pages.

It measures; it is not a test: the exit status is 0 unless the usage is
wrong (2).
"""
import argparse
import collections
import difflib
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div",
    "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "button", "label", "option", "select", "summary", "details", "time",
}
HIDDEN_TAGS = {"script", "style", "template", "noscript", "svg", "title", "textarea"}


def ws(text):
    """NFC, runs of white space (NBSP included) -> one space, trimmed."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text))
    return re.sub(r"\s+", " ", text).strip()


def phrase_re(phrase):
    """Case-insensitive PHRASE, not inside a longer word ("Share" does not
    match "shared"); no word boundaries for scripts written without spaces."""
    p = ws(phrase).lower()
    body = r"\s+".join(re.escape(part) for part in p.split(" "))

    def wordy(ch):
        return bool(re.match(r"\w", ch)) and ord(ch) < 0x2E80
    if wordy(p[0]):
        body = r"(?<!\w)" + body
    if wordy(p[-1]):
        body = body + r"(?!\w)"
    return re.compile(body, re.IGNORECASE)


def leaks(phrases, texts):
    joined = "\n".join(ws(t) or "" for t in texts)
    return [p for p in phrases if phrase_re(p).search(joined)]


TOKEN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3040-\u30ff]|[^\W_]+", re.UNICODE)


def shingles(text, n=4):
    words = [w.lower() for w in TOKEN.findall(ws(text) or "")]
    if len(words) < n:
        return collections.Counter([tuple(words)]) if words else collections.Counter()
    return collections.Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def prf(got_text, want_text):
    g, w = shingles(got_text), shingles(want_text)
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- fixtures

class _TextCollector(html.parser.HTMLParser):
    """Visible text with a separator at block boundaries; `nosup` without
    superscripts (citation markers, which expectations leave out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.nosup = [], []
        self.hidden = self.sup = 0

    def _add(self, text):
        self.parts.append(text)
        if not self.sup:
            self.nosup.append(text)

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "sup":
            self.sup += 1
        elif tag in BLOCK_TAGS or tag in ("img", "input"):
            self._add("\n")
            a = dict(attrs)
            if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
                self._add(a["value"] + "\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in HIDDEN_TAGS:
            self.hidden -= 1
        elif tag == "sup":
            self.sup -= 1

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "sup":
            self.sup = max(0, self.sup - 1)
        elif tag in BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data):
        if not self.hidden:
            self._add(data)


def page_text(path):
    raw = open(path, "rb").read().decode("utf-8", "replace")
    c = _TextCollector()
    c.feed(raw)
    c.close()

    def flat(parts):
        return ws(" ".join("".join(parts).split("\n")))
    return flat(c.parts), flat(c.nosup), raw


def expected_texts(exp):
    texts = [exp.get("title") or ""]
    for s in exp.get("sections", []):
        if s.get("heading"):
            texts.append(s["heading"])
        texts.extend(s.get("paragraphs", []))
    return texts


def lint(page, exp):
    """Problems in a fixture: schema, and expectations not backed by the page."""
    bad = []
    for key in ("title", "sections", "must_not_contain"):
        if key not in exp:
            bad.append(f"missing key {key!r}")
    if bad:
        return bad
    text, text_nosup, raw = page_text(page)
    if ws(exp["title"]) not in ws(html.unescape(raw)):
        bad.append("title not found in the page")
    for i, s in enumerate(exp["sections"], 1):
        if not isinstance(s.get("level"), int) or not isinstance(s.get("paragraphs"), list):
            bad.append(f"section {i}: needs an int 'level' and a list 'paragraphs'")
            continue
        if s.get("heading") is None and (i != 1 or s["level"] != 1):
            bad.append(f"section {i}: only the first section may be untitled, at level 1")
        if s.get("heading") is not None and ws(s["heading"]) not in text:
            bad.append(f"section {i}: heading not in the page")
        nxt = exp["sections"][i] if i < len(exp["sections"]) else None
        if not s["paragraphs"] and not (nxt and nxt.get("level", 0) > s["level"]):
            bad.append(f"section {i}: no paragraphs")
        for k, p in enumerate(s["paragraphs"], 1):
            for cell in ws(p).split(" | "):
                if cell and cell not in text and cell not in text_nosup:
                    bad.append(f"section {i} paragraph {k}: text not in the page")
                    break
    low = text.lower()
    for m in exp["must_not_contain"]:
        if len(m) > 1 and ws(m).lower() not in low:
            bad.append(f"must_not_contain {m!r} is not visible text of the page")
    for m in leaks(exp["must_not_contain"], expected_texts(exp)):
        bad.append(f"must_not_contain {m!r} occurs in the expected article itself")
    return bad


# ---------------------------------------------------------------- running

def run_json(aloud, page):
    try:
        p = subprocess.run([aloud, "--json", page], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, None, "timeout"
    except OSError as e:
        return None, None, str(e)
    if p.returncode != 0:
        return None, None, f"exit={p.returncode}"
    try:
        return p.returncode, json.loads(p.stdout.decode("utf-8", "replace")), ""
    except ValueError:
        return None, None, "bad-json"


def got_sections(doc):
    out = []
    for s in (doc or {}).get("sections") or []:
        paras = [p.get("text", "") if isinstance(p, dict) else p
                 for p in s.get("paragraphs") or []]
        out.append({"heading": ws(s.get("heading")), "level": s.get("level"),
                    "paragraphs": [ws(p) for p in paras]})
    return out


def want_sections(exp):
    return [{"heading": ws(s["heading"]), "level": s["level"],
             "paragraphs": [ws(p) for p in s["paragraphs"]]} for s in exp["sections"]]


def meta_ok(exp, doc):
    """{field: True/False} for the metadata the fixture gives."""
    res = {}
    if exp.get("byline") is not None:
        got = ws(doc.get("byline")) or ""
        want = exp["byline"]
        if isinstance(want, list):
            rest = got
            for name in want:
                rest = rest.replace(ws(name), " ", 1) if ws(name) in rest else "\0"
            res["byline"] = "\0" not in rest and not re.sub(
                r"(?i)[\s,;&]|\b(and|und|et|y|e|en|и|i|a|και)\b", "", rest)
        else:
            res["byline"] = got == ws(want)
    if exp.get("site_name") is not None:
        res["site_name"] = ws(doc.get("site_name")) == ws(exp["site_name"])
    if exp.get("published") is not None:
        res["published"] = (doc.get("published") or "")[:10] == exp["published"][:10]
    if exp.get("lang") is not None:
        got = (doc.get("lang") or "").replace("_", "-").split("-")[0].lower()
        res["lang"] = got == exp["lang"].replace("_", "-").split("-")[0].lower()
    return res


def score_page(aloud, page, exp):
    rc, doc, err = run_json(aloud, page)
    want = want_sections(exp)
    all_want = [p for s in want for p in s["paragraphs"]]
    got = got_sections(doc)
    all_got = [p for s in got for p in s["paragraphs"]]
    spoken = ([ws(doc.get("title")) or ""] if doc else []) + \
        [s["heading"] or "" for s in got] + all_got
    joined_got = " ".join(all_got)
    r = {
        "err": err, "doc": doc, "want": want, "got": got,
        "lost": [p for p in all_want if p not in all_got],
        "extra": [p for p in all_got if p not in all_want],
        "leaked": leaks(exp["must_not_contain"], spoken) if doc else [],
        "sections_ok": doc is not None and want == got,
        "title_ok": doc is not None and ws(doc.get("title")) == ws(exp["title"]),
        "present": sum(1 for p in all_want if p in joined_got),
        "n_want": len(all_want),
        "n_traps": len(exp["must_not_contain"]),
        "meta": meta_ok(exp, doc) if doc else {},
    }
    r["prf"] = prf(joined_got, " ".join(all_want))
    return r


def status_line(name, r):
    if r["err"]:
        return f"{name}: error {r['err']} lost={len(r['lost'])}"
    if not (r["lost"] or r["extra"] or r["leaked"]) and r["sections_ok"] and r["title_ok"]:
        return f"{name}: ok"
    return (f"{name}: lost={len(r['lost'])} extra={len(r['extra'])} leaked={len(r['leaked'])} "
            f"sections={'OK' if r['sections_ok'] else 'DIFF'} title={'OK' if r['title_ok'] else 'DIFF'}")


def show(name, page, exp, r):
    print(f"== {name}")
    for m in lint(page, exp):
        print(f"  [fixture] {m}")
    if r["err"]:
        print(f"  [error] {r['err']}")
    doc = r["doc"] or {}
    print(f"  title:  expected {exp['title']!r}, got {doc.get('title')!r}")
    for k, ok in r["meta"].items():
        print(f"  {k}: {'OK' if ok else 'DIFF'} (expected {exp.get(k)!r}, got {doc.get(k)!r})")
    kw = [f"{s['level']} {s['heading']!r}" for s in r["want"]]
    kg = [f"{s['level']} {s['heading']!r}" for s in r["got"]]
    if kw != kg:
        print("  outline (- expected, + got):")
        for line in difflib.ndiff(kw, kg):
            if not line.startswith("?"):
                print("    " + line)
    for p in r["lost"]:
        print(f"  - lost   {p!r}")
    for p in r["extra"]:
        print(f"  + extra  {p!r}")
    if not r["lost"] and not r["extra"] and not r["sections_ok"] and kw == kg:
        for w, g in zip(r["want"], r["got"]):
            if w != g:
                print(f"  section {w['heading']!r}: paragraphs in another order or section")
    for m in r["leaked"]:
        print(f"  ! leaked {m!r}")
    p, rec, f = r["prf"]
    print(f"  shingles: P={p:.3f} R={rec:.3f} F1={f:.3f}; present {r['present']}/{r['n_want']}")


def main():
    ap = argparse.ArgumentParser(description="held-out extraction benchmark")
    ap.add_argument("aloud", nargs="?", default="build/aloud")
    ap.add_argument("--pages", default=HERE)
    ap.add_argument("--show")
    ap.add_argument("--lint", action="store_true")
    args = ap.parse_args()
    names = sorted(d for d in os.listdir(args.pages)
                   if os.path.isfile(os.path.join(args.pages, d, "page.html")))
    if args.show:
        if args.show not in names:
            print(f"score.py: no such page: {args.show}", file=sys.stderr)
            return 2
        names = [args.show]
    elif not args.lint and not os.access(args.aloud, os.X_OK):
        print(f"score.py: {args.aloud} is not an executable", file=sys.stderr)
        return 2
    tot = collections.Counter()
    prfs, metas = [], collections.Counter()
    for name in names:
        d = os.path.join(args.pages, name)
        page = os.path.join(d, "page.html")
        exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
        if args.lint:
            bad = lint(page, exp)
            tot["bad"] += bool(bad)
            print(f"{name}: " + ("fixture OK" if not bad else "; ".join(bad)))
            continue
        r = score_page(args.aloud, page, exp)
        if args.show:
            show(name, page, exp, r)
            return 0
        print(status_line(name, r))
        tot["pages"] += 1
        tot["ok"] += status_line(name, r).endswith(": ok")
        tot["lost"] += len(r["lost"])
        tot["extra"] += len(r["extra"])
        tot["leaked"] += len(r["leaked"])
        tot["sections"] += r["sections_ok"]
        tot["title"] += r["title_ok"]
        tot["present"] += r["present"]
        tot["want"] += r["n_want"]
        tot["traps"] += r["n_traps"]
        tot["errors"] += bool(r["err"])
        prfs.append(r["prf"])
        for k, ok in r["meta"].items():
            metas[k + "_n"] += 1
            metas[k] += ok
    if args.lint:
        print(f"{len(names) - tot['bad']}/{len(names)} fixtures OK")
        return 0
    n = tot["pages"] or 1
    print(f"pages ok {tot['ok']}/{tot['pages']}, errors {tot['errors']}, "
          f"lost {tot['lost']}, extra {tot['extra']}, leaked {tot['leaked']}, "
          f"sections OK {tot['sections']}/{tot['pages']}, title OK {tot['title']}/{tot['pages']}")
    print("metadata OK: " + ", ".join(f"{k} {metas[k]}/{metas[k + '_n']}"
                                      for k in ("byline", "site_name", "published", "lang")))
    mp = sum(x[0] for x in prfs) / n
    mr = sum(x[1] for x in prfs) / n
    mf = sum(x[2] for x in prfs) / n
    print(f"shingle (4-word, mean over {tot['pages']} pages): P={mp:.4f} R={mr:.4f} F1={mf:.4f}")
    print(f"expected paragraphs present: {tot['present']}/{tot['want']} = "
          f"{tot['present'] / max(1, tot['want']):.4f}")
    print(f"must_not_contain phrases absent: {tot['traps'] - tot['leaked']}/{tot['traps']} = "
          f"{(tot['traps'] - tot['leaked']) / max(1, tot['traps']):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
