/*
 * htmlparse.c - run gumbo within a budget of memory and CPU time.
 *
 * Some growth no scan of the page (nesting.c) can see: the tree builder
 * clones open formatting elements for every new block ("reconstruct the
 * active formatting elements"), so 100 KB of <div><b class=N></div> then <div>x</div> made
 * gumbo allocate 6 GB in 50 s. al_html_parse() therefore runs gumbo with
 * an allocator that keeps a budget of memory (AL_HTML_MAX_MEMORY, 512 MiB,
 * or ten bytes per byte of a larger page; real pages need two to six, the
 * densest page the element limit lets through about 330 MiB) and of CPU
 * time (AL_HTML_MAX_SECONDS); past either it longjmps out of gumbo,
 * frees every block gumbo holds (they are on a list) and fails cleanly.
 * gumbo keeps no global state, so abandoning a parse is safe.
 *
 * gumbo 0.10 as Debian builds it also keeps its assert()s, and some markup
 * trips one: <table><svg><select><foreignObject><select><td> (47 bytes)
 * fails node_qualified_tag_is() and aborted aloud. This file defines
 * __assert_fail(), which the dynamic linker then binds gumbo's calls to
 * (libaloud comes before libc in the lookup order; with the static
 * library the program's own definition wins): during a parse it leaves
 * the parse like the budget does, and the page fails with a message;
 * anywhere else it prints glibc's message and aborts, as before.
 */
#include <assert.h>
#include <gumbo.h>
#include <malloc.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nesting.h"

/* Every block gumbo holds is on a list, so that an abandoned parse can be
 * freed. 16 bytes a block (gumbo makes millions of small ones on a big
 * page); the size comes from malloc_usable_size(). */
typedef union block {
    struct {
        union block *prev, *next;
    } h;
    long double align;               /* what follows is aligned as malloc's */
} block;

typedef struct {
    block live;                      /* list head of the blocks gumbo holds */
    size_t bytes, limit;
    unsigned calls;
    struct timespec deadline;        /* CPU time of this thread */
    jmp_buf fail;
    char assertion[256];             /* what gumbo asserted, when it failed */
} budget;

enum { OVER_MEMORY = 1, OVER_TIME, OUT_OF_MEMORY, PARSER_BUG };

/* The parse running on this thread, for __assert_fail(). */
static _Thread_local budget *parsing;

/* glibc's declaration (<assert.h> has it only without NDEBUG) */
__attribute__((visibility("default"), noreturn))
void __assert_fail(const char *assertion, const char *file, unsigned int line,
                   const char *function);

void __assert_fail(const char *assertion, const char *file, unsigned int line,
                   const char *function)
{
    budget *b = parsing;

    if (b) {
        parsing = NULL;
        snprintf(b->assertion, sizeof(b->assertion), "%s:%u: %s", file, line, assertion);
        longjmp(b->fail, PARSER_BUG);
    }
    fprintf(stderr, "%s:%u: %s%sAssertion `%s' failed.\n", file, line,
            function ? function : "", function ? ": " : "", assertion);
    abort();
}

static bool past_deadline(const budget *b)
{
    struct timespec now;

    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return false;
    return now.tv_sec > b->deadline.tv_sec ||
           (now.tv_sec == b->deadline.tv_sec && now.tv_nsec > b->deadline.tv_nsec);
}

/* gumbo's allocator. With a budget (during a parse) it tracks the block and
 * leaves the parse through longjmp when over budget; without one (NULL,
 * when the tree is freed) it is a plain malloc with a header. */
