/*
 * normalise_text.c - the helpers every rule of the text normalisation uses
 * (see normalise.c for the design): looking up the [speech.*] tables,
 * reading the text around a position (code points, word boundaries, the
 * word before and after), and writing forms and templates. It calls no
 * rule, so the rules' files call into it and never back.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

/* ---- tables ---- */

const char *nz_value(const al_lang_entry *e)
{
    return e->value ? e->value : "";
}

const al_lang_entry *nz_find(const nz *c, int t, const char *key, size_t n, bool nocase)
{
    const nz_tab *tb = &c->t[t];

    for (size_t i = 0; i < tb->n; i++) {
        const char *k = tb->e[i].key;
        if ((nocase ? strncasecmp(k, key, n) : strncmp(k, key, n)) == 0 && k[n] == '\0')
            return &tb->e[i];
    }
    return NULL;
}

const char *nz_get(const nz *c, int t, const char *key)
{
    const al_lang_entry *e = nz_find(c, t, key, strlen(key), false);

    return e ? nz_value(e) : NULL;
}

const char *nz_setting(const nz *c, const char *key)
{
    char k[64];

    if (c->region[0]) {
        snprintf(k, sizeof(k), "%s@%s", key, c->region);
        const char *v = nz_get(c, NZ_SETTINGS, k);
        if (v)
            return v;
    }
    return nz_get(c, NZ_SETTINGS, key);
}

const char *nz_word(const nz *c, const char *key)
{
    return nz_get(c, NZ_WORDS, key);
}

/* The longest key of table T that the text at P starts with, followed by a
 * word boundary when the key ends in a letter or digit. CAP: a key that
 * starts with a lower-case ASCII letter also matches it capitalised. */
const al_lang_entry *nz_match(const nz *c, int t, const char *p, bool cap, size_t *len)
{
    const nz_tab *tb = &c->t[t];
    const al_lang_entry *best = NULL;
    size_t bestn = 0;

    for (size_t i = 0; i < tb->n; i++) {
        const char *k = tb->e[i].key;
        size_t n;
        bool capital = cap && k[0] >= 'a' && k[0] <= 'z' && p[0] == k[0] - 32;
        if (k[0] != p[0] && !capital)
            continue;   /* most keys fail here, before strlen */
        n = strlen(k);
        if (n <= bestn)
            continue;
        /* a capitalised key: "Approx.", not "P." for "p." */
        if (k[0] == p[0] ? strncmp(k, p, n) != 0 : n <= 2 || strncmp(k + 1, p + 1, n - 1) != 0)
            continue;
        if (nz_is_alnum_at(k + n - 1 - nz_cont_back(k, n)) && nz_is_alnum_at(p + n))
            continue;
        best = &tb->e[i], bestn = n;
    }
    *len = bestn;
    return best;
}

/* ---- text ---- */

size_t nz_cp(const char *p, uint32_t *cp)
{
    if (!*p) {
        *cp = 0;
        return 0;
    }
    return al_utf8_decode((const unsigned char *)p, strnlen(p, 4), cp);
}

/* How many continuation bytes end the N bytes at K (so K + N - 1 - this is
 * the start of the last code point). */
size_t nz_cont_back(const char *k, size_t n)
{
    size_t i = 0;

    while (i + 1 < n && ((unsigned char)k[n - 1 - i] & 0xC0) == 0x80)
        i++;
    return i;
}

bool nz_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
        return false;
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x2E00 && cp <= 0x2E7F) ||
        (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0xFF00 && cp <= 0xFF20) || cp >= 0x1F000 || cp == 0xFFFD)
        return false;
    return true;
}

bool nz_is_upper(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

bool nz_upper_at(const char *p)
{
    uint32_t cp;

    nz_cp(p, &cp);
    return nz_is_upper(cp);
}

bool nz_is_alnum_at(const char *p)
{
    uint32_t cp;

    nz_cp(p, &cp);
    return (cp >= '0' && cp <= '9') || nz_is_letter(cp);
}

/* The start of the code point before P (P > start). */
static const char *cp_back(const char *start, const char *p)
{
    do
        p--;
    while (p > start && ((unsigned char)*p & 0xC0) == 0x80);
    return p;
}

bool nz_boundary(const nz *c, const char *p)
{
    return p == c->text || !nz_is_alnum_at(cp_back(c->text, p));
}

/* The letters of the word ending right at P: [*s, P). */
static size_t letters_before(const nz *c, const char *p, const char **s)
{
    const char *q = p;

    while (q > c->text) {
        const char *r = cp_back(c->text, q);
        uint32_t cp;
        nz_cp(r, &cp);
        if (!nz_is_letter(cp))
            break;
        q = r;
    }
    *s = q;
    return (size_t)(p - q);
}

size_t nz_word_before(const nz *c, const char *p, const char **s)
{
    const char *q = p;

    while (q > c->text && q[-1] == ' ')
        q--;
    if (q > c->text && q[-1] == '.')
        q--;
    return letters_before(c, q, s);
}

size_t nz_word_after(const char *p, const char **s)
{
    const char *q;
    uint32_t cp;
    size_t k;

    while (*p == ' ')
        p++;
    *s = q = p;
    while ((k = nz_cp(q, &cp)) && nz_is_letter(cp))
        q += k;
    return (size_t)(q - p);
}

bool nz_next_capital(const char *p)
{
    const char *s;
    uint32_t cp;

    nz_word_after(p, &s);
    nz_cp(s, &cp);
    return nz_is_upper(cp);
}

bool nz_at_end(const char *p)
{
    while (*p && strchr(" \"')]", *p))
        p++;
    return *p == '\0' || strncmp(p, "\xE2\x80\x9D", 3) == 0 || strncmp(p, "\xC2\xBB", 2) == 0;
}

bool nz_in_list(const nz *c, int t, const char *w, size_t n)
{
    return n > 0 && nz_find(c, t, w, n, true) != NULL;
}

/* Alternative I ("a|b|c"; the last one when there are fewer) of V. */
void nz_put_form(nz *c, const char *v, int i)
{
    const char *bar;

    while (i-- > 0 && (bar = strchr(v, '|')))
        v = bar + 1;
    al_buf_put(c->b, v, strcspn(v, "|"));
}

/* Write template TPL into OUT (CAP bytes): "%X" is ARGS['X'] (nothing when
 * NULL), "%%" is '%'. */
void nz_tpl(char *out, size_t cap, const char *tpl, const char *const args[128])
{
    size_t o = 0;

    for (const char *p = tpl; *p && o + 1 < cap; p++) {
        const char *a = NULL;
        char one[2] = { *p, 0 };
        if (*p == '%' && p[1]) {
            unsigned char k = (unsigned char)*++p;
            a = k == '%' ? "%" : k < 128 ? args[k] : NULL;
        } else {
            a = one;
        }
        for (; a && *a && o + 1 < cap; a++)
            out[o++] = *a;
    }
    out[o] = '\0';
}

void nz_put_tpl(nz *c, const char *tpl, const char *const args[128])
{
    char out[512];

    nz_tpl(out, sizeof(out), tpl, args);
    al_buf_puts(c->b, out);
}

void nz_space(nz *c)
{
    if (c->b->len && c->b->data[c->b->len - 1] != ' ')
        al_buf_putc(c->b, ' ');
}

/* Is W (N bytes) one of the space-separated words of L, in any case? */
bool nz_in_words(const char *l, const char *w, size_t n)
{
    while (l && *l && n) {
        size_t ln = strcspn(l, " ");
        if (ln == n && strncasecmp(l, w, n) == 0)
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}
