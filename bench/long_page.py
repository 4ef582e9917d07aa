#!/usr/bin/env python3
"""Write the example article with its body repeated N times, each copy's
headings marked "(part K)", for the export benchmarks (longer pages give
steadier timings than the 2-minute example).

    python3 bench/long_page.py ARTICLE N OUT
"""
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
start, end = html.index("<h2>Bells, guns"), html.index("<h2>Support independent")
body = html[start:end]
copies = [re.sub(r"(<h[23]>)([^<]*)(</h[23]>)", r"\1\2 (part %d)\3" % i, body)
          for i in range(int(sys.argv[2]))]
open(sys.argv[3], "w", encoding="utf-8").write(html[:start] + "".join(copies) + html[end:])
