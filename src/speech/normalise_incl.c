/*
 * normalise_incl.c - gender-inclusive writing said as a careful reader
 * says it (see normalise.c for the design). A word written for both
 * genders at once is read as its two forms, from the language's data:
 *
 *   [speech.settings] gender_marks   a sign that stands for the masculine
 *                    and the feminine vowel, "@=o|a" ("tod@s": todos,
 *                    todas), "ə=i|e" ("tuttə": tutti, tutte)
 *   gender_dots      signs that cut the feminine ending off, "· ."
 *                    ("étudiant·e·s": étudiants, étudiantes)
 *   gender_bare_stems  stem endings that are the masculine singular
 *                    itself, its plural with "es" ("trabajador@s":
 *                    trabajadores, trabajadoras)
 *   gender_slash     masculine|feminine endings a slash gives,
 *                    "o|a os|as |a" ("enfermero/a", "Los/as", "un/a")
 *   gender_stem      two whole words with a slash that share this many
 *                    first letters are the two forms ("Drodzy/Drogie"),
 *                    and two such pairs around a slash two phrases
 *                    ("Szanowny Panie/Szanowna Pani")
 *   gender_plural    endings of a plural form: both forms are said with
 *                    [speech.words] and, a singular's with or
 *   gender_phrase    1: the forms of the words in a row are said as two
 *                    phrases ("Queridos compañeros y queridas
 *                    compañeras"), else each word's pair alone; where
 *                    it is set (a language whose adjectives agree), the
 *                    later inclusive words of a sentence are said in the
 *                    masculine
 *   gender_pause     signs said as the glottal pause before the feminine
 *                    ending ("Lehrer:innen": Lehrer innen)
 *   job_tag          the letters of a job ad's "(m/w/d)", skipped
 *
 * A word in brackets inside a word ("colleague(s)", "Kandydat(ka)",
 * "chair(wo)man") is the short and the long form in every language. With
 * gender_phrase the first inclusive words of a sentence are said as the
 * pair, the later ones (an adjective, a participle after the verb) in the
 * masculine, as a reader does not repeat the pair ("Les citoyen·nes sont
 * invité·es").
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

#define FORM_CAP 96

static bool same_stem(const nz *c, const char *a, size_t an, const char *b, size_t bn);

/* Append S (N bytes) to OUT (cap FORM_CAP); false if it does not fit. */
static bool add(char *out, const char *s, size_t n)
{
    size_t l = strlen(out);

    if (l + n + 1 > FORM_CAP)
        return false;
    memcpy(out + l, s, n);
    out[l + n] = '\0';
    return true;
}

static bool vowel(char ch)
{
    return ch && strchr("aeiouAEIOU", ch);
}

/* The letters at P: their bytes (a run of letters, no marks). */
static size_t letters(const char *p)
{
    uint32_t cp;
    size_t k, n = 0;

    while ((k = nz_cp(p + n, &cp)) && nz_is_letter(cp))
        n += k;
    return n;
}

/* The mark of [speech.settings] gender_marks at P: its masculine and
 * feminine letters in *M, *F (up to '|' and ' '), its length or 0. */
static size_t mark_at(const nz *c, const char *p, const char **m, const char **f)
{
    const char *l = nz_setting(c, "gender_marks");

    while (l && *l) {
        size_t ln = strcspn(l, " "), kn = strcspn(l, "=");
        if (kn < ln && strncmp(p, l, kn) == 0) {
            *m = l + kn + 1;
            *f = *m + strcspn(*m, "| ") + (*(*m + strcspn(*m, "| ")) == '|');
            return kn;
        }
        l += ln;
        l += strspn(l, " ");
    }
    return 0;
}

/* "tod@s", "todxs", "@s", "tuttə": a word with signs of gender_marks; an
 * "x" is one only before the plural's final "s", after a consonant or at
 * the word's start ("todxs", "xs"; not "Marx", "relax"). */
