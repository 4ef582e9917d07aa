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
  more    digit 4, ], [, +, -, -, Up, Down, q
  ctrl_c  Ctrl-C while playing: exit status 130, terminal restored
  ctrl_z  Ctrl-Z: terminal restored while stopped, raw again after `fg`
  stdin_keys  `cat PAGE | aloud -`: n, space and q work (keys from the terminal)
  narrow  at 25 columns one status line, cut to fit; cleared at the end
  resize  the same after the window shrinks from 120 to 25 columns
  wide    at 200 columns the whole heading is shown
  sentence  . and , step by sentence (the 2 s rule, across paragraphs)
  seek    Right/Left: 10 s on/back by the status clock; Left at a section's
          start goes to the previous one
  volume  *, /, m; the loudest volume and the fastest rate are said
  help    ? and h show the keys; the next key closes the help
  clock   the status clock every 0.5 s: never back, still while paused,
          total within 10 % of the exported length
  totals  the same for German, Portuguese and Japanese articles
  live    the sentence being spoken under the status line, cut to the width
  live_controls  no control character of the page reaches the terminal
  quiet   --quiet shows neither
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
import wave

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

    def screen_escapes(self):
        """The pane with its colours and attributes as escape sequences."""
        return self.tmux("capture-pane", "-p", "-e", "-t", "t")

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
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2], "section 2 after n")
        pane.keys("n")
        wait_for(ev, lambda e: sections(e) == [1, 2, 3], "section 3 after n")
        pane.keys("p")   # within 2 s of the start of 3: back to 2
        wait_for(ev, lambda e: sections(e) == [1, 2, 3, 2], "section 2 after p")
        pane.keys("Space")
        wait_for(ev, lambda e: count(e, "pause") == 1, "pause")
        time.sleep(0.5)
        pane.keys("Space")
        wait_for(ev, lambda e: count(e, "resume") == 1, "resume")
        pane.keys("q")
        evs = wait_for(ev, lambda e: count(e, "quit") == 1, "quit")
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)
    names = [e["event"] for e in evs if e["event"] not in ("paragraph", "sentence")]
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
        pane.keys("]")
        evs = wait_for(ev, lambda e: count(e, "paragraph") >= 1, "paragraph after ]")
        para = [e for e in evs if e["event"] == "paragraph"][-1]
        check(para["index"] == 4 and para["paragraph"] == 2, para)
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
        pane.keys("Up")
        evs = wait_for(ev, lambda e: count(e, "rate") == 4, "rate after Up")
        pane.keys("Down")
        evs = wait_for(ev, lambda e: count(e, "rate") == 5, "rate after Down")
        rates = [e["rate"] for e in evs if e["event"] == "rate"]
        check(rates == [200, 175, 150, 175, 150], "rates after + - - Up Down: %s" % rates)
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


def press(pane, ev, key, pred, what):
    """Press KEY; wait for the events after it to satisfy PRED; return them."""
    n = len(read_events(ev))
    pane.keys(key)
    return wait_for(ev, lambda e: len(e) > n and pred(e[n:]), what)[n:]


def spot(e):
    """Where an event says playback is: (section, paragraph, sentence)."""
    return (e["index"], e["paragraph"], e["sentence"])


def moved(evs):
    return [e for e in evs if e["event"] in ("section", "paragraph", "sentence")]


def case_sentence(tmp, aloud, page):
    # . and , step by sentence. Section 2 of tidepools.html at 80 wpm:
    # paragraph 1 is the heading (sentence 1) and two sentences, paragraph
    # 2 two more; each sentence lasts longer than 2 s.
    pane, ev = start(tmp, aloud, page, args=["--section", "2", "--rate", "80", "--no-intro"])
    try:
        wait_for(ev, lambda e: sections(e) == [2], "section 2")
        steps = [(".", (2, 1, 2)), (".", (2, 1, 3)),
                 (",", (2, 1, 2)),        # within 2 s: the previous sentence
                 (".", (2, 1, 3)), (".", (2, 2, 1)),
                 (",", (2, 1, 3))]        # back over a paragraph's start
        for key, want in steps:
            evs = press(pane, ev, key, moved, "a sentence after %s" % key)
            got = spot(moved(evs)[0])
            check(got == want, "after %s: (section, paragraph, sentence) %s, not %s"
                  % (key, got, want))
        # after 2 s in a sentence, , starts it again
        wait_for(ev, lambda e: time.monotonic() - e[-1]["mono"] > 2.3, "2.3 s into the sentence")
        evs = press(pane, ev, ",", moved, "a sentence after ,")
        check(spot(moved(evs)[0]) == (2, 1, 3), "after 2 s , did not restart: %s" % evs)
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()


