/*
 * speechtext.c - turn an article's sections into the SSML espeak-ng speaks.
 *
 * Design. Each section becomes one small SSML document, synthesised by one
 * espeak_Synth() call (see synth.c for why). SSML rather than plain text
 * because it gives timed pauses (<break>) and a prosody change for
 * headings without switching voices; the cost is that page text must be
 * escaped, which al_speech_append_text() does for every byte that comes
 * from the page ('&', '<', '>': the text never goes into an attribute).
 *
 * What is said, in order:
 *   - the intro (first section spoken, when asked): "TITLE. by BYLINE.
 *     SITE." with the title set apart like a heading;
 *   - a heading: spoken higher and slower (the profile's heading_pitch and
 *     heading_rate), followed by heading_pause of silence; every section
 *     also ends with heading_pause of silence, which is the pause *before*
 *     the next heading (a pause at the very start of an espeak-ng text is
 *     mostly swallowed, and chapter marks belong on the heading anyway);
 *   - paragraphs and quotes, each ended as a sentence and followed by
 *     paragraph_pause; list items and table rows by half of it;
 *   - table rows cell by cell ("a, b, c."), captions as "Caption: ...",
 *     preformatted code not at all: "Code block skipped." once per run of
 *     code blocks;
 *   - URLs never letter by letter: a bare address is replaced by its host.
 * The few fixed phrases come from data/lang/<lang>.txt ([speech.phrases]);
 * languages without them get the English ones.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "langdata.h"
#include "speechtext.h"

/* ---- phrases ---- */

typedef al_speech_phrases phrases;

/* One phrase of LANG's [speech.phrases] table, English when it has none. */
static const char *phrase(const char *lang, const char *key)
{
    const char *langs[] = { lang, "en" };

    for (size_t l = 0; l < 2; l++) {
        size_t n;
        const al_lang_entry *e = al_lang_table("speech.phrases", langs[l], &n);
        for (size_t i = 0; i < n; i++)
            if (strcmp(e[i].key, key) == 0 && e[i].value)
                return e[i].value;
    }
    return "";
}

al_speech_phrases al_speech_phrases_for(const char *lang)
{
    al_speech_phrases ph;

    ph.by = phrase(lang, "by");
    ph.caption = phrase(lang, "caption");
    ph.code_skipped = phrase(lang, "code_skipped");
    return ph;
}

/* ---- URLs ---- */

static bool host_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.';
}

/* "example.co.uk" followed by '/': a domain with a path, no scheme. */
static bool bare_domain_with_path(const char *p)
{
    const char *q = p, *last_dot = NULL;

    while (host_char(*q)) {
        if (*q == '.')
            last_dot = q;
        q++;
    }
    if (*q != '/' || !last_dot || q - last_dot < 3)
        return false;
    for (const char *t = last_dot + 1; t < q; t++)
        if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z')))
            return false;
    return true;
}

/* Length of the URL starting at P (0 when there is none); its host in
 * [*host, *host + *host_len), without "www." and user info. */
static size_t url_at(const char *p, const char **host, size_t *host_len)
{
    const char *s = p, *end, *h;

    if (strncasecmp(p, "https://", 8) == 0)
        s = p + 8;
    else if (strncasecmp(p, "http://", 7) == 0)
        s = p + 7;
    else if (strncasecmp(p, "www.", 4) != 0 && !bare_domain_with_path(p))
        return 0;
    end = s + strcspn(s, " <>\"");
    while (end > s && strchr(".,;:!?)]}'", end[-1]))
        end--;
    h = s;
    for (const char *q = s; q < end && !strchr("/?#", *q); q++)
        if (*q == '@')
            h = q + 1;
    if (end - h > 4 && strncasecmp(h, "www.", 4) == 0)
        h += 4;
    *host = h;
    for (*host_len = 0; h + *host_len < end && host_char(h[*host_len]); (*host_len)++)
        ;
    while (*host_len && h[*host_len - 1] == '.')
        (*host_len)--;
    return (size_t)(end - p);
}

