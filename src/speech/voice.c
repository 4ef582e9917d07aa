/*
 * voice.c - voice profiles and the choice of an espeak-ng voice.
 *
 * Design. A profile is a small key = value text file, voices/NAME.voice
 * (format in voices/README.md), found on a search path: $ALOUD_VOICES_DIR,
 * then, in the build tree's library only, the source tree's voices/
 * (ALOUD_UNINSTALLED_VOICES_DIR, see CMakeLists.txt: an installed library
 * holds no source-tree path), then the installed ALOUD_DATADIR/voices.
 * Only names made of letters, digits, '-' and '_' are looked up, so
 * --voice never opens a path.
 *
 * --voice NAME is first a profile, else an espeak-ng voice: its
 * identifier ("gmw/en-US"), its name ("German"), the identifier's last
 * part ("en-US") or a language ("de-DE", tried with its subtags dropped
 * one by one), with an optional "+variant" checked against espeak-ng's
 * variants (espeak-ng itself ignores unknown ones silently). A profile
 * whose voice is "auto", like the default narrator, follows the
 * article's language; when espeak-ng has no voice for it, English is
 * used and the `fallback` flag tells the caller to say so (the library
 * never prints).
 */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "voice.h"

#ifndef ALOUD_DATADIR
#define ALOUD_DATADIR "/usr/local/share/aloud"
#endif

#define PROFILE_SUFFIX ".voice"
#define PROFILE_MAX_SIZE 65536

/* ---- search path ---- */

static size_t search_dirs(const char *dirs[3])
{
    const char *env = getenv("ALOUD_VOICES_DIR");
    size_t n = 0;

    if (env && *env)
        dirs[n++] = env;
#ifdef ALOUD_UNINSTALLED_VOICES_DIR
    dirs[n++] = ALOUD_UNINSTALLED_VOICES_DIR;
#endif
    dirs[n++] = ALOUD_DATADIR "/voices";
    return n;
}

static bool valid_profile_name(const char *name)
{
    size_t n = 0;

    for (; name[n]; n++) {
        char c = name[n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    }
    return n > 0 && n < 64;
}

/* ---- profile files ---- */

void al_voice_profile_defaults(al_voice_profile *p)
{
    memset(p, 0, sizeof(*p));
    snprintf(p->description, sizeof(p->description), "built-in narrator");
    snprintf(p->voice, sizeof(p->voice), "auto");
    p->rate = ALOUD_DEFAULT_RATE;
    p->pitch = 45;
    p->range = 40;
    p->volume = 100;
    p->word_gap = 0;
    p->heading_pitch = 45;
    p->heading_rate = -10;
    p->heading_pause = 900;
    p->paragraph_pause = 550;
}

static const struct {
    const char *key;
    size_t offset;
    int min, max;
} int_keys[] = {
    { "rate", offsetof(al_voice_profile, rate), ALOUD_RATE_MIN, ALOUD_RATE_MAX },
    { "pitch", offsetof(al_voice_profile, pitch), 0, 99 },
    { "range", offsetof(al_voice_profile, range), 0, 99 },
    { "volume", offsetof(al_voice_profile, volume), 0, 200 },
    { "word_gap", offsetof(al_voice_profile, word_gap), 0, 50 },
    { "heading_pitch", offsetof(al_voice_profile, heading_pitch), -50, 100 },
    { "heading_rate", offsetof(al_voice_profile, heading_rate), -50, 50 },
    { "heading_pause", offsetof(al_voice_profile, heading_pause), 0, 5000 },
    { "paragraph_pause", offsetof(al_voice_profile, paragraph_pause), 0, 5000 },
};

static bool name_chars(const char *s, const char *extra)
{
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || strchr(extra, *s)))
            return false;
    return true;
}

static int set_string(al_voice_profile *p, const char *key, const char *value,
                      const char *origin, int line)
{
    if (strcmp(key, "description") == 0) {
        char *clean = al_text_sanitize(value);
        snprintf(p->description, sizeof(p->description), "%s", clean ? clean : "");
        free(clean);
        return ALOUD_OK;
    }
    if (strcmp(key, "voice") == 0 && *value && strlen(value) < sizeof(p->voice) &&
        name_chars(value, "-_/")) {
        snprintf(p->voice, sizeof(p->voice), "%s", value);
        return ALOUD_OK;
    }
    if (strcmp(key, "variant") == 0 && strlen(value) < sizeof(p->variant) &&
        name_chars(value, "-_")) {
        snprintf(p->variant, sizeof(p->variant), "%s", strcmp(value, "none") ? value : "");
        return ALOUD_OK;
    }
    if (strcmp(key, "voice") == 0 || strcmp(key, "variant") == 0)
        return al_error_set(ALOUD_EVOICE, "%s:%d: '%s' is not a valid %s name", origin, line,
                            value, key);
    return al_error_set(ALOUD_EVOICE, "%s:%d: unknown key '%s'", origin, line, key);
}

