/*
 * score.c - what the extraction passes measure on the flat DOM: subtree
 * sums, class/id weights and "does this node hold the article?".
 *
 * Shared by every pass (extract.c, collect.c, standfirst.c, furniture.c,
 * front.c, boilerplate.c); it calls nothing of theirs, so the extraction
 * call graph stays a tree with extract.c at its root.
 */
#include <stdlib.h>
#include <string.h>

#include "score.h"

/* Readability's class/id weight: a name hinting at chrome costs, one
 * hinting at content earns (both cancel out). */
#define HINT_WEIGHT 25
/* A node holds the article when it has at least half the page's paragraph
 * text, and the page has at least this many characters of it. */
#define ARTICLE_MIN_P_TEXT 200

/* ---- class and id hints ------------------------------------------------ */
static const char *const negative_words[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", NULL
};
static const char *const positive_words[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
    "pagination", "post", "text", "blog", "story", NULL
};

bool al_score_has_word(const char *folded, const char *const *words)
{
    size_t i;

    for (i = 0; words[i]; i++)
        if (strstr(folded, words[i]))
            return true;
    return false;
}

/* Is the class token T (N bytes) a utility class that styles text, as
 * Tailwind's "text-sm", "text-white", "text-slate-600", "md:text-center"?
 * It says how text looks, not that the element holds the article's text:
 * on a page built with such classes every caption, button and cookie
 * banner carries one, and "text" would pass for a content hint. */
static bool text_utility(const char *t, size_t n)
{
    static const char *const styles[] = {
        "xs", "sm", "base", "lg", "xl", "left", "center", "right", "justify", "start", "end",
        "white", "black", "inherit", "current", "transparent", NULL
    };
    const char *colon = memchr(t, ':', n), *dash;
    size_t k;

    if (colon) {                        /* a variant: "md:", "hover:" */
        n -= (size_t)(colon + 1 - t);
        t = colon + 1;
    }
    if (n <= 5 || strncmp(t, "text-", 5) != 0)
        return false;
    t += 5;
    n -= 5;
    if (t[0] == '[')                    /* an arbitrary value: "text-[13px]" */
        return true;
    for (k = 0; styles[k]; k++)
        if (strlen(styles[k]) == n && strncmp(t, styles[k], n) == 0)
            return true;
    if (n == 3 && t[0] >= '2' && t[0] <= '9' && strncmp(t + 1, "xl", 2) == 0)
        return true;                    /* "text-2xl" */
    dash = memchr(t, '-', n);           /* a colour and its shade: "slate-600" */
    if (!dash || dash == t || dash + 1 == t + n)
        return false;
    for (k = (size_t)(dash + 1 - t); k < n; k++)
        if ((t[k] < '0' || t[k] > '9') && t[k] != '/')
            return false;
    return true;
}

/* Blank out of the folded class value F its text utility classes. */
static void drop_text_utilities(char *f)
{
    char *p = f;

    while (*p) {
        size_t n;
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        n = strcspn(p, " \t\n");
        if (text_utility(p, n))
            memset(p, ' ', n);
        p += n;
    }
}

/* Weight of one attribute value: +HINT_WEIGHT positive, -HINT_WEIGHT negative, both = 0. */
static int hint_weight(const char *value)
{
    char *f;
    int w = 0;

    if (!value || !*value || !(f = al_text_fold(value)))
        return 0;
    drop_text_utilities(f);
    if (al_score_has_word(f, negative_words))
        w -= HINT_WEIGHT;
    if (al_score_has_word(f, positive_words))
        w += HINT_WEIGHT;
    free(f);
    return w;
}

/* An id made from a heading's words (docutils, Sphinx, pandoc and most
 * Markdown renderers name a section or a heading "example-1-amend-a-
 * shared-changeset" after "Example 1: Amend a shared changeset") names
 * what the section is about, not a template's part: it is no class hint
 * ("shared" is no "share", "hiding-the-sidebar-while-you-write" no
 * sidebar); the heading's own words are judged as a heading's. The
 * heading is the node's first element child (the id of a heading itself,
 * "<h3 id=love-and-share>" over a like button, still counts: only the
 * heading is at stake there); the id must spell its letters and digits,
 * in order, and hold ANCHOR_MIN_WORDS words or more (an id "comments" or
 * "related-posts" is a template's name). en-docs-section-id-shared-word. */
#define ANCHOR_MIN_WORDS 3

/* The length of the sign at folded text P (0 at a letter, a digit or the
 * end): ASCII punctuation, U+0080..U+00BF ("¶", "«"), U+2000..U+20FF
 * (dashes, quotes, the ellipsis). */
static size_t sign_len(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;

    if (!*u || (*u >= 'a' && *u <= 'z') || (*u >= '0' && *u <= '9'))
        return 0;
    if (*u < 0x80)
        return 1;
    if (u[0] == 0xC2 && u[1])
        return 2;
    if (u[0] == 0xE2 && u[1] >= 0x80 && u[1] <= 0x83 && u[2])
        return 3;
    return 0;
}

