#!/usr/bin/env python3
"""Many articles in one run (issue 13): aloud -o DIR/ SOURCE... and --input-file.

usage: test_batch.py ALOUD_BIN [CASE...]
       test_batch.py --list

Each case builds its own folder of small article pages (written here, in
several scripts), exports them into a folder and reads back what a script
running aloud every morning relies on: the exit status (0 all, 21 some,
22 none), the summary line, a file per article named by date and title,
and DIR/manifest.jsonl with one line per source. Re-runs must skip what is
unchanged (the file is not rewritten), leave failed sources alone unless
--retry-failed, and re-do what changed.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import wave

ALOUD = None
failures = []
passed = 0

PARAS = [
    "The ferry to the island runs twice a day in winter, at eight in the morning "
    "and at four in the afternoon, and the crossing takes a little under an hour.",
    "Residents say the timetable has not changed in twenty years, although the "
    "number of people who commute to the mainland for work has doubled.",
    "The council will hold a public meeting next month to hear what a third "
    "sailing would mean for the harbour, the car park and the school run.",
]


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def page(path, title, date=None, paras=PARAS, lang="en"):
    meta = '<meta property="article:published_time" content="%s">' % date if date else ""
    body = "".join("<p>%s</p>" % p for p in paras)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">'
                "<title>%s</title>%s</head><body><header><nav><a href=/>Home</a> "
                "<a href=/news>News</a></nav></header><main><article><h1>%s</h1>%s"
                "</article></main><footer>© The Island Courier</footer></body></html>"
                % (lang, title, meta, title, body))
    return path


def run(*args, stdin=None):
    return subprocess.run([ALOUD, *args], capture_output=True, timeout=600,
                          input=stdin)


def manifest(out):
    with open(os.path.join(out, "manifest.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def by_source(entries):
    return {e["source"]: e for e in entries}


def wav_seconds(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def summary(r):
    lines = r.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def case_mixed(tmp):
    """Two pages and a missing file: the batch goes on, exit 20, a line each."""
    a = page(os.path.join(tmp, "a.html"), "Ferry timetable stays the same", "2024-11-05T08:00:00Z")
    b = page(os.path.join(tmp, "b.html"), "A third sailing? Islanders asked")
    missing = os.path.join(tmp, "missing.html")
    out = os.path.join(tmp, "out")
    r = run("-o", out + "/", a, missing, b)
    check(r.returncode == 21, "mixed: exit %d, want 21 (some failed)" % r.returncode)
    check(re.search(r"3 articles: 2 exported, 0 unchanged, 1 failed", summary(r)) is not None,
          "mixed: summary line %r" % summary(r))
    check("missing.html" in r.stderr.decode(), "mixed: the failure names the source")
    check(re.search(r"\[3/3, 0:00:\d\d of audio, 1 failed\] ", r.stderr.decode()) is not None,
          "mixed: progress counts done, audio and failures: %r" % r.stderr.decode())
    m = by_source(manifest(out))
    check(set(m) == {a, missing, b}, "mixed: one manifest line per source")
    check(m[a]["file"] == "2024-11-05-ferry-timetable-stays-the-same.wav",
          "mixed: dated, slugged name, got %r" % m[a]["file"])
    check(m[b]["file"] == "a-third-sailing-islanders-asked.wav",
          "mixed: undated name, got %r" % m[b]["file"])
    for src in (a, b):
        e = m[src]
        path = os.path.join(out, e["file"])
        check(e["status"] == "ok" and e["exit_code"] == 0 and e["error"] is None,
              "mixed: %s recorded as ok" % src)
        check(os.path.isfile(path), "mixed: %s exists" % e["file"])
        if os.path.isfile(path):
            check(abs(wav_seconds(path) - e["duration"]) < 0.01 and e["duration"] > 5,
                  "mixed: manifest duration %.2f matches the WAV" % e["duration"])
        check(e["sections"] >= 1 and re.fullmatch(r"[0-9a-f]{16}", e["hash"] or ""),
              "mixed: sections and hash recorded for %s" % src)
        check(e["title"] and e["title"] in (
            "Ferry timetable stays the same", "A third sailing? Islanders asked"),
              "mixed: title recorded for %s" % src)
    check(m[missing]["status"] == "failed" and m[missing]["exit_code"] == 3 and
          "No such file" in (m[missing]["error"] or ""), "mixed: the missing file's failure")
    check(sorted(os.listdir(out)) == sorted([m[a]["file"], m[b]["file"], "manifest.jsonl"]),
          "mixed: nothing else in the folder: %r" % os.listdir(out))
    return a, b, missing, out


def case_rerun(tmp):
    """A re-run skips what is unchanged and what failed; --retry-failed retries."""
    a, b, missing, out = case_mixed(tmp)
    stats = {f: os.stat(os.path.join(out, f)).st_mtime_ns for f in os.listdir(out)}
    r = run("-o", out, a, missing, b)
    check(r.returncode == 21, "rerun: exit %d, want 21" % r.returncode)
    check("0 exported, 2 unchanged, 1 failed" in summary(r), "rerun: summary %r" % summary(r))
    check("--retry-failed" in r.stderr.decode(), "rerun: says how to retry")
    for f, t in stats.items():
        if f != "manifest.jsonl":
            check(os.stat(os.path.join(out, f)).st_mtime_ns == t, "rerun: %s not rewritten" % f)
    page(missing, "Harbour car park to close for repairs", "2024-11-06")
    r = run("-o", out, a, missing, b)
    check(r.returncode == 21, "rerun: without --retry-failed the old failure stands")
    r = run("--retry-failed", "-o", out, a, missing, b)
    check(r.returncode == 0, "rerun: --retry-failed exit %d, want 0" % r.returncode)
    check("1 exported, 2 unchanged, 0 failed" in summary(r), "rerun: retry summary %r" % summary(r))
    m = by_source(manifest(out))
    check(m[missing]["status"] == "ok" and
          m[missing]["file"] == "2024-11-06-harbour-car-park-to-close-for-repairs.wav",
          "rerun: the retried source is exported")


def case_changed(tmp):
    """A page that changed is exported again; a new title renames its file."""
    a = page(os.path.join(tmp, "a.html"), "Ferry timetable stays the same", "2024-11-05")
    out = os.path.join(tmp, "out")
    check(run("-q", "-o", out + "/", a, a).returncode == 0, "changed: first run")
    first = manifest(out)
    check(len(first) == 1, "changed: a source given twice is one article")
    old = first[0]
    page(a, "Ferry timetable stays the same", "2024-11-05",
         PARAS + ["A spokesperson for the ferry company said it would attend."])
    r = run("-o", out + "/", a)
    check(r.returncode == 0 and "1 exported" in summary(r), "changed: new text re-exported")
    new = manifest(out)[0]
    check(new["hash"] != old["hash"] and new["file"] == old["file"] and
          new["duration"] > old["duration"], "changed: same name, new audio")
    page(a, "Ferry timetable to change in spring", "2024-11-05")
    r = run("-o", out + "/", a)
    renamed = manifest(out)[0]
    check(renamed["file"] == "2024-11-05-ferry-timetable-to-change-in-spring.wav",
          "changed: renamed with its title: %r" % renamed["file"])
    check(sorted(os.listdir(out)) == sorted([renamed["file"], "manifest.jsonl"]),
          "changed: the old file is gone: %r" % os.listdir(out))
    r = run("-o", out + "/", "--voice", "en-gb", a)
    check("1 exported" in summary(r), "changed: another voice is another export")


def case_input_file(tmp):
    """--input-file: one source a line, comments and blanks skipped; - is stdin."""
    a = page(os.path.join(tmp, "a.html"), "Ferry timetable stays the same")
    b = page(os.path.join(tmp, "b.html"), "Harbour car park to close")
    lst = os.path.join(tmp, "list.txt")
    with open(lst, "w") as f:
        f.write("# this morning's reading\n\n  %s  \n# %s\n%s\n" % (a, "skipped.html", b))
    out = os.path.join(tmp, "out")
    r = run("-o", out + "/", "--input-file", lst)
    check(r.returncode == 0, "input_file: exit %d" % r.returncode)
    check([e["source"] for e in manifest(out)] == [a, b], "input_file: the listed sources, in order")
    out2 = os.path.join(tmp, "out2")
    r = run("-o", out2 + "/", "--input-file", "-", stdin=("%s\n" % b).encode())
    check(r.returncode == 0 and [e["source"] for e in manifest(out2)] == [b],
          "input_file: - reads the list from stdin")
    r = run("-o", out + "/", "--input-file", os.path.join(tmp, "nolist.txt"))
    check(r.returncode == 2 and "nolist.txt" in r.stderr.decode(),
          "input_file: a missing list is a usage error naming it")


def case_none(tmp):
    """Every source failing is exit 21; nothing but the manifest is written."""
    out = os.path.join(tmp, "out")
    nav = os.path.join(tmp, "nav.html")
    with open(nav, "w") as f:
        f.write("<html><body><nav>" + " ".join("<a href=/%d>Section %d</a>" % (i, i)
                                                for i in range(40)) + "</nav></body></html>")
    r = run("-o", out + "/", os.path.join(tmp, "x.html"), nav)
    check(r.returncode == 22, "none: exit %d, want 22" % r.returncode)
    m = by_source(manifest(out))
    check(m[nav]["exit_code"] == 13 and m[nav]["status"] == "failed",
          "none: no readable article recorded with its exit code 13")
    check(os.listdir(out) == ["manifest.jsonl"], "none: no audio written")


def case_names(tmp):
    """File names keep the title's letters in any script; equal titles get -2."""
    g = page(os.path.join(tmp, "g.html"), "Το πλοίο της Κυριακής", "2024-11-10", lang="el", paras=[
        "Το πλοίο για το νησί φεύγει δύο φορές την ημέρα τον χειμώνα, στις οκτώ το πρωί "
        "και στις τέσσερις το απόγευμα, και το ταξίδι κρατά λίγο λιγότερο από μία ώρα.",
        "Οι κάτοικοι λένε ότι το πρόγραμμα δεν έχει αλλάξει εδώ και είκοσι χρόνια, "
        "αν και όσοι πηγαίνουν καθημερινά στη στεριά για δουλειά έχουν διπλασιαστεί."])
    one = page(os.path.join(tmp, "one.html"), "Letters to the editor")
    two = page(os.path.join(tmp, "two.html"), "Letters to the editor",
               paras=PARAS[::-1])
    out = os.path.join(tmp, "out")
    r = run("-q", "-o", out + "/", g, one, two)
    check(r.returncode == 0, "names: exit %d" % r.returncode)
    m = by_source(manifest(out))
    check(m[g]["file"] == "2024-11-10-Το-πλοίο-της-Κυριακής.wav",
          "names: Greek letters kept: %r" % m[g]["file"])
    check(m[one]["file"] == "letters-to-the-editor.wav" and
          m[two]["file"] == "letters-to-the-editor-2.wav",
          "names: the second equal title gets -2: %r %r" % (m[one]["file"], m[two]["file"]))
    r = run("-q", "-o", out + "/", two, one)
    m = by_source(manifest(out))
    check(m[two]["file"] == "letters-to-the-editor-2.wav", "names: stable across runs")


