/*
 * normalise_int.h - what the files of the text normalisation share
 * (private to it; see normalise.h for the entry point), listed by the file
 * that defines them. Calls go one way: normalise.c (driver, words,
 * symbols) -> normalise_num.c -> normalise_date.c -> normalise_text.c.
 */
#ifndef ALOUD_NORMALISE_INT_H
#define ALOUD_NORMALISE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "langdata.h"
#include "normalise.h"
#include "util.h"

/* The [speech.*] tables a rule may read. */
enum {
    NZ_SETTINGS, NZ_WORDS, NZ_ABBREV, NZ_ABBREV_NUM, NZ_TITLES, NZ_MONTHS,
    NZ_ORDINALS, NZ_ORD_MARKS, NZ_ORD_ENDINGS, NZ_ORD_SUFFIX, NZ_CURRENCY,
    NZ_MAGNITUDE, NZ_UNITS, NZ_UNITS_TIGHT, NZ_SYMBOLS, NZ_ROMAN_WORDS,
    NZ_REGNAL_TITLES, NZ_YEAR_WORDS, NZ_SCORE_WORDS, NZ_DECADES, NZ_FRACTIONS,
    NZ_TIMEZONES, NZ_COUNT_NOUNS, NZ_ABBREV_SUFFIX, NZ_PREPOSITIONS, NZ_COUNT_WORDS,
    NZ_ABBREV_END, NZ_ORD_CASES, NZ_ORD_NOUNS, NZ_FEMININE, NZ_CARD_GEN, NZ_ABBREV_CASES,
    NZ_CARD_INS, NZ_MASCULINE, NZ_COMPOUND, NZ_CURRENCY_SUB,
    NZ_STOPWORDS,     /* [extract.stopwords]: a language's function words */
    NZ_WEEKDAY_ABBREV,
    NZ_LAW_CODES,     /* [speech.law_codes]: "CP" after an article's number */
    NZ_BIBLE,         /* [speech.bible_books]: "Joh" before "3,16" */
    NZ_PERIODS,       /* [speech.period_abbrev]: "T3" troisième trimestre */
    NZ_CARDINALS,     /* [speech.cardinals]: a number's word, "38" trentotto */
    NZ_DATE_ARTICLES, /* [speech.date_articles]: "bis" -> zum before a date */
    NZ_SCORE_ABBREV,  /* [speech.score_abbrev]: "n. V." after a score */
    NZ_UNITS_SMALL,   /* [speech.units_small]: "3 hab." after a small count */
    NZ_ABBREV_AFTER,  /* [speech.abbrev_after]: "JO" after "au" */
    NZ_PLACE_ABBREV,  /* [speech.place_abbrev]: "Calif." after "Fresno," */
    NZ_MUL_SYMBOLS,   /* mul's [speech.symbols] */
    NZ_MUL_FILE_EXT,  /* mul's [speech.file_ext]: "pdf" said P D F */
    NZ_FILE_EXT,      /* [speech.file_ext]: a language's own, "pdf" pi di effe */
    NZ_LETTERS,       /* [speech.letters]: a letter's name where espeak-ng's is not a reader's */
    NZ_PRICE_PERIODS, /* [extract.appeal_period]: "semaine" a price is per */
    NZ_STRESS_WORDS,  /* [speech.stress_words]: "NICHT" in capitals for stress */
    NZ_LIFE_MARKS,    /* [speech.life_marks]: "*" geboren before a date */
    NZ_ABBREV_PRICE,  /* [speech.abbrev_price]: "CC" after "850 €" */
    NZ_ABBREV_FINAL,  /* [speech.abbrev_final]: "incl." closing its clause */
    NZ_KEYS,          /* [speech.keys]: "Strg" Steuerung in "Strg+Z" */
    NZ_DIM_LETTERS,   /* [speech.dimension_letters]: "(H × B × T)" Höhe mal Breite mal Tiefe */
    NZ_DOMAIN_CUES,   /* [speech.domain_cues]: "needles" makes a sentence a knitting pattern's */
    NZ_DOMAIN_UNITS,  /* [speech.domain_units]: "sts" stitches after a number there */
    NZ_DOMAIN_ABBREV, /* [speech.domain_abbrev]: "k" knit in "k2" there */
    NZ_T_COUNT
};

