/*
 * extract.c - choose the node that holds the article.
 *
 * Readability's method on the flat DOM: drop unlikely candidates (class, id
 * and role say chrome), give every paragraph-like element a score from its
 * text (1 + commas + one point per 100 characters, at most 3) and add it to
 * its ancestors (fully to the parent, half to the grandparent, a third of
 * the level to older ones), weight candidates by tag and by class/id hints,
 * discount link-heavy ones, pick the best, climb to a better-scoring parent
 * when the best candidates share it, and gather related siblings.
 *
 * aloud adds evidence Readability lacks: itemprop="articleBody", <article>,
 * <main>, role="main" and JSON-LD articleBody raise a candidate's score
 * (never blindly: they still need text). When the strict pass finds too
 * little, the relaxed passes run; a relaxed result wins only when it says
 * more and holds twice the prose (prose_length), never by length alone: a
 * short post stays a short post rather than becoming a sidebar of links.
 * Once a pass found prose, a looser one must keep most of it (not read
 * another block) and find its extra prose inside what was chosen, not
 * beside it (more_article): an "About this blog" box is prose too.
 * A footer or sidebar named so by its id is never the article (unless it
 * is the layout's main column), and a page where no paragraph scores is
 * read from the <article> that holds its headline.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "langdata.h"
#include "passes.h"

/* ---- thresholds ----------------------------------------------------------
 * Readability's are Readability.js's (mozilla/readability, Readability.js:
 * _initializeNode, _grabArticle, DEFAULT_* constants); aloud's own say so. */

/* Content scores by tag (Readability's _initializeNode). */
#define TAG_SCORE_CONTAINER 5       /* div, article, section, main */
#define TAG_SCORE_QUOTE 3           /* pre, td, blockquote */
#define TAG_SCORE_LIST (-3)         /* address, lists, their items, form */
#define TAG_SCORE_HEADING (-5)      /* h1-h6, th */
/* aloud: evidence of the article body, in score points. */
#define BONUS_ITEMPROP_BODY 20      /* itemprop="articleBody" (or "text") */
#define BONUS_ARTICLE_TAG 5         /* <article>, <main> */
#define BONUS_ROLE_MAIN 5           /* role="main" */
/* A paragraph scores only with at least this many characters (Readability: 25). */
#define PARA_MIN_CHARS 25
/* Its score: PARA_BASE_SCORE, one per comma, and one per PARA_CHARS_PER_POINT
 * characters up to PARA_MAX_LENGTH_POINTS (Readability: 1 + commas + min(len / 100, 3)). */
#define PARA_BASE_SCORE 1
#define PARA_CHARS_PER_POINT 100.0
#define PARA_MAX_LENGTH_POINTS 3
/* The score goes to this many ancestors (Readability: maxDepth 5): whole to
 * the parent, divided by GRANDPARENT_DIVIDER for the grandparent and by
 * level * ELDER_DIVIDER_PER_LEVEL above (Readability: level * 3). */
#define ANCESTOR_LEVELS 5
#define GRANDPARENT_DIVIDER 2
#define ELDER_DIVIDER_PER_LEVEL 3
/* Readability keeps the top candidates (DEFAULT_N_TOP_CANDIDATES = 5); those
 * scoring at least ALT_SCORE_SHARE of the best (0.75) are alternatives, and
 * MIN_ALTERNATIVES of them in one ancestor (its MINIMUM_TOPCANDIDATES = 3,
 * the best included) make the ancestor the article. */
#define TOP_CANDIDATES 5
#define ALT_SCORE_SHARE 0.75
#define MIN_ALTERNATIVES 2
/* Climbing from the best candidate stops at a parent scoring under a third
 * of its child (Readability: lastScore / 3). */
#define CLIMB_SCORE_DIVIDER 3
/* aloud: on a page laid out in tables, the cell that holds this share of
 * its row's text outside links is the story's column (layout_cell). */
#define LAYOUT_CELL_SHARE 0.7
/* aloud: a candidate holding the headline replaces a best one elsewhere
 * when it scores at least this share of it (near_headline). */
#define HEADLINE_SCORE_SHARE 0.5
/* An about heading says at most this many words after its about word. */
#define ABOUT_HEADING_EXTRA_WORDS 3
/* A headline may go on past a title of at least this many words. */
#define HEADLINE_MIN_WORDS 3
/* A sibling joins when it scores at least SIBLING_MIN_SCORE or
 * SIBLING_SCORE_SHARE of the top (Readability: max(10, top * 0.2)); one of
 * the top's class gets SIBLING_SCORE_SHARE of the top as a bonus. */
#define SIBLING_MIN_SCORE 10
#define SIBLING_SCORE_SHARE 0.2
/* A sibling <p> joins when longer than SIBLING_P_LONG_CHARS with link
 * density under SIBLING_P_MAX_LINKS, or shorter, without links, ending a
 * sentence (Readability: 80 and 0.25). */
#define SIBLING_P_LONG_CHARS 80
#define SIBLING_P_MAX_LINKS 0.25
/* aloud: a sibling <div> of inline text only joins as a long <p> would,
 * when it ends at least this many sentences (div_reads_as_prose). */
#define DIV_PROSE_SENTENCES 2
/* aloud: a sibling <figure> joins with a caption of at least this many
 * characters, under this link density. */
#define SIBLING_FIGURE_MIN_CHARS 40
#define SIBLING_FIGURE_MAX_LINKS 0.3
/* aloud: a line of fields ("Sat 21 Oct, 7.30pm, quiz night, Library, £3")
 * has at least FIELD_LINE_MIN_COMMAS commas, at most FIELD_MAX_WORDS words
 * between two, no sentence end, and at most FIELD_LINE_MAX_CHARS characters
 * in at most FIELD_LINE_MAX_NODES nodes (the cap on its text walk). */
#define FIELD_LINE_MIN_COMMAS 3
#define FIELD_MAX_WORDS 3
#define FIELD_LINE_MAX_CHARS 160
#define FIELD_LINE_MAX_NODES 32
/* aloud, JSON-LD articleBody: blocks of at least LD_BLOCK_MIN_CHARS are
 * looked for by their first LD_PROBE_CHARS characters, in a body of at least
 * LD_MIN_WORDS words. The blocks' common ancestor counts when it holds
 * LD_MIN_TENTHS tenths to LD_MAX_FACTOR times the body's characters, and
 * then outscores the best candidate by LD_TOP_FACTOR, plus one. */
#define LD_BLOCK_MIN_CHARS 30
#define LD_PROBE_CHARS 80
#define LD_MIN_WORDS 30
#define LD_MIN_TENTHS 6
#define LD_MAX_FACTOR 3
#define LD_TOP_FACTOR 1.2
/* aloud: a pass found an article when a block of at least READABLE_MIN_WORDS
 * words has under half its text in links (READABLE_LINK_DIVISOR), or, for
 * shorter text, when under a fifth of the page's text is links
 * (PAGE_LINK_DIVISOR). */
#define READABLE_MIN_WORDS 8
#define SENTENCE_MIN_WORDS 3
#define READABLE_LINK_DIVISOR 2
#define PAGE_LINK_DIVISOR 5
/* A relaxed pass replaces the best so far when it finds this much more,
 * in spoken text and in prose (prose_length): never only by being longer. */
#define PASS_GAIN 1.1
/* ... and at least this many times the prose: a looser pass that adds a
 * sidebar's blurbs to a short post has more prose, but not twice as much. */
#define PROSE_GAIN 2
/* ... and, when the best so far has prose, keeps at least this share of
 * it: a looser pass that reads another block instead is not more article. */
#define KEEP_SHARE 0.5
/* Prose: a paragraph of at least PROSE_MIN_WORDS words, under PROSE_MAX_LINKS in links. */
#define PROSE_MIN_WORDS 12
#define PROSE_MAX_LINKS 0.3
/* aloud: an inline element within this many levels of a <p> is running text. */
#define RUNNING_TEXT_DEPTH 3
/* aloud: with no prose found, a digest wins when it says this many times more. */
#define DIGEST_GAIN 2
/* A sign-up box: a form with an e-mail field and at most this much text
 * around it (a title and a line of pitch). */
#define SIGNUP_MAX_CHARS 400
/* aloud: a picture's caption box (picture_caption_box) has at most this
 * much text, under this share of it in links. */
#define CAPTION_BOX_MAX_CHARS 600
#define CAPTION_BOX_MAX_LINKS 0.3
/* Enough text: stop relaxing (Readability's DEFAULT_CHAR_THRESHOLD, 500). */
#define ENOUGH_CHARS 500

/* ---- class and id hints ------------------------------------------------ */

static const char *const unlikely_words[] = {
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
    "cover-wrap", "disqus", "extra", "footer", "gdpr", "legends", "menu",
    "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
    "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination",
    "pager", "popup", "yom-remote", NULL
};
static const char *const social_words[] = { "social", NULL };
static const char *const maybe_words[] = {
    "and", "article", "body", "column", "content", "main", "shadow", NULL
};

static bool is_unlikely(const al_dom *dom, int i)
{
    const char *cls = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");
    const char *role = al_dom_attr(dom, i, "role");
    GumboTag t = dom->nodes[i].tag;
    char *f;
    bool unlikely = false;

    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_A || t == GUMBO_TAG_ARTICLE ||
        t == GUMBO_TAG_MAIN)
        return false;
    if (role && (!strcasecmp(role, "menu") || !strcasecmp(role, "menubar") ||
                 !strcasecmp(role, "complementary") || !strcasecmp(role, "navigation") ||
                 !strcasecmp(role, "alert") || !strcasecmp(role, "alertdialog") ||
                 !strcasecmp(role, "dialog") || !strcasecmp(role, "banner") ||
                 !strcasecmp(role, "contentinfo") || !strcasecmp(role, "search") ||
                 !strcasecmp(role, "tablist")))   /* a widget's tab labels ("Description", "Reviews") */
        return true;
    if (id && *id && strpbrk(id, "-_") && al_score_heading_anchor(dom, i))
        id = NULL;          /* a heading's anchor names its subject: "extracting-the-archive" */
    if (!cls && !id)
        return false;
    {
        al_buf b = AL_BUF_INIT;
        al_buf_puts(&b, cls ? cls : "");
        al_buf_putc(&b, ' ');
        al_buf_puts(&b, id ? id : "");
        f = b.data ? al_text_fold(b.data) : NULL;
        al_buf_free(&b);
    }
    if (f && al_score_has_word(f, unlikely_words) && !al_score_has_word(f, maybe_words) &&
        !(al_score_has_word(f, social_words) && al_block_embedded_post(dom, i)))
        unlikely = true;    /* an embedded post's card ("social-card") is quoted by the story */
    free(f);
    return unlikely;
}

static int title_heading(const al_dom *dom, const al_meta *meta, GumboTag low, GumboTag high, int from, int to);
static bool holds_prose_paragraph(const al_dom *dom, int i);
static int child_holding(const al_dom *dom, int ancestor, int i);
static bool is_heading(GumboTag t);

/* ---- comment threads ------------------------------------------------- */

/* Words next to "comments" in a class that describe a post, not a thread
 * ("has-comments", "comments-open"). */
static const char *const comment_state_words[] = {
    "no", "has", "with", "allow", "open", "closed", "enabled", "disabled", "on", "off", NULL
};

static bool is_state_word(const char *w, size_t n)
{
    for (size_t k = 0; comment_state_words[k]; k++)
        if (strlen(comment_state_words[k]) == n && strncasecmp(w, comment_state_words[k], n) == 0)
            return true;
    return false;
}

/* Other languages' words for readers' comments, as whole class or id
 * parts: sites name their thread in their own language (<section
 * class="reacties">, <div id="kommentare">, "lista-comentarios"); the
 * Romance "comment..." words ("commentaires", "commenti") start with
 * "comment" already. Exact parts: "reaction" and "comentarista" are not. */
static const char *const comment_words_other[] = {
    "comentario", "comentarios", "kommentar", "kommentare", "kommentarer",
    "komentarz", "komentarze", "reactie", "reacties", NULL
};

/* Does the attribute value V name a comment thread or form: a part (split
 * at spaces, '-' and '_') that starts with "comment" ("comments",
 * "commentlist", "commentbody", "comment_master_list", "atp-comments"),
 * not "commentary" or "commentable", and not beside a state word; or one
 * of comment_words_other? */
static bool value_names_comments(const char *v)
{
    const char *p = v, *prev = NULL;
    size_t prev_n = 0;

    if (v && al_value_has_part(v, " \t\n-_", comment_words_other))
        return true;
    while (v && *p) {
        size_t n;
        p += strspn(p, " \t\n-_");
        n = strcspn(p, " \t\n-_");
        if (n == 0)
            break;
        /* not "commentary", "commentable", "commentator" */
        if (n >= 7 && strncasecmp(p, "comment", 7) == 0 &&
            !(n >= 9 && (strncasecmp(p + 7, "ar", 2) == 0 || strncasecmp(p + 7, "ab", 2) == 0 ||
                         strncasecmp(p + 7, "at", 2) == 0))) {
            const char *next = p + n + strspn(p + n, "-_");
            size_t next_n = strcspn(next, " \t\n-_");
            bool joined = p[n] == '-' || p[n] == '_';
            if (!(prev && is_state_word(prev, prev_n)) && !(joined && is_state_word(next, next_n)))
                return true;
        }
        prev = p;
        prev_n = n;
        p += n;
    }
    return false;
}

/* Does node I hold the page's <h1> or an itemprop=articleBody: the post? */
static bool holds_post(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        const char *ip;
        if (dom->nodes[j].tag == GUMBO_TAG_H1)
            return true;
        if ((ip = al_dom_attr(dom, j, "itemprop")) && al_text_casestr(ip, "articleBody"))
            return true;
    }
    return false;
}

/* A comment thread or comment form (its class or id says so) is never
 * the article, in any pass: readers' comments are not the post, however
 * much longer they are than a short post (the relaxed passes would read
 * them). Not the page's body, <article> or <main>, nor a node that holds
 * the page's <h1> or an itemprop=articleBody: those are the post. */
static bool is_comment_thread(const al_dom *dom, int i)
{
    GumboTag t = dom->nodes[i].tag;

    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
        (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) || t == GUMBO_TAG_A || t == GUMBO_TAG_SPAN)
        return false;
    return (value_names_comments(al_dom_attr(dom, i, "class")) ||
            value_names_comments(al_dom_attr(dom, i, "id"))) &&
           !holds_post(dom, i);
}

/* A comment thread by its shape, where no class or id names it (hashed
 * names, or none): an element that holds the reply form (a <textarea>)
 * and, among its children (or the items of a list among them),
 * THREAD_MIN_BOXES boxes or more, at least half of them, that each open
 * with a head line (the commenter and when: at most
 * THREAD_HEAD_MAX_WORDS words, a number, no sentence: "Sharon Wiebke ·
 * Nov 30, 2026", or the name alone over a lone <time>) and go on with
 * the comment. With the comments closed there is no form: then a count
 * as the box's first line stands for it (thread_count_line: "3 thoughts
 * on “...”" over the boxes, tests/pages/en-blog-closed-thread-in-article),
 * or as the heading right before a list (<ol>, <ul>) of the boxes
 * (es-blog-comentarios-cerrados-lista), when the box is set in the
 * post's body after its prose (after_post_prose).
 * The article's own sections open with headings or sentences, and a list
 * of posts has neither a reply form nor a count of its posts. */
#define THREAD_MIN_BOXES 2
#define THREAD_HEAD_MAX_WORDS 8
#define THREAD_COMMENT_MIN_CHARS 20
#define THREAD_HEAD_MAX_CHARS 160   /* a name and a date, not a box's text */
#define THREAD_HEAD_MAX_NODES 64
/* The "when" may stand in its own element after the name: a lone <time>
 * line ("Jean-Marc Vidal", then <time>19:42</time>, then the comment:
 * tests/pages/fr-blog-court-commentaires-heures), of at most
 * THREAD_TIME_MAX_CHARS. */
#define THREAD_TIME_MAX_CHARS 40

/* The element after HEAD in its box, when it is a lone <time> (or holds
 * one and nothing else to read): its node, or -1. */
static int time_line_after(const al_dom *dom, int head, int box)
{
    int j;

    for (j = dom->nodes[head].end; j < dom->nodes[box].end && (dom->nodes[j].flags & AL_NODE_TEXT);
         j = dom->nodes[j].end)
        if (dom->nodes[j].text_len > 1)
            return -1;
    if (j >= dom->nodes[box].end || dom->nodes[j].text_len == 0 ||
        dom->nodes[j].text_len > THREAD_TIME_MAX_CHARS)
        return -1;
    for (int k = j; k < dom->nodes[j].end; k++)
        if (dom->nodes[k].tag == GUMBO_TAG_TIME && !(dom->nodes[k].flags & AL_NODE_TEXT))
            return dom->nodes[k].text_len == dom->nodes[j].text_len ? j : -1;
    return -1;
}

/* The element a box's content is wrapped in when it is the box's only
 * child and no text stands beside it (Blogger's <li><div
 * class="comment-block">head, comment</div></li>), down to the first
 * box with more than one child; the box itself otherwise. */
static int sole_wrapper_child(const al_dom *dom, int box)
{
    for (;;) {
        int only = -1, j;

        for (j = box + 1; j < dom->nodes[box].end; j = dom->nodes[j].end) {
            if (dom->nodes[j].flags & AL_NODE_TEXT) {
                if (dom->nodes[j].text_len > 1)
                    return box;
                continue;
            }
            if (dom->nodes[j].text_len == 0)
                continue;
            if (only >= 0)
                return box;
            only = j;
        }
        if (only < 0 || !al_dom_is_block_tag(dom->nodes[only].tag))
            return box;
        box = only;
    }
}