def case_usage(tmp):
    """Several sources need -o DIR/; bad combinations are usage errors."""
    a = page(os.path.join(tmp, "a.html"), "Ferry timetable stays the same")
    r = run(a, a)
    check(r.returncode == 2 and "-o DIR/" in r.stderr.decode(), "usage: several sources, no -o")
    r = run("--text", a, a)
    check(r.returncode == 2, "usage: several sources with --text")
    r = run("-o", os.path.join(tmp, "o") + "/", "--split", os.path.join(tmp, "s"), a, a)
    check(r.returncode == 2, "usage: batch with --split")
    r = run("-o", os.path.join(tmp, "o") + "/", "--format", "ogg-vorbis", a)
    check(r.returncode == 2 and not os.path.exists(os.path.join(tmp, "o")),
          "usage: unknown format refused before anything is written")
    r = run("-o", os.path.join(tmp, "f") + "/", "--input-file", "/dev/null")
    check(r.returncode == 2 and "no sources" in r.stderr.decode(), "usage: an empty list")


def case_control_chars(tmp):
    """A source from a list file never puts escape sequences on the terminal."""
    lst = os.path.join(tmp, "list.txt")
    with open(lst, "wb") as f:
        f.write(b"/nowhere/\x1b]2;owned\x07page\x1b[31m.html\n")
    r = run("-o", os.path.join(tmp, "out") + "/", "--input-file", lst)
    check(r.returncode == 22, "control_chars: exit %d" % r.returncode)
    check(b"\x1b" not in r.stderr and b"\x07" not in r.stderr,
          "control_chars: no escape reaches stderr: %r" % r.stderr)


