/*
 * appdata.c - the article a script framework carries only as JSON data.
 *
 * A page built with a script framework may serve a loading skeleton in
 * its markup ("Loading article...", grey bars) and the article only in
 * the data the script renders it from: a <script type="application/json">
 * such as Next.js's __NEXT_DATA__ ({"props": {"pageProps": {"article":
 * {"headline": ..., "body": ["<p>...</p>", "<h2>...</h2>", ...]}}}}) or a
 * store's state. The JSON-LD articleBody, when there is one, is flat text
 * that has lost the article's headings; this data keeps its markup.
 *
 * Evidence for the body, none of it a key's name (every framework and CMS
 * names its fields its own way):
 *   - the title: the value sits in an object that names the page's title
 *     (a string member with the title's words: "headline", "title"), or
 *     in the object around that one (article.content.blocks);
 *   - its shape: a string of block markup (<p>, <h2>, <li>...), an array
 *     of such strings, an array of blocks (objects each holding such a
 *     string), or a string of prose of several lines;
 *   - its length: the most words, at least AL_APP_MIN_WORDS (a summary
 *     or a caption next to the body has fewer).
 * Nuxt's window.__NUXT__ is a script, not data, and is not run.
 *
 * The data is untrusted: a script's text over MAX_JSON_BYTES is skipped,
 * json-c's nesting is bounded, the walk reads at most MAX_VISITS values
 * (a value read as a member of a headline's object or of a body counts too)
 * and the body is at most MAX_BODY_BYTES.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "appdata.h"

#define MAX_JSON_BYTES ((size_t)8 << 20)
#define MAX_BODY_BYTES ((size_t)2 << 20)
#define MAX_VISITS 200000
#define MAX_NESTING 64
#define MAX_TITLE_BYTES 600     /* a member naming the title is a headline, not prose */
#define MIN_TITLE_WORDS 3       /* fewer is no evidence ("Home", "News") */

typedef struct {
    char *title_key;
    long visits;
    char *best;
    size_t best_words;
    bool failed;
} walk;

/* The text of node I when it is a <script type="application/json">. */
static const char *json_script_text(const al_dom *dom, int i)
{
    const char *type;

    if ((dom->nodes[i].flags & AL_NODE_TEXT) || dom->nodes[i].tag != GUMBO_TAG_SCRIPT ||
        !(type = al_dom_attr(dom, i, "type")) || strncasecmp(type, "application/json", 16) != 0 ||
        (type[16] && type[16] != ';' && type[16] != ' ') || i + 1 >= dom->nodes[i].end ||
        !(dom->nodes[i + 1].flags & AL_NODE_TEXT))
        return NULL;
    return dom->nodes[i + 1].g->v.text.text;
}

/* Does S open a block element (<p>, <h2 class=...>, <li>, <br/>...)? */
static bool is_markup(const char *s)
{
    static const char *const tags[] = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                        "br", "div", "blockquote", "figure", "table", "section",
                                        NULL };

    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
        for (size_t k = 0; tags[k]; k++) {
            size_t n = strlen(tags[k]);
            if (strncasecmp(p + 1, tags[k], n) == 0 &&
                (p[1 + n] == '>' || p[1 + n] == ' ' || p[1 + n] == '/'))
                return true;
        }
    }
    return false;
}

/* The words of markup S outside its tags. */
static size_t text_words(const char *s)
{
    al_buf b = { 0 };
    size_t n;

    for (const char *p = s; *p;) {
        size_t k = strcspn(p, "<");
        al_buf_put(&b, p, k);
        al_buf_putc(&b, ' ');
        p += k;
        if (*p)
            p += strcspn(p, ">") + (p[strcspn(p, ">")] != '\0');
    }
    n = b.failed || !b.data ? 0 : al_text_words(b.data);
    al_buf_free(&b);
    return n;
}

/* Does container O (object or array) hold a string with the title's words,
 * a headline: the title itself, or with the site's name added? */
static bool names_title(walk *w, json_object *o)
{
    bool object = json_object_is_type(o, json_type_object);
    size_t n = object ? 0 : json_object_array_length(o), tl = strlen(w->title_key);
    bool found = false;

    if (object) {
        json_object_object_foreach(o, key, v) {
            (void)key;
            const char *s;
            char *k;
            if (found || ++w->visits > MAX_VISITS || !json_object_is_type(v, json_type_string) ||
                (size_t)json_object_get_string_len(v) > MAX_TITLE_BYTES)
                continue;
            s = json_object_get_string(v);
            if ((k = al_text_key(s))) {
                found = strcmp(k, w->title_key) == 0 ||
                        (al_key_has_words(k, w->title_key) && strlen(k) <= tl + tl / 2 + 40);
                free(k);
            }
        }
        return found;
    }
    for (size_t i = 0; i < n && !found && ++w->visits <= MAX_VISITS; i++) {
        json_object *v = json_object_array_get_idx(o, i);
        char *k;
        if (!json_object_is_type(v, json_type_string) ||
            (size_t)json_object_get_string_len(v) > MAX_TITLE_BYTES)
            continue;
        if ((k = al_text_key(json_object_get_string(v)))) {
            found = strcmp(k, w->title_key) == 0;
            free(k);
        }
    }
    return found;
}

