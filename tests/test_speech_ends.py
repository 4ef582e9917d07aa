#!/usr/bin/env python3
"""No block of any fixture page ends in a spoken "dot".

espeak-ng closes a sentence only when its full stop is followed by white
space; a '.' right before a tag or the end of the SSML is read as "dot"
("punto", "punt") after ')', '%', a quote or a digit, with a level pitch.
For every page in tests/pages/*/page.html and tests/speech/*.html this
test runs `aloud --ssml`, then espeak-ng (-q -x, the page's language)
twice: on the SSML as it is, and with every full stop that ends a block
made a comma (a clause boundary espeak-ng never reads out, so the words
around it are reduced alike). The phonemes must be the same: the stop
must be silent.

    test_speech_ends.py ALOUD TESTS_DIR [--every N]

--every N checks every Nth page only (a sanitizer build, several times
slower, reads a third of them).
"""
import concurrent.futures
import functools
import glob
import json
import os
import re
import subprocess
import sys

# a block's final full stop: followed by the newline aloud puts there, by a
# tag, or by the end of the document
BLOCK_END = re.compile(r'\.(?=\n|<|$)')


def phonemes(ssml, lang):
    out = subprocess.run(['espeak-ng', '-q', '-x', '-m', '-v', lang, '--stdin'], input=ssml,
                         capture_output=True, text=True, check=True).stdout
    # stress and length marks aside: a sentence end may stress a lone word
    return ' '.join(re.sub(r"[',:_]", '', out).split())


@functools.lru_cache(maxsize=None)
def voice_for(lang):
    voices = subprocess.run(['espeak-ng', '--voices=' + lang], capture_output=True,
                            text=True).stdout.split('\n')
    return lang if len([v for v in voices if v.strip()]) > 1 else 'en'


def check_page(aloud, page):
    """(checked, block ends, failure or None) for one page."""
    meta = subprocess.run([aloud, '--json', page], capture_output=True, text=True)
    if meta.returncode != 0:
        return False, 0, None   # pages that are no article are tested elsewhere
    lang = (json.loads(meta.stdout).get('language') or 'en').split('-')[0].lower()
    ssml = subprocess.run([aloud, '--ssml', page], capture_output=True, text=True,
                          check=True).stdout
    voice = voice_for(lang)
    # all sections in one document: one espeak-ng run per variant
    body = '\n'.join(re.findall(r'<speak>(.*?)</speak>', ssml, re.S))
    said, silent = phonemes(f'<speak>{body}</speak>', voice), \
        phonemes(f'<speak>{BLOCK_END.sub(",", body)}</speak>', voice)
    bad = None
    if said != silent:
        words_a, words_b = said.split(), silent.split()
        i = next((k for k in range(min(len(words_a), len(words_b))) if words_a[k] != words_b[k]), 0)
        bad = f'{page} ({voice}): a block end is spoken near {" ".join(words_a[max(0, i - 5):i + 3])!r}'
    return True, len(BLOCK_END.findall(body)), bad


def main(aloud, tests, every=1):
    pages = sorted(glob.glob(os.path.join(tests, 'pages', '*', 'page.html')) +
                   glob.glob(os.path.join(tests, 'speech', '*.html')))[::every]
    # each page is three processes of its own: as many pages at once as
    # there are processors (the suite grows; one at a time took 400 s)
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda page: check_page(aloud, page), pages))
    checked = sum(1 for r in results if r[0])
    ends = sum(r[1] for r in results)
    bad = [r[2] for r in results if r[2]]
    for b in bad:
        print('FAIL: ' + b)
    print(f'{checked} pages, {ends} block-final full stops, {len(bad)} sections with a spoken stop')
    if checked < 20 or ends < 100:
        print('FAIL: too few pages or block ends checked')
        return 1
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) not in (3, 5) or (len(sys.argv) == 5 and sys.argv[3] != '--every'):
        sys.exit('usage: test_speech_ends.py ALOUD TESTS_DIR [--every N]')
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[4]) if len(sys.argv) == 5 else 1))
