/*
 * normalise_shape.c - words whose written shape is not what is said:
 * stretched words ("sooo", "Neeein", "Nãããão": the word, its letter once
 * or twice as the language spells it), words masked with asterisks
 * ("M*rde", "m****a", "T***": the word a narrator says, from the
 * language's [speech.censored]) and a Roman numeral that is a date's day
 * before a month's name ("Via XX Settembre": the day, said as a date's).
 *
 * A pass over the text before the main one, as the life marks' pass: the
 * word is replaced by its letters, and the main pass then reads it as any
 * other word (the Roman day as a day before its month).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

/* The lower case of CP for the Latin letters a stretched word repeats. */
static uint32_t low_cp(uint32_t cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
        return cp + 32;
    if (cp >= 0x100 && cp <= 0x17F && !(cp & 1))
        return cp + 1;
    return cp;
}

/* A vowel letter (with or without its marks): a stretched vowel comes
 * back once, unless [speech.stretch_double] spells the word with two. */
static bool vowel_cp(uint32_t cp)
{
    static const uint32_t ext[] = { 0x101, 0x103, 0x105, 0x113, 0x115, 0x117, 0x119, 0x11B,
                                    0x12B, 0x12D, 0x12F, 0x131, 0x14D, 0x14F, 0x151, 0x16B,
                                    0x16D, 0x16F, 0x171, 0x173, 0x177 };
    cp = low_cp(cp);
    if (cp < 0x80)
        return strchr("aeiouy", (int)cp) != NULL && cp;
    if (cp >= 0xE0 && cp <= 0xFF)
        return cp != 0xE7 && cp != 0xF0 && cp != 0xF1 && cp != 0xF7 && cp != 0xFE;
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
        if (ext[i] == cp)
            return true;
    return false;
}

/* The value of the Roman digit CH (I V X L C D M), or 0. */
static int roman_digit_val(char ch)
{
    static const char digits[] = "IVXLCDM";
    static const int values[] = { 1, 5, 10, 50, 100, 500, 1000 };
    const char *q = ch ? strchr(digits, ch) : NULL;

    return q ? values[q - digits] : 0;
}

/* The value of the capital Roman numeral S (N bytes) written in its
 * canonical shape, or 0. */
