#!/usr/bin/env python3
"""Articles per minute of a batch export (issue 13), with --jobs 1 and more.

usage: bench/batch_speed.py [--aloud build/aloud] [--articles 100] [--jobs 1,2]

Writes ARTICLES local article pages (three to six paragraphs of varied
news prose, 250-500 words), exports them all with `aloud -q -o DIR/
--input-file LIST --jobs N` into a fresh folder for each N, and prints
the wall time, articles per minute, the speed-up over one job, hours of
audio made, the peak RSS of one job (the largest worker or, with one
job, aloud itself: ru_maxrss of the children), and the time of a re-run
of the same command (nothing changed: no audio is made).
"""
import argparse
import json
import os
import resource
import subprocess
import tempfile
import time

SENTENCES = [
    "The council met on Tuesday evening to discuss the harbour's future.",
    "Residents have asked for a third sailing since the spring of 2023.",
    "A spokesperson said the ferry company would attend the next meeting.",
    "Tickets rose by 4.5% last year, to £12.80 for a return crossing.",
    "The school run starts at 7.40am and takes a little under an hour.",
    "Fishermen say the new quay wall has made the winter storms easier.",
    "The lifeboat crew trained twice a week through the dark months.",
    "Volunteers counted 312 seabirds on the cliffs in the June survey.",
]


def page(i):
    paras = []
    for p in range(3 + i % 4):
        paras.append(" ".join(SENTENCES[(i + p + k) % len(SENTENCES)] for k in range(4 + p % 3)))
    body = "".join("<p>%s</p>" % p for p in paras)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Island notice %d'
            '</title></head><body><article><h1>Island notice %d</h1>%s</article></body></html>'
            % (i, i, body))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aloud", default="build/aloud")
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--jobs", default="1,%d" % (os.cpu_count() or 2))
    args = ap.parse_args()
    aloud = os.path.abspath(args.aloud)
    with tempfile.TemporaryDirectory(prefix="aloud-batch-bench-") as tmp:
        lst = os.path.join(tmp, "list.txt")
        with open(lst, "w") as f:
            for i in range(args.articles):
                path = os.path.join(tmp, "a%03d.html" % i)
                with open(path, "w") as p:
                    p.write(page(i))
                f.write(path + "\n")
        base = None
        print("%-6s %9s %12s %8s %11s %12s %10s" % ("jobs", "wall s", "articles/min", "speed-up",
                                                     "audio h", "peak RSS MB", "re-run s"))
        for n, jobs in enumerate(int(j) for j in args.jobs.split(",")):
            out = os.path.join(tmp, "out%d" % n)
            # a fresh process measures its own children's peak
            code = ("import resource,subprocess,sys,time;t=time.monotonic();"
                    "r=subprocess.run(sys.argv[1:]);w=time.monotonic()-t;"
                    "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
                    "print(r.returncode,w,u.ru_maxrss)")
            r = subprocess.run(["python3", "-c", code, aloud, "-q", "-o", out + "/",
                                "--input-file", lst, "--jobs", str(jobs)],
                               capture_output=True, text=True)
            rc, wall, rss = r.stdout.split()
            wall = float(wall)
            with open(os.path.join(out, "manifest.jsonl")) as f:
                rows = [json.loads(line) for line in f]
            ok = sum(1 for e in rows if e["status"] == "ok")
            hours = sum(e.get("duration") or 0 for e in rows) / 3600
            base = base or wall
            t = time.monotonic()
            subprocess.run([aloud, "-q", "-o", out + "/", "--input-file", lst, "--jobs", str(jobs)],
                           capture_output=True)
            again = time.monotonic() - t
            print("%-6d %9.1f %12.1f %8.2f %11.2f %12.1f %10.2f%s" % (
                jobs, wall, ok * 60 / wall, base / wall, hours, int(rss) / 1024, again,
                "" if ok == args.articles and rc == "0" else "  (%d of %d ok, exit %s)" %
                (ok, args.articles, rc)))


if __name__ == "__main__":
    main()
