/*
 * meta.h - article metadata from meta tags, JSON-LD and markup (private).
 */
#ifndef ALOUD_META_H
#define ALOUD_META_H

#include "dom.h"

typedef struct {
    char *title;
    char *byline;
    char *byline_org;     /* a byline that names no person (a newsroom, an agency, the site):
                             never said, but its line in the body is chrome */
    char *byline_none;    /* a CMS's placeholder or role where the name would be ("Guest Author"):
                             no one's name, never said; its line in the body is chrome too */
    char *site_name;
    char *published;      /* ISO 8601 */
    char *lang;
    char *url;            /* canonical */
    char *image;          /* og:image and kin, an absolute http(s) URL */
    char *ld_image;       /* JSON-LD's image as given (before resolving) */
    char *ld_body;        /* JSON-LD articleBody, a hint for extraction */
    char *ld_text;        /* the same as given (its lines kept): read when the markup holds no article */
    char *ld_org_author;  /* JSON-LD's one author typed as an organisation, the site itself too */
    char *person_author;  /* the one author the page types as a person (JSON-LD or microdata) */
    char *ld_page_date;   /* JSON-LD's datePublished of an object typed WebPage, a fallback */
    char *description;    /* og:description, JSON-LD's description or <meta name=description> */
} al_meta;

/**
 * Read metadata. CONTENT_LANGUAGE (HTTP header) and SOURCE_URL may be NULL.
 * Every string is normalised (no control characters). Returns ALOUD_OK or
 * ALOUD_ERROR (out of memory).
 */
int al_meta_extract(al_meta *m, const al_dom *dom, const char *content_language,
                    const char *source_url);
void al_meta_free(al_meta *m);

/** Read the date the page shows under its title once more, when M has
 * none, now that M->lang is known: a page that declares no language is
 * guessed one after extraction, and "02/12/2026" is read only in a
 * language that writes the day first. */
void al_meta_read_shown_date(al_meta *m, const al_dom *dom);

/** Is TEXT a byline's label alone ("Escrito por", "Written by:"): a whole
 * entry of [page.byline_prefix], its colon aside, and nothing more? */
bool al_byline_label_alone(const char *text);

/** Does TEXT join two names or more (by a comma, "/", "&" or a word of
 * [page.byline_joiner]), each the site, a newsroom, a news agency or a web
 * address's name: a sign-off that names no person ("red,
 * ORF.at/Agenturen", "Redaktion/dpa", "Le Monde avec AFP")? Or does it
 * open with such a joiner and then name only them ("With AAP")? */
bool al_meta_joins_organisations(const al_meta *m, const al_dom *dom, const char *text);

/** A card's bio beside the person's portrait is read up to this much text. */
#define AL_CARD_PORTRAIT_BIO_CHARS 2000

/** Does the box around BOX (its parent) hold an <img> whose alt text is
 * NAME: a card with the person's portrait? */
bool al_card_portrait(const al_dom *dom, int box, const char *name);

/** Does HREF (relative links resolved against PAGE_URL) lead to PAGE_URL
 * itself: the same host, "www." aside, and path, a last "/" aside, and
 * the same query unless HREF has a fragment (a live blog's permalink
 * "?page=with:block-1#block-1" is a place on the page)? False when
 * PAGE_URL is NULL. */
bool al_href_same_page(const char *href, const char *page_url);

/** Is heading H a live blog entry's link to itself where the page gives
 * no address to compare with: every link in it has a fragment
 * ("/live/storm#post-123"), and its entry (its <article>, else its
 * parent) shows a <time> and no picture, as a teaser card shows one
 * (tests/pages/de-liveblog-ohne-adresse)? */
bool al_heading_entry_permalink(const al_dom *dom, int h);

/** Is heading H1 a short label (an inline element of two words at most,
 * "Premium", "WIDEO") and then TITLE's words, the label's words none of
 * TITLE's: a badge printed before the headline, no part of it
 * (tests/pages/b35-nl-premium-dijk-redactie-anp)? */
bool al_h1_label_then_title(const al_dom *dom, int h1, const char *title);

#endif /* ALOUD_META_H */
