#!/usr/bin/env python3
"""CLI behaviour of the WAV export (issue 3), checked with real readers.

usage: test_export.py ALOUD_BIN TEST_SPEECH_API_BIN

The exported files are read back with soxi, ffprobe and a small RIFF
parser; chapter marks are compared with the article's outline (--json)
and with the per-section files of --split written in the same run.
"""
import json
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

ALOUD = os.path.abspath(sys.argv[1])
SPEECH_API = os.path.abspath(sys.argv[2])
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "speech")
BEES = os.path.join(PAGES, "city-bees.html")
GERMAN = os.path.join(PAGES, "de-fahrrad.html")
YORUBA = os.path.join(PAGES, "yo-oja.html")

failures = []
passed = 0


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def require(cond, what):
    """A check the parse cannot go on without (unlike assert, it also runs
    under python3 -O)."""
    if not cond:
        raise AssertionError(what)


def run(*args, env=None, **kw):
    return subprocess.run([ALOUD, *args], capture_output=True, text=True,
                          timeout=240, env=env, **kw)


# ---- readers ----

def riff(path):
    """Parse a WAV: returns dict(rate, samples, pcm, cues=[(id, offset)], labels={id: text})."""
    with open(path, "rb") as f:
        data = f.read()
    require(data[:4] == b"RIFF" and data[8:12] == b"WAVE", "not a RIFF/WAVE file")
    require(struct.unpack("<I", data[4:8])[0] == len(data) - 8, "RIFF size is wrong")
    out = {"cues": [], "labels": {}, "chunks": []}
    pos = 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        require(len(body) == size, "chunk %r runs past the end" % cid)
        out["chunks"].append(cid)
        if cid == b"fmt ":
            fmt, channels, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
            out.update(format=fmt, channels=channels, rate=rate, bits=bits)
        elif cid == b"data":
            out["samples"] = size // 2
            out["pcm"] = body
        elif cid == b"cue ":
            n = struct.unpack("<I", body[:4])[0]
            for i in range(n):
                cue_id, position, chunk, _, _, offset = struct.unpack(
                    "<II4sIII", body[4 + 24 * i:4 + 24 * (i + 1)])
                require(chunk == b"data" and position == offset,
                        "cue %d does not point into the data chunk" % cue_id)
                out["cues"].append((cue_id, offset))
        elif cid == b"LIST" and body[:4] == b"adtl":
            p = 4
            while p + 8 <= len(body):
                sid, ssize = body[p:p + 4], struct.unpack("<I", body[p + 4:p + 8])[0]
                if sid == b"labl":
                    cue_id = struct.unpack("<I", body[p + 8:p + 12])[0]
                    out["labels"][cue_id] = body[p + 12:p + 8 + ssize].rstrip(b"\0").decode()
                p += 8 + ssize + (ssize & 1)
        pos += 8 + size + (size & 1)
    require(pos == len(data), "trailing bytes after the last chunk")
    return out


def soxi_samples(path):
    r = subprocess.run(["soxi", "-s", path], capture_output=True, text=True)
    return int(r.stdout) if r.returncode == 0 else None


def ffprobe(path):
    r = subprocess.run(["ffprobe", "-v", "error", "-show_streams", "-show_chapters",
                        "-of", "json", path], capture_output=True, text=True)
    return json.loads(r.stdout) if r.returncode == 0 else None


def headings(page):
    r = run("--json", page)
    sections = json.loads(r.stdout)["sections"]
    return [s.get("heading") or "Introduction" for s in sections], sections


