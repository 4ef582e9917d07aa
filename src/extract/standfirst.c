/*
 * standfirst.c - the subtitle (dek, standfirst, lead paragraph) under the
 * article's title.
 *
 * Readability's scoring finds the body; the standfirst often sits apart
 * from it, in the article's header between the title and the body. When
 * that header comes before the kept container, sentence-like blocks in it
 * are kept as the lead. When it opens the kept container
 * (<article><header>...), its standfirst is read and the rest of it
 * (kicker, title, meta line, share bar) is not; a lead image's caption
 * stays. An "unlikely" class on the title's own header does not count.
 * A card of another story between the title and the body ("story-card",
 * "teaser": its blurb is a sentence too, and it links to that story) is
 * never the standfirst; a box so named that links nowhere is the
 * article's own teaser field.
 *
 * The lead picture's caption, between the title and the body, is read
 * too (al_lead_caption_gather, below).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "passes.h"

/* Class and id words (markup, not language): parts of a caption's name
 * found anywhere in it, and short ones that must be a whole part. */
static const char *const caption_words[] = {
    "caption", "legend", "leyenda", "didascal", "bildunterschrift", "onderschrift", "podpis", "cutline", NULL
};
static const char *const caption_parts[] = { "pie", "bu", NULL };
/* A card of another story, or a box beside the article. */
static const char *const card_words[] = {
    "teaser", "promo", "related", "recirc", "trending", "popular", "mostread", "most-read", "sidebar",
    "widget", "outbrain", "taboola", "recommend", "sponsor", NULL
};
static const char *const card_parts[] = { "card", "rail", "more", "aside", "thumb", "tile", NULL };

/* Is W, N bytes, one of PARTS? */
static bool is_part(const char *w, size_t n, const char *const *parts)
{
    for (size_t k = 0; parts[k]; k++)
        if (strlen(parts[k]) == n && strncmp(w, parts[k], n) == 0)
            return true;
    return false;
}

/* Does node I's class or id hold one of WORDS, or a part (split at
 * spaces, '-' and '_') that is one of PARTS? */
static bool named(const al_dom *dom, int i, const char *const *words, const char *const *parts)
{
    const char *attrs[2] = { al_dom_attr(dom, i, "class"), al_dom_attr(dom, i, "id") };
    bool hit = false;

    for (int a = 0; a < 2 && !hit; a++) {
        char *f = attrs[a] && *attrs[a] ? al_text_fold(attrs[a]) : NULL;
        const char *p = f;

        if (!f)
            continue;
        hit = al_score_has_word(f, words);
        while (!hit && *p) {
            size_t n;
            p += strspn(p, " \t\n-_");
            n = strcspn(p, " \t\n-_");
            hit = n && is_part(p, n, parts);
            p += n;
        }
        free(f);
    }
    return hit;
}

/* A headline reworded from the title (the <title> and og:title say "U.S.
 * Pledges More Funds to Fight AIDS", the page's <h1> "U.S. Pledges More
 * Funding To Fight AIDS World-Wide"): both start with the same word, at
 * least REWORDED_SHARE of the title's words (of REWORDED_MIN_WORDS or
 * more) are among the heading's, and the heading has at most
 * REWORDED_MAX_GROWTH times as many words. */
#define REWORDED_SHARE 0.75
#define REWORDED_MIN_WORDS 4
#define REWORDED_MAX_GROWTH 2
static bool reworded_title(const char *heading, const char *title)
{
    char *h = al_text_key(heading), *t = al_text_key(title), *w, *save = NULL;
    size_t tw = 0, found = 0, hw = h ? al_text_words(h) : 0, n = t ? strcspn(t, " ") : 0;
    bool same_start = h && t && n && strncmp(h, t, n) == 0 && (h[n] == ' ' || h[n] == '\0');

    for (w = same_start ? strtok_r(t, " ", &save) : NULL; w; w = strtok_r(NULL, " ", &save)) {
        tw++;
        found += al_key_has_words(h, w);
    }
    free(h);
    free(t);
    return tw >= REWORDED_MIN_WORDS && found >= REWORDED_SHARE * tw && hw <= REWORDED_MAX_GROWTH * tw;
}

/* The heading that carries the title, or -1: an <h1> or <h2> of the
 * title's words (an <h1> with a label before them too: "WIDEO"), else
 * the first visible <h1> that rewords it. */
static int find_title_node(const al_dom *dom, const al_meta *meta)
{
    int i, end = dom->body >= 0 ? dom->nodes[dom->body].end : 0, reworded = -1;

    if (!meta->title || dom->body < 0)
        return -1;
    for (i = dom->body; i < end; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *text;
        bool same;

        if ((t != GUMBO_TAG_H1 && t != GUMBO_TAG_H2) || (dom->nodes[i].flags & AL_NODE_TEXT))
            continue;
        text = al_dom_text(dom, i, true);
        same = text && (al_text_same_words(text, meta->title) ||
                        al_h1_label_then_title(dom, i, meta->title));
        if (!same && reworded < 0 && t == GUMBO_TAG_H1 && text &&
            !(dom->nodes[i].flags & (AL_NODE_DROP | AL_NODE_HIDDEN)) && reworded_title(text, meta->title))
            reworded = i;
        free(text);
        if (same)
            return i;
    }
    return reworded;
}

/* A byline and date line: it holds a <time> or the author's link. */
static bool is_meta_line(const al_dom *dom, int i)
{
    int j;

    for (j = i + 1; j < dom->nodes[i].end; j++) {
        const char *rel;
        if (dom->nodes[j].tag == GUMBO_TAG_TIME)
            return true;
        if (dom->nodes[j].tag == GUMBO_TAG_A && (rel = al_dom_attr(dom, j, "rel")) && strstr(rel, "author"))
            return true;
    }
    return false;
}

/* Is node J a standfirst, or the lead image's caption: a paragraph-like
 * block of one sentence or more (eight words, or five that end it: a
 * short subhead), of STANDFIRST_MIN_CHARS or more, not a link list, not
 * chrome by name? Chinese and Japanese say in 20 characters what takes
 * 40 in a spaced script: there eight words of a line's length
 * (al_text_line_words: two ideographs to a word) are enough
 * ("电站可满足约四万户家庭一天的用电需求，..."). */
