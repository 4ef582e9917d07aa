#!/usr/bin/env python3
"""Audio formats of the export (issue 12), checked with ffprobe and ffmpeg.

usage: test_export_formats.py ALOUD_BIN [CASE...]
       test_export_formats.py --list

For each format (WAV, MP3, Ogg Opus, AAC in MP4, FLAC) the file is read
back with ffprobe: codec, mono, duration against the WAV of the same
article, one chapter per section with the heading as its title and its
start within 1 ms of the WAV's cue point, and the article's tags; then
decoded whole by `ffmpeg -f null` without an error. Also: standard output
(-o -), refused formats before any fetch, and --split names, tags and
ownership.
"""
import json
import os
import re
import signal
import struct
import subprocess
import sys
import time

import casekit
from casekit import check

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = os.path.join(HERE, "export", "orchard.html")
BEES = os.path.join(HERE, "speech", "city-bees.html")
URL = "https://hedgerow.example/2023/grafting-an-old-apple-tree"
HEADINGS = ["Introduction", "Scions / rootstock", "Яблоня у забора", "接ぎ木の記録"]
CODECS = {"wav": "pcm_s16le", "mp3": "mp3", "opus": "opus", "m4b": "aac", "flac": "flac"}

ALOUD = None


def run(*args, **kw):
    return subprocess.run([ALOUD, *args], capture_output=True, timeout=300, **kw)


def probe(path_or_bytes):
    """ffprobe's streams, format and chapters; tags merged, keys lower-cased."""
    cmd = ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-show_chapters",
           "-of", "json"]
    if isinstance(path_or_bytes, bytes):
        r = subprocess.run(cmd + ["-i", "-"], input=path_or_bytes, capture_output=True)
    else:
        r = subprocess.run(cmd + [path_or_bytes], capture_output=True)
    if r.returncode != 0:
        return None
    d = json.loads(r.stdout)
    tags = {}
    for t in [d["format"].get("tags", {})] + [s.get("tags", {}) for s in d["streams"]]:
        tags.update({k.lower(): v for k, v in t.items()})
    d["tags"] = tags
    return d


def decode_seconds(path_or_bytes):
    """Decode everything with ffmpeg; (seconds decoded, ffmpeg's stderr)."""
    cmd = ["ffmpeg", "-nostdin", "-v", "error", "-i", "-" if isinstance(path_or_bytes, bytes)
           else path_or_bytes, "-f", "s16le", "-ac", "1", "-ar", "8000", "-"]
    r = subprocess.run(cmd, input=path_or_bytes if isinstance(path_or_bytes, bytes) else None,
                       capture_output=True)
    return (len(r.stdout) / 2 / 8000 if r.returncode == 0 else None), r.stderr.decode()


def wav_cues(path):
    """(rate, samples, [cue sample offsets]) of aloud's WAV."""
    with open(path, "rb") as f:
        data = f.read()
    pos, rate, samples, cues = 12, None, None, []
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        if cid == b"fmt ":
            rate = struct.unpack("<I", body[4:8])[0]
        elif cid == b"data":
            samples = size // 2
        elif cid == b"cue ":
            n = struct.unpack("<I", body[:4])[0]
            cues = [struct.unpack("<I", body[4 + 24 * i + 20:4 + 24 * i + 24])[0] for i in range(n)]
        pos += 8 + size + (size & 1)
    return rate, samples, cues


def leftovers(directory):
    return sorted(n for n in os.listdir(directory) if n.startswith(".") or "aloud-" in n)


# ---- cases ----

