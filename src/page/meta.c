/*
 * meta.c - title, byline, site name, date, language, canonical URL and
 * the page's picture (og:image, for an export's cover).
 *
 * Sources, best first: JSON-LD (schema.org Article and its kinds, inside
 * @graph too), OpenGraph and other <meta> tags, then the markup (<h1>,
 * <title> without its site suffix, rel=author links, a post's meta line
 * "date · reading time · name", <time datetime>).
 * Every value goes through al_text_normalize(), so a page cannot smuggle a
 * control character into a title. The words cut from a byline ("By",
 * "Von") are in data/lang ([page.byline_prefix]), and so are the newsroom
 * words and agencies that make a byline no person's ([page.byline_newsroom],
 * [page.byline_agency]).
 */
#define _XOPEN_SOURCE 700
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>
#include <json-c/json.h>

#include "langdata.h"
#include "meta.h"

/* ---- helpers ---------------------------------------------------------- */

static void set_once(char **slot, const char *value)
{
    char *v;

    if (*slot || !value)
        return;
    v = al_text_normalize(value);
    if (v && v[0])
        *slot = v;
    else
        free(v);
}

/* Readers' reviews and comments in microdata: an element that is an
 * itemprop "review" or "comment" of another item (a shop's product). */
static bool is_reader_scope(const al_dom *dom, int i)
{
    const char *ip = al_dom_attr(dom, i, "itemprop");

    return ip && al_dom_attr(dom, i, "itemscope") &&
           (al_text_casestr(ip, "review") || al_text_casestr(ip, "comment"));
}

/* Is node I inside one of several readers' reviews or comments (SCOPES of
 * them on the page)? Their authors and dates are the readers', not the
 * page's; a page that is one review (itemprop "review" around a critic's
 * article) keeps its author. */
static bool in_reader_scope(const al_dom *dom, int i, int scopes)
{
    if (scopes < 2)
        return false;
    for (int p = i; p >= 0; p = dom->nodes[p].parent)
        if (is_reader_scope(dom, p))
            return true;
    return false;
}

static int reader_scopes(const al_dom *dom)
{
    int n = 0;

    for (int i = 0; i < dom->count && n < 2; i++)
        if (!(dom->nodes[i].flags & AL_NODE_TEXT) && is_reader_scope(dom, i))
            n++;
    return n;
}

/* The content of <meta property|name|itemprop=KEY>; an itemprop one not
 * in one of several readers' reviews (in_reader_scope). */
static const char *meta_content(const al_dom *dom, const char *key)
{
    int i;

    for (i = 0; i < dom->count; i++) {
        const char *k, *c;

        if (dom->nodes[i].tag != GUMBO_TAG_META)
            continue;
        c = al_dom_attr(dom, i, "content");
        if (!c)
            continue;
        /* property (RDFa) and itemprop may name several: "dc:creator og:x" */
        if (al_dom_attr_has_token(dom, i, "property", key) ||
            ((k = al_dom_attr(dom, i, "name")) && strcasecmp(k, key) == 0) ||
            (al_dom_attr_has_token(dom, i, "itemprop", key) && !in_reader_scope(dom, i, reader_scopes(dom))))
            return c;
    }
    return NULL;
}

static int first_tag(const al_dom *dom, GumboTag tag, int from, int to)
{
    int i;

    for (i = from; i < to; i++)
        if (dom->nodes[i].tag == tag && !(dom->nodes[i].flags & AL_NODE_TEXT))
            return i;
    return -1;
}

/* ---- JSON-LD ---------------------------------------------------------- */

static bool is_article_type(const char *t)
{
    static const char *const kinds[] = {
        "Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle",
        "TechArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "SatiricalArticle", "Review",
        "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Recipe",
        "HowTo", "MedicalWebPage", "Guide", "PodcastEpisode", "RadioEpisode", "Episode", NULL
    };
    size_t i;

    for (i = 0; kinds[i]; i++)
        if (strcmp(t, kinds[i]) == 0)
            return true;
    return false;
}

static bool has_article_type(json_object *o)
{
    json_object *t;
    size_t i;

    if (!json_object_object_get_ex(o, "@type", &t))
        return false;
    if (json_object_is_type(t, json_type_string))
        return is_article_type(json_object_get_string(t));
    if (json_object_is_type(t, json_type_array))
        for (i = 0; i < json_object_array_length(t); i++)
            if (is_article_type(json_object_get_string(json_object_array_get_idx(t, i)) ? json_object_get_string(json_object_array_get_idx(t, i)) : ""))
                return true;
    return false;
}

/* Is O's @type the string TYPE? */
static bool is_type(json_object *o, const char *type)
{
    json_object *t;

    return json_object_object_get_ex(o, "@type", &t) && json_object_is_type(t, json_type_string) &&
           strcmp(json_object_get_string(t), type) == 0;
}

static const char *json_str(json_object *o, const char *key)
{
    json_object *v;

    if (!o || !json_object_object_get_ex(o, key, &v))
        return NULL;
    if (json_object_is_type(v, json_type_string))
        return json_object_get_string(v);
    if (json_object_is_type(v, json_type_object))
        return json_str(v, "name");
    if (json_object_is_type(v, json_type_array) && json_object_array_length(v) > 0) {
        json_object *first = json_object_array_get_idx(v, 0);
        if (json_object_is_type(first, json_type_string))
            return json_object_get_string(first);
        return json_str(first, "name");
    }
    return NULL;
}

/* A word of at least SHARED_WORD_MIN letters common to two names makes
 * them one organisation ("Contributors to Wikimedia projects", "Wikimedia
 * Foundation, Inc."). */
#define SHARED_WORD_MIN 4

/* Do the text keys KA and KB share a word of SHARED_WORD_MIN bytes or more? */
static bool share_word(const char *ka, const char *kb)
{
    const char *p = ka;

    while (*p) {
        size_t n = strcspn(p, " ");
        if (n >= SHARED_WORD_MIN) {
            const char *q = kb;
            while (*q) {
                size_t m = strcspn(q, " ");
                if (m == n && strncmp(p, q, n) == 0)
                    return true;
                q += m + (q[m] == ' ');
            }
        }
        p += n + (p[n] == ' ');
    }
    return false;
}

/* An author object typed as an organisation that is the platform itself:
 * its name shares a word with the publisher's or the site's (SITES, up to
 * two, may be NULL). An agency writing on a government portal, or a
 * newspaper on an aggregator, stays the byline. */
static bool is_platform(json_object *o, const char *const sites[2])
{
    const char *t = json_object_is_type(o, json_type_object) ? json_str(o, "@type") : NULL;
    const char *name = t ? json_str(o, "name") : NULL;
    char *kn;
    bool hit = false;
    int k;

    if (!name || !(strstr(t, "Organization") || strcmp(t, "Corporation") == 0 || strcmp(t, "WebSite") == 0))
        return false;
    if (!(kn = al_text_key(name)))
        return false;
    for (k = 0; k < 2 && !hit; k++) {
        char *ks = sites[k] ? al_text_key(sites[k]) : NULL;
        hit = ks && share_word(kn, ks);
        free(ks);
    }
    free(kn);
    return hit;
}

/* Is O an object typed as an organisation ("Organization",
 * "NewsMediaOrganization", "Corporation"), or, with PERSON, as a person? */
static bool typed_as(json_object *o, bool person)
{
    const char *t = json_object_is_type(o, json_type_object) ? json_str(o, "@type") : NULL;

    if (!t)
        return false;
    return person ? strcmp(t, "Person") == 0 : strstr(t, "Organization") || strcmp(t, "Corporation") == 0;
}

/* Author names: a string, an object with a name, or an array of either;
 * the platform itself (is_platform, against SITES) is left out, and so is
 * an organisation beside a person (a news agency credited with the
 * reporter: [{"@type": "Person", ...}, {"@type": "Organization", "name":
 * "dpa"}]). */
static char *json_authors(json_object *o, const char *const sites[2])
{
    json_object *a;
    al_buf b = AL_BUF_INIT;
    size_t i, n;
    bool has_person = false;

    if (!json_object_object_get_ex(o, "author", &a) && !json_object_object_get_ex(o, "creator", &a))
        return NULL;
    if (!json_object_is_type(a, json_type_array)) {
        const char *s = json_object_is_type(a, json_type_string) ? json_object_get_string(a) : json_str(a, "name");
        return s && !is_platform(a, sites) ? al_strdup(s) : NULL;
    }
    n = json_object_array_length(a);
    for (i = 0; i < n && i < 8; i++)
        has_person = has_person || typed_as(json_object_array_get_idx(a, i), true);
    for (i = 0; i < n && i < 8; i++) {
        json_object *e = json_object_array_get_idx(a, i);
        const char *s = json_object_is_type(e, json_type_string) ? json_object_get_string(e) : json_str(e, "name");

        if (!s || !*s || is_platform(e, sites) || (has_person && typed_as(e, false)))
            continue;
        if (b.len)
            al_buf_puts(&b, i + 1 == n ? " and " : ", ");
        al_buf_puts(&b, s);
    }
    if (b.len == 0) {
        al_buf_free(&b);
        return NULL;
    }
    return al_buf_detach(&b);
}

/* <title>'s text, normalised; NULL when absent. Caller frees. */
static char *document_title(const al_dom *dom)
{
    int i;

    for (i = 0; i < dom->count; i++)
        if (dom->nodes[i].tag == GUMBO_TAG_TITLE && !(dom->nodes[i].flags & AL_NODE_TEXT)) {
            char *raw = al_dom_text(dom, i, false), *spaced = raw ? al_title_spaced(raw) : NULL;

            free(raw);
            return spaced;
        }
    return NULL;
}

static const char *last_separator_any(const char *s);

/* A thing's "name" with no "headline" (a Recipe, a HowTo) names the thing,
 * not always the page: when og:title and <title> agree on another
 * headline (og:title's words are in <title>, the name's are not), the
 * page's headline is theirs, and the name is the card's heading ("Stoof-
 * peertjes met rode wijn en kaneel" under the post "Stoofpeertjes zoals
 * oma ze maakte, met rode wijn en kaneel": b29-nl-recept-stoofpeertjes-
 * oma). Two of the page's sources against one. */

static bool thing_named_apart(const char *name, const al_dom *dom)
{
    const char *og = meta_content(dom, "og:title");
    char *title, *kt = NULL, *ko = NULL, *kn = NULL;
    bool apart;

    if (!og || !(title = document_title(dom)))
        return false;
    kt = al_text_key(title);
    ko = al_text_key(og);
    kn = al_text_key(name);
    apart = kt && ko && kn && *ko && *kn && strstr(kt, ko) && !strstr(kt, kn) && !strstr(ko, kn);
    free(title);
    free(kt);
    free(ko);
    free(kn);
    return apart;
}

/* JSON-LD "headline" and "name" sometimes differ (Wikipedia puts a
 * description in headline): take the one the <title> contains, unless
 * that is only the <title>'s last part, the site's name ("Story - Site"
 * and {"headline": "Story, reworded", "name": "Site"}). */
static const char *ld_title(json_object *o, const al_dom *dom)
{
    const char *headline = json_str(o, "headline"), *name = json_str(o, "name"), *tail;
    char *title, *kt = NULL, *kh = NULL, *kn = NULL;
    const char *pick = headline ? headline : name;

    if (!headline && name && thing_named_apart(name, dom))
        return NULL;
    if (!headline || !name || strcmp(headline, name) == 0 || !(title = document_title(dom)))
        return pick;
    kt = al_text_key(title);
    kh = al_text_key(headline);
    kn = al_text_key(name);
    tail = last_separator_any(title);
    if (kt && kh && kn && !strstr(kt, kh) && strstr(kt, kn) && !(tail && al_text_same_words(tail, name)))
        pick = name;
    free(title);
    free(kt);
    free(kh);
    free(kn);
    return pick;
}

/* JSON-LD's "image": a URL, an ImageObject {"url": ...}, or a list of
 * either (the first). A copy, or NULL. */
static char *json_image(json_object *o)
{
    json_object *v, *u;

    if (!json_object_object_get_ex(o, "image", &v))
        return NULL;
    if (json_object_is_type(v, json_type_array) && json_object_array_length(v) > 0)
        v = json_object_array_get_idx(v, 0);
    if (json_object_is_type(v, json_type_object) && json_object_object_get_ex(v, "url", &u))
        v = u;
    if (!json_object_is_type(v, json_type_string))
        return NULL;
    return al_strdup(json_object_get_string(v));
}

/* Is O's author one organisation (alone, or alone in its list):
 * {"@type": "Organization", "name": "School of Geography"}? A
 * department, a foundation, a newsroom, an agency or a paper credited as
 * a body is no one who wrote the piece: a listener told "by the School of
 * Geography" hears a person where there is none. The type is the
 * evidence; a person's name typed as an organisation is the page's error. */
static bool unit_author(json_object *o)
{
    json_object *a;

    if (!json_object_object_get_ex(o, "author", &a))
        return false;
    if (json_object_is_type(a, json_type_array) && json_object_array_length(a) == 1)
        a = json_object_array_get_idx(a, 0);
    return typed_as(a, false);
}

/* The name of O's one organisation author (unit_author), or NULL. */
static const char *unit_author_name(json_object *o)
{
    json_object *a;

    if (!unit_author(o) || !json_object_object_get_ex(o, "author", &a))
        return NULL;
    if (json_object_is_type(a, json_type_array))
        a = json_object_array_get_idx(a, 0);
    return json_str(a, "name");
}

/* The name of O's one author when it is typed as a person, or NULL. */
static const char *person_author_name(json_object *o)
{
    json_object *a;

    if (!json_object_object_get_ex(o, "author", &a))
        return NULL;
    if (json_object_is_type(a, json_type_array) && json_object_array_length(a) == 1)
        a = json_object_array_get_idx(a, 0);
    return typed_as(a, true) ? json_str(a, "name") : NULL;
}

static void take_article(al_meta *m, json_object *o, json_object *graph, const al_dom *dom)
{
    char *authors;
    json_object *pub;
    const char *site = NULL;
    const char *sites[2];

    set_once(&m->title, ld_title(o, dom));
    set_once(&m->description, json_str(o, "description"));
    set_once(&m->published, json_str(o, "datePublished"));
    set_once(&m->published, json_str(o, "dateCreated"));
    set_once(&m->lang, json_str(o, "inLanguage"));
    if (json_object_object_get_ex(o, "publisher", &pub) && json_object_is_type(pub, json_type_object)) {
        site = json_str(pub, "name");
        if (!site && graph) {        /* {"@id": ...} pointing into @graph */
            const char *id = json_str(pub, "@id");
            size_t i;

            for (i = 0; id && i < json_object_array_length(graph); i++) {
                json_object *e = json_object_array_get_idx(graph, i);
                const char *eid = json_str(e, "@id");
                if (eid && strcmp(eid, id) == 0)
                    site = json_str(e, "name");
            }
        }
    }
    sites[0] = m->site_name;
    sites[1] = site;
    authors = json_authors(o, sites);
    set_once(&m->ld_org_author, unit_author_name(o));
    set_once(&m->person_author, person_author_name(o));
    if (unit_author(o))
        set_once(&m->byline_org, authors);
    else
        set_once(&m->byline, authors);
    free(authors);
    set_once(&m->site_name, site);
    if (!m->ld_image)
        m->ld_image = json_image(o);
    if (!m->ld_body && json_str(o, "articleBody")) {
        m->ld_body = al_text_normalize(json_str(o, "articleBody"));
        m->ld_text = strdup(json_str(o, "articleBody"));
    }
}

/* A page typed plainly "WebPage" (a council's notice, a guidance page:
 * no article object at all) states its own date on the page object. It
 * is kept apart and read last but the address (read_date): an article
 * object, a meta tag, a <time> or the date line under the title say more
 * of the story. Only the plain type: a "CollectionPage" or "SearchResultsPage"
 * is a listing, and its date is no story's. */
static void take_page(al_meta *m, json_object *o)
{
    if (is_type(o, "WebPage"))
        set_once(&m->ld_page_date, json_str(o, "datePublished"));
}

/* Look through one JSON-LD value (object, array or @graph) for articles. */
static void scan_ld(al_meta *m, json_object *root, const al_dom *dom)
{
    json_object *graph = NULL;
    size_t i;

    if (json_object_is_type(root, json_type_array)) {
        for (i = 0; i < json_object_array_length(root) && i < 64; i++) {
            json_object *e = json_object_array_get_idx(root, i);
            if (json_object_is_type(e, json_type_object) && has_article_type(e))
                take_article(m, e, root, dom);
            else if (json_object_is_type(e, json_type_object))
                take_page(m, e);
        }
        return;
    }
    if (!json_object_is_type(root, json_type_object))
        return;
    if (json_object_object_get_ex(root, "@graph", &graph) && json_object_is_type(graph, json_type_array)) {
        for (i = 0; i < json_object_array_length(graph) && i < 64; i++) {
            json_object *e = json_object_array_get_idx(graph, i);
            if (json_object_is_type(e, json_type_object) && has_article_type(e))
                take_article(m, e, graph, dom);
            else if (json_object_is_type(e, json_type_object))
                take_page(m, e);
        }
        return;
    }
    take_page(m, root);
    if (has_article_type(root))
        take_article(m, root, NULL, dom);
    else if (is_type(root, "QAPage") && json_object_object_get_ex(root, "mainEntity", &graph) &&
             json_object_is_type(graph, json_type_object) && is_type(graph, "Question"))
        take_article(m, graph, NULL, dom);  /* a Q&A page's article is its question: the asker's */
}

static void read_json_ld(al_meta *m, const al_dom *dom)
{
    int i;

    for (i = 0; i < dom->count; i++) {
        const char *text = al_dom_json_ld_text(dom, i);
        json_tokener *tok;
        json_object *root;

        if (!text || !(tok = json_tokener_new_ex(64)))     /* bounded nesting */
            continue;
        root = json_tokener_parse_ex(tok, text, (int)strnlen(text, 1 << 24));
        if (root)
            scan_ld(m, root, dom);
        json_object_put(root);
        json_tokener_free(tok);
    }
}

/* ---- title ------------------------------------------------------------ */

/* The last " | ", " - "... separator in S, or NULL. */
static const char *last_separator(const char *s)
{
    static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", NULL };
    const char *cut = NULL;
    size_t i;

    for (i = 0; seps[i]; i++) {
        const char *p = s, *hit = NULL;
        while ((p = strstr(p, seps[i])) != NULL)
            hit = p++;
        if (hit && (!cut || hit > cut))
            cut = hit;
    }
    return cut;
}

/* The text after the last separator of S (those of last_separator, and
 * "_" as Chinese portals write "标题_频道_网站"), or NULL. */
static const char *last_separator_any(const char *s)
{
    const char *cut = last_separator(s), *u = strrchr(s, '_');

    if (u && (!cut || u > cut))
        return u[1] ? u + 1 : NULL;
    return cut ? strchr(cut + 1, ' ') + 1 : NULL;
}

/* "Article Title | Site Name" -> "Article Title", when the part after the
 * last separator is the site name or the part before is long enough. */
static char *strip_site_suffix(const char *title, const char *site)
{
    const char *cut = last_separator(title), *tail;
    char *head;

    if (!cut)
        return al_strdup(title);
    head = al_strndup(title, (size_t)(cut - title));
    tail = strchr(cut + 1, ' ') + 1;
    if (head && ((site && al_text_same_words(tail, site)) || al_text_words(head) >= 3))
        return head;
    free(head);
    return al_strdup(title);
}


/* og:title often carries the site too ("Story - Breitbart"): cut a tail
 * that is the site name, or that <title> ends with as well. Whether. */
static bool strip_known_suffix_once(al_meta *m, const al_dom *dom)
{
    const char *cut = m->title ? last_separator(m->title) : NULL;
    const char *tail;
    char *doc, *doc_tail_key = NULL, *tail_key;
    bool strip;

    if (!cut)
        return false;
    tail = strchr(cut + 1, ' ') + 1;
    if (al_text_words(tail) > 4 || al_text_words(tail) == 0 || al_text_words(m->title) - al_text_words(tail) < 2)
        return false;
    strip = m->site_name && al_text_same_words(tail, m->site_name);
    if (!strip && (doc = document_title(dom)) != NULL) {
        const char *dcut = last_separator(doc);
        if (dcut) {
            doc_tail_key = al_text_key(strchr(dcut + 1, ' ') + 1);
            tail_key = al_text_key(tail);
            strip = doc_tail_key && tail_key && strcmp(doc_tail_key, tail_key) == 0;
            free(tail_key);
        }
        free(doc_tail_key);
        free(doc);
    }
    if (strip)
        m->title[cut - m->title] = '\0';
    return strip;
}

/* "Story | Section | Site": the site's part goes first (<title> ends with
 * it too), then the section's when og:site_name names the section (Wired's
 * "Danger Room"): the listener hears the story's title, not its shelf. */
#define KNOWN_SUFFIX_CUTS 2
static void strip_known_suffix(al_meta *m, const al_dom *dom)
{
    for (int k = 0; k < KNOWN_SUFFIX_CUTS && strip_known_suffix_once(m, dom); k++)
        ;
}

/* "Section - Story" in the metadata's title where <title> says "Story"
 * alone (a government newsroom's dc.title "Press Announcements - FDA
 * approves ..."): the part after the last separator is the whole of
 * <title>, TITLE_PART_MIN_WORDS words or more and more words than the
 * part before it (a shelf is short, a story long: "Story | The Bread
 * Blog" with <title> the blog's name on every page keeps the story), and
 * the shelf is not read. */
#define TITLE_PART_MIN_WORDS 3
static void strip_known_prefix(al_meta *m, const al_dom *dom)
{
    const char *cut = m->title ? last_separator(m->title) : NULL;
    char *doc, *kd, *kt, *tail;
    size_t tail_words;

    if (!cut || !(doc = document_title(dom)))
        return;
    tail = strchr(cut + 1, ' ') + 1;
    tail_words = al_text_words(tail);
    kd = al_text_words(doc) >= TITLE_PART_MIN_WORDS && tail_words > al_text_words(m->title) - tail_words
             ? al_text_key(doc) : NULL;
    kt = kd ? al_text_key(tail) : NULL;
    if (kt && strcmp(kd, kt) == 0 && (tail = al_text_normalize(tail)) != NULL) {
        free(m->title);
        m->title = tail;
    }
    free(kt);
    free(kd);
    free(doc);
}

/* Does text key LONGER begin with all of key SHORTER's words, and go on? */
static bool key_extends(const char *longer, const char *shorter)
{
    size_t n = strlen(shorter);

    return n > 0 && strncmp(longer, shorter, n) == 0 && longer[n] == ' ';
}

#define LOWER_ASCII "abcdefghijklmnopqrstuvwxyz"

/* Heading I becomes M's title when it has two words or more and its key
 * extends the title's KT (HEADING_LONGER) or KT extends it. Whether. */
static bool retitle(al_meta *m, const al_dom *dom, int i, const char *kt, bool heading_longer)
{
    char *text = al_dom_text(dom, i, true), *kh = text ? al_text_key(text) : NULL;
    bool hit = kh && al_text_words(text) >= 2 && (heading_longer ? key_extends(kh, kt) : key_extends(kt, kh));

    /* the same words, as the page prints them: „curly” quotes and dashes
     * where metadata has straight ones; not a heading set in capitals */
    if (!hit && heading_longer && kh && strcmp(kh, kt) == 0 && al_text_words(text) >= 2 &&
        (strpbrk(text, LOWER_ASCII) || !strpbrk(m->title, LOWER_ASCII)))
        hit = strcmp(text, m->title) != 0;

    if (hit) {
        free(m->title);
        m->title = al_text_normalize(text);
    }
    free(kh);
    free(text);
    return hit;
}

/* "Story | Section | Site": when a heading of the page is the title's
 * first part, that heading is the title. */
static void prefer_heading(al_meta *m, const al_dom *dom)
{
    char *kt;
    int i, seen = 0;

    if (!m->title || !last_separator(m->title) || dom->body < 0 || !(kt = al_text_key(m->title)))
        return;
    for (i = dom->body; i < dom->nodes[dom->body].end && seen < 4; i++) {
        GumboTag tag = dom->nodes[i].tag;
        if ((tag != GUMBO_TAG_H1 && tag != GUMBO_TAG_H2) || (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)))
            continue;
        seen++;
        if (retitle(m, dom, i, kt, false))
            break;
    }
    free(kt);
}

/* Are the first LEN bytes of key A the same letters as key B, spaces aside? */
static bool key_same_letters(const char *a, size_t len, const char *b)
{
    const char *end = a + len;

    for (;;) {
        while (a < end && *a == ' ')
            a++;
        while (*b == ' ')
            b++;
        if (a == end || !*b)
            return a == end && !*b;
        if (*a++ != *b++)
            return false;
    }
}

/* Does HREF lead to a site's home page: "/", "./", or a scheme and host
 * with no path past "/" ("https://example.org/")? */
static bool href_is_home(const char *href)
{
    const char *p;

    while (href && (*href == ' ' || *href == '\t' || *href == '\n'))
        href++;
    if (!href)
        return false;
    if (strcmp(href, "/") == 0 || strcmp(href, "./") == 0)
        return true;
    if (strncmp(href, "http://", 7) != 0 && strncmp(href, "https://", 8) != 0)
        return false;
    p = strstr(href, "//") + 2;
    p += strcspn(p, "/?#");
    return *p == '\0' || strcmp(p, "/") == 0;
}

/* Is heading I the site's name as a link home: a link inside it that
 * holds all its text and leads to the site's home page (href_is_home)?
 * A blog's theme prints its name so, in the header or again in the
 * footer; the post's own heading links to the post. */
static bool heading_links_home(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        char *text, *all;
        bool home;
        if (dom->nodes[j].tag != GUMBO_TAG_A || (dom->nodes[j].flags & AL_NODE_TEXT) ||
            !href_is_home(al_dom_attr(dom, j, "href")))
            continue;
        text = al_dom_text(dom, j, true);
        all = al_dom_text(dom, i, true);
        home = text && all && al_text_same_words(text, all);
        free(text);
        free(all);
        if (home)
            return true;
    }
    return false;
}

/* An old blog theme prints wp_title() with its mark first and the blog's
 * name glued after it, no separator between (" » Post title Blog Name: —
 * tagline"): a <title> that opens with a separator mark has the post's
 * title right after the mark, and the blog's words run on behind it. The
 * post's heading, the first h1 to h3 of TITLE_PART_MIN_WORDS words or
 * more whose words the text after the mark begins with and goes on from
 * (not the blog's name as a link home), is the title. Evidence: the mark
 * that opens the <title> and a heading of the page that says its first
 * words. */
static void prefer_heading_after_mark(al_meta *m, const al_dom *dom)
{
    static const char *const marks[] = { "\xC2\xBB ", "\xC2\xAB ", "| ", ":: ", NULL };
    char *doc = document_title(dom), *kr = NULL;
    const char *p = doc;
    size_t k;

    while (p && *p == ' ')
        p++;
    for (k = 0; p && marks[k] && !kr; k++)
        if (strncmp(p, marks[k], strlen(marks[k])) == 0)
            kr = al_text_key(p + strlen(marks[k]));
    for (int i = dom->body; kr && i >= 0 && i < dom->nodes[dom->body].end; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *text, *kh;
        if ((t != GUMBO_TAG_H1 && t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3) ||
            (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)) || heading_links_home(dom, i))
            continue;
        text = al_dom_text(dom, i, true);
        kh = text && al_text_words(text) >= TITLE_PART_MIN_WORDS ? al_text_key(text) : NULL;
        if (kh && key_extends(kr, kh)) {
            free(m->title);
            m->title = al_text_normalize(text);
            i = dom->nodes[dom->body].end;
        }
        free(kh);
        free(text);
    }
    free(kr);
    free(doc);
}

/* The part of <title> DOC before the separator after which the rest is
 * the blog's name, PARTKEY (a text key): "Post – Blog - Its Tagline", the
 * name holding a separator of its own, gives "Post". Tries the last
 * TITLE_PART_CUTS separators. Returns it (caller frees) or NULL. */
