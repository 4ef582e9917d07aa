/*
 * appeal.c - recognise a donation or membership appeal by what it does,
 * not by an exact phrase.
 *
 * A list of phrases ("Support my work") misses every appeal worded afresh.
 * What all appeals share is what they do: they address the reader ("you",
 * "Sie", "vous", an imperative "Hazte socio", "Werde Mitglied"), ask with
 * a request verb ("support", "unterstützen", "apoyar", "wesprzyj") and name
 * what they ask for: money with a period ("£4 a month", "5 € pro Monat",
 * "10 zł miesięcznie"), a membership or subscription ("member", "Abo",
 * "socio", "reader-funded", "ad-free"), a payment channel (PayPal, Bizum,
 * Swish, BLIK) or bank details (IBAN, BIC, a sort code and account). A news
 * paragraph about a bank or a charity's fundraising names money, even
 * money per month, but does not address the reader with a request: it
 * stays. Nor is the site's offer a request: "We'll give you $50,000" has
 * the site, not the reader, give (site_offers).
 *
 * The words are per-language data in data/lang/<tag>.txt, matched on folded
 * words in the text's own language when its function words tell it
 * (al_lang_guess_latin(): a French "du" is not the German "you", nor a
 * Portuguese "os" the Spanish one), else in every language at once
 * (a button's three words tell nothing): [extract.appeal_address] (the reader:
 * a capitalised entry, "Sie", "Ihnen", "Lei", "Państwo", matches only as
 * written and not first in a sentence, where it may mean "they", "she" or
 * "the state"), [extract.appeal_request] (request verbs; value "imp": an
 * imperative form that addresses the reader by itself), [extract.appeal_self]
 * (the site speaking of itself: "we", "our", "uns"),
 * [extract.appeal_member], [extract.appeal_period],
 * [extract.appeal_currency], [extract.appeal_share] and
 * [extract.appeal_income] (a share of the reader's income is a price:
 * "ein Prozent deines Bruttolohns im Monat", "1% of your salary"),
 * [extract.appeal_said] (reporting verbs: a sentence given to a third
 * party, "..., says chairman Tom Hale", is the article's news, its "you"
 * and "become a member" are not the site's; mark_reported),
 * [extract.appeal_tax] (a tax scheme that gives part of the reader's tax
 * to the site or refunds a gift: "il tuo 5x1000", "un reçu fiscal",
 * "Gift Aid"), [extract.appeal_number] (number words: a price spelt out
 * before a currency word, "tres euros al mes") and, in mul.txt,
 * [extract.appeal_channel] and [extract.appeal_tip] (the channels that
 * are tip jars: Buy Me a Coffee, Poland's buycoffee.to, Ko-fi).
 * An entry ending in "*" matches a word's start ("unterstütz*"). IBAN,
 * BIC, sort codes and account numbers are shapes, recognised below.
 *
 * The score: reader addressed 1, request 1, the site's "we" 1, membership
 * words 1 each (at most 2), money 1 or with a period 2, a payment channel 2,
 * a payment word of the lexicon 1, a tax scheme 1, bank details 3, an
 * appeal phrase of the lexicon 2. A text is an appeal when it asks (a request verb) and either
 * addresses the reader or speaks for the site ("we") with a price per
 * period or a channel, or, with no request verb, tells the reader a price
 * per period and two channels ("Od 10 zł miesięcznie na Patronite
 * dostajecie ..., możecie przelać BLIKiem"; news of two channels' fees
 * addresses nobody) or, speaking for the site, two ways to pay (a
 * channel, a payment word, bank details: "con 2 euro al mese su Satispay
 * o con un bonifico una tantum ci aiuti"), or when it names a tip jar to
 * the reader in up to APPEAL_PROSE_WORDS words ("możesz postawić mi kawę
 * na buycoffee.to"), or when it holds bank details in a short line of
 * them or with the reader or the site named; it asks for the site (its
 * "we", money or a membership: a how-to's "you can donate it or pay by
 * PayPal" asks for nothing); and its score
 * reaches APPEAL_SCORE_SHORT (up to APPEAL_SHORT_WORDS words), one more up
 * to APPEAL_MEDIUM_WORDS, two more up to APPEAL_MAX_WORDS; longer text is
 * an article's, whatever it asks. "If you join the club as a member" (3)
 * stays; "If you value our work, become a member" (4) goes.
 *
 * Every block of a page is measured (a 50 MB page has some 260,000), so
 * each token's tries are kept cheap: an entry's language is compared by
 * number (langs[]), a word by its length before its bytes, the words'
 * folds share one buffer, and the text's key is made once, or given by a
 * caller that holds it (al_appeal_measure_keyed).
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "appeal.h"
#include "extract.h"
#include "langdata.h"
#include "lexicon.h"
#include "util.h"

/* ---- thresholds, each with its reason ---------------------------------- */

#define APPEAL_SCORE_SHORT 4
#define APPEAL_SHORT_WORDS 80
#define APPEAL_MEDIUM_WORDS 140
#define APPEAL_MAX_WORDS 220
/* Past APPEAL_PROSE_WORDS, what is asked for (price, membership, channel,
 * bank details; not the lexicon's phrases, which are often just a verb)
 * must score at least this much: prose full of "you" names a gift once
 * (news of a country "donating an extra $150 million", a post telling of
 * the savings account the writer opened, a blogger thanking "you" for a
 * book's success); an appeal that long names its price, its channel or
 * the membership more than once. */
#define APPEAL_PROSE_WORDS 40
#define LONG_MIN_WHAT 2
/* ... and it must say how to pay: a price per period, a payment channel,
 * a payment word or bank details. A membership and a bare amount are what
 * a story tells as well, to "you" and with a request verb: a parent on the
 * savings account the family opened at its credit union, a book given to
 * a friend, a club's advice on teaching its members, a benefit concert's
 * changed line-up. */
/* Bank details with nothing else are a line of them ("IBAN: DE89 ...,
 * BIC: ..."), up to this many words. */
#define BANK_LINE_MAX_WORDS 40
/* A sentence ends after a word of at least this many bytes ("Monat."), not
 * after an abbreviation's period ("Kto. Nr.", "z. B.", "St."). */
#define SENTENCE_WORD_MIN_BYTES 4
/* A period belongs to an amount when it starts within this many words of
 * it, after ("£4 a month", "5 € pro Monat") or before ("monthly gift of £5"). */
#define PERIOD_WORDS_AFTER 3
#define PERIOD_WORDS_BEFORE 3
/* A share of the reader's income: the reader's possessive and the income
 * word start within this many words after the percentage ("Prozent
 * deines", "per cent of your"). */
#define SHARE_WORDS 3
/* A block beside an appeal continues it ("Around 900 readers already chip
 * in. We need 1,200...", "R$ 10 por mês – seu nome nos créditos", a "Give
 * to the Courier" button) when it names a price per period, a channel,
 * bank details or an appeal phrase, or asks the reader or for the site,
 * or names a gift with an amount ("Every gift ... matched, up to
 * $50,000"), or is a request of at most CONTINUE_BUTTON_WORDS; up to this
 * length. */
