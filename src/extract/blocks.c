/*
 * blocks.c - what one block of the article says about itself: chrome by
 * its words and shape, or by its class name.
 *
 * al_block_is_junk() looks at a single item: the lexicon (lexicon.c) for
 * share words, read-more prefixes, appeals, payment details, newsletter,
 * cookie and comment prompts, metadata and credit lines, datelines; its
 * shape (length in words, link share, a date and a time, a label in its
 * own span); a byline line. Long, sentence-like text is never dropped on
 * a single lexicon hit: an article about PayPal keeps its paragraphs.
 * al_boilerplate_class() judges an element by its class and id ("share",
 * "newsletter", "author-box"...). Rules that need the neighbours of a
 * block (sections, cards, edges) are in boilerplate.c.
 *
 * The words of a language (byline and "About" openers, score and credit
 * words) are in data/lang/<lang>.txt, matched in every language at once;
 * the class and id words below are HTML vocabulary, not a language's,
 * and stay here.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "appeal.h"
#include "extract.h"
#include "langdata.h"
#include "passes.h"
#include "lexicon.h"

/* ---- thresholds of the helpers (the rules' own are in their rows) ------ */

/* A label ("Rating:", "Tags:", "<span>Keywords</span>", "Photo by") is at
 * most this many bytes: longer, it is the start of a sentence. */
#define LABEL_MAX_BYTES 40
/* A chrome-named element with this many paragraphs is content whatever its
 * name ("entry-content share-enabled", Blogger's "widget Blog"). A
 * paragraph is a <p>, or a run of text outside links and outside a <p> of
 * at least LOOSE_PARAGRAPH_CHARS (a post written with <br>s). */
#define CONTENT_MIN_PARAGRAPHS 5
#define LOOSE_PARAGRAPH_CHARS 80
/* A news dateline ("ZALKDAM (ANP) -") inside a <p> whose sentence goes on
 * for at least this many characters after it is the story's first words. */
#define DATELINE_SENTENCE_CHARS 40
/* A related-story link in the body (the related-link rule): the element
 * holds at most RELATED_SLACK_CHARS more than the block; a lead-in of at
 * most RELATED_LEAD_MAX_WORDS words before a colon; capitals are at least
 * RELATED_CAPS_SHARE of RELATED_CAPS_MIN_LETTERS letters or more. */
#define RELATED_SLACK_CHARS 2
#define RELATED_LEAD_MAX_WORDS 3
/* Led by a pointing arrow ("\xE2\x9E\x9C Dans la m\xC3\xAAme veine :"), the lead-in may have
 * this many words: the arrow already says the line points elsewhere. */
#define RELATED_ARROW_LEAD_MAX_WORDS 6
/* A "read more" line's label before its colon has at most this many words
 * ("Continua a leggere nella pagina successiva:"). */
#define READMORE_LABEL_MAX_WORDS 8
#define RELATED_CAPS_SHARE 0.8
#define RELATED_CAPS_MIN_LETTERS 12
/* A line opens with a date when its first run of digits and separators
 * ("2017-03-10 09:58") is this long; at most DATE_HEAD_MAX bytes are read. */
#define DATE_HEAD_MIN 5
#define DATE_HEAD_MAX 23
/* A control's box: a few words beside buttons, in at most this many characters. */
#define CONTROL_BOX_MAX_CHARS 200
/* A gallery's container is found within this many ancestors of a block. */
#define GALLERY_MAX_DEPTH 4
/* A gallery's title above its pictures has at most this many words (the
 * gallery-control row's limit). */
#define GALLERY_HEAD_MAX_WORDS 8
/* A box of pictures whose head is looked for spans at most this many
 * nodes (bounded work: a page-wide "gallery-page" wrapper is no box). */
#define GALLERY_BOX_MAX_NODES 4000
/* A control bar has at least this many controls. */
#define CONTROLS_MIN 2
/* A control dropped before the bar is judged counts with this much text. */
#define DROPPED_CONTROL_MIN_CHARS 3
/* A dropped control whose text is measured spans at most this many nodes. */
#define DROPPED_SCAN_MAX_NODES 64
/* A bar of links joined by separators holds this many links or more. */
#define LINK_BAR_MIN 3
/* A price box (the price-box rule): besides its prices and controls, at
 * most this many words (a label: "Adviesprijs", "Was ... Now", "UVP"). */
#define PRICE_LABEL_MAX_WORDS 4
/* A byline line may add this many words to the byline's ("By Jane Doe, Staff"). */
#define BYLINE_EXTRA_WORDS 3
/* A line of dates (the dates-line rule): at most this many words of
 * letters ("30 listopada 2026, 15:48 Aktualizacja: ..." has three). */
#define DATES_LINE_MAX_WORDS 16
/* One payment word makes a block an appeal up to this many words; in a
 * longer paragraph it is news about payments. */
#define APPEAL_ONE_PAY_MAX_WORDS 40
/* Payment words in a line of up to this many words are its details
 * ("PayPal: tips@example.org", "Donate by bank transfer or PayPal"); in a
 * longer sentence they are the site's only when it speaks (appeal.c). */
#define PAYMENT_LINE_WORDS 12
/* Bank details in prose of this many words or more that speaks neither as
 * the site nor to the reader are reported: how to give to the fire brigade
 * or the charity the story is about ("Os donativos podem ser feitos por MB
 * Way ... ou por transferência para o IBAN PT50 ..."). The site's own
 * details without "we" or "you" are a shorter line of labels. */
#define BANK_NEWS_WORDS 30
/* An appeal phrase in a block mostly of link text is a button or a
 * banner ("Become a member of the Courier today"). */
#define APPEAL_LINK_SHARE 0.5
/* A prompt's words in a line of up to this many words make it the prompt
 * ("Jetzt den Newsletter abonnieren"); a longer one must ask or speak. */
#define PROMPT_LINE_WORDS 12

/* Class and id words that name chrome inside articles; stricter than
 * Readability's list, applied only to nodes that are not large text.
 * MediaWiki's own: "hatnote", "navbox", "ambox" (the article message box:
 * a maintenance banner, "This article needs additional citations"),
 * "sitenotice" (the wiki's notice above every page, "Le concours photo
 * ... est ouvert": b23-fr-wiki-moulin-infobox-navbox). */
static const char *const chrome_words[] = {
    "share", "sharing", "social", "cookie", "consent", "newsletter", "subscribe",
    "subscription", "signup", "sign-up", "donat", "patreon", "ko-fi", "kofi", "paypal",
    "author-box", "authorbox", "author-bio", "author_bio", "about-author", "about-the-author",
    "author-info", "author-card", "author-description",
    "byline", "related", "recommend", "popular", "trending",
    "most-read", "mostread", "outbrain", "taboola", "breadcrumb", "skip-link",
    "screen-reader", "sr-only", "visually-hidden", "entry-meta", "post-meta",
    "article-meta", "postmeta", "tags-links", "tag-links", "cat-links", "comments",
    "comment-", "respond", "promo", "advert", "ad-slot", "adslot", "sponsor", "widget",
    "toolbar", "post-navigation", "nav-links", "nav-previous", "nav-next", "read-more",
    "readmore", "further-reading", "more-stories", "also-read", "modal", "popup",
    "paywall", "jp-relatedposts", "yarpp", "sharedaddy", "addtoany", "a2a_", "support-box",
    "donation", "editsection", "noprint", "sitesub", "contentsub", "navbox", "catlinks",
    "printfooter", "hatnote", "ambox", "sitenotice", "mw-jump", "published-dates", "update-history", "dateline",
    "timestamp", "video-embed", "video-promo", "media-promo", "cta-", "-cta", "call-to-action",
    "epic", "contributions", "credit", "print-link", "feedback", "survey", "site-header",
    "masthead", "global-header", "navbar", "topbar", "top-bar", "rating", "jump-to",
    "-button", "button-", "affiliate", "disclosure", "disclaim", "headerlink", "anchor-link",
    "heading-anchor", "anchorjs", "permalink", "mw-portlet", "interlanguage",
    "language-selector", "footnote-ref", "fnref", "user-details", "user-info", "user-card",
    "usercard", "user-action-time", "content-video", "video-title", "video__title",
    "video-playlist", "signature", "postprofile", "back2top", "backtotop", "back-to-top",
    "footnote-backref", "reaction", NULL
};

/* An author's box: the writer's name, picture and bio beside the
 * article. Its class or id has a word with a part (split at '-' and '_')
 * of AUTHOR_PARTS ("article-author", "post-author", "postauthor", id
 * "author", "bio", "extendedBio"; the word in other languages: "auteur",
 * "autor", "autore"), followed in that word only by parts of
 * AUTHOR_BOX_PARTS ("author_info", "author-details", "mt-auteur-encart",
 * "kn-autor-ramka"),
 * or of both written as
 * one ("wb-authorcard"): a whole part, not a
 * substring ("authority", "biology"), and not a theme's per-writer class
 * on the whole entry ("entry-author-jdoe": a name follows). It is a block
 * (<div>, <section>, <aside>, <p>, <footer>) of AUTHOR_BOX_MIN_CHARS to
 * AUTHOR_BOX_MAX_CHARS, with no h1 or h2 (the post's title): an inline
 * "author" (<span>, <a>) or a short block ("by Jane Doe") is a byline,
 * which the byline rules judge as a whole. */
#define AUTHOR_BOX_MIN_CHARS 80
#define AUTHOR_BOX_MAX_CHARS 2000
static const char *const author_parts[] = {
    "author", "postauthor", "articleauthor", "entryauthor", "bio", "authorbio", "extendedbio",
    "auteur", "autor", "autore", NULL   /* the word in French and Dutch, German and Spanish, Italian */
};
static const char *const author_box_parts[] = {
    "info", "box", "bio", "details", "description", "card", "profile", "about",
    "encart", "kasten", "ramka", "riquadro", "caja",
    NULL                                /* "box" in French, German, Polish, Italian, Spanish */
};

/* Is the N bytes at P one of WORDS? */
static bool span_is_word(const char *p, size_t n, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == n && strncmp(p, words[k], n) == 0)
            return true;
    return false;
}

/* Is the part of N bytes at P an author part and a box part written as
 * one ("authorcard", "authorinfo", "authordetails")? */
static bool author_compound(const char *p, size_t n)
{
    for (size_t k = 0; author_parts[k]; k++) {
        size_t a = strlen(author_parts[k]);
        if (a < n && strncmp(p, author_parts[k], a) == 0 && span_is_word(p + a, n - a, author_box_parts))
            return true;
    }
    return false;
}

/* Does node I, NAMES its folded "class id", name an author's box? */
static bool author_box_named(const al_dom *dom, int i, const char *names)
{
    const al_node *n = &dom->nodes[i];
    GumboTag t = n->tag;
    const char *p = names;

    if ((t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ASIDE && t != GUMBO_TAG_P &&
         t != GUMBO_TAG_FOOTER) || n->text_len < AUTHOR_BOX_MIN_CHARS || n->text_len > AUTHOR_BOX_MAX_CHARS)
        return false;
    for (int j = i + 1; j < n->end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_H1 || dom->nodes[j].tag == GUMBO_TAG_H2)
            return false;
    while (*p) {                        /* each word of the class list */
        const char *end;
        bool found = false, other = false;

        p += strspn(p, " \t\n");
        end = p + strcspn(p, " \t\n");
        while (p < end) {               /* each part of the word */
            size_t m;
            p += strspn(p, "-_");
            m = strcspn(p, "-_ \t\n");
            if (m && (span_is_word(p, m, author_parts) || author_compound(p, m)))
                found = true;
            else if (m && found && !span_is_word(p, m, author_box_parts))
                other = true;           /* "entry-author-jdoe" */
            p += m;
        }
        if (found && !other)
            return true;
    }
    return false;
}

/* A class word by which the page itself says a block is not its
 * content: "nocontent" is the marker of Google's site search (Custom
 * Search, the Search Appliance) for what it must not index, set on a
 * blog's "About this blog" and writers' boxes, menus and promos. A whole
 * word of the class list, not a substring. */
static const char *const nocontent_words[] = { "nocontent", NULL };

/* Whole class words (not substrings) that name a post's metadata fields:
 * "article-info", Joomla's list of author, department, dates, category
 * and view counter above the article ("Odsłony: 312"). A substring would
 * take "main-article-info", a box that holds a standfirst. */
static const char *const meta_fields_words[] = { "article-info", NULL };

/* Class parts (split at spaces, '-' and '_') that name an advertisement's
 * slot: "adv" (Italian sites' "advertising", "cas-adv", "box-adv"),
 * "ads" ("google-ads", "ads-wrapper"). Whole parts: "advice", "adsense"
 * and "loads" are no such part. What a slot shows is a label ("Contenuto
 * sponsorizzato", "Pubblicità") over an empty box the ad script fills. */
static const char *const ad_parts[] = { "adv", "ads", NULL };

/* Class and id parts (split at spaces, '-' and '_') that name a live
 * page's loader: its notice or button ("lb-refresh": "Neue Beiträge
 * werden automatisch geladen", "liveblog-reload": "Show 3 new posts").
 * It tells someone watching the page that it updates itself; the entries
 * are the article. Whole parts: "refreshments" is no such part. */
static const char *const loader_parts[] = { "refresh", "reload", "autorefresh", "autoload", NULL };

/* Chrome words that still name a <figcaption> of a picture: who took it
 * (a caption that is only the credit) and text hidden from the eye. */
static const char *const caption_chrome_words[] = {
    "credit", "screen-reader", "sr-only", "visually-hidden", NULL
};

/* Is node I a <figcaption> of a <figure> that holds a picture? It is the
 * picture's caption whatever its class says ("widget-caption" is the
 * theme's name for a caption box, not a widget beside the article). */
static bool picture_caption(const al_dom *dom, int i)
{
    int f = dom->nodes[i].parent;

    return dom->nodes[i].tag == GUMBO_TAG_FIGCAPTION && f >= 0 && dom->nodes[f].tag == GUMBO_TAG_FIGURE &&
           dom->nodes[f].img_count > 0;
}

/* Is node I one picture and its caption, nothing else: it holds one
 * image, no heading and no link, at most PICTURE_UNIT_MAX_CHARS of text,
 * all of it inside one <figcaption> or block whose class names a caption?
 * An editor's picture block ("dnd-widget-wrapper type-image" around the
 * image and a "dnd-caption-wrapper") is named by the CMS's machinery, not
 * for a widget beside the article: the caption says what the picture
 * shows. The image's own frame inside it ("cms-widget-rendered") is the
 * same picture. */
#define PICTURE_UNIT_MAX_CHARS 300
static bool picture_unit(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];

    if (n->img_count != 1 || n->heading_count > 0 || n->link_len > 0 || n->text_len == 0 ||
        n->text_len > PICTURE_UNIT_MAX_CHARS)
        return false;
    for (int j = i + 1; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        char *all, *own;
        bool same;

        if ((c->flags & AL_NODE_TEXT) || c->img_count > 0 ||
            !(c->tag == GUMBO_TAG_FIGCAPTION || al_dom_class_has(dom, j, "caption")))
            continue;
        all = al_dom_text(dom, i, true);    /* white space between the blocks aside */
        own = al_dom_text(dom, j, true);
        same = all && own && *own && strcmp(all, own) == 0;
        free(all);
        free(own);
        return same;
    }
    return false;
}

/* Does T contain a word of TABLE ([extract.rating_votes]), in any case? */
static bool has_table_word(const char *t, const char *table)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);

    for (i = 0; i < n; i++)
        if (al_text_casestr(t, e[i].key))
            return true;
    return false;
}

/* Does S start with " out of " (a phrase of [extract.rating_out_of]
 * between spaces)? */
static bool out_of(const char *s)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.rating_out_of", NULL, &n);

    if (*s != ' ')
        return false;
    for (i = 0; i < n; i++) {
        size_t len = strlen(e[i].key);
        if (strncmp(s + 1, e[i].key, len) == 0 && s[1 + len] == ' ')
            return true;
    }
    return false;
}

/* A reviewer's score ("Rating: 8/10", "4 out of 5"), not readers' stars
 * and votes: a rating widget that is the review's verdict. */
static bool score_text(const al_dom *dom, int i)
{
    char *t;
    bool score = false;

    if (dom->nodes[i].text_len == 0 || dom->nodes[i].text_len > LABEL_MAX_BYTES || !(t = al_dom_text(dom, i, true)))
        return false;
    if (!has_table_word(t, "extract.rating_votes")) {
        const char *p;
        for (p = t; *p && !score; p++)
            score = *p >= '0' && *p <= '9' && (strncmp(p + 1, "/10", 3) == 0 || strncmp(p + 1, "/5", 2) == 0 ||
                                               out_of(p + 1));
    }
    free(t);
    return score;
}

/* Does T hold a count of votes: a number, then a space and a word that
 * starts with one of [extract.rating_votes] ("87 voti", "(1.204
 * votes)")? A script written without spaces glues the word to the
 * number ("128件の評価", "37票"): an entry that opens with a letter
 * outside ASCII may follow the digit directly. */
static bool votes_count(const char *t)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.rating_votes", NULL, &n);

    for (const char *p = t; *p; p++) {
        if (!(*p >= '0' && *p <= '9'))
            continue;
        for (i = 0; i < n; i++) {
            const char *k = e[i].key;
            if ((p[1] == ' ' && strncasecmp(p + 2, k, strlen(k)) == 0) ||
                ((unsigned char)k[0] >= 0x80 && strncmp(p + 1, k, strlen(k)) == 0))
                return true;
        }
    }
    return false;
}

/* Stars drawn as text: STARS_MIN or more of U+2605 and U+2606 (★☆) in a
 * row, a rating's picture ("★★★★☆"). */
#define STARS_MIN 3
static bool star_row(const char *t)
{
    int run = 0;

    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (p[0] == 0xE2 && p[1] == 0x98 && (p[2] == 0x85 || p[2] == 0x86)) {
            if (++run >= STARS_MIN)
                return true;
            p += 2;
        } else if (*p != ' ') {
            run = 0;
        }
    }
    return false;
}

/* An average on a scale of up to ten, with its decimals ("4.8",
 * "4,86"): one digit, a point or a comma, one or two digits; not a
 * thousands separator ("1.204"). */
static bool average_number(const char *t)
{
    for (const char *p = t; *p; p++) {
        bool in_number = p > t && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.' || p[-1] == ',');
        if (in_number || !(*p >= '0' && *p <= '9') || (p[1] != '.' && p[1] != ','))
            continue;
        if (p[2] >= '0' && p[2] <= '9' && !(p[3] >= '0' && p[3] <= '9' && p[4] >= '0' && p[4] <= '9'))
            return true;
    }
    return false;
}

/* Does T hold a score ("3,9 su 5", "4.2/5", "8/10"; with DRAWN also
 * stars drawn as text or an average with decimals: "★★★★★ 4,9 de 37
 * votos") and a count of votes beside it: the readers' average, not the
 * reviewer's verdict? A box's text is read without DRAWN: a recipe
 * card's "Prep: 15 mins" beside its stars is the recipe's. */
static bool readers_score(const char *t, bool drawn)
{
    bool score = false;

    for (const char *p = t; *p && !score; p++)
        score = *p >= '0' && *p <= '9' &&
                (strncmp(p + 1, "/10", 3) == 0 || strncmp(p + 1, "/5", 2) == 0 || out_of(p + 1));
    return (score || (drawn && (star_row(t) || average_number(t)))) && votes_count(t);
}

/* A readers' rating widget: the block, or the small box that holds it
 * (its parent, CONTROL_BOX_MAX_CHARS at most), gives the readers' score
 * with their votes ("Il voto dei lettori: 3,9 su 5 (87 voti)"), and the
 * block ends no sentence with a full stop: the score's line, or the call
 * to vote beside it ("Hai letto questo libro? Dai il tuo voto"). The
 * review's own verdict ("Il nostro voto: 4 su 5") counts no votes. */
static bool readers_rating(const al_item *it, const al_dom *dom)
{
    int box = dom->nodes[it->node].parent;
    char *t;
    bool hit;

    for (const char *p = it->text; *p; p++)
        if (*p == '.' && (p[1] == ' ' || p[1] == '\0'))
            return false;                       /* a sentence: the widget's lines are labels */
    if (strstr(it->text, "\xE3\x80\x82"))
        return false;                           /* "。", a sentence's full stop in CJK */
    if (readers_score(it->text, true))
        return true;
    if (box < 0 || dom->nodes[box].text_len > CONTROL_BOX_MAX_CHARS || !(t = al_dom_text(dom, box, true)))
        return false;
    hit = readers_score(t, false);
    free(t);
    return hit;
}

/* The score, or its label or value span ("Rating:" beside "8/10"). */
static bool is_score(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent;

    return score_text(dom, i) || (p >= 0 && score_text(dom, p));
}

/* A fact check's verdict ("Faux", "Misleading"): on a page that declares
 * a ClaimReview (JSON-LD, microdata), a "rating" block of a few words
 * (LABEL_MAX_BYTES), none of them a link, is the reviewer's rating the
 * page states, not readers' stars. */
static bool is_verdict(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];

    return n->text_len > 0 && n->text_len <= LABEL_MAX_BYTES && n->link_len == 0 && n->input_count == 0 &&
           al_page_claim_review(dom);
}

/* Is node J inside a <p> below the element TOP? */
static bool inside_p(const al_dom *dom, int j, int top)
{
    int p;

    for (p = dom->nodes[j].parent; p > top; p = dom->nodes[p].parent)
        if (dom->nodes[p].tag == GUMBO_TAG_P)
            return true;
    return false;
}

/* Is node I an inline element inside a <p> (up to three levels up) that
 * holds at least DATELINE_SENTENCE_CHARS more text than I, or inside
 * another block (a paragraph written as a <div>) whose own text runs on
 * right after it, in the same parent, for that many characters? "dateline"
 * is a theme's name for a "Published on" line, a block of its own, and a
 * newsroom's for the "CITY (AGENCY) -" that opens a story's first
 * paragraph: inside a sentence it is the story's own words. A meta line's
 * spans ("Published 4 March" beside "By X") are elements side by side,
 * not a sentence that goes on. */
static bool opens_sentence(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, up, next;

    if (dom->nodes[i].flags & AL_NODE_BLOCK)
        return false;
    for (up = 0; p >= 0 && up < 3; up++, p = dom->nodes[p].parent) {
        if (dom->nodes[p].tag == GUMBO_TAG_P)
            return dom->nodes[p].text_len >= dom->nodes[i].text_len + DATELINE_SENTENCE_CHARS;
        if (dom->nodes[p].flags & AL_NODE_BLOCK) {
            next = dom->nodes[i].end;
            return next < dom->nodes[p].end && dom->nodes[next].parent == dom->nodes[i].parent &&
                   (dom->nodes[next].flags & AL_NODE_TEXT) && dom->nodes[next].text_len >= DATELINE_SENTENCE_CHARS;
        }
    }
    return false;
}

/* A label that announces the box after it as other content: a <p> or a
 * heading of at most ANNOUNCE_MAX_WORDS words ending with a colon ("Also
 * on HuffPost:", "More from the network:"), the element right before the
 * box. */
#define ANNOUNCE_MAX_WORDS 6
static bool announced_box(const al_dom *dom, int i)
{
    int parent = dom->nodes[i].parent, j;
    char *text;
    size_t n;
    bool hit;

    /* the previous element sibling, past white space between them */
    for (j = i - 1; j > parent && (dom->nodes[j].parent != parent ||
                                   dom->nodes[j].g->type == GUMBO_NODE_WHITESPACE ||
                                   dom->nodes[j].g->type == GUMBO_NODE_COMMENT); j--)
        ;
    if (j <= parent || dom->nodes[j].g->type != GUMBO_NODE_ELEMENT ||
        (dom->nodes[j].tag != GUMBO_TAG_P &&
         !(dom->nodes[j].tag >= GUMBO_TAG_H1 && dom->nodes[j].tag <= GUMBO_TAG_H6)))
        return false;
    if (!(text = al_dom_text(dom, j, false)))
        return false;
    n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\n'))
        n--;
    hit = n > 1 && text[n - 1] == ':' && al_text_words(text) <= ANNOUNCE_MAX_WORDS;
    free(text);
    return hit;
}

/* An embedded post (a card of X, Mastodon, Bluesky) named by a class word
 * such as "social": a box of at most EMBED_POST_MAX_NODES nodes and
 * EMBED_POST_MAX_CHARS characters whose head, an element before its text
 * of at most POST_HEAD_WORDS words and no sentence, shows a handle
 * ("MnDOT Metro @MnDOTmetro Follow"), and whose text is a <p> of
 * EMBED_POST_MIN_CHARS characters or more, under half of it links, that
 * holds at least half of the box's text outside links. The post is what
 * the story quotes (b27-en-us-live-ice-storm-power); a share bar has no
 * such text, and a follow box says its handle inside its sentence. */
#define EMBED_POST_MAX_NODES 64
#define EMBED_POST_MAX_CHARS 1200
#define EMBED_POST_MIN_CHARS 40
#define POST_HEAD_WORDS 6

static bool has_sentence_end(const char *s);

/* Does TEXT show a handle: a word that opens with '@' and a letter, digit or '_'? */
static bool shows_handle(const char *t)
{
    for (const char *at = strchr(t, '@'); at; at = strchr(at + 1, '@'))
        if ((at == t || at[-1] == ' ') && (isalnum((unsigned char)at[1]) || at[1] == '_'))
            return true;
    return false;
}

/* Is box I such a post's card? */
static bool embedded_post_card(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    bool head = false;

    if (n->end - i > EMBED_POST_MAX_NODES || n->text_len > EMBED_POST_MAX_CHARS || n->p_count == 0)
        return false;
    for (int j = i + 1; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        char *t;
        if ((c->flags & AL_NODE_TEXT) || c->text_len == 0)
            continue;
        if (c->tag == GUMBO_TAG_P) {
            if (head && c->text_len >= EMBED_POST_MIN_CHARS && c->link_len * 2 < c->text_len &&
                (c->text_len - c->link_len) * 2 >= n->text_len - n->link_len)
                return true;
            j = c->end - 1;
            continue;
        }
        if (head || !al_dom_is_block_tag(c->tag) || c->p_count > 0 || !(t = al_dom_text(dom, j, true)))
            continue;
        head = shows_handle(t) && al_text_words(t) <= POST_HEAD_WORDS && !has_sentence_end(t);
        free(t);
        if (head)
            j = c->end - 1;
    }
    return false;
}

/* Is node I an embedded post's card, or its text inside one up to
 * EMBED_POST_DEPTH levels up? */
#define EMBED_POST_DEPTH 3
bool al_block_embedded_post(const al_dom *dom, int i)
{
    if (embedded_post_card(dom, i))
        return true;
    if (dom->nodes[i].tag != GUMBO_TAG_P)
        return false;
    for (int up = 0, p = dom->nodes[i].parent; p >= 0 && up < EMBED_POST_DEPTH; up++, p = dom->nodes[p].parent)
        if (embedded_post_card(dom, p))
            return true;
    return false;
}

static bool letter_signature_block(const al_dom *dom, int i);

bool al_boilerplate_class(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    const char *cls = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");
    char *names;
    bool hit = false;
    size_t k;

    if (!cls && !id)
        return false;
    /* the part the page declares paid is the article ("paywall", "premium") */
    if (n->tag == GUMBO_TAG_BODY || n->tag == GUMBO_TAG_HTML || n->tag == GUMBO_TAG_ARTICLE ||
        n->tag == GUMBO_TAG_MAIN || (n->flags & AL_NODE_PAID))
        return false;
    {
        al_buf b = AL_BUF_INIT;       /* fold "class id" once, then plain strstr */
        al_buf_puts(&b, cls ? cls : "");
        al_buf_putc(&b, ' ');
        al_buf_puts(&b, id ? id : "");
        names = b.data ? al_text_fold(b.data) : NULL;
        al_buf_free(&b);
    }
    if (!names)
        return false;
    if (n->tag == GUMBO_TAG_SUP && strstr(names, "reference"))
        hit = true;                      /* footnote marks: "[1]" */
    hit = hit || author_box_named(dom, i, names) || al_value_has_part(cls, " \t\n", nocontent_words) ||
          al_value_has_part(cls, " \t\n", meta_fields_words) ||
          al_value_has_part(cls, " \t\n-_", ad_parts) || al_value_has_part(id, " \t\n-_", ad_parts) ||
          al_value_has_part(cls, " \t\n-_", loader_parts) || al_value_has_part(id, " \t\n-_", loader_parts);
    if (!hit && id && *id && al_score_has_word(names, chrome_words) && al_score_heading_anchor(dom, i)) {
        /* a heading's anchor names the section's subject, not chrome
         * ("moving-a-draft-into-a-shared-space" is no share bar) */
        free(names);
        if (!(names = cls ? al_text_fold(cls) : al_strdup("")))
            return false;
    }
    for (k = 0; chrome_words[k] && !hit; k++)
        hit = strstr(names, chrome_words[k]) != NULL &&
              !(strcmp(chrome_words[k], "rating") == 0 && (is_score(dom, i) || is_verdict(dom, i))) &&
              !(strcmp(chrome_words[k], "dateline") == 0 && opens_sentence(dom, i)) &&
              !(strcmp(chrome_words[k], "social") == 0 && al_block_embedded_post(dom, i)) &&
              !(strcmp(chrome_words[k], "signature") == 0 && letter_signature_block(dom, i));
    if (hit && (picture_caption(dom, i) || picture_unit(dom, i) ||
                (n->text_len == 0 && n->img_count == 1 && n->parent >= 0 && picture_unit(dom, n->parent)))) {
        hit = false;                     /* its credit or hidden words still count */
        for (k = 0; caption_chrome_words[k] && !hit; k++)
            hit = strstr(names, caption_chrome_words[k]) != NULL;
    }
    free(names);
    if (!hit)
        return false;
    if (n->tag == GUMBO_TAG_SUP)
        return true;
    /* A big block of text with few links is content whatever its name
     * ("entry-content share-enabled"). Sums are raw here, so count its
     * paragraphs. Not so a box that a label announces as something else
     * ("Also on HuffPost:" over a "promo_holder" of slide captions). */
    if (announced_box(dom, i))
        return true;
    {
        int j, paras = 0;
        for (j = i + 1; j < n->end && paras < CONTENT_MIN_PARAGRAPHS; j++) {
            const al_node *c = &dom->nodes[j];
            if (c->tag == GUMBO_TAG_P)
                paras++;
            else if ((c->flags & AL_NODE_TEXT) && !(c->flags & AL_NODE_LINK) &&
                     c->text_len >= LOOSE_PARAGRAPH_CHARS && !inside_p(dom, j, i))
                paras++;
        }
        return paras < CONTENT_MIN_PARAGRAPHS;
    }
}

/* Is TEXT's first LEN bytes exactly a phrase of KIND? */
static bool head_is(const char *text, size_t len, al_lex_kind kind)
{
    char *head = al_strndup(text, len), *key = head ? al_text_key(head) : NULL;
    bool hit = key && al_lexicon_exact(kind, key);

    free(head);
    free(key);
    return hit;
}

/* "Label: ..." where the label, before the colon, is exactly a phrase of KIND. */
static bool labelled(const char *text, al_lex_kind kind)
{
    const char *colon = strchr(text, ':');

    return colon && colon > text && colon - text <= LABEL_MAX_BYTES && head_is(text, (size_t)(colon - text), kind);
}

/* A block whose first element is a label of KIND on its own ("<span>
 * Palabras clave</span> bizcocho, limón"): labelled, without a colon. */
static bool span_labelled(const al_item *it, const al_dom *dom, al_lex_kind kind)
{
    int i = it->node, j, end;

    if (i < 0 || i >= dom->count)
        return false;
    end = dom->nodes[i].end;
    for (j = i + 1; j < end; j++) {
        const al_node *n = &dom->nodes[j];
        char *text, *key;
        bool hit;
        if (n->flags & AL_NODE_TEXT) {
            char *t = n->text_len > 0 ? al_dom_text(dom, j, true) : NULL;
            bool words = t && t[0];
            free(t);
            if (words)
                return false;                       /* text before any element */
            continue;
        }
        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->text_len == 0 || al_dom_is_block_tag(n->tag))
            continue;
        if (n->text_len > LABEL_MAX_BYTES || n->text_len >= it->text_len)
            return false;
        text = al_dom_text(dom, j, true);
        key = text ? al_text_key(text) : NULL;
        hit = key && al_lexicon_exact(kind, key);
        free(text);
        free(key);
        return hit;
    }
    return false;
}

/* "CreditJane Doe": a one-word label of KIND glued to a capitalised name
 * (the label sits in a visually hidden span with no space after it). */
static bool glued_label(const char *text, al_lex_kind kind)
{
    size_t n = strspn(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    size_t k;

    for (k = 1; k + 1 < n; k++) {           /* the split: lower case, then upper case */
        if (text[k] >= 'A' && text[k] <= 'Z' && text[k - 1] >= 'a' && text[k - 1] <= 'z')
            return head_is(text, k, kind);
    }
    return false;
}

/* Does S start with a capital letter (or a letter past ASCII: "Łukasz")? */
static bool capitalised(const char *s)
{
    return (*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0xC0;
}

/* "Photo by X": the credit words, then " by " ([extract.credit_by]),
 * within the first LABEL_MAX_BYTES bytes; the phrase "photo by" is one of
 * [extract.credit], or the label before the "by" word is one and a
 * capitalised name follows ("Illustration by Jonas Weller": a credit's
 * shape in any class, where "illustration by the author" is no credit). */
static bool credit_by(const char *text)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.credit_by", NULL, &n);
    bool hit = false;

    for (i = 0; i < n && !hit; i++) {
        al_buf word = AL_BUF_INIT;
        const char *by;
        al_buf_putc(&word, ' ');
        al_buf_puts(&word, e[i].key);
        al_buf_putc(&word, ' ');
        by = word.data ? al_text_casestr(text, word.data) : NULL;
        hit = by && by - text <= LABEL_MAX_BYTES &&
              (head_is(text, (size_t)(by - text) + word.len - 1, AL_LEX_CREDIT) ||
               (capitalised(by + word.len) && head_is(text, (size_t)(by - text), AL_LEX_CREDIT)));
        al_buf_free(&word);
    }
    return hit;
}

/* "Label (note): ..." where the label before the bracket is a phrase of
 * KIND, or one with a plural "s" ("Photos", "Fotos", "Images"), and the
 * bracket closes right before the colon: a credit for several pictures
 * that says which is whose ("Photos (from left to right): Courtesy of
 * ...", "Fotos (v. l. n. r.): ...", "Photo (top): ..."). The note is part
 * of the label, within LABEL_MAX_BYTES with it. The plural counts only
 * here, where the note says the label names pictures: "Photos by X"
 * alone stays what the lexicon makes of it. */
static bool labelled_with_note(const char *text, al_lex_kind kind)
{
    const char *colon = strchr(text, ':'), *open, *end;

    if (!colon || colon == text || colon - text > LABEL_MAX_BYTES || colon[-1] != ')')
        return false;
    open = memchr(text, '(', (size_t)(colon - text));
    if (!open || open == text)
        return false;
    for (end = open; end > text && end[-1] == ' '; end--)
        ;
    if (head_is(text, (size_t)(end - text), kind))
        return true;
    return end - text > 1 && (end[-1] == 's' || end[-1] == 'S') &&
           head_is(text, (size_t)(end - 1 - text), kind);
}

/* Are the words of S names: at most NOTE_CREDIT_LOWER_WORDS of them
 * start with a lower-case letter ("Courtesy of Kinky Co., Bain De Terre":
 * one, "of")? A sentence has more ("the archive holds 400 of them"). */
#define NOTE_CREDIT_LOWER_WORDS 2

static bool names_only(const char *s)
{
    int lower = 0;

    for (const char *p = s; *p && lower <= NOTE_CREDIT_LOWER_WORDS; p++)
        if ((p == s || p[-1] == ' ') && *p >= 'a' && *p <= 'z')
            lower++;
    return lower <= NOTE_CREDIT_LOWER_WORDS;
}

/* A picture credit: "Image: Reuters", "(Bild: Hersteller)", "Photo by X",
 * "Photos (left to right): ...". What comes before the colon (or the
 * name) must be the credit words themselves, so "Source files: a.js"
 * stays. */
static bool is_credit(const char *text, bool short_block)
{
    const char *wide;

    for (;;) {
        if (*text == '(' || *text == '[')
            text++;
        else if (strncmp(text, "\xEF\xBC\x88", 3) == 0)      /* a full-width bracket: "（写真：...）" */
            text += 3;
        else
            break;
    }
    if (labelled(text, AL_LEX_CREDIT) || labelled_with_note(text, AL_LEX_CREDIT))
        return true;
    /* a full-width colon ends a CJK label as ':' does: "写真：信州中央新聞" */
    wide = strstr(text, "\xEF\xBC\x9A");
    if (wide && wide > text && wide - text <= LABEL_MAX_BYTES && head_is(text, (size_t)(wide - text), AL_LEX_CREDIT))
        return true;
    if (short_block && glued_label(text, AL_LEX_CREDIT))
        return true;                    /* "CreditKevin Frayer": a hidden label span */
    return credit_by(text);
}

/* Does KEY start with a word of TABLE, in any language, and a space? */
static bool starts_with_any(const char *key, const char *table)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);

    for (i = 0; i < n; i++) {
        size_t len = strlen(e[i].key);
        if (strncmp(key, e[i].key, len) == 0 && key[len] == ' ')
            return true;
    }
    return false;
}

/* "About Jane Doe" opens an author box only when her bio follows (see
 * drop_author_bio); "About Corvane Robotics" in a press release does not. */