def case_seek(tmp, aloud, page):
    # Right and Left: 10 s on and back, by the status line's clock
    pane, ev = start(tmp, aloud, page, screen=True)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        press(pane, ev, "2", lambda e: sections(e) == [2], "section 2 after digit 2")
        # within 2 s of a section's start: the previous section
        press(pane, ev, "Left", lambda e: sections(e) == [1], "section 1 after Left")
        rows = wait_screen(pane, lambda r: 0 <= seconds_shown(r) <= 1, "0:00 after Left")
        before = seconds_shown(wait_screen(pane, lambda r: seconds_shown(r) >= 2, "0:02"))
        evs = press(pane, ev, "Right", moved, "a sentence after Right")
        check(moved(evs)[0]["index"] == 1, "Right left section 1: %s" % evs)
        rows = wait_screen(pane, lambda r: seconds_shown(r) > before + 1, "the clock on")
        after = seconds_shown(rows)
        # it lands on a sentence's start at most 10 s on; the screen is read
        # a little later than the key, hence some slack
        check(before < after <= before + 13, "Right went from %d s to %d s" % (before, after))
        # more than 2 s into the section: back 10 s, not past its start
        before = seconds_shown(wait_screen(pane, lambda r: seconds_shown(r) >= after + 1, "on"))
        evs = press(pane, ev, "Left", moved, "a sentence after Left")
        check(moved(evs)[0]["index"] == 1, "Left left section 1: %s" % evs)
        rows = wait_screen(pane, lambda r: 0 <= seconds_shown(r) < before, "the clock back")
        back = seconds_shown(rows)
        check(back <= before - 7, "Left went from %d s to %d s" % (before, back))
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()


def case_end_right(tmp, aloud, page):
    # Right, again and again, in the last section: it ends, within 1 s
    pane, ev = start(tmp, aloud, page, args=["--section", "5"])
    try:
        wait_for(ev, lambda e: sections(e) == [5], "section 5")
        for _ in range(12):
            pressed = time.monotonic()
            evs = press(pane, ev, "Right", lambda e: moved(e) or count(e, "end"),
                        "a sentence or the end after Right")
            if count(evs, "end"):
                break
        check(count(evs, "end") == 1, "12 times Right and no end: %s" % read_events(ev))
        end = next(e for e in evs if e["event"] == "end")
        check(end["mono"] - pressed < 1.0, "the end came %.3f s after Right"
              % (end["mono"] - pressed))
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)


def case_volume(tmp, aloud, page):
    # * and / change the volume at once, m mutes; the ends of both ranges
    # (150 %, 450 wpm) are said on screen, not silently ignored
    pane, ev = start(tmp, aloud, page, screen=True)
    vol = lambda e: [(x["volume"], x["muted"]) for x in e if x["event"] == "volume"]
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        check(vol(press(pane, ev, "*", vol, "volume after *")) == [(110, False)], "after *")
        check(vol(press(pane, ev, "/", vol, "volume after /")) == [(100, False)], "after /")
        check(vol(press(pane, ev, "m", vol, "mute after m")) == [(100, True)], "after m")
        wait_screen(pane, lambda r: any("[muted]" in x for x in r), "[muted] on the status line")
        check(vol(press(pane, ev, "m", vol, "after m")) == [(100, False)], "after m again")
        for want in (110, 120, 130, 140, 150):
            check(vol(press(pane, ev, "*", vol, "after *")) == [(want, False)], "to %d" % want)
        wait_screen(pane, lambda r: any("vol 150%" in x for x in r), "vol 150% shown")
        pane.keys("*")
        wait_screen(pane, lambda r: any("150% is the loudest" in x for x in r), "the loudest")
        for _ in range(12):                 # 175 + 11 * 25 = 450, then one more
            pane.keys("+")
        wait_screen(pane, lambda r: any("450 words per minute is the fastest" in x for x in r),
                    "the fastest rate said")
        wait_screen(pane, lambda r: any("450 wpm" in x for x in r), "450 wpm shown")
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()
    evs = read_events(ev)
    check(vol(evs)[-1] == (150, False) and count(evs, "rate") == 11,
          "more events than changes: %s" % evs)


def case_help(tmp, aloud, page):
    # ? and h show the keys; the next key closes the help (and acts)
    pane, ev = start(tmp, aloud, page, screen=True)
    shown = lambda r: any("next / previous sentence" in x for x in r)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        pane.keys("?")
        rows = wait_screen(pane, shown, "the key help after ?")
        for words in ("pause / resume", "next / previous section", "10 s on / back",
                      "faster / slower", "louder / quieter", "mute", "quit"):
            check(any(words in x for x in rows), "%r is not in the help:\n%s"
                  % (words, "\n".join(rows)))
        check_status_block(rows[:status_rows(rows)[0] + 1], 120)
        press(pane, ev, "n", lambda e: sections(e) == [2], "section 2 after n")
        wait_screen(pane, lambda r: not shown(r), "the help gone after n")
        pane.keys("h")
        wait_screen(pane, shown, "the key help after h")
        pane.keys("h")                      # closes it, and does nothing else
        wait_screen(pane, lambda r: not shown(r), "the help gone after h")
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()
    check(sections(read_events(ev)) == [1, 2], read_events(ev))


