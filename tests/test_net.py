#!/usr/bin/env python3
"""CLI tests of aloud's input side: URLs (against tests/httpd.py on
127.0.0.1), files and standard input.

Usage: test_net.py ALOUD_BIN [CASE...]   (all cases when none is named)
       test_net.py --list                (the case names, one a line)

Each case runs the aloud CLI and checks its exit status (for a library
error E the status is -E: EFILE 3, EURL 4, EHOST 5, ECONNECT 6, ETIMEOUT 7,
EHTTP 8, ENETWORK 9, ETOOLARGE 10, ENOTHTML 11), that an error is one line
on stderr starting "aloud: " that names the source and says the cause, and
for successes that `aloud --text` prints the article's sentences.
Exit status: 0 all passed, 1 a case failed, 77 every case run was skipped.
"""
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
HTTPD = os.path.join(HERE, "httpd.py")
ARTICLE = os.path.join(HERE, "net", "article.html")
FRENCH = os.path.join(HERE, "net", "french.html")

EFILE, EURL, EHOST, ECONNECT, ETIMEOUT, EHTTP, ENETWORK, ETOOLARGE, ENOTHTML = range(3, 12)

# Sentences of tests/net/article.html and tests/net/french.html that any
# reasonable extraction keeps.
ARTICLE_SENTENCES = [
    "The lighthouse keeper climbed the spiral stairs one hundred and twelve times a week",
    "Researchers at the harbour museum have spent three winters transcribing the pages by hand.",
]
FRENCH_WORDS = ["café", "élèves", "fenêtres", "Noël", "château", "déjà", "garçon"]

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8ffff3f0005fe02fea7d6a4110000000049454e44ae426082")


# Talk to 127.0.0.1 directly even where a proxy is configured.
ENV = {k: v for k, v in os.environ.items()
       if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}


class Skip(Exception):
    pass


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


