/*
 * render.c - the article as JSON, plain text, a numbered outline or HTML.
 *
 * JSON is built with json-c, so strings are escaped by the library (control
 * characters as \uXXXX; none should remain after extraction anyway).
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "article.h"

static const char *const kind_names[] = {
    "paragraph", "list_item", "quote", "caption", "table_row", "code", "table_header"
};

/* ---- JSON -------------------------------------------------------------- */

static json_object *json_string_or_null(const char *s)
{
    return s ? json_object_new_string(s) : NULL;
}

static int render_json(al_buf *out, const aloud_article *a)
{
    json_object *root = json_object_new_object(), *sections = json_object_new_array();
    size_t i, k;
    const char *s;

    if (!root || !sections) {
        json_object_put(root);
        json_object_put(sections);
        return al_error_oom();
    }
    json_object_object_add(root, "title", json_string_or_null(a->meta.title));
    json_object_object_add(root, "byline", json_string_or_null(a->meta.byline));
    json_object_object_add(root, "site_name", json_string_or_null(a->meta.site_name));
    json_object_object_add(root, "published", json_string_or_null(a->meta.published));
    json_object_object_add(root, "lang", json_string_or_null(a->meta.lang));
    json_object_object_add(root, "url", json_string_or_null(a->meta.url));
    json_object_object_add(root, "image", json_string_or_null(a->meta.image));
    json_object_object_add(root, "kind", json_object_new_string(a->digest ? "digest" : "article"));
    for (i = 0; i < a->section_count; i++) {
        const aloud_section *sec = &a->sections[i];
        json_object *o = json_object_new_object(), *paras = json_object_new_array();
        json_object *kinds = json_object_new_array(), *numbers = json_object_new_array();
        json_object *langs = json_object_new_array();

        json_object_object_add(o, "heading", json_string_or_null(sec->heading));
        json_object_object_add(o, "level", json_object_new_int(sec->level));
        for (k = 0; k < sec->block_count; k++) {
            json_object_array_add(paras, json_object_new_string(sec->blocks[k].text));
            json_object_array_add(kinds, json_object_new_string(kind_names[sec->blocks[k].kind]));
            json_object_array_add(numbers, json_object_new_int((int)sec->blocks[k].number));
            json_object_array_add(langs, json_string_or_null(sec->blocks[k].lang));
        }
        json_object_object_add(o, "paragraphs", paras);
        json_object_object_add(o, "kinds", kinds);
        json_object_object_add(o, "numbers", numbers);
        json_object_object_add(o, "langs", langs);
        json_object_object_add(o, "words", json_object_new_int64((int64_t)aloud_section_words(sec)));
        json_object_array_add(sections, o);
    }
    json_object_object_add(root, "sections", sections);
    s = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
                                                 JSON_C_TO_STRING_NOSLASHESCAPE);
    if (s) {
        al_buf_puts(out, s);
        al_buf_putc(out, '\n');
    }
    json_object_put(root);
    return s ? ALOUD_OK : al_error_oom();
}

/* ---- text -------------------------------------------------------------- */

static void render_text(al_buf *out, const aloud_article *a)
{
    size_t i, k;

    if (a->meta.title)
        al_buf_printf(out, "%s\n\n", a->meta.title);
    for (i = 0; i < a->section_count; i++) {
        const aloud_section *s = &a->sections[i];
        if (s->heading)
            al_buf_printf(out, "%s\n\n", s->heading);
        for (k = 0; k < s->block_count; k++) {
            const aloud_block *b = &s->blocks[k];
            if (b->number)
                al_buf_printf(out, "%u. ", b->number);
            else if (b->kind == ALOUD_BLOCK_LIST_ITEM)
                al_buf_puts(out, "- ");
            al_buf_printf(out, "%s\n\n", b->text);
        }
    }
}

/* ---- outline ----------------------------------------------------------- */

static void put_seconds(al_buf *out, double seconds)
{
    unsigned long secs = seconds > 0 ? (unsigned long)(seconds + 0.5) : 0;

    if (secs >= 3600)
        al_buf_printf(out, "%lu:%02lu:%02lu", secs / 3600, secs / 60 % 60, secs % 60);
    else
        al_buf_printf(out, "%lu:%02lu", secs / 60, secs % 60);
}

