/*
 * css.c - what the page's own style sheets hide: an element a rule of a
 * <style> element gives display:none or visibility:hidden by its class or
 * id (a consent banner, a promo box, the hidden copy of a menu, a box a
 * script reveals) is dropped like one with the hidden attribute.
 *
 * No CSS library fits: Debian has no NetSurf libcss (and it would need a
 * DOM binding of its own for a selector engine we do not want), libcroco
 * is deprecated, and libcss-parser is CSS1. What is needed is small: a
 * scanner that skips comments, strings and at-rule blocks, and reads only
 *
 *   - rules at the top level: inside @media, @supports, @container or any
 *     other at-rule a rule applies to some screens or printers only (a
 *     mobile copy, a print copy), and hides nothing for a listener;
 *   - selectors that are a class, an id, or a tag with one (".promo",
 *     "#cookie-msg", "div.ad", comma lists split): with a combinator, an
 *     attribute or a pseudo-class the match depends on where the element
 *     is or what a user does;
 *   - the declarations display and visibility, the last one winning, in
 *     the rule and over the rules in order; !important is allowed. A box
 *     of visibility:hidden keeps its place in the page: it is hidden only
 *     when a rule for the name also takes it out of the flow (position
 *     fixed or absolute) or folds it to no height; in the flow it is the
 *     blank a script fills in place (".wow{visibility:hidden}", revealed
 *     on scrolling).
 *
 * A name that a rule with any other selector shows again (".modal.open
 * {display:block}", ".menu:hover", ".open > .dropdown") is not hidden:
 * a script or the user toggles it, and a more specific rule wins.
 * Screen-reader text (".sr-only{position:absolute;clip:...}") is not
 * display:none: it is meant to be heard, and is kept.
 *
 * Pages that hide their article until a script has laid it out
 * ("#article-body{display:none}", shown by setting its style) must
 * still be read: the hiding names are honoured from the one hiding the least
 * text up, while together they hide at most half the page's visible text
 * and a third of its paragraph text. A consent banner, a promo box or a
 * hidden menu is a small share of a page; an article is most of its
 * text, and most of its paragraphs even where comments or a long menu
 * weigh as much as it (the third).
 *
 * The same rules say which inline elements the page lays out as block
 * boxes: a <span> or <a> whose class or id a rule gives display:block,
 * flex, grid, list-item or table (with a combinator too, ".body .para",
 * where the element sits inside the compound before) starts and ends a
 * paragraph, as on the screen (match_block).
 *
 * Hostile input: at most CSS_MAX_BYTES of style text are read (every scan
 * moves forward: linear), CSS_MAX_KEYS names kept in a hash table, and
 * CSS_MAX_TOKENS class words of an element looked up.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dom.h"

#define CSS_MAX_BYTES ((size_t)2 << 20)   /* style text read, all <style>s together */
#define CSS_MAX_STYLES 256                /* <style> elements read */
#define CSS_MAX_KEYS 2048                 /* names kept */
#define CSS_SLOTS 4096                    /* hash slots: a power of two, twice the keys */
#define CSS_MAX_TOKENS 32                 /* class words of one element looked up */

/* What a rule says, each 1, -1 or 0 (not said); the last declaration wins. */
typedef struct {
    signed char display;        /* 1 none, -1 another value */
    signed char visibility;     /* 1 hidden or collapse, -1 another value */
    signed char position;       /* 1 fixed or absolute: out of the flow; -1 another value */
    signed char size;           /* 1 a height or max-height of 0; -1 another height */
    signed char clip;           /* 1 clip or clip-path cuts the box; -1 auto or none */
    signed char tiny;           /* 1 a width or height of at most 1px; -1 another one */
    signed char block;          /* 1 display block, flex, grid, list-item, table, flow-root; -1 another display */
} css_decl;

typedef struct {
    const char *name, *tag;     /* into the style text; TAG is NULL for ".x" and "#x" */
    unsigned len, tag_len;
    char kind;                  /* '.' or '#' */
    css_decl d;                 /* what the rules for it say, in order */
    bool shown;                 /* a more specific rule shows it */
    bool hides, honoured;
    bool vhidden;               /* visually hidden: out of the flow, 1px, clipped */
    signed char block;          /* the last rule for it alone that says display: 1 a block box, -1 not */
    signed char cblock;         /* the same, said by a rule with an ancestor ... */
    char ckind;                 /* ... which is this class ('.') or id ('#') */
    const char *cname;          /* [cname, +clen) (in the style text) */
    unsigned clen;
    unsigned long text, p_text; /* what it would hide */
} css_key;

