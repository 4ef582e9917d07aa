/*
 * playunits.c - cut an article into the small units the player speaks.
 *
 * Export speaks a section per espeak-ng call (speechtext.c); live playback
 * needs finer steps: a jump to a paragraph starts a new call, and a new
 * rate applies from the next call. So the player speaks the same things
 * in the same style (speechtext.c's rules and its exported pieces: heading
 * prosody and pauses from the voice profile, the fixed phrases, "Caption:"
 * before captions, table rows cell by cell, code blocks skipped with one
 * notice, URLs replaced by their host through al_speech_append_text()),
 * but one sentence per unit.
 *
 * Sentences are found with a plain heuristic (al_sentence_length): a
 * missed boundary only makes a unit longer, and a false one adds a short
 * sentence pause, so it errs on the side of not splitting.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "player.h"
#include "speechtext.h"

/* ---- sentences ---- */

static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e",
    "no", "fig", "approx", "inc", "ltd", "co", "mt", "gen", "col", "sgt", "rev", "cf",
};

static bool is_closer(const char *p, size_t *len)
{
    static const char *const closers[] = { "\"", "'", ")", "]", "\xE2\x80\x9D",
                                           "\xE2\x80\x99", "\xC2\xBB" };

    for (size_t i = 0; i < sizeof(closers) / sizeof(closers[0]); i++)
        if (strncmp(p, closers[i], strlen(closers[i])) == 0) {
            *len = strlen(closers[i]);
            return true;
        }
    return false;
}

/* The word before the '.' at DOT is an abbreviation or an initial. */
static bool abbreviation_before(const char *text, const char *dot)
{
    const char *w = dot;
    size_t n;

    while (w > text && w[-1] != ' ' && w[-1] != '(' && w[-1] != '"')
        w--;
    n = (size_t)(dot - w);
    if (n == 1 && ((*w >= 'A' && *w <= 'Z') || (*w >= 'a' && *w <= 'z')))
        return true;
    for (size_t i = 0; i < sizeof(abbreviations) / sizeof(abbreviations[0]); i++)
        if (strlen(abbreviations[i]) == n && strncasecmp(w, abbreviations[i], n) == 0)
            return true;
    return false;
}

/* Length of the sentence mark at P: '.', '!', '?' or an ellipsis. */
static size_t mark_at(const char *p)
{
    if (*p == '.' || *p == '!' || *p == '?')
        return 1;
    return strncmp(p, "\xE2\x80\xA6", 3) == 0 ? 3 : 0;
}

size_t al_sentence_length(const char *text)
{
    for (const char *p = text; *p; p++) {
        size_t m = mark_at(p), c;
        const char *q;

        if (!m || (*p == '.' && abbreviation_before(text, p)))
            continue;
        q = p + m;
        while (mark_at(q))
            q += mark_at(q);
        while (is_closer(q, &c))
            q += c;
        if (*q != ' ')
            continue;
        while (*q == ' ')
            q++;
        if (*q == '\0' || (*q >= 'a' && *q <= 'z'))
            continue;
        return (size_t)(q - text);
    }
    return strlen(text);
}

/* ---- building units ---- */

typedef struct {
    al_play_unit *units;
    size_t count, cap;
    const al_voice *voice;
    al_speech_phrases ph_store;
    const al_speech_phrases *ph;
    bool failed;
} builder;

/* Add a unit whose body is B (consumed). */
static void add_unit(builder *bd, size_t section, size_t paragraph, al_buf *b, size_t words)
{
    al_play_unit *u;

    if (b->failed || bd->failed) {
        bd->failed = true;
        al_buf_free(b);
        return;
    }
    if (bd->count == bd->cap) {
        size_t cap = bd->cap ? bd->cap * 2 : 64;
        al_play_unit *grown = realloc(bd->units, cap * sizeof(*grown));

        if (!grown) {
            bd->failed = true;
            al_buf_free(b);
            return;
        }
        bd->units = grown;
        bd->cap = cap;
    }
    u = &bd->units[bd->count++];
    u->section = section;
    u->paragraph = paragraph;
    u->words = words;
    al_buf_puts(b, "</speak>");
    u->ssml = al_buf_detach(b);
    if (!u->ssml) {
        bd->count--;
        bd->failed = true;
    }
}

