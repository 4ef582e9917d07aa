/*
 * product.c - on a shop's product page, the product's description only.
 *
 * A product page says it is one (JSON-LD or microdata of type Product,
 * og:type "product"). Around the description it carries what a listener
 * did not come for: the stock line and the shop's delivery and returns
 * promises beside the price, a "Shipping and returns" tab, and the
 * customers' reviews. Readability's scoring takes the container of the
 * tabs, and with it all of these. On a product page only, this pass marks
 * DROP, before the article is scored (in every pass):
 *
 *  - schema.org markup of what is not the description: itemprop "review",
 *    "aggregateRating", "offers" or "availability"; itemtype Review,
 *    AggregateRating or Offer;
 *  - a block whose class or id has a part (split at '-', '_', spaces)
 *    that names reviews, ratings, stock, delivery, shipping or returns
 *    (class_words: markup, not a language);
 *  - a panel labelled so (data/lang [extract.product_panel]: "Shipping",
 *    "Avis clients", "Bezorging en retour"): a tab whose tab link
 *    (href="#id", aria-controls, data-target) carries the label, a box
 *    (accordion, <details>) that opens with a toggle or a heading
 *    carrying it, and a heading's section, down to the next heading of
 *    its level; when the tab link's id is not in the page, its panel by
 *    position (an accordion's next box, or a tab bar's pane in order);
 *  - the buy box's lines (the smallest element around the title <h1>
 *    that holds a button or a field: price, stock, delivery promises),
 *    prose aside, and a promise banner above the title naming delivery;
 *    when that element holds the description too, the run of its
 *    lines from the title down to the first prose, if it holds a
 *    purchase control (drop_offer_run);
 *  - a list of reviews by its shape: a box whose children open with a
 *    rating drawn in stars ("★★★★☆"), two at least, holding half its text;
 *  - the product's photos: a box of two pictures or more with next to no
 *    text (a zoom button's word) and no heading (drop_picture_boxes).
 *
 * Never dropped: the page's title heading and whatever holds it, and what
 * holds the description (itemprop="description"); a block found by its
 * markup or class name only also stays when it holds most of the page's
 * paragraph text (a review site's one editorial review of a product).
 * The description's own care or usage section stays: its heading names
 * neither shipping nor reviews.
 *
 * What type of thing a page declares it is (JSON-LD @type, microdata
 * itemtype) is read here for recipe.c too (al_page_declares), and so is
 * the part of an article it declares paid (al_paid_mark): a paywalled
 * story's JSON-LD says which element is not free (schema.org's
 * "isAccessibleForFree": false with a "cssSelector", as search engines
 * ask of a paywall); when that element's text is served in the HTML it
 * is the article (as Readability reads it), whatever its class says
 * ("paywall", "premium"): that name is the publisher's label for the
 * part, not a paywall prompt.
 */
#include <json.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "appeal.h"
#include "langdata.h"
#include "passes.h"

/* A panel's label (tab, toggle, heading) has at most this many words. */
#define LABEL_MAX_WORDS 6
/* ... and at most this many bytes and nodes (its text is read only then). */
#define LABEL_MAX_BYTES 120
#define LABEL_MAX_NODES 16
/* Tab links followed per page (each one looks its panel up by id). */
#define MAX_TAB_LINKS 32
/* JSON-LD: objects looked at per array or @graph. */
#define LD_MAX_OBJECTS 64

/* Class and id parts that name what is not the description. */
static const char *const class_words[] = {
    "review", "reviews", "rating", "ratings", "testimonials", "availability", "stock", "instock",
    "delivery", "shipping", "returns", "reassurance", "usp", "usps", "dispatch", NULL
};

/* ---- what the page declares it is ---------------------------------------- */

static bool type_name_in(json_object *t, const char *const *types)
{
    if (!json_object_is_type(t, json_type_string))
        return false;
    for (size_t k = 0; types[k]; k++)
        if (!strcmp(json_object_get_string(t), types[k]))
            return true;
    return false;
}

/* Is the JSON-LD object O of one of TYPES (its @type, or one of them)? */
static bool ld_type_in(json_object *o, const char *const *types)
{
    json_object *t;

    if (!json_object_is_type(o, json_type_object) || !json_object_object_get_ex(o, "@type", &t))
        return false;
    if (!json_object_is_type(t, json_type_array))
        return type_name_in(t, types);
    for (size_t i = 0; i < json_object_array_length(t) && i < LD_MAX_OBJECTS; i++)
        if (type_name_in(json_object_array_get_idx(t, i), types))
            return true;
    return false;
}

