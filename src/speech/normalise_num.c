/*
 * normalise_num.c - the number rules of the text normalisation: money,
 * magnitudes, units, decades, ordinal marks, ranges, scores, ratios,
 * fractions, phone numbers and versions, and the entry point that tries
 * them in turn (dates, times and the words for numbers are in
 * normalise_date.c; see normalise.c for the design).
 *
 * A number is parsed with the language's decimal mark and thousands
 * separators ([speech.settings] decimal, thousands) and written back as
 * plain digits with the language's decimal mark: espeak-ng reads those
 * right. Only its context decides what else is said: "£" before it, "bn"
 * or "km/h" after it, "in" before a four-digit year.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

/* A space between words or digit groups: ' ', U+00A0, U+202F, U+2009:
 * its length, or 0. */
size_t nz_space_at(const char *p)
{
    if (*p == ' ')
        return 1;
    if (strncmp(p, "\xC2\xA0", 2) == 0)
        return 2;
    if (strncmp(p, "\xE2\x80\xAF", 3) == 0 || strncmp(p, "\xE2\x80\x89", 3) == 0)
        return 3;
    return 0;
}

/* A thousands separator of the language at P: its length, or 0. */
static size_t group_sep(const nz *c, const char *p)
{
    const char *g = c->groups;

    if (*p == ',' && strstr(g, "comma"))
        return 1;
    if (*p == '.' && strstr(g, "period"))
        return 1;
    if (strstr(g, "space") && nz_space_at(p))
        return nz_space_at(p);
    if (strstr(g, "apostrophe") && (*p == '\'' || strncmp(p, "\xE2\x80\x99", 3) == 0))
        return *p == '\'' ? 1 : 3;
    return 0;
}

/* A thousands group at P: a separator of the language and three digits
 * with no digit after them ("1:50.000"'s ".000"), its length, or 0. */
size_t nz_group_at(const nz *c, const char *p)
{
    size_t k = group_sep(c, p);

    return k && nz_digits(p + k) == 3 ? k + 3 : 0;
}

static void parse_num(const nz *c, const char *p, nz_num *a)
{
    const char *q = p;
    size_t k;

    memset(a, 0, sizeof(*a));
    a->s = p;
    while (nz_digit(*q) && a->nd + 1 < sizeof(a->d))
        a->d[a->nd++] = *q++;
    while (nz_digit(*q))
        q++;
    if (a->nd <= 3) {
        while ((k = group_sep(c, q)) && nz_digits(q + k) == 3 && a->nd + 4 < sizeof(a->d)) {
            memcpy(a->d + a->nd, q + k, 3);
            a->nd += 3;
            q += k + 3;
            a->grouped = true;
        }
    }
    if (*q == c->dec && nz_digit(q[1]) && !(c->dec == ',' && nz_digits(q + 1) == 3 && !a->grouped &&
                                          strstr(c->groups, "comma"))) {
        q++;
        while (nz_digit(*q)) {
            if (a->nf + 1 < sizeof(a->f))
                a->f[a->nf++] = *q;
            q++;
        }
    }
    /* "CHF 20.-", "20,– €": a whole amount's mark for no cents, read as
     * nothing (a dash after the period or comma, then no digit or letter) */
    if (!a->nf && (*q == '.' || *q == ',')) {
        size_t dn = q[1] == '-' ? 1 : strncmp(q + 1, "\xE2\x80\x93", 3) == 0 || strncmp(q + 1, "\xE2\x80\x94", 3) == 0 ? 3 : 0;
        if (dn && !nz_is_alnum_at(q + 1 + dn) && q[1 + dn] != '-')
            q += 1 + dn;
    }
    a->d[a->nd] = a->f[a->nf] = '\0';
    a->e = q;
}

static long num_int(const nz_num *a)
{
    return a->nd > 9 ? -1 : atol(a->d);
}

/* The word for a hundred or a thousand, form I of [speech.settings]
 * bare_one ("hundert|tausend"), then the rest R as digits when it is not 0. */
static void put_bare(nz *c, int i, long r)
{
    const char *bar = strchr(c->bare, '|');

    if (i == 0)
        al_buf_put(c->b, c->bare, bar ? (size_t)(bar - c->bare) : strlen(c->bare));
    else
        al_buf_puts(c->b, bar ? bar + 1 : c->bare);
    if (r)
        al_buf_printf(c->b, " %ld", r);
}

/* A whole number from 100 to 199 999 whose hundreds or thousands start
 * with a one, with [speech.settings] bare_one: German says "hundert
 * Euro", "tausendfünfhundert Meter", "hundertzwanzigtausend", where
 * espeak-ng reads the digits as "einhundert", "eintausend". Written as the
 * word and the remaining digits ("tausend 500"), which espeak-ng says as
 * the compound. */
static bool put_bare_one(nz *c, const nz_num *a)
{
    const char *w;
    size_t wn;
    long v;

    if (!c->bare || a->nf || a->nd < 3 || a->nd > 6 || a->d[0] != '1')
        return false;
    /* "ICE 1234", "LH 1402": a code's number, kept for espeak-ng */
    wn = nz_word_before(c, a->s, &w);
    if (wn >= 2 && nz_upper_at(w) && nz_upper_at(w + 1))
        return false;
    v = atol(a->d);
    if (v < 200) {
        put_bare(c, 0, v - 100);
    } else if (v >= 1000 && v < 2000) {
        put_bare(c, 1, v - 1000);
    } else if (v >= 100000 && v < 200000) {
        put_bare(c, 0, v / 1000 - 100);
        al_buf_putc(c->b, ' ');
        put_bare(c, 1, v % 1000);
    } else {
        return false;
    }
    return true;
}

/* The table of the case a whole number takes (Polish), or -1 for none.
 * [speech.cardinals_gen] after a word of [speech.settings]
 * cardinal_gen_words ("do", "od", "około") or the "do" of a range; else
 * by the ending of the noun right after it, which shows its case: one of
 * noun_ins_endings ("z 3 osobami": trzema) takes [speech.cardinals_ins],
 * one of noun_loc_endings ("w 3 miastach": trzech) the genitive's words,
 * which the locative shares, and after 2, 3 or 4 one of noun_virile_endings
 * ("3 studentów", "22 żołnierzy": trzech, dwudziestu dwóch), a noun of men
 * in the genitive, which a count of things never takes after those. */
/* "w 180 °C": after a preposition of [speech.settings]
 * unit_loc_prepositions (Polish "w", "przy") an amount of a unit whose
 * [speech.units] value has a fifth form, the locative plural, is in the
 * locative: 4, that form's index, or -1. The numeral's locative shares
 * the genitive's words (w stu osiemdziesięciu stopniach). */
static int unit_case(const nz *c, const nz_num *a)
{
    const al_lang_entry *u;
    const char *w, *r = a->e + (*a->e == ' '), *v;
    size_t wn = nz_word_before(c, a->s, &w), n;
    int bars = 0;

    if (a->nf || num_int(a) < 2 || !wn || w + wn + 1 != a->s ||
        !nz_in_words(nz_setting(c, "unit_loc_prepositions"), w, wn))
        return -1;
    /* "w 100%": a percentage too where [speech.settings] percent_loc
     * gives its locative plural (w stu procentach) */
    if (*r == '%' && nz_setting(c, "percent_loc") && !nz_is_alnum_at(r + 1))
        return 4;
    if (!(u = nz_match(c, NZ_UNITS, r, false, &n)) && !(u = nz_match(c, NZ_UNITS_TIGHT, r, false, &n)))
        return -1;
    if (nz_is_alnum_at(r + n))
        return -1;
    for (v = nz_value(u); (v = strchr(v, '|')); v++)
        bars++;
    return bars >= 4 ? 4 : -1;
}

static int numeral_case(const nz *c, const nz_num *a)
{
    const char *w;
    size_t wn;

    if (!c->t[NZ_CARD_GEN].n || a->nd > 6 || *a->e == '/' || *a->e == ':')
        return -1;
    /* "do 4,9 proc.": a decimal's whole part takes the preposition's
     * genitive where [speech.settings] decimal_gen names the word before
     * its decimals (do czterech przecinek dziewięć) */
    if (a->nf) {
        size_t k;
        /* (not "około 1,5 mln": a magnitude's own reading) */
        if (!nz_setting(c, "decimal_gen") || a->grouped ||
            (*a->e == ' ' && nz_match(c, NZ_MAGNITUDE, a->e + 1, false, &k)))
            return -1;
        if (c->gen_now)
            return NZ_CARD_GEN;
        wn = nz_word_before(c, a->s, &w);
        return wn && w + wn + 1 == a->s && nz_in_words(nz_setting(c, "cardinal_gen_words"), w, wn) ? NZ_CARD_GEN
                                                                                                : -1;
    }
    /* "dla 18+", "od 16+": a whole number glued to a plus at a word's
     * end is a threshold's label, an age rating, said in the nominative
     * whatever governs it (osiemnaście plus) */
    if (*a->e == '+' && !nz_is_alnum_at(a->e + 1) && a->e[1] != '+')
        return -1;
    if (c->gen_now || unit_case(c, a) == 4)
        return NZ_CARD_GEN;
    /* "do 2020.": a year-like number with no noun after it is a year */
    if (a->nd == 4 && !a->grouped && num_int(a) >= 1000 && num_int(a) <= 2100 &&
        !(*a->e == ' ' && nz_word_after(a->e, &w) && !nz_upper_at(w)))
        return -1;
    wn = nz_word_before(c, a->s, &w);
    /* "do -8 °C": past a minus sign */
    if (!wn && a->s > c->text + 1 && (a->s[-1] == '-' || a->s[-1] == '+') && a->s[-2] == ' ')
        wn = nz_word_before(c, a->s - 1, &w);
    bool gen = wn && nz_in_words(nz_setting(c, "cardinal_gen_words"), w, wn);
    /* "2 na 3 wyborców": a part before its whole ([speech.words] out_of,
     * a number after it) counts the whole's noun, in its case (dwóch na
     * trzech wyborców) */
    const char *e = a->e, *ow = nz_word(c, "out_of");
    if (ow && *e == ' ' && (wn = nz_word_after(e, &w)) && wn == strlen(ow) && strncmp(w, ow, wn) == 0 &&
        w[wn] == ' ' && nz_digits(w + wn + 1) >= 1 && nz_digits(w + wn + 1) <= 6 &&
        w[wn + 1 + nz_digits(w + wn + 1)] == ' ')
        e = w + wn + 1 + nz_digits(w + wn + 1);
    /* "po 10–15 minutach", "z 3-5 osobami": a range's first number counts
     * the noun after the second, in its case (po dziesięciu do
     * piętnastu minutach) */
    size_t dl = *e == '-' ? 1 : strncmp(e, "\xe2\x80\x93", 3) == 0 ? 3 : 0, dn = dl ? nz_digits(e + dl) : 0;
    if (dn >= 1 && dn <= 6 && e[dl + dn] == ' ')
        e += dl + dn;
    /* the noun's case: a number of its own ("1/3 uczniów": not the 3); its
     * instrumental wins over the preposition's genitive ("z 3 osobami",
     * but "z 3 do 5": z trzech) */
    if ((a->s > c->text && a->s[-1] != ' ') || *e != ' ' || !(wn = nz_word_after(e, &w)) || nz_upper_at(w))
        return gen ? NZ_CARD_GEN : -1;
    if (c->t[NZ_CARD_INS].n && nz_ends_with_setting(c, "noun_ins_endings", w, wn) && num_int(a) >= 2)
        return NZ_CARD_INS;
    if (gen)
        return NZ_CARD_GEN;
    if (c->t[NZ_CARD_INS].n && nz_ends_with_setting(c, "noun_ins_endings", w, wn) && num_int(a) >= 2)
        return NZ_CARD_INS;
    if (nz_ends_with_setting(c, "noun_loc_endings", w, wn) && num_int(a) >= 2)
        return NZ_CARD_GEN;
    if (a->d[a->nd - 1] >= '2' && a->d[a->nd - 1] <= '4' && !(a->nd > 1 && a->d[a->nd - 2] == '1') &&
        nz_ends_with_setting(c, "noun_virile_endings", w, wn))
        return NZ_CARD_GEN;
    return -1;
}

static bool genitive(const nz *c, const nz_num *a)
{
    return numeral_case(c, a) == NZ_CARD_GEN;
}

/* V (1 to 999) in the words of the case table T ([speech.cardinals_gen])
 * into OUT: hundreds, then tens and units or a teen ("stu
 * osiemdziesięciu"); a unit after tens is the table's last form of 1
 * ("dwudziestu jeden": "jednego|jeden"). */
static bool gen_words(const nz *c, int t, long v, char *out, size_t cap)
{
    long parts[3] = { v / 100 * 100, v % 100 < 20 ? v % 100 : v % 100 / 10 * 10, v % 100 < 20 ? 0 : v % 10 };
    char key[8];

    *out = '\0';
    for (int i = 0; i < 3; i++) {
        const char *g;
        size_t gn;
        if (!parts[i])
            continue;
        snprintf(key, sizeof(key), "%ld", parts[i]);
        if (!(g = nz_get(c, t, key)))
            return false;
        gn = strcspn(g, "|");
        if (i == 2 && strrchr(g, '|'))
            g = strrchr(g, '|') + 1, gn = strlen(g);
        snprintf(out + strlen(out), cap - strlen(out), "%s%.*s", *out ? " " : "", (int)gn, g);
    }
    return *out != '\0';
}

/* Whole number A in the case numeral_case() gives it, in words (up to
 * 999 999; the thousands by the table's 1000, "tysiąca|tysięcy"): "do
 * 180" do stu osiemdziesięciu, "około 1500" około tysiąca pięciuset, "z 3
 * osobami" z trzema, where espeak-ng knows only the nominative. */
static bool put_genitive(nz *c, const nz_num *a)
{
    long v = num_int(a), th = v / 1000;
    int t = numeral_case(c, a);
    const char *k = t < 0 ? NULL : nz_get(c, t, "1000");
    char hi[256] = "", lo[256] = "";

    /* "3:0": trzy do zera, the table's "0" */
    if (t >= 0 && v == 0 && a->nd == 1 && !a->nf && nz_get(c, t, "0")) {
        al_buf_puts(c->b, nz_get(c, t, "0"));
        return true;
    }
    if (t < 0 || v < 1 || v > 999999 || (th && !k))
        return false;
    if (v % 1000 && !gen_words(c, t, v % 1000, lo, sizeof(lo)))
        return false;
    if (th == 1)
        snprintf(hi, sizeof(hi), "%.*s", (int)strcspn(k, "|"), k);
    else if (th && gen_words(c, t, th, hi, sizeof(hi) - 40))
        snprintf(hi + strlen(hi), sizeof(hi) - strlen(hi), " %s", strchr(k, '|') ? strchr(k, '|') + 1 : k);
    else if (th)
        return false;
    al_buf_printf(c->b, "%s%s%s", hi, *hi && *lo ? " " : "", lo);
    if (a->nf)
        al_buf_printf(c->b, " %s %s", nz_setting(c, "decimal_gen"), a->f);
    return true;
}

/* "41001", "21.000": a thousands part that ends in one takes its short
 * masculine form before the word for a thousand, Spanish "cuarenta y un
 * mil", where espeak-ng says "cuarenta y uno mil" ([speech.settings]
 * thousands_apocope: the word, "mil"; the form from [speech.masculine]).
 * The rest stays digits. D holds ND digits, no leading zero. */
static bool put_thousands_apocope(nz *c, const char *d, size_t nd)
{
    const char *th_word = nz_setting(c, "thousands_apocope");
    char w[96];
    long v = 0, th;

    if (!th_word || nd < 5 || nd > 6 || d[0] == '0')
        return false;
    for (size_t i = 0; i < nd; i++)
        v = v * 10 + (d[i] - '0');
    th = v / 1000;
    if (th % 10 != 1 || th % 100 == 11 || !nz_gender_str(c, NZ_MASCULINE, th, w, sizeof(w)))
        return false;
    al_buf_printf(c->b, "%s %s", w, th_word);
    if (v % 1000)
        al_buf_printf(c->b, " %ld", v % 1000);
    return true;
}

/* "1500", "3.200": a whole number of four to six digits whose rest
 * below the thousands is a round hundred joins the two with
 * [speech.settings] thousands_and (Portuguese "e": mil e quinhentos,
 * três mil e duzentos), which espeak-ng leaves out of the digits; both
 * parts stay digits. D holds ND digits, no leading zero. */
static bool put_thousands_and(nz *c, const char *d, size_t nd)
{
    const char *and = nz_setting(c, "thousands_and");
    long v = 0;

    if (!and || nd < 4 || nd > 6 || d[0] == '0')
        return false;
    for (size_t i = 0; i < nd; i++)
        v = v * 10 + (d[i] - '0');
    if (!(v % 1000) || v % 100)
        return false;
    al_buf_printf(c->b, "%ld %s %ld", v / 1000 * 1000, and, v % 1000);
    return true;
}

/* "1500 meter", "1200 km": a whole number from 1100 to 1999 that is a
 * round hundred, before a unit (a race's distance, a measure), said as
 * hundreds with [speech.settings] hundreds_count (Dutch "%h honderd":
 * vijftienhonderd meter, as a Dutch reader says it; %h the hundreds). */
static bool put_hundreds_count(nz *c, const nz_num *a)
{
    const char *tpl = nz_setting(c, "hundreds_count"), *args[128] = { 0 };
    char h[8], out[64];
    long v = num_int(a);

    const char *u = a->e + (*a->e == ' ');
    size_t un;

    if (!tpl || a->nf || a->nd != 4 || v < 1100 || v > 1999 || v % 100)
        return false;
    const char *w;
    size_t wn = *a->e == ' ' ? nz_word_after(a->e, &w) : 0;
    if (!((nz_match(c, NZ_UNITS, u, false, &un) || nz_match(c, NZ_UNITS_TIGHT, u, false, &un)) &&
          !nz_is_alnum_at(u + un)) &&
        !(wn && w == u && nz_unit_in_full(c, w, wn)))
        return false;
    snprintf(h, sizeof(h), "%ld", v / 100);
    args['h'] = h;
    nz_tpl(out, sizeof(out), tpl, args);
    al_buf_puts(c->b, out);
    return true;
}

static void put_num(nz *c, const nz_num *a)
{
    if (put_bare_one(c, a) || put_genitive(c, a))
        return;
    if (!a->nf && (put_thousands_apocope(c, a->d, a->nd) || put_thousands_and(c, a->d, a->nd) ||
                   put_hundreds_count(c, a)))
        return;
    al_buf_puts(c->b, a->d);
    /* "42,195": Portuguese says the decimals as a number, "vírgula cento
     * e noventa e cinco", where espeak-ng reads them digit by digit
     * ([speech.settings] decimal_word); "2,05" keeps its zero */
    if (a->nf >= 2 && a->f[0] != '0' && nz_setting(c, "decimal_word")) {
        al_buf_printf(c->b, " %s %s", nz_setting(c, "decimal_word"), a->f);
        return;
    }
    /* "0,001 BTC": decimals of as many digits as [speech.settings]
     * decimal_apart (Italian 3) that open with a zero are written apart,
     * digit by digit, where espeak-ng would read them as thousandths
     * ("0,001" un millesimi, "0,005" cinque millesimi): zero zero uno */
    if (a->nf && a->f[0] == '0' && nz_setting(c, "decimal_apart") &&
        (size_t)atoi(nz_setting(c, "decimal_apart")) == a->nf) {
        al_buf_putc(c->b, c->dec);
        for (size_t i = 0; i < a->nf; i++)
            al_buf_printf(c->b, i ? " %c" : "%c", a->f[i]);
        return;
    }
    if (a->nf) {
        al_buf_putc(c->b, c->dec);
        al_buf_puts(c->b, a->f);
    }
}

/* The noun at W (N bytes) ends in one of [speech.settings] feminine_endings
 * ("Stunde", "Million"). */
static bool feminine_noun(const nz *c, const char *w, size_t n)
{
    /* "Até 2030 todas as centrais": a determiner of not_nouns is no noun
     * the number counts, whatever its ending */
    if (nz_in_words(nz_setting(c, "not_nouns"), w, n))
        return false;
    /* "Megabyte", "Ende": not every noun in -e is feminine (feminine_except);
     * feminine_words are whole words ("heure", "fois") */
    return (nz_ends_with_setting(c, "feminine_endings", w, n) &&
            !nz_ends_with_setting(c, "feminine_except", w, n) &&
            !nz_in_words(nz_setting(c, "feminine_except"), w, n)) ||
           nz_in_words(nz_setting(c, "feminine_words"), w, n);
}

bool nz_feminine_noun(const nz *c, const char *w, size_t n)
{
    return feminine_noun(c, w, n);
}

/* The noun at W (N bytes) ends in one of [speech.settings]
 * masculine_endings, in any case ("Euro", "Heimsieg"). */
