/*
 * split.h - the files of --split: names, and whose export a directory
 * holds (private).
 */
#ifndef ALOUD_SPLIT_H
#define ALOUD_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

#define AL_PLAYLIST_NAME "playlist.m3u"
/** The playlist line that names the article a directory's export is of. */
#define AL_PLAYLIST_ARTICLE "#ALOUD-ARTICLE:"

/**
 * The path of section INDEX's file in DIR: "DIR/07 LABEL.EXT", numbered
 * from 1 with as many digits as COUNT needs (at least two). LABEL keeps
 * its letters in any script; "/" and control characters become "-", and
 * it is cut (at a character boundary) to stay well inside a file name's
 * 255 bytes. Caller frees; NULL when out of memory.
 */
char *al_split_path(const char *dir, size_t index, size_t count, const char *label,
                    const char *ext);

/** What an earlier export left in a directory. */
typedef struct {
    char **names;     /* the files its playlist lists (bare names) */
    size_t count;
} al_split_old;

/**
 * Read DIR's playlist, if any. When it is another article's (its
 * AL_PLAYLIST_ARTICLE line is not ARTICLE, or it has none) fail with
 * ALOUD_EWRITE unless FORCE. On success *OLD lists the files of that
 * export (empty when there was none); free with al_split_old_free().
 */
int al_split_claim(al_split_old *old, const char *dir, const char *article, bool force);

/** Remove from DIR the files of OLD that are not in KEEP (full paths). */
void al_split_remove_stale(const al_split_old *old, const char *dir, char *const *keep,
                           size_t keep_count);

void al_split_old_free(al_split_old *old);

#endif /* ALOUD_SPLIT_H */
