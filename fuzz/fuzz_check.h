/*
 * fuzz_check.h - invariants the fuzz targets assert on every article they
 * manage to extract (shared by fuzz/fuzz_*.c; header-only, static inline).
 *
 * A fuzzer only finds what it can see: besides crashes, leaks and
 * undefined behaviour (the sanitizers), these checks make a broken
 * promise of the public API abort too: every string an article hands out
 * is valid UTF-8 without control characters, escape sequences or bidi
 * overrides; every rendering is valid UTF-8 whose only control character
 * is the newline, has no NUL inside, and the JSON parses back.
 */
#ifndef ALOUD_FUZZ_CHECK_H
#define ALOUD_FUZZ_CHECK_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <aloud.h>

static inline void fuzz_fail(const char *what, const char *s, size_t at)
{
    size_t from = at > 40 ? at - 40 : 0, i;

    fprintf(stderr, "fuzz invariant broken: %s at byte %zu: \"", what, at);
    for (i = from; s[i] && i < at + 40; i++)
        fprintf(stderr, (unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7F ? "\\x%02x" : "%c",
                (unsigned char)s[i]);
    fprintf(stderr, "\"\n");
    abort();
}

/* Decode one UTF-8 sequence strictly (independently of the library's
 * decoder). Returns its length, or 0 when invalid. */
static inline size_t fuzz_utf8(const unsigned char *s, uint32_t *cp)
{
    uint32_t c = s[0], min;
    size_t len, i;

    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; c &= 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; c &= 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; c &= 0x07; min = 0x10000; }
    else return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* S must be valid UTF-8 with no C0 (but '\n' when NEWLINES), DEL, C1,
 * bidi embedding/override/isolate or directional mark. */
static inline void fuzz_check_clean(const char *s, bool newlines, const char *what)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, k;
    uint32_t c;

    if (!s)
        return;
    while (p[i]) {
        if (!(k = fuzz_utf8(p + i, &c)))
            fuzz_fail(what, s, i);          /* invalid UTF-8 */
        if ((c < 0x20 && !(c == '\n' && newlines)) || (c >= 0x7F && c <= 0x9F) ||
            c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            fuzz_fail(what, s, i);          /* a control character */
        i += k;
    }
}

static inline void fuzz_check_article(const aloud_article *a)
{
    const aloud_section *secs;
    size_t n, i, k;

    fuzz_check_clean(aloud_article_title(a), false, "title");
    fuzz_check_clean(aloud_article_byline(a), false, "byline");
    fuzz_check_clean(aloud_article_site_name(a), false, "site name");
    fuzz_check_clean(aloud_article_published(a), false, "published");
    fuzz_check_clean(aloud_article_lang(a), false, "lang");
    fuzz_check_clean(aloud_article_url(a), false, "url");
    secs = aloud_article_sections(a, &n);
    if (n == 0 || !secs)
        fuzz_fail("an article without sections", "", 0);
    for (i = 0; i < n; i++) {
        if (secs[i].level < 1 || secs[i].level > 6)
            fuzz_fail("section level out of range", "", 0);
        if (secs[i].heading && !secs[i].heading[0])
            fuzz_fail("empty heading", "", 0);
        fuzz_check_clean(secs[i].heading, false, "heading");
        for (k = 0; k < secs[i].block_count; k++) {
            const aloud_block *b = &secs[i].blocks[k];
            if ((unsigned)b->kind > ALOUD_BLOCK_TABLE_HEADER || !b->text || !b->text[0])
                fuzz_fail("bad block (kind or empty text)", b->text ? b->text : "", 0);
            /* line breaks (<br>, <pre>) are kept as '\n' */
            fuzz_check_clean(b->text, true, "block text");
            /* a block's language goes into an SSML attribute: a plain tag */
            if (b->lang && (!b->lang[0] || strspn(b->lang, "abcdefghijklmnopqrstuvwxyz"
                                                  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != strlen(b->lang)))
                fuzz_fail("block language is not a plain tag", b->lang, 0);
            /* spans lie inside the text, in order, each with a plain tag */
            for (size_t sp = 0, at = 0; sp < b->span_count; sp++) {
                const aloud_span *x = &b->spans[sp];
                if (x->start < at || x->length == 0 || x->start + x->length > strlen(b->text) ||
                    !x->lang || strspn(x->lang, "abcdefghijklmnopqrstuvwxyz"
                                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != strlen(x->lang))
                    fuzz_fail("bad span", b->text, 0);
                at = x->start + x->length;
            }
        }
        (void)aloud_section_words(&secs[i]);
    }
}

/* Render A as FORMAT and check the result. */
static inline void fuzz_check_render(const aloud_article *a, aloud_format format)
{
    char *out = NULL;
    size_t len = 0, n = 0;
    int err = aloud_render(&out, &len, a, format);

    if (err < 0 || !out)
        fuzz_fail("aloud_render failed", aloud_error_message(), 0);
    if (strlen(out) != len)
        fuzz_fail("NUL inside the rendering", out, strlen(out));
    fuzz_check_clean(out, true, "rendering");
    if (format == ALOUD_FORMAT_JSON) {
        json_object *root = json_tokener_parse(out), *secs = NULL, *title = NULL;
        const char *t = aloud_article_title(a);
        if (!root || !json_object_object_get_ex(root, "sections", &secs) ||
            !json_object_is_type(secs, json_type_array) ||
            !json_object_object_get_ex(root, "title", &title))
            fuzz_fail("JSON does not parse back", out, 0);
        if (t ? !json_object_is_type(title, json_type_string) ||
                    strcmp(json_object_get_string(title), t) != 0
              : title != NULL)
            fuzz_fail("JSON title differs from aloud_article_title()", out, 0);
        aloud_article_sections(a, &n);
        if (json_object_array_length(secs) != n)
            fuzz_fail("JSON section count differs", out, 0);
        json_object_put(root);
    }
    aloud_free(out);
}

#endif /* ALOUD_FUZZ_CHECK_H */
