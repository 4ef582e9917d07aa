/*
 * feed.c - RSS 2.0, RSS 1.0 and Atom feeds read with libxml2.
 *
 * A feed is recognised by its Content-Type (application/rss+xml,
 * atom+xml, rdf+xml) or by its first element (<rss>, <feed>, <rdf:RDF>
 * after an XML declaration and comments), never by its URL. It is parsed
 * by libxml2 without the network (XML_PARSE_NONET), without substituting
 * entities (so no external entity is read and libxml2's own amplification
 * limits apply), in recovery mode for the sloppy feeds the web serves.
 * The size is bounded by the fetch's --max-size.
 *
 * Every item keeps what a reader needs: its link (relative links resolved
 * against the feed's URL with libcurl's URL parser), title, date (RFC 822
 * or ISO 8601, given back as ISO 8601 in UTC) and its own HTML when the
 * feed carries it. Items are sorted newest first.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <curl/curl.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "feed.h"
#include "fetch.h"

struct aloud_feed {
    char *title;
    aloud_feed_item *items;
    time_t *times;           /* per item, 0 when undated */
    size_t count, cap;
};

/* ---- sniffing ------------------------------------------------------------- */

static bool starts_with_tag(const char *p, const char *end, const char *tag)
{
    size_t n = strlen(tag);

    return (size_t)(end - p) > n + 1 && p[0] == '<' && strncmp(p + 1, tag, n) == 0 &&
           (p[n + 1] == '>' || isspace((unsigned char)p[n + 1]) || p[n + 1] == '/');
}

bool al_feed_sniff(const char *data, size_t len, const char *content_type)
{
    const char *p = data, *end = data + (len < 4096 ? len : 4096);

    if (content_type && (al_text_casestr(content_type, "rss+xml") ||
                         al_text_casestr(content_type, "atom+xml") ||
                         al_text_casestr(content_type, "rdf+xml")))
        return true;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (;;) {
        while (p < end && isspace((unsigned char)*p))
            p++;
        if (end - p >= 2 && (memcmp(p, "<?", 2) == 0 || memcmp(p, "<!", 2) == 0)) {
            const char *close = memchr(p, '>', (size_t)(end - p));
            if (!close)
                return false;
            p = close + 1;
            continue;
        }
        break;
    }
    return starts_with_tag(p, end, "rss") || starts_with_tag(p, end, "feed") ||
           starts_with_tag(p, end, "rdf:RDF");
}

/* ---- dates ---------------------------------------------------------------- */

static int month_of(const char *s)
{
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    int i;

    for (i = 0; i < 12; i++)
        if (strncasecmp(s, names + 3 * i, 3) == 0)
            return i;
    return -1;
}

