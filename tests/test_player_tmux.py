#!/usr/bin/env python3
"""Live playback under a real terminal (tmux): keys, events, terminal mode.

Usage: test_player_tmux.py ALOUD_BIN TESTS_DIR CASE
       test_player_tmux.py --list    (the case names, one a line)

Each case starts `aloud --audio-device null --events FILE PAGE` in a tmux
pane of a private tmux server, presses keys as a listener would (waiting
for the player's events between presses, so the test does not depend on
how fast the machine is), then checks the events the player wrote and that
the terminal's mode (`stty -g`) is the same after aloud as before it.

Cases:
  keys    n, n, p, space, space, q: sections 1 2 3 2, pause, resume, quit
  more    ], [, +, -, digit 4, Right arrow, q
  ctrl_c  Ctrl-C while playing: exit status 130, terminal restored
  ctrl_z  Ctrl-Z: terminal restored while stopped, raw again after `fg`
  stdin_keys  `cat PAGE | aloud -`: n, space and q work (keys from the terminal)
  narrow  at 25 columns one status line, cut to fit; cleared at the end
  resize  the same after the window shrinks from 120 to 25 columns
  wide    at 200 columns the whole heading is shown
  end_*   skipping past the end of the last section (n, ], a digit then n,
          Right): an `end` event within 1 s, exit status 0
Exit status 77 (skip) when tmux is missing.
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77


def check(cond, what):
    """Fail the case unless COND. Not an assert statement: those vanish
    under python3 -O (PYTHONOPTIMIZE), and the test would pass unchecked."""
    if not cond:
        raise AssertionError(what)


class Pane:
    def __init__(self, tmp, command, width=120):
        self.sock = os.path.join(tmp, "tmux.sock")
        self.tmux("new-session", "-d", "-x", str(width), "-y", "30", "-s", "t", command)
        self.tty = self.tmux("display-message", "-p", "-t", "t", "#{pane_tty}").strip()

    def tmux(self, *args):
        r = subprocess.run(["tmux", "-S", self.sock, "-f", "/dev/null"] + list(args),
                           capture_output=True, text=True, timeout=10)
        if r.returncode != 0:
            raise AssertionError("tmux %s failed: %s" % (args[0], r.stderr))
        return r.stdout

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "t", *keys)

    def screen(self):
        """The pane's rows, as a listener sees them."""
        return self.tmux("capture-pane", "-p", "-t", "t").split("\n")

    def resize(self, width):
        self.tmux("resize-window", "-t", "t", "-x", str(width))

    def stty(self):
        return subprocess.run(["stty", "-g", "-F", self.tty], capture_output=True,
                              text=True, timeout=5).stdout.strip()

    def close(self):
        subprocess.run(["tmux", "-S", self.sock, "kill-server"], capture_output=True, timeout=10)