static void *budget_alloc(void *userdata, size_t size)
{
    budget *b = userdata;
    block *k;

    if (b) {
        if (b->bytes >= b->limit || size > b->limit - b->bytes)
            longjmp(b->fail, OVER_MEMORY);
        if ((++b->calls & 1023) == 0 && past_deadline(b))
            longjmp(b->fail, OVER_TIME);
    }
    if (!(k = malloc(sizeof(block) + size))) {
        if (b)
            longjmp(b->fail, OUT_OF_MEMORY);
        return NULL;
    }
    k->h.prev = k->h.next = NULL;
    if (b) {
        k->h.prev = &b->live;
        k->h.next = b->live.h.next;
        b->live.h.next->h.prev = k;
        b->live.h.next = k;
        b->bytes += malloc_usable_size(k);
    }
    return k + 1;
}

static void budget_free(void *userdata, void *ptr)
{
    budget *b = userdata;
    block *k;

    if (!ptr)
        return;
    k = (block *)ptr - 1;
    if (b) {
        k->h.prev->h.next = k->h.next;
        k->h.next->h.prev = k->h.prev;
        b->bytes -= malloc_usable_size(k);
    }
    free(k);
}

/* Free every block of an abandoned parse. */
static void budget_release(budget *b)
{
    block *k = b->live.h.next, *next;

    while (k != &b->live) {
        next = k->h.next;
        free(k);
        k = next;
    }
    b->live.h.next = b->live.h.prev = &b->live;
    b->bytes = 0;
}

static int over_budget(const budget *b, int why, const char *name)
{
    if (why == OVER_MEMORY)
        return al_error_set(ALOUD_ETOOLARGE, "%s: parsing the page needs more than %zu MiB: "
                            "too complex to read", name, b->limit >> 20);
    if (why == OVER_TIME)
        return al_error_set(ALOUD_ETOOLARGE, "%s: parsing the page takes more than %d s: "
                            "too complex to read", name, AL_HTML_MAX_SECONDS);
    if (why == PARSER_BUG)
        return al_error_set(ALOUD_ERROR, "%s: the HTML parser (gumbo) failed on this page "
                            "(%s)", name, b->assertion);
    return al_error_oom();
}

/* A budget for a page of LEN bytes, or NULL (out of memory). */
static budget *budget_new(size_t len)
{
    budget *b = calloc(1, sizeof(*b));

    if (!b)
        return NULL;
    b->live.h.next = b->live.h.prev = &b->live;
    b->limit = len < SIZE_MAX / AL_HTML_MEMORY_FACTOR ? len * AL_HTML_MEMORY_FACTOR : SIZE_MAX;
    if (b->limit < AL_HTML_MAX_MEMORY)
        b->limit = AL_HTML_MAX_MEMORY;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b->deadline) == 0)
        b->deadline.tv_sec += AL_HTML_MAX_SECONDS;
    else
        b->deadline.tv_sec = (time_t)1 << 40;      /* no clock: no time limit */
    return b;
}

int al_html_parse(GumboOutput **out, const char *html, size_t len, const char *name)
{
    GumboOptions opts = kGumboDefaultOptions;
    budget *b = budget_new(len);
    GumboOutput *volatile parsed = NULL;
    int why, err;

    *out = NULL;
    if (!b)
        return al_error_oom();
    opts.allocator = budget_alloc;
    opts.deallocator = budget_free;
    opts.userdata = b;
    opts.max_errors = 0;   /* we do not use parse errors: don't collect them */
    if ((why = setjmp(b->fail)) == 0) {
        parsing = b;
        parsed = gumbo_parse_with_options(&opts, html, len);
    } else {
        budget_release(b);
    }
    parsing = NULL;
    name = name ? name : "input";
    err = why ? over_budget(b, why, name)
        : parsed ? ALOUD_OK : al_error_set(ALOUD_ERROR, "%s: the HTML parser failed", name);
    free(b);   /* the blocks of a finished parse stay; al_html_free() frees them */
    *out = err == ALOUD_OK ? parsed : NULL;
    return err;
}

void al_html_free(GumboOutput *out)
{
    GumboOptions opts = kGumboDefaultOptions;

    if (!out)
        return;
    opts.allocator = budget_alloc;
    opts.deallocator = budget_free;
    opts.userdata = NULL;
    gumbo_destroy_output(&opts, out);
}