static bool comment_box(const al_dom *dom, int box)
{
    int j, head = -1, when;
    char *text;
    size_t n, words;
    bool ok;

    box = sole_wrapper_child(dom, box);
    for (j = box + 1; j < dom->nodes[box].end && head < 0; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT))
            head = j;
        else if (dom->nodes[j].text_len > 1)
            return false;                       /* text before the head line */
    if (head < 0 || dom->nodes[head].text_len == 0 ||
        dom->nodes[head].text_len > THREAD_HEAD_MAX_CHARS ||
        dom->nodes[head].end - head > THREAD_HEAD_MAX_NODES ||
        dom->nodes[box].text_len < dom->nodes[head].text_len + THREAD_COMMENT_MIN_CHARS ||
        (dom->nodes[head].tag >= GUMBO_TAG_H1 && dom->nodes[head].tag <= GUMBO_TAG_H6) ||
        !(text = al_dom_text(dom, head, true)))
        return false;
    n = strlen(text);
    while (n && text[n - 1] == ' ')
        n--;
    words = al_text_words(text);
    when = strpbrk(text, "0123456789") ? head : time_line_after(dom, head, box);
    ok = words >= 2 && words <= THREAD_HEAD_MAX_WORDS && when >= 0 &&
         (when == head || dom->nodes[box].text_len >= dom->nodes[head].text_len +
                                                          dom->nodes[when].text_len + THREAD_COMMENT_MIN_CHARS) &&
         !(n && strchr(".!?", text[n - 1])) && !strstr(text, ". ");
    free(text);
    return ok;
}

/* With no reply form (comments closed), a count over the boxes: node J,
 * the box's first line with text, opens with a number at least BOXES (a
 * count of comments counts the replies too) and is a title, not a
 * sentence, of at most THREAD_COUNT_MAX_WORDS words ("3 Comments", "3
 * thoughts on “Rehanging the old shed door”", "3 Kommentare zu „...“",
 * "<span>3</span> comments"). The boxes' shape says what is counted; a
 * section of the article that opens with a count ("5 ways to ...") is
 * followed by its points, not by boxes led by a name and a time. */
#define THREAD_COUNT_MAX_WORDS 16
#define THREAD_COUNT_MAX 100000

static bool thread_count_line(const al_dom *dom, int j, int boxes)
{
    char *text, *key;
    size_t n;
    long count;
    bool ok = false;

    if (j < 0 || dom->nodes[j].text_len == 0 || dom->nodes[j].text_len > THREAD_HEAD_MAX_CHARS ||
        !(text = al_dom_text(dom, j, true)))
        return false;
    if ((key = al_text_key(text))) {
        n = strspn(key, "0123456789");
        count = n && n <= 5 ? strtol(key, NULL, 10) : 0;
        ok = count >= boxes && count < THREAD_COUNT_MAX && key[n] == ' ' && isalpha((unsigned char)key[n + 1]) &&
             al_text_words(text) <= THREAD_COUNT_MAX_WORDS && !strstr(text, ". ") && !strpbrk(text, "!?");
        free(key);
    }
    free(text);
    return ok;
}

/* Is node I set in the post's body: a <p> of prose a sibling before it,
 * or before its parent (THREAD_BODY_LEVELS levels)? A blog's closed
 * thread goes on in the post's wrapper after its paragraphs; a forum's
 * replies follow the opening post, itself a box of the replies' shape
 * (tests/pages/en-forum-replies-box-hashed, b21-nl-forum-rabarber-noscript),
 * and are the page's content. */
#define THREAD_BODY_LEVELS 2

static bool after_post_prose(const al_dom *dom, int i)
{
    for (int up = 0, a = i; up < THREAD_BODY_LEVELS && dom->nodes[a].parent >= 0; up++, a = dom->nodes[a].parent)
        for (int j = dom->nodes[a].parent + 1; j < a; j = dom->nodes[j].end)
            if (dom->nodes[j].tag == GUMBO_TAG_P && !(dom->nodes[j].flags & AL_NODE_TEXT) &&
                holds_prose_paragraph(dom, j))
                return true;
    return false;
}

static bool comment_count_key(const char *key);

/* Does a <p> of prose stand anywhere before node I, in the siblings of it
 * or of its ancestors (THREAD_BODY_LEVELS levels), at any depth? */
static bool prose_before(const al_dom *dom, int i)
{
    for (int up = 0, a = i; up < THREAD_BODY_LEVELS && dom->nodes[a].parent >= 0; up++, a = dom->nodes[a].parent)
        for (int j = dom->nodes[a].parent + 1; j < a; j++)
            if (dom->nodes[j].tag == GUMBO_TAG_P && !(dom->nodes[j].flags & AL_NODE_TEXT) &&
                holds_prose_paragraph(dom, j))
                return true;
    return false;
}

/* Does node J's text count comments: a number, then a word of
 * [extract.comment_word]? */
static bool line_counts_comments(const al_dom *dom, int j)
{
    char *text = al_dom_text(dom, j, true), *key = text ? al_text_key(text) : NULL;
    bool hit = key && comment_count_key(key);

    free(key);
    free(text);
    return hit;
}

static bool is_comment_thread_by_shape(const al_dom *dom, int i)
{
    GumboTag t = dom->nodes[i].tag;
    int j, boxes = 0, others = 0, first = -1;
    bool form = false;

    if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_OL && t != GUMBO_TAG_UL)
        return false;
    for (j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end) {
        const al_node *c = &dom->nodes[j];
        if ((c->flags & AL_NODE_TEXT) || c->text_len == 0 || c->tag == GUMBO_TAG_FORM)
            continue;
        if (first < 0)
            first = j;
        if (c->tag == GUMBO_TAG_OL || c->tag == GUMBO_TAG_UL) {
            /* WordPress's thread: the boxes are the items of a list
             * (<ol><li>NAME DATE, comment, Reply</li>...</ol>) */
            for (int k = j + 1; k < c->end; k = dom->nodes[k].end)
                if (!(dom->nodes[k].flags & AL_NODE_TEXT) && dom->nodes[k].text_len > 0) {
                    if (comment_box(dom, k))
                        boxes++;
                    else
                        others++;
                }
            continue;
        }
        if (comment_box(dom, j))
            boxes++;
        else
            others++;
    }
    if (boxes < THREAD_MIN_BOXES || boxes < others)
        return false;
    /* looked at last: each is a walk of the whole subtree */
    for (j = i + 1; j < dom->nodes[i].end && !form; j++)
        form = dom->nodes[j].tag == GUMBO_TAG_TEXTAREA;
    if (!form) {
        /* the count is the box's first line, or the heading right before it
         * (<h3>3 thoughts on ...</h3><ol>...</ol> in the post's wrapper) */
        int before = al_dom_prev_element(dom, i), line = -1;

        if (first >= 0 && !comment_box(dom, first) && thread_count_line(dom, first, boxes))
            line = first;
        else if (before >= 0 && dom->nodes[before].tag >= GUMBO_TAG_H2 && dom->nodes[before].tag <= GUMBO_TAG_H6 &&
                 thread_count_line(dom, before, boxes))
            line = before;
        /* a count that names comments ("9 komentarzy:") over a thread
         * with no prose at all before it: the post's body is rendered by
         * a script from a template, not in the markup
         * (tests/pages/pl-blogger-template-komentarze); a forum's
         * replies follow the opening post's prose
         * (b21-nl-forum-rabarber-noscript) */
        if (line < 0 || !(after_post_prose(dom, i) || (line_counts_comments(dom, line) && !prose_before(dom, i))))
            return false;
    }
    return !holds_post(dom, i);
}

/* ---- a closed thread with no wrapper --------------------------------- */

/* Some blog templates set a closed thread's comments straight in the
 * post's container, siblings of its paragraphs: a count line ("3
 * comments", "3 Kommentare", "3 commentaires": a number, then a word of
 * [extract.comment_word]), then per comment a name line, a date line and
 * the comment's text, to the container's end, with no form and often
 * "Comments are closed." (tests/pages/en-blog-closed-comments-unwrapped,
 * de-blog-kommentare-ohne-huelle, fr-blog-commentaires-fermes-a-plat).
 * Evidence, all together: the count line is set after the post's prose
 * (a <p> of prose before it in the container), it names the comment
 * word of the language data right after its number, it counts at least
 * the groups that follow, and every element after it, to the
 * container's end, belongs to a group of THREAD_MIN_BOXES or more that
 * each open with a head (a short name line over a short date line with
 * a number, the two in one line, or a comment box of its own) and hold
 * a comment of THREAD_COMMENT_MIN_CHARS or more. A section of the
 * article opens with no count of comments, and a forum's replies follow
 * no count line set under prose. */
#define FLAT_NAME_MAX_WORDS 5
#define FLAT_NAME_MAX_CHARS 60
#define FLAT_DATE_MAX_CHARS 48

/* Is KEY a number and then a word of [extract.comment_word] ("kommentar*":
 * a stem)? */
static bool comment_count_key(const char *key)
{
    size_t n = strspn(key, "0123456789"), k, count, wlen;
    const al_lang_entry *words = al_lang_table("extract.comment_word", NULL, &count);
    const char *w = key + n + 1;

    if (n == 0 || n > 5 || key[n] != ' ')
        return false;
    wlen = strcspn(w, " ");
    for (k = 0; k < count; k++) {
        const char *want = al_lang_entry_key(&words[k]);
        size_t len = want ? strlen(want) : 0;
        if (len && (strchr(words[k].key, '*') ? wlen >= len : wlen == len) && strncmp(w, want, len) == 0)
            return true;
    }
    return false;
}

/* A short line of node J, no sentence: its words (0 when it is none),
 * and in *DIGIT whether it holds a number. */
static size_t flat_short_line(const al_dom *dom, int j, unsigned max_chars, bool *digit)
{
    char *text, *dot;
    size_t n, words = 0;

    if (dom->nodes[j].text_len == 0 || dom->nodes[j].text_len > max_chars || !(text = al_dom_text(dom, j, true)))
        return 0;
    n = strlen(text);
    while (n && text[n - 1] == ' ')
        n--;
    for (dot = strstr(text, ". "); dot && dot > text && isdigit((unsigned char)dot[-1]); dot = strstr(dot + 1, ". "))
        ;                               /* a date's "10. Mai" is no sentence */
    if (n && !strchr(".!?:", text[n - 1]) && !dot) {
        words = al_text_words(text);
        *digit = strpbrk(text, "0123456789") != NULL;
    }
    free(text);
    return words;
}

/* How many of the elements S[K..N) open a comment: 2 for a name line over
 * a date line, 1 for the two in one line or a comment box, 0 for none. */
static int flat_comment_head(const al_dom *dom, const int *s, int k, int n)
{
    bool digit = false, date_digit = false;
    size_t words = flat_short_line(dom, s[k], FLAT_NAME_MAX_CHARS, &digit), date_words;

    if (words >= 1 && words <= FLAT_NAME_MAX_WORDS && !digit && k + 1 < n &&
        (date_words = flat_short_line(dom, s[k + 1], FLAT_DATE_MAX_CHARS, &date_digit)) >= 1 &&
        date_words <= THREAD_HEAD_MAX_WORDS && date_digit)
        return 2;
    digit = false;
    words = flat_short_line(dom, s[k], THREAD_HEAD_MAX_CHARS, &digit);
    if (words >= 2 && words <= THREAD_HEAD_MAX_WORDS && digit)
        return 1;
    return comment_box(dom, s[k]) ? 1 : 0;
}

static bool flat_closed_thread(const al_dom *dom, int i)
{
    const al_node *c = &dom->nodes[i];
    int p = c->parent, j, n = 0, k, groups = 0, *s;
    char *text, *key;
    bool count = false, ok = false, prose = false;
    long number = 0;

    if ((c->flags & AL_NODE_TEXT) || c->text_len == 0 || c->text_len > THREAD_HEAD_MAX_CHARS || p < 0 ||
        !al_dom_is_block_tag(c->tag) || c->tag == GUMBO_TAG_LI || c->tag == GUMBO_TAG_TD)
        return false;
    for (j = i + 1; j < c->end && !((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].text_len > 0); j++)
        ;
    if (j >= c->end || !dom->nodes[j].g || !isdigit((unsigned char)dom->nodes[j].g->v.text.text[
                                                  strspn(dom->nodes[j].g->v.text.text, " \t\r\n")]))
        return false;
    for (j = p + 1; j < i && !prose; j = dom->nodes[j].end)
        prose = dom->nodes[j].tag == GUMBO_TAG_P && !(dom->nodes[j].flags & AL_NODE_TEXT) &&
                holds_prose_paragraph(dom, j);
    if (!prose || !(text = al_dom_text(dom, i, true)))
        return false;
    if ((key = al_text_key(text))) {
        count = comment_count_key(key) && al_text_words(text) <= THREAD_COUNT_MAX_WORDS &&
                !strstr(text, ". ") && !strpbrk(text, "!?");
        number = strtol(key, NULL, 10);
        free(key);
    }
    free(text);
    if (!count || !(s = malloc(sizeof *s * (size_t)(dom->nodes[p].end - c->end + 1))))
        return false;
    for (j = c->end; j < dom->nodes[p].end; j = dom->nodes[j].end) {
        const al_node *d = &dom->nodes[j];
        if (d->flags & (AL_NODE_DROP | AL_NODE_HIDDEN))
            continue;
        if (d->flags & AL_NODE_TEXT) {
            if (d->text_len > 1)
                goto done;              /* loose text: no list of elements */
            continue;
        }
        if (d->text_len > 0)
            s[n++] = j;
    }
    for (k = 0; k < n;) {
        int head = flat_comment_head(dom, s, k, n), texts = 0;

        if (head == 0)
            goto done;
        if (head == 1 && comment_box(dom, s[k]))
            texts++;
        for (k += head; k < n && flat_comment_head(dom, s, k, n) == 0; k++)
            if (dom->nodes[s[k]].text_len >= THREAD_COMMENT_MIN_CHARS)
                texts++;
        if (texts == 0)
            goto done;
        groups++;
    }
    ok = groups >= THREAD_MIN_BOXES && number >= groups;
done:
    free(s);
    return ok;
}

/* A formula is never a menu, whatever its wrapper's class says (MathJax's
 * "CtxtMenu_Attached"). A wrapper holds a formula and no paragraph or
 * heading: a region of the page that happens to hold one is judged as
 * any other. */
static bool holds_math(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];

    return (n->flags & AL_NODE_MATH) && n->p_count == 0 && n->heading_count == 0;
}

/* An inline element in a paragraph ("<p><span class=legendSpanClass>
 * FRESNO</span>, ..."): Readability's coarse class words ("legends",
 * "extra", "remark") do not cut words out of a sentence. */
static bool in_running_text(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, up;

    if (dom->nodes[i].flags & AL_NODE_BLOCK)
        return false;
    for (up = 0; p >= 0 && up < RUNNING_TEXT_DEPTH; up++, p = dom->nodes[p].parent)
        if (dom->nodes[p].tag == GUMBO_TAG_P)
            return true;
    return false;
}

/* The element sibling of node I before it (BEFORE) or after it, or -1. */
static int element_sibling(const al_dom *dom, int i, bool before)
{
    int p = dom->nodes[i].parent, j, last = -1;

    if (p < 0)
        return -1;
    for (j = p + 1; j < dom->nodes[p].end; j = dom->nodes[j].end) {
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (j == i) {
            if (before)
                return last;
            before = true;              /* the next element is the answer */
            last = -2;
            continue;
        }
        if (last == -2)
            return j;
        last = j;
    }
    return -1;
}

/* A picture with its caption: a <figure>, shown, that holds an <img>
 * and a <figcaption> of at least CAPTIONED_MIN_WORDS words, not a link's
 * text (under PROSE_MAX_LINKS of it: a teaser's linked headline is no
 * caption). Looks at no more than CAPTIONED_MAX_NODES nodes of I. */
#define CAPTIONED_MIN_WORDS 6
#define CAPTIONED_MAX_NODES 400
#define CAPTIONED_MAX_LINKS 0.25
static bool holds_captioned_picture(const al_dom *dom, int i)
{
    int end = dom->nodes[i].end, j, k;

    if (end - i > CAPTIONED_MAX_NODES || al_dom_link_density(dom, i) >= CAPTIONED_MAX_LINKS)
        return false;
    for (j = i + 1; j < end; j++) {
        const al_node *n = &dom->nodes[j];
        bool img = false;
        if (n->flags & (AL_NODE_DROP | AL_NODE_HIDDEN)) {
            j = n->end - 1;
            continue;
        }
        if (n->flags & AL_NODE_TEXT || n->tag != GUMBO_TAG_FIGURE)
            continue;
        for (k = j + 1; k < n->end; k++) {
            const al_node *c = &dom->nodes[k];
            char *text;
            bool ok;
            if (c->flags & AL_NODE_TEXT)
                continue;
            img = img || c->tag == GUMBO_TAG_IMG;
            if (c->tag != GUMBO_TAG_FIGCAPTION || !img || c->text_len == 0 ||
                c->link_len > PROSE_MAX_LINKS * c->text_len || !(text = al_dom_text(dom, k, true)))
                continue;
            ok = al_text_words(text) >= CAPTIONED_MIN_WORDS;
            free(text);
            if (ok)
                return true;
        }
        j = n->end - 1;
    }
    return false;
}

/* A box set in the story (a French "encadré": the law explained, a
 * timeline) is an <aside> between two blocks of the story's prose: a
 * paragraph of prose before it, a paragraph or a section heading after
 * it, and prose of its own. It is not dropped for its tag; the rules on
 * its class and words still judge it. An aside beside the text (a
 * sidebar, the "related" column) has no prose paragraph for a sibling.
 * So is a gallery set there: an aside of few links whose own is a
 * picture with its caption (holds_captioned_picture), the slide on show
 * (tests/pages/b34-en-gb-national-sewage-fine-gallery,
 * en-news-aside-slideshow-caption); its counter and buttons go by their
 * own rules, its hidden slides are not shown. */
static bool aside_in_story(const al_dom *dom, int i)
{
    int prev = element_sibling(dom, i, true), next = element_sibling(dom, i, false);
    GumboTag t = next >= 0 ? dom->nodes[next].tag : GUMBO_TAG_UNKNOWN;

    return dom->nodes[i].tag == GUMBO_TAG_ASIDE && prev >= 0 && next >= 0 &&
           dom->nodes[prev].tag == GUMBO_TAG_P && holds_prose_paragraph(dom, prev) &&
           (t == GUMBO_TAG_P || (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6)) &&
           (holds_prose_paragraph(dom, i) || holds_captioned_picture(dom, i));
}