static bool starts_with_about(const char *key)
{
    return starts_with_any(key, "extract.about");
}

/* "By", "Von", "Par", "Por", "Di", "Door"... opening a byline. */
static bool starts_with_by(const char *key)
{
    return starts_with_any(key, "extract.byline_prefix");
}

/* The same with the page's own language's words or English's only (all
 * when the page does not say its language): Romanian's "De" opens a
 * Dutch sentence ("De Rijn werd in 1997 verbreed."). */
static bool starts_with_own_by(const char *key, const char *lang)
{
    const char *langs[] = { lang, "en" };
    size_t i, k, n;

    if (!lang || !*lang)
        return starts_with_by(key);
    for (k = 0; k < 2; k++) {
        const al_lang_entry *e = al_lang_table("extract.byline_prefix", langs[k], &n);
        for (i = 0; e && i < n; i++) {
            size_t len = strlen(e[i].key);
            if (strncmp(key, e[i].key, len) == 0 && key[len] == ' ')
                return true;
        }
    }
    return false;
}

/* A 4-digit year, 1900-2099, not part of a longer number. */
static bool has_year(const char *s)
{
    const char *p;

    for (p = s; *p; p++) {
        if (p > s && p[-1] >= '0' && p[-1] <= '9')
            continue;
        if (((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) && p[2] >= '0' && p[2] <= '9' &&
            p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9'))
            return true;
    }
    return false;
}

/* A reader's letter's signature by its words: a letters column signs
 * each letter on a short line of its own, who writes and where from
 * ("Chiara, Lucca", "Marta Ruiz. Cuenca.", "Marie, de Nantes", "un
 * lecteur de Lyon, grand-père d'un nageur d'Oudon", "Jean-Pierre L.,
 * abonné depuis 1998"). Evidence, shape only: at most
 * LETTER_SIG_MAX_WORDS words, cut by ", " or ". " (not an initial's
 * "L.,") into two or three parts of at most LETTER_SIG_PART_WORDS words
 * (al_text_words: "grand-père" is two); the first names the writer, so it holds a capitalised word (a name,
 * or the town in "un lecteur de Lyon") and no digit; the others are a
 * town or a short clause about the writer. No other mark ("?!:;"), no
 * number but a year (a dateline's "5 décembre" has a day), and no
 * byline's first word ("Par Claire Dufresne, à Nantes":
 * [extract.byline_prefix]). Used by standfirst.c (a letter kept as the
 * lead) and by letter_signature_block (a letter in the body). */
#define LETTER_SIG_MAX_WORDS 10
#define LETTER_SIG_PART_WORDS 5
#define LETTER_SIG_MAX_PARTS 3

/* Does S hold a word that opens with a capital, or has one after an
 * apostrophe ("d'Oudon")? */
static bool holds_capital_word(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    bool start = true;

    while (*p) {
        uint32_t cp;
        size_t n = al_utf8_decode(p, strlen((const char *)p), &cp);
        if (n == 0)
            n = 1;
        if (start && al_utf8_fold_cp(cp) != cp)
            return true;
        start = cp == ' ' || cp == '\'' || cp == 0x2019 || cp == '-';
        p += n;
    }
    return false;
}

bool al_block_letter_signature(const char *text)
{
    const char *p;
    char *key;
    size_t parts = 0, digits = 0;
    bool ok;

    for (p = text; *p; p++)
        digits += *p >= '0' && *p <= '9';
    ok = al_text_words(text) <= LETTER_SIG_MAX_WORDS && !strpbrk(text, "?!:;") &&
         (digits == 0 || (digits == 4 && has_year(text)));
    if (ok && (key = al_text_key(text))) {
        ok = !starts_with_by(key);
        free(key);
    }
    for (p = text + strspn(text, " "); ok && *p; parts++) {
        size_t n = 0, words;
        char *part;

        for (; p[n] && !((p[n] == ',' || p[n] == '.') && (p[n + 1] == ' ' || !p[n + 1])); n++)
            ;
        part = al_strndup(p, n);
        words = part ? al_text_words(part) : 0;
        ok = words >= 1 && words <= LETTER_SIG_PART_WORDS && parts < LETTER_SIG_MAX_PARTS &&
             (parts > 0 || (holds_capital_word(part) && !strpbrk(part, "0123456789")));
        free(part);
        p += n + (p[n] != '\0');
        p += strspn(p, " ");
    }
    return ok && parts >= 2;
}

/* A letter's signature in the body, named as such ("courrier__signature":
 * the class word "signature" marks a forum poster's footer or a byline
 * too): a <p> with no link or <time> whose words are a letter's
 * signature (al_block_letter_signature), right after a <p> of the letter,
 * prose of LETTER_MIN_WORDS words or more that ends a sentence
 * (b39-fr-courrier-lecteurs-signatures-variees). A forum footer sits in
 * a box after the post's box, not after its paragraph; a byline opens
 * with "Par" or stands above the text. */
#define LETTER_MIN_WORDS 12
static bool letter_signature_block(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, prev = -1, k;
    char *text;
    bool ok;

    if (p < 0 || dom->nodes[i].tag != GUMBO_TAG_P || dom->nodes[i].text_len == 0 || dom->nodes[i].link_len > 0)
        return false;
    for (k = i + 1; k < dom->nodes[i].end; k++)
        if (dom->nodes[k].tag == GUMBO_TAG_A || dom->nodes[k].tag == GUMBO_TAG_TIME)
            return false;
    for (k = p + 1; k < i; k = dom->nodes[k].end)
        if (!(dom->nodes[k].flags & AL_NODE_TEXT))
            prev = k;
    if (prev < 0 || dom->nodes[prev].tag != GUMBO_TAG_P || !(text = al_dom_text(dom, prev, true)))
        return false;
    ok = al_text_words(text) >= LETTER_MIN_WORDS && al_block_ends_sentence(text);
    free(text);
    if (!ok || !(text = al_dom_text(dom, i, true)))
        return false;
    ok = al_block_letter_signature(text);
    free(text);
    return ok;
}

/* A year (1900-2099), a d/m or d.m date, or a time hh:mm. */
static bool has_date(const char *s)
{
    const char *p;

    if (has_year(s))
        return true;
    for (p = s; *p; p++) {
        bool d0 = p[0] >= '0' && p[0] <= '9';
        if (!d0 || (p > s && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        if (p[1] >= '0' && p[1] <= '9' && (p[2] == '/' || p[2] == '.' || p[2] == ':') &&
            p[3] >= '0' && p[3] <= '9')
            return true;
    }
    return false;
}

/* Does S open with a date or time ("2017-03-10", "10.03.2017", "09:58")? */
/* A sentence's end: '!', '?', or a '.' that does not follow a digit
 * ("12.05.2024", "2024. 5. 12." are dates). */
static bool has_sentence_end(const char *s)
{
    const char *p;

    for (p = s; *p; p++)
        if (*p == '!' || *p == '?' || (*p == '.' && !(p > s && p[-1] >= '0' && p[-1] <= '9')))
            return true;
    return false;
}

/* Does S end as a sentence does: a full stop, "!" or "?" last, before
 * any closing quote or bracket? */
bool al_block_ends_sentence(const char *s)
{
    size_t n = strlen(s);

    while (n > 0 && strchr(" \"')]\xC2\xBB", s[n - 1]))
        n--;
    return n > 0 && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* Words of letters only, two or more ("l'étiquette" is one; "10:15",
 * "4" and "à" are not). */
static size_t letter_words(const char *s)
{
    size_t count = 0;

    while (*s) {
        size_t letters = 0;
        bool other = false;

        while (*s == ' ')
            s++;
        for (; *s && *s != ' '; s++) {
            unsigned char c = (unsigned char)*s;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                letters++;
            else if (c >= 0x80)
                letters += (c & 0xC0) != 0x80;   /* a letter of another script, counted once */
            else if (!strchr("'.,;:!?\"()", c))
                other = true;
        }
        count += letters >= 2 && !other;
    }
    return count;
}

/* "Published in 1999, the book sold two million copies.", "All rights
 * reserved, the label said, meant little to the bootleggers.": a phrase of
 * KIND opens the text, and after its comma a clause of its own follows (four
 * words of letters or more, a sentence's end, not KIND again nor a byline),
 * all in its first sentence.
 * A meta or copyright line goes on with dates, names and times
 * ("Published 4 March, 10:15", "(c) 2024 Gazette, all rights reserved.").
 */
static bool opener_then_clause(const char *text, al_lex_kind kind)
{
    const char *comma = strstr(text, ", ");
    char *head, *key, *rest_key;
    bool opener, clause;

    if (!comma || !al_block_ends_sentence(comma) || letter_words(comma + 2) < 4)
        return false;
    head = al_strndup(text, (size_t)(comma - text));
    if (head && (strstr(head, ". ") || strstr(head, "! ") || strstr(head, "? "))) {
        free(head);
        return false;                   /* the comma is not in the first sentence */
    }
    key = head ? al_text_key(head) : NULL;
    rest_key = al_text_key(comma + 2);
    opener = key && al_lexicon_match(kind, key);
    clause = rest_key && !al_lexicon_match(kind, rest_key) && !starts_with_by(rest_key);
    free(head);
    free(key);
    free(rest_key);
    return opener && clause;
}

/* "#travel #seoul #daytrip": a line of hashtags only. */
static bool all_hashtags(const char *s)
{
    bool any = false;

    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        if (*s != '#')
            return false;
        any = true;
        s += strcspn(s, " ");
    }
    return any;
}

/* Does the hour at Q (one or two digits, under 24) follow a year: "2026,
 * 14.05", "2.12.2026 kl. 14.05" (a short label of up to three letters
 * with its full stop between them)? The Nordic time with a full stop is a
 * time only so; "version 2.05" and "3.50 kr" have no year before them. */
static bool year_before_hour(const char *s, const char *q)
{
    const char *p = q, *w;
    int digits = 0;

    if (atoi(q) > 23)
        return false;
    while (p > s && (p[-1] == ' ' || p[-1] == ','))
        p--;
    if (p > s && p[-1] == '.') {
        for (w = p - 1; w > s && isalpha((unsigned char)w[-1]); w--)
            ;
        if (p - 1 - w >= 1 && p - 1 - w <= 3) {
            for (p = w; p > s && (p[-1] == ' ' || p[-1] == ','); p--)
                ;
        }
    }
    for (; p > s && p[-1] >= '0' && p[-1] <= '9'; p--)
        digits++;
    return digits == 4 && q > p + 4;
}

/* A time of day: "10:12", "9:05", or with an "h" between hours and
 * minutes ("06h00", "14h30": French, Portuguese, Spanish pages; "9 h 15"
 * with French typography's spaces), the hour of one or two digits and no
 * letter or digit after the minutes; or with a full stop after a year
 * ("2 december 2026, 14.05": year_before_hour). */
static bool has_clock(const char *s)
{
    const char *p;

    for (p = s; *p; p++) {
        bool two = p > s && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '5' && p[2] >= '0' &&
                   p[2] <= '9' && !(p[3] >= '0' && p[3] <= '9');
        if (two && *p == ':')
            return true;
        if (two && *p == '.' && !((p[3] | 0x20) >= 'a' && (p[3] | 0x20) <= 'z')) {
            const char *q = p - 1;

            if (q > s && q[-1] >= '0' && q[-1] <= '9')
                q--;
            if (!(q > s && q[-1] >= '0' && q[-1] <= '9') && !(q > s && q[-1] == '.') && year_before_hour(s, q))
                return true;
        }
        if (two && *p == 'h' && !((p[3] | 0x20) >= 'a' && (p[3] | 0x20) <= 'z') &&
            !(p - 2 >= s && p[-2] >= '0' && p[-2] <= '9' && p - 3 >= s && p[-3] >= '0' && p[-3] <= '9'))
            return true;
        /* French typography spaces it: "à 9 h 15" */
        if (*p == 'h' && p - 2 >= s && p[-1] == ' ' && p[-2] >= '0' && p[-2] <= '9' &&
            !(p - 4 >= s && p[-3] >= '0' && p[-3] <= '9' && p[-4] >= '0' && p[-4] <= '9') && p[1] == ' ' &&
            p[2] >= '0' && p[2] <= '5' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9'))
            return true;
    }
    return false;
}

static bool starts_with_date(const char *s)
{
    char head[DATE_HEAD_MAX + 1];
    size_t n = strspn(s, "0123456789-./: ");

    if (n < DATE_HEAD_MIN)
        return false;
    snprintf(head, sizeof(head), "%.*s", (int)(n < DATE_HEAD_MAX ? n : DATE_HEAD_MAX), s);
    return has_date(head);
}

/* A box with buttons or inputs, and little text: the block in it is a
 * control's label ("Scale", "Servings"), not text (its row limits the words). */
static bool control_label(const al_item *it, const al_dom *dom)
{
    const al_node *box = &dom->nodes[it->node];
    int j;

    if (box->text_len > CONTROL_BOX_MAX_CHARS)
        return false;
    for (j = it->node + 1; j < box->end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT)
            return true;
    }
    return false;
}

/* Class and id words of a picture gallery or slideshow (HTML vocabulary:
 * "bildergalerie", "galeria-joomla", "diaporama", "media-carousel"). */
static const char *const gallery_words[] = {
    "galler", "galeri", "galerie", "slideshow", "carousel", "slider", "lightbox", "diapo", "swiper", NULL
};

/* Does node I's class or id name a gallery? */
static bool names_gallery(const al_dom *dom, int i)
{
    const char *cls = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");
    char *names;
    bool hit = false;
    al_buf b = AL_BUF_INIT;

    if (!cls && !id)
        return false;
    al_buf_puts(&b, cls ? cls : "");
    al_buf_putc(&b, ' ');
    al_buf_puts(&b, id ? id : "");
    names = b.data ? al_text_fold(b.data) : NULL;
    al_buf_free(&b);
    for (size_t k = 0; names && gallery_words[k] && !hit; k++)
        hit = strstr(names, gallery_words[k]) != NULL;
    free(names);
    return hit;
}

/* The gallery container of node I: the nearest of I and its ancestors,
 * within GALLERY_MAX_DEPTH, whose class or id names a gallery and, with
 * PICTURES, that holds a picture (not its title's "gallery__title"
 * span); -1 when none. */
static int gallery_of(const al_dom *dom, int i, bool pictures)
{
    int depth;

    for (depth = 0; i >= 0 && depth < GALLERY_MAX_DEPTH; i = dom->nodes[i].parent, depth++)
        if ((!pictures || dom->nodes[i].img_count > 0) && names_gallery(dom, i))
            return i;
    return -1;
}

static bool in_gallery(const al_dom *dom, int i)
{
    return gallery_of(dom, i, false) >= 0;
}

/* Is node I the head of its gallery: a line above the gallery's first
 * picture ("Galeria zdjęć: Hala Targowa po remoncie", "Zdjęć: 3": its
 * title and count), the gallery being a box of pictures: it holds a
 * picture below I, no paragraph outside its figures, and no heading
 * below its first picture (a gallery in parts, "Day one" above the first
 * pictures and "Day two" further down, is headed by its first part). */
static bool gallery_head(const al_dom *dom, int i)
{
    int g = gallery_of(dom, i, true), j, first_img = -1;

    if (g < 0 || g == i || dom->nodes[g].tag == GUMBO_TAG_ARTICLE || dom->nodes[g].tag == GUMBO_TAG_MAIN ||
        dom->nodes[g].tag == GUMBO_TAG_BODY || dom->nodes[g].end - g > GALLERY_BOX_MAX_NODES)
        return false;
    for (j = g + 1; j < dom->nodes[g].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION) {
            if (first_img < 0 && dom->nodes[j].img_count > 0)
                first_img = j;
            j = dom->nodes[j].end - 1;   /* a slide: its caption may be in paragraphs */
        } else if (t == GUMBO_TAG_IMG && first_img < 0) {
            first_img = j;
        } else if (t == GUMBO_TAG_P && dom->nodes[j].text_len > 0) {
            return false;
        } else if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6 && first_img >= 0) {
            return false;
        }
    }
    return first_img > i && first_img >= dom->nodes[i].end;
}

/* Is S, at P, a counter "N of M" / "N/M" ending at a space or the end? */
static bool counter_at(const char *p)
{
    const char *end = al_counter_end(p, true);

    return end && (*end == '\0' || *end == ' ');
}

/* Does TEXT hold a counter, at the start of one of its words? */
static bool holds_counter(const char *text)
{
    const char *p;

    for (p = text; *p; p++)
        if (*p >= '0' && *p <= '9' && (p == text || p[-1] == ' ') && counter_at(p))
            return true;
    return false;
}

/* The parts of a URL or class list that name a print version: URL and
 * class vocabulary, not a language's ("printemps" is no such part). */
static const char *const print_words[] = { "print", "printer", "printable", NULL };

/* Does the value V (a URL, a class list) have a part, split at the
 * separators of URLs and class names, that names a print version
 * ("/wprm_print/4813", "?print=1", "tasty-recipes-print-link",
 * "printer-friendly")? */
static bool value_names_print(const char *v)
{
    return al_value_has_part(v, " \t\n-_/.?=&#", print_words);
}

/* A link to the page's own print version: its address or its class says
 * print ("Print Recipe", "Stampa la ricetta", "Rezept drucken"). */
static bool is_print_link(const al_dom *dom, int j)
{
    const char *href = al_dom_attr(dom, j, "href");

    return dom->nodes[j].tag == GUMBO_TAG_A && href &&
           (value_names_print(href) || value_names_print(al_dom_attr(dom, j, "class")));
}

/* Is node J a control: a <button>, role=button, or a link that leads
 * nowhere (href "#" or "javascript:"), its action done by a script, only
 * to another place of the page ("#comments": "Réagir", "Reply",
 * "#recipe": "Jump to Recipe"), or to the page's print version? */
static bool is_control(const al_dom *dom, int j)
{
    const char *role, *href;

    if (dom->nodes[j].tag == GUMBO_TAG_BUTTON)
        return true;
    if ((role = al_dom_attr(dom, j, "role")) && strcmp(role, "button") == 0)
        return true;
    return dom->nodes[j].tag == GUMBO_TAG_A && (href = al_dom_attr(dom, j, "href")) &&
           (href[0] == '#' || strncmp(href, "javascript:", 11) == 0 || is_print_link(dom, j));
}

/* Is the text T, outside links, only separators and white space ("|",
 * "·", "•")? *SEPS counts the separators. */
static bool only_separators(const char *t, int *seps)
{
    for (; *t; t++) {
        if (*t == '|')
            ++*seps;
        else if (strncmp(t, "\xC2\xB7", 2) == 0 || strncmp(t, "\xE2\x80\xA2", 3) == 0) {
            ++*seps;
            t += (unsigned char)*t == 0xC2 ? 1 : 2;
        } else if (!isspace((unsigned char)*t))
            return false;
    }
    return true;
}

/* A bar of controls: all of the block's text is in CONTROLS_MIN controls
 * or more, nothing between them but white space or a separator
 * ("Anterior Seguinte Ampliar Fechar", "Partilhar no Facebook Partilhar
 * no X", "Saltar a la receta · Imprimir receta"); a button that is chrome
 * by its class ("share") is left out, not taken for text, and a link
 * chrome by its own class ("share-button sb-facebook") counts as one of
 * the bar's controls whatever its address (*BY_CLASS, when not NULL, says
 * how many such links there are). A control dropped already (a print
 * link, by its address or class) of DROPPED_CONTROL_MIN_CHARS or more
 * still counts: its partner left alone ("Saltar a la receta ·") is the
 * same bar. A footnote's mark ("2") is shorter. */
/* The bytes of text under element I, dropped or not (its own
 * text_len counts none of a dropped subtree), for a small element of at
 * most DROPPED_SCAN_MAX_NODES nodes; 0 for a larger one (bounded work). */
static unsigned raw_text_len(const al_dom *dom, int i)
{
    unsigned len = 0;

    if (dom->nodes[i].end - i > DROPPED_SCAN_MAX_NODES)
        return 0;
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            len += dom->nodes[j].g ? (unsigned)strlen(dom->nodes[j].g->v.text.text) : 0;
    return len;
}

static bool control_bar(const al_item *it, const al_dom *dom, int *by_class)
{
    const al_node *n = &dom->nodes[it->node];
    int j, controls = 0, named = 0;

    if (n->text_len > it->text_len + RELATED_SLACK_CHARS)
        return false;                              /* one run of a larger element */
    for (j = it->node; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        if (j > it->node && c->text_len > 0 && c->tag == GUMBO_TAG_A && al_boilerplate_class(dom, j)) {
            controls++;                            /* a link chrome by its own class ("share-button") */
            named++;
            j = c->end - 1;
            continue;
        }
        if (j > it->node && (c->flags & (AL_NODE_DROP | AL_NODE_UNLIKELY))) {
            if (!(c->flags & AL_NODE_TEXT) && is_control(dom, j) &&
                raw_text_len(dom, j) >= DROPPED_CONTROL_MIN_CHARS)
                controls++;                        /* a dropped control: the bar's all the same */
            j = c->end - 1;                        /* dropped, or chrome by its class ("share") */
            continue;
        }
        if (c->text_len > 0 && is_control(dom, j)) {
            controls++;
            j = c->end - 1;
            continue;
        }
        if ((c->flags & AL_NODE_TEXT) && c->text_len > 0) {
            char *t = al_dom_text(dom, j, true);
            int seps = 0;
            bool words = t && t[0] && !only_separators(t, &seps);
            free(t);
            if (words)
                return false;                      /* text outside a control */
        }
    }
    if (by_class)
        *by_class = named;
    return controls >= CONTROLS_MIN;
}

/* A shop's price box: the block's own small box (at most
 * CONTROL_BOX_MAX_CHARS) holds a control (a button, an input or select, a
 * link that leads nowhere), and its text outside the controls is prices
 * (a number beside a currency sign or word, appeal.c's measure) and at
 * most PRICE_LABEL_MAX_WORDS words more ("Adviesprijs € 89,95 € 79,95 Op
 * verlanglijst", "Was $120 Now $95 Add to cart"). Any block of the box
 * is its chrome: the prices, or a control's label left alone when the
 * prices went ("Ajouter à ma liste d'envies"). A sentence that names a
 * price has more words; a price list without a button is no shop's box. */
static bool price_box(const al_item *it, const al_dom *dom)
{
    const al_node *box = &dom->nodes[it->node];
    al_buf rest = AL_BUF_INIT;
    al_appeal_features f;
    bool control = false;
    int j;

    if (box->text_len > CONTROL_BOX_MAX_CHARS)
        return false;
    for (j = it->node + 1; j < box->end; j++) {
        const al_node *c = &dom->nodes[j];
        GumboTag t = c->tag;
        if (!(c->flags & AL_NODE_TEXT) &&
            (t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT || is_control(dom, j))) {
            control = true;                        /* dropped or not, it is the box's */
            j = c->end - 1;
        } else if (c->flags & (AL_NODE_DROP | AL_NODE_UNLIKELY | AL_NODE_HIDDEN)) {
            j = c->end - 1;
        } else if (c->flags & AL_NODE_TEXT) {
            al_buf_puts(&rest, c->g->v.text.text);
            al_buf_putc(&rest, ' ');
        }
    }
    if (!control || !rest.data) {
        al_buf_free(&rest);
        return false;
    }
    al_appeal_measure(rest.data, &f);
    al_buf_free(&rest);
    return f.money > 0 && f.words <= PRICE_LABEL_MAX_WORDS + (size_t)f.money;
}

/* ---- junk rules: one row per rule ------------------------------------- */

/* What the rules see of one block, measured once. */
typedef struct {
    const al_item *it;
    const char *key;            /* its al_text_key */
    const al_meta *meta;
    const al_dom *dom;
    size_t words;               /* al_text_words(it->text) */
    double link_share;          /* al_item_link_share(it) */
    int appeal, pay;            /* lexicon counts of APPEAL and PAYMENT, -1 until asked */
    bool measured;              /* FEATURES is set (appeal.c), once asked */
    al_appeal_features features;
} junk_block;

typedef struct junk_rule junk_rule;

/* A junk rule. The loop in junk_rule_fired() applies KIND and MAX_WORDS;
 * the predicate FIRES reads the other limits from its row. */
struct junk_rule {
    const char *name;           /* what al_block_junk_rule() returns */
    int kind;                   /* the block kind it judges, or ANY_KIND */
    size_t max_words;           /* only blocks of at most this many words (0: any length) */
    size_t short_words;         /* at most this many words: short enough without more evidence */
    double min_link_share;      /* or at least this share of its text in links */
    int min_hits;               /* distinct lexicon phrases needed (payment details) */
    bool (*fires)(junk_block *b, const junk_rule *r);
    const char *reason;         /* the evidence, in one line */
    const char *fixture;        /* the golden page or unit test that shows it */
};

#define ANY_KIND (-1)

static int appeal_count(junk_block *b)
{
    if (b->appeal < 0)
        b->appeal = al_lexicon_count(AL_LEX_APPEAL, b->key);
    return b->appeal;
}

/* The block's appeal features (appeal.c), measured once. */
/* A hash of TEXT (FNV-1a), to tell a cache's text from another. */
static unsigned long long text_hash(const char *text)
{
    unsigned long long h = 14695981039346656037ULL;

    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h;
}

/* IT's appeal features (appeal.c), measured once for its text: the junk
 * rules, the appeal rule and the appeal sections of every pass all ask,
 * and measuring (a language guess, every table's words) was half of the
 * extraction's time on a long page. The cache is the item's own; a text
 * changed since is measured again. KEY is its text's al_text_key() when
 * the caller holds it, else NULL. */
static const al_appeal_features *item_features_keyed(const al_item *cit, const char *key)
{
    al_item *it = (al_item *)cit;       /* only its cache is written */
    unsigned long long h = text_hash(it->text);

    if (!it->measured || it->features_of != h) {
        al_appeal_measure_keyed(it->text, key, &it->features);
        it->features_of = h;
        it->measured = true;
    }
    return &it->features;
}

static const al_appeal_features *item_features(const al_item *cit)
{
    return item_features_keyed(cit, NULL);
}

static const al_appeal_features *features(junk_block *b)
{
    if (!b->measured) {
        b->features = *item_features(b->it);
        b->measured = true;
    }
    return &b->features;
}

/* Does the block speak as the site ("we", "our") or to the reader? */
static bool site_or_reader(junk_block *b)
{
    return features(b)->address || features(b)->self;
}

static int pay_count(junk_block *b)
{
    if (b->pay < 0)
        b->pay = al_lexicon_count(AL_LEX_PAYMENT, b->key);
    return b->pay;
}

static bool linked(const junk_block *b, const junk_rule *r)
{
    return b->link_share >= r->min_link_share;
}

static bool is_short(const junk_block *b, const junk_rule *r)
{
    return b->words <= r->short_words;
}

static bool fires_no_words(junk_block *b, const junk_rule *r)
{
    (void)r;
    return !b->key[0] && b->it->kind != ALOUD_BLOCK_TABLE_ROW;
}

static bool fires_control_label(junk_block *b, const junk_rule *r)
{
    (void)r;
    return control_label(b->it, b->dom);
}

/* An empty slot's label: a line of at most the row's 3 words and no
 * sentence whose element also holds an empty box (a <div>, <ins> or
 * <aside> with no text, picture, embed or control), the slot a script
 * fills: an ad's "Sponsored content", "Pubblicità", "Anzeige" above
 * <div id="gpt-mid-1"></div>. The label introduces nothing a listener
 * will hear. The element holds nothing else to read (SLOT_BOX_SLACK
 * characters at most): a story's crosshead is a line of a larger one. */
#define SLOT_BOX_SLACK 4

static bool fires_slot_label(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    const al_node *box = &dom->nodes[b->it->node];

    (void)r;
    if (b->it->kind != ALOUD_BLOCK_PARAGRAPH || has_sentence_end(b->it->text) ||
        box->text_len > b->it->text_len + SLOT_BOX_SLACK)
        return false;                   /* the element holds more to read: a crosshead in a story */
    for (int j = b->it->node + 1; j < box->end; j++) {
        const al_node *n = &dom->nodes[j];
        if ((n->tag == GUMBO_TAG_DIV || n->tag == GUMBO_TAG_INS || n->tag == GUMBO_TAG_ASIDE) &&
            !(n->flags & AL_NODE_TEXT) && n->text_len == 0 && n->img_count == 0 && n->embed_count == 0 &&
            n->input_count == 0)
            return true;
    }
    return false;
}

/* An embed's line: a short line and no sentence that shares a small box
 * with an embedded frame, map or player (an <iframe>, <embed>, <object>
 * or <video>) and nothing else to read: "Bekijk de wandelroute op Google
 * Maps" under a map, "Watch on YouTube" under a player. The listener
 * hears nothing of what it points to. The box is the line's element or an
 * ancestor within EMBED_BOX_DEPTH holding an embed and at most
 * EMBED_BOX_SLACK characters more than the line (and EMBED_BOX_MAX_NODES
 * nodes, so each line looks at so many); a figure's caption
 * (a kind of its own) stays, and so do a sentence about the video and
 * the writer's lead-in to it, ending with a colon ("Here's a video from
 * the launch:", Dragnet R226). The line may be the video's title, as
 * long as a headline: at most EMBED_LINE_MAX_WORDS words ("VIDEO | Cum
 * arată noul pod de la Valea Sasului filmat din dronă" over a player). */
static bool lead_in(const char *text)
{
    size_t n = strlen(text);

    while (n > 0 && isspace((unsigned char)text[n - 1]))
        n--;
    return n > 0 && text[n - 1] == ':';
}

#define EMBED_LINE_MAX_WORDS 15          /* a video card's title, as VIDEO_CARD_MAX_WORDS */
#define EMBED_BOX_DEPTH 2
#define EMBED_BOX_SLACK 4
#define EMBED_BOX_MAX_NODES 100

/* True when node BOX, or an ancestor of it within EMBED_BOX_DEPTH, holds
 * an <iframe>, <embed>, <object> or <video> and at most SLACK characters
 * more than LEN (and EMBED_BOX_MAX_NODES nodes). */
static bool embed_box(const al_dom *dom, int box, size_t len, size_t slack)
{
    for (int depth = 0; box >= 0 && depth <= EMBED_BOX_DEPTH; depth++, box = dom->nodes[box].parent) {
        const al_node *n = &dom->nodes[box];
        if (n->tag == GUMBO_TAG_BODY || n->text_len > len + slack || n->end - box > EMBED_BOX_MAX_NODES)
            return false;
        for (int j = box + 1; j < n->end; j++)
            if (!(dom->nodes[j].flags & AL_NODE_TEXT) &&
                (dom->nodes[j].tag == GUMBO_TAG_IFRAME || dom->nodes[j].tag == GUMBO_TAG_EMBED ||
                 dom->nodes[j].tag == GUMBO_TAG_OBJECT || dom->nodes[j].tag == GUMBO_TAG_VIDEO))
                return true;
    }
    return false;
}

static bool fires_embed_line(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;

    (void)r;
    if (!dom || b->it->node < 0 || b->it->node >= dom->count || has_sentence_end(b->it->text) ||
        lead_in(b->it->text))
        return false;
    return embed_box(dom, b->it->node, b->it->text_len, EMBED_BOX_SLACK);  /* the embed is dropped as chrome itself */
}

/* An embed's instructions: a line or caption that tells the reader to
 * operate a frame, map or player beside it ("Interaktive Karte: Tippen
 * Sie auf Ihren Bezirk, um die aktuelle Warnstufe zu sehen.", "Mapa
 * interativo: toque num distrito para ver o aviso."): at most the row's
 * words, a sentence or not, with a word of operating a widget
 * ([extract.widget_action]: "tap", "klicken Sie", "toque"), in a box
 * found as for an embed's line that holds an <iframe>, <embed>, <object>
 * or <video> and at most EMBED_PROMPT_SLACK characters more than the
 * block (a caption's credit, "Fonte: IPMA", is cut from its text). The
 * listener can operate nothing; a sentence about what the map shows has
 * no such word and stays. */
#define EMBED_PROMPT_SLACK 40

static bool fires_embed_prompt(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->dom && b->it->node >= 0 && b->it->node < b->dom->count &&
           al_block_key_has_table_word(b->key, "extract.widget_action") &&
           embed_box(b->dom, b->it->node, b->it->text_len, EMBED_PROMPT_SLACK);
}

/* A prompt about the site itself, set in a small box inside the article:
 * the reader told to log in or sign up to do something on the site ("Zaloguj
 * się, aby dodać artykuł do ulubionych ... Nie masz konta?" over its links
 * "Zaloguj się" "Załóż konto") or to turn off an ad blocker ("Wyłącz
 * AdBlocka na naszej stronie."): none of it is the story. Evidence:
 * language data for the verbs, said to the reader ([extract.site_action]:
 * "log in", "sign up", "zaloguj", "melde dich an", "désactivez": imperatives,
 * or the forms with the reader's pronoun), in a paragraph of at most the
 * row's words, not quoted, not a list item (a how-to's step "Log in to
 * your bank's app" is the story); its box (its own element when not a <p>,
 * else the <p>'s parent; not <body>) holds at most SITE_PROMPT_BOX_CHARS
 * characters, the prompt and its buttons, so a story's paragraph, whose
 * parent is the article's body, is never one; and the box does what the
 * prompt asks (a link or a button: "Zaloguj się", "Załóż konto") or the
 * block speaks as the site ("na naszej stronie": appeal.c's self). A tip
 * told to the reader with no button and no site's "we" ("Turn off the
 * oven and let it rest") stays (b48-pl-schronisko-zgoda-rodo-nakladka,
 * es-diario-mercado-abastos-sesion). */
#define SITE_PROMPT_BOX_CHARS 320

static bool quoted(const char *text);

static bool fires_site_prompt(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node, box, j;

    (void)r;
    if (!dom || i < 0 || i >= dom->count || dom->nodes[i].tag == GUMBO_TAG_LI ||
        !al_block_key_has_table_word(b->key, "extract.site_action") || quoted(b->it->text))
        return false;
    box = dom->nodes[i].tag == GUMBO_TAG_P ? dom->nodes[i].parent : i;
    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || dom->nodes[box].tag == GUMBO_TAG_LI ||
        dom->nodes[box].text_len > SITE_PROMPT_BOX_CHARS)
        return false;
    if (features(b)->self)
        return true;                    /* the site's own page, "na naszej stronie" */
    for (j = box + 1; j < dom->nodes[box].end; j++) {
        const al_node *n = &dom->nodes[j];
        if (n->flags & AL_NODE_TEXT)
            continue;
        if ((n->tag == GUMBO_TAG_A && al_dom_attr(dom, j, "href")) || n->tag == GUMBO_TAG_BUTTON ||
            n->tag == GUMBO_TAG_INPUT)
            return true;                /* the button that does what it asks */
    }
    return false;
}

/* An embed's consent line ("Kliknij, aby załadować treści z YouTube.",
 * "Click to load content from YouTube", "Mit dem Laden des Videos
 * akzeptieren Sie die Datenschutzerklärung von YouTube."): at most the
 * row's words, a sentence or not, with a word of loading
 * ([extract.embed_load]: "load", "laden", "załadować") and the service
 * that serves the embed ([extract.embed_source] in mul.txt: "YouTube",
 * "Vimeo", "Google Maps"), in a box of at most EMBED_CONSENT_SLACK
 * characters more than the line (the button's "Załaduj film", a "Mehr
 * erfahren" link) that holds the embed or, where the consent tool put a
 * placeholder instead, a <button> or button input that loads it (found
 * as for an embed's line: EMBED_BOX_DEPTH ancestors, EMBED_BOX_MAX_NODES
 * nodes). It asks the eye for consent; the listener hears the article's
 * own sentence about the video, which sits in no such box. */
#define EMBED_CONSENT_SLACK 40

static bool consent_box(const al_dom *dom, int box, size_t len)
{
    for (int depth = 0; box >= 0 && depth <= EMBED_BOX_DEPTH; depth++, box = dom->nodes[box].parent) {
        const al_node *n = &dom->nodes[box];
        if (n->tag == GUMBO_TAG_BODY || n->text_len > len + EMBED_CONSENT_SLACK || n->end - box > EMBED_BOX_MAX_NODES)
            return false;
        for (int j = box + 1; j < n->end; j++) {
            const al_node *c = &dom->nodes[j];
            const char *type;
            if (c->flags & AL_NODE_TEXT)
                continue;
            if (c->tag == GUMBO_TAG_IFRAME || c->tag == GUMBO_TAG_EMBED || c->tag == GUMBO_TAG_OBJECT ||
                c->tag == GUMBO_TAG_VIDEO || c->tag == GUMBO_TAG_BUTTON ||
                (c->tag == GUMBO_TAG_INPUT && (type = al_dom_attr(dom, j, "type")) &&
                 (!strcasecmp(type, "button") || !strcasecmp(type, "submit"))))
                return true;
        }
    }
    return false;
}

static bool fires_embed_consent(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->dom && b->it->node >= 0 && b->it->node < b->dom->count &&
           al_block_key_has_table_word(b->key, "extract.embed_source") &&
           al_block_key_has_table_word(b->key, "extract.embed_load") &&
           consent_box(b->dom, b->it->node, b->it->text_len);
}

/* An embed's consent placeholder: where a consent tool holds back an
 * embedded post (Instagram, Facebook, X, YouTube) until the reader
 * agrees, it puts a small box in the embed's place: a title ("Externer
 * Inhalt"), a line that names the service and asks for consent ("Ten
 * materiał pochodzi z serwisu Facebook. Aby go wyświetlić, musisz wyrazić
 * zgodę ..."), a <button> that loads the post and often a link to the
 * privacy policy. Evidence, with no class word: the block lies in a box
 * (itself or one of its EMBED_BOX_DEPTH ancestors) of at most
 * PLACEHOLDER_MAX_CHARS characters and EMBED_BOX_MAX_NODES nodes that
 * holds a <button> or button input, and whose text, the button's label
 * included, names a service of [extract.embed_source] and has a word of
 * consent ([extract.embed_consent]: "zgodę", "toestemming", "stimmen
 * Sie") or of loading ([extract.embed_load]). Every line of that box
 * is for the eye: the listener hears the article's own sentences, which
 * sit in no such box; a box that names the service without asking for
 * consent (a follow button) stays. */
#define PLACEHOLDER_MAX_CHARS 400

/* Does text key KEY name a service of [extract.embed_source] and ask for
 * consent or for loading it? */
static bool asks_for_embed(const char *key)
{
    return al_block_key_has_table_word(key, "extract.embed_source") &&
           (al_block_key_has_table_word(key, "extract.embed_consent") ||
            al_block_key_has_table_word(key, "extract.embed_load"));
}

/* Does one element inside BOX ask so on its own: the placeholder's line
 * ("Deze inhoud wordt aangeboden door Instagram ... toestemming"), not
 * a service's name in one line and a word of loading in another of a
 * story's own box? */
static bool placeholder_line(const al_dom *dom, int box)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        char *t, *key;
        bool asks;

        if ((dom->nodes[j].flags & AL_NODE_TEXT) || !dom->nodes[j].text_len || !(t = al_dom_text(dom, j, false)))
            continue;
        key = al_text_key(t);
        free(t);
        asks = key && asks_for_embed(key);
        free(key);
        if (asks)
            return true;
    }
    return false;
}

