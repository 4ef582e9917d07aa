/*
 * batch.c - many articles in one run: aloud -o DIR/ SOURCE... and
 * --input-file FILE, on the public API only.
 *
 * Each source is loaded and exported into DIR under a stable, readable
 * name: the article's date and a slug of its title ("2024-03-05-the-
 * keeper-s-log.mp3"; the title's letters in any script are kept). A
 * manifest, DIR/manifest.jsonl, has one JSON line per source: source,
 * final URL, title, file, duration, sections, status, error, exit code
 * and a content hash (of the article's text and of the options that shape
 * the audio). It is rewritten atomically after every article, so an
 * interrupted batch loses at most the article in progress.
 *
 * A re-run is idempotent: a source whose last export succeeded and whose
 * hash is unchanged (and whose file is still there) is not synthesised
 * again; one that changed is re-done (its old file removed when its name
 * changed); one that failed is skipped unless --retry-failed. A failing
 * page never stops the batch. The exit status says how it went:
 * CLI_EXIT_OK when every source is exported or unchanged, CLI_EXIT_SOME
 * when some failed, CLI_EXIT_NONE when none succeeded; a summary line
 * counts them.
 */
#define _GNU_SOURCE                       /* renameat2 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cli.h"

#define MANIFEST "manifest.jsonl"
#define SLUG_MAX 80                  /* bytes of title in a file name */

typedef struct {
    char *source;
    json_object *entry;              /* the manifest's line, or NULL */
    char *html;                      /* a feed item's own HTML: read when the page cannot be */
    char *title;                     /* its title in the feed */
    json_object *fresh;              /* an export's new line, until finish() names its file */
    bool ready;                      /* --jobs: done, waiting for those before it */
    int result;                      /* its outcome, then */
} item;

typedef struct {
    const cli_options *o;
    char *dir;                       /* without a trailing slash */
    item *items;
    size_t count, cap;
    json_object **old;               /* manifest lines of sources not in this run */
    size_t old_count;
    size_t exported, unchanged, failed, feeds;
    aloud_load_options feed_load;    /* -o's load options, with the feeds' cache */
    char manifest[64];               /* manifest.jsonl, or manifest-K-of-N.jsonl (--shard) */
    size_t others;                   /* sources left to other shards */
    char *feed_cache;                /* DIR/.aloud-feeds */
    double seconds;                  /* audio exported or kept */
} batch;

static volatile sig_atomic_t cancel_requested;

static void on_signal(int sig)
{
    (void)sig;
    cancel_requested = 1;
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);

    if (!q) {
        cli_error("out of memory");
        exit(1);
    }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;

    return memcpy(xrealloc(NULL, n), s, n);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = xrealloc(NULL, n);

    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Add SOURCE to the run at position AT (b->count: at the end), once
 * however often it is given; false when it was there already. */
static bool insert_source(batch *b, size_t at, const char *source)
{
    size_t i;

    for (i = 0; i < b->count; i++)
        if (strcmp(b->items[i].source, source) == 0)
            return false;
    if (b->count == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 16;
        b->items = xrealloc(b->items, b->cap * sizeof(*b->items));
    }
    memmove(b->items + at + 1, b->items + at, (b->count - at) * sizeof(*b->items));
    memset(&b->items[at], 0, sizeof(b->items[at]));
    b->items[at].source = xstrdup(source);
    b->count++;
    return true;
}

static void add_source(batch *b, const char *source)
{
    insert_source(b, b->count, source);
}

/* The sources of --input-file: one a line, blank lines and "# ..." lines
 * skipped, surrounding spaces trimmed; "-" reads standard input. */
static int read_input_file(batch *b, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;

    if (!f) {
        cli_error("%s: cannot read the list of sources: %s", path, strerror(errno));
        return -1;
    }
    while ((n = getline(&line, &cap, f)) >= 0) {
        char *s = line, *e = line + n;
        while (*s == ' ' || *s == '\t')
            s++;
        while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        *e = '\0';
        if (*s && *s != '#')
            add_source(b, s);
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return 0;
}

/* ---- the manifest --------------------------------------------------------- */

static const char *get_str(json_object *o, const char *key)
{
    json_object *v;

    return o && json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)
        ? json_object_get_string(v) : NULL;
}

/* Read DIR/manifest.jsonl: each line to its source in this run, or kept
 * as it is for the sources not in this run. A line that is not a JSON
 * object with a source is dropped with a warning. */
static void read_manifest(batch *b)
{
    char *path = join(b->dir, b->manifest), *line = NULL;
    FILE *f = fopen(path, "r");
    size_t cap = 0, lineno = 0, i;
    ssize_t n;

    while (f && (n = getline(&line, &cap, f)) >= 0) {
        json_object *o = json_tokener_parse(line);
        const char *source = get_str(o, "source");
        lineno++;
        if (!source) {
            if (n > 1)
                cli_error("%s:%zu: not a manifest line, dropped", path, lineno);
            json_object_put(o);
            continue;
        }
        for (i = 0; i < b->count && strcmp(b->items[i].source, source) != 0; i++)
            ;
        if (i < b->count && !b->items[i].entry) {
            b->items[i].entry = o;
        } else if (i == b->count) {
            b->old = xrealloc(b->old, (b->old_count + 1) * sizeof(*b->old));
            b->old[b->old_count++] = o;
        } else {
            json_object_put(o);             /* a source twice: the first line wins */
        }
    }
    free(line);
    if (f)
        fclose(f);
    free(path);
}

