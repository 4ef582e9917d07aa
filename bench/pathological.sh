#!/bin/sh
# Pathological inputs (issue 6): time and peak memory of `aloud --text` on
# generated pages of 2.5, 5, 10 and 20 MiB for each shape a hostile or
# merely huge page can take, and the growth exponent of the CPU time
# (time(20 MiB) / time(2.5 MiB) = 8^k: k = 1 is linear, k = 2 quadratic).
#
#   bench/pathological.sh [BUILD_DIR] [MAX_MIB]
#
# Fails (exit 1) when a shape grows faster than k = 1.4, when a 20 MiB
# page takes more than 30 s of CPU or 1 GiB of memory, or when aloud
# crashes. A shape whose largest pages have more than 500,000 elements is
# refused by design (exit 10, "too complex"): its figures are for the
# sizes read. Needs python3 only.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
max_mib=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

python3 - "$build/aloud" "$work" "$max_mib" <<'EOF'
import math, os, subprocess, sys, time

aloud, work, max_mib = sys.argv[1], sys.argv[2], float(sys.argv[3])
MiB = 1 << 20
SIZES = [max_mib / 8, max_mib / 4, max_mib / 2, max_mib]
S = ("The keeper wrote down the weather, the ships that passed and the birds "
     "that rested on the rail, every four hours, for thirty-one years. ")
HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><article><h1>Bench</h1>'

# name: (what, prefix, unit repeated to the size, suffix)
SHAPES = {
    "document":      ("sections of paragraphs", HEAD, "<h2>A section</h2>" + ("<p>" + S * 3 + "</p>") * 8, "</article></body></html>"),
    "text-run":      ("one 20 MiB text node", HEAD + "<p>", S, "</p></article></body></html>"),
    "inline-run":    ("one paragraph of <b> siblings", HEAD + "<p>", "<b>" + S[:40] + "</b> ", "</p></article></body></html>"),
    "br-run":        ("one paragraph of <br> lines", HEAD + "<p>", S[:40] + "<br>", "</p></article></body></html>"),
    "paragraphs":    ("sibling <p>s", HEAD, "<p>" + S[:60] + "</p>", "</article></body></html>"),
    "list-items":    ("one <ul> of <li>s", HEAD + "<ul>", "<li>" + S[:45] + "</li>", "</ul></article></body></html>"),
    "table-rows":    ("one data table of rows", HEAD + "<table><tr><th>A</th><th>B</th></tr>", "<tr><td>" + S[:60] + "</td><td>" + S[60:120] + "</td></tr>", "</table></article></body></html>"),
    "sections":      ("a heading per paragraph", HEAD, "<h2>" + S[:30] + "</h2><p>" + S + "</p>", "</article></body></html>"),
    "deep-divs":     ("<div>s nested all the way", HEAD + "<p>" + S * 4 + "</p>", "<div>", "<p>" + S * 4 + "</p></article></body></html>"),
    "deep-boxes":    ("<div>s nested, each a short line and a line", HEAD, "<div><p>Ann 1 2</p><p>" + S[:40] + "</p>", "</article></body></html>"),
    "deep-quotes":   ("<blockquote>s nested, each an embedded post", HEAD, '<blockquote><a href="https://twitter.com/x">@x</a><p>' + S[:40] + "</p>", "</article></body></html>"),
    "deep-lists":    ("<ul><li> nested all the way", HEAD + "<p>" + S * 4 + "</p>", "<ul><li>", "<p>" + S * 4 + "</p></article></body></html>"),
    "style-spaces":  ("one style attribute of spaces", HEAD + '<div style="', " ", 'color:red"><p>' + S * 4 + "</p></div></article></body></html>"),
    "style-rules":   ("one <style> of hiding rules, at-rules and braces", HEAD + "<style>", ".promo{display:none} .a .b{display:block} @media print{.c{display:none}} {{ }} ", "</style><p>" + S * 4 + "</p></article></body></html>"),
    "entities":      ("character references", HEAD + "<p>", "&amp;&#x263A;&lt;&eacute; ", "</p></article></body></html>"),
    "author-links":  ("links to authors' pages, each in a box", HEAD + "<p>" + S * 4 + "</p>", '<div><a href="/author/u7">user7</a></div>', "</article></body></html>"),
    "label-boxes":   ("chrome labels, each over a short box", HEAD + "<p>" + S * 4 + "</p>", "<p>Also on The Site:</p><div><p>" + S[:24] + "</p></div>", "</article></body></html>"),
}

def generate(path, prefix, unit, suffix, size):
    n = max(1, int((size - len(prefix) - len(suffix)) // len(unit)))
    with open(path, "w", encoding="utf-8") as f:
        f.write(prefix)
        chunk = unit * max(1, 65536 // len(unit))
        per = max(1, 65536 // len(unit))
        for _ in range(n // per):
            f.write(chunk)
        f.write(unit * (n % per))
        f.write(suffix)

def measure(path):
    start = time.monotonic()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen([aloud, "--max-size", "%dM" % (max_mib + 8), "--text", path],
                                stdout=null, stderr=subprocess.PIPE)
        err = proc.stderr.read()
        _, status, ru = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), ru.ru_utime + ru.ru_stime, wall, ru.ru_maxrss / 1024, err

failed = []
print("%-13s %-32s %9s %6s %8s %8s %9s" % ("shape", "", "size", "exit", "cpu s", "wall s", "peak MB"))
for name, (what, prefix, unit, suffix) in SHAPES.items():
    cpu_read = {}
    for size in SIZES:
        path = os.path.join(work, "%s.html" % name)
        generate(path, prefix, unit, suffix, int(size * MiB))
        code, cpu, wall, rss, err = measure(path)
        os.unlink(path)
        print("%-13s %-32s %7.1f M %6d %8.2f %8.2f %9.1f" % (name, what, size, code, cpu, wall, rss), flush=True)
        what = ""
        if code < 0 or code not in (0, 10, 13):
            failed.append("%s %.1f MiB: exit %d %s" % (name, size, code, err.decode(errors="replace").strip()))
        elif code == 10 and b"too complex" not in err:
            failed.append("%s %.1f MiB: %s" % (name, size, err.decode(errors="replace").strip()))
        if code in (0, 13):
            cpu_read[size] = cpu
        if size == max_mib and (cpu > 30 or rss > 1024):
            failed.append("%s %.0f MiB: %.1f s CPU, %.0f MB" % (name, size, cpu, rss))
    sizes = sorted(cpu_read)
    if len(sizes) >= 2 and cpu_read[sizes[0]] >= 0.02:
        k = math.log(cpu_read[sizes[-1]] / cpu_read[sizes[0]]) / math.log(sizes[-1] / sizes[0])
        print("%-13s growth exponent k = %.2f (%.1f -> %.1f MiB)" % ("", k, sizes[0], sizes[-1]))
        if k > 1.4 and cpu_read[sizes[-1]] > 0.5:
            failed.append("%s grows as size^%.2f" % (name, k))
    elif len(sizes) < 2:
        print("%-13s refused as too complex past %.1f MiB" % ("", sizes[0] if sizes else 0))
    else:
        print("%-13s under 0.02 s at every size" % "")
if failed:
    print("\nFAILED:\n  " + "\n  ".join(failed))
    sys.exit(1)
EOF
