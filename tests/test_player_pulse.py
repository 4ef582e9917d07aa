#!/usr/bin/env python3
"""Live playback through a real sound server.

Usage: test_player_pulse.py ALOUD_BIN TESTS_DIR

Starts a private PulseAudio daemon (its own runtime directory, socket and
cookie under a temporary directory, so it never touches a user's session)
with one null sink, "aloudtest". Records the sink's monitor with parec
while aloud plays a short page on the default device, then checks that:
  - aloud exits 0 and its events run from section 1 to the end;
  - the recording holds speech (non-silent audio) whose span matches the
    length of the same speech exported with -o (within 20%);
  - playback took real time (the sound server paced it);
  - the stream is named after the article's title.
Exit status 77 (skip) only when pulseaudio or parec is not installed or
the daemon cannot start on this machine; the reason is printed.
"""
import array
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave

SKIP = 77
RATE = 22050


def check(cond, what):
    """Fail the case unless COND. Not an assert statement: those vanish
    under python3 -O (PYTHONOPTIMIZE), and the test would pass unchecked."""
    if not cond:
        raise AssertionError(what)


def start_pulse(tmp, env):
    runtime = os.path.join(tmp, "rt")
    os.makedirs(os.path.join(runtime, "pulse"), mode=0o700)
    sock = os.path.join(runtime, "pulse", "native")
    env.update({
        "HOME": tmp,
        "XDG_RUNTIME_DIR": runtime,
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_STATE_HOME": os.path.join(tmp, "state"),
        "PULSE_RUNTIME_PATH": os.path.join(runtime, "pulse"),
        "PULSE_STATE_PATH": os.path.join(tmp, "pulse-state"),
        "PULSE_SERVER": "unix:" + sock,
    })
    env.pop("DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    log = open(os.path.join(tmp, "pulse.log"), "w")
    cmd = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--disallow-exit",
           "--use-pid-file=no", "--log-target=stderr", "--disable-shm=yes"]
    if os.geteuid() == 0:
        cmd.append("--system=false")   # root: run as a user daemon anyway
    cmd += ["--load=module-null-sink sink_name=aloudtest rate=%d channels=1" % RATE,
            "--load=module-native-protocol-unix auth-anonymous=1 socket=" + sock]
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    end = time.monotonic() + 10
    while time.monotonic() < end:
        if proc.poll() is not None:
            break
        r = subprocess.run(["pactl", "info"], env=env, capture_output=True, text=True)
        if r.returncode == 0 and "aloudtest" in r.stdout:
            return proc
        time.sleep(0.1)
    proc.kill()
    proc.wait()
    log.close()
    print("SKIP: pulseaudio would not start here:")
    print(open(os.path.join(tmp, "pulse.log")).read()[-2000:])
    return None


def windows_rms(samples, size):
    out = []
    for i in range(0, len(samples) - size + 1, size):
        w = samples[i:i + size]
        out.append((sum(x * x for x in w) / size) ** 0.5)
    return out


def speech_span(raw):
    """Seconds from the first to the last non-silent 50 ms window."""
    samples = array.array("h")
    samples.frombytes(raw[:len(raw) // 2 * 2])
    rms = windows_rms(samples, RATE // 20)
    loud = [i for i, v in enumerate(rms) if v > 300]
    if not loud:
        return 0.0, 0
    return (loud[-1] - loud[0] + 1) / 20.0, len(loud)


def wav_seconds(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def stream_names(env, proc, want):
    """The media.name of every stream in the sound server, read while aloud
    plays, until WANT is among them. (espeak-ng opens a stream of its own,
    "Text-to-Speech", that aloud never writes to.)"""
    seen = set()
    while proc.poll() is None and want not in seen:
        r = subprocess.run(["pactl", "list", "sink-inputs"], env=env, capture_output=True,
                           text=True, timeout=10)
        for line in r.stdout.splitlines():
            line = line.strip()
            if line.startswith("media.name = "):
                seen.add(line[len("media.name = "):].strip('"'))
        time.sleep(0.05)
    return seen


def run(aloud, tests, tmp):
    env = dict(os.environ)
    page = os.path.join(tests, "player", "short.html")
    pulse = start_pulse(tmp, env)
    if pulse is None:
        return SKIP
    rec_path = os.path.join(tmp, "rec.raw")
    rec = None
    try:
        with open(rec_path, "wb") as out:
            rec = subprocess.Popen(["parec", "-d", "aloudtest.monitor", "--format=s16le",
                                    "--rate=%d" % RATE, "--channels=1", "--latency-msec=20"],
                                   env=env, stdout=out, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
            events = os.path.join(tmp, "events.jsonl")
            t0 = time.monotonic()
            proc = subprocess.Popen([aloud, "-q", "--rate", "300", "--events", events, page],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, stdin=subprocess.DEVNULL)
            streams = stream_names(env, proc, "Three Kinds of Bread")
            out, err = proc.communicate(timeout=120)
            r = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
            wall = time.monotonic() - t0
            time.sleep(0.5)
            rec.send_signal(signal.SIGINT)
            rec.wait(timeout=10)
    finally:
        if rec and rec.poll() is None:
            rec.kill()
            rec.wait()
        pulse.terminate()
        try:
            pulse.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pulse.kill()
            pulse.wait()

    check(r.returncode == 0, "aloud exit %d: %s" % (r.returncode, r.stderr))
    # the mixer names the stream after the article
    check("Three Kinds of Bread" in streams, "no stream named after the article: %s" % streams)
    evs = [json.loads(line) for line in open(events, encoding="utf-8")]
    names = [e["event"] for e in evs]
    check(names[0] == "section" and names[-1] == "end", names)
    check([e["index"] for e in evs if e["event"] == "section"] == [1, 2, 3, 4], evs)

    # The same speech exported to a file gives the expected length.
    wav = os.path.join(tmp, "ref.wav")
    x = subprocess.run([aloud, "-q", "--rate", "300", "-o", wav, page], env=env,
                       capture_output=True, text=True, timeout=120)
    check(x.returncode == 0, "export failed: %s" % x.stderr)
    expected = wav_seconds(wav)

    span, loud = speech_span(open(rec_path, "rb").read())
    print("expected %.2f s, recorded speech span %.2f s (%d loud windows), wall %.2f s"
          % (expected, span, loud, wall))
    check(loud > 20, "the recording is silent")
    check(abs(span - expected) <= 0.2 * expected,
          "recorded %.2f s of speech, expected about %.2f s" % (span, expected))
    check(wall >= 0.8 * expected, "played %.2f s of audio in %.2f s" % (expected, wall))
    return 0


def main():
    aloud, tests = os.path.abspath(sys.argv[1]), sys.argv[2]
    for tool in ("pulseaudio", "parec", "pactl"):
        if not shutil.which(tool):
            print("SKIP: %s is not installed (scripts/install-deps.sh installs it)" % tool)
            return SKIP
    with tempfile.TemporaryDirectory(prefix="aloud-pulse-") as tmp:
        try:
            rc = run(aloud, tests, tmp)
        except AssertionError as e:
            print("FAIL: %s" % e)
            return 1
    if rc == 0:
        print("ok pulse")
    return rc


if __name__ == "__main__":
    sys.exit(main())
