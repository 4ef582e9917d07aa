/*
 * normalise_date.c - the words of numbers (years read in pairs, ordinals,
 * regnal numbers) and the dates and times of the text normalisation (see
 * normalise.c for the design, normalise_num.c for the other number rules).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

/* ---- words for numbers ---- */

/* Year Y as words in OUT: in a [speech.settings] year_pairs range
 * ("1100-1999 2010-2099") by the year_pair/year_oh/year_hundred templates,
 * else its digits. */
void nz_year_str(const nz *c, long y, char *out, size_t cap)
{
    const char *ranges = nz_setting(c, "year_pairs"), *tpl = NULL;
    const char *args[128] = { 0 };
    char hi[24], lo[24];

    snprintf(out, cap, "%ld", y);
    for (const char *r = ranges; r && *r;) {
        long from = strtol(r, (char **)&r, 10), to = from;
        if (*r == '-')
            to = strtol(r + 1, (char **)&r, 10);
        if (y >= from && y <= to) {
            tpl = nz_setting(c, y % 100 == 0 ? "year_hundred" : y % 100 < 10 ? "year_oh" : "year_pair");
            break;
        }
        while (*r == ' ' || *r == ',')
            r++;
        if (*r && !nz_digit(*r))
            break;
    }
    if (!tpl)
        return;
    snprintf(hi, sizeof(hi), "%ld", y / 100);
    snprintf(lo, sizeof(lo), "%ld", y % 100);
    args['h'] = hi, args['l'] = lo;
    nz_tpl(out, cap, tpl, args);
}

/* [speech.settings] ordinal_compose: an ordinal above 100 as the
 * cardinal of its leading part (digits, which espeak-ng reads) and the
 * ordinal word of its last part: "2024e" -> "2000 vingt-quatrième", "5 000e"
 * -> "5 millième", "300." -> "3 hundertst-"; a last part of one is
 * ordinal_compose_one when set ("101e": cent unième, not premier). */
static bool compose_ordinal(const nz *c, long n, int form, const char *ending, char *out, size_t cap)
{
    long lo = n % 100, head;
    char word[80];
    const char *one = nz_setting(c, "ordinal_compose_one"), *end = ending ? ending : "";
    int endn = (int)strcspn(end, "|");

    if (lo) {
        head = n - lo;
        /* "150.": hundertfünfzigste, not "einhundert" (hundred_word) */
        if (head == 100 && nz_setting(c, "hundred_word")) {
            if (lo == 1 && one)
                snprintf(word, sizeof(word), "%s", one);
            else if (!nz_ordinal_str(c, lo, form, NULL, word, sizeof(word)))
                return false;
            snprintf(out, cap, "%s %s%.*s", nz_setting(c, "hundred_word"), word, endn, end);
            return true;
        }
        if (lo == 1 && one)
            snprintf(word, sizeof(word), "%s", one);
        else if (!nz_ordinal_str(c, lo, form, NULL, word, sizeof(word)))
            return false;
        snprintf(out, cap, "%ld %s%.*s", head, word, endn, end);
        return true;
    }
    /* "1900": tysiąc dziewięćsetny, where the hundreds have their own
     * ordinals ([speech.ordinals] 900) */
    if (n > 1000 && n % 1000 && nz_get(c, NZ_ORDINALS, (snprintf(word, sizeof(word), "%ld", n % 1000), word))) {
        if (!nz_ordinal_str(c, n % 1000, form, NULL, word, sizeof(word)))
            return false;
        snprintf(out, cap, "%ld %s%.*s", n - n % 1000, word, endn, end);
        return true;
    }
    if (!nz_ordinal_str(c, n % 1000 ? 100 : 1000, form, NULL, word, sizeof(word)))
        return false;
    if (n % 1000 == 0) {
        head = n / 1000;
        if (head > 1)
            snprintf(out, cap, "%ld %s%.*s", head, word, endn, end);
        else
            snprintf(out, cap, "%s%.*s", word, endn, end);
    } else {
        long hund = n % 1000 / 100, thou = n - n % 1000;
        char pre[40] = "";
        if (thou)
            snprintf(pre, sizeof(pre), "%ld ", thou);
        if (hund > 1)
            snprintf(pre + strlen(pre), sizeof(pre) - strlen(pre), "%ld ", hund);
        snprintf(out, cap, "%s%s%.*s", pre, word, endn, end);
    }
    return true;
}


/* X (1 to 999) before a feminine noun in OUT: the hundreds ("200"
 * doscientas; "100" ciento before the rest, cien alone) and the rest ("21"
 * veintiuna, "2" duas) from [speech.feminine], digits where it has none,
 * joined by [speech.settings] feminine_and ("duzentas e vinte e uma").
 * True when a word of the table was used. */
static bool feminine_part(const nz *c, int tab, long x, char *out, size_t cap)
{
    char k[24], hs[64] = "", ts[64] = "";
    const char *and = nz_setting(c, "feminine_and"), *v;
    long h = x / 100, t = x % 100;
    bool used = false;

    if (h) {
        snprintf(k, sizeof(k), "%ld", h * 100);
        v = nz_get(c, tab, k);
        /* "100": the entry's first form before a rest ("ciento"), its
         * second, where it has one, alone ("ciento|cien": "100 gramos"
         * cien, which espeak-ng says with the velar n of the word before
         * "g", not from the digits) */
        const char *bar = v ? strchr(v, '|') : NULL;
        int vn = v ? (bar ? (int)(bar - v) : (int)strlen(v)) : 0;
        if (h == 1 && !t)
            v = bar ? bar + 1 : NULL, vn = v ? (int)strlen(v) : 0;
        used = (h > 1 || !t) && v;
        snprintf(hs, sizeof(hs), "%.*s", v ? vn : (int)strlen(k), v ? v : k);
    }
    if (t) {
        snprintf(k, sizeof(k), "%ld", t);
        v = nz_get(c, tab, k);
        used = used || v;
        snprintf(ts, sizeof(ts), "%s", v ? v : k);
    }
    snprintf(out, cap, "%s%s%s%s%s", hs, h && t ? " " : "", h && t && and ? and : "",
             h && t && and ? " " : "", ts);
    return used;
}

bool nz_feminine_str(const nz *c, long n, char *out, size_t cap)
{
    return nz_gender_str(c, NZ_FEMININE, n, out, cap);
}

bool nz_gender_str(const nz *c, int t, long n, char *out, size_t cap)
{
    const char *thw = nz_get(c, t, "1000"), *and = nz_setting(c, "feminine_and");
    char a[96] = "", b[96] = "";
    long th = n / 1000, r = n % 1000;
    bool used = false;

    if (!c->t[t].n || n <= 0 || n > 999999)
        return false;
    /* "21 000 places": without a word for a thousand the thousands stay
     * as digits (French "vingt et un mille") */
    if (th && thw && th > 1) {
        char p[64];
        used = feminine_part(c, t, th, p, sizeof(p));
        snprintf(a, sizeof(a), "%s %s", p, thw);
    } else if (th) {
        snprintf(a, sizeof(a), "%s", thw ? thw : "");
        if (!thw)
            snprintf(a, sizeof(a), "%ld", th * 1000);
    }
    if (r && feminine_part(c, t, r, b, sizeof(b)))
        used = true;
    if (!used)
        return false;
    /* "mil e quinhentas", "mil duzentas e trinta": and before round hundreds
     * or a rest below a hundred */
    snprintf(out, cap, "%s%s%s%s%s", a, *a && r ? " " : "",
             *a && r && and && (r < 100 || r % 100 == 0) ? and : "",
             *a && r && and && (r < 100 || r % 100 == 0) ? " " : "", b);
    return true;
}

/* The ordinal of N in form FORM ([speech.ordinals] "premier|première"),
 * then ENDING; else [speech.settings] ordinal_fallback ("%nth", with %s the
 * [speech.ordinal_suffix] of its last digits). False when there is none. */
bool nz_ordinal_str(const nz *c, long n, int form, const char *ending, char *out, size_t cap)
{
    char key[24], sfx[16] = "", end[16];
    const char *v, *tpl, *args[128] = { 0 };

    snprintf(key, sizeof(key), "%ld", n);
    if ((v = nz_get(c, NZ_ORDINALS, key))) {
        const char *bar;
        size_t len;
        for (int i = form; i > 0 && (bar = strchr(v, '|')); i--)
            v = bar + 1;
        len = strcspn(v, "|");
        snprintf(out, cap, "%.*s%.*s", (int)len, v, ending ? (int)strcspn(ending, "|") : 0,
                 ending ? ending : "");
        return true;
    }
    if (n > 100 && n < 1000000 && nz_setting(c, "ordinal_compose") && compose_ordinal(c, n, form, ending, out, cap))
        return true;
    /* [speech.settings] ordinal_tens: "21.º" vigésimo primero, the
     * ordinals of the tens and of the units in a row */
    if (n > 20 && n < 100 && n % 10 && nz_setting(c, "ordinal_tens")) {
        char tens[64], units[64];
        /* "agree": the tens in the units' form (Polish "dwudziestym
         * czwartym"); else the tens' plain form (Spanish "vigésimo primer") */
        bool agree = strcmp(nz_setting(c, "ordinal_tens"), "agree") == 0;
        if (nz_ordinal_str(c, n - n % 10, agree || form <= 1 ? form : 0, NULL, tens, sizeof(tens)) &&
            nz_get(c, NZ_ORDINALS, (snprintf(key, sizeof(key), "%ld", n % 10), key)) &&
            nz_ordinal_str(c, n % 10, form, ending, units, sizeof(units))) {
            snprintf(out, cap, "%s %s", tens, units);
            return true;
        }
    }
    /* [speech.settings] ordinal_units_first: Dutch "25e" vijfentwintigste,
     * the units' number, the word, then the tens' ordinal */
    if (n > 20 && n < 100 && n % 10 && (v = nz_setting(c, "ordinal_units_first"))) {
        char tens[64];
        if (!nz_ordinal_str(c, n - n % 10, form, ending, tens, sizeof(tens)))
            return false;
        snprintf(out, cap, "%ld-%s-%s", n % 10, v, tens);   /* one word for espeak-ng */
        return true;
    }
    if (!(tpl = nz_setting(c, "ordinal_fallback")))
        return false;
    snprintf(key, sizeof(key), "%ld", n % 100);
    if (!(v = nz_get(c, NZ_ORD_SUFFIX, key))) {
        snprintf(key, sizeof(key), "%ld", n % 10);
        if (!(v = nz_get(c, NZ_ORD_SUFFIX, key)))
            v = nz_get(c, NZ_ORD_SUFFIX, "_");
    }
    snprintf(sfx, sizeof(sfx), "%s", v ? v : "");
    snprintf(key, sizeof(key), "%ld", n);
    snprintf(end, sizeof(end), "%.*s", ending ? (int)strcspn(ending, "|") : 0, ending ? ending : "");
    args['n'] = key, args['s'] = sfx, args['e'] = end;
    nz_tpl(out, cap, tpl, args);
    return true;
}

