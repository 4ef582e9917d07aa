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
#include "normalise.h"
#include "pronounce.h"
#include "speechtext.h"

/* ---- phrases ---- */

typedef al_speech_phrases phrases;

/* One phrase of LANG's [speech.phrases] table; when it has none, English
 * (ENGLISH) or nothing: a cue in another language's words is worse than
 * none. */
static const char *phrase(const char *lang, const char *key, bool english)
{
    const char *langs[] = { lang, "en" };

    for (size_t l = 0; l < (english ? 2u : 1u); l++) {
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

    ph.by = phrase(lang, "by", true);
    ph.caption = phrase(lang, "caption", true);
    ph.code_skipped = phrase(lang, "code_skipped", true);
    ph.quote = phrase(lang, "quote", false);
    ph.end_quote = phrase(lang, "end_quote", false);
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
    /* "Node.js/Deno", "Amazon.com/Walmart": one plain word after the
     * slash is a pairing of names, not a path; a path has more to it
     * (another '/', a '-', '_', '.', '?', '=', '#' or a digit) */
    for (const char *t = q + 1; *t && *t != ' '; t++)
        if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z')) &&
            !(strchr(".,;:!?)]}'\"", *t) && (t[1] == '\0' || t[1] == ' ')))
            return true;
    return false;
}

/* Length of the URL starting at P (0 when there is none); its host in
 * [*host, *host + *host_len), without user info, and without "www." after
 * a scheme: a pasted link's "https://www." is read by nobody, while an
 * address written "www.ville.fr" is said as written, "www" and all. */
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
    if (s > p && end - h > 4 && strncasecmp(h, "www.", 4) == 0)
        h += 4;
    *host = h;
    for (*host_len = 0; h + *host_len < end && host_char(h[*host_len]); (*host_len)++)
        ;
    while (*host_len && h[*host_len - 1] == '.')
        (*host_len)--;
    return (size_t)(end - p);
}

/* The length of a short path of one word after a host at P ("/help",
 * "/nieuws/", "/road-safety"): letters and '-', at most 16 bytes, that END
 * closes; else 0 (a deeper path, a query, a file name, an id: the host
 * alone is said). */
static size_t word_path(const char *p, const char *end)
{
    size_t n = 1;

    if (p >= end || *p != '/')
        return 0;
    while (p + n < end && ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') || p[n] == '-'))
        n++;
    if (n == 1)
        return 0;
    if (p + n < end && p[n] == '/' && p + n + 1 == end)
        n++;   /* a trailing slash */
    return p + n == end && n <= 17 ? n : 0;
}

/* TEXT with every bare URL replaced by its host name and a short path of
 * words, "www.example.org/help" www.example.org/help, into B. */
static void put_hosts(al_buf *b, const char *text)
{
    for (const char *p = text; *p;) {
        const char *host;
        size_t host_len, n = 0;

        if (p == text || strchr(" ([\"'", p[-1]))
            n = url_at(p, &host, &host_len);
        if (n > 0) {
            size_t pn;
            for (size_t i = 0; i < host_len; i++)
                al_buf_putc(b, (char)(host[i] >= 'A' && host[i] <= 'Z' ? host[i] + 32 : host[i]));
            if ((pn = word_path(host + host_len, p + n)) > 0)
                al_buf_put(b, host + host_len, host[host_len + pn - 1] == '/' ? pn - 1 : pn);
            p += n;
            continue;
        }
        al_buf_putc(b, *p++);
    }
}

/* TEXT as SSML character data into B. */
static void put_escaped(al_buf *b, const char *text)
{
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&': al_buf_puts(b, "&amp;"); break;
        case '<': al_buf_puts(b, "&lt;"); break;
        case '>': al_buf_puts(b, "&gt;"); break;
        default: al_buf_putc(b, *p); break;
        }
    }
}