/* Seconds east of UTC of an RFC 822 zone ("+0100", "GMT", "EST"). */
static long zone_of(const char *z)
{
    static const struct { const char *name; int hours; } zones[] = {
        { "EST", -5 }, { "EDT", -4 }, { "CST", -6 }, { "CDT", -5 },
        { "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 },
    };
    size_t i;

    while (*z == ' ')
        z++;
    if ((*z == '+' || *z == '-') && isdigit((unsigned char)z[1])) {
        long v = strtol(z + 1, NULL, 10);
        if (strchr(z, ':'))                            /* "+01:00" */
            v = v * 100 + strtol(strchr(z, ':') + 1, NULL, 10);
        return (*z == '-' ? -1 : 1) * ((v / 100) * 3600 + (v % 100) * 60);
    }
    for (i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
        if (strncasecmp(z, zones[i].name, 3) == 0)
            return zones[i].hours * 3600L;
    return 0;                                          /* GMT, UT, Z, unknown */
}

/* "Tue, 05 Nov 2024 08:00:00 +0000" or "2024-11-05T08:00:00+01:00" as a
 * time, or 0 when it is neither. */
static time_t parse_date(const char *s)
{
    struct tm tm;
    int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
    char mon[4];
    const char *rest;

    memset(&tm, 0, sizeof(tm));
    while (s && isspace((unsigned char)*s))
        s++;
    if (!s || !*s)
        return 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) == 3) {
        rest = s + n;
        if ((*rest == 'T' || *rest == ' ') &&
            sscanf(rest + 1, "%2d:%2d%n", &h, &mi, &n) == 2) {
            rest += 1 + n;
            if (*rest == ':' && sscanf(rest + 1, "%2d%n", &sec, &n) == 1)
                rest += 1 + n;
            while (*rest == '.' || isdigit((unsigned char)*rest))
                rest++;
        }
        mo -= 1;
    } else {
        const char *p = strchr(s, ',') ? strchr(s, ',') + 1 : s;
        if (sscanf(p, " %d %3s %d %d:%d%n", &d, mon, &y, &h, &mi, &n) != 5)
            return 0;
        rest = p + n;
        if (*rest == ':' && sscanf(rest + 1, "%2d%n", &sec, &n) == 1)
            rest += 1 + n;
        if ((mo = month_of(mon)) < 0)
            return 0;
        if (y < 100)
            y += y < 70 ? 2000 : 1900;
    }
    if (y < 1970 || y > 9999 || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 ||
        sec > 60)
        return 0;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = sec;
    return timegm(&tm) - zone_of(rest);
}

/* ---- building ------------------------------------------------------------- */

static bool is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static bool in_ns(const xmlNode *n, const char *href)
{
    return n->ns && n->ns->href && strcmp((const char *)n->ns->href, href) == 0;
}

static char *text_of(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = NULL, *a, *b;

    if (c) {
        s = al_strdup((const char *)c);
        xmlFree(c);
    }
    if (!s)
        return NULL;
    for (a = s; isspace((unsigned char)*a); a++)       /* trimmed */
        ;
    memmove(s, a, strlen(a) + 1);
    for (b = s + strlen(s); b > s && isspace((unsigned char)b[-1]); b--)
        ;
    *b = '\0';
    if (!*s) {
        free(s);
        return NULL;
    }
    return s;
}

