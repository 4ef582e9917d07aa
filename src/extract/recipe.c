/*
 * recipe.c - on a recipe page, the recipe card is the recipe.
 *
 * A food blog's post tells a story, then gives the recipe in a card that
 * a plugin writes: the dish's name, its times and servings, the
 * ingredients, the steps and the cook's notes. The card's markup uses
 * words that elsewhere name chrome: its times sit in a "recipe-meta"
 * block (Readability's negative class word "meta") and its notes under a
 * "Notes" heading, which on a news page opens the end matter ("Note",
 * "Anmerkungen"). Inside the card they are the recipe's own.
 *
 * The page must declare a Recipe (JSON-LD @type Recipe, in an @graph
 * too, or microdata itemtype Recipe). The card is the outermost element
 * that says it is one (itemtype Recipe, class "h-recipe", or a class or
 * id part, split at spaces, '-' and '_', that starts with "recipe":
 * "wprm-recipe-container", "tasty-recipes", "recipe-card"; HTML
 * vocabulary, not a language's) and looks like one: it holds a list of
 * at least CARD_MIN_ITEMS items (the ingredients) and not the page's <h1>
 * (the post that holds the card is more than the recipe: its class says
 * "recipe" too on a site of recipes). It is not <body>, <article> or
 * <main>. The card's nodes are marked AL_NODE_RECIPE; collect.c and
 * boilerplate.c read the flag (see al_recipe_mark in passes.h).
 *
 * A theme may split the plugin's card into sibling boxes: the times and
 * servings in one ("wprm-recipe-container" closed after its meta line),
 * the ingredients in the next, the steps and notes in boxes after it.
 * A box that says it is part of a recipe by the same markup, does not
 * hold the <h1>, and whose next or previous element sibling (white space
 * between, no text) is (part of) a card, is part of that card: its times
 * line is the recipe's, as inside a whole card. Parts chain, up to
 * PART_PASSES boxes before the first card (after it, one pass).
 *
 * With no markup to say so, the same split card is found by its shape:
 * a titled list of ingredients, then twin boxes after it that each open
 * with a heading over a step (split_shaped_card, below).
 */
#include <string.h>
#include <strings.h>

#include "passes.h"

/* A card holds at least this many list items: its ingredients. */
#define CARD_MIN_ITEMS 2
/* Passes over the page for split parts: each finds the box before the
 * last one found; a bound, so that a page of many boxes stays linear. */
#define PART_PASSES 4

/* Does the attribute value V have a part (split at spaces, '-', '_')
 * that starts with "recipe", or is "h-recipe"'s? */
static bool names_recipe(const char *v)
{
    const char *p = v;

    while (v && *p) {
        size_t n;
        p += strspn(p, " \t\n-_");
        n = strcspn(p, " \t\n-_");
        if (n >= 6 && !strncasecmp(p, "recipe", 6))
            return true;
        p += n;
    }
    return false;
}

/* Does node I look like a recipe card: it says so by its markup, holds
 * a list and not the page's <h1>? */
static bool is_card(const al_dom *dom, int i)
{
    static const char *const types[] = { "Recipe", NULL };
    const char *itemtype = al_dom_attr(dom, i, "itemtype");
    GumboTag t = dom->nodes[i].tag;
    int items = 0;

    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
        t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_LI)
        return false;
    if (!(itemtype && al_itemtype_in(itemtype, types)) && !names_recipe(al_dom_attr(dom, i, "class")) &&
        !names_recipe(al_dom_attr(dom, i, "id")))
        return false;
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[j].tag == GUMBO_TAG_H1)
            return false;
        items += dom->nodes[j].tag == GUMBO_TAG_LI;
    }
    return items >= CARD_MIN_ITEMS;
}

/* Does node I say it is (part of) a recipe by its markup, without being
 * the page's frame or holding the <h1>? */