def case_podcast(tmp):
    """--podcast: feed.xml a podcast app reads over HTTP, chapters per episode."""
    import http.server
    import threading
    import urllib.request
    import xml.etree.ElementTree as ET
    a = page(os.path.join(tmp, "a.html"), "Ferry timetable stays the same", "2024-11-05T08:00:00Z")
    b = os.path.join(tmp, "b.html")
    with open(b, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Three '
                'sailings & a car park</title><meta name="author" content="Ann Quayle"></head>'
                "<body><article><h1>Three sailings &amp; a car park</h1><p>%s</p><h2>The harbour"
                "</h2><p>%s</p><h2>The school run</h2><p>%s</p></article></body></html>" % tuple(PARAS))
    out = os.path.join(tmp, "pod")
    os.mkdir(out)
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=tmp)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d/pod" % server.server_address[1]
    try:
        r = run("-q", "-o", out + "/", "--podcast-title", "Island <news>", "--podcast-url", base,
                a, b, os.path.join(tmp, "missing.html"))
        check(r.returncode == 21, "podcast: exit %d, want 21" % r.returncode)
        m = by_source(manifest(out))
        with urllib.request.urlopen(base + "/feed.xml", timeout=30) as resp:
            feed = ET.fromstring(resp.read())
        ns = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
              "podcast": "https://podcastindex.org/namespace/1.0"}
        channel = feed.find("channel")
        check(feed.get("version") == "2.0" and channel.findtext("title") == "Island <news>",
              "podcast: RSS 2.0 with the title given")
        items = channel.findall("item")
        check(len(items) == 2, "podcast: one item per exported article, not the failed one")
        guids = {}
        for item in items:
            title = item.findtext("title")
            src = a if title.startswith("Ferry") else b
            e = m[src]
            enc = item.find("enclosure")
            url = enc.get("url")
            check(url == base + "/" + e["file"], "podcast: enclosure URL %r" % url)
            with urllib.request.urlopen(url, timeout=30) as resp:
                body = resp.read()
            check(len(body) == int(enc.get("length")) == os.path.getsize(os.path.join(out, e["file"])),
                  "podcast: the enclosure's exact length")
            check(enc.get("type") == "audio/wav", "podcast: MIME type %r" % enc.get("type"))
            check(int(item.findtext("itunes:duration", namespaces=ns)) == round(e["duration"]),
                  "podcast: itunes:duration")
            guids[src] = item.findtext("guid")
            chap = item.find("podcast:chapters", ns)
            with urllib.request.urlopen(chap.get("url"), timeout=30) as resp:
                chapters = json.loads(resp.read())["chapters"]
            starts = [c["startTime"] for c in chapters]
            check(len(chapters) == e["sections"] and starts[0] == 0 and starts == sorted(starts)
                  and starts[-1] < e["duration"], "podcast: chapters of %s: %r" % (title, chapters))
            if src == b:
                check([c["title"] for c in chapters] == ["Introduction", "The harbour", "The school run"],
                      "podcast: chapter titles are the headings")
                check(item.findtext("itunes:author", namespaces=ns) == "Ann Quayle",
                      "podcast: the byline as the episode's author")
            else:
                check(item.findtext("pubDate") == "Tue, 05 Nov 2024 08:00:00 +0000",
                      "podcast: pubDate from the article's date: %r" % item.findtext("pubDate"))
        check(len(set(guids.values())) == 2, "podcast: distinct GUIDs")
        page(a, "Ferry timetable to change in spring", "2024-11-05T08:00:00Z")
        run("-q", "-o", out + "/", "--podcast-url", base, a, b)
        feed = ET.parse(os.path.join(out, "feed.xml")).getroot()
        again = {i.findtext("guid") for i in feed.find("channel").findall("item")}
        check(again == set(guids.values()), "podcast: GUIDs stable when an article changes")
        check(not any(f.endswith(".tmp") or f.endswith(".ffmeta") for f in os.listdir(out)),
              "podcast: no temporary files left: %r" % os.listdir(out))
        check(sorted(f for f in os.listdir(out) if f.endswith(".chapters.json")) ==
              sorted(e["chapters"] for e in manifest(out) if e["status"] == "ok"),
              "podcast: the renamed article's old chapters file is gone")
    finally:
        server.shutdown()