#define STANDFIRST_MIN_CHARS 40
static bool is_standfirst(const al_dom *dom, int j)
{
    const al_node *n = &dom->nodes[j];
    GumboTag tag = n->tag;
    char *text;
    size_t words;
    bool sentence;

    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_H2 && tag != GUMBO_TAG_H3 && tag != GUMBO_TAG_H4 &&
        tag != GUMBO_TAG_FIGCAPTION && !(tag == GUMBO_TAG_DIV && al_score_div_is_paragraph(dom, j)))
        return false;
    if (n->text_len == 0 || al_dom_link_density(dom, j) >= 0.3 || al_boilerplate_class(dom, j) ||
        is_meta_line(dom, j))
        return false;
    text = al_dom_text(dom, j, true);
    words = text ? al_text_words(text) : 0;
    sentence = text && (words >= 8 || (words >= 5 && al_block_ends_sentence(text))) &&
               (n->text_len >= STANDFIRST_MIN_CHARS ||
                (al_text_line_words(text) < words && al_text_line_words(text) >= 8));
    free(text);
    return sentence;
}

/* Does node I hold a link (any <a>: "javascript:" ones too)? */
static bool holds_link(const al_dom *dom, int i)
{
    if (dom->nodes[i].link_len > 0)
        return true;
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A)
            return true;
    return false;
}

/* Does the picture in block F link to another page: its <img> inside an
 * <a> whose href is no picture file (".jpg": the same picture, larger) and
 * no control ("#", "javascript:")? A teaser card's picture leads to its
 * story ("<a href=/maritime/chain-ferry-trials><img></a>" over "How the
 * new electric chain ferry passed ..."); the lead picture is the story's
 * own, with no link or one to its full size. */
static bool picture_links_away(const al_dom *dom, int f)
{
    static const char *const ext[] = { ".jpg", ".jpeg", ".png", ".gif", ".webp", NULL };

    for (int j = f + 1; j < dom->nodes[f].end; j++) {
        const char *href;
        size_t n;
        bool file = false;

        if (dom->nodes[j].tag != GUMBO_TAG_A || dom->nodes[j].img_count == 0)
            continue;
        href = al_dom_attr(dom, j, "href");
        if (!href || !*href || *href == '#' || strncasecmp(href, "javascript:", 11) == 0)
            continue;
        n = strcspn(href, "?#");
        for (int k = 0; ext[k] && !file; k++) {
            size_t e = strlen(ext[k]);
            file = n >= e && strncasecmp(href + n - e, ext[k], e) == 0;
        }
        if (!file)
            return true;
    }
    return false;
}

static size_t words_of(const al_dom *dom, int i);
static int next_element(const al_dom *dom, int i);

/* Is node J, or one of its ancestors that start at FROM or after (below
 * the title's), a card of another story ("story-card", "teaser")? A card
 * links to the story it announces; a box so named that links nowhere is
 * the article's own field (Drupal's "field--name-field-teaser": the
 * article's teaser text, between its title and its body). Whatever its
 * class names, a box of one picture that links away (picture_links_away)
 * and no words but J's is a card too: J is its blurb. */
static bool in_card(const al_dom *dom, int j, int from)
{
    for (int k = j; k >= from; k = dom->nodes[k].parent) {
        if (named(dom, k, card_words, card_parts) && holds_link(dom, k))
            return true;
        if (k != j && dom->nodes[k].img_count == 1 && picture_links_away(dom, k) &&
            words_of(dom, k) == words_of(dom, j))
            return true;
    }
    return false;
}

/* Blocks right under the title in [FROM, LIMIT): at most two, with little
 * other text (a byline, a date) between them and the title. Inside the
 * title's own header (below HEADER_END) an "unlikely" class does not
 * count: the header is the title's. Calls FOUND for each; returns how many. */
static int scan_standfirst(al_dom *dom, int from, int limit, int header_end, unsigned skip,
                           void (*found)(al_dom *, int, void *), void *arg)
{
    unsigned between = 0;
    int j, taken = 0;

    for (j = from; j < limit && taken < 2 && between <= 200; j++) {
        const al_node *n = &dom->nodes[j];

        if (n->flags & (j < header_end ? skip & ~AL_NODE_UNLIKELY : skip)) {
            j = n->end - 1;
            continue;
        }
        if (n->flags & AL_NODE_TEXT) {
            between += n->text_len;
            continue;
        }
        if (n->end > limit || !is_standfirst(dom, j) || in_card(dom, j, from))
            continue;                   /* an ancestor of the body, no lead, or a card's blurb */
        found(dom, j, arg);
        taken += n->tag != GUMBO_TAG_FIGCAPTION;   /* a lead image's caption comes on top */
        j = n->end - 1;
    }
    return taken;
}

/* A reader's letter's signature: a letters column sets the reader's
 * question over the writer's answer, and signs the letter on a short
 * line of its own, a name and a town ("Chiara, Lucca", "Marta Ruiz.
 * Cuenca."); the question is kept as the lead before the body (the
 * answer), and the line, too short for a lead, would be lost, though it
 * says who asks (b38-it-posta-veterinario-domanda-disqus,
 * it-lettere-giardino-firma-lettore). Evidence, shape and position, no
 * class name: right after a lead paragraph that ends a sentence, the last
 * element of the lead's parent (the letter's box), a <p> or a paragraph
 * <div> with no link, whose words are a signature's
 * (al_block_letter_signature: two or three short parts, the first a
 * name); not the page's byline (an author line under a standfirst names
 * the writer) and no meta line (<time>, rel=author). */
static bool signature_line(const al_dom *dom, int k, const char *byline)
{
    char *text;
    bool ok;

    if (k < 0 || (dom->nodes[k].tag != GUMBO_TAG_P &&
                  !(dom->nodes[k].tag == GUMBO_TAG_DIV && al_score_div_is_paragraph(dom, k))) ||
        dom->nodes[k].text_len == 0 || holds_link(dom, k) || is_meta_line(dom, k) || next_element(dom, k) >= 0)
        return false;
    if (!(text = al_dom_text(dom, k, true)))
        return false;
    ok = al_block_letter_signature(text) && !(byline && *byline && al_text_casestr(text, byline));
    free(text);
    return ok;
}

