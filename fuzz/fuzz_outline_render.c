/*
 * fuzz_outline_render.c - libFuzzer target for the outline and the four
 * renderers (JSON, text, sections, HTML).
 *
 * Random bytes rarely make a page with an article in it, so this target
 * reads its input as a little program that writes one: each op byte
 * appends a heading, paragraph, list, quote, figure, table, pre block,
 * rule, link, metadata or chrome element to an <article>, with text taken
 * raw from the input (control characters, escape sequences, invalid
 * UTF-8, stray markup and all). The first byte: bit 0 pads paragraphs
 * with a sentence so that extraction succeeds more often, bit 1 drops the
 * <article> wrapper, bits 2-3 choose a lang attribute.
 * Every format is rendered and checked (fuzz_check.h), and sections are
 * looked up by number and by a piece of a heading.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_OPS 2000

typedef struct {
    char *s;
    size_t len, cap;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *p = realloc(b->s, cap);
        if (!p)
            abort();
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

static const char FILLER[] =
    " The keeper wrote down the weather, the ships that passed, and the birds that rested on the rail.";

static const char *const ops[] = {
    "<h1>%</h1>", "<h2>%</h2>", "<h3>%</h3>", "<h4>%</h4>", "<h5>%</h5>", "<h6>%</h6>",
    "<p>%+</p>", "<p>%+</p>\n<p>%+</p>", "<p>%+<br>%<br><br>%+</p>",
    "<ul><li>%</li><li>%+</li></ul>", "<ol><li>%+</li><li><p>%</p><ul><li>%</li></ul></li></ol>",
    "<blockquote><p>%+</p><p>%</p></blockquote>",
    "<figure><img src=\"a.png\" alt=\"%\"><figcaption>%</figcaption></figure>",
    "<table><caption>%</caption><tr><th>%</th><th>%</th></tr><tr><td>%</td><td>%+</td></tr></table>",
    "<pre>%\n%\n\n%</pre>", "<hr>", "<div class=\"%\">", "</div>",
    "<p>%+ <a href=\"/x\">%</a> %</p>", "<title>%</title><meta property=\"og:title\" content=\"%\">",
    "<meta name=\"author\" content=\"%\"><meta property=\"og:site_name\" content=\"%\">",
    "<p><code>%</code> <b>%</b> <em>%</em>+</p>", "<section><h2>%</h2><p>%+</p></section>",
    "<nav><a href=\"/\">%</a> <a href=\"/b\">%</a></nav>", "<aside>%+</aside>",
    "<p style=\"display:none\">%+</p>", "<link rel=\"canonical\" href=\"%\">",
    "<time datetime=\"%\">%</time>", "<p>Share this: %</p>", "<table><tr><td>",
    "</td></tr></table>", "<dl><dt>%</dt><dd>%+</dd></dl>",
};
#define N_OPS (sizeof(ops) / sizeof(ops[0]))

/* Write op template T: each % takes the next run of input bytes (length
 * from one byte), each + adds the filler sentence when PAD. */
static size_t write_op(sbuf *html, const char *t, const uint8_t *d, size_t n, bool pad)
{
    size_t used = 0;

    for (; *t; t++) {
        if (*t == '%') {
            size_t len = used < n ? d[used++] % 64 : 0;
            if (len > n - used)
                len = n - used;
            put(html, (const char *)d + used, len);
            used += len;
        } else if (*t == '+') {
            if (pad)
                puts_(html, FILLER);
        } else {
            put(html, t, 1);
        }
    }
    return used;
}

static void check_sections(const aloud_article *a)
{
    const aloud_section *secs;
    size_t n, i;
    char spec[24];

    secs = aloud_article_sections(a, &n);
    for (i = 0; i < n; i++) {
        if (secs[i].heading) {
            const char *h = secs[i].heading, *tail = h + strlen(h);
            char *end;
            int idx;
            /* its last few characters (not splitting one), unless they read as a number */
            while (tail > h && (strlen(tail) < 6 || ((unsigned char)*tail & 0xC0) == 0x80))
                tail--;
            snprintf(spec, sizeof(spec), "%s", tail);
            (void)strtol(spec, &end, 10);
            if (!spec[0] || !*end)
                continue;
            idx = aloud_article_find_section(a, spec);
            if (idx < 0 || (size_t)idx > i)
                fuzz_fail("a heading's own words do not find its section", h, 0);
        }
    }
    snprintf(spec, sizeof(spec), "%zu", n);
    if (aloud_article_find_section(a, spec) != (int)n - 1)
        fuzz_fail("the last section by number", spec, 0);
    snprintf(spec, sizeof(spec), "%zu", n + 1);
    if (aloud_article_find_section(a, spec) != ALOUD_ENOSECTION)
        fuzz_fail("a section past the end", spec, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[4] = { NULL, "en", "de-DE", "ja" };
    sbuf html = { 0 };
    aloud_article *a = NULL;
    size_t i = 1, nops = 0;
    unsigned opt;

    if (size < 1)
        return 0;
    opt = data[0];
    puts_(&html, "<!DOCTYPE html><html");
    if (langs[(opt >> 2) & 3]) {
        puts_(&html, " lang=\"");
        puts_(&html, langs[(opt >> 2) & 3]);
        puts_(&html, "\"");
    }
    puts_(&html, "><body>");
    if (!(opt & 2))
        puts_(&html, "<article>");
    while (i < size && nops++ < MAX_OPS) {
        const char *t = ops[data[i++] % N_OPS];
        i += write_op(&html, t, data + i, size - i, opt & 1);
        puts_(&html, "\n");
    }
    if (aloud_article_from_html(&a, html.s, html.len, NULL, "https://fuzz.example/post") == 0) {
        fuzz_check_article(a);
        fuzz_check_render(a, ALOUD_FORMAT_JSON);
        fuzz_check_render(a, ALOUD_FORMAT_TEXT);
        fuzz_check_render(a, ALOUD_FORMAT_SECTIONS);
        fuzz_check_render(a, ALOUD_FORMAT_HTML);
        check_sections(a);
    } else if (a) {
        fuzz_fail("an article returned with an error", "", 0);
    }
    aloud_article_free(a);
    free(html.s);
    return 0;
}
