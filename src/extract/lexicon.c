/*
 * lexicon.c - match the boilerplate phrases and stop words of data/lang.
 *
 * The phrases live in the language files data/lang/<lang>.txt, one table
 * per kind ([extract.share], [extract.readmore]...; data/lang/README.md
 * lists them). To extend: add a phrase to its kind's table in its
 * language's file, written as it appears on pages; case and punctuation
 * do not matter. SHARE phrases must make up the whole block; READMORE,
 * HEADING, GOBACK, META, APPEAL_HEAD, CREDIT and DATELINE phrases must
 * start it; the others may appear anywhere in it (on word boundaries).
 * A phrase matches whatever the page's language: every language's
 * phrases of a kind are matched at once.
 *
 * The first call turns each kind's phrases into word keys (see
 * al_text_key), once per process (pthread_once), sorted; a phrase that two
 * languages share, or that differs from another only in punctuation, is
 * kept once, so al_lexicon_count counts distinct phrases.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "langdata.h"
#include "lexicon.h"
#include "util.h"

/* The data/lang table of each kind. */
static const char *const table_of[AL_LEX_KINDS] = {
    [AL_LEX_SHARE] = "extract.share",
    [AL_LEX_READMORE] = "extract.readmore",
    [AL_LEX_HEADING] = "extract.heading",
    [AL_LEX_APPEAL] = "extract.appeal",
    [AL_LEX_PAYMENT] = "extract.payment",
    [AL_LEX_NEWSLETTER] = "extract.newsletter",
    [AL_LEX_COOKIE] = "extract.cookie",
    [AL_LEX_COMMENT] = "extract.comment",
    [AL_LEX_GOBACK] = "extract.goback",
    [AL_LEX_META] = "extract.meta",
    [AL_LEX_APPEAL_HEAD] = "extract.appeal_head",
    [AL_LEX_SHARE_PROMPT] = "extract.share_prompt",
    [AL_LEX_CREDIT] = "extract.credit",
    [AL_LEX_DATELINE] = "extract.dateline",
    [AL_LEX_DISCLOSURE] = "extract.disclosure",
    [AL_LEX_CTA] = "extract.cta",
    [AL_LEX_COPYRIGHT] = "extract.copyright",
    [AL_LEX_PUBLISHER] = "extract.publisher",
    [AL_LEX_CITE] = "extract.cite",
    [AL_LEX_METER] = "extract.meter",
    [AL_LEX_TIP] = "extract.tip",
    [AL_LEX_TIP_TO] = "extract.tip_to",
    [AL_LEX_TIP_CHANNEL] = "extract.tip_channel",
    [AL_LEX_REPUBLISHED] = "extract.republished",
    [AL_LEX_DISCLAIMER] = "extract.disclaimer",
    [AL_LEX_SOCIAL_ASK] = "extract.social_ask",
    [AL_LEX_WRITE_IN] = "extract.write_in",
};

#define STOPWORDS "extract.stopwords"

/* One kind's phrases, all languages, as distinct word keys. */
typedef struct {
    char **keys;
    size_t count;
} kind_index;

static size_t count_words(const char *key);

static kind_index lexicon[AL_LEX_KINDS];
/* Every word of the share phrases, sorted, each once: all_share_words
 * asks of each word of a block whether some share phrase has it, and a
 * look over all the phrases for each word was a tenth of the extraction
 * of a page of 100,000 short blocks. */
static kind_index share_words;
static pthread_once_t lexicon_once = PTHREAD_ONCE_INIT;