static int set_value(al_voice_profile *p, const char *key, const char *value,
                     const char *origin, int line)
{
    for (size_t i = 0; i < sizeof(int_keys) / sizeof(int_keys[0]); i++) {
        char *end;
        long v;

        if (strcmp(key, int_keys[i].key) != 0)
            continue;
        errno = 0;
        v = strtol(value, &end, 10);
        if (errno || end == value || *end || v < int_keys[i].min || v > int_keys[i].max)
            return al_error_set(ALOUD_EVOICE, "%s:%d: %s must be a number from %d to %d, not '%s'",
                                origin, line, key, int_keys[i].min, int_keys[i].max, value);
        *(int *)((char *)p + int_keys[i].offset) = (int)v;
        return ALOUD_OK;
    }
    return set_string(p, key, value, origin, line);
}

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t')
        s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        *--end = '\0';
    return s;
}

/* One line: blank, "# comment", or "key = value  # comment". */
static int parse_line(al_voice_profile *p, char *line, const char *origin, int lineno)
{
    char *eq, *hash;

    for (hash = line; (hash = strchr(hash, '#')) != NULL; hash++)
        if (hash == line || hash[-1] == ' ' || hash[-1] == '\t') {
            *hash = '\0';
            break;
        }
    line = trim(line);
    if (!*line)
        return ALOUD_OK;
    if (!(eq = strchr(line, '=')))
        return al_error_set(ALOUD_EVOICE, "%s:%d: expected 'key = value'", origin, lineno);
    *eq = '\0';
    return set_value(p, trim(line), trim(eq + 1), origin, lineno);
}

int al_voice_profile_parse(al_voice_profile *p, const char *text, const char *origin)
{
    char *copy = al_strdup(text), *line, *next;
    int lineno = 0, err = ALOUD_OK;

    if (!copy)
        return al_error_oom();
    for (line = copy; line && err == ALOUD_OK; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        err = parse_line(p, line, origin, ++lineno);
    }
    free(copy);
    return err;
}

static int read_small_file(char **out, const char *path)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t len;
    int err = ALOUD_OK;

    *out = NULL;
    if (!f)
        return 1;
    if (!(data = malloc(PROFILE_MAX_SIZE + 1))) {
        err = al_error_oom();
        goto cleanup;
    }
    len = fread(data, 1, PROFILE_MAX_SIZE + 1, f);
    if (ferror(f) || len > PROFILE_MAX_SIZE || memchr(data, '\0', len)) {
        err = al_error_set(ALOUD_EVOICE, "%s: cannot read this voice profile (too large, "
                                         "binary, or unreadable)", path);
        goto cleanup;
    }
    data[len] = '\0';
    *out = data;
    data = NULL;
cleanup:
    free(data);
    fclose(f);
    return err;
}

int al_voice_profile_load(al_voice_profile *p, const char *name)
{
    const char *dirs[3];
    size_t n = search_dirs(dirs);
    char path[4096], *text = NULL;
    int err = 1;

    if (!valid_profile_name(name))
        return 1;
    for (size_t i = 0; i < n && err == 1; i++) {
        snprintf(path, sizeof(path), "%s/%s%s", dirs[i], name, PROFILE_SUFFIX);
        err = read_small_file(&text, path);
    }
    if (err != ALOUD_OK)
        return err;
    al_voice_profile_defaults(p);
    snprintf(p->name, sizeof(p->name), "%s", name);
    p->description[0] = '\0';
    err = al_voice_profile_parse(p, text, path);
    free(text);
    return err;
}

/* ---- espeak-ng voice lookup ---- */

static const struct { const char *tag, *espeak; } language_aliases[] = {
    { "zh", "cmn" }, { "no", "nb" }, { "iw", "he" }, { "in", "id" },
    { "fil", "tl" }, { "sh", "hbs" },
};

static const al_espeak_voice *exact_language(const al_espeak_voice *list, size_t n,
                                             const char *lang)
{
    const al_espeak_voice *best = NULL;
    int best_priority = 0;

    for (size_t i = 0; i < n; i++)
        for (int j = 0; j < list[i].language_count; j++)
            if (strcmp(list[i].languages[j], lang) == 0 &&
                (!best || list[i].priorities[j] < best_priority)) {
                best = &list[i];
                best_priority = list[i].priorities[j];
            }
    return best;
}

