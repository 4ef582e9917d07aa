#!/usr/bin/env python3
"""The bad-input suite: every hostile page, file and server aloud must
survive, each with the exit status and message it must give, and no crash,
hang or runaway memory.

Usage: test_hostile.py ALOUD_BIN [CASE...]   (all cases when none is named)
       test_hostile.py --list                (the case names, one a line)

Small hostile pages live in tests/hostile/; big ones (a 50 MB page, 100,000
and 1,000,000 nested elements, a 10 MB text node, 5 MB attributes, parser
bombs) are generated here at test time. Network cases run against
tests/httpd.py's routes, served in this process (with a few routes of our
own added: a redirect to file://, an unknown charset, a hostile title).

Exit statuses (for a library error E the CLI exits with -E): EFILE 3,
EURL 4, ETIMEOUT 7, EHTTP 8, ENETWORK 9, ETOOLARGE 10, ENOTHTML 11,
ENOARTICLE 13. Every child runs under a wall-clock deadline (a hang fails
the case); its CPU seconds, which time limits check (so that they hold on
a loaded machine), and peak memory are measured (os.wait4).
Exit status: 0 all passed, 1 a case failed, 77 every case run was skipped.
"""
import gzip
import html
import html.parser
import json
import os
import pty
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
HOSTILE = os.path.join(HERE, "hostile")
sys.path.insert(0, HERE)

EFILE, EURL, ETIMEOUT, EHTTP, ENETWORK, ETOOLARGE, ENOTHTML, ENOARTICLE = 3, 4, 7, 8, 9, 10, 11, 13

# The sentences of the hostile pages (tests/hostile/*.html), which any
# extraction keeps.
P = [
    "For nearly two centuries the keepers of the northern lights kept a logbook in which nothing "
    "was ever allowed to be left blank, and every four hours someone wrote down the wind, the sea "
    "and the lamp.",
    "The lighthouse keeper climbed the spiral stairs one hundred and twelve times a week, and she "
    "counted every single step, in fair weather and in foul, for thirty-one years.",
    "Researchers at the harbour museum have spent three winters transcribing the pages by hand, "
    "and they found that fog days have fallen by almost a third since the eighteen-sixties.",
]
HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Keeper</title></head><body>"

# What must never reach a terminal: C0 controls but the newline (and the
# carriage return a pty adds), DEL, C1 controls, bidi embeddings, overrides,
# isolates and marks; U+FFFD is checked separately where it matters.
BAD_CHARS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