/* A fact box at the story's end (a review's "At a glance": address,
 * hours, prices) is an <aside> among the story's own paragraphs, with no
 * paragraph of prose after it to stand between: at least
 * FACT_BOX_MIN_PROSE prose paragraphs are its siblings, a heading of its
 * own opens it (fact_box_title: a bold line will do), and it is not a
 * box of links (under FACT_BOX_MAX_LINKS of its text). A sidebar stands
 * beside the story's container, not among its paragraphs; a "more on
 * this" box is links. */
#define FACT_BOX_MIN_PROSE 2
#define FACT_BOX_MAX_LINKS 0.25
#define FACT_TITLE_MAX_WORDS 8

/* A fact box's own heading: an <h2>..<h6>, or a heading by its look, a
 * paragraph all in bold of at most FACT_TITLE_MAX_WORDS words that ends
 * no sentence ("Fakta: Erhvervsuddannelser i tal",
 * b32-da-nyheder-laerepladser-fakta-ritzau). */
static bool fact_box_title(const al_dom *dom, int j)
{
    GumboTag t = dom->nodes[j].tag;
    char *text;
    bool ok;

    if (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6)
        return true;
    if ((t != GUMBO_TAG_P && t != GUMBO_TAG_DIV) || dom->nodes[j].link_len > 0 || !al_block_all_bold(dom, j) ||
        !(text = al_dom_text(dom, j, false)))
        return false;
    ok = al_text_words(text) <= FACT_TITLE_MAX_WORDS && !al_block_ends_sentence(text);
    free(text);
    return ok;
}

static bool aside_fact_box(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, first = -1, prose = 0, j;

    if (dom->nodes[i].tag != GUMBO_TAG_ASIDE || p < 0 ||
        al_dom_link_density(dom, i) >= FACT_BOX_MAX_LINKS)
        return false;
    for (j = i + 1; j < dom->nodes[i].end && first < 0; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT))
            first = j;
        else if (dom->nodes[j].text_len > 1)
            return false;                       /* text before the heading */
    if (first < 0 || !fact_box_title(dom, first) || dom->nodes[first].end >= dom->nodes[i].end)
        return false;
    for (j = p + 1; j < dom->nodes[p].end && prose < FACT_BOX_MIN_PROSE; j = dom->nodes[j].end)
        if (dom->nodes[j].tag == GUMBO_TAG_P && holds_prose_paragraph(dom, j))
            prose++;
    return prose >= FACT_BOX_MIN_PROSE;
}

/* A card's label: at most FACT_LABEL_WORDS words with no sentence in it. */
#define FACT_LABEL_WORDS 4
static bool fact_label(const char *label)
{
    return label[0] && !strpbrk(label, ".!?") && al_text_words(label) <= FACT_LABEL_WORDS;
}

/* A "Label: value" line of a card: a fact_label, a colon, then its value. */
static bool label_value_line(const char *t)
{
    const char *colon = strchr(t, ':');
    char *label;
    bool ok;

    if (!colon || colon == t || colon[1] != ' ' || !colon[2] || !(label = al_strndup(t, (size_t)(colon - t))))
        return false;
    ok = fact_label(label);
    free(label);
    return ok;
}

/* A work's card (a book review's author, publisher, pages and price; a
 * film's director and length) is an <aside> among the story's own
 * paragraphs (FACT_BOX_MIN_PROSE prose paragraphs are its siblings), with
 * no heading, made only of FACT_CARD_MIN_LINES "Label: value" lines or
 * more (list items, paragraphs, or a <dl>'s short terms), no link out (under
 * FACT_BOX_MAX_LINKS of its text): the facts of what the article reviews.
 * A sidebar stands beside the story's container; a box of links or of
 * prose lines is no card. Looks at no more than FACT_CARD_MAX_NODES nodes. */
#define FACT_CARD_MIN_LINES 3
#define FACT_CARD_MAX_NODES 200
static bool aside_fact_card(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, end = dom->nodes[i].end, lines = 0, prose = 0, j;

    if (dom->nodes[i].tag != GUMBO_TAG_ASIDE || p < 0 || end - i > FACT_CARD_MAX_NODES ||
        al_dom_link_density(dom, i) >= FACT_BOX_MAX_LINKS)
        return false;
    for (j = i + 1; j < end; j++) {
        GumboTag t = dom->nodes[j].tag;
        char *text;
        bool ok;
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)
            return false;
        if (t != GUMBO_TAG_LI && t != GUMBO_TAG_P && t != GUMBO_TAG_DT && t != GUMBO_TAG_DD)
            continue;
        if (t == GUMBO_TAG_DD) {
            j = dom->nodes[j].end - 1;
            continue;
        }
        if (!(text = al_dom_text(dom, j, false)))
            return false;
        ok = t == GUMBO_TAG_DT ? fact_label(text) : label_value_line(text);
        free(text);
        if (!ok)
            return false;
        lines++;
        j = dom->nodes[j].end - 1;
    }
    if (lines < FACT_CARD_MIN_LINES)
        return false;
    for (j = p + 1, lines = 0; j < dom->nodes[p].end && prose < FACT_BOX_MIN_PROSE && lines < FACT_CARD_MAX_NODES;
         j = dom->nodes[j].end, lines++)
        if (dom->nodes[j].tag == GUMBO_TAG_P && holds_prose_paragraph(dom, j))
            prose++;
    return prose >= FACT_BOX_MIN_PROSE;
}

/* Inside a table or code, class names are not page chrome. A table that
 * holds the article (at least half the page's paragraph text) is the
 * page's layout, not a table of data: its columns are the page's regions
 * ("<td id="left"><div class="widget">" beside "<td id="middle">"), judged
 * by their class names as a page laid out with <div>s is: its blocks
 * only, not a link or a word inside a sentence ("<a class="popup">" of a
 * book's notes). The nearest table decides: a data table inside a layout
 * table keeps its names. */
static bool in_table_or_code(const al_dom *dom, int i)
{
    int p;

    for (p = dom->nodes[i].parent; p >= 0; p = dom->nodes[p].parent) {
        GumboTag t = dom->nodes[p].tag;
        if (t == GUMBO_TAG_CODE || t == GUMBO_TAG_PRE)
            return true;
        if (t == GUMBO_TAG_TABLE)
            return !al_score_holds_article(dom, p) || !(dom->nodes[i].flags & AL_NODE_BLOCK) ||
                   in_table_or_code(dom, p);
    }
    return false;
}

/* A quote's own <footer> holds its attribution ("— Maria Lopez"), not
 * the page's footer. */
static bool in_quote(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent;

    return p >= 0 && (dom->nodes[p].tag == GUMBO_TAG_BLOCKQUOTE || dom->nodes[p].tag == GUMBO_TAG_FIGURE);
}

/* Page regions that are never the article, named by an element's id
 * (unique on the page: the template's own name for the region, as the
 * <footer> and <aside> tags are): "footer", "sidebar-wrapper",
 * "left_sidebar", and "foot" as a whole part ("site-foot", "xyz-foot":
 * a news template's footer, whose copyright line and "best viewed in an
 * up-to-date browser" notice outscore a video story's three short
 * paragraphs). The "About this site" blurb in a site's footer or
 * sidebar is prose, but not the post beside it. A class is no such
 * name ("post-footer" is a line of the post). */
static const char *const region_ids[] = { "footer", "foot", "sidebar", NULL };

static bool id_names_region(const al_dom *dom, int i)
{
    const char *p = al_dom_attr(dom, i, "id");

    while (p && *p) {
        size_t n;
        p += strspn(p, " \t\n-_");
        n = strcspn(p, " \t\n-_");
        for (size_t k = 0; region_ids[k]; k++)
            if (n == strlen(region_ids[k]) && strncasecmp(p, region_ids[k], n) == 0)
                return true;
        p += n;
    }
    return false;
}

/* A region named by its id is the page's chrome unless it is the
 * layout's main column named oddly ("sidebar-layout" around everything):
 * it holds the article's markup (<article>, <main>, itemprop=
 * articleBody), the post's own title heading (POST_TITLE: an h1 to h3
 * whose words are the page's title, or -1 when the page has none) or, on
 * a page without such a heading, an <h1> or REGION_MAIN_SHARE of the
 * page's paragraph text. Holding half of it is not enough: beside a post
 * of two short paragraphs, a footer's "About" and "Send us your work"
 * blurbs are. Where the post's title heading is elsewhere, neither is: a
 * blog's sidebar that opens with the blog's name in an <h1> and whose
 * "About me" runs longer than a post of five bulleted lines holds most
 * of the page's <p> text, but not the post
 * (tests/pages/blogger-sidebar-first-about). */
#define REGION_MAIN_SHARE 0.75

static bool is_region_by_id(const al_dom *dom, int i, int post_title)
{
    unsigned total = dom->nodes[dom->body >= 0 ? dom->body : 0].p_text;

    if (!id_names_region(dom, i) || al_score_heading_anchor(dom, i))
        return false;       /* a heading's anchor: "hiding-the-sidebar-while-you-write" */
    if (post_title >= 0 ? post_title > i && post_title < dom->nodes[i].end
                        : dom->nodes[i].p_text >= REGION_MAIN_SHARE * total)
        return false;
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        const char *ip;
        GumboTag t = dom->nodes[j].tag;
        if ((t == GUMBO_TAG_H1 && post_title < 0) || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
            ((ip = al_dom_attr(dom, j, "itemprop")) && al_text_casestr(ip, "articleBody")))
            return false;
    }
    return true;
}

/* Does FORM hold an e-mail field (<input type="email">)? */
static bool form_asks_email(const al_dom *dom, int form)
{
    for (int j = form + 1; j < dom->nodes[form].end; j++) {
        const char *type = dom->nodes[j].tag == GUMBO_TAG_INPUT ? al_dom_attr(dom, j, "type") : NULL;
        if (type && strcasecmp(type, "email") == 0)
            return true;
    }
    return false;
}

/* Is node I an e-mail field (<input type="email">) outside any <form>
 * (a script posts it), SIGNUP_FORM_LEVELS levels up at most? */
#define SIGNUP_FORM_LEVELS 64

static bool loose_email_field(const al_dom *dom, int i)
{
    const char *type;
    int p, up;

    if (dom->nodes[i].tag != GUMBO_TAG_INPUT || !(type = al_dom_attr(dom, i, "type")) ||
        strcasecmp(type, "email") != 0)
        return false;
    for (p = dom->nodes[i].parent, up = 0; p >= 0 && up < SIGNUP_FORM_LEVELS; p = dom->nodes[p].parent, up++)
        if (dom->nodes[p].tag == GUMBO_TAG_FORM)
            return false;
    return p < 0;
}

/* Is node I a password field (<input type="password">)? A sign-in box
 * asks for one, in a form of its own or in the one form that wraps an
 * ASP.NET page (en-signin-form-in-story); an article never does. */
static bool password_field(const al_dom *dom, int i)
{
    const char *type;

    return dom->nodes[i].tag == GUMBO_TAG_INPUT && (type = al_dom_attr(dom, i, "type")) &&
           strcasecmp(type, "password") == 0;
}

/* A sign-up box: a <form> that asks for an e-mail address, or an e-mail
 * field with no form, which a script posts (b23-es-directo-dana-costa-
 * granada: "Boletín de la mañana", a line and <input type=email>), with
 * its title and pitch around it ("La lettre du Carnet" / "Un test, un
 * tutoriel... chaque premier jeudi du mois"); or a sign-in box, a
 * password field with its labels around it ("Password:", "SIGN IN",
 * "Forgot Password?"), in a form or not: the largest element
 * holding it with at most SIGNUP_MAX_CHARS of text, not the body, not
 * holding the headline. Marked DROP: a newsletter's (or a comment
 * form's) box is never the article, whatever its words and language.
 * Call after al_dom_sum(). */
static void drop_signup_boxes(al_dom *dom, int headline)
{
    for (int i = 0; i < dom->count; i++) {
        int box = -1, p;

        if (!(dom->nodes[i].tag == GUMBO_TAG_FORM && form_asks_email(dom, i)) && !loose_email_field(dom, i) &&
            !password_field(dom, i))
            continue;
        for (p = i; p >= 0 && p != dom->body && dom->nodes[p].text_len <= SIGNUP_MAX_CHARS &&
                    !(headline >= p && headline < dom->nodes[p].end);
             p = dom->nodes[p].parent)
            box = p;
        if (box < 0)
            continue;
        for (int j = box; j < dom->nodes[box].end; j++)
            dom->nodes[j].flags |= AL_NODE_DROP;
        i = dom->nodes[box].end - 1;
    }
}

/* A teaser card inside the story: an <article> within another <article>,
 * with an element sibling that is an <article> too, that holds a heading
 * (h2-h6) mostly made of a link to another page and besides it at most
 * TEASER_MAX_CHARS of text (a date, an excerpt, "Weiterlesen"). A theme's
 * "you may also like" grid set in the post's content is a row of such
 * cards (b29-de-blog-sauerteig-teaser-im-beitrag, de-blog-kaffee-karten-
 * im-text); a story's own parts are never other pages' linked titles.
 * A live blog's entry links its heading to itself, its permalink: a "#"
 * fragment, the page's own address (the canonical URL's host and path)
 * with a fragment, or a fragment that is the entry's own id
 * (en-live-permalink-headings: "/news/live/.../ferry-strike-live#entry-
 * 5518" over each entry, "More on this story" cards linking to other
 * stories after them). Evidence: tags, position and links, no class
 * word. Looks at no more than TEASER_MAX_NODES nodes per card. */
#define TEASER_MAX_CHARS 500
#define TEASER_MAX_NODES 200
/* The heading over the cards ("Das könnte dich auch interessieren") goes
 * with them when it is all that is left of their box and at most
 * TEASER_TITLE_MAX_CHARS long. */
#define TEASER_TITLE_MAX_CHARS 80
static bool is_heading_node(const al_dom *dom, int i);

/* Does HREF, a link in card CARD's heading, lead to the card itself: a
 * bare fragment, a fragment that is the card's id, or PAGE_URL with a
 * fragment? */
static bool href_to_card_itself(const al_dom *dom, int card, const char *href, const char *page_url)
{
    const char *frag = strchr(href, '#'), *id;

    if (!frag)
        return false;
    if (frag == href)
        return true;
    id = al_dom_attr(dom, card, "id");
    return (id && *id && strcmp(frag + 1, id) == 0) || al_href_same_page(href, page_url);
}

static bool linked_heading_to_page(const al_dom *dom, int card, int h, const char *page_url)
{
    const al_node *n = &dom->nodes[h];

    if (n->text_len == 0 || n->link_len * 2 < n->text_len)
        return false;
    for (int j = h + 1; j < n->end; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        if (href && *href && !href_to_card_itself(dom, card, href, page_url))
            return true;
    }
    return false;
}

static bool teaser_card(const al_dom *dom, int i, const char *page_url)
{
    const al_node *n = &dom->nodes[i];
    int p, sib, heading = -1;

    if (n->tag != GUMBO_TAG_ARTICLE || n->end - i > TEASER_MAX_NODES)
        return false;
    for (p = n->parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_ARTICLE; p = dom->nodes[p].parent)
        ;
    if (p < 0)
        return false;
    sib = element_sibling(dom, i, true);
    if (sib < 0 || dom->nodes[sib].tag != GUMBO_TAG_ARTICLE)
        sib = element_sibling(dom, i, false);
    if (sib < 0 || dom->nodes[sib].tag != GUMBO_TAG_ARTICLE)
        return false;
    for (int j = i + 1; j < n->end && heading < 0; j++)
        if (is_heading_node(dom, j) && dom->nodes[j].tag != GUMBO_TAG_H1)
            heading = j;
    return heading >= 0 && linked_heading_to_page(dom, i, heading, page_url) &&
           !al_heading_entry_permalink(dom, heading) &&
           n->text_len - dom->nodes[heading].text_len <= TEASER_MAX_CHARS;
}

/* Is all the text of box P left undropped in one short heading? */
static bool box_only_title(const al_dom *dom, int p)
{
    unsigned rest = 0, title = 0;
    int titles = 0;

    for (int j = p + 1; j < dom->nodes[p].end; j++) {
        const al_node *c = &dom->nodes[j];
        if (c->flags & AL_NODE_DROP) {
            j = c->end - 1;
        } else if (is_heading_node(dom, j)) {
            titles++;
            title += c->text_len;
            j = c->end - 1;
        } else if ((c->flags & AL_NODE_TEXT) && c->g->type != GUMBO_NODE_WHITESPACE) {
            rest += c->text_len;
        }
    }
    return titles == 1 && title <= TEASER_TITLE_MAX_CHARS && rest == 0;
}

static void drop_teaser_cards(al_dom *dom, const char *page_url)
{
    for (int i = 0; i < dom->count; i++) {
        int p;

        if (!teaser_card(dom, i, page_url))
            continue;
        for (int j = i; j < dom->nodes[i].end; j++)
            dom->nodes[j].flags |= AL_NODE_DROP;
        for (p = dom->nodes[i].parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_ARTICLE;
             p = dom->nodes[p].parent)
            if (box_only_title(dom, p)) {
                for (int j = p; j < dom->nodes[p].end; j++)
                    dom->nodes[j].flags |= AL_NODE_DROP;
                break;
            }
        i = dom->nodes[i].end - 1;
    }
}

/* A picture's caption box: node I is, or holds, a block named a caption
 * ("captions", "wp-caption-text") or a <figcaption>, it holds no picture
 * and at most CAPTION_BOX_MAX_CHARS of text, under CAPTION_BOX_MAX_LINKS
 * in links, and its parent holds a picture beside it (a slide's
 * <div class=photos><img></div><div class=extra-info><div class=captions>).
 * Readability's coarse class words ("extra") are no evidence against the
 * words that say what the picture shows. */
static bool picture_caption_box(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    int parent = n->parent, j;
    bool named = false;

    if (parent < 0 || n->img_count > 0 || n->text_len == 0 || n->text_len > CAPTION_BOX_MAX_CHARS ||
        n->link_len > CAPTION_BOX_MAX_LINKS * n->text_len || dom->nodes[parent].img_count == 0)
        return false;
    for (j = i; j < n->end && !named; j++)
        named = !(dom->nodes[j].flags & AL_NODE_TEXT) &&
                (dom->nodes[j].tag == GUMBO_TAG_FIGCAPTION || al_dom_class_has(dom, j, "caption"));
    return named;
}