def peak(pcm, start, end):
    start, end = max(0, start), min(len(pcm) // 2, end)
    if end <= start:
        return 0
    values = struct.unpack("<%dh" % (end - start), pcm[2 * start:2 * end])
    return max(abs(v) for v in values)


def leftovers(directory):
    return [n for n in os.listdir(directory) if n.startswith(".") or "aloud-" in n]


# ---- tests ----

def test_whole_file_and_split(tmp):
    wav = os.path.join(tmp, "bees.wav")
    split = os.path.join(tmp, "parts")
    r = run("-o", wav, "--split", split, "--chapters", os.path.join(tmp, "bees.cue"), BEES)
    check(r.returncode == 0, "export exits 0 (%d: %s)" % (r.returncode, r.stderr))
    check("\r" not in r.stderr and r.stderr == "", "no progress bar when stderr is not a terminal")
    w = riff(wav)
    titles, sections = headings(BEES)
    rate = w["rate"]
    check((w["format"], w["channels"], w["bits"], rate) == (1, 1, 16, 22050),
          "16-bit mono PCM at 22050 Hz")
    check(soxi_samples(wav) == w["samples"], "soxi reads as many samples as the data chunk holds")
    probe = ffprobe(wav)
    check(probe is not None, "ffprobe accepts the WAV")
    stream = probe["streams"][0]
    check(int(stream["duration_ts"]) == w["samples"], "ffprobe's duration is the sample count")
    m = re.search(r"Wrote .*bees\.wav: (\d+):(\d\d), (\d+) chapters, voice (\S+)", r.stdout)
    check(m is not None, "the CLI says where the file went: %r" % r.stdout)
    if m:
        check(abs(int(m[1]) * 60 + int(m[2]) - w["samples"] / rate) <= 0.5,
              "the printed duration matches the file")
        check(int(m[3]) == len(sections), "the printed chapter count matches")
        check(m[4] == "en-us", "an en-US page is read with en-us")

    offsets = [o for _, o in w["cues"]]
    check(len(offsets) == len(sections) == 7, "one cue point per section")
    check(offsets and offsets[0] == 0, "the first chapter starts at sample 0")
    check(all(a < b for a, b in zip(offsets, offsets[1:])), "cue points strictly increasing")
    check([w["labels"].get(i) for i, _ in w["cues"]] == titles, "labels are the headings")
    check([c["tags"]["title"] for c in probe.get("chapters", [])] == titles,
          "ffprobe sees the cue labels as chapters")
    # Each mark is at a section start: silence just before it (the pause
    # that ends the previous section), speech within a second after it.
    for o in offsets[1:]:
        check(peak(w["pcm"], o - rate // 10, o) < 300, "silence before the mark at %d" % o)
        check(peak(w["pcm"], o, o + rate) > 3000, "speech after the mark at %d" % o)

    # --split: one file per section, same audio, in order in the playlist.
    names = sorted(n for n in os.listdir(split) if n.endswith(".wav"))
    check(len(names) == len(sections), "one split file per section: %s" % names)
    check(names[0] == "01 Introduction.wav" and names[1] == "02 Choosing a spot.wav"
          and names[3] == "04 Talking to the neighbours.wav", "split names are 'NN Heading': %s" % names)
    parts = [riff(os.path.join(split, n)) for n in names]
    check(sum(p["samples"] for p in parts) == w["samples"], "split durations add up to the whole")
    starts = [sum(p["samples"] for p in parts[:i]) for i in range(len(parts))]
    check(starts == offsets, "each cue point is where the split file of its section starts")
    check(all(p["pcm"] == w["pcm"][2 * s:2 * s + len(p["pcm"])] for p, s in zip(parts, starts)),
          "split files hold exactly the whole file's audio")
    with open(os.path.join(split, "playlist.m3u")) as f:
        playlist = f.read().splitlines()
    check(playlist[0] == "#EXTM3U", "playlist header")
    check([l for l in playlist if not l.startswith("#")] == names, "playlist lists the files in order")
    check([l.split(",", 1)[1] for l in playlist if l.startswith("#EXTINF:")] == titles,
          "playlist titles are the headings")

    # The CUE sheet agrees with the cue points (75 frames per second).
    with open(os.path.join(tmp, "bees.cue")) as f:
        cue = f.read()
    check('FILE "bees.wav" WAVE' in cue, "the CUE sheet names the WAV next to it")
    check(re.findall(r'TITLE "(.*)"', cue)[1:] == titles, "CUE track titles are the headings")
    idx = [(int(a) * 60 + int(b)) * 75 + int(c)
           for a, b, c in re.findall(r"INDEX 01 (\d+):(\d\d):(\d\d)", cue)]
    check(idx == [o * 75 // rate for o in offsets], "CUE INDEX times match the cue points")
    check(leftovers(tmp) == [] and leftovers(split) == [], "no temporary files left")


def test_ffmetadata_and_selection(tmp):
    wav = os.path.join(tmp, "s2.wav")
    meta = os.path.join(tmp, "s2.ffmeta")
    r = run("-q", "--section", "2", "--only", "--no-intro", "-o", wav, "--chapters", meta, BEES)
    check(r.returncode == 0 and r.stdout == "", "-q export prints nothing (%s)" % r.stderr)
    w = riff(wav)
    check([w["labels"][i] for i, _ in w["cues"]] ==
          ["Choosing a spot", "Water and shade", "Talking to the neighbours"],
          "--section 2 --only: the section and its subsections")
    with open(meta) as f:
        text = f.read()
    check(text.startswith(";FFMETADATA1\n"), "ffmetadata header")
    starts = [int(x) for x in re.findall(r"START=(\d+)", text)]
    ends = [int(x) for x in re.findall(r"END=(\d+)", text)]
    check(starts == [o * 1000 // w["rate"] for _, o in w["cues"]], "ffmetadata STARTs in ms")
    check(ends[-1] == w["samples"] * 1000 // w["rate"] and starts[1:] == ends[:-1],
          "ffmetadata chapters are contiguous to the end")
    probe = subprocess.run(["ffprobe", "-v", "error", "-f", "ffmetadata", "-i", meta,
                            "-show_chapters", "-of", "json"], capture_output=True, text=True)
    check(probe.returncode == 0 and len(json.loads(probe.stdout)["chapters"]) == 3,
          "ffprobe reads the ffmetadata chapters")
    r = run("-q", "--section", "fussy", "-o", wav, BEES)
    check(r.returncode == 19 and "fussy" in r.stderr, "--section TEXT that matches nothing: exit 19")


def duration_of(tmp, name, *args, page=BEES, env=None):
    wav = os.path.join(tmp, name)
    r = run("-o", wav, *args, page, env=env)
    return (riff(wav)["samples"] if r.returncode == 0 else None), r


def test_voices(tmp):
    n_de, r = duration_of(tmp, "de.wav", page=GERMAN)
    check(r.returncode == 0 and re.search(r"voice de\b", r.stdout), "German page, German voice: %s" % r.stdout)
    n_en, _ = duration_of(tmp, "de-en.wav", "--voice", "en", page=GERMAN)
    with open(os.path.join(tmp, "de.wav"), "rb") as a, open(os.path.join(tmp, "de-en.wav"), "rb") as b:
        check(a.read() != b.read(), "forcing English changes the audio of the German page")
    n_yo, r = duration_of(tmp, "yo.wav", page=YORUBA)
    check(n_yo and "no voice for the language 'yo'" in r.stderr and "English" in r.stderr
          and r.stderr.count("\n") == 1, "no voice for Yoruba: English, said once: %r" % r.stderr)

    n_narrator, _ = duration_of(tmp, "narrator.wav")
    n_brisk, r = duration_of(tmp, "brisk.wav", "--voice", "brisk")
    check(n_brisk and n_brisk < 0.85 * n_narrator, "the brisk profile (230 wpm) loads and is faster")
    n_fast, _ = duration_of(tmp, "fast.wav", "--rate", "300")
    check(n_fast and n_fast < 0.75 * n_narrator, "--rate 300 is faster than 175")
    n_nointro, _ = duration_of(tmp, "nointro.wav", "--no-intro")
    check(n_nointro and n_nointro < n_narrator, "--no-intro is shorter")

    # A profile from $ALOUD_VOICES_DIR.
    vdir = os.path.join(tmp, "voices")
    os.mkdir(vdir)
    with open(os.path.join(vdir, "slowpoke.voice"), "w") as f:
        f.write("# test profile\ndescription = very slow\nvoice = en-gb-x-rp\nvariant = m3\nrate = 100\n")
    with open(os.path.join(vdir, "broken.voice"), "w") as f:
        f.write("voice = en\nrate = fast\n")
    env = dict(os.environ, ALOUD_VOICES_DIR=vdir)
    n_slow, r = duration_of(tmp, "slow.wav", "--voice", "slowpoke", env=env)
    check(n_slow and n_slow > 1.4 * n_narrator and "voice en-gb-x-rp+m3" in r.stdout,
          "a profile from ALOUD_VOICES_DIR loads: %s" % r.stdout)
    r = run("--list-voices", env=env)
    check(r.returncode == 0 and re.search(r"^  slowpoke\s+en-gb-x-rp\s+very slow$", r.stdout, re.M)
          and re.search(r"^  narrator\s+auto\s", r.stdout, re.M)
          and re.search(r"^  de\s+German$", r.stdout, re.M), "--list-voices lists profiles and languages")
    out = os.path.join(tmp, "broken.wav")
    r = run("-o", out, "--voice", "broken", BEES, env=env)
    check(r.returncode == 14 and "broken.voice:2" in r.stderr and not os.path.exists(out),
          "a broken profile: exit 14 naming file and line")
    r = run("-o", out, "--voice", "no-such-voice", BEES)
    check(r.returncode == 14 and "no-such-voice" in r.stderr and "--list-voices" in r.stderr
          and not os.path.exists(out), "unknown voice: clear error, exit 14, nothing written")
    r = run("-o", out, "--voice", "en+nosuchvariant", BEES)
    check(r.returncode == 14 and "nosuchvariant" in r.stderr, "unknown variant: exit 14")


def test_failures_write_nothing(tmp):
    d = os.path.join(tmp, "fail")
    os.mkdir(d)
    out = os.path.join(d, "x.wav")
    r = run("-o", out, os.path.join(tmp, "no-such-page.html"))
    check(r.returncode == 3 and os.listdir(d) == [], "bad source: exit 3, nothing written")
    blocker = os.path.join(d, "file")
    open(blocker, "w").close()
    r = run("-o", os.path.join(blocker, "x.wav"), BEES)
    check(r.returncode == 17 and "x.wav" in r.stderr, "unwritable directory: exit 17 (%s)" % r.stderr)
    r = run("--split", os.path.join(blocker, "parts"), BEES)
    check(r.returncode == 17, "unwritable split directory: exit 17")
    r = run("-o", out, "--chapters", os.path.join(blocker, "c.cue"), BEES)
    check(r.returncode == 17 and os.listdir(d) == ["file"],
          "unwritable chapter file: exit 17, the WAV is not written either")
    # (-o naming an existing directory is a batch export now: tests/test_batch.py)


def long_page(path, copies):
    with open(BEES, encoding="utf-8") as f:
        html = f.read()
    body = html[html.index("<h2>Choosing a spot"):html.index("</article>")]
    parts = [re.sub(r"<h2>([^<]*)</h2>", r"<h2>\1 (part %d)</h2>" % i, body) for i in range(copies)]
    with open(path, "w", encoding="utf-8") as f:
        f.write(html.replace(body, "".join(parts)))


def test_interrupt(tmp):
    page = os.path.join(tmp, "long.html")
    long_page(page, 20)
    d = os.path.join(tmp, "sig")
    os.mkdir(d)
    out = os.path.join(d, "x.wav")
    with open(out, "wb") as f:
        f.write(b"previous contents")
    for sig in (signal.SIGINT, signal.SIGTERM):
        p = subprocess.Popen([ALOUD, "-o", out, "--split", os.path.join(d, "parts"), page],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        while time.time() < deadline and not [n for n in os.listdir(d) if "aloud-" in n]:
            time.sleep(0.005)
        time.sleep(0.2)
        running = p.poll() is None
        p.send_signal(sig)
        _, err = p.communicate(timeout=60)
        check(running, "the long export was still running when signalled")
        check(p.returncode == 130 and "interrupted" in err,
              "%s: exit 130 with a message (%d, %r)" % (sig.name, p.returncode, err))
        check(sorted(os.listdir(d)) == ["x.wav"], "%s: no temporary file, no split dir left: %s"
              % (sig.name, os.listdir(d)))
        with open(out, "rb") as f:
            check(f.read() == b"previous contents", "%s: the existing file is untouched" % sig.name)


def test_progress_on_terminal(tmp):
    master, slave = pty.openpty()
    p = subprocess.Popen([ALOUD, "-o", os.path.join(tmp, "tty.wav"), GERMAN],
                         stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    p.wait(timeout=60)
    os.close(master)
    check(p.returncode == 0 and b"4/4 sections" in seen and b"\r" in seen,
          "a progress bar on a terminal: %r" % seen[-80:])
    p = subprocess.Popen([ALOUD, "-q", "-o", os.path.join(tmp, "tty.wav"), GERMAN],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = p.communicate(timeout=60)
    check(err == b"", "-q: no progress")


def test_speech_text():
    r = subprocess.run([SPEECH_API, "ssml", BEES], capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and r.stdout.count("<speak>") == 7, "one SSML document per section")
    check("https" not in r.stdout and "www." not in r.stdout and "bbka dot org dot uk" in r.stdout,
          "URLs are spoken as their site name")
    r = subprocess.run([SPEECH_API, "ssml", GERMAN], capture_output=True, text=True, timeout=60)
    check("von Jonas Becker." in r.stdout, "the German intro says 'von'")


def test_warm_up_same_audio(tmp):
    """espeak-ng set up in a thread (aloud_speech_warm_up()) before the
    export gives the same file, byte for byte, as set up on first use;
    with a variant too, whose list the warm-up leaves out."""
    for voice in ("", "en+m3"):
        cold, warm = os.path.join(tmp, "cold.wav"), os.path.join(tmp, "warm.wav")
        for path, extra in ((cold, []), (warm, ["warm-up"])):
            r = subprocess.run([SPEECH_API, "export", BEES, path, voice, *extra],
                               capture_output=True, text=True, timeout=120)
            require(r.returncode == 0, "export %s failed: %s" % (path, r.stderr))
        with open(cold, "rb") as a, open(warm, "rb") as b:
            same = a.read() == b.read()
        check(same and riff(cold)["samples"] > 22050, "warmed-up export, voice %r: the same file"
              % (voice or "default"))
        if not voice:
            cli = os.path.join(tmp, "cli.wav")
            r = run("-q", "-o", cli, BEES)
            with open(cold, "rb") as a, open(cli, "rb") as b:
                check(r.returncode == 0 and a.read() == b.read(),
                      "the CLI's export is the library's, byte for byte")
        for path in (cold, warm, os.path.join(tmp, "cli.wav")):
            if os.path.exists(path):
                os.unlink(path)


def main():
    tmp = tempfile.mkdtemp(prefix="aloud-export-test-")
    try:
        test_whole_file_and_split(tmp)
        test_ffmetadata_and_selection(tmp)
        test_voices(tmp)
        test_failures_write_nothing(tmp)
        test_interrupt(tmp)
        test_progress_on_terminal(tmp)
        test_speech_text()
        test_warm_up_same_audio(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
