/*
 * appdata.h - the article a script framework carries only as JSON data
 * (private).
 */
#ifndef ALOUD_APPDATA_H
#define ALOUD_APPDATA_H

#include <stdbool.h>

#include "dom.h"

/**
 * The article's body in the JSON data of DOM's <script type=
 * "application/json"> elements (Next.js's __NEXT_DATA__, a store's
 * state): the string, or array of strings or of blocks, with the most
 * words (at least AL_APP_MIN_WORDS) held by an object that names the page's
 * TITLE, near it (appdata.c says how). *HTML is then a new string, its
 * markup (prose made paragraphs of its lines, escaped); caller frees.
 *
 * @return ALOUD_OK, ALOUD_ENOARTICLE when the data holds no such body
 *         (or TITLE is NULL or too short to tell), or ALOUD_ERROR (out of
 *         memory)
 */
int al_app_data_body(char **html, const al_dom *dom, const char *title);

#define AL_APP_MIN_WORDS 50

#endif
