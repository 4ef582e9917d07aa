#!/usr/bin/env python3
"""Score aloud's text normalisation against blind listening probes.

Each row of bench/probes/LANG.tsv is

    category <TAB> input sentence <TAB> expected spoken words [ | alternative ...]

For each row the input sentence is put into a one-paragraph HTML page, aloud
is run once on that page (--ssml, or --text if this build has no --ssml), and
the SSML (or text) that aloud would give espeak-ng is turned into phonemes with
`espeak-ng -q -x` (with -m for SSML).  The expected alternatives are turned
into phonemes the same way, and the row passes when the normalised phoneme
strings (stress marks, pauses, glottal marks, language switches and spaces
dropped) are equal for at least one alternative.  A difflib similarity ratio
against the best alternative is reported as well.

A second column of figures, "raw", is espeak-ng on the input sentence itself
with no aloud at all: the "before" figure.

    python3 bench/probes/score.py --aloud /work/main/build/aloud [--lang en]
        [--verbose] [--raw-only] [--category money]
        [--set third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|
         twelfth|thirteenth|fourteenth|fifteenth|sixteenth|
         seventeenth|eighteenth|nineteenth|twentieth|twenty-first|
         twenty-second|twenty-third|twenty-fourth|twenty-fifth|
         twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|
         thirtieth|thirty-first|thirty-second|
         thirty-third|thirty-fourth]
"""

import argparse
import difflib
import html
import os
import re
import subprocess
import sys
import shutil
import tempfile
import time
from collections import OrderedDict, defaultdict
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl"]
# espeak-ng voice per probe language (both sides use the same voice)
VOICE = {"en": "en-us", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "pl": "pl"}
# a plain native word read the same everywhere: batches are split on its line
SEPARATOR = "Banane"
ENV = None              # environment for running aloud (see snapshot)
SETDIR = HERE           # where the LANG.tsv files are (third/, fourth/,
                        # ... thirty-fourth/ for --set third ...
                        # thirty-fourth)

# Neutral filler paragraphs around the probe, so that the page reads as an
# article; the probe is what aloud says between the two.
FILLER = {
    "en": ("This page collects a few short sentences from the news so that "
           "listeners can hear how they are read aloud.",
           "Thank you for reading this page and for listening carefully to "
           "every sentence on it."),
    "de": ("Diese Seite sammelt einige kurze Sätze aus den Nachrichten, damit "
           "man hören kann, wie sie vorgelesen werden.",
           "Vielen Dank fürs Lesen dieser Seite und fürs aufmerksame Zuhören "
           "bei jedem einzelnen Satz."),
    "fr": ("Cette page réunit quelques phrases courtes tirées de la presse "
           "afin que chacun puisse entendre comment elles sont lues.",
           "Merci de votre lecture et de votre attention pour chacune des "
           "phrases de cette page."),
    "es": ("Esta página reúne algunas frases breves de la prensa para que "
           "se pueda escuchar cómo se leen en voz alta.",
           "Gracias por leer esta página y por escuchar con atención cada "
           "una de sus frases."),
    "it": ("Questa pagina raccoglie alcune frasi brevi dai giornali perché "
           "si possa sentire come vengono lette ad alta voce.",
           "Grazie per aver letto questa pagina e per aver ascoltato con "
           "attenzione ogni sua frase."),
    "nl": ("Deze pagina verzamelt een paar korte zinnen uit het nieuws, zodat "
           "je kunt horen hoe ze worden voorgelezen.",
           "Bedankt voor het lezen van deze pagina en voor het aandachtig "
           "luisteren naar elke zin."),
    "pt": ("Esta página reúne algumas frases curtas da imprensa para que "
           "se possa ouvir como são lidas em voz alta.",
           "Obrigado por ler esta página e por ouvir com atenção cada "
           "uma das suas frases."),
    "pl": ("Ta strona zbiera kilka krótkich zdań z gazet, aby można było "
           "usłyszeć, jak są czytane na głos.",
           "Dziękujemy za przeczytanie tej strony i za uważne wysłuchanie "
           "każdego zdania."),
}

