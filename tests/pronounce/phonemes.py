#!/usr/bin/env python3
"""Check a sample of the shipped pronunciation lexicon by ear-proxy: what
espeak-ng says (its phonemes, `espeak-ng -q -x`) for each word after the
lexicon is applied must be the phonemes in phonemes.tsv, and must differ
from what it says for the word as written (the entry fixes something).

    phonemes.py TEST_PRONOUNCE PHONEMES_TSV

Rows of the TSV: lang<TAB>word<TAB>expected phonemes (espeak-ng 1.51).
Stress marks, pauses and word breaks are ignored in the comparison.
"""
import os
import re
import subprocess
import sys
import tempfile


def phonemes(texts, lang):
    """espeak-ng's phonemes of each of TEXTS: one run, one sentence a text
    (a run per text when the lines do not come out one a sentence)."""
    def run(text):
        return subprocess.run(['espeak-ng', '-q', '-x', '-v', lang], input=text, check=True,
                              capture_output=True, text=True).stdout
    lines = [l.strip() for l in run(''.join(t + '.\n' for t in texts)).splitlines() if l.strip()]
    if len(lines) == len(texts):
        return lines
    return [run(t).strip() for t in texts]


def norm(ph):
    ph = re.sub(r'\([a-z]{2,3}\)', '', ph)        # language switches: (en) ... (de)
    return re.sub(r"[\s',_!|\-]", '', ph)


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary, table = argv
    rows = []
    with open(table, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            lang, word, want = line.split('\t')
            rows.append((no, lang, word, want))
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CONFIG_HOME=tmp, HOME=tmp)   # no user lexicon
        for lang in sorted({r[1] for r in rows}):
            mine = [r for r in rows if r[1] == lang]
            out = subprocess.run([binary, '--apply', lang], input=''.join(r[2] + '\n' for r in mine),
                                 check=True, capture_output=True, text=True, env=env).stdout
            said = out.split('\n')[:len(mine)]
            befores = phonemes([r[2] for r in mine], lang)
            afters = phonemes(said, lang)
            for (no, _, word, want), said, before, after in zip(mine, said, befores, afters):
                ok = norm(after) == norm(want) and norm(before) != norm(want)
                print(f"{'ok  ' if ok else 'FAIL'} {lang} {word!r}: {before} -> {said!r}: {after}"
                      + ('' if ok else f'  (phonemes.tsv:{no} wants {want})'))
                failures += not ok
    print(f'{len(rows)} words, {failures} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