/* Before the body: the standfirst is kept as an article node of its own,
 * and a letter's signature right after it (signature_line) with it. */
static void keep_before_body(al_dom *dom, int j, void *arg)
{
    const al_meta *meta = arg;
    int k, sig;
    char *text;
    bool sentence;

    dom->nodes[j].flags |= AL_NODE_KEEP | AL_NODE_LEAD;
    for (k = j; k < dom->nodes[j].end; k++)
        dom->nodes[k].flags &= ~AL_NODE_UNLIKELY;
    sig = next_element(dom, j);
    if (sig < 0 || (dom->nodes[sig].flags & (AL_NODE_KEEP | AL_NODE_DROP | AL_NODE_HIDDEN)))
        return;
    text = al_dom_text(dom, j, true);
    sentence = text && al_block_ends_sentence(text);
    free(text);
    if (!sentence || !signature_line(dom, sig, meta ? meta->byline : NULL))
        return;
    dom->nodes[sig].flags |= AL_NODE_KEEP | AL_NODE_LEAD;
    for (k = sig; k < dom->nodes[sig].end; k++)
        dom->nodes[k].flags &= ~AL_NODE_UNLIKELY;
}

/* In the kept container's header: the standfirst and the path to it stay,
 * flagged so that no cleaning removes them. */
static void keep_in_header(al_dom *dom, int j, void *arg)
{
    int header = *(const int *)arg, k;

    dom->nodes[j].flags |= AL_NODE_LEAD;
    for (k = j; k < dom->nodes[j].end; k++)
        dom->nodes[k].flags &= ~(AL_NODE_UNLIKELY | AL_NODE_JUNK);
    for (k = dom->nodes[j].parent; k >= header; k = dom->nodes[k].parent)
        dom->nodes[k].flags = (dom->nodes[k].flags & ~(AL_NODE_UNLIKELY | AL_NODE_JUNK)) | AL_NODE_HOLDS_LEAD;
}

static int body_start(const al_dom *dom, int from, unsigned skip);

/* Inside the kept container, below the title: a standfirst that ends a
 * sentence (". ! ? …": written prose, not a control's hint) and the
 * wrappers around it that hold nothing else (a "media-intro" box around
 * its text), below the container KEEP, are flagged so that no cleaning
 * removes them (a lead whose class reads as chrome). A caption is left
 * to al_lead_caption_gather; a bigger block around it (a roundup's
 * first item) is left to the cleaning. */
static void keep_in_body(al_dom *dom, int j, void *arg)
{
    int keep = *(const int *)arg, k;
    char *text;
    size_t n;
    bool sentence;

    if (dom->nodes[j].tag == GUMBO_TAG_FIGCAPTION)
        return;
    text = al_dom_text(dom, j, true);
    n = text ? strlen(text) : 0;
    while (n && text[n - 1] == ' ')
        n--;
    sentence = n && (strchr(".!?", text[n - 1]) || (n >= 3 && strncmp(text + n - 3, "\xe2\x80\xa6", 3) == 0));
    free(text);
    if (!sentence)
        return;
    dom->nodes[j].flags |= AL_NODE_LEAD | AL_NODE_HOLDS_LEAD;
    for (k = dom->nodes[j].parent; k > keep && dom->nodes[k].text_len <= dom->nodes[j].text_len;
         k = dom->nodes[k].parent)
        dom->nodes[k].flags |= AL_NODE_HOLDS_LEAD;
}

/* The title T opens the kept container FIRST_KEEP with no header of its
 * own around it (a kicker, the <h1> and a date line in a plain <div>):
 * the standfirst is a sentence-like block after the title and before the
 * body's first paragraph (body_start), with little text between (a date,
 * a share bar: scan_standfirst). It is read where it stands. */
static void keep_after_title(al_dom *dom, int t, int first_keep, unsigned skip)
{
    int body = body_start(dom, dom->nodes[t].end, skip);

    if (body > dom->nodes[t].end)
        scan_standfirst(dom, dom->nodes[t].end, body, dom->nodes[t].end, skip, keep_in_body, &first_keep);
}

/* Does node I hold a figure (the lead image's caption is read)? */
static bool holds_figure(const al_dom *dom, int i)
{
    int j;

    for (j = i; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_FIGURE || dom->nodes[j].tag == GUMBO_TAG_FIGCAPTION)
            return true;
    return false;
}

/* A box of key points in the article's header, under the standfirst ("In
 * sintesi" over three points): the summary the writer gives before the
 * body, read as the lead's next paragraphs. Evidence: a list of
 * KEYPOINT_MIN_ITEMS items or more, each a sentence of KEYPOINT_MIN_WORDS
 * words or more with no link (a header's tags, share links and meta
 * fields are links or no sentences), and the box around it when the rest
 * of the box is a label of at most KEYPOINT_LABEL_CHARS characters.
 * British regional papers set their summary bullets as clauses with no
 * full stop ("Brackley Lane and Eastgate libraries would shut their doors
 * in July under plans seen by the Post"): a point with no end mark is
 * still one when it has KEYPOINT_BARE_MIN_WORDS words or more and is no
 * title-cased label (KEYPOINT_BARE_MIN_LOWER of its words in lower case),
 * as a headline or a menu's entries are not
 * (b36-en-gb-regional-exclusive-summary-bullets-ldr, en-news-summary-bullets-no-stop). */
#define KEYPOINT_MIN_ITEMS 2
#define KEYPOINT_MIN_WORDS 5
#define KEYPOINT_BARE_MIN_WORDS 10
#define KEYPOINT_BARE_MIN_LOWER 0.5
#define KEYPOINT_LABEL_CHARS 40

/* Is TEXT a point of a key-points list with no end mark: KEYPOINT_BARE_MIN_WORDS
 * words or more, KEYPOINT_BARE_MIN_LOWER of them opening in lower case? */
static bool bare_point(const char *text)
{
    size_t words = 0, lower = 0;

    for (const char *p = text; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        words++;
        lower += *p >= 'a' && *p <= 'z';
        while (*p && *p != ' ')
            p++;
    }
    return words >= KEYPOINT_BARE_MIN_WORDS && (double)lower >= KEYPOINT_BARE_MIN_LOWER * (double)words;
}