#define CONTINUE_MAX_WORDS 80
#define CONTINUE_BUTTON_WORDS 8
/* A heading of at most this many words may be an appeal's title. */
#define HEADING_MAX_WORDS 8
/* Work is bounded: texts of more tokens are measured on their start. */
#define MAX_TOKENS 2000
/* An IBAN is 15 to 34 letters and digits, at least IBAN_MIN_DIGITS of them
 * digits; an account number, ACCOUNT_MIN_DIGITS to ACCOUNT_MAX_DIGITS
 * digits in groups (Poland's NRB: 26); a sort code's account, 8 digits. */
#define IBAN_MIN_CHARS 15
#define IBAN_MAX_CHARS 34
#define IBAN_MIN_DIGITS 10
#define ACCOUNT_MIN_DIGITS 16
#define ACCOUNT_MAX_DIGITS 30
#define UK_ACCOUNT_DIGITS 8
/* A reporting verb ("says", "zegt") names a third party when a word with a
 * capital follows within SAID_NAME_WORDS words ("says chairman Tom Hale",
 * "said the club's secretary, Priya Nandra": "club's" is two words), or
 * ends its sentence within SAID_TAIL_WORDS words ("..., said the club's
 * chairman."). */
#define SAID_NAME_WORDS 4
#define SAID_TAIL_WORDS 6
/* Distinct payment channels counted in one text, at most. */
#define MAX_CHANNELS 8
/* An inflection ending after a channel's name: "BLIKiem" (Polish
 * instrumental), at most this many letters. */
#define INFLECTION_MAX_LETTERS 3
/* A BIC's label ("BIC:", "SWIFT") is at most this many tokens before it. */
#define BIC_LABEL_TOKENS 3

/* ---- the word classes --------------------------------------------------- */

enum {
    C_ADDRESS, C_REQUEST, C_SELF, C_MEMBER, C_PERIOD, C_CURRENCY, C_CHANNEL, C_REPORT, C_SHARE, C_INCOME, C_SAID,
    C_TAX, C_NUMBER, C_TIP, C_COUNT
};

static const char *const class_table[C_COUNT] = {
    [C_ADDRESS] = "extract.appeal_address", [C_REQUEST] = "extract.appeal_request",
    [C_SELF] = "extract.appeal_self",       [C_MEMBER] = "extract.appeal_member",
    [C_PERIOD] = "extract.appeal_period",   [C_CURRENCY] = "extract.appeal_currency",
    [C_CHANNEL] = "extract.appeal_channel", [C_REPORT] = "extract.appeal_report",
    [C_SHARE] = "extract.appeal_share",     [C_INCOME] = "extract.appeal_income",
    [C_SAID] = "extract.appeal_said",       [C_TAX] = "extract.appeal_tax",
    [C_NUMBER] = "extract.appeal_number",   [C_TIP] = "extract.appeal_tip",
};

/* One entry: its words (folded, or as written when CASED), the last one a
 * prefix when PREFIX. */
typedef struct {
    char **words;
    size_t *lens;               /* each word's bytes */
    size_t count;
    bool prefix, cased, imperative;
    bool moods;                 /* its language's table marks its imperatives ("imp") */
    const char *lang;           /* its language's tag: "de", "mul" */
    int lang_id;                /* its place in langs[], or LANG_UNLISTED */
    bool mul;                   /* LANG is "mul": every text's */
} phrase;

/* The languages of the entries, each tag once, so that an entry's
 * language is checked by number for each token tried, not by two string
 * compares (a 50 MB page tries millions). A tag past LANGS_MAX is
 * compared as a string. A text's language that no entry has is
 * LANG_NONE; no language told (every language's words), LANG_ALL. */
#define LANGS_MAX 128
#define LANG_UNLISTED (-1)
#define LANG_NONE (-2)
#define LANG_ALL (-3)

static const char *langs[LANGS_MAX];
static int lang_count;

/* A class's entries, found by the first two bytes of their first word
 * (BUCKETS lists of indices, in entry order) so that a token is compared
 * with a few entries, not all: a 20 MiB page has three million words.
 * Cased entries and one-byte first words are tried for every token. */
#define BUCKETS 256

typedef struct {
    phrase *phrases;
    size_t count;
    size_t *index;              /* entry numbers, bucket by bucket, then the rest */
    size_t start[BUCKETS + 1];  /* bucket b is index[start[b], start[b + 1]) */
    size_t any_count;           /* index[start[BUCKETS], + any_count): for every token */
} word_class;

static unsigned bucket_of(const char *w)
{
    return ((unsigned char)w[0] * 31u + (unsigned char)w[1]) % BUCKETS;
}

/* The bucket of entry P, or BUCKETS when every token must try it. */
static unsigned entry_bucket(const phrase *p)
{
    return p->cased || !p->words[0][0] || !p->words[0][1] ? BUCKETS : bucket_of(p->words[0]);
}

static void index_class(word_class *wc)
{
    size_t i, fill[BUCKETS + 1] = { 0 };
    unsigned b;

    if (!wc->count || !(wc->index = malloc(wc->count * sizeof(*wc->index))))
        return;
    for (i = 0; i < wc->count; i++)
        fill[entry_bucket(&wc->phrases[i])]++;
    for (b = 0, wc->start[0] = 0; b < BUCKETS; b++)
        wc->start[b + 1] = wc->start[b] + fill[b];
    wc->any_count = fill[BUCKETS];
    memcpy(fill, wc->start, sizeof(fill));
    for (i = 0; i < wc->count; i++)
        wc->index[fill[entry_bucket(&wc->phrases[i])]++] = i;
}

static word_class classes[C_COUNT];
static pthread_once_t classes_once = PTHREAD_ONCE_INIT;

