#!/usr/bin/env python3
"""Golden-file tests for aloud's extraction.

For every tests/pages/NAME/page.html with its expected.json, run
`aloud --json PAGE` and `aloud --text PAGE` and compare with what a listener
should hear (see tests/pages/README.md for the rules the expectations follow).

usage: test_golden.py --aloud PATH [--pages DIR] [--only NAME[,NAME...]]
                      [--verbose] [--lint-only] [--strip-classes]
                      [--known FILE] [--jobs N] [--every N]

  --aloud PATH   the aloud executable (not needed with --lint-only)
  --pages DIR    the fixture directory (default: pages/ beside this script)
  --only NAMES   run only these pages (comma-separated)
  --verbose      print full paragraphs in diffs, and passing pages too
  --lint-only    only check that the fixtures are consistent with their pages
  --strip-classes  run each page with every class and id value replaced by
                 an opaque name ("c4819203"; equal names stay equal), as on
                 sites whose CSS is generated: the article must be found by
                 its text, structure and language, not by class words
  --known FILE   pages expected to fail in this run, one name per line
                 (`#` starts a comment): the run passes when every other
                 page passes, and a listed page that passes is reported
                 so that it comes off the list
  --jobs N       run N pages at a time (default 1); the report keeps the
                 pages' order
  --every N      run every N-th page only (default 1: all), for slow
                 wrappers such as valgrind; the sample is the same each run

Every run also checks the fixture itself (its expected paragraphs occur in the
page, its chrome phrases occur in the page but not in the expected article),
so that a typo in expected.json is reported as a fixture error, not hidden.

Exit status: 0 when every page passes, 1 otherwise, 2 on usage errors.
"""
import argparse
import concurrent.futures
import difflib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30
# Tags after which text belongs to a new block (for the fixture lint only).
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div",
    "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "button", "label", "option", "select", "summary", "details", "time",
}
INVISIBLE = set("\u00ad\u200b\u200e\u200f\u2060\ufeff")
HIDDEN_TAGS = {"script", "style", "template", "noscript", "svg", "title", "textarea"}


def ws(text):
    """Normalise a string for comparison: NFC, runs of white space -> one space."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text))
    return re.sub(r"\s+", " ", text).strip()


def short(text, verbose, width=110):
    text = repr(text)
    if verbose or len(text) <= width:
        return text
    return text[:width - 5] + "...'"


def phrase_re(phrase):
    """A case-insensitive pattern for PHRASE that does not match inside a word
    (so "Share" does not match "shared"), with flexible white space."""
    p = ws(phrase).lower()
    body = r"\s+".join(re.escape(part) for part in p.split(" "))
    # Scripts written without spaces (CJK) have no word boundaries to check.
    def wordy(ch):
        return bool(re.match(r"\w", ch)) and ord(ch) < 0x2E80
    if wordy(p[0]):
        body = r"(?<!\w)" + body
    if wordy(p[-1]):
        body = body + r"(?!\w)"
    return re.compile(body, re.IGNORECASE)


def control_chars(texts):
    """Control characters (other than newline and tab) found in TEXTS: a page's
    escape sequences must never reach the output or the terminal."""
    found = set()
    for t in texts:
        for ch in t or "":
            if unicodedata.category(ch) == "Cc" and ch not in "\n\t":
                found.add(f"U+{ord(ch):04X}")
    return sorted(found)


def leaks(phrases, texts):
    joined = "\n".join(ws(t) or "" for t in texts)
    return [p for p in phrases if phrase_re(p).search(joined)]


# ---------------------------------------------------------------- fixtures

class _TextCollector(html.parser.HTMLParser):
    """The visible text of a page, with a separator at block boundaries.
    `parts` has all of it; `nosup` leaves out superscripts (citation markers
    such as [1], which expectations omit)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.nosup = []
        self.hidden = 0
        self.sup = 0
        self.script = None      # the type of the <script> being read

    def _script_data(self, data):
        """Text a page carries in scripts, shown once its scripts run: the
        markup of a template script, a JSON-LD articleBody."""
        kind = self.script or ""
        if "template" in kind or kind == "text/html":
            inner = _TextCollector()
            body = data.strip()     # "<![CDATA[ markup ]]>": the markup
            if body.startswith("<![CDATA[") and body.endswith("]]>"):
                data = body[9:-3]
            inner.feed(data)
            inner.close()
            for part in inner.parts:
                self._add(part)
        elif kind == "application/ld+json":
            try:
                stack = [json.loads(data)]
            except ValueError:
                return
            while stack:
                o = stack.pop()
                if isinstance(o, list):
                    stack.extend(o)
                elif isinstance(o, dict):
                    if isinstance(o.get("articleBody"), str):
                        for line in o["articleBody"].split("\n"):
                            self._add("\n" + line + "\n")
                    stack.extend(o.values())
        elif kind == "application/json":
            # A framework's data (Next.js's __NEXT_DATA__): the strings of
            # markup in it are what its script renders, a string of
            # several lines its paragraphs.
            try:
                stack = [json.loads(data)]
            except ValueError:
                return
            while stack:
                o = stack.pop()
                if isinstance(o, list):
                    stack.extend(reversed(o))
                elif isinstance(o, dict):
                    stack.extend(reversed(list(o.values())))
                elif isinstance(o, str) and re.search(r"<[a-zA-Z]", o):
                    inner = _TextCollector()
                    inner.feed(o)
                    inner.close()
                    for part in inner.parts:
                        self._add(part)
                    self._add("\n")
                elif isinstance(o, str) and "\n" in o:
                    for line in o.split("\n"):
                        self._add("\n" + line + "\n")

    def _add(self, text):
        self.parts.append(text)
        if not self.sup:
            self.nosup.append(text)

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.script = (dict(attrs).get("type") or "").lower()
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "sup":
            self.sup += 1
        elif tag in BLOCK_TAGS or tag in ("img", "input"):
            self._add("\n")
            a = dict(attrs)
            # Buttons show their value: it is visible (and speakable) text.
            if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
                self._add(a["value"] + "\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in HIDDEN_TAGS:
            self.hidden -= 1
        elif tag == "sup":
            self.sup -= 1

    def handle_endtag(self, tag):
        if tag == "script":
            self.script = None
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "sup":
            self.sup = max(0, self.sup - 1)
        elif tag in BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data):
        if self.script is not None:
            self._script_data(data)
        elif not self.hidden:
            self._add(data)