typedef struct {
    css_key *keys;
    int count;
    int slot[CSS_SLOTS];        /* key index + 1, or 0 */
} css_sheet;

/* ---- scanning ---------------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || (unsigned char)c >= 0x80;
}

/* Past the comment or string that starts at P, or P itself. */
static const char *skip_atom(const char *p, const char *end)
{
    if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
        for (p += 2; end - p >= 2; p++)
            if (p[0] == '*' && p[1] == '/')
                return p + 2;
        return end;
    }
    if (*p == '"' || *p == '\'') {
        char q = *p;
        for (p++; p < end && *p != q && *p != '\n'; p++)
            if (*p == '\\' && end - p >= 2)
                p++;
        return p < end ? p + 1 : end;
    }
    return p;
}

/* The first character of STOPS at P or after it, outside comments,
 * strings, parentheses and brackets; END when none. */
static const char *scan_to(const char *p, const char *end, const char *stops)
{
    int depth = 0;

    while (p < end) {
        const char *q = skip_atom(p, end);
        if (q != p) {
            p = q;
            continue;
        }
        if (*p == '{' || *p == '}') {       /* a brace always ends a bracket run */
            depth = 0;
            if (strchr(stops, *p))
                return p;
        } else if (*p == '(' || *p == '[') {
            depth++;
        } else if ((*p == ')' || *p == ']') && depth > 0) {
            depth--;
        } else if (depth == 0 && *p && strchr(stops, *p)) {
            return p;
        }
        p++;
    }
    return end;
}

/* The '}' that closes the block whose content starts at P, or END. */
static const char *block_end(const char *p, const char *end)
{
    int depth = 0;

    while (p < end) {
        const char *q = skip_atom(p, end);
        if (q != p) {
            p = q;
            continue;
        }
        if (*p == '{')
            depth++;
        else if (*p == '}' && depth-- == 0)
            return p;
        p++;
    }
    return end;
}

static void trim(const char **s, const char **e)
{
    while (*s < *e && is_space(**s))
        (*s)++;
    while (*e > *s && is_space((*e)[-1]))
        (*e)--;
}

/* ---- the names ----------------------------------------------------------- */

static unsigned hash_key(char kind, const char *tag, unsigned tag_len, const char *name, unsigned len)
{
    unsigned h = 2166136261u ^ (unsigned char)kind;
    unsigned k;

    for (k = 0; k < tag_len; k++)
        h = (h ^ (unsigned char)(tag[k] | 0x20)) * 16777619u;
    h = (h ^ '|') * 16777619u;
    for (k = 0; k < len; k++)
        h = (h ^ (unsigned char)name[k]) * 16777619u;
    return h;
}

/* The key for KIND, TAG (TAG_LEN 0: none) and NAME; added when ADD and
 * there is room. NULL when there is none. */
static css_key *key_find(css_sheet *s, char kind, const char *tag, unsigned tag_len,
                         const char *name, unsigned len, bool add)
{
    unsigned h = hash_key(kind, tag, tag_len, name, len) & (CSS_SLOTS - 1);
    css_key *k;

    for (; s->slot[h]; h = (h + 1) & (CSS_SLOTS - 1)) {
        k = &s->keys[s->slot[h] - 1];
        if (k->kind == kind && k->len == len && k->tag_len == tag_len &&
            memcmp(k->name, name, len) == 0 && (tag_len == 0 || strncasecmp(k->tag, tag, tag_len) == 0))
            return k;
    }
    if (!add || s->count >= CSS_MAX_KEYS)
        return NULL;
    k = &s->keys[s->count++];
    memset(k, 0, sizeof(*k));
    k->kind = kind;
    k->name = name;
    k->len = len;
    k->tag = tag_len ? tag : NULL;
    k->tag_len = tag_len;
    s->slot[h] = s->count;
    return k;
}