typedef struct {
    const al_lang_entry *e;
    size_t n;
} nz_tab;

/* One normalisation run. */
typedef struct {
    const char *text;      /* the whole input */
    al_buf *b;             /* the output */
    nz_tab t[NZ_T_COUNT];
    char region[8];        /* "US" of "en-US" */
    bool known;            /* the language has [speech.settings] */
    char dec;              /* decimal mark */
    const char *groups;    /* thousands separators: "comma", "period space"... */
    bool year_next;        /* the number after a range mark is a year too */
    bool gen_next;         /* the number after a range's "do" is a genitive (Polish) */
    bool gen_now;          /* the number being read is one */
    bool time_next;        /* the number after "do" is a time too (Polish "od 8.00 do 15.30") */
    bool time_now;         /* the number being read is one */
    bool open_next;        /* the number after is an opening hour's second hour ("aperto 8-14") */
    bool open_now;         /* the number being read is one */
    bool chain_next;       /* the number after is a duration's next part ("2 h 30 min") */
    const char *quote_at;  /* inch_quote(): '"' counted in text up to here ... */
    size_t quotes;         /* ... this many */
    bool half_word;        /* nz_mixed_half said 1½ as one word ("anderhalf") */
    size_t half_after;     /* nz_mixed_half said the noun after it too: its bytes */
    bool chain_now;        /* the number being read is one */
    bool money;            /* the number being read is an amount of money */
    bool rate;             /* it is an exchange rate, after '=' ("1 € = 1,08 $") */
    const char *mag_w;     /* a magnitude written in full ("milhões"), said as written */
    size_t mag_wn;
    const char *per;       /* [speech.words] per ("pro"), or NULL */
    size_t per_n;
    const char *one;       /* [speech.settings] one ("ein|eine|..."), or NULL */
    const char *bare;      /* [speech.settings] bare_one ("hundert|tausend"), or NULL */
    const char *score_end; /* where the last score read ended ("6-4, 3-6") */
    const char *regnal_end; /* where the last regnal number read ended ("Karl V. dankte 1556 ab") */

#define NZ_DOM_LIST 64
    const char *dom_s, *dom_e; /* normalise_domain.c: the last sentence looked at ... */
    char dom_list[NZ_DOM_LIST]; /* ... and its domains ("knit") */
    al_lang_entry dom_entry;   /* a domain table's entry, the domain's name cut */
} nz;

/* ---- normalise_incl.c: gender-inclusive writing ---- */

/** "tod@s", "étudiant·e·s", "enfermero/a", "colleague(s)": both forms. */
size_t nz_inclusive(nz *c, const char *p);
/** "Lehrer:innen": the sign as the pause before the ending. */
size_t nz_gender_pause(nz *c, const char *p);
/** "(m/w/d)" after a job's name: skipped. */
size_t nz_job_tag(nz *c, const char *p);

/** A pass's result: B's text, or NULL (B freed) when ANY is false or B
 *  failed. */
char *nz_pass_result(al_buf *b, bool any);

/* ---- normalise_text.c: tables and text helpers ---- */

const char *nz_value(const al_lang_entry *e);
const al_lang_entry *nz_find(const nz *c, int t, const char *key, size_t n, bool nocase);
const char *nz_get(const nz *c, int t, const char *key);
/** [speech.settings] KEY, "KEY@REGION" first. */
const char *nz_setting(const nz *c, const char *key);
/** Does W (N bytes) end in one of the space-separated endings of the
 *  setting KEY (the word longer than the ending)? */