static double estimate(size_t words)
{
    return (double)words * 60.0 / ALOUD_DEFAULT_RATE;
}

/* NUMBER is the first section's number in the whole article (1-based);
 * SECONDS, when not NULL, the measured time of each of A's sections. */
static void render_sections(al_buf *out, const aloud_article *a, size_t number,
                            const double *seconds)
{
    size_t i, total = 0;
    double time = 0;

    if (a->meta.title)
        al_buf_printf(out, "%s\n\n", a->meta.title);
    for (i = 0; i < a->section_count; i++) {
        const aloud_section *s = &a->sections[i];
        size_t words = aloud_section_words(s);
        int indent = s->level > 2 ? (s->level - 2) * 2 : 0;

        total += words;
        time += seconds ? seconds[i] : estimate(words);
        al_buf_printf(out, "%3zu  %*s%s  (%zu words, ", i + number, indent, "",
                      s->heading ? s->heading : "Introduction", words);
        put_seconds(out, seconds ? seconds[i] : estimate(words));
        al_buf_puts(out, ")\n");
    }
    al_buf_printf(out, "\n%zu sections, %zu words, ", a->section_count, total);
    put_seconds(out, time);
    if (seconds)
        al_buf_puts(out, " as spoken (measured with espeak-ng)\n");
    else
        al_buf_printf(out, " at %d words per minute\n", ALOUD_DEFAULT_RATE);
}

/* ---- HTML -------------------------------------------------------------- */

static void put_escaped(al_buf *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': al_buf_puts(out, "&amp;"); break;
        case '<': al_buf_puts(out, "&lt;"); break;
        case '>': al_buf_puts(out, "&gt;"); break;
        case '"': al_buf_puts(out, "&quot;"); break;
        case '\n': al_buf_puts(out, "<br>"); break;
        default: al_buf_putc(out, *s); break;
        }
    }
}

static void put_element(al_buf *out, const char *tag, const char *text)
{
    al_buf_printf(out, "<%s>", tag);
    put_escaped(out, text);
    al_buf_printf(out, "</%s>\n", tag);
}

static void put_row(al_buf *out, const char *text, const char *cell_tag)
{
    const char *p = text, *bar;

    al_buf_puts(out, "<tr>");
    while (p) {
        char *cell;
        bar = strstr(p, " | ");
        cell = bar ? al_strndup(p, (size_t)(bar - p)) : al_strdup(p);
        if (cell)
            put_element(out, cell_tag, cell);
        free(cell);
        p = bar ? bar + 3 : NULL;
    }
    al_buf_puts(out, "</tr>\n");
}

/* Runs of list items, quote paragraphs and table rows share one element. */
static int group_of(const aloud_block *b)
{
    switch (b->kind) {
    case ALOUD_BLOCK_LIST_ITEM: return b->number ? 1 : 2;
    case ALOUD_BLOCK_QUOTE: return 3;
    case ALOUD_BLOCK_TABLE_ROW: case ALOUD_BLOCK_TABLE_HEADER: return 4;
    default: return 0;
    }
}

static void render_blocks(al_buf *out, const aloud_section *s)
{
    static const char *const open[] = { "", "<ol>\n", "<ul>\n", "<blockquote>\n", "<table>\n" };
    static const char *const close[] = { "", "</ol>\n", "</ul>\n", "</blockquote>\n", "</table>\n" };
    size_t k;

    for (k = 0; k < s->block_count; k++) {
        const aloud_block *b = &s->blocks[k];
        int group = group_of(b);
        int prev = k ? group_of(&s->blocks[k - 1]) : 0;
        int next = k + 1 < s->block_count ? group_of(&s->blocks[k + 1]) : 0;

        if (group && prev != group)
            al_buf_puts(out, open[group]);
        switch (b->kind) {
        case ALOUD_BLOCK_LIST_ITEM:
            if (b->number)
                al_buf_printf(out, "<li value=\"%u\">", b->number);
            else
                al_buf_puts(out, "<li>");
            put_escaped(out, b->text);
            al_buf_puts(out, "</li>\n");
            break;
        case ALOUD_BLOCK_CAPTION: put_element(out, "figcaption", b->text); break;
        case ALOUD_BLOCK_TABLE_ROW: put_row(out, b->text, "td"); break;
        case ALOUD_BLOCK_TABLE_HEADER: put_row(out, b->text, "th"); break;
        case ALOUD_BLOCK_CODE:
            al_buf_puts(out, "<pre>");
            { const char *p; for (p = b->text; *p; p++) {
                  if (*p == '<') al_buf_puts(out, "&lt;");
                  else if (*p == '&') al_buf_puts(out, "&amp;");
                  else al_buf_putc(out, *p); } }
            al_buf_puts(out, "</pre>\n");
            break;
        default: put_element(out, "p", b->text); break;
        }
        if (group && next != group)
            al_buf_puts(out, close[group]);
    }
}