/* LINK resolved against BASE (when BASE is a URL), as a new string. */
static char *resolve(const char *base, const char *link)
{
    CURLU *u;
    char *out = NULL, *s;

    if (!link)
        return NULL;
    if (!base || !al_fetch_is_url(base) || !(u = curl_url()))
        return al_strdup(link);
    if (curl_url_set(u, CURLUPART_URL, base, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, link, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK) {
        out = al_strdup(s);
        curl_free(s);
    }
    curl_url_cleanup(u);
    return out ? out : al_strdup(link);
}

/* Plain text as HTML paragraphs (an Atom text construct, an RSS
 * description without markup). */
static char *text_as_html(const char *t)
{
    al_buf b = AL_BUF_INIT;

    al_buf_puts(&b, "<p>");
    for (; *t; t++) {
        switch (*t) {
        case '<': al_buf_puts(&b, "&lt;"); break;
        case '>': al_buf_puts(&b, "&gt;"); break;
        case '&': al_buf_puts(&b, "&amp;"); break;
        case '\n':
            if (t[1] == '\n') {
                al_buf_puts(&b, "</p><p>");
                while (t[1] == '\n')
                    t++;
                break;
            }
            al_buf_putc(&b, ' ');
            break;
        default: al_buf_putc(&b, *t);
        }
    }
    al_buf_puts(&b, "</p>");
    return al_buf_detach(&b);
}

static int add_item(aloud_feed *f, const xmlNode *item, bool atom, const char *base)
{
    aloud_feed_item it = { 0 };
    char *link = NULL, *date = NULL, *content = NULL, *summary = NULL, *guid = NULL;
    bool content_text = false, summary_text = false;
    const xmlNode *c;

    for (c = item->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "title") && !it.title) {
            it.title = text_of(c);
        } else if (is(c, "link") && !link) {
            if (atom) {
                xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
                xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
                if (href && (!rel || strcmp((const char *)rel, "alternate") == 0))
                    link = al_strdup((const char *)href);
                xmlFree(rel);
                xmlFree(href);
            } else {
                link = text_of(c);
            }
        } else if (is(c, "guid") && !guid) {
            xmlChar *perma = xmlGetProp(c, (const xmlChar *)"isPermaLink");
            if (!perma || strcmp((const char *)perma, "false") != 0)
                guid = text_of(c);
            xmlFree(perma);
        } else if (is(c, "pubDate") || is(c, "published") || is(c, "date")) {
            free(date);                             /* these win over <updated> */
            date = text_of(c);
        } else if (is(c, "updated") && !date) {
            date = text_of(c);
        } else if ((is(c, "encoded") && in_ns(c, "http://purl.org/rss/1.0/modules/content/")) ||
                   (atom && is(c, "content"))) {
            xmlChar *type = atom ? xmlGetProp(c, (const xmlChar *)"type") : NULL;
            free(content);
            content = text_of(c);
            content_text = atom && (!type || strcmp((const char *)type, "text") == 0 ||
                                    strcmp((const char *)type, "xhtml") == 0);
            xmlFree(type);
        } else if ((!atom && is(c, "description")) || (atom && is(c, "summary"))) {
            xmlChar *type = atom ? xmlGetProp(c, (const xmlChar *)"type") : NULL;
            free(summary);
            summary = text_of(c);
            summary_text = atom && (!type || strcmp((const char *)type, "html") != 0);
            xmlFree(type);
        }
    }
    if (!link && guid && al_fetch_is_url(guid))
        link = al_strdup(guid);
    it.link = resolve(base, link);
    if (it.title) {                     /* what the feed says goes to terminals */
        char *clean = al_text_sanitize(it.title);
        free((char *)it.title);
        it.title = clean;
    }
    if (it.link) {
        char *clean = al_text_sanitize(it.link);
        free((char *)it.link);
        it.link = clean;
    }
    if (content) {
        it.html = content_text ? text_as_html(content) : al_strdup(content);
    } else if (summary) {
        it.html = summary_text ? text_as_html(summary) : al_strdup(summary);
    }
    if (f->count == f->cap) {
        size_t cap = f->cap ? 2 * f->cap : 16;
        aloud_feed_item *items = realloc(f->items, cap * sizeof(*items));
        time_t *times = items ? realloc(f->times, cap * sizeof(*times)) : NULL;
        if (items)
            f->items = items;
        if (!items || !times) {
            free((char *)it.title);
            free((char *)it.link);
            free((char *)it.html);
            free(link);
            free(guid);
            free(date);
            free(content);
            free(summary);
            return al_error_oom();
        }
        f->times = times;
        f->cap = cap;
    }
    f->times[f->count] = parse_date(date);
    if (f->times[f->count]) {
        char iso[32];
        struct tm tm;
        gmtime_r(&f->times[f->count], &tm);
        strftime(iso, sizeof(iso), "%Y-%m-%dT%H:%M:%SZ", &tm);
        it.published = al_strdup(iso);
    }
    f->items[f->count++] = it;
    free(link);
    free(guid);
    free(date);
    free(content);
    free(summary);
    return ALOUD_OK;
}

/* Newest first; undated items after the dated ones, in the feed's order. */
static void sort_items(aloud_feed *f)
{
    size_t i, j;

    for (i = 1; i < f->count; i++) {                   /* insertion: stable, small n */
        aloud_feed_item it = f->items[i];
        time_t t = f->times[i];
        for (j = i; j > 0 && t && (!f->times[j - 1] || f->times[j - 1] < t); j--) {
            f->items[j] = f->items[j - 1];
            f->times[j] = f->times[j - 1];
        }
        f->items[j] = it;
        f->times[j] = t;
    }
}

