#!/usr/bin/env python3
"""lang_guess.py [ALOUD] - how well aloud guesses an undeclared language.

Takes every page whose language aloud reads from the page itself (the
project's fixtures in tests/pages and, when present, the Readability corpus
in ../shared/corpora/readability), removes every declaration (lang and
xml:lang attributes, og:locale, Content-Language, JSON-LD inLanguage),
runs aloud on what is left and compares its guess with the declared
primary tag. Prints right / wrong / no guess and lists the misses.
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
aloud = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "aloud")
pages = sorted(glob.glob(os.path.join(ROOT, "tests", "pages", "*", "page.html")) +
               glob.glob(os.path.join(ROOT, "..", "shared", "corpora", "readability", "*", "source.html")))


def lang_of(args, data=None):
    r = subprocess.run([aloud, "--json", "-q"] + args, input=data, capture_output=True)
    return json.loads(r.stdout).get("lang") if r.returncode == 0 else None, r.returncode == 0


right = wrong = unguessed = 0
misses = []
for page in pages:
    declared, ok = lang_of([page])
    if not ok or not declared:
        continue
    declared = declared.replace("_", "-").split("-")[0].lower()
    raw = open(page, "rb").read()
    raw = re.sub(rb'(?i)\s(xml:)?lang\s*=\s*("[^"]*"|\'[^\']*\'|[^\s>]+)', b" ", raw)
    raw = re.sub(rb"(?i)<meta[^>]+(og:locale|content-language)[^>]*>", b"", raw)
    raw = re.sub(rb'(?i)"inLanguage"\s*:\s*"[^"]*"\s*,?', b"", raw)
    guess, ok = lang_of(["-"], raw)
    name = os.path.basename(os.path.dirname(page))
    if not ok:
        continue
    if guess is None:
        unguessed += 1
        misses.append(f"  {name}: declared {declared}, no guess")
    elif guess.split("-")[0].lower() == declared:
        right += 1
    else:
        wrong += 1
        misses.append(f"  {name}: declared {declared}, guessed {guess}")
print(f"pages {right + wrong + unguessed}: right {right}, wrong {wrong}, no guess {unguessed}")
print("\n".join(misses))