/* A range mark at P ("–", "-", "/"): its length, or 0. */
static size_t range_mark(const char *p)
{
    return nz_dash(p) ? nz_dash(p) : *p == '/';
}

/* A German ordinal ("3.") ends right before the word at W: its digits' start, or NULL. */
static const char *ordinal_before(const nz *c, const char *w)
{
    const char *q = w;

    while (q > c->text && q[-1] == ' ')
        q--;
    if (q - c->text < 2 || q[-1] != '.' || !nz_digit(q[-2]))
        return NULL;
    q--;
    while (q > c->text && (nz_digit(q[-1]) || (q[-1] == '.' && q - c->text >= 2 && nz_digit(q[-2]))))
        q--;   /* "01.01. bis": the whole date */
    return q;
}

/* "12.–14.": the ordinal before the range mark right before P, or NULL. */
static const char *ordinal_before_mark(const nz *c, const char *p)
{
    if (p - c->text >= 3 && strncmp(p - 3, "\xE2\x80\x93", 3) == 0)
        p -= 3;
    else if (p > c->text && (p[-1] == '-' || p[-1] == '/'))
        p--;
    else
        return NULL;
    return ordinal_before(c, p);
}

/* The word at W starts a clause or a sentence: nothing but spaces and a
 * sentence mark before it. */
bool nz_clause_start(const nz *c, const char *w)
{
    while (w > c->text && w[-1] == ' ')
        w--;
    return w == c->text || strchr(".!?:;(\"", w[-1]) != NULL;
}

/* The ending of an ordinal after the word before P ([speech.ordinal_endings]
 * "am -> en"; "_" when none matches). An ending "e|en" is the second one
 * after a preposition ([speech.prepositions]) or a noun (a capital not
 * starting the sentence): "der 3. Platz", "in der 3. Runde", "am Ende der
 * 3. Runde". After "und", "bis", "oder" that follow an ordinal, the ending
 * is that ordinal's ("am 12. und 13. Mai", "vom 1. bis 3. März"). */
const char *nz_ordinal_ending(const nz *c, const char *p)
{
    const char *w, *w2, *v, *prev;
    size_t n = nz_word_before(c, p, &w), n2;
    const al_lang_entry *e;
    static const char *const joins[] = { "and", "or", "to" };
    uint32_t cp;

    if ((prev = ordinal_before_mark(c, p)))
        return nz_ordinal_ending(c, prev);
    for (size_t i = 0; n && i < 3; i++) {
        const char *j = nz_word(c, joins[i]);
        if (j && strlen(j) == n && strncasecmp(j, w, n) == 0 && (prev = ordinal_before(c, w)))
            return nz_ordinal_ending(c, prev);
    }
    /* "am Mittwoch, 5. Juni", "am Mi., 5. Juni": the apposition takes the
     * case of "am Mittwoch" */
    if (!n) {
        const char *q = p;
        while (q > c->text && q[-1] == ' ')
            q--;
        if (q > c->text && q[-1] == ',' && (n = nz_word_before(c, q - 1, &w)) &&
            (w + n == q - 1 || (w[n] == '.' && w + n + 1 == q - 1)) &&
            nz_word_before(c, w, &w2) && nz_find(c, NZ_ORD_ENDINGS, w2, (size_t)(w - 1 - w2), true))
            return nz_ordinal_ending(c, w);
        return nz_get(c, NZ_ORD_ENDINGS, "_");
    }
    if (!(e = nz_find(c, NZ_ORD_ENDINGS, w, n, true)))
        return nz_get(c, NZ_ORD_ENDINGS, "_");
    v = nz_value(e);
    if (!strchr(v, '|'))
        return v;
    n2 = nz_word_before(c, w, &w2);
    nz_cp(w2, &cp);
    if (n2 && (nz_find(c, NZ_PREPOSITIONS, w2, n2, true) || (nz_is_upper(cp) && !nz_clause_start(c, w))))
        return strchr(v, '|') + 1;
    return v;
}

/* [speech.date_articles]: the article the preposition right before the
 * date at NUMTEXT takes before the day's ordinal ("bis 31.01.": bis zum
 * einunddreißigsten, "seit 1. Mai": seit dem ersten), or NULL. Not after
 * another date, where the preposition joins a range ("vom 1. bis 3.
 * März", "vom 01.01. bis 31.12."), nor after a period ("ab." is no
 * preposition). */
static const char *date_article(const nz *c, const char *numtext)
{
    const char *w, *q = numtext;
    size_t wn = nz_word_before(c, numtext, &w);
    const al_lang_entry *e;

    if (!wn || !c->t[NZ_DATE_ARTICLES].n)
        return NULL;
    while (q > c->text && q[-1] == ' ')
        q--;
    if (w + wn != q || q == numtext || !(e = nz_find(c, NZ_DATE_ARTICLES, w, wn, true)) ||
        ordinal_before(c, w) || ordinal_before_mark(c, w))
        return NULL;
    return nz_value(e);
}

/* The word before the ordinal at NUMTEXT says it is one (an article, "am",
 * "und" after another ordinal); a preposition ("bis", "seit") only before
 * a month, which the caller checks. */
bool nz_ordinal_context(const nz *c, const char *numtext)
{
    const char *b, *prev;
    size_t bn = nz_word_before(c, numtext, &b);
    static const char *const joins[] = { "and", "or", "to" };

    if ((prev = ordinal_before_mark(c, numtext)))
        return nz_ordinal_context(c, prev);
    if (!bn)
        return false;
    for (size_t i = 0; i < 3; i++) {
        const char *j = nz_word(c, joins[i]);
        if (j && strlen(j) == bn && strncasecmp(j, b, bn) == 0 && (prev = ordinal_before(c, b)))
            return nz_ordinal_context(c, prev);
    }
    return nz_find(c, NZ_ORD_ENDINGS, b, bn, true) && !nz_find(c, NZ_PREPOSITIONS, b, bn, true);
}

/* ---- case and gender (Polish) ---- */

const al_lang_entry *nz_ordinal_noun(const nz *c, const char *w, size_t wn, size_t *len)
{
    const al_lang_entry *e;

    if (!wn)
        return NULL;
    /* (a one-letter key in lower case, "w." wieku, is not a capital
     * with a period: "250 W." ends a sentence with the watt's symbol) */
    if (w[wn] == '.' && (e = nz_find(c, NZ_ORD_NOUNS, w, wn + 1, true)) &&
        !(wn == 1 && w[0] >= 'A' && w[0] <= 'Z' && e->key[0] >= 'a' && e->key[0] <= 'z')) {
        *len = wn + 1;
        return e;
    }
    if ((e = nz_find(c, NZ_ORD_NOUNS, w, wn, true)) && !nz_is_alnum_at(w + wn)) {
        *len = wn;
        return e;
    }
    return NULL;
}

/* Whether the [speech.ordinal_nouns] value V holds the word FLAG among
 * its fields (before '|'). */
static bool noun_flag(const char *v, const char *flag)
{
    size_t fn = strlen(flag), vn = strcspn(v, "|");

    for (const char *q = v; q < v + vn; q += strcspn(q, " |"), q += *q == ' ')
        if (strncmp(q, flag, fn) == 0 && (q[fn] == ' ' || q[fn] == '|' || !q[fn]))
            return true;
    return false;
}

/* The gender (first field) of a [speech.ordinal_nouns] value V into *G,
 * and the case (second field: the cases the form may have, "gen/loc")
 * into KASE: PREP's case (a preposition's, or NULL) when it is one of
 * them, else the first. */
static void noun_fields(const char *v, const char *prep, char *g, char kase[4])
{
    if (!*g && *v && *v != ' ' && *v != '|')
        *g = *v;
    v += strcspn(v, " |");
    if (*v != ' ' || strlen(v + 1) < 3 || strncmp(v + 1, "ord", 3) == 0)
        return;
    v++;
    snprintf(kase, 4, "%.3s", v);
    for (; prep && *v && *v != ' ' && *v != '|'; v += *v == '/') {
        if (strncmp(v, prep, 3) == 0)
            snprintf(kase, 4, "%.3s", prep);
        v += strcspn(v, "/ |");
    }
}

/* The case of the [speech.prepositions] word at W (WN bytes), or NULL;
 * before a noun of time (NOUN, a [speech.ordinal_nouns] value marked
 * "time", or NULL) the case [speech.settings] time_case gives it ("na
 * 2025 r.": na ... rok, where "na 5. piętrze" is a locative). */
static const char *prep_case(const nz *c, const char *w, size_t wn, const char *noun)
{
    const al_lang_entry *e = wn ? nz_find(c, NZ_PREPOSITIONS, w, wn, true) : NULL;
    const char *t = e && noun && noun_flag(noun, "time") ? nz_setting(c, "time_case") : NULL;

    for (; t && *t; t += strcspn(t, " "), t += *t == ' ')
        if (strncasecmp(t, w, wn) == 0 && t[wn] == '=' && strlen(t + wn + 1) >= 3)
            return t + wn + 1;
    return e && strlen(nz_value(e)) == 3 ? nz_value(e) : NULL;
}

/* The case and gender come from the noun: one of [speech.ordinal_nouns]
 * right before the number ("po raz 50.", "w latach 80.", "o godz. 8.30")
 * or right after it, else the ending of the word after it (noun_f_endings,
 * noun_f_oblique_endings after an oblique preposition, noun_n_endings; a
 * feminine one ending in noun_acc_endings is an accusative, "zajęła 3.
 * pozycję"). A preposition ([speech.prepositions])
 * before the number, or before the noun before it, picks among the cases
 * the noun's form may have ("w 1987 roku": loc, "z 1987 roku": gen); it
 * alone decides for a noun of no known case. */