#define TITLE_PART_CUTS 4
static char *title_before_part(const char *doc, const char *partkey)
{
    char *head = al_strdup(doc), *found = NULL;

    for (int k = 0; head && k < TITLE_PART_CUTS && !found; k++) {
        const char *cut = last_separator(head);
        char *rest;
        if (!cut)
            break;
        rest = al_text_key(doc + (strchr(cut + 1, ' ') + 1 - head));
        head[cut - head] = '\0';
        if (rest && strcmp(rest, partkey) == 0 && al_text_words(head) > 0)
            found = al_text_normalize(head);
        free(rest);
    }
    free(head);
    return found;
}

/* Is TEXT the whole text of a link in the page's body (a post's title
 * as a link to its page, where no heading holds it)? */
static bool link_says(const al_dom *dom, const char *text)
{
    char *key = al_text_key(text);
    bool said = false;

    for (int i = dom->body; key && i >= 0 && i < dom->nodes[dom->body].end && !said; i++) {
        char *t, *k;
        if (dom->nodes[i].tag != GUMBO_TAG_A || (dom->nodes[i].flags & AL_NODE_TEXT))
            continue;
        t = al_dom_text(dom, i, true);
        k = t ? al_text_key(t) : NULL;
        said = k && strcmp(k, key) == 0;
        free(t);
        free(k);
        i = dom->nodes[i].end - 1;          /* links do not nest */
    }
    free(key);
    return said;
}

/* A blog's only <h1> is often the blog's name, and <title> says "Blog
 * Name: Post Title" (or "Blog Name | Post Title"), or the other way round,
 * "Post Title :Blog Name" (old WordPress themes: "» Post :Blog", the h1 in
 * the footer). When <title> is the h1 (H1KEY, a text key) followed or
 * preceded by the text of another heading of the page, that heading is
 * the title: the listener hears the post's name, not the blog's; a
 * heading that is a link to the site's home page (heading_links_home) is
 * the blog's name, and the h1 the post's ("Post | Blog", the blog's name
 * in an h3 in the footer); when the h1 is that link, a post's title of
 * one word is taken too ("Blog: Backwards!"). The words are compared
 * without their spaces: some blog engines drop a dash from <title>
 * ("Now2x further" for the heading's "Now–2x further"). When no heading
 * says the post's part and the h1 is the blog's name as a link home, the
 * post's part of <title> is the title when a link of the page says it
 * too (title_before_part, link_says: the post's title as a link, its
 * heading lost, as in a tag left open over it). Returns it (caller
 * frees) or NULL. */
static char *title_after_blog_name(const al_dom *dom, const char *h1key, int h1)
{
    char *doc = document_title(dom), *dk = doc ? al_text_key(doc) : NULL, *found = NULL;
    size_t n = strlen(h1key), dn = dk ? strlen(dk) : 0;
    bool after = dk && key_extends(dk, h1key);
    bool before = dk && !after && n > 0 && dn > n + 1 && dk[dn - n - 1] == ' ' && strcmp(dk + dn - n, h1key) == 0;
    bool home = heading_links_home(dom, h1);
    int i;

    if (!after && !before) {
        free(doc);
        free(dk);
        return NULL;
    }
    for (i = dom->body; i >= 0 && i < dom->nodes[dom->body].end && !found; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *text, *k;
        if (i == h1 || (dom->nodes[i].flags & AL_NODE_TEXT) ||
            (t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3 && t != GUMBO_TAG_H4) ||
            heading_links_home(dom, i))
            continue;                   /* the blog's name as a link home: the h1 is the post's */
        text = al_dom_text(dom, i, true);
        k = text ? al_text_key(text) : NULL;
        if (k && (al_text_words(text) >= 2 || home) &&
            (after ? key_same_letters(dk + n + 1, dn - n - 1, k) : key_same_letters(dk, dn - n - 1, k)))
            found = al_strdup(text);
        free(text);
        free(k);
    }
    if (!found && before && home && (found = title_before_part(doc, h1key)) && !link_says(dom, found)) {
        free(found);
        found = NULL;
    }
    free(doc);
    free(dk);
    return found;
}

/* JSON-LD's headline is often cut short for search engines ("Quote", for
 * the visible "Quote: a conversation with X"): when an <h1> of the page
 * says the headline's words and goes on, the listener hears the visible
 * headline, the h1. Evidence: an h1, whose words begin with all of the
 * headline's words and are more, or are the same words printed apart. */
static void prefer_longer_h1(al_meta *m, const al_dom *dom)
{
    char *kt;
    int i;

    if (!m->title || dom->body < 0 || !(kt = al_text_key(m->title)))
        return;
    for (i = dom->body; i < dom->nodes[dom->body].end; i++)
        if (dom->nodes[i].tag == GUMBO_TAG_H1 && !(dom->nodes[i].flags & AL_NODE_TEXT) &&
            retitle(m, dom, i, kt, true))
            break;
    free(kt);
}

/* An <h1> that heads the article's body: the headline printed over the
 * story when the metadata gives another ("In Egypt, Rumor of Pyramids'
 * Demise Proves Flimsy" in og:title and <title>, "Contrary to Gossip,
 * Pyramids Have No Date With the Wrecking Ball" on the page). Evidence:
 * visible, not a link's text (a logo), HEADLINE_MIN_WORDS words or more,
 * not ending as a sentence (a dek set as an <h1> does), not the site's
 * name; after it, before any other <h1> or <h2> (a section's label over
 * the story's own headline is none), a paragraph of HEADLINE_BODY_CHARS
 * characters or more, at most half of it links, with at most
 * HEADLINE_GAP_CHARS characters of other text than links between them (a
 * byline and a date; a share bar's links do not count). One <h2> may come
 * first, right after the <h1> with no text between them, when it holds no
 * link: the dek under the headline ("And their seasonal dresses"); the
 * story's own headline under a section's label is a teaser's link or
 * follows the label's other links. */
#define HEADLINE_MIN_WORDS 3
#define HEADLINE_BODY_CHARS 120
#define HEADLINE_GAP_CHARS 300
/* Does element H hold a link? */
static bool holds_link(const al_dom *dom, int h)
{
    for (int j = h + 1; j < dom->nodes[h].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
    return false;
}

static bool heads_body(const al_dom *dom, int h, const char *text, const char *site)
{
    unsigned gap = 0;
    bool dek = false, words = false;
    size_t n = strlen(text);

    while (n && text[n - 1] == ' ')
        n--;
    if ((dom->nodes[h].flags & (AL_NODE_DROP | AL_NODE_HIDDEN | AL_NODE_LINK)) ||
        al_text_words(text) < HEADLINE_MIN_WORDS || (n && text[n - 1] == '.') ||
        (site && al_text_same_words(text, site)))
        return false;
    if (holds_link(dom, h))
        return false;                   /* the headline of a teaser, or a logo */
    for (int j = dom->nodes[h].end; j < dom->count; j++) {
        const al_node *e = &dom->nodes[j];
        if (e->flags & (AL_NODE_DROP | AL_NODE_HIDDEN)) {
            j = e->end - 1;
            continue;
        }
        if (e->flags & AL_NODE_TEXT) {
            words = words || (e->g && e->g->type != GUMBO_NODE_WHITESPACE);
            if (!(e->flags & AL_NODE_LINK) && (gap += e->text_len) > HEADLINE_GAP_CHARS)
                return false;
            continue;
        }
        if (e->tag == GUMBO_TAG_H2 && !dek && !words && !holds_link(dom, j)) {
            dek = true;                 /* the dek under the headline */
            j = e->end - 1;
            continue;
        }
        if (e->tag == GUMBO_TAG_H1 || e->tag == GUMBO_TAG_H2)
            return false;
        if (e->tag == GUMBO_TAG_P) {
            unsigned all = 0, link = 0;
            for (int k = j + 1; k < e->end; k++)
                if (dom->nodes[k].flags & AL_NODE_TEXT) {
                    all += dom->nodes[k].text_len;
                    link += (dom->nodes[k].flags & AL_NODE_LINK) ? dom->nodes[k].text_len : 0;
                }
            if (all >= HEADLINE_BODY_CHARS && 2 * link <= all)
                return true;
        }
    }
    return false;
}

/* og:title is often a headline written for the social card ("Bolt Wins
 * 200 Meters Gold") while the page shows another in its <h1>, the one
 * its <title> says too ("Usain Bolt Wins Gold In 200 Meters Final,
 * Repeating As Olympic Champ"): the listener hears the headline on the
 * page. Evidence: no element of the page outside links says the
 * metadata's words (it is shown nowhere: a magazine that shows it as its
 * big h2 over a small h1, or in a <div class=h1>, keeps it), and an <h1>
 * outside links, of two words or more, says the words of <title>, whole
 * or without a site suffix (strip_site_suffix): two sources of the page
 * agree on it. Elements of more than TITLE_LINE_MAX_NODES nodes are not
 * compared: a headline is a short line. When <title> says the metadata's
 * headline too (a search engine's title, or the social card's), the first
 * <h1> that heads the body (heads_body) is the one the page shows. */
#define TITLE_LINE_MAX_NODES 8

/* A label printed inside the <h1> before its headline: "<h1><span>Premium</span>
 * Waterschap verhoogt dijk ...</h1>", "<h1><span><svg/>WIDEO</span> Bruksela
 * chce ...</h1>", a badge for the eye. Evidence: the h1's first child, white
 * space aside, is an inline element (<span>, <em>, <strong>, <b>, <small>,
 * <mark>, <i>) of at most H1_LABEL_MAX_WORDS words, and the rest of the h1
 * says the words of TITLE, the metadata's headline, whose words the label's
 * are not: og:title or JSON-LD and the page agree on the headline, and the
 * label is no part of it. Then the metadata's headline is the one shown. */
#define H1_LABEL_MAX_WORDS 2
bool al_h1_label_then_title(const al_dom *dom, int h1, const char *title)
{
    int c = h1 + 1;
    char *label, *text, *kl = NULL, *kh = NULL, *kt = NULL;
    bool hit = false;
    size_t n;

    if (h1 < 0 || h1 >= dom->count || dom->nodes[h1].tag != GUMBO_TAG_H1 || !title)
        return false;
    while (c < dom->nodes[h1].end && (dom->nodes[c].flags & AL_NODE_TEXT) &&
           dom->nodes[c].g->type == GUMBO_NODE_WHITESPACE)
        c++;                            /* white space before the label */
    if (c >= dom->nodes[h1].end || (dom->nodes[c].flags & AL_NODE_TEXT) ||
        dom->nodes[c].parent != h1)
        return false;
    switch (dom->nodes[c].tag) {
    case GUMBO_TAG_SPAN: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_MARK: case GUMBO_TAG_I:
        break;
    default:
        return false;
    }
    label = al_dom_text(dom, c, true);
    text = label ? al_dom_text(dom, h1, true) : NULL;
    if (text && al_text_words(label) >= 1 && al_text_words(label) <= H1_LABEL_MAX_WORDS &&
        (kl = al_text_key(label)) && (kh = al_text_key(text)) && (kt = al_text_key(title))) {
        n = strlen(kl);
        hit = key_extends(kh, kl) && strcmp(kh + n + 1, kt) == 0 && !al_key_has_words(kt, kl);
    }
    free(kt);
    free(kh);
    free(kl);
    free(text);
    free(label);
    return hit;
}

static void prefer_document_h1(al_meta *m, const al_dom *dom)
{
    char *doc, *head, *found = NULL, *over_body = NULL;
    bool shown = false;
    int i;

    if (!m->title || dom->body < 0 || !(doc = document_title(dom)))
        return;
    head = strip_site_suffix(doc, m->site_name);
    for (i = dom->body; head && i < dom->nodes[dom->body].end; i++) {
        const al_node *n = &dom->nodes[i];
        char *text;

        if (n->tag == GUMBO_TAG_A && !(n->flags & AL_NODE_TEXT)) {
            i = n->end - 1;             /* a link's text is a teaser's */
            continue;
        }
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) ||
            (n->end - i > TITLE_LINE_MAX_NODES && n->tag != GUMBO_TAG_H1) || !(text = al_dom_text(dom, i, true)))
            continue;
        if (al_text_same_words(text, m->title) ||
            (n->tag == GUMBO_TAG_H1 && al_h1_label_then_title(dom, i, m->title))) {
            free(text);                 /* the metadata's headline is shown: it stays */
            shown = true;
            break;
        }
        if (!found && n->tag == GUMBO_TAG_H1 && al_text_words(text) >= 2 &&
            (al_text_same_words(text, doc) || al_text_same_words(text, head)) &&
            !(m->site_name && al_text_same_words(text, m->site_name)))
            found = text;
        else if (!over_body && n->tag == GUMBO_TAG_H1 && heads_body(dom, i, text, m->site_name))
            over_body = text;
        else
            free(text);
    }
    if (!found && !shown) {
        found = over_body;
        over_body = NULL;
    }
    if (found && !shown) {
        free(m->title);
        m->title = al_text_normalize(found);
    }
    free(found);
    free(over_body);
    free(head);
    free(doc);
}

/* Is K (a text key) the key of a part of DOC (a <title>), cut at one of
 * its separators (last_separator's, and the ": " of "Blog Name: Post
 * Title"): a run of its parts from the start or to the end, or all of
 * it? With REST, which may be NULL, set to a copy of the other side of
 * the cut (NULL for all of it; caller frees). */
static bool is_title_part(const char *doc, const char *k, char **rest)
{
    static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", ": ", NULL };
    char *whole = al_text_key(doc);
    bool hit = whole && strcmp(whole, k) == 0;
    const char *p;
    size_t s;

    free(whole);
    for (p = doc; *p && !hit; p++)
        for (s = 0; seps[s] && !hit; s++) {
            size_t n = strlen(seps[s]);
            char *head, *kh, *kl;
            if (strncmp(p, seps[s], n) != 0)
                continue;
            head = al_strndup(doc, (size_t)(p - doc));
            kh = head ? al_text_key(head) : NULL;
            kl = al_text_key(p + n);
            if (kh && strcmp(kh, k) == 0) {
                hit = true;
                if (rest)
                    *rest = al_strdup(p + n);
            } else if (kl && strcmp(kl, k) == 0) {
                hit = true;
                if (rest)
                    *rest = al_strdup(head);
            }
            free(head);
            free(kh);
            free(kl);
        }
    return hit;
}

/* How many of last_separator's separators S holds ("Tagline - Studio -
 * Blog": two, a chain of three parts). */
static int count_separators(const char *s)
{
    static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", NULL };
    int n = 0;

    for (const char *p = s; p && *p; p++)
        for (size_t i = 0; seps[i]; i++)
            if (strncmp(p, seps[i], strlen(seps[i])) == 0) {
                n++;
                break;
            }
    return n;
}

/* Is TEXT, of two words or more, a part of DOC (is_title_part)? */
static bool text_is_title_part(const char *text, const char *doc)
{
    char *k = text && al_text_words(text) >= 2 ? al_text_key(text) : NULL;
    bool hit = k && is_title_part(doc, k, NULL);

    free(k);
    return hit;
}

/* The text of heading I if it is a part of DOC (text_is_title_part), else
 * that of the first link inside it that is and holds half its text or
 * more (the post's permalink in a heading that also holds its category,
 * not a tag in a line of them); NULL when none is. Caller frees. */
static char *heading_title_part(const al_dom *dom, int i, const char *doc)
{
    char *whole = al_dom_text(dom, i, true);
    size_t n = whole ? strlen(whole) : 0;
    int j;

    if (!whole || text_is_title_part(whole, doc))
        return whole;
    free(whole);
    for (j = i + 1; j < dom->nodes[i].end; j++) {
        char *text;
        if (dom->nodes[j].tag != GUMBO_TAG_A || (dom->nodes[j].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)))
            continue;
        text = al_dom_text(dom, j, true);
        if (text && 2 * strlen(text) >= n && text_is_title_part(text, doc))
            return text;
        free(text);
    }
    return NULL;
}

static bool is_heading_tag(GumboTag t)
{
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3;
}

/* Does TITLE open with the words of key K and then one of
 * last_separator's separators ("Post | Site - tagline" for "Post")? A
 * colon is none: "Story: what happened" goes on with the story's words. */
static bool title_opens_with_part(const char *title, const char *k)
{
    static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", NULL };
    bool hit = false;

    for (const char *p = title; *p && !hit; p++)
        for (size_t s = 0; seps[s] && !hit; s++) {
            char *head, *kh;
            if (strncmp(p, seps[s], strlen(seps[s])) != 0)
                continue;
            head = al_strndup(title, (size_t)(p - title));
            kh = head ? al_text_key(head) : NULL;
            hit = kh && strcmp(kh, k) == 0;
            free(kh);
            free(head);
        }
    return hit;
}

/* A blog's <title> names the post and the blog ("Post Title - Blog
 * Name", "Blog Name: Post Title", "Blog » Archive » Post"), while its
 * header shows the blog's name as the page's only <h1>, or its og:title
 * is the blog's name on every page: the post's own heading is the title.
 * Evidence: a heading (h1 to h3, or the link in one) whose words are a
 * part of <title> (is_title_part), other than the site's name
 * (og:site_name) or a link to the site's home page (heading_links_home);
 * of two such parts, the second on the page (the blog's name heads the
 * page above the post, and may be said again below).
 * Not taken when the title found so far is a heading further down (the
 * headline under a section's name) or a longer version of the part
 * ("Story: what happened" for "Story"; but a title that no heading
 * prints, "Post | Site" of a <title> "Post | Site - tagline" cut once,
 * is the part and the site: title_opens_with_part); nor, when that title is no
 * heading, if it is the other side of the part and has more words (the
 * post of "Post | Blog", the blog's name a heading) or if the part is all
 * of <title> (og:title a headline, <title> another for search engines).
 * The other side with more words is still no post when it is itself a
 * chain of SHELF_CHAIN_SEPARATORS separators or more ("Tagline, Town -
 * Studio - Blog - Post", the post's short name its heading): the site's
 * names and shelves, which a post's title does not string together. */
#define SHELF_CHAIN_SEPARATORS 2
static void prefer_part_heading(al_meta *m, const al_dom *dom)
{
    char *doc, *kt, *best = NULL, *kb = NULL, *first = NULL, *one = NULL, *rest = NULL;
    int i, at = -1, cur = -1;
    bool ok;

    if (!m->title || dom->body < 0 || !(doc = document_title(dom)))
        return;
    if (!(kt = al_text_key(m->title))) {
        free(doc);
        return;
    }
    for (i = dom->body; i < dom->nodes[dom->body].end && (!best || cur < 0); i++) {
        char *text, *k;
        if (!is_heading_tag(dom->nodes[i].tag) || (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)))
            continue;
        text = al_dom_text(dom, i, true);
        k = text ? al_text_key(text) : NULL;
        if (k && cur < 0 && strcmp(k, kt) == 0)
            cur = i;
        free(k);
        free(text);
        if (best || (text = heading_title_part(dom, i, doc)) == NULL)
            continue;
        k = al_text_key(text);
        if (k && heading_links_home(dom, i)) {
            if (!first)                 /* the blog's name, never the post's title */
                first = k;
            else
                free(k);
            free(text);
            continue;
        }
        if ((m->site_name && al_text_same_words(text, m->site_name)) || !k || (first && strcmp(k, first) == 0)) {
            free(k);
            free(text);
            continue;
        }
        if (!first) {                   /* the blog's name, unless no other part follows */
            first = k;
            one = text;
            at = i;
            continue;
        }
        best = text;
        kb = k;
        at = i;
    }
    if (!best && one) {
        best = one;
        kb = al_strdup(first);
        one = NULL;
    }
    ok = kb && strcmp(kb, kt) != 0 && (cur < 0 || cur <= at) &&
         (!key_extends(kt, kb) || (cur < 0 && title_opens_with_part(m->title, kb)));
    if (ok && cur < 0) {
        char *kd = al_text_key(doc), *kr;
        if (!kd || strcmp(kd, kt) != 0) {
            if (!is_title_part(doc, kb, &rest) || !rest)
                ok = false;             /* og:title a headline, <title> all another */
            else if ((kr = al_text_key(rest)) != NULL) {
                /* "Post | Blog" and the blog's name a heading: keep the post,
                 * the longer side (a site's name is a few words); unless
                 * that side opens with the site's name ("Club - Section"
                 * before "Story"): it is the shelf, the heading the story */
                char *ks = m->site_name ? al_text_key(m->site_name) : NULL;
                ok = strcmp(kr, kt) != 0 || al_text_words(best) > al_text_words(m->title) ||
                     (ks && ks[0] && (strcmp(kr, ks) == 0 || key_extends(kr, ks))) ||
                     count_separators(rest) >= SHELF_CHAIN_SEPARATORS;
                free(ks);
                free(kr);
            }
        }
        free(kd);
    }
    if (ok) {
        free(m->title);
        m->title = al_text_normalize(best);
    }
    free(rest);
    free(one);
    free(first);
    free(kb);
    free(best);
    free(kt);
    free(doc);
}

typedef bool (*title_line_fits)(const char *doc, const char *text, const al_meta *m);

/* The title from a bold line of the body: with no <h1> on the page, the
 * first <b> or <strong> outside links, of TITLE_LINE_MAX_NODES nodes at
 * most, that FITS the document's <title> DOC replaces the title found so
 * far, unless a heading or a bold line already says that title. */
static void prefer_bold_line(al_meta *m, const al_dom *dom, title_line_fits fits)
{
    char *doc, *found = NULL;
    int end = dom->body >= 0 ? dom->nodes[dom->body].end : 0;
    bool shown = false;

    if (!m->title || dom->body < 0 || first_tag(dom, GUMBO_TAG_H1, dom->body, end) >= 0 ||
        !(doc = document_title(dom)))
        return;
    for (int i = dom->body; i < end && !shown; i++) {
        const al_node *n = &dom->nodes[i];
        char *text;
        if (n->tag == GUMBO_TAG_A && !(n->flags & AL_NODE_TEXT)) {
            i = n->end - 1;             /* a link's text is a teaser's or a menu's */
            continue;
        }
        if (is_heading_tag(n->tag) && !(n->flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)) &&
            (text = al_dom_text(dom, i, true)) != NULL) {
            shown = al_text_same_words(text, m->title);
            free(text);
            continue;
        }
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)) ||
            (n->tag != GUMBO_TAG_B && n->tag != GUMBO_TAG_STRONG) ||
            n->end - i > TITLE_LINE_MAX_NODES || !(text = al_dom_text(dom, i, true)))
            continue;
        shown = al_text_same_words(text, m->title);
        if (!shown && !found && fits(doc, text, m))
            found = text;
        else
            free(text);
    }
    if (found && !shown) {
        free(m->title);
        m->title = al_text_normalize(found);
    }
    free(found);
    free(doc);
}

/* An old table layout has no heading tags: it prints the headline as a
 * bold line over the body ("<font size=5><b>Headline</b></font>"), and
 * its <title> strings the site, a section and the headline ("Site ::
 * News :: Headline"), in whatever order. With no <h1> on the page, a
 * <b> or <strong> outside links whose words are a part of <title>
 * (text_is_title_part: a run of its parts from one end), not the site's
 * name, is the title: the page shows it as its headline. The first such
 * line wins; the title found so far stays when any bold line or h1 to
 * h3 prints it (a header's bold site name above the headline must not
 * replace it; nor an interview's bold "Blog Name:" before each question
 * under the post's h2, tests/pages/en-blog-interview-bold-blog-name). */
static bool part_line_fits(const char *doc, const char *text, const al_meta *m)
{
    return text_is_title_part(text, doc) && !(m->site_name && al_text_same_words(text, m->site_name));
}

static void prefer_part_line(al_meta *m, const al_dom *dom)
{
    prefer_bold_line(m, dom, part_line_fits);
}

/* Are the words of key PART all in key LINE, in their order (each a
 * whole word of LINE, others between them allowed)? */
static bool key_words_in_order(const char *line, const char *part)
{
    const char *l = line;

    for (const char *w = part; *w; w += strspn(w, " ")) {
        size_t n = strcspn(w, " ");
        bool found = false;
        for (; *l && !found; l += strspn(l, " ")) {
            size_t ln = strcspn(l, " ");
            found = ln == n && strncmp(l, w, n) == 0;
            l += ln;
        }
        if (!found)
            return false;
        w += n;
    }
    return true;
}

/* Is some part of <title> DOC (a run between two of last_separator's
 * separators), of TITLE_PART_MIN_WORDS words or more and not the site's
 * name, spelled out by key LINE of WORDS words: all its words there in
 * their order, with more, and WORDS at most TITLE_SPELLED_MAX_RATIO
 * times its words? */
#define TITLE_SPELLED_MAX_RATIO 4
static bool spells_out_part(const char *doc, const char *line, size_t words, const char *site)
{
    static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", NULL };
    bool hit = false;

    for (const char *from = doc; from && !hit;) {
        const char *cut = NULL;
        char *part, *kp;
        size_t pw;
        for (size_t k = 0; seps[k]; k++) {
            const char *h = strstr(from, seps[k]);
            if (h && (!cut || h < cut))
                cut = h;
        }
        part = cut ? al_strndup(from, (size_t)(cut - from)) : al_strdup(from);
        pw = part ? al_text_words(part) : 0;
        kp = pw >= TITLE_PART_MIN_WORDS && words > pw && words <= TITLE_SPELLED_MAX_RATIO * pw &&
             !(site && al_text_same_words(part, site)) ? al_text_key(part) : NULL;
        hit = kp && kp[0] && key_words_in_order(line, kp);
        free(kp);
        free(part);
        from = cut ? strchr(cut + 1, ' ') + 1 : NULL;
    }
    return hit;
}

/* An old table layout's <title> may name the page in short after the
 * site and its section ("Mairie de X - Actualités - Travaux rue de la
 * Gare") while its bold headline spells it out ("Travaux
 * d'assainissement rue de la Gare : circulation alternée jusqu'au 19
 * décembre"). With no <h1> on the page and no heading or bold line that
 * says the title found so far, the first <b> or <strong> outside links,
 * of TITLE_LINE_MAX_NODES nodes at most, that spells out a part of
 * <title> (spells_out_part) is the title. Evidence: the bold line's
 * shape and the <title> part's words in it, in order
 * (tests/pages/fr-comite-titre-court-gras). */
static bool spelled_out_fits(const char *doc, const char *text, const al_meta *m)
{
    char *key = al_text_key(text);
    bool fits = key && spells_out_part(doc, key, al_text_words(text), m->site_name);

    free(key);
    return fits;
}

static void prefer_spelled_out_line(al_meta *m, const al_dom *dom)
{
    prefer_bold_line(m, dom, spelled_out_fits);
}

/* A blog engine's <title> may string two suffixes after the post's
 * title, "Post | Blog Name - Tagline" or "Post : Site.com - Tagline", and
 * the one cut of the site's suffix (strip_site_suffix) leaves the other.
 * The part before the <title>'s first separator (first_separator's, or
 * " : ") is the title when the page prints it as a line of its own: an
 * element outside links, of TITLE_LINE_MAX_NODES nodes at most, whose
 * words are that part's and no more (the post's heading set as a <div>).
 * The part has TITLE_PART_MIN_WORDS words or more, and the title found so
 * far begins with its words and goes on. Evidence: the <title>'s
 * separators and the body's line that says its first part
 * (tests/pages/en-blog-title-two-suffixes). */
static const char *first_separator(const char *s);