/* Is [S, E) a length of zero ("0", "0px", ".0em")? */
static bool is_zero(const char *s, const char *e)
{
    const char *p = s;

    while (p < e && (*p == '0' || *p == '.'))
        p++;
    if (p == s)
        return false;
    while (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '%'))
        p++;
    return p == e;
}

/* Is [S, E) a length of at most one pixel ("1px", "0", "1px")? */
static bool is_tiny(const char *s, const char *e)
{
    if (is_zero(s, e))
        return true;
    return (e - s == 3 && strncasecmp(s, "1px", 3) == 0) || (e - s == 1 && *s == '1');
}

static bool value_is(const char *vs, const char *ve, const char *word)
{
    size_t n = strlen(word);

    return (size_t)(ve - vs) == n && strncasecmp(vs, word, n) == 0;
}

static bool prop_is(const char *ps, const char *pe, const char *name)
{
    return value_is(ps, pe, name);
}

/* Is the display value [VS, VE) a box that starts on a line of its own
 * ("block", "flex", "grid", "list-item", "table", "flow-root", "block flex")?
 * "inline-block", "inline-flex", "contents" and "none" are not. */
static bool is_block_display(const char *vs, const char *ve)
{
    static const char *const outer[] = { "block", "flex", "grid", "list-item", "table", "flow-root", NULL };
    const char *we = vs;

    while (we < ve && !is_space(*we))           /* the first word: the outer display type */
        we++;
    for (int k = 0; outer[k]; k++)
        if (value_is(vs, we, outer[k]))
            return true;
    return false;
}

/* The declarations of [P, END) into D. */
static void read_declarations(const char *p, const char *end, css_decl *d)
{
    while (p < end) {
        const char *semi = scan_to(p, end, ";"), *colon = scan_to(p, semi, ":");
        const char *ps = p, *pe = colon, *vs = colon + 1, *ve = semi;

        p = semi < end ? semi + 1 : end;
        if (colon >= semi)
            continue;
        trim(&ps, &pe);
        trim(&vs, &ve);
        if (ve - vs >= 10 && strncasecmp(ve - 9, "important", 9) == 0) {
            const char *bang = ve - 9;
            while (bang > vs && is_space(bang[-1]))
                bang--;
            if (bang > vs && bang[-1] == '!') {
                ve = bang - 1;
                trim(&vs, &ve);
            }
        }
        if (prop_is(ps, pe, "display")) {
            d->display = value_is(vs, ve, "none") ? 1 : -1;
            d->block = is_block_display(vs, ve) ? 1 : -1;
        }
        else if (prop_is(ps, pe, "visibility"))
            d->visibility = value_is(vs, ve, "hidden") || value_is(vs, ve, "collapse") ? 1 : -1;
        else if (prop_is(ps, pe, "position"))
            d->position = value_is(vs, ve, "fixed") || value_is(vs, ve, "absolute") ? 1 : -1;
        else if (prop_is(ps, pe, "clip") || prop_is(ps, pe, "clip-path"))
            d->clip = value_is(vs, ve, "auto") || value_is(vs, ve, "none") || value_is(vs, ve, "unset") ||
                      value_is(vs, ve, "initial") ? -1 : 1;
        if (prop_is(ps, pe, "height") || prop_is(ps, pe, "max-height"))
            d->size = is_zero(vs, ve) ? 1 : -1;
        if (prop_is(ps, pe, "height") || prop_is(ps, pe, "width"))
            d->tiny = is_tiny(vs, ve) ? 1 : d->tiny ? d->tiny : -1;    /* either side of 1px */
    }
}

static bool shows(const css_decl *d)
{
    return d->display < 0 || d->visibility < 0;
}

/* A name of a class or id that starts at P: its end (P when none). */
static const char *name_end(const char *p, const char *end)
{
    while (p < end && is_name_char(*p))
        p++;
    return p;
}

/* Mark shown every class and id of the last compound of the selector
 * [S, E): the element it shows. */