static bool keypoint_list(const al_dom *dom, int l)
{
    GumboTag tag = dom->nodes[l].tag;
    int items = 0;

    if ((tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL) || holds_link(dom, l))
        return false;
    for (int j = l + 1; j < dom->nodes[l].end; j = dom->nodes[j].end) {
        char *text;
        bool point;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[j].tag != GUMBO_TAG_LI)
            return false;
        text = al_dom_text(dom, j, true);
        point = text && ((al_text_words(text) >= KEYPOINT_MIN_WORDS && al_block_ends_sentence(text)) ||
                         bare_point(text));
        free(text);
        if (!point)
            return false;
        items++;
    }
    return items >= KEYPOINT_MIN_ITEMS;
}

static bool keep_header_keypoints(al_dom *dom, int t, int header)
{
    bool kept = false;

    for (int j = dom->nodes[t].end; j < dom->nodes[header].end; j++) {
        int box;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) || !keypoint_list(dom, j))
            continue;
        box = dom->nodes[j].parent;
        if (box <= header ||
            dom->nodes[box].text_len > dom->nodes[j].text_len + KEYPOINT_LABEL_CHARS)
            box = j;
        keep_in_header(dom, box, &header);
        kept = true;
        j = dom->nodes[box].end - 1;
    }
    return kept;
}

/* A key-points box outside the title's header, before the body's
 * container: a live blog's "the main points" box over its entries, which
 * no paragraph of the body scores for. It is kept as the lead, as one in
 * the header is (keep_header_keypoints), when it comes within
 * KEYPOINT_MAX_BEFORE characters of other text after the title (a
 * byline, a date, a share bar: a header, not a page of teasers); the
 * standfirst kept above it (LEAD) does not count. */
#define KEYPOINT_MAX_BEFORE 200

static void keep_keypoints_before_body(al_dom *dom, int from, int limit, unsigned skip)
{
    unsigned before = 0;

    for (int j = from; j < limit && before <= KEYPOINT_MAX_BEFORE; j++) {
        const al_node *n = &dom->nodes[j];
        int box;

        if (n->flags & (skip | AL_NODE_LEAD)) {
            j = n->end - 1;             /* the standfirst kept is the article's, no teaser */
            continue;
        }
        if (n->flags & AL_NODE_TEXT) {
            before += n->text_len;
            continue;
        }
        if (n->end > limit || !keypoint_list(dom, j))
            continue;
        box = n->parent;
        if (box < from || dom->nodes[box].end > limit ||
            dom->nodes[box].text_len > n->text_len + KEYPOINT_LABEL_CHARS)
            box = j;
        keep_before_body(dom, box, NULL);
        return;
    }
}

/* A key-points box just after the title's header, when the header was
 * gathered beside the body (<article><header>…</header><div
 * class=takeaways>…</div><div class=entry-content>): between the two,
 * no paragraph scores for it. Evidence: keep_keypoints_before_body's,
 * from the header's end to the next kept block (the body). */
static void keep_keypoints_after_header(al_dom *dom, int header, unsigned skip)
{
    int from = dom->nodes[header].end, next = from;

    while (next < dom->count && !(dom->nodes[next].flags & AL_NODE_KEEP))
        next++;
    if (next < dom->count && next > from)
        keep_keypoints_before_body(dom, from, next, skip);
}

/* A standfirst (dek, subtitle, lead paragraph) sits in the article's
 * header, between the title and the body. When the header comes before
 * the kept container, sentence-like blocks there are kept as the lead.
 * When it opens the kept container (<article><header>), its standfirst
 * is read and the rest of it (kicker, title, meta line, share bar) is not. */
void al_standfirst_gather(al_dom *dom, const al_meta *meta, unsigned skip)
{
    int t = find_title_node(dom, meta), j, first_keep = -1, header, u, taken;
    char *text;
    bool keep_title;

    for (j = 0; j < dom->count && first_keep < 0; j++)
        if (dom->nodes[j].flags & AL_NODE_KEEP)
            first_keep = j;
    if (t < 0 || first_keep < 0)
        return;
    /* an "unlikely" header around the title is the title's own */
    for (u = t; dom->nodes[u].parent >= 0 && (dom->nodes[dom->nodes[u].parent].flags & AL_NODE_UNLIKELY);)
        u = dom->nodes[u].parent;
    if (t < first_keep && dom->nodes[t].end <= first_keep) {
        scan_standfirst(dom, dom->nodes[t].end, first_keep, dom->nodes[u].end, skip, keep_before_body,
                        (void *)meta);
        keep_keypoints_before_body(dom, dom->nodes[t].end, first_keep, skip);
        return;
    }
    if (t <= first_keep || t >= dom->nodes[first_keep].end)
        return;
    /* the title's header: its nearest ancestor inside the kept container
     * that is a <header> (or named so), small and without the body; it
     * may be the kept block itself (a sibling gathered beside the body) */
    for (header = dom->nodes[t].parent; header >= first_keep; header = dom->nodes[header].parent)
        if (dom->nodes[header].tag == GUMBO_TAG_HEADER || dom->nodes[header].tag == GUMBO_TAG_HGROUP ||
            al_dom_class_has(dom, header, "header") || al_dom_class_has(dom, header, "hero"))
            break;
    if (header < first_keep) {
        keep_after_title(dom, t, first_keep, skip);
        return;
    }
    if (dom->nodes[header].text_len > 1500 || dom->nodes[header].end - header > 5000 ||
        al_score_holds_article(dom, header))
        return;
    /* a header with no standfirst may still hold the summary's key points */
    taken = scan_standfirst(dom, dom->nodes[t].end, dom->nodes[header].end, dom->nodes[header].end, skip,
                            keep_in_header, &header);
    if (!keep_header_keypoints(dom, t, header) && taken == 0)
        return;
    keep_keypoints_after_header(dom, header, skip);
    /* the rest of the header is not read; the title heading itself is
     * left to the cleaning when it repeats the title word for word: it is
     * dropped there, and with it the kickers and labels above it outside
     * the header (a breadcrumb's last, unlinked item) */
    text = al_dom_text(dom, t, true);
    keep_title = text && (al_text_same_words(text, meta->title) ||
                          al_h1_label_then_title(dom, t, meta->title));
    free(text);
    for (j = header; j < dom->nodes[header].end; j++) {
        al_node *n = &dom->nodes[j];
        if (j == t && keep_title) {
            j = n->end - 1;
            continue;
        }
        if ((n->flags & AL_NODE_HOLDS_LEAD) ||
            (n->tag != GUMBO_TAG_FIGURE && n->tag != GUMBO_TAG_FIGCAPTION && holds_figure(dom, j)))
            continue;                   /* look inside */
        if (!(n->flags & AL_NODE_LEAD) && n->tag != GUMBO_TAG_FIGURE && n->tag != GUMBO_TAG_FIGCAPTION)
            n->flags |= AL_NODE_JUNK;
        j = n->end - 1;
    }
}

