/*
 * feed.h - RSS and Atom feeds (private; the public API is aloud/feed.h).
 */
#ifndef ALOUD_PAGE_FEED_H
#define ALOUD_PAGE_FEED_H

#include "aloud/feed.h"
#include "util.h"

/** Is DATA (LEN bytes, served as CONTENT_TYPE, which may be NULL) a feed:
 *  an RSS or Atom content type, or <rss>, <feed> or <rdf:RDF> as its first
 *  element? */
bool al_feed_sniff(const char *data, size_t len, const char *content_type);

/** Parse DATA as a feed fetched from URL (relative links resolve against
 *  it; may be NULL). Errors name NAME. */
int al_feed_parse(aloud_feed **out, const char *data, size_t len, const char *url,
                  const char *name);

#endif /* ALOUD_PAGE_FEED_H */