/* Split S at spaces into P's words (S is modified and owned by P). */
static bool split_words(phrase *p, char *s)
{
    char *w, *save = NULL;

    p->count = 0;
    p->words = NULL;
    p->lens = NULL;
    for (w = strtok_r(s, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        char **grown = realloc(p->words, (p->count + 1) * sizeof(*grown));
        if (!grown)
            return false;
        p->words = grown;
        p->words[p->count++] = w;
    }
    if (!p->count || !(p->lens = malloc(p->count * sizeof(*p->lens))))
        return false;
    for (size_t k = 0; k < p->count; k++)
        p->lens[k] = strlen(p->words[k]);
    return true;
}

/* Compile one entry: "unterstütz*", "Sie", "chip in", "hazte<TAB>imp". */
static bool compile_entry(phrase *p, const al_lang_entry *e)
{
    size_t n = strlen(e->key);
    char *raw = al_strndup(e->key, n), *folded, *text;

    if (!raw)
        return false;
    p->prefix = n > 1 && raw[n - 1] == '*';
    if (p->prefix)
        raw[n - 1] = '\0';
    folded = al_text_fold(raw);
    p->cased = folded && strcmp(folded, raw) != 0;
    p->imperative = e->value && strcmp(e->value, "imp") == 0;
    free(folded);
    /* a cased entry keeps its letters as written; both become word keys */
    text = p->cased ? raw : al_text_key(raw);
    if (!p->cased)
        free(raw);
    if (text && split_words(p, text))
        return true;
    free(text);
    free(p->words);
    free(p->lens);
    return false;
}

/* LANG's place in langs[], or LANG_NONE; ADD: list it if new. */
static int lang_id_of(const char *lang, bool add)
{
    int k;

    if (!lang)
        return LANG_NONE;
    for (k = 0; k < lang_count; k++)
        if (strcmp(langs[k], lang) == 0)
            return k;
    if (!add)
        return LANG_NONE;
    if (lang_count >= LANGS_MAX)
        return LANG_UNLISTED;
    langs[lang_count] = lang;
    return lang_count++;
}

static void make_classes(void)
{
    size_t c, i, n;

    for (c = 0; c < C_COUNT; c++) {
        const al_lang_entry *e = al_lang_table(class_table[c], NULL, &n);
        word_class *wc = &classes[c];
        if (!n || !(wc->phrases = calloc(n, sizeof(*wc->phrases))))
            continue;
        for (i = 0; i < n; i++)
            if (compile_entry(&wc->phrases[wc->count], &e[i])) {
                phrase *p = &wc->phrases[wc->count];
                p->lang = e[i].lang;
                p->lang_id = p->lang ? lang_id_of(p->lang, true) : LANG_UNLISTED;
                p->mul = p->lang && strcmp(p->lang, "mul") == 0;
                wc->count++;
            }
        for (i = 0; c == C_REQUEST && i < wc->count; i++)   /* does its language tell its moods? */
            for (size_t k = 0; k < wc->count && !wc->phrases[i].moods; k++)
                wc->phrases[i].moods = wc->phrases[k].imperative && wc->phrases[k].lang &&
                                       wc->phrases[i].lang && strcmp(wc->phrases[k].lang, wc->phrases[i].lang) == 0;
        index_class(wc);
    }
}

/* ---- tokens ------------------------------------------------------------- */

enum { T_WORD, T_NUM, T_SYMBOL };

typedef struct {
    const char *raw;            /* in the text */
    size_t len;
    char *fold;                 /* lower case, in the tokens' FOLDS */
    size_t fold_at, fold_len;   /* its offset in FOLDS and its bytes */
    int type;
    bool sentence_start;        /* first word of the text or after . ! ? : */
    bool quoted;                /* inside quotation marks: someone else's words */
    bool reported;              /* in a sentence attributed to a third party (said_by_other) */
    size_t sentence;            /* its sentence's number: . ! ? end one, quotes and ':' do not */
} token;

typedef struct {
    token *t;
    size_t count;
    al_buf folds;               /* every word's folded letters, one after another */
    const char *lang;           /* the text's language, NULL for every one's */
    int lang_id;                /* its place in langs[] (lang_id_of) */
} tokens;

static bool is_currency_cp(uint32_t c)
{
    return c == '$' || (c >= 0xA2 && c <= 0xA5) || (c >= 0x20A0 && c <= 0x20CF);
}

/* The percent sign, and the full-width one. */
static bool is_percent_cp(uint32_t c)
{
    return c == '%' || c == 0xFF05;
}

/* Letters of any script: ASCII letters and everything from U+00C0 that is
 * not punctuation, a symbol or an emoji. */
static bool is_letter_cp(uint32_t c)
{
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) &&
           !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE6F) && !(c >= 0xFF00 && c <= 0xFF20) &&
           c < 0x1F000;
}

/* Append the N bytes at S to B in lower case, as al_text_fold() folds
 * them; the words' folds share one buffer, not an allocation each. */
static bool fold_into(al_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    uint32_t cp;
    char enc[4];

    if (!al_buf_grow(b, n + 1))
        return false;
    while (i < n) {
        if (p[i] < 0x80) {
            al_buf_putc(b, (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]));
            i++;
            continue;
        }
        i += al_utf8_decode(p + i, n - i, &cp);
        al_buf_put(b, enc, al_utf8_encode(al_utf8_fold_cp(cp), enc));
    }
    return !b->failed;
}

static bool push(tokens *ts, const char *raw, size_t len, int type, bool start, bool quoted, size_t sentence)
{
    token *grown;

    if (ts->count >= MAX_TOKENS)
        return false;
    if (!(ts->count % 64)) {
        if (!(grown = realloc(ts->t, (ts->count + 64) * sizeof(*grown))))
            return false;
        ts->t = grown;
    }
    ts->t[ts->count] = (token){ raw, len, NULL, 0, 0, type, start, quoted, false, sentence };
    if (type != T_SYMBOL) {
        ts->t[ts->count].fold_at = ts->folds.len;
        if (!fold_into(&ts->folds, raw, len))
            return false;
        ts->t[ts->count].fold_len = ts->folds.len - ts->t[ts->count].fold_at;
        al_buf_putc(&ts->folds, '\0');
        if (ts->folds.failed)
            return false;
    }
    ts->count++;
    return true;
}

/* Quotation marks: „ « ‹ open, » › close, “ ” " open or close. */
static bool quote_mark(uint32_t c, bool *quoted)
{
    if (c == 0x201E || c == 0xAB || c == 0x2039)
        *quoted = true;
    else if (c == 0xBB || c == 0x203A)
        *quoted = false;
    else if (c == 0x201C || c == 0x201D || c == '"')
        *quoted = !*quoted;
    else
        return false;
    return true;
}

/* Words, numbers ("4.50", "1 000" is two) and currency signs and slashes;
 * each word knows whether it starts a sentence and whether it is quoted
 * (a person quoted in the news says "you" and "pay" to someone else). */
static void scan_tokens(const char *text, tokens *ts)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t n = strlen(text), i = 0;
    bool start = true, quoted = false;
    size_t sentence = 0;
    uint32_t c;

    while (i < n) {
        size_t len = al_utf8_decode(p + i, n - i, &c), j;
        if (c >= '0' && c <= '9') {
            for (j = i + 1; j < n && ((p[j] >= '0' && p[j] <= '9') ||
                                      ((p[j] == '.' || p[j] == ',') && j + 1 < n && p[j + 1] >= '0' && p[j + 1] <= '9'));
                 j++)
                ;
            if (!push(ts, text + i, j - i, T_NUM, start, quoted, sentence))
                return;
            start = false;
            i = j;
        } else if (is_letter_cp(c)) {
            uint32_t d;
            size_t l;
            for (j = i; j < n && (l = al_utf8_decode(p + j, n - j, &d), is_letter_cp(d)); j += l)
                ;
            if (!push(ts, text + i, j - i, T_WORD, start, quoted, sentence))
                return;
            start = false;
            i = j;
        } else {
            if (is_currency_cp(c) || is_percent_cp(c) || c == '/') {
                if (!push(ts, text + i, len, T_SYMBOL, false, quoted, sentence))
                    return;
            } else if (quote_mark(c, &quoted)) {
                start = true;
            } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026) {
                start = true;
                sentence += c != ':';
            }
            i += len;
        }
    }
}

/* The tokens of TEXT (scan_tokens), their folds found in FOLDS once it
 * has stopped growing. */
static void tokenize(const char *text, tokens *ts)
{
    size_t i;

    scan_tokens(text, ts);
    for (i = 0; i < ts->count; i++)
        if (ts->t[i].type != T_SYMBOL)
            ts->t[i].fold = ts->folds.data + ts->t[i].fold_at;
}

static void free_tokens(tokens *ts)
{
    free(ts->t);
    al_buf_free(&ts->folds);
}