def read_events(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    # Only complete lines: the file is appended to while we read it.
    return [json.loads(line) for line in lines if line.endswith("}")]


def wait_for(path, pred, what, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        evs = read_events(path)
        if pred(evs):
            return evs
        time.sleep(0.02)
    raise AssertionError("timed out waiting for %s; events so far: %s" % (what, read_events(path)))


def wait_file(path, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if os.path.exists(path) and open(path).read().strip():
            return open(path).read().strip()
        time.sleep(0.05)
    raise AssertionError("timed out waiting for " + path)


def count(evs, name):
    return sum(1 for e in evs if e["event"] == name)


def sections(evs):
    return [e["index"] for e in evs if e["event"] == "section"]


def start(tmp, aloud, page, stop=False, args=(), width=120, pipe=False, screen=False):
    """Run aloud in a job-control shell in a tmux pane (as a user would:
    in its own process group, in the foreground). With STOP, the shell
    notes the terminal mode once aloud has stopped and then runs `fg`.
    ARGS are more options for aloud; with PIPE the page comes from `cat
    PAGE | aloud -`; with SCREEN its standard error is the terminal (the
    status line), else a file. Events carry "mono" (ALOUD_DEBUG_CLOCK),
    the CLOCK_MONOTONIC time of each, which is Python's time.monotonic()."""
    ev = os.path.join(tmp, "events.jsonl")
    run = ("ALOUD_DEBUG_CLOCK=1 XDG_STATE_HOME={t}/state {aloud} --audio-device null "
           "--events {ev} {args} {page}{err}").format(
               err="" if screen else " 2>> %s/stderr" % shlex.quote(tmp),
               t=shlex.quote(tmp), aloud=shlex.quote(aloud), ev=shlex.quote(ev),
               page="-" if pipe else shlex.quote(page),
               args=" ".join(shlex.quote(a) for a in args))
    if pipe:
        run = "cat %s | %s" % (shlex.quote(page), run)
    if stop:
        run += "; echo $? > {t}/rc_stop; stty -g > {t}/during; fg".format(t=shlex.quote(tmp))
    script = ("set -m; stty -g > {t}/before; {run}; echo $? > {t}/rc; stty -g > {t}/after; "
              "sleep 30").format(t=shlex.quote(tmp), run=run)
    pane = Pane(tmp, "bash --norc --noprofile -c " + shlex.quote(script), width)
    return pane, ev


def finish(tmp, pane):
    rc = int(wait_file(os.path.join(tmp, "rc")))
    before = wait_file(os.path.join(tmp, "before"))
    after = wait_file(os.path.join(tmp, "after"))
    check(before == after, "terminal mode not restored:\n before %s\n after  %s" % (before, after))
    return rc


def case_keys(tmp, aloud, page):
    pane, ev = start(tmp, aloud, page)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        time.sleep(0.3)
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2], "section 2 after n")
        time.sleep(0.3)
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2, 3], "section 3 after n")
        time.sleep(0.3)
        pane.keys("p")   # within 2 s of the start of 3: back to 2
        wait_for(ev, lambda e: sections(e) == [1, 2, 3, 2], "section 2 after p")
        time.sleep(0.3)
        pane.keys("Space")
        wait_for(ev, lambda e: count(e, "pause") == 1, "pause")
        time.sleep(0.5)
        pane.keys("Space")
        wait_for(ev, lambda e: count(e, "resume") == 1, "resume")
        time.sleep(0.3)
        pane.keys("q")
        evs = wait_for(ev, lambda e: count(e, "quit") == 1, "quit")
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)
    names = [e["event"] for e in evs if e["event"] != "paragraph"]
    check(names == ["section"] * 4 + ["pause", "resume", "quit"], names)
    heads = [e["heading"] for e in evs if e["event"] == "section"]
    check(heads == ["Introduction", "Reading the tide table", "What lives in the high zone",
                    "Reading the tide table"], heads)
    pause = next(e for e in evs if e["event"] == "pause")
    resume = next(e for e in evs if e["event"] == "resume")
    check(resume["t"] - pause["t"] >= 0.4, "pause lasted %.3f s" % (resume["t"] - pause["t"]))
    ts = [e["t"] for e in evs]
    check(ts == sorted(ts), "event times go backwards: %s" % ts)
    check(count(evs, "end") == 0, "an end event after q: %s" % evs)


def case_more(tmp, aloud, page):
    pane, ev = start(tmp, aloud, page)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        pane.keys("4")
        wait_for(ev, lambda e: sections(e) == [1, 4], "section 4 after digit 4")
        time.sleep(0.3)
        pane.keys("]")
        evs = wait_for(ev, lambda e: count(e, "paragraph") >= 1, "paragraph after ]")
        para = [e for e in evs if e["event"] == "paragraph"][-1]
        check(para["index"] == 4 and para["paragraph"] == 2, para)
        time.sleep(0.3)
        pane.keys("[")   # within 2 s of paragraph 2: back to paragraph 1 = section start
        wait_for(ev, lambda e: sections(e) == [1, 4, 4], "start of section 4 after [")
        pane.keys("+")
        evs = wait_for(ev, lambda e: count(e, "rate") == 1, "rate after +")
        rates = [e["rate"] for e in evs if e["event"] == "rate"]
        check(rates == [200], "rates after +: %s" % rates)
        pane.keys("-")
        pane.keys("-")
        evs = wait_for(ev, lambda e: count(e, "rate") == 3, "rate after - -")
        rates = [e["rate"] for e in evs if e["event"] == "rate"]
        check(rates == [200, 175, 150], "rates after + - -: %s" % rates)
        pane.keys("Right")
        wait_for(ev, lambda e: sections(e) == [1, 4, 4, 5], "section 5 after Right")
        time.sleep(0.3)
        pane.keys("Left")
        wait_for(ev, lambda e: sections(e) == [1, 4, 4, 5, 4], "section 4 after Left")
        pane.keys("q")
        wait_for(ev, lambda e: count(e, "quit") == 1, "quit")
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)


