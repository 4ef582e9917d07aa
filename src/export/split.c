/*
 * split.c - the files of --split.
 *
 * Names. A section's file is named after its heading as a listener reads
 * it, in whatever script: "03 Выбор места.mp3", "04 屋上の巣箱.opus". Only
 * what a file name cannot hold or a terminal must not see is replaced: "/"
 * and control characters (the heading is sanitised first, so escape
 * sequences are gone whole). Names are cut at 120 bytes, at a character
 * boundary, far below the 255 bytes of common file systems.
 *
 * Ownership. The playlist names the article it belongs to (its URL, else
 * its title) on an "#ALOUD-ARTICLE:" line that players skip as a
 * comment. A directory whose playlist is another article's is refused
 * unless forced, so two articles' files are never mixed; the files the
 * old playlist lists and the new export does not write are removed after
 * the new files are in place, so the playlist lists exactly the files
 * there. Files no playlist lists are never touched.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "split.h"

#define NAME_MAX_BYTES 120

/* LABEL as a file name's part: "/" and controls -> "-", cut at a boundary. */
static char *name_part(const char *label)
{
    char *clean = al_text_sanitize(label ? label : "");
    size_t n = 0, i = 0, len;

    if (!clean)
        return NULL;
    len = strlen(clean);
    while (i < len) {
        uint32_t cp;
        size_t step = al_utf8_decode((const unsigned char *)clean + i, len - i, &cp);
        if (step == 0 || n + step > NAME_MAX_BYTES)
            break;
        if (cp == '/' || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFD) {
            clean[n++] = '-';
        } else {
            memmove(clean + n, clean + i, step);
            n += step;
        }
        i += step;
    }
    while (n > 0 && (clean[n - 1] == ' ' || clean[n - 1] == '.'))
        n--;   /* no trailing space or dot: awkward in shells and on FAT */
    clean[n] = '\0';
    return clean;
}

char *al_split_path(const char *dir, size_t index, size_t count, const char *label,
                    const char *ext)
{
    int width = 2;
    char *part = name_part(label);
    al_buf b = AL_BUF_INIT;

    if (!part)
        return NULL;
    for (size_t c = count; c >= 100; c /= 10)
        width++;
    al_buf_printf(&b, "%s/%0*zu %s.%s", dir, width, index + 1, *part ? part : "Section", ext);
    free(part);
    return b.failed ? (al_buf_free(&b), NULL) : al_buf_detach(&b);
}

/* ---- ownership ---- */

static int add_name(al_split_old *old, const char *line)
{
    char **grown;

    if (!*line || strchr(line, '/') || line[0] == '.' || strcmp(line, AL_PLAYLIST_NAME) == 0)
        return ALOUD_OK;   /* only plain names in the directory itself */
    if (!(grown = realloc(old->names, (old->count + 1) * sizeof(*grown))))
        return al_error_oom();
    old->names = grown;
    if (!(old->names[old->count] = al_strdup(line)))
        return al_error_oom();
    old->count++;
    return ALOUD_OK;
}

int al_split_claim(al_split_old *old, const char *dir, const char *article, bool force)
{
    char *path = NULL, *line = NULL, *owner = NULL;
    size_t cap = 0;
    ssize_t n;
    al_buf b = AL_BUF_INIT;
    FILE *f;
    int err = ALOUD_OK;

    memset(old, 0, sizeof(*old));
    al_buf_printf(&b, "%s/%s", dir, AL_PLAYLIST_NAME);
    if (b.failed || !(path = al_buf_detach(&b)))
        return al_buf_free(&b), al_error_oom();
    if (!(f = fopen(path, "r"))) {
        free(path);
        return ALOUD_OK;   /* no earlier export */
    }
    while (err == ALOUD_OK && (n = getline(&line, &cap, f)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (strncmp(line, AL_PLAYLIST_ARTICLE, strlen(AL_PLAYLIST_ARTICLE)) == 0) {
            free(owner);
            if (!(owner = al_strdup(line + strlen(AL_PLAYLIST_ARTICLE))))
                err = al_error_oom();
        } else if (line[0] != '#') {
            err = add_name(old, line);
        }
    }
    fclose(f);
    free(line);
    if (err == ALOUD_OK && !force && (!owner || strcmp(owner, article) != 0))
        err = al_error_set(ALOUD_EWRITE, "%s: holds the export of %s%s%s; use --force to "
                           "replace it, or another directory", dir,
                           owner ? "another article (" : "something else", owner ? owner : "",
                           owner ? ")" : " (a playlist aloud did not write)");
    free(owner);
    free(path);
    if (err < 0)
        al_split_old_free(old);
    return err;
}

void al_split_remove_stale(const al_split_old *old, const char *dir, char *const *keep,
                           size_t keep_count)
{
    size_t dir_len = strlen(dir);

    for (size_t i = 0; i < old->count; i++) {
        bool kept = false;
        al_buf b = AL_BUF_INIT;

        for (size_t k = 0; k < keep_count && !kept; k++)
            kept = strncmp(keep[k], dir, dir_len) == 0 && keep[k][dir_len] == '/' &&
                   strcmp(keep[k] + dir_len + 1, old->names[i]) == 0;
        if (kept)
            continue;
        al_buf_printf(&b, "%s/%s", dir, old->names[i]);
        if (!b.failed)
            unlink(b.data);
        al_buf_free(&b);
    }
}

void al_split_old_free(al_split_old *old)
{
    for (size_t i = 0; i < old->count; i++)
        free(old->names[i]);
    free(old->names);
    old->names = NULL;
    old->count = 0;
}