int nz_case_form(const nz *c, const char *numtext, const char *end, char gender)
{
    const char *w, *nx, *v, *prep;
    const al_lang_entry *e;
    char g = gender, kase[4] = "", key[8];
    size_t wn, nn, len;

    if (!c->t[NZ_ORD_CASES].n)
        return -1;
    wn = nz_word_before(c, numtext, &w);
    nn = *end == ' ' ? nz_word_after(end, &nx) : 0;
    /* an abbreviated noun before ("III kw. 2024 r.") gives way to a noun
     * right after the number */
    if (wn && (e = nz_ordinal_noun(c, w, wn, &len)) && !nz_is_alnum_at(w + len) &&
        !(w[len - 1] == '.' && nn && nz_ordinal_noun(c, nx, nn, &(size_t){ 0 }))) {
        const char *b;
        size_t bn = nz_word_before(c, w, &b);
        prep = prep_case(c, b, bn, nz_value(e));
        noun_fields(nz_value(e), prep, &g, kase);
    } else if (nn && (e = nz_ordinal_noun(c, nx, nn, &len))) {
        prep = prep_case(c, w, wn, nz_value(e));
        noun_fields(nz_value(e), prep, &g, kase);
    } else {
        prep = prep_case(c, w, wn, NULL);
        if (nn && !g) {
            /* noun_f_oblique_endings: after a preposition of an oblique
             * case, endings only a feminine noun's form has there ("na 5.
             * pozycji", "do 2. rundy", "w 3. kolejce"), which the neuter's
             * "e" would otherwise claim */
            bool oblique = prep && strcmp(prep, "acc") != 0 && strcmp(prep, "nom") != 0;
            g = nz_ends_with_setting(c, "noun_f_endings", nx, nn) ||
                        (oblique && nz_ends_with_setting(c, "noun_f_oblique_endings", nx, nn)) ? 'f'
                : nz_ends_with_setting(c, "noun_n_endings", nx, nn) ? 'n' : 'm';
            if (g == 'f' && nz_ends_with_setting(c, "noun_acc_endings", nx, nn))
                snprintf(kase, sizeof(kase), "acc");
            /* noun_f_gen_endings: with no preposition, an ending only a
             * feminine noun's genitive has after an ordinal ("uczniowie
             * 3. klasy" trzeciej, "mecz 2. ligi") */
            if (!prep && g != 'f' && nz_ends_with_setting(c, "noun_f_gen_endings", nx, nn)) {
                g = 'f';
                snprintf(kase, sizeof(kase), "gen");
            }
        }
    }
    /* a noun with no case of its own, or none known: the preposition's */
    if (!*kase && prep)
        snprintf(kase, sizeof(kase), "%.3s", prep);
    snprintf(key, sizeof(key), "%s.%c", *kase ? kase : "nom", g ? g : 'm');
    v = nz_get(c, NZ_ORD_CASES, key);
    return v ? atoi(v) : 0;
}

bool nz_ordinal_noun_at(const nz *c, const char *end)
{
    const char *nx;
    const al_lang_entry *e;
    size_t nn, len;

    if (!c->t[NZ_ORD_CASES].n || *end != ' ' || !(nn = nz_word_after(end, &nx)) || nx != end + 1)
        return false;
    return (e = nz_ordinal_noun(c, nx, nn, &len)) && strstr(nz_value(e), " ord");
}

/* Polish "do klasy 7", "w klasie 2": a bare number up to 12 right after
 * a noun of [speech.ordinal_nouns] marked "after" (a school year's noun,
 * numbered by its ordinal) is that ordinal, in the noun's case and
 * gender ("siódmej"); not before a letter, a unit's word or a decimal. */
bool nz_ordinal_after_noun(nz *c, long v, const char *numtext, const char *end)
{
    const char *w;
    const al_lang_entry *e;
    char out[128];
    size_t wn, len;

    if (!c->t[NZ_ORD_CASES].n || v < 1 || v > 12 || !(wn = nz_word_before(c, numtext, &w)) ||
        w + wn + 1 != numtext || numtext[-1] != ' ' || !(e = nz_ordinal_noun(c, w, wn, &len)) || len != wn ||
        !strstr(nz_value(e), " after") || nz_is_alnum_at(end) || (*end && strchr(".,:/-", *end) && nz_digit(end[1])) ||
        (*end == ' ' && (nz_match(c, NZ_UNITS, end + 1, false, &len) || nz_match(c, NZ_UNITS_TIGHT, end + 1, false, &len) ||
                         nz_match(c, NZ_CURRENCY, end + 1, false, &len))) ||
        !nz_ordinal_str(c, v, nz_case_form(c, numtext, end, 0), NULL, out, sizeof(out)))
        return false;
    al_buf_puts(c->b, out);
    return true;
}

bool nz_ordinal_before_noun(nz *c, long v, const char *numtext, const char *end, size_t *used)
{
    const char *nx, *val, *bar;
    const al_lang_entry *e;
    char out[128];
    size_t nn, len;

    *used = 0;
    if (!c->t[NZ_ORD_CASES].n || *end != ' ' || v < 1 || !(nn = nz_word_after(end, &nx)) ||
        nx != end + 1 || !(e = nz_ordinal_noun(c, nx, nn, &len)))
        return false;
    val = nz_value(e);
    if (!strstr(val, " ord") ||
        !nz_ordinal_str(c, v, nz_case_form(c, numtext, end, 0), NULL, out, sizeof(out)))
        return false;
    al_buf_puts(c->b, out);
    /* "XVI w.": the abbreviation's word (the period kept where it ends the
     * sentence); "gen=kwartału loc=kwartale": the word of the noun's case,
     * as the ordinal's ("w III kw." w trzecim kwartale) */
    if ((bar = strchr(val, '|'))) {
        const char *word = bar + 1, *wd;
        size_t wl = strlen(word);
        if (strchr(word, '=')) {
            const char *b;
            char g = 'm', kase[4] = "";
            size_t bn = nz_word_before(c, numtext, &b);
            noun_fields(val, prep_case(c, b, bn, val), &g, kase);
            wd = word;
            for (const char *q = word; *q; q += strcspn(q, " "), q += *q == ' ')
                if (strncmp(q, kase, 3) == 0 && q[3] == '=') {
                    wd = q;
                    break;
                }
            word = wd + 4, wl = strcspn(word, " ");
        }
        al_buf_printf(c->b, " %.*s", (int)wl, word);
        *used = 1 + len;
        /* the period ends the sentence too at the text's end, or before
         * a capital after one of [speech.abbrev_end] ("w 1979 r. Papież") */
        if (nx[len - 1] == '.' && (nz_at_end(nx + len) || (nz_next_capital(nx + len) && nz_find(c, NZ_ABBREV_END, nx, len, false))))
            al_buf_putc(c->b, '.');
    }
    return true;
}

/* The month named at P ([speech.months] value, or an abbreviation whose
 * value is one): its number, *LEN bytes. */
int nz_month_at(const nz *c, const char *p, size_t *len)
{
    const nz_tab *t = &c->t[NZ_MONTHS];
    const al_lang_entry *e;
    size_t n;

    for (size_t i = 0; i < t->n; i++) {
        const char *v = nz_value(&t->e[i]);
        n = strlen(v);
        if (n && (strncmp(v, p, n) == 0 || (strncasecmp(v, p, 1) == 0 && strncmp(v + 1, p + 1, n - 1) == 0)) &&
            !nz_is_alnum_at(p + n)) {
            *len = n;
            return atoi(t->e[i].key);
        }
    }
    if ((e = nz_match(c, NZ_ABBREV, p, true, &n)) || (e = nz_match(c, NZ_ABBREV_NUM, p, true, &n))) {
        const char *v = nz_value(e);
        for (size_t i = 0; i < t->n; i++)
            if (strcmp(nz_value(&t->e[i]), v) == 0) {
                *len = n;
                return atoi(t->e[i].key);
            }
    }
    /* "3 nov.", "15 dic.": a month's first three or four letters and a
     * period, where the table has no abbreviation for it (only where a
     * date is read: after a day's number, before one) */
    for (n = 0; nz_is_alnum_at(p + n) && !nz_digit(p[n]);)
        n += nz_cp(p + n, &(uint32_t){ 0 });
    if (n >= 3 && p[n] == '.')
        for (size_t i = 0; i < t->n; i++) {
            const char *v = nz_value(&t->e[i]);
            if (strlen(v) > n && strlen(v) <= n + 8 && n <= 5 &&
                (strncmp(v, p, n) == 0 || (strncasecmp(v, p, 1) == 0 && strncmp(v + 1, p + 1, n - 1) == 0))) {
                *len = n + 1;
                return atoi(t->e[i].key);
            }
        }
    return 0;
}

/* A month's first three letters with no period, beside a day's number:
 * agencies' datelines ("BERGAMO, 07 DIC", "LONDON, DEC 7"), wire copy
 * ("Dec 7"). Its number, *LEN bytes, or 0. Three letters are also words
 * ("in 3 set" is three sets in Italian, "às 7 dez" ten), so a day
 * before it (DAY_FIRST) takes one in capitals or a year after it ("7 dic
 * 2026"); a day after it takes a capital first ("Dec 7", not "set 7"). */
int nz_month_bare(const nz *c, const char *p, size_t *len, bool day_first)
{
    const nz_tab *t = &c->t[NZ_MONTHS];
    bool upper = true;

    for (int i = 0; i < 3; i++) {
        if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z')))
            return 0;
        upper &= p[i] >= 'A' && p[i] <= 'Z';
    }
    if (nz_is_alnum_at(p + 3) || p[3] == '.')
        return 0;
    if (day_first ? !upper && !(p[3] == ' ' && nz_digits(p + 4) == 4 && !nz_is_alnum_at(p + 8))
                  : !(p[0] >= 'A' && p[0] <= 'Z'))
        return 0;
    for (size_t i = 0; i < t->n; i++) {
        const char *v = nz_value(&t->e[i]);
        if (strlen(v) > 3 && strncasecmp(v, p, 3) == 0) {
            *len = 3;
            return atoi(t->e[i].key);
        }
    }
    return 0;
}

/* Write date D M Y (Y 0: none) by the language's templates: in the order
 * WRITTEN (1 month first, -1 day first) or, 0, the language's. */
