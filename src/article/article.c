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
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appdata.h"
#include "article.h"
#include "decode.h"
#include "feed.h"
#include "fetch.h"
#include "nesting.h"

#define PIPELINE_STACK ((size_t)256 << 20)

typedef struct {
    aloud_article **out;
    const char *data;
    size_t len;
    const char *charset;
    const char *url;
    const char *content_language;
    const char *name;
    const char *app_html;      /* the body in the page's framework data (appdata.c), or NULL */
    int err;
    /* errors are per thread: carry the message back */
    char message[1024];
} job;

/* Free A's sections and blocks, leaving its metadata. */
static void free_outline(aloud_article *a)
{
    size_t i;

    for (i = 0; i < a->block_count; i++) {
        free((char *)a->blocks[i].text);
        free((char *)a->blocks[i].lang);
        al_spans_free((aloud_span *)a->blocks[i].spans, a->blocks[i].span_count);
    }
    for (i = 0; i < a->section_count; i++)
        free((char *)a->sections[i].heading);
    free(a->blocks);
    free(a->sections);
    a->blocks = NULL;
    a->sections = NULL;
    a->block_count = a->section_count = 0;
    a->digest = false;
}

static size_t outline_words(const aloud_article *a)
{
    size_t i, n = 0;

    for (i = 0; i < a->section_count; i++)
        n += aloud_section_words(&a->sections[i]);
    return n;
}

/* Extraction onward, on one parse of the page: ALOUD_ENOARTICLE when the
 * parse holds no article (A is then as it was, metadata kept). */
static int read_dom(aloud_article *a, al_dom *dom, const job *j)
{
    al_items items = { 0 };
    char *lang, *declared = NULL;
    bool guessed = false;
    int err;

    if ((err = al_extract(&items, dom, &a->meta, j->name)) < 0)
        goto cleanup;
    if (!a->meta.lang) {             /* undeclared: guess, so the right voice reads */
        a->meta.lang = al_lang_guess(&items);
        guessed = true;
        al_meta_read_shown_date(&a->meta, dom);
    } else if ((lang = al_lang_article(&items, dom, a->meta.lang)) != NULL) {
        declared = a->meta.lang;     /* the template's language, not the article's */
        a->meta.lang = lang;
    }
    al_credits_trim(&items, dom, a->meta.site_name, a->meta.title);
    if ((err = al_structure_mark(&items, dom, a->meta.lang)) < 0 ||
        (err = al_outline(a, &items)) < 0)
        goto cleanup;
    if (a->section_count == 0) {
        err = al_error_set(ALOUD_ENOARTICLE, "%s: no readable article found in the page", j->name);
        goto cleanup;
    }
    a->digest = items.digest;
    if (a->digest) {                 /* the first card's author is not the page's */
        free(a->meta.byline);
        a->meta.byline = NULL;
    }
cleanup:
    if (err < 0) {
        free_outline(a);
        if (guessed || declared) {
            free(a->meta.lang);
            a->meta.lang = declared;    /* a second reading judges anew */
            declared = NULL;
        }
    }
    free(declared);
    al_items_free(&items);
    return err;
}

/*
 * Second readings of a page whose markup holds no article, or only a thin
 * one (under THIN_WORDS words: a "Loading..." or "enable JavaScript"
 * line where a framework renders the article), in order:
 *
 *   1. the markup inside template <script>s (text/template, text/html...),
 *      as a page of its own (the page's chrome left out);
 *   2. the article's markup in the page's framework data (a
 *      <script type="application/json">, appdata.c), the body of the
 *      object that names the page's title, with its headings;
 *   3. the JSON-LD articleBody (at least LD_FALLBACK_MIN_WORDS words),
 *      read as the article: a page that carries its text only as data.
 *      Paragraphs are its lines; an articleBody that is markup is parsed
 *      as such. The standfirst the first reading found under the title
 *      (standfirst.c's LEAD, read: visible in the markup above the
 *      "Loading..." placeholder) comes first, unless the articleBody
 *      says it already: the data carries the body, the page its lead.
 *
 * A page read as a digest of story cards gets the second readings too:
 * teaser cards nested in a post whose body a script renders from a
 * template are no front, and an article found in the template replaces
 * the digest when it says at least as much.
 *
 * Otherwise a second reading replaces the first only when it has at least
 * FALLBACK_FACTOR times its words. Neither can make a menu read: the same
 * extraction judges what they bring, and a page with an article in its
 * markup never gets here.
 */
