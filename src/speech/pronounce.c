/*
 * pronounce.c - the pronunciation lexicon: whole-word replacement of words
 * espeak-ng says wrong by respellings it says right.
 *
 * Design. Entries come from three places, in order: the [speech.pronounce]
 * tables of data/lang (mul.txt first, then the languages, so that a
 * language's own entry wins over mul's), the user's file and the
 * configuration file. Each entry is indexed by the case-folded first word
 * of its key (a word is a run of letters, digits and '_'),
 * in a hash table with chaining built once after loading.
 *
 * Applying walks the text once. At the start of each word it folds the word,
 * looks it up, and tries the few candidate entries whose first word it is:
 * the whole key must follow (a space in the key matches any run of white
 * space, '-' matches the Unicode hyphens, '\'' the typographic apostrophe),
 * and neither the character before the match nor the one after it may be a
 * letter, digit or '_', so "GIF" matches in "a GIF." and "GIF-based" but not
 * in "GIFT" or "GIF_MAX". The longest match wins, then the entry loaded
 * last. Text between matches is copied unchanged. The cost is one fold and
 * one hash probe per word: an 85-minute article (13,600 words, 78 KB) takes
 * 0.5 to 1 ms with the shipped entries (tests/test_pronounce.c measures
 * it), against minutes of synthesis.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "langdata.h"
#include "pronounce.h"
#include "util.h"

typedef struct {
    char *key;       /* spaces collapsed to single ones */
    char *spoken;
    char *lang;      /* lower case; "": every language */
    bool exact;      /* match the key's case exactly */
    size_t lead;     /* bytes of the key before its first word (".NET": 1) */
    uint32_t hash;   /* of the folded first word */
    size_t next;     /* next entry in the bucket, NONE at the end */
} entry;

#define NONE ((size_t)-1)

struct al_pronounce {
    entry *entries;
    size_t count, cap;
    size_t *buckets;     /* first entry of each chain */
    size_t nbuckets;     /* a power of two */
    size_t max_word;     /* longest folded first word, in bytes */
};

/* ---- characters ---- */

/* Letters and digits, as util/text.c's word counter counts them, and '_',
 * so that an identifier ("GIF_MAX") is one word. */
static bool is_word_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) || c == 0xFFFD)
        return false;
    return true;
}

static bool is_space_cp(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}


/* The character a key's character stands for: U+2010/2011 are '-', the
 * typographic apostrophes are '\''. */
static uint32_t same_cp(uint32_t c)
{
    if (c == 0x2010 || c == 0x2011)
        return '-';
    if (c == 0x2019 || c == 0x02BC)
        return '\'';
    return c;
}

static size_t decode(const char *s, size_t n, uint32_t *cp)
{
    return al_utf8_decode((const unsigned char *)s, n, cp);
}

