#!/usr/bin/env python3
"""A small HTTP server for aloud's network tests (stdlib only).

Listens on 127.0.0.1 on a free port, prints the port on its first line of
output, and serves a fixed set of routes that each exercise one path of the
fetcher: success, redirects, compression, charsets, error statuses, wrong
content types, oversized and hostile bodies, and servers that stall.

It stops by itself after --lifetime seconds (default 120) so that a test
that dies cannot leave it behind. Usage: httpd.py [--lifetime SECONDS]
"""
import argparse
import gzip
import http.server
import os
import sys
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = open(os.path.join(HERE, "net", "article.html"), "rb").read()
FRENCH = open(os.path.join(HERE, "net", "french.html"), encoding="utf-8").read()
# A 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8ffff3f0005fe02fea7d6a4110000000049454e44ae426082")
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n"

BIG_SIZE = 50 * 1000 * 1000     # what /big and /stream claim or send
BOMB_SIZE = 120 * 1000 * 1000   # what /bomb inflates to
STALL_SECONDS = 30              # how long /stall and /silent keep a client waiting

_bomb = None
_bomb_lock = threading.Lock()


def gzip_bomb():
    """A gzip stream of a few hundred KB that inflates to BOMB_SIZE bytes."""
    global _bomb
    with _bomb_lock:
        if _bomb is None:
            comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip wrapper
            chunk = b"<p>" + b" " * (1 << 20)
            parts = [comp.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
            parts.append(comp.flush())
            _bomb = b"".join(parts)
        return _bomb


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "aloud-test-httpd/1"

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    def send_body(self, status, ctype, body, headers=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location, status=302):
        body = b"<html><body>Moved <a href='%s'>here</a></body></html>" % location.encode()
        self.send_body(status, "text/html", body, [("Location", location)])

    def stream(self, ctype, total, chunk=b"<p>" + b"x" * 65533):
        """Send TOTAL bytes without a Content-Length, until the client quits."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Connection", "close")
        self.end_headers()
        sent = 0
        try:
            while sent < total:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def wait(self):
        """Keep the client waiting (bounded, so the server can still stop)."""
        end = time.monotonic() + STALL_SECONDS
        while time.monotonic() < end:
            time.sleep(0.2)
        self.close_connection = True

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        route = ROUTES.get(path)
        if route is None:
            self.send_body(404, "text/html; charset=utf-8",
                           b"<html><body><h1>Not Found</h1></body></html>")
        else:
            route(self)

    # --- routes -----------------------------------------------------------

    def r_article(self):
        self.send_body(200, "text/html; charset=utf-8", ARTICLE,
                       [("Content-Language", "en")])

    def r_redirect(self):
        self.redirect("/redirect/2", 301)

    def r_redirect2(self):
        self.redirect("/article", 302)

    def r_loop(self):
        self.redirect("/loop/b")

    def r_loop_b(self):
        self.redirect("/loop")

    def r_ftp(self):
        self.redirect("ftp://127.0.0.1/article.html")

    def r_gzip(self):
        self.send_body(200, "text/html; charset=utf-8", gzip.compress(ARTICLE),
                       [("Content-Encoding", "gzip")])

    def r_latin1(self):
        self.send_body(200, "text/html; charset=ISO-8859-1", FRENCH.encode("latin-1"))

    def r_plain(self):  # HTML served as text/plain: let through to sniffing
        self.send_body(200, "text/plain", ARTICLE)

    def r_notype(self):
        self.send_body(200, None, ARTICLE)

    def r_empty(self):
        self.send_body(200, "text/html", b"")

    def r_ua(self):  # only aloud's own User-Agent gets the page
        agent = self.headers.get("User-Agent", "")
        if agent.startswith("aloud/") and "(+https://" in agent:
            self.r_article()
        else:
            self.send_body(403, "text/plain", b"wrong user agent: " + agent.encode())

    def r_404(self):
        self.send_body(404, "text/html; charset=utf-8",
                       b"<html><body><h1>Page not found</h1></body></html>")

    def r_500(self):
        self.send_body(500, "text/html", b"<html><body>Internal error</body></html>")

    def r_pdf(self):
        self.send_body(200, "application/pdf", PDF)

    def r_image(self):
        self.send_body(200, "image/png", PNG)

    def r_png_as_html(self):  # a server that lies about the type
        self.send_body(200, "text/html", PNG)

    def r_big(self):  # declares 50 MB up front
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(BIG_SIZE))
        self.end_headers()
        try:
            for _ in range(BIG_SIZE // 65536):
                self.wfile.write(b" " * 65536)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def r_stream(self):  # 50 MB with no declared length
        self.stream("text/html", BIG_SIZE)

    def r_bomb(self):
        self.send_body(200, "text/html", gzip_bomb(), [("Content-Encoding", "gzip")])

    def r_stall(self):  # headers, a little of the body, then nothing
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(ARTICLE)))
        self.end_headers()
        self.wfile.write(ARTICLE[:200])
        self.wfile.flush()
        self.wait()

    def r_silent(self):  # reads the request, never answers
        self.wait()


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that gives up (size cap, timeout) is expected here.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


ROUTES = {
    "/article": Handler.r_article,
    "/redirect": Handler.r_redirect,
    "/redirect/2": Handler.r_redirect2,
    "/loop": Handler.r_loop,
    "/loop/b": Handler.r_loop_b,
    "/ftp-redirect": Handler.r_ftp,
    "/gzip": Handler.r_gzip,
    "/latin1": Handler.r_latin1,
    "/plain": Handler.r_plain,
    "/notype": Handler.r_notype,
    "/empty": Handler.r_empty,
    "/ua": Handler.r_ua,
    "/404": Handler.r_404,
    "/500": Handler.r_500,
    "/pdf": Handler.r_pdf,
    "/image": Handler.r_image,
    "/png-as-html": Handler.r_png_as_html,
    "/big": Handler.r_big,
    "/stream": Handler.r_stream,
    "/bomb": Handler.r_bomb,
    "/stall": Handler.r_stall,
    "/silent": Handler.r_silent,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lifetime", type=float, default=120.0,
                        help="stop after this many seconds")
    args = parser.parse_args()

    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