#define THIN_WORDS 100
#define FALLBACK_FACTOR 2
#define LD_FALLBACK_MIN_WORDS 50

static int try_templates(aloud_article *a, const job *j, const char *lead)
{
    al_dom dom = { 0 };
    char *utf8 = NULL;
    size_t utf8_len = 0;
    unsigned count = 0;
    int err;

    (void)lead;                      /* a template renders its own lead */
    if ((err = al_decode_to_utf8(&utf8, &utf8_len, j->data, j->len, j->charset, j->name)) < 0)
        return err;
    if ((err = al_html_templates(&utf8, &utf8_len, &count, j->name)) < 0 || count == 0) {
        free(utf8);
        return err < 0 ? err : ALOUD_ENOARTICLE;
    }
    if ((err = al_dom_parse(&dom, utf8, utf8_len, j->name)) < 0)
        return err;
    err = read_dom(a, &dom, j);
    al_dom_free(&dom);
    return err;
}

/* Append the N bytes of TEXT to B with '<' and '&' escaped. */
static void put_escaped(al_buf *b, const char *text, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '<')
            al_buf_puts(b, "&lt;");
        else if (text[i] == '&')
            al_buf_puts(b, "&amp;");
        else
            al_buf_putc(b, text[i]);
    }
}

/* Does the articleBody TEXT say LEAD already (its words, whole)? */
static bool body_says(const char *text, const char *lead)
{
    char *kt = al_text_key(text), *kl = al_text_key(lead);
    bool says = !kt || !kl || !*kl || al_key_has_words(kt, kl);

    free(kt);
    free(kl);
    return says;
}

/* Read HTML (made by ld_page, NULL when out of memory) as the page. */
static int read_html(aloud_article *a, const job *j, char *html)
{
    al_dom dom = { 0 };
    int err;

    if (!html)
        return al_error_oom();
    if ((err = al_dom_parse(&dom, html, strlen(html), j->name)) < 0)
        return err;
    err = read_dom(a, &dom, j);
    al_dom_free(&dom);
    return err;
}

/* A page of the articleBody's paragraphs (its lines), or the articleBody
 * itself when it is MARKUP; LEAD (or NULL), the standfirst the page
 * shows, first when the articleBody does not say it. */
static char *ld_page(const char *text, const char *lead, bool markup)
{
    al_buf b = { 0 };
    const char *p;

    al_buf_puts(&b, "<!DOCTYPE html><html><body><article>");
    if (lead && !body_says(text, lead)) {
        al_buf_puts(&b, "<p>");
        put_escaped(&b, lead, strlen(lead));
        al_buf_puts(&b, "</p>");
    }
    if (markup) {
        al_buf_puts(&b, text);
    } else {
        for (p = text; *p;) {
            size_t n = strcspn(p, "\n");

            if (n) {
                al_buf_puts(&b, "<p>");
                put_escaped(&b, p, n);
                al_buf_puts(&b, "</p>");
            }
            p += n + (p[n] != '\0');
        }
    }
    al_buf_puts(&b, "</article></body></html>");
    if (b.failed) {
        al_buf_free(&b);
        return NULL;
    }
    return al_buf_detach(&b);
}

static int try_ld_body(aloud_article *a, const job *j, const char *lead)
{
    if (!a->meta.ld_text || al_text_words(a->meta.ld_text) < LD_FALLBACK_MIN_WORDS)
        return ALOUD_ENOARTICLE;
    return read_html(a, j, ld_page(a->meta.ld_text, lead,
                                   al_text_casestr(a->meta.ld_text, "<p>") ||
                                   al_text_casestr(a->meta.ld_text, "<p ") ||
                                   al_text_casestr(a->meta.ld_text, "<br")));
}

/* The article's markup in the page's framework data (j->app_html, found
 * by al_app_data_body), read as the page: richer than the JSON-LD
 * articleBody of the same page, which has lost the headings. LEAD as for
 * the articleBody. */
