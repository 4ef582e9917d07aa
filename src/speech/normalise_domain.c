/*
 * normalise_domain.c - abbreviations and units that mean something only
 * in one domain's sentences: a knitting pattern's ("88 sts", "2 re, 2 li",
 * "22 m. × 30 rgs", "k2, p2": stitches, rows, knit and purl), the sea's
 * ("65 nm" nautical miles), a type size's ("11 pt"), a book's ("48 pp."),
 * a printer's ("20 ppm"). The same letters mean other things elsewhere
 * ("88 m." metres, "p. 12" page, "450 nm" of light, "20 ppm" of nitrate),
 * so the evidence is the sentence: it holds a cue word of the domain
 * ([speech.domain_cues]: "needles", "Maschen*", "yacht*"), or, for a
 * domain with the cue "×", two of the domain's units each right after a
 * number and joined by a multiplication sign ("22 p. × 30 v.", a gauge);
 * or, for one unit, the word right after it is a cue "after:DOMAIN" ("65
 * nm south of"; a compass word elsewhere in the sentence is none). Then
 * [speech.domain_units] are read as units after a number and
 * [speech.domain_abbrev] as words elsewhere (data/lang/README.md). The
 * cues' word matcher, '*' a word's start, serves other word lists too
 * (nz_words_fit: [speech.settings] ratio_words).
 *
 * Bounded: a sentence is looked for at most NZ_DOM_SPAN bytes either side
 * of the abbreviation, and only where a domain table's key stands; the
 * last sentence's finding is kept, so a long pattern is scanned once.
 */
#include "normalise_int.h"

#include <strings.h>

#define NZ_DOM_SPAN 400

/* A sentence ends at '!' or '?', or at a '.' after a word of two letters
 * or more ("env.", not the ordinal "4." nor an initial "R.") before a
 * space and a capital; a line break ends it too. */
static bool sentence_end(const nz *c, const char *q)
{
    if (*q == '\n' || *q == '!' || *q == '?')
        return true;
    if (*q != '.' || q[1] != ' ' || !nz_upper_at(q + 2))
        return false;
    const char *w = q;
    while (w > c->text && ((w[-1] >= 'a' && w[-1] <= 'z') || (unsigned char)w[-1] >= 0x80))
        w--;
    size_t k = (size_t)(q - w);
    return k >= 2;
}

static void sentence_at(const nz *c, const char *p, const char **s, const char **e)
{
    const char *a = p, *b = p;

    while (a > c->text && p - a < NZ_DOM_SPAN && !sentence_end(c, a - 1))
        a--;
    while (*b && b - p < NZ_DOM_SPAN && !sentence_end(c, b))
        b++;
    *s = a, *e = b;
}

/* Does the word W (N bytes) match the key K (KN bytes), ASCII letters in
 * any case? A key of two bytes or more ending in '*' matches a word's
 * start ("nadel*": Nadeln, Nadelspiel). */
bool nz_word_fits(const char *k, size_t kn, const char *w, size_t n)
{
    if (kn > 1 && k[kn - 1] == '*')
        return n >= kn - 1 && strncasecmp(k, w, kn - 1) == 0;
    return n == kn && strncasecmp(k, w, n) == 0;
}