def case_formats(tmp):
    ref = os.path.join(tmp, "ref.wav")
    r = run("-q", "-o", ref, PAGE)
    check(r.returncode == 0, "WAV export exits 0: %s" % r.stderr)
    rate, samples, cues = wav_cues(ref)
    check(len(cues) == len(HEADINGS), "the WAV has a cue per section: %s" % cues)
    wav_seconds = samples / rate
    for ext in ("wav", "mp3", "opus", "m4b", "m4a", "flac"):
        out = os.path.join(tmp, "orchard." + ext)
        r = run("-o", out, PAGE)
        check(r.returncode == 0 and
              re.match(r"Wrote %s: \d+:\d\d, 4 chapters, voice " % re.escape(out), r.stdout.decode()),
              "%s: exit 0 and 'Wrote': %r %r" % (ext, r.stdout, r.stderr))
        d = probe(out)
        check(d is not None, "%s: ffprobe reads it" % ext)
        if d is None:
            continue
        audio = [s for s in d["streams"] if s["codec_type"] == "audio"]
        codec = CODECS["m4b" if ext == "m4a" else ext]
        check(len(audio) == 1 and audio[0]["codec_name"] == codec and audio[0]["channels"] == 1,
              "%s: one mono %s stream: %s" % (ext, codec,
                                              [(s["codec_name"], s.get("channels")) for s in audio]))
        duration = float(d["format"]["duration"])
        check(abs(duration - wav_seconds) < 0.15,
              "%s: duration %.3f s, the WAV's %.3f s" % (ext, duration, wav_seconds))
        chapters = d["chapters"]
        check([c["tags"].get("title") for c in chapters] == HEADINGS,
              "%s: chapter titles are the headings: %s" % (ext, [c.get("tags") for c in chapters]))
        starts = [float(c["start_time"]) for c in chapters]
        check(len(starts) == len(cues) and
              all(abs(s - o / rate) <= 0.001 for s, o in zip(starts, cues)),
              "%s: chapters start within 1 ms of the WAV's cue points: %s vs %s"
              % (ext, starts, [o / rate for o in cues]))
        tags = d["tags"]
        want = {"title": "Grafting an Old Apple Tree", "artist": "Tomasz Wiśniewski",
                "album": "Hedgerow Notes", "date": "2023-03-02", "comment": URL,
                "genre": "Speech"}
        if ext not in ("m4b", "m4a"):   # MP4 has no language tag in its item list
            want["language"] = "en-GB"
        missing = {k: (v, tags.get(k)) for k, v in want.items() if tags.get(k) != v}
        check(not missing, "%s: the article's tags: %s" % (ext, missing))
        seconds, errors = decode_seconds(out)
        check(seconds is not None and errors == "" and abs(seconds - wav_seconds) < 0.15,
              "%s: decodes whole without an error (%s s, %r)" % (ext, seconds, errors[:200]))
    check(os.path.getsize(os.path.join(tmp, "orchard.opus")) <
          os.path.getsize(os.path.join(tmp, "orchard.mp3")) <
          os.path.getsize(os.path.join(tmp, "orchard.wav")) / 4,
          "Opus (32k) < MP3 (64k) < a quarter of the WAV")
    check(leftovers(tmp) == [], "no temporary or scratch file left: %s" % leftovers(tmp))

    # --format beats the extension; --bitrate changes the size
    out = os.path.join(tmp, "named.audio")
    r = run("-q", "--format", "mp3", "--bitrate", "32k", "-o", out, PAGE)
    d = probe(out) if r.returncode == 0 else None
    check(d is not None and d["streams"][0]["codec_name"] == "mp3"
          and int(d["format"]["bit_rate"]) < 40000,
          "--format mp3 --bitrate 32k on any name: %s" % (d and d["format"].get("bit_rate")))


def case_refused_before_fetch(tmp):
    # an address that would fail (exit 5) if it were fetched: exit 2 means it was not
    src = "http://nosuch.invalid/article"
    for args, words in ((["-o", os.path.join(tmp, "a.ogg")], ["'.ogg'", "mp3", "opus", "m4b", "flac"]),
                        (["-o", os.path.join(tmp, "a.mp3"), "--format", "vorbis"], ["vorbis", "opus"]),
                        (["-o", "-", "--format", "m4b"], ["MP4", "stream"]),
                        (["-o", "-", "--format", "m4a"], ["MP4", "stream"]),
                        (["-o", os.path.join(tmp, "a.mp3"), "--bitrate", "5"], ["--bitrate"]),
                        (["--text", "--format", "mp3"], ["--format"]),
                        (["-o", "-", "--chapters", os.path.join(tmp, "c.cue")], ["--chapters"])):
        r = run(*args, src)
        err = r.stderr.decode()
        check(r.returncode == 2 and all(w in err for w in words) and err.count("\n") == 1
              and r.stdout == b"", "%s: exit 2 before fetching, one line naming %s: %d %r"
              % (args, words, r.returncode, err))
    check(sorted(os.listdir(tmp)) == [], "nothing written: %s" % os.listdir(tmp))