static bool placeholder_box(const al_dom *dom, int box)
{
    for (int depth = 0; box >= 0 && depth <= EMBED_BOX_DEPTH; depth++, box = dom->nodes[box].parent) {
        const al_node *n = &dom->nodes[box];
        bool button = false;
        char *t, *key;

        if (n->tag == GUMBO_TAG_BODY || n->text_len > PLACEHOLDER_MAX_CHARS ||
            n->end - box > EMBED_BOX_MAX_NODES)
            return false;
        for (int j = box + 1; j < n->end && !button; j++) {
            const al_node *c = &dom->nodes[j];
            const char *type;
            if (c->flags & AL_NODE_TEXT)
                continue;
            button = c->tag == GUMBO_TAG_BUTTON ||
                     (c->tag == GUMBO_TAG_INPUT && (type = al_dom_attr(dom, j, "type")) &&
                      (!strcasecmp(type, "button") || !strcasecmp(type, "submit")));
        }
        if (!button || !(t = al_dom_text(dom, box, false)))
            continue;
        key = al_text_key(t);
        free(t);
        if (!key)
            continue;
        button = asks_for_embed(key);
        free(key);
        if (button && placeholder_line(dom, box))
            return true;
    }
    return false;
}

static bool fires_embed_placeholder(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->dom && b->it->node >= 0 && b->it->node < b->dom->count &&
           placeholder_box(b->dom, b->it->node);
}

static bool in_figure(const al_dom *dom, int i);

/* A control's line: a few words more than a label (up to
 * CONTROL_LINE_MAX_WORDS written apart: a compound's hyphen joins),
 * no sentence, in the small box of a button, an input or a select that
 * holds nothing else to read but the controls' own words (at most
 * CONTROL_LINE_SLACK characters more than the line, a <button>'s text and
 * white space aside: an indented template puts a space between each
 * control and the next), outside a figure and no caption: an audio
 * player's "Wersja audio generowana automatycznie" beside its "Posłuchaj
 * tekstu" button, a live blog's "Auto-update is on 14 updates" beside its
 * "Refresh for new updates" button (b27-en-us-live-ice-storm-power), or
 * its "6 opdateringer" beside "Opdater" and the "Automatisk opdatering"
 * checkbox (b31-da-liveblog-signalfejl-lillebaelt). A caption beside a
 * zoom button stays, and so does a sentence; so do the links under a
 * heading and a paragraph in a box that also holds buttons ("Try it
 * now", "Learn more" under "Themes" beside the theme pickers). */
#define CONTROL_LINE_SLACK 3

/* The characters of S that are not white space: what a line shows,
 * however its template is indented ("6 opdateringer" and "Automatisk
 * opdatering" in a toolbar, a space before and after each control). */
static size_t ink_chars(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80 && !isspace((unsigned char)*s) &&
            !((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0))
            n++;
    return n;
}

/* The characters of box I's text outside its <button>s, white space left
 * out (CONTROL_BOX_MAX_CHARS at most: control_label's box, so the walk is
 * short). */
static size_t ink_beside_buttons(const al_dom *dom, int i)
{
    size_t n = 0;

    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        const al_node *c = &dom->nodes[j];
        if (c->flags & AL_NODE_TEXT)
            n += c->g && c->g->v.text.text ? ink_chars(c->g->v.text.text) : 0;
        else if (c->tag == GUMBO_TAG_BUTTON)
            j = c->end - 1;
    }
    return n;
}

/* The words of TEXT written apart: "Auto-update" is one. */
static size_t spaced_words(const char *text)
{
    size_t n = 0;

    for (const char *p = text; *p; p += strspn(p, " ")) {
        n++;
        p += strcspn(p, " ");
    }
    return n;
}

#define CONTROL_LINE_MAX_WORDS 5

static bool fires_control_line(junk_block *b, const junk_rule *r)
{
    (void)r;
    return spaced_words(b->it->text) <= CONTROL_LINE_MAX_WORDS && b->it->kind != ALOUD_BLOCK_CAPTION && !has_sentence_end(b->it->text) &&
           !in_figure(b->dom, b->it->node) && control_label(b->it, b->dom) &&
           ink_beside_buttons(b->dom, b->it->node) <= ink_chars(b->it->text) + CONTROL_LINE_SLACK;
}

/* A wire's sign-off: the editors' initials, each followed by a slash,
 * and nothing else ("ad/ mk/", "mmi/ kw/ par/"): two to SIGNOFF_MAX_GROUPS
 * groups of one to SIGNOFF_MAX_LETTERS small letters. A unit ("km/h") or
 * "and/or" has a group with no slash after it. */
#define SIGNOFF_MAX_GROUPS 6
#define SIGNOFF_MAX_LETTERS 5

static bool fires_wire_signoff(junk_block *b, const junk_rule *r)
{
    const char *p = b->it->text;
    size_t groups = 0, slashes = 0, run = 0;

    (void)r;
    for (; *p; p++) {
        if (*p >= 'a' && *p <= 'z') {
            if (++run > SIGNOFF_MAX_LETTERS)
                return false;
            groups += run == 1;
        } else if (*p == '/' && run) {
            slashes++;
            run = 0;
        } else if (*p == ' ' && !run) {
            continue;                     /* after a slash */
        } else {
            return false;
        }
    }
    return !run && groups >= 2 && groups <= SIGNOFF_MAX_GROUPS && slashes == groups;
}

/* A newsroom's sign-off: a line of organisations and nothing else, the
 * newsroom, the site, agencies, joined by commas, slashes or "and"
 * (meta.c's al_meta_joins_organisations: "red, ORF.at/Agenturen",
 * "Redaktion/dpa"), not ending as a sentence, with a letter in lower
 * case: a line in capitals only ("LIFE AND STYLE", a game's "PAPO & YO")
 * is a label or a title whose every word has an acronym's shape. A
 * sign-off says who put the story together where a byline would name a
 * person; the metadata reads no person in it, and the listener has
 * nothing to hear in it either (tests/pages/b30-de-at-orf-seilbahn-
 * tarif-links with its classes stripped, de-at-regional-wildtierstation-
 * red-apa). */
static bool has_lower(const char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            return true;
    return false;
}

static bool fires_newsroom_signoff(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->meta && !al_block_ends_sentence(b->it->text) && has_lower(b->it->text) &&
           al_meta_joins_organisations(b->meta, b->dom, b->it->text);
}

/* A post's signature (fires_post_signature): at most this many words;
 * its <blockquote> is found within POST_SIGNATURE_DEPTH elements up and
 * holds POST_SIGNATURE_MIN_POST_CHARS more than the line, the post. */
#define POST_SIGNATURE_MAX_WORDS 16
#define POST_SIGNATURE_DEPTH 2
#define POST_SIGNATURE_MIN_POST_CHARS 12
/* ... and the block before names the poster by a word of at least this
 * many bytes ("Devon", "SAAE"; not "de", "of"). */
#define POST_NAME_MIN_BYTES 4
/* The element before E among its parent's children that holds text, or
 * -1: what the page shows right before E. */
static int text_sibling_before(const al_dom *dom, int e)
{
    int p = dom->nodes[e].parent, c, last = -1;

    if (p < 0)
        return -1;
    for (c = p + 1; c < e; c = dom->nodes[c].end)
        if (!(dom->nodes[c].flags & AL_NODE_TEXT) && dom->nodes[c].text_len > 0)
            last = c;
    return last;
}

/* The heading of the section that holds node Q: the nearest <h1>-<h6>
 * before Q in the page's order, looked for among the POST_HEADING_REACH
 * nodes before Q (an entry of a live blog: its heading, a paragraph or
 * two, the post); -1 when none is that near. */
#define POST_HEADING_REACH 200

static int heading_before(const al_dom *dom, int q)
{
    for (int j = q - 1; j >= 0 && j >= q - POST_HEADING_REACH; j--) {
        GumboTag t = dom->nodes[j].tag;
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)
            return dom->nodes[j].end > q ? -1 : j;
    }
    return -1;
}

/* Does node E's text hold a word of NAME of POST_NAME_MIN_BYTES or more? */
static bool node_names(const al_dom *dom, int e, const char *name)
{
    char *text, *key;
    bool named;

    if (e < 0 || !(text = al_dom_text(dom, e, true)))
        return false;
    key = al_text_key(text);
    named = key && al_key_names(key, name, POST_NAME_MIN_BYTES);
    free(key);
    free(text);
    return named;
}

/* Has the article named the poster of signature T ("— NAME (@handle)
 * ...") before quote Q: a word of NAME of POST_NAME_MIN_BYTES or more in
 * the block shown right before Q or before its wrapper (a <figure>),
 * within POST_SIGNATURE_DEPTH elements up, or in the heading of the
 * section that holds Q (a live blog's entry: "La lluvia afloja en la
 * costa, pero la Aemet no levanta el aviso" over "la agencia recuerda
 * ..." and AEMET's post; b23-es-directo-dana-costa-granada)? */
static bool poster_named_before(const al_dom *dom, int q, const char *t)
{
    const char *at = strstr(t, "(@");
    char *name;
    int e = q, prev = -1, up;
    bool named;

    if (!at || !(name = al_strndup(t, (size_t)(at - t))))
        return false;
    for (up = 0; e >= 0 && up <= POST_SIGNATURE_DEPTH && prev < 0; up++, e = dom->nodes[e].parent)
        prev = text_sibling_before(dom, e);
    named = node_names(dom, prev, name) || node_names(dom, heading_before(dom, q), name);
    free(name);
    return named;
}

/* Has a paragraph before quote Q named the poster of signature T, whose
 * words before the handle open with the network's words ("Post
 * udostępniony przez NAME (@handle)", "A post shared by NAME"): a
 * capitalised word of POST_NAME_MIN_BYTES or more after T's first, in a
 * <p> before Q? The story named the poster ("Poznańskie Wydawnictwo Gród
 * wydało grę ...") and its intro says "the publisher wrote:". */
static bool poster_named_in_story(const al_dom *dom, int q, const char *t)
{
    const char *at = strstr(t, "(@"), *w = t + strcspn(t, " ");
    bool named = false;

    while (at && w < at && !named) {
        size_t n;
        char *word, *key;
        w += strspn(w, " ");
        n = strcspn(w, " ");
        if (w + n > at)
            n = (size_t)(at - w);
        if (n >= POST_NAME_MIN_BYTES && isupper((unsigned char)w[0]) && (word = al_strndup(w, n))) {
            key = al_text_key(word);
            for (int j = 0; key && *key && j < q && !named; j++) {
                char *pt, *pk;
                if (dom->nodes[j].tag != GUMBO_TAG_P || !(pt = al_dom_text(dom, j, true)))
                    continue;
                pk = al_text_key(pt);
                named = pk && al_key_has_words(pk, key);
                free(pk);
                free(pt);
                j = dom->nodes[j].end - 1;
            }
            free(key);
            free(word);
        }
        w += n;
    }
    return named;
}

/* An embedded post's signature: the line an embed's markup closes its
 * <blockquote> with, after the post's own text ("— Devon & Cornwall
 * Police (@DC_Police) February 9, 2024", "— SAAE (@saae.bsky.social) 3
 * de dezembro de 2026 às 10:02"; with no dash, the quote's last line and
 * no sentence, the network's words before the name, "Post udostępniony
 * przez NAME (@handle) · DATE · 1 203 polubienia", its poster named by a
 * paragraph before the quote): a dash first, a handle in brackets
 * after the poster's name, a year, in a quote that holds more than the
 * line, whose poster the block before the quote names ("Devon and
 * Cornwall police posted this:"). The post is read; the network's handle
 * and the post's timestamp are the widget's. A quote the article does
 * not introduce keeps its signature: it is all that says who wrote it;
 * so does one whose intro only describes the poster, a person's role or
 * an organisation's task ("Prezes spółki zamieścił ...:", "El servicio
 * de emergencias de la comunidad difundió ...:" over "— SOS Rioja 112
 * (@SOSRioja112) ...": b31-pl-relacja-awaria-cieplownicza-tweet-sonda,
 * b33-es-diario-granizada-rioja-vea-tambien): no word of the page says
 * which name the description stands for. */
static bool fires_post_signature(junk_block *b, const junk_rule *r)
{
    const char *t = b->it->text, *p;
    const al_dom *dom = b->dom;
    int q = b->it->node, up;
    bool year = false, dash;

    (void)r;
    dash = strncmp(t, "\xE2\x80\x94 ", 4) == 0 || strncmp(t, "\xE2\x80\x93 ", 4) == 0 || strncmp(t, "- ", 2) == 0;
    if (!dash && al_block_ends_sentence(t))
        return false;                                   /* "— ", "– ", "- ", or a line of no sentence */
    for (up = 0; q >= 0 && up < POST_SIGNATURE_DEPTH && dom->nodes[q].tag != GUMBO_TAG_BLOCKQUOTE; up++)
        q = dom->nodes[q].parent;
    if (q < 0 || dom->nodes[q].tag != GUMBO_TAG_BLOCKQUOTE ||
        dom->nodes[q].text_len < b->it->text_len + POST_SIGNATURE_MIN_POST_CHARS)
        return false;                                   /* not a quote, or the line is all of it */
    for (int j = dom->nodes[b->it->node].end; !dash && j < dom->nodes[q].end; j++)
        if (dom->nodes[j].text_len > 0 && !(dom->nodes[j].flags & (AL_NODE_TEXT | AL_NODE_DROP)))
            return false;                               /* with no dash, the quote's last line */
    for (p = t; *p && !year; p++)
        year = (p == t || !isdigit((unsigned char)p[-1])) && (p[0] == '1' || p[0] == '2') &&
               (p[1] == '9' || p[1] == '0') && isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
               !isdigit((unsigned char)p[4]);
    p = strstr(t, "(@");
    return year && p && isalnum((unsigned char)p[2]) &&
           (poster_named_before(dom, q, t) || (!dash && poster_named_in_story(dom, q, t)));
}


/* A forum poster's signature, where no class names it: the block's
 * element is the last with text of its box, and the element right
 * before it opens with a heading that says the thread's title (the page's
 * title, "Re: ..." before it or not: phpBB, vBulletin and the like head
 * every post so) and holds the post's text after it. The post's text is
 * in the element its heading opens; a line set after that element, in
 * the post's box, is the poster's own line under every post ("Huerto
 * urbano en cuatro metros cuadrados y mucha paciencia.":
 * tests/pages/es-foro-limonero-maceta with --strip-classes). At most
 * FORUM_SIGNATURE_MAX_WORDS words, one sentence at most. */
#define FORUM_SIGNATURE_MAX_WORDS 16
#define FORUM_POST_MIN_CHARS 40

/* The heading element EL opens with, at any depth (the first words in EL
 * are in it), an <h2> to <h6> that says the words of TITLE (the
 * thread's title, "Re: " before it or not), when EL holds MIN_MORE
 * characters or more after it and FORUM_TITLE_HEADINGS headings of the
 * page or more say the title (one per post): its node, or -1. */
#define FORUM_TITLE_HEADINGS 3

static int thread_heading(const al_dom *dom, int el, const char *title, unsigned min_more)
{
    int head = -1, j, heads;
    char *text, *hk, *tk;
    bool hit;

    for (j = el + 1; j < dom->nodes[el].end && head < 0; j++) {
        GumboTag t = dom->nodes[j].tag;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].text_len > 0 &&
            !(dom->nodes[j].g && dom->nodes[j].g->type == GUMBO_NODE_WHITESPACE))
            return -1;                  /* text before any heading */
        if (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6 && dom->nodes[j].text_len > 0)
            head = j;
    }
    if (head < 0 || dom->nodes[el].text_len < dom->nodes[head].text_len + min_more ||
        !(text = al_dom_text(dom, head, true)))
        return -1;
    hk = al_text_key(text);
    tk = al_text_key(title);
    hit = hk && tk && *tk && al_key_has_words(hk, tk);
    free(hk);
    free(text);
    /* a thread heads each post with its title: a post's recipe card
     * under the title's own heading is no thread
     * (b25-fr-recette-gratin-dauphinois) */
    for (j = 0, heads = 0; hit && j < dom->count && heads < FORUM_TITLE_HEADINGS; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6 && !(dom->nodes[j].flags & AL_NODE_TEXT) &&
            dom->nodes[j].text_len > 0 && (text = al_dom_text(dom, j, true))) {
            hk = al_text_key(text);
            heads += hk && al_key_has_words(hk, tk);
            free(hk);
            free(text);
            j = dom->nodes[j].end - 1;
        }
    }
    free(tk);
    return hit && heads >= FORUM_TITLE_HEADINGS ? head : -1;
}

static bool fires_forum_signature(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int s = b->it->node, parent, post = -1, j;

    (void)r;
    if (!dom || s < 0 || !b->meta || !b->meta->title || (parent = dom->nodes[s].parent) < 0 ||
        strstr(b->it->text, ". ") || strstr(b->it->text, "! ") || strstr(b->it->text, "? "))
        return false;
    for (j = parent + 1; j < dom->nodes[parent].end; j = dom->nodes[j].end) {
        if (j == s)
            break;
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].text_len > 0)
            post = j;
    }
    if (j != s || post < 0)
        return false;
    for (j = dom->nodes[s].end; j < dom->nodes[parent].end; j = dom->nodes[j].end)
        if (dom->nodes[j].text_len > 0 && !(dom->nodes[j].g && dom->nodes[j].g->type == GUMBO_NODE_WHITESPACE))
            return false;               /* not the box's last line */
    return thread_heading(dom, post, b->meta->title, FORUM_POST_MIN_CHARS) >= 0;
}

/* A forum poster's card beside the post, where no class names it: the
 * block is an item of a list (<dl>, <ul>) set right before the element
 * that opens with the post's heading saying the thread's title
 * (thread_heading), every item of it a short line, no sentence: the
 * poster's name, rank and counts ("Moderadora", "Mensajes: 9412",
 * "Registrado: 02 Feb 2011": tests/pages/es-foro-limonero-maceta with
 * --strip-classes). The post's name line says who wrote it. */
#define FORUM_CARD_MAX_CHARS 400
#define FORUM_CARD_ITEM_MAX_WORDS 6

static bool fires_forum_profile(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int list = b->it->node, up, j, next;

    (void)r;
    if (!dom || list < 0 || !b->meta || !b->meta->title)
        return false;
    for (up = 0; list >= 0 && up < 2 && dom->nodes[list].tag != GUMBO_TAG_DL && dom->nodes[list].tag != GUMBO_TAG_UL;
         up++)
        list = dom->nodes[list].parent;
    if (list < 0 || (dom->nodes[list].tag != GUMBO_TAG_DL && dom->nodes[list].tag != GUMBO_TAG_UL) ||
        dom->nodes[list].text_len > FORUM_CARD_MAX_CHARS)
        return false;
    for (next = dom->nodes[list].end; next < dom->count && next < dom->nodes[dom->nodes[list].parent].end &&
                                      (dom->nodes[next].flags & AL_NODE_TEXT);
         next = dom->nodes[next].end)
        ;
    if (next >= dom->count || next >= dom->nodes[dom->nodes[list].parent].end ||
        thread_heading(dom, next, b->meta->title, FORUM_POST_MIN_CHARS) < 0)
        return false;
    for (j = list + 1; j < dom->nodes[list].end; j = dom->nodes[j].end) {
        char *text;
        bool ok;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) || dom->nodes[j].text_len == 0)
            continue;
        if (!(text = al_dom_text(dom, j, true)))
            return false;
        ok = al_text_words(text) <= FORUM_CARD_ITEM_MAX_WORDS && !al_block_ends_sentence(text);
        free(text);
        if (!ok)
            return false;
    }
    return true;
}

/* An embedded post's head: a line of at most POST_HEAD_MAX_WORDS words
 * (an institution's name of four, its handle, which an underscore splits
 * in two, and the button: "Wojewódzkie Centrum Zarządzania Kryzysowego
 * @WCZK_Dolny Obserwuj", b29-pl-relacja-powodz-kamienna-bystra), no sentence, that shows a handle ("@ipma@social.gov.pt", "@harbour")
 * and links to that handle's own page, a button of at most two words
 * ("IPMA @ipma@social.gov.pt Seguir", the link to
 * https://social.gov.pt/@ipma; "Follow" to x.com/harbour), or has such a
 * button that leads nowhere ("#", a script: "MnDOT Metro @MnDOTmetro
 * Follow", b27-en-us-live-ice-storm-power). The name, the handle and the
 * button are the widget's; the post below is read. */
#define POST_HEAD_MAX_WORDS 8
#define POST_HEAD_MAX_NODES 64
static bool fires_post_head(junk_block *b, const junk_rule *r)
{
    const char *t = b->it->text, *at = t;
    const al_dom *dom = b->dom;
    int i = b->it->node;
    char user[64], host[128];
    size_t un, hn = 0;

    (void)r;
    if (al_block_ends_sentence(t))
        return false;
    while ((at = strchr(at, '@')) && at != t && at[-1] != ' ')
        at++;                                           /* an e-mail address is no handle */
    if (!at || !isalnum((unsigned char)at[1]) || (un = strcspn(at + 1, "@ \t\n")) >= sizeof(user))
        return false;
    memcpy(user, at + 1, un);
    user[un] = '\0';
    if (at[1 + un] == '@' && (hn = strcspn(at + 2 + un, " \t\n")) < sizeof(host)) {
        memcpy(host, at + 2 + un, hn);
        host[hn] = '\0';
    }
    /* the line's own nodes come first: a head is a few of them, and a
     * box's last line may stand over all the page's nodes (nesting.c) */
    for (int j = i; j < dom->nodes[i].end && j < i + POST_HEAD_MAX_NODES; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        const char *path, *end;
        char *text;
        bool head;

        if (href && (href[0] == '#' || strncasecmp(href, "javascript:", 11) == 0)) {
            text = al_dom_text(dom, j, true);       /* a button that leads nowhere: "Follow" */
            head = text && *text != '@' && al_text_words(text) >= 1 && al_text_words(text) <= 2;
            free(text);
            if (head)
                return true;
            continue;
        }
        if (!href || !(path = strstr(href, "://")) || !(path = strchr(path + 3, '/')))
            continue;
        if (hn && !al_text_casestr(href, host))
            continue;                                   /* another host than the handle's */
        path += 1 + (path[1] == '@');
        end = path + strcspn(path, "/?#");
        if ((size_t)(end - path) != un || strncasecmp(path, user, un) != 0 || *end == '/')
            continue;                                   /* not the handle's own page */
        text = al_dom_text(dom, j, true);           /* a button, not the handle ("@<a>nfl</a>") */
        head = text && *text != '@' && al_text_words(text) <= 2 && strcasecmp(text, user) != 0;
        free(text);
        if (head)
            return true;
    }
    return false;
}

/* A gallery's title bar by its shape, whatever the classes say (generated
 * CSS names): the line's box, up to GALLERY_MAX_DEPTH levels above it,
 * holds a button ("Ampliar", "Open gallery"), no picture and at most
 * CONTROL_BOX_MAX_CHARS characters, and right after the box come its
 * slides: SLIDES_MIN sibling boxes or more that hold a picture each, the
 * first of them the very next element ("Veja fotos da cheia em Vila
 * Serena" beside "Ampliar" over six slides, b30-pt-br-portal-enchente-
 * galeria-leia-mais). An article's section has prose between its title
 * and its pictures, and no button beside its title. */
#define SLIDES_MIN 2
static bool holds_button_element(const al_dom *dom, int box)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) &&
            (t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_INPUT))
            return true;
    }
    return false;
}

static bool slides_after(const al_dom *dom, int box)
{
    int p = dom->nodes[box].parent, slides = 0;

    if (p < 0)
        return false;
    for (int s = dom->nodes[box].end; s < dom->nodes[p].end; s = dom->nodes[s].end) {
        if (dom->nodes[s].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[s].img_count == 0)
            break;
        slides++;
    }
    return slides >= SLIDES_MIN;
}

static bool gallery_title_bar(const al_item *it, const al_dom *dom)
{
    int a = it->node;

    for (int depth = 0; a >= 0 && depth < GALLERY_MAX_DEPTH; a = dom->nodes[a].parent, depth++) {
        if (dom->nodes[a].img_count > 0 || dom->nodes[a].text_len > CONTROL_BOX_MAX_CHARS)
            return false;
        if (holds_button_element(dom, a))
            return slides_after(dom, a);
    }
    return false;
}

/* A gallery's title line by its shape, with no button beside it: the
 * line's element (or a wrapper that holds its text alone, no picture) is
 * the first element of its box with text, and right after it come its
 * slides, SLIDES_MIN sibling boxes or more that hold a picture each, the
 * first of them with a control of its own, a <button> or a counter
 * ("Zobacz zdjęcia z pierwszego przejazdu" over three figures, each with
 * "Zdjęcie 1 z 3" and "Powiększ": b45-pl-portal-zabytkowy-tramwaj-galeria,
 * tests/pages/it-portale-titolo-galleria-senza-pulsante). An article's
 * section has prose between its title and its pictures, and a picture
 * of the article carries no controls. */
static bool gallery_title_line(const al_item *it, const al_dom *dom)
{
    int a = it->node, p, k, first;
    char *text;
    bool control;

    if (dom->nodes[a].img_count > 0)
        return false;
    while ((p = dom->nodes[a].parent) >= 0 && dom->nodes[p].img_count == 0 &&
           dom->nodes[p].text_len == dom->nodes[a].text_len)
        a = p;
    if ((p = dom->nodes[a].parent) < 0 || dom->nodes[p].tag == GUMBO_TAG_ARTICLE ||
        dom->nodes[p].tag == GUMBO_TAG_MAIN || dom->nodes[p].tag == GUMBO_TAG_BODY)
        return false;
    for (k = p + 1; k < a; k = dom->nodes[k].end) {
        bool words = (text = al_dom_text(dom, k, true)) != NULL && al_text_words(text) > 0;
        free(text);
        if (words)
            return false;               /* text before the line: not its box's head */
    }
    if (!slides_after(dom, a))
        return false;
    for (first = dom->nodes[a].end; first < dom->nodes[p].end && (dom->nodes[first].flags & AL_NODE_TEXT);
         first = dom->nodes[first].end)
        ;
    if (first >= dom->nodes[p].end)
        return false;
    control = holds_button_element(dom, first);
    if (!control && (text = al_dom_text(dom, first, true)) != NULL) {
        control = holds_counter(text);
        free(text);
    }
    return control;
}

static bool fires_gallery_control(junk_block *b, const junk_rule *r)
{
    const char *t = b->it->text;

    if (b->it->kind == ALOUD_BLOCK_CAPTION || has_sentence_end(t))
        return false;
    if (gallery_title_line(b->it, b->dom))
        return true;
    if (!in_gallery(b->dom, b->it->node))
        return gallery_title_bar(b->it, b->dom);
    return holds_counter(t) || linked(b, r) || control_bar(b->it, b->dom, NULL) ||
           (b->dom->nodes[b->it->node].img_count == 0 && control_label(b->it, b->dom)) ||
           gallery_head(b->dom, b->it->node);
}

/* Where the gallery label of [extract.gallery] that opens FOLDED (a
 * lower-cased line) ends, as whole words ("bildergalerie", "in pictures",
 * "zobacz galerię"); NULL when it opens with none. The longest wins. */
static const char *gallery_label_end(const char *folded)
{
    size_t i, n, best = 0;
    const al_lang_entry *e = al_lang_table("extract.gallery", NULL, &n);

    for (i = 0; i < n; i++) {
        size_t len = strlen(e[i].key);
        /* the byte after the label only once the line holds it: a line
         * shorter than a label ends before its length */
        if (len > best && strncmp(folded, e[i].key, len) == 0 && !isalnum((unsigned char)folded[len]) &&
            (unsigned char)folded[len] < 0x80)
            best = len;
    }
    return best ? folded + best : NULL;
}

/* Is node I in a box with a picture: I or one of its ancestors, within
 * GALLERY_MAX_DEPTH, holds an image, and is a box, not the page's or the
 * article's frame? */
static bool beside_picture(const al_dom *dom, int i)
{
    for (int depth = 0; i >= 0 && depth < GALLERY_MAX_DEPTH; i = dom->nodes[i].parent, depth++) {
        GumboTag t = dom->nodes[i].tag;
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY ||
            dom->nodes[i].end - i > GALLERY_BOX_MAX_NODES)
            return false;
        if (dom->nodes[i].img_count > 0)
            return true;
    }
    return false;
}

/* A gallery's label by its words, whatever the box's class says
 * (generated CSS names: "css-1x2y3z"): a short line, no sentence, beside
 * a picture, that opens (after a slide counter: "1/8 Voir le diaporama")
 * with a gallery label of [extract.gallery], and then ends, or goes on
 * with ':' and the gallery's title ("Fotogaleria: o mercado renovado",
 * "In pictures: inside the cable anchors"), with a counter ("Bildergalerie
 * Bild 2 von 6") or with a count in brackets ("Zobacz galerię (15
 * zdjęć)"); or that is the gallery's count, a number and a word of
 * [extract.gallery_count] ("3 imágenes", "Zdjęć: 3"). A paragraph about
 * a gallery is a sentence, or names the gallery past its first words
 * ("The gallery opens..."). */
/* Is FOLDED (a lower-cased line) a gallery's count: a number and a word
 * of [extract.gallery_count], nothing else ("3 imágenes", "zdjęć: 3",
 * "12 photos")? */
static bool gallery_count(const char *folded)
{
    size_t i, n, len;
    const al_lang_entry *e = al_lang_table("extract.gallery_count", NULL, &n);
    const char *p = folded, *w;

    if (*p >= '0' && *p <= '9') {                 /* "3 imágenes" */
        p += strspn(p, "0123456789");
        if (*p != ' ')
            return false;
        w = p + 1;
        len = strlen(w);
    } else {                                      /* "zdjęć: 3" */
        w = p;
        len = strcspn(p, ": ");
        p += len;
        p += strspn(p, ": ");
        if (!(*p >= '0' && *p <= '9') || p[strspn(p, "0123456789")] != '\0')
            return false;
    }
    for (i = 0; i < n; i++)
        if (strlen(e[i].key) == len && strncmp(w, e[i].key, len) == 0)
            return true;
    return false;
}

/* Does T end with a slide counter joined by a word ("Zdjęcie 1 z 2",
 * "Bild 2 von 6"; not "3/10", a score as well)? */
static bool ends_with_counter(const char *t)
{
    const char *p, *end;

    for (p = t; *p; p++)
        if (*p >= '0' && *p <= '9' && (p == t || p[-1] == ' ') && (end = al_counter_end(p, false)) != NULL &&
            end[strspn(end, " ")] == '\0')
            return true;
    return false;
}

static bool gallery_label(const char *t)
{
    const char *end, *p;
    char *folded;
    bool hit = false;

    if ((end = al_counter_end(t, true)) != NULL)
        t = end + strspn(end, " ");
    if (!(folded = al_text_fold(t)))
        return false;
    if ((p = gallery_label_end(folded)) != NULL) {
        p += strspn(p, " ");
        hit = *p == '\0' || *p == ':' || (*p == '(' && p[1] >= '0' && p[1] <= '9') || holds_counter(p);
    }
    hit = hit || gallery_count(folded);
    free(folded);
    return hit;
}

/* A gallery's bar by its counter: a line that ends with a slide counter
 * ("Zobacz zdjęcia Zdjęcie 1 z 2" over the slides): the gallery's title
 * and which picture is shown, for the eye. Not a heading's rule ("Part 1
 * of 3" heads a story's first part). */
static bool fires_gallery_label(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->it->kind != ALOUD_BLOCK_CAPTION && !has_sentence_end(b->it->text) &&
           beside_picture(b->dom, b->it->node) && (gallery_label(b->it->text) || ends_with_counter(b->it->text));
}

/* A gallery's title set as a heading ("<h4>Galeria zdjęć: ...</h4>" above
 * the slides): the gallery-control row's evidence for a gallery's head,
 * or the gallery-label row's (a gallery label by its words, beside a
 * picture: "Galería: así es el faro por dentro"), for a heading, which
 * the rows do not judge. */
bool al_gallery_heading(const al_item *it, const al_dom *dom)
{
    return it->node >= 0 && it->node < dom->count && al_text_words(it->text) <= GALLERY_HEAD_MAX_WORDS &&
           !has_sentence_end(it->text) &&
           (gallery_head(dom, it->node) || (beside_picture(dom, it->node) && gallery_label(it->text)));
}

static bool fires_control_bar(junk_block *b, const junk_rule *r)
{
    (void)r;
    int by_class = 0;

    /* "BlogThis!" in a bar of share links named so by their class is a label, no sentence */
    return control_bar(b->it, b->dom, &by_class) && (by_class >= CONTROLS_MIN || !has_sentence_end(b->it->text));
}

/* A bar of tools joined by separators: all of the block's text in
 * LINK_BAR_MIN links or more, with nothing between them but a separator
 * each, no sentence, and one link at least that acts instead of leading to
 * a page (a control: a script's "print", "#"; a mailto:): an old site's
 * tools row ("Imprimir esta notícia | Enviar a um amigo | RSS", "Posts |
 * Bio | E-mail"). Links to pages alone ("Harbour | Market | Bridge") may be
 * the article's, and are judged by their neighbours (resolve_suspects). */
/* The element that holds all of IT's text and no more: IT's own node, or,
 * when IT is one run of a larger container (an old layout's cell, its
 * lines split by <br>), the one element inside that wraps the run alone
 * ("<br><font size="1"><a>Imprimir</a> | ...</font>"); -1 for none. */
int al_block_run_element(const al_dom *dom, const al_item *it)
{
    const al_node *n = &dom->nodes[it->node];

    if (n->text_len <= it->text_len + RELATED_SLACK_CHARS)
        return it->node;
    for (int j = it->node + 1; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        char *t;
        bool same;
        if (c->flags & AL_NODE_TEXT)
            continue;
        if (c->text_len + RELATED_SLACK_CHARS < it->text_len) {
            j = c->end - 1;                        /* smaller, and all within it */
            continue;
        }
        if (c->text_len > it->text_len + RELATED_SLACK_CHARS)
            continue;                              /* larger: the run is further in */
        if (!(t = al_dom_text(dom, j, true)))
            return -1;
        same = al_text_same_words(t, it->text);
        free(t);
        if (same)
            return j;
        j = c->end - 1;                            /* another line of the cell */
    }
    return -1;
}

static bool fires_link_bar(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    const al_node *n;
    int j, links = 0, seps = 0, acts = 0, at;

    (void)r;
    if (has_sentence_end(b->it->text) ||
        (!strchr(b->it->text, '|') && !strstr(b->it->text, "\xC2\xB7") &&
         !strstr(b->it->text, "\xE2\x80\xA2")) || (at = al_block_run_element(dom, b->it)) < 0)
        return false;                              /* prose, no separator, or no element */
    n = &dom->nodes[at];
    for (j = at; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        if (c->tag == GUMBO_TAG_A && c->text_len > 0) {
            const char *href = al_dom_attr(dom, j, "href");
            links++;
            acts += is_control(dom, j) || (href && strncasecmp(href, "mailto:", 7) == 0);
            j = c->end - 1;
        } else if ((c->flags & AL_NODE_TEXT) && c->text_len > 0 && !only_separators(c->g->v.text.text, &seps)) {
            return false;                          /* words outside a link */
        }
    }
    return links >= LINK_BAR_MIN && seps >= links - 1 && acts > 0;
}

/* A breadcrumb trail by its shape, whatever its class or id says (a
 * theme's name that does not spell "breadcrumb", a generated name):
 * BREADCRUMB_MIN_LINKS links or more of at most BREADCRUMB_LINK_MAX_CHARS
 * characters each (a menu's name; characters, as Japanese has no
 * spaces), joined by one trail separator each, the same one throughout
 * (">", "›", "»", "→", "/"), perhaps followed by one more separator and
 * the page's own name, unlinked (at most BREADCRUMB_TAIL_MAX_CHARS
 * characters); no other word outside the links, no sentence. The trail
 * starts at the site's home (its first link leads to "/", the bare host
 * or an index page): links to pages joined by "/" are also a story's
 * tags or its authors ("<a>Ruiz</a> / <a>Chen</a>"), and an arrow may
 * stand between two steps of an instruction, but those do not start at
 * the home page. A listener would hear the page's place in the site's
 * menus ("Home / News / Story: ..."), not the article. */
