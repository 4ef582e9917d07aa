#!/usr/bin/env node
'use strict';
/*
 * defuddle (Obsidian Web Clipper's extractor) on one HTML file, for
 * compare.py.
 *
 *   node defuddle.js PAGE.html
 *
 * Same output as readability.js: {"title": ..., "paragraphs": [...]}, the
 * paragraphs of defuddle's article HTML split by blocks.js; exit 13 when
 * there is no article. The page is parsed by jsdom from its bytes (browser
 * decoding); no network: useAsync is off, so no third-party API is asked.
 */
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { blocksOfHtml, emit } = require('./blocks');

const URL = 'https://example.com/article';

async function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: defuddle.js PAGE.html\n');
    process.exitCode = 2;
    return;
  }
  const { Defuddle } = await import('defuddle/node');
  const dom = new JSDOM(fs.readFileSync(path), { url: URL });
  const res = await Defuddle(dom.window.document, URL, { useAsync: false });
  if (!res || !res.content) { emit('', []); return; }
  emit(res.title, blocksOfHtml(res.content));
}

main().catch((e) => {
  process.stderr.write(`defuddle: ${e && e.message}\n`);
  process.exitCode = 1;
});