/* Are the letters and digits of A and B (folded) the same, in order? */
static bool same_alnum(const char *a, const char *b)
{
    size_t n;

    for (;;) {
        while ((n = sign_len(a)) > 0)
            a += n;
        while ((n = sign_len(b)) > 0)
            b += n;
        if (!*a || !*b)
            return !*a && !*b;
        if (*a++ != *b++)
            return false;
    }
}

/* Is the id ID of node I the slug of its heading? */
static bool heading_anchor(const al_dom *dom, int i, const char *id)
{
    int h = -1, j, words = 1;
    char *t, *ft = NULL, *fi;
    bool same = false;

    for (const char *p = id; *p; p++)
        words += (*p == '-' || *p == '_') && p[1] && p[1] != '-' && p[1] != '_';
    if (words < ANCHOR_MIN_WORDS)
        return false;
    for (j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end) {
        if ((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].text_len <= 1)
            continue;                   /* white space between tags */
        if (dom->nodes[j].tag >= GUMBO_TAG_H1 && dom->nodes[j].tag <= GUMBO_TAG_H6)
            h = j;
        break;
    }
    if (h < 0 || !(t = al_dom_text(dom, h, false)))
        return false;
    ft = al_text_fold(t);
    fi = al_text_fold(id);
    same = ft && fi && same_alnum(ft, fi);
    free(t);
    free(ft);
    free(fi);
    return same;
}

bool al_score_heading_anchor(const al_dom *dom, int i)
{
    const char *id = al_dom_attr(dom, i, "id");

    return id && *id && heading_anchor(dom, i, id);
}

int al_score_class_weight(const al_dom *dom, int i)
{
    const char *id = al_dom_attr(dom, i, "id");
    int w = hint_weight(id);

    if (w != 0 && heading_anchor(dom, i, id))   /* a heading's anchor: its subject, no hint */
        w = 0;
    return hint_weight(al_dom_attr(dom, i, "class")) + w;
}

/* A node that holds most of the page's paragraph text is the article's
 * home, whatever its class says ("panel-two-col-sidebar-right"). */
bool al_score_holds_article(const al_dom *dom, int i)
{
    unsigned total = dom->body >= 0 ? dom->nodes[dom->body].p_text : 0;

    return total >= ARTICLE_MIN_P_TEXT && dom->nodes[i].p_text * 2 >= total;
}

/* Direct inline text of a <div>: scored like a paragraph when it has no
 * block children (Readability turns such divs into <p>). */
bool al_score_div_is_paragraph(const al_dom *dom, int i)
{
    int j;

    for (j = i + 1; j < dom->nodes[i].end; j++) {
        const al_node *c = &dom->nodes[j];
        if (c->flags & (AL_NODE_DROP | AL_NODE_UNLIKELY)) {
            j = c->end - 1;
            continue;
        }
        if (c->flags & AL_NODE_BLOCK)
            return false;
    }
    return true;
}

/* ---- subtree sums ------------------------------------------------------ */

void al_dom_sum(al_dom *dom, unsigned mask)
{
    int i;

    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        if (!(n->flags & AL_NODE_TEXT)) {
            n->text_len = n->link_len = n->commas = n->p_text = 0;
            n->p_count = n->li_count = n->img_count = n->input_count = 0;
            n->embed_count = n->heading_count = 0;
        }
    }
    /* Children follow their parent: a backwards pass adds each node into
     * its parent after the node itself is complete. */
    for (i = dom->count - 1; i >= 0; i--) {
        al_node *n = &dom->nodes[i], *p;

        if (n->flags & AL_NODE_TEXT && (n->flags & AL_NODE_LINK))
            n->link_len = n->text_len;
        switch (n->tag) {
        case GUMBO_TAG_P: n->p_count++; n->p_text = n->text_len; break;
        case GUMBO_TAG_LI: n->li_count++; break;
        case GUMBO_TAG_IMG: n->img_count++; break;
        case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: n->input_count++; break;
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT: case GUMBO_TAG_VIDEO: n->embed_count++; break;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: n->heading_count += n->text_len; break;
        default: break;
        }
        if (n->parent < 0 || (n->flags & mask))
            continue;
        p = &dom->nodes[n->parent];
        p->text_len += n->text_len;
        p->link_len += n->link_len;
        p->commas += n->commas;
        if (n->tag != GUMBO_TAG_P || p->tag != GUMBO_TAG_P)
            p->p_text += n->p_text;
        p->p_count += n->p_count;
        p->li_count += n->li_count;
        p->img_count += n->img_count;
        p->input_count += n->input_count;
        p->embed_count += n->embed_count;
        p->heading_count += n->heading_count;
    }
}