static void mark_shown(css_sheet *sh, const char *s, const char *e)
{
    const char *p = s, *last = s;
    int depth = 0;

    for (; p < e; p++) {            /* the last compound starts after the last combinator */
        if (*p == '(' || *p == '[')
            depth++;
        else if ((*p == ')' || *p == ']') && depth > 0)
            depth--;
        else if (depth == 0 && (is_space(*p) || *p == '>' || *p == '+' || *p == '~'))
            last = p + 1;
    }
    for (p = last, depth = 0; p < e; p++) {
        if (*p == '(' || *p == '[')
            depth++;
        else if ((*p == ')' || *p == ']') && depth > 0)
            depth--;
        else if (depth == 0 && (*p == '.' || *p == '#')) {
            const char *n = name_end(p + 1, e);
            css_key *k;
            if (n > p + 1 && (k = key_find(sh, *p, NULL, 0, p + 1, (unsigned)(n - p - 1), true)))
                k->shown = true;
            p = n - 1;
        }
    }
}

/* A selector [S, E) with a combinator whose last compound is one class
 * or id, alone or after a tag (".art-body .para", "main > p.lede"),
 * that says a display (BLOCK 1: a block box, -1 another): the element
 * the last compound names gets it, for block boundaries only, where it
 * sits inside the compound before (a class or an id, after a tag or
 * not: ".art-body"; any ancestor, '>' read as ' '). A rule whose
 * compound before is no class nor id ("main > p.lede", "ul li a.x")
 * is not read: a news site's ".teaser .link{display:flex}" makes a
 * block of the link in its teaser box, not of the same class's links
 * in the story's sentences (the Readability set's nytimes-3). A
 * selector with an attribute or a pseudo-class depends on what a user
 * does or on an attribute's value: not read either. */
