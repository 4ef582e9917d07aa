#!/usr/bin/env python3
"""Cover art from the page's og:image (--cover, issue 12), read back.

usage: test_export_cover.py ALOUD_BIN [CASE...]
       test_export_cover.py --list

A local HTTP server (a thread of this script, on 127.0.0.1) serves the
export test page with an og:image, and images made here with ffmpeg. Each
file's picture is taken back out with ffmpeg and compared byte for byte
with the image served; ffprobe tells its codec, size and that it is an
attached picture. Failures (an og:image that is HTML, too big, a 404, a
file: URL or a relative path in a local page) are one warning naming the
URL, a file without a cover and exit 0. No temporary file is left.
"""
import http.server
import json
import os
import subprocess
import sys
import threading

import casekit
from casekit import check

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = open(os.path.join(HERE, "export", "orchard.html"), encoding="utf-8").read()

ALOUD = None


def run(*args, **kw):
    return subprocess.run([ALOUD, "-q", *args], capture_output=True, timeout=300, **kw)


def make_image(tmp, ext, size="64x48", noise=False):
    """An image made by ffmpeg; NOISE: random pixels, a PNG of some 100 KB
    per 300x200 (larger than libavformat's I/O buffer, as photos are)."""
    path = os.path.join(tmp, "made." + ext)
    source = ("nullsrc=s=%s:d=1,geq=random(1)*255:128:128" if noise else "testsrc=s=%s:d=1")
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                    source % size, "-frames:v", "1", path], check=True)
    with open(path, "rb") as f:
        data = f.read()
    os.unlink(path)
    return data


def page_with(image_url):
    return PAGE.replace("<head>", '<head>\n<meta property="og:image" content="%s">' % image_url, 1)