static size_t marked(const nz *c, const char *p, char *m, char *f)
{
    const char *q = p, *mm, *ff;
    size_t k, marks = 0;

    while (true) {
        size_t n = 0, cn;
        uint32_t cp;
        /* (the letters up to a sign: "ə" is a letter itself) */
        while ((cn = nz_cp(q + n, &cp)) && nz_is_letter(cp) && (q[n] == 'x' || !mark_at(c, q + n, &mm, &ff)))
            n += cn;
        if (n >= 2 && q[n - 2] == 'x' && q[n - 1] == 's' && (n == 2 || !vowel(q[n - 3])) && mark_at(c, q + n - 2, &mm, &ff))
            n -= 2;
        if (!add(m, q, n) || !add(f, q, n))
            return 0;
        q += n;
        if (!(k = mark_at(c, q, &mm, &ff)))
            break;
        if (*q == '@' && nz_is_alnum_at(q + 1) && !(q[1] == 's' && !nz_is_alnum_at(q + 2)))
            return 0;
        size_t mn = strcspn(mm, "| "), fn = strcspn(ff, " "), ml = strlen(m);
        /* (a sign after its masculine vowel: "Cariə", Cari, Care) */
        if (ml >= mn && strncmp(m + ml - mn, mm, mn) == 0)
            f[strlen(f) - mn] = '\0';
        else if (nz_ends_with_setting(c, "gender_bare_stems", m, ml)) {
            /* (a stem that is the masculine itself: "profesor@s",
             * profesores, profesoras; "lector@", lector, lectora) */
            if (q[k] == 's' && !nz_is_alnum_at(q + k + 1) && !add(m, "e", 1))
                return 0;
        } else if (!add(m, mm, mn))
            return 0;
        if (!add(f, ff, fn))
            return 0;
        q += k, marks++;
    }
    return marks && !nz_is_alnum_at(q) ? (size_t)(q - p) : 0;
}

/* "étudiant·e·s", "élu.e.s", "citoyen·nes", "infirmier·ère": a stem and
 * its feminine pieces after the signs of gender_dots. */
static size_t dotted(const nz *c, const char *p, char *m, char *f)
{
    const char *dots = nz_setting(c, "gender_dots"), *q;
    size_t n = letters(p), pieces = 0;
    char last = 0;

    if (!dots || n < 2)
        return 0;
    if (!add(f, p, n))
        return 0;
    q = p + n;
    while (true) {
        size_t d = 0, pn;
        for (const char *l = dots; *l && !d; l += strcspn(l, " "), l += strspn(l, " "))
            if (strncmp(q, l, strcspn(l, " ")) == 0)
                d = strcspn(l, " ");
        if (!d || !(pn = letters(q + d)) || pn > 4 || nz_upper_at(q + d))
            break;
        /* (a full stop only before "e", "es", "s": "élu.e.s", not "etc.fr") */
        if (*q == '.' && !((pn == 1 && (q[1] == 'e' || q[1] == 's')) || (pn == 2 && q[1] == 'e' && q[2] == 's')))
            break;
        /* "infirmier·ère": an ending with "è" takes the place of "er" */
        if ((unsigned char)q[d] == 0xC3 && (unsigned char)q[d + 1] == 0xA8 && strlen(f) >= 2 &&
            strcmp(f + strlen(f) - 2, "er") == 0)
            f[strlen(f) - 2] = '\0';
        /* "cher·e·s", "premier·e": an "e" after "er" is "ère" (chères) */
        if (!pieces && q[d] == 'e' && strlen(f) >= 2 && strcmp(f + strlen(f) - 2, "er") == 0) {
            f[strlen(f) - 2] = '\0';
            if (!add(f, "\xC3\xA8r", 3))
                return 0;
        }
        if (!add(f, q + d, pn))
            return 0;
        last = q[d + pn - 1];
        q += d + pn, pieces++;
    }
    if (!pieces || nz_is_alnum_at(q))
        return 0;
    add(m, p, n);
    if (last == 's')
        add(m, "s", 1);
    return (size_t)(q - p);
}

/* "enfermero/a", "Los/as", "un/a" (gender_slash); "Drodzy/Drogie",
 * "Psycholożka/psycholog" (gender_stem). */
static size_t slashed(const nz *c, const char *p, char *m, char *f)
{
    size_t n = letters(p), sn;
    const char *s = p + n + 1, *l = nz_setting(c, "gender_slash");

    if (!n || p[n] != '/' || !(sn = letters(s)) || s[sn] == '/' || nz_is_alnum_at(s + sn))
        return 0;
    while (l && *l) {
        size_t ln = strcspn(l, " "), mn = strcspn(l, "|"), fn = ln - mn - 1;
        if (mn < ln && fn == sn && strncmp(s, l + mn + 1, fn) == 0 &&
            (n > mn || (n == mn && mn)) && strncasecmp(p + n - mn, l, mn) == 0 && !nz_upper_at(s)) {
            add(m, p, n);
            add(f, p, n - mn);
            add(f, s, sn);
            return n + 1 + sn;
        }
        l += ln;
        l += strspn(l, " ");
    }
    if (same_stem(c, p, n, s, sn) && !(n == sn && strncasecmp(p, s, n) == 0)) {
        add(m, p, n);
        add(f, s, sn);
        return n + 1 + sn;
    }
    return 0;
}

