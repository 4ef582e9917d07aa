/*
 * credits.c - a caption is read, its photo credit is not.
 *
 * Captions often end with who took the picture: "The hive in May. Photo:
 * Jane Doe/Reuters", "... (Image: AFP)", "... | Foto: dpa", "... Jane
 * Doe/AFP via Getty Images", "... © Jane Doe". The credit is cut from the
 * end of a caption, and a caption that is nothing but a credit is not
 * read at all.
 *
 * Evidence, for the part after the caption's last boundary (a sentence
 * end, "|", a dash, an opening bracket):
 *   - it starts with a credit label of the lexicon (data/lang
 *     [extract.credit]: "Photo", "Foto", "Quelle", "Crédit"...) followed
 *     by ':' or '/', or with a label ending in "by"/"of" ("Photo by");
 *   - or its shape is a credit: at most eight words, each capitalised or
 *     a name joiner, with a '/' between names ("Jane Doe/Reuters") or
 *     "via" before the agency ("via Getty Images");
 *   - or it starts with '©'.
 */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "lexicon.h"

#define CREDIT_MAX_WORDS 8     /* "Jane Doe/AFP via Getty Images" is five */

/* Does S (a segment) start with a credit label and then ':' or '/' (or a
 * label that ends in "by" or "of")? */
static bool labelled_credit(const char *s)
{
    const char *colon = strpbrk(s, ":/");
    char *head, *key;
    bool hit = false;
    size_t n;

    if (strncmp(s, "\xC2\xA9", 2) == 0)                 /* © */
        return true;
    n = colon ? (size_t)(colon - s) : strlen(s);
    if (n == 0 || n > 40 || !(head = al_strndup(s, n)))
        return false;
    if ((key = al_text_key(head))) {
        size_t k = strlen(key);
        bool by = (k > 3 && strcmp(key + k - 3, " by") == 0) || (k > 3 && strcmp(key + k - 3, " of") == 0);
        hit = *key && al_lexicon_exact(AL_LEX_CREDIT, key) && (colon || by);
        /* "Photo by Jane Doe": the label ends at "by" */
        if (!hit && !colon) {
            char *p = strstr(key, " by ");
            if (p) {
                p[3] = '\0';
                hit = al_lexicon_exact(AL_LEX_CREDIT, key);
            }
        }
    }
    free(key);
    free(head);
    return hit;
}

/* The shape of an agency credit: "Jane Doe/Reuters", "AFP via Getty Images". */
static bool shaped_credit(const char *s)
{
    size_t words = 0;
    bool slash = false, via = false;
    const char *p = s;

    while (*p) {
        const char *w = p;
        size_t n;

        while (*p && *p != ' ' && *p != '/')
            p++;
        n = (size_t)(p - w);
        if (n) {
            words++;
            if (n == 3 && strncmp(w, "via", 3) == 0)
                via = true;
            else if (!((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0xC0) &&
                     !(n <= 3 && (strncmp(w, "de", n) == 0 || strncmp(w, "van", n) == 0 ||
                                  strncmp(w, "von", n) == 0 || strncmp(w, "da", n) == 0)))
                return false;     /* a lower-case word: a sentence, not a name */
        }
        if (*p == '/')
            slash = true;
        if (*p)
            p++;
    }
    return words >= 1 && words <= CREDIT_MAX_WORDS && (slash || via);
}

/* Where the credit at the end of TEXT starts, or NULL when it has none. */
static char *credit_start(char *text)
{
    static const char *const boundaries[] = { ". ", "| ", "\xE2\x80\x94 ", "\xE2\x80\x93 ", "(", "[",
                                              "; ", ", " };
    char *best = NULL;

    if (labelled_credit(text))
        return text;
    for (size_t b = 0; b < sizeof(boundaries) / sizeof(boundaries[0]); b++) {
        size_t bl = strlen(boundaries[b]);
        for (char *p = strstr(text, boundaries[b]); p; p = strstr(p + 1, boundaries[b])) {
            char *seg = p + bl, *end;
            char *copy;
            bool credit;

            while (*seg == ' ')
                seg++;
            if (!*seg || (best && seg >= best))
                continue;
            if (!(copy = al_strdup(seg)))
                return NULL;
            end = copy + strlen(copy);
            while (end > copy && strchr(" .)]", end[-1]))
                *--end = '\0';
            /* a comma only separates a shaped credit ("..., Jane Doe/AFP") */
            credit = (strcmp(boundaries[b], ", ") != 0 && labelled_credit(copy)) || shaped_credit(copy);
            free(copy);
            if (credit)
                best = (b == 0) ? p + 1 : p;   /* keep the sentence's full stop */
        }
    }
    return best;
}

void al_credits_trim(al_items *items)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        char *cut;

        if (it->junk || it->kind != ALOUD_BLOCK_CAPTION || !it->text)
            continue;
        if (!(cut = credit_start(it->text)))
            continue;
        while (cut > it->text && (cut[-1] == ' ' || cut[-1] == '|' || cut[-1] == ','))
            cut--;
        *cut = '\0';
        if (!*it->text)
            it->junk = true;          /* nothing but a credit */
        it->text_len = al_utf8_chars(it->text);
        if (it->link_len > it->text_len)
            it->link_len = it->text_len;
    }
}
