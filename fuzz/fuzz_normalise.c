/*
 * fuzz_normalise.c - libFuzzer target for the text normalisation
 * (src/speech/normalise.c): a page's words rewritten as the words a human
 * reader says, before they are escaped into SSML.
 *
 * The first byte picks the language (en, en-US, de, fr, es, it, none,
 * an unknown tag, then pl, pt, pt-BR, nl, ru, cs, sv, ja); the rest is a block's text, cleaned the
 * way the page's text is before it gets here (al_text_normalize). The
 * invariants: al_normalise() returns a string (the allocator never fails
 * here), valid UTF-8 without control characters, no longer than a fixed
 * factor of its input (a rule may not loop or run away), and every URL of
 * the input (a token starting with http:// or https://) is in the output
 * unchanged, for the caller to name its host.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"
#include "normalise.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every http(s) token of IN (at the start or after a space) is in OUT. */
static void check_urls(const char *in, const char *out)
{
    for (const char *p = in; (p = strstr(p, "http")) != NULL; p++) {
        size_t n;
        char *tok;
        if ((p != in && p[-1] != ' ') || (strncmp(p, "http://", 7) && strncmp(p, "https://", 8)))
            continue;
        n = strcspn(p, " ");
        if (!(tok = al_strndup(p, n)))
            abort();
        if (!strstr(out, tok))
            fuzz_fail("a URL changed", out, 0);
        free(tok);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[16] = { "en", "en-US", "de", "fr", "es", "it", NULL, "xx-YY",
                                           "pl", "pt", "pt-BR", "nl", "ru", "cs", "sv", "ja" };
    char *raw, *text, *out;
    size_t len;

    if (size < 1 || size > 65536)
        return 0;
    if (!(raw = malloc(size)))
        abort();
    memcpy(raw, data + 1, size - 1);
    raw[size - 1] = '\0';
    text = al_text_normalize(raw);
    free(raw);
    if (!text)
        abort();
    out = al_normalise(text, langs[data[0] & 15]);
    if (!out)
        fuzz_fail("al_normalise returned NULL", text, 0);
    fuzz_check_clean(out, false, "normalised text");
    len = strlen(text);
    if (strlen(out) > 32 * len + 64)
        fuzz_fail("normalised text too long", out, 0);
    check_urls(text, out);
    free(out);
    free(text);
    return 0;
}