PAGE = ('<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<title>Probe</title></head><body><article>\n<p>{before}</p>\n'
        '<p>{body}</p>\n<p>{after}</p>\n</article></body></html>\n')


# ---------------------------------------------------------------- probes

def load(lang, category=None):
    path = os.path.join(SETDIR, lang + ".tsv")
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit("%s:%d: expected 3 tab-separated fields, got %d"
                         % (path, n, len(parts)))
            cat, text, exp = (p.strip() for p in parts)
            if category and cat != category:
                continue
            alts = [a.strip() for a in exp.split(" | ") if a.strip()]
            rows.append({"line": n, "cat": cat, "input": text, "alts": alts})
    return rows


# ---------------------------------------------------------------- aloud

def snapshot(aloud, tmpdir):
    """Copy aloud and the libaloud next to it into tmpdir, so that a rebuild
    in the shared tree during the run cannot change or break the binary."""
    src = os.path.dirname(os.path.abspath(aloud))
    dst = os.path.join(tmpdir, "bin")
    err = ""
    for attempt in range(20):
        try:
            if os.path.isdir(dst):
                shutil.rmtree(dst)
            os.makedirs(dst)
            shutil.copy2(aloud, os.path.join(dst, "aloud"))
            for f in os.listdir(src):
                if f.startswith("libaloud.so"):
                    shutil.copy2(os.path.join(src, f), os.path.join(dst, f),
                                 follow_symlinks=True)
            env = dict(os.environ, LD_LIBRARY_PATH=dst + (
                ":" + os.environ["LD_LIBRARY_PATH"]
                if os.environ.get("LD_LIBRARY_PATH") else ""))
            p = subprocess.run([os.path.join(dst, "aloud"), "--version"],
                               capture_output=True, text=True, env=env)
            if p.returncode == 0:
                return os.path.join(dst, "aloud"), env
            err = p.stderr.strip()
        except OSError as e:
            err = str(e)
        time.sleep(3)           # probably being rebuilt right now
    sys.exit("cannot run a copy of %s: %s" % (aloud, err))


def has_ssml(aloud):
    try:
        out = subprocess.run([aloud, "--help"], capture_output=True,
                             text=True, timeout=20, env=ENV)
    except OSError as e:
        sys.exit("cannot run %s: %s" % (aloud, e))
    return "--ssml" in (out.stdout + out.stderr)


SPEAK_RE = re.compile(r"<speak\b[^>]*>(.*?)</speak>", re.S)
TAG_RE = re.compile(r"<[^>]+>")


def balance(frag):
    """Drop the tags of a cut-out SSML piece that open or close outside it."""
    toks = re.split(r"(<[^>]+>)", frag)
    keep = [True] * len(toks)
    stack = []
    for i, t in enumerate(toks):
        if not t.startswith("<") or t.startswith("<!") or t.startswith("<?"):
            continue
        if t.endswith("/>"):
            continue
        name = re.match(r"</?\s*([\w:.-]+)", t)
        name = name.group(1) if name else ""
        if t.startswith("</"):
            if stack and stack[-1][1] == name:
                stack.pop()
            else:
                keep[i] = False
        else:
            stack.append((i, name))
    for i, _ in stack:
        keep[i] = False
    return "".join(t for t, k in zip(toks, keep) if k)


def cut(out, lang):
    """The part of aloud's output between the two filler paragraphs."""
    before, after = FILLER[lang]
    b = out.find(before)
    if b >= 0:
        b += len(before)
    else:                       # filler altered: fall back to its last word
        w = before.split()[-1]
        b = out.find(w)
        b = b + len(w) if b >= 0 else -1
    a = out.find(after, max(b, 0))
    if a < 0:
        a = out.find(" ".join(after.split()[:2]), max(b, 0))
    if b < 0 or a < 0:
        return None
    return out[b:a]