static void put_break(al_buf *b, int ms)
{
    if (ms > 0)
        al_buf_printf(b, "<break time=\"%dms\"/>", ms);
}

/* TEXT (N bytes) as a sentence: escaped, with a full stop when it has no
 * mark (speechtext.c's rule). */
static void put_sentence(al_buf *b, const char *text, size_t n)
{
    char *s = al_strndup(text, n);
    size_t len;

    if (!s) {
        b->failed = true;
        return;
    }
    for (len = strlen(s); len && s[len - 1] == ' '; len--)
        s[len - 1] = '\0';
    al_speech_append_text(b, s);
    if (!al_speech_ends_sentence(s))
        al_buf_putc(b, '.');
    free(s);
}

static void put_heading(builder *bd, const char *text, al_buf *b)
{
    const al_voice *v = bd->voice;

    al_buf_printf(b, "<prosody pitch=\"%+d%%\" rate=\"%d%%\">", v->style.heading_pitch,
                  100 + v->style.heading_rate);
    put_sentence(b, text, strlen(text));
    al_buf_puts(b, "</prosody>");
    put_break(b, v->style.heading_pause);
}

static void intro_unit(builder *bd, size_t section, const aloud_article *article)
{
    const char *title = aloud_article_title(article);
    const char *byline = aloud_article_byline(article);
    const char *site = aloud_article_site_name(article);
    const al_voice *v = bd->voice;
    al_buf b = AL_BUF_INIT;
    size_t words = 0, n = strlen(bd->ph->by);

    al_buf_puts(&b, "<speak>");
    if (title && *title) {
        put_heading(bd, title, &b);
        words += al_text_words(title);
    }
    if (byline && *byline) {
        if (strncasecmp(byline, bd->ph->by, n) != 0 || byline[n] != ' ')
            al_buf_printf(&b, "%s ", bd->ph->by);
        put_sentence(&b, byline, strlen(byline));
        put_break(&b, v->style.paragraph_pause);
        words += al_text_words(byline) + 1;
    }
    if (site && *site && !(title && al_text_casestr(title, site)) &&
        !(byline && al_text_casestr(byline, site))) {
        put_sentence(&b, site, strlen(site));
        put_break(&b, v->style.paragraph_pause);
        words += al_text_words(site);
    }
    if ((byline && *byline) || (site && *site))
        put_break(&b, v->style.heading_pause);
    if (words)
        add_unit(bd, section, 0, &b, words);
    else
        al_buf_free(&b);
}

/* "a | b | c" -> "a, b, c." */
static void put_table_row(al_buf *b, const char *row)
{
    const char *p = row;
    bool first = true;

    while (*p) {
        const char *sep = strstr(p, " | ");
        size_t n = sep ? (size_t)(sep - p) : strlen(p);

        if (n > 0 && !(n == 1 && *p == '|')) {
            char *cell = al_strndup(p, n);

            if (!cell) {
                b->failed = true;
                return;
            }
            if (!first)
                al_buf_puts(b, ", ");
            al_speech_append_text(b, cell);
            free(cell);
            first = false;
        }
        p += n + (sep ? 3 : 0);
    }
    if (!first && !al_speech_ends_sentence(row))
        al_buf_putc(b, '.');
}

/* One unit per sentence of a paragraph, the pause after the last. */
static void sentence_units(builder *bd, size_t section, size_t paragraph,
                           const aloud_block *blk, int pause)
{
    const char *p = blk->text;
    bool first = true;

    while (*p) {
        size_t n = al_sentence_length(p);
        al_buf b = AL_BUF_INIT;

        al_buf_puts(&b, "<speak>");
        if (first && blk->kind == ALOUD_BLOCK_CAPTION)
            al_buf_printf(&b, "%s: ", bd->ph->caption);
        put_sentence(&b, p, n);
        if (!p[n])
            put_break(&b, pause);
        add_unit(bd, section, paragraph, &b, al_text_words(p) - al_text_words(p + n));
        p += n;
        first = false;
    }
}