/* Give the COUNT items from FROM on (a feed's, added after the manifest
 * was read) their manifest lines, taken from those kept aside. */
static void claim_entries(batch *b, size_t from, size_t count)
{
    size_t i, k;

    for (i = from; i < from + count && i < b->count; i++)
        for (k = 0; k < b->old_count; k++)
            if (strcmp(get_str(b->old[k], "source"), b->items[i].source) == 0) {
                b->items[i].entry = b->old[k];
                memmove(b->old + k, b->old + k + 1, (b->old_count - k - 1) * sizeof(*b->old));
                b->old_count--;
                break;
            }
}

/* Write the manifest whole to a temporary file and rename it into place. */
static int write_manifest(const batch *b)
{
    char tmp_name[128], *path = join(b->dir, b->manifest), *tmp;
    /* its own temporary name: shards write theirs into one folder at once */
    snprintf(tmp_name, sizeof(tmp_name), ".%s.%ld.tmp", b->manifest, (long)getpid());
    tmp = join(b->dir, tmp_name);
    FILE *f = fopen(tmp, "w");
    size_t i;
    int ok = f != NULL;

    for (i = 0; ok && i < b->old_count; i++)
        ok = fprintf(f, "%s\n", json_object_to_json_string_ext(b->old[i], JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)) > 0;
    for (i = 0; ok && i < b->count; i++)
        if (b->items[i].entry)
            ok = fprintf(f, "%s\n", json_object_to_json_string_ext(b->items[i].entry,
                                                                   JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)) > 0;
    if (f && (fflush(f) != 0 || fsync(fileno(f)) != 0))
        ok = 0;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, path) != 0)
        ok = 0;
    if (!ok) {
        cli_error("%s: cannot write the manifest: %s", path, strerror(errno));
        unlink(tmp);
    }
    free(path);
    free(tmp);
    return ok ? 0 : -1;
}

/* ---- names and hashes ----------------------------------------------------- */

/* "2024-03-05-" from a published date that starts with an ISO date. */
static void date_prefix(char *out, size_t size, const char *published)
{
    int i;

    out[0] = '\0';
    if (!published || strlen(published) < 10)
        return;
    for (i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? published[i] != '-' : published[i] < '0' || published[i] > '9')
            return;
    snprintf(out, size, "%.10s-", published);
}

/* A slug of TITLE: ASCII letters and digits lowercased, every letter
 * beyond ASCII kept (UTF-8 from the library), anything else one '-'; at
 * most SLUG_MAX bytes, cut at a character's start. */
static void slugify(char *out, const char *title)
{
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)(title ? title : "");
    bool dash = false;

    for (; *s && n < SLUG_MAX; s++) {
        unsigned char c = *s;
        if (c >= 0x80) {
            size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1, k;
            if (c < 0xC0)
                continue;                   /* a stray continuation byte */
            if (n + len + (dash ? 1 : 0) > SLUG_MAX)
                break;
            if (dash && n)
                out[n++] = '-';
            dash = false;
            for (k = 0; k < len && s[k]; k++)
                out[n++] = (char)s[k];
            s += k - 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            if (dash && n && n + 1 < SLUG_MAX)
                out[n++] = '-';
            dash = false;
            out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (c != '\'') {
            dash = true;                    /* "keeper's" stays one word */
        }
    }
    out[n] = '\0';
    if (!n)
        strcpy(out, "article");
}

/* Is NAME the file of an entry other than SELF, in this run or the manifest? */
static bool name_taken(const batch *b, const item *self, const char *name)
{
    size_t i;

    for (i = 0; i < b->count; i++) {
        const char *f = get_str(b->items[i].entry, "file");
        if (&b->items[i] != self && f && strcmp(f, name) == 0)
            return true;
    }
    for (i = 0; i < b->old_count; i++) {
        const char *f = get_str(b->old[i], "file");
        if (f && strcmp(f, name) == 0)
            return true;
    }
    return false;
}

static bool file_exists(const char *dir, const char *name)
{
    char *path = join(dir, name);
    struct stat st;
    bool yes = stat(path, &st) == 0 && S_ISREG(st.st_mode);

    free(path);
    return yes;
}

/* The file name for IT's article: its current one when the title and date
 * give the same stem, else the first of STEM.ext, STEM-2.ext, ... free. */
static char *file_name(const batch *b, const item *it, const char *title, const char *published,
                       const char *ext)
{
    char date[16], slug[SLUG_MAX + 1], name[SLUG_MAX + 64];
    const char *current = get_str(it->entry, "file");
    unsigned k;

    date_prefix(date, sizeof(date), published);
    slugify(slug, title);
    snprintf(name, sizeof(name), "%s%s.%s", date, slug, ext);
    if (current && strncmp(current, name, strlen(name) - strlen(ext) - 1) == 0 &&
        !name_taken(b, it, current))
        return xstrdup(current);
    /* a file there that is not ours (another shard's, the user's own) is
     * never overwritten */
    for (k = 2; name_taken(b, it, name) || (file_exists(b->dir, name) &&
                                            !(current && strcmp(current, name) == 0)); k++)
        snprintf(name, sizeof(name), "%s%s-%u.%s", date, slug, k, ext);
    return xstrdup(name);
}

/* FNV-1a, 64 bits: a change detector, not a defence. */
static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* The hash of what the listener would hear: the article's text and the
 * options that shape the audio. */