def case_jobs(tmp):
    """--jobs N: worker processes, the same names, lines and audio as in order."""
    srcs = [page(os.path.join(tmp, "a.html"), "Letters to the editor"),
            page(os.path.join(tmp, "b.html"), "Ferry timetable stays the same", "2024-11-05",
                 PARAS + PARAS),
            os.path.join(tmp, "missing.html"),
            page(os.path.join(tmp, "c.html"), "Letters to the editor", paras=PARAS[:1]),
            page(os.path.join(tmp, "d.html"), "Harbour car park to close", "2024-11-03")]
    runs = {}
    for jobs in ("1", "2", "4"):
        out = os.path.join(tmp, "out" + jobs)
        r = run("-o", out + "/", "--jobs", jobs, *srcs)
        check(r.returncode == 21, "jobs %s: exit %d, want 21" % (jobs, r.returncode))
        check("5 articles: 4 exported, 0 unchanged, 1 failed" in summary(r),
              "jobs %s: summary %r" % (jobs, summary(r)))
        m = manifest(out)
        check([e["source"] for e in m] == srcs, "jobs %s: manifest in the sources' order" % jobs)
        check(not any(f.startswith(".") for f in os.listdir(out)),
              "jobs %s: no temporary file left: %r" % (jobs, os.listdir(out)))
        runs[jobs] = (out, m)
    names = {j: [e["file"] for e in m] for j, (out, m) in runs.items()}
    check(names["1"] == names["2"] == names["4"] and names["1"][0] == "letters-to-the-editor.wav"
          and names["1"][3] == "letters-to-the-editor-2.wav",
          "jobs: the same names whatever the number of jobs: %r" % names)
    for e2, e4, e1 in zip(runs["2"][1], runs["4"][1], runs["1"][1]):
        if e2["status"] != "ok":
            continue
        with open(os.path.join(runs["2"][0], e2["file"]), "rb") as f2, \
                open(os.path.join(runs["4"][0], e4["file"]), "rb") as f4:
            check(f2.read() == f4.read(), "jobs: %s identical with 2 and 4 jobs" % e2["file"])
        check(abs(e1["duration"] - e2["duration"]) < 0.02 * e1["duration"] and
              e1["hash"] == e2["hash"], "jobs: %s as long as with one job" % e1["file"])
    r = run("-o", runs["4"][0] + "/", "-j", "4", *srcs)
    check("0 exported, 4 unchanged, 1 failed" in summary(r), "jobs: re-run unchanged")
    r = run("-o", os.path.join(tmp, "x") + "/", "--jobs", "0", srcs[0])
    check(r.returncode == 2, "jobs: --jobs 0 is a usage error")