/* Append S to B with '<' and '&' escaped, as a paragraph. */
static void put_paragraph(al_buf *b, const char *s)
{
    al_buf_puts(b, "<p>");
    for (; *s; s++) {
        if (*s == '<')
            al_buf_puts(b, "&lt;");
        else if (*s == '&')
            al_buf_puts(b, "&amp;");
        else
            al_buf_putc(b, *s);
    }
    al_buf_puts(b, "</p>\n");
}

/* Keep TEXT (markup, taken) as the body when it has more words than the
 * best so far. */
static void offer(walk *w, char *text)
{
    size_t words;

    if (!text) {
        w->failed = true;
        return;
    }
    words = text_words(text);
    if (words < AL_APP_MIN_WORDS || words <= w->best_words || strlen(text) > MAX_BODY_BYTES) {
        free(text);
        return;
    }
    free(w->best);
    w->best = text;
    w->best_words = words;
}

/* An array as a body: strings, most of them markup (a plain one is a
 * paragraph), or blocks, objects most of which hold a string of markup. */
static void offer_array(walk *w, json_object *a)
{
    size_t n = json_object_array_length(a), strings = 0, objects = 0, marked = 0;
    al_buf b = { 0 };

    for (size_t i = 0; i < n; i++) {
        json_object *v = json_object_array_get_idx(a, i);
        if (++w->visits > MAX_VISITS) {
            al_buf_free(&b);
            return;
        }
        if (json_object_is_type(v, json_type_string)) {
            const char *s = json_object_get_string(v);
            strings++;
            if (is_markup(s)) {
                marked++;
                al_buf_puts(&b, s);
                al_buf_putc(&b, '\n');
            } else if (*s) {
                put_paragraph(&b, s);
            }
        } else if (json_object_is_type(v, json_type_object)) {
            bool has = false;
            objects++;
            json_object_object_foreach(v, key, m) {
                const char *ms = json_object_is_type(m, json_type_string) ?
                                 json_object_get_string(m) : NULL;
                (void)key;
                if (ms && is_markup(ms)) {
                    al_buf_puts(&b, ms);
                    al_buf_putc(&b, '\n');
                    has = true;
                }
            }
            marked += has;
        } else if (v) {
            al_buf_free(&b);
            return;                      /* numbers, nested arrays: not a body */
        }
        if (b.len > MAX_BODY_BYTES)
            break;
    }
    if ((strings && objects) || marked == 0 || 2 * marked < strings + objects) {
        al_buf_free(&b);
        return;
    }
    if (b.failed) {
        al_buf_free(&b);
        w->failed = true;
        return;
    }
    offer(w, al_buf_detach(&b));
}

/* Walk V, whose parent (P1) and grandparent (P2) container name the title
 * or not. */
static void visit(walk *w, json_object *v, bool p1, bool p2)
{
    bool here;

    if (!v || w->failed || ++w->visits > MAX_VISITS)
        return;
    if (json_object_is_type(v, json_type_string)) {
        const char *s = json_object_get_string(v);
        bool markup;

        if (!(p1 || p2) || (size_t)json_object_get_string_len(v) > MAX_BODY_BYTES)
            return;
        markup = is_markup(s);
        if ((markup || strchr(s, '\n')) &&         /* prose of one line is a summary */
            (markup ? text_words(s) : al_text_words(s)) > w->best_words) {
            al_buf b = { 0 };
            if (markup) {
                al_buf_puts(&b, s);
            } else {
                for (const char *p = s; *p;) {
                    size_t k = strcspn(p, "\n");
                    char *line = k ? strndup(p, k) : NULL;
                    if (k && !line)
                        b.failed = true;
                    else if (line && al_text_words(line))
                        put_paragraph(&b, line);
                    free(line);
                    p += k + (p[k] != '\0');
                }
            }
            if (b.failed) {
                al_buf_free(&b);
                w->failed = true;
                return;
            }
            offer(w, al_buf_detach(&b));
        }
        return;
    }
    if (json_object_is_type(v, json_type_array)) {
        size_t n = json_object_array_length(v);
        if (p1 || p2)
            offer_array(w, v);
        here = names_title(w, v);
        for (size_t i = 0; i < n && !w->failed; i++)
            visit(w, json_object_array_get_idx(v, i), here, p1);
        return;
    }
    if (json_object_is_type(v, json_type_object)) {
        here = names_title(w, v);
        json_object_object_foreach(v, key, m) {
            (void)key;
            if (w->failed)
                break;
            visit(w, m, here, p1);
        }
    }
}

int al_app_data_body(char **html, const al_dom *dom, const char *title)
{
    walk w = { 0 };

    *html = NULL;
    if (!title || al_text_words(title) < MIN_TITLE_WORDS)
        return ALOUD_ENOARTICLE;
    if (!(w.title_key = al_text_key(title)))
        return al_error_oom();
    for (int i = 0; i < dom->count && !w.failed; i++) {
        const char *s = json_script_text(dom, i);
        json_tokener *tok;
        json_object *root;
        size_t len;

        if (!s || (len = strnlen(s, MAX_JSON_BYTES + 1)) > MAX_JSON_BYTES ||
            !(tok = json_tokener_new_ex(MAX_NESTING)))
            continue;
        root = json_tokener_parse_ex(tok, s, (int)len);
        if (root)
            visit(&w, root, false, false);
        json_object_put(root);
        json_tokener_free(tok);
    }
    free(w.title_key);
    if (w.failed) {
        free(w.best);
        return al_error_oom();
    }
    if (!w.best)
        return ALOUD_ENOARTICLE;
    *html = w.best;
    return ALOUD_OK;
}