static void content_hash(char *out, size_t size, const aloud_article *a, const cli_options *o,
                         const char *ext)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    char *text = NULL, opts[256];
    size_t len = 0;

    if (aloud_render(&text, &len, a, ALOUD_FORMAT_TEXT) == ALOUD_OK)
        h = fnv1a(h, text, len);
    aloud_free(text);
    snprintf(opts, sizeof(opts), "|%s|%s|%d|%d|%d|%d|%s|%s|%u|%s", ext, o->voice ? o->voice : "",
             o->rate, o->pitch, o->volume, o->no_intro, o->section ? o->section : "",
             o->only ? "only" : "", o->bitrate, o->lexicon ? o->lexicon : "");
    h = fnv1a(h, opts, strlen(opts));
    if (o->cover)   /* only then: the hashes of exports without one stay */
        h = fnv1a(h, "|cover", 6);
    snprintf(out, size, "%016llx", (unsigned long long)h);
}

/* ---- one article ---------------------------------------------------------- */

static void set_str(json_object *o, const char *key, const char *value)
{
    json_object_object_add(o, key, value ? json_object_new_string(value) : NULL);
}

static void record_failure(item *it, const char *error, int code)
{
    json_object *e = json_object_new_object();
    const char *keep[] = { "url", "title", "file", "hash" };
    size_t i;

    set_str(e, "source", it->source);
    for (i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)   /* what the last success left */
        set_str(e, keep[i], get_str(it->entry, keep[i]));
    set_str(e, "status", "failed");
    set_str(e, "error", error);
    json_object_object_add(e, "exit_code", json_object_new_int(code));
    json_object_put(it->entry);
    it->entry = e;
}


/* Remove IT's file under KEY when the new export names it NOW instead. */
static void remove_old(const batch *b, const item *it, const char *key, const char *now)
{
    const char *old = get_str(it->entry, key);

    if (old && (!now || strcmp(old, now) != 0) && !strchr(old, '/')) {
        char *path = join(b->dir, old);
        unlink(path);
        free(path);
    }
}

typedef enum {
    DONE_EXPORTED, DONE_UNCHANGED, DONE_FAILED, DONE_SKIPPED, DONE_INTERRUPTED, DONE_FEED,
    DONE_OTHER_SHARD
} outcome;

/* Is SOURCE this run's with --shard K/N: the stable hash of the source
 * string, modulo N, is K - 1? Every source is in exactly one shard. */
static bool in_shard(const cli_options *o, const char *source)
{
    uint64_t h = 0xcbf29ce484222325ULL;

    if (!o->shard_n)
        return true;
    for (; *source; source++) {
        h ^= (unsigned char)*source;
        h *= 0x100000001b3ULL;
    }
    return (long)(h % (uint64_t)o->shard_n) == o->shard_k - 1;
}

/* The article of a feed item whose page cannot be read, from the item's
 * own HTML in the feed (when the feed carries the full text). */
static int from_feed(aloud_article **a, const item *it)
{
    size_t n = strlen(it->html) + (it->title ? 2 * strlen(it->title) : 0) + 256;
    char *page = xrealloc(NULL, n);
    int err;

    snprintf(page, n, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title>"
             "</head><body><article><h1>%s</h1>%s</article></body></html>",
             it->title ? it->title : "", it->title ? it->title : "", it->html);
    err = aloud_article_from_html(a, page, strlen(page), "utf-8",
                                  strstr(it->source, "://") ? it->source : NULL);
    free(page);
    return err;
}

/* Add the items of the feed at b->items[AT] to the end of the run: newest first,
 * --limit and --since applied. The feed itself gets no manifest line. */
static int expand_feed(batch *b, size_t at)
{
    aloud_feed *feed = NULL;
    const aloud_feed_item *items;
    size_t n, i, first = b->count, taken = 0;
    int err = aloud_feed_load(&feed, b->items[at].source, &b->feed_load);

    if (err < 0)
        return err;
    items = aloud_feed_items(feed, &n);
    for (i = 0; i < n && (!b->o->limit || taken < (size_t)b->o->limit); i++) {
        const aloud_feed_item *f = &items[i];
        if (!f->link)
            continue;
        if (b->o->since && (!f->published || strncmp(f->published, b->o->since, 10) < 0))
            continue;
        taken++;
        if (insert_source(b, b->count, f->link)) {
            b->items[b->count - 1].html = f->html ? xstrdup(f->html) : NULL;
            b->items[b->count - 1].title = f->title ? xstrdup(f->title) : NULL;
        }
    }
    claim_entries(b, first, b->count - first);
    if (!b->o->quiet)
        fprintf(stderr, "  a feed: %zu of its %zu item%s\n", taken, n, n == 1 ? "" : "s");
    aloud_feed_free(feed);
    return ALOUD_OK;
}

/* Read IT's article and, when it is new or changed, export it under a
 * temporary name (".aloud-PID-N.EXT", N its place in the run; the chapters
 * as ".aloud-PID-N.chapters.json") with its new manifest line in it->fresh:
 * finish() names the files. Runs in a worker process with --jobs. */