bool nz_ends_with_setting(const nz *c, const char *key, const char *w, size_t n);
bool nz_starts_with_setting(const nz *c, const char *key, const char *w, size_t n);
/** [speech.words] KEY. */
const char *nz_word(const nz *c, const char *key);
/** The [speech.settings] ampm marker at P ("pm", "a.m."): its length, or 0. */
size_t nz_ampm_len(const nz *c, const char *p);
const al_lang_entry *nz_match(const nz *c, int t, const char *p, bool cap, size_t *len);
bool nz_in_list(const nz *c, int t, const char *w, size_t n);
/** Is W (N bytes) one of the space-separated words of L, in any case? */
size_t nz_space_at(const char *p);
bool nz_in_words(const char *l, const char *w, size_t n);
/** The words of sign P (N bytes) in a list of SIGN=words|second entries. */
const char *nz_sign_entry(const char *l, const char *p, size_t n, bool second, char *out, size_t cap);
size_t nz_cp(const char *p, uint32_t *cp);
size_t nz_cont_back(const char *k, size_t n);
bool nz_is_letter(uint32_t cp);
bool nz_is_upper(uint32_t cp);
/** The code point at P is a capital letter. */
bool nz_upper_at(const char *p);
bool nz_is_alnum_at(const char *p);
bool nz_boundary(const nz *c, const char *p);
/** The word before P (spaces and one '.' skipped): its start in *S, its length. */
size_t nz_word_before(const nz *c, const char *p, const char **s);
/** The word after P (spaces skipped): its start in *S, its length. */
size_t nz_word_after(const char *p, const char **s);
/** Nothing but spaces, quotes and closing brackets after P. */
bool nz_at_end(const char *p);
/** The next word after P starts with a capital letter. */
bool nz_next_capital(const char *p);
void nz_put_form(nz *c, const char *v, int i);
void nz_tpl(char *out, size_t cap, const char *tpl, const char *const args[128]);
void nz_put_tpl(nz *c, const char *tpl, const char *const args[128]);
void nz_space(nz *c);

/* ---- numbers (normalise_num.c parses them) ---- */

typedef struct {
    const char *s, *e;   /* the number's text */
    char d[40];          /* integer digits, no separators */
    char f[24];          /* fraction digits */
    size_t nd, nf;
    bool grouped;
} nz_num;

static inline bool nz_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

static inline size_t nz_digits(const char *p)
{
    size_t n = 0;

    while (nz_digit(p[n]))
        n++;
    return n;
}

/* A range's dash at P, an en dash or a hyphen ("9.30-11", "2015–2020"):
 * its length in bytes, or 0. */
static inline size_t nz_dash(const char *p)
{
    return strncmp(p, "\xE2\x80\x93", 3) == 0 ? 3 : *p == '-';
}

/* ---- normalise_date.c: words for numbers, dates, times ---- */

/** Year Y as words in OUT ([speech.settings] year_pairs and its templates). */
void nz_year_str(const nz *c, long y, char *out, size_t cap);
/** N (1 to 999 999) before a feminine noun with the words of
 *  [speech.feminine] in OUT ("21" veintiuna, "1500" mil quinientas);
 *  false when they say it as espeak-ng reads the digits. */
bool nz_feminine_str(const nz *c, long n, char *out, size_t cap);
/** The same with the words of table T ([speech.masculine]: Spanish "21"
 *  veintiún before a masculine noun). */
bool nz_gender_str(const nz *c, int t, long n, char *out, size_t cap);
/** The ordinal of N in FORM, then ENDING, in OUT; false when there is none. */
bool nz_ordinal_str(const nz *c, long n, int form, const char *ending, char *out, size_t cap);
/** The ending of an ordinal after the word before P ("e|en": up to '|'). */
const char *nz_ordinal_ending(const nz *c, const char *p);
/** The word at W starts a clause or a sentence. */
bool nz_clause_start(const nz *c, const char *w);
/** P follows a house number after a street's name ("Długiej 5/7 m. 3"). */
bool nz_after_house_number(const nz *c, const char *p);
/** The word before the ordinal at NUMTEXT says it is one ("am 3. Tag"). */
bool nz_ordinal_context(const nz *c, const char *numtext);
/** The [speech.ordinal_nouns] entry of the word at W (WN bytes; with its
 *  period when the key has one, "r."), its length in *LEN; or NULL. */