static int try_app_data(aloud_article *a, const job *j, const char *lead)
{
    if (!j->app_html)
        return ALOUD_ENOARTICLE;
    return read_html(a, j, ld_page(j->app_html, lead, true));
}

/* The standfirst the first reading A read: its first block, a paragraph
 * with the words of the page's description (og:description, JSON-LD's
 * description), the summary the page shows under its title. A copy, or
 * NULL. */
static char *read_lead(const aloud_article *a)
{
    const aloud_block *b = a->block_count ? &a->blocks[0] : NULL;

    if (!b || !b->text || b->kind != ALOUD_BLOCK_PARAGRAPH || !a->meta.description ||
        !al_text_same_words(b->text, a->meta.description))
        return NULL;
    return al_strdup(b->text);
}

/* Read the page again with TRY; keep that reading when it has at least
 * FALLBACK_FACTOR times the words of A's. ALOUD_ENOARTICLE when not kept. */
static int try_instead(aloud_article *a, int (*try)(aloud_article *, const job *, const char *), const job *j,
                       const char *lead)
{
    aloud_article alt = { 0 };
    int err;

    alt.meta = a->meta;              /* lent; a try may set lang: given back below */
    err = try(&alt, j, lead);
    a->meta = alt.meta;
    if (err < 0)
        return err;
    if (outline_words(&alt) < (a->digest && !alt.digest ? 1 : FALLBACK_FACTOR) * outline_words(a)) {
        free_outline(&alt);
        return ALOUD_ENOARTICLE;
    }
    free_outline(a);
    a->blocks = alt.blocks;
    a->block_count = alt.block_count;
    a->sections = alt.sections;
    a->section_count = alt.section_count;
    a->digest = alt.digest;
    return ALOUD_OK;
}

static int pipeline(aloud_article **out, const job *j)
{
    aloud_article *a = NULL;
    al_dom dom = { 0 };
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
    if ((err = al_meta_extract(&a->meta, &dom, j->content_language, j->url)) < 0)
        goto cleanup;
    err = read_dom(a, &dom, j);
    if (err == ALOUD_ENOARTICLE || (err == ALOUD_OK && (a->digest || outline_words(a) < THIN_WORDS))) {
        char first[1024];            /* the first try's message is the one to give */
        char *lead = err == ALOUD_OK ? read_lead(a) : NULL, *app = NULL;
        job again = *j;

        snprintf(first, sizeof(first), "%s", aloud_error_message());
        /* the framework data is walked only when the templates gave nothing */
        bool templated = try_instead(a, try_templates, j, NULL) == ALOUD_OK;
        if (!templated && al_app_data_body(&app, &dom, a->meta.title) == ALOUD_OK)
            again.app_html = app;
        if (templated || try_instead(a, try_app_data, &again, lead) == ALOUD_OK ||
            try_instead(a, try_ld_body, j, lead) == ALOUD_OK)
            err = ALOUD_OK;
        else if (err < 0)
            al_error_set(err, "%s", first);
        free(app);
        free(lead);
    }
    if (err < 0)
        goto cleanup;
    *out = a;
    a = NULL;
cleanup:
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
    if (!a)
        return;
    free_outline(a);
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
const char *aloud_article_image(const aloud_article *a) { return a ? a->meta.image : NULL; }

void aloud_article_drop_captions(aloud_article *a)
{
    size_t kept = 0;

    if (!a)
        return;
    /* the sections' blocks lie in A->blocks in order: compact in place */
    for (size_t i = 0; i < a->section_count; i++) {
        aloud_section *s = &a->sections[i];
        size_t from = (size_t)(s->blocks - a->blocks), n = s->block_count, start = kept;

        for (size_t k = from; k < from + n; k++) {
            aloud_block *b = &a->blocks[k];
            if (b->kind == ALOUD_BLOCK_CAPTION) {
                free((char *)b->text);
                free((char *)b->lang);
                al_spans_free((aloud_span *)b->spans, b->span_count);
                continue;
            }
            a->blocks[kept++] = *b;
        }
        s->blocks = a->blocks + start;
        s->block_count = kept - start;
    }
    a->block_count = kept;
}

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