static outcome one(batch *b, item *it, size_t index, const char *ext, aloud_audio_format format)
{
    const cli_options *o = b->o;
    aloud_article *a = NULL;
    aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_export_options ex = ALOUD_EXPORT_OPTIONS_INIT;
    aloud_export_result result;
    const char *status = get_str(it->entry, "status");
    char hash[24], *name = NULL, *path = NULL, *meta = NULL, *chapters = NULL;
    unsigned char *cover = NULL;
    json_object *e;
    int err, rc;

    if (status && strcmp(status, "failed") == 0 && !o->retry_failed)
        return DONE_SKIPPED;
    err = aloud_article_load(&a, it->source, &o->load);
    if (err == ALOUD_EFEED)
        return DONE_FEED;
    if (err < 0 && it->html && err != ALOUD_EINTERRUPTED)
        err = from_feed(&a, it);
    if (err < 0) {
        record_failure(it, aloud_error_message(), cli_exit_code(err));
        return err == ALOUD_EINTERRUPTED ? DONE_INTERRUPTED : DONE_FAILED;
    }
    if (o->no_captions)
        aloud_article_drop_captions(a);
    content_hash(hash, sizeof(hash), a, o, ext);
    if (status && strcmp(status, "ok") == 0 && get_str(it->entry, "hash") &&
        strcmp(get_str(it->entry, "hash"), hash) == 0 && get_str(it->entry, "file") &&
        file_exists(b->dir, get_str(it->entry, "file")) &&
        (!o->podcast || (get_str(it->entry, "chapters") &&
                         file_exists(b->dir, get_str(it->entry, "chapters"))))) {
        aloud_article_free(a);
        return DONE_UNCHANGED;
    }
    if ((rc = cli_speech_options(&speech, o, a)) != CLI_EXIT_OK) {
        record_failure(it, "bad speech options", rc);
        aloud_article_free(a);
        return DONE_FAILED;
    }
    /* temporary names of this process (shards share the folder) */
    name = xrealloc(NULL, strlen(ext) + 64);
    snprintf(name, strlen(ext) + 64, ".aloud-%ld-%zu.%s", (long)getpid(), index, ext);
    path = join(b->dir, name);
    if (o->podcast) {                   /* the chapters, for STEM.chapters.json */
        chapters = xrealloc(NULL, 80);
        snprintf(chapters, 80, ".aloud-%ld-%zu.chapters.json", (long)getpid(), index);
        meta = xrealloc(NULL, strlen(path) + 16);
        snprintf(meta, strlen(path) + 16, "%s.ffmeta", path);
        ex.chapters_path = meta;
    }
    ex.wav_path = path;
    ex.format = format;
    ex.bitrate = o->bitrate;
    ex.jobs = o->jobs > 1 ? 1 : 0;   /* -j N: N articles at once, one process each */
    ex.cancel = &cancel_requested;
    if (format != ALOUD_FORMAT_WAV)     /* cli_batch() said it once */
        cli_cover(o, a, format, &cover, &ex.cover_size);
    ex.cover = cover;
    err = aloud_export(&result, a, &speech, &ex);
    aloud_free(cover);
    if (err < 0) {
        record_failure(it, aloud_error_message(), cli_exit_code(err));
        free(name);
        free(path);
        free(meta);
        free(chapters);
        aloud_article_free(a);
        return err == ALOUD_EINTERRUPTED ? DONE_INTERRUPTED : DONE_FAILED;
    }
    if (meta) {
        char *json = join(b->dir, chapters);
        if (cli_podcast_chapters(meta, json) < 0) {
            free(chapters);
            chapters = NULL;
        }
        unlink(meta);
        free(json);
    }
    e = json_object_new_object();
    set_str(e, "source", it->source);
    set_str(e, "url", aloud_article_url(a));
    set_str(e, "title", aloud_article_title(a));
    set_str(e, "file", name);
    set_str(e, "chapters", chapters);
    set_str(e, "byline", aloud_article_byline(a));
    set_str(e, "published", aloud_article_published(a));
    set_str(e, "lang", aloud_article_lang(a));
    json_object_object_add(e, "duration", json_object_new_double(
        result.sample_rate ? (double)result.samples / result.sample_rate : 0));
    json_object_object_add(e, "sections", json_object_new_int64((int64_t)result.section_count));
    set_str(e, "status", "ok");
    set_str(e, "error", NULL);
    json_object_object_add(e, "exit_code", json_object_new_int(0));
    set_str(e, "hash", hash);
    it->fresh = e;
    free(name);
    free(path);
    free(meta);
    free(chapters);
    aloud_article_free(a);
    return DONE_EXPORTED;
}

/* ---- the batch ------------------------------------------------------------ */

static void hms(char *out, size_t size, double seconds);
static void put_clean(const char *s);

static double duration_of(json_object *e)
{
    json_object *d;

    return e && json_object_object_get_ex(e, "duration", &d) ? json_object_get_double(d) : 0;
}

/* Give the export of b->items[I] its file names (finish what one() left
 * under temporary names) and make its new line the manifest's. */