/* ---- matching ----------------------------------------------------------- */

/* Does word W of an entry match token T? */
static bool word_is(const phrase *p, size_t w, const token *t)
{
    const char *want = p->words[w];
    size_t n = p->lens[w];

    if (p->cased)
        return t->len == n && memcmp(t->raw, want, n) == 0 && !t->sentence_start;
    if (p->prefix && w + 1 == p->count)
        return t->fold_len >= n && memcmp(t->fold, want, n) == 0;
    return t->fold_len == n && memcmp(t->fold, want, n) == 0;
}

/* Does entry P match the tokens from I on (words only; signs are skipped)? */
static bool entry_at(const phrase *p, const tokens *ts, size_t i)
{
    size_t w = 0, j = i;

    while (w < p->count && j < ts->count) {
        if (ts->t[j].type == T_SYMBOL) {
            j++;
            continue;
        }
        if (!word_is(p, w, &ts->t[j]))
            break;
        w++;
        j++;
    }
    return w == p->count;
}

/* Is entry P in the language numbered ID (lang_id_of; LANG_ALL: in
 * every one), LANG? "mul" is every language's. */
static bool in_lang(const phrase *p, int id, const char *lang)
{
    if (id == LANG_ALL || p->mul)
        return true;
    if (p->lang_id == LANG_UNLISTED)
        return p->lang && strcmp(p->lang, lang) == 0;
    return p->lang_id == id;
}

/* The first entry of class C (in the data's order) that starts at token
 * I, or NULL: the entries of the token's bucket and those every token
 * tries, merged in entry order. */
static const phrase *match_in(int c, const tokens *ts, size_t i, const char *lang)
{
    const word_class *wc = &classes[c];
    const token *t = &ts->t[i];
    const size_t *any, *own = NULL;
    size_t na, no = 0;
    int id;

    if (t->type == T_SYMBOL || !wc->index)
        return NULL;
    id = !lang ? LANG_ALL : lang == ts->lang ? ts->lang_id : lang_id_of(lang, false);
    any = wc->index + wc->start[BUCKETS];
    na = wc->any_count;
    if (t->fold[0] && t->fold[1]) {
        unsigned b = bucket_of(t->fold);
        own = wc->index + wc->start[b];
        no = wc->start[b + 1] - wc->start[b];
    }
    while (na || no) {
        size_t k = !no || (na && *any < *own) ? (na--, *any++) : (no--, *own++);
        if (in_lang(&wc->phrases[k], id, lang) && entry_at(&wc->phrases[k], ts, i))
            return &wc->phrases[k];
    }
    return NULL;
}

static const phrase *match_at(int c, const tokens *ts, size_t i)
{
    return match_in(c, ts, i, NULL);
}


/* Does LANG's own data read word token T as a unit ([speech.units]: the
 * German "TL", Teelöffel; the Dutch "tl", theelepel)? */
static bool own_unit(const token *t, const char *lang)
{
    size_t n = 0;
    const al_lang_entry *e = al_lang_table("speech.units", lang, &n);

    for (size_t k = 0; k < n; k++)
        if (strlen(e[k].key) == t->len && strncasecmp(e[k].key, t->raw, t->len) == 0)
            return true;
    return false;
}

/* Is token I a currency: a currency sign, or a currency word? A word
 * counts in every language ("euro", "dollars" are filed once), but a
 * word filed under another language than the text's LANG gives way to
 * the text's own unit of that spelling: Turkish "150 TL" is lira, the
 * German "2 TL Zucker" a teaspoon. */
static bool is_currency(const tokens *ts, size_t i, const char *lang)
{
    const token *t = &ts->t[i];
    const phrase *p;
    uint32_t c;

    if (t->type == T_SYMBOL)
        return al_utf8_decode((const unsigned char *)t->raw, t->len, &c) && is_currency_cp(c);
    if (t->type != T_WORD || (p = match_at(C_CURRENCY, ts, i)) == NULL)
        return false;
    return !lang || !strcmp(p->lang, lang) || !strcmp(p->lang, "mul") || !own_unit(t, lang);
}

/* The next word token from I on (signs skipped), or COUNT. */
static size_t word_from(const tokens *ts, size_t i)
{
    while (i < ts->count && ts->t[i].type == T_SYMBOL)
        i++;
    return i;
}

/* The word token before I (signs skipped), or (size_t)-1. */
static size_t word_before(const tokens *ts, size_t i)
{
    while (i > 0 && ts->t[i - 1].type == T_SYMBOL)
        i--;
    return i > 0 ? i - 1 : (size_t)-1;
}

/* Is a period within reach of the amount at tokens FROM..TO? */
static bool period_near(const tokens *ts, size_t from, size_t to)
{
    size_t i, words;

    for (i = to + 1, words = 0; i < ts->count && words < PERIOD_WORDS_AFTER; i++) {
        if (ts->t[i].type == T_SYMBOL)
            continue;
        if (match_at(C_PERIOD, ts, i))
            return true;
        words++;
    }
    for (i = from, words = 0; i > 0 && words < PERIOD_WORDS_BEFORE; i--) {
        if (ts->t[i - 1].type == T_SYMBOL)
            continue;
        if (match_at(C_PERIOD, ts, i - 1))
            return true;
        words++;
    }
    return false;
}

/* Is token I a percentage: a percent sign, or a share word ("Prozent",
 * "per cent")? Returns the token after it, or 0. */
static size_t percent_at(const tokens *ts, size_t i, const char *lang)
{
    const phrase *p;
    uint32_t c;

    if (ts->t[i].type == T_SYMBOL)
        return al_utf8_decode((const unsigned char *)ts->t[i].raw, ts->t[i].len, &c) && is_percent_cp(c) ? i + 1 : 0;
    if ((p = match_in(C_SHARE, ts, i, lang)) == NULL)
        return 0;
    for (size_t w = 0; w < p->count; w++)
        i = word_from(ts, i) + 1;
    return i;
}

/* A share of the reader's income at token I: a percentage, then within
 * SHARE_WORDS words the reader's possessive right before an income word
 * ("ein Prozent deines Bruttolohns", "1% of your salary", "1 % de votre
 * salaire"). Returns the income word's token, or 0. A share of someone
 * else's pay ("7 Prozent mehr Lohn", "1 % des Bruttolohns") is news. */
static size_t income_share_at(const tokens *ts, size_t i, const char *lang)
{
    size_t j = percent_at(ts, i, lang), words;

    if (!j)
        return 0;
    for (words = 0; (j = word_from(ts, j)) + 1 < ts->count && words < SHARE_WORDS; j++, words++) {
        size_t k = word_from(ts, j + 1);
        if (ts->t[j].sentence_start || ts->t[j].quoted)
            return 0;
        if (k < ts->count && !ts->t[k].sentence_start && match_in(C_ADDRESS, ts, j, lang) &&
            match_in(C_INCOME, ts, k, lang))
            return k;
    }
    return 0;
}

/* Is token I a price spelt in words: a number word of the text's
 * language ([extract.appeal_number]: "tres", "cinco") right before a
 * currency word or sign ("tres euros al mes")? An appeal that writes its
 * price out asks as one written in digits. Returns the currency's token,
 * or 0. */
