#!/usr/bin/env python3
"""Live playback from the command line, without a terminal.

Usage: test_player_cli.py ALOUD_BIN TESTS_DIR CASE
       test_player_cli.py --list     (the case names, one a line)

Plays the pages in tests/player/ on aloud's silent real-time device
("--audio-device null") and checks the events file, exit statuses and
messages. Every case uses its own XDG_STATE_HOME, so resume positions
never touch the user's.
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import wave

FAST = ["--rate", "450"]


def check(cond, what):
    """Fail the case unless COND. Not an assert statement: those vanish
    under python3 -O (PYTHONOPTIMIZE), and the test would pass unchecked."""
    if not cond:
        raise AssertionError(what)


class Ctx:
    def __init__(self, aloud, tests, tmp):
        self.aloud, self.tests, self.tmp = aloud, tests, tmp
        self.env = dict(os.environ, XDG_STATE_HOME=os.path.join(tmp, "state"),
                        PULSE_SERVER="unix:" + os.path.join(tmp, "no-pulse"))
        self.events = os.path.join(tmp, "events.jsonl")

    def page(self, name):
        return os.path.join(self.tests, "player", name)

    def run(self, *args, stdin=None, timeout=90):
        return subprocess.run([self.aloud] + list(args), env=self.env, capture_output=True,
                              text=True, timeout=timeout, input=stdin,
                              stdin=None if stdin is not None else subprocess.DEVNULL)

    def play(self, *args, **kw):
        return self.run("--audio-device", "null", "--events", self.events, *FAST, *args, **kw)

    def read_events(self):
        if not os.path.exists(self.events):
            return []
        with open(self.events, encoding="utf-8") as f:
            return [json.loads(l) for l in f.read().splitlines() if l.endswith("}")]

    def reset(self):
        if os.path.exists(self.events):
            os.unlink(self.events)


def sections(evs):
    return [e["index"] for e in evs if e["event"] == "section"]


def names(evs):
    return [e["event"] for e in evs if e["event"] not in ("paragraph", "sentence")]


def case_play_through(c):
    r = c.play(c.page("short.html"))
    check(r.returncode == 0, r.stderr)
    check(r.stderr == "", "stderr is not a terminal: no status line expected: %r" % r.stderr)
    check("4 sections" in r.stdout and "Sourdough" in r.stdout, "outline: %r" % r.stdout)
    evs = c.read_events()
    check(names(evs) == ["section"] * 4 + ["end"], names(evs))
    check(sections(evs) == [1, 2, 3, 4], sections(evs))
    heads = [e["heading"] for e in evs if e["event"] == "section"]
    check(heads == ["Introduction", "Flatbread", "Sandwich loaf", "Sourdough"], heads)
    check(evs[0]["t"] < 1.0, "first audio after %.3f s" % evs[0]["t"])
    # Real-time pace: as long as the same speech exported to a file.
    wav = os.path.join(c.tmp, "ref.wav")
    x = c.run(*FAST, "-q", "-o", wav, c.page("short.html"))
    check(x.returncode == 0, x.stderr)
    with wave.open(wav) as w:
        expected = w.getnframes() / w.getframerate()
    span = evs[-1]["t"] - evs[0]["t"]
    check(0.85 * expected <= span <= 1.25 * expected,
          "played %.2f s of audio in %.2f s" % (expected, span))
    ts = [e["t"] for e in evs]
    check(ts == sorted(ts), "event times go backwards: %s" % ts)


def case_section(c):
    r = c.play("--section", "3", c.page("short.html"))
    check(r.returncode == 0, r.stderr)
    evs = c.read_events()
    check(sections(evs) == [3, 4] and evs[0]["heading"] == "Sandwich loaf", evs)
    c.reset()
    r = c.play("--section", "sourdough", c.page("short.html"))
    check(r.returncode == 0, r.stderr)
    check(sections(c.read_events()) == [4], c.read_events())
    r = c.play("--section", "9", c.page("short.html"))
    check(r.returncode == 19, "exit %d: %s" % (r.returncode, r.stderr))
    check("no section" in r.stderr and len(r.stderr.splitlines()) == 1, r.stderr)


def case_only(c):
    r = c.play("--section", "2", "--only", c.page("short.html"))
    check(r.returncode == 0, r.stderr)
    check(names(c.read_events()) == ["section", "end"], c.read_events())
    check(sections(c.read_events()) == [2], c.read_events())


def wait_for(c, pred, what, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        evs = c.read_events()
        if pred(evs):
            return evs
        time.sleep(0.02)
    raise AssertionError("timed out waiting for %s: %s" % (what, c.read_events()))


def interrupt_at(c, page, section, sig, extra=(), new_session=False):
    """Start playing PAGE, send SIG once SECTION is heard; return the exit
    status. NEW_SESSION: without a controlling terminal."""
    p = subprocess.Popen([c.aloud, "--audio-device", "null", "--events", c.events, "-q"]
                         + FAST + list(extra) + [page], env=c.env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         start_new_session=new_session)
    try:
        wait_for(c, lambda e: section in sections(e), "section %d" % section)
        time.sleep(0.3)
        p.send_signal(sig)
        _, err = p.communicate(timeout=10)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    return p.returncode, err


def case_resume(c):
    page = c.page("tidepools.html")
    rc, err = interrupt_at(c, page, 3, signal.SIGINT, ["--section", "3"])
    check(rc == 130, "exit %d after SIGINT: %s" % (rc, err))
    c.reset()
    # Resumes in section 3, at the paragraph where it stopped, without the title.
    rc, err = interrupt_at(c, page, 4, signal.SIGTERM, ["--resume"])
    check(rc == 143, "exit %d after SIGTERM: %s" % (rc, err))
    evs = c.read_events()
    check(evs[0]["event"] == "section" and evs[0]["index"] == 3, evs[:2])
    check(names(evs)[-1] == "quit", evs)
    c.reset()
    # Played to the end: the position is forgotten.
    r = c.play("--resume", c.page("tidepools.html"))
    check(r.returncode == 0, r.stderr)
    check(sections(c.read_events())[0] == 4, c.read_events())
    c.reset()
    r = c.play("--resume", "--section", "5", c.page("tidepools.html"))
    check(r.returncode == 0 and sections(c.read_events()) == [5], "--section wins over --resume")
    c.reset()
    rc, _ = interrupt_at(c, page, 1, signal.SIGINT, ["--resume"])
    check(rc == 130 and sections(c.read_events())[0] == 1, "after the end it starts over")


def case_sigint(c):
    rc, err = interrupt_at(c, c.page("short.html"), 2, signal.SIGINT)
    check(rc == 130, "exit %d: %s" % (rc, err))
    check(names(c.read_events())[-1] == "quit", c.read_events())
    check(err == "", "unexpected message: %r" % err)


def case_no_device(c):
    r = c.run(*FAST, c.page("short.html"))
    check(r.returncode == 16, "exit %d: %s" % (r.returncode, r.stderr))
    lines = r.stderr.splitlines()
    check(len(lines) == 1, "one clear error expected: %r" % r.stderr)
    check("--audio-device null" in lines[0] and "-o FILE.wav" in lines[0], lines[0])
    check(c.page("short.html") in lines[0], "the message does not name the page: " + lines[0])
    check(r.stdout == "", "nothing on stdout when playback cannot start: %r" % r.stdout)
    # a device that does not exist, by name
    r = c.run("--audio-device", "nosuch", *FAST, c.page("short.html"))
    check(r.returncode == 16, "exit %d: %s" % (r.returncode, r.stderr))
    lines = r.stderr.splitlines()
    check(len(lines) == 1 and c.page("short.html") in lines[0] and "nosuch" in lines[0],
          "one line naming the page and the device expected: %r" % r.stderr)


def case_bad_voice(c):
    r = c.play("--voice", "nosuch", c.page("short.html"))
    check(r.returncode == 14, "exit %d: %s" % (r.returncode, r.stderr))
    lines = r.stderr.splitlines()
    check(len(lines) == 1 and c.page("short.html") in lines[0] and "nosuch" in lines[0],
          "one line naming the page and the voice expected: %r" % r.stderr)
    check(r.stdout == "", "nothing on stdout when playback cannot start: %r" % r.stdout)


def case_events_unwritable(c):
    r = c.run("--audio-device", "null", "--events", os.path.join(c.tmp, "no", "dir", "ev"),
              c.page("short.html"))
    check(r.returncode == 17, "exit %d: %s" % (r.returncode, r.stderr))
    check("--events" in r.stderr, "the message does not name --events: %r" % r.stderr)


def case_json_escape(c):
    heading = 'The "quoted" \\ back\tslash <b> & \u00fcn\u00efc\u00f6d\u00e9 \u2014 done'
    html = ("<html lang=en><head><title>Escapes</title></head><body><article><h1>Escapes</h1>"
            "<p>A short lead paragraph that is long enough to count as article text here.</p>"
            "<h2>%s</h2><p>The section under the strange heading says very little at all.</p>"
            "</article></body></html>") % heading.replace("&", "&amp;").replace("<", "&lt;")
    page = os.path.join(c.tmp, "escapes.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    r = c.play(page)
    check(r.returncode == 0, r.stderr)
    raw = open(c.events, encoding="utf-8").read()
    check("\t" not in raw, "a raw tab in the events file: %r" % raw)
    evs = c.read_events()
    got = [e["heading"] for e in evs if e["event"] == "section"]
    check(got == ["Introduction", heading.replace("\t", " ")], got)


# What must never be in an events file but as a JSON escape: C0 controls,
# DEL, C1 controls; and the bidi controls the library removes with them.
RAW_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def case_events_controls(c):
    # Headings holding control characters and terminal escape sequences,
    # raw and as character references. The library removes them from page
    # text (aloud(1), src/cli/play.c); the events writer escapes for JSON
    # whatever is left. Every line must be strict JSON, with no raw control
    # character, and the headings must be the page's words without them.
    heads = [
        ("Red \x1b[31malert\x1b[0m and \x1b]0;owned-title\x07 title", "Red alert and title"),
        ("Bell\x07 back\x08space del\x7f and c1 \x9b2J", "Bell backspace del and c1"),
        ("Refs &#x1b;[2Jclear &#x7;bell &#x202e;reversed", "Refs clear bell reversed"),
        ('Quote " back\\slash \t tab', 'Quote " back\\slash tab'),
    ]
    body = "".join("<h2>%s</h2><p>Section %d says very little, and says it fast.</p>" % (h, i)
                   for i, (h, _) in enumerate(heads, 1))
    page = os.path.join(c.tmp, "controls.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<html lang=en><head><title>Controls</title></head><body><article>"
                "<h1>Controls</h1><p>A short lead paragraph that is long enough to count as "
                "article text here.</p>%s</article></body></html>" % body)
    r = c.play(page)
    check(r.returncode == 0, r.stderr)
    raw = open(c.events, "rb").read()
    check(raw.endswith(b"\n"), "the events file does not end a line: %r" % raw[-80:])
    text = raw.decode("utf-8")
    lines = text.split("\n")[:-1]
    evs = []
    for line in lines:
        m = RAW_CONTROL.search(line)
        check(not m, "raw control character U+%04X in an events line: %r"
              % (ord(m.group()) if m else 0, line))
        try:
            evs.append(json.loads(line))
        except ValueError as e:
            raise AssertionError("not a JSON line (%s): %r" % (e, line))
    got = [e["heading"] for e in evs if e["event"] == "section"]
    check(got == ["Introduction"] + [want for _, want in heads], got)
    for h in got:
        for payload in ("owned-title", "[31m", "[0m", "[2J", "\x1b"):
            check(payload not in h, "the escape sequence payload %r is left in %r" % (payload, h))


def case_stdin_source(c):
    with open(c.page("short.html"), encoding="utf-8") as f:
        html = f.read()
    r = c.play("--section", "4", "-", stdin=html)
    check(r.returncode == 0, r.stderr)
    check(names(c.read_events()) == ["section", "end"], c.read_events())
    r = c.play("--resume", "-", stdin=html)
    check(r.returncode == 3 or r.returncode == 2, "exit %d" % r.returncode)
    check("standard input" in r.stderr, r.stderr)


def case_no_terminal(c):
    # No controlling terminal at all (a new session) and the page on stdin:
    # no keys to read, so playback runs to the end.
    with open(c.page("short.html"), encoding="utf-8") as f:
        html = f.read()
    p = subprocess.Popen([c.aloud, "--audio-device", "null", "--events", c.events, "-q"]
                         + FAST + ["--section", "3", "-"], env=c.env, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    try:
        _, err = p.communicate(html, timeout=90)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    check(p.returncode == 0, "exit %d: %s" % (p.returncode, err))
    check(names(c.read_events()) == ["section", "section", "end"], c.read_events())
    # and a signal still stops it, saving the position of a named source
    rc, err = interrupt_at(c, c.page("tidepools.html"), 2, signal.SIGINT, new_session=True)
    check(rc == 130, "exit %d after SIGINT: %s" % (rc, err))
    state = os.path.join(c.tmp, "state", "aloud")
    check(os.path.isdir(state) and os.listdir(state), "no position saved")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    if sys.argv[1:] == ["--list"]:      # tests/player.cmake registers each case
        print("\n".join(sorted(CASES)))
        return 0
    if len(sys.argv) != 4 or sys.argv[3] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    aloud, tests, case = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory(prefix="aloud-play-") as tmp:
        try:
            CASES[case](Ctx(aloud, tests, tmp))
        except AssertionError as e:
            print("FAIL %s: %s" % (case, e))
            return 1
    print("ok %s" % case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
