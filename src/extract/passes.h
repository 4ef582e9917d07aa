/*
 * passes.h - the extraction passes that extract.c runs in turn (private).
 *
 * Each pass depends only on items.h, score.h, lexicon.h and the passes
 * listed below it, never on extract.c: the call graph is a tree.
 *
 *   collect.c     walks the kept nodes and emits items
 *   furniture.c   drops what is for the eye only (contents, footnotes)
 *   recipe.c      marks a recipe page's recipe card
 *   product.c     drops a product page's offer, shipping and reviews;
 *                 says what type of thing a page declares it is
 *   standfirst.c  keeps the subtitle under the title and the lead picture's caption
 *   front.c       reads a page of story cards as a digest of its stories
 *   boilerplate.c drops junk items by their neighbours (sections, edges)
 *   blocks.c      judges one item by its words, shape and class name
 *   langguess.c   the language of a page that declares none, or declares the
 *                 template's and not the article's
 */
#ifndef ALOUD_PASSES_H
#define ALOUD_PASSES_H

#include "items.h"
#include "meta.h"
#include "score.h"

/* Relaxations tried when the strict pass finds too little (as Readability's flags). */
enum {
    AL_EXTRACT_STRIP_UNLIKELY = 1u << 0,
    AL_EXTRACT_WEIGHT_CLASSES = 1u << 1,
    AL_EXTRACT_CLEAN_CONDITIONALLY = 1u << 2,
    AL_EXTRACT_ALL = 7u
};

/* collect.c */
/** Emit the items of the KEEP nodes in document order; TOP is the chosen
 *  candidate, never dropped as chrome itself. */
int al_collect(al_items *out, al_dom *dom, unsigned flags, int top);

/* furniture.c */
/** Mark DROP what is for the eye only: tables of contents, footnote marks and notes, "[edit]" labels. */
int al_furniture_drop(al_dom *dom);

/* recipe.c */
/** On a page that declares a Recipe, mark AL_NODE_RECIPE the recipe card(s):
 *  their times, notes and headings are the recipe's, not chrome.
 *  Returns the number of cards marked. */
int al_recipe_mark(al_dom *dom);
/* al_recipe_in_card's cache: not asked yet, or the page declares no Recipe. */
#define AL_RECIPE_UNKNOWN (-2)
#define AL_RECIPE_UNDECLARED (-3)
/** Is node I inside a recipe card (by markup or by shape, as al_recipe_mark
 *  finds it) on a page that declares a Recipe? *CACHE starts at
 *  AL_RECIPE_UNKNOWN and keeps the page's answers between calls. */
bool al_recipe_in_card(const al_dom *dom, int i, int *cache);

/* product.c */
/** Does the page declare, in JSON-LD (@type, in @graph too) or microdata
 *  (itemtype), a thing of one of TYPES (NULL-terminated: "Recipe")? */
bool al_page_declares(const al_dom *dom, const char *const *types);
/** Does the page declare a ClaimReview (a fact check)? Asked per block:
 *  DOM's claim_review when al_extract set it, else al_page_declares. */
bool al_page_claim_review(const al_dom *dom);

/** Does the itemtype value V name one of TYPES ("https://schema.org/Recipe")? */
bool al_itemtype_in(const char *v, const char *const *types);
/** Mark AL_NODE_PAID the elements that the page's JSON-LD declares a part
 *  of the article that is not free (isAccessibleForFree false, with a
 *  cssSelector of classes and ids). Returns the number marked. */
int al_paid_mark(al_dom *dom);
/** On a product page, mark DROP its offer, shipping and returns panels and
 *  customer reviews. Returns 1 on a product page, 0 on another, or an error. */
int al_product_drop(al_dom *dom);

/* standfirst.c */
/** Keep the subtitle under the title (KEEP|LEAD), from the nodes not flagged SKIP. */
void al_standfirst_gather(al_dom *dom, const al_meta *meta, unsigned skip);
/** Read the lead picture's caption, between the title and the body, as a
 *  caption (KEEP or HOLDS_LEAD, and CAPTION), when it is the article's own. */
void al_lead_caption_gather(al_dom *dom, const al_meta *meta, unsigned skip);
/** Keep the captions of the pictures inside the article (HOLDS_LEAD and
 *  CAPTION), whatever their blocks' class weight says. */
