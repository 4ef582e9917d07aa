#!/bin/sh
# Live playback latency and CPU (issue 4).
#
#   start latency  from spawning `aloud PAGE` to its first sample written to
#                  the audio device (median of ROUNDS fresh processes);
#   skip latency   from writing a key (a digit: jump to another section) to
#                  the pty aloud reads, to the first sample of that section
#                  written to the device (median and max of ROUNDS jumps);
#   sentence step  from writing '.' (next sentence) to the pty, to the first
#                  sample of that sentence written to the device (median of
#                  ROUNDS steps, at 80 words per minute so that sentences
#                  rarely end by themselves meanwhile);
#   CPU            user+system time over wall time while playing (percent
#                  of one core, from /proc/PID/stat), PLAY_SECONDS of audio.
#
# "Written to the device" is timed by the player itself: with
# ALOUD_DEBUG_CLOCK set, each event in the --events file carries "mono",
# the CLOCK_MONOTONIC time at which it happened, and a section event
# happens right before the section's first sample is handed to the sink.
# The script's own clock is the same CLOCK_MONOTONIC (Python's
# time.monotonic), so the two can be subtracted.
#
# Devices: aloud's "null" device (real-time pace, no sound server) always;
# PulseAudio too when it is installed: a private daemon with a null sink is
# started for the run (as in tests/test_player_pulse.py), so the figures
# include pcaudiolib and the sound server. PulseAudio is measured twice:
# with the null sink idle (it then sleeps up to 2 s before it takes a new
# stream's audio, which blocks pcaudiolib's first write and delays a skip
# made meanwhile) and with the sink kept running by a silent stream, as a
# sound card's sink runs. The targets apply to null and the running sink.
#
# usage: bench/player_latency.sh [BUILD_DIR] [PAGE] [ROUNDS] [PLAY_SECONDS]
#        (default: build, examples/article.html, 20, 20)
# Exits 1 when a target is missed: start < 150 ms, skip and sentence step
# < 100 ms (medians).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
PAGE=${2:-$ROOT/examples/article.html}
ROUNDS=${3:-20}
PLAY_SECONDS=${4:-20}
ALOUD=$BUILD/aloud
[ -x "$ALOUD" ] || { echo "player_latency: build aloud first ($ALOUD)" >&2; exit 2; }

exec python3 - "$ALOUD" "$PAGE" "$ROUNDS" "$PLAY_SECONDS" <<'EOF'
import json, os, pty, random, select, shutil, signal, statistics, subprocess, sys, tempfile, time

aloud, page, rounds, play_seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
tmp = tempfile.mkdtemp(prefix="aloud-bench-")
env = dict(os.environ, ALOUD_DEBUG_CLOCK="1", XDG_STATE_HOME=os.path.join(tmp, "state"))
TICK = os.sysconf("SC_CLK_TCK")


def events(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(l) for l in f.read().splitlines() if l.endswith("}")]


def wait_event(path, pred, timeout=20):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for e in events(path):
            if pred(e):
                return e
        time.sleep(0.001)
    raise SystemExit("player_latency: timed out waiting for an event in %s" % path)


def spawn(device, ev, extra=(), tty=False):
    """Start aloud; with TTY, on a pty (keys work). Returns (pid, master fd or None, t0)."""
    args = [aloud, "-q", "--events", ev] + (["--audio-device", device] if device else []) \
        + list(extra) + [page]
    if os.path.exists(ev):
        os.unlink(ev)
    t0 = time.monotonic()
    if tty:
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(aloud, args, env)
        return pid, fd, t0
    p = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    return p, None, t0


def stop(proc, fd):
    if fd is not None:
        os.write(fd, b"q")
        pid = proc
        for _ in range(200):
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            drain(fd)
            time.sleep(0.01)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    else:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)


def drain(fd):
    while select.select([fd], [], [], 0)[0]:
        try:
            if not os.read(fd, 4096):
                return
        except OSError:
            return


def start_latency(device):
    ev = os.path.join(tmp, "start.jsonl")
    ms = []
    for _ in range(rounds):
        proc, fd, t0 = spawn(device, ev)
        first = wait_event(ev, lambda e: e["event"] == "section")
        ms.append((first["mono"] - t0) * 1000)
        stop(proc, fd)
    return ms


def skip_latency(device):
    ev = os.path.join(tmp, "skip.jsonl")
    pid, fd, _ = spawn(device, ev, tty=True)
    wait_event(ev, lambda e: e["event"] == "section")
    ms, current, seen = [], 1, 1
    for _ in range(rounds):
        time.sleep(random.uniform(0.4, 0.9))
        drain(fd)
        target = random.choice([s for s in range(1, 6) if s != current])
        t_key = time.monotonic()
        os.write(fd, str(target).encode())
        seen += 1
        e = wait_event(ev, lambda e, n=seen: e["event"] == "section" and
                       sum(1 for x in events(ev) if x["event"] == "section") >= n)
        got = [x for x in events(ev) if x["event"] == "section"][seen - 1]
        assert got["index"] == target, (got, target)
        ms.append((got["mono"] - t_key) * 1000)
        current = target
    stop(pid, fd)
    return ms