int al_feed_parse(aloud_feed **out, const char *data, size_t len, const char *url,
                  const char *name)
{
    xmlDoc *doc;
    const xmlNode *root, *n, *holder = NULL;
    aloud_feed *f;
    bool atom;
    int err = ALOUD_OK;

    *out = NULL;
    if (len > (size_t)INT32_MAX)
        return al_error_set(ALOUD_ETOOLARGE, "%s: the feed is too large", name);
    doc = xmlReadMemory(data, (int)len, url, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        XML_PARSE_NOCDATA | XML_PARSE_RECOVER);
    if (!doc || !(root = xmlDocGetRootElement(doc))) {
        xmlFreeDoc(doc);
        return al_error_set(ALOUD_ENOTHTML, "%s: not a readable RSS or Atom feed", name);
    }
    atom = is(root, "feed");
    if (is(root, "rss")) {
        for (n = root->children; n && !is(n, "channel"); n = n->next)
            ;
        holder = n;
    } else if (atom || is(root, "RDF")) {
        holder = root;
    }
    if (!holder) {
        xmlFreeDoc(doc);
        return al_error_set(ALOUD_ENOTHTML, "%s: not an RSS or Atom feed (its root is <%s>)",
                            name, (const char *)root->name);
    }
    if (!(f = calloc(1, sizeof(*f)))) {
        xmlFreeDoc(doc);
        return al_error_oom();
    }
    for (n = holder->children; n; n = n->next)
        if (is(n, "title") && !f->title)
            f->title = text_of(n);
    if (is(root, "RDF"))                                /* RSS 1.0: channel's title */
        for (n = root->children; n && !f->title; n = n->next)
            if (is(n, "channel"))
                for (holder = n->children; holder && !f->title; holder = holder->next)
                    if (is(holder, "title"))
                        f->title = text_of(holder);
    if (f->title) {
        char *clean = al_text_sanitize(f->title);
        free(f->title);
        f->title = clean;
    }
    for (n = root->children; n && err == ALOUD_OK; n = n->next) {
        const xmlNode *scope = n;
        if (is(root, "rss")) {
            if (!is(n, "channel"))
                continue;
            for (scope = n->children; scope && err == ALOUD_OK; scope = scope->next)
                if (is(scope, "item"))
                    err = add_item(f, scope, false, url);
        } else if (is(n, atom ? "entry" : "item")) {
            err = add_item(f, n, atom, url);
        }
    }
    xmlFreeDoc(doc);
    if (err < 0) {
        aloud_feed_free(f);
        return err;
    }
    sort_items(f);
    *out = f;
    return ALOUD_OK;
}

/* ---- the conditional-request cache ---------------------------------------- */

/* DIR/<hash of URL>.SUFFIX */
static char *cache_path(const char *dir, const char *url, const char *suffix)
{
    unsigned long long h = 0xcbf29ce484222325ULL;
    const char *p;
    al_buf b = AL_BUF_INIT;

    for (p = url; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 0x100000001b3ULL;
    }
    al_buf_printf(&b, "%s/feed-%016llx.%s", dir, h, suffix);
    return al_buf_detach(&b);
}

static char *slurp(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    al_buf b = AL_BUF_INIT;
    char chunk[8192];
    size_t n;

    if (!f)
        return NULL;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && b.len + n <= max)
        al_buf_put(&b, chunk, n);
    fclose(f);
    if (len)
        *len = b.len;
    return al_buf_detach(&b);
}

static void put_file(const char *path, const char *data, size_t len)
{
    al_buf tmp = AL_BUF_INIT;
    FILE *f;
    bool ok;

    al_buf_printf(&tmp, "%s.tmp", path);
    if (!tmp.data || !(f = fopen(tmp.data, "wb"))) {
        al_buf_free(&tmp);
        return;
    }
    ok = fwrite(data, 1, len, f) == len;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp.data, path) != 0)
        remove(tmp.data);
    al_buf_free(&tmp);
}