/* True for a region ("DE", "419") or script ("Hant") subtag. */
static bool region_or_script(const char *subtag)
{
    size_t n = strlen(subtag);
    bool alpha = true, digit = true;

    for (size_t i = 0; i < n; i++) {
        alpha = alpha && ((subtag[i] >= 'a' && subtag[i] <= 'z') || (subtag[i] >= 'A' && subtag[i] <= 'Z'));
        digit = digit && subtag[i] >= '0' && subtag[i] <= '9';
    }
    return (alpha && (n == 2 || n == 4)) || (digit && n == 3);
}

/* Subtags are dropped one by one; STRICT drops only regions and scripts
 * (for names the user typed: "de-AT" is German, "no-such-voice" is not
 * Norwegian). */
static const al_espeak_voice *for_language(const al_espeak_voice *list, size_t n,
                                           const char *tag, bool strict)
{
    char lang[24];
    size_t len = 0;

    for (; tag && tag[len] && len + 1 < sizeof(lang); len++) {
        char c = tag[len];
        lang[len] = (char)(c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    lang[len] = '\0';
    while (len > 0) {
        const al_espeak_voice *v = exact_language(list, n, lang);
        char *dash;

        for (size_t i = 0; !v && i < sizeof(language_aliases) / sizeof(language_aliases[0]); i++)
            if (strcmp(lang, language_aliases[i].tag) == 0)
                v = exact_language(list, n, language_aliases[i].espeak);
        if (v)
            return v;
        if (!(dash = strrchr(lang, '-')) || (strict && !region_or_script(dash + 1)))
            break;
        *dash = '\0';
        len = strlen(lang);
    }
    return NULL;
}

const al_espeak_voice *al_voice_for_language(const al_espeak_voice *list, size_t n,
                                             const char *tag)
{
    return for_language(list, n, tag, false);
}

static const char *basename_of(const char *identifier)
{
    const char *slash = strrchr(identifier, '/');
    return slash ? slash + 1 : identifier;
}

/* A voice by identifier, name, identifier's last part, then language. */
static const al_espeak_voice *find_voice(const al_espeak_voice *list, size_t n,
                                         const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(list[i].identifier, name) == 0 || strcasecmp(list[i].name, name) == 0)
            return &list[i];
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(basename_of(list[i].identifier), name) == 0)
            return &list[i];
    return for_language(list, n, name, true);
}

static const al_espeak_voice *find_variant(const al_espeak_voice *list, size_t n,
                                           const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(basename_of(list[i].identifier), name) == 0 ||
            strcasecmp(list[i].name, name) == 0)
            return &list[i];
    return NULL;
}

/* ---- resolution ---- */

static int check_ranges(const aloud_speech_options *o)
{
    if (o->rate != 0 && (o->rate < ALOUD_RATE_MIN || o->rate > ALOUD_RATE_MAX))
        return al_error_set(ALOUD_EINVAL, "rate %d is out of range (%d to %d words per minute)",
                            o->rate, ALOUD_RATE_MIN, ALOUD_RATE_MAX);
    if (o->pitch != -1 && (o->pitch < 0 || o->pitch > 99))
        return al_error_set(ALOUD_EINVAL, "pitch %d is out of range (0 to 99)", o->pitch);
    if (o->volume != -1 && (o->volume < 0 || o->volume > 200))
        return al_error_set(ALOUD_EINVAL, "volume %d is out of range (0 to 200)", o->volume);
    return ALOUD_OK;
}

/* The profile for NAME (NULL: narrator), or defaults with NAME as voice. */
static int choose_profile(al_voice_profile *p, const char *name)
{
    const char *plus;
    int err;

    if (!name || !*name) {
        err = al_voice_profile_load(p, "narrator");
        if (err == 1)
            al_voice_profile_defaults(p);
        return err < 0 ? err : ALOUD_OK;
    }
    if ((err = al_voice_profile_load(p, name)) <= 0)
        return err;
    al_voice_profile_defaults(p);
    plus = strchr(name, '+');
    if ((plus ? (size_t)(plus - name) : strlen(name)) >= sizeof(p->voice) ||
        (plus && strlen(plus + 1) >= sizeof(p->variant)) || plus == name)
        return al_error_set(ALOUD_EVOICE, "no voice or profile named '%s' "
                                          "(aloud --list-voices lists them)", name);
    snprintf(p->voice, sizeof(p->voice), "%.*s", (int)(plus ? plus - name : (long)strlen(name)), name);
    snprintf(p->variant, sizeof(p->variant), "%s", plus ? plus + 1 : "");
    return ALOUD_OK;
}