static bool ld_names_type(json_object *root, const char *const *types)
{
    json_object *graph;
    size_t i;

    if (json_object_is_type(root, json_type_object) && json_object_object_get_ex(root, "@graph", &graph))
        root = graph;
    if (!json_object_is_type(root, json_type_array))
        return ld_type_in(root, types);
    for (i = 0; i < json_object_array_length(root) && i < LD_MAX_OBJECTS; i++)
        if (ld_type_in(json_object_array_get_idx(root, i), types))
            return true;
    return false;
}

static bool script_names_type(const al_dom *dom, int i, const char *const *types)
{
    const char *text = al_dom_json_ld_text(dom, i);
    json_tokener *tok;
    json_object *root;
    bool found = false;

    if (!text)
        return false;
    for (size_t k = 0; types[k] && !found; k++)
        found = strstr(text, types[k]) != NULL;
    if (!found || !(tok = json_tokener_new_ex(64)))   /* bounded nesting */
        return false;
    root = json_tokener_parse_ex(tok, text, (int)strnlen(text, 1 << 24));
    found = root && ld_names_type(root, types);
    json_object_put(root);
    json_tokener_free(tok);
    return found;
}

/* Does the itemtype V name one of TYPES: the last part of one of its
 * space-separated URLs ("https://schema.org/Recipe")? */
bool al_itemtype_in(const char *v, const char *const *types)
{
    const char *p = v;

    while (*p) {
        size_t n, k;
        const char *name;

        p += strspn(p, " \t\n");
        n = strcspn(p, " \t\n");
        while (n && p[n - 1] == '/')
            n--;                                  /* "schema.org/Recipe/" */
        for (name = p + n; name > p && name[-1] != '/'; name--)
            ;
        for (k = 0; n && types[k]; k++)
            if (strlen(types[k]) == (size_t)(p + n - name) && !strncasecmp(name, types[k], strlen(types[k])))
                return true;
        p += strcspn(p, " \t\n");
    }
    return false;
}

bool al_page_declares(const al_dom *dom, const char *const *types)
{
    for (int i = 0; i < dom->count; i++) {
        const char *v;

        if (dom->nodes[i].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[i].tag == GUMBO_TAG_SCRIPT && script_names_type(dom, i, types))
            return true;
        if ((v = al_dom_attr(dom, i, "itemtype")) && al_itemtype_in(v, types))
            return true;
    }
    return false;
}

/* ---- the part the page declares paid ------------------------------------ */

/* JSON-LD: the deepest object looked into for a paid part. */
#define PAID_MAX_DEPTH 8
/* At most this many selectors are looked for in one cssSelector. */
#define PAID_MAX_SELECTORS 8
/* At most this many selectors are looked for on the whole page: each is a
 * walk over the page's nodes, and a page may hold thousands of JSON-LD
 * scripts or parts that each name some. */
#define PAID_PAGE_MAX_SELECTORS 32

/* Is the JSON value V false, as a boolean or a string ("False")? */
static bool ld_false(json_object *v)
{
    if (json_object_is_type(v, json_type_boolean))
        return !json_object_get_boolean(v);
    return json_object_is_type(v, json_type_string) && !strcasecmp(json_object_get_string(v), "false");
}

/* Does element I match the compound selector SEL of LEN bytes: an
 * optional tag name, then ".class" and "#id" parts, all of them? Any
 * other selector (combinators, attributes, pseudo-classes) matches
 * nothing. */
static bool selector_matches(const al_dom *dom, int i, const char *sel, size_t len)
{
    const char *p = sel, *end = sel + len;
    bool any = false;

    while (p < end) {
        char kind = (*p == '.' || *p == '#') ? *p++ : 0;
        size_t n = 0;
        char word[128];
        const char *v;

        while (p + n < end && p[n] != '.' && p[n] != '#')
            n++;
        if (n == 0 || n >= sizeof(word) || memchr(p, ' ', n) || memchr(p, '[', n) || memchr(p, ':', n) ||
            memchr(p, '>', n) || memchr(p, '+', n) || memchr(p, '~', n) || memchr(p, '*', n))
            return false;
        memcpy(word, p, n);
        word[n] = '\0';
        if (kind == '.') {
            const char *const words[] = { word, NULL };
            if (!al_value_has_part(al_dom_attr(dom, i, "class"), " \t\n", words))
                return false;
        } else if (kind == '#') {
            if (!(v = al_dom_attr(dom, i, "id")) || strcmp(v, word) != 0)
                return false;
        } else if (p != sel || gumbo_tagn_enum(word, (unsigned)n) != dom->nodes[i].tag) {
            return false;
        }
        any = true;
        p += n;
    }
    return any;
}

/* Mark PAID the elements matching one of the comma-separated selectors of
 * SEL; returns how many. */