/* Fetch URL, asking only for a change when DIR holds a copy; on 304 the
 * copy becomes OUT's body. A new answer with validators is kept. The
 * cache is a help, never a failure: any trouble with it is ignored. */
static int fetch_cached(al_fetched *out, const char *url, const aloud_load_options *opts,
                        const char *dir)
{
    char *body_path = cache_path(dir, url, "xml"), *head_path = cache_path(dir, url, "head");
    char *head = NULL, *etag = NULL, *modified = NULL, *copy = NULL;
    size_t max = opts->max_size ? opts->max_size : (size_t)20 << 20, copy_len = 0;
    int err;

    if (body_path && head_path && (copy = slurp(body_path, max, &copy_len)) &&
        (head = slurp(head_path, 4096, NULL))) {
        char *nl = strchr(head, '\n');
        if (nl) {
            *nl = '\0';
            etag = *head ? head : NULL;
            modified = nl[1] ? nl + 1 : NULL;
            if (modified && (nl = strchr(modified, '\n')))
                *nl = '\0';
        }
    }
    err = al_fetch_url_if(out, url, opts, copy ? etag : NULL, copy ? modified : NULL);
    if (err == ALOUD_OK && out->not_modified && copy) {
        free(out->data);
        out->data = copy;
        out->len = copy_len;
        copy = NULL;
    } else if (err == ALOUD_OK && (out->etag || out->last_modified) && body_path && head_path) {
        al_buf h = AL_BUF_INIT;
        mkdir(dir, 0777);
        al_buf_printf(&h, "%s\n%s\n", out->etag ? out->etag : "",
                      out->last_modified ? out->last_modified : "");
        if (h.data) {
            put_file(body_path, out->data, out->len);
            put_file(head_path, h.data, h.len);
        }
        al_buf_free(&h);
    }
    free(copy);
    free(head);
    free(body_path);
    free(head_path);
    return err;
}

/* ---- the public API ------------------------------------------------------- */

int aloud_feed_load(aloud_feed **out, const char *source, const aloud_load_options *opts)
{
    aloud_load_options defaults = ALOUD_LOAD_OPTIONS_INIT;
    al_fetched fetched = { 0 };
    const char *name;
    int err;

    if (!out || !source || !*source)
        return al_error_set(ALOUD_EINVAL, "no source given");
    *out = NULL;
    AL_CHECK_VERSION(opts, ALOUD_LOAD_OPTIONS_VERSION);
    al_error_clear();
    if (!opts)
        opts = &defaults;
    name = strcmp(source, "-") == 0 ? "<stdin>" : source;
    if (al_fetch_is_url(source) && opts->version >= 2 && opts->feed_cache_dir)
        err = fetch_cached(&fetched, source, opts, opts->feed_cache_dir);
    else
        err = al_fetch_source(&fetched, source, opts);
    if (err < 0)
        goto cleanup;
    if (!al_feed_sniff(fetched.data, fetched.len, fetched.content_type)) {
        err = al_error_set(ALOUD_ENOTHTML, "%s: not an RSS or Atom feed", name);
        goto cleanup;
    }
    err = al_feed_parse(out, fetched.data, fetched.len,
                        fetched.url ? fetched.url : (al_fetch_is_url(source) ? source : NULL),
                        name);
cleanup:
    al_fetched_free(&fetched);
    return err;
}

const char *aloud_feed_title(const aloud_feed *f)
{
    return f ? f->title : NULL;
}

const aloud_feed_item *aloud_feed_items(const aloud_feed *f, size_t *count)
{
    if (count)
        *count = f ? f->count : 0;
    return f ? f->items : NULL;
}

void aloud_feed_free(aloud_feed *f)
{
    size_t i;

    if (!f)
        return;
    for (i = 0; i < f->count; i++) {
        free((char *)f->items[i].title);
        free((char *)f->items[i].link);
        free((char *)f->items[i].published);
        free((char *)f->items[i].html);
    }
    free(f->items);
    free(f->times);
    free(f->title);
    free(f);
}
