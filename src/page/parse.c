/*
 * parse.c - parse UTF-8 HTML with gumbo and flatten it into an al_dom.
 *
 * The flat array (see dom.h) is built by an iterative walk that follows
 * gumbo's parent pointers and index_within_parent, so deep documents cost
 * no stack. Text-node lengths and comma counts are measured here once;
 * al_dom_sum() (extract.c) adds them up per subtree.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dom.h"
#include "nesting.h"

/* Gumbo node's children, or NULL for leaves. */
static const GumboVector *children_of(const GumboNode *g)
{
    if (g->type == GUMBO_NODE_DOCUMENT)
        return &g->v.document.children;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE)
        return &g->v.element.children;
    return NULL;
}

/* Next node in pre-order within ROOT; DESCEND=false skips G's subtree. */
static GumboNode *next_node(GumboNode *g, const GumboNode *root, bool descend)
{
    const GumboVector *kids = children_of(g);

    if (descend && kids && kids->length > 0)
        return kids->data[0];
    while (g != root && g->parent) {
        const GumboVector *sib = children_of(g->parent);
        size_t i = g->index_within_parent + 1;

        if (sib && i < sib->length)
            return sib->data[i];
        g = g->parent;
    }
    return NULL;
}

static bool is_text_type(GumboNodeType t)
{
    return t == GUMBO_NODE_TEXT || t == GUMBO_NODE_WHITESPACE || t == GUMBO_NODE_CDATA;
}

/* Characters of S with white space runs counted once; commas counted. */
static void measure_text(const char *s, unsigned *len, unsigned *commas)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned n = 0, c = 0;
    bool space = false;

    for (; *p; p++) {
        if (*p == ' ' || (*p >= 0x09 && *p <= 0x0D)) {
            if (!space)
                n++;
            space = true;
            continue;
        }
        space = false;
        if ((*p & 0xC0) != 0x80)
            n++;
        if (*p == ',')
            c++;
        else if (p[0] == 0xD8 && p[1] == 0x8C)                    /* U+060C arabic comma */
            c++;
        else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)    /* U+FF0C fullwidth */
            c++;
        else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)    /* U+3001 ideographic */
            c++;
    }
    *len = n;
    *commas = c;
}

static bool is_always_dropped(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_RP: case GUMBO_TAG_RT:
        return true;
    default:
        return false;
    }
}

bool al_dom_is_block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_MENU:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP: case GUMBO_TAG_DIR:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_VIDEO: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_IMG: 
        return true;
    default:
        return false;
    }
}