def case_ctrl_c(tmp, aloud, page):
    pane, ev = start(tmp, aloud, page)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        raw = pane.stty()
        pane.keys("C-c")
        rc = finish(tmp, pane)
    finally:
        pane.close()
    before = open(os.path.join(tmp, "before")).read().strip()
    check(raw != before, "aloud did not put the terminal in raw mode")
    check(rc == 130, "exit status %d after Ctrl-C" % rc)
    check(count(read_events(ev), "quit") == 1, read_events(ev))
    # The position is saved for --resume.
    state = os.path.join(tmp, "state", "aloud")
    check(os.path.isdir(state) and os.listdir(state), "no position saved")


def case_ctrl_z(tmp, aloud, page):
    pane, ev = start(tmp, aloud, page, stop=True)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        before = wait_file(os.path.join(tmp, "before"))
        check(pane.stty() != before, "not in raw mode while playing")
        pane.keys("C-z")
        rc_stop = int(wait_file(os.path.join(tmp, "rc_stop")))
        check(rc_stop == 148, "aloud did not stop on Ctrl-Z (status %d)" % rc_stop)
        during = wait_file(os.path.join(tmp, "during"))
        check(during == before, "terminal not restored while stopped")
        # `fg` continues it: raw mode again, and keys work.
        end = time.monotonic() + 5
        while pane.stty() == before and time.monotonic() < end:
            time.sleep(0.05)
        check(pane.stty() != before, "raw mode not re-entered after fg")
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2], "section 2 after n (keys work again)")
        pane.keys("q")
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)


def case_stdin_keys(tmp, aloud, page):
    # `cat page.html | aloud -`: keys come from the terminal, not stdin
    pane, ev = start(tmp, aloud, page, pipe=True)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        before = wait_file(os.path.join(tmp, "before"))
        check(pane.stty() != before, "the terminal is not in raw mode")
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2], "section 2 after n")
        pane.keys("Space")
        wait_for(ev, lambda e: count(e, "pause") == 1, "pause after space")
        pane.keys("q")
        evs = wait_for(ev, lambda e: count(e, "quit") == 1, "quit after q")
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)
    check(count(evs, "end") == 0, evs)


CLOCK = re.compile(r"(\d+):(\d\d)/(\d+):(\d\d)")


def status_rows(rows):
    return [i for i, r in enumerate(rows) if CLOCK.search(r)]


def wait_screen(pane, pred, what, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        rows = pane.screen()
        if pred(rows):
            return rows
        time.sleep(0.05)
    raise AssertionError("timed out waiting for %s; the screen:\n%s" % (what, "\n".join(rows)))


def seconds_shown(rows):
    """Elapsed seconds on the status line, or -1 when there is none."""
    i = status_rows(rows)
    if not i:
        return -1
    m = CLOCK.search(rows[i[-1]])
    return int(m.group(1)) * 60 + int(m.group(2))


def check_status_block(rows, width):
    """One status line, whole (it ends in the rate), within WIDTH columns,
    and nothing under it but the live sentence."""
    screen = "\n".join(rows)
    at = status_rows(rows)
    check(len(at) == 1, "%d status lines on the screen:\n%s" % (len(at), screen))
    check("wpm" in rows[at[0]], "the status line is cut before its end:\n" + screen)
    for r in rows:
        check(len(r) <= width, "a row wider than %d columns: %r" % (width, r))
    below = [r for r in rows[at[0] + 1:] if r.strip()]
    check(len(below) <= 1, "more than the status block under it:\n" + screen)


def narrow(tmp, aloud, page, width, resize_from=None):
    pane, ev = start(tmp, aloud, page, width=resize_from or width, screen=True)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        if resize_from:
            wait_screen(pane, lambda r: seconds_shown(r) >= 1, "a status line")
            pane.resize(width)
        # at least a second of redraws at this width
        rows = wait_screen(pane, lambda r: seconds_shown(r) >= 3, "0:03 on the status line")
        check_status_block(rows, width)
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2], "section 2")
        rows = wait_screen(pane, lambda r: seconds_shown(r) >= 20, "section 2 on the status line")
        check_status_block(rows, width)
        pane.keys("q")
        finish(tmp, pane)
        rows = pane.screen()
    finally:
        pane.close()
    check(not status_rows(rows), "the status line is left on the screen:\n" + "\n".join(rows))