static void prefer_shown_head(al_meta *m, const al_dom *dom)
{
    char *doc, *head = NULL, *kh = NULL, *kt = NULL;
    const char *cut, *colon;
    int end = dom->body >= 0 ? dom->nodes[dom->body].end : 0;
    bool shown = false;

    if (!m->title || dom->body < 0 || !(doc = document_title(dom)))
        return;
    cut = first_separator(doc);
    colon = strstr(doc, " : ");
    if (colon && (!cut || colon < cut))
        cut = colon;
    if (cut && (head = al_strndup(doc, (size_t)(cut - doc))) != NULL &&
        al_text_words(head) >= TITLE_PART_MIN_WORDS)
        kh = al_text_key(head);
    kt = kh ? al_text_key(m->title) : NULL;
    if (!kt || !key_extends(kt, kh))
        end = 0;
    for (int i = dom->body; i < end && !shown; i++) {
        const al_node *n = &dom->nodes[i];
        char *text;
        if (n->tag == GUMBO_TAG_A && !(n->flags & AL_NODE_TEXT)) {
            i = n->end - 1;             /* a link's text is a teaser's or a menu's */
            continue;
        }
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)) || n->end - i > TITLE_LINE_MAX_NODES ||
            !(text = al_dom_text(dom, i, true)))
            continue;
        shown = al_text_same_words(text, head);
        free(text);
    }
    if (shown) {
        free(m->title);
        m->title = al_text_normalize(head);
    }
    free(kt);
    free(kh);
    free(head);
    free(doc);
}

/* Does HREF lead to a site's home page: "/", "https://host", "//host/"? */
static bool home_href(const char *href)
{
    const char *p = href ? strstr(href, "//") : NULL;

    if (!href)
        return false;
    if (strcmp(href, "/") == 0)
        return true;
    if (!p || (p != href && p[-1] != ':'))
        return false;
    p = strchr(p + 2, '/');
    return !p || strcmp(p, "/") == 0;
}

/* The alt text of the page's logo: the first <img> with an alt whose
 * class or id, or a parent's or grandparent's, has the part "logo"
 * ("masthead__logo", "mw-logo-icon"), or that is inside a link to the
 * home page within those levels (the masthead's logo, whatever its class:
 * "<a href="/"><img alt="Museum Het Kaaspakhuis"></a>"); NULL for none. */
static const char *logo_alt(const al_dom *dom)
{
    static const char *const words[] = { "logo", NULL };
    const char *home = NULL;

    for (int i = dom->body; i >= 0 && i < dom->count; i++) {
        const char *alt;
        int p, up;
        if (dom->nodes[i].tag != GUMBO_TAG_IMG || (dom->nodes[i].flags & AL_NODE_TEXT) ||
            !(alt = al_dom_attr(dom, i, "alt")) || !*alt)
            continue;
        for (p = i, up = 0; p > dom->body && up < 3; p = dom->nodes[p].parent, up++) {
            if (al_value_has_part(al_dom_attr(dom, p, "class"), " \t\n-_", words) ||
                al_value_has_part(al_dom_attr(dom, p, "id"), " \t\n-_", words))
                return alt;
            if (!home && dom->nodes[p].tag == GUMBO_TAG_A && home_href(al_dom_attr(dom, p, "href")))
                home = alt;             /* a named logo still wins */
        }
    }
    return home;
}

/* With no og:site_name nor JSON-LD publisher, the site's name is the
 * <title>'s tail after its last separator when the logo says it too: the
 * logo's alt is those words, or begins with them ("Grodziska Wiki –
 * encyklopedia ..."). A tail alone may be a section or a part number;
 * the logo confirms it names the site. Old sites' templates put the site
 * first ("Club - Section - Story"): with no tail the logo says, the head
 * before the first separator is taken on the same evidence. With no logo
 * or banner that says it, the title of the page's OpenSearch description
 * vouches as a logo's alt would (opensearch_title). */
#define SITE_TAIL_MAX_WORDS 5

/* Is PART, of 1 to SITE_TAIL_MAX_WORDS words and not all of DOC, what the
 * logo's ALT says, or the start of it? */
static bool logo_says(const char *alt, const char *part, const char *doc)
{
    char *pk, *ak;
    bool hit;

    if (al_text_words(part) < 1 || al_text_words(part) > SITE_TAIL_MAX_WORDS ||
        al_text_words(doc) <= al_text_words(part) + 1)
        return false;
    pk = al_text_key(part);
    ak = al_text_key(alt);
    hit = pk && ak && pk[0] && (strcmp(ak, pk) == 0 || key_extends(ak, pk));
    free(pk);
    free(ak);
    return hit;
}

/* Does the logo's ALT go on past PART, the <title> DOC's head, with DOC's
 * next words? A template that writes the whole <title> into the logo's
 * alt ("Story | Site") says nothing of which part is the site's. */
static bool alt_runs_on(const char *alt, const char *doc, const char *part)
{
    char *ak = al_text_key(alt), *dk = al_text_key(doc), *pk = al_text_key(part);
    bool on = ak && dk && pk && strlen(ak) > strlen(pk) && strncmp(dk, ak, strlen(ak)) == 0;

    free(ak);
    free(dk);
    free(pk);
    return on;
}

/* The start of the first " | ", " - "... separator in S (last_separator's), or NULL. */
static const char *first_separator(const char *s)
{
    static const char *const seps[] = {
        " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", NULL
    };
    const char *cut = NULL;

    for (size_t i = 0; seps[i]; i++) {
        const char *hit = strstr(s, seps[i]);
        if (hit && (!cut || hit < cut))
            cut = hit;
    }
    return cut;
}

/* An old table layout's masthead: the page's first picture with an alt,
 * above any heading, drawn as a banner by its own width and height
 * attributes (at least BANNER_MIN_RATIO times as wide as high: "<img
 * src="testata.jpg" width="780" height="120" alt="Pro Loco ...">"), with
 * no logo class and no link home; NULL for none. Its alt names the site
 * only when it is a <title> part (read_site_from_logo asks banner_says). */
#define BANNER_MIN_RATIO 3
static const char *banner_alt(const al_dom *dom)
{
    for (int i = dom->body; i >= 0 && i < dom->count; i++) {
        const al_node *n = &dom->nodes[i];
        const char *alt, *w, *h;
        if (n->flags & AL_NODE_TEXT)
            continue;
        if (n->tag == GUMBO_TAG_H1 || n->tag == GUMBO_TAG_H2 || n->tag == GUMBO_TAG_H3)
            return NULL;
        if (n->tag != GUMBO_TAG_IMG || !(alt = al_dom_attr(dom, i, "alt")) || !*alt)
            continue;
        w = al_dom_attr(dom, i, "width");
        h = al_dom_attr(dom, i, "height");
        if (w && h && atoi(h) > 0 && atoi(w) >= BANNER_MIN_RATIO * atoi(h))
            return alt;
        return NULL;
    }
    return NULL;
}

/* Is the masthead banner's ALT all of PART (its words, no more), or its
 * full style ending in PART's two words or more? A banner spells out the
 * body's kind that <title> drops ("Clube Recreativo Amigos da Ribeira" for
 * "Amigos da Ribeira :: Notícias :: ..."); one word may be a section's. */
static bool banner_says(const char *alt, const char *part, const char *doc)
{
    char *ak, *pk;
    size_t an, pn;
    bool hit;

    if (!alt)
        return false;
    if (logo_says(alt, part, doc) && al_text_same_words(alt, part))
        return true;
    if (al_text_words(part) < 2 || al_text_words(part) > SITE_TAIL_MAX_WORDS ||
        al_text_words(doc) <= al_text_words(part) + 1)
        return false;
    ak = al_text_key(alt);
    pk = al_text_key(part);
    an = ak ? strlen(ak) : 0;
    pn = pk ? strlen(pk) : 0;
    hit = pn > 0 && an > pn && ak[an - pn - 1] == ' ' && strcmp(ak + an - pn, pk) == 0;
    free(ak);
    free(pk);
    return hit;
}

/* The part of <title> DOC the logo's ALT says (logo_says): its tail, or
 * its head when the alt does not run on past it; NULL for none. */
static char *logo_part(const char *alt, const char *doc)
{
    const char *cut = last_separator(doc);
    char *part;

    if (cut && logo_says(alt, strchr(cut + 1, ' ') + 1, doc))
        return al_strdup(strchr(cut + 1, ' ') + 1);
    if (!(cut = first_separator(doc)) || !(part = al_strndup(doc, (size_t)(cut - doc))))
        return NULL;
    if (!logo_says(alt, part, doc) || alt_runs_on(alt, doc, part)) {
        free(part);
        return NULL;
    }
    return part;
}

/* The part of <title> DOC the masthead banner's ALT says (banner_says):
 * its tail or its head; NULL for none. */
static char *banner_part(const char *banner, const char *doc)
{
    const char *cut = last_separator(doc);
    char *part;

    if (cut && banner_says(banner, strchr(cut + 1, ' ') + 1, doc))
        return al_strdup(strchr(cut + 1, ' ') + 1);
    if (!(cut = first_separator(doc)) || !(part = al_strndup(doc, (size_t)(cut - doc))))
        return NULL;
    if (!banner_says(banner, part, doc)) {
        free(part);
        return NULL;
    }
    return part;
}

/* The logo's name before its tagline ("The Tamsett Valley Courier -
 * Serving Harlow County Since 1891"), when the <title> DOC's head
 * (before its first separator) opens with that name and adds at most
 * LOGO_HEAD_MAX_EXTRA words of the edition's ("The Tamsett Valley
 * Courier Online :: Local News :: Story"): the masthead says the site's
 * name, the title the web edition's. The name has two words or more (one
 * word may be a section's); NULL for none. */
#define LOGO_HEAD_MAX_EXTRA 1
static char *logo_name_heads_title(const char *alt, const char *doc)
{
    const char *acut = first_separator(alt), *dcut = first_separator(doc);
    char *name, *head, *nk, *hk;
    size_t nw;
    bool hit;

    if (!acut || !dcut)
        return NULL;
    name = al_strndup(alt, (size_t)(acut - alt));
    head = al_strndup(doc, (size_t)(dcut - doc));
    nk = name ? al_text_key(name) : NULL;
    hk = head ? al_text_key(head) : NULL;
    nw = name ? al_text_words(name) : 0;
    hit = nk && hk && nw >= 2 && nw <= SITE_TAIL_MAX_WORDS && key_extends(hk, nk) &&
          al_text_words(head) <= nw + LOGO_HEAD_MAX_EXTRA;
    free(nk);
    free(hk);
    free(head);
    if (!hit) {
        free(name);
        return NULL;
    }
    return name;
}

/* A logo that says no part of <title> does not hide the masthead banner:
 * an advertiser's picture in a link to its own home page ("<a
 * href="http://www.ferramentazanetta.it"><img alt="Ferramenta
 * Zanetta">" in the side column) is taken for a logo by its link, and
 * the banner above it still names the site
 * (tests/pages/b27-it-cronaca-tabelle-ponte-gula). */
/* The title of the page's OpenSearch description (<link rel="search"
 * type="application/opensearchdescription+xml" title="Grodziska Wiki
 * (pl)">): the name a browser gives the site's search box, the site's
 * own ("Medium", "The Crumb Forum Search", MediaWiki's "Site (lang)");
 * NULL for none. */
static const char *opensearch_title(const al_dom *dom)
{
    for (int i = 0; i < dom->count; i++) {
        const char *type, *title;
        if (dom->nodes[i].tag != GUMBO_TAG_LINK || !al_dom_attr_has_token(dom, i, "rel", "search"))
            continue;
        type = al_dom_attr(dom, i, "type");
        title = al_dom_attr(dom, i, "title");
        if (type && al_text_casestr(type, "opensearchdescription") && title && *title)
            return title;
    }
    return NULL;
}

/* The alt of a picture in a link to the home page (home_href, within
 * LOGO_LINK_LEVELS levels up) that is a whole part of <title> DOC
 * (is_title_part) of two words or more, with the other side of the cut
 * in *REST (caller frees); false for none. An advertiser's logo links to
 * its own site, not this one's home. */
#define LOGO_LINK_LEVELS 3
static bool home_picture_part(const al_dom *dom, const char *doc, char **rest)
{
    for (int i = dom->body; i >= 0 && i < dom->nodes[dom->body].end; i++) {
        const char *alt;
        int p, up;
        char *ka;
        bool hit;
        if (dom->nodes[i].tag != GUMBO_TAG_IMG || (dom->nodes[i].flags & AL_NODE_TEXT) ||
            !(alt = al_dom_attr(dom, i, "alt")) || al_text_words(alt) < 2)
            continue;
        for (p = i, up = 0; p > dom->body && up < LOGO_LINK_LEVELS; p = dom->nodes[p].parent, up++)
            if (dom->nodes[p].tag == GUMBO_TAG_A)
                break;
        if (p <= dom->body || dom->nodes[p].tag != GUMBO_TAG_A || !home_href(al_dom_attr(dom, p, "href")))
            continue;
        ka = al_text_key(alt);
        hit = ka && is_title_part(doc, ka, rest) && *rest;
        free(ka);
        if (hit)
            return true;
        free(*rest);
        *rest = NULL;
    }
    return false;
}

/* A blog's <title> may be all of its header picture's alt and then the
 * post ("THE STYLE SCOUT - London Street Fashion: In the pink..."), the
 * blog's name holding a separator of its own, which strip_site_suffix
 * cuts at and so keeps the blog's name. When the alt of a picture linked
 * home is a whole part of <title> (home_picture_part) and a heading of
 * the page (h1 to h3, not a link home) says the other side, that heading
 * is the title. Evidence: the masthead picture's words and the heading
 * that says the rest (tests/pages/en-blog-title-after-logo-name). */
static void prefer_heading_after_logo(al_meta *m, const al_dom *dom)
{
    char *doc, *rest = NULL;
    bool found = false;

    if (!m->title || dom->body < 0 || !(doc = document_title(dom)))
        return;
    if (home_picture_part(dom, doc, &rest) && !al_text_same_words(rest, m->title))
        for (int i = dom->body; i < dom->nodes[dom->body].end && !found; i++) {
            char *text;
            if (!is_heading_tag(dom->nodes[i].tag) ||
                (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)) || heading_links_home(dom, i) ||
                !(text = al_dom_text(dom, i, true)))
                continue;
            if ((found = al_text_words(text) >= 1 && al_text_same_words(text, rest))) {
                free(m->title);
                m->title = al_text_normalize(text);
            }
            free(text);
        }
    free(rest);
    free(doc);
}

static void read_site_from_logo(al_meta *m, const al_dom *dom)
{
    char *doc, *part = NULL;
    const char *alt, *banner = NULL, *search;

    if (m->site_name || !(doc = document_title(dom)))
        return;
    if ((alt = logo_alt(dom)) != NULL)
        part = logo_part(alt, doc);
    if (!part && (banner = banner_alt(dom)) != NULL)
        part = banner_part(banner, doc);
    if (!part && (search = opensearch_title(dom)) != NULL)
        part = logo_part(search, doc);  /* the search box's name says it as a logo would */
    if (!part && alt)
        part = logo_name_heads_title(alt, doc);
    if (!part && banner)
        part = logo_name_heads_title(banner, doc);
    if (part) {
        char *site = al_text_normalize(part);
        set_once(&m->site_name, site);
        free(site);
    }
    free(part);
    free(doc);
}

/* With no site name yet, the <title>'s tail after its last separator
 * is the site's when the masthead's link home says those words as a line
 * of its own: the link, or an element inside it, whose words are the
 * tail's ("<a href="/"><img alt="Stemma del Comune"><div>Comune di San
 * Vito al Brenta</div><div>Provincia di Padova</div></a>",
 * tests/pages/b24-it-comune-avviso-amianto). A tail alone may be a
 * section's name; the link home vouches that it names the site, so the
 * name may be longer than a tail taken on a logo's word (a town's "Comune
 * di San Vito al Brenta" is six words). With no such tail, the head before
 * the first separator or ": " is taken on the same evidence: a blog's
 * template writes "Blog: Post" ("Nitka i Igła: Babcina maszyna ...",
 * its h1 "<a href="https://nitkaiigla.blogspot.com/">Nitka i Igła</a>",
 * tests/pages/b25-pl-blog-maszyna-lucznik-kawa). Links do not nest, so
 * each node is read once per link around it; the first HOME_LINKS_MAX
 * links home, of HOME_LINK_MAX_NODES nodes at most, are looked at, once
 * for the tail and once for the head. */
#define HOME_LINKS_MAX 16
#define HOME_SITE_MAX_WORDS 8
#define HOME_LINK_MAX_NODES 48

static bool home_link_says(const al_dom *dom, int a, const char *tail)
{
    for (int j = a; j < dom->nodes[a].end; j++) {
        char *text;
        bool same;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        text = al_dom_text(dom, j, true);
        same = text && al_text_same_words(text, tail);
        free(text);
        if (same)
            return true;
    }
    return false;
}

/* Does a link home of the page's first HOME_LINKS_MAX say PART, a part of
 * <title> DOC of 1 to HOME_SITE_MAX_WORDS words and not nearly all of it? */
static bool home_links_say(const al_dom *dom, const char *part, const char *doc)
{
    int links = 0;

    if (!part || al_text_words(part) < 1 || al_text_words(part) > HOME_SITE_MAX_WORDS ||
        al_text_words(doc) <= al_text_words(part) + 1)
        return false;
    for (int i = dom->body; i < dom->nodes[dom->body].end && links < HOME_LINKS_MAX; i++) {
        const al_node *n = &dom->nodes[i];
        if (n->tag != GUMBO_TAG_A || (n->flags & AL_NODE_TEXT) || !href_is_home(al_dom_attr(dom, i, "href")))
            continue;
        links++;
        if (n->end - i <= HOME_LINK_MAX_NODES && home_link_says(dom, i, part))
            return true;
        i = n->end - 1;
    }
    return false;
}

static void read_site_from_home_link(al_meta *m, const al_dom *dom)
{
    char *doc, *head = NULL;
    const char *tail, *cut, *colon;

    if (m->site_name || dom->body < 0 || !(doc = document_title(dom)))
        return;
    tail = last_separator_any(doc);
    if (home_links_say(dom, tail, doc)) {
        m->site_name = al_text_normalize(tail);
    } else {
        cut = first_separator(doc);
        colon = strstr(doc, ": ");
        if (colon && (!cut || colon < cut))
            cut = colon;
        if (cut && cut > doc && (head = al_strndup(doc, (size_t)(cut - doc))) != NULL &&
            home_links_say(dom, head, doc))
            m->site_name = al_text_normalize(head);
    }
    free(head);
    free(doc);
}

/* An old site's colophon, the page's last lines, opens with the site's
 * name and then its address ("Mairie de Saint-Aubin-des-Landes - 2,
 * place de l'Eglise - 49290 ..."): with no site name yet, a part of
 * <title> (its tail after the last separator, else its head before the
 * first) of 1 to HOME_SITE_MAX_WORDS words and not nearly all of it is
 * the site's when one of the body's last FOOTER_LINES texts outside
 * links is that part and then a separator and more. A
 * headline does not open the page's last line; the site's name does
 * (tests/pages/fr-asso-pied-de-page-nom-du-site). Evidence: position
 * (the end of the page) and the <title>'s part. */
#define FOOTER_LINES 8

static bool in_link(const al_dom *dom, int i)
{
    for (int p = dom->nodes[i].parent; p > dom->body; p = dom->nodes[p].parent)
        if (dom->nodes[p].tag == GUMBO_TAG_A)
            return true;
    return false;
}

/* Does LINE (normalised) say PART (normalised) and then a field
 * separator and more (the address)? The name alone may be a heading's. */
static bool line_opens_with_name(const char *line, const char *part)
{
    static const char *const seps[] = {
        " - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", ", ", NULL
    };
    size_t n = strlen(part);

    if (n == 0 || strncmp(line, part, n) != 0)
        return false;
    for (size_t k = 0; seps[k]; k++)
        if (strncmp(line + n, seps[k], strlen(seps[k])) == 0 && line[n + strlen(seps[k])])
            return true;
    return false;
}

static bool footer_says(const al_dom *dom, const char *part, const char *doc)
{
    char *name;
    int lines = 0;
    bool hit = false;

    if (!part || al_text_words(part) < 1 || al_text_words(part) > HOME_SITE_MAX_WORDS ||
        al_text_words(doc) <= al_text_words(part) + 1 || !(name = al_text_normalize(part)))
        return false;
    for (int i = dom->nodes[dom->body].end - 1; i > dom->body && lines < FOOTER_LINES && !hit;
         i--) {
        const al_node *n = &dom->nodes[i];
        char *raw, *line;
        if (!(n->flags & AL_NODE_TEXT) || n->g->type != GUMBO_NODE_TEXT ||
            (n->flags & AL_NODE_HIDDEN) || in_link(dom, i) || !(raw = al_dom_text(dom, i, false)))
            continue;
        line = al_text_normalize(raw);
        free(raw);
        if (line && al_text_words(line) >= 1) {
            lines++;
            hit = line_opens_with_name(line, name);
        }
        free(line);
    }
    free(name);
    return hit;
}

static void read_site_from_footer(al_meta *m, const al_dom *dom)
{
    char *doc, *head = NULL;
    const char *tail, *cut;

    if (m->site_name || dom->body < 0 || !(doc = document_title(dom)))
        return;
    tail = last_separator(doc) ? last_separator_any(doc) : NULL;
    if (tail && footer_says(dom, tail, doc))
        m->site_name = al_text_normalize(tail);
    else if ((cut = first_separator(doc)) != NULL && cut > doc &&
             (head = al_strndup(doc, (size_t)(cut - doc))) != NULL && footer_says(dom, head, doc))
        m->site_name = al_text_normalize(head);
    free(head);
    free(doc);
}

/* Does HREF lead to the page at URL: the same address once the scheme
 * and a last "/" are set aside? A link with a fragment ("#comments") is
 * a jump within the page, not the page's address. */
static bool href_is_page(const char *href, const char *url)
{
    const char *h = href ? strstr(href, "//") : NULL, *u = url ? strstr(url, "//") : NULL;
    size_t hn, un;

    if (!h || !u || strchr(href, '#'))
        return false;
    hn = strlen(h);
    un = strlen(u);
    hn -= hn > 2 && h[hn - 1] == '/';
    un -= un > 2 && u[un - 1] == '/';
    return hn == un && strncasecmp(h, u, hn) == 0;
}

/* The link inside heading I that holds all its text, or -1. */
static int heading_whole_link(const al_dom *dom, int i)
{
    char *all = al_dom_text(dom, i, true);
    int found = -1;

    for (int j = i + 1; all && j < dom->nodes[i].end && found < 0; j++) {
        char *text;
        if (dom->nodes[j].tag != GUMBO_TAG_A || (dom->nodes[j].flags & AL_NODE_TEXT))
            continue;
        text = al_dom_text(dom, j, true);
        if (text && al_text_words(text) >= 1 && al_text_same_words(text, all))
            found = j;
        free(text);
    }
    free(all);
    return found;
}

/* A blog prints the post's name as a link to the post itself, its
 * permalink, while the same theme's <title> or only <h1> may be the blog's
 * name alone ("Suicide Bots" on every page) or name another post. The
 * visible heading (h1 to h3) whose link holds all its text and leads to
 * the page's own address (the canonical link's), or, with no such
 * heading, the page's only heading whose whole link is marked
 * rel="bookmark", is the post's title; an archive lists many posts, a
 * post's page links to itself once. A link to the home page is the blog's
 * name, never the post's. Evidence: the link's address and rel, no class
 * word; a one-word title ("Shuteye") counts, the link vouching for it. */
static int permalink_heading(const al_dom *dom)
{
    const char *url = NULL;
    int self = -1, mark = -1, marks = 0;

    for (int i = 0; i < dom->count && !url; i++)
        if (dom->nodes[i].tag == GUMBO_TAG_LINK && al_dom_attr_has_token(dom, i, "rel", "canonical"))
            url = al_dom_attr(dom, i, "href");
    for (int i = dom->body; i >= 0 && i < dom->nodes[dom->body].end && self < 0; i++) {
        int a;
        const char *href;
        if (!is_heading_tag(dom->nodes[i].tag) ||
            (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)) ||
            (a = heading_whole_link(dom, i)) < 0)
            continue;
        href = al_dom_attr(dom, a, "href");
        if (href_is_home(href))
            continue;
        if (url && href_is_page(href, url))
            self = i;
        else if (al_dom_attr_has_token(dom, a, "rel", "bookmark") && marks++ == 0)
            mark = i;
    }
    return self >= 0 ? self : marks == 1 ? mark : -1;
}

/* The post's permalink heading (permalink_heading) is the title. */
static void prefer_permalink_heading(al_meta *m, const al_dom *dom)
{
    int h = permalink_heading(dom);
    char *text = h >= 0 ? al_dom_text(dom, h, true) : NULL;

    if (text && (!m->title || !al_text_same_words(text, m->title))) {
        free(m->title);
        m->title = al_text_normalize(text);
    }
    free(text);
}

/* A blog whose theme sets its name as a heading linked home below the
 * post (a header widget in the sidebar, a name in the footer), with
 * <title> or the metadata saying only that name: the title is the
 * blog's, not the post's. Evidence: the title is the words of a heading
 * that links home (heading_links_home), and before that heading exactly
 * one heading of h1 to h4 heads a body (heads_body: a headline of three
 * words or more, then a paragraph of prose after at most a byline and a
 * date), not linked home: the post's headline, which the listener
 * hears. Two such headings are a list of posts: the blog's name stays.
 * The name, said by <title> and by a link home, is the site's name when
 * nothing else named it (tests/pages/en-blog-sidebar-name-below-post). */
static void prefer_post_over_blog_name(al_meta *m, const al_dom *dom)
{
    int name = -1, post = -1, posts = 0;
    char *text;

    if (!m->title || dom->body < 0)
        return;
    for (int i = dom->body; i < dom->nodes[dom->body].end && name < 0; i++) {
        GumboTag t = dom->nodes[i].tag;
        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || t < GUMBO_TAG_H1 || t > GUMBO_TAG_H6)
            continue;
        if (!(text = al_dom_text(dom, i, true)))
            continue;
        if (heading_links_home(dom, i) && al_text_same_words(text, m->title))
            name = i;
        else if (t <= GUMBO_TAG_H4 && !heading_links_home(dom, i) &&
                 !al_text_same_words(text, m->title) && heads_body(dom, i, text, m->site_name) && posts++ == 0)
            post = i;
        free(text);
        i = dom->nodes[i].end - 1;
    }
    if (name < 0 || post < 0 || posts != 1 || !(text = al_dom_text(dom, post, true)))
        return;
    if (!m->site_name)
        m->site_name = m->title;
    else
        free(m->title);
    m->title = al_text_normalize(text);
    free(text);
}

/* A masthead's <h1> greets the reader with the site's name ("You're
 * reading <a>Signal vs. Noise</a>, a publication about the web by
 * 37signals since 1999."): it is not the post's title when it sits in a
 * <header> outside any <article> or <main>, holds a link whose words
 * name the site (the site's name begins with them) or that leads home,
 * and <title> does not hold its words. The <title> is read instead.
 * Evidence: the header element, the link and the site's name, and
 * <title>'s disagreement (tests/pages/en-blog-masthead-h1-greeting). */
static bool masthead_h1(const al_meta *m, const al_dom *dom, int h1)
{
    bool in_header = false, names = false, apart = false;
    char *ks, *doc, *text, *kd, *kh;

    for (int p = dom->nodes[h1].parent; p >= 0; p = dom->nodes[p].parent) {
        GumboTag t = dom->nodes[p].tag;
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
            return false;
        in_header = in_header || t == GUMBO_TAG_HEADER;
    }
    if (!in_header)
        return false;
    ks = m->site_name ? al_text_key(m->site_name) : NULL;
    for (int j = h1 + 1; j < dom->nodes[h1].end && !names; j++) {
        char *lt, *lk;
        if (dom->nodes[j].tag != GUMBO_TAG_A || (dom->nodes[j].flags & AL_NODE_TEXT))
            continue;
        lt = al_dom_text(dom, j, true);
        lk = lt ? al_text_key(lt) : NULL;
        names = href_is_home(al_dom_attr(dom, j, "href")) ||
                (ks && lk && lk[0] && (strcmp(ks, lk) == 0 || key_extends(ks, lk)));
        free(lk);
        free(lt);
    }
    free(ks);
    if (!names || !(doc = document_title(dom)))
        return false;
    text = al_dom_text(dom, h1, true);
    kd = al_text_key(doc);
    kh = text ? al_text_key(text) : NULL;
    apart = kd && kh && kh[0] && !strstr(kd, kh);
    free(kh);
    free(kd);
    free(text);
    free(doc);
    return apart;
}