static bool masculine_noun(const nz *c, const char *w, size_t n)
{
    const char *l = nz_setting(c, "masculine_endings");

    while (l && *l) {
        size_t ln = strcspn(l, " ");
        if (ln && ln <= n && strncasecmp(w + n - ln, l, ln) == 0)
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* The form of the whole fraction F ([speech.fractions] "1/2": alone|before
 * a feminine noun|before another noun) for the text after it at E: "1/2
 * Stunde" eine halbe, "½ colher" meia. A noun is a capitalised word where
 * nouns_capitalised says so (German), any word after it elsewhere ("1/2
 * taza": media). */
const char *nz_fraction_form(const nz *c, const char *f, const char *e)
{
    const char *nx, *form = f, *bar;
    size_t nn = *e == ' ' ? nz_word_after(e, &nx) : 0;
    uint32_t cp = 0;

    if (nn)
        nz_cp(nx, &cp);
    bool noun = nn && (nz_is_upper(cp) || !nz_setting(c, "nouns_capitalised"));
    /* [speech.settings] neuter_endings: a noun so ending takes the first
     * form, as alone (Dutch diminutives are "het" words: "een half kopje") */
    if (noun && nz_ends_with_setting(c, "neuter_endings", nx, nn))
        noun = false;
    for (int i = !noun ? 0 : feminine_noun(c, nx, nn) ? 1 : 2; i > 0 && (bar = strchr(form, '|')); i--)
        form = bar + 1;
    return form;
}

/* The word W (N bytes) is [speech.words] KEY, in any case. */
static bool word_is(const nz *c, const char *key, const char *w, size_t n)
{
    const char *v = nz_word(c, key);
    return v && strlen(v) == n && strncasecmp(v, w, n) == 0;
}

/* P is right after a range's second number, "1 bis 2 Tage", "1–2 cm": a
 * capitalised noun or a unit of [speech.units] follows, so the range
 * counts it (German nouns are capitalised, nouns_capitalised). */
static bool range_counts_noun(const nz *c, const char *p)
{
    size_t n = nz_space_at(p);   /* a no-break space too, "1–2\u00a0cm" */

    if (!n)
        return false;
    p += n;
    return nz_upper_at(p) || (nz_match(c, NZ_UNITS, p, false, &n) && !nz_is_alnum_at(p + n));
}

/* The noun a range's second number ending at P counts is feminine: a
 * unit right after it, by its singular's first word ("2-3 h" hora,
 * "2–3 min" minuta), or the word after it ("2-3 semanas"), by the
 * settings feminine_endings, feminine_words (feminine_noun); the first
 * number then takes [speech.feminine]'s form as the second does. */
static const al_lang_entry *unit_at(nz *c, const char *p, bool attached, size_t *n);
static bool range_noun_feminine(nz *c, const char *p)
{
    size_t n = nz_space_at(p), un;
    const al_lang_entry *u;
    const char *w;

    if (!n)
        return false;
    p += n;
    if ((u = unit_at(c, p, false, &un)) && !nz_is_alnum_at(p + un))
        return feminine_noun(c, nz_value(u), strcspn(nz_value(u), "| -"));
    n = nz_word_after(p - 1, &w);
    return n && w == p && !nz_upper_at(w) && feminine_noun(c, w, n);
}

/* "1" before the noun NOUN (NN bytes) as the article-like word of
 * [speech.settings] one ("ein|eine|einem|einer": German says "ein
 * Kilometer", "eine Million", never "eins Kilometer"); the second form
 * before a feminine noun (feminine_endings), the third and fourth after a
 * preposition whose [speech.prepositions] value is "dat". Else the number.
 * A label's number stays ("laut Artikel 1 Grundgesetz": a capitalised word
 * before it). */
static void put_one(nz *c, const nz_num *a, const char *noun, size_t nn)
{
    const char *forms = c->one, *w;
    size_t wn;
    uint32_t cp = 0;
    char fem[128];

    /* Polish "1 godzinę": jedną, a feminine noun in the accusative
     * (noun_acc_endings) after 1 ([speech.settings] one_f_acc) */
    if (!forms && nn && a->nd == 1 && a->d[0] == '1' && !a->nf && nz_setting(c, "one_f_acc") &&
        nz_ends_with_setting(c, "noun_acc_endings", noun, nn) && numeral_case(c, a) < 0) {
        al_buf_puts(c->b, nz_setting(c, "one_f_acc"));
        return;
    }
    /* Polish "po 1 oczku", "w 1 domu": 1 after a preposition of the
     * locative ([speech.prepositions] "loc") right before a lower-case
     * noun in "-u", a masculine or neuter locative singular (a feminine
     * one ends otherwise: "po 1 godzinie" stays), not a plural locative
     * (noun_loc_endings), is the locative, "jednym", the form of
     * [speech.cardinals_ins] 1 it shares */
    const char *pw;
    const al_lang_entry *lpe, *one_ins;
    size_t pwn = nz_word_before(c, a->s, &pw);
    if (!forms && nn && a->nd == 1 && a->d[0] == '1' && !a->nf && nz_setting(c, "plural_few") && pwn &&
        pw + pwn + 1 == a->s && (lpe = nz_find(c, NZ_PREPOSITIONS, pw, pwn, true)) &&
        strcmp(nz_value(lpe), "loc") == 0 && !nz_upper_at(noun) && noun == a->e + 1 &&
        noun[nn - 1] == 'u' && !nz_ends_with_setting(c, "noun_loc_endings", noun, nn) &&
        (one_ins = nz_find(c, NZ_CARD_INS, "1", 1, false))) {
        nz_put_form(c, nz_value(one_ins), 0);
        return;
    }
    /* "Alfa Pendular 131 parte", "voo TP 1351 para": a number right after
     * a name (a capital not opening the clause; not where every noun has
     * one) names a thing and counts nothing, so agrees with no word */
    wn = nz_word_before(c, a->s, &w);
    if (wn && w + wn + 1 == a->s && nz_upper_at(w) && !nz_clause_start(c, w) &&
        !nz_setting(c, "nouns_capitalised"))
        nn = 0;
    /* "cukrzyca typu 2 dotyka": a number right after a noun of
     * [speech.settings] label_words (a type, a model) is the label of a
     * kind and counts no noun after it (typu dwa, not "dwie dotyka") */
    if (nn && wn && w + wn + 1 == a->s && nz_in_words(nz_setting(c, "label_words"), w, wn))
        nn = 0;
    /* "un champú 2 en 1 ahorra": a number right after a word of
     * [speech.settings] in_one_words (Spanish "en") that follows another
     * number is the second of a product's set phrase, "two in one", and
     * counts no noun after it (dos en uno, not "una ahorra") */
    if (nn && wn && w + wn + 1 == a->s && nz_in_words(nz_setting(c, "in_one_words"), w, wn)) {
        const char *v = w - 1;
        while (v > c->text && nz_digit(v[-1]))
            v--;
        if (v < w - 1 && w[-1] == ' ' && (v == c->text || !nz_is_alnum_at(v - 1)))
            nn = 0;
    }
    /* "0,52 UA", "1,22 toneladas": where [speech.settings] decimal_word
     * says a decimal's digits as a number (Portuguese), they count the
     * feminine noun after them as a whole number does, and the whole
     * part too: zero vírgula cinquenta e duas unidades, uma vírgula vinte
     * e duas ([speech.feminine]; the same test as put_num's; bounded: six
     * digits either side). Not with plural_few (Polish): there the noun
     * after a decimal takes the fraction's form and the number counts it
     * not, "0,52 jednostki" pięćdziesiąt dwa */
    if (!forms && nn && a->nf >= 2 && a->nf <= 6 && a->f[0] != '0' && a->nd <= 6 &&
        nz_setting(c, "decimal_word") && !nz_setting(c, "plural_few") && numeral_case(c, a) < 0 && feminine_noun(c, noun, nn) &&
        nz_feminine_str(c, atol(a->f), fem, sizeof(fem))) {
        char whole[128];
        if (!nz_feminine_str(c, num_int(a), whole, sizeof(whole)))
            snprintf(whole, sizeof(whole), "%s", a->d);
        al_buf_printf(c->b, "%s %s %s", whole, nz_setting(c, "decimal_word"), fem);
        return;
    }
    /* "21 personas": veintiuna, "200 pessoas": duzentas ([speech.feminine]) */
    if (!forms && nn && !a->nf && a->nd <= 6 && numeral_case(c, a) < 0 && feminine_noun(c, noun, nn) &&
        nz_feminine_str(c, num_int(a), fem, sizeof(fem))) {
        al_buf_puts(c->b, fem);
        return;
    }

    /* "21 minutos": veintiún, "1 año": un, before a masculine noun
     * ([speech.masculine]; [speech.settings] masculine_endings,
     * masculine_words; not a word of not_nouns, "1 por ciento") */
    /* (Italian "1 zaino", "1 studente": uno, the number's own word,
     * before an onset of [speech.settings] masculine_full_onsets) */
    bool full = nz_starts_with_setting(c, "masculine_full_onsets", noun, nn);
    if (!forms && nn && !full && !a->nf && a->nd <= 6 && c->t[NZ_MASCULINE].n && !nz_upper_at(noun) &&
        numeral_case(c, a) < 0 && !nz_in_words(nz_setting(c, "not_nouns"), noun, nn) &&
        !feminine_noun(c, noun, nn) &&
        (nz_ends_with_setting(c, "masculine_endings", noun, nn) ||
         nz_in_words(nz_setting(c, "masculine_words"), noun, nn)) &&
        nz_gender_str(c, NZ_MASCULINE, num_int(a), fem, sizeof(fem))) {
        al_buf_puts(c->b, fem);
        return;
    }

    /* "1 bis 2 Tage", "1 oder 2 Wochen": a 1 before the language's "to"
     * or "or" ([speech.words]) and a second whole number that counts a
     * capitalised noun is the bare first form, as in "ein bis zwei Tage"
     * (espeak-ng says "eins", the digit's name) */
    if (forms && nn && a->nd == 1 && a->d[0] == '1' && !a->nf && !a->grouped &&
        (word_is(c, "to", noun, nn) || word_is(c, "or", noun, nn))) {
        const char *x = noun + nn;
        if (*x == ' ' && nz_digit(x[1])) {
            x++;
            while (nz_digit(*x))
                x++;
            if (range_counts_noun(c, x)) {
                nz_put_form(c, forms, 0);
                return;
            }
        }
    }
    if (forms && nn && a->nd == 1 && a->d[0] == '1' && !a->nf && !a->grouped) {
        size_t k = nz_cp(noun, &cp);
        wn = nz_word_before(c, a->s, &w);
        /* (a weekday of [speech.settings] weekdays labels nothing: "am
         * Freitag 1,08 Dollar") */
        /* (a unit's key right after the number counts it even after a
         * capitalised noun: "pro Tasse 1 TL Tee" ein Teelöffel; "Gleis 1"
         * labels) */
        size_t un, sp = nz_space_at(a->e);
        bool unit_after = sp && (nz_match(c, NZ_UNITS, a->e + sp, false, &un) ||
                                 nz_match(c, NZ_UNITS_TIGHT, a->e + sp, false, &un)) &&
                          !nz_is_alnum_at(a->e + sp + un);
        if (nz_is_upper(cp) && !(nn > k && nz_upper_at(noun + k)) &&
            !(wn && nz_upper_at(w) && !nz_clause_start(c, w) && !unit_after &&
              !nz_in_words(nz_setting(c, "weekdays"), w, wn))) {
            const al_lang_entry *pe = wn ? nz_find(c, NZ_PREPOSITIONS, w, wn, true) : NULL;
            const char *tw = nz_setting(c, "time_word");
            /* "bei rund 1 Milliarde": a count word between them */
            if (!pe && wn && nz_in_list(c, NZ_COUNT_WORDS, w, wn) && (wn = nz_word_before(c, w, &w)))
                pe = nz_find(c, NZ_PREPOSITIONS, w, wn, true);
            /* "mit 2 Kindern und 1 Hund": the preposition of the phrase
             * before "and"/"or" ([speech.words]), up to three words back */
            if (!pe && wn && ((nz_word(c, "and") && strlen(nz_word(c, "and")) == wn &&
                               strncasecmp(w, nz_word(c, "and"), wn) == 0) ||
                              (nz_word(c, "or") && strlen(nz_word(c, "or")) == wn &&
                               strncasecmp(w, nz_word(c, "or"), wn) == 0))) {
                const char *bw = w;
                size_t bn2;
                for (int i = 0; i < 3 && !pe; i++) {
                    const char *q = bw;
                    while (q > c->text && q[-1] == ' ')
                        q--;
                    while (q > c->text && nz_digit(q[-1]))   /* past the number, "2" */
                        q--;
                    if (!(bn2 = nz_word_before(c, q, &bw)))
                        break;
                    pe = nz_find(c, NZ_PREPOSITIONS, bw, bn2, true);
                }
                if (pe && strcmp(nz_value(pe), "dat") != 0)
                    pe = NULL;
            }
            /* "kostet nur 1 Euro": einen, the fifth form, after a verb of
             * [speech.settings] one_acc_verbs before a masculine noun; the
             * verb may stand up to four words back in the clause ("gab es
             * am Freitag 1,08 Dollar"); a price after a preposition of
             * one_acc_money is its goal, in the accusative too ("stieg auf
             * 1,79 €": einen, where "auf dem Tisch" is a dative) */
            bool acc = !pe && wn && nz_in_words(nz_setting(c, "one_acc_verbs"), w, wn);
            const char *bw = w;
            size_t bn = wn;
            for (int i = 0; i < 3 && !pe && !acc && bn && (bn = nz_word_before(c, bw, &bw)); i++)
                acc = nz_in_words(nz_setting(c, "one_acc_verbs"), bw, bn);
            if (pe && c->money && nz_in_words(nz_setting(c, "one_acc_money"), w, wn))
                acc = true, pe = NULL;
            if (acc && masculine_noun(c, noun, nn) && !feminine_noun(c, noun, nn)) {
                const char *f5 = forms;
                for (int i = 0; i < 4 && f5; i++)
                    f5 = strchr(f5, '|') ? strchr(f5, '|') + 1 : NULL;
                if (f5) {
                    nz_put_form(c, forms, 4);
                    return;
                }
            }
            /* "nach 1 Woche": nach einer Woche; but "nach 1 Uhr" */
            bool dat = pe && strcmp(nz_value(pe), "dat") == 0 &&
                       !(tw && strlen(tw) == nn && strncmp(tw, noun, nn) == 0);
            nz_put_form(c, forms, (dat ? 2 : 0) + (feminine_noun(c, noun, nn) ? 1 : 0));
            return;
        }
    }
    put_num(c, a);
}

/* Singular: exactly one; with [speech.settings] singular_below_two, any
 * amount under two ("1,5 kilomètre"). */
static bool singular(const nz *c, const nz_num *a)
{
    /* (plural_below_one: but under one the plural, Portuguese "0,5 pontos
     * percentuais", as "zero graus") */
    if (nz_setting(c, "singular_below_two"))
        return a->nd == 1 && (a->d[0] == '1' || (a->d[0] == '0' && !nz_setting(c, "plural_below_one"))) &&
               !(a->d[0] == '0' && !a->nf);
    return a->nd == 1 && a->d[0] == '1' && !a->nf;
}

/* "a 5,000mAh battery", "a $2 billion deal", "an €80 fee": after an
 * article of [speech.settings] attributive_after, right before the
 * amount or before a sign glued to it, the amount is an attribute, and
 * its unit or currency is said in the singular ("a two billion dollar
 * deal"). */
static bool attributive(const nz *c, const nz_num *a)
{
    const char *s = a->s, *w;
    size_t wn;

    for (int i = 0; i < 4 && s > c->text && s[-1] != ' '; i++)
        s--;   /* past a sign glued to the number: "$", "€" */
    if (s > c->text && s[-1] != ' ')
        return false;
    wn = nz_word_before(c, s, &w);
    return wn && w + wn + 1 == s && nz_in_words(nz_setting(c, "attributive_after"), w, wn);
}

/* The form of a noun after amount A: 0 singular, 1 plural. With
 * [speech.settings] plural_few (Polish, Czech: "1 złoty, 2 złote,
 * 5 złotych, 2,5 złotego") a form list is one|many|few|fraction: "few"
 * after a whole number ending in 2, 3 or 4 but not 12 to 14, "fraction"
 * after a decimal; a list without those forms falls back to "many". */
static int count_form(const nz *c, const nz_num *a, const char *forms)
{
    int want, have = 1;

    /* "do 2 zł": do dwóch złotych, "od 1 zł": od jednego złotego; a
     * genitive takes the "many" form, one the "fraction" one (the
     * genitive singular) */
    if (nz_setting(c, "plural_few") && !a->nf && genitive(c, a)) {
        for (const char *v = forms; v && (v = strchr(v, '|')); v++)
            have++;
        return singular(c, a) && have > 3 ? 3 : 1;
    }
    if (singular(c, a))
        return 0;
    /* "a 5,000mAh battery", "a $5 fee": after an indefinite article the
     * amount is an attribute, its unit singular */
    if (attributive(c, a))
        return 0;
    if (!nz_setting(c, "plural_few")) {
        /* "ab 16 J.": ab sechzehn Jahren; a unit with a third form (the
         * dative plural, German) takes it right after a preposition whose
         * [speech.prepositions] value is "dat" */
        const char *w, *bar = strchr(forms, '|');
        const al_lang_entry *pe;
        size_t wn;
        if (bar && strchr(bar + 1, '|') && (wn = nz_word_before(c, a->s, &w)) && w + wn + 1 == a->s &&
            (pe = nz_find(c, NZ_PREPOSITIONS, w, wn, true)) && strcmp(nz_value(pe), "dat") == 0)
            return 2;
        return 1;
    }
    if (a->nf)
        want = 3;
    else if (a->nd && a->d[a->nd - 1] >= '2' && a->d[a->nd - 1] <= '4' &&
             !(a->nd > 1 && a->d[a->nd - 2] == '1'))
        want = 2;
    else
        return 1;
    for (const char *v = forms; v && (v = strchr(v, '|')); v++)
        have++;
    return have > want ? want : 1;
}

/* ---- phone numbers, versions ---- */

/* "+44 20 7946 0958", "0800 123 4567", "212-555-0123": digit by digit,
 * group by group. */
/* "Notruf 112", "die 110 wählen": a short number after a word of
 * [speech.settings] phone_words, or before one of phone_verbs, is dialled:
 * said digit by digit. */
/* Does P start with one of the space-separated prefixes of L? */
static bool prefix_in(const char *l, const char *p)
{
    while (*l) {
        size_t ln = strcspn(l, " ");
        if (ln && strncmp(l, p, ln) == 0)
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* A postcode, said digit by digit: after an address's comma, in one of
 * the shapes of [speech.settings] postcode ("5", Dutch "4 AA",
 * Portuguese "4-3", Polish "2-3": digits, a dash, a space, capitals),
 * then the place: one to three capitalised words and the clause's end
 * ("…, 10115 Berlin.", "…, 3511 AB Utrecht."); a dashed shape that is
 * no range needs no comma ("00-950 Warszawa"). Not "…, 10000 Menschen
 * kamen": a lower-case word follows. */
static size_t postcode(nz *c, const char *p)
{
    const char *l = nz_setting(c, "postcode");

    if (!l || (p > c->text && p[-1] != ' '))
        return 0;
    bool comma = p - c->text >= 3 && p[-2] == ',';
    /* the house number before the comma: "Hauptstraße 5,", "12a,", "12/A,";
     * a shape with a dash or letters ("1250-096", "3511 AB") is a
     * postcode without it too ("Av. da Liberdade, 1250-096 Lisboa"):
     * only digits alone could be an amount; a shape with capitals needs
     * no comma either ("Het postadres is 3511 AB Utrecht."): no amount
     * or range is written so */
    const char *h = p - 2;
    while (comma && h > c->text && h[-1] != ' ' && !nz_digit(h[-1]))
        h--;
    bool house = comma && h > c->text && nz_digit(h[-1]);
    /* two groups joined by a dash that no range is written as: a group
     * with a leading zero, or a second group not above the first
     * ("Envie para 1250-096 Lisboa.", "Adres: 00-950 Warszawa."): a
     * dashed shape is a postcode then with no comma before it */
    size_t d1 = nz_digits(p), d2 = p[d1] == '-' ? nz_digits(p + d1 + 1) : 0;
    bool no_range = d1 && d2 && (p[0] == '0' || p[d1 + 1] == '0' || atol(p + d1 + 1) <= atol(p));
    while (*l) {
        size_t ln = strcspn(l, "|"), used = 0;
        const char *s = l, *q = p;
        bool ok = house || ((comma || no_range) && strcspn(l, "-A") < ln) || strcspn(l, "A") < ln;
        while (ok && s < l + ln) {
            /* Q moves only over what matched: never past the text's end */
            if (nz_digit(*s)) {
                size_t want = (size_t)atoi(s);
                if ((ok = nz_digits(q) == want))
                    q += want;
                s += nz_digits(s);
            } else if (*s == 'A') {
                if ((ok = *q >= 'A' && *q <= 'Z'))
                    q++;
                s++;
            } else {
                if ((ok = *q == *s))
                    q++;
                s++;
            }
        }
        used = (size_t)(q - p);
        l += ln + (l[ln] == '|');
        size_t un;
        if (!ok || nz_is_alnum_at(q) || *q != ' ' || !nz_upper_at(q + 1) ||
            nz_match(c, NZ_CURRENCY, q + 1, false, &un) || nz_match(c, NZ_UNITS, q + 1, false, &un) ||
            nz_match(c, NZ_UNITS_TIGHT, q + 1, false, &un))
            continue;
        /* the place: capitalised words up to the clause's end */
        const char *r = q, *w;
        size_t wn;
        int words = 0;
        while (words < 3 && *r == ' ' && nz_upper_at(r + 1) && (wn = nz_word_after(r, &w)) && w == r + 1) {
            r = w + wn;
            words++;
            if (*r == '-' && nz_upper_at(r + 1))
                r++, r += nz_word_after(r, &w);
        }
        if (!words || !(nz_at_end(r) || strchr(".,;:)", *r)))
            continue;
        /* [speech.settings] postcode_say: "number", each group of digits
         * as a number after its leading zeros (Spanish "28014" veintiocho
         * mil catorce, Portuguese "1100-053" mil e cem, zero cinquenta e
         * três); "pairs", in pairs (Dutch "3511 AB" vijfendertig elf);
         * else digit by digit */
        const char *say = nz_setting(c, "postcode_say");
        bool number = say && strcmp(say, "number") == 0, pairs = say && strcmp(say, "pairs") == 0;
        for (size_t i = 0; i < used; i++) {
            if (p[i] == '-' || p[i] == ' ')
                continue;
            size_t dn = nz_digits(p + i);
            /* (two numbers: a comma between them) */
            if (c->b->len && c->b->data[c->b->len - 1] != ' ')
                al_buf_puts(c->b, number && dn && i ? ", " : " ");
            if (dn && number) {
                while (dn > 1 && p[i] == '0') {
                    al_buf_puts(c->b, "0 ");
                    i++, dn--;
                }
                if (!put_thousands_apocope(c, p + i, dn))
                    al_buf_put(c->b, p + i, dn);
                i += dn - 1;
            } else if (dn >= 4 && dn % 2 == 0 && pairs) {
                for (size_t j = 0; j < dn; j += 2)
                    al_buf_printf(c->b, "%s%.2s", j ? " " : "", p + i + j);
                i += dn - 1;
            } else {
                al_buf_putc(c->b, p[i]);
            }
        }
        return used;
    }
    return 0;
}

/* A code said digit by digit: 3 to 6 plain digits right after a noun of
 * [speech.settings] code_words ("ZIP", "PLZ", "flight"), or after one
 * and a word of code_words_mid ("ZIP code 90210") or a carrier's code of
 * two or three capitals and digits ("Flight BA 2490"): the number names
 * nothing to count. */
static size_t code_digits(nz *c, const char *p)
{
    const char *l = nz_setting(c, "code_words"), *w, *q;
    size_t n = nz_digits(p), wn;

    if (!l || n < 3 || n > 6 || nz_is_alnum_at(p + n) || ((p[n] == '.' || p[n] == ',') && nz_digit(p[n + 1])) ||
        p == c->text || p[-1] != ' ')
        return 0;
    /* a round hundred or thousand ("LH 400", "AF 1000") is said as the
     * number, as a crew and a newsreader say it */
    if (n <= 4 && p[0] != '0' && strspn(p + 1, "0") == n - 1)
        return 0;
    /* the word before: letters, or a carrier's code ("BA", "U2") */
    for (q = p - 1; q > c->text && nz_is_alnum_at(q - 1) && (unsigned char)q[-1] < 0x80; q--)
        ;
    wn = (size_t)(p - 1 - q);
    w = q;
    if (!wn || (q > c->text && (unsigned char)q[-1] >= 0x80))
        return 0;
    if (!nz_in_words(l, w, wn)) {
        bool carrier = wn >= 2 && wn <= 3;
        for (size_t i = 0; i < wn && carrier; i++)
            carrier = (w[i] >= 'A' && w[i] <= 'Z') || nz_digit(w[i]);
        if (!carrier && !nz_in_words(nz_setting(c, "code_words_mid"), w, wn))
            return 0;
        if (w == c->text || w[-1] != ' ' || !(wn = nz_word_before(c, w, &w)) || !nz_in_words(l, w, wn))
            return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (i)
            al_buf_putc(c->b, ' ');
        al_buf_putc(c->b, p[i]);
    }
    return n;
}

/* "ISBN 978-0-14-044913-6": a book's number after "ISBN" (with a colon or
 * not), 10 or 13 digits in groups joined by hyphens, the last may be X;
 * said digit by digit with a pause between the groups, as a listener
 * copies it down, never as amounts ("nine hundred seventy-eight"). */
static size_t isbn(nz *c, const char *p)
{
    const char *q = p;
    size_t digits = 0;

    while (q > c->text && (q[-1] == ' ' || q[-1] == ':'))
        q--;
    /* "The book's ISBN is 978-...": a short lower-case verb between */
    const char *v = q;
    while (v > c->text && v[-1] >= 'a' && v[-1] <= 'z' && q - v < 4)
        v--;
    if (v < q && v - c->text > 5 && v[-1] == ' ' && strncmp(v - 5, "ISBN", 4) == 0)
        q = v - 1;
    /* the letters may come spelt already ([speech.pronounce] "I S B N") */
    size_t kn = q - c->text >= 7 && strncmp(q - 7, "I S B N", 7) == 0 ? 7 : 4;
    if (q == p || q - c->text < 4 || strncmp(q - kn, "ISBN", kn == 7 ? 0 : 4) != 0 ||
        (q - kn > c->text && nz_is_alnum_at(q - kn - 1)))
        return 0;
    for (q = p; nz_digit(*q) || ((*q == 'X' || *q == 'x') && digits == 9) ||
                (*q == '-' && q > p && nz_digit(q[-1]) && (nz_digit(q[1]) || q[1] == 'X'));
         q++)
        digits += *q != '-';
    if ((digits != 10 && digits != 13) || nz_is_alnum_at(q))
        return 0;
    for (const char *r = p; r < q; r++) {
        if (*r == '-')
            al_buf_puts(c->b, ",");
        else
            al_buf_printf(c->b, "%s%c", r > p ? " " : "", *r == 'x' ? 'X' : *r);
    }
    return (size_t)(q - p);
}

static bool all_caps(const char *w, size_t n);

static size_t short_phone(nz *c, const char *p)
{
    const char *w, *w0, *sv;
    size_t n = nz_digits(p), wn, w0n;
    bool hit;

    if (n < 3 || n > 5 || nz_is_alnum_at(p + n) || (p[n] && !strchr(" .,;:)!?", p[n])))
        return 0;
    wn = w0n = nz_word_before(c, p, &w);
    w0 = w;
    hit = false;
    /* "Notruf 112"; "het alarmnummer is 112.": a short word between them,
     * and nothing after the number */
    for (int k = 0; k < 2 && wn && !hit && nz_setting(c, "phone_words"); k++) {
        const char *l = nz_setting(c, "phone_words");
        if (k && (wn > 3 || !strchr(".,;:!?)", p[n]) || !(wn = nz_word_before(c, w, &w))))
            break;
        while (*l && !hit) {
            size_t ln = strcspn(l, " ");
            /* "Notruf", "Polizeinotruf" */
            hit = ln && ln <= wn && strncasecmp(w + wn - ln, l, ln) == 0;
            l += ln;
            while (*l == ' ')
                l++;
        }
    }
    if (!hit && p[n] == ' ' && (wn = nz_word_after(p + n, &w))) {
        const char *l = nz_setting(c, "phone_verbs");
        while (l && *l && !hit) {
            size_t ln = strcspn(l, " ");
            hit = ln == wn && strncmp(l, w, wn) == 0;
            l += ln;
            while (*l == ' ')
                l++;
        }
    }
    /* "Wählen Sie die 112.", "unter 116 117 erreichbar", "die 110 oder
     * 112": a number of the service range ([speech.settings]
     * phone_service: "11") after a word of phone_before, with no noun after
     * it (nor a unit: "unter 110 cm") */
    /* "Bel bij nood altijd 112.": the verb of phone_before up to three
     * words before, in the same clause, when the number ends it */
    bool far = false;
    if (!hit && w0n && !nz_in_words(nz_setting(c, "phone_before"), w0, w0n) &&
        (nz_at_end(p + n) || strchr(".,;:!?", p[n]))) {
        const char *cw = w0, *pw;
        size_t pn;
        for (int k = 0; k < 3 && !far; k++) {
            if (cw - 2 < c->text || cw[-1] != ' ' || !(pn = nz_word_before(c, cw, &pw)) || pw + pn != cw - 1)
                break;
            far = nz_in_words(nz_setting(c, "phone_before"), pw, pn);
            cw = pw;
        }
    }
    /* "Call NHS 111 or ...": a service's name in capitals (two to five
     * letters) between the word of phone_before and the number */
    const char *sw;
    size_t swn;
    bool named = w0n >= 2 && w0n <= 5 && w0 + w0n + 1 == p && all_caps(w0, w0n) && (swn = nz_word_before(c, w0, &sw)) &&
                 sw + swn + 1 == w0 && nz_in_words(nz_setting(c, "phone_before"), sw, swn);
    if (!hit && (sv = nz_setting(c, "phone_service")) && prefix_in(sv, p) &&
        (far || named || nz_in_words(nz_setting(c, "phone_before"), w0, w0n))) {
        const char *r = p + n, *a;
        size_t an;
        if (r[0] == ' ' && nz_digits(r + 1) == 3 && !nz_is_alnum_at(r + 4))
            r += 4;
        an = r[0] == ' ' ? nz_word_after(r, &a) : 0;
        hit = an ? !nz_upper_at(a) && !nz_find(c, NZ_UNITS, a, an, false) &&
                       !(nz_find(c, NZ_UNITS_TIGHT, a, an, false) &&
                         (nz_at_end(a + an) || strchr(".,;:!?)", a[an])))
                 : nz_at_end(r) || strchr(".,;:!?", r[0]);
    }
    if (!hit)
        return 0;
    for (size_t i = 0; i < n; i++)
        al_buf_printf(c->b, "%c%s", p[i], i + 1 < n ? " " : "");
    /* "116 117": the groups that follow */
    while (p[n] == ' ' && nz_digits(p + n + 1) == 3 && !nz_is_alnum_at(p + n + 4)) {
        al_buf_printf(c->b, ", %c %c %c", p[n + 1], p[n + 2], p[n + 3]);
        n += 4;
    }
    return n;
}

/* The N groups of LENS are the country's own shape of a number with no
 * trunk zero ([speech.settings] phone_national: the groups' lengths,
 * "3 3 3", and phone_national_first: the digits it may start with,
 * Portuguese "2 9": "213 456 789"). */
static bool national_shape(const nz *c, const char *p, const size_t *lens, size_t n)
{
    const char *l = nz_setting(c, "phone_national"), *f = nz_setting(c, "phone_national_first");
    const char *last = p;
    size_t g = 0;

    if (!l || !f || !nz_in_words(f, p, 1))
        return false;
    /* "150 000 000": a round amount in groups of three is no number to dial */
    for (size_t i = 0; i + 1 < n; i++)
        last += lens[i] + 1;
    if (n && strspn(last, "0") >= lens[n - 1])
        return false;
    /* "912 345 678 euros": an amount */
    {
        const char *e = last + (n ? lens[n - 1] : 0);
        size_t k;
        if (*e == ' ' && (nz_match(c, NZ_CURRENCY, e + 1, false, &k) || nz_match(c, NZ_UNITS, e + 1, false, &k) ||
                          nz_match(c, NZ_MAGNITUDE, e + 1, false, &k)))
            return false;
    }
    /* several shapes, '|' between them: Polish "3 3 3|2 3 2 2" */
    for (; *l; l++) {
        if (*l == '|') {
            if (g == n)
                return true;
            g = 0;
            continue;
        }
        if (*l == ' ')
            continue;
        if (g >= n || lens[g] != (size_t)(*l - '0')) {
            l += strcspn(l, "|") - 1;
            g = n + 1;
            continue;
        }
        g++;
    }
    return g == n;
}

static size_t phone(nz *c, const char *p, bool plus)
{
    const char *q = p + plus, *groups[8];
    size_t lens[8], ng = 0, total = 0, n, alen = 0;
    char sep = 0;
    const char *pw = nz_word(c, "plus");

    if (!nz_setting(c, "phone"))
        return 0;
    /* "(030) …"; "(212) 555-0199": a North American area code; "(11)
     * 3456-7890": a Brazilian one */
    bool paren = !plus && p > c->text && p[-1] == '(' &&
                 (p[0] == '0' || (nz_digits(p) == 3 && p[3] == ')') || (nz_digits(p) == 2 && p[2] == ')'));

    while (ng < 8 && (n = nz_digits(q)) >= 1 && n <= 8) {
        groups[ng] = q, lens[ng++] = n, total += n;
        q += n;
        /* "(030) 123 45 67", "(0 89) 12 34 56", "030/1234567", "089 / 1234
         * 5678": an area code's own mark */
        bool area = ng == 1 || (paren && ng == 2 && lens[0] == 1 && p[1] == ' ');
        if (area && (p[0] == '0' || paren) && !plus && ((paren && q[0] == ')' && q[1] == ' ' && nz_digit(q[2])) ||
                                             (*q == '/' && nz_digit(q[1])))) {
            q += *q == '/' ? 1 : 2;
            alen = total;
            continue;
        }
        if (ng == 1 && p[0] == '0' && !plus && strncmp(q, " / ", 3) == 0 && nz_digit(q[3])) {
            q += 3;
            continue;
        }
        /* "020-123 4567", "030-123 45 67": a dash after the area code,
         * spaces in the rest; the area code's own mark */
        if (ng == 1 && p[0] == '0' && !plus && *q == '-' && nz_digits(q + 1) >= 2 &&
            q[1 + nz_digits(q + 1)] == ' ' && nz_digit(q[2 + nz_digits(q + 1)])) {
            q++;
            alen = total;
            continue;
        }
        /* "+49 (0)30 1234567": the trunk zero in brackets is not dialled */
        if (ng == 1 && plus && strncmp(q, " (0)", 4) == 0 && (nz_digit(q[4]) || (q[4] == ' ' && nz_digit(q[5])))) {
            q += q[4] == ' ' ? 5 : 4;
            continue;
        }
        /* "06.12.34.56.78": pairs with periods */
        /* "555.123.4567": three, three and four digits with periods */
        if ((*q == ' ' || *q == '-' || (*q == '.' && n == 2 && p[0] == '0') ||
             (*q == '.' && n == 3 && ng <= 2 && lens[0] == 3)) && nz_digit(q[1]) &&
            (!sep || *q == sep)) {
            sep = *q;
            q++;
            continue;
        }
        break;
    }
    bool nanp = ng == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4;
    if (sep == '.' && (ng < 4 || *q == '.') && !(nanp && !(*q == '.' && nz_digit(q[1]))))
        return 0;
    if (ng && nz_is_alnum_at(groups[ng - 1] + lens[ng - 1]))
        return 0;
    if (!(plus ? ng >= 2 && total >= 8
               : (p[0] == '0' && ng >= 2 && total >= 9 && (lens[0] >= 2 || alen >= 2 || total >= 10)) ||
                     ((sep == '-' || sep == '.' || alen == 3) && nanp) ||
                     (paren && alen == 2 && total >= 10) ||
                     (sep == ' ' && national_shape(c, p, lens, ng)) ||
                     (sep == '-' && ng == 2 && lens[0] == 3 && lens[1] == 4 && (p == c->text || p[-1] != '-')) ||
                     /* "0800-1234": a range never starts with a leading
                      * zero; "0800 1234": nor does an amount, whose
                      * groups of three have no zero before them */
                     ((sep == '-' || sep == ' ') && ng == 2 && p[0] == '0' && lens[0] >= 3 && lens[1] >= 3)))
        return 0;
    if (plus)
        al_buf_printf(c->b, "%s ", pw ? pw : "+");
    for (size_t g = 0; g < ng; g++) {
        /* "(11) 3456-7890": a Brazilian area code in brackets is a number,
         * "onze" */
        if (g == 0 && paren && alen == 2) {
            al_buf_put(c->b, groups[g], lens[g]);
            al_buf_puts(c->b, ", ");
            continue;
        }
        /* French "01 23 45 67 89": pairs read as numbers, "zéro un" */
        /* and "0 800 123 456": groups of three as numbers, "huit cents" */
        /* "0800 123 456": a leading zero, then the rest as a number,
         * "zéro huit cents" */
        if (lens[g] >= 3 && lens[g] <= 4 && groups[g][0] == '0' && groups[g][1] != '0' &&
            nz_setting(c, "phone_pairs")) {
            /* (a comma: "0 800" is read as a number in groups) */
            al_buf_printf(c->b, "0%s%.*s", lens[g] == 4 ? ", " : " ", (int)lens[g] - 1, groups[g] + 1);
            if (g + 1 < ng)
                al_buf_puts(c->b, ", ");
            continue;
        }
        if ((lens[g] == 2 || (lens[g] == 3 && groups[g][0] != '0')) && nz_setting(c, "phone_pairs")) {
            if (groups[g][0] == '0')
                al_buf_printf(c->b, "0 %c", groups[g][1]);
            else
                al_buf_put(c->b, groups[g], lens[g]);
            if (g + 1 < ng)
                al_buf_puts(c->b, ", ");
            continue;
        }
        /* "1-800-555-0199": a North American toll-free or premium area
         * code, a digit and two zeros, is said as the hundred, "eight
         * hundred" ([speech.settings] phone_hundreds) */
        if (g == 0 && nanp && groups[0][0] != '0' && groups[0][1] == '0' && groups[0][2] == '0' &&
            nz_setting(c, "phone_hundreds")) {
            al_buf_put(c->b, groups[0], 3);
            al_buf_puts(c->b, ", ");
            continue;
        }
        /* "0800 123 4567", "0300 ...": a British freephone or service
         * code, the trunk zero, a digit and two zeros, is said as that
         * zero's word and the hundred, "oh eight hundred"
         * ([speech.settings] phone_trunk_hundreds, English "oh") */
        if (g == 0 && lens[0] == 4 && groups[0][0] == '0' && groups[0][1] != '0' && groups[0][2] == '0' &&
            groups[0][3] == '0' && ng > 1 && nz_setting(c, "phone_trunk_hundreds")) {
            al_buf_printf(c->b, "%s %.3s, ", nz_setting(c, "phone_trunk_hundreds"), groups[0] + 1);
            continue;
        }
        for (size_t i = 0; i < lens[g]; i++) {
            al_buf_putc(c->b, groups[g][i]);
            if (i + 1 < lens[g])
                al_buf_putc(c->b, ' ');
        }
        if (g + 1 < ng)
            al_buf_puts(c->b, ", ");
    }
    return (size_t)(groups[ng - 1] + lens[ng - 1] - p);
}

size_t nz_version(nz *c, const char *p, int mode)
{
    const char *q = p, *point = nz_word(c, "point"), *vw = nz_word(c, "version");
    size_t parts = 0;

    if (!point)
        return 0;
    while (nz_digits(q) && nz_digits(q) <= 4) {
        parts++;
        q += nz_digits(q);
        if (*q == '.' && nz_digit(q[1]))
            q++;
        else
            break;
    }
    /* three parts, not four ("203.0.113.9" is an address) */
    if (parts < (mode == 1 || mode == 3 ? 1 : mode == 2 ? 2 : 3) || (mode == 0 && parts > 3) ||
        nz_is_alnum_at(q) || nz_digit(*q))
        return 0;
    if (mode == 1 && vw)
        al_buf_printf(c->b, "%s ", vw);
    for (const char *s = p; s < q; s++) {
        if (*s == '.')
            al_buf_printf(c->b, " %s ", point);
        else
            al_buf_putc(c->b, *s);
    }
    return (size_t)(q - p);
}

/* ---- ordinal marks after a number ("1er", "3.", "1.º") ---- */

static size_t ordinal(nz *c, const nz_num *a)
{
    const char *q = a->e, *r = q;
    uint32_t cp;
    size_t k;

    if (a->nf || a->nd > 4 || !c->t[NZ_ORD_MARKS].n)
        return 0;
    /* "5°C": degrees Celsius, not the ordinal mark '°' */
    if (strncmp(q, "\xC2\xB0", 2) == 0 && (q[2] == 'C' || q[2] == 'F') && !nz_is_alnum_at(q + 3))
        return 0;
    /* "art. 483.º": an article's number after a word of [speech.settings]
     * law_words, above law_ordinal_max (Portuguese 9: "artigo quinto",
     * "artigo treze"), is said as the cardinal the law is read with */
    const char *lmax = nz_setting(c, "law_ordinal_max"), *w;
    size_t wn;
    if (lmax && atoi(a->d) > atoi(lmax) && (wn = nz_word_before(c, a->s, &w)) &&
        nz_in_words(nz_setting(c, "law_words"), w, wn))
        for (k = 4; k >= 1; k--)
            if (strlen(q) >= k && nz_find(c, NZ_ORD_MARKS, q, k, false) && !nz_is_alnum_at(q + k)) {
                al_buf_puts(c->b, a->d);
                return (size_t)(q + k - a->s);
            }
    while ((k = nz_cp(r, &cp)) && nz_is_letter(cp))
        r += k;
    k = nz_ordinal_mark(c, atoi(a->d), q, (size_t)(r - q), a->s);
    return k ? (size_t)(q + k - a->s) : 0;
}

/* ---- decades ---- */

/* "in den 90ern": the decade word W ("neunziger") takes the rest of the
 * suffix SFX (SN bytes) that goes beyond the ending they share ("er" +
 * "n"); "80s", "'80s" add nothing. */
static void decade_tail(nz *c, const char *w, const char *sfx, size_t sn)
{
    size_t wn = strlen(w);

    for (size_t k = sn - 1; k >= 1 && k <= wn; k--)
        if (strncmp(w + wn - k, sfx, k) == 0) {
            al_buf_put(c->b, sfx + k, sn - k);
            return;
        }
}

/* "1980s" -> "19 eighties", "80s" -> "eighties", "1980er" -> "19 hundert
 * achtziger": a suffix of [speech.settings] decade_suffix, the word of
 * [speech.decades] for the full number or its tens digit, the decade
 * template for four digits (up to decade_max). */
static size_t decade_at(nz *c, const char *p, size_t nd)
{
    const char *q = p + nd, *w, *list = nz_setting(c, "decade_suffix"), *tpl, *max;
    const char *args[128] = { 0 };
    char key[8], hi[8];
    size_t sn = 0;

    if (!c->t[NZ_DECADES].n || !list || (nd != 2 && nd != 4) || p[nd - 1] != '0')
        return 0;
    for (const char *l = list; *l;) {
        size_t ln = strcspn(l, "|");
        if (ln && strncmp(q, l, ln) == 0 && !nz_is_alnum_at(q + ln) && ln > sn)
            sn = ln;
        l += ln + (l[ln] == '|');
    }
    if (!sn)
        return 0;
    snprintf(key, sizeof(key), "%.*s", (int)nd, p);
    if (nd == 4 && (w = nz_get(c, NZ_DECADES, key))) {
        al_buf_puts(c->b, w);
        decade_tail(c, w, q, sn);
        return nd + sn;
    }
    snprintf(key, sizeof(key), "%c", p[nd - 2]);
    if (!(w = nz_get(c, NZ_DECADES, key)))
        return 0;
    if (nd == 4) {
        max = nz_setting(c, "decade_max");
        if (!(tpl = nz_setting(c, "decade")) || (max && atoi(p) > atoi(max)))
            return 0;
        snprintf(hi, sizeof(hi), "%.2s", p);
        args['h'] = hi, args['w'] = w;
        nz_put_tpl(c, tpl, args);
    } else {
        al_buf_puts(c->b, w);
    }
    decade_tail(c, w, q, sn);
    return nd + sn;
}

/* ---- money, magnitudes, units ---- */

/* Write amount A with magnitude MAG (or NULL) and currency CUR (or NULL). */
static void put_amount_words(nz *c, const nz_num *a, const char *mag, const char *cur);

static void put_amount(nz *c, const nz_num *a, const char *mag, const char *cur)
{
    c->money = cur != NULL;
    put_amount_words(c, a, mag, cur);
    c->money = false;
}

static void put_amount_words(nz *c, const nz_num *a, const char *mag, const char *cur)
{
    const char *tpl = nz_setting(c, "currency_cents");
    const al_lang_entry *none;

    /* "0,25 BTC": a currency whose [speech.currency_sub] value is "-"
     * has no hundredths (a crypto currency counts to eight decimals), so
     * an amount with decimals is a decimal number before the currency's
     * form for it, "zero point two five bitcoin", never units and cents
     * ("zero bitcoin 25") */
    if (cur && !mag && a->nf && (none = nz_find(c, NZ_CURRENCY_SUB, cur, strcspn(cur, "|"), false)) &&
        strcmp(nz_value(none), "-") == 0) {
        put_num(c, a);
        al_buf_putc(c->b, ' ');
        nz_put_form(c, cur, count_form(c, a, cur));
        return;
    }
    /* "0,25 €": below one the amount is said as a decimal before the
     * currency, "zéro virgule vingt-cinq euro", not "zéro euros 25"
     * ([speech.settings] currency_decimal_below_one; "plural": the
     * currency's plural whatever singular_below_two says); not where
     * [speech.currency_sub] names the currency's hundredths (Portuguese
     * "0,90 €" noventa cêntimos, below) */
    const char *below = nz_setting(c, "currency_decimal_below_one");
    if (cur && !mag && a->nf == 2 && tpl && below && strcmp(a->d, "0") == 0 && strcmp(a->f, "00") != 0 &&
        !nz_find(c, NZ_CURRENCY_SUB, cur, strcspn(cur, "|"), false)) {
        put_num(c, a);
        al_buf_putc(c->b, ' ');
        nz_put_form(c, cur, strcmp(below, "plural") == 0 ? 1 : count_form(c, a, cur));
        return;
    }
    /* "1 € = 1,08 $": an amount after '=' beside another amount is an
     * exchange rate, a decimal with its currency's plural, "uno coma cero
     * ocho dólares", not a price in units and cents ("un dólar con 8")
     * ([speech.settings] rate_decimal) */
    if (cur && !mag && a->nf >= 2 && c->rate && nz_setting(c, "rate_decimal")) {
        put_num(c, a);
        al_buf_putc(c->b, ' ');
        nz_put_form(c, cur, 1);
        return;
    }
    /* "€0.50": an amount under one unit is said in the currency's
     * hundredths, "fifty cents", "fünfzig Cent", "pięćdziesiąt groszy"
     * ([speech.currency_sub], keyed by the currency's singular) */
    if (cur && !mag && a->nf == 2 && strcmp(a->d, "0") == 0 && strcmp(a->f, "00") != 0) {
        const al_lang_entry *se = nz_find(c, NZ_CURRENCY_SUB, cur, strcspn(cur, "|"), false);
        if (se) {
            nz_num sub = *a;
            snprintf(sub.d, sizeof(sub.d), "%d", atoi(a->f));
            sub.nd = strlen(sub.d), sub.nf = 0, sub.f[0] = '\0', sub.grouped = false;
            put_one(c, &sub, nz_value(se), strcspn(nz_value(se), "|"));
            al_buf_putc(c->b, ' ');
            nz_put_form(c, nz_value(se), count_form(c, &sub, nz_value(se)));
            return;
        }
    }
    if (cur && !mag && a->nf == 2 && tpl) {
        const char *args[128] = { 0 };
        char cents[4], curw[64];
        nz_num whole = *a;
        whole.nf = 0, whole.f[0] = '\0';
        snprintf(cents, sizeof(cents), "%d", atoi(a->f));
        {
            const char *v = cur, *bar;
            for (int i = count_form(c, &whole, cur); i > 0 && (bar = strchr(v, '|')); i--)
                v = bar + 1;
            snprintf(curw, sizeof(curw), "%.*s", (int)strcspn(v, "|"), v);
        }
        put_one(c, &whole, curw, strlen(curw));
        if (strcmp(a->f, "00") == 0) {
            al_buf_printf(c->b, " %s", curw);
            return;
        }
        args['c'] = curw, args['s'] = cents, args['u'] = cents;
        /* "%u": the cents as a count of the currency's hundredths of
         * [speech.currency_sub], the number agreeing with it ("do 12,34
         * zł" trzydziestu czterech groszy, "R$ 5,43" quarenta e três
         * centavos); without an entry the cents alone, as "%s" */
        al_buf sb = AL_BUF_INIT;
        const al_lang_entry *se;
        if (strstr(tpl, "%u") && (se = nz_find(c, NZ_CURRENCY_SUB, cur, strcspn(cur, "|"), false))) {
            al_buf *out = c->b;
            nz_num sub = *a;
            snprintf(sub.d, sizeof(sub.d), "%d", atoi(a->f));
            sub.nd = strlen(sub.d), sub.nf = 0, sub.f[0] = '\0', sub.grouped = false;
            c->b = &sb;
            put_one(c, &sub, nz_value(se), strcspn(nz_value(se), "|"));
            al_buf_putc(c->b, ' ');
            nz_put_form(c, nz_value(se), count_form(c, &sub, nz_value(se)));
            c->b = out;
            if (sb.data && !sb.failed)
                args['u'] = sb.data;
        }
        al_buf_putc(c->b, ' ');
        nz_put_tpl(c, tpl, args);
        al_buf_free(&sb);
        return;
    }
    /* "1 millón": un millón ([speech.settings] magnitude_one) */
    if (mag && !c->one && nz_setting(c, "magnitude_one") && strcmp(a->d, "1") == 0 && !a->nf &&
        !a->grouped)
        al_buf_puts(c->b, nz_setting(c, "magnitude_one"));
    else
        put_one(c, a, mag ? mag : cur, mag || cur ? strcspn(mag ? mag : cur, "|") : 0);
    if (mag) {
        const char *conn = mag, *bar;
        int k = 2;
        bool written = false;
        al_buf_putc(c->b, ' ');
        /* "1,2 milhões" (as the writer has it, not milhão): a magnitude
         * written in full as one of its own two forms is said as written */
        for (const char *f = mag; c->mag_w && f && !written; f = strchr(f, '|') ? strchr(f, '|') + 1 : NULL)
            written = strcspn(f, "|") == c->mag_wn && strncmp(f, c->mag_w, c->mag_wn) == 0;
        if (written)
            al_buf_put(c->b, c->mag_w, c->mag_wn);
        /* "1,5 M€": an abbreviated magnitude after a decimal in the plural
         * ([speech.settings] magnitude_plural_decimal, European Portuguese
         * "um vírgula cinco milhões") */
        else if (a->nf && nz_setting(c, "magnitude_plural_decimal"))
            nz_put_form(c, mag, 1);
        else
            nz_put_form(c, mag, count_form(c, a, mag));
        c->mag_w = NULL;
        while (k-- > 0 && (bar = strchr(conn, '|')))
            conn = bar + 1;
        /* (with plural_few the third form is "few", not a connector) */
        if (cur && k < 0 && *conn && !nz_setting(c, "plural_few")) {
            size_t cn = strcspn(conn, "|");
            const char *cw = strchr(cur, '|') ? strchr(cur, '|') + 1 : cur;
            /* "de" + "euros": "d'euros" */
            if (nz_setting(c, "elision") && conn[cn - 1] == 'e' && *cw && strchr("aeiouAEIOU", *cw))
                al_buf_printf(c->b, " %.*s'", (int)cn - 1, conn);
            else
                al_buf_printf(c->b, " %.*s ", (int)cn, conn);
            nz_put_form(c, cur, 1);
            return;
        }
    }
    if (cur) {
        al_buf_putc(c->b, ' ');
        nz_put_form(c, cur, mag && !attributive(c, a) ? 1 : count_form(c, a, cur));
    }
}

/* The key of table T at P, then a word boundary; tight units also need no
 * word after them. */
/* A unit of either table as a whole word at P ("min" of "2 h 30 min"). */
static bool unit_word_at(const nz *c, const char *p)
{
    size_t n;

    return (nz_match(c, NZ_UNITS, p, false, &n) || nz_match(c, NZ_UNITS_TIGHT, p, false, &n)) &&
           !nz_is_alnum_at(p + n);
}

/* An ASCII '"' at P glued to a number is an inch mark where
 * [speech.units] has the double prime, before a lower-case word (or a
 * hyphen and one, or a comma, a space and one) and with no quote open
 * before it in the text (an even count of '"'): "a 12" pizza", "de 29",
 * como nueva"; "said "it was 12" and" closes a quote. */
static const al_lang_entry *inch_quote(nz *c, const char *p)
{
    const char *w;

    if (*p != '"' || p == c->text || !nz_digit(p[-1]))
        return NULL;                    /* P[1] only past a quote: P may be the text's end */
    w = p + 1 + (p[1] == ' ' || p[1] == '-');
    if (p[1] == ',' && p[2] == ' ')
        w = p + 3;                      /* "de 29\", como nueva": a comma after it */
    /* "29\"-Laufrädern": a hyphen and a capital, a compound's noun; "roues
     * 29\".": the sentence's end right after it (a closing quote is told
     * by the count of quotes below) */
    bool cap = p[1] == '-' && *w >= 'A' && *w <= 'Z';
    bool end = p[1] == '.' && (!p[2] || p[2] == ' ' || p[2] == '\n');
    if (end) {                          /* (a number of its own: not "6'2\".") */
        const char *d = p;
        while (d > c->text && nz_digit(d[-1]) && p - d < 4)
            d--;
        end = d > c->text && (d[-1] == ' ' || (unsigned char)d[-1] == 0xA0);
    }
    if (!cap && !end && (w == p + 1 || *w < 'a' || *w > 'z'))
        return NULL;
    /* counted on from the last count (the text is read forward: linear
     * however many such marks a page holds) */
    if (!c->quote_at || c->quote_at > p)
        c->quote_at = c->text, c->quotes = 0;
    for (; c->quote_at < p; c->quote_at++)
        c->quotes += *c->quote_at == '"';
    return c->quotes % 2 ? NULL : nz_find(c, NZ_UNITS, "\xE2\x80\xB3", 3, false);
}

/* ---- a ratio read by the noun beside it (sp34b) ---- */

/* "im Verhältnis 1:16", "a 1:16 ratio", "w proporcji 1:16": two whole
 * numbers joined by a colon right after a word of [speech.settings]
 * ratio_words (or one word after it: "ratio of 1:16") or right before one
 * are a ratio, not a clock time: said with [speech.words] ratio_mix, else
 * ratio (eins zu sechzehn, un pour seize; Polish "do" puts the second in
 * the genitive, jeden do szesnastu). Evidence: the ratio's noun beside
 * it; "um 1:16" and "at 1:16 a.m." stay times; a word of ratio_words
 * ending in '*' matches a word's start (nz_words_fit, normalise_domain.c).
 * The bytes used, or 0. */
static size_t mix_ratio(nz *c, const char *p)
{
    const char *l = nz_setting(c, "ratio_words"), *b, *w, *w2, *to;
    size_t an = nz_digits(p), bn, wn, w2n;
    bool ev;

    if (!l || !an || an > 3 || p[an] != ':' || (p > c->text && (nz_digit(p[-1]) || p[-1] == ':' || p[-1] == '.')))
        return 0;
    b = p + an + 1;
    bn = nz_digits(b);
    if (!bn || bn > 4 || nz_is_alnum_at(b + bn) || b[bn] == ':' || ((b[bn] == '.' || b[bn] == ',') && nz_digit(b[bn + 1])))
        return 0;
    wn = nz_word_before(c, p, &w);
    ev = wn && w + wn + 1 == p && nz_words_fit(l, w, wn);
    if (!ev && wn && w + wn + 1 == p && (w2n = nz_word_before(c, w, &w2)) && w2 + w2n + 1 == w)
        ev = nz_words_fit(l, w2, w2n);
    if (!ev && (wn = nz_word_after(b + bn, &w)) && w == b + bn + 1)
        ev = nz_words_fit(l, w, wn);
    if (!ev || (!(to = nz_word(c, "ratio_mix")) && !(to = nz_word(c, "ratio"))))
        return 0;
    /* the first number by its [speech.cardinals] word where the language
     * lists one (Portuguese "um", which espeak-ng says with another nasal
     * from the digit) */
    char key[8];
    const char *cw;
    snprintf(key, sizeof(key), "%.*s", (int)an, p);
    nz_space(c);
    if ((cw = nz_get(c, NZ_CARDINALS, key)))
        al_buf_puts(c->b, cw);
    else
        al_buf_put(c->b, p, an);
    al_buf_printf(c->b, " %s ", to);
    c->gen_next = nz_in_words(nz_setting(c, "cardinal_gen_words"), to, strlen(to));
    return an + 1;
}

static const al_lang_entry *unit_at(nz *c, const char *p, bool attached, size_t *n)
{
    const al_lang_entry *ih = attached ? inch_quote(c, p) : NULL;

    if (ih) {
        *n = 1;
        return ih;
    }
    /* "88 sts" in a knitting pattern's sentence, "65 nm" in a sea's: the
     * domain's unit first (normalise_domain.c) */
    const al_lang_entry *e = nz_domain_unit(c, p, n);
    if (e)
        return e;
    e = nz_match(c, NZ_UNITS, p, false, n);
    const char *w;
    size_t an;
    uint32_t ac;

    /* "nel 2025 l'utile", "en 2024 l'usine": a unit's letters before an
     * apostrophe and a letter are an elided article, not the unit */
    if ((e || nz_match(c, NZ_UNITS_TIGHT, p, false, &an)) && (an = e ? *n : an) &&
        (p[an] == '\'' || strncmp(p + an, "\xE2\x80\x99", 3) == 0) &&
        nz_cp(p + an + (p[an] == '\'' ? 1 : 3), &ac) && nz_is_letter(ac))
        return NULL;

    /* "los 90 ha vuelto", "il 90 ha vinto": a unit that is also a function
     * word of [extract.stopwords] (the verb "ha") before a lower-case word
     * ending in "o", a participle (one agreeing with the unit's plural
     * ends in "s" or "i": "500 ha quemadas"), is that word */
    if (e && p[*n] == ' ' && nz_find(c, NZ_STOPWORDS, p, *n, true) && (an = nz_word_after(p + *n, &w)) > 2 &&
        w == p + *n + 1 && w[an - 1] == 'o' && *w >= 'a' && *w <= 'z' && !nz_find(c, NZ_STOPWORDS, w, an, true))
        return NULL;
    /* Polish "art. 3 ust. 2 pkt 4": a unit that is also an abbreviation
     * of [speech.abbrev_num], written the same and followed by a number,
     * labels that number (punkt 4), it counts not the one before; not
     * where a unit follows that number ("2 godz. 15 min.": a duration) */
    if (e && p[*n] == ' ' && nz_digit(p[*n + 1]) && nz_find(c, NZ_ABBREV_NUM, p, *n, false)) {
        const char *r = p + *n + 1 + nz_digits(p + *n + 1);
        if (!(*r == ' ' && unit_word_at(c, r + 1)) && !nz_is_alnum_at(r))
            return NULL;
    }
    /* French "article 49 al. 3": a unit written with no period ("al",
     * année-lumière) whose letters and a period are an abbreviation of
     * [speech.abbrev_num] before a number (alinéa) is that label */
    if (e && p[*n] == '.' && p[*n + 1] == ' ' && nz_digit(p[*n + 2]) && nz_find(c, NZ_ABBREV_NUM, p, *n + 1, false))
        return NULL;
    if (e)
        return e;
    /* "700×38C": a letter of [speech.settings] dimension_codes (a tyre's
     * width code "C"), glued to the second number of a size written with
     * the multiplication sign, is the size's code, said as the letter,
     * not a unit (degrees Celsius); the scan back is bounded (6 digits) */
    if (attached && *p && p > c->text && nz_digit(p[-1]) && !nz_is_alnum_at(p + 1) &&
        nz_in_words(nz_setting(c, "dimension_codes"), p, 1)) {
        const char *d = p;
        while (d > c->text && nz_digit(d[-1]) && p - d < 6)
            d--;
        if (d - c->text >= 3 && (unsigned char)d[-2] == 0xC3 && (unsigned char)d[-1] == 0x97 && nz_digit(d[-3]))
            return NULL;
    }
    /* "seat 23F", "row 12C": one capital glued to a number of up to four
     * digits right after a word of [speech.settings] seat_words is a
     * seat's letter, not a unit (degrees Fahrenheit, Celsius); the scan
     * back is bounded (4 digits and one word) */
    if (attached && p > c->text && nz_digit(p[-1]) && *p >= 'A' && *p <= 'Z' && !nz_is_alnum_at(p + 1) &&
        nz_setting(c, "seat_words")) {
        const char *d = p, *sw;
        size_t swn;
        while (d > c->text && nz_digit(d[-1]) && p - d < 5)
            d--;
        if (d > c->text && d[-1] == ' ' && !nz_digit(d[-1]) && (swn = nz_word_before(c, d, &sw)) &&
            sw + swn + 1 == d && nz_in_words(nz_setting(c, "seat_words"), sw, swn))
            return NULL;
    }
    /* "10 m hoher Turm", "10 m tall"; never "5 in total" (a word unit) */
    e = nz_match(c, NZ_UNITS_TIGHT, p, false, n);
    /* Polish "ul. Długiej 12 m. 4": a house number's flat, an abbreviation
     * of [speech.settings] house_abbrev before a number, no unit */
    if (e && p[*n] == '.' && p[*n + 1] == ' ' && nz_digit(p[*n + 2]) &&
        nz_in_words(nz_setting(c, "house_abbrev"), p, *n + 1) && nz_after_house_number(c, p))
        return NULL;
    /* Dutch "4 t/m 12": a longer abbreviation of [speech.abbrev] that
     * starts with a tight unit ("t", ton) is that abbreviation */
    if (e && nz_match(c, NZ_ABBREV, p, false, &an) && an > *n + 1 && p[*n] == '/' && (p[an] == ' ' || !p[an]))
        return NULL;
    /* "2 h 30 min": a number after a unit and its number ([speech.units]
     * "h") takes a tight unit too */
    if (e && (c->chain_now || (p[*n] == ' ' && nz_digit(p[*n + 1]) && nz_digits(p + *n + 1) <= 2 &&
                               !nz_is_alnum_at(p + *n + 1 + nz_digits(p + *n + 1)) && p[*n + 1 + nz_digits(p + *n + 1)] == ' ' &&
                               unit_word_at(c, p + *n + 2 + nz_digits(p + *n + 1)))))
        return e;
    /* "1 in 10", "2 in/3 out": a word-like unit spaced from its number is
     * one only before punctuation, or before a slash and another unit
     * (a rate: "12 min/km", "3 in/s") */
    if (e && *n > 1 && p[0] >= 'a' && p[0] <= 'z' && p[1] >= 'a' && p[1] <= 'z') {
        size_t rn;
        bool rate = p[*n] == '/' && (nz_match(c, NZ_UNITS, p + *n + 1, false, &rn) ||
                                     nz_match(c, NZ_UNITS_TIGHT, p + *n + 1, false, &rn)) &&
                    !nz_is_alnum_at(p + *n + 1 + rn);
        return attached || (p[*n] != ' ' && (p[*n] != '/' || rate)) ? e : NULL;
    }
    /* (a lower-case word in any script after it: "4 × 5 m à louer",
     * "10 m ściany") */
    uint32_t wc = 0;
    if (e && (attached || !nz_word_after(p + *n, &w) || p[*n] != ' ' ||
              (nz_cp(w, &wc) && nz_is_letter(wc) && !nz_is_upper(wc))))
        return e;
    /* German nouns are capitalised: "1,5 l Wasser", "250 g Butter" */
    if (e && p[0] >= 'a' && p[0] <= 'z' && nz_setting(c, "units_before_nouns"))
        return e;
    return NULL;
}

/* "1,85 m": "1 Meter 85", the way a height is said, for the units of
 * [speech.settings] unit_split and an amount with two decimals. */
static bool split_unit(nz *c, const nz_num *a, const al_lang_entry *e)
{
    const char *l = nz_setting(c, "unit_split");
    size_t kn = strlen(e->key);
    nz_num whole;

    if (a->nf != 2 || a->f[0] == '0' || !l)
        return false;
    while (*l) {
        size_t ln = strcspn(l, " ");
        if (ln == kn && strncmp(l, e->key, kn) == 0)
            break;
        l += ln;
        while (*l == ' ')
            l++;
    }
    if (!*l)
        return false;
    whole = *a;
    whole.nf = 0, whole.f[0] = '\0';
    put_one(c, &whole, nz_value(e), strcspn(nz_value(e), "|"));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, nz_value(e), count_form(c, &whole, nz_value(e)));
    /* [speech.settings] unit_split_join: a word before the rest
     * (Portuguese "e": um metro e oitenta) */
    if (nz_setting(c, "unit_split_join"))
        al_buf_printf(c->b, " %s", nz_setting(c, "unit_split_join"));
    al_buf_printf(c->b, " %s", a->f);
    return true;
}

/* "alle 10 Min.": an abbreviation's period that also ends the text (END:
 * after it) is said as the sentence's end. */
static void keep_period(nz *c, const char *end)
{
    const char *w;
    size_t wn;

    if (end > c->text && end[-1] == '.' && nz_at_end(end))
        al_buf_putc(c->b, '.');
    /* "wzrosła o 5 proc. W tym roku": before a capitalised function word
     * of [extract.stopwords] the period ends the sentence too (not before
     * a name, "5 proc. Polaków", nor "3 proc. PKB") */
    else if (end > c->text && end[-1] == '.' && *end == ' ' && nz_upper_at(end + 1) &&
             (wn = nz_word_after(end, &w)) && !(wn > 1 && nz_upper_at(w + 1)) &&
             nz_find(c, NZ_STOPWORDS, w, wn, true))
        al_buf_putc(c->b, '.');
}

/* "25 min. in de oven", "5 km. de marcha": the period after a unit's
 * abbreviation (R: right after it) is the abbreviation's when a lower-case
 * word follows, which starts no sentence; said, it would stop the
 * sentence short. R past that period, or R. */
static const char *unit_period(const char *r)
{
    uint32_t cp;

    if (*r != '.' || r[1] != ' ' || !((r[-1] | 0x20) >= 'a' && (r[-1] | 0x20) <= 'z') ||
        !nz_cp(r + 2, &cp) || !nz_is_letter(cp) || nz_is_upper(cp))
        return r;
    return r + 1;
}

/* "Room 4C", "Terminal 5A": one capital glued to a number after a
 * capitalised word is a label, not a unit ("hit 40C" is one). */
static bool label(const nz *c, const nz_num *a, const char *u, size_t n)
{
    const char *w;
    uint32_t cp;

    if (n != 1 || u != a->e || !nz_upper_at(u) || !nz_word_before(c, a->s, &w))
        return false;
    nz_cp(w, &cp);
    return nz_is_upper(cp);
}

/* The period word of a price ([extract.appeal_period]) that the WN
 * letters at W cut short by a period begin, when they begin it and no
 * other ("sem." semaine, "tydz." tydzień), or NULL. */
static const char *period_cut(const nz *c, const char *w, size_t wn)
{
    const char *full = NULL;
    bool one = true;   /* "sem.": semana, and semanal is its word too */

    if (w[wn] != '.' || wn < 3)
        return NULL;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < c->t[NZ_PRICE_PERIODS].n; i++) {
            const char *k = c->t[NZ_PRICE_PERIODS].e[i].key;
            if (strncasecmp(k, w, wn) != 0 || strchr(k, ' ') || strchr(k, '*'))
                continue;
            if (strlen(k) == wn)
                one = false;   /* "900 €/mes.": the word itself, a sentence's period */
            if (!pass && (!full || strlen(k) < strlen(full)))
                full = k;
            else if (pass && strncmp(k, full, strlen(full)) != 0)
                one = false;
        }
    return full && one ? full : NULL;
}

/* "12 €/m²", "5 $/kg": "per" and the unit after the slash at P (in the
 * singular); where the amount ended when there is none. */
static const char *per_unit(nz *c, const char *p, bool price)
{
    const al_lang_entry *e;
    /* Polish "3,50 zł/kg": za kilogram, a price's "per" ([speech.words]
     * per_price), where a rate's is "na" ("km/h": na godzinę) */
    const char *per = price && nz_word(c, "per_price") ? nz_word(c, "per_price") : c->per;
    size_t n;

    /* Dutch "€ 5 p.m.", "€ 30 p.j.": after a price, "per" cut to its first
     * letter and a period word ([extract.appeal_period]) to its first,
     * when only one period word begins so (maand, jaar, week) */
    if (price && per && *p == ' ' && p[1] == *c->per && p[2] == '.' && p[3] >= 'a' && p[3] <= 'z' &&
        p[4] == '.' && !nz_is_alnum_at(p + 5)) {
        const char *full = NULL;
        bool one = true;
        for (int pass = 0; pass < 2; pass++)
            for (size_t i = 0; i < c->t[NZ_PRICE_PERIODS].n; i++) {
                const char *k = c->t[NZ_PRICE_PERIODS].e[i].key;
                if (*k != p[3] || strlen(k) < 3 || strchr(k, ' ') || strchr(k, '*'))
                    continue;
                if (!pass && (!full || strlen(k) < strlen(full)))
                    full = k;
                else if (pass && strncmp(k, full, strlen(full)) != 0)
                    one = false;
            }
        if (full && one) {
            al_buf_printf(c->b, " %s %s", c->per, full);
            const char *after = p + 5 + nz_space_at(p + 5);
            return !*after || nz_upper_at(after) ? p + 4 : p + 5;
        }
    }
    if (*p != '/' || !per)
        return p;
    /* "5,2 l/100 km", "12 €/100 g": a count of units after the slash, said
     * "per" and left to be read as an amount; a rate's word for it where
     * "per" alone would not do ([speech.words] per_count: French "aux cent
     * kilomètres", Spanish "cada cien") */
    size_t dn = nz_digits(p + 1), un;
    const char *u = p + 1 + dn + (p[1 + dn] == ' ');
    if (dn && dn <= 4 && unit_at(c, u, u == p + 1 + dn, &un) && !nz_is_alnum_at(u + un)) {
        const char *pc = nz_word(c, "per_count");
        al_buf_printf(c->b, " %s ", !price && pc ? pc : per);
        return p + 1;
    }
    /* "20 €/mes", "$15/month", "30 €/Monat": after a price a word (not
     * an acronym, "€/USD") is what the price is per, said with [speech.words]
     * per ("por mes", "per month", "pro Monat") */
    /* "2 h/sem.": after a unit too, a period word cut short (a rate per
     * week, par semaine) */
    size_t pwn;
    const char *pw;
    if ((price || ((pwn = nz_word_after(p + 1, &pw)) && pw == p + 1 && period_cut(c, pw, pwn))) &&
        !unit_at(c, p + 1, true, &n)) {
        const char *w;
        size_t wn = nz_word_after(p + 1, &w);
        if (w != p + 1 || wn < 2 || nz_is_alnum_at(w + wn) || w[wn] == '/' || (nz_upper_at(w) && nz_upper_at(w + 1)))
            return p;
        const char *say = w, *end = w + wn, *full;
        size_t sn = wn;
        /* "850 zł/mies.": the word written short, said as [speech.abbrev]
         * has it (miesiąc) */
        const al_lang_entry *ab = w[wn] == '.' ? nz_match(c, NZ_ABBREV, w, false, &n) : NULL;
        if (ab && n == wn + 1)
            say = nz_value(ab), sn = strlen(say), end = w + n;
        /* "2 €/sem.", "5 zł/tydz.": a word cut short by a period that
         * begins one period word of a price ([extract.appeal_period]:
         * semaine, tydzień) and no other is that word */
        else if ((full = period_cut(c, w, wn)))
            say = full, sn = strlen(full), end = w + wn + 1;
        /* Italian "30 €/anno": all'anno, "per" elided before a vowel
         * ([speech.settings] per_elided); "2 €/sett.": alla settimana,
         * the feminine's (per_feminine: the form, then the endings that
         * make a noun feminine) */
        const char *el = nz_setting(c, "per_elided"), *pf = nz_setting(c, "per_feminine");
        size_t pfn = pf ? strcspn(pf, " ") : 0;
        if (el && strchr("aeiouAEIOU", *say))
            al_buf_printf(c->b, " %s", el);
        else if (pf && pf[pfn] && nz_in_words(pf + pfn + 1, say + sn - 1, 1))
            al_buf_printf(c->b, " %.*s ", (int)pfn, pf);
        else
            al_buf_printf(c->b, " %s ", c->per);
        al_buf_put(c->b, say, sn);
        /* "$1,850/mo., utilities": the word's period before a comma or a
         * semicolon ends no sentence, it marks the word short */
        if (end == w + wn && *end == '.' && (end[1] == ',' || end[1] == ';'))
            return end + 1;
        if (end == w + wn)
            return end;
        /* its period also ends the sentence before a capital or the end */
        const char *after = end + nz_space_at(end);
        return !*after || nz_upper_at(after) ? w + wn : end;
    }
    if (!(e = unit_at(c, p + 1, true, &n)) || nz_is_alnum_at(p + 1 + n))
        return p;
    /* Polish "30 zł/h": za godzinę, the unit in the case of "per"
     * ([speech.abbrev_cases] "h" za=godzinę) */
    const char *cv = nz_get(c, NZ_ABBREV_CASES, e->key), *f = NULL;
    size_t pn = strlen(per);
    for (const char *q = cv; q && *q && !f; q += strcspn(q, " "), q += *q == ' ')
        if (strncmp(q, per, pn) == 0 && q[pn] == '=')
            f = q + pn + 1;
    /* Italian "12 €/h": all'ora, "per" elided before a vowel
     * ([speech.settings] per_elided) */
    const char *el = nz_setting(c, "per_elided"), *v = f ? f : nz_value(e);
    if (el && strchr("aeiouAEIOU", *v) && per == c->per)
        al_buf_printf(c->b, " %s", el);
    else
        al_buf_printf(c->b, " %s ", per);
    if (f)
        al_buf_put(c->b, f, strcspn(f, " "));
    else
        nz_put_form(c, nz_value(e), 0);
    /* "$1,850/mo., utilities": a unit's period before a comma or a
     * semicolon ends no sentence, it marks the unit short */
    if (price && p[1 + n] == '.' && (p[2 + n] == ',' || p[2 + n] == ';'))
        return p + 2 + n;
    return p + 1 + n;
}

/* "m" after a number: a million when followed by a count ("2.5m people",
 * "5m users"), else metres. */
static bool counting(const nz *c, const char *p)
{
    const char *w;
    size_t n = nz_word_after(p, &w);

    if (!n || *p != ' ')
        return false;
    return nz_find(c, NZ_COUNT_NOUNS, w, n, true) ||
           (n > 3 && w[n - 1] == 's' && *w >= 'a' && *w <= 'z');
}

/* The word at P (spaces skipped) is one of the [speech.words] KEYS. */
static size_t join_word_at(const nz *c, const char *p, const char *const *keys, size_t nkeys)
{
    const char *w, *j;
    size_t n = nz_word_after(p, &w);

    for (size_t i = 0; n && i < nkeys; i++)
        if ((j = nz_word(c, keys[i])) && strlen(j) == n && strncasecmp(j, w, n) == 0)
            return (size_t)(w + n - p);
    return 0;
}

static const char *const year_joins[] = { "and", "or", "to" };

static bool all_caps(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(w[i] >= 'A' && w[i] <= 'Z'))
            return false;
    return true;
}

/* "zwischen 1918 und 1933": the year after "and", "or", "to" is one too. */
static void year_chain(nz *c, const char *q)
{
    size_t n = join_word_at(c, q, year_joins, 3);

    if (n && q[n] == ' ' && nz_digits(q + n + 1) == 4 && !nz_is_alnum_at(q + n + 5))
        c->year_next = true;
    /* "in 2019, 2021 and 2022": a list of years */
    if (q[0] == ',' && q[1] == ' ' && nz_digits(q + 2) == 4 && !nz_is_alnum_at(q + 6) &&
        (q[6] == ',' || join_word_at(c, q + 6, year_joins, 3)))
        c->year_next = true;
}

/* With [speech.settings] year_free: "1500 und 2000 Menschen", a range of
 * counts (a noun after the second number). */
static bool count_range(const nz *c, const nz_num *a)
{
    const char *q = a->e, *nx;
    size_t j, n, ml;
    uint32_t cp;

    if (!nz_setting(c, "year_free") || !(j = join_word_at(c, q, year_joins, 3)) || q[j] != ' ' ||
        !nz_digit(q[j + 1]))
        return false;
    q += j + 1 + nz_digits(q + j + 1);
    if (*q != ' ' || !(n = nz_word_after(q, &nx)))
        return false;
    nz_cp(nx, &cp);
    return nz_is_upper(cp) && !nz_month_at(c, nx, &ml);
}

/* Whether a regnal number was read in the sentence that A is in, at
 * most 60 bytes before it ("Karl V. dankte 1556 ab"): a ruler's sentence
 * dates its numbers from 1000 on, as year_circa does. */
static bool after_regnal(const nz *c, const nz_num *a)
{
    const char *r = c->regnal_end;

    if (!r || r > a->s || a->s - r > 60)
        return false;
    for (; r < a->s; r++)
        if (strchr(".!?;", *r))
            return false;
    return true;
}

/* "Q1 2027 is expected", "H2 2026": a quarter or half of the year, one
 * capital of [speech.settings] year_after_period (English "Q H") and its
 * digit right before the number, dates it: the number is a year. */
static bool period_before_year(const nz *c, const char *s)
{
    const char *l = nz_setting(c, "year_after_period"), *w = s - 3;

    return l && w >= c->text && s[-1] == ' ' && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= '1' && w[1] <= '4' &&
           (w == c->text || !nz_is_alnum_at(w - 1)) && nz_in_words(l, w, 1);
}

/* [speech.settings] year_free (German): a number that would be read as a
 * year in pairs ("1918") is one when no noun follows: "dankte 1918 ab",
 * "wurde 1905 gebaut" (a count is followed by its noun, capitalised:
 * "1918 Menschen"). Not after a count word ("rund 1900") but one of
 * year_circa, nor in a range of counts ("1500 bis 2000 Menschen"). From
 * 1700 on, or from 1000 after year_circa or a regnal number in the same
 * sentence. W, WN: the word before. */
static bool free_year(const nz *c, const nz_num *a, const char *w, size_t wn)
{
    const char *q = a->e, *nx;
    char out[96];
    size_t n, j;
    uint32_t cp;

    /* "ca. 1350 in Prag": after a word of [speech.settings] year_circa a
     * count word dates a year as well, from 1000 on; the noun after still
     * makes it a count ("ca. 1350 Besucher") */
    bool circa = w && nz_in_words(nz_setting(c, "year_circa"), w, wn);
    if (!nz_setting(c, "year_free") || (w && !circa && nz_find(c, NZ_COUNT_WORDS, w, wn, true)) ||
        num_int(a) < (circa || after_regnal(c, a) ? 1000 : 1700) || (w && wn >= 1 && all_caps(w, wn)))
        return false;   /* "ICE 1234 fällt aus", "B 96": a name's number */
    nz_year_str(c, num_int(a), out, sizeof(out));
    if (strcmp(out, a->d) == 0)
        return false;   /* read as digits anyway */
    if ((j = join_word_at(c, q, year_joins, 3)) && q[j] == ' ' && nz_digit(q[j + 1])) {
        q += j + 1 + nz_digits(q + j + 1);   /* judge by what follows the range */
        if (*q == '.' || *q == ',')
            return false;
    }
    if (*q != ' ')
        return *q && strchr(",;:)", *q);
    n = nz_word_after(q, &nx);
    nz_cp(nx, &cp);
    return n && !nz_is_upper(cp) && !nz_find(c, NZ_UNITS_TIGHT, nx, n, false) &&
           !nz_find(c, NZ_UNITS, nx, n, false);
}

/* [speech.settings] house_pairs (English): a house number of three or
 * four digits before a street's name, one to three capitalised words the
 * last of which is a word of street_words ("1600 Pennsylvania Ave.",
 * "221 Baker Street"), is said in pairs as a year is, with the year's
 * templates: sixteen hundred, two twenty-one, two oh five. */
static bool house_number(nz *c, const nz_num *a)
{
    const char *l = nz_setting(c, "street_words"), *q = a->e, *nx;
    const char *tp = nz_setting(c, "year_pair"), *to = nz_setting(c, "year_oh"), *th = nz_setting(c, "year_hundred");
    const char *args[128] = { 0 };
    char out[96], hi[24], lo[24];
    uint32_t cp;
    bool street = false;

    if (!l || !tp || !to || !th || !nz_setting(c, "house_pairs") || a->nd < 3 || a->nd > 4 || a->grouped || a->nf ||
        a->d[0] == '0')
        return false;
    for (int i = 0; i < 4 && *q == ' ' && !street; i++) {
        size_t n = nz_word_after(q, &nx);
        if (!n || nx != q + 1 || !nz_cp(nx, &cp) || !nz_is_upper(cp))
            return false;
        street = i && nz_in_words(l, nx, n);
        q = nx + n;
    }
    if (!street)
        return false;
    long v = num_int(a);
    snprintf(hi, sizeof(hi), "%ld", v / 100);
    snprintf(lo, sizeof(lo), "%ld", v % 100);
    args['h'] = hi, args['l'] = lo;
    nz_tpl(out, sizeof(out), v % 100 == 0 ? th : v % 100 < 10 ? to : tp, args);
    al_buf_puts(c->b, out);
    return true;
}

/* Is the word that ends at *Q a currency ("€", "USD")? Then *Q moves to
 * its start. */
static bool currency_before(const nz *c, const char **q)
{
    const char *w = *q;
    size_t n;

    while (w > c->text && w[-1] != ' ')
        w--;
    if (w == *q || !nz_match(c, NZ_CURRENCY, w, false, &n) || w + n != *q)
        return false;
    *q = w;
    return true;
}

/* Does the amount that starts at P (its currency sign glued before it or
 * not) come right after '=', with an amount or a currency before the '='
 * ("1 € = 1,08 $", "€1 = $1.08")? Then it is an exchange rate. */
static bool rate_at(const nz *c, const char *p)
{
    const char *q = p;

    while (q > c->text && q[-1] != ' ' && q[-1] != '=')
        q--;                            /* a sign glued before: "$1.08" */
    while (q > c->text && q[-1] == ' ')
        q--;
    if (q > c->text && q[-1] != '=' && currency_before(c, &q))
        while (q > c->text && q[-1] == ' ')
            q--;                        /* a sign apart: "$ 1,08" */
    if (q == c->text || q[-1] != '=')
        return false;
    for (q--; q > c->text && q[-1] == ' '; q--)
        ;
    return (q > c->text && nz_digit(q[-1])) || currency_before(c, &q);
}

/* "2,5 M de suscriptores", "2,5 M d'abonnés": does the magnitude E's
 * own connector (its third form in [speech.magnitude], "de") follow at
 * Q, after one space, then a word, or elided before one ("d'", "d’")?
 * Then a letter apart from its number is the magnitude, as a letter
 * glued to a currency sign is ("3,5 M€"); not "2,5 M" alone. */
static bool mag_connector_after(const al_lang_entry *e, const char *q)
{
    const char *conn = nz_value(e), *bar;
    size_t cn;

    for (int k = 2; k > 0 && (bar = strchr(conn, '|')); k--)
        conn = bar + 1;
    if (conn == nz_value(e) || !(cn = strcspn(conn, "|")) || *q != ' ')
        return false;
    q++;
    if (strncmp(q, conn, cn) == 0 && q[cn] == ' ' && nz_is_alnum_at(q + cn + 1))
        return true;
    /* elided: the connector without its last vowel and an apostrophe */
    return cn >= 2 && strchr("aeiou", conn[cn - 1]) && strncmp(q, conn, cn - 1) == 0 &&
           (q[cn - 1] == '\'' || strncmp(q + cn - 1, "\xE2\x80\x99", 3) == 0) &&
           nz_is_alnum_at(q + cn + (q[cn - 1] == '\'' ? 0 : 2));
}

/* What follows amount A: a magnitude, a currency, a unit, a month; CUR is
 * a currency already read before it. Returns the bytes consumed from A. */
static size_t quantity(nz *c, const nz_num *a, const char *cur, bool year_next)
{
    const char *q = a->e, *r, *mag = NULL, *end = a->e;
    const al_lang_entry *e;
    size_t sp = nz_space_at(q), n;
    int m;

    /* magnitude: "3.4bn", "2 Mio.", "5m people"; one letter only glued to
     * the number or to a currency sign ("3,5 M€") */
    for (int pass = 0; pass < 2 && !mag; pass++) {
        size_t un;
        r = pass ? q + sp : q;
        if (pass && !sp)
            break;
        if ((e = nz_match(c, NZ_MAGNITUDE, r, true, &n)) &&
            !(pass && n == 1 && !nz_match(c, NZ_CURRENCY, r + 1, false, &un) && !mag_connector_after(e, r + 1))) {
            bool ambiguous = unit_at(c, r, !pass, &un) && un == n;
            /* "75m km": a unit of [speech.units] spaced after it, and a
             * unit follows no unit, so the letter is the magnitude */
            size_t un2;
            /* "USDA zone 7b", "type 3b": a letter glued to a number right
             * after a word of [speech.settings] label_words is the label's
             * letter, not a magnitude (seven b, not seven billion) */
            const char *lw;
            size_t lwn = !pass && n == 1 && !cur ? nz_word_before(c, a->s, &lw) : 0;
            if (lwn && lw + lwn + 1 == a->s && nz_in_words(nz_setting(c, "label_words"), lw, lwn))
                continue;
            if (!ambiguous || cur || counting(c, r + n) ||
                nz_match(c, NZ_CURRENCY, r + n + nz_space_at(r + n), false, &un) ||
                (r[n] == ' ' && nz_match(c, NZ_UNITS, r + n + 1, false, &un2) && !nz_is_alnum_at(r + n + 1 + un2))) {
                mag = nz_value(e);
                end = r + n;
                c->mag_w = n >= 4 && r[n - 1] != '.' ? r : NULL;
                c->mag_wn = n;
            }
        }
    }
    /* currency after: "5 €", "3 Mrd. Euro", "20 USD" */
    if (!cur) {
        size_t s2 = nz_space_at(end);
        for (int pass = 0; pass < 2 && !cur; pass++) {
            r = pass ? end + s2 : end;
            if (pass && !s2)
                break;
            if ((e = nz_match(c, NZ_CURRENCY, r, false, &n)) && !nz_is_alnum_at(r + n) &&
                !(pass && n == 1 && nz_is_alnum_at(r))) {
                cur = nz_value(e);
                end = r + n;
            }
        }
    }
    /* the sign after the magnitude's own connector: "80 millones de US$",
     * "1,2 miliardi di £" say the currency's name where the sign stands
     * (the connector is the magnitude's third form, [speech.magnitude]) */
    if (!cur && mag) {
        const char *conn = mag, *bar;
        size_t cn, s2 = nz_space_at(end);
        for (int k = 2; k > 0 && (bar = strchr(conn, '|')); k--)
            conn = bar + 1;
        cn = conn != mag ? strcspn(conn, "|") : 0;
        r = end + s2;
        if (cn && s2 && strncmp(r, conn, cn) == 0 && r[cn] == ' ' &&
            (e = nz_match(c, NZ_CURRENCY, r + cn + 1, false, &n)) && !nz_is_alnum_at(r + cn + 1 + n) &&
            !(n == 1 && nz_is_alnum_at(r + cn + 1))) {
            cur = nz_value(e);
            end = r + cn + 1 + n;
        }
    }
    if (cur || mag) {
        c->rate = cur && rate_at(c, a->s);
        put_amount(c, a, mag, cur);
        c->rate = false;
        /* "89 tys. km", "2,5 Mio. km": a unit after a magnitude counts
         * many of it, said in its second form (the plural, Polish the
         * genitive plural) after the magnitude's connector where it has
         * one (its third form, "millones de"; none with plural_few) */
        const al_lang_entry *ue = NULL;
        size_t un, us = nz_space_at(end), cn = 0;
        /* the connector is the third form only: German "Mio." has two
         * forms and none ("75 Mio. km": Millionen Kilometer, not
         * "Millionen Millionen"); Polish forms by count, no connector */
        const char *conn = mag ? strchr(mag, '|') : NULL;
        conn = conn ? strchr(conn + 1, '|') : NULL;
        if (conn && !nz_setting(c, "plural_few"))
            cn = strcspn(++conn, "|");
        else
            conn = NULL;
        /* "75 millones de km", "75 milioni di km": the connector written
         * between the magnitude and the unit, said once */
        const char *u = end + us;
        if (mag && !cur && us && cn && strncmp(u, conn, cn) == 0 && u[cn] == ' ' &&
            (ue = unit_at(c, u + cn + 1, false, &un)) && !nz_is_alnum_at(u + cn + 1 + un))
            us += cn + 1;
        if (mag && !cur && us && (ue || (ue = unit_at(c, end + us, false, &un))) && !nz_is_alnum_at(end + us + un)) {
            if (cn)
                al_buf_printf(c->b, " %.*s", (int)cn, conn);
            al_buf_putc(c->b, ' ');
            nz_put_form(c, nz_value(ue), 1);
            end += us + un;
        }
        end = unit_period(per_unit(c, end, cur != NULL));
        keep_period(c, end);
        return (size_t)(end - a->s);
    }
    /* "w 100%": w stu procentach (unit_case) */
    r = q + (*q == ' ');
    if (*r == '%' && nz_setting(c, "percent_loc") && unit_case(c, a) == 4) {
        put_num(c, a);
        al_buf_printf(c->b, " %s", nz_setting(c, "percent_loc"));
        keep_period(c, r + 1);
        return (size_t)(r + 1 - a->s);
    }
    /* unit: "5 km", "60mph", "20 °C" */
    for (int pass = 0; pass < 2; pass++) {
        r = pass ? q + sp : q;
        if (pass && !sp)
            break;
        /* "piso de 3 hab.", "3 pok.": a unit of [speech.units_small]
         * (rooms) only after a whole count up to 20; a bigger one counts
         * people ("800 hab." habitantes) */
        /* a unit of [speech.domain_units] with its domain's evidence
         * first: "2 p. par feuille" are pages, not the rooms of
         * [speech.units_small] (normalise_domain.c) */
        if (((e = nz_domain_unit(c, r, &n)) ||
             (!a->nf && a->nd <= 2 && atoi(a->d) <= 20 && (e = nz_match(c, NZ_UNITS_SMALL, r, false, &n))) ||
             (e = unit_at(c, r, !pass, &n))) &&
            !label(c, a, r, n)) {
            if (split_unit(c, a, e)) {
                r += n;
                keep_period(c, r);
                return (size_t)(r - a->s);
            }
            /* Polish "trwa 1 godz.", "przez 1 h": 1 and a feminine unit
             * after a word of [speech.prepositions] whose case is "acc"
             * take the accusative, [speech.settings] one_f_acc (jedną)
             * and the singular with the ending of acc_f_ending ("a ę":
             * godzina, godzinę) */
            const char *fe = nz_setting(c, "acc_f_ending"), *one = nz_setting(c, "one_f_acc"), *pw;
            const al_lang_entry *pe;
            size_t pn = nz_word_before(c, a->s, &pw), sn = strcspn(nz_value(e), "|"), en;
            if (fe && one && !a->nf && a->nd == 1 && a->d[0] == '1' && pn && pw + pn + 1 == a->s &&
                (pe = nz_find(c, NZ_PREPOSITIONS, pw, pn, true)) && strcmp(nz_value(pe), "acc") == 0 &&
                (en = strcspn(fe, " ")) && fe[en] == ' ' && sn > en && !memchr(nz_value(e), ' ', sn) &&
                strncmp(nz_value(e) + sn - en, fe, en) == 0) {
                nz_space(c);
                al_buf_printf(c->b, "%s %.*s%s", one, (int)(sn - en), nz_value(e), fe + en + 1);
                if (nz_is_alnum_at(r + n))
                    al_buf_putc(c->b, ' ');
                r = unit_period(per_unit(c, r + n, false));
                keep_period(c, r);
                c->chain_next = *r == ' ' && nz_digit(r[1]);
                return (size_t)(r - a->s);
            }
            /* the unit's gender is its first word's: "310 km/h" trescientos,
             * not the "hora" of "kilómetros por hora"; "miliamperes-hora"
             * is masculine too */
            put_one(c, a, nz_value(e), strcspn(nz_value(e), "| -"));
            al_buf_putc(c->b, ' ');
            nz_put_form(c, nz_value(e), unit_case(c, a) >= 0 ? unit_case(c, a) : count_form(c, a, nz_value(e)));
            if (nz_is_alnum_at(r + n))
                al_buf_putc(c->b, ' ');   /* "5′10″" */
            r = unit_period(per_unit(c, r + n, false));
            keep_period(c, r);
            /* "2 h 30 min", "1 m 80 cm": a number right after is the next part */
            c->chain_next = *r == ' ' && nz_digit(r[1]);
            /* "1 h 20 min": uma hora e 20 minutos, the word of
             * [speech.settings] unit_chain_join before the last part */
            if (c->chain_next && nz_setting(c, "unit_chain_join")) {
                const char *s2 = r + 1 + nz_digits(r + 1);
                size_t n2;
                if (*s2 == ' ' && (nz_match(c, NZ_UNITS, s2 + 1, false, &n2) ||
                                   nz_match(c, NZ_UNITS_TIGHT, s2 + 1, false, &n2)) &&
                    !nz_is_alnum_at(s2 + 1 + n2) && !(s2[1 + n2] == ' ' && nz_digit(s2[2 + n2])))
                    al_buf_printf(c->b, " %s", nz_setting(c, "unit_chain_join"));
            }
            return (size_t)(r - a->s);
        }
    }
    /* "5 March 2024" */
    if (sp == 1 && a->nd <= 2 && !a->nf &&
        ((m = nz_month_at(c, q + 1, &n)) || (m = nz_month_bare(c, q + 1, &n, true))) && atoi(a->d) >= 1 &&
        atoi(a->d) <= 31 && nz_setting(c, "date_dm")) {
        const char *y = q + 1 + n;
        long year = 0;
        /* (not "3 października 2024 r.": the year is an ordinal before its noun) */
        if (*y == ' ' && nz_digits(y + 1) == 4 && !nz_is_alnum_at(y + 5) && !nz_ordinal_noun_at(c, y + 5)) {
            year = atol(y + 1);
            y += 5;
        }
        if (nz_put_date(c, atoi(a->d), m, year, a->s, -1)) {
            /* "bis 12 jan.": the abbreviation's period also ends the
             * sentence, at the end or before a capital */
            if (!year && y[-1] == '.' && (nz_at_end(y) || (*y == ' ' && nz_upper_at(y + 1))))
                al_buf_putc(c->b, '.');
            return (size_t)(y - a->s);
        }
    }
    /* "1600 Pennsylvania Ave.": a house number */
    if (house_number(c, a))
        return (size_t)(q - a->s);
    /* a year: "in 1987", "1987.", "1914–1918" */
    if (a->nd == 4 && !a->grouped && !a->nf && a->d[0] != '0') {
        const char *w;
        size_t wn = nz_word_before(c, a->s, &w), ml;
        bool ctx = year_next || (wn && nz_find(c, NZ_YEAR_WORDS, w, wn, true)) ||
                   (wn && nz_month_at(c, w, &ml)) || nz_at_end(q) || period_before_year(c, a->s) ||
                   (*q && strchr(",.;:!?)", *q));
        if (year_next || (ctx && !count_range(c, a)) || free_year(c, a, wn ? w : NULL, wn)) {
            char out[96];
            nz_year_str(c, num_int(a), out, sizeof(out));
            /* "em 1700", "c. 1200": a year of round hundreds said as
             * digits joins its thousands and hundreds with
             * [speech.settings] thousands_and as a count does (mil e
             * setecentos), which espeak-ng leaves out */
            if (year_next || strcmp(out, a->d) != 0 || !put_thousands_and(c, a->d, a->nd))
                al_buf_puts(c->b, out);
            year_chain(c, q);
            return (size_t)(q - a->s);
        }
    }
    if (*q == ' ') {
        const char *nx;
        size_t nn = nz_word_after(q, &nx);
        put_one(c, a, nx, nn);
    } else if (*q == 'x' && !nz_is_alnum_at(q + 1) && nz_word(c, "times") &&
               nz_feminine_noun(c, nz_word(c, "times"), strlen(nz_word(c, "times")))) {
        /* "2x ao dia": the number counts the word for "times" said for
         * the 'x', in its gender where that is feminine (duas vezes) */
        put_one(c, a, nz_word(c, "times"), strlen(nz_word(c, "times")));
    } else {
        put_num(c, a);
    }
    return (size_t)(q - a->s);
}

/* ---- pairs: ranges, scores, ratios, fractions ---- */

/* The unit after a fraction that ends at E ("3/4 l Milch", "1/2 TL
 * Salz"), where nouns_capitalised tells a unit from a word (German), in
 * its singular: "drei Viertel Liter". The bytes used, or 0. */
static size_t fraction_unit(nz *c, const char *e)
{
    const al_lang_entry *u;
    size_t n;

    if (*e != ' ' || !nz_setting(c, "nouns_capitalised") || !(u = unit_at(c, e + 1, false, &n)) ||
        nz_is_alnum_at(e + 1 + n))
        return 0;
    al_buf_putc(c->b, ' ');
    nz_put_form(c, nz_value(u), 0);
    if (e[1 + n - 1] == '.' && nz_at_end(e + 1 + n))
        al_buf_putc(c->b, '.');
    return 1 + n;
}

/* "1/1000 s", "1/4 h": one part of a unit written short after it is a
 * part of that unit, said by [speech.settings] fraction_unit ("one %f of
 * a %u|one %f of an %u", "un %f de %u"; the second form before a unit
 * word with a vowel or a silent h), %f the denominator's fraction word (F, the first
 * form of its [speech.fractions] entry, or with fraction_ordinal its
 * ordinal: English "250th"), %u the unit in the singular. Evidence: the
 * numerator 1, and a unit of [speech.units] or [speech.units_tight]
 * whose written form differs from its word, so "1/4 mile" stays as it
 * is read today. The bytes used from the denominator's end E, or 0. */
static size_t fraction_measure(nz *c, const char *at, const nz_num *den, const char *f)
{
    const char *tpl = nz_setting(c, "fraction_unit"), *e = den->e, *w;
    const al_lang_entry *u;
    char frac[64], unit[64];
    size_t n, sp = nz_space_at(e);         /* a space or a no-break space */

    /* German "Bei 1/1000 s": the part an indeclinable word before the
     * unit, its article by the unit's gender and the case before it
     * ([speech.settings] part_unit, as quarter_unit: einer tausendstel
     * Sekunde) */
    if (!tpl && f && nz_setting(c, "part_unit")) {
        snprintf(frac, sizeof(frac), "%.*s", (int)strcspn(f, "|"), f);
        if (frac[0] >= 'A' && frac[0] <= 'Z')
            frac[0] = (char)(frac[0] - 'A' + 'a');
        return nz_half_unit(c, at, e, "part_unit", frac);
    }
    if (!tpl || !sp || !(u = unit_at(c, e + sp, false, &n)) || nz_is_alnum_at(e + sp + n))
        return 0;
    w = nz_value(u);
    snprintf(unit, sizeof(unit), "%.*s", (int)strcspn(w, "|"), w);
    if (n == strlen(unit) && strncmp(e + sp, unit, n) == 0)
        return 0;                       /* the unit's word itself: "1/4 mile" */
    if (f)
        snprintf(frac, sizeof(frac), "%.*s", (int)strcspn(f, "|"), f);
    else if (!nz_setting(c, "fraction_ordinal") || den->nd > 5 ||
             !nz_ordinal_str(c, num_int(den), 0, NULL, frac, sizeof(frac)))
        return 0;
    const char *args[128] = { 0 }, *bar = strchr(tpl, '|');
    char form[160];
    /* (a vowel, or an h of [speech.settings] silent_h: "an hour", "d'heure") */
    if (bar && (strchr("aeiouAEIOU", unit[0]) || nz_in_words(nz_setting(c, "silent_h"), unit, strlen(unit))))
        tpl = bar + 1;
    snprintf(form, sizeof(form), "%.*s", (int)strcspn(tpl, "|"), tpl);
    args['f'] = frac, args['u'] = unit;
    nz_put_tpl(c, form, args);
    /* the unit's own period before a lower-case word ("1/4 in. off") */
    const char *end = unit_period(e + sp + n);
    keep_period(c, end);
    return (size_t)(end - e);
}

/* The inch mark right after a fraction that ends at E ("3/8″ drill",
 * "3/8\" drill bit"), where [speech.units] has the double prime: said in
 * its singular, "three eighths inch"; an ASCII '"' where inch_quote()
 * takes it for one. The bytes used, or 0. */
static size_t fraction_inch(nz *c, const char *e)
{
    const al_lang_entry *u = nz_find(c, NZ_UNITS, "\xE2\x80\xB3", 3, false);
    size_t m = strncmp(e, "\xE2\x80\xB3", 3) == 0 ? 3 : 0;

    if (!m && (u = inch_quote(c, e)))
        m = 1;
    if (!u || !m || nz_is_alnum_at(e + m))
        return 0;
    al_buf_putc(c->b, ' ');
    nz_put_form(c, nz_value(u), 0);
    return m;
}

/* A mixed number ("1 1/2 Tassen", "2½ Stunden") with [speech.settings]
 * fraction_mixed ("%w%f": German "eineinhalb", "zweieinhalb"): the whole
 * number the output ends with is taken back into OUT (its "1" as the first
 * form of [speech.settings] one), to be said with the fraction. AT: where
 * the fraction starts in the text. */
/* The whole number a mixed number's fraction follows: the text has a
 * digit right before AT (the fraction's start, a space between allowed),
 * and the output ends with that number in digits (up to six, after a
 * space or "(" or nothing; spaces after it skipped). Its digits are
 * [*START, *END) of the output; false when it does not end so. */
static bool whole_before(const nz *c, const char *at, size_t *start, size_t *end)
{
    const al_buf *b = c->b;

    if (at <= c->text || !nz_digit(at[-1] == ' ' && at - 1 > c->text ? at[-2] : at[-1]))
        return false;
    for (*end = b->len; *end && b->data[*end - 1] == ' '; (*end)--)
        ;
    for (*start = *end; *start && nz_digit(b->data[*start - 1]); (*start)--)
        ;
    return *start < *end && *end - *start <= 6 &&
           (!*start || b->data[*start - 1] == ' ' || b->data[*start - 1] == '(');
}

bool nz_mixed_whole(nz *c, const char *at, char *out, size_t cap)
{
    al_buf *b = c->b;
    size_t end, start;

    if (!nz_setting(c, "fraction_mixed") || !whole_before(c, at, &start, &end))
        return false;
    if (end - start == 1 && b->data[start] == '1' && c->one)
        snprintf(out, cap, "%.*s", (int)strcspn(c->one, "|"), c->one);
    else
        snprintf(out, cap, "%.*s", (int)(end - start), b->data + start);
    b->len = start;
    return true;
}

/* "1½ tazas", "2 1/2 Tassen": a half after a whole number, with
 * [speech.settings] mixed_half ("%w y medio|%w y media": before another
 * noun|a feminine one, the whole number agreeing, "una y media tazas",
 * "duas e meia") or, for 1½, mixed_half_one (a word of its own: Dutch
 * "anderhalf", Polish "półtora|półtorej"). The whole number the output
 * ends with is taken back; E is past the half. False when neither
 * setting applies. */
bool nz_mixed_half(nz *c, const char *at, const char *e)
{
    const char *tpl = nz_setting(c, "mixed_half"), *one = nz_setting(c, "mixed_half_one"), *nx;
    al_buf *b = c->b;
    size_t end, start, nn;
    char whole[64], w[32];
    bool fem;

    if ((!tpl && !one) || !whole_before(c, at, &start, &end))
        return false;
    snprintf(w, sizeof(w), "%.*s", (int)(end - start), b->data + start);
    nn = *e == ' ' ? nz_word_after(e, &nx) : 0;
    fem = nn && feminine_noun(c, nx, nn);
    c->half_word = false;
    if (strcmp(w, "1") == 0 && one) {
        /* Dutch mixed_half_one_common ("anderhalve"): before a noun of
         * common gender, "anderhalve eetlepel", a unit by its word; not
         * before a neuter one (neuter_endings "je", neuter_words "uur")
         * nor alone, "anderhalf uur", "anderhalf kopje" */
        const char *cm = nz_setting(c, "mixed_half_one_common"), *uw = nx;
        size_t uwn = nn, un;
        const al_lang_entry *u;
        if (cm && nn && nx == e + 1 && (u = unit_at(c, nx, false, &un)) && !nz_is_alnum_at(nx + un))
            uw = nz_value(u), uwn = strcspn(uw, "|");
        bool common = cm && nn && nx == e + 1 && !nz_upper_at(nx) && !nz_find(c, NZ_STOPWORDS, uw, uwn, true) &&
                      !nz_ends_with_setting(c, "neuter_endings", uw, uwn) &&
                      !nz_in_words(nz_setting(c, "neuter_words"), uw, uwn);
        c->half_word = true;
        b->len = start;
        nz_put_form(c, common ? cm : one, common ? 0 : fem ? 1 : 0);
        return true;
    }
    if (!tpl)
        return false;
    /* [speech.settings] mixed_half_noun ("%w %n e meio|%w %n e meia",
     * Portuguese): the noun, a lower-case word or a unit in its singular,
     * goes before the half, "1 1/2 chávena" uma chávena e meia */
    const char *nt = nz_setting(c, "mixed_half_noun"), *noun = NULL;
    size_t nounn = 0, un;
    const al_lang_entry *u;
    if (nt && nn && nx == e + 1 && !nz_upper_at(nx)) {
        if ((u = unit_at(c, nx, false, &un)) && !nz_is_alnum_at(nx + un)) {
            noun = nz_value(u), nounn = strcspn(noun, "|");
            fem = feminine_noun(c, noun, nounn);
            c->half_after = 1 + un;
        } else if (!nz_find(c, NZ_STOPWORDS, nx, nn, true) && !nz_is_alnum_at(nx + nn)) {
            noun = nx, nounn = nn;
            c->half_after = 1 + nn;
        }
        if (noun)
            tpl = nt;
    }
    b->len = start;
    if (!(fem && nz_feminine_str(c, atol(w), whole, sizeof(whole))))
        snprintf(whole, sizeof(whole), "%s", w);
    {
        const char *args[128] = { 0 };
        char t[128], nb[96];
        const char *v = tpl;
        snprintf(nb, sizeof(nb), "%.*s", (int)nounn, noun ? noun : "");
        args['n'] = nb;
        if (fem && strchr(v, '|'))
            v = strchr(v, '|') + 1;
        snprintf(t, sizeof(t), "%.*s", (int)strcspn(v, "|"), v);
        args['w'] = whole;
        nz_put_tpl(c, t, args);
    }
    return true;
}

/* The unit after a mixed number that ends at E ("1 1/2 tsp", "1½ EL"):
 * a one and a half is more than one, so the unit's plural (with
 * plural_few, Polish, its "fraction" form: "półtorej łyżki"), not left
 * as its abbreviation. The bytes used, or 0 when no unit follows. */
size_t nz_mixed_unit(nz *c, const char *e)
{
    const al_lang_entry *u;
    const char *v, *x;
    size_t n;
    int forms = 1, form;

    if (c->half_after) {
        n = c->half_after;   /* nz_mixed_half said it */
        c->half_after = 0;
        return n;
    }
    if (*e != ' ' || !(u = unit_at(c, e + 1, false, &n)) || nz_is_alnum_at(e + 1 + n))
        return 0;
    v = nz_value(u);
    for (x = v; (x = strchr(x, '|')); x++)
        forms++;
    /* (a word of its own, mixed_half_one, takes the singular: Dutch
     * "anderhalve eetlepel") */
    form = nz_setting(c, "plural_few") && forms >= 4 ? 3 : c->half_word ? 0 : 1;
    c->half_word = false;
    nz_space(c);
    nz_put_form(c, v, form);
    if (e[n] == '.' && nz_at_end(e + 1 + n))
        al_buf_putc(c->b, '.');
    return 1 + n;
}

/* "½ TL Salz", "1/2 tsp": a half before a unit ([speech.units]), said
 * with the unit in the singular by [speech.settings] half_unit ("half a
 * %u"; German by gender, "ein halber %u|eine halbe %u|ein halbes %u":
 * masculine by masculine_endings, feminine by feminine_endings, else
 * neuter), half_unit_dat after a preposition whose [speech.prepositions]
 * value is "dat" ("mit ½ TL": einem halben), half_unit_acc after a word
 * of half_acc_words or one_acc_verbs one or two words back ("Geben Sie
 * 1/2 TL": einen halben). AT: the half, E past it; SET the settings'
 * name ("half_unit", or "quarter_unit" for "1/4 Liter": ein viertel
 * Liter, or "part_unit" whose %f is PART: "eine tausendstel Sekunde").
 * The bytes taken after E (the unit), or 0 when it is none. */
size_t nz_half_unit(nz *c, const char *at, const char *e, const char *set, const char *part)
{
    const char *tpl = nz_setting(c, set), *w, *w2 = NULL, *v;
    const al_lang_entry *u, *pe;
    size_t n, wn, wn2 = 0;
    char unit[96], t[160], key_acc[40], key_dat[40];
    int g;

    snprintf(key_acc, sizeof(key_acc), "%s_acc", set);
    snprintf(key_dat, sizeof(key_dat), "%s_dat", set);

    if (!tpl || *e != ' ')
        return 0;
    if ((u = unit_at(c, e + 1, false, &n)) && !nz_is_alnum_at(e + 1 + n)) {
        v = nz_value(u);
        snprintf(unit, sizeof(unit), "%.*s", (int)strcspn(v, "|"), v);
    } else {
        /* "1/4 Liter": a unit written out, as one of [speech.units]'
         * singulars */
        const char *uw;
        size_t un = nz_word_after(e, &uw);
        bool found = false;
        for (int t2 = NZ_UNITS; t2 <= NZ_UNITS_TIGHT && un && !found; t2++)
            for (size_t i = 0; i < c->t[t2].n && !found; i++) {
                v = nz_value(&c->t[t2].e[i]);
                found = strcspn(v, "|") == un && strncmp(v, uw, un) == 0;
            }
        if (!found || uw != e + 1)
            return 0;
        snprintf(unit, sizeof(unit), "%.*s", (int)un, uw);
        n = un;
    }
    wn = nz_word_before(c, at, &w);
    if (wn)
        wn2 = nz_word_before(c, w, &w2);
    pe = wn ? nz_find(c, NZ_PREPOSITIONS, w, wn, true) : NULL;
    /* "Dazu 1/2 TL Salz geben.": a recipe's infinitive ends the clause,
     * the half is its object ([speech.settings] half_acc_end, "en") */
    const char *ce = e + 1 + n, *lw = NULL;
    size_t ln = 0;
    bool inf = false;
    while (*ce && !strchr(".;:!?", *ce)) {
        if (*ce != ' ' && (ce[-1] == ' ')) {
            lw = ce;
            ln = 0;
        }
        if (*ce != ' ' && *ce != ',')
            ln++;
        ce++;
    }
    if (lw && ln && !nz_upper_at(lw) && nz_setting(c, "half_acc_end"))
        inf = nz_ends_with_setting(c, "half_acc_end", lw, ln);
    const char *aw = nz_setting(c, "half_acc_words"), *av = nz_setting(c, "one_acc_verbs");
    bool acc = inf || (wn && (nz_in_words(aw, w, wn) || nz_in_words(av, w, wn))) ||
               (wn2 && (nz_in_words(aw, w2, wn2) || nz_in_words(av, w2, wn2)));
    char key_det[40], key_vowel[40];
    snprintf(key_det, sizeof(key_det), "%s_det", set);
    snprintf(key_vowel, sizeof(key_vowel), "%s_vowel", set);
    if (pe && strcmp(nz_value(pe), "dat") == 0 && nz_setting(c, key_dat))
        tpl = nz_setting(c, key_dat);
    else if (acc && nz_setting(c, key_acc))
        tpl = nz_setting(c, key_acc);
    else if (wn && w + wn + 1 == at && nz_setting(c, key_det) && nz_in_words(nz_setting(c, "determiners"), w, wn))
        tpl = nz_setting(c, key_det);       /* "a ½ tsp", "the 1/2 cup": a half teaspoon, the half cup */
    else if (nz_setting(c, key_vowel) && unit[0] && strchr("aeioAEIO", unit[0]))
        tpl = nz_setting(c, key_vowel);     /* "1/2 inch": half an inch */
    /* the gender of the unit's first word ("cuillère à café") */
    size_t ul = strcspn(unit, " ");
    g = masculine_noun(c, unit, ul) ? 0 : feminine_noun(c, unit, ul) ? 1 : 2;
    for (v = tpl; g > 0 && strchr(v, '|'); g--)
        v = strchr(v, '|') + 1;
    snprintf(t, sizeof(t), "%.*s", (int)strcspn(v, "|"), v);
    {
        const char *args[128] = { 0 }, *tt = t;
        /* "ein 1/2 Meter": the article is said once */
        if (wn && w + wn + 1 == at && strncasecmp(w, t, wn) == 0 && t[wn] == ' ')
            tt = t + wn + 1;
        args['u'] = unit, args['f'] = part;
        nz_put_tpl(c, tt, args);
    }
    if (e[1 + n - 1] == '.' && nz_at_end(e + 1 + n))
        al_buf_putc(c->b, '.');
    return 1 + n;
}

/* The denominator of a rating ("8/10", "4/5", "95/100"). */
static bool rating_scale(const nz *c, const nz_num *b)
{
    /* [speech.settings] rating_scales: a country's own grading scale
     * (Italian "30", the university's: "27/30" ventisette su trenta) */
    return !strcmp(b->d, "5") || !strcmp(b->d, "10") || !strcmp(b->d, "20") || !strcmp(b->d, "100") ||
           (!b->nf && nz_in_words(nz_setting(c, "rating_scales"), b->d, b->nd));
}

/* One of the three words before P, written as it is with no period or
 * comma at its end, is a word of [speech.settings] law_number_words
 * ("Decreto", "Lei n.º", "d.lgs."). */
static bool law_number_before(const nz *c, const char *p)
{
    const char *l = nz_setting(c, "law_number_words"), *q = p, *e;

    for (int i = 0; l && i < 3; i++) {
        while (q > c->text && q[-1] == ' ')
            q--;
        e = q;
        while (q > c->text && q[-1] != ' ')
            q--;
        while (e > q && (e[-1] == '.' || e[-1] == ','))
            e--;
        if (e == q)
            return false;
        if (nz_in_words(l, q, (size_t)(e - q)))
            return true;
    }
    return false;
}

/* A lower-case word follows P after one space ("1/5 der Fläche"). */
static bool lower_word_after(const char *p)
{
    return *p == ' ' && ((p[1] >= 'a' && p[1] <= 'z') || (unsigned char)p[1] >= 0xC3);
}

/* "between 2020–2023", "zwischen 5-10 %": a range after one of the
 * space-separated words of [speech.words] between, one or two words back
 * ("tra il 2020–2023"), is said with "and", not "to". */
static bool after_between(const nz *c, const char *s)
{
    const char *l = nz_word(c, "between"), *w;
    size_t wn = l ? nz_word_before(c, s, &w) : 0;

    for (int i = 0; i < 2 && wn; i++) {
        if (nz_in_words(l, w, wn))
            return true;
        wn = nz_word_before(c, w, &w);
    }
    return false;
}

/* The word at P (N bytes) is the unit KEY of [speech.units] or
 * [speech.units_tight] as written ("km") or in full ("kilometer"). */
static bool unit_is(const nz *c, const char *key, const char *p, size_t n)
{
    if (n == strlen(key) && strncmp(p, key, n) == 0)
        return true;
    for (int t = NZ_UNITS; t <= NZ_UNITS_TIGHT; t++) {
        const char *v = nz_get(c, t, key);
        while (v && *v) {
            size_t k = strcspn(v, "|");
            if (k == n && strncasecmp(v, p, n) == 0)
                return true;
            v += k + (v[k] == '|');
        }
    }
    return false;
}

const char *nz_count_by(const nz *c, long count, const char *b)
{
    const char *w = nz_word(c, "by_count"), *u;
    size_t n = nz_digits(b), un;

    /* "4x100 m", "3 x 2 km", "10 x 400 m": a few repetitions of a run's
     * distance (a relay, an interval session), not a size: a count up to
     * twenty, a whole distance in kilometres or of a hundred metres and
     * more ("4 x 5 m" and "5 x 10 cm" stay sizes) */
    if (!w || count < 1 || count > 20 || !n || ((b[n] == '.' || b[n] == ',') && nz_digit(b[n + 1])))
        return NULL;
    long d = n <= 6 ? atol(b) : 0;
    un = nz_word_after(b + n, &u);
    if (u > b + n + 1 || !un)
        return NULL;
    if (unit_is(c, "km", u, un) || (d >= 100 && unit_is(c, "m", u, un)))
        return w;
    return NULL;
}

/* The pair at S follows a score and a comma: "6-4, 3-6, 7-5", the sets
 * of a match. */
static bool after_score(const nz *c, const char *s)
{
    return c->score_end && s - c->score_end == 2 && s[-2] == ',' && s[-1] == ' ';
}

/* Another set's score at P: ", 6-2". */
static bool set_after(const char *p)
{
    return p[0] == ',' && p[1] == ' ' && nz_digit(p[2]) && p[3] == '-' && nz_digit(p[4]) && !nz_digit(p[5]);
}

/* The number at P and the one joined to it by SEP are one identifier:
 * a hyphen after an abbreviation said as the [speech.words] number
 * ("No.", "n°", not "pp." nor "S."), a case's or decree's number and its
 * serial; a colon after a word of the setting law_words ("art."), a
 * code's book and its article (Dutch "art. 6:162"). */
static bool id_before(const nz *c, const char *p, char sep)
{
    const char *q = p, *w, *num = nz_word(c, "number");
    const al_lang_entry *e;

    while (q > c->text && q[-1] == ' ')
        q--;
    if (q == p)
        return false;
    if (sep == ':') {
        size_t wn = nz_word_before(c, p, &w);
        return wn && nz_in_words(nz_setting(c, "law_words"), w, wn);
    }
    if (sep != '-' || !num)
        return false;
    w = q;
    while (w > c->text && w[-1] != ' ' && w[-1] != '(')
        w--;
    e = nz_find(c, NZ_ABBREV_NUM, w, (size_t)(q - w), false);
    return e && strcasecmp(nz_value(e), num) == 0;
}

/* "The chance of a double six is 1/36": a one-in-N chance, the
 * numerator 1 over a whole denominator of 2 to 6 digits, with a word of
 * [speech.settings] chance_words (the start of a word: "chance",
 * "Wahrscheinlichkeit", "probabilit", "kans", "szans") among the eight
 * words before it in its sentence, is said "1", the setting chance_in
 * ("in", "zu", "sur", "entre", "su", "op", "em", "do") and the
 * denominator; where chance_in is one of cardinal_gen_words (Polish
 * "do") the denominator in the genitive (jeden do trzydziestu sześciu).
 * Without such a word the fraction is read as before ("1/36 of the
 * budget"). COLON: the chance is written "1 : N" with spaces, its
 * denominator may be grouped and have up to nine digits. The bytes
 * used, or 0. */
static size_t chance_one_in(nz *c, const nz_num *a, const nz_num *den, bool colon)
{
    const char *words = nz_setting(c, "chance_words"), *in = nz_setting(c, "chance_in"), *q = a->s;
    char gen[160];
    bool found = false;

    if (!words || !in || strcmp(a->d, "1") != 0 || a->nf || den->nf || (!colon && den->grouped) ||
        den->nd > (colon ? 9 : 6) ||
        num_int(den) < 2 || (a->s > c->text && (nz_digit(a->s[-1]) || a->s[-1] == '.' || a->s[-1] == ',')))
        return 0;
    for (int i = 0; i < 8 && !found; i++) {
        const char *w;
        size_t wn;
        /* back over what is no letter, not past the sentence's end */
        while (q > c->text && !((q[-1] >= 'A' && q[-1] <= 'Z') || (q[-1] >= 'a' && q[-1] <= 'z') ||
                                (q[-1] & 0x80))) {
            if (q[-1] == '.' || q[-1] == '!' || q[-1] == '?' || q[-1] == ';')
                return 0;
            q--;
        }
        wn = nz_word_before(c, q, &w);
        if (!wn || w + wn != q)
            return 0;
        for (const char *l = words; *l && !found;) {
            size_t ln = strcspn(l, " ");
            found = ln && wn >= ln && strncasecmp(l, w, ln) == 0;
            l += ln;
            while (*l == ' ')
                l++;
        }
        q = w;
    }
    if (!found)
        return 0;
    al_buf_printf(c->b, "1 %s ", in);
    if (nz_in_words(nz_setting(c, "cardinal_gen_words"), in, strlen(in)) &&
        gen_words(c, NZ_CARD_GEN, num_int(den), gen, sizeof(gen)))
        al_buf_puts(c->b, gen);
    else
        put_num(c, den);
    return (size_t)(den->e - a->s);
}

static size_t pair(nz *c, const nz_num *a, bool year_next)
{
    char whole[32];
    const char *q = a->e, *s = q, *b, *w;
    size_t sep = 0, wn, nb;
    bool dash;
    nz_num bn;

    while (*s == ' ')
        s++;
    if (strncmp(s, "\xE2\x80\x93", 3) == 0)
        sep = 3;
    else if (s == q && (*s == '-' || *s == ':' || *s == '/'))
        sep = 1;
    else if (s == q && *s == 'x' && (nz_setting(c, "score_x") || nz_word(c, "by_x")) && nz_digit(s[1]))
        sep = 1;   /* Brazilian "2x0", "4x4" */
    /* "Die Chance liegt bei 1 : 139.838.160": a spaced colon after 1,
     * a whole number of up to nine digits (grouped or not) after it and
     * a word of chance_words before, is a one-in-N chance said with
     * chance_in ("eins zu"), as "1/36" is; the colon is no score's */
    if (s == q + 1 && *s == ':' && s[1] == ' ' && nz_digit(s[2])) {
        parse_num(c, s + 2, &bn);
        size_t ch = chance_one_in(c, a, &bn, true);
        if (ch)
            return ch;
    }
    /* "ganhou por 2 x 0": spaced, a result only beside a score word */
    bool spaced_x = s == q + 1 && *s == 'x' && s[1] == ' ' && nz_digit(s[2]) && nz_setting(c, "score_x");
    if (spaced_x)
        sep = 2;
    if (!sep)
        return 0;
    b = s + sep;
    if (sep == 3)
        while (*b == ' ')
            b++;
    else if (s != q && !spaced_x)
        return 0;
    if (!nz_digit(*b))
        return 0;
    parse_num(c, b, &bn);
    nb = (size_t)(bn.e - b);
    dash = *s != ':' && *s != '/' && *s != 'x';
    /* a score: "lost 2-0", "2:1 gewonnen" */
    wn = nz_word_before(c, a->s, &w);
    /* "No. 24-1234", "le décret n° 2024-123", "art. 6:162 BW": one
     * identifier, no range nor ratio */
    if (sep == 1 && s == q && !a->nf && !bn.nf && !nz_is_alnum_at(bn.e) && id_before(c, a->s, *s)) {
        put_num(c, a);
        al_buf_puts(c->b, ", ");
        return (size_t)(b - a->s);
    }
    if ((*s == ':' || (*s == 'x' && nz_setting(c, "score_x")) || dash) && a->nd <= 2 && bn.nd <= 2 && !a->nf && !bn.nf &&
        !nz_is_alnum_at(bn.e) && *bn.e != ':' && nz_word(c, "score")) {
        const char *w2;
        size_t wn2 = wn ? nz_word_before(c, w, &w2) : 0;
        const char *after;
        size_t an = nz_word_after(bn.e, &after);
        /* "in 3-3": a range from a number to itself is none, a tie is */
        if ((wn && nz_find(c, NZ_SCORE_WORDS, w, wn, true)) ||
            (wn2 && nz_find(c, NZ_SCORE_WORDS, w2, wn2, true)) ||
            (an && nz_find(c, NZ_SCORE_WORDS, after, an, true)) || (dash && strcmp(a->d, bn.d) == 0) ||
            /* "met 3-1", "l'Inter 2-1": a range goes up, a pair that goes
             * down is a score */
            (dash && *s == '-' && num_int(a) > num_int(&bn) && !after_between(c, a->s) &&
             !(*bn.e == '-' && nz_digit(bn.e[1])) && !(a->s > c->text && a->s[-1] == '-')) ||
            (dash && after_score(c, a->s)) ||
            /* "por 2x0": a glued x between a higher and a lower number
             * (or a low tie) is a result; "4x4" is no score */
            (*s == 'x' && !spaced_x && (num_int(a) > num_int(&bn) || (num_int(a) == num_int(&bn) && num_int(a) <= 3)))) {
            const char *nil = nz_word(c, "nil"), *sw = nz_word(c, "score"), *tie = nz_word(c, "tie");
            /* "6-4, 6-2": the sets of a match, said bare where
             * [speech.settings] score_sets_bare says so (six-quatre) */
            if (dash && nz_setting(c, "score_sets_bare") && a->nd == 1 && bn.nd == 1 &&
                (after_score(c, a->s) || set_after(bn.e))) {
                al_buf_printf(c->b, "%s %s", a->d, bn.d);
                c->score_end = bn.e;
                return (size_t)(bn.e - a->s);
            }
            al_buf_puts(c->b, strcmp(a->d, "0") == 0 && nil ? nil : a->d);
            /* "1-1": French "un partout" ([speech.words] tie) */
            if (tie && strcmp(a->d, bn.d) == 0) {
                al_buf_printf(c->b, " %s", tie);
                c->score_end = bn.e;
                return (size_t)(bn.e - a->s);
            }
            /* "passed the bill 51-49", "won 24-17": a tally with two digits is
             * said with [speech.words] score_tally where the score word is
             * none (English "to"); "2-1" stays "two one" */
            if (!*sw && (a->nd == 2 || bn.nd == 2) && nz_word(c, "score_tally"))
                sw = nz_word(c, "score_tally");
            al_buf_printf(c->b, " %s%s", sw, *sw ? " " : "");
            al_buf_puts(c->b, strcmp(bn.d, "0") == 0 && nil ? nil : bn.d);
            c->score_end = bn.e;
            return (size_t)(bn.e - a->s);
        }
    }
    if (spaced_x)
        return 0;   /* "2 x 3": a product, said by the symbols */
    /* "4x4", "1920x1080": a glued x between whole numbers is
     * [speech.words] by_x ("four by four", "quatre quatre"); not the hex
     * "0x1F", nor "2x2x2"; a plural's s glued to it where [speech.settings]
     * plural_s_digits says a number takes one ("2x4s", English: two by
     * fours, the boards named by their size) */
    if (*s == 'x') {
        const char *bx = nz_word(c, "by_x");
        bool pl = *bn.e == 's' && !nz_is_alnum_at(bn.e + 1) && nz_setting(c, "plural_s_digits");
        if (!bx || a->nf || bn.nf || a->grouped || bn.grouped || (nz_is_alnum_at(bn.e) && !pl) || *bn.e == 'x' ||
            a->d[0] == '0' || bn.d[0] == '0')
            return 0;
        const char *cb = nz_count_by(c, atol(a->d), b);
        if (cb)
            bx = cb;
        put_num(c, a);
        al_buf_printf(c->b, " %s%s", bx, *bx ? " " : "");
        if (pl && !cb) {
            al_buf_put(c->b, b, (size_t)(bn.e + 1 - b));   /* "4s", not four seconds */
            return (size_t)(bn.e + 1 - a->s);
        }
        /* the distance after it is a number of its own, with its unit:
         * "4x100 m relay" a hundred metres */
        const char *u = bn.e + (*bn.e == ' ');
        size_t un;
        if (cb || ((nz_match(c, NZ_UNITS, u, false, &un) || nz_match(c, NZ_UNITS_TIGHT, u, false, &un)) &&
                   !nz_is_alnum_at(u + un)))
            return (size_t)(b - a->s) + nz_number(c, b);
        return (size_t)(b - a->s);
    }
    if (*s == ':') {
        /* a ratio: "16:9"; a map's scale, thousands after the colon
         * ("1:50.000"), says [speech.words] scale where the language has
         * one (French "sur", where "contre" is the odds' word) */
        const char *to = bn.grouped && nz_word(c, "scale") ? nz_word(c, "scale") : nz_word(c, "ratio");
        if (!to || a->nf || bn.nf)
            return 0;
        put_num(c, a);
        al_buf_printf(c->b, " %s ", to);
        /* Polish "3:1": trzy do jednego, "do" takes the genitive */
        c->gen_next = nz_in_words(nz_setting(c, "cardinal_gen_words"), to, strlen(to));
        return (size_t)(b - a->s);
    }
    if (*s == '/') {
        char key[8];
        const char *f;
        /* "4.5/5", "7,5/10": a decimal over a whole rating scale and
         * below it is a rating with a half point, said as "8/10" is
         * (4.5 out of 5), not left as written; "1.5/2" has no scale */
        if (a->nf && !bn.nf && num_int(a) < num_int(&bn) && rating_scale(c, &bn) && bn.e[0] != '/' &&
            !nz_is_alnum_at(bn.e) && !(a->s > c->text && a->s[-1] == '/') && (f = nz_word(c, "out_of"))) {
            put_num(c, a);
            al_buf_printf(c->b, " %s ", f);
            put_num(c, &bn);
            return (size_t)(bn.e - a->s);
        }
        /* "120/80 mmHg": a blood pressure, the higher number over the
         * lower ([speech.words] over: English "over", German "zu", French
         * "sur"); the second number is said with its unit as usual */
        const char *pu;
        size_t pun = *bn.e == ' ' ? nz_word_after(bn.e, &pu) : 0;
        if (!a->nf && !bn.nf && num_int(a) > num_int(&bn) && pun && pu == bn.e + 1 &&
            unit_is(c, "mmHg", pu, pun) && (f = nz_word(c, "over"))) {
            put_num(c, a);
            al_buf_printf(c->b, " %s ", f);
            return (size_t)(b - a->s);
        }
        /* "03/04/24" that is no date, "/orders/1042": no fraction */
        if (a->nf || bn.nf || bn.e[0] == '/' || nz_is_alnum_at(bn.e) || !c->t[NZ_FRACTIONS].n ||
            (a->s > c->text && a->s[-1] == '/'))
            return 0;
        size_t ch = chance_one_in(c, a, &bn, false);
        if (ch)
            return ch;
        snprintf(key, sizeof(key), "%.3s/%.3s", a->d, bn.d);
        /* "Real Decreto 123/2025", "d.lgs. 81/2008", "Lei n.º 23/2023": a
         * law's number and its year, up to three words after a word of
         * [speech.settings] law_number_words, said with the setting
         * law_year ("de", "del") between them */
        if (bn.nd == 4 && !bn.grouped && num_int(&bn) >= 1900 && num_int(&bn) < 2100 &&
            law_number_before(c, a->s) && (f = nz_setting(c, "law_year"))) {
            put_num(c, a);
            al_buf_printf(c->b, " %s ", f);
            c->year_next = true;
            return (size_t)(b - a->s);
        }
        size_t fn0;
        if (strcmp(key, "1/2") == 0 && nz_mixed_half(c, a->s, bn.e))
            return (size_t)(bn.e - a->s) + nz_mixed_unit(c, bn.e);
        if ((f = nz_get(c, NZ_FRACTIONS, key)) && nz_mixed_whole(c, a->s, whole, sizeof(whole))) {
            const char *args[128] = { 0 };
            char frac[64];
            snprintf(frac, sizeof(frac), "%.*s", (int)strcspn(f, "|"), f);
            args['w'] = whole, args['f'] = frac;
            nz_put_tpl(c, nz_setting(c, "fraction_mixed"), args);
            return (size_t)(bn.e - a->s) + nz_mixed_unit(c, bn.e);
        }
        /* (not after a whole number: "1 1/2 tsp" is one and a half) */
        if (strcmp(key, "1/2") == 0 && !(a->s > c->text + 1 && a->s[-1] == ' ' && nz_digit(a->s[-2])) &&
            (fn0 = nz_half_unit(c, a->s, bn.e, "half_unit", NULL)))
            return (size_t)(bn.e - a->s) + fn0;
        /* "1/4 Liter": ein viertel Liter, einen after "nehme" (quarter_unit) */
        if (strcmp(key, "1/4") == 0 && !(a->s > c->text + 1 && a->s[-1] == ' ' && nz_digit(a->s[-2])) &&
            (fn0 = nz_half_unit(c, a->s, bn.e, "quarter_unit", NULL)))
            return (size_t)(bn.e - a->s) + fn0;
        if (f) {
            const char *form = nz_fraction_form(c, f, bn.e), *pw, *andw = nz_word(c, "and"), *nw;
            size_t pn = nz_word_before(c, a->s, &pw), fn, nwn;
            /* "2 horas y 1/2": with no noun after it, a half after "and"
             * is the noun's before it, in its gender (media) */
            if (form == f && pn && andw && pn == strlen(andw) && strncasecmp(pw, andw, pn) == 0 &&
                (nwn = nz_word_before(c, pw, &nw)) && nw + nwn + 1 == pw && feminine_noun(c, nw, nwn) &&
                strchr(f, '|'))
                form = strchr(f, '|') + 1;
            fn = strcspn(form, " |");
            /* "eine 1/2 Stunde": the article is said once */
            if (pn == fn && form[fn] == ' ' && strncasecmp(pw, form, fn) == 0 && pw + pn == a->s - 1)
                form += fn + 1;
            al_buf_put(c->b, form, strcspn(form, "|"));
            return (size_t)(bn.e - a->s) + fraction_unit(c, bn.e);
        }
        snprintf(key, sizeof(key), "%.6s", bn.d);
        /* "1/1000 s": a part of the unit after it (not after a whole
         * number: "1 1/2 tsp" is one and a half) */
        size_t fm;
        if (strcmp(a->d, "1") == 0 && num_int(&bn) > 1 &&
            !(a->s > c->text + 1 && a->s[-1] == ' ' && nz_digit(a->s[-2])) &&
            (fm = fraction_measure(c, a->s, &bn, nz_get(c, NZ_FRACTIONS, key))))
            return (size_t)(bn.e - a->s) + fm;
        /* "1/5 der Fläche" is a fifth, "4/5" alone a rating (below) */
        if (num_int(a) < num_int(&bn) && (f = nz_get(c, NZ_FRACTIONS, key)) &&
            (!rating_scale(c, &bn) || lower_word_after(bn.e))) {
            /* Polish (plural_few): the numerator a feminine cardinal and
             * the denominator's form after it, one|many|few|fraction as a
             * noun's: "3/4" trzy czwarte, "5/8" pięć ósmych; the first form
             * is the whole "1/3", jedna trzecia. After a word of
             * cardinal_gen_words both are genitives: "około 2/3" dwóch
             * trzecich, "około 1/3" the fourth form, jednej trzeciej. */
            if (nz_setting(c, "plural_few") && a->nd <= 3) {
                const char *pw;
                size_t pn = nz_word_before(c, a->s, &pw);
                bool gen = pn && nz_in_words(nz_setting(c, "cardinal_gen_words"), pw, pn);
                bool few = a->d[a->nd - 1] >= '2' && a->d[a->nd - 1] <= '4' &&
                           !(a->nd > 1 && a->d[a->nd - 2] == '1');
                char nw[128];
                if (strcmp(a->d, "1") == 0) {
                    nz_put_form(c, f, gen ? 3 : 0);
                    return (size_t)(bn.e - a->s);
                }
                if (gen && gen_words(c, NZ_CARD_GEN, num_int(a), nw, sizeof(nw)))
                    al_buf_puts(c->b, nw);
                else if (!gen && nz_feminine_str(c, num_int(a), nw, sizeof(nw)))
                    al_buf_puts(c->b, nw);
                else
                    al_buf_puts(c->b, a->d);
                al_buf_putc(c->b, ' ');
                nz_put_form(c, f, few && !gen ? 2 : 1);
                return (size_t)(bn.e - a->s);
            }
            /* "1 1/2 cups": one and a half; "2 3/4": two and three
             * quarters ([speech.settings] fraction_mixed; a numerator 1
             * as fraction_one, "a", or the first form of one, "ein") */
            if (nz_mixed_whole(c, a->s, whole, sizeof(whole))) {
                const char *args[128] = { 0 }, *one = nz_setting(c, "fraction_one");
                const char *form = f;
                char frac[96];
                bool single = strcmp(a->d, "1") == 0;
                if (!single && strchr(form, '|'))
                    form = strchr(form, '|') + 1;
                if (single && !one && c->one)
                    one = c->one;
                snprintf(frac, sizeof(frac), "%.*s %.*s",
                         single && one ? (int)strcspn(one, "|") : (int)a->nd,
                         single && one ? one : a->d, (int)strcspn(form, "|"), form);
                args['w'] = whole, args['f'] = frac;
                nz_put_tpl(c, nz_setting(c, "fraction_mixed"), args);
                return (size_t)(bn.e - a->s) + nz_mixed_unit(c, bn.e);
            }
            /* "3/4 cup", "2/3 tsp": [speech.settings] fraction_of ("of a|of
             * an", English) says a fraction over one part and the measure
             * after it as a part of one measure, three quarters of a cup.
             * The measure: a unit of [speech.units] in its singular, or a
             * lower-case word in the singular that is no function word
             * before the setting's first word; not after an article ("a 2/3 majority": an attribute). */
            if (nz_setting(c, "fraction_of") && strcmp(a->d, "1") != 0 && *bn.e == ' ') {
                const char *of = nz_setting(c, "fraction_of"), *mx, *pw, *mv, *sx;
                size_t mn = nz_word_after(bn.e, &mx), pn = nz_word_before(c, a->s, &pw), un = 0, vn, sn;
                const al_lang_entry *u = mx == bn.e + 1 ? unit_at(c, mx, false, &un) : NULL;
                /* (a word as the measure only before the language's "of":
                 * "3/4 cup of sugar"; "2/3 majority" is an attribute) */
                const char *ofw = of;
                size_t ofn = strcspn(of, " |");
                bool attr = pn && pw + pn + 1 == a->s && nz_in_words(nz_setting(c, "attributive_after"), pw, pn);
                for (int t2 = NZ_UNITS; !u && t2 <= NZ_UNITS_TIGHT && mn && mx == bn.e + 1; t2++)
                    for (size_t i = 0; i < c->t[t2].n && !u; i++) {
                        const char *v = nz_value(&c->t[t2].e[i]);   /* "inch": written out */
                        if (strcspn(v, "|") == mn && strncmp(v, mx, mn) == 0)
                            u = &c->t[t2].e[i], un = mn;
                    }
                if (u && !nz_is_alnum_at(mx + un))
                    mv = nz_value(u), vn = strcspn(mv, "|"), mn = un;
                else if (mn && mx == bn.e + 1 && !nz_upper_at(mx) && mn > 2 && mx[mn - 1] != 's' &&
                         mx[mn] == ' ' && ofn && strncmp(mx + mn + 1, ofw, ofn) == 0 &&
                         mx[mn + 1 + ofn] == ' ' && !nz_find(c, NZ_STOPWORDS, mx, mn, true) &&
                         (sn = nz_word_after(mx + mn + 1 + ofn, &sx)) && !nz_find(c, NZ_STOPWORDS, sx, sn, true))
                    mv = mx, vn = mn;
                else
                    mv = NULL, vn = 0;
                if (mv && !attr) {
                    bool an = strchr("aeiouAEIOU", mv[0]) != NULL;
                    const char *ofv = of;
                    if (an && strchr(of, '|'))
                        ofv = strchr(of, '|') + 1;
                    al_buf_printf(c->b, "%s ", a->d);
                    nz_put_form(c, f, 1);
                    al_buf_printf(c->b, " %.*s %.*s", (int)strcspn(ofv, "|"), ofv, (int)vn, mv);
                    return (size_t)(mx + mn - a->s);
                }
            }
            /* "1/4 Stunde": eine Viertelstunde, the article of the noun after */
            const char *nx;
            size_t nn = *bn.e == ' ' ? nz_word_after(bn.e, &nx) : 0;
            const char *one = nz_setting(c, "fraction_numerator_one");
            const al_lang_entry *u;
            size_t un;
            /* "½ an onion", "1/2 a cup": half an onion; "half" takes the
             * article of [speech.settings] attributive_after after it, and
             * the numerator's own article would say it twice ("a half an") */
            if (one && !c->one && strcmp(a->d, "1") == 0 && strcmp(bn.d, "2") == 0 && nn &&
                nx == bn.e + 1 && nz_in_words(nz_setting(c, "attributive_after"), nx, nn)) {
                nz_put_form(c, f, 0);
                return (size_t)(bn.e - a->s);
            }
            const char *dw;
            size_t dn = nz_word_before(c, a->s, &dw);
            bool bare = one && !c->one && strcmp(a->d, "1") == 0 && dn && dw + dn + 1 == a->s &&
                        nz_in_words(nz_setting(c, "determiners"), dw, dn);
            if (bare)
                ;                         /* "a 1/4 cup": the article is there, a quarter cup */
            else if (one && !c->one && strcmp(a->d, "1") == 0)
                al_buf_puts(c->b, one);   /* "1/4": un cuarto */
            else if (nn && nz_upper_at(nx) && nz_setting(c, "nouns_capitalised") &&
                     (u = unit_at(c, nx, false, &un)) && !nz_is_alnum_at(nx + un))
                put_one(c, a, nz_value(u), strcspn(nz_value(u), "|"));   /* "1/4 Std.": einer */
            else if (nn && nz_upper_at(nx))
                put_one(c, a, nx, nn);
            else
                put_one(c, a, f, strcspn(f, "|"));
            if (!bare)
                al_buf_putc(c->b, ' ');
            /* "3/4 partes": tres cuartas, the third and fourth forms
             * before a feminine noun where the table has them */
            int fi = strcmp(a->d, "1") == 0 ? 0 : 1;
            if (nn && !nz_setting(c, "nouns_capitalised") && feminine_noun(c, nx, nn) &&
                strchr(f, '|') && strchr(strchr(f, '|') + 1, '|'))
                fi += 2;
            nz_put_form(c, f, fi);
            if ((un = fraction_inch(c, bn.e)))
                return (size_t)(bn.e - a->s) + un;
            return (size_t)(bn.e - a->s) + fraction_unit(c, bn.e);
        }
        /* "2019/20", "1999/2000": two years */
        if (a->nd == 4 && !a->grouped && num_int(a) >= 1000 && num_int(a) < 2100 &&
            (bn.nd == 2 || bn.nd == 4)) {
            char out[96];
            nz_year_str(c, num_int(a), out, sizeof(out));
            al_buf_printf(c->b, "%s ", out);
            c->year_next = bn.nd == 4;
            return (size_t)(b - a->s);
        }
        /* "5/1 favourites", "coté à 3/1": odds, said as a ratio
         * ([speech.words] ratio); a fraction is never over one */
        if (strcmp(bn.d, "1") == 0 && num_int(a) > 1 && a->nd <= 3 && (f = nz_word(c, "ratio"))) {
            put_num(c, a);
            al_buf_printf(c->b, " %s ", f);
            c->gen_next = nz_in_words(nz_setting(c, "cardinal_gen_words"), f, strlen(f));
            return (size_t)(b - a->s);
        }
        /* "8/10": 8 out of 10; "24/7", "50/50": 24 7, 50 50 */
        put_num(c, a);
        /* a rating's scale: "8/10", "4/5", "95/100"; not "9/11"; a part
         * of a total of a hundred or more before what it counts, "312/650
         * seats" (not a unit's: "1/250 s" is a shutter speed) */
        const char *cw;
        size_t cwn = lower_word_after(bn.e) ? nz_word_after(bn.e, &cw) : 0, un;
        bool part = cwn && num_int(a) > 1 && bn.nd >= 3 && !(bn.nd == 4 && num_int(&bn) >= 1900) &&
                    !((nz_match(c, NZ_UNITS, cw, false, &un) || nz_match(c, NZ_UNITS_TIGHT, cw, false, &un)) &&
                      !nz_is_alnum_at(cw + un));
        if (num_int(a) <= num_int(&bn) && (rating_scale(c, &bn) || part) &&
            (f = nz_word(c, "out_of"))) {
            al_buf_printf(c->b, " %s ", f);
            put_num(c, &bn);
            return (size_t)(bn.e - a->s);
        }
        al_buf_putc(c->b, ' ');
        return (size_t)(b - a->s);
    }
    /* "Boeing 787-9", "Tu-154": a model and its variant after a name (a
     * capital not opening the clause), the second number smaller and
     * shorter, no range (ranges go up) and no score: the model, then the
     * variant; English says the model in pairs ([speech.settings]
     * model_pairs: "seven eighty-seven", "seven oh seven") */
    {
        const char *mw;
        size_t mn = nz_word_before(c, a->s, &mw);
        if (*s == '-' && s == q && mn && mw + mn + 1 == a->s && nz_upper_at(mw) && !nz_clause_start(c, mw) &&
            a->nd == 3 && !a->nf && !bn.nf && bn.nd < a->nd && num_int(&bn) < num_int(a) &&
            !nz_is_alnum_at(bn.e) && !(*bn.e == '-' && nz_digit(bn.e[1])) &&
            !nz_find(c, NZ_CURRENCY, mw, mn, false) && !nz_find(c, NZ_ABBREV_NUM, mw, mn, true)) {
            if (!nz_setting(c, "model_pairs"))
                al_buf_printf(c->b, "%s ", a->d);
            else if (a->d[1] == '0')
                al_buf_printf(c->b, "%c %s %c ", a->d[0], nz_setting(c, "model_pairs"), a->d[2]);
            else
                al_buf_printf(c->b, "%c %s ", a->d[0], a->d + 1);
            return (size_t)(b - a->s);
        }
    }
    /* "Eco 40-60", "il programma Eco 40-60 dura": two small whole numbers
     * glued by a hyphen right after a capitalised name (a capital not
     * opening the clause, no currency), going up, and with nothing they
     * count after them (the clause's end, a lower-case word that is no
     * unit, or a compound's hyphen, Dutch "Eco 40-60-programma") are the
     * name's label, said as two numbers, not a range ("Tienda 10-20
     * euros", "Grupos 10-20 personas" stay ranges: a word with an ending
     * of [speech.settings] plural_endings is a plural noun the range
     * counts; the rule runs only where that setting is). Both numbers
     * have two digits (a score's are mostly one: "Betis 1-3"). Languages
     * that capitalise their nouns (nouns_capitalised) are left out:
     * there a noun ("Seiten 40-60") is no name. */
    {
        const char *mw, *nw;
        size_t mn = nz_word_before(c, a->s, &mw), un;
        const char *e2 = bn.e;
        size_t nwn = *e2 == ' ' && lower_word_after(e2) ? nz_word_after(e2, &nw) : 0;
        bool free_after = (*e2 == '-' && nz_is_letter((unsigned char)e2[1]) && !nz_upper_at(e2 + 1)) ||
                          (nwn && !nz_ends_with_setting(c, "plural_endings", nw, nwn) &&
                           !(nz_match(c, NZ_UNITS, nw, false, &un) && !nz_is_alnum_at(nw + un)) &&
                           !(nz_match(c, NZ_UNITS_TIGHT, nw, false, &un) && !nz_is_alnum_at(nw + un)) &&
                           !(nz_match(c, NZ_UNITS_SMALL, nw, false, &un) && !nz_is_alnum_at(nw + un)) &&
                           !(nz_match(c, NZ_CURRENCY, nw, false, &un) && !nz_is_alnum_at(nw + un)));
        if (*s == '-' && s == q && mn && mw + mn + 1 == a->s && a->s[-1] == ' ' && nz_upper_at(mw) &&
            !nz_clause_start(c, mw) && !nz_setting(c, "nouns_capitalised") && nz_setting(c, "plural_endings") && a->nd == 2 && bn.nd == 2 &&
            !a->nf && !bn.nf && a->d[0] != '0' && bn.d[0] != '0' && num_int(a) < num_int(&bn) && free_after &&
            !nz_find(c, NZ_CURRENCY, mw, mn, false) && !nz_find(c, NZ_ABBREV_NUM, mw, mn, true)) {
            al_buf_printf(c->b, "%s ", a->d);
            return (size_t)(b - a->s);
        }
    }
    /* a chain: "4-3-3", "1-2-3": the numbers one by one */
    if (*s == '-' && ((*bn.e == '-' && nz_digit(bn.e[1])) || (a->s > c->text && a->s[-1] == '-'))) {
        put_num(c, a);
        al_buf_putc(c->b, ' ');
        return (size_t)(b - a->s);
    }
    /* a range: "1914–1918", "10-20 km" */
    {
        const char *to = nz_word(c, after_between(c, a->s) && nz_word(c, "and") ? "and" : "to");
        bool years = a->nd == 4 && !a->grouped && !a->nf && a->d[0] != '0' &&
                     (bn.nd == 4 || bn.nd == 2) && !bn.nf && num_int(a) >= 1000 && num_int(a) < 2100;
        (void)nb;
        if (!to)
            return 0;
        /* "3-3": no range, a tied score ([speech.words] tie) */
        if (dash && nz_word(c, "tie") && a->nd <= 2 && !a->nf && !bn.nf && strcmp(a->d, bn.d) == 0 &&
            !nz_is_alnum_at(bn.e)) {
            al_buf_printf(c->b, "%s %s", a->d, nz_word(c, "tie"));
            return (size_t)(bn.e - a->s);
        }
        /* "w godz. 9–17": hours, the ordinals of "godzina" (Polish time
         * %O): dziewiątej do siedemnastej, the second in the case of "do" */
        const char *hw;
        size_t hn = nz_word_before(c, a->s, &hw);
        const al_lang_entry *tc = nz_find(c, NZ_PREPOSITIONS, to, strlen(to), true);
        char h1[64], h2[64], gk[8];
        if (hn && nz_in_words(nz_setting(c, "time_before_hour"), hw, hn) && !a->nf && !bn.nf &&
            num_int(a) <= 24 && num_int(&bn) <= 24 && !nz_is_alnum_at(bn.e) && *bn.e != ':' &&
            !(*bn.e == '.' && nz_digit(bn.e[1])) && tc &&
            nz_get(c, NZ_ORD_CASES, (snprintf(gk, sizeof(gk), "%s.f", nz_value(tc)), gk)) &&
            nz_ordinal_str(c, num_int(a), nz_case_form(c, a->s, a->e, 'f'), NULL, h1, sizeof(h1)) &&
            nz_ordinal_str(c, num_int(&bn), atoi(nz_get(c, NZ_ORD_CASES, gk)), NULL, h2, sizeof(h2))) {
            /* "w godzinach od dziewiątej": [speech.settings] hour_range_from */
            const char *from = nz_setting(c, "hour_range_from");
            al_buf_printf(c->b, "%s%s%s %s %s", from ? from : "", from ? " " : "", h1, to, h2);
            return (size_t)(bn.e - a->s);
        }
        /* Italian "10-15 minuti": da dieci a quindici, "2015-2020" dal
         * duemilaquindici al duemilaventi ([speech.settings] range_words
         * "da a|dal al", numbers|years); not after a word of
         * range_from_words that says "from" already ("dalle 9-12") or
         * after "between"; a word of range_from_replaces before it gives
         * way ("massime di 25-30": da) */
        const char *rw = nz_setting(c, "range_words");
        char to_year[32];
        /* "ogni 4-6 ore": after a word of range_or_after (a determiner
         * that leaves no room for "from") the two numbers are said with
         * "or", ogni quattro o sei ore */
        bool or_range = hn && nz_word(c, "or") && nz_in_words(nz_setting(c, "range_or_after"), hw, hn);
        if (or_range)
            to = nz_word(c, "or");
        /* Portuguese "dos 18-24 anos": right after a preposition glued to
         * its article, a key of [speech.settings] range_to_after
         * ("dos=aos"), the range's "to" is the value, the article after
         * "a" (dos dezoito aos vinte e quatro anos) */
        const char *ta = nz_setting(c, "range_to_after");
        char to_art[32];
        while (!or_range && ta && hn && hw + hn + 1 == a->s && *ta) {
            size_t tn = strcspn(ta, " "), kn = strcspn(ta, "= ");
            if (kn == hn && ta[kn] == '=' && strncasecmp(ta, hw, hn) == 0 && tn - kn - 1 < sizeof(to_art)) {
                snprintf(to_art, sizeof(to_art), "%.*s", (int)(tn - kn - 1), ta + kn + 1);
                to = to_art;
                break;
            }
            ta += tn;
            while (*ta == ' ')
                ta++;
        }
        /* (a range goes up: "battuto l'Inter 2-1" is a score) */
        if (rw && !or_range && !after_between(c, a->s) && !(hn && nz_in_words(nz_setting(c, "range_from_words"), hw, hn)) &&
            (a->nf || bn.nf || num_int(a) < (bn.nd < a->nd && years ? num_int(a) / 100 * 100 + num_int(&bn) : num_int(&bn)))) {
            const char *form = rw;
            if ((years || year_next) && strchr(rw, '|'))
                form = strchr(rw, '|') + 1;
            size_t fn = strcspn(form, " |");
            if (hn && hw + hn + 1 == a->s && nz_in_words(nz_setting(c, "range_from_replaces"), hw, hn) &&
                c->b->len > hn && strncmp(c->b->data + c->b->len - hn - 1, hw, hn) == 0 &&
                c->b->data[c->b->len - 1] == ' ')
                c->b->len -= hn + 1;
            al_buf_put(c->b, form, fn);
            al_buf_putc(c->b, ' ');
            if (form[fn] == ' ') {
                snprintf(to_year, sizeof(to_year), "%.*s", (int)strcspn(form + fn + 1, " |"), form + fn + 1);
                to = to_year;
            }
        } else if (rw && !or_range && years && strchr(rw, '|') && hn && !after_between(c, a->s) &&
                   nz_in_words(nz_setting(c, "range_from_words"), hw, hn) &&
                   (bn.nd == 2 || nz_in_words(nz_setting(c, "range_years_to_after"), hw, hn))) {
            /* "del 1915-18": the article said, the years' word for "to"
             * alone before a short second year (del millenovecentoquindici
             * al diciotto); before a whole one only after a word of
             * range_years_to_after ("del 1915-1918" al
             * millenovecentodiciotto; "nel 2021-2022" stays) */
            const char *form = strchr(rw, '|') + 1;
            size_t fn = strcspn(form, " |");
            if (form[fn] == ' ') {
                snprintf(to_year, sizeof(to_year), "%.*s", (int)strcspn(form + fn + 1, " |"), form + fn + 1);
                to = to_year;
            }
        }
        /* Polish "w latach 2010–2015": after a word of [speech.settings]
         * year_range_bare the two whole years with no word between, as
         * the dash is read (dwa tysiące dziesięć dwa tysiące piętnaście) */
        bool bare_years = years && bn.nd == 4 &&
                          ((hn && nz_in_words(nz_setting(c, "year_range_bare"), hw, hn)) || nz_life_range(c, a->s, bn.e));
        const char *yp = nz_setting(c, "year_pair_short_range");
        char fem[128];
        if (years && bn.nd == 2 && yp && num_int(a) % 100 >= 10 && strcmp(bn.d, "00") != 0) {
            /* Dutch "1940-45": negentienveertig tot vijfenveertig, before a
             * short second year the first in pairs too
             * ([speech.settings] year_pair_short_range) */
            const char *args[128] = { 0 };
            char out[96], hi[24], lo[24];
            snprintf(hi, sizeof(hi), "%ld", num_int(a) / 100);
            snprintf(lo, sizeof(lo), "%ld", num_int(a) % 100);
            args['h'] = hi, args['l'] = lo;
            nz_tpl(out, sizeof(out), yp, args);
            al_buf_puts(c->b, out);
        } else if (years || year_next) {
            char out[96];
            nz_year_str(c, num_int(a), out, sizeof(out));
            al_buf_puts(c->b, out);
            c->year_next = bn.nd == 4;
        } else if (c->one && strcmp(a->d, "1") == 0 && !a->nf && !a->grouped && !bn.nf &&
                   !bn.grouped && range_counts_noun(c, bn.e)) {
            nz_put_form(c, c->one, 0);   /* "1–2 Tage": ein bis zwei, as put_one */
        } else if (!a->nf && !a->grouped && a->nd <= 6 && !bn.nf && numeral_case(c, a) < 0 &&
                   range_noun_feminine(c, bn.e) && nz_feminine_str(c, num_int(a), fem, sizeof(fem))) {
            al_buf_puts(c->b, fem);   /* "2-3 h": duas a três horas, "2–3 min" dwie do trzech */
        } else {
            put_num(c, a);
        }
        /* "la saison 2023-2024": a season is both years, no "to"
         * ([speech.settings] season_pair) */
        if (years && *s == '-' && nz_setting(c, "season_pair") &&
            (bn.nd == 4 ? num_int(&bn) : num_int(&bn) + num_int(a) / 100 * 100) == num_int(a) + 1)
            al_buf_putc(c->b, ' ');
        /* Polish "1914-18": czternaście osiemnaście, a short second year
         * follows with no word ([speech.settings] year_short_bare) */
        else if ((years && bn.nd == 2 && nz_setting(c, "year_short_bare")) || bare_years)
            al_buf_putc(c->b, ' ');
        else
            al_buf_printf(c->b, " %s ", to);
        /* "10–15 minut": dziesięć do piętnastu, "do" takes the genitive */
        c->gen_next = !years && !year_next && nz_in_words(nz_setting(c, "cardinal_gen_words"), to, strlen(to));
        return (size_t)(b - a->s);
    }
}

/* "à la 45'", "en el 90'": the minute mark of a match after a number
 * from 1 to 130, said by [speech.settings] minute_mark "FORM|TEMPLATE"
 * (%o the ordinal in that form of [speech.ordinals], %d the number:
 * French "1|%o minute" la quarante-cinquième minute, Spanish
 * "0|minuto %d"); not feet and inches ("5'11\""), nor stoppage time
 * after a "+", nor a mark before a letter. */
static size_t minute_mark(nz *c, const nz_num *a)
{
    const char *set = nz_setting(c, "minute_mark"), *q = a->e, *args[128] = { 0 };
    size_t k = *q == '\'' ? 1 : strncmp(q, "\xE2\x80\xB2", 3) == 0 || strncmp(q, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
    char ord[96], num[8];
    long v = num_int(a);

    if (!set || !k || !strchr(set, '|') || a->nf || a->grouped || a->nd > 3 || v < 1 || v > 130 ||
        nz_is_alnum_at(q + k) || q[k] == '\'' || q[k] == '"' || (a->s > c->text && a->s[-1] == '+') ||
        (a->s > c->text && a->s[-1] == '\''))
        return 0;
    if (strstr(set, "%o") && !nz_ordinal_str(c, v, atoi(set), NULL, ord, sizeof(ord)))
        return 0;
    snprintf(num, sizeof(num), "%ld", v);
    args['o'] = ord, args['d'] = num;
    nz_put_tpl(c, strchr(set, '|') + 1, args);
    return (size_t)(q + k - a->s);
}

/* "à la 45+2'", "al 45'+2'": stoppage time, the minute mark of a match
 * (1 to 130, the mark after it optional), a "+" and the minutes added
 * (1 to 30) with their mark, said by [speech.settings] minute_stoppage
 * "FORM|TEMPLATE" (%o the first number's ordinal in that form of
 * [speech.ordinals], %d the number, %a the minutes added: Italian
 * "0|%o più %a" quarantacinquesimo più due), where the sign alone was
 * read as a sum and "45'" as "quarantacinquesimo minuto+2'". */
static size_t minute_stoppage(nz *c, const nz_num *a)
{
    const char *set = nz_setting(c, "minute_stoppage"), *q = a->e, *args[128] = { 0 };
    size_t k, m, k2;
    char ord[96], num[8], add[8];
    long v = num_int(a);

    if (!set || !strchr(set, '|') || a->nf || a->grouped || a->nd > 3 || v < 1 || v > 130 ||
        (a->s > c->text && (a->s[-1] == '+' || a->s[-1] == '\'' || nz_is_alnum_at(a->s - 1))))
        return 0;
    k = *q == '\'' ? 1 : strncmp(q, "\xE2\x80\xB2", 3) == 0 || strncmp(q, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
    q += k;
    if (*q != '+' || !(m = nz_digits(q + 1)) || m > 2 || atoi(q + 1) < 1 || atoi(q + 1) > 30)
        return 0;
    snprintf(add, sizeof(add), "%d", atoi(q + 1));
    q += 1 + m;
    k2 = *q == '\'' ? 1 : strncmp(q, "\xE2\x80\xB2", 3) == 0 || strncmp(q, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
    if (!k2 || nz_is_alnum_at(q + k2) || q[k2] == '\'' || q[k2] == '"')
        return 0;
    if (strstr(set, "%o") && !nz_ordinal_str(c, v, atoi(set), NULL, ord, sizeof(ord)))
        return 0;
    snprintf(num, sizeof(num), "%ld", v);
    args['o'] = ord, args['d'] = num, args['a'] = add;
    nz_put_tpl(c, strchr(set, '|') + 1, args);
    return (size_t)(q + k2 - a->s);
}

/* "dostał 5+ z matematyki": a school grade written with a plus or a
 * minus, said with the words of [speech.settings] grade_marks ("6 z
 * plusem|z minusem": the top grade, then the plus's and the minus's
 * words); only a whole number from 1 to the top grade whose sign ends
 * the word, after a word of grade_words one or two words back
 * ("ocenę", "dostał") or before the word of grade_after ("5+ z
 * fizyki"); not "3+ lat", "18+", "5-6". */
static size_t grade_mark(nz *c, const nz_num *a)
{
    const char *set = nz_setting(c, "grade_marks"), *q = a->e, *w, *sp;
    size_t wn;
    long v = num_int(a);
    bool ok = false;

    if (!set || (*q != '+' && *q != '-') || a->nf || a->grouped || a->nd != 1 || v < 1 ||
        v > atol(set) || !(sp = strchr(set, ' ')) || !strchr(sp, '|') ||
        (q[1] && q[1] != ' ' && !strchr(",.;:!?)", q[1])) ||
        (a->s > c->text && (nz_is_alnum_at(a->s - 1) || a->s[-1] == '-' || a->s[-1] == '+')))
        return 0;
    if ((wn = nz_word_before(c, a->s, &w)) && w + wn + 1 == a->s) {
        ok = nz_in_words(nz_setting(c, "grade_words"), w, wn);
        if (!ok && (wn = nz_word_before(c, w, &w)))
            ok = nz_in_words(nz_setting(c, "grade_words"), w, wn);
    }
    if (!ok && q[1] == ' ' && (wn = nz_word_after(q + 1, &w)) && w == q + 2 && w[wn] == ' ' &&
        nz_word_after(w + wn, &sp) && !nz_upper_at(sp))
        ok = nz_in_words(nz_setting(c, "grade_after"), w, wn);
    if (!ok)
        return 0;
    sp = strchr(set, ' ') + 1;
    if (*q == '-')
        sp = strchr(sp, '|') + 1;
    al_buf_printf(c->b, "%s %.*s", a->d, (int)strcspn(sp, "|"), sp);
    return (size_t)(q + 1 - a->s);
}

/* "5'11\"", "5’11”": feet and inches written with quotes (the primes
 * "6′2″" are units of their own), said by [speech.settings]
 * feet_inches (%f the feet, %i the inches: English "%f foot %i"); only
 * a height's shape, feet 1 to 9 and inches 0 to 11. */
static size_t feet_inches(nz *c, const nz_num *a)
{
    const char *set = nz_setting(c, "feet_inches"), *q = a->e, *args[128] = { 0 };
    size_t k = *q == '\'' ? 1 : strncmp(q, "\xE2\x80\x99", 3) == 0 ? 3 : 0, n, m;
    char f[48], i[8];

    if (!set || !k || a->nf || a->grouped || a->nd != 1 || *a->d == '0' || (n = nz_digits(q + k)) < 1 || n > 2 ||
        atoi(q + k) > 11)
        return 0;
    m = q[k + n] == '"' ? 1 : strncmp(q + k + n, "\xE2\x80\x9D", 3) == 0 ? 3 : 0;
    if (!m || nz_is_alnum_at(q + k + n + m))
        return 0;
    snprintf(f, sizeof(f), "%s", a->d);
    snprintf(i, sizeof(i), "%d", atoi(q + k));
    args['f'] = f, args['i'] = i;
    nz_put_tpl(c, set, args);
    return (size_t)(q + k + n + m - a->s);
}

/* A unit's forms by its key in either table of units, or NULL. */
static const char *unit_forms(const nz *c, const char *key)
{
    const char *v = nz_get(c, NZ_UNITS_TIGHT, key);

    return v ? v : nz_get(c, NZ_UNITS, key);
}

/* A word of capitals at P (N letters) that reads as a word, not as
 * letters: a consonant first, a vowel, no two vowels together, no two
 * consonants at its end, two at its start only before R or L ("MAX",
 * "PRO", "PLUS", "MINI"; not "XL", "GTI", "AMG", "NEO", "USA"). */
static bool caps_sayable(const char *p, size_t n)
{
    bool vowel = false;

    if (strchr("AEIOU", p[0]))
        return false;   /* "USA", "EVO": spelled or not, no word's shape says */
    for (size_t i = 0; i < n; i++) {
        bool v = strchr("AEIOU", p[i]) != NULL;
        bool pv = i && strchr("AEIOU", p[i - 1]) != NULL;
        vowel |= v;
        if (i && v && pv)
            return false;
        if (i && !v && !pv && (i == n - 1 || i > 1 || (p[i] != 'R' && p[i] != 'L')))
            return false;
    }
    return vowel;
}

/* "1e-3", "2.5E6": a number in E notation, the mantissa, the words of
 * [speech.settings] e_notation ("times ten to the"), [speech.words]
 * minus for a negative exponent and the exponent; not inside a word or
 * a hex code ("0x1e3", "3e8a"). */
static size_t e_notation(nz *c, const nz_num *a)
{
    const char *l = nz_setting(c, "e_notation"), *q = a->e, *mw = nz_word(c, "minus");
    size_t sn = 0, dn;

    if (!l || (*q != 'e' && *q != 'E') || a->grouped || (a->s > c->text && nz_is_alnum_at(a->s - 1)))
        return 0;
    q++;
    if (*q == '-' || *q == '+')
        sn = 1;
    else if (strncmp(q, "\xE2\x88\x92", 3) == 0)
        sn = 3;
    dn = nz_digits(q + sn);
    if (!dn || dn > 3 || nz_is_alnum_at(q + sn + dn) || (sn && *q != '+' && !mw))
        return 0;
    put_num(c, a);
    al_buf_printf(c->b, " %s ", l);
    if (sn && *q != '+')
        al_buf_printf(c->b, "%s ", mw);
    al_buf_put(c->b, q + sn + (q[sn] == '0' && dn > 1), dn - (q[sn] == '0' && dn > 1));
    return (size_t)(q + sn + dn - a->s);
}

/* "1080p", "720p", "1080i": a video's line count of [speech.settings]
 * video_lines glued to "p" (progressive) or "i" (interlaced) is a
 * resolution, not pence: said in pairs as presenters say it ("ten eighty
 * p", "seven twenty p"), the letter apart. */
static size_t video_lines(nz *c, const nz_num *a)
{
    const char *l = nz_setting(c, "video_lines"), *q = a->e;

    if (!l || a->nf || a->grouped || a->nd < 3 || a->nd > 4 || (*q != 'p' && *q != 'i') ||
        nz_is_alnum_at(q + 1) || (a->s > c->text && nz_is_alnum_at(a->s - 1)) || !nz_in_words(l, a->d, a->nd))
        return 0;
    nz_space(c);
    al_buf_printf(c->b, "%.*s %.2s %c", (int)(a->nd - 2), a->d, a->d + a->nd - 2, *q);
    return (size_t)(q + 1 - a->s);
}

/* "RTX 4090", "GTX 1660": a model of four digits after a series code of
 * three capitals with no vowel (letters, no word: "RTX", not "ICE" or
 * "DAX"), the last two a round ten, is said in pairs, the series and
 * its tier, as presenters say it ("forty ninety", "vierzig neunzig");
 * not a year's number (1900 to 2099 reads as a year already), a round
 * hundred, a code after a word of [speech.settings] code_words ("PLZ"),
 * a unit, currency or abbreviation before a number. */
static size_t series_model(nz *c, const nz_num *a)
{
    const char *mw;
    size_t mn = nz_word_before(c, a->s, &mw);
    int v = a->nd == 4 ? atoi(a->d) : 0;

    if (mn != 3 || mw + mn + 1 != a->s || a->nf || a->grouped || v < 1000 || (v >= 1900 && v < 2100) ||
        a->d[2] == '0' || a->d[3] != '0' || nz_is_alnum_at(a->e) ||
        ((*a->e == '-' || *a->e == '.' || *a->e == ',' || *a->e == '/') && nz_digit(a->e[1])))
        return 0;
    for (size_t i = 0; i < mn; i++)
        if (mw[i] < 'A' || mw[i] > 'Z' || strchr("AEIOUY", mw[i]))
            return 0;
    if (nz_in_words(nz_setting(c, "code_words"), mw, mn) || nz_find(c, NZ_CURRENCY, mw, mn, false) ||
        nz_find(c, NZ_UNITS, mw, mn, false) || nz_find(c, NZ_ABBREV_NUM, mw, mn, true))
        return 0;
    al_buf_printf(c->b, "%.2s %.2s", a->d, a->d + 2);
    return (size_t)(a->e - a->s);
}

/* "Boeing 737 MAX 8", "Die Boeing 737 MAX 8": a model's number after a
 * capitalised name, then a variant of capitals and its number. The
 * model is said as a model (English in pairs, [speech.settings]
 * model_pairs: "seven thirty-seven"), the variant as a word where it
 * reads as one ("Max"), else left to be spelled. */
static size_t model_variant(nz *c, const nz_num *a)
{
    const char *mw, *v = a->e + 1;
    size_t mn = nz_word_before(c, a->s, &mw), vn = 0, dn;

    if (!mn || mw + mn + 1 != a->s || !nz_upper_at(mw) || a->nd < 2 || a->nd > 4 || a->nf || a->grouped ||
        *a->e != ' ' || nz_find(c, NZ_CURRENCY, mw, mn, false) || nz_find(c, NZ_ABBREV_NUM, mw, mn, true))
        return 0;
    while (v[vn] >= 'A' && v[vn] <= 'Z')
        vn++;
    dn = v[vn] == ' ' ? nz_digits(v + vn + 1) : 0;
    /* "Boeing 737 MAX again": with no variant number, a model of three
     * digits and a variant of three capitals or more that reads as a
     * word, not in a line of capitals (a headline) */
    if (!dn) {
        const char *nw;
        size_t nn = nz_word_after(v + vn, &nw);
        if (a->nd != 3 || vn < 3 || nz_is_alnum_at(v + vn) || !caps_sayable(v, vn) ||
            (nn >= 2 && nz_upper_at(nw) && nz_upper_at(nw + 1)))
            return 0;
    }
    if (vn < 2 || vn > 5 || (dn && (v[vn] != ' ' || dn > 2 || nz_is_alnum_at(v + vn + 1 + dn))) ||
        nz_find(c, NZ_UNITS, v, vn, false) || nz_find(c, NZ_UNITS_TIGHT, v, vn, false) ||
        nz_find(c, NZ_CURRENCY, v, vn, false) || (!dn && nz_find(c, NZ_ABBREV, v, vn, false)))
        return 0;
    if (a->nd == 3 && nz_setting(c, "model_pairs") && a->d[1] == '0')
        al_buf_printf(c->b, "%c %s %c ", a->d[0], nz_setting(c, "model_pairs"), a->d[2]);
    else if (a->nd == 3 && nz_setting(c, "model_pairs"))
        al_buf_printf(c->b, "%c %s ", a->d[0], a->d + 1);
    else
        al_buf_printf(c->b, "%s ", a->d);
    if (!caps_sayable(v, vn)) {
        al_buf_put(c->b, v, vn);
        return (size_t)(v + vn - a->s);
    }
    al_buf_putc(c->b, v[0]);
    for (size_t i = 1; i < vn; i++)
        al_buf_putc(c->b, (char)(v[i] + 32));
    return (size_t)(v + vn - a->s);
}

/* "2h45min", "2h45", Dutch "2u45": a duration written as one word, the
 * hours' unit ("h", or "u" where the language's units have it) glued
 * between the hours and two digits of minutes, "min" glued after or not.
 * Said as the two amounts with their units, joined by unit_split_join
 * where the language has it (Italian "due ore e quarantacinque minuti").
 * Without "min", where "14h30" is a clock time ([speech.settings]
 * time_h: French, Portuguese) the time's own rule decides. */
static size_t compact_duration(nz *c, const nz_num *a)
{
    const char *q = a->e, *hv, *mv, *end, *join = nz_setting(c, "unit_split_join");
    char hk[2] = { *q, '\0' };
    nz_num b;

    if (a->nf || a->grouped || a->nd > 2 || (*q != 'h' && *q != 'u') || !(hv = unit_forms(c, hk)) ||
        nz_digits(q + 1) != 2 || atoi(q + 1) > 59 || !(mv = unit_forms(c, "min")))
        return 0;
    end = q + 3;
    if (strncmp(end, "min", 3) == 0)
        end += 3;
    else if (nz_setting(c, "time_h"))
        return 0;
    if (nz_is_alnum_at(end))
        return 0;
    /* Dutch "om 12u30": right after a word of [speech.settings]
     * clock_words a clock time, the hour, the hours' unit and the
     * minutes, twaalf uur dertig; "duurt 2u30" stays a duration */
    const char *cw;
    size_t cn = nz_word_before(c, a->s, &cw);
    if (end == q + 3 && cn && cw + cn + 1 == a->s && nz_in_words(nz_setting(c, "clock_words"), cw, cn) &&
        atoi(a->d) <= 24) {
        al_buf_printf(c->b, "%d %.*s", atoi(a->d), (int)strcspn(hv, "| -"), hv);
        if (atoi(q + 1))
            al_buf_printf(c->b, " %d", atoi(q + 1));
        keep_period(c, end);
        return (size_t)(end - a->s);
    }
    parse_num(c, q + 1 + (q[1] == '0'), &b);   /* "1h05": five minutes */
    put_one(c, a, hv, strcspn(hv, "| -"));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, hv, count_form(c, a, hv));
    if (join)
        al_buf_printf(c->b, " %s", join);
    al_buf_putc(c->b, ' ');
    put_one(c, &b, mv, strcspn(mv, "| -"));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, mv, count_form(c, &b, mv));
    keep_period(c, end);
    return (size_t)(end - a->s);
}

/* "1m 12s", "3m12s", "2h 15m": a number glued to "m" is minutes, not
 * metres, when seconds glued to "s" follow it (a space between or none)
 * or an hour glued to "h" comes right before it: said with the units of
 * "min" (and "s"), "1 minute 12 seconds". */
static size_t minutes_m(nz *c, const nz_num *a)
{
    const char *q = a->e, *mv = unit_forms(c, "min"), *sv = unit_forms(c, "s"), *r;
    nz_num b;
    size_t sn = 0;

    if (a->nf || a->grouped || a->nd > 2 || *q != 'm' || !(q[1] == ' ' || nz_digit(q[1]) || !nz_is_alnum_at(q + 1)) ||
        !mv || !sv)
        return 0;
    r = q + 1 + (q[1] == ' ');
    if ((sn = nz_digits(r)) >= 1 && sn <= 2 && r[sn] == 's' && !nz_is_alnum_at(r + sn + 1) && atoi(r) < 60)
        ;   /* seconds follow */
    else {
        const char *h = a->s;
        sn = 0;
        if (nz_digit(q[1]) || h - c->text < 3 || h[-1] != ' ' || h[-2] != 'h' || !nz_digit(h[-3]) || atoi(a->d) >= 60)
            return 0;   /* not after "2h " either */
    }
    put_one(c, a, mv, strcspn(mv, "| -"));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, mv, count_form(c, a, mv));
    if (!sn)
        return (size_t)(q + 1 - a->s);
    parse_num(c, r, &b);
    al_buf_putc(c->b, ' ');
    put_one(c, &b, sv, strcspn(sv, "| -"));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, sv, count_form(c, &b, sv));
    keep_period(c, r + sn + 1);
    return (size_t)(r + sn + 1 - a->s);
}

/* "38.3°N", "37,2° O", "52,1° NB": a coordinate, the number with a
 * degree sign and a compass point of [speech.settings] compass ("N=north
 * E=east", German "O=Ost", Dutch "NB=noorderbreedte"): the number, the
 * degrees ([speech.words] degree, else the unit "°") and the point's
 * word, where the letter alone was spelled and Italian or Spanish read
 * "42°" as an ordinal. */
static size_t coordinate(nz *c, const nz_num *a)
{
    const char *q = a->e, *l = nz_setting(c, "compass"), *deg = nz_word(c, "degree");
    const char *hms = nz_setting(c, "hms"), *mv = NULL, *sv = NULL;
    nz_num m[2];
    size_t kn, mn = 0;

    if (!l || strncmp(q, "\xC2\xB0", 2) != 0 || a->grouped)
        return 0;
    q += 2 + nz_space_at(q + 2);
    /* "48° 51′ N", "48°51'30\" N": minutes and seconds of arc, said with
     * the words of [speech.settings] hms (its second and third forms) */
    if (hms && (mv = strchr(hms, ' ')) && (sv = strchr(++mv, ' ')))
        sv++;
    while (mv && mn < 2 && nz_digits(q) && nz_digits(q) <= 2) {
        const char *r = q + nz_digits(q);
        size_t sn = strncmp(r, mn ? "\xE2\x80\xB3" : "\xE2\x80\xB2", 3) == 0 ? 3 :
                    *r == (mn ? '"' : '\'') ? 1 : 0;
        if (!sn || (nz_is_alnum_at(r + sn) && !nz_digit(r[sn])))
            break;
        parse_num(c, q + (*q == '0' && nz_digit(q[1])), &m[mn++]);   /* "21°05′": five */
        q = r + sn + nz_space_at(r + sn);
    }
    for (kn = 0; q[kn] >= 'A' && q[kn] <= 'Z'; kn++)
        ;
    if (!kn || nz_is_alnum_at(q + kn))
        return 0;
    if (!deg)
        deg = nz_get(c, NZ_UNITS, "\xC2\xB0");
    if (!deg)
        deg = nz_get(c, NZ_UNITS_TIGHT, "\xC2\xB0");
    while (deg && *l) {
        size_t ln = strcspn(l, " ");
        const char *eq = memchr(l, '=', ln);
        if (eq && (size_t)(eq - l) == kn && strncmp(l, q, kn) == 0) {
            put_num(c, a);
            al_buf_putc(c->b, ' ');
            nz_put_form(c, deg, nz_setting(c, "plural_few") ? count_form(c, a, deg) :
                               strcmp(a->d, "1") == 0 && !a->nf ? 0 : 1);
            for (size_t i = 0; i < mn; i++) {
                const char *f = i ? sv : mv;
                size_t fn = strcspn(f, " ");
                char forms[128];
                snprintf(forms, sizeof(forms), "%.*s", (int)(fn < sizeof(forms) ? fn : 0), f);
                al_buf_putc(c->b, ' ');
                put_one(c, &m[i], forms, strcspn(forms, "| -"));
                al_buf_putc(c->b, ' ');
                nz_put_form(c, forms, count_form(c, &m[i], forms));
            }
            /* the point's word; '_' joins a phrase (Polish
             * "szerokości_północnej") */
            al_buf_putc(c->b, ' ');
            for (const char *v = eq + 1; v < l + ln; v++)
                al_buf_putc(c->b, *v == '_' ? ' ' : *v);
            return (size_t)(q + kn - a->s);
        }
        l += ln + strspn(l + ln, " ");
    }
    return 0;
}

/* "+2°", "-3°": a signed number with a degree sign is a temperature, not
 * an ordinal ("2°" secondo): the sign's word, the number and
 * [speech.words] degree ("grau|graus"; without it all is left to
 * espeak-ng). Not "°C", which the units say. */
static size_t signed_degrees(nz *c, const nz_num *a)
{
    const char *q = a->e, *deg = nz_word(c, "degree"), *plus = nz_word(c, "plus");
    bool pos = a->s > c->text && a->s[-1] == '+';
    bool neg = a->s > c->text && (a->s[-1] == '-' || (a->s - c->text >= 3 && strncmp(a->s - 3, "\xE2\x88\x92", 3) == 0));

    if (strncmp(q, "\xC2\xB0", 2) != 0 || nz_is_alnum_at(q + 2) || (q[2] == ' ' && (q[3] == 'C' || q[3] == 'F') && !nz_is_alnum_at(q + 4)) ||
        !(pos || neg) || a->grouped || !deg)
        return 0;
    /* the '+' was copied as it is: its word instead */
    if (pos && plus && c->b->len && c->b->data[c->b->len - 1] == '+') {
        c->b->len--;
        nz_space(c);
        al_buf_printf(c->b, "%s ", plus);
    }
    put_num(c, a);
    al_buf_putc(c->b, ' ');
    nz_put_form(c, deg, strcmp(a->d, "1") == 0 && !a->nf ? 0 : 1);
    return (size_t)(q + 2 - a->s);
}

/* The superscript digit or minus at P: its value ('0'..'9', '-'), its
 * length in *N; 0 when there is none. */
static char superscript_at(const char *p, size_t *n)
{
    uint32_t cp;

    *n = nz_cp(p, &cp);
    if (cp == 0xB9)
        return '1';
    if (cp == 0xB2 || cp == 0xB3)
        return (char)('2' + (cp - 0xB2));
    if (cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079))
        return (char)('0' + (cp - 0x2070));
    return cp == 0x207B ? '-' : 0;
}