void al_speech_append_text(al_buf *b, const char *text)
{
    al_buf hosts = AL_BUF_INIT;

    put_hosts(&hosts, text);
    if (hosts.failed)
        b->failed = true;
    else if (hosts.data)
        put_escaped(b, hosts.data);
    al_buf_free(&hosts);
}

/*
 * What is said for TEXT in language LANG (NULL: the voice's): addresses
 * become their host, the pronunciation lexicon respells its words, then
 * the text is normalised (numbers, money, units, abbreviations as words;
 * normalise.c). Caller frees; NULL when out of memory.
 */
static char *spoken(const char *text, const al_voice *v, const char *lang)
{
    const char *l = lang ? lang : v->info.language;
    al_buf hosts = AL_BUF_INIT;
    char *said, *words;

    put_hosts(&hosts, text);
    if (hosts.failed || !hosts.data) {
        al_buf_free(&hosts);
        return hosts.failed ? NULL : al_strdup("");
    }
    said = v->lexicon ? al_pronounce_apply(v->lexicon, hosts.data, l) : al_strdup(hosts.data);
    al_buf_free(&hosts);
    /* a page in "en" read with the voice "en-gb": the page names no
     * region, and the normaliser is told so (a slashed date's order) */
    const char *rq = v->info.requested;
    size_t rn = strlen(rq);
    if (!lang && rn && !strpbrk(rq, "-_") && strncasecmp(rq, l, rn) == 0 && (l[rn] == '-' || l[rn] == '_'))
        l = rq;
    words = said ? al_normalise(said, l) : NULL;
    free(said);
    return words;
}

int al_speech_lexicon_open(al_voice *v, const aloud_speech_options *opts)
{
    v->lexicon = NULL;
    return al_pronounce_load(&v->lexicon, opts ? opts->lexicon : NULL);
}