static size_t number_word_amount(const tokens *ts, size_t i, const char *lang)
{
    size_t k;

    if (ts->t[i].type != T_WORD || !match_in(C_NUMBER, ts, i, lang))
        return 0;
    k = i + 1;
    return k < ts->count && is_currency(ts, k, lang) ? k : 0;
}

/* Amounts: a number with a currency sign or word right before or after,
 * a number word before a currency (number_word_amount), or a share of the
 * reader's income (a price as well). */
static void count_money(const tokens *ts, al_appeal_features *f, const char *lang)
{
    size_t i;

    for (i = 0; i < ts->count; i++) {
        size_t from = i, to = i;
        if (!ts->t[i].quoted && (to = income_share_at(ts, i, lang)) != 0) {
            f->money++;
            f->money_period += period_near(ts, from, to);
            i = to;
            continue;
        }
        if (!ts->t[i].quoted && (to = number_word_amount(ts, i, lang)) != 0) {
            f->money++;
            f->money_period += period_near(ts, from, to);
            i = to;
            continue;
        }
        to = i;
        if (ts->t[i].type != T_NUM)
            continue;
        if (i > 0 && is_currency(ts, i - 1, lang))
            from = i - 1;
        else if (i + 1 < ts->count && is_currency(ts, i + 1, lang))
            to = i + 1;
        else
            continue;
        f->money++;
        if (period_near(ts, from, to))
            f->money_period++;
    }
}

/* ---- bank details: shapes, not words ------------------------------------ */

static bool upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool digit(char c) { return c >= '0' && c <= '9'; }
static bool alnum_upper(char c) { return upper(c) || digit(c); }

/* An IBAN at S: a country code, two check digits, then the account in
 * letters and digits, in groups of up to four or in one run. */
static bool iban_at(const char *s)
{
    size_t i = 4, chars = 4, digits = 2, group = 0;

    if (!(upper(s[0]) && upper(s[1]) && digit(s[2]) && digit(s[3])))
        return false;
    for (;; i++) {
        if (alnum_upper(s[i])) {
            chars++;
            digits += digit(s[i]);
            group++;
        } else if (s[i] == ' ' && alnum_upper(s[i + 1]) && group <= 4) {
            group = 0;
        } else {
            break;
        }
    }
    return chars >= IBAN_MIN_CHARS && chars <= IBAN_MAX_CHARS && digits >= IBAN_MIN_DIGITS;
}

/* An account number at S: 16 to 30 digits in groups joined by single spaces
 * or hyphens ("12 3456 7890 ..."), or in one run. */
static bool account_at(const char *s)
{
    size_t i, digits = 0;

    for (i = 0;; i++) {
        if (digit(s[i]))
            digits++;
        else if (!((s[i] == ' ' || s[i] == '-') && digit(s[i + 1])))
            break;
    }
    return digits >= ACCOUNT_MIN_DIGITS && digits <= ACCOUNT_MAX_DIGITS;
}

/* A UK sort code at S: "12-34-56" alone (not a longer run of pairs). */
static bool sort_code_at(const char *s)
{
    return digit(s[0]) && digit(s[1]) && s[2] == '-' && digit(s[3]) && digit(s[4]) && s[5] == '-' && digit(s[6]) &&
           digit(s[7]) && !digit(s[8]) && !(s[8] == '-' && digit(s[9]));
}

/* A run of exactly N digits somewhere in TEXT. */
static bool digit_run(const char *text, size_t n)
{
    const char *s;

    for (s = text; *s; s++)
        if (digit(*s) && (s == text || !digit(s[-1]))) {
            size_t k = strspn(s, "0123456789");
            if (k == n && s[k] != '-')
                return true;
            s += k - 1;
        }
    return false;
}

/* A BIC: four letters (the bank), two (the country), two letters or digits
 * (the place) and three more or none (the branch), in capitals, after a
 * "BIC" or "SWIFT" label (an eight-letter word in capitals is otherwise
 * just a word). */
static bool bic_token(const tokens *ts, size_t i)
{
    const token *t = &ts->t[i];
    size_t k, back;

    if (t->type != T_WORD && t->type != T_NUM)
        return false;
    if (t->len != 8 && t->len != 11)
        return false;
    for (k = 0; k < t->len; k++)
        if (k < 6 ? !upper(t->raw[k]) : !alnum_upper(t->raw[k]))
            return false;
    for (back = 1; back <= BIC_LABEL_TOKENS && back <= i; back++) {
        const char *f = ts->t[i - back].fold;
        if (f && (strcmp(f, "bic") == 0 || strcmp(f, "swift") == 0))
            return true;
    }
    return false;
}

static int count_bank_ids(const char *text, const tokens *ts)
{
    const char *s;
    int n = 0;
    size_t i;

    for (s = text; *s; s++) {
        bool boundary = s == text || !(alnum_upper(s[-1]) || (s[-1] >= 'a' && s[-1] <= 'z'));
        if (!boundary)
            continue;
        if (iban_at(s) || account_at(s) || (sort_code_at(s) && digit_run(text, UK_ACCOUNT_DIGITS))) {
            n++;
            while (alnum_upper(s[1]) || ((s[1] == ' ' || s[1] == '-') && alnum_upper(s[2])))
                s++;                    /* past this one's groups */
        }
    }
    for (i = 0; i < ts->count; i++)
        n += bic_token(ts, i);
    return n;
}

/* ---- features and score ------------------------------------------------- */

/* A one-word channel written as a brand (two capitals or more: "BLIK",
 * "PayPal") with an inflection ending of small letters, as Polish and
 * other inflected languages write it ("przelej BLIKiem", "przez
 * PayPala"): the channel. A word in small letters ("blikken") is not. */
static const phrase *channel_inflected(const token *t)
{
    const word_class *wc = &classes[C_CHANNEL];
    size_t k, n, capitals = 0, ending;

    if (t->type != T_WORD)
        return NULL;
    for (k = 0; k < t->len; k++)
        capitals += t->raw[k] >= 'A' && t->raw[k] <= 'Z';
    if (capitals < 2)
        return NULL;
    for (k = 0; k < wc->count; k++) {
        const phrase *p = &wc->phrases[k];
        if (p->count != 1 || p->cased)
            continue;
        n = strlen(p->words[0]);
        ending = t->len - n;
        if (t->len <= n || ending > INFLECTION_MAX_LETTERS || strncmp(t->fold, p->words[0], n) != 0)
            continue;
        for (; n < t->len && t->raw[n] >= 'a' && t->raw[n] <= 'z'; n++)
            ;
        if (n == t->len)
            return p;
    }
    return NULL;
}

/* Count channel P once: 1 when it is new to SEEN, else 0. */
static int note_channel(const phrase **seen, size_t *count, const phrase *p)
{
    size_t k;

    for (k = 0; k < *count; k++)
        if (seen[k] == p)
            return 0;
    if (*count < MAX_CHANNELS)
        seen[(*count)++] = p;
    return 1;
}

/* A word in capitals (two letters or more) in a text that has small
 * letters is an acronym or a name ("US", "WE Charity"), not the word
 * it spells; a button in capitals ("SUPPORT US") has no small letters. */