static void read_block_selector(css_sheet *sh, const char *s, const char *e, signed char block)
{
    const char *p, *last = s, *prev = NULL, *prev_end = NULL, *n, *a, *an;
    css_key *k;

    for (p = s; p < e; p++) {
        if (*p == '[' || *p == ':' || *p == '(' || *p == '*' || *p == '+' || *p == '~')
            return;
        if (is_space(*p) || *p == '>') {
            if (last < p)
                prev = last, prev_end = p;
            last = p + 1;
        }
    }
    if (!prev)
        return;
    /* the compound before: a tag's letters, then one class or id */
    for (a = prev; a < prev_end && ((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z') || (a > prev && *a >= '0' && *a <= '9'));)
        a++;
    if (a >= prev_end || (*a != '.' && *a != '#') || (an = name_end(a + 1, prev_end)) != prev_end || an == a + 1)
        return;
    p = last;
    while (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (p > last && *p >= '0' && *p <= '9')))
        p++;
    if (p >= e || (*p != '.' && *p != '#') || (n = name_end(p + 1, e)) != e || n == p + 1)
        return;
    if ((k = key_find(sh, *p, NULL, 0, p + 1, (unsigned)(n - p - 1), sh->count < CSS_MAX_KEYS / 2))) {
        k->cblock = block;
        k->ckind = *a;
        k->cname = a + 1;
        k->clen = (unsigned)(an - a - 1);
    }
}

/* One selector [S, E) of a rule that says D. A rule that says only where
 * or how high a box is adds no name once half the names are taken: the
 * rest are for the rules that hide. */
static void read_selector(css_sheet *sh, const char *s, const char *e, const css_decl *d)
{
    bool hides = d->display || d->visibility;
    const char *tag_end, *n;
    css_key *k;

    trim(&s, &e);
    tag_end = s;
    while (tag_end < e && ((*tag_end >= 'a' && *tag_end <= 'z') || (*tag_end >= 'A' && *tag_end <= 'Z') ||
                           (tag_end > s && *tag_end >= '0' && *tag_end <= '9')))
        tag_end++;
    n = tag_end < e && (*tag_end == '.' || *tag_end == '#') ? name_end(tag_end + 1, e) : tag_end;
    if (n == e && n > tag_end + 1) {                   /* ".x", "#x" or "tag.x" */
        k = key_find(sh, *tag_end, s, (unsigned)(tag_end - s), tag_end + 1, (unsigned)(n - tag_end - 1),
                     hides || sh->count < CSS_MAX_KEYS / 2);
        if (k && d->display)
            k->d.display = d->display;
        if (k && d->visibility)
            k->d.visibility = d->visibility;
        if (k && d->position)
            k->d.position = d->position;
        if (k && d->size)
            k->d.size = d->size;
        if (k && d->clip)
            k->d.clip = d->clip;
        if (k && d->tiny)
            k->d.tiny = d->tiny;
        if (k && d->block)
            k->block = d->block;
        if (tag_end > s && shows(d))
            mark_shown(sh, tag_end, e);                /* "div.x" shown: shown */
    } else {
        if (shows(d))
            mark_shown(sh, s, e);
        if (d->block)
            read_block_selector(sh, s, e, d->block);
    }
}

/* The rule with selectors [S, E) and block [B, BE). */
static void read_rule(css_sheet *sh, const char *s, const char *e, const char *b, const char *be)
{
    css_decl d = { 0 };
    const char *p;

    /* CSS nesting (".menu{display:none;&.open{display:block}}"): the
     * nested rules' selectors depend on this one's; only their showing
     * is read, for the names this rule has */
    if (scan_to(b, be, "{") < be) {
        bool shown = false;
        for (p = b; p < be;) {
            const char *open = scan_to(p, be, "{"), *close;
            css_decl nested = { 0 };
            if (open >= be)
                break;
            close = block_end(open + 1, be);
            read_declarations(open + 1, close, &nested);
            shown = shown || shows(&nested);
            p = close < be ? close + 1 : be;
        }
        for (p = s; shown && p < e; p++) {
            const char *c = scan_to(p, e, ",");
            mark_shown(sh, p, c);
            p = c;
        }
        return;
    }
    read_declarations(b, be, &d);
    if (!d.display && !d.visibility && !d.position && !d.size && !d.clip && !d.tiny)
        return;
    for (p = s; p < e; p++) {
        const char *c = scan_to(p, e, ",");
        read_selector(sh, p, c, &d);
        p = c;
    }
}

/* The top-level rules of the style text [P, END). */
static void read_sheet(css_sheet *sh, const char *p, const char *end)
{
    while (p < end) {
        const char *q = skip_atom(p, end), *open, *close;

        if (q != p || is_space(*p) || *p == '}' || *p == ';') {
            p = q != p ? q : p + 1;
            continue;
        }
        if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            p += 4;
            continue;
        }
        if (end - p >= 3 && memcmp(p, "-->", 3) == 0) {
            p += 3;
            continue;
        }
        open = scan_to(p, end, "{;}");
        if (open >= end)
            break;
        if (*open != '{') {                             /* "@import ...;", or junk */
            p = open + 1;
            continue;
        }
        close = block_end(open + 1, end);
        if (close >= end)                               /* cut off: not a whole rule */
            break;
        if (*p != '@')
            read_rule(sh, p, open, open + 1, close);
        p = close + 1;
    }
}

/* Read by a browser that shows the page on a screen: no media, or one
 * that a screen matches ("all", "screen"). */
static bool style_applies(const al_dom *dom, int i)
{
    const char *media = al_dom_attr(dom, i, "media"), *type = al_dom_attr(dom, i, "type");
    int a;

    if (type && *type && strcasecmp(type, "text/css") != 0)
        return false;
    if (media && *media && strcasecmp(media, "all") != 0 && strcasecmp(media, "screen") != 0)
        return false;
    for (a = dom->nodes[i].parent; a >= 0; a = dom->nodes[a].parent)
        if (dom->nodes[a].tag == GUMBO_TAG_TEMPLATE || dom->gnodes[a].type == GUMBO_NODE_TEMPLATE)
            return false;                               /* inert until a script uses it */
    return true;
}

/* The "visually hidden" pattern of screen-reader text: taken out of the
 * flow (position absolute or fixed), cut to nothing by clip or
 * clip-path, and one pixel wide or high (".sr-only", ".screen-reader-text",
 * ".assistive-text": position:absolute; width:1px; height:1px;
 * clip:rect(0 0 0 0)). */
static bool is_vhidden(const css_decl *d)
{
    return d->position > 0 && d->clip > 0 && d->tiny > 0;
}

static bool read_styles(css_sheet *sh, const al_dom *dom)
{
    size_t budget = CSS_MAX_BYTES;
    int i, styles = 0, hiding = 0;

    for (i = 0; i < dom->count && budget > 0 && styles < CSS_MAX_STYLES; i++) {
        const al_node *n = &dom->nodes[i];
        if ((n->flags & AL_NODE_TEXT) || n->tag != GUMBO_TAG_STYLE || !style_applies(dom, i))
            continue;
        styles++;
        for (int j = i + 1; j < n->end && budget > 0; j++) {
            const char *t;
            size_t len;
            if (!(dom->nodes[j].flags & AL_NODE_TEXT))
                continue;
            t = dom->gnodes[j].v.text.text;
            len = strnlen(t, budget);
            read_sheet(sh, t, t + len);
            budget -= len;
        }
        i = n->end - 1;
    }
    for (i = 0; i < sh->count; i++) {
        css_key *k = &sh->keys[i];
        css_key *bare = k->tag ? key_find(sh, k->kind, NULL, 0, k->name, k->len, false) : k;
        /* visibility:hidden keeps the box's place in the page: in the
         * flow, it is the blank a script fills in place (WOW.js's
         * ".wow{visibility:hidden}", revealed on scrolling); out of the
         * flow or of no height, a pop-up, an overlay or a folded copy */
        bool out = k->d.position > 0 || k->d.size > 0;
        if (bare && bare != k)
            out = out || bare->d.position > 0 || bare->d.size > 0;
        k->hides = (k->d.display > 0 || (k->d.visibility > 0 && out)) && !k->shown && !(bare && bare->shown);
        hiding += k->hides;
        k->vhidden = is_vhidden(&k->d) || (bare && bare != k && is_vhidden(&bare->d));
        hiding += k->vhidden;
        hiding += k->block > 0 || k->cblock > 0;
    }
    return hiding > 0;
}

/* ---- matching -------------------------------------------------------------- */

static css_key *hiding_key(css_sheet *sh, char kind, const char *tag, const char *name, unsigned len)
{
    css_key *k = key_find(sh, kind, NULL, 0, name, len, false);

    if ((!k || !k->hides) && tag && *tag)
        k = key_find(sh, kind, tag, (unsigned)strlen(tag), name, len, false);
    return k && k->hides ? k : NULL;
}

/* What a matcher asks of one name of element I: KIND '#' or '.', the
 * element's TAG, the name [NAME, +LEN); a key it finds into *OUT. */
typedef bool (*name_test)(css_sheet *sh, const al_dom *dom, int i, char kind, const char *tag, const char *name,
                          unsigned len, css_key **out);

/* Does TEST hold for the id of element I or for one of its first
 * CSS_MAX_TOKENS class words? */
static bool any_name(css_sheet *sh, const al_dom *dom, int i, name_test test, css_key **out)
{
    const char *tag = gumbo_normalized_tagname(dom->nodes[i].tag);
    const char *v = al_dom_attr(dom, i, "id");
    int tokens = 0;

    if (v && *v && !strpbrk(v, " \t\n\r\f") && test(sh, dom, i, '#', tag, v, (unsigned)strlen(v), out))
        return true;
    for (v = al_dom_attr(dom, i, "class"); v && *v && tokens < CSS_MAX_TOKENS; tokens++) {
        size_t n;
        while (is_space(*v))
            v++;
        n = strcspn(v, " \t\n\r\f");
        if (n && test(sh, dom, i, '.', tag, v, (unsigned)n, out))
            return true;
        v += n;
    }
    return false;
}

static bool test_hides(css_sheet *sh, const al_dom *dom, int i, char kind, const char *tag, const char *name,
                       unsigned len, css_key **out)
{
    (void)dom, (void)i;
    return (*out = hiding_key(sh, kind, tag, name, len)) != NULL;
}

/* The key that hides element I, or NULL. */
static css_key *match(css_sheet *sh, const al_dom *dom, int i)
{
    css_key *k = NULL;

    return any_name(sh, dom, i, test_hides, &k) ? k : NULL;
}

static bool test_vhidden(css_sheet *sh, const al_dom *dom, int i, char kind, const char *tag, const char *name,
                         unsigned len, css_key **out)
{
    css_key *k;

    (void)dom, (void)i, (void)out;
    return ((k = key_find(sh, kind, NULL, 0, name, len, false)) && k->vhidden) ||
           ((k = key_find(sh, kind, tag, (unsigned)strlen(tag), name, len, false)) && k->vhidden);
}

/* Does a rule for a class or the id of element I hide it visually? */
static bool match_vhidden(css_sheet *sh, const al_dom *dom, int i)
{
    return any_name(sh, dom, i, test_vhidden, NULL);
}

/* Does element I or one of its ancestors hold the class or id KIND
 * [NAME, +LEN)? At most 64 levels up. */
static bool inside_name(const al_dom *dom, int i, char kind, const char *name, unsigned len)
{
    for (int depth = 0; i >= 0 && depth < 64; i = dom->nodes[i].parent, depth++) {
        const char *v = al_dom_attr(dom, i, kind == '#' ? "id" : "class");
        int tokens = 0;
        while (v && *v && tokens++ < CSS_MAX_TOKENS) {
            size_t n;
            while (is_space(*v))
                v++;
            n = strcspn(v, " \t\n\r\f");
            if (n == len && memcmp(v, name, len) == 0)
                return true;
            if (kind == '#')
                break;
            v += n;
        }
    }
    return false;
}

/* Is key K (KIND, tag TAG, name [NAME, +LEN)) one a rule makes a block
 * box for element I: a rule for it alone, or one for it inside an
 * ancestor that I sits in? */
static bool test_block(css_sheet *sh, const al_dom *dom, int i, char kind, const char *tag, const char *name,
                       unsigned len, css_key **out)
{
    css_key *bare = key_find(sh, kind, NULL, 0, name, len, false);
    css_key *k = key_find(sh, kind, tag, (unsigned)strlen(tag), name, len, false);

    (void)out;
    if (k && k->block)
        return k->block > 0;
    if (bare && bare->block)
        return bare->block > 0;
    return bare && bare->cblock > 0 && dom->nodes[i].parent >= 0 &&
           inside_name(dom, dom->nodes[i].parent, bare->ckind, bare->cname, bare->clen);
}

/* Does a rule of the page's <style> for a class or the id of element I
 * make it a block box (display:block, flex, grid, list-item...)? */
static bool match_block(css_sheet *sh, const al_dom *dom, int i)
{
    return any_name(sh, dom, i, test_block, NULL);
}

/* Screen-reader text that labels a control or a link: visually hidden
 * (is_vhidden, by a rule of the page's <style> or by the element's own
 * style attribute), at most VH_LABEL_MAX_CHARS of text, and it is or
 * sits inside a link, a button, a form label or a <summary> at most
 * VH_LABEL_DEPTH levels up ("Skip to content", "Share on X", "(opens in
 * a new tab)" inside a link of the body). It tells a screen reader's
 * user what a control does, which the eye sees from its icon or place:
 * no part of the article. Screen-reader text elsewhere (a table's
 * caption, a heading the design leaves out) is the page's content and
 * stays (tests/pages/en-gb-council-bridge-assistive-text). */
#define VH_LABEL_MAX_CHARS 120
#define VH_LABEL_DEPTH 3

static bool labels_control(const al_dom *dom, int i)
{
    int a = i;

    unsigned len = 0;

    for (int j = i; j < dom->nodes[i].end && len <= VH_LABEL_MAX_CHARS; j++)
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            len += dom->nodes[j].text_len;      /* element sums come later (al_dom_sum) */
    if (len == 0 || len > VH_LABEL_MAX_CHARS)
        return false;
    for (int up = 0; a >= 0 && up <= VH_LABEL_DEPTH; up++, a = dom->nodes[a].parent) {
        GumboTag t = dom->nodes[a].tag;
        if (t == GUMBO_TAG_A || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_LABEL || t == GUMBO_TAG_SUMMARY)
            return true;
        if (t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_BODY || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6))
            return false;                   /* a block of its own: not inside a control */
    }
    return false;
}