/* "10^6", "5 × 10⁻³", "2^32": a power, the number, the word of '^'
 * ([speech.symbols]: "to the power of", "hoch", "alla"), minus and the
 * exponent; Polish says the exponent as an ordinal, "do szóstej"
 * ([speech.settings] power_ordinal, the case and gender of
 * [speech.ordinal_cases], or a form of [speech.ordinals]: Italian "alla
 * sesta", Dutch "tot de zesde"). A lone "²" or "³" stays "squared", "cubed";
 * a superscript after four digits is a footnote ("2019¹"). */
static size_t power(nz *c, const nz_num *a)
{
    const char *q = a->e, *pw = nz_get(c, NZ_SYMBOLS, "^"), *ok;
    char ex[16];
    size_t n, k = 0, sup = 0;
    bool neg = false;

    if (!pw || a->nf || a->grouped)
        return 0;
    if (*q == '^') {
        q++;
        if (*q == '-' || strncmp(q, "\xE2\x88\x92", 3) == 0) {
            neg = true;
            q += *q == '-' ? 1 : 3;
        }
        while (nz_digit(*q) && k + 1 < sizeof(ex))
            ex[k++] = *q++;
    } else {
        if (a->nd > 3)
            return 0;
        char d;
        while ((d = superscript_at(q, &n)) && k + 1 < sizeof(ex)) {
            if (d == '-') {
                if (neg || k)
                    return 0;
                neg = true;
            } else {
                ex[k++] = d;
            }
            q += n;
            sup++;
        }
        if (sup == 1 && k == 1 && (ex[0] == '2' || ex[0] == '3'))
            return 0;   /* "10³": ten cubed ([speech.symbols]) */
    }
    ex[k] = '\0';
    if (!k || k > 3 || nz_is_alnum_at(q) || (neg && !nz_word(c, "minus")))
        return 0;
    put_num(c, a);
    al_buf_printf(c->b, " %s ", pw);
    if (neg)
        al_buf_printf(c->b, "%s ", nz_word(c, "minus"));
    char ord[96], key[16];
    const char *form = nz_setting(c, "power_ordinal");
    int fi = -1;
    /* a digit: that form of [speech.ordinals] itself (Italian "alla
     * sesta", Dutch "tot de zesde") */
    if (form && nz_digit(*form))
        fi = atoi(form);
    else if (form && (ok = nz_get(c, NZ_ORD_CASES, (snprintf(key, sizeof(key), "%s", form), key))))
        fi = atoi(ok);
    /* power_ordinal_minus no: a negative exponent stays a number,
     * Italian "alla meno tre" */
    const char *om = nz_setting(c, "power_ordinal_minus");
    if (neg && om && strcmp(om, "no") == 0)
        fi = -1;
    if (fi >= 0 && nz_ordinal_str(c, atol(ex), fi, NULL, ord, sizeof(ord)))
        al_buf_puts(c->b, ord);
    else
        al_buf_puts(c->b, ex);
    /* "3 × 10⁸ m/s", "6 × 10²³ mol": a unit after the power counts the
     * whole amount, in the form the base's number takes (plural after
     * ten, Polish "metrów") */
    const al_lang_entry *u;
    size_t un;
    if (*q == ' ' && (u = unit_at(c, q + 1, false, &un)) && !nz_is_alnum_at(q + 1 + un)) {
        al_buf_putc(c->b, ' ');
        nz_put_form(c, nz_value(u), count_form(c, a, nz_value(u)));
        q = unit_period(per_unit(c, q + 1 + un, false));
        keep_period(c, q);
    }
    return (size_t)(q - a->s);
}