static bool acronym(const token *t, bool small_letters)
{
    size_t k;

    if (!small_letters || t->type != T_WORD || t->len < 2)
        return false;
    for (k = 0; k < t->len; k++)
        if (t->raw[k] < 'A' || t->raw[k] > 'Z')
            return false;
    return true;
}

/* The sentences TEXT ends: a ".", "!" or "?" at the end or before white
 * space, after a word of SENTENCE_WORD_MIN_BYTES bytes or more or after a
 * closing quote or bracket ("Stichwort „Weserau“."); not a number's or an
 * abbreviation's period ("Kto. Nr. 12", "z. B."). */
static int count_sentences(const char *text)
{
    const char *p, *w;
    int n = 0;

    for (p = text + 1; *p; p++) {
        unsigned char before = (unsigned char)p[-1];
        bool quote = strchr(")]\"'", before) != NULL ||           /* ASCII, then U+201C, U+201D, U+00BB */
                     (p - text >= 3 && (memcmp(p - 3, "\xE2\x80\x9C", 3) == 0 ||
                                        memcmp(p - 3, "\xE2\x80\x9D", 3) == 0)) ||
                     (p - text >= 2 && memcmp(p - 2, "\xC2\xBB", 2) == 0);

        if (!strchr(".!?", *p) || (p[1] && !isspace((unsigned char)p[1])))
            continue;
        if (!quote && !isalpha(before) && before < 0x80)
            continue;                   /* "12.", ". . ." */
        for (w = p; w > text && !isspace((unsigned char)w[-1]); w--)
            ;
        n += quote || p - w >= SENTENCE_WORD_MIN_BYTES;
    }
    return n;
}

/* Is the request REQ at token I the site offering the reader something,
 * not asking: its subject is the site's "we", right before it or with one
 * word between in the same sentence ("We'll give you $50,000 cash", "we
 * will send you"), and its object is the reader, right after it? An
 * appeal asks the reader to give; here the site gives. */
static bool site_offers(const tokens *ts, size_t i, const phrase *req, const char *lang)
{
    size_t k = word_before(ts, i), j = i, w;

    if (ts->t[i].sentence_start || k == (size_t)-1)
        return false;
    if (!match_in(C_SELF, ts, k, lang)) {
        if (ts->t[k].sentence_start || (k = word_before(ts, k)) == (size_t)-1 || !match_in(C_SELF, ts, k, lang))
            return false;
    }
    for (w = 0; w < req->count; w++)
        j = word_from(ts, j) + 1;
    j = word_from(ts, j);
    return j < ts->count && !ts->t[j].sentence_start && match_in(C_ADDRESS, ts, j, lang) != NULL;
}

/* Does the request verb at token I report a giving, not ask for one: a
 * finite "is", "was", "has" ([extract.appeal_report]) right before it, and
 * before that neither the site's "we" nor the reader ("Lorelei is donating
 * 2 of her Tin Snippets", "the firm has pledged $1m")? Someone else gives:
 * news, asked of nobody. */
static bool reports_giving(const tokens *ts, size_t i, const char *lang)
{
    size_t k = word_before(ts, i), s;

    if (ts->t[i].sentence_start || k == (size_t)-1 || !match_in(C_REPORT, ts, k, lang))
        return false;
    if (ts->t[k].sentence_start)
        return false;                   /* "Is donating ...?": a question */
    s = word_before(ts, k);
    return s != (size_t)-1 && !match_in(C_SELF, ts, s, lang) && !match_in(C_ADDRESS, ts, s, lang);
}

/* Does LANG write its nouns with a capital (speech.settings
 * nouns_capitalised: German)? */
static bool nouns_capitalised(const char *lang)
{
    size_t n, k;
    const al_lang_entry *e = lang ? al_lang_table("speech.settings", lang, &n) : NULL;

    for (k = 0; e && k < n; k++)
        if (strcmp(e[k].key, "nouns_capitalised") == 0)
            return e[k].value && strcmp(e[k].value, "yes") == 0;
    return false;
}

/* Is the request verb REQ at token I a noun: in a language that writes
 * its nouns with a capital (NOUNS), written so inside a sentence, a
 * capital and small letters, with no reader addressed right after it?
 * "3.480 Euro an Spenden eingenommen", "beim Helfen" name the deed; the
 * polite imperative is the verb ("Spenden Sie"), a sentence's first word
 * may be either, and a button in capitals or with every word capitalised
 * ("JETZT SPENDEN", "Jetzt Spenden", no sentence ended: SENTENCES 0)
 * has no nouns to tell. */
static bool request_is_noun(const tokens *ts, size_t i, const phrase *req, bool nouns, int sentences,
                            const char *lang)
{
    const token *t = &ts->t[i];
    size_t k, j;

    if (!nouns || !sentences || t->sentence_start || req->cased || req->imperative || !upper(t->raw[0]))
        return false;
    for (k = 1; k < t->len; k++)
        if (upper(t->raw[k]))
            return false;
    for (k = 0, j = i; k < req->count; k++)
        j = word_from(ts, j) + 1;
    j = word_from(ts, j);
    return !(j < ts->count && !ts->t[j].sentence_start && match_in(C_ADDRESS, ts, j, lang));
}

/* Is token T written with a capital: a name ("Tom", "Karin") or a role in
 * German ("Vereinschef")? */
static bool capitalised(const token *t)
{
    return t->type == T_WORD && t->fold && strncmp(t->raw, t->fold, t->len) != 0;
}

/* Is the reporting verb of [extract.appeal_said] at token I ("says",
 * "zegt", "a déclaré", "powiedział") an attribution to a third party:
 * a name or a role written with a capital within SAID_NAME_WORDS words
 * after it ("says chairman Tom Hale", "zegt voorzitter Karin Smit"), or
 * the sentence ending within SAID_TAIL_WORDS words after it ("..., Tom
 * Hale said.", "..., explique le président du club."), or a colon right
 * after it and a name within SAID_NAME_WORDS words before it ("Chairman
 * Tom Hale says: ...")? Not when the words after it up to the name, or
 * the one before it, are the site or the reader: "Support us, says our
 * editor", "as we said", "as you said". */
static bool said_by_other(const tokens *ts, size_t i, const char *lang)
{
    const phrase *p = match_in(C_SAID, ts, i, lang);
    size_t j = i, k, words, sentence = ts->t[i].sentence;
    bool named = false, ends = true;

    if (!p || ts->t[i].quoted)
        return false;
    k = word_before(ts, i);
    if (k != (size_t)-1 && ts->t[k].sentence == sentence &&
        (match_in(C_SELF, ts, k, lang) || match_in(C_ADDRESS, ts, k, lang)))
        return false;
    for (size_t w = 0; w < p->count; w++)
        j = word_from(ts, j) + 1;
    j = word_from(ts, j);
    if (j < ts->count && ts->t[j].sentence == sentence && ts->t[j].sentence_start) {
        /* a colon (or a quote) opens what is said: the name stands before */
        for (words = 0; k != (size_t)-1 && ts->t[k].sentence == sentence && words < SAID_NAME_WORDS; words++) {
            if (capitalised(&ts->t[k]) && !ts->t[k].sentence_start)
                return true;
            if (ts->t[k].sentence_start || (k = word_before(ts, k)) == (size_t)-1)
                break;
        }
        return false;
    }
    for (words = 0; (j = word_from(ts, j)) < ts->count && ts->t[j].sentence == sentence; j++, words++) {
        if (words >= SAID_TAIL_WORDS) {
            ends = false;
            break;
        }
        if (words < SAID_NAME_WORDS && !named) {
            if (match_in(C_SELF, ts, j, lang) || match_in(C_ADDRESS, ts, j, lang))
                return false;
            named = capitalised(&ts->t[j]) && !ts->t[j].sentence_start;
        }
    }
    return named || ends;
}