def case_shards(tmp):
    """--shard K/N on N machines at once, then --merge-manifests (docs/batch.md)."""
    titles = ["Ferry timetable stays the same", "Harbour car park to close", "Letters to the editor",
              "School bus times change", "Summer fete raises record sum", "Letters to the editor",
              "New lifeboat named after keeper"]
    srcs = [page(os.path.join(tmp, "p%d.html" % i), t, "2024-11-%02d" % (i + 1))
            for i, t in enumerate(titles)]
    lst = os.path.join(tmp, "list.txt")
    with open(lst, "w") as f:
        f.write("\n".join(srcs) + "\n")
    out = os.path.join(tmp, "shared")
    procs = [subprocess.Popen([ALOUD, "-q", "-o", out + "/", "--input-file", lst,
                               "--shard", "%d/3" % k], stderr=subprocess.PIPE)
             for k in (1, 2, 3)]                       # three machines, one folder
    codes = [p.wait(timeout=600) for p in procs]
    check(codes == [0, 0, 0], "shards: every shard succeeds: %r" % codes)
    seen = []
    for k in (1, 2, 3):
        path = os.path.join(out, "manifest-%d-of-3.jsonl" % k)
        if os.path.exists(path):
            with open(path) as f:
                seen += [json.loads(line)["source"] for line in f if line.strip()]
    check(sorted(seen) == sorted(srcs), "shards: every source in exactly one shard: %r" % seen)
    r = run("-o", out + "/", "--merge-manifests", "--podcast", "--podcast-url", "http://h.example/p")
    check(r.returncode == 0, "shards: merge exit %d: %r" % (r.returncode, r.stderr))
    m = manifest(out)
    files = [e["file"] for e in m]
    check(sorted(e["source"] for e in m) == sorted(srcs) and len(set(files)) == 7 and
          all(os.path.isfile(os.path.join(out, f)) for f in files),
          "shards: the merged manifest lists 7 distinct files: %r" % files)
    import xml.etree.ElementTree as ET
    items = ET.parse(os.path.join(out, "feed.xml")).getroot().find("channel").findall("item")
    check(len(items) == 7, "shards: the merged podcast has every episode")
    r = run("-q", "-o", out + "/", "--input-file", lst, "--shard", "2/3")
    check(r.returncode == 0 and "exported" not in summary(r) or "0 exported" in summary(r),
          "shards: a shard's re-run does no work")
    r = run("-o", out + "/", "--shard", "4/3", srcs[0])
    check(r.returncode == 2, "shards: 4/3 is a usage error")