bool nz_put_date(nz *c, int d, int m, long y, const char *at, int written)
{
    const char *order = nz_setting(c, "date_order"), *tpl, *args[128] = { 0 }, *art;
    bool mdy = written ? written > 0 : order && strcmp(order, "mdy") == 0;
    char day[8], ord[64] = "", first[64] = "", month_key[4], year[64] = "";
    const char *month;

    tpl = nz_setting(c, mdy ? (y ? "date_mdy" : "date_md") : (y ? "date_dmy" : "date_dm"));
    snprintf(month_key, sizeof(month_key), "%d", m);
    if (!tpl || !(month = nz_get(c, NZ_MONTHS, month_key)))
        return false;
    snprintf(day, sizeof(day), "%d", d);
    art = date_article(c, at);
    /* [speech.settings] date_ordinal_form: the form of [speech.ordinals]
     * a day takes (Polish 2, the genitive: "3 grudnia" trzeciego); after
     * a date article, the article's ending ("bis zum": einunddreißigsten) */
    nz_ordinal_str(c, d, nz_setting(c, "date_ordinal_form") ? atoi(nz_setting(c, "date_ordinal_form")) : 0,
                   art ? nz_get(c, NZ_ORD_ENDINGS, art) : nz_ordinal_ending(c, at), ord, sizeof(ord));
    /* %D: the ordinal for the first of the month only ("1er mars") */
    if (d != 1 || !nz_ordinal_str(c, d, 0, NULL, first, sizeof(first)))
        snprintf(first, sizeof(first), "%d", d);
    /* [speech.settings] date_year_form: a date's year is an ordinal in
     * that form of [speech.ordinals] (Polish 2, the genitive: "3 grudnia
     * 2026" dwa tysiące dwudziestego szóstego) */
    if (y && !(nz_setting(c, "date_year_form") &&
               nz_ordinal_str(c, y, atoi(nz_setting(c, "date_year_form")), NULL, year, sizeof(year))))
        nz_year_str(c, y, year, sizeof(year));
    args['d'] = day, args['o'] = ord, args['D'] = first, args['M'] = month, args['y'] = year;
    if (art && strstr(tpl, "%o"))
        al_buf_printf(c->b, "%s ", art);
    nz_put_tpl(c, tpl, args);
    return true;
}

/* ---- dates ---- */

/* "2024-03-05" */
size_t nz_iso_date(nz *c, const char *p)
{
    int y, m, d;

    if (nz_digits(p) != 4 || p[4] != '-' || nz_digits(p + 5) != 2 || p[7] != '-' || nz_digits(p + 8) != 2 ||
        nz_is_alnum_at(p + 10))
        return 0;
    y = atoi(p), m = atoi(p + 5), d = atoi(p + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31 || !nz_put_date(c, d, m, y, p, 0))
        return 0;
    return 10;
}

/* "5/3/2024", "05.03.2024" in the language's order. */
/* The order of a slashed date ("03/12/2026") in this text: the order of
 * the first date in it that only one order fits ("25/12/2024": dmy), else
 * [speech.settings] date_order_no_region on a page that names no region
 * (English "en": the slashed date is the American form), else NULL. */
static const char *slash_order(const nz *c)
{
    for (const char *p = c->text; *p; p++) {
        size_t n1 = nz_digits(p), n2, n3;
        if (!n1 || (p > c->text && (nz_digit(p[-1]) || p[-1] == '/'))) {
            p += n1 ? n1 - 1 : 0;
            continue;
        }
        if (n1 > 2 || p[n1] != '/' || (n2 = nz_digits(p + n1 + 1)) < 1 || n2 > 2 || p[n1 + 1 + n2] != '/' ||
            ((n3 = nz_digits(p + n1 + 2 + n2)) != 4 && n3 != 2)) {
            p += n1 - 1;
            continue;
        }
        int x = atoi(p), y = atoi(p + n1 + 1);
        if (x > 12 && x <= 31 && y >= 1 && y <= 12)
            return "dmy";
        if (y > 12 && y <= 31 && x >= 1 && x <= 12)
            return "mdy";
        p += n1 - 1;
    }
    return c->region[0] ? NULL : nz_setting(c, "date_order_no_region");
}

size_t nz_numeric_date(nz *c, const nz_num *a)
{
    const char *q = a->e, *order = nz_setting(c, "date_order");
    char sep = *q;
    size_t n2, n3;
    int x, y2, d, m, written = 0;
    long year;

    if (a->nd > 2 || a->nf || a->grouped || !(sep == '/' || sep == '.' || sep == '-') || !order)
        return 0;
    n2 = nz_digits(q + 1);
    /* "le 03/12", "il 14/6": a day and a month with a slash and no year,
     * when a part is zero-padded (no fraction is) or the word before is
     * one of [speech.settings] date_dm_words (an article or preposition
     * before a date) and the pair is no fraction of [speech.fractions] */
    if (sep == '/' && n2 >= 1 && n2 <= 2 && !nz_is_alnum_at(q + 1 + n2) && q[1 + n2] != '/' &&
        !(q[1 + n2] == '.' && nz_digit(q[2 + n2])) && !(a->s > c->text && a->s[-1] == '/')) {
        const char *w;
        size_t wn = nz_word_before(c, a->s, &w);
        char key[8];
        snprintf(key, sizeof(key), "%.2s/%.*s", a->d, (int)n2, q + 1);
        bool pad = a->d[0] == '0' || q[1] == '0';
        d = atoi(a->d), m = atoi(q + 1);
        bool word = wn && w + wn + 1 == a->s && nz_in_words(nz_setting(c, "date_dm_words"), w, wn) &&
                    !nz_get(c, NZ_FRACTIONS, key) &&
                    !(d < m && nz_get(c, NZ_FRACTIONS, (snprintf(key, sizeof(key), "%.*s", (int)n2, q + 1), key)));
        if ((pad || word) && nz_setting(c, "date_dm_words") && m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
            nz_put_date(c, d, m, 0, a->s, 0))
            return (size_t)(q + 1 + n2 - a->s);
    }
    if (n2 < 1 || n2 > 2 || q[1 + n2] != sep)
        return 0;
    n3 = nz_digits(q + 2 + n2);
    /* "vom 01.01. bis": day and month, with the ordinal mark "." (German);
     * both zero-padded or after a word that takes an ordinal */
    if (!n3 && sep == '.' && nz_get(c, NZ_ORD_MARKS, ".") && !nz_is_alnum_at(q + 2 + n2) &&
        q[2 + n2] != '.' && ((a->nd == 2 && n2 == 2) || nz_ordinal_context(c, a->s) || date_article(c, a->s))) {
        d = atoi(a->d), m = atoi(q + 1);
        if (m < 1 || m > 12 || d < 1 || d > 31 || !nz_put_date(c, d, m, 0, a->s, 0))
            return 0;
        return (size_t)(q + 2 + n2 - a->s);
    }
    /* "03/04/24": a two-digit year is this century's up to 50 */
    if ((n3 != 4 && n3 != 2) || nz_is_alnum_at(q + 2 + n2 + n3) ||
        (q[2 + n2 + n3] == sep && nz_digit(q[3 + n2 + n3])))
        return 0;
    x = atoi(a->d), y2 = atoi(q + 1);
    if (sep == '/' && slash_order(c) && strcmp(slash_order(c), order) != 0) {
        order = slash_order(c);
        written = strcmp(order, "mdy") == 0 ? 1 : -1;
    }
    d = strcmp(order, "mdy") == 0 ? y2 : x;
    m = strcmp(order, "mdy") == 0 ? x : y2;
    year = atol(q + 2 + n2);
    if (n3 == 2)
        year += year <= 50 ? 2000 : 1900;
    /* "12/25/2024" on a day-first page: only month first makes sense */
    if (m > 12 && d >= 1 && d <= 12 && sep == '/' && n3 == 4) {
        int t = d;
        d = m, m = t;
        written = strcmp(order, "mdy") == 0 ? -1 : 1;
    }
    /* "15.10.2023 r.": the year an ordinal before its noun */
    if (n3 == 4 && nz_ordinal_noun_at(c, q + 2 + n2 + n3)) {
        size_t used;
        if (m < 1 || m > 12 || d < 1 || d > 31 || !nz_put_date(c, d, m, 0, a->s, written))
            return 0;
        al_buf_putc(c->b, ' ');
        if (!nz_ordinal_before_noun(c, year, q + 2 + n2, q + 2 + n2 + n3, &used))
            al_buf_printf(c->b, "%ld", year);
        return (size_t)(q + 2 + n2 + n3 + used - a->s);
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || !nz_put_date(c, d, m, year, a->s, written))
        return 0;
    return (size_t)(q + 2 + n2 + n3 - a->s);
}

size_t nz_month_date(nz *c, const char *p)
{
    size_t n, k, nd;
    const char *q, *sfx, *y;
    int m, d;
    long year = 0;
    uint32_t cp;

    /* cheap test first: a word (maybe with '.') then " 5" */
    for (q = p; (k = nz_cp(q, &cp)) && nz_is_letter(cp);)
        q += k;
    q += *q == '.';
    if (*q != ' ' || !nz_digit(q[1]) || !c->t[NZ_MONTHS].n || !nz_setting(c, "date_md"))
        return 0;
    if (!(m = nz_month_at(c, p, &n)) && !(m = nz_month_bare(c, p, &n, false)))
        return 0;
    q = p + n;
    if (*q != ' ' || (nd = nz_digits(q + 1)) < 1 || nd > 2)
        return 0;
    d = atoi(q + 1);
    sfx = q + 1 + nd;
    for (k = 0; k < c->t[NZ_ORD_SUFFIX].n; k++) {
        const char *s = nz_value(&c->t[NZ_ORD_SUFFIX].e[k]);
        if (*s && strncmp(sfx, s, strlen(s)) == 0 && !nz_is_alnum_at(sfx + strlen(s))) {
            sfx += strlen(s);
            break;
        }
    }
    if (d < 1 || d > 31 || nz_is_alnum_at(sfx) || *sfx == ':' || (*sfx == '.' && nz_digit(sfx[1])))
        return 0;
    y = sfx + (*sfx == ',') ;
    if (*y == ' ' && nz_digits(y + 1) == 4 && !nz_is_alnum_at(y + 5)) {
        year = atol(y + 1);
        sfx = y + 5;
    }
    if (!nz_put_date(c, d, m, year, p, 1))
        return 0;
    /* "March 3-5": to the second day, an ordinal too */
    if (!year && nz_dash(sfx) && (nd = nz_digits(sfx + nz_dash(sfx))) >= 1 && nd <= 2 &&
        !nz_is_alnum_at(sfx + nz_dash(sfx) + nd) && (q = nz_word(c, "to"))) {
        int d2 = atoi(sfx + nz_dash(sfx));
        char ord[64];
        if (d2 > d && d2 <= 31 && nz_ordinal_str(c, d2, 0, NULL, ord, sizeof(ord))) {
            al_buf_printf(c->b, " %s %s", q, ord);
            sfx += nz_dash(sfx) + nd;
        }
    }
    return (size_t)(sfx - p);
}