#define BREADCRUMB_MIN_LINKS 2
#define BREADCRUMB_LINK_MAX_CHARS 40
#define BREADCRUMB_TAIL_MAX_CHARS 120

/* The trail separator that T (its spaces skipped) opens with: its length
 * in bytes, 0 when it opens with none. */
static size_t trail_separator(const char *t)
{
    static const char *const seps[] = { ">", "\xE2\x80\xBA", "\xC2\xBB", "\xE2\x86\x92", "/" };

    for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
        if (strncmp(t, seps[k], strlen(seps[k])) == 0)
            return strlen(seps[k]);
    return 0;
}

/* T past its white space, no-break spaces included. */
static const char *past_space(const char *t)
{
    for (;;) {
        if (isspace((unsigned char)*t))
            t++;
        else if (strncmp(t, "\xC2\xA0", 2) == 0)
            t += 2;
        else
            return t;
    }
}

/* Does HREF lead to the site's home: "/", the bare host ("http://x.com/"),
 * or an index page ("../../index.html", "/index.php")? */
static bool home_link(const char *href)
{
    const char *p = href, *slash;

    if (!p)
        return false;
    if (strncasecmp(p, "http://", 7) == 0 || strncasecmp(p, "https://", 8) == 0) {
        p += strcspn(p, ":") + 3;
        if (!(p = strchr(p, '/')))
            return true;                /* the bare host */
    }
    while (strncmp(p, "../", 3) == 0 || strncmp(p, "./", 2) == 0)
        p += p[1] == '/' ? 2 : 3;
    p += *p == '/';
    slash = strchr(p, '/');
    return *p == '\0' || (strncasecmp(p, "index.", 6) == 0 && !slash);
}

static bool fires_breadcrumb(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    const al_node *n;
    const char *sep = NULL;
    size_t sep_len = 0, tail = 0;
    int j, at, links = 0;
    bool gap = false, home = false;         /* GAP: a separator follows the last link */

    (void)r;
    if (has_sentence_end(b->it->text))
        return false;                       /* prose */
    /* A run of text in a larger block (a table layout's cell whose lines
     * are split by "<br><br>", the trail in its own <font> or <span> over
     * the headline): the trail is the element that holds the run alone. */
    if ((at = al_block_run_element(dom, b->it)) < 0)
        at = b->it->node;
    n = &dom->nodes[at];
    for (j = at; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        if (c->tag == GUMBO_TAG_A && !(c->flags & AL_NODE_TEXT) && c->text_len > 0) {
            if (tail || (links > 0 && !gap) || c->text_len > BREADCRUMB_LINK_MAX_CHARS)
                return false;               /* words or no separator between two links */
            if (links++ == 0)
                home = home_link(al_dom_attr(dom, j, "href"));
            gap = false;
            j = c->end - 1;
        } else if ((c->flags & AL_NODE_TEXT) && c->text_len > 0) {
            const char *t = c->g->v.text.text;
            size_t k;
            t = past_space(t);
            if (!*t)
                continue;
            if (links == 0)
                return false;               /* words before the trail */
            if (!gap) {
                if (!(k = trail_separator(t)) || (sep && (k != sep_len || strncmp(t, sep, k) != 0)))
                    return false;           /* words between links, or another separator */
                sep = t;
                sep_len = k;
                gap = true;
                t = past_space(t + k);
            }
            tail += al_utf8_chars(t);       /* the page's own name, after the last link */
        }
    }
    return links >= BREADCRUMB_MIN_LINKS && home && tail <= BREADCRUMB_TAIL_MAX_CHARS &&
           (gap || tail == 0);
}

static bool fires_price_box(junk_block *b, const junk_rule *r)
{
    (void)r;
    return price_box(b->it, b->dom);
}

/* A share bar under a label of its own: a label of at most
 * SHARE_LABEL_MAX_WORDS words whose first word is a share phrase itself
 * (an entry of [extract.share], not a word of one) and a colon
 * ("Partager ce test :", "Share this recipe:"), not a link itself, then
 * nothing but links (the networks' names, "Envoyer par e-mail"), one of
 * which at least acts instead of leading to a page (a script's "#", a
 * mailto:, as in a bar of tools), no sentence. */
#define SHARE_LABEL_MAX_WORDS 4

static bool share_label_links(const junk_block *b)
{
    const al_dom *dom = b->dom;
    const char *text = b->it->text, *colon = strchr(text, ':');
    size_t first = strcspn(b->key, " "), rest, links = 0;
    char *word;
    bool share, acts = false;
    int j;

    if (!colon || colon == text || has_sentence_end(text) ||
        dom->nodes[b->it->node].text_len > b->it->text_len + RELATED_SLACK_CHARS)
        return false;                   /* no label, a sentence, or one run of a larger element */
    for (j = b->it->node; j < dom->nodes[b->it->node].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A) {     /* buttons to "#" too */
            const char *href = al_dom_attr(dom, j, "href");
            links += dom->nodes[j].text_len;
            acts = acts || is_control(dom, j) || (href && strncasecmp(href, "mailto:", 7) == 0);
            j = dom->nodes[j].end - 1;
        }
    rest = al_utf8_chars(colon + 1);      /* a space or a separator between two links is theirs */
    if (!links || !acts || links + al_text_words(colon + 1) + RELATED_SLACK_CHARS < rest ||
        links > rest + RELATED_SLACK_CHARS ||   /* the label is no link: a linked title is a teaser */
        al_text_words(text) - al_text_words(colon + 1) > SHARE_LABEL_MAX_WORDS)
        return false;                   /* words after the label outside links, or a long label */
    if (!(word = al_strndup(b->key, first)))
        return false;
    share = al_lexicon_exact(AL_LEX_SHARE, word);   /* "partager", not a word of "share on the" */
    free(word);
    return share;
}

/* Is P a number out of 5, 10 or 100 and nothing more ("7,5/10", "4 / 5"),
 * or a rating drawn in STARS_MIN stars or more (U+2605, U+2606) and
 * nothing more ("★★★★☆"): the same verdict, drawn? */
static bool score_alone(const char *p)
{
    size_t n;
    int stars = 0;

    p += strspn(p, " ");
    while (strncmp(p, "\xE2\x98\x85", 3) == 0 || strncmp(p, "\xE2\x98\x86", 3) == 0)
        stars++, p += 3;
    if (stars)
        return stars >= STARS_MIN && p[strspn(p, " ")] == '\0';
    if ((n = strspn(p, "0123456789")) == 0)
        return false;
    p += n;
    if ((*p == '.' || *p == ',') && p[1] >= '0' && p[1] <= '9')
        p += 1 + strspn(p + 1, "0123456789");
    p += strspn(p, " ");
    if (*p++ != '/')
        return false;
    p += strspn(p, " ");
    n = strspn(p, "0123456789");
    if (!((n == 1 && *p == '5') || (n == 2 && strncmp(p, "10", 2) == 0) || (n == 3 && strncmp(p, "100", 3) == 0)))
        return false;
    p += n;
    return p[strspn(p, " ")] == '\0';
}

/* Is TEXT a score, a number out of 5, 10 or 100 ("7,5/10", "4 / 5") or
 * stars ("★★★★☆"), alone or after a label of at most SCORE_LABEL_MAX_WORDS words without
 * a digit and a colon ("Ocena: 8/10", "Note finale : 4/5")? Its words
 * are only numbers and a label, as a button's count is, but it is the
 * review's verdict set large beside its summary or closing it. */
#define SCORE_LABEL_MAX_WORDS 3
bool al_block_is_score(const char *text)
{
    const char *colon = strchr(text, ':');
    char *label;
    bool ok;

    if (score_alone(text))
        return true;
    if (!colon || colon == text || !score_alone(colon + 1) ||
        !(label = al_strndup(text, (size_t)(colon - text))))
        return false;
    ok = al_text_words(label) >= 1 && al_text_words(label) <= SCORE_LABEL_MAX_WORDS &&
         label[strcspn(label, "0123456789")] == '\0';
    free(label);
    return ok;
}

bool al_block_is_rating(const char *text)
{
    return star_row(text) || al_block_is_score(text);
}

/* The share words, counts included ("Share 12 Tweet 3"); a lone count
 * ("23" beside a vote button) is a button's too, a lone score ("7,5/10")
 * is not. A table's row of figures only ("2024 | 118 | 8.500") is data:
 * its cells count nothing. */
static bool fires_share(junk_block *b, const junk_rule *r)
{
    (void)r;
    if (b->it->kind == ALOUD_BLOCK_TABLE_ROW && b->key[strspn(b->key, "0123456789 ")] == '\0')
        return false;
    if (al_block_is_score(b->it->text))
        return false;
    return al_lexicon_match(AL_LEX_SHARE, b->key) || share_label_links(b);
}

/* A "read more" label of at most READMORE_LABEL_MAX_WORDS words and a
 * colon, then a teaser that is no sentence: "Continua a leggere nella
 * pagina successiva: come distribuire i pesi" (the next page's subject,
 * without a link). The phrase itself opens the block (the caller's match). */
static bool readmore_label(const char *text)
{
    const char *colon = strchr(text, ':');
    char *lead;
    bool ok;

    if (!colon || colon == text || has_sentence_end(text) || !(lead = al_strndup(text, (size_t)(colon - text))))
        return false;
    ok = al_text_words(lead) <= READMORE_LABEL_MAX_WORDS && al_text_words(colon + 1) > 0;
    free(lead);
    return ok;
}

/* A list item is one point of its list: "Related to each other: for
 * example, a cache and a web server" over "Unrelated services sharing
 * hardware: ..." opens with the phrase and a colon, but names the point,
 * and points are no next page's teaser. Its link or its shortness still
 * make it a "Read more" line. */
static bool fires_read_more(junk_block *b, const junk_rule *r)
{
    return al_lexicon_match(AL_LEX_READMORE, b->key) &&
           (linked(b, r) || is_short(b, r) ||
            (b->it->kind != ALOUD_BLOCK_LIST_ITEM && readmore_label(b->it->text)));
}

/* The <a> elements with text in IT's own element: -1 when IT is one run
 * of a larger container (its element holds more than its text). */
static int item_links(const al_item *it, const al_dom *dom)
{
    const al_node *n = &dom->nodes[it->node];
    int j, links = 0;

    if (n->text_len > it->text_len + RELATED_SLACK_CHARS)
        return -1;
    for (j = it->node; j < n->end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A && dom->nodes[j].text_len > 0)
            links++;
    return links;
}

/* "SEE MORE: ...", "Mira: ...", "RELATED: ...": a lead-in of at most
 * MAX_WORDS words and a colon, the rest of the block one link. */
static bool lead_in_colon(const char *text, size_t max_words)
{
    const char *colon = strchr(text, ':');
    char *lead;
    bool ok;

    if (!colon || colon == text || colon - text > LABEL_MAX_BYTES || !(lead = al_strndup(text, (size_t)(colon - text))))
        return false;
    ok = al_text_words(lead) <= max_words && !strpbrk(lead, "0123456789");
    free(lead);
    return ok;
}

/* The length of the pointing arrow that opens TEXT, its spaces after it
 * included, or 0: a sign of the Arrows block (U+2190-21FF), a dingbat
 * arrow (U+2794-27BF), a supplemental arrow (U+27F0-27FF, U+2900-297F) or
 * a right-pointing triangle ("\xE2\x96\xB6", "\xE2\x96\xB8", "\xE2\x96\xBA"). Quotation marks
 * ("\xC2\xBB", "\xE2\x80\xBA") are not arrows here: a quote opens with them. */
static size_t opening_arrow(const char *text)
{
    uint32_t cp = 0;
    size_t n = al_utf8_decode((const unsigned char *)text, strlen(text), &cp);

    if (n == 0 || !((cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2794 && cp <= 0x27BF) ||
                    (cp >= 0x27F0 && cp <= 0x27FF) || (cp >= 0x2900 && cp <= 0x297F) ||
                    cp == 0x25B6 || cp == 0x25B8 || cp == 0x25BA))
        return 0;
    while (text[n] == ' ')
        n++;
    return n;
}

/* "ALSO ON GADGET SHELF \xE2\x86\x92 <a>...</a>": a lead-in of at most MAX_WORDS
 * words that ends with a pointing arrow (opening_arrow()'s signs) in
 * place of a colon, no digits in it, and a headline after it (no
 * sentence end: "Fares went up \xE2\x86\x92 <a>the regulator found ...</a>." is
 * prose): the arrow points at the link. */
static bool lead_in_arrow(const char *text, size_t max_words)
{
    const char *p;
    char *lead;
    bool ok = false;

    for (p = text; *p && p - text <= LABEL_MAX_BYTES; p++) {
        if (p == text || p[-1] != ' ' || !opening_arrow(p))
            continue;
        if (!(lead = al_strndup(text, (size_t)(p - text))))
            return false;
        ok = al_text_words(lead) <= max_words && !strpbrk(lead, "0123456789") && !al_block_ends_sentence(text);
        free(lead);
        break;
    }
    return ok;
}

/* Mostly capitals: at least RELATED_CAPS_SHARE of the ASCII letters, and
 * RELATED_CAPS_MIN_LETTERS of them ("DRIVER RESCUED FROM FLOODED FORD"). */
static bool in_capitals(const char *text)
{
    size_t upper = 0, letters = 0;
    const char *p;

    for (p = text; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            upper++;
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
            letters++;
    }
    return letters >= RELATED_CAPS_MIN_LETTERS && upper >= letters * RELATED_CAPS_SHARE;
}

/* Does TEXT, the text of node I, end in a colon with a block quote next
 * on the page, before any other text (empty elements, an anchor, a
 * wrapper's end between)? Then it introduces that quote ("From <a>Brian
 * Phillips</a>:", "<a>KPCC</a> reports that:", "Update: <a>The agency
 * later reported:</a>" over the quote): the words say whose the quote is,
 * however much of them is a link. A related story's line ends in its
 * link's headline, never in a colon. */
static bool introduces_quote(const al_dom *dom, int i, const char *text)
{
    size_t n = strlen(text);

    while (n && text[n - 1] == ' ')
        n--;
    if (!n || text[n - 1] != ':')
        return false;
    for (int j = dom->nodes[i].end; j < dom->count; j++) {
        const al_node *e = &dom->nodes[j];
        if (e->flags & AL_NODE_TEXT) {
            const char *t = e->g->v.text.text;
            if (t && t[strspn(t, " \t\r\n\f")] != '\0')
                return false;           /* other words come first */
            continue;
        }
        if (e->tag == GUMBO_TAG_BLOCKQUOTE)
            return true;
        if (e->text_len == 0)
            j = e->end - 1;             /* an empty anchor, a spacer */
    }
    return false;
}

/* A related story's line: one link, mostly the block, and a lead-in of a
 * few words and a colon (or an arrow), capitals, or a "read more" phrase. An arrow that
 * opens the line points elsewhere: its lead-in may be longer ("\xE2\x9E\x9C Dans la
 * m\xC3\xAAme veine : ..."). A line that introduces the quote after it
 * is none (introduces_quote). */
static bool fires_related_link(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text;
    size_t arrow = opening_arrow(text);

    return linked(b, r) && item_links(b->it, b->dom) == 1 &&
           !introduces_quote(b->dom, b->it->node, text) &&
           (lead_in_colon(text, RELATED_LEAD_MAX_WORDS) ||
            (arrow > 0 && lead_in_colon(text + arrow, RELATED_ARROW_LEAD_MAX_WORDS)) ||
            lead_in_arrow(text, RELATED_ARROW_LEAD_MAX_WORDS) ||
            in_capitals(text) || al_lexicon_match(AL_LEX_READMORE, b->key));
}

/* A related story set apart between the article's paragraphs: the
 * paragraph is one link in bold ("<p><a><strong>Valsugana, camion deviati
 * sulla Feltrina</strong></a></p>"), to an article of the same site, worded
 * as a headline (no sentence end), with a paragraph of prose just before
 * it that ends a sentence and more of the article after it. The article's
 * own list of links follows a line that introduces it (":"), a link in a
 * sentence ends it, a document is a file ("report.pdf"), a source is
 * another site: those stay. */
#define HEADLINE_SLUG_SEPARATORS 2   /* a slug of three words: "budget-gap-grows" */
#define HEADLINE_ID_DIGITS 5         /* or an article's number: "-9887123" */
#define HEADLINE_PROSE_MIN_WORDS 8   /* the paragraph before: prose, not a label */

/* Does HREF, a link with a scheme or "//", lead to PAGE_URL's host ("www."
 * aside)? Its path then goes to *PATH (free with curl_free()). Parsed by
 * libcurl's URL API, as meta.c resolves links. */
static bool same_host(const char *href, const char *page_url, char **path)
{
    CURLU *u = curl_url(), *pu = curl_url();
    char *host = NULL, *page_host = NULL;
    bool same = false;

    *path = NULL;
    if (u && pu && page_url && curl_url_set(pu, CURLUPART_URL, page_url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, page_url, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, href, 0) == CURLUE_OK &&      /* resolved against the page */
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(pu, CURLUPART_HOST, &page_host, 0) == CURLUE_OK) {
        const char *h = strncasecmp(host, "www.", 4) == 0 ? host + 4 : host;
        const char *ph = strncasecmp(page_host, "www.", 4) == 0 ? page_host + 4 : page_host;
        same = strcasecmp(h, ph) == 0 && curl_url_get(u, CURLUPART_PATH, path, 0) == CURLUE_OK;
    }
    curl_free(host);
    curl_free(page_host);
    curl_url_cleanup(u);
    curl_url_cleanup(pu);
    return same;
}

/* Is PATH (a link's, query and fragment allowed) an article's: its last
 * part a slug of three words or more or an article number, and a web
 * page, not a file? */
static bool article_path(const char *path)
{
    const char *seg, *end, *dot, *p;
    size_t seps = 0, digits = 0, best = 0;

    end = path + strcspn(path, "?#");
    while (end > path && end[-1] == '/')
        end--;
    for (seg = end; seg > path && seg[-1] != '/'; seg--)
        ;
    if (seg == end)
        return false;                                   /* the home page */
    dot = memchr(seg, '.', (size_t)(end - seg));
    if (dot) {
        static const char *const pages[] = { ".html", ".htm", ".php", ".shtml", ".asp", ".aspx", NULL };
        size_t k;
        for (k = 0; pages[k]; k++)
            if ((size_t)(end - dot) == strlen(pages[k]) && strncasecmp(dot, pages[k], strlen(pages[k])) == 0)
                break;
        if (!pages[k])
            return false;                               /* a file: "report.pdf", "map.jpg" */
        end = dot;
    }
    for (p = seg; p < end; p++) {
        if (*p == '-' || *p == '_')
            seps++;
        digits = *p >= '0' && *p <= '9' ? digits + 1 : 0;
        if (digits > best)
            best = digits;
    }
    return seps >= HEADLINE_SLUG_SEPARATORS || best >= HEADLINE_ID_DIGITS;
}

/* Does HREF lead to an article of the site at PAGE_URL: the same host (a
 * relative link, or PAGE_URL's host) and an article's path? */
static bool site_article_href(const char *href, const char *page_url)
{
    char *path = NULL;
    bool article;

    if (strncmp(href, "//", 2) == 0 || strstr(href, "://")) {
        if (!same_host(href, page_url, &path))
            return false;
        article = article_path(path);
        curl_free(path);
        return article;
    }
    if (href[0] == '#' || (strchr(href, ':') && strchr(href, ':') < href + strcspn(href, "/?#")))
        return false;                                   /* "#top", "mailto:", "javascript:" */
    return article_path(href);
}

/* Is node J nothing to read: dropped, empty, or white space? */
static bool blank_node(const al_dom *dom, int j)
{
    const al_node *n = &dom->nodes[j];

    return (n->flags & AL_NODE_DROP) || n->text_len == 0 || (n->g && n->g->type == GUMBO_NODE_WHITESPACE);
}

/* The sibling element of node I before it (DIR < 0) or after it, past
 * white space and dropped nodes; -1 when there is none or it is text. */
static int sibling_element(const al_dom *dom, int i, int dir)
{
    int parent = dom->nodes[i].parent, j, found = -1;

    if (parent < 0)
        return -1;
    if (dir > 0) {
        for (j = dom->nodes[i].end; j < dom->count && dom->nodes[j].parent == parent; j = dom->nodes[j].end)
            if (!blank_node(dom, j))
                return (dom->nodes[j].flags & AL_NODE_TEXT) ? -1 : j;
        return -1;
    }
    for (j = parent + 1; j < i; j = dom->nodes[j].end)
        if (!blank_node(dom, j))
            found = (dom->nodes[j].flags & AL_NODE_TEXT) ? -1 : j;
    return found;
}

/* Is node J a paragraph of prose that ends a sentence (not a line that
 * introduces a list: "The documents:")? */
static bool prose_paragraph(const al_dom *dom, int j)
{
    char *t;
    size_t n;
    bool ok;

    if (j < 0 || dom->nodes[j].tag != GUMBO_TAG_P || dom->nodes[j].link_len * 2 > dom->nodes[j].text_len ||
        !(t = al_dom_text(dom, j, true)))
        return false;
    n = strlen(t);
    while (n > 0 && strchr(" \"')\xC2\xBB\x9D", t[n - 1]))        /* closing quotes and brackets */
        n--;
    while (n > 2 && (unsigned char)t[n - 1] >= 0x80 && (unsigned char)t[n - 1] < 0xC0)
        n--;                                            /* the rest of a closing quote's bytes */
    ok = n > 0 && strchr(".!?", t[n - 1]) && t[n - 1] != '\0' && al_text_words(t) >= HEADLINE_PROSE_MIN_WORDS;
    free(t);
    return ok;
}

/* Is all the text of paragraph I's element in bold (<strong>, <b>)? */
static bool all_bold(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    int j;

    for (j = i + 1; j < n->end; j++)
        if ((dom->nodes[j].tag == GUMBO_TAG_STRONG || dom->nodes[j].tag == GUMBO_TAG_B) &&
            dom->nodes[j].text_len + RELATED_SLACK_CHARS >= n->text_len)
            return true;
    return false;
}

bool al_block_all_bold(const al_dom *dom, int i)
{
    return dom->nodes[i].tag == GUMBO_TAG_STRONG || dom->nodes[i].tag == GUMBO_TAG_B || all_bold(dom, i);
}

/* The href of the one link in node I's subtree. */
static const char *only_href(const al_dom *dom, int i)
{
    int j;

    for (j = i; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A && dom->nodes[j].text_len > 0)
            return al_dom_attr(dom, j, "href");
    return NULL;
}

static bool fires_related_headline(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node, next;
    const char *href;

    if (!linked(b, r) || item_links(b->it, dom) != 1 || dom->nodes[i].tag != GUMBO_TAG_P ||
        has_sentence_end(b->it->text) || !all_bold(dom, i) || !(href = only_href(dom, i)) ||
        !site_article_href(href, b->meta->url))
        return false;
    next = sibling_element(dom, i, 1);
    return prose_paragraph(dom, sibling_element(dom, i, -1)) && next >= 0;
}

/* "Cite this article: Doe, J. (2026) 'Title', Site, 14 October.": a
 * citation label of [extract.cite] before a colon, then a reference that
 * names a year or a URL. */
static bool fires_cite_line(junk_block *b, const junk_rule *r)
{
    const char *t = b->it->text;

    (void)r;
    return labelled(t, AL_LEX_CITE) && (has_year(t) || strstr(t, "://") || strstr(t, "www."));
}

/* A paywall's counter: "Il vous reste 2 articles gratuits ce mois-ci",
 * "You have 3 free articles left.": a number of free articles
 * ([extract.meter]) in a short line that is no sentence or speaks to the
 * reader. */
static bool fires_article_meter(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_METER, b->key) && strpbrk(b->it->text, "0123456789") &&
           (!has_sentence_end(b->it->text) || features(b)->address);
}

static bool in_figure(const al_dom *dom, int i)
{
    for (; i >= 0; i = dom->nodes[i].parent)
        if (dom->nodes[i].tag == GUMBO_TAG_FIGURE)
            return true;
    return false;
}

/* An app's download prompt: a block that speaks to the reader or as the
 * site ("our app"), asks, or names the site (its meta name: "Lees De
 * Wijkpost onderweg in de Kopij-app"), in a box (the block's parent or
 * grandparent) that holds only it, links to the app and at most
 * APP_BOX_OTHER_CHARS of other text ("Laden Sie jetzt unsere News-App
 * herunter" beside "App Store", "Google Play"), or an app's card: links
 * to the app and at most APP_CARD_CHARS of other text, its title and one
 * line ("Få pushnotis när något händer där du bor" over "Ladda ner appen
 * och välj ...", then "App Store", "Google Play"). A link leads to the app
 * when it goes to an app store, or, beside a block that names an app (a
 * word of [extract.app]), when its own text of at most APP_LINK_MAX_WORDS
 * names one too ("Download de app"): a menu's "Apps" or "Notifications"
 * beside a line that names none is no such button. An article about an
 * app links to the store from its sentences, among other paragraphs.
 * Store hosts are URL vocabulary, not a language's. */
#define APP_BOX_DEPTH 2
#define APP_BOX_OTHER_CHARS 20
#define APP_CARD_CHARS 160
#define APP_LINK_MAX_WORDS 4

static const char *const app_store_hosts[] = {
    "apps.apple.com", "itunes.apple.com", "play.google.com", "appgallery.huawei.com", "galaxystore.samsung.com",
    NULL
};

/* Is node J a link to an app store? */
static bool app_store_link(const al_dom *dom, int j)
{
    const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;

    for (size_t k = 0; href && app_store_hosts[k]; k++)
        if (strstr(href, app_store_hosts[k]))
            return true;
    return false;
}

static bool quoted(const char *text);
static bool names_site(const junk_block *b);

/* Is node J a short link that names an app ("Download de app", "Get the
 * app")? */
static bool app_named_link(const al_dom *dom, int j)
{
    char *text, *key;
    bool app = false;

    if (dom->nodes[j].tag != GUMBO_TAG_A || dom->nodes[j].text_len == 0 || !(text = al_dom_text(dom, j, true)))
        return false;
    key = al_text_key(text);
    if (key && al_text_words(text) <= APP_LINK_MAX_WORDS)
        app = al_block_key_has_table_word(key, "extract.app");
    free(key);
    free(text);
    return app;
}

/* An app's prompt in words: a short block (at most APP_LINE_MAX_WORDS)
 * that speaks to the reader (addressed, or asked by an imperative) of the
 * site's own app or alerts: a word of [extract.app] ("app", "Push",
 * "powiadomienia") with the site's possessive at most APP_OWNER_WORDS
 * words before it ("in unserer News-App", "our free app", "naszej
 * aplikacji"): "Keine Warnung verpassen: Aktivieren Sie die
 * Push-Mitteilungen in unserer News-App." News of an app is of someone
 * else's ("We're excited about the new app, and we hope you check it
 * out", a company's words in a story about its app); a quote is someone's
 * words. */
#define APP_LINE_MAX_WORDS 25
#define APP_OWNER_WORDS 3
#define APP_KEY_MAX_WORDS 64

/* The words of KEY (a text key: words split by single spaces), at most
 * APP_KEY_MAX_WORDS: where each starts and its length. Their count. */
static size_t key_words(const char *key, const char *start[APP_KEY_MAX_WORDS],
                        size_t len[APP_KEY_MAX_WORDS])
{
    const char *p = key;
    size_t n = 0;

    while (*p && n < APP_KEY_MAX_WORDS) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        start[n] = p;
        while (*p && *p != ' ')
            p++;
        len[n] = (size_t)(p - start[n]);
        n++;
    }
    return n;
}

static bool own_app(const char *key)
{
    const char *start[APP_KEY_MAX_WORDS];
    size_t len[APP_KEY_MAX_WORDS], n, w, from;
    bool hit = false;

    n = key_words(key, start, len);
    for (w = 1; w < n && !hit; w++) {
        char *word = al_strndup(start[w], len[w]), *before;
        bool app = word && al_block_key_has_table_word(word, "extract.app");

        free(word);
        if (!app)
            continue;
        from = w > APP_OWNER_WORDS ? w - APP_OWNER_WORDS : 0;
        before = al_strndup(start[from], (size_t)(start[w - 1] + len[w - 1] - start[from]));
        hit = before && al_block_key_has_table_word(before, "extract.appeal_self");
        free(before);
    }
    return hit;
}

/* ... or the app bears the site's name: the whole name anywhere in the
 * line ("Read The Hedgerow Letter on the go: download the app"), or a word
 * of it of at least SITE_WORD_MIN_BYTES among the APP_OWNER_WORDS words
 * right after the app's word ("pobierz aplikację Nowiny 24" on Nowiny
 * Podkarpackie 24). A site that names its own app in a line of at most
 * APP_LINE_MAX_WORDS offers it, whether or not a request verb of the
 * language data says so ("pobierz", "download"); a story about another
 * maker's app names that maker. A line in the site's own voice
 * ([extract.appeal_self]: "we", "nós") that shares a word of at least
 * TITLE_WORD_MIN_BYTES other than the site's with the article's title, and
 * neither addresses the reader nor asks, is the story of the site's own
 * app ("A Faster Facebook for Android": "Today we're launching an updated
 * Facebook app for Android"), not its prompt (under "Mau tempo: ...",
 * "Receba os alertas de mau tempo no telemóvel. Descarregue a aplicação"). */
#define SITE_WORD_MIN_BYTES 4
#define TITLE_WORD_MIN_BYTES 5

static bool shares_title_word(const junk_block *b, const char *site)
{
    const char *start[APP_KEY_MAX_WORDS];
    size_t len[APP_KEY_MAX_WORDS], n, w;
    char *title;
    bool hit = false;

    if (!b->meta->title || !(title = al_text_key(b->meta->title)))
        return false;
    n = key_words(b->key, start, len);
    for (w = 0; w < n && !hit; w++) {
        char *word = len[w] >= TITLE_WORD_MIN_BYTES ? al_strndup(start[w], len[w]) : NULL;

        hit = word && al_key_has_words(title, word) && !al_key_has_words(site, word);
        free(word);
    }
    free(title);
    return hit;
}

static bool site_app(junk_block *b)
{
    const char *start[APP_KEY_MAX_WORDS];
    size_t len[APP_KEY_MAX_WORDS], n, w, k;
    char *site;
    bool hit = false;

    if (!b->meta || !b->meta->site_name || !(site = al_text_key(b->meta->site_name)))
        return false;
    if (!*site || (shares_title_word(b, site) && al_block_key_has_table_word(b->key, "extract.appeal_self") &&
                   !features(b)->address && !features(b)->request)) {
        free(site);
        return false;
    }
    if (al_key_has_words(b->key, site)) {
        free(site);
        return true;
    }
    n = key_words(b->key, start, len);
    for (w = 0; w + 1 < n && !hit; w++) {
        char *word = al_strndup(start[w], len[w]);
        bool app = word && al_block_key_has_table_word(word, "extract.app");

        free(word);
        for (k = w + 1; app && !hit && k < n && k <= w + APP_OWNER_WORDS; k++) {
            char *next = len[k] >= SITE_WORD_MIN_BYTES ? al_strndup(start[k], len[k]) : NULL;
            hit = next && al_key_has_words(site, next);
            free(next);
        }
    }
    free(site);
    return hit;
}

static bool app_line(junk_block *b)
{
    return b->words <= APP_LINE_MAX_WORDS && (features(b)->address || features(b)->request) &&
           al_block_key_has_table_word(b->key, "extract.app") && own_app(b->key) && !quoted(b->it->text);
}

/* Does block I end in its app's store buttons: after a sentence's end
 * (".", "!", "?") come links to an app store and nothing else but
 * separators ("... w telefonie. <a>Google Play</a> <a>App Store</a>")?
 * A sentence that links to the store from its words ("download it from
 * the App Store.") has words before the link that end no sentence, or
 * text after it. */
static bool store_buttons_last(const al_dom *dom, int i)
{
    int j;
    bool store = false, sentence = false;

    for (j = i + 1; j < dom->nodes[i].end; j++) {
        const char *t, *e;

        if (app_store_link(dom, j)) {
            if (!sentence)
                return false;
            store = true;
            j = dom->nodes[j].end - 1;
            continue;
        }
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) || !dom->nodes[j].g ||
            !(t = dom->nodes[j].g->v.text.text))
            continue;
        for (e = t + strlen(t); e > t && (isspace((unsigned char)e[-1]) || strchr("|/-", e[-1]));
             e--)
            ;
        if (e == t)
            continue;                               /* a separator between buttons */
        if (store)
            return false;                           /* words after a button */
        sentence = strchr(".!?", e[-1]) != NULL;
    }
    return store;
}

static bool fires_app_prompt(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node, box = dom->nodes[i].parent, depth, j;
    bool named;

    (void)r;
    /* a short line of an app ([extract.app]: "Pobierz aplikację ...") that
     * ends in its store buttons is the prompt, however it asks (an
     * imperative of no appeal, "pobierz", the site's name inflected) */
    if (b->words <= APP_LINE_MAX_WORDS && al_block_key_has_table_word(b->key, "extract.app") &&
        store_buttons_last(dom, i))
        return true;
    if (b->words <= APP_LINE_MAX_WORDS && al_block_key_has_table_word(b->key, "extract.app") && site_app(b) &&
        !quoted(b->it->text))
        return true;
    if (!(site_or_reader(b) || features(b)->request || names_site(b)))
        return false;
    if (app_line(b))
        return true;
    for (j = i; j < dom->nodes[i].end; j++)
        if (app_store_link(dom, j))
            return false;                           /* a sentence that links to the store */
    named = al_block_key_has_table_word(b->key, "extract.app");
    for (depth = 1; depth <= APP_BOX_DEPTH && box >= 0; depth++, box = dom->nodes[box].parent) {
        unsigned store = 0, stores = 0;
        /* even were all its links to a store, too much else: no need to
         * look (a box of a thousand appeals would be read once per appeal) */
        if (dom->nodes[box].text_len > dom->nodes[i].text_len + dom->nodes[box].link_len + APP_BOX_OTHER_CHARS &&
            dom->nodes[box].text_len > dom->nodes[box].link_len + APP_CARD_CHARS)
            continue;
        for (j = box + 1; j < dom->nodes[box].end; j++)
            if (app_store_link(dom, j) ||
                (named && (j < i || j >= dom->nodes[i].end) && app_named_link(dom, j))) {
                store += dom->nodes[j].text_len;
                stores++;
                j = dom->nodes[j].end - 1;
            }
        if (stores && (dom->nodes[box].text_len <= dom->nodes[i].text_len + store + APP_BOX_OTHER_CHARS ||
                       dom->nodes[box].text_len <= store + APP_CARD_CHARS))
            return true;
    }
    return false;
}

/* A teaser card's title: a line that is no sentence, its own paragraph,
 * in a small box (at most CONTROL_BOX_MAX_CHARS) that holds a button
 * beside it ("Neue Paketstationen: So funktioniert die Abholung" over
 * "Video abspielen"), outside a figure: a caption stays. */
static bool fires_teaser_title(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node, box = dom->nodes[i].parent, j;

    (void)r;
    if (box < 0 || dom->nodes[i].tag != GUMBO_TAG_P || dom->nodes[box].text_len > CONTROL_BOX_MAX_CHARS ||
        has_sentence_end(b->it->text) || in_figure(dom, i))
        return false;
    for (j = box + 1; j < dom->nodes[box].end; j++) {
        if (j == i) {
            j = dom->nodes[i].end - 1;
            continue;
        }
        if (dom->nodes[j].tag == GUMBO_TAG_BUTTON)
            return true;
    }
    return false;
}

/* A picture's caption said again, shorter: a line of no sentence in a
 * <figure> that holds a picture and a <figcaption>, outside that caption,
 * at least CAPTION_COPY_SHARE of whose words of CAPTION_COPY_MIN_BYTES
 * bytes or more (at least one) are the caption's words ("Toaster-Prüfung
 * in Altenhagen" under "Ehrenamtliche ... von Altenhagen prüfen einen
 * Toaster ...": the small-screen caption beside the full one). A line
 * that names other things ("Foto: ...", a real caption beside a
 * figcaption of credits only) is not the caption's copy. */
#define CAPTION_COPY_MAX_WORDS 12
#define CAPTION_COPY_MIN_BYTES 4
#define CAPTION_COPY_SHARE 0.5

/* The share of KEY's words of CAPTION_COPY_MIN_BYTES or more that are
 * words of key OTHER; -1 when KEY has none. */
static double long_word_share(const char *key, const char *other)
{
    size_t total = 0, found = 0;
    const char *p = key;

    while (*p) {
        size_t n = strcspn(p, " ");
        if (n >= CAPTION_COPY_MIN_BYTES) {
            const char *q = other;
            total++;
            while (*q) {
                size_t m = strcspn(q, " ");
                if (m == n && strncmp(q, p, n) == 0) {
                    found++;
                    break;
                }
                q += m + (q[m] == ' ');
            }
        }
        p += n + (p[n] == ' ');
    }
    return total ? (double)found / (double)total : -1;
}