/* The child of ancestor A that holds node I. */
static int branch_of(const al_dom *dom, int a, int i)
{
    while (dom->nodes[i].parent != a)
        i = dom->nodes[i].parent;
    return i;
}

/* The text of node I's subtree (its text nodes: elements are summed
 * only at extraction), *LINK the part of it in links. */
static unsigned subtree_text(const al_dom *dom, int i, unsigned *link)
{
    unsigned all = 0;

    *link = 0;
    for (int j = i; j < dom->nodes[i].end; j++)
        if ((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].g->type != GUMBO_NODE_WHITESPACE) {
            all += dom->nodes[j].text_len;
            *link += (dom->nodes[j].flags & AL_NODE_LINK) ? dom->nodes[j].text_len : 0;
        }
    return all;
}

/* Does branch B hold a widget of the page's chrome: a form (a search
 * box) or a list whose text is mostly links (an archive, a blogroll)? */
static bool holds_widget(const al_dom *dom, int b)
{
    for (int j = b; j < dom->nodes[b].end; j++) {
        const al_node *n = &dom->nodes[j];
        unsigned all, link;
        if (n->flags & AL_NODE_TEXT)
            continue;
        if (n->tag == GUMBO_TAG_FORM)
            return true;
        if ((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) && (all = subtree_text(dom, j, &link)) > 0 &&
            2 * link >= all)
            return true;
    }
    return false;
}

/* A theme that sets the blog's name, or a widget's title, as the page's
 * only <h1> in a sidebar column, and the post's headline as an <h2> to
 * <h4> at the head of the main column: the title is the post's headline,
 * not the sidebar's. Evidence: the title read is the <h1>'s words and
 * <title> says no more of the post (it is the <h1>'s words, the blog's
 * name, or does not hold them: a widget's "About this notebook"); exactly
 * one heading elsewhere heads a body (heads_body), is no link and opens
 * its column (no text before it in the branch beside the <h1>'s), whose
 * text outside links is more than the <h1>'s branch's; the <h1> is in
 * no <article> or <main>, its branch is not a <header> and holds the
 * sidebar's widgets (a form, or a list of links). The blog's name, said by <title> and the
 * <h1>, is the site's name when nothing else named it
 * (tests/pages/en-blog-sidebar-h1-post-h2). */
static void prefer_post_over_sidebar_h1(al_meta *m, const al_dom *dom)
{
    int h1, post = -1, posts = 0, lca, bh, bp;
    unsigned bp_text, bp_link, bh_text, bh_link;
    char *text = NULL, *doc = NULL, *kd = NULL, *kh = NULL;
    bool doc_is_h1 = false;

    if (!m->title || dom->body < 0 ||
        (h1 = first_tag(dom, GUMBO_TAG_H1, dom->body, dom->nodes[dom->body].end)) < 0 ||
        first_tag(dom, GUMBO_TAG_H1, h1 + 1, dom->nodes[dom->body].end) >= 0 ||
        !(text = al_dom_text(dom, h1, true)) || !al_text_same_words(text, m->title))
        goto done;
    if ((doc = document_title(dom))) {
        kd = al_text_key(doc);
        kh = al_text_key(text);
        doc_is_h1 = kd && kh && strcmp(kd, kh) == 0;
        if (!kd || !kh || (!doc_is_h1 && strstr(kd, kh)))
            goto done;                  /* "Post | Blog": other rules read the post's part */
    }
    for (int i = dom->body; i < dom->nodes[dom->body].end; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *ht;
        if (i == h1) {
            i = dom->nodes[i].end - 1;
            continue;
        }
        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || t < GUMBO_TAG_H2 || t > GUMBO_TAG_H4)
            continue;
        if ((ht = al_dom_text(dom, i, true))) {
            if (!heading_links_home(dom, i) && !al_text_same_words(ht, m->title) &&
                heads_body(dom, i, ht, m->site_name) && posts++ == 0)
                post = i;
            free(ht);
        }
        i = dom->nodes[i].end - 1;
    }
    if (posts != 1)
        goto done;
    for (lca = dom->nodes[post].parent; lca >= 0 && !(h1 > lca && h1 < dom->nodes[lca].end);
         lca = dom->nodes[lca].parent)
        ;
    if (lca < 0)
        goto done;
    bh = branch_of(dom, lca, h1);
    bp = branch_of(dom, lca, post);
    bp_text = subtree_text(dom, bp, &bp_link);
    bh_text = subtree_text(dom, bh, &bh_link);
    if (dom->nodes[bh].tag == GUMBO_TAG_HEADER || !holds_widget(dom, bh) || bp_text - bp_link <= bh_text - bh_link)
        goto done;
    for (int a = dom->nodes[h1].parent; a >= 0; a = dom->nodes[a].parent)
        if (dom->nodes[a].tag == GUMBO_TAG_ARTICLE || dom->nodes[a].tag == GUMBO_TAG_MAIN)
            goto done;                  /* the <h1> is the article's */
    for (int j = bp; j < post; j++)
        if ((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].g->type != GUMBO_NODE_WHITESPACE &&
            !(dom->nodes[j].flags & AL_NODE_DROP))
            goto done;                  /* the heading does not open its column */
    free(text);
    if (!(text = al_dom_text(dom, post, true)))
        goto done;
    if (doc_is_h1 && !m->site_name) {
        m->site_name = m->title;
        m->title = NULL;
    }
    free(m->title);
    m->title = al_text_normalize(text);
done:
    free(text);
    free(doc);
    free(kd);
    free(kh);
}

static void decode_refs(char **slot);

static void read_title_sources(al_meta *m, const al_dom *dom);

static void read_title(al_meta *m, const al_dom *dom)
{
    read_title_sources(m, dom);
    prefer_post_over_blog_name(m, dom);
    prefer_post_over_sidebar_h1(m, dom);
}

static void read_title_sources(al_meta *m, const al_dom *dom)
{
    int h1;
    char *text;

    if (m->title) {
        decode_refs(&m->title);     /* JSON-LD's "&quot;": compared with the h1 */
        prefer_longer_h1(m, dom);
        prefer_document_h1(m, dom); /* JSON-LD's headline may be the social card's too */
        return;
    }
    set_once(&m->title, meta_content(dom, "og:title"));
    set_once(&m->title, meta_content(dom, "twitter:title"));
    set_once(&m->title, meta_content(dom, "dc.title"));
    if (m->title) {
        strip_known_suffix(m, dom);
        strip_known_prefix(m, dom);
        prefer_heading(m, dom);
        prefer_part_heading(m, dom);
        prefer_document_h1(m, dom);
        return;
    }
    if (dom->body >= 0 && (h1 = first_tag(dom, GUMBO_TAG_H1, dom->body, dom->nodes[dom->body].end)) >= 0 &&
        first_tag(dom, GUMBO_TAG_H1, h1 + 1, dom->nodes[dom->body].end) < 0 && !masthead_h1(m, dom, h1)) {
        char *key, *post;
        text = al_dom_text_less_jump(dom, h1);  /* not its "149 Comments" link */
        key = text ? al_text_key(text) : NULL;
        post = key ? title_after_blog_name(dom, key, h1) : NULL;
        set_once(&m->title, post ? post : text);
        free(post);
        free(key);
        free(text);
        if (m->title) {
            prefer_part_heading(m, dom);
            prefer_heading_after_mark(m, dom);
            prefer_permalink_heading(m, dom);
            return;
        }
    }
    if (first_tag(dom, GUMBO_TAG_TITLE, 0, dom->count) >= 0) {
        char *raw = document_title(dom), *clean = raw ? strip_site_suffix(raw, m->site_name) : NULL;
        set_once(&m->title, clean);
        free(raw);
        free(clean);
        prefer_heading(m, dom);
        prefer_part_heading(m, dom);
        prefer_heading_after_mark(m, dom);
        prefer_document_h1(m, dom);
        prefer_permalink_heading(m, dom);
        prefer_part_line(m, dom);
        prefer_spelled_out_line(m, dom);
        prefer_shown_head(m, dom);
        prefer_heading_after_logo(m, dom);
    }
}

/* ---- character references left in the text ---------------------------- */

/* The parser decodes references once; a page that encoded them twice
 * ("&amp;#8220;", "&amp;amp;") leaves "&#8220;" in a title, which a
 * listener would hear as "ampersand hash 8220". Each field is decoded once
 * more (twice for "&amp;#163;"). Names beyond these few are left as they
 * are; controls are never produced (al_text_normalize runs after). */
static const struct { const char *name; uint32_t cp; } named_refs[] = {
    { "amp", '&' }, { "quot", '"' }, { "apos", '\'' }, { "lt", '<' }, { "gt", '>' },
    { "nbsp", 0xA0 }, { "hellip", 0x2026 }, { "mdash", 0x2014 }, { "ndash", 0x2013 },
    { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
    { "laquo", 0xAB }, { "raquo", 0xBB }, { "pound", 0xA3 }, { "euro", 0x20AC },
    { "copy", 0xA9 }, { "reg", 0xAE }, { "trade", 0x2122 }, { "eacute", 0xE9 },
};
/* Windows-1252 in numeric references 128..159, as browsers read them. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178
};
#define REF_MAX_BYTES 10

/* The code point of the reference at S ("&#8220;", "&#x201C;", "&rsquo;"),
 * its length in *LEN; 0 when S is not one. */
static uint32_t char_ref(const char *s, size_t *len)
{
    const char *semi = strchr(s, ';');
    uint32_t cp = 0;
    size_t k;

    if (s[0] != '&' || !semi || semi - s > REF_MAX_BYTES || semi - s < 3)
        return 0;
    *len = (size_t)(semi - s) + 1;
    if (s[1] == '#') {
        bool hex = s[2] == 'x' || s[2] == 'X';
        const char *d = s + (hex ? 3 : 2);
        if (d == semi)
            return 0;
        for (; d < semi; d++) {
            int v = isdigit((unsigned char)*d) ? *d - '0'
                    : hex && isxdigit((unsigned char)*d) ? (tolower((unsigned char)*d) - 'a' + 10) : -1;
            if (v < 0 || cp > 0x10FFFF)
                return 0;
            cp = cp * (hex ? 16 : 10) + (uint32_t)v;
        }
        if (cp >= 0x80 && cp < 0xA0)
            cp = cp1252_high[cp - 0x80];
        return cp < 0x20 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000) ? 0 : cp;
    }
    for (k = 0; k < sizeof(named_refs) / sizeof(named_refs[0]); k++)
        if (strlen(named_refs[k].name) == *len - 2 && strncmp(s + 1, named_refs[k].name, *len - 2) == 0)
            return named_refs[k].cp;
    return 0;
}

/* Decode the references in *SLOT, in place; twice at most. */
static void decode_refs(char **slot)
{
    int round;

    for (round = 0; round < 2 && *slot && strchr(*slot, '&'); round++) {
        al_buf b = AL_BUF_INIT;
        const char *s = *slot;
        bool changed = false;
        char *v;

        while (*s) {
            char utf8[4];
            size_t len = 0;
            uint32_t cp = *s == '&' ? char_ref(s, &len) : 0;
            if (cp) {
                al_buf_put(&b, utf8, al_utf8_encode(cp, utf8));
                s += len;
                changed = true;
            } else {
                al_buf_putc(&b, *s++);
            }
        }
        if (!changed || !b.data) {
            al_buf_free(&b);
            return;
        }
        v = al_text_normalize(b.data);
        al_buf_free(&b);
        if (!v)
            return;
        free(*slot);
        *slot = v;
    }
}

/* ---- byline, date, language, URL --------------------------------------- */

static bool looks_like_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0 || s[0] == '/');
}

/* The length of the longest entry of [page.byline_prefix] that TEXT opens
 * with ("posted by", not "posted"), followed by a space, or ending in a
 * colon where scripts without spaces write none ("作者：周文博"), or
 * followed by a colon of its own and a space ("By: Gregory Parks", the
 * colon counted in); 0 for none. */
static size_t byline_prefix_len(const char *text)
{
    size_t n, best = 0;
    const al_lang_entry *by = al_lang_table("page.byline_prefix", NULL, &n);

    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(by[k].key);
        bool colon = len && (by[k].key[len - 1] == ':' ||
                             (len >= 3 && strcmp(by[k].key + len - 3, "\xEF\xBC\x9A") == 0));
        if (len > best && strncasecmp(text, by[k].key, len) == 0 && (text[len] == ' ' || colon))
            best = len;
        else if (len + 1 > best && !colon && strncasecmp(text, by[k].key, len) == 0 && text[len] == ':' &&
                 text[len + 1] == ' ')
            best = len + 1;
    }
    return best;
}

/* Is W, one word, a weekday's name in any language ([speech.weekday_abbrev]'s
 * values: "Monday", "lundi")? */
static bool weekday_name(const char *w)
{
    size_t k, n;
    const al_lang_entry *e = al_lang_table("speech.weekday_abbrev", NULL, &n);
    char *key = al_text_key(w);
    bool hit = false;

    for (k = 0; key && *key && k < n && !hit; k++) {
        char *name = e[k].value ? al_text_key(e[k].value) : NULL;
        hit = name && strcmp(name, key) == 0;
        free(name);
    }
    free(key);
    return hit;
}

/* "Joe Wee Monday, February 29, 2016": a weekday's name that ends OUT
 * before a stamp with digits (REST) is the stamp's first word. */
static void drop_stamp_weekday(char *out, const char *rest)
{
    char *last = strrchr(out, ' ');

    if (last && strpbrk(rest, "0123456789") && weekday_name(last + 1))
        *last = '\0';
}

/* A news dateline, not a name: OUT, the text before the first separator,
 * is one word in capitals ("WESTPORT") and REST, after a comma, holds a
 * number ("WESTPORT, Wash. July 24, 2012 (AP)" in an element whose class
 * says "byline_date"). A name in capitals has two words. */
#define DATELINE_PLACE_MIN_BYTES 3

static bool dateline_place(const char *out, const char *rest)
{
    size_t n = strlen(out);

    if (n < DATELINE_PLACE_MIN_BYTES || strchr(out, ' ') || rest[0] != ',' || !strpbrk(rest, "0123456789"))
        return false;
    for (const char *p = out; *p; p++)
        if (islower((unsigned char)*p) || ((unsigned char)*p < 0x80 && !isalpha((unsigned char)*p) && *p != '-'))
            return false;
    return true;
}

/* A byline element's text without "By", "Von", "Par"... and without what
 * follows the name (", 4 May 2024", " | Reporter"). NULL when it does not
 * look like a name (too long, empty). */
static char *clean_byline(const char *text)
{
    static const char *const seps[] = { ",", " | ", " \xC2\xB7 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", "\n" };
    size_t k, n;
    char *out;

    text += byline_prefix_len(text);    /* the word, then a space */
    text += strspn(text, " ");
    n = strlen(text);
    for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {   /* the name ends at the first */
        const char *hit = strstr(text, seps[k]);
        if (hit && (size_t)(hit - text) < n)
            n = (size_t)(hit - text);
    }
    out = al_strndup(text, n);
    if (out) {
        while (n && out[n - 1] == ' ')
            out[--n] = '\0';
        drop_stamp_weekday(out, text + n);
        n = strlen(out);
        if (!n || al_text_words(out) > 6 || strpbrk(out, "0123456789") || dateline_place(out, text + n)) {
            free(out);
            out = NULL;
        }
    }
    return out;
}

/* A link to an author's page: its path has an author segment and then a
 * name's slug ("/authors/priya-natarajan", "/autor/sabine-klaes"). URL
 * words are the site's vocabulary, not a language's. Returns the slug's
 * start in the href (its length: author_slug_len), or NULL. */
static const char *author_slug(const al_dom *dom, int i)
{
    static const char *const segments[] = { "/author/", "/authors/", "/autor/", "/autoren/", "/autore/",
                                            "/autores/", "/auteur/", "/auteurs/", "/autorzy/" };
    const char *href = dom->nodes[i].tag == GUMBO_TAG_A ? al_dom_attr(dom, i, "href") : NULL;
    size_t k;

    for (k = 0; href && k < sizeof(segments) / sizeof(segments[0]); k++) {
        const char *hit = strstr(href, segments[k]);
        if (hit && hit[strlen(segments[k])] && hit[strlen(segments[k])] != '?' && hit[strlen(segments[k])] != '#')
            return hit + strlen(segments[k]);
    }
    return NULL;
}

static size_t author_slug_len(const char *slug)
{
    return strcspn(slug, "/?#");
}

static bool author_link(const al_dom *dom, int i)
{
    return author_slug(dom, i) != NULL;
}

/* Is author link I's text also the text of a link to another author's
 * page, another slug ("Posts | Bio" under each writer of a sidebar)?
 * The same words for two people are a label, not a name. */
static bool author_label_link(const al_dom *dom, int i)
{
    const char *slug = author_slug(dom, i), *s2;
    size_t n = slug ? author_slug_len(slug) : 0;
    char *text, *other;
    bool same = false;

    if (!slug || !(text = al_dom_text(dom, i, false)))
        return false;
    for (int j = dom->body; j >= 0 && j < dom->count && !same; j++) {
        if (j == i || !(s2 = author_slug(dom, j)) || (author_slug_len(s2) == n && !strncmp(slug, s2, n)))
            continue;
        if ((other = al_dom_text(dom, j, false)) != NULL) {
            same = al_text_same_words(text, other);
            free(other);
        }
    }
    free(text);
    return same;
}

/* Does the class list CLS have a part (split at spaces, '-' and '_') that
 * starts with PREFIX ("sn-auteur", "auteurs"; not "hauteur")? */
static bool class_part_starts(const char *cls, const char *prefix)
{
    size_t n = strlen(prefix);

    for (const char *p = cls; *p; p++)
        if ((p == cls || strchr(" \t\n-_", p[-1])) && strncasecmp(p, prefix, n) == 0)
            return true;
    return false;
}

/* Is node I in the site's menus: a <nav>, or a list of MENU_MIN_ITEMS
 * items or more, each but one a link ("Andy Serwer" in a drop-down of the
 * site's columnists, a link to an author's page)? A story's list of its
 * two or three authors is shorter. */
#define MENU_MIN_ITEMS 5

static bool has_link(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
    return false;
}

static bool in_menu(const al_dom *dom, int i)
{
    for (int p = dom->nodes[i].parent; p >= 0 && p != dom->body; p = dom->nodes[p].parent) {
        GumboTag t = dom->nodes[p].tag;
        int items = 0, links = 0;

        if (t == GUMBO_TAG_NAV)
            return true;
        if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL)
            continue;
        for (int c = p + 1; c < dom->nodes[p].end; c = dom->nodes[c].end)
            if (dom->nodes[c].tag == GUMBO_TAG_LI && !(dom->nodes[c].flags & AL_NODE_TEXT)) {
                items++;
                links += has_link(dom, c);
            }
        if (items >= MENU_MIN_ITEMS && links >= items - 1)
            return true;
    }
    return false;
}

/* Is node I a picture's credit: inside a <figure> or a <figcaption>, or
 * within PICTURE_MAX_DEPTH levels of an element of at most
 * PICTURE_MAX_CHARS characters whose class or id names a picture or its
 * caption ("photo-data" around a caption and a class="byline" credit
 * "Tony Kurdzuk/The Star-Ledger")? A longer one is a story's body that
 * says what it holds ("text media-image entry-content"), and one further
 * up holds the picture beside the byline. */
#define PICTURE_MAX_DEPTH 2
#define PICTURE_MAX_CHARS 400

static bool in_picture(const al_dom *dom, int i)
{
    static const char *const words[] = { "photo", "caption", "image", "figure", "foto", "picture", "slideshow", "gallery", NULL };
    int depth = 0;

    for (int p = dom->nodes[i].parent; p >= 0 && p != dom->body; p = dom->nodes[p].parent, depth++) {
        if (dom->nodes[p].tag == GUMBO_TAG_FIGURE || dom->nodes[p].tag == GUMBO_TAG_FIGCAPTION)
            return true;
        if (depth < PICTURE_MAX_DEPTH && dom->nodes[p].text_len <= PICTURE_MAX_CHARS &&
            (al_value_has_part(al_dom_attr(dom, p, "class"), " \t\n-_", words) ||
             al_value_has_part(al_dom_attr(dom, p, "id"), " \t\n-_", words)))
            return true;
    }
    return false;
}

/* The text of the one element inside author marker I whose class names
 * a name ("byline-name", hCard's "fn"), when the marker also holds other
 * things ("By Helen Briggs" beside "BBC News" in a "byline-title"); NULL
 * when there is none or more than one (two authors' names). */
static char *class_name_text(const al_dom *dom, int i)
{
    static const char *const words[] = { "name", "fn", NULL };
    int found = -1;

    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        if ((dom->nodes[j].flags & AL_NODE_TEXT) ||
            !al_value_has_part(al_dom_attr(dom, j, "class"), " \t\n-_", words))
            continue;
        if (found >= 0)
            return NULL;
        found = j;
        j = dom->nodes[j].end - 1;
    }
    return found >= 0 ? al_dom_text(dom, found, true) : NULL;
}

static bool is_author_marker(const al_dom *dom, int i)
{
    const char *cls = al_dom_attr(dom, i, "class");

    /* rel and itemprop are lists of words: itemprop="author creator" */
    if (al_dom_attr_has_token(dom, i, "rel", "author") || al_dom_attr_has_token(dom, i, "itemprop", "author") ||
        author_link(dom, i))
        return true;
    /* class="byline", "author-name", "authorName", "post-author", "autor", the French and
     * Dutch "auteur" as a part of its own; not the author box, not a
     * picture's credit */
    return cls && (al_text_casestr(cls, "byline") || al_text_casestr(cls, "author-name") ||
                   al_text_casestr(cls, "post-author") || al_text_casestr(cls, "article-author") ||
                   al_text_casestr(cls, "authorname") ||
                   al_text_casestr(cls, "autor") || class_part_starts(cls, "auteur")) &&
           !al_text_casestr(cls, "box") && !al_text_casestr(cls, "bio") && !al_text_casestr(cls, "avatar") &&
           /* a picture's author ("jc-foto__autor", "photo-author") is its credit */
           !al_text_casestr(cls, "foto") && !al_text_casestr(cls, "photo") && !al_text_casestr(cls, "credit");
}

/* The text of the itemprop="name" inside a microdata author (a user card
 * with reputation and badges around the name), hidden or not; NULL when
 * there is none. */
static char *itemprop_name(const al_dom *dom, int i)
{
    int j;

    for (j = i + 1; j < dom->nodes[i].end; j++) {
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && al_dom_attr_has_token(dom, j, "itemprop", "name"))
            return al_dom_text(dom, j, false);
    }
    return NULL;
}

/* Does NAME name the site rather than a person: the site name, or the
 * tail of <title> after a separator ("..._科技频道_东岸网", "... | The
 * Harbour Gazette")? */
static bool names_the_site(const al_meta *m, const al_dom *dom, const char *name)
{
    char *doc;
    bool site = false;

    if (!name || !*name)
        return false;
    if (m->site_name && al_text_same_words(name, m->site_name))
        return true;
    if ((doc = document_title(dom)) != NULL) {
        const char *tail = last_separator_any(doc);
        site = tail && al_text_words(doc) > al_text_words(name) && al_text_same_words(tail, name);
        free(doc);
    }
    return site;
}

/* A newsroom word ends a compound from this many bytes: "redactie",
 * "redaktion", "newsdesk"; not "staff", the end of "Flagstaff". */
#define NEWSROOM_COMPOUND_MIN_BYTES 7

/* Does a word of KEY (an al_text_key) end in W, one word, with more
 * before it: a compound ("wetenschapsredactie", "sportredaktion")? */
static bool compound_ends_in(const char *key, const char *w)
{
    size_t n = strlen(w);

    if (n < NEWSROOM_COMPOUND_MIN_BYTES || strchr(w, ' '))
        return false;
    for (const char *h = key; (h = strstr(h, w)) != NULL; h++)
        if (h > key && h[-1] != ' ' && (h[n] == '\0' || h[n] == ' '))
            return true;
    return false;
}

/* Does NAME hold a word or phrase of TABLE, on word boundaries, or a
 * word that ends in one of them (compound_ends_in)? */
static bool holds_table_word(const char *name, const char *table)
{
    size_t k, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);
    char *key = al_text_key(name);
    bool hit = false;

    for (k = 0; key && k < n && !hit; k++) {
        const char *w = al_lang_entry_key(&e[k]);
        hit = w && (al_key_has_words(key, w) || compound_ends_in(key, w));
    }
    free(key);
    return hit;
}

/* A newsroom, not a person: NAME holds a word or phrase of
 * [page.byline_newsroom] ("La Rédaction", "Redazione AgriSud", "Staff"),
 * on word boundaries, or a word that ends in one of them, a desk named
 * as compounding languages do ("Wetenschapsredactie Kennisplein",
 * "Sportredaktion"). */
static bool names_a_newsroom(const char *name)
{
    return holds_table_word(name, "page.byline_newsroom");
}

static bool joiner_at(const char *s, size_t *len);
static bool capitalised(const char *w);

/* Is the word at W, LEN bytes, one of TABLE's entries, as written? */
static bool word_in(const char *w, size_t len, const al_lang_entry *e, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(e[k].key) == len && strncmp(w, e[k].key, len) == 0)
            return true;
    return false;
}

/* A phrase, not a name: NAME has a capitalised word and a word in lower
 * case that is one of [extract.stopwords], in any language, as the page's
 * may not be known yet ("Leave a
 * Comment", "the Google Desktop Team", "Geeks are Sexy", "Wil Wheaton's
 * books on Goodreads"), not a name's particle ([page.name_particle]: "Ana
 * de la Fuente") nor a word that joins two names ([page.byline_joiner]).
 * A name in lower case only ("bell hooks") is not judged. */
static bool stopword_phrase(const char *name)
{
    size_t ns, np, len;
    const al_lang_entry *stop = al_lang_table("extract.stopwords", NULL, &ns);
    const al_lang_entry *part = al_lang_table("page.name_particle", NULL, &np);
    bool capital = false, phrase = false;

    for (const char *w = name; *w; w += strcspn(w, " "), w += strspn(w, " ")) {
        len = strcspn(w, " ");
        if (capitalised(w))
            capital = true;
        else if (islower((unsigned char)*w) && stop && word_in(w, len, stop, ns) &&
                 !(part && word_in(w, len, part, np)) && !joiner_at(w, &len))
            phrase = true;
    }
    return capital && phrase;
}

/* No one's name: NAME holds a word or phrase of [page.byline_nobody],
 * what a CMS puts where no name was entered or an account that is a role
 * ("author", "No Primary Author", "Admin", "Gastautor": a word that ends
 * in one too), or every word of it is one of the page language's
 * [extract.stopwords] (a link to an author's quotes whose text is "you"),
 * or it is a phrase with a function word (stopword_phrase), or a weekday's
 * name alone ("Monday" over a list of posts). */
static bool names_nobody(const al_meta *m, const char *name)
{
    size_t ns;
    const al_lang_entry *stop = al_lang_table("extract.stopwords", m->lang ? m->lang : "en", &ns);
    char *key = al_text_key(name);
    bool hit = holds_table_word(name, "page.byline_nobody"), all_stop = key && *key;

    for (char *w = key; !hit && all_stop && w && *w;) {
        size_t len = strcspn(w, " ");
        all_stop = stop && word_in(w, len, stop, ns);
        w += len;
        w += strspn(w, " ");
    }
    free(key);
    return hit || (all_stop && stop) || stopword_phrase(name) || (!strchr(name, ' ') && weekday_name(name));
}

/* A share bar's labels, not a person: every word of NAME is a one-word
 * entry of [extract.share] in some language or in mul.txt ("Compartir
 * WhatsApp X", "Share Tweet Email" beside a post's stamp, where no name
 * was printed). One such word beside others is a name's ("Mark Pin"). */