void al_speech_append_text(al_buf *b, const char *text)
{
    for (const char *p = text; *p;) {
        const char *host;
        size_t host_len, n = 0;

        if (p == text || strchr(" ([\"'", p[-1]))
            n = url_at(p, &host, &host_len);
        if (n > 0) {
            for (size_t i = 0; i < host_len; i++)
                al_buf_putc(b, (char)(host[i] >= 'A' && host[i] <= 'Z' ? host[i] + 32 : host[i]));
            p += n;
            continue;
        }
        switch (*p) {
        case '&': al_buf_puts(b, "&amp;"); break;
        case '<': al_buf_puts(b, "&lt;"); break;
        case '>': al_buf_puts(b, "&gt;"); break;
        default: al_buf_putc(b, *p); break;
        }
        p++;
    }
}

/* ---- blocks ---- */

bool al_speech_ends_sentence(const char *text)
{
    static const char *const marks[] = { ".", "!", "?", ":", ";", "\xE2\x80\xA6",
                                         "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F" };
    static const char *const closers[] = { "\"", "'", ")", "]", "\xE2\x80\x9D",
                                           "\xE2\x80\x99", "\xC2\xBB" };
    size_t len = strlen(text);
    bool again = true;

    while (again) {
        again = false;
        while (len && text[len - 1] == ' ')
            len--;
        for (size_t i = 0; i < sizeof(closers) / sizeof(closers[0]); i++) {
            size_t c = strlen(closers[i]);
            if (len >= c && memcmp(text + len - c, closers[i], c) == 0) {
                len -= c;
                again = true;
                break;
            }
        }
    }
    for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
        size_t m = strlen(marks[i]);
        if (len >= m && memcmp(text + len - m, marks[i], m) == 0)
            return true;
    }
    return len == 0;
}

static void put_sentence(al_buf *b, const char *text)
{
    al_speech_append_text(b, text);
    if (!al_speech_ends_sentence(text))
        al_buf_putc(b, '.');
}

static void put_break(al_buf *b, int ms)
{
    if (ms > 0)
        al_buf_printf(b, "<break time=\"%dms\"/>", ms);
    else
        al_buf_putc(b, ' ');
}

/* "a | b | c" -> "a, b, c." */
static void put_table_row(al_buf *b, const char *row)
{
    const char *p = row;
    bool first = true;

    while (*p) {
        const char *sep = strstr(p, " | ");
        size_t n = sep ? (size_t)(sep - p) : strlen(p);
        char *cell = al_strndup(p, n);

        if (!cell) {
            b->failed = true;
            return;
        }
        if (*cell && strcmp(cell, "|") != 0) {
            if (!first)
                al_buf_puts(b, ", ");
            al_speech_append_text(b, cell);
            first = false;
        }
        free(cell);
        p += n + (sep ? 3 : 0);
    }
    if (!first && !al_speech_ends_sentence(row))
        al_buf_putc(b, '.');
}

static void put_blocks(al_buf *b, const aloud_section *s, const al_voice *v, const phrases *ph)
{
    int pause = v->style.paragraph_pause;

    for (size_t i = 0; i < s->block_count; i++) {
        const aloud_block *blk = &s->blocks[i];

        switch (blk->kind) {
        case ALOUD_BLOCK_CODE:
            if (i == 0 || s->blocks[i - 1].kind != ALOUD_BLOCK_CODE) {
                al_buf_puts(b, ph->code_skipped);
                put_break(b, pause);
            }
            continue;
        case ALOUD_BLOCK_TABLE_ROW:
            put_table_row(b, blk->text);
            put_break(b, pause / 2);
            continue;
        case ALOUD_BLOCK_CAPTION:
            al_buf_printf(b, "%s: ", ph->caption);
            put_sentence(b, blk->text);
            break;
        default:
            put_sentence(b, blk->text);
            break;
        }
        put_break(b, blk->kind == ALOUD_BLOCK_LIST_ITEM ? pause / 2 : pause);
    }
}

/* ---- sections ---- */

static void put_heading(al_buf *b, const char *text, const al_voice *v)
{
    al_buf_printf(b, "<prosody pitch=\"%+d%%\" rate=\"%d%%\">", v->style.heading_pitch,
                  100 + v->style.heading_rate);
    put_sentence(b, text);
    al_buf_puts(b, "</prosody>");
    put_break(b, v->style.heading_pause);
}

