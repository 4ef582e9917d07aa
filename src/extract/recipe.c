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
 */
#include <string.h>
#include <strings.h>

#include "passes.h"

/* A card holds at least this many list items: its ingredients. */
#define CARD_MIN_ITEMS 2

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

int al_recipe_mark(al_dom *dom)
{
    static const char *const types[] = { "Recipe", NULL };
    int cards = 0;

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
    return cards;
}