static int mark_selector(al_dom *dom, const char *sel, int *budget)
{
    int marked = 0;

    for (int s = 0; *sel && s < PAID_MAX_SELECTORS && *budget > 0; s++, (*budget)--) {
        size_t n = strcspn(sel, ","), lead = strspn(sel, " \t\n"), len = n > lead ? n - lead : 0;

        while (len > 0 && strchr(" \t\n", sel[lead + len - 1]))
            len--;
        for (int i = dom->body; len > 0 && i >= 0 && i < dom->nodes[dom->body].end; i++)
            if (!(dom->nodes[i].flags & AL_NODE_TEXT) && dom->nodes[i].g->type == GUMBO_NODE_ELEMENT &&
                selector_matches(dom, i, sel + lead, len)) {
                dom->nodes[i].flags |= AL_NODE_PAID;
                marked++;
            }
        sel += n;
        sel += *sel == ',';
    }
    return marked;
}

/* Walk the JSON-LD value V for objects that are not free and name their
 * element by a cssSelector ("hasPart": {"isAccessibleForFree": false,
 * "cssSelector": ".paywall"}, in an array or @graph too). */
static int ld_paid_walk(al_dom *dom, json_object *v, int depth, int *budget)
{
    json_object *free_v, *sel;
    int marked = 0;

    if (depth > PAID_MAX_DEPTH)
        return 0;
    if (json_object_is_type(v, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(v) && i < LD_MAX_OBJECTS; i++)
            marked += ld_paid_walk(dom, json_object_array_get_idx(v, i), depth + 1, budget);
        return marked;
    }
    if (!json_object_is_type(v, json_type_object))
        return 0;
    if (json_object_object_get_ex(v, "isAccessibleForFree", &free_v) && ld_false(free_v) &&
        json_object_object_get_ex(v, "cssSelector", &sel)) {
        if (json_object_is_type(sel, json_type_string))
            marked += mark_selector(dom, json_object_get_string(sel), budget);
        else if (json_object_is_type(sel, json_type_array))
            for (size_t i = 0; i < json_object_array_length(sel) && i < PAID_MAX_SELECTORS; i++)
                if (json_object_is_type(json_object_array_get_idx(sel, i), json_type_string))
                    marked += mark_selector(dom, json_object_get_string(json_object_array_get_idx(sel, i)), budget);
    }
    json_object_object_foreach(v, key, child) {
        (void)key;
        if (json_object_is_type(child, json_type_object) || json_object_is_type(child, json_type_array))
            marked += ld_paid_walk(dom, child, depth + 1, budget);
    }
    return marked;
}

int al_paid_mark(al_dom *dom)
{
    int marked = 0, budget = PAID_PAGE_MAX_SELECTORS;

    if (dom->body < 0)
        return 0;
    for (int i = 0; i < dom->count && budget > 0; i++) {
        const char *text = al_dom_json_ld_text(dom, i);
        json_tokener *tok;
        json_object *root;

        if (!text || !strstr(text, "cssSelector") || !(tok = json_tokener_new_ex(64)))
            continue;
        root = json_tokener_parse_ex(tok, text, (int)strnlen(text, 1 << 24));
        if (root)
            marked += ld_paid_walk(dom, root, 0, &budget);
        json_object_put(root);
        json_tokener_free(tok);
    }
    return marked;
}

bool al_page_claim_review(const al_dom *dom)
{
    static const char *const types[] = { "ClaimReview", NULL };

    return dom->claim_review ? dom->claim_review == 2 : al_page_declares(dom, types);
}

/* JSON-LD or microdata of type Product, or og:type "product" ("product.item"). */
static bool is_product_page(const al_dom *dom)
{
    static const char *const types[] = { "Product", "ProductGroup", NULL };

    for (int i = 0; i < dom->count; i++) {
        const char *v;

        if (!(dom->nodes[i].flags & AL_NODE_TEXT) && dom->nodes[i].tag == GUMBO_TAG_META &&
            (v = al_dom_attr(dom, i, "property")) && !strcasecmp(v, "og:type") &&
            (v = al_dom_attr(dom, i, "content")) && !strncasecmp(v, "product", 7))
            return true;
    }
    return al_page_declares(dom, types);
}

/* ---- evidence ----------------------------------------------------------- */

static bool value_has_part(const char *v, const char *const *words)
{
    return al_value_has_part(v, " \t\n-_", words);
}

static bool value_ends(const char *v, const char *suffix)
{
    size_t n = v ? strlen(v) : 0, k = strlen(suffix);

    return n >= k && !strcasecmp(v + n - k, suffix);
}

/* schema.org markup of reviews, ratings and the offer. */
static bool is_offer_or_review_markup(const al_dom *dom, int i)
{
    static const char *const props[] = { "review", "reviews", "aggregateRating", "offers", "availability", NULL };
    const char *prop = al_dom_attr(dom, i, "itemprop"), *type = al_dom_attr(dom, i, "itemtype");

    if (prop && value_has_part(prop, props))
        return true;
    return type && (value_ends(type, "/Review") || value_ends(type, "/AggregateRating") ||
                    value_ends(type, "/Offer") || value_ends(type, "/AggregateOffer"));
}

