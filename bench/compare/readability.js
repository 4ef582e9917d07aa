#!/usr/bin/env node
'use strict';
/*
 * Readability.js (Firefox's Reader View) on one HTML file, for compare.py.
 *
 *   node readability.js PAGE.html
 *
 * Prints {"title": ..., "paragraphs": [...]}: the paragraphs of Readability's
 * article HTML as split by blocks.js (aloud's paragraph rules), headings as
 * {"text": ..., "level": N}. Exits 13 when Readability finds no article.
 * The page is given to jsdom as bytes, so it decodes the page as a browser
 * does (BOM, <meta charset>, else windows-1252); the URL is a dummy.
 */
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const { blocksOfHtml, emit } = require('./blocks');

const URL = 'https://example.com/article';

function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: readability.js PAGE.html\n');
    process.exitCode = 2;
    return;
  }
  const dom = new JSDOM(fs.readFileSync(path), { url: URL });
  const article = new Readability(dom.window.document).parse();
  if (!article || !article.content) { emit('', []); return; }
  emit(article.title, blocksOfHtml(article.content));
}

main();