const al_lang_entry *nz_ordinal_noun(const nz *c, const char *w, size_t wn, size_t *len);
/** [speech.ordinal_cases] (Polish): the form of [speech.ordinals] the
 *  ordinal at NUMTEXT (its text ends at END) takes, by the case and gender
 *  of its noun; GENDER the noun's when the caller knows it ('f'), else 0.
 *  -1 when the language has no such table. */
int nz_case_form(const nz *c, const char *numtext, const char *end, char gender);
/** A noun of [speech.ordinal_nouns] marked "ord" right after END ("2024 r."). */
bool nz_ordinal_noun_at(const nz *c, const char *end);
/** Number V at NUMTEXT (ending at END) right before a noun of
 *  [speech.ordinal_nouns] marked "ord" ("w 1987 r.", "XX wieku"): written
 *  as its ordinal in that noun's case, *USED the bytes after END taken
 *  (an abbreviation's word said); false when it is none. */
bool nz_ordinal_before_noun(nz *c, long v, const char *numtext, const char *end, size_t *used);
bool nz_ordinal_after_noun(nz *c, long v, const char *numtext, const char *end);
/** A copy of TEXT with its life marks said ("* 12. März 1950": geboren
 *  am 12. März 1950), or NULL when there is none (normalise_life.c). */
char *nz_life_marks(const nz *c, const char *text);

/* ---- normalise_domain.c: abbreviations of one domain's sentences ---- */

/** A unit of [speech.domain_units] at P ("sts", "M", "m.", "nm") where
 *  the sentence is its domain's, or the word right after it is a cue
 *  "after:DOMAIN" ("65 nm south"): the entry (value without the domain's
 *  name), its length in *N; else NULL. */
const al_lang_entry *nz_domain_unit(nz *c, const char *p, size_t *n);
/** A word of [speech.domain_abbrev] at P ("R.", "end.", the "k" of
 *  "k2") where the sentence is its domain's, said: its length, or 0. */
size_t nz_domain_word(nz *c, const char *p);
/** Does the word W (N bytes) match the key K (KN bytes), ASCII letters in
 *  any case, a key ending in '*' a word's start ("sail*": sailing)? */
bool nz_word_fits(const char *k, size_t kn, const char *w, size_t n);
/** Does W (N bytes) match a word of the space-separated list L so? */
bool nz_words_fit(const char *l, const char *w, size_t n);

/* ---- normalise_shape.c: words whose shape is not what is said ---- */

/** A copy of TEXT with stretched words cut ("sooo" so), masked words of
 *  [speech.censored] said ("M*rde" Merde) and a Roman day before a
 *  month's name in digits ("XX Settembre"), or NULL when none. */
char *nz_word_shapes(const nz *c, const char *text, const char *lang);
/** A life's two years in a bracket right after a name, A the first's
 *  start, E after the second ("Antoni Lis (1921–2004)"), where
 *  [speech.settings] life_range_bare says them with no word between. */
bool nz_life_range(const nz *c, const char *a, const char *e);
/** The month named at P: its number (0: none), *LEN bytes. */
int nz_month_at(const nz *c, const char *p, size_t *len);
int nz_month_bare(const nz *c, const char *p, size_t *len, bool day_first);
/** Write date D M Y: WRITTEN 1 month first, -1 day first, 0 the language's order. */
bool nz_put_date(nz *c, int d, int m, long y, const char *at, int written);
/** "2024-03-05" at P, or 0. */
size_t nz_iso_date(nz *c, const char *p);
/** "5/3/2024", "05.03.2024" after number A, or 0. */
size_t nz_numeric_date(nz *c, const nz_num *a);
/** "3-5 March": the first day of a range of days before a month, or 0. */
size_t nz_day_range(nz *c, const nz_num *a);
/** W (WN bytes, its period not counted) is a weekday's abbreviation of
 *  [speech.weekday_abbrev] ("ven", "pt"). */