def case_stdout(tmp):
    ref = os.path.join(tmp, "ref.wav")
    run("-q", "-o", ref, PAGE)
    rate, samples, _ = wav_cues(ref)
    with open(ref, "rb") as f:
        ref_data = f.read()
    for fmt in ("wav", "mp3", "opus"):
        r = run("--format", fmt, "-o", "-", PAGE)
        check(r.returncode == 0 and r.stderr == b"", "-o - as %s: exit 0, quiet: %r" % (fmt, r.stderr))
        d = probe(r.stdout)
        check(d is not None and d["streams"][0]["codec_name"] == CODECS[fmt]
              and d["tags"].get("title") == "Grafting an Old Apple Tree",
              "-o - as %s: ffprobe reads the stream, with its tags" % fmt)
        seconds, errors = decode_seconds(r.stdout)
        check(seconds is not None and abs(seconds - samples / rate) < 0.15 and errors == "",
              "-o - as %s: decodes whole (%s s of %.3f)" % (fmt, seconds, samples / rate))
        if fmt == "wav":
            out = r.stdout
            check(out[:4] == b"RIFF" and out[4:8] == b"\xff\xff\xff\xff",
                  "streamed WAV: RIFF size unknown (0xFFFFFFFF)")
            at = out.find(b"data")
            check(at > 0 and out[at + 4:at + 8] == b"\xff\xff\xff\xff"
                  and len(out) - at - 8 == samples * 2,
                  "streamed WAV: data size unknown, then exactly the audio")
            ref_at = ref_data.find(b"data")
            check(out[at + 8:] == ref_data[ref_at + 8:ref_at + 8 + samples * 2],
                  "streamed WAV: the same samples as the file")
    # a real pipe into ffmpeg
    r = subprocess.run("set -o pipefail; '%s' -o - --format opus '%s' | "
                       "ffmpeg -nostdin -v error -i - -f null -" % (ALOUD, PAGE),
                       shell=True, executable="/bin/bash", capture_output=True, timeout=300)
    check(r.returncode == 0 and r.stderr == b"", "aloud -o - | ffmpeg -i -: %r" % r.stderr)
    # never binary audio on a terminal: refused before fetching
    import pty
    master, slave = pty.openpty()
    p = subprocess.Popen([ALOUD, "-o", "-", "http://nosuch.invalid/"], stdout=slave,
                         stderr=subprocess.PIPE)
    os.close(slave)
    _, err = p.communicate(timeout=60)
    os.close(master)
    check(p.returncode == 2 and b"terminal" in err, "-o - on a terminal: exit 2: %r" % err)
    # no file called '-'
    check(not os.path.exists(os.path.join(tmp, "-")) and not os.path.exists("-"),
          "-o - writes no file called '-'")


def split_names(d):
    return sorted(n for n in os.listdir(d) if n != "playlist.m3u")


def playlist_files(d):
    with open(os.path.join(d, "playlist.m3u"), encoding="utf-8") as f:
        return [l for l in f.read().splitlines() if l and not l.startswith("#")]


