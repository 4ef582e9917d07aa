/*
 * nesting.h - bound what a page can make the HTML parser build: nesting,
 * elements, memory and time (private).
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
 * AL_HTML_MAX_DEPTH, keeping their content. When tags are removed, *HTML
 * is replaced by a new NUL-terminated buffer and the old one is freed;
 * on failure *HTML is left alone (the caller still owns it).
 *
 * @return ALOUD_OK, ALOUD_ETOOLARGE or ALOUD_ERROR (out of memory)
 */
int al_html_bound(char **html, size_t *len, const char *name);

/* ---- htmlparse.c: gumbo within a budget ---- */

/** What gumbo may allocate on one page: the larger of AL_HTML_MAX_MEMORY and
 * AL_HTML_MEMORY_FACTOR bytes per byte of HTML; and the CPU seconds it may spend. */
#define AL_HTML_MAX_MEMORY ((size_t)512 << 20)
#define AL_HTML_MEMORY_FACTOR 10
#define AL_HTML_MAX_SECONDS 20

/**
 * Parse HTML with gumbo within its memory budget and AL_HTML_MAX_SECONDS
 * of CPU time: a page that would take more fails with ALOUD_ETOOLARGE
 * ("too complex to read"), everything gumbo allocated freed.
 *
 * @param out  receives the tree; free it with al_html_free() (not with
 *             gumbo_destroy_output and the default options)
 * @return ALOUD_OK, ALOUD_ETOOLARGE or ALOUD_ERROR
 */
int al_html_parse(GumboOutput **out, const char *html, size_t len, const char *name);
void al_html_free(GumboOutput *out);

#endif /* ALOUD_NESTING_H */
