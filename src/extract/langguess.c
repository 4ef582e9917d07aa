/*
 * langguess.c - the article's language when the page does not declare it.
 *
 * A page without <html lang>, og:locale or Content-Language would be read
 * by the default English voice, which spells Chinese or Russian text out
 * sign by sign. The script of the article's letters settles most
 * languages (Han with or without kana, Hangul, Cyrillic, Greek, Arabic,
 * Hebrew, Thai, Devanagari); Latin-script text is told apart by its
 * function words, with the stop-word lists of data/lang ([extract.stopwords]:
 * every language that has one is a candidate). When nothing is clear the
 * guess is NULL and the default voice reads, as before.
 *
 * A page that declares a language may declare the template's, not the
 * article's (al_lang_article): a lang attribute on the elements that hold
 * most of the article's words, or the article's own words guessed with
 * confidence, beats it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "langdata.h"
#include "lexicon.h"
#include "util.h"

#define SAMPLE_BYTES 20000      /* enough text to tell; bounded work */
#define MIN_LETTERS 20
#define MIN_DENSITY 0.15        /* of the words, function words of the best language */
#define MARGIN 1.25             /* the best language over the runner-up */
/* A declared language the article's text contradicts (al_lang_article):
 * guessed from OVERRIDE_MIN_WORDS words or more, and the guess's function
 * words OVERRIDE_FACTOR times as dense as the declared language's. */
#define OVERRIDE_MIN_WORDS 120
#define OVERRIDE_FACTOR 2.0

enum { LATIN, HAN, KANA, HANGUL, CYRILLIC, UKRAINIAN, GREEK, ARABIC, PERSIAN, HEBREW, THAI,
       DEVANAGARI, SCRIPTS };

static int script_of(uint32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
        return LATIN;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
        return HAN;
    if (c >= 0x3040 && c <= 0x30FF)
        return KANA;
    if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF))
        return HANGUL;
    if (c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491)      /* і ї є ґ */
        return UKRAINIAN;
    if (c >= 0x400 && c <= 0x4FF)
        return CYRILLIC;
    if (c >= 0x370 && c <= 0x3FF)
        return GREEK;
    if (c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF)      /* پ چ ژ گ */
        return PERSIAN;
    if (c >= 0x600 && c <= 0x6FF)
        return ARABIC;
    if (c >= 0x590 && c <= 0x5FF)
        return HEBREW;
    if (c >= 0xE00 && c <= 0xE7F)
        return THAI;
    if (c >= 0x900 && c <= 0x97F)
        return DEVANAGARI;
    return -1;
}

/* The text a guess is made on: the article's blocks, up to SAMPLE_BYTES. */
static char *sample(const al_items *items)
{
    al_buf b = AL_BUF_INIT;
    size_t i;

    for (i = 0; i < items->count && b.len < SAMPLE_BYTES; i++) {
        const al_item *it = &items->items[i];
        if (it->junk || it->kind == AL_ITEM_RULE || it->kind == ALOUD_BLOCK_CODE)
            continue;
        al_buf_puts(&b, it->text);
        al_buf_putc(&b, '\n');
    }
    return al_buf_detach(&b);
}

/* How many words of KEY are function words of language A and not of B. */
static size_t own_words(const char *key, const char *a, const char *b)
{
    char word[64];
    size_t count = 0;

    while (*key) {
        size_t n = strcspn(key, " ");
        if (n < sizeof(word)) {
            memcpy(word, key, n);
            word[n] = '\0';
            if (al_lexicon_stopword_density(word, a) > 0 && al_lexicon_stopword_density(word, b) <= 0)
                count++;
        }
        key += n;
        key += strspn(key, " ");
    }
    return count;
}

/* Latin script: the language whose function words are densest, when it
 * stands out from the others (the order the languages are tried in does
 * not matter: a tie never stands out). Two languages that write some
 * function words alike (Danish and Norwegian "og", "ikke"; Danish and
 * English "at", "for") are told apart by the words only one of them lists:
 * a short Danish paragraph whose "at" and "for" count for English and
 * Norwegian too stands out by its "ikke", "jeg" and "hende". */
const char *al_lang_guess_latin(const char *text)
{
    char *key = al_text_key(text);
    const char *best = al_lang_guess_latin_key(key);

    free(key);
    return best;
}

const char *al_lang_guess_latin_key(const char *key)
{
    al_lex_density d[AL_LEX_STOP_LANGS];
    size_t k, n = key ? al_lexicon_stopword_densities(key, d) : 0, mine, theirs;
    const char *best = NULL, *runner = NULL;
    double top = 0, second = 0, third = 0;

    for (k = 0; k < n; k++) {
        if (d[k].density > top) {
            third = second;
            second = top;
            runner = best;
            top = d[k].density;
            best = d[k].lang;
        } else if (d[k].density > second) {
            third = second;
            second = d[k].density;
            runner = d[k].lang;
        } else if (d[k].density > third) {
            third = d[k].density;
        }
    }
    /* a close runner-up, the others far behind: the words of their own decide */
    if (best && top >= MIN_DENSITY && top < MARGIN * second && top > second && top >= MARGIN * third &&
        runner) {
        mine = own_words(key, best, runner);
        theirs = own_words(key, runner, best);
        if (!(mine > 0 && (double)mine > MARGIN * (double)theirs))
            best = NULL;
    } else if (!(best && top >= MIN_DENSITY && top >= MARGIN * second)) {
        best = NULL;
    }
    return best;
}