const char *al_dom_attr(const al_dom *dom, int i, const char *name)
{
    const GumboNode *g = dom->nodes[i].g;
    const GumboAttribute *a;

    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE)
        return NULL;
    a = gumbo_get_attribute(&g->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* hidden, aria-hidden="true", or an inline style that hides it. */
/* Bootstrap's "d-none" hides an element, unless a breakpoint shows it
 * again ("d-none d-md-block": hidden on phones only). */
static bool hidden_by_class(const char *cls)
{
    const char *p = cls;
    bool none = false;

    while (*p) {
        size_t n;
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        n = strcspn(p, " \t\n");
        if (n == 6 && strncmp(p, "d-none", 6) == 0)
            none = true;
        else if (n > 2 && strncmp(p, "d-", 2) == 0 && memchr(p + 2, '-', n - 2))
            return false;                   /* d-sm-block, d-print-inline, ... */
        p += n;
    }
    return none;
}

static bool is_hidden(const al_dom *dom, int i)
{
    const char *v;

    if (al_dom_attr(dom, i, "hidden"))
        return true;
    if ((v = al_dom_attr(dom, i, "aria-hidden")) && strcasecmp(v, "true") == 0)
        return true;
    if ((v = al_dom_attr(dom, i, "class")) != NULL && hidden_by_class(v))
        return true;
    if ((v = al_dom_attr(dom, i, "style")) != NULL) {
        char *f = al_text_fold(v), *q, *w;
        bool hidden = false;

        if (f) {
            for (q = w = f; *q; q++)      /* "display : none" -> "display:none" */
                if (*q != ' ')
                    *w++ = *q;
            *w = '\0';
            hidden = strstr(f, "display:none") || strstr(f, "visibility:hidden");
        }
        free(f);
        return hidden;
    }
    return false;
}

static int grow_nodes(al_dom *dom, int *cap)
{
    al_node *p;
    int ncap = *cap ? *cap * 2 : 1024;

    p = realloc(dom->nodes, (size_t)ncap * sizeof(*p));
    if (!p)
        return al_error_oom();
    dom->nodes = p;
    *cap = ncap;
    return ALOUD_OK;
}

/* Flatten gumbo's tree: pre-order array, parent links, subtree ends. */
static int flatten(al_dom *dom)
{
    GumboNode *root = dom->out->document, *g = root;
    int cap = 0, parent = -1, err;

    while (g) {
        al_node *n;
        bool text = is_text_type(g->type);

        if (g->type == GUMBO_NODE_COMMENT) {
            g = next_node(g, root, false);
            continue;
        }
        if (dom->count == cap && (err = grow_nodes(dom, &cap)) < 0)
            return err;
        /* Find this node's parent index: climb from the last parent. */
        while (parent >= 0 && dom->nodes[parent].g != g->parent) {
            dom->nodes[parent].end = dom->count;
            parent = dom->nodes[parent].parent;
        }
        n = &dom->nodes[dom->count];
        memset(n, 0, sizeof(*n));
        n->g = g;
        n->parent = parent;
        n->depth = parent >= 0 ? dom->nodes[parent].depth + 1 : 0;
        n->tag = text || g->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : g->v.element.tag;
        n->end = dom->count + 1;
        if (text) {
            n->flags |= AL_NODE_TEXT;
            measure_text(g->v.text.text, &n->text_len, &n->commas);
        } else if (g->type != GUMBO_NODE_DOCUMENT) {
            parent = dom->count;
            if (al_dom_is_block_tag(n->tag))
                n->flags |= AL_NODE_BLOCK;
            if (n->tag == GUMBO_TAG_HTML) dom->html = dom->count;
            if (n->tag == GUMBO_TAG_HEAD) dom->head = dom->count;
            if (n->tag == GUMBO_TAG_BODY) dom->body = dom->count;
        } else {
            parent = dom->count;
        }
        dom->count++;
        g = next_node(g, root, true);
    }
    while (parent >= 0) {
        dom->nodes[parent].end = dom->count;
        parent = dom->nodes[parent].parent;
    }
    return ALOUD_OK;
}

/* Links that lead away: not "#section" anchors or "javascript:" handlers. */
static bool is_real_link(const char *href)
{
    if (!href)
        return false;
    while (*href == ' ' || *href == '\t' || *href == '\n')
        href++;
    return *href && *href != '#' && strncasecmp(href, "javascript:", 11) != 0;
}

/* Flags that follow from the markup alone: dropped tags, hidden nodes,
 * links, formulas. Parents come before children, so flags inherit in one
 * pass. */
static void mark_static(al_dom *dom)
{
    int i;

    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        unsigned inherited = n->parent >= 0 ? dom->nodes[n->parent].flags & (AL_NODE_DROP | AL_NODE_LINK) : 0;

        n->flags |= inherited;
        if (n->flags & AL_NODE_TEXT)
            continue;
        if (is_always_dropped(n->tag) || (n->g->type == GUMBO_NODE_ELEMENT && is_hidden(dom, i)))
            n->flags |= AL_NODE_DROP;
        if (n->tag == GUMBO_TAG_A && is_real_link(al_dom_attr(dom, i, "href")))
            n->flags |= AL_NODE_LINK;
    }
    /* children come after parents: one backward pass marks the ancestors
     * of every formula */
    for (i = dom->count - 1; i >= 0; i--) {
        al_node *n = &dom->nodes[i];
        if (n->tag == GUMBO_TAG_MATH && !(n->flags & AL_NODE_TEXT))
            n->flags |= AL_NODE_MATH;
        if ((n->flags & AL_NODE_MATH) && n->parent >= 0)
            dom->nodes[n->parent].flags |= AL_NODE_MATH;
    }
}

int al_dom_parse(al_dom *dom, char *utf8, size_t len, const char *name)
{
    int err;

    memset(dom, 0, sizeof(*dom));
    dom->html = dom->head = dom->body = dom->ld_container = -1;
    dom->html_text = utf8;
    /* no page may make gumbo quadratic or huge (nesting.c): bounded depth,
     * elements, memory and time */
    if ((err = al_html_bound(&dom->html_text, &len, name)) < 0)
        goto cleanup;
    if ((err = al_html_parse(&dom->out, dom->html_text, len, name)) < 0)
        goto cleanup;
    if ((err = flatten(dom)) < 0)
        goto cleanup;
    mark_static(dom);
    return ALOUD_OK;
cleanup:
    al_dom_free(dom);
    return err;
}

void al_dom_free(al_dom *dom)
{
    if (dom->out)
        al_html_free(dom->out);
    free(dom->nodes);
    free(dom->html_text);
    memset(dom, 0, sizeof(*dom));
}

char *al_dom_text(const al_dom *dom, int i, bool skip_dropped)
{
    return al_dom_text_masked(dom, i, skip_dropped ? AL_NODE_DROP | AL_NODE_JUNK : 0);
}

char *al_dom_text_masked(const al_dom *dom, int i, unsigned mask)
{
    al_buf b = AL_BUF_INIT;
    bool space = false;
    int j;

    for (j = i; j < dom->nodes[i].end; j++) {
        const al_node *n = &dom->nodes[j];

        if (n->flags & mask) {
            j = n->end - 1;
            continue;
        }
        if (n->flags & AL_NODE_TEXT) {
            const char *t = n->g->v.text.text;
            al_text_append_normalized(&b, t, strlen(t), &space);
        } else if (n->flags & AL_NODE_BLOCK || n->tag == GUMBO_TAG_BR) {
            space = true;
        }
    }
    return al_buf_detach(&b);
}

bool al_dom_class_has(const al_dom *dom, int i, const char *word)
{
    const char *c = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");

    return (c && al_text_casestr(c, word)) || (id && al_text_casestr(id, word));
}

double al_dom_link_density(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];

    return n->text_len ? (double)n->link_len / n->text_len : 0.0;
}