static bool is_card_part(const al_dom *dom, int i)
{
    static const char *const types[] = { "Recipe", NULL };
    const char *itemtype = al_dom_attr(dom, i, "itemtype");
    GumboTag t = dom->nodes[i].tag;

    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
        t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_LI || dom->nodes[i].text_len == 0)
        return false;
    if (!(itemtype && al_itemtype_in(itemtype, types)) && !names_recipe(al_dom_attr(dom, i, "class")) &&
        !names_recipe(al_dom_attr(dom, i, "id")))
        return false;
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_H1)
            return false;
    return true;
}

/* Is text node J only white space? */
static bool blank(const al_dom *dom, int j)
{
    const char *t = dom->nodes[j].g->type == GUMBO_NODE_WHITESPACE ? "" : dom->nodes[j].g->v.text.text;

    return !t || t[strspn(t, " \t\n\r\f")] == '\0';
}

/* The element sibling next to node I (DIR +1: after it, -1: before it),
 * or -1 when there is none or text lies between them. */
static int sibling(const al_dom *dom, int i, int dir)
{
    int parent = dom->nodes[i].parent, j;

    if (parent < 0)
        return -1;
    if (dir > 0) {
        for (j = dom->nodes[i].end; j < dom->nodes[parent].end; j = dom->nodes[j].end)
            if (!(dom->nodes[j].flags & AL_NODE_TEXT))
                return j;
            else if (!blank(dom, j))
                return -1;
        return -1;
    }
    for (j = i - 1; j > parent && dom->nodes[j].parent != parent; j--)
        ;
    for (; j > parent; ) {
        int k;
        if (!(dom->nodes[j].flags & AL_NODE_TEXT))
            return j;
        if (!blank(dom, j))
            return -1;
        for (k = j - 1; k > parent && dom->nodes[k].parent != parent; k--)
            ;
        j = k;
    }
    return -1;
}

/* Mark the card parts (is_card_part) beside a marked card, in both
 * directions, until none is added (at most PART_PASSES passes). */
static int mark_split_parts(al_dom *dom)
{
    int added = 0, more = 1, pass;

    for (pass = 0; more && pass < PART_PASSES; pass++) {
        more = 0;
        for (int i = dom->body + 1; i < dom->nodes[dom->body].end; i++) {
            int a, b;
            if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_RECIPE)) || !is_card_part(dom, i))
                continue;
            a = sibling(dom, i, 1);
            b = sibling(dom, i, -1);
            if (!((a >= 0 && (dom->nodes[a].flags & AL_NODE_RECIPE)) ||
                  (b >= 0 && (dom->nodes[b].flags & AL_NODE_RECIPE))))
                continue;
            for (int j = i; j < dom->nodes[i].end; j++)
                dom->nodes[j].flags |= AL_NODE_RECIPE;
            added++;
            more = 1;
            i = dom->nodes[i].end - 1;
        }
    }
    return added;
}

/* A card by its shape alone, when no element says it is one (generated
 * class names: "css-1x2y3z"): on a page that declares a Recipe, the
 * smallest element that holds the ingredients, a <ul> of at least
 * CARD_MIN_ITEMS items, and after them the steps, an <ol> of as many,
 * with a heading (h2 to h4: the dish's name, "Zutaten") and not the
 * page's <h1> (the post around the card holds the title). A post's text
 * has no numbered steps after a list of ingredients; the card's notes and
 * times sit in that element with them. The first SHAPED_MAX_LISTS lists
 * are tried, each with the first numbered list after it: bounded work. */
#define SHAPED_MAX_LISTS 8

/* Does list node J hold at least CARD_MIN_ITEMS items of its own? */
static bool long_list(const al_dom *dom, int j)
{
    int items = 0;

    for (int k = j + 1; k < dom->nodes[j].end && items < CARD_MIN_ITEMS; k = dom->nodes[k].end)
        items += !(dom->nodes[k].flags & AL_NODE_TEXT) && dom->nodes[k].tag == GUMBO_TAG_LI;
    return items >= CARD_MIN_ITEMS;
}