static bool share_labels(const char *name)
{
    size_t n;
    const al_lang_entry *e = al_lang_table("extract.share", NULL, &n);
    char *key = al_text_key(name);
    bool all = key && *key && e;

    for (char *w = key; all && *w;) {
        size_t len = strcspn(w, " "), k;
        for (k = 0; k < n; k++) {
            const char *entry = al_lang_entry_key(&e[k]);
            if (entry && strlen(entry) == len && strncmp(w, entry, len) == 0)
                break;
        }
        all = k < n;
        w += len;
        w += strspn(w, " ");
    }
    free(key);
    return all;
}

/* An agency's acronym, not a person: one word of AGENCY_MIN_LETTERS to
 * AGENCY_MAX_LETTERS capital letters ("APA", "AFP", "ANSA"), nothing else;
 * a person's byline has a name in lower case letters. */
#define AGENCY_MIN_LETTERS 2
#define AGENCY_MAX_LETTERS 5

static bool agency_acronym(const char *name)
{
    size_t n = strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    return n >= AGENCY_MIN_LETTERS && n <= AGENCY_MAX_LETTERS && name[n] == '\0';
}

/* PART with the words of [page.byline_agency_word] ("Agencia", "Agentur",
 * "agency") cut from its start and its end, in place: "Agencia EFE" is
 * "EFE", "EFE Agency" too. Returns the start of what is left, which is
 * empty when PART is only such words ("Agencias"); *CUT_ANY says whether
 * a word was cut. */
static char *strip_agency_words(char *part, bool *cut_any)
{
    size_t k, n;
    const al_lang_entry *e = al_lang_table("page.byline_agency_word", NULL, &n);

    *cut_any = false;
    for (;;) {
        size_t t, head = 0, tail = 0;
        while (*part == ' ')
            part++;
        t = strlen(part);
        while (t && part[t - 1] == ' ')
            part[--t] = '\0';
        for (k = 0; k < n; k++) {       /* the longest entry at each end */
            size_t w = strlen(e[k].key);
            if (w > t || w == 0)
                continue;
            if (w > head && strncasecmp(part, e[k].key, w) == 0 && (part[w] == ' ' || part[w] == '\0'))
                head = w;
            if (w > tail && w < t && strcasecmp(part + t - w, e[k].key) == 0 && part[t - w - 1] == ' ')
                tail = w;
        }
        if (!head && !tail)
            return part;
        *cut_any = true;
        if (head)
            part += head;
        else
            part[t - tail] = '\0';
    }
}

/* Is PART (any case and punctuation, an English "The" before it: "The
 * Canadian Press") one of the N entries E? */
static bool is_agency_name(const al_lang_entry *e, size_t n, const char *part)
{
    char *key = al_text_key(part);
    const char *bare = key && strncmp(key, "the ", 4) == 0 ? key + 4 : key;  /* "The Canadian Press" */
    bool hit = false;
    size_t k;

    for (k = 0; bare && *bare && k < n && !hit; k++) {
        char *ek = al_text_key(e[k].key);
        hit = ek && strcmp(ek, bare) == 0;
        free(ek);
    }
    free(key);
    return hit;
}

/* Does W start with a capital (a letter that al_text_fold() changes)? */
static bool capitalised(const char *w)
{
    char *f = al_text_fold(w);
    uint32_t a = 0, b = 0;
    bool cap;

    al_utf8_decode((const unsigned char *)w, strlen(w), &a);
    if (f)
        al_utf8_decode((const unsigned char *)f, strlen(f), &b);
    cap = f && a != b;
    free(f);
    return cap;
}

/* An agency's full name: NAME holds a word of [page.byline_agency_word]
 * and the initials of its capitalised words (and hyphened parts) spell an
 * acronym of [page.byline_agency] (E, N): "Polska Agencja Prasowa" (PAP),
 * "Algemeen Nederlands Persbureau" (ANP), "Austria Presse Agentur" (APA).
 * Both are needed: a person's initials may spell one. */
static bool agency_full_name(const al_lang_entry *e, size_t n, const char *name)
{
    size_t k, nw;
    const al_lang_entry *w = al_lang_table("page.byline_agency_word", NULL, &nw);
    char *key = al_text_key(name);
    bool word = false, hit = false;
    al_buf b = AL_BUF_INIT;
    const char *p = name;

    for (k = 0; key && k < nw && !word; k++) {
        char *wk = al_text_key(w[k].key);
        word = wk && al_key_has_words(key, wk);
        free(wk);
    }
    free(key);
    if (!word)
        return false;
    while (*p) {
        size_t len;
        p += strspn(p, " -");
        len = strcspn(p, " -");
        if (len && capitalised(p))
            al_buf_put(&b, p, al_utf8_decode((const unsigned char *)p, len, &(uint32_t){ 0 }));
        p += len;
    }
    if (b.data && b.len >= 2) {
        char *initials = al_strndup(b.data, b.len);
        hit = initials && is_agency_name(e, n, initials);
        free(initials);
    }
    al_buf_free(&b);
    return hit;
}

/* A news agency, not a person: every part of NAME between "/" is a name
 * of [page.byline_agency] ("Lusa", "dpa/AFP") or an agency's acronym, with
 * or without the word for "agency" ("Agencia EFE", "Agenzia ANSA"). */
static bool names_an_agency(const char *name)
{
    size_t n;
    const al_lang_entry *e = al_lang_table("page.byline_agency", NULL, &n);
    const char *p = name;

    while (*p) {
        size_t len = strcspn(p, "/");
        char *part = al_strndup(p, len), *trimmed = part, *bare;
        bool hit, cut;
        if (!part)
            return false;
        while (*trimmed == ' ')
            trimmed++;
        hit = is_agency_name(e, n, trimmed) ||  /* "Agence France-Presse" */
              agency_full_name(e, n, trimmed);
        bare = strip_agency_words(trimmed, &cut);
        if (!hit)
            hit = (cut && !*bare) || (cut && is_agency_name(e, n, bare)) || agency_acronym(bare);
        free(part);
        if (!hit)
            return false;
        p += len + (p[len] == '/');
    }
    return p != name;
}

/* The site's own people, not a person: NAME ends with the site's name of
 * SITE_GROUP_MIN_SITE_WORDS words or more, after 1 to SITE_GROUP_MAX_WORDS
 * words that hold no two capitalised words in a row (a person's given
 * name and surname): "Autorzy serwisu Dzia\xC5\x82kowa Strefa", "the team at
 * Harbour Gazette". "Jane Doe for Harbour Gazette" is a person's. */
#define SITE_GROUP_MAX_WORDS 3
#define SITE_GROUP_MIN_SITE_WORDS 2

static bool names_the_sites_group(const al_meta *m, const char *name)
{
    char *key, *site, *copy, *w, *save = NULL;
    size_t kn, sn, before, k;
    bool hit = false, prev_cap = false;

    if (!m->site_name || al_text_words(m->site_name) < SITE_GROUP_MIN_SITE_WORDS)
        return false;
    key = al_text_key(name);
    site = al_text_key(m->site_name);
    kn = key ? strlen(key) : 0;
    sn = site ? strlen(site) : 0;
    before = al_text_words(name) - al_text_words(m->site_name);
    hit = sn && kn > sn + 1 && strcmp(key + kn - sn, site) == 0 && key[kn - sn - 1] == ' ' &&
          before >= 1 && before <= SITE_GROUP_MAX_WORDS && al_text_words(name) > al_text_words(m->site_name);
    copy = hit ? al_strdup(name) : NULL;
    for (k = 0, w = copy ? strtok_r(copy, " ", &save) : NULL; w && k < before; w = strtok_r(NULL, " ", &save), k++) {
        bool cap = capitalised(w);
        if (cap && prev_cap)
            hit = false;                /* "Jane Doe ...": a person's name */
        prev_cap = cap;
    }
    free(copy);
    free(key);
    free(site);
    return hit;
}

/* A newsroom's short form as the page writes it ([page.byline_newsroom_short]:
 * "red", Redaktion, in lower case), NAME exactly: matched as written,
 * so "Red Smith" is a person. */
static bool newsroom_short(const char *name)
{
    size_t n;
    const al_lang_entry *e = al_lang_table("page.byline_newsroom_short", NULL, &n);

    for (size_t k = 0; k < n; k++)
        if (strcmp(name, e[k].key) == 0)
            return true;
    return false;
}

static bool domain_shaped(const char *value);

/* Is NAME, one name, the site itself, a newsroom or a news agency? */
static bool names_an_organisation(const al_meta *m, const al_dom *dom, const char *name)
{
    /* "Jane Doe, Staff Writer": a person with her role after a comma */
    return names_the_site(m, dom, name) || names_the_sites_group(m, name) ||
           (!strchr(name, ',') && names_a_newsroom(name)) || names_an_agency(name) ||
           newsroom_short(name);
}

/* Is the word at S (up to a space or the end) one of [page.byline_joiner]
 * ("with", "avec", "y")? Sets *LEN to its length. */
static bool joiner_at(const char *s, size_t *len)
{
    size_t k, n;
    const al_lang_entry *e = al_lang_table("page.byline_joiner", NULL, &n);

    *len = strcspn(s, " ");
    for (k = 0; k < n; k++)
        if (strlen(e[k].key) == *len && strncasecmp(s, e[k].key, *len) == 0)
            return true;
    return false;
}

/* Names joined by a word of [page.byline_joiner], "&", "/" or a comma,
 * each of them the site, a newsroom, an agency or a web address's name
 * (domain_shaped): "Radio Hexagone Info avec AFP", "La Redacción y
 * agencias", "Le Monde/AFP", an Austrian story's sign-off "red,
 * ORF.at/Agenturen" (tests/pages/b30-de-at-orf-seilbahn-tarif-links). A
 * person among them ("Jane Doe with AFP", "Jane Doe, dpa") makes it a
 * person's byline. */
static bool joins_organisations(const al_meta *m, const al_dom *dom, const char *name)
{
    const char *p = name, *start = name;
    size_t parts = 0, len;

    for (;;) {
        bool end = !*p, mark = *p == '/' || (*p == ',' && p[1] == ' ');
        if (end || mark || (p > name && p[-1] == ' ' && (strncmp(p, "& ", 2) == 0 || joiner_at(p, &len)))) {
            char *part = al_strndup(start, (size_t)(p - start));
            size_t n = part ? strlen(part) : 0;
            bool org;
            while (n && part[n - 1] == ' ')
                part[--n] = '\0';
            org = n && (names_an_organisation(m, dom, part) || domain_shaped(part));
            free(part);
            if (!org)
                return false;
            parts++;
            if (end)
                return parts >= 2;
            p += mark ? (*p == ',' ? 2 : 1) : strcspn(p, " ");       /* past the joiner */
            start = p;
        } else {
            p++;
        }
    }
}

/* A credit line that opens with the joiner, the story's writer left
 * unsaid: "With AAP", "con EFE", "avec AFP et Reuters" closing a story
 * that a paper wrote with an agency's copy. What follows the joiner is
 * one organisation (names_an_organisation: the site, a newsroom, an
 * agency) or several joined (tests/pages/b32-en-au-regional-fishway-weir-
 * aap-tipline, en-au-regional-with-agency-credit). */
static bool joined_credit(const al_meta *m, const al_dom *dom, const char *text)
{
    size_t len;
    const char *rest;

    if (!joiner_at(text, &len) || text[len] != ' ')
        return false;
    rest = text + len + strspn(text + len, " ");
    return *rest && (names_an_organisation(m, dom, rest) || joins_organisations(m, dom, rest));
}

bool al_meta_joins_organisations(const al_meta *m, const al_dom *dom, const char *text)
{
    return text && *text && (joins_organisations(m, dom, text) || joined_credit(m, dom, text));
}

/* Does KEY (an al_text_key) open with the key of one of the N entries
 * E, a whole word or words ("published" of "published 9 november")? */
static bool key_opens_with(const char *key, const al_lang_entry *e, size_t n)
{
    bool hit = false;

    for (size_t k = 0; key && e && k < n && !hit; k++) {
        char *w = al_text_key(e[k].key);
        size_t len = w ? strlen(w) : 0;
        hit = len && strncmp(key, w, len) == 0 && (key[len] == ' ' || key[len] == '\0');
        free(w);
    }
    return hit;
}

/* A link labelled as the author's page, not a name: NAME opens with a
 * word of [extract.about] in the page's language or English ("About
 * Me", "Über mich": rel="author" on a footer's link to the about page). */
static bool about_label(const al_meta *m, const char *name)
{
    const char *const langs[2] = { m->lang, "en" };
    char *key = al_text_key(name);
    bool hit = false;

    for (size_t l = 0; l < 2 && !hit; l++) {
        size_t n;
        const al_lang_entry *e = langs[l] ? al_lang_table("extract.about", langs[l], &n) : NULL;
        hit = key_opens_with(key, e, e ? n : 0);
    }
    free(key);
    return hit;
}

/* A personal site is named after its author: "Post | Haki Benita" on
 * hakibenita.com, with the author typed as a person. So a name the site
 * goes by is a person's when the page types its one author as a person
 * (JSON-LD's "@type": "Person", microdata's schema.org/Person) with the
 * same words, the name is shaped as one, and the page's host name spells
 * it. A newsroom's default author ("Harbour Gazette" typed as a person)
 * is on its own host too, which is why the name must also be person
 * shaped and hold no newsroom word; the rest stays ambiguous. */
static bool person_shaped(const char *name);
static bool host_names(const char *url, const char *name);

static bool owns_the_site(const al_meta *m, const char *name)
{
    return m->person_author && al_text_same_words(name, m->person_author) && person_shaped(name) &&
           al_text_words(name) >= 2 && !names_a_newsroom(name) && host_names(m->url, name);
}

/* Is NAME someone the intro may call the author ("by ...")? Not the site
 * itself, a newsroom or a news agency, nor several of them joined;
 * a personal site's owner is a person (owns_the_site). */
static bool not_a_person(const al_meta *m, const al_dom *dom, const char *name)
{
    if (owns_the_site(m, name))
        return false;
    return names_an_organisation(m, dom, name) || joins_organisations(m, dom, name);
}

/* A phrase, not a name: VALUE's part before its first comma ("Jane Doe,
 * reporter" is a name and a role) has two words or more, opens with a
 * capital and ends with a word in lower case. A name ends with its
 * capitalised surname, particles only inside it ("Ana de la Fuente");
 * a rubric is a phrase ("Cartas dos leitores", "Letters to the editor").
 * A name all in lower case ("bell hooks") or in a script without capitals
 * opens with no capital and is not judged. */
static bool phrase_shaped(const char *value)
{
    char *part = al_strndup(value, strcspn(value, ","));
    char *last;
    bool phrase;

    if (!part)
        return false;
    while ((last = strrchr(part, ' ')) && last[1] == '\0')
        *last = '\0';
    last = strrchr(part, ' ');
    phrase = last && capitalised(part) && !capitalised(last + 1) && isalpha((unsigned char)last[1]);
    free(part);
    return phrase;
}

/* An account's name, not a person's: one word with a digit in it
 * ("CC7567", a wiki's user). A forum's handle in letters ("marisol_bakes")
 * is how its author signs and is read; a number in one is not a name. */
#define HANDLE_MIN_BYTES 3

static bool handle_shaped(const char *value)
{
    return !strchr(value, ' ') && strlen(value) >= HANDLE_MIN_BYTES && strpbrk(value, "0123456789");
}

/* A web address's name, a site and no person: one word ending in a dot
 * and a top-level domain in lower case ("CBSNews.com", "example.co.uk";
 * not "A.Smith", not "J.D."). */
#define TLD_MIN_LETTERS 2
#define TLD_MAX_LETTERS 6

static bool domain_shaped(const char *value)
{
    const char *dot = strrchr(value, '.');
    size_t n = dot ? strspn(dot + 1, "abcdefghijklmnopqrstuvwxyz") : 0;

    return dot && dot > value && isalnum((unsigned char)dot[-1]) && !strchr(value, ' ') &&
           n >= TLD_MIN_LETTERS && n <= TLD_MAX_LETTERS && dot[1 + n] == '\0';
}

/* Does VALUE open with a label of [page.byline_label] in the page's
 * language or English ("View Profile"), or, with PREFIX_ALONE, is it one
 * word of [page.byline_prefix] ("By:")? */
static bool opens_with_label(const al_meta *m, const char *value, bool prefix_alone)
{
    const char *const langs[2] = { m->lang, "en" };
    char *key = al_text_key(value);
    bool hit = false;

    for (size_t l = 0; l < 2 && !hit; l++) {
        size_t n, np;
        const al_lang_entry *e = langs[l] ? al_lang_table("page.byline_label", langs[l], &n) : NULL;
        const al_lang_entry *p = langs[l] ? al_lang_table("page.byline_prefix", langs[l], &np) : NULL;
        /* the prefix alone ("By:" before a name in a picture) names no one */
        hit = key_opens_with(key, e, e ? n : 0) ||
              (prefix_alone && al_text_words(value) == 1 && key_opens_with(key, p, p ? np : 0));
    }
    free(key);
    return hit;
}

/* A link's label where the author's name would be, no name: one that
 * opens with a sign ("→ Learn More"), one shaped as a phrase
 * (phrase_shaped: "Google profile", "Posted by"), one that opens with a
 * label of [page.byline_label] in the page's language or English ("View
 * Profile", a capitalised label; opens_with_label), or a word of
 * [page.byline_prefix] alone. A name opens with a letter and ends with a
 * capitalised surname. */
static bool label_shaped(const al_meta *m, const char *value)
{
    bool sign = !isalnum((unsigned char)*value) && (unsigned char)*value < 0x80 && !strchr("\"'", *value);

    return sign || phrase_shaped(value) || opens_with_label(m, value, true);
}

/* The length of VALUE before a link's label that follows the name: an
 * author card's links run on into its text ("Anna Breslaw View Profile
 * RSS"). The whole length when no label follows. */
static size_t name_before_label(const al_meta *m, const char *value)
{
    if (label_shaped(m, value))
        return strlen(value);           /* a label itself: "View Profile" */
    for (const char *p = strchr(value, ' '); p; p = strchr(p + 1, ' '))
        if (p[1] && p[1] != ' ' && opens_with_label(m, p + 1, false))
            return (size_t)(p - value);
    return strlen(value);
}

/* A byline candidate: not a URL, an about page's label (about_label) nor
 * an account (handle_shaped) nor a CMS's placeholder (names_nobody, and
 * the search goes on) nor a share bar's labels (share_labels: the search
 * goes on), a person (not_a_person). The name that
 * JSON-LD types as an organisation (unit_author, the site's own name
 * too, which json_authors leaves out) is one wherever the page says it
 * again: <meta name="author" content="Wetenschapsredactie Kennisplein">
 * beside {"author": {"@type": "Organization", "name": "Wetenschapsredactie
 * Kennisplein"}} names a desk, not a person. When JSON-LD says the
 * author is an organisation, a byline shaped as a phrase, not a name
 * (phrase_shaped), is the rubric the page files the piece under ("Por
 * Cartas dos leitores" over readers' letters), no person either. A web
 * address's name (domain_shaped) is the site's. A link's label
 * (label_shaped) is nothing: the search goes on. A label after the name
 * (name_before_label) and a separator the line ends with ("Kevin Patra
 * |" before the stamp that is not there) are no part of it. */
#define BYLINE_TRAILING " \t|/\\,;:-"

static void set_one_byline(al_meta *m, const al_dom *dom, const char *value)
{
    char *name;
    size_t n;

    if (m->byline || !value || looks_like_url(value) || about_label(m, value) || handle_shaped(value))
        return;
    for (n = name_before_label(m, value); n > 0 && strchr(BYLINE_TRAILING, value[n - 1]); n--)
        ;
    if (n == 0 || !(name = al_strndup(value, n)))
        return;
    if (share_labels(name)) {
        free(name);                             /* a share bar: the search goes on */
        return;
    }
    if (names_nobody(m, name)) {
        set_once(&m->byline_none, name);        /* "Admin": the search goes on */
        free(name);
        return;
    }
    if (not_a_person(m, dom, name) || domain_shaped(name) ||
        (m->ld_org_author && (al_text_same_words(name, m->ld_org_author) || phrase_shaped(name))))
        set_once(&m->byline_org, name);
    else if (!label_shaped(m, name))
        set_once(&m->byline, name);
    free(name);
}

/* Does S, up to N bytes, hold an address: a URL or an e-mail? */
static bool holds_address(const char *s, size_t n)
{
    char *t = al_strndup(s, n);
    bool hit = t && (strstr(t, "://") || strstr(t, "www.") || strchr(t, '@'));

    free(t);
    return hit;
}

static void set_byline_names(al_meta *m, const al_dom *dom, const char *value);

/* Does the semicolon at P end a character reference that a page encoded
 * twice ("Siobh&#225;n", decoded later), one that opens at START or
 * after? */
#define CHARREF_MAX_BYTES 10

static bool ends_charref(const char *start, const char *p)
{
    const char *q = p;

    while (q > start && p - q < CHARREF_MAX_BYTES && (isalnum((unsigned char)q[-1]) || q[-1] == '#'))
        q--;
    return q > start && q[-1] == '&' && q < p;
}

/* Metadata joins several authors with semicolons ("ROD NORDLAND;MAYY EL
 * SHEIKH"): the listener hears a list, "A, B", as a byline line says it. */
static void set_byline(al_meta *m, const al_dom *dom, const char *value)
{
    al_buf b = { 0 };

    if (!value || !strchr(value, ';')) {
        set_byline_names(m, dom, value);
        return;
    }
    for (const char *p = value; *p; p++) {
        if (*p != ';' || ends_charref(value, p)) {
            al_buf_putc(&b, *p);
            continue;
        }
        al_buf_puts(&b, ", ");
        p += strspn(p + 1, " ");
    }
    set_byline_names(m, dom, b.data ? b.data : value);
    al_buf_free(&b);
}

/* The author fields of feeds and old CMSs give an address beside the
 * name: "Jane Doe (http://example.org/jane/)", "jane@example.org (Jane
 * Doe)", "Jane Doe <jane@example.org>". The listener hears the name: a
 * bracketed address is dropped, and a bracketed name after an address
 * is the name. */
static void set_byline_names(al_meta *m, const al_dom *dom, const char *value)
{
    const char *open = value ? strpbrk(value, "(<") : NULL;
    const char *close = open ? strchr(open, *open == '(' ? ')' : '>') : NULL;
    char *name = NULL;

    if (close && holds_address(open + 1, (size_t)(close - open - 1)))
        name = al_strndup(value, (size_t)(open - value));       /* the name before */
    else if (close && holds_address(value, (size_t)(open - value)))
        name = al_strndup(open + 1, (size_t)(close - open - 1)); /* the name inside */
    if (name) {
        char *clean = al_text_normalize(name);
        free(name);
        set_one_byline(m, dom, clean && *clean && !holds_address(clean, strlen(clean)) ? clean : NULL);
        free(clean);
        return;
    }
    set_one_byline(m, dom, value);
}

/* The length of a separator between two names of a byline at P, 0 when
 * there is none: ", ", "/" (with or without spaces), " & " or a word of
 * [page.byline_joiner] between spaces ("Jana Körner, dpa", "Ana Ruiz y
 * EFE"). START is the byline's start. */
static size_t name_separator(const char *start, const char *p)
{
    size_t len;

    if (strncmp(p, ", ", 2) == 0)
        return 2;
    if (strncmp(p, " / ", 3) == 0 || strncmp(p, " & ", 3) == 0)
        return 3;
    if (*p == '/')
        return 1;
    if (p > start && *p == ' ' && joiner_at(p + 1, &len) && p[1 + len] == ' ')
        return len + 2;
    return 0;
}

/* A news agency's acronym in small letters ("dpa", "epd", "sid"): one
 * word of AGENCY_MIN_LETTERS to AGENCY_MAX_LETTERS lower case letters,
 * which after a comma or a slash in a byline is no person's name. */
static bool lower_acronym(const char *name)
{
    size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz");

    return n >= AGENCY_MIN_LETTERS && n <= AGENCY_MAX_LETTERS && name[n] == '\0';
}

/* A person's byline that also names an agency or the site ("Jana Körner,
 * dpa", "Marta Zielińska and PAP", "Ana Ruiz/EFE"): the names that are
 * organisations (names_an_agency, names_the_site, an acronym in small
 * letters after a comma or a slash) are cut with the separator before
 * them, so the intro says only the people. A name after a comma that is
 * a role ("Jane Doe, Staff Writer") is no agency and stays. */
static void drop_organisation_names(al_meta *m, const al_dom *dom)
{
    al_buf b = AL_BUF_INIT;
    const char *p = m->byline, *start = m->byline, *sep = NULL;
    size_t len = 0, sep_len = 0, dropped = 0;

    for (;;) {
        char *part;
        size_t n;

        if (*p && (len = name_separator(m->byline, p)) == 0) {
            p++;
            continue;
        }
        while (start < p && *start == ' ')
            start++;
        n = (size_t)(p - start);
        while (n && start[n - 1] == ' ')
            n--;
        if (n && (part = al_strndup(start, n)) != NULL) {
            if (names_an_agency(part) || names_the_site(m, dom, part) ||
                (sep && (*sep == ',' || *sep == '/') && lower_acronym(part))) {
                dropped++;
            } else {
                if (b.len && sep)
                    al_buf_put(&b, sep, sep_len);
                al_buf_puts(&b, part);
            }
            free(part);
        }
        if (!*p)
            break;
        sep = p;
        sep_len = len;
        p += len;
        start = p;
    }
    if (dropped && b.len) {
        free(m->byline);
        m->byline = al_buf_detach(&b);
    } else {
        al_buf_free(&b);
    }
}

/* A post's meta line above its text ("4 maart 2026 · 2 min leestijd ·
 * Femke de Graaf", as Hugo's PaperMod writes it): an element whose class
 * says "meta", of up to META_LINE_MAX_WORDS words, before the page's first
 * paragraph of PROSE_MIN_CHARS or more and outside comments and reviews
 * (whose meta lines are the readers'), made of parts between " · ", " • " or
 * " | ", one of them with a number (the date). Its one part shaped as a
 * name (NAME_MIN_WORDS to NAME_MAX_WORDS words, no digit, no colon, the
 * first and last capitalised) is the author; none or two are no byline.
 * A colon left after the byline word is cut makes the part a labelled
 * field ("Kategorie: Oznámení", "Rubrik: Lokales"), a value under some
 * other label, not a person. */
#define META_LINE_MAX_WORDS 20
#define PROSE_MIN_CHARS 80
#define NAME_MIN_WORDS 2
#define NAME_MAX_WORDS 5

static bool name_shaped(const char *part)
{
    size_t words = al_text_words(part);
    const char *last = strrchr(part, ' ');

    return words >= NAME_MIN_WORDS && words <= NAME_MAX_WORDS && !strpbrk(part, "0123456789:") &&
           last && capitalised(part) && capitalised(last + 1);
}

/* A person's byline run on into the agency with no separator ("JANE DOE
 * Associated Press", "Jane Doe AP": the CMS prints the name and the
 * credit side by side): the last one to AGENCY_TAIL_MAX_WORDS words are
 * a name of [page.byline_agency] ("The Canadian Press" too), and the
 * words before them are a person's name (name_shaped: two to five
 * words, no digit, the first and last capitalised). The intro says the
 * person; a byline that is only the agency is set aside elsewhere. */
