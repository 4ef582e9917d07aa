/*
 * test_decode.c - unit tests for the input side's private decode API:
 * al_decode_sniff() (is this a page at all?) and al_decode_to_utf8()
 * (which charset, and the conversion itself).
 *
 * A tiny harness: CHECK() records a failure with its line and goes on, so
 * one run shows every broken case. Exit status 1 when anything failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

static int passed, failed;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            passed++;                                                      \
        } else {                                                           \
            failed++;                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

/* DECODES_TO(data, len, charset, expect): decode DATA (LEN bytes) with
 * transport CHARSET; the result must contain EXPECT. */
#define DECODES_TO(...) check_decode(__LINE__, __VA_ARGS__)

static void check_decode(int line, const char *data, size_t len, const char *charset,
                         const char *expect)
{
    char *out = NULL;
    size_t out_len = 0;
    int err = al_decode_to_utf8(&out, &out_len, data, len, charset, "test.html");

    if (err == ALOUD_OK && out && strlen(out) == out_len && strstr(out, expect)) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "%s:%d: decode failed (err %d): got \"%s\", want it to contain \"%s\"\n",
                __FILE__, line, err, out ? out : "(null)", expect);
    }
    free(out);
}

/* Decode and return the text (caller frees), for checks of what is absent. */
static char *decode(const char *data, size_t len, const char *charset)
{
    char *out = NULL;
    size_t out_len;

    if (al_decode_to_utf8(&out, &out_len, data, len, charset, "test.html") != ALOUD_OK)
        return NULL;
    return out;
}

#define S(lit) lit, sizeof(lit) - 1

static void test_fallbacks(void)
{
    char *out;

    /* No declaration, not UTF-8: windows-1252 (curly quotes, e acute). */
    DECODES_TO(S("<p>\x93Hello\x94 caf\xE9</p>"), NULL,
               "<p>\xE2\x80\x9CHello\xE2\x80\x9D caf\xC3\xA9</p>");
    /* No declaration, valid UTF-8: UTF-8, copied exactly. */
    out = decode(S("<p>na\xC3\xAFve \xE2\x82\xAC 5</p>"), NULL);
    CHECK(out && strcmp(out, "<p>na\xC3\xAFve \xE2\x82\xAC 5</p>") == 0);
    free(out);
    /* Undefined windows-1252 byte 0x81: U+FFFD, and the rest survives. */
    DECODES_TO(S("a\x81 caf\xE9"), NULL, "a\xEF\xBF\xBD caf\xC3\xA9");
}