/* Mark the tokens of each sentence that is attributed to a third party
 * (said_by_other) and has no word of the site's own ("we", "our": the
 * site's appeal quoting its editor is still the site's) as reported:
 * "Bij de tennisclub word je lid voor 120 euro per jaar, zegt voorzitter
 * Karin Smit" is the news the article tells, not the site asking. */
static void mark_reported(tokens *ts, const char *lang)
{
    size_t i, from = 0;

    for (i = 0; i <= ts->count; i++) {
        bool said = false, own = false;
        size_t k;
        if (i < ts->count && ts->t[i].sentence == ts->t[from].sentence)
            continue;
        for (k = from; k < i; k++) {
            if (ts->t[k].type == T_SYMBOL || ts->t[k].quoted)
                continue;
            said = said || said_by_other(ts, k, lang);
            own = own || match_in(C_SELF, ts, k, lang) != NULL;
        }
        for (k = from; said && !own && k < i; k++)
            ts->t[k].reported = true;
        from = i;
    }
}

void al_appeal_measure(const char *text, al_appeal_features *f)
{
    al_appeal_measure_keyed(text, NULL, f);
}

void al_appeal_measure_keyed(const char *text, const char *given, al_appeal_features *f)
{
    tokens ts = { 0 };
    char *made = NULL;
    const char *key;
    size_t i;
    const char *lang;
    bool small_letters, nouns;
    int sentences;
    const phrase *seen[MAX_CHANNELS], *chan;
    size_t seen_count = 0;

    memset(f, 0, sizeof(*f));
    if (!text || !*text)
        return;
    pthread_once(&classes_once, make_classes);
    tokenize(text, &ts);
    small_letters = strpbrk(text, "abcdefghijklmnopqrstuvwxyz") != NULL;
    key = given ? given : (made = al_text_key(text));   /* the language guess's and the lexicon's */
    lang = al_lang_guess_latin_key(key);    /* NULL: every language's words */
    ts.lang = lang;
    ts.lang_id = lang_id_of(lang, false);
    nouns = nouns_capitalised(lang);
    sentences = count_sentences(text);
    mark_reported(&ts, lang);
    for (i = 0; i < ts.count; i++) {
        const phrase *req;
        if (ts.t[i].type == T_SYMBOL)
            continue;
        f->words++;
        if (ts.t[i].quoted || ts.t[i].reported)
            continue;                   /* a quote's "you" and "we" are not the page's, nor
                                         * those of words said by someone else */
        /* a channel is a brand, often written in capitals: "BLIK", "MB WAY";
         * each counts once ("PayPal ... PayPal" is one channel) */
        if ((chan = match_at(C_CHANNEL, &ts, i)) != NULL || (chan = channel_inflected(&ts.t[i])) != NULL)
            f->channel += note_channel(seen, &seen_count, chan);
        f->tip += match_at(C_TIP, &ts, i) != NULL;
        if (acronym(&ts.t[i], small_letters))
            continue;                   /* "US shops": a country, not "us" */
        f->address += match_in(C_ADDRESS, &ts, i, lang) != NULL;
        if ((req = match_in(C_REQUEST, &ts, i, lang)) != NULL &&
            request_is_noun(&ts, i, req, nouns, sentences, lang)) {
            ;                           /* a noun: "an Spenden eingenommen" */
        } else if (req != NULL && reports_giving(&ts, i, lang)) {
            f->reported++;
        } else if (req != NULL && !site_offers(&ts, i, req, lang)) {
            f->request++;
            /* "Become a member", "Hazte socio": the imperative asks the reader;
             * a sentence's first word is one in English ("Support us"), not
             * where the table marks the imperatives: the infinitive or the
             * "we" form that starts "Ser socio cuesta 60 euros", "Devenir
             * membre coûte ...", "Pedimos a la Diputación" is a subject */
            f->address += req->imperative || (ts.t[i].sentence_start && !req->moods);
        }
        f->self += match_in(C_SELF, &ts, i, lang) != NULL;
        f->member += match_in(C_MEMBER, &ts, i, lang) != NULL;
        f->tax += match_in(C_TAX, &ts, i, lang) != NULL;
    }
    count_money(&ts, f, lang);
    f->bank_id = count_bank_ids(text, &ts);
    f->sentences = sentences;
    if (key) {
        f->payment = al_lexicon_count(AL_LEX_PAYMENT, key);
        f->phrase = al_lexicon_count(AL_LEX_APPEAL, key);
    }
    free(made);
    free_tokens(&ts);
}

int al_appeal_score(const al_appeal_features *f)
{
    int money = f->money_period ? 2 : f->money ? 1 : 0;

    return (f->address > 0) + (f->request > 0) + (f->self > 0) + (f->member >= 2 ? 2 : f->member) + money +
           2 * (f->channel > 0) + (f->payment > 0) + (f->tax > 0) + 3 * (f->bank_id > 0) +
           2 * (f->phrase > 0);
}

/* The score of what is asked for: price, membership, channel, bank details. */
static int what_score(const al_appeal_features *f)
{
    int money = f->money_period ? 2 : f->money ? 1 : 0;

    return (f->member >= 2 ? 2 : f->member) + money + 2 * (f->channel > 0) + (f->payment > 0) +
           (f->tax > 0) + 3 * (f->bank_id > 0);
}

/* The ways to pay a text names: its channels, a payment word of the
 * lexicon ("bonifico", "bank transfer"), bank details, a tax scheme that
 * gives to the site or refunds the gift ("il tuo 5x1000", "un reçu
 * fiscal"). */
static int ways_to_pay(const al_appeal_features *f)
{
    return f->channel + (f->payment > 0) + (f->bank_id > 0) + (f->tax > 0);
}