ENV = {k: v for k, v in os.environ.items()
       if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
# A sanitizer or valgrind build is several times slower and bigger:
# deadlines and memory limits scale.
SLOW = float(os.environ.get("ALOUD_TEST_SLOWDOWN", "1"))
BIG = float(os.environ.get("ALOUD_TEST_MEMORY_FACTOR", "1"))


class Skip(Exception):
    pass


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


class Result:
    """An aloud run: exit status, output, wall-clock SECONDS, CPU seconds
    (user + system: what time limits check, so that they hold on a loaded
    machine and under ctest -j), peak memory."""
    def __init__(self, code, out, err, seconds, rss_kb, cpu=0.0):
        self.code, self.out, self.err, self.seconds, self.rss_kb = code, out, err, seconds, rss_kb
        self.cpu = cpu
        self.text = out.decode("utf-8", "replace")
        self.message = err.decode("utf-8", "replace")

    def __repr__(self):
        return "exit %d in %.1f s (%.1f s CPU), %d MB, stderr %r" % (
            self.code, self.seconds, self.cpu, self.rss_kb >> 10,
                                                       self.message[:300])


def run(aloud, args, stdin_path=None, deadline=60, pty_out=False, preexec=None):
    """Run aloud with ARGS; kill it (and fail) past DEADLINE seconds."""
    deadline *= SLOW
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        master = slave = None
        if pty_out:
            master, slave = pty.openpty()
        start = time.monotonic()
        try:
            proc = subprocess.Popen([aloud] + list(args), stdin=stdin, env=ENV,
                                    stdout=slave if pty_out else out,
                                    stderr=slave if pty_out else err, preexec_fn=preexec)
        finally:
            if stdin_path:
                stdin.close()
        killed = []
        timer = threading.Timer(deadline, lambda: (killed.append(1), proc.kill()))
        timer.start()
        captured = b""
        if pty_out:
            os.close(slave)
            captured = read_pty(master)
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - start
        if killed:
            raise Failure("aloud %s did not finish within %.0f s (a hang)" % (describe(args), deadline))
        check(proc.returncode >= 0, "aloud %s died of signal %d" % (describe(args), -proc.returncode))
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        if pty_out:
            return Result(proc.returncode, captured, b"", elapsed, usage.ru_maxrss, cpu)
        return Result(proc.returncode, out.read(), err.read(), elapsed, usage.ru_maxrss, cpu)


def read_pty(master):
    data = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:      # EIO: the child closed its end
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    return data


def describe(args):
    return " ".join(a if len(a) < 80 else a[:77] + "..." for a in map(repr, args))


def expect_error(r, code, *causes, within=None, wall_within=None, source=None):
    """R failed with CODE, one clean message naming SOURCE and each cause,
    in under WITHIN CPU seconds and WALL_WITHIN wall-clock seconds."""
    detail = repr(r)
    check(r.code == code, "exit status %d, want %d: %s" % (r.code, code, detail))
    check(r.out == b"", "stdout not empty on failure: %r" % r.out[:200])
    check(r.message.startswith("aloud: ") and r.message.count("\n") == 1 and
          r.message.endswith("\n"), "not one 'aloud: ' line: " + detail)
    check(not BAD_CHARS.search(r.message.rstrip("\n")), "control character in message: " + detail)
    if source is not None:
        check(source in r.message, "source %r not named: %s" % (source, detail))
    for cause in causes:
        check(cause.lower() in r.message.lower(), "cause %r not said: %s" % (cause, detail))
    check_time(r, within, wall_within)


def check_time(r, cpu=None, wall=None):
    if cpu is not None:
        check(r.cpu < cpu * SLOW, "took %.1f s of CPU, want under %.0f s: %r" % (r.cpu, cpu * SLOW, r))
    if wall is not None:
        check(r.seconds < wall * SLOW, "took %.1f s, want under %.0f s: %r" % (r.seconds, wall * SLOW, r))


def expect_text(r, sentences, within=None):
    check(r.code == 0, "failed: %r" % r)
    text = r.out.decode("utf-8")          # must be valid UTF-8
    m = BAD_CHARS.search(text)
    check(not m, "control character in output: %r" % (m.group() if m else ""))
    flat = re.sub(r"\s+", " ", text)
    for s in sentences:
        check(s in flat, "%r missing from the output:\n%s" % (s, text[:1000]))
    check_time(r, within)
    return text


def expect_read_or_refused(r, sentences, source):
    """A page aloud may read or find no article in: either way the outcome
    is checked, the text read or the message given."""
    if r.code == ENOARTICLE:
        expect_error(r, ENOARTICLE, "no readable article", source=source)
        return None
    if r.text.startswith("{"):
        check(r.code == 0, "failed: %r" % r)
        doc = json.loads(r.out)
        r = Result(0, "\n".join(p["text"] if isinstance(p, dict) else p
                                for s in doc["sections"] for p in s["paragraphs"]).encode(),
                   b"", r.seconds, r.rss_kb, r.cpu)
    return expect_text(r, sentences)


def page(body, title="Keeper", head=""):
    return (HEAD.replace("<title>Keeper</title>", "<title>%s</title>%s" % (title, head)) +
            "<article><h1>%s</h1>%s</article></body></html>\n" % (title, body))


def paras():
    return "".join("<p>%s</p>" % s for s in P)


class Ctx:
    def __init__(self, aloud, tmp):
        self.aloud, self.tmp = aloud, tmp
        self._server = None

    def run(self, *args, **kw):
        return run(self.aloud, args, **kw)

    def write(self, name, data):
        """Write DATA (str, bytes, or an iterable of them, for big files) to NAME."""
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            for chunk in [data] if isinstance(data, (str, bytes)) else data:
                f.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
        return path

    @property
    def base(self):
        if self._server is None:
            self._server = start_server()
        return "http://127.0.0.1:%d" % self._server.server_address[1]

    def close(self):
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def hostile(name):
    return os.path.join(HOSTILE, name)


# ---- not HTML -------------------------------------------------------------

def case_empty(c):
    path = c.write("empty.html", b"")
    expect_error(c.run("--text", path), ENOTHTML, "empty input", source=path)


def case_binary_png(c):
    import httpd
    path = c.write("photo.html", httpd.PNG)
    expect_error(c.run("--text", path), ENOTHTML, "not an HTML page", "PNG", source=path)


def case_binary_pdf(c):
    import httpd
    path = c.write("paper.html", httpd.PDF + os.urandom(4096))
    expect_error(c.run("--json", path), ENOTHTML, "not an HTML page", "PDF", source=path)


def case_binary_gzip(c):
    path = c.write("page.html", gzip.compress(page(paras()).encode()))
    expect_error(c.run("--text", path), ENOTHTML, "not an HTML page", "gzip", source=path)


def case_binary_random(c):
    path = c.write("noise.html", bytes(range(256)) * 64)
    expect_error(c.run("--text", path), ENOTHTML, "not an HTML page", "binary", source=path)


# ---- size -----------------------------------------------------------------

def big_page(size):
    """A real (not sparse) page of about SIZE bytes, many sections of
    paragraphs, in chunks: the test process must stay small, as the peak
    memory measured for a child includes its parent's at the fork."""
    section = "<h2>A section</h2>" + paras() * 4
    head, tail = page("@@").split("@@")
    yield head
    for _ in range(size // len(section) + 1):
        yield section
    yield tail


def case_big_file(c):
    # 50 MB: refused on its size before it is read.
    path = c.write("big.html", big_page(50 * 1000 * 1000))
    r = c.run("--text", path)
    expect_error(r, ETOOLARGE, "20 MiB", "--max-size", within=5, source=path)
    check(r.rss_kb < 100 * 1024 * BIG, "refusing a 50 MB file used %d MB" % (r.rss_kb >> 10))


def case_big_stdin(c):
    path = c.write("big.html", big_page(50 * 1000 * 1000))
    r = c.run("--text", "-", stdin_path=path)
    expect_error(r, ETOOLARGE, "--max-size", within=10, source="stdin")
    check(r.rss_kb < 200 * 1024 * BIG, "refusing a 50 MB pipe used %d MB" % (r.rss_kb >> 10))


def case_big_file_allowed(c):
    # With --max-size raised, a 50 MB page is read, in bounded time and memory.
    path = c.write("big.html", big_page(50 * 1000 * 1000))
    r = c.run("--max-size", "64M", "--sections", path, deadline=120)
    text = expect_text(r, ["Keeper"], within=60)
    check(text.count("A section") > 10000, "sections missing: %s" % text[-300:])
    check(r.rss_kb < 1500 * 1024 * BIG, "a 50 MB page used %d MB" % (r.rss_kb >> 10))


def case_doc_20mib(c):
    # Just under the default cap: read in bounded time and memory.
    path = c.write("doc.html", big_page(20 * 1024 * 1024 - 16 * 1024))
    r = c.run("--json", path, deadline=120)
    check(r.code == 0, repr(r))
    doc = json.loads(r.out)
    check(len(doc["sections"]) > 4000, "%d sections" % len(doc["sections"]))
    check_time(r, 30)
    check(r.rss_kb < 600 * 1024 * BIG, "a 20 MiB page used %d MB" % (r.rss_kb >> 10))


def case_big_url(c):
    for route in ("/big", "/stream"):
        url = c.base + route
        expect_error(c.run("--text", url), ETOOLARGE, "--max-size", within=5, source=url)
    url = c.base + "/article"
    expect_error(c.run("--max-size", "1K", "--text", url), ETOOLARGE, "--max-size", source=url)


def case_gzip_bomb(c):
    url = c.base + "/bomb"
    r = c.run("--text", url)
    expect_error(r, ETOOLARGE, "--max-size", within=10, source=url)
    check(r.rss_kb < 300 * 1024 * BIG, "the bomb used %d MB" % (r.rss_kb >> 10))


# ---- structure ------------------------------------------------------------

def nested(open_tags, close_tags, depth, closed=True):
    body = open_tags * depth + "<p>%s</p>" % P[0] + (close_tags * depth if closed else "")
    return page(body + paras())


def case_deep_nesting(c):
    # 100,000 and 1,000,000 nested elements: no stack overflow, no quadratic parse.
    for depth, closed in ((100000, True), (1000000, False)):
        path = c.write("deep.html", nested("<div>", "</div>", depth, closed))
        expect_text(c.run("--text", path), P, within=20)


def case_deep_lists(c):
    path = c.write("lists.html", nested("<ul><li>", "</li></ul>", 100000))
    r = c.run("--text", path)
    expect_text(r, P, within=20)
    expect_text(c.run("--text", hostile("nested-lists.html")), P[1:])


def case_deep_tables(c):
    path = c.write("tables.html", nested("<table><tr><td>", "</td></tr></table>", 100000))
    expect_text(c.run("--text", path), P, within=20)
    expect_text(c.run("--text", hostile("nested-tables.html")), P)


def case_deep_inline(c):
    for tag in ("span", "b", "a href=\"#x\"", "x-custom"):
        name = tag.split()[0]
        path = c.write("inline.html", nested("<%s>" % tag, "</%s>" % name, 100000))
        r = c.run("--json", path)
        check(r.code in (0, ENOARTICLE), "nested <%s>: %r" % (name, r))
        expect_read_or_refused(r, P, path)
        check_time(r, 20)


def case_parser_bombs(c):
    # Markup that makes an HTML tree builder build far more than it reads:
    # cloned formatting elements (256 KB -> gigabytes), the adoption agency
    # nesting deeper at every step, foreign content. Each is read or
    # refused as too complex, quickly and in bounded memory.
    bombs = {
        "reconstruct": "".join("<div><b class=c%d></div>" % i for i in range(3000)) +
                       "<div>x</div>" * 20000,
        "adoption": "<b><div></b>" * 100000,
        "link-div": "<a href=x><div>" * 100000,
        "svg-breakout": "<svg><g><b></b>" + "<x/>" * 100000,
        "svg-title": "<svg><title>" + "<div>" * 100000,
        # a raw-text element past the depth limit is removed: what follows is markup
        "deep-title": "<div>" * 600 + "<title>" + "<div>" * 100000,
        "deep-plaintext": "<div>" * 600 + "<plaintext>" + "<div>" * 100000,
        # in a <select> the tree builder ignores <title>, <style>, <plaintext>
        # (and most end tags): what follows them is markup
        "select-title": "<select><title></select>" + "<div>" * 100000,
        "select-end-tags": "<div><select></div><style></select>" + "<div>" * 100000,
        # an end tag is ignored when a special element (div, h2...) is open above it
        "span-div": "<span><div></span>" * 50000,
        "span-h2": "<span><h2></span>" * 50000,
        "custom-div": "<x-card><div></x-card>" * 50000,
        # </form> takes the form off the stack and leaves what is inside it open
        "form-div": "<form><div></form>" * 50000,
        # elements that close their own kind still nest in each other, and
        # in SVG/MathML everything nests (gumbo stays there at </p>)
        "dd-li": "<dd><li>" * 50000,
        "option-rt": "<option><rt>" * 50000,
        "h2-option": "<h2><option>" * 50000,
        "li-ul-end": "<li><ul></li>" * 50000,
        "svg-tr": "<svg><tr>" * 50000,
        "math-end-p": "</p><math><form></applet><select>" * 30000,
        # <font> without color/face/size, <body>, <head> stay in SVG; an end
        # tag does not reach across an HTML element into SVG; in HTML a
        # <foreignobject> is an ordinary element
        "svg-font": "<center><rp></pre><math><font><tr><rt>" * 20000,
        "svg-end-across-html": "<svg><g><foreignobject><div></g>" * 20000,
        "html-foreignobject": "</mtext><ruby><nav><h2><rp></div></foreignobject><foreignobject>" * 10000,
        "svg-html": "<font><svg></center></col><html><textarea><foreignobject></em>" * 10000,
        # integration points belong to one namespace: <mtext> in SVG, or
        # <foreignObject> in MathML, is not one
        "svg-mtext": "</code></style><svg><mtext><details><caption></iframe></button>" * 10000,
        "math-foreignobject": "</ol><th><footer><rb><math><foreignobject><rtc>" * 10000,
        "select": "<select>" + "<div>" * 100000,
        "many-elements": "<p>" + "a<a>" * 1000000,
    }
    for name, body in bombs.items():
        path = c.write(name + ".html", page(body + paras()))
        r = c.run("--text", path, deadline=60)
        if r.code == ETOOLARGE:
            expect_error(r, ETOOLARGE, "too complex", source=path)
        else:
            check(r.code in (0, ENOARTICLE), "%s: %r" % (name, r))
            expect_read_or_refused(r, P, path)
        check(r.cpu < 10 * SLOW, "%s took %.1f s of CPU" % (name, r.cpu))
        check(r.rss_kb < 1200 * 1024 * BIG, "%s used %d MB" % (name, r.rss_kb >> 10))


def case_app_data_bombs(c):
    # A loading skeleton whose article is only in a framework's JSON data
    # (src/page/appdata.c): the article is read from it, and data built to
    # make the walk slow or big (deep nesting, a million values, titled
    # objects by the thousand, a string of megabytes) is read or refused
    # quickly and in bounded memory.
    title = "Keepers of the northern lights"

    def skeleton(blob):
        return (HEAD.replace("<title>Keeper</title>", "<title>%s</title>" % title) +
                "<main><p>Loading…</p></main><script type=\"application/json\">%s</script>"
                "</body></html>\n" % blob)

    body = json.dumps("".join("<p>%s</p>" % s for s in P))
    article = '{"headline": %s, "body": %s}' % (json.dumps(title), body)
    path = c.write("appdata.html", skeleton('{"props": {"article": %s}}' % article))
    expect_text(c.run("--text", path), P, within=20)
    bombs = {
        "deep": "[" * 200000 + article + "]" * 200000,
        "values": "[" + ",".join(["1"] * 1000000) + ",%s]" % article,
        "titled": "[" + ",".join([article] * 20000) + "]",
        "big-string": '{"headline": %s, "body": %s}' % (json.dumps(title),
                                                      json.dumps("<p>%s</p>" % ("word " * 1500000))),
        "strings": '{"headline": %s, "body": [%s]}' % (json.dumps(title),
                                                      ",".join(['"<p>a b</p>"'] * 500000)),
    }
    for name, blob in bombs.items():
        path = c.write(name + ".html", skeleton(blob))
        r = c.run("--text", path, deadline=60)
        if r.code == ETOOLARGE:
            expect_error(r, ETOOLARGE, "too", source=path)
        else:
            check(r.code in (0, ENOARTICLE), "%s: %r" % (name, r))
        check(r.cpu < 10 * SLOW, "%s took %.1f s of CPU" % (name, r.cpu))
        check(r.rss_kb < 1200 * 1024 * BIG, "%s used %d MB" % (name, r.rss_kb >> 10))


def case_parser_assertion(c):
    # gumbo 0.10 (built with its assertions, as Debian ships it) aborts on
    # some markup: the page fails with a message, aloud does not die.
    for body in ("<table><svg><select><foreignObject><select><td>",
                 "<p>%s</p><table><svg><select><foreignObject><select><td>" % P[0]):
        path = c.write("assert.html", body)
        r = c.run("--text", path)
        expect_error(r, 1, "HTML parser", source=path)


def case_text_10mb(c):
    word = "lighthouse "
    path = c.write("text.html", page("<p>%s</p>" % (word * (10 * 1000 * 1000 // len(word))) + paras()))
    r = c.run("--text", path)
    text = expect_text(r, P, within=20)
    check(text.count("lighthouse") >= 900000, "the 10 MB text node was cut")


def case_huge_attributes(c):
    big = "x" * (3 * 1000 * 1000)
    head = ('<meta property="og:title" content="%s"><link rel="canonical" href="https://e.example/%s">'
            % ("T" * 1000000, "c" * 1000000))
    body = ('<div class="%s" style="%scolor:red" data-x="%s"><p style="display :%sblock">%s</p>%s'
            '<a href="https://e.example/%s">a link</a></div>'
            % ("content " * 300000, " " * 3000000, big, " " * 1000000, P[0], paras(), "a" * 1000000))
    path = c.write("attrs.html", page(body, head=head))
    for fmt in ("--text", "--json"):
        r = c.run(fmt, path)
        check(r.code == 0, "failed: %r" % r)
        check_time(r, 20)
    expect_text(c.run("--text", path), P)


def case_navigation_only(c):
    path = hostile("navigation-only.html")
    for fmt in ("--text", "--json"):
        expect_error(c.run(fmt, path), ENOARTICLE, "no readable article", source=path)


# ---- bytes and charsets ---------------------------------------------------

def case_invalid_utf8(c):
    text = expect_text(c.run("--text", hostile("invalid-utf8.html")), P)
    check("\ufffd" in text, "invalid bytes were not replaced by U+FFFD")


def case_mislabelled(c):
    # windows-1252 bytes labelled UTF-8: replaced, never passed on invalid.
    expect_text(c.run("--text", hostile("mislabelled-latin1.html")), P[1:])
    # UTF-8 bytes labelled Shift_JIS: decoded as labelled (mojibake), still valid UTF-8.
    expect_text(c.run("--json", hostile("mislabelled-sjis.html")), [])
    expect_text(c.run("--text", hostile("utf16le-bom.html")), P)


def case_unknown_charset(c):
    # A label no browser knows is ignored, as browsers do: the bytes decide.
    text = expect_text(c.run("--text", hostile("unknown-charset.html")), P)
    check("Unknown charset" in text, text[:200])
    url = c.base + "/x-klingon"
    text = expect_text(c.run("--text", url), P)
    check("café" in text, "the UTF-8 body was not decoded as UTF-8: %r" % text[:300])


def case_nul_bytes(c):
    r = c.run("--json", hostile("nul-bytes.html"))
    check(b"\0" not in r.out and b"\\u0000" not in r.out, "NUL in output")
    doc = json.loads(r.out)
    check(doc["title"] == "Nul Title", "title %r" % doc["title"])
    expect_text(c.run("--text", hostile("nul-bytes.html")), P + ["Null in the middle"])


def case_entities(c):
    r = c.run("--json", hostile("entities.html"))
    check(r.code == 0, repr(r))
    check_json_clean(r.out)
    expect_text(c.run("--text", hostile("entities.html")), P)


def case_foreign_content(c):
    text = expect_text(c.run("--text", hostile("foreign-content.html")), P)
    check("svg title" not in text, "SVG title read as text")


def case_no_markup(c):
    path = hostile("no-markup.txt.html")
    r = c.run("--text", path)
    check(r.code in (0, ENOARTICLE), repr(r))
    expect_read_or_refused(r, P[:1], path)


# ---- terminal safety ------------------------------------------------------

ESCAPE_PAYLOADS = ["owned-title", "[31m", "[2J", "[1m", "]2;", "window-title", "[A", "[K", "544e",
                   "[8m", "8;;http"]


def check_clean(text, what):
    m = BAD_CHARS.search(text)
    check(not m, "%s: control character U+%04X in %r" % (what, ord(m.group()) if m else 0,
                                                          text[max(0, m.start() - 30):m.end() + 30]
                                                          if m else ""))
    for payload in ESCAPE_PAYLOADS:
        check(payload not in text, "%s: the escape sequence payload %r is left in %r"
              % (what, payload, text[:400]))
    check("\ufffd" not in text, "%s: U+FFFD left where a control character was: %r" % (what, text[:400]))


def check_json_clean(raw):
    text = raw.decode("utf-8")
    check(not re.search("[\x00-\x09\x0b-\x1f\x7f]", text), "raw control character in JSON")
    doc = json.loads(text)

    def walk(v):
        if isinstance(v, str):
            m = BAD_CHARS.search(v)
            check(not m, "control character U+%04X in JSON string %r" % (ord(m.group()) if m else 0, v))
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
    walk(doc)
    return doc


def case_escapes(c):
    path = hostile("escapes.html")
    for fmt in ("--text", "--sections", "--html"):
        r = c.run(fmt, path)
        check(r.code == 0, repr(r))
        check_clean(r.out.decode("utf-8"), fmt)
    text = c.run("--text", path).text
    for s in P + ["Keeper Logs in red", "Bell and backspace and form feed and DEL",
                  "Section bold blink reversed isolate", "line one", "line two", "done"]:
        check(s in re.sub(r"\s+", " ", text), "%r missing from %r" % (s, text[:600]))
    r = c.run("--json", path)
    doc = check_json_clean(r.out)
    check(doc["title"].startswith("Keeper Logs in red"), "JSON title %r" % doc["title"])
    for payload in ESCAPE_PAYLOADS:
        check(payload not in r.text, "JSON keeps the payload %r" % payload)


class _HtmlBlocks(html.parser.HTMLParser):
    """The tags and attributes of an --html document, and the text of its
    blocks in order (a table row's cells joined with " | ", as in JSON)."""
    BLOCKS = {"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.blocks, self.cur, self.cells = [], [], None, None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))
        if tag == "br" and self.cur is not None:
            self.cur.append("\n")
        elif tag in self.BLOCKS and self.cur is None:
            self.cur, self.cells = [], [] if tag == "tr" else None
        elif tag in ("td", "th") and self.cells is not None:
            self.cur = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cells is not None:
            self.cells.append("".join(self.cur))
            self.cur = []
        elif tag in self.BLOCKS and self.cur is not None:
            self.blocks.append(" | ".join(self.cells) if self.cells is not None else "".join(self.cur))
            self.cur = self.cells = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)


# The elements and attributes aloud --html writes; anything else in the
# output came from the page.
HTML_TAGS = {"html", "head", "meta", "title", "body", "article", "h1", "h2", "h3", "h4", "h5",
             "h6", "p", "ul", "ol", "li", "blockquote", "table", "tr", "th", "td", "pre",
             "figcaption", "br"}
HTML_ATTRS = {("html", "lang"), ("meta", "charset"), ("p", "class"), ("li", "value")}


def case_html_markup_in_text(c):
    # Page text that looks like markup (tags, entities, quotes, a closing
    # </pre>) in the title, byline, a heading, paragraphs, list items, table
    # cells, a pre and a quote: --html writes it as text, escaped, and an
    # HTML parser reading the output finds the same text as --json.
    path = hostile("markup-in-text.html")
    r = c.run("--html", path)
    check(r.code == 0, repr(r))
    out = r.out.decode("utf-8")
    for raw in ("<script", "<img", "<iframe", "<style", "<b>", "<!--", "</p></article>"):
        check(raw not in out, "page text %r written as markup:\n%s" % (raw, out))
    for escaped in ("Fish &amp; chips &lt;script&gt;", "&amp;amp;lt;", "3 &lt; 5 &amp;&amp; 7"):
        check(escaped in out, "%r not escaped as %r:\n%s" % (html.unescape(escaped), escaped, out))
    parser = _HtmlBlocks()
    parser.feed(out)
    parser.close()
    for tag, attrs in parser.tags:
        check(tag in HTML_TAGS, "element <%s> in the --html output" % tag)
        for name, value in attrs:
            check((tag, name) in HTML_ATTRS, "attribute %s=%r on <%s>" % (name, value, tag))
    doc = json.loads(c.run("--json", path).out)
    want = [doc["title"], doc["title"], "By " + doc["byline"]]
    for s in doc["sections"]:
        want += [s["heading"]] if s["heading"] else []
        want += [p["text"] if isinstance(p, dict) else p for p in s["paragraphs"]]
    flat = lambda xs: [re.sub(r"\s+", " ", x).strip() for x in xs]
    check(flat(parser.blocks) == flat(want), "the --html text differs from --json:\n%s\n%s"
          % ("\n".join(flat(parser.blocks)), "\n".join(flat(want))))
    for s in ('<script>alert("title")</script>', '<img src=x onerror="alert(1)">', "&amp;lt;",
              '"bold" & strong', '</pre><script>x()</script>', "<style>body{display:none}</style>"):
        check(any(s in b for b in parser.blocks), "%r is not in the --html text" % s)


def case_escapes_tty(c):
    # The same with the output on a terminal.
    for fmt in ("--text", "--sections", "--html", "--json"):
        r = c.run(fmt, hostile("escapes.html"), pty_out=True)
        check(r.code == 0, repr(r))
        check_clean(r.out.decode("utf-8").replace("\r\n", "\n"), fmt + " on a terminal")


def case_escapes_url(c):
    url = c.base + "/escapes"
    for fmt in ("--text", "--sections"):
        r = c.run(fmt, url)
        check(r.code == 0, repr(r))
        check_clean(r.out.decode("utf-8"), fmt + " from a URL")


def case_escapes_messages(c):
    # Sources that carry escape sequences: the message says them without
    # their control characters, on a pipe and on a terminal.
    evil = "no\x1b]0;owned-title\x07such\x1b[31m\u202e.html"
    path = os.path.join(c.tmp, evil)
    for tty in (False, True):
        r = c.run("--text", path, pty_out=tty)
        msg = (r.message if not tty else r.out.decode("utf-8")).replace("\r\n", "\n")
        check(r.code == EFILE, repr(r))
        check_clean(msg.rstrip("\n"), "message")
        check("no" in msg and "such" in msg, "the file is not named: %r" % msg)
    url = c.base + "/404?\x1b[2Jq=\x1b]0;owned-title\x07"
    r = c.run("--text", url)
    check(r.code in (EURL, EHTTP), repr(r))
    # refused as malformed (libcurl), or fetched with the controls
    # percent-encoded: the server's 404
    expect_error(r, r.code, "malformed URL" if r.code == EURL else "404", source=c.base + "/404?")
    check_clean(r.message.rstrip("\n"), "URL message")
    # A page that is not an article, named with an escape sequence.
    path = c.write("nav\x1b[31m.html", open(hostile("navigation-only.html"), "rb").read())
    r = c.run("--json", path)
    expect_error(r, ENOARTICLE, "no readable article")
    check_clean(r.message.rstrip("\n"), "message")


def case_long_source(c):
    # A source of thousands of characters: the message keeps the cause.
    path = os.path.join(c.tmp, "a" * 5000 + ".html")
    r = c.run("--text", path)
    expect_error(r, EFILE, "File name too long")
    check(len(r.message) < 1100, "a message of %d bytes" % len(r.message))
    url = "http://127.0.0.1:1/" + "b" * 100000
    r = c.run("--timeout", "5", "--text", url)
    expect_error(r, 6, "connection refused", "http://127.0.0.1:1/bbb")
    check(len(r.message) < 1100, "a message of %d bytes" % len(r.message))


# ---- network --------------------------------------------------------------

def case_redirect_loop(c):
    url = c.base + "/loop"
    expect_error(c.run("--text", url), ENETWORK, "too many redirects", within=10, source=url)


def case_http_errors(c):
    for route, status in (("/404", "404 Not Found"), ("/500", "500 Internal Server Error")):
        url = c.base + route
        expect_error(c.run("--text", url), EHTTP, "HTTP status " + status, source=url)


def case_stall(c):
    for route in ("/stall", "/silent"):
        url = c.base + route
        expect_error(c.run("--timeout", "2", "--text", url), ETIMEOUT, "2 s", wall_within=8,
                     source=url)


def case_schemes(c):
    for url in ("file:///etc/passwd", "FILE:///etc/hostname", "ftp://127.0.0.1/a.html",
                "gopher://127.0.0.1/1", "dict://127.0.0.1/d:x", "ldap://127.0.0.1/o=x",
                "smb://127.0.0.1/share", "scp://127.0.0.1/x", "telnet://127.0.0.1:23",
                "tftp://127.0.0.1/x", "ws://127.0.0.1/x"):
        expect_error(c.run("--text", url), EURL, "unsupported scheme", source=url.split("://")[0])
    # Redirects to other schemes are refused too.
    for route in ("/ftp-redirect", "/file-redirect"):
        url = c.base + route
        r = c.run("--text", url)
        expect_error(r, EURL, "unsupported scheme", source=url)
        check("root:" not in r.message, "file:// was followed")
    # Not URLs at all: file names that do not exist.
    for source in ("javascript:alert(1)", "data:text/html,<p>hi</p>"):
        expect_error(c.run("--text", source), EFILE, source=source)


# ---- nothing lost ---------------------------------------------------------

def case_output_survives(c):
    # An existing output file is left untouched when the input fails.
    out = c.write("keep.wav", b"RIFF-old-contents")
    for source in (hostile("navigation-only.html"), c.write("empty.html", b""),
                   c.base + "/404", os.path.join(c.tmp, "missing.html")):
        r = c.run("-o", out, "--no-intro", source)
        check(r.code != 0, "exported %s?" % source)
        with open(out, "rb") as f:
            check(f.read() == b"RIFF-old-contents", "the old output was touched (%s)" % source)
    left = sorted(os.listdir(c.tmp))
    check(left == ["empty.html", "keep.wav"], "files left behind: %s" % left)


SHORT_PAGE = os.path.join(HERE, "pages", "short-article", "page.html")


def check_untouched(directory, want, what):
    left = sorted(os.listdir(directory))
    check(left == sorted(want), "%s: files left behind: %s" % (what, left))
    with open(os.path.join(directory, "out.wav"), "rb") as f:
        check(f.read() == b"previous contents", "%s: the old output file was changed" % what)


def case_file_size_limit(c):
    # A write that fails half way (here RLIMIT_FSIZE, EFBIG): exit 17, the
    # message names the file and the cause, the old file stays, no temporary.
    import resource

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100000, 100000))
    d = os.path.join(c.tmp, "out")
    os.mkdir(d)
    c.write("out/out.wav", b"previous contents")
    out = os.path.join(d, "out.wav")
    r = c.run("-q", "-o", out, "--chapters", os.path.join(d, "out.cue"), SHORT_PAGE,
              preexec=limit, deadline=120)
    expect_error(r, 17, "File too large", source=out)
    check_untouched(d, ["out.wav"], "file size limit")


def case_full_disk(c):
    # A full file system (a 64 KiB tmpfs, in a user and mount namespace).
    d = os.path.join(c.tmp, "disk")
    res = os.path.join(c.tmp, "result")
    os.mkdir(d)
    script = ('d=$1 res=$2; shift 2; mount -t tmpfs -o size=64k tmpfs "$d" || exit 77; '
              'printf "previous contents" > "$d/out.wav"; '
              '"$@" -q -o "$d/out.wav" --chapters "$d/out.cue" >"$res.out" 2>"$res.err"; '
              'echo $? >"$res.code"; ls -A "$d" >"$res.ls"; cat "$d/out.wav" >"$res.old"')
    try:
        p = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", d, res, c.aloud, SHORT_PAGE],
                           env=ENV, capture_output=True, timeout=120 * SLOW)
    except FileNotFoundError:
        raise Skip("no unshare(1)")
    if p.returncode != 0 or not os.path.exists(res + ".code"):
        raise Skip("cannot mount a tmpfs here: %s" % p.stderr.decode(errors="replace").strip())
    read = lambda ext: open(res + ext, "rb").read()
    r = Result(int(read(".code")), read(".out"), read(".err"), 0, 0)
    expect_error(r, 17, "No space left on device", source=os.path.join(d, "out.wav"))
    check(read(".ls").split() == [b"out.wav"], "full disk: files left behind: %r" % read(".ls"))
    check(read(".old") == b"previous contents", "full disk: the old output file was changed")


# ---- the server -----------------------------------------------------------

def start_server():
    import httpd

    def r_file_redirect(h):
        h.redirect("file:///etc/passwd")

    def r_klingon(h):
        body = page(paras() + "<p>Un café, s'il vous plaît.</p>", title="Unknown charset").encode()
        h.send_body(200, "text/html; charset=x-klingon-8", body)

    def r_escapes(h):
        with open(hostile("escapes.html"), "rb") as f:
            h.send_body(200, "text/html", f.read())

    httpd.ROUTES.update({"/file-redirect": r_file_redirect, "/x-klingon": r_klingon,
                         "/escapes": r_escapes})
    httpd.STALL_SECONDS = 10
    server = httpd.Server(("127.0.0.1", 0), httpd.Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    return server


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        print("\n".join(sorted(CASES)))
        return 0
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    aloud = os.path.abspath(argv[1])
    names = argv[2:] or sorted(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        print("unknown case(s): %s" % " ".join(unknown))
        return 2
    passed = failed = skipped = 0
    for name in names:
        with tempfile.TemporaryDirectory(prefix="aloud-hostile-") as tmp:
            c = Ctx(aloud, tmp)
            start = time.monotonic()
            try:
                CASES[name](c)
                print("ok   %s (%.1f s)" % (name, time.monotonic() - start), flush=True)
                passed += 1
            except Skip as e:
                print("skip %s: %s" % (name, e), flush=True)
                skipped += 1
            except Failure as e:
                print("FAIL %s: %s" % (name, e), flush=True)
                failed += 1
            finally:
                c.close()
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    if failed:
        return 1
    return 77 if skipped and not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