static int pick_base(al_voice *out, const aloud_article *article, const char *asked,
                     const al_espeak_voice **v)
{
    const al_espeak_voice *list;
    const char *lang = article ? aloud_article_lang(article) : NULL;
    size_t n;
    int err;

    if ((err = al_synth_voices(&list, &n)) < 0)
        return err;
    if (strcmp(out->style.voice, "auto") != 0) {
        if (!(*v = find_voice(list, n, out->style.voice)))
            return al_error_set(ALOUD_EVOICE, "no voice or profile named '%s' "
                                              "(aloud --list-voices lists them)", asked);
        return ALOUD_OK;
    }
    if (lang && *lang) {
        snprintf(out->info.requested, sizeof(out->info.requested), "%s", lang);
        if ((*v = al_voice_for_language(list, n, lang)) != NULL)
            return ALOUD_OK;
        out->info.fallback = 1;
    }
    if (!(*v = al_voice_for_language(list, n, "en")))
        return al_error_set(ALOUD_EVOICE, "espeak-ng has no English voice");
    return ALOUD_OK;
}

static int pick_variant(al_voice *out, const char *asked)
{
    const al_espeak_voice *list;
    size_t n;
    int err;

    if (!out->style.variant[0])
        return ALOUD_OK;
    if ((err = al_synth_variants(&list, &n)) < 0)
        return err;
    if (!find_variant(list, n, out->style.variant))
        return al_error_set(ALOUD_EVOICE, "%s: espeak-ng has no voice variant '%s' "
                                          "(espeak-ng --voices=variant lists them)",
                            asked, out->style.variant);
    return ALOUD_OK;
}

static void fill_params(al_voice *out, const al_espeak_voice *v, const aloud_speech_options *o)
{
    al_voice_profile *p = &out->style;
    const char *variant = p->variant;

    if (o->rate)
        p->rate = o->rate;
    if (o->pitch >= 0)
        p->pitch = o->pitch;
    if (o->volume >= 0)
        p->volume = o->volume;
    snprintf(out->synth.voice, sizeof(out->synth.voice), "%s%s%s", v->identifier,
             *variant ? "+" : "", variant);
    out->synth.rate = p->rate;
    out->synth.pitch = p->pitch;
    out->synth.range = p->range;
    out->synth.volume = p->volume;
    out->synth.word_gap = p->word_gap;
    snprintf(out->info.profile, sizeof(out->info.profile), "%s", p->name);
    snprintf(out->info.espeak_voice, sizeof(out->info.espeak_voice), "%s%s%s",
             v->language_count ? v->languages[0] : basename_of(v->identifier),
             *variant ? "+" : "", variant);
    snprintf(out->info.language, sizeof(out->info.language), "%s",
             v->language_count ? v->languages[0] : "");
    snprintf(out->info.description, sizeof(out->info.description), "%s", v->name);
    out->info.rate = p->rate;
    out->info.pitch = p->pitch;
    out->info.volume = p->volume;
}

int al_voice_resolve(al_voice *out, const aloud_article *article,
                     const aloud_speech_options *opts)
{
    aloud_speech_options defaults = ALOUD_SPEECH_OPTIONS_INIT;
    const al_espeak_voice *v = NULL;
    const char *asked;
    int err;

    if (!opts)
        opts = &defaults;
    asked = opts->voice && *opts->voice ? opts->voice : "narrator";
    memset(out, 0, sizeof(*out));
    if ((err = check_ranges(opts)) < 0 ||
        (err = choose_profile(&out->style, opts->voice)) < 0 ||
        (err = pick_base(out, article, asked, &v)) < 0 ||
        (err = pick_variant(out, asked)) < 0)
        return err;
    fill_params(out, v, opts);
    return ALOUD_OK;
}

int aloud_voice_resolve(aloud_voice_info *out, const aloud_article *article,
                        const aloud_speech_options *opts)
{
    al_voice v;
    int err;

    if (!out)
        return al_error_set(ALOUD_EINVAL, "aloud_voice_resolve: no output");
    AL_CHECK_VERSION(opts, ALOUD_SPEECH_OPTIONS_VERSION);
    if ((err = al_voice_resolve(&v, article, opts)) < 0)
        return err;
    *out = v.info;
    return ALOUD_OK;
}

/* ---- listing ---- */

typedef struct {
    aloud_voice_kind kind;
    char name[64];
    char language[64];
    char description[96];
} listed;

typedef struct {
    listed *items;
    size_t count, cap;
} listing;

