/*
 * boilerplate.c - remove what a listener must not hear from the article's
 * items, after the container has been chosen.
 *
 * Readability keeps whatever sits inside the article container: share
 * bars, "Read more:" lines, donation appeals with bank details, "Recommended
 * reading" lists. aloud classifies each item by
 *   - the lexicon (lexicon.c): share words, read-more prefixes, appeals,
 *     payment details, newsletter, cookie and comment prompts, trails;
 *   - its shape: length in words, link density, whether it is all link;
 *   - its place: a heading that opens a chrome section ("Please Support My
 *     Work!", "Recommended Reading", "About the author") drops the whole
 *     section down to the next heading of the same or a higher level.
 * Long, sentence-like text is never dropped on a single lexicon hit: an
 * article about PayPal keeps its paragraphs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
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

/* A reviewer's score ("Rating: 8/10", "4 out of 5"), not readers' stars
 * and votes: a rating widget that is the review's verdict. */
static bool score_text(const al_dom *dom, int i)
{
    char *t;
    bool score = false;

    if (dom->nodes[i].text_len == 0 || dom->nodes[i].text_len > 40 || !(t = al_dom_text(dom, i, true)))
        return false;
    if (!al_text_casestr(t, "vote") && !al_text_casestr(t, "review") && !al_text_casestr(t, "ratings")) {
        const char *p;
        for (p = t; *p && !score; p++)
            score = *p >= '0' && *p <= '9' && (strncmp(p + 1, "/10", 3) == 0 || strncmp(p + 1, "/5", 2) == 0 ||
                                               strncmp(p + 1, " out of ", 8) == 0);
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

/* ---- item classification ----------------------------------------------- */

static double link_share(const al_item *it)
{
    return it->text_len ? (double)it->link_len / it->text_len : 0;
}

static bool is_block(const al_item *it)
{
    return it->kind < AL_ITEM_HEADING;
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

/* A picture credit: "Image: Reuters", "(Bild: Hersteller)", "Photo by X".
 * What comes before the colon (or the name) must be the credit words
 * themselves, so "Source files: a.js" stays. */
static bool is_credit(const char *text, bool short_block)
{
    const char *by;

    while (*text == '(' || *text == '[')
        text++;
    if (labelled(text, AL_LEX_CREDIT))
        return true;
    if (short_block && glued_label(text, AL_LEX_CREDIT))
        return true;                    /* "CreditKevin Frayer": a hidden label span */
    by = al_text_casestr(text, " by ");
    return by && by - text <= 40 && head_is(text, (size_t)(by - text + 3), AL_LEX_CREDIT);
}

/* "By", "Von", "Par", "Por", "Di", "Door"... opening a byline. */
/* "About Jane Doe" opens an author box only when her bio follows (see
 * drop_author_bio); "About Corvane Robotics" in a press release does not. */
static bool starts_with_about(const char *key)
{
    static const char *const about[] = { "about ", "über ", "a propos ", "à propos ", "acerca de ", "sobre ",
                                         "over ", "om ", NULL };
    size_t i;

    for (i = 0; about[i]; i++)
        if (strncmp(key, about[i], strlen(about[i])) == 0)
            return true;
    return false;
}

static bool starts_with_by(const char *key)
{
    static const char *const by[] = { "by ", "von ", "par ", "por ", "di ", "door ", "de ", "av ", "af ",
                                      "text ", "texto ", "testo ", NULL };
    size_t i;

    for (i = 0; by[i]; i++)
        if (strncmp(key, by[i], strlen(by[i])) == 0)
            return true;
    return false;
}

/* A year (1900-2099), a d/m or d.m date, or a time hh:mm. */
static bool has_date(const char *s)
{
    const char *p;

    for (p = s; *p; p++) {
        bool d0 = p[0] >= '0' && p[0] <= '9';
        if (!d0 || (p > s && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0'))
            if (p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9'))
                return true;
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

static bool junk_block(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom)
{
    size_t words = al_text_words(it->text);
    double ls = link_share(it);

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
static bool is_appeal(al_item *it)
{
    char *key;

    if (it->appeal >= 0)
        return it->appeal;
    it->appeal = 0;
    if (!is_block(it) || !(key = al_text_key(it->text)))
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

/* "3 Answers" over the answers of a Q&A page: a count, not a title. */
static bool answer_count(const char *key)
{
    static const char *const words[] = { "answer", "answers", "antwort", "antworten", "réponse", "réponses",
        "respuesta", "respuestas", "risposta", "risposte", "antwoord", "antwoorden", "resposta", "respostas",
        "ответ", "ответа", "ответов", "回答", "답변", NULL };
    size_t n = strspn(key, "0123456789"), k;

    if (n == 0 || key[n] != ' ')
        return false;
    for (k = 0; words[k]; k++)
        if (strcmp(key + n + 1, words[k]) == 0)
            return true;
    return false;
}

/* A heading whose section is chrome. */
static bool junk_heading(const al_item *it, const char *key)
{
    size_t words = al_text_words(it->text);

    return al_lexicon_match(AL_LEX_HEADING, key) ||
           (words <= 10 && al_lexicon_count(AL_LEX_APPEAL, key) > 0) ||
           (words <= 8 && al_lexicon_match(AL_LEX_NEWSLETTER, key)) ||
           (words <= 8 && al_lexicon_match(AL_LEX_COMMENT, key));
}

/* One past the last item of the section that heading H opens. */
static size_t section_end(const al_items *items, size_t h)
{
    size_t j;

    for (j = h + 1; j < items->count; j++)
        if (items->items[j].kind == AL_ITEM_HEADING && items->items[j].level <= items->items[h].level)
            break;
    return j;
}

/* A section that is an appeal: "Please support my work", "Before you move
 * on..." followed by a contribution pitch. Its heading starts like an
 * appeal ("Support ...") and the section asks for something, or half of
 * its words are in blocks that ask for money, a subscription or a share. */
static bool appeal_section(al_items *items, size_t h, const char *key)
{
    size_t j, end = section_end(items, h), words = 0, asking = 0;

    for (j = h + 1; j < end; j++)          /* a rule ends the text: an e-mail's footer follows */
        if (items->items[j].kind == AL_ITEM_RULE) {
            end = j;
            break;
        }
    bool heading_appeal = al_text_words(items->items[h].text) <= 5 &&
                          al_lexicon_match(AL_LEX_APPEAL_HEAD, key);

    for (j = h + 1; j < end; j++) {
        al_item *it = &items->items[j];
        size_t w;
        if (!is_block(it) || it->junk)
            continue;
        w = al_text_words(it->text);
        words += w;
        if (is_appeal(it))
            asking += w;
    }
    if (asking == 0)
        return false;
    return heading_appeal || (words <= 150 && asking * 2 >= words);
}

/* Drop from heading H to the next heading of the same or a higher level. */
static size_t drop_section(al_items *items, size_t h)
{
    size_t j;
    int level = items->items[h].level;

    items->items[h].junk = true;
    for (j = h + 1; j < items->count; j++) {
        if (items->items[j].kind == AL_ITEM_HEADING && items->items[j].level <= level)
            break;
        items->items[j].junk = true;
    }
    return j;
}

/* A teaser under a chrome label: a link, a short line, or an excerpt cut
 * off with an ellipsis ("... feminist and…"). */
static bool truncated(const char *text)
{
    size_t n = strlen(text);

    return n >= 3 && (strcmp(text + n - 3, "\xE2\x80\xA6") == 0 || strcmp(text + n - 3, "...") == 0);
}

static bool teaser_like(const al_item *it)
{
    return it->junk || link_share(it) >= 0.5 || truncated(it->text) ||
           ((it->kind == ALOUD_BLOCK_PARAGRAPH || it->kind == AL_ITEM_HEADING) && al_text_words(it->text) < 10);
}

/* A chrome heading set as a plain block ("Trending Articles" in a div).
 * When teasers (links, cut-off excerpts, their headlines, short lines) and
 * nothing else follow it up to the next real heading, drop it and
 * them; prose after it means the line was not a section's label. Returns
 * the next item to look at, or 0 when the line is left alone. */
static size_t drop_label_section(al_items *items, size_t l)
{
    size_t j, n = strlen(items->items[l].text);
    bool teasers = false;              /* a link or a cut-off excerpt seen */

    if (n && strchr(".!?", items->items[l].text[n - 1]))
        return 0;
    for (j = l + 1; j < items->count; j++) {
        const al_item *it = &items->items[j];
        if (it->kind == AL_ITEM_HEADING && link_share(it) < 0.5 && !truncated(it->text))
            break;                     /* the article's next section */
        if (!teaser_like(it))
            return 0;
        teasers = teasers || (!it->junk && (link_share(it) >= 0.5 || truncated(it->text)));
    }
    if (!teasers)
        return 0;
    for (; l < j; l++)
        items->items[l].junk = true;
    return j;
}

/* A short block that is all link: a "related" card, a link list item, a
 * linked caption. Whether it is chrome depends on its neighbours. */
static bool is_suspect(const al_item *it)
{
    return is_block(it) && !it->junk && it->kind != ALOUD_BLOCK_TABLE_ROW &&
           it->kind != ALOUD_BLOCK_CODE && link_share(it) >= 0.8 && al_text_words(it->text) <= 25;
}

/* Runs of suspects (as jusText resolves its "short" blocks by context):
 * junk when the block before the run is junk, or when no good block comes
 * after it (links trailing the article). Headings are neutral. */
static void resolve_suspects(al_items *items)
{
    size_t i = 0, j, k;

    while (i < items->count) {
        bool prev_junk = false, good_after = false;

        if (!is_suspect(&items->items[i])) {
            i++;
            continue;
        }
        for (j = i; j < items->count && (is_suspect(&items->items[j]) ||
                                         items->items[j].kind == AL_ITEM_RULE); j++)
            ;
        for (k = i; k > 0; k--) {
            const al_item *p = &items->items[k - 1];
            if (p->kind == AL_ITEM_HEADING && !p->junk)
                continue;
            prev_junk = p->junk && p->kind != AL_ITEM_RULE;
            break;
        }
        for (k = j; k < items->count && !good_after; k++)
            good_after = is_block(&items->items[k]) && !items->items[k].junk && !is_suspect(&items->items[k]);
        if (prev_junk || !good_after)
            for (k = i; k < j; k++)
                items->items[k].junk = true;
        i = j;
    }
}

/* Stop-word density of an item's text in the page's language (-1 unknown). */
static double density(const al_item *it, const char *lang)
{
    char *key = al_text_key(it->text);
    double d = key ? al_lexicon_stopword_density(key, lang) : -1;

    free(key);
    return d;
}

/* Running text: ten words or more, not a link, and (where aloud knows the
 * language) with the function words running text has. */
static bool good_block(const al_item *it, const char *lang)
{
    double d;

    if (!is_block(it) || it->junk || link_share(it) >= 0.5 || al_text_words(it->text) < 10)
        return false;
    d = density(it, lang);
    return d < 0 || d >= 0.15;
}

/* A letter's sign-off: "Happy sowing, Tamsin", "Best wishes, Anna Berg". */
static bool is_sign_off(const char *t)
{
    const char *comma = strchr(t, ','), *p;
    int names = 0;

    if (!comma || !strchr(" \n", comma[1]) || strchr(t, ':') || al_text_words(t) > 6)
        return false;
    for (p = comma + 1 + strspn(comma + 1, " \n"); *p; p += strcspn(p, " \n"), p += strspn(p, " \n")) {
        if (!(*p >= 'A' && *p <= 'Z') && (unsigned char)*p < 0xC0)
            return false;               /* a name: capitalised words */
        names++;
    }
    return names >= 1 && names <= 2;
}

/* jusText's signal at the article's edges: before its first good block and
 * after its last, a short line without a single function word and without
 * a sentence's end is a label, a counter, a date or a name. */
static void trim_edges(al_items *items, const char *lang)
{
    size_t i, first = items->count, last = 0;
    bool any = false;

    if (!lang || al_lexicon_stopword_density("the", lang) < 0)
        return;                        /* only where the language is known */
    for (i = 0; i < items->count; i++) {
        if (good_block(&items->items[i], lang)) {
            if (!any)
                first = i;
            last = i;
            any = true;
        }
    }
    if (!any)
        return;
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        size_t n = strlen(it->text);
        if (i >= first && i <= last)
            continue;
        if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH || al_text_words(it->text) >= 10 ||
            (n && strchr(".!?:…", it->text[n - 1])) || (i > last && is_sign_off(it->text)))
            continue;
        if (density(it, lang) == 0)
            it->junk = true;
    }
}

/* Pull quotes: a quote or caption whose words all occur, in order, in
 * another block of the article would be said twice; keep the fuller one,
 * or the first of two equal ones. (Repeated paragraphs are left alone: a
 * text may repeat itself on purpose.) Bounded: only blocks of at most 60
 * words are checked, against at most 4000 items. */
static void drop_repeats(al_items *items)
{
    size_t i, j;
    char **keys;

    if (items->count > 4000 || !(keys = calloc(items->count, sizeof(*keys))))
        return;
    for (i = 0; i < items->count; i++)
        if (is_block(&items->items[i]) && !items->items[i].junk && items->items[i].kind != ALOUD_BLOCK_TABLE_ROW &&
            items->items[i].kind != ALOUD_BLOCK_CODE)
            keys[i] = al_text_key(items->items[i].text);
    for (i = 0; i < items->count; i++) {
        size_t wi;
        int kind = items->items[i].kind;
        if (!keys[i] || (kind != ALOUD_BLOCK_QUOTE && kind != ALOUD_BLOCK_CAPTION) ||
            (wi = al_text_words(items->items[i].text)) < 6 || wi > 60)
            continue;
        for (j = 0; j < items->count; j++) {
            if (j == i || !keys[j] || items->items[j].junk)
                continue;
            if (strcmp(keys[i], keys[j]) == 0 ? j < i : strstr(keys[j], keys[i]) != NULL) {
                items->items[i].junk = true;
                break;
            }
        }
    }
    for (i = 0; i < items->count; i++)
        free(keys[i]);
    free(keys);
}

/* Headings with nothing left under them at the end of the article (but
 * an article of headings alone keeps them). */
static void drop_trailing_headings(al_items *items)
{
    size_t i = items->count, k;
    bool any_block = false;

    for (k = 0; k < items->count && !any_block; k++)
        any_block = is_block(&items->items[k]) && !items->items[k].junk;
    if (!any_block)
        return;

    while (i > 0) {
        al_item *it = &items->items[i - 1];
        if (!it->junk && is_block(it))
            break;
        it->junk = true;
        i--;
    }
}

/* An appeal box: once one block in a container is an appeal found junk,
 * the short blocks around it in the same container (its title, its
 * buttons) go with it. */
static void drop_appeal_boxes(al_items *items, const al_dom *dom)
{
    size_t i, j;

    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int box;

        if (!it->junk || !is_block(it) || !is_appeal(it))
            continue;
        box = dom->nodes[it->node].parent;
        if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || dom->nodes[box].text_len > 1200 ||
            dom->nodes[box].text_len > 3 * it->text_len + 300)
            continue;                   /* a box is small and mostly appeal */
        /* items are in document order: the box's are next to this one */
        for (j = i; j > 0 && items->items[j - 1].node > box; j--)
            ;
        for (; j < items->count && items->items[j].node < dom->nodes[box].end; j++) {
            al_item *o = &items->items[j];
            if (!o->junk && is_block(o) && al_text_words(o->text) <= 12)
                o->junk = true;
        }
    }
}

/* Does running prose (not a link, not an excerpt cut off with "…") come
 * right after heading H, before the next heading? */
static bool prose_follows(const al_items *items, size_t h)
{
    size_t j;

    for (j = h + 1; j < items->count && items->items[j].kind != AL_ITEM_HEADING; j++) {
        const al_item *it = &items->items[j];
        if (it->junk)
            continue;
        return is_block(it) && link_share(it) < 0.3 && !truncated(it->text) && al_text_words(it->text) >= 20;
    }
    return false;
}

/* A card: a linked headline with its teaser, in a small box of its own.
 * Drop the heading and whatever else the box holds. */
static void drop_card(al_items *items, const al_dom *dom, size_t h)
{
    int box = dom->nodes[items->items[h].node].parent, depth;
    size_t j;

    for (depth = 0; box >= 0 && depth < 3; depth++, box = dom->nodes[box].parent) {
        GumboTag t = dom->nodes[box].tag;
        if (t == GUMBO_TAG_DIV || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_LI || t == GUMBO_TAG_SECTION)
            break;
    }
    if (box < 0 || dom->nodes[box].text_len > 600 || al_extract_holds_article(dom, box)) {
        /* not in a card of its own: a section heading that is a link
         * (a list article's product names) when prose follows it */
        items->items[h].junk = !prose_follows(items, h);
        return;
    }
    items->items[h].junk = true;
    for (j = h + 1; j < items->count && items->items[j].node < dom->nodes[box].end; j++)
        if (items->items[j].node > box)
            items->items[j].junk = true;
}

/* What follows the name in a bio: "is a", "writes", "ist", "est"... */
static bool is_bio_verb(const char *rest)
{
    static const char *const verbs[] = { " is ", " was ", " has ", " writes", " covers", " reports",
        " works", " ist ", " schreibt", " arbeitet", " est ", " écrit", " es ", " escribe", " è ",
        " scrive", " is een", " schrijft", " é ", " escreve", NULL };
    size_t i;

    while (*rest == ',')
        rest++;
    for (i = 0; verbs[i]; i++)
        if (strncasecmp(rest, verbs[i], strlen(verbs[i])) == 0)
            return true;
    return false;
}

/* An author bio at the end: "Jane Doe is a reporter for ..." among the
 * last blocks, opening with the byline's name. */
static void drop_author_bio(al_items *items, const al_meta *meta)
{
    size_t i = items->count, seen = 0;

    if (!meta->byline || al_text_words(meta->byline) > 6)
        return;
    while (i > 0 && seen < 3) {
        al_item *it = &items->items[--i];
        if (!is_block(it) || it->junk)
            continue;
        seen++;
        if (al_text_words(it->text) <= 60 && strncasecmp(it->text, meta->byline, strlen(meta->byline)) == 0 &&
            is_bio_verb(it->text + strlen(meta->byline))) {
            size_t k = i;
            it->junk = true;
            while (k > 0 && items->items[k - 1].junk)
                k--;
            if (k > 0 && al_text_words(items->items[k - 1].text) <= al_text_words(meta->byline) + 3 &&
                al_text_casestr(items->items[k - 1].text, meta->byline))
                items->items[k - 1].junk = true;    /* its heading: "About Jane Doe" */
        }
    }
}

/* A long heading right under the title, before any text, is its
 * subtitle: read it as the first paragraph of the lead. */
static void subtitle_as_lead(al_items *items, size_t title)
{
    size_t k = title + 1, next;
    al_item *sub;

    if (k >= items->count || items->items[k].kind != AL_ITEM_HEADING)
        return;
    sub = &items->items[k];
    if (al_text_words(sub->text) < 8 || sub->text_len < 40)
        return;
    for (next = k + 1; next < items->count && items->items[next].kind == AL_ITEM_RULE; next++)
        ;
    if (next < items->count && items->items[next].kind == AL_ITEM_HEADING)
        return;
    sub->kind = ALOUD_BLOCK_PARAGRAPH;
    sub->level = 0;
}

/* Kickers and labels above the title ("Guidance", "Analysis", a section
 * name): short non-sentences before the heading that repeats the title. */
static void drop_kickers(al_items *items, size_t title)
{
    size_t k;

    for (k = 0; k < title; k++)             /* only above the article's first sentence */
        if (is_block(&items->items[k]) && !items->items[k].junk && al_text_words(items->items[k].text) > 6)
            return;
    for (k = 0; k < title; k++) {
        al_item *it = &items->items[k];
        size_t n = strlen(it->text);
        if (is_block(it) && al_text_words(it->text) <= 6 && n && !strchr(".!?", it->text[n - 1]))
            it->junk = true;
    }
}

/* A newsletter's sponsor: between two rules, a "brought to you by" line
 * and the pitch after it. */
static void drop_sponsor_segments(al_items *items)
{
    size_t i, j;

    for (i = 1; i < items->count; i++) {
        char *key;
        bool sponsor;
        if (items->items[i - 1].kind != AL_ITEM_RULE || !is_block(&items->items[i]))
            continue;
        key = al_text_key(items->items[i].text);
        sponsor = key && al_text_words(items->items[i].text) <= 30 && al_lexicon_match(AL_LEX_DISCLOSURE, key);
        free(key);
        if (!sponsor)
            continue;
        for (j = i + 1; j < items->count && j <= i + 4 && items->items[j].kind != AL_ITEM_RULE &&
                        items->items[j].kind != AL_ITEM_HEADING; j++)
            ;
        if (j >= items->count || items->items[j].kind != AL_ITEM_RULE)
            continue;                   /* no closing rule: not a bounded sponsor block */
        for (; i < j; i++)
            items->items[i].junk = true;
    }
}

/* The title set as a paragraph at the top (a blog editor's big "title"
 * <p>): the listener has heard it already. */
static void drop_title_repeat(al_items *items, const al_meta *meta)
{
    size_t i, seen = 0;

    if (!meta->title)
        return;
    for (i = 0; i < items->count && seen < 3; i++) {
        al_item *it = &items->items[i];
        if (it->junk || it->kind == AL_ITEM_RULE)
            continue;
        seen++;
        if (it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_same_words(it->text, meta->title))
            it->junk = true;
    }
}

void al_boilerplate_filter(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i, next;

    for (i = 0; i < items->count;) {
        al_item *it = &items->items[i];
        char *key;

        if (it->junk || it->kind == AL_ITEM_RULE) {
            it->junk = it->kind == AL_ITEM_RULE ? true : it->junk;
            i++;
            continue;
        }
        if (!(key = al_text_key(it->text))) {
            i++;
            continue;
        }
        if (it->kind == AL_ITEM_HEADING) {
            if (meta->title && al_text_same_words(it->text, meta->title)) {
                it->junk = true;                /* repeats the title */
                drop_kickers(items, i);
                subtitle_as_lead(items, i);
                i++;
            } else if (answer_count(key)) {
                it->junk = true;                /* "3 Answers": a count, the answers stay */
                i++;
            } else if (junk_heading(it, key) || appeal_section(items, i, key)) {
                i = drop_section(items, i);
            } else if (link_share(it) >= 0.9) {
                drop_card(items, dom, i);       /* a card's linked title */
                i++;
            } else {
                i++;
            }
        } else if (it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_words(it->text) <= 6 &&
                   al_lexicon_match(AL_LEX_HEADING, key) && (next = drop_label_section(items, i)) > 0) {
            i = next;
        } else {
            if (junk_block(it, key, meta, dom))
                it->junk = true;
            i++;
        }
        free(key);
    }
    drop_title_repeat(items, meta);
    drop_sponsor_segments(items);
    drop_appeal_boxes(items, dom);
    drop_author_bio(items, meta);
    drop_repeats(items);
    resolve_suspects(items);
    trim_edges(items, meta->lang);
    drop_trailing_headings(items);
}