def run_aloud(aloud, mode, lang, text, tmpdir, idx):
    page = os.path.join(tmpdir, "%s-%04d.html" % (lang, idx))
    esc = lambda s: html.escape(s, quote=False)
    before, after = FILLER[lang]
    with open(page, "w", encoding="utf-8") as f:
        f.write(PAGE.format(lang=lang, before=esc(before), body=esc(text),
                            after=esc(after)))
    cmd = [aloud, "--ssml" if mode == "ssml" else "--text", "--no-intro",
           "-q", page]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                           env=ENV)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode != 0:
        return None, "exit %d: %s" % (p.returncode, p.stderr.strip()[:200])
    out = p.stdout
    if mode == "ssml":
        docs = SPEAK_RE.findall(out)
        if not docs:
            return None, "no <speak> in output"
        out = " ".join(d.strip() for d in docs)
    frag = cut(out, lang)
    if frag is None:
        return None, "filler paragraphs not found in output"
    if mode == "ssml":
        frag = balance(frag)
    else:
        frag = esc(frag)
    if not html.unescape(TAG_RE.sub("", frag)).strip():
        return None, "probe sentence missing from output: " + out[:300]
    return frag.strip(), None


# ---------------------------------------------------------------- espeak

# dropped everywhere: language switches "(en)", pauses "_:", glottal and
# syllable marks, stress, linking r, allophone marks (# and 2), vowel length
# (espeak-ng is not consistent about it between digits and words) and word
# boundaries
STRIP_RE = re.compile(
    r"\([a-z]{2,3}(-[a-z]+)?\)|_:|_!|_\||r-|[\s'`,%=_!|?;:.\-#2]")
# before that, per language: French liaison consonants (t2, z2, n2 ...) are
# optional, so they go
PRE = {
    "fr": [(re.compile(r"[a-zA-Z]2"), "")],
    # the preposition "w" before a number written in digits comes out as
    # the glide w; before a word, as v or f
    "pl": [(re.compile(r"(^|\s)[wvf](?=\s)"), r"\1v")],
    # Portuguese word-final r is marked "r-" like English linking r, which
    # STRIP_RE drops; "por cento" from "%" has it without the mark
    "pt": [(re.compile(r"r-"), "r")],
}
# espeak-ng says the same sound two ways in a few places: English "forty"
# as a word is O@, from digits o@; German and French r come as r or R;
# French e-muet (@) is optional and espeak-ng reads the written word
# "quatre-vingt-sept" with a t that the digits (rightly) do not have;
# German voicing at the joins of a compound number ("siebenundachtzig")
# comes out differently as digits and as a word; Spanish b/d/g and their
# softened forms B/D/Q, e/E, i/I/j, u/U and the two trills depend only on
# the neighbouring sounds.
EQUIV = {
    "all": [("R", "r")],
    "en": [("O@", "o@")],
    "de": [("z", "s"), ("d", "t"), ("b", "p"), ("g", "k"), ("tt", "t")],
    "fr": [("@", ""), ("katrvE~t", "katrvE~")],
    "es": [("B", "b"), ("D", "d"), ("Q", "g"), ("E", "e"), ("I", "i"),
           ("j", "i"), ("U", "u"), ("rr", "r")],
    # probes5 additions: espeak-ng reads Italian numbers written in digits
    # with other vowel qualities, s/z, n/N/m and tap/trill than the same
    # numbers written as words ("1987" against "millenovecentottantasette")
    "it": [("*", "r"), ("rr", "r"), ("E", "e"), ("O", "o"), ("I", "i"),
           ("j", "i"), ("U", "u"), ("z", "s"), ("N", "n"), ("imd", "ind"), ("w", "u"), ("oo", "o")],
    # Dutch digits against words: voicing at the joins of compound numbers
    # (as German), the linking "en" and "-der-" as E or @, g/Q/x, "-tig"
    # inside a compound, the r of "procent" after "%"
    "nl": [("@*", "r"), ("*", "r"), ("z", "s"), ("d", "t"), ("b", "p"),
           ("v", "f"), ("Q", "x"), ("g", "x"), ("En", "@n"), ("Er", "@r"),
           ("Ix", "@x"), ("nn", "n"), ("tt", "t")],
    # Portuguese digits against words: final u/U/w, the sibilant of a
    # linked word (s/z/Z/S), tap r, nasal "um" as u~N or um, eIN/eN,
    # reduced and full vowels in compound numbers (O/o, y/e)
    "pt": [("*@", "r"), ("*", "r"), ("u~N", "um"), ("eIN", "eN"),
           ("U", "u"), ("w", "u"), ("Z", "s"), ("z", "s"), ("S", "s"),
           ("O", "o"), ("y", "e"), ("N", "n"), ("o", "u"), ("&", "a")],
    # Polish digits against words: ci/ści as c; or ts;, voicing at word
    # joins and before a voiceless sound (as German), the "sześćset" cluster
    "pl": [("c", "ts"), ("Stss", "Ss"), ("dz", "ts"), ("Z", "S"), ("z", "s"),
           ("d", "t"), ("b", "p"), ("g", "k"), ("v", "f"), ("Q", "x")],
}