def case_scale_out(tmp):
    """docs/batch.md's commands: GNU parallel, a Slurm array, a Kubernetes
    Indexed Job (each task run here with the variables its scheduler sets)."""
    import shutil
    srcs = [page(os.path.join(tmp, "p%d.html" % i), "Island notice number %d" % i)
            for i in range(6)]
    lst = os.path.join(tmp, "list.txt")
    with open(lst, "w") as f:
        f.write("\n".join(srcs) + "\n")

    def merged(out, what):
        r = run("-q", "-o", out + "/", "--merge-manifests")
        m = manifest(out) if r.returncode == 0 else []
        check(sorted(e["source"] for e in m) == sorted(srcs) and
              all(e["status"] == "ok" for e in m), "scale_out: %s covers every source" % what)

    out = os.path.join(tmp, "parallel")
    if shutil.which("parallel"):
        r = subprocess.run(["parallel", "--jobs", "3", ALOUD, "-q", "-o", out + "/",
                            "--input-file", lst, "--shard", "{}/3", ":::", "1", "2", "3"],
                           capture_output=True, timeout=600)
        check(r.returncode == 0, "scale_out: GNU parallel exit %d: %r" % (r.returncode, r.stderr))
        merged(out, "GNU parallel")
    else:
        check(False, "scale_out: GNU parallel is not installed (scripts/install-deps.sh)")
    out = os.path.join(tmp, "slurm")
    slurm = 'aloud -q -o %s/ --input-file %s --jobs 2 --shard "$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT"'
    tasks = [subprocess.Popen(["sh", "-c", slurm % (out, lst)], env=dict(
        os.environ, PATH=os.path.dirname(ALOUD) + ":" + os.environ["PATH"],
        SLURM_ARRAY_TASK_ID=str(k), SLURM_ARRAY_TASK_COUNT="4")) for k in range(1, 5)]
    check([t.wait(timeout=600) for t in tasks] == [0] * 4, "scale_out: Slurm array tasks")
    merged(out, "a Slurm array")
    out = os.path.join(tmp, "k8s")
    k8s = "aloud -q -o %s/ --input-file %s --shard $((JOB_COMPLETION_INDEX + 1))/8"
    pods = [subprocess.Popen(["sh", "-c", k8s % (out, lst)], env=dict(
        os.environ, PATH=os.path.dirname(ALOUD) + ":" + os.environ["PATH"],
        JOB_COMPLETION_INDEX=str(k))) for k in range(8)]
    check([p.wait(timeout=600) for p in pods] == [0] * 8, "scale_out: Kubernetes pods")
    merged(out, "a Kubernetes Indexed Job")


def slow_site(tmp, n, delay=0.0):
    """N article pages and failing paths on a local server: (base, server, site).
    /slow.html answers after 5 s; /big.html is 3 MB; /image.html is a PNG."""
    import http.server
    import threading
    import time
    site = os.path.join(tmp, "site")
    os.makedirs(site, exist_ok=True)
    for i in range(n):
        page(os.path.join(site, "a%02d.html" % i), "Island notice number %d" % i,
             "2024-11-%02d" % (i % 28 + 1), PARAS[i % 3:] + PARAS[:i % 3])
    with open(os.path.join(site, "big.html"), "w") as f:
        f.write("<html><body><article><p>" + "The harbour wall. " * 200000 + "</p></article></body></html>")
    with open(os.path.join(site, "image.html"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(2000))

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args):
            super().__init__(*args, directory=site)

        def log_message(self, *args):
            pass

        def guess_type(self, path):
            return "image/png" if path.endswith("image.html") else super().guess_type(path)

        def do_GET(self):
            if self.path == "/slow.html":
                time.sleep(5)
            elif delay:
                time.sleep(delay)
            try:
                super().do_GET()
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return "http://127.0.0.1:%d" % server.server_address[1], server, site