#define AGENCY_TAIL_MAX_WORDS 4
static void drop_runon_agency(al_meta *m)
{
    size_t n, starts[AGENCY_TAIL_MAX_WORDS], count = 0, cut;
    const al_lang_entry *e = al_lang_table("page.byline_agency", NULL, &n);

    for (cut = strlen(m->byline); cut > 0 && count < AGENCY_TAIL_MAX_WORDS;) {
        while (cut > 0 && m->byline[cut - 1] == ' ')
            cut--;
        while (cut > 0 && m->byline[cut - 1] != ' ')
            cut--;                      /* to the start of one more word from the end */
        if (cut > 0)
            starts[count++] = cut;
    }
    while (count-- > 0) {               /* the longest tail first: "The Canadian Press" */
        char *head;
        size_t h;

        if (!is_agency_name(e, n, m->byline + starts[count]) || !(head = al_strndup(m->byline, starts[count])))
            continue;
        for (h = strlen(head); h && strchr(BYLINE_TRAILING, head[h - 1]); h--)
            head[h - 1] = '\0';
        if (name_shaped(head) && !names_an_agency(head)) {
            free(m->byline);
            m->byline = head;
            return;
        }
        free(head);
    }
}

/* Is node I inside readers' words: comments, replies or customer reviews
 * (a class or id with "comment", "repl" or "review")? */
static bool in_comments(const al_dom *dom, int i)
{
    static const char *const words[] = { "comment", "repl", "review" };

    for (int p = i; p >= 0; p = dom->nodes[p].parent) {
        const char *cls = al_dom_attr(dom, p, "class"), *id = al_dom_attr(dom, p, "id");
        for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
            if ((cls && al_text_casestr(cls, words[k])) || (id && al_text_casestr(id, words[k])))
                return true;
    }
    return false;
}

/* Is node I inside a reader's comment by its markup: it or an ancestor
 * has a class or id part naming comments ("comment__autor" in
 * <section id="comments">), and holds no <h1> (H1, the page's first; -1
 * for none): a comment is not the article, as an opinion desk's
 * <body class="tone-comment"> is. A commenter's name is not the page's
 * byline. Parts, not substrings: "commentary-author" is a byline. Class
 * words are the sites' vocabulary, not a language's. */
static bool in_comment_markup(const al_dom *dom, int i, int h1)
{
    static const char *const words[] = { "comment", "comments", "commentlist", "comentario", "comentarios",
                                         "commentaire", "commentaires", "kommentar", "kommentare",
                                         "commento", "commenti", "komentarz", "komentarze", NULL };

    for (int p = i; p >= 0 && p != dom->body; p = dom->nodes[p].parent) {
        if (h1 >= p && h1 < dom->nodes[p].end)
            return false;
        if (al_value_has_part(al_dom_attr(dom, p, "class"), " \t\n-_", words) ||
            al_value_has_part(al_dom_attr(dom, p, "id"), " \t\n-_", words))
            return true;
    }
    return false;
}

/* The one name-shaped part of meta line TEXT with a number in another
 * part, or NULL. Caller frees. */
static char *meta_line_name(const char *text)
{
    static const char *const seps[] = { " \xC2\xB7 ", " \xE2\x80\xA2 ", " | " };
    const char *p = text, *start = text, *name = NULL;
    size_t name_len = 0, names = 0, parts = 0;
    bool number = false;

    for (;;) {
        size_t k, len = 0;
        for (k = 0; *p && k < sizeof(seps) / sizeof(seps[0]) && !len; k++)
            if (strncmp(p, seps[k], strlen(seps[k])) == 0)
                len = strlen(seps[k]);
        if (*p && !len) {
            p++;
            continue;
        }
        {
            char *part = al_strndup(start, (size_t)(p - start));
            size_t by = part ? byline_prefix_len(part) : 0;   /* "| By Alyssa Sparacino" */
            by += part ? strspn(part + by, " ") : 0;
            if (part && name_shaped(part + by)) {
                name = start + by;
                name_len = (size_t)(p - start) - by;
                names++;
            } else if (part && strpbrk(part, "0123456789")) {
                number = true;
            }
            free(part);
        }
        parts++;
        if (!*p)
            break;
        p += len;
        start = p;
    }
    return parts >= 2 && number && names == 1 ? al_strndup(name, name_len) : NULL;
}

static void read_meta_line_byline(al_meta *m, const al_dom *dom)
{
    for (int i = dom->body; !m->byline && i >= 0 && i < dom->count; i++) {
        const al_node *n = &dom->nodes[i];
        const char *cls;
        char *raw, *text, *name;

        if (n->flags & (AL_NODE_TEXT | AL_NODE_DROP))
            continue;
        if (n->tag == GUMBO_TAG_P && n->text_len >= PROSE_MIN_CHARS)
            break;
        cls = al_dom_attr(dom, i, "class");
        if (!cls || !al_text_casestr(cls, "meta") || in_comments(dom, i))
            continue;
        raw = al_dom_text(dom, i, true);
        text = raw ? al_text_normalize(raw) : NULL;
        name = text && al_text_words(text) <= META_LINE_MAX_WORDS ? meta_line_name(text) : NULL;
        set_byline(m, dom, name);
        free(name);
        free(text);
        free(raw);
        i = n->end - 1;
    }
}

static bool text_date(const char *text, const char *lang, char out[16]);
static const char *dateline_part(const char *text);

static bool byline_prefixed(const char *text)
{
    return byline_prefix_len(text) > 0;
}

/* A name in a script without capitals or spaces between names: two to
 * four Han ideographs or Hangul syllables ("周文博", "김민준"), the shape
 * of Chinese and Korean personal names, or a Japanese family and given
 * name of two to eight ideographs or kana with at most one space between
 * ("山田 太郎"). */
#define CJK_NAME_MIN_CHARS 2
#define CJK_NAME_MAX_CHARS 8

static bool cjk_name_shaped(const char *name)
{
    const unsigned char *p = (const unsigned char *)name;
    size_t len = strlen(name), chars = 0, spaces = 0, hangul = 0;

    while (*p) {
        uint32_t c;
        size_t used = al_utf8_decode(p, len - (size_t)(p - (const unsigned char *)name), &c);
        if (!used)
            return false;
        p += used;
        if (c == ' ' && chars && *p && !spaces) {
            spaces++;
            continue;
        }
        if (c >= 0xAC00 && c <= 0xD7A3)
            hangul++;
        else if (!((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF)))
            return false;               /* a Han ideograph or a kana */
        chars++;
    }
    return chars >= CJK_NAME_MIN_CHARS &&
           chars <= (hangul || !spaces ? CJK_NAME_MAX_CHARS / 2 : CJK_NAME_MAX_CHARS);
}

/* Is NAME shaped as a person's name (name_shaped) and nothing else: no
 * sign that joins or labels ("Tiefbauamt / Presse- und Informationsamt",
 * "Politik & Wirtschaft"), no word cut before a conjunction ("Presse-
 * und"), no lowercase word but a name's particles ([page.name_particle]:
 * "van", "da")? */
static bool person_shaped(const char *name)
{
    const char *p, *w;
    size_t n;
    const al_lang_entry *particles = al_lang_table("page.name_particle", NULL, &n);

    if (cjk_name_shaped(name))
        return true;
    if (!name_shaped(name) || strpbrk(name, "/&+()|:;@#"))
        return false;
    for (p = strchr(name, '-'); p; p = strchr(p + 1, '-'))
        if (p[1] == ' ' || !p[1])
            return false;
    for (w = name; *w; w += strcspn(w, " "), w += strspn(w, " ")) {
        size_t len = strcspn(w, " "), k;
        if (capitalised(w) || !isalpha((unsigned char)*w))
            continue;
        for (k = 0; k < n && !(strlen(particles[k].key) == len && strncmp(w, particles[k].key, len) == 0); k++)
            ;
        if (k == n)
            return false;               /* "Ree in Pioneer Woman" */
    }
    return true;
}

/* Element I's first line, normalised: its text up to the first block
 * or <br> ("By Haje Jan Kamps" of a meta box whose topic list follows in
 * a <ul>). Caller frees. */
static char *first_line(const al_dom *dom, int i)
{
    char *raw = al_dom_text_lines(dom, i, AL_NODE_DROP | AL_NODE_JUNK), *text;

    if (!raw)
        return NULL;
    raw[strcspn(raw, "\n")] = '\0';
    text = al_text_normalize(raw);
    free(raw);
    return text;
}

/* The name in a byline line that ends in the post's stamp ("posted by
 * Maren Holt @ 7:42 AM", "By Gene Ryan Briones on 11/12/2012"): the
 * words after the byline word up to the first with a digit or '@', less
 * the lowercase words and a month's name before that ("at", "on", "um",
 * "March"), if they are shaped as a person's name. Caller frees. */
static int month_word(const char *w, size_t wlen, const char *lang);

static char *name_before_stamp(const char *line, const char *lang)
{
    const char *w = line + byline_prefix_len(line), *end;
    char *name;

    w += strspn(w, " ");
    end = w + strcspn(w, "0123456789@");
    if (!*end)
        return NULL;                    /* no stamp */
    while (end > w && end[-1] != ' ')
        end--;                          /* back to the start of that word */
    name = al_strndup(w, (size_t)(end - w));
    while (name && *name) {             /* "Ana Ruiz on", "GILLIAN MOHNEY March" */
        size_t len = strlen(name);
        char *last, *key;
        bool month;
        while (len && (name[len - 1] == ' ' || name[len - 1] == ','))
            name[--len] = '\0';
        last = strrchr(name, ' ');
        if (!last)
            break;
        key = al_text_key(last + 1);
        month = key && month_word(key, strlen(key), lang) > 0;
        free(key);
        if (!islower((unsigned char)last[1]) && !month)
            break;
        *last = '\0';
    }
    if (name && !person_shaped(name)) {
        free(name);
        name = NULL;
    }
    return name;
}

/* A byline by its shape, where no markup names the author (sites whose CSS
 * names are generated: class="css-1x2y3z"). Between the page's <h1> (H1)
 * and the first run of prose (a text of PROSE_MIN_CHARS or more), outside
 * readers' comments, a line of at most SHAPED_LINE_MAX_WORDS words that
 * opens with a byline word of [page.byline_prefix] and goes on with a
 * person's name (person_shaped: "By Tom Hargreaves", "Von Jana Körner |
 * 3. Mai"), or a meta line of parts with one such name and a date in
 * another part ("Ruth
 * Oyelaran · 16 Feb 2025", "4 maart 2026 · 2 min leestijd · Femke de
 * Graaf"). Position and shape are the evidence: a kicker or a breadcrumb
 * has no byline word and no date, a standfirst is longer. A line is an
 * element of at most SHAPED_LINE_MAX_NODES nodes. */
#define SHAPED_LINE_MAX_WORDS 12
#define SHAPED_LINE_MAX_NODES 24

/* The name a byline line links, when the line goes on with its stamp: in
 * "By <a>Steven Baxter</a> <span>Published 09 November 2012</span>" the
 * link ends the name, whatever the stamp's label is. LINE is element
 * I's first line; NULL unless the link's text follows the byline word. */
static char *linked_name(const al_dom *dom, int i, const char *line)
{
    const char *rest = line + byline_prefix_len(line);
    char *raw = NULL, *name = NULL;
    int a;

    rest += strspn(rest, " ");
    for (a = i + 1; a < dom->nodes[i].end; a++)
        if (dom->nodes[a].tag == GUMBO_TAG_A && !(dom->nodes[a].flags & AL_NODE_TEXT))
            break;
    if (a < dom->nodes[i].end && (raw = al_dom_text(dom, a, true)) != NULL)
        name = al_text_normalize(raw);
    free(raw);
    if (name && (!*name || strncmp(rest, name, strlen(name)) != 0 || !person_shaped(name))) {
        free(name);
        name = NULL;
    }
    return name;
}

/* Does element I hold a <time> element: the line's stamp, however its text
 * writes the date ("03/12/2026 11:20", which text_date does not read: day
 * or month first is the site's choice)? A meta line's name ("TONDELA |
 * Marta Cunha | <time>") is a byline only beside the post's stamp. */
static bool holds_time(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_TIME && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
    return false;
}

/* The thread's starter, where a forum says under the title who opened it
 * ("Started by kim_r · 5 replies", "Tråden startades av kustluffaren ·
 * 5 svar"): a line that opens with a label of [page.thread_starter], then
 * the member's name up to the line's first separator, a handle of one
 * word (how the member signs and is read: "marisol_bakes") or a person's
 * name, with the thread's date or counts after it. The starter is the
 * thread's byline (tests/pages/README.md, "Forum threads"); the label and
 * the line's numbers are the evidence that a name, not a word, follows.
 * Caller frees. */
static char *thread_starter(const char *text)
{
    static const char *const seps[] = { " \xC2\xB7 ", " \xE2\x80\xA2 ", " | ", ",", " - " };
    size_t k, n, best = 0;
    const al_lang_entry *e = al_lang_table("page.thread_starter", NULL, &n);
    char *name;
    bool handle;

    for (k = 0; k < n; k++) {
        size_t len = strlen(e[k].key);
        if (len > best && strncasecmp(text, e[k].key, len) == 0 && text[len] == ' ')
            best = len;
    }
    if (!best)
        return NULL;
    text += best + strspn(text + best, " ");
    n = strlen(text);
    for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
        const char *hit = strstr(text, seps[k]);
        if (hit && (size_t)(hit - text) < n)
            n = (size_t)(hit - text);
    }
    if (!strpbrk(text + n, "0123456789"))
        return NULL;                    /* "Started by accident, ...": no date or count after it */
    name = al_strndup(text, n);
    handle = name && *name && !strchr(name, ' ') &&
             (isalpha((unsigned char)*name) || (unsigned char)*name >= 0x80);
    if (name && !handle && !person_shaped(name)) {
        free(name);
        name = NULL;
    }
    return name;
}

/* A member's handle in letters: one word of at most HANDLE_MAX_BYTES
 * that starts with a letter and joins its letters with '_'
 * ("ines_ferro", "marisol_bakes"), how a forum's member signs and is
 * read; a plain word ("Sport") is no handle, and one with a number is an
 * account's (handle_shaped). */
#define HANDLE_MAX_BYTES 32
static bool member_handle(const char *name)
{
    size_t n = strlen(name);

    return n > 2 && n <= HANDLE_MAX_BYTES && isalpha((unsigned char)name[0]) &&
           strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_") == n &&
           strchr(name, '_') != NULL && name[n - 1] != '_';
}

/* A post's head where a forum or a Q&A site sets its user card on one
 * line: the poster's avatar (<img>), the name as a link of its own, the
 * card's figures ("Lid sinds 2019 · 214 berichten") and the post's stamp
 * as a <time>. The elements part the line as " · " parts a meta line: the
 * first link after the avatar, if its whole text is a person's name or
 * a member's handle (member_handle), is the author. A story's kicker or
 * section link before its time has no picture before it. Element I's
 * name, or NULL. */
static char *card_line_name(const al_dom *dom, int i)
{
    bool avatar = false;

    if (!holds_time(dom, i))
        return NULL;
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        char *raw, *name;

        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[j].tag == GUMBO_TAG_IMG) {
            avatar = true;
            continue;
        }
        if (dom->nodes[j].tag != GUMBO_TAG_A || !(raw = al_dom_text(dom, j, true)))
            continue;                   /* (text sums are not known yet) */
        name = al_text_normalize(raw);
        free(raw);
        if (name && !*name) {
            free(name);
            continue;                   /* a linked avatar */
        }
        if (avatar && name && (person_shaped(name) || member_handle(name)))
            return name;                /* a person's name or a member's handle */
        free(name);
        return NULL;
    }
    return NULL;
}

/* The writer a dateline names after its date ("Geplaatst op zaterdag 29
 * november 2026 door Wim Hoekstra", "Veröffentlicht am 3. Oktober 2026
 * von Karin Lehmann"): in TEXT, a line whose dateline part
 * (dateline_part) writes a date (text_date), the words after a word of
 * [page.byline_prefix] that follows the date's start, to the line's end
 * or its next field (a separator, a comma), less the lower-case words
 * that end them ("om 14:02" is cut at its number first); NULL when
 * there are none. The caller asks that they be shaped as a person's
 * name. Caller frees. */
static char *name_after_dateline(const char *text, const char *lang)
{
    const char *from = dateline_part(text), *cut;
    char date[16], *name = NULL;

    if (!from || !text_date(from, lang, date))
        return NULL;
    for (const char *p = strchr(from, ' '); p && !name; p = strchr(p + 1, ' ')) {
        size_t by = byline_prefix_len(p + 1), len;
        const char *w;
        if (!by)
            continue;
        w = p + 1 + by;
        w += strspn(w, " ");
        len = strcspn(w, ",;(0123456789");
        if ((cut = first_separator(w)) != NULL && (size_t)(cut - w) < len)
            len = (size_t)(cut - w);
        name = len ? al_strndup(w, len) : NULL;
        while (name && *name) {
            size_t n = strlen(name);
            char *last;
            while (n && name[n - 1] == ' ')
                name[--n] = '\0';
            if (!(last = strrchr(name, ' ')) || !islower((unsigned char)last[1]))
                break;
            *last = '\0';
        }
        if (name && !*name) {
            free(name);
            name = NULL;
        }
    }
    return name;
}

static void read_shaped_byline(al_meta *m, const al_dom *dom, int h1)
{
    for (int i = h1 < 0 ? dom->count : dom->nodes[h1].end; !m->byline && i < dom->count; i++) {
        const al_node *n = &dom->nodes[i];
        char *raw, *text, *name = NULL, date[16];
        bool card = false;

        if (n->flags & AL_NODE_TEXT) {
            if (n->text_len >= PROSE_MIN_CHARS)
                break;                  /* the article has begun */
            continue;
        }
        if ((n->flags & AL_NODE_DROP) || n->end - i > SHAPED_LINE_MAX_NODES)
            continue;                   /* (text sums are not known yet: a line has few nodes) */
        raw = al_dom_text(dom, i, true);
        text = raw ? al_text_normalize(raw) : NULL;
        if (text && al_text_words(text) <= SHAPED_LINE_MAX_WORDS &&
            (name = thread_starter(text)) != NULL) {
            if (in_comments(dom, i)) {
                free(name);
                name = NULL;
            }
        } else if (text && al_text_words(text) <= SHAPED_LINE_MAX_WORDS) {
            if (byline_prefixed(text)) {
                char *line = first_line(dom, i);
                if (line && !(name = clean_byline(line)) && !(name = linked_name(dom, i, line)))
                    name = name_before_stamp(line, m->lang);   /* "By Gene Ryan Briones on 11/12/2012" */
                free(line);
            } else if ((name = name_after_dateline(text, m->lang)) != NULL) {
                /* "Geplaatst op 29 november 2026 door Wim Hoekstra" */
            } else if ((name = meta_line_name(text)) != NULL && !text_date(text, m->lang, date) &&
                       !holds_time(dom, i)) {
                free(name);
                name = NULL;
            } else if (!name) {
                card = (name = card_line_name(dom, i)) != NULL;
            }
            if (name && (!(person_shaped(name) || (card && member_handle(name))) ||
                         in_comments(dom, i))) {
                free(name);             /* (in_comments last: it walks up) */
                name = NULL;
            }
        }
        set_byline(m, dom, name);
        free(name);
        free(text);
        free(raw);
    }
}

/* The post's container: up from the heading TITLE until the text around
 * it is prose (2 * PROSE_MIN_CHARS besides the heading's own); each step
 * adds only the nodes the child did not hold, so the walk is linear. -1
 * when the body is reached first. */
static int post_container(const al_dom *dom, int title)
{
    int post = title, child = title;
    size_t chars = 0;

    while (chars < 2 * PROSE_MIN_CHARS && post > dom->body) {
        child = post;
        post = dom->nodes[post].parent;
        for (int j = post + 1; j < dom->nodes[post].end; j++) {
            if (j == child) {
                j = dom->nodes[child].end - 1;
                continue;
            }
            if (dom->nodes[j].flags & AL_NODE_TEXT)
                chars += dom->nodes[j].text_len;
        }
    }
    return post <= dom->body || chars < 2 * PROSE_MIN_CHARS ? -1 : post;
}

/* A post's footer line, where a blog template puts the byline after the
 * post ("posted by Maren Holt @ 7:42 AM", "Posted by Ana Ruiz at 10:15"):
 * in the post's container (the title heading's nearest ancestor holding
 * 2 * PROSE_MIN_CHARS of text), after that much of the post's text (a
 * footer, not the line under the title), outside readers' comments, an
 * element's first line of at most SHAPED_LINE_MAX_WORDS words that opens
 * with a byline word and holds a time or a date (a digit after the name:
 * the post's stamp); the name is name_before_stamp's. The evidence is the
 * shape and the place: a teaser's "by X" lies outside the post, a
 * commenter's inside comments. */
/* ... or, with no stamp, an element whose whole text is the byline word
 * and a person's name, set in the footer's bar of links (a Blogger
 * footer's "<span>Posted by <span>Ottilie Marchbanks</span></span>" beside
 * its "Permalink" and "Share this post"): the element ends the name as a
 * stamp would, and the links beside it, with no other words, make the
 * line the post's footer (links_beside). A line "posted by X" alone may be
 * anyone's note. LINE is its first line; the name, or NULL. */
static bool links_beside(const al_dom *dom, int i)
{
    int bar = dom->nodes[i].parent, links = 0;

    if (bar < 0)
        return false;
    for (int j = bar + 1; j < dom->nodes[bar].end; j++) {
        const char *t;

        if (j == i || dom->nodes[j].tag == GUMBO_TAG_A) {
            links += dom->nodes[j].tag == GUMBO_TAG_A;
            j = dom->nodes[j].end - 1;
            continue;
        }
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) || !dom->nodes[j].g || !(t = dom->nodes[j].g->v.text.text))
            continue;
        for (; *t; t++)
            if (isalnum((unsigned char)*t) || (unsigned char)*t >= 0x80)
                return false;           /* words beside it: a sentence, not a bar */
    }
    return links > 0;
}

static char *footer_name(const al_dom *dom, int i, const char *line)
{
    char *raw, *whole, *name = NULL;
    const char *rest;

    if (!links_beside(dom, i))
        return NULL;
    raw = al_dom_text(dom, i, true);
    whole = raw ? al_text_normalize(raw) : NULL;
    free(raw);
    if (whole && strcmp(whole, line) == 0 && al_text_words(whole) <= SHAPED_LINE_MAX_WORDS &&
        !strpbrk(whole, "0123456789")) {
        rest = whole + byline_prefix_len(whole);
        rest += strspn(rest, " ");
        if (*rest && person_shaped(rest))
            name = al_strdup(rest);
    }
    free(whole);
    return name;
}

static void read_footer_byline(al_meta *m, const al_dom *dom, int title)
{
    int post = post_container(dom, title);
    size_t chars = 0;

    if (post < 0)
        return;
    for (int i = dom->nodes[title].end; !m->byline && i < dom->nodes[post].end; i++) {
        const al_node *n = &dom->nodes[i];
        char *text, *name = NULL;

        if (n->flags & AL_NODE_TEXT)
            chars += n->text_len;
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->end - i > SHAPED_LINE_MAX_NODES ||
            chars < 2 * PROSE_MIN_CHARS)
            continue;                   /* a footer: after the post's text */
        text = first_line(dom, i);      /* "By ABC NEWS\nJuly 24, 2012" */
        if (text && al_text_words(text) <= SHAPED_LINE_MAX_WORDS && byline_prefixed(text) &&
            strpbrk(text, "0123456789") && !in_comments(dom, i) &&   /* (in_comments last: it walks up) */
            !(name = linked_name(dom, i, text)))
            name = name_before_stamp(text, m->lang);
        else if (text && !name && byline_prefixed(text) && (name = footer_name(dom, i, text)) != NULL &&
                 in_comments(dom, i)) {
            free(name);
            name = NULL;
        }
        set_byline(m, dom, name);
        free(name);
        free(text);
    }
}

/* A credit line that closes the body, where a news template puts the only
 * mention of who wrote it ("Tekst: Michał Zawada", "Texto: Ana Ruiz"),
 * with no stamp after it: in the post (the title's nearest <article>, or
 * its container as for read_footer_byline), after 2 * PROSE_MIN_CHARS of
 * the post's text, outside readers' comments, an element whose whole text
 * is a labelled byline word (one of [page.byline_prefix] that ends in a
 * colon) and a person's name, maybe with the writer's role after a comma
 * ("Bericht: Rainer Vogt, Pressewart": credit_rest). The label and the
 * place are the evidence, and the post holds one such name: two are a
 * list of contributors. */
static bool labelled_byline(const char *text)
{
    size_t len = byline_prefix_len(text);

    return len > 0 && text[len - 1] == ':';
}

/* Is REST, what follows the name in a credit line, nothing, or the
 * writer's role after a comma: up to CREDIT_ROLE_MAX_WORDS words with no
 * digit, colon or sentence mark ("Text: Anna Berg, Pressewartin"; not
 * ", Foto: Jan Kolb" nor a stamp)? */
#define CREDIT_ROLE_MAX_WORDS 3
static bool credit_rest(const char *rest)
{
    if (!*rest)
        return true;
    return rest[0] == ',' && rest[1] == ' ' && al_text_words(rest) >= 1 &&
           al_text_words(rest) <= CREDIT_ROLE_MAX_WORDS && !strpbrk(rest + 1, "0123456789:.!?,;|");
}

/* The person node I's whole text names after a byline label (the label,
 * a space, the name: nothing else, or the writer's role), or NULL; the
 * caller frees it. */
static char *labelled_name(const al_dom *dom, int i)
{
    char *raw = al_dom_text(dom, i, true);
    char *text = raw ? al_text_normalize(raw) : NULL;
    char *name = text && al_text_words(text) <= SHAPED_LINE_MAX_WORDS && labelled_byline(text) ?
                 clean_byline(text) : NULL;
    size_t after = text ? byline_prefix_len(text) + 1 : 0;

    if (name && !(person_shaped(name) && strlen(text) >= after + strlen(name) &&
                  strncmp(text + after, name, strlen(name)) == 0 &&
                  credit_rest(text + after + strlen(name)) && !in_comments(dom, i))) {
        free(name);
        name = NULL;
    }
    free(text);
    free(raw);
    return name;
}

static void read_credit_byline(al_meta *m, const al_dom *dom, int title)
{
    int post = dom->nodes[title].parent;
    size_t chars = 0;
    char *credit = NULL;
    bool several = false;

    while (post > dom->body && dom->nodes[post].tag != GUMBO_TAG_ARTICLE)
        post = dom->nodes[post].parent;
    if (post <= dom->body && (post = post_container(dom, title)) < 0)
        return;
    for (int i = dom->nodes[title].end; i < dom->nodes[post].end && !several; i++) {
        const al_node *n = &dom->nodes[i];
        char *name;

        if (n->flags & AL_NODE_TEXT)
            chars += n->text_len;
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->end - i > SHAPED_LINE_MAX_NODES ||
            chars < 2 * PROSE_MIN_CHARS)
            continue;
        if ((name = labelled_name(dom, i)) != NULL) {
            several = credit && strcmp(credit, name) != 0;
            if (!credit) {
                credit = name;
                name = NULL;
            }
        }
        free(name);
    }
    if (credit && !several)
        set_byline(m, dom, credit);
    free(credit);
}

/* A labelled byline above the headline, where the article's header sets
 * its meta line before the <h1> ("<span>Door: Ruud Verhagen</span>" beside
 * the section and the <time>, with no author meta and no JSON-LD): in the
 * title heading TITLE's parent, before the heading, with no prose
 * (PROSE_MIN_CHARS) before it there, an element whose whole text is a
 * byline word of the page's language with a colon (labelled_byline: "Door:",
 * "Von:", "Por:") and a person's name, maybe with the writer's role
 * (credit_rest). The label's colon, the name's shape and the place in the
 * header are the evidence: a kicker over the headline has no such label,
 * and a sentence that opens with "Door" takes no colon. Two names are a
 * list of contributors: none is taken. */
static void read_header_label_byline(al_meta *m, const al_dom *dom, int title)
{
    int head = dom->nodes[title].parent;
    char *found = NULL;
    bool several = false;

    for (int i = head + 1; head > dom->body && i < title && !several; i++) {
        const al_node *n = &dom->nodes[i];
        char *name;

        if (n->flags & AL_NODE_TEXT) {
            if (n->text_len >= PROSE_MIN_CHARS)
                break;                  /* prose: this is no header */
            continue;
        }
        if ((n->flags & AL_NODE_DROP) || n->end - i > SHAPED_LINE_MAX_NODES)
            continue;
        if ((name = labelled_name(dom, i)) != NULL) {
            several = found && strcmp(found, name) != 0;
            if (!found) {
                found = name;
                name = NULL;
            }
        }
        free(name);
    }
    if (found && !several)
        set_byline(m, dom, found);
    free(found);
}