/* "colleague(s)", "chair(wo)man", "medewerk(st)ers", "Kandydat(ka)":
 * the short form (without the letters in brackets) and the long one;
 * "voorzitter(ster)": letters that end as the word does take its end's
 * place, the longest such end (voorzitter, voorzitster). */
static size_t bracketed(const char *p, char *m, char *f)
{
    size_t n = letters(p), pn = 0, zn;
    const char *q = p + n;

    if (n < 3 || *q != '(')
        return 0;
    while (q[1 + pn] >= 'a' && q[1 + pn] <= 'z')
        pn++;
    if (!pn || pn > 4 || q[1 + pn] != ')')
        return 0;
    zn = letters(q + pn + 2);
    if (nz_is_alnum_at(q + pn + 2 + zn) || q[pn + 2 + zn] == '(')
        return 0;
    add(m, p, n);
    add(m, q + pn + 2, zn);
    size_t o = 0;
    for (size_t k = 2; !zn && k < pn && k < n; k++)
        if (strncmp(q - k, q + 1 + pn - k, k) == 0)
            o = k;
    add(f, p, n - o);
    add(f, q + 1, pn);
    add(f, q + pn + 2, zn);
    return n + pn + 2 + zn;
}

/* An inclusive word at P: its masculine (short) form in M, its feminine
 * (long) form in F, its length; or 0. */
static size_t form_at(const nz *c, const char *p, char *m, char *f)
{
    size_t n;

    if (!nz_is_alnum_at(p) && *p != '@')
        return 0;
    m[0] = f[0] = '\0';
    if ((n = bracketed(p, m, f)))
        return n;
    m[0] = f[0] = '\0';
    if ((n = dotted(c, p, m, f)))
        return n;
    m[0] = f[0] = '\0';
    if ((n = slashed(c, p, m, f)))
        return n;
    m[0] = f[0] = '\0';
    if ((n = marked(c, p, m, f)))
        return n;
    m[0] = f[0] = '\0';
    return 0;
}

/* An inclusive word before P in its sentence. */
static bool earlier_form(const nz *c, const char *p)
{
    char m[FORM_CAP], f[FORM_CAP];

    for (const char *q = p; q > c->text;) {
        q--;
        if (strchr(".!?", *q) && q[1] == ' ')
            return false;
        if ((q == c->text || q[-1] == ' ') && form_at(c, q, m, f))
            return true;
    }
    return false;
}

static void put_lower(nz *c, const char *s)
{
    if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
        al_buf_putc(c->b, (char)(s[0] + 32)), s++;
    al_buf_puts(c->b, s);
}

/* Do A (AN bytes) and B share the first gender_stem letters, as two
 * forms of one word ("Szanowny", "Szanowna")? */
static bool same_stem(const nz *c, const char *a, size_t an, const char *b, size_t bn)
{
    const char *st = nz_setting(c, "gender_stem");
    size_t k = st ? (size_t)atoi(st) : 0;

    return k && an >= k && bn >= k && strncasecmp(a, b, k) == 0 && !(an == bn && strncmp(a, b, an) == 0);
}

/* "Szanowny Panie/Szanowna Pani": two words, a slash and two words, each
 * word a form of the one at its place on the other side: both phrases. */
static size_t phrase_pair(nz *c, const char *p)
{
    const char *a = p, *b, *d, *e;
    size_t an = letters(a), bn, dn, en;

    if (!an || a[an] != ' ' || !(bn = letters(b = a + an + 1)) || b[bn] != '/' ||
        !(dn = letters(d = b + bn + 1)) || d[dn] != ' ' || !(en = letters(e = d + dn + 1)) ||
        nz_is_alnum_at(e + en) || e[en] == '/' || !same_stem(c, a, an, d, dn) || !same_stem(c, b, bn, e, en))
        return 0;
    const char *conj = nz_word(c, nz_ends_with_setting(c, "gender_plural", b, bn) ? "and" : "or");
    if (!conj)
        return 0;
    al_buf_printf(c->b, "%.*s %.*s %s %.*s %.*s", (int)an, a, (int)bn, b, conj, (int)dn, d, (int)en, e);
    return (size_t)(e + en - p);
}