def page_charset(raw):
    """The charset a fixture declares, else utf-8 if valid, else
    windows-1252. A page that declares a legacy single-byte charset but
    whose bytes are valid UTF-8 with multi-byte sequences is UTF-8 (what
    its author wrote; the label is the server's or the CMS's mistake)."""
    try:
        raw.decode("utf-8")
        utf8 = any(b >= 0x80 for b in raw)
    except UnicodeDecodeError:
        utf8 = False
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?([-\w:.]+)""", head, re.I)
    if m:
        label = m.group(1).lower()
        if utf8 and label in ("windows-1252", "iso-8859-1", "latin1"):
            return "utf-8"
        return label
    return "utf-8" if utf8 or not any(b >= 0x80 for b in raw) else "cp1252"


_CONT = {}
for _b in range(0x80, 0xC0):
    _CONT.setdefault(chr(_b), _b)
    try:
        _CONT[bytes([_b]).decode("cp1252")] = _b
    except UnicodeDecodeError:
        pass


def _double_run(t, i):
    """At T[i], a UTF-8 character written as its bytes read in
    windows-1252 ("â€™")? (character, end, byte count) or None."""
    lead = ord(t[i])
    if not 0xC2 <= lead <= 0xF4:
        return None
    want = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    bs, j = [lead], i + 1
    for _ in range(want - 1):
        if j >= len(t) or t[j] not in _CONT:
            return None
        bs.append(_CONT[t[j]])
        j += 1
    try:
        return bytes(bs).decode("utf-8"), j, want
    except UnicodeDecodeError:
        return None


def mend_double_encoding(t):
    """aloud mends a page whose CMS encoded its UTF-8 twice (decode.c says
    when): the text a listener must hear is the mended one."""
    leads = [m.start() for m in re.finditer("[\u00c2-\u00f4]", t)]
    runs = [(i, _double_run(t, i)) for i in leads]
    runs = [(i, r) for i, r in runs if r]
    three = any(r[2] > 2 for _, r in runs)
    two = sum(1 for i, r in runs if r[2] == 2 and t[i] in "\u00c2\u00c3")
    if not three and two < 2:
        return t
    out, at = [], 0
    for i, r in runs:
        if i >= at:
            out.append(t[at:i] + r[0])
            at = r[1]
    return "".join(out) + t[at:]


def page_text(path):
    raw = open(path, "rb").read()
    charset = page_charset(raw)
    if charset in ("windows-1252", "iso-8859-1", "latin1", "us-ascii"):
        charset = "cp1252"   # what browsers do for these labels
    collector = _TextCollector()
    collector.feed(mend_double_encoding(raw.decode(charset, "replace")))
    collector.close()
    def flat(parts):
        text = " ".join("".join(parts).split("\n"))
        # Control characters are never spoken: expectations leave them out.
        text = "".join(c for c in text if unicodedata.category(c) != "Cc" or c.isspace())
        # Nor are invisible format marks (soft hyphen, zero-width space,
        # LRM/RLM, word joiner, BOM): "fiets&shy;brug" is "fietsbrug".
        text = "".join(c for c in text if c not in INVISIBLE)
        return ws(text)
    return flat(collector.parts), flat(collector.nosup)


def expected_texts(exp):
    texts = [exp.get("title") or ""]
    for s in exp.get("sections", []):
        if s.get("heading"):
            texts.append(s["heading"])
        texts.extend(s.get("paragraphs", []))
    return texts


def lint(name, page, exp):
    """Problems in a fixture: schema, and expectations not backed by the page."""
    bad = []
    if "error" in exp:
        if not isinstance(exp.get("exit"), int):
            bad.append("error fixture without an integer 'exit'")
        return bad
    # Metadata is stated, not implied: null says the page has none, so a
    # fixture cannot pass by forgetting a field aloud gets wrong.
    for key in ("title", "sections", "must_not_contain") + ALWAYS_COMPARED:
        if key not in exp:
            bad.append(f"missing key {key!r}")
    for key, why in exp.get("known_wrong", {}).items():
        if key not in ALWAYS_COMPARED + ("lang",) or not isinstance(why, str):
            bad.append(f"known_wrong: {key!r} needs to be a metadata field with a reason")
    if bad:
        return bad
    text, text_nosup = page_text(page)
    if ws(exp["title"]) not in ws(html.unescape(mend_double_encoding(open(page, "rb").read().decode(
            page_charset_label(page), "replace")))):
        bad.append(f"title {exp['title']!r} not found in the page")
    for i, s in enumerate(exp["sections"], 1):
        if not isinstance(s.get("level"), int) or not isinstance(s.get("paragraphs"), list):
            bad.append(f"section {i}: needs an int 'level' and a list 'paragraphs'")
            continue
        if s.get("heading") is None and (i != 1 or s["level"] != 1):
            bad.append(f"section {i}: only the first section may be untitled, at level 1")
        if s.get("heading") is not None and ws(s["heading"]) not in text:
            bad.append(f"section {i}: heading {s['heading']!r} not in the page")
        nxt = exp["sections"][i] if i < len(exp["sections"]) else None
        if not s["paragraphs"] and not (nxt and nxt.get("level", 0) > s["level"]):
            # Only a heading directly followed by a sub-heading may be empty.
            bad.append(f"section {i}: no paragraphs")
        for p in s["paragraphs"]:
            for cell in ws(p).split(" | "):
                # a list in a table cell: its items joined with "; "
                items = cell.split("; ") if " | " in ws(p) else []
                if len(items) > 1 and all(t in text or t in text_nosup for t in items):
                    continue
                if cell and cell not in text and cell not in text_nosup:
                    bad.append(f"section {i}: paragraph text not in the page: {cell[:80]!r}")
                    break
    low = text.lower()
    for m in exp["must_not_contain"]:
        # A single symbol (U+FFFD, or the "¤" a wrong ISO-8859 table gives
        # for "€") marks a decoding failure: listed precisely because it is
        # not in the page.
        if len(m) > 1 and ws(m).lower() not in low:
            bad.append(f"must_not_contain {m!r} is not visible text of the page")
    for m in leaks(exp["must_not_contain"], expected_texts(exp)):
        bad.append(f"must_not_contain {m!r} occurs in the expected article itself")
    return bad


def page_charset_label(path):
    cs = page_charset(open(path, "rb").read())
    return "cp1252" if cs in ("windows-1252", "iso-8859-1", "latin1", "us-ascii") else cs


# ---------------------------------------------------------------- running

CLASS_ATTR = re.compile(r"""(\s(?:class|id)\s*=\s*)("([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)


def opaque_name(word):
    """A class or id word as generated CSS names it: digits, no words."""
    return "c%07d" % (zlib.crc32(word.encode("utf-8")) % 10000000)


STYLE_ELEMENT = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.I | re.S)
# a class or id in a selector (a colour "#fff" is renamed too: harmless)
CSS_NAME = re.compile(r"([.#])(-?[A-Za-z_\x80-\xff][\w\x80-\xff-]*)")


