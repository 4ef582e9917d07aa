/*
 * pronounce.h - the pronunciation lexicon: words espeak-ng says wrong
 * (names, brands, tech terms) replaced by respellings it says right
 * (private).
 *
 * Usage:
 *
 *     al_pronounce *lex;
 *     char *spoken;
 *
 *     if (al_pronounce_load(&lex, user_path) < 0)
 *         return aloud_error_last();       // "FILE:LINE: what is wrong"
 *     spoken = al_pronounce_apply(lex, "Run kubectl on a Huawei.", "en-us");
 *     // "Run kube control on a wah way."
 *     free(spoken);
 *     al_pronounce_free(lex);
 *
 * An entry is a key (one word or several, "Wi-Fi", "Visual Studio Code"),
 * its spoken form, and two optional rules: a language (the entry applies
 * only to voices of that language) and case (keys with a capital letter
 * match that exact case by default, all-lowercase keys any case). Where two
 * entries match at one place the longer match wins, then the one loaded
 * last. The file format is documented in README.md ("Pronunciation
 * lexicon") and docs/aloud.1 (LEXICON).
 */
#ifndef ALOUD_PRONOUNCE_H
#define ALOUD_PRONOUNCE_H

typedef struct al_pronounce al_pronounce;

/**
 * Load the lexicon: the shipped entries (data/lang tables
 * [speech.pronounce]; those of mul.txt are English respellings and apply to
 * English voices), then $XDG_CONFIG_HOME/aloud/lexicon (default
 * ~/.config/aloud/lexicon) when it exists, then the user's file PATH (NULL:
 * none); later entries win, so the command line's file wins.
 *
 * @param out   receives the lexicon; free it with al_pronounce_free()
 * @param path  a lexicon file, or NULL
 * @return ALOUD_OK; ALOUD_EINVAL for a bad entry (message
 *         "FILE:LINE: what is wrong"); ALOUD_EFILE when PATH, or an
 *         existing configuration file, cannot be read; ALOUD_ERROR (OOM)
 */
int al_pronounce_load(al_pronounce **out, const char *path);

/**
 * TEXT with every whole-word entry for LANG (and language-neutral entries)
 * replaced by its spoken form; plain text in and out (the caller escapes
 * it for SSML).
 *
 * @param lex   the lexicon; NULL gives a copy of TEXT
 * @param text  UTF-8 text
 * @param lang  the voice's language ("en", "en-us", "de"); an entry for
 *              "en" applies to "en-us" and "en-gb-x-rp". NULL: only the
 *              language-neutral entries (those of user files without lang=)
 * @return a new string the caller frees; NULL when out of memory
 */
char *al_pronounce_apply(const al_pronounce *lex, const char *text, const char *lang);

/** The number of entries loaded (for tests and diagnostics). */
unsigned long al_pronounce_count(const al_pronounce *lex);

/** Free LEX; NULL is accepted. */
void al_pronounce_free(al_pronounce *lex);

#endif /* ALOUD_PRONOUNCE_H */
