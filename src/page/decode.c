/*
 * decode.c - refuse bytes that are not a page, and turn a page into UTF-8.
 *
 * Sniffing: magic numbers of the usual suspects (images, PDF, archives,
 * audio, executables) and a control-byte ratio over the first 1 KiB. Plain
 * text without a single tag is let through on purpose: it is "not an
 * article" rather than "not HTML", and the extractor says so.
 *
 * Charset: the order browsers use (WHATWG "encoding sniffing"): a BOM,
 * then the transport's label, then a <meta> prescan of the first 1024
 * bytes, then UTF-8 if the bytes are valid UTF-8, then a <meta> further
 * into <head> (LATE_META_BYTES, as a browser's parser would meet it and
 * change the encoding), else windows-1252.
 * Labels map to encodings through the WHATWG label table (so "iso-8859-1"
 * and "ascii" mean windows-1252, "gb2312" means GBK, ...). A label no
 * browser knows is ignored, as browsers ignore it, and the next step
 * decides; only a real encoding that this system's iconv lacks fails with
 * ALOUD_ECHARSET (and only when the bytes are not plain UTF-8 anyway).
 *
 * Conversion: valid UTF-8 is copied without iconv; invalid UTF-8 is
 * repaired with U+FFFD by our own decoder; everything else goes through
 * iconv, where an invalid sequence (EILSEQ) becomes U+FFFD and decoding
 * goes on one unit later (one byte, two for UTF-16). NUL bytes are dropped
 * from the output: they would cut C strings short downstream.
 *
 * Double encoding: a page whose text was UTF-8, read once as windows-1252
 * and saved again as UTF-8 by its CMS, says "Israelâ€™s" in valid UTF-8,
 * whatever its label; a listener would hear "a euro trademark". Each such
 * run is a UTF-8 lead byte's character (U+00C2..U+00F4) followed by the
 * characters of its continuation bytes (0x80..0xBF as windows-1252 shows
 * them); read back as bytes, the run is one valid UTF-8 character. Real
 * text holds such runs too ("CAFÉ’S": É then a closing quote), so the
 * page must first show the damage: a three-byte run (lead U+00E0 or up:
 * "â€™", "â€œ", never a word) or two two-byte runs led by "Â" or "Ã"
 * ("Ã©", "Â£"). Then every run is mended. The windows-1252 table is
 * iconv's, built once.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"

#define PRESCAN_BYTES 1024
#define LATE_META_BYTES 16384   /* how far into <head> a later <meta> charset is looked for */
#define SNIFF_BYTES 1024
#define LABEL_MAX 64

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* ------------------------------------------------------------------------ */
/* Sniffing                                                                 */
/* ------------------------------------------------------------------------ */

typedef struct {
    size_t offset;
    const char *magic;
    size_t len;
    const char *what;
} magic_number;

static const magic_number MAGIC[] = {
    { 0, "\x89PNG\r\n\x1a\n", 8, "a PNG image" },
    { 0, "\xFF\xD8\xFF", 3, "a JPEG image" },
    { 0, "GIF87a", 6, "a GIF image" },
    { 0, "GIF89a", 6, "a GIF image" },
    { 0, "%PDF-", 5, "a PDF document" },
    { 0, "\x1F\x8B", 2, "gzip-compressed data" },
    { 0, "PK\x03\x04", 4, "a zip archive" },
    { 0, "PK\x05\x06", 4, "a zip archive" },
    { 0, "7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive" },
    { 0, "\xFD" "7zXZ", 5, "xz-compressed data" },
    { 8, "WEBP", 4, "a WebP image" },
    { 8, "WAVE", 4, "a WAV audio file" },
    { 0, "RIFF", 4, "a RIFF media file" },
    { 0, "ID3", 3, "an MP3 audio file" },
    { 0, "\xFF\xFB", 2, "an MP3 audio file" },
    { 0, "\xFF\xF3", 2, "an MP3 audio file" },
    { 0, "OggS", 4, "an Ogg audio or video file" },
    { 0, "fLaC", 4, "a FLAC audio file" },
    { 4, "ftyp", 4, "an MP4 or QuickTime video" },
    { 0, "\x7F" "ELF", 4, "an executable (ELF)" },
    { 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an MS Office document" },
    { 0, "wOFF", 4, "a web font" },
    { 0, "wOF2", 4, "a web font" },
};

static const char *magic_match(const unsigned char *p, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof(MAGIC) / sizeof(MAGIC[0]); i++) {
        const magic_number *m = &MAGIC[i];
        if (len >= m->offset + m->len && memcmp(p + m->offset, m->magic, m->len) == 0) {
            /* RIFF containers: the subtype at offset 8 needs "RIFF" first. */
            if (m->offset == 8 && memcmp(p, "RIFF", 4) != 0)
                continue;
            return m->what;
        }
    }
    return NULL;
}

