#!/usr/bin/env python3
"""What --cover adds to an export: bytes and wall time, per format.

usage: bench/export_cover.py [BUILD_DIR] [ROUNDS]   (default: build, 5)

A local HTTP server serves the example article (examples/article.html)
with an og:image: a 1200x630 JPEG (the size sites use for og:image) made
by ffmpeg from its testsrc2 pattern at -q:v 3. Each format is exported
with and without --cover, alternately, ROUNDS times; the medians of the
wall and CPU times (user + system, of aloud and its worker processes;
steadier on a shared machine) and the difference in file size are printed (the picture
itself is the bulk of it; Opus keeps it in base64, a third larger). The
time includes the extra download over loopback, so it is the cost on a
fast network; a real site adds its round trips.
"""
import http.server
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build")
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
ALOUD = os.path.join(BUILD, "aloud")


def main():
    tmp = tempfile.mkdtemp(prefix="aloud-cover-bench-")
    jpg = os.path.join(tmp, "og.jpg")
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc2=s=1200x630:d=1", "-frames:v", "1", "-q:v", "3", jpg], check=True)
    image = open(jpg, "rb").read()
    page = open(os.path.join(ROOT, "examples", "article.html"), encoding="utf-8").read()
    page = page.replace("<head>", '<head><meta property="og:image" content="/og.jpg">', 1)
    routes = {"/a.html": ("text/html", page.encode()), "/og.jpg": ("image/jpeg", image)}

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            ctype, body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d/a.html" % httpd.server_address[1]
    print("image: %d bytes, 1200x630 JPEG; %d rounds; medians" % (len(image), ROUNDS))
    print("%-5s %10s %10s %9s %9s %8s %8s %8s" % ("", "bytes", "+cover", "wall ms", "+cover",
                                                 "+ms", "cpu ms", "+ms"))
    for ext in ("mp3", "opus", "m4b", "flac"):
        times = {False: [], True: []}
        cpu = {False: [], True: []}
        sizes = {}
        for _ in range(ROUNDS):
            for cover in (False, True):
                out = os.path.join(tmp, "x.%s" % ext)
                t = time.monotonic()
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run([ALOUD, "-q", "-j", "1", "-o", out, url] +
                               (["--cover"] if cover else []), check=True)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                times[cover].append((time.monotonic() - t) * 1000)
                cpu[cover].append((r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1000)
                sizes[cover] = os.path.getsize(out)
                os.unlink(out)
        a, b = statistics.median(times[False]), statistics.median(times[True])
        c, d = statistics.median(cpu[False]), statistics.median(cpu[True])
        print("%-5s %10d %+10d %9.0f %9.0f %+8.0f %8.0f %+8.0f"
              % (ext, sizes[False], sizes[True] - sizes[False], a, b, b - a, c, d - c))
    httpd.shutdown()
    os.unlink(jpg)
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
