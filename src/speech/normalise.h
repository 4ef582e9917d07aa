/*
 * normalise.h - text normalisation: numbers, money, dates, units, symbols
 * and abbreviations rewritten as the words a good human reader says, before
 * espeak-ng reads them (private).
 *
 * The words come from the [speech.*] tables of data/lang/<lang>.txt (see
 * data/lang/README.md); normalise.c holds only the mechanisms. Whatever
 * espeak-ng already reads right (plain cardinals, decimals, percentages in
 * most languages) is left as digits.
 */
#ifndef ALOUD_NORMALISE_H
#define ALOUD_NORMALISE_H

/** TEXT rewritten as the words a good human reader says, in language LANG
 *  ("en", "de-AT"; NULL or unknown: rules that are safe in any language, e.g.
 *  symbols, and English number words are NOT used). Plain UTF-8 text out, not
 *  SSML (the caller escapes it). Caller frees; NULL only when out of memory. */
char *al_normalise(const char *text, const char *lang);

#endif /* ALOUD_NORMALISE_H */