static bool style_vhidden(const char *style)
{
    css_decl d = { 0 };

    if (!style || !strpbrk(style, "cC"))
        return false;
    read_declarations(style, style + strlen(style), &d);
    return is_vhidden(&d);
}

/* Drop screen-reader labels of controls (labels_control), by the page's
 * style sheet SH (NULL: none) or by an inline style. */
static void drop_control_labels(al_dom *dom, css_sheet *sh)
{
    for (int i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        if (n->flags & (AL_NODE_TEXT | AL_NODE_DROP) || n->g->type != GUMBO_NODE_ELEMENT)
            continue;
        if (!((sh && match_vhidden(sh, dom, i)) || style_vhidden(al_dom_attr(dom, i, "style"))) ||
            !labels_control(dom, i))
            continue;
        for (int j = i; j < n->end; j++)
            dom->nodes[j].flags |= AL_NODE_DROP;
        i = n->end - 1;
    }
}

static int by_text(const void *a, const void *b)
{
    const css_key *x = *(css_key *const *)a, *y = *(css_key *const *)b;

    return x->text < y->text ? -1 : x->text > y->text;
}

/* Honour the hiding keys from the one that hides the least text up,
 * while together they hide at most half the text and a third of the
 * paragraph text. */
static void honour(css_sheet *sh, unsigned long text, unsigned long p_text)
{
    css_key **order = malloc((size_t)sh->count * sizeof(*order));
    unsigned long t = 0, pt = 0;
    int i, n = 0;

    if (!order)
        return;
    for (i = 0; i < sh->count; i++)
        if (sh->keys[i].hides)
            order[n++] = &sh->keys[i];
    qsort(order, (size_t)n, sizeof(*order), by_text);
    for (i = 0; i < n; i++) {
        if ((t + order[i]->text) * 2 > text || (pt + order[i]->p_text) * 3 > p_text)
            break;
        t += order[i]->text;
        pt += order[i]->p_text;
        order[i]->honoured = true;
    }
    free(order);
}