def step_latency(device):
    """From the key to the first sample of the next sentence (. ), at the
    slowest rate so that a sentence rarely ends by itself meanwhile."""
    ev = os.path.join(tmp, "step.jsonl")
    pid, fd, _ = spawn(device, ev, ("--rate", "80"), tty=True)
    wait_event(ev, lambda e: e["event"] == "section")
    moves = ("section", "paragraph", "sentence")
    ms = []
    for _ in range(rounds):
        time.sleep(random.uniform(0.4, 0.9))
        drain(fd)
        n = sum(1 for x in events(ev) if x["event"] in moves)
        t_key = time.monotonic()
        os.write(fd, b".")
        e = wait_event(ev, lambda e, n=n: e["event"] in moves and e["mono"] >= t_key and
                       sum(1 for x in events(ev) if x["event"] in moves) > n)
        ms.append((e["mono"] - t_key) * 1000)
    stop(pid, fd)
    return ms


def cpu_percent(device):
    ev = os.path.join(tmp, "cpu.jsonl")
    proc, fd, _ = spawn(device, ev)
    wait_event(ev, lambda e: e["event"] == "section")
    def ticks():
        with open("/proc/%d/stat" % proc.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])   # utime + stime
    c0, w0 = ticks(), time.monotonic()
    time.sleep(play_seconds)
    c1, w1 = ticks(), time.monotonic()
    stop(proc, fd)
    return 100.0 * (c1 - c0) / TICK / (w1 - w0)


def report(name, ms):
    ms = sorted(ms)
    print("  %-14s median %6.1f ms   min %6.1f   max %6.1f   (%d runs)"
          % (name, statistics.median(ms), ms[0], ms[-1], len(ms)))
    return statistics.median(ms)


def start_pulse():
    if not (shutil.which("pulseaudio") and shutil.which("pactl")):
        return None
    rt = os.path.join(tmp, "rt", "pulse")
    os.makedirs(rt, mode=0o700)
    sock = os.path.join(rt, "native")
    env.update(HOME=tmp, XDG_RUNTIME_DIR=os.path.dirname(rt), PULSE_RUNTIME_PATH=rt,
               PULSE_SERVER="unix:" + sock, XDG_CONFIG_HOME=os.path.join(tmp, "config"))
    cmd = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--disallow-exit",
           "--use-pid-file=no", "--disable-shm=yes",
           "--load=module-null-sink sink_name=aloudbench",
           "--load=module-native-protocol-unix auth-anonymous=1 socket=" + sock]
    if os.geteuid() == 0:
        cmd.insert(1, "--system=false")
    d = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
            return d
        time.sleep(0.1)
    d.kill()
    d.wait()
    return None


def keep_sink_awake():
    """A silent low-latency stream, so the null sink renders continuously
    as a sound card's sink does (idle, module-null-sink sleeps up to 2 s
    before it takes a new stream's first audio)."""
    if not shutil.which("pacat"):
        return None
    return subprocess.Popen(["pacat", "--latency-msec=20", "--raw", "--format=s16le",
                             "--rate=22050", "--channels=1"], env=env,
                            stdin=open("/dev/zero", "rb"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


ok = True
print("player_latency: %s, %d rounds" % (page, rounds))
runs = [("null", "null", False)]
daemon = start_pulse()
if daemon:
    runs += [("pulseaudio, idle null sink", None, False),
             ("pulseaudio, running sink", None, True)]
else:
    print("  (pulseaudio not available: null device only)")
awake = None
try:
    for label, device, wake in runs:
        if wake:
            awake = keep_sink_awake()
            time.sleep(0.5)
        print("device %s:" % label)
        s = report("start latency", start_latency(device))
        k = report("skip latency", skip_latency(device))
        k = max(k, report("sentence step", step_latency(device)))
        print("  %-14s %.1f %% of one core over %.0f s of playback"
              % ("CPU", cpu_percent(device), play_seconds))
        if label == "null" or wake:
            ok = ok and s < 150 and k < 100
finally:
    if awake:
        awake.terminate()
        awake.wait()
    if daemon:
        daemon.terminate()
        daemon.wait()
    shutil.rmtree(tmp, ignore_errors=True)
print("targets (start < 150 ms, skip and sentence step < 100 ms):", "met" if ok else "MISSED")
sys.exit(0 if ok else 1)
EOF