def strip_classes(page, tmpdir):
    """A copy of PAGE in TMPDIR with every class and id value made opaque,
    in the attributes and in the selectors of its <style> elements (the
    generated names are the style sheet's too)."""
    # latin-1 maps bytes to characters one to one: a page in any charset
    # keeps its bytes, and the attribute syntax is ASCII
    text = open(page, "rb").read().decode("latin-1")
    def rep(m):
        value = next(g for g in m.groups()[2:] if g is not None)
        return m.group(1) + '"' + " ".join(opaque_name(w) for w in value.split()) + '"'
    def css(m):
        names = CSS_NAME.sub(lambda n: n.group(1) + opaque_name(n.group(2)), m.group(2))
        return m.group(1) + names + m.group(3)
    path = os.path.join(tmpdir, "page.html")
    with open(path, "wb") as f:
        f.write(STYLE_ELEMENT.sub(css, CLASS_ATTR.sub(rep, text)).encode("latin-1"))
    return path


def run(aloud, mode, page):
    try:
        p = subprocess.run([aloud, mode, page], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {TIMEOUT} s"
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def para_text(p):
    if isinstance(p, dict):
        return p.get("text", "")
    return p


def got_sections(doc):
    out = []
    for s in doc.get("sections") or []:
        out.append({"heading": s.get("heading"), "level": s.get("level"),
                    "paragraphs": [ws(para_text(p)) for p in s.get("paragraphs") or []]})
    return out


# Metadata compared on every page: a fixture without one of these keys
# (or with null) expects aloud to report none.
ALWAYS_COMPARED = ("byline", "site_name", "published")


def byline_matches(want, got):
    """GOT (a string or None) is the byline WANT: a name, a list of names in
    any order joined by commas or "and", or None for no byline."""
    if want is None:
        return got is None
    got = ws(got) or ""
    if not isinstance(want, list):
        return got == ws(want)
    rest = got
    for name in want:
        rest = rest.replace(ws(name), " ", 1) if ws(name) in rest else "\0"
    return "\0" not in rest and not re.sub(r"(?i)[\s,;&]|\b(and|und|et|y|e|en|и)\b", "", rest)


def meta_problems(exp, doc):
    """{key: message} for each metadata field that differs from EXP."""
    out = {}
    if ws(doc.get("title")) != ws(exp["title"]):
        out["title"] = f"title: expected {exp['title']!r}, got {doc.get('title')!r}"
    kind = exp.get("kind", "article")
    if doc.get("kind") != kind:
        out["kind"] = f"kind: expected {kind!r}, got {doc.get('kind')!r}"
    want = exp.get("byline")
    if kind == "digest" and doc.get("byline") is not None:
        out["byline"] = f"byline: a digest has none, got {doc.get('byline')!r}"
    elif not byline_matches(want, doc.get("byline")):
        out["byline"] = f"byline: expected {want!r}, got {doc.get('byline')!r}"
    want = exp.get("site_name")
    got = doc.get("site_name")
    if (want is None) != (got is None) or (want is not None and ws(got) != ws(want)):
        out["site_name"] = f"site_name: expected {want!r}, got {got!r}"
    want = exp.get("published")
    got = doc.get("published")
    if (want is None) != (got is None) or (want is not None and got[:10] != want[:10]):
        out["published"] = f"published: expected {want!r}, got {got!r}"
    if exp.get("lang") is not None:
        got = (doc.get("lang") or "").replace("_", "-").split("-")[0].lower()
        if got != exp["lang"].replace("_", "-").split("-")[0].lower():
            out["lang"] = f"lang: expected {exp['lang']!r}, got {doc.get('lang')!r}"
    return out


def compare_meta(exp, doc, bad):
    """Metadata problems into BAD. A field listed in the fixture's
    "known_wrong" (a library bug, reported, not yet fixed) must still be
    wrong: when it comes out right the fixture says to drop the entry."""
    problems = meta_problems(exp, doc)
    known = exp.get("known_wrong", {})
    for key, msg in problems.items():
        if key in known:
            print(f"  known wrong: {msg} ({known[key]})")
        else:
            bad.append(("metadata", msg))
    for key in known:
        if key not in problems:
            bad.append(("metadata", f"{key} is now right: remove it from known_wrong"))


def compare_paragraphs(label, want, got, bad, verbose):
    if want == got:
        return
    lines = [f"{label} paragraphs differ:"]
    sm = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a2 - a1 == b2 - b1:
            for k in range(a2 - a1):
                lines.append(f"      #{a1 + k + 1} expected {short(want[a1 + k], verbose)}")
                lines.append(f"      {' ' * len(str(a1 + k + 1))}      got {short(got[b1 + k], verbose)}")
            continue
        for k in range(a1, a2):
            lines.append(f"      - #{k + 1} missing {short(want[k], verbose)}")
        for k in range(b1, b2):
            lines.append(f"      + extra   {short(got[k], verbose)}")
    bad.append(("sections", "\n".join(lines)))


def compare_sections(exp, doc, bad, verbose):
    want = [{"heading": ws(s["heading"]), "level": s["level"],
             "paragraphs": [ws(p) for p in s["paragraphs"]]} for s in exp["sections"]]
    got = got_sections(doc)
    for s in got:
        s["heading"] = ws(s["heading"])
    # Global view first: text lost, text added (chrome or garbage).
    all_want = [p for s in want for p in s["paragraphs"]]
    all_got = [p for s in got for p in s["paragraphs"]]
    lost = [p for p in all_want if p not in all_got]
    extra = [p for p in all_got if p not in all_want]
    if lost:
        bad.append(("lost", f"{len(lost)} expected paragraph(s) not in the output"))
    if extra:
        bad.append(("extra", f"{len(extra)} paragraph(s) in the output that are not in the article"))
    # Then the outline, aligned on (level, heading).
    keys_w = [(s["level"], s["heading"]) for s in want]
    keys_g = [(s["level"], s["heading"]) for s in got]
    if keys_w != keys_g:
        lines = [f"outline differs (expected {len(want)} sections, got {len(got)}):"]
        for line in difflib.ndiff([f"{lv} {h!r}" for lv, h in keys_w],
                                  [f"{lv} {h!r}" for lv, h in keys_g]):
            if not line.startswith("?"):
                lines.append("      " + line)
        bad.append(("outline", "\n".join(lines)))
    sm = difflib.SequenceMatcher(a=keys_w, b=keys_g, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and a2 - a1 == b2 - b1):
            for k in range(a2 - a1):
                w, g = want[a1 + k], got[b1 + k]
                label = f"section {a1 + k + 1} ({w['level']}, {w['heading']!r})"
                compare_paragraphs(label, w["paragraphs"], g["paragraphs"], bad, verbose)
        else:
            for k in range(a1, a2):
                w = want[k]
                if w["paragraphs"]:
                    bad.append(("sections", f"section {k + 1} ({w['level']}, {w['heading']!r}) missing; "
                                f"its first paragraph {short(w['paragraphs'][0], verbose)}"))
            for k in range(b1, b2):
                g = got[k]
                first = short(g["paragraphs"][0], verbose) if g["paragraphs"] else "(none)"
                bad.append(("sections", f"extra section ({g['level']}, {g['heading']!r}); first paragraph {first}"))


def check_page(aloud, name, page, exp, verbose):
    """A list of (kind, message) problems; empty when the page passes."""
    bad = []
    if "error" in exp:
        for mode in ("--json", "--text"):
            rc, out, err = run(aloud, mode, page)
            if rc != exp["exit"]:
                bad.append(("error", f"{mode}: exit status {rc}, expected {exp['exit']} ({err.strip()[:200]!r})"))
            elif exp["error"].lower() not in err.lower():
                bad.append(("error", f"{mode}: stderr does not say {exp['error']!r}: {err.strip()[:200]!r}"))
            if rc is not None and rc < 0:
                bad.append(("crash", f"{mode}: killed by signal {-rc}"))
        return bad
    rc, out, err = run(aloud, "--json", page)
    if rc != 0:
        return [("crash" if rc is None or rc < 0 else "error",
                 f"--json: exit status {rc}: {err.strip()[:300]}")]
    try:
        doc = json.loads(out)
    except ValueError as e:
        return [("error", f"--json: output is not JSON: {e}")]
    compare_meta(exp, doc, bad)
    compare_sections(exp, doc, bad, verbose)
    spoken = [doc.get("title") or ""]
    for s in got_sections(doc):
        spoken.append(s["heading"] or "")
        spoken.extend(s["paragraphs"])
    found = leaks(exp["must_not_contain"], spoken)
    if found:
        bad.append(("leak", f"chrome spoken ({len(found)}): {found}"))
    ctrl = control_chars(spoken)
    if ctrl:
        bad.append(("control", f"control characters in the --json text: {ctrl}"))
    rc, out, err = run(aloud, "--text", page)
    if rc != 0:
        bad.append(("error", f"--text: exit status {rc}: {err.strip()[:300]}"))
    else:
        text = ws(out)
        missing = [p for s in exp["sections"] for p in s["paragraphs"] if ws(p) not in text]
        if missing:
            bad.append(("text", f"--text lacks {len(missing)} expected paragraph(s), e.g. "
                        f"{short(ws(missing[0]), verbose)}"))
        found = leaks(exp["must_not_contain"], [out])
        if found:
            bad.append(("text", f"--text speaks chrome ({len(found)}): {found}"))
        ctrl = control_chars([out])
        if ctrl:
            bad.append(("control", f"control characters in --text output: {ctrl}"))
    return bad


def main():
    ap = argparse.ArgumentParser(description="aloud golden-file extraction tests")
    ap.add_argument("--aloud")
    ap.add_argument("--pages", default=os.path.join(HERE, "pages"))
    ap.add_argument("--only")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--lint-only", action="store_true")
    ap.add_argument("--strip-classes", action="store_true")
    ap.add_argument("--known")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    if not args.lint_only and not args.aloud:
        ap.error("--aloud PATH is required (or --lint-only)")
    names = sorted(d for d in os.listdir(args.pages)
                   if os.path.isfile(os.path.join(args.pages, d, "page.html")))
    if args.only:
        wanted = [n for n in args.only.split(",") if n]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            print(f"test_golden: no such page: {', '.join(unknown)}", file=sys.stderr)
            return 2
        names = wanted
    known = set()
    if args.known:
        try:
            with open(args.known, encoding="utf-8") as f:
                known = {ln.split("#")[0].strip() for ln in f} - {""}
        except OSError as e:
            print(f"test_golden: {args.known}: {e.strerror}", file=sys.stderr)
            return 2
        stale = sorted(known - set(names))
        if stale:
            print(f"test_golden: {args.known}: no such page: {', '.join(stale)}", file=sys.stderr)
            return 2
    if args.every > 1:
        names = names[::args.every]
    ok = 0
    kinds = {}
    failed_known, passed_known = [], []
    tmp = tempfile.TemporaryDirectory(prefix="golden-") if args.strip_classes else None

    def evaluate(name):
        d = os.path.join(args.pages, name)
        page = os.path.join(d, "page.html")
        try:
            exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
            problems = [("fixture", m) for m in lint(name, page, exp)]
        except (OSError, ValueError) as e:
            exp, problems = None, [("fixture", f"cannot read expected.json: {e}")]
        if not problems and not args.lint_only:
            run_page = page
            if tmp:
                sub = os.path.join(tmp.name, name)
                os.mkdir(sub)
                run_page = strip_classes(page, sub)
            problems = check_page(args.aloud, name, run_page, exp, args.verbose)
        return problems

    # the pages run in threads: each waits on its own aloud process
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(evaluate, names))
    for name, problems in zip(names, results):
        if not problems:
            ok += 1
            if name in known:
                passed_known.append(name)
            if args.verbose or len(names) == 1:
                print(f"ok   {name}")
            continue
        if name in known and all(k != "fixture" for k, _ in problems):
            failed_known.append(name)
            print(f"known {name}: {', '.join(sorted({k for k, _ in problems}))}")
            if args.verbose:
                for kind, msg in problems:
                    print(f"  [{kind}] {msg}")
            continue
        print(f"FAIL {name}: {', '.join(sorted({k for k, _ in problems}))}")
        for kind, msg in problems:
            kinds[kind] = kinds.get(kind, 0) + 1
            print(f"  [{kind}] {msg}")
    if tmp:
        tmp.cleanup()
    print(f"{ok}/{len(names)} pages OK" + (" (fixtures only)" if args.lint_only else "") +
          (f", {len(failed_known)} known to fail ({args.known})" if known else ""))
    if kinds:
        print("problems by kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    for name in passed_known:
        print(f"FAIL {name} now passes: remove it from {args.known}")
    return 0 if ok + len(failed_known) == len(names) and not passed_known else 1


if __name__ == "__main__":
    sys.exit(main())