/* The code point that ends just before S + AT (AT > 0). */
static uint32_t cp_before(const char *s, size_t at)
{
    size_t i = at - 1;
    uint32_t cp;

    while (i > 0 && at - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    decode(s + i, at - i, &cp);
    return cp;
}

/* FNV-1a of the folded word S[0, N); *FOLD_LEN the folded word's length. */
static uint32_t fold_word(const char *s, size_t n, size_t *fold_len)
{
    uint32_t h = 2166136261u, cp;
    char enc[4];
    size_t i = 0, out = 0;

    while (i < n) {
        size_t len, e;
        if ((unsigned char)s[i] < 0x80) {        /* ASCII: most words, fast */
            unsigned char c = (unsigned char)s[i++];
            h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 16777619u;
            out++;
            continue;
        }
        len = decode(s + i, n - i, &cp);
        e = al_utf8_encode(al_utf8_fold_cp(cp), enc);
        for (size_t k = 0; k < e; k++)
            h = (h ^ (unsigned char)enc[k]) * 16777619u;
        out += e;
        i += len;
    }
    *fold_len = out;
    return h;
}

/* Length in bytes of the word starting at S (length N). */
static size_t word_len(const char *s, size_t n)
{
    size_t i = 0;
    uint32_t cp;

    while (i < n) {
        size_t len = 1;
        if ((unsigned char)s[i] < 0x80)
            cp = (unsigned char)s[i];
        else
            len = decode(s + i, n - i, &cp);
        if (!is_word_cp(cp))
            break;
        i += len;
    }
    return i;
}

/* ---- entries ---- */

/* Is LANG (a language tag, or an espeak-ng voice such as "gmw/en-GB-x-rp")
 * one the entry's language WANT covers ("en" covers "en-us")? */
static bool lang_covers(const char *want, const char *lang)
{
    const char *slash;
    size_t n = strlen(want);

    if (!want[0])
        return true;
    if (!lang)
        return false;
    if ((slash = strrchr(lang, '/')))
        lang = slash + 1;
    return strncasecmp(lang, want, n) == 0 && (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_');
}

static bool valid_lang(const char *s)
{
    size_t i = 0;

    while ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
        i++;
    if (i < 2 || i > 3)
        return false;
    while (s[i] == '-') {
        size_t start = ++i;
        while ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
               (s[i] >= '0' && s[i] <= '9'))
            i++;
        if (i == start || i - start > 8)
            return false;
    }
    return s[i] == '\0';
}

/* S with blanks trimmed and runs of spaces collapsed, in place. */
static char *squeeze(char *s)
{
    char *out = s, *p = s;

    while (*p == ' ')
        p++;
    for (; *p; p++)
        if (*p != ' ' || (p[1] != ' ' && p[1] != '\0'))
            *out++ = *p;
    *out = '\0';
    return s;
}

/* A control character in the valid UTF-8 string S other than TAB, or 0. */
static uint32_t control_char(const char *s)
{
    size_t n = strlen(s), i = 0;
    uint32_t cp;

    while (i < n) {
        i += decode(s + i, n - i, &cp);
        if ((cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F))
            return cp;
    }
    return 0;
}

static bool has_word(const char *s)
{
    size_t n = strlen(s), i = 0;
    uint32_t cp;

    while (i < n) {
        i += decode(s + i, n - i, &cp);
        if (is_word_cp(cp))
            return true;
    }
    return false;
}

static int add_entry(al_pronounce *lex, const char *key, const char *spoken, const char *lang,
                     bool exact)
{
    entry *e;
    size_t lead = 0, wl;
    uint32_t cp;

    if (lex->count == lex->cap) {
        size_t cap = lex->cap ? lex->cap * 2 : 128;
        entry *grown = realloc(lex->entries, cap * sizeof(*grown));
        if (!grown)
            return al_error_oom();
        lex->entries = grown;
        lex->cap = cap;
    }
    while (key[lead]) {
        size_t len = decode(key + lead, strlen(key + lead), &cp);
        if (is_word_cp(cp))
            break;
        lead += len;
    }
    e = &lex->entries[lex->count];
    e->key = al_strdup(key);
    e->spoken = al_strdup(spoken);
    e->lang = al_strdup(lang ? lang : "");
    if (!e->key || !e->spoken || !e->lang) {
        free(e->key);
        free(e->spoken);
        free(e->lang);
        return al_error_oom();
    }
    for (char *p = e->lang; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    e->exact = exact;
    e->lead = lead;
    wl = word_len(key + lead, strlen(key + lead));
    e->hash = fold_word(key + lead, wl, &wl);
    if (wl > lex->max_word)
        lex->max_word = wl;
    lex->count++;
    return ALOUD_OK;
}

/*
 * Parse one entry: LINE is "key<TAB>spoken form[<TAB>field...]", valid
 * UTF-8 without control characters, modified in place. DEFAULT_LANG applies
 * when there is no lang= field. On a bad entry, write what is wrong to WHY
 * and return ALOUD_EINVAL without recording an error.
 */
static int parse_entry(al_pronounce *lex, char *line, const char *default_lang, char *why,
                       size_t why_size)
{
    char *key = line, *spoken, *field, *save = NULL;
    const char *lang = default_lang;
    int exact = -1;

    if (!(spoken = strchr(line, '\t'))) {
        snprintf(why, why_size, "no TAB between the word and its spoken form in '%.60s'", line);
        return ALOUD_EINVAL;
    }
    *spoken++ = '\0';
    squeeze(key);
    if (!key[0]) {
        snprintf(why, why_size, "empty word before the TAB");
        return ALOUD_EINVAL;
    }
    if (!has_word(key)) {
        snprintf(why, why_size, "the word '%.60s' has no letter or digit", key);
        return ALOUD_EINVAL;
    }
    spoken = strtok_r(spoken, "\t", &save);       /* runs of TABs align columns */
    if (!spoken || !squeeze(spoken)[0]) {
        snprintf(why, why_size, "no spoken form after the word '%.60s'", key);
        return ALOUD_EINVAL;
    }
    while ((field = strtok_r(NULL, "\t", &save))) {
        squeeze(field);
        if (!field[0])
            continue;
        if (strncmp(field, "lang=", 5) == 0) {
            if (!valid_lang(field + 5)) {
                snprintf(why, why_size,
                         "bad language '%.40s' in lang= (want a tag such as en, de or en-us)",
                         field + 5);
                return ALOUD_EINVAL;
            }
            lang = field + 5;
        } else if (strncmp(field, "case=", 5) == 0) {
            if (strcmp(field + 5, "exact") == 0) {
                exact = 1;
            } else if (strcmp(field + 5, "any") == 0) {
                exact = 0;
            } else {
                snprintf(why, why_size, "bad case '%.40s' (want case=exact or case=any)", field + 5);
                return ALOUD_EINVAL;
            }
        } else {
            snprintf(why, why_size, "unknown field '%.40s' (want lang=LANG or case=exact|any)",
                     field);
            return ALOUD_EINVAL;
        }
    }
    if (exact < 0) {
        exact = 0;
        for (const char *p = key; *p; p++) {
            uint32_t cp;
            size_t len = decode(p, strlen(p), &cp);
            if (al_utf8_fold_cp(cp) != cp) {
                exact = 1;
                break;
            }
            p += len - 1;
        }
    }
    return add_entry(lex, key, spoken, lang, exact == 1);
}

/* ---- loading ---- */

/* The shipped entries: mul.txt's (English respellings, for English voices)
 * first, then each language's, which therefore win over mul's. */
static int load_shipped(al_pronounce *lex)
{
    size_t n;
    const al_lang_entry *e = al_lang_table("speech.pronounce", NULL, &n);

    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            bool mul = strcmp(e[i].lang, "mul") == 0;
            char why[256], *line;
            int err;

            if (mul != (pass == 0))
                continue;
            if (!(line = malloc(strlen(e[i].key) + strlen(e[i].value ? e[i].value : "") + 2)))
                return al_error_oom();
            sprintf(line, "%s%s%s", e[i].key, e[i].value ? "\t" : "", e[i].value ? e[i].value : "");
            err = parse_entry(lex, line, mul ? "en" : e[i].lang, why, sizeof(why));
            free(line);
            if (err == ALOUD_EINVAL)
                return al_error_set(err, "data/lang/%s.txt [speech.pronounce]: %s", e[i].lang, why);
            if (err < 0)
                return err;
        }
    }
    return ALOUD_OK;
}