def case_twenty(tmp):
    """Twenty sources over HTTP, four failing: 404, timeout, not HTML, too large."""
    base, server, site = slow_site(tmp, 16)
    good = ["%s/a%02d.html" % (base, i) for i in range(16)]
    bad = {base + "/gone.html": 8, base + "/slow.html": 7, base + "/image.html": 11,
           base + "/big.html": 10}
    lst = os.path.join(tmp, "list.txt")
    with open(lst, "w") as f:
        f.write("\n".join(good[:8] + list(bad) + good[8:]) + "\n")
    out = os.path.join(tmp, "out")
    args = ["-o", out + "/", "--input-file", lst, "--timeout", "2", "--max-size", "1M", "-j", "2"]
    try:
        r = run(*args)
        check(r.returncode == 21, "twenty: exit %d, want 21" % r.returncode)
        check("20 articles: 16 exported, 0 unchanged, 4 failed" in summary(r),
              "twenty: summary %r" % summary(r))
        m = by_source(manifest(out))
        for src, code in bad.items():
            check(m[src]["status"] == "failed" and m[src]["exit_code"] == code,
                  "twenty: %s failed with %d: %r" % (src, code, m[src]))
        check(all(m[g]["status"] == "ok" and os.path.isfile(os.path.join(out, m[g]["file"]))
                  for g in good), "twenty: the 16 readable articles exported")
        times = {f: os.stat(os.path.join(out, f)).st_mtime_ns for f in os.listdir(out)
                 if f.endswith(".wav")}
        r = run(*args)
        check("0 exported, 16 unchanged, 4 failed" in summary(r), "twenty: re-run %r" % summary(r))
        check(all(os.stat(os.path.join(out, f)).st_mtime_ns == t for f, t in times.items()),
              "twenty: a re-run writes no audio")
        page(os.path.join(site, "a05.html"), "Island notice number 5", "2024-11-06",
             PARAS + ["The harbour master has since resigned."])
        r = run(*args)
        check("1 exported, 15 unchanged, 4 failed" in summary(r),
              "twenty: one changed article is the only one re-done: %r" % summary(r))
        changed = [f for f, t in times.items()
                   if os.stat(os.path.join(out, f)).st_mtime_ns != t]
        check(changed == [m[good[5]]["file"]], "twenty: only its file rewritten: %r" % changed)
    finally:
        server.shutdown()


def case_interrupt(tmp):
    """Ctrl-C: finished files and their lines stay, no partial file is left."""
    import signal
    import time
    base, server, site = slow_site(tmp, 12, delay=0.4)
    out = os.path.join(tmp, "out")
    try:
        p = subprocess.Popen([ALOUD, "-o", out + "/"] + ["%s/a%02d.html" % (base, i) for i in range(12)],
                             stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (
                os.path.isdir(out) and len([f for f in os.listdir(out) if f.endswith(".wav")]) >= 3):
            time.sleep(0.05)
        p.send_signal(signal.SIGINT)
        p.wait(timeout=60)
        check(p.returncode == 130, "interrupt: exit %d, want 130" % p.returncode)
        m = manifest(out)
        files = sorted(f for f in os.listdir(out) if f != "manifest.jsonl")
        check(3 <= len(m) < 12 and all(e["status"] == "ok" for e in m),
              "interrupt: the finished articles are in the manifest: %d" % len(m))
        check(files == sorted(e["file"] for e in m),
              "interrupt: exactly their files, no partial one: %r" % files)
        for e in m:
            check(abs(wav_seconds(os.path.join(out, e["file"])) - e["duration"]) < 0.01,
                  "interrupt: %s is whole" % e["file"])
        r = run("-q", "-o", out + "/", *["%s/a%02d.html" % (base, i) for i in range(12)])
        check(r.returncode == 0 and "%d unchanged" % len(m) in summary(r),
              "interrupt: the next run goes on where it stopped: %r" % summary(r))
    finally:
        server.shutdown()


def serve(root, log=None):
    """A local HTTP server for ROOT: (base URL, server); LOG gets (path, status)."""
    import http.server
    import threading

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args):
            super().__init__(*args, directory=root)

        def log_message(self, *args):
            pass

        def log_request(self, code="-", size="-"):
            if log is not None:
                log.append((self.path, int(code)))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return "http://127.0.0.1:%d" % server.server_address[1], server


def case_polite(tmp):
    """Per host: at most 2 requests at once, and a second between their starts."""
    import http.server
    import threading
    import time
    site = os.path.join(tmp, "site")
    os.mkdir(site)
    for i in range(4):
        page(os.path.join(site, "p%d.html" % i), "Notice number %d from the harbour" % i)
    seen, lock = [], threading.Lock()

    class Slow(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args):
            super().__init__(*args, directory=site)

        def log_message(self, *args):
            pass

        def do_GET(self):
            start = time.monotonic()
            time.sleep(1.5)
            super().do_GET()
            with lock:
                seen.append((start, time.monotonic()))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    try:
        r = run("-q", "-j", "4", "-o", os.path.join(tmp, "out") + "/",
                *["%s/p%d.html" % (base, i) for i in range(4)])
        check(r.returncode == 0 and len(seen) == 4, "polite: all four read: %r" % r.stderr[-200:])
        starts = sorted(a for a, _ in seen)
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        # aloud counts the second from each worker's start; the worker's own
        # start-up (longer under ASan on a loaded machine) shifts when its
        # request reaches the server, so one gap may look shorter by that
        # jitter while the requests as a whole keep a second apart
        check(all(g >= 0.6 for g in gaps) and
              all(s - starts[0] >= 0.95 * i for i, s in enumerate(starts)),
              "polite: a second between starts: %r" % gaps)
        most = max(sum(1 for a, b in seen if a <= t < b) for t, _ in seen)
        check(most <= 2, "polite: at most 2 at once on one host, saw %d" % most)
    finally:
        server.shutdown()