char *al_lang_guess(const al_items *items)
{
    static const char *const tags[SCRIPTS] = {
        [HAN] = "zh", [KANA] = "ja", [HANGUL] = "ko", [CYRILLIC] = "ru", [UKRAINIAN] = "uk",
        [GREEK] = "el", [ARABIC] = "ar", [PERSIAN] = "fa", [HEBREW] = "he", [THAI] = "th",
        [DEVANAGARI] = "hi"
    };
    char *text = sample(items);
    const unsigned char *p = (const unsigned char *)text;
    size_t n = text ? strlen(text) : 0, i = 0, count[SCRIPTS] = { 0 }, letters = 0, cjk;
    const char *tag = NULL;
    int s, top = LATIN;
    uint32_t c;

    while (i < n) {
        i += al_utf8_decode(p + i, n - i, &c);
        if ((s = script_of(c)) >= 0) {
            count[s]++;
            letters++;
        }
    }
    /* Ukrainian letters and Persian ones count for their whole script */
    count[CYRILLIC] += count[UKRAINIAN];
    count[ARABIC] += count[PERSIAN];
    cjk = count[HAN] + count[KANA];
    for (s = 0; s < SCRIPTS; s++)
        if (s != UKRAINIAN && s != PERSIAN && s != KANA && count[s] > count[top])
            top = s;
    if (cjk > count[top])
        top = HAN;
    if (letters < MIN_LETTERS || (top == HAN ? cjk : count[top]) * 2 < letters) {
        free(text);
        return NULL;
    }
    if (top == LATIN)
        tag = al_lang_guess_latin(text);
    else if (top == HAN)
        tag = count[KANA] * 20 >= cjk ? "ja" : "zh";      /* Japanese: 5 % kana or more */
    else if (top == CYRILLIC)
        tag = count[UKRAINIAN] * 200 >= count[CYRILLIC] ? "uk" : "ru";
    else if (top == ARABIC)
        tag = count[PERSIAN] * 200 >= count[ARABIC] ? "fa" : "ar";
    else
        tag = tags[top];
    free(text);
    return tag ? al_strdup(tag) : NULL;
}

/* Same primary language ("en-GB" and "en")? */
static bool same_primary(const char *a, const char *b)
{
    size_t n = strcspn(a, "-_"), m = strcspn(b, "-_");

    return n == m && strncasecmp(a, b, n) == 0;
}

/* The primary subtag of TAG ("pt" of "pt-BR") in OUT of SIZE bytes. */
static void primary_of(const char *tag, char *out, size_t size)
{
    size_t n = strcspn(tag, "-_");

    if (n >= size)
        n = size - 1;
    memcpy(out, tag, n);
    out[n] = '\0';
}

/* The lang attribute nearest to node I, at or above it (NULL: none). */
static const char *nearest_lang(const al_dom *dom, int i)
{
    for (; i >= 0; i = dom->nodes[i].parent) {
        const char *l = al_dom_attr(dom, i, "lang");
        if (!l)
            l = al_dom_attr(dom, i, "xml:lang");
        if (l && *l)
            return l;
    }
    return NULL;
}

/* The lang attribute that most of the article's words carry, when it is
 * not DECLARED's language and covers more than half of them: the article
 * block's own <div lang="es"> on a template that says <html lang="en">.
 * A quote marked in another language is a minority and changes nothing. */
static const char *marked_lang(const al_items *items, const al_dom *dom, const char *declared)
{
    const char *other = NULL;
    size_t words = 0, marked = 0;

    for (size_t i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        const char *l;
        size_t n;

        if (it->junk || !al_item_is_block(it) || it->node < 0 || it->node >= dom->count)
            continue;
        n = al_text_words(it->text);
        words += n;
        l = nearest_lang(dom, it->node);
        if (!l || same_primary(l, declared) || strlen(l) > 35)
            continue;
        if (!other)
            other = l;
        if (same_primary(l, other))
            marked += n;
    }
    return other && marked * 2 > words ? other : NULL;
}

char *al_lang_article(const al_items *items, const al_dom *dom, const char *declared)
{
    const char *marked;
    char *guess, *text, *key, primary[16];
    double mine, theirs;
    bool override = false;
    size_t ns;

    if (!declared || !*declared)
        return NULL;
    if ((marked = marked_lang(items, dom, declared)) != NULL)
        return al_strdup(marked);
    /* the text's own words: a declared language with function words of
     * its own in data/lang, which the text hardly uses, against a
     * confident guess from enough words whose function words it uses */
    primary_of(declared, primary, sizeof(primary));
    if (!(text = sample(items)))
        return NULL;
    if (al_text_words(text) < OVERRIDE_MIN_WORDS || !al_lang_table("extract.stopwords", declared, &ns) ||
        !(guess = al_lang_guess(items))) {
        free(text);
        return NULL;
    }
    if (!same_primary(guess, declared) && (key = al_text_key(text)) != NULL) {
        mine = al_lexicon_stopword_density(key, guess);
        theirs = al_lexicon_stopword_density(key, primary);
        override = mine >= MIN_DENSITY && mine >= OVERRIDE_FACTOR * theirs;
        free(key);
    }
    free(text);
    if (!override) {
        free(guess);
        return NULL;
    }
    return guess;
}