/* UTF-16 text without a BOM: ASCII characters leave their zero byte always
 * at even (big-endian) or always at odd (little-endian) offsets. Returns
 * "UTF-16LE", "UTF-16BE" or NULL. */
static const char *looks_utf16(const unsigned char *p, size_t len)
{
    size_t i, zero_even = 0, zero_odd = 0, n = len < SNIFF_BYTES ? len : SNIFF_BYTES;

    for (i = 0; i < n; i++) {
        if (p[i] == 0) {
            if (i % 2)
                zero_odd++;
            else
                zero_even++;
        }
    }
    if (n >= 8 && zero_odd >= n / 4 && zero_even == 0)
        return "UTF-16LE";
    if (n >= 8 && zero_even >= n / 4 && zero_odd == 0)
        return "UTF-16BE";
    return NULL;
}

/* True when the first KiB is mostly not text: NULs and C0 controls other
 * than the white space and escape characters that real text contains. */
static bool looks_binary(const unsigned char *p, size_t len)
{
    size_t i, odd = 0, n = len < SNIFF_BYTES ? len : SNIFF_BYTES;

    if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
        return false;
    if (looks_utf16(p, len))
        return false;
    for (i = 0; i < n; i++) {
        unsigned char c = p[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
             c != 0x1B) || c == 0x7F)
            odd++;
    }
    return odd * 20 > n;  /* more than 5% */
}

int al_decode_sniff(const char *data, size_t len, const char *name)
{
    const unsigned char *p = (const unsigned char *)data;
    const char *what;
    size_t i;

    for (i = 0; i < len && isspace(p[i]); i++)
        ;
    if (i == len)
        return al_error_set(ALOUD_ENOTHTML, "%s: empty input", name);
    if ((what = magic_match(p, len)))
        return al_error_set(ALOUD_ENOTHTML, "%s: not an HTML page (looks like %s)", name, what);
    if (looks_binary(p, len))
        return al_error_set(ALOUD_ENOTHTML, "%s: not an HTML page (looks like binary data)", name);
    return ALOUD_OK;
}

/* ------------------------------------------------------------------------ */
/* Labels (WHATWG Encoding standard, section 4.2)                            */
/* ------------------------------------------------------------------------ */

typedef struct {
    const char *iconv_name;  /* what we ask iconv for */
    const char *labels;      /* space-separated, lower case */
} encoding;

/* WHATWG's "replacement" labels (iso-2022-kr, hz-gb-2312...) are decoded
 * as what they say: a reader has no script injection to prevent. */