static bool finish(batch *b, size_t i, const char *ext)
{
    item *it = &b->items[i];
    json_object *e = it->fresh;
    const char *tmp = get_str(e, "file"), *tmp_chapters = get_str(e, "chapters");
    const char *current = get_str(it->entry, "file");
    char *name = NULL, *from = join(b->dir, tmp ? tmp : ""), *to = NULL, *chapters = NULL;
    bool ok = false;
    int tries;

    /* never over another's file, even one a shard on another machine
     * names at this very moment: RENAME_NOREPLACE, and the next name
     * when it is taken (its own old file, it replaces) */
    for (tries = 0; tmp && tries < 100; tries++) {
        free(name);
        free(to);
        name = file_name(b, it, get_str(e, "title"), get_str(e, "published"), ext);
        to = join(b->dir, name);
        if (current && strcmp(current, name) == 0) {
            ok = rename(from, to) == 0;
            break;
        }
        if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) {
            ok = true;
            break;
        }
        if (errno == EINVAL || errno == ENOSYS) {     /* a file system without it */
            ok = rename(from, to) == 0;
            break;
        }
        if (errno != EEXIST)
            break;
    }

    if (!ok) {
        char msg[512];
        snprintf(msg, sizeof(msg), "%s: cannot name the export: %s", to ? to : b->dir,
                 strerror(errno));
        unlink(from);
        record_failure(it, msg, cli_exit_code(ALOUD_EWRITE));
    }
    free(from);
    free(to);
    if (ok && tmp_chapters) {
        size_t stem = strlen(name) - strlen(ext) - 1;
        chapters = xrealloc(NULL, stem + 16);
        snprintf(chapters, stem + 16, "%.*s.chapters.json", (int)stem, name);
        from = join(b->dir, tmp_chapters);
        to = join(b->dir, chapters);
        if (rename(from, to) != 0) {
            unlink(from);
            free(chapters);
            chapters = NULL;
        }
        free(from);
        free(to);
    }
    if (ok) {
        /* the article's old files, when their names changed with its title */
        remove_old(b, it, "file", name);
        remove_old(b, it, "chapters", chapters);
        set_str(e, "file", name);
        set_str(e, "chapters", chapters);
        json_object_put(it->entry);
        it->entry = e;
    } else {
        json_object_put(e);
    }
    it->fresh = NULL;
    free(name);
    free(chapters);
    return ok;
}

/* Count and report what happened to b->items[I]; the manifest is written
 * after every change. Returns an exit status (nonzero: stop). */
static int settle(batch *b, size_t i, outcome r, const char *ext, bool *interrupted)
{
    const cli_options *o = b->o;
    item *it;
    int err;

    if (r == DONE_FEED && (err = expand_feed(b, i)) < 0) {
        record_failure(&b->items[i], aloud_error_message(), cli_exit_code(err));
        r = DONE_FAILED;
    }
    if (r == DONE_EXPORTED && !finish(b, i, ext))
        r = DONE_FAILED;
    it = &b->items[i];
    switch (r) {
    case DONE_OTHER_SHARD: break;
    case DONE_FEED: b->feeds++; break;
    case DONE_EXPORTED: b->exported++; break;
    case DONE_UNCHANGED: b->unchanged++; break;
    case DONE_INTERRUPTED: *interrupted = true; break;
    case DONE_SKIPPED:
        b->failed++;
        if (!o->quiet) {
            fputs("  failed before (--retry-failed to try again): ", stderr);
            put_clean(get_str(it->entry, "error"));
            fputc('\n', stderr);
        }
        break;
    case DONE_FAILED:
        b->failed++;
        fputs("aloud: ", stderr);
        put_clean(get_str(it->entry, "error"));
        fputc('\n', stderr);
        break;
    }
    if (r == DONE_EXPORTED || r == DONE_UNCHANGED) {
        b->seconds += duration_of(it->entry);
        if (!o->quiet) {
            fputs(r == DONE_EXPORTED ? "  wrote " : "  unchanged: ", stderr);
            put_clean(get_str(it->entry, "file"));
            fputc('\n', stderr);
        }
    }
    if ((r == DONE_EXPORTED || r == DONE_FAILED) && write_manifest(b) < 0)
        return cli_exit_code(ALOUD_EWRITE);
    return CLI_EXIT_OK;
}

/* "[3/10, 0:12:30 of audio, 1 failed] SOURCE" as an item starts. */
static void announce(const batch *b, size_t i)
{
    char audio[32];

    if (!b->o->quiet) {
        hms(audio, sizeof(audio), b->seconds);
        fprintf(stderr, "[%zu/%zu, %s of audio", i + 1, b->count, audio);
        if (b->failed)
            fprintf(stderr, ", %zu failed", b->failed);
        fputs("] ", stderr);
        put_clean(b->items[i].source);
        fputc('\n', stderr);
    }
}

/* ---- politeness: per host, at most HOST_MAX_CONNECTIONS at once and
 * HOST_DELAY_MS between the starts of two requests ---- */

#define HOST_MAX_CONNECTIONS 2
#define HOST_DELAY_MS 1000

typedef struct {
    char name[256];                  /* "host:port" of the URL, "" for files */
    double last_start;               /* ms, CLOCK_MONOTONIC */
    int running;
} host;

