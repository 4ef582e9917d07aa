'use strict';
/*
 * Split an extractor's output HTML into the paragraphs a listener would hear,
 * following aloud's paragraph rules (tests/pages/README.md) so that the other
 * extractors are scored on the same footing as aloud's own --json output:
 *
 *  - each block element's run of text is a paragraph: <p>, <li> (a list item
 *    holding <p>s is still one paragraph), each paragraph of a <blockquote>
 *    (a quote without <p> is one), <figcaption>, table <caption>, text
 *    directly in a <div> between block boundaries;
 *  - each table row is one paragraph, its cells (th, td) joined with " | ";
 *  - each <pre> is one paragraph, white space collapsed;
 *  - two or more consecutive <br> end a paragraph, a single <br> is a space;
 *  - headings h1-h6 are marked: {"text": ..., "level": N} (h1 -> 2, as an
 *    h1 inside an article body is; h5/h6 -> 4);
 *  - inline markup is kept as its text; white space (NBSP included) is
 *    collapsed to one space, Unicode NFC, text trimmed;
 *  - script, style, noscript, template, svg and elements marked hidden
 *    (hidden attribute, display:none) are not read.
 *
 * Used as a module by readability.js and defuddle.js, and as a command
 * (`node blocks.js < {"title": ..., "html": ...}`) for extractors written in
 * other languages (python_readability.py), so that one splitter serves every
 * extractor but aloud.
 */
const { JSDOM } = require('jsdom');

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center',
  'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'ul',
]);
/* Inside a list item these are not paragraph boundaries. */
const LI_INLINE = new Set(['p', 'div', 'section', 'figure', 'header', 'footer']);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title',
  'meta', 'link', 'iframe', 'object', 'embed', 'canvas', 'textarea', 'select',
]);
const HEADING = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

function norm(s) {
  return String(s || '').normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

function hidden(el) {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') || '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/* Text of NODE as one line: blocks and <br> become spaces. */
function inlineText(node) {
  const parts = [];
  (function walk(n) {
    if (n.nodeType === 3) { parts.push(n.data); return; }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    if (n.nodeType === 1) {
      const tag = n.localName;
      if (SKIP.has(tag) || hidden(n)) return;
      if (tag === 'br' || BLOCK.has(tag) || tag in HEADING || tag === 'pre' || tag === 'tr') parts.push(' ');
    }
    for (const c of n.childNodes) walk(c);
    if (n.nodeType === 1 && (BLOCK.has(n.localName) || n.localName === 'tr')) parts.push(' ');
  })(node);
  return norm(parts.join(''));
}

function blocksOf(root) {
  const out = [];
  let buf = [];
  let brs = 0;

  function flush() {
    const t = norm(buf.join(''));
    buf = [];
    brs = 0;
    if (t) out.push(t);
  }
  function text(s) {
    if (brs && /\S/.test(s)) {
      if (brs >= 2) flush(); else buf.push(' ');
      brs = 0;
    }
    buf.push(s);
  }
  function walk(n, inLi) {
    if (n.nodeType === 3) { text(n.data); return; }
    if (n.nodeType !== 1) {
      if (n.nodeType === 9 || n.nodeType === 11) for (const c of n.childNodes) walk(c, inLi);
      return;
    }
    const tag = n.localName;
    if (SKIP.has(tag) || hidden(n)) return;
    if (tag === 'br') { brs++; return; }
    if (tag in HEADING) {
      flush();
      const t = inlineText(n);
      if (t) out.push({ text: t, level: HEADING[tag] });
      return;
    }
    if (tag === 'tr') {
      flush();
      const cells = [...n.children].filter((c) => c.localName === 'td' || c.localName === 'th')
        .filter((c) => !hidden(c)).map(inlineText);
      const row = cells.join(' | ');
      if (cells.some((c) => c)) out.push(norm(row));
      return;
    }
    if (tag === 'pre') { flush(); const t = inlineText(n); if (t) out.push(t); return; }
    if (tag === 'li') {
      flush();
      for (const c of n.childNodes) walk(c, true);
      flush();
      return;
    }
    if (BLOCK.has(tag)) {
      if (inLi && LI_INLINE.has(tag)) {
        buf.push(' ');
        for (const c of n.childNodes) walk(c, true);
        buf.push(' ');
        return;
      }
      flush();
      for (const c of n.childNodes) walk(c, false);
      flush();
      return;
    }
    for (const c of n.childNodes) walk(c, inLi);
  }
  walk(root, false);
  flush();
  return out;
}

/* Paragraphs of an HTML fragment (an extractor's article HTML). */
function blocksOfHtml(html) {
  const dom = new JSDOM(`<!DOCTYPE html><html><body>${html || ''}</body></html>`);
  const res = blocksOf(dom.window.document.body);
  dom.window.close();
  return res;
}

/* Print the result; exit 13 (as aloud does) when there is nothing to read. */
function emit(title, paragraphs) {
  if (!paragraphs.length) {
    process.stderr.write('no readable article\n');
    process.exitCode = 13;
    return;
  }
  process.stdout.write(JSON.stringify({ title: norm(title), paragraphs }) + '\n');
}

module.exports = { blocksOf, blocksOfHtml, emit, norm };

if (require.main === module) {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => {
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (input.html === null || input.html === undefined) { emit('', []); return; }
    emit(input.title, blocksOfHtml(input.html));
  });
}