def case_narrow(tmp, aloud, page):
    # 25 columns: the status line is cut to fit, not wrapped over the screen
    narrow(tmp, aloud, page, 25)


def case_resize(tmp, aloud, page):
    # from 120 to 25 columns while playing (SIGWINCH): the next frame fits
    narrow(tmp, aloud, page, 25, resize_from=120)


def case_wide(tmp, aloud, page):
    # 200 columns: the whole heading is shown
    pane, ev = start(tmp, aloud, page, width=200, screen=True)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2], "section 2")
        rows = wait_screen(pane, lambda r: any("section 2/5 Reading the tide table  " in x
                                               for x in r), "section 2 on the status line")
        check_status_block(rows, 200)
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()


def end_after(tmp, aloud, page, keys, args=("--section", "5"), settle=None):
    """Play the last section; once SETTLE(events) holds (default: it has
    started), press KEYS one at a time, each once the previous one's
    event is in; the last must end the article: an `end` event within
    1 s of the key, exit status 0, terminal restored."""
    pane, ev = start(tmp, aloud, page, args=args)
    try:
        wait_for(ev, settle or (lambda e: sections(e) == [5]), "the first section")
        for key, done in keys[:-1]:
            n = len(read_events(ev))
            pane.keys(key)
            wait_for(ev, lambda e: len(e) > n and done(e[n:]), "the event of %s" % key)
        pressed = time.monotonic()
        pane.keys(keys[-1][0])
        evs = wait_for(ev, lambda e: count(e, "end") == 1, "end after %s" % keys[-1][0])
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)
    end = next(e for e in evs if e["event"] == "end")
    check(end["mono"] - pressed < 1.0, "the end came %.3f s after %s"
          % (end["mono"] - pressed, keys[-1][0]))
    check(count(evs, "quit") == 0, "quit instead of end: %s" % evs)


def case_end_n(tmp, aloud, page):
    # n in the last section: the article ends (it used to fall silent and hang)
    end_after(tmp, aloud, page, [("n", None)])


def case_end_bracket(tmp, aloud, page):
    # ] in the last section's last paragraph
    end_after(tmp, aloud, page, [("]", lambda e: count(e, "paragraph") == 1), ("]", None)])


def case_end_digit(tmp, aloud, page):
    # from the start, a digit to the last section, then n
    end_after(tmp, aloud, page, [("5", lambda e: sections(e) == [5]), ("n", None)],
              args=(), settle=lambda e: sections(e) == [1])


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    if sys.argv[1:] == ["--list"]:      # tests/player.cmake registers each case
        print("\n".join(sorted(CASES)))
        return 0
    if len(sys.argv) != 4 or sys.argv[3] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    aloud, tests, case = sys.argv[1], sys.argv[2], sys.argv[3]
    if not shutil.which("tmux"):
        print("SKIP: tmux is not installed")
        return SKIP
    page = os.path.join(tests, "player", "tidepools.html")
    with tempfile.TemporaryDirectory(prefix="aloud-tmux-") as tmp:
        try:
            CASES[case](tmp, os.path.abspath(aloud), page)
        except AssertionError as e:
            err = os.path.join(tmp, "stderr")
            print("FAIL %s: %s" % (case, e))
            if os.path.exists(err):
                print("aloud stderr:\n" + open(err, errors="replace").read())
            return 1
    print("ok %s" % case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