class Server:
    """Routes: path -> (status, content type, body)."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        routes, requests = self.routes, self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_GET(self):
                requests.append(self.path)
                status, ctype, body = routes.get(self.path, (404, "text/html", b"<p>no</p>"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = "http://127.0.0.1:%d" % self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def page(self, path, image_url):
        self.routes[path] = (200, "text/html; charset=utf-8", page_with(image_url).encode())
        return self.base + path

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def streams(path_or_bytes):
    cmd = ["ffprobe", "-v", "error", "-show_streams", "-of", "json"]
    if isinstance(path_or_bytes, bytes):
        r = subprocess.run(cmd + ["-i", "-"], input=path_or_bytes, capture_output=True)
    else:
        r = subprocess.run(cmd + [path_or_bytes], capture_output=True)
    return json.loads(r.stdout)["streams"] if r.returncode == 0 else None


def pictures(path_or_bytes):
    return [s for s in streams(path_or_bytes) or []
            if s.get("disposition", {}).get("attached_pic") == 1]


def picture_bytes(path, tmp):
    """The attached picture taken out of PATH unchanged, or None."""
    out = os.path.join(tmp, "picture.out")
    r = subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", path, "-map", "0:v",
                        "-c", "copy", "-frames:v", "1", "-f", "image2", out], capture_output=True)
    if r.returncode != 0 or not os.path.exists(out):
        return None
    with open(out, "rb") as f:
        data = f.read()
    os.unlink(out)
    return data


def plays(path):
    r = subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", path, "-map", "0:a", "-f",
                        "null", "-"], capture_output=True)
    return r.returncode == 0 and not r.stderr


def leftovers(directory):
    return sorted(n for n in os.listdir(directory) if n.startswith(".") or "aloud-" in n)


# ---- cases ----

def case_formats(tmp):
    """Each format carries the picture, byte for byte; Opus as METADATA_BLOCK_PICTURE."""
    srv = Server()
    try:
        images = {"png": make_image(tmp, "png"), "jpg": make_image(tmp, "jpg", "80x60")}
        codecs = {"png": ("png", 64, 48), "jpg": ("mjpeg", 80, 60)}
        srv.routes["/img/cover.png"] = (200, "image/png", images["png"])
        # a JPEG served with a wrong type: the bytes decide, not the header
        srv.routes["/img/cover.jpg"] = (200, "text/html", images["jpg"])
        urls = {"png": srv.page("/png.html", "/img/cover.png"),   # relative: resolved
                "jpg": srv.page("/jpg.html", srv.base + "/img/cover.jpg")}
        for kind in ("png", "jpg"):
            for ext in ("mp3", "m4b", "flac", "opus"):
                out = os.path.join(tmp, "%s.%s" % (kind, ext))
                r = run("--cover", "-o", out, urls[kind])
                what = "%s cover in .%s" % (kind, ext)
                check(r.returncode == 0 and not r.stderr, "%s: exit 0, no warning: %s"
                      % (what, r.stderr))
                pics = pictures(out)
                check(len(pics) == 1, "%s: one attached picture: %s" % (what, pics))
                if pics:
                    p = pics[0]
                    check((p["codec_name"], p.get("width"), p.get("height")) == codecs[kind],
                          "%s: codec and size %s" % (what, (p["codec_name"], p.get("width"),
                                                           p.get("height"))))
                    if ext != "m4b":   # MP4's covr has no picture type
                        check(p.get("tags", {}).get("comment") == "Cover (front)",
                              "%s: the front cover: %s" % (what, p.get("tags")))
                check(picture_bytes(out, tmp) == images[kind],
                      "%s: the picture is the image served, byte for byte" % what)
                check(plays(out), "%s: the audio decodes without an error" % what)
        # Opus: the picture is the METADATA_BLOCK_PICTURE comment itself
        with open(os.path.join(tmp, "png.opus"), "rb") as f:
            data = f.read()
        check(b"METADATA_BLOCK_PICTURE=" in data, "Opus: a METADATA_BLOCK_PICTURE comment")
        check(leftovers(tmp) == [], "no temporary file left: %s" % leftovers(tmp))
    finally:
        srv.close()


def case_split_and_stdout(tmp):
    """Every --split file has the cover; -o - streams an MP3 with it."""
    srv = Server()
    try:
        image = make_image(tmp, "png")
        srv.routes["/c.png"] = (200, "image/png", image)
        url = srv.page("/a.html", srv.base + "/c.png")
        d = os.path.join(tmp, "parts")
        r = run("--cover", "--split", d, "--format", "mp3", url)
        check(r.returncode == 0 and not r.stderr, "--split --cover exits 0: %s" % r.stderr)
        files = sorted(n for n in os.listdir(d) if n.endswith(".mp3"))
        check(len(files) == 4, "four section files: %s" % files)
        for n in files:
            check(picture_bytes(os.path.join(d, n), tmp) == image, "%s carries the cover" % n)
        check(leftovers(d) == [], "no temporary file left in the folder: %s" % leftovers(d))
        # a photo-sized picture: the ID3v2 tag on a pipe must still get its size
        big = make_image(tmp, "png", "400x300", noise=True)
        check(len(big) > 100000, "the noisy PNG is past 100 KB: %d" % len(big))
        srv.routes["/big.png"] = (200, "image/png", big)
        url = srv.page("/b.html", srv.base + "/big.png")
        for fmt in ("mp3", "opus", "flac"):
            r = subprocess.run("%s -q --cover --format %s -o - %s | cat" % (ALOUD, fmt, url),
                               shell=True, capture_output=True, timeout=300)
            check(r.returncode == 0, "-o - %s with --cover exits 0: %s" % (fmt, r.stderr))
            pics = pictures(r.stdout)
            check(len(pics) == 1 and pics[0]["width"] == 400,
                  "-o - %s: the stream has the picture: %s" % (fmt, pics))
            piped = os.path.join(tmp, "piped." + fmt)
            with open(piped, "wb") as f:
                f.write(r.stdout)
            check(picture_bytes(piped, tmp) == big, "-o - %s: the picture, byte for byte" % fmt)
            check(plays(piped), "-o - %s: the audio decodes" % fmt)
            os.unlink(piped)
    finally:
        srv.close()


def expect_no_cover(tmp, args, image_url, what):
    out = os.path.join(tmp, "none.mp3")
    r = run("--cover", "-o", out, *args)
    err = r.stderr.decode("utf-8", "replace")
    lines = [l for l in err.splitlines() if l]
    check(r.returncode == 0, "%s: exit 0: %s" % (what, err))
    check(len(lines) == 1 and "--cover" in lines[0] and (image_url is None or image_url in lines[0]),
          "%s: one warning naming the image: %r" % (what, err))
    check(os.path.exists(out) and pictures(out) == [] and plays(out),
          "%s: the file is written, without a cover" % what)
    check(leftovers(tmp) == [], "%s: no temporary file left: %s" % (what, leftovers(tmp)))
    if os.path.exists(out):
        os.unlink(out)


def case_failures(tmp):
    """Not an image, too big, 404, unreachable: a warning, and audio without a cover."""
    srv = Server()
    try:
        image = make_image(tmp, "png")
        srv.routes["/html.png"] = (200, "image/png", b"<!doctype html><p>a page, not a picture")
        srv.routes["/gif"] = (200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
        srv.routes["/big.png"] = (200, "image/png", image + b"\0" * 300000)
        # JPEG's first bytes, then no frame header: not an image to describe
        srv.routes["/fake.jpg"] = (200, "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" +
                                   b"\xff\xd9" + b"x" * 100)
        for path, what, extra in (("/html.png", "HTML served as image/png", []),
                                  ("/gif", "a GIF", []),
                                  ("/fake.jpg", "a JPEG without a frame", []),
                                  ("/missing.png", "a 404", []),
                                  ("/big.png", "an image past --max-size", ["--max-size", "200K"])):
            img = srv.base + path
            url = srv.page("/p%d.html" % len(srv.routes), img)
            expect_no_cover(tmp, extra + [url], img, what)
        url = srv.page("/closed.html", "http://127.0.0.1:1/c.png")
        expect_no_cover(tmp, [url], "http://127.0.0.1:1/c.png", "a refused connection")
        url = srv.page("/none.html", "")
        expect_no_cover(tmp, [srv.base + "/none.html"], None, "a page without og:image")
    finally:
        srv.close()


def case_local_files(tmp):
    """A local page's og:image must not read a local file: file: and relative paths."""
    image = make_image(tmp, "png")
    with open(os.path.join(tmp, "cover.png"), "wb") as f:
        f.write(image)
    for value, what in (("file://" + os.path.join(tmp, "cover.png"), "a file: URL"),
                        ("cover.png", "a relative path"),
                        (os.path.join(tmp, "cover.png"), "an absolute path")):
        page = os.path.join(tmp, "local.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(page_with(value))
        r = run("--json", page)
        check(r.returncode == 0 and json.loads(r.stdout)["image"] is None,
              "%s: the page loads, its --json image is null" % what)
        out = os.path.join(tmp, "local.flac")
        r = run("--cover", "-o", out, page)
        err = r.stderr.decode("utf-8", "replace")
        check(r.returncode == 0 and "no http(s) image" in err and err.count("\n") == 1,
              "%s in a local page: one warning, no image: %r" % (what, err))
        check(pictures(out) == [], "%s in a local page: no cover read from disk" % what)
        os.unlink(out)
        os.unlink(page)
    check(leftovers(tmp) == [], "no temporary file left: %s" % leftovers(tmp))


def case_wav_and_usage(tmp):
    """WAV holds no cover: one warning and no fetch; --cover alone is a usage error."""
    srv = Server()
    try:
        image = make_image(tmp, "png")
        srv.routes["/c.png"] = (200, "image/png", image)
        url = srv.page("/a.html", srv.base + "/c.png")
        out = os.path.join(tmp, "a.wav")
        r = run("--cover", "-o", out, url)
        err = r.stderr.decode()
        check(r.returncode == 0 and "WAV" in err and err.count("\n") == 1,
              "WAV with --cover: exit 0 and one warning: %r" % err)
        check(os.path.getsize(out) > 44, "the WAV is written")
        check("/c.png" not in srv.requests, "no image is fetched for a WAV: %s" % srv.requests)
        r = run("--cover", "--text", url)
        check(r.returncode == 2 and b"--cover needs -o" in r.stderr,
              "--cover without an export is a usage error: %r" % r.stderr)
    finally:
        srv.close()


def case_sources(tmp):
    """Where the picture is named: og:image:secure_url first, then og:image,
    twitter:image, the JSON-LD article's image; resolved against the page."""
    srv = Server()
    try:
        for name, width in (("s", 40), ("o", 50), ("t", 60), ("j", 70)):
            srv.routes["/img/%s.png" % name] = (200, "image/png",
                                                make_image(tmp, "png", "%dx30" % width))
        host = srv.base[len("http:"):]
        ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
              '"Grafting an old apple tree", "image": [{"@type": "ImageObject", "url": '
              '"../img/j.png"}]}</script>')
        pages = {
            "/a/secure.html": ('<meta property="og:image" content="/img/o.png">'
                               '<meta property="og:image:secure_url" content="/img/s.png">', 40),
            "/a/og.html": ('<meta property="og:image" content="%s/img/o.png">' % host
                           + ld, 50),          # protocol-relative, before JSON-LD
            "/a/twitter.html": ('<meta name="twitter:image" content="../img/t.png">', 60),
            "/a/ld.html": (ld, 70),
        }
        for path, (head, width) in pages.items():
            srv.routes[path] = (200, "text/html", PAGE.replace("<head>", "<head>" + head, 1)
                                .encode())
            name = "sotj"[[40, 50, 60, 70].index(width)]
            got = json.loads(run("--json", srv.base + path).stdout)["image"]
            check(got == "%s/img/%s.png" % (srv.base, name),
                  "%s: --json names the image: %s" % (path, got))
            out = os.path.join(tmp, "x.flac")
            r = run("--cover", "-o", out, srv.base + path)
            pics = pictures(out)
            check(r.returncode == 0 and not r.stderr and len(pics) == 1 and
                  pics[0]["width"] == width,
                  "%s: the picture %d wide: %s %s" % (path, width, r.stderr,
                                                      [p.get("width") for p in pics]))
            os.unlink(out)
    finally:
        srv.close()


