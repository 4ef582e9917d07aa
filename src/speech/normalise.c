/*
 * normalise.c - text normalisation: what a good human reader says for the
 * numbers, money, dates, units, symbols and abbreviations of a text.
 *
 * Design. One left-to-right pass over the text. At each position a rule is
 * tried in a fixed order (URL, e-mail, number, word, symbol); a rule that
 * matches writes its words and says how many bytes it consumed, otherwise
 * the character is copied. Rules look at their context (the word before,
 * the word after) in the input, never at what was written, so a rewrite
 * cannot feed another one.
 *
 * The words are data: every rule reads the [speech.*] tables of the
 * language (data/lang/<lang>.txt) and does nothing when the table it needs
 * is empty, so a language without tables gets only the language-neutral
 * rules (mul's [speech.symbols], emoji, identifiers, URLs left alone).
 * Templates in [speech.settings] ("%h %l" for a year read in pairs) decide
 * word order; the few mechanisms that differ by language are switched by
 * the presence of a table entry, not by the language's name.
 *
 * espeak-ng already reads plain cardinals, decimals and percentages in
 * every language it knows, so numbers stay digits unless it misreads them
 * (years, times, ordinals, units, money, scores, phone numbers).
 *
 * The number rules are in normalise_num.c, dates, times and the words for
 * numbers in normalise_date.c, the table and text helpers they all use in
 * normalise_text.c; this file holds the word and symbol rules and the
 * driver.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalise_int.h"

/* ---- tables ---- */

static const char *const table_names[NZ_T_COUNT] = {
    [NZ_SETTINGS] = "speech.settings",       [NZ_WORDS] = "speech.words",
    [NZ_ABBREV] = "speech.abbrev",           [NZ_ABBREV_NUM] = "speech.abbrev_num",
    [NZ_TITLES] = "speech.titles",           [NZ_MONTHS] = "speech.months",
    [NZ_ORDINALS] = "speech.ordinals",       [NZ_ORD_MARKS] = "speech.ordinal_marks",
    [NZ_ORD_ENDINGS] = "speech.ordinal_endings", [NZ_ORD_SUFFIX] = "speech.ordinal_suffix",
    [NZ_CURRENCY] = "speech.currency",       [NZ_MAGNITUDE] = "speech.magnitude",
    [NZ_UNITS] = "speech.units",             [NZ_UNITS_TIGHT] = "speech.units_tight",
    [NZ_SYMBOLS] = "speech.symbols",         [NZ_ROMAN_WORDS] = "speech.roman_words",
    [NZ_REGNAL_TITLES] = "speech.regnal_titles", [NZ_YEAR_WORDS] = "speech.year_words",
    [NZ_SCORE_WORDS] = "speech.score_words", [NZ_DECADES] = "speech.decades",
    [NZ_FRACTIONS] = "speech.fractions",     [NZ_TIMEZONES] = "speech.timezones",
    [NZ_COUNT_NOUNS] = "speech.count_nouns", [NZ_ABBREV_SUFFIX] = "speech.abbrev_suffix",
    [NZ_PREPOSITIONS] = "speech.prepositions", [NZ_COUNT_WORDS] = "speech.count_words",
    [NZ_ABBREV_END] = "speech.abbrev_end",   [NZ_ORD_CASES] = "speech.ordinal_cases",
    [NZ_ORD_NOUNS] = "speech.ordinal_nouns", [NZ_FEMININE] = "speech.feminine",
    [NZ_CARD_GEN] = "speech.cardinals_gen", [NZ_ABBREV_CASES] = "speech.abbrev_cases",
    [NZ_CARD_INS] = "speech.cardinals_ins", [NZ_MASCULINE] = "speech.masculine",
    [NZ_COMPOUND] = "speech.compound",       [NZ_STOPWORDS] = "extract.stopwords",
    [NZ_WEEKDAY_ABBREV] = "speech.weekday_abbrev",
    [NZ_CURRENCY_SUB] = "speech.currency_sub", [NZ_LAW_CODES] = "speech.law_codes",
    [NZ_BIBLE] = "speech.bible_books",      [NZ_PERIODS] = "speech.period_abbrev",
    [NZ_CARDINALS] = "speech.cardinals",    [NZ_DATE_ARTICLES] = "speech.date_articles",
    [NZ_SCORE_ABBREV] = "speech.score_abbrev", [NZ_UNITS_SMALL] = "speech.units_small",
    [NZ_LIFE_MARKS] = "speech.life_marks", [NZ_ABBREV_PRICE] = "speech.abbrev_price",
    [NZ_ABBREV_FINAL] = "speech.abbrev_final",
    [NZ_KEYS] = "speech.keys",
    [NZ_ABBREV_AFTER] = "speech.abbrev_after", [NZ_PLACE_ABBREV] = "speech.place_abbrev",
    [NZ_PRICE_PERIODS] = "extract.appeal_period",
    [NZ_STRESS_WORDS] = "speech.stress_words", [NZ_FILE_EXT] = "speech.file_ext",
    [NZ_LETTERS] = "speech.letters",
    [NZ_DIM_LETTERS] = "speech.dimension_letters",
    [NZ_DOMAIN_CUES] = "speech.domain_cues", [NZ_DOMAIN_UNITS] = "speech.domain_units",
    [NZ_DOMAIN_ABBREV] = "speech.domain_abbrev",
};

/* ---- identifiers, hashtags, handles ---- */

/* Write the N bytes at S as words: '_' is a space, an all-capital part is
 * lower-cased ("MAX_RETRIES"), camelCase humps are split ("getUserName",
 * "HTTPResponse"). */