/* The entries of the lexicon file PATH, already open as FP. */
static int load_stream(al_pronounce *lex, const char *path, FILE *fp)
{
    char *line = NULL, why[256];
    size_t cap = 0;
    ssize_t got;
    unsigned long no = 0;
    int err = ALOUD_OK;

    while (err == ALOUD_OK && (got = getline(&line, &cap, fp)) >= 0) {
        char *p = line, *q;
        size_t n = (size_t)got;
        uint32_t bad;

        no++;
        if (n && p[n - 1] == '\n')
            p[--n] = '\0';
        if (n && p[n - 1] == '\r')
            p[--n] = '\0';
        if (no == 1 && strncmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3, n -= 3;                        /* a byte order mark */
        if (memchr(p, '\0', n)) {
            err = al_error_set(ALOUD_EINVAL, "%s:%lu: control character U+0000", path, no);
            break;
        }
        if (!al_utf8_valid(p, n)) {
            err = al_error_set(ALOUD_EINVAL, "%s:%lu: invalid UTF-8 (save the file as UTF-8)",
                               path, no);
            break;
        }
        if ((bad = control_char(p))) {
            err = al_error_set(ALOUD_EINVAL, "%s:%lu: control character U+%04X", path, no,
                               (unsigned)bad);
            break;
        }
        q = p + strspn(p, " \t");
        if (!*q || *q == '#')
            continue;
        err = parse_entry(lex, p, NULL, why, sizeof(why));
        if (err == ALOUD_EINVAL)
            al_error_set(err, "%s:%lu: %s", path, no, why);
    }
    if (err == ALOUD_OK && ferror(fp))
        err = al_error_set(ALOUD_EFILE, "%s: cannot read the lexicon: %s", path, strerror(errno));
    free(line);
    return err;
}

/* Load PATH; a missing file is an error unless OPTIONAL. */
static int load_file(al_pronounce *lex, const char *path, bool optional)
{
    FILE *fp = fopen(path, "r");
    int err;

    if (!fp) {
        if (optional && errno == ENOENT)
            return ALOUD_OK;
        return al_error_set(ALOUD_EFILE, "%s: cannot read the lexicon: %s", path, strerror(errno));
    }
    err = load_stream(lex, path, fp);
    fclose(fp);
    return err;
}

/* $XDG_CONFIG_HOME/aloud/lexicon, or ~/.config/aloud/lexicon. */
static int load_config(al_pronounce *lex)
{
    const char *dir = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    al_buf path = AL_BUF_INIT;
    int err;

    if (dir && dir[0] == '/')
        al_buf_printf(&path, "%s/aloud/lexicon", dir);
    else if (home && home[0])
        al_buf_printf(&path, "%s/.config/aloud/lexicon", home);
    else
        return ALOUD_OK;
    if (path.failed)
        return al_error_oom();
    err = load_file(lex, path.data, true);
    al_buf_free(&path);
    return err;
}

static int build_index(al_pronounce *lex)
{
    size_t nb = 64;

    while (nb < lex->count * 2)
        nb *= 2;
    if (!(lex->buckets = malloc(nb * sizeof(*lex->buckets))))
        return al_error_oom();
    lex->nbuckets = nb;
    for (size_t b = 0; b < nb; b++)
        lex->buckets[b] = NONE;
    for (size_t i = 0; i < lex->count; i++) {
        size_t b = lex->entries[i].hash & (nb - 1);
        lex->entries[i].next = lex->buckets[b];
        lex->buckets[b] = i;
    }
    return ALOUD_OK;
}

int al_pronounce_load(al_pronounce **out, const char *path)
{
    al_pronounce *lex = calloc(1, sizeof(*lex));
    int err;

    *out = NULL;
    if (!lex)
        return al_error_oom();
    /* the command line's file last: it wins over the user's standing lexicon */
    if ((err = load_shipped(lex)) < 0 || (err = load_config(lex)) < 0 ||
        (path && (err = load_file(lex, path, false)) < 0) || (err = build_index(lex)) < 0) {
        al_pronounce_free(lex);
        return err;
    }
    *out = lex;
    return ALOUD_OK;
}

unsigned long al_pronounce_count(const al_pronounce *lex)
{
    return lex ? (unsigned long)lex->count : 0;
}

void al_pronounce_free(al_pronounce *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->count; i++) {
        free(lex->entries[i].key);
        free(lex->entries[i].spoken);
        free(lex->entries[i].lang);
    }
    free(lex->entries);
    free(lex->buckets);
    free(lex);
}