/* ---- the lead picture's caption ----------------------------------------
 *
 * A news page often shows its lead picture between the title and the
 * body, in the article's header or in a block of its own just before the
 * body container (<div class=hero><img><div class=hero__caption>). The
 * container chosen for the body leaves it out, or cleans it away by its
 * class ("multimedia" reads as chrome), and the caption, which tells the
 * listener what the picture shows, is lost. It is read at the article's
 * start, as a caption: credits, counters and controls go as in any
 * caption (credits.c, blocks.c).
 *
 * Evidence:
 *   - position: after the title heading and before the body's first
 *     paragraph, a <p> of LEAD_BODY_MIN_CHARS or more that has another
 *     such <p> beside it (the body container), with at most
 *     LEAD_MAX_BETWEEN characters of other text between them (a byline,
 *     a date, a share bar: a header, not a page of teasers);
 *   - the article's own: the title and the body share an ancestor below
 *     <body> (an <article>, <main>, the article's <div>), and no element
 *     from the caption up to it is a link, a nav, an aside, a footer, a
 *     form, "unlikely" chrome (sidebar, related...), chrome by its class,
 *     a card (teaser, promo, card, rail...) or a list (a slideshow's
 *     slides, a strip of cards: one picture among many is no lead);
 *   - a picture's caption: a <figcaption>, or a block whose class or id
 *     names a caption ("caption", "legend", "leyenda", "didascalia",
 *     "bildunterschrift", "pie") or that has a caption's shape
 *     (shaped_caption: a short <div> right after the picture), in a picture block (its parent or
 *     grandparent) of one image, with no heading (a card's headline) and
 *     under LEAD_MAX_LINKS of its text in links; a block so named that
 *     holds the image is the picture's frame (<figure class=wp-caption>),
 *     and its caption is looked for inside it
 *     (b27-fr-ca-entrevue-luthiere-trois-rivieres);
 *   - at least LEAD_CAPTION_MIN_WORDS words.
 * Only the first such picture is the lead, among the first LEAD_MAX_TRIES
 * captions.
 */

#define LEAD_BODY_MIN_CHARS 80
#define LEAD_MAX_BETWEEN 1000
#define LEAD_MAX_LINKS 0.3
#define LEAD_CAPTION_MIN_WORDS 3
#define LEAD_PICTURE_LEVELS 2
#define LEAD_MAX_TRIES 8           /* captions looked at: bounded work on any page */


/* A caption by its shape, whatever its class or id (generated CSS names
 * say nothing: "css-1x2y3z"): a <div> or <span> block of
 * LEAD_CAPTION_MIN_WORDS to SHAPED_CAPTION_MAX_WORDS words, of inline
 * text only (no image, no block inside: a video player's box holds its
 * own <figure>), right after the picture: its previous
 * element holds exactly one image and no words (<img>, or the picture's
 * wordless frame). A paragraph (<p>) after a picture is the article's
 * text, and is not taken for its caption, unless it is all the text of
 * a box that holds that one picture and it ("<div><img><p>The basin,
 * nine metres long...</p></div>"), or all but a credit paragraph last,
 * right after it ("<p>...</p><p>Foto: Gerd Lammers</p>", box_text). */
#define SHAPED_CAPTION_MAX_WORDS 40
/* A caption cell: a table of a picture and its caption (Blogger's
 * "tr-caption-container", older CMSes' picture tables), its classes
 * aside. Evidence: a <td> of inline text only, alone in its row, the
 * row right after a row that holds exactly one image and no words. */
/* Words of node I's text (0 when it cannot be had). */
static size_t words_of(const al_dom *dom, int i)
{
    char *text = al_dom_text(dom, i, true);
    size_t n = text ? al_text_words(text) : 0;

    free(text);
    return n;
}

/* Does node J hold inline text only, no block element? */
static bool inline_only(const al_dom *dom, int j)
{
    for (int k = j + 1; k < dom->nodes[j].end; k++)
        if (!(dom->nodes[k].flags & AL_NODE_TEXT) && al_dom_is_block_tag(dom->nodes[k].tag))
            return false;
    return true;
}

static bool caption_cell(const al_dom *dom, int j)
{
    const al_node *n = &dom->nodes[j];
    int row = n->parent, s;
    size_t words;

    if (n->img_count > 0 || n->heading_count > 0 || n->p_count > 0 || row < 0 ||
        dom->nodes[row].tag != GUMBO_TAG_TR || !inline_only(dom, j))
        return false;
    if ((s = al_dom_prev_element(dom, row)) < 0 || dom->nodes[s].tag != GUMBO_TAG_TR ||
        dom->nodes[s].img_count != 1 || words_of(dom, s) > 0)
        return false;
    words = words_of(dom, j);
    return words == words_of(dom, row) && words >= LEAD_CAPTION_MIN_WORDS && words <= SHAPED_CAPTION_MAX_WORDS;
}

/* Does paragraph node J open with a picture credit's label, cut off by a
 * colon, a full stop or a slash ([extract.credit]: "Fot. Piotr Zając /
 * Echo Dębicy", "Foto: Jonas Petersen")? */
static bool credit_paragraph(const al_dom *dom, int j)
{
    char *text = al_dom_text(dom, j, true), *head, *key;
    bool hit;

    if (!text)
        return false;
    head = al_strndup(text, strcspn(text, ":./"));
    key = head ? al_text_key(head) : NULL;
    hit = key && *key && text[strcspn(text, ":./")] && al_lexicon_exact(AL_LEX_CREDIT, key);
    free(key);
    free(head);
    free(text);
    return hit;
}

