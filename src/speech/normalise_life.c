/*
 * normalise_life.c - life marks of obituaries, biographies and parish
 * registers: the signs "*" (born), "†" (died), "∞" (married) and the
 * abbreviations "b.", "d.", "geb.", "n.", "ur.", "zm." before a date or
 * a year, said as a newsreader says them ("* 12. März 1950" geboren am
 * 12. März 1950, "(n. 1948)" nato nel 1948), from [speech.life_marks].
 *
 * A pass over the text before the main one: the mark is replaced by its
 * words, and the date or year after it is then read by the date and year
 * rules as after any other word ("urodzony w 1948 r." locative).
 */
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

/* A year of four digits (1000 to 2099) at P that ends its number: its
 * length, or 0. */
static size_t life_year(const char *p)
{
    size_t n = nz_digits(p);

    if (n != 4 || (p[0] != '1' && p[0] != '2') || (p[0] == '2' && p[1] != '0'))
        return 0;
    if (nz_is_alnum_at(p + n) || ((p[n] == '.' || p[n] == ',') && nz_digit(p[n + 1])))
        return 0;
    return n;
}

/* A date at P: a day (one or two digits, a period after it allowed), a
 * date's article or none ("12 de marzo"), a month's name and a year; or
 * a month's name, a day and a year ("March 12, 1950"). */
static bool life_date(const nz *c, const char *p)
{
    size_t n = nz_digits(p), ml;
    const char *q = p + n, *w;
    size_t wn;

    if (n >= 1 && n <= 2) {
        if (*q == '.')
            q++;
        if (*q != ' ')
            return false;
        q++;
        if (!nz_month_at(c, q, &ml) && (wn = nz_word_after(q, &w)) && wn <= 3 && w[wn] == ' ' &&
            nz_find(c, NZ_DATE_ARTICLES, w, wn, true))
            q = w + wn + 1;
        if (!nz_month_at(c, q, &ml) && (wn = nz_word_after(q, &w)) && wn <= 3 && w[wn] == ' ')
            q = w + wn + 1;   /* "12 de marzo": the date's "de" */
        return nz_month_at(c, q, &ml) > 0;
    }
    if (n == 0 && nz_month_at(c, p, &ml) && p[ml] == ' ' && (n = nz_digits(p + ml + 1)) >= 1 && n <= 2)
        return true;
    return false;
}

/* The word before P (spaces, '(' and ',' skipped): its start in *S, its
 * length (0: none, or a number). */
static size_t life_word_back(const char *text, const char *p, const char **s)
{
    const char *q = p;

    while (q > text && (q[-1] == ' ' || q[-1] == '(' || q[-1] == ','))
        q--;
    const char *e = q;
    while (q > text && (nz_is_letter((unsigned char)q[-1]) || (unsigned char)q[-1] >= 0x80))
        q--;
    *s = q;
    return (size_t)(e - q);
}

/* Whether the person the mark at P belongs to is a woman: the name or
 * noun before the bracket or comma that opens the marks ("Giulia Conti
 * (* ...", "Suo nonno (m. 1979)"); an article of [speech.settings]
 * life_f_articles or life_m_articles before it, one lower-case noun
 * between allowed ("Il poeta Luca Marini", "la nonna"), says it;
 * otherwise the first name's ending, life_f_endings ("Zofia", "Maria").
 * Marks, numbers and months between are skipped ("(ur. 12 marca 1950 r.,
 * zm. ...)"). */
