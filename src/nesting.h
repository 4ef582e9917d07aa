/*
 * nesting.h - bound what a page can make the HTML parser build (private).
 */
#ifndef ALOUD_NESTING_H
#define ALOUD_NESTING_H

#include "util.h"

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

#endif /* ALOUD_NESTING_H */
