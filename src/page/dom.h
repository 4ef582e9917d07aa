/*
 * dom.h - the parsed page as a flat array of nodes (private).
 *
 * gumbo parses the page in a sandboxed child process (htmlparse.c), which
 * sends the tree back flat; parse.c rebuilds it here as an array in
 * document (pre-)order. Node i's subtree is the range [i, node[i].end),
 * its parent is node[i].parent. Every later stage walks this array with
 * plain loops, so no stage recurses and a page of 100,000 nested elements
 * cannot overflow the stack; subtree sums are computed in one backwards
 * pass.
 */
#ifndef ALOUD_DOM_H
#define ALOUD_DOM_H

#include <gumbo.h>

#include "util.h"

enum {
    AL_NODE_TEXT = 1u << 0,       /* a text node (tag is GUMBO_TAG_UNKNOWN) */
    AL_NODE_DROP = 1u << 1,       /* removed with its subtree: never spoken */
    AL_NODE_HIDDEN = 1u << 2,     /* hidden, aria-hidden, display:none */
    AL_NODE_UNLIKELY = 1u << 3,   /* class/id/role say it is page chrome */
    AL_NODE_LINK = 1u << 4,       /* inside an <a href> */
    AL_NODE_BLOCK = 1u << 5,      /* a block-level element */
    AL_NODE_CANDIDATE = 1u << 6,  /* has a content score */
    AL_NODE_KEEP = 1u << 7,       /* part of the chosen article */
    AL_NODE_JUNK = 1u << 8,       /* boilerplate found inside the article */
    AL_NODE_LEAD = 1u << 9,       /* a standfirst between the title and the body */
    AL_NODE_LD = 1u << 10,        /* its text is in the JSON-LD articleBody */
    AL_NODE_MATH = 1u << 11,      /* a <math> element or one of its ancestors */
    AL_NODE_HOLDS_LEAD = 1u << 12, /* an ancestor of a LEAD node or lead caption inside the article */
    AL_NODE_CAPTION = 1u << 13,    /* the lead picture's caption, read as a caption (standfirst.c) */
    AL_NODE_HOLDS_TITLE = 1u << 14, /* inside the article, an ancestor of the post's own title heading */
    AL_NODE_RECIPE = 1u << 15,     /* inside a recipe card of a page that declares a Recipe (recipe.c) */
    AL_NODE_PAID = 1u << 16        /* the article's part the JSON-LD declares not free (product.c) */
};

/*
 * What nodes[i].g points to: the node as gumbo typed it, under gumbo's
 * field names (GumboNode's), so that g->type and g->v.text.text read as
 * they would on gumbo's tree, which stays in the parser's process. Only
 * these fields exist; the tag and attributes are in al_node and al_dom.
 */
typedef struct {
    GumboNodeType type;          /* DOCUMENT, ELEMENT, TEMPLATE, TEXT, WHITESPACE or CDATA */
    union {
        struct {
            const char *text;    /* text, white space and CDATA: NUL-terminated */
        } text;
    } v;
} al_gnode;

typedef struct {
    const char *name, *value;
} al_attr;

typedef struct {
    const al_gnode *g;
    int parent;            /* -1 for the root */
    int end;               /* one past the last node of the subtree */
    GumboTag tag;
    unsigned flags;
    int depth;
    /* subtree sums (text nodes count their own text) */
    unsigned text_len;     /* characters of text, white space collapsed */
    unsigned link_len;     /* of which inside links */
    unsigned commas;
    unsigned p_text;       /* of which inside <p> elements */
    unsigned p_count, li_count, img_count, input_count, embed_count, heading_count;
    double score;          /* content score (candidates) */
    int class_weight;      /* -25..+25 per hint, from class and id */
    unsigned attr, attr_count;   /* its attributes: dom->attrs[attr, attr + attr_count) */
} al_node;