static bool life_female(const nz *c, const char *text, const char *p)
{
    const char *q = p, *w = NULL, *first;
    size_t wn = 0, ml, fn;

    /* inside brackets, the person is named before them */
    for (const char *o = p; o > text && p - o < 160 && *o != ')'; o--)
        if (o[-1] == '(') {
            q = o - 1;
            break;
        }

    for (int i = 0; i < 12 && q > text; i++) {
        const char *s;
        size_t n = life_word_back(text, q, &s);
        if (n && !nz_month_at(c, s, &ml) && !nz_find(c, NZ_LIFE_MARKS, s, n + (s[n] == '.'), false) &&
            !(n == 1 && s[n] == '.')) {
            w = s, wn = n;
            break;
        }
        /* a number, a month, a mark: go on back */
        q = s;
        while (q > text && q[-1] != ' ' && q[-1] != '(' && q[-1] != ',')
            q--;
    }
    if (!w)
        return false;
    first = w, fn = wn;
    if (nz_upper_at(w)) {
        /* the capitalised run: its first word is the given name */
        const char *s;
        size_t n;
        int words = 1;
        while ((n = life_word_back(text, first, &s)) && s + n + 1 == first && first[-1] == ' ' && nz_upper_at(s))
            first = s, fn = n, words++;
        /* "Poeta Jan Mazur (ur. 1948)": of three capitalised words or
         * more, the first one opening the sentence is its noun */
        if (words >= 3 && nz_clause_start(c, first)) {
            first += fn + 1;
            fn = nz_word_after(first, &s);
        }
    }
    /* an article right before the name or noun, or before one noun
     * before the name */
    const char *at = first;
    for (int i = 0; i < 2; i++) {
        const char *s;
        size_t n = life_word_back(text, at, &s);
        if (!n || s + n + 1 != at || at[-1] != ' ')
            break;
        if (nz_in_words(nz_setting(c, "life_f_articles"), s, n))
            return true;
        if (nz_in_words(nz_setting(c, "life_m_articles"), s, n))
            return false;
        if (nz_upper_at(s) || !nz_upper_at(first))
            break;
        at = s;
    }
    /* "Luca Rossi (n. 1950) è un pittore": after the bracket a verb of
     * [speech.settings] life_copulas and an article of life_f_articles
     * or life_m_articles say it, before the name's ending does (Luca,
     * Andrea and Nicola are men's names in Italian) */
    const char *cl = p;
    while (*cl && *cl != ')' && cl - p < 160)
        cl++;
    if (*cl == ')') {
        const char *v, *a;
        size_t vn = nz_word_after(cl + 1 + (cl[1] == ','), &v), an;
        if (vn && nz_in_words(nz_setting(c, "life_copulas"), v, vn) && (an = nz_word_after(v + vn, &a))) {
            if (nz_in_words(nz_setting(c, "life_f_articles"), a, an))
                return true;
            if (nz_in_words(nz_setting(c, "life_m_articles"), a, an))
                return false;
        }
    }
    return nz_ends_with_setting(c, "life_f_endings", first, fn);
}

/* The entry of [speech.life_marks] at P, its key's length in *LEN. */
static const al_lang_entry *life_mark_at(const nz *c, const char *p, size_t *len)
{
    const nz_tab *t = &c->t[NZ_LIFE_MARKS];
    const al_lang_entry *best = NULL;
    size_t bestn = 0;

    for (size_t i = 0; i < t->n; i++) {
        const char *k = t->e[i].key;
        size_t n = strlen(k);
        if (n > 5 && strcmp(k + n - 5, " year") == 0)
            continue;
        if (n <= bestn || strncmp(p, k, n) != 0)
            continue;
        uint32_t kc;
        nz_cp(k, &kc);
        if (nz_is_letter(kc) && nz_is_alnum_at(p + n))
            continue;
        best = &t->e[i], bestn = n;
    }
    *len = bestn;
    return best;
}

/* The comma at P follows a capitalised name, or a life mark and its
 * year ("b. 1870,"). */
static bool life_after_name_or_mark(const nz *c, const char *text, const char *p)
{
    const char *w, *q = p;
    size_t wn = life_word_back(text, p, &w), ml, n;

    if (wn >= 2 && w + wn == p && nz_upper_at(w) && !nz_month_at(c, w, &ml))
        return true;
    /* the piece before it, from the bracket or comma before, opens
     * with a mark ("b. 1870,", "(* 3. Juni 1901,") */
    while (q > text && q[-1] != '(' && q[-1] != ',' && q[-1] != ';')
        q--;
    while (*q == ' ')
        q++;
    return q < p && life_mark_at(c, q, &n) && q[n] == ' ';
}

/* A name of two capitalised words or more ends at P ("Otto Hahn † 1988");
 * one capitalised word may be a German noun ("Preis * 2019"). */
static bool life_after_full_name(const char *text, const char *p)
{
    const char *w, *w2;
    size_t n = life_word_back(text, p, &w), n2;

    if (n < 2 || w + n != p || !nz_upper_at(w))
        return false;
    n2 = life_word_back(text, w, &w2);
    return n2 >= 2 && w2 + n2 + 1 == w && w[-1] == ' ' && nz_upper_at(w2);
}

/* P opens a bracket right after a capitalised name ("Antoni Lis (",
 * "Edith Shaw ("): the bracket holds the person's life dates. */
static bool life_bracket(const nz *c, const char *text, const char *p)
{
    const char *w;
    size_t wn;

    if (*p != '(' || p == text || p[-1] != ' ')
        return false;
    wn = life_word_back(text, p, &w);
    return wn >= 2 && w + wn + 1 == p && nz_upper_at(w) && !nz_month_at(c, w, &wn);
}

