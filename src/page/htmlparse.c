/*
 * htmlparse.c - parse HTML with gumbo in a sandboxed server process and
 * send the tree back flat.
 *
 * gumbo is a C parser fed whatever the web serves, and three things about
 * it cannot be fixed from outside: some growth no scan of the page
 * (nesting.c) can see (the tree builder clones open formatting elements
 * for every new block, so 100 KB of <div><b class=N></div> then
 * <div>x</div> made it allocate 6 GB in 50 s); its assert()s, kept in
 * Debian's build (47 bytes of <table><svg><select><foreignObject><select>
 * <td> abort it); and whatever memory bug it may have. So the parse runs
 * in a child process, the parser's server (sandbox.c: seccomp, RLIMIT_CPU,
 * RLIMIT_AS; one process for all the pages a program parses), with a
 * memory budget its allocator counts (AL_HTML_MAX_MEMORY, 512 MiB, or ten
 * bytes per byte of a larger page; real pages need two to six, the
 * densest page the element limit lets through about 330 MiB): past it the
 * server exits with AL_SANDBOX_EXIT_NOMEM. A budget, a time limit, an
 * assertion or a crash ends the server only (the next page starts
 * another), and the page fails with a message naming it.
 *
 * The server walks the tree in document order without recursion and
 * writes one record per node (the flat form, nesting.h) through a 64 KiB
 * buffer, ends the reply, and frees the tree while parse.c rebuilds the
 * al_dom from the records, checking every byte.
 */
#include <errno.h>
#include <gumbo.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nesting.h"
#include "sandbox.h"

#define OUT_BUF ((size_t)64 << 10)

typedef struct {
    const char *html;
    size_t len;
    size_t limit, used;            /* gumbo's memory budget and use, in bytes */
    char *buf;                     /* output buffer, OUT_BUF bytes */
    size_t fill;
} job;

/* ---- in the child -------------------------------------------------------- */

static void *counted_alloc(void *userdata, size_t size)
{
    job *j = userdata;
    void *p;

    if (j->used > j->limit || size > j->limit - j->used || !(p = malloc(size)))
        al_sandbox_exit(AL_SANDBOX_EXIT_NOMEM);
    j->used += malloc_usable_size(p);
    return p;
}

static void counted_free(void *userdata, void *p)
{
    job *j = userdata;

    if (p) {
        j->used -= malloc_usable_size(p);
        free(p);
    }
}

static void flush(job *j)
{
    al_sandbox_reply(j->buf, j->fill);
    j->fill = 0;
}

static void put(job *j, const void *data, size_t n)
{
    const char *s = data;

    while (n) {
        size_t k = OUT_BUF - j->fill < n ? OUT_BUF - j->fill : n;
        memcpy(j->buf + j->fill, s, k);
        j->fill += k;
        s += k;
        n -= k;
        if (j->fill == OUT_BUF)
            flush(j);
    }
}

static void put_u8(job *j, unsigned v)
{
    uint8_t b = (uint8_t)v;
    put(j, &b, 1);
}

static void put_u32(job *j, size_t v)
{
    uint32_t w = (uint32_t)v;

    if (v > UINT32_MAX)
        al_sandbox_exit(AL_SANDBOX_EXIT_NOMEM);     /* a 4 GiB string: too large */
    put(j, &w, sizeof(w));
}

static void put_str(job *j, const char *s)
{
    size_t n = strlen(s) + 1;

    put_u32(j, n);
    put(j, s, n);
}

static void put_node(job *j, const GumboNode *g, size_t depth)
{
    put_u8(j, g->type);
    put_u32(j, depth);
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
        const GumboVector *attrs = &g->v.element.attributes;
        uint16_t tag = (uint16_t)g->v.element.tag;
        unsigned i;

        put(j, &tag, sizeof(tag));
        put_u32(j, attrs->length);
        for (i = 0; i < attrs->length; i++) {
            const GumboAttribute *a = attrs->data[i];
            put_str(j, a->name);
            put_str(j, a->value);
        }
    } else if (g->type != GUMBO_NODE_DOCUMENT) {
        put_str(j, g->v.text.text);
    }
}

static const GumboVector *children_of(const GumboNode *g)
{
    if (g->type == GUMBO_NODE_DOCUMENT)
        return &g->v.document.children;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE)
        return &g->v.element.children;
    return NULL;
}