size_t nz_inclusive(nz *c, const char *p)
{
    char m[4][FORM_CAP], f[4][FORM_CAP];
    size_t n, k = 0, len = 0;
    const char *q = p, *conj;
    bool phrase = nz_setting(c, "gender_phrase") && atoi(nz_setting(c, "gender_phrase")) == 1;

    if ((n = phrase_pair(c, p)))
        return n;
    if (!(n = form_at(c, p, m[0], f[0])))
        return 0;
    len = n, k = 1;
    /* the inclusive words in a row, one space apart */
    while (phrase && k < 4 && q[len] == ' ' && (n = form_at(c, q + len + 1, m[k], f[k])))
        len += 1 + n, k++;
    /* "Gli/le insegnanti", "xs participantes": an article's two forms
     * before a word the same in both genders take that word with each */
    if (phrase && strlen(m[k - 1]) <= 3 && q[len] == ' ' && q[len + 1] >= 'a' && q[len + 1] <= 'z') {
        size_t wn = letters(q + len + 1);
        if (wn && !nz_is_alnum_at(q + len + 1 + wn) && q[len + 1 + wn] != '/' && q[len + 1 + wn] != '(' &&
            add(m[k - 1], " ", 1) && add(m[k - 1], q + len + 1, wn) && add(f[k - 1], " ", 1) &&
            add(f[k - 1], q + len + 1, wn))
            len += 1 + wn;
    }
    if (nz_setting(c, "gender_phrase") && earlier_form(c, p)) {
        for (size_t i = 0; i < k; i++)
            al_buf_printf(c->b, i ? " %s" : "%s", m[i]);
        return len;
    }
    conj = nz_word(c, nz_ends_with_setting(c, "gender_plural", m[k - 1], strlen(m[k - 1])) ? "and" : "or");
    if (!conj)
        return 0;
    for (size_t i = 0; i < k; i++)
        al_buf_printf(c->b, i ? " %s" : "%s", m[i]);
    al_buf_printf(c->b, " %s ", conj);
    for (size_t i = 0; i < k; i++) {
        if (i)
            al_buf_putc(c->b, ' ');
        if (i == 0 && strcmp(f[0], m[0]) != 0)
            put_lower(c, f[i]);
        else
            al_buf_puts(c->b, f[i]);
    }
    return len;
}

/* "Lehrer:innen", "Mitarbeiter*innen", "eine:n": a sign of gender_pause
 * between a letter and a small letter is the glottal pause before the
 * feminine ending, said as a word's break. */
size_t nz_gender_pause(nz *c, const char *p)
{
    const char *l = nz_setting(c, "gender_pause");
    unsigned char b;

    if (!l || p == c->text || !(p[1] >= 'a' && p[1] <= 'z'))
        return 0;
    b = (unsigned char)p[-1];
    if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && b < 0x80)
        return 0;
    for (; *l; l += strcspn(l, " "), l += strspn(l, " "))
        if (*l == *p && (l[1] == ' ' || !l[1])) {
            al_buf_putc(c->b, ' ');
            return 1;
        }
    return 0;
}

/* "eine Pflegekraft (m/w/d) für", "(m/v/x)": a job ad's gender tag, two
 * or three of the letters of job_tag with slashes in brackets after a
 * word, is skipped as a reader skips it. */
size_t nz_job_tag(nz *c, const char *p)
{
    const char *l = nz_setting(c, "job_tag");
    size_t i = 1, k = 0;

    if (!l || *p != '(' || p == c->text || p[-1] != ' ')
        return 0;
    while (p[i] && p[i + 1] && (p[i + 1] == '/' || p[i + 1] == ')')) {
        char ch = (char)(p[i] | 0x20);
        if (!(ch >= 'a' && ch <= 'z') || !nz_in_words(l, &ch, 1))
            return 0;
        k++;
        if (p[i + 1] == ')')
            break;
        i += 2;
    }
    if (k < 2 || !p[i] || p[i + 1] != ')')
        return 0;
    if (c->b->len && c->b->data[c->b->len - 1] == ' ')
        c->b->data[--c->b->len] = '\0';
    return i + 2;
}
