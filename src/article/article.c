/*
 * article.c - the public entry points: load a page and hand out the article.
 *
 * aloud_article_load() fetches (fetch.c), then aloud_article_from_html()
 * runs decode -> parse -> meta -> extract -> outline on a thread with a
 * large stack. gumbo, which frees its tree recursively, runs in the
 * parser's server (sandbox.c), forked from this thread and so with the
 * same stack; the depth it sees is bounded (nesting.c), but a stack
 * overflow there would cost only that page.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "decode.h"
#include "feed.h"
#include "fetch.h"

#define PIPELINE_STACK ((size_t)256 << 20)

typedef struct {
    aloud_article **out;
    const char *data;
    size_t len;
    const char *charset;
    const char *url;
    const char *content_language;
    const char *name;
    int err;
    /* errors are per thread: carry the message back */
    char message[1024];
} job;

static int pipeline(aloud_article **out, const job *j)
{
    aloud_article *a = NULL;
    al_dom dom = { 0 };
    al_items items = { 0 };
    char *utf8 = NULL;
    size_t utf8_len = 0;
    int err;

    if ((err = al_decode_sniff(j->data, j->len, j->name)) < 0 ||
        (err = al_decode_to_utf8(&utf8, &utf8_len, j->data, j->len, j->charset, j->name)) < 0)
        goto cleanup;
    if ((err = al_dom_parse(&dom, utf8, utf8_len, j->name)) < 0) {
        utf8 = NULL;                 /* al_dom_parse owns it, even on failure */
        goto cleanup;
    }
    utf8 = NULL;
    if (!(a = calloc(1, sizeof(*a)))) {
        err = al_error_oom();
        goto cleanup;
    }
    if ((err = al_meta_extract(&a->meta, &dom, j->content_language, j->url)) < 0 ||
        (err = al_extract(&items, &dom, &a->meta, j->name)) < 0)
        goto cleanup;
    if (!a->meta.lang)               /* undeclared: guess, so the right voice reads */
        a->meta.lang = al_lang_guess(&items);
    al_credits_trim(&items);
    if ((err = al_structure_mark(&items, &dom, a->meta.lang)) < 0 ||
        (err = al_outline(a, &items)) < 0)
        goto cleanup;
    a->digest = items.digest;
    if (a->digest) {                 /* the first card's author is not the page's */
        free(a->meta.byline);
        a->meta.byline = NULL;
    }
    if (a->section_count == 0) {
        err = al_error_set(ALOUD_ENOARTICLE, "%s: no readable article found in the page", j->name);
        goto cleanup;
    }
    *out = a;
    a = NULL;
cleanup:
    al_items_free(&items);
    al_dom_free(&dom);
    free(utf8);
    aloud_article_free(a);
    return err;
}

static void *pipeline_thread(void *arg)
{
    job *j = arg;

    j->err = pipeline(j->out, j);
    if (j->err < 0)
        snprintf(j->message, sizeof(j->message), "%s", aloud_error_message());
    return NULL;
}

static int run_pipeline(job *j)
{
    pthread_attr_t attr;
    pthread_t t;
    int rc;

    if (pthread_attr_init(&attr) != 0)
        return pipeline(j->out, j);
    pthread_attr_setstacksize(&attr, PIPELINE_STACK);
    rc = pthread_create(&t, &attr, pipeline_thread, j);
    pthread_attr_destroy(&attr);
    if (rc != 0)                       /* no thread: run here, smaller pages still work */
        return pipeline(j->out, j);
    pthread_join(t, NULL);
    if (j->err < 0)
        al_error_set(j->err, "%s", j->message);
    return j->err;
}

int aloud_article_from_html(aloud_article **out, const char *data, size_t len,
                            const char *charset, const char *url)
{
    job j = { 0 };

    if (!out || (!data && len))
        return al_error_set(ALOUD_EINVAL, "aloud_article_from_html: invalid argument");
    *out = NULL;
    al_error_clear();
    j.out = out;
    j.data = data ? data : "";
    j.len = len;
    j.charset = charset;
    j.url = url;
    j.name = url ? url : "input";
    return run_pipeline(&j);
}