/* The phrases of [extract.product_panel], as word keys. */
typedef struct {
    char **keys;
    size_t count;
} label_set;

static int labels_load(label_set *l)
{
    size_t n = 0;
    const al_lang_entry *e = al_lang_table("extract.product_panel", NULL, &n);

    l->count = 0;
    if (!(l->keys = calloc(n ? n : 1, sizeof(*l->keys))))
        return al_error_oom();
    for (size_t k = 0; k < n; k++)
        if (!(l->keys[l->count++] = al_text_key(e[k].key)))
            return al_error_oom();
    return 0;
}

static void labels_free(label_set *l)
{
    for (size_t k = 0; k < l->count; k++)
        free(l->keys[k]);
    free(l->keys);
}

/* Does node I's text name shipping, returns or reviews (LABELS), in a
 * label of at most LABEL_MAX_WORDS words? */
static bool is_panel_label(const al_dom *dom, int i, const label_set *labels)
{
    char *text, *key;
    bool hit = false;

    if (dom->nodes[i].end - i > LABEL_MAX_NODES)
        return false;
    text = al_dom_text(dom, i, false);            /* a dropped tab bar's links too */
    key = text && strlen(text) <= LABEL_MAX_BYTES && al_text_words(text) <= LABEL_MAX_WORDS ? al_text_key(text) : NULL;
    for (size_t k = 0; key && k < labels->count && !hit; k++)
        hit = labels->keys[k][0] && al_key_has_words(key, labels->keys[k]);
    free(text);
    free(key);
    return hit;
}

static bool is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* Node I holds (or is) the title heading or the description. */
static bool holds_description(const al_dom *dom, int i)
{
    for (int j = i; j < dom->nodes[i].end; j++) {
        const char *prop;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[j].tag == GUMBO_TAG_H1)
            return true;
        if ((prop = al_dom_attr(dom, j, "itemprop")) && (al_text_casestr(prop, "description") ||
                                                          al_text_casestr(prop, "articleBody")))
            return true;
    }
    return false;
}

static void drop(al_dom *dom, int i)
{
    for (int j = i; j < dom->nodes[i].end; j++)
        dom->nodes[j].flags |= AL_NODE_DROP;
}

/* The first element child of I, or -1. */
static int first_element(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].g->type == GUMBO_NODE_ELEMENT)
            return j;
        else if (dom->nodes[j].text_len > 1)
            return -1;                       /* text before it: no label */
    return -1;
}

/* A toggle that labels the box it opens: a button, <summary>, a heading,
 * or anything with aria-expanded or aria-controls. */
static bool is_toggle(const al_dom *dom, int t)
{
    GumboTag tag = dom->nodes[t].tag;

    return tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SUMMARY || (is_heading(tag) && tag != GUMBO_TAG_H1) ||
           al_dom_attr(dom, t, "aria-expanded") || al_dom_attr(dom, t, "aria-controls");
}

/* Box I opens with toggle or heading T, and no other of its kind: the
 * box is T's panel (a box holding several headings is a page region). */
static bool box_of_label(const al_dom *dom, int i, int t)
{
    GumboTag tag = dom->nodes[t].tag;

    for (int j = dom->nodes[t].end; j < dom->nodes[i].end; j++) {
        GumboTag u = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (is_heading(tag) ? is_heading(u) && u <= tag : is_toggle(dom, j))
            return false;
    }
    return true;
}

/* The id a tab link points to ("#livraison", aria-controls, data-target), or NULL. */
static const char *tab_target(const al_dom *dom, int i)
{
    static const char *const attrs[] = { "aria-controls", "data-target", "data-bs-target", "href", NULL };

    for (size_t k = 0; attrs[k]; k++) {
        const char *v = al_dom_attr(dom, i, attrs[k]);
        if (v && *v == '#')
            v++;
        else if (v && k == 3)
            continue;                     /* an href must be in the page */
        if (v && *v)
            return v;
    }
    return NULL;
}

/* The box of tab link I: its ancestors while they hold nothing but links,
 * below the body; I itself when its parent holds more. */
/* Is every text of box B inside an <a> (in-page links too, which
 * AL_NODE_LINK leaves out)? */
static bool all_linked(const al_dom *dom, int b)
{
    for (int j = b; j < dom->nodes[b].end; j++) {
        int a = j;
        if (!dom->nodes[j].g || dom->nodes[j].g->type != GUMBO_NODE_TEXT)
            continue;
        while (a >= b && dom->nodes[a].tag != GUMBO_TAG_A)
            a = dom->nodes[a].parent;
        if (a < b)
            return false;
    }
    return true;
}