/* The server's work for one page: parse, write the records, end the
 * reply, then free the tree (while the parent rebuilds it). */
static int parse_in_child(const char *html, size_t len, size_t max_memory)
{
    static char *buf;   /* the output buffer, kept from page to page */
    job j = { .html = html, .len = len, .limit = max_memory };
    GumboOptions opts = kGumboDefaultOptions;
    GumboOutput *parsed;
    const GumboNode *root, *g;
    size_t depth = 0, count = 0;

    if (!buf && !(buf = malloc(OUT_BUF)))
        return AL_SANDBOX_EXIT_NOMEM;
    j.buf = buf;
    opts.allocator = counted_alloc;
    opts.deallocator = counted_free;
    opts.userdata = &j;
    opts.max_errors = 0;   /* we do not use parse errors: don't collect them */
    parsed = gumbo_parse_with_options(&opts, j.html, j.len);
    root = g = parsed->document;
    while (g) {
        const GumboVector *kids = children_of(g);

        if (g->type != GUMBO_NODE_COMMENT) {
            put_node(&j, g, depth);
            count++;
        }
        if (kids && kids->length > 0) {
            g = kids->data[0];
            depth++;
            continue;
        }
        for (;;) {                    /* the next sibling, here or higher up */
            const GumboVector *sib;
            if (g == root || !g->parent) {
                g = NULL;
                break;
            }
            sib = children_of(g->parent);
            if (sib && g->index_within_parent + 1 < sib->length) {
                g = sib->data[g->index_within_parent + 1];
                break;
            }
            g = g->parent;
            depth--;
        }
    }
    put_u8(&j, AL_FLAT_END);
    put_u32(&j, count);
    flush(&j);
    al_sandbox_reply_end();
    gumbo_destroy_output(&opts, parsed);
    return AL_SANDBOX_EXIT_OK;
}

static al_sandbox_server parser = AL_SANDBOX_SERVER_INIT(parse_in_child);

/* ---- in the parent ------------------------------------------------------- */

size_t al_html_memory_limit(size_t len)
{
    size_t m = len < SIZE_MAX / AL_HTML_MEMORY_FACTOR ? len * AL_HTML_MEMORY_FACTOR : SIZE_MAX;

    return m < AL_HTML_MAX_MEMORY ? AL_HTML_MAX_MEMORY : m;
}

int al_html_parse(char **flat, size_t *flat_len, const char *html, size_t len,
                  size_t max_memory, const char *name)
{
    al_sandbox_limits lim = { max_memory, AL_HTML_MAX_SECONDS, max_memory };
    al_sandbox_outcome how;
    al_buf out = AL_BUF_INIT;
    char sig[32];
    int err;

    *flat = NULL;
    *flat_len = 0;
    name = name ? name : "input";
    if ((err = al_sandbox_call(&parser, &out, &how, html, len, &lim, name)) < 0)
        goto cleanup;
    switch (how.end) {
    case AL_SANDBOX_DONE:
        *flat_len = out.len;
        if (!(*flat = al_buf_detach(&out)))
            err = al_error_oom();
        break;
    case AL_SANDBOX_NOMEM:
        err = al_error_set(ALOUD_ETOOLARGE, "%s: parsing the page needs more than %zu MiB: "
                           "too complex to read", name, max_memory >> 20);
        break;
    case AL_SANDBOX_TIMEOUT:
        err = al_error_set(ALOUD_ETOOLARGE, "%s: parsing the page takes more than %d s: "
                           "too complex to read", name, AL_HTML_MAX_SECONDS);
        break;
    case AL_SANDBOX_TOOBIG:
        err = al_error_set(ALOUD_ETOOLARGE, "%s: the parsed page is larger than %zu MiB: "
                           "too complex to read", name, max_memory >> 20);
        break;
    case AL_SANDBOX_SIGNAL:
        err = al_error_set(ALOUD_ERROR, "%s: the HTML parser (gumbo) failed on this page: "
                           "a crash or a failed assertion (%s in its sandbox)", name,
                           al_sandbox_signal_name(how.code, sig, sizeof(sig)));
        break;
    default:
        err = al_error_set(ALOUD_ERROR, "%s: the HTML parser (gumbo) failed on this page "
                           "(exit status %d in its sandbox)", name, how.code);
        break;
    }
cleanup:
    al_buf_free(&out);
    return err;
}