static void render_html(al_buf *out, const aloud_article *a)
{
    size_t i;

    al_buf_puts(out, "<!DOCTYPE html>\n<html");
    if (a->meta.lang) {
        al_buf_puts(out, " lang=\"");
        put_escaped(out, a->meta.lang);
        al_buf_puts(out, "\"");
    }
    al_buf_puts(out, ">\n<head>\n<meta charset=\"utf-8\">\n");
    put_element(out, "title", a->meta.title ? a->meta.title : "Article");
    al_buf_puts(out, "</head>\n<body>\n<article>\n");
    if (a->meta.title)
        put_element(out, "h1", a->meta.title);
    if (a->meta.byline) {
        al_buf_puts(out, "<p class=\"byline\">By ");
        put_escaped(out, a->meta.byline);
        al_buf_puts(out, "</p>\n");
    }
    for (i = 0; i < a->section_count; i++) {
        const aloud_section *s = &a->sections[i];
        if (s->heading) {
            char tag[4] = { 'h', (char)('0' + (s->level > 6 ? 6 : s->level)), '\0', '\0' };
            put_element(out, tag, s->heading);
        }
        render_blocks(out, s);
    }
    al_buf_puts(out, "</article>\n</body>\n</html>\n");
}

static int render_view(char **out, size_t *len, const aloud_article *view, aloud_format format,
                       size_t number, const double *seconds)
{
    al_buf b = AL_BUF_INIT;
    int err = ALOUD_OK;

    switch (format) {
    case ALOUD_FORMAT_JSON: err = render_json(&b, view); break;
    case ALOUD_FORMAT_TEXT: render_text(&b, view); break;
    case ALOUD_FORMAT_SECTIONS: render_sections(&b, view, number, seconds); break;
    case ALOUD_FORMAT_HTML: render_html(&b, view); break;
    default: return al_error_set(ALOUD_EINVAL, "aloud_render: unknown format %d", (int)format);
    }
    if (err < 0) {
        al_buf_free(&b);
        return err;
    }
    if (len)
        *len = b.len;
    if (!(*out = al_buf_detach(&b)))
        return al_error_oom();
    return ALOUD_OK;
}

int aloud_render(char **out, size_t *len, const aloud_article *a, aloud_format format)
{
    if (!out || !a)
        return al_error_set(ALOUD_EINVAL, "aloud_render: invalid argument");
    *out = NULL;
    return render_view(out, len, a, format, 1, NULL);
}

static int render_range(char **out, size_t *len, const aloud_article *a, aloud_format format,
                        size_t first, size_t count, const double *seconds)
{
    aloud_article view;

    if (first >= a->section_count || count == 0)
        return al_error_set(ALOUD_ENOSECTION, "no section %zu: the article has %zu", first + 1,
                            a->section_count);
    /* a view of the chosen sections: the renderers only read */
    view = *a;
    view.sections = a->sections + first;
    view.section_count = count < a->section_count - first ? count : a->section_count - first;
    return render_view(out, len, &view, format, first + 1, seconds ? seconds + first : NULL);
}

int aloud_render_sections(char **out, size_t *len, const aloud_article *a, aloud_format format,
                          size_t first, size_t count)
{
    if (!out || !a)
        return al_error_set(ALOUD_EINVAL, "aloud_render_sections: invalid argument");
    *out = NULL;
    return render_range(out, len, a, format, first, count, NULL);
}

int aloud_render_outline(char **out, size_t *len, const aloud_article *a, size_t first,
                         size_t count, const double *seconds)
{
    if (!out || !a)
        return al_error_set(ALOUD_EINVAL, "aloud_render_outline: invalid argument");
    *out = NULL;
    return render_range(out, len, a, ALOUD_FORMAT_SECTIONS, first, count, seconds);
}