static int tab_box(const al_dom *dom, int i)
{
    int box = i, p;

    while ((p = dom->nodes[box].parent) > dom->body && all_linked(dom, p))
        box = p;
    return box;
}

/* Does box B hold only in-page links ("#reviews"), one or more (their
 * number in LINKS)? */
static bool only_inpage_links(const al_dom *dom, int b, int *count)
{
    int links = 0;

    for (int j = b; j < dom->nodes[b].end; j++) {
        const char *href;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) || dom->nodes[j].tag != GUMBO_TAG_A)
            continue;
        if (!(href = al_dom_attr(dom, j, "href")) || href[0] != '#')
            return false;
        links++;
    }
    *count = links;
    return links > 0;
}

/* The next element sibling of I, or -1. */
static int next_element(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, end = p >= 0 ? dom->nodes[p].end : dom->count;

    for (int j = dom->nodes[i].end; j < end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].g->type == GUMBO_NODE_ELEMENT)
            return j;
        else if (dom->nodes[j].text_len > 1)
            return -1;
    return -1;
}

/* Drop the panel whose id the tab link I points to. When no element has
 * that id (generated ids that the links do not follow), an accordion's
 * label, a box that holds this one link alone, opens the box right after
 * it: that box is the panel ("Reviews (87)" over the reviews); a bar of
 * N tabs opens the box right after it when that box holds N elements, in
 * the tabs' order. The tab bar itself, a box of in-page links only, is
 * for the eye: dropped too. */
static void drop_tab_panel(al_dom *dom, int i)
{
    const char *id = tab_target(dom, i);
    int box = tab_box(dom, i), next, links = 0, k = 0, n = 0, pane = -1;
    bool bar = only_inpage_links(dom, box, &links);

    if (!id)
        return;
    if (bar && !holds_description(dom, box) && box > dom->body)
        drop(dom, box);
    for (int j = 0; j < dom->count; j++) {
        const char *v;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) || !(v = al_dom_attr(dom, j, "id")) || strcmp(v, id))
            continue;
        if (!(dom->nodes[j].flags & AL_NODE_DROP) && !holds_description(dom, j) && j > dom->body)
            drop(dom, j);
        return;
    }
    if (!bar || (next = next_element(dom, box)) < 0)
        return;
    if (box != i && links == 1) {
        if (!holds_description(dom, next))
            drop(dom, next);
        return;
    }
    /* a bar of N tabs over a box of N panes: the K-th link's pane is the
     * box's K-th element */
    for (int j = box; j < i; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_A)
            k++;
    for (int j = next + 1; j < dom->nodes[next].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].g->type == GUMBO_NODE_ELEMENT) {
            if (n == k)
                pane = j;
            n++;
        }
    if (n == links && pane >= 0 && !holds_description(dom, pane))
        drop(dom, pane);
}

/* Heading I opens a section: drop it and its next siblings, down to a
 * sibling that is or holds a heading of its level or higher. */
static void drop_heading_section(al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, end = p >= 0 ? dom->nodes[p].end : dom->count;
    GumboTag tag = dom->nodes[i].tag;

    drop(dom, i);
    for (int j = dom->nodes[i].end; j < end; j = dom->nodes[j].end) {
        for (int k = j; k < dom->nodes[j].end; k++)
            if (is_heading(dom->nodes[k].tag) && !(dom->nodes[k].flags & AL_NODE_TEXT) && dom->nodes[k].tag <= tag)
                return;
        if (holds_description(dom, j))
            return;
        drop(dom, j);
    }
}

/* The buy box: the smallest element around the product's title (<h1>)
 * that also holds a purchase control (a button, a field, a select: "In
 * den Warenkorb", the quantity), with little text besides the title. Its
 * other lines are the offer, read by the eye beside the price: the
 * rating, the price and its tax note, the stock ("Op voorraad"), the
 * delivery and returns promises ("Livraison offerte dès 49 €") and the
 * article number, whatever their class names. A line of prose in it (a
 * sentence of PROSE_MIN_WORDS words or more: a short description under
 * the title) stays, unless it names shipping or returns (names_panel);
 * and so does the box when it holds the description or most of the
 * page's paragraph text (a review site's review). */
#define BUY_BOX_MAX_CHARS 800
#define PROSE_MIN_WORDS 8

/* Does TEXT end as a sentence: ".", "!" or "?" last, before closing
 * quotes or brackets (ASCII ones, and "”", "»" in UTF-8)? */
static bool ends_sentence(const char *text)
{
    size_t n = strlen(text);

    for (;;) {
        while (n && (text[n - 1] == ' ' || text[n - 1] == '"' || text[n - 1] == '\'' || text[n - 1] == ')'))
            n--;
        if (n >= 3 && !strncmp(text + n - 3, "\xE2\x80\x9D", 3))
            n -= 3;                                 /* ” */
        else if (n >= 2 && !strncmp(text + n - 2, "\xC2\xBB", 2))
            n -= 2;                                 /* » */
        else
            break;
    }
    return n && strchr(".!?", text[n - 1]);
}