class Ctx:
    """What a case gets: the CLI, the server's base URL, a scratch dir."""

    def __init__(self, aloud, base, tmp):
        self.aloud = aloud
        self.base = base
        self.tmp = tmp

    def run(self, *args, stdin=None, timeout=60):
        """Run aloud: (exit status, stdout, stderr, wall-clock seconds, CPU
        seconds). Time limits check CPU seconds, which hold on a loaded
        machine and under ctest -j; wall-clock ones only where waiting is
        the point (--timeout)."""
        start = time.monotonic()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run([self.aloud] + list(args), input=stdin, capture_output=True,
                              timeout=timeout, env=ENV,
                              stdin=None if stdin is not None else subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start, cpu

    def expect_error(self, args, code, source, *causes, stdin=None, within=None, wall_within=None):
        """ARGS fail with CODE and one message naming SOURCE and each cause,
        in under WITHIN CPU seconds and WALL_WITHIN wall-clock seconds."""
        rc, out, err, elapsed, cpu = self.run(*args, stdin=stdin)
        text = err.decode("utf-8", "replace")
        detail = "aloud %s -> %d, stderr %r" % (" ".join(map(repr, args)), rc, text)
        check(rc == code, "exit status %d, want %d: %s" % (rc, code, detail))
        check(out == b"", "stdout not empty on failure: %r" % out[:200])
        check(text.count("\n") == 1 and text.endswith("\n"), "not one line: " + detail)
        check(text.startswith("aloud: "), "no 'aloud: ' prefix: " + detail)
        check(source in text, "source %r not named: %s" % (source, detail))
        for cause in causes:
            check(cause.lower() in text.lower(), "cause %r not said: %s" % (cause, detail))
        check(not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", text), "control character: " + detail)
        if within is not None:
            check(cpu < within, "took %.1f s of CPU, want under %d s: %s" % (cpu, within, detail))
        if wall_within is not None:
            check(elapsed < wall_within, "took %.1f s, want under %d s: %s"
                  % (elapsed, wall_within, detail))
        return text

    def expect_article(self, args, sentences, stdin=None):
        rc, out, err, _, _ = self.run(*args, stdin=stdin)
        check(rc == 0, "aloud %s -> %d, stderr %r" % (" ".join(args), rc, err.decode("utf-8", "replace")))
        text = out.decode("utf-8")  # must be valid UTF-8
        flat = re.sub(r"\s+", " ", text)
        for sentence in sentences:
            check(sentence in flat, "%r missing from the output of aloud %s:\n%s"
                  % (sentence, " ".join(args), text[:1500]))
        check("\ufffd" not in text, "U+FFFD in output")
        return text


# ---- URLs that work ---------------------------------------------------------

def case_article(c):
    c.expect_article(["--text", c.base + "/article"], ARTICLE_SENTENCES)


def case_redirect(c):
    c.expect_article(["--text", c.base + "/redirect"], ARTICLE_SENTENCES)


def case_gzip(c):
    c.expect_article(["--text", c.base + "/gzip"], ARTICLE_SENTENCES)


def case_latin1(c):
    text = c.expect_article(["--text", c.base + "/latin1"], FRENCH_WORDS)
    check("Ã" not in text, "mojibake (UTF-8 read as Latin-1) in output")


def case_plain(c):
    # HTML served as text/plain is let through to sniffing.
    c.expect_article(["--text", c.base + "/plain"], ARTICLE_SENTENCES)


def case_notype(c):
    c.expect_article(["--text", c.base + "/notype"], ARTICLE_SENTENCES)


def case_user_agent(c):
    # The server answers 403 unless the User-Agent is aloud's own.
    c.expect_article(["--text", c.base + "/ua"], ARTICLE_SENTENCES)


# ---- URLs that fail ---------------------------------------------------------

def case_http_404(c):
    c.expect_error(["--text", c.base + "/404"], EHTTP, c.base + "/404", "HTTP status 404 Not Found")


def case_http_500(c):
    c.expect_error(["--text", c.base + "/500"], EHTTP, c.base + "/500",
                   "HTTP status 500 Internal Server Error")


def case_redirect_loop(c):
    c.expect_error(["--text", c.base + "/loop"], ENETWORK, c.base + "/loop", "too many redirects",
                   within=8)


def case_redirect_ftp(c):
    c.expect_error(["--text", c.base + "/ftp-redirect"], EURL, c.base + "/ftp-redirect",
                   "unsupported scheme")


def case_pdf(c):
    c.expect_error(["--text", c.base + "/pdf"], ENOTHTML, c.base + "/pdf", "not an HTML page",
                   "application/pdf")


def case_image(c):
    c.expect_error(["--text", c.base + "/image"], ENOTHTML, c.base + "/image", "not an HTML page",
                   "image/png")


def case_png_as_html(c):
    c.expect_error(["--text", c.base + "/png-as-html"], ENOTHTML, c.base + "/png-as-html",
                   "not an HTML page", "PNG")


def case_empty_body(c):
    c.expect_error(["--text", c.base + "/empty"], ENOTHTML, c.base + "/empty", "empty input")


def case_big(c):
    # 50 MB declared in Content-Length: refused before the body comes.
    c.expect_error(["--text", c.base + "/big"], ETOOLARGE, c.base + "/big", "20 MiB", "--max-size",
                   within=5)


def case_stream(c):
    # 50 MB without a declared length: stopped once 20 MiB have arrived.
    c.expect_error(["--text", c.base + "/stream"], ETOOLARGE, c.base + "/stream", "--max-size",
                   within=5)


def case_gzip_bomb(c):
    # ~120 KB on the wire that inflate to 120 MB: the cap counts inflated bytes.
    c.expect_error(["--text", c.base + "/bomb"], ETOOLARGE, c.base + "/bomb", "--max-size",
                   within=5)


def case_max_size_url(c):
    c.expect_error(["--max-size", "1000", "--text", c.base + "/article"], ETOOLARGE,
                   c.base + "/article", "--max-size")
    # The gzip body (~2 KB) fits in 3000 bytes, the page (~4 KB) does not.
    c.expect_error(["--max-size", "3000", "--text", c.base + "/gzip"], ETOOLARGE,
                   c.base + "/gzip", "--max-size")
    c.expect_article(["--max-size", "100000", "--text", c.base + "/article"], ARTICLE_SENTENCES)


def case_stall(c):
    # Headers and 200 bytes, then silence: the timeout still fires.
    c.expect_error(["--timeout", "2", "--text", c.base + "/stall"], ETIMEOUT, c.base + "/stall",
                   "2 s", wall_within=7)


def case_silent(c):
    c.expect_error(["--timeout", "2", "--text", c.base + "/silent"], ETIMEOUT, c.base + "/silent",
                   "2 s", wall_within=7)


def case_refused(c):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # bound and closed: nobody listens there now
    url = "http://127.0.0.1:%d/article" % port
    c.expect_error(["--timeout", "2", "--text", url], ECONNECT, url, "connection refused", within=5)


def case_unknown_host(c):
    host = "no-such-host.aloud-test.invalid"
    start = time.monotonic()
    try:
        socket.getaddrinfo(host, 80)
        raise Skip("the resolver claims to know %s" % host)
    except socket.gaierror as e:
        if e.errno not in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
            raise Skip("the resolver does not answer here (%s)" % e)
    if time.monotonic() - start > 1.5:
        raise Skip("the resolver is too slow to tell an unknown host from a timeout")
    url = "http://%s/post" % host
    c.expect_error(["--timeout", "5", "--text", url], EHOST, url, "unknown host", host)


def case_bad_scheme(c):
    c.expect_error(["--text", "ftp://127.0.0.1/article.html"], EURL, "ftp://127.0.0.1/article.html",
                   "unsupported scheme 'ftp'", "only http and https")
    c.expect_error(["--text", "file:///etc/hostname"], EURL, "file:///etc/hostname",
                   "unsupported scheme 'file'")


def case_control_chars(c):
    # Escape sequences in a source never reach the terminal.
    url = c.base + "/404?\x1b[31mred\x07"
    rc, out, err, _, _ = c.run("--text", url)
    check(rc in (EURL, EHTTP), "exit status %d for a URL with control characters" % rc)
    check(not re.search(rb"[\x00-\x09\x0b-\x1f\x7f]", err), "control character on stderr: %r" % err)
    path = os.path.join(c.tmp, "no\x1b]0;title\x07such.html")
    rc, out, err, _, _ = c.run("--text", path)
    check(rc == EFILE, "exit status %d for a missing file" % rc)
    check(not re.search(rb"[\x00-\x09\x0b-\x1f\x7f]", err), "control character on stderr: %r" % err)


# ---- files and standard input ----------------------------------------------

def case_file(c):
    c.expect_article(["--text", ARTICLE], ARTICLE_SENTENCES)


def case_file_latin1(c):
    # Latin-1 bytes, no declaration anywhere: the windows-1252 fallback.
    path = os.path.join(c.tmp, "french.html")
    with open(FRENCH, encoding="utf-8") as src, open(path, "wb") as dst:
        dst.write(src.read().encode("latin-1"))
    text = c.expect_article(["--text", path], FRENCH_WORDS)
    check("Ã" not in text, "mojibake in output")


def case_file_missing(c):
    path = os.path.join(c.tmp, "missing.html")
    c.expect_error(["--text", path], EFILE, path, "No such file or directory")


def case_file_directory(c):
    c.expect_error(["--text", c.tmp], EFILE, c.tmp, "is a directory")


def case_file_empty(c):
    path = os.path.join(c.tmp, "empty.html")
    open(path, "wb").close()
    c.expect_error(["--text", path], ENOTHTML, path, "empty input")


def case_file_png(c):
    path = os.path.join(c.tmp, "picture.html")
    with open(path, "wb") as f:
        f.write(PNG)
    c.expect_error(["--text", path], ENOTHTML, path, "not an HTML page", "PNG image")


def case_file_max_size(c):
    c.expect_error(["--max-size", "1000", "--text", ARTICLE], ETOOLARGE, ARTICLE, "--max-size")
    c.expect_article(["--max-size", "100000", "--text", ARTICLE], ARTICLE_SENTENCES)


def case_file_big(c):
    # A 50 MB (sparse) file fails on its size, without being read.
    path = os.path.join(c.tmp, "big.html")
    with open(path, "wb") as f:
        f.truncate(50 * 1000 * 1000)
    c.expect_error(["--text", path], ETOOLARGE, path, "20 MiB", within=3)


def case_stdin(c):
    with open(ARTICLE, "rb") as f:
        page = f.read()
    c.expect_article(["--text", "-"], ARTICLE_SENTENCES, stdin=page)


def case_stdin_empty(c):
    c.expect_error(["--text", "-"], ENOTHTML, "<stdin>", "empty input", stdin=b"")


def case_stdin_big(c):
    # An endless pipe is cut at the cap, not read to its end.
    out_path = os.path.join(c.tmp, "stdout")
    err_path = os.path.join(c.tmp, "stderr")
    chunk = b"<p>" + b"x" * 65533
    sent = 0
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([c.aloud, "--text", "-"], stdin=subprocess.PIPE,
                                stdout=out, stderr=err, env=ENV)
        deadline = time.monotonic() + 15
        try:
            while sent < 200 * 1000 * 1000 and time.monotonic() < deadline:
                proc.stdin.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, OSError):
            pass
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise Failure("aloud --text - did not stop reading an endless stdin")
    with open(err_path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    check(proc.returncode == ETOOLARGE,
          "exit status %d, want %d: %r" % (proc.returncode, ETOOLARGE, text))
    check(text.startswith("aloud: ") and text.count("\n") == 1 and "--max-size" in text,
          "message: %r" % text)
    check(sent < 100 * 1000 * 1000, "read %d bytes before stopping" % sent)


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def start_server():
    proc = subprocess.Popen([sys.executable, HTTPD, "--lifetime", "90"], stdout=subprocess.PIPE)
    line = proc.stdout.readline()
    if not line.strip().isdigit():
        proc.kill()
        raise RuntimeError("httpd.py did not start")
    return proc, "http://127.0.0.1:%d" % int(line)


def main(argv):
    if argv[1:] == ["--list"]:          # tests/net.cmake registers each case
        print("\n".join(sorted(CASES)))
        return 0
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    aloud = os.path.abspath(argv[1])
    names = argv[2:] or sorted(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        print("unknown case(s): %s; known: %s" % (" ".join(unknown), " ".join(sorted(CASES))))
        return 2
    passed = failed = skipped = 0
    server, base = start_server()
    try:
        for name in names:
            with tempfile.TemporaryDirectory(prefix="aloud-net-") as tmp:
                try:
                    CASES[name](Ctx(aloud, base, tmp))
                    print("ok   %s" % name)
                    passed += 1
                except Skip as e:
                    print("skip %s: %s" % (name, e))
                    skipped += 1
                except (Failure, subprocess.TimeoutExpired) as e:
                    print("FAIL %s: %s" % (name, e))
                    failed += 1
    finally:
        server.kill()
        server.wait()
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    if failed:
        return 1
    return 77 if skipped and not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