STRICT = False          # --strict: only the equivalences of bench/probes
BASE_LANGS = ("all", "en", "de", "fr", "es")


def norm(ph, lang=None):
    """Phoneme string reduced to what a listener would call the same words
    (see STRIP_RE, PRE and EQUIV)."""
    for rx, rep in ([] if (STRICT and lang not in BASE_LANGS)
                    else PRE.get(lang, [])):
        ph = rx.sub(rep, ph)
    ph = STRIP_RE.sub("", ph)
    extra = [] if (STRICT and lang not in BASE_LANGS) else EQUIV.get(lang, [])
    for a, b in EQUIV["all"] + extra:
        ph = ph.replace(a, b)
    return ph


def phonemes(voice, items):
    """Phonemes for a list of SSML-safe text fragments, one espeak-ng call
    for the whole batch; items are separated by a separator sentence."""
    if not items:
        return []
    sep_ph = _single(voice, SEPARATOR + ".")
    body = []
    for it in items:
        plain = html.unescape(TAG_RE.sub("", it)).strip()
        end = "" if plain[-1:] in ".!?…" else " ."
        body.append(it + end + "\n" + SEPARATOR + ".\n")
    doc = "<speak>" + "".join(body) + "</speak>"
    out = _espeak(voice, doc)
    chunks, cur = [], []
    for line in out.split("\n"):
        if line.strip() and norm(line) == norm(sep_ph):
            chunks.append(" ".join(cur))
            cur = []
        else:
            cur.append(line.strip())
    if len(chunks) != len(items):
        # a separator merged into an item: do it one by one
        return [_single(voice, "<speak>" + it + "</speak>") for it in items]
    return chunks


def _espeak(voice, ssml):
    p = subprocess.run(["espeak-ng", "-q", "-x", "-m", "-b", "1", "-v", voice],
                       input=ssml, capture_output=True, text=True,
                       timeout=600)
    return p.stdout


def _single(voice, text):
    if not text.startswith("<speak"):
        text = "<speak>" + text + "</speak>"
    return " ".join(l.strip() for l in _espeak(voice, text).split("\n")
                    if l.strip())


def batched(voice, items, size=200):
    res = []
    for i in range(0, len(items), size):
        res.extend(phonemes(voice, items[i:i + size]))
    return res


# ---------------------------------------------------------------- scoring