static const encoding ENCODINGS[] = {
    { "UTF-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8" },
    { "IBM866", "866 cp866 csibm866 ibm866" },
    { "ISO-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2" },
    { "ISO-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3" },
    { "ISO-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4" },
    { "ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988" },
    { "ISO-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987" },
    { "ISO-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek" },
    { "ISO-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical" },
    { "ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6" },
    { "ISO-8859-13", "iso-8859-13 iso8859-13 iso885913" },
    { "ISO-8859-14", "iso-8859-14 iso8859-14 iso885914" },
    { "ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9" },
    { "ISO-8859-16", "iso-8859-16" },
    { "KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r" },
    { "KOI8-U", "koi8-ru koi8-u" },
    { "MACINTOSH", "csmacintosh mac macintosh x-mac-roman" },
    { "WINDOWS-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874" },
    { "WINDOWS-1250", "cp1250 windows-1250 x-cp1250" },
    { "WINDOWS-1251", "cp1251 windows-1251 x-cp1251" },
    { "WINDOWS-1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252" },
    { "WINDOWS-1253", "cp1253 windows-1253 x-cp1253" },
    { "WINDOWS-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254" },
    { "WINDOWS-1255", "cp1255 windows-1255 x-cp1255" },
    { "WINDOWS-1256", "cp1256 windows-1256 x-cp1256" },
    { "WINDOWS-1257", "cp1257 windows-1257 x-cp1257" },
    { "WINDOWS-1258", "cp1258 windows-1258 x-cp1258" },
    { "MAC-CYRILLIC", "x-mac-cyrillic x-mac-ukrainian" },
    { "GBK", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk" },
    { "GB18030", "gb18030" },
    { "BIG5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
    { "EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp" },
    { "ISO-2022-JP", "csiso2022jp iso-2022-jp" },
    { "CP932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis" },
    { "CP949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949" },
    { "ISO-2022-KR", "csiso2022kr iso-2022-kr" },
    { "ISO-2022-CN", "iso-2022-cn" },
    { "ISO-2022-CN-EXT", "iso-2022-cn-ext" },
    { "UTF-16BE", "unicodefffe utf-16be" },
    { "UTF-16LE", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le" },
};

/* True when the space-separated LIST contains WORD. */
static bool list_has(const char *list, const char *word, size_t n)
{
    const char *p = list;

    while (*p) {
        size_t k = strcspn(p, " ");
        if (k == n && memcmp(p, word, n) == 0)
            return true;
        p += k;
        while (*p == ' ')
            p++;
    }
    return false;
}

/* The iconv name for LABEL (any case, surrounding white space and quotes,
 * anything after a ';' ignored: callers may pass the rest of a
 * Content-Type), or NULL when no browser knows the label. */
static const char *encoding_for_label(const char *label)
{
    char norm[LABEL_MAX];
    size_t n = 0, i;

    while (*label && strchr(" \t\n\f\r\"'", *label))
        label++;
    while (label[n] && !strchr(" \t\n\f\r\"';,", label[n])) {
        if (n + 1 >= sizeof(norm))
            return NULL;
        norm[n] = (char)tolower((unsigned char)label[n]);
        n++;
    }
    norm[n] = '\0';
    if (n == 0)
        return NULL;
    for (i = 0; i < sizeof(ENCODINGS) / sizeof(ENCODINGS[0]); i++)
        if (list_has(ENCODINGS[i].labels, norm, n))
            return ENCODINGS[i].iconv_name;
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* Finding the declared charset                                             */
/* ------------------------------------------------------------------------ */

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* WHATWG "extract a character encoding from a meta element": the value
 * after "charset=" in S (a Content-Type), copied into LABEL. */
static bool charset_param(const char *s, size_t n, char *label, size_t cap)
{
    size_t i = 0, start, end;

    while (i + 7 <= n) {
        if (strncasecmp(s + i, "charset", 7) != 0) {
            i++;
            continue;
        }
        for (i += 7; i < n && is_space((unsigned char)s[i]); i++)
            ;
        if (i >= n || s[i] != '=')
            continue;
        for (i++; i < n && is_space((unsigned char)s[i]); i++)
            ;
        if (i < n && (s[i] == '"' || s[i] == '\'')) {
            char q = s[i];
            start = ++i;
            for (end = start; end < n && s[end] != q; end++)
                ;
            if (end >= n)
                return false;
        } else {
            start = i;
            for (end = start; end < n && !is_space((unsigned char)s[end]) && s[end] != ';'; end++)
                ;
        }
        if (end == start || end - start >= cap)
            return false;
        memcpy(label, s + start, end - start);
        label[end - start] = '\0';
        return true;
    }
    return false;
}

typedef struct {
    const char *p, *end;
} scanner;

/* Read one attribute of a tag (WHATWG "get an attribute", simplified).
 * NAME is lower-cased; VALUE keeps its case. False at the tag's end. */
static bool next_attribute(scanner *sc, char *name, size_t ncap, char *value, size_t vcap)
{
    size_t n = 0, v = 0;
    char q;

    while (sc->p < sc->end && (is_space((unsigned char)*sc->p) || *sc->p == '/'))
        sc->p++;
    if (sc->p >= sc->end || *sc->p == '>')
        return false;
    while (sc->p < sc->end && !is_space((unsigned char)*sc->p) && *sc->p != '=' &&
           *sc->p != '>' && (n == 0 || *sc->p != '/')) {
        if (n + 1 < ncap)
            name[n++] = (char)tolower((unsigned char)*sc->p);
        sc->p++;
    }
    name[n] = '\0';
    value[0] = '\0';
    while (sc->p < sc->end && is_space((unsigned char)*sc->p))
        sc->p++;
    if (sc->p >= sc->end || *sc->p != '=')
        return true;
    for (sc->p++; sc->p < sc->end && is_space((unsigned char)*sc->p); sc->p++)
        ;
    q = sc->p < sc->end && (*sc->p == '"' || *sc->p == '\'') ? *sc->p++ : 0;
    while (sc->p < sc->end && (q ? *sc->p != q : !is_space((unsigned char)*sc->p) && *sc->p != '>')) {
        if (v + 1 < vcap)
            value[v++] = *sc->p;
        sc->p++;
    }
    value[v] = '\0';
    if (q && sc->p < sc->end)
        sc->p++;
    return true;
}

/* The encoding a <meta> tag declares (SC just after "<meta"), or NULL. */
static const char *meta_encoding(scanner *sc)
{
    char name[32], value[256], label[256] = "";
    bool http_equiv = false, have_content = false;
    char content_label[LABEL_MAX] = "";
    const char *enc;

    while (next_attribute(sc, name, sizeof(name), value, sizeof(value))) {
        if (strcmp(name, "charset") == 0 && !label[0])
            snprintf(label, sizeof(label), "%s", value);
        else if (strcmp(name, "http-equiv") == 0)
            http_equiv = http_equiv || strcasecmp(value, "content-type") == 0;
        else if (strcmp(name, "content") == 0 && !have_content)
            have_content = charset_param(value, strlen(value), content_label, sizeof(content_label));
    }
    if (label[0])
        enc = encoding_for_label(label);
    else if (http_equiv && have_content)
        enc = encoding_for_label(content_label);
    else
        return NULL;
    /* A <meta> readable as ASCII cannot be in UTF-16 (WHATWG). */
    if (enc && strncmp(enc, "UTF-16", 6) == 0)
        enc = "UTF-8";
    return enc;
}

/* At least a few UTF-8 multi-byte sequences (not just one stray byte).
 * A sequence of three or four bytes counts twice: in a legacy encoding it
 * would be a letter and two symbols ("â€™" for "'"), which no text has,
 * so two curly quotes are evidence enough on a short page. */
static bool has_multibyte(const unsigned char *p, size_t len)
{
    size_t i, n = 0;

    for (i = 0; i + 1 < len && n < 4; i++)
        if (p[i] >= 0xC2 && p[i] <= 0xF4 && (p[i + 1] & 0xC0) == 0x80)
            n += p[i] >= 0xE0 && i + 2 < len && (p[i + 2] & 0xC0) == 0x80 ? 2 : 1;
    return n >= 4;
}

/* Scan the first LIMIT bytes for a <meta> that declares a known encoding. */
static const char *prescan(const char *data, size_t len, size_t limit)
{
    scanner sc = { data, data + (len < limit ? len : limit) };
    const char *enc;

    while (sc.p < sc.end) {
        if (sc.end - sc.p >= 4 && memcmp(sc.p, "<!--", 4) == 0) {
            const char *close = sc.p + 4;
            while (close + 3 <= sc.end && memcmp(close, "-->", 3) != 0)
                close++;
            if (close + 3 > sc.end)
                return NULL;
            sc.p = close + 3;
        } else if (sc.end - sc.p >= 6 && strncasecmp(sc.p, "<meta", 5) == 0 &&
                   (is_space((unsigned char)sc.p[5]) || sc.p[5] == '/')) {
            sc.p += 5;
            if ((enc = meta_encoding(&sc)))
                return enc;
        } else {
            sc.p++;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* Conversion                                                               */
/* ------------------------------------------------------------------------ */

/* Append DATA, assumed UTF-8, repairing invalid sequences and dropping NULs. */
static void put_utf8(al_buf *b, const char *data, size_t len)
{
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0, run, k;
    uint32_t cp;

    while (i < len) {
        /* Copy the longest run of plain ASCII and valid sequences at once. */
        for (run = i; run < len && p[run] != 0; run += k) {
            if (p[run] < 0x80) {
                k = 1;
                continue;
            }
            k = al_utf8_decode(p + run, len - run, &cp);
            if (cp == 0xFFFD && k == 1)
                break;
        }
        al_buf_put(b, data + i, run - i);
        if (run >= len)
            break;
        if (p[run] != 0)
            al_buf_put(b, REPLACEMENT, 3);
        i = run + 1;
    }
}

/* Convert with iconv; EILSEQ -> U+FFFD and skip one unit; a truncated
 * sequence at the end -> U+FFFD. */
static int put_iconv(al_buf *b, iconv_t cd, const char *data, size_t len, size_t unit)
{
    char *in = (char *)data, *out;
    size_t inleft = len, outleft, r;

    while (inleft > 0) {
        if (!al_buf_grow(b, inleft * 2 + 16))
            return al_error_oom();
        out = b->data + b->len;
        outleft = b->cap - b->len - 1;
        r = iconv(cd, &in, &inleft, &out, &outleft);
        b->len = (size_t)(out - b->data);
        if (r != (size_t)-1 || errno == E2BIG)
            continue;
        al_buf_put(b, REPLACEMENT, 3);
        if (errno == EINVAL)  /* incomplete sequence at the end */
            break;
        r = unit < inleft ? unit : inleft;
        in += r;
        inleft -= r;
    }
    if (!al_buf_grow(b, 64))
        return al_error_oom();
    out = b->data + b->len;
    outleft = b->cap - b->len - 1;
    iconv(cd, NULL, NULL, &out, &outleft);  /* return stateful encodings to the initial state */
    b->len = (size_t)(out - b->data);
    b->data[b->len] = '\0';
    return ALOUD_OK;
}

/* Remove NUL bytes in place (a NUL byte is never part of a UTF-8 sequence). */
static void drop_nuls(al_buf *b)
{
    char *src = b->data, *end = b->data + b->len, *dst;

    if (!src || !(src = memchr(src, '\0', b->len)))
        return;
    for (dst = src; src < end; src++)
        if (*src)
            *dst++ = *src;
    b->len = (size_t)(dst - b->data);
    b->data[b->len] = '\0';
}

/* ---- double encoding ---- */

static uint32_t cp1252_high[32];   /* bytes 0x80..0x9F as windows-1252 reads them */
static pthread_once_t cp1252_once = PTHREAD_ONCE_INIT;

static void cp1252_init(void)
{
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");

    for (unsigned int i = 0; i < 32; i++) {
        char in = (char)(0x80 + i), out[8], *ip = &in, *op = out;
        size_t il = 1, ol = sizeof(out);

        cp1252_high[i] = 0x80 + i;   /* undefined bytes: the C1 control, as browsers do */
        if (cd != (iconv_t)-1 && iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && op > out)
            al_utf8_decode((const unsigned char *)out, (size_t)(op - out), &cp1252_high[i]);
    }
    if (cd != (iconv_t)-1)
        iconv_close(cd);
}

/* The continuation byte (0x80..0xBF) that CP shows in windows-1252, or -1. */
static int continuation_byte(uint32_t cp)
{
    if (cp >= 0x80 && cp <= 0xBF)
        return (int)cp;
    for (unsigned int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return (int)(0x80 + i);
    return -1;
}

/* At P (N bytes left): a double-encoded run? Its length in bytes goes to
 * *RUN, the character it stands for to *CP; returns the run's UTF-8 byte
 * count (2..4) or 0. */
static size_t double_encoded(const unsigned char *p, size_t n, size_t *run, uint32_t *cp)
{
    unsigned char bytes[4];
    uint32_t lead, c;
    size_t k = al_utf8_decode(p, n, &lead), want, at = k;

    if (lead < 0xC2 || lead > 0xF4)
        return 0;
    want = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    bytes[0] = (unsigned char)lead;
    for (size_t i = 1; i < want; i++) {
        int b;

        if (at >= n)
            return 0;
        at += al_utf8_decode(p + at, n - at, &c);
        if ((b = continuation_byte(c)) < 0)
            return 0;
        bytes[i] = (unsigned char)b;
    }
    if (al_utf8_decode(bytes, want, cp) != want || *cp == 0xFFFD)
        return 0;   /* overlong, a surrogate, out of range */
    *run = at;
    return want;
}

static void mend_double_encoding(al_buf *b)
{
    const unsigned char *p = (const unsigned char *)b->data;
    size_t i, run, len, three = 0, two = 0, out = 0;
    uint32_t cp;

    if (!p)
        return;
    pthread_once(&cp1252_once, cp1252_init);
    for (i = 0; i < b->len && !three && two < 2; i++)
        if (p[i] == 0xC3 && (len = double_encoded(p + i, b->len - i, &run, &cp))) {
            if (len > 2)
                three++;
            else if (p[i + 1] == 0x82 || p[i + 1] == 0x83)   /* "Â", "Ã" */
                two++;
        }
    if (!three && two < 2)
        return;
    for (i = 0; i < b->len;) {
        if (p[i] == 0xC3 && double_encoded(p + i, b->len - i, &run, &cp)) {
            out += al_utf8_encode(cp, b->data + out);
            i += run;
        } else {
            b->data[out++] = b->data[i++];
        }
    }
    b->len = out;
    b->data[out] = '\0';
}

/* The encoding to use and how many BOM bytes to skip; *VALID is set when
 * the bytes were found to be valid UTF-8 on the way. */
static const char *choose_encoding(const char *data, size_t len, const char *charset,
                                   size_t *skip, bool *valid)
{
    const unsigned char *p = (const unsigned char *)data;
    char label[LABEL_MAX];
    const char *enc = NULL;

    *skip = 0;
    *valid = false;
    if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        *skip = 3;
        return "UTF-8";
    }
    if (len >= 2 && (p[0] == 0xFF || p[0] == 0xFE) && p[0] + p[1] == 0xFF + 0xFE) {
        *skip = 2;
        return p[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
    }
    if (charset && charset[0]) {
        /* Accept a bare label or a whole Content-Type value. */
        if (strchr(charset, '=') && charset_param(charset, strlen(charset), label, sizeof(label)))
            enc = encoding_for_label(label);
        else
            enc = encoding_for_label(charset);
        if (enc)
            return enc;
    }
    if ((enc = prescan(data, len, PRESCAN_BYTES))) {
        /* A <meta> label is often stale (a page re-saved as UTF-8 keeps its
         * old "gb2312" or "iso-8859-1"). Multi-byte UTF-8 that validates is
         * almost never an accident in a legacy encoding: believe the bytes. */
        if (strcmp(enc, "UTF-8") != 0 && has_multibyte(p, len) && al_utf8_valid(data, len)) {
            *valid = true;
            return "UTF-8";
        }
        return enc;
    }
    if (al_utf8_valid(data, len)) {
        if (looks_utf16(p, len))
            return looks_utf16(p, len);
        *valid = true;
        return "UTF-8";
    }
    /* A <meta> charset past the first 1024 bytes (after long <script>s
     * or <link>s in <head>): a browser's parser meets it and reloads the
     * page in that encoding ("change the encoding"), so a UTF-8 page with
     * a stray byte is not read as windows-1252 ("â€™" for "'"). */
    if ((enc = prescan(data, len, LATE_META_BYTES)))
        return enc;
    return "WINDOWS-1252";
}

int al_decode_to_utf8(char **out, size_t *out_len, const char *data, size_t len,
                      const char *charset, const char *name)
{
    al_buf b = AL_BUF_INIT;
    iconv_t cd = (iconv_t)-1;
    const char *enc;
    size_t skip;
    bool valid;
    int err = ALOUD_OK;

    *out = NULL;
    *out_len = 0;
    enc = choose_encoding(data, len, charset, &skip, &valid);
    data += skip;
    len -= skip;
    if (strcmp(enc, "UTF-8") != 0 && (cd = iconv_open("UTF-8", enc)) == (iconv_t)-1) {
        if (!al_utf8_valid(data, len)) {
            err = al_error_set(ALOUD_ECHARSET,
                               "%s: unsupported character set %s (this system's iconv lacks it)",
                               name ? name : "input", enc);
            goto cleanup;
        }
        enc = "UTF-8";  /* the bytes read the same as UTF-8: go on */
    }
    if (!al_buf_grow(&b, len + len / 2 + 16)) {
        err = al_error_oom();
        goto cleanup;
    }
    b.data[0] = '\0';
    if (valid)
        al_buf_put(&b, data, len);  /* already checked: a plain copy */
    else if (cd == (iconv_t)-1)
        put_utf8(&b, data, len);
    else if ((err = put_iconv(&b, cd, data, len, strncmp(enc, "UTF-16", 6) == 0 ? 2 : 1)) < 0)
        goto cleanup;
    drop_nuls(&b);
    mend_double_encoding(&b);
    if (b.data)
        b.len = al_text_strip_controls(b.data, b.len);
    if (b.failed) {
        err = al_error_oom();
        goto cleanup;
    }
    *out_len = b.len;
    *out = al_buf_detach(&b);

cleanup:
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    al_buf_free(&b);
    return err;
}