/* The smallest element that holds nodes A and B (A before B), or -1. */
static int common_ancestor(const al_dom *dom, int a, int b)
{
    for (int c = dom->nodes[a].parent; c >= 0; c = dom->nodes[c].parent)
        if (b < dom->nodes[c].end)
            return c;
    return -1;
}

/* Is node C, holding a list of ingredients and one of steps, a card? */
static bool shaped_card_box(const al_dom *dom, int c)
{
    GumboTag t = dom->nodes[c].tag;
    bool heading = false;

    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
        return false;
    for (int j = c + 1; j < dom->nodes[c].end; j++) {
        GumboTag h = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (h == GUMBO_TAG_H1)
            return false;
        heading = heading || h == GUMBO_TAG_H2 || h == GUMBO_TAG_H3 || h == GUMBO_TAG_H4;
    }
    return heading;
}

/* The card by its shape (above), or -1. */
static int shaped_card(const al_dom *dom)
{
    int best = -1, tried = 0, end = dom->nodes[dom->body].end;

    for (int u = dom->body + 1; u < end && tried < SHAPED_MAX_LISTS; u++) {
        int o, c;
        if ((dom->nodes[u].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || dom->nodes[u].tag != GUMBO_TAG_UL ||
            !long_list(dom, u))
            continue;
        tried++;
        for (o = dom->nodes[u].end; o < end; o++)
            if (!(dom->nodes[o].flags & (AL_NODE_TEXT | AL_NODE_DROP)) && dom->nodes[o].tag == GUMBO_TAG_OL &&
                long_list(dom, o))
                break;
        if (o >= end)
            break;                      /* no steps after this list: none after the next either */
        c = common_ancestor(dom, u, o);
        if (c >= 0 && (best < 0 || dom->nodes[c].end - c < dom->nodes[best].end - best) &&
            shaped_card_box(dom, c))
            best = c;
        u = dom->nodes[u].end - 1;
    }
    return best;
}

/* A card by its shape, split into sibling boxes, when no element says it
 * is one (generated class names, or none): a theme may print the
 * ingredients and each step in a box of its own, after the post's
 * <article> that holds only its story. On a page that declares a Recipe,
 * the ingredients' box is an element that opens with a heading (h2 to
 * h4) and holds a list of at least CARD_MIN_ITEMS items of its own and
 * not the page's <h1>, mostly not links (under SPLIT_MAX_LINKS); the
 * steps are its element siblings right after it with the same tag, each
 * opening with a heading and holding a paragraph or a list, mostly not
 * links, the steps' headings all of the first one's level (twins). At
 * least one step must follow: a titled list alone is no card. The run
 * stops at the first sibling that is not such a box: a share bar (no
 * heading first), an author's box (its name a heading of another level),
 * the comments in another element. The first SHAPED_MAX_LISTS titled lists are tried.
 * (b47-fr-pain-epices-etapes-hors-article, de-rezept-schritte-kaesten) */
#define SPLIT_MAX_LINKS 0.25

/* The first element inside node I that holds text, when it is a heading
 * h2..h4, or -1. */
static int first_heading(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT) {
            if (!blank(dom, j))
                return -1;
            continue;
        }
        if (t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4)
            return dom->nodes[j].text_len > 0 ? j : -1;
        if (dom->nodes[j].text_len > 0 && !(t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6))
            return -1;
    }
    return -1;
}

/* Does node I hold no <h1>, and a list of CARD_MIN_ITEMS items (LIST) or
 * a <p> with text (else)? */
static bool split_box_holds(const al_dom *dom, int i, bool list)
{
    bool found = false;

    if (al_dom_link_density(dom, i) >= SPLIT_MAX_LINKS)
        return false;
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (t == GUMBO_TAG_H1)
            return false;
        if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && long_list(dom, j))
            found = true;
        else if (!list && t == GUMBO_TAG_P && dom->nodes[j].text_len > 0)
            found = true;
    }
    return found;
}

/* The ingredients' box I and its steps after it, as above: the number of
 * boxes marked AL_NODE_RECIPE (0 when I is not such a box). */
