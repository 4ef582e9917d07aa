/*
 * nesting.h - bound what a page can make the HTML parser build: nesting,
 * elements, memory and time; and the parser's output (private).
 */
#ifndef ALOUD_NESTING_H
#define ALOUD_NESTING_H

#include <gumbo.h>

#include "util.h"

/* ---- nesting.c: a scan of the page before gumbo sees it ---- */

/** Elements nested deeper than this are flattened (Blink's parser uses 512). */
#define AL_HTML_MAX_DEPTH 512
/** More start tags than this and the page is refused. */
#define AL_HTML_MAX_ELEMENTS 500000

/**
 * Prepare UTF-8 HTML for gumbo: refuse a page with more than
 * AL_HTML_MAX_ELEMENTS start tags left (ALOUD_ETOOLARGE, message names NAME),
 * and remove the start and end tags of elements nested deeper than
 * AL_HTML_MAX_DEPTH, keeping their content. <noscript> elements are
 * removed whole (read as with scripting on). When anything is removed,
 * *HTML is replaced by a new NUL-terminated buffer and the old one is
 * freed; on failure *HTML is left alone (the caller still owns it).
 *
 * @return ALOUD_OK, ALOUD_ETOOLARGE or ALOUD_ERROR (out of memory)
 */
int al_html_bound(char **html, size_t *len, const char *name);

/**
 * Replace *HTML (freed) with a page of the markup inside its template
 * <script>s (a type that names markup or a template), one <div> each;
 * *COUNT receives how many. On failure *HTML is left alone.
 *
 * @return ALOUD_OK or ALOUD_ERROR (out of memory)
 */
int al_html_templates(char **html, size_t *len, unsigned *count, const char *name);

/* ---- htmlparse.c: gumbo in a sandboxed child, its tree sent back flat ---- */

/** What gumbo may allocate on one page: the larger of AL_HTML_MAX_MEMORY and
 * AL_HTML_MEMORY_FACTOR bytes per byte of HTML; and the CPU seconds it may spend. */
#define AL_HTML_MAX_MEMORY ((size_t)512 << 20)
#define AL_HTML_MEMORY_FACTOR 10
#define AL_HTML_MAX_SECONDS 20

/*
 * The flat form of a parsed page, as the child writes it: one record per
 * node in document order, comments left out, integers in the machine's
 * byte order (parent and child are one program):
 *
 *   u8   type    a GumboNodeType: DOCUMENT (the first record, and only
 *                it), ELEMENT, TEMPLATE, TEXT, WHITESPACE or CDATA
 *   u32  depth   0 for the document, its parent's plus one for the rest
 *   then for elements and templates:
 *        u16 tag (a GumboTag), u32 attribute count, and per attribute
 *        str name, str value
 *   or for text, white space and CDATA: str text
 *
 * where str is a u32 length that counts a final NUL, then the bytes and
 * the NUL; and after the last node AL_FLAT_END and u32 the node count.
 * al_dom_from_flat() (parse.c) reads it.
 */
#define AL_FLAT_END 0xFF

/** The memory budget of a page of LEN bytes (see AL_HTML_MAX_MEMORY). */
size_t al_html_memory_limit(size_t len);

/**
 * Parse HTML with gumbo in a sandboxed child process (sandbox.c) that may
 * allocate MAX_MEMORY bytes and spend AL_HTML_MAX_SECONDS of CPU time:
 * past either, the page fails with ALOUD_ETOOLARGE ("too complex to
 * read"); if gumbo crashes or fails an assertion, with ALOUD_ERROR. Every
 * message names NAME.
 *
 * @param flat      receives the tree in the flat form (NUL-terminated;
 *                  caller frees), as the child wrote it: untrusted
 * @param flat_len  receives its length
 * @return ALOUD_OK, ALOUD_ETOOLARGE or ALOUD_ERROR
 */
int al_html_parse(char **flat, size_t *flat_len, const char *html, size_t len,
                  size_t max_memory, const char *name);

#endif /* ALOUD_NESTING_H */