/* A wiki's edit links by their shape, not their class: an inline element
 * in a heading (or right after it: MediaWiki's newer "<div><h2>...</h2>
 * <span>[edit]</span></div>") that holds a link, every link in it to the
 * page's edit form (an href with "action=edit": "veaction=editsource"
 * too), and besides the links' words only brackets and bars ("[editovat |
 * editovat zdroj]"). Looks at no more than EDIT_LINKS_MAX_NODES nodes. */
#define EDIT_LINKS_MAX_NODES 32
static bool is_heading_node(const al_dom *dom, int i)
{
    return i >= 0 && dom->nodes[i].tag >= GUMBO_TAG_H1 && dom->nodes[i].tag <= GUMBO_TAG_H6;
}

static bool wiki_edit_links(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    int j, links = 0, p = n->parent, up;
    bool near_heading = is_heading_node(dom, al_dom_prev_element(dom, i));

    if ((n->flags & AL_NODE_BLOCK) || n->text_len == 0 || n->end - i > EDIT_LINKS_MAX_NODES)
        return false;
    for (up = 0; p >= 0 && up < 3 && !near_heading; up++, p = dom->nodes[p].parent)
        near_heading = is_heading_node(dom, p);
    if (!near_heading)
        return false;
    for (j = i; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        if (c->tag == GUMBO_TAG_A) {
            const char *href = al_dom_attr(dom, j, "href");
            if (!href || !strstr(href, "action=edit"))
                return false;
            links++;
            j = c->end - 1;
        } else if ((c->flags & AL_NODE_TEXT) && c->text_len > 0) {
            char *t = al_dom_text(dom, j, false);
            bool marks = t && t[strspn(t, "[]|() \n")] == '\0';
            free(t);
            if (!marks)
                return false;
        }
    }
    return links > 0;
}

/* Chrome by tag or by name. Marks the whole subtree UNLIKELY. An
 * <aside>, <nav> or <footer> that holds the page's HEADLINE (its visible
 * h1 whose words are the title, or -1) is the post in the wrong tag (a
 * theme that wraps every post in <aside class=blogPost>), not chrome;
 * nor is an <aside> inside a recipe card, the cook's tip (recipe.c). */
static void mark_unlikely(al_dom *dom, const al_meta *meta, int headline)
{
    int i, j, post_title = title_heading(dom, meta, GUMBO_TAG_H1, GUMBO_TAG_H3, 0, dom->count);
    int recipe = AL_RECIPE_UNKNOWN;

    al_dom_sum(dom, AL_NODE_DROP);
    drop_signup_boxes(dom, headline);
    drop_teaser_cards(dom, meta ? meta->url : NULL);
    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        GumboTag t = n->tag;
        bool chrome;

        n->flags &= ~AL_NODE_UNLIKELY;
        if (n->flags & AL_NODE_TEXT || n->g->type != GUMBO_NODE_ELEMENT)
            continue;
        /* navigation, asides, footers and comment threads are never the
         * article, in any pass; an ASP.NET-style page-wide <form> may be */
        if (((t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER) &&
             !al_score_holds_article(dom, i) && !(t == GUMBO_TAG_FOOTER && in_quote(dom, i)) &&
             !aside_in_story(dom, i) && !aside_fact_box(dom, i) && !aside_fact_card(dom, i) &&
             !(headline > i && headline < n->end) &&
             !(t == GUMBO_TAG_ASIDE && al_recipe_in_card(dom, i, &recipe))) ||
            is_region_by_id(dom, i, post_title) || is_comment_thread(dom, i) ||
            is_comment_thread_by_shape(dom, i)) {
            for (j = i; j < n->end; j++)
                dom->nodes[j].flags |= AL_NODE_DROP;
            i = n->end - 1;
            continue;
        }
        if (flat_closed_thread(dom, i)) {
            int end = dom->nodes[n->parent].end;
            for (j = i; j < end; j++)
                dom->nodes[j].flags |= AL_NODE_DROP;
            i = end - 1;
            continue;
        }
        /* the article's paid part is the article, whatever its name */
        chrome = !(n->flags & AL_NODE_PAID) &&
                 ((t == GUMBO_TAG_FORM && !al_score_holds_article(dom, i)) ||
                  (is_unlikely(dom, i) && !in_running_text(dom, i) && !picture_caption_box(dom, i)) ||
                  al_boilerplate_class(dom, i) || wiki_edit_links(dom, i));
        if (chrome && !in_table_or_code(dom, i) && !holds_math(dom, i)) {
            for (j = i; j < n->end; j++)
                dom->nodes[j].flags |= AL_NODE_UNLIKELY;
            i = n->end - 1;
        }
    }
}

/* ---- scoring ----------------------------------------------------------- */

static double tag_score(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN:
        return TAG_SCORE_CONTAINER;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return TAG_SCORE_QUOTE;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return TAG_SCORE_LIST;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: return TAG_SCORE_HEADING;
    default: return 0;
    }
}

/* Evidence that a node is the article body, in score points. */
static double structure_bonus(const al_dom *dom, int i)
{
    const char *ip = al_dom_attr(dom, i, "itemprop"), *role = al_dom_attr(dom, i, "role");
    double b = 0;

    if (ip && (al_text_casestr(ip, "articleBody") || strcasecmp(ip, "text") == 0))
        b += BONUS_ITEMPROP_BODY;
    if (dom->nodes[i].tag == GUMBO_TAG_ARTICLE || dom->nodes[i].tag == GUMBO_TAG_MAIN)
        b += BONUS_ARTICLE_TAG;
    if (role && strcasecmp(role, "main") == 0)
        b += BONUS_ROLE_MAIN;
    return b;
}

static void init_candidate(al_dom *dom, int i, unsigned flags)
{
    al_node *n = &dom->nodes[i];
    bool weigh;

    if (n->flags & AL_NODE_CANDIDATE)
        return;
    n->flags |= AL_NODE_CANDIDATE;
    /* <body>'s class names the page's template ("single-post",
     * "kn-body--artykul"), not a block: its word "body" is no evidence
     * that the whole page is the article */
    weigh = (flags & AL_EXTRACT_WEIGHT_CLASSES) && n->tag != GUMBO_TAG_BODY;
    n->class_weight = weigh ? al_score_class_weight(dom, i) : 0;
    n->score = tag_score(n->tag) + n->class_weight + structure_bonus(dom, i);
}

static bool is_scored_tag(const al_dom *dom, int i)
{
    switch (dom->nodes[i].tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_TD: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return true;
    case GUMBO_TAG_DIV:
        return al_score_div_is_paragraph(dom, i);
    default:
        return false;
    }
}

/* Text written straight into a container that also holds blocks ("<div
 * class=post-body><h2>date</h2>Google Reader has come to...<div
 * style=clear></div></div>"): Readability wraps such phrasing runs in a
 * <p>. Here the container's loose text (its text and inline children,
 * mostly not links) is scored as one paragraph whose parent is the
 * container. Returns its characters and sets *COMMAS. */
static unsigned loose_text(const al_dom *dom, int i, unsigned skip, unsigned *commas)
{
    unsigned len = 0, links = 0;
    int j;

    *commas = 0;
    for (j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end) {
        const al_node *c = &dom->nodes[j];
        if (c->flags & (skip | AL_NODE_BLOCK))
            continue;
        len += c->text_len;
        links += c->link_len;
        *commas += c->commas;
    }
    return links * READABLE_LINK_DIVISOR < len ? len : 0;
}

/* Readability counts a paragraph's commas as signs of prose: a sentence
 * with clauses. A listing's line (an events column, a contact line) is a
 * row of short fields joined by commas, no sentence: a table's row written
 * as a <p>, and Readability scores no table row. It scores nothing here
 * (else a sidebar of twelve such lines outscores the story beside its
 * headline, and joins it as a sibling). Evidence: the shape alone,
 * FIELD_LINE_* above. */
static bool field_line(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    char *text, *f, *comma;
    bool fields = true;
    size_t len;

    if (n->commas < FIELD_LINE_MIN_COMMAS || n->text_len > FIELD_LINE_MAX_CHARS ||
        n->end - i > FIELD_LINE_MAX_NODES || !(text = al_dom_text(dom, i, false)))
        return false;
    len = strlen(text);
    while (len && isspace((unsigned char)text[len - 1]))
        text[--len] = '\0';
    if (!len || strchr(".!?:;", text[len - 1]))
        fields = false;
    for (f = text; fields && f; f = comma ? comma + 1 : NULL) {
        if ((comma = strchr(f, ',')))
            *comma = '\0';
        fields = al_text_words(f) <= FIELD_MAX_WORDS;
    }
    free(text);
    return fields;
}

static void score_paragraphs(al_dom *dom, unsigned flags)
{
    unsigned skip = AL_NODE_DROP | ((flags & AL_EXTRACT_STRIP_UNLIKELY) ? AL_NODE_UNLIKELY : 0);
    int i;

    for (i = 0; i < dom->count; i++) {
        dom->nodes[i].flags &= ~AL_NODE_CANDIDATE;
        dom->nodes[i].score = 0;
    }
    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        double s;
        int level, a;

        if (n->flags & skip) {
            i = n->end - 1;
            continue;
        }
        if (n->tag == GUMBO_TAG_DIV && !is_scored_tag(dom, i)) {
            unsigned commas, len = loose_text(dom, i, skip, &commas);
            if (len < PARA_MIN_CHARS)
                continue;
            s = PARA_BASE_SCORE + commas + fmin(floor(len / PARA_CHARS_PER_POINT), PARA_MAX_LENGTH_POINTS);
            a = i;                              /* the run's parent is the container */
        } else if (!is_scored_tag(dom, i) || n->text_len < PARA_MIN_CHARS) {
            continue;
        } else {
            if (field_line(dom, i))
                continue;                       /* a table's row written as a <p> */
            s = PARA_BASE_SCORE + n->commas + fmin(floor(n->text_len / PARA_CHARS_PER_POINT), PARA_MAX_LENGTH_POINTS);
            a = n->parent;
        }
        for (level = 0; a >= 0 && level < ANCESTOR_LEVELS; level++, a = dom->nodes[a].parent) {
            if (dom->nodes[a].g->type != GUMBO_NODE_ELEMENT)
                break;
            init_candidate(dom, a, flags);
            dom->nodes[a].score +=
                s / (level == 0 ? 1 : level == 1 ? GRANDPARENT_DIVIDER : level * ELDER_DIVIDER_PER_LEVEL);
        }
    }
    for (i = 0; i < dom->count; i++)
        if (dom->nodes[i].flags & AL_NODE_CANDIDATE)
            dom->nodes[i].score *= 1 - al_dom_link_density(dom, i);
}

static bool is_ancestor_of(const al_dom *dom, int a, int i)
{
    return a <= i && i < dom->nodes[a].end;
}

/* ---- JSON-LD articleBody: find the container that carries that text ---- */

/* Is the word key K (of one block) part of the articleBody's key BODY? The
 * first LD_PROBE_CHARS characters of K must occur in it: enough to be
 * sure, cheap. */
static bool block_in_body(const char *k, const char *body)
{
    char probe[LD_PROBE_CHARS + 1];
    size_t n = strlen(k);

    if (n < LD_BLOCK_MIN_CHARS)
        return false;
    snprintf(probe, sizeof(probe), "%s", k);
    return strstr(body, probe) != NULL;
}

/* The blocks whose text is in the JSON-LD articleBody: their lowest common
 * ancestor is where the page keeps the article. When that node holds about
 * as much text as the articleBody says (so it is neither a fragment nor the
 * whole page), it becomes the strongest candidate; otherwise the hint is
 * ignored: the page's markup disagrees with its metadata. */
static void ld_body_bonus(al_dom *dom, const al_meta *meta, unsigned skip)
{
    char *body;
    int i, first = -1, last = -1, lca, top = -1;
    size_t body_chars;

    if (!meta->ld_body || al_text_words(meta->ld_body) < LD_MIN_WORDS || !(body = al_text_key(meta->ld_body)))
        return;
    body_chars = strlen(meta->ld_body);
    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        char *t, *k;

        if (n->flags & skip) {
            i = n->end - 1;
            continue;
        }
        if ((n->tag != GUMBO_TAG_P && n->tag != GUMBO_TAG_DIV) || n->text_len < LD_BLOCK_MIN_CHARS ||
            (n->tag == GUMBO_TAG_DIV && !al_score_div_is_paragraph(dom, i)))
            continue;
        t = al_dom_text(dom, i, true);
        k = t ? al_text_key(t) : NULL;
        if (k && block_in_body(k, body)) {
            if (first < 0)
                first = i;
            last = i;
            n->flags |= AL_NODE_LD;
        }
        free(t);
        free(k);
        i = n->end - 1;
    }
    free(body);
    if (first < 0)
        return;
    for (lca = dom->nodes[first].parent; lca >= 0 && !is_ancestor_of(dom, lca, last); lca = dom->nodes[lca].parent)
        ;
    if (lca < 0 || dom->nodes[lca].text_len * 10 < body_chars * LD_MIN_TENTHS ||
        dom->nodes[lca].text_len > body_chars * LD_MAX_FACTOR)
        return;
    for (i = 0; i < dom->count; i++)
        if ((dom->nodes[i].flags & AL_NODE_CANDIDATE) && (top < 0 || dom->nodes[i].score > dom->nodes[top].score))
            top = i;
    init_candidate(dom, lca, AL_EXTRACT_ALL);
    if (top >= 0 && dom->nodes[lca].score <= dom->nodes[top].score)
        dom->nodes[lca].score = dom->nodes[top].score * LD_TOP_FACTOR + 1;
    dom->ld_container = lca;
}

/* With the JSON-LD container found, a sibling joins the article only if
 * some of its text is in the articleBody. */
static bool sibling_in_ld_body(const al_dom *dom, int s)
{
    int j;

    if (dom->ld_container < 0)
        return true;
    for (j = s; j < dom->nodes[s].end; j++)
        if (dom->nodes[j].flags & AL_NODE_LD)
            return true;
    return false;
}

/* ---- choosing the top candidate ---------------------------------------- */

/* The best score of a candidate at or below P. A wrapper that holds the
 * headline and, beside it, the body scores only a share of the body's
 * score (its paragraphs count for their grandparent at half, further up
 * less): the body's own score says how much article P holds. */
static double best_score_within(const al_dom *dom, int p)
{
    double best = dom->nodes[p].score;

    for (int j = p + 1; j < dom->nodes[p].end; j++)
        if ((dom->nodes[j].flags & AL_NODE_CANDIDATE) && dom->nodes[j].score > best)
            best = dom->nodes[j].score;
    return best;
}

/* Is element I a heading (h1 to h6) that says an about word of any
 * language ([extract.about]: "About", "Über", "Sobre") and at most
 * ABOUT_HEADING_EXTRA_WORDS more ("About Me", "ABOUT FORMWORK", "Über
 * die Autorin")? */
static bool about_heading(const al_dom *dom, int i)
{
    size_t n, k, len;
    const al_lang_entry *e;
    char *text, *key;
    bool hit = false;

    if (dom->nodes[i].tag < GUMBO_TAG_H1 || dom->nodes[i].tag > GUMBO_TAG_H6 ||
        (dom->nodes[i].flags & AL_NODE_TEXT))
        return false;
    if (!(text = al_dom_text(dom, i, true)))
        return false;
    key = al_text_key(text);
    free(text);
    e = al_lang_table("extract.about", NULL, &n);
    for (k = 0; key && k < n && !hit; k++) {
        const char *word = al_lang_entry_key(&e[k]);

        len = word ? strlen(word) : 0;
        hit = len && strncmp(key, word, len) == 0 && (key[len] == ' ' || key[len] == '\0') &&
              al_text_words(key) <= al_text_words(word) + ABOUT_HEADING_EXTRA_WORDS;
    }
    free(key);
    return hit;
}

/* Is candidate TOP an about box: is the last heading before its longest
 * paragraph, inside it, an about heading? The blog's "About Me" over its
 * author's profile, a footer's "About Formwork" over the site's blurb:
 * the same text beside every post, never the post, however much more it
 * says than a short post beside it (which its title heading marks). */
static bool about_box(const al_dom *dom, int top)
{
    int j, para = -1;
    unsigned best = 0;

    for (j = top + 1; j < dom->nodes[top].end; j++) {
        const al_node *n = &dom->nodes[j];
        if (n->tag == GUMBO_TAG_P && !(n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) &&
            n->text_len - n->link_len > best) {
            best = n->text_len - n->link_len;
            para = j;
        }
    }
    for (j = para - 1; para > top && j > top; j--)
        if (dom->nodes[j].tag >= GUMBO_TAG_H1 && dom->nodes[j].tag <= GUMBO_TAG_H6 &&
            !(dom->nodes[j].flags & AL_NODE_TEXT))
            return about_heading(dom, j);
    return false;
}

/* The page's headline marks the article: when the best candidate lies
 * elsewhere (a teaser of the latest issue in the masthead, a box in the
 * sidebar), the lowest candidate that holds the headline, scores (itself
 * or a candidate inside it: best_score_within) and says (in text outside
 * links) at least HEADLINE_SCORE_SHARE of the best one and does not hold
 * it takes its place: the article's own paragraphs beside
 * its headline, not a block that scores a little more elsewhere on the
 * page (nor a title bar with a menu over a body set apart from it).
 * SHARE is HEADLINE_SCORE_SHARE, or 0 when TOP is known not to be the
 * article (about_box). */
static int near_headline(const al_dom *dom, int top, int headline, double share)
{
    int p;

    if (headline < 0 || is_ancestor_of(dom, top, headline))
        return top;
    for (p = dom->nodes[headline].parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_BODY;
         p = dom->nodes[p].parent) {
        if (!(dom->nodes[p].flags & AL_NODE_CANDIDATE))
            continue;
        if (is_ancestor_of(dom, p, top))
            return top;
        if (best_score_within(dom, p) >= share * dom->nodes[top].score &&
            dom->nodes[p].text_len - dom->nodes[p].link_len >=
                share * (dom->nodes[top].text_len - dom->nodes[top].link_len))
            return p;
    }
    return top;
}

/* No block of the page scores (no paragraph of PARA_MIN_CHARS): a post
 * of one line under a video ("Wow... just wow."). The page's markup still
 * says where the post is: the lowest <article> that holds the page's
 * headline, not dropped as chrome, is the post, and its few lines are
 * read; without one, the whole body is judged as before. */
