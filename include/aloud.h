/*
 * aloud.h - the public API of libaloud, a library that reads web articles
 * aloud.
 *
 * This umbrella header is the whole public API; everything under src/ is
 * private. The pieces, in pipeline order:
 *
 *   aloud/common.h   error codes, version, memory
 *   aloud/article.h  load a page (URL, file, stdin or memory), extract the
 *                    article, split it into sections, render it as text,
 *                    JSON, an outline or HTML
 *   aloud/speech.h   speak an article with espeak-ng: voices, WAV export
 *                    with a chapter mark per section
 *   aloud/player.h   live playback, steered by section
 *
 * Usage:
 *
 *     aloud_article *article = NULL;
 *     aloud_load_options opts = ALOUD_LOAD_OPTIONS_INIT;
 *     char *json = NULL;
 *     int err;
 *
 *     if ((err = aloud_article_load(&article, "https://example.com/post", &opts)) < 0 ||
 *         (err = aloud_render(&json, NULL, article, ALOUD_FORMAT_JSON)) < 0) {
 *         fprintf(stderr, "aloud: %s\n", aloud_error_message());
 *         goto cleanup;
 *     }
 *     fputs(json, stdout);
 *   cleanup:
 *     aloud_free(json);
 *     aloud_article_free(article);
 *
 * Conventions: functions that can fail return 0 (ALOUD_OK) or a negative
 * aloud_error; output parameters come first and what comes back through
 * `**out` is the caller's to free; getters borrow; free functions accept NULL.
 */
#ifndef ALOUD_H
#define ALOUD_H

#include "aloud/common.h"
#include "aloud/article.h"
#include "aloud/speech.h"
#include "aloud/player.h"

#endif /* ALOUD_H */