static int roman_num(const char *s, size_t n)
{
    int v = 0;
    char back[32];

    if (n == 0 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int a = roman_digit_val(s[i]), b = i + 1 < n ? roman_digit_val(s[i + 1]) : 0;
        if (!a)
            return 0;
        v += a < b ? -a : a;
    }
    /* canonical: written back, the same letters ("IIII", "VX" are none) */
    {
        static const struct { int v; const char *s; } r[] = {
            { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
            { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" },
        };
        int x = v;
        size_t o = 0;
        for (size_t i = 0; i < sizeof r / sizeof r[0] && x > 0; i++)
            while (x >= r[i].v && o + 3 < sizeof back) {
                size_t k = strlen(r[i].s);
                memcpy(back + o, r[i].s, k);
                o += k;
                x -= r[i].v;
            }
        back[o] = 0;
    }
    return v > 0 && strlen(back) == n && memcmp(back, s, n) == 0 ? v : 0;
}

/* One letter of a word: its start and length in bytes, its code point. */
typedef struct {
    const char *p;
    size_t n;
    uint32_t cp;
} letter;

/* Is the lower-cased word W one of TAB's keys (in any case: "Idee")? */
static bool word_listed(const al_lang_entry *tab, size_t tn, const char *w)
{
    for (size_t i = 0; i < tn; i++)
        if (strcasecmp(tab[i].key, w) == 0)
            return true;
    return false;
}

/* The word of L[0..N) with each run of RUNS[] (start, length) cut to KEEP[]
 * letters, lower-cased, into OUT (CAP bytes): false when it does not fit. */
static bool build(const letter *l, size_t n, const size_t (*runs)[2], const int *keep, size_t nr,
                  bool lower, char *out, size_t cap)
{
    size_t o = 0, r = 0;

    for (size_t i = 0; i < n;) {
        size_t cnt = 1;
        if (r < nr && runs[r][0] == i) {
            cnt = (size_t)keep[r];
            /* the run's first letters as written ("Ssst" Sst) */
            for (size_t k = 0; k < cnt; k++) {
                const letter *x = &l[i + k];
                if (o + 4 >= cap)
                    return false;
                if (lower && x->cp < 0x80) {
                    out[o++] = (char)low_cp(x->cp);
                } else {
                    memcpy(out + o, x->p, x->n);
                    o += x->n;
                }
            }
            i += runs[r][1];
            r++;
            continue;
        }
        if (o + 4 >= cap)
            return false;
        if (lower && l[i].cp < 0x80) {
            out[o++] = (char)low_cp(l[i].cp);
        } else {
            memcpy(out + o, l[i].p, l[i].n);
            o += l[i].n;
        }
        i++;
    }
    out[o] = 0;
    return true;
}

/* "sooo", "Neeein", "Chuuut", "buenísimaaa", "Nãããão", "Psssst": a
 * word with a letter written three times or more in a row is a word
 * stretched for the voice, and espeak-ng reads every letter ("sooo"
 * su:oU). Said with the run cut: a consonant to two ("Psst", "Hmm"), a
 * vowel to one ("so", "Nein", "Não") or to two where the word so spelled
 * is one of [speech.stretch_double] ("Neeee" nee in Dutch, "goooood"
 * good). Not a word of one letter repeated ("zzz", "www"), a Roman
 * numeral ("XXX", "XXXL"), nor, in capitals, an acronym: a word in
 * capitals is stretched only by a vowel after its first letter
 * ("NOOO"), nor a run of capital I, X, C or M ("XVIIIe"). A run of
 * exactly three letters after a letter and before three letters or
 * more is a compound's join where the language writes three and stays:
 * of a consonant ("Messstelle", "Schifffahrt"), or of a vowel where the
 * part before, the vowel doubled, is a word of [speech.stretch_double]
 * ("Kaffeeersatz", "Seeelefant"; "suuuper" is stretched). The letters
 * L[0..N) are the word; its stretched shape, written into OUT, or
 * false. */
static bool stretched(const letter *l, size_t n, const al_lang_entry *dbl, size_t dn, char *out, size_t cap)
{
    size_t runs[8][2], nr = 0;
    int keep[8];
    bool lower_any = false, distinct = false, roman = true, any = false;
    char cand[128], *f;

    if (n < 3 || n > 40)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!nz_is_upper(l[i].cp))
            lower_any = true;
        if (low_cp(l[i].cp) != low_cp(l[0].cp))
            distinct = true;
        if (l[i].cp >= 0x80 || !roman_digit_val((char)(l[i].cp & ~32u)))
            roman = false;
    }
    if (!distinct || roman)
        return false;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && low_cp(l[j].cp) == low_cp(l[i].cp))
            j++;
        if (j - i >= 3 && nr < 8) {
            bool v = vowel_cp(l[i].cp);
            bool join = j - i == 3 && i >= 1 && n - j >= 3;
            /* a vowel's join: the part before ends in the vowel doubled,
             * a word of [speech.stretch_double] ("Kaffee|ersatz") */
            if (join && v) {
                char *pf;
                join = false;
                if (build(l, i + 2, NULL, NULL, 0, true, cand, sizeof cand) &&
                    (pf = al_text_fold(cand))) {
                    join = word_listed(dbl, dn, pf);
                    free(pf);
                }
            }
            /* "XVIIIe", "IIIe": capital I, X, C, M are a Roman
             * numeral's, written three times by rule */
            bool roman_run = l[i].cp < 0x80 && strchr("IXCM", (int)l[i].cp);
            if (!join && !roman_run && (lower_any || (v && i > 0))) {
                runs[nr][0] = i;
                runs[nr][1] = j - i;
                keep[nr] = v ? 1 : 2;
                nr++;
                any = true;
            }
        }
        i = j;
    }
    if (!any)
        return false;
    /* a vowel run said twice where the language spells the word so */
    for (size_t r = 0; r < nr && dn; r++) {
        if (keep[r] != 1)
            continue;
        keep[r] = 2;
        if (build(l, n, (const size_t(*)[2])runs, keep, nr, true, cand, sizeof cand) &&
            (f = al_text_fold(cand))) {
            bool hit = word_listed(dbl, dn, f);
            free(f);
            if (hit)
                continue;
        }
        keep[r] = 1;
    }
    return build(l, n, (const size_t(*)[2])runs, keep, nr, false, out, cap);
}

/* "M*rde", "m****a", "ca**o", "k*tweer", "T***": a word of letters and
 * asterisks, opening with a letter, is a word the writer masked. The
 * word of [speech.censored] it fits is said: the letters shown where they
 * stand, each asterisk between two letters one hidden letter, the
 * asterisks that end the word any number of letters (a word cut after
 * its first letters, "T***" Teufel); a masked word that opens a compound
 * fits by its start ("k*tweer": kut, then "weer"). The entries are in the
 * table's order, the first that fits wins; where a language's narrators
 * say the letter, no entry is made (English "f***" stays, read "F"). A
 * word that fits none stays as written. The word is L[0..N) (asterisks
 * with code point '*'); its reading into OUT, or false. */
