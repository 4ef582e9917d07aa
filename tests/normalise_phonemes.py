#!/usr/bin/env python3
"""Phoneme-level check of the text normalisation (src/speech/normalise.c).

tests/normalise/spoken/<lang>.tsv holds input<TAB>words rows: the words
are written out in full, as a human reader says them ("nineteen
eighty-seven"). For each row, espeak-ng's phonemes (-q -x) of
al_normalise(input) must equal its phonemes of the written-out words: the
normalised text must *sound* like the words a human says, whatever digits
it keeps for espeak-ng to read.

Stress marks, pauses, glottal stops and the spaces between words are
ignored, and so are the sound changes espeak-ng makes inside a compound
word but not between words: voicing (German "siebenundachtzig" has [s]
and [d] where "sieben und achtzig" has [z] and [t]), vowel openness and
glides ("dieciocho" as one word or from digits), nasal assimilation,
schwa, a doubled consonant at a compound's seam. None
of them is a difference in the words a listener hears. Clause breaks are
kept, so an abbreviation's period that would end a sentence is caught.

    normalise_phonemes.py TEST_NORMALISE DIR [--verbose]

TEST_NORMALISE is tests/test_normalise (its --print LANG mode runs
al_normalise on stdin's lines). Exits 1 when a row differs.
"""
import os
import re
import subprocess
import sys

NOISE = re.compile(r"[ '_,!:;%=#|2-]")
# compound-internal sound changes (see above): each group is one sound
LOOSE = str.maketrans({'z': 's', 'd': 't', 'b': 'p', 'g': 'k', 'v': 'f', 'E': 'e',
                       'R': 'r', 'N': 'n', 'j': 'i', 'D': 't', 'B': 'p', 'Q': 'k', '@': 'e'})
DOUBLE = re.compile(r'(.)\1+')   # "hundert zwanzig": one [t] in the compound


def phonemes(text, lang):
    out = subprocess.run(['espeak-ng', '-q', '-x', '-v', lang], input=text.encode('utf-8'),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
    lines = [DOUBLE.sub(r'\1', NOISE.sub('', l).translate(LOOSE))
             for l in out.decode('utf-8', 'replace').splitlines()]
    return ' / '.join(l for l in lines if l)


def voice_of(lang):
    return {'en': 'en-gb', 'en-US': 'en-us'}.get(lang, lang.split('-')[0])


def rows(path):
    lang = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#lang '):
                lang = line[6:].strip()
                continue
            if not line.strip() or line.startswith('# '):
                continue
            text, _, words = line.partition('\t')
            yield lang, text, words


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    tool, base = argv[0], os.path.join(argv[1], 'spoken')
    verbose = '--verbose' in argv
    total = bad = 0
    for name in sorted(os.listdir(base)):
        if not name.endswith('.tsv'):
            continue
        by_lang = {}
        for lang, text, words in rows(os.path.join(base, name)):
            by_lang.setdefault(lang, []).append((text, words))
        n_file = bad_file = 0
        for lang, items in by_lang.items():
            out = subprocess.run([tool, '--print', lang],
                                 input='\n'.join(t for t, _ in items).encode('utf-8') + b'\n',
                                 stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
            outs = out.split('\n')[:len(items)]
            for (text, words), said in zip(items, outs):
                total += 1
                n_file += 1
                got, want = phonemes(said, voice_of(lang)), phonemes(words, voice_of(lang))
                if got != want:
                    bad += 1
                    bad_file += 1
                    print(f'{name} [{lang}] {text!r}\n    normalised: {said!r}\n'
                          f'    phonemes:   {got}\n    words:      {words!r}\n'
                          f'    phonemes:   {want}')
                elif verbose:
                    print(f'ok {name} [{lang}] {text!r} -> {said!r}')
        print(f'{name}: {n_file - bad_file} of {n_file} rows sound like the words')
    print(f'total: {total - bad} of {total} rows sound like the words')
    return 1 if bad or not total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