static void put_identifier(nz *c, const char *s, size_t n, bool split_pascal)
{
    const char *end = s + n;
    bool screaming = true;   /* "MAX_RETRIES": no lower-case letter at all */

    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            screaming = false;

    while (s < end) {
        size_t part = 0, upper = 0, lower = 0;
        while (s + part < end && s[part] != '_') {
            upper += s[part] >= 'A' && s[part] <= 'Z';
            lower += s[part] >= 'a' && s[part] <= 'z';
            part++;
        }
        for (size_t i = 0; i < part; i++) {
            char ch = s[i];
            bool up = ch >= 'A' && ch <= 'Z';
            /* "#Budget2026": a hashtag's last digits after two letters or
             * more are a number of their own, four of them a year */
            if (split_pascal && i >= 2 && nz_digit(ch) && nz_is_letter((unsigned char)s[i - 1]) &&
                nz_is_letter((unsigned char)s[i - 2]) && nz_digits(s + i) == part - i) {
                char y[64];
                snprintf(y, sizeof(y), "%.*s", (int)(part - i), s + i);
                if (part - i == 4)
                    nz_year_str(c, atol(y), y, sizeof(y));
                al_buf_printf(c->b, " %s", y);
                break;
            }
            if (i > 0 && up && lower > 0 && (split_pascal || !(s[0] >= 'A' && s[0] <= 'Z'))) {
                char pr = s[i - 1], nx = i + 1 < part ? s[i + 1] : 0;
                if ((pr >= 'a' && pr <= 'z') ||
                    (pr >= 'A' && pr <= 'Z' && nx >= 'a' && nx <= 'z'))
                    al_buf_putc(c->b, ' ');
            }
            /* "MAX_RETRIES", "getUserName": words, lower-cased */
            if (up && ((screaming && upper > 1 && n > part) ||
                       (!split_pascal && i > 0 && (i + 1 >= part || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z')))))
                ch = (char)(ch + 32);
            al_buf_putc(c->b, ch);
        }
        s += part;
        while (s < end && *s == '_')
            s++;
        if (s < end && part)
            al_buf_putc(c->b, ' ');
    }
}

/* camelCase: starts with two lower-case letters and has a capital later. */
static bool camel_case(const char *s, size_t n)
{
    if (n < 4 || !(s[0] >= 'a' && s[0] <= 'z') || !(s[1] >= 'a' && s[1] <= 'z'))
        return false;
    for (size_t i = 2; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            return true;
    return false;
}

/* The ASCII identifier at P: letters, digits, '_'. */
static size_t ident_len(const char *p)
{
    size_t n = 0;

    while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
           (p[n] >= '0' && p[n] <= '9') || p[n] == '_')
        n++;
    return n;
}

/* A hashtag's body at P: letters of any script, digits, '_' ("#GrèveSNCF",
 * "#powódź"); 0 when it holds no letter or digit. */
static size_t hashtag_len(const char *p)
{
    size_t n = 0, k;
    uint32_t cp;

    while ((k = nz_cp(p + n, &cp)) && (cp == '_' || nz_is_alnum_at(p + n)))
        n += k;
    return n;
}

/* A wire service's tag at P, "/PRNewswire/": a slash, a name of two ASCII
 * letters or digits or more that starts with a capital, a slash, then no
 * letter, digit or slash; its length with both slashes, else 0. */
static size_t wire_tag_len(const char *p)
{
    size_t n = ident_len(p + 1);

    if (n < 2 || !(p[1] >= 'A' && p[1] <= 'Z') || p[n + 1] != '/' || p[n + 2] == '/' || nz_is_alnum_at(p + n + 2))
        return 0;
    return n + 2;
}

/* ---- URLs and e-mail ---- */

static bool host_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '.';
}

/* A URL at P (http://, https://, www., or a domain followed by '/'): its
 * length up to the next white space (the caller names its host). */
static size_t url_len(const char *p)
{
    const char *q = p, *dot = NULL;

    if (strncasecmp(p, "https://", 8) && strncasecmp(p, "http://", 7) &&
        strncasecmp(p, "www.", 4)) {
        while (host_char(*q)) {
            if (*q == '.')
                dot = q;
            q++;
        }
        if (*q != '/' || !dot || q - dot < 3)
            return 0;
        for (const char *t = dot + 1; t < q; t++)
            if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z')))
                return 0;
        /* "Node.js/" ends a word, it is no path: a path has a character after '/' */
        if (!q[1] || q[1] == ' ')
            return 0;
    }
    return strcspn(p, " ");
}

/* A top-level domain of two letters spelt where [speech.settings]
 * tld_spell says so ("beispiel.de": Punkt d e, not the word "de"). */
static void put_label(nz *c, const char *s, size_t n, bool last)
{
    const char *how = nz_setting(c, "tld_spell");

    /* tld_spell "consonants": a domain with no vowel, which is no
     * syllable and espeak-ng spells itself ("exemplo.pt"), is spelled
     * here only where a letter of it has a name of [speech.letters],
     * espeak-ng's being no reader's (Portuguese "com.br": b erre) */
    bool named = n == 2 && (nz_get(c, NZ_LETTERS, (char[]){ s[0], '\0' }) ||
                            nz_get(c, NZ_LETTERS, (char[]){ s[1], '\0' }));
    if (last && n == 2 && how &&
        (strcmp(how, "consonants") != 0 || (named && !strchr("aeiouy", s[0]) && !strchr("aeiouy", s[1])))) {
        for (size_t i = 0; i < 2; i++) {
            char l[2] = { s[i], '\0' };
            const char *name = nz_get(c, NZ_LETTERS, l);
            if (i)
                al_buf_putc(c->b, ' ');
            if (name)
                al_buf_puts(c->b, name);
            else
                al_buf_putc(c->b, s[i]);
        }
    } else {
        al_buf_put(c->b, s, n);
    }
}

/* A label of a host name. In an address given to be typed (TYPED: after
 * "www." or with a name before the domain, "karten.theater-ulm.de") its
 * hyphens are said as [speech.words] hyphen where the language has the
 * word ("theater Bindestrich ulm"), as a reader spells it out; a bare
 * domain of two labels names a site ("service-public.fr") and is said
 * as its name, the hyphen as written. */
static void put_host_label(nz *c, const char *s, size_t n, bool last, bool typed)
{
    const char *hy = nz_word(c, "hyphen"), *h;

    if (!hy || !typed || !(h = memchr(s, '-', n))) {
        put_label(c, s, n, last);
        return;
    }
    for (const char *e = s + n; (h = memchr(s, '-', (size_t)(e - s))); s = h + 1, n = (size_t)(e - s)) {
        al_buf_put(c->b, s, (size_t)(h - s));
        al_buf_printf(c->b, " %s ", hy);
    }
    put_label(c, s, n, last);
}

/* "report_2026.pdf", "plan-acces.pdf": a file name, a word of ASCII
 * letters, digits, '_' and '-' then a full stop and an extension of mul's
 * [speech.file_ext] that ends the word; said as a reader spells it out:
 * the marks as [speech.words] underscore and hyphen, the stop as dot and
 * the extension as the table says it (letters, "P D F", which espeak-ng
 * names in the voice's language). Its length, or 0. */
static size_t file_name(nz *c, const char *p)
{
    const char *dot_w = nz_word(c, "dot"), *hy = nz_word(c, "hyphen"), *us = nz_word(c, "underscore");
    const char *q = p, *x;
    const al_lang_entry *e;
    size_t xn;

    if (!dot_w || !hy || !us || !nz_is_alnum_at(p) || (p > c->text && (p[-1] == '/' || p[-1] == '.')))
        return 0;
    while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
           ((*q == '_' || *q == '-') && nz_is_alnum_at(q + 1) && q > p))
        q++;
    if (*q != '.' || q == p)
        return 0;
    x = q + 1;
    for (xn = 0; (x[xn] >= 'a' && x[xn] <= 'z') || (x[xn] >= 'A' && x[xn] <= 'Z') || nz_digit(x[xn]); xn++)
        ;
    if (!xn || nz_is_alnum_at(x + xn) || (x[xn] == '.' && nz_is_alnum_at(x + xn + 1)) || x[xn] == '/' ||
        x[xn] == '@' || !((e = nz_find(c, NZ_FILE_EXT, x, xn, true)) || (e = nz_find(c, NZ_MUL_FILE_EXT, x, xn, true))) ||
        !nz_value(e))
        return 0;
    for (const char *s = p; s < q; s++) {
        size_t d = nz_digits(s);
        if (s > p && ((d && !nz_digit(s[-1])) || (!d && nz_digit(s[-1]))) && s[-1] != '_' && s[-1] != '-')
            al_buf_putc(c->b, ' ');   /* "v2": v 2 */
        if (*s == '_' || *s == '-') {
            al_buf_printf(c->b, " %s ", *s == '_' ? us : hy);
        } else if (d == 4 && (s == p || !nz_digit(s[-1])) && atol(s) >= 1000 && atol(s) < 2100) {
            char y[128];
            nz_year_str(c, atol(s), y, sizeof(y));   /* "bericht_2026": a year */
            al_buf_puts(c->b, y);
            s += 3;
        } else {
            al_buf_putc(c->b, *s);
        }
    }
    al_buf_printf(c->b, " %s %s", dot_w, nz_value(e));
    return (size_t)(x + xn - p);
}

/* A host name in lower case with a short path of words, as speechtext.c
 * leaves a URL ("example.org/help", "exemple.gouv.fr"): two labels or more
 * of two characters or more, the last of letters; said with [speech.words]
 * dot and slash, "example dot org slash help". Its length, or 0. */
static size_t domain_in(nz *c, const char *p, bool www);

static size_t domain(nz *c, const char *p)
{
    return domain_in(c, p, false);
}

/* (WWW: after "www.", which domain() has said) */
static size_t domain_in(nz *c, const char *p, bool www)
{
    const char *dot_w = nz_word(c, "dot"), *slash_w = nz_word(c, "slash"), *q = p, *lab = p, *host_end;
    size_t labels = 0;
    bool letters = true;

    /* (not a file in a path, "/usr/bin/backup.sh") */
    if (!dot_w || !(*p >= 'a' && *p <= 'z') || (p > c->text && p[-1] == '/'))
        return 0;
    /* "www.ville.fr": the letters as the language says them, [speech.words]
     * www ("double v double v double v", "vu vu vu"); without the word,
     * the host alone */
    if (strncmp(p, "www.", 4) == 0) {
        const char *www_w = nz_word(c, "www");
        size_t mark = c->b->len, n;

        if (www_w)
            al_buf_printf(c->b, "%s %s ", www_w, dot_w);
        if (!(n = domain_in(c, p + 4, true))) {
            if (c->b->data && !c->b->failed)
                c->b->data[c->b->len = mark] = '\0';
            return 0;
        }
        return n + 4;
    }
    /* "dott.ssa", "sig.ra": an abbreviation of the tables is none */
    {
        static const int tabs[] = { NZ_ABBREV, NZ_TITLES, NZ_ABBREV_NUM, NZ_ABBREV_SUFFIX, NZ_ABBREV_CASES };
        size_t an;
        for (size_t i = 0; i < sizeof(tabs) / sizeof(tabs[0]); i++)
            if (nz_match(c, tabs[i], p, false, &an) && memchr(p, '.', an))
                return 0;
    }
    for (;; q++) {
        if ((*q >= 'a' && *q <= 'z') || *q == '-' || (*q >= '0' && *q <= '9')) {
            letters = letters && *q >= 'a' && *q <= 'z';
            continue;
        }
        if (q - lab < 2)
            return 0;
        labels++;
        if (*q == '.' && ((q[1] >= 'a' && q[1] <= 'z') || (q[1] >= '0' && q[1] <= '9'))) {
            lab = q + 1;
            letters = true;
            continue;
        }
        break;
    }
    if (labels < 2 || !letters || nz_is_alnum_at(q) || *q == '@' || (*q == '/' && !slash_w))
        return 0;
    host_end = q;
    if (*q == '/') {
        while (*q == '/' && ((q[1] >= 'a' && q[1] <= 'z') || (q[1] >= '0' && q[1] <= '9'))) {
            q++;
            while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '-')
                q++;
        }
        if (nz_is_alnum_at(q) || *q == '/')
            return 0;
    }
    lab = p;
    for (const char *s = p; s <= host_end; s++) {
        if (s == host_end || *s == '.') {
            put_host_label(c, lab, (size_t)(s - lab), s == host_end, www || labels > 2);
            if (s < host_end)
                al_buf_printf(c->b, " %s ", dot_w);
            lab = s + 1;
        }
    }
    for (const char *s = host_end; s < q; s++) {
        if (*s == '/')
            al_buf_printf(c->b, " %s ", slash_w);
        else if (*s == '-')
            al_buf_putc(c->b, ' ');
        else
            al_buf_putc(c->b, *s);
    }
    return (size_t)(q - p);
}

/* "ann.lee@example.co.uk" -> "ann dot lee at example dot co dot uk";
 * '-' and '_' as [speech.words] hyphen and underscore where the language
 * has them ("stadt Bindestrich muenchen"), else a pause. */
static size_t email(nz *c, const char *p)
{
    const char *at_w = nz_word(c, "at"), *dot_w = nz_word(c, "dot"), *q = p, *at;
    const char *hy = nz_word(c, "hyphen"), *us = nz_word(c, "underscore");
    size_t n;

    while (host_char(*q) || *q == '_' || *q == '+')
        q++;
    if (*q != '@' || q == p || !at_w || !dot_w)
        return 0;
    at = q++;
    while (host_char(*q))
        q++;
    while (q > at && q[-1] == '.')
        q--;
    if (!memchr(at, '.', (size_t)(q - at)) || q - at < 4)
        return 0;
    n = (size_t)(q - p);
    for (const char *s = p; s < q; s++) {
        /* the last label: "beispiel.de", Punkt d e (tld_spell) */
        if (s > at && s[-1] == '.' && q - s == 2 && !memchr(s, '.', 2)) {
            put_label(c, s, 2, true);
            break;
        }
        if (s == at) {
            al_buf_printf(c->b, " %s ", at_w);
        } else if (*s == '.') {
            al_buf_printf(c->b, " %s ", dot_w);
        } else if (*s == '-' && hy) {
            al_buf_printf(c->b, " %s ", hy);
        } else if (*s == '_' && us) {
            al_buf_printf(c->b, " %s ", us);
        } else if (*s == '_' || *s == '-' || *s == '+') {
            al_buf_putc(c->b, ' ');
        } else {
            al_buf_putc(c->b, *s);
        }
    }
    return n;
}

/* ---- abbreviations ---- */

/* A name follows P: a capitalised word, or one or two short particles in
 * lower case and a capital right after them ("Mevr. de Vries", "Sr. da
 * Silva", "Dhr. van den Berg"; "M. et Mme Martin" too). */
static bool next_name(const char *p)
{
    const char *s, *s2;
    uint32_t cp;
    size_t n = nz_word_after(p, &s);

    if (nz_next_capital(p))
        return true;
    /* up to two particles: "van den Berg" */
    for (int i = 0; i < 2 && n >= 2 && n <= 3 && s[n] == ' '; i++) {
        size_t n2 = nz_word_after(s + n, &s2);
        if (!n2 || s2 != s + n + 1)
            return false;
        nz_cp(s2, &cp);
        if (nz_is_upper(cp))
            return true;
        s = s2, n = n2;
    }
    return false;
}

static int roman_value(const char *s, size_t n);

/* A number after P: digits, or a Roman numeral that ends its word ("WO
 * II", "WO I"; one letter only after an abbreviation with no period, as
 * "No. I" may end a sentence before the pronoun). */
static bool next_number(const char *p, bool period)
{
    size_t r = 0;

    while (*p == ' ')
        p++;
    while (strchr("IVXLC", p[r]) && p[r])
        r++;
    if (r && !nz_is_alnum_at(p + r) && roman_value(p, r) && (r > 1 || !period))
        return true;
    /* "art. L. 121-1": a code's one capital and period before the number */
    if (*p >= 'A' && *p <= 'Z' && p[1] == '.' && p[2] == ' ' && p[3] >= '0' && p[3] <= '9')
        return true;
    return *p >= '0' && *p <= '9';
}

/* E, an abbreviation at P of N bytes, names a month ("Jan.", "dez."),
 * and no date is beside it: no number and no other month within two
 * words before or after ("Dec. 2024", "Dez. '26", "15 dic.", "3 de dez. de
 * 2026", "Jan.-März"). Such a word is a name or a word of its own: "Mein Bruder
 * heißt Jan.", Portuguese "às dez." (ten o'clock). */
static bool month_alone(const nz *c, const al_lang_entry *e, const char *p, size_t n)
{
    size_t ml;
    const char *q = p;

    if (!nz_month_at(c, nz_value(e), &ml) || ml != strlen(nz_value(e)))
        return false;
    for (int k = 0; k < 2; k++) {
        while (q > c->text && q[-1] == ' ')
            q--;
        const char *end = q;
        while (q > c->text && q[-1] != ' ')
            q--;
        if (q == end)
            break;
        for (const char *t = q; t < end; t++)
            if (nz_digit(*t))
                return false;
        if (nz_month_at(c, q, &ml))
            return false;
    }
    q = p + n;
    for (int k = 0; k < 2; k++) {
        /* "Dec. '26": a year's apostrophe before its two digits */
        while (*q == ' ' || *q == '-' || *q == '(' || *q == '\'' || strncmp(q, "\xE2\x80\x93", 3) == 0 ||
               strncmp(q, "\xE2\x80\x99", 3) == 0)
            q += *q == '\xE2' ? 3 : 1;
        if (!*q)
            break;
        if (nz_digit(*q) || nz_month_at(c, q, &ml))
            return false;
        while (*q && *q != ' ')
            q++;
    }
    return true;
}

/* The word before P is a capitalised one that opens no clause, or an
 * initial. */
static bool initial_after_name(const nz *c, const char *p)
{
    const char *w;
    size_t wn = nz_word_before(c, p, &w);

    /* "J. R. R. Tolkien": right after another initial, one too */
    if (wn == 1 && nz_upper_at(w) && w[1] == '.' && w + 3 == p && p[-1] == ' ')
        return true;
    return wn && w + wn + 1 == p && nz_upper_at(w) && !nz_clause_start(c, w);
}

/* A range of whole numbers or times at P after spaces ("9–17", "8-16",
 * "8.00–16.00"). */
static bool range_at(const char *p)
{
    size_t n;

    while (*p == ' ')
        p++;
    if (!(n = nz_digits(p)))
        return false;
    p += n;
    if ((*p == '.' || *p == ':') && n <= 2 && nz_digits(p + 1) == 2)
        p += 3;
    return nz_dash(p) && nz_digit(p[nz_dash(p)]);
}

/* Polish "przy ul. Długiej": ulicy, "z § 2": paragrafem; the form of
 * the abbreviation or symbol KEY at P (N bytes) in the case of the
 * preposition before it ([speech.abbrev_cases] "loc=ulicy"), or NULL.
 * The preposition may be two words, the word that governs it and it
 * ("zgodnie z": instrumental, where "z" alone is genitive), or the two
 * words before the form ("na podstawie §": genitive). */
static const char *case_form(const nz *c, const char *key, const char *p, size_t n)
{
    const char *cv = nz_get(c, NZ_ABBREV_CASES, key), *w, *w2, *f = NULL;
    size_t wn = cv ? nz_word_before(c, p, &w) : 0, wn2;
    const al_lang_entry *pe = NULL;

    if (wn && (wn2 = nz_word_before(c, w, &w2)) && w2 + wn2 + 1 == w)
        pe = nz_find(c, NZ_PREPOSITIONS, w2, (size_t)(w + wn - w2), true);
    if (!pe && wn) {
        pe = nz_find(c, NZ_PREPOSITIONS, w, wn, true);
        /* "na art. 7", "za kWh": a preposition of its own ("na=artykuł"),
         * where it takes another case than the table says (accusative) */
        for (const char *q = cv; *q && !f; q += strcspn(q, " "), q += *q == ' ')
            if (strncasecmp(q, w, wn) == 0 && q[wn] == '=')
                f = q + wn + 1;
    }
    /* "w godz. 9–17": before a range the plural's form, "rng=godzinach" */
    const char *kase = cv && range_at(p + n) && strstr(cv, "rng=") ? "rng" : pe ? nz_value(pe) : NULL;
    /* "z mec. Zielińskim": a genitive preposition that also takes the
     * instrumental ("z": from, with) takes it when the word after ends
     * as one ([speech.settings] ins_after_endings: "im em ą") */
    const char *aw;
    size_t an = kase && strcmp(kase, "gen") == 0 ? nz_word_after(p + n, &aw) : 0;
    if (an && nz_in_words(nz_setting(c, "gen_ins_prepositions"), w, wn) &&
        nz_ends_with_setting(c, "ins_after_endings", aw, an))
        kase = "ins";
    /* "jest nr 1": numerem; right after a form of "to be" or "to become"
     * ([speech.settings] predicate_ins_words) the noun is the predicate,
     * in the instrumental; not after a word of predicate_nom_before
     * ("to jest ul. Długa": ulica) */
    if (!kase && !f && wn && w + wn + 1 == p && nz_in_words(nz_setting(c, "predicate_ins_words"), w, wn) &&
        !((wn2 = nz_word_before(c, w, &w2)) && w2 + wn2 + 1 == w && nz_in_words(nz_setting(c, "predicate_nom_before"), w2, wn2)))
        kase = "ins";
    /* "al. Jerozolimskie": aleje; with no preposition, a capitalised
     * adjective after it in the nominative plural ([speech.settings]
     * plural_name_endings: "skie ckie owe") makes it the plural, "plu=" */
    if (!kase && cv && !f && (an = nz_word_after(p + n, &aw)) && aw == p + n + 1 && nz_upper_at(aw) &&
        nz_ends_with_setting(c, "plural_name_endings", aw, an))
        kase = "plu";
    for (const char *q = kase ? cv : NULL; q && *q && !f; q += strcspn(q, " "), q += *q == ' ')
        if (strlen(kase) == 3 && strncmp(q, kase, 3) == 0 && q[3] == '=')
            f = q + 4;
    return f;
}

/* KEY's form of [speech.abbrev_cases] in the case the preposition PREP
 * takes ([speech.prepositions]), or NULL. */
static const char *case_form_of(const nz *c, const char *key, const char *prep)
{
    const char *cv = nz_get(c, NZ_ABBREV_CASES, key), *kase;
    const al_lang_entry *pe = prep ? nz_find(c, NZ_PREPOSITIONS, prep, strlen(prep), true) : NULL;

    /* a preposition of its own first, as case_form reads it ("w=środę") */
    size_t pn = prep ? strlen(prep) : 0;
    for (const char *q = pn ? cv : NULL; q && *q; q += strcspn(q, " "), q += *q == ' ')
        if (strncasecmp(q, prep, pn) == 0 && q[pn] == '=')
            return q + pn + 1;
    if (!cv || !pe || strlen(kase = nz_value(pe)) != 3)
        return NULL;
    for (const char *q = cv; *q; q += strcspn(q, " "), q += *q == ' ')
        if (strncmp(q, kase, 3) == 0 && q[3] == '=')
            return q + 4;
    return NULL;
}

/* P follows a house number after a street's name: "Długiej 5/7 m. 3",
 * "Piękna 12a m. 4": digits (a letter, '/' and digits may follow) after
 * a capitalised word that opens no clause ("Skoczył 8 m. 3" does). */
bool nz_after_house_number(const nz *c, const char *p)
{
    const char *q = p, *e, *w;
    size_t wn;

    while (q > c->text && q[-1] == ' ')
        q--;
    e = q;
    while (q > c->text && (nz_digit(q[-1]) || q[-1] == '/' || (q[-1] >= 'a' && q[-1] <= 'z')))
        q--;
    if (q == e || !nz_digit(*q) || q == c->text || q[-1] != ' ')
        return false;
    wn = nz_word_before(c, q, &w);
    if (!wn || w + wn + 1 != q || !nz_upper_at(w))
        return false;
    /* the name opens no sentence; after a period only after a street's
     * abbreviation of [speech.abbrev_cases] ("ul. Długiej") */
    while (w > c->text && w[-1] == ' ')
        w--;
    if (w == c->text || strchr("!?:;(\"", w[-1]))
        return false;
    if (w[-1] != '.')
        return true;
    wn = nz_word_before(c, w, &e);
    return wn && nz_find(c, NZ_ABBREV_CASES, e, (size_t)(w - e), false);
}

/* Another title then a name after P: "Prof. dr. Bakker". */
static bool next_title_name(const nz *c, const char *p)
{
    size_t n;

    while (*p == ' ')
        p++;
    return nz_match(c, NZ_TITLES, p, true, &n) && next_name(p + n);
}

/* An office after a title at P: the title's article of [speech.settings]
 * title_articles (French "le la"), then a word, as a newsreader says
 * "M. le maire", "Mme la préfète" (Monsieur le maire): the title speaks
 * to or of the office's holder, who is not named. */
static bool next_title_office(const nz *c, const char *p)
{
    const char *s, *s2;
    size_t n = nz_word_after(p, &s), n2;

    if (!n || s == p || s[n] != ' ' || !nz_in_words(nz_setting(c, "title_articles"), s, n))
        return false;
    n2 = nz_word_after(s + n, &s2);
    return n2 >= 3 && s2 == s + n + 1;
}

/* A region's abbreviation at P may stand here: right after a capitalised
 * place and a comma ("in Fresno, Calif."), or after a party's capital
 * letter and a hyphen ("(D-Calif.)", "Ann Lee, D-Calif.,"). First in a sentence
 * the place is a dateline's, in capitals ("FRESNO, Calif. (AP)"): "Yes,
 * Miss." and "Hello, Pa." call someone. */
static bool place_abbrev_at(const nz *c, const char *p)
{
    const char *w;
    size_t wn, k;
    uint32_t cp;

    if (p - c->text >= 3 && p[-1] == '-' && nz_upper_at(p - 2) && (p[-3] == '(' || p[-3] == ' '))
        return true;
    if (p - c->text < 3 || p[-1] != ' ' || p[-2] != ',' || !(wn = nz_word_before(c, p - 2, &w)) ||
        w + wn != p - 2 || !nz_upper_at(w))
        return false;
    if (!nz_clause_start(c, w))
        return true;
    for (const char *q = w; q < w + wn; q += k)
        if (!(k = nz_cp(q, &cp)) || !nz_is_upper(cp))
            return false;
    return wn > 1;
}

/* The byte length of a space, or of a no-break space (U+00A0), right
 * before P; 0 for none. */
static size_t space_before(const nz *c, const char *p)
{
    if (p > c->text && p[-1] == ' ')
        return 1;
    if (p - c->text >= 2 && (unsigned char)p[-2] == 0xC2 && (unsigned char)p[-1] == 0xA0)
        return 2;
    return 0;
}

/* P follows an amount with its currency and one space: "850 € CC",
 * "€ 220.000 tratt.", "$9,500 OBO" (the sign or code of
 * [speech.currency] after the digits or glued or spaced before them).
 * Looks back over two short tokens only. */
static bool after_price(const nz *c, const char *p)
{
    const char *e, *q;
    size_t sn, n;

    if (!(sn = space_before(c, p)))
        return false;
    e = p - sn;
    for (q = e; q > c->text && q[-1] != ' ' && (unsigned char)q[-1] != 0xA0 && e - q < 24; q--)
        ;
    if (q == e)
        return false;
    /* "850 € CC": the currency, a space and a digit before it */
    if (nz_match(c, NZ_CURRENCY, q, false, &n) && q + n == e)
        return (sn = space_before(c, q)) && nz_digit(*(q - sn - 1));
    if (!nz_digit(e[-1]))
        return false;
    /* "$9,500 OBO": the sign glued before the digits */
    if (nz_match(c, NZ_CURRENCY, q, false, &n) && nz_digit(q[n]))
        return true;
    /* "€ 220.000 tratt.": the sign and a space before them */
    if (!nz_digit(*q) || !(sn = space_before(c, q)))
        return false;
    e = q - sn;
    for (q = e; q > c->text && q[-1] != ' ' && (unsigned char)q[-1] != 0xA0 && e - q < 8; q--)
        ;
    return q < e && nz_match(c, NZ_CURRENCY, q, false, &n) && q + n == e;
}

/* The N bytes at P close their clause right after a lower-case word
 * ("utilities incl., pets", "despesas incl."): a comma, semicolon,
 * colon or bracket follows, the text's end, or a capital that opens the
 * next sentence after a period. */
static bool closes_clause(const nz *c, const char *p, size_t n)
{
    const char *w, *q = p - 1;
    size_t wn;
    uint32_t cp;

    /* an area's or volume's unit before it, "120 m² hab.," */
    if (q - c->text >= 2 && (unsigned char)q[-2] == 0xC2 && ((unsigned char)q[-1] == 0xB2 || (unsigned char)q[-1] == 0xB3))
        q -= 2;
    wn = nz_word_before(c, q, &w);
    if (!wn || w + wn != q || p[-1] != ' ' || !nz_cp(w, &cp) || nz_is_upper(cp) || nz_digit(*w))
        return false;
    return strchr(",;:)", p[n]) && p[n] ? true
           : nz_at_end(p + n) || (p[n - 1] == '.' && nz_next_capital(p + n));
}

/* The form of a [speech.abbrev_final] value that agrees with the word
 * before P: [speech.settings] abbrev_final_endings, "a=1 os=2 as=3", the
 * longest ending of the word that is listed gives the form's index
 * (Portuguese "despesas incl." incluídas); 0 with none. */
static int final_form(const nz *c, const char *p)
{
    const char *l = nz_setting(c, "abbrev_final_endings"), *w;
    size_t wn = nz_word_before(c, p, &w), best = 0;
    int form = 0;

    for (; l && *l; l += strcspn(l, " "), l += *l == ' ') {
        size_t en = strcspn(l, "=");
        if (l[en] == '=' && en < wn && en > best && strncmp(w + wn - en, l, en) == 0)
            best = en, form = atoi(l + en + 1);
    }
    return form;
}

/* An abbreviation at P ("approx.", "e.g.", "Dr.", "No. 5"). */
static size_t abbreviation(nz *c, const char *p)
{
    const al_lang_entry *e, *best = NULL, *title = NULL;
    size_t n, bestn = 0;
    bool alt = false;

    /* a one-letter title ("D. Pedro", "R. Augusta") is a middle initial
     * after a name ("Jorge R. Silva") */
    /* a degree's field of [speech.settings] title_fields is read only
     * after another title ("Dr. med. Anna Weber": Doktor der Medizin;
     * "das med. Personal" stays) */
    const char *tw;
    size_t twn;
    /* a lower-case key also capitalised, first in a sentence (Polish
     * "ks." and "Ks. Marek Duda") */
    if ((e = nz_match(c, NZ_TITLES, p, true, &n)) && n > bestn &&
        (next_name(p + n) || next_title_name(c, p + n) || next_title_office(c, p + n)) &&
        !(n == 2 && initial_after_name(c, p)) &&
        !(nz_in_words(nz_setting(c, "title_fields"), e->key, strcspn(e->key, " ")) &&
          !((twn = nz_word_before(c, p, &tw)) && tw[twn] == '.' && nz_find(c, NZ_TITLES, tw, twn + 1, false))))
        best = title = e, bestn = n;
    /* one of [speech.settings] house_abbrev only after a house number
     * (Polish "m." mieszkania: "ul. Długiej 5/7 m. 3") */
    if ((e = nz_match(c, NZ_ABBREV_NUM, p, true, &n)) && n > bestn && next_number(p + n, p[n - 1] == '.') &&
        (!nz_in_words(nz_setting(c, "house_abbrev"), e->key, strlen(e->key)) || nz_after_house_number(c, p)))
        best = e, bestn = n;
    /* "del XX sec.": one of them whose word is in [speech.settings]
     * roman_ordinal_words (Italian "sec"), right after a Roman numeral of
     * two letters or more, is that numeral's noun (secolo) */
    const char *rw;
    size_t rwn;
    if ((e = nz_match(c, NZ_ABBREV_NUM, p, true, &n)) && n > bestn && p[n - 1] == '.' &&
        nz_in_words(nz_setting(c, "roman_ordinal_words"), e->key, n - 1) && (rwn = nz_word_before(c, p, &rw)) >= 2 &&
        rw + rwn + 1 == p && roman_value(rw, rwn))
        best = e, bestn = n;
    if ((e = nz_match(c, NZ_ABBREV, p, true, &n)) && n > bestn && !month_alone(c, e, p, n))
        best = e, bestn = n, alt = true;
    /* "3:2 n. V.", "3-2 a.p.": how a match was decided, said only right
     * after its score ("Termine n. V." is "nach Vereinbarung") */
    if (c->score_end && p - c->score_end == 1 && p[-1] == ' ' &&
        (e = nz_match(c, NZ_SCORE_ABBREV, p, false, &n)) && n > bestn)
        best = e, bestn = n, alt = false;
    /* "au JO", "no DR": an abbreviation of [speech.abbrev_after] is said
     * in full only right after one of the words before its '|' (a
     * singular article or preposition: "les JO" are the Games) */
    const char *bw;
    size_t bwn;
    bool after = false;
    if ((e = nz_match(c, NZ_ABBREV_AFTER, p, true, &n)) && n > bestn && !nz_is_alnum_at(p + n) &&
        (bwn = nz_word_before(c, p, &bw)) && bw + bwn + 1 == p && p[-1] == ' ' && strchr(nz_value(e), '|')) {
        char ws[128];
        snprintf(ws, sizeof(ws), "%.*s", (int)strcspn(nz_value(e), "|"), nz_value(e));
        if (nz_in_words(ws, bw, bwn))
            best = e, bestn = n, alt = false, after = true;
    }
    /* "Reno, Nev.": a region's abbreviation of [speech.place_abbrev]
     * (a US state's in AP style) said in full only where a place's region
     * stands; its period also ends a sentence before a capital ("Ill." is
     * ill elsewhere, "Miss." a title) */
    bool place = false;
    if ((e = nz_match(c, NZ_PLACE_ABBREV, p, false, &n)) && n > bestn && !nz_is_alnum_at(p + n) &&
        place_abbrev_at(c, p))
        best = e, bestn = n, alt = false, place = true;
    /* "850 € CC", "245.000 € neg.": an abbreviation of
     * [speech.abbrev_price] is said in full only right after an amount
     * with its currency, where a listing gives the price's terms ("CC"
     * charges comprises; "le CC" is a carbon copy, "FAI" an internet
     * provider elsewhere) */
    if ((e = nz_match(c, NZ_ABBREV_PRICE, p, false, &n)) && n > bestn && !nz_is_alnum_at(p + n) &&
        after_price(c, p))
        best = e, bestn = n, alt = false;
    /* "utilities incl.", "despesas incl.": an abbreviation of
     * [speech.abbrev_final] closing its clause after a lower-case word
     * is a participle after its noun (included), agreeing with it;
     * before its noun it keeps its [speech.abbrev] reading (including) */
    bool final = false;
    if ((e = nz_match(c, NZ_ABBREV_FINAL, p, false, &n)) && n >= bestn && closes_clause(c, p, n))
        best = e, bestn = n, alt = false, final = true;
    if (!best)
        return 0;
    if (after) {
        nz_put_form(c, nz_value(best), 1);
        return bestn;
    }
    if (place) {
        al_buf_puts(c->b, nz_value(best));
        if (p[bestn - 1] == '.' && (nz_at_end(p + bestn) || nz_next_capital(p + bestn)))
            al_buf_putc(c->b, '.');
        return bestn;
    }
    /* "o pow. 60 m²": a key of both [speech.abbrev] and
     * [speech.abbrev_num] has its case forms for the reading before a
     * number (powierzchni); the other reading's forms are under its word
     * ("z pow. krakowskiego": powiatu, [speech.abbrev_cases] "powiat") */
    char ow[64];
    const char *f;
    if (alt && nz_get(c, NZ_ABBREV_NUM, best->key)) {
        snprintf(ow, sizeof(ow), "%.*s", (int)strcspn(nz_value(best), " |"), nz_value(best));
        f = case_form(c, ow, p, bestn);
    } else {
        f = case_form(c, best->key, p, bestn);
    }
    const char *aw;
    size_t awn;
    if (f) {
        /* a form of two words is written with '_' ("gen=Dziennika_Ustaw") */
        for (size_t i = 0, fn = strcspn(f, " "); i < fn; i++)
            al_buf_putc(c->b, f[i] == '_' ? ' ' : f[i]);
    } else if (final) {
        nz_put_form(c, nz_value(best), final_form(c, p));
    } else if (best == title && strchr(nz_value(best), '|') &&
             (((awn = nz_word_before(c, p, &aw)) && aw + awn + 1 == p &&
               nz_in_words(nz_setting(c, "feminine_articles"), aw, awn)) ||
              ((awn = nz_word_after(p + bestn, &aw)) && nz_ends_with_setting(c, "name_f_endings", aw, awn))))
        /* "La Lic. Hernández": a title after a feminine article
         * ([speech.settings] feminine_articles) is a woman's, its second
         * form (licenciado|licenciada); so is one before a name with a
         * woman's ending (name_f_endings, Portuguese "a": "D. Maria"
         * dona, "D. Pedro" dom) */
        nz_put_form(c, nz_value(best), 1);
    else   /* "St.": Saint before a name, Street after one */
        nz_put_form(c, nz_value(best), alt && !nz_next_capital(p + bestn) ? 1 : 0);
    /* its period also ends the sentence: at the text's end, or before a
     * capital after one of [speech.abbrev_end] ("etc. The", "usw. Der",
     * "w 1979 r. Papież") or a month's ("le 1er déc. Le texte", "am 3.
     * Dez. Das") */
    size_t ml;
    if (best->key[strlen(best->key) - 1] == '.' &&
        (nz_at_end(p + bestn) || (final && nz_next_capital(p + bestn)) ||
         (alt && nz_next_capital(p + bestn) &&
          (nz_find(c, NZ_ABBREV_END, best->key, strlen(best->key), false) ||
           (nz_month_at(c, nz_value(best), &ml) && ml == strlen(nz_value(best)))))))
        al_buf_putc(c->b, '.');
    return bestn;
}

/* "50 l pro m²", "price per sq ft": a unit after the word "per" (in the
 * singular); a word unit ("m", "in") only when nothing follows it. A
 * capital unit before a capitalised word begins a name, where nouns are
 * not capitalised: "pagar por MB Way", "per GB News". */
static size_t unit_after_per(nz *c, const char *p)
{
    const char *w;
    const al_lang_entry *e;
    size_t n;

    /* cheap test first: this runs for every word */
    if (!c->per_n || (size_t)(p - c->text) < c->per_n + 1 || p[-1] != ' ' ||
        strncmp(p - 1 - c->per_n, c->per, c->per_n) != 0 ||
        (p - 1 - c->per_n > c->text && (nz_is_letter((unsigned char)p[-2 - (long)c->per_n]) ||
                                         (unsigned char)p[-2 - (long)c->per_n] >= 0x80)))
        return 0;   /* "pro" is the whole word before: not "Expro m" */
    /* a letter before an apostrophe is an elided word, not a unit: "par
     * l'édit", "per l'anno" */
    if (!(e = nz_match(c, NZ_UNITS, p, false, &n)) &&
        !((e = nz_match(c, NZ_UNITS_TIGHT, p, false, &n)) && !nz_word_after(p + n, &w) && p[n] != '\'' &&
          strncmp(p + n, "\xE2\x80\x99", 3) != 0))
        return 0;
    if (nz_upper_at(p) && nz_next_capital(p + n) && !nz_setting(c, "nouns_capitalised"))
        return 0;
    /* nor is an abbreviation before a capitalised word: Polish "na os.
     * Tysiąclecia" (an estate's name, where "120 os." counts people) */
    if (p[n - 1] == '.' && nz_next_capital(p + n) && !nz_setting(c, "nouns_capitalised"))
        return 0;
    nz_put_form(c, nz_value(e), 0);
    return n;
}

/* ---- Roman numerals ---- */

static int roman_digit(char ch)
{
    switch (ch) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    default: return 0;
    }
}

