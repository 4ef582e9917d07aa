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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "langdata.h"
#include "passes.h"
#include "lexicon.h"

/* Class and id words that name chrome inside articles; stricter than
 * Readability's list, applied only to nodes that are not large text. */
static const char *const chrome_words[] = {
    "share", "sharing", "social", "cookie", "consent", "newsletter", "subscribe",
    "subscription", "signup", "sign-up", "donat", "patreon", "ko-fi", "kofi", "paypal",
    "author-box", "authorbox", "author-bio", "author_bio", "about-author", "about-the-author",
    "author-info", "author-card", "byline", "related", "recommend", "popular", "trending",
    "most-read", "mostread", "outbrain", "taboola", "breadcrumb", "skip-link",
    "screen-reader", "sr-only", "visually-hidden", "entry-meta", "post-meta",
    "article-meta", "postmeta", "tags-links", "tag-links", "cat-links", "comments",
    "comment-", "respond", "promo", "advert", "ad-slot", "adslot", "sponsor", "widget",
    "toolbar", "post-navigation", "nav-links", "nav-previous", "nav-next", "read-more",
    "readmore", "further-reading", "more-stories", "also-read", "modal", "popup",
    "paywall", "jp-relatedposts", "yarpp", "sharedaddy", "addtoany", "a2a_", "support-box",
    "donation", "editsection", "noprint", "sitesub", "contentsub", "navbox", "catlinks",
    "printfooter", "hatnote", "mw-jump", "published-dates", "update-history", "dateline",
    "timestamp", "video-embed", "video-promo", "media-promo", "cta-", "-cta", "call-to-action",
    "epic", "contributions", "credit", "print-link", "feedback", "survey", "site-header",
    "masthead", "global-header", "navbar", "topbar", "top-bar", "rating", "jump-to",
    "-button", "button-", "affiliate", "disclosure", "headerlink", "anchor-link",
    "heading-anchor", "anchorjs", "permalink", "mw-portlet", "interlanguage",
    "language-selector", "footnote-ref", "fnref", "user-details", "user-info", "user-card",
    "usercard", "user-action-time", "post-signature", "content-video", "video-title", "video__title",
    "video-playlist",
    "footnote-backref", NULL
};

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

    if (dom->nodes[i].text_len == 0 || dom->nodes[i].text_len > 40 || !(t = al_dom_text(dom, i, true)))
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

/* The score, or its label or value span ("Rating:" beside "8/10"). */
static bool is_score(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent;

    return score_text(dom, i) || (p >= 0 && score_text(dom, p));
}

bool al_boilerplate_class(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    const char *cls = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");
    char *names;
    bool hit = false;
    size_t k;

    if (!cls && !id)
        return false;
    if (n->tag == GUMBO_TAG_BODY || n->tag == GUMBO_TAG_HTML || n->tag == GUMBO_TAG_ARTICLE ||
        n->tag == GUMBO_TAG_MAIN)
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
    for (k = 0; chrome_words[k] && !hit; k++)
        hit = strstr(names, chrome_words[k]) != NULL && !(strcmp(chrome_words[k], "rating") == 0 &&
                                                         is_score(dom, i));
    free(names);
    if (!hit)
        return false;
    if (n->tag == GUMBO_TAG_SUP)
        return true;
    /* A big block of text with few links is content whatever its name
     * ("entry-content share-enabled"). Sums are raw here, so count its
     * paragraphs. */
    {
        int j, paras = 0;
        for (j = i + 1; j < n->end && paras < 5; j++)
            if (dom->nodes[j].tag == GUMBO_TAG_P)
                paras++;
        return paras < 5;
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

    return colon && colon > text && colon - text <= 40 && head_is(text, (size_t)(colon - text), kind);
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
        if (n->text_len > 40 || n->text_len >= it->text_len)
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

/* "Photo by X": the credit words, then " by " ([extract.credit_by]),
 * within the first 40 bytes. */
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
        hit = by && by - text <= 40 && head_is(text, (size_t)(by - text) + word.len - 1, AL_LEX_CREDIT);
        al_buf_free(&word);
    }
    return hit;
}

/* A picture credit: "Image: Reuters", "(Bild: Hersteller)", "Photo by X".
 * What comes before the colon (or the name) must be the credit words
 * themselves, so "Source files: a.js" stays. */
static bool is_credit(const char *text, bool short_block)
{
    while (*text == '(' || *text == '[')
        text++;
    if (labelled(text, AL_LEX_CREDIT))
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

/* A time of day: "10:12", "9:05". */
static bool has_clock(const char *s)
{
    const char *p;

    for (p = s; *p; p++)
        if (*p == ':' && p > s && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '5' &&
            p[2] >= '0' && p[2] <= '9' && !(p[3] >= '0' && p[3] <= '9'))
            return true;
    return false;
}

static bool starts_with_date(const char *s)
{
    char head[24];
    size_t n = strspn(s, "0123456789-./: ");

    if (n < 5)
        return false;
    snprintf(head, sizeof(head), "%.*s", (int)(n < 23 ? n : 23), s);
    return has_date(head);
}

/* Is this block chrome by itself? KEY is its word key. */
/* A few words in a box with buttons or inputs: a control's label ("Scale",
 * "Servings"), not text. */
static bool control_label(const al_item *it, const al_dom *dom)
{
    const al_node *box = &dom->nodes[it->node];
    int j;

    if (al_text_words(it->text) > 3 || box->text_len > 200)
        return false;
    for (j = it->node + 1; j < box->end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT)
            return true;
    }
    return false;
}