/* ---- entry points ---- */

/* Is there a word of [speech.settings] cricket_words in the sentence
 * around P (at most 300 bytes each way, to a sentence's end mark)? */
static bool cricket_sentence(const nz *c, const char *p)
{
    const char *l = nz_setting(c, "cricket_words"), *a = p, *b = p;

    if (!l)
        return false;
    for (int i = 0; i < 300 && a > c->text && !strchr(".!?\n", a[-1]); i++)
        a--;
    /* a period between digits is no sentence's end ("245/6 ... 4.2 overs") */
    for (int i = 0; i < 300 && *b && !(strchr("!?\n", *b) || (*b == '.' && !nz_digit(b[1]))); i++)
        b++;
    for (const char *w = a; w < b;) {
        size_t n = 0;
        while (w + n < b && nz_is_alnum_at(w + n))
            n += nz_cp(w + n, &(uint32_t){ 0 });
        if (n && nz_in_words(l, w, n))
            return true;
        w += n ? n : 1;
    }
    return false;
}

/* Cricket's figures in a sentence about cricket (a word of
 * [speech.settings] cricket_words: wickets, overs, innings, "T20"): a
 * total above 31 and its wickets, "245/6" (up to 10 wickets), and a bowler's
 * wickets and runs, "4-32" (up to 10 wickets, then one to three digits
 * of runs), said with the word cricket_for between ("two hundred
 * forty-five for six", "four for thirty-two"). Elsewhere the shapes are
 * a date, a fraction, a score or a range. */