def case_split(tmp):
    d = os.path.join(tmp, "parts")
    r = run("--split", d, "--format", "opus", PAGE)
    check(r.returncode == 0, "--split as Opus: exit 0 (%r)" % r.stderr)
    want = ["01 Introduction.opus", "02 Scions - rootstock.opus", "03 Яблоня у забора.opus",
            "04 接ぎ木の記録.opus"]
    check(split_names(d) == want, "split names keep the heading's letters: %s" % split_names(d))
    check(playlist_files(d) == want, "the playlist lists the files in order")
    total = 0.0
    for k, name in enumerate(want):
        p = probe(os.path.join(d, name)) if os.path.exists(os.path.join(d, name)) else None
        tags = p["tags"] if p else {}
        check(tags.get("title") == HEADINGS[k] and tags.get("track") == "%d/4" % (k + 1)
              and tags.get("album") == "Grafting an Old Apple Tree"
              and tags.get("artist") == "Tomasz Wiśniewski" and tags.get("genre") == "Speech",
              "%s: tagged with heading, track n/total, article: %s" % (name, tags))
        total += float(p["format"]["duration"]) if p else 0
    ref = os.path.join(tmp, "ref.wav")
    run("-q", "-o", ref, PAGE)
    rate, samples, _ = wav_cues(ref)
    check(abs(total - samples / rate) < 0.1 * len(want), "split durations add up: %.2f vs %.2f"
          % (total, samples / rate))

    # the same article again, as MP3: the Opus files go, the playlist lists what is there
    r = run("-q", "--split", d, "--format", "mp3", PAGE)
    names = split_names(d)
    check(r.returncode == 0 and names == [n.replace(".opus", ".mp3") for n in want],
          "re-run replaces this article's files: %s" % names)
    check(playlist_files(d) == names, "the playlist lists exactly the files present")

    # another article: refused, nothing changed; --force replaces
    before = {n: os.path.getmtime(os.path.join(d, n)) for n in os.listdir(d)}
    r = run("-q", "--split", d, BEES)
    err = r.stderr.decode()
    check(r.returncode == 17 and "another article" in err and "--force" in err
          and err.count("\n") == 1, "another article's directory is refused: %d %r" % (r.returncode, err))
    check({n: os.path.getmtime(os.path.join(d, n)) for n in os.listdir(d)} == before,
          "the refused run changes nothing")
    r = run("-q", "--split", d, "--force", BEES)
    names = split_names(d)
    check(r.returncode == 0 and len(names) == 7 and all(n.endswith(".wav") for n in names)
          and names[1] == "02 Choosing a spot.wav", "--force replaces it: %s" % names)
    check(playlist_files(d) == names, "the forced playlist lists exactly the files present")
    with open(os.path.join(d, "unrelated.txt"), "w") as f:
        f.write("mine")
    r = run("-q", "--split", d, BEES)
    check(r.returncode == 0 and os.path.exists(os.path.join(d, "unrelated.txt")),
          "a file no playlist lists is left alone")
    check(leftovers(d) == [], "no temporary files in the split directory: %s" % leftovers(d))


def case_failures(tmp):
    blocker = os.path.join(tmp, "file")
    open(blocker, "w").close()
    for ext in ("mp3", "opus", "m4b"):
        r = run("-q", "-o", os.path.join(blocker, "x." + ext), PAGE)
        check(r.returncode == 17, "%s into a non-directory: exit 17 (%r)" % (ext, r.stderr))
    r = run("-q", "--split", os.path.join(blocker, "d"), "--format", "mp3", PAGE)
    check(r.returncode == 17, "--split mp3 into a non-directory: exit 17")
    check(sorted(os.listdir(tmp)) == ["file"], "failures leave nothing: %s" % os.listdir(tmp))

    # Ctrl-C while an MP3 is made: exit 130, no file, no temporary, old file kept
    page = os.path.join(tmp, "long.html")
    with open(BEES, encoding="utf-8") as f:
        html = f.read()
    body = html[html.index("<h2>Choosing a spot"):html.index("</article>")]
    with open(page, "w", encoding="utf-8") as f:
        f.write(html.replace(body, body * 15))
    d = os.path.join(tmp, "sig")
    os.mkdir(d)
    out = os.path.join(d, "x.mp3")
    with open(out, "wb") as f:
        f.write(b"previous contents")
    p = subprocess.Popen([ALOUD, "-o", out, "--split", os.path.join(d, "parts"), "--format", "mp3",
                          page], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and not [n for n in os.listdir(d) if "aloud-" in n]:
        time.sleep(0.005)
    time.sleep(0.3)
    running = p.poll() is None
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    check(running and p.returncode == 130 and b"interrupted" in err,
          "SIGINT during an MP3 export: exit 130 (%d, %r)" % (p.returncode, err))
    check(sorted(os.listdir(d)) == ["x.mp3"], "nothing left but the old file: %s" % os.listdir(d))
    with open(out, "rb") as f:
        check(f.read() == b"previous contents", "the old file is untouched")


def long_page(tmp, copies):
    """city-bees with its body COPIES times: sections enough for several groups."""
    page = os.path.join(tmp, "long%d.html" % copies)
    with open(BEES, encoding="utf-8") as f:
        html = f.read()
    body = html[html.index("<h2>Choosing a spot"):html.index("</article>")]
    with open(page, "w", encoding="utf-8") as f:
        f.write(html.replace(body, body * copies))
    return page


def wav_samples(data):
    """The bytes of a WAV's data chunk (to the end when its size is unknown)."""
    at = 12
    while at + 8 <= len(data):
        tag, size = data[at:at + 4], struct.unpack("<I", data[at + 4:at + 8])[0]
        if tag == b"data":
            return data[at + 8:] if size == 0xFFFFFFFF else data[at + 8:at + 8 + size]
        at += 8 + size + (size & 1)
    return None


def pcm(path):
    """The decoded samples, at the file's own rate."""
    r = subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", path, "-f", "s16le", "-ac", "1",
                        "-"], capture_output=True)
    return r.stdout if r.returncode == 0 else None