static bool fires_caption_copy(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node, f, j;
    bool copy = false;

    (void)r;
    if (b->it->kind == ALOUD_BLOCK_CAPTION || b->it->kind == ALOUD_BLOCK_TABLE_ROW || has_sentence_end(b->it->text))
        return false;
    for (f = i; f >= 0 && dom->nodes[f].tag != GUMBO_TAG_FIGURE; f = dom->nodes[f].parent)
        if (dom->nodes[f].tag == GUMBO_TAG_FIGCAPTION)
            return false;                               /* the caption itself */
    if (f < 0 || dom->nodes[f].img_count == 0)
        return false;
    for (j = f + 1; j < dom->nodes[f].end && !copy; j++) {
        char *text, *key;
        if (dom->nodes[j].tag != GUMBO_TAG_FIGCAPTION)
            continue;
        if ((text = al_dom_text(dom, j, false)) != NULL && (key = al_text_key(text)) != NULL) {
            copy = long_word_share(b->key, key) >= CAPTION_COPY_SHARE;
            free(key);
        }
        free(text);
        j = dom->nodes[j].end - 1;
    }
    return copy;
}

/* A slideshow counter: "Image 1 of 12", "3 / 10", "Bild 2 von 8", "Foto 1
 * de 5": two numbers, the first not past the second, joined by a word of
 * [extract.counter_of] or, in a caption or a figure (SLASH), by "/" (else
 * "8/10" is a score), with at most one label word before them ("Rating:"
 * is a label of a score) and nothing after; never a table's row. */
static bool slide_counter(const char *text, bool slash)
{
    const char *p = text, *end;

    if (!(*p >= '0' && *p <= '9')) {                    /* one label word, not "Rating:" */
        p += strcspn(p, " ");
        if (p[-1] == ':')
            return false;
        p += strspn(p, " ");
    }
    if (!(end = al_counter_end(p, slash)))
        return false;
    end += strspn(end, " ");
    return *end == '\0';
}

bool al_block_slide_counter(const char *text, bool slash)
{
    return text && slide_counter(text, slash);
}

static bool fires_slide_counter(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->it->kind != ALOUD_BLOCK_TABLE_ROW &&
           slide_counter(b->it->text, b->it->kind == ALOUD_BLOCK_CAPTION || in_figure(b->dom, b->it->node));
}

/* "Back to top", "Return to the list": a link's label, not a sentence
 * ("Back to school costs rose by a tenth.") unless it is the link. */
static bool fires_go_back(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_GOBACK, b->key) && (b->link_share > 0 || !al_block_ends_sentence(b->it->text));
}

/* Does TEXT start or end with a pointing arrow ("«", "»", "‹", "›", "←", "→")? */
static bool arrow_at_an_end(const char *text)
{
    static const char *const arrows[] = { "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9", "\xE2\x80\xBA",
                                          "\xE2\x86\x90", "\xE2\x86\x92" };
    size_t n = strlen(text), k;

    while (n > 0 && text[n - 1] == ' ')
        n--;
    for (k = 0; k < sizeof(arrows) / sizeof(arrows[0]); k++) {
        size_t a = strlen(arrows[k]);
        if (strncmp(text, arrows[k], a) == 0 || (n >= a && strncmp(text + n - a, arrows[k], a) == 0))
            return true;
    }
    return false;
}

/* A post's "previous | next" line ("« Older post | Main | Newer post »"):
 * two links or more, nearly all the block, an arrow at one of its ends.
 * The arrows and the links are the evidence, in any language. */
static bool fires_post_nav(junk_block *b, const junk_rule *r)
{
    return linked(b, r) && item_links(b->it, b->dom) >= 2 && arrow_at_an_end(b->it->text);
}

/* IT's element holds at most a tenth more text than IT (white space the
 * block's text normalised away: " ." after a link). */
#define FOOTER_SLACK_DIVISOR 10

/* Does IT's own element link to the blog engine's comment machinery: a
 * trackback (rel="trackback", ".../trackback/") or the comment form
 * ("#respond")? Article prose links to pages, never there. */
static bool comment_machinery_link(const al_item *it, const al_dom *dom)
{
    const al_node *n = &dom->nodes[it->node];
    int j;

    if (n->text_len > it->text_len + it->text_len / FOOTER_SLACK_DIVISOR)
        return false;                 /* IT is one run of a larger container */
    for (j = it->node; j < n->end; j++) {
        const char *href, *rel;
        size_t len;

        if (dom->nodes[j].tag != GUMBO_TAG_A)
            continue;
        rel = al_dom_attr(dom, j, "rel");
        href = al_dom_attr(dom, j, "href");
        if (rel && strstr(rel, "trackback"))
            return true;
        if (!href)
            continue;
        len = strlen(href);
        while (len > 0 && href[len - 1] == '/')
            len--;
        if (strcmp(href, "#respond") == 0 || (len >= 10 && strncmp(href + len - 10, "/trackback", 10) == 0))
            return true;
    }
    return false;
}

static bool fires_post_footer(junk_block *b, const junk_rule *r)
{
    (void)r;
    return comment_machinery_link(b->it, b->dom);
}

/* An element that is the page's comment machinery: its class or id names
 * the comments or their form ("commentlist", "#comments", "#respond"), or
 * it holds a text box (the comment form's <textarea>). */
static bool comment_machinery(const al_dom *dom, int j)
{
    int k;

    if (al_dom_class_has(dom, j, "comment") || al_dom_class_has(dom, j, "respond"))
        return true;
    for (k = j; k < dom->nodes[j].end; k++)
        if (dom->nodes[k].tag == GUMBO_TAG_TEXTAREA)
            return true;
    return false;
}

/* Does the subtree of J hold text (not white space alone) or a form control? */
static bool has_content(const al_dom *dom, int j)
{
    int k;

    if (dom->nodes[j].input_count > 0)
        return true;
    for (k = j; k < dom->nodes[j].end; k++)
        if (dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_TEXT)
            return true;
    return false;
}

/* The nearest sibling of I before it (DIR < 0) or after it that has text
 * or a form control, or -1: separators and empty boxes are skipped. */
static int content_sibling(const al_dom *dom, int i, int dir)
{
    int parent = dom->nodes[i].parent, j = i;

    for (;;) {
        if (dir > 0) {
            j = dom->nodes[j].end;
            if (j >= dom->count || dom->nodes[j].parent != parent)
                return -1;
        } else {
            if (--j <= parent)
                return -1;
            while (dom->nodes[j].parent != parent)
                j = dom->nodes[j].parent;
        }
        if (has_content(dom, j))
            return j;
    }
}

/* A comment policy stated beside the comments: words of comments
 * ([extract.comment_word]) and of their rules ([extract.comment_rule]:
 * "removed", "terms", "moderated"), in a block whose nearest sibling with
 * content, before or after it, is the comment list or form (climbing from
 * the block while its element holds nothing else): "Debate is fine,
 * flaming is not ... will be removed" above the reply form, "Please read
 * the agreement before making comments" under the comments box. The
 * article's last line beside the comments names no rules ("did not
 * respond to a request for comment"). */
static bool fires_comment_policy(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node;

    (void)r;
    if (!al_block_key_has_table_word(b->key, "extract.comment_word") || !al_block_key_has_table_word(b->key, "extract.comment_rule"))
        return false;
    while (i >= 0) {
        int before = content_sibling(dom, i, -1), after = content_sibling(dom, i, 1), parent;

        if ((before >= 0 && comment_machinery(dom, before)) || (after >= 0 && comment_machinery(dom, after)))
            return true;
        parent = dom->nodes[i].parent;
        if (parent < 0 || dom->nodes[parent].text_len > dom->nodes[i].text_len + dom->nodes[i].text_len / FOOTER_SLACK_DIVISOR)
            return false;
        i = parent;
    }
    return false;
}

static bool fires_meta_line(junk_block *b, const junk_rule *r)
{
    return al_lexicon_match(AL_LEX_META, b->key) && (linked(b, r) || labelled(b->it->text, AL_LEX_META));
}

/* A post's tag list of any length ("Tags: AIADMK, BJP, Congress, ...",
 * forty tags and more; "Tagged 3g, 4g, hotspot : Related Tags: ..."):
 * it opens with a meta label ([extract.meta]) and nearly all of its text
 * is links (three quarters). meta-line stops at 25 words, where a sentence that opens
 * with "Topics" may still be prose; one whose words are nearly all
 * links is a shelf of them at any length. */
static bool fires_meta_list(junk_block *b, const junk_rule *r)
{
    return linked(b, r) && al_lexicon_match(AL_LEX_META, b->key);
}

/* A post's line of meta fields joined by "|": one field after the first
 * opens with a meta label and a colon ("NFL.com Staff | Tags: Three and
 * out,", "Published: 1 November | Tags: ..."). The byline or date first
 * hides the label from meta-line; the bar and the label after it are
 * evidence enough that the line is the post's filing, not its prose. */
static bool fires_meta_fields(junk_block *b, const junk_rule *r)
{
    const char *bar = b->it->text;

    (void)r;
    while ((bar = strchr(bar, '|')) != NULL) {
        const char *field = ++bar;
        size_t len;
        char *copy;
        bool hit;

        field += strspn(field, " \t\n");
        len = strcspn(field, "|");
        if (!(copy = al_strndup(field, len)))
            return false;
        hit = labelled(copy, AL_LEX_META);
        free(copy);
        if (hit)
            return true;
    }
    return false;
}

/* Does every word of S after its first START words open with a capital
 * or a digit (a name: "Joseph Dickerson", "TrekMovie.com Staff"), and is
 * there one at least? A byte of a multi-byte letter counts as a capital. */
static bool words_capitalised(const char *s, size_t start)
{
    size_t w = 0, named = 0;

    for (const char *p = s; *p; ) {
        p += strspn(p, " \t\n");
        if (!*p)
            break;
        if (w++ >= start) {
            unsigned char c = (unsigned char)*p;
            if (!(isupper(c) || isdigit(c) || c >= 0x80))
                return false;
            named++;
        }
        p += strcspn(p, " \t\n");
    }
    return named > 0;
}

/* A post's byline with its filing after a comma or a bar ("by Jane Doe,
 * Filed under: Props, Interviews, trackback", "Article by Steph, filed
 * under Cities in the Architecture category."): the line opens with the
 * byline word ([extract.byline_prefix]), as its first word or its second
 * ("Article by"), then a name (up to BYLINE_FIELD_MAX_WORDS words, each
 * with a capital) up to a ',' or a '|', and a field after one opens with
 * a meta label ([extract.meta]) of two words ("filed under", "posted
 * in") or of one and a colon ("Tags:"). A name and then its post's
 * shelves: the head line or the foot line of a post, not its prose ("By
 * Friday, editor Ruth Penn had seen ...": a one-word label, no colon). */
#define BYLINE_FIELD_MAX_WORDS 6
#define META_LABEL_MAX_WORDS 3
static bool fires_byline_filing(junk_block *b, const junk_rule *r)
{
    const char *t = b->it->text, *sep, *second = b->key + strcspn(b->key, " ");
    char *name;
    size_t lead;
    bool ok;

    (void)r;
    if (starts_with_by(b->key))
        lead = 1;
    else if (*second == ' ' && starts_with_by(second + 1))
        lead = 2;                       /* "Article by", "Posted by" */
    else
        return false;
    sep = t + strcspn(t, ",|");
    if (!*sep || !(name = al_strndup(t, (size_t)(sep - t))))
        return false;
    ok = al_text_words(name) <= BYLINE_FIELD_MAX_WORDS + lead && words_capitalised(name, lead);
    free(name);
    if (!ok)
        return false;
    for (; *sep; sep += 1 + strcspn(sep + 1, ",|")) {
        const char *field = sep + 1, *end;

        field += strspn(field, " \t\n");
        end = field;
        for (int w = 0; w < META_LABEL_MAX_WORDS; w++) {
            end += strcspn(end, " :,|");
            if (end > field && (w > 0 || *end == ':') && head_is(field, (size_t)(end - field), AL_LEX_META))
                return true;            /* "filed under", "Tags:"; not "editor Ruth Penn" */
            if (*end != ' ')
                break;
            end++;
        }
    }
    return false;
}

static bool fires_cookie(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_COOKIE, b->key);
}

/* A cookie notice's name in a class or id ("cookie-banner",
 * "bbccookies-prompt", "consent-modal"), on the block or one of its
 * COOKIE_NAME_LEVELS nearest ancestors below <body>, <main> or <article>. */
#define COOKIE_NAME_LEVELS 3
static bool cookie_named(const al_dom *dom, int i)
{
    for (int up = 0; i >= 0 && up <= COOKIE_NAME_LEVELS; i = dom->nodes[i].parent, up++) {
        GumboTag t = dom->nodes[i].tag;
        const char *cls = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");
        al_buf buf = AL_BUF_INIT;
        char *names;
        bool hit;

        if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE)
            return false;
        if (!cls && !id)
            continue;
        al_buf_puts(&buf, cls ? cls : "");
        al_buf_putc(&buf, ' ');
        al_buf_puts(&buf, id ? id : "");
        names = buf.data ? al_text_fold(buf.data) : NULL;
        al_buf_free(&buf);
        hit = names && (strstr(names, "cookie") || strstr(names, "consent"));
        free(names);
        if (hit)
            return true;
    }
    return false;
}

/* A cookie notice longer than the "cookie" rule's limit is one still when
 * its own element is named so: the text and the name agree. */
static bool fires_cookie_named(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_COOKIE, b->key) && cookie_named(b->dom, b->it->node);
}

/* A cookie notice of any length that opens with its phrase ("We use
 * cookies to make sure ...", "This website uses cookies"): the notice
 * speaks first, whatever its element is called (generated CSS names). An
 * article that reports a banner names its subject first ("The regulator
 * found that the banner ... uses cookies") or quotes it. */
static bool fires_cookie_opening(junk_block *b, const junk_rule *r)
{
    const unsigned char *t = (const unsigned char *)b->it->text;

    (void)r;
    while (*t == ' ')
        t++;
    if (*t == '"' || *t == '\'' || (t[0] == 0xC2 && t[1] == 0xAB) ||
        (t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x98 || t[2] == 0x9A || t[2] == 0x9C || t[2] == 0x9E)))
        return false;                   /* quoted: "We use cookies," the banner said */
    return starts_with_any(b->key, "extract.cookie");
}

static bool fires_comment_prompt(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_COMMENT, b->key);
}

/* A comment button's caption: "Tell me about your own notebooks in the
 * comments." set right before a link or button that is a comment call
 * ([extract.comment]: "Leave a comment"), the two alone in a small box
 * (a newsletter's "captioned button", whatever its class). Evidence: a
 * block of at most 30 words (the rule's bound) with a word of comments
 * ([extract.comment_word]) that speaks to the reader or asks (appeal.c's
 * address or request); an ancestor within CAPTION_BOX_LEVELS holds, after
 * it, a link or button whose whole text is a comment call, and nothing
 * else with words. A paragraph about comments in the article has the
 * article's text beside it, not a lone button. */
#define CAPTION_BOX_LEVELS 2
static bool comment_button_after(const al_dom *dom, int i, size_t own_len)
{
    int box = i;

    for (int level = 0; level < CAPTION_BOX_LEVELS && (box = dom->nodes[box].parent) >= 0; level++) {
        for (int j = dom->nodes[i].end; j < dom->nodes[box].end; j++) {
            GumboTag t = dom->nodes[j].tag;
            char *text, *key;
            bool hit;
            if ((dom->nodes[j].flags & AL_NODE_TEXT) || (t != GUMBO_TAG_A && t != GUMBO_TAG_BUTTON))
                continue;
            text = al_dom_text(dom, j, true);
            key = text ? al_text_key(text) : NULL;
            hit = key && al_lexicon_exact(AL_LEX_COMMENT, key) &&
                  dom->nodes[box].text_len <= own_len + dom->nodes[j].text_len + 4;
            free(key);
            free(text);
            if (hit)
                return true;
        }
    }
    return false;
}

static bool fires_comment_caption(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->dom && b->it->node >= 0 && al_block_key_has_table_word(b->key, "extract.comment_word") &&
           (features(b)->address || features(b)->request) &&
           comment_button_after(b->dom, b->it->node, b->dom->nodes[b->it->node].text_len);
}

/* Does a sentence of TEXT that names a newsletter (the lexicon's
 * phrases) speak as the site or its writer ("we", "my")? A prompt that
 * speaks so says it where it names the newsletter ("Get my newsletter",
 * "Our weekly briefing lands on Fridays"); a post about newsletters has
 * its writer's "me" in sentences of their own ("The middle case is the
 * one that worries me. A free newsletter has no revenue to pass the
 * cost on to."). First-person words fill a blog's prose; the reader
 * addressed or a request ("you", "sign up") anywhere in the block is
 * still a prompt's. When no one sentence holds a phrase (one spans a
 * full stop), the whole text is judged. */
static bool newsletter_sentence_self(const char *text, junk_block *b)
{
    const char *s = text;
    bool named = false, self = false;

    while (*s && !self) {
        const char *e = s;
        char *sentence, *key;
        while (*e && !(strchr(".!?", *e) && (e[1] == '\0' || e[1] == ' ')))
            e++;
        if (*e)
            e++;
        sentence = al_strndup(s, (size_t)(e - s));
        key = sentence ? al_text_key(sentence) : NULL;
        if (key && al_lexicon_match(AL_LEX_NEWSLETTER, key)) {
            al_appeal_features f;
            al_appeal_measure(sentence, &f);
            named = true;
            self = f.self > 0;
        }
        free(key);
        free(sentence);
        s = e;
        while (*s == ' ')
            s++;
    }
    return self || (!named && features(b)->self);
}

/* A newsletter prompt: a line naming it ("Jetzt den Newsletter
 * abonnieren"), or a block, short, linked or asking as well, that speaks
 * to the reader or asks, or speaks as the site where it names the
 * newsletter ("Sign up for the Morning Briefing", "our newsletter":
 * newsletter_sentence_self). News that names a newsletter reports it:
 * "shares fell after it said it would stop its newsletter service". */
static bool fires_newsletter(junk_block *b, const junk_rule *r)
{
    if (!al_lexicon_match(AL_LEX_NEWSLETTER, b->key))
        return false;
    if (b->words <= PROMPT_LINE_WORDS)
        return true;
    if (!(b->link_share > 0 || is_short(b, r) || al_lexicon_match(AL_LEX_APPEAL, b->key)))
        return false;
    return features(b)->address || features(b)->request ||
           (features(b)->self && newsletter_sentence_self(b->it->text, b));
}

/* A rating widget's line is at most this many words, counted as a
 * listener hears them: two ideographs or kana are one word, as a script
 * written without spaces has them ("★★★★☆4.6（128件の評価） このレシピを
 * 評価する" is ten), not one word a character. */
#define RATING_MAX_WORDS 12

static bool fires_readers_rating(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_text_line_words(b->it->text) <= RATING_MAX_WORDS && readers_rating(b->it, b->dom);
}

/* Payment words make a block the site's payment details when it is a
 * line of them, or when it speaks as the site or to the reader, or holds
 * bank details. A sentence that only reports them is news: "PayPal will
 * let customers pay by bank transfer", "the charity said supporters could
 * donate online or through PayPal". */
static bool fires_payment_details(junk_block *b, const junk_rule *r)
{
    if (!((appeal_count(b) && pay_count(b)) || pay_count(b) >= r->min_hits))
        return false;
    if (b->words <= PAYMENT_LINE_WORDS)
        return true;
    return site_or_reader(b) || (features(b)->bank_id && b->words < BANK_NEWS_WORDS);
}

/* An appeal phrase in a short block, or in a linked one that speaks as
 * the site or to the reader ("please consider supporting us on Patreon")
 * or is mostly its link. A sentence of news with a link in it is not
 * asked of the reader: "the firm made a contribution to the pension
 * fund", "residents can donate blankets at the town hall". Nor is a
 * short one whose giving is reported of someone else, asking nothing and
 * speaking neither as the site nor to the reader ("Lorelei is donating 2
 * of her Tin Snippets worth $50."): a sponsor's prize is news. */
static bool fires_appeal(junk_block *b, const junk_rule *r)
{
    const al_appeal_features *f;

    if (!appeal_count(b))
        return false;
    f = features(b);
    if (f->reported && !f->request && !site_or_reader(b))
        return false;
    if (is_short(b, r))
        return true;
    if (b->link_share <= 0)
        return false;
    if (b->link_share >= APPEAL_LINK_SHARE)
        return true;
    return site_or_reader(b);
}

/* The site's own ask by its name: a short block (SITE_APPEAL_MAX_WORDS)
 * that speaks to the reader, asks with a request verb of appeal.c
 * ("support", "subscribe", "join") that is not reported of someone else,
 * holds the link that takes the ask and names the site (its site_name):
 * "Support your local paper: [subscribe for unlimited access] to the
 * Northmoor Gazette." The site naming itself is its "we"; what it asks for
 * is behind the link. A story that names the paper tells of it, and a
 * quote is someone's words. */
#define SITE_APPEAL_MAX_WORDS 25

static bool fires_site_appeal(junk_block *b, const junk_rule *r)
{
    const al_appeal_features *f;

    (void)r;
    if (b->link_share <= 0 || quoted(b->it->text))
        return false;
    f = features(b);
    return f->request > f->reported && f->address && names_site(b);
}

/* An appeal by what it does (appeal.c): it addresses the reader, asks and
 * names a price with a period, a membership, a payment channel or bank
 * details; appeal.c bounds its length. */
static bool fires_appeal_features(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_block_is_appeal_by_features(b->it);
}

static bool fires_share_prompt(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_SHARE_PROMPT, b->key);
}

/* A prompt to show the reader's result on a social network: a short
 * question to the reader is the block's first sentence ("Did you make
 * this recipe?", "¿La has preparado?", "Vous l'avez testée ?"), and a
 * handle or hashtag to tag comes after it ("Tag @littlecopperpot on
 * Instagram", "avec #carnetdemargaux"), and the reader is addressed
 * (appeal.c's reader words: "you", "votre", "enséñame") or the sentence
 * after the question opens by asking the reader to show or tag
 * ([extract.social_ask]: European Portuguese says "you" with the verb
 * alone, "Fez esta receita? Mostre-me o resultado ... com @x"). An
 * article's question is followed by its answer ("Why does it matter?
 * The #MeToo hashtag spread ..."), not by a handle given to the reader. */
#define SOCIAL_PROMPT_QUESTION_MAX_WORDS 6

static bool fires_social_prompt(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text, *q = strchr(text, '?'), *stop = strpbrk(text, ".!"), *p;
    char *question;
    size_t words;

    (void)r;
    if (!q || (stop && stop < q) || !(question = al_strndup(text, (size_t)(q - text))))
        return false;
    words = al_text_words(question);
    free(question);
    if (words == 0 || words > SOCIAL_PROMPT_QUESTION_MAX_WORDS)
        return false;
    if (!features(b)->address) {
        char *rest = al_text_key(q + 1);
        bool asks = rest && al_lexicon_match(AL_LEX_SOCIAL_ASK, rest);
        free(rest);
        if (!asks)
            return false;
    }
    for (p = q + 1; *p;) {
        size_t n;

        p += strspn(p, " ");
        n = strcspn(p, " ");
        if (n > 2 && (p[0] == '@' || p[0] == '#') && isalnum((unsigned char)p[1]))
            return true;
        p += n;
    }
    return false;
}

/* A prompt to follow the site or a section of it on its social networks,
 * left under a story ("Follow World News on NBCNews.com on Twitter and
 * Facebook", "Follow us on Instagram and Pinterest"): a short block whose
 * first words are a follow verb of [extract.follow] and that names two
 * networks or more ([extract.follow_network]). One network and a name is
 * often the writer's own account ("Follow Jane Doe on Twitter"), which
 * the corpus's readers keep with the story; one network is enough when
 * the name followed is the site's own (site_followed: "Follow the Ticker
 * on Twitter" on the Political Ticker, "Like The Root on Facebook" on
 * The Root, where "like" and the site's name are the verb). Not a quote.
 * A sentence that names networks ("Like many teens on Facebook and
 * Instagram, ...") has no follow verb first: "like" alone is none, "like
 * us" is. */
#define FOLLOW_MIN_NETWORKS 2

/* Are the words of KEY from AT up to the next " on " (the name followed)
 * all words of SITE (a key), "the" aside, and one at least? */
static bool site_followed(const char *key, size_t at, const char *site)
{
    const char *end = strstr(key + at, " on "), *p = key + at;
    int named = 0;

    if (!site || !*site || !end)
        return false;
    while (p < end) {
        size_t len;
        char *w;
        bool in;

        p += strspn(p, " ");
        len = strcspn(p, " ");
        if (p + len > end)
            len = (size_t)(end - p);
        if (len == 0)
            break;
        if (!(len == 3 && strncmp(p, "the", 3) == 0)) {
            if (!(w = al_strndup(p, len)))
                return false;
            in = al_key_has_words(site, w);
            free(w);
            if (!in)
                return false;
            named++;
        }
        p += len;
    }
    return named > 0;
}

static bool fires_follow_prompt(junk_block *b, const junk_rule *r)
{
    size_t i, n, networks = 0, verb = 0, bare_like = 0;
    const al_lang_entry *e = al_lang_table("extract.follow", NULL, &n);
    char *site;
    bool own;

    (void)r;
    for (i = 0; i < n && !verb; i++) {
        size_t len = strlen(e[i].key);
        if (strncmp(b->key, e[i].key, len) == 0 && (b->key[len] == ' ' || b->key[len] == '\0'))
            verb = len;
    }
    if (!verb && strncmp(b->key, "like ", 5) == 0)
        verb = bare_like = 4;           /* "like" only before the site's name */
    if (!verb || quoted(b->it->text))
        return false;
    e = al_lang_table("extract.follow_network", NULL, &n);
    for (i = 0; i < n; i++)
        networks += al_key_has_words(b->key, e[i].key);
    if (networks >= FOLLOW_MIN_NETWORKS && !bare_like)
        return true;
    if (networks == 0 || !b->meta || !b->meta->site_name)
        return false;
    if (!(site = al_text_key(b->meta->site_name)))
        return false;
    own = site_followed(b->key, verb, site);
    free(site);
    return own;
}

/* The site's own follow prompt inside a longer end line ("Stay up to date
 * ... through social media. Join us at Facebook/Opinion and follow us on
 * Twitter."): a sentence of the block that opens with a follow phrase
 * naming the site as "us" (a phrase of [extract.follow] of two words or
 * more: "Follow us", "Join us", "Like us", "Find us") and names a network
 * of [extract.follow_network] within FOLLOW_US_NETWORK_GAP words after
 * it. The imperative first in its sentence speaks to the reader; "us"
 * makes the account the site's, never a person's the story names. A
 * sentence that reports the words ("... can find us on Facebook, said the
 * organiser") has them later in it. Not a quote. */
#define FOLLOW_US_NETWORK_GAP 3

/* Does a network of [extract.follow_network] stand as one of the GAP
 * words after P, a text key's part that starts at a space? */
static bool network_within(const char *p, int gap)
{
    size_t nn;
    const al_lang_entry *nets = al_lang_table("extract.follow_network", NULL, &nn);

    for (int w = 0; w < gap && *p == ' '; w++) {
        size_t wl;
        p++;
        wl = strcspn(p, " ");
        for (size_t k = 0; k < nn; k++)
            if (strlen(nets[k].key) == wl && strncmp(p, nets[k].key, wl) == 0)
                return true;
        p += wl;
    }
    return false;
}

static bool sentence_follows_us(const char *key)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.follow", NULL, &n);

    for (i = 0; i < n; i++) {
        size_t len = strlen(e[i].key);
        if (!strchr(e[i].key, ' ') || strncmp(key, e[i].key, len) != 0 || key[len] != ' ')
            continue;
        if (network_within(key + len, FOLLOW_US_NETWORK_GAP))
            return true;
    }
    return false;
}

/* Does one sentence of TEXT (split at ".", "!", "?" before a space or
 * the end), as a text key, satisfy PRED? */
static bool any_sentence(const char *s, bool (*pred)(const char *key))
{
    bool hit = false;

    while (*s && !hit) {
        size_t len = 0;
        char *sentence, *key;
        while (s[len] && !((s[len] == '.' || s[len] == '!' || s[len] == '?') && (s[len + 1] == ' ' || !s[len + 1])))
            len++;
        sentence = al_strndup(s, len);
        key = sentence ? al_text_key(sentence) : NULL;
        hit = key && pred(key);
        free(key);
        free(sentence);
        s += len;
        s += strspn(s, ".!? ");
    }
    return hit;
}

static bool fires_follow_us_network(junk_block *b, const junk_rule *r)
{
    (void)r;
    return !quoted(b->it->text) && any_sentence(b->it->text, sentence_follows_us);
}

/* A prompt to save or share the post on a network ("Vous avez aimé ce
 * tuto ? Épinglez-le sur Pinterest pour le retrouver plus tard !", "Save
 * it to your Pinterest board"): a sentence of a short block opens with an
 * imperative that asks the reader to save, pin or share
 * ([extract.share_verb], in each language) and names a network of
 * [extract.follow_network] within SHARE_VERB_NETWORK_GAP words after it
 * ("le sur Pinterest"). The imperative first in its sentence speaks to the
 * reader; the network makes it a button's prompt, not advice of the
 * article ("Enregistrez le fichier" names none). Not a quote. */
#define SHARE_VERB_NETWORK_GAP 4
#define SAVE_PROMPT_MAX_WORDS 25

static bool sentence_saves_to_network(const char *key)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.share_verb", NULL, &n);

    for (i = 0; i < n; i++) {
        size_t len = strlen(e[i].key);
        if (strncmp(key, e[i].key, len) != 0 || key[len] != ' ')
            continue;
        if (network_within(key + len, SHARE_VERB_NETWORK_GAP))
            return true;
    }
    return false;
}

static bool fires_save_prompt(junk_block *b, const junk_rule *r)
{
    (void)r;
    return !quoted(b->it->text) && any_sentence(b->it->text, sentence_saves_to_network);
}

/* Does KEY, a text key, hold a word of TABLE, in every language: a whole
 * word or phrase, or with "word*" a word that starts so? */
bool al_block_key_has_table_word(const char *key, const char *table)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);
    bool hit = false;

    for (i = 0; i < n && !hit; i++) {
        size_t len = strlen(e[i].key);
        bool stem = len > 1 && e[i].key[len - 1] == '*';
        const char *w = al_lang_entry_key(&e[i]);   /* "kommentar*" -> "kommentar" */

        if (w && *w && !stem) {
            hit = al_key_has_words(key, w);
        } else if (w && *w) {
            const char *p = key;
            for (; (p = strstr(p, w)) != NULL && !hit; p++)
                hit = p == key || p[-1] == ' ';
        }
    }
    return hit;
}

/* A labelled note of the links' affiliation is at most this many words. */
#define DISCLOSURE_NOTE_WORDS 30

/* An affiliate disclosure worded freshly ("Algunos enlaces de este
 * artículo son de afiliado: si compras a través de ellos, el blog recibe
 * una pequeña comisión"): a word of affiliation and one of earning
 * ([extract.disclosure_affiliate], [extract.disclosure_earn]), said to
 * the reader or by the site's "we" or "I", or naming the links
 * ([extract.disclosure_link]) of this page ([extract.disclosure_here]).
 * News about affiliate commissions reports them of others ("Publishers
 * earn a commission from affiliate links, the report found"). */
/* A note's label: the text opens with one word and a colon ("Nota:",
 * "Note:", "Disclosure:"), set apart as the page's own remark. */
static bool note_label(const char *text)
{
    const char *p = text;

    while (*p && !isspace((unsigned char)*p) && *p != ':')
        p++;
    return p > text && *p == ':' && isspace((unsigned char)p[1]);
}

/* Does the block name the site (its name's words, from the page's meta)? */
static bool names_site(const junk_block *b)
{
    char *site = b->meta && b->meta->site_name ? al_text_key(b->meta->site_name) : NULL;
    bool named = site && *site && al_key_has_words(b->key, site);

    free(site);
    return named;
}

static bool affiliate_disclosure(junk_block *b)
{
    bool affiliate = al_block_key_has_table_word(b->key, "extract.disclosure_affiliate"),
         earn = al_block_key_has_table_word(b->key, "extract.disclosure_earn"),
         links = al_block_key_has_table_word(b->key, "extract.disclosure_link");

    if (affiliate && earn &&
        (site_or_reader(b) || (links && al_block_key_has_table_word(b->key, "extract.disclosure_here"))))
        return true;
    /* the earning said of this page's links to the reader or by the site
     * naming itself, with no word of affiliation ("Gadget Shelf earns a
     * commission when you buy through links on this page", "O Plugado pode
     * receber uma comissão ... dos links desta página"), or the links'
     * affiliation in a labelled note ("Nota: alcuni link a strutture
     * ricettive sono affiliati.") */
    return links && ((earn && (features(b)->address || names_site(b)) &&
                      al_block_key_has_table_word(b->key, "extract.disclosure_here")) ||
                     (affiliate && note_label(b->it->text) && b->words <= DISCLOSURE_NOTE_WORDS));
}

/* A phrase of [extract.disclosure] ("affiliate links", "sponsored post")
 * marks a disclosure when the block is a label of a few words, or a line
 * of such labels (label_line), or is said
 * by the site or to the reader, or names this page, or, in a note of at
 * most DISCLOSURE_NOTE_WORDS words, names the site's editors
 * ([extract.disclosure_editors]: "Columns geven de mening van de auteur
 * weer, niet noodzakelijk die van de redactie", an opinion column's
 * disclaimer: b26-nl-column-fietsenstalling-station): a sentence that
 * reports them of others ("Regulators want influencers to label affiliate
 * links clearly") is news. */
#define DISCLOSURE_LABEL_WORDS 8

/* Is S a line of labels: two or more parts split by " / ", " | " or a
 * middle dot, each of 1 to DISCLOSURE_LABEL_WORDS words, with no
 * sentence's end? An affiliate plugin's note under its boxes is such a
 * line ("Última actualización de precios el 6/12/2026 / Enlaces de
 * afiliado / Imágenes de la API para Afiliados",
 * b37-es-listicle-rutas-caja-amazon, es-guia-mochilas-nota-afiliados):
 * its disclosure phrase is one label among others, not a sentence's. */
static bool label_line(const char *s)
{
    static const char *const seps[] = { " / ", " | ", " \xC2\xB7 " };
    size_t parts = 0;

    if (has_sentence_end(s))
        return false;
    for (const char *p = s; p;) {
        const char *end = NULL;
        size_t sl = 0, k;
        char *f;

        for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
            const char *q = strstr(p, seps[k]);
            if (q && (!end || q < end)) {
                end = q;
                sl = strlen(seps[k]);
            }
        }
        if (!(f = end ? al_strndup(p, (size_t)(end - p)) : al_strdup(p)))
            return false;
        k = al_text_words(f);
        free(f);
        if (k < 1 || k > DISCLOSURE_LABEL_WORDS)
            return false;
        parts++;
        p = end ? end + sl : NULL;
    }
    return parts >= 2;
}

static bool fires_disclosure(junk_block *b, const junk_rule *r)
{
    (void)r;
    if (affiliate_disclosure(b))
        return true;
    return al_lexicon_match(AL_LEX_DISCLOSURE, b->key) &&
           (b->words <= DISCLOSURE_LABEL_WORDS || label_line(b->it->text) || site_or_reader(b) ||
            al_block_key_has_table_word(b->key, "extract.disclosure_here") ||
            (b->words <= DISCLOSURE_NOTE_WORDS && al_block_key_has_table_word(b->key, "extract.disclosure_editors")));
}

/* A shop's button in a buying guide: a short line that is all a link
 * whose rel says it is paid ("sponsored", the value search engines ask
 * of affiliate and advertising links): "£145 at Shop Example". Markup,
 * not a language; a sentence that holds such a link has words of its
 * own beside it (SPONSORED_LINK_SHARE). */
#define SPONSORED_LINK_SHARE 0.9

static bool fires_sponsored_link(junk_block *b, const junk_rule *r)
{
    static const char *const paid[] = { "sponsored", NULL };
    const al_dom *dom = b->dom;
    int i = b->it->node;

    (void)r;
    if (!dom || i < 0 || i >= dom->count || b->link_share < SPONSORED_LINK_SHARE)
        return false;
    for (int j = i; j < dom->nodes[i].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_A &&
            al_value_has_part(al_dom_attr(dom, j, "rel"), " \t\n", paid))
            return true;
    return false;
}

/* An affiliate product box between a guide's parts ("Unser Tipp", the
 * product's name, its star rating, a price and a shop button with a
 * note): its price, button and note go by their own rules, and its label,
 * name and rating are the box's too. Evidence: a short line with no
 * sentence's end, whose box (the nearest element holding more than it)
 * has at most AFFILIATE_BOX_MAX_CHARS of text, a link whose rel says it
 * is paid and a price. A sentence that names a product, or a product's
 * heading in a roundup whose box is the article, is not such a line. */
#define AFFILIATE_BOX_MAX_CHARS 400

static bool fires_affiliate_box(junk_block *b, const junk_rule *r)
{
    static const char *const paid[] = { "sponsored", NULL };
    const al_dom *dom = b->dom;
    int i = b->it->node, box;
    bool link = false;
    char *text;
    al_appeal_features f;

    (void)r;
    if (!dom || i < 0 || i >= dom->count || al_block_ends_sentence(b->it->text))
        return false;
    box = dom->nodes[i].parent;
    while (box >= 0 && dom->nodes[box].text_len <= dom->nodes[i].text_len)
        box = dom->nodes[box].parent;
    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
        dom->nodes[box].text_len > AFFILIATE_BOX_MAX_CHARS)
        return false;
    for (int j = box; j < dom->nodes[box].end && !link; j++)
        link = !(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_A &&
               al_value_has_part(al_dom_attr(dom, j, "rel"), " \t\n", paid);
    if (!link || !(text = al_dom_text(dom, box, true)))
        return false;
    al_appeal_measure(text, &f);
    free(text);
    return f.money > 0;
}