/* The element after node I under the same parent (text skipped), or -1. */
static int next_element(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, j;

    for (j = dom->nodes[i].end; p >= 0 && j < dom->nodes[p].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT))
            return j;
    return -1;
}

/* A card's bio names its person by a word of CARD_NAME_MIN_BYTES or more
 * (al_key_names): the first name or the surname. */
#define CARD_NAME_MIN_BYTES 3

/* The characters of text under node A (the subtree sums are not made yet). */
static size_t text_chars(const al_dom *dom, int a)
{
    size_t len = 0;

    for (int j = a; j < dom->nodes[a].end; j++)
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            len += dom->nodes[j].text_len;
    return len;
}

/* The author's card after the post, where a template puts the only
 * mention of who wrote it (no meta, no JSON-LD, no line under the title):
 * in the post's container, after 2 * PROSE_MIN_CHARS of the post's text,
 * outside readers' comments, a block whose whole text is shaped as a
 * person's name, followed in the same small box (at most CARD_SLACK_CHARS
 * of text besides: "Tous ses comptes rendus", an avatar's alt) by a bio
 * of PROSE_MIN_CHARS or more that names the person again, by first name
 * or surname ("Animatrice du club depuis 2015 ..., Hélène a parcouru
 * ..."), or that sits under a byline's label alone ("Escrito por" over
 * "Beatriz Lopes", card_labelled). The name and the words about that
 * person in one box are the evidence, once in the post: a list of people in the article has the
 * article in its box, or many such boxes ("Meet the new board": a card
 * per member), and a commenter's name stands beside a date, not over
 * words about them. A heading is no card's name: it titles a box
 * ("Current Series", "Bible Gateway Recommendations" over a sidebar's
 * text that says its words again); a bio is prose, not mostly links
 * (a gallery widget's label over its linked teaser); and a bio that
 * writes the name's first word in lower case says a label's words, not a
 * person's (name_written_lower: a disclaimer's <h4> over its small print,
 * tests/pages/b26-de-ch-medienmitteilung-waermeverbund). */
#define CARD_SLACK_CHARS 120
#define CARD_NAME_MAX_NODES 6

/* The characters of text under node A that are inside a link. */
static size_t link_chars(const al_dom *dom, int a)
{
    size_t len = 0;

    for (int j = a; j < dom->nodes[a].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_A) {
            len += text_chars(dom, j);
            j = dom->nodes[j].end - 1;
        }
    return len;
}

/* Is node I a heading or has one inside ("<div><h3>Current Series</h3>")? */
static bool holds_heading(const al_dom *dom, int i)
{
    for (int j = i; j < dom->nodes[i].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && is_heading_tag(dom->nodes[j].tag))
            return true;
    return false;
}

/* A card with the person's portrait: an <img> whose alt text is the
 * name, in the name's box or the box around it ("<img alt="Marco
 * Ferrero">" beside "<p>Marco Ferrero</p>" and the bio). The picture
 * labelled with the name says whose the words after the name are, also
 * when a bio in the first person never names its writer ("Ho cominciato
 * a pedalare ...") and runs over several paragraphs: then the rest of the
 * name's box, up to AL_CARD_PORTRAIT_BIO_CHARS, is the bio. */
bool al_card_portrait(const al_dom *dom, int box, const char *name)
{
    int outer = dom->nodes[box].parent >= 0 ? dom->nodes[box].parent : box;

    for (int j = outer; j < dom->nodes[outer].end; j++) {
        const char *alt;
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_IMG &&
            (alt = al_dom_attr(dom, j, "alt")) != NULL && al_text_same_words(alt, name))
            return true;
    }
    return false;
}

/* The text after node I to the end of its parent BOX: a card's bio of one
 * paragraph or several. */
static size_t rest_chars(const al_dom *dom, int i, int box)
{
    size_t len = 0;

    for (int j = dom->nodes[i].end; j < dom->nodes[box].end; j++)
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            len += dom->nodes[j].text_len;
    return len;
}

bool al_byline_label_alone(const char *text)
{
    size_t len = strlen(text), n;
    const al_lang_entry *by = al_lang_table("page.byline_prefix", NULL, &n);

    while (len && (text[len - 1] == ':' || text[len - 1] == ' '))
        len--;
    for (size_t k = 0; k < n; k++) {
        size_t bl = strlen(by[k].key);
        while (bl && (by[k].key[bl - 1] == ':' || by[k].key[bl - 1] == ' '))
            bl--;
        if (bl && bl == len && strncasecmp(text, by[k].key, bl) == 0)
            return true;
    }
    return false;
}

/* Is node I's previous element under the same parent a byline's label
 * alone (al_byline_label_alone: "Escrito por")? Then the card names its
 * person by its label, and its bio need not name her again. */
static bool card_labelled(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, prev = -1;
    char *text;
    bool hit;

    for (int j = p + 1; p >= 0 && j < i; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT))
            prev = j;
    if (prev < 0 || dom->nodes[prev].end - prev > CARD_NAME_MAX_NODES || !(text = al_dom_text(dom, prev, true)))
        return false;
    hit = al_byline_label_alone(text);
    free(text);
    return hit;
}

/* Does HAY hold WORD (LEN bytes) as a whole word, in exactly that case? */
static bool holds_word_as_written(const char *hay, const char *word, size_t len)
{
    for (const char *p = strstr(hay, word); p && len; p = strstr(p + 1, word)) {
        unsigned char before = p > hay ? (unsigned char)p[-1] : ' ', after = (unsigned char)p[len];
        if (!isalnum(before) && before < 0x80 && before != '-' && !isalnum(after) && after < 0x80 && after != '-')
            return true;
    }
    return false;
}

/* A heading's words, not a person's: the bio writes the name's first
 * word, capitalised in the name, only in lower case in its running text
 * ("Zukunftsgerichtete Aussagen" over small print that "enthält
 * zukunftsgerichtete Aussagen", "Forward-Looking Statements" over "contains
 * forward-looking statements"). A first name is capitalised wherever it
 * is written; a label's first word only where it opens the label. */
static bool name_written_lower(const char *name, const char *bio)
{
    size_t len = strcspn(name, " ");
    char *word = al_strndup(name, len), *lower = word ? al_text_fold(word) : NULL;
    bool hit = lower && strlen(lower) == len && strcmp(lower, word) != 0 &&
               holds_word_as_written(bio, lower, len) && !holds_word_as_written(bio, word, len);

    free(lower);
    free(word);
    return hit;
}

static void read_card_byline(al_meta *m, const al_dom *dom, int title)
{
    int post = post_container(dom, title), cards = 0;
    size_t chars = 0;
    char *found = NULL;

    if (post < 0)
        return;
    for (int i = dom->nodes[title].end; cards < 2 && i < dom->nodes[post].end; i++) {
        const al_node *n = &dom->nodes[i];
        char *name, *bio, *key;
        size_t len, bio_len;
        int b, box = n->parent;

        if (n->flags & AL_NODE_TEXT)
            chars += n->text_len;
        /* (holds_heading after the size: it walks the subtree, and a box
         * nested to the page's end holds all of it) */
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || !al_dom_is_block_tag(n->tag) ||
            chars < 2 * PROSE_MIN_CHARS || n->end - i > CARD_NAME_MAX_NODES ||
            holds_heading(dom, i) || box < 0 ||
            (b = next_element(dom, i)) < 0 || !al_dom_is_block_tag(dom->nodes[b].tag) ||
            (len = text_chars(dom, i)) == 0 || !(name = al_dom_text(dom, i, true)))
            continue;
        /* the name's shape first: a paragraph is no name, and the box's
         * text is counted only for the few that are */
        if (person_shaped(name) && (bio_len = text_chars(dom, b)) >= PROSE_MIN_CHARS &&
            2 * link_chars(dom, b) < bio_len &&
            text_chars(dom, box) <= len + bio_len + CARD_SLACK_CHARS &&
            (bio = al_dom_text(dom, b, true)) != NULL) {
            key = al_text_key(bio);
            if (key && (al_key_names(key, name, CARD_NAME_MIN_BYTES) || card_labelled(dom, i)) &&
                !name_written_lower(name, bio) && !in_comments(dom, i) && cards++ == 0) {
                found = name;
                name = NULL;
            }
            free(key);
            free(bio);
        } else if (person_shaped(name) && (bio_len = rest_chars(dom, i, box)) >= PROSE_MIN_CHARS &&
                   bio_len <= AL_CARD_PORTRAIT_BIO_CHARS && 2 * link_chars(dom, b) < text_chars(dom, b) &&
                   text_chars(dom, box) <= len + bio_len + CARD_SLACK_CHARS &&
                   al_card_portrait(dom, box, name) &&
                   !in_comments(dom, i) && cards++ == 0) {
            found = name;
            name = NULL;
        }
        free(name);
    }
    if (cards == 1)
        set_byline(m, dom, found);
    free(found);
}

static int title_heading(const al_meta *m, const al_dom *dom);

/* <meta name="author"> shaped as a phrase, not a name (phrase_shaped:
 * "Commissione sentieri", "Redacción deportes"), names a committee or a
 * desk: no person to say, but the byline that names no person
 * (byline_org), so that its credit line in the body ("A cura della
 * Commissione sentieri · 24 novembre 2026") and its box after the article
 * are known as the author's, not read. VALUE is the tag's content. */
static void author_phrase(al_meta *m, const char *value)
{
    if (!m->byline && !m->byline_org && value && phrase_shaped(value))
        set_once(&m->byline_org, value);
}

/* The author markers read_byline looks at, at the most: a story's byline
 * is among its first ones, and each asks about the page around it (its
 * menu's items, the other authors' links), so a page of many thousand
 * author links must not cost their square. */
#define AUTHOR_MARKERS_MAX 128

/* The byline line that names the metadata's one author among others: an
 * element that holds BYLINE_LINE_MIN_LINKS links or more to author pages
 * (author_slug: "/autor/michal-gasior"), one of them with the byline's
 * name, each to another slug, and little else (at most
 * BYLINE_LINE_SLACK characters besides the links: "Oprac.", commas,
 * "and"). The page shows its authors; the metadata may name only the
 * first ("Oprac. Katarzyna Lis, Michał Gąsior" under the title, meta
 * author "Katarzyna Lis": b29-pl-relacja-powodz-kamienna-bystra). The
 * listener hears every name of the line. Links in comments, menus,
 * pictures and reader scopes are others'. */
#define BYLINE_LINE_MIN_LINKS 2
#define BYLINE_LINE_MAX_LINKS 6
#define BYLINE_LINE_SLACK 24

static void widen_byline(al_meta *m, const al_dom *dom, int scopes, int h1)
{
    int i;

    if (!m->byline || strchr(m->byline, ',') || dom->body < 0)
        return;
    for (i = dom->body; i < dom->count; i++) {
        char *text;
        bool same;

        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || !author_link(dom, i))
            continue;
        if (in_reader_scope(dom, i, scopes) || in_comment_markup(dom, i, h1) || in_menu(dom, i) ||
            in_picture(dom, i) || !(text = al_dom_text(dom, i, false)))
            continue;
        same = al_text_same_words(text, m->byline);
        free(text);
        if (same)
            break;
    }
    if (i >= dom->count || dom->nodes[i].parent < 0)
        return;
    {
        int line = dom->nodes[i].parent, links = 0;
        unsigned linked = 0;
        const char *slugs[BYLINE_LINE_MAX_LINKS];
        size_t lens[BYLINE_LINE_MAX_LINKS];
        al_buf b = { 0 };

        for (int j = line + 1; j < dom->nodes[line].end; j++) {
            const char *slug;
            char *name;
            bool twice = false;

            if ((dom->nodes[j].flags & AL_NODE_TEXT) || !(slug = author_slug(dom, j)))
                continue;
            for (int k = 0; k < links && !twice; k++)
                twice = lens[k] == author_slug_len(slug) && strncmp(slugs[k], slug, lens[k]) == 0;
            if (twice || links >= BYLINE_LINE_MAX_LINKS || !(name = al_dom_text(dom, j, false))) {
                links = BYLINE_LINE_MAX_LINKS + 1;  /* one author twice (a card), or too many: no line */
                break;
            }
            slugs[links] = slug;
            lens[links++] = author_slug_len(slug);
            linked += dom->nodes[j].text_len;
            al_buf_puts(&b, b.data && b.len ? ", " : "");
            al_buf_puts(&b, name);
            free(name);
            j = dom->nodes[j].end - 1;
        }
        if (links >= BYLINE_LINE_MIN_LINKS && links <= BYLINE_LINE_MAX_LINKS && b.data &&
            dom->nodes[line].text_len <= linked + BYLINE_LINE_SLACK) {
            char *names = al_text_normalize(b.data);
            if (names && *names) {
                free(m->byline);
                m->byline = names;
            } else {
                free(names);
            }
        }
        al_buf_free(&b);
    }
}

static void read_byline(al_meta *m, const al_dom *dom)
{
    int i, markers = 0, scopes = reader_scopes(dom);
    int h1 = dom->body >= 0 ? first_tag(dom, GUMBO_TAG_H1, dom->body, dom->nodes[dom->body].end) : -1;
    bool org_line = false;

    for (i = dom->body; !m->person_author && i >= 0 && i < dom->count; i++) {
        const char *type = al_dom_attr(dom, i, "itemtype");
        if (!(dom->nodes[i].flags & AL_NODE_TEXT) && type && strstr(type, "schema.org/Person") &&
            al_dom_attr_has_token(dom, i, "itemprop", "author"))
            m->person_author = itemprop_name(dom, i);
    }
    if (m->byline && not_a_person(m, dom, m->byline)) {
        m->byline_org = m->byline;      /* JSON-LD's author is the site, a newsroom */
        m->byline = NULL;
    } else if (m->byline && handle_shaped(m->byline)) {
        free(m->byline);                /* JSON-LD's "author": "CC7567" */
        m->byline = NULL;
    }
    set_byline(m, dom, meta_content(dom, "author"));
    author_phrase(m, meta_content(dom, "author"));
    set_byline(m, dom, meta_content(dom, "article:author"));
    set_byline(m, dom, meta_content(dom, "dc.creator"));
    set_byline(m, dom, meta_content(dom, "parsely-author"));   /* Parse.ly's tags, on news sites */
    /* An author marker that names a news agency, or the organisation the
     * metadata names as the author, is the story's byline line: the story
     * is the agency's or the newsroom's, and the markers after it are
     * others' (commenters, authors of the teasers below). A link "View
     * Staff Page" names no one: the search goes on. */
    for (i = dom->body; !m->byline && !org_line && i >= 0 && i < dom->count; i++) {
        char *text, *name;

        if ((dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || !is_author_marker(dom, i))
            continue;
        if (++markers > AUTHOR_MARKERS_MAX)
            break;                      /* a list of authors, not a story's byline */
        if (in_reader_scope(dom, i, scopes) || in_comment_markup(dom, i, h1) || in_menu(dom, i) ||
            in_picture(dom, i) || author_label_link(dom, i))
            continue;
        text = itemprop_name(dom, i);
        if (!text)
            text = class_name_text(dom, i);
        if (!text)
            text = al_dom_text(dom, i, true);
        name = text && al_text_words(text) <= 12 ? clean_byline(text) : NULL;
        org_line = name && *name && !looks_like_url(name) && not_a_person(m, dom, name) &&
                   (names_an_agency(name) ||
                    (m->byline_org && al_text_same_words(name, m->byline_org)));
        set_byline(m, dom, name);
        free(name);
        free(text);
    }
    if (!m->byline && !m->byline_org)
        read_meta_line_byline(m, dom);
    /* a site's name as the author is its CMS's default, not a newsroom
     * that signs the story: a person's line may still be there */
    if (!m->byline && (!m->byline_org || names_the_site(m, dom, m->byline_org))) {
        int title = title_heading(m, dom);
        read_shaped_byline(m, dom, title);
        if (!m->byline && title >= 0)
            read_header_label_byline(m, dom, title);
        if (!m->byline && title >= 0)
            read_footer_byline(m, dom, title);
        if (!m->byline && title >= 0)
            read_card_byline(m, dom, title);
        if (!m->byline && title >= 0)
            read_credit_byline(m, dom, title);
    }
    widen_byline(m, dom, scopes, h1);
    if (m->byline)
        drop_organisation_names(m, dom);
    if (m->byline)
        drop_runon_agency(m);
}

/* A date in ISO 8601, or NULL: ISO input is kept as given
 * ("2022-07-08T02:17:46+00:00"); other shapes pages use are reduced to the
 * date ("Fri, 08 Jul 2022 02:17:46 GMT", "July 8, 2022", "08.07.2022",
 * "2022/07/08", "20220708"). Caller frees. */
static char *iso_date(const char *s)
{
    static const char *const formats[] = {
        "%a, %d %b %Y", "%d %b %Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d",
        "%d.%m.%Y", "%d/%m/%Y", "%Y%m%d", NULL
    };
    struct tm tm;
    char out[32];
    size_t k;

    while (*s == ' ')
        s++;
    if (strlen(s) >= 10 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[3]) && s[4] == '-' &&
        isdigit((unsigned char)s[5]) && s[7] == '-' && isdigit((unsigned char)s[8]))
        return al_strdup(s);
    for (k = 0; formats[k]; k++) {
        const char *end;
        memset(&tm, 0, sizeof(tm));
        end = strptime(s, formats[k], &tm);
        if (!end || tm.tm_year < 70 || tm.tm_year > 200 || (*end && *end != ' ' && *end != 'T' && *end != ','))
            continue;
        snprintf(out, sizeof(out), "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
        return al_strdup(out);
    }
    return NULL;
}

/* ---- a date in the page's words ----------------------------------------- */

#define DATE_YEAR_MIN 1990
#define DATE_YEAR_MAX 2100
#define DATE_MONTH_MIN_LETTERS 3    /* "dic", "Dec", "Mär": a month's abbreviation */
#define DATE_LINE_MAX_WORDS 16      /* a meta line, not a sentence */
#define DATE_LINE_MAX_BLOCKS 40     /* text nodes looked at after the title */
#define DATE_PROSE_CHARS 150        /* a text this long is the article: stop */
#define DATE_LINE_MAX_CHARS 400     /* DATE_LINE_MAX_WORDS long words: a longer element is no line */
#define DATE_LINE_MAX_NODES 200     /* nor is one of more nodes */
#define DATE_SCAN_BYTES 23          /* more than a date's digits and marks take */

static bool date_ok(int y, int mo, int d, char out[16])
{
    if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX || mo < 1 || mo > 12 || d < 1 || d > 31)
        return false;
    snprintf(out, 16, "%04d-%02d-%02d", y, mo, d);
    return true;
}

/* The first DATE_SCAN_BYTES bytes of P, in BUF, for sscanf: it takes its
 * input's whole length first (strlen), so tried at every byte of a long
 * text or address it would cost the square of its length. */
static const char *date_window(const char *p, char buf[DATE_SCAN_BYTES + 1])
{
    size_t n = strnlen(p, DATE_SCAN_BYTES);

    memcpy(buf, p, n);
    buf[n] = '\0';
    return buf;
}

/* The month (1..12) word W names in LANG's [speech.months] or English's:
 * the name or a prefix of it of DATE_MONTH_MIN_LETTERS letters or more
 * ("dic", "Dec."); 0 for none. W is a word of a text key (lower case). */
static int month_word(const char *w, size_t wlen, const char *lang)
{
    const char *const langs[2] = { lang, "en" };

    if (wlen < DATE_MONTH_MIN_LETTERS || isdigit((unsigned char)w[0]))
        return 0;
    for (size_t l = 0; l < 2; l++) {
        size_t n;
        const al_lang_entry *e = langs[l] ? al_lang_table("speech.months", langs[l], &n) : NULL;
        for (size_t k = 0; e && k < n; k++) {
            char *name = e[k].value ? al_text_key(e[k].value) : NULL;
            int mo = atoi(e[k].key);
            bool hit = name && mo >= 1 && mo <= 12 && strlen(name) >= wlen && strncmp(name, w, wlen) == 0 &&
                       (strlen(name) == wlen || !strchr(name, ' '));
            free(name);
            if (hit)
                return mo;
        }
    }
    return 0;
}

/* A number word of a text key: its value, or -1. */
static int number_word(const char *w, size_t wlen)
{
    int v = 0;

    if (wlen == 0 || wlen > 4)
        return -1;
    for (size_t k = 0; k < wlen; k++) {
        if (!isdigit((unsigned char)w[k]))
            return -1;
        v = v * 10 + (w[k] - '0');
    }
    return v;
}

/* The first date TEXT writes, as YYYY-MM-DD in OUT: "01.12.2026",
 * "2026-12-01", or a day, a month's name and a year in either order
 * ("2 December 2026", "mié 02 dic 2026 19:42", "December 2, 2026",
 * "2 de diciembre de 2026": one short word may stand between). Month
 * names are LANG's and English's ([speech.months]). */
/* "02/12/2026": Europe writes the day first; English pages write the
 * month first in the United States and the day first elsewhere, so a
 * slashed date says nothing sure on them and is not read. */
static bool slash_date(int d, int mo, int y, const char *lang, char out[16])
{
    bool english = !lang || (strncmp(lang, "en", 2) == 0 && (lang[2] == '\0' || lang[2] == '-'));

    return !english && date_ok(y, mo, d, out);
}

static bool text_date(const char *text, const char *lang, char out[16])
{
    char *key;
    const char *w[64];
    size_t len[64], n = 0;
    bool found = false;

    for (const char *p = text; *p && !found; p++) {
        char buf[DATE_SCAN_BYTES + 1];
        int d, mo, y, used = 0;
        if (p > text && (isdigit((unsigned char)p[-1])))
            continue;
        if (sscanf(date_window(p, buf), "%2d.%2d.%4d%n", &d, &mo, &y, &used) == 3 && used >= 8 &&
            isdigit((unsigned char)p[used - 4]) && !isdigit((unsigned char)p[used]))
            found = date_ok(y, mo, d, out);
        else if (sscanf(buf, "%4d-%2d-%2d%n", &y, &mo, &d, &used) == 3 && used == 10 && !isdigit((unsigned char)p[used]))
            found = date_ok(y, mo, d, out);
        else if (sscanf(buf, "%2d/%2d/%4d%n", &d, &mo, &y, &used) == 3 && used >= 8 &&
                 isdigit((unsigned char)p[used - 4]) && !isdigit((unsigned char)p[used]))
            found = slash_date(d, mo, y, lang, out);
    }
    if (found || !(key = al_text_key(text)))
        return found;
    for (char *p = key; *p && n < 64;) {
        w[n] = p;
        len[n] = strcspn(p, " ");
        p += len[n];
        n++;
        while (*p == ' ')
            p++;
    }
    for (size_t i = 0; i < n && !found; i++) {
        int mo = month_word(w[i], len[i], lang), d = -1, y = -1;
        size_t j;
        if (!mo)
            continue;
        /* day before: "2 December", "2 de diciembre" */
        if (i >= 1 && number_word(w[i - 1], len[i - 1]) >= 1 && len[i - 1] <= 2)
            d = number_word(w[i - 1], len[i - 1]);
        else if (i >= 2 && len[i - 1] <= 2 && !isdigit((unsigned char)w[i - 1][0]) &&
                 number_word(w[i - 2], len[i - 2]) >= 1 && len[i - 2] <= 2)
            d = number_word(w[i - 2], len[i - 2]);
        j = i + 1;
        if (d < 0 && j < n && len[j] <= 2 && number_word(w[j], len[j]) >= 1) {  /* "December 2, 2026" */
            d = number_word(w[j], len[j]);
            j++;
        }
        if (j < n && len[j] <= 2 && !isdigit((unsigned char)w[j][0]))          /* "de 2026" */
            j++;
        if (j < n && len[j] == 4)
            y = number_word(w[j], len[j]);
        found = d >= 1 && y > 0 && date_ok(y, mo, d, out);
    }
    free(key);
    return found;
}

/* Does TEXT start with a word of [extract.dateline] ("Published",
 * "Veröffentlicht am")? */
static bool starts_dateline(const char *text)
{
    size_t n;
    const al_lang_entry *e = al_lang_table("extract.dateline", NULL, &n);
    char *key = al_text_key(text);
    bool hit = key_opens_with(key, e, n);

    free(key);
    return hit;
}

/* Where TEXT's dateline opens: TEXT itself when it starts with a word of
 * [extract.dateline] ("Published: 2 December 2026"), else the first part
 * after a field separator (first_separator's " - ", " | ", " · "...)
 * that does: a meta line joins its fields, and an old template puts the
 * section's breadcrumb first ("Cronaca > Borgosesia - Pubblicato il
 * 14/11/2025 alle 18:30", tests/pages/b27-it-cronaca-tabelle-ponte-gula).
 * The date is read from that part on, not from the fields before it.
 * NULL for none. TEXT is one short line (DATE_LINE_MAX_WORDS). */
static const char *dateline_part(const char *text)
{
    for (const char *p = text, *cut; p && *p; p = strchr(cut + 1, ' ') + 1) {
        if (starts_dateline(p))
            return p;
        if (!(cut = first_separator(p)))
            break;
    }
    return NULL;
}

/* Where the date of an issue line opens: TEXT's first field (up to
 * first_separator) is a word of [extract.issue] and a number only
 * ("Nummer 48", "Issue 112", "Ausgabe 7"), and the date is in the part
 * after the separator ("Nummer 48 \xC2\xB7 4 december 2026" under a
 * newsletter's title: the day the issue went out,
 * b37-nl-mailchimp-nieuwsbrief-tabellen-afmelden,
 * en-newsletter-issue-line-date). NULL for none. */
static const char *issue_part(const char *text)
{
    const char *cut = first_separator(text);
    char *field = cut ? al_strndup(text, (size_t)(cut - text)) : NULL, *key = field ? al_text_key(field) : NULL;
    const char *num = key ? strrchr(key, ' ') : NULL;
    size_t n;
    const al_lang_entry *e = al_lang_table("extract.issue", NULL, &n);
    bool hit = false;

    /* the number is the field's last word, and the issue word all before it */
    if (num && num[1] && strspn(num + 1, "0123456789") == strlen(num + 1)) {
        char *words = al_strndup(key, (size_t)(num - key));
        for (size_t k = 0; words && k < n && !hit; k++) {
            char *w = al_text_key(e[k].key);
            hit = w && strcmp(w, words) == 0;
            free(w);
        }
        free(words);
    }
    free(key);
    free(field);
    return hit ? strchr(cut + 1, ' ') + 1 : NULL;
}

/* The heading that shows the title: the first h1-h3 whose words are the
 * title's, else the page's first <h1>; on a page with no <h1>, the first
 * small element outside links whose words are the title's (an old site's
 * <font size="5"><b>title</b></font>); -1 for none. */
static int title_heading(const al_meta *m, const al_dom *dom)
{
    int h1 = -1;

    if (dom->body < 0)
        return -1;
    for (int i = dom->body; i < dom->nodes[dom->body].end; i++) {
        const al_node *n = &dom->nodes[i];
        char *text;
        bool same;
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) ||
            (n->tag != GUMBO_TAG_H1 && n->tag != GUMBO_TAG_H2 && n->tag != GUMBO_TAG_H3))
            continue;
        if (h1 < 0 && n->tag == GUMBO_TAG_H1)
            h1 = i;
        text = m->title ? al_dom_text(dom, i, true) : NULL;
        same = text && al_text_same_words(text, m->title);
        free(text);
        if (same)
            return i;
    }
    for (int i = dom->body; h1 < 0 && m->title && i < dom->nodes[dom->body].end; i++) {
        const al_node *n = &dom->nodes[i];
        char *text;
        bool same;
        if (n->tag == GUMBO_TAG_A && !(n->flags & AL_NODE_TEXT)) {
            i = n->end - 1;             /* a link's text is a teaser's */
            continue;
        }
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->end - i > TITLE_LINE_MAX_NODES)
            continue;
        text = al_dom_text(dom, i, true);
        same = text && al_text_same_words(text, m->title);
        free(text);
        if (same)
            return i;
    }
    return h1;
}