void al_css_mark_hidden(al_dom *dom)
{
    css_sheet *sh = calloc(1, sizeof(*sh));
    unsigned long *text = NULL, *p_text = NULL;
    css_key **hit = NULL;
    int i, cover = 0;

    if (!sh || !(sh->keys = malloc(CSS_MAX_KEYS * sizeof(css_key))) || !read_styles(sh, dom)) {
        drop_control_labels(dom, NULL);
        goto cleanup;
    }
    drop_control_labels(dom, sh);
    text = calloc((size_t)dom->count, sizeof(*text));
    p_text = calloc((size_t)dom->count, sizeof(*p_text));
    hit = calloc((size_t)dom->count, sizeof(*hit));
    if (!text || !p_text || !hit)
        goto cleanup;
    /* the visible text of each subtree, and of it in <p>s: children come
     * after their parents, so one backward pass */
    for (i = dom->count - 1; i >= 0; i--) {
        const al_node *n = &dom->nodes[i];
        if (n->flags & AL_NODE_DROP)
            continue;
        if (n->flags & AL_NODE_TEXT)
            text[i] = n->text_len;
        else if (n->tag == GUMBO_TAG_P)
            p_text[i] = text[i];
        if (n->parent >= 0) {
            text[n->parent] += text[i];
            p_text[n->parent] += p_text[i];
        }
    }
    for (i = 0; i < dom->count; i++) {      /* what each key would hide, outermost matches */
        if (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP) || !(hit[i] = match(sh, dom, i)))
            continue;
        if (i >= cover) {
            hit[i]->text += text[i];
            hit[i]->p_text += p_text[i];
            cover = dom->nodes[i].end;
        }
    }
    honour(sh, text[0], p_text[0]);
    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        if ((hit[i] && hit[i]->honoured) || (n->parent >= 0 && (dom->nodes[n->parent].flags & AL_NODE_DROP)))
            n->flags |= AL_NODE_DROP;
        /* an inline element with text that the page's style sheet makes a
         * block box (".para{display:block}" on the <span>s of a body
         * without <p>s) starts and ends a paragraph, as on the screen
         * (tests/pages/pt-jornal-span-paragrafos-bloco) */
        if (!(n->flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_BLOCK)) && n->g->type == GUMBO_NODE_ELEMENT &&
            text[i] > 0 && match_block(sh, dom, i))
            n->flags |= AL_NODE_BLOCK;
    }
cleanup:
    free(text);
    free(p_text);
    free(hit);
    if (sh)
        free(sh->keys);
    free(sh);
}