/* "3-5 March", "od 3 do 5 marca": a day before a range's mark or word
 * and a second day with its month is a date's day too, said by
 * [speech.settings] date_day (%o its ordinal: English "the %o", Polish
 * "%o"); a dash is said as the language's "to", a word stays. */
size_t nz_day_range(nz *c, const nz_num *a)
{
    const char *tpl = nz_setting(c, "date_day"), *q = a->e, *r, *to = nz_word(c, "to"), *and = nz_word(c, "and");
    const char *args[128] = { 0 };
    size_t nd, mn, used;
    int d = atoi(a->d), d2;
    char ord[64];

    if (!tpl || a->nf || a->grouped || a->nd > 2 || d < 1 || d > 31 || (a->s > c->text && strchr("$.,/:", a->s[-1])))
        return 0;
    if (nz_dash(q))
        r = q + nz_dash(q), used = (size_t)(r - a->s);
    else if (*q == ' ' && ((to && strncmp(q + 1, to, strlen(to)) == 0 && q[1 + strlen(to)] == ' ' && (r = q + 2 + strlen(to))) ||
                           (and && strncmp(q + 1, and, strlen(and)) == 0 && q[1 + strlen(and)] == ' ' && (r = q + 2 + strlen(and)))))
        used = (size_t)(q - a->s);
    else
        return 0;
    nd = nz_digits(r);
    d2 = atoi(r);
    if (nd < 1 || nd > 2 || d2 <= d || d2 > 31 || r[nd] != ' ' || !nz_month_at(c, r + nd + 1, &mn))
        return 0;
    nz_ordinal_str(c, d, nz_setting(c, "date_ordinal_form") ? atoi(nz_setting(c, "date_ordinal_form")) : 0,
                   nz_ordinal_ending(c, a->s), ord, sizeof(ord));
    args['o'] = ord;
    nz_put_tpl(c, tpl, args);
    if (nz_dash(q)) {
        const al_lang_entry *tc = to ? nz_find(c, NZ_PREPOSITIONS, to, strlen(to), true) : NULL;
        al_buf_printf(c->b, " %s ", to ? to : "-");
        c->gen_next = tc && !strcmp(nz_value(tc), "gen");
    }
    return used;
}

/* ---- times ---- */

/* The [speech.settings] ampm marker at P ("pm", "a.m."): its length, or 0. */
size_t nz_ampm_len(const nz *c, const char *p)
{
    const char *l = nz_setting(c, "ampm");
    size_t best = 0;

    while (l && *l) {
        size_t ln = strcspn(l, "|");
        if (ln > best && strncmp(p, l, ln) == 0 && !nz_is_alnum_at(p + ln))
            best = ln;
        l += ln + (l[ln] == '|');
    }
    return best;
}

/* One of the '|'-separated words of UNIT ([speech.settings] time_word:
 * "Uhr", Spanish "h|horas") as a whole word at P: its length, or 0. */
static size_t time_unit(const char *p, const char *unit)
{
    while (unit && *unit) {
        size_t un = strcspn(unit, "|");
        if (un && strncmp(p, unit, un) == 0 && !nz_is_alnum_at(p + un))
            return un;
        unit += un + (unit[un] == '|');
    }
    return 0;
}

/* "8.30 bis 12 Uhr", "9.30–11.45 Uhr": a range mark at P, then a time
 * with the [speech.settings] time_word UNIT after it (so the first
 * number is a time too). */
/* Past the range mark at P ("–", "-" or the [speech.words] "to" word
 * between spaces), or NULL when there is none. */
static const char *after_range_mark(const nz *c, const char *p)
{
    const char *to = nz_word(c, "to");

    if (nz_dash(p))
        return p + nz_dash(p);
    if (to && *p == ' ' && strncmp(p + 1, to, strlen(to)) == 0 && p[1 + strlen(to)] == ' ')
        return p + 2 + strlen(to);
    return NULL;
}

static bool unit_after_range(const nz *c, const char *p, const char *unit)
{
    size_t n;

    if (!(p = after_range_mark(c, p)) || (n = nz_digits(p)) < 1 || n > 2)
        return false;
    p += n;
    if (*p == '.' || *p == ':') {
        if (nz_digits(p + 1) != 2)
            return false;
        p += 3;
    }
    return *p == ' ' && time_unit(p + 1, unit);
}

/* A time with minutes after the range word at P (" a 14:00", "–14:00"):
 * with [speech.settings] time_range_bare the full hour before it is the
 * hour alone, the second time says "horas". */
static bool time_after_to(const nz *c, const char *p)
{
    size_t n;

    if (!(p = after_range_mark(c, p)))
        return false;
    n = nz_digits(p);
    return n >= 1 && n <= 2 && (p[n] == ':' || p[n] == '.') && nz_digits(p + n + 1) == 2;
}

/* "od 8.00 do 15.30": after the first word of [speech.settings]
 * time_range_words, a time with a period when the second word and
 * another such time follow; P is past the first's minutes. */
/* W (WN bytes) is the first word of [speech.settings] time_range_words
 * ("od") and the second ("do") follows P (past the first number) after a
 * space: past the second word and its space, or NULL. */
static const char *range_words_at(const nz *c, const char *w, size_t wn, const char *p)
{
    const char *l = nz_setting(c, "time_range_words");
    size_t ln = l ? strcspn(l, " ") : 0;

    if (!ln || wn != ln || strncasecmp(w, l, ln) != 0 || *p != ' ')
        return NULL;
    l += ln + (l[ln] == ' ');
    ln = strcspn(l, " ");
    if (!ln || strncmp(p + 1, l, ln) != 0 || p[1 + ln] != ' ')
        return NULL;
    return p + 2 + ln;
}

static bool time_pair(const nz *c, const char *w, size_t wn, const char *p)
{
    size_t n;

    if (!(p = range_words_at(c, w, wn, p)))
        return false;
    n = nz_digits(p);
    if (!(n >= 1 && n <= 2 && atoi(p) <= 24 && (p[n] == '.' || p[n] == ':') && nz_digits(p + n + 1) == 2 &&
          atoi(p + n + 1) <= 59 && !nz_is_alnum_at(p + n + 3)))
        return false;
    /* "od 2.50 do 3.10 zł": amounts, not times */
    p += n + 3;
    return !(*p == ' ' && (nz_match(c, NZ_CURRENCY, p + 1, false, &n) || nz_match(c, NZ_UNITS, p + 1, false, &n) ||
                           nz_match(c, NZ_MAGNITUDE, p + 1, false, &n)));
}

/* "otwarte od 7 do 21": after the first word of [speech.settings]
 * time_range_words, itself after a word of open_words or a weekday's
 * abbreviation (where the language has open_words), a whole hour
 * when the second word and another whole hour (1 to 24) follow, with no
 * unit, currency or magnitude after it; P is past the first hour. */
static bool amount_after(const nz *c, const char *p);

static bool open_pair(const nz *c, const char *w, size_t wn, const char *p)
{
    const char *ow;
    size_t n;

    if (!(p = range_words_at(c, w, wn, p)))
        return false;
    n = nz_word_before(c, w, &ow);
    /* a weekday's abbreviation, the last of a span, says opening hours
     * too: "wt.-pt. od 10 do 18" */
    if (!n || !(ow + n + 1 == w ? nz_in_words(nz_setting(c, "open_words"), ow, n) || nz_weekday_word(c, ow, n)
                                : ow[n] == '.' && ow + n + 2 == w && nz_setting(c, "open_words") &&
                                      nz_weekday_word(c, ow, n)))
        return false;
    n = nz_digits(p);
    if (n < 1 || n > 2 || atoi(p) < 1 || atoi(p) > 24 || nz_is_alnum_at(p + n) ||
        ((p[n] == '.' || p[n] == ',' || p[n] == ':') && nz_digit(p[n + 1])))
        return false;
    return !amount_after(c, p + n);
}

/* A currency, unit or magnitude after P (a space first): "las 2.50
 * libras" is an amount, not a time. */
static bool amount_after(const nz *c, const char *p)
{
    size_t n;

    return *p == ' ' && (nz_match(c, NZ_CURRENCY, p + 1, false, &n) || nz_match(c, NZ_UNITS, p + 1, false, &n) ||
                         nz_match(c, NZ_UNITS_TIGHT, p + 1, false, &n) ||
                         nz_match(c, NZ_MAGNITUDE, p + 1, false, &n));
}

/* The time after the range mark at P ("-11", "–16.00", "-12:30", the
 * hour 1 to 24): past it, or NULL. Not an amount: no '%', unit, currency
 * or magnitude after it ("2.30-3 million"). */
static const char *time_after_mark(const nz *c, const char *p)
{
    size_t n = nz_dash(p);

    if (!n)
        return NULL;
    p += n;
    n = nz_digits(p);
    if (n < 1 || n > 2 || atoi(p) < 1 || atoi(p) > 24)
        return NULL;
    p += n;
    if ((*p == '.' || *p == ':') && nz_digits(p + 1) == 2) {
        if (atoi(p + 1) > 59)
            return NULL;
        p += 3;
    }
    if (nz_is_alnum_at(p) || *p == '%' || ((*p == '.' || *p == ',') && nz_digit(p[1])))
        return NULL;
    return amount_after(c, p) ? NULL : p;
}

/* "9.30-11", "7.45–8.15": a number H.MM (an hour to 23, minutes on the
 * quarter: 15 30 45) right before a range mark and a time or a whole
 * hour is a range of times, in any language, where the period is also a
 * decimal mark; no currency sign before it ("$9.30-11"). */
static bool time_range_shape(const nz *c, const nz_num *a)
{
    int min;

    if (a->nd > 2 || a->grouped || a->s[a->nd] != '.' || nz_digits(a->s + a->nd + 1) != 2 ||
        atoi(a->d) > 23)
        return false;
    min = atoi(a->s + a->nd + 1);
    if (!min || min % 15)
        return false;
    if (a->s > c->text && strchr("$\xA3\xAC", a->s[-1]))   /* $, £, € (their last byte) */
        return false;
    return time_after_mark(c, a->s + a->nd + 3) != NULL;
}

