/*
 * fuzz_feed.c - libFuzzer target for RSS and Atom feeds (src/page/feed.c).
 *
 * Feeds are untrusted XML read by libxml2 in-process. Whatever the input,
 * the sniffer and the parser must not crash, leak or hang, and a parsed
 * feed keeps its promises: every title and link valid UTF-8 without
 * control characters (they reach terminals and file names), every date
 * ISO 8601 in UTC, dated items newest first and before undated ones.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "feed.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_date(const char *d)
{
    size_t i;

    if (strlen(d) != 20 || d[4] != '-' || d[7] != '-' || d[10] != 'T' || d[19] != 'Z')
        fuzz_fail("not an ISO 8601 UTC date", d, 0);
    for (i = 0; i < 19; i++)
        if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16 && (d[i] < '0' || d[i] > '9'))
            fuzz_fail("not an ISO 8601 UTC date", d, i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *xml = malloc(size + 1);
    aloud_feed *feed = NULL;
    const aloud_feed_item *items;
    size_t n, i;

    if (!xml)
        return 0;
    memcpy(xml, data, size);
    xml[size] = '\0';
    (void)al_feed_sniff(xml, size, NULL);
    (void)al_feed_sniff(xml, size, "application/rss+xml");
    if (al_feed_parse(&feed, xml, size, "https://news.example/feed/", "fuzz.xml") == ALOUD_OK) {
        if (aloud_feed_title(feed))
            fuzz_check_clean(aloud_feed_title(feed), false, "feed title");
        items = aloud_feed_items(feed, &n);
        for (i = 0; i < n; i++) {
            if (items[i].title)
                fuzz_check_clean(items[i].title, false, "item title");
            if (items[i].link)
                fuzz_check_clean(items[i].link, false, "item link");
            if (items[i].published) {
                check_date(items[i].published);
                if (i > 0 && !items[i - 1].published)
                    fuzz_fail("a dated item after an undated one", items[i].published, 0);
                if (i > 0 && items[i - 1].published &&
                    strcmp(items[i - 1].published, items[i].published) < 0)
                    fuzz_fail("items not newest first", items[i].published, 0);
            }
        }
        aloud_feed_free(feed);
    }
    free(xml);
    return 0;
}
