#!/usr/bin/env python3
"""The article's structure is heard: list numbers, quotes, tables, languages.

Runs `aloud --ssml` and `aloud --json` on tests/speech/en-structure.html
(an e-reader guide with ordered lists, one starting at 4, a block quote
with its attribution in a <footer>, a paragraph marked lang="fr", and a
table with a <thead>) and checks what espeak-ng will be given:

  - each ordered item is said with its number, "4." after <ol start=4>;
  - a block quote opens with "Quote:" and closes with "End of quote.",
    and its attribution line is kept;
  - the table's header row is not read as a row: each cell follows its
    column's name ("Model: Inkling Go, Screen: six inches, ...");
  - the French paragraph is inside <voice xml:lang="fr">, and espeak-ng
    pronounces it with French phonemes (checked with espeak-ng -x);
  - a German passage of a paragraph (<q lang="de">) is inside its own
    <voice xml:lang="de"> with the English words around it outside.

    test_speech_structure.py ALOUD TESTS_DIR
"""
import json
import os
import re
import subprocess
import sys


def fail(msg):
    print('FAIL: ' + msg)
    return 1


def main(aloud, tests):
    page = os.path.join(tests, 'speech', 'en-structure.html')
    ssml = subprocess.run([aloud, '--ssml', page], capture_output=True, text=True, check=True).stdout
    art = json.loads(subprocess.run([aloud, '--json', page], capture_output=True, text=True,
                                    check=True).stdout)
    errors = 0
    for n, item in [(1, 'Read the same novel'), (2, 'Measure the battery'), (3, 'Ask three readers'),
                    (4, 'Check how the device'), (5, 'Try the page-turn')]:
        if not re.search(rf'(^|>){n}\.\n{re.escape(item)}', ssml, re.M):
            errors += fail(f'item {n} ({item}...) is not said with its number')
    numbers = [x for s in art['sections'] for x in s['numbers']]
    if [x for x in numbers if x] != [1, 2, 3, 4, 5]:
        errors += fail(f'JSON numbers are {numbers}')
    quote = re.search(r'Quote: The warm light.*?End of quote\.', ssml, re.S)
    if not quote:
        errors += fail('the block quote has no spoken cue before and after it')
    elif 'Maria Lopez, a tester in Leeds' not in quote.group(0):
        errors += fail('the quote lost its attribution')
    if 'Model | Screen | Battery' in ssml or re.search(r'>Model, Screen, Battery', ssml):
        errors += fail('the header row is read as a row')
    for row in ['Model: Inkling Go, Screen: six inches, Battery: five weeks.',
                'Model: Pagewise Pro, Screen: seven inches, Battery: eight weeks.']:
        if row not in ssml:
            errors += fail(f'row not read with its column names: {row!r}')
    fr = re.search(r'<voice xml:lang="fr">(.*?)</voice>', ssml, re.S)
    if not fr or 'oiseau' not in fr.group(1):
        errors += fail('the French paragraph is not in a French voice')
    else:
        said = subprocess.run(['espeak-ng', '-q', '-x', '-m', '--stdin'],
                              input=f'<speak>{fr.group(0)}</speak>', capture_output=True,
                              text=True, check=True).stdout
        as_fr = subprocess.run(['espeak-ng', '-q', '-x', '-v', 'fr', 'Petit à petit, l\'oiseau fait son nid.'],
                               capture_output=True, text=True, check=True).stdout
        if said.split() != as_fr.split():
            errors += fail(f'French passage said as {said.split()}, French is {as_fr.split()}')
    # a passage inside a paragraph: its own voice, the sentence around it in English
    de = re.search(r'grandmother: <voice xml:lang="de">(Wer rastet, der rostet, sagte sie immer)</voice>, and went',
                   ssml)
    if not de:
        errors += fail('the German passage inside a paragraph is not in a German voice')
    else:
        said = subprocess.run(['espeak-ng', '-q', '-x', '-m', '--stdin'],
                              input=f'<speak>{de.group(0)}</speak>', capture_output=True,
                              text=True, check=True).stdout.split()
        as_de = subprocess.run(['espeak-ng', '-q', '-x', '-v', 'de', de.group(1)],
                               capture_output=True, text=True, check=True).stdout.split()
        if not all(w in said for w in as_de):
            errors += fail(f'German passage said as {said}, German is {as_de}')
    langs = [x for s in art['sections'] for x in s['langs'] if x]
    if langs != ['fr']:
        errors += fail(f'JSON langs are {langs}')
    print('structure: ' + ('ok' if not errors else f'{errors} problems'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