static int cmp_keys(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort X's keys and free the repeated ones. */
static void sort_unique(kind_index *x)
{
    size_t i, kept = 0;

    qsort(x->keys, x->count, sizeof(*x->keys), cmp_keys);
    for (i = 0; i < x->count; i++) {
        if (kept && strcmp(x->keys[kept - 1], x->keys[i]) == 0)
            free(x->keys[i]);
        else
            x->keys[kept++] = x->keys[i];
    }
    x->count = kept;
}

/* SHARE_WORDS from the share phrases' keys; out of memory, none (then
 * all_share_words looks through the phrases). */
static void make_share_words(const kind_index *share)
{
    size_t i, n = 0;

    for (i = 0; i < share->count; i++)
        n += count_words(share->keys[i]);
    if (!n || !(share_words.keys = malloc(n * sizeof(*share_words.keys))))
        return;
    for (i = 0; i < share->count; i++) {
        for (const char *w = share->keys[i]; *w && share_words.count < n; ) {
            size_t len = strcspn(w, " ");
            char *word = al_strndup(w, len);
            if (!word) {
                while (share_words.count)
                    free(share_words.keys[--share_words.count]);
                free(share_words.keys);
                share_words.keys = NULL;
                return;
            }
            share_words.keys[share_words.count++] = word;
            w += len;
            w += strspn(w, " ");
        }
    }
    sort_unique(&share_words);
}

/* Each kind's keys, sorted, each once. Out of memory, a kind loses the
 * phrases it could not index. */
static void make_index(void)
{
    size_t k, i, n;

    for (k = 0; k < AL_LEX_KINDS; k++) {
        const al_lang_entry *e = al_lang_table(table_of[k], NULL, &n);
        kind_index *x = &lexicon[k];
        if (!n || !(x->keys = malloc(n * sizeof(*x->keys))))
            continue;
        for (i = 0; i < n; i++) {
            char *key = al_text_key(e[i].key);
            if (key && key[0])
                x->keys[x->count++] = key;
            else
                free(key);
        }
        sort_unique(x);
    }
    make_share_words(&lexicon[AL_LEX_SHARE]);
}

static const kind_index *kind_of(al_lex_kind kind)
{
    pthread_once(&lexicon_once, make_index);
    return &lexicon[kind];
}

static bool prefix_kind(al_lex_kind k)
{
    return k == AL_LEX_READMORE || k == AL_LEX_HEADING || k == AL_LEX_GOBACK || k == AL_LEX_META ||
           k == AL_LEX_APPEAL_HEAD || k == AL_LEX_CREDIT || k == AL_LEX_DATELINE || k == AL_LEX_SOCIAL_ASK ||
           k == AL_LEX_WRITE_IN;
}

/* Does phrase key P occur in KEY at a word boundary (anywhere, or at the start)? */
static bool word_match(const char *key, const char *p, bool at_start)
{
    size_t n = strlen(p);
    const char *h = key;

    if (!n)
        return false;
    while ((h = strstr(h, p)) != NULL) {
        bool start_ok = h == key || (!at_start && h[-1] == ' ');
        bool end_ok = h[n] == '\0' || h[n] == ' ';
        if (start_ok && end_ok)
            return true;
        if (at_start)
            return false;
        h++;
    }
    return false;
}

static int scan(const kind_index *x, const char *key, bool at_start, unsigned char *seen);
static size_t first_of_word(const kind_index *x, const char *w, size_t len);

/* SHARE: every word of KEY belongs to some share phrase (a lone count is
 * a button's), and with words, one phrase at least is there whole:
 * "compartilhar no WhatsApp" makes "no" a share word, but a poll's row
 * "No | 28 | 14%" holds no share phrase. */
static bool all_share_words(const char *key)
{
    const kind_index *share = kind_of(AL_LEX_SHARE);
    char *copy = al_strdup(key), *w, *save = NULL;
    bool all = copy && key[0], words = false;
    size_t i;

    for (w = copy ? strtok_r(copy, " ", &save) : NULL; w && all; w = strtok_r(NULL, " ", &save)) {
        bool found = false;
        size_t digits = strspn(w, "0123456789");
        if (digits && (w[digits] == '\0' || (strchr("km", w[digits]) && w[digits + 1] == '\0')))
            continue;                                  /* share counts: "1.2k" */
        words = true;
        if (share_words.keys)
            found = bsearch(&w, share_words.keys, share_words.count, sizeof(*share_words.keys),
                            cmp_keys) != NULL;
        for (i = 0; !share_words.keys && i < share->count && !found; i++)
            found = word_match(share->keys[i], w, false);
        all = found;
    }
    free(copy);
    return all && (!words || scan(share, key, false, NULL) > 0);
}

static size_t count_words(const char *key)
{
    size_t n = 0;

    for (; *key; key++)
        if (*key != ' ' && (key[1] == ' ' || key[1] == '\0'))
            n++;
    return n;
}

/* A heading opens a chrome section when it is the phrase, give or take a
 * count ("3 Comments") or a few words after a multi-word phrase ("Support
 * Tech ARP"); one-word phrases must be the whole heading, so that "Share
 * prices fall" stays, unless the heading counts what it lists: the phrase
 * and one word, either side of it as the language puts its modifier, and
 * a count at the end ("Komentarze mieszkańców (3)", "Reader Comments (4)";
 * "Latest 2026 models" and "Comments from readers" count nothing and
 * stay). */
static bool heading_match(const char *key)
{
    const kind_index *heading = kind_of(AL_LEX_HEADING);
    char *k = al_strdup(key), *w, *save = NULL;
    al_buf b = AL_BUF_INIT;
    size_t i, words, first;
    bool hit = false, counted = false;

    for (w = k ? strtok_r(k, " ", &save) : NULL; w; w = strtok_r(NULL, " ", &save)) {
        if (w[strspn(w, "0123456789")] == '\0') {
            counted = true;
            continue;
        }
        counted = false;                       /* the count must end the heading */
        if (b.len)
            al_buf_putc(&b, ' ');
        al_buf_puts(&b, w);
    }
    free(k);
    if (!b.data) {
        al_buf_free(&b);
        return false;
    }
    words = count_words(b.data);
    first = strcspn(b.data, " ");
    /* Every phrase that can match opens with the heading's first word
     * (the keys are sorted, so those follow one another), but for the
     * one-word phrase that is its second word. */
    for (i = first_of_word(heading, b.data, first); i < heading->count && !hit; i++) {
        const char *p = heading->keys[i];
        size_t pw;
        if (strncmp(p, b.data, first) != 0 || (p[first] != '\0' && p[first] != ' '))
            break;                      /* past the phrases of this word */
        pw = count_words(p);
        if (pw == 1)
            hit = strcmp(b.data, p) == 0 || (counted && words == 2);
        else
            hit = words <= pw + 3 && word_match(b.data, p, true);
    }
    if (!hit && counted && words == 2) {
        const char *second = b.data + first + 1;
        hit = bsearch(&second, heading->keys, heading->count, sizeof(*heading->keys),
                      cmp_keys) != NULL;
    }
    al_buf_free(&b);
    return hit;
}

/* The first of X's sorted keys that is not below the LEN-byte word W:
 * the phrases that start with that word follow it. */
static size_t first_of_word(const kind_index *x, const char *w, size_t len)
{
    size_t lo = 0, hi = x->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(x->keys[mid], w, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/*
 * The phrases of X that occur in KEY on word boundaries (only at its
 * start when AT_START): with SEEN NULL, 1 at the first, else 0; with SEEN
 * (a bit per phrase, zeroed), the number of distinct phrases.
 *
 * Keys are words joined by single spaces (al_text_key), and so are the
 * phrases, sorted: at each word of KEY only the phrases that begin with
 * that word are tried, found by binary search, which makes a block's
 * match cost its words, not the lexicon's size times its length.
 */
static int scan(const kind_index *x, const char *key, bool at_start, unsigned char *seen)
{
    const char *s = key;
    int n = 0;

    while (*s) {
        size_t len = strcspn(s, " ");
        for (size_t i = len ? first_of_word(x, s, len) : x->count; i < x->count; i++) {
            const char *p = x->keys[i];
            size_t plen;
            if (strncmp(p, s, len) != 0 || (p[len] != '\0' && p[len] != ' '))
                break;                             /* past the phrases of this word */
            plen = strlen(p);
            if (strncmp(s, p, plen) != 0 || (s[plen] != '\0' && s[plen] != ' '))
                continue;
            if (!seen)
                return 1;
            if (!(seen[i / 8] & (1u << (i % 8)))) {
                seen[i / 8] |= (unsigned char)(1u << (i % 8));
                n++;
            }
        }
        if (at_start)
            break;
        s += len;
        while (*s == ' ')
            s++;
    }
    return n;
}

bool al_lexicon_match(al_lex_kind kind, const char *key)
{
    if (kind == AL_LEX_SHARE)
        return all_share_words(key);
    if (kind == AL_LEX_HEADING)
        return heading_match(key);
    return scan(kind_of(kind), key, prefix_kind(kind), NULL) > 0;
}

int al_lexicon_count(al_lex_kind kind, const char *key)
{
    const kind_index *x = kind_of(kind);
    unsigned char *seen;
    int n;

    if (!x->count || !(seen = calloc((x->count + 7) / 8, 1)))
        return 0;
    n = scan(x, key, prefix_kind(kind), seen);
    free(seen);
    return n;
}

bool al_lexicon_anywhere(al_lex_kind kind, const char *key)
{
    return scan(kind_of(kind), key, false, NULL) > 0;
}

bool al_lexicon_exact(al_lex_kind kind, const char *key)
{
    const kind_index *x = kind_of(kind);

    return x->count && bsearch(&key, x->keys, x->count, sizeof(*x->keys), cmp_keys) != NULL;
}

bool al_lexicon_contains_cjk(al_lex_kind kind, const char *key)
{
    const kind_index *x = kind_of(kind);
    size_t i;

    for (i = 0; i < x->count; i++) {
        const unsigned char *k = (const unsigned char *)x->keys[i];
        /* U+3000..U+9FFF (CJK punctuation, kana, ideographs): 0xE3..0xE9 */
        if (k[0] >= 0xE3 && k[0] <= 0xE9 && strstr(key, x->keys[i]))
            return true;
    }
    return false;
}

/* ---- stop words ---------------------------------------------------------
 * The commonest function words per language ([extract.stopwords]; jusText's
 * signal: running text is full of them, menus and labels have none).
 *
 * The table keeps file order; two sorted views of it are made once: by
 * language then word (one language's words are then a sorted run at the
 * same offset as in the table), and by word alone (every language). */

static struct {
    const al_lang_entry *base;          /* the table, all languages */
    const al_lang_entry **by_lang;
    const al_lang_entry **by_word;
    unsigned char *lang_of;             /* by_word[i]'s language, an index in langs */
    const char *langs[AL_LEX_STOP_LANGS];
    size_t count, lang_count;
} stop;
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static int cmp_word_entry(const void *a, const void *b)
{
    return strcmp((*(const al_lang_entry *const *)a)->key, (*(const al_lang_entry *const *)b)->key);
}

static int cmp_lang_entry(const void *a, const void *b)
{
    const al_lang_entry *x = *(const al_lang_entry *const *)a, *y = *(const al_lang_entry *const *)b;
    int c = strcmp(x->lang, y->lang);

    return c ? c : strcmp(x->key, y->key);
}

/* Out of memory, stop words are looked up one by one in the table. */
static void make_stop_index(void)
{
    size_t n, i;
    const al_lang_entry *e = al_lang_table(STOPWORDS, NULL, &n);

    stop.base = e;
    stop.count = n;
    if (!n || !(stop.by_lang = malloc(n * sizeof(*stop.by_lang))) ||
        !(stop.by_word = malloc(n * sizeof(*stop.by_word))) || !(stop.lang_of = malloc(n))) {
        free(stop.by_lang);
        free(stop.by_word);
        stop.by_lang = NULL;
        stop.by_word = NULL;
        return;
    }
    for (i = 0; i < n; i++)
        stop.by_lang[i] = stop.by_word[i] = &e[i];
    qsort(stop.by_lang, n, sizeof(*stop.by_lang), cmp_lang_entry);
    qsort(stop.by_word, n, sizeof(*stop.by_word), cmp_word_entry);
    for (i = 0; i < n; i++)             /* one language's entries are contiguous */
        if ((i == 0 || strcmp(e[i].lang, e[i - 1].lang) != 0) &&
            stop.lang_count < AL_LEX_STOP_LANGS)
            stop.langs[stop.lang_count++] = e[i].lang;
    for (i = 0; i < n; i++) {
        size_t k = 0;
        while (k < stop.lang_count && strcmp(stop.langs[k], stop.by_word[i]->lang) != 0)
            k++;
        stop.lang_of[i] = (unsigned char)k;     /* lang_count: past the languages kept */
    }
}

/* The first of the COUNT entries of LIST (sorted by word) not below the N-byte word W. */
static size_t first_entry(const al_lang_entry *const *list, size_t count, const char *w, size_t n)
{
    size_t lo = 0, hi = count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(list[mid]->key, w, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is the N-byte word W among the COUNT entries of LIST, sorted by word? */
static bool is_stopword(const al_lang_entry *const *list, size_t count, const char *w, size_t n)
{
    size_t i = first_entry(list, count, w, n);

    return i < count && strncmp(list[i]->key, w, n) == 0 && list[i]->key[n] == '\0';
}

/* The same, in file order (no index). */
static bool is_stopword_scan(const al_lang_entry *list, size_t count, const char *w, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if (list[i].key[0] == w[0] && strncmp(list[i].key, w, n) == 0 && list[i].key[n] == '\0')
            return true;
    return false;
}

double al_lexicon_stopword_density(const char *key, const char *lang)
{
    size_t count, words = 0, stops = 0;
    const al_lang_entry *list = al_lang_table(STOPWORDS, lang && *lang ? lang : NULL, &count);
    const al_lang_entry *const *sorted = NULL;
    const char *w = key;

    if (!list)
        return -1;
    pthread_once(&stop_once, make_stop_index);
    if (stop.by_lang)
        sorted = list == stop.base && count == stop.count ? stop.by_word
                                                           : stop.by_lang + (list - stop.base);
    while (*w) {
        size_t n = strcspn(w, " ");
        words++;
        stops += sorted ? is_stopword(sorted, count, w, n) : is_stopword_scan(list, count, w, n);
        w += n;
        while (*w == ' ')
            w++;
    }
    return words ? (double)stops / words : -1;
}

size_t al_lexicon_stopword_densities(const char *key, al_lex_density *out)
{
    size_t stops[AL_LEX_STOP_LANGS] = { 0 }, words = 0, k;
    const char *w = key;

    pthread_once(&stop_once, make_stop_index);
    if (!stop.by_word)
        return 0;
    while (*w) {
        size_t n = strcspn(w, " ");
        uint32_t counted = 0;           /* a word listed twice in one language counts once */
        words++;
        for (size_t i = first_entry(stop.by_word, stop.count, w, n); i < stop.count; i++) {
            const char *e = stop.by_word[i]->key;
            if (strncmp(e, w, n) != 0 || e[n] != '\0')
                break;
            k = stop.lang_of[i];
            if (k < stop.lang_count && !(counted & (1u << k))) {
                counted |= 1u << k;
                stops[k]++;
            }
        }
        w += n;
        while (*w == ' ')
            w++;
    }
    if (!words)
        return 0;
    for (k = 0; k < stop.lang_count; k++) {
        out[k].lang = stop.langs[k];
        out[k].density = (double)stops[k] / words;
    }
    return stop.lang_count;
}
