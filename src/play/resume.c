/*
 * resume.c - remember where the playback of an article stopped.
 *
 * Positions live in $XDG_STATE_HOME/aloud/ (default ~/.local/state/aloud),
 * one small text file per article named by a 64-bit FNV-1a hash of its key:
 * the URL for a web page, the absolute path for a file. The file repeats
 * the key, so a hash collision reads as "nothing saved" rather than as
 * somebody else's position:
 *
 *     aloud-position 1
 *     source https://example.com/post
 *     section 3
 *     paragraph 2
 *
 * Files are written atomically (a temporary file in the same directory,
 * then rename), so an interrupted save leaves the old position intact.
 * Control characters in a key (a path may hold a newline) are written as
 * '?', both when saving and when comparing.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define POSITION_MAGIC "aloud-position 1"

static bool is_url(const char *s)
{
    return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

/* The key of SOURCE with control characters replaced; NULL on error. */
static char *position_key(const char *source)
{
    char *key, *p;

    if (!source || !*source || strcmp(source, "-") == 0) {
        al_error_set(ALOUD_EINVAL, "--resume: standard input has no lasting name; "
                     "save the page to a file first");
        return NULL;
    }
    if (is_url(source)) {
        key = al_strdup(source);
    } else if (!(key = realpath(source, NULL))) {
        al_error_set(ALOUD_EFILE, "%s: %s", source, strerror(errno));
        return NULL;
    }
    if (!key) {
        al_error_oom();
        return NULL;
    }
    for (p = key; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = '?';
    return key;
}

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;

    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* mkdir -p for the state directory, private to the user. */
static int make_dirs(char *path)
{
    char *p;

    for (p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0700) != 0 && errno != EEXIST) {
            *p = '/';
            return -1;
        }
        *p = '/';
    }
    return mkdir(path, 0700) != 0 && errno != EEXIST ? -1 : 0;
}

/* The state directory's path, newly allocated; NULL (error set) when
 * neither XDG_STATE_HOME nor HOME gives one. */
static char *state_dir(void)
{
    const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    al_buf b = AL_BUF_INIT;

    /* The XDG spec says relative paths are to be ignored. */
    if (xdg && xdg[0] == '/')
        al_buf_printf(&b, "%s/aloud", xdg);
    else if (home && home[0] == '/')
        al_buf_printf(&b, "%s/.local/state/aloud", home);
    else {
        al_error_set(ALOUD_EWRITE, "--resume: neither XDG_STATE_HOME nor HOME is set");
        return NULL;
    }
    if (b.failed) {
        al_buf_free(&b);
        al_error_oom();
        return NULL;
    }
    return al_buf_detach(&b);
}

/* Path of the position file for KEY; NULL with the error set. */
static char *position_path(const char *key)
{
    char *dir = state_dir(), *path;
    al_buf b = AL_BUF_INIT;

    if (!dir)
        return NULL;
    al_buf_printf(&b, "%s/%016llx.pos", dir, (unsigned long long)fnv1a(key));
    free(dir);
    if (b.failed) {
        al_buf_free(&b);
        al_error_oom();
        return NULL;
    }
    path = al_buf_detach(&b);
    return path;
}

static bool parse_size_line(const char *line, const char *name, size_t *out)
{
    size_t n = strlen(name);
    char *end;
    unsigned long long v;

    if (strncmp(line, name, n) != 0 || line[n] != ' ' || !isdigit((unsigned char)line[n + 1]))
        return false;
    errno = 0;
    v = strtoull(line + n + 1, &end, 10);
    if (errno || (*end && *end != '\n') || v > SIZE_MAX / 2)
        return false;
    *out = (size_t)v;
    return true;
}

