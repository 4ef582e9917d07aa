/*
 * score.h - measures on the flat DOM shared by the extraction passes
 * (private). score.c depends on nothing else in extract/.
 */
#ifndef ALOUD_SCORE_H
#define ALOUD_SCORE_H

#include "dom.h"

/** Recompute subtree sums, not counting nodes with any of the flags in MASK. */
void al_dom_sum(al_dom *dom, unsigned mask);
/** Class/id weight of node I: -25 per negative hint, +25 per positive; an id
 *  that is its heading's anchor (al_score_heading_anchor) is no hint. */
int al_score_class_weight(const al_dom *dom, int i);
/** True when node I's id spells the words of the heading that is its first
 *  element child: "example-1-amend-a-shared-changeset", three words or more. */
bool al_score_heading_anchor(const al_dom *dom, int i);
/** True when node I holds at least half of the page's paragraph text. */
bool al_score_holds_article(const al_dom *dom, int i);
/** True when the div I holds no block (dropped and unlikely ones aside): a paragraph. */
bool al_score_div_is_paragraph(const al_dom *dom, int i);
/** True when FOLDED (lower-cased) contains any of the NULL-terminated WORDS. */
bool al_score_has_word(const char *folded, const char *const *words);

#endif /* ALOUD_SCORE_H */