static void test_meta(void)
{
    char *out;
    char big[2048];

    /* <meta charset>: ISO-8859-2 Polish letters. */
    DECODES_TO(S("<html><head><meta charset=\"iso-8859-2\"></head><p>\xA3\xF3" "d\xBC \xB1\xE6\xEA</p>"),
               NULL, "\xC5\x81\xC3\xB3" "d\xC5\xBA \xC4\x85\xC4\x87\xC4\x99");
    /* http-equiv Content-Type: ISO-8859-15 has the euro sign at 0xA4
     * (windows-1252 would give the currency sign U+00A4). */
    out = decode(S("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                   "<p>10 \xA4</p>"), NULL);
    CHECK(out && strstr(out, "10 \xE2\x82\xAC") && !strstr(out, "\xC2\xA4"));
    free(out);
    /* Unquoted, upper case, single quotes, attributes in another order. */
    DECODES_TO(S("<META CONTENT='text/html;charset=koi8-r' HTTP-EQUIV='content-type'>\xE4\xC1"),
               NULL, "\xD0\x94\xD0\xB0");
    /* A meta inside a comment does not count: windows-1252 fallback. */
    DECODES_TO(S("<!-- <meta charset=iso-8859-2> --><p>\xE9</p>"), NULL, "\xC3\xA9");
    /* A <meta> past the first 1024 bytes decides only when the bytes are
     * not UTF-8 (a browser's parser meets it and changes the encoding). */
    memset(big, ' ', sizeof(big));
    memcpy(big + 1100, "<meta charset=iso-8859-2>\xB1", 26);
    out = decode(big, sizeof(big), NULL);
    CHECK(out && strstr(out, "\xC4\x85") && !strstr(out, "\xC2\xB1"));
    free(out);
    memcpy(big + 1100, "<meta charset=iso-8859-2>\xC2\xB1", 27);
    out = decode(big, sizeof(big), NULL);
    CHECK(out && strstr(out, "\xC2\xB1") && !strstr(out, "\xC4\x85"));
    free(out);
    /* An unknown label is skipped and the next <meta> decides. */
    DECODES_TO(S("<meta charset=\"x-no-such\"><meta charset=\"iso-8859-2\"><p>\xB1</p>"), NULL,
               "\xC4\x85");
    /* A stale <meta> label on a page re-saved as UTF-8: the valid
     * multi-byte UTF-8 wins (gb2312 would turn it into mojibake). */
    out = decode(S("<meta charset=\"gb2312\"><p>\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD "
                   "\xE6\x8A\x80\xE6\x9C\xAF</p>"), NULL);
    CHECK(out && strstr(out, "\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD"));
    free(out);
    /* Two three-byte sequences (curly quotes) are enough: windows-1252
     * would read them as "â€™" and "â€”". */
    DECODES_TO(S("<meta charset=\"iso-8859-1\"><p>theme\xE2\x80\x99s basic\xE2\x80\x94no</p>"), NULL,
               "theme\xE2\x80\x99s basic\xE2\x80\x94no");
    /* ...but one stray high byte is not enough to doubt the label. */
    DECODES_TO(S("<meta charset=\"iso-8859-2\"><p>\xC3\xA9 and \xB1</p>"), NULL, "\xC4\x85");
    /* A meta claiming UTF-16 in ASCII bytes means UTF-8 (WHATWG). */
    DECODES_TO(S("<meta charset=utf-16><p>\xC3\xA9</p>"), NULL, "<p>\xC3\xA9</p>");
}

static void test_labels(void)
{
    /* WHATWG: latin1/iso-8859-1/us-ascii mean windows-1252. */
    DECODES_TO(S("\x93quoted\x94"), "latin1", "\xE2\x80\x9Cquoted\xE2\x80\x9D");
    DECODES_TO(S("\x80 5"), "us-ascii", "\xE2\x82\xAC 5");
    DECODES_TO(S("\x80 5"), "ISO-8859-1", "\xE2\x82\xAC 5");
    DECODES_TO(S("\x82\xA0"), "x-sjis", "\xE3\x81\x82");            /* hiragana a */
    DECODES_TO(S("\xC4\xE3\xBA\xC3"), "gb2312", "\xE4\xBD\xA0\xE5\xA5\xBD");  /* ni hao */
    DECODES_TO(S("caf\xC3\xA9"), " UTF8 ", "caf\xC3\xA9");
    /* A whole Content-Type value is accepted as well as a bare label. */
    DECODES_TO(S("\xB1"), "text/html; charset=\"ISO-8859-2\"", "\xC4\x85");
    /* ...and so is what follows "charset=" in one, quotes and parameters included. */
    DECODES_TO(S("\xB1"), "\"ISO-8859-2\"; format=flowed", "\xC4\x85");
    DECODES_TO(S("\xB1"), "iso-8859-2;q=1", "\xC4\x85");
    /* Stateful ISO-2022-JP. */
    DECODES_TO(S("\x1B$B$\"\x1B(B ok"), "iso-2022-jp", "\xE3\x81\x82 ok");
    /* "utf-16" without a BOM is little-endian. */
    DECODES_TO(S("h\0i\0"), "utf-16", "hi");
}

static void test_transport_beats_meta(void)
{
    char *out;

    /* Bytes 0xE4 0xE0: "да" in windows-1251, "äŕ" in ISO-8859-2. */
    out = decode(S("<meta charset=iso-8859-2><p>\xE4\xE0</p>"), "windows-1251");
    CHECK(out && strstr(out, "\xD0\xB4\xD0\xB0") && !strstr(out, "\xC3\xA4"));
    free(out);
    /* An unknown transport label is ignored: the meta decides. */
    DECODES_TO(S("<meta charset=iso-8859-2><p>\xB1</p>"), "x-bogus", "\xC4\x85");
    /* Unknown label, no meta: valid UTF-8 stays UTF-8... */
    DECODES_TO(S("caf\xC3\xA9"), "x-bogus", "caf\xC3\xA9");
    /* ...and other bytes fall back to windows-1252 rather than failing. */
    DECODES_TO(S("caf\xE9"), "x-bogus", "caf\xC3\xA9");
    /* A label too long to be real is unknown, not an error. */
    DECODES_TO(S("caf\xE9"), "x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
               "caf\xC3\xA9");
}

static void test_bom(void)
{
    char *out;

    /* UTF-8 BOM: stripped, and it beats the transport and meta labels. */
    out = decode(S("\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9</p>"), "iso-8859-2");
    CHECK(out && strncmp(out, "<meta", 5) == 0 && strstr(out, "caf\xC3\xA9"));
    free(out);
    /* UTF-16LE BOM. */
    out = decode(S("\xFF\xFE<\0p\0>\0" "c\0a\0f\0\xE9\0\x3B\x04"), NULL);
    CHECK(out && strcmp(out, "<p>caf\xC3\xA9\xD0\xBB") == 0);
    free(out);
    /* UTF-16BE BOM. */
    DECODES_TO(S("\xFE\xFF\0h\0\xE9"), NULL, "h\xC3\xA9");
    /* UTF-16 without BOM or label, recognised by its zero bytes. */
    DECODES_TO(S("<\0p\0>\0h\0\xE9\0l\0l\0o\0"), NULL, "<p>h\xC3\xA9llo");
}

static void test_invalid(void)
{
    char *out;
    size_t len;

    /* Declared UTF-8 but invalid: each bad byte becomes U+FFFD. */
    out = decode(S("<meta charset=utf-8><p>ab\xFF" "cd\xC3</p>"), NULL);
    CHECK(out && strstr(out, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD</p>"));
    free(out);
    /* Overlong encoding and a lone surrogate. */
    DECODES_TO(S("x\xC0\xAFy\xED\xA0\x80z"), "utf-8", "x\xEF\xBF\xBD\xEF\xBF\xBDy");
    /* GBK with an invalid byte in the middle and a truncated end. */
    DECODES_TO(S("\xC4\xE3\xFF\xC4\xE3\xBA"), "gbk", "\xE4\xBD\xA0\xEF\xBF\xBD\xE4\xBD\xA0\xEF\xBF\xBD");
    /* UTF-16LE with a lone high surrogate: U+FFFD, and it stays in step. */
    DECODES_TO(S("\xFF\xFE" "a\0\x00\xD8" "b\0c\0"), NULL, "a\xEF\xBF\xBD" "bc");

    /* NUL bytes are dropped, in the UTF-8 and the iconv paths. */
    CHECK(al_decode_to_utf8(&out, &len, S("a\0b\0c"), NULL, "t") == ALOUD_OK);
    CHECK(out && len == 3 && strcmp(out, "abc") == 0);
    free(out);
    CHECK(al_decode_to_utf8(&out, &len, S("caf\xE9\0!"), NULL, "t") == ALOUD_OK);
    CHECK(out && len == 6 && strcmp(out, "caf\xC3\xA9!") == 0);
    free(out);

    /* Empty input decodes to an empty string. */
    CHECK(al_decode_to_utf8(&out, &len, "", 0, NULL, "t") == ALOUD_OK);
    CHECK(out && len == 0 && out[0] == '\0');
    free(out);
}

static void test_large(void)
{
    size_t n = 3 << 20, i, len = 0;
    char *in = malloc(n + 1), *out = NULL;

    CHECK(in != NULL);
    if (!in)
        return;
    for (i = 0; i + 3 <= n; i += 3)
        memcpy(in + i, i % 300 ? "ab " : "\xE2\x82\xAC", 3);
    CHECK(al_decode_to_utf8(&out, &len, in, i, NULL, "big") == ALOUD_OK);
    CHECK(out && len == i && memcmp(out, in, i) == 0);
    free(out);
    /* The same size through iconv (windows-1252). */
    for (i = 0; i < n; i++)
        in[i] = i % 100 ? 'x' : '\xE9';
    CHECK(al_decode_to_utf8(&out, &len, in, n, NULL, "big") == ALOUD_OK);
    CHECK(out && len == n + (n + 99) / 100 && memcmp(out, "\xC3\xA9xx", 4) == 0);
    free(out);
    free(in);
}

/* Property: whatever the bytes and the label, the result is valid UTF-8
 * with no NUL inside. Deterministic pseudo-random input (an LCG). */
static void test_random(void)
{
    static const char *labels[] = { NULL, "utf-8", "windows-1252", "shift_jis", "gbk", "big5",
                                    "euc-jp", "iso-2022-jp", "utf-16", "utf-16be", "euc-kr",
                                    "koi8-r", "gb18030", "x-bogus" };
    unsigned char buf[300];
    unsigned long seed = 12345;
    size_t round, i, n, len, bad = 0;
    char *out;

    for (round = 0; round < 3000; round++) {
        n = round % sizeof(buf);
        for (i = 0; i < n; i++) {
            seed = seed * 1103515245UL + 12345UL;
            buf[i] = (unsigned char)(seed >> 16);
            if (round % 3 == 0 && buf[i] > 0xC0)
                buf[i] = (unsigned char)('<' + buf[i] % 40);  /* some markup-ish bytes */
        }
        out = NULL;
        if (al_decode_to_utf8(&out, &len, (const char *)buf, n,
                              labels[round % (sizeof(labels) / sizeof(labels[0]))], "r") != ALOUD_OK ||
            !out || strlen(out) != len || !al_utf8_valid(out, len))
            bad++;
        free(out);
    }
    CHECK(bad == 0);
}

/* Sniff DATA; expect CODE and, on failure, a message containing WHAT. */
static void check_sniff(int line, const char *data, size_t len, int code, const char *what)
{
    int err = al_decode_sniff(data, len, "page.html");
    const char *msg = aloud_error_message();

    if (err == code && (code == ALOUD_OK ||
                        (strncmp(msg, "page.html: ", 11) == 0 && strstr(msg, what)))) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "%s:%d: sniff gave %d \"%s\", want %d \"%s\"\n", __FILE__, line, err,
                msg, code, what);
    }
}

#define SNIFF(data, code, what) check_sniff(__LINE__, S(data), code, what)

static void test_sniff(void)
{
    unsigned char noise[600];
    size_t i;

    check_sniff(__LINE__, "", 0, ALOUD_ENOTHTML, "empty input");
    SNIFF(" \n\t\r\n", ALOUD_ENOTHTML, "empty input");
    SNIFF("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", ALOUD_ENOTHTML, "looks like a PNG image");
    SNIFF("\xFF\xD8\xFF\xE0\0\x10JFIF", ALOUD_ENOTHTML, "JPEG image");
    SNIFF("GIF89a\x01\0\x01\0", ALOUD_ENOTHTML, "GIF image");
    SNIFF("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", ALOUD_ENOTHTML, "not an HTML page (looks like a PDF document)");
    SNIFF("\x1F\x8B\x08\0\0\0\0\0", ALOUD_ENOTHTML, "gzip");
    SNIFF("PK\x03\x04\x14\0\0\0", ALOUD_ENOTHTML, "zip archive");
    SNIFF("RIFF\x24\0\0\0WEBPVP8 ", ALOUD_ENOTHTML, "WebP image");
    SNIFF("ID3\x04\0\0\0\0\0\0", ALOUD_ENOTHTML, "MP3");
    SNIFF("OggS\0\x02\0\0", ALOUD_ENOTHTML, "Ogg");
    SNIFF("\x7F" "ELF\x02\x01\x01\0", ALOUD_ENOTHTML, "ELF");
    SNIFF("\0\0\0\x18" "ftypmp42", ALOUD_ENOTHTML, "MP4");
    for (i = 0; i < sizeof(noise); i++)
        noise[i] = (unsigned char)((i * 7919u + 13u) % 251u);
    check_sniff(__LINE__, (const char *)noise, sizeof(noise), ALOUD_ENOTHTML, "binary data");

    SNIFF("<!DOCTYPE html><html><body><p>Hello</p></body></html>", ALOUD_OK, "");
    SNIFF("Just a line of plain text, no markup at all.\n", ALOUD_OK, "");
    SNIFF("<p>The file starts with %PDF- in the middle</p>", ALOUD_OK, "");
    SNIFF("\xFF\xFE<\0p\0>\0h\0i\0", ALOUD_OK, "");
    SNIFF("<\0p\0>\0h\0i\0 \0t\0h\0e\0r\0e\0", ALOUD_OK, "");
    SNIFF("\xEF\xBB\xBF<p>caf\xC3\xA9 \x1B[1m bold</p>\f", ALOUD_OK, "");
}

static void test_double_encoding(void)
{
    char *out;

    /* A CMS that read UTF-8 as windows-1252 and saved it again: the page is
     * valid UTF-8, labelled so, and says "Israelâ€™s" and "â€œ". */
    out = decode(S("<meta charset=utf-8><p>Israel\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s top firms "
                   "\xC3\xA2\xE2\x82\xAC\xC5\x93quoted\xC3\xA2\xE2\x82\xAC\xC2\x9D and caf\xC3\x83\xC2\xA9 "
                   "for \xC3\x82\xC2\xA3" "5</p>"), NULL);
    CHECK(out && strstr(out, "Israel\xE2\x80\x99s top firms \xE2\x80\x9Cquoted\xE2\x80\x9D"));
    CHECK(out && strstr(out, "caf\xC3\xA9 for \xC2\xA3" "5"));
    free(out);
    /* Two two-byte runs led by "Ã" (a German and a Polish page's letters):
     * "GrÃ¶ÃŸe" is "Größe", "Å‚" is "ł" once the page shows the damage. */
    out = decode(S("<p>Gr\xC3\x83\xC2\xB6\xC3\x83\xC5\xB8" "e, mi\xC3\x85\xE2\x80\x9A" "a</p>"), "utf-8");
    CHECK(out && strstr(out, "Gr\xC3\xB6\xC3\x9F" "e, mi\xC5\x82" "a"));
    free(out);
    /* Real text with the same shapes and no damage stays: an accented
     * capital before a closing quote ("CAFÉ’S", "“IRMÃ”"), one "Ã" run. */
    out = decode(S("<p>CAF\xC3\x89\xE2\x80\x99S and \xE2\x80\x9CIRM\xC3\x83\xE2\x80\x9D</p>"), "utf-8");
    CHECK(out && strstr(out, "CAF\xC3\x89\xE2\x80\x99S and \xE2\x80\x9CIRM\xC3\x83\xE2\x80\x9D"));
    free(out);
    /* Legacy bytes decoded by iconv are never mended twice: windows-1252
     * "\xE2\x80\x99" is "â€™" written on purpose, with no UTF-8 sign. */
    out = decode(S("<meta charset=windows-1252><p>caf\xE9 \xE2\x80\x99</p>"), NULL);
    CHECK(out && strstr(out, "caf\xC3\xA9"));
    free(out);
}

int main(void)
{
    test_fallbacks();
    test_meta();
    test_labels();
    test_transport_beats_meta();
    test_bom();
    test_invalid();
    test_double_encoding();
    test_large();
    test_random();
    test_sniff();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
