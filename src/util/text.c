/*
 * text.c - UTF-8 text helpers: decoding, normalisation, sanitising,
 * case folding and word counts.
 *
 * Everything a page says passes through al_text_append_normalized() before it
 * reaches an article, so this is where control characters, terminal escape
 * sequences, bidi overrides and invalid bytes are removed, once.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

size_t al_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    uint32_t c, min;
    size_t len, i;

    if (n == 0)
        return 0;
    c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2, c &= 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, c &= 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, c &= 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return len;
}

size_t al_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;

    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    } else if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    } else if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

bool al_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, k;
    uint32_t cp;

    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        k = al_utf8_decode(p + i, n - i, &cp);
        if (cp == 0xFFFD && k == 1)
            return false;
        i += k;
    }
    return true;
}

static bool is_space_cp(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Characters that must never reach output: C0/C1 controls, DEL, zero-width
 * and bidi formatting characters, BOM, non-characters. */
static bool is_dropped_cp(uint32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) ||
           c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || c == 0x00AD;
}

/* Length of a terminal escape sequence starting with ESC (or C1 CSI/OSC) at
 * S, so that "\033[31m" goes as a whole, not just its ESC. */
static size_t escape_length(const unsigned char *s, size_t n)
{
    size_t i;

    if (n < 2)
        return n;
    if (s[1] == '[') {                     /* CSI ... final byte 0x40-0x7E */
        for (i = 2; i < n && i < 64; i++)
            if (s[i] >= 0x40 && s[i] <= 0x7E)
                return i + 1;
        return i < n ? 1 : n;
    }
    if (s[1] == ']' || s[1] == 'P' || s[1] == '_' || s[1] == '^') {
        /* OSC/DCS/APC/PM: up to BEL or ST (ESC \, or C1 ST U+009C) */
        for (i = 2; i < n && i < 4096; i++) {
            if (s[i] == 0x07)
                return i + 1;
            if ((s[i] == 0x1B && i + 1 < n && s[i + 1] == '\\') ||
                (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0x9C))
                return i + 2;
        }
        return i < n ? 1 : n;
    }
    if (s[1] >= 0x21 && s[1] <= 0x2F) {    /* intermediates, then a final byte */
        for (i = 1; i < n && i < 16 && s[i] >= 0x20 && s[i] <= 0x2F; i++)
            ;
        return i < n && s[i] >= 0x30 && s[i] <= 0x7E ? i + 1 : i;
    }
    if (s[1] >= 0x30 && s[1] <= 0x7E)      /* two-byte escape: ESC c, ESC 7 */
        return 2;
    return 1;                              /* a lone ESC: keep what follows */
}

void al_text_append_normalized(al_buf *b, const char *s, size_t n, bool *pending_space)
{
    const unsigned char *p = (const unsigned char *)s;
    bool local = false, *pend = pending_space ? pending_space : &local;
    size_t i = 0, k, run;
    uint32_t cp;
    char enc[4];

    while (i < n) {
        /* Fast path: a run of plain printable ASCII. */
        run = i;
        while (run < n && p[run] > 0x20 && p[run] < 0x7F)
            run++;
        if (run > i) {
            if (*pend && b->len > 0)
                al_buf_putc(b, ' ');
            *pend = false;
            al_buf_put(b, s + i, run - i);
            i = run;
            continue;
        }
        if (p[i] == 0x1B) {
            i += escape_length(p + i, n - i);
            continue;
        }
        k = al_utf8_decode(p + i, n - i, &cp);
        i += k;
        if (is_space_cp(cp)) {
            *pend = true;
            continue;
        }
        if (is_dropped_cp(cp))
            continue;
        if (*pend && b->len > 0)
            al_buf_putc(b, ' ');
        *pend = false;
        al_buf_put(b, enc, al_utf8_encode(cp, enc));
    }
}

char *al_text_normalize(const char *s)
{
    al_buf b = AL_BUF_INIT;

    al_text_append_normalized(&b, s, strlen(s), NULL);
    return al_buf_detach(&b);
}

char *al_text_sanitize(const char *s)
{
    return al_text_normalize(s);
}

/* Word characters: letters and digits. Punctuation is none, the full-width
 * forms Chinese and Japanese write too ("相关阅读：" is "相关阅读" and a
 * colon, as "Read more:" is; U+FF1A-FF20, U+FF3B-FF40, U+FF5B-FF65), while
 * full-width digits and letters stay words. Nor is an emoji: the
 * pictographs from U+1F000 (cards, enclosed letters, flags, faces, objects,
 * to U+1FAFF), the variation selectors that make a symbol an emoji
 * (U+FE00-FE0F: "ℹ️" is U+2139 U+FE0F) and the tag characters of a
 * subdivision flag (U+E0000-E01EF): a callout's "ℹ️" or a "🚲" says no
 * word (the symbols of U+2000-2BFF are none already). */