static size_t cricket_figures(nz *c, const char *p)
{
    const char *f = nz_setting(c, "cricket_for");
    size_t n = nz_digits(p), m;

    if (!f || !n || n > 3 || (p > c->text && (nz_digit(p[-1]) || strchr("./-:,", p[-1]))) ||
        (p[n] != '/' && p[n] != '-') || !(m = nz_digits(p + n + 1)) || m > 3 || nz_is_alnum_at(p + n + 1 + m) ||
        (p[n + 1 + m] && strchr("./-:,", p[n + 1 + m]) && nz_digit(p[n + 2 + m])))
        return 0;
    /* a total above 31 ("12/6" may be a date, "3/4" a fraction) */
    if (p[n] == '/' ? (m > 2 || atoi(p + n + 1) > 10 || atoi(p) < 32) : (n > 2 || atoi(p) > 10))
        return 0;
    if (!cricket_sentence(c, p))
        return 0;
    al_buf_printf(c->b, "%.*s %s %.*s", (int)n, p, f, (int)m, p + n + 1);
    return n + 1 + m;
}

/* "2:21:45": a race's time, hours with one digit, minutes and seconds,
 * said with the three nouns of [speech.settings] hms ("hour|hours
 * minute|minutes second|seconds"), each in its count's form and agreeing
 * ("duas horas", "dwie godziny"); a noun for hours after it is said
 * once ("2:21:45 Stunden"). A clock's "03:30:00" (two digits) is not one;
 * a time mark of a recording with no hours, "00:04:12 – Le potager" in a
 * podcast's notes or a video's chapters, is: no clock writes the hour
 * after midnight with its seconds in running text, and the zero hours
 * are not said ("four minutes and twelve seconds"). */