bool nz_life_range(const nz *c, const char *a, const char *e)
{
    return a > c->text && *e == ')' && life_bracket(c, c->text, a - 1) && nz_setting(c, "life_range_bare");
}

/* "(March 12, 1950 – May 3, 2026)": a dash between spaces after a year
 * and before a date, in a bracket after a name, is the life's "to"
 * ([speech.settings] life_dash_to, where the dates need no case or
 * article after it); its length at P, or 0. */
static size_t life_dash(const nz *c, const char *text, const char *p)
{
    const char *o;
    size_t n = 0;

    if (*p != ' ')
        return 0;
    if (strncmp(p + 1, "\xE2\x80\x93", 3) == 0 || strncmp(p + 1, "\xE2\x80\x94", 3) == 0)
        n = 4;
    else if (p[1] == '-')
        n = 2;
    if (!n || p[n] != ' ' || p - text < 4 || !nz_digit(p[-1]) || nz_digits(p - 4) != 4 ||
        (p - 4 > text && nz_digit(p[-5])) || !life_date(c, p + n + 1))
        return 0;
    for (o = p; o > text && p - o < 80 && *o != ')'; o--)
        if (o[-1] == '(')
            return life_bracket(c, text, o - 1) ? n + 1 : 0;
    return 0;
}

char *nz_life_marks(const nz *c, const char *text)
{
    al_buf b = AL_BUF_INIT;
    const char *p = text;
    bool any = false;

    if (!c->t[NZ_LIFE_MARKS].n)
        return NULL;
    while (*p) {
        const al_lang_entry *e;
        size_t n, yn = 0;
        bool letter;
        const char *a;

        if (nz_setting(c, "life_dash_to") && (n = life_dash(c, text, p))) {
            al_buf_printf(&b, " %s ", nz_setting(c, "life_dash_to"));
            p += n;
            any = true;
            continue;
        }
        if ((p == text || p[-1] == ' ' || p[-1] == '(') && (e = life_mark_at(c, p, &n))) {
            uint32_t kc;
            nz_cp(e->key, &kc);
            letter = nz_is_letter(kc);
            a = p + n;
            while (*a == ' ')
                a++;
            /* before it: a bracket, or a comma or semicolon ("Hart, b.
             * 1870, d. 1944"); a sign also after a word ("Brandt † 2011"),
             * never after a number ("3 * 4") nor glued to a word */
            const char *q = p;
            while (q > text && q[-1] == ' ')
                q--;
            bool before = q == text || q[-1] == '(' || q[-1] == ',' || q[-1] == ';' ||
                          (!letter && q < p && life_after_full_name(text, q));
            /* an abbreviation after a comma: a name before it ("William
             * Hart, b. 1870"), or another mark's year ("b. 1870, d.
             * 1944"); not a law's number ("legge 6 dicembre 1971, n.
             * 1034") */
            if (before && letter && q > text && (q[-1] == ',' || q[-1] == ';') && !life_after_name_or_mark(c, text, q - 1))
                before = false;
            bool date = life_date(c, a);
            if (before && (a > p + n || letter) && (date || (yn = life_year(a)))) {
                char key[64];
                const char *v = NULL;
                if (!date) {
                    snprintf(key, sizeof key, "%s year", e->key);
                    v = nz_get(c, NZ_LIFE_MARKS, key);
                }
                if (!v)
                    v = nz_value(e);
                /* masculine|feminine */
                size_t mn = strcspn(v, "|");
                const char *f = v;
                if (v[mn] == '|' && life_female(c, text, p))
                    f = v + mn + 1, mn = strcspn(f, "|");
                /* "%y": where the year goes, words after it ("urodzony
                 * w %y r."), unless the text has them already */
                const char *y = memchr(f, '%', mn);
                if (y && y[1] == 'y' && yn) {
                    size_t tn = (size_t)(f + mn - (y + 2));
                    al_buf_put(&b, f, (size_t)(y - f));
                    al_buf_put(&b, a, yn);
                    if (tn && strncmp(a + yn, y + 2, tn) != 0)
                        al_buf_put(&b, y + 2, tn);
                    p = a + yn;
                } else {
                    if (y)
                        mn = (size_t)(y - f);
                    while (mn && f[mn - 1] == ' ')
                        mn--;
                    al_buf_put(&b, f, mn);
                    al_buf_putc(&b, ' ');
                    p = a;
                }
                any = true;
                continue;
            }
        }
        al_buf_putc(&b, *p++);
    }
    return nz_pass_result(&b, any);
}
