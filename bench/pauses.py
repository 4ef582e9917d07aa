#!/usr/bin/env python3
"""Measure aloud's pauses and heading pitch in the audio it exports.

    bench/pauses.py ALOUD PROSODY PAGE.html [--voice NAME] [--check]

For each section of PAGE, exports it alone (`aloud -o s.wav --section N
--only --no-intro`), reads its pauses and pitch with bench/prosody (a C
tool: silences of 150 ms or more, F0 by autocorrelation), and labels each
pause from the SSML aloud gives espeak-ng (`aloud --ssml`): a sentence end
inside a block, or a <break> after a list item, a paragraph, a heading, or
before the next heading. Prints the median of each kind in ms and the
pitch of headings over the body in semitones (h2 and h3 apart).

With --check, exits 1 unless the hierarchy holds: sentence < list item
<= paragraph < before a heading, the paragraph pause at least 150 ms
longer than the sentence pause, headings at least 2 semitones above the
body, and h2 and h3 at least 0.5 semitone apart.
"""
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile

MIN_GAP_MS = 150


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def labels(ssml):
    """The kinds of pauses in aloud's SSML, in order, and the heading level
    (by its pitch rank) of the speech before each after-heading pause."""
    pitches = sorted({int(x) for x in re.findall(r'pitch="\+(\d+)%"', ssml)}, reverse=True)
    block = sorted({int(m.group(1)) for m in re.finditer(
        r'(?<!</prosody>)<break time="(\d+)ms"/>(?!</speak>)', ssml)})
    kinds, levels = [], []
    for doc in re.findall(r'<speak>.*?</speak>', ssml, re.S):
        level = None
        m = re.search(r'pitch="\+(\d+)%"', doc)
        if m:
            level = 2 + pitches.index(int(m.group(1)))
        for m in re.finditer(r'<break time="(\d+)ms"/>|[.!?] (?=[A-Z])', doc):
            if m.group(1) is None:
                kinds.append('sentence')
            elif doc[:m.start()].endswith('</prosody>'):
                kinds.append('after_heading')
                levels.append((len(kinds) - 1, level))
            elif doc[m.end():].startswith('</speak>'):
                kinds.append('before_heading')
            elif len(block) > 1 and int(m.group(1)) == block[0]:
                kinds.append('list')
            else:
                kinds.append('paragraph')
    return kinds, dict(levels)


def main(argv):
    check = '--check' in argv
    args = [a for a in argv if a != '--check']
    vopt = []
    if '--voice' in args:
        i = args.index('--voice')
        vopt = ['--voice', args[i + 1]]
        del args[i:i + 2]
    aloud, prosody, page = args[:3]
    ssml = run([aloud, '--ssml', '--no-intro', *vopt, page])
    kinds, heading_at = labels(ssml)
    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, 'page.wav')
        run([aloud, '-q', '--no-intro', *vopt, '-o', wav, page])
        lines = run([prosody, wav, str(MIN_GAP_MS)]).split('\n')
    gaps = [int(l.split()[2]) for l in lines if l.startswith('gap')]
    speech = [float(l.split()[3]) for l in lines if l.startswith('speech')]
    # a stop consonant can leave a short silence inside a sentence: drop
    # the shortest pauses while more are heard than the SSML holds
    while len(gaps) > len(kinds):
        i = gaps.index(min(gaps))
        del gaps[i]
        speech[i:i + 2] = [max(speech[i:i + 2])]
    # the last pause runs into the end of the file and may not be heard
    aligned = len(kinds) - 1 <= len(gaps) <= len(kinds)
    found = {k: [] for k in ('sentence', 'list', 'paragraph', 'after_heading', 'before_heading')}
    pitch = {}
    if aligned:
        for k, ms in zip(kinds, gaps):
            found[k].append(ms)
        body = statistics.median([f for i, f in enumerate(speech) if i not in heading_at and f > 0])
        for i, level in heading_at.items():
            if i < len(speech) and speech[i] > 0:
                pitch.setdefault(level, []).append(12 * math.log2(speech[i] / body))
    med = {k: statistics.median(v) if v else 0 for k, v in found.items()}
    st = {k: statistics.median(v) for k, v in pitch.items()}
    voice = vopt[1] if vopt else 'default'
    print(f'page {os.path.basename(page)}, voice {voice}: {len(gaps)} pauses heard, '
          f'{len(kinds)} in the SSML' + ('' if aligned else ' (NOT ALIGNED)'))
    for k in found:
        print(f'  {k:15s} median {med[k]:6.0f} ms  (n={len(found[k])})')
    for level in sorted(st):
        print(f'  heading h{level}      {st[level]:+6.2f} semitones over the body (n={len(pitch[level])})')
    if not check:
        return 0
    problems = []
    if not aligned:
        problems.append('the pauses heard do not match the SSML')
    if not (med['sentence'] < med['list'] <= med['paragraph'] < med['before_heading']):
        problems.append('pause order sentence < list <= paragraph < before heading')
    if med['paragraph'] < med['sentence'] + 150:
        problems.append('paragraph pause not 150 ms longer than the sentence pause')
    if not st or min(st.values()) < 2:
        problems.append('headings less than 2 semitones above the body')
    if 2 in st and 3 in st and abs(st[2] - st[3]) < 0.5:
        problems.append('h2 and h3 sound the same')
    for p in problems:
        print('FAIL: ' + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