static bool features_appeal(const al_appeal_features *f)
{
    int need = APPEAL_SCORE_SHORT;

    if (!f->words || f->words > APPEAL_MAX_WORDS)
        return false;
    if (f->bank_id && ((f->words <= BANK_LINE_MAX_WORDS && f->sentences < 2) || f->address || f->self))
        return true;                    /* a line of bank details, or the site's to you; two
                                         * sentences that speak to nobody are news ("Wer helfen
                                         * will, kann auf das Spendenkonto der Stadt überweisen:
                                         * IBAN ... Spendenquittungen stellt die Stiftung aus") */
    if (f->tip && f->address && f->words <= APPEAL_PROSE_WORDS)
        return true;                    /* a tip jar told to the reader: its one use is a gift to
                                         * the writer, whatever the verb ("możesz postawić mi
                                         * wirtualną kawę na buycoffee.to") */
    if (!f->request && !(f->address && (f->money_period || f->tax) &&
                         (f->channel >= 2 || (f->self && ways_to_pay(f) >= 2))))
        return false;                   /* asks nothing, unless it tells the reader the price per
                                         * period and two channels ("Od 10 zł miesięcznie na
                                         * Patronite dostajecie ... możecie przelać BLIKiem") or, for
                                         * the site ("ci aiuti"), two ways to pay ("con 2 euro al
                                         * mese su Satispay o con un bonifico"); a tax scheme that
                                         * refunds the gift tells what it costs the reader as a
                                         * price does ("passe par notre page HelloAsso. Vous
                                         * recevrez un reçu fiscal") */
    if (!f->address && !(f->self && (f->money_period || f->channel)))
        return false;                   /* nobody is asked: news about money */
    if (!f->self && !f->money && !f->member)
        return false;                   /* asked for nothing for the site: "you can donate it, sell it" */
    if (f->words > APPEAL_PROSE_WORDS && what_score(f) < LONG_MIN_WHAT)
        return false;                   /* a paragraph needs more than one word of what it asks */
    if (f->words > APPEAL_PROSE_WORDS && !f->money_period && !f->channel && !f->payment && !f->bank_id)
        return false;                   /* ... and how to pay it */
    if (f->words > APPEAL_SHORT_WORDS) {
        if (!f->address)
            return false;               /* a long text that asks nobody is news ("a me-too service ... PayPal") */
        need += f->words > APPEAL_MEDIUM_WORDS ? 2 : 1;
    }
    return al_appeal_score(f) >= need;
}

bool al_appeal_text(const char *text)
{
    al_appeal_features f;

    al_appeal_measure(text, &f);
    return features_appeal(&f);
}

bool al_appeal_is(const al_appeal_features *f)
{
    return features_appeal(f);
}

/* Does a block with features F, beside an appeal, continue it? Out of
 * the appeal's own box (BOXED false), a price said to nobody in a sentence
 * is the article's news: "the members' meeting raises the fee by 18 euros
 * a year", "instead of a paid membership, which cost £4 a month"; a tier
 * is a fragment ("R$ 10 por mês – seu nome nos créditos") or speaks to the
 * reader or for the site. In the box, the appeal's own terms ("La tessera
 * costa 15 euro l'anno") are its. So are bank details under the ask (its
 * terms follow it: "Możesz też ... przelać dowolną kwotę na konto
 * fundacji: 61 1020 ..."), and above it a line of them, a sentence with a
 * payment word ("Spendenkonto") or one told to the reader or by the site.
 * An account number ABOVE the ask, in sentences that name no reader, no
 * site, no request and no payment word, reports what others did, the
 * story's ("Zij maakten het geld allemaal over naar hetzelfde
 * rekeningnummer: NL47 BUNQ ...": the fraudsters' account, in the
 * paragraph above the site's own appeal;
 * b46-nl-nepfactuur-iban-oplichting, de-stadtblog-inkasso-iban-bericht). */
static bool features_continue(const al_appeal_features *f, bool boxed, bool above)
{
    bool told = boxed || f->address || f->self || f->request || !f->sentences;

    if (!f->words || f->words > CONTINUE_MAX_WORDS)
        return false;
    return (told && (f->money_period || (f->member && f->money))) || f->channel ||
           (f->bank_id && (!above || told || f->payment)) || f->phrase ||
           (f->request && (f->address || f->self || f->words <= CONTINUE_BUTTON_WORDS));
}

bool al_appeal_continues(const char *text, bool boxed)
{
    return al_appeal_goes_on(text, boxed, false, false);
}

/* The block right beside an appeal also joins it when it speaks of how the
 * site is paid for (membership, "no paywall", "no advertisers", "paid for
 * by readers") to the reader or as the site's "we": the appeal's evidence
 * is often spread over two paragraphs, the case first, then the ask ("We
 * don't put this behind a paywall and we never will." / "Back us with £5
 * a month"). Only the nearest block: a run of them would eat prose. In
 * the appeal's own small box (BOXED), money told by the site or to the
 * reader is the appeal's terms too, with no period: a matching gift over
 * the bank details ("Unser Ehrenmitglied legt auf jeden Euro einen
 * zweiten obendrauf - bis 1.500 Euro"). */
bool al_appeal_adjoins(const char *text, bool boxed)
{
    return al_appeal_goes_on(text, boxed, true, false);
}

/* al_appeal_adjoins (NEAREST) or al_appeal_continues, told on which side
 * of the appeal TEXT stands: ABOVE it, bank details alone in a report
 * continue nothing (features_continue). The two above are this one with
 * the side left out. */
bool al_appeal_goes_on(const char *text, bool boxed, bool nearest, bool above)
{
    al_appeal_features f;

    al_appeal_measure(text, &f);
    if (features_continue(&f, boxed, above))
        return true;
    return nearest && f.words <= CONTINUE_MAX_WORDS && (f.address || f.self) && (f.member || (boxed && f.money));
}

/* A block in the appeal's own inset box that tells the site's story in
 * its "we", with no ask or price of its own ("Em 1994 este jornal cabia
 * numa garagem ... é quem nos lê que põe a gasolina"): the case the ask
 * under it makes. The box is the evidence (boilerplate.c); outside it, a
 * "we" is the article's. */
bool al_appeal_told_by_site(const char *text)
{
    al_appeal_features f;

    al_appeal_measure(text, &f);
    return f.words && f.words <= CONTINUE_MAX_WORDS && f.self;
}

/* The terms under an appeal's heading ("Seja sócio do CDR" over "Por 2
 * euros por mês ... Pode pagar por MB WAY ... ou para o IBAN ..."): the
 * heading asked, the block tells how to pay, in the formal third person
 * that names no reader. Two ways to pay (channels, a payment word, bank
 * details), or one with a price per period; up to CONTINUE_MAX_WORDS.
 * A story's section under such a heading tells of a fee, not of two
 * accounts to pay it into. */
bool al_appeal_terms(const char *text)
{
    al_appeal_features f;
    int ways;

    al_appeal_measure(text, &f);
    ways = ways_to_pay(&f);
    return f.words && f.words <= CONTINUE_MAX_WORDS && (ways >= 2 || (ways >= 1 && f.money_period));
}

/* A plea with no request verb: it tells the reader (a "you") a price per
 * period and a way to pay (a channel, a payment word, bank details, a
 * tax scheme), in at most APPEAL_PROSE_WORDS words ("si vous voulez
 * qu'on continue ..., deux euros par mois sur Tipeee suffisent"). Alone
 * it may be a consumer tip on a service's fee; the caller brings the
 * evidence of where it stands (boilerplate.c: the article's last line,
 * set apart in italics or small print). */
bool al_appeal_priced_plea(const char *text)
{
    al_appeal_features f;

    al_appeal_measure(text, &f);
    return f.words && f.words <= APPEAL_PROSE_WORDS && f.address && !f.reported && f.money_period &&
           ways_to_pay(&f) >= 1;
}

bool al_appeal_heading(const char *text)
{
    al_appeal_features f;

    al_appeal_measure(text, &f);
    if (!f.words || f.words > HEADING_MAX_WORDS)
        return false;
    return (f.request && (f.address || f.self || f.member || f.channel)) || f.phrase;
}