static int post_of_headline(const al_dom *dom, int headline)
{
    int p;

    if (headline < 0)
        return dom->body;
    for (p = dom->nodes[headline].parent; p >= 0 && p != dom->body; p = dom->nodes[p].parent)
        if (dom->nodes[p].tag == GUMBO_TAG_ARTICLE)
            return (dom->nodes[p].flags & (AL_NODE_DROP | AL_NODE_UNLIKELY)) ? dom->body : p;
    return dom->body;
}

/* The element child of I that holds LAYOUT_CELL_SHARE of I's text
 * outside links (not flagged SKIP), of tag WANT; -1 when none does or I
 * has fewer than MIN_KIDS element children. */
static int dominant_child(const al_dom *dom, int i, GumboTag want, int min_kids, unsigned skip)
{
    const al_node *n = &dom->nodes[i];
    double own = (double)n->text_len - n->link_len;
    int j, kids = 0, best = -1;

    for (j = i + 1; j < n->end; j = dom->nodes[j].end) {
        const al_node *c = &dom->nodes[j];
        if (c->flags & (AL_NODE_TEXT | skip))
            continue;
        kids++;
        if (c->tag == want && own > 0 && (double)c->text_len - c->link_len >= LAYOUT_CELL_SHARE * own)
            best = j;
    }
    return kids >= min_kids ? best : -1;
}

/* The cell of row TR that holds the post's title heading TITLE (or the
 * title's line of styled text, title_line: b29-en-us-weekly-school-board-
 * table-layout, en-us-county-paper-title-line-columns), when it
 * says more outside links than every other cell of the row: the post's
 * column beside a column of widgets (an "about me" blurb that says more
 * than the row's share allows, layout_cell), whatever either is called.
 * -1 when there is none. */
static int title_cell(const al_dom *dom, int tr, int title, unsigned skip)
{
    int j, cell = -1;

    if (title < 0 || !is_ancestor_of(dom, tr, title))
        return -1;
    for (j = tr + 1; j < dom->nodes[tr].end; j = dom->nodes[j].end)
        if (dom->nodes[j].tag == GUMBO_TAG_TD && !(dom->nodes[j].flags & (AL_NODE_TEXT | skip)) &&
            is_ancestor_of(dom, j, title))
            cell = j;
    if (cell < 0)
        return -1;
    for (j = tr + 1; j < dom->nodes[tr].end; j = dom->nodes[j].end) {
        const al_node *c = &dom->nodes[j];
        if (j != cell && c->tag == GUMBO_TAG_TD && !(c->flags & (AL_NODE_TEXT | skip)) &&
            c->text_len - c->link_len >= dom->nodes[cell].text_len - dom->nodes[cell].link_len)
            return -1;
    }
    return cell;
}

/* A page laid out in tables (HTML 4: <table width=780>, the menu, the
 * story and the sidebar each a <td>): when the best candidate is a row
 * of cells, those cells are the page's columns, and a row scores from
 * every cell, as Readability scores each <td> as a paragraph (the menu's
 * "Visitors since 1998:" counter, the sidebar's "Most read"). The cell
 * that holds LAYOUT_CELL_SHARE of the row's text outside links is the
 * story's column: the article is there. Down from it through the table
 * that is its content (a table, its body, the row and the cell that hold
 * that share again: the story's cell under a breadcrumb's row), as long
 * as one part holds most of the text; a cell whose text is split among
 * its boxes (the story's paragraphs, a box of related links) is the
 * article's. When no cell holds that share, the cell of the title's line
 * LINE (title_line, on a page with no title heading) that says the most
 * is the story's column, and the walk goes down from it. */
static int layout_cell(const al_dom *dom, int top, int title, int line, unsigned skip)
{
    int cur = top, next;

    if (dom->nodes[top].tag == GUMBO_TAG_TR && (next = title_cell(dom, top, title, skip)) >= 0)
        return next;
    if (dom->nodes[top].tag != GUMBO_TAG_TR)
        return top;
    if (dominant_child(dom, top, GUMBO_TAG_TD, 2, skip) < 0) {
        /* no column holds the row's share (a calendar column of prose
         * beside the story): the column of the title's line, when it says
         * the most, and down from it as from a dominant one */
        if (line == title || (cur = title_cell(dom, top, line, skip)) < 0)
            return top;
    }
    for (;;) {
        switch (dom->nodes[cur].tag) {
        case GUMBO_TAG_TR: next = dominant_child(dom, cur, GUMBO_TAG_TD, 1, skip); break;
        case GUMBO_TAG_TD: next = dominant_child(dom, cur, GUMBO_TAG_TABLE, 1, skip); break;
        case GUMBO_TAG_TABLE: next = dominant_child(dom, cur, GUMBO_TAG_TBODY, 1, skip); break;
        case GUMBO_TAG_TBODY: next = dominant_child(dom, cur, GUMBO_TAG_TR, 1, skip); break;
        default: next = -1; break;
        }
        if (next < 0)
            break;
        cur = next;
    }
    /* a table or its body that no part dominates: the cell around it */
    while (cur != top && dom->nodes[cur].tag != GUMBO_TAG_TD)
        cur = dom->nodes[cur].parent;
    return cur;
}

/* Is candidate C an alternative to the best one, TOP: scoring nearly as
 * well (ALT_SCORE_SHARE) and inside POST, when POST is not -1? */
static bool alternative(const al_dom *dom, int top, int c, int post)
{
    return c >= 0 && dom->nodes[c].score >= ALT_SCORE_SHARE * dom->nodes[top].score &&
           (post < 0 || is_ancestor_of(dom, post, c));
}

/* The story's <article>: the lowest <article> that holds the page's
 * headline HEADLINE; -1 when there is none. The page's markup says where
 * the story ends, and the headline says this <article> is the story, not
 * a teaser card. */
static int headline_article(const al_dom *dom, int headline)
{
    int a;

    for (a = headline; a >= 0 && dom->nodes[a].tag != GUMBO_TAG_BODY; a = dom->nodes[a].parent)
        if (dom->nodes[a].tag == GUMBO_TAG_ARTICLE && !(dom->nodes[a].flags & AL_NODE_TEXT))
            return a;
    return -1;
}

/* Does candidate P, an ancestor of the story's <article> STORY, score
 * more than SCORE by its class or id name alone: without its positive
 * weight ("<main id=main>": Readability's +25 for "main") no more than
 * SCORE, scored by what the story holds? What P holds besides the story
 * is the page's: the shop's tabs, the newsletter box, the comments after
 * the story's end. */
static bool around_story_by_name(const al_dom *dom, int p, int story, double score)
{
    const al_node *n = &dom->nodes[p];

    return story >= 0 && p != story && is_ancestor_of(dom, p, story) && n->class_weight > 0 &&
           n->score - n->class_weight <= score;
}

/* The best candidate TOP[0] around the story's <article> STORY (which
 * holds the post's title heading TITLE) when a candidate inside the story
 * scores nearly as much (ALT_SCORE_SHARE of it): the page's markup says
 * where the story ends, and what lifts the box around it above the
 * story's own body is beside the story (a match report's line-ups and
 * player ratings under their own headings, a comment thread), not in it.
 * The story is then the article; its untitled siblings may still join it
 * (gather_siblings). Returns the candidate to take. */
static int story_within(const al_dom *dom, const int *top, int story, int title)
{
    if (story < 0 || top[0] == story || title < 0 || !is_ancestor_of(dom, top[0], story) ||
        !is_ancestor_of(dom, story, title))
        return top[0];
    for (int k = 1; k < TOP_CANDIDATES; k++)
        if (top[k] >= 0 && is_ancestor_of(dom, story, top[k]) &&
            dom->nodes[top[k]].score >= ALT_SCORE_SHARE * dom->nodes[top[0]].score)
            return story;
    return top[0];
}

/* TITLE is the post's title heading (title_heading, h1 to h3), or -1;
 * LINE is TITLE, or without one the title's line of text (title_line). */
static int pick_top(al_dom *dom, int headline, int title, int line, unsigned skip)
{
    int top[TOP_CANDIDATES];
    int i, k, p, best, post, story, alt = 0;
    bool moved;
    double last, threshold;

    for (k = 0; k < TOP_CANDIDATES; k++)
        top[k] = -1;
    for (i = 0; i < dom->count; i++) {
        if (!(dom->nodes[i].flags & AL_NODE_CANDIDATE))
            continue;
        for (k = 0; k < TOP_CANDIDATES; k++) {
            if (top[k] < 0 || dom->nodes[i].score > dom->nodes[top[k]].score) {
                memmove(&top[k + 1], &top[k], (size_t)(TOP_CANDIDATES - 1 - k) * sizeof(int));
                top[k] = i;
                break;
            }
        }
    }
    if (top[0] < 0 || dom->nodes[top[0]].tag == GUMBO_TAG_BODY)
        return post_of_headline(dom, headline);
    /* The best candidate around the story's <article>, best by its name
     * alone: the best candidate inside the story (the body's box) is. */
    story = headline_article(dom, headline >= 0 ? headline : title);
    for (k = 1; k < TOP_CANDIDATES && story >= 0; k++)
        if (top[k] >= 0 && is_ancestor_of(dom, story, top[k])) {
            if (around_story_by_name(dom, top[0], story, dom->nodes[top[k]].score))
                top[0] = top[k];
            break;
        }
    /* The headline's candidate replaces the best one (BEST) elsewhere:
     * neither climb below may take an ancestor that holds BEST again (a
     * video story's few lines and the footer's notice, both inside the
     * page's wrapper), or the headline's choice is undone. */
    best = top[0];
    top[0] = story_within(dom, top, story, title);
    /* Without an h1 headline, the post's own title heading (an h2 or h3
     * with the page's title, as blog themes set it) marks the article.
     * A best candidate under an about heading gives way to the title's
     * candidate whatever that scores. */
    top[0] = near_headline(dom, top[0], headline >= 0 ? headline : title,
                           about_box(dom, top[0]) ? 0 : HEADLINE_SCORE_SHARE);
    moved = top[0] != best;

    /* Several strong candidates inside one ancestor: the ancestor is the
     * article (e.g. paragraphs split across sibling divs). The article
     * runs from its title heading to its text: a candidate outside the
     * lowest element that holds both (POST: the post's box under its h2
     * title) is a box of its own beside the post, a sidebar's About blurb
     * or a footer's licence line, not a part of a body split in two. On a
     * page whose title sits in a header above a split body, POST holds
     * the body's parts. */
    for (post = title; post >= 0 && !is_ancestor_of(dom, post, top[0]);
         post = dom->nodes[post].parent)
        ;
    if (post >= 0 && dom->nodes[post].tag == GUMBO_TAG_BODY)
        post = -1;
    for (k = 1; k < TOP_CANDIDATES; k++)
        if (alternative(dom, top[0], top[k], post))
            alt++;
    if (alt >= MIN_ALTERNATIVES) {
        for (p = dom->nodes[top[0]].parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_BODY; p = dom->nodes[p].parent) {
            int inside = 0;
            if (moved && is_ancestor_of(dom, p, best))
                break;
            for (k = 1; k < TOP_CANDIDATES; k++)
                if (alternative(dom, top[0], top[k], post) && is_ancestor_of(dom, p, top[k]))
                    inside++;
            if (inside >= MIN_ALTERNATIVES) {
                init_candidate(dom, p, AL_EXTRACT_ALL);
                top[0] = p;
                break;
            }
        }
    }

    /* Climb while a parent scores at least as well as its child, not
     * past POST: the post's box runs from its title heading to its text,
     * and a parent above it scores more only by the boxes beside the post
     * (a sidebar column of writers' blurbs beside a short Q&A): the post
     * is taken instead. */
    last = dom->nodes[top[0]].score;
    threshold = last / CLIMB_SCORE_DIVIDER;
    for (p = dom->nodes[top[0]].parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_BODY; p = dom->nodes[p].parent) {
        if (!(dom->nodes[p].flags & AL_NODE_CANDIDATE))
            continue;
        if (moved && is_ancestor_of(dom, p, best))
            break;
        if (dom->nodes[p].score < threshold)
            break;
        if (dom->nodes[p].score > last) {
            /* out of the story's <article> by a name alone: the climb
             * ends inside it, at its box that holds the best candidate */
            if (story >= 0 && is_ancestor_of(dom, story, top[0]) && around_story_by_name(dom, p, story, last))
                p = top[0] == story ? story : child_holding(dom, story, top[0]);
            top[0] = post >= 0 && p != post && is_ancestor_of(dom, p, post) ? post : p;
            init_candidate(dom, top[0], AL_EXTRACT_ALL);
            break;
        }
        last = dom->nodes[p].score;
    }

    /* The page's markup names the article body: a best candidate inside
     * an itemprop=articleBody element (a slideshow of captioned photos,
     * a quote box) is a part of the body, and the body is the article. */
    for (p = dom->nodes[top[0]].parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_BODY; p = dom->nodes[p].parent) {
        const char *ip = al_dom_attr(dom, p, "itemprop");
        if (ip && al_text_casestr(ip, "articleBody")) {
            init_candidate(dom, p, AL_EXTRACT_ALL);
            top[0] = p;
            break;
        }
    }

    if (dom->nodes[top[0]].tag == GUMBO_TAG_TR) {
        int cell = layout_cell(dom, top[0], title, line, skip);
        if (cell != top[0]) {
            init_candidate(dom, cell, AL_EXTRACT_ALL);
            top[0] = cell;
        }
    }

    /* An only child adds nothing: take the parent. */
    for (p = dom->nodes[top[0]].parent; p >= 0 && dom->nodes[p].tag != GUMBO_TAG_BODY; p = dom->nodes[p].parent) {
        int j, kids = 0;
        for (j = p + 1; j < dom->nodes[p].end; j = dom->nodes[j].end)
            if (!(dom->nodes[j].flags & AL_NODE_TEXT))
                kids++;
        if (kids != 1)
            break;
        top[0] = p;
    }
    return top[0];
}

static bool same_class(const al_dom *dom, int a, int b)
{
    const char *ca = al_dom_attr(dom, a, "class"), *cb = al_dom_attr(dom, b, "class");

    return ca && cb && *ca && strcmp(ca, cb) == 0;
}

/* Are A and B panels of one tab widget (role="tabpanel" both, as WAI-ARIA
 * names them)? A product page's tabs ("Description", "Specifications")
 * are one text cut into panels that the eye opens one at a time: the
 * listener hears them all. Evidence: the markup's role, not a class, so
 * it holds with generated class names; the offer, shipping and reviews
 * panels are dropped by their words before this (product.c).
 * (b29-es-tienda-cazuela-barro-opiniones, es-tienda-manta-lana-pestanas) */
static bool same_tab_widget(const al_dom *dom, int a, int b)
{
    const char *ra = al_dom_attr(dom, a, "role"), *rb = al_dom_attr(dom, b, "role");

    return ra && rb && !strcasecmp(ra, "tabpanel") && !strcasecmp(rb, "tabpanel");
}

/* A run of loose text beside the top candidate: text and inline elements
 * straight in the parent, from J up to the next block (a first paragraph
 * typed before the editor's first <div>: "<div class=col>Every gardener
 * has...<br><div>...</div></div>"). Readability wraps such a run in a <p>
 * and keeps it as it keeps a sibling <p>: long enough
 * (SIBLING_P_LONG_CHARS) and mostly not links (SIBLING_P_MAX_LINKS).
 * Marks the run KEEP when it is; returns the index after it (the next
 * block, TOP, or END). */
static int loose_sibling_run(al_dom *dom, int j, int end, int top, unsigned skip)
{
    unsigned len = 0, links = 0;
    int k, stop;

    for (stop = j; stop < end && stop != top && !(dom->nodes[stop].flags & AL_NODE_BLOCK);
         stop = dom->nodes[stop].end) {
        if (dom->nodes[stop].flags & skip)
            continue;
        len += dom->nodes[stop].text_len;
        links += dom->nodes[stop].link_len;
    }
    if (len > SIBLING_P_LONG_CHARS && links < SIBLING_P_MAX_LINKS * len && sibling_in_ld_body(dom, j))
        for (k = j; k < stop; k = dom->nodes[k].end)
            if (!(dom->nodes[k].flags & skip))
                dom->nodes[k].flags |= AL_NODE_KEEP;
    return stop;
}

/* A sibling <div> that holds only inline text (and <br>s) is a paragraph
 * to Readability, which turns such divs into <p> before it gathers the
 * siblings: a post's first paragraphs typed straight into a <div>, beside
 * the block that holds the rest of the body (a live blog's entries, where
 * the body scores so high that its siblings' own scores never reach a
 * fifth of it). But no editor said "paragraph" there, and a date line, a
 * tag list ("Filed under ...") or a one-line widget is such a div too: it
 * joins only when it reads as running text, DIV_PROSE_SENTENCES sentences
 * or more (a full stop, "!" or "?" after a letter or digit, then a space,
 * a closing quote or the end). */
static bool div_reads_as_prose(const al_dom *dom, int i)
{
    char *t = al_dom_text(dom, i, true);
    int sentences = 0;
    const char *p;

    for (p = t; p && *p && sentences < DIV_PROSE_SENTENCES; p++)
        if ((*p == '.' || *p == '!' || *p == '?') && p > t && isalnum((unsigned char)p[-1]) &&
            (p[1] == '\0' || isspace((unsigned char)p[1]) || p[1] == '"' || p[1] == ')' ||
             (unsigned char)p[1] == 0xE2))     /* a closing quote: U+2019, U+201D */
            sentences++;
    free(t);
    return sentences >= DIV_PROSE_SENTENCES;
}

/* Does element I open with a heading of its own: is the first node with
 * text in it inside an <h1> to <h6>? The walk stops at that text, so
 * each sibling costs only the nodes before its first words. */
static bool opens_with_heading(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (dom->nodes[j].flags & AL_NODE_TEXT) {
            if (dom->nodes[j].text_len > 0 && !(dom->nodes[j].g && dom->nodes[j].g->type == GUMBO_NODE_WHITESPACE))
                return false;
        } else if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) {
            return dom->nodes[j].text_len > 0;
        }
    }
    return false;
}