/* A <div> caption may hold two paragraphs: the caption and, last, its
 * credit ("<div><p>Bartosz Kmiecik cieszy się z gola ...</p><p>Fot.
 * Piotr Zając / Echo Dębicy</p></div>"), each a child of its own. */
static bool caption_and_credit(const al_dom *dom, int j)
{
    int last = -1, count = 0;

    for (int k = j + 1; k < dom->nodes[j].end; k = dom->nodes[k].end) {
        if (dom->nodes[k].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[k].tag != GUMBO_TAG_P)
            return false;
        last = k;
        count++;
    }
    return count == 2 && credit_paragraph(dom, last);
}

/* The element after node I under the same parent (text skipped), or -1. */
static int next_element(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent;

    for (int k = dom->nodes[i].end; p >= 0 && k < dom->nodes[p].end; k = dom->nodes[k].end)
        if (!(dom->nodes[k].flags & AL_NODE_TEXT))
            return k;
    return -1;
}

/* Is paragraph J the one text of its parent, a picture box of one image,
 * but for its credit: a last paragraph right after J that opens with a
 * credit's label ("<div><img><p>Zdemontowane torowisko ...</p><p>fot.
 * Jan Nowak</p></div>", b35-pl-serwis-czytaj-takze-zobacz-tez-zrodlo)? */
static bool box_text(const al_dom *dom, int j)
{
    int p = dom->nodes[j].parent, c;
    size_t words;

    if (p < 0 || dom->nodes[p].img_count != 1)
        return false;
    words = words_of(dom, j);
    if (dom->nodes[p].p_count == 1)
        return words_of(dom, p) == words;
    c = next_element(dom, j);
    return dom->nodes[p].p_count == 2 && c >= 0 && dom->nodes[c].tag == GUMBO_TAG_P &&
           next_element(dom, c) < 0 && credit_paragraph(dom, c) &&
           words_of(dom, p) == words + words_of(dom, c);
}

static bool shaped_caption(const al_dom *dom, int j)
{
    const al_node *n = &dom->nodes[j];
    int s;
    size_t words;
    bool two = false;

    if (n->tag == GUMBO_TAG_TD)
        return caption_cell(dom, j);
    if (n->tag == GUMBO_TAG_DIV && n->p_count == 2 && n->img_count == 0)
        two = caption_and_credit(dom, j);
    if ((n->tag != GUMBO_TAG_DIV && n->tag != GUMBO_TAG_SPAN && n->tag != GUMBO_TAG_P) || n->img_count > 0 ||
        (n->p_count > (n->tag == GUMBO_TAG_P) && !two) || n->heading_count > 0 || n->text_len == 0)
        return false;
    if (n->tag == GUMBO_TAG_P && !box_text(dom, j))
        return false;                   /* a <p>: only as the picture box's one text */
    if ((!two && !inline_only(dom, j)) || (s = al_dom_prev_element(dom, j)) < 0 ||
        dom->nodes[s].img_count != 1 || words_of(dom, s) > 0)
        return false;
    words = words_of(dom, j);
    return words >= LEAD_CAPTION_MIN_WORDS && words <= SHAPED_CAPTION_MAX_WORDS;
}

/* Is node I inside what the pass keeps? */
static int kept_ancestor(const al_dom *dom, int i)
{
    for (; i >= 0; i = dom->nodes[i].parent)
        if (dom->nodes[i].flags & AL_NODE_KEEP)
            return i;
    return -1;
}

/* The body's first paragraph after FROM: a kept <p> of LEAD_BODY_MIN_CHARS
 * whose parent holds another one; -1 when there is none. */
static int body_start(const al_dom *dom, int from, unsigned skip)
{
    for (int j = from; j < dom->count; j++) {
        const al_node *n = &dom->nodes[j];
        int p = n->parent, k;

        if (n->flags & (skip | AL_NODE_JUNK)) {
            j = n->end - 1;
            continue;
        }
        if (n->tag != GUMBO_TAG_P || n->text_len < LEAD_BODY_MIN_CHARS || kept_ancestor(dom, j) < 0)
            continue;
        for (k = p + 1; k < dom->nodes[p].end; k = dom->nodes[k].end)
            if (k != j && dom->nodes[k].tag == GUMBO_TAG_P && dom->nodes[k].text_len >= LEAD_BODY_MIN_CHARS &&
                !(dom->nodes[k].flags & skip))
                return j;
    }
    return -1;
}

/* The picture block of caption C: C's parent or grandparent that holds
 * an image, or -1. */
static int picture_of(const al_dom *dom, int c)
{
    int f = dom->nodes[c].parent;

    for (int level = 0; level < LEAD_PICTURE_LEVELS && f >= 0; level++, f = dom->nodes[f].parent)
        if (dom->nodes[f].img_count > 0)
            return f;
    return -1;
}

/* Does node K, below the article's node A, hold at least half of A's
 * paragraph text? Then it is the article's frame, whatever its name
 * ("card-box-body"), not a card beside it. */
static bool frames_body(const al_dom *dom, int k, int a)
{
    return dom->nodes[a].p_text > 0 && dom->nodes[k].p_text * 2 >= dom->nodes[a].p_text;
}

/* Is K, an ancestor of caption C, one picture and C alone: one image and
 * no words but C's, no link? A CMS names such a block for its machinery
 * ("cms-widget-wrapper type-image"); a teaser card adds its headline's
 * link, a sidebar widget its other words. */
static bool picture_and_caption(const al_dom *dom, int k, int c)
{
    return dom->nodes[k].img_count == 1 && dom->nodes[k].link_len == 0 && words_of(dom, k) == words_of(dom, c);
}

/* Is caption C, in picture block F, the article's own (not a card's, not
 * a sidebar's), below the article's node A? */