bool nz_words_fit(const char *l, const char *w, size_t n)
{
    while (l && *l && n) {
        size_t ln = strcspn(l, " ");
        if (nz_word_fits(l, ln, w, n))
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* The domain DOM (its name, DN bytes) is in the space-separated list L. */
static bool dom_in(const char *l, const char *dom, size_t dn)
{
    return nz_in_words(l, dom, dn);
}

static void dom_add(char *l, size_t cap, const char *dom, size_t dn)
{
    size_t ln = strlen(l);

    if (dom_in(l, dom, dn) || ln + dn + 2 > cap)
        return;
    snprintf(l + ln, cap - ln, "%s%.*s", ln ? " " : "", (int)dn, dom);
}

/* The domains a cue's value V names (space-separated) in c->dom_list; a
 * name "after:DOMAIN" is no evidence of the sentence (nz_domain_unit). */
static void dom_add_all(nz *c, const char *v)
{
    while (*v) {
        size_t n = strcspn(v, " ");
        if (n && strncmp(v, "after:", 6) != 0)
            dom_add(c->dom_list, sizeof(c->dom_list), v, n);
        v += n;
        while (*v == ' ')
            v++;
    }
}

/* Does a cue that fits the word W (N bytes) name D (DN bytes)? */
static bool cue_names(const nz *c, const char *w, size_t n, const char *d, size_t dn)
{
    for (size_t i = 0; i < c->t[NZ_DOMAIN_CUES].n; i++) {
        const al_lang_entry *x = &c->t[NZ_DOMAIN_CUES].e[i];
        if (nz_word_fits(x->key, strlen(x->key), w, n) && nz_in_words(nz_value(x), d, dn))
            return true;
    }
    return false;
}

/* Only spaces and one multiplication sign ("×", "x") from A to B. */
static bool times_between(const char *a, const char *b)
{
    bool sign = false;

    while (a < b) {
        if (*a == ' ')
            a++;
        else if (strncmp(a, "\xC2\xA0", 2) == 0)
            a += 2;
        else if (!sign && strncmp(a, "\xC3\x97", 2) == 0)
            a += 2, sign = true;
        else if (!sign && (*a == 'x' || *a == 'X'))
            a++, sign = true;
        else
            return false;
    }
    return sign;
}

/* The domains of the sentence around P, in c->dom_list. */
static const char *domains_at(nz *c, const char *p)
{
    if (c->dom_s && p >= c->dom_s && p < c->dom_e)
        return c->dom_list;

    const char *s, *e;
    char prev[NZ_DOM_LIST] = "";   /* the domain of the last unit after a number ... */
    const char *prev_end = NULL;   /* ... and where it ended */

    sentence_at(c, p, &s, &e);
    c->dom_s = s, c->dom_e = e + 1, c->dom_list[0] = 0;
    for (const char *q = s; q < e;) {
        uint32_t cp;
        size_t k = nz_cp(q, &cp);
        if (!k)
            break;
        if (nz_digit(*q)) {
            /* a gauge, two units of a domain after numbers joined by a
             * multiplication sign: "22 p. × 30 v.", where the domain has
             * the cue "×" ("3 nm × 5 nm" of a chip is no sea's) */
            const char *d = q, *r = q + nz_digits(q);
            const al_lang_entry *u;
            size_t un;
            q = r;
            r += *r == ' ' ? 1 : strncmp(r, "\xC2\xA0", 2) == 0 ? 2 : 0;
            if (r < e && (u = nz_match(c, NZ_DOMAIN_UNITS, r, false, &un)) && !nz_is_alnum_at(r + un)) {
                size_t dn = strcspn(nz_value(u), " ");
                if (prev_end && times_between(prev_end, d) && dom_in(prev, nz_value(u), dn) &&
                    cue_names(c, "\xC3\x97", 2, nz_value(u), dn))
                    dom_add(c->dom_list, sizeof(c->dom_list), nz_value(u), dn);
                snprintf(prev, sizeof(prev), "%.*s", (int)dn, nz_value(u));
                prev_end = r + un;
            }
            continue;
        }
        if (!nz_is_letter(cp)) {
            q += k;
            continue;
        }
        /* a word: its letters and digits */
        const char *w = q;
        while (q < e && nz_is_alnum_at(q))
            q += nz_cp(q, &cp);
        for (size_t i = 0; i < c->t[NZ_DOMAIN_CUES].n; i++) {
            const al_lang_entry *x = &c->t[NZ_DOMAIN_CUES].e[i];
            if (nz_word_fits(x->key, strlen(x->key), w, (size_t)(q - w)))
                dom_add_all(c, nz_value(x));
        }
    }
    return c->dom_list;
}

/* Entry E of a domain table if its domain is one of the sentence's at P,
 * or (AFTER: the unit's N bytes, not 0) the word right after the unit has
 * a cue "after:DOMAIN" ("65 nm south of"): a copy with the domain's name
 * cut from its value. */
static const al_lang_entry *in_domain(nz *c, const al_lang_entry *e, const char *p, size_t after)
{
    const char *v = e ? nz_value(e) : NULL, *w;
    char tok[40];
    size_t dn, wn;

    if (!v || !(dn = strcspn(v, " ")) || !v[dn] || dn > 32)
        return NULL;
    snprintf(tok, sizeof(tok), "after:%.*s", (int)dn, v);
    if (!(after && (wn = nz_word_after(p + after, &w)) && w == p + after + 1 && cue_names(c, w, wn, tok, dn + 6)) &&
        !dom_in(domains_at(c, p), v, dn))
        return NULL;
    c->dom_entry = *e;
    c->dom_entry.value = v + dn + 1;
    return &c->dom_entry;
}

const al_lang_entry *nz_domain_unit(nz *c, const char *p, size_t *n)
{
    const al_lang_entry *e;

    if (!c->t[NZ_DOMAIN_UNITS].n || !(e = nz_match(c, NZ_DOMAIN_UNITS, p, false, n)) || nz_is_alnum_at(p + *n))
        return NULL;
    return in_domain(c, e, p, *n);
}

size_t nz_domain_word(nz *c, const char *p)
{
    const al_lang_entry *e;
    size_t n;

    if (!c->t[NZ_DOMAIN_ABBREV].n)
        return 0;
    /* "k2", "M1": a key of letters glued to a count is said before it
     * ("knit 2"); otherwise the key stands alone */
    for (n = 0; (p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z'); n++)
        ;
    bool glued = n && nz_digit(p[n]) && !nz_is_alnum_at(p + n + nz_digits(p + n));
    if (glued)
        e = nz_find(c, NZ_DOMAIN_ABBREV, p, n, false);
    else if (!(e = nz_match(c, NZ_DOMAIN_ABBREV, p, false, &n)) || nz_is_alnum_at(p + n))
        return 0;
    if (!e)
        return 0;
    if (!(e = in_domain(c, e, p, 0)))
        return 0;
    nz_put_form(c, nz_value(e), 0);
    if (glued)
        al_buf_putc(c->b, ' ');
    /* its period also ends the sentence at the text's end */
    else if (p[n - 1] == '.' && nz_at_end(p + n))
        al_buf_putc(c->b, '.');
    return n;
}