/* The value of the N Roman digits at S, 0 when not a canonical numeral. */
static int roman_value(const char *s, size_t n)
{
    static const char *const ones[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    static const char *const tens[] = { "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC" };
    int v = 0;
    char canon[16];

    for (size_t i = 0; i < n; i++) {
        int d = roman_digit(s[i]), nx = i + 1 < n ? roman_digit(s[i + 1]) : 0;
        if (!d)
            return 0;
        v += d < nx ? -d : d;
    }
    if (v <= 0 || v >= 100)
        return 0;
    snprintf(canon, sizeof(canon), "%s%s", tens[v / 10], ones[v % 10]);
    return strlen(canon) == n && strncmp(canon, s, n) == 0 ? v : 0;
}

/* Does the word W (N bytes) end in one of the space-separated endings of
 * [speech.settings] KEY (longer than the ending itself)? */
bool nz_ends_with_setting(const nz *c, const char *key, const char *w, size_t n)
{
    const char *l = nz_setting(c, key);

    while (l && *l) {
        size_t ln = strcspn(l, " ");
        if (ln && ln < n && strncmp(w + n - ln, l, ln) == 0)
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* Does the word W (N bytes) open with one of the space-separated onsets
 * of [speech.settings] KEY, case aside (Italian "zaino" with "z")? */
bool nz_starts_with_setting(const nz *c, const char *key, const char *w, size_t n)
{
    const char *l = nz_setting(c, key);

    while (l && *l) {
        size_t ln = strcspn(l, " ");
        if (ln && ln <= n && strncasecmp(w, l, ln) == 0)
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* A name whose ending is one of [speech.settings] regnal_f_endings
 * ("Elisabeth II.", "Margrethe II."): the regnal ordinal is feminine. */
static bool female_name(const nz *c, const char *w, size_t n)
{
    return nz_ends_with_setting(c, "regnal_f_endings", w, n);
}

/* A one-letter numeral with a period after a name, with [speech.settings]
 * regnal_period, ending the text or before a lower-case word: "Karl V.
 * dankte ab" (not the initial of "Karl V. Müller"). AFTER: after the letter. */
static bool marked_alone(const nz *c, const char *after)
{
    const char *w;
    uint32_t cp;

    if (*after != '.' || !nz_setting(c, "regnal_period"))
        return false;
    if (nz_at_end(after + 1) || (after[1] && strchr(",;:", after[1])))
        return true;
    if (after[1] != ' ' || !nz_word_after(after + 1, &w))
        return false;
    nz_cp(w, &cp);
    return !nz_is_upper(cp);
}

/* Whether the word W (WN bytes) is one of the space-separated words of
 * [speech.settings] KEY, in any case. */
static bool in_setting(const nz *c, const char *key, const char *w, size_t wn)
{
    const char *l = nz_setting(c, key);

    while (l && *l) {
        size_t ln = strcspn(l, " ");
        if (ln == wn && strncasecmp(l, w, wn) == 0)
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* The grammatical case of a regnal number after the name at W (WN bytes),
 * as the key suffix of its template ("_dat", "_gen", "_acc"; "" for the
 * nominative), for a language with [speech.settings] regnal_dat. Evidence:
 * a name ending in regnal_gen_suffix after a noun ("die Herrschaft
 * Ludwigs XIV.") is a genitive; else the first word before the name and
 * its titles that is not capitalised, or a preposition: its
 * [speech.prepositions] value ("unter Ludwig XIV.": dat, "gegen Napoleon
 * III.": acc) or an article of regnal_dat_words / regnal_acc_words /
 * regnal_gen_words ("dem König Ludwig XIV."). A conjunction of
 * regnal_and_words joins the name to the one before, which gives it its
 * case ("unter Benedikt XVI. und Ludwig XIV.": both dative). */
static const char *regnal_case(const nz *c, const char *w, size_t wn)
{
    static const char *const cases[] = { "_dat", "_acc", "_gen" };
    static const char *const lists[] = { "regnal_dat_words", "regnal_acc_words", "regnal_gen_words" };
    const char *gen = nz_setting(c, "regnal_gen_suffix"), *b;
    size_t bn;

    if (!nz_setting(c, "regnal_dat") && !c->t[NZ_ORD_CASES].n)
        return "";
    bn = nz_word_before(c, w, &b);
    if (gen && bn && nz_ends_with_setting(c, "regnal_gen_suffix", w, wn) && b + bn + 1 == w &&
        nz_upper_at(b) && !nz_clause_start(c, b) &&
        !nz_find(c, NZ_REGNAL_TITLES, b, bn, true))
        return "_gen";
    for (int hops = 0; bn && hops < 8; hops++) {
        const al_lang_entry *pe = nz_find(c, NZ_PREPOSITIONS, b, bn, true);
        uint32_t cp;
        if (pe) {
            const char *v = nz_value(pe);
            return !strcmp(v, "dat") ? "_dat" : !strcmp(v, "acc") ? "_acc" : !strcmp(v, "gen") ? "_gen"
                   : !strcmp(v, "loc") ? "_loc" : !strcmp(v, "ins") ? "_ins" : "";
        }
        for (int i = 0; i < 3; i++)
            if (in_setting(c, lists[i], b, bn))
                return cases[i];
        nz_cp(b, &cp);
        if (!in_setting(c, "regnal_and_words", b, bn) &&   /* "XVI. und": no sentence end */
            (!nz_is_upper(cp) || nz_clause_start(c, b)))
            break;
        bn = nz_word_before(c, b, &b);
    }
    /* "Portret Ludwika XIV": a name in the genitive by its ending
     * ([speech.settings] regnal_gen_endings, Polish "ika awa") */
    if (nz_ends_with_setting(c, "regnal_gen_endings", w, wn))
        return "_gen";
    return "";
}

/* A Roman numeral between a lower-case word (an article, a preposition;
 * at the sentence's start one of [speech.prepositions], "Po II wojnie";
 * or none, two letters or more first in a sentence, "II wojna") and a
 * noun is an ordinal adjective where [speech.settings] roman_before_noun
 * says so: "nella II guerra mondiale" seconda, "na II
 * Guerra Mundial" segunda, "po II wojnie światowej" drugiej. It takes the
 * noun's gender (feminine_endings, feminine_words; a masculine one the
 * third form where there is one, Spanish "el III Plan" tercer); with
 * [speech.ordinal_cases] (Polish) the case and gender of nz_case_form,
 * where an adjective after the noun ending in adj_f_endings ("światowej")
 * says feminine, as the noun's oblique ending cannot. A name before it
 * ("Pio XII fu") makes it regnal instead; one letter (I, V) only before
 * a lower-case noun: "I" may be an article or a word of a title, and a
 * lone X is the network more often than ten ("l'avviso su X tramite").
 * W, WN: the word before. */
static bool roman_before_noun(nz *c, int v, const char *p, size_t r, const char *w, size_t wn)
{
    const char *nx, *ax;
    size_t nn, an, k = 0;
    uint32_t cp;
    char out[128];
    int form;

    /* "II wojna światowa wybuchła": two letters or more first in a
     * sentence, with no word before to say what they count */
    bool first = r > 1 && nz_clause_start(c, p);

    if (!nz_setting(c, "roman_before_noun") || p[r] != ' ' || (!first && (!wn || w + wn != p - 1)))
        return false;
    /* "en fase III incluirá": right after a word of [speech.roman_words]
     * the numeral names that noun (a phase, a part), a number, and the
     * word after it is no noun it goes before */
    if (!first && nz_in_list(c, NZ_ROMAN_WORDS, w, wn))
        return false;
    if (!first && nz_upper_at(w) && !(nz_clause_start(c, w) && nz_find(c, NZ_PREPOSITIONS, w, wn, true)))
        return false;
    nn = nz_word_after(p + r, &nx);
    if (nn < 3 || nx != p + r + 1)
        return false;
    while (k < nn && roman_digit(nx[k]))
        k++;
    nz_cp(nx, &cp);
    if (k == nn || (r == 1 && (nz_is_upper(cp) || *p == 'X')))
        return false;
    if (c->t[NZ_ORD_CASES].n) {
        an = nz_word_after(nx + nn, &ax);
        form = nz_case_form(c, p, p + r,
                            an && ax == nx + nn + 1 &&
                            nz_ends_with_setting(c, "adj_f_endings", ax, an) ? 'f' : 0);
    } else {
        char key[16];
        const char *o;
        snprintf(key, sizeof(key), "%d", v);
        form = nz_feminine_noun(c, nx, nn) ? 1 : 0;
        /* Spanish "el III Plan": tercer, the third form before a noun */
        if (!form && (o = nz_get(c, NZ_ORDINALS, key)) && (o = strchr(o, '|')) && strchr(o + 1, '|'))
            form = 2;
    }
    if (form < 0 || !nz_ordinal_str(c, v, form, NULL, out, sizeof(out)))
        return false;
    al_buf_puts(c->b, out);
    return true;
}

/* Whether the sentence around P holds a word of [speech.settings]
 * sequel_words (a cinema's words: "cinema", "cines",
 * "bioscoop", "kin"): then a title's part number after a name is no
 * ruler's ("Rocky II vuelve a los cines"). */
static bool sequel_sentence(const nz *c, const char *p)
{
    const char *l = nz_setting(c, "sequel_words"), *a = p, *q;
    uint32_t cp;
    size_t k;

    if (!l)
        return false;
    while (a > c->text && !(strchr(".!?", a[-1]) && (a[0] == ' ' || a[0] == '\n')))
        a--;
    for (q = a; *q && !(strchr(".!?", *q) && (!q[1] || q[1] == ' ' || q[1] == '\n'));) {
        const char *w = q;
        while ((k = nz_cp(q, &cp)) && nz_is_letter(cp))
            q += k;
        if (q > w && nz_in_words(l, w, (size_t)(q - w)))
            return true;
        if (q == w)
            q += nz_cp(q, &cp) ? nz_cp(q, &cp) : 1;
    }
    return false;
}

/* The Roman numeral at P, N bytes of word, R of them Roman digits. */
static size_t roman(nz *c, const char *p, size_t n, size_t r)
{
    const char *w, *w2, *mark = p + r;
    size_t wn = nz_word_before(c, p, &w), wn2 = 0, markn = n - r, nused;
    int v = roman_value(p, r);
    uint32_t cp = 0;
    char num[16];

    /* "Le", "Li": one Roman letter with a tail is a numeral only for I, V, X */
    if (!v || (r == 1 && *p != 'I' && *p != 'V' && *p != 'X'))
        return 0;
    /* "XXe siècle", "François Ier", "II. Weltkrieg" */
    /* "Thomas V. Müller" is an initial; "der I. Weltkrieg" is not */
    if (markn || (*mark == '.' && (r > 1 || nz_ordinal_context(c, p)))) {
        size_t used = nz_ordinal_mark(c, v, mark, markn, p);
        if (used)
            return r + used;
        if (markn)
            return 0;
    }
    /* "XX wieku", "z XVI w.": an ordinal before its noun, in its case */
    if (!markn && nz_ordinal_before_noun(c, v, p, p + r, &nused))
        return r + nused;
    /* "nella II guerra": an ordinal adjective before its noun */
    if (!markn && roman_before_noun(c, v, p, r, w, wn))
        return r;
    if (!wn)
        return 0;
    snprintf(num, sizeof(num), "%d", v);
    nz_cp(w, &cp);
    wn2 = nz_word_before(c, w, &w2);
    /* "nel sec. XIX": an ordinal after a word of [speech.settings]
     * roman_ordinal_words (Italian secolo diciannovesimo) */
    char ord[64];
    if (r > 1 && nz_in_words(nz_setting(c, "roman_ordinal_words"), w, wn) &&
        nz_ordinal_str(c, v, 0, NULL, ord, sizeof(ord))) {
        al_buf_puts(c->b, ord);
        return r;
    }
    /* "the XII century": an ordinal before a word of [speech.settings]
     * roman_ordinal_before (English century), the noun that counts in
     * ordinals; not "XIX and" */
    const char *nx, *nx2, *nx3;
    size_t nxn = p[r] == ' ' ? nz_word_after(p + r, &nx) : 0, nxn2, nxn3, k2 = 0;
    /* "the XV and XVI centuries": the first of two joined by a short
     * lower-case word ("and", "or", "to") too */
    if (nxn && nxn <= 3 && nx == p + r + 1 && !nz_upper_at(nx) && (nxn2 = nz_word_after(nx + nxn, &nx2)) &&
        nx2 == nx + nxn + 1) {
        while (k2 < nxn2 && roman_digit(nx2[k2]))
            k2++;
        if (k2 == nxn2 && (nxn3 = nz_word_after(nx2 + nxn2, &nx3)) && nx3 == nx2 + nxn2 + 1)
            nx = nx3, nxn = nxn3;
    }
    if (nxn && (nx == p + r + 1 || k2) && nz_in_words(nz_setting(c, "roman_ordinal_before"), nx, nxn) &&
        nz_ordinal_str(c, v, 0, NULL, ord, sizeof(ord))) {
        al_buf_puts(c->b, ord);
        return r;
    }
    /* "Part II", "World War I"; a lone letter only after a capital ("in part I think") */
    if (nz_in_list(c, NZ_ROMAN_WORDS, w, wn) && (r > 1 || nz_is_upper(cp))) {
        al_buf_puts(c->b, num);
        return r;
    }
    /* after a name, with a title two or three words back or not ("King
     * John I", "el rey Juan Carlos I"); one letter ("I", "V", "X") only
     * with one. A title's value "f" makes the ordinal feminine ("la reina
     * Isabel II": segunda). */
    {
        const al_lang_entry *title = wn2 ? nz_find(c, NZ_REGNAL_TITLES, w2, wn2, true) : NULL;
        size_t used = 0;
        if (!title && wn2) {
            const char *w3;
            size_t wn3 = nz_word_before(c, w2, &w3);
            title = wn3 ? nz_find(c, NZ_REGNAL_TITLES, w3, wn3, true) : NULL;
        }
        bool fem = title ? strcmp(nz_value(title), "f") == 0 : female_name(c, w, wn);
        /* "Super Bowl LVIII": past any monarch's or pope's number (the
         * highest in use are in the twenties: Louis XVIII, John XXIII), a
         * numeral after a name is a plain number */
        if (v > 30 && r > 1 && nz_is_upper(cp) && w + wn == p - 1 && !title && !nz_is_alnum_at(p + r) &&
            !(p[r] == '.' && nz_setting(c, "regnal_period") && !nz_at_end(p + r + 1))) {
            al_buf_puts(c->b, num);
            return r;
        }
        /* "Rocky II kam ins Kino": where a regnal number takes a period
         * (regnal_period), one without it and with no title is a
         * sequel's or a part's number */
        if (nz_setting(c, "regnal_period") && p[r] != '.' && !title && r > 1 && nz_is_upper(cp) &&
            w + wn == p - 1 && !nz_is_alnum_at(p + r)) {
            al_buf_puts(c->b, num);
            return r;
        }
        /* "Rocky II vuelve a los cines": with no title, two letters or
         * more after a name in a sentence about a cinema
         * (sequel_sentence) are a sequel's part number, a cardinal */
        if (!title && r > 1 && nz_is_upper(cp) && w + wn == p - 1 && !nz_is_alnum_at(p + r) &&
            sequel_sentence(c, p)) {
            al_buf_puts(c->b, num);
            return r;
        }
        /* "Karel V werd": a letter of [speech.settings] regnal_one_letter
         * ("I V") after a name and before a lower-case word, a comma or
         * the text's end, where the letter is no word of the language */
        const char *nw, *nw2;
        size_t nwn;
        bool lone = r == 1 && nz_in_words(nz_setting(c, "regnal_one_letter"), p, 1) &&
                    ((p[1] == ' ' && (nwn = nz_word_after(p + 1, &nw)) > 1 && nw == p + 2 && !nz_upper_at(nw) &&
                      /* "Marque V ou F": a letter beside another lone
                       * capital across a short word is one of a pair of
                       * letters, no numeral */
                      !(nwn <= 6 && nw[nwn] == ' ' && nz_word_after(nw + nwn, &nw2) == 1 &&
                        nw2 == nw + nwn + 1 && nz_upper_at(nw2) && !nz_is_alnum_at(nw2 + 1))) ||
                     /* "the reign of George V.", "George V, who": the
                      * text's end or a comma (an initial has a name after) */
                     (p[1] == '.' && nz_at_end(p + 2)) || (p[1] && strchr(",;", p[1])));
        /* "la Generación X", "el Proyecto X": after an article of
         * [speech.settings] regnal_not_after the capitalised word is a
         * thing's name and the letter its label; a ruler's name takes
         * none ("Alfonso X impulsó") */
        const char *aw;
        size_t awn;
        if (lone && (awn = nz_word_before(c, w, &aw)) && aw + awn + 1 == w &&
            nz_in_words(nz_setting(c, "regnal_not_after"), aw, awn))
            lone = false;
        if (nz_is_upper(cp) && w + wn == p - 1 && (r > 1 || title || lone || marked_alone(c, p + r)) &&
            nz_regnal(c, v, p + r, fem, regnal_case(c, w, wn), &used))
            return r + used;
    }
    return 0;
}

/* ---- words ---- */

/* A weekday's abbreviation of [speech.weekday_abbrev] at P, its period
 * taken too where the key has none ("Mon."); *N its length. */
static const al_lang_entry *weekday_at(const nz *c, const char *p, size_t *n)
{
    const al_lang_entry *e = nz_match(c, NZ_WEEKDAY_ABBREV, p, true, n);

    if (e && e->key[strlen(e->key) - 1] != '.' && p[*n] == '.')
        ++*n;
    return e;
}

/* The same written without its key's period ("ma" for "ma."), a word of
 * two to four letters at P; *N its length. Only where two are joined
 * ("ma-vr", "ma t/m vr"): alone such a word is too often another. */
static const al_lang_entry *weekday_bare(const nz *c, const char *p, size_t *n)
{
    char key[24];
    size_t k = 0, l = 0, cl;
    uint32_t cp;

    if (!nz_boundary(c, p))
        return NULL;
    while ((cl = nz_cp(p + k, &cp)) && nz_is_letter(cp) && k + cl < sizeof(key) - 2)
        k += cl, l++;
    if (l < 2 || l > 4 || nz_is_alnum_at(p + k) || p[k] == '.')
        return NULL;
    snprintf(key, sizeof(key), "%.*s.", (int)k, p);
    *n = k;
    return nz_find(c, NZ_WEEKDAY_ABBREV, key, k + 1, true);
}

bool nz_weekday_word(const nz *c, const char *w, size_t wn)
{
    char key[24];

    if (!wn || wn > 8 || !c->t[NZ_WEEKDAY_ABBREV].n)
        return false;
    snprintf(key, sizeof(key), "%.*s.", (int)wn, w);
    return nz_find(c, NZ_WEEKDAY_ABBREV, key, wn + 1, true) || nz_find(c, NZ_WEEKDAY_ABBREV, key, wn, true);
}

/* A month named at P, or after one short word ("de março"). */
static bool month_near(const nz *c, const char *p)
{
    size_t n, k = 0;
    uint32_t cp;

    if (nz_month_at(c, p, &n))
        return true;
    while ((n = nz_cp(p + k, &cp)) && nz_is_letter(cp) && !nz_is_upper(cp))
        k += n;
    return k && k <= 3 && p[k] == ' ' && nz_month_at(c, p + k + 1, &n);
}

/* The date after a weekday's abbreviation and a space at P. 1: a date
 * the date rules read ("12 oct.", "1er juin", "Jun 14", "14/06"); 2: a
 * day and a month's number with a period ("3.3.", "14.06"), no year,
 * which no other rule takes for a date, *D and *M and *LEN set; 0: none.
 * LOOSE (a comma after the weekday, or one written without its key's
 * period): a day alone is not enough, a month must follow. */
static int weekday_date(const nz *c, const char *p, bool loose, int *d, int *m, size_t *len)
{
    size_t nd = nz_digits(p), nm, ml;
    const char *e = p + nd;

    if (!nd) {
        /* "Sat, Jun 14": the month first */
        return nz_month_at(c, p, &ml) && p[ml] == ' ' && (nd = nz_digits(p + ml + 1)) >= 1 && nd <= 2 &&
               atoi(p + ml + 1) >= 1 && atoi(p + ml + 1) <= 31 && !nz_digit(p[ml + 1 + nd]);
    }
    if (nd > 2 || atoi(p) < 1 || atoi(p) > 31)
        return 0;
    if ((*e == '.' || *e == '/') && (nm = nz_digits(e + 1)) >= 1 && nm <= 2 && atoi(e + 1) >= 1 &&
        atoi(e + 1) <= 12) {
        const char *f = e + 1 + nm;
        if (*f == '.' || *f == '/')
            return nz_digit(f[1]) ? 1 : (*e == '.' && !nz_is_alnum_at(f + 1) ? (*len = (size_t)(f + 1 - p), *d = atoi(p), *m = atoi(e + 1), 2) : 1);
        if (nz_is_alnum_at(f) || ((*f == ',') && nz_digit(f[1])))
            return 0;
        if (*e == '/')
            return 1;
        *d = atoi(p), *m = atoi(e + 1), *len = (size_t)(f - p);
        return 2;
    }
    /* "1er juin", "3. März", "14th June": an ordinal's mark, then the month */
    size_t k = 0;
    uint32_t cp;
    while (k < 4 && (nm = nz_cp(e + k, &cp)) && (nz_is_letter(cp) || cp == 0xBA || cp == 0xAA || cp == '.'))
        k += nm;
    if (k && e[k] == ' ')
        return month_near(c, e + k + 1);
    if (nz_is_alnum_at(e) || ((*e == '.' || *e == ',') && nz_digit(e[1])))
        return 0;
    return !loose || (*e == ' ' && month_near(c, e + 1));
}

/* "El sáb. la oficina abre", "Op za. is de markt open": a weekday's
 * abbreviation written with its period, alone, right after a word of
 * [speech.settings] weekday_before (the article or preposition a day
 * takes there: "el", "ao", "op") and before a lower-case word, so that
 * the period ends no sentence ("en el mar. El agua" stays), said in
 * full, in its preposition's case where it has one (F1). */
static size_t weekday_alone(nz *c, const char *p, const al_lang_entry *e1, size_t n1, const char *f1)
{
    const char *w, *a;
    size_t wn = nz_word_before(c, p, &w);
    uint32_t cp;

    if (p[n1 - 1] != '.' || p[n1] != ' ' || !wn || w + wn + 1 != p ||
        !nz_in_words(nz_setting(c, "weekday_before"), w, wn))
        return 0;
    /* then a word not capitalised ("Fr. Müller" is Frau) or a time
     * ("van vr. 20.00") */
    if (!(p[n1 + 1] >= '0' && p[n1 + 1] <= '9') &&
        (!nz_word_after(p + n1, &a) || a != p + n1 + 1 || !nz_cp(a, &cp) || nz_is_upper(cp)))
        return 0;
    al_buf_put(c->b, f1 ? f1 : nz_value(e1), f1 ? strcspn(f1, " ") : strlen(nz_value(e1)));
    return n1;
}

/* "lun., mer. et sam.", "mar., gio. e sab.", "we wt., czw. i sob.": a
 * weekday's abbreviation at P followed by a comma and another is the
 * first of a list of days, each said in full. The evidence is the shape:
 * two to seven abbreviations of [speech.weekday_abbrev] with a period,
 * one after another, set apart by ", ", the last one possibly by the
 * language's "and" or "or" ("mar., abr." is no list: April is no day).
 * Every day takes the case of the preposition before the first
 * ([speech.abbrev_cases] by [speech.prepositions]: Polish "we wt., czw.
 * i sob." we wtorek, czwartek i sobotę). Bounded: seven items. */
static size_t weekday_list(nz *c, const char *p)
{
    const al_lang_entry *e[7];
    const char *at[7], *w;
    size_t n[7], wn;
    char prep[32] = "";
    int k = 0;

    const char *q = p, *a = nz_word(c, "and"), *o = nz_word(c, "or");
    size_t an = a ? strlen(a) : 0, on = o ? strlen(o) : 0;
    bool joined = false;
    for (;;) {
        if (k == 7 || !(e[k] = weekday_at(c, q, &n[k])) || q[n[k] - 1] != '.')
            return 0;
        at[k] = q;
        q += n[k++];
        if (joined)
            break;
        /* ", mer.": the list goes on; " et sam.": its last day */
        if (q[0] == ',' && q[1] == ' ' && weekday_at(c, q + 2, &wn))
            q += 2;
        else if (q[0] == ' ' && an && strncmp(q + 1, a, an) == 0 && q[1 + an] == ' ' && weekday_at(c, q + 2 + an, &wn))
            q += 2 + an, joined = true;
        else if (q[0] == ' ' && on && strncmp(q + 1, o, on) == 0 && q[1 + on] == ' ' && weekday_at(c, q + 2 + on, &wn))
            q += 2 + on, joined = true;
        else
            break;
    }
    if (k < 2 || (!joined && k < 3))
        return 0;   /* "3 mar., lun." is no list: two days, no "and" */
    if ((wn = nz_word_before(c, p, &w)) && w + wn + 1 == p && wn < sizeof(prep))
        snprintf(prep, sizeof(prep), "%.*s", (int)wn, w);
    for (int i = 0; i < k; i++) {
        const char *f = prep[0] ? case_form_of(c, e[i]->key, prep) : NULL;
        if (i)
            al_buf_put(c->b, at[i - 1] + n[i - 1], (size_t)(at[i] - at[i - 1] - n[i - 1]));
        al_buf_put(c->b, f ? f : nz_value(e[i]), f ? strcspn(f, " ") : strlen(nz_value(e[i])));
    }
    if (nz_at_end(q))
        al_buf_putc(c->b, '.');
    return (size_t)(q - p);
}

/* "Mon-Fri", "du lun. au ven.", "ma. en di.", "sam. 12 oct.": a
 * weekday's abbreviation said in full where the shape says it is one:
 * before a day's number, or joined to another by a dash (the word "to")
 * or a short word ("au", "e", "en", "i"), both said then. "mar." alone
 * stays (Italian March, Spanish sea) but after a word that goes with a
 * day (weekday_alone). */
static size_t weekday_abbrev(nz *c, const char *p)
{
    const al_lang_entry *e1, *e2;
    const char *q, *r, *join = NULL;
    size_t n1, n2, jn = 0;
    uint32_t cp;

    bool bare = false;

    if (!c->t[NZ_WEEKDAY_ABBREV].n)
        return 0;
    if (!(e1 = weekday_at(c, p, &n1)) && !(bare = (e1 = weekday_bare(c, p, &n1)) != NULL))
        return 0;
    /* Polish "w sob.": w sobotę, "od czw.": od czwartku, by the
     * preposition before it ([speech.abbrev_cases]) */
    const char *f1 = case_form(c, e1->key, p, n1), *f2;
    q = p + n1;
    /* before a date: "sam. 12 oct.", "Sat, Jun 14", "ma 3 maart", "sob.
     * 14.06" (that date said here too: czternastego czerwca) */
    int dd, dm, kind;
    size_t dl, gap = (size_t)(*q == ',') + 1;
    if (q[gap - 1] == ' ' && (kind = weekday_date(c, q + gap, bare || gap == 2, &dd, &dm, &dl))) {
        al_buf_put(c->b, f1 ? f1 : nz_value(e1), f1 ? strcspn(f1, " ") : strlen(nz_value(e1)));
        if (kind == 2) {
            al_buf_put(c->b, q, gap);
            if (nz_put_date(c, dd, dm, 0, q + gap, -1))
                return n1 + gap + dl;
            al_buf_put(c->b, q + gap, dl);
            return n1 + gap + dl;
        }
        return n1;
    }
    if (*q == ',' && (dl = weekday_list(c, p)))
        return dl;
    bool dash = true;
    if (*q == '-' || *q == '/')
        r = q + 1, join = nz_word(c, "to");
    else if (strncmp(q, "\xE2\x80\x93", 3) == 0)
        r = q + 3, join = nz_word(c, "to");
    else if (*q == ' ') {
        /* the joining word: the language's "to", "and", "or", one of
         * [speech.settings] weekday_joins (French "au"), or a short
         * abbreviation said in full (Dutch "t/m": tot en met) */
        const char *w = q + 1, *jw;
        const al_lang_entry *ab;
        size_t k;
        for (r = w; *r && *r != ' ';)
            r += (k = nz_cp(r, &cp)) ? k : 1;
        jn = (size_t)(r - w);
        if (*r != ' ')
            return weekday_alone(c, p, e1, n1, f1);
        if ((ab = nz_match(c, NZ_ABBREV, w, false, &k)) && k == jn && jn <= 4)
            join = nz_value(ab), jn = strcspn(join, "|");
        else if (((jw = nz_word(c, "to")) && strlen(jw) == jn && strncmp(jw, w, jn) == 0) ||
                 ((jw = nz_word(c, "and")) && strlen(jw) == jn && strncmp(jw, w, jn) == 0) ||
                 ((jw = nz_word(c, "or")) && strlen(jw) == jn && strncmp(jw, w, jn) == 0) ||
                 nz_in_words(nz_setting(c, "weekday_joins"), w, jn))
            join = w;
        else
            return weekday_alone(c, p, e1, n1, f1);
        r++;
        dash = false;
    } else
        return weekday_alone(c, p, e1, n1, f1);
    if (!join || !(e2 = bare ? weekday_bare(c, r, &n2) : weekday_at(c, r, &n2)) || (bare && e2 == e1))
        return weekday_alone(c, p, e1, n1, f1); /* (Dutch "zo-zo" is so-so) */
    f2 = case_form(c, e2->key, r, n2);
    /* "lun-ven", "pon.-pt.": two days joined by a dash are a span, said
     * with [speech.settings] weekday_from before the first and
     * weekday_to between (Italian "dal"/"al", Polish "od", then "do"),
     * each day in its preposition's case; not after that word already */
    const char *from = nz_setting(c, "weekday_from"), *pw;
    size_t pn = nz_word_before(c, p, &pw);
    if (dash && (from || nz_setting(c, "weekday_to")) && !(from && pn == strlen(from) && strncasecmp(pw, from, pn) == 0)) {
        const char *to = nz_setting(c, "weekday_to") ? nz_setting(c, "weekday_to") : join;
        if (from) {
            f1 = case_form_of(c, e1->key, from);
            al_buf_printf(c->b, "%s ", from);
        }
        f2 = case_form_of(c, e2->key, to);
        join = to, jn = 0;
    }
    al_buf_put(c->b, f1 ? f1 : nz_value(e1), f1 ? strcspn(f1, " ") : strlen(nz_value(e1)));
    al_buf_printf(c->b, " %.*s ", (int)(jn ? jn : strlen(join)), join);
    al_buf_put(c->b, f2 ? f2 : nz_value(e2), f2 ? strcspn(f2, " ") : strlen(nz_value(e2)));
    r += n2;
    if (r[-1] == '.' && nz_at_end(r))
        al_buf_putc(c->b, '.');
    return (size_t)(r - p);
}

/* "le prix du kWh", "za kWh": a unit of [speech.units] with no number
 * before it, where its shape says it is one (kWh, mAh, MWh, GHz; never
 * "m", "in", "Std."), or where a number follows (below), said in the
 * singular, or in the case of
 * the preposition before it ([speech.abbrev_cases] "za=kilowatogodzinę"). */
static size_t unit_alone(nz *c, const char *p)
{
    const al_lang_entry *e = nz_match(c, NZ_UNITS, p, false, &(size_t){ 0 });
    const char *f;
    size_t n, up = 0, low = 0, rise = 0;

    if (!e || (n = strlen(e->key)) < 2 || nz_is_alnum_at(p + n) || strchr(e->key, '.'))
        return 0;
    /* "120 Einw./km²", "habitants/km²", "ab./km²": a unit right after a
     * slash that follows a word (an abbreviation's period counts) is what
     * the word counts per, a density: [speech.words] per_noun (else per)
     * and the unit in the singular, or in the case that word takes
     * ([speech.abbrev_cases] "na=..."). The slash was copied: its word
     * instead. */
    if (p - c->text >= 2 && p[-1] == '/' && c->b->len && c->b->data[c->b->len - 1] == '/' &&
        (nz_is_letter((unsigned char)p[-2]) || (unsigned char)p[-2] >= 0x80 ||
         (p[-2] == '.' && p - c->text >= 3 && nz_is_letter((unsigned char)p[-3])))) {
        const char *per = nz_word(c, "per_noun") ? nz_word(c, "per_noun") : c->per, *cv, *g = NULL;
        size_t pn;
        if (!per)
            return 0;
        pn = strlen(per);
        cv = nz_get(c, NZ_ABBREV_CASES, e->key);
        for (const char *q = cv; q && *q && !g; q += strcspn(q, " "), q += *q == ' ')
            if (strncmp(q, per, pn) == 0 && q[pn] == '=')
                g = q + pn + 1;
        c->b->len--;
        nz_space(c);
        al_buf_printf(c->b, "%s ", per);
        if (g)
            al_buf_put(c->b, g, strcspn(g, " "));
        else
            nz_put_form(c, nz_value(e), 0);
        return n;
    }
    /* "en el km 23", "al min 23", "bei km 23": a unit of two small letters
     * or more between a lower-case word and a number names a point on
     * its scale (a milestone, a match's minute), said in the singular */
    if (p[n] == ' ' && nz_digit(p[n + 1])) {
        const char *w;
        size_t wn = nz_word_before(c, p, &w);
        bool small = true;
        for (size_t i = 0; i < n; i++)
            small = small && e->key[i] >= 'a' && e->key[i] <= 'z';
        if (small && wn && w + wn + 1 == p && !nz_upper_at(w) && !nz_find(c, NZ_STOPWORDS, p, n, true)) {
            if ((f = case_form(c, e->key, p, n)))
                al_buf_put(c->b, f, strcspn(f, " "));
            else
                nz_put_form(c, nz_value(e), 0);
            return n;
        }
    }
    if (n < 3)
        return 0;
    for (size_t i = 0; i < n; i++) {
        bool u = e->key[i] >= 'A' && e->key[i] <= 'Z';
        up += u, low += e->key[i] >= 'a' && e->key[i] <= 'z';
        rise += u && i && e->key[i - 1] >= 'a' && e->key[i - 1] <= 'z';
    }
    /* two capitals and a small letter (MWh, GHz), or a capital after a
     * small letter (kWh, mAh); or letters and a square's or cube's sign
     * ("za m²" za metr kwadratowy, "au m³") */
    bool power = (unsigned char)e->key[n - 2] == 0xC2 &&
                 ((unsigned char)e->key[n - 1] == 0xB2 || (unsigned char)e->key[n - 1] == 0xB3);
    bool shape = low && (up >= 2 || rise);
    if (!shape && !power)
        return 0;
    /* (the sign after a lower-case word: "Expro m²" is a name's; or
     * after a preposition of [speech.prepositions] capitalised only as
     * the clause's first word, "Pro m² rechnet man" pro Quadratmeter) */
    const char *w;
    size_t wn = nz_word_before(c, p, &w);
    if (!shape && (!wn || (nz_upper_at(w) && !(w + wn + 1 == p && nz_clause_start(c, w) &&
                                               nz_find(c, NZ_PREPOSITIONS, w, wn, true)))))
        return 0;
    if ((f = case_form(c, e->key, p, n)))
        al_buf_put(c->b, f, strcspn(f, " "));
    else
        nz_put_form(c, nz_value(e), 0);
    return n;
}

/* The word rules at P (a letter at a word boundary). */
/* "art. 14 CE", "art. 138 del CP", "art. 3 c.p.": the abbreviation of a
 * code or constitution ([speech.law_codes] "CP" → "del Código
 * Penal|Código Penal") right after an article's number, or after one and
 * a word of the setting law_of ("del"): the first form after the number,
 * the second after that word. The number follows a word of the setting
 * law_words ("art", "artículo"). */
static size_t law_code(nz *c, const char *p)
{
    const al_lang_entry *e;
    const char *q = p, *w;
    size_t n, wn;
    int form = 0;

    if (!c->t[NZ_LAW_CODES].n || !(e = nz_match(c, NZ_LAW_CODES, p, false, &n)) ||
        (nz_is_alnum_at(p + n) && p[n - 1] != '.'))
        return 0;
    /* "art. 416 bis c.p.": a suffix of the article's number between
     * them ([speech.settings] law_suffixes) */
    wn = nz_word_before(c, p, &w);
    if (!nz_digit(q > c->text + 1 ? q[-2] : 0) && wn && w + wn + 1 == p &&
        nz_in_words(nz_setting(c, "law_suffixes"), w, wn) && w - c->text >= 2 && w[-1] == ' ' && nz_digit(w[-2]))
        q = w;
    if (!nz_digit(q > c->text + 1 ? q[-2] : 0)) {
        /* "del CP": the connector, then the number */
        wn = nz_word_before(c, p, &w);
        if (!wn || w + wn + 1 != p || !nz_in_words(nz_setting(c, "law_of"), w, wn))
            return 0;
        q = w;
        form = 1;
    }
    if (q - c->text < 3 || q[-1] != ' ' || !nz_digit(q[-2]))
        return 0;
    q -= 2;
    while (q > c->text && nz_digit(q[-1]))
        q--;
    wn = nz_word_before(c, q, &w);
    if (!wn || !nz_in_words(nz_setting(c, "law_words"), w, wn))
        return 0;
    if (form && c->b->len > 0) {
        /* the connector was written already: the second form follows it */
        nz_space(c);
    }
    nz_put_form(c, nz_value(e), form);
    if (p[n - 1] == '.' && nz_at_end(p + n))
        al_buf_putc(c->b, '.');
    return n;
}

/* "Das ist NICHT wahr", "NO vamos", "agir JÁ": a word of two capitals or
 * more that is, in small letters, one of [speech.stress_words] (the words a
 * writer sets in capitals for stress: negations, adverbs of degree and of
 * time) is that word, said in small letters: espeak-ng spells capitals it
 * does not know ("NO" ene o), and spell_caps would. Acronyms ("NATO",
 * "CDU", "ONZ") are in no such list; not glued to a period and more
 * letters ("NU.nl"), nor in a line of capitals (a headline: a word of
 * capitals beside it). */
static size_t stress_caps(nz *c, const char *p)
{
    char w[48], *low;
    const char *s;
    size_t n = 0, k, letters = 0, wn;
    uint32_t cp;
    bool hit;

    if (!c->t[NZ_STRESS_WORDS].n || (p > c->text && nz_is_alnum_at(p - 1)))
        return 0;
    while (n < sizeof w - 8 && (k = nz_cp(p + n, &cp)) && nz_is_upper(cp)) {
        n += k;
        letters++;
    }
    if (letters < 2 || n >= sizeof w - 8 || nz_is_alnum_at(p + n) || p[n] == '\'' ||
        (p[n] == '.' && nz_is_alnum_at(p + n + 1)))
        return 0;
    wn = nz_word_after(p + n, &s);
    if (wn >= 2 && nz_upper_at(s) && nz_upper_at(s + nz_cp(s, &cp)))
        return 0;
    wn = nz_word_before(c, p, &s);
    if (wn >= 2 && nz_upper_at(s) && nz_upper_at(s + nz_cp(s, &cp)))
        return 0;
    memcpy(w, p, n);
    w[n] = 0;
    if (!(low = al_text_fold(w)))
        return 0;
    hit = nz_in_list(c, NZ_STRESS_WORDS, low, strlen(low));
    /* a sentence's first word keeps its capital ("NO vamos" No vamos) */
    k = hit && nz_clause_start(c, p) ? nz_cp(p, &cp) : 0;
    if (k > strlen(low))
        k = 0;
    if (hit) {
        al_buf_put(c->b, p, k);
        al_buf_put(c->b, low + k, strlen(low) - k);
    }
    free(low);
    return hit ? n : 0;
}

/* "ANWB", "RIVM", "CDA": an acronym of two to five capitals whose shape
 * cannot be said as a word is spelled, letter by letter, where
 * [speech.settings] spell_caps says espeak-ng reads it as one ("NAVO",
 * "NATO" stay words): two letters, two consonants at the start that open
 * no word (spell_caps lists those that do: "BR KR ST"), or two at the
 * end that close none (in a word of four letters or more, spell_caps_end
 * lists those that do: German "MEHR", "JETZT"); a word with no vowel espeak-ng spells itself, a Roman numeral and
 * an abbreviation of the tables are none. Not in a line of capitals (a
 * headline). */
static size_t spelled_caps(nz *c, const char *p)
{
    const char *l = nz_setting(c, "spell_caps"), *w;
    size_t n = 0, wn;
    bool spell;

    if (!l)
        return 0;
    while (p[n] >= 'A' && p[n] <= 'Z')
        n++;
    /* "NGOs", "NGO's": a plural's s, glued to the last letter */
    size_t pl = p[n] == 's' ? 1 : p[n] == '\'' && p[n + 1] == 's' ? 2 : 0;
    if (pl && !nz_is_alnum_at(p + n + pl))
        n += pl;
    else
        pl = 0;
    n -= pl;
    if (n < 2 || n > 5 || nz_is_alnum_at(p + n + pl) || strspn(p, "IVXLCDM") >= n || strcspn(p, "AEIOUY") >= n ||
        nz_find(c, NZ_ABBREV, p, n, false) || nz_find(c, NZ_ABBREV_NUM, p, n, false))
        return 0;   /* "II", "PSV" (espeak-ng spells a word with no vowel), "WO I" */
#define CONS(ch) (!strchr("AEIOUY", (ch)))
    spell = n == 2 || (CONS(p[n - 1]) && CONS(p[n - 2]) && !(n >= 4 && nz_in_words(nz_setting(c, "spell_caps_end"), p + n - 2, 2)));
    if (!spell && CONS(p[0]) && CONS(p[1])) {
        char on[3] = { p[0], p[1], 0 };
        spell = !nz_in_words(l, on, 2);
    }
#undef CONS
    if (!spell)
        return 0;
    /* a headline in capitals: a word of capitals beside it */
    wn = nz_word_after(p + n + pl, &w);
    if (wn >= 2 && nz_upper_at(w) && nz_upper_at(w + 1))
        return 0;
    wn = nz_word_before(c, p, &w);
    if (wn >= 2 && nz_upper_at(w) && nz_upper_at(w + 1))
        return 0;
    /* "WLAN", "VLAN": a consonant, then a syllable of three letters that
     * opens with a consonant the first cannot stand before (one
     * vowel between two consonants) is a letter and a word, said "W-Lan"
     * (we-lan, not W L A N) */
    if (n == 4 && !strchr("AEIOUY", p[0]) && !strchr("AEIOUY", p[1]) && strchr("AEIOUY", p[2]) &&
        !strchr("AEIOUY", p[3])) {
        al_buf_printf(c->b, "%c-%c%c%c", p[0], p[1], p[2] + 32, p[3] + 32);
        al_buf_put(c->b, p + n, pl);
        return n + pl;
    }
    for (size_t i = 0; i < n; i++)
        al_buf_printf(c->b, i ? " %c" : "%c", p[i]);
    al_buf_put(c->b, p + n, pl);
    return n + pl;
}

/* "CM2", "CE1", "KM3": two capitals or more glued to the digits after
 * them, where the letters in lower case are a unit of [speech.units] or
 * [speech.units_tight] ("cm") but not as written ("MW" is one), are a
 * code (a school class, a model), never a measure: a measure's unit
 * comes after its number and in its own case. The letters are spelled
 * apart from the digits ("C M 2"): French espeak-ng reads capital
 * "CM", "KM" as centimètres, kilomètres. */
static size_t unit_code(nz *c, const char *p)
{
    size_t n = 0;
    char low[8];

    while (n < 5 && p[n] >= 'A' && p[n] <= 'Z')
        n++;
    if (n < 2 || n > 4 || !nz_digit(p[n]) || (p > c->text && nz_is_alnum_at(p - 1)))
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(p[i] + 32);
    if (!(nz_find(c, NZ_UNITS, low, n, false) || nz_find(c, NZ_UNITS_TIGHT, low, n, false)) ||
        nz_find(c, NZ_UNITS, p, n, false) || nz_find(c, NZ_UNITS_TIGHT, p, n, false))
        return 0;
    for (size_t i = 0; i < n; i++)
        al_buf_printf(c->b, "%c ", p[i]);
    return n;
}

/* "IgG", "DfE", "BfR", "KvK": two capitals joined by one lower-case
 * consonant are three initials (a function word's in the middle: "für",
 * "for", "van") or a class's letters, never a word: spelled, where
 * espeak-ng reads "IgG" as a syllable. A vowel between ("MiG", "DoS",
 * "IoT") may be said as a word and stays; so does a longer word
 * ("GmbH") and one of the abbreviation tables. */
static size_t mixed_initials(nz *c, const char *p)
{
    if ((p > c->text && nz_is_alnum_at(p - 1)) || p[0] < 'A' || p[0] > 'Z' || p[1] < 'a' || p[1] > 'z' ||
        strchr("aeiouy", p[1]) || p[2] < 'A' || p[2] > 'Z' || nz_is_alnum_at(p + 3) ||
        nz_find(c, NZ_ABBREV, p, 3, false))
        return 0;
    al_buf_printf(c->b, "%c %c %c", p[0], p[1] - 32, p[2]);
    return 3;
}

/* "AT&T", "AB&C": capitals joined by '&' to other capitals are a name
 * of initials: a side of two to four letters is spelled, where espeak-ng
 * read "AT" as the word "at"; one letter ("M&S") it says as a letter.
 * The letters are joined by hyphens ("A-T"): apart, English "A" is the
 * article. */
static size_t amp_caps(nz *c, const char *p)
{
    size_t n = 0;

    while (p[n] >= 'A' && p[n] <= 'Z')
        n++;
    if (n < 2 || n > 4 || nz_is_alnum_at(p + n) ||
        !((p[n] == '&' && nz_upper_at(p + n + 1)) || (p > c->text + 1 && p[-1] == '&' && nz_upper_at(p - 2))))
        return 0;
    for (size_t i = 0; i < n; i++)
        al_buf_printf(c->b, i ? "-%c" : "%c", p[i]);
    return n;
}

/* "SW1A 2AA", "M1 1AE", "K1A 0B6": a postcode of capitals and digits in
 * one of the shapes of [speech.settings] postcode_spelled ('A' a capital,
 * '9' a digit, a space as written; English the British and Canadian
 * ones) is spelled, letter by letter and digit by digit (a district's
 * two digits as one number, as Londoners say "SE22"): espeak-ng reads
 * "2AA" as two and a word. The shape alone is the evidence: a digit
 * after the space and before two capitals is no word's. */
static size_t spelled_postcode(nz *c, const char *p)
{
    const char *l = nz_setting(c, "postcode_spelled");

    if (!l || !nz_upper_at(p) || (p > c->text && nz_is_alnum_at(p - 1)))
        return 0;
    while (*l) {
        size_t ln = strcspn(l, "|"), i;
        for (i = 0; i < ln; i++) {
            char sh = l[i], ch = p[i];
            if (!(sh == 'A' ? ch >= 'A' && ch <= 'Z' : sh == '9' ? nz_digit(ch) : ch == sh))
                break;
        }
        if (i == ln && !nz_is_alnum_at(p + ln)) {
            /* (a district's two digits as a number: "SE22" S E 22) */
            for (i = 0; i < ln; i++)
                if (p[i] != ' ')
                    al_buf_printf(c->b, "%s%c", i && !(nz_digit(p[i]) && nz_digit(p[i - 1])) ? " " : "", p[i]);
            return ln;
        }
        l += ln + (l[ln] == '|');
    }
    return 0;
}

/* "Joh 3,16", "Johannes 3:16", "Jn 3, 16", "Mt 5,3-12", "Ps 23", "1 Kor 13":
 * a book of [speech.bible_books] (its name or abbreviation, with or
 * without its period), then a chapter and a verse joined by ',' or ':'
 * (an abbreviation's with a space too, "Jn 3, 16"), is a Bible reference,
 * said "Johannes 3, 16" (not a decimal, not a time); a range of verses
 * after the chapter ("5,3-12") is left to the range's rule, "5, 3 bis 12".
 * A chapter alone is one only with the book's part before it, 1 to 3
 * ("1 Kor 13": [speech.settings] bible_parts, the parts' words between
 * '|', "erster Korinther 13", Spanish "primera de Corintios"), or for a book of the setting bible_alone, cited by its
 * chapter alone ("Ps 23": Psalm 23), written with a capital. Not before a
 * unit, a currency or '%' ("Markus 3,5 Kilo"). */
static size_t scripture(nz *c, const char *p)
{
    const al_lang_entry *e;
    const char *q = p, *b, *r, *v, *end, *parts = NULL;
    uint32_t cp;
    size_t k, n, ch, vs = 0;
    int part = 0;

    if (!c->t[NZ_BIBLE].n)
        return 0;
    if (nz_digit(*p)) {     /* "1 Kor", "2. Kor.": the book's part */
        if (*p < '1' || *p > '3' || !(parts = nz_setting(c, "bible_parts")))
            return 0;
        part = *p - '0';
        q = p + 1 + (p[1] == '.');
        if (*q != ' ' || !nz_upper_at(q + 1))
            return 0;
        q++;
    }
    b = q;
    while ((k = nz_cp(q, &cp)) && nz_is_letter(cp))
        q += k;
    n = (size_t)(q - b);
    if (!n || (!(e = *q == '.' ? nz_find(c, NZ_BIBLE, b, n + 1, false) : NULL) && !(e = nz_find(c, NZ_BIBLE, b, n, false))))
        return 0;
    q += *q == '.';
    if (*q != ' ' || !(ch = nz_digits(q + 1)) || ch > 3)
        return 0;
    r = v = q + 1 + ch;
    if (*r == ',' || *r == ':') {
        v = r + 1;
        if (*v == ' ' && strcmp(e->key, nz_value(e)) != 0)    /* "Jn 3, 16" */
            v++;
        vs = nz_digits(v);
    }
    end = vs ? v + vs : r;
    if (vs && (vs > 3 || nz_is_alnum_at(end) || (*end && strchr(".,:", *end) && nz_digit(end[1]))))
        return 0;
    if (!vs && (nz_is_alnum_at(r) || (*r && strchr(".,:", *r) && nz_digit(r[1])) ||
                !(part || (nz_upper_at(b) && nz_in_words(nz_setting(c, "bible_alone"), nz_value(e), strlen(nz_value(e)))))))
        return 0;
    /* a range of verses: "5,3-12", "5:3–12" */
    bool range = vs && (k = nz_dash(end)) && nz_digits(end + k);
    if (range)
        end += k + nz_digits(end + k);
    /* "Markus 3,5 Kilo", "Jean 2,50 €": a name, then an amount */
    r = end + (*end == ' ' ? 1 : strncmp(end, "\xC2\xA0", 2) == 0 ? 2 : 0);
    if (*r == '%' || nz_match(c, NZ_UNITS, r, false, &k) || nz_match(c, NZ_UNITS_TIGHT, r, false, &k) ||
        nz_match(c, NZ_CURRENCY, r, false, &k) || nz_match(c, NZ_MAGNITUDE, r, false, &k))
        return 0;
    for (; part > 1 && *parts; part--)      /* the part's words */
        parts += strcspn(parts, "|") + (parts[strcspn(parts, "|")] == '|');
    if (parts)
        al_buf_printf(c->b, "%.*s ", (int)strcspn(parts, "|"), parts);
    if (!vs) {
        al_buf_printf(c->b, "%s %.*s", nz_value(e), (int)ch, q + 1);
        return (size_t)(q + 1 + ch - p);
    }
    al_buf_printf(c->b, "%s %.*s, ", nz_value(e), (int)ch, q + 1);
    if (range)      /* the verses by the range's rule */
        return (size_t)(v - p);
    al_buf_printf(c->b, "%.*s", (int)vs, v);
    return (size_t)(v + vs - p);
}

/* "T3 2026", "S1", "3T": a capital of [speech.period_abbrev] ("T":
 * "trimestre 4", the period's noun and how many a year has) glued to its
 * number, before or after it, is that period, said as the number's
 * ordinal ([speech.settings] period_form: the form of [speech.ordinals],
 * the first when it has no such form) and the noun: "troisième
 * trimestre", "tercer trimestre". */
static size_t period_abbrev(nz *c, const char *p)
{
    const al_lang_entry *e;
    const char *v, *o, *sp;
    char key[4];
    /* the capital at P[L], the digit at P[1 - L] */
    size_t l = nz_digit(p[0]) ? 1 : 0;
    /* "1T26", "1S26": the number first with the year's two last digits
     * glued after the capital, said with [speech.settings] period_year
     * ("de 20%y": primer trimestre de 2026) */
    const char *gy = l && p[1] && nz_digits(p + 2) == 2 && !nz_is_alnum_at(p + 4) ? nz_setting(c, "period_year") : NULL;

    /* Portuguese writes a flat's rooms "T2": only the number first,
     * "2T", is a period there ([speech.settings] period_number_first) */
    if (!l && nz_setting(c, "period_number_first"))
        return 0;
    if (!c->t[NZ_PERIODS].n || !p[1] || !nz_digit(p[1 - l]) || (!gy && nz_is_alnum_at(p + 2)) || (p[2] == '.' && nz_digit(p[3])) ||
        !(e = nz_find(c, NZ_PERIODS, p + l, 1, false)) || !(sp = strrchr(v = nz_value(e), ' ')) ||
        p[1 - l] < '1' || p[1 - l] - '0' > atoi(sp + 1))
        return 0;
    /* after a word of [speech.settings] period_before ("au", "del") or
     * before a year: not the French flat "un T3" */
    const char *w;
    size_t wn = nz_word_before(c, p, &w);
    bool year = gy || (p[2] == ' ' && nz_digits(p + 3) == 4 && !nz_is_alnum_at(p + 7));
    if (!year && !(wn && w + wn + 1 == p && nz_in_words(nz_setting(c, "period_before"), w, wn)))
        return 0;
    snprintf(key, sizeof(key), "%c", p[1 - l]);
    if (!(o = nz_get(c, NZ_ORDINALS, key)))
        return 0;
    /* Dutch "In Q3": right after a preposition of [speech.settings]
     * period_article_after the period takes the article that the
     * language puts there, period_article (in het derde kwartaal) */
    if (wn && w + wn + 1 == p && nz_in_words(nz_setting(c, "period_article_after"), w, wn) &&
        nz_setting(c, "period_article"))
        al_buf_printf(c->b, "%s ", nz_setting(c, "period_article"));
    const char *f = nz_setting(c, "period_form");
    int form = f ? atoi(f) : 0, forms = 0;
    char ord[64];
    for (const char *q = o; (q = strchr(q, '|')); q++)
        forms++;
    /* German stems take the ending of the word before, "im Q3" dritten,
     * or with none the noun's own ([speech.settings] period_ending: "für
     * Q4 2025" viertes Quartal) */
    bool art = wn && w + wn + 1 == p && nz_find(c, NZ_ORD_ENDINGS, w, wn, true);
    const char *end = art ? nz_ordinal_ending(c, p) : nz_setting(c, "period_ending");
    if (c->t[NZ_ORD_ENDINGS].n && end &&
        nz_ordinal_str(c, p[1 - l] - '0', form <= forms ? form : 0, end, ord, sizeof(ord)))
        al_buf_printf(c->b, "%s", ord);
    else
        nz_put_form(c, o, form <= forms ? form : 0);
    al_buf_printf(c->b, " %.*s", (int)(sp - v), v);
    /* "del 1S 2026", "In Q3 2026": before a year of four digits the
     * word of [speech.settings] period_of joins the two (primer semestre
     * de 2026, derde kwartaal van 2026) */
    if (!gy && year && nz_setting(c, "period_of"))
        al_buf_printf(c->b, " %s", nz_setting(c, "period_of"));
    if (gy) {
        for (; *gy; gy++)
            if (gy[0] == '%' && gy[1] == 'y')
                al_buf_put(c->b, p + 2, 2), gy++;
            else
                al_buf_putc(c->b, *gy == '_' ? ' ' : *gy);
        return 4;
    }
    return 2;
}

/* "U21", "U-17": a team's age group, the capital U glued to an age of two
 * digits (a whole word), said as the word of [speech.settings] age_group
 * ("under", Italian "Under", German "U": the letter apart, where espeak-ng
 * reads the glued word wrong) and the number. A list of "LETTER=word"
 * there names the capitals that mark an age group in the language and
 * each one's word (Dutch "O=onder": "Oranje O21" onder 21). */
static size_t age_group(nz *c, const char *p)
{
    const char *wd = nz_setting(c, "age_group"), *v;
    size_t h = p[1] == '-', wn;

    if (!wd || *p < 'A' || *p > 'Z' || (p > c->text && nz_is_alnum_at(p - 1)) ||
        nz_digits(p + 1 + h) != 2 || p[1 + h] == '0' || nz_is_alnum_at(p + 3 + h) ||
        (p[3 + h] && strchr(".,:/", p[3 + h]) && nz_digit(p[4 + h])))
        return 0;
    wn = strlen(wd);
    if (wd[0] && wd[1] == '=') {
        for (v = wd; *v && !(v[0] == *p && v[1] == '='); v += strcspn(v, " "), v += *v == ' ')
            ;
        if (!*v)
            return 0;
        wd = v + 2;
        wn = strcspn(wd, " ");
    } else if (*p != 'U') {
        return 0;
    }
    al_buf_printf(c->b, "%.*s %.2s", (int)wn, wd, p + 1 + h);
    return 3 + h;
}

/* "Winds NW at 20 mph", "30 km NW of Leeds", "Pennsylvania Ave. NW": a
 * compass point of [speech.settings] compass_points (one to three
 * capitals, "NW=northwest") said as its word where the context makes it a
 * direction: right after a unit that follows a number ("30 km NW"),
 * within three words after a word of compass_words (wind: "winds", "Wind
 * aus", "viento del"), or right after a street's type of compass_after
 * ("Ave.", "St.": a city's quadrant). Elsewhere capitals stay ("NW1",
 * "the NW party"). A word "A|B|C" is said A, or B after a unit where the
 * language says a distance's direction otherwise, or C right after a word
 * of compass_gen_after (Polish "wiatr NW" północno-zachodni, "20 km NW
 * od" na północny zachód, "z kierunku NW" północno-zachodniego; '_' is
 * a space). */
static size_t compass_point(nz *c, const char *p)
{
    const char *l = nz_setting(c, "compass_points"), *v, *w, *cw, *bar;
    size_t n = 0, vn, wn, cn;
    bool dir = false, dist = false;

    while (p[n] >= 'A' && p[n] <= 'Z')
        n++;
    if (!l || n < 1 || n > 3 || nz_is_alnum_at(p + n))
        return 0;
    for (v = l; *v; v += strcspn(v, " "), v += *v == ' ')
        if (strncmp(v, p, n) == 0 && v[n] == '=')
            break;
    if (!*v)
        return 0;
    v += n + 1;
    vn = strcspn(v, " ");
    wn = nz_word_before(c, p, &w);
    if (wn && (w + wn + 1 == p || (w[wn] == '.' && w + wn + 2 == p)) &&
        nz_in_words(nz_setting(c, "compass_after"), w, wn))
        dir = true;
    /* "30 km NW", "20 kt NW": a unit after a number */
    if (!dir && wn && w + wn + 1 == p && w - c->text >= 2 && w[-1] == ' ' && nz_digit(w[-2]) &&
        (nz_find(c, NZ_UNITS, w, wn, false) || nz_find(c, NZ_UNITS_TIGHT, w, wn, false)))
        dir = dist = true;
    cw = p;
    /* "vent d'ONO", "vento dall'ESE": after an elided preposition the
     * words before it */
    if (p > c->text && p[-1] == '\'' && nz_word_before(c, p - 1, &w))
        cw = w;
    for (int k = 0; k < 4 && !dir && (cn = nz_word_before(c, cw, &w)); k++) {
        dir = nz_in_words(nz_setting(c, "compass_words"), w, cn);
        cw = w;
    }
    if (!dir)
        return 0;
    /* the form: the first, the second after a distance, the third right
     * after a word of compass_gen_after ("z kierunku NW") */
    int form = dist ? 1 : 0, i = 0;
    if (!dist && (wn = nz_word_before(c, p, &w)) && w + wn + 1 == p &&
        nz_in_words(nz_setting(c, "compass_gen_after"), w, wn))
        form = 2;
    const char *f = v;
    for (; i < form && (bar = memchr(f, '|', vn - (size_t)(f - v))); i++)
        f = bar + 1;
    if (i < form)       /* no such form: the first */
        f = v;
    vn -= (size_t)(f - v);
    v = f;
    if ((bar = memchr(v, '|', vn)))
        vn = (size_t)(bar - v);
    for (size_t j = 0; j < vn; j++)     /* "na_północny_zachód" */
        al_buf_putc(c->b, v[j] == '_' ? ' ' : v[j]);
    return n;
}

/* "f/1.8", "f/2,8", "f/11": a lens's aperture, a lone lower-case f, a
 * slash and a number, is said as the letter and the number, the slash
 * not read (espeak-ng drops or reads it in most languages). The shape is
 * the evidence: the f starts a word, the slash is glued to a digit, and
 * the number that follows is left to the number rules. Two bytes are
 * looked at, so the rule is bounded. */
static size_t aperture(nz *c, const char *p)
{
    if (p[0] != 'f' || p[1] != '/' || p[2] < '0' || p[2] > '9' || (p > c->text && nz_is_alnum_at(p - 1)))
        return 0;
    al_buf_put(c->b, "f ", 2);
    return 2;
}

static size_t word(nz *c, const char *p)
{
    size_t n, id, r = 0;
    const char *q;
    uint32_t cp;

    if ((n = aperture(c, p)) || (n = period_abbrev(c, p)) || (n = age_group(c, p)) || (n = scripture(c, p)) || (n = law_code(c, p)) || (n = spelled_postcode(c, p)) || (n = unit_code(c, p)) || (n = amp_caps(c, p)) || (n = compass_point(c, p)) || (n = stress_caps(c, p)) || (n = spelled_caps(c, p)) || (n = mixed_initials(c, p)) || (n = weekday_abbrev(c, p)) || (n = nz_month_date(c, p)) || (n = abbreviation(c, p)) ||
        (n = unit_after_per(c, p)) || (n = unit_alone(c, p)))
        return n;
    /* "v2.3.1"; "w v1.4.2": the version word in the preposition's case
     * where [speech.abbrev_cases] has "v" (Polish "w wersji") */
    if ((*p == 'v' || *p == 'V') && p[1] >= '0' && p[1] <= '9') {
        const char *f = case_form(c, "v", p, 1);
        size_t mark = c->b->len;
        if (f) {
            al_buf_put(c->b, f, strcspn(f, " "));
            al_buf_putc(c->b, ' ');
        }
        if ((n = nz_version(c, p + 1, f ? 3 : 1)))
            return n + 1;
        if (c->b->data && !c->b->failed)
            c->b->data[c->b->len = mark] = '\0';
    }
    for (q = p; (n = nz_cp(q, &cp)) && nz_is_letter(cp);)
        q += n;
    n = (size_t)(q - p);
    while (r < n && roman_digit(p[r]))
        r++;
    if (r && (n = roman(c, p, (size_t)(q - p), r)))
        return n;
    n = (size_t)(q - p);
    /* "C. Ronaldo", "D. Pedro": one Roman letter with a period before a
     * capitalised word that is no numeral is an initial or a title; without
     * the period espeak-ng says the letter, not "cem" or "quinhentos" (I, V
     * and X were weighed by roman() already: "Thomas V. Müller") */
    if (n == 1 && r == 1 && strchr("CDLM", *p) && q[0] == '.' && q[1] == ' ') {
        const char *nx;
        size_t nn = nz_word_after(q + 1, &nx), k = 0;
        while (k < nn && roman_digit(nx[k]))
            k++;
        if (nn > 1 && nx == q + 2 && nz_upper_at(nx) && k < nn) {
            al_buf_putc(c->b, *p);
            return 2;
        }
    }
    /* "Hauptstr.": a compound's abbreviated last part ([speech.abbrev_suffix]) */
    if (*q == '.' && c->t[NZ_ABBREV_SUFFIX].n) {
        const nz_tab *t = &c->t[NZ_ABBREV_SUFFIX];
        for (size_t i = 0; i < t->n; i++) {
            size_t kn = strlen(t->e[i].key);
            if (kn >= 2 && t->e[i].key[kn - 1] == '.' && kn - 1 < n &&
                strncmp(q - (kn - 1), t->e[i].key, kn - 1) == 0) {
                al_buf_put(c->b, p, n - (kn - 1));
                al_buf_puts(c->b, nz_value(&t->e[i]));
                if (nz_at_end(q + 1))
                    al_buf_putc(c->b, '.');
                return n + 1;
            }
        }
    }
    id = ident_len(p);
    if (id >= n && memchr(p, '_', id) && id > 1 && p[id - 1] != '_' && nz_is_alnum_at(p)) {
        put_identifier(c, p, id, true);
        return id;
    }
    if (id == n && camel_case(p, n)) {
        put_identifier(c, p, n, false);
        return n;
    }
    /* "and/or", "he/she"; not "Europe/London", "/usr/local/bin"; a
     * capital that opens the paragraph is the sentence's ("Hij/zij moet") */
    if (*q == '/' && ((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'a' && p[1] <= 'z' && p == c->text)) &&
        q[1] >= 'a' && q[1] <= 'z' &&
        (p == c->text || p[-1] != '/') && nz_word(c, "or")) {
        const char *s = NULL;
        size_t m = nz_word_after(q + 1, &s);
        /* (a period that ends the sentence is no path's or host's:
         * "Prendere 3 volte/giorno."; words of three letters or more, not
         * units: "m/s.") */
        bool stop = m >= 3 && n >= 3 && s[m] == '.' && (nz_at_end(s + m + 1) || (s[m + 1] == ' ' && nz_upper_at(s + m + 2)));
        if (m && s == q + 1 && !nz_is_alnum_at(s + m) && (stop || !(s[m] && strchr("/.-_", s[m])))) {
            const char *tw = nz_word(c, "times");
            al_buf_put(c->b, p, n);
            /* "3 fois/jour", "3 keer/dag": after the word for "times"
             * ([speech.words] times) the slash is a rate's "per" */
            if (tw && strlen(tw) == n && strncasecmp(p, tw, n) == 0 && nz_word(c, "per"))
                al_buf_printf(c->b, " %s ", nz_word(c, "per"));
            else if (strncasecmp(p, nz_word(c, "or"), n) != 0 && strncasecmp(s, nz_word(c, "or"), m) != 0 &&
                     !(n == 3 && strncasecmp(p, "and", 3) == 0))
                al_buf_printf(c->b, " %s ", nz_word(c, "or"));
            else
                al_buf_putc(c->b, ' ');
            al_buf_put(c->b, s, m);
            return (size_t)(s + m - p);
        }
    }
    al_buf_put(c->b, p, n);
    return n;
}

/* "5 x 10 cm", "2 m × 1,5 m": a '×' or 'x' at P (N bytes) between
 * measures, where the numbers after it end in a unit, is [speech.words]
 * by (English "by", French "sur"), not "times". */
/* The word at P (N bytes) is a unit written in full, one of the forms of
 * a [speech.units] or [speech.units_tight] value ("meter", "metros"). */
bool nz_unit_in_full(const nz *c, const char *p, size_t n)
{
    for (int t = NZ_UNITS; t <= NZ_UNITS_TIGHT; t++)
        for (size_t i = 0; n && i < c->t[t].n; i++) {
            const char *v = nz_value(&c->t[t].e[i]);
            while (*v) {
                size_t k = strcspn(v, "|");
                if (k == n && strncasecmp(v, p, n) == 0)
                    return true;
                v += k + (v[k] == '|');
            }
        }
    return false;
}

/* "4 × 100 m", "10 × 400 m": the '×' at P (N bytes) after a count and
 * before a run's distance is repetitions (a relay, intervals), said as
 * a glued 'x' is ([speech.words] by_count: fois, keer, razy); "4 × 5 m"
 * stays a size. NULL where it is none. */
static const char *relay_times(const nz *c, const char *p, size_t n)
{
    const char *q = p + n, *b = p;
    long count = 0, mul = 1;

    while (b > c->text && b[-1] == ' ')
        b--;
    for (; b > c->text && nz_digit(b[-1]) && mul <= 100; b--, mul *= 10)
        count += (b[-1] - '0') * mul;
    if (mul == 1 || mul > 100 || (b > c->text && b[-1] != ' ' && b[-1] != '('))
        return NULL;
    while (*q == ' ')
        q++;
    return nz_count_by(c, count, q);
}

static const char *measure_by(const nz *c, const char *p, size_t n)
{
    const char *by = nz_word(c, "by"), *q = p + n;
    size_t un;

    if (relay_times(c, p, n))
        return relay_times(c, p, n);
    for (int i = 0; by && i < 4; i++) {
        while (*q == ' ')
            q++;
        if (!nz_digit(*q))
            return NULL;
        while (nz_digit(*q) || ((*q == '.' || *q == ',') && nz_digit(q[1])))
            q++;
        if (*q == ' ')
            q++;
        if ((nz_match(c, NZ_UNITS, q, false, &un) || nz_match(c, NZ_UNITS_TIGHT, q, false, &un)) &&
            !nz_is_alnum_at(q + un))
            return by;
        const char *w;
        if (nz_unit_in_full(c, q, nz_word_after(q, &w)) && w == q)
            return by;   /* "2 × 3 meter" */
        if (*q == 'x' && q[1] == ' ')
            q += 1;
        else if (strncmp(q, "\xC3\x97", 2) == 0)
            q += 2;
        else
            return NULL;
    }
    return NULL;
}

/* "1920×1080", "2560 × 1440 pixels": a '×' at P (N bytes) between two
 * whole numbers of three digits or more, spaced alike on both sides, is
 * a size (a screen's pixels, a sheet in millimetres), said as a glued
 * 'x' is ([speech.words] by_x: "by", "bij"), not as a product; "3×4"
 * and "2 × 3 = 6" stay sums, "100×50×20" a volume left to the rules
 * above. NULL where by_x is none or empty. */
static const char *size_by(const nz *c, const char *p, size_t n)
{
    const char *bx = nz_word(c, "by_x"), *q = p + n, *b = p;
    size_t da = 0, db = 0;
    bool sa = b > c->text && b[-1] == ' ', sb = *q == ' ';

    if (!bx || !*bx || sa != sb)
        return NULL;
    b -= sa, q += sb;
    while (b - da > c->text && nz_digit(b[-1 - (long)da]))
        da++;
    while (nz_digit(q[db]))
        db++;
    if (da < 3 || db < 3 || (b - da > c->text && (nz_is_alnum_at(b - da - 1) || strchr(".,", b[-1 - (long)da]))) ||
        nz_is_alnum_at(q + db) || ((q[db] == '.' || q[db] == ',') && nz_digit(q[db + 1])) ||
        strncmp(q + db + (q[db] == ' '), "\xC3\x97", 2) == 0 || q[db + (q[db] == ' ')] == '=')
        return NULL;
    return bx;
}

/* ---- symbols ---- */

/* The word ending right before P (spaces skipped) is capitalised: its
 * start in *S, or NULL. */
static const char *capital_before(const nz *c, const char *p, size_t *n)
{
    const char *w;

    while (p > c->text && p[-1] == ' ')
        p--;
    *n = nz_word_before(c, p, &w);
    return *n && w + *n == p ? w : NULL;
}

/* "María López (34) recibió", "Anna Kowalska (34), a nurse": a person's
 * age in brackets after a name, said between pauses by [speech.settings]
 * age_bracket (%n the number: "de %n años", "lat %n"). A name is two
 * capitalised words, maybe with a short particle between ("Sanne de
 * Vries"); the age has two digits ("Rocky (3)" is a film's number) and
 * no number follows the bracket ("(11) 3456-7890" is a phone's area
 * code). */
static size_t age_bracket(nz *c, const char *p)
{
    const char *tpl = nz_setting(c, "age_bracket"), *w1, *w0;
    size_t nd = nz_digits(p + 1), n1, n0;
    const char *e = p + 1 + nd;

    if (!tpl || nd != 2 || *e != ')' || atoi(p + 1) < 10 || p == c->text ||
        p[-1] != ' ' || (e[1] == ' ' && nz_digit(e[2])) || nz_is_alnum_at(e + 1))
        return 0;
    if (!(w1 = capital_before(c, p, &n1)) || !nz_upper_at(w1) || !(w0 = capital_before(c, w1, &n0)))
        return 0;
    if (!nz_upper_at(w0)) {
        const char *wp;
        size_t np;
        if (n0 > 3 || !(wp = capital_before(c, w0, &np)) || !nz_upper_at(wp))
            return 0;
    }
    char num[8];
    const char *args[128] = { 0 };
    snprintf(num, sizeof(num), "%d", atoi(p + 1));
    args['n'] = num;
    while (c->b->len && c->b->data[c->b->len - 1] == ' ')
        c->b->data[--c->b->len] = '\0';
    al_buf_puts(c->b, ", ");
    nz_put_tpl(c, tpl, args);
    if (e[1] != ',' && e[1] != '.' && e[1] != ';' && e[1] != ':')
        al_buf_putc(c->b, ',');
    return (size_t)(e + 1 - p);
}

/* "Sen. Ann Lee (D-Mich.)": a party's letter of [speech.settings]
 * party_letters ("D=Democrat"), a hyphen and a region of
 * [speech.place_abbrev] in brackets after a name is said with the
 * template party_tag ("%p of %s"), set off by commas: ", Democrat of
 * Michigan". */
static size_t party_tag(nz *c, const char *p)
{
    const char *tpl = nz_setting(c, "party_tag"), *l = nz_setting(c, "party_letters");
    const al_lang_entry *e;
    size_t n;

    if (!tpl || !l || p == c->text || p[-1] != ' ' || !nz_upper_at(p + 1) || p[2] != '-' ||
        !(e = nz_match(c, NZ_PLACE_ABBREV, p + 3, false, &n)) || p[3 + n] != ')' || nz_is_alnum_at(p + 4 + n))
        return 0;
    char party[64] = "";
    for (const char *q = l; *q; q += strcspn(q, " "), q += strspn(q, " "))
        if (q[0] == p[1] && q[1] == '=')
            snprintf(party, sizeof(party), "%.*s", (int)strcspn(q + 2, " "), q + 2);
    if (!*party)
        return 0;
    const char *args[128] = { 0 };
    args['p'] = party;
    args['s'] = nz_value(e);
    while (c->b->len && c->b->data[c->b->len - 1] == ' ')
        c->b->data[--c->b->len] = '\0';
    al_buf_puts(c->b, ", ");
    nz_put_tpl(c, tpl, args);
    const char *r = p + 4 + n;
    if (*r != ',' && *r != '.' && *r != ';' && *r != ':')
        al_buf_putc(c->b, ',');
    return (size_t)(r - p);
}

static bool emoji(uint32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
           (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D ||
           cp == 0x20E3 || (cp >= 0xE0000 && cp <= 0xE007F) || cp == 0x2122 || cp == 0xAE ||
           cp == 0xA9;
}

/* Does the number's digits D match one of the space-separated patterns of
 * the setting KEY ("1 8* 11 11???": a digit stands for itself, '?' for
 * any digit, '*' for any rest)? */
static bool digits_match(const nz *c, const char *key, const char *d, size_t nd)
{
    const char *l = nz_setting(c, key);

    while (l && *l) {
        size_t ln = strcspn(l, " "), i = 0;
        bool ok = true;
        for (; i < ln && ok; i++) {
            if (l[i] == '*')
                break;
            ok = i < nd && (l[i] == '?' || l[i] == d[i]);
        }
        if (ok && (i < ln ? l[i] == '*' : i == nd))
            return true;
        l += ln;
        while (*l == ' ')
            l++;
    }
    return false;
}

/* "reste <5 %": '<' after a verb of state ([speech.settings] below_verbs:
 * "reste", "blijft", "mantuvo") is a level, "below": before a percentage
 * the words of below_percent ("onder de", "por debajo del"), else those of
 * below; an alternative after '|' before a number whose words start with a
 * vowel (setting vowel_numbers: Italian "sotto il|" for "l'8 %"), where
 * an empty one keeps the symbol's word. NULL when it is none of these. */
static const char *below_words(const nz *c, const char *p, size_t n, char *out, size_t cap)
{
    const char *w, *q = p + n, *v;
    size_t wn = nz_word_before(c, p, &w), nd;
    char d[24];

    if (*p != '<' || !wn || !nz_in_words(nz_setting(c, "below_verbs"), w, wn))
        return NULL;
    while (*q == ' ')
        q++;
    for (nd = 0; nz_digit(*q) && nd + 1 < sizeof(d); q++)
        d[nd++] = *q;
    if (!nd)
        return NULL;
    d[nd] = '\0';
    while (*q == c->dec || *q == '.' || *q == ',' || nz_digit(*q))
        q++;
    q += strncmp(q, "\xC2\xA0", 2) == 0 ? 2 : strncmp(q, "\xE2\x80\xAF", 3) == 0 ? 3 : *q == ' ';
    v = nz_setting(c, *q == '%' ? "below_percent" : "below");
    if (!v && *q == '%')
        v = nz_setting(c, "below");
    if (!v)
        return NULL;
    size_t vn = strcspn(v, "|");
    if (v[vn] == '|' && digits_match(c, "vowel_numbers", d, nd))
        v += vn + 1, vn = strlen(v);
    if (!vn || vn >= cap)
        return NULL;
    memcpy(out, v, vn);
    out[vn] = '\0';
    return out;
}

/* The words of sign P (N bytes) in the list L of entries SIGN=words|second
 * ('_' between words), the second form when SECOND and the entry has one,
 * written to OUT; NULL when the sign has no entry. */
const char *nz_sign_entry(const char *l, const char *p, size_t n, bool second, char *out, size_t cap)
{
    size_t o = 0;

    while (*l) {
        size_t ln = strcspn(l, " ");
        if (ln > n + 1 && strncmp(l, p, n) == 0 && l[n] == '=') {
            const char *v = l + n + 1;
            size_t vn = strcspn(v, "| ");
            if (second && v[vn] == '|')
                v += vn + 1, vn = strcspn(v, " ");
            for (size_t i = 0; i < vn && o + 1 < cap; i++)
                out[o++] = v[i] == '_' ? ' ' : v[i];
            out[o] = '\0';
            return o ? out : NULL;
        }
        l += ln + strspn(l + ln, " ");
    }
    return NULL;
}

/* "p < 0,05", "x > 3": a sign of [speech.settings] compare between a
 * variable (one letter alone, not a word of the language's stop words)
 * and a number compares the two, "kleiner als", "inférieur à", where the
 * symbol's own word is an amount's "weniger als", "moins de". Each entry
 * is SIGN=words ('_' between words); a second form after '|' is said
 * after a preposition of [speech.settings] unit_loc_prepositions before
 * the letter (Polish "przy p < 0,05": przy p mniejszym od). NULL when
 * it is none. */
static const char *compare_words(const nz *c, const char *p, size_t n, char *out, size_t cap)
{
    const char *l = nz_setting(c, "compare"), *w = p, *q = p + n;
    int form = 0;

    if (!l)
        return NULL;
    /* the letter before, a space or a no-break space between */
    if (w > c->text && w[-1] == ' ')
        w--;
    else if (w - c->text >= 2 && strncmp(w - 2, "\xC2\xA0", 2) == 0)
        w -= 2;
    else if (w - c->text >= 3 && strncmp(w - 3, "\xE2\x80\xAF", 3) == 0)
        w -= 3;
    if (w == p || w == c->text || !((w[-1] >= 'a' && w[-1] <= 'z') || (w[-1] >= 'A' && w[-1] <= 'Z')))
        return NULL;
    w--;
    if ((w > c->text && (nz_is_alnum_at(w - 1) || (unsigned char)w[-1] >= 0x80 || w[-1] == '\'' || w[-1] == '.')) ||
        nz_find(c, NZ_STOPWORDS, w, 1, true))
        return NULL;
    q += *q == ' ' ? 1 : strncmp(q, "\xC2\xA0", 2) == 0 ? 2 : strncmp(q, "\xE2\x80\xAF", 3) == 0 ? 3 : 0;
    if (*q == '-' || *q == '+')
        q++;
    if (!nz_digit(*q))
        return NULL;
    {
        const char *pw;
        size_t pn = nz_word_before(c, w, &pw);
        form = pn && nz_in_words(nz_setting(c, "unit_loc_prepositions"), pw, pn);
    }
    return nz_sign_entry(l, p, n, form, out, cap);
}

/* "reunió a > 10.000 personas", "Afeta < 5% das crianças": a sign of
 * [speech.settings] amount before a number that counts something, a
 * percentage or a word after it that is no stop word, is an amount's
 * "más de", "menos de", where the sign's [speech.symbols] word compares
 * ("menor que"); each entry is SIGN=words|percent ('_' between words),
 * the second form before a percentage ("menos del 5 %") but for a number
 * of vowel_numbers (Italian "meno di 8 %": dell'). Not after a verb of
 * [speech.settings] amount_not_after, the copulas, where the sign states
 * a level ("El margen es < 12 puntos": menor que), nor before a number
 * that ends the clause ("la tasa fue < 3."). NULL when it is none. */
static const char *amount_words(const nz *c, const char *p, size_t n, char *out, size_t cap)
{
    const char *l = nz_setting(c, "amount"), *q = p + n, *w;
    size_t wn = nz_word_before(c, p, &w), nd = 0;
    char d[24];
    bool pct;

    if (!l || (*p != '<' && *p != '>') || n != 1 ||
        (wn && nz_in_words(nz_setting(c, "amount_not_after"), w, wn)))
        return NULL;
    q += *q == ' ' ? 1 : strncmp(q, "\xC2\xA0", 2) == 0 ? 2 : strncmp(q, "\xE2\x80\xAF", 3) == 0 ? 3 : 0;
    if (!nz_digit(*q))
        return NULL;
    /* the number: digits, decimal and thousands marks, groups of three
     * after a (no-break) space ("10 000 osób") */
    for (;;) {
        size_t sp = *q == ' ' ? 1 : strncmp(q, "\xC2\xA0", 2) == 0 ? 2 :
                    strncmp(q, "\xE2\x80\xAF", 3) == 0 ? 3 : 0;
        if (nz_digit(*q)) {
            if (nd + 1 < sizeof(d))
                d[nd++] = *q;
            q++;
        } else if ((*q == '.' || *q == ',') && nz_digit(q[1])) {
            q++;
        } else if (sp && nz_digit(q[sp]) && nz_digit(q[sp + 1]) && nz_digit(q[sp + 2]) &&
                   !nz_digit(q[sp + 3]) && nd <= 3) {
            q += sp;
        } else {
            break;
        }
    }
    d[nd] = '\0';
    q += *q == ' ' ? 1 : strncmp(q, "\xC2\xA0", 2) == 0 ? 2 : strncmp(q, "\xE2\x80\xAF", 3) == 0 ? 3 : 0;
    pct = *q == '%';
    if (!pct) {
        const char *a;
        size_t an;
        if (q[-1] != ' ' || !(an = nz_word_after(q, &a)) || nz_find(c, NZ_STOPWORDS, a, an, true))
            return NULL;
    }
    return nz_sign_entry(l, p, n, pct && !digits_match(c, "vowel_numbers", d, nd), out, cap);
}

/* "★★★★☆": a rating drawn in stars, the full ones (U+2605) then the empty
 * ones (U+2606), three to ten in all: said with [speech.settings]
 * star_rating, %n the full stars and %m all of them ("4 out of 5
 * stars", "4 von 5 Sternen"), where mul's [speech.symbols] made it
 * silent and the listener heard "Critics gave it ." A run of full stars
 * alone is a rating only on a scale of five or ten ("★★★" may be a
 * decoration or a hotel's class). */
static size_t star_rating(nz *c, const char *p)
{
    const char *tpl = nz_setting(c, "star_rating"), *q = p;
    int full = 0, empty = 0;

    if (!tpl)
        return 0;
    while (q[0] == '\xE2' && q[1] == '\x98' && q[2] == '\x85')
        full++, q += 3;
    while (q[0] == '\xE2' && q[1] == '\x98' && q[2] == '\x86')
        empty++, q += 3;
    if (full + empty < 3 || full + empty > 10 || (!empty && full != 5 && full != 10) ||
        (q[0] == '\xE2' && q[1] == '\x98' && (q[2] == '\x85' || q[2] == '\x86')))
        return 0;
    char n[12], m[12];
    const char *args[128] = { 0 };
    snprintf(n, sizeof(n), "%d", full);
    snprintf(m, sizeof(m), "%d", full + empty);
    args['n'] = n, args['m'] = m;
    nz_space(c);
    nz_put_tpl(c, tpl, args);
    if (*q && !strchr(" .,;:!?)", *q))
        al_buf_putc(c->b, ' ');
    return (size_t)(q - p);
}

/* The code point that ends the text before P, spaces (and no-break
 * spaces) skipped; 0 at the text's start. */
static uint32_t cp_before(const nz *c, const char *p)
{
    uint32_t cp = 0;

    while (p > c->text && (p[-1] == ' ' || (p - c->text >= 2 && (unsigned char)p[-2] == 0xC2 &&
                                            (unsigned char)p[-1] == 0xA0)))
        p -= p[-1] == ' ' ? 1 : 2;
    if (p == c->text)
        return 0;
    do
        p--;
    while (p > c->text && ((unsigned char)*p & 0xC0) == 0x80);
    nz_cp(p, &cp);
    return cp;
}

/* A pictograph in running text, said as a newsreader says it with the
 * [speech.words] of the language (where it has none, it stays as the
 * other rules leave it):
 *   "↑ 5 %", "↓ 2 %": an arrow up or down right before a number is a
 *     rise or a fall, rise and fall ("plus", "up", "en hausse de");
 *   "(→ siehe unten)": an arrow right opening a bracket or the text, a
 *     word after it, points the reader on and is no "to": nothing;
 *   "Akku ✓, Kamera ✗": a check or a cross mark after a word is the
 *     verdict, check and cross ("ja", "nein"); opening a line it is a
 *     list's bullet (mul: nothing);
 *   "I ♥ Leeds": a heart between two words is the verb, heart ("love"),
 *     heart_we after a word of the setting we_words ("Wir ♥ Köln":
 *     lieben);
 *   "Dishes marked ★ are": one star after a word, none beside it (no
 *     rating "★★★★☆"), is its name, star.
 * The length used, or 0. */
static size_t pictograph(nz *c, const char *p)
{
    uint32_t cp, prev, next = 0;
    size_t k = nz_cp(p, &cp), sp = 0;
    const char *w = NULL;

    while (p[k + sp] == ' ' || strncmp(p + k + sp, "\xC2\xA0", 2) == 0)
        sp += p[k + sp] == ' ' ? 1 : 2;
    if (p[k + sp])
        nz_cp(p + k + sp, &next);
    prev = cp_before(c, p);
    if ((cp == 0x2191 || cp == 0x2193) && nz_digit(p[k + sp]))
        w = nz_word(c, cp == 0x2191 ? "rise" : "fall");
    else if (cp == 0x2192 && (prev == 0 || prev == '(') && nz_is_letter(next))
        return k + sp;
    else if ((cp == 0x2713 || cp == 0x2714) && nz_is_letter(prev) && !nz_is_letter(next))
        w = nz_word(c, "check");
    else if ((cp == 0x2717 || cp == 0x2718) && nz_is_letter(prev) && !nz_is_letter(next))
        w = nz_word(c, "cross");
    else if (cp == 0x2665 && (nz_is_letter(prev) || prev == 0x2019 || prev == '\'') && nz_is_letter(next)) {
        const char *pw, *we = nz_setting(c, "we_words");
        size_t pn = nz_word_before(c, p, &pw);
        /* "Wir ♥ Köln": after the language's "we" the verb's plural */
        w = pn && we && nz_in_words(we, pw, pn) && nz_word(c, "heart_we") ? nz_word(c, "heart_we")
                                                                          : nz_word(c, "heart");
    }
    else if (cp == 0x2605 && nz_is_letter(prev) && next != 0x2605 && next != 0x2606 && p[k] == ' ' &&
             p > c->text && p[-1] == ' ')
        w = nz_word(c, "star");
    if (!w)
        return 0;
    /* "Kocham ♥ Kraków": the word before says it already */
    if (cp == 0x2665) {
        const char *pw;
        size_t pn = nz_word_before(c, p, &pw);
        if (pn && pn == strcspn(w, " ") && strncasecmp(pw, w, pn) == 0)
            return k;
    }
    if (prev != 0x2019 && prev != '\'')
        nz_space(c);
    al_buf_puts(c->b, w);
    return k;
}

/* "Go to File > Save As", "Datei › Speichern unter": a '>' or '›' with a
 * space on each side, between a word of two letters or more and one of
 * two letters or more that starts with a capital, is a step of a menu
 * path, said as a pause. A comparison sign stands between numbers,
 * quantities or variables ("Preis > 100", "x > y", "if a > b"). */
static size_t menu_step(nz *c, const char *p)
{
    size_t k = *p == '>' ? 1 : strncmp(p, "\xE2\x80\xBA", 3) == 0 ? 3 : 0, wn, an;
    const char *w, *a;

    if (!k || p == c->text || p[-1] != ' ' || p[k] != ' ')
        return 0;
    wn = nz_word_before(c, p, &w);
    an = nz_word_after(p + k, &a);
    if (wn < 2 || w + wn + 1 != p || an < 2 || a != p + k + 1 || !nz_upper_at(a))
        return 0;
    while (c->b->len && c->b->data[c->b->len - 1] == ' ')
        c->b->len--;
    al_buf_putc(c->b, ',');
    return k;
}

/* A run of spaces (nz_space_at) at P: its length. */
static size_t dim_spaces(const char *p)
{
    size_t n = 0, k;

    while ((k = nz_space_at(p + n)))
        n += k;
    return n;
}

/* "Maße (H × B × T): 85 × 60 × 60 cm", "(wys. × szer. × gł.)": a
 * bracket that holds two to four names of dimensions, each a key of
 * [speech.dimension_letters] (a letter or an abbreviation, any case),
 * joined by '×' or 'x' with spaces around it, and nothing else, is the
 * formula that names a size's dimensions: each name is said as its word
 * and the sign as the word of a measure's '×' ([speech.words] by_x, else
 * by: mal, bij, na, sur), "Höhe mal Breite mal Tiefe", not as letters
 * times letters. The evidence is the whole bracket's shape and the
 * table; a bracket with any other word ("(A × B = C)") is left alone.
 * At most four items of at most 16 bytes are looked at: bounded. */
static size_t dim_formula(nz *c, const char *p)
{
    const char *by = nz_word(c, "by_x"), *q = p + 1;
    const al_lang_entry *item[4];
    int k = 0;

    if (*p != '(' || !c->t[NZ_DIM_LETTERS].n)
        return 0;
    if (!by || !*by)
        by = nz_word(c, "by");
    if (!by || !*by)
        return 0;
    for (;;) {
        size_t n = 0, sp;
        uint32_t cp;
        for (size_t m; n < 16 && (m = nz_cp(q + n, &cp)) && nz_is_letter(cp);)
            n += m;
        if (!n || n >= 16)
            return 0;
        if (q[n] == '.')
            n++;
        if (k == 4 || !(item[k] = nz_find(c, NZ_DIM_LETTERS, q, n, true)))
            return 0;
        k++;
        q += n;
        if (*q == ')')
            break;
        sp = dim_spaces(q);
        if (!sp)
            return 0;
        if (strncmp(q + sp, "\xC3\x97", 2) == 0)
            q += sp + 2;
        else if (q[sp] == 'x')
            q += sp + 1;
        else
            return 0;
        if (!(sp = dim_spaces(q)))
            return 0;
        q += sp;
    }
    if (k < 2)
        return 0;
    nz_space(c);
    al_buf_putc(c->b, '(');
    for (int i = 0; i < k; i++) {
        if (i)
            al_buf_printf(c->b, " %s ", by);
        al_buf_puts(c->b, nz_value(item[i]));
    }
    al_buf_putc(c->b, ')');
    return (size_t)(q + 1 - p);
}

static size_t symbol(nz *c, const char *p)
{
    const al_lang_entry *e;
    uint32_t cp;
    size_t k = nz_cp(p, &cp), n;
    const char *w;

    if ((n = menu_step(c, p)))
        return n;
    if ((n = pictograph(c, p)))
        return n;
    if ((cp == 0x2605 || cp == 0x2606) && (n = star_rating(c, p)))
        return n;   /* "★★★★☆" (else silent, as an emoji) */
    if (emoji(cp))
        return k;
    if (*p == '(' && (n = age_bracket(c, p)))
        return n;
    if (*p == '(' && (n = party_tag(c, p)))
        return n;
    if (*p == '(' && (n = dim_formula(c, p)))
        return n;
    /* "+/- 2 points": the sign '±' written with ASCII, its word */
    if (strncmp(p, "+/-", 3) == 0 && (w = nz_get(c, NZ_SYMBOLS, "\xC2\xB1"))) {
        nz_space(c);
        al_buf_printf(c->b, "%s ", w);
        return 3 + (p[3] == ' ');
    }
    /* "Dec. 2, 2026 /PRNewswire/ -- Quarrystone ...": a wire service's
     * name between two slashes, a word apart (a space or the text's edge
     * on both sides), tags a release's dateline; the name is said, not
     * its slashes (a path has a slash inside or a domain before it) */
    if (*p == '/' && (p == c->text || p[-1] == ' ') && (n = wire_tag_len(p)) > 0) {
        nz_space(c);
        put_identifier(c, p + 1, n - 2, true);
        return n;
    }
    /* "*** Why now?", "* * *", "$5*", "*Members only": asterisks that
     * set off a line or mark a footnote are not said (espeak-ng names
     * each one); not inside a word ("f***ing") nor between numbers */
    if (*p == '*') {
        n = strspn(p, "*");
        /* "Fields marked * are required": one asterisk alone between two
         * words of a sentence (a space each side, a letter before, a lower
         * case letter after) is the sign itself, said by its name in
         * [speech.words]; a footnote's star is glued to its word */
        if (n == 1 && p >= c->text + 2 && p[-1] == ' ' && p[1] == ' ' && nz_cp(p + 2, &cp) &&
            nz_is_letter(cp) && !nz_is_upper(cp) &&
            (nz_is_alnum_at(p - 2) || (unsigned char)p[-2] >= 0x80) && !nz_digit(p[-2]) &&
            (w = nz_word(c, "asterisk"))) {
            al_buf_puts(c->b, w);
            return 1;
        }
        /* "3 * 4", "2*8": one asterisk between two numbers is the sign
         * of a product, said as '×' of [speech.symbols] is (times, mal) */
        const char *pb = p > c->text && p[-1] == ' ' ? p - 1 : p;
        const char *pa = p[1] == ' ' ? p + 2 : p + 1;
        if (n == 1 && pb > c->text && nz_digit(pb[-1]) && nz_digit(*pa) && (pb == p) == (pa == p + 1) &&
            (w = nz_get(c, NZ_SYMBOLS, "\xC3\x97"))) {
            nz_space(c);
            al_buf_puts(c->b, w);
            al_buf_putc(c->b, ' ');
            return pa - p;
        }
        /* "E*Trade": a star between two capitals joins a brand's parts,
         * and is not heard */
        if (n == 1 && p > c->text && p[-1] >= 'A' && p[-1] <= 'Z' && p[1] >= 'A' && p[1] <= 'Z' &&
            (p - 1 == c->text || !nz_is_alnum_at(p - 2))) {
            al_buf_putc(c->b, ' ');
            return 1;
        }
        bool before = p > c->text && (nz_digit(p[-1]) || (unsigned char)p[-1] >= 0x80 ||
                                      ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z'));
        if (!(before && nz_is_alnum_at(p + n)))
            return n;
        al_buf_put(c->b, p, n);
        return n;
    }
    /* "# of Houses": a table's number sign alone before a word */
    if (*p == '#' && nz_boundary(c, p) && p[1] == ' ' && nz_cp(p + 2, &cp) && nz_is_letter(cp) &&
        !nz_is_upper(cp) && (w = nz_word(c, "number"))) {
        al_buf_puts(c->b, w);
        return 1;
    }
    /* "#3" number three; "#BlackLivesMatter" hashtag Black Lives Matter */
    if (*p == '#' && nz_boundary(c, p)) {
        if (p[1] >= '0' && p[1] <= '9' && (w = nz_word(c, "number"))) {
            al_buf_printf(c->b, "%s ", w);
            return 1;
        }
        if (nz_is_alnum_at(p + 1) && (n = hashtag_len(p + 1)) > 0) {
            const char *pw;
            size_t pn = nz_word_before(c, p, &pw);
            /* "L'hashtag #Maltempo": the text names it already, and the
             * word is said once */
            bool named = pn && ((pn == 7 && strncasecmp(pw, "hashtag", 7) == 0) ||
                                ((w = nz_word(c, "hashtag")) && strlen(w) == pn &&
                                 strncasecmp(pw, w, pn) == 0));
            if (!named && (w = nz_word(c, "hashtag")))
                al_buf_printf(c->b, "%s ", w);
            put_identifier(c, p + 1, n, true);
            return n + 1;
        }
    }
    /* "@aloud_app" at aloud app */
    if (*p == '@' && nz_boundary(c, p) && (n = ident_len(p + 1)) > 0) {
        if ((w = nz_word(c, "at")))
            al_buf_printf(c->b, "%s ", w);
        put_identifier(c, p + 1, n, true);
        return n + 1;
    }
    if ((n = nz_symbol_number(c, p)) || (n = abbreviation(c, p)))
        return n;   /* "§ 5", "№ 3" */
    /* "Disney+", "Canal+", "Apple TV+": one '+' ending a word that opens
     * with a capital is the brand's "plus" ([speech.words] brand_plus),
     * where espeak-ng says the sign as the language's "more" (Spanish
     * "más", Italian "più"); a language that says "plus" itself has no
     * entry (French keeps its [plys]); not "C++" (two), nor "5+" (a
     * number) */
    if (*p == '+' && p > c->text && ((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z')) &&
        p[1] != '+' && !nz_is_alnum_at(p + 1) && (w = nz_word(c, "brand_plus"))) {
        const char *w0 = p;
        while (w0 > c->text && ((w0[-1] >= 'a' && w0[-1] <= 'z') || (w0[-1] >= 'A' && w0[-1] <= 'Z')))
            w0--;
        if (nz_upper_at(w0) && (w0 == c->text || !nz_is_alnum_at(w0 - 1))) {
            al_buf_printf(c->b, " %s", w);
            return 1;
        }
    }
    /* "Mo.–Fr.", "London–Paris": an en dash between words is "to" */
    if (cp == 0x2013 && p > c->text && (nz_is_letter((unsigned char)p[-1]) || p[-1] == '.') &&
        nz_is_alnum_at(p + 3) && !(p[3] >= '0' && p[3] <= '9') && (w = nz_word(c, "to"))) {
        al_buf_printf(c->b, " %s ", w);
        return k;
    }
    if ((e = nz_match(c, NZ_SYMBOLS, p, false, &n)) || (e = nz_match(c, NZ_MUL_SYMBOLS, p, false, &n))) {
        const char *v = nz_value(e), *cf;
        char cmp[64];
        /* "p < 0,05": kleiner als; the (no-break) spaces around the
         * sign are the words' */
        if (compare_words(c, p, n, cmp, sizeof(cmp))) {
            while (c->b->len && c->b->data[c->b->len - 1] == ' ')
                c->b->len--;
            if (c->b->len >= 2 && strncmp(c->b->data + c->b->len - 2, "\xC2\xA0", 2) == 0)
                c->b->len -= 2;
            else if (c->b->len >= 3 && strncmp(c->b->data + c->b->len - 3, "\xE2\x80\xAF", 3) == 0)
                c->b->len -= 3;
            al_buf_printf(c->b, " %s ", cmp);
            return n + (p[n] == ' ' ? 1 : strncmp(p + n, "\xC2\xA0", 2) == 0 ? 2 :
                        strncmp(p + n, "\xE2\x80\xAF", 3) == 0 ? 3 : 0);
        }
        /* "z § 2": paragrafem, as an abbreviation in a preposition's case */
        if ((cf = case_form(c, e->key, p, n))) {
            nz_space(c);
            al_buf_put(c->b, cf, strcspn(cf, " "));
            if (p[n] && !strchr(" .,;:!?)", p[n]))
                al_buf_putc(c->b, ' ');
            return n;
        }
        char below[64];
        if (below_words(c, p, n, below, sizeof(below)))
            v = below;   /* "reste <5 %": inférieur à */
        else if (amount_words(c, p, n, below, sizeof(below)))
            v = below;   /* "a > 10.000 personas": más de */
        else if (cp == 0xD7 && measure_by(c, p, n))
            v = measure_by(c, p, n);   /* "2 m × 1,5 m": by */
        else if (cp == 0xD7 && size_by(c, p, n))
            v = size_by(c, p, n);      /* "1920×1080": by */
        /* "3× zo groot": glued to a number and no number after, a
         * multiplier ([speech.words] times: keer, razy), not the sign */
        else if (cp == 0xD7 && p > c->text && nz_digit(p[-1]) && nz_word(c, "times") &&
                 !nz_digit(p[n + strspn(p + n, " ")]))
            v = nz_word(c, "times");
        bool vulgar = (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x215E);
        char whole[32];
        /* "1½ tazas": una y media, "1½ kopje": anderhalf */
        if (cp == 0xBD && nz_mixed_half(c, p, p + n)) {
            size_t un = nz_mixed_unit(c, p + n);   /* "1½ el": anderhalf eetlepel */
            if (un)
                return n + un;
            if (!p[n] || !strchr(" .,;:!?)", p[n]))
                al_buf_putc(c->b, ' ');
            return n;
        }
        /* "2½ Stunden": zweieinhalb ([speech.settings] fraction_mixed) */
        if (vulgar && nz_mixed_whole(c, p, whole, sizeof(whole))) {
            const char *args[128] = { 0 };
            args['w'] = whole, args['f'] = v;
            nz_space(c);
            nz_put_tpl(c, nz_setting(c, "fraction_mixed"), args);
            size_t un = nz_mixed_unit(c, p + n);   /* "2½ EL": Esslöffel */
            if (un)
                return n + un;
            al_buf_putc(c->b, ' ');
            return n;
        }
        /* "½ TL Salz": ein halber Teelöffel, "½ tsp": half a teaspoon */
        if (cp == 0xBD && !(p > c->text && nz_digit(p[-1]))) {
            size_t hn;
            nz_space(c);
            if ((hn = nz_half_unit(c, p, p + n, "half_unit", NULL)))
                return n + hn;
        }
        /* Polish "do ¾": after a word of [speech.settings]
         * cardinal_gen_words a fraction is a genitive, as "do 3/4" is:
         * the numerator's genitive and the denominator's many form of
         * [speech.fractions] (trzech czwartych), a numerator 1 its fourth
         * form (jednej czwartej) */
        if (vulgar && nz_setting(c, "plural_few") && !(p > c->text && nz_digit(p[-1]))) {
            static const struct { uint32_t cp; const char *num, *den; } vf[] = {
                { 0xBC, "1", "4" }, { 0xBE, "3", "4" }, { 0x2153, "1", "3" }, { 0x2154, "2", "3" },
            };
            const char *pw, *f, *g;
            size_t pn = nz_word_before(c, p, &pw);
            for (size_t i = 0; i < sizeof(vf) / sizeof(vf[0]); i++) {
                if (vf[i].cp != cp || !pn || !nz_in_words(nz_setting(c, "cardinal_gen_words"), pw, pn) ||
                    !(f = nz_get(c, NZ_FRACTIONS, vf[i].den)))
                    continue;
                nz_space(c);
                if (strcmp(vf[i].num, "1") == 0) {
                    nz_put_form(c, f, 3);
                } else if ((g = nz_get(c, NZ_CARD_GEN, vf[i].num))) {
                    al_buf_printf(c->b, "%.*s ", (int)strcspn(g, "|"), g);
                    nz_put_form(c, f, 1);
                } else {
                    continue;
                }
                if (!p[n] || !strchr(" .,;:!?)", p[n]))
                    al_buf_putc(c->b, ' ');
                return n;
            }
        }
        /* "½ colher": meia, the whole fraction's form before the noun
         * after it ([speech.fractions] "1/2"), as "1/2 colher" */
        if (vulgar && !(p > c->text && nz_digit(p[-1]))) {
            static const char *const keys[] = { "1/4", "1/2", "3/4" };
            const char *f = cp >= 0xBC && cp <= 0xBE ? nz_get(c, NZ_FRACTIONS, keys[cp - 0xBC]) : NULL;
            if (f) {
                const char *form = nz_fraction_form(c, f, p + n), *pw;
                size_t pn = nz_word_before(c, p, &pw), fn = strcspn(form, " |");
                /* "eine ½ Stunde": the article is said once */
                if (pn == fn && form[fn] == ' ' && strncasecmp(pw, form, fn) == 0 && pw + pn == p - 1)
                    form += fn + 1;
                nz_space(c);
                al_buf_put(c->b, form, strcspn(form, "|"));
                if (!p[n] || !strchr(" .,;:!?)", p[n]))
                    al_buf_putc(c->b, ' ');
                return n;
            }
        }
        /* "¼-inch cubes": a fraction joined to a word is a compound's
         * first part, said without the article of [speech.settings]
         * fraction_one ("quarter inch") */
        const char *one = nz_setting(c, "fraction_one");
        size_t on = one ? strlen(one) : 0;
        if (vulgar && p[n] == '-' && nz_is_letter((unsigned char)p[n + 1]) && on &&
            strncmp(v, one, on) == 0 && v[on] == ' ' && !(p > c->text && nz_digit(p[-1]))) {
            nz_space(c);
            al_buf_printf(c->b, "%s ", v + on + 1);
            return n + 1;
        }
        /* "½ an onion": half an onion, the article after it is the only
         * one ([speech.settings] attributive_after), as for "1/2 an hour" */
        if (cp == 0xBD && on && strncmp(v, one, on) == 0 && v[on] == ' ' && p[n] == ' ' &&
            !(p > c->text && nz_digit(p[-1]))) {
            const char *ax;
            size_t an = nz_word_after(p + n, &ax);
            if (an && ax == p + n + 1 && nz_in_words(nz_setting(c, "attributive_after"), ax, an)) {
                nz_space(c);
                al_buf_printf(c->b, "%s ", v + on + 1);
                return n + 1;
            }
        }
        /* "1½": one and a half */
        if (p > c->text && p[-1] >= '0' && p[-1] <= '9' && (w = nz_word(c, "and")) && vulgar)
            al_buf_printf(c->b, " %s", w);
        if (*v && strchr(",.;:", *v) && !v[1]) {
            while (c->b->len && c->b->data[c->b->len - 1] == ' ')
                c->b->len--;
            al_buf_putc(c->b, *v);
            al_buf_putc(c->b, ' ');
        } else {
            /* "~200 personas": unas, a symbol's word in two forms
             * "masculine|feminine" agrees with the noun the number after
             * it counts */
            const char *bar = strchr(v, '|');
            size_t vn = bar ? (size_t)(bar - v) : strlen(v);
            if (bar) {
                const char *q = p + n + strspn(p + n, " "), *nw;
                size_t nd = nz_digits(q), wn;
                while (nd && (q[nd] == '.' || q[nd] == ',') && nz_digit(q[nd + 1]))
                    nd += 1 + nz_digits(q + nd + 1);
                if (nd && q[nd] == ' ' && (wn = nz_word_after(q + nd, &nw)) && nz_feminine_noun(c, nw, wn))
                    v = bar + 1, vn = strlen(v);
            }
            nz_space(c);
            al_buf_put(c->b, v, vn);
            /* "< 10": poniżej, the number after in the genitive where the
             * symbol's word is one of cardinal_gen_words (Polish) */
            if (nz_digit(p[n + strspn(p + n, " ")]) &&
                nz_in_words(nz_setting(c, "cardinal_gen_words"), v, vn))
                c->gen_next = true;
            /* "2,5 ‰.": the sentence's period stays on the word */
            if (!p[n] || !strchr(" .,;:!?)", p[n]))
                al_buf_putc(c->b, ' ');
        }
        return n;
    }
    al_buf_put(c->b, p, k ? k : 1);
    return k ? k : 1;
}

/* ---- driver ---- */

/* The digits that end right before P (P past the last one). */
static const char *back_digits(const nz *c, const char *p)
{
    while (p > c->text && nz_digit(p[-1]))
        p--;
    return p;
}

/* An 'x' at P that means "times": between two numbers ("5 x 3 m") or
 * glued after one ("3x täglich", "2x plus rapide") or before one after
 * a word ("a fait x3"); said as the language's word for '×'
 * ([speech.symbols]). Not "4x4", "0x1F", "x86". */
static bool times(nz *c, const char *p, bool bound)
{
    const char *v;

    if (p == c->text || !(v = nz_get(c, NZ_SYMBOLS, "\xC3\x97")))
        return false;
    /* "a fait x3", "ha fatto x3": glued before a number from 2 to 20
     * after a word, a multiplier, said as the sign (fois trois, per tre);
     * not "x86", "x64" */
    size_t dn = nz_digits(p + 1);
    if (bound && dn >= 1 && dn <= 2 && atoi(p + 1) >= 2 && atoi(p + 1) <= 20 && p[-1] == ' ' && p - c->text >= 2 && nz_is_letter((unsigned char)p[-2]) &&
        !nz_is_alnum_at(p + 1 + dn) && !((p[1 + dn] == '.' || p[1 + dn] == ',') && nz_digit(p[2 + dn]))) {
        nz_space(c);
        al_buf_printf(c->b, "%s ", v);
        return true;
    }
    if (nz_is_alnum_at(p + 1))
        return false;
    /* "3 x täglich", "2 x per day": a lone x between a whole count under
     * a hundred and a word in lower case is how many times ([speech.words]
     * times); "5 x 3 m" is a measure (below) */
    const char *aw;
    uint32_t acp;
    if (bound && p - c->text >= 2 && p[-1] == ' ' && nz_digit(p[-2]) && p[1] == ' ' && nz_word(c, "times") &&
        nz_word_after(p + 1, &aw) && aw == p + 2 && nz_cp(aw, &acp) && nz_is_letter(acp) && !nz_is_upper(acp)) {
        const char *cd = back_digits(c, p - 1);
        if (p - 1 - cd <= 2 && (cd == c->text || cd[-1] == ' ')) {
            nz_space(c);
            al_buf_printf(c->b, "%s ", nz_word(c, "times"));
            return true;
        }
    }
    if (bound ? !(p - c->text >= 2 && p[-1] == ' ' && nz_digit(p[-2]) && p[1] == ' ' && nz_digit(p[2]))
              : !(nz_digit(p[-1]) && (p[1] == ' ' || p[1] == '\0' || strchr(",.;:", p[1]))))
        return false;
    const char *cb, *bd = back_digits(c, p - 1);
    bool whole = bd == c->text || !(strchr(".,", bd[-1]) && bd - 1 > c->text && nz_digit(bd[-2]));
    if (bound && whole && (cb = nz_count_by(c, atol(bd), p + 2)))
        v = cb;   /* "3 x 2 km": trois fois deux kilomètres */
    else if (bound && measure_by(c, p, 1))
        v = measure_by(c, p, 1);
    else if (!bound && nz_word(c, "times"))
        v = nz_word(c, "times");   /* "3x faster": [speech.words] times, "drie keer" */
    nz_space(c);
    al_buf_printf(c->b, "%s ", v);
    return true;
}

/* "Ø 12 mm", "⌀12": the diameter's sign before a number, said as
 * [speech.words] diameter ("Durchmesser", "fi"); in Danish and
 * Norwegian "Ø" is a letter, and before a letter it stays one. */
static size_t diameter(nz *c, const char *p)
{
    size_t k = strncmp(p, "\xC3\x98", 2) == 0 ? 2 : strncmp(p, "\xE2\x8C\x80", 3) == 0 ? 3 : 0, sp;
    const char *w;

    if (!k || !(w = nz_word(c, "diameter")))
        return 0;
    sp = p[k] == ' ' ? 1 : strncmp(p + k, "\xC2\xA0", 2) == 0 ? 2 : 0;
    if (!nz_digit(p[k + sp]))
        return 0;
    al_buf_printf(c->b, "%s ", w);
    return k + sp;
}

/* "4-4-2", "4-2-3-1": three to five digits of 1 to 6 joined by hyphens
 * that add up to ten, a football team's outfield players by line, are a
 * formation, said digit by digit ("vier vier zwei"): no score "4 zu
 * 4-2", no tie "4 3 partout". A score has two sides, a date's parts do
 * not add up to ten with one digit each. */
static size_t formation(nz *c, const char *p)
{
    size_t n = 0;
    int sum = 0, parts = 0;

    if (p > c->text && (p[-1] == '-' || p[-1] == '.' || p[-1] == '/'))
        return 0;
    for (;;) {
        if (p[n] < '1' || p[n] > '6' || nz_digit(p[n + 1]))
            return 0;
        sum += p[n] - '0';
        parts++;
        n++;
        if (p[n] != '-' || !nz_digit(p[n + 1]))
            break;
        n++;
    }
    if (parts < 3 || parts > 5 || sum != 10 || nz_is_alnum_at(p + n) || (p[n] && strchr("-/.,", p[n]) && nz_digit(p[n + 1])))
        return 0;
    for (size_t i = 0; i < n; i += 2)
        al_buf_printf(c->b, i ? " %c" : "%c", p[i]);
    return n;
}

/* "1. e4 e5", "12. Nf3 Nc6": a move's number and its period before two
 * squares of a chess board (a file a to h, a rank 1 to 8, a piece's
 * capital before it or not), white's move and black's, is a game's
 * move: the number said as such with a pause ("1, e 4, e 5"), not an
 * ordinal, each square's letter apart from its rank. */
static size_t chess_square(const char *p)
{
    size_t k = nz_upper_at(p) && p[0] >= 'A' && p[0] <= 'Z' ? 1 : 0;

    k += p[k] == 'x';
    if (p[k] < 'a' || p[k] > 'h' || p[k + 1] < '1' || p[k + 1] > '8' || nz_is_alnum_at(p + k + 2))
        return 0;
    return k + 2;
}

static size_t chess_move(nz *c, const char *p)
{
    size_t d = nz_digits(p), s1, s2;
    const char *q = p + d;

    if (!d || d > 3 || *p == '0' || q[0] != '.' || q[1] != ' ' || !(s1 = chess_square(q + 2)) || q[2 + s1] != ' ' ||
        !(s2 = chess_square(q + 3 + s1)))
        return 0;
    al_buf_printf(c->b, "%.*s,", (int)d, p);
    for (const char *s = q + 2; s < q + 3 + s1 + s2; s++) {
        if (*s == ' ')
            al_buf_putc(c->b, ',');
        else if (nz_digit(*s))
            al_buf_printf(c->b, " %c", *s);
        else
            al_buf_printf(c->b, " %c", *s);
    }
    return (size_t)(q + 3 + s1 + s2 - p);
}

/* "50/50", "60/40": two whole numbers from 1 to 99 with a slash that add
 * up to a hundred split a whole (odds, shares), said with [speech.words]
 * split between them ("pięćdziesiąt na pięćdziesiąt"), where the slash
 * alone was silent; not a date ("5/10"), a third part after another
 * slash, or a number glued to letters. */
static size_t split_pair(nz *c, const char *p)
{
    size_t a = nz_digits(p), b;
    const char *w = nz_word(c, "split");

    if (!w || !a || a > 2 || p[a] != '/' || !(b = nz_digits(p + a + 1)) || b > 2 ||
        nz_is_alnum_at(p + a + 1 + b) || p[a + 1 + b] == '/' || (p > c->text && (p[-1] == '/' || p[-1] == '.')) ||
        atoi(p) < 1 || atoi(p + a + 1) < 1 || atoi(p) + atoi(p + a + 1) != 100)
        return 0;
    al_buf_printf(c->b, "%.*s %s %.*s", (int)a, p, w, (int)b, p + a + 1);
    return a + 1 + b;
}

/* "2v2", "3v3": two small counts glued to a "v" are a game of so many
 * against so many, said with [speech.words] versus ("twee tegen twee"),
 * not left as a code. Counts up to 11, a team's size. */
static size_t versus(nz *c, const char *p)
{
    size_t a = nz_digits(p), b;
    const char *w = nz_word(c, "versus");

    if (!w || !a || a > 2 || p[a] != 'v' || !(b = nz_digits(p + a + 1)) || b > 2 || nz_is_alnum_at(p + a + 1 + b) ||
        atoi(p) < 1 || atoi(p) > 11 || atoi(p + a + 1) < 1 || atoi(p + a + 1) > 11)
        return 0;
    al_buf_printf(c->b, "%.*s %s %.*s", (int)a, p, w, (int)b, p + a + 1);
    return a + 1 + b;
}

/* "β-Blocker", "radiación γ", "Δt": one Greek letter at a word's start,
 * no other Greek letter after it, in a text of another language, is said
 * by its name in the language's [speech.symbols] ("beta"; a language
 * whose table has no such letter, Greek itself, leaves it); glued to a
 * Latin letter ("Δt") the name is set apart from it. */
static size_t greek_letter(nz *c, const char *p, uint32_t cp, size_t k)
{
    uint32_t nx;
    char key[8];
    const char *v;

    if (cp < 0x391 || cp > 0x3C9 || k >= sizeof(key))
        return 0;
    nz_cp(p + k, &nx);
    if (nx >= 0x370 && nx <= 0x3FF)
        return 0;
    memcpy(key, p, k);
    key[k] = '\0';
    if (!(v = nz_get(c, NZ_SYMBOLS, key)))
        return 0;
    al_buf_puts(c->b, v);   /* at a word's start: the space is there */
    if (nz_is_alnum_at(p + k))
        al_buf_putc(c->b, ' ');
    /* "β-blokkers": with [speech.settings] greek_compound the name and a
     * lower-case word after the hyphen are one compound, said as such
     * (bètablokkers) */
    const char *gc = nz_setting(c, "greek_compound");
    if (p[k] == '-' && p[k + 1] >= 'a' && p[k + 1] <= 'z' && gc)
        return k + 1;
    /* German "β-Blocker": where greek_compound lists capitalised nouns,
     * a word after the hyphen that begins with one of them joins too,
     * lower-cased, as the common compound is written (Betablocker,
     * Betateilchen); a chemical name keeps its hyphen (Alpha-Tocopherol) */
    if (p[k] == '-' && p[k + 1] >= 'A' && p[k + 1] <= 'Z' && gc && strcmp(gc, "yes") != 0) {
        for (const char *l = gc; *l; l += strcspn(l, " "), l += *l == ' ') {
            size_t ln = strcspn(l, " ");
            if (ln > 1 && strncmp(p + k + 1, l, ln) == 0) {
                al_buf_putc(c->b, (char)(p[k + 1] - 'A' + 'a'));
                return k + 2;
            }
        }
    }
    return k;
}

/* "205/55 R16", "245/40 ZR18": a tyre's size, a width of three digits, a
 * slash, an aspect of two, then "R" (or "ZR") and a rim of two digits; where
 * [speech.settings] tyre_width_pairs gives the word for a zero (English
 * "oh"), a fitter says the width in pairs, "two oh five", "two twenty-five",
 * then the aspect, the letters and the rim: two oh five fifty-five R
 * sixteen. Unset, the size is left to the other rules. */
static size_t tyre_size(nz *c, const char *p)
{
    const char *oh = nz_setting(c, "tyre_width_pairs"), *r = p + 6;   /* past the aspect */

    if (!oh || nz_digits(p) != 3 || p[0] == '0' || p[3] != '/' || nz_digits(p + 4) != 2)
        return 0;
    if (*r == ' ')
        r++;
    size_t zr = r[0] == 'Z' && r[1] == 'R' ? 2 : r[0] == 'R' ? 1 : 0;
    if (!zr || nz_digits(r + zr) != 2 || nz_is_alnum_at(r + zr + 2))
        return 0;
    if (p[1] == '0')
        al_buf_printf(c->b, "%c %s %c", p[0], oh, p[2]);
    else
        al_buf_printf(c->b, "%c %.2s", p[0], p + 1);
    al_buf_printf(c->b, " %.2s %s %.2s", p + 4, zr == 2 ? "Z R" : "R", r + zr);
    return (size_t)(r + zr + 2 - p);
}

/* ---- keyboard shortcuts ---- */

/* The part of a shortcut at P: a run of letters and digits, or one sign
 * that [speech.keys] names ("⌘"); its length, or 0. */
static size_t key_part(const nz *c, const char *p)
{
    size_t n = 0, k;
    uint32_t cp;

    while (nz_is_alnum_at(p + n) && (k = nz_cp(p + n, &cp)))
        n += k;
    if (n)
        return n;
    if ((k = nz_cp(p, &cp)) && cp > 0x7f && nz_find(c, NZ_KEYS, p, k, false))
        return k;
    return 0;
}

/* A key of its own that no table needs to name: a letter or a digit alone,
 * a function key "F1" to "F24". */
static bool key_plain(const char *p, size_t n)
{
    if (n == 1)
        return (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || nz_digit(*p);
    return p[0] == 'F' && n <= 3 && nz_digit(p[1]) && (n == 2 || nz_digit(p[2])) && atoi(p + 1) >= 1 &&
           atoi(p + 1) <= 24;
}

/* "Strg+Alt+Entf", "⌘+C", "Cmd-Shift-4", "Strg + Z", "⌘C": a shortcut, two
 * to six keys joined by '+' (spaces around it allowed) or by '-' (none),
 * or glued to a sign of [speech.keys]; the evidence is that every key but
 * the last is a name of [speech.keys] (a modifier: "Ctrl", "Umschalt",
 * "Maj") and the last one such a name or a key of its own (a letter, a
 * digit, "F4"), so "Alt-Right" and "Strg-Taste" stay words. Each key is
 * said by its name in the language, a letter as a capital (spelled), with
 * [speech.settings] key_join between them, nothing when it is unset
 * ("Steuerung Z"). Bounded: at most six parts, each looked up once. */
static size_t key_combo(nz *c, const char *p)
{
    const char *s[6];
    size_t sn[6];
    int m = 0;
    char sep = 0;
    const char *q = p;

    if (!c->t[NZ_KEYS].n)
        return 0;
    for (;;) {
        size_t n = key_part(c, q);
        if (!n || m == 6)
            return 0;
        s[m] = q, sn[m++] = n;
        q += n;
        const char *r = q;
        char j = 0;
        if (*r == '+' || *r == '-')
            j = *r, r++;
        else if (r[0] == ' ' && r[1] == '+' && r[2] == ' ')
            j = '+', r += 3;
        else if (key_part(c, r))
            j = 'g';    /* a sign glued to a key: "⌘C", "⌘⇧4" (a run of
                         * letters ends only where no letter follows) */
        else
            break;
        if (j != 'g' && sep && j != sep)
            break;
        if (j != 'g')
            sep = j;
        if (!key_part(c, r) || m == 6)
            break;
        q = r;
    }
    /* "Strg+Z-Befehl": a compound's part, not a shortcut */
    if (m < 2 || ((*q == '-' || *q == '+') && nz_is_alnum_at(q + 1)))
        return 0;
    for (int i = 0; i < m; i++)
        if (!nz_find(c, NZ_KEYS, s[i], sn[i], true) && !(i == m - 1 && key_plain(s[i], sn[i])))
            return 0;
    const char *join = nz_setting(c, "key_join");
    for (int i = 0; i < m; i++) {
        const al_lang_entry *e = nz_find(c, NZ_KEYS, s[i], sn[i], true);
        if (i)
            al_buf_printf(c->b, join ? " %s " : " ", join);
        char l[2] = { (char)(*s[i] >= 'A' && *s[i] <= 'Z' ? *s[i] + 32 : *s[i]), '\0' };
        const char *name = e ? NULL : nz_get(c, NZ_LETTERS, l);
        if (e)
            al_buf_puts(c->b, nz_value(e));
        else if (name)  /* a letter by its [speech.letters] name: "éfe quatro" */
            al_buf_printf(c->b, sn[i] > 1 ? "%s %.*s" : "%s", name, (int)sn[i] - 1, s[i] + 1);
        else if (sn[i] == 1 && *s[i] >= 'a' && *s[i] <= 'z')
            al_buf_putc(c->b, (char)(*s[i] - 32));
        else
            al_buf_put(c->b, s[i], sn[i]);
    }
    return (size_t)(q - p);
}

/* "V8", "V12": a capital V glued to an even cylinder count from 2 to 16,
 * with no point after it (a version has one, "V2.1", or is written "v8"),
 * is an engine's layout, said as the letter and the number, not
 * "version 8". */
static size_t engine_v(nz *c, const char *p)
{
    size_t n = nz_digits(p + 1);
    int v = n && n <= 2 ? atoi(p + 1) : 0;

    if (*p != 'V' || !v || v % 2 || v > 16 || p[1] == '0' || nz_is_alnum_at(p + 1 + n) ||
        (p[1 + n] == '.' && nz_digit(p[2 + n])))
        return 0;
    /* the letter by its [speech.letters] name where the language has one
     * (Spanish "uve": espeak-ng's "V" makes "un" before it "um") */
    const char *name = nz_get(c, NZ_LETTERS, "v");
    al_buf_printf(c->b, "%s %.*s", name ? name : "V", (int)n, p + 1);
    return 1 + n;
}

/* "SMS-y i MMS-y", "z PKS-u": an acronym of two to five capitals, every
 * one a consonant named in [speech.settings] acronym_letters (Polish
 * `S=es M=em`: with no vowel it cannot be read as a word, so it is
 * spelled), a hyphen and a case ending of acronym_endings (`y a u em
 * ów`), is said as one word, the letters' names and the ending glued
 * (esemesy, ememesy, pekaesu), as a reader inflects it; espeak-ng says
 * the ending as a letter ("igrek"). "PIT-y", with a vowel, stays. */
static size_t acronym_case(nz *c, const char *p)
{
    const char *letters = nz_setting(c, "acronym_letters"), *ends = nz_setting(c, "acronym_endings");
    char out[96] = "";
    size_t n = 0;

    if (!letters || !ends)
        return 0;
    while (n < 6 && p[n] >= 'A' && p[n] <= 'Z') {
        const char *v;
        for (v = letters; *v; v += strcspn(v, " "), v += *v == ' ')
            if (v[0] == p[n] && v[1] == '=')
                break;
        if (!*v)
            return 0;
        snprintf(out + strlen(out), sizeof(out) - strlen(out), "%.*s", (int)strcspn(v + 2, " "), v + 2);
        n++;
    }
    if (n < 2 || n > 5 || p[n] != '-')
        return 0;
    for (const char *e = ends; *e; e += strcspn(e, " "), e += *e == ' ') {
        size_t en = strcspn(e, " ");
        if (en && strncmp(p + n + 1, e, en) == 0 && !nz_is_alnum_at(p + n + 1 + en)) {
            al_buf_printf(c->b, "%s%.*s", out, (int)en, e);
            return n + 1 + en;
        }
    }
    return 0;
}

static size_t step(nz *c, const char *p)
{
    uint32_t cp;
    size_t k = nz_cp(p, &cp), n;
    bool bound = nz_boundary(c, p);

    if (bound && nz_is_alnum_at(p) && (n = email(c, p)))
        return n;
    if (bound && ((n = key_combo(c, p)) || (n = engine_v(c, p))))
        return n;
    if (bound && *p >= 'A' && *p <= 'Z' && (n = acronym_case(c, p)))
        return n;
    /* "(a) Applicants must ...": a list's letter in brackets opening the
     * text is said as the letter and a pause, "A.", as "a)" is; a lone
     * "a" is an article in English, "à" in French */
    if (p == c->text && p[0] == '(' && p[1] >= 'a' && p[1] <= 'z' && p[2] == ')' && p[3] == ' ') {
        al_buf_printf(c->b, "%c.", p[1] - 32);
        return 3;
    }
    /* "la talla XL": a clothing size of one to three X and an S or an L
     * right after a word of [speech.settings] size_words is spelled, the
     * letters apart ("X L"), not the Roman numeral espeak-ng reads in
     * it ("cuarenta") */
    if (*p == 'X' && bound && p > c->text && p[-1] == ' ') {
        size_t x = strspn(p, "X");
        const char *w;
        size_t wn = nz_word_before(c, p, &w);
        if (x <= 3 && (p[x] == 'S' || p[x] == 'L') && !nz_is_alnum_at(p + x + 1) && wn &&
            w + wn + 1 == p && nz_in_words(nz_setting(c, "size_words"), w, wn)) {
            for (size_t i = 0; i <= x; i++)
                al_buf_printf(c->b, i ? " %c" : "%c", p[i]);
            return x + 1;
        }
    }
    /* "The options are a) repair or b) replace": a lone lower-case letter
     * closing a bracket that no '(' of its sentence opened, between
     * spaces, is a list's letter in running text, said as the capital
     * and a pause, "A,", not the article "a" */
    if (p > c->text && p[-1] == ' ' && p[0] >= 'a' && p[0] <= 'z' && p[1] == ')' && p[2] == ' ' &&
        nz_is_letter((unsigned char)p[3])) {
        const char *q = p;
        int depth = 0;
        while (q > c->text && !strchr(".!?:;", q[-1]) && depth <= 0)
            depth += q[-1] == '(' ? 1 : q[-1] == ')' ? -1 : 0, q--;
        if (depth <= 0) {
            al_buf_printf(c->b, "%c,", p[0] - 32);
            return 2;
        }
    }
    if (bound && ((n = file_name(c, p)) || (n = domain(c, p))))
        return n;
    if (bound && (n = url_len(p))) {
        al_buf_put(c->b, p, n);
        return n;
    }
    if (*p >= '0' && *p <= '9') {
        if (bound && ((n = period_abbrev(c, p)) || (n = scripture(c, p)) || (n = formation(c, p)) ||
                      (n = chess_move(c, p)) || (n = versus(c, p)) || (n = split_pair(c, p))))
            return n;
        if (bound && (n = tyre_size(c, p)))
            return n;
        if (bound && (n = nz_elided_number(c, p)))
            return n;
        if (bound || !c->known)
            return nz_number(c, p);
        /* "4x100-m-Staffel": the number after a count's "x" may open a
         * unit's compound */
        if (p - c->text >= 2 && p[-1] == 'x' && nz_digit(p[-2]) && (n = nz_unit_compound(c, p)))
            return n;
        /* digits glued to letters ("MP3", "x86"): as they are */
        for (n = 0; p[n] >= '0' && p[n] <= '9'; n++)
            ;
        /* "A320neo", "A350": a model of one capital and three digits,
         * said in pairs where the language does so ([speech.settings]
         * model_pairs: A three twenty neo), the capital still glued to
         * the first digit so that it is read as a letter */
        if (n == 3 && nz_setting(c, "model_pairs") && p - c->text >= 1 && nz_upper_at(p - 1) &&
            (p - 1 == c->text || !nz_is_alnum_at(p - 2)) && p[1] != '0' && !(p[n] == '.' && nz_digit(p[n + 1])) &&
            !nz_digit(p[n]) && (!nz_is_alnum_at(p + n) || (p[n] >= 'a' && p[n] <= 'z'))) {
            al_buf_printf(c->b, "%c %.2s", p[0], p + 1);
            if (p[n] >= 'a' && p[n] <= 'z')
                al_buf_putc(c->b, ' ');
            return n;
        }
        /* "FY2025", "CY2024": a year glued to two capitals or more after
         * a word's start, said apart in the year's form */
        if (n == 4 && p - c->text >= 2 && nz_upper_at(p - 1) && nz_upper_at(p - 2) && !nz_is_alnum_at(p + 4) &&
            atoi(p) >= 1900 && atoi(p) <= 2099) {
            const char *q = p;
            while (q > c->text && nz_upper_at(q - 1))
                q--;
            if (q == c->text || !nz_is_alnum_at(q - 1)) {
                char y[64];
                snprintf(y, sizeof(y), "%.4s", p);
                nz_year_str(c, atol(y), y, sizeof(y));
                al_buf_printf(c->b, " %s", y);
                return n;
            }
        }
        al_buf_put(c->b, p, n);
        return n;
    }
    if (bound && ((n = nz_currency_first(c, p)) || (n = diameter(c, p))))
        return n;
    if (bound && (n = nz_inclusive(c, p)))
        return n;
    if (nz_is_letter(cp)) {
        if (*p == 'x' && times(c, p, bound))
            return 1;
        if (bound && (n = greek_letter(c, p, cp, k)))
            return n;
        /* "2 m. end.", "k2": a domain's word where the sentence is its
         * domain's (normalise_domain.c) */
        if (bound && (n = nz_domain_word(c, p)))
            return n;
        if (bound)
            return word(c, p);
        al_buf_put(c->b, p, k);
        return k;
    }
    if ((n = nz_job_tag(c, p)) || (n = nz_gender_pause(c, p)))
        return n;
    if ((n = nz_currency_alone(c, p)))
        return n;
    return symbol(c, p);
}

static void init(nz *c, const char *text, const char *lang, al_buf *b)
{
    memset(c, 0, sizeof(*c));
    c->text = text;
    c->b = b;
    if (lang && *lang) {
        size_t n = strcspn(lang, "-_");
        if (lang[n] && n + 1 < strlen(lang))
            snprintf(c->region, sizeof(c->region), "%.7s", lang + n + 1);
        for (char *r = c->region; *r; r++)
            if (*r >= 'a' && *r <= 'z')
                *r = (char)(*r - 32);
        for (int t = 0; t < NZ_T_COUNT; t++)
            if (table_names[t])
                c->t[t].e = al_lang_table(table_names[t], lang, &c->t[t].n);
    }
    c->t[NZ_MUL_SYMBOLS].e = al_lang_table("speech.symbols", "mul", &c->t[NZ_MUL_SYMBOLS].n);
    c->t[NZ_MUL_FILE_EXT].e = al_lang_table("speech.file_ext", "mul", &c->t[NZ_MUL_FILE_EXT].n);
    c->known = c->t[NZ_SETTINGS].n > 0;
    if (c->known) {
        const char *d = nz_setting(c, "decimal"), *g = nz_setting(c, "thousands");
        c->dec = d && *d ? *d : '.';
        c->groups = g ? g : "";
        c->per = nz_word(c, "per");
        c->per_n = c->per ? strlen(c->per) : 0;
        c->one = nz_setting(c, "one");
        c->bare = nz_setting(c, "bare_one");
    }
}

/* Collapse the spaces the rules left doubled, trim. */
static void tidy(al_buf *b)
{
    size_t i, o = 0;

    if (!b->data)
        return;
    for (i = 0; i < b->len; i++) {
        char ch = b->data[i];
        if (ch == ' ' && (o == 0 || b->data[o - 1] == ' '))
            continue;
        b->data[o++] = ch;
    }
    while (o > 0 && b->data[o - 1] == ' ')
        o--;
    b->data[o] = '\0';
    b->len = o;
}

/* The small letter written raised, a modifier letter ("ˢ", "ᵗ", "ᵉ"), that
 * CP is, or 0. */
static char raised_letter(uint32_t cp)
{
    static const struct { uint32_t cp; char c; } map[] = {
        { 0x1D43, 'a' }, { 0x1D48, 'd' }, { 0x1D49, 'e' }, { 0x1D4D, 'g' }, { 0x02B0, 'h' },
        { 0x1D50, 'm' }, { 0x207F, 'n' }, { 0x1D52, 'o' }, { 0x02B3, 'r' }, { 0x02E2, 's' },
        { 0x1D57, 't' },
    };

    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].cp == cp)
            return map[i].c;
    return 0;
}

/* Is the ending W (N bytes) an ordinal's, a value of [speech.ordinal_suffix]
 * ("st") or a key of [speech.ordinal_marks] ("e", "er")? */
static bool ordinal_ending_known(const nz *c, const char *w, size_t n)
{
    for (size_t k = 0; k < c->t[NZ_ORD_SUFFIX].n; k++) {
        const char *v = nz_value(&c->t[NZ_ORD_SUFFIX].e[k]);
        if (strlen(v) == n && memcmp(v, w, n) == 0)
            return true;
    }
    return nz_find(c, NZ_ORD_MARKS, w, n, false) != NULL;
}

/* A pass's text from B: NULL when it changed nothing (ANY false) or ran
 * out of memory, the caller keeping its input then. */
char *nz_pass_result(al_buf *b, bool any)
{
    if (!any || b->failed) {
        al_buf_free(b);
        return NULL;
    }
    return al_buf_detach(b);
}

/* "1ˢᵗ", "3ʳᵈ", "21ˢᵗ", Dutch "3ᵉ": an ordinal's ending written in raised
 * letters right after the digits is that ending in small letters ("1st",
 * "3e"), where the language has it as an ordinal's ending: espeak-ng reads
 * a modifier letter as "letter" and its code point. A copy of TEXT with
 * those endings lowered, or NULL when there is none. */
static char *raised_ordinals(const nz *c, const char *text)
{
    al_buf b = AL_BUF_INIT;
    const char *p = text;
    bool any = false;

    while (*p) {
        uint32_t cp;
        size_t k, n = 0, len = 0;
        char w[16];

        if (p > text && nz_digit(p[-1]) && (k = nz_cp(p, &cp)) && raised_letter(cp)) {
            while (n < sizeof w - 1 && (k = nz_cp(p + len, &cp)) && raised_letter(cp)) {
                w[n++] = raised_letter(cp);
                len += k;
            }
            if (!nz_is_alnum_at(p + len) && ordinal_ending_known(c, w, n)) {
                al_buf_put(&b, w, n);
                p += len;
                any = true;
                continue;
            }
        }
        al_buf_putc(&b, *p++);
    }
    return nz_pass_result(&b, any);
}

char *al_normalise(const char *text, const char *lang)
{
    al_buf b = AL_BUF_INIT;
    nz c;
    const char *p;
    char *raised, *life, *shaped;

    if (!text)
        text = "";
    init(&c, text, lang, &b);
    if ((raised = raised_ordinals(&c, text)))
        c.text = text = raised;
    if ((shaped = nz_word_shapes(&c, text, lang))) {
        free(raised);
        c.text = text = raised = shaped;
    }
    if ((life = nz_life_marks(&c, text))) {
        free(raised);
        c.text = text = raised = life;
    }
    al_buf_grow(&b, strlen(text) + 32);
    for (p = text; *p;)
        p += step(&c, p);
    free(raised);
    tidy(&b);
    if (b.failed) {
        al_buf_free(&b);
        return NULL;
    }
    return b.data ? al_buf_detach(&b) : al_strdup("");
}
