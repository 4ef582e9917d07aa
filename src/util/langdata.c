/*
 * langdata.c - look up the generated language tables (see langdata.h).
 *
 * The table is sorted by (table, language), so a lookup is two binary
 * searches for the run's ends; nothing is allocated.
 */
#include <string.h>
#include <strings.h>

#include "langdata.h"

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

const al_lang_entry *al_lang_table(const char *table, const char *lang, size_t *count)
{
    size_t n = lang ? strcspn(lang, "-_") : 0, lo, hi;

    *count = 0;
    if (!table || (lang && n == 0) || al_lang_entry_count == 0)
        return NULL;
    lo = bound(table, lang, n, false);
    hi = bound(table, lang, n, true);
    if (lo >= hi)
        return NULL;
    *count = hi - lo;
    return &al_lang_entries[lo];
}

bool al_lang_is(const char *lang, const char *primary)
{
    size_t n = lang ? strcspn(lang, "-_") : 0;

    return n && strlen(primary) == n && strncasecmp(lang, primary, n) == 0;
}