def processes_naming(text):
    """Processes whose command line contains TEXT (the workers share aloud's)."""
    found = []
    for pid in os.listdir("/proc"):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if text.encode() in f.read():
                    found.append(int(pid))
        except (OSError, ValueError):
            pass
    return found


def workers_of(pid):
    """PID's synthesis workers: its children but the parser's sandbox (seccomp)."""
    found = []
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            kids = [int(c) for c in f.read().split()]
    except OSError:
        return []
    for kid in kids:
        try:
            with open("/proc/%d/status" % kid) as f:
                if "Seccomp:\t0" in f.read():
                    found.append(kid)
        except OSError:
            pass
    return found


def case_jobs(tmp):
    # Sections are spoken by worker processes (--jobs N); the file is the
    # same, byte for byte, whatever N, and so is a compressed one's audio.
    page = long_page(tmp, 6)
    wavs = []
    for jobs in ("1", "2", "3"):
        out = os.path.join(tmp, "j%s.wav" % jobs)
        r = run("-q", "-j", jobs, "-o", out, page)
        check(r.returncode == 0, "-j %s: exit 0 (%r)" % (jobs, r.stderr))
        with open(out, "rb") as f:
            wavs.append(f.read())
    check(len(wavs[0]) > 10000000, "the long page makes minutes of audio: %d bytes" % len(wavs[0]))
    check(wavs[0] == wavs[1] == wavs[2], "-j 1, -j 2 and -j 3 write the same WAV")
    r = run("-q", "-o", os.path.join(tmp, "default.wav"), page)
    with open(os.path.join(tmp, "default.wav"), "rb") as f:
        check(r.returncode == 0 and f.read() == wavs[0], "the default jobs write the same WAV")
    for ext in ("flac", "mp3"):
        got = []
        for jobs in ("1", "2"):
            out = os.path.join(tmp, "j%s.%s" % (jobs, ext))
            r = run("-q", "-j", jobs, "-o", out, page)
            check(r.returncode == 0, "%s -j %s: exit 0 (%r)" % (ext, jobs, r.stderr))
            got.append(pcm(out))
        check(got[0] is not None and len(got[0]) > 1000000 and got[0] == got[1],
              "%s: -j 1 and -j 2 decode to the same samples" % ext)
    r = subprocess.run([ALOUD, "-q", "-j", "2", "-o", "-", page], capture_output=True, timeout=300)
    check(r.returncode == 0 and wav_samples(r.stdout) == wav_samples(wavs[0]),
          "-o - with two jobs streams the same samples (%d bytes)" % len(r.stdout))
    for name in os.listdir(tmp):
        check("aloud-" not in name and not name.startswith("."), "no temporary left: %s" % name)