/* Is sibling J, after the story's <article>, a box of its own: does it
 * open with a heading of its own and hold less text than the story so
 * far (*STORY_LEN: the <article> and the siblings after it that
 * continued it)? The page's markup says where the story ends: a titled
 * sibling is another box (the match's line-ups, "Key numbers" under a
 * results story, "More on this"), not a part of the story, whatever it
 * scores. But an <article> that holds only the story's head (title,
 * byline, a lead line) is followed by the body, which may open with a
 * subheading: a titled sibling longer than the story so far continues
 * it, and counts for the boxes after it. */
static bool box_after_story(const al_dom *dom, int j, unsigned *story_len)
{
    if (opens_with_heading(dom, j) && dom->nodes[j].text_len < *story_len)
        return true;
    *story_len += dom->nodes[j].text_len;
    return false;
}

/* The story's <article> STORY inside the chosen node TOP (a wrapper
 * chosen for the story and what follows it): its titled siblings after
 * it that are boxes of their own (box_after_story) are marked JUNK, so
 * that they are not read with it. Costs one step per sibling. */
static void drop_boxes_after_story(al_dom *dom, int top, int story, unsigned skip)
{
    int parent = story >= 0 ? dom->nodes[story].parent : -1;
    unsigned story_len;

    if (parent < 0 || story == top || !is_ancestor_of(dom, top, story))
        return;
    story_len = dom->nodes[story].text_len;
    for (int j = dom->nodes[story].end; j < dom->nodes[parent].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & (AL_NODE_TEXT | AL_NODE_RECIPE | skip)) && box_after_story(dom, j, &story_len))
            dom->nodes[j].flags |= AL_NODE_JUNK;        /* not the post's recipe card (recipe.c) */
}

/* A review's verdict box beside the body: on a page that declares a
 * Review (JSON-LD or microdata), the element right before or right after
 * the top candidate whose first line is the editors' score ("Rating:
 * 8/10", "7,5/10 Note de la rédaction", "85 % Hodnocení redakce": a
 * number out of 5, 10 or 100, or a percentage, with a label of at most
 * VERDICT_LABEL_WORDS words without a digit) and that is mostly not
 * links. The score is the review's verdict, read once with the body
 * whichever box the page's class names made the top: the same with and
 * without them (tests/pages/review-scorecard,
 * b26-cs-recenze-ctecka-lectora-nova). */
#define VERDICT_LABEL_WORDS 3
#define VERDICT_LINE_WORDS 8
#define VERDICT_MAX_LINKS 0.3

/* "85 %" or "7,5/10" first, then a label: the length of the score, or 0. */
static size_t score_lead(const char *t)
{
    const char *p = t + strspn(t, " ");
    size_t n = strspn(p, "0123456789");

    if (n == 0 || n > 3)
        return 0;
    p += n;
    if ((*p == '.' || *p == ',') && p[1] >= '0' && p[1] <= '9')
        p += 1 + strspn(p + 1, "0123456789");
    if (p[strspn(p, " ")] == '%')
        return (size_t)(p + strspn(p, " ") + 1 - t);
    if (*p != '/')
        return 0;
    p++;
    n = strspn(p, "0123456789");
    if (!((n == 1 && *p == '5') || (n == 2 && !strncmp(p, "10", 2)) || (n == 3 && !strncmp(p, "100", 3))))
        return 0;
    return (size_t)(p + n - t);
}

static bool verdict_line(const char *t)
{
    size_t n = score_lead(t);
    const char *label = t + n;

    if (al_block_is_score(t))
        return true;
    if (!n || (*label && *label != ' '))
        return false;
    return al_text_words(label) >= 1 && al_text_words(label) <= VERDICT_LABEL_WORDS &&
           !strpbrk(label, "0123456789");
}

static bool verdict_box(const al_dom *dom, int j, unsigned skip)
{
    int k = j;
    char *t = NULL;
    bool ok = false;

    if (dom->nodes[j].text_len == 0 || al_dom_link_density(dom, j) >= VERDICT_MAX_LINKS)
        return false;
    /* its first line: down the first element with text while longer */
    for (;;) {
        int c, next = -1;
        free(t);
        if (!(t = al_dom_text(dom, k, true)))
            return false;
        if (al_text_words(t) <= VERDICT_LINE_WORDS)
            break;
        for (c = k + 1; c < dom->nodes[k].end; c = dom->nodes[c].end) {
            if (dom->nodes[c].flags & skip)
                continue;
            if (dom->nodes[c].flags & AL_NODE_TEXT) {
                if (dom->nodes[c].g && dom->nodes[c].g->type == GUMBO_NODE_TEXT)
                    break;                      /* loose text first: no first line */
                continue;
            }
            if (dom->nodes[c].text_len > 0) {
                next = c;
                break;
            }
        }
        if (next < 0) {
            free(t);
            return false;
        }
        k = next;
    }
    ok = verdict_line(t);
    free(t);
    return ok;
}

/* Is node J a box of titled lists only: all its text in headings and in
 * one list or more, none of it links (at most SIBLING_P_MAX_LINKS)? A
 * review's "Pros" and "Cons" lists, each in a <div> of its own. */
static bool titled_lists_box(const al_dom *dom, int j)
{
    int k, lists = 0;

    if ((dom->nodes[j].tag != GUMBO_TAG_DIV && dom->nodes[j].tag != GUMBO_TAG_SECTION) ||
        dom->nodes[j].text_len == 0 || al_dom_link_density(dom, j) >= SIBLING_P_MAX_LINKS)
        return false;
    for (k = j + 1; k < dom->nodes[j].end; k++) {
        GumboTag t = dom->nodes[k].tag;
        if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)) {
            lists += t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
            k = dom->nodes[k].end - 1;
        } else if ((dom->nodes[k].flags & AL_NODE_TEXT) && dom->nodes[k].g &&
                   dom->nodes[k].g->type == GUMBO_NODE_TEXT) {
            return false;                       /* words outside a heading or list */
        }
    }
    return lists > 0;
}

/* Between two joined siblings, a list that is not links (at most
 * SIBLING_P_MAX_LINKS of its text, as a sibling <p>) joins, and so does a
 * box of titled lists (titled_lists_box: en-review-verdict-lists-between)
 * and a heading whose next element sibling joined: the sections of show
 * notes ("In this episode" over its chapters, "Transcript" over the
 * transcript the body scored highest in) are the article's, said in the
 * order the page gives them. A list or heading before the first joined
 * sibling or after the last (a "Links" heading over links, a teaser list)
 * stays out. One step per sibling, from the last joined one back. */
static void join_titled_lists(al_dom *dom, int top, unsigned skip)
{
    int first = -1, last = -1, j, next = -1;

    for (j = dom->nodes[top].parent + 1; j < dom->nodes[dom->nodes[top].parent].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && (dom->nodes[j].flags & AL_NODE_KEEP)) {
            first = first < 0 ? j : first;
            last = j;
        }
    for (j = last; j > first; next = j, j = element_sibling(dom, j, true)) {
        al_node *s = &dom->nodes[j];
        GumboTag t = s->tag;
        if (j == last || (s->flags & (AL_NODE_KEEP | skip)))
            continue;
        if (((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && s->text_len > 0 &&
             al_dom_link_density(dom, j) < SIBLING_P_MAX_LINKS) || titled_lists_box(dom, j) ||
            (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6 && next >= 0 && (dom->nodes[next].flags & AL_NODE_KEEP)))
            s->flags |= AL_NODE_KEEP;
    }
}

/* Is node I an e-mail field: <input type="email">, or a text field as
 * forms wrote it before type="email" (type "text" or none) whose name
 * says so ("AuthorEmail", "your-email", "e_mail")? The name is what the form
 * posts, not a class word: it stays when class names are made opaque. */
static bool named_email_field(const al_dom *dom, int i)
{
    const char *type, *name;

    if (dom->nodes[i].tag != GUMBO_TAG_INPUT)
        return false;
    type = al_dom_attr(dom, i, "type");
    if (type && strcasecmp(type, "email") == 0)
        return true;
    if (type && *type && strcasecmp(type, "text") != 0)
        return false;
    name = al_dom_attr(dom, i, "name");
    return name && (al_text_casestr(name, "email") || al_text_casestr(name, "e-mail") ||
                    al_text_casestr(name, "e_mail"));
}

/* Is sibling J of the top candidate a form's box: does it hold a <form>
 * with an e-mail field (named_email_field) and, outside its forms, at
 * most SIGNUP_MAX_CHARS of text (the box's title and its pitch)? A
 * contact, tip or sign-up box beside the story (a "Tell the newsroom"
 * pop-up after the page's footer, posted to the editors:
 * tests/pages/en-tip-form-after-footer) asks the reader to write; it
 * does not go on with the story, whatever its pitch scores. Asked only
 * of a sibling: the post's own container may hold a short post and its
 * comment form together. */
static bool form_box(const al_dom *dom, int j)
{
    unsigned in_forms = 0;
    bool email = false;

    for (int k = j + 1; k < dom->nodes[j].end; k++) {
        if (dom->nodes[k].tag != GUMBO_TAG_FORM)
            continue;
        in_forms += dom->nodes[k].text_len;
        for (int f = k + 1; f < dom->nodes[k].end && !email; f++)
            email = named_email_field(dom, f);
        k = dom->nodes[k].end - 1;
    }
    return email && dom->nodes[j].text_len <= in_forms + SIGNUP_MAX_CHARS;
}

/* Is sibling J the rest of the entry: the part a blog engine prints
 * after its "continue reading" cut on the post's own page, in a container
 * of its own after the body (Movable Type and TypePad: <div id="more"
 * class="entry-more">; "asset-more", "post-more", "extended")? The
 * engine's own names say it, as "hidden" or "nocontent" say the
 * opposite: the body's last paragraphs, a tracklist or a list of tour
 * dates, whose short lines never score a fifth of the body. Asked only of
 * the element right after the top, and never of one that is mostly links
 * (SIBLING_P_MAX_LINKS) or opens with a heading of its own (a box).
 * (en-blog-entry-more-tracklist) */
static bool entry_more(const al_dom *dom, int j)
{
    static const char *const names[] = { "more", "entry-more", "asset-more", "post-more",
                                         "entry-extended", "extended", NULL };
    bool named = false;

    for (int k = 0; names[k] && !named; k++)
        named = al_dom_attr_has_token(dom, j, "id", names[k]) ||
                al_dom_attr_has_token(dom, j, "class", names[k]);
    return named && dom->nodes[j].text_len > 0 &&
           al_dom_link_density(dom, j) < SIBLING_P_MAX_LINKS && !opens_with_heading(dom, j);
}

/* The same rest of the entry known by its place, where no class names
 * it (generated names, or none): sibling J, right after the top TOP, in
 * the element that holds the post's title heading TITLE, made of <p>s
 * alone (tour dates, a tracklist: lines that score little), and followed
 * only by the entry's footer line, the post box's last element: a short
 * line that opens with a poster label ([extract.poster_label]: "Posted
 * by", "Publicado por") or holds a <time>. Between a post's body and its
 * "Posted by" line the engine prints nothing but the post; boxes of the
 * site's own (related posts, an author's card) come after that line or
 * outside the post's box, or open with a heading
 * (tests/pages/en-blog-entry-more-tracklist with --strip-classes). */
#define ENTRY_FOOTER_MAX_CHARS 200

static bool entry_footer_line(const al_dom *dom, int k)
{
    size_t n;
    const al_lang_entry *e;
    char *text, *key;
    bool hit = false;

    if (k < 0 || dom->nodes[k].text_len == 0 || dom->nodes[k].text_len > ENTRY_FOOTER_MAX_CHARS ||
        element_sibling(dom, k, false) >= 0)
        return false;
    for (int j = k + 1; j < dom->nodes[k].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_TIME && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
    if (!(text = al_dom_text(dom, k, true)))
        return false;
    if ((key = al_text_key(text))) {
        e = al_lang_table("extract.poster_label", NULL, &n);
        for (size_t i = 0; i < n && !hit; i++) {
            const char *label = al_lang_entry_key(&e[i]);
            size_t len = label ? strlen(label) : 0;
            hit = len && strncmp(key, label, len) == 0 && key[len] == ' ';
        }
        free(key);
    }
    free(text);
    return hit;
}

static bool entry_rest_by_place(const al_dom *dom, int j, int top, int title)
{
    int parent = dom->nodes[top].parent, k, paragraphs = 0;

    if (title < 0 || parent < 0 || !is_ancestor_of(dom, parent, title) || is_ancestor_of(dom, j, title) ||
        dom->nodes[j].text_len == 0 || al_dom_link_density(dom, j) >= SIBLING_P_MAX_LINKS ||
        opens_with_heading(dom, j) || !entry_footer_line(dom, element_sibling(dom, j, false)))
        return false;
    for (k = j + 1; k < dom->nodes[j].end; k = dom->nodes[k].end) {
        if (dom->nodes[k].flags & AL_NODE_TEXT) {
            if (dom->nodes[k].text_len > 1)
                return false;
            continue;
        }
        if (dom->nodes[k].tag != GUMBO_TAG_P)
            return false;
        paragraphs++;
    }
    return paragraphs > 0;
}

/* A body cut into a page builder's widgets (Elementor, Divi, WPBakery
 * print each block in a box of its own: a text box, an image box, a
 * heading box, a text box...): the text boxes score and join the top as
 * its siblings, but a box that holds only a section's heading or only a
 * captioned picture scores nothing and would be lost, its heading's
 * section merged into the one before. Evidence, position and shape only
 * (it holds with generated class names): a sibling of the top between
 * two joined siblings (the body runs on after it) that is, down a chain
 * of only children (lone_descendant), a <figure> whose caption is worth
 * hearing (as gather_siblings keeps a bare one: SIBLING_FIGURE_*), or a
 * heading below the title's level (h2 to h6 under an h1 title), without
 * links, whose next sibling with text joined: the heading heads a part
 * of the body (a picture without words may come between), as
 * join_titled_lists asks of a bare one. A "Links" heading over a list of
 * links, a box of related links or a sign-up form stays out.
 * (b36-pt-br-elementor-widgets-fale-conosco, pt-br-divi-modulos-horta) */
static int lone_descendant(const al_dom *dom, int i)
{
    for (;;) {
        int j, only = -1;
        for (j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end) {
            if (dom->nodes[j].flags & AL_NODE_TEXT) {
                if (dom->nodes[j].text_len > 1)
                    return i;           /* words of its own beside the child (a space is 1) */
                continue;
            }
            if (only >= 0)
                return i;
            only = j;
        }
        if (only < 0)
            return i;
        i = only;
        if (dom->nodes[i].tag != GUMBO_TAG_DIV && dom->nodes[i].tag != GUMBO_TAG_SECTION)
            return i;
    }
}

static bool caption_box(const al_dom *dom, int j)
{
    int d = lone_descendant(dom, j);

    return dom->nodes[d].tag == GUMBO_TAG_FIGURE && dom->nodes[d].text_len >= SIBLING_FIGURE_MIN_CHARS &&
           al_dom_link_density(dom, d) < SIBLING_FIGURE_MAX_LINKS;
}

/* Does subtree K say nothing: a picture, white space between its tags? */
static bool wordless(const al_dom *dom, int k)
{
    char *t;
    bool none;

    if (dom->nodes[k].text_len == 0)
        return true;
    if (!(t = al_dom_text(dom, k, true)))
        return false;
    none = strspn(t, " \t\r\n") == strlen(t);
    free(t);
    return none;
}

static bool heading_box(const al_dom *dom, int j, int title, unsigned skip)
{
    int d = lone_descendant(dom, j), k;
    GumboTag level = title >= 0 ? dom->nodes[title].tag : GUMBO_TAG_H1;

    if (!is_heading(dom->nodes[d].tag) || dom->nodes[d].tag <= level || dom->nodes[d].text_len == 0 ||
        dom->nodes[d].link_len > 0)
        return false;
    for (k = element_sibling(dom, j, false);
         k >= 0 && !(dom->nodes[k].flags & AL_NODE_KEEP) &&
         (wordless(dom, k) || (dom->nodes[k].flags & skip));
         k = element_sibling(dom, k, false))
        ;                               /* past a picture without words */
    return k >= 0 && (dom->nodes[k].flags & AL_NODE_KEEP);
}

static void keep_body_parts_between(al_dom *dom, int top, int title, unsigned skip)
{
    int parent = dom->nodes[top].parent, j, first = -1, last = -1;

    for (j = parent + 1; j < dom->nodes[parent].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && (dom->nodes[j].flags & AL_NODE_KEEP)) {
            if (first < 0)
                first = j;
            last = j;
        }
    for (int pass = 0; pass < 2 && first >= 0; pass++)
        for (j = dom->nodes[first].end; j < last; j = dom->nodes[j].end)
            if (!(dom->nodes[j].flags & (AL_NODE_TEXT | AL_NODE_KEEP | skip)) &&
                (pass == 0 ? caption_box(dom, j) : heading_box(dom, j, title, skip)))
                dom->nodes[j].flags |= AL_NODE_KEEP;
}

/* The lead picture's box, right before the body and after the title
 * heading, that also holds the story's first paragraph beside the
 * picture (a "media-lead" wrapper of the photo, its caption, its credit
 * and "LISBOA — ..."): the box scores too little to join the body, its
 * caption is kept as the lead's (standfirst.c), and the paragraph was
 * lost. Evidence, shape and position only: box J is the top's element
 * sibling before it, after the title; it holds a picture and no heading;
 * each of its own <p> children of prose (PROSE_MIN_WORDS words, under
 * PROSE_MAX_LINKS in links, ending a sentence) is kept, not the box:
 * its credit and controls stay out.
 * (b46-pt-comboios-lead-media-charset-errado, es-diario-foto-entrada-texto) */
static void keep_lead_media_prose(al_dom *dom, int j, unsigned skip)
{
    if (dom->nodes[j].img_count == 0 || dom->nodes[j].heading_count > 0 ||
        (dom->nodes[j].flags & (AL_NODE_DROP | AL_NODE_HIDDEN | skip)))
        return;
    for (int k = j + 1; k < dom->nodes[j].end; k = dom->nodes[k].end) {
        al_node *n = &dom->nodes[k];
        char *t;
        size_t len;

        if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN | skip)) || n->tag != GUMBO_TAG_P ||
            n->text_len == 0 || n->link_len > PROSE_MAX_LINKS * n->text_len || !(t = al_dom_text(dom, k, true)))
            continue;
        len = strlen(t);
        while (len && (t[len - 1] == ' ' || t[len - 1] == '\n'))
            len--;
        if (al_text_words(t) >= PROSE_MIN_WORDS && len && strchr(".!?", t[len - 1]))
            n->flags |= AL_NODE_KEEP;
        free(t);
    }
}