bool al_block_is_junk(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom)
{
    size_t words = al_text_words(it->text);
    double ls = al_item_link_share(it);

    if (it->kind == ALOUD_BLOCK_CODE)
        return false;
    if (!key[0] && it->kind != ALOUD_BLOCK_TABLE_ROW)
        return true;                                /* "###", "* * *": no word to say */
    if (control_label(it, dom))
        return true;
    if (words <= 8 && al_lexicon_match(AL_LEX_SHARE, key))
        return true;
    if (words <= 30 && al_lexicon_match(AL_LEX_READMORE, key) && (ls >= 0.3 || words <= 12))
        return true;
    if (words <= 20 && al_lexicon_match(AL_LEX_GOBACK, key))
        return true;
    if (words <= 25 && al_lexicon_match(AL_LEX_META, key) && (ls >= 0.3 || labelled(it->text, AL_LEX_META)))
        return true;
    if (words <= 60 && al_lexicon_match(AL_LEX_COOKIE, key))
        return true;
    if (words <= 20 && al_lexicon_match(AL_LEX_COMMENT, key))
        return true;
    if (words <= 45 && al_lexicon_match(AL_LEX_NEWSLETTER, key) &&
        (ls > 0 || words <= 25 || al_lexicon_match(AL_LEX_APPEAL, key)))
        return true;
    {
        int appeal = al_lexicon_count(AL_LEX_APPEAL, key);
        int pay = al_lexicon_count(AL_LEX_PAYMENT, key);
        if (words <= 60 && ((appeal && pay) || pay >= 2))
            return true;
        if (words <= 30 && appeal && (ls > 0 || words <= 15))
            return true;
    }
    if (words <= 20 && al_lexicon_match(AL_LEX_SHARE_PROMPT, key))
        return true;
    if (words <= 45 && al_lexicon_match(AL_LEX_DISCLOSURE, key))
        return true;
    if (words <= 15 && al_lexicon_match(AL_LEX_CTA, key))
        return true;
    if (words <= 30 && al_lexicon_match(AL_LEX_COPYRIGHT, key))
        return true;
    if (words <= 25 && is_credit(it->text, words <= 10))
        return true;                                /* incl. "Reporting by X; Editing by Y" */
    if (words <= 10 && (strncmp(it->text, "\xC2\xA9", 2) == 0 || strncmp(it->text, "(c) ", 4) == 0))
        return true;                                /* "© Reuters" */
    if (words <= 14 && al_lexicon_match(AL_LEX_DATELINE, key) && strpbrk(it->text, "0123456789"))
        return true;
    if (it->kind == ALOUD_BLOCK_CAPTION && meta->title && al_text_same_words(it->text, meta->title))
        return true;
    if (meta->byline && words <= 15 && al_text_casestr(it->text, meta->byline) &&
        (has_date(it->text) || (words <= al_text_words(meta->byline) + 3 && !starts_with_about(key)) ||
         starts_with_by(key)))
        return true;                                /* "By Jane Doe, 4 May 2024" */
    if (meta->byline && words <= 25 && it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_casestr(it->text, meta->byline) &&
        has_date(it->text) && has_clock(it->text) && !strpbrk(it->text, ".!?"))
        return true;                                /* "By X Published: 3 March 2025 - 08:20 Updated: 13:05 ..." */
    if (words <= 15 && starts_with_by(key) && has_date(it->text))
        return true;                                /* the same, byline unknown */
    if (words <= 8 && it->kind == ALOUD_BLOCK_PARAGRAPH && has_year(it->text) && has_clock(it->text) &&
        !has_sentence_end(it->text))
        return true;                                /* "Senin, 14 Okt 2024 10:12 WIB", "2024. 5. 12. 21:37" */
    if (all_hashtags(it->text))
        return true;                                /* "#seoul #daytrip" */
    if (words <= 3 && al_lexicon_exact(AL_LEX_META, key))
        return true;                                /* "Tags", "태그" alone */
    if (words <= 25 && span_labelled(it, dom, AL_LEX_META))
        return true;                                /* <span>Keywords</span> <span>lemon, cake</span> */
    if (words <= 12 && it->kind == ALOUD_BLOCK_PARAGRAPH && starts_with_date(it->text) &&
        !strpbrk(it->text, ".!?"))
        return true;                                /* "2017-03-10 09:58 Source: ..." */
    if (words <= 40 && it->kind == ALOUD_BLOCK_PARAGRAPH && starts_with_date(it->text) &&
        al_lexicon_contains_cjk(AL_LEX_META, key) && !strstr(it->text, "\xE3\x80\x82"))
        return true;                                /* the same in CJK: "2017-03-10 09:58来源：...作者：" */
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
        int pay = al_lexicon_count(AL_LEX_PAYMENT, key);
        /* one payment word in a long paragraph is news about payments */
        it->appeal = al_lexicon_count(AL_LEX_APPEAL, key) > 0 || pay >= 2 ||
                     (pay == 1 && al_text_words(it->text) <= 40) ||
                     al_lexicon_match(AL_LEX_NEWSLETTER, key) || al_lexicon_match(AL_LEX_SHARE_PROMPT, key);
    }
    free(key);
    return it->appeal;
}