static double now_ms(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* The host of SOURCE ("" for a file or stdin), lower-cased. */
static void host_of(char *out, size_t size, const char *source)
{
    const char *p = strstr(source, "://"), *end;
    size_t n = 0;

    out[0] = '\0';
    if (!p)
        return;
    p += 3;
    if ((end = strpbrk(p, "/?#")) == NULL)
        end = p + strlen(p);
    if (memchr(p, '@', (size_t)(end - p)))               /* user:pass@host */
        p = (const char *)memchr(p, '@', (size_t)(end - p)) + 1;
    for (; p < end && n + 1 < size; p++)
        out[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    out[n] = '\0';
}

/* The entry of SOURCE's host in HOSTS (added when new), or NULL for a file. */
static host *host_for(host **hosts, size_t *count, const char *source)
{
    char name[256];
    size_t i;

    host_of(name, sizeof(name), source);
    if (!name[0])
        return NULL;
    for (i = 0; i < *count; i++)
        if (strcmp((*hosts)[i].name, name) == 0)
            return &(*hosts)[i];
    *hosts = xrealloc(*hosts, (*count + 1) * sizeof(**hosts));
    memset(&(*hosts)[*count], 0, sizeof(**hosts));
    snprintf((*hosts)[*count].name, sizeof((*hosts)[*count].name), "%s", name);
    (*hosts)[*count].last_start = -1e12;
    return &(*hosts)[(*count)++];
}

/* Milliseconds to wait before a request to H may start (0: now), or -1
 * when H has all its connections busy. */
static long host_wait(const host *h)
{
    double left;

    if (!h)
        return 0;
    if (h->running >= HOST_MAX_CONNECTIONS)
        return -1;
    left = h->last_start + HOST_DELAY_MS - now_ms();
    return left > 0 ? (long)left + 1 : 0;
}

/* A worker process: one() for one item, its outcome and manifest line
 * sent back through a pipe. */
typedef struct {
    pid_t pid;
    int fd;
    size_t index;
    char *buf;
    size_t len;
    char host[256];                  /* its source's host, "" for a file */
} worker;

static bool start_worker(batch *b, worker *w, size_t i, const char *ext,
                         aloud_audio_format format)
{
    int fds[2];
    pid_t pid;

    if (pipe(fds) != 0)
        return false;
    fflush(stderr);
    pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return false;
    }
    if (pid == 0) {
        item *it = &b->items[i];
        outcome r;
        json_object *line;
        const char *text;
        FILE *out;
        close(fds[0]);
        r = one(b, it, i, ext, format);
        line = r == DONE_EXPORTED ? it->fresh : r == DONE_FAILED || r == DONE_INTERRUPTED
            ? it->entry : NULL;
        text = line ? json_object_to_json_string_ext(line, JSON_C_TO_STRING_PLAIN) : "";
        out = fdopen(fds[1], "w");
        if (out) {
            fprintf(out, "%d\n%s", (int)r, text);
            fclose(out);
        }
        _exit(0);
    }
    close(fds[1]);
    w->pid = pid;
    w->fd = fds[0];
    w->index = i;
    w->buf = NULL;
    w->len = 0;
    return true;
}

/* The worker W has finished (EOF on its pipe): take its result. */
static outcome end_worker(batch *b, worker *w)
{
    item *it = &b->items[w->index];
    json_object *line = NULL;
    char *nl;
    int status;
    outcome r = DONE_FAILED;

    close(w->fd);
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (w->buf && (nl = strchr(w->buf, '\n'))) {
        r = (outcome)strtol(w->buf, NULL, 10);
        line = nl[1] ? json_tokener_parse(nl + 1) : NULL;
    } else {
        record_failure(it, "the worker process ended without a result", 1);
    }
    if (r == DONE_EXPORTED && line) {
        it->fresh = line;
    } else if ((r == DONE_FAILED || r == DONE_INTERRUPTED) && line) {
        json_object_put(it->entry);
        it->entry = line;
    } else {
        json_object_put(line);
        if (r == DONE_EXPORTED) {
            record_failure(it, "the worker process sent no result", 1);
            r = DONE_FAILED;
        }
    }
    free(w->buf);
    return r;
}

/* Every item: one at a time, or with --jobs N in up to N worker processes
 * (each with its own speech engine); names, counts and the manifest are
 * the parent's alone, in the order results come. */
static int run_all(batch *b, const char *ext, aloud_audio_format format, bool *interrupted)
{
    long jobs = b->o->jobs > 1 ? b->o->jobs : 1;
    worker *w = xrealloc(NULL, (size_t)jobs * sizeof(*w));
    size_t next = 0, running = 0, settled = 0, k, nhosts = 0;
    host *hosts = NULL;
    int rc = CLI_EXIT_OK, timeout = -1;

    for (;;) {
        struct pollfd *p;
        host *h;
        long wait;
        if (cancel_requested)
            *interrupted = true;
        /* in the order of the sources, whatever order they finish in: the
         * same names (a second equal title is "-2") and output as one job */
        while (rc == CLI_EXIT_OK && settled < next && b->items[settled].ready) {
            rc = settle(b, settled, (outcome)b->items[settled].result, ext, interrupted);
            settled++;
        }
        if (rc != CLI_EXIT_OK)
            break;
        timeout = -1;
        while (!*interrupted && rc == CLI_EXIT_OK && running < (size_t)jobs && next < b->count) {
            if (!in_shard(b->o, b->items[next].source)) {
                b->items[next].ready = true;
                b->items[next].result = DONE_OTHER_SHARD;
                b->others++;
                if (settled == next)
                    settled++;
                next++;
                continue;
            }
            h = host_for(&hosts, &nhosts, b->items[next].source);
            if ((wait = host_wait(h)) != 0) {
                if (jobs == 1 && wait > 0) {      /* one job: just wait */
                    poll(NULL, 0, (int)wait);
                    continue;
                }
                timeout = (int)wait;             /* -1: until a worker ends */
                break;
            }
            if (h)
                h->last_start = now_ms();
            announce(b, next);
            if (jobs == 1) {
                outcome r = one(b, &b->items[next], next, ext, format);
                rc = settle(b, next, r, ext, interrupted);
                settled = next + 1;
            } else if (!start_worker(b, &w[running], next, ext, format)) {
                record_failure(&b->items[next], "cannot start a worker process", 1);
                b->items[next].ready = true;
                b->items[next].result = DONE_FAILED;
            } else {
                snprintf(w[running].host, sizeof(w[running].host), "%s", h ? h->name : "");
                if (h)
                    h->running++;
                running++;
            }
            next++;
        }
        if (!running) {
            if (rc == CLI_EXIT_OK && (settled < next || (timeout > 0 && next < b->count))) {
                if (timeout > 0 && settled >= next)
                    poll(NULL, 0, timeout);
                continue;
            }
            break;
        }
        p = xrealloc(NULL, running * sizeof(*p));
        for (k = 0; k < running; k++) {
            p[k].fd = w[k].fd;
            p[k].events = POLLIN;
            p[k].revents = 0;
        }
        if (poll(p, running, timeout) < 0 && errno != EINTR) {
            free(p);
            break;
        }
        for (k = running; k-- > 0;) {
            char chunk[4096];
            ssize_t n;
            if (!p[k].revents)
                continue;
            n = read(w[k].fd, chunk, sizeof(chunk));
            if (n < 0 && errno == EINTR)
                continue;
            if (n > 0) {
                w[k].buf = xrealloc(w[k].buf, w[k].len + (size_t)n + 1);
                memcpy(w[k].buf + w[k].len, chunk, (size_t)n);
                w[k].len += (size_t)n;
                w[k].buf[w[k].len] = '\0';
                continue;
            }
            b->items[w[k].index].result = end_worker(b, &w[k]);
            b->items[w[k].index].ready = true;
            if (w[k].host[0] && (h = host_for(&hosts, &nhosts, b->items[w[k].index].source)))
                h->running--;
            w[k] = w[--running];
        }
        free(p);
    }
    for (k = 0; k < running; k++) {          /* a failure stopped the batch: wait for the rest */
        kill(w[k].pid, SIGTERM);
        end_worker(b, &w[k]);
    }
    free(w);
    free(hosts);
    return rc;
}


/* aloud -o DIR/ --merge-manifests: DIR/manifest.jsonl and every shard's
 * manifest-K-of-N.jsonl into one DIR/manifest.jsonl (a shard's line wins
 * over the old one for the same source; shards in name order), then the
 * podcast feed when asked. */
static int merge_manifests(batch *b)
{
    char **names = NULL;
    size_t count = 0, i, k;
    DIR *dir = opendir(b->dir);
    struct dirent *e;
    int rc = CLI_EXIT_OK;

    if (!dir) {
        cli_error("%s: cannot read the folder: %s", b->dir, strerror(errno));
        return cli_exit_code(ALOUD_EFILE);
    }
    while ((e = readdir(dir))) {
        long sk, sn;
        int used = 0;
        if (sscanf(e->d_name, "manifest-%ld-of-%ld.jsonl%n", &sk, &sn, &used) == 2 &&
            (size_t)used == strlen(e->d_name)) {
            names = xrealloc(names, (count + 1) * sizeof(*names));
            names[count++] = xstrdup(e->d_name);
        }
    }
    closedir(dir);
    for (i = 1; i < count; i++)                         /* name order */
        for (k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
            char *t = names[k];
            names[k] = names[k - 1];
            names[k - 1] = t;
        }
    snprintf(b->manifest, sizeof(b->manifest), "%s", MANIFEST);
    for (i = 0; i <= count; i++) {
        char *path = join(b->dir, i == 0 ? MANIFEST : names[i - 1]), *line = NULL;
        FILE *f = fopen(path, "r");
        size_t cap = 0;
        while (f && getline(&line, &cap, f) >= 0) {
            json_object *o = json_tokener_parse(line);
            const char *source = get_str(o, "source");
            if (!source) {
                json_object_put(o);
                continue;
            }
            insert_source(b, b->count, source);
            for (k = 0; strcmp(b->items[k].source, source) != 0; k++)
                ;
            json_object_put(b->items[k].entry);
            b->items[k].entry = o;
        }
        free(line);
        if (f)
            fclose(f);
        free(path);
    }
    if (write_manifest(b) < 0)
        rc = cli_exit_code(ALOUD_EWRITE);
    if (rc == CLI_EXIT_OK && b->o->podcast) {
        json_object **all = xrealloc(NULL, (b->count + 1) * sizeof(*all));
        for (i = 0; i < b->count; i++)
            all[i] = b->items[i].entry;
        if (cli_podcast_write(b->dir, all, b->count, b->o) < 0)
            rc = cli_exit_code(ALOUD_EWRITE);
        free(all);
    }
    if (!b->o->quiet)
        fprintf(stderr, "aloud: merged %zu shard manifest%s: %zu sources in %s/%s\n", count,
                count == 1 ? "" : "s", b->count, b->dir, MANIFEST);
    for (i = 0; i < count; i++)
        free(names[i]);
    free(names);
    return rc;
}

bool cli_is_batch(const cli_options *o, int nsources)
{
    struct stat st;
    size_t n;

    if (nsources > 1 || o->input_file || o->podcast || o->merge || o->shard_n)
        return true;
    if (o->job != CLI_JOB_EXPORT || !o->output || strcmp(o->output, "-") == 0)
        return false;
    n = strlen(o->output);
    return o->output[n - 1] == '/' || (stat(o->output, &st) == 0 && S_ISDIR(st.st_mode));
}

/* Print S on stderr with control characters (C0, DEL, C1) as '?': a source
 * comes from a list file or the command line, an error may quote a page. */
static void put_clean(const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");

    for (; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            fputc('?', stderr);
        else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
            fputc('?', stderr);
            p++;
        } else
            fputc(*p, stderr);
    }
}