static bool has_control(const al_dom *dom, int i)
{
    for (int j = i; j < dom->nodes[i].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) &&
            (t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT))
            return true;
    }
    return false;
}

/* A shop's promise banner above the product: a line of at most
 * BANNER_MAX_WORDS words, no sentence, before the title, that names
 * delivery, returns or reviews ([extract.product_panel]: "Livraison
 * offerte dès 49 € d'achat", "Gratis verzending vanaf € 25"). */
#define BANNER_MAX_WORDS 12

static void drop_banners(al_dom *dom, int h, const label_set *labels)
{
    for (int i = dom->body + 1; i < h; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *text, *key;
        bool hit = false;

        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || (t != GUMBO_TAG_P && t != GUMBO_TAG_LI) ||
            h < dom->nodes[i].end)
            continue;
        text = al_dom_text(dom, i, true);
        key = text && al_text_words(text) <= BANNER_MAX_WORDS && !ends_sentence(text) ? al_text_key(text) : NULL;
        for (size_t k = 0; key && k < labels->count && !hit; k++)
            hit = labels->keys[k][0] && al_key_has_words(key, labels->keys[k]);
        free(text);
        free(key);
        if (hit)
            drop(dom, i);
        i = dom->nodes[i].end - 1;
    }
}

/* Does TEXT name shipping, returns or reviews (LABELS, as words)? In the
 * buy box such a sentence is the offer's terms beside the price
 * ("Impuestos incluidos. Los gastos de envío se calculan en la pantalla
 * de pago."), not the product's description. */
static bool names_panel(const char *text, const label_set *labels)
{
    char *key = al_text_key(text);
    bool hit = false;

    for (size_t k = 0; key && k < labels->count && !hit; k++)
        hit = labels->keys[k][0] && al_key_has_words(key, labels->keys[k]);
    free(key);
    return hit;
}

/* Is child C of the buy box an offer line: no prose (a sentence of
 * PROSE_MIN_WORDS words or more), or prose naming shipping, returns or
 * the stock (names_panel), and not the description? */
static bool offer_line(const al_dom *dom, int c, const label_set *labels)
{
    char *text = al_dom_text(dom, c, true);
    bool prose = text && ends_sentence(text) && al_text_words(text) >= PROSE_MIN_WORDS &&
                 !names_panel(text, labels);

    free(text);
    return !prose && !holds_description(dom, c);
}

/* A column that holds the title, the purchase controls and the
 * description too (Shopify's product__info-container): too big for a
 * buy box. Its offer lines are the run of children right after the
 * title's, down to the first one of prose, the description's start:
 * dropped when the run holds a purchase control (has_control), the
 * evidence that it is the offer ("$68.00", "Shipping calculated at
 * checkout.", the cart form, "Only 6 left in stock",
 * tests/pages/b28-en-us-shop-walnut-pourover-stand). */
static void drop_offer_run(al_dom *dom, int box, int h, const label_set *labels)
{
    int first = -1, stop = -1;
    bool control = false;

    for (int c = box + 1; c < dom->nodes[box].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].flags & AL_NODE_TEXT)
            continue;
        if (h >= c && h < dom->nodes[c].end) {
            first = dom->nodes[c].end;
            continue;
        }
        if (first < 0 || (dom->nodes[c].flags & AL_NODE_DROP))
            continue;
        if (!offer_line(dom, c, labels)) {
            stop = c;
            break;
        }
        control = control || has_control(dom, c);
    }
    if (first < 0 || stop < 0 || !control)
        return;
    for (int c = first; c < stop; c = dom->nodes[c].end)
        if (!(dom->nodes[c].flags & AL_NODE_TEXT))
            drop(dom, c);
}

/* The buy box's lines under BOX: each child that is no prose (offer_line's
 * test) and holds neither the title H nor the description is dropped; a
 * child that holds the description with other lines beside it (a
 * PrestaShop "product-information" box: the short description, then the
 * cart form, the shop's promises and the share bar) is read the same way,
 * OFFER_BOX_LEVELS levels down at most: the description's neighbours there
 * are the offer's too, and they would take it with them when the
 * cleaning drops their box for its form (tests/pages/b31-it-negozio-moka-
 * acciaio-schede: "Reso gratuito entro 30 giorni" was read; tests/pages/
 * de-shop-pfeffermuehle-kurzbeschreibung: promises that name no
 * shipping or returns, "Kostenlose Gravur auf Wunsch"). */