static size_t race_time(nz *c, const char *p)
{
    size_t hd = p[0] == '0' && p[1] == '0' && p[2] == ':' ? 2 : 1;
    const char *l = nz_setting(c, "hms"), *q = p + hd, *w;
    char forms[3][96];
    nz_num part[3];
    size_t wn;

    if (!l || !nz_digit(*p) || (p > c->text && (nz_digit(p[-1]) || p[-1] == ':' || p[-1] == '.')) ||
        q[0] != ':' || nz_digits(q + 1) != 2 || q[3] != ':' || nz_digits(q + 4) != 2 ||
        nz_is_alnum_at(q + 6) || q[6] == ':' || atoi(q + 1) > 59 || atoi(q + 4) > 59 ||
        (hd == 2 && atoi(q + 1) == 0 && atoi(q + 4) == 0) ||
        nz_ampm_len(c, q + 6 + (q[6] == ' ')))   /* "2:22:35 AM" is a clock's */
        return 0;
    for (int i = 0; i < 3; i++) {
        size_t n = strcspn(l, " ");
        if (!n || n >= sizeof(forms[i]))
            return 0;
        snprintf(forms[i], sizeof(forms[i]), "%.*s", (int)n, l);
        l += n;
        while (*l == ' ')
            l++;
    }
    for (int i = 0; i < 3; i++) {
        const char *s = i == 0 ? p : q + 1 + 3 * (i - 1);
        memset(&part[i], 0, sizeof(part[i]));
        part[i].s = s;
        part[i].nd = i == 0 ? hd : 2;
        part[i].e = s + part[i].nd;
        snprintf(part[i].d, sizeof(part[i].d), "%ld", atol(s) % (i == 0 ? 10 : 100));
        part[i].nd = strlen(part[i].d);
    }
    /* "2 hours, 24 minutes and 10 seconds": the last part said after the
     * language's "and" ([speech.words] and), as a list is read */
    int last = num_int(&part[2]) ? 2 : num_int(&part[1]) ? 1 : 0;
    bool said = false;
    for (int i = 0; i < 3; i++) {
        if ((i || hd == 2) && num_int(&part[i]) == 0)
            continue;
        if (said)
            al_buf_putc(c->b, ' ');
        if (said && i == last && nz_word(c, "and"))
            al_buf_printf(c->b, "%s ", nz_word(c, "and"));
        put_one(c, &part[i], forms[i], strcspn(forms[i], "|"));
        al_buf_putc(c->b, ' ');
        nz_put_form(c, forms[i], count_form(c, &part[i], forms[i]));
        said = true;
    }
    q += 6;
    /* "in 2:21:45 Stunden": the hours' noun said once */
    if (*q == ' ' && (wn = nz_word_after(q, &w))) {
        for (const char *f = forms[0]; *f; f += strcspn(f, "|"), f += *f == '|') {
            size_t fn = strcspn(f, "|");
            if (fn == wn && strncmp(f, w, wn) == 0) {
                q = w + wn;
                break;
            }
        }
        /* "1:45:30 Std.", "2:05:41 h": the hours' unit written short */
        const al_lang_entry *u;
        size_t un, f0 = strcspn(forms[0], "|");
        if (q == p + hd + 6 && ((u = nz_match(c, NZ_UNITS, q + 1, false, &un)) ||
                           (u = nz_match(c, NZ_UNITS_TIGHT, q + 1, false, &un))) &&
            !nz_is_alnum_at(q + 1 + un) && strncmp(nz_value(u), forms[0], f0) == 0 &&
            (nz_value(u)[f0] == '|' || !nz_value(u)[f0])) {
            q += 1 + un;
            if (q[-1] == '.' && nz_at_end(q))
                al_buf_putc(c->b, '.');
        }
    }
    return (size_t)(q - p);
}