/* A list of clock times: "6.52, 7.22 e 7.52", "7.42, 8.12 und 8.42 Uhr".
 * Past a time H.MM or H:MM at P (an hour to 24, minutes to 59, no digit
 * or decimal after), or NULL. */
static const char *clock_at(const char *p)
{
    size_t n = nz_digits(p);

    if (n < 1 || n > 2 || atoi(p) > 24 || (p[n] != '.' && p[n] != ':') || nz_digits(p + n + 1) != 2 ||
        atoi(p + n + 1) > 59)
        return NULL;
    p += n + 3;
    return nz_digit(*p) || ((*p == '.' || *p == ',' || *p == ':') && nz_digit(p[1])) ? NULL : p;
}

/* Past a list's separator at P: ", " or the language's "and" or "or"
 * ([speech.words]) between spaces; NULL when there is none. */
static const char *list_sep(const nz *c, const char *p)
{
    const char *w[2] = { nz_word(c, "and"), nz_word(c, "or") };

    if (p[0] == ',' && p[1] == ' ')
        return p + 2;
    for (int i = 0; i < 2; i++) {
        size_t n = w[i] ? strlen(w[i]) : 0;
        if (n && *p == ' ' && strncmp(p + 1, w[i], n) == 0 && p[1 + n] == ' ')
            return p + n + 2;
    }
    return NULL;
}

/* The next item of a list of times after one at P (its end): a
 * separator, then a time H.MM with no currency, unit or magnitude after
 * it ("alle 21.00, 12.50 euro" is a price). */
static bool clock_list_next(const nz *c, const char *p)
{
    const char *e;

    return (p = list_sep(c, p)) && (e = clock_at(p)) && !amount_after(c, e);
}

/* A list of H.MM after the number ending at P whose last item has the
 * [speech.settings] time_word or am/pm after it ("7.42, 8.12 und 8.42
 * Uhr", "6.52, 7.22 and 7.52 am"): the first is a time too, as the last
 * says (each next one is then marked in its turn). Up to 12 items. */
static bool clock_list_ends_timed(const nz *c, const char *p)
{
    const char *unit = nz_setting(c, "time_word"), *s, *e;
    int items = 0;

    while (items < 12 && (s = list_sep(c, p)) && (e = clock_at(s))) {
        p = e;
        items++;
    }
    return items && ((*p == ' ' && unit && time_unit(p + 1, unit)) || nz_ampm_len(c, p + (*p == ' ')));
}

/* "14:30", "9:05 am", "12:30 Uhr", "8 h 15", "20h" */
size_t nz_time_of_day(nz *c, const nz_num *a)
{
    const char *q = a->e, *tpl, *args[128] = { 0 }, *w, *end;
    const char *hword = nz_word(c, "hour"), *unit = nz_setting(c, "time_word");
    char h[16], m[16], hw[32] = "", ho[64];
    int hour = atoi(a->d), min = 0;
    bool h_form = false, ampm = false, open = false, from = false;
    size_t n, ampn = 0;
    int hcase = -1;   /* the hour's case, where ordinals have cases */

    /* "3 godz. 15 min": the next part of a duration, no time */
    if (c->chain_now)
        return 0;
    bool ranged = time_range_shape(c, a);
    const char *ce = a->s[a->nd] == '.' ? clock_at(a->s) : NULL;
    bool listed = ce && clock_list_ends_timed(c, ce);

    /* "7.30pm", "9.30-11": the decimal a number parse saw is the minutes */
    if (a->nf == 2 && a->s[a->nd] == '.' &&
        (nz_ampm_len(c, a->e + (*a->e == ' ')) || ranged || listed || (c->time_now && atoi(a->d) <= 24)))
        q = a->s + a->nd;
    else if (a->nf)
        return 0;
    if (a->nd > 2 || a->grouped || hour > 24)
        return 0;
    /* "03:30:00": as it is (a log's time, not a spoken one) */
    if (*q == ':' && nz_digits(q + 1) == 2 && q[3] == ':' && nz_digits(q + 4) == 2 && !nz_digit(q[6])) {
        al_buf_put(c->b, a->s, (size_t)(q + 6 - a->s));
        return (size_t)(q + 6 - a->s);
    }
    /* "1:50.000", "1:25 000": minutes have no thousands; a number of
     * thousands after the colon is a map's scale, a ratio (pair) */
    if (*q == ':' && nz_digits(q + 1) >= 1 && nz_digits(q + 1) <= 3 && nz_group_at(c, q + 1 + nz_digits(q + 1)))
        return 0;
    if (*q == ':' && nz_digits(q + 1) == 2 && !nz_digit(q[3]) && !(q[3] == ':' && nz_digit(q[4]))) {
        min = atoi(q + 1);
        end = q + 3;
    } else if (*q == '.' && unit && nz_digits(q + 1) == 2 &&
               ((q[3] == ' ' && time_unit(q + 4, unit)) ||
                unit_after_range(c, q + 3, unit))) {
        min = atoi(q + 1);
        end = q + 3;
    } else if (*q == '.' && nz_digits(q + 1) == 2 && !nz_digit(q[3]) && !(q[3] == '.' && nz_digit(q[4])) &&
               (n = nz_word_before(c, a->s, &w)) && (w + n + 1 == a->s || (w[n] == '.' && w + n + 2 == a->s)) &&
               nz_in_words(nz_setting(c, "time_before"), w, n) && !amount_after(c, q + 3)) {
        /* "alle ore 8.30", "alle 21.00", "o godz. 8.30": a time after a
         * word of [speech.settings] time_before */
        min = atoi(q + 1);
        end = q + 3;
    } else if (*q == '.' && nz_digits(q + 1) == 2 && !nz_digit(q[3]) && !(q[3] == '.' && nz_digit(q[4])) &&
               (c->time_now || ((n = nz_word_before(c, a->s, &w)) && w + n + 1 == a->s &&
                                time_pair(c, w, n, q + 3)))) {
        /* "od 8.00 do 15.30": both times ([speech.settings]
         * time_range_words); the second is marked for its turn */
        min = atoi(q + 1);
        end = q + 3;
        c->time_next = !c->time_now;
    } else if (*q == '.' && ranged) {
        min = atoi(q + 1);   /* "9.30-11": see time_range_shape */
        end = q + 3;
    } else if (*q == '.' && listed) {
        min = atoi(q + 1);   /* "7.42, 8.12 und 8.42 Uhr": see clock_list_ends_timed */
        end = q + 3;
    } else if ((!*q || strchr(" ,;)", *q) || (*q == '.' && !nz_digit(q[1]))) &&
               (n = nz_word_before(c, a->s, &w)) && (w + n + 1 == a->s || (w[n] == '.' && w + n + 2 == a->s)) &&
               nz_in_words(nz_setting(c, "time_before_hour"), w, n)) {
        /* "o godz. 21": a full hour right after a word of
         * [speech.settings] time_before_hour */
        end = q;
    } else if (!a->nf && (!*q || strchr(" ,;)", *q) || nz_dash(q) || (*q == '.' && !nz_digit(q[1]))) &&
               (c->open_now ||
                ((n = nz_word_before(c, a->s, &w)) && (w + n + 1 == a->s || (w[n] == '.' && w + n + 2 == a->s)) &&
                 ((nz_setting(c, "open_words") && time_after_mark(c, q) &&
                   (nz_in_words(nz_setting(c, "open_words"), w, n) || nz_weekday_word(c, w, n))) ||
                  open_pair(c, w, n, q))))) {
        /* "aperto 8-14", "otwarte od 7 do 21": whole hours after a word of
         * [speech.settings] open_words (opening hours), a range's second
         * hour too; the first says hour_range_from, the range's word
         * hour_range_to where the language has them ("dalle 8 alle 14") */
        end = q;
        open = !c->open_now;
        if (open && !nz_dash(q))
            c->time_next = c->open_next = true;
    } else if (*q == '.' && nz_digits(q + 1) == 2 && nz_ampm_len(c, q + 3 + (q[3] == ' '))) {
        min = atoi(q + 1);   /* "7.30pm" */
        end = q + 3;
    } else if (unit && !strchr(unit, '|') && *q == ' ' && time_unit(q + 1, unit)) {
        /* (a list of time words, Spanish "h|horas", marks minutes only:
         * "3 horas" is a duration) */
        end = q;   /* "20 Uhr MEZ": a full hour, then its time zone */
    } else if (*q == ' ' && hour >= 1 && hour <= 12 && nz_ampm_len(c, q + 1)) {
        end = q;   /* "10 p.m.–5 a.m.": a full hour, then a range */
    } else if (hour >= 1 && hour <= 12 && nz_ampm_len(c, q)) {
        end = q;   /* "10am-6pm": the marker glued to a full hour */
    } else if (nz_setting(c, "time_h")) {
        const char *r = q + (*q == ' ');
        /* "2 h/sem.": hours per a period, a rate, no clock time */
        if (*r != 'h' || nz_is_letter((unsigned char)r[1]) || r[1] == '/')
            return 0;
        end = r + 1;
        if (nz_digits(end + (*end == ' ')) == 2) {
            end += (*end == ' ');
            min = atoi(end);
            end += 2;
            /* "2 h 30 min": a duration, said by the units */
            if (*end == ' ' && strncmp(end + 1, "min", 3) == 0 && !nz_is_alnum_at(end + 4))
                return 0;
        } else if (nz_is_alnum_at(end)) {
            return 0;
        }
        h_form = true;
    } else {
        return 0;
    }
    (void)h_form;
    n = nz_word_after(end, &w);
    if ((w == end || w == end + 1) && (ampn = nz_ampm_len(c, w)))
        ampm = true;
    /* "7:30pm" is a time; "7:30x" is not */
    if (min > 59 || (nz_is_alnum_at(end) && !ampm))
        return 0;
    snprintf(h, sizeof(h), "%d", hour);
    /* "um 1 Uhr": ein Uhr, the word of [speech.settings] one */
    if (hour == 1 && unit && c->one)
        snprintf(h, sizeof(h), "%.*s", (int)strcspn(c->one, "|"), c->one);
    /* "a las 21:00": veintiuna, "às 2h" duas, "à 1 h" une: the hour is
     * feminine ([speech.settings] time_feminine) */
    if (nz_setting(c, "time_feminine") && !ampm && hour)
        nz_feminine_str(c, hour, h, sizeof(h));
    snprintf(m, sizeof(m), "%d", min);
    /* %O: the hour as an ordinal, feminine (godzina) in its case: Polish
     * "o godz. 8.30" o ósmej, "do 19:45" do dziewiętnastej */
    snprintf(ho, sizeof(ho), "%s", h);
    if (c->t[NZ_ORD_CASES].n && hour > 0) {
        /* the second time of a range after the range's word ("do", which
         * takes the genitive): that case */
        const char *gf = c->gen_now ? nz_get(c, NZ_ORD_CASES, "gen.f") : NULL;
        /* "czynny 10-18": od dziesiątej, the case of hour_range_from said
         * before it (below) */
        const char *hf = open ? nz_setting(c, "hour_range_from") : NULL;
        const al_lang_entry *hc = hf && time_after_mark(c, end) ? nz_find(c, NZ_PREPOSITIONS, hf, strlen(hf), true) : NULL;
        char ck[16];
        if (hc && !gf) {
            snprintf(ck, sizeof(ck), "%s.f", nz_value(hc));
            gf = nz_get(c, NZ_ORD_CASES, ck);
        }
        hcase = gf ? atoi(gf) : nz_case_form(c, a->s, end, 'f');
        nz_ordinal_str(c, hour, hcase, NULL, ho, sizeof(ho));
    }
    /* "w godz. 8.00–16.00": after a word of time_before_hour, a range of
     * times starts with [speech.settings] hour_range_from ("od"); so
     * does one right after a word of open_words ("aperto 8.30-19.30",
     * "l'orario 8.30-19.30": dalle ... alle) */
    if (!c->time_now && time_after_mark(c, end) && nz_setting(c, "hour_range_from") &&
        (n = nz_word_before(c, a->s, &w)) && (w + n + 1 == a->s || (w[n] == '.' && w + n + 2 == a->s)) &&
        (nz_in_words(nz_setting(c, "time_before_hour"), w, n) || open ||
         (w + n + 1 == a->s && nz_in_words(nz_setting(c, "open_words"), w, n)))) {
        al_buf_printf(c->b, "%s ", nz_setting(c, "hour_range_from"));
        from = true;
    }
    if (hword) {
        const char *v = hword;
        int i = hour == 1 || (hour == 0 && nz_setting(c, "singular_below_two")) ? 0 : 1;
        while (i-- > 0 && strchr(v, '|'))
            v = strchr(v, '|') + 1;
        snprintf(hw, sizeof(hw), "%.*s", (int)strcspn(v, "|"), v);
    }
    if (min == 0 && !ampm && nz_setting(c, "time_range_bare") && time_after_to(c, end))
        tpl = "%h";
    else if (open && unit && unit_after_range(c, end, unit))
        tpl = "%h";   /* "ma-vr 9-18 uur": van 9 tot 18 uur, the word once */   /* "de 9:00 a 14:00": de nueve a catorce horas */
    else if (min == 0)
        tpl = nz_setting(c, ampm ? "time_ampm" : hour >= 13 || hour == 0 ? "time_full_24" : "time_full");
    else if (nz_setting(c, "time_clock") && (n = nz_word_before(c, a->s, &w)) && w + n + 1 == a->s &&
             nz_in_words(nz_setting(c, "time_clock_words"), w, n))
        /* "das 8h30": after a word that only a clock time follows
         * ([speech.settings] time_clock_words), the short form "oito e
         * trinta"; a duration keeps its units ("durou 2h30"); half past
         * a morning hour time_clock_half ("oito e meia") */
        tpl = min == 30 && hour <= 12 && nz_setting(c, "time_clock_half") ? nz_setting(c, "time_clock_half")
                                                                        : nz_setting(c, "time_clock");
    else if (min < 10)
        tpl = nz_setting(c, "time_oh");
    else
        tpl = nz_setting(c, "time");
    if (!tpl)
        tpl = nz_setting(c, "time");
    args['h'] = h, args['m'] = m, args['H'] = hw, args['O'] = ho;
    if (tpl)
        nz_put_tpl(c, tpl, args);
    else if ((*q == ':' || *q == '.' || ampm) && !nz_digit(*h))
        /* "a la 1.30": the hour's word where it is not the digits' (una) */
        al_buf_printf(c->b, "%s %02d", h, min);
    else if (*q == ':' || *q == '.' || ampm)
        /* "10:30", "7.30pm", "8.15 h" (a time word or am/pm made it a time): read right */
        al_buf_printf(c->b, "%d:%02d", hour, min);
    else
        return 0;
    /* "alle 6.52, 7.22 e 7.52": the next item of a list of times is one */
    if ((*q == '.' || *q == ':') && end == q + 3 && clock_list_next(c, end)) {
        const char *nom = nz_get(c, NZ_ORD_CASES, "nom.f");
        c->time_next = true;
        /* in the case of the first: Polish "o 6.52, 7.22 i 7.52" o
         * szóstej ..., siódmej ... (the oblique forms of a feminine
         * ordinal are one: gen.f) */
        if (hcase >= 0 && nom && hcase != atoi(nom))
            c->gen_next = true;
    }
    /* "12:30 Uhr": the template said it */
    if (unit && *end == ' ' && (n = time_unit(end + 1, unit)))
        end += 1 + n;
    /* "9:30 a.m.": "am", the period only where the sentence ends */
    n = nz_word_after(end, &w);
    if (ampm && n) {
        al_buf_put(c->b, end, (size_t)(w - end));
        for (size_t i = 0; i < ampn; i++)
            if (w[i] != '.')
                al_buf_putc(c->b, w[i]);
        end = w + ampn;
        /* "… 11 a.m. Doors open": before a capital (no time zone) the
         * period ends the sentence too */
        const char *nw;
        size_t nwn = nz_word_after(end, &nw);
        if (end[-1] == '.' && (nz_at_end(end) || (*end == ' ' && nwn && nz_upper_at(nw) &&
                                                  !nz_find(c, NZ_TIMEZONES, nw, nwn, false))))
            al_buf_putc(c->b, '.');
        n = nz_word_after(end, &w);
    }
    if (n && *end == ' ') {
        const al_lang_entry *e = nz_find(c, NZ_TIMEZONES, w, n, false);
        if (e && !nz_is_alnum_at(w + n)) {
            al_buf_putc(c->b, ' ');
            al_buf_puts(c->b, nz_value(e));
            end = w + n;
        }
    }
    /* "01:00–01:59": to the second time, which is read as one ("9.30-11",
     * "8.00–16.00"), in the case the range's word takes (Polish "do":
     * the genitive) */
    if ((strncmp(end, "\xE2\x80\x93", 3) == 0 || *end == '-') &&
        nz_digit(end[*end == '-' ? 1 : 3]) && (w = nz_word(c, "to"))) {
        if (from && time_after_mark(c, end) && nz_setting(c, "hour_range_to"))
            w = nz_setting(c, "hour_range_to");
        const al_lang_entry *tc = nz_find(c, NZ_PREPOSITIONS, w, strlen(w), true);
        al_buf_printf(c->b, " %s ", w);
        if (time_after_mark(c, end)) {
            c->time_next = true;
            c->open_next = open;
            c->gen_next = tc && !strcmp(nz_value(tc), "gen");
        }
        end += *end == '-' ? 1 : 3;
    }
    return (size_t)(end - a->s);
}

