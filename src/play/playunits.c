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
 * Sentences are found with a plain heuristic (al_sentence_length), which
 * knows the full stops of scripts written without spaces (Chinese,
 * Japanese, Devanagari, Arabic) too: a
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
                                           "\xE2\x80\x99", "\xC2\xBB", "\xE3\x80\x8D",
                                           "\xE3\x80\x8F", "\xEF\xBC\x89" };

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

/* Length of a full stop of a script written without spaces between
 * sentences at P: the ideographic full stop and the full-width '!' and
 * '?' (Chinese, Japanese), the Devanagari danda, the Arabic question
 * mark and the Urdu full stop. A sentence ends after one even with no
 * space, unless a closing bracket or quote follows. */
static size_t stop_at(const char *p)
{
    static const char *const stops[] = { "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                         "\xE0\xA5\xA4", "\xD8\x9F", "\xDB\x94" };

    for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
        if (strncmp(p, stops[i], strlen(stops[i])) == 0)
            return strlen(stops[i]);
    return 0;
}

size_t al_sentence_length(const char *text)
{
    for (const char *p = text; *p; p++) {
        size_t m = stop_at(p), c = 0;
        const char *q;

        if (m > 0) {
            q = p + m;
            while ((m = stop_at(q)) > 0 || is_closer(q, &c))
                q += m ? m : c;
            while (*q == ' ')
                q++;
            if (*q)
                return (size_t)(q - text);
            p = q - 1;
            continue;
        }
        m = mark_at(p);
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

/* Add a unit whose body is B (consumed), saying TEXT (LEN bytes, may be NULL). */
static void add_unit(builder *bd, size_t section, size_t paragraph, al_buf *b, size_t words,
                     const char *text, size_t len)
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
    while (text && len > 0 && text[len - 1] == ' ')
        len--;
    u->text = text ? strndup(text, len) : NULL;
    if (!u->ssml || (text && !u->text)) {
        free(u->ssml);
        free(u->text);
        bd->count--;
        bd->failed = true;
    }
}

/* What the intro says first: the title, else the byline or the site. */
static const char *intro_text(const aloud_article *article)
{
    const char *t = aloud_article_title(article);

    if (!t || !*t)
        t = aloud_article_byline(article);
    if (!t || !*t)
        t = aloud_article_site_name(article);
    return t && *t ? t : NULL;
}

static void intro_unit(builder *bd, size_t section, const aloud_article *article)
{
    al_buf b = AL_BUF_INIT;
    size_t words;

    al_buf_puts(&b, "<speak>");
    words = al_speech_put_intro(&b, article, bd->voice, bd->ph);
    if (words) {
        const char *text = intro_text(article);

        add_unit(bd, section, 0, &b, words, text, text ? strlen(text) : 0);
    }
    else
        al_buf_free(&b);
}

/* One unit per sentence of a paragraph, the pause after the last. */
static void sentence_units(builder *bd, size_t section, const aloud_section *s, size_t paragraph,
                           int pause)
{
    const aloud_block *blk = &s->blocks[paragraph];
    const char *p = blk->text;
    bool first = true;

    while (*p) {
        size_t n = al_sentence_length(p);
        al_buf b = AL_BUF_INIT;

        al_buf_puts(&b, "<speak>");
        if (first)
            al_speech_block_open(&b, s, paragraph, bd->ph);
        else if (blk->lang)
            al_buf_printf(&b, "<voice xml:lang=\"%s\">", blk->lang);
        al_speech_put_block_sentence(&b, blk, (size_t)(p - blk->text), n, bd->voice);
        if (!p[n]) {
            al_speech_block_close(&b, s, paragraph, bd->voice, bd->ph);
            al_speech_put_break(&b, pause);
        } else if (blk->lang) {
            al_buf_puts(&b, "</voice>");
        }
        add_unit(bd, section, paragraph, &b, al_text_words(p) - al_text_words(p + n), p, n);
        p += n;
        first = false;
    }
}

static void block_units(builder *bd, size_t section, const aloud_section *s, size_t i)
{
    const aloud_block *blk = &s->blocks[i];
    int pause = al_speech_gap(bd->voice, AL_GAP_PARAGRAPH);
    al_buf b = AL_BUF_INIT;

    switch (blk->kind) {
    case ALOUD_BLOCK_CODE:
        if (i > 0 && s->blocks[i - 1].kind == ALOUD_BLOCK_CODE)
            return;
        al_buf_puts(&b, "<speak>");
        al_speech_put_sentence(&b, bd->ph->code_skipped, strlen(bd->ph->code_skipped), bd->voice, NULL);
        al_speech_put_break(&b, pause);
        add_unit(bd, section, i, &b, al_text_words(bd->ph->code_skipped), bd->ph->code_skipped,
                 strlen(bd->ph->code_skipped));
        return;
    case ALOUD_BLOCK_TABLE_HEADER:
        return;                /* said with each row's cells */
    case ALOUD_BLOCK_TABLE_ROW:
        al_buf_puts(&b, "<speak>");
        al_speech_put_table_row(&b, blk->text, al_speech_table_header(s, i), bd->voice, blk->lang);
        al_speech_put_break(&b, al_speech_gap(bd->voice, AL_GAP_LIST));
        add_unit(bd, section, i, &b, al_text_words(blk->text), blk->text, strlen(blk->text));
        return;
    default:
        sentence_units(bd, section, s, i,
                       blk->kind == ALOUD_BLOCK_LIST_ITEM ? al_speech_gap(bd->voice, AL_GAP_LIST) : pause);
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
        al_speech_put_break(&b, bd->voice->style.heading_pause > 0 ? bd->voice->style.heading_pause : 100);
        add_unit(bd, section, 0, &b, 0, NULL, 0);
        return;
    }
    last = &bd->units[bd->count - 1];
    len = strlen(last->ssml) - strlen("</speak>");
    al_buf_put(&b, last->ssml, len);
    al_speech_put_break(&b, al_speech_gap(bd->voice, AL_GAP_BEFORE_HEADING));
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
            al_speech_put_heading(&b, sections[s].heading, sections[s].level, bd.voice);
            add_unit(&bd, s, 0, &b, al_text_words(sections[s].heading), sections[s].heading,
                     strlen(sections[s].heading));
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
    for (size_t i = 0; units && i < count; i++) {
        free(units[i].ssml);
        free(units[i].text);
    }
    free(units);
}
