#!/usr/bin/env python3
"""python-readability (readability-lxml) on one HTML file, for compare.py.

    python3 python_readability.py PAGE.html

Needs the `readability` module (Debian: python3-readability, for
/usr/bin/python3). The article HTML (Document.summary) is split into
paragraphs by blocks.js, the same splitter used for Readability.js and
defuddle, and printed as {"title": ..., "paragraphs": [...]}; exit 13 when
there is no article. The page is given as bytes: readability-lxml detects
the encoding itself. The title is Document.short_title().
"""
import json
import os
import subprocess
import sys

from readability import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if len(sys.argv) != 2:
        print("usage: python_readability.py PAGE.html", file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    doc = Document(raw)
    try:
        html = doc.summary(html_partial=True)
    except Exception as e:  # readability-lxml raises Unparseable on empty pages
        print(f"python-readability: {e}", file=sys.stderr)
        html = None
    payload = json.dumps({"title": doc.short_title(), "html": html})
    p = subprocess.run(["node", os.path.join(HERE, "blocks.js")],
                       input=payload.encode("utf-8"), stdout=sys.stdout.buffer)
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