/* "in 41:07 min", "41:07 Min.", "en 41:07": minutes and seconds, not a
 * ratio ("41 zu 07") nor a clock time: two digits of seconds after the
 * colon, and a minutes' unit after them or, where no clock has that hour
 * (24 or more), the seconds zero-padded as no ratio is. Said with the
 * minutes' and seconds' nouns of [speech.settings] hms, the seconds after
 * the language's "and"; the unit after them is said once. */
static size_t race_minutes(nz *c, const char *p)
{
    const char *l = nz_setting(c, "hms"), *w, *mu = unit_forms(c, "min");
    size_t n = nz_digits(p), wn = 0, un = 0;
    char forms[3][96];
    nz_num part[2];
    const al_lang_entry *u = NULL;

    if (!l || !mu || !n || n > 3 || (p > c->text && (nz_digit(p[-1]) || p[-1] == ':' || p[-1] == '.')) || p[n] != ':' ||
        nz_digits(p + n + 1) != 2 || atoi(p + n + 1) > 59 || nz_is_alnum_at(p + n + 3) ||
        (strchr(":.,", p[n + 3]) && p[n + 3] && nz_digit(p[n + 4])))
        return 0;
    for (int i = 0; i < 3; i++) {
        size_t fn = strcspn(l, " ");
        if (!fn || fn >= sizeof(forms[i]))
            return 0;
        snprintf(forms[i], sizeof(forms[i]), "%.*s", (int)fn, l);
        l += fn;
        while (*l == ' ')
            l++;
    }
    const char *q = p + n + 3;
    if (*q == ' ' && (wn = nz_word_after(q, &w)) && w == q + 1 && (u = unit_at(c, w, false, &un)) &&
        strcmp(nz_value(u), mu) != 0)
        u = NULL;
    /* a pace with no minutes' unit, "4:45/km": the slash and a unit */
    size_t rn;
    bool pace = !u && *q == '/' && unit_at(c, q + 1, true, &rn) && !nz_is_alnum_at(q + 1 + rn);
    if (!u && !pace && !(atoi(p) >= 24 && p[n + 1] == '0'))
        return 0;
    for (int i = 0; i < 2; i++) {
        const char *s = i == 0 ? p : p + n + 1;
        memset(&part[i], 0, sizeof(part[i]));
        part[i].s = s;
        part[i].e = s + (i == 0 ? n : 2);
        snprintf(part[i].d, sizeof(part[i].d), "%ld", atol(s));
        part[i].nd = strlen(part[i].d);
    }
    put_one(c, &part[0], forms[1], strcspn(forms[1], "|"));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, forms[1], count_form(c, &part[0], forms[1]));
    if (num_int(&part[1])) {
        al_buf_putc(c->b, ' ');
        if (nz_word(c, "and"))
            al_buf_printf(c->b, "%s ", nz_word(c, "and"));
        put_one(c, &part[1], forms[2], strcspn(forms[2], "|"));
        al_buf_putc(c->b, ' ');
        nz_put_form(c, forms[2], count_form(c, &part[1], forms[2]));
    }
    if (u) {
        q = w + un;
        /* a pace, "5:30 min/km": per the unit after the slash */
        if (*q == '/')
            q = per_unit(c, q, false);
        keep_period(c, q);
    } else if (pace) {
        q = per_unit(c, q, false);
    }
    return (size_t)(q - p);
}

/* The three nouns of [speech.settings] hms into FORMS; false if missing. */
static bool hms_forms(const nz *c, char forms[3][96])
{
    const char *l = nz_setting(c, "hms");

    for (int i = 0; i < 3; i++) {
        size_t n = l ? strcspn(l, " ") : 0;
        if (!n || n >= sizeof(forms[i]))
            return false;
        snprintf(forms[i], sizeof(forms[i]), "%.*s", (int)n, l);
        l += n;
        while (*l == ' ')
            l++;
    }
    return true;
}

/* A count of minutes or seconds, VAL, said with its noun FORMS and
 * agreeing with it; with [speech.settings] time_marks_acc a span of time
 * is the accusative, a feminine singular after one_f_acc with the ending
 * of acc_f_ending (Polish "jedną minutę"). */
static void put_time_part(nz *c, long val, const char *forms)
{
    const char *fe = nz_setting(c, "acc_f_ending"), *one = nz_setting(c, "one_f_acc");
    size_t sn = strcspn(forms, "|"), en = fe ? strcspn(fe, " ") : 0;
    nz_num part;

    memset(&part, 0, sizeof(part));
    snprintf(part.d, sizeof(part.d), "%ld", val);
    part.nd = strlen(part.d);
    part.s = part.e = c->text;   /* no word before: agrees with the noun alone */
    if (val == 1 && nz_setting(c, "time_marks_acc") && fe && one && en && fe[en] == ' ' && sn > en &&
        strncmp(forms + sn - en, fe, en) == 0) {
        al_buf_printf(c->b, "%s %.*s%s", one, (int)(sn - en), forms, fe + en + 1);
        return;
    }
    put_one(c, &part, forms, sn);
    al_buf_putc(c->b, ' ');
    nz_put_form(c, forms, count_form(c, &part, forms));
}

/* Is W (N bytes) one of the '|' forms of FORMS? */
static bool in_forms(const char *forms, const char *w, size_t n)
{
    for (const char *f = forms; *f; f += strcspn(f, "|"), f += *f == '|')
        if (strcspn(f, "|") == n && strncmp(f, w, n) == 0)
            return true;
    return false;
}

/* "dauert 3:39 Std.", "runs 2:15 hours": hours and minutes with the
 * hours' noun after them are a duration, not a clock time ("3 Uhr 39
 * Std."): one or two digits, a colon, two digits of minutes, a space and
 * the hours' noun of [speech.settings] hms written out, or a unit of
 * more than one letter that says it ("Std.", "hrs"); the bare "h" is
 * left to the clock ("Beginn 19:30 h"), as is a word of time_word.
 * Said as the hours and the minutes with their nouns, the minutes after
 * the language's "and"; the unit is said once. */
static size_t hour_minutes(nz *c, const char *p)
{
    char forms[3][96];
    const char *w, *tw = nz_setting(c, "time_word");
    size_t n = nz_digits(p), wn, un = 0;
    const al_lang_entry *u;
    long h, m;

    if (!n || n > 2 || (p > c->text && (nz_digit(p[-1]) || p[-1] == ':' || p[-1] == '.')) || p[n] != ':' ||
        nz_digits(p + n + 1) != 2 || atoi(p + n + 1) > 59 || p[n + 3] != ' ' || !hms_forms(c, forms) ||
        !(wn = nz_word_after(p + n + 3, &w)) || w != p + n + 4 || (tw && in_forms(tw, w, wn)))
        return 0;
    /* the noun agrees with the hours it counts: "a las 21:00 hora
     * peninsular" names a clock's zone */
    size_t sg = strcspn(forms[0], "|");
    const char *pl = forms[0][sg] == '|' ? forms[0] + sg + 1 : forms[0];
    if (in_forms(forms[0], w, wn)) {
        if (atol(p) != 1 && wn == sg && strncmp(w, forms[0], sg) == 0 &&
            !(wn == strcspn(pl, "|") && strncmp(w, pl, wn) == 0))
            return 0;
        un = wn;
    } else if (!(u = unit_at(c, w, false, &un)) || un < 2 || nz_is_alnum_at(w + un) ||
             !(strcmp(nz_value(u), forms[0]) == 0 || in_forms(forms[0], nz_value(u), strlen(nz_value(u)))))
        return 0;
    h = atol(p), m = atol(p + n + 1);
    if (!h && !m)
        return 0;
    if (h)
        put_time_part(c, h, forms[0]);
    if (h && m) {
        al_buf_putc(c->b, ' ');
        if (nz_word(c, "and"))
            al_buf_printf(c->b, "%s ", nz_word(c, "and"));
    }
    if (m)
        put_time_part(c, m, forms[1]);
    keep_period(c, w + un);
    return (size_t)(w + un - p);
}

/* Minutes M, seconds S and the fraction of a second F (FN digits, none
 * when 0) of a lap, swim or gap time, said with the nouns of
 * [speech.settings] hms, then the fraction by the template lap_thousandths
 * (three digits) or else lap_fraction (%f the digits: French "%f",
 * Italian "e %f", Polish "i %f tysięcznych"). False, saying nothing,
 * where the language has no such template for a fraction or it starts
 * with a zero ("1:23.056" is left as it was). */
static const char *lap_template(const nz *c, size_t fn)
{
    const char *tpl = fn == 3 ? nz_setting(c, "lap_thousandths") : NULL;

    return tpl ? tpl : nz_setting(c, "lap_fraction");
}

/* Can put_lap() say a time whose fraction is F (FN digits)? */
static bool lap_sayable(const nz *c, const char *f, size_t fn)
{
    char forms[3][96];

    return hms_forms(c, forms) && (!fn || (fn <= 3 && *f != '0' && lap_template(c, fn)));
}

static bool put_lap(nz *c, long m, long s, const char *f, size_t fn)
{
    char forms[3][96], fd[8];
    const char *tpl = fn ? lap_template(c, fn) : NULL, *args[128] = { 0 };

    if (!lap_sayable(c, f, fn) || !hms_forms(c, forms))
        return false;
    if (m)
        put_time_part(c, m, forms[1]);
    if (s || !m) {
        if (m)
            al_buf_putc(c->b, ' ');
        put_time_part(c, s, forms[2]);
    }
    if (tpl) {
        snprintf(fd, sizeof(fd), "%.*s", (int)fn, f);
        args['f'] = fd;
        al_buf_putc(c->b, ' ');
        nz_put_tpl(c, tpl, args);
    }
    return true;
}

/* "1:23.456", "1:23,456": a lap or race time, minutes, then seconds with
 * their fraction after the language's decimal mark ([speech.settings]
 * decimal), which no clock time has; Dutch writes "1.23,456", a period
 * before the seconds where the decimal mark is a comma (no thousands
 * group has two digits). Said as the timekeeper reads it, the
 * minutes and then the seconds as a decimal ("one twenty-three point four
 * five six"), not as an hour and its minutes. */
static size_t lap_time(nz *c, const char *p)
{
    const char *dm = nz_setting(c, "decimal");
    size_t n = nz_digits(p), f;

    const char *fr = p + n + 4;
    bool said = lap_template(c, 3) != NULL;

    /* (each byte read only once the ones before it are known to be no
     * NUL: the text may end anywhere) */
    if (!dm || strlen(dm) != 1 || !n || n > 2 || (p > c->text && (nz_digit(p[-1]) || strchr(":.,", p[-1]))) ||
        !(p[n] == ':' || p[n] == '.') || nz_digits(p + n + 1) != 2 ||
        !(p[n] == ':' || (dm[0] == ',' && p[n + 3] == ',')) || atoi(p + n + 1) > 59 || !p[n + 3] ||
        !(f = nz_digits(fr)) || f > 3 || nz_is_alnum_at(fr + f) ||
        (strchr(":.,", fr[f]) && fr[f] && nz_digit(fr[f + 1])))
        return 0;
    /* "1:23.456" where the decimal mark is a comma: a timekeeper's point,
     * where the language says the time with its nouns (lap_fraction or
     * lap_thousandths); not a scale's thousands, "1:50.000", "1:12.500"
     * (a fraction ending in "00") */
    if (p[n + 3] != dm[0] && !(said && p[n + 3] == '.' && dm[0] == ',' && strncmp(fr + f - 2, "00", 2) != 0))
        return 0;
    if (said && lap_sayable(c, fr, f)) {
        put_lap(c, atol(p), atol(p + n + 1), fr, f);
        return n + 4 + f;
    }
    if (p[n + 3] != dm[0])
        return 0;
    al_buf_printf(c->b, "%.*s %.*s", (int)n, p, (int)(3 + f), p + n + 1);
    return n + 4 + f;
}

/* "diciembre '26", "dez. '26", "dec. '26": a two-digit year written with
 * its apostrophe right after a month's name or abbreviation (one space
 * between) is that month's year, said by [speech.settings] month_year_apos
 * (%y the two digits: Spanish "del %y", Portuguese "de %y", Dutch "%y")
 * where espeak-ng would make a pause of the apostrophe; the month was
 * said before it. Not "los '90" (no month), nor "'261". */