/* A list of offers set in a guide or a review: a hotel or shop box that
 * lists two offers or more, each a short row with a price and a paid
 * link ("Hotel Els Jardins del Fluvià 8,9 Fabulós des de 96 € Reserva
 * ara", "Teknosepet 14.999 TL Mağazaya git"), the same button in every
 * row. All the box says is the box's: its title ("Hotels in Zutphen"),
 * its rows, the date of its prices ("Prijzen per nacht, gevonden op 30
 * november 2026.") and its affiliate note. Evidence: markup and shape,
 * not words: a row is a child of the box of at most OFFER_ROW_MAX_CHARS
 * with a price and a link whose rel says it is paid ("sponsored"), and
 * the rows' paid links say the same words (a button, not a deal's own
 * link: a list of deals, "£199 at Shop A", "£89 at Shop B", is the
 * article). The box is the block's element or an ancestor within
 * OFFER_BOX_DEPTH of at most OFFER_BOX_MAX_CHARS and OFFER_BOX_MAX_NODES
 * (each block looks at so many nodes at most): a buying guide whose
 * products are sections of prose is longer. A short guide's body may hold
 * two product boxes and still be under that size: a box that holds
 * OFFER_BOX_PROSE paragraphs of its own or more (a child that is no row,
 * with no paid link, that ends as a sentence of OFFER_PROSE_MIN_WORDS or
 * more and is no affiliate note) is the article, and only what sits in
 * its rows goes (tests/pages/en-guide-short-offer-boxes: three sections
 * of two sentences between two "Check price" boxes). The box's title,
 * price date and affiliate note are no such prose. */
#define OFFER_ROW_MAX_CHARS 200
#define OFFER_BOX_DEPTH 3
#define OFFER_BOX_MAX_CHARS 1200
#define OFFER_BOX_MAX_NODES 600
#define OFFER_BOX_PROSE 2
#define OFFER_PROSE_MIN_WORDS 12

/* The text key of the first paid link in node I's subtree, or NULL. A
 * button already cut from a comparison table's row (collect.c) is not
 * read: its row is no offer's. */
static char *paid_link_key(const al_dom *dom, int i)
{
    static const char *const paid[] = { "sponsored", NULL };

    for (int j = i; j < dom->nodes[i].end; j++)
        if (!(dom->nodes[j].flags & (AL_NODE_TEXT | AL_NODE_JUNK)) && dom->nodes[j].tag == GUMBO_TAG_A &&
            al_value_has_part(al_dom_attr(dom, j, "rel"), " \t\n", paid)) {
            char *text = al_dom_text(dom, j, true), *key = text ? al_text_key(text) : NULL;
            free(text);
            return key;
        }
    return NULL;
}

/* Does node I's text give a price? */
static bool node_money(const al_dom *dom, int i)
{
    char *text = al_dom_text(dom, i, true);
    al_appeal_features f = { 0 };

    if (text)
        al_appeal_measure(text, &f);
    free(text);
    return f.money > 0;
}

/* Is child I of a box an offer's row: short, a price, a paid link whose
 * words are BUTTON's (the first row's, when *BUTTON is NULL)? The price
 * may be a field of its own, its element glued to the next one's text
 * ("14.999 TL" in a <span> before "Mağazaya git"). */
static bool offer_row(const al_dom *dom, int i, char **button)
{
    const al_node *n = &dom->nodes[i];
    char *key;
    bool row = false;

    if ((n->flags & AL_NODE_TEXT) || n->text_len == 0 || n->text_len > OFFER_ROW_MAX_CHARS ||
        !(key = paid_link_key(dom, i)))
        return false;
    if (*key && (!*button || strcmp(*button, key) == 0)) {
        row = node_money(dom, i);
        for (int j = i + 1; j < n->end && !row; j = dom->nodes[j].end)  /* its fields */
            row = !(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].text_len > 0 && node_money(dom, j);
    }
    if (row && !*button)
        *button = key;
    else
        free(key);
    return row;
}

/* Is child I of a box a paragraph of prose of its own: no paid link in
 * it, a sentence's end, OFFER_PROSE_MIN_WORDS words or more, and no
 * affiliate note? */
static bool offer_box_prose(const al_dom *dom, int i)
{
    char *text, *key, *button;
    bool prose;

    if ((dom->nodes[i].flags & AL_NODE_TEXT) || dom->nodes[i].text_len == 0)
        return false;
    if ((button = paid_link_key(dom, i))) {
        free(button);
        return false;
    }
    if (!(text = al_dom_text(dom, i, true)))
        return false;
    prose = al_block_ends_sentence(text) && al_text_words(text) >= OFFER_PROSE_MIN_WORDS;
    if (prose && (key = al_text_key(text))) {
        prose = !al_lexicon_match(AL_LEX_DISCLOSURE, key);
        free(key);
    }
    free(text);
    return prose;
}

static bool fires_offer_list(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int box = b->it->node, below = -1, depth;

    (void)r;
    if (!dom || box < 0 || box >= dom->count)
        return false;
    for (depth = 0; box >= 0 && depth <= OFFER_BOX_DEPTH; depth++, below = box, box = dom->nodes[box].parent) {
        const al_node *n = &dom->nodes[box];
        char *button = NULL;
        int rows = 0, prose = 0;
        bool in_row = false;

        if (n->tag == GUMBO_TAG_BODY || n->text_len > OFFER_BOX_MAX_CHARS || n->end - box > OFFER_BOX_MAX_NODES)
            return false;
        for (int j = box + 1; j < n->end; j = dom->nodes[j].end) {   /* its children */
            bool row = offer_row(dom, j, &button);

            rows += row;
            in_row |= row && j == below;
            prose += !row && offer_box_prose(dom, j);
        }
        free(button);
        if (rows >= 2)
            return prose < OFFER_BOX_PROSE || in_row;
    }
    return false;
}

/* An ad set as a line of the story: an ad label of [extract.ad_label]
 * ("Advertisement", "Sponsored", "Anzeige") opens the block, then a
 * separator, then a short line of at most r->max_words words in all,
 * none of it linked ("Advertisement · Winter boots from £39 at
 * hartleyandfoot.co.uk", "Sponsored · Is your home ready for the next
 * storm? Free survey with Brueside Roofing"). A label set off by a mark
 * no sentence uses after its first word (a middle dot, a bullet, a bar, a
 * dash) is the template's; after a colon the line must also name a web
 * address or a price, an offer's evidence ("Anuncio: el alcalde ..." may
 * open a story's sentence). Evidence: language data, shape, links
 * (b39-en-gb-news-inline-ad-lines-sponsored, en-news-ad-line-label). */
static bool ad_label_word(const char *s, size_t n)
{
    size_t i, count;
    const al_lang_entry *e = al_lang_table("extract.ad_label", NULL, &count);
    char *head = al_strndup(s, n), *key = head ? al_text_key(head) : NULL;
    bool hit = false;

    for (i = 0; key && *key && i < count && !hit; i++) {
        const char *w = al_lang_entry_key(&e[i]);
        hit = w && strcmp(w, key) == 0;
    }
    free(key);
    free(head);
    return hit;
}

/* Does S hold a web address (a token of letters with a dot inside and two
 * letters or more after its last dot, no '@': "hartleyandfoot.co.uk") or
 * a price (a currency sign next to a digit: "£39", "24,95 €")? */
static bool offer_evidence(const char *s)
{
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, " "), m = n, dot = 0, tld = 0;
        const char *w = p;
        while (m && strchr(".,;:!?)", w[m - 1]))
            m--;
        if (!memchr(w, '@', m)) {
            for (size_t k = 0; k < m; k++)
                if (w[k] == '.' && k > 0 && k + 1 < m)
                    dot = k;
            for (tld = dot + 1; dot && tld < m && ((w[tld] >= 'a' && w[tld] <= 'z') || (w[tld] >= 'A' && w[tld] <= 'Z'));
                 tld++)
                ;
            if (dot && tld == m && m - dot - 1 >= 2 && !(w[0] >= '0' && w[0] <= '9'))
                return true;
        }
        p += n;
        p += strspn(p, " ");
    }
    for (const char *p = s; *p; p++) {
        bool sign = strncmp(p, "\xC2\xA3", 2) == 0 || strncmp(p, "\xE2\x82\xAC", 3) == 0 || *p == '$';
        size_t len = *p == '$' ? 1 : (unsigned char)*p == 0xC2 ? 2 : 3;
        if (sign && ((p[len] >= '0' && p[len] <= '9') ||
                     (p > s && p[-1] >= '0' && p[-1] <= '9') ||
                     (p > s + 1 && p[-1] == ' ' && p[-2] >= '0' && p[-2] <= '9')))
            return true;
    }
    return false;
}

#define AD_LINE_LABEL_MAX_BYTES 40
static bool fires_ad_line(junk_block *b, const junk_rule *r)
{
    static const char *const marks[] = { " \xC2\xB7 ", " \xE2\x80\xA2 ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                         " - ", ": " };
    const char *text = b->it->text;

    (void)r;
    if (b->it->link_len > 0)
        return false;
    for (size_t k = 0; k < sizeof(marks) / sizeof(marks[0]); k++) {
        const char *at = strstr(text, marks[k]);
        const char *rest;
        if (!at || at == text || at - text > AD_LINE_LABEL_MAX_BYTES || !ad_label_word(text, (size_t)(at - text)))
            continue;
        rest = at + strlen(marks[k]);
        if (!*rest)
            return false;
        return marks[k][0] != ':' || offer_evidence(rest);
    }
    return false;
}

static bool fires_call_to_action(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_CTA, b->key);
}

static bool fires_copyright(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_COPYRIGHT, b->key) && !opener_then_clause(b->it->text, AL_LEX_COPYRIGHT);
}

/* A credit names a photographer or an agency; a long line that ends as a
 * sentence ("Source: the figures come from the statistics office, which
 * surveyed...") is prose that happens to open with a credit word. A short
 * line of a label cut by its full stop and then only a name ("fot. Jan
 * Nowak / Portal X") is a credit as it is in a caption (credits.c): a
 * picture's credit in a <div> of its own is no caption. */
static bool fires_credit(junk_block *b, const junk_rule *r)
{
    if (al_credit_bracketed(b->it->text) || (is_short(b, r) && al_credit_stop_labelled(b->it->text)))
        return true;
    if (labelled_with_note(b->it->text, AL_LEX_CREDIT) && names_only(strchr(b->it->text, ':') + 1))
        return true;                    /* "Photos (left to right): Courtesy of A, B, C." */
    return is_credit(b->it->text, is_short(b, r)) && (is_short(b, r) || !al_block_ends_sentence(b->it->text));
}

/* A picture's credit set beside it, not in a caption: a block that is
 * nothing but an agency credit's shape (names and agencies joined by '/'
 * or "via": "Jane Doe/Getty Images", "JANE DOE/AFP/GettyImages"), in the
 * picture's own box: the block's element or an ancestor within
 * PICTURE_BOX_DEPTH that holds an <img> and at most PICTURE_BOX_MAX_CHARS
 * of text (the picture, perhaps its caption, and the credit). The shape
 * alone could be a line of the article ("Input/Output"); beside a
 * picture it names who took it. So does a paper's credit for its own
 * staff's picture, its name before a labelled credit ("Courier photo by
 * Jan Mertz", al_credit_outlet: b29-en-us-weekly-school-board-table-
 * layout, en-us-county-paper-outlet-photo-credit). */
#define PICTURE_BOX_DEPTH 3
#define PICTURE_BOX_MAX_CHARS 400

/* Is node I in a picture's own box: itself or an ancestor within
 * PICTURE_BOX_DEPTH holds an <img> and at most PICTURE_BOX_MAX_CHARS of
 * text? */
static bool in_picture_box(const al_dom *dom, int i)
{
    int box = i, d, j;

    for (d = 0; d <= PICTURE_BOX_DEPTH && box >= 0; d++, box = dom->nodes[box].parent) {
        if (dom->nodes[box].text_len > PICTURE_BOX_MAX_CHARS)
            return false;
        for (j = box + 1; j < dom->nodes[box].end; j++)
            if (dom->nodes[j].tag == GUMBO_TAG_IMG)
                return true;
    }
    return false;
}

static bool fires_picture_credit(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->it->node >= 0 && (al_credit_shaped(b->it->text) || al_credit_outlet(b->it->text)) &&
           in_picture_box(b->dom, b->it->node);
}

/* A picture's source label set over or beside it, not in its caption: a
 * block that is a credit label of [extract.credit] and nothing more
 * ("Imagen de archivo", "File photo", "Archivbild"; credits.c's
 * al_credit_label_alone), in the picture's own box as fires_picture_credit
 * finds it. Where the picture comes from is for the eye; the caption under
 * it says what it shows. Away from a picture such a line may be a heading
 * of the article's own (tests/pages/b32-es-diario-escuela-rural-efe-fuente-ine,
 * es-foto-etiqueta-archivo). */
static bool fires_picture_label(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->it->node >= 0 && al_credit_label_alone(b->it->text) && in_picture_box(b->dom, b->it->node);
}

/* A site's legal notice, of any length: it holds a copyright sign and its
 * last words are a copyright phrase ("... are trademarks of the National
 * Hockey League ... (c) NHL 2012. All Rights Reserved."). A notice closes
 * so; an article's paragraph that quotes one goes on after it. The tail
 * is tried from its last LEGAL_TAIL_WORDS words down to one. */
#define LEGAL_TAIL_WORDS 6
static bool fires_legal_notice(junk_block *b, const junk_rule *r)
{
    const char *key = b->key, *p = key + strlen(key);
    int words = 0;

    (void)r;
    if (!strstr(b->it->text, "\xC2\xA9"))
        return false;
    while (p > key && words < LEGAL_TAIL_WORDS) {
        while (p > key && p[-1] != ' ')
            p--;
        words++;
        if (al_lexicon_exact(AL_LEX_COPYRIGHT, p))
            return true;
        if (p > key)
            p--;                        /* past the space, to the word before */
    }
    return false;
}

static bool fires_copyright_sign(junk_block *b, const junk_rule *r)
{
    (void)r;
    return strncmp(b->it->text, "\xC2\xA9", 2) == 0 || strncmp(b->it->text, "(c) ", 4) == 0;
}

/* Words from S to the next digit or the end ("March 2024": 1, "hours ago,
 * 5 min": 2). A day's number in a dateline has its month or "hours ago"
 * after it; "Aktualizacja do Androida 14 pojawi się w przyszłym miesiącu."
 * goes on for five words: a sentence, where 14 is a version. */
#define DATE_TAIL_MAX_WORDS 3

static size_t words_to_number(const char *s)
{
    size_t words = 0;
    bool in_word = false;

    for (; *s && !(*s >= '0' && *s <= '9'); s++) {
        bool space = *s == ' ';
        if (!space && !in_word)
            words++;
        in_word = !space;
    }
    return words;
}

/* Is the word at W (of LEN bytes) a month's name in any language's
 * [speech.months], or its first three letters or more ("Dec.")? */
#define MONTH_MIN_LETTERS 3

static bool month_name(const char *w, size_t len)
{
    size_t n, k;
    const al_lang_entry *e = al_lang_table("speech.months", NULL, &n);

    if (len < MONTH_MIN_LETTERS)
        return false;
    for (k = 0; k < n; k++)
        if (e[k].value && strlen(e[k].value) >= len && strncasecmp(e[k].value, w, len) == 0)
            return true;
    return false;
}

/* Is the word right before START or right after END (the number S holds
 * there) a month's name: "4 March", "July 24", "3 grudnia"? */
static bool month_beside(const char *s, const char *start, const char *end)
{
    const char *a = end, *b;

    while (*a == ' ' || *a == '.' || *a == ',')
        a++;
    for (b = a; *b && *b != ' ' && *b != ',' && *b != '.'; b++)
        ;
    if (month_name(a, (size_t)(b - a)))
        return true;
    for (b = start; b > s && b[-1] == ' '; b--)
        ;
    for (a = b; a > s && a[-1] != ' '; a--)
        ;
    return month_name(a, (size_t)(b - a));
}

/* A number a dateline holds: a day or a count ("4", "12 hours ago"), a
 * year, a time or a numeric date ("10:15", "17.02.2024", "3/4", "10.15");
 * a day or a count only beside a month's name or with at most
 * DATE_TAIL_MAX_WORDS words after it.
 * Not a decimal, a version or a thousands group ("17.2", "3,5", "1.234"):
 * with one of those only, a line that opens with "Update" is a sentence
 * about a product ("Aktualizacja do iOS 17.2 usuwa błąd."). */
static bool has_date_number(const char *s)
{
    const char *p = s;

    while (*p) {
        size_t groups = 0, len[4] = { 0, 0, 0, 0 };
        char sep = 0;
        char before = p > s ? p[-1] : ' ';

        const char *start = p;

        /* a number's start, not inside a word or another number */
        if (!(*p >= '0' && *p <= '9') || (before >= '0' && before <= '9') ||
            ((before | 0x20) >= 'a' && (before | 0x20) <= 'z')) {
            p++;
            continue;
        }
        for (;;) {
            size_t n = strspn(p, "0123456789");
            if (groups < 4)
                len[groups] = n;
            groups++;
            p += n;
            if (!strchr(".,:/-", *p) || *p == '\0' || !(p[1] >= '0' && p[1] <= '9'))
                break;
            if (!sep || *p == ':')
                sep = *p;
            p++;
        }
        if (groups == 1 && len[0] == 4)
            return true;
        if (groups == 1 && len[0] <= 2 &&
            (words_to_number(p) <= DATE_TAIL_MAX_WORDS || month_beside(s, start, p)))
            return true;
        if (groups >= 3 || sep == ':' || sep == '/' || (groups == 2 && sep != ',' && len[1] == 2))
            return true;
    }
    return false;
}

static bool fires_dateline(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_DATELINE, b->key) && has_date_number(b->it->text) &&
           !opener_then_clause(b->it->text, AL_LEX_DATELINE);
}

static bool fires_caption_title(junk_block *b, const junk_rule *r)
{
    (void)r;
    return b->meta->title && al_text_same_words(b->it->text, b->meta->title);
}

/* A recipe card's call to rate it ("Har du lagat receptet? Klicka på
 * stjärnorna och ge ditt betyg!", "Did you make this recipe? Leave a
 * rating!"): in a recipe card (recipe.c), a prompt of questions and
 * exclamations (no full stop) that speaks to the reader and holds a word
 * of [extract.rating_call]. The card's own lines are the dish's: its
 * steps end with full stops, its notes say what to do, not "rate". */
static bool fires_rating_call(junk_block *b, const junk_rule *r)
{
    (void)r;
    if (!(b->dom->nodes[b->it->node].flags & AL_NODE_RECIPE))
        return false;
    for (const char *p = b->it->text; *p; p++)
        if (*p == '.' && (p[1] == ' ' || p[1] == '\0'))
            return false;
    return features(b)->address && al_block_key_has_table_word(b->key, "extract.rating_call");
}

/* A recipe card's nutrition line with no heading over it ("Kalorien:
 * 420 kcal · Eiweiß: 18 g · Fett: 12 g", "Per serving: 350 kcal, 12 g
 * fat"): in a recipe card (recipe.c), no sentence, at least
 * NUTRITION_MIN_AMOUNTS amounts of a nutrient's unit, one of them energy
 * (kcal, kJ) and one a mass (g, mg), and a nutrient's name
 * ([extract.nutrient]: "Eiweiß", "fat", "glucides"). The plugin works
 * the figures out from the ingredients; the cook's lines have a mass
 * ("250 g Mehl") but no energy. Units are symbols, not a language's. */
#define NUTRITION_MIN_AMOUNTS 2

/* The unit right after the number that ends at P ("420 kcal", "18g"):
 * 'e' energy, 'm' mass, 0 none. */
static char nutrient_unit(const char *p)
{
    static const struct { const char *unit; char kind; } units[] = {
        { "kcal", 'e' }, { "kj", 'e' }, { "mg", 'm' }, { "g", 'm' }
    };

    p += *p == ' ';
    for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++) {
        size_t n = strlen(units[k].unit);
        if (!strncasecmp(p, units[k].unit, n) && !isalnum((unsigned char)p[n]))
            return units[k].kind;
    }
    return 0;
}

static bool fires_nutrition_line(junk_block *b, const junk_rule *r)
{
    const char *p = b->it->text;
    int amounts = 0;
    bool energy = false, mass = false;

    (void)r;
    if (!(b->dom->nodes[b->it->node].flags & AL_NODE_RECIPE) || has_sentence_end(p))
        return false;
    while (*p) {
        char unit;
        if (!isdigit((unsigned char)*p) || (p > b->it->text && isalnum((unsigned char)p[-1]))) {
            p++;
            continue;
        }
        while (isdigit((unsigned char)*p) || ((*p == ',' || *p == '.') && isdigit((unsigned char)p[1])))
            p++;
        if ((unit = nutrient_unit(p)) != 0) {
            amounts++;
            energy = energy || unit == 'e';
            mass = mass || unit == 'm';
        }
    }
    return amounts >= NUTRITION_MIN_AMOUNTS && energy && mass &&
           al_block_key_has_table_word(b->key, "extract.nutrient");
}

/* A recipe card's name in a line of its own (not a heading: "<div
 * class=wprm-recipe-name>"), with the title's words: the post's title
 * heard again where the card opens, as a heading that repeats the title
 * is. The card is marked by recipe.c (markup or shape); the block's
 * place in it and the title's words are the evidence. */
static bool fires_card_name_title(junk_block *b, const junk_rule *r)
{
    (void)r;
    return (b->dom->nodes[b->it->node].flags & AL_NODE_RECIPE) && b->meta->title &&
           al_text_same_words(b->it->text, b->meta->title);
}

/* Does TEXT name every author of BYLINE, a list of names as meta.c joins
 * them ("Jana Reuter and Malte Kiesow", "A, B and C"), each whole, in any
 * order and joined by any word ("Mit Jana Reuter und Malte Kiesow")? A
 * byline of one name is not a list. */
static bool all_names_in(const char *text, const char *byline)
{
    const char *p = byline;
    int names = 0;

    while (*p) {
        const char *comma = strstr(p, ", "), *and = strstr(p, " and "), *end;
        char *name;
        bool found;

        end = comma && (!and || comma < and) ? comma : and;
        if (!end)
            end = p + strlen(p);
        if (end == p || !(name = al_strndup(p, (size_t)(end - p))))
            return false;
        found = al_text_casestr(text, name) != NULL;
        free(name);
        if (!found)
            return false;
        names++;
        p = *end == '\0' ? end : end + (*end == ',' ? 2 : 5);
    }
    return names >= 2;
}

/* The byline the block names: the author's (anywhere in it), or, when the
 * byline names no person ("APA", "La Rédaction"), that name as whole words
 * (a short name may be part of a word: "Kapazität"), or a CMS's
 * placeholder ("Guest Author") in a line that says "by" or a date (the
 * word "author" alone is in sentences too). NULL when none. */
static const char *named_byline(const junk_block *b)
{
    const char *org = b->meta->byline_org;
    char *k;
    bool found;

    if (b->meta->byline)
        return al_text_casestr(b->it->text, b->meta->byline) || all_names_in(b->it->text, b->meta->byline)
                   ? b->meta->byline : NULL;
    if (!org && (starts_with_by(b->key) || has_date(b->it->text)))
        org = b->meta->byline_none;     /* "by Guest Author", a placeholder's line */
    if (!org || !(k = al_text_key(org)))
        return NULL;
    found = al_key_has_words(b->key, k);
    free(k);
    return found ? org : NULL;
}

/* Is the space-delimited token at S, N bytes, an e-mail address
 * ("name@site.example")? */
static bool mail_token(const char *s, size_t n)
{
    const char *at = memchr(s, '@', n), *dot = at ? memchr(at, '.', n - (size_t)(at - s)) : NULL;

    return at && at > s && dot && dot > at + 1 && dot + 1 < s + n;
}

/* TEXT's words, its e-mail addresses not counted: an author's line is her
 * name and her address ("Agnieszka Wróblewska agnieszka.wroblewska@..."). */
static size_t words_but_mail(const char *text, size_t words)
{
    const char *p = text;

    if (!strchr(text, '@'))
        return words;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n && mail_token(p, n)) {
            char *tok = al_strndup(p, n);
            size_t w = tok ? al_text_words(tok) : 0;
            words -= w < words ? w : words;
            free(tok);
        }
        p += n + (p[n] == ' ');
    }
    return words;
}

/* Is the token at S, N bytes, a fediverse handle ("@lucia@mastodon.green")? */
static bool handle_token(const char *s, size_t n)
{
    return n > 3 && s[0] == '@' && mail_token(s + 1, n - 1);
}

/* The e-mail addresses and fediverse handles in TEXT (trailing
 * punctuation aside). */
static int contact_tokens(const char *text)
{
    const char *p = text;
    int count = 0;

    while (*p) {
        size_t n = strcspn(p, " ");
        size_t m = n;
        while (m && strchr(".,;:!?)", p[m - 1]))
            m--;
        if (m && (mail_token(p, m) || handle_token(p, m)))
            count++;
        p += n + (p[n] == ' ');
    }
    return count;
}

/* A name's word of at least this many letters is looked for in an address. */
#define MAIL_NAME_MIN_LETTERS 4

/* Does the ASCII text at L (up to END) start with name word W (folded)?
 * A letter beyond ASCII in the name stands for any one letter of the
 * address ("wróblewska" in "a.wroblewska"). */
static bool mail_has_name_at(const char *l, const char *end, const char *w)
{
    const unsigned char *p = (const unsigned char *)w;
    size_t n = strlen(w), k = 0, len;
    uint32_t c;

    for (; k < n; k += len, l++) {
        len = al_utf8_decode(p + k, n - k, &c);
        if (l >= end || !len || !((*l | 32) >= 'a' && (*l | 32) <= 'z'))
            return false;
        if (c < 0x80 ? (uint32_t)(*l | 32) != c : c < 0xC0)
            return false;
    }
    return true;
}

/* Is one of TEXT's e-mail addresses the writer's own: its local part
 * holds a word of the byline BYLINE ("t.wierzbicki@..." for Tomasz
 * Wierzbicki)? */
static bool writers_mail(const char *text, const char *byline)
{
    char *name = byline ? al_text_key(byline) : NULL;
    const char *p = text;
    bool hit = false;

    while (name && *p && !hit) {
        size_t n = strcspn(p, " ");
        const char *at = memchr(p, '@', n);
        if (n && mail_token(p, n) && at)
            for (char *w = name; *w && !hit; w += strcspn(w, " "), w += strspn(w, " ")) {
                char *word = al_strndup(w, strcspn(w, " "));
                if (word && al_utf8_chars(word) >= MAIL_NAME_MIN_LETTERS)
                    for (const char *l = p; l < at && !hit; l++)
                        hit = mail_has_name_at(l, at, word);
                free(word);
            }
        p += n + (p[n] == ' ');
    }
    free(name);
    return hit;
}

static bool quoted(const char *text);

/* The author's contact line ("¿Dudas? Escríbeme a X o búscame en Mastodon
 * como @x@y", "Fragen? Schreiben Sie uns an X", "Masz temat? Napisz do
 * autora: t.wierzbicki@..."): a short block with two addresses or
 * handles, or one where the writer speaks as "I" or "we", or one that is
 * the writer's own (a word of the byline in its name) in a line that does
 * not name her: a story names its writer when it tells of her ("Jane Doe,
 * who wrote to the council from jane.doe@..."). A news line that gives
 * the police's address has one and speaks of others. The newsroom named
 * as the addressee ([extract.tip_to]: "rédaction", "Redaktion") speaks for
 * the site as its "we" does, when the line asks the reader or asks a
 * question, unquoted ("Une erreur, une précision ? Écrivez à la rédaction
 * web : web@..."): a story quotes its newsroom's address to nobody. */
static bool fires_author_contact(junk_block *b, const junk_rule *r)
{
    int n;

    (void)r;
    if (!strchr(b->it->text, '@') || (n = contact_tokens(b->it->text)) == 0)
        return false;
    return n >= 2 || features(b)->self || (writers_mail(b->it->text, b->meta->byline) && !named_byline(b)) ||
           (al_lexicon_match(AL_LEX_TIP_TO, b->key) && (features(b)->address || strchr(b->it->text, '?')) &&
            !quoted(b->it->text));
}

/* A press contact: a block that opens with a metadata label
 * ([extract.meta]: "Media contact", "Perscontact", "Noot voor de
 * redactie") and gives an e-mail address, longer than a label's line
 * ("Noot voor de redactie, niet voor publicatie: Voor meer informatie ...
 * contact opnemen met X, woordvoerder, via ... of pers@..."). */
static bool fires_press_contact(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_match(AL_LEX_META, b->key) && strchr(b->it->text, '@') && contact_tokens(b->it->text) > 0;
}

static bool fires_byline(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text, *byline = named_byline(b);

    (void)r;
    return byline &&
           (has_date(text) ||
            (words_but_mail(text, b->words) <= al_text_words(byline) + BYLINE_EXTRA_WORDS &&
             !starts_with_about(b->key)) ||
            starts_with_by(b->key));
}

/* An entry's poster label: a label of [extract.poster_label] ("Posted by",
 * "Publicado por") and then a name alone, one to POSTER_NAME_MAX_WORDS
 * capitalised words, no comma, nothing more: who posted an entry of a
 * live blog or a thread, said by the page beside each entry (the byline
 * rules take the page's own byline; this one takes the other posters
 * too: b27-en-us-live-ice-storm-power, "Posted by Marcus Lindqvist"). A
 * single post's "Posted by NAME, Product Manager" credits its author,
 * often its only byline, and stays. */
#define POSTER_NAME_MAX_WORDS 4

static bool fires_poster_line(junk_block *b, const junk_rule *r)
{
    size_t i, n, label = 0, names = 0;
    const al_lang_entry *e = al_lang_table("extract.poster_label", NULL, &n);
    const char *p = b->it->text;

    (void)r;
    for (i = 0; i < n && !label; i++) {
        size_t len = strlen(e[i].key);
        if (strncmp(b->key, e[i].key, len) == 0 && b->key[len] == ' ')
            label = al_text_words(e[i].key);
    }
    if (!label)
        return false;
    for (i = 0; *p; i++) {
        size_t w = strcspn(p, " ");
        if (i >= label) {
            if (!capitalised(p) || p[w - 1] == ',' || ++names > POSTER_NAME_MAX_WORDS)
                return false;           /* "Posted by NAME, Role": the post's own credit */
        }
        p += w;
        p += strspn(p, " ");
    }
    return names > 0;
}

/* A line that is one link to a place on the same page ("#entry-13") and
 * no sentence: a permalink or a jump beside an entry ("Share this
 * update", "Link to this post", "Skip to the recipe"), which moves the
 * eye and says nothing (b27-en-us-live-ice-storm-power, with opaque
 * class names). Its element holds the link alone (ANCHOR_LINE_MAX_NODES
 * nodes at most). */
#define ANCHOR_LINE_MAX_NODES 8

static bool fires_anchor_line(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int i = b->it->node, links = 0;

    (void)r;
    if (!dom || i < 0 || i >= dom->count || dom->nodes[i].end - i > ANCHOR_LINE_MAX_NODES ||
        has_sentence_end(b->it->text) || dom->nodes[i].text_len == 0)
        return false;
    for (int j = i; j < dom->nodes[i].end; j++) {
        const char *href;
        if (dom->nodes[j].tag != GUMBO_TAG_A)
            continue;
        href = al_dom_attr(dom, j, "href");
        if (!href || href[0] != '#' || !href[1] || dom->nodes[j].text_len != dom->nodes[i].text_len || ++links > 1)
            return false;               /* a fragment's link holding all the line */
    }
    return links == 1;
}

/* Is the link at node J a feed's: an RSS or Atom type, an address of a
 * feed ("/feed", "/feeds/posts/default", "rss.xml", ".atom"), or a text
 * that ends in a feed format of [extract.feed_format] in brackets
 * ("Kommentare zum Post (Atom)", "Entradas (RSS)")? */
static bool feed_link(const al_dom *dom, int j)
{
    static const char *const ends[] = { "/feed", "/feed/", ".rss", ".atom", "rss.xml", "atom.xml", "?alt=rss",
                                        "?alt=atom" };
    const char *type = al_dom_attr(dom, j, "type"), *href = al_dom_attr(dom, j, "href");
    char *t, *open;
    bool hit = false;
    size_t k, n, len;

    if (type && (al_text_casestr(type, "rss") || al_text_casestr(type, "atom")))
        return true;
    if (href && (strstr(href, "/feeds/") || strstr(href, "/rss/")))
        return true;
    for (k = 0, len = href ? strlen(href) : 0; k < sizeof(ends) / sizeof(ends[0]); k++)
        if (len >= strlen(ends[k]) && strcasecmp(href + len - strlen(ends[k]), ends[k]) == 0)
            return true;
    if (!(t = al_dom_text(dom, j, true)))
        return false;
    n = strlen(t);
    while (n && t[n - 1] == ' ')
        t[--n] = '\0';
    if (n > 2 && t[n - 1] == ')' && (open = strrchr(t, '(')) != NULL) {
        const al_lang_entry *e = al_lang_table("extract.feed_format", NULL, &k);
        t[n - 1] = '\0';
        while (k-- > 0 && !hit)
            hit = strcasecmp(open + 1, e[k].key) == 0;
    }
    free(t);
    return hit;
}

/* "Abonnieren: Kommentare zum Post (Atom)", "Subscribe to: Posts (RSS)": a
 * short line, no sentence, at least FEED_LINK_SHARE of it in links, one of
 * them to a feed. */
#define FEED_LINK_SHARE 0.5

static bool fires_feed_link(junk_block *b, const junk_rule *r)
{
    const al_node *n = &b->dom->nodes[b->it->node];
    int j;

    size_t in_links = 0;
    bool feed = false;

    (void)r;
    if (has_sentence_end(b->it->text) || n->text_len > b->it->text_len + RELATED_SLACK_CHARS)
        return false;
    for (j = b->it->node; j < n->end; j++) {   /* any <a>: a feed link may lead to "#" until a script runs */
        const al_node *c = &b->dom->nodes[j];
        if (c->tag != GUMBO_TAG_A || (c->flags & AL_NODE_TEXT) || c->text_len == 0)
            continue;
        in_links += c->text_len;
        feed = feed || feed_link(b->dom, j);
        j = c->end - 1;
    }
    return feed && (double)in_links >= FEED_LINK_SHARE * (double)n->text_len;
}

/* A line of dates: a timestamp (a year and a time of day) with a dateline
 * label anywhere in it ("30 listopada 2026, 15:48 Aktualizacja: 30
 * listopada 2026, 18:02", "Publié le 03/12/2026 10:52 Mis à jour le ..."),
 * no sentence, a few words besides the numbers. A sentence that says when
 * something was updated ends with a full stop. */
static bool fires_dates_line(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text;

    (void)r;
    return letter_words(b->key) <= DATES_LINE_MAX_WORDS && has_year(text) && has_clock(text) &&
           !has_sentence_end(text) && al_lexicon_anywhere(AL_LEX_DATELINE, b->key);
}

/* A story's meta line: the byline and its dates in one block under the
 * headline ("By Jane Doe and Marcus Hale, Riverside Courier Updated
 * <time>3:42 PM EST, Thu December 4, 2026</time> Published <time>...</time>"):
 * it opens with a word of [extract.byline_prefix], holds a label of
 * [extract.dateline] and at least one <time> element, no sentence, and
 * outside its <time> elements at most STORY_META_MAX_WORDS words (the
 * names and the labels). The dates in <time> are what make it longer than
 * the byline rules allow; a paragraph that opens with "By" and names a
 * time says it in a sentence. */
#define STORY_META_MAX_WORDS 16

static bool fires_story_meta(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int l = b->it->node;
    size_t outside = 0;
    bool times = false;

    (void)r;
    if (!dom || l < 0 || l >= dom->count || !starts_with_by(b->key) || has_sentence_end(b->it->text) ||
        strpbrk(b->it->text, "!?") || !al_lexicon_anywhere(AL_LEX_DATELINE, b->key))
        return false;
    for (int j = l; j < dom->nodes[l].end; j++) {
        const al_node *n = &dom->nodes[j];
        if (n->tag == GUMBO_TAG_TIME && !(n->flags & AL_NODE_TEXT)) {
            times = times || n->text_len > 0;
            j = n->end - 1;
        } else if ((n->flags & AL_NODE_TEXT) && n->g && n->g->type == GUMBO_NODE_TEXT) {
            outside += al_text_words(n->g->v.text.text);
        }
    }
    return times && outside <= STORY_META_MAX_WORDS;
}

static bool fires_byline_times(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text;

    (void)r;
    return named_byline(b) && has_date(text) && has_clock(text) &&
           !strpbrk(text, ".!?");
}

/* A reading time: a phrase of [extract.read_time] right after a number
 * ("2 minuti di lettura", "4 min read"). Spans set side by side with no
 * space between them glue their words ("20264 min de leitura5
 * comentários"): the number may end a longer run of digits and a count
 * may follow the phrase unspaced. */
static bool has_read_time(const char *key)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.read_time", NULL, &n);
    bool hit = false;

    for (i = 0; i < n && !hit; i++) {
        const char *w = al_lang_entry_key(&e[i]);
        size_t len = w ? strlen(w) : 0;

        for (const char *p = len ? key : NULL; p && (p = strstr(p, w)) != NULL && !hit; p++)
            hit = p - key >= 2 && p[-1] == ' ' && p[-2] >= '0' && p[-2] <= '9' &&
                  (p[len] == '\0' || p[len] == ' ' || (p[len] >= '0' && p[len] <= '9'));
    }
    return hit;
}

