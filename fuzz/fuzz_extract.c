/*
 * fuzz_extract.c - libFuzzer target: raw bytes through decode, parse,
 * extract and outline (aloud_article_from_html), then a rendering.
 *
 * The first byte chooses the options, the rest is the page:
 *   bits 0-3  the charset a transport declared (none, real labels, an
 *             unknown one, the UTF-16s that need a BOM or not)
 *   bits 4-5  the render format
 *   bit 6     whether the page has a URL (metadata resolves against it)
 *   bit 7     look a section up by a word of the page
 * Crashes, leaks and undefined behaviour are the sanitizers' to find;
 * fuzz_check.h aborts on an article or rendering that breaks the API's
 * promises (control characters, invalid UTF-8, JSON that does not parse).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const charsets[16] = {
    NULL, "utf-8", "iso-8859-1", "windows-1251", "shift_jis", "euc-jp", "iso-2022-jp",
    "gb18030", "big5", "euc-kr", "utf-16le", "utf-16be", "koi8-r", "iso-2022-kr",
    "x-no-such-charset", "\"UTF-8\"; q=1"
};

static void lookup_section(const aloud_article *a, const uint8_t *data, size_t size)
{
    char spec[16];
    size_t n = size < sizeof(spec) - 1 ? size : sizeof(spec) - 1;

    memcpy(spec, data, n);
    spec[n] = '\0';
    if (spec[0])
        (void)aloud_article_find_section(a, spec);
    (void)aloud_article_find_section(a, "2");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    aloud_article *a = NULL;
    unsigned opt;
    int err;

    if (size < 1)
        return 0;
    opt = data[0];
    data++, size--;
    err = aloud_article_from_html(&a, (const char *)data, size, charsets[opt & 15],
                                  opt & 64 ? "https://fuzz.example/a/b.html?x=1" : NULL);
    if (err < 0) {
        if (a)
            fuzz_fail("an article returned with an error", "", 0);
        fuzz_check_clean(aloud_error_message(), false, "error message");
        return 0;
    }
    fuzz_check_article(a);
    fuzz_check_render(a, (aloud_format)((opt >> 4) & 3));
    if (opt & 128)
        lookup_section(a, data + size / 2, size - size / 2);
    aloud_article_free(a);
    return 0;
}
