/*
 * langdata.c - look up the generated language tables (see langdata.h).
 *
 * The table is sorted by (table, language), so a lookup is two binary
 * searches for the run's ends; nothing is allocated. An entry's word key
 * (al_lang_entry_key) is made the first time it is asked for and kept.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "langdata.h"
#include "util.h"

/* Compare entry E with (TABLE, LANG, N): LANG NULL compares tables only. */
static int cmp(const al_lang_entry *e, const char *table, const char *lang, size_t n)
{
    int c = strcmp(e->table, table);

    if (c || !lang)
        return c;
    c = strncasecmp(e->lang, lang, n);
    return c ? c : (e->lang[n] != '\0');
}

/* The first entry not below (TABLE, LANG) (UPPER: above). */
static size_t bound(const char *table, const char *lang, size_t n, bool upper)
{
    size_t lo = 0, hi = al_lang_entry_count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp(&al_lang_entries[mid], table, lang, n);
        if (c < 0 || (upper && c == 0))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The runs found last, per thread, by the address of the table's name
 * and language: the rules ask for the same few tables for every block of
 * a page, and two binary searches over all the entries each time were
 * 6 to 8 % of the extraction of a page of 100,000 paragraphs. A run is
 * taken from here only when its first entry still has that table and
 * language (a name in a reused buffer may differ); an empty one is not
 * kept. */
#define RECENT_RUNS 64

static _Thread_local struct {
    const char *table, *lang;
    size_t lo, hi;
} recent[RECENT_RUNS];

const al_lang_entry *al_lang_table(const char *table, const char *lang, size_t *count)
{
    size_t n = lang ? strcspn(lang, "-_") : 0, lo, hi, r;

    *count = 0;
    if (!table || (lang && n == 0) || al_lang_entry_count == 0)
        return NULL;
    r = (((uintptr_t)table >> 3) ^ ((uintptr_t)lang >> 3)) % RECENT_RUNS;
    if (recent[r].table == table && recent[r].lang == lang && recent[r].hi > recent[r].lo &&
        cmp(&al_lang_entries[recent[r].lo], table, lang, n) == 0) {
        *count = recent[r].hi - recent[r].lo;
        return &al_lang_entries[recent[r].lo];
    }
    lo = bound(table, lang, n, false);
    hi = bound(table, lang, n, true);
    if (lo >= hi)
        return NULL;
    recent[r].table = table;
    recent[r].lang = lang;
    recent[r].lo = lo;
    recent[r].hi = hi;
    *count = hi - lo;
    return &al_lang_entries[lo];
}

bool al_lang_is(const char *lang, const char *primary)
{
    size_t n = lang ? strcspn(lang, "-_") : 0;

    return n && strlen(primary) == n && strncasecmp(lang, primary, n) == 0;
}

/* Each entry's key, made when first asked for: the rules match the same
 * table's phrases against every block of the page, and making a key
 * each time cost a third of the extraction of a page of 100,000 boxes. */
static _Atomic(char *) *entry_keys;
static pthread_once_t entry_keys_once = PTHREAD_ONCE_INIT;

static void alloc_entry_keys(void)
{
    entry_keys = calloc(al_lang_entry_count, sizeof(*entry_keys));
    for (size_t i = 0; entry_keys && i < al_lang_entry_count; i++)
        atomic_init(&entry_keys[i], NULL);
}

const char *al_lang_entry_key(const al_lang_entry *e)
{
    size_t i = (size_t)(e - al_lang_entries);
    char *key, *none = NULL;

    pthread_once(&entry_keys_once, alloc_entry_keys);
    if (!entry_keys)
        return NULL;
    if ((key = atomic_load_explicit(&entry_keys[i], memory_order_acquire)) != NULL)
        return key;
    if (!(key = al_text_key(e->key)))
        return NULL;
    /* Another thread may have made it meanwhile: keep the first. */
    if (!atomic_compare_exchange_strong_explicit(&entry_keys[i], &none, key, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        free(key);
        key = none;
    }
    return key;
}