static void hms(char *out, size_t size, double seconds)
{
    unsigned long s = (unsigned long)(seconds + 0.5);

    snprintf(out, size, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
}

int cli_batch(const cli_options *o, char **sources, int nsources)
{
    batch b = { 0 };
    aloud_audio_format format;
    struct sigaction sa, old_int, old_term;
    struct stat st;
    const char *ext;
    char total[32];
    size_t i, n;
    int err, rc = CLI_EXIT_OK, k;
    bool interrupted = false;

    if (o->job != CLI_JOB_EXPORT || !o->output || o->split_dir || o->chapters) {
        cli_error("several sources (or --input-file) need -o DIR/ and no --split or --chapters");
        return CLI_EXIT_USAGE;
    }
    if ((err = aloud_audio_format_resolve(&format, NULL, o->format ? o->format : "wav")) < 0) {
        cli_error("%s", aloud_error_message());
        return CLI_EXIT_USAGE;
    }
    ext = aloud_audio_format_extension(format);
    if (o->cover && format == ALOUD_FORMAT_WAV)
        cli_error("--cover: a WAV file holds no cover art; writing them without one");
    b.o = o;
    b.dir = xstrdup(o->output);
    for (n = strlen(b.dir); n > 1 && b.dir[n - 1] == '/'; n--)
        b.dir[n - 1] = '\0';
    if (mkdir(b.dir, 0777) != 0 && errno != EEXIST) {
        cli_error("%s: cannot create the folder: %s", b.dir, strerror(errno));
        free(b.dir);
        return cli_exit_code(ALOUD_EWRITE);
    }
    if (stat(b.dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        cli_error("%s: not a folder", b.dir);
        free(b.dir);
        return cli_exit_code(ALOUD_EWRITE);
    }
    if (o->merge) {
        if (nsources || o->input_file) {
            cli_error("--merge-manifests takes no SOURCE: it combines the manifests in %s", b.dir);
            rc = CLI_EXIT_USAGE;
        } else {
            rc = merge_manifests(&b);
        }
        goto done;
    }
    for (k = 0; k < nsources; k++)
        add_source(&b, sources[k]);
    if (o->input_file && read_input_file(&b, o->input_file) < 0) {
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    if (b.count == 0) {
        cli_error("no sources to read (%s lists none)", o->input_file ? o->input_file : "the command line");
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    if (o->shard_n)
        snprintf(b.manifest, sizeof(b.manifest), "manifest-%ld-of-%ld.jsonl", o->shard_k,
                 o->shard_n);
    else
        snprintf(b.manifest, sizeof(b.manifest), "%s", MANIFEST);
    read_manifest(&b);
    b.feed_cache = join(b.dir, ".aloud-feeds");   /* conditional requests for feeds */
    b.feed_load = o->load;
    b.feed_load.version = ALOUD_LOAD_OPTIONS_VERSION;
    b.feed_load.feed_cache_dir = b.feed_cache;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    rc = run_all(&b, ext, format, &interrupted);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    aloud_speech_shutdown();
    if (o->podcast && !o->shard_n && rc == CLI_EXIT_OK) {   /* shards: at the merge */
        json_object **all = xrealloc(NULL, (b.old_count + b.count + 1) * sizeof(*all));
        size_t m = 0;
        for (i = 0; i < b.old_count; i++)
            all[m++] = b.old[i];
        for (i = 0; i < b.count; i++)
            if (b.items[i].entry)
                all[m++] = b.items[i].entry;
        if (cli_podcast_write(b.dir, all, m, o) < 0)
            rc = cli_exit_code(ALOUD_EWRITE);
        free(all);
    }
    hms(total, sizeof(total), b.seconds);
    n = b.count - b.feeds - b.others;
    fprintf(stderr, "aloud: %zu article%s", n, n == 1 ? "" : "s");
    if (b.feeds)
        fprintf(stderr, " (from %zu feed%s)", b.feeds, b.feeds == 1 ? "" : "s");
    fprintf(stderr, ": %zu exported, %zu unchanged, %zu failed%s; %s of audio; see ",
            b.exported, b.unchanged, b.failed, interrupted ? ", interrupted" : "", total);
    put_clean(b.dir);
    fprintf(stderr, "/%s\n", b.manifest);
    if (interrupted)
        rc = CLI_EXIT_INTERRUPTED;
    else if (rc == CLI_EXIT_OK && b.failed)
        rc = b.exported + b.unchanged ? CLI_EXIT_SOME : CLI_EXIT_NONE;
done:
    for (i = 0; i < b.count; i++) {
        free(b.items[i].source);
        free(b.items[i].html);
        free(b.items[i].title);
        json_object_put(b.items[i].fresh);
        json_object_put(b.items[i].entry);
    }
    for (i = 0; i < b.old_count; i++)
        json_object_put(b.old[i]);
    free(b.old);
    free(b.items);
    free(b.feed_cache);
    free(b.dir);
    return rc;
}