bool nz_weekday_word(const nz *c, const char *w, size_t wn);
/** "14:30", "12.30 Uhr", "8 h 15" after number A, or 0. */
size_t nz_time_of_day(nz *c, const nz_num *a);

/* ---- normalise_num.c: numbers ---- */

/** The noun at W (N bytes) is feminine by [speech.settings]
 *  feminine_endings, feminine_except, feminine_words (not a word of
 *  not_nouns). */
bool nz_feminine_noun(const nz *c, const char *w, size_t n);
/** A thousands group at P (the language's separator and three digits),
 *  its length, or 0. */
size_t nz_group_at(const nz *c, const char *p);
/** The number rules at P (a digit): always consumes at least one byte. */
size_t nz_number(nz *c, const char *p);
size_t nz_unit_compound(nz *c, const char *p);
bool nz_unit_in_full(const nz *c, const char *p, size_t n);
/** "l'1,2%": a number right after an elided word's apostrophe, as its
 *  word (Italian l'uno); 0 when none. */
size_t nz_elided_number(nz *c, const char *p);
/** An 'x' between COUNT and the number at B that counts repetitions of a
 *  run's distance ("4x100 m", "3 x 2 km"): [speech.words] by_count, or
 *  NULL. */
const char *nz_count_by(const nz *c, long count, const char *b);
/** A currency before a number at P ("$3", "US$ 5", "EUR 20"), or 0. */
size_t nz_currency_first(nz *c, const char *p);
/** A currency's sign standing alone at P ("in ₿ and"), said as the
 *  currency's plural: its length, or 0. */
size_t nz_currency_alone(nz *c, const char *p);
/** Number rules that start with a symbol ("+44 ...", "'80s", "~20"), or 0. */
size_t nz_symbol_number(nz *c, const char *p);
/** A mixed number's whole part taken back from the output into OUT
 *  ([speech.settings] fraction_mixed; AT: the fraction), or false. */
bool nz_mixed_whole(nz *c, const char *at, char *out, size_t cap);
/** A half after a whole number ("1½ tazas"; AT the half, E past it) by
 *  [speech.settings] mixed_half or mixed_half_one: written, or false. */
bool nz_mixed_half(nz *c, const char *at, const char *e);
size_t nz_mixed_unit(nz *c, const char *e);
/** A half before a unit ("½ TL", "1/2 tsp"; AT the half, E past it) by
 *  [speech.settings] half_unit: written with the unit, the bytes taken
 *  after E; 0 when it is none. */
size_t nz_half_unit(nz *c, const char *at, const char *e, const char *set, const char *part);
/** "2.3.1" at P read as a version: MODE 0 three parts or more, 1 after a
 *  'v' (says "version"), 2 after the word "version" (two parts or more),
 *  3 after a 'v' whose word the caller said. */
size_t nz_version(nz *c, const char *p, int mode);
const char *nz_fraction_form(const nz *c, const char *f, const char *e);
/** "March 5, 2024" at P (a month name), or 0. */
size_t nz_month_date(nz *c, const char *p);
/** The ordinal mark after number V ("er", "e", "."): written, or 0. */
size_t nz_ordinal_mark(nz *c, int v, const char *mark, size_t n, const char *num);
/** A regnal number V after a name ("the eighth"; FEMININE: the second
 *  form of [speech.ordinals], [speech.settings] regnal_f; KASE a case's key
 *  suffix, "_dat": the template regnal_dat when there is one): written,
 *  *USED bytes of AFTER consumed (a German ordinal '.'); false when LANG
 *  has none. */
bool nz_regnal(nz *c, int v, const char *after, bool feminine, const char *kase, size_t *used);

#endif /* ALOUD_NORMALISE_INT_H */