/* ---- ordinals ---- */

/* "sein 4. Titel", "ein 2. Platz": after an article without its own
 * ending (ein, sein), the ordinal's ending is the noun's gender's. The
 * ending [speech.settings] ordinal_masculine names ("es er": es, er) is
 * changed before a noun whose last part is in masculine_endings ("Titel",
 * "Heimsieg"; ASCII case ignored, the whole word may be the part). */
static const char *masculine_ending(const nz *c, const char *ending, const char *w, size_t wn)
{
    const char *sw = nz_setting(c, "ordinal_masculine"), *l = nz_setting(c, "masculine_endings");
    size_t fn;

    if (!sw || !l || !ending || !wn)
        return ending;
    fn = strcspn(sw, " ");
    if (strncmp(ending, sw, fn) != 0 || (ending[fn] && ending[fn] != '|') || !sw[fn])
        return ending;
    while (*l) {
        size_t ln = strcspn(l, " ");
        if (ln && ln <= wn && strncasecmp(w + wn - ln, l, ln) == 0)
            return sw + fn + 1;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return ending;
}

/* "2. Runde: Zverev trifft auf Rune", "3. Spieltag: ...": a number and its
 * period opening the clause, then one noun and a colon, is a label's
 * ordinal, not a list's number (a list item goes on past its first word);
 * it takes the strong ending of the noun's gender, [speech.settings]
 * ordinal_label "e er": feminine_endings "Zweite Runde", masculine_endings
 * "Dritter Spieltag". A noun of neither stays a number. NULL: no label. */
static const char *label_ending(const nz *c, const char *numtext, const char *w, size_t wn, char *buf,
                                size_t cap)
{
    const char *l = nz_setting(c, "ordinal_label"), *aw;
    size_t fn, an = nz_word_before(c, numtext, &aw);
    /* "als 1. Mann gewählt": after a word of ordinal_label_after, a role
     * with no article, the same strong ending, erster Mann, erste Frau */
    bool role = an && aw + an + 1 == numtext && nz_in_words(nz_setting(c, "ordinal_label_after"), aw, an);

    /* "Er kam als 3. ins Ziel": such a role with no noun, a lower-case
     * word after it, is the ordinal as a noun, with the ending that the
     * clause's first word, its subject, gives by [speech.settings]
     * ordinal_role_subject ("er=er": Dritter); with no
     * such subject it stays a number */
    const char *rs = nz_setting(c, "ordinal_role_subject");
    if (role && rs && !nz_upper_at(w)) {
        const char *cs = numtext, *fw;
        while (cs > c->text && !strchr(".!?;:", cs[-1]))
            cs--;
        size_t fwn = nz_word_after(cs, &fw);
        for (const char *r = rs; fwn && *r;) {
            size_t rn = strcspn(r, " "), kn = strcspn(r, "=");
            if (kn < rn && kn == fwn && strncasecmp(r, fw, kn) == 0 && rn - kn - 1 < cap) {
                snprintf(buf, cap, "%.*s", (int)(rn - kn - 1), r + kn + 1);
                return buf;
            }
            r += rn;
            while (*r == ' ')
                r++;
        }
    }
    if (!l || !(fn = strcspn(l, " ")) || !l[fn] || fn >= cap ||
        !(role || (nz_clause_start(c, numtext) && w[wn] == ':')) || !nz_upper_at(w))
        return NULL;
    if (nz_feminine_noun(c, w, wn)) {
        snprintf(buf, cap, "%.*s", (int)fn, l);
        return buf;
    }
    /* masculine_ending() changes ordinal_masculine's first ending only for
     * a masculine noun */
    const char *om = nz_setting(c, "ordinal_masculine");
    if (!om)
        return NULL;
    snprintf(buf, cap, "%.*s", (int)strcspn(om, " "), om);
    return masculine_ending(c, buf, w, wn) != buf ? l + fn + 1 : NULL;
}

/* "am Montag, 3. März", "am So., 23. Februar": a weekday of [speech.settings]
 * weekdays and a comma before the date's day, after the first word of a
 * pair of weekday_article ("am dem|für den"): the day takes the pair's
 * second word, "am Montag, dem dritten März", "für Mo., 3. März" für
 * Montag, den dritten März. That word into ART (CAP bytes). */
static bool weekday_before(const nz *c, const char *numtext, char *art_out, size_t cap)
{
    const char *art = nz_setting(c, "weekday_article"), *q = numtext, *w, *w2;
    size_t wn, an;

    if (!art || !strchr(art, ' '))
        return false;
    while (q > c->text && q[-1] == ' ')
        q--;
    if (q == c->text || q[-1] != ',')
        return false;
    wn = nz_word_before(c, q - 1, &w);
    if (!wn || !nz_in_words(nz_setting(c, "weekdays"), w, wn))
        return false;
    if (!(an = nz_word_before(c, w, &w2)))
        return false;
    for (const char *l = art; *l;) {
        size_t ln = strcspn(l, "|"), fn = strcspn(l, " ");
        if (fn < ln && fn == an && strncasecmp(w2, l, an) == 0) {
            snprintf(art_out, cap, "%.*s", (int)(ln - fn - 1), l + fn + 1);
            return true;
        }
        l += ln + (l[ln] == '|');
    }
    return false;
}

size_t nz_ordinal_mark(nz *c, int v, const char *mark, size_t n, const char *numtext)
{
    const al_lang_entry *e;
    const char *form, *w, *ending = NULL;
    char out[96], lb[8];
    size_t wn;
    int f = 0;

    if (n)
        e = nz_find(c, NZ_ORD_MARKS, mark, n, false);
    else
        e = nz_match(c, NZ_ORD_MARKS, mark, false, &n);
    if (!e || !n)
        return 0;
    form = nz_value(e);
    /* "2nde": a mark that only one number takes, with its own word */
    if (nz_digit(*form)) {
        if (atoi(form) != v || !strchr(form, ' '))
            return 0;
        al_buf_puts(c->b, strchr(form, ' ') + 1);
        return n;
    }
    if (strcmp(form, "context") == 0) {
        /* German "3. Oktober", "am 3. Tag", "II. Weltkrieg": only before a
         * word, and before a month or after an article */
        size_t ml, rn = range_mark(mark + n);
        /* "vom 12.–14. Juli", "am 5./6. Oktober": the next ordinal's month */
        if (rn && v <= 31) {
            const char *r = mark + n + rn;
            size_t dn = nz_digits(r);
            if (dn >= 1 && dn <= 2 && r[dn] == '.' && r[dn + 1] == ' ' && nz_month_at(c, r + dn + 2, &ml)) {
                const char *j = nz_word(c, mark[n] == '/' ? "and" : "to");
                if (!j || !nz_ordinal_str(c, v, 0, nz_ordinal_ending(c, numtext), out, sizeof(out)))
                    return 0;
                al_buf_printf(c->b, "%s %s ", out, j);
                return n + rn;
            }
        }
        wn = nz_word_after(mark + n, &w);
        if (!wn || mark[n] != ' ' || v > 999)
            return 0;
        const char *lbl = label_ending(c, numtext, w, wn, lb, sizeof(lb));
        if (!lbl && !nz_month_at(c, w, &ml) && !nz_ordinal_context(c, numtext) &&
            !(nz_upper_at(numtext) && nz_upper_at(w)))
            return 0;
        ending = lbl ? lbl : masculine_ending(c, nz_ordinal_ending(c, numtext), w, wn);
        /* "bis 3. März": bis zum dritten März */
        const char *art = nz_month_at(c, w, &ml) ? date_article(c, numtext) : NULL;
        if (art) {
            al_buf_printf(c->b, "%s ", art);
            ending = nz_get(c, NZ_ORD_ENDINGS, art);
        }
        char wart[16];
        if (nz_month_at(c, w, &ml) && weekday_before(c, numtext, wart, sizeof(wart))) {
            al_buf_printf(c->b, "%s ", wart);
            if (nz_get(c, NZ_ORD_ENDINGS, wart))
                ending = nz_get(c, NZ_ORD_ENDINGS, wart);
        }
    } else if (strcmp(form, "case") == 0) {
        /* Polish "3. miejsce", "na 2. piętrze", "po raz 50.", "w latach
         * 80.": before a lower-case word (not a month: "3. maja" is a
         * date), or after a noun of [speech.ordinal_nouns]; the form by
         * the case and the gender of the noun (nz_case_form) */
        const char *b;
        size_t bn = nz_word_before(c, numtext, &b), bl, ml;
        bool noun_before = bn && nz_ordinal_noun(c, b, bn, &bl) && b + bl < numtext;
        wn = nz_word_after(mark + n, &w);
        if (v > 9999 || (!noun_before && (!wn || w != mark + n + 1 || nz_upper_at(w) ||
                                           nz_month_at(c, w, &ml))))
            return 0;
        if ((f = nz_case_form(c, numtext, mark + n, 0)) < 0 || !nz_ordinal_str(c, v, f, NULL, out, sizeof(out)))
            return 0;
        al_buf_puts(c->b, out);
        /* "po raz 50.": the period also ends the sentence (not before
         * a Roman numeral: "w latach 70. XX wieku") */
        if (nz_at_end(mark + n) || (mark[n] == ' ' && wn && nz_upper_at(w) && strspn(w, "IVXLCDM") < wn))
            al_buf_putc(c->b, '.');
        return n;
    } else {
        f = *form == 'f' ? 1 : *form == 'a' ? 2 : 0;
        /* Spanish "1.er", "3.er": the apocope's mark only on a number
         * whose ordinal has that form, its third in [speech.ordinals];
         * "Ver más" is a word, no "V" with a mark */
        if (f == 2) {
            char key[16];
            const char *forms, *bar;
            snprintf(key, sizeof(key), "%d", v > 20 && v < 100 && nz_setting(c, "ordinal_tens") ? v % 10 : v);
            if (!(forms = nz_get(c, NZ_ORDINALS, key)) || !(bar = strchr(forms, '|')) || !strchr(bar + 1, '|'))
                return 0;
        }
        /* "les 3es", "les 1ers": a plural mark ("mp", "fp") */
        if (form[0] && form[1] == 'p')
            ending = "s";
        /* Spanish "1.º lugar", "3.º puesto": a masculine mark before a
         * masculine noun in lower case ([speech.settings]
         * masculine_endings, masculine_words) takes the ordinal's third
         * form where it has one, the apocope "primer", "tercer"; past
         * twenty, where [speech.settings] ordinal_tens says the tens and
         * the units apart, the units' ("21.º aniversario" vigésimo
         * primer) */
        bool tens = v > 20 && v < 100 && v % 10 && nz_setting(c, "ordinal_tens");
        if (*form == 'm' && !form[1] && (v < 10 || tens) && mark[n] == ' ' && (wn = nz_word_after(mark + n, &w)) &&
            w == mark + n + 1 && !nz_upper_at(w) &&
            (nz_ends_with_setting(c, "masculine_endings", w, wn) ||
             nz_in_words(nz_setting(c, "masculine_words"), w, wn))) {
            char key[16];
            const char *forms;
            snprintf(key, sizeof(key), "%d", tens ? v % 10 : v);
            if ((forms = nz_get(c, NZ_ORDINALS, key)) && strchr(forms, '|') && strchr(strchr(forms, '|') + 1, '|'))
                f = 2;
        }
    }
    if (!nz_ordinal_str(c, v, f, ending, out, sizeof(out)))
        return 0;
    al_buf_puts(c->b, out);
    return n;
}

bool nz_regnal(nz *c, int v, const char *after, bool feminine, const char *kase, size_t *used)
{
    const char *tpl = nz_setting(c, feminine && nz_setting(c, "regnal_f") ? "regnal_f" : "regnal");
    char key[32];

    /* "unter Ludwig XIV.": dem Vierzehnten (regnal_dat, regnal_f_dat...) */
    snprintf(key, sizeof(key), "%s%s", feminine && nz_setting(c, "regnal_f") ? "regnal_f" : "regnal",
             kase ? kase : "");
    if (kase && *kase && nz_setting(c, key))
        tpl = nz_setting(c, key);
    const char *from = nz_setting(c, "regnal_cardinal_from");
    const char *args[128] = { 0 };
    char o[96], n[16];

    *used = 0;
    if (!tpl)
        return false;
    snprintf(n, sizeof(n), "%d", v);
    if (from && v >= atoi(from)) {
        al_buf_puts(c->b, n);
    } else {
        int form = feminine ? 1 : 0;
        /* Polish "dla Ludwika XIV": the form of that case
         * ([speech.ordinal_cases], "gen.m") */
        if (kase && *kase == '_' && c->t[NZ_ORD_CASES].n) {
            snprintf(key, sizeof(key), "%s.%c", kase + 1, feminine ? 'f' : 'm');
            if (nz_get(c, NZ_ORD_CASES, key))
                form = atoi(nz_get(c, NZ_ORD_CASES, key));
        }
        if (!nz_ordinal_str(c, v, form, NULL, o, sizeof(o)))
            return false;
        args['o'] = o, args['n'] = n;
        nz_put_tpl(c, tpl, args);
    }
    /* "Heinrich VIII. starb": the period marks the ordinal */
    if (*after == '.' && nz_setting(c, "regnal_period") && !nz_at_end(after + 1))
        *used = 1;
    c->regnal_end = after + *used;
    return true;
}