def case_feeds(tmp):
    """An RSS or Atom feed as a source expands to its items, newest first."""
    site = os.path.join(tmp, "site")
    os.mkdir(site)
    page(os.path.join(site, "ferry.html"), "Ferry timetable stays the same", "2024-11-05")
    page(os.path.join(site, "harbour.html"), "Harbour car park to close", "2024-11-03")
    page(os.path.join(site, "old.html"), "Summer fete raises record sum", "2024-07-01")
    requests = []
    base, server = serve(site, requests)
    full_text = "".join("<p>%s</p>" % p for p in PARAS)
    with open(os.path.join(site, "feed.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
                "<channel><title>The Island Courier</title><link>%s/</link>"
                "<item><title>Harbour car park to close</title><link>%s/harbour.html</link>"
                "<pubDate>Sun, 03 Nov 2024 09:00:00 +0000</pubDate><description>Short.</description></item>"
                "<item><title>School bus times change</title><link>%s/gone.html</link>"
                "<pubDate>Mon, 04 Nov 2024 07:30:00 GMT</pubDate>"
                "<content:encoded><![CDATA[%s]]></content:encoded></item>"
                "<item><title>Ferry timetable stays the same</title><link>%s/ferry.html</link>"
                "<pubDate>Tue, 05 Nov 2024 08:00:00 +0100</pubDate></item>"
                "<item><title>Summer fete raises record sum</title><link>%s/old.html</link>"
                "<pubDate>Mon, 01 Jul 2024 12:00:00 +0000</pubDate></item>"
                "</channel></rss>" % (base, base, base, full_text, base, base))
    with open(os.path.join(site, "atom.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                "<title>Courier (Atom)</title><entry><title>Ferry timetable stays the same</title>"
                '<link rel="alternate" href="ferry.html"/><updated>2024-11-05T08:00:00Z</updated>'
                "</entry></feed>")
    try:
        r = run(base + "/feed.xml")
        check(r.returncode == 20 and b"feed" in r.stderr, "feeds: one feed, no -o: exit 20 naming it")
        out = os.path.join(tmp, "out")
        r = run("-o", out + "/", "--since", "2024-11-01", base + "/feed.xml")
        check(r.returncode == 0, "feeds: exit %d: %r" % (r.returncode, r.stderr[-300:]))
        check("3 articles (from 1 feed): 3 exported" in summary(r), "feeds: summary %r" % summary(r))
        sources = [e["source"] for e in manifest(out)]
        check(sources == [base + "/ferry.html", base + "/gone.html", base + "/harbour.html"],
              "feeds: newest first, --since applied: %r" % sources)
        m = by_source(manifest(out))
        gone = m.get(base + "/gone.html", {})
        check(gone.get("status") == "ok" and gone.get("title") == "School bus times change",
              "feeds: an unreadable page falls back to the feed's full text")
        del requests[:]
        r = run("-o", out + "/", "--since", "2024-11-01", base + "/feed.xml")
        check(r.returncode == 0 and "0 exported, 3 unchanged" in summary(r),
              "feeds: a re-run finds the items unchanged: %r" % summary(r))
        check(("/feed.xml", 304) in requests,
              "feeds: the re-run asks for the feed conditionally (304): %r" % requests)
        out2 = os.path.join(tmp, "out2")
        r = run("-q", "-o", out2 + "/", "--limit", "1", base + "/feed.xml", base + "/atom.xml")
        check([e["source"] for e in manifest(out2)] == [base + "/ferry.html"],
              "feeds: --limit 1 takes the newest; Atom's relative link is the same page")
        r = run("-q", "-o", out2 + "/", "--limit", "1", base + "/atom.xml")
        check(r.returncode == 0 and "1 unchanged" in summary(r), "feeds: Atom entry read")
    finally:
        server.shutdown()


CASES = {name[5:]: fn for name, fn in sorted(globals().items()) if name.startswith("case_")}


def main():
    global ALOUD
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        print("\n".join(CASES))
        return 0
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    ALOUD = os.path.abspath(sys.argv[1])
    for name in sys.argv[2:] or list(CASES):
        with tempfile.TemporaryDirectory(prefix="aloud-batch-") as tmp:
            CASES[name](tmp)
    print("%d checks passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
