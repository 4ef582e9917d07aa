/*
 * aloud/feed.h - news feeds (RSS 2.0, RSS 1.0, Atom) as lists of articles.
 *
 * aloud_article_load() refuses a feed with ALOUD_EFEED: a feed is a list
 * of articles, not one. aloud_feed_load() reads it: the feed's title and
 * its items, newest first, each with its link, title, date and, when the
 * feed carries it, the item's own HTML (RSS content:encoded or
 * description, Atom content or summary), which a reader can fall back on
 * when the linked page cannot be read.
 */
#ifndef ALOUD_FEED_H
#define ALOUD_FEED_H

#include <stddef.h>

#include "common.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A feed, from aloud_feed_load(); free with aloud_feed_free(). */
typedef struct aloud_feed aloud_feed;

/** One item of a feed. Strings are UTF-8 and owned by the feed. */
typedef struct {
    const char *title;       /* or NULL */
    const char *link;        /* the article's URL, or NULL */
    const char *published;   /* ISO 8601 ("2024-11-05T08:00:00Z"), or NULL */
    const char *html;        /* the item's own HTML body, or NULL */
} aloud_feed_item;

/**
 * Fetch SOURCE (URL, file, or "-") with OPTS (may be NULL) and read it as
 * a feed.
 *
 * @param out  receives the feed; free it with aloud_feed_free()
 * @return ALOUD_OK; a fetch error as aloud_article_load() gives; or
 *         ALOUD_ENOTHTML when SOURCE is not an RSS or Atom feed (the
 *         message says what it is)
 */
ALOUD_EXPORT int aloud_feed_load(aloud_feed **out, const char *source,
                                 const aloud_load_options *opts);

/** The feed's title, or NULL. */
ALOUD_EXPORT const char *aloud_feed_title(const aloud_feed *feed);

/** The items, newest first (items without a date keep the feed's order,
 *  after the dated ones); *COUNT receives their number. */
ALOUD_EXPORT const aloud_feed_item *aloud_feed_items(const aloud_feed *feed, size_t *count);

ALOUD_EXPORT void aloud_feed_free(aloud_feed *feed);

#ifdef __cplusplus
}
#endif

#endif /* ALOUD_FEED_H */