def clock_of(rows):
    """(elapsed, total) seconds on the status line, or None."""
    at = status_rows(rows)
    if not at:
        return None
    m = CLOCK.search(rows[at[-1]])
    return (int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4)))


def case_clock(tmp, aloud, page):
    # The status clock, read every 0.5 s: elapsed never goes back, stands
    # still while paused, and the total stays within 10 % of the length of
    # the same speech exported to a WAV file.
    short = os.path.join(os.path.dirname(page), "short.html")
    wav = os.path.join(tmp, "ref.wav")
    r = subprocess.run([aloud, "-q", "--rate", "300", "-o", wav, short], capture_output=True,
                       text=True, timeout=120)
    check(r.returncode == 0, "export failed: %s" % r.stderr)
    with wave.open(wav) as w:
        length = w.getnframes() / w.getframerate()
    pane, ev = start(tmp, aloud, short, args=["--rate", "300"], screen=True)
    readings, paused = [], None
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        while not os.path.exists(os.path.join(tmp, "rc")):
            clock = clock_of(pane.screen())
            if clock:
                readings.append(clock)
            if paused is None and clock and clock[0] >= length / 2:
                paused = press(pane, ev, "Space", lambda e: count(e, "pause"), "pause")
                still = clock_of(wait_screen(pane, lambda r: clock_of(r), "status"))
                time.sleep(1.5)             # paused for 1.5 s: the clock must not move
                later = clock_of(wait_screen(pane, lambda r: clock_of(r), "status"))
                check(later[0] <= still[0] + 1, "the clock ran while paused: %s -> %s"
                      % (still, later))
                press(pane, ev, "Space", lambda e: count(e, "resume"), "resume")
            time.sleep(0.5)
        rc = finish(tmp, pane)
    finally:
        pane.close()
    check(rc == 0, "exit status %d" % rc)
    check(paused, "never got halfway: %s" % readings)
    check(len(readings) >= length, "too few readings: %s" % readings)
    elapsed = [e for e, _ in readings]
    check(elapsed == sorted(elapsed), "elapsed time went back: %s" % elapsed)
    for e, total in readings:
        check(abs(total - length) <= 0.1 * length + 1,
              "total %d s, the audio lasts %.1f s (readings %s)" % (total, length, readings))
    check(abs(elapsed[-1] - length) <= 0.1 * length + 1,
          "the clock ended at %d s, the audio lasts %.1f s" % (elapsed[-1], length))
    print("audio %.1f s; totals shown %d..%d s; readings %s"
          % (length, min(t for _, t in readings), max(t for _, t in readings), readings))


# Short articles in other languages (text written for this test): the
# status line's total must be within 10 % of the exported audio in each,
# as it is in English; espeak-ng's pace differs widely between languages.
TOTALS = {
    "de": ("Der Garten im Herbst",
           "<p>Im Herbst wird der Garten still. Die letzten Tomaten reifen auf der Fensterbank, "
           "und das Laub bedeckt die Beete wie eine warme Decke.</p>"
           "<h2>Was jetzt zu tun ist</h2><p>Schneiden Sie die Stauden nicht zu fr\u00fch zur\u00fcck, "
           "denn in den hohlen Stielen \u00fcberwintern viele n\u00fctzliche Insekten. Pflanzen "
           "Sie Tulpenzwiebeln, solange der Boden noch offen ist.</p>"),
    "pt": ("O jardim no outono",
           "<p>No outono o jardim fica calmo. Os \u00faltimos tomates amadurecem na janela, e as "
           "folhas cobrem os canteiros como um cobertor quente.</p>"
           "<h2>O que fazer agora</h2><p>N\u00e3o corte as plantas cedo demais, porque muitos "
           "insetos \u00fateis passam o inverno nos caules ocos. Plante os bolbos de tulipa "
           "enquanto a terra ainda est\u00e1 macia.</p>"),
    "ja": ("\u79cb\u306e\u5ead",
           "<p>\u79cb\u306b\u306a\u308b\u3068\u5ead\u306f\u9759\u304b\u306b\u306a\u308a"
           "\u307e\u3059\u3002\u6700\u5f8c\u306e\u30c8\u30de\u30c8\u304c\u7a93\u8fba\u3067"
           "\u8d64\u304f\u306a\u308a\u3001\u843d\u3061\u8449\u304c\u82b1\u58c7\u3092\u8986"
           "\u3044\u307e\u3059\u3002</p><h2>\u4eca\u3059\u308b\u3053\u3068</h2><p>\u8349"
           "\u82b1\u3092\u65e9\u304f\u5207\u308a\u3059\u304e\u306a\u3044\u3067\u304f\u3060"
           "\u3055\u3044\u3002\u571f\u304c\u67d4\u3089\u304b\u3044\u3046\u3061\u306b\u7403"
           "\u6839\u3092\u690d\u3048\u307e\u3057\u3087\u3046\u3002</p>"),
}