static bool is_word_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
        (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD)
        return false;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0xE0000 && c <= 0xE01EF))
        return false;                   /* emoji and their selectors */
    return true;
}

/* Ideographic and kana characters are written without spaces; each counts
 * as a word for listening-time estimates. */
static bool is_ideograph_cp(uint32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

/* Words in S in halves: a run of word characters is two, an ideograph
 * IDEOGRAPH (a Chinese or Japanese word is about two characters). */
static size_t word_halves(const char *s, size_t ideograph)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0, halves = 0;
    bool in_word = false;
    uint32_t cp;

    while (i < n) {
        if (p[i] < 0x80)
            cp = p[i++];                /* (ASCII: most of a page, no call) */
        else
            i += al_utf8_decode(p + i, n - i, &cp);
        if (is_ideograph_cp(cp)) {
            halves += ideograph;
            in_word = false;
        } else if (is_word_cp(cp)) {
            if (!in_word)
                halves += 2;
            in_word = true;
        } else if (cp != '\'' && cp != 0x2019) {
            in_word = false;
        }
    }
    return halves;
}

size_t al_text_before_ellipsis(const char *s)
{
    size_t n = strlen(s);

    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (n >= 3 && (memcmp(s + n - 3, "\xe2\x80\xa6", 3) == 0 || memcmp(s + n - 3, "...", 3) == 0))
        return n - 3;
    return 0;
}

size_t al_text_words(const char *s)
{
    return word_halves(s, 2) / 2;
}

size_t al_text_line_words(const char *s)
{
    return (word_halves(s, 1) + 1) / 2;
}

/* A title's separator mark written without spaces: a bar (ASCII or
 * fullwidth, which no headline uses inside its words), or a dash (ASCII,
 * en, em, fullwidth) between two ideographs, where Chinese and Japanese
 * portals glue them ("标题-网站"; a Latin "e-mail" is no separator). */
static bool glued_separator(uint32_t c, uint32_t before, uint32_t after)
{
    if (c == '|' || c == 0xFF5C)
        return true;
    return (c == '-' || c == 0x2013 || c == 0x2014 || c == 0xFF0D) &&
           is_ideograph_cp(before) && is_ideograph_cp(after);
}

char *al_title_spaced(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0, len;
    uint32_t cp, before = 0, after;
    al_buf out = AL_BUF_INIT;

    while (i < n) {
        len = al_utf8_decode(p + i, n - i, &cp);
        after = 0;
        if (i + len < n)
            al_utf8_decode(p + i + len, n - i - len, &after);
        if (glued_separator(cp, before, after)) {
            while (out.len && out.data[out.len - 1] == ' ')
                out.data[--out.len] = '\0';    /* one space each side */
            al_buf_puts(&out, cp == '|' || cp == 0xFF5C ? " | " : " - ");
            for (i += len; i < n && p[i] == ' '; i++)
                ;
            before = ' ';
            continue;
        }
        al_buf_put(&out, s + i, len);
        before = cp;
        i += len;
    }
    if (out.failed) {
        al_buf_free(&out);
        return NULL;
    }
    return out.data ? al_buf_detach(&out) : al_strdup("");
}

uint32_t al_utf8_fold_cp(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    /* Latin Extended-A: capitals at even code points (Ā..ķ, Ŋ..ŷ), at odd
     * ones between (Ĺ..ň: Ł ł) and after (Ź..ž); Ÿ folds to ÿ */
    if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) && !(c & 1))
        return c + 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && (c & 1))
        return c + 1;
    if (c == 0x178)
        return 0xFF;
    if (c >= 0x391 && c <= 0x3A9)
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

char *al_text_fold(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    al_buf b = AL_BUF_INIT;
    uint32_t cp;
    char enc[4];

    al_buf_grow(&b, n);
    while (i < n) {
        if (p[i] < 0x80) {
            al_buf_putc(&b, (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]));
            i++;
            continue;
        }
        i += al_utf8_decode(p + i, n - i, &cp);
        al_buf_put(&b, enc, al_utf8_encode(al_utf8_fold_cp(cp), enc));
    }
    return al_buf_detach(&b);
}

const char *al_text_casestr(const char *hay, const char *needle)
{
    char *h = al_text_fold(hay), *nd = al_text_fold(needle);
    const char *hit = NULL, *found;

    if (h && nd && (found = strstr(h, nd)) != NULL) {
        /* Folding keeps byte lengths for the ranges above except the
         * Cyrillic 0x400 block (2 bytes either way), so offsets map. */
        hit = hay + (found - h);
    }
    free(h);
    free(nd);
    return hit;
}