/* ---- applying ---- */

/* The end of E's key matched in TEXT (length N) from START, or 0. */
static size_t match_at(const entry *e, const char *text, size_t n, size_t start)
{
    const char *k = e->key;
    size_t kn = strlen(k), ki = 0, ti = start;
    uint32_t kc, tc;

    if (start > 0 && is_word_cp(cp_before(text, start)))
        return 0;
    while (ki < kn) {
        ki += decode(k + ki, kn - ki, &kc);
        if (kc == ' ') {
            size_t spaces = 0;
            while (ti < n) {
                size_t len = decode(text + ti, n - ti, &tc);
                if (!is_space_cp(tc))
                    break;
                ti += len;
                spaces++;
            }
            if (!spaces)
                return 0;
            continue;
        }
        if (ti >= n)
            return 0;
        ti += decode(text + ti, n - ti, &tc);
        kc = same_cp(kc);
        tc = same_cp(tc);
        if (kc != tc && (e->exact || al_utf8_fold_cp(kc) != al_utf8_fold_cp(tc)))
            return 0;
    }
    if (ti < n && (decode(text + ti, n - ti, &tc), is_word_cp(tc)))
        return 0;
    return ti;
}

char *al_pronounce_apply(const al_pronounce *lex, const char *text, const char *lang)
{
    al_buf out = AL_BUF_INIT;
    size_t n = strlen(text), i = 0, copied = 0;

    if (!lex || !lex->count)
        return al_strdup(text);
    al_buf_grow(&out, n + n / 8);
    while (i < n) {
        size_t wl = word_len(text + i, n - i), fl, best = NONE, best_end = 0;
        uint32_t cp, h;

        if (!wl) {
            i += (unsigned char)text[i] < 0x80 ? 1 : decode(text + i, n - i, &cp);
            continue;
        }
        h = fold_word(text + i, wl, &fl);
        if (fl <= lex->max_word) {
            for (size_t c = lex->buckets[h & (lex->nbuckets - 1)]; c != NONE;
                 c = lex->entries[c].next) {
                const entry *e = &lex->entries[c];
                size_t end;
                if (e->hash != h || e->lead > i - copied || !lang_covers(e->lang, lang))
                    continue;
                end = match_at(e, text, n, i - e->lead);
                if (end > best_end || (end && end == best_end && c > best)) {
                    best = c;
                    best_end = end;
                }
            }
        }
        if (best == NONE) {
            i += wl;
            continue;
        }
        al_buf_put(&out, text + copied, i - lex->entries[best].lead - copied);
        al_buf_puts(&out, lex->entries[best].spoken);
        copied = i = best_end;
    }
    al_buf_put(&out, text + copied, n - copied);
    if (out.failed) {
        al_buf_free(&out);
        return NULL;
    }
    return al_buf_detach(&out);
}