def case_totals(tmp, aloud, page):
    # German, Portuguese and Japanese: the total shown once playback has
    # run 3 s is within 10 % of the length of the same speech exported
    for lang, (title, body) in sorted(TOTALS.items()):
        path = os.path.join(tmp, lang + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write("<html lang=%s><head><meta charset=utf-8><title>%s</title></head><body>"
                    "<article><h1>%s</h1>%s</article></body></html>" % (lang, title, title, body))
        wav = os.path.join(tmp, lang + ".wav")
        r = subprocess.run([aloud, "-q", "-o", wav, path], capture_output=True, text=True,
                           timeout=120)
        check(r.returncode == 0, "%s: export failed: %s" % (lang, r.stderr))
        with wave.open(wav) as w:
            length = w.getnframes() / w.getframerate()
        run = os.path.join(tmp, lang)
        os.mkdir(run)
        pane, ev = start(run, aloud, path, screen=True)
        try:
            rows = wait_screen(pane, lambda r: seconds_shown(r) >= 3, "0:03 on the status line")
            total = clock_of(rows)[1]
            pane.keys("q")
            finish(run, pane)
        finally:
            pane.close()
        print("%s: total shown %d s, the audio lasts %.1f s" % (lang, total, length))
        check(abs(total - length) <= 0.1 * length + 1,
              "%s: total %d s shown, the audio lasts %.1f s" % (lang, total, length))


LIVE = ("<html lang=en><head><title>Live</title></head><body><article><h1>Live</h1>"
        "<p>The first sentence of the lead is here. The second one has \x1b[31mred\x1b[0m "
        "words and a bell\x07 in it, which the terminal must never obey.</p>"
        "<h2>Second part</h2><p>A paragraph in the second part that says very little.</p>"
        "</article></body></html>")


def case_live(tmp, aloud, page):
    # the sentence being spoken, under the status line, fitted to the width,
    # with no control character from the page reaching the terminal
    pane, ev = start(tmp, aloud, page, args=["--section", "2", "--no-intro", "--rate", "80"],
                     screen=True)
    try:
        wait_for(ev, lambda e: sections(e) == [2], "section 2")
        press(pane, ev, ".", moved, "the next sentence")
        want = "The best time to visit is an hour before low tide."
        rows = wait_screen(pane, lambda r: any(x == want for x in r), "the live sentence")
        at = status_rows(rows)
        check(len(at) == 1 and rows[at[0] + 1] == want, "the sentence is not under the "
              "status line:\n" + "\n".join(rows))
        pane.resize(30)
        rows = wait_screen(pane, lambda r: any(x.startswith("The best time to") for x in r)
                           and not any(x == want for x in r), "the sentence cut to 30 columns")
        line = next(x for x in rows if x.startswith("The best time to"))
        check(len(line) <= 30 and line.endswith("\u2026"), "not cut with an ellipsis: %r" % line)
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()


def case_live_controls(tmp, aloud, page):
    live = os.path.join(tmp, "live.html")
    with open(live, "w", encoding="utf-8") as f:
        f.write(LIVE)
    pane, ev = start(tmp, aloud, live, args=["--no-intro", "--rate", "80"], screen=True)
    try:
        wait_for(ev, lambda e: sections(e) == [1], "section 1")
        press(pane, ev, ".", moved, "the second sentence")
        rows = wait_screen(pane, lambda r: any(x.startswith("The second one has") for x in r),
                           "the second sentence")
        line = next(x for x in rows if x.startswith("The second one has"))
        check("red words and a bell in it" in line, "the words are not all there: %r" % line)
        raw = pane.screen_escapes()
        check("\x1b[31m" not in raw and "[31m" not in line and "[0m" not in line,
              "the page's escape sequence reached the terminal: %r" % raw)
        pane.keys("q")
        finish(tmp, pane)
    finally:
        pane.close()


def case_quiet(tmp, aloud, page):
    # --quiet: no status line, no live sentence
    pane, ev = start(tmp, aloud, page, args=["--quiet", "--no-intro"], screen=True)
    try:
        wait_for(ev, lambda e: count(e, "sentence") >= 1, "a second sentence")
        rows = pane.screen()
        check(not status_rows(rows), "a status line with --quiet:\n" + "\n".join(rows))
        check(not any("Twice a day" in x or "With a little patience" in x for x in rows),
              "the live sentence with --quiet:\n" + "\n".join(rows))
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