/* A line of the post's metadata that gives its reading time ("3 dicembre
 * 2026, 19:45 2 minuti di lettura 14 commenti"): short, no "!" or "?", and
 * a full stop only after a short abbreviation ("1 de dez. de 2026",
 * "4 Min. Lesezeit"). An article says how long something takes to read in
 * a sentence, with its stop. */
#define READ_TIME_ABBREV_MAX 4

static bool fires_read_time_line(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text;

    (void)r;
    if (strpbrk(text, "!?") || !has_read_time(b->key))
        return false;
    for (const char *p = strchr(text, '.'); p; p = strchr(p + 1, '.')) {
        const char *w = p;
        if (p[1] != '\0' && p[1] != ' ')
            continue;                   /* "14.30", "a.m" */
        while (w > text && w[-1] != ' ')
            w--;
        if (p - w > READ_TIME_ABBREV_MAX || p[1] == '\0')
            return false;
    }
    return true;
}

/* The byline as a line of fields ("Texto de Inês Carvalho, médica de
 * família · Revisto por Rui Pacheco · 1 de dezembro de 2026"): the
 * author's name, a date, fields split by a middle dot, a bullet or a bar,
 * and no sentence's mark; longer than "byline" allows, as a reviewer's or
 * a photographer's credit rides along. */
static bool fires_byline_fields(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text;

    (void)r;
    return named_byline(b) && has_date(text) && !strpbrk(text, ".!?") &&
           (strstr(text, "\xC2\xB7") || strstr(text, "\xE2\x80\xA2") || strstr(text, " | "));
}

/* An episode's or issue's line of fields ("Folge 47 · 14. November 2026 ·
 * 58 Min.", "Issue 12 | 3 March 2026 | 6 min read"): three fields or more
 * split by a middle dot, a bullet or a bar, each of at most
 * FIELD_MAX_WORDS words, one of them the page's own date (the year and
 * the day of its published date, as numbers). A list of events gives
 * other days than the page's. */
#define FIELD_MAX_WORDS 4
#define FIELDS_MIN 3
/* A line that opens with the page's own date as its first field is the
 * post's line of metadata with one field more: whatever that says ("Nov
 * 30, 2026 · Paid subscribers keep this free", a tagline beside the
 * date), with no sentence's stop and fields of up to
 * DATED_FIELD_MAX_WORDS words. */
#define DATED_FIELD_MAX_WORDS 8

static bool date_field(const char *f, size_t n, const char *published)
{
    char year[5], day[3];
    bool has_y = false, has_d = false;
    size_t k;

    if (!published || strlen(published) < 10 || published[4] != '-' || published[7] != '-')
        return false;
    memcpy(year, published, 4);
    year[4] = '\0';
    day[0] = published[8] == '0' ? published[9] : published[8];
    day[1] = published[8] == '0' ? '\0' : published[9];
    day[2] = '\0';
    for (k = 0; k < n;) {
        size_t d = strspn(f + k, "0123456789");
        if (d == 0) {
            k++;
            continue;
        }
        if (d > n - k)
            d = n - k;
        has_y |= d == 4 && strncmp(f + k, year, 4) == 0;
        has_d |= (d == strlen(day) && strncmp(f + k, day, d) == 0) ||
                 (d == 2 && f[k] == '0' && day[1] == '\0' && f[k + 1] == day[0]);
        k += d;
    }
    return has_y && has_d;
}

bool al_block_own_date(const char *f, size_t n, const char *published)
{
    return date_field(f, n, published);
}

static bool has_sentence_stop(const char *s);

/* The length of the field that P opens in a line of fields split by a
 * middle dot, a bullet or a bar; *SEP is the length of the separator
 * after it, 0 for the last field. */
static size_t field_len(const char *p, size_t *sep)
{
    static const char *const seps[] = { "\xC2\xB7", "\xE2\x80\xA2", " | " };
    const char *end = NULL;

    *sep = 0;
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        const char *q = strstr(p, seps[k]);
        if (q && (!end || q < end)) {
            end = q;
            *sep = strlen(seps[k]);
        }
    }
    return end ? (size_t)(end - p) : strlen(p);
}

static bool fires_dated_fields(junk_block *b, const junk_rule *r)
{
    const char *p = b->it->text;
    int fields = 0, long_fields = 0;
    bool dated = false, date_first = false;

    (void)r;
    while (*p) {
        size_t k, sl, n = field_len(p, &sl);
        char *f;

        if (!(f = al_strndup(p, n)))
            return false;
        k = al_text_words(f);
        free(f);
        if (k == 0 || k > DATED_FIELD_MAX_WORDS)
            return false;
        long_fields += k > FIELD_MAX_WORDS;
        dated |= date_field(p, n, b->meta->published);
        if (fields == 0)
            date_first = dated;
        fields++;
        p += n + sl;
        if (!sl)
            break;
    }
    if (date_first && fields >= 2 && !has_sentence_stop(b->it->text))
        return true;
    /* Three fields or more, one the page's date, and no sentence: a
     * field may be longer then ("Door de redactie · 2 december 2026 ·
     * Bijgewerkt om 14.30 uur", a desk and an update's time). */
    return fields >= FIELDS_MIN && dated && (long_fields == 0 || !has_sentence_stop(b->it->text));
}

/* A thread's or a post's line of counts ("Started by kim_r · 5 replies ·
 * 1,382 views", "12 comments | 340 views"): fields split by a middle dot,
 * a bullet or a bar, at least COUNTED_FIELDS_MIN of them a count of the
 * page's counters (a number and words of [extract.share]: "replies",
 * "views", "svar", "visningar"; a number alone counts nothing: "Nov•
 * 06•12" is a date), and no more than as many other fields,
 * no sentence. A sentence counts in running words, not in such fields. */
#define COUNTED_FIELDS_MIN 2

static bool counted_field(const char *f, size_t n)
{
    char *field = al_strndup(f, n), *key = field ? al_text_key(field) : NULL;
    const char *w = key;
    bool word = false, hit;

    while (w && *w && !word) {          /* a counter's word, not a number alone ("Nov• 06•12") */
        word = !(*w >= '0' && *w <= '9');
        w += strcspn(w, " ");
        w += strspn(w, " ");
    }
    hit = word && strpbrk(key, "0123456789") && al_lexicon_match(AL_LEX_SHARE, key);

    free(key);
    free(field);
    return hit;
}

static bool fires_counted_fields(junk_block *b, const junk_rule *r)
{
    const char *p = b->it->text;
    int fields = 0, counts = 0;

    (void)r;
    while (*p) {
        size_t sl, n = field_len(p, &sl);

        counts += counted_field(p, n);
        fields++;
        p += n + sl;
        if (!sl)
            break;
    }
    return counts >= COUNTED_FIELDS_MIN && 2 * counts >= fields && !has_sentence_stop(b->it->text);
}

/* Does S hold a sentence's stop: "!", "?" or a full stop that ends a
 * word? A dot inside a word ("hana.k", a forum handle) or after an
 * abbreviated month before its number ("30 nov. 2026", "Nov. 30") ends
 * no sentence, nor does one after a digit ("10.15"). */
bool al_block_sentence_stop(const char *s)
{
    return has_sentence_stop(s);
}

static bool has_sentence_stop(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '!' || *p == '?')
            return true;
        if (*p != '.' || (p > s && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        if (p[1] && !strchr(" \"')", p[1]))
            continue;                   /* inside a word: "hana.k", "a.m" */
        if (p[1] == ' ' && p[2] >= '0' && p[2] <= '9')
            continue;                   /* "nov. 2026" */
        return true;
    }
    return false;
}

/* "By 2030, the city hopes...": a year or a number after the "By" starts
 * a sentence, not a byline, and so does a word in small letters (Dutch
 * "De werkzaamheden ..." opens with another language's "by"); a byline
 * does not end in a sentence of BY_SENTENCE_MIN_WORDS words, nor in a
 * full stop when its "by" is not the page's language's or English's
 * ("De Rijn werd in 1997 verbreed." on a Dutch page). */
#define BY_SENTENCE_MIN_WORDS 8

static bool fires_by_and_date(junk_block *b, const junk_rule *r)
{
    const char *after = strchr(b->key, ' '), *name = strchr(b->it->text, ' ');

    (void)r;
    if (after && after[1] >= '0' && after[1] <= '9')
        return false;
    if (name && name[1] >= 'a' && name[1] <= 'z' &&
        !(has_year(b->it->text) && has_clock(b->it->text) && !has_sentence_end(b->it->text)))
        return false;                   /* "De werkzaamheden ...": a name is capitalised, but a
                                         * forum's "por pepe_azahar » jue 03 dic 2026 08:03",
                                         * a date and a time and no sentence, is a meta line */
    if (b->words >= BY_SENTENCE_MIN_WORDS && has_sentence_stop(b->it->text))
        return false;                   /* "Door Redactie 30 nov. 2026, 10:15": a month's dot */
    if (al_block_ends_sentence(b->it->text) && !starts_with_own_by(b->key, b->meta->lang))
        return false;                   /* a sentence opening with another language's "by" */
    return starts_with_by(b->key) && has_date(b->it->text);
}

/* Does S hold a time of day written with marks after its numbers
 * ("9時30分", "14时05分", "9시 30분"): an hour of one or two digits, the
 * hour's mark of [extract.clock_marks] (its key), a space or none, one or
 * two digits and the minutes' mark (its value)? */
static bool has_marked_clock(const char *s)
{
    size_t n, k;
    const al_lang_entry *e = al_lang_table("extract.clock_marks", NULL, &n);

    for (k = 0; k < n; k++) {
        size_t hl = strlen(e[k].key), ml = e[k].value ? strlen(e[k].value) : 0;
        const char *p, *q;
        int digits;

        for (p = ml ? strstr(s, e[k].key) : NULL; p; p = strstr(p + hl, e[k].key)) {
            for (digits = 0, q = p; q > s && q[-1] >= '0' && q[-1] <= '9'; q--)
                digits++;
            if (digits < 1 || digits > 2)
                continue;
            q = p + hl;
            if (*q == ' ')
                q++;
            for (digits = 0; *q >= '0' && *q <= '9'; q++)
                digits++;
            if (digits >= 1 && digits <= 2 && strncmp(q, e[k].value, ml) == 0)
                return true;
        }
    }
    return false;
}

/* A line of a date with its year and a time of day, no sentence: a post's
 * or a comment's metadata ("Senin, 14 Okt 2024 10:12 WIB"), also with the
 * poster's handle or byline and a count of replies around it ("hana.k
 * February 11, 2023, 11:02am 3", "Door Redactie 30 nov. 2026, 10:15 4
 * reacties": a forum's post head, a news site's info line, set apart only
 * by class names that may be generated). */
static bool fires_timestamp(junk_block *b, const junk_rule *r)
{
    (void)r;
    return has_year(b->it->text) && has_clock(b->it->text) && !has_sentence_stop(b->it->text);
}

/* The same with a time written with marks after its numbers ("2025年11月20日
 * 9時30分", "更新日：2025年11月21日 14時05分", "2025년 11월 20일 오전 9시 30분":
 * [extract.clock_marks]), no sentence's stop, ideographic ("。") or not: a
 * post's date line under its title. Its marks count as words, hence its
 * own limit of words. */
static bool fires_marked_timestamp(junk_block *b, const junk_rule *r)
{
    (void)r;
    return has_year(b->it->text) && has_marked_clock(b->it->text) && !has_sentence_stop(b->it->text) &&
           !strstr(b->it->text, "\xE3\x80\x82");
}

/* A time of day alone with its half of the day ("오전 9:48", "9:48 AM",
 * "上午9:48"): a clock and, for words, exactly one entry of
 * [extract.day_half]. A live blog's stamp over an entry, as "9:48" alone
 * is (no-words); an article says a time in a sentence. So is a time after
 * its word of [extract.clock_prefix], nothing after ("kl. 14.32", "godz.
 * 12:15": Danish, Swedish, Norwegian and Polish pages write the word
 * first), also after a day and a month in a <time> ("2. december kl.
 * 21.05", an entry from the day before); "godz. 12:15 konferencja" says
 * more. */
/* A time of day written with a full stop, as German, Polish, Danish and
 * Norwegian pages write it before their clock word ("15.40 Uhr", "6.05
 * Uhr"): one or two digits for an hour up to 23, a full stop, two for the
 * minutes up to 59, no digit or full stop around. "3.50 Euro" has one too;
 * the clock word after it is what makes it a time (day-time). */
static bool dotted_clock(const char *s)
{
    for (const char *p = s; *p; p++) {
        const char *q = p;     /* past the hour; P stays, so the loop never steps past the end */
        int hour = 0;

        if (!(*p >= '0' && *p <= '9') || (p > s && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.')))
            continue;
        while (*q >= '0' && *q <= '9' && q - p < 3)
            hour = hour * 10 + (*q++ - '0');
        if (q - p > 2 || hour > 23 || *q != '.' || !(q[1] >= '0' && q[1] <= '5') || !(q[2] >= '0' && q[2] <= '9') ||
            (q[3] >= '0' && q[3] <= '9') || (q[3] == '.' && q[4] >= '0' && q[4] <= '9'))
            continue;
        return true;
    }
    return false;
}

/* Is the word W (a key's) one of [extract.day_half] ("am", "오전") or of
 * [extract.clock_word] ("uhr"): said with a time of day and nothing else? */
static bool clock_companion(const char *w)
{
    static const char *const tables[] = { "extract.day_half", "extract.clock_word" };
    size_t i, n, t;

    for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
        const al_lang_entry *e = al_lang_table(tables[t], NULL, &n);
        for (i = 0; i < n; i++) {
            const char *k = al_lang_entry_key(&e[i]);
            if (k && strcmp(k, w) == 0)
                return true;
        }
    }
    return false;
}

/* Is the key W a time zone's abbreviation of [speech.timezones] ("et",
 * "cet", "mez")? */
static bool time_zone(const char *w)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("speech.timezones", NULL, &n);

    for (i = 0; i < n; i++) {
        const char *k = al_lang_entry_key(&e[i]);
        if (k && strcmp(k, w) == 0)
            return true;
    }
    return false;
}

/* Are the words W (a key's, after a time of day's numbers) what a stamp
 * says with its time and nothing else: a word of clock_companion ("p m"),
 * a time zone of [speech.timezones] ("et"), or one then the other ("p m
 * et": "2:41 p.m. ET", b37-en-live-blog-key-updates-share-post)? */
static bool stamp_words(const char *w)
{
    const char *z = strrchr(w, ' ');
    char head[32];

    if (clock_companion(w) || time_zone(w))
        return true;
    if (!z || !time_zone(z + 1) || (size_t)(z - w) >= sizeof(head))
        return false;
    memcpy(head, w, (size_t)(z - w));
    head[z - w] = '\0';
    return clock_companion(head);
}

/* The length of the word of [extract.clock_prefix] ("kl", "godz": said
 * before a time of day, "kl. 14.32", "godz. 12:15") that opens KEY, with
 * its space, when a number follows it; 0 when none does. */
static size_t clock_prefix(const char *key)
{
    size_t i, n, wlen = strcspn(key, " ");
    const al_lang_entry *e = al_lang_table("extract.clock_prefix", NULL, &n);

    if (!wlen || key[wlen] != ' ' || !isdigit((unsigned char)key[wlen + 1]))
        return 0;
    for (i = 0; i < n; i++) {
        const char *k = al_lang_entry_key(&e[i]);
        if (k && strlen(k) == wlen && strncmp(k, key, wlen) == 0)
            return wlen + 1;
    }
    return 0;
}

/* The length of what comes before a stamp's time in KEY: a word of
 * [extract.clock_prefix] with its space ("kl 14 32"), or that after a day
 * and one word ("2 december kl 21 05": the date a stamp gives when the
 * entry is from another day, a month's name in whatever language); 0 when
 * neither. DATED says which. */
static size_t clock_lead(const char *key, bool *dated)
{
    size_t pre = clock_prefix(key), d, w, i;

    *dated = false;
    if (pre)
        return pre;
    d = strspn(key, "0123456789");
    if (d < 1 || d > 2 || key[d] != ' ')
        return 0;
    w = strcspn(key + d + 1, " ");
    if (!w || key[d + 1 + w] != ' ')
        return 0;
    for (i = 0; i < w; i++)
        if (isdigit((unsigned char)key[d + 1 + i]))
            return 0;
    pre = clock_prefix(key + d + 1 + w + 1);
    *dated = pre > 0;
    return pre ? d + 1 + w + 1 + pre : 0;
}

static bool holds_time(const al_dom *dom, int e);

static bool fires_day_time(junk_block *b, const junk_rule *r)
{
    size_t i, n, len, pre;
    const al_lang_entry *e;
    char words[32];
    const char *w;
    bool dated;

    (void)r;
    if (!has_clock(b->it->text) && !dotted_clock(b->it->text))
        return false;
    pre = clock_lead(b->key, &dated);
    /* a date before the word only in a <time>: "2. december kl. 21.05"
     * set as the machine's stamp, not an event's date in a listing */
    if (dated && (!b->dom || b->it->node < 0 || b->it->node >= b->dom->count || !holds_time(b->dom, b->it->node)))
        return false;
    for (len = 0, w = b->key + pre; *w; w++) {  /* the key without its numbers: "9 48 a m" "a m" */
        if (isdigit((unsigned char)*w) || (*w == ' ' && (!len || words[len - 1] == ' ')))
            continue;
        if (len + 1 >= sizeof(words))
            return false;
        words[len++] = *w;
    }
    while (len && words[len - 1] == ' ')
        len--;
    words[len] = '\0';
    if (pre && !len)
        return true;                    /* "kl. 14.32", "godz. 12:15": the word before makes it a time */
    if (!has_clock(b->it->text)) {      /* "15.40 Uhr": only a clock word makes it a time */
        e = al_lang_table("extract.clock_word", NULL, &n);
        for (i = 0; len && i < n; i++) {
            const char *k = al_lang_entry_key(&e[i]);
            if (k && strcmp(k, words) == 0)
                return true;
        }
        return false;
    }
    return len && stamp_words(words);
}

/* An entry's label in a feed of entries (a live blog's "Pinned",
 * "Fijado", "Festet innlegg", "고정"): a line of at most the row's 3
 * words, no digit, no sentence, all the text before a heading in its
 * entry (the element that holds both), where at least ENTRY_LABEL_PEERS
 * of the entry's siblings of its tag show a <time> before their heading,
 * and the entry none. The slot that shows the other entries' time shows
 * this one's state: the feed's furniture, not the entry's news. Only
 * ENTRY_LABEL_SIBLINGS siblings and ENTRY_LABEL_REACH nodes of each are
 * looked at (a feed of thousands costs no square). */
#define ENTRY_LABEL_PEERS 2
#define ENTRY_LABEL_SIBLINGS 16
#define ENTRY_LABEL_REACH 32
#define ENTRY_LABEL_DEPTH 3

/* The first heading at or after node FROM, up to node END, within
 * ENTRY_LABEL_REACH nodes, with only elements with no text or no text
 * node before it; -1 when none. *TIME tells whether a <time> came first. */
static int entry_heading_after(const al_dom *dom, int from, int end, bool *time)
{
    *time = false;
    for (int j = from, seen = 0; j < end && seen < ENTRY_LABEL_REACH; j++, seen++) {
        const al_node *n = &dom->nodes[j];
        if (n->flags & AL_NODE_TEXT)
            continue;
        if (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6)
            return n->text_len > 0 ? j : -1;
        *time = *time || n->tag == GUMBO_TAG_TIME;
    }
    return -1;
}

/* The text before the first <time> in E, from node FROM on (within
 * ENTRY_LABEL_REACH nodes), white space aside; -1 when E shows no <time>
 * there. */
static long text_before_time(const al_dom *dom, int e, int from)
{
    long before = 0;

    for (int j = from, seen = 0; j < dom->nodes[e].end && seen < ENTRY_LABEL_REACH; j++, seen++) {
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            before += dom->nodes[j].g->type == GUMBO_NODE_WHITESPACE ? 0 : dom->nodes[j].text_len;
        else if (dom->nodes[j].tag == GUMBO_TAG_TIME)
            return before;
    }
    return -1;
}

/* The label of an entry with no heading ("Przypięty wpis" over a pinned
 * entry whose <time> follows it): all the entry says before its <time>,
 * where at least ENTRY_LABEL_PEERS sibling entries of its tag open with
 * their <time>, nothing before it. The others' slot before the time is
 * empty: this one's badge tells the entry's state, not its news
 * (b29-pl-relacja-powodz-kamienna-bystra). */
static bool entry_badge(const al_dom *dom, int l, size_t chars)
{
    /* the label's own element first: a run of loose text before the
     * <time> makes the element the entry */
    for (int up = 0, e = l; up <= ENTRY_LABEL_DEPTH && e >= 0; up++, e = dom->nodes[e].parent) {
        long before = text_before_time(dom, e, e + 1);
        int f = dom->nodes[e].parent, peers = 0, seen = 0;

        if (before < 0)
            continue;
        if (f < 0 || before == 0 || (size_t)before > chars + 2 ||
            (e != l && text_before_time(dom, e, dom->nodes[l].end) != 0))
            return false;               /* the label is all before the time, and right before it */
        for (int s = f + 1; s < dom->nodes[f].end && peers < ENTRY_LABEL_PEERS && seen++ < ENTRY_LABEL_SIBLINGS;
             s = dom->nodes[s].end)
            if (s != e && dom->nodes[s].tag == dom->nodes[e].tag && !(dom->nodes[s].flags & AL_NODE_TEXT) &&
                text_before_time(dom, s, s + 1) == 0)
                peers++;
        return peers >= ENTRY_LABEL_PEERS;
    }
    return false;
}

static bool fires_entry_label(junk_block *b, const junk_rule *r)
{
    const al_dom *dom = b->dom;
    int l = b->it->node, e, f, h = -1, peers = 0, seen = 0;
    unsigned before = 0;
    bool time;

    (void)r;
    if (!b->key[0] || strpbrk(b->it->text, "0123456789") || has_sentence_end(b->it->text) ||
        b->it->link_len > 0)
        return false;
    /* the heading after the label: in the label's own element (a run of
     * loose text before it: the element is the entry), or after the
     * label in an ancestor, ENTRY_LABEL_DEPTH levels up at most */
    e = l;
    h = entry_heading_after(dom, l + 1, dom->nodes[l].end, &time);
    for (int up = 0; h < 0 && up < ENTRY_LABEL_DEPTH && (e = dom->nodes[e].parent) >= 0; up++)
        h = entry_heading_after(dom, dom->nodes[l].end, dom->nodes[e].end, &time);
    if (h < 0)
        return entry_badge(dom, l, al_utf8_chars(b->it->text));
    if (e < 0 || (f = dom->nodes[e].parent) < 0 || h - e > 4 * ENTRY_LABEL_REACH)
        return false;
    for (int j = e + 1; j < h; j++) {       /* the label is all the entry says before its heading */
        if (dom->nodes[j].tag == GUMBO_TAG_TIME)
            return false;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            before += dom->nodes[j].text_len;
    }
    if (before > al_utf8_chars(b->it->text) + 2)
        return false;
    for (int s = f + 1; s < dom->nodes[f].end && peers < ENTRY_LABEL_PEERS && seen++ < ENTRY_LABEL_SIBLINGS;
         s = dom->nodes[s].end)
        if (s != e && dom->nodes[s].tag == dom->nodes[e].tag &&
            entry_heading_after(dom, s + 1, dom->nodes[s].end, &time) >= 0 && time)
            peers++;
    return peers >= ENTRY_LABEL_PEERS;
}

static bool fires_hashtags(junk_block *b, const junk_rule *r)
{
    (void)r;
    return all_hashtags(b->it->text);
}

static bool fires_meta_label(junk_block *b, const junk_rule *r)
{
    (void)r;
    return al_lexicon_exact(AL_LEX_META, b->key);
}

static bool fires_span_label(junk_block *b, const junk_rule *r)
{
    (void)r;
    return span_labelled(b->it, b->dom, AL_LEX_META);
}

/* Does S open with a year alone ("2013 Land Rover Range Rover", "1990-April
 * 2002: ...", "2010 Census Population Numbers"): one group of four digits
 * before the first letter? A model year, a census, a season names a
 * thing; a date line gives the day or the hour ("2017-03-10 09:58"). */
static bool opens_with_year_alone(const char *s)
{
    size_t n = strspn(s, "0123456789-./: "), groups = 0, digits = 0, longest = 0;

    for (size_t k = 0; k <= n; k++) {
        if (k < n && s[k] >= '0' && s[k] <= '9') {
            digits++;
            continue;
        }
        if (digits) {
            groups++;
            longest = digits > longest ? digits : longest;
        }
        digits = 0;
    }
    return groups == 1 && longest == 4;
}

static bool fires_date_source(junk_block *b, const junk_rule *r)
{
    (void)r;
    return starts_with_date(b->it->text) && !opens_with_year_alone(b->it->text) &&
           !strpbrk(b->it->text, ".!?");
}

static bool fires_date_source_cjk(junk_block *b, const junk_rule *r)
{
    (void)r;
    return starts_with_date(b->it->text) && al_lexicon_contains_cjk(AL_LEX_META, b->key) &&
           !strstr(b->it->text, "\xE3\x80\x82");            /* no "。": not a sentence */
}

/* A "send us your tip" box, the newsroom's end matter like a newsletter
 * prompt ("Heb jij een tip? Stuur ons een bericht via WhatsApp of mail
 * naar de redactie."): in at most TIP_MAX_WORDS words, a news tip of
 * [extract.tip], the reader addressed or a question, the site as its
 * addressee (its "we", or the newsroom of [extract.tip_to]) and a way to
 * send it (a channel of [extract.tip_channel], an e-mail address, a
 * phone number, a mailto:, tel: or messenger link, or the site's own
 * form linked at its end: tip_form_link). News that reports
 * tips names the police or a court, not the site ("Heb jij iets gezien?
 * Bel de politie"), or quotes who asks; a how-to's "Tip: e-mail us the form"
 * opens with the word as a label. */
#define TIP_MAX_WORDS 40
#define TIP_LABEL_MAX_WORDS 3

static const char *const tip_link_marks[] = { "mailto:", "tel:", "sms:", "wa.me/", "whatsapp", "t.me/", "signal.me",
                                              NULL };

/* Is the space-delimited token at S, N bytes, a phone number written out
 * ("06-12345678", "+44(0)20-7946-0018")? Only digits and the marks phone
 * numbers use, TIP_PHONE_MIN_DIGITS digits or more: more than a year
 * range ("2020-2023") or a date ("03.12.2026") has. */
#define TIP_PHONE_MIN_DIGITS 9

static bool phone_token(const char *s, size_t n)
{
    size_t digits = 0, k;

    while (n && strchr(".,;:!?)", s[n - 1]))
        n--;
    for (k = 0; k < n; k++) {
        if (s[k] >= '0' && s[k] <= '9')
            digits++;
        else if (!strchr("+-()/.", s[k]))
            return false;
    }
    return digits >= TIP_PHONE_MIN_DIGITS;
}

static bool tip_channel(junk_block *b)
{
    const al_dom *dom = b->dom;
    const char *p = b->it->text;
    int i = b->it->node, j;

    if (al_lexicon_match(AL_LEX_TIP_CHANNEL, b->key))
        return true;
    for (j = i; j < dom->nodes[i].end; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        for (size_t k = 0; href && tip_link_marks[k]; k++)
            if (al_text_casestr(href, tip_link_marks[k]))
                return true;
    }
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n && (mail_token(p, n) || phone_token(p, n)))
            return true;
        p += n + (p[n] == ' ');
    }
    return false;
}

/* Does TEXT open with a hint's label ("Tip:", "Pro tip:", "Tipp:")? */
static bool tip_label(const char *text)
{
    const char *colon = strchr(text, ':');
    char *head, *key;
    bool hit;

    if (!colon || colon - text > LABEL_MAX_BYTES || memchr(text, '?', (size_t)(colon - text)))
        return false;
    head = al_strndup(text, (size_t)(colon - text));
    key = head ? al_text_key(head) : NULL;
    hit = key && al_text_words(head) <= TIP_LABEL_MAX_WORDS && al_lexicon_match(AL_LEX_TIP, key);
    free(head);
    free(key);
    return hit;
}

static bool quoted(const char *text)
{
    static const char *const marks[] = { "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB",
                                         NULL };

    for (size_t k = 0; marks[k]; k++)
        if (strstr(text, marks[k]))
            return true;
    return false;
}

/* Is the e-mail address of S (N bytes) the site's own: its domain's first
 * label, letters and digits only, the site's name so squeezed
 * ("tips@stadskrantdeventer.nl" of "Stadskrant Deventer")? */
static bool site_mail_token(const char *s, size_t n, const char *site)
{
    const char *at = memchr(s, '@', n), *p, *q = site;

    if (!site || !mail_token(s, n))
        return false;
    for (p = at + 1; p < s + n && *p != '.'; p++) {
        if (!isalnum((unsigned char)*p))
            continue;
        while (*q && !isalnum((unsigned char)*q))
            q++;
        if (!*q || tolower((unsigned char)*q) != tolower((unsigned char)*p))
            return false;
        q++;
    }
    while (*q && !isalnum((unsigned char)*q))
        q++;
    return p > at + 1 && !*q;
}

/* Does TEXT give the site's own e-mail address? Then the site is who
 * asks, as its "we" would say. */
static bool site_mail(const char *text, const al_meta *meta)
{
    const char *p = text;

    if (!meta || !meta->site_name)
        return false;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n && site_mail_token(p, n, meta->site_name))
            return true;
        p += n + (p[n] == ' ');
    }
    return false;
}

/* Does HREF lead to a page of the site at PAGE_URL that is no article: a
 * relative link (not "#top", "mailto:", "javascript:") or one to
 * PAGE_URL's host, whose path is not an article's (article_path: a form's
 * "/alerter/", "/tips", not a story's slug, which a "read also" links)? */
static bool site_form_href(const char *href, const char *page_url)
{
    char *path = NULL;
    bool form;

    if (strncmp(href, "//", 2) == 0 || strstr(href, "://")) {
        form = same_host(href, page_url, &path) && !article_path(path);
        curl_free(path);
        return form;
    }
    if (!href[0] || href[0] == '#' || (strchr(href, ':') && strchr(href, ':') < href + strcspn(href, "/?#")))
        return false;
    return !article_path(href);
}

/* The newsroom's own tip form as the way to send a tip: the block ends
 * with a link (its text, then at most closing punctuation) to a page of
 * the site that is no article (site_form_href), and the newsroom is asked
 * by name or by a request glued to "us" ([extract.tip_to]: "Écrivez-nous
 * en toute confidentialité via notre page Nous alerter.",
 * b31-fr-enquete-cantines-helloasso, fr-mensuel-signalement-page). A link
 * inside the sentence is a source; one to a story is a "read also". */
static bool tip_form_link(junk_block *b)
{
    const al_dom *dom = b->dom;
    const char *text = b->it->text;
    int i = b->it->node, j;
    size_t n = strlen(text);

    if (!al_lexicon_match(AL_LEX_TIP_TO, b->key))
        return false;
    while (n && strchr(" .!", text[n - 1]))
        n--;
    for (j = dom->nodes[i].end - 1; j > i; j--) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        char *link;
        size_t m;
        bool last;

        if (!href)
            continue;
        if (!site_form_href(href, b->meta ? b->meta->url : NULL) || !(link = al_dom_text(dom, j, true)))
            return false;
        for (m = strlen(link); m && strchr(" .!", link[m - 1]); m--)
            ;
        last = m && m <= n && strncmp(text + n - m, link, m) == 0;
        free(link);
        return last;                        /* only the block's last link may be the form */
    }
    return false;
}

static bool fires_tip_prompt(junk_block *b, const junk_rule *r)
{
    const char *text = b->it->text;

    (void)r;
    if (!al_lexicon_match(AL_LEX_TIP, b->key))
        return false;
    if (!(features(b)->address || strchr(text, '?')) ||
        !(features(b)->self || al_lexicon_match(AL_LEX_TIP_TO, b->key) || site_mail(text, b->meta)))
        return false;
    return (tip_channel(b) || tip_form_link(b)) && !quoted(text) && !tip_label(text);
}

/* A link that saves a file: "Download image", "Bild herunterladen",
 * "Descarregar PDF". Evidence: the block is (nearly) all a link that
 * carries the HTML download attribute (the browser saves the target,
 * nothing is to be read), or, inside a <figure>, one whose address is a
 * picture file (the full-size picture under its caption); no sentence. */
static bool fires_file_control(junk_block *b, const junk_rule *r)
{
    static const char *const pic[] = { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff" };
    const al_dom *dom = b->dom;
    bool figure = in_figure(dom, b->it->node);

    (void)r;
    if (al_block_sentence_stop(b->it->text))
        return false;
    for (int j = b->it->node; j < dom->nodes[b->it->node].end; j++) {
        const char *href;
        size_t len;

        if (dom->nodes[j].tag != GUMBO_TAG_A)
            continue;
        if (al_dom_attr(dom, j, "download"))
            return true;
        href = figure ? al_dom_attr(dom, j, "href") : NULL;
        len = href ? strcspn(href, "?#") : 0;
        for (size_t k = 0; len && k < sizeof(pic) / sizeof(pic[0]); k++) {
            size_t e = strlen(pic[k]);
            if (len > e && strncasecmp(href + len - e, pic[k], e) == 0)
                return true;
        }
    }
    return false;
}

#define P ALOUD_BLOCK_PARAGRAPH
/* The rules in the order they are tried; the first that fires names the
 * block's junk. Columns: name, kind, max_words, short_words,
 * min_link_share, min_hits, predicate, reason, fixture. */
/* A developing story's status label ("Notícia em atualização",
 * "Developing story", "Wird aktualisiert"): a block whose words are
 * exactly one of [extract.status], nothing more. It tells the eye that the
 * page will change; a sentence that says more ("The story is developing
 * and police have closed the road") is the story's and stays. Language
 * data and the block's shape: alone in its element. */
static bool fires_status_line(junk_block *b, const junk_rule *r)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.status", NULL, &n);

    (void)r;
    for (i = 0; i < n; i++) {
        const char *w = al_lang_entry_key(&e[i]);

        if (w && *w && strcmp(w, b->key) == 0)
            return true;
    }
    return false;
}