static int mark_split_shaped(al_dom *dom, int i)
{
    GumboTag t = dom->nodes[i].tag, level = GUMBO_TAG_UNKNOWN;
    int j, h, last = i, steps = 0;

    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
        t == GUMBO_TAG_LI || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || first_heading(dom, i) < 0 ||
        !split_box_holds(dom, i, true))
        return 0;
    for (j = sibling(dom, i, 1); j >= 0 && dom->nodes[j].tag == t && !(dom->nodes[j].flags & AL_NODE_DROP) &&
         (h = first_heading(dom, j)) >= 0 && (steps == 0 || dom->nodes[h].tag == level) &&
         split_box_holds(dom, j, false); j = sibling(dom, j, 1)) {
        level = dom->nodes[h].tag;
        last = j;
        steps++;
    }
    if (steps == 0)
        return 0;
    for (j = i; j < dom->nodes[last].end; j++)
        dom->nodes[j].flags |= AL_NODE_RECIPE;
    return steps + 1;
}

/* The first titled list's split card (mark_split_shaped), tried on the
 * first SHAPED_MAX_LISTS lists' parents: the number of boxes marked. */
static int split_shaped_card(al_dom *dom)
{
    int tried = 0, end = dom->nodes[dom->body].end;

    for (int u = dom->body + 1; u < end && tried < SHAPED_MAX_LISTS; u++) {
        int marked;
        if ((dom->nodes[u].flags & (AL_NODE_TEXT | AL_NODE_DROP)) ||
            (dom->nodes[u].tag != GUMBO_TAG_UL && dom->nodes[u].tag != GUMBO_TAG_OL) || !long_list(dom, u))
            continue;
        tried++;
        if (dom->nodes[u].parent >= 0 && (marked = mark_split_shaped(dom, dom->nodes[u].parent)) > 0)
            return marked;
        u = dom->nodes[u].end - 1;
    }
    return 0;
}

/* The cook's tip or variation may sit in an <aside> inside the card ("Mein
 * Tipp" beside the steps, in the card's grid): it is the recipe's, not a
 * sidebar, so mark_unlikely does not drop it for its tag (its class and
 * words still judge it). Asked before al_recipe_mark, so the card is
 * found as al_recipe_mark finds it: by markup (is_card) among I's
 * ancestors, or by shape (shaped_card, found once per page and kept in
 * *CACHE with what the page declares). */
bool al_recipe_in_card(const al_dom *dom, int i, int *cache)
{
    static const char *const types[] = { "Recipe", NULL };

    if (*cache == AL_RECIPE_UNKNOWN)
        *cache = dom->body >= 0 && al_page_declares(dom, types) ? shaped_card(dom)
                                                                : AL_RECIPE_UNDECLARED;
    if (*cache == AL_RECIPE_UNDECLARED)
        return false;
    for (int p = dom->nodes[i].parent; p >= 0 && p != dom->body; p = dom->nodes[p].parent)
        if (p == *cache || is_card(dom, p))
            return true;
    return false;
}

int al_recipe_mark(al_dom *dom)
{
    static const char *const types[] = { "Recipe", NULL };
    int cards = 0, shaped = -1;

    if (dom->body < 0 || !al_page_declares(dom, types))
        return 0;
    for (int i = dom->body + 1; i < dom->nodes[dom->body].end; i++) {
        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || !is_card(dom, i))
            continue;
        for (int j = i; j < dom->nodes[i].end; j++)
            dom->nodes[j].flags |= AL_NODE_RECIPE;
        cards++;
        i = dom->nodes[i].end - 1;
    }
    if (cards > 0) {
        mark_split_parts(dom);
        return cards;
    }
    if ((shaped = shaped_card(dom)) >= 0) {
        for (int j = shaped; j < dom->nodes[shaped].end; j++)
            dom->nodes[j].flags |= AL_NODE_RECIPE;
        cards++;
    } else if (split_shaped_card(dom) > 0) {
        cards++;
    }
    return cards;
}