/* Read FILE; 1 when it holds a position for KEY. */
static int read_position(FILE *f, const char *key, size_t *section, size_t *paragraph)
{
    char line[PATH_MAX + 64];
    size_t keylen = strlen(key);

    if (!fgets(line, sizeof(line), f) || strcmp(line, POSITION_MAGIC "\n") != 0)
        return 0;
    if (!fgets(line, sizeof(line), f) || strncmp(line, "source ", 7) != 0 ||
        strncmp(line + 7, key, keylen) != 0 || strcmp(line + 7 + keylen, "\n") != 0)
        return 0;
    if (!fgets(line, sizeof(line), f) || !parse_size_line(line, "section", section))
        return 0;
    if (!fgets(line, sizeof(line), f) || !parse_size_line(line, "paragraph", paragraph))
        return 0;
    return 1;
}

int aloud_resume_load(size_t *section, size_t *paragraph, const char *source)
{
    char *key = NULL, *path = NULL;
    FILE *f = NULL;
    size_t s = 0, p = 0;
    int rc;

    *section = 0;
    *paragraph = 0;
    if (!(key = position_key(source)) || !(path = position_path(key))) {
        rc = aloud_error_last();
        goto cleanup;
    }
    rc = 0;
    if (!(f = fopen(path, "r"))) {
        if (errno != ENOENT)
            rc = al_error_set(ALOUD_EFILE, "%s: %s", path, strerror(errno));
        goto cleanup;
    }
    if ((rc = read_position(f, key, &s, &p)) == 1) {
        *section = s;
        *paragraph = p;
    }
cleanup:
    if (f)
        fclose(f);
    free(path);
    free(key);
    return rc;
}

/* Write the position into a temporary file next to PATH, then rename. */
static int write_atomically(const char *path, const char *key, size_t section, size_t paragraph)
{
    al_buf tmp = AL_BUF_INIT;
    FILE *f = NULL;
    int fd = -1, err = ALOUD_OK;

    al_buf_printf(&tmp, "%s.XXXXXX", path);
    if (tmp.failed) {
        err = al_error_oom();
        goto cleanup;
    }
    if ((fd = mkstemp(tmp.data)) < 0 || !(f = fdopen(fd, "w"))) {
        err = al_error_set(ALOUD_EWRITE, "%s: %s", tmp.data, strerror(errno));
        goto cleanup;
    }
    fd = -1;
    fprintf(f, POSITION_MAGIC "\nsource %s\nsection %zu\nparagraph %zu\n", key, section, paragraph);
    if (fflush(f) != 0 || fsync(fileno(f)) != 0 || fclose(f) != 0) {
        f = NULL;
        err = al_error_set(ALOUD_EWRITE, "%s: %s", tmp.data, strerror(errno));
        goto cleanup;
    }
    f = NULL;
    if (rename(tmp.data, path) != 0)
        err = al_error_set(ALOUD_EWRITE, "%s: %s", path, strerror(errno));
cleanup:
    if (f)
        fclose(f);
    if (fd >= 0)
        close(fd);
    if (err < 0 && tmp.data)
        unlink(tmp.data);
    al_buf_free(&tmp);
    return err;
}

int aloud_resume_save(const char *source, size_t section, size_t paragraph)
{
    char *key = NULL, *path = NULL, *slash;
    int err;

    if (!(key = position_key(source)) || !(path = position_path(key))) {
        err = aloud_error_last();
        goto cleanup;
    }
    slash = strrchr(path, '/');
    *slash = '\0';
    if (make_dirs(path) != 0) {
        err = al_error_set(ALOUD_EWRITE, "%s: %s", path, strerror(errno));
        goto cleanup;
    }
    *slash = '/';
    err = write_atomically(path, key, section, paragraph);
cleanup:
    free(path);
    free(key);
    return err;
}

int aloud_resume_forget(const char *source)
{
    char *key = NULL, *path = NULL;
    int err = ALOUD_OK;

    if (!(key = position_key(source)) || !(path = position_path(key))) {
        err = aloud_error_last();
        goto cleanup;
    }
    if (unlink(path) != 0 && errno != ENOENT)
        err = al_error_set(ALOUD_EWRITE, "%s: %s", path, strerror(errno));
cleanup:
    free(path);
    free(key);
    return err;
}