void al_speech_lexicon_close(al_voice *v)
{
    al_pronounce_free(v->lexicon);
    v->lexicon = NULL;
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

/* ---- the pieces both export (below) and the player (playunits.c) use ---- */

int al_speech_gap(const al_voice *v, al_gap gap)
{
    int para = v->style.paragraph_pause;

    switch (gap) {
    case AL_GAP_LIST: return para * 4 / 5;
    case AL_GAP_PARAGRAPH: return para;
    case AL_GAP_AFTER_HEADING: return para; /* espeak-ng adds the heading's slower sentence end */
    case AL_GAP_BEFORE_HEADING: return v->style.heading_pause;
    }
    return para;
}

/* Two pauses in a row are one, the longer: espeak-ng would not add them
 * up either, and a section's end must not sound longer for having ended
 * in a paragraph. */
void al_speech_put_break(al_buf *b, int ms)
{
    static const char open[] = "<break time=\"", close[] = "ms\"/>";
    size_t lo = sizeof(open) - 1, lc = sizeof(close) - 1;

    if (ms <= 0)
        return;
    if (b->len > lo + lc && memcmp(b->data + b->len - lc, close, lc) == 0) {
        size_t start = b->len - lc;
        while (start > 0 && b->data[start - 1] >= '0' && b->data[start - 1] <= '9')
            start--;
        if (start >= lo && memcmp(b->data + start - lo, open, lo) == 0) {
            int prev = atoi(b->data + start);
            if (prev >= ms)
                return;
            b->len = start - lo;
            b->data[b->len] = '\0';
        }
    }
    al_buf_printf(b, "%s%d%s", open, ms, close);
}

/* The end of a spoken block. espeak-ng closes a sentence (falling pitch,
 * its sentence pause) only when its mark is followed by white space: a
 * '.' right before "<break/>", "</prosody>" or the end of the document
 * is read as a decimal point or the word "dot" after ')', '%', a quote
 * or a digit, and the pitch stays level. A newline is the white space
 * that also survives as the last character of a document. */
static void end_sentence(al_buf *b, const char *text, size_t n)
{
    char *s = al_strndup(text, n);

    if (!s) {
        b->failed = true;
        return;
    }
    if (!al_speech_ends_sentence(s))
        al_buf_putc(b, '.');
    al_buf_putc(b, '\n');
    free(s);
}

void al_speech_put_sentence(al_buf *b, const char *text, size_t n, const al_voice *v,
                            const char *lang)
{
    char *s = al_strndup(text, n), *words = s ? spoken(s, v, lang) : NULL;
    size_t len;

    if (!words) {
        b->failed = true;
        free(s);
        return;
    }
    for (len = strlen(words); len && words[len - 1] == ' '; len--)
        words[len - 1] = '\0';
    put_escaped(b, words);
    end_sentence(b, words, len);
    free(words);
    free(s);
}

/* Bytes [FROM, TO) of TEXT said in LANG, inside <voice> when OPEN. */
static void put_range(al_buf *b, const char *text, size_t from, size_t to, const al_voice *v,
                      const char *lang, bool open, bool last)
{
    char *s = al_strndup(text + from, to - from), *words = s ? spoken(s, v, lang) : NULL;
    size_t len;

    if (!words) {
        b->failed = true;
        free(s);
        return;
    }
    /* normalising trims: the spaces around a passage are the page's */
    if (from < to && text[from] == ' ' && !(b->len && b->data[b->len - 1] == ' '))
        al_buf_putc(b, ' ');
    if (open)
        al_buf_printf(b, "<voice xml:lang=\"%s\">", lang);
    len = strlen(words);
    if (last)
        while (len && words[len - 1] == ' ')
            words[--len] = '\0';
    put_escaped(b, words);
    if (last)
        end_sentence(b, words, len);    /* the mark inside the voice: no "dot" */
    if (open)
        al_buf_puts(b, "</voice>");
    if (!last && from < to && text[to - 1] == ' ')
        al_buf_putc(b, ' ');
    free(words);
    free(s);
}

void al_speech_put_block_sentence(al_buf *b, const aloud_block *blk, size_t from, size_t n,
                                  const al_voice *v)
{
    size_t pos = from, end = from + n;

    if (blk->span_count == 0) {
        al_speech_put_sentence(b, blk->text + from, n, v, blk->lang);
        return;
    }
    while (end > pos && blk->text[end - 1] == ' ')
        end--;
    for (size_t k = 0; k < blk->span_count && pos < end; k++) {
        const aloud_span *sp = &blk->spans[k];
        size_t s0 = sp->start, s1 = sp->start + sp->length;

        if (s1 <= pos || s0 >= end)
            continue;
        if (s0 > pos)
            put_range(b, blk->text, pos, s0, v, blk->lang, false, false);
        if (s0 < pos)
            s0 = pos;
        if (s1 > end)
            s1 = end;
        put_range(b, blk->text, s0, s1, v, sp->lang, true, s1 == end);
        pos = s1;
    }
    if (pos < end)
        put_range(b, blk->text, pos, end, v, blk->lang, false, true);
}

/* Heading pitch and rate by level, in sixths of the profile's
 * heading_pitch and heading_rate: the title (1) stands out most, h2 by
 * the profile's values, h3 and deeper by five sixths of them. espeak-ng
 * moves the real pitch by about a third of the percentage asked, so the
 * narrator's 45 % gives h2 about 3.5 semitones over the body and h3 about
 * 2.5 (bench/pauses.py measures it). */
static int heading_scale(int level)
{
    return level <= 1 ? 8 : level == 2 ? 6 : 5;
}

void al_speech_put_heading(al_buf *b, const char *text, int level, const al_voice *v)
{
    int k = heading_scale(level);

    al_buf_printf(b, "<prosody pitch=\"%+d%%\" rate=\"%d%%\">", v->style.heading_pitch * k / 6,
                  100 + v->style.heading_rate * k / 6);
    al_speech_put_sentence(b, text, strlen(text), v, NULL);
    al_buf_puts(b, "</prosody>");
    al_speech_put_break(b, al_speech_gap(v, AL_GAP_AFTER_HEADING));
}

/* The next cell of a row "a | b | c" at *P: its text (caller frees), *P
 * moved past it; NULL at the end (and on OOM, with *OOM set). */
static char *next_cell(const char **p, bool *oom)
{
    while (**p) {
        const char *sep = strstr(*p, " | ");
        size_t n = sep ? (size_t)(sep - *p) : strlen(*p);
        const char *cell = *p;

        *p += n + (sep ? 3 : 0);
        if (n > 0 && !(n == 1 && *cell == '|')) {
            char *c = al_strndup(cell, n);
            if (!c)
                *oom = true;
            return c;
        }
    }
    return NULL;
}

static size_t count_cells(const char *row)
{
    const char *p = row;
    bool oom = false;
    size_t n = 0;
    char *c;

    while ((c = next_cell(&p, &oom))) {
        free(c);
        n++;
    }
    return n;
}

/* One cell (or column name) as it is said. */
static void put_cell(al_buf *b, const char *cell, const al_voice *v, const char *lang)
{
    char *words = spoken(cell, v, lang);

    if (!words) {
        b->failed = true;
        return;
    }
    put_escaped(b, words);
    free(words);
}

void al_speech_put_table_row(al_buf *b, const char *row, const char *header, const al_voice *v,
                             const char *lang)
{
    const char *p = row, *h = header;
    bool first = true, oom = false;
    char *cell;

    /* a header pairs with the row only when their cells line up */
    if (header && count_cells(header) != count_cells(row))
        h = NULL;
    while ((cell = next_cell(&p, &oom))) {
        char *name = h ? next_cell(&h, &oom) : NULL;

        if (!first)
            al_buf_puts(b, ", ");
        /* "Price: 899 pounds"; a blank or repeated column name is not said */
        if (name && *name && !al_text_same_words(name, cell)) {
            put_cell(b, name, v, lang);
            al_buf_puts(b, ": ");
        }
        put_cell(b, cell, v, lang);
        free(name);
        free(cell);
        first = false;
    }
    if (oom)
        b->failed = true;
    if (!first)
        end_sentence(b, row, strlen(row));
}

const char *al_speech_table_header(const aloud_section *s, size_t i)
{
    while (i-- > 0) {
        aloud_block_kind k = s->blocks[i].kind;
        if (k == ALOUD_BLOCK_TABLE_HEADER)
            return s->blocks[i].text;
        if (k != ALOUD_BLOCK_TABLE_ROW)
            break;
    }
    return NULL;
}

/* ---- a block's structure: cues, numbers, its own language ---- */

static bool quote_at(const aloud_section *s, size_t i)
{
    return i < s->block_count && s->blocks[i].kind == ALOUD_BLOCK_QUOTE;
}

void al_speech_block_open(al_buf *b, const aloud_section *s, size_t i, const al_speech_phrases *ph)
{
    const aloud_block *blk = &s->blocks[i];

    if (blk->kind == ALOUD_BLOCK_QUOTE && (i == 0 || !quote_at(s, i - 1)) && *ph->quote)
        al_buf_printf(b, "%s: ", ph->quote);
    if (blk->kind == ALOUD_BLOCK_CAPTION)
        al_buf_printf(b, "%s: ", ph->caption);
    if (blk->number)
        al_buf_printf(b, "%u.\n", blk->number);
    /* the tag is letters, digits and hyphens (structure.c checks it) */
    if (blk->lang)
        al_buf_printf(b, "<voice xml:lang=\"%s\">", blk->lang);
}

void al_speech_block_close(al_buf *b, const aloud_section *s, size_t i, const al_voice *v,
                           const al_speech_phrases *ph)
{
    const aloud_block *blk = &s->blocks[i];

    if (blk->lang)
        al_buf_puts(b, "</voice>");
    if (blk->kind == ALOUD_BLOCK_QUOTE && !quote_at(s, i + 1) && *ph->end_quote)
        al_speech_put_sentence(b, ph->end_quote, strlen(ph->end_quote), v, NULL);
}

/* ---- blocks ---- */

static void put_blocks(al_buf *b, const aloud_section *s, const al_voice *v, const phrases *ph)
{
    for (size_t i = 0; i < s->block_count; i++) {
        const aloud_block *blk = &s->blocks[i];

        switch (blk->kind) {
        case ALOUD_BLOCK_CODE:
            if (i == 0 || s->blocks[i - 1].kind != ALOUD_BLOCK_CODE) {
                al_speech_put_sentence(b, ph->code_skipped, strlen(ph->code_skipped), v, NULL);
                al_speech_put_break(b, al_speech_gap(v, AL_GAP_PARAGRAPH));
            }
            continue;
        case ALOUD_BLOCK_TABLE_HEADER:
            continue;          /* said with each row's cells */
        case ALOUD_BLOCK_TABLE_ROW:
            al_speech_put_table_row(b, blk->text, al_speech_table_header(s, i), v, blk->lang);
            al_speech_put_break(b, al_speech_gap(v, AL_GAP_LIST));
            continue;
        default:
            break;
        }
        al_speech_block_open(b, s, i, ph);
        al_speech_put_block_sentence(b, blk, 0, strlen(blk->text), v);
        al_speech_block_close(b, s, i, v, ph);
        al_speech_put_break(b, al_speech_gap(v, blk->kind == ALOUD_BLOCK_LIST_ITEM ? AL_GAP_LIST
                                                                                    : AL_GAP_PARAGRAPH));
    }
}

/* ---- sections ---- */

/* "by Jane Doe" (a byline that already starts with "by" is not doubled). */
void al_speech_put_byline(al_buf *b, const char *byline, const al_voice *v,
                          const al_speech_phrases *ph)
{
    size_t n = strlen(ph->by);

    if (strncasecmp(byline, ph->by, n) != 0 || byline[n] != ' ')
        al_buf_printf(b, "%s ", ph->by);
    al_speech_put_sentence(b, byline, strlen(byline), v, NULL);
}

size_t al_speech_put_intro(al_buf *b, const aloud_article *article, const al_voice *v,
                           const al_speech_phrases *ph)
{
    const char *title = aloud_article_title(article);
    const char *byline = aloud_article_byline(article);
    const char *site = aloud_article_site_name(article);
    size_t words = 0;

    if (title && *title) {
        al_speech_put_heading(b, title, 1, v);
        words += al_text_words(title);
    }
    if (byline && *byline) {
        al_speech_put_byline(b, byline, v, ph);
        al_speech_put_break(b, al_speech_gap(v, AL_GAP_PARAGRAPH));
        words += al_text_words(byline) + 1;
    }
    if (site && *site && !(title && al_text_casestr(title, site)) &&
        !(byline && al_text_casestr(byline, site))) {
        al_speech_put_sentence(b, site, strlen(site), v, NULL);
        al_speech_put_break(b, al_speech_gap(v, AL_GAP_PARAGRAPH));
        words += al_text_words(site);
    }
    /* the body starts after a heading-sized pause: intro and body apart */
    if ((byline && *byline) || (site && *site))
        al_speech_put_break(b, al_speech_gap(v, AL_GAP_BEFORE_HEADING));
    return words;
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
        al_speech_put_intro(&b, article, voice, ph);
    if (sections[index].heading)
        al_speech_put_heading(&b, sections[index].heading, sections[index].level, voice);
    put_blocks(&b, &sections[index], voice, ph);
    al_speech_put_break(&b, al_speech_gap(voice, AL_GAP_BEFORE_HEADING));
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
        (err = al_speech_range(&first, &end, article, opts)) < 0 ||
        (err = al_speech_lexicon_open(&voice, opts)) < 0)
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
    al_speech_lexicon_close(&voice);
    return err;
}