#define OFFER_BOX_LEVELS 3
static void drop_offer_lines(al_dom *dom, int box, int h, const label_set *labels, int level)
{
    for (int c = box + 1; c < dom->nodes[box].end; c = dom->nodes[c].end) {
        char *text;
        bool prose;
        const char *prop;

        if ((dom->nodes[c].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || (h >= c && h < dom->nodes[c].end))
            continue;
        if ((prop = al_dom_attr(dom, c, "itemprop")) && al_text_casestr(prop, "description"))
            continue;
        text = al_dom_text(dom, c, true);
        prose = text && ends_sentence(text) && al_text_words(text) >= PROSE_MIN_WORDS &&
                !names_panel(text, labels);
        free(text);
        if (!prose && !holds_description(dom, c))
            drop(dom, c);
        else if (!prose && level < OFFER_BOX_LEVELS)
            drop_offer_lines(dom, c, h, labels, level + 1);
    }
}

static void drop_buy_box(al_dom *dom, const label_set *labels)
{
    int h = -1, box;

    for (int i = dom->body + 1; i < dom->nodes[dom->body].end && h < 0; i++)
        if (!(dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) && dom->nodes[i].tag == GUMBO_TAG_H1 &&
            dom->nodes[i].text_len > 0)
            h = i;                      /* the product's name: a logo's <h1> holds a picture only */
    if (h < 0)
        return;
    drop_banners(dom, h, labels);
    for (box = dom->nodes[h].parent; box > dom->body && !has_control(dom, box); box = dom->nodes[box].parent)
        ;
    if (box <= dom->body)
        return;
    if (dom->nodes[box].text_len > dom->nodes[h].text_len + BUY_BOX_MAX_CHARS ||
        al_score_holds_article(dom, box)) {
        drop_offer_run(dom, box, h, labels);
        return;
    }
    drop_offer_lines(dom, box, h, labels, 0);
}

/* Reviews by their shape, whatever the class names: a box with
 * STAR_REVIEWS_MIN children or more whose text opens with a rating drawn
 * in STAR_RUN_MIN stars or more (U+2605 "★", U+2606 "☆", U+2B50 "⭐"),
 * which hold STAR_REVIEWS_SHARE of the box's text at least: the box is
 * the reviews' section, their heading, average and "see all" link with
 * them. */
#define STAR_REVIEWS_MIN 2
#define STAR_RUN_MIN 3
#define STAR_REVIEWS_SHARE 0.5

static bool opens_with_stars(const al_dom *dom, int i)
{
    char *text = al_dom_text(dom, i, true);
    const char *p = text;
    int stars = 0;

    while (p && *p == ' ')
        p++;
    while (p && (!strncmp(p, "\xE2\x98\x85", 3) || !strncmp(p, "\xE2\x98\x86", 3) ||
                 !strncmp(p, "\xE2\xAD\x90", 3))) {
        stars++;
        p += 3;
    }
    free(text);
    return stars >= STAR_RUN_MIN;
}

static void drop_star_reviews(al_dom *dom)
{
    for (int i = dom->body + 1; i < dom->nodes[dom->body].end; i++) {
        unsigned inside = 0;
        int n = 0;

        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || dom->nodes[i].text_len == 0)
            continue;
        for (int c = i + 1; c < dom->nodes[i].end; c = dom->nodes[c].end)
            if (!(dom->nodes[c].flags & (AL_NODE_TEXT | AL_NODE_DROP)) && opens_with_stars(dom, c)) {
                n++;
                inside += dom->nodes[c].text_len;
            }
        if (n >= STAR_REVIEWS_MIN && inside >= STAR_REVIEWS_SHARE * dom->nodes[i].text_len &&
            !holds_description(dom, i) && !al_score_holds_article(dom, i)) {
            drop(dom, i);
            i = dom->nodes[i].end - 1;
        }
    }
}

/* A purchase option's panel: a box that opens with a toggle or a heading
 * (box_of_label), of at most ADDON_MAX_WORDS words, whose text names a
 * price (a number beside a currency, appeal.c's measure), and that holds
 * a form control of its own besides the toggle or sits in the buy
 * column (an ancestor holds the title <h1> and a purchase control). An
 * option that adds a price to the purchase ("Add initials or a short
 * date to the base for $12.") belongs to the offer, not to the
 * description, whatever its label says; the description's own care or
 * usage panel names no price (tests/pages/b28-en-us-shop-walnut-pourover-
 * stand, read without its class names). */
#define ADDON_MAX_WORDS 40

static bool control_besides(const al_dom *dom, int i, int t)
{
    for (int j = i; j < dom->nodes[i].end; j++) {
        GumboTag g = dom->nodes[j].tag;
        if (j == t) {
            j = dom->nodes[t].end - 1;
            continue;
        }
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) &&
            (g == GUMBO_TAG_INPUT || g == GUMBO_TAG_SELECT || g == GUMBO_TAG_TEXTAREA || g == GUMBO_TAG_BUTTON))
            return true;
    }
    return false;
}