/* Does the value V have a part, split at the bytes of SEPS, that is one
 * of WORDS (any case)? A class list split at " \t\n-_", a URL at its
 * separators too. */
bool al_value_has_part(const char *v, const char *seps, const char *const *words)
{
    const char *p = v;

    while (v && *p) {
        size_t n;
        p += strspn(p, seps);
        n = strcspn(p, seps);
        for (size_t k = 0; n && words[k]; k++)
            if (strlen(words[k]) == n && !strncasecmp(p, words[k], n))
                return true;
        p += n;
    }
    return false;
}

/* Append the folded word characters of S to B, one space between words. */
static void word_key(al_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    bool gap = false;
    uint32_t cp;
    char enc[4];

    while (i < n) {
        if (p[i] < 0x80)
            cp = p[i++];                /* (ASCII: most of a page, no call) */
        else
            i += al_utf8_decode(p + i, n - i, &cp);
        if (is_word_cp(cp) || is_ideograph_cp(cp)) {
            if (gap && b->len)
                al_buf_putc(b, ' ');
            gap = false;
            if (cp < 0x80)
                al_buf_putc(b, (char)al_utf8_fold_cp(cp));
            else
                al_buf_put(b, enc, al_utf8_encode(al_utf8_fold_cp(cp), enc));
        } else {
            gap = true;
        }
    }
}

char *al_text_key(const char *s)
{
    al_buf b = AL_BUF_INIT;

    word_key(&b, s);
    return al_buf_detach(&b);
}

bool al_key_has_words(const char *key, const char *words)
{
    size_t n = words ? strlen(words) : 0;

    for (const char *h = key; n && h && (h = strstr(h, words)) != NULL; h++)
        if ((h == key || h[-1] == ' ') && (h[n] == '\0' || h[n] == ' '))
            return true;
    return false;
}

bool al_key_names(const char *key, const char *name, size_t min_bytes)
{
    char *nk = al_text_key(name);
    bool hit = false;

    for (const char *w = nk; key && w && *w && !hit; w += strcspn(w, " "), w += strspn(w, " ")) {
        size_t n = strcspn(w, " ");
        char *word = n >= min_bytes ? al_strndup(w, n) : NULL;
        hit = word && al_key_has_words(key, word);
        free(word);
    }
    free(nk);
    return hit;
}

bool al_text_same_words(const char *a, const char *b)
{
    char *ka = al_text_key(a), *kb = al_text_key(b);
    bool same = ka && kb && ka[0] && strcmp(ka, kb) == 0;

    free(ka);
    free(kb);
    return same;
}

char *al_strdup(const char *s)
{
    return s ? al_strndup(s, strlen(s)) : NULL;
}

char *al_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);

    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void al_text_trim_marks(char *s)
{
    size_t n = strlen(s);

    for (;;) {
        while (n && s[n - 1] == ' ')
            n--;
        if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
            ((unsigned char)s[n - 1] == 0xB6 || (unsigned char)s[n - 1] == 0xA7))
            n -= 2;                            /* ¶ § */
        else if (n >= 1 && s[n - 1] == '#')
            n -= 1;
        else if (n >= 4 && memcmp(s + n - 4, "\xF0\x9F\x94\x97", 4) == 0)
            n -= 4;                            /* link emoji */
        else
            break;
    }
    s[n] = '\0';
}

size_t al_text_strip_controls(char *s, size_t len)
{
    unsigned char *p = (unsigned char *)s;
    size_t i = 0, o = 0;

    while (i < len) {
        unsigned char c = p[i];
        if (c == 0x1B) {
            i += escape_length(p + i, len - i);
        } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
            i++;
        } else if (c == 0xC2 && i + 1 < len && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {
            if (p[i + 1] == 0x9B || p[i + 1] == 0x9D) {       /* C1 CSI / OSC */
                unsigned char esc[2] = { 0x1B, p[i + 1] == 0x9B ? '[' : ']' };
                size_t n;
                /* measure as if it were ESC [ or ESC ]: rewrite in place */
                p[i + 1] = esc[1];
                n = escape_length(p + i, len - i);
                p[i + 1] = esc[1] == '[' ? 0x9B : 0x9D;
                i += n > 2 ? n : 2;
            } else {
                i += 2;
            }
        } else {
            p[o++] = p[i++];
        }
    }
    if (o < len)
        s[o] = '\0';
    return o;
}

unsigned al_utf8_chars(const char *s)
{
    unsigned n = 0;

    for (; *s; s++)
        if ((*s & 0xC0) != 0x80)
            n++;
    return n;
}