typedef struct {
    al_node *nodes;
    int count;
    int html, head, body;  /* indices, -1 when absent */
    int ld_container;      /* where the JSON-LD articleBody's text lives, or -1 */
    int claim_review;      /* the page declares a ClaimReview: 2 yes, 1 no, 0 not known yet
                            * (al_page_claim_review; set once by al_extract) */
    al_gnode *gnodes;      /* nodes[i].g is &gnodes[i] */
    al_attr *attrs;
    char *flat;            /* the parser's output: every string points into it (owned) */
} al_dom;

/* css.c */
/**
 * Drop (AL_NODE_DROP, with their subtrees) the elements that the rules of
 * the page's <style> elements hide by class or id (display:none,
 * visibility:hidden; outside at-rules), unless together they would hide
 * most of the page's text. Needs the marks of the markup alone (DROP on
 * always-dropped tags and hidden elements); memory running out leaves
 * DOM as it is.
 */
void al_css_mark_hidden(al_dom *dom);

/* parse.c */
/**
 * Parse UTF-8 HTML into DOM: bound its nesting (nesting.c), parse it in
 * the sandbox (htmlparse.c), rebuild the tree and mark what the markup
 * alone says (dropped, hidden, links). Takes UTF8 (frees it, also on
 * failure). Messages name NAME.
 *
 * @return ALOUD_OK, ALOUD_ETOOLARGE or ALOUD_ERROR; free DOM with al_dom_free()
 */
int al_dom_parse(al_dom *dom, char *utf8, size_t len, const char *name);
/**
 * Rebuild DOM from the flat form (nesting.h) a parser process wrote,
 * trusting nothing: every length, tag, depth and count is checked, and
 * the child's memory budget MAX_MEMORY bounds the nodes and attributes
 * it can have built. Takes FLAT (freed with DOM, also on failure).
 *
 * @return ALOUD_OK, or ALOUD_ERROR when FLAT is malformed (the message
 *         names NAME and the byte) or memory runs out
 */
int al_dom_from_flat(al_dom *dom, char *flat, size_t len, size_t max_memory, const char *name);
void al_dom_free(al_dom *dom);
/** The value of attribute NAME on node I, or NULL. */
const char *al_dom_attr(const al_dom *dom, int i, const char *name);
/** Is TOKEN (case aside) one of the space-separated words of attribute
 *  NAME of node I: itemprop="author creator", property="dc:creator og:x"? */
bool al_dom_attr_has_token(const al_dom *dom, int i, const char *name, const char *token);
/** The JSON text of node I when it is a <script type="application/ld+json">
 *  with text, past any wrapper the page put around it ("<![CDATA[", "<!--",
 *  with or without "//" before it), or NULL. */
const char *al_dom_json_ld_text(const al_dom *dom, int i);
/** True for elements rendered as blocks. */
bool al_dom_is_block_tag(GumboTag tag);
/** The text of node I's subtree, normalised; skips DROP nodes when SKIP_DROPPED. Caller frees. */
char *al_dom_text(const al_dom *dom, int i, bool skip_dropped);
/** The same, skipping the subtrees of nodes with any flag in MASK. */
char *al_dom_text_masked(const al_dom *dom, int i, unsigned mask);
/** The same, with a line break ('\n') between blocks (and at a <br>) in place
 *  of a space: what is written in two cells or paragraphs does not run into
 *  one ("2019 | 11 400" is not the account number "2019 11 400"). */
char *al_dom_text_lines(const al_dom *dom, int i, unsigned mask);
/** The text of node I (al_dom_text) less a jump link that ends it after
 *  other words: a link to a fragment of the page ("149 Comments" to
 *  "#comment_list", the count a theme prints in the post's heading). */
char *al_dom_text_less_jump(const al_dom *dom, int i);
/** The element before node I under the same parent (text skipped), or -1. */
int al_dom_prev_element(const al_dom *dom, int i);
/** True when the class or id of node I contains WORD (case-insensitive). */
bool al_dom_class_has(const al_dom *dom, int i, const char *word);
/** Link density of node I: link_len / text_len. */
double al_dom_link_density(const al_dom *dom, int i);

#endif /* ALOUD_DOM_H */