static void block_units(builder *bd, size_t section, const aloud_section *s, size_t i)
{
    const aloud_block *blk = &s->blocks[i];
    int pause = bd->voice->style.paragraph_pause;
    al_buf b = AL_BUF_INIT;

    switch (blk->kind) {
    case ALOUD_BLOCK_CODE:
        if (i > 0 && s->blocks[i - 1].kind == ALOUD_BLOCK_CODE)
            return;
        al_buf_printf(&b, "<speak>%s", bd->ph->code_skipped);
        put_break(&b, pause);
        add_unit(bd, section, i, &b, al_text_words(bd->ph->code_skipped));
        return;
    case ALOUD_BLOCK_TABLE_ROW:
        al_buf_puts(&b, "<speak>");
        put_table_row(&b, blk->text);
        put_break(&b, pause / 2);
        add_unit(bd, section, i, &b, al_text_words(blk->text));
        return;
    default:
        sentence_units(bd, section, i, blk, blk->kind == ALOUD_BLOCK_LIST_ITEM ? pause / 2 : pause);
        return;
    }
}

/* Append the pause that ends a section to its last unit. */
static void end_section(builder *bd, size_t section, size_t before)
{
    al_play_unit *last;
    al_buf b = AL_BUF_INIT;
    size_t len;

    if (bd->failed)
        return;
    if (bd->count == before) {
        /* Nothing to say (an empty section): a unit of silence keeps it
         * reachable, so that section numbers and events stay in step. */
        al_buf_puts(&b, "<speak>");
        put_break(&b, bd->voice->style.heading_pause > 0 ? bd->voice->style.heading_pause : 100);
        add_unit(bd, section, 0, &b, 0);
        return;
    }
    last = &bd->units[bd->count - 1];
    len = strlen(last->ssml) - strlen("</speak>");
    al_buf_put(&b, last->ssml, len);
    put_break(&b, bd->voice->style.heading_pause);
    al_buf_puts(&b, "</speak>");
    if (b.failed) {
        al_buf_free(&b);
        bd->failed = true;
        return;
    }
    free(last->ssml);
    last->ssml = al_buf_detach(&b);
}

int al_play_units(al_play_unit **out, size_t *count, const aloud_article *article,
                  size_t first, size_t end, const al_voice *voice, bool intro)
{
    size_t n;
    const aloud_section *sections = aloud_article_sections(article, &n);
    builder bd = { NULL, 0, 0, voice, al_speech_phrases_for(voice->info.language), NULL, false };

    bd.ph = &bd.ph_store;

    *out = NULL;
    *count = 0;
    for (size_t s = first; s < end && s < n && !bd.failed; s++) {
        size_t before = bd.count;

        if (s == first && intro)
            intro_unit(&bd, s, article);
        if (sections[s].heading) {
            al_buf b = AL_BUF_INIT;

            al_buf_puts(&b, "<speak>");
            put_heading(&bd, sections[s].heading, &b);
            add_unit(&bd, s, 0, &b, al_text_words(sections[s].heading));
        }
        for (size_t i = 0; i < sections[s].block_count && !bd.failed; i++)
            block_units(&bd, s, &sections[s], i);
        end_section(&bd, s, before);
    }
    if (bd.failed) {
        al_play_units_free(bd.units, bd.count);
        return al_error_oom();
    }
    *out = bd.units;
    *count = bd.count;
    return ALOUD_OK;
}

void al_play_units_free(al_play_unit *units, size_t count)
{
    for (size_t i = 0; units && i < count; i++)
        free(units[i].ssml);
    free(units);
}