void al_body_captions_keep(al_dom *dom, unsigned skip);

/* front.c */
/**
 * Read the page as a front: OUT gets a heading and a summary per story.
 * A headline links to another page than PAGE_URL (the canonical URL, or
 * NULL). Returns the number of stories (0, OUT empty, when there are too
 * few to make a digest) or an error.
 */
int al_front_digest(al_items *out, al_dom *dom, const char *page_url);
/** The share of ARTICLE's spoken text that lies in DIGEST's summaries (0..1). */
double al_front_coverage(const al_items *article, const al_items *digest, const al_dom *dom);
/** True when ITEMS hold prose: a paragraph of 20 words or more, not a link. */
bool al_front_has_prose(const al_items *items);

/* boilerplate.c */
/** Mark as junk the items a listener must not hear. */
void al_boilerplate_filter(al_items *items, const al_dom *dom, const al_meta *meta);

/* blocks.c */
/** True when the class/id of node I names page chrome (share, cookie, newsletter...). */
bool al_boilerplate_class(const al_dom *dom, int i);
/** True when node I is an embedded post's card (a head with a handle over the post's
 *  text) or that text: what a story quotes, not a share widget. */
bool al_block_embedded_post(const al_dom *dom, int i);
/** True when all the text of block node I is bold (it is <b>/<strong>, or one inside holds it all). */
bool al_block_all_bold(const al_dom *dom, int i);
/** True when heading IT is the title of a gallery of pictures, above its first picture. */
bool al_gallery_heading(const al_item *it, const al_dom *dom);
/** True when item IT (KEY its al_text_key) is chrome by its own words and shape. */
bool al_block_is_junk(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom);
/** Is IT (KEY its al_text_key) the time stamp of a live entry with no heading, among
 *  sibling entries that show one too: read, as what tells one entry from the next? */
bool al_block_entry_stamp(const al_item *it, const char *key, const al_dom *dom);
/** For tests: the name of the junk rule (blocks.c's table) that fires on IT, or NULL. */
const char *al_block_junk_rule(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom);
/** For tests: the number of rows in the junk-rule table. */
size_t al_block_junk_rule_count(void);
/** For tests: row K's name, reason and fixture (borrowed); false when K is past the end. */
bool al_block_junk_rule_row(size_t k, const char **name, const char **reason, const char **fixture);
/** Does IT ask for money, a subscription or a share? Cached in IT->appeal. */
bool al_block_is_appeal(al_item *it);
/** Does KEY (a text key) hold a word or phrase of language TABLE ("word*": a word's start)? */
bool al_block_key_has_table_word(const char *key, const char *table);
/** Are TEXT's words a reader's letter's signature ("Marie, de Nantes")? */
bool al_block_letter_signature(const char *text);
/** Does S end as a sentence: ".", "!" or "?" last, before closing quotes or brackets? */
bool al_block_ends_sentence(const char *s);
/* Do the N bytes at F hold the page's own date, PUBLISHED's year and day
 * as numbers ("18 May 2026, 11:20" for 2026-05-18)? */
bool al_block_own_date(const char *f, size_t n, const char *published);
/* Has S a sentence's stop ('!', '?', a full stop that ends a word)? */
bool al_block_sentence_stop(const char *s);
/** Is TEXT a slideshow counter ("Image 1 of 12"; with SLASH, in a slide: "3 / 10") and nothing else? */
bool al_block_slide_counter(const char *text, bool slash);
/** Is TEXT a score, a number out of 5, 10 or 100, alone or after a short label ("Ocena: 8/10")? */
bool al_block_is_score(const char *text);
/** Is TEXT a rating: stars drawn as text ("★★★★☆") or a score (al_block_is_score)? */
bool al_block_is_rating(const char *text);
/** The element that holds all of IT's text and no more: IT's own node, or,
 *  when IT is one line of a larger container (an old layout's cell split
 *  by <br><br>), the one element inside that wraps that line alone; -1 for none. */
int al_block_run_element(const al_dom *dom, const al_item *it);
/** Is IT an appeal by what it does (appeal.c: reader, request, price...)? */
bool al_block_is_appeal_by_features(const al_item *it);

#endif /* ALOUD_PASSES_H */