def case_batch(tmp):
    """-o DIR/ with several pages: each file gets its own page's cover, or a warning."""
    srv = Server()
    try:
        image = make_image(tmp, "jpg", "96x64")
        srv.routes["/c.jpg"] = (200, "image/jpeg", image)
        with_image = srv.page("/with.html", "/c.jpg")
        srv.routes["/without.html"] = (200, "text/html", PAGE.replace(
            "grafting-an-old-apple-tree", "another-tree").encode())
        without = srv.base + "/without.html"
        d = os.path.join(tmp, "out")
        r = run("--cover", "--format", "opus", "-o", d + "/", with_image, without)
        err = r.stderr.decode("utf-8", "replace")
        check(r.returncode == 0, "batch --cover exits 0: %s" % err)
        files = sorted(n for n in os.listdir(d) if n.endswith(".opus"))
        check(len(files) == 2, "two files: %s" % files)
        covered = [n for n in files if picture_bytes(os.path.join(d, n), tmp) == image]
        check(len(covered) == 1, "exactly one file has the cover: %s of %s" % (covered, files))
        warnings = [l for l in err.splitlines() if "--cover" in l]
        check(len(warnings) == 1 and "names no http(s) image" in warnings[0] and
              "another-tree" in warnings[0],
              "one warning, naming the page without an image: %r" % err)
        d = os.path.join(tmp, "wav")
        r = run("--cover", "-o", d + "/", with_image, without)
        err = r.stderr.decode("utf-8", "replace")
        check(r.returncode == 0 and err.count("WAV") == 1,
              "batch of WAV with --cover: one warning for all: %r" % err)
        check(srv.requests.count("/c.jpg") == 1, "the image was fetched once, for the opus: %s"
              % srv.requests)
    finally:
        srv.close()


CASES = {
    "formats": case_formats,
    "split_and_stdout": case_split_and_stdout,
    "failures": case_failures,
    "local_files": case_local_files,
    "wav_and_usage": case_wav_and_usage,
    "batch": case_batch,
    "sources": case_sources,
}


def set_aloud(path):
    global ALOUD
    ALOUD = path


if __name__ == "__main__":
    sys.exit(casekit.main(CASES, "aloud-cover-", set_aloud))