/* "by Jane Doe" (a byline that already starts with "by" is not doubled). */
static void put_byline(al_buf *b, const char *byline, const phrases *ph)
{
    size_t n = strlen(ph->by);

    if (strncasecmp(byline, ph->by, n) != 0 || byline[n] != ' ')
        al_buf_printf(b, "%s ", ph->by);
    put_sentence(b, byline);
}

static void put_intro(al_buf *b, const aloud_article *article, const al_voice *v,
                      const phrases *ph)
{
    const char *title = aloud_article_title(article);
    const char *byline = aloud_article_byline(article);
    const char *site = aloud_article_site_name(article);

    if (title && *title)
        put_heading(b, title, v);
    if (byline && *byline) {
        put_byline(b, byline, ph);
        put_break(b, v->style.paragraph_pause);
    }
    if (site && *site && !(title && al_text_casestr(title, site)) &&
        !(byline && al_text_casestr(byline, site))) {
        put_sentence(b, site);
        put_break(b, v->style.paragraph_pause);
    }
    if ((byline && *byline) || (site && *site))
        put_break(b, v->style.heading_pause);
}

int al_speech_section(char **out, const aloud_article *article, size_t index,
                      const al_voice *voice, bool intro)
{
    size_t count;
    const aloud_section *sections = aloud_article_sections(article, &count);
    al_speech_phrases phr = al_speech_phrases_for(voice->info.language);
    const phrases *ph = &phr;
    al_buf b = AL_BUF_INIT;

    *out = NULL;
    if (index >= count)
        return al_error_set(ALOUD_ENOSECTION, "no section %zu (the article has %zu)", index + 1, count);
    al_buf_puts(&b, "<speak>");
    if (intro)
        put_intro(&b, article, voice, ph);
    if (sections[index].heading)
        put_heading(&b, sections[index].heading, voice);
    put_blocks(&b, &sections[index], voice, ph);
    put_break(&b, voice->style.heading_pause);
    al_buf_puts(&b, "</speak>");
    if (b.failed || !(*out = al_buf_detach(&b))) {
        al_buf_free(&b);
        return al_error_oom();
    }
    return ALOUD_OK;
}

const char *al_speech_label(const aloud_article *article, size_t index)
{
    size_t count;
    const aloud_section *sections = aloud_article_sections(article, &count);

    /* The lead is "Introduction", as in the outline (aloud --sections). */
    if (index < count && sections[index].heading && *sections[index].heading)
        return sections[index].heading;
    return "Introduction";
}

int al_speech_range(size_t *first, size_t *end, const aloud_article *article,
                    const aloud_speech_options *opts)
{
    size_t count;
    const aloud_section *sections = aloud_article_sections(article, &count);
    size_t start = opts ? opts->first_section : 0;

    if (start >= count)
        return al_error_set(ALOUD_ENOSECTION, "no section %zu: the article has %zu", start + 1,
                            count);
    *first = start;
    *end = count;
    if (opts && opts->only) {
        *end = start + 1;
        if (sections[start].heading)
            while (*end < count && sections[*end].level > sections[start].level)
                (*end)++;
    }
    return ALOUD_OK;
}

int aloud_speech_text(char **out, const aloud_article *article,
                      const aloud_speech_options *opts)
{
    al_voice voice;
    al_buf b = AL_BUF_INIT;
    size_t first, end;
    int err;

    if (!out || !article)
        return al_error_set(ALOUD_EINVAL, "aloud_speech_text: no article or output");
    *out = NULL;
    AL_CHECK_VERSION(opts, ALOUD_SPEECH_OPTIONS_VERSION);
    if ((err = al_voice_resolve(&voice, article, opts)) < 0 ||
        (err = al_speech_range(&first, &end, article, opts)) < 0)
        return err;
    for (size_t i = first; i < end && err == ALOUD_OK; i++) {
        char *ssml = NULL;

        err = al_speech_section(&ssml, article, i, &voice, i == first && (!opts || opts->intro));
        al_buf_printf(&b, "%s%s\n", i > first ? "\n" : "", ssml ? ssml : "");
        free(ssml);
    }
    if (err == ALOUD_OK && (b.failed || !(*out = al_buf_detach(&b))))
        err = al_error_oom();
    al_buf_free(&b);
    return err;
}