/* Mark the top candidate and its related siblings KEEP. When the top is
 * the story's <article> (it holds the post's title heading TITLE), a
 * sibling after it that is a box of its own (box_after_story) does not
 * join it. A recipe card after the top (recipe.c: the page declares a
 * Recipe, the card says it is one by its markup and holds the
 * ingredients' list), in the element that holds the post's title, is the
 * post's recipe, whatever its score: its lists and short lines score
 * little (b29-nl-recept-stoofpeertjes-oma). Nor is it a box of its own
 * when its parts open with their headings, each in a sibling of its own
 * after the <article> ("Ingredients", "Step 1": recipe.c's split parts;
 * b47-fr-pain-epices-etapes-hors-article). */
static void gather_siblings(al_dom *dom, int top, int title, unsigned skip)
{
    int parent = dom->nodes[top].parent, j;
    double threshold = fmax(SIBLING_MIN_SCORE, dom->nodes[top].score * SIBLING_SCORE_SHARE);
    bool story = dom->nodes[top].tag == GUMBO_TAG_ARTICLE && title >= 0 && is_ancestor_of(dom, top, title);
    unsigned story_len = dom->nodes[top].text_len;
    static const char *const review_types[] = { "Review", NULL };
    int before = element_sibling(dom, top, true), after = element_sibling(dom, top, false);
    bool review = (before >= 0 || after >= 0) && al_page_declares(dom, review_types);

    if (parent < 0 || dom->nodes[top].tag == GUMBO_TAG_BODY) {
        dom->nodes[top].flags |= AL_NODE_KEEP;
        return;
    }
    for (j = parent + 1; j < dom->nodes[parent].end; j = dom->nodes[j].end) {
        al_node *s = &dom->nodes[j];
        bool keep = j == top;

        if (j != top && !(s->flags & (AL_NODE_BLOCK | skip))) {
            j = loose_sibling_run(dom, j, dom->nodes[parent].end, top, skip);
            if (j >= dom->nodes[parent].end)
                break;
            s = &dom->nodes[j];
            keep = j == top;
        }
        if (s->flags & (AL_NODE_TEXT | skip))
            continue;
        if (!keep && (s->flags & AL_NODE_CANDIDATE)) {
            double bonus = same_class(dom, j, top) ? dom->nodes[top].score * SIBLING_SCORE_SHARE : 0;
            keep = s->score + bonus >= threshold;
        }
        if (!keep && same_tab_widget(dom, j, top))
            keep = true;                  /* another panel of the description's tabs */
        if (!keep && j == after && (entry_more(dom, j) || entry_rest_by_place(dom, j, top, title)))
            keep = true;                  /* the rest of the entry, past the engine's cut */
        if (!keep && s->tag == GUMBO_TAG_P) {
            double ld = al_dom_link_density(dom, j);
            if (s->text_len > SIBLING_P_LONG_CHARS && ld < SIBLING_P_MAX_LINKS) {
                keep = true;
            } else if (s->text_len > 0 && s->text_len <= SIBLING_P_LONG_CHARS && ld == 0) {
                char *t = al_dom_text(dom, j, true);
                size_t n = t ? strlen(t) : 0;
                keep = t && (strstr(t, ". ") || (n && t[n - 1] == '.'));
                free(t);
            }
        }
        if (!keep && s->tag == GUMBO_TAG_DIV && s->text_len > SIBLING_P_LONG_CHARS &&
            al_dom_link_density(dom, j) < SIBLING_P_MAX_LINKS && al_score_div_is_paragraph(dom, j) &&
            div_reads_as_prose(dom, j))
            keep = true;                  /* the body's first paragraphs, typed in a <div> of their own */
        if (!keep && (s->flags & AL_NODE_RECIPE) && s->text_len > 0 && j > top && title >= 0 &&
            is_ancestor_of(dom, parent, title))
            keep = true;                  /* the post's recipe card after it (recipe.c) */
        if (!keep && s->tag == GUMBO_TAG_FIGURE && s->text_len >= SIBLING_FIGURE_MIN_CHARS &&
            al_dom_link_density(dom, j) < SIBLING_FIGURE_MAX_LINKS)
            keep = true;                  /* a picture beside the body, with a caption worth hearing */
        if (!keep && review && (j == before || j == after) && verdict_box(dom, j, skip))
            keep = true;                  /* the review's score box beside the body */
        if (keep && j != top && s->tag != GUMBO_TAG_FIGURE && !sibling_in_ld_body(dom, j))
            keep = false;
        if (keep && j != top && about_box(dom, j))
            keep = false;                 /* the blog's "About Me" beside the post, scoring more */
        if (keep && j != top && form_box(dom, j))
            keep = false;                 /* a tip or sign-up form's box beside the story */
        if (keep && story && j > top && !(s->flags & AL_NODE_RECIPE) && box_after_story(dom, j, &story_len))
            keep = false;                 /* a titled box after the story's <article>, not its recipe */
        if (!keep && j == before && title >= 0 && title < j)
            keep_lead_media_prose(dom, j, skip);   /* the first paragraph beside the lead picture */
        if (keep)
            s->flags |= AL_NODE_KEEP;
    }
    keep_body_parts_between(dom, top, title, skip);
    join_titled_lists(dom, top, skip);
}

/* A body cut into a CMS's content elements: TYPO3 prints each text block
 * of a report in a box of its own (<div id=c413 class="frame
 * frame-type-textmedia">), the first with the title heading, the others
 * with a subheading or none; each box's text sits in the same inner block
 * (ce-bodytext) as the top candidate's. Readability keeps the top's
 * siblings only, and the top is deep in the first box. Evidence, shape
 * and position only (a same class compares the attribute's whole value,
 * so it holds with generated names): an ancestor A of the top, up to
 * TWIN_MAX_LEVELS above it, that holds the post's title heading TITLE; the
 * run of element siblings right after A with A's tag and class, each
 * holding a twin of the top (same tag and class) with a prose paragraph,
 * under SIBLING_P_MAX_LINKS in links, and no heading of the title's level
 * or above (a next post of a stream has one). The run stops at the first
 * box that is not a twin: the sidebar or a teaser box after the story.
 * (b34-de-verein-mosttag-typo3-textmedia, de-gemeinde-typo3-frames) */
#define TWIN_MAX_LEVELS 6

static bool twin_of(const al_dom *dom, int box, int top)
{
    const char *ct = al_dom_attr(dom, top, "class");

    for (int k = box + 1; k < dom->nodes[box].end; k++) {
        const char *ck;
        if (dom->nodes[k].tag != dom->nodes[top].tag || (dom->nodes[k].flags & AL_NODE_TEXT))
            continue;
        ck = al_dom_attr(dom, k, "class");
        if (((!ct || !*ct) && (!ck || !*ck)) || same_class(dom, k, top)) {
            if (holds_prose_paragraph(dom, k))
                return true;
            k = dom->nodes[k].end - 1;          /* no prose below it either: one pass */
        }
    }
    return false;
}

static bool heading_at_or_above(const al_dom *dom, int box, GumboTag level)
{
    for (int k = box + 1; k < dom->nodes[box].end; k++)
        if (is_heading(dom->nodes[k].tag) && dom->nodes[k].tag <= level)
            return true;
    return false;
}

static void gather_content_elements(al_dom *dom, int top, int title, unsigned skip)
{
    int a = top, level, j;
    bool found = false;

    if (title < 0)
        return;
    for (level = 0; level <= TWIN_MAX_LEVELS && !found; level++, a = dom->nodes[a].parent) {
        if (a < 0 || a == dom->body || dom->nodes[a].tag == GUMBO_TAG_BODY)
            return;
        if (!is_ancestor_of(dom, a, title))
            continue;
        for (j = element_sibling(dom, a, false); j >= 0; j = element_sibling(dom, j, false)) {
            if ((dom->nodes[j].flags & skip) || dom->nodes[j].tag != dom->nodes[a].tag ||
                !same_class(dom, j, a) || al_dom_link_density(dom, j) >= SIBLING_P_MAX_LINKS ||
                heading_at_or_above(dom, j, dom->nodes[title].tag) ||
                !(a == top ? holds_prose_paragraph(dom, j) : twin_of(dom, j, top)))
                break;
            dom->nodes[j].flags |= AL_NODE_KEEP;
            found = true;
        }
    }
}

/* ---- the passes -------------------------------------------------------- */

static size_t spoken_length(const al_items *items)
{
    size_t i, n = 0;

    for (i = 0; i < items->count; i++)
        if (!items->items[i].junk && items->items[i].kind != AL_ITEM_RULE)
            n += items->items[i].text_len;
    return n;
}

/* BEST becomes CUR's result (CUR is left empty); its spoken length. */
static size_t take_result(al_items *best, al_items *cur)
{
    al_items_free(best);
    *best = *cur;
    memset(cur, 0, sizeof(*cur));
    return spoken_length(best);
}

/* Prose: the characters of the blocks that read as running text, a
 * paragraph of PROSE_MIN_WORDS words or more, under PROSE_MAX_LINKS of it
 * in links, with a sentence's full stop. A menu, a tag cloud, a footer of
 * links or a list of teaser headlines has little of it whatever its
 * length; a short article has all its text in it. */
static size_t prose_length_of(const al_item *it)
{
    bool sentence = strpbrk(it->text, ".!?:;") || strstr(it->text, "\xE3\x80\x82");   /* or "。" */

    if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH || al_item_link_share(it) >= PROSE_MAX_LINKS ||
        al_text_words(it->text) < PROSE_MIN_WORDS || !sentence)
        return 0;
    return it->text_len;
}

static size_t prose_length(const al_items *items)
{
    size_t i, n = 0;

    for (i = 0; i < items->count; i++)
        n += prose_length_of(&items->items[i]);
    return n;
}

/* Is what the pass found an article? A sentence-like block
 * (READABLE_MIN_WORDS or more, not a link) is enough. A page that links almost nowhere (a bare
 * document) is read whatever its size; a page of links and headlines
 * whose only remaining text is labels ("Analysis", "8 Jul") is not. In
 * the STRICT pass, which reads only what no class calls chrome, one
 * whole sentence of SENTENCE_MIN_WORDS words is enough: a picture post
 * whose text is "Repurposing food as art is creative." is that short. */
static bool ends_sentence(const char *t)
{
    for (const char *p = t; (p = strpbrk(p, ".!?")) != NULL; p++)
        if (p[1] == '\0' || p[1] == ' ')
            return true;
    return false;
}

static bool is_readable(const al_items *items, const al_dom *dom, bool strict)
{
    const al_node *body = &dom->nodes[dom->body];
    bool any = false;
    size_t i;

    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        size_t words;
        if (it->junk || it->kind == AL_ITEM_RULE)
            continue;
        if (it->link_len * READABLE_LINK_DIVISOR >= it->text_len)
            continue;
        words = al_text_words(it->text);
        if (it->kind != AL_ITEM_HEADING &&
            (words >= READABLE_MIN_WORDS ||
             (strict && words >= SENTENCE_MIN_WORDS && ends_sentence(it->text))))
            return true;
        any = any || words >= 1;
    }
    return any && body->link_len * PAGE_LINK_DIVISOR < body->text_len;
}

/* Search result pages list other pages: never an article. Their title or
 * h1 starts with a phrase of [extract.search_page] (data/lang), in any
 * language. */
static bool is_search_page(const al_dom *dom, const al_meta *meta)
{
    size_t count;
    const al_lang_entry *phrases = al_lang_table("extract.search_page", NULL, &count);
    char *key = NULL;
    int h1 = -1, i;
    size_t k;
    bool hit = false;

    for (i = dom->body; i >= 0 && i < dom->nodes[dom->body].end && h1 < 0; i++)
        if (dom->nodes[i].tag == GUMBO_TAG_H1 && !(dom->nodes[i].flags & AL_NODE_TEXT))
            h1 = i;
    for (int pass = 0; pass < 2 && !hit; pass++) {
        char *text = pass == 0 ? (meta->title ? al_strdup(meta->title) : NULL)
                               : (h1 >= 0 ? al_dom_text(dom, h1, true) : NULL);
        key = text ? al_text_key(text) : NULL;
        for (k = 0; key && k < count && !hit; k++) {
            char *pk = al_text_key(phrases[k].key);
            hit = pk && strncmp(key, pk, strlen(pk)) == 0;
            free(pk);
        }
        free(text);
        free(key);
    }
    return hit;
}

/* The nodes a pass chose (its KEEP roots), to compare with a later pass. */
typedef struct {
    int *nodes;
    size_t count;
} root_set;

static int roots_of(root_set *r, const al_dom *dom)
{
    size_t n = 0;
    int i;

    for (i = 0; i < dom->count; i++)
        if (dom->nodes[i].flags & AL_NODE_KEEP) {
            n++;
            i = dom->nodes[i].end - 1;
        }
    free(r->nodes);
    r->count = 0;
    if (!(r->nodes = malloc((n ? n : 1) * sizeof(int))))
        return al_error_oom();
    for (i = 0; i < dom->count; i++)
        if (dom->nodes[i].flags & AL_NODE_KEEP) {
            r->nodes[r->count++] = i;
            i = dom->nodes[i].end - 1;
        }
    return ALOUD_OK;
}

static bool in_roots(const root_set *r, const al_dom *dom, int node)
{
    for (size_t k = 0; k < r->count; k++)
        if (is_ancestor_of(dom, r->nodes[k], node))
            return true;
    return false;
}

/* The share of the prose of PREV (an earlier pass's result) that the
 * current pass keeps (its KEEP subtrees, still flagged on DOM), 0..1. */
static double prose_kept(const al_items *prev, const al_dom *dom)
{
    size_t i, total = 0, kept = 0;

    for (i = 0; i < prev->count; i++) {
        const al_item *it = &prev->items[i];
        int p;
        if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH)
            continue;
        total += it->text_len;
        for (p = it->node; p >= 0 && !(dom->nodes[p].flags & AL_NODE_KEEP); p = dom->nodes[p].parent)
            ;
        if (p >= 0)
            kept += it->text_len;
    }
    return total ? (double)kept / (double)total : 1;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;

    return (x > y) - (x < y);
}

/* The share of the text of PREV (an earlier pass's result: its blocks,
 * not its headings) that CUR still reads, 0..1: a block counts when CUR
 * reads an item from the same element. What a looser pass merely keeps
 * under its chosen nodes but then drops is not kept: the listener would
 * not hear it. */
static double text_kept(const al_items *prev, const al_items *cur)
{
    size_t i, n = 0, total = 0, kept = 0;
    int *nodes = malloc((cur->count ? cur->count : 1) * sizeof(int));

    if (!nodes)
        return 0;                       /* out of memory: keep the earlier result */
    for (i = 0; i < cur->count; i++)
        if (!cur->items[i].junk && cur->items[i].kind != AL_ITEM_RULE)
            nodes[n++] = cur->items[i].node;
    qsort(nodes, n, sizeof(int), cmp_int);
    for (i = 0; i < prev->count; i++) {
        const al_item *it = &prev->items[i];
        if (it->junk || !al_item_is_block(it))
            continue;
        total += it->text_len;
        if (n && bsearch(&it->node, nodes, n, sizeof(int), cmp_int))
            kept += it->text_len;
    }
    free(nodes);
    return total ? (double)kept / (double)total : 1;
}

/* Is the text of heading I the article's title (TITLE, TN its length,
 * SITE the site's name, as keys): words that are the title or begin it
 * ("Changelog" of "Changelog | Tallyboard Docs"), or go on past a title
 * of HEADLINE_MIN_WORDS words ("First Look: Ana Reyes - Tides" of "First
 * Look: Ana Reyes"), and not the site's name (a blog's logo)? */
static bool heading_is_title(const al_dom *dom, int i, const char *title, size_t tn, const char *site)
{
    char *text, *key = NULL;
    size_t n;
    bool is = false;

    if ((text = al_dom_text(dom, i, true)) != NULL && (key = al_text_key(text)) != NULL) {
        n = strlen(key);
        is = n && ((strncmp(title, key, n) == 0 && (title[n] == '\0' || title[n] == ' ')) ||
                   (strncmp(key, title, tn) == 0 && key[tn] == ' ' &&
                    al_text_words(title) >= HEADLINE_MIN_WORDS)) &&
             !(site && strcmp(key, site) == 0);
    }
    free(key);
    free(text);
    return is;
}

/* The first visible heading of LOW to HIGH (h1..h6) in nodes FROM to TO
 * whose words are the article's title (heading_is_title), or -1. */
static int title_heading(const al_dom *dom, const al_meta *meta, GumboTag low, GumboTag high, int from, int to)
{
    char *title = meta->title ? al_text_key(meta->title) : NULL;
    char *site = meta->site_name ? al_text_key(meta->site_name) : NULL;
    size_t tn = title ? strlen(title) : 0;
    int i, found = -1;

    for (i = from; title && *title && i < to && found < 0; i++) {
        GumboTag t = dom->nodes[i].tag;
        if (t < low || t > high || (dom->nodes[i].flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN)))
            continue;
        if (heading_is_title(dom, i, title, tn, site))
            found = i;
    }
    free(title);
    free(site);
    return found;
}

/* The page's headline: the first visible <h1> that is the article's
 * title (heading_is_title), or -1. */
static int headline_node(const al_dom *dom, const al_meta *meta)
{
    return title_heading(dom, meta, GUMBO_TAG_H1, GUMBO_TAG_H1, 0, dom->count);
}

/* Does subtree I hold a paragraph of prose: a <p> of at least
 * PROSE_MIN_WORDS words, under PROSE_MAX_LINKS in links? */