def score(said_ph, alt_phs, lang):
    s = norm(said_ph, lang)
    best, best_i = 0.0, 0
    for i, a in enumerate(alt_phs):
        a = norm(a, lang)
        if s == a:
            return True, 1.0, i
        r = difflib.SequenceMatcher(None, s, a, autojunk=False).ratio()
        if r > best:
            best, best_i = r, i
    return False, best, best_i


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--aloud", help="path to the aloud binary")
    ap.add_argument("--strict", action="store_true",
                    help="no digit/word equivalences for it, nl, pt, pl")
    ap.add_argument("--lang", action="append", choices=LANGS,
                    help="only this language (repeatable)")
    ap.add_argument("--set",
                    choices=["first", "second", "all", "third", "fourth",
                             "fifth", "sixth", "seventh", "eighth", "ninth",
                             "tenth", "eleventh", "twelfth", "thirteenth",
                             "fourteenth", "fifteenth", "sixteenth",
                             "seventeenth", "eighteenth", "nineteenth",
                             "twentieth", "twenty-first", "twenty-second",
                             "twenty-third", "twenty-fourth",
                             "twenty-fifth", "twenty-sixth",
                             "twenty-seventh", "twenty-eighth",
                             "twenty-ninth", "thirtieth",
                             "thirty-first", "thirty-second",
                             "thirty-third", "thirty-fourth"],
                    default="first",
                    help="without --lang: the first set (en de fr es, the "
                    "default), the second (it nl pt pl) or all eight; "
                    "'third' is the third blind set (third/, all eight "
                    "languages; with --lang, that language's third/ file); "
                    "'fourth' ... 'thirty-fourth' likewise for the fourth "
                    "to thirty-fourth blind sets (fourth/ ... "
                    "thirty-fourth/)")
    ap.add_argument("--category", help="only this category")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="print the failing rows")
    ap.add_argument("--raw-only", action="store_true",
                    help="only the raw espeak-ng figure, no aloud")
    ap.add_argument("--results", metavar="FILE",
                    help="also write one TSV line per probe (for diffs "
                    "between builds)")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="run ALOUD in place instead of a private copy")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    global STRICT
    STRICT = args.strict
    if not args.aloud and not args.raw_only:
        ap.error("--aloud PATH is required (or --raw-only)")

    tmpdir = tempfile.mkdtemp(prefix="aloud-probes-")
    try:
        run(args, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def run(args, tmpdir):
    global ENV, SETDIR
    mode = None
    if args.set in ("third", "fourth", "fifth", "sixth", "seventh",
                    "eighth", "ninth", "tenth", "eleventh", "twelfth",
                    "thirteenth", "fourteenth", "fifteenth",
                    "sixteenth", "seventeenth", "eighteenth",
                    "nineteenth", "twentieth", "twenty-first",
                    "twenty-second", "twenty-third", "twenty-fourth",
                    "twenty-fifth", "twenty-sixth", "twenty-seventh",
                    "twenty-eighth", "twenty-ninth", "thirtieth",
                    "thirty-first", "thirty-second", "thirty-third",
                    "thirty-fourth"):
        SETDIR = os.path.join(HERE, args.set)
    if not args.raw_only:
        given = args.aloud
        if not args.no_snapshot:
            args.aloud, ENV = snapshot(args.aloud, tmpdir)
        mode = "ssml" if has_ssml(args.aloud) else "text"
        if mode == "text":
            print("note: %s has no --ssml; measuring its --text output "
                  "through raw espeak-ng instead" % given)

    chosen = {"first": LANGS[:4], "second": LANGS[4:], "all": LANGS,
              "third": LANGS, "fourth": LANGS, "fifth": LANGS,
              "sixth": LANGS, "seventh": LANGS, "eighth": LANGS,
              "ninth": LANGS, "tenth": LANGS,
              "eleventh": LANGS, "twelfth": LANGS,
              "thirteenth": LANGS, "fourteenth": LANGS,
              "fifteenth": LANGS, "sixteenth": LANGS,
              "seventeenth": LANGS, "eighteenth": LANGS,
              "nineteenth": LANGS, "twentieth": LANGS,
              "twenty-first": LANGS, "twenty-second": LANGS,
              "twenty-third": LANGS, "twenty-fourth": LANGS,
              "twenty-fifth": LANGS, "twenty-sixth": LANGS,
              "twenty-seventh": LANGS, "twenty-eighth": LANGS,
              "twenty-ninth": LANGS, "thirtieth": LANGS,
              "thirty-first": LANGS, "thirty-second": LANGS,
              "thirty-third": LANGS, "thirty-fourth": LANGS}[args.set]
    langs = args.lang or [l for l in chosen
                          if os.path.exists(os.path.join(SETDIR, l + ".tsv"))]
    totals = OrderedDict()
    for lang in langs:
        rows = load(lang, args.category)
        if not rows:
            continue
        voice = VOICE[lang]
        esc = lambda s: html.escape(s, quote=False)
        # expected alternatives and raw inputs, one batch each
        flat = [a for r in rows for a in r["alts"]]
        flat_ph = batched(voice, [esc(a) for a in flat])
        k = 0
        for r in rows:
            r["alt_ph"] = flat_ph[k:k + len(r["alts"])]
            k += len(r["alts"])
        raw_ph = batched(voice, [esc(r["input"]) for r in rows])
        for r, ph in zip(rows, raw_ph):
            r["raw_ok"], r["raw_ratio"], _ = score(ph, r["alt_ph"], lang)
            r["raw_ph"] = ph
        if mode:
            with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
                res = list(ex.map(
                    lambda ir: run_aloud(args.aloud, mode, lang, ir[1]["input"],
                                         tmpdir, ir[0]),
                    enumerate(rows)))
            ok_idx = [i for i, (frag, err) in enumerate(res) if frag]
            ph = batched(voice, [res[i][0] for i in ok_idx])
            for r, (frag, err) in zip(rows, res):
                r["frag"], r["err"] = frag, err
                r["ok"], r["ratio"], r["said_ph"] = False, 0.0, ""
            for i, p in zip(ok_idx, ph):
                r = rows[i]
                r["said_ph"] = p
                r["ok"], r["ratio"], r["best"] = score(p, r["alt_ph"], lang)
        totals[lang] = rows

    report(totals, mode, args.verbose)
    if args.results:
        dump(totals, mode, args.results)


def dump(totals, mode, path):
    clean = lambda s: re.sub(r"\s+", " ", s or "").strip()
    with open(path, "w", encoding="utf-8") as f:
        f.write("lang\tline\tcategory\traw_pass\traw_fuzzy\taloud_pass\t"
                "aloud_fuzzy\tinput\taloud_output\n")
        for lang, rows in totals.items():
            for r in rows:
                f.write("\t".join([
                    lang, str(r["line"]), r["cat"], str(int(r["raw_ok"])),
                    "%.3f" % r["raw_ratio"],
                    str(int(r["ok"])) if mode else "",
                    "%.3f" % r["ratio"] if mode else "",
                    r["input"],
                    clean(r.get("frag") or r.get("err")) if mode else "",
                ]) + "\n")


def pct(n, d):
    return "%5.1f%%" % (100.0 * n / d) if d else "   - "


def report(totals, mode, verbose):
    label = {"ssml": "aloud --ssml", "text": "aloud --text"}.get(mode)
    head = "%-14s %5s  %-16s" % ("", "rows", "raw espeak-ng")
    if label:
        head += "  %-16s" % label
    print(head)
    print("%-14s %5s  %-16s%s" % ("", "", "pass   fuzzy",
                                  "  pass   fuzzy" if label else ""))
    allrows = []
    for lang, rows in totals.items():
        allrows.extend(rows)
        print()
        line(lang.upper(), rows, label)
        bycat = defaultdict(list)
        for r in rows:
            bycat[r["cat"]].append(r)
        for cat in sorted(bycat):
            line("  " + cat, bycat[cat], label)
    if len(totals) > 1:
        print()
        line("ALL", allrows, label)

    if verbose:
        key = "ok" if label else "raw_ok"
        for lang, rows in totals.items():
            bad = [r for r in rows if not r[key]]
            if not bad:
                continue
            print("\n== %s: %d failing rows ==" % (lang, len(bad)))
            for r in bad:
                print("\n[%s] %s.tsv:%d" % (r["cat"], lang, r["line"]))
                print("  input:    " + r["input"])
                if label:
                    if r.get("err"):
                        print("  aloud:    ERROR " + r["err"])
                    else:
                        print("  aloud:    " + r["frag"])
                        print("  said:     " + r["said_ph"])
                else:
                    print("  said:     " + r["raw_ph"])
                for a, p in zip(r["alts"], r["alt_ph"]):
                    print("  expected: " + a)
                    print("            " + p)
                print("  fuzzy:    %.3f" % (r["ratio"] if label
                                            else r["raw_ratio"]))


def line(name, rows, label):
    n = len(rows)
    raw = sum(r["raw_ok"] for r in rows)
    rawf = sum(r["raw_ratio"] for r in rows) / n
    s = "%-14s %5d  %s  %.3f" % (name, n, pct(raw, n), rawf)
    if label:
        ok = sum(r["ok"] for r in rows)
        f = sum(r["ratio"] for r in rows) / n
        s += "   %s  %.3f" % (pct(ok, n), f)
    print(s)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:         # e.g. piped into head
        sys.stderr.close()
