/*
 * langdata.h - the language data of data/lang/<lang>.txt, compiled into one
 * table at build time by scripts/gen-langdata.py (private).
 *
 * Every word aloud knows in a language lives in that language's file:
 * extraction's chrome and appeal phrases, stop words, spoken phrases and
 * normalisation tables. A table is named "stage.table" ("extract.share",
 * "speech.abbrev"); its entries are sorted by table, then language, so
 * one language's entries of one table are contiguous. "mul" holds what
 * belongs to no one language.
 */
#ifndef ALOUD_LANGDATA_H
#define ALOUD_LANGDATA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *table;   /* "extract.share" */
    const char *lang;    /* "en", "de", "mul" */
    const char *key;     /* the phrase or key */
    const char *value;   /* the value after a TAB, or NULL */
} al_lang_entry;

extern const al_lang_entry al_lang_entries[];
extern const size_t al_lang_entry_count;

/**
 * The entries of TABLE for language LANG ("de", "de-AT": the primary tag
 * is used): *COUNT of them from the returned pointer; NULL and 0 when
 * there are none. LANG NULL gives every language's entries of TABLE.
 */
const al_lang_entry *al_lang_table(const char *table, const char *lang, size_t *count);

/**
 * The word key (al_text_key) of entry E's key, one of al_lang_entries:
 * made once per process and kept, borrowed by the caller; NULL when out
 * of memory.
 */
const char *al_lang_entry_key(const al_lang_entry *e);

/** True when LANG's primary tag is PRIMARY ("de-AT" is "de"). */
bool al_lang_is(const char *lang, const char *primary);

#endif /* ALOUD_LANGDATA_H */