static bool holds_prose_paragraph(const al_dom *dom, int i)
{
    int j, end = dom->nodes[i].end;

    for (j = i; j < end; j++) {
        const al_node *n = &dom->nodes[j];
        char *text;
        bool ok;

        if (n->flags & (AL_NODE_DROP | AL_NODE_HIDDEN)) {
            j = n->end - 1;
            continue;
        }
        if (n->tag != GUMBO_TAG_P || n->text_len == 0 || n->link_len > PROSE_MAX_LINKS * n->text_len)
            continue;
        if (!(text = al_dom_text(dom, j, true)))
            return false;
        ok = al_text_words(text) >= PROSE_MIN_WORDS;
        free(text);
        if (ok)
            return true;
        j = n->end - 1;
    }
    return false;
}

/* The child of ANCESTOR that holds node I. */
static int child_holding(const al_dom *dom, int ancestor, int i)
{
    while (dom->nodes[i].parent != ancestor)
        i = dom->nodes[i].parent;
    return i;
}

static bool is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* Is heading I's story an <article>, as OWN (the article's own) is,
 * inside NEXT (a wrapper around the next story: "<div class=next-story>
 * <div>Next</div><article>...")? */
static bool next_article(const al_dom *dom, int own, int next, int i)
{
    if (dom->nodes[own].tag != GUMBO_TAG_ARTICLE)
        return false;
    for (int a = dom->nodes[i].parent; a > next; a = dom->nodes[a].parent)
        if (dom->nodes[a].tag == GUMBO_TAG_ARTICLE)
            return true;
    return false;
}

/* holds_prose_paragraph(DOM, I), asked once for the same I in a row:
 * every heading inside one box has the same OWN and NEXT (a stream of
 * 20,000 headings in a box without prose scanned the box for each). */
static bool prose_once(const al_dom *dom, int i, int *seen, bool *prose)
{
    if (*seen != i) {
        *seen = i;
        *prose = holds_prose_paragraph(dom, i);
    }
    return *prose;
}

/* An infinite-scroll page appends the next story after the article: its
 * own <h1>, which is not the page's title, its byline and its text, in a
 * container beside the article's ("Siguiente noticia", "Volgend
 * artikel", then a loader). The evidence: a visible h1 after the
 * page's HEADLINE that is not the title (heading_is_title), or a
 * heading of another level with the headline's class (the stream's
 * title style: <h1 class=article-title> then <h2 class=article-title>),
 * where the headline's and that heading's containers below their common
 * ancestor both hold a prose paragraph, and the next one is an
 * <article>, wraps the heading's <article> when the article's own is
 * one (next_article), or, under an h1, shares the article container's
 * tag and class (a stream of stories). A lower heading of the headline's
 * class in a box of the article box's tag and class is a section of the
 * article cut into a CMS's content elements (TYPO3 gives every header
 * one class: b34-de-verein-mosttag-typo3-textmedia,
 * de-gemeinde-typo3-frames), not a next story: a stream's story says it
 * is one by its <article>. That container and everything after it in the
 * stream are dropped. A heading of the headline's class that does not
 * fit is passed over; the first h1 that does not ends the search. An h1
 * that heads a part of the article's own body shares a container with
 * its text, or follows a title in a header without the body: neither
 * is a story beside the article. */
static void drop_next_stories(al_dom *dom, const al_meta *meta, int headline)
{
    char *title, *site;
    size_t tn;
    int i, end, seen_own = -1, seen_next = -1;
    bool own_prose = false, next_prose = false;

    if (headline < 0 || !meta->title || !(title = al_text_key(meta->title)))
        return;
    site = meta->site_name ? al_text_key(meta->site_name) : NULL;
    tn = strlen(title);
    end = dom->nodes[dom->body].end;
    for (i = dom->nodes[headline].end; i < end; i++) {
        const al_node *n = &dom->nodes[i];
        int lca, own, next, k;

        if (n->flags & (AL_NODE_DROP | AL_NODE_HIDDEN)) {
            i = n->end - 1;
            continue;
        }
        if ((n->flags & AL_NODE_TEXT) ||
            !(n->tag == GUMBO_TAG_H1 || (is_heading(n->tag) && same_class(dom, headline, i))) ||
            heading_is_title(dom, i, title, tn, site))
            continue;
        for (lca = dom->nodes[headline].parent; lca >= 0 && !is_ancestor_of(dom, lca, i);
             lca = dom->nodes[lca].parent)
            ;
        if (lca < 0 || lca == dom->nodes[i].parent) {
            if (n->tag == GUMBO_TAG_H1)
                break;
            continue;
        }
        own = child_holding(dom, lca, headline);
        next = child_holding(dom, lca, i);
        if ((dom->nodes[next].tag == GUMBO_TAG_ARTICLE || next_article(dom, own, next, i) ||
             (n->tag == GUMBO_TAG_H1 && dom->nodes[next].tag == dom->nodes[own].tag && same_class(dom, own, next))) &&
            prose_once(dom, own, &seen_own, &own_prose) && prose_once(dom, next, &seen_next, &next_prose)) {
            for (k = next; k < dom->nodes[lca].end; k = dom->nodes[k].end)
                dom->nodes[k].flags |= AL_NODE_DROP;
            break;
        }
        if (n->tag == GUMBO_TAG_H1)
            break;
    }
    free(title);
    free(site);
}

/* Is node I inside what the current pass keeps? */
static bool kept_now(const al_dom *dom, int i)
{
    for (; i >= 0; i = dom->nodes[i].parent)
        if (dom->nodes[i].flags & AL_NODE_KEEP)
            return true;
    return false;
}

/* Does the current pass (ITEMS, PROSE its prose) find more article than
 * the best so far (BEST, BEST_LEN its spoken length, BEST_PROSE its
 * prose, chosen at ROOTS)? The page's headline found around a box of the
 * article (a pass that reads the article around a tagline or standfirst
 * the strict pass took) is more, but only around a box found before
 * (ROOTS not empty): with nothing read yet, a column that holds the
 * headline and a writer's bio beside a post of two words is not the
 * article around a box of it (tests/pages/one-line-post-writer-profile).
 * Otherwise it must keep most of what was found (KEEP_SHARE: not
 * another block, as a sidebar beside a short post) and find what it
 * adds inside the nodes chosen before (what a looser pass adds there,
 * as a paragraph whose class looked like chrome), not only beside
 * them: the blurb of an "About this blog" box next to a short post is
 * prose too, and a pass that reads the whole page holds the post as
 * well. With prose so far, it keeps most of that prose under its
 * chosen nodes and finds PROSE_GAIN times the prose there. With none
 * (a picture post whose text is a line or two), it must still read
 * most of that text (text_kept) and find prose there: never an "About
 * me" in its place, and never only more lines. */
static bool more_article(const al_items *items, size_t prose, const al_items *best,
                         size_t best_prose, const root_set *roots, const al_dom *dom, int headline)
{
    size_t inside = 0;

    if (prose > best_prose * PROSE_GAIN && headline >= 0 && roots->count > 0 &&
        kept_now(dom, headline) && !in_roots(roots, dom, headline))
        return true;                    /* the article around a box of it, headline and all */
    if (best_prose > 0 && prose <= best_prose * PROSE_GAIN)
        return false;
    if (best_prose > 0 ? prose_kept(best, dom) < KEEP_SHARE : text_kept(best, items) < KEEP_SHARE)
        return false;
    for (size_t i = 0; i < items->count; i++)
        if (in_roots(roots, dom, items->items[i].node))
            inside += prose_length_of(&items->items[i]);
    return inside > best_prose * PROSE_GAIN;
}

/* The page's title set as a line of styled text, not as a heading (an
 * HTML 4 page's "<font size=5><b>School board votes...</b></font>"): the
 * first visible element of the body, outside links, whose words are the
 * article's title (heading_is_title), at most TITLE_LINE_MAX_SHARE times
 * its length; -1 when there is none. Asked only when no heading is the
 * title; cells of a layout table need it (layout_cell). */
#define TITLE_LINE_MAX_SHARE 2
static int title_line(const al_dom *dom, const al_meta *meta)
{
    char *title = meta->title ? al_text_key(meta->title) : NULL;
    char *site = meta->site_name ? al_text_key(meta->site_name) : NULL;
    size_t tn = title ? strlen(title) : 0;
    int i, found = -1, end = dom->body >= 0 ? dom->nodes[dom->body].end : 0;

    for (i = dom->body + 1; title && *title && dom->body >= 0 && i < end && found < 0; i++) {
        const al_node *n = &dom->nodes[i];
        if (n->flags & (AL_NODE_TEXT | AL_NODE_DROP | AL_NODE_HIDDEN) || n->link_len > 0 ||
            n->text_len == 0 || n->text_len > TITLE_LINE_MAX_SHARE * tn)
            continue;
        if (heading_is_title(dom, i, title, tn, site))
            found = i;
    }
    free(title);
    free(site);
    return found;
}

/* The post's own title heading (an h1 to h3 whose words are the page's
 * title, heading_is_title) inside the chosen node TOP: its ancestors below
 * TOP are flagged HOLDS_TITLE, so that collect.c does not clean the post
 * away as a link-heavy box (a picture post of one sentence whose words
 * are half a link). */
static void mark_post_title(al_dom *dom, const al_meta *meta, int top)
{
    int h = title_heading(dom, meta, GUMBO_TAG_H1, GUMBO_TAG_H3, top, dom->nodes[top].end);

    for (int p = h >= 0 ? dom->nodes[h].parent : -1; p > top; p = dom->nodes[p].parent)
        dom->nodes[p].flags |= AL_NODE_HOLDS_TITLE;
}

static int run_pass(al_items *out, al_dom *dom, const al_meta *meta, unsigned flags, int headline)
{
    unsigned skip = AL_NODE_DROP | ((flags & AL_EXTRACT_STRIP_UNLIKELY) ? AL_NODE_UNLIKELY : 0);
    int i, top, title, err;

    for (i = 0; i < dom->count; i++)
        dom->nodes[i].flags &= ~(AL_NODE_KEEP | AL_NODE_JUNK | AL_NODE_LEAD | AL_NODE_LD | AL_NODE_HOLDS_LEAD |
                                 AL_NODE_CAPTION | AL_NODE_HOLDS_TITLE);
    dom->ld_container = -1;
    al_dom_sum(dom, skip);
    score_paragraphs(dom, flags);
    ld_body_bonus(dom, meta, skip);
    title = title_heading(dom, meta, GUMBO_TAG_H1, GUMBO_TAG_H3, 0, dom->count);
    top = pick_top(dom, headline, title, title >= 0 ? title : title_line(dom, meta), skip);
    if (top < 0)
        return ALOUD_OK;
    mark_post_title(dom, meta, top);
    gather_siblings(dom, top, title, skip);
    gather_content_elements(dom, top, title, skip);
    drop_boxes_after_story(dom, top, title >= 0 ? headline_article(dom, title) : -1, skip);
    al_standfirst_gather(dom, meta, skip);
    al_lead_caption_gather(dom, meta, skip);
    al_body_captions_keep(dom, skip);
    if ((err = al_collect(out, dom, flags, top)) < 0)
        return err;
    al_boilerplate_filter(out, dom, meta);
    return ALOUD_OK;
}

/* The prose of ITEMS inside ROOTS (an earlier pass's chosen nodes). */
static size_t prose_inside(const al_items *items, const root_set *roots, const al_dom *dom)
{
    size_t i, n = 0;

    for (i = 0; i < items->count; i++)
        if (in_roots(roots, dom, items->items[i].node))
            n += prose_length_of(&items->items[i]);
    return n;
}

/* Does a looser pass (ITEMS, PROSE its prose) find its prose in the post
 * the strict pass anchored on (POST): some prose, and at least KEEP_SHARE
 * of it inside the post rather than beside it? A pass whose prose is
 * mostly a cookie notice or a writer's bio next to a post of two words,
 * with a line inside the post, reads the page's chrome, not the post. */
static bool in_post(const al_items *items, size_t prose, const root_set *post, const al_dom *dom)
{
    size_t inside = prose_inside(items, post, dom);

    return inside > 0 && inside >= KEEP_SHARE * prose;
}

/* Does the strict pass's choice (ROOTS) hold the post's own heading, a
 * visible h1 to h3 that is the page's title (heading_is_title)? Then it
 * is the post, however little it says: a picture or video post whose
 * text is its headline, a date and a credit line. */
static bool holds_title_heading(const root_set *roots, const al_dom *dom, const al_meta *meta)
{
    for (size_t k = 0; k < roots->count; k++) {
        int r = roots->nodes[k];
        if (title_heading(dom, meta, GUMBO_TAG_H1, GUMBO_TAG_H3, r, dom->nodes[r].end) >= 0)
            return true;
    }
    return false;
}

/* Is one of ROOTS the page's body, or above it? */
static bool holds_body(const root_set *roots, const al_dom *dom)
{
    for (size_t k = 0; k < roots->count; k++)
        if (dom->body >= 0 && is_ancestor_of(dom, roots->nodes[k], dom->body))
            return true;
    return false;
}

/* The share of the article's text in story summaries that makes it a front. */
#define FRONT_COVERAGE 0.6

int al_extract(al_items *out, al_dom *dom, const al_meta *meta, const char *name)
{
    static const unsigned passes[] = {
        AL_EXTRACT_ALL,
        AL_EXTRACT_ALL & ~AL_EXTRACT_STRIP_UNLIKELY,
        AL_EXTRACT_ALL & ~(AL_EXTRACT_STRIP_UNLIKELY | AL_EXTRACT_WEIGHT_CLASSES),
        0
    };
    al_items best = { 0 }, cur = { 0 }, post = { 0 };
    root_set roots = { 0 }, anchor = { 0 };
    size_t k, best_len = 0, best_prose = 0;
    int err = ALOUD_OK, headline;
    bool anchored = false;

    if (dom->body < 0)
        return al_error_set(ALOUD_ENOARTICLE, "%s: no readable article (the page has no body)", name);
    if (is_search_page(dom, meta))
        return al_error_set(ALOUD_ENOARTICLE, "%s: no readable article (this is a page of search results)", name);
    dom->claim_review = 0;
    dom->claim_review = al_page_claim_review(dom) ? 2 : 1;      /* asked per block below: once */
    al_paid_mark(dom);
    headline = headline_node(dom, meta);
    mark_unlikely(dom, meta, headline);
    if ((err = al_furniture_drop(dom)) < 0 || (err = al_product_drop(dom)) < 0)
        return err;
    al_recipe_mark(dom);
    headline = headline_node(dom, meta);
    drop_next_stories(dom, meta, headline);
    for (k = 0; k < sizeof(passes) / sizeof(passes[0]); k++) {
        size_t len, prose;

        if ((err = run_pass(&cur, dom, meta, passes[k], headline)) < 0)
            goto cleanup;
        len = is_readable(&cur, dom, k == 0) ? spoken_length(&cur) + 1 : 0;
        prose = prose_length(&cur);
        if (k == 0 && len == 0 && (err = roots_of(&anchor, dom)) < 0)
            goto cleanup;
        if (k == 0 && len == 0 && holds_title_heading(&anchor, dom, meta) &&
            (spoken_length(&cur) > 0 || !holds_body(&anchor, dom))) {
            /* the post under its own heading, a few lines that are not
             * readable alone, or none (a picture post: its heading, a
             * date and its picture): a looser pass must find prose in
             * it, not beside it (a sidebar's "About" blurb, a footer's
             * licence, the comments under an infographic): most of
             * its prose (in_post). A choice of the whole body is no
             * post. */
            anchored = true;
            post = cur;
            memset(&cur, 0, sizeof(cur));
            continue;
        }
        if ((len > best_len * PASS_GAIN && more_article(&cur, prose, &best, best_prose, &roots, dom, headline)) ||
            (best_len == 0 && len > 0 && (!anchored || in_post(&cur, prose, &anchor, dom)))) {
            if ((err = roots_of(&roots, dom)) < 0)
                goto cleanup;
            al_items_free(&best);
            best = cur;
            best_len = len;
            best_prose = prose;
            memset(&cur, 0, sizeof(cur));
        } else {
            al_items_free(&cur);
        }
        if (best_len >= ENOUGH_CHARS)
            break;
    }
    /* No looser pass found prose in the post: it is read as it is, its
     * few lines (a caption, a credit line). */
    if (best_len == 0 && anchored) {
        al_items_free(&best);
        best = post;
        best_len = spoken_length(&best);
        memset(&post, 0, sizeof(post));
    }
    /* No pass found an article, yet the strict pass chose a node that
     * holds the post's own title heading (h1 to h3 with the page's
     * title): the post is there, and what cleaned it away is the
     * link-density test of conditional cleaning, which takes the body
     * of a link roundup (a week's headlines, each item half a link) for
     * a menu. The strict pass is run again without that cleaning, and
     * its result is read when it is readable and still holds the title
     * heading: the post's own list, never a block elsewhere
     * (tests/pages/link-roundup-post). */
    if (best_len == 0 && anchor.count && holds_title_heading(&anchor, dom, meta)) {
        if ((err = run_pass(&cur, dom, meta, AL_EXTRACT_ALL & ~AL_EXTRACT_CLEAN_CONDITIONALLY, headline)) < 0 ||
            (err = roots_of(&roots, dom)) < 0)
            goto cleanup;
        if (is_readable(&cur, dom, false) && holds_title_heading(&roots, dom, meta)) {
            best_len = take_result(&best, &cur);
        } else {
            al_items_free(&cur);
        }
    }
    /* A front of story cards is read as a digest: when the passes found
     * no prose, or found mostly the cards' summaries (a blog's home page). */
    {
        bool prose = al_front_has_prose(&best);
        int stories = al_front_digest(&cur, dom, meta ? meta->url : NULL);

        if (stories < 0) {
            err = stories;
            goto cleanup;
        }
        if (stories > 0 && (prose ? al_front_coverage(&best, &cur, dom) >= FRONT_COVERAGE
                                  : spoken_length(&cur) > DIGEST_GAIN * best_len)) {
            best_len = take_result(&best, &cur);
        } else {
            al_items_free(&cur);
        }
    }
    if (best_len == 0) {
        err = al_error_set(ALOUD_ENOARTICLE, "%s: no readable article found in the page", name);
        goto cleanup;
    }
    *out = best;
    memset(&best, 0, sizeof(best));
cleanup:
    al_items_free(&best);
    al_items_free(&cur);
    al_items_free(&post);
    free(roots.nodes);
    free(anchor.nodes);
    return err;
}