static const junk_rule junk_rules[] = {
    { "no-words", ANY_KIND, 0, 0, 0, 0, fires_no_words,
      "no word to say (\"###\", \"* * *\"); a table row may be all numbers",
      "tests/pages/press-release" },
    { "status-line", ANY_KIND, 8, 0, 0, 0, fires_status_line,
      "a developing story's status label, the block exactly one of [extract.status] "
      "(\"Not\xC3\xAD" "cia em atualiza\xC3\xA7\xC3\xA3o\", \"Developing story\")",
      "tests/pages/en-breaking-story-developing-label" },
    { "control-label", ANY_KIND, 3, 0, 0, 0, fires_control_label,
      "a control's label: 3 words or fewer in a small box with a button, input or select",
      "tests/pages/recipe-card" },
    { "slot-label", P, 3, 0, 0, 0, fires_slot_label,
      "an empty slot's label: up to 3 words, no sentence, in an element that also holds an empty "
      "<div>, <ins> or <aside> a script fills (an ad's \"Sponsored content\" above <div id=gpt-mid-1>)",
      "tests/test_rules.c" },
    { "embed-consent", ANY_KIND, 30, 0, 0, 0, fires_embed_consent,
      "an embed's consent line: up to 30 words with a word of loading ([extract.embed_load]) and the "
      "embed's service ([extract.embed_source]) in a small box with the embed or a button that loads it "
      "(\"Kliknij, aby załadować treści z YouTube.\")",
      "tests/pages/b26-pl-wiadomosci-film-zgoda-youtube" },
    { "embed-placeholder", ANY_KIND, 30, 0, 0, 0, fires_embed_placeholder,
      "an embed's consent placeholder: a line of up to 30 words in a small box (400 characters) with a "
      "<button>, whose text names the embed's service ([extract.embed_source]) and asks for consent "
      "([extract.embed_consent]) or to load it ([extract.embed_load]): its title, line and privacy link",
      "tests/pages/it-rivista-contenuto-esterno-consenso" },
    { "site-prompt", P, 40, 0, 0, 0, fires_site_prompt,
      "a prompt about the site itself: up to 40 words that tell the reader to log in, sign up or turn off "
      "an ad blocker ([extract.site_action]), not quoted nor a list item, in a small box (320 characters) "
      "that holds its link or button, or said by the site (\"Wy\xC5\x82\xC4\x85" "cz AdBlocka na naszej stronie.\")",
      "tests/pages/es-diario-mercado-abastos-sesion" },
    { "embed-line", P, EMBED_LINE_MAX_WORDS, 0, 0, 0, fires_embed_line,
      "an embed's line or a video's title: up to 15 words, no sentence, alone beside an <iframe>, <embed>, "
      "<object> or <video> in a small box (\"Bekijk de wandelroute op Google Maps\" under a map)",
      "tests/pages/b24-nl-stedengids-zutphen-praktisch" },
    { "embed-prompt", ANY_KIND, 20, 0, 0, 0, fires_embed_prompt,
      "an embed's instructions: up to 20 words with a word of operating a widget ([extract.widget_action]: "
      "\"tap\", \"klicken Sie\", \"toque\") in a small box beside an <iframe>, <embed>, <object> or <video> "
      "(\"Mapa interativo: toque num distrito para ver o aviso.\")",
      "tests/pages/b25-pt-pt-aviso-chuva-vento-ipma" },
    { "wire-signoff", ANY_KIND, SIGNOFF_MAX_GROUPS, 0, 0, 0, fires_wire_signoff,
      "a wire's sign-off: only the editors' initials, small letters each followed by a slash (\"ad/ mk/\")",
      "tests/test_rules.c" },
    { "newsroom-signoff", P, 6, 0, 0, 0, fires_newsroom_signoff,
      "a newsroom's sign-off: only the site, newsrooms and agencies joined by commas, slashes or "
      "\"and\" ([page.byline_newsroom], [page.byline_newsroom_short], [page.byline_agency]: "
      "\"red, ORF.at/Agenturen\"), no sentence, not in capitals only",
      "tests/pages/de-at-regional-wildtierstation-red-apa" },
    { "post-signature", ALOUD_BLOCK_QUOTE, POST_SIGNATURE_MAX_WORDS, 0, 0, 0, fires_post_signature,
      "an embedded post's signature: a dash first (or, with none, the quote's last line, no sentence), a "
      "handle in brackets and a year, in a <blockquote> that holds the post's text too, its poster named "
      "in the block before the quote (with no dash: in a paragraph before it) (\"\xE2\x80\x94 Devon & Cornwall "
      "Police (@DC_Police) February 9, 2024\"; b20-pl-recenzja-mlyny-nad-warta: \"Post udost\xC4\x99pniony "
      "przez ...\")",
      "tests/pages/b18-pt-br-portal-rodizio-agua-post" },
    { "forum-profile", ANY_KIND, FORUM_CARD_ITEM_MAX_WORDS, 0, 0, 0, fires_forum_profile,
      "a forum poster's card: an item of a list right before the element that opens with the post's "
      "heading (the thread's title), every item a short line, no sentence (\"Moderadora\", "
      "\"Mensajes: 9412\")",
      "tests/pages/es-foro-limonero-maceta" },
    { "forum-signature", ANY_KIND, FORUM_SIGNATURE_MAX_WORDS, 0, 0, 0, fires_forum_signature,
      "a forum poster's signature: the last line of a post's box, one sentence at most, right after "
      "the element that opens with the post's heading (the thread's title, \"Re: ...\" or not) and "
      "holds its text",
      "tests/pages/es-foro-limonero-maceta" },
    { "post-head", ANY_KIND, POST_HEAD_MAX_WORDS, 0, 0, 0, fires_post_head,
      "an embedded post's head: a short line, no sentence, with a handle and a link of at most two "
      "words to that handle's own page (\"IPMA @ipma@social.gov.pt Seguir\")",
      "tests/pages/b20-pt-direto-tempestade-mondego" },
    { "slide-counter", ANY_KIND, 4, 0, 0, 0, fires_slide_counter,
      "a slideshow counter: two numbers, the first not past the second, \"of\" or \"/\" between "
      "(\"Image 1 of 12\", \"3 / 10\")",
      "tests/pages/gallery-counter-captions" },
    { "file-control", ANY_KIND, 4, 0, 0.9, 0, fires_file_control,
      "a link that saves a file: up to 4 words, no sentence, all a link with the download attribute, or "
      "in a <figure> a link to a picture file (\"Download image\" under a chart's caption)",
      "tests/pages/en-science-glacier-figure-download" },
    { "caption-copy", ANY_KIND, CAPTION_COPY_MAX_WORDS, 0, 0, 0, fires_caption_copy,
      "a picture's caption said again: a short line, no sentence, in a <figure> with a picture, outside its "
      "<figcaption>, half its words of 4 letters or more the caption's (\"Toaster-Pr\xC3\xBC" "fung in Altenhagen\")",
      "tests/pages/de-magazin-reparaturcafe-kernpunkte" },
    { "gallery-control", ANY_KIND, GALLERY_HEAD_MAX_WORDS, 0, 0.5, 0, fires_gallery_control,
      "a gallery's bar: a short line, no sentence, inside a gallery or slideshow container, with a "
      "counter (\"Bild 2 von 6\", \"Photo 3/7\"), mostly link, made of controls, or the gallery's title "
      "in a small box with its button and no picture (\"In pictures: ...\" beside \"Open gallery\"), "
      "or the title or count above the first picture of a box of pictures (\"Photo gallery: ...\", "
      "\"12 photos\"); whatever the classes, a title in a small box with a button and no picture "
      "right above two boxes of pictures or more (its slides), or the first line of a box right "
      "above two slides or more whose first holds a button or a counter",
      "tests/pages/pl-captions-credits-schronisko" },
    { "gallery-label", ANY_KIND, GALLERY_HEAD_MAX_WORDS, 0, 0, 0, fires_gallery_label,
      "a gallery's label beside a picture: a short line, no sentence, that opens with a word of "
      "[extract.gallery] and ends, or goes on with ':' and a title, a counter or a count in brackets "
      "(\"Fotogaleria: o mercado renovado\", \"Bildergalerie Bild 2 von 6\", \"Zobacz galerię (15 zdjęć)\"), "
      "or that ends with a slide counter joined by a word (\"Zobacz zdj\xC4\x99" "cia Zdj\xC4\x99" "cie 1 z 2\")",
      "tests/pages/pt-jornal-mercado-galeria-dividido" },
    { "share", ANY_KIND, 12, 0, 0, 0, fires_share,
      "a share bar: the whole block is share words (\"Share Tweet Pin\"), up to three buttons "
      "of three words and a count (\"Compartir en Facebook Compartir en X ... 8 comentarios\"), or a "
      "label opening with a share word and a colon, then only links (\"Partager ce test : Facebook ...\")",
      "tests/pages/short-article" },
    { "control-bar", ANY_KIND, 12, 0, 0, 0, fires_control_bar,
      "a bar of controls: all its text in two buttons or links to \"#\" or more, separators aside, no "
      "sentence (\"Anterior Seguinte Ampliar Fechar\"); a control dropped already still counts "
      "(b27-es-receta-migas-extremenas: \"Saltar a la receta \xC2\xB7\" beside its dropped print link)",
      "tests/pages/pt-captions-credits-eletrico" },
    { "breadcrumb", ANY_KIND, 32, 0, 0, 0, fires_breadcrumb,
      "a breadcrumb trail: two short links or more from the site's home page, one separator "
      "between each two (\">\", \"\xE2\x80\xBA\", \"\xC2\xBB\", \"\xE2\x86\x92\", \"/\"), "
      "perhaps the page's own name after the last, unlinked; no other word, no sentence "
      "(\"Home / News / Story: Island ferry to add a late sailing\"); in a cell of lines split by "
      "<br><br>, the element that holds the line alone (it-proloco-tabelle-briciole-span)",
      "tests/pages/breadcrumb-by-shape" },
    { "link-bar", ANY_KIND, 20, 0, 0, 0, fires_link_bar,
      "a bar of tools joined by separators: all its text in three links or more, one a control or a "
      "mailto: link, a \"|\" (\"\xC2\xB7\", \"\xE2\x80\xA2\") between each two, no sentence (\"Imprimir esta not\xC3\xAD" "cia | Enviar a um amigo | RSS\")",
      "tests/pages/pt-semanario-antigo-tabelas" },
    { "price-box", ANY_KIND, 20, 0, 0, 0, fires_price_box,
      "a shop's price box: prices and at most 4 words beside a button, an input or a link that leads "
      "nowhere, in a small box (\"Adviesprijs \xE2\x82\xAC 89,95 \xE2\x82\xAC 79,95 Op verlanglijst\")",
      "tests/pages/fr-boutique-prix-lampe" },
    { "control-line", ANY_KIND, 6, 0, 0, 0, fires_control_line,
      "a control's line: up to 5 words written apart (\"Auto-update\" is one), no sentence, in a small box with a button, input or select "
      "and no other text but the buttons', outside a figure and no caption (an audio player's "
      "\"Wersja audio generowana automatycznie\", a live blog's \"Auto-update is on 14 updates\")",
      "tests/test_rules.c" },
    { "feed-link", ANY_KIND, 12, 0, 0, 0, fires_feed_link,
      "a feed's line: up to 12 words, no sentence, mostly link, a link to an RSS or Atom feed by "
      "its type, its address or its text (\"Abonnieren: Kommentare zum Post (Atom)\")",
      "tests/test_rules.c" },
    { "read-more", ANY_KIND, 30, 12, 0.3, 0, fires_read_more,
      "a \"Read more:\" line, short, mostly link, or its label and a colon before a teaser with no "
      "sentence end (\"Continua a leggere nella pagina successiva: come distribuire i pesi\"; not "
      "a list's point: \"Related to each other: for example, ...\")",
      "tests/pages/nl-blog" },
    { "related-link", P, 25, 0, 0.6, 0, fires_related_link,
      "a related story in the body: one link, mostly the block, led by a short label and a colon "
      "(\"SEE MORE:\", \"Mira:\"; after an opening arrow up to 6 words: \"\xE2\x9E\x9C Dans la m\xC3\xAA" "me veine :\"), "
      "a \"Read also\" phrase, or set in capitals; not a line ending in a colon over the block "
      "quote it introduces (\"From <a>NAME</a>:\", en-blog-quote-lead-in)",
      "tests/pages/es-news-related-links" },
    { "related-headline", P, 25, 0, 0.9, 0, fires_related_headline,
      "a related story set apart: its own paragraph, one bold link to an article of the site, a "
      "headline (no sentence end), after a paragraph of prose that ends a sentence, more after it",
      "tests/pages/related-headline-bold" },
    { "cite-line", ANY_KIND, 120, 0, 0, 0, fires_cite_line,
      "a citation line: a label of [extract.cite] and a colon (\"Cite this article:\", \"Jak cytowa\xC4\x87:\"), "
      "then a reference with a year or a URL",
      "tests/pages/cite-line-endmatter" },
    { "article-meter", ANY_KIND, 16, 0, 0, 0, fires_article_meter,
      "a paywall's counter: a number of free articles ([extract.meter]) in a short line, no sentence "
      "or one to the reader (\"Il vous reste 2 articles gratuits\")",
      "tests/pages/article-meter-counter" },
    { "app-prompt", ANY_KIND, 40, 0, 0, 0, fires_app_prompt,
      "an app's prompt: its small box links to an app store (apps.apple.com, play.google.com) or, when it "
      "names an app, holds a short link that names one too (\"Download de app\"), or up to "
      "25 words speak to the reader of the site's own app or alerts (a word of [extract.app] after its "
      "possessive: \"Aktivieren Sie die Push-Mitteilungen in unserer News-App\"), not quoted; "
      "or a line of up to 25 words that names an app and ends, after a sentence, in store "
      "links alone (b17-pl-portal-spichlerz-galeria: \"Pobierz aplikację ... w telefonie.\" "
      "Google Play, App Store); or a line of up to 25 words of an app named by the site's name "
      "(pl-portal-regionalny-depesza-pap: \"pobierz aplikację Nowiny 24\")",
      "tests/pages/app-prompt-video-teaser" },
    { "teaser-title", P, 15, 0, 0, 0, fires_teaser_title,
      "a teaser card's title: its own paragraph, no sentence, in a small box with a button beside it "
      "(a video promo's \"Video abspielen\"), outside a figure",
      "tests/pages/app-prompt-video-teaser" },
    { "go-back", ANY_KIND, 20, 0, 0, 0, fires_go_back,
      "a \"Go back to\" navigation line",
      "tests/pages/recipe-card" },
    { "anchor-line", P, 6, 0, 0, 0, fires_anchor_line,
      "a link to a place on the same page alone on its line, no sentence: a permalink or a jump beside "
      "an entry (\"Share this update\" to #entry-13)",
      "tests/pages/b27-en-us-live-ice-storm-power" },
    { "post-nav", ANY_KIND, 40, 0, 0.8, 0, fires_post_nav,
      "a post's previous/next line: two links or more, nearly all the block, an arrow at an end "
      "(\"\xC2\xAB Older post | Main | Newer post \xC2\xBB\")",
      "tests/test_rules.c" },
    { "post-footer", ANY_KIND, 80, 0, 0, 0, fires_post_footer,
      "a post's footer: links to its trackback or comment form (rel=trackback, \"#respond\"), "
      "\"This entry was posted on ... You can leave a response\"",
      "tests/test_rules.c" },
    { "meta-line", ANY_KIND, 25, 0, 0.3, 0, fires_meta_line,
      "\"Tags: ...\", \"Filed under ...\": labelled or mostly links",
      "tests/pages/recipe-card" },
    { "meta-list", ANY_KIND, 0, 0, 0.75, 0, fires_meta_list,
      "a meta label (\"Tags:\", \"Tagged\") opening a line of any length that is nearly all links",
      "tests/test_rules.c" },
    { "meta-fields", ANY_KIND, 25, 0, 0, 0, fires_meta_fields,
      "a line of fields joined by \"|\", one after the first a meta label and a colon "
      "(\"Staff | Tags: Three and out,\")",
      "tests/pages/sports-meta-fields-tags" },
    { "byline-filing", ANY_KIND, 30, 0, 0, 0, fires_byline_filing,
      "a byline and its post's filing: the byline word first or second (\"Article by\"), a name of "
      "up to 6 capitalised words, then a field after ',' or '|' that opens with a meta label of two "
      "words or one and a colon (\"by Jane Doe, Filed under: Props\", \"Article by Steph, filed "
      "under Cities in the Architecture category.\")",
      "tests/pages/blog-byline-filed-under" },
    { "comment-policy", ANY_KIND, 80, 0, 0, 0, fires_comment_policy,
      "a comment policy: words of comments and of their rules ([extract.comment_word], "
      "[extract.comment_rule]) in a block right beside the comment list or form (\"Personal attacks "
      "will be removed\", \"accept the terms ... before making comments\")",
      "tests/pages/blog-comment-policy" },
    { "cookie", ANY_KIND, 60, 0, 0, 0, fires_cookie,
      "a cookie notice",
      "tests/test_rules.c" },
    { "cookie-named", ANY_KIND, 0, 0, 0, 0, fires_cookie_named,
      "a cookie notice of any length whose element's class or id names it (\"bbccookies-prompt\")",
      "tests/pages/cookie-template" },
    { "cookie-opening", ANY_KIND, 0, 0, 0, 0, fires_cookie_opening,
      "a cookie notice of any length that opens with its phrase ([extract.cookie]: \"We use cookies "
      "to make sure ...\"), not quoted",
      "tests/pages/cookie-template" },
    { "comment-prompt", ANY_KIND, 20, 0, 0, 0, fires_comment_prompt,
      "a prompt to comment (\"Leave a comment\")",
      "tests/test_rules.c" },
    { "comment-caption", P, 30, 0, 0, 0, fires_comment_caption,
      "a comment button's caption: words of comments ([extract.comment_word]) said to the reader, "
      "alone in a small box with a link or button that is a comment call (\"Tell me about yours in the "
      "comments.\" over \"Leave a comment\")",
      "tests/pages/en-newsletter-interview-qa" },
    { "readers-rating", ANY_KIND, 0, 0, 0, 0, fires_readers_rating,
      "a readers' rating widget: a line with no full stop that gives, or sits in a small box that "
      "gives, a score and the votes counted ([extract.rating_votes]: \"3,9 su 5 (87 voti)\"), its "
      "call to vote beside it; the reviewer's own score counts no votes",
      "tests/pages/it-blog-recensione-libro-stelle" },
    { "newsletter", ANY_KIND, 45, 25, 0, 0, fires_newsletter,
      "a newsletter prompt: short, with a link, or asking as well",
      "tests/pages/id-news" },
    { "tip-prompt", ANY_KIND, TIP_MAX_WORDS, 0, 0, 0, fires_tip_prompt,
      "a \"send us your tip\" box: a news tip ([extract.tip]), the reader addressed or a question, the "
      "site's \"we\", its newsroom ([extract.tip_to]) or its own e-mail address (the domain is the site's "
      "name) and a channel ([extract.tip_channel], an e-mail "
      "address, a phone number, a mailto:, tel: or messenger link; or, the newsroom asked by name or a "
      "request glued to \"us\", a link to the site's own page that ends the block), not quoted, not a "
      "hint's \"Tip:\" label",
      "tests/pages/tip-box-newsroom" },
    { "payment-details", ANY_KIND, 60, 0, 0, 2, fires_payment_details,
      "payment details: an appeal with a payment word, or two payment words (IBAN, PayPal)",
      "tests/pages/blog-patreon-kofi" },
    { "appeal", ANY_KIND, 30, 15, 0, 0, fires_appeal,
      "an appeal for money or support, short or with a link",
      "tests/test_rules.c" },
    { "appeal-features", ANY_KIND, 0, 0, 0, 0, fires_appeal_features,
      "an appeal by what it does: addresses the reader, asks, and names a price per period, a "
      "membership, a payment channel or bank details (appeal.c)",
      "tests/pages/appeal-es-midarticle" },
    { "site-appeal", ANY_KIND, SITE_APPEAL_MAX_WORDS, 0, 0, 0, fires_site_appeal,
      "the site's own ask: up to 25 words that speak to the reader, ask (a request verb of appeal.c, "
      "not reported), hold a link and name the site (\"Support your local paper: subscribe ... to the "
      "Northmoor Gazette.\")",
      "tests/pages/en-gb-site-appeal-subscribe" },
    { "share-prompt", ANY_KIND, 20, 0, 0, 0, fires_share_prompt,
      "a prompt to share (\"Know someone who would like this?\")",
      "tests/pages/recipe-card" },
    { "save-prompt", ANY_KIND, SAVE_PROMPT_MAX_WORDS, 0, 0, 0, fires_save_prompt,
      "a prompt to save or share the post on a network: a sentence that opens with a save, pin or "
      "share imperative ([extract.share_verb]: \"Épinglez-le\", \"Save it\") and names a network "
      "within four words ([extract.follow_network]: \"sur Pinterest\"), up to 25 words, not quoted",
      "tests/pages/fr-blog-couture-epingle-pinterest" },
    { "follow-prompt", ANY_KIND, 15, 0, 0, 0, fires_follow_prompt,
      "a prompt to follow the site on its social networks: a follow verb first ([extract.follow]: "
      "\"Follow\", \"Like us\") and two networks or more ([extract.follow_network]: \"on Twitter "
      "and Facebook\"), or one when the name followed is the site's (\"Follow the Ticker on "
      "Twitter\"), up to 15 words, not quoted",
      "tests/pages/follow-prompt-under-story" },
    { "follow-us-network", ANY_KIND, 40, 0, 0, 0, fires_follow_us_network,
      "the site's follow prompt in an end line: a sentence that opens with a follow phrase "
      "naming \"us\" ([extract.follow]: \"Join us\", \"Follow us\") and names a network within "
      "three words (\"Join us at Facebook/Opinion\"), up to 40 words, not quoted",
      "tests/pages/follow-us-end-line" },
    { "social-prompt", P, 30, 0, 0, 0, fires_social_prompt,
      "a prompt to show one's result: a short question first, then a handle or hashtag to tag "
      "(\"Did you make this recipe? Tag @x on Instagram\", \"Vous l'avez testée ? ... avec #x\")",
      "tests/pages/fr-blog-recette-tarte-boites" },
    { "disclosure", ANY_KIND, 45, 0, 0, 0, fires_disclosure,
      "an affiliate or sponsor disclosure: a phrase of [extract.disclosure] (alone, or one of a line of "
      "short labels split by \" / \", \" | \" or a middle dot), or affiliation and earning "
      "said to the reader or by the site, or of this page's links (\"some links here are affiliate "
      "links ... a small commission\")",
      "tests/pages/newsletter-archive" },
    { "author-contact", ANY_KIND, 25, 0, 0, 0, fires_author_contact,
      "the author's contact line: up to 25 words with two e-mail addresses or handles (\"@x@y.z\"), or "
      "one and the writer's \"I\" or \"we\" (\"Questions? Write to us at ...\"), or one that is the "
      "writer's own, a word of the byline in it, the writer not named (\"Napisz do autora: t.wierzbicki@...\"), "
      "or one and the newsroom ([extract.tip_to]) in a line that asks the reader or a question, unquoted "
      "(\"Une erreur ? Écrivez à la rédaction : web@...\")",
      "tests/test_rules.c" },
    { "press-contact", ANY_KIND, 60, 0, 0, 0, fires_press_contact,
      "a press contact: up to 60 words that open with a metadata label of [extract.meta] (\"Media "
      "contact\", \"Noot voor de redactie\") and give an e-mail address",
      "tests/pages/nl-persbericht-zoutwaterbatterij" },
    { "sponsored-link", ANY_KIND, 12, 0, 0, 0, fires_sponsored_link,
      "a shop's button: a short line all of it a link with rel=\"sponsored\" (\"£145 at Shop Example\")",
      "tests/pages/roundup-linked-headings" },
    { "affiliate-box", ALOUD_BLOCK_PARAGRAPH, 8, 0, 0, 0, fires_affiliate_box,
      "an affiliate product box's label, name or rating: up to 8 words, no sentence, in a box "
      "of at most 400 characters with a rel=\"sponsored\" link and a price",
      "tests/pages/b18-de-ratgeber-kette-oelen" },
    { "offer-list", ANY_KIND, 0, 0, 0, 0, fires_offer_list,
      "a box that lists offers: its title, rows and notes, where two rows or more of at most 200 "
      "characters each give a price and the same paid button (a link with rel=\"sponsored\": "
      "\"des de 96 \xE2\x82\xAC Reserva ara\"), the box at most 1200 characters; in a box with two "
      "paragraphs of prose of its own (a short guide's body), only what sits in the rows",
      "tests/pages/b24-ca-guia-besalu-un-dia" },
    { "ad-line", ANY_KIND, 25, 0, 0, 0, fires_ad_line,
      "a short unlinked line opened by an ad label and a separator (\"Advertisement \xC2\xB7 Winter boots "
      "from \xC2\xA3" "39 at shop.co.uk\"); after a colon, with a web address or a price",
      "tests/pages/en-news-ad-line-label" },
    { "call-to-action", ANY_KIND, 15, 0, 0, 0, fires_call_to_action,
      "a call to action (\"Buy now\")",
      "tests/test_rules.c" },
    { "copyright", ANY_KIND, 30, 0, 0, 0, fires_copyright,
      "a copyright line (\"All rights reserved\")",
      "tests/test_rules.c" },
    { "credit", ANY_KIND, 25, 10, 0, 0, fires_credit,
      "a picture or reporting credit (\"Image: Reuters\", \"Photo by X\", \"fot. Jan Nowak / X\"), or a "
      "credit's shape alone in brackets (\"(Jane Doe/Reuters)\", \"(@janedoe/Twitter)\")",
      "tests/pages/caption-credits" },
    { "picture-credit", ANY_KIND, 8, 0, 0, 0, fires_picture_credit,
      "a credit's shape alone (\"Jane Doe/Getty Images\"), in the small box of a picture, "
      "outside a caption",
      "tests/pages/sports-photo-credit-beside-picture" },
    { "picture-label", ANY_KIND, 4, 0, 0, 0, fires_picture_label,
      "a credit label alone (\"Imagen de archivo\", \"File photo\"), in the small box of a picture, "
      "outside a caption",
      "tests/pages/es-foto-etiqueta-archivo" },
    { "legal-notice", ANY_KIND, 0, 0, 0, 0, fires_legal_notice,
      "a legal notice of any length: a copyright sign, and a copyright phrase as its last words "
      "(\"... \xC2\xA9 NHL 2012. All Rights Reserved.\")",
      "tests/pages/legal-notice-footer" },
    { "copyright-sign", ANY_KIND, 10, 0, 0, 0, fires_copyright_sign,
      "a short line opening with a copyright sign (\"(c) Reuters\")",
      "tests/test_rules.c" },
    { "dateline", ANY_KIND, 14, 0, 0, 0, fires_dateline,
      "a dateline with its date (\"Published on 4 March\")",
      "tests/test_rules.c" },
    { "caption-is-title", ALOUD_BLOCK_CAPTION, 0, 0, 0, 0, fires_caption_title,
      "a caption that repeats the title, heard already",
      "tests/pages/ghost-post" },
    { "rating-call", ANY_KIND, 15, 0, 0, 0, fires_rating_call,
      "a recipe card's call to rate: no full stop, the reader addressed, a word of "
      "[extract.rating_call] (\"Har du lagat receptet? Klicka på stjärnorna och ge ditt betyg!\")",
      "tests/pages/b23-sv-recept-raggmunk-flask" },
    { "nutrition-line", ANY_KIND, 30, 0, 0, 0, fires_nutrition_line,
      "a recipe card's nutrition line without a heading: no sentence, amounts in kcal or kJ and in g, "
      "a nutrient's name of [extract.nutrient] (\"Kalorien: 420 kcal · Eiweiß: 18 g · Fett: 12 g\")",
      "tests/pages/b26-de-rezept-linsensuppe-naehrwerte" },
    { "card-name-is-title", P, 0, 0, 0, 0, fires_card_name_title,
      "a recipe card's name in a line of its own that repeats the title, heard already",
      "tests/pages/b23-ja-recipe-kyabetsu" },
    { "poster-line", P, 8, 0, 0, 0, fires_poster_line,
      "an entry's poster: a label of [extract.poster_label] and a name alone (\"Posted by Marcus Lindqvist\", "
      "\"Publicado por Lucía Ferrer\")",
      "tests/pages/b28-es-directo-temporal-nieve-teruel" },
    { "byline", ANY_KIND, 15, 0, 0, 0, fires_byline,
      "the byline again, with a date, a \"By\", or little else (\"By Jane Doe, 4 May 2024\")",
      "tests/pages/fr-howto-sommaire" },
    { "byline-times", P, 25, 0, 0, 0, fires_byline_times,
      "the byline with dates and times, no sentence (\"By X Published: 3 March 2025 - 08:20\")",
      "tests/test_rules.c" },
    { "story-meta", P, 0, 0, 0, 0, fires_story_meta,
      "a story's meta line: \"By\", a dateline label and <time> elements, no sentence, at most 16 "
      "words outside the <time>s (\"By X and Y, Site Updated <time>...</time> Published <time>...</time>\")",
      "tests/pages/en-story-meta-line-times" },
    { "byline-fields", P, 25, 0, 0, 0, fires_byline_fields,
      "the byline, a date and other credits as fields split by a middle dot or a bar, no sentence",
      "tests/pages/pt-saude-gripe-conselhos-sms" },
    { "dated-fields", P, 12, 0, 0, 0, fires_dated_fields,
      "an episode's line of short fields split by a middle dot or a bar, one the page's own date, "
      "or three fields or more with that date and no sentence, or a line of fields that opens with it",
      "tests/pages/podcast-chapter-seek-stamps" },
    { "counted-fields", P, 20, 0, 0, 0, fires_counted_fields,
      "a line of counts: fields split by a middle dot or a bar, two or more of them a number and "
      "counter words of [extract.share] (\"5 svar \xC2\xB7 1 382 visningar\"), at most as many "
      "others, no sentence",
      "tests/pages/b21-sv-forum-osmos-trad" },
    { "by-and-date", ANY_KIND, 15, 0, 0, 0, fires_by_and_date,
      "\"By\" and a date, the byline unknown",
      "tests/test_rules.c" },
    { "timestamp", P, 8, 0, 0, 0, fires_timestamp,
      "a year and a time of day, no sentence (\"Senin, 14 Okt 2024 10:12 WIB\")",
      "tests/pages/id-news" },
    { "marked-timestamp", P, 20, 0, 0, 0, fires_marked_timestamp,
      "a year and a time written with marks ([extract.clock_marks]: \"2025\xE5\xB9\xB4" "11\xE6\x9C\x88" "20\xE6\x97\xA5 "
      "9\xE6\x99\x82" "30\xE5\x88\x86\"), no sentence",
      "tests/pages/b25-ja-chiiki-toshokan-dateline" },
    { "entry-label", ANY_KIND, 3, 0, 0, 0, fires_entry_label,
      "an entry's label in a feed (\"Pinned\", \"Fijado\"): up to 3 words, no digit, no sentence, all "
      "the entry says before its heading, where two sibling entries or more show a <time> there; or, in "
      "entries with no heading, all it says before its <time>, where two siblings or more open with theirs",
      "tests/pages/b23-nb-direkte-uvaer-vestlandet" },
    { "day-time", P, 6, 0, 0, 0, fires_day_time,
      "a time of day alone with its half of the day ([extract.day_half]: \"\xEC\x98\xA4\xEC\xA0\x84 9:48\", "
      "\"9:48 AM\") or its time zone ([speech.timezones]: \"2:41 p.m. ET\", \"14:02 CET\"), or both, "
      "no other word: an entry's stamp",
      "tests/pages/b23-ko-live-sudogwon-poksul" },
    { "read-time-line", P, 16, 0, 0, 0, fires_read_time_line,
      "a line of the post's metadata with its reading time ([extract.read_time] after a number: \"3 "
      "dicembre 2026, 19:45 2 minuti di lettura 14 commenti\"), no sentence",
      "tests/pages/b19-it-valdelsa-mensa-tariffe" },
    { "dates-line", P, 0, 0, 0, 0, fires_dates_line,
      "a line of dates: a year and a time with a dateline label anywhere, no sentence (\"30 "
      "listopada 2026, 15:48 Aktualizacja: 30 listopada 2026, 18:02\")",
      "tests/pages/pl-regionalny-tramwaj-galeria" },
    { "hashtags", ANY_KIND, 0, 0, 0, 0, fires_hashtags,
      "a line of hashtags only (\"#seoul #daytrip\")",
      "tests/pages/ko-blog" },
    { "meta-label", ANY_KIND, 3, 0, 0, 0, fires_meta_label,
      "a metadata label alone (\"Tags\")",
      "tests/pages/ko-blog" },
    { "span-label", ANY_KIND, 25, 0, 0, 0, fires_span_label,
      "a metadata label in its own span, then its values (\"Keywords lemon, cake\")",
      "tests/pages/es-recipe-blog" },
    { "date-source", P, 12, 0, 0, 0, fires_date_source,
      "opens with a date or time, no sentence (\"2017-03-10 09:58 Source: ...\"; not a year alone: "
      "\"2013 Land Rover Range Rover\")",
      "tests/pages/pt-news" },
    { "date-source-cjk", P, 40, 0, 0, 0, fires_date_source_cjk,
      "the same in CJK, with a metadata word and no full stop (\"2017-03-10 09:58 来源：\")",
      "tests/pages/zh-portal-sourceline" },
};
#undef P

#define JUNK_RULE_COUNT (sizeof(junk_rules) / sizeof(junk_rules[0]))

/* The first rule that fires on IT, or NULL. */
/* A live blog's stamp over an entry with no heading: a line that is only
 * a time of day ("06:15", "9.40": two groups of digits; with its clock
 * word, "15.40 Uhr", or after its word, "kl. 14.32"), set in a
 * <time>, in an entry (its element or an ancestor, ENTRY_LABEL_DEPTH
 * levels up at most) that holds no heading and more text than the stamp,
 * with at least ENTRY_LABEL_PEERS sibling entries of its tag that show a
 * <time> too. With no heading the stamp is what tells one entry from the
 * next, and when it was told: it is read (b29-pl-relacja-powodz-kamienna-
 * bystra), as a stamp glued to its entry's text is. Over a heading it is
 * the widget's (no-words, day-time). */
static bool holds_time(const al_dom *dom, int e)
{
    for (int j = e, seen = 0; j < dom->nodes[e].end && seen < ENTRY_LABEL_REACH; j++, seen++)
        if (dom->nodes[j].tag == GUMBO_TAG_TIME && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
    return false;
}

static bool holds_heading(const al_dom *dom, int e)
{
    for (int j = e; j < dom->nodes[e].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag >= GUMBO_TAG_H1 &&
            dom->nodes[j].tag <= GUMBO_TAG_H6 && dom->nodes[j].text_len > 0)
            return true;
    return false;
}

static bool entry_stamp(const al_item *it, const char *key, const al_dom *dom)
{
    int l = it->node, e = l;
    bool dated;
    size_t pre = clock_lead(key, &dated), digits;

    key += pre;                             /* "kl. 14.32", "2. december kl. 21.05": the time after its word */
    digits = strspn(key, "0123456789");
    if (!dom || l < 0 || l >= dom->count || digits < 1 || digits > 2 || key[digits] != ' ' ||
        strspn(key + digits + 1, "0123456789") != 2 || !holds_time(dom, l))
        return false;
    if (key[digits + 3] == ' ' && stamp_words(key + digits + 4) && (has_clock(it->text) || dotted_clock(it->text)))
        ;                                   /* "15.40 Uhr", "9:48 AM", "9:48 AM ET": the stamp with its words */
    else if (key[digits + 3] != '\0' || !(has_clock(it->text) || (pre && dotted_clock(it->text))))
        return false;
    for (int up = 0; up <= ENTRY_LABEL_DEPTH && e >= 0; up++, e = dom->nodes[e].parent) {
        int f = dom->nodes[e].parent, peers = 0, seen = 0;

        if (f < 0 || holds_heading(dom, e))
            return false;
        if (dom->nodes[e].text_len <= dom->nodes[l].text_len)
            continue;                       /* the stamp's own slot, not yet the entry */
        for (int s = f + 1; s < dom->nodes[f].end && peers < ENTRY_LABEL_PEERS && seen++ < ENTRY_LABEL_SIBLINGS;
             s = dom->nodes[s].end)
            if (s != e && dom->nodes[s].tag == dom->nodes[e].tag && !(dom->nodes[s].flags & AL_NODE_TEXT) &&
                holds_time(dom, s) && !holds_heading(dom, s))
                peers++;
        if (peers >= ENTRY_LABEL_PEERS)
            return true;
    }
    return false;
}

bool al_block_entry_stamp(const al_item *it, const char *key, const al_dom *dom)
{
    return entry_stamp(it, key, dom);
}

static const junk_rule *junk_rule_fired(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom)
{

    junk_block b = { it, key, meta, dom, al_text_words(it->text), al_item_link_share(it), -1, -1, false, { 0 } };
    size_t k;

    if (it->kind == ALOUD_BLOCK_CODE)
        return NULL;                                /* code is read as it is */
    if (entry_stamp(it, key, dom))
        return NULL;                                /* the stamp of an entry with no heading */
    for (k = 0; k < JUNK_RULE_COUNT; k++) {
        const junk_rule *r = &junk_rules[k];
        if ((r->kind != ANY_KIND && it->kind != r->kind) || (r->max_words && b.words > r->max_words))
            continue;
        if (r->fires(&b, r))
            return r;
    }
    return NULL;
}

bool al_block_is_junk(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom)
{
    return junk_rule_fired(it, key, meta, dom) != NULL;
}

const char *al_block_junk_rule(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom)
{
    const junk_rule *r = junk_rule_fired(it, key, meta, dom);

    return r ? r->name : NULL;
}

size_t al_block_junk_rule_count(void)
{
    return JUNK_RULE_COUNT;
}

bool al_block_junk_rule_row(size_t k, const char **name, const char **reason, const char **fixture)
{
    if (k >= JUNK_RULE_COUNT)
        return false;
    *name = junk_rules[k].name;
    *reason = junk_rules[k].reason;
    *fixture = junk_rules[k].fixture;
    return true;
}

/* Is this block an appeal by its features (appeal.c)? Not cached: the
 * junk rules ask once per block. */
bool al_block_is_appeal_by_features(const al_item *it)
{
    return al_item_is_block(it) && it->kind != ALOUD_BLOCK_CODE && it->text && al_appeal_is(item_features(it));
}

/* Does IT's text (WORDS words), naming payments, speak as the site or to the
 * reader, or give bank details short of reported prose (BANK_NEWS_WORDS)? */
static bool payment_speaks(const al_item *it, size_t words)
{
    const al_appeal_features *f = item_features(it);

    return f->address || f->self || (f->bank_id && words < BANK_NEWS_WORDS);
}

/* Does IT, which names a newsletter, prompt for one by the newsletter
 * rule's evidence (fires_newsletter: a line of the prompt's words, or a
 * short, linked or asking block that speaks to the reader or asks, or as
 * the site where it names the newsletter), whatever its length? A
 * paragraph of a post about newsletters names them too ("A free
 * newsletter has no revenue to pass the cost on to"): it asks for
 * nothing. */
static bool newsletter_prompt(const al_item *it, const char *key)
{
    junk_block b = { it, key, NULL, NULL, al_text_words(it->text), al_item_link_share(it), -1, -1, false, { 0 } };

    for (size_t k = 0; k < JUNK_RULE_COUNT; k++)
        if (junk_rules[k].fires == fires_newsletter)
            return fires_newsletter(&b, &junk_rules[k]);
    return false;
}

/* Does this block ask for money, a subscription or a share? */
bool al_block_is_appeal(al_item *it)
{
    char *key;

    if (it->appeal >= 0)
        return it->appeal;
    it->appeal = 0;
    if (!al_item_is_block(it) || !(key = al_text_key(it->text)))
        return false;
    {
        /* the features count the lexicon's payment words and appeal
         * phrases in this key already: measured once, not counted twice */
        const al_appeal_features *f = item_features_keyed(it, key);
        int pay = f->payment;
        size_t words = al_text_words(it->text);
        /* one payment word in a long paragraph is news about payments; two
         * past a line of them are the site's only when it speaks as the
         * site or to the reader, or gives bank details (as the payment
         * rule): "Pour payer un ami ... relié à son IBAN" after "virement
         * instantané" is news about a bank's app */
        it->appeal = f->phrase > 0 ||
                     (pay >= 2 && (words <= PAYMENT_LINE_WORDS || payment_speaks(it, words))) ||
                     (pay == 1 && words <= APPEAL_ONE_PAY_MAX_WORDS) ||
                     (al_lexicon_match(AL_LEX_NEWSLETTER, key) && newsletter_prompt(it, key)) ||
                     al_lexicon_match(AL_LEX_SHARE_PROMPT, key) || al_appeal_is(f);
    }
    free(key);
    return it->appeal;
}