def case_jobs_stop(tmp):
    # Ctrl-C and a worker that dies: no file, no temporary, no process left.
    page = long_page(tmp, 20)
    for how in ("sigint", "worker killed"):
        d = os.path.join(tmp, how.replace(" ", "-"))
        os.mkdir(d)
        out = os.path.join(d, "x.wav")
        p = subprocess.Popen([ALOUD, "-j", "2", "-o", out, page], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline and len(workers_of(p.pid)) < 2:
            time.sleep(0.005)
        time.sleep(0.2)
        workers = workers_of(p.pid)
        check(len(workers) == 2, "%s: two workers run (%r)" % (how, workers))
        if how == "sigint":
            p.send_signal(signal.SIGINT)
        elif workers:
            os.kill(workers[-1], signal.SIGKILL)
        _, err = p.communicate(timeout=120)
        want = 130 if how == "sigint" else 15
        check(p.returncode == want, "%s: exit %d (%d, %r)" % (how, want, p.returncode, err))
        if how != "sigint":
            check(b"died (signal 9)" in err and err.count(b"\n") == 1,
                  "a killed worker is said in one line: %r" % err)
        check(os.listdir(d) == [], "%s: nothing left: %s" % (how, os.listdir(d)))
        time.sleep(0.1)
        check(processes_naming(out) == [], "%s: no process left: %r" % (how, processes_naming(out)))


def case_cue(tmp):
    # A CUE sheet names its audio file with one of the format's own file
    # types: MP3 for MP3, WAVE (decoded audio) for the rest, as EAC and
    # foobar2000 write it for FLAC.
    for ext, kind in (("wav", "WAVE"), ("mp3", "MP3"), ("opus", "WAVE"), ("m4b", "WAVE"),
                      ("flac", "WAVE")):
        cue = os.path.join(tmp, ext + ".cue")
        r = run("-q", "-o", os.path.join(tmp, "x." + ext), "--chapters", cue, PAGE)
        with open(cue, encoding="utf-8") as f:
            files = [line for line in f if line.startswith("FILE ")]
        check(r.returncode == 0 and files == ['FILE "x.%s" %s\n' % (ext, kind)],
              "%s: the CUE sheet's FILE line: %r" % (ext, files))


def with_tty_stderr(args):
    """Run aloud with stderr on a pseudo-terminal: (exit status, what it drew)."""
    import pty
    master, slave = pty.openpty()
    p = subprocess.Popen([ALOUD, *args], stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:   # EIO: the terminal's other side closed
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    return p.wait(timeout=300), drawn.decode("utf-8", "replace")


def case_progress(tmp):
    # On a terminal the bar counts the sections spoken, then the audio
    # encoded (compressed formats are encoded at the end); -q draws nothing.
    out = os.path.join(tmp, "x.opus")
    rc, drawn = with_tty_stderr(["-o", out, PAGE])
    lines = [line for line in drawn.split("\r") if line.strip("\x1b[K\n")]
    speaking = [line for line in lines if " sections, " in line]
    encoding = [line for line in lines if "] encoding, " in line]
    check(rc == 0 and speaking and "4/4 sections" in speaking[-1],
          "the bar counts the sections: %r" % speaking[-1:])
    check(len(encoding) >= 2 and encoding[-1].startswith("[########################] encoding, 1:0")
          and lines.index(encoding[0]) > lines.index(speaking[-1]),
          "then the encoding, to the end: %r" % encoding[-1:])
    check(drawn.endswith("\r\x1b[K"), "the bar is cleared at the end: %r" % drawn[-20:])
    rc, drawn = with_tty_stderr(["-q", "-o", os.path.join(tmp, "y.opus"), PAGE])
    check(rc == 0 and drawn == "", "-q draws nothing: %r" % drawn[:80])
    rc, drawn = with_tty_stderr(["-o", os.path.join(tmp, "z.wav"), PAGE])
    check(rc == 0 and "encoding" not in drawn and "4/4 sections" in drawn,
          "a WAV has nothing to encode: %r" % drawn[-80:])


def fsize_limit():
    import resource
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100000, 100000))


