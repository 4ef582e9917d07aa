/*
 * fuzz_speechtext.c - libFuzzer target for the speech-text preparation
 * (speechtext.c): what a page's words become before espeak-ng reads them.
 *
 * espeak-ng reads SSML, so text from a page that came through as markup
 * could make it fetch <audio src=...>, change voices or go silent. The
 * invariant: every SSML document holds only the elements speechtext.c
 * writes itself (<speak>, <break time="Nms"/>, <prosody pitch=".." rate="..">,
 * <voice xml:lang="..">),
 * '&' only as &amp; &lt; &gt;, and text that is valid UTF-8 without
 * control characters. No espeak-ng call is made (no synthesis).
 *
 * The first byte chooses the mode and options:
 *   bits 0-1  0-1: the rest is a page body (first line its title) placed
 *             in an <article> with a sentence of padding, then every
 *             selected section is rendered as SSML; 2: the rest is text
 *             for al_speech_append_text(); 3: a voice profile file
 *   bits 2-3  the voice's language (en, de, ja, an unknown one)
 *   bits 4-5  the first section; bit 6: --only; bit 7: the intro
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"
#include "speechtext.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Length of the allowed tag at S, or 0. */
static size_t allowed_tag(const char *s)
{
    static const char *const fixed[] = { "<speak>", "</speak>", "</prosody>", "</voice>" };
    const char *p;
    size_t i;

    for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
        if (strncmp(s, fixed[i], strlen(fixed[i])) == 0)
            return strlen(fixed[i]);
    if (strncmp(s, "<break time=\"", 13) == 0) {
        for (p = s + 13; *p >= '0' && *p <= '9'; p++)
            ;
        return p > s + 13 && strncmp(p, "ms\"/>", 5) == 0 ? (size_t)(p + 5 - s) : 0;
    }
    /* a block in its own language: a plain tag (structure.c checks it) */
    if (strncmp(s, "<voice xml:lang=\"", 17) == 0) {
        for (p = s + 17; (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                         (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'; p++)
            ;
        return p > s + 17 && strncmp(p, "\">", 2) == 0 ? (size_t)(p + 2 - s) : 0;
    }
    if (strncmp(s, "<prosody pitch=\"", 16) == 0) {
        p = s + 16 + (s[16] == '+' || s[16] == '-');
        while (*p >= '0' && *p <= '9')
            p++;
        if (strncmp(p, "%\" rate=\"", 9) != 0)
            return 0;
        for (p += 9; *p >= '0' && *p <= '9'; p++)
            ;
        return strncmp(p, "%\">", 3) == 0 ? (size_t)(p + 3 - s) : 0;
    }
    return 0;
}

/* SSML made by speechtext.c: only its own tags and entities. */
static void check_ssml(const char *ssml, bool document)
{
    const char *p = ssml;
    size_t n;

    fuzz_check_clean(ssml, true, "SSML");
    if (document && (strncmp(ssml, "<speak>", 7) != 0 ||
                     strlen(ssml) < 15 || strcmp(ssml + strlen(ssml) - 8, "</speak>") != 0))
        fuzz_fail("not a <speak> document", ssml, 0);
    while (*p) {
        if (*p == '<') {
            if (!(n = allowed_tag(p)))
                fuzz_fail("markup from the page in SSML", ssml, (size_t)(p - ssml));
            p += n;
        } else if (*p == '>') {
            fuzz_fail("a bare '>' in SSML", ssml, (size_t)(p - ssml));
        } else if (*p == '&') {
            if (strncmp(p, "&amp;", 5) && strncmp(p, "&lt;", 4) && strncmp(p, "&gt;", 4))
                fuzz_fail("a bare '&' in SSML", ssml, (size_t)(p - ssml));
            p++;
        } else {
            p++;
        }
    }
}

static char *cstring(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);

    if (!s)
        abort();
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

static void speak_text(const uint8_t *data, size_t size)
{
    char *text = cstring(data, size), *clean;
    al_buf b = AL_BUF_INIT;

    /* the page's text is cleaned before it gets here: do the same */
    if ((clean = al_text_normalize(text)) != NULL) {
        al_speech_append_text(&b, clean);
        (void)al_speech_ends_sentence(clean);
        if (b.data)
            check_ssml(b.data, false);
    }
    al_buf_free(&b);
    free(clean);
    free(text);
}

static void parse_profile(const uint8_t *data, size_t size)
{
    char *text = cstring(data, size);
    al_voice_profile p;

    al_voice_profile_defaults(&p);
    if (al_voice_profile_parse(&p, text, "fuzz.voice") == ALOUD_OK &&
        (p.rate < ALOUD_RATE_MIN || p.rate > ALOUD_RATE_MAX || p.volume < 0 || p.volume > 200 ||
         !memchr(p.voice, '\0', sizeof(p.voice)) || !memchr(p.variant, '\0', sizeof(p.variant))))
        fuzz_fail("a profile value out of range", text, 0);
    free(text);
}

static aloud_article *make_article(const uint8_t *data, size_t size)
{
    static const char pad[] = "<p>The keeper wrote down the weather, the ships that passed, "
                              "and the birds that rested on the rail.</p>";
    const uint8_t *nl = memchr(data, '\n', size);
    size_t tlen = nl ? (size_t)(nl - data) : 0;
    al_buf html = AL_BUF_INIT;
    aloud_article *a = NULL;

    al_buf_puts(&html, "<!DOCTYPE html><html><head><title>");
    al_buf_put(&html, (const char *)data, tlen);
    al_buf_puts(&html, "</title><meta name=\"author\" content=\"Ann Example\">"
                       "<meta property=\"og:site_name\" content=\"Fuzz &amp; Co\"></head><body><article>");
    al_buf_puts(&html, pad);
    al_buf_put(&html, (const char *)data + tlen, size - tlen);
    al_buf_puts(&html, pad);
    al_buf_puts(&html, "</article></body></html>");
    if (!html.failed)
        (void)aloud_article_from_html(&a, html.data, html.len, NULL, "https://fuzz.example/");
    al_buf_free(&html);
    return a;
}

static void speak_article(unsigned opt, const uint8_t *data, size_t size)
{
    static const char *const langs[4] = { "en", "de", "ja", "xx-unknown" };
    aloud_speech_options so = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_article *a = make_article(data, size);
    al_voice v;
    size_t first, end, i, count;

    if (!a)
        return;
    memset(&v, 0, sizeof(v));
    al_voice_profile_defaults(&v.style);
    snprintf(v.info.language, sizeof(v.info.language), "%s", langs[(opt >> 2) & 3]);
    so.first_section = (opt >> 4) & 3;
    so.only = (opt >> 6) & 1;
    aloud_article_sections(a, &count);
    if (al_speech_range(&first, &end, a, &so) == ALOUD_OK) {
        if (first >= end || end > count)
            fuzz_fail("al_speech_range out of the article", "", 0);
        for (i = first; i < end; i++) {
            char *ssml = NULL;
            if (al_speech_section(&ssml, a, i, &v, (opt & 128) && i == first) != ALOUD_OK)
                fuzz_fail("al_speech_section failed", aloud_error_message(), 0);
            check_ssml(ssml, true);
            fuzz_check_clean(al_speech_label(a, i), false, "chapter label");
            free(ssml);
        }
    } else if (so.first_section < count) {
        fuzz_fail("al_speech_range refused a section that exists", "", 0);
    }
    aloud_article_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned opt;

    if (size < 1)
        return 0;
    opt = data[0];
    data++, size--;
    switch (opt & 3) {
    case 2: speak_text(data, size); break;
    case 3: parse_profile(data, size); break;
    default: speak_article(opt, data, size); break;
    }
    return 0;
}