static bool in_buy_column(const al_dom *dom, int i, int h)
{
    for (int a = dom->nodes[i].parent; a > dom->body; a = dom->nodes[a].parent)
        if (h > a && h < dom->nodes[a].end)
            return has_control(dom, a);
    return false;
}

static bool is_addon_panel(const al_dom *dom, int i, int t, int h)
{
    al_appeal_features f = { 0 };
    char *text;

    if (!box_of_label(dom, i, t) || holds_description(dom, i) || al_score_holds_article(dom, i))
        return false;
    if (!control_besides(dom, i, t) && (h < 0 || !in_buy_column(dom, i, h)))
        return false;
    if (!(text = al_dom_text(dom, i, true)))
        return false;
    if (al_text_words(text) <= ADDON_MAX_WORDS)
        al_appeal_measure(text, &f);
    free(text);
    return f.money > 0;
}

/* The product's photos: a box of PICTURE_BOX_MIN_IMAGES pictures or more
 * with at most PICTURE_BOX_MAX_CHARS characters of text (a zoom button's
 * "Ingrandisci", no caption of a sentence), no heading and not the
 * description, the largest such box. A listener hears none of it; left
 * in, its pictures make the cleaning take the box around it for a
 * gallery, and with it the title and the short description beside them
 * (tests/pages/es-tienda-aceitera-descripcion-corta). */
#define PICTURE_BOX_MIN_IMAGES 2
#define PICTURE_BOX_MAX_CHARS 40

static void drop_picture_boxes(al_dom *dom)
{
    for (int i = dom->body + 1; i < dom->nodes[dom->body].end; i++) {
        const al_node *n = &dom->nodes[i];
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->g->type != GUMBO_NODE_ELEMENT)
            continue;
        if (n->img_count < PICTURE_BOX_MIN_IMAGES)
            i = n->end - 1;
        else if (n->text_len <= PICTURE_BOX_MAX_CHARS && n->heading_count == 0 &&
                 !holds_description(dom, i)) {
            drop(dom, i);
            i = n->end - 1;
        }
    }
}

int al_product_drop(al_dom *dom)
{
    label_set labels;
    int i, tabs = 0, err, h = -1;

    if (dom->body < 0 || !is_product_page(dom))
        return 0;
    if ((err = labels_load(&labels)) < 0) {
        labels_free(&labels);
        return err;
    }
    al_dom_sum(dom, AL_NODE_DROP);
    for (i = dom->body + 1; i < dom->nodes[dom->body].end && h < 0; i++)
        if (!(dom->nodes[i].flags & AL_NODE_TEXT) && dom->nodes[i].tag == GUMBO_TAG_H1 &&
            dom->nodes[i].text_len > 0)
            h = i;                      /* the product's name, not a logo's picture */
    /* tab links first, dropped ones too: a tab bar is a list of in-page
     * links, which furniture.c drops as a table of contents */
    for (i = dom->body + 1; i < dom->nodes[dom->body].end && tabs < MAX_TAB_LINKS; i++) {
        al_node *n = &dom->nodes[i];

        if (!(n->flags & AL_NODE_TEXT) &&
            (n->tag == GUMBO_TAG_A || n->tag == GUMBO_TAG_BUTTON || al_dom_attr(dom, i, "aria-controls")) &&
            tab_target(dom, i) && is_panel_label(dom, i, &labels)) {
            tabs++;
            drop_tab_panel(dom, i);
        }
    }
    for (i = dom->body + 1; i < dom->nodes[dom->body].end; i++) {
        al_node *n = &dom->nodes[i];
        int t;

        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->g->type != GUMBO_NODE_ELEMENT || holds_description(dom, i))
            continue;
        if ((is_offer_or_review_markup(dom, i) && !al_score_holds_article(dom, i)) ||
            ((value_has_part(al_dom_attr(dom, i, "class"), class_words) ||
              value_has_part(al_dom_attr(dom, i, "id"), class_words)) && !al_score_holds_article(dom, i))) {
            drop(dom, i);
            i = n->end - 1;
            continue;
        }
        if ((t = first_element(dom, i)) >= 0 && is_toggle(dom, t) &&
            ((is_panel_label(dom, t, &labels) && box_of_label(dom, i, t)) || is_addon_panel(dom, i, t, h))) {
            drop(dom, i);
            i = n->end - 1;
            continue;
        }
        if (is_heading(n->tag) && n->tag != GUMBO_TAG_H1 && is_panel_label(dom, i, &labels)) {
            drop_heading_section(dom, i);
            i = n->end - 1;
            continue;
        }
    }
    drop_buy_box(dom, &labels);
    drop_star_reviews(dom);
    drop_picture_boxes(dom);
    labels_free(&labels);
    return 1;
}