/* Does the line text node I is part of write the post's date (into OUT)?
 * The line is its element, then the ones around it up to the nearest
 * block ("<span>Published: 2 December 2026</span>" inside a meta <div>
 * that names the department too), while it is short enough to be a line:
 * the elements around a text only grow, and reading each of them in full
 * for each of DATE_LINE_MAX_BLOCKS texts cost a page of deep inline
 * markup its length times theirs. */
static bool date_line(const al_meta *m, const al_dom *dom, int i, char out[16])
{
    for (int e = dom->nodes[i].parent; e > dom->body; e = dom->nodes[e].parent) {
        char *raw, *text;
        const char *from;
        bool hit;
        if (dom->nodes[e].text_len > DATE_LINE_MAX_CHARS ||
            dom->nodes[e].end - e > DATE_LINE_MAX_NODES)
            break;
        raw = al_dom_text(dom, e, true);
        text = raw ? al_text_normalize(raw) : NULL;
        hit = text && al_text_line_words(text) <= DATE_LINE_MAX_WORDS &&
              (((from = dateline_part(text)) != NULL && text_date(from, m->lang, out)) ||
               ((from = issue_part(text)) != NULL && text_date(from, m->lang, out)) ||
               (m->byline && al_text_casestr(text, m->byline) && text_date(text, m->lang, out)));
        free(text);
        free(raw);
        if (hit)
            return true;
        if (dom->nodes[e].flags & AL_NODE_BLOCK)
            break;
    }
    return false;
}

/* Is node I a text node with words, not dropped? */
static bool date_text_node(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];

    return (n->flags & AL_NODE_TEXT) && !(n->flags & AL_NODE_DROP) && n->text_len > 0 &&
           n->g->type == GUMBO_NODE_TEXT;
}

/* A date line among the first LINES texts from node FROM towards STOP
 * (STEP 1: down the page, -1: up), before any prose: into OUT. */
static bool date_in_lines(const al_meta *m, const al_dom *dom, int from, int stop, int step,
                          int lines, char out[16])
{
    int seen = 0;

    for (int i = from; i != stop && seen < lines; i += step) {
        if (!date_text_node(dom, i))
            continue;
        if (dom->nodes[i].text_len >= DATE_PROSE_CHARS)
            break;
        seen++;
        if (date_line(m, dom, i, out))
            return true;
    }
    return false;
}

/* A date the page shows under its title and nowhere in its metadata: the
 * first short line after the title heading, before the article's prose,
 * that writes a date (text_date) and says it is the post's: it opens
 * with a word of [extract.dateline] ("Published: 2 December 2026"),
 * is an issue line (issue_part: "Nummer 48 \xC2\xB7 4 december 2026") or
 * holds the byline ("by Luis Gil » mié 02 dic 2026"). Other dates near
 * the title (a member's "Registered: 14 Mar 2025", the story's own "from
 * 14 December") say nothing of the post. Else the line right above the
 * title, as old templates print it ("Eingestellt am 28.11.2026 von
 * Webmaster" over the headline), on the same evidence: DATE_ABOVE_LINES
 * texts up, inside the title's parent (the post's cell, not the menu
 * beside it). Caller frees. */
#define DATE_ABOVE_LINES 3
static char *visible_date(const al_meta *m, const al_dom *dom)
{
    int t = title_heading(m, dom), parent;
    char out[16];

    if (t < 0)
        return NULL;
    parent = dom->nodes[t].parent;
    if (date_in_lines(m, dom, dom->nodes[t].end, dom->count, 1, DATE_LINE_MAX_BLOCKS, out) ||
        date_in_lines(m, dom, t - 1, parent, -1, DATE_ABOVE_LINES, out))
        return al_strdup(out);
    return NULL;
}

/* A date the page's address holds as a path of its own: ".../2026/11/27/...". */
static char *url_date(const char *url)
{
    char out[16];

    for (const char *p = url ? strchr(url, '/') : NULL; p; p = strchr(p + 1, '/')) {
        char buf[DATE_SCAN_BYTES + 1];
        int y, mo, d, used = 0;
        if (sscanf(date_window(p, buf), "/%4d/%2d/%2d%n", &y, &mo, &d, &used) == 3 && used == 11 &&
            (p[used] == '/' || p[used] == '\0') && date_ok(y, mo, d, out))
            return al_strdup(out);
    }
    return NULL;
}

/* Readers' entries by their shape, whatever the markup: a list whose
 * items each hold a <time> and more words than a date line (a comment's
 * or a review's author, date and text: WooCommerce's "Hannelore K. –
 * 2. April 2026 Wunderschöne Kanne, ...", a blog's comment list), two
 * of them at least. Their dates are the readers', not the page's
 * (tests/pages/b28-de-shop-teekanne-steinzeug); a post's own meta list
 * ("Published <time>", "Updated <time>") is lines, not entries. Each
 * list is read once: the caller skips a list of entries whole and
 * remembers the last list it found none in, and reads DATED_LISTS_MAX
 * lists at most (a page of lists nested in turn, all undated). */
#define DATED_ENTRIES_MIN 2
#define DATED_LISTS_MAX 16
static bool dated_entry(const al_dom *dom, int li)
{
    char *text;
    bool entry;

    if (dom->nodes[li].tag != GUMBO_TAG_LI || (dom->nodes[li].flags & AL_NODE_TEXT) ||
        first_tag(dom, GUMBO_TAG_TIME, li + 1, dom->nodes[li].end) < 0)
        return false;
    text = al_dom_text(dom, li, true);
    entry = text && al_text_line_words(text) > DATE_LINE_MAX_WORDS;
    free(text);
    return entry;
}

/* The list around <time> I (its nearest <li>, DATED_ENTRY_DEPTH levels
 * up at most, and that item's parent), or -1. */
#define DATED_ENTRY_DEPTH 8
static int entry_list(const al_dom *dom, int i)
{
    int li = dom->nodes[i].parent;

    for (int up = 0; li > dom->body && dom->nodes[li].tag != GUMBO_TAG_LI && up < DATED_ENTRY_DEPTH; up++)
        li = dom->nodes[li].parent;
    return li > dom->body && dom->nodes[li].tag == GUMBO_TAG_LI ? dom->nodes[li].parent : -1;
}

static bool dated_entry_list(const al_dom *dom, int list)
{
    int n = 0;

    for (int c = list + 1; c < dom->nodes[list].end && n < DATED_ENTRIES_MIN; c = dom->nodes[c].end)
        n += dated_entry(dom, c);
    return n >= DATED_ENTRIES_MIN;
}

/* The instant an ISO timestamp names, in minutes since 1970 (*AT), and
 * its zone's offset from UTC in minutes (*ZONE): "2026-12-04T05:30:00+11:00",
 * "2026-12-03T18:30:00.000Z". False for a bare date or a time with no zone,
 * which name no instant. */
static bool iso_instant(const char *s, long long *at, int *zone)
{
    int y, mo, d, h, mi, used = 0, zh, zm;
    struct tm tm = { 0 };
    const char *z;

    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &d, &h, &mi, &used) != 5 || used != 16)
        return false;
    z = s + used;
    if (z[0] == ':' && isdigit((unsigned char)z[1]) && isdigit((unsigned char)z[2]))
        z += 3;
    if (*z == '.')
        for (z++; isdigit((unsigned char)*z); z++)
            ;
    if ((*z == 'Z' || *z == 'z') && !z[1])
        *zone = 0;
    else if ((*z == '+' || *z == '-') && isdigit((unsigned char)z[1]) &&
             (sscanf(z + 1, "%2d:%2d%n", &zh, &zm, &used) == 2 ||
              sscanf(z + 1, "%2d%2d%n", &zh, &zm, &used) == 2) &&
             !z[1 + used] && zh <= 14 && zm < 60)
        *zone = (*z == '-' ? -1 : 1) * (zh * 60 + zm);
    else
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59)
        return false;
    tm.tm_year = y - 1900;   /* timegm(), as feed.c reads a feed's dates */
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    *at = (long long)timegm(&tm) / 60 - *zone;
    return true;
}

/* The same instant as ISO (a UTC timestamp: JSON-LD's
 * "2026-12-03T18:30:00.000Z") in the site's own zone, from a meta tag's or
 * a <time datetime>'s timestamp that names it with a non-zero offset
 * ("2026-12-04T05:30:00+11:00"), or NULL. The date the page shows its
 * readers is the local one; the UTC one is a day early east of Greenwich
 * in the morning (tests/pages/b30-en-au-caravan-park-sale-entities). Borrowed. */
static const char *local_twin(const al_dom *dom, const char *iso, const char *const keys[])
{
    long long at, other;
    int zone, other_zone;
    const char *v;

    if (!iso_instant(iso, &at, &zone) || zone != 0)
        return NULL;
    for (size_t k = 0; keys[k]; k++)
        if ((v = meta_content(dom, keys[k])) && iso_instant(v, &other, &other_zone) && other == at && other_zone)
            return v;
    for (int i = 0; dom->body >= 0 && i < dom->count; i++)
        if (dom->nodes[i].tag == GUMBO_TAG_TIME && !(dom->nodes[i].flags & AL_NODE_TEXT) &&
            (v = al_dom_attr(dom, i, "datetime")) && iso_instant(v, &other, &other_zone) && other == at &&
            other_zone)
            return v;
    return NULL;
}

/* Is node I an <abbr> that spells out a date: its title an ISO 8601 date
 * ("2025-10-14T08:30:00+00:00") whose year its text says ("October 14th,
 * 2025")? An abbreviation's title is its text in full, so the title is the
 * text's date in a machine's form, as a <time datetime> holds it: hAtom's
 * "published" element, found by its shape when its class name is
 * generated (tests/pages/blog-title-mark-first stripped). */
static bool abbr_iso_date(const al_dom *dom, int i)
{
    const char *t = dom->nodes[i].tag == GUMBO_TAG_ABBR ? al_dom_attr(dom, i, "title") : NULL;
    char *text, year[5];
    bool hit;

    if (!t || strlen(t) < 10 || !isdigit((unsigned char)t[0]) || !isdigit((unsigned char)t[3]) || t[4] != '-' ||
        !isdigit((unsigned char)t[5]) || t[7] != '-' || !isdigit((unsigned char)t[8]))
        return false;
    if (!(text = al_dom_text(dom, i, false)))
        return false;
    memcpy(year, t, 4);
    year[4] = '\0';
    hit = strstr(text, year) != NULL;
    free(text);
    return hit;
}

/* The first date that reads, JSON-LD's first (already in m->published),
 * then meta tags, then <time datetime> (not a reader's entry's:
 * dated_entry_list), then hAtom's published element,
 * then the date line under the title (visible_date), then a JSON-LD
 * WebPage's (take_page), then the address (url_date), and last the
 * date the page declares it was modified (a council's service page
 * dated only by DC.date.modified: the date of the text a listener hears,
 * b32-sv-kommun-snorojning-vansternav-feedback); a UTC timestamp gives
 * way to its twin in the site's zone (local_twin). */
static void read_date(al_meta *m, const al_dom *dom)
{
    static const char *const keys[] = {
        "article:published_time", "og:published_time", "datePublished", "pubdate",
        "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", NULL
    };
    static const char *const modified[] = {
        "article:modified_time", "og:updated_time", "dc.date.modified", "dcterms.modified", NULL
    };
    char *iso = m->published ? iso_date(m->published) : NULL;
    size_t k;
    int i, scopes = reader_scopes(dom), plain_list = -1, lists_read = 0;

    for (k = 0; !iso && keys[k]; k++)
        if (meta_content(dom, keys[k]))
            iso = iso_date(meta_content(dom, keys[k]));
    for (i = 0; !iso && dom->body >= 0 && i < dom->count; i++) {
        int list;
        if (dom->nodes[i].tag != GUMBO_TAG_TIME || (dom->nodes[i].flags & AL_NODE_TEXT) ||
            !al_dom_attr(dom, i, "datetime") || in_reader_scope(dom, i, scopes))
            continue;
        if (lists_read < DATED_LISTS_MAX && (list = entry_list(dom, i)) >= 0 && list != plain_list) {
            lists_read++;
            if (dated_entry_list(dom, list)) {
                i = dom->nodes[list].end - 1;   /* readers' entries */
                continue;
            }
            plain_list = list;
        }
        iso = iso_date(al_dom_attr(dom, i, "datetime"));
    }
    /* the hAtom microformat: the entry's "published" element keeps its
     * ISO date in its title (<abbr class="published" title="2025-10-14T08:30:00+00:00">);
     * Blogger marks the same element as microdata's datePublished too
     * (itemprop="datePublished", its text the time alone), which a page
     * whose classes are generated names still keeps
     * (tests/pages/b25-pl-blog-maszyna-lucznik-kawa), and an <abbr> is
     * one by its shape (abbr_iso_date) */
    for (i = 0; !iso && dom->body >= 0 && i < dom->count; i++)
        if (!(dom->nodes[i].flags & AL_NODE_TEXT) && al_dom_attr(dom, i, "title") &&
            (al_dom_attr_has_token(dom, i, "class", "published") ||
             al_dom_attr_has_token(dom, i, "itemprop", "datePublished") || abbr_iso_date(dom, i)) &&
            !in_reader_scope(dom, i, scopes))
            iso = iso_date(al_dom_attr(dom, i, "title"));
    if (!iso)
        iso = visible_date(m, dom);
    if (!iso && m->ld_page_date)
        iso = iso_date(m->ld_page_date);
    if (!iso)
        iso = url_date(m->url);
    for (k = 0; !iso && modified[k]; k++)
        if (meta_content(dom, modified[k]))
            iso = iso_date(meta_content(dom, modified[k]));
    if (iso && local_twin(dom, iso, keys)) {
        char *local = al_strdup(local_twin(dom, iso, keys));
        free(iso);
        iso = local;
    }
    free(m->published);
    m->published = NULL;
    set_once(&m->published, iso);
    free(iso);
}

static void read_lang(al_meta *m, const al_dom *dom, const char *content_language)
{
    const char *l = dom->html >= 0 ? al_dom_attr(dom, dom->html, "lang") : NULL;
    char *loc, *p;

    if (l && *l)
        set_once(&m->lang, l);
    if (dom->html >= 0 && !m->lang)
        set_once(&m->lang, al_dom_attr(dom, dom->html, "xml:lang"));
    if (!m->lang && (l = meta_content(dom, "og:locale")) != NULL) {
        loc = al_strdup(l);
        for (p = loc; p && *p; p++)
            if (*p == '_')
                *p = '-';
        set_once(&m->lang, loc);
        free(loc);
    }
    set_once(&m->lang, content_language);
    set_once(&m->lang, meta_content(dom, "content-language"));
    if (m->lang) {   /* "en-US, fr" -> "en-US"; keep letters, digits, '-' */
        for (p = m->lang; *p && (isalnum((unsigned char)*p) || *p == '-'); p++)
            ;
        *p = '\0';
        if (!m->lang[0]) {
            free(m->lang);
            m->lang = NULL;
        }
    }
}

static void read_url(al_meta *m, const al_dom *dom, const char *source_url)
{
    int i;

    for (i = 0; !m->url && i < dom->count; i++) {
        const char *rel;
        if (dom->nodes[i].tag != GUMBO_TAG_LINK)
            continue;
        rel = al_dom_attr(dom, i, "rel");
        if (rel && strcasecmp(rel, "canonical") == 0 && looks_like_url(al_dom_attr(dom, i, "href")) &&
            al_dom_attr(dom, i, "href")[0] != '/')
            set_once(&m->url, al_dom_attr(dom, i, "href"));
    }
    if (!m->url && looks_like_url(meta_content(dom, "og:url")) && meta_content(dom, "og:url")[0] != '/')
        set_once(&m->url, meta_content(dom, "og:url"));
    set_once(&m->url, source_url);
}

/* The page's picture for a cover, resolved against the page's address.
 * Only http and https come out: a local page's "cover.jpg" or
 * "file:///etc/x" must not make aloud read a file of this machine, so a
 * relative value counts only when the page itself came over http(s). */
static void read_image(al_meta *m, const al_dom *dom, const char *source_url)
{
    static const char *const keys[] = {
        "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src",
    };
    bool web_base = source_url && (strncasecmp(source_url, "http://", 7) == 0 ||
                                   strncasecmp(source_url, "https://", 8) == 0);

    for (size_t k = 0; !m->image && k <= sizeof(keys) / sizeof(keys[0]); k++) {
        const char *value = k < sizeof(keys) / sizeof(keys[0]) ? meta_content(dom, keys[k])
                                                               : m->ld_image;
        CURLU *u;
        char *scheme = NULL, *url = NULL;

        if (!value || !value[0] || strlen(value) > 4096 || !(u = curl_url()))
            continue;
        if ((!web_base || curl_url_set(u, CURLUPART_URL, source_url, 0) == CURLUE_OK) &&
            curl_url_set(u, CURLUPART_URL, value, 0) == CURLUE_OK &&
            curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
            (strcasecmp(scheme, "http") == 0 || strcasecmp(scheme, "https") == 0) &&
            curl_url_get(u, CURLUPART_URL, &url, 0) == CURLUE_OK)
            set_once(&m->image, url);
        curl_free(scheme);
        curl_free(url);
        curl_url_cleanup(u);
    }
}

/* Does KEY (a name's key, spaces left out) occur in the host name H
 * (lower case, dots and hyphens left out)? A letter with a diacritic
 * matches the one plain letter a host name writes for it
 * ("podkrkonoší" of encyklopedie-podkrkonosi.cz), in a name mostly of
 * plain letters: a name in another script ("новости") would match any
 * run of letters, so it must be in the host as it is. */
static bool host_has(const char *h, const char *key)
{
    size_t plain = 0, other = 0;

    for (const unsigned char *k = (const unsigned char *)key; *k; k++) {
        plain += *k < 0x80;
        other += (*k & 0xC0) == 0xC0;  /* the lead byte of a letter beyond ASCII */
    }
    if (other * 2 > plain)
        return strstr(h, key) != NULL;
    for (; *h; h++) {
        const unsigned char *k = (const unsigned char *)key;
        const char *q = h;

        while (*k && *q) {
            if (*k >= 0x80) {
                if (!isalpha((unsigned char)*q))
                    break;
                k++;
                while ((*k & 0xC0) == 0x80)
                    k++;
            } else if (*k++ != (unsigned char)*q) {
                break;
            }
            q++;
        }
        if (!*k)
            return true;
    }
    return false;
}

/* Is the key of NAME, its spaces left out, part of URL's host name, its
 * dots and hyphens left out ("Wikipedia" of en.wikipedia.org, "The
 * Guardian" of theguardian.com, "Nicolas Perriault" of
 * nicolas.perriault.net)? */
static bool host_names(const char *url, const char *name)
{
    const char *host = url ? strstr(url, "://") : NULL;
    char *key = al_text_key(name), *h = NULL, *q;
    bool hit = false;

    if (host && key && *key) {
        host += 3;
        h = al_strndup(host, strcspn(host, "/:?#"));
        for (q = key; (q = strchr(q, ' ')) != NULL;)
            memmove(q, q + 1, strlen(q));
        for (q = h; q && *q;) {         /* "nicolas.perriault.net", "haki-benita.com" */
            if (*q == '.' || *q == '-') {
                memmove(q, q + 1, strlen(q));
                continue;
            }
            *q = (char)tolower((unsigned char)*q);
            q++;
        }
        hit = h && strlen(key) >= 3 && host_has(h, key);
    }
    free(key);
    free(h);
    return hit;
}

/* JSON-LD's publisher is often the company behind the site ("Wikimedia
 * Foundation, Inc." for Wikipedia): when the page gives no og:site_name
 * and its <title> ends with another name that the page's host name says
 * ("... - Wikipedia" on en.wikipedia.org), that name is the site the
 * listener knows. A page that names no site at all (a wiki's template:
 * no og:site_name, no JSON-LD, no logo with an alt) is named so too:
 * "Rozhledna na Kamenném vrchu – Encyklopedie Podkrkonoší" on
 * encyklopedie-podkrkonosi.cz (tests/pages/b23-cs-wiki-rozhledna-kamenny-vrch). */
static void prefer_title_site(al_meta *m, const al_dom *dom)
{
    char *doc = document_title(dom), *comma;
    char *tail = doc ? (char *)last_separator_any(doc) : NULL;

    /* "Wikipedia, wolna encyklopedia" (pl.wikipedia.org): the name, then its
     * tagline after a comma; the host says the name only
     * (tests/pages/de-ortswiki-burg-titel-komma). */
    if (tail && !host_names(m->url, tail) && (comma = strstr(tail, ", ")) != NULL) {
        *comma = '\0';
        if (!host_names(m->url, tail))
            tail = NULL;
    }
    if (tail && al_text_words(tail) <= SITE_TAIL_MAX_WORDS &&
        (!m->site_name || !al_text_same_words(tail, m->site_name)) &&
        host_names(m->url, tail)) {
        free(m->site_name);
        m->site_name = al_text_normalize(tail);
    }
    free(doc);
}

/* The name the listener hears of a site whose metadata gives more:
 * - an address ("http://ibnlive.in.com/", "www.example.ca") is its host,
 *   without "www.";
 * - a name with its tagline after the first separator ("Zillow Blog -
 *   Real Estate Market Stats, Celebrity ...", "Towleroad: A Site With
 *   ...") is the name, when the tagline is a phrase: SITE_TAGLINE_MIN_WORDS
 *   words or more, or a list with a comma. A shorter tail is part of the
 *   name ("Erdreich – der Podcast", "Council on Foreign Relations - Asia
 *   Unbound"). */
#define SITE_TAGLINE_MIN_WORDS 5

static void tidy_site_name(al_meta *m)
{
    static const char *const seps[] = { " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", NULL };
    char *s = m->site_name, *cut = NULL;
    size_t k, n;

    if (!s)
        return;
    if (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0 || strncasecmp(s, "www.", 4) == 0) {
        const char *host = strstr(s, "://") ? strstr(s, "://") + 3 : s;
        if (strncasecmp(host, "www.", 4) == 0)
            host += 4;
        n = strcspn(host, "/?#");
        if (n > 0 && !strchr(host, ' ')) {
            char *h = al_strndup(host, n);
            if (h) {
                free(m->site_name);
                m->site_name = h;
            }
        }
        return;
    }
    for (k = 0; seps[k]; k++) {
        char *hit = strstr(s, seps[k]);
        if (hit && hit > s && (!cut || hit < cut))
            cut = hit;
    }
    if (!cut)
        return;
    {
        const char *tail = cut + strspn(cut, " :|-\xE2\x80\x93\x94");
        if (al_text_words(tail) >= SITE_TAGLINE_MIN_WORDS || strchr(tail, ',')) {
            *cut = '\0';
            al_text_trim_marks(s);
        }
    }
}

int al_meta_extract(al_meta *m, const al_dom *dom, const char *content_language,
                    const char *source_url)
{
    int err = ALOUD_OK;
    bool ld_site;

    memset(m, 0, sizeof(*m));
    /* the site's own og:site_name beats JSON-LD's publisher (often the
     * blog platform or the parent company) */
    set_once(&m->site_name, meta_content(dom, "og:site_name"));
    set_once(&m->description, meta_content(dom, "og:description"));
    ld_site = !m->site_name;
    read_json_ld(m, dom);
    ld_site = ld_site && m->site_name;
    set_once(&m->description, meta_content(dom, "description"));
    set_once(&m->site_name, meta_content(dom, "application-name"));
    read_site_from_logo(m, dom);
    read_site_from_home_link(m, dom);
    read_site_from_footer(m, dom);
    read_title(m, dom);
    read_lang(m, dom, content_language);   /* first: a byline line's date is in its words */
    read_url(m, dom, source_url);    /* first: a personal site's host names its author */
    read_byline(m, dom);
    if (ld_site || !m->site_name)
        prefer_title_site(m, dom);
    read_date(m, dom);
    read_image(m, dom, source_url);
    decode_refs(&m->title);
    decode_refs(&m->byline);
    decode_refs(&m->site_name);
    tidy_site_name(m);
    if (m->title)
        al_text_trim_marks(m->title);
    return err;
}

void al_meta_read_shown_date(al_meta *m, const al_dom *dom)
{
    if (!m->published && m->lang)
        m->published = visible_date(m, dom);
}

void al_meta_free(al_meta *m)
{
    free(m->title);
    free(m->byline);
    free(m->byline_org);
    free(m->byline_none);
    free(m->site_name);
    free(m->published);
    free(m->lang);
    free(m->url);
    free(m->ld_body);
    free(m->ld_text);
    free(m->image);
    free(m->ld_image);
    free(m->ld_org_author);
    free(m->person_author);
    free(m->ld_page_date);
    free(m->description);
    memset(m, 0, sizeof(*m));
}

/* The host and path compared, by libcurl's URL API as links are resolved
 * above; a live blog's entries link to the page itself with a fragment
 * (extract.c's teaser cards, front.c's headlines). */
bool al_href_same_page(const char *href, const char *page_url)
{
    CURLU *u = curl_url(), *pu = curl_url();
    char *host = NULL, *page_host = NULL, *path = NULL, *page_path = NULL, *query = NULL, *page_query = NULL;
    bool same = false;

    if (u && pu && page_url && curl_url_set(pu, CURLUPART_URL, page_url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, page_url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, href, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(pu, CURLUPART_HOST, &page_host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK &&
        curl_url_get(pu, CURLUPART_PATH, &page_path, 0) == CURLUE_OK) {
        const char *h = strncasecmp(host, "www.", 4) == 0 ? host + 4 : host;
        const char *ph = strncasecmp(page_host, "www.", 4) == 0 ? page_host + 4 : page_host;
        size_t n = strlen(path), pn = strlen(page_path);
        n -= n > 1 && path[n - 1] == '/';
        pn -= pn > 1 && page_path[pn - 1] == '/';
        same = strcasecmp(h, ph) == 0 && n == pn && strncmp(path, page_path, n) == 0;
        if (same && !strchr(href, '#')) {   /* no fragment: the query names the page too */
            curl_url_get(u, CURLUPART_QUERY, &query, 0);
            curl_url_get(pu, CURLUPART_QUERY, &page_query, 0);
            same = (!query && !page_query) || (query && page_query && strcmp(query, page_query) == 0);
        }
    }
    curl_free(host);
    curl_free(page_host);
    curl_free(path);
    curl_free(page_path);
    curl_free(query);
    curl_free(page_query);
    curl_url_cleanup(u);
    curl_url_cleanup(pu);
    return same;
}

/* A live blog's entry: its nearest <article> within ENTRY_UP levels of
 * the heading, else the heading's parent. */
#define ENTRY_UP 4

bool al_heading_entry_permalink(const al_dom *dom, int h)
{
    int e = dom->nodes[h].parent, links = 0;
    bool time = false;

    for (int p = e, up = 0; p >= 0 && up < ENTRY_UP; p = dom->nodes[p].parent, up++)
        if (dom->nodes[p].tag == GUMBO_TAG_ARTICLE) {
            e = p;
            break;
        }
    if (e < 0)
        return false;
    for (int j = h + 1; j < dom->nodes[h].end; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A && !(dom->nodes[j].flags & AL_NODE_TEXT)
                               ? al_dom_attr(dom, j, "href") : NULL;
        const char *frag = href ? strchr(href, '#') : NULL;
        if (!href)
            continue;
        if (!frag || !frag[1])
            return false;
        links++;
    }
    for (int j = e + 1; j < dom->nodes[e].end && links > 0; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (t == GUMBO_TAG_IMG)
            return false;
        time = time || t == GUMBO_TAG_TIME;
    }
    return links > 0 && time;
}