static bool censored(const letter *l, size_t n, const al_lang_entry *tab, size_t tn, char *out, size_t cap)
{
    size_t stars = 0, last = 0;

    if (n < 2 || l[0].cp == '*')
        return false;
    for (size_t i = 0; i < n; i++)
        if (l[i].cp == '*')
            stars++, last = i;
    if (!stars || stars == n)
        return false;
    bool tail = l[n - 1].cp == '*';
    for (size_t t = 0; t < tn; t++) {
        const char *k = tab[t].key;
        letter e[64];
        size_t en = 0, i;
        uint32_t cp;
        for (const char *q = k; *q && en < 64;) {
            size_t m = nz_cp(q, &cp);
            if (!m)
                break;
            e[en].p = q, e[en].n = m, e[en].cp = cp;
            en++;
            q += m;
        }
        /* the shown letters and the hidden ones, one for one, up to the
         * trailing asterisks (which hide one letter or more) or, with
         * none, over the entry, the word's rest letters only */
        bool fit = true;
        if (tail) {
            size_t upto = last + 1;
            while (upto > 0 && l[upto - 1].cp == '*')
                upto--;
            if (en <= upto)
                continue;
            for (i = 0; i < upto && fit; i++)
                fit = l[i].cp == '*' || low_cp(l[i].cp) == low_cp(e[i].cp);
        } else {
            if (en > n || (en < n && (en < 3 || last >= en)))
                continue;
            for (i = 0; i < en && fit; i++)
                fit = l[i].cp == '*' || low_cp(l[i].cp) == low_cp(e[i].cp);
        }
        if (!fit)
            continue;
        /* the entry, its first letter's case as written, then the rest */
        size_t o = 0, need = strlen(k) + 8;
        for (size_t j = en; j < n && !tail; j++)
            need += l[j].n;
        if (need >= cap)
            return false;
        if (nz_is_upper(l[0].cp)) {
            memcpy(out, l[0].p, l[0].n);
            o = l[0].n;
            memcpy(out + o, k + e[0].n, strlen(k) - e[0].n);
            o += strlen(k) - e[0].n;
        } else {
            memcpy(out, k, strlen(k));
            o = strlen(k);
        }
        for (size_t j = en; j < n && !tail; j++) {
            memcpy(out + o, l[j].p, l[j].n);
            o += l[j].n;
        }
        out[o] = 0;
        return true;
    }
    return false;
}

/* "Via XX Settembre", "Piazza IV Novembre": a Roman numeral from I to
 * XXXI right before a month's name of [speech.months] is the day of a
 * date that names a street or a square, said as the language says a
 * date's day (Italian venti settembre), not the ordinal a numeral before
 * a noun is: written as its digits for the date rules. Not after a
 * capitalised word that is no street's (a ruler's or a title's
 * numeral): the word before is lower case, a street's word of
 * [speech.settings] street_words ("Via", "Piazza"), or none. The
 * day's digits into OUT, or false. */
static bool roman_day(const nz *c, const char *p, size_t n, char *out, size_t cap)
{
    int v = roman_num(p, n), m;
    size_t ml;
    const char *w;
    size_t wn;

    if (v < 1 || v > 31 || p[n] != ' ' || !(m = nz_month_at(c, p + n + 1, &ml)) ||
        nz_is_alnum_at(p + n + 1 + ml))
        return false;
    wn = nz_word_before(c, p, &w);
    if (wn && nz_upper_at(w) && !nz_in_words(nz_setting(c, "street_words"), w, wn))
        return false;
    snprintf(out, cap, "%d", v);
    return true;
}

char *nz_word_shapes(const nz *c, const char *text, const char *lang)
{
    size_t dn = 0, cn = 0;
    const al_lang_entry *dbl = lang ? al_lang_table("speech.stretch_double", lang, &dn) : NULL;
    const al_lang_entry *cen = lang ? al_lang_table("speech.censored", lang, &cn) : NULL;
    al_buf b = AL_BUF_INIT;
    const char *p = text;
    bool any = false, after_word = false;
    char out[256];

    if (!c->known)
        return NULL;
    while (*p) {
        uint32_t cp;
        size_t k = nz_cp(p, &cp);

        if (!k) {
            al_buf_putc(&b, *p++);
            continue;
        }
        if (after_word || !nz_is_letter(cp) || (p > text && strchr("@#_/\\.&=", p[-1]))) {
            after_word = nz_is_letter(cp) || nz_digit(*p) || *p == '_';
            al_buf_put(&b, p, k);
            p += k;
            continue;
        }
        letter l[64];
        size_t n = 0, stars = 0;
        const char *q = p;
        while (n < 64 && (k = nz_cp(q, &cp)) && (nz_is_letter(cp) || cp == '*')) {
            l[n].p = q, l[n].n = k, l[n].cp = cp;
            stars += cp == '*';
            n++;
            q += k;
        }
        /* a word glued to digits, a handle's or an address's part stays */
        bool plain = n < 64 && !nz_digit(*q) && *q != '_' && *q != '@' && *q != '/' &&
                     !(*q == '.' && nz_is_alnum_at(q + 1)) && !(*q == '\'' && nz_is_letter((unsigned char)q[1]));
        size_t len = (size_t)(q - p);
        if (plain && stars && censored(l, n, cen, cn, out, sizeof out)) {
            al_buf_puts(&b, out);
            any = true;
        } else if (plain && !stars && roman_day(c, p, len, out, sizeof out)) {
            al_buf_puts(&b, out);
            any = true;
        } else if (plain && !stars && stretched(l, n, dbl, dn, out, sizeof out)) {
            al_buf_puts(&b, out);
            any = true;
        } else {
            al_buf_put(&b, p, len);
        }
        p += len;
        after_word = true;
    }
    return nz_pass_result(&b, any);
}