static size_t month_year_apos(nz *c, const nz_num *a)
{
    const char *set = nz_setting(c, "month_year_apos"), *q = a->s, *w, *args[128] = { 0 };
    size_t k, n, cut;
    char y[4];

    if (!set || a->nf || a->grouped || a->nd != 2 || nz_is_alnum_at(a->e) || q - c->text < 3)
        return 0;
    k = q[-1] == '\'' ? 1 : q - c->text >= 4 && strncmp(q - 3, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
    if (!k || q[-1 - (int)k] != ' ')
        return 0;
    w = q - k - 1;
    for (n = 0; w > c->text && w[-1] != ' ' && n < 24; n++)
        w--;
    if (w == q - k - 1 || nz_month_at(c, w, &n) < 1 || w + n != q - k - 1)
        return 0;
    /* the apostrophe was copied as it is: not said */
    cut = c->b->len >= k && memcmp(c->b->data + c->b->len - k, q - k, k) == 0 ? k : 0;
    c->b->len -= cut;
    nz_space(c);
    snprintf(y, sizeof(y), "%.2s", a->d);
    args['y'] = y;
    nz_put_tpl(c, set, args);
    return (size_t)(a->e - a->s);
}

/* "1'23\"", "+1'23\"", "1'23\"456", "1’23”", "1′23″": a lap, swim or gap time
 * written with the minutes' and the seconds' marks, one to three digits
 * of minutes, two of seconds (up to 59) and, glued after the seconds'
 * mark, up to three digits of its fraction; said by put_lap(). A '+'
 * before it makes a gap ("+1'23\"": behind by so much), said without the
 * sign. Not a height in feet and inches where the language has
 * [speech.settings] feet_inches ("5'11\"": one digit, inches up to 11,
 * no sign, no fraction). */
static size_t time_marks(nz *c, const nz_num *a)
{
    const char *q = a->e, *f;
    size_t k = *q == '\'' ? 1 : strncmp(q, "\xE2\x80\x99", 3) == 0 || strncmp(q, "\xE2\x80\xB2", 3) == 0 ? 3 : 0, m, fn;
    bool plus = a->s > c->text && a->s[-1] == '+';
    long sec;

    if (!k || a->nf || a->grouped || a->nd > 3 || nz_digits(q + k) != 2 || (sec = atol(q + k)) > 59)
        return 0;
    q += k + 2;
    m = *q == '"' ? 1 : strncmp(q, "\xE2\x80\x9D", 3) == 0 || strncmp(q, "\xE2\x80\xB3", 3) == 0 ? 3 : 0;
    f = q + m;
    fn = m ? nz_digits(f) : 0;
    if (!m || fn > 3 || nz_is_alnum_at(f + fn) || (fn && (f[fn] == ',' || f[fn] == '.') && nz_digit(f[fn + 1])))
        return 0;
    if (nz_setting(c, "feet_inches") && !plus && !fn && a->nd == 1 && sec <= 11)
        return 0;
    if (!lap_sayable(c, f, fn))
        return 0;
    /* the '+' was copied as it is: not said */
    if (plus && c->b->len && c->b->data[c->b->len - 1] == '+')
        c->b->len--;
    nz_space(c);
    put_lap(c, num_int(a), sec, f, fn);
    return (size_t)(f + fn - a->s);
}

/* "34-letni", "5-krotny": a number joined by a hyphen to a lower-case
 * word is the first part of a compound, said in the forms of
 * [speech.compound] (Polish "30" trzydziesto, "4" cztero:
 * trzydziestoczteroletni), the word glued to it. The bytes taken (up to
 * the word), or 0. */
/* "3-ciej", "2-gi", "1-szej": a number, a hyphen and the last two to four
 * letters of one of its ordinal's forms is that form (Polish trzeciej,
 * drugi, pierwszej), before the same shape is read as a compound. */
static size_t ordinal_tail(nz *c, const char *p)
{
    size_t n = nz_digits(p), k = 0, kk;
    uint32_t cp;
    char out[128];

    if (n < 1 || n > 3 || p[n] != '-' || (p > c->text && (nz_digit(p[-1]) || p[-1] == '-' || p[-1] == '.')))
        return 0;
    while ((kk = nz_cp(p + n + 1 + k, &cp)) && nz_is_letter(cp) && !nz_is_upper(cp))
        k += kk;
    if (k < 2 || k > 8 || nz_is_alnum_at(p + n + 1 + k))   /* up to 4 letters, 2 bytes each */
        return 0;
    for (int form = 0; form < 8; form++) {
        size_t on;
        if (!nz_ordinal_str(c, atol(p), form, NULL, out, sizeof(out)))
            return 0;
        on = strlen(out);
        if (on > k && strncmp(out + on - k, p + n + 1, k) == 0 &&
            ((unsigned char)out[on - k] & 0xC0) != 0x80) {
            al_buf_puts(c->b, out);
            return n + 1 + k;
        }
    }
    return 0;
}

static size_t compound(nz *c, const char *p)
{
    size_t n = nz_digits(p);
    long v = atol(p);
    char key[24], out[128] = "";
    const char *t, *u;

    if (!c->t[NZ_COMPOUND].n || n < 1 || n > 2 || p[n] != '-' || !(nz_is_letter((unsigned char)p[n + 1]) ||
        (unsigned char)p[n + 1] >= 0xC3) || nz_upper_at(p + n + 1) || v < 1 ||
        (p > c->text && (nz_digit(p[-1]) || p[-1] == '-' || p[-1] == '.' || p[-1] == ',')))
        return 0;
    if (v < 20 || v % 10 == 0) {
        snprintf(key, sizeof(key), "%ld", v);
        if (!(t = nz_get(c, NZ_COMPOUND, key)))
            return 0;
        snprintf(out, sizeof(out), "%s", t);
    } else {
        snprintf(key, sizeof(key), "%ld", v / 10 * 10);
        t = nz_get(c, NZ_COMPOUND, key);
        snprintf(key, sizeof(key), "%ld", v % 10);
        if (!t || !(u = nz_get(c, NZ_COMPOUND, key)))
            return 0;
        /* "dwudziestojedno": the unit after tens may have its own form */
        if (strchr(u, '|'))
            u = strchr(u, '|') + 1;
        snprintf(out, sizeof(out), "%s%.*s", t, (int)strcspn(u, "|"), u);
    }
    al_buf_put(c->b, out, strcspn(out, "|"));
    /* "3-pok.": an abbreviated last part of the compound,
     * [speech.abbrev_suffix] "pok." pokojowe, said glued to the number's
     * form (trzypokojowe) */
    const al_lang_entry *sx;
    size_t sn;
    if ((sx = nz_match(c, NZ_ABBREV_SUFFIX, p + n + 1, false, &sn)) && sx->key[sn - 1] == '.') {
        nz_put_form(c, nz_value(sx), 0);
        if (nz_at_end(p + n + 1 + sn))
            al_buf_putc(c->b, '.');
        return n + 1 + sn;
    }
    return n + 1;
}

/* Round the clock: "24 h/24", "7 j/7" (a number, a unit of
 * [speech.settings] round_units and the same number after a slash: "24
 * heures sur 24", round_over) and "24/7" ([speech.settings]
 * round_clock, %a and %b the two numbers: Polish "%a na %b"). */
static size_t round_clock(nz *c, const char *p)
{
    size_t n = nz_digits(p), un = 0, m;
    const char *q = p + n, *over = nz_setting(c, "round_over"), *tpl = nz_setting(c, "round_clock");

    if (p > c->text && (p[-1] == '/' || nz_is_alnum_at(p - 1)))
        return 0;
    if (tpl && n == 2 && strncmp(p, "24/7", 4) == 0 && !nz_is_alnum_at(p + 4) && p[4] != '/' &&
        !((p[4] == '.' || p[4] == ',') && nz_digit(p[5]))) {
        const char *args[128] = { 0 };
        char out[64];
        args['a'] = "24", args['b'] = "7";
        nz_tpl(out, sizeof(out), tpl, args);
        al_buf_puts(c->b, out);
        return 4;
    }
    if (!over || n > 2)
        return 0;
    q += *q == ' ';
    /* the unit: "LETTERS=WORD" pairs of [speech.settings] round_units */
    const char *l = nz_setting(c, "round_units"), *word = NULL;
    size_t wn = 0;
    while (l && *l && !word) {
        size_t ln = strcspn(l, " "), kn = strcspn(l, "= ");
        if (l[kn] == '=' && strncmp(l, q, kn) == 0 && q[kn] == '/')
            un = kn, word = l + kn + 1, wn = ln - kn - 1;
        l += ln;
        while (*l == ' ')
            l++;
    }
    if (!word || (m = nz_digits(q + un + 1)) != n || strncmp(p, q + un + 1, n) != 0 || nz_is_alnum_at(q + un + 1 + m))
        return 0;
    al_buf_printf(c->b, "%.*s %.*s %s %.*s", (int)n, p, (int)wn, word, over, (int)n, p);
    return (size_t)(q + un + 1 + m - p);
}

/* "l'article 49.3": after a word of [speech.settings] law_words, where
 * law_paragraph says so (French) and the decimal mark is a comma, a
 * number, a period and one or two digits is an article and its
 * paragraph, said as two numbers ("quarante-neuf trois"), not a decimal
 * or a version (Spanish says "catorce punto dos"). */
static size_t law_subarticle(nz *c, const char *p)
{
    size_t n = nz_digits(p), m;
    const char *w;
    size_t wn;

    if (!nz_setting(c, "law_paragraph") || c->dec != ',' || !n || n > 3 || p[n] != '.' || !(m = nz_digits(p + n + 1)) || m > 2 ||
        nz_is_alnum_at(p + n + 1 + m) || (p[n + 1 + m] == '.' && nz_digit(p[n + 2 + m])) ||
        !(wn = nz_word_before(c, p, &w)) || !nz_in_words(nz_setting(c, "law_words"), w, wn) ||
        !(w[wn] == ' ' || w[wn] == '.'))
        return 0;
    al_buf_printf(c->b, "%.*s %.*s", (int)n, p, (int)m, p + n + 1);
    return n + 1 + m;
}

/* "s. 3(1)", "section 5(2)(a)": after a word of [speech.settings]
 * law_words, a number with a number in brackets glued to it is a section
 * and its subsection, said "3, subsection 1" ([speech.words] subsection),
 * and a letter in brackets after them its paragraph, "paragraph A"
 * ([speech.words] paragraph; the capital, as a lone "a" is read as the
 * article). Not "3 (1)" with a space: an aside. */
static size_t law_subsection(nz *c, const char *p)
{
    size_t n = nz_digits(p), m, wn;
    const char *w, *sub = nz_word(c, "subsection"), *para = nz_word(c, "paragraph"), *q;

    if (!sub || !n || n > 4 || p[n] != '(' || !(m = nz_digits(p + n + 1)) || m > 3 || p[n + 1 + m] != ')' ||
        nz_is_alnum_at(p + n + 2 + m) || !(wn = nz_word_before(c, p, &w)) ||
        !nz_in_words(nz_setting(c, "law_words"), w, wn) || !(w[wn] == ' ' || w[wn] == '.'))
        return 0;
    al_buf_printf(c->b, "%.*s, %s %.*s", (int)n, p, sub, (int)m, p + n + 1);
    q = p + n + 2 + m;
    if (para && q[0] == '(' && q[1] >= 'a' && q[1] <= 'z' && q[2] == ')' && !nz_is_alnum_at(q + 3)) {
        al_buf_printf(c->b, ", %s %c", para, q[1] - 'a' + 'A');
        q += 3;
    }
    return (size_t)(q - p);
}

/* "l'art. 15-2", "l'article L. 121-1": after a word of [speech.settings]
 * law_words, or a code's one capital and period after one, a number, a
 * dash and a number that cannot end a range (smaller than the first, or
 * opening with a zero) is one article's number, said as the two numbers
 * ("quinze deux"), not "quinze à deux". "articles 15-20" stays a range. */
static size_t law_dashed(nz *c, const char *p)
{
    size_t n = nz_digits(p), m = n && p[n] == '-' ? nz_digits(p + n + 1) : 0, wn;
    const char *w, *l = nz_setting(c, "law_words");

    if (!l || !n || n > 4 || p[n] != '-' || !m || m > 4 || nz_is_alnum_at(p + n + 1 + m) ||
        (p[n + 1 + m] == '-' && nz_digit(p[n + 2 + m])) ||
        !(p[n + 1] == '0' || strtol(p + n + 1, NULL, 10) < strtol(p, NULL, 10)) ||
        !(wn = nz_word_before(c, p, &w)))
        return 0;
    if (wn == 1 && nz_upper_at(w) && w[1] == '.')
        wn = nz_word_before(c, w, &w);
    if (!wn || !nz_in_words(l, w, wn) || !(w[wn] == ' ' || w[wn] == '.'))
        return 0;
    al_buf_printf(c->b, "%.*s %.*s", (int)n, p, (int)m, p + n + 1);
    return n + 1 + m;
}

/* "el 8M", "del 23-F", "el 11-M": after a word of [speech.settings]
 * date_initial (Spanish "el del al") a day from 1 to 31 glued (or joined
 * by a hyphen) to one capital that opens a month's name of
 * [speech.months] is the nickname of that date, said as the number and
 * the letter apart (ocho eme), not a magnitude ("8M" millones). */
static size_t date_initial(nz *c, const char *p)
{
    const char *w, *mv;
    size_t n = nz_digits(p), wn, h;
    char key[4];
    int k;

    if (!n || n > 2 || (p > c->text && nz_is_alnum_at(p - 1)) || !(wn = nz_word_before(c, p, &w)) ||
        w + wn + 1 != p || p[-1] != ' ' || !nz_in_words(nz_setting(c, "date_initial"), w, wn))
        return 0;
    h = p[n] == '-';
    if (p[n + h] < 'A' || p[n + h] > 'Z' || nz_is_alnum_at(p + n + h + 1) || p[n + h + 1] == '-' ||
        (k = atoi(p)) < 1 || k > 31 || p[0] == '0')
        return 0;
    for (k = 1; k <= 12; k++) {
        snprintf(key, sizeof(key), "%d", k);
        if ((mv = nz_get(c, NZ_MONTHS, key)) && (mv[0] | 0x20) == (p[n + h] | 0x20))
            break;
    }
    if (k > 12)
        return 0;
    al_buf_printf(c->b, "%.*s %c", (int)n, p, p[n + h]);
    return n + h + 1;
}

/* "un 38enne": a number glued to an ending of [speech.settings]
 * number_suffixes is a word made from the number's word
 * ([speech.cardinals]) with its last vowel dropped (an accented one
 * loses its accent): trentottenne, ventitreenne. */
static size_t number_suffix(nz *c, const char *p)
{
    size_t n = nz_digits(p);
    const char *l = nz_setting(c, "number_suffixes"), *v;
    char key[8];

    if (!l || n > 2 || (p > c->text && nz_is_alnum_at(p - 1)))
        return 0;
    snprintf(key, sizeof(key), "%.*s", (int)n, p);
    if (!(v = nz_get(c, NZ_CARDINALS, key)))
        return 0;
    while (*l) {
        size_t ln = strcspn(l, " ");
        if (ln && strncmp(p + n, l, ln) == 0 && !nz_is_alnum_at(p + n + ln)) {
            size_t vn = strlen(v);
            bool acute = vn > 2 && strcmp(v + vn - 2, "\xC3\xA9") == 0;
            if (vn > 1 && strchr("aeiou", v[vn - 1]))
                vn--;
            /* "ventitré": ventitreenne, the stress moves to the ending */
            al_buf_put(c->b, v, acute ? vn - 2 : vn);
            if (acute)
                al_buf_putc(c->b, 'e');
            al_buf_put(c->b, l, ln);
            return n + ln;
        }
        l += ln;
        while (*l == ' ')
            l++;
    }
    return 0;
}

/* "ul. Długiej 5/7, 00-238 Warszawa": a house and flat number, a slash
 * between two numbers right after a street's name (a capitalised word
 * after one of [speech.settings] street_words, "ul.") and before a comma
 * or any word ("5/12 w Gdańsku"), said with the word of house_slash
 * ("przez"), not as a fraction. */
static size_t house_slash(nz *c, const char *p)
{
    const char *hs = nz_setting(c, "house_slash"), *w, *sw, *e;
    size_t n = nz_digits(p), m, wn, sn;

    if (!hs || !n || n > 3 || p[n] != '/')
        return 0;                       /* (the slash first: P may end after its digits) */
    e = p + n + 1 + (m = nz_digits(p + n + 1));
    if (!m || m > 3 || nz_is_alnum_at(e) || *e == '/' ||
        ((*e == ',' || *e == '.') && nz_digit(e[1])) || !(wn = nz_word_before(c, p, &w)) || w + wn + 1 != p || !nz_upper_at(w) ||
        !(sn = nz_word_before(c, w, &sw)) || !nz_in_words(nz_setting(c, "street_words"), sw, sn))
        return 0;
    al_buf_printf(c->b, "%.*s %s %.*s", (int)n, p, hs, (int)m, p + n + 1);
    return n + 1 + m;
}

/* "3-nm-Verfahren", "2,4-GHz-Band", "100-m-Lauf", "a 5-km run": a number
 * joined by a hyphen to a unit of [speech.units] or [speech.units_tight]
 * that is itself joined by a hyphen to the compound's next word, or in
 * front of a lower-case word (English "a 3-nm process"), names a kind of
 * thing: the unit is said in its first (singular) form, or in the form
 * [speech.settings] unit_compound_form names (German 1, the plural:
 * "2-h-Grenze" 2 Stunden Grenze), the number as it is, and the hyphens
 * become spaces ("3 Nanometer Verfahren"). A number
 * joined so to an abbreviation of [speech.abbrev] that ends in a period
 * ("3-Zi.-Whg.") keeps its hyphens, the abbreviation said in full
 * ("3-Zimmer-Whg."). The shape is the evidence: two hyphens around a unit
 * or an abbreviation, no space. */
size_t nz_unit_compound(nz *c, const char *p)
{
    nz_num a;
    const al_lang_entry *e;
    const char *u;
    size_t n = 0;
    uint32_t cp;
    bool unit = true;

    if (!c->known || (p > c->text && (p[-1] == '-' || p[-1] == '.' || p[-1] == ',' || p[-1] == '/')))
        return 0;
    parse_num(c, p, &a);
    if (a.grouped || *a.e != '-')
        return 0;
    u = a.e + 1;
    if (!(e = nz_match(c, NZ_UNITS, u, false, &n)) && !(e = nz_match(c, NZ_UNITS_TIGHT, u, false, &n))) {
        if (!(e = nz_match(c, NZ_ABBREV, u, false, &n)) || n < 3 || u[n - 1] != '.')
            return 0;
        unit = false;
    }
    if (u[n] == '-' && nz_cp(u + n + 1, &cp) && nz_is_letter(cp)) {
        if (!unit) {
            al_buf_put(c->b, p, (size_t)(u - p));
            nz_put_form(c, nz_value(e), 0);
            al_buf_putc(c->b, '-');
            return (size_t)(u - p) + n + 1;
        }
    } else if (!(unit && u[n] == ' ' && nz_cp(u + n + 1, &cp) && nz_is_letter(cp) && !nz_is_upper(cp) &&
                 nz_setting(c, "unit_compound_space"))) {
        return 0;
    }
    al_buf_put(c->b, p, (size_t)(a.e - p));
    al_buf_putc(c->b, ' ');
    nz_put_form(c, nz_value(e), nz_setting(c, "unit_compound_form") ? atoi(nz_setting(c, "unit_compound_form")) : 0);
    al_buf_putc(c->b, ' ');
    return (size_t)(u - p) + n + 1;
}

/* "C-311/18", "T-201/04": a court's case number, one or two capitals and
 * a hyphen before a number, a slash and the year's two digits; the slash
 * is said with [speech.words] case_slash (English "slash", Spanish
 * "barra"), where espeak-ng drops it or reads a fraction. */
static size_t case_number(nz *c, const char *p)
{
    const char *q = p - 1, *sw = nz_word(c, "case_slash");
    size_t n = nz_digits(p);
    int caps = 0;

    if (!sw || p - c->text < 2 || *q != '-' || n < 1 || n > 4 || p[n] != '/' || nz_digits(p + n + 1) != 2 ||
        nz_is_alnum_at(p + n + 3) || p[n + 3] == '/')
        return 0;
    while (q > c->text && nz_upper_at(q - 1) && caps < 3)
        q--, caps++;
    if (caps < 1 || caps > 2 || (q > c->text && nz_is_alnum_at(q - 1)))
        return 0;
    al_buf_printf(c->b, " %.*s %s %.2s", (int)n, p, sw, p + n + 1);
    return n + 3;
}

/* "l'1,2%", "dall'1 al 3", "l'80%": a number right after the apostrophe
 * of an elided article or preposition is said as its word of
 * [speech.cardinals], glued to the apostrophe as a vowel's word is
 * ("l'uno", "dall'otto"), where espeak-ng reads the letter before a digit
 * ("elle uno"). Its decimals follow after the setting elided_number, the
 * decimal's word (Italian "virgola"), zeros first one by one. Only for a
 * number with a word there: an elided article comes before a vowel. */
size_t nz_elided_number(nz *c, const char *p)
{
    const char *dw = nz_setting(c, "elided_number"), *v;
    size_t n = nz_digits(p), f = 0, a = 0, ap;
    char key[8];

    if (!dw || n > 2 || p - c->text < 2)
        return 0;
    if (p[-1] == '\'')
        ap = 1;
    else if (p - c->text >= 4 && strncmp(p - 3, "\xE2\x80\x99", 3) == 0)
        ap = 3;
    else
        return 0;
    char l = (char)(p[-(ptrdiff_t)ap - 1] | 0x20);
    if (l < 'a' || l > 'z')
        return 0;                       /* the elided word's last letter */
    snprintf(key, sizeof(key), "%.*s", (int)n, p);
    if (!(v = nz_get(c, NZ_CARDINALS, key)))
        return 0;
    if (p[n] == c->dec && nz_digit(p[n + 1])) {
        f = nz_digits(p + n + 1);
        if (nz_digit(p[n + 1 + f]) || (p[n + 1 + f] == c->dec && nz_digit(p[n + 2 + f])))
            return 0;
    }
    if (nz_is_alnum_at(p + n + (f ? 1 + f : 0)))
        return 0;
    al_buf_puts(c->b, v);
    if (!f)
        return n;
    al_buf_printf(c->b, " %s", dw);
    for (a = 0; a + 1 < f && p[n + 1 + a] == '0'; a++)
        al_buf_puts(c->b, " 0");
    al_buf_printf(c->b, " %.*s", (int)(f - a), p + n + 1 + a);
    return n + 1 + f;
}

/* "Der 2.0 TDI": where the decimal mark is a comma, a displacement in
 * litres, one digit, a period and one digit, right before an engine's code
 * of [speech.settings] engine_codes, is a decimal said with the language's
 * mark ("zwei Komma null"), not the point of a model's number. */
static size_t engine_size(nz *c, const char *p)
{
    const char *dm = nz_setting(c, "decimal"), *codes = nz_setting(c, "engine_codes"), *w;
    size_t wn;

    if (!dm || *dm != ',' || !codes || !nz_digit(p[0]) || p[1] != '.' || !nz_digit(p[2]) || p[3] != ' ' ||
        (p > c->text && (nz_digit(p[-1]) || p[-1] == '.' || p[-1] == ',')))
        return 0;
    wn = nz_word_after(p + 3, &w);
    if (!wn || w != p + 4 || !nz_in_words(codes, w, wn))
        return 0;
    al_buf_printf(c->b, "%c,%c", p[0], p[2]);
    return 3;
}

/* "2d6", "2W6", "2k6": dice, a count of one or two digits, a letter of
 * [speech.settings] dice_letters (the language's letter for a die: "d",
 * German "W", Polish "k") and the die's sides, one of the sizes of a die
 * (2, 3, 4, 6, 8, 10, 12, 20, 100), glued: said as the count, the
 * letter and the sides apart ("2 D 6"), not an ordinal mark ("2d",
 * French second). Evidence: the shape and the sizes. The bytes used, or
 * 0. */
static size_t dice(nz *c, const char *p)
{
    const char *letters = nz_setting(c, "dice_letters");
    size_t n = nz_digits(p), m;
    int sides;

    if (!letters || n < 1 || n > 2 || (p > c->text && (nz_is_alnum_at(p - 1) || p[-1] == '.' || p[-1] == ',')) ||
        !nz_in_words(letters, p + n, 1) || (m = nz_digits(p + n + 1)) < 1 || m > 3 ||
        nz_is_alnum_at(p + n + 1 + m) || ((p[n + 1 + m] == '.' || p[n + 1 + m] == ',') && nz_digit(p[n + 2 + m])))
        return 0;
    sides = atoi(p + n + 1);
    if (!(sides == 2 || sides == 3 || sides == 4 || sides == 6 || sides == 8 || sides == 10 || sides == 12 ||
          sides == 20 || sides == 100) || p[n + 1] == '0')
        return 0;
    al_buf_put(c->b, p, n);
    al_buf_printf(c->b, " %c ", p[n] >= 'a' && p[n] <= 'z' ? p[n] - 'a' + 'A' : p[n]);
    al_buf_put(c->b, p + n + 1, m);
    return n + 1 + m;
}

/* "NPK 10-10-10", "N-P-K 7-3-5": a fertiliser's ratio, its numbers
 * joined by hyphens (or dashes), each of one to three digits, three or
 * more, right after a label of [speech.settings] ratio_labels (written
 * with or without hyphens between its letters: "N-P-K" is "NPK"). Said
 * as the numbers one after the other, no date ("12-10-2026" with no label
 * before it stays a date) and no range. Evidence: the label, the shape.
 * The bytes used, or 0. */
static size_t label_ratio(nz *c, const char *p)
{
    const char *labels = nz_setting(c, "ratio_labels"), *q = p, *s;
    char key[16];
    size_t k = 0, parts = 0;

    if (!labels || (p > c->text && !(p[-1] == ' ' || (p[-1] & 0x80))))
        return 0;
    /* the label: letters and hyphens right before, a space or a no-break
     * space between (at most 15 bytes, so the scan is bounded) */
    s = p;
    if (s - c->text >= 2 && (unsigned char)s[-2] == 0xC2 && (unsigned char)s[-1] == 0xA0)
        s -= 2;
    else if (s > c->text && s[-1] == ' ')
        s--;
    else
        return 0;
    while (s > c->text && k < sizeof(key) - 1 &&
           ((s[-1] >= 'A' && s[-1] <= 'Z') || (s[-1] >= 'a' && s[-1] <= 'z') || s[-1] == '-'))
        s--, k++;
    if (!k || k >= sizeof(key) - 1 || (s > c->text && nz_is_alnum_at(s - 1)))
        return 0;
    k = 0;
    for (const char *r = s; r < p && (*r != ' ' && (unsigned char)*r != 0xC2); r++)
        if (*r != '-')
            key[k++] = *r;
    if (!k || !nz_in_words(labels, key, k))
        return 0;
    /* the numbers: at least three, one to three digits each */
    for (;;) {
        size_t n = nz_digits(q);
        if (n < 1 || n > 3)
            return 0;
        parts++;
        if (*(q + n) == '-' && nz_digit(q[n + 1]))
            q += n + 1;
        else if (strncmp(q + n, "\xE2\x80\x93", 3) == 0 && nz_digit(q[n + 3]))
            q += n + 3;
        else {
            q += n;
            break;
        }
        if (parts > 8)
            return 0;
    }
    if (parts < 3 || nz_is_alnum_at(q) || ((*q == '.' || *q == ',') && nz_digit(q[1])))
        return 0;
    for (const char *r = p; r < q;) {
        size_t n = nz_digits(r);
        al_buf_put(c->b, r, n);
        r += n;
        if (r < q) {
            al_buf_putc(c->b, ' ');
            r += *r == '-' ? 1 : 3;
        }
    }
    return (size_t)(q - p);
}

size_t nz_number(nz *c, const char *p)
{
    bool year_next = c->year_next;
    nz_num a;
    size_t n;

    c->year_next = false;
    c->gen_now = c->gen_next;
    c->gen_next = false;
    c->time_now = c->time_next;
    c->time_next = false;
    c->open_now = c->open_next;
    c->open_next = false;
    c->chain_now = c->chain_next;
    c->chain_next = false;
    /* "2 h 03 min": a duration's next part drops its leading zero */
    if (c->chain_now && p[0] == '0' && nz_digit(p[1]) && !nz_digit(p[2]) && p[2] != '.' && p[2] != ',') {
        c->year_next = year_next, c->gen_next = c->gen_now, c->time_next = c->time_now;
        c->open_next = c->open_now, c->chain_next = true;
        return 1 + nz_number(c, p + 1);
    }
    if (!c->known) {
        n = nz_digits(p);
        al_buf_put(c->b, p, n);
        return n;
    }
    if ((n = label_ratio(c, p)) || (n = mix_ratio(c, p)) || (n = dice(c, p)) || (n = nz_unit_compound(c, p)) || (n = cricket_figures(c, p)) || (n = case_number(c, p)) || (n = isbn(c, p)) || (n = round_clock(c, p)) || (n = house_slash(c, p)) || (n = date_initial(c, p)) || (n = number_suffix(c, p)) || (n = law_subsection(c, p)) || (n = law_subarticle(c, p)) || (n = law_dashed(c, p)) || (n = nz_iso_date(c, p)) || (n = race_time(c, p)) || (n = lap_time(c, p)) || (n = race_minutes(c, p)) || (n = hour_minutes(c, p)) || (n = ordinal_tail(c, p)) || (n = compound(c, p)) || (n = postcode(c, p)) || (n = code_digits(c, p)) || (n = phone(c, p, false)) || (n = short_phone(c, p)))
        return n;
    if ((n = engine_size(c, p)))
        return n;
    parse_num(c, p, &a);
    if ((n = e_notation(c, &a)) || (n = video_lines(c, &a)) || (n = series_model(c, &a)) || (n = model_variant(c, &a)) || (n = compact_duration(c, &a)) || (n = minutes_m(c, &a)) || (n = coordinate(c, &a)) || (n = signed_degrees(c, &a)) || (n = power(c, &a)) || (n = month_year_apos(c, &a)) || (n = time_marks(c, &a)) || (n = feet_inches(c, &a)) || (n = minute_stoppage(c, &a)) || (n = minute_mark(c, &a)) || (n = grade_mark(c, &a)) || (n = nz_numeric_date(c, &a)) || (n = nz_day_range(c, &a)) || (n = nz_time_of_day(c, &a)))
        return n;
    {
        const char *w;
        size_t wn = nz_word_before(c, p, &w);
        const char *vw = nz_word(c, "version");
        bool after_version = vw && wn == strlen(vw) && strncasecmp(w, vw, wn) == 0;
        /* "iOS 17.2", "Python 3.12": where the decimal mark is a comma, a
         * number with a period right after a name (a capital not opening
         * the sentence, or inside the word) is a version; a time after a
         * time word was taken above */
        const char *dm = nz_setting(c, "decimal");
        size_t lead = nz_digits(p);
        bool inner = false;
        for (size_t k = 1; k < wn && !inner; k++)
            inner = nz_upper_at(w + k) && !nz_upper_at(w);   /* "iOS", "macOS" */
        bool named = wn && w + wn == p - 1 && dm && *dm == ',' && p[lead] == '.' &&
                     nz_digits(p + lead + 1) >= 1 && nz_digits(p + lead + 1) <= 2 &&
                     ((nz_upper_at(w) && !nz_clause_start(c, w)) || inner);
        /* "o motor 1.2", "hoofdstuk 1.2": where the decimal mark is a
         * comma, one digit after a period is no thousands group, no
         * minutes and no date ("1.2." is one): a section or a model's
         * number, said with the point (espeak-ng drops it in nl, pl, pt:
         * "um dois") */
        if (!named && dm && *dm == ',' && lead <= 3 && p[lead] == '.' && nz_digits(p + lead + 1) == 1 &&
            p[lead + 2] != '.' && p[lead + 2] != ',' && !nz_is_alnum_at(p + lead + 2) &&
            !(p > c->text && (nz_digit(p[-1]) || p[-1] == '.' || p[-1] == ',')))
            named = true;
        /* where the period is the decimal mark, the same shape with two
         * digits after it ("Python 3.12": three point twelve, not "point
         * one two"), also opening the sentence where the word is not a
         * function word ("In 3.25 hours"), unless an amount follows:
         * a unit, a magnitude, a percent ("Nvidia 1.25 trillion"); a
         * currency code is no name */
        if (!named && wn && w + wn == p - 1 && dm && *dm == '.' && p[lead] == '.' &&
            nz_digits(p + lead + 1) == 2 && p[lead + 1] != '0' &&
            ((nz_upper_at(w) && !(nz_clause_start(c, w) && nz_find(c, NZ_STOPWORDS, w, wn, true))) ||
             inner) &&
            !nz_find(c, NZ_CURRENCY, w, wn, false)) {
            const char *e = p + lead + 3, *nx;
            size_t en = 0, nn = *e == ' ' ? nz_word_after(e, &nx) : 0;
            named = *e != '%' && !nz_is_alnum_at(e) &&
                    !(nn && (unit_at(c, nx, false, &en) || nz_match(c, NZ_MAGNITUDE, nx, true, &en) ||
                             nz_match(c, NZ_CURRENCY, nx, true, &en) ||
                             nz_match(c, NZ_UNITS, nx, true, &en)));
        }
        if ((after_version || named || !a.grouped) &&
            (n = nz_version(c, p, after_version || named ? 2 : 0)))
            return n;
    }
    /* "w 1987 r.", "z 2020 roku": an ordinal before its noun */
    if (!a.nf && !a.grouped && a.nd <= 4 && nz_ordinal_before_noun(c, num_int(&a), p, a.e, &n))
        return (size_t)(a.e - p) + n;
    /* "do klasy 7": an ordinal after its noun */
    if (!a.nf && !a.grouped && a.nd <= 2 && nz_ordinal_after_noun(c, num_int(&a), p, a.e))
        return (size_t)(a.e - p);
    /* "od 2010 do 2018 r.": the first year of a range before such a noun
     * is an ordinal too, in the case of the word before it */
    if (!a.nf && !a.grouped && a.nd == 4 && c->t[NZ_ORD_CASES].n && nz_word(c, "to")) {
        const char *to = nz_word(c, "to"), *r = NULL;
        size_t tn = strlen(to), rn;
        char out[128];
        if (*a.e == ' ' && strncmp(a.e + 1, to, tn) == 0 && a.e[1 + tn] == ' ')
            r = a.e + 2 + tn;
        if (r && (rn = nz_digits(r)) == 4 && !nz_is_alnum_at(r + rn) && nz_ordinal_noun_at(c, r + rn) &&
            nz_ordinal_str(c, num_int(&a), nz_case_form(c, p, r + rn, 0), NULL, out, sizeof(out))) {
            al_buf_puts(c->b, out);
            return (size_t)(a.e - p);
        }
    }
    if ((n = decade_at(c, p, a.nd == nz_digits(p) && !a.nf ? a.nd : 0)) || (n = ordinal(c, &a)) ||
        (n = pair(c, &a, year_next)))
        return n;
    return quantity(c, &a, NULL, year_next);
}

size_t nz_currency_first(nz *c, const char *p)
{
    const al_lang_entry *e;
    const char *q, *range_end;
    size_t n, k;
    nz_num a, b;

    if (!c->known || !(e = nz_match(c, NZ_CURRENCY, p, false, &n)))
        return 0;
    q = p + n;
    /* "USD 5", "US$5"; never "p5" or "USD5x" */
    if (nz_is_alnum_at(p) && (n < 2 || (nz_is_alnum_at(p + n - 1 - nz_cont_back(p, n)) && nz_is_alnum_at(q))))
        return 0;
    if (*q == ' ')
        q++;
    if (!nz_digit(*q))
        return 0;
    parse_num(c, q, &a);
    /* "$5-10m", "£3–4bn" */
    range_end = a.e;
    k = nz_dash(range_end);
    if (k && nz_word(c, "to")) {
        const char *r = range_end + k;
        if (strncmp(r, p, n) == 0)
            r += n;
        if (nz_digit(*r)) {
            nz_num tmp;
            size_t used;
            parse_num(c, r, &b);
            put_num(c, &a);
            al_buf_printf(c->b, " %s ", nz_word(c, "to"));
            tmp = b;
            used = quantity(c, &tmp, nz_value(e), false);
            return (size_t)(r - p) + used;
        }
    }
    /* "R$ 2 a 3 bilhões", "$2 to 3 billion": a range in words whose
     * second number has the magnitude shares it and the currency, "dois
     * a três bilhões de reais", not "dois reais a três bilhões" */
    if (*a.e == ' ') {
        static const char *const joins[] = { "to", "and", "or" };
        const char *w, *r, *mw;
        size_t wn = nz_word_after(a.e, &w), mn;
        for (size_t j = 0; j < sizeof(joins) / sizeof(*joins) && wn; j++) {
            const char *jw = nz_word(c, joins[j]);
            if (!jw || strlen(jw) != wn || strncasecmp(w, jw, wn) != 0 || w[wn] != ' ')
                continue;
            r = w + wn + 1;
            if (strncmp(r, p, n) == 0)
                r += n + (r[n] == ' ');
            if (!nz_digit(*r))
                break;
            parse_num(c, r, &b);
            mw = *b.e == ' ' ? b.e + 1 : b.e;
            if (!nz_match(c, NZ_MAGNITUDE, mw, true, &mn))
                break;
            put_num(c, &a);
            al_buf_printf(c->b, " %.*s ", (int)wn, w);
            return (size_t)(r - p) + quantity(c, &b, nz_value(e), false);
        }
    }
    k = (size_t)(q - p) + quantity(c, &a, nz_value(e), false);
    /* "$1.2bn-$1.5bn": the second amount follows */
    {
        const char *r = p + k;
        size_t dash = nz_dash(r);
        if (dash && strncmp(r + dash, p, n) == 0 && nz_digit(r[dash + n]) && nz_word(c, "to")) {
            al_buf_printf(c->b, " %s ", nz_word(c, "to"));
            k += dash;
        }
    }
    return k;
}

/* "pour les -26 ans", "los +65 años": a sign glued to an age of one to
 * three digits, after a word and a space, before (a space or a no-break
 * space between) a word of
 * [speech.settings] age_sign_nouns (the years of an age: "ans", "años")
 * marks an age group, said by the sign's entry of age_sign ("moins de",
 * "más de"), not "minus 26 years". The number is left to the caller. */
static size_t age_sign(nz *c, const char *p)
{
    const char *l = nz_setting(c, "age_sign"), *w;
    size_t d = nz_digits(p + 1), wn;
    char out[64];

    if (!l || (*p != '-' && *p != '+') || d < 1 || d > 3 || p - c->text < 2 || p[-1] != ' ' ||
        !nz_is_alnum_at(p - 2) || nz_digit(p[-2]) || !nz_space_at(p + 1 + d) ||
        !(wn = nz_word_after(p + 1 + d + nz_space_at(p + 1 + d), &w)) ||
        !nz_in_words(nz_setting(c, "age_sign_nouns"), w, wn) ||
        !nz_sign_entry(l, p, 1, false, out, sizeof(out)))
        return 0;
    al_buf_printf(c->b, "%s ", out);
    return 1;
}

size_t nz_symbol_number(nz *c, const char *p)
{
    const char *w;
    size_t n;

    if (!c->known)
        return 0;
    if (*p == '+' && nz_digit(p[1]) && nz_boundary(c, p) && (n = phone(c, p, true)))
        return n;
    /* "'80s" */
    if ((*p == '\'' && nz_digit(p[1]) && (n = decade_at(c, p + 1, nz_digits(p + 1)))))
        return n + 1;
    if (strncmp(p, "\xE2\x80\x99", 3) == 0 && nz_digit(p[3]) && (n = decade_at(c, p + 3, nz_digits(p + 3))))
        return n + 3;
    if ((n = age_sign(c, p)))
        return n;
    /* "−5", "-5" after a space */
    if ((strncmp(p, "\xE2\x88\x92", 3) == 0 || (*p == '-' && (p == c->text || p[-1] == ' ' || p[-1] == '('))) &&
        nz_digit(p[*p == '-' ? 1 : 3]) && (w = nz_word(c, "minus"))) {
        /* "spadł o −0,5 pkt": after a verb of [speech.settings]
         * fall_verbs (a "się" between allowed) and its word of fall_by,
         * the verb says the fall already and the sign is not read */
        const char *b, *v;
        size_t bn = nz_word_before(c, p, &b), vn = bn ? nz_word_before(c, b, &v) : 0;
        if (vn && nz_in_words("się", v, vn))
            vn = nz_word_before(c, v, &v);
        if (bn && vn && nz_in_words(nz_setting(c, "fall_by"), b, bn) &&
            nz_in_words(nz_setting(c, "fall_verbs"), v, vn))
            return *p == '-' ? 1 : 3;
        /* "T−10": the sign glued to a letter before it (a countdown's T)
         * is a word of its own, not the end of that letter's word */
        if (*p != '-' && p > c->text && ((p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= 'a' && p[-1] <= 'z')))
            al_buf_putc(c->b, ' ');
        al_buf_printf(c->b, "%s ", w);
        return *p == '-' ? 1 : 3;
    }
    return 0;
}

/* "prices in ₿ and in euros": a currency's sign standing as a word of its
 * own (a space, a bracket or the text's edge on both sides, no digit
 * before nor after it) names the currency, said as the plural of its
 * [speech.currency] value, the form a price list's "in euros" takes; a
 * fifth form (Polish, after one|many|few|fraction) is the locative
 * plural, said after a preposition of [speech.settings]
 * unit_loc_prepositions ("w ₿" w bitcoinach). Only signs: a key of
 * letters ("EUR", "kr", "p") alone is a word or an abbreviation of its
 * own. A lower-case word right before the sign (the preposition or verb
 * of a sentence) is needed: a shell's prompt "$ ls" has none. */
size_t nz_currency_alone(nz *c, const char *p)
{
    const al_lang_entry *e;
    const char *q, *b, *v, *w;
    size_t n, wn;
    int bars = 0, form;

    if (!c->known || nz_is_alnum_at(p) || !(e = nz_match(c, NZ_CURRENCY, p, false, &n)))
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') || nz_digit(p[i]))
            return 0;
    wn = nz_word_before(c, p, &w);
    if (!wn || w + wn + 1 != p || p[-1] != ' ')
        return 0;   /* "5 €", "(€)", "$ ls": no word right before */
    for (b = w; b < w + wn; b++)
        if (*b >= 'A' && *b <= 'Z')
            return 0;
    if (nz_digit(*w))
        return 0;
    q = p + n;
    if (*q && *q != ' ' && *q != ')' && *q != ',' && *q != '.' && *q != ';' && *q != ':' && *q != '!' &&
        *q != '?')
        return 0;
    while (*q == ' ')
        q++;
    if (nz_digit(*q) || (*q && strchr("+-=/*", *q)))
        return 0;   /* "₿ 0.3", a formula */
    v = nz_value(e);
    for (const char *s = v; (s = strchr(s, '|')); s++)
        bars++;
    form = bars >= 1 ? 1 : 0;
    if (bars >= 4 && nz_in_words(nz_setting(c, "unit_loc_prepositions"), w, wn))
        form = 4;
    nz_put_form(c, v, form);
    return n;
}