static bool own_caption(const al_dom *dom, int c, int f, int a)
{
    char *text;
    bool words;

    if (dom->nodes[f].img_count != 1 || dom->nodes[f].heading_count > 0 ||
        al_dom_link_density(dom, f) >= LEAD_MAX_LINKS)
        return false;
    for (int k = c; k > a; k = dom->nodes[k].parent) {
        GumboTag t = dom->nodes[k].tag;
        if ((dom->nodes[k].flags & (AL_NODE_UNLIKELY | AL_NODE_DROP | AL_NODE_HIDDEN | AL_NODE_LINK)) ||
            t == GUMBO_TAG_A || t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER ||
            t == GUMBO_TAG_FORM || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_LI ||
            t == GUMBO_TAG_DL || t == GUMBO_TAG_DT || t == GUMBO_TAG_DD || al_boilerplate_class(dom, k) ||
            (named(dom, k, card_words, card_parts) && !frames_body(dom, k, a) && !picture_and_caption(dom, k, c)))
            return false;
    }
    text = al_dom_text(dom, c, true);
    words = text && al_text_words(text) >= LEAD_CAPTION_MIN_WORDS;
    free(text);
    return words;
}

/* The nearest common ancestor of nodes A and B (A before B). */
static int common_ancestor(const al_dom *dom, int a, int b)
{
    while (a >= 0 && dom->nodes[a].end <= b)
        a = dom->nodes[a].parent;
    return a;
}

/* Node K is on the path to the lead caption, through its child CHILD: no
 * cleaning removes it; when the header's rest was marked junk
 * (al_standfirst_gather), K's other children stay junk. */
static void unjunk_path(al_dom *dom, int k, int child)
{
    if (dom->nodes[k].flags & AL_NODE_JUNK)
        for (int c = k + 1; c < dom->nodes[k].end; c = dom->nodes[c].end)
            if (c != child)
                dom->nodes[c].flags |= AL_NODE_JUNK;
    dom->nodes[k].flags = (dom->nodes[k].flags & ~AL_NODE_JUNK) | AL_NODE_HOLDS_LEAD;
}

void al_lead_caption_gather(al_dom *dom, const al_meta *meta, unsigned skip)
{
    int t = find_title_node(dom, meta), body, a, j, tries = 0;
    unsigned between = 0;

    if (t < 0 || (body = body_start(dom, dom->nodes[t].end, skip)) < 0)
        return;
    a = common_ancestor(dom, t, body);
    if (a < 0 || a <= dom->body)
        return;                         /* title and body share only the page */
    for (j = dom->nodes[t].end; j < body && between <= LEAD_MAX_BETWEEN && tries < LEAD_MAX_TRIES; j++) {
        const al_node *n = &dom->nodes[j];
        int f, k;

        if (n->flags & AL_NODE_TEXT) {
            between += n->text_len;
            continue;
        }
        if (!(n->flags & AL_NODE_BLOCK) || n->end > body ||
            !(n->tag == GUMBO_TAG_FIGCAPTION || named(dom, j, caption_words, caption_parts) ||
              shaped_caption(dom, j)))
            continue;
        tries++;
        if (n->img_count > 0)
            continue;                   /* the picture's frame named for its caption (<figure
                                         * class=wp-caption>): the caption is inside, looked at next */
        if ((f = picture_of(dom, j)) < 0 || picture_links_away(dom, f) ||
            !own_caption(dom, j, f, a)) {
            j = n->end - 1;             /* not the lead picture's: its text counts as between */
            between += n->text_len;
            continue;
        }
        dom->nodes[j].flags |= AL_NODE_CAPTION | AL_NODE_HOLDS_LEAD;
        dom->nodes[j].flags &= ~AL_NODE_JUNK;
        if ((k = kept_ancestor(dom, j)) < 0) {
            dom->nodes[j].flags |= AL_NODE_KEEP;
        } else {                        /* inside the article: no cleaning removes it */
            for (int child = j; (k = dom->nodes[child].parent) >= 0 && !(dom->nodes[k].flags & AL_NODE_KEEP);
                 child = k)
                unjunk_path(dom, k, child);
        }
        return;
    }
}

/* ---- the captions of the body's pictures --------------------------------
 *
 * Inside the chosen container, a picture's caption is part of the
 * article (as a <figure>'s <figcaption> is), but an editor's picture
 * block often carries a class that reads as chrome by Readability's
 * class weight ("media-wrapper", "media-caption"): conditional cleaning
 * drops such a block by its class alone, and the caption, which says
 * what the picture shows, is lost.
 *
 * Evidence, the lead caption's (above) inside the article:
 *   - a <figcaption>, or a block whose class or id names a caption or
 *     that has a caption's shape (shaped_caption), holding no image and no link itself (a link makes it a teaser of
 *     a gallery or a control: "... View Full Size"), with at least
 *     LEAD_CAPTION_MIN_WORDS words; a block so named that holds the
 *     image is the picture's frame ("tr-caption-container", Blogger's
 *     table of the picture and its "tr-caption" cell): its caption is
 *     looked for inside it;
 *   - beside one picture: its parent or grandparent holds exactly one
 *     image, or (the picture in a block of its own just before it) its
 *     previous sibling does and has no words;
 *   - the picture block has no heading and under LEAD_MAX_LINKS of its
 *     text in links, and every element up to the kept container is the
 *     article's own: no link, list, nav, aside, footer, form, no
 *     "unlikely" chrome, no chrome name and no card, and each holds
 *     no words but the caption's or frames the article (holds half its
 *     paragraph text): a caption in a box of other text does not keep
 *     the box.
 * Such a caption is read as a caption (credits, counters and controls
 * go as in any caption), and no cleaning removes it or the blocks it
 * sits in. At most BODY_MAX_CAPTIONS are looked at: bounded work.
 */

#define BODY_MAX_CAPTIONS 64

/* The picture of body caption C (see above), or -1. */
static int body_picture_of(const al_dom *dom, int c)
{
    int f = picture_of(dom, c), s;

    if (f >= 0 && dom->nodes[f].img_count == 1)
        return f;
    s = al_dom_prev_element(dom, c);
    if (s >= 0 && dom->nodes[s].img_count == 1) {
        char *text = al_dom_text(dom, s, true);
        bool bare = text && al_text_words(text) == 0;
        free(text);
        if (bare)
            return s;
    }
    return -1;
}