def case_write_errors(tmp):
    # A write that fails half way (RLIMIT_FSIZE: EFBIG) in the scratch file,
    # the encoder's output or a split file: exit 17 naming the file and the
    # cause, the old file untouched, no temporary left.
    for ext in ("mp3", "opus", "m4b", "flac"):
        d = os.path.join(tmp, ext)
        os.mkdir(d)
        out = os.path.join(d, "out." + ext)
        with open(out, "wb") as f:
            f.write(b"previous contents")
        r = run("-q", "-o", out, PAGE, preexec_fn=fsize_limit)
        err = r.stderr.decode()
        check(r.returncode == 17 and "File too large" in err and "out." + ext in err
              and err.count("\n") == 1, "%s, file too large: exit 17, one line: %d %r"
              % (ext, r.returncode, err))
        check(os.listdir(d) == ["out." + ext], "%s: nothing left behind: %s" % (ext, os.listdir(d)))
        with open(out, "rb") as f:
            check(f.read() == b"previous contents", "%s: the old file is untouched" % ext)
    d = os.path.join(tmp, "split")
    r = run("-q", "--split", d, "--format", "mp3", PAGE, preexec_fn=fsize_limit)
    check(r.returncode == 17 and b"File too large" in r.stderr and not os.path.exists(d),
          "--split mp3, file too large: exit 17, the new directory removed: %r" % r.stderr)
    # the encoder's own writes: standard output is a file that cannot grow
    with open(os.path.join(tmp, "stdout.mp3"), "wb") as f:
        r = subprocess.run([ALOUD, "-q", "--format", "mp3", "-o", "-", PAGE], stdout=f,
                           stderr=subprocess.PIPE, preexec_fn=fsize_limit, timeout=300)
    err = r.stderr.decode()
    check(r.returncode == 17 and "standard output" in err and "File too large" in err,
          "-o - into a file that cannot grow: exit 17: %d %r" % (r.returncode, err))

    # a full file system (a 64 KiB tmpfs, in a user and mount namespace)
    d = os.path.join(tmp, "disk")
    res = os.path.join(tmp, "result")
    os.mkdir(d)
    script = ('d=$1 res=$2; shift 2; mount -t tmpfs -o size=64k tmpfs "$d" || exit 77; '
              'printf "previous contents" > "$d/out.opus"; '
              '"$@" -q -o "$d/out.opus" >"$res.out" 2>"$res.err"; '
              'echo $? >"$res.code"; ls -A "$d" >"$res.ls"; cat "$d/out.opus" >"$res.old"')
    try:
        p = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", d, res, ALOUD, PAGE],
                           capture_output=True, timeout=300)
    except FileNotFoundError:
        p = None
    if p is None or p.returncode != 0 or not os.path.exists(res + ".code"):
        print("skipped: cannot mount a tmpfs here", file=sys.stderr)
        return
    read = lambda ext: open(res + ext, "rb").read()
    check(read(".code").strip() == b"17" and b"No space left on device" in read(".err"),
          "full disk: exit 17 with the cause: %r %r" % (read(".code"), read(".err")))
    check(read(".ls").split() == [b"out.opus"] and read(".old") == b"previous contents",
          "full disk: nothing left behind, the old file kept: %r" % read(".ls"))


def case_libav_not_linked(tmp):
    # libavcodec's libhwy kills any process that loads it under valgrind 3.19
    # (SIGILL on RDTSCP): it is loaded only when a file is encoded.
    r = subprocess.run(["ldd", ALOUD], capture_output=True, text=True)
    check(r.returncode == 0 and "libaloud" in r.stdout and "libavcodec" not in r.stdout
          and "libhwy" not in r.stdout, "aloud does not link FFmpeg: %s" % r.stdout)


CASES = {
    "write_errors": case_write_errors,
    "libav_not_linked": case_libav_not_linked,
    "formats": case_formats,
    "refused": case_refused_before_fetch,
    "stdout": case_stdout,
    "split": case_split,
    "failures": case_failures,
    "jobs": case_jobs,
    "jobs_stop": case_jobs_stop,
    "progress": case_progress,
    "cue": case_cue,
}


def set_aloud(path):
    global ALOUD
    ALOUD = path


if __name__ == "__main__":
    sys.exit(casekit.main(CASES, "aloud-formats-", set_aloud))