static listed *push(listing *l)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        listed *grown = realloc(l->items, cap * sizeof(*grown));
        if (!grown)
            return NULL;
        l->items = grown;
        l->cap = cap;
    }
    memset(&l->items[l->count], 0, sizeof(listed));
    return &l->items[l->count++];
}

static bool listed_already(const listing *l, const char *name)
{
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i].name, name) == 0)
            return true;
    return false;
}

static int add_profile(listing *l, const char *file)
{
    size_t len = strlen(file), suffix = strlen(PROFILE_SUFFIX);
    char name[64];
    al_voice_profile p;
    listed *e;
    int err;

    if (len <= suffix || len - suffix >= sizeof(name) || strcmp(file + len - suffix, PROFILE_SUFFIX))
        return ALOUD_OK;
    snprintf(name, sizeof(name), "%.*s", (int)(len - suffix), file);
    if (!valid_profile_name(name) || listed_already(l, name))
        return ALOUD_OK;
    if (!(e = push(l)))
        return al_error_oom();
    err = al_voice_profile_load(&p, name);
    e->kind = ALOUD_VOICE_PROFILE;
    snprintf(e->name, sizeof(e->name), "%s", name);
    snprintf(e->language, sizeof(e->language), "%s", err == ALOUD_OK ? p.voice : "?");
    snprintf(e->description, sizeof(e->description), "%s",
             err == ALOUD_OK ? p.description : "(invalid profile file)");
    return err == ALOUD_ERROR ? err : ALOUD_OK;
}

static int add_profiles(listing *l)
{
    const char *dirs[3];
    size_t n = search_dirs(dirs);
    int err = ALOUD_OK;

    for (size_t i = 0; i < n && err == ALOUD_OK; i++) {
        DIR *d = opendir(dirs[i]);
        struct dirent *ent;

        if (!d)
            continue;
        while (err == ALOUD_OK && (ent = readdir(d)) != NULL)
            err = add_profile(l, ent->d_name);
        closedir(d);
    }
    return err;
}

static int add_espeak_voices(listing *l)
{
    const al_espeak_voice *list;
    size_t n;
    int err;

    if ((err = al_synth_voices(&list, &n)) < 0)
        return err;
    for (size_t i = 0; i < n; i++) {
        const char *lang = list[i].language_count ? list[i].languages[0] : "";
        listed *e = push(l);

        if (!e)
            return al_error_oom();
        e->kind = ALOUD_VOICE_ESPEAK;
        /* The language is the name to give, unless another voice wins it. */
        snprintf(e->name, sizeof(e->name), "%s",
                 *lang && al_voice_for_language(list, n, lang) == &list[i]
                     ? lang : basename_of(list[i].identifier));
        snprintf(e->language, sizeof(e->language), "%s", lang);
        snprintf(e->description, sizeof(e->description), "%s", list[i].name);
    }
    return ALOUD_OK;
}

static int compare_listed(const void *a, const void *b)
{
    const listed *x = a, *y = b;

    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return strcasecmp(x->name, y->name);
}

/* One allocation: the entries, then their strings. */
static int pack(aloud_voice_entry **out, const listing *l)
{
    size_t size = l->count * sizeof(aloud_voice_entry);
    aloud_voice_entry *entries;
    char *pool;

    for (size_t i = 0; i < l->count; i++)
        size += strlen(l->items[i].name) + strlen(l->items[i].language) +
                strlen(l->items[i].description) + 3;
    if (!(entries = malloc(size ? size : 1)))
        return al_error_oom();
    pool = (char *)(entries + l->count);
    for (size_t i = 0; i < l->count; i++) {
        const char *fields[3] = { l->items[i].name, l->items[i].language, l->items[i].description };
        const char **dst[3] = { &entries[i].name, &entries[i].language, &entries[i].description };

        entries[i].kind = l->items[i].kind;
        for (int f = 0; f < 3; f++) {
            size_t len = strlen(fields[f]) + 1;
            memcpy(pool, fields[f], len);
            *dst[f] = pool;
            pool += len;
        }
    }
    *out = entries;
    return ALOUD_OK;
}

int aloud_voices_list(aloud_voice_entry **out, size_t *count)
{
    listing l = { NULL, 0, 0 };
    int err;

    if (!out || !count)
        return al_error_set(ALOUD_EINVAL, "aloud_voices_list: no output");
    *out = NULL;
    *count = 0;
    if ((err = add_profiles(&l)) < 0 || (err = add_espeak_voices(&l)) < 0)
        goto cleanup;
    qsort(l.items, l.count, sizeof(*l.items), compare_listed);
    if ((err = pack(out, &l)) < 0)
        goto cleanup;
    *count = l.count;
    al_error_clear();
cleanup:
    free(l.items);
    return err;
}