/* ---- a slide's furniture ----
 *
 * A gallery's slide is often no <figure>: the picture, its caption in a
 * <div>, a counter ("Image 1 of 5") and buttons (Expand, Previous, Close)
 * in one box, beside a strip of thumbnails with cut-off copies of the
 * captions and a short title line (b45-en-gb-regional-pier-shelter-storm-
 * gallery, tests/pages/nl-diashow-knoppen-bijschrift). The box then holds
 * more words than the caption, and a box of other text (a related card's
 * "... View Full Size" link beside its lightbox copy, body-captions-media-
 * class) must not keep the caption. The furniture is told by its shape,
 * not its class: each other part of the box is
 *   - wordless (a picture, an empty ad slot), or
 *   - controls: all its words are in <button>s, or
 *   - a slide counter (blocks.c's: two numbers joined by a word of
 *     [extract.counter_of] or "/", at most one label word), or
 *   - a strip of thumbnails: two pictures or more, each in an element of
 *     one picture whose words, if any, are cut off ("..." or "…" last), or
 *   - a title line above the slide: before it, at most SLIDE_TITLE_MAX_WORDS
 *     words, no link, no sentence stop;
 * and the caption is prose, not a label: SLIDE_CAPTION_MIN_WORDS words
 * or more. The parts themselves are judged as ever (blocks.c drops the
 * counter, the strip's copies, the title and the buttons' words). */
#define SLIDE_TITLE_MAX_WORDS 8
#define SLIDE_CAPTION_MIN_WORDS 8

/* Are all the words of node S inside <button>s? */
static bool buttons_only(const al_dom *dom, int s)
{
    size_t in = 0;

    for (int j = s; j < dom->nodes[s].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_BUTTON) {
            in += words_of(dom, j);
            j = dom->nodes[j].end - 1;
        }
    return in == words_of(dom, s);
}

/* Is node S a strip of thumbnails (see above)? */
static bool thumb_strip(const al_dom *dom, int s)
{
    int thumbs = 0;

    if (dom->nodes[s].img_count < 2)
        return false;
    for (int e = s + 1; e < dom->nodes[s].end; e = dom->nodes[e].end) {
        char *text;
        bool ok;

        if (dom->nodes[e].flags & AL_NODE_TEXT) {
            if (dom->nodes[e].g->type == GUMBO_NODE_TEXT && dom->nodes[e].text_len > 0)
                return false;
            continue;
        }
        if (dom->nodes[e].img_count != 1)
            return false;
        text = al_dom_text(dom, e, true);
        ok = text && (al_text_words(text) == 0 || al_text_before_ellipsis(text) > 0);
        free(text);
        if (!ok)
            return false;
        thumbs++;
    }
    return thumbs >= 2;
}

/* Is element S of a slide's box, beside the box's child PATH that leads
 * to the caption, the slide's furniture (see above)? */
static bool slide_furniture(const al_dom *dom, int s, int path)
{
    size_t words = words_of(dom, s);
    char *text;
    bool hit;

    if (words == 0 || buttons_only(dom, s) || thumb_strip(dom, s))
        return true;
    if (!(text = al_dom_text(dom, s, true)))
        return false;
    hit = al_block_slide_counter(text, true) ||
          (s < path && words <= SLIDE_TITLE_MAX_WORDS && !holds_link(dom, s) && !al_block_sentence_stop(text));
    free(text);
    return hit;
}

/* Is every part of box K but its child PATH the slide's furniture, and
 * no loose text in K itself? */
static bool slide_box(const al_dom *dom, int k, int path)
{
    for (int e = k + 1; e < dom->nodes[k].end; e = dom->nodes[e].end) {
        if (e == path)
            continue;
        if (dom->nodes[e].flags & AL_NODE_TEXT) {
            if (dom->nodes[e].g->type == GUMBO_NODE_TEXT && dom->nodes[e].text_len > 0)
                return false;
            continue;
        }
        if (!slide_furniture(dom, e, path))
            return false;
    }
    return true;
}

/* Is every block between caption C and the article's node A a unit of
 * the picture (no words but the caption's, or a slide's furniture beside
 * a caption of prose) or the article's frame? A caption inside a box of
 * other text (a rail of teasers, a lightbox beside its thumbnail) does
 * not keep that box. */
static bool picture_unit(const al_dom *dom, int c, int a)
{
    size_t words = words_of(dom, c);

    for (int child = c, k = dom->nodes[c].parent; k > a; child = k, k = dom->nodes[k].parent)
        if (!frames_body(dom, k, a) && words_of(dom, k) != words &&
            (words < SLIDE_CAPTION_MIN_WORDS || !slide_box(dom, k, child)))
            return false;
    return true;
}

void al_body_captions_keep(al_dom *dom, unsigned skip)
{
    int j, tries = 0;

    for (j = 0; j < dom->count && tries < BODY_MAX_CAPTIONS; j++) {
        const al_node *n = &dom->nodes[j];
        int f, a, k;

        if (n->flags & AL_NODE_TEXT)
            continue;
        if (n->flags & skip) {
            j = n->end - 1;
            continue;
        }
        if (!(n->flags & AL_NODE_BLOCK) || (n->flags & (AL_NODE_CAPTION | AL_NODE_LEAD)) ||
            !(n->tag == GUMBO_TAG_FIGCAPTION || named(dom, j, caption_words, caption_parts) ||
              shaped_caption(dom, j)))
            continue;
        tries++;
        if (n->img_count > 0)
            continue;                   /* the picture's frame named for its caption ("tr-caption-container",
                                         * "wp-caption"): the caption is inside, looked at next */
        a = kept_ancestor(dom, j);
        if (a < 0 || a == j || holds_link(dom, j) || (f = body_picture_of(dom, j)) < 0 || f <= a ||
            !own_caption(dom, j, f, a)) {
            j = n->end - 1;
            continue;
        }
        if (!picture_unit(dom, j, a)) {
            j = n->end - 1;
            continue;
        }
        dom->nodes[j].flags = (dom->nodes[j].flags & ~AL_NODE_JUNK) | AL_NODE_CAPTION | AL_NODE_HOLDS_LEAD;
        for (k = dom->nodes[j].parent; k > a; k = dom->nodes[k].parent)
            dom->nodes[k].flags = (dom->nodes[k].flags & ~AL_NODE_JUNK) | AL_NODE_HOLDS_LEAD;
        j = n->end - 1;
    }
}