int aloud_article_load(aloud_article **out, const char *source, const aloud_load_options *opts)
{
    aloud_load_options defaults = ALOUD_LOAD_OPTIONS_INIT;
    al_fetched f = { 0 };
    job j = { 0 };
    int err;

    if (!out || !source || !*source)
        return al_error_set(ALOUD_EINVAL, "no source given");
    *out = NULL;
    AL_CHECK_VERSION(opts, ALOUD_LOAD_OPTIONS_VERSION);
    al_error_clear();
    if (!opts)
        opts = &defaults;
    if ((err = al_fetch_source(&f, source, opts)) < 0)
        goto cleanup;
    if (al_feed_sniff(f.data, f.len, f.content_type)) {
        aloud_feed *feed = NULL;
        size_t items = 0;
        if (al_feed_parse(&feed, f.data, f.len, f.url, source) == ALOUD_OK)
            aloud_feed_items(feed, &items);
        aloud_feed_free(feed);
        err = al_error_set(ALOUD_EFEED, "%s: a news feed (RSS or Atom) of %zu item%s, not an "
                           "article", strcmp(source, "-") == 0 ? "<stdin>" : source, items,
                           items == 1 ? "" : "s");
        goto cleanup;
    }
    j.out = out;
    j.data = f.data;
    j.len = f.len;
    j.url = f.url ? f.url : (al_fetch_is_url(source) ? source : NULL);
    j.content_language = f.content_language;
    j.name = strcmp(source, "-") == 0 ? "<stdin>" : source;
    /* charset=... from a Content-Type header */
    if (f.content_type) {
        const char *cs = al_text_casestr(f.content_type, "charset=");
        if (cs)
            j.charset = cs + 8;
    }
    err = run_pipeline(&j);
cleanup:
    al_fetched_free(&f);
    return err;
}

void aloud_article_free(aloud_article *a)
{
    size_t i;

    if (!a)
        return;
    for (i = 0; i < a->block_count; i++) {
        free((char *)a->blocks[i].text);
        free((char *)a->blocks[i].lang);
        al_spans_free((aloud_span *)a->blocks[i].spans, a->blocks[i].span_count);
    }
    for (i = 0; i < a->section_count; i++)
        free((char *)a->sections[i].heading);
    free(a->blocks);
    free(a->sections);
    al_meta_free(&a->meta);
    free(a);
}

const char *aloud_article_title(const aloud_article *a) { return a ? a->meta.title : NULL; }
const char *aloud_article_byline(const aloud_article *a) { return a ? a->meta.byline : NULL; }
const char *aloud_article_site_name(const aloud_article *a) { return a ? a->meta.site_name : NULL; }
const char *aloud_article_published(const aloud_article *a) { return a ? a->meta.published : NULL; }
const char *aloud_article_lang(const aloud_article *a) { return a ? a->meta.lang : NULL; }
int aloud_article_is_digest(const aloud_article *a) { return a ? a->digest : 0; }
const char *aloud_article_url(const aloud_article *a) { return a ? a->meta.url : NULL; }

const aloud_section *aloud_article_sections(const aloud_article *a, size_t *count)
{
    if (count)
        *count = a ? a->section_count : 0;
    return a ? a->sections : NULL;
}

size_t aloud_section_words(const aloud_section *s)
{
    size_t i, n = s->heading ? al_text_words(s->heading) : 0;

    for (i = 0; i < s->block_count; i++)
        n += al_text_words(s->blocks[i].text);
    return n;
}

int aloud_article_find_section(const aloud_article *a, const char *spec)
{
    char *end;
    long n;
    size_t i;

    if (!a || !spec || !*spec)
        return al_error_set(ALOUD_EINVAL, "no section given");
    n = strtol(spec, &end, 10);
    if (*end == '\0') {
        if (n >= 1 && (size_t)n <= a->section_count)
            return (int)(n - 1);
        return al_error_set(ALOUD_ENOSECTION, "section %ld: the article has %zu sections", n,
                            a->section_count);
    }
    for (i = 0; i < a->section_count; i++) {
        const char *h = a->sections[i].heading ? a->sections[i].heading : "";
        if (al_text_casestr(h, spec))
            return (int)i;
    }
    return al_error_set(ALOUD_ENOSECTION, "no section heading contains \"%s\"", spec);
}
