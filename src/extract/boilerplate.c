/*
 * boilerplate.c - remove what a listener must not hear from the article's
 * items, after the container has been chosen.
 *
 * Readability keeps whatever sits inside the article container: share
 * bars, "Read more:" lines, donation appeals with bank details, "Recommended
 * reading" lists. aloud judges each item by what it says (blocks.c) and by
 * its place among the others (here):
 *   - a heading that opens a chrome section ("Please Support My Work!",
 *     "Recommended Reading", "About the author") drops the whole section
 *     down to the next heading of the same or a higher level; so does a
 *     label set as a plain block ("Trending Articles") over teasers;
 *   - the page's masthead (the site's tagline) above the post's title;
 *   - linked-headline cards (a linked heading, or a linked line with a
 *     thumbnail to the same story), kickers, a subtitle read as the lead, author
 *     bios, pull quotes said twice, sponsor blocks between rules, lists
 *     of teasers (each item a "Read more" link or a "[...]" excerpt);
 *   - jusText's edges: short label-like lines before the first and after
 *     the last paragraph of running text;
 *   - end matter below the story: contact lines, a press contact's card,
 *     publisher boilerplate, a company's "About X" copied under a story
 *     about it.
 * The words these rules look for are in data/lang/<lang>.txt (the lexicon's
 * kinds, [extract.answer_count], [extract.bio_verb]...), in every language.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "appeal.h"
#include "langdata.h"
#include "passes.h"
#include "lexicon.h"

/* ---- thresholds, each with its reason ---------------------------------- */

/* Chrome headings: an appeal word in a heading this short opens an appeal
 * section; a newsletter or comment word, in one this short. */
#define HEADING_APPEAL_MAX_WORDS 10
#define HEADING_PROMPT_MAX_WORDS 8
/* An appeal section: a heading of at most this many words that starts like
 * one ("Support ...") or is an appeal's title by its features (appeal.c:
 * "Become a member"), or a section of at most SECTION_MAX_WORDS in which
 * at least half the words (APPEAL_SHARE_DIVISOR) ask for something and
 * either the first block asks or APPEAL_SHARE_NUM / APPEAL_SHARE_DEN of
 * the words do: a section that opens with news ("Campaigners raise money
 * for a legal challenge", then an appeal) keeps its news. */
#define APPEAL_HEAD_MAX_WORDS 5
#define APPEAL_SECTION_MAX_WORDS 150
#define APPEAL_SHARE_DIVISOR 2
#define APPEAL_SHARE_NUM 2
#define APPEAL_SHARE_DEN 3
/* A widget's buttons say at most this much besides its heading ("--", "12"). */
#define WIDGET_COUNTER_CHARS 6
/* A block is "a link" when at least this share of its text is in links. */
#define LINKED_SHARE 0.5
/* Fewer words than this: a short line, not running text (jusText's "short"). */
#define SHORT_BLOCK_WORDS 10
/* A suspect card: all but a fifth link, at most this many words. */
#define SUSPECT_LINK_SHARE 0.8
#define SUSPECT_MAX_WORDS 25
/* An item is all of its element when the element has at most this much more text. */
#define SUSPECT_SLACK_CHARS 4
/* Running text has at least this share of function words (jusText's
 * stop-word density; its "good" class starts near 0.3, "near-good" lower). */
#define GOOD_MIN_STOPWORDS 0.15
/* A sign-off: at most this many words, then one or two capitalised names. */
#define SIGN_OFF_MAX_WORDS 6
#define SIGN_OFF_MAX_NAMES 2
/* Pull quotes: bounded work, quotes and captions of REPEAT_MIN_WORDS to
 * REPEAT_MAX_WORDS words checked against at most REPEAT_MAX_ITEMS items. */
#define REPEAT_MAX_ITEMS 4000
#define REPEAT_MIN_WORDS 6
#define REPEAT_MAX_WORDS 60
/* A gallery's label: a list item said, word for word, by at least this
 * many list items of the article. */
#define LABEL_REPEAT_MIN 3
/* A truncated copy matches at least this many words of the full text. */
#define TRUNCATED_MIN_WORDS 4
/* A run of truncated copies (truncated_pieces) has at most this many pieces. */
#define TRUNCATED_MAX_PIECES 12
/* An appeal box is small (at most BOX_MAX_CHARS) and mostly appeal (at most
 * BOX_APPEAL_FACTOR times the appeal plus BOX_SLACK_CHARS); the blocks it
 * drops with the appeal are short (its title, its buttons). */
#define BOX_MAX_CHARS 1200
#define BOX_APPEAL_FACTOR 3
#define BOX_SLACK_CHARS 300
#define BOX_SHORT_MAX_WORDS 12
/* A button that asks is a few words: "Word ook abonnee", "Join us today". */
#define ASK_BUTTON_MAX_WORDS 6
/* A small box: at most this many blocks (an appeal, its terms, its bank
 * details), for small_box. */
#define SMALL_BOX_BLOCKS 3
/* A prompt box (drop_prompt_boxes): at most PROMPT_BOX_MAX_CHARS of text,
 * its one block at most PROMPT_BOX_MAX_WORDS. */
#define PROMPT_BOX_MAX_CHARS 400
#define PROMPT_BOX_MAX_WORDS 30
/* Prose after a linked heading: at least this many words, under this link share. */
#define PROSE_MIN_WORDS 20
#define PROSE_MAX_LINK_SHARE 0.3
/* A card's box: found within CARD_MAX_DEPTH ancestors, at most CARD_MAX_CHARS long. */
#define CARD_MAX_DEPTH 3
#define CARD_MAX_CHARS 600
/* A heading this linked is a card's title. */
#define CARD_TITLE_LINK_SHARE 0.9
/* An author bio: a byline of at most BIO_BYLINE_MAX_WORDS, in one of the
 * last BIO_LAST_BLOCKS blocks, of at most BIO_MAX_WORDS; its heading adds
 * at most BIO_HEADING_EXTRA_WORDS to the name ("About Jane Doe"). */
#define BIO_BYLINE_MAX_WORDS 6
#define BIO_LAST_BLOCKS 3
#define BIO_MAX_WORDS 60
/* A card's bio that names its author again may be longer, up to
 * BIO_CARD_MAX_WORDS; a name's word counts from BIO_NAME_MIN_BYTES. */
#define BIO_CARD_MAX_WORDS 120
#define BIO_NAME_MIN_BYTES 3
#define BIO_HEADING_EXTRA_WORDS 3
/* A bio may give a one-word byline up to this many more names. */
#define BIO_SURNAME_WORDS 2
/* Under a heading "About X" that names the byline or the site, the box may
 * run longer than a bare bio: the heading says whose text it is, and a
 * writer's or consultant's self-description with its links and "find me
 * on" line often passes BIO_MAX_WORDS. An article's section is longer. */
#define ABOUT_BOX_MAX_WORDS 120
/* Under an author card, the article's last read blocks, at most
 * CARD_TAIL_MAX_BLOCKS of at most CARD_TAIL_MAX_WORDS words each, are
 * the page's footnotes (drop_card_footnotes). */
#define CARD_TAIL_MAX_BLOCKS 2
#define CARD_TAIL_MAX_WORDS 40
/* ... when the blocks read before the card hold this many words: the
 * card closes an article, not opens it. */
#define CARD_BODY_MIN_WORDS 100
/* A subtitle read as the lead: at least this many words and characters. */
#define SUBTITLE_MIN_WORDS 8
#define SUBTITLE_MIN_CHARS 40
/* Kickers and plain-block labels: at most this many words. */
#define LABEL_MAX_WORDS 6
/* A sponsor segment: a disclosure of at most SPONSOR_MAX_WORDS, closed by
 * a rule within SPONSOR_MAX_BLOCKS blocks. */
#define SPONSOR_MAX_WORDS 30
#define SPONSOR_MAX_BLOCKS 4
/* A lead said again (drop_lead_repeat): thresholds in its comment. */
#define LEAD_REPEAT_FIRST 4
#define LEAD_REPEAT_MIN_WORDS 8
#define LEAD_REPEAT_OVERLAP 0.8
#define LEAD_REPEAT_AHEAD 3
/* ... a copy word for word is looked for this many blocks ahead: a box
 * of key points may stand between the standfirst and the body's copy. */
#define LEAD_REPEAT_EXACT_AHEAD 8
/* ... and the body's block is longer by a tenth at least: paragraphs of
 * the same length that share their words are the article's own. */
#define LEAD_REPEAT_LONGER_TENTHS 11
/* ... and, for a standfirst that is the page's description, this share
 * of its words in the body's block. */
#define LEAD_REPEAT_DESCRIBED_OVERLAP 0.95
/* The standfirst's flag (AL_NODE_LEAD) on the block or this many
 * ancestors up. */
#define LEAD_REPEAT_DEPTH 2
/* The title repeated as a paragraph or a table's one-cell top row: among
 * the first this many items. */
#define TITLE_REPEAT_FIRST 3
/* ... or as the first line of a story's head block, over at most
 * TITLE_HEAD_MAX_LINES more lines of at most TITLE_HEAD_LINE_MAX_WORDS
 * words each (title_head_block). */
#define TITLE_HEAD_MAX_LINES 3
#define TITLE_HEAD_LINE_MAX_WORDS 8
/* ... or this many when the line is a dateline ([extract.dateline] first,
 * then a number: "Posted: Tuesday, March 14, 2006 | Updated 9:15 AM") */
#define TITLE_HEAD_DATELINE_MAX_WORDS 16
/* The rest of a box after the article (drop_box_remnant): among the last
 * REMNANT_LAST_BLOCKS blocks, a line of at most LABEL_MAX_WORDS words
 * alone in an ancestor (within REMNANT_MAX_DEPTH) whose text, chrome
 * included, is REMNANT_BOX_FACTOR times its own or more. */
#define REMNANT_LAST_BLOCKS 2
#define REMNANT_MAX_DEPTH 3
#define REMNANT_BOX_FACTOR 4
/* A box of key points that the body says again (drop_keypoints_repeat):
 * it starts among the first LEAD_REPEAT_FIRST blocks, holds at most
 * KEYPOINT_MAX_BLOCKS, a label of at most LABEL_MAX_WORDS first and
 * KEYPOINT_MIN_POINTS points or more of KEYPOINT_MIN_WORDS to
 * KEYPOINT_MAX_WORDS words, each with LEAD_REPEAT_OVERLAP of its word
 * pairs in a longer one of the next KEYPOINT_AHEAD blocks; its container is found within KEYPOINT_MAX_DEPTH
 * ancestors of its first block. */
#define KEYPOINT_MAX_BLOCKS 8
#define KEYPOINT_MIN_POINTS 2
#define KEYPOINT_MIN_WORDS 5
#define KEYPOINT_MAX_WORDS 40
#define KEYPOINT_AHEAD 12
#define KEYPOINT_MAX_DEPTH 4
/* ... or, point by point said in other words, when KEYPOINT_BOX_OVERLAP of
 * the words of all its points are words of the title or of the article's
 * blocks outside the box (the first KEYPOINT_MAX_ITEMS items are read). */
#define KEYPOINT_BOX_OVERLAP 0.8
#define KEYPOINT_MAX_ITEMS 4000
#define KEYPOINT_SLOTS 1024             /* > KEYPOINT_MAX_BLOCKS * KEYPOINT_MAX_WORDS, a power of 2 */
/* A comment thread by its shape (thread_section): at least
 * THREAD_MIN_ENTRIES sibling boxes under a heading with a count, or
 * THREAD_MIN_ENTRIES_UNCOUNTED under one without, each a
 * head line of at most THREAD_HEAD_MAX_WORDS words (a name and a time or a
 * date) and then at most THREAD_ENTRY_MAX_WORDS words of text; together
 * they hold at least THREAD_SHARE of the section's text. Boxes are looked
 * for among the heading's siblings and, one level down, inside a wrapper
 * (a <ul> of comments). */
#define THREAD_MIN_ENTRIES 2
#define THREAD_MIN_ENTRIES_UNCOUNTED 4
#define THREAD_HEAD_MAX_WORDS 12
#define THREAD_ENTRY_MAX_WORDS 150
#define THREAD_SHARE 0.6
/* ... or a heading with a count whose first block is a notice of at most
 * THREAD_NOTICE_MAX_WORDS words that speaks of comments (thread_notice). */
#define THREAD_NOTICE_MAX_WORDS 20

/* A date set as a heading (Blogger's "date-header": "Sunday, October 15,
 * 2023"): at most DATE_HEADING_MAX_WORDS words, two of them numbers, one a
 * year, the rest capitalised (weekday, month), no full stop. It heads no
 * section: the date is the page's metadata. "Election 2024" has one
 * number; "15 octobre 2023" is left alone (a lower-case word). */
#define DATE_HEADING_MAX_WORDS 5

static bool date_heading(const char *text)
{
    const char *p = text;
    int numbers = 0, year = 0, words = 0;

    while (*p) {
        size_t n;
        p += strspn(p, " ,./-");
        n = strcspn(p, " ,./-");
        if (n == 0)
            break;
        words++;
        if (strspn(p, "0123456789") == n) {
            numbers++;
            year += n == 4 && (p[0] == '1' || p[0] == '2');
        } else if (!(*p >= 'A' && *p <= 'Z')) {
            return false;
        }
        p += n;
    }
    return words <= DATE_HEADING_MAX_WORDS && numbers >= 2 && year == 1;
}

/* "3 Answers" over the answers of a Q&A page: a count, not a title. */
static bool answer_count(const char *key)
{
    size_t n = strspn(key, "0123456789"), k, count;
    const al_lang_entry *words = al_lang_table("extract.answer_count", NULL, &count);

    if (n == 0 || key[n] != ' ')
        return false;
    for (k = 0; k < count; k++)
        if (strcmp(key + n + 1, words[k].key) == 0)
            return true;
    return false;
}

/* A count of comments heading their thread, whatever follows ("6
 * komentarzy do „Recenzja ...”", "7 Kommentare zu ...", "12 comments on
 * ..."): a number, then a word of [extract.comment_word] ("komentarz*":
 * a stem). A section's title does not open with a count of comments. */
static bool comment_count(const char *key)
{
    size_t n = strspn(key, "0123456789"), k, count, wlen;
    const al_lang_entry *words = al_lang_table("extract.comment_word", NULL, &count);
    const char *w = key + n + 1;

    if (n == 0 || key[n] != ' ')
        return false;
    wlen = strcspn(w, " ");
    for (k = 0; k < count; k++) {
        const char *want = al_lang_entry_key(&words[k]);   /* "Kommentar*" -> "kommentar" */
        size_t len = want ? strlen(want) : 0;
        bool stem = strchr(words[k].key, '*') != NULL,
             hit = len && (stem ? wlen >= len && strncmp(w, want, len) == 0
                                : wlen == len && strncmp(w, want, len) == 0);
        if (hit)
            return true;
    }
    return false;
}

/* A count heading over the comment thread, known by the comment form
 * whatever its words: "6 thoughts on this story", "7 replies on “...”",
 * "3 pensieri su questa notizia", "9 respuestas a «...»" (WordPress's
 * comments title, any theme, any language). The heading opens with a
 * number and a word, and its element is the first text of the box that
 * also holds the comment form: a <textarea>, or a comment call of
 * [extract.comment] ("Leave a Reply") as the next heading of its level
 * (a theme that loads the form later), or that heading when its box holds
 * the <textarea> ("Dì la tua"). A section of the article that
 * opens with a count ("3 ways to save") is not the first text of the box
 * that holds a form after the article: that box holds the article too. */
static bool comment_thread_heading(const al_item *it, const char *key, const al_dom *dom)
{
    size_t n = strspn(key, "0123456789");
    int h = it->node, form = -1, box, k, level;
    unsigned before = 0;

    if (n == 0 || key[n] != ' ' || !isalpha((unsigned char)key[n + 1]) || h < 0 || h >= dom->count)
        return false;
    level = dom->nodes[h].tag >= GUMBO_TAG_H1 && dom->nodes[h].tag <= GUMBO_TAG_H6
                ? (int)(dom->nodes[h].tag - GUMBO_TAG_H1) + 1 : it->level;
    for (k = dom->nodes[h].end; k < dom->count && form < 0; k++) {
        GumboTag t = dom->nodes[k].tag;

        if (t == GUMBO_TAG_TEXTAREA) {
            form = k;
        } else if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6 && (int)(t - GUMBO_TAG_H1) + 1 <= level) {
            char *text = al_dom_text(dom, k, false), *hk = text ? al_text_key(text) : NULL;
            int p = dom->nodes[k].parent, j;

            if (hk && al_lexicon_match(AL_LEX_COMMENT, hk))
                form = k;
            for (j = k; form < 0 && p >= 0 && j < dom->nodes[p].end; j++)
                if (dom->nodes[j].tag == GUMBO_TAG_TEXTAREA)
                    form = k;               /* the form's own heading: "Dì la tua" */
            free(hk);
            free(text);
            if (form < 0)
                return false;
        }
    }
    if (form < 0)
        return false;
    for (box = dom->nodes[h].parent; box >= 0 && !(form < dom->nodes[box].end); box = dom->nodes[box].parent)
        ;
    if (box < 0)
        return false;
    for (k = box + 1; k < h; k++)
        if (dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_TEXT)
            before += dom->nodes[k].text_len;
    return before == 0;
}

/* A form's own heading, whatever its words ("Your Answer", "Ihre
 * Antwort"): the heading is the first text of a small box
 * (FORM_BOX_MAX_CHARS: the heading, a hint, a button) that holds a
 * <textarea> after it. Nothing in it is the article's: it asks the
 * reader to write. */
#define FORM_BOX_MAX_CHARS 400

static bool form_heading(const al_item *it, const al_dom *dom)
{
    int h = it->node, box, k;

    if (h < 0 || h >= dom->count || (box = dom->nodes[h].parent) < 0 ||
        dom->nodes[box].text_len > FORM_BOX_MAX_CHARS)
        return false;
    for (k = box + 1; k < h; k++)
        if (dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_TEXT && dom->nodes[k].text_len > 0)
            return false;
    for (k = dom->nodes[h].end; k < dom->nodes[box].end; k++)
        if (dom->nodes[k].tag == GUMBO_TAG_TEXTAREA)
            return true;
    return false;
}

/* Is KEY (an al_text_key) a word of TABLE, in any language, then NAME
 * (a key) and nothing more: "by jane doe", "sobre marcos ibarra"? */
static bool label_and_name(const char *key, const char *table, const char *name)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);
    bool hit = false;

    for (i = 0; name && *name && i < n && !hit; i++) {
        const char *word = al_lang_entry_key(&e[i]);
        size_t len = word ? strlen(word) : 0;
        hit = len && strncmp(key, word, len) == 0 && key[len] == ' ' && strcmp(key + len + 1, name) == 0;
    }
    return hit;
}

/* A byline set as a heading ("<h3>By Lucinda Farrow</h3>" over the
 * story): a byline word ([extract.byline_prefix]: "By", "Von", "Par")
 * and then exactly the byline's name, nothing more. It says who wrote
 * the story (the metadata reads it), it opens no section: the text under
 * it stays in the section above. */
static bool byline_heading(const char *key, const al_meta *meta)
{
    char *name = meta->byline ? al_text_key(meta->byline) : NULL;
    bool hit = label_and_name(key, "extract.byline_prefix", name);

    free(name);
    return hit;
}

/* A heading whose section is chrome. */
static bool junk_heading(const al_item *it, const char *key)
{
    size_t words = al_text_words(it->text);

    return al_lexicon_match(AL_LEX_HEADING, key) || comment_count(key) ||
           (words <= HEADING_APPEAL_MAX_WORDS && al_lexicon_count(AL_LEX_APPEAL, key) > 0) ||
           (words <= HEADING_PROMPT_MAX_WORDS && al_lexicon_match(AL_LEX_NEWSLETTER, key)) ||
           (words <= HEADING_PROMPT_MAX_WORDS && al_lexicon_match(AL_LEX_COMMENT, key));
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

/* Does heading text T carry a count: "Diskuse (5)", "Vad tycker du? (4)",
 * "Comments [12]", or a number first ("5 Gedanken zu dieser Folge")? */
static bool heading_has_count(const char *t)
{
    size_t n = strlen(t), d;

    while (n > 0 && isspace((unsigned char)t[n - 1]))
        n--;
    if (n >= 3 && (t[n - 1] == ')' || t[n - 1] == ']')) {
        for (d = n - 1; d > 0 && isdigit((unsigned char)t[d - 1]); d--)
            ;
        if (d < n - 1 && d > 0 && (t[d - 1] == '(' || t[d - 1] == '['))
            return true;
    }
    d = strspn(t, "0123456789");
    return d > 0 && t[d] == ' ';
}

/* Is KEY's word at W (N bytes) a word or phrase of TABLE, whole? For a
 * phrase before the word, BEFORE: does KEY end at W with one ("il y a"
 * before "2 heures")? */
static bool key_word_in(const char *key, const char *w, size_t n, const char *table, bool before)
{
    size_t i, count;
    const al_lang_entry *e = al_lang_table(table, NULL, &count);

    for (i = 0; i < count; i++) {
        size_t len = strlen(e[i].key);
        if (!before && len == n && strncmp(w, e[i].key, n) == 0)
            return true;
        if (before && (size_t)(w - key) >= len + 1 && w[-1] == ' ' && strncmp(w - 1 - len, e[i].key, len) == 0 &&
            (w - 1 - len == key || w[-2 - len] == ' '))
            return true;
    }
    return false;
}

/* Does head line S say how long ago it was written: a number, its unit
 * and a word of [extract.ago] after them ("2 giorni fa", "5 hours ago",
 * "1 uur geleden", "3 dni temu"), or one of [extract.ago_before] before
 * the number ("vor 2 Stunden", "hace 3 días", "il y a 2 heures")? A
 * comment's head, as a time is; a sentence tells it otherwise ("two
 * weeks ago" has no digits, "built 300 years ago" runs on). */
static bool relative_time(const char *s)
{
    char *key = al_text_key(s);
    bool hit = false;

    for (const char *p = key; p && *p && !hit; p += strcspn(p, " "), p += strspn(p, " ")) {
        size_t n = strspn(p, "0123456789"), u;
        const char *unit, *ago;
        if (n == 0 || (p[n] != ' ' && p[n] != '\0') || (p > key && p[-1] != ' '))
            continue;
        hit = key_word_in(key, p, n, "extract.ago_before", true);
        if (hit || p[n] != ' ')
            continue;
        unit = p + n + 1;
        u = strcspn(unit, " ");
        if (!unit[u])
            continue;
        ago = unit + u + 1;
        hit = key_word_in(key, ago, strcspn(ago, " "), "extract.ago", false);
    }
    free(key);
    return hit;
}

/* Does word W (WLEN bytes of a text key) name a month in any language's
 * [speech.months]: the name or a prefix of it of MONTH_MIN_LETTERS
 * letters or more ("dec", "déc", "dic")? */
#define MONTH_MIN_LETTERS 3
static bool month_word(const char *w, size_t wlen)
{
    size_t n, k;
    const al_lang_entry *e = al_lang_table("speech.months", NULL, &n);
    bool hit = false;

    if (wlen < MONTH_MIN_LETTERS || isdigit((unsigned char)w[0]))
        return false;
    for (k = 0; e && k < n && !hit; k++) {
        char *name = e[k].value ? al_text_key(e[k].value) : NULL;
        hit = name && strlen(name) >= wlen && strncmp(name, w, wlen) == 0 && !strchr(name, ' ');
        free(name);
    }
    return hit;
}

/* Does head line S date its comment by a month and a day without a year
 * ("Dec 1", "1 déc.", "3. März"): a number of one or two digits up to 31
 * right beside a month's name or abbreviation (month_word)? A comment
 * platform leaves out the current year. */
static bool month_day(const char *s)
{
    char *key = al_text_key(s);
    const char *prev = NULL, *p;
    size_t prevlen = 0;
    bool hit = false;

    for (p = key; p && *p && !hit; p += strspn(p, " ")) {
        size_t n = strcspn(p, " "), d = strspn(p, "0123456789");
        if (d == n && d <= 2 && atoi(p) >= 1 && atoi(p) <= 31) {
            const char *next = p + n + strspn(p + n, " ");
            hit = (prev && month_word(prev, prevlen)) || (*next && month_word(next, strcspn(next, " ")));
        }
        prev = p;
        prevlen = n;
        p += n;
    }
    free(key);
    return hit;
}

/* When a comment was written, in its head line S: 2 for a time ("10:14",
 * "15.20", "um 09:12") or a relative time ("2 giorni fa"), 1 for a date
 * (a year, 19xx or 20xx, and a day of one or two digits: "3 déc. 2026",
 * "March 3, 2024"; or a month and a day: "Dec 1"), else 0. A title with
 * its year ("The Brutalist (2024)") is no date. */
static int comment_when(const char *s)
{
    const char *p = s;
    bool year = false, day = false;

    if (relative_time(s))
        return 2;
    while (*p) {
        size_t n;

        if (!isdigit((unsigned char)*p)) {
            p++;
            continue;
        }
        n = strspn(p, "0123456789");
        if (p > s && (p[-1] == ':' || p[-1] == '.') && p - 1 > s && isdigit((unsigned char)p[-2])) {
            p += n;                     /* the minutes of a time seen, or a date's part */
            continue;
        }
        if (n <= 2 && (p[n] == ':' || p[n] == '.') && strspn(p + n + 1, "0123456789") == 2 &&
            !isdigit((unsigned char)p[n + 3]) && atoi(p) < 24 && atoi(p + n + 1) < 60)
            return 2;
        year |= n == 4 && (strncmp(p, "19", 2) == 0 || strncmp(p, "20", 2) == 0);
        day |= n <= 2;
        p += n;
    }
    return (year && day) || month_day(s) ? 1 : 0;
}

/* The head line of comment box C written inline, its name and time in
 * <b> and <span> before the comment's first block ("<div><b>Teo</b>
 * <span>5 ore fa</span><p>...</p></div>"): the text of C's children
 * before its first block child, when that block and more text follow;
 * NULL otherwise. A new string. */
static char *inline_head(const al_dom *dom, int c)
{
    int k;
    size_t len = 0;
    char *head = NULL;

    for (k = c + 1; k < dom->nodes[c].end && !(!(dom->nodes[k].flags & AL_NODE_TEXT) &&
                                               al_dom_is_block_tag(dom->nodes[k].tag));
         k = dom->nodes[k].end) {
        char *t = al_dom_text(dom, k, false), *more;
        size_t n = t ? strlen(t) : 0;
        if (n && (more = realloc(head, len + n + 2)) != NULL) {
            head = more;
            if (len)
                head[len++] = ' ';
            memcpy(head + len, t, n + 1);
            len += n;
        }
        free(t);
    }
    if (k >= dom->nodes[c].end || dom->nodes[k].text_len == 0 || !head) {
        free(head);
        return NULL;                    /* no block under the head: no comment's text */
    }
    return head;
}

/* The text of element I with a space between its text nodes: a head
 * line's name and date are often two elements that only the stylesheet
 * sets apart ("<a>Mike Trujillo</a><span>Dec 1</span>"). A new string. */
static char *spaced_text(const al_dom *dom, int i)
{
    size_t len = 0, n;
    char *out = malloc(1), *more;
    int k;

    if (!out)
        return NULL;
    *out = '\0';
    for (k = i + 1; k < dom->nodes[i].end; k++) {
        const char *t;
        if (!dom->nodes[k].g || dom->nodes[k].g->type != GUMBO_NODE_TEXT)
            continue;
        t = dom->nodes[k].g->v.text.text;
        n = strlen(t);
        if (!(more = realloc(out, len + n + 2))) {
            free(out);
            return NULL;
        }
        out = more;
        if (len)
            out[len++] = ' ';
        memcpy(out + len, t, n + 1);
        len += n;
    }
    return out;
}

/* The block that holds box C's first text: its head line (C itself when
 * the head is written inline), or -1. */
static int entry_head(const al_dom *dom, int c)
{
    int k, head = -1;

    for (k = c + 1; k < dom->nodes[c].end && head < 0; k++)
        if (dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_TEXT && dom->nodes[k].text_len > 0)
            for (head = dom->nodes[k].parent; head > c && !(dom->nodes[head].flags & AL_NODE_BLOCK);
                 head = dom->nodes[head].parent)
                ;
    return head;
}

/* Is element C a box that opens with a head line: its first line of text
 * a block of at most HEAD_MAX words holding when it was written
 * (comment_when) and a word (the name), then some text of its own, at
 * most ENTRY_MAX words in all (0: any length, a forum's opening post)?
 * A heading element as the head needs a time: a list of films has their
 * titles as headings, "1. The Brutalist (2024)". */
static bool entry_head_ok(const al_dom *dom, int c, size_t head_max, size_t entry_max)
{
    int head;
    char *text;
    bool ok = false, word = false;
    const char *p;

    if (dom->nodes[c].flags & AL_NODE_TEXT || dom->nodes[c].text_len == 0)
        return false;
    head = entry_head(dom, c);
    if (head == c) {
        text = inline_head(dom, c);     /* "<b>Franco_PD</b> <span>2 giorni fa</span><p>..." */
    } else if (head < c || dom->nodes[head].text_len >= dom->nodes[c].text_len) {
        return false;                   /* no head of its own, or nothing under it */
    } else {
        text = spaced_text(dom, head);
    }
    if (!text)
        return false;
    for (p = text; *p && !word; p++)
        word = (unsigned char)*p >= 0x80 || isalpha((unsigned char)*p);
    ok = word && al_text_words(text) <= head_max &&
         comment_when(text) > (dom->nodes[head].tag >= GUMBO_TAG_H1 && dom->nodes[head].tag <= GUMBO_TAG_H6);
    free(text);
    if (ok && entry_max > 0 && (text = al_dom_text(dom, c, false))) {
        ok = al_text_words(text) <= entry_max;
        free(text);
    }
    return ok;
}

/* Is element C one comment of a thread: its first line of text a head (a
 * block of at most THREAD_HEAD_MAX_WORDS holding when it was written,
 * comment_when, and a word: the name), then some text of its own, at
 * most THREAD_ENTRY_MAX_WORDS words in all? A live blog's entry opens
 * with a time alone; a schedule's day has no text under its line; a
 * heading element as the head needs a time (entry_head_ok). */
static bool thread_entry(const al_dom *dom, int c)
{
    return entry_head_ok(dom, c, THREAD_HEAD_MAX_WORDS, THREAD_ENTRY_MAX_WORDS);
}

/* A thread's count given by its closing link: the last block of the
 * section that ends before END, all of it a link of at most
 * THREAD_MORE_MAX_WORDS words, with a number larger than the FOUND
 * comments shown ("Bekijk alle 48 berichten", "View all 12 comments",
 * "Alle 48 Beiträge anzeigen"): the page shows a thread's first messages
 * and links to the rest, whatever its words. */
#define THREAD_MORE_MAX_WORDS 6
static bool thread_more_link(const al_items *items, size_t h, size_t end, int found)
{
    const al_item *it;
    const char *p;

    while (end > h + 1 && items->items[end - 1].kind == AL_ITEM_RULE)
        end--;
    if (end <= h + 1)
        return false;
    it = &items->items[end - 1];
    if (!al_item_is_block(it) || it->link_len < it->text_len || al_text_words(it->text) > THREAD_MORE_MAX_WORDS)
        return false;
    for (p = it->text; *p; p++)
        if (isdigit((unsigned char)*p) && (p == it->text || !isdigit((unsigned char)p[-1])) &&
            strtol(p, NULL, 10) > found)
            return true;
    return false;
}

/* A thread's closing call: the last block of the section that ends before
 * END, at most THREAD_MORE_MAX_WORDS words, a comment call of
 * [extract.comment] ("Répondre à cet article" under a SPIP forum, "Leave
 * a comment"): the page asks for one more message under the ones it
 * shows, whatever its words for the thread's heading ("Forum"). */
static bool thread_call(const al_items *items, size_t h, size_t end)
{
    const al_item *it;
    char *key;
    bool hit;

    while (end > h + 1 && items->items[end - 1].kind == AL_ITEM_RULE)
        end--;
    if (end <= h + 1)
        return false;
    it = &items->items[end - 1];
    if (!al_item_is_block(it) || al_text_words(it->text) > THREAD_MORE_MAX_WORDS ||
        !(key = al_text_key(it->text)))
        return false;
    hit = al_lexicon_match(AL_LEX_COMMENT, key);
    free(key);
    return hit;
}

/* A comment thread known by its shape, whatever its words and class
 * names: heading H ("Diskuse (5)", "Vad tycker du? (4)") carries a count
 * (heading_has_count) or its section closes with a link that counts more
 * comments than it shows (thread_more_link: "Bekijk alle 48 berichten"
 * under a condolence register, b28-nl-in-memoriam-veerman-waal,
 * en-obituary-guestbook-preview) or with a comment call (thread_call:
 * "Répondre à cet article" under a SPIP forum's "Forum",
 * b33-fr-media-libre-cantine-regie-tipeee, fr-spip-forum-messages),
 * and its section holds THREAD_MIN_ENTRIES or more
 * comments (thread_entry: a name with a time or a date, then a short
 * text), the heading's siblings or one wrapper's children (a wrapper that
 * holds two comments or more is no comment itself, however short: a
 * SPIP forum's <ul> of two messages), which make
 * THREAD_SHARE of the section's text at least. A heading without a
 * count ("Discussion about this post") needs THREAD_MIN_ENTRIES_UNCOUNTED
 * such comments: two boxes that open with a name and a date may be two
 * dated entries of an article, four in a row that make most of the
 * section are a thread. An article's section with
 * a count ("3 things I would do differently") holds paragraphs, not boxes
 * that each open with a name and a time. */
static bool thread_section(const al_items *items, const al_dom *dom, size_t h)
{
    size_t end = section_end(items, h), j, text = 0, inside = 0;
    int hn = items->items[h].node, box, c, d, stop, nfound = 0, need;
    int *found;

    if (hn < 0 || hn >= dom->count || end == h + 1)
        return false;
    need = heading_has_count(items->items[h].text) ? THREAD_MIN_ENTRIES : THREAD_MIN_ENTRIES_UNCOUNTED;
    box = dom->nodes[hn].parent;
    if (box < 0)
        return false;
    stop = end < items->count ? items->items[end].node : dom->nodes[box].end;
    if (stop > dom->nodes[box].end)
        stop = dom->nodes[box].end;
    if (!(found = malloc(sizeof *found * (size_t)(dom->nodes[box].end - box))))
        return false;
    for (c = dom->nodes[hn].end; c < stop; c = dom->nodes[c].end) {
        int inner = nfound;

        for (d = c + 1; d < dom->nodes[c].end; d = dom->nodes[d].end)
            if (thread_entry(dom, d))
                found[nfound++] = d;
        if (nfound - inner < THREAD_MIN_ENTRIES && thread_entry(dom, c)) {
            nfound = inner;             /* one comment, whatever its parts */
            found[nfound++] = c;
        }
    }
    for (j = h + 1; j < end; j++) {
        const al_item *it = &items->items[j];
        int e;

        text += it->text_len;
        for (e = 0; e < nfound; e++)
            if (it->node >= found[e] && it->node < dom->nodes[found[e]].end) {
                inside += it->text_len;
                break;
            }
    }
    free(found);
    if (nfound >= THREAD_MIN_ENTRIES && nfound < need &&
        (thread_more_link(items, h, end, nfound) || thread_call(items, h, end)))
        need = THREAD_MIN_ENTRIES;
    return nfound >= need && text > 0 && inside >= THREAD_SHARE * (double)text;
}

/* A comment thread known by its notice: heading H carries a count
 * (heading_has_count: "Réactions (4)") and the first block under it is a
 * short line (at most THREAD_NOTICE_MAX_WORDS words) with a word of
 * comments ([extract.comment_word]: "Les commentaires sont réservés aux
 * abonnés.", "Comments are moderated before they appear."), whatever
 * the comments look like (a name in bold over a line, no time). An
 * article's section with a count opens with its own text. */
static bool thread_notice(const al_items *items, size_t h)
{
    size_t j;
    char *key;
    bool hit;

    if (!heading_has_count(items->items[h].text))
        return false;
    for (j = h + 1; j < items->count && items->items[j].kind == AL_ITEM_RULE; j++)
        ;
    if (j >= items->count || items->items[j].kind != ALOUD_BLOCK_PARAGRAPH ||
        al_text_words(items->items[j].text) > THREAD_NOTICE_MAX_WORDS || !(key = al_text_key(items->items[j].text)))
        return false;
    hit = al_block_key_has_table_word(key, "extract.comment_word");
    free(key);
    return hit;
}

/* A comment thread known by what closes it, whatever its class names: a
 * short block that speaks of comments (at most THREAD_NOTICE_MAX_WORDS
 * words with a word of [extract.comment_word] or a call of
 * [extract.comment]: "Only members can comment.", "Alleen leden kunnen
 * reageren.", "Post a comment" over the form), first in its box, right
 * after THREAD_MIN_ENTRIES or more sibling boxes of one kind (the same tag
 * and a class word in common, opaque or none: a template repeats itself),
 * each a comment (closed_entry). The boxes go with the closing box and the
 * label right before them ("Diskussion", "Reacties (2)"), when the article
 * comes before them. An article's own boxes ("Step 1" over its text) have
 * no name over them, and no comment call after them. */
#define CLOSED_CLIMB 3
#define CLOSED_NAME_MAX_WORDS 3
#define CLOSED_NOTICE_MAX_CHARS 200
#define CLOSED_ENTRY_MAX_CHARS (THREAD_ENTRY_MAX_WORDS * 12)

/* Is LINE a comment's head: a time or a date (comment_when), or a name
 * (at most CLOSED_NAME_MAX_WORDS words, a letter first, no count, no
 * question or exclamation: "Lisa T.", "Hannes", "Leser_8010")? */
static bool closed_head(const char *line)
{
    size_t n = strlen(line), words = al_text_words(line);
    const char *p;

    if (words == 0 || words > THREAD_HEAD_MAX_WORDS)
        return false;
    if (comment_when(line) > 0)
        return true;
    if (words > CLOSED_NAME_MAX_WORDS || strchr("!?:", line[n - 1]) ||
        !((unsigned char)line[0] >= 0x80 || isalpha((unsigned char)line[0])))
        return false;
    for (p = line; *p; p += strspn(p, " ")) {
        size_t w = strcspn(p, " ");
        if (strspn(p, "0123456789.,") == w)
            return false;                   /* "Step 1": a count, not a name */
        p += w;
    }
    return true;
}

/* Is box C one comment: at most THREAD_ENTRY_MAX_WORDS words in two
 * lines or more (al_dom_text_lines), its first or its last line a head
 * (closed_head) and shorter than the rest ("Posted by: Ann | March 11,
 * 2024 09:02 AM" under the comment)? */
static bool closed_entry(const al_dom *dom, int c)
{
    char *text, *nl, *last;
    size_t total;
    bool ok;

    if (dom->nodes[c].text_len > CLOSED_ENTRY_MAX_CHARS)
        return false;                         /* the article's body, not one comment */
    if (!(text = al_dom_text_lines(dom, c, AL_NODE_DROP)))
        return false;
    total = strlen(text);
    nl = strchr(text, '\n');
    last = strrchr(text, '\n');
    ok = nl && al_text_words(text) <= THREAD_ENTRY_MAX_WORDS;
    if (ok) {
        *nl = '\0';                           /* the first line ends; the last starts after */
        last++;
        ok = (closed_head(text) && 2 * strlen(text) < total) ||
             (closed_head(last) && 2 * strlen(last) < total);
    }
    free(text);
    return ok;
}

/* The element with text before node I under the same parent, or -1. */
static int prev_with_text(const al_dom *dom, int i)
{
    int p = al_dom_prev_element(dom, i);

    while (p >= 0 && dom->nodes[p].text_len == 0)
        p = al_dom_prev_element(dom, p);
    return p;
}

/* Are elements A and B boxes of one kind: the same tag, and a class
 * word in common or no class at all ("comment by-ann", "comment
 * by-tom")? */
static bool same_kind(const al_dom *dom, int a, int b)
{
    const char *ca = al_dom_attr(dom, a, "class"), *cb = al_dom_attr(dom, b, "class"), *w;
    bool shared = false;

    if (dom->nodes[a].tag != dom->nodes[b].tag)
        return false;
    if (!ca || !cb || !ca[strspn(ca, " ")] || !cb[strspn(cb, " ")])
        return (!ca || !ca[strspn(ca, " ")]) && (!cb || !cb[strspn(cb, " ")]);
    for (w = ca + strspn(ca, " "); *w && !shared; w += strspn(w, " ")) {
        size_t n = strcspn(w, " ");
        char *word = al_strndup(w, n);
        shared = word && al_dom_attr_has_token(dom, b, "class", word);
        free(word);
        w += n;
    }
    return shared;
}

/* A forum thread's replies under a count heading ("5 reacties"), read
 * as tests/pages/README.md ("Forum threads") says: a thread is a
 * conversation, its replies are what the page is for. Known by its
 * shape, whatever its words and class names: the heading opens a box of
 * THREAD_MIN_ENTRIES or more replies (entry_head_ok: a head line with a
 * name and when, then text), boxes of one kind (same_kind) that hold
 * THREAD_SHARE of the box's text at least; the box comes right after the
 * opening post (inside FORUM_UP wrappers at most), a box of the same
 * kind whose head is a user card (at most FORUM_CARD_MAX_WORDS words with
 * when, not a byline: "By NAME", "Door NAME") and that sits under the
 * page's <h1>, with at most FORUM_TITLE_GAP lines between them of at most
 * FORUM_TITLE_GAP_WORDS words (the thread's counts). A news story's
 * comments fail the last test: the story holds its <h1>, opens with a
 * byline, or is not a box of the comments' kind. */
#define FORUM_CARD_MAX_WORDS 24
#define FORUM_TITLE_GAP 2
#define FORUM_TITLE_GAP_WORDS 20
#define FORUM_TITLE_BOX_WORDS 40
#define FORUM_UP 2
#define POST_TOOL_SEP_CHARS 3   /* " · ", " | " */
#define POST_BADGE_MAX_WORDS 3

static bool holds_tag(const al_dom *dom, int i, GumboTag tag)
{
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == tag && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
    return false;
}

/* Does box C's first text open with a byline word ([extract.byline_prefix])? */
static bool opens_with_byline(const al_dom *dom, int c)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table("extract.byline_prefix", NULL, &n);
    char *key = NULL;
    bool hit = false;

    for (int k = c + 1; k < dom->nodes[c].end && !key; k++)
        if (dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_TEXT &&
            dom->nodes[k].text_len > 0)
            key = al_text_key(dom->nodes[k].g->v.text.text);
    for (i = 0; key && i < n && !hit; i++) {
        const char *word = al_lang_entry_key(&e[i]);
        size_t len = word ? strlen(word) : 0;
        hit = len && strncmp(key, word, len) == 0 && (key[len] == ' ' || key[len] == '\0');
    }
    free(key);
    return hit;
}

/* Does element O sit under the page's <h1>: the <h1> (or a short box
 * holding it) before O, with only a few short lines between, climbing
 * out of wrappers O opens? */
static bool under_title(const al_dom *dom, int o)
{
    int p, gap = 0, up = 0;

    for (p = prev_with_text(dom, o); p < 0 && up < FORUM_UP && dom->nodes[o].parent >= 0; up++) {
        o = dom->nodes[o].parent;
        p = prev_with_text(dom, o);
    }
    for (; p >= 0; p = prev_with_text(dom, p)) {
        char *text;
        size_t words;

        if (dom->nodes[p].tag == GUMBO_TAG_H1)
            return true;
        if (!(text = al_dom_text(dom, p, false)))
            return false;
        words = al_text_words(text);
        free(text);
        if (holds_tag(dom, p, GUMBO_TAG_H1))
            return words <= FORUM_TITLE_BOX_WORDS;
        if (++gap > FORUM_TITLE_GAP || words > FORUM_TITLE_GAP_WORDS)
            return false;
    }
    return false;
}

/* The one element of I that holds all its text, or -1. */
static int sole_child(const al_dom *dom, int i)
{
    int c, only = -1;

    for (c = i + 1; c < dom->nodes[i].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].text_len <= ((dom->nodes[c].flags & AL_NODE_TEXT) ? 1u : 0u))
            continue;                   /* white space between tags */
        if (only >= 0 || (dom->nodes[c].flags & AL_NODE_TEXT))
            return -1;
        only = c;
    }
    return only;
}

/* The opening post of the forum thread whose replies heading H heads,
 * or -1. */
static int forum_replies(const al_items *items, const al_dom *dom, size_t h)
{
    int hn = items->items[h].node, box, o, c, x, up, replies = 0;
    size_t total = 0, inside = 0;

    if (hn < 0 || hn >= dom->count || (box = dom->nodes[hn].parent) < 0 ||
        prev_with_text(dom, hn) >= 0)
        return -1;                      /* the heading opens its box */
    for (x = box, o = -1, up = 0; o < 0 && x >= 0 && up <= FORUM_UP; up++, x = dom->nodes[x].parent)
        o = prev_with_text(dom, x);
    for (up = 0; o >= 0 && up < FORUM_UP && (x = sole_child(dom, o)) >= 0; up++)
        o = x;                          /* the post inside its wrapper */
    if (o < 0 || holds_tag(dom, o, GUMBO_TAG_H1) ||
        !entry_head_ok(dom, o, FORUM_CARD_MAX_WORDS, 0) || opens_with_byline(dom, o))
        return -1;
    for (c = dom->nodes[hn].end; c < dom->nodes[box].end; c = dom->nodes[c].end) {
        if ((dom->nodes[c].flags & AL_NODE_TEXT) || dom->nodes[c].text_len == 0)
            continue;
        total += dom->nodes[c].text_len;
        if (same_kind(dom, o, c) && entry_head_ok(dom, c, FORUM_CARD_MAX_WORDS, 0)) {
            replies++;
            inside += dom->nodes[c].text_len;
        }
    }
    if (replies < THREAD_MIN_ENTRIES || inside < THREAD_SHARE * (double)total || !under_title(dom, o))
        return -1;
    return o;
}

/* A reply's tools (tools_row): two links or more with only separators
 * between them and no sentence ("Melden · Citeren", "Reply | Quote"),
 * where a writer's text would have words of its own. */
static bool tools_row(const al_item *it, const al_dom *dom)
{
    int k, links = 0;

    if (it->node < 0 || it->node >= dom->count || al_block_ends_sentence(it->text))
        return false;
    for (k = it->node; k < dom->nodes[it->node].end; k++)
        if (dom->nodes[k].tag == GUMBO_TAG_A && !(dom->nodes[k].flags & AL_NODE_TEXT) &&
            dom->nodes[k].text_len > 0) {
            links++;
            k = dom->nodes[k].end - 1;
        }
    return links >= 2 && it->text_len - it->link_len <= POST_TOOL_SEP_CHARS * (unsigned)(links - 1);
}

/* A reply's badge: its first block under its head line, at most
 * POST_BADGE_MAX_WORDS words with no punctuation and no link ("Beste
 * antwoord", "Solved", "Accepted answer"), over the reply's own text;
 * a label for the eye, as the accepted mark of a Q&A page. */
static bool badge_line(const al_item *it)
{
    const unsigned char *p;

    if (it->kind != ALOUD_BLOCK_PARAGRAPH || it->link_len > 0 ||
        al_text_words(it->text) > POST_BADGE_MAX_WORDS)
        return false;
    for (p = (const unsigned char *)it->text; *p; p++)
        if (*p < 0x80 && ispunct(*p))
            return false;
    return true;
}

/* The child of BOX that holds node N, or -1. */
static int child_holding(const al_dom *dom, int box, int n)
{
    while (n >= 0 && dom->nodes[n].parent != box)
        n = dom->nodes[n].parent;
    return n;
}

/* Is item IT inside head line HEAD of post box BOX (entry_head)? */
static bool in_head(const al_item *it, const al_dom *dom, int box, int head)
{
    return head > box && it->node >= head && it->node < dom->nodes[head].end;
}

/* Under heading H over a forum thread's replies (forum_replies, with
 * opening post O), drop each post's head line (the user card: name,
 * figures, time) and each reply's tools row and badge: the posts are
 * read, their cards, buttons and labels are not. */
static void drop_reply_furniture(al_items *items, const al_dom *dom, size_t h, int o)
{
    size_t end = section_end(items, h), j, k;
    int box = dom->nodes[items->items[h].node].parent, reply = -1, head = entry_head(dom, o);
    bool first = false;

    for (j = h; j-- > 0 && items->items[j].node >= o;)
        if (in_head(&items->items[j], dom, o, head))
            items->items[j].junk = true;

    for (j = h + 1; j < end; j++) {
        al_item *it = &items->items[j];
        int r = it->node >= 0 ? child_holding(dom, box, it->node) : -1;

        if (r < 0)
            continue;
        if (r != reply) {
            reply = r;
            head = entry_head(dom, r);
            first = true;
        }
        if (in_head(it, dom, r, head))
            it->junk = true;            /* the head line */
        if (it->junk)
            continue;
        if (tools_row(it, dom)) {
            it->junk = true;
        } else if (first && badge_line(it)) {
            for (k = j + 1; k < end && child_holding(dom, box, items->items[k].node) == r; k++)
                if (al_block_ends_sentence(items->items[k].text)) {
                    it->junk = true;    /* over the reply's own text */
                    break;
                }
        }
        first = false;
    }
}

/* Does element K, a short block, close a thread: at most
 * THREAD_NOTICE_MAX_WORDS words, dropped or not (the form's "Post a
 * comment"), with no block inside, that speaks of comments? */
static bool closes_thread(const al_dom *dom, int k)
{
    char *text, *key;
    bool hit = false;

    for (int j = k + 1; j < dom->nodes[k].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && (dom->nodes[j].flags & AL_NODE_BLOCK))
            return false;
    if (!(text = al_dom_text(dom, k, false)))
        return false;
    if (al_text_words(text) <= THREAD_NOTICE_MAX_WORDS && (key = al_text_key(text))) {
        hit = al_block_key_has_table_word(key, "extract.comment_word") ||
              al_lexicon_match(AL_LEX_COMMENT, key);
        free(key);
    }
    free(text);
    return hit;
}

/* Comments under a post on a Q&A site, whatever their class names: a
 * list (<ul>, <ol>) of PERMALINKED_MIN_ENTRIES or more items, each a short
 * text (at most THREAD_ENTRY_MAX_WORDS) that holds, besides words of its
 * own, a link to an anchor of the page whose whole text is when it was
 * written ("What does date print ...? - marek-w <a href=#comment1402217>
 * Mar 27, 2023 at 8:02</a>"): each entry's permalink and time, as a
 * comment carries them. An article's list names no time to link to in
 * every entry; a contents list is links and no words of its own. */
#define PERMALINKED_MIN_ENTRIES 2
#define PERMALINK_MAX_WORDS 8
#define PERMALINKED_MAX_NODES 256

/* Does list item LI hold a permalink (an in-page link whose text is a
 * date or a time) and THREAD_ENTRY_MAX_WORDS words at most, at least
 * LABEL_MAX_WORDS of them outside its links? An entry of more than
 * CLOSED_ENTRY_MAX_CHARS characters or PERMALINKED_MAX_NODES nodes is
 * none, asked before its subtree is walked. */
static bool permalinked_entry(const al_dom *dom, int li)
{
    bool stamp = false;
    size_t words, linked = 0;
    char *text;

    if (dom->nodes[li].text_len > CLOSED_ENTRY_MAX_CHARS || dom->nodes[li].end - li > PERMALINKED_MAX_NODES)
        return false;                   /* (the size first: nested lists hold the rest of the page) */
    for (int j = li + 1; j < dom->nodes[li].end; j++) {
        const char *href;
        char *t;

        if (dom->nodes[j].tag != GUMBO_TAG_A || !(t = al_dom_text(dom, j, false)))
            continue;
        href = al_dom_attr(dom, j, "href");
        linked += al_text_words(t);
        if (!stamp && href && href[0] == '#' && href[1] && al_text_words(t) <= PERMALINK_MAX_WORDS)
            stamp = comment_when(t) > 0;
        free(t);
        j = dom->nodes[j].end - 1;
    }
    if (!stamp || !(text = al_dom_text(dom, li, false)))
        return false;
    words = al_text_words(text);
    free(text);
    return words <= THREAD_ENTRY_MAX_WORDS && words >= linked + LABEL_MAX_WORDS;
}

static void drop_permalinked_comments(al_items *items, const al_dom *dom)
{
    size_t j = 0;

    for (int l = 0; l < dom->count; l++) {
        int entries = 0, c;

        if (dom->nodes[l].tag != GUMBO_TAG_UL && dom->nodes[l].tag != GUMBO_TAG_OL)
            continue;
        for (c = l + 1; c < dom->nodes[l].end; c = dom->nodes[c].end) {
            if (dom->nodes[c].flags & AL_NODE_TEXT)
                continue;
            if (dom->nodes[c].tag != GUMBO_TAG_LI || !permalinked_entry(dom, c))
                break;
            entries++;
        }
        if (c < dom->nodes[l].end || entries < PERMALINKED_MIN_ENTRIES)
            continue;
        while (j < items->count && items->items[j].node < l)
            j++;
        for (; j < items->count && items->items[j].node < dom->nodes[l].end; j++)
            items->items[j].junk = true;
        l = dom->nodes[l].end - 1;
    }
}

static void drop_closed_threads(al_items *items, const al_dom *dom)
{
    for (int k = 0; k < dom->count; k++) {
        int a = k, first = -1, label, start, stop, climb, n, p, q;
        size_t j;
        bool before = false;

        if (!(dom->nodes[k].flags & AL_NODE_BLOCK) || dom->nodes[k].text_len == 0 ||
            dom->nodes[k].text_len > CLOSED_NOTICE_MAX_CHARS)
            continue;
        for (climb = 0; a >= 0 && climb < CLOSED_CLIMB && prev_with_text(dom, a) < 0; climb++)
            a = dom->nodes[a].parent;           /* the closer must open its box */
        p = a >= 0 ? prev_with_text(dom, a) : -1;
        q = p >= 0 ? prev_with_text(dom, p) : -1;
        if (q < 0 || dom->nodes[p].text_len > CLOSED_ENTRY_MAX_CHARS || !same_kind(dom, p, q) ||
            !closes_thread(dom, k))
            continue;                           /* the cheap tests first: most blocks fail them */
        for (n = 0; p >= 0 && (n == 0 || same_kind(dom, p, first)) && closed_entry(dom, p);
             p = prev_with_text(dom, p))
            first = p, n++;
        if (n < THREAD_MIN_ENTRIES || a < 0)
            continue;
        start = first;
        label = prev_with_text(dom, first);
        if (label >= 0) {
            char *t = al_dom_text(dom, label, true);
            size_t len = t ? strlen(t) : 0;
            if (len && al_text_words(t) <= LABEL_MAX_WORDS &&
                ((dom->nodes[label].tag >= GUMBO_TAG_H1 && dom->nodes[label].tag <= GUMBO_TAG_H6) ||
                 !strchr(".!?", t[len - 1])))
                start = label;
            free(t);
        }
        stop = dom->nodes[a].end;
        for (j = 0; j < items->count && items->items[j].node < start; j++)
            before = before || (al_item_is_block(&items->items[j]) && !items->items[j].junk);
        for (; before && j < items->count && items->items[j].node < stop; j++)
            items->items[j].junk = true;
        k = stop - 1;
    }
}

/* A heading inside a recipe card (recipe.c) that names an end-matter
 * section ("Note", "Notes", "Anmerkungen": [extract.heading]) heads the
 * recipe's own notes when its section is prose, not links (under
 * LINKED_SHARE of its text): a list of references or of other recipes
 * under it is still dropped. Comment, newsletter and appeal headings are
 * never a recipe's part. */
static bool recipe_part(const al_items *items, const al_dom *dom, size_t h, const char *key)
{
    size_t j, end, text = 0, link = 0;

    if (!(dom->nodes[items->items[h].node].flags & AL_NODE_RECIPE) || !al_lexicon_match(AL_LEX_HEADING, key) ||
        al_lexicon_match(AL_LEX_COMMENT, key) || al_lexicon_match(AL_LEX_NEWSLETTER, key) ||
        al_lexicon_count(AL_LEX_APPEAL, key) > 0)
        return false;
    for (j = h + 1, end = section_end(items, h); j < end; j++) {
        text += items->items[j].text_len;
        link += items->items[j].link_len;
    }
    return text > 0 && link < LINKED_SHARE * text;
}

/* A section headed by a comments word ([extract.comment_word]: "Reacties",
 * "Réactions", "Comments") that is the article's own prose: a press
 * release's "Reacties" with its executives' quotes
 * (tests/pages/b30-nl-persbericht-warmtenet-veenoord). Evidence of
 * position and shape: the heading, a short one with no count, stands
 * among the article's paragraphs, in their element, right after one that
 * is read; every block under it is a paragraph of OWN_PROSE_MIN_WORDS
 * words or more in that same element (a short closing line after them,
 * "– einde persbericht –", is left to its own rules); and nothing between the heading and
 * the section's last paragraph has a comment list's marks: no link (an
 * author's name, "Reply"), no <time>, no form, no list, no picture (an
 * avatar). A comment list sits in a box of its own, each comment signed
 * and dated. */
#define OWN_PROSE_MAX_HEAD_WORDS 3
#define OWN_PROSE_MIN_WORDS 12

static bool own_prose_section(const al_items *items, const al_dom *dom, size_t h, const char *key)
{
    const al_item *head = &items->items[h];
    size_t end = section_end(items, h), prev;
    int body, last = -1;
    bool closing = false;

    if (h == 0 || end == h + 1 || head->node < 0 || al_text_words(head->text) > OWN_PROSE_MAX_HEAD_WORDS ||
        heading_has_count(head->text) || !al_block_key_has_table_word(key, "extract.comment_word"))
        return false;
    body = dom->nodes[head->node].parent;
    for (prev = h; prev-- > 0 && !al_item_is_block(&items->items[prev]);)
        ;
    if (prev >= h || items->items[prev].junk || items->items[prev].node < 0 ||
        dom->nodes[items->items[prev].node].parent != body)
        return false;
    for (size_t j = h + 1; j < end; j++) {
        const al_item *it = &items->items[j];
        size_t n = strlen(it->text);
        if (it->junk)
            continue;
        if (last >= 0 && it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_words(it->text) <= LABEL_MAX_WORDS && n &&
            !strchr(".!?:", it->text[n - 1])) {
            closing = true;     /* a closing line ("– einde persbericht –"), judged on its own */
            continue;
        }
        if (closing || it->kind != ALOUD_BLOCK_PARAGRAPH || it->node < 0 || dom->nodes[it->node].parent != body ||
            al_text_words(it->text) < OWN_PROSE_MIN_WORDS)
            return false;
        last = it->node;
    }
    if (last < 0)
        return false;
    for (int i = dom->nodes[head->node].end; i < dom->nodes[last].end; i++) {
        GumboTag t = dom->nodes[i].tag;
        if (!(dom->nodes[i].flags & AL_NODE_TEXT) &&
            (t == GUMBO_TAG_A || t == GUMBO_TAG_TIME || t == GUMBO_TAG_FORM || t == GUMBO_TAG_TEXTAREA ||
             t == GUMBO_TAG_INPUT || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_LI || t == GUMBO_TAG_IMG))
            return false;
    }
    return true;
}

/* A recipe card's nutrition label: a heading inside the card (recipe.c)
 * of at most NUTRITION_HEAD_MAX_WORDS that names the nutrition facts
 * ([extract.nutrition]: "Nutrition Facts", "Valeurs nutritionnelles",
 * "Nährwerte") and the blocks under it in the card: the plugin's
 * panel of figures per serving ("Calories : 412 kcal | Glucides : 38 g"),
 * worked out from the ingredients, not the cook's words. It ends at the
 * next heading or the card's end: the post goes on after the card
 * (tests/pages/b25-fr-recette-gratin-dauphinois: "Bon appétit, ..."
 * after the card is read). Returns one past the label's last item, 0
 * when H is no such heading. */
#define NUTRITION_HEAD_MAX_WORDS 6

static size_t nutrition_label_end(const al_items *items, const al_dom *dom, size_t h, const char *key)
{
    size_t j;

    if (!(dom->nodes[items->items[h].node].flags & AL_NODE_RECIPE) ||
        al_text_words(items->items[h].text) > NUTRITION_HEAD_MAX_WORDS ||
        !al_block_key_has_table_word(key, "extract.nutrition"))
        return 0;
    for (j = h + 1; j < items->count && items->items[j].kind != AL_ITEM_HEADING &&
                    (items->items[j].node < 0 || (dom->nodes[items->items[j].node].flags & AL_NODE_RECIPE));
         j++)
        ;
    return j;
}

/* One past the last item of the section that heading H opens, or of the
 * box that holds H when the box ends first: a card's title ("Helpt u ons
 * nog een nest te bouwen?") heads the card, not the article after it. */
static size_t appeal_section_end(const al_items *items, const al_dom *dom, size_t h)
{
    size_t j, end = section_end(items, h);
    int box = dom->nodes[items->items[h].node].parent;

    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || h + 1 >= end ||
        items->items[h + 1].node >= dom->nodes[box].end)
        return end;                     /* the heading is alone in its box */
    for (j = h + 1; j < end && items->items[j].node < dom->nodes[box].end; j++)
        ;
    return j;
}

/* Does block J of a section ask: is it an appeal, or under a heading
 * that asks (HEADING_APPEAL) the appeal's terms? */
static bool section_block_asks(al_items *items, size_t j, bool heading_appeal)
{
    al_item *it = &items->items[j];

    return al_block_is_appeal(it) || (heading_appeal && al_appeal_terms(it->text));
}

/* Is list item J, in the section (H, END) under a heading that asks, a
 * price tier: one of a list of TIERS_MIN items or more in the section,
 * each of them naming a price with a period ("Auditeur – 15 € par an :
 * la carte de membre", "Complice – 40 € par an", "Bienfaiteur – 100 €
 * par an")? The heading asked the reader to join; the list says what
 * each level costs, in fragments that address nobody. A story's list of
 * fares under such a heading, one without a period, does not qualify.
 * *LIST and *TIERS keep the last list judged, so that a list is read once
 * (b39-fr-radio-associative-adhesion-paliers, fr-asso-chorale-cotisation-niveaux). */
#define TIERS_MIN 2

static bool price_tier(const al_items *items, const al_dom *dom, size_t h, size_t end, size_t j, int *list,
                       bool *tiers)
{
    const al_item *it = &items->items[j];
    int parent;
    size_t k, count = 0;

    if (it->kind != ALOUD_BLOCK_LIST_ITEM || it->node < 0 || (parent = dom->nodes[it->node].parent) < 0)
        return false;
    if (parent == *list)
        return *tiers;
    *list = parent;
    *tiers = false;
    for (k = h + 1; k < end; k++) {
        const al_item *o = &items->items[k];
        al_appeal_features f;
        if (o->kind != ALOUD_BLOCK_LIST_ITEM || o->junk || o->node < 0 || dom->nodes[o->node].parent != parent)
            continue;
        al_appeal_measure(o->text, &f);
        if (!f.money_period)
            return false;
        count++;
    }
    *tiers = count >= TIERS_MIN;
    return *tiers;
}

/* The nearest kept block to J in the section (H, END), before it (STEP
 * -1) or after it (STEP 1), in the same element as J with no heading or
 * rule between (as drop_appeal_runs goes: a box's appeal under its own
 * title does not take the story's paragraph before the box), or 0. */
static size_t section_neighbour(const al_items *items, const al_dom *dom, size_t h, size_t end,
                                size_t j, int step)
{
    int parent = items->items[j].node >= 0 ? dom->nodes[items->items[j].node].parent : -1;

    for (j += step; j > h && j < end; j += step) {
        const al_item *o = &items->items[j];
        if (o->kind == AL_ITEM_HEADING || o->kind == AL_ITEM_RULE)
            return 0;
        if (al_item_is_block(o) && !o->junk)
            return parent >= 0 && o->node >= 0 && dom->nodes[o->node].parent == parent ? j : 0;
    }
    return 0;
}

/* A section that is an appeal: "Please support my work", "Before you move
 * on..." followed by a contribution pitch. Its heading starts like an
 * appeal ("Support ...", "Seja sócio do CDR") and the section asks for
 * something (a block that asks, or one that tells how to pay, the
 * appeal's terms: al_appeal_terms, or a list of price tiers: price_tier), or half of
 * its words are in blocks that ask for money, a subscription or a share,
 * or that go on with such a block right beside them (al_appeal_adjoins:
 * the case before the ask, "Le jardin ne reçoit aucune subvention ... il
 * nous manque encore 2 400 euros", which the appeal's neighbours pass
 * drops with it; b37-fr-asso-jardin-helloasso-recu-fiscal): a heading
 * that names no appeal ("Un coup de pouce pour le printemps") goes with
 * the appeal that is its body.
 * Returns one past its last item (see appeal_section_end), 0 if it is not
 * an appeal. */
static size_t appeal_section(al_items *items, const al_dom *dom, size_t h, const char *key)
{
    size_t j, end = appeal_section_end(items, dom, h), words = 0, asking = 0;
    bool first_asks = false, first = true, tiers = false;
    int list = -1;

    for (j = h + 1; j < end; j++)          /* a rule ends the text: an e-mail's footer follows */
        if (items->items[j].kind == AL_ITEM_RULE) {
            end = j;
            break;
        }
    bool heading_appeal = (al_text_words(items->items[h].text) <= APPEAL_HEAD_MAX_WORDS &&
                           al_lexicon_match(AL_LEX_APPEAL_HEAD, key)) ||
                          al_appeal_heading(items->items[h].text);

    for (j = h + 1; j < end; j++) {
        al_item *it = &items->items[j];
        size_t w;
        if (!al_item_is_block(it) || it->junk)
            continue;
        w = al_text_words(it->text);
        words += w;
        /* under a heading that asks, a block that tells how to pay is
         * the appeal's terms, even with no "you" of its own; the block
         * beside one that asks and goes on with it is the appeal's too */
        size_t before = section_neighbour(items, dom, h, end, j, -1),
               after = section_neighbour(items, dom, h, end, j, 1);
        if (section_block_asks(items, j, heading_appeal) ||
            (heading_appeal && price_tier(items, dom, h, end, j, &list, &tiers)) ||
            (((before && section_block_asks(items, before, heading_appeal)) ||
              (after && section_block_asks(items, after, heading_appeal))) &&
             al_appeal_adjoins(it->text, false))) {
            asking += w;
            first_asks |= first;
        }
        first = false;
    }
    if (asking == 0)
        return 0;
    return heading_appeal ||
                   (words <= APPEAL_SECTION_MAX_WORDS && asking * APPEAL_SHARE_DIVISOR >= words &&
                    (first_asks || asking * APPEAL_SHARE_DEN >= words * APPEAL_SHARE_NUM))
               ? end
               : 0;
}

/* Is the box that holds heading node H a widget it names: a share bar
 * or a follow box ("<div><h4>Share</h4><div class=buttons><a ...>")
 * whose other elements are buttons, links with at most a counter's
 * WIDGET_COUNTER_CHARS of text or mostly link text? Not a wrapper that
 * holds the heading alone, nor a header with a count and no link, nor
 * MediaWiki's "<div><h2>External links</h2><span>[edit]</span></div>",
 * whose only link is one the furniture pass dropped as for the eye
 * (AL_NODE_DROP: "[edit]", a link to the page's edit form): the
 * heading's section runs on past the wrapper, to the next heading
 * (b33-en-wiki-canal-edit-links-navboxes, en-wiki-edit-wrapper-see-also). */
static bool names_widget(const al_dom *dom, int h)
{
    int box = dom->nodes[h].parent, j;
    const al_node *b;
    unsigned text, links;
    bool other = false, link = false;

    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || (dom->nodes[box].flags & AL_NODE_KEEP))
        return false;
    b = &dom->nodes[box];
    for (j = box + 1; j < b->end; j++) {
        if (j == h) {
            j = dom->nodes[h].end - 1;
            continue;
        }
        if (dom->nodes[j].flags & AL_NODE_DROP) {
            j = dom->nodes[j].end - 1;          /* for the eye only: the heading's own "[edit]" */
            continue;
        }
        other |= dom->nodes[j].parent == box && !(dom->nodes[j].flags & AL_NODE_TEXT);
        link |= dom->nodes[j].tag == GUMBO_TAG_A;
    }
    text = b->text_len - dom->nodes[h].text_len;
    links = b->link_len - dom->nodes[h].link_len;
    return other && link && (text <= WIDGET_COUNTER_CHARS || links * 2 >= text);
}

/* Drop from heading H to the next heading of the same or a higher level,
 * or to the end of the widget the heading names (names_widget): the
 * article's paragraphs after a "Share" bar are not its section. */
static size_t drop_section(al_items *items, const al_dom *dom, size_t h)
{
    size_t j;
    int level = items->items[h].level, node = items->items[h].node;
    int box = names_widget(dom, node) ? dom->nodes[node].parent : -1;

    items->items[h].junk = true;
    for (j = h + 1; j < items->count; j++) {
        if (items->items[j].kind == AL_ITEM_HEADING && items->items[j].level <= level)
            break;
        if (box >= 0 && items->items[j].node >= dom->nodes[box].end)
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

    /* "…" in UTF-8 and "..." are both 3 bytes */
    return n >= 3 && (strcmp(text + n - 3, "\xE2\x80\xA6") == 0 || strcmp(text + n - 3, "...") == 0);
}

static bool teaser_like(const al_item *it)
{
    return it->junk || al_item_link_share(it) >= LINKED_SHARE || truncated(it->text) ||
           ((it->kind == ALOUD_BLOCK_PARAGRAPH || it->kind == AL_ITEM_HEADING) &&
            al_text_words(it->text) < SHORT_BLOCK_WORDS);
}

/* A chrome heading set as a plain block ("Trending Articles" in a div).
 * When teasers (links, cut-off excerpts, their headlines, short lines) and
 * nothing else follow it up to the next real heading, drop it and
 * them; prose after it means the line was not a section's label. A
 * section's teasers are a list, not a page: past LABEL_SECTION_MAX_ITEMS
 * the line is left alone, so that a page of such labels over short lines
 * costs a bounded look-ahead per label, not the rest of the page. Returns
 * the next item to look at, or 0 when the line is left alone. */
#define LABEL_SECTION_MAX_ITEMS 128

static size_t drop_label_section(al_items *items, size_t l)
{
    size_t j, n = strlen(items->items[l].text);
    bool teasers = false;              /* a link or a cut-off excerpt seen */

    if (n && strchr(".!?", items->items[l].text[n - 1]))
        return 0;
    for (j = l + 1; j < items->count; j++) {
        const al_item *it = &items->items[j];
        if (j - l > LABEL_SECTION_MAX_ITEMS)
            return 0;
        if (it->kind == AL_ITEM_HEADING && al_item_link_share(it) < LINKED_SHARE && !truncated(it->text))
            break;                     /* the article's next section */
        if (!teaser_like(it))
            return 0;
        teasers = teasers || (!it->junk && (al_item_link_share(it) >= LINKED_SHARE || truncated(it->text)));
    }
    if (!teasers)
        return 0;
    for (; l < j; l++)
        items->items[l].junk = true;
    return j;
}

/* A chrome heading set as a bold line that opens its own box: the first
 * item of the smallest element that holds it and the item after it, with
 * the article's text before that box ("<tr><td><b>Comentários (3)</b>"
 * over a table of comments on a site laid out in tables). The box is its
 * section: the label and every item up to the box's end. Evidence: the
 * label's words ([extract.heading]), its markup (all bold, no sentence
 * end) and its position (first in a box that follows the article). A
 * label made bold by a stylesheet has no bold markup: then the box must
 * hold, after the label, the comment form's <textarea>, and not the
 * article ("<div>Les commentaires (2)</div>" or "<div>Komentarze
 * (4)</div>" over the comments and their form; a page wrapped in one
 * <form> with its fields is no such box). A bold label in the middle of
 * the article's own box is left alone. Items come in document order, so
 * the item before the label tells whether the label opens its box. A box
 * of more than LABEL_BOX_MAX_NODES nodes is a page's column, not a
 * comments box: left alone, which also bounds the cost of a page of such
 * labels. Returns the next item to look at, or 0. */
#define LABEL_BOX_MAX_NODES 8192

static size_t drop_label_box(al_items *items, const al_dom *dom, size_t l)
{
    size_t j, n = strlen(items->items[l].text);
    int node = items->items[l].node, box, next, k;
    bool before = false, field = false;

    if (l + 1 >= items->count || (n && strchr(".!?", items->items[l].text[n - 1])))
        return 0;
    next = items->items[l + 1].node;
    for (box = dom->nodes[node].parent; box >= 0 && dom->nodes[box].end <= next; box = dom->nodes[box].parent)
        ;
    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || next < box ||
        dom->nodes[box].end - box > LABEL_BOX_MAX_NODES)
        return 0;
    if (l > 0 && items->items[l - 1].node >= box)
        return 0;                      /* the label is not the box's first item */
    for (k = dom->nodes[node].end; k < dom->nodes[box].end && !field; k++)
        field = dom->nodes[k].tag == GUMBO_TAG_TEXTAREA;
    if (!(field && !al_score_holds_article(dom, box)) && !al_block_all_bold(dom, node))
        return 0;
    for (j = 0; j < l && !before; j++)
        before = al_item_is_block(&items->items[j]) && !items->items[j].junk;
    if (!before)
        return 0;
    for (j = l; j < items->count && items->items[j].node < dom->nodes[box].end; j++)
        items->items[j].junk = true;
    return j;
}

/* Is code point C a letter of some script: an ASCII letter, or anything
 * from U+00C0 that is not punctuation, a symbol or an emoji? */
static bool letter_cp(uint32_t c)
{
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) &&
           !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE6F) && !(c >= 0xFF00 && c <= 0xFF20) &&
           c < 0x1F000;
}

/* Is item IT all of its element, a link of LINKED_SHARE of its text or
 * more, with a digit and no letter outside its links: a date, a year or a
 * count beside the headline ("<a>A quiet week</a> - 2021", "<a>Post</a>
 * (12)")? The number is the link's, not words of the block's own; a short
 * title leaves the link under SUSPECT_LINK_SHARE all the same. Brackets
 * alone ("[<a>Via SJ</a>]") are no date: the link's share decides. */
static bool link_and_numbers(const al_item *it, const al_dom *dom)
{
    const al_node *n;
    bool digit = false;

    if (it->node < 0 || it->node >= dom->count || al_item_link_share(it) < LINKED_SHARE)
        return false;
    n = &dom->nodes[it->node];
    if (n->text_len > it->text_len + SUSPECT_SLACK_CHARS)
        return false;                               /* one run of a larger element */
    for (int j = it->node + 1; j < n->end; j++) {
        const al_node *c = &dom->nodes[j];
        const unsigned char *t;
        size_t len, k, step;

        if (!(c->flags & AL_NODE_TEXT) || (c->flags & (AL_NODE_LINK | AL_NODE_DROP | AL_NODE_HIDDEN)) ||
            !(t = (const unsigned char *)c->g->v.text.text))
            continue;
        len = strlen((const char *)t);
        for (k = 0; k < len; k += step) {
            uint32_t cp;
            if ((step = al_utf8_decode(t + k, len - k, &cp)) == 0)
                break;
            if (letter_cp(cp))
                return false;
            digit |= cp >= '0' && cp <= '9';
        }
    }
    return digit;
}

/* A short block that is all link: a "related" card, a link list item, a
 * linked caption; and, when LOOSE, a link with only a date or a count
 * beside it (link_and_numbers). Whether it is chrome depends on its
 * neighbours. */
static bool is_suspect(const al_item *it, const al_dom *dom, bool loose)
{
    return al_item_is_block(it) && !it->junk && it->kind != ALOUD_BLOCK_TABLE_ROW &&
           it->kind != ALOUD_BLOCK_CODE && al_text_words(it->text) <= SUSPECT_MAX_WORDS &&
           (al_item_link_share(it) >= SUSPECT_LINK_SHARE || (loose && link_and_numbers(it, dom)));
}

static int list_of(const al_dom *dom, int node);

/* Does the run of suspects [I, J) continue the article's own sentence: a
 * paragraph right before it, kept, of PROSE_MIN_WORDS words or more under
 * PROSE_MAX_LINK_SHARE links, that ends with a colon ("... recommends
 * reading these documents first:"), and the run is the items of one
 * <ul>/<ol> beside that paragraph (same parent)? The writer announced
 * the list; it is the article's (the documents, the sources), not links
 * trailing it. A label over links ("More from us:") is too short. On a
 * fact check (the page declares a ClaimReview), a list right under its
 * own heading, beside it, is the check's sources, its evidence ("Nos
 * sources"): the article's too. */
static bool announced_list(const al_items *items, const al_dom *dom, size_t i, size_t j)
{
    const al_item *p = i > 0 ? &items->items[i - 1] : NULL;
    size_t n = p ? strlen(p->text) : 0;
    int list = i < j ? list_of(dom, items->items[i].node) : -1;
    bool sentence, sources;

    if (!p || p->junk || list < 0 || dom->nodes[list].parent != dom->nodes[p->node].parent)
        return false;
    sentence = p->kind == ALOUD_BLOCK_PARAGRAPH && n > 0 && p->text[n - 1] == ':' &&
               al_item_link_share(p) < PROSE_MAX_LINK_SHARE && al_text_words(p->text) >= PROSE_MIN_WORDS;
    sources = p->kind == AL_ITEM_HEADING && al_page_claim_review(dom);
    if (!sentence && !sources)
        return false;
    for (size_t k = i; k < j; k++)
        if (items->items[k].kind != AL_ITEM_RULE && list_of(dom, items->items[k].node) != list)
            return false;
    return true;
}

static bool edge_label(const al_item *it, const char *lang);

/* Runs of suspects (as jusText resolves its "short" blocks by context):
 * junk when the block before the run is junk, or when no good block comes
 * after it (links trailing the article), unless the article's sentence
 * announced them (announced_list). Headings are neutral. A short line
 * without a function word (edge_label: "Explore related topics: baby,
 * cocaine", a tag line) vouches for nothing: trim_edges drops it after
 * the article, and the related links above it trail the article too.
 * LOOSE, the second time round, adds the links with a date or a count
 * beside them ("<a>A quiet week</a> - 2021", a blog's "on this day in
 * other years"), for the article's end only: a junk block before such a
 * run is no evidence, as the article's own list of dated links may
 * follow a line dropped for its own reasons. */
static void resolve_suspects(al_items *items, const al_dom *dom, const char *lang, bool loose)
{
    size_t i = 0, j, k, good = 0;       /* GOOD: the first good block at or after the last run */

    while (i < items->count) {
        bool prev_junk = false, good_after;

        if (!is_suspect(&items->items[i], dom, loose)) {
            i++;
            continue;
        }
        for (j = i; j < items->count && (is_suspect(&items->items[j], dom, loose) ||
                                         items->items[j].kind == AL_ITEM_RULE); j++)
            ;
        for (k = i; k > 0; k--) {
            const al_item *p = &items->items[k - 1];
            if (p->kind == AL_ITEM_HEADING && !p->junk)
                continue;
            prev_junk = p->junk && p->kind != AL_ITEM_RULE;
            break;
        }
        /* found once for the runs before it, not again for each (no block
         * from J on changes here: the runs marked junk are before J) */
        if (good < j)
            for (good = j; good < items->count; good++) {
                const al_item *g = &items->items[good];
                if (al_item_is_block(g) && !g->junk && !is_suspect(g, dom, loose) && !edge_label(g, lang))
                    break;
            }
        good_after = good < items->count;
        if ((prev_junk && !loose) || (!good_after && !announced_list(items, dom, i, j)))
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

/* Running text: SHORT_BLOCK_WORDS words or more, not a link, and (where aloud knows the
 * language) with the function words running text has. */
static bool good_block(const al_item *it, const char *lang)
{
    double d;

    if (!al_item_is_block(it) || it->junk || al_item_link_share(it) >= LINKED_SHARE ||
        al_text_words(it->text) < SHORT_BLOCK_WORDS)
        return false;
    d = density(it, lang);
    return d < 0 || d >= GOOD_MIN_STOPWORDS;
}

/* A letter's sign-off: "Happy sowing, Tamsin", "Best wishes, Anna Berg". */
static bool is_sign_off(const char *t)
{
    const char *comma = strchr(t, ','), *p;
    int names = 0;

    if (!comma || !strchr(" \n", comma[1]) || strchr(t, ':') || al_text_words(t) > SIGN_OFF_MAX_WORDS)
        return false;
    for (p = comma + 1 + strspn(comma + 1, " \n"); *p; p += strcspn(p, " \n"), p += strspn(p, " \n")) {
        if (!(*p >= 'A' && *p <= 'Z') && (unsigned char)*p < 0xC0)
            return false;               /* a name: capitalised words */
        names++;
    }
    return names >= 1 && names <= SIGN_OFF_MAX_NAMES;
}

/* A short paragraph without a function word or a sentence's end: at the
 * article's edges, a label, a counter, a date or a name (not a score:
 * "7,5/10" is a review's verdict). False where the language is unknown. */
static bool edge_label(const al_item *it, const char *lang)
{
    size_t n = strlen(it->text);

    if (!lang || al_lexicon_stopword_density("the", lang) < 0 || it->junk ||
        it->kind != ALOUD_BLOCK_PARAGRAPH || al_text_words(it->text) >= SHORT_BLOCK_WORDS ||
        (n && strchr(".!?:…", it->text[n - 1])))
        return false;
    return density(it, lang) == 0 && !al_block_is_score(it->text);
}

static bool numbered_point(const al_items *items, size_t i);

/* A fact box's line: a label of at most LABEL_MAX_WORDS words, no
 * sentence in it, then a colon and its value ("Direção: Luana Ferraz"),
 * not a link. */
static bool fact_line(const al_item *it)
{
    const char *colon;
    char *label;
    bool ok;

    if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH || al_item_link_share(it) >= LINKED_SHARE ||
        !(colon = strchr(it->text, ':')) || colon == it->text || colon[1] != ' ' || !colon[2] ||
        !(label = al_strndup(it->text, (size_t)(colon - it->text))))
        return false;
    ok = !strpbrk(label, ".!?") && al_text_words(label) <= LABEL_MAX_WORDS;
    free(label);
    return ok;
}

/* The <aside> at most FACT_ASIDE_DEPTH levels above node I, or -1. */
#define FACT_ASIDE_DEPTH 3
static int fact_aside(const al_dom *dom, int i)
{
    int up;

    for (up = 0; i >= 0 && i < dom->count && up <= FACT_ASIDE_DEPTH; up++, i = dom->nodes[i].parent)
        if (dom->nodes[i].tag == GUMBO_TAG_ASIDE)
            return i;
    return -1;
}

/* Mark in FACTS the items of the fact boxes: a heading of the article
 * (not junk) and right under it FACT_BOX_MIN_LINES fact lines or more in a
 * row (a review's "Ficha técnica": director, cast, running time), the
 * listed facts of the thing the article is about, not labels at its
 * edges; or as many fact lines in a row that are all of one <aside> the
 * article kept (a work's card without a heading: extract.c's
 * aside_fact_card, "Director: Ailsa Mair" in b27-en-film-review-card-and-links).
 * One pass over the items. */
#define FACT_BOX_MIN_LINES 3
static void mark_fact_boxes(const al_items *items, const al_dom *dom, bool *facts)
{
    size_t i = 0, j, k;

    while (i < items->count) {
        int box = fact_line(&items->items[i]) ? fact_aside(dom, items->items[i].node) : -1;
        if (box >= 0) {
            for (j = i + 1; j < items->count && fact_line(&items->items[j]) &&
                            fact_aside(dom, items->items[j].node) == box; j++)
                ;
            for (k = i; k < j && j - i >= FACT_BOX_MIN_LINES; k++)
                facts[k] = true;
            i = j;
            continue;
        }
        const al_item *h = &items->items[i];
        if (h->junk || h->kind != AL_ITEM_HEADING) {
            i++;
            continue;
        }
        for (j = i + 1; j < items->count && (items->items[j].kind == AL_ITEM_RULE || fact_line(&items->items[j])); j++)
            ;
        for (k = i + 1; k < j && j - i - 1 >= FACT_BOX_MIN_LINES; k++)
            facts[k] = true;
        i = j > i + 1 ? j : i + 1;
    }
}

/* The list (<ul>, <ol>) that holds list item I's element, at most
 * META_LIST_DEPTH levels up: does it hold a <time> element? */
#define META_LIST_DEPTH 2
static bool meta_list(const al_dom *dom, int i)
{
    int l = i;

    for (int up = 0; l >= 0 && up <= META_LIST_DEPTH; up++, l = dom->nodes[l].parent)
        if (dom->nodes[l].tag == GUMBO_TAG_UL || dom->nodes[l].tag == GUMBO_TAG_OL)
            break;
    if (l < 0 || (dom->nodes[l].tag != GUMBO_TAG_UL && dom->nodes[l].tag != GUMBO_TAG_OL))
        return false;
    for (int j = l + 1; j < dom->nodes[l].end; j++)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_TIME)
            return true;
    return false;
}

/* A live entry's stamp in a run of entries with no heading ("15:40",
 * "15.40 Uhr", "kl. 14.32" opening each: blocks.c's entry stamp) tells
 * one entry from the next wherever it stands: the entries after the
 * last good block (a ticker's short lines, "Sperrzone geräumt, ...") keep
 * theirs, as the ones before it do
 * (tests/pages/de-liveticker-kurz-ohne-titel). */
static bool entry_stamp_item(const al_item *it, const al_dom *dom)
{
    char *key = al_text_key(it->text);
    bool stamp = key && al_block_entry_stamp(it, key, dom);

    free(key);
    return stamp;
}

/* The title of a box of points ("Fakta: Erhvervsuddannelser i tal" over
 * its list, b32-da-nyheder-laerepladser-fakta-ritzau): item I is followed
 * by LIST_TITLE_MIN_POINTS list items or more that are kept, end a
 * sentence and are not links, in one list whose parent is item I's parent
 * (the box holds the title and the list side by side). A label over the
 * box's own sentences, not a stray line at the article's edge; a list of
 * tags or links is no such list. */
#define LIST_TITLE_MIN_POINTS 2
static bool list_title(const al_items *items, size_t i, const al_dom *dom)
{
    int box = items->items[i].node >= 0 ? dom->nodes[items->items[i].node].parent : -1, list = -1;
    size_t j, points = 0;

    for (j = i + 1; box >= 0 && j < items->count; j++) {
        const al_item *o = &items->items[j];
        int l = o->node >= 0 ? dom->nodes[o->node].parent : -1;
        if (o->kind != ALOUD_BLOCK_LIST_ITEM || o->junk || l < 0 || (list >= 0 && l != list) ||
            dom->nodes[l].parent != box || al_item_link_share(o) >= LINKED_SHARE ||
            !al_block_ends_sentence(o->text))
            break;
        list = l;
        points++;
    }
    return points >= LIST_TITLE_MIN_POINTS;
}

/* jusText's signal at the article's edges: before its first good block and
 * after its last, a short line without a single function word and without
 * a sentence's end is a label, a counter, a date or a name (not a score:
 * "7,5/10" is a review's verdict; not a point of the article's numbered
 * run either: a playlist's "8. Undertow- Quillon" between "7. ..." and
 * "9. ..." is the list's, whatever its words); before the
 * first, a list item that is a link is one too (a category link), and so
 * is an entry of a list that holds a <time> (meta_list): the post's meta
 * line set as a list ("<li><time>March 4, 2025</time></li><li>Updated</li>"),
 * its date read by the metadata, not the text. Not a live entry's stamp
 * (entry_stamp_item), nor the title of a box of points (list_title). */
static void trim_edges(al_items *items, const al_dom *dom, const char *lang)
{
    size_t i, first = items->count, last = 0;
    bool any = false, *facts;

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
    if (!any || !(facts = calloc(items->count, sizeof(*facts))))
        return;
    mark_fact_boxes(items, dom, facts);
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        size_t n = strlen(it->text);
        if ((i >= first && i <= last) || facts[i] || list_title(items, i, dom))
            continue;
        /* above the text, a linked list item too: the story's category
         * links ("Ottakring", "Verkehr"); or an entry of a meta list */
        bool head_link = i < first && it->kind == ALOUD_BLOCK_LIST_ITEM &&
                         (al_item_link_share(it) >= LINKED_SHARE || meta_list(dom, it->node));
        if (it->junk || (it->kind != ALOUD_BLOCK_PARAGRAPH && !head_link) ||
            al_text_words(it->text) >= SHORT_BLOCK_WORDS ||
            (n && strchr(".!?:…", it->text[n - 1])) || (i > last && is_sign_off(it->text)) ||
            numbered_point(items, i))
            continue;
        if (density(it, lang) == 0 && !al_block_is_score(it->text) && !entry_stamp_item(it, dom))
            it->junk = true;            /* a review's score ("Ocena: 8/10") is its verdict */
    }
    free(facts);
}

/* A row of tools under the article: after its last good block
 * (good_block), a block of at most TOOL_ROW_MAX_WORDS words, no sentence,
 * whose element (al_block_run_element: in an old layout's cell, the one
 * that wraps this line alone) holds TOOL_ROW_MIN_LINKS links or more
 * (any <a href>: to a page, or a script's action or a jump within the
 * page, "javascript:window.print()", "#top", that the link share of
 * resolve_suspects does not count) and, outside them, only signs, one
 * separator ("|", "·", "/") at least between each two: "« Torna
 * all'elenco delle notizie | Stampa questa pagina"
 * (b47-it-comune-biblioteca-tabelle-font), "Alle Meldungen aus 2026 ·
 * Seitenanfang" (de-verein-meldung-werkzeugzeile). Evidence: shape and
 * position, no words; a link alone, or links with words between them
 * ("Sources: ... and ..."), are left to the other rules. */
#define TOOL_ROW_MIN_LINKS 2
#define TOOL_ROW_MAX_WORDS 12

static bool tool_row(const al_item *it, const al_dom *dom)
{
    int at, links = 0, seps = 0;

    if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH || it->node < 0 ||
        al_text_words(it->text) > TOOL_ROW_MAX_WORDS || al_block_ends_sentence(it->text) ||
        (at = al_block_run_element(dom, it)) < 0)
        return false;
    for (int j = at; j < dom->nodes[at].end; j++) {
        const al_node *n = &dom->nodes[j];

        if (!(n->flags & AL_NODE_TEXT)) {
            if (n->tag == GUMBO_TAG_A && n->text_len > 0 && al_dom_attr(dom, j, "href")) {
                links++;
                j = n->end - 1;             /* a link's words, whatever they are */
            }
            continue;
        }
        bool sign = false;
        for (const unsigned char *c = (const unsigned char *)n->g->v.text.text; c && *c; c++) {
            if (isalnum(*c) || (*c >= 0xc3 && *c != 0xe2))
                return false;   /* a word outside the links (U+00xx and U+20xx are signs: "·", "|", "—") */
            sign |= !isspace(*c);
        }
        seps += sign && links > 0;          /* a separator after a link */
    }
    return links >= TOOL_ROW_MIN_LINKS && seps >= links - 1;
}

static void drop_tool_rows(al_items *items, const al_dom *dom, const char *lang)
{
    size_t i = items->count;

    while (i > 0 && !good_block(&items->items[i - 1], lang))
        i--;
    for (; i > 0 && i < items->count; i++)
        if (tool_row(&items->items[i], dom))
            items->items[i].junk = true;
}

/* A pull quote set as an <aside>: item IT (a paragraph) is all the text
 * of an <aside> that is its parent or grandparent (at most
 * SUSPECT_SLACK_CHARS more: the aside holds this one block). The tag is
 * the evidence, not a class: a theme's "td-pull-quote" goes when classes
 * are stripped, the <aside> stays (b27-fr-ca-entrevue-luthiere-trois-rivieres). */
#define PULL_QUOTE_LEVELS 2
static bool aside_pull_quote(const al_item *it, const al_dom *dom)
{
    int a;

    if (it->kind != ALOUD_BLOCK_PARAGRAPH || it->node < 0 || it->node >= dom->count)
        return false;
    a = dom->nodes[it->node].parent;
    for (int level = 0; level < PULL_QUOTE_LEVELS && a >= 0; level++, a = dom->nodes[a].parent)
        if (dom->nodes[a].tag == GUMBO_TAG_ASIDE)
            return dom->nodes[a].text_len <= it->text_len + SUSPECT_SLACK_CHARS;
    return false;
}

/* A pull quote's attribution: the name under it ("<cite>Lúcia
 * Andrade</cite>", "— Jane Doe, beekeeper") goes with the dropped quote;
 * alone it would be read as a line of the article
 * (b28-pt-br-entrevista-meliponicultora-jatai,
 * en-feature-pullquote-attribution).
 * Evidence: the box that holds pull quote I (the outermost <blockquote>,
 * <figure> or <aside> among the quote's element and its ancestors up to
 * PULL_QUOTE_LEVELS + 1 up, with at most ATTRIBUTION_MAX_CHARS more text
 * than the quote: the quote and its name, not a sidebar; or a <div> or
 * <section> around that box within the same bounds, the wrapper a theme
 * puts round its quote and its labels) and the blocks right after I
 * inside it, each at most ATTRIBUTION_MAX_WORDS words with no sentence's
 * end: a name and a title, not a sentence of the quote. Before I, the
 * box's short lines and headings without a sentence's end go too: the
 * quote mark's label over it ("“Start Quote" and "End Quote" around a
 * news site's pull quote, en-news-pullquote-mark-labels). */
#define ATTRIBUTION_MAX_WORDS 10
#define ATTRIBUTION_MAX_CHARS 120
static void drop_attribution(al_items *items, size_t i, const al_dom *dom)
{
    int q = items->items[i].node, box = -1;
    unsigned most = items->items[i].text_len + ATTRIBUTION_MAX_CHARS;

    if (q < 0 || q >= dom->count)
        return;
    for (int level = 0; level <= PULL_QUOTE_LEVELS + 1 && q >= 0; level++, q = dom->nodes[q].parent) {
        GumboTag t = dom->nodes[q].tag;
        if (dom->nodes[q].text_len > most)
            break;
        if (t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_ASIDE ||
            (box >= 0 && (t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION)))
            box = q;
    }
    if (box < 0)
        return;
    for (size_t j = i; j-- > 0;) {
        al_item *it = &items->items[j];
        size_t n = strlen(it->text);
        if (it->node < box || it->node >= dom->nodes[box].end)
            break;
        if (it->junk)
            continue;
        if ((!al_item_is_block(it) && it->kind != AL_ITEM_HEADING) ||
            al_text_words(it->text) > ATTRIBUTION_MAX_WORDS || (n && strchr(".!?:…", it->text[n - 1])))
            break;
        it->junk = true;                /* the quote mark's label over it */
    }
    for (size_t j = i + 1; j < items->count; j++) {
        al_item *it = &items->items[j];
        size_t n = strlen(it->text);
        if (it->junk || it->node < box || it->node >= dom->nodes[box].end || !al_item_is_block(it) ||
            al_text_words(it->text) > ATTRIBUTION_MAX_WORDS || (n && strchr(".!?:…", it->text[n - 1])))
            break;
        it->junk = true;
    }
}

/* Pull quotes: a quote, a caption or an aside's lone paragraph
 * (aside_pull_quote) whose words all occur, in order, in another block
 * of the article would be said twice; keep the fuller one, or of two
 * equal ones the body's, else the first. A listener hears the sentence
 * once, wherever the pull quote sits. (Repeated paragraphs are left
 * alone: a text may repeat itself on purpose.) Bounded: only blocks of at
 * most REPEAT_MAX_WORDS words are checked, against at most
 * REPEAT_MAX_ITEMS items. */
static void drop_repeats(al_items *items, const al_dom *dom)
{
    size_t i, j;
    char **keys;

    if (items->count > REPEAT_MAX_ITEMS || !(keys = calloc(items->count, sizeof(*keys))))
        return;
    for (i = 0; i < items->count; i++)
        if (al_item_is_block(&items->items[i]) && !items->items[i].junk && items->items[i].kind != ALOUD_BLOCK_TABLE_ROW &&
            items->items[i].kind != ALOUD_BLOCK_CODE)
            keys[i] = al_text_key(items->items[i].text);
    for (i = 0; i < items->count; i++) {
        size_t wi;
        int kind = items->items[i].kind;
        bool pull;
        if (!keys[i] || (wi = al_text_words(items->items[i].text)) < REPEAT_MIN_WORDS || wi > REPEAT_MAX_WORDS)
            continue;
        pull = aside_pull_quote(&items->items[i], dom);
        if (kind != ALOUD_BLOCK_QUOTE && kind != ALOUD_BLOCK_CAPTION && !pull)
            continue;
        for (j = 0; j < items->count; j++) {
            if (j == i || !keys[j] || items->items[j].junk)
                continue;
            if (strcmp(keys[i], keys[j]) == 0 ? j < i || (pull && !aside_pull_quote(&items->items[j], dom))
                                              : strstr(keys[j], keys[i]) != NULL) {
                items->items[i].junk = true;
                if (kind == ALOUD_BLOCK_QUOTE || pull)
                    drop_attribution(items, i, dom);
                break;
            }
        }
    }
    for (i = 0; i < items->count; i++)
        free(keys[i]);
    free(keys);
}

/* A member card's pairs: a forum prints under every poster's name the
 * same <dl> pairs ("Iscritto" / "Nov 2026", "Messaggi" / "3", "Località"
 * / "Seregno (MB)"), and its labels are dropped as repeated
 * (drop_repeated_labels). The values beside them and the pairs whose
 * label a few posters fill in only ("Località") are the card's too: a
 * date or a town without its label says nothing of the thread. Evidence,
 * markup and shape only: a <dt> dropped as repeated; its <dl> and, when
 * the <dl>'s parent holds nothing but <dl>s, that parent is the card; its
 * items of at most CARD_PAIR_MAX_WORDS words, none a sentence, are
 * dropped with it. A glossary's terms are never said three times.
 * (b34-it-forum-caldaia-pressione-xenforo-firme, de-forum-reifen-profilkarte,
 * both with --strip-classes) */
#define CARD_PAIR_MAX_WORDS 6

static bool only_dls(const al_dom *dom, int box)
{
    for (int k = box + 1; k < dom->nodes[box].end; k = dom->nodes[k].end) {
        if (dom->nodes[k].flags & AL_NODE_TEXT) {
            if (dom->nodes[k].text_len > 0 && !(dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_WHITESPACE))
                return false;
            continue;
        }
        if (dom->nodes[k].tag != GUMBO_TAG_DL)
            return false;
    }
    return true;
}

static void drop_card_pairs(al_items *items, const al_dom *dom, size_t label)
{
    int dt = items->items[label].node, box;

    if (!dom || dt < 0 || dom->nodes[dt].tag != GUMBO_TAG_DT || (box = dom->nodes[dt].parent) < 0 ||
        dom->nodes[box].tag != GUMBO_TAG_DL)
        return;
    if (dom->nodes[box].parent >= 0 && only_dls(dom, dom->nodes[box].parent))
        box = dom->nodes[box].parent;
    for (size_t j = 0; j < items->count; j++) {
        al_item *it = &items->items[j];
        if (it->node < box || it->node >= dom->nodes[box].end || it->kind != ALOUD_BLOCK_LIST_ITEM ||
            !it->text || al_text_words(it->text) > CARD_PAIR_MAX_WORDS || al_block_sentence_stop(it->text))
            continue;
        it->junk = true;
    }
}

/* A gallery's label: the same list item under every picture ("Front page
 * appears courtesy of the Newseum" twenty times, a slideshow's "Artist:
 * Title" on each slide) says nothing about any one of them; a list of
 * steps or things never says an item three times. Evidence: list items
 * (markup) whose words are those of LABEL_REPEAT_MIN list items or more;
 * all of them are dropped, and with a <dt> label its card's pairs
 * (drop_card_pairs). Bounded like drop_repeats. */
static void drop_repeated_labels(al_items *items, const al_dom *dom)
{
    size_t i, j;
    char **keys;

    if (items->count > REPEAT_MAX_ITEMS || !(keys = calloc(items->count, sizeof(*keys))))
        return;
    for (i = 0; i < items->count; i++)
        if (items->items[i].kind == ALOUD_BLOCK_LIST_ITEM && !items->items[i].junk)
            keys[i] = al_text_key(items->items[i].text);
    for (i = 0; i < items->count; i++) {
        size_t same = 1;
        if (!keys[i] || !*keys[i] || items->items[i].junk)
            continue;
        for (j = i + 1; j < items->count && same < LABEL_REPEAT_MIN; j++)
            same += keys[j] && strcmp(keys[i], keys[j]) == 0;
        if (same < LABEL_REPEAT_MIN)
            continue;
        for (j = i; j < items->count; j++)
            if (keys[j] && strcmp(keys[i], keys[j]) == 0) {
                items->items[j].junk = true;
                drop_card_pairs(items, dom, j);
            }
    }
    for (i = 0; i < items->count; i++)
        free(keys[i]);
    free(keys);
}

/* A caption's copy: a paragraph or list item of REPEAT_MIN_WORDS to
 * REPEAT_MAX_WORDS words whose words open a caption of the article (the
 * caption may go on with its credit): a gallery's strip repeating its
 * slides' captions in full (tests/pages/nl-fotoserie-miniaturen). The
 * caption is the picture's own text and is read; the copy is not, before
 * or after it. A block that opens like a caption and goes on otherwise
 * stays. Bounded like drop_repeats. */
static void drop_caption_copies(al_items *items)
{
    size_t i, j, captions = 0;
    char **keys;

    if (items->count > REPEAT_MAX_ITEMS || !(keys = calloc(items->count, sizeof(*keys))))
        return;
    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        size_t w;
        if (it->junk)
            continue;
        if (it->kind == ALOUD_BLOCK_CAPTION) {
            keys[i] = al_text_key(it->text);
            captions++;
        } else if ((it->kind == ALOUD_BLOCK_PARAGRAPH || it->kind == ALOUD_BLOCK_LIST_ITEM) &&
                   (w = al_text_words(it->text)) >= REPEAT_MIN_WORDS && w <= REPEAT_MAX_WORDS) {
            keys[i] = al_text_key(it->text);
        }
    }
    for (i = 0; captions && i < items->count; i++) {
        size_t n;
        if (!keys[i] || items->items[i].kind == ALOUD_BLOCK_CAPTION || !(n = strlen(keys[i])))
            continue;
        for (j = 0; j < items->count; j++) {
            if (keys[j] && items->items[j].kind == ALOUD_BLOCK_CAPTION && strncmp(keys[j], keys[i], n) == 0 &&
                (keys[j][n] == '\0' || keys[j][n] == ' ')) {
                items->items[i].junk = true;
                break;
            }
        }
    }
    for (i = 0; i < items->count; i++)
        free(keys[i]);
    free(keys);
}

/* Does piece KEY (an al_text_key() of text cut off with an ellipsis) open
 * a block of the page other than I? Its last word may be cut ("flam") and
 * is not compared; at least TRUNCATED_MIN_WORDS words must match ("See
 * more…" is not a copy). KEY is modified and restored. */
static bool opens_another(char **keys, size_t count, size_t i, char *key)
{
    char *last = strrchr(key, ' ');
    size_t j, n;
    bool hit = false;

    if (!last)
        return false;
    *last = '\0';                           /* the cut word ("flam") */
    n = strlen(key);
    if (al_text_words(key) >= TRUNCATED_MIN_WORDS)
        for (j = 0; j < count && !hit; j++)
            hit = j != i && keys[j] && strlen(keys[j]) > n && strncmp(keys[j], key, n) == 0 && keys[j][n] == ' ';
    *last = ' ';
    return hit;
}

/* Where the ellipsis ("…" or "...") that ends a piece of S starts: one
 * followed by white space or the end; NULL when S has none. */
static const char *piece_end(const char *s)
{
    for (const char *p = s; *p; p++)
        if ((strncmp(p, "\xE2\x80\xA6", 3) == 0 || strncmp(p, "...", 3) == 0) && (p[3] == '\0' || p[3] == ' '))
            return p;
    return NULL;
}

/* A block of truncated copies: each piece up to an ellipsis opens another
 * block (a gallery's strip of thumbnail captions, "Die Fischmotive an der
 * Stirnwand wurden 1916 von… Fehlende Ecken hat die Restauratorin mit…",
 * read as one run: tests/pages/de-blog-fotostrecke). At most
 * TRUNCATED_MAX_PIECES pieces, all of them copies. */
static bool truncated_pieces(char **keys, size_t count, size_t i, const char *text)
{
    const char *p = text, *e;
    int pieces = 0;

    while (*p == ' ')
        p++;
    for (; *p; pieces++) {
        char *piece, *key;
        bool hit;
        if (pieces == TRUNCATED_MAX_PIECES || !(e = piece_end(p)))
            return false;
        piece = al_strndup(p, (size_t)(e - p));
        key = piece ? al_text_key(piece) : NULL;
        hit = key && opens_another(keys, count, i, key);
        free(piece);
        free(key);
        if (!hit)
            return false;
        for (p = e + 3; *p == ' '; p++)
            ;
    }
    return pieces > 0;
}

/* A truncated copy: a block cut off with an ellipsis ("... mobile Sch…")
 * whose words, the cut last one aside, open another block of the page (a
 * gallery's thumbnail strip repeating the caption above it). The full
 * text is read; the copy would say it twice, broken off. A run of such
 * copies is dropped whole (truncated_pieces). */
static void drop_truncated_copies(al_items *items)
{
    size_t i;
    char **keys;

    if (items->count > REPEAT_MAX_ITEMS || !(keys = calloc(items->count, sizeof(*keys))))
        return;
    for (i = 0; i < items->count; i++)
        if (al_item_is_block(&items->items[i]) && items->items[i].kind != ALOUD_BLOCK_CODE)
            keys[i] = al_text_key(items->items[i].text);
    for (i = 0; i < items->count; i++) {
        if (!keys[i] || items->items[i].junk || !truncated(items->items[i].text))
            continue;
        if (opens_another(keys, items->count, i, keys[i]) ||
            truncated_pieces(keys, items->count, i, items->items[i].text))
            items->items[i].junk = true;
    }
    for (i = 0; i < items->count; i++)
        free(keys[i]);
    free(keys);
}

/* A short line that ends with a colon: a label for what comes after it
 * ("Also on HuffPost:", "Related:"). */
static bool colon_label(const al_item *it)
{
    size_t n = strlen(it->text);

    return it->kind == ALOUD_BLOCK_PARAGRAPH && n > 1 && it->text[n - 1] == ':' &&
           al_text_words(it->text) <= LABEL_MAX_WORDS;
}

/* A wiki's tagline ("From Wikipedia, the free encyclopedia", "Z
 * Grodziskiej Wiki, wolnej encyklopedii ziemi grodziskiej"): the
 * article's first block, a line of at most WIKI_TAGLINE_MAX_WORDS words
 * and no sentence, that names an encyclopedia ([extract.encyclopedia]).
 * It says where the page is, for the eye; an article's first line about
 * an encyclopedia is a sentence. Unless it names the site itself: a line
 * of at most WIKI_TAGLINE_SITE_MAX_WORDS words, one sentence at most,
 * that names the site (its site_name) and an encyclopedia ("Un article
 * de Wiki-Brenne, l'encyclopédie libre du Parc naturel régional de la
 * Brenne.") is the skin's line, not the article's.
 *
 * The tagline may also be the first block under the page's title heading
 * (a heading that repeats the title): then the blocks above that heading
 * are the skin's too, the wiki's site notice ("Le concours photo ... est
 * ouvert jusqu'au 31 décembre : envoyez vos images !") and its page
 * indicators, which a wiki prints before the title on every page
 * (tests/pages/b23-fr-wiki-moulin-infobox-navbox with --strip-classes). */
#define WIKI_TAGLINE_MAX_WORDS 12
#define WIKI_TAGLINE_SITE_MAX_WORDS 20
#define WIKI_TITLE_LOOK 8               /* how far down the title heading is looked for */

static bool repeats_title(const char *text, const char *title);

static bool wiki_tagline(const al_item *it, const char *site)
{
    size_t words = al_text_words(it->text);
    char *key;
    bool hit = false;

    if (it->kind != ALOUD_BLOCK_PARAGRAPH || words > WIKI_TAGLINE_SITE_MAX_WORDS || !(key = al_text_key(it->text)))
        return false;
    if ((words <= WIKI_TAGLINE_MAX_WORDS && !al_block_ends_sentence(it->text)) ||
        (site && *site && al_key_has_words(key, site) && !strstr(it->text, ". ") && !strstr(it->text, "! ") &&
         !strstr(it->text, "? ")))
        hit = al_block_key_has_table_word(key, "extract.encyclopedia");
    free(key);
    return hit;
}

static void drop_wiki_tagline(al_items *items, const al_meta *meta)
{
    char *site = meta->site_name ? al_text_key(meta->site_name) : NULL;
    size_t i, t = items->count;

    for (i = 0; i < items->count && i < WIKI_TITLE_LOOK && t == items->count; i++)
        if (items->items[i].kind == AL_ITEM_HEADING && meta->title && repeats_title(items->items[i].text, meta->title))
            t = i;
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];

        if (it->junk || !al_item_is_block(it))
            continue;
        if (wiki_tagline(it, site)) {
            it->junk = true;
        } else if (t < items->count && i < t) {
            /* above the title: look under it */
            for (i = t + 1; i < items->count && (items->items[i].junk || !al_item_is_block(&items->items[i])); i++)
                ;
            if (i < items->count && wiki_tagline(&items->items[i], site)) {
                items->items[i].junk = true;
                for (size_t k = 0; k < t; k++)
                    if (al_item_is_block(&items->items[k]))
                        items->items[k].junk = true;
            }
        }
        break;
    }
    free(site);
}

/* A wiki's hatnote or maintenance banner above the article ("This article
 * is about the lighthouse near X. For Y, see Z.", "Ten artykuł wymaga
 * uzupełnienia o źródła."): among the article's first HATNOTE_MAX_BLOCKS
 * blocks, one of at most HATNOTE_MAX_WORDS words that opens with a phrase
 * of [extract.hatnote], in a box of its own (not a <p>: an article's own
 * first paragraph may well say what it is about). It tells the eye which
 * page this is, not the article. */
#define HATNOTE_MAX_WORDS 40
#define HATNOTE_MAX_BLOCKS 3
static bool opens_with_table_phrase(const char *key, const char *table)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);

    for (i = 0; i < n; i++) {
        const char *w = al_lang_entry_key(&e[i]);
        size_t len = w ? strlen(w) : 0;
        if (len && strncmp(key, w, len) == 0 && (key[len] == ' ' || key[len] == '\0'))
            return true;
    }
    return false;
}

static void drop_hatnotes(al_items *items, const al_dom *dom)
{
    size_t i, blocks = 0;

    for (i = 0; i < items->count && blocks < HATNOTE_MAX_BLOCKS; i++) {
        al_item *it = &items->items[i];
        int node = it->node, p = node >= 0 && node < dom->count ? dom->nodes[node].parent : -1;
        char *key;

        if (it->junk || !al_item_is_block(it))
            continue;
        blocks++;
        if (it->kind != ALOUD_BLOCK_PARAGRAPH || al_text_words(it->text) > HATNOTE_MAX_WORDS || node < 0 ||
            node >= dom->count || dom->nodes[node].tag == GUMBO_TAG_P || (p >= 0 && dom->nodes[p].tag == GUMBO_TAG_P) ||
            !(key = al_text_key(it->text)))
            continue;
        it->junk = opens_with_table_phrase(key, "extract.hatnote");
        free(key);
    }
}

/* A short line that is all a chrome heading's words ([extract.heading]),
 * whatever ends it: "Follow us!", "Stay in touch", set as a paragraph
 * over the site's own links. */
static bool chrome_label(const al_item *it)
{
    char *key;
    bool hit;

    if (it->kind != ALOUD_BLOCK_PARAGRAPH || al_text_words(it->text) > LABEL_MAX_WORDS ||
        !(key = al_text_key(it->text)))
        return false;
    hit = al_lexicon_exact(AL_LEX_HEADING, key);
    free(key);
    return hit;
}

/* Headings, and labels ending with a colon or made of a chrome heading's
 * words, with nothing left under them at the end of the article (but an
 * article of headings alone keeps them): "Also on HuffPost:" over a promo
 * box left out, "Follow us!" over the blog's social links, which went as
 * chrome of their own; said alone, the label introduces nothing. */
static bool trailing_label(const al_item *it)
{
    return colon_label(it) || chrome_label(it);
}

/* A widget's label over its placeholder, at the article's end: a heading
 * of at most LABEL_MAX_WORDS words that ends with a colon ("Podoba mi
 * się:", "Like this:", "Gefällt mir:") over blocks of at most
 * PLACEHOLDER_MAX_WORDS words in all, no sentence ('!', '?', a full
 * stop), the last ending in an ellipsis ("Lubię to Wczytywanie…", "Like
 * Loading..."): the text a script replaces once the widget loads (a like
 * button and its list of likers), with nothing kept after it. Prose under
 * a label has a sentence; a "To be continued…" ends a story without a
 * label over it. The label and the placeholder go
 * (b35-pl-parafia-blog-kiermasz-o-mnie, de-blog-imkerei-gefaellt-mir-wird-geladen). */
#define PLACEHOLDER_MAX_WORDS 6

/* Has block text S a sentence's stop, its ending ellipsis aside? */
static bool placeholder_prose(const char *s)
{
    size_t n = al_text_before_ellipsis(s);
    char *head = n ? al_strndup(s, n) : NULL;
    bool stop = al_block_sentence_stop(head ? head : s);

    free(head);
    return stop;
}

static void drop_placeholder_sections(al_items *items)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *h = &items->items[i];
        size_t n = strlen(h->text ? h->text : ""), words = 0, j, last = 0;
        bool prose = false, after = false;

        if (h->junk || h->kind != AL_ITEM_HEADING || n < 2 || h->text[n - 1] != ':' ||
            al_text_words(h->text) > LABEL_MAX_WORDS)
            continue;
        for (j = i + 1; j < items->count && items->items[j].kind != AL_ITEM_HEADING; j++) {
            const al_item *o = &items->items[j];
            if (o->junk || !al_item_is_block(o) || !o->text)
                continue;
            words += al_text_words(o->text);
            prose |= placeholder_prose(o->text);
            last = j;
        }
        for (size_t k = j; k < items->count && !after; k++)
            after = !items->items[k].junk && al_item_is_block(&items->items[k]);
        if (!last || prose || after || words > PLACEHOLDER_MAX_WORDS ||
            !al_text_before_ellipsis(items->items[last].text))
            continue;
        for (size_t k = i; k < j; k++)
            items->items[k].junk = true;
        i = j - 1;
    }
}

static void drop_trailing_headings(al_items *items)
{
    size_t i = items->count, k;
    bool any_block = false;

    for (k = 0; k < items->count && !any_block; k++)
        any_block = al_item_is_block(&items->items[k]) && !items->items[k].junk &&
                    !trailing_label(&items->items[k]);
    if (!any_block)
        return;

    while (i > 0) {
        al_item *it = &items->items[i - 1];
        if (!it->junk && al_item_is_block(it) && !trailing_label(it))
            break;
        it->junk = true;
        i--;
    }
}


/* The first item inside BOX from item I, one of its items, back: items
 * are in document order, so the box's are next to I. */
static size_t box_first(const al_items *items, size_t i, int box)
{
    while (i > 0 && items->items[i - 1].node > box)
        i--;
    return i;
}
/* Is BOX, holding the appeal at item I, an inset of the appeal's own:
 * at most SMALL_BOX_BLOCKS blocks, the appeal at least half its text, and
 * less than a quarter of the text of the blocks around it (TOTAL)? Its
 * lead line is then the appeal's, however long: "Stories like this one
 * take a reporter three evenings ..." above "... members who give $8 a
 * month ..." in a box set between the article's paragraphs. */
static bool appeal_inset(const al_items *items, const al_dom *dom, size_t i, int box, size_t total)
{
    size_t j, blocks = 0;

    if (2 * (size_t)items->items[i].text_len < (size_t)dom->nodes[box].text_len ||
        4 * (size_t)dom->nodes[box].text_len >= total)
        return false;
    for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
        if (al_item_is_block(&items->items[j]) && ++blocks > SMALL_BOX_BLOCKS)
            return false;
    return true;
}

/* An appeal box: once one block in a container is an appeal found junk,
 * the short blocks around it in the same container (its title, its
 * buttons) go with it; in an inset of its own (appeal_inset) its lead
 * line of up to PROMPT_BOX_MAX_WORDS too. */
static void drop_appeal_boxes(al_items *items, const al_dom *dom)
{
    size_t i, j, total = 0;

    for (i = 0; i < items->count; i++)
        if (al_item_is_block(&items->items[i]))
            total += items->items[i].text_len;
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        size_t most = BOX_SHORT_MAX_WORDS;
        int box;

        if (!it->junk || !al_item_is_block(it) || !al_block_is_appeal(it))
            continue;
        box = dom->nodes[it->node].parent;
        if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || dom->nodes[box].text_len > BOX_MAX_CHARS ||
            dom->nodes[box].text_len > BOX_APPEAL_FACTOR * it->text_len + BOX_SLACK_CHARS)
            continue;                   /* a box is small and mostly appeal */
        if (appeal_inset(items, dom, i, box, total))
            most = PROMPT_BOX_MAX_WORDS;
        for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++) {
            al_item *o = &items->items[j];
            if (!o->junk && al_item_is_block(o) && al_text_words(o->text) <= most)
                o->junk = true;
        }
    }
}

/* ---- a list of teasers ---------------------------------------------------
 *
 * A list of other stories set as a list: each item a headline, the first
 * lines of the story and a "Read more" link to it ("What's new" under a
 * press release, a slider of recent posts), or an excerpt cut off with
 * "[...]". Each item reads like prose, so no single block is chrome, and
 * the list sits inside the article's container.
 *
 * Evidence: a <ul> or <ol> with TEASER_LIST_MIN_ITEMS items or more, every
 * one of which holds a link whose whole text is a "read more" phrase of
 * the lexicon ([extract.readmore]: "Read more »", "Read more...") or ends
 * its text with an excerpt's cut mark ("[...]", "[…]"). The article's own
 * list has no such links; a list with one item that has none is left
 * alone. Every item of the list is dropped. */
#define TEASER_LIST_MIN_ITEMS 3
#define TEASER_ITEM_DEPTH 4            /* from a block up to its <li> */

/* Does TEXT end with an excerpt's cut mark, "[...]" or "[…]"? */
static bool cut_mark_end(const char *text)
{
    size_t n = strlen(text);

    while (n && strchr(" \t\n", text[n - 1]))
        n--;
    return (n >= 5 && strncmp(text + n - 5, "[...]", 5) == 0) ||
           (n >= 5 && strncmp(text + n - 5, "[\xE2\x80\xA6]", 5) == 0);
}

/* Does list item LI hold a "read more" link, or end its text (or a
 * paragraph's) with a cut mark? */
static bool teaser_item(const al_dom *dom, int li)
{
    bool hit = false;

    for (int j = li + 1; j < dom->nodes[li].end && !hit; j++) {
        GumboTag t = dom->nodes[j].tag;
        char *text, *key;

        if (t != GUMBO_TAG_A && t != GUMBO_TAG_P)
            continue;
        if (!(text = al_dom_text(dom, j, false)))
            continue;
        if (t == GUMBO_TAG_P) {
            hit = cut_mark_end(text);
        } else if ((key = al_text_key(text))) {
            hit = *key && al_lexicon_match(AL_LEX_READMORE, key) && al_text_words(text) <= 4;
            free(key);
        }
        free(text);
    }
    if (!hit) {
        char *text = al_dom_text(dom, li, false);
        hit = text && cut_mark_end(text);
        free(text);
    }
    return hit;
}

/* Is LIST a <ul>/<ol> of teasers (above)? */
static bool teaser_list(const al_dom *dom, int list)
{
    int items = 0;

    if (dom->nodes[list].tag != GUMBO_TAG_UL && dom->nodes[list].tag != GUMBO_TAG_OL)
        return false;
    for (int c = list + 1; c < dom->nodes[list].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].tag != GUMBO_TAG_LI)
            continue;
        if (!teaser_item(dom, c))
            return false;
        items++;
    }
    return items >= TEASER_LIST_MIN_ITEMS;
}

static void drop_teaser_lists(al_items *items, const al_dom *dom)
{
    int last = -1;
    bool last_teasers = false;

    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int li = it->node, d, list;

        for (d = 0; li >= 0 && d < TEASER_ITEM_DEPTH && dom->nodes[li].tag != GUMBO_TAG_LI; d++)
            li = dom->nodes[li].parent;
        if (li < 0 || dom->nodes[li].tag != GUMBO_TAG_LI || (list = dom->nodes[li].parent) < 0)
            continue;
        if (list != last) {
            last = list;
            last_teasers = teaser_list(dom, list);
        }
        if (last_teasers)
            it->junk = true;
    }
}

/* ---- a list of headlines set between the article's paragraphs ----------
 *
 * A box of other stories set into the article as a list ("Only on
 * NBCNews.com: 1. Drought-hit cattlemen ... 2. Home prices ..."), between
 * two of its paragraphs: each item is a headline, wholly one link of
 * HEADLINE_MIN_WORDS words or more that ends no sentence. The article's
 * own list of links (sources, a roundup's items) ends the article or is
 * the article: it has no prose of the article on both sides. A short
 * label over the list in the same box ("Only on NBCNews.com") goes with
 * it. */
#define HEADLINE_LIST_MIN_ITEMS 3
#define HEADLINE_MIN_WORDS 4
#define HEADLINE_OTHER_CHARS 16
#define INSET_PROSE_MIN_WORDS 15
#define INSET_LABEL_MAX_WORDS 6

/* Is list item LI a headline: its text one link (a thumbnail may link
 * to the same story, and a picture's credit stand beside it: at most
 * HEADLINE_OTHER_CHARS of text outside the link), of HEADLINE_MIN_WORDS
 * words or more, no sentence? */
static bool headline_item(const al_dom *dom, int li)
{
    const al_node *n = &dom->nodes[li];
    const char *story = NULL;
    char *text;
    bool ok;

    if (!n->text_len || n->link_len + HEADLINE_OTHER_CHARS < n->text_len)
        return false;
    for (int j = li + 1; j < n->end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_A) {
            const char *href = al_dom_attr(dom, j, "href");
            if (!href || !*href || *href == '#' || (story && strcmp(story, href) != 0))
                return false;
            story = href;
        }
    if (!story || !(text = al_dom_text(dom, li, false)))
        return false;
    ok = al_text_words(text) >= HEADLINE_MIN_WORDS && !al_block_ends_sentence(text);
    free(text);
    return ok;
}

/* Is LIST a <ul>/<ol> of HEADLINE_LIST_MIN_ITEMS headlines or more, and nothing else? */
static bool headline_list(const al_dom *dom, int list)
{
    int items = 0;

    if (dom->nodes[list].tag != GUMBO_TAG_UL && dom->nodes[list].tag != GUMBO_TAG_OL)
        return false;
    for (int c = list + 1; c < dom->nodes[list].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[c].tag != GUMBO_TAG_LI || !headline_item(dom, c))
            return false;
        items++;
    }
    return items >= HEADLINE_LIST_MIN_ITEMS;
}

/* Is item IT a paragraph of the article's prose, outside node BOX? */
static bool inset_prose(const al_item *it, const al_dom *dom, int box)
{
    return !it->junk && it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_words(it->text) >= INSET_PROSE_MIN_WORDS &&
           !(it->node >= box && it->node < dom->nodes[box].end);
}

/* Each list is judged once: its items ask in turn, and a list of 20,000
 * items that is not of headlines would be read through for each of them
 * (NOT_HEADLINES marks the lists found wanting, one byte a node). */
static void drop_headline_insets(al_items *items, const al_dom *dom)
{
    size_t i = 0;
    unsigned char *not_headlines = calloc((size_t)dom->count + 1, 1);

    if (!not_headlines)
        return;
    while (i < items->count) {
        int li = items->items[i].node, d, list, box;
        size_t first = i, last, before, k;

        for (d = 0; li >= 0 && d < TEASER_ITEM_DEPTH && dom->nodes[li].tag != GUMBO_TAG_LI; d++)
            li = dom->nodes[li].parent;
        if (li < 0 || dom->nodes[li].tag != GUMBO_TAG_LI || (list = dom->nodes[li].parent) < 0 ||
            not_headlines[list]) {
            i++;
            continue;
        }
        if (!headline_list(dom, list)) {
            not_headlines[list] = 1;
            i++;
            continue;
        }
        for (last = i; last + 1 < items->count && items->items[last + 1].node >= list &&
                       items->items[last + 1].node < dom->nodes[list].end; last++)
            ;
        i = last + 1;
        box = dom->nodes[list].parent;
        before = first;
        if (before > 0 && box >= 0) {           /* a short label over the list, in its box */
            const al_item *lab = &items->items[before - 1];
            if (lab->node >= box && lab->node < dom->nodes[box].end && !lab->junk &&
                al_text_words(lab->text) <= INSET_LABEL_MAX_WORDS && !al_block_ends_sentence(lab->text))
                before--;
        }
        if (before == 0 || last + 1 >= items->count || !inset_prose(&items->items[before - 1], dom, list) ||
            !inset_prose(&items->items[last + 1], dom, list) || announced_list(items, dom, first, last + 1))
            continue;
        for (k = before; k <= last; k++)
            items->items[k].junk = true;
    }
    free(not_headlines);
}

/* A notice box in the article's flow: a line of [extract.readmore] ("Story
 * continues below", "Dalsza część artykułu pod materiałem wideo", "Read
 * also:") that shares a small box (at most NOTICE_BOX_MAX_CHARS) only with
 * short lines (at most NOTICE_LINE_MAX_WORDS words each), with the
 * article's text before the box and after it. The notice says the box is
 * not the article, and so the line beside it is the inset's: the video's
 * title, the linked story's, whatever its class name. The whole box goes. */
#define NOTICE_BOX_MAX_CHARS 300
#define NOTICE_LINE_MAX_WORDS 15
static void drop_notice_boxes(al_items *items, const al_dom *dom)
{
    for (size_t i = 0; i < items->count; i++) {
        int node = items->items[i].node, box;
        size_t first, end, j, lines = 0;
        bool before = false, after = false, small = true;
        char *key;

        if (node < 0 || !al_item_is_block(&items->items[i]) ||
            al_text_words(items->items[i].text) > NOTICE_LINE_MAX_WORDS ||
            !(key = al_text_key(items->items[i].text)))
            continue;
        small = al_lexicon_match(AL_LEX_READMORE, key);
        free(key);
        if (!small)
            continue;
        box = dom->nodes[node].parent;
        while (box >= 0 && dom->nodes[box].text_len == dom->nodes[node].text_len)
            box = dom->nodes[box].parent;       /* the smallest box with more than the notice */
        if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
            dom->nodes[box].text_len > NOTICE_BOX_MAX_CHARS)
            continue;
        for (first = i; first > 0 && items->items[first - 1].node > box; first--)
            ;
        for (end = first; end < items->count && items->items[end].node < dom->nodes[box].end;
             end++) {
            small = small && al_text_words(items->items[end].text) <= NOTICE_LINE_MAX_WORDS;
            lines += al_item_is_block(&items->items[end]);
        }
        for (j = 0; j < first; j++)
            before = before || (al_item_is_block(&items->items[j]) && !items->items[j].junk &&
                                al_text_words(items->items[j].text) >= PROSE_MIN_WORDS);
        for (j = end; j < items->count; j++)
            after = after || (al_item_is_block(&items->items[j]) && !items->items[j].junk &&
                              al_text_words(items->items[j].text) >= PROSE_MIN_WORDS);
        if (!small || lines < 2 || !before || !after)
            continue;
        for (j = first; j < end; j++)
            items->items[j].junk = true;
        i = end - 1;
    }
}

/* A video card set between the article's paragraphs: a box, up to
 * VIDEO_CARD_DEPTH levels above a block, that holds the clip's running
 * time as an element of its own ("1:32", "02:14", "1:05:20") and whose
 * blocks are all short lines (at most VIDEO_CARD_MAX_WORDS words) that
 * end no sentence: the clip's title, a "Watch" label, the programme's
 * name. The clip's title may be set as a heading ("Mira también:", the
 * thumbnail's "02:15" and an <h3> title in a box with no link): it heads
 * no section of the article, and the paragraphs after the card are not
 * its (b30-es-mx-nota-ajolotes-video-tuit-efe, es-mx-nota-video-titulo).
 * With prose of the article before it (inset_prose) and prose or
 * the next section's heading after it, it is a promo for another page's
 * video, not a part of the story. A live blog's entry under its time has
 * sentences under it; a schedule's times are not boxed between
 * paragraphs. A card is small: a box of more than VIDEO_CARD_MAX_CHARS
 * characters or VIDEO_CARD_MAX_NODES nodes is none (and is not searched).
 * A card may also lead the article, with nothing kept but headings before
 * it, if it shows the player's face as well: its poster (an <img>) or its
 * play <button>. That is the story's own clip, held back for a script to
 * load: a station's "Video: Crews finish repairs on Garfield Avenue water
 * main" over its "1:48" and ▶ button (b33-en-us-tv-station-water-main-
 * trending-nexstar, en-us-tv-player-title-lead). The listener cannot play
 * it, and its title is no paragraph of the story. */
#define VIDEO_CARD_DEPTH 3
#define VIDEO_CARD_MAX_WORDS 15
#define VIDEO_CARD_MAX_CHARS 400
#define VIDEO_CARD_MAX_NODES 64

/* Is S (trimmed) a running time: minutes (one or two digits) and
 * seconds, an hour first if any, and nothing else? */
static bool running_time(const char *s)
{
    int parts = 0;

    s += strspn(s, " ");
    for (;;) {
        size_t n = strspn(s, "0123456789");
        if (n == 0 || n > 2 || (parts > 0 && n != 2))
            return false;
        parts++;
        s += n;
        if (*s != ':')
            break;
        s++;
    }
    s += strspn(s, " ");
    return *s == '\0' && parts >= 2 && parts <= 3;
}

/* Does BOX hold an element whose whole text is a running time? */
static bool holds_running_time(const al_dom *dom, int box)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        char *t;
        bool hit;

        if (dom->nodes[j].flags & AL_NODE_TEXT || dom->nodes[j].text_len == 0 ||
            dom->nodes[j].text_len > 12)
            continue;
        if (!(t = al_dom_text(dom, j, false)))
            continue;
        hit = running_time(t);
        free(t);
        if (hit)
            return true;
    }
    return false;
}

/* Does BOX hold a player's face: a picture (its poster) or a button (its
 * play control)? */
static bool holds_player_face(const al_dom *dom, int box)
{
    return dom->nodes[box].img_count > 0 || dom->nodes[box].embed_count > 0 ||
           holds_tag(dom, box, GUMBO_TAG_BUTTON);
}

/* Is there nothing kept but headings before item FIRST: does a card there
 * lead the article? */
static bool leads_article(const al_items *items, size_t first)
{
    for (size_t j = 0; j < first; j++)
        if (!items->items[j].junk && items->items[j].kind != AL_ITEM_HEADING &&
            items->items[j].kind != AL_ITEM_RULE)
            return false;
    return true;
}

static void drop_video_cards(al_items *items, const al_dom *dom)
{
    size_t i = 0;

    while (i < items->count) {
        int box = items->items[i].node, d;
        size_t first = i, last, k;
        bool card = true;

        i++;
        if (running_time(items->items[first].text))
            continue;                   /* the time itself: its line tells the box */
        for (d = 0; box >= 0 && d < VIDEO_CARD_DEPTH; d++) {
            box = dom->nodes[box].parent;
            if (box >= 0 && (dom->nodes[box].text_len > VIDEO_CARD_MAX_CHARS ||
                             dom->nodes[box].end - box > VIDEO_CARD_MAX_NODES)) {
                d = VIDEO_CARD_DEPTH;   /* too big, and so is every box above it */
                break;
            }
            if (box >= 0 && holds_running_time(dom, box))
                break;
        }
        if (box < 0 || d == VIDEO_CARD_DEPTH)
            continue;
        while (first > 0 && items->items[first - 1].node >= box &&
               items->items[first - 1].node < dom->nodes[box].end)
            first--;                    /* from the box's first line, the time too */
        for (last = first; last < items->count && items->items[last].node >= box &&
                           items->items[last].node < dom->nodes[box].end; last++) {
            const al_item *it = &items->items[last];
            if (it->kind == AL_ITEM_RULE)
                continue;
            card = card && (it->kind == ALOUD_BLOCK_PARAGRAPH || it->kind == AL_ITEM_HEADING) &&
                   !al_block_ends_sentence(it->text) &&
                   al_text_words(it->text) <= VIDEO_CARD_MAX_WORDS;
        }
        if (!card || last >= items->count ||
            !((first > 0 && inset_prose(&items->items[first - 1], dom, box)) ||
              (leads_article(items, first) && holds_player_face(dom, box))) ||
            !(inset_prose(&items->items[last], dom, box) ||
              (items->items[last].kind == AL_ITEM_HEADING && !items->items[last].junk)))
            continue;
        for (k = first; k < last; k++)
            items->items[k].junk = true;
        i = last;
    }
}

/* Does BOX hold a link or a button outside its block BLOCK ("Jetzt
 * testen" under an offer)? */
static bool holds_button(const al_dom *dom, int box, int block)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        if (j == block) {
            j = dom->nodes[block].end - 1;
            continue;
        }
        if ((dom->nodes[j].tag == GUMBO_TAG_A || dom->nodes[j].tag == GUMBO_TAG_BUTTON) && dom->nodes[j].text_len > 0)
            return true;
    }
    return false;
}

/* Does BOX hold, outside its block BLOCK, a button that asks: a link or
 * <button> of at most ASK_BUTTON_MAX_WORDS words with a request verb
 * ([extract.appeal_request]: "Word ook abonnee", "Become a member")? */
static bool holds_asking_button(const al_dom *dom, int box, int block)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        al_appeal_features f;
        char *text;
        if (j == block) {
            j = dom->nodes[block].end - 1;
            continue;
        }
        if ((dom->nodes[j].tag != GUMBO_TAG_A && dom->nodes[j].tag != GUMBO_TAG_BUTTON) ||
            dom->nodes[j].text_len == 0 || !(text = al_dom_text(dom, j, true)))
            continue;
        al_appeal_measure(text, &f);
        free(text);
        if (f.request && f.words <= ASK_BUTTON_MAX_WORDS)
            return true;
        j = dom->nodes[j].end - 1;
    }
    return false;
}

/* The characters of the blocks still kept: the article's length as the
 * box rules weigh a box against it. */
static size_t kept_block_chars(const al_items *items)
{
    size_t i, total = 0;

    for (i = 0; i < items->count; i++)
        if (!items->items[i].junk && al_item_is_block(&items->items[i]))
            total += items->items[i].text_len;
    return total;
}

/* An appeal box by its features: a small container (at most BOX_MAX_CHARS,
 * less than half the article's text, two blocks or more, or its own
 * heading over one block and a button beside it: "Kreisbote Plus testen",
 * the offer, "Jetzt testen", or one block and a button that asks beside
 * it, holds_asking_button: "Dit artikel is gratis voor abonnees. Je leest
 * het nu omdat een abonnee het met je heeft gedeeld." over "Word ook
 * abonnee", nl-stadskrant-cadeau-artikel-banner) whose whole text
 * is an appeal (appeal.c) although no block of it is one alone: "Like
 * this story?" / "We're funded by readers like you." / "From £3 a month."
 * / "Join us" ask together. The box goes whole, its heading too. Its
 * text keeps a line between its blocks and cells: a data table's figures
 * in a row ("2019 | 11 400 | 9", then "2021 | 5 200 | 6") are not one
 * account number of 26 digits. */
static void drop_appeal_feature_boxes(al_items *items, const al_dom *dom)
{
    size_t i, j, total = 0, blocks;
    int last = -1;

    total = kept_block_chars(items);
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int box = dom->nodes[it->node].parent;
        char *text;

        if (it->junk || !al_item_is_block(it) || box < 0 || box == last || dom->nodes[box].tag == GUMBO_TAG_BODY ||
            dom->nodes[box].text_len > BOX_MAX_CHARS || 2 * (size_t)dom->nodes[box].text_len >= total)
            continue;
        last = box;
        /* its parts: its blocks, or its own heading over one block and a button */
        for (j = i, blocks = 0; j < items->count && items->items[j].node < dom->nodes[box].end; j++)
            blocks += !items->items[j].junk && al_item_is_block(&items->items[j]);
        if (blocks == 1 && ((i > 0 && items->items[i - 1].kind == AL_ITEM_HEADING && !items->items[i - 1].junk &&
                             items->items[i - 1].node > box && holds_button(dom, box, it->node)) ||
                            holds_asking_button(dom, box, it->node)))
            blocks++;
        if (blocks < 2 || !(text = al_dom_text_lines(dom, box, AL_NODE_DROP | AL_NODE_JUNK)))
            continue;
        if (al_appeal_text(text)) {
            /* the box's title too, before its first block */
            for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
                items->items[j].junk = true;
        }
        free(text);
    }
}

/* Does BOX hold a <button> (or an <input> of type button or submit)
 * outside its block BLOCK? A button acts on the page; a link leads away. */
static bool holds_control(const al_dom *dom, int box, int block)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        const char *type;
        if (j == block) {
            j = dom->nodes[block].end - 1;
            continue;
        }
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            continue;
        if (dom->nodes[j].tag == GUMBO_TAG_BUTTON)
            return true;
        type = dom->nodes[j].tag == GUMBO_TAG_INPUT ? al_dom_attr(dom, j, "type") : NULL;
        if (type && (strcasecmp(type, "button") == 0 || strcasecmp(type, "submit") == 0))
            return true;
    }
    return false;
}

/* Does BOX hold, outside its block BLOCK, a link to the site's newsletter
 * page: a path segment that starts with "newsletter" ("/newsletters",
 * "/newsletter/opinion", "/newsletters?list=am")? URL words, as class
 * words are markup, not a language's. */
static bool holds_newsletter_link(const al_dom *dom, int box, int block)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        const char *href, *p;
        if (j == block) {
            j = dom->nodes[block].end - 1;
            continue;
        }
        if ((dom->nodes[j].flags & AL_NODE_TEXT) || dom->nodes[j].tag != GUMBO_TAG_A ||
            !(href = al_dom_attr(dom, j, "href")))
            continue;
        p = strstr(href, "//");
        p = p ? strchr(p + 2, '/') : href;
        for (; p && *p && *p != '?' && *p != '#'; p++)
            if (*p == '/' && strncasecmp(p + 1, "newsletter", 10) == 0)
                return true;
    }
    return false;
}

/* A prompt box: a small box (at most PROMPT_BOX_MAX_CHARS, less than half
 * the article) of its own heading, one short block that speaks to the
 * reader (appeal.c's address: "you", "te", a verb form "necesitas") and a
 * <button>: what it asks is pressing the button, a sign-up the page's
 * script opens, an app or an alert ("El boletín de la mañana" / "Recibe
 * cada día ... las noticias que necesitas ..." / [Quiero recibirlo]). A
 * story's box of facts speaks of others and has no button; one whose
 * button is a link ("Leer más") is left to the other rules. The heading
 * and the block go. So do they when the box's link, outside the block,
 * leads to the site's newsletter page (holds_newsletter_link: "Get the
 * Observer Opinion email" / "Our columnists' sharpest takes, every
 * Thursday lunchtime." / [Sign me up] to /newsletters), whoever it speaks
 * to: a link out of a story's box of facts leads to a source, not to a
 * sign-up. */
static void drop_prompt_boxes(al_items *items, const al_dom *dom)
{
    size_t i, total = 0;

    total = kept_block_chars(items);
    for (i = 1; i < items->count; i++) {
        al_item *it = &items->items[i], *head = &items->items[i - 1];
        int box = dom->nodes[it->node].parent;
        al_appeal_features f;
        size_t j, blocks = 0, unlinked = 0;

        if (it->junk || !al_item_is_block(it) || head->junk || head->kind != AL_ITEM_HEADING || box < 0 ||
            dom->nodes[box].tag == GUMBO_TAG_BODY || head->node <= box ||
            dom->nodes[box].text_len > PROMPT_BOX_MAX_CHARS || 2 * (size_t)dom->nodes[box].text_len >= total ||
            al_text_words(it->text) > PROMPT_BOX_MAX_WORDS)
            continue;
        for (j = i; j < items->count && items->items[j].node < dom->nodes[box].end; j++) {
            const al_item *o = &items->items[j];
            blocks += !o->junk && al_item_is_block(o);
            unlinked += !o->junk && al_item_is_block(o) && al_item_link_share(o) < LINKED_SHARE;
        }
        if (unlinked == 1 && al_item_link_share(it) < LINKED_SHARE &&
            holds_newsletter_link(dom, box, it->node)) {
            for (j = i - 1; j < items->count && items->items[j].node < dom->nodes[box].end; j++)
                items->items[j].junk = true;    /* the heading, the block and the link's line */
            continue;
        }
        if (blocks != 1 || !holds_control(dom, box, it->node))
            continue;
        al_appeal_measure(it->text, &f);
        if (f.address > 0)
            head->junk = it->junk = true;
    }
}

/* A paid offer: a small box (at most OFFER_BOX_MAX_WORDS) with a block
 * that names a price per period (appeal.c's money_period: "9,90 €
 * monatlich", "9,99 zł miesięcznie") and, to make it the site's terms
 * rather than a fact of the story, a second price (an introductory one:
 * "Die ersten vier Wochen kosten nur 0,99 €, danach 9,90 € monatlich") or
 * a membership word ("bez reklam", "ad-free"), and beside that block a
 * short link or button of at most OFFER_ACTION_WORDS that takes it
 * ("Jetzt testen", "Sprawdź ofertę"). No request verb nor "you" need be
 * said: the button asks. A story's box of facts that names a fare per
 * month names one price, and its link, if any, leads to a source in a
 * sentence or a longer title. The whole box goes, its title too.
 * The action may run to OFFER_ASKED_ACTION_WORDS ("Dai una mano alla
 * redazione") when the box speaks to the reader (appeal.c's address, in
 * its title too: "Le notizie di casa tua hanno bisogno di te") and the
 * block says how to pay (a channel, a payment word, bank details): a
 * story's box of facts tells of a fare, to nobody, and names no PayPal.
 * A free trial of the paid tier is the offer with no price said ("Keep
 * reading with a 7-day free trial", "Pierwsze 14 dni za darmo"): the
 * box's text holds a phrase of [extract.trial] and the same button
 * takes it ("Start trial"). A box that holds the article's own title
 * (a heading h1 to h3 with its words: holds_title) is the article's
 * header, not an offer set in it: its standfirst tells of the prices
 * the story is about ("ya supera los 60 euros al mes, pero rotar las
 * suscripciones ..."), and its links are the section's kicker and the
 * share bar, no button that takes an offer
 * (b44-es-precios-plataformas-hazte-socio, fr-conso-chapo-abonnements-prix). */
#define OFFER_BOX_MAX_WORDS 60
#define OFFER_ACTION_WORDS 3
#define OFFER_ASKED_ACTION_WORDS 8

/* Does BOX hold, outside its block BLOCK, a link or a button of one to
 * MOST words? A button's text is never read (the page marks it dropped),
 * but it says what pressing it does: the offer is taken there ("<form
 * action=/upgrade><button>Upgrade to paid</button></form>"). */
static bool holds_action(const al_dom *dom, int box, int block, size_t most)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        char *text;
        size_t words;

        if (j == block) {
            j = dom->nodes[block].end - 1;
            continue;
        }
        if ((dom->nodes[j].tag != GUMBO_TAG_A && dom->nodes[j].tag != GUMBO_TAG_BUTTON) ||
            (dom->nodes[j].text_len == 0 && dom->nodes[j].tag != GUMBO_TAG_BUTTON) ||
            !(text = al_dom_text(dom, j, dom->nodes[j].tag != GUMBO_TAG_BUTTON)))
            continue;
        words = al_text_words(text);
        free(text);
        if (words >= 1 && words <= most)
            return true;
        j = dom->nodes[j].end - 1;
    }
    return false;
}

/* The longest action an offer box's block with features F may have, the
 * box's text being TEXT (above). */
static size_t offer_action_words(const al_appeal_features *f, const char *text)
{
    al_appeal_features box;

    if (!f->channel && !f->payment && !f->bank_id)
        return OFFER_ACTION_WORDS;
    al_appeal_measure(text, &box);
    return box.address ? OFFER_ASKED_ACTION_WORDS : OFFER_ACTION_WORDS;
}

/* Is CHILD all that BOX holds, white space aside (no other element, even
 * one with no text kept: a form, a button)? */
static bool wraps_only(const al_dom *dom, int box, int child)
{
    for (int c = box + 1; c < dom->nodes[box].end; c = dom->nodes[c].end)
        if (c != child && !((dom->nodes[c].flags & AL_NODE_TEXT) && dom->nodes[c].text_len <= 1))
            return false;
    return true;
}

/* The box of an offer's block BLOCK: its parent, or, while that wraps
 * nothing but the block (wraps_only), the box around it, up to
 * OFFER_BOX_UP levels: a widget wraps its caption in an element of its
 * own beside the form that holds its button ("<div><div><p>... $6 a
 * month ...</p></div><form><button>Upgrade to paid</button></form></div>",
 * b30-en-newsletter-water-rate-case, en-newsletter-paid-subscribers-
 * inline-offer). A wrapper adds nothing to read; the box is where the
 * block has neighbours. */
#define OFFER_BOX_UP 2
static int offer_box(const al_dom *dom, int block)
{
    int child = block, box = dom->nodes[block].parent;

    for (int up = 0; up < OFFER_BOX_UP && box >= 0 && wraps_only(dom, box, child); up++) {
        int parent = dom->nodes[box].parent;
        if (parent < 0 || dom->nodes[parent].tag == GUMBO_TAG_BODY)
            break;
        child = box;
        box = parent;
    }
    return box;
}

static bool holds_title(const al_dom *dom, int r, const char *title);

static void drop_offer_boxes(al_items *items, const al_dom *dom, const char *title)
{
    size_t i, j, total = 0;

    total = kept_block_chars(items);
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int box = offer_box(dom, it->node);
        al_appeal_features f;
        char *text, *key;
        size_t words;
        bool priced, trial;

        if (it->junk || !al_item_is_block(it) || box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
            dom->nodes[box].text_len > BOX_MAX_CHARS || 2 * (size_t)dom->nodes[box].text_len >= total)
            continue;
        al_appeal_measure(it->text, &f);
        priced = f.money_period >= 1 && (f.money >= 2 || f.member >= 1);
        if ((!priced && f.words > OFFER_BOX_MAX_WORDS) || (title && holds_title(dom, box, title)) ||
            !(text = al_dom_text(dom, box, true)))
            continue;
        words = al_text_words(text);
        key = !priced && words <= OFFER_BOX_MAX_WORDS ? al_text_key(text) : NULL;
        trial = key && al_block_key_has_table_word(key, "extract.trial");
        free(key);
        if (words > OFFER_BOX_MAX_WORDS || (!priced && !trial) ||
            !holds_action(dom, box, it->node, priced ? offer_action_words(&f, text) : OFFER_ACTION_WORDS)) {
            free(text);
            continue;
        }
        free(text);
        for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
            items->items[j].junk = true;
    }
}

/* An advertisement set in the story: a small box (at most
 * AD_BOX_MAX_CHARS, less than half the article) whose first words are an
 * ad's label alone on its line ([extract.ad_label]: "Anzeige",
 * "Publicidad", "Patrocinado", "Advertisement", the word the law or the
 * press code asks of a paid box) and that holds a link beside it, the
 * ad's call ("Jetzt Wette platzieren", "Apuesta ahora y recibe tu bono"):
 * the label says what the whole box is (a bookmaker's odds, a sponsor's
 * offer), not only itself. The whole box goes. An empty slot's label goes
 * alone (blocks.c, slot-label); a label over a larger element (a column,
 * the article) says nothing of the rest, and a box with no link sends the
 * reader nowhere, unless its label has an element of its own over one
 * short line (label_over_line) or one of its blocks says the ad's call in words, a
 * shop's or bookmaker's button set as text ([extract.cta]: "Scommetti ora
 * con BetAdria!" after the odds, tests/pages/
 * b26-it-cronaca-derby-lagaro-valmarecchia with classes stripped), its
 * words together or apart ("Jetzt ... buchen", says_call_apart). A label
 * whose element its class dropped still labels its box
 * (box_of_unread_label). */
#define AD_BOX_MAX_CHARS 500
#define AD_LABEL_MAX_WORDS 3

/* Is TEXT exactly a phrase of [extract.ad_label], in any language? */
static bool ad_label(const char *text)
{
    size_t n, k;
    const al_lang_entry *e = al_lang_table("extract.ad_label", NULL, &n);
    char *key = al_text_key(text);
    bool hit = false;

    for (k = 0; key && *key && k < n && !hit; k++) {
        const char *w = al_lang_entry_key(&e[k]);
        hit = w && strcmp(w, key) == 0;
    }
    free(key);
    return hit;
}

/* Does link J hold a picture (a banner: the ad's call is its picture)? */
static bool links_picture(const al_dom *dom, int j)
{
    for (int k = j + 1; k < dom->nodes[j].end; k++)
        if (dom->nodes[k].tag == GUMBO_TAG_IMG)
            return true;
    return false;
}

/* Does BOX hold a link outside its label's element LABEL, with text or
 * with a picture (a banner over the offer's line: "Anzeige", a linked
 * <img>, "Winterreifen-Aktion im Autohaus Moser: jetzt Termin sichern!",
 * tests/pages/b27-de-at-lokal-spaetmeta-tarif)? The box is small
 * (AD_BOX_MAX_CHARS): the walk is bounded by its nodes. */
static bool holds_link(const al_dom *dom, int box, int label)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        if (j == label) {
            j = dom->nodes[label].end - 1;
            continue;
        }
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_A &&
            al_dom_attr(dom, j, "href") && (dom->nodes[j].text_len > 0 || links_picture(dom, j)))
            return true;
    }
    return false;
}

/* The call said with its words apart: a language that puts the verb last
 * sets the offer between a call's words ("Jetzt Wellness-Wochenende im
 * Allgäu buchen" for "jetzt buchen": tests/pages/
 * b34-de-regional-freibad-kurzfassung-bildergalerie,
 * de-lokal-anzeige-verb-am-ende: "Jetzt Ihr neues E-Bike beim Fachhändler
 * in Haßfurt kaufen", eight words apart). Under an ad's label, a block of
 * at most AD_CALL_MAX_WORDS words that holds the words of a call of two
 * words or more in order, at most AD_CALL_GAP words between two of them,
 * says it. */
#define AD_CALL_MAX_WORDS 30
#define AD_CALL_GAP 8
#define AD_CALL_WORDS 8

/* Splits KEY (a word key, changed in place) into at most MAX words at its
 * spaces; the number of words, or MAX + 1 when it has more. */
static size_t key_words(char *key, char **w, size_t max)
{
    size_t n = 0;
    char *save = NULL;

    for (char *p = strtok_r(key, " ", &save); p; p = strtok_r(NULL, " ", &save)) {
        if (n == max)
            return max + 1;
        w[n++] = p;
    }
    return n;
}

/* Do the words W[0..N) hold the words of PHRASE in order, at most
 * AD_CALL_GAP words between two of them? */
static bool holds_call_apart(char **w, size_t n, const char *phrase)
{
    char buf[128], *p[AD_CALL_WORDS];
    size_t np, a, at, k, j;

    if (strlen(phrase) >= sizeof(buf))
        return false;
    strcpy(buf, phrase);
    np = key_words(buf, p, AD_CALL_WORDS);
    if (np < 2 || np > AD_CALL_WORDS)
        return false;
    for (a = 0; a < n; a++) {
        if (strcmp(w[a], p[0]) != 0)
            continue;
        for (k = 1, at = a; k < np; k++) {        /* the nearest next word leaves the most room */
            for (j = at + 1; j < n && j <= at + 1 + AD_CALL_GAP && strcmp(w[j], p[k]) != 0; j++)
                ;
            if (j >= n || j > at + 1 + AD_CALL_GAP)
                break;
            at = j;
        }
        if (k == np)
            return true;
    }
    return false;
}

static bool says_call_apart(const char *key)
{
    char *copy = al_strdup(key), *w[AD_CALL_MAX_WORDS];
    size_t n = copy ? key_words(copy, w, AD_CALL_MAX_WORDS) : 0, k, count;
    const al_lang_entry *e = al_lang_table("extract.cta", NULL, &count);
    bool hit = false;

    for (k = 0; n <= AD_CALL_MAX_WORDS && k < count && !hit; k++) {
        const char *phrase = al_lang_entry_key(&e[k]);
        hit = phrase && holds_call_apart(w, n, phrase);
    }
    free(copy);
    return hit;
}

/* Does a block of ITEMS inside BOX, other than item LABEL, say a call of
 * [extract.cta], its words together or apart (says_call_apart)? The items
 * are in document order: the box's own are the run around item AT (LABEL,
 * or one of the box's blocks when its label is no item), few in a box of
 * AD_BOX_MAX_CHARS. */
static bool box_says_call(const al_items *items, size_t at, size_t label, const al_dom *dom, int box)
{
    size_t j = at;
    bool hit = false;

    while (j > 0 && items->items[j - 1].node >= box && items->items[j - 1].node < dom->nodes[box].end)
        j--;
    for (; j < items->count && !hit; j++) {
        const al_item *it = &items->items[j];
        char *key;
        if (it->node < box || it->node >= dom->nodes[box].end)
            break;
        if (j == label || !it->text)
            continue;
        key = al_text_key(it->text);
        hit = key && (al_lexicon_match(AL_LEX_CTA, key) || says_call_apart(key));
        free(key);
    }
    return hit;
}

/* The label of the box around block item I when the label is no item
 * (its element dropped by its class: "<span class="id-Ad-label">Anzeige
 * </span>", tests/pages/b34-de-regional-freibad-kurzfassung-bildergalerie;
 * "ad-slot__label", de-lokal-anzeige-verb-am-ende): the block's parent,
 * not the body, whose first shown child is an element other than the
 * block, of at most AD_LABEL_MAX_NODES nodes, not a block of ITEMS, whose
 * text is an ad's label (ad_label). The box, or -1; its label's node in
 * *LABEL. */
#define AD_LABEL_MAX_NODES 8
static int box_of_unread_label(const al_items *items, size_t i, const al_dom *dom, int *label)
{
    const al_item *it = &items->items[i];
    int box = it->node >= 0 ? dom->nodes[it->node].parent : -1, c;
    char *text;
    bool hit;

    if (it->junk || !al_item_is_block(it) || box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY)
        return -1;
    for (c = box + 1; c < dom->nodes[box].end; c = dom->nodes[c].end) {
        const char *t = dom->nodes[c].g ? dom->nodes[c].g->v.text.text : NULL;
        if (!(dom->nodes[c].flags & AL_NODE_TEXT)) {
            if (!(dom->nodes[c].flags & (AL_NODE_DROP | AL_NODE_HIDDEN)))
                break;
        } else if (t && t[strspn(t, " \t\r\n")] != '\0') {
            return -1;                  /* the box opens with text of its own */
        }
    }
    if (c >= dom->nodes[box].end || c == it->node || dom->nodes[c].end - c > AD_LABEL_MAX_NODES ||
        (i > 0 && items->items[i - 1].node >= c && items->items[i - 1].node < dom->nodes[c].end))
        return -1;
    if (!(text = al_dom_text(dom, c, false)))
        return -1;
    hit = al_text_words(text) <= AD_LABEL_MAX_WORDS && ad_label(text);
    free(text);
    *label = c;
    return hit ? box : -1;
}

/* A box with no link is the ad's still when the label is alone in its own
 * element, a child of BOX, and BOX's other text is one short line (at most
 * AD_LINE_MAX_WORDS words, no sentence's end inside: "Anzeige" over "Jetzt
 * Heizöl günstig bestellen bei Energie Fulda", tests/pages/
 * b38-de-seite-1-von-3-pager with classes stripped; de-lokal-anzeige-ohne-link):
 * the label's element says what its parent is, whatever the offer's words.
 * A paragraph of the article beside a stray label is longer or has more
 * than one sentence. */
#define AD_LINE_MAX_WORDS 20
static bool label_over_line(const al_dom *dom, int box, int label)
{
    char *all, *own;
    size_t words, label_words;
    const char *stop;
    bool hit;

    if (label < 0 || label == box || dom->nodes[label].parent != box ||
        (dom->nodes[label].flags & AL_NODE_TEXT))
        return false;
    all = al_dom_text(dom, box, true);
    own = al_dom_text(dom, label, true);
    if (!all || !own || !ad_label(own)) {
        free(all);
        free(own);
        return false;
    }
    words = al_text_words(all);
    label_words = al_text_words(own);
    stop = strpbrk(all, ".!?");
    hit = words > label_words && words - label_words <= AD_LINE_MAX_WORDS &&
          (!stop || stop[strspn(stop, ".!? \t\r\n")] == '\0');
    free(all);
    free(own);
    return hit;
}

static void drop_ad_boxes(al_items *items, const al_dom *dom)
{
    size_t i, j, total = kept_block_chars(items);

    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        int label = it->node, box;
        char *text;
        size_t n;
        bool opens, unread = false;

        if (it->kind != ALOUD_BLOCK_PARAGRAPH || label < 0 || al_text_words(it->text) > AD_LABEL_MAX_WORDS ||
            !ad_label(it->text)) {
            if ((box = box_of_unread_label(items, i, dom, &label)) < 0)
                continue;
            unread = true;
        } else {
            box = dom->nodes[label].text_len > it->text_len ? label : dom->nodes[label].parent;
            while (box >= 0 && dom->nodes[box].text_len <= it->text_len)
                box = dom->nodes[box].parent;
        }
        if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || dom->nodes[box].text_len > AD_BOX_MAX_CHARS ||
            2 * (size_t)dom->nodes[box].text_len >= total ||
            (!holds_link(dom, box, box == label ? -1 : label) &&
             !box_says_call(items, i, unread ? (size_t)-1 : i, dom, box) &&
             !label_over_line(dom, box, label)) ||
            !(text = al_dom_text(dom, box, true)))
            continue;
        n = unread ? 0 : strlen(it->text);
        opens = unread || (strncmp(text, it->text, n) == 0 && (text[n] == ' ' || text[n] == '\0'));
        free(text);
        if (!opens)
            continue;                   /* the label is not the box's first words */
        for (j = i; j > 0 && items->items[j - 1].node >= box && items->items[j - 1].node < dom->nodes[box].end; j--)
            ;
        for (; j < items->count && items->items[j].node >= box && items->items[j].node < dom->nodes[box].end; j++)
            items->items[j].junk = true;
        i = j - 1;
    }
}

/* A question put to the reader with its answers as buttons ("Was this
 * article helpful?" [Yes] [No], "Este artigo foi útil?" [Sim] [Não]): a
 * small box (at most POLL_BOX_MAX_CHARS) whose one block is a short
 * question (at most POLL_MAX_WORDS, ending in "?") beside two or more
 * <button>s (or button inputs, or radio buttons). A block of the box
 * already found chrome is not one to read: a widget's tally under its
 * buttons ("1,284 readers found this helpful", with classes stripped:
 * tests/pages/b25-en-us-howto-rsync-cron-backup). A feedback or poll
 * widget: the buttons answer it, the article never asks with buttons.
 * Radio buttons, two or more, are a choice of answers the reader ticks:
 * beside them a longer question (at most POLL_CHOICE_MAX_WORDS) in a
 * box of at most POLL_CHOICE_BOX_MAX_CHARS, with the poll's title and
 * vote count as its other blocks, is the poll's too ("Seriez-vous prêt
 * à payer 50 centimes de plus par repas ... ?" over Oui / Non / Je ne
 * sais pas: tests/pages/b24-fr-tribune-cantines-bio), and so are all the
 * box's blocks: its label, the answers beside their radio buttons (in a
 * list, no <form> around them) and the tally (tests/pages/
 * b26-de-lokal-freibad-umfrage-ohne-form). So is a box whose answers are
 * buttons, two or more, each in a list item of its own, with a tally: a
 * number in the box's text outside the question and the buttons
 * ("SONDA", "Czy w Twoim mieszkaniu jest dziś ciepło?" over three answer
 * buttons, "Głosuj" and "Oddano 4812 głosów": b31-pl-relacja-awaria-
 * cieplownicza-tweet-sonda; tests/pages/cs-zpravy-anketa-tlacitka). A
 * list of buttons counts nothing; the tally says votes were cast. So is
 * a box whose answers end in percentages that add up to a whole, with a
 * button to vote (percent_answers). */
#define POLL_BOX_MAX_CHARS 200
#define POLL_MAX_WORDS 12
#define POLL_CHOICE_BOX_MAX_CHARS 600
#define POLL_CHOICE_MAX_WORDS 30
/* A box whose controls are counted spans at most this many nodes (bounded
 * work: a short text may sit in a deep tree of empty elements). */
#define POLL_BOX_MAX_NODES 400
static int count_controls(const al_dom *dom, int box, int block, int *radios, int *listed, bool *tally)
{
    int n = 0;

    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        const char *type;
        int p = dom->nodes[j].parent;
        if (j == block) {
            j = dom->nodes[block].end - 1;
            continue;
        }
        if (dom->nodes[j].flags & AL_NODE_TEXT) {
            const char *t = dom->nodes[j].g ? dom->nodes[j].g->v.text.text : NULL;
            *tally = *tally || (t && strpbrk(t, "0123456789"));
            continue;
        }
        if (dom->nodes[j].tag == GUMBO_TAG_BUTTON) {
            n++;                                /* an answer in a list item of its own */
            *listed += p > box && dom->nodes[p].tag == GUMBO_TAG_LI && dom->nodes[p].text_len == dom->nodes[j].text_len;
            j = dom->nodes[j].end - 1;          /* its label is no tally */
            continue;
        }
        type = dom->nodes[j].tag == GUMBO_TAG_INPUT ? al_dom_attr(dom, j, "type") : NULL;
        if (type && (strcasecmp(type, "button") == 0 || strcasecmp(type, "submit") == 0 ||
                     strcasecmp(type, "radio") == 0))
            n++;
        if (type && strcasecmp(type, "radio") == 0)
            (*radios)++;
    }
    return n;
}

/* The percentage that ends S ("Te duur voor dagelijkse gebruikers 58%",
 * "Non 12,5 %"), rounded down, or -1 when S ends in none. */
static int ending_percent(const char *s)
{
    size_t n = strlen(s), end;

    while (n && s[n - 1] == ' ')
        n--;
    if (!n || s[--n] != '%')
        return -1;
    while (n && s[n - 1] == ' ')
        n--;
    end = n;
    while (n && ((s[n - 1] >= '0' && s[n - 1] <= '9') || s[n - 1] == ',' || s[n - 1] == '.'))
        n--;
    if (n == end || !(s[n] >= '0' && s[n] <= '9') || (n && s[n - 1] != ' '))
        return -1;
    return atoi(s + n);
}

/* A poll's results in its own box: the answers set after the question,
 * POLL_MIN_OPTIONS or more blocks of the box that each end in a
 * percentage, the percentages adding up to a whole (POLL_TOTAL_MIN to
 * POLL_TOTAL_MAX, for rounding: 31% + 58% + 11%), and a control of the
 * box's own to vote with ("Stem nu"). A survey the article reports in a
 * list adds up as well, but has no button: the button makes it the
 * reader's poll (b39-nl-nieuws-poll-lees-ook-correctie with its classes
 * stripped, nl-peiling-percentages-stemknop). */
#define POLL_MIN_OPTIONS 2
#define POLL_TOTAL_MIN 97
#define POLL_TOTAL_MAX 103
static bool percent_answers(const al_items *items, size_t i, const al_dom *dom, int box)
{
    int options = 0, total = 0;

    for (size_t j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++) {
        int pct;
        if (j == i || !al_item_is_block(&items->items[j]) || !items->items[j].text)
            continue;
        if ((pct = ending_percent(items->items[j].text)) < 0)
            continue;
        options++;
        total += pct;
    }
    return options >= POLL_MIN_OPTIONS && total >= POLL_TOTAL_MIN && total <= POLL_TOTAL_MAX;
}

static void drop_poll_questions(al_items *items, const al_dom *dom)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int box = it->node >= 0 ? dom->nodes[it->node].parent : -1, radios = 0, listed = 0, controls;
        bool tally = false;
        size_t len = strlen(it->text), j, blocks = 0, words;

        if (it->junk || !al_item_is_block(it) || box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
            dom->nodes[box].text_len > POLL_CHOICE_BOX_MAX_CHARS ||
            (words = al_text_words(it->text)) > POLL_CHOICE_MAX_WORDS || !len || it->text[len - 1] != '?' ||
            dom->nodes[box].end - box > POLL_BOX_MAX_NODES)
            continue;
        controls = count_controls(dom, box, it->node, &radios, &listed, &tally);
        if (radios >= 2 || (listed >= 2 && tally) ||   /* a choice of answers: the box is the poll */
            (controls >= 1 && percent_answers(items, i, dom, box))) {
            for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
                items->items[j].junk = true;
            continue;
        }
        if (dom->nodes[box].text_len > POLL_BOX_MAX_CHARS || words > POLL_MAX_WORDS)
            continue;
        for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
            blocks += al_item_is_block(&items->items[j]) && !items->items[j].junk;
        if (blocks == 1 && controls >= 2)
            it->junk = true;
    }
}

/* The note beside a folded widget: a box whose own button opens what is
 * not on the page yet ("Ver transcrição completa", aria-expanded="false")
 * and whose one block is a short note on it ("A transcrição é gerada
 * automaticamente e pode conter erros.": tests/pages/
 * b24-pt-br-podcast-pao-frances-episodio, b25-en-us-lecture-transcript-note). The note speaks of text the
 * listener is not read. Evidence: a <button> child of the block's parent
 * (not the body) with aria-expanded="false", the block the box's only one,
 * at most DISCLOSURE_NOTE_MAX_WORDS words. An accordion's answer sits in
 * a panel of its own, not beside its button, and is read. */
#define DISCLOSURE_NOTE_MAX_WORDS 15

static bool folded_button_child(const al_dom *dom, int box)
{
    for (int j = box + 1; j < dom->nodes[box].end; j = dom->nodes[j].end) {
        const char *v;
        if (dom->nodes[j].tag == GUMBO_TAG_BUTTON && !(dom->nodes[j].flags & AL_NODE_TEXT) &&
            (v = al_dom_attr(dom, j, "aria-expanded")) && strcasecmp(v, "false") == 0)
            return true;
    }
    return false;
}

static void drop_disclosure_notes(al_items *items, const al_dom *dom)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int box = it->node >= 0 ? dom->nodes[it->node].parent : -1;
        size_t j, blocks = 0;

        if (it->junk || !al_item_is_block(it) || box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
            dom->nodes[box].end - box > POLL_BOX_MAX_NODES || al_text_words(it->text) > DISCLOSURE_NOTE_MAX_WORDS)
            continue;
        for (j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
            blocks += al_item_is_block(&items->items[j]);
        if (blocks == 1 && folded_button_child(dom, box))
            it->junk = true;
    }
}

/* A reference box: the study a story reports, cited in full in a box of
 * its own ("Badanie" over "M. Kaczmarek, T. Lis ... Journal of Adolescent
 * Sleep Research, 2026 ... DOI: 10.5555/jasr.2026.0412", "Об исследовании"
 * over "Захарова И. В. ... DOI: 10.0000/gpv.2026.418"). A citation serves
 * the reader who looks the paper up, not a listener: reference matter, as
 * a "Sources" list is (tests/pages/b24-pl-zdrowie-sen-nastolatkow-zrodla,
 * b24-ru-nauka-baikal-gubki-istochniki, b25-en-gb-science-study-doi-box). Evidence: a block of at most
 * REF_MAX_WORDS words that ends with a DOI (ref_doi_end: "10.", a
 * registrant code of REF_DOI_MIN_DIGITS digits or more, '/', a suffix),
 * the only block of its box (its parent, not the body) but for a label
 * of at most LABEL_MAX_WORDS words above it with no sentence's end. The
 * story's own sentence that names a DOI sits among the story's
 * paragraphs, in no box of its own, and is read. */
#define REF_MAX_WORDS 80
#define REF_DOI_MIN_DIGITS 4
#define REF_BOX_MAX_NODES 200

/* Does TEXT end with a DOI ("... DOI: 10.5555/jasr.2026.0412",
 * "https://doi.org/10.1038/xyz.")? */
static bool ref_doi_end(const char *text)
{
    size_t n = strlen(text), start, digits = 0;
    const char *t;

    while (n && strchr(" .)]", text[n - 1]))
        n--;
    for (start = n; start > 0 && text[start - 1] != ' '; start--)
        ;
    t = text + start;
    if (strncasecmp(t, "doi:", 4) == 0)
        t += 4;
    else if (strncasecmp(t, "https://doi.org/", 16) == 0)
        t += 16;
    if (strncmp(t, "10.", 3) != 0)
        return false;
    for (t += 3; isdigit((unsigned char)*t); t++)
        digits++;
    return digits >= REF_DOI_MIN_DIGITS && *t == '/' && t + 1 < text + n;
}

static void drop_reference_boxes(al_items *items, const al_dom *dom)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int box = it->node >= 0 ? dom->nodes[it->node].parent : -1;
        size_t j, first, label = SIZE_MAX, blocks = 0;

        if (it->junk || !al_item_is_block(it) || box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
            dom->nodes[box].end - box > REF_BOX_MAX_NODES || al_text_words(it->text) > REF_MAX_WORDS ||
            !ref_doi_end(it->text))
            continue;
        first = box_first(items, i, box);
        for (j = first; j < items->count && items->items[j].node < dom->nodes[box].end; j++) {
            const al_item *o = &items->items[j];
            if (j == i || o->junk || (o->kind != AL_ITEM_HEADING && !al_item_is_block(o)))
                continue;
            if (j + 1 == i && !al_block_ends_sentence(o->text) && al_text_words(o->text) <= LABEL_MAX_WORDS)
                label = j;
            else
                blocks++;                       /* more than a label and its reference */
        }
        if (blocks)
            continue;
        it->junk = true;
        if (label != SIZE_MAX)
            items->items[label].junk = true;
    }
}

/* A box's blocks, counted once for small_box and own_box: all of them
 * and those of more than BOX_SHORT_MAX_WORDS words. */
typedef struct {
    bool counted;
    unsigned char state;      /* 1 + its long blocks (up to 2) */
    unsigned char blocks;     /* 1 + its blocks (up to SMALL_BOX_BLOCKS + 2) */
    size_t first;             /* the first long block's item */
} box_count;

/* BOX's count (BOX the parent of item I), read once: a box's blocks are
 * read once, not once per appeal in it. NULL when no box is counted. */
static const box_count *count_box(const al_items *items, const al_dom *dom, size_t i, int box,
                                  box_count *counts)
{
    box_count *bc;
    size_t j;

    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY || !counts)
        return NULL;
    bc = &counts[box];
    if (!bc->counted) {
        bc->counted = true;
        bc->state = bc->blocks = 1;
        for (j = box_first(items, i, box);
             j < items->count && items->items[j].node < dom->nodes[box].end &&
             (bc->blocks <= SMALL_BOX_BLOCKS + 1 || bc->state < 3);
             j++) {
            const al_item *o = &items->items[j];
            if (!al_item_is_block(o))
                continue;
            if (bc->blocks <= SMALL_BOX_BLOCKS + 1)
                bc->blocks++;
            if (bc->state < 3 && al_text_words(o->text) > BOX_SHORT_MAX_WORDS && bc->state++ == 1)
                bc->first = j;
        }
    }
    return bc;
}

/* Is BOX, the parent of the appeal at item I, a small box of its own (not
 * <body>): at most SMALL_BOX_BLOCKS blocks, the appeal and its terms
 * ("La tessera costa 15 euro l'anno ...", then the IBAN), not an
 * article's body of paragraphs? In it a price told to nobody is the
 * appeal's (al_appeal_continues: BOXED). */
static bool small_box(const al_items *items, const al_dom *dom, size_t i, int box, box_count *counts)
{
    const box_count *bc = count_box(items, dom, i, box, counts);

    return bc && bc->blocks <= SMALL_BOX_BLOCKS + 1;
}

/* Does O go on with the appeal beside it: al_appeal_adjoins() for the
 * NEAREST block, al_appeal_continues() past it, O ABOVE the appeal or
 * under it (al_appeal_goes_on)? Kept in *SAID (when not NULL): a box of
 * many appeals asks the same neighbour once per appeal. */
static bool appeal_goes_on(const al_item *o, signed char *said, bool nearest, bool boxed, bool above)
{
    if (said && *said >= 0)
        return *said;
    bool yes = al_appeal_goes_on(o->text, boxed, nearest, above);
    if (said)
        *said = yes;
    return yes;
}

/* An appeal's run: the blocks next to an appeal found junk, with no
 * heading between, that continue it (appeal.c: al_appeal_continues: its
 * price tiers, its button, "Around 900 readers already chip in") go with
 * it, one after another; the nearest block on each side also when it
 * makes the appeal's case (al_appeal_adjoins: "We don't put this behind a
 * paywall", "sans publicité ni mur payant" before the ask). The run
 * starts only at an appeal by what it does (it asks: appeal.c), not at a
 * block that only names payments: in news about a payments company every
 * paragraph names its channel. An appeal set in a box of its own (its
 * parent holds no other block of more than BOX_SHORT_MAX_WORDS words: only
 * its title and buttons; not <body>) ends at the box: the blocks outside
 * it are the article's, also when they name a rent per month beside a
 * mid-article appeal ("A renda das bancas mantém-se nos 85 euros por
 * mês"). In a small box set between the story's paragraphs (inset_box),
 * the nearest block in the box joins the appeal also when it only tells
 * the site's story in its "we" (al_appeal_told_by_site: "In 1994 this
 * paper fitted in a garage ... our readers still fill the tank" over
 * "3 euros a month keep us going"): the box is the ask's, and the "we"
 * the site's; outside the box a "we" is the article's own. A small box
 * whose blocks are all dropped already is the appeal's own too
 * (box_all_dropped), and so is one whose other blocks the run has just
 * taken (its ask above the bank details it starts from: "Kurz in eigener
 * Sache: ... freuen wir uns über eine Überweisung" over "IBAN: ..."): the
 * run stops at the box's edge, and the story's paragraph above it that
 * tells the association's rent per month ("für 380 Euro im Monat ... will
 * der Verein aus Mitgliedsbeiträgen bezahlen") stays the story's
 * (b48-de-reparaturcafe-neue-werkstatt, it-circolo-scacchi-sala-bonifico).
 * COUNTS (one per node, or NULL: no box is counted) keeps each box's
 * count: a box's blocks are read once, not once per appeal in it, which
 * for a box of thousands of appeals cost the square of their number. */
static bool own_box(const al_items *items, const al_dom *dom, size_t i, int box, box_count *counts)
{
    const box_count *bc = count_box(items, dom, i, box, counts);

    return bc && (bc->state == 1 || (bc->state == 2 && bc->first == i));
}

/* Is BOX, the parent of the appeal at item I, set in the article: the
 * nearest blocks before and after it, outside it, are kept blocks of
 * BOX's own parent (an inset between the story's paragraphs, not the
 * story's body nor a box at its end)? */
static bool inset_box(const al_items *items, const al_dom *dom, size_t i, int box)
{
    int outer = box >= 0 ? dom->nodes[box].parent : -1;
    bool before = false, after = false;
    size_t j;

    if (outer < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY ||
        dom->nodes[outer].tag == GUMBO_TAG_BODY)
        return false;
    for (j = i; j-- > 0;) {
        const al_item *o = &items->items[j];
        if (!al_item_is_block(o) || (o->node >= box && o->node < dom->nodes[box].end))
            continue;
        before = !o->junk && o->node > outer;
        break;
    }
    for (j = i + 1; before && j < items->count; j++) {
        const al_item *o = &items->items[j];
        if (!al_item_is_block(o) || (o->node >= box && o->node < dom->nodes[box].end))
            continue;
        after = !o->junk && o->node < dom->nodes[outer].end;
        break;
    }
    return before && after;
}

/* Is every block of BOX, the parent of the appeal at item I, dropped
 * already (its second ask, its bank account, its buttons)? A small box
 * that is all the appeal's is the appeal's own too, however many long
 * blocks it holds: the run ends at it, and the paragraph after the box
 * stays although it names a sum ("De gemeente betaalt jaarlijks 18.000
 * euro mee", b32-nl-lokaal-buurtbus-chauffeurs-vriend). */
static bool box_all_dropped(const al_items *items, const al_dom *dom, size_t i, int box)
{
    for (size_t j = box_first(items, i, box); j < items->count && items->items[j].node < dom->nodes[box].end; j++)
        if (al_item_is_block(&items->items[j]) && !items->items[j].junk)
            return false;
    return true;
}

static void drop_appeal_runs(al_items *items, const al_dom *dom)
{
    box_count *counts = NULL;
    signed char *said = NULL;   /* per item, test (adjoins, continues) and side: -1 not asked yet */
    size_t i;

    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int step, box, parent;
        bool boxed, inset;

        if (!it->junk || !al_item_is_block(it) || !al_block_is_appeal_by_features(it))
            continue;
        if (!counts)
            counts = calloc((size_t)dom->count, sizeof(*counts));
        if (!said && (said = malloc(items->count * 4)) != NULL)
            memset(said, -1, items->count * 4);
        box = parent = dom->nodes[it->node].parent;
        boxed = small_box(items, dom, i, box, counts);
        inset = boxed && inset_box(items, dom, i, parent);
        if (!own_box(items, dom, i, box, counts) && !(boxed && box_all_dropped(items, dom, i, box)))
            box = -1;
        for (step = -1; step <= 1; step += 2) {
            size_t j = i;
            bool nearest = true;
            while ((step < 0 ? j > 0 : j + 1 < items->count)) {
                al_item *o = &items->items[step < 0 ? --j : ++j];
                if (o->kind == AL_ITEM_HEADING || o->kind == AL_ITEM_RULE)
                    break;
                if (!al_item_is_block(o))
                    break;
                if (box >= 0 && (o->node < box || o->node >= dom->nodes[box].end))
                    break;              /* out of the appeal's own box */
                if (box < 0 && boxed && (o->node < parent || o->node >= dom->nodes[parent].end) &&
                    box_all_dropped(items, dom, i, parent))
                    break;              /* the run took the rest of its small box: the box is
                                         * the appeal's own now, and ends it */
                if (o->junk)
                    continue;
                if (!o->text ||
                    !(appeal_goes_on(o, said ? &said[j * 4 + !nearest + 2 * (step < 0)] : NULL, nearest, boxed,
                                     step < 0) ||
                      (nearest && inset && o->node > parent && o->node < dom->nodes[parent].end &&
                       al_appeal_told_by_site(o->text))))
                    break;
                o->junk = true;
                nearest = false;
            }
        }
    }
    free(counts);
    free(said);
}

/* A list of the site's supporters under its appeal: "Vrienden van
 * Rivierenland Ronduit: Anja de Kruijf, Bart Spelt, familie Verwoerd,
 * ... en 41 anderen." (b37-nl-blog-pont-tikkie-vrienden). It thanks
 * those who gave, as the appeal asks the listener to: the appeal's end
 * matter, not the story. Evidence: position, shape and language data.
 * The block is the first kept one after an appeal found junk (what lies
 * between, its buttons, is junk too; no heading between); it opens with
 * a label of at most LABEL_MAX_WORDS words before a colon that names
 * supporters ([extract.supporters]: "Friends", "Vrienden", "Förderer",
 * "sostenitori"); after the colon come SUPPORTERS_MIN_NAMES names or
 * more, set apart by commas, each of at most SUPPORTER_NAME_MAX_WORDS
 * words with a capitalised one ("familie Verwoerd", "Joost en Marieke"),
 * the last one with up to SUPPORTER_TAIL_WORDS words more ("... en 41
 * anderen"), or only a count ("..., and 23 others"), and no '!', '?' or
 * second colon: a list, no sentence. A
 * story's own list of names under a label ("Members: ...") is read when
 * no appeal stands right above it. */
#define SUPPORTERS_MIN_NAMES 3
#define SUPPORTER_NAME_MAX_WORDS 4
#define SUPPORTER_TAIL_WORDS 3

static bool capitalised_word(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k += strcspn(s + k, " "), k += strspn(s + k, " ")) {
        uint32_t c;
        al_utf8_decode((const unsigned char *)s + k, n - k, &c);
        if (al_utf8_fold_cp(c) != c)
            return true;
    }
    return false;
}

static bool supporters_list(const char *text)
{
    const char *colon = strchr(text, ':'), *p;
    char *label, *key;
    size_t names = 0, n, words;
    bool named;

    if (!colon || strchr(colon + 1, ':') || strpbrk(text, "!?"))
        return false;
    if (!(label = al_strndup(text, (size_t)(colon - text))))
        return false;
    key = al_text_words(label) <= LABEL_MAX_WORDS ? al_text_key(label) : NULL;
    named = key && al_block_key_has_table_word(key, "extract.supporters");
    free(key);
    free(label);
    if (!named)
        return false;
    for (p = colon + 1; *p; p += n + (p[n] == ',')) {
        char *name;
        p += strspn(p, " \n");
        n = strcspn(p, ",");
        if (!(name = al_strndup(p, n)))
            return false;
        words = al_text_words(name);
        free(name);
        if (words == 0)
            return false;
        if (words > SUPPORTER_NAME_MAX_WORDS + (p[n] ? 0 : SUPPORTER_TAIL_WORDS) ||
            !(capitalised_word(p, n) || (!p[n] && memchr(p, ' ', n) && strpbrk(p, "0123456789"))))
            return false;                       /* a name, or the last: ", and 23 others" */
        names++;
    }
    return names >= SUPPORTERS_MIN_NAMES;
}

static void drop_supporters_lists(al_items *items)
{
    for (size_t i = 0; i < items->count; i++) {
        size_t j = i + 1;

        if (!items->items[i].junk || !al_item_is_block(&items->items[i]) ||
            !al_block_is_appeal_by_features(&items->items[i]))
            continue;
        while (j < items->count && (items->items[j].kind == AL_ITEM_RULE ||
                                    (items->items[j].junk && al_item_is_block(&items->items[j]))))
            j++;
        if (j < items->count && al_item_is_block(&items->items[j]) && items->items[j].text &&
            supporters_list(items->items[j].text))
            items->items[j].junk = true;
    }
}

/* A heading left over an appeal: everything under it, down to the next
 * heading, was dropped and a block of it was an appeal (a box's title
 * over its dropped pitch, "Questo giornale esiste grazie a chi lo legge";
 * a closing section's "Un mot avant de partir"). An empty section is
 * never spoken, and its title names the appeal. */
static void drop_appeal_headings(al_items *items)
{
    size_t i, j;

    for (i = 0; i < items->count; i++) {
        bool appeal = false, kept = false;
        if (items->items[i].kind != AL_ITEM_HEADING || items->items[i].junk)
            continue;
        for (j = i + 1; j < items->count && items->items[j].kind != AL_ITEM_HEADING && !kept; j++) {
            al_item *o = &items->items[j];
            if (o->kind == AL_ITEM_RULE)
                continue;
            kept = !o->junk;
            appeal |= o->junk && al_item_is_block(o) && al_block_is_appeal(o);
        }
        if (appeal && !kept)
            items->items[i].junk = true;
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
        return al_item_is_block(it) && al_item_link_share(it) < PROSE_MAX_LINK_SHARE && !truncated(it->text) &&
               al_text_words(it->text) >= PROSE_MIN_WORDS;
    }
    return false;
}

/* A lead-in line over a list of links to other stories, at the end of the
 * article ("<p><strong>More stories from us:</strong></p><ul><li><a>..."):
 * the line names no section by its words, so only its shape and its list
 * tell it apart from the article's own lead-in to a list. Evidence: a
 * paragraph of at most LABEL_MAX_WORDS words, all bold, ending with a
 * colon; the items right after it are the items of one <ul>/<ol>, at
 * least LEADIN_LIST_MIN_ITEMS, each of them a headline: all link text
 * (LEADIN_ITEM_LINK_SHARE; "Laptop for $550</a> (normally $780)" is a
 * deal the post lists, with words of its own); and no running prose
 * (PROSE_MIN_WORDS, under PROSE_MAX_LINK_SHARE links) follows the list
 * before the next heading: the article has ended. The line and the list
 * are dropped. Returns the next item to look at, or 0 when the line is
 * left alone. */
#define LEADIN_LIST_MIN_ITEMS 3
#define LEADIN_ITEM_LINK_SHARE 0.9

static int list_of(const al_dom *dom, int node)
{
    for (int d = 0; node >= 0 && d < TEASER_ITEM_DEPTH && dom->nodes[node].tag != GUMBO_TAG_LI; d++)
        node = dom->nodes[node].parent;
    if (node < 0 || dom->nodes[node].tag != GUMBO_TAG_LI || (node = dom->nodes[node].parent) < 0)
        return -1;
    return dom->nodes[node].tag == GUMBO_TAG_UL || dom->nodes[node].tag == GUMBO_TAG_OL ? node : -1;
}

static size_t drop_leadin_links(al_items *items, const al_dom *dom, size_t l)
{
    const char *t = items->items[l].text;
    size_t j, n = strlen(t);
    int node = items->items[l].node, list;

    while (n && strchr(" \t\n", t[n - 1]))
        n--;
    if (n == 0 || t[n - 1] != ':' || al_text_words(t) > LABEL_MAX_WORDS || !al_block_all_bold(dom, node) ||
        l + 1 >= items->count || (list = list_of(dom, items->items[l + 1].node)) < 0 ||
        list < dom->nodes[node].end)
        return 0;
    for (j = l + 1; j < items->count && items->items[j].node < dom->nodes[list].end; j++) {
        const al_item *it = &items->items[j];
        if (it->kind != ALOUD_BLOCK_LIST_ITEM || al_item_link_share(it) < LEADIN_ITEM_LINK_SHARE)
            return 0;
    }
    if (j - (l + 1) < LEADIN_LIST_MIN_ITEMS)
        return 0;
    for (size_t k = j; k < items->count && items->items[k].kind != AL_ITEM_HEADING; k++) {
        const al_item *it = &items->items[k];
        if (!it->junk && al_item_is_block(it) && al_item_link_share(it) < PROSE_MAX_LINK_SHARE &&
            al_text_words(it->text) >= PROSE_MIN_WORDS)
            return 0;                  /* the article goes on */
    }
    for (size_t k = l; k < j; k++)
        items->items[k].junk = true;
    return j;
}

/* A chrome label set as a lead-in line over the box it names, at the end
 * of the article ("<p>Also on The Courier:</p><div>...slideshow...</div>"
 * on a site whose class names say nothing): the line's words open a
 * chrome section ([extract.heading]: "Also on", "More news"), it ends
 * with a colon that announces what follows, and the element right after
 * it (its next sibling with text) holds the items that follow; no running
 * prose (PROSE_MIN_WORDS) follows that box before the next heading: the
 * article has ended. The box may be prose (a slideshow's captions), so
 * the words and the colon are the evidence, not links. The line and the
 * box are dropped. Returns the next item to look at, or 0. */
/* Does item IT end the search after a lead-in's box: a heading, or
 * running prose (the article goes on)? */
static bool stops_leadin(const al_item *it)
{
    return it->kind == AL_ITEM_HEADING ||
           (!it->junk && al_item_is_block(it) && al_item_link_share(it) < PROSE_MAX_LINK_SHARE &&
            al_text_words(it->text) >= PROSE_MIN_WORDS);
}

/* STOP caches a search: from item STOP[0], STOP[1] is the first for
 * which stops_leadin holds. The lines come in order and junk only grows,
 * so a later search from inside that range ends there too: each item is
 * looked at about once (a page of a thousand such lines is no quadratic
 * walk). */
static size_t drop_leadin_box(al_items *items, const al_dom *dom, size_t l, size_t stop[2])
{
    const char *t = items->items[l].text;
    size_t j, n = strlen(t);
    int node = items->items[l].node, parent, box, k;

    while (n && strchr(" \t\n", t[n - 1]))
        n--;
    if (n == 0 || t[n - 1] != ':' || l + 1 >= items->count || node < 0 ||
        (parent = dom->nodes[node].parent) < 0)
        return 0;
    box = items->items[l + 1].node;
    while (box >= 0 && dom->nodes[box].parent != parent)
        box = dom->nodes[box].parent;
    if (box < 0 || box < dom->nodes[node].end)
        return 0;                      /* not beside the line, after it */
    for (k = dom->nodes[node].end; k < box; k = dom->nodes[k].end)
        if (dom->nodes[k].text_len > 1)
            return 0;                  /* words between the line and the box (white space counts 1) */
    for (j = l + 1; j < items->count && items->items[j].node < dom->nodes[box].end; j++)
        ;
    if (stop[0] > j || stop[1] < j || (stop[1] < items->count && !stops_leadin(&items->items[stop[1]])))
        for (stop[0] = stop[1] = j; stop[1] < items->count && !stops_leadin(&items->items[stop[1]]); stop[1]++)
            ;
    if (stop[1] < items->count && items->items[stop[1]].kind != AL_ITEM_HEADING)
        return 0;                      /* the article goes on */
    for (size_t m = l; m < j; m++)
        items->items[m].junk = true;
    return j;
}

/* S without its scheme, "www.", fragment and trailing slash: its length. */
static size_t url_core(const char **s)
{
    const char *p = *s, *end;

    if (strncasecmp(p, "https://", 8) == 0)
        p += 8;
    else if (strncasecmp(p, "http://", 7) == 0)
        p += 7;
    else if (strncmp(p, "//", 2) == 0)
        p += 2;
    if (strncasecmp(p, "www.", 4) == 0)
        p += 4;
    end = p + strcspn(p, "#");
    while (end > p && end[-1] == '/')
        end--;
    *s = p;
    return (size_t)(end - p);
}

/* Does the heading at node I link to the page itself (URL, its canonical
 * address, also by a relative link: "/news/live/...#entry-5518")? A blog
 * post's title is a permalink to the post, a live blog entry's to the
 * entry (tests/pages/en-live-permalink-headings); a teaser card's links
 * to another page. A bare "#..." is no evidence here: "#" stands in for
 * any link on a page written by hand. */
static bool links_to_page(const al_dom *dom, int i, const char *url)
{
    int j;

    if (!url)
        return false;
    for (j = i; j < dom->nodes[i].end; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        const char *a = href, *b = url;
        size_t na, nb;
        if (!href)
            continue;
        na = url_core(&a);
        nb = url_core(&b);
        return (na > 0 && na == nb && strncasecmp(a, b, na) == 0) ||
               (href[0] != '#' && al_href_same_page(href, url));   /* a relative link to it */
    }
    return false;
}

/* A card: a linked headline with its teaser, in a small box of its own.
 * Drop the heading and whatever else the box holds. A headline that links
 * to the page itself is the post's own title over the post (a short blog
 * post in its "post" box), never a card. */
static void drop_card(al_items *items, const al_dom *dom, size_t h, const al_meta *meta)
{
    int box = dom->nodes[items->items[h].node].parent, depth;
    size_t j;

    if (links_to_page(dom, items->items[h].node, meta->url) ||
        al_heading_entry_permalink(dom, items->items[h].node))
        return;

    for (depth = 0; box >= 0 && depth < CARD_MAX_DEPTH; depth++, box = dom->nodes[box].parent) {
        GumboTag t = dom->nodes[box].tag;
        if (t == GUMBO_TAG_DIV || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_LI || t == GUMBO_TAG_SECTION)
            break;
    }
    if (box < 0 || dom->nodes[box].text_len > CARD_MAX_CHARS || al_score_holds_article(dom, box)) {
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

/* ---- a story card with a plain linked headline ---------------------------
 *
 * A card for another story whose headline is a linked line, not a heading
 * (drop_card's case): "CNN Recommends" beside a story, a "most popular"
 * list with pictures. Each card's headline is dropped as a link, but its
 * teaser is a sentence of its own and stays. Evidence, in the teaser's box
 * (the nearest div, li, article or section within CARD_MAX_DEPTH
 * ancestors; at most CARD_MAX_CHARS of text; not the article's): outside
 * the teaser, a link around a picture and a link of STORY_TITLE_MIN_WORDS
 * words or more go to the same address, and it is neither the page's own
 * (a post's title and picture link to the post) nor a picture's file (a
 * picture and its "View the full-size photo"). The whole box is dropped:
 * its date and credit lines with the teaser; but when the cards hold half
 * the article's words or more, they are the article (a roundup's items,
 * each with its picture and link) and stay. */
#define STORY_TITLE_MIN_WORDS 3
#define STORY_CARD_MAX_LINKS 16
/* ... unless the cards hold NUM/DEN of the items' words or more: a
 * roundup of products or stories whose items are the article. */
#define STORY_CARDS_MAX_SHARE_NUM 1
#define STORY_CARDS_MAX_SHARE_DEN 2

/* Does HREF name a picture's file (".jpg", ".png"...)? */
static bool picture_file(const char *href)
{
    static const char *const ext[] = { ".jpg", ".jpeg", ".png", ".gif", ".webp", NULL };
    size_t n = strcspn(href, "?#");

    for (int k = 0; ext[k]; k++) {
        size_t e = strlen(ext[k]);
        if (n >= e && strncasecmp(href + n - e, ext[k], e) == 0)
            return true;
    }
    return false;
}

/* Is HREF the page at URL: the same address, or its path when HREF is relative? */
static bool href_is_page(const char *href, const char *url)
{
    const char *a = href, *b = url, *path;
    size_t na, nb;

    if (!url)
        return false;
    if (*href == '/' && href[1] != '/') {
        if (strncasecmp(b, "http", 4) != 0 || !(path = strstr(b, "://")) ||
            !(path = strchr(path + 3, '/')))
            return false;
        b = path;
        na = strcspn(a, "#");
        nb = strcspn(b, "#");
        while (na > 1 && a[na - 1] == '/')
            na--;
        while (nb > 1 && b[nb - 1] == '/')
            nb--;
        return na == nb && strncmp(a, b, na) == 0;
    }
    na = url_core(&a);
    nb = url_core(&b);
    return na > 0 && na == nb && strncasecmp(a, b, na) == 0;
}

/* Does BOX hold, outside node SKIP's subtree, a picture link and a
 * headline link (STORY_TITLE_MIN_WORDS words) to the same other page? */
static bool story_card_links(const al_dom *dom, int box, int skip, const char *url)
{
    const char *pics[STORY_CARD_MAX_LINKS], *titles[STORY_CARD_MAX_LINKS];
    size_t np = 0, nt = 0;

    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        const char *href;
        char *text;
        size_t words;

        if (j == skip) {
            j = dom->nodes[skip].end - 1;
            continue;
        }
        if (dom->nodes[j].tag != GUMBO_TAG_A || !(href = al_dom_attr(dom, j, "href")) || !*href ||
            *href == '#' || strncasecmp(href, "javascript:", 11) == 0 || picture_file(href) ||
            href_is_page(href, url))
            continue;
        text = al_dom_text(dom, j, false);
        words = text ? al_text_words(text) : 0;
        free(text);
        if (dom->nodes[j].img_count > 0 && words == 0) {
            if (np < STORY_CARD_MAX_LINKS)
                pics[np++] = href;
        } else if (words >= STORY_TITLE_MIN_WORDS && nt < STORY_CARD_MAX_LINKS) {
            titles[nt++] = href;
        }
    }
    for (size_t p = 0; p < np; p++)
        for (size_t t = 0; t < nt; t++) {
            const char *a = pics[p], *b = titles[t];
            size_t na = url_core(&a), nb = url_core(&b);
            if (na > 0 && na == nb && strncmp(a, b, na) == 0)
                return true;
        }
    return false;
}

static void drop_story_cards(al_items *items, const al_dom *dom, const al_meta *meta)
{
    int done = -1;                              /* the last box dropped */
    size_t words = 0, dropped = 0;
    bool *drop = calloc(items->count + 1, sizeof *drop);

    if (!drop)
        return;
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        /* a list item is a box itself: its teaser is its text beside the links */
        int box = dom->nodes[it->node].tag == GUMBO_TAG_LI ? it->node : dom->nodes[it->node].parent;
        int depth;

        if (!it->junk && al_item_is_block(it))
            words += al_text_words(it->text);
        if (it->junk || !al_item_is_block(it) || (done >= 0 && it->node < dom->nodes[done].end) ||
            al_item_link_share(it) >= LINKED_SHARE)
            continue;
        for (depth = 0; box >= 0 && depth < CARD_MAX_DEPTH; depth++, box = dom->nodes[box].parent) {
            GumboTag t = dom->nodes[box].tag;
            if (t == GUMBO_TAG_DIV || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_LI || t == GUMBO_TAG_SECTION)
                break;
        }
        if (box < 0 || depth == CARD_MAX_DEPTH || dom->nodes[box].text_len > CARD_MAX_CHARS ||
            al_score_holds_article(dom, box) ||
            !story_card_links(dom, box, box == it->node ? -1 : it->node, meta->url))
            continue;
        done = box;
        for (size_t k = i; k > 0 && items->items[k - 1].node >= box; k--)
            drop[k - 1] = true;                 /* the headline, a label of the box */
        for (size_t k = i; k < items->count && items->items[k].node < dom->nodes[box].end; k++)
            drop[k] = true;
    }
    for (size_t k = 0; k < items->count; k++)
        if (drop[k] && !items->items[k].junk && al_item_is_block(&items->items[k]))
            dropped += al_text_words(items->items[k].text);
    /* cards that hold half the words or more are the page: a roundup's items */
    if (dropped * STORY_CARDS_MAX_SHARE_DEN < words * STORY_CARDS_MAX_SHARE_NUM)
        for (size_t k = 0; k < items->count; k++)
            items->items[k].junk = items->items[k].junk || drop[k];
    free(drop);
}

/* Does S start with a word of TABLE, in any case (ASCII), followed by a
 * space (WHOLE) or by anything? */
static bool starts_with_verb(const char *s, const char *table, bool whole)
{
    size_t i, n;
    const al_lang_entry *e = al_lang_table(table, NULL, &n);

    for (i = 0; i < n; i++) {
        size_t len = strlen(e[i].key);
        if (strncasecmp(s, e[i].key, len) == 0 && (!whole || s[len] == ' '))
            return true;
    }
    return false;
}

/* What follows the name in a bio: " is a", " writes", " ist", " est"... */
static bool is_bio_verb(const char *rest)
{
    while (*rest == ',')
        rest++;
    return *rest == ' ' && (starts_with_verb(rest + 1, "extract.bio_verb", true) ||
                            starts_with_verb(rest + 1, "extract.bio_verb_start", false));
}

/* Does TEXT open with the byline's name in its other form, then a bio's
 * verb? A byline of one word is the given name and the bio says the
 * whole name, with up to BIO_SURNAME_WORDS more capitalised words
 * ("Carlee" over "Carlee Kelson is a professional chef ..."); a byline of
 * two words or more is the whole name and the bio says the given name
 * alone, its first word ("Beth Kuhel" over "Beth is Founder and ..."). */
static bool bio_other_name(const char *text, const char *byline)
{
    size_t len = strcspn(byline, " ");
    const char *p = text + len;

    if (len < BIO_NAME_MIN_BYTES || !isupper((unsigned char)text[0]) || strncasecmp(text, byline, len) != 0 ||
        isalnum((unsigned char)*p))
        return false;
    if (byline[len])                            /* the given name alone */
        return is_bio_verb(p);
    for (int k = 0; k < BIO_SURNAME_WORDS && *p == ' ' && isupper((unsigned char)p[1]); k++) {
        p += 1 + strcspn(p + 1, " ,");
        if (is_bio_verb(p))
            return true;
    }
    return false;
}

/* An author bio at the end: "Jane Doe is a reporter for ..." among the
 * last blocks, opening with the byline's name. The name must be followed
 * by a bio's verb, or the line right above must be a chrome heading's
 * label ([extract.heading]: "About the author", "O autorce" set as a
 * paragraph): the label says what the box is, whatever verb the bio
 * starts with ("Agnieszka Wrona dojeżdża ..."); the label goes too. The
 * bio may say the name longer or shorter than the byline, then a bio's
 * verb (bio_other_name). */
static void drop_author_bio(al_items *items, const al_meta *meta)
{
    size_t i = items->count, seen = 0;

    if (!meta->byline || al_text_words(meta->byline) > BIO_BYLINE_MAX_WORDS)
        return;
    while (i > 0 && seen < BIO_LAST_BLOCKS) {
        al_item *it = &items->items[--i];
        size_t k = i;
        if (!al_item_is_block(it) || it->junk)
            continue;
        seen++;
        while (k > 0 && items->items[k - 1].junk)
            k--;
        if (al_text_words(it->text) <= BIO_MAX_WORDS &&
            ((strncasecmp(it->text, meta->byline, strlen(meta->byline)) == 0 &&
              (is_bio_verb(it->text + strlen(meta->byline)) || (k > 0 && chrome_label(&items->items[k - 1])))) ||
             bio_other_name(it->text, meta->byline))) {
            it->junk = true;
            if (k > 0 && (chrome_label(&items->items[k - 1]) ||
                          (al_text_words(items->items[k - 1].text) <=
                               al_text_words(meta->byline) + BIO_HEADING_EXTRA_WORDS &&
                           al_text_casestr(items->items[k - 1].text, meta->byline))))
                items->items[k - 1].junk = true;    /* its heading: "About Jane Doe" */
        }
    }
}

/* The document's <title> as a key (NULL when it has none). */
static char *doc_title_key(const al_dom *dom)
{
    char *raw, *key;
    int t;

    for (t = 0; t < dom->count; t++)
        if (dom->nodes[t].tag == GUMBO_TAG_TITLE && !(dom->nodes[t].flags & AL_NODE_TEXT))
            break;
    if (t >= dom->count || !(raw = al_dom_text(dom, t, false)))
        return NULL;
    key = al_text_key(raw);
    free(raw);
    return key;
}

/* Does KEY (a heading's key) say "About X", X the first words of the
 * site's name SITE ("About Tidewater" on "Tidewater Tech Blog"), and does
 * FIRST, the first block under it, open with X again ("Tidewater is a
 * blog about ...")? The site describing itself: its blurb, the same beside
 * every post, wherever the post's text is. Returns X's length, or 0. */
static size_t site_blurb(const char *key, const char *site, const char *first)
{
    size_t i, n, len, xlen = 0;
    const al_lang_entry *e = al_lang_table("extract.about", NULL, &n);
    char *fkey;

    if (!site || !*site || !first)
        return 0;
    for (i = 0; i < n && !xlen; i++) {
        const char *word = al_lang_entry_key(&e[i]), *x;

        len = word ? strlen(word) : 0;
        if (len && strncmp(key, word, len) == 0 && key[len] == ' ') {
            x = key + len + 1;
            xlen = strlen(x);
            if (!xlen || strncmp(site, x, xlen) != 0 || (site[xlen] && site[xlen] != ' '))
                xlen = 0;
        }
    }
    if (!xlen || !(fkey = al_text_key(first)))
        return 0;
    if (strncmp(fkey, site, xlen) != 0 || fkey[xlen] != ' ')
        xlen = 0;
    free(fkey);
    return xlen;
}

/* The site's name as the document's <title> gives it when the page
 * declares none: the <title>'s words before or after the article's title
 * TITLE ("Proofs on the press - Paper Kite Quarterly Blog"), as a key;
 * NULL when the <title> is the title alone or does not hold it. */
static char *title_site(const al_dom *dom, const char *title)
{
    char *doc, *kt, *site = NULL;
    size_t n;

    if (!title)
        return NULL;
    doc = doc_title_key(dom);
    kt = al_text_key(title);
    if (doc && kt && (n = strlen(kt)) > 0) {
        size_t d = strlen(doc);
        if (d > n + 1 && strncmp(doc, kt, n) == 0 && doc[n] == ' ')
            site = strdup(doc + n + 1);                 /* "Title - Site" */
        else if (d > n + 1 && strcmp(doc + d - n, kt) == 0 && doc[d - n - 1] == ' ')
            site = strndup(doc, d - n - 1);             /* "Site | Title" */
    }
    free(doc);
    free(kt);
    return site;
}

/* An "About X" box after the article, whatever its class says (generated
 * CSS names): a heading of an about word ([extract.about]: "About",
 * "Sobre", "Über") and then X, the byline's name or the site's, nothing
 * more ("Sobre Marcos Ibarra", "About Tinkerers Quarterly"; the language's
 * small words may come between: "Über die Brunnmatt Energie AG", a press
 * release's company note, tests/pages/
 * b26-de-ch-medienmitteilung-waermeverbund), over a short
 * text (at most ABOUT_BOX_MAX_WORDS words up to the next heading of its level)
 * and with the article's text before it: the author's or the site's
 * self-description, the same under every post ("Marcos corre maratones
 * ... y escribe este blog"), which need not open with the name as
 * drop_author_bio's does. The page about X has X in its title, not in a
 * heading after its text; a section about a person the story names is
 * not headed by the byline's name. The site's blurb needs no text before
 * it (site_blurb: "About X" over "X is ..."): beside a picture post it is
 * all the text there is, and still not the post's.
 * The site's name is the declared one, else the <title>'s words beside the
 * article's title (title_site). */
static char *about_name(const char *text, const char **rest);

/* Is heading TEXT "About X", X being NAME (a key), with the language's
 * small words between them ("Über die Brunnmatt Energie AG", "À propos de
 * ...": about_name reads X from the first capitalised word)? */
static bool about_names(const char *text, const char *name)
{
    const char *rest;
    char *x = name && *name ? about_name(text, &rest) : NULL, *kx = x ? al_text_key(x) : NULL;
    bool hit = kx && (!rest || al_text_words(rest) == 0) && strcmp(kx, name) == 0;

    free(kx);
    free(x);
    return hit;
}

static void drop_about_box(al_items *items, const al_dom *dom, const al_meta *meta)
{
    char *names[2] = { meta->byline ? al_text_key(meta->byline) : NULL,
                       meta->site_name ? al_text_key(meta->site_name)
                                       : title_site(dom, meta->title) };
    bool text_before = false;

    for (size_t h = 0; h < items->count; h++) {
        al_item *it = &items->items[h];
        size_t end, j, words = 0;
        char *key;
        bool about;

        if (it->junk)
            continue;
        if (it->kind != AL_ITEM_HEADING) {
            text_before = text_before || (al_item_is_block(it) && al_text_words(it->text) >= PROSE_MIN_WORDS);
            continue;
        }
        if (!(key = al_text_key(it->text)))
            continue;
        end = section_end(items, h);
        for (j = h + 1; j < end; j++)               /* the first block under it */
            if (!items->items[j].junk && al_item_is_block(&items->items[j]))
                break;
        about = (text_before && (label_and_name(key, "extract.about", names[0]) ||
                                 label_and_name(key, "extract.about", names[1]) ||
                                 about_names(it->text, names[0]) || about_names(it->text, names[1]))) ||
                site_blurb(key, names[1], j < end ? items->items[j].text : NULL) > 0;
        free(key);
        if (!about)
            continue;
        for (j = h + 1; j < end; j++)
            if (!items->items[j].junk && al_item_is_block(&items->items[j]))
                words += al_text_words(items->items[j].text);
        if (words == 0 || words > ABOUT_BOX_MAX_WORDS)
            continue;
        for (j = h; j < end; j++)
            items->items[j].junk = true;
        h = end - 1;
    }
    free(names[0]);
    free(names[1]);
}

/* An author card after the article, whatever its class says (generated
 * CSS names): the byline's name alone in an element ("<strong>Katrin
 * Wehmeyer</strong>", a link to the author's page in a <b>), and right
 * after it, in the same small box, a short text about that person
 * ("Redakteurin im Lokalressort Hameln, schreibt seit 2011 ...",
 * "Bibliotekarka z Lublina, od 2014 roku prowadzi ..."). The bio need
 * not name the person: its place beside the name says whose it is.
 *
 * Evidence, for a block of the article's second half of at most
 * BIO_MAX_WORDS words: it (or an ancestor within BIO_CARD_LEVELS)
 * comes right after an element whose whole text is a name of the byline
 * (two words or more), and their parent holds little else
 * (BIO_CARD_SLACK characters: an avatar, "Alle Artikel der Autorin").
 * A paragraph of the article is no such box: its parent holds the
 * article. Returns the name element, or -1. */
#define BIO_CARD_LEVELS 2
#define BIO_CARD_SLACK 120
static int bio_card_name(const al_dom *dom, const al_item *it, const char *byline)
{
    int k = it->node;

    for (int level = 0; k >= 0 && level <= BIO_CARD_LEVELS; level++, k = dom->nodes[k].parent) {
        int e = al_dom_prev_element(dom, k), p = dom->nodes[k].parent;
        char *name;
        bool hit;

        if (e < 0 || p < 0)
            continue;
        if (dom->nodes[p].text_len > dom->nodes[e].text_len + it->text_len * 2 + BIO_CARD_SLACK)
            return -1;               /* a box of more than a name and a bio: the article's */
        name = al_dom_text(dom, e, true);
        hit = name && al_text_words(name) >= 2 && al_text_words(name) <= BIO_BYLINE_MAX_WORDS &&
              al_text_casestr(byline, name) != NULL;
        free(name);
        if (hit)
            return e;
    }
    return -1;
}

/* A card with the person's portrait (meta.c's al_card_portrait): the
 * blocks after the byline's name in its box, up to
 * AL_CARD_PORTRAIT_BIO_CHARS of text, when the box or the box around it
 * holds an <img> whose alt text is the name. The labelled picture says
 * whose words they are, also when a bio of several paragraphs in the
 * first person never names its writer. Returns the name element, or -1. */
static int portrait_card_name(const al_dom *dom, const al_item *it, const char *byline)
{
    int p = dom->nodes[it->node].parent, e = it->node, name_el = -1, farthest = -1;
    char *name = NULL;
    bool portrait;

    if (p < 0)
        return -1;
    /* The nearest name before the block decides, and it makes a card only
     * when the box holds little more than it (the text lengths below):
     * the siblings before the farthest one that could need not be read,
     * nor any when none could (a paragraph of the article among its
     * siblings: 4,600 texts of the x10 page, a third of its extraction). */
    while ((e = al_dom_prev_element(dom, e)) >= 0)
        if (dom->nodes[p].text_len - dom->nodes[e].text_len <= AL_CARD_PORTRAIT_BIO_CHARS)
            farthest = e;
    if (farthest < 0)
        return -1;
    e = it->node;
    while ((e = al_dom_prev_element(dom, e)) >= farthest && name_el < 0) {
        char *t = al_dom_text(dom, e, true);
        if (t && al_text_words(t) >= 2 && al_text_words(t) <= BIO_BYLINE_MAX_WORDS &&
            al_text_same_words(t, byline)) {
            name_el = e;
            name = t;
        } else {
            free(t);
        }
    }
    if (name_el < 0)
        return -1;
    portrait = dom->nodes[p].text_len - dom->nodes[name_el].text_len <= AL_CARD_PORTRAIT_BIO_CHARS &&
               al_card_portrait(dom, p, name);
    free(name);
    return portrait ? name_el : -1;
}

/* The text of the blocks read before node BOX: a card after the post has
 * the post above it (PORTRAIT_BODY_MIN_CHARS, as meta.c's card needs
 * after the title); an avatar and the name over the post in the post's
 * own box have none, and the post is no bio. */
#define PORTRAIT_BODY_MIN_CHARS 160
static size_t prose_before(const al_items *items, int box)
{
    size_t len = 0;

    for (size_t k = 0; k < items->count && items->items[k].node < box; k++)
        if (!items->items[k].junk && al_item_is_block(&items->items[k]))
            len += items->items[k].text_len;
    return len;
}

/* Does the text of IT name the person BYLINE again, by a word of the
 * name (the first name or the surname: "..., Hélène a parcouru")? */
static bool names_byline_again(const al_item *it, const char *byline)
{
    char *key = al_text_key(it->text);
    bool hit = key && al_key_names(key, byline, BIO_NAME_MIN_BYTES);

    free(key);
    return hit;
}

/* Drop the author cards' bios in the second half of the items still read
 * (bio_card_name: after the body; comments read after the card do not
 * hide it, nor do those dropped already), and the name over each when it
 * was read. A byline that names no person (a committee, a desk) is not
 * said, but its card after the article is still the author's box. A bio
 * longer than BIO_MAX_WORDS, up to BIO_CARD_MAX_WORDS, is one when it
 * names the person again (names_byline_again): a card's three sentences
 * about its author. */
static void drop_author_cards(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i = items->count, kept = 0, seen = 0;
    const char *who = meta->byline ? meta->byline : meta->byline_org;

    if (!who || !dom)
        return;
    for (size_t k = 0; k < items->count; k++)
        kept += !items->items[k].junk;
    while (i > 0 && seen < (kept + 1) / 2) {
        al_item *it = &items->items[--i];
        char *name;
        size_t words;
        int e;
        if (!it->junk)
            seen++;
        if (!al_item_is_block(it) || it->junk || it->node < 0 || it->node >= dom->count)
            continue;
        words = al_text_words(it->text);
        if (words > BIO_CARD_MAX_WORDS)
            continue;
        if ((e = bio_card_name(dom, it, who)) < 0 || (words > BIO_MAX_WORDS && !names_byline_again(it, who)))
            if ((e = portrait_card_name(dom, it, who)) < 0 ||
                prose_before(items, dom->nodes[e].parent) < PORTRAIT_BODY_MIN_CHARS)
                continue;
        it->junk = true;
        name = al_dom_text(dom, e, true);
        for (size_t k = i; k > 0 && k + BIO_CARD_LEVELS >= i; k--) {
            al_item *n = &items->items[k - 1];  /* the name itself, read as a line of its own */
            if ((n->node >= e && n->node < dom->nodes[e].end) ||
                (name && n->text && strcasecmp(n->text, name) == 0 && n->node <= e && dom->nodes[n->node].end > e))
                n->junk = true;
        }
        free(name);
        for (size_t k = 0; k < items->count; k++) {
            al_item *n = &items->items[k];      /* the card's links: "Tous ses comptes rendus" */
            int box = dom->nodes[e].parent;
            if (box >= 0 && n->node >= box && n->node < dom->nodes[box].end &&
                al_item_is_block(n) && al_item_link_share(n) >= LINKED_SHARE)
                n->junk = true;
        }
    }
}

/* Is element C an author card: a small box (at most CARD_MAX_CHARS of
 * text) that holds a block whose whole text is a name of the byline (two
 * words or more), and more than that name (a bio, "Ver todas sus
 * columnas")? Read or not: a card the template hides from the reader's
 * view of the article is still where the column ends. A name inside a
 * line ("por Luis Gil » jue 03 dic 09:20", a forum post's head) is a
 * byline, not a card. */
static bool author_card(const al_dom *dom, int c, const char *byline)
{
    if (c < 0 || dom->nodes[c].flags & AL_NODE_TEXT || dom->nodes[c].text_len > CARD_MAX_CHARS)
        return false;
    for (int j = c + 1; j < dom->nodes[c].end; j++) {
        char *name;
        bool hit;

        if (dom->nodes[j].flags & AL_NODE_TEXT || !(dom->nodes[j].flags & AL_NODE_BLOCK) ||
            !dom->nodes[j].text_len || dom->nodes[j].text_len >= dom->nodes[c].text_len)
            continue;
        name = al_dom_text(dom, j, false);
        hit = name && al_text_words(name) >= 2 && al_text_words(name) <= BIO_BYLINE_MAX_WORDS &&
              al_text_casestr(byline, name) != NULL;
        free(name);
        if (hit)
            return true;
    }
    return false;
}

/* The author card right before node I (its previous element, or its
 * ancestors' within BIO_CARD_LEVELS when I opens its parent), or -1. */
static int card_before(const al_dom *dom, int i, const char *byline)
{
    for (int level = 0; i >= 0 && level <= BIO_CARD_LEVELS; level++, i = dom->nodes[i].parent) {
        int e = al_dom_prev_element(dom, i);
        if (e >= 0)
            return author_card(dom, e, byline) ? e : -1;
    }
    return -1;
}

/* The lines under the author card at the article's end: its last read
 * blocks, at most CARD_TAIL_MAX_BLOCKS short ones (CARD_TAIL_MAX_WORDS
 * words, no heading), right after a card of the byline's author
 * (card_before) that is read no more. The card closes the column; what
 * the template sets under it is a footnote to the page, not the text
 * ("Las opiniones expresadas en esta columna son responsabilidad
 * exclusiva de su autora.", "The views expressed are the writer's own").
 * A card set between the article's paragraphs has the article after it:
 * a heading or a paragraph longer than a line. */
static void drop_card_footnotes(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t k, tail[CARD_TAIL_MAX_BLOCKS], n = 0, body = 0;
    int card = -1;

    if (!meta->byline || !dom)
        return;
    for (k = items->count; k > 0 && n < CARD_TAIL_MAX_BLOCKS && card < 0; k--) {
        const al_item *t = &items->items[k - 1];
        if (t->junk || t->kind == AL_ITEM_RULE)
            continue;
        if (!al_item_is_block(t) || t->node < 0 || t->node >= dom->count ||
            al_text_words(t->text) > CARD_TAIL_MAX_WORDS)
            return;
        tail[n++] = k - 1;
        card = card_before(dom, t->node, meta->byline);
    }
    if (card < 0)
        return;
    for (k = 0; k < tail[n - 1]; k++) {
        const al_item *t = &items->items[k];
        if (t->junk || t->kind == AL_ITEM_RULE)
            continue;
        if (t->node >= card)
            return;                     /* the card is read (drop_author_cards'), or text
                                         * comes after it in the page but before in the
                                         * reading: not the article's end */
        body += al_text_words(t->text);
    }
    if (body < CARD_BODY_MIN_WORDS)
        return;                         /* the card is over the article, not under it */
    while (n > 0)
        items->items[tail[--n]].junk = true;
}

/* A long heading right under the title, before any text, is its
 * subtitle: read it as the first paragraph of the lead. K is the
 * heading's item. */
static void heading_as_lead(al_items *items, size_t k)
{
    size_t next;
    al_item *sub;

    if (k >= items->count || items->items[k].kind != AL_ITEM_HEADING)
        return;
    sub = &items->items[k];
    if (al_text_words(sub->text) < SUBTITLE_MIN_WORDS || sub->text_len < SUBTITLE_MIN_CHARS)
        return;
    for (next = k + 1; next < items->count && items->items[next].kind == AL_ITEM_RULE; next++)
        ;
    if (next < items->count && items->items[next].kind == AL_ITEM_HEADING)
        return;
    sub->kind = ALOUD_BLOCK_PARAGRAPH;
    sub->level = 0;
}

/* TEXT holds the title's words in a row ("NFL Network Posluszny agrees
 * ...": a section's name before the headline): it is the headline, said
 * from the metadata already, not a subtitle. */
static bool holds_title_words(const char *text, const char *title)
{
    char *tk = al_text_key(text), *hk = al_text_key(title);
    bool in = tk && hk && *hk && strstr(tk, hk) != NULL;

    free(tk);
    free(hk);
    return in;
}

/* The page read holds no <h1> and no heading with the title's words: the
 * title is said from the page's metadata, above what is read, as when a
 * script renders the body from a template below a title outside it
 * (article.c's second reading). The first item then sits right under the
 * title for a listener; a long heading there, before any text, is the
 * subtitle as right under a title heading (SUBTITLE_MIN_WORDS and
 * SUBTITLE_MIN_CHARS, no heading right after it): the h2 "entradilla" of
 * a Spanish daily opening the template's body
 * (tests/pages/b47-es-tren-nocturno-plantilla-efe,
 * pt-modelo-script-subtitulo-h2). A page with an <h1> of other words has
 * a headline of its own, which is no subtitle. */
static void subtitle_without_title(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t k;

    if (!meta->title || !dom || dom->count == 0 || holds_title(dom, 0, meta->title))
        return;
    for (int j = 0; j < dom->count; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_H1 && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return;                     /* a page's own headline, whatever its words */
    for (k = 0; k < items->count && (items->items[k].junk || items->items[k].kind == AL_ITEM_RULE); k++)
        ;
    if (k < items->count && items->items[k].kind == AL_ITEM_HEADING && items->items[k].text &&
        !holds_title_words(items->items[k].text, meta->title))
        heading_as_lead(items, k);
}

/* The page's masthead above the post: the site's name and its tagline
 * ("Investors often overlook SEC filings, and it is the job of...") in
 * the template's header, read when the container chosen is the whole
 * page or a column's header is gathered beside the post. Evidence: an
 * item before the page's first h1 to h3 with the title's words (the
 * post's heading, read or not), inside a <header> or an element whose
 * class or id has the part "header", "masthead" or "branding", that ends
 * before that heading and holds no heading with the title's words: the
 * page's header, not the article's (an "entry-header" holds the title,
 * and its kicker and standfirst, even when the title is said again
 * further down: fr-magazine-sommaire-deux-auteurs). So is a heading
 * above the post's whose words are the rest of <title> (the blog's name
 * of "Blog: Post" or "Post - Blog", in a plain <h1> over the post), and
 * the short line right under it. */
static const char *const masthead_parts[] = { "header", "masthead", "branding", NULL };
/* The blog's tagline under that heading ("A blog covering security and
 * security technology."): the next item, above the post's heading, a
 * block of at most this many words and no link. */
#define TAGLINE_MAX_WORDS 15

/* Does region R hold a heading (h1 to h3) with the words of TITLE? */
static bool holds_title(const al_dom *dom, int r, const char *title)
{
    for (int j = r + 1; j < dom->nodes[r].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        char *text;
        bool same;

        if (t != GUMBO_TAG_H1 && t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3)
            continue;
        text = al_dom_text(dom, j, false);
        same = text && al_text_same_words(text, title);
        free(text);
        if (same)
            return true;
    }
    return false;
}

static bool in_masthead(const al_dom *dom, int node, int tnode, const char *title)
{
    for (int p = node; p >= 0 && !(p < tnode && tnode < dom->nodes[p].end); p = dom->nodes[p].parent)
        if ((dom->nodes[p].tag == GUMBO_TAG_HEADER ||
             al_value_has_part(al_dom_attr(dom, p, "class"), " \t\n-_", masthead_parts) ||
             al_value_has_part(al_dom_attr(dom, p, "id"), " \t\n-_", masthead_parts)) &&
            !holds_title(dom, p, title))
            return true;
    return false;
}

/* Is heading item IT the site's name: its words, two or more and not the
 * title's (key KT), begin or end those of the page's <title> (key DOC),
 * as "Schneier on Security" in "Schneier on Security: New SSL
 * Vulnerability"? */
static bool names_title_part(const al_item *it, const char *doc, const char *kt)
{
    char *k = it->kind == AL_ITEM_HEADING && al_text_words(it->text) >= 2 ? al_text_key(it->text) : NULL;
    size_t n = k ? strlen(k) : 0, d = doc ? strlen(doc) : 0;
    bool hit = k && d > n && strcmp(k, kt) != 0 &&
               ((strncmp(doc, k, n) == 0 && doc[n] == ' ') || (strcmp(doc + d - n, k) == 0 && doc[d - n - 1] == ' '));

    free(k);
    return hit;
}

static void drop_masthead(al_items *items, const al_dom *dom, const char *title)
{
    int tnode = -1;
    char *doc = NULL, *kt;

    if (!title || dom->body < 0)
        return;
    for (int j = dom->body; j < dom->nodes[dom->body].end && tnode < 0; j++) {
        GumboTag g = dom->nodes[j].tag;
        char *text;

        if (g != GUMBO_TAG_H1 && g != GUMBO_TAG_H2 && g != GUMBO_TAG_H3)
            continue;
        text = al_dom_text(dom, j, false);
        if (text && al_text_same_words(text, title))
            tnode = j;
        free(text);
    }
    if (tnode < 0 || !(kt = al_text_key(title)))
        return;
    doc = doc_title_key(dom);
    for (size_t k = 0; k < items->count && items->items[k].node < tnode; k++) {
        al_item *it = &items->items[k];
        if (!it->junk && in_masthead(dom, it->node, tnode, title)) {
            it->junk = true;
        } else if (!it->junk && names_title_part(it, doc, kt)) {
            it->junk = true;
            /* the line under the site's name, above the post: its tagline */
            if (k + 1 < items->count && items->items[k + 1].node < tnode &&
                al_item_is_block(&items->items[k + 1]) && items->items[k + 1].link_len == 0 &&
                al_text_words(items->items[k + 1].text) <= TAGLINE_MAX_WORDS)
                items->items[k + 1].junk = true;
        }
    }
    free(doc);
    free(kt);
}

/* Kickers and labels above the title ("Guidance", "Analysis", a section
 * name): short non-sentences before the heading that repeats the title. */
static void drop_kickers(al_items *items, size_t title)
{
    size_t k;

    for (k = 0; k < title; k++)             /* only above the article's first sentence */
        if (al_item_is_block(&items->items[k]) && !items->items[k].junk &&
            al_text_words(items->items[k].text) > LABEL_MAX_WORDS)
            return;
    for (k = 0; k < title; k++) {
        al_item *it = &items->items[k];
        size_t n = strlen(it->text);
        if (al_item_is_block(it) && al_text_words(it->text) <= LABEL_MAX_WORDS && n && !strchr(".!?", it->text[n - 1]))
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
        if (items->items[i - 1].kind != AL_ITEM_RULE || !al_item_is_block(&items->items[i]))
            continue;
        key = al_text_key(items->items[i].text);
        sponsor = key && al_text_words(items->items[i].text) <= SPONSOR_MAX_WORDS &&
                  al_lexicon_match(AL_LEX_DISCLOSURE, key);
        free(key);
        if (!sponsor)
            continue;
        for (j = i + 1; j < items->count && j <= i + SPONSOR_MAX_BLOCKS && items->items[j].kind != AL_ITEM_RULE &&
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
/* Is the N-byte word W a whole word of key K? */
static bool word_in(const char *k, const char *w, size_t n)
{
    const char *q = k;

    while (*q) {
        size_t m = strcspn(q, " ");
        if (m == n && strncmp(q, w, n) == 0)
            return true;
        q += m + (q[m] == ' ');
    }
    return false;
}

/* The share (0..1) of the words of key A that are words of key B. */
static double word_overlap(const char *a, const char *b)
{
    size_t total = 0, found = 0;
    const char *p = a;

    while (*p) {
        size_t n = strcspn(p, " ");
        if (n) {
            total++;
            found += word_in(b, p, n);
        }
        p += n + (p[n] == ' ');
    }
    return total ? (double)found / (double)total : 0;
}

/* Is node I the standfirst found under the title (standfirst.c flags it
 * AL_NODE_LEAD), or inside it? */
static bool is_standfirst_node(const al_dom *dom, int i)
{
    for (int depth = 0; i >= 0 && depth <= LEAD_REPEAT_DEPTH; i = dom->nodes[i].parent, depth++)
        if (dom->nodes[i].flags & AL_NODE_LEAD)
            return true;
    return false;
}

/* Does a block (key KB, BLEN characters) say the words of key KA (of LEN
 * characters) again: longer by LEAD_REPEAT_LONGER_TENTHS with
 * LEAD_REPEAT_OVERLAP of its words, or,
 * when KA is a copy by its place (SAME: the standfirst under the title, a
 * labelled summary), as long or longer with LEAD_REPEAT_OVERLAP of the
 * words both ways (the site printed its first paragraph there too)? */
static bool says_lead_again(size_t len, const char *ka, size_t blen, const char *kb, bool same)
{
    if (blen * 10 >= len * LEAD_REPEAT_LONGER_TENTHS)
        return word_overlap(ka, kb) >= LEAD_REPEAT_OVERLAP;
    return same && blen >= len && word_overlap(ka, kb) >= LEAD_REPEAT_OVERLAP &&
           word_overlap(kb, ka) >= LEAD_REPEAT_OVERLAP;
}

/* Where a summary box's text starts after its label: a block that opens
 * with a label of at most LABEL_MAX_WORDS words and no sentence's end,
 * then a colon ("Das Wichtigste in Kürze: Ab dem 9. Jänner ..."), followed
 * by LEAD_REPEAT_MIN_WORDS words or more; NULL when TEXT opens with none. */
static const char *past_summary_label(const char *text)
{
    const char *colon = strchr(text, ':'), *rest;
    char *label;
    bool ok;

    if (!colon || colon == text || colon[1] != ' ' || !(label = al_strndup(text, (size_t)(colon - text))))
        return NULL;
    rest = colon + 2;
    ok = !strpbrk(label, ".!?") && al_text_words(label) <= LABEL_MAX_WORDS &&
         al_text_words(rest) >= LEAD_REPEAT_MIN_WORDS;
    free(label);
    return ok ? rest : NULL;
}

/* A standfirst or summary at the top that the body then says again
 * ("A £2m plan will turn empty corners into parks." over "The council's
 * £2m plan will turn empty corners of estates into parks, ..."): among the
 * first LEAD_REPEAT_FIRST blocks, a paragraph of LEAD_REPEAT_MIN_WORDS or
 * more whose words are at least LEAD_REPEAT_OVERLAP in one of the next
 * LEAD_REPEAT_AHEAD blocks, longer than it (LEAD_REPEAT_LONGER_TENTHS) and
 * not its sibling (a standfirst sits in the header or a box of its own,
 * not among the body's paragraphs), before the next heading, is read
 * once: there. The standfirst found under the title (standfirst.c) goes
 * also when the body's block is the same text, word for word both ways
 * (says_lead_again): the body is read, the copy above it is not; so does
 * a summary whose label opens it (past_summary_label: "Das Wichtigste in
 * Kürze: ..."), its text after the label compared; and so does any such
 * paragraph whose words the body's block repeats exactly (the site's
 * standfirst printed again as the body's first paragraph: siblings are
 * still left alone). When the lead picture's caption stands between the
 * two copies of the same words, or the body's copy comes past
 * LEAD_REPEAT_AHEAD blocks (up to LEAD_REPEAT_EXACT_AHEAD: a box of key
 * points between), the body's copy goes instead: the standfirst is heard
 * first, as the page shows it, then the caption or the box. A box of key
 * points dropped as said again (drop_keypoints_repeat, which needs the
 * standfirst's prose before the box, so runs after) hides the copy from
 * the first look when the box opens with a heading ("Puncte cheie"): the
 * look is taken again without the box, and the fuller copy, the body's,
 * is kept. */
/* The label of a box whose text was dropped as a repeat (item I): the
 * kept item right before I, a paragraph of at most LABEL_MAX_WORDS words
 * with no sentence's end ("W skrócie", "In brief"), whose box, the
 * smallest element holding both, holds no other kept item. A label over
 * nothing is not read. */
static void drop_box_label(al_items *items, const al_dom *dom, size_t i)
{
    al_item *l = i > 0 ? &items->items[i - 1] : NULL;
    size_t n = l ? strlen(l->text) : 0;
    int box;

    if (!l || l->junk || l->kind != ALOUD_BLOCK_PARAGRAPH || n == 0 || strchr(".!?:", l->text[n - 1]) ||
        al_text_words(l->text) > LABEL_MAX_WORDS)
        return;
    for (box = dom->nodes[l->node].parent; box >= 0 && dom->nodes[box].end <= items->items[i].node;
         box = dom->nodes[box].parent)
        ;
    if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY)
        return;
    for (size_t k = 0; k < items->count; k++) {
        const al_item *o = &items->items[k];
        if (k != i - 1 && !o->junk && o->node >= box && o->node < dom->nodes[box].end)
            return;
    }
    l->junk = true;
}

static void drop_lead_repeat(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i, j, seen = 0;

    for (i = 0; i < items->count && seen < LEAD_REPEAT_FIRST; i++) {
        al_item *it = &items->items[i];
        const char *text, *rest;
        char *ka;
        size_t ahead = 0, len;
        bool same, caption, described, done = false;

        if (it->junk || !al_item_is_block(it))
            continue;
        seen++;
        rest = it->kind == ALOUD_BLOCK_PARAGRAPH ? past_summary_label(it->text) : NULL;
        text = rest ? rest : it->text;
        if (it->kind != ALOUD_BLOCK_PARAGRAPH || al_text_words(text) < LEAD_REPEAT_MIN_WORDS ||
            !(ka = al_text_key(text)))
            continue;
        len = rest ? al_utf8_chars(rest) : it->text_len;
        same = rest || is_standfirst_node(dom, it->node);
        /* the standfirst under the title that is, word for word, the
         * page's description (og:description, JSON-LD, <meta
         * name=description>) is the summary the publisher wrote for the
         * story: said again only when the body holds nearly all of its
         * words (LEAD_REPEAT_DESCRIBED_OVERLAP: the body's sentence is
         * the standfirst, lengthened); a body that retells its facts in
         * other words ("reparte ... la electricidad ... entre 180
         * hogares" over "... abastecerán a 180 viviendas") leaves it read
         * (tests/pages/es-digital-entradilla-descripcion) */
        described = !rest && same && meta->description && al_text_same_words(it->text, meta->description);
        caption = false;
        for (j = i + 1; j < items->count && ahead < LEAD_REPEAT_EXACT_AHEAD && !it->junk && !done; j++) {
            al_item *b = &items->items[j];
            char *kb;
            bool exact;
            if (b->kind == AL_ITEM_HEADING && !b->junk)
                break;                          /* another section */
            if (b->junk || !al_item_is_block(b))
                continue;
            ahead++;
            if (b->kind == ALOUD_BLOCK_CAPTION) {
                caption = true;
                continue;
            }
            if (b->text_len < len || dom->nodes[b->node].parent == dom->nodes[it->node].parent ||
                !(kb = al_text_key(b->text)))
                continue;
            /* word for word the same text in another container: the
             * site printed its standfirst again as the body's first
             * paragraph; with the lead picture's caption between them,
             * or past LEAD_REPEAT_AHEAD blocks (a box of key points),
             * the copy below goes, so that the standfirst is heard
             * first, where the page shows it, and the blocks between
             * keep their place */
            exact = rest == NULL && strcmp(ka, kb) == 0;
            if (exact && (caption || ahead > LEAD_REPEAT_AHEAD))
                done = b->junk = true;
            else if (ahead <= LEAD_REPEAT_AHEAD && says_lead_again(len, ka, b->text_len, kb, same || exact) &&
                     (exact || !described || word_overlap(ka, kb) >= LEAD_REPEAT_DESCRIBED_OVERLAP))
                it->junk = true;
            free(kb);
        }
        if (it->junk)
            drop_box_label(items, dom, i);
        free(ka);
    }
}

/* The share (0..1) of the pairs of neighbouring words of key A that are
 * neighbours in key B too (0 when A has no pair). */
static double pair_overlap(const char *a, const char *b)
{
    size_t total = 0, found = 0;
    const char *p = a, *q;
    char *pair;

    while (*p && (q = strchr(p, ' ')) != NULL) {
        size_t n = strcspn(q + 1, " ");
        if (n && (pair = al_strndup(p, (size_t)(q + 1 + n - p))) != NULL) {
            total++;
            found += al_key_has_words(b, pair);
            free(pair);
        }
        p = q + 1;
    }
    return total ? (double)found / (double)total : 0;
}

/* The next KEYPOINT_AHEAD blocks from item FROM on: their keys and
 * lengths, to say whether a point is in one of them; LEAD of them, at
 * most LEAD_REPEAT_AHEAD, come before the next heading. */
typedef struct {
    char *key[KEYPOINT_AHEAD];
    unsigned len[KEYPOINT_AHEAD];
    size_t count, lead;
} body_window;

static void body_window_fill(body_window *w, const al_items *items, size_t from)
{
    size_t j;
    bool heading = false;

    w->count = w->lead = 0;
    for (j = from; j < items->count && w->count < KEYPOINT_AHEAD; j++) {
        const al_item *it = &items->items[j];
        heading = heading || (it->kind == AL_ITEM_HEADING && !it->junk);
        if (it->junk || !al_item_is_block(it) || !(w->key[w->count] = al_text_key(it->text)))
            continue;
        w->len[w->count++] = it->text_len;
        if (!heading && w->lead < LEAD_REPEAT_AHEAD)
            w->lead++;
    }
}

static void body_window_free(body_window *w)
{
    while (w->count)
        free(w->key[--w->count]);
}

/* Is the point IT (KEY its key) in one block of W, longer than it by
 * LEAD_REPEAT_LONGER_TENTHS (a point condenses a paragraph; one of the
 * same length is the article's own text said twice on purpose)? */
static bool point_in_body(const al_item *it, const char *key, const body_window *w)
{
    size_t j;

    for (j = 0; j < w->count; j++)
        if ((size_t)w->len[j] * 10 >= (size_t)it->text_len * LEAD_REPEAT_LONGER_TENTHS &&
            pair_overlap(key, w->key[j]) >= LEAD_REPEAT_OVERLAP)
            return true;
    return false;
}

/* The words of a box's points, each with whether the article says it
 * elsewhere: an open-addressed set of slices of the points' keys. */
typedef struct {
    const char *word[KEYPOINT_SLOTS];
    unsigned short len[KEYPOINT_SLOTS];
    bool found[KEYPOINT_SLOTS];
    size_t total, hits;                 /* the points' words, repeats counted, and those found */
} box_words;

static size_t box_slot(const box_words *b, const char *w, size_t n)
{
    size_t h = 2166136261u;

    for (size_t k = 0; k < n; k++)
        h = (h ^ (unsigned char)w[k]) * 16777619u;
    for (h &= KEYPOINT_SLOTS - 1; b->word[h] && !(b->len[h] == n && memcmp(b->word[h], w, n) == 0);
         h = (h + 1) & (KEYPOINT_SLOTS - 1))
        ;
    return h;
}

/* Mark found the words of B that key K holds. */
static void box_words_find(box_words *b, const char *k)
{
    while (*k) {
        size_t n = strcspn(k, " "), h;
        if (n && n < 65536 && b->word[h = box_slot(b, k, n)])
            b->found[h] = true;
        k += n + (*k && k[n] == ' ');
    }
}

/* Is a paragraph of prose (PROSE_MIN_WORDS words or more, under
 * PROSE_MAX_LINK_SHARE links) among the items before FIRST? */
static bool prose_opened(const al_items *items, size_t first)
{
    for (size_t j = 0; j < first; j++) {
        const al_item *it = &items->items[j];
        if (!it->junk && it->kind == ALOUD_BLOCK_PARAGRAPH && al_item_link_share(it) < PROSE_MAX_LINK_SHARE &&
            al_text_words(it->text) >= PROSE_MIN_WORDS)
            return true;
    }
    return false;
}

/* Do the points of items FIRST..END-1 (KEYS their keys, NULL for the
 * label) hold KEYPOINT_BOX_OVERLAP of their words in TITLE or in the
 * article's blocks outside the box? A box of key points said again in
 * the body's own words ("Entra in casa in autunno per svernare." of a
 * guide that says it over three paragraphs) is heard there. Only a box
 * the body's prose has already begun before (prose_opened): at the very
 * top, a summary in other words is the article's digest, read first;
 * and only a labelled box: a bare list in the body is the body's. */
static bool box_said_elsewhere(const al_items *items, size_t first, size_t end, char *const *keys,
                               const char *title)
{
    box_words *b = calloc(1, sizeof(*b));
    size_t j, h, found = 0;
    char *k;

    if (!b)
        return false;
    for (j = first; j < end; j++)
        for (const char *p = keys[j - first] ? keys[j - first] : ""; *p; p += strspn(p, " ")) {
            size_t n = strcspn(p, " ");
            if (n >= 65536) {
                p += n;
                continue;                       /* no word: a run of signs */
            }
            h = box_slot(b, p, n);
            b->word[h] = p;
            b->len[h] = (unsigned short)n;
            b->total++;
            p += n;
        }
    if (title && (k = al_text_key(title)) != NULL) {
        box_words_find(b, k);
        free(k);
    }
    for (j = 0; j < items->count && j < KEYPOINT_MAX_ITEMS; j++) {
        const al_item *it = &items->items[j];
        if ((j >= first && j < end) || it->junk || !al_item_is_block(it) || !(k = al_text_key(it->text)))
            continue;
        box_words_find(b, k);
        free(k);
    }
    for (j = first; j < end; j++)       /* count each word as often as the points say it */
        for (const char *p = keys[j - first] ? keys[j - first] : ""; *p; p += strspn(p, " ")) {
            size_t n = strcspn(p, " ");
            found += n < 65536 && b->found[box_slot(b, p, n)];
            p += n;
        }
    h = b->total;
    free(b);
    return h > 0 && (double)found >= KEYPOINT_BOX_OVERLAP * (double)h;
}

/* Do the points of a labelled box, their keys KEYS (NULL for the label)
 * of LEN characters together, say again what one block of W before the
 * next heading says (W's LEAD blocks)? The test of a standfirst that the
 * body's first paragraph repeats (says_lead_again, the box a copy by its
 * place: a labelled summary), its points taken as one text: a box "In
 * brief" over two bullets cut from the first paragraph, one of them
 * reworded ("stemde dinsdag in" of "stemde dinsdagavond in met het
 * plan"), is heard once, in the paragraph. */
static bool box_is_lead_again(char *const *keys, size_t n, size_t len, const body_window *w)
{
    al_buf all = AL_BUF_INIT;
    bool again = false;

    for (size_t j = 0; j < n; j++)
        if (keys[j] && keys[j][0]) {
            if (all.len)
                al_buf_putc(&all, ' ');
            al_buf_puts(&all, keys[j]);
        }
    for (size_t j = 0; j < w->lead && all.data && !all.failed && !again; j++)
        again = says_lead_again(len, all.data, w->len[j], w->key[j], true);
    al_buf_free(&all);
    return again;
}

/* Do items FIRST..END-1 read as key points that the body repeats: a label
 * first or none, the rest points of KEYPOINT_MIN_WORDS to KEYPOINT_MAX_WORDS
 * words, each in a longer block of W (point_in_body), or, after a label,
 * all of them together in one block of W before the next heading
 * (box_is_lead_again) or in the article's other words
 * (box_said_elsewhere)? */
static bool keypoints_repeated(const al_items *items, size_t first, size_t end, const body_window *w,
                               const char *title)
{
    size_t j, points = 0, len = 0;
    char *keys[KEYPOINT_MAX_BLOCKS] = { 0 };
    bool each = true, ok = false, label = false;

    for (j = first; j < end; j++) {
        const al_item *it = &items->items[j];
        size_t words = al_text_words(it->text);
        char *k;
        bool same;
        if (it->junk || it->kind == AL_ITEM_RULE)
            continue;
        if (j == first && words <= LABEL_MAX_WORDS && !strpbrk(it->text, ".!?")) {
            label = true;
            continue;                           /* its label: "Key points", "Resumo" */
        }
        if (!al_item_is_block(it) || (it->kind != ALOUD_BLOCK_PARAGRAPH && it->kind != ALOUD_BLOCK_LIST_ITEM) ||
            words < KEYPOINT_MIN_WORDS || words > KEYPOINT_MAX_WORDS || !(k = al_text_key(it->text)))
            goto out;
        same = point_in_body(it, k, w);
        keys[j - first] = k;
        each = each && same;
        len += it->text_len + (points > 0);
        points++;
    }
    ok = points >= KEYPOINT_MIN_POINTS &&
         (each || (label && box_is_lead_again(keys, end - first, len, w)) ||
          (label && prose_opened(items, first) && box_said_elsewhere(items, first, end, keys, title)));
out:
    for (j = 0; j < KEYPOINT_MAX_BLOCKS; j++)
        free(keys[j]);
    return ok;
}

/* Is item K a box's label: a block or heading of LABEL_MAX_WORDS words
 * at most, no sentence ("Pros", "Lo que no nos gustó")? */
static bool box_label(const al_item *it)
{
    return !it->junk && it->kind != AL_ITEM_RULE && al_text_words(it->text) <= LABEL_MAX_WORDS &&
           !strpbrk(it->text, ".!?");
}

/* Does a box of the same shape stand beside the labelled box of items
 * FIRST..END-1, whose container is A: the element just after A or just
 * before it, under the same parent, opens with a label of the same kind
 * and holds more after it? Two labelled lists side by side ("Pros" and
 * "Cons", "Pour" and "Contre") are a review's verdict, each side read as
 * it stands, not key points the body says again: a long review's words
 * hold any short point's (en-review-pros-cons-beside). */
static bool box_beside(const al_items *items, const al_dom *dom, size_t first, size_t end, int a)
{
    int parent = dom->nodes[a].parent, s;
    int kind = items->items[first].kind;
    size_t k;

    if (parent < 0 || !box_label(&items->items[first]))
        return false;
    if (end + 1 < items->count && (s = child_holding(dom, parent, items->items[end].node)) >= 0 && s != a &&
        items->items[end].kind == kind && box_label(&items->items[end]) &&
        items->items[end + 1].node >= s && items->items[end + 1].node < dom->nodes[s].end)
        return true;
    if (first < 2 || (s = child_holding(dom, parent, items->items[first - 1].node)) < 0 || s == a)
        return false;
    for (k = first - 1; k > 0 && items->items[k - 1].node >= s && items->items[k - 1].node < dom->nodes[s].end; k--)
        ;
    return k + 1 < first && items->items[k].node >= s && items->items[k].kind == kind &&
           box_label(&items->items[k]);
}

/* A box of key points at the top ("Resumo", "Das Wichtigste in Kürze":
 * a label and a list of sentences) that the body then says again, point
 * by point, is read once: in the body. The box is the items inside one
 * ancestor of its first block (within KEYPOINT_MAX_DEPTH) that holds none
 * of the items before or after it; each of its points must find
 * LEAD_REPEAT_OVERLAP of its pairs of words in a longer block among the
 * next KEYPOINT_AHEAD (point_in_body). True when a box was dropped. */
static bool drop_keypoints_repeat(al_items *items, const al_dom *dom, const char *title)
{
    size_t i, seen = 0;

    for (i = 0; i < items->count && seen < LEAD_REPEAT_FIRST; i++) {
        const al_item *it = &items->items[i];
        int a = it->node, depth;

        if (it->junk || it->kind == AL_ITEM_RULE)
            continue;
        if (al_item_is_block(it))
            seen++;
        for (depth = 0; depth < KEYPOINT_MAX_DEPTH && (a = dom->nodes[a].parent) >= 0; depth++) {
            size_t end = i;
            body_window w;
            bool drop;
            if (i > 0 && items->items[i - 1].node >= a && items->items[i - 1].node < dom->nodes[a].end)
                break;                          /* the box starts before: not its first block */
            while (end < items->count && items->items[end].node >= a && items->items[end].node < dom->nodes[a].end)
                end++;
            if (end >= items->count || end - i > KEYPOINT_MAX_BLOCKS)
                break;                          /* it holds the body, or too much */
            if (end - i < KEYPOINT_MIN_POINTS)
                continue;
            body_window_fill(&w, items, end);
            drop = keypoints_repeated(items, i, end, &w, title) && !box_beside(items, dom, i, end, a);
            body_window_free(&w);
            if (drop) {
                for (; i < end; i++)
                    items->items[i].junk = true;
                return true;
            }
        }
    }
    return false;
}

/* A rating box at the top: a heading opening a box of its own (an
 * ancestor within RATING_BOX_DEPTH of it that holds no item before it)
 * of at most RATING_BOX_ITEMS items, a rating among them (stars drawn as
 * text, "4/5") and the rest short lines with no sentence ("Muito bom"),
 * then the article goes on outside the box: the score widget's label
 * ("Nota do crítico") and verdict word, read as a section over the
 * body's first paragraphs otherwise. A reviewer's sentence stays. */
#define RATING_BOX_DEPTH 3
#define RATING_BOX_ITEMS 4
/* Are items I+1..END-1 a rating and short lines with no sentence? */
static bool rating_lines(const al_items *items, size_t i, size_t end)
{
    bool rating = false;

    for (size_t j = i + 1; j < end; j++) {
        const al_item *it = &items->items[j];
        if (it->kind == AL_ITEM_RULE)
            continue;
        if (al_block_is_rating(it->text))
            rating = true;
        else if (!al_item_is_block(it) || al_text_words(it->text) > LABEL_MAX_WORDS || strpbrk(it->text, ".!?"))
            return false;
    }
    return rating;
}

/* The end of the rating box heading I opens (the widest one), or 0. */
static size_t rating_box(const al_items *items, const al_dom *dom, size_t i)
{
    int a = items->items[i].node, depth;
    size_t end = i + 1, best = 0;

    for (depth = 0; depth < RATING_BOX_DEPTH && (a = dom->nodes[a].parent) >= 0; depth++) {
        if (i > 0 && items->items[i - 1].node >= a && items->items[i - 1].node < dom->nodes[a].end)
            break;                              /* the box starts before the heading */
        while (end < items->count && end - i <= RATING_BOX_ITEMS &&
               items->items[end].node >= a && items->items[end].node < dom->nodes[a].end)
            end++;
        if (end >= items->count || end - i > RATING_BOX_ITEMS)
            break;                              /* it holds the article, or more than a rating */
        if (rating_lines(items, i, end))
            best = end;
    }
    return best;
}

static void drop_rating_boxes(al_items *items, const al_dom *dom)
{
    size_t i, end;

    for (i = 0; i < items->count; i++)
        if (items->items[i].kind == AL_ITEM_HEADING && !items->items[i].junk &&
            (end = rating_box(items, dom, i)) > 0) {
            for (; i < end; i++)
                items->items[i].junk = true;
            i--;
        }
}

/* All the text under node A, what the passes left out included, counted
 * up to just past CAP: the callers only compare it with CAP, and a box
 * deep in a nest of boxes would otherwise cost its whole subtree for each
 * line tested (the square of the page on a page of nested boxes). */
static size_t raw_text_len(const al_dom *dom, int a, size_t cap)
{
    size_t len = 0;
    int j;

    for (j = a + 1; j < dom->nodes[a].end && len <= cap; j++)
        if (dom->nodes[j].flags & AL_NODE_TEXT)
            len += dom->nodes[j].text_len;
    return len;
}

/* Is item I the only spoken item in node A? Items are in the document's
 * order, so those in A stand next to I: only they are looked at. */
static bool alone_in_box(const al_items *items, size_t i, const al_dom *dom, int a)
{
    size_t j;

    for (j = i; j-- > 0 && items->items[j].node >= a;) {
        const al_item *o = &items->items[j];
        if (!o->junk && o->kind != AL_ITEM_RULE && o->node < dom->nodes[a].end)
            return false;
    }
    for (j = i + 1; j < items->count && items->items[j].node < dom->nodes[a].end; j++) {
        const al_item *o = &items->items[j];
        if (!o->junk && o->kind != AL_ITEM_RULE && o->node >= a)
            return false;
    }
    return true;
}

/* Is item I the only spoken item of a box that is mostly chrome: an
 * ancestor within REMNANT_MAX_DEPTH holding no other item that is not
 * junk, with REMNANT_BOX_FACTOR times its text or more? */
static bool alone_in_chrome_box(const al_items *items, size_t i, const al_dom *dom)
{
    const al_item *it = &items->items[i];
    int a = it->node, depth;

    for (depth = 0; depth < REMNANT_MAX_DEPTH && (a = dom->nodes[a].parent) >= 0; depth++) {
        size_t want = (size_t)REMNANT_BOX_FACTOR * it->text_len;
        if (!alone_in_box(items, i, dom, a))
            return false;                       /* it shares the box with spoken text */
        if (raw_text_len(dom, a, want) >= want)
            return true;
    }
    return false;
}

/* A box's title: no sentence ('.', '!'), at most one question that ends
 * it ("Byłeś świadkiem zdarzenia?", "Know something we don't?"). */
static bool box_title_shape(const char *t)
{
    const char *q = strchr(t, '?');

    return !strpbrk(t, ".!") && (!q || q[1 + strspn(q + 1, " ")] == '\0');
}

/* The article's tag line ("Tags: ...", "Argomenti: ..." over links: a
 * label of [extract.meta], the rest mostly links) closes its text: a
 * template sets it under the last paragraph. The blocks still read after
 * it, the last AFTER_TAGS_MAX_BLOCKS short ones (AFTER_TAGS_MAX_WORDS
 * each) under no heading, are the template's lines under the post when
 * they are not beside the article's last paragraph (PROSE_MIN_WORDS or
 * more; same parent): a site-wide notice in a box of its own ("Avviso ai
 * lettori: ... il servizio clienti resterà chiuso ..."). A tag line under
 * the title ("Filed under: ...") has the article after it, more than a
 * few lines; a line after the tags beside the article's own paragraphs
 * (a correction) is the article's. The tag line itself was dropped
 * before the items were made: it is looked for in the page, between the
 * last paragraph and the line. */
#define AFTER_TAGS_MAX_BLOCKS 2
#define AFTER_TAGS_MAX_WORDS 40
#define TAG_LINE_MAX_CHARS 300

/* Is element I a tag line (above)? */
static bool tag_line(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];
    char *text, *key;
    bool hit;

    if ((n->flags & AL_NODE_TEXT) || !n->text_len || n->text_len > TAG_LINE_MAX_CHARS ||
        2 * (size_t)n->link_len < (size_t)n->text_len || !(text = al_dom_text(dom, i, true)))
        return false;
    key = al_text_key(text);
    hit = key && al_lexicon_match(AL_LEX_META, key);
    free(key);
    free(text);
    return hit;
}

/* Is there a tag line in the page between item P's node and item K's? */
static bool tags_between(const al_dom *dom, int p, int k)
{
    for (int j = dom->nodes[p].end; j < k; j++)
        if (dom->nodes[j].end <= k && tag_line(dom, j))
            return true;                /* (a box around K is no line before it) */
    return false;
}

static void drop_after_tags(al_items *items, const al_dom *dom)
{
    size_t k = items->count, p, after = 0;

    while (k > 0 && after < AFTER_TAGS_MAX_BLOCKS) {
        al_item *it = &items->items[--k];
        const al_item *last = NULL;

        if (it->junk)
            continue;
        if (!al_item_is_block(it) || it->node < 0 || al_text_words(it->text) > AFTER_TAGS_MAX_WORDS)
            return;                     /* a heading, or a paragraph: the article's */
        after++;
        for (p = k; p > 0 && !last; p--) {
            const al_item *o = &items->items[p - 1];
            if (o->junk)
                continue;
            if (!al_item_is_block(o) || o->node < 0)
                break;                  /* a heading: its section's lines */
            if (al_text_words(o->text) >= PROSE_MIN_WORDS)
                last = o;               /* the article's last paragraph */
        }
        if (last && dom->nodes[it->node].parent != dom->nodes[last->node].parent &&
            tags_between(dom, last->node, it->node))
            it->junk = true;
    }
}

/* The rest of a box after the article: an author box whose bio and name
 * went as chrome (by class, as the byline again) leaves the author's job
 * line ("Gärtnerin aus Leidenschaft"), a newsletter or tip box its title
 * (a question too). Among the last REMNANT_LAST_BLOCKS blocks, a paragraph
 * of at most LABEL_MAX_WORDS words with a box title's shape, alone in a
 * box that is mostly chrome (alone_in_chrome_box), goes with the box. */
static void drop_box_remnant(al_items *items, const al_dom *dom)
{
    size_t i = items->count, seen = 0, blocks = 0;

    for (size_t j = 0; j < items->count; j++)
        blocks += !items->items[j].junk && al_item_is_block(&items->items[j]);
    while (i > 0 && seen < REMNANT_LAST_BLOCKS && blocks > 1) {
        al_item *it = &items->items[--i];
        if (it->junk || !al_item_is_block(it))
            continue;
        seen++;
        if (it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_words(it->text) <= LABEL_MAX_WORDS &&
            box_title_shape(it->text) && alone_in_chrome_box(items, i, dom)) {
            it->junk = true;
            blocks--;
        }
    }
}

/* The rest of a shop box: a price widget's rows went as chrome by their
 * buttons ("Amazon $149.99 [View Deal]"), its footer line stays ("We
 * check over 250 million products every day for the best prices"),
 * wherever the widget sits. A line of at most SHOP_LINE_MAX_WORDS words
 * with a box title's shape (no sentence), the only spoken item of an
 * ancestor within REMNANT_MAX_DEPTH of at most SHOP_BOX_MAX_CHARS that
 * holds a shop button (box_holds_cta), goes with the box. The button's
 * words ([extract.cta]) are the evidence, not the widget's class name. */
#define SHOP_LINE_MAX_WORDS 15
#define SHOP_BOX_MAX_CHARS 400

/* Does node A (outside LINE) hold a shop button: a link or button of at
 * most SHOP_BUTTON_MAX_CHARS whose words are a phrase of [extract.cta]?
 * Its rows may have gone before the items were made: the page is asked,
 * at most SHOP_BOX_MAX_NODES nodes of it. */
#define SHOP_BUTTON_MAX_CHARS 30
#define SHOP_BOX_MAX_NODES 200
static bool box_holds_cta(const al_dom *dom, int a, int line)
{
    bool hit = false;

    if (dom->nodes[a].end - a > SHOP_BOX_MAX_NODES)
        return false;
    for (int j = a + 1; j < dom->nodes[a].end && !hit; j++) {
        const al_node *n = &dom->nodes[j];
        char *text, *key;
        if (j == line) {
            j = n->end - 1;
            continue;
        }
        if ((n->flags & AL_NODE_TEXT) || (n->tag != GUMBO_TAG_A && n->tag != GUMBO_TAG_BUTTON) ||
            n->text_len == 0 || n->text_len > SHOP_BUTTON_MAX_CHARS || !(text = al_dom_text(dom, j, false)))
            continue;
        if ((key = al_text_key(text)))
            hit = *key && al_lexicon_exact(AL_LEX_CTA, key);
        free(key);
        free(text);
    }
    return hit;
}

static void drop_shop_box_remnant(al_items *items, const al_dom *dom)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int a, depth;

        if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH || it->node < 0 ||
            al_text_words(it->text) > SHOP_LINE_MAX_WORDS || !box_title_shape(it->text))
            continue;
        for (a = it->node, depth = 0; depth < REMNANT_MAX_DEPTH && (a = dom->nodes[a].parent) >= 0; depth++) {
            if (dom->nodes[a].tag == GUMBO_TAG_BODY || !alone_in_box(items, i, dom, a) ||
                raw_text_len(dom, a, SHOP_BOX_MAX_CHARS) > SHOP_BOX_MAX_CHARS)
                break;
            if (box_holds_cta(dom, a, it->node)) {
                it->junk = true;
                break;
            }
        }
    }
}

/* The rest of the strip of a story's date at its head: the date and the
 * count of views went as chrome, the line between them stays ("Wydział
 * Promocji i Kultury" between "Opublikowano: 02 grudnia 2026" and
 * "Odsłony: 312" in a <dl>). Before the first prose block (PROSE_MIN_WORDS
 * or more), a paragraph or a list's entry (a <dd>) of at most
 * LABEL_MAX_WORDS with a box title's shape whose box, within
 * REMNANT_MAX_DEPTH, holds a <time> element, no other spoken item and at
 * most DATE_STRIP_MAX_CHARS of text, is the
 * strip's: a byline, a desk, a category, which the metadata reads or a
 * listener need not hear. A standfirst is a sentence, or longer, and
 * shares no box with the date alone. */
#define DATE_STRIP_MAX_CHARS 200

/* Does BOX hold a <time> outside the line LINE (not the date itself)? */
static bool holds_time(const al_dom *dom, int box, int line)
{
    for (int j = box + 1; j < dom->nodes[box].end; j++) {
        if (j == line) {
            j = dom->nodes[line].end - 1;
            continue;
        }
        if (dom->nodes[j].tag == GUMBO_TAG_TIME)
            return true;
    }
    return false;
}

static void drop_date_strip_remnant(al_items *items, const al_dom *dom)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        int a = it->node, depth;

        if (it->junk || !al_item_is_block(it))
            continue;
        if (al_text_words(it->text) >= PROSE_MIN_WORDS)
            break;
        if ((it->kind != ALOUD_BLOCK_PARAGRAPH && it->kind != ALOUD_BLOCK_LIST_ITEM) ||
            al_text_words(it->text) > LABEL_MAX_WORDS || !box_title_shape(it->text))
            continue;
        for (depth = 0; depth < REMNANT_MAX_DEPTH && (a = dom->nodes[a].parent) >= 0; depth++) {
            if (raw_text_len(dom, a, DATE_STRIP_MAX_CHARS) > DATE_STRIP_MAX_CHARS ||
                dom->nodes[a].tag == GUMBO_TAG_TIME)
                break;                  /* (the line is the date itself) */
            if (!alone_in_box(items, i, dom, a))
                break;
            if (dom->nodes[it->node].tag != GUMBO_TAG_TIME && holds_time(dom, a, it->node)) {
                it->junk = true;
                break;
            }
        }
    }
}

/* A story's head set as one block of lines (a page laid out in tables:
 * "<font size=5><b>TITLE</b></font><br><b>By NAME</b>, Staff Writer<br>
 * <i>Posted: DATE</i>"): its first line is the title (TITLE's words), and
 * under it at most TITLE_HEAD_MAX_LINES short lines (at most
 * TITLE_HEAD_LINE_MAX_WORDS words, or TITLE_HEAD_DATELINE_MAX_WORDS for a
 * dateline with its date and time, no sentence's end): the byline and
 * the dateline, which the page's metadata reads (meta.c), not the
 * article's text. A standfirst under the title is a sentence or longer. */
static bool title_head_block(const char *t, const char *title)
{
    const char *nl = strchr(t, '\n'), *line;
    char *first;
    bool same;
    int lines = 0;

    if (!nl || !(first = al_strndup(t, (size_t)(nl - t))))
        return false;
    same = al_text_same_words(first, title);
    free(first);
    for (line = nl + 1; same && *line; lines++) {
        size_t n = strcspn(line, "\n");
        char *l = al_strndup(line, n);
        char *k = l ? al_text_key(l) : NULL;
        size_t most = k && al_lexicon_match(AL_LEX_DATELINE, k) && strpbrk(l, "0123456789")
                          ? TITLE_HEAD_DATELINE_MAX_WORDS
                          : TITLE_HEAD_LINE_MAX_WORDS;
        same = l && lines < TITLE_HEAD_MAX_LINES && al_text_words(l) <= most && !al_block_ends_sentence(l);
        free(k);
        free(l);
        line += n + (line[n] == '\n');
    }
    return same && lines > 0;
}

/* A table's row of one cell that spans it (a <tr> with one <th> or
 * <td>), near the article's top: the table's own title, as an infobox heads its facts with the
 * article's name ("River Corrow" over "Country | England"). When its
 * words are the title's, it says the title again. */
static bool one_cell_row(const al_dom *dom, int tr)
{
    int cells = 0;

    if (tr < 0 || tr >= dom->count || dom->nodes[tr].tag != GUMBO_TAG_TR)
        return false;
    for (int c = tr + 1; c < dom->nodes[tr].end; c = dom->nodes[c].end)
        cells += dom->nodes[c].tag == GUMBO_TAG_TD || dom->nodes[c].tag == GUMBO_TAG_TH;
    return cells == 1;
}

static void drop_title_repeat(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i, seen = 0;
    bool line;

    if (!meta->title)
        return;
    for (i = 0; i < items->count && seen < TITLE_REPEAT_FIRST; i++) {
        al_item *it = &items->items[i];
        if (it->junk || it->kind == AL_ITEM_RULE)
            continue;
        seen++;
        line = it->kind == ALOUD_BLOCK_PARAGRAPH ||
               (it->kind == ALOUD_BLOCK_TABLE_ROW && one_cell_row(dom, it->node));
        if (line && (al_text_same_words(it->text, meta->title) ||
                     (it->kind == ALOUD_BLOCK_PARAGRAPH &&
                      title_head_block(it->text, meta->title))))
            it->junk = true;
    }
}

/* ---- end matter: the blocks after the article's last sentence ---------- */

/* A contact line: at most CONTACT_MAX_WORDS words. Publisher boilerplate:
 * at most PUBLISHER_MAX_WORDS; its label ("About Valley Courier"), at most
 * SITE_LABEL_MAX_WORDS. A phone number: PHONE_MIN_DIGITS digits or more. */
#define CONTACT_MAX_WORDS 25
#define PUBLISHER_MAX_WORDS 80
#define SITE_LABEL_MAX_WORDS 6
#define PHONE_MIN_DIGITS 7

/* Is the last token of T (its closing punctuation aside) an e-mail address
 * ("name@site.example") or a phone number ("555-0142", "+48 604 218 937")?
 * Sets *MAIL when it is an address. */
static bool ends_with_contact(const char *t, bool *mail)
{
    size_t n = strlen(t), start, digits = 0, k;
    bool dash = false;

    while (n && strchr(" .;)]", t[n - 1]))
        n--;
    for (start = n; start > 0 && t[start - 1] != ' '; start--)
        ;
    *mail = false;
    for (k = start; k < n; k++)
        if (t[k] == '@') {
            const char *dot = memchr(t + k, '.', n - k);
            *mail = k > start && dot && dot + 1 < t + n;
            return *mail;
        }
    /* a phone number: digits, spaces and - . ( ) +, back from the end */
    for (start = n; start > 0 && strchr("0123456789 -.()+/", t[start - 1]); start--) {
        digits += t[start - 1] >= '0' && t[start - 1] <= '9';
        dash |= t[start - 1] == '-' || t[start - 1] == '+';
    }
    return digits >= PHONE_MIN_DIGITS && dash;
}

/* Contact end matter: a short line that ends in an e-mail address, or in
 * a phone number when it names the author or carries an address too
 * ("Dana Whitcomb can be reached at ... or 555-0142.", "Hinweise an die
 * Redaktion: ...", "Écrivez-nous à ..."): how to reach the newsroom, not
 * the story. */
static bool contact_line(const al_item *it, const al_meta *meta)
{
    bool mail;

    if (al_text_words(it->text) > CONTACT_MAX_WORDS || !ends_with_contact(it->text, &mail))
        return false;
    return mail || strchr(it->text, '@') || (meta->byline && al_text_casestr(it->text, meta->byline));
}

/* Is the token at P, N bytes (its closing punctuation cut off by the
 * caller), an e-mail address: an '@' after its first byte and a dot
 * after the '@'? */
static bool mail_word(const char *p, size_t n)
{
    const char *at = memchr(p, '@', n);

    return at && at > p && memchr(at, '.', (size_t)(p + n - at)) != NULL;
}

/* A column's mail box under the answer: "Hai una domanda per il
 * veterinario? Scrivi a veterinario@...: le lettere più interessanti
 * vengono pubblicate ogni settimana." (b38-it-posta-veterinario-domanda-
 * disqus, en-advice-column-mailbag-write-to). It asks the reader to send
 * questions or letters, which is how the column is made, not what it
 * says. Evidence, language data, shape and position: a block of at most
 * MAIL_CALL_MAX_WORDS words with an e-mail address in it (a token with
 * '@' and a dot after it) and a sentence that opens with a call of
 * [extract.write_in] ("Write to", "Scrivi a", "Schreiben Sie an",
 * "Écrivez-nous"), or under a heading of its own that opens with one
 * ("Scrivi al direttore" over "Le lettere, firmate con nome, cognome e
 * città, vanno inviate a lettere@...": b39-it-lettere-direttore-firma-
 * minuscola, it-rubrica-scrivi-alla-redazione), peeled from the article's
 * end (drop_end_matter), the heading with it. A
 * story's paragraph that tells of someone who wrote to an address says
 * "she wrote to", not the call, and one in the body is not peeled. */
#define MAIL_CALL_MAX_WORDS 40

static bool mail_in(const char *text)
{
    for (const char *p = text; *p; ) {
        size_t n = strcspn(p, " "), m = n;

        while (m && strchr(".,;:)!?", p[m - 1]))
            m--;
        if (mail_word(p, m))
            return true;
        p += n;
        p += strspn(p, " ");
    }
    return false;
}

/* Is the item right above I (junk aside) a heading of at most
 * MAIL_HEAD_MAX_WORDS words that opens with a call of [extract.write_in]
 * ("Scrivi al direttore", "Write to us")? The box's title makes the call
 * for the mail address under it. */
#define MAIL_HEAD_MAX_WORDS 6

static bool write_in_heading(const al_items *items, size_t i)
{
    while (i > 0) {
        const al_item *h = &items->items[--i];
        char *key;
        bool call;

        if (h->junk || h->kind == AL_ITEM_RULE)
            continue;
        if (h->kind != AL_ITEM_HEADING || !h->text || al_text_words(h->text) > MAIL_HEAD_MAX_WORDS)
            return false;
        key = al_text_key(h->text);
        call = key && al_lexicon_match(AL_LEX_WRITE_IN, key);
        free(key);
        return call;
    }
    return false;
}

static bool mail_call(const al_items *items, size_t i)
{
    const al_item *it = &items->items[i];
    const char *p = it->text;
    bool call = false;

    if (!al_item_is_block(it) || al_text_words(p) > MAIL_CALL_MAX_WORDS || !mail_in(p))
        return false;
    if (write_in_heading(items, i))
        return true;                            /* "Scrivi al direttore" over "Le lettere ... a lettere@..." */
    while (*p && !call) {                       /* each sentence: after ". ", "? ", "! ", ": " */
        char *key;
        size_t n = 0;

        while (p[n] && !(strchr(".?!:", p[n]) && p[n + 1] == ' '))
            n++;
        key = al_text_key(p);
        call = key && al_lexicon_match(AL_LEX_WRITE_IN, key);
        free(key);
        p += n + (p[n] != '\0');
        p += strspn(p, " ");
    }
    return call;
}

/* A press contact's card: the lines under the release that say whom a
 * journalist may ask and how ("Rückfragen bitte an:" / "Polizeidirektion
 * Hallmersheim<br>Pressestelle<br>Annika Brendel<br>Telefon: 06781
 * 4433-1012<br>E-Mail: ...<br>www...", b30-de-polizei-einbruch-
 * baeckerei-zeugen; "Contacto de prensa:" over a name, a phone and an
 * address, one block each, es-nota-prensa-cooperativa-aceite-contacto;
 * "Media contact" as a heading over one block of lines,
 * en-wire-release-media-contact-heading). Evidence: shape and language
 * data. Its lines (a <br> or a block ends one) are short, at most
 * CARD_LINE_MAX_WORDS words, none ends a sentence, at most CARD_MAX_LINES
 * in all; CARD_MIN_CONTACTS of them or more have a contact's shape
 * (contact_shape: an e-mail address, a phone number, a web address); and
 * its first line is a label of [extract.meta] that names a press contact
 * ("Media contact", "Rückfragen", "Contact presse"), in its own block, a
 * heading or the card's own first line. The story's call for witnesses
 * gives a phone in a sentence, and an address block without a press
 * label (a venue's, a shop's) is read. */
#define CARD_LINE_MAX_WORDS 8
#define CARD_LABEL_MAX_WORDS 6
#define CARD_MAX_LINES 12
#define CARD_MIN_CONTACTS 2

/* Does the token at T, N bytes, read as a web address: "www." or a
 * scheme before a host with a dot? */
static bool web_token(const char *t, size_t n)
{
    size_t skip = 0;

    if (n > 4 && strncasecmp(t, "www.", 4) == 0)
        return true;
    if (n > 7 && strncasecmp(t, "http://", 7) == 0)
        skip = 7;
    else if (n > 8 && strncasecmp(t, "https://", 8) == 0)
        skip = 8;
    return skip && memchr(t + skip, '.', n - skip) != NULL;
}

/* Does LINE end in a phone number: PHONE_MIN_DIGITS digits or more in a
 * run of digits, spaces and "-+()/.", grouped by a space, a dash or a
 * bracket between its digits, or opening with a plus ("Telefon: 06781
 * 4433-1012", "Tel. +34 957 00 11 22")? A date ("Stand: 10.11.2025")
 * groups by dots alone. */
static bool phone_tail(const char *line)
{
    size_t n = strlen(line), start, first = SIZE_MAX, last = 0, digits = 0, k;
    bool grouped = false;

    while (n && strchr(" .;", line[n - 1]))
        n--;
    for (start = n; start > 0 && strchr("0123456789 -.()+/", line[start - 1]); start--)
        ;
    for (k = start; k < n; k++)
        if (line[k] >= '0' && line[k] <= '9') {
            digits++;
            first = first == SIZE_MAX ? k : first;
            last = k;
        }
    if (digits < PHONE_MIN_DIGITS)
        return false;
    for (k = first; k < last && !grouped; k++)
        grouped = strchr(" -()", line[k]) != NULL;
    return grouped || (first > start && line[first - 1] == '+');
}

/* Has LINE a contact's shape: an e-mail address, a web address or a
 * phone number at its end? */
static bool contact_shape(const char *line)
{
    for (const char *p = line; *p; ) {
        size_t n = strcspn(p, " "), m = n;

        while (m && strchr(".,;:)", p[m - 1]))
            m--;
        if (mail_word(p, m) && p[m - 1] != '.')
            return true;
        if (web_token(p, m))
            return true;
        p += n;
        p += strspn(p, " ");
    }
    return phone_tail(line);
}

/* Does LINE open with a press contact's label ([extract.meta]), in at most
 * CARD_LABEL_MAX_WORDS words? */
static bool card_label(const char *line)
{
    char *key;
    bool hit;

    if (al_text_words(line) > CARD_LABEL_MAX_WORDS || !(key = al_text_key(line)))
        return false;
    hit = al_lexicon_match(AL_LEX_META, key);
    free(key);
    return hit;
}

/* Tally the lines of block IT for a card: false when one is not a card's
 * (too long, a sentence). *LINES and *CONTACTS grow; *LABEL tells whether
 * its first line is a press label. */
static bool card_lines(const al_item *it, const al_dom *dom, size_t *lines, size_t *contacts,
                       bool *label)
{
    char *text = al_dom_text_lines(dom, it->node, AL_NODE_DROP | AL_NODE_JUNK), *line, *save = NULL;
    bool ok = text != NULL, first = true;

    *label = false;
    for (line = text ? strtok_r(text, "\n", &save) : NULL; line && ok;
         line = strtok_r(NULL, "\n", &save)) {
        line += strspn(line, " \t");
        if (!*line)
            continue;
        if (first)
            *label = card_label(line);
        first = false;
        ok = al_text_words(line) <= CARD_LINE_MAX_WORDS && !al_block_ends_sentence(line) &&
             ++*lines <= CARD_MAX_LINES;
        *contacts += contact_shape(line);
    }
    free(text);
    return ok && !first;
}

/* The first item of the press contact's card that ends with block I,
 * read from I up to its label, or SIZE_MAX when there is none. */
static size_t contact_card(const al_items *items, size_t i, const al_dom *dom)
{
    size_t lines = 0, contacts = 0, j = i + 1;
    bool label;

    while (j-- > 0) {
        const al_item *o = &items->items[j];

        if (o->kind == AL_ITEM_RULE || (o->junk && !(o->text && card_label(o->text))))
            continue;                   /* a line another rule took: the card goes on */
        if (o->kind == AL_ITEM_HEADING || o->junk)
            return card_label(o->text) && contacts >= CARD_MIN_CONTACTS ? j : SIZE_MAX;
        if (!al_item_is_block(o) || o->node < 0 || !card_lines(o, dom, &lines, &contacts, &label))
            return SIZE_MAX;
        if (label)
            return contacts >= CARD_MIN_CONTACTS ? j : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The capitalised name after an elided article or preposition that
 * starts word W ("d’Hydrelia", "dell'Ateneo": a letter or three, an
 * apostrophe), or NULL. */
#define ELISION_MAX_LETTERS 4

static const char *after_elision(const char *w)
{
    const char *p = w;
    size_t letters = 0;
    uint32_t c;

    while (*p && *p != ' ' && *p != '\'' && strncmp(p, "\xe2\x80\x99", 3) != 0) {
        p += al_utf8_decode((const unsigned char *)p, strlen(p), &c);
        if (++letters > ELISION_MAX_LETTERS)
            return NULL;
    }
    if (!letters || (*p != '\'' && strncmp(p, "\xe2\x80\x99", 3) != 0))
        return NULL;
    p += *p == '\'' ? 1 : 3;
    al_utf8_decode((const unsigned char *)p, strlen(p), &c);
    return *p && al_utf8_fold_cp(c) != c ? p : NULL;
}

/* A label that leads block IT on a line of its own, in bold: the block's
 * first line (up to its first <br>) is all the text of its first element
 * with text, a <b> or <strong> ("<p><b>About Quarrystone Labs</b><br>
 * Quarrystone Labs develops ...</p>",
 * b37-en-prnewswire-dateline-boilerplate-fls). A wire's template sets
 * its end matter so, label and text in one block, where another sets the
 * label as a block of its own; the label's rules hold for both. Returns
 * the label as a new string, or NULL; *REST is what follows it in
 * IT->text (a line at least; the <br> a space or a line break there). */
static char *bold_lead(const al_item *it, const al_dom *dom, const char **rest)
{
    char *lines, *label;
    const char *line;
    size_t n;
    int j, b = -1;
    bool whole;

    *rest = NULL;
    if (!al_item_is_block(it) || it->node < 0 || !it->text)
        return NULL;
    for (j = it->node + 1; j < dom->nodes[it->node].end && b < 0; j++) {
        const al_node *o = &dom->nodes[j];
        if (o->flags & AL_NODE_DROP)
            j = o->end - 1;
        else if (o->text_len == 0 || (o->g && o->g->type == GUMBO_NODE_WHITESPACE))
            continue;
        else if (o->tag == GUMBO_TAG_B || o->tag == GUMBO_TAG_STRONG)
            b = j;
        else if (o->flags & AL_NODE_TEXT)
            return NULL;                        /* plain text first */
    }
    if (b < 0 || !(lines = al_dom_text_lines(dom, it->node, AL_NODE_DROP)))
        return NULL;

    line = lines + strspn(lines, " \t\n");
    label = al_dom_text(dom, b, true);
    n = label ? strlen(label) : 0;
    whole = n && strncmp(line, label, n) == 0 && line[n + strspn(line + n, " \t")] == '\n';
    free(lines);
    if (!whole || strncmp(it->text, label, n) != 0 || (it->text[n] != ' ' && it->text[n] != '\n')) {
        free(label);                            /* the bold is not the whole first line */
        return NULL;
    }
    *rest = it->text + n + 1;
    return label;
}

/* A company's "About X" label: the about word ([extract.about]: "About",
 * "À propos", "Über", "Sobre"), then X, a name of at most
 * SITE_LABEL_MAX_WORDS words from the first capitalised one ("À propos
 * de Caisse Ligérienne" names "Caisse Ligérienne"), up to a colon or the
 * end of TEXT. Returns X as a new string, or NULL; *REST is what follows
 * the colon, NULL without one. */
static char *about_name(const char *text, const char **rest)
{
    const char *colon = strchr(text, ':'), *p, *name = NULL;
    size_t i, n, len = colon ? (size_t)(colon - text) : strlen(text), skip = 0;
    const al_lang_entry *e = al_lang_table("extract.about", NULL, &n);
    char *label = al_strndup(text, len), *key = label ? al_text_key(label) : NULL, *x = NULL;

    *rest = colon ? colon + 1 : NULL;
    for (i = 0; key && i < n && !skip; i++) {
        size_t k = strlen(e[i].key);
        if (strncmp(key, e[i].key, k) == 0 && key[k] == ' ')
            skip = al_text_words(e[i].key);
    }
    if (skip && al_text_words(label) <= skip + SITE_LABEL_MAX_WORDS) {
        /* past the about word's words, to the first capitalised one */
        for (p = label, i = 0; *p && !name; i++) {
            uint32_t c;
            while (*p == ' ')
                p++;
            al_utf8_decode((const unsigned char *)p, strlen(p), &c);
            if (i >= skip && *p && al_utf8_fold_cp(c) != c)
                name = p;
            else if (i >= skip && *p)
                name = after_elision(p);        /* "À propos d’Hydrelia" */
            while (*p && *p != ' ')
                p++;
        }
        len = name ? strlen(name) : 0;
        while (len && name[len - 1] == ' ')
            len--;
        x = len ? al_strndup(name, len) : NULL;
    }
    free(label);
    free(key);
    return x;
}

/* Does the article name X (a key) in its title or a block before item END? */
/* names_before's last answer for one X, kept by drop_end_matter: the
 * blocks before SCANNED were read, FOUND is the first that names X
 * (SIZE_MAX: none). Peeling only marks items junk, and only after the
 * blocks asked about, so the answer holds for the next X that is the
 * same: 10,000 "About X: X is ..." blocks under an article of 10,000
 * paragraphs read all of them for each. */
typedef struct {
    char *x;
    size_t scanned, found;
} name_seen;

static bool names_before(const al_items *items, size_t end, const al_meta *meta, const char *x, name_seen *seen)
{
    size_t i;
    bool named = false;
    char *key = meta->title ? al_text_key(meta->title) : NULL;

    named = key && al_key_has_words(key, x);
    free(key);
    if (named)
        return true;
    if (!seen->x || strcmp(seen->x, x) != 0) {
        free(seen->x);
        if (!(seen->x = al_strdup(x)))
            return false;
        seen->scanned = 0;
        seen->found = SIZE_MAX;
    }
    if (seen->found < end)
        return true;
    for (i = seen->scanned; i < end && !named; i++) {
        if (items->items[i].junk || !al_item_is_block(&items->items[i]) || !items->items[i].text)
            continue;
        key = al_text_key(items->items[i].text);
        named = key && al_key_has_words(key, x);
        free(key);
        if (named)
            seen->found = i;
    }
    if (i > seen->scanned)
        seen->scanned = i;
    return named;
}

/* Company boilerplate copied under a news story: at the end, a block
 * "About X: X is a ..." (ITEM I), or an "About X" label (heading or
 * line, or the bold first line of I itself: bold_lead) over a block that
 * names X (I), at most PUBLISHER_MAX_WORDS, where
 * X is a company the story names before (its title or text: the story is
 * about it). A company's own release ends so too: its "About X" is the
 * same boilerplate under every release it sends (the issue's end matter;
 * tests/pages/press-release). Returns the index of its first item (the
 * label, or I), or I + 1 when it is none. */
static size_t company_about(al_items *items, size_t i, const al_meta *meta, const al_dom *dom, name_seen *seen)
{
    al_item *it = &items->items[i];
    const char *rest, *below;
    char *x, *xkey = NULL, *key, *label = NULL;
    size_t k = i, first = i + 1;

    if (!al_item_is_block(it) || al_text_words(it->text) > PUBLISHER_MAX_WORDS)
        return first;
    if ((x = about_name(it->text, &rest)) != NULL) {
        if (rest && al_text_words(rest) > SITE_LABEL_MAX_WORDS)
            first = i;                          /* "À propos de X : ..." in one block */
    } else if ((label = bold_lead(it, dom, &below)) != NULL && (x = about_name(label, &rest)) != NULL) {
        if ((!rest || al_text_words(rest) == 0) && (xkey = al_text_key(x)) && (key = al_text_key(below))) {
            if (al_key_has_words(key, xkey))
                first = i;                      /* "<b>About X</b><br>X is a ..." in one block */
            free(key);
        }
    } else {
        while (k > 0 && items->items[k - 1].junk)
            k--;
        if (k == 0 || !(x = about_name(items->items[k - 1].text, &rest)) || (rest && al_text_words(rest) > 0))
            first = i + 1;                      /* no label right above */
        else if ((xkey = al_text_key(x)) && (key = al_text_key(it->text)) != NULL) {
            if (al_key_has_words(key, xkey))
                first = k - 1;                  /* "About X" over "X is a ..." */
            free(key);
        }
    }
    if (first <= i) {
        if (!xkey)
            xkey = al_text_key(x);
        if (!xkey || !names_before(items, first, meta, xkey, seen))
            first = i + 1;
    }
    free(x);
    free(xkey);
    free(label);
    return first;
}

/* A republication note: "Questo articolo è stato pubblicato per la prima
 * volta sul notiziario ...", "This story originally appeared in ...". It
 * tells where the text was printed before, not the story: end matter.
 * Evidence: a phrase of [extract.republished] anywhere in a block of at
 * most REPUBLISHED_MAX_WORDS words, all of whose text is set apart in
 * italics or small print (<i>, <em>, <small>, <cite>, up to
 * REPUBLISHED_SLACK_CHARS outside), at the article's end (drop_end_matter
 * peels from the last block up). A closing sentence of a review in roman
 * type ("The novel was first published in 1954.") is the story's; one in
 * roman type that says it of this text, a demonstrative among its first
 * REPUBLISHED_THIS_LEAD words ([extract.republished_this]) and the phrase
 * within its first REPUBLISHED_THIS_WORDS words ("Dieser Ratgeber
 * erschien zuerst im Heft ...", "A version of this article appeared
 * ... in the U.S. edition"), is the note. So is a note that names the site (NAMES: "This
 * story may be republished ... Please credit the Tri-County Ledger"): it
 * speaks of the site's text, not of the story's matter, whatever its type. */
#define REPUBLISHED_MAX_WORDS 40
#define REPUBLISHED_SLACK_CHARS 2
#define REPUBLISHED_THIS_WORDS 8
#define REPUBLISHED_THIS_LEAD 4

static bool set_apart(GumboTag t)
{
    return t == GUMBO_TAG_I || t == GUMBO_TAG_EM || t == GUMBO_TAG_SMALL || t == GUMBO_TAG_CITE;
}

/* Does KEY hold a demonstrative among its first REPUBLISHED_THIS_LEAD
 * words ("Dieser Ratgeber ...", "A version of this article ...") and the
 * republication phrase within its first REPUBLISHED_THIS_WORDS words? */
static bool republished_this(const char *key)
{
    size_t end = 0, lead = 0;
    char *head;
    bool hit = false;

    for (int w = 0; w < REPUBLISHED_THIS_WORDS && key[end]; w++) {
        end += strspn(key + end, " ");
        end += strcspn(key + end, " ");
        if (w + 1 == REPUBLISHED_THIS_LEAD)
            lead = end;
    }
    if (!end || !(head = al_strndup(key, end)))
        return false;
    if (!lead)
        lead = end;
    for (size_t w = 0, n; w < lead && !hit; w += n, w += strspn(head + w, " ")) {
        n = strcspn(head + w, " ");
        char c = head[w + n];
        head[w + n] = '\0';
        hit = al_block_key_has_table_word(head + w, "extract.republished_this");
        head[w + n] = c;
    }
    hit = hit && al_lexicon_anywhere(AL_LEX_REPUBLISHED, head);
    free(head);
    return hit;
}

/* Is all of block IT's text set apart in italics or small print? */
static bool all_set_apart(const al_item *it, const al_dom *dom)
{
    const al_node *n = &dom->nodes[it->node];
    bool apart = set_apart(n->tag);

    for (int j = it->node + 1; j < n->end && !apart; j++)
        apart = set_apart(dom->nodes[j].tag) && dom->nodes[j].text_len + REPUBLISHED_SLACK_CHARS >= n->text_len;
    return apart;
}

static bool republished_note(const al_item *it, const al_dom *dom, const char *key, bool names)
{
    if (!al_item_is_block(it) || al_text_words(it->text) > REPUBLISHED_MAX_WORDS ||
        !al_lexicon_anywhere(AL_LEX_REPUBLISHED, key))
        return false;
    return names || all_set_apart(it, dom) || republished_this(key);
}

/* The site's plea set under the story: the article's last block (peeled
 * from the end up, drop_end_matter), at most REPUBLISHED_MAX_WORDS words,
 * all in italics or small print, that tells the reader a price per period
 * and a way to pay with no request verb (al_appeal_priced_plea: "<em>Rennes
 * Mag ne vit que de ses lecteurs : si vous voulez ..., deux euros par mois
 * sur Tipeee suffisent.</em>"). The type sets it apart from the story as
 * it does a republication note; the price and the channel told to "you"
 * are what the site asks. A consumer tip on a service's monthly fee in
 * roman type among the story's paragraphs is read
 * (b46-fr-club-natation-cotisation-tipeee, de-lokal-steady-kursiv-bitte). */
static bool plea_set_apart(const al_item *it, const al_dom *dom)
{
    return al_item_is_block(it) && al_text_words(it->text) <= REPUBLISHED_MAX_WORDS && all_set_apart(it, dom) &&
           al_appeal_priced_plea(it->text);
}

/* The site's disclaimer under an article of advice: "Artykuł ma charakter
 * informacyjny i nie zastępuje konsultacji z lekarzem.", "This article is
 * for informational purposes only". It says what the site answers for,
 * not the story (tests/pages/b24-pl-zdrowie-sen-nastolatkow-zrodla,
 * b25-de-ratgeber-ruecken-hinweis). Evidence: a phrase of
 * [extract.disclaimer] anywhere in a block of at most
 * REPUBLISHED_MAX_WORDS words, set apart: all in italics or small print,
 * or in a box of its own under a label (disclaimer_label), at the
 * article's end (drop_end_matter peels from the last block up). A
 * sentence of the story in roman type among the story's paragraphs that
 * says a pill "does not replace a consultation" is read. */
static bool disclaimer_note(const al_item *it, const char *key)
{
    return al_item_is_block(it) && al_text_words(it->text) <= REPUBLISHED_MAX_WORDS &&
           al_lexicon_anywhere(AL_LEX_DISCLAIMER, key);
}

/* A long disclaimer in a box of its own at the article's end: a block of
 * at most DISCLAIMER_BOX_MAX_WORDS words with a phrase of
 * [extract.disclaimer] ("not a substitute for professional medical
 * advice"), in roman type, that does not sit among the story's
 * paragraphs: its parent is not the parent of the block read before it
 * (the site's template sets it in its own box under the body, whatever
 * the box's class says), nor right under a heading (a section of the
 * story, however short: disclaimer-fr-box-label-section's "Et les
 * comprimés"). Peeled from the end up (drop_end_matter), it is
 * the site's legal notice, however long: "The information on this page
 * ... Always seek the advice of your GP ..."
 * (tests/pages/en-gb-health-early-waking-disclaimer). The same sentence
 * in the story's own run of paragraphs is read. */
#define DISCLAIMER_BOX_MAX_WORDS 150
static bool disclaimer_box(const al_items *items, size_t i, const al_dom *dom, const char *key)
{
    const al_item *it = &items->items[i];
    size_t j = i;

    if (!al_item_is_block(it) || al_text_words(it->text) > DISCLAIMER_BOX_MAX_WORDS ||
        !al_lexicon_anywhere(AL_LEX_DISCLAIMER, key) || it->node < 0)
        return false;
    while (j > 0 && (items->items[j - 1].junk || items->items[j - 1].kind == AL_ITEM_RULE))
        j--;
    if (j == 0 || items->items[j - 1].node < 0 || items->items[j - 1].kind == AL_ITEM_HEADING)
        return false;       /* no story above it, or a heading's section: the story's last, read */
    return dom->nodes[it->node].parent != dom->nodes[items->items[j - 1].node].parent;
}

/* A box's label over a disclaimer ("Avertissement", "Hinweis" in bold
 * over the note: b26-fr-sante-marche-glycemie-references): the block
 * before block I is a line of at most LABEL_MAX_WORDS words with no
 * sentence's end, not a heading (a heading over the note in a section of
 * its own is the story's last section, read), and the box that holds block I (its nearest ancestor
 * with more text than it) holds that line and nothing more, but for
 * LABEL_BOX_SLACK_CHARS of white space. The label's index, or I when
 * there is none. */
#define LABEL_BOX_SLACK_CHARS 4
static size_t disclaimer_label(const al_items *items, size_t i, const al_dom *dom)
{
    const al_item *it = &items->items[i], *label;
    int a = it->node;
    unsigned own = dom->nodes[a].text_len;

    if (i == 0)
        return i;
    label = &items->items[i - 1];
    if (label->junk || !al_item_is_block(label) || al_text_words(label->text) > LABEL_MAX_WORDS ||
        strpbrk(label->text, ".!?:"))
        return i;
    while ((a = dom->nodes[a].parent) >= 0 && dom->nodes[a].text_len <= own + LABEL_BOX_SLACK_CHARS)
        ;
    if (a < 0 || label->node < a || label->node >= dom->nodes[a].end ||
        dom->nodes[a].text_len > own + dom->nodes[label->node].text_len + LABEL_BOX_SLACK_CHARS)
        return i;
    return i - 1;
}

/* A disclaimer under a label that names it: a wire release's "Forward-
 * Looking Statements" set as a bold line of its own (no heading element)
 * over its legal notice, "This news release contains forward-looking
 * information ... undertakes no obligation to update ..."
 * (b31-en-ca-cnw-release-battery-port-lands, en-release-cautionary-label).
 * Evidence: language data and position. Block I, of at most
 * DISCLAIMER_BOX_MAX_WORDS words, holds a phrase of [extract.disclaimer];
 * the item kept right above it is a label, a heading or a line of at most
 * LABEL_MAX_WORDS words with no sentence's end, that holds such a phrase
 * too (the label is the notice's name, not a section of the story: "Et
 * les comprimés" over a pill's advice is read); and it is the article's
 * end matter (drop_end_matter peels from the last block up), however
 * long the notice and whatever its type. The label may lead block I
 * itself, in bold on a line of its own (bold_lead: "<b>Forward-Looking
 * Statements</b><br>This press release contains forward-looking
 * statements ...", b37-en-prnewswire-dateline-boilerplate-fls), and
 * then the text below it holds the phrase. Returns the label's index (I
 * for a label that leads I), or I + 1 when there is none. */

/* Is TEXT a disclaimer's label: at most LABEL_MAX_WORDS words, no
 * sentence's end, a phrase of [extract.disclaimer] in it? */
static bool disclaimer_label_named(const char *text)
{
    char *lkey;
    bool named;

    if (al_text_words(text) > LABEL_MAX_WORDS || strpbrk(text, ".!?"))
        return false;
    lkey = al_text_key(text);
    named = lkey && al_lexicon_anywhere(AL_LEX_DISCLAIMER, lkey);
    free(lkey);
    return named;
}

static size_t disclaimer_named(const al_items *items, size_t i, const al_dom *dom, const char *key)
{
    const al_item *it = &items->items[i], *label;
    size_t k = i;
    const char *below;
    char *lead, *bkey;
    bool named;

    if (!al_item_is_block(it) || al_text_words(it->text) > DISCLAIMER_BOX_MAX_WORDS ||
        !al_lexicon_anywhere(AL_LEX_DISCLAIMER, key))
        return i + 1;
    if ((lead = bold_lead(it, dom, &below)) != NULL) {
        bkey = disclaimer_label_named(lead) ? al_text_key(below) : NULL;
        named = bkey && al_lexicon_anywhere(AL_LEX_DISCLAIMER, bkey);
        free(bkey);
        free(lead);
        if (named)
            return i;                           /* "<b>Forward-Looking Statements</b><br>This ..." */
    }
    while (k > 0 && (items->items[k - 1].junk || items->items[k - 1].kind == AL_ITEM_RULE))
        k--;
    if (k == 0)
        return i + 1;
    label = &items->items[k - 1];
    if ((label->kind != AL_ITEM_HEADING && !al_item_is_block(label)) || !label->text)
        return i + 1;
    return disclaimer_label_named(label->text) ? k - 1 : i + 1;
}

/* A press release folded under the story ("Show full PR text" over the
 * release, shown only when clicked): the writer told the news above it,
 * and the company's own release, read in full after the story, says it
 * again at length, with its boilerplate and contacts. Evidence: a label
 * of at most LABEL_MAX_WORDS words with no sentence's end that names a
 * release ([extract.release]: "press release", "PR text",
 * "Pressemitteilung"), the first kept item of its box (the smallest
 * element holding it and the next item), the rest of the box its panel,
 * nothing kept after the box, and the story's prose (a block of
 * PROSE_MIN_WORDS words or more) before it. The label and the panel go.
 * A release published as the page itself has no such label over it. */
static void drop_release_box(al_items *items, const al_dom *dom)
{
    bool prose = false;

    for (size_t l = 0; l + 1 < items->count; l++) {
        al_item *it = &items->items[l];
        size_t n = strlen(it->text), j, k;
        char *key;
        bool release;
        int box;

        if (it->junk || !al_item_is_block(it))
            continue;
        if (!prose || it->kind != ALOUD_BLOCK_PARAGRAPH || n == 0 ||
            strchr(".!?:", it->text[n - 1]) || al_text_words(it->text) > LABEL_MAX_WORDS) {
            prose = prose || al_text_words(it->text) >= PROSE_MIN_WORDS;
            continue;
        }
        if (!(key = al_text_key(it->text)))
            continue;
        release = al_block_key_has_table_word(key, "extract.release");
        free(key);
        if (!release)
            continue;
        box = dom->nodes[it->node].parent;
        while (box >= 0 && dom->nodes[box].end <= items->items[l + 1].node)
            box = dom->nodes[box].parent;
        if (box < 0 || dom->nodes[box].tag == GUMBO_TAG_BODY)
            continue;
        for (k = 0, j = l + 1; k < items->count; k++) {
            const al_item *o = &items->items[k];
            bool inside = o->node >= box && o->node < dom->nodes[box].end;
            if (k != l && !o->junk && al_item_is_block(o) && (inside ? k < l : k > l))
                break;          /* the box opens with another item, or text follows it */
            if (inside && k > l)
                j = k + 1;
        }
        if (k < items->count)
            continue;
        for (k = l; k < j; k++)
            items->items[k].junk = true;
        return;
    }
}

/* Is IT all a link to a file to download (a document, an archive, a
 * picture: the address's last part has such an extension)? */
#define FILE_LINK_SHARE 0.9

static bool file_link(const al_item *it, const al_dom *dom)
{
    static const char *const ext[] = { ".pdf", ".zip", ".doc", ".docx", ".odt", ".xls", ".xlsx",
                                       ".ppt", ".pptx", ".rar", ".7z", ".jpg", ".jpeg", ".png" };
    const al_node *n = &dom->nodes[it->node];

    if (!al_item_is_block(it) || al_item_link_share(it) < FILE_LINK_SHARE)
        return false;
    for (int j = it->node; j < n->end; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        size_t len = href ? strcspn(href, "?#") : 0;
        for (size_t k = 0; href && k < sizeof(ext) / sizeof(ext[0]); k++) {
            size_t e = strlen(ext[k]);
            if (len > e && strncasecmp(href + len - e, ext[k], e) == 0)
                return true;
        }
    }
    return false;
}

/* A row of links under the end matter: a block of at most LINK_ROW_MAX_WORDS
 * words, no sentence, with no word outside its links (a "·" or "|" between
 * them; an in-page link that works as a button counts), as a republication box's "Copy HTML to republish ·
 * Read our republishing guidelines" under its note. It does not end the
 * peeling; it is peeled with the block above it when it sits in that
 * block's own box (the block's parent, of at most LINK_ROW_BOX_MAX_CHARS):
 * the note's links, not the article's
 * (b33-en-us-nonprofit-wells-nitrate-membership, en-us-nonprofit-republish-box).
 * A row with no end matter above it in its box stays. */
#define LINK_ROW_MAX_WORDS 12
#define LINK_ROW_BOX_MAX_CHARS 800

static bool link_row(const al_item *it, const al_dom *dom)
{
    int links = 0;

    if (!al_item_is_block(it) || it->node < 0 || al_text_words(it->text) > LINK_ROW_MAX_WORDS ||
        al_block_ends_sentence(it->text))
        return false;
    for (int j = it->node; j < dom->nodes[it->node].end; j++) {
        const al_node *n = &dom->nodes[j];
        int a;

        if (!(n->flags & AL_NODE_TEXT)) {
            links += n->tag == GUMBO_TAG_A && n->text_len > 0;
            continue;
        }
        for (a = n->parent; a > it->node && dom->nodes[a].tag != GUMBO_TAG_A; a = dom->nodes[a].parent)
            ;                               /* up the ancestors, to the block */
        if (a >= it->node && dom->nodes[a].tag == GUMBO_TAG_A)
            continue;                       /* a link's words */
        for (const unsigned char *c = (const unsigned char *)n->g->v.text.text; c && *c; c++)
            if (isalnum(*c) || (*c >= 0xc3 && *c != 0xe2))
                return false;   /* a word outside the links (U+00xx and U+20xx are signs: "·", "|", "—") */
    }
    return links > 0;
}

/* Block I is peeled: peel the rows of links from ROWS on that sit in its
 * box too, and forget them (ROWS becomes SIZE_MAX). */
static void peel_link_rows(al_items *items, const al_dom *dom, size_t i, size_t *rows)
{
    int box = items->items[i].node >= 0 ? dom->nodes[items->items[i].node].parent : -1;

    for (size_t k = *rows; k < items->count && box >= 0; k++) {
        const al_item *r = &items->items[k];
        if (!r->junk && dom->nodes[box].text_len <= LINK_ROW_BOX_MAX_CHARS && r->node > box &&
            r->node < dom->nodes[box].end && link_row(r, dom))
            items->items[k].junk = true;
    }
    *rows = SIZE_MAX;
}

/* The site's "about" without an about word: a heading that is the site's
 * name (SITE, a key; an elided article before it, "L'Università ...")
 * right above block I, of at most PUBLISHER_MAX_WORDS, that names the
 * site again ("Fondata nel 1924, l'Università ... conta ..."): the
 * publisher's self-description under its release. Returns the heading's
 * index, or I + 1 when it is none. */
static size_t site_about(const al_items *items, size_t i, const char *site, const char *key)
{
    size_t k = i;
    const char *h;
    char *hkey;
    bool same;

    if (!site || !*site || al_text_words(items->items[i].text) > PUBLISHER_MAX_WORDS ||
        !al_key_has_words(key, site))
        return i + 1;
    while (k > 0 && items->items[k - 1].junk)
        k--;
    if (k == 0 || items->items[k - 1].kind != AL_ITEM_HEADING)
        return i + 1;
    h = items->items[k - 1].text;
    if (after_elision(h))
        h = after_elision(h);
    hkey = al_text_key(h);
    same = hkey && strcmp(hkey, site) == 0;
    free(hkey);
    return same ? k - 1 : i + 1;
}

/* A news page's list of metadata under the headline: "From: Press
 * Association", "Published: 18 May 2026, 11:20", "Section: Local news"
 * as the items of a <ul> or <ol>, or a <dl>'s terms and values
 * (tests/pages/en-news-meta-list-from-agency). Evidence: shape and
 * position, no words ("From: PA Media / 18 May 2026" alone too): the
 * list's items are the article's first blocks
 * (headings aside); each is a pair, a label of at most
 * META_LABEL_MAX_WORDS words and its colon before a value (in a <dl>, a
 * <dt> of at most that many words and the <dd> after it), items an
 * earlier rule dropped included; at most META_LIST_MAX_ITEMS items of at
 * most META_ITEM_MAX_WORDS words, no sentence; and one value is the
 * page's own date (its year and day as numbers). A fact box at a story's
 * top gives figures, not the page's date; a list of events gives other
 * days. The whole list goes. */
#define META_LIST_MIN_PAIRS 1
#define META_LIST_MAX_ITEMS 8
#define META_LABEL_MAX_WORDS 3
#define META_ITEM_MAX_WORDS 8

/* The value after TEXT's label and colon, or NULL when TEXT is no pair. */
static const char *pair_value(const char *text)
{
    const char *colon = strchr(text, ':');
    char *label;
    size_t words;

    if (!colon || colon == text || !(label = al_strndup(text, (size_t)(colon - text))))
        return NULL;
    words = al_text_words(label);
    free(label);
    colon += strspn(colon + 1, " ") + 1;
    return words >= 1 && words <= META_LABEL_MAX_WORDS && *colon ? colon : NULL;
}

static void drop_meta_list(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i, j, n = 0, pairs = 0;
    int list;
    bool dated = false, dl;

    if (!dom || !meta->published)
        return;
    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        if (it->junk || !it->text || it->kind == AL_ITEM_HEADING || it->kind == AL_ITEM_RULE)
            continue;
        break;
    }
    if (i == items->count || items->items[i].kind != ALOUD_BLOCK_LIST_ITEM || items->items[i].node < 0 ||
        (list = dom->nodes[items->items[i].node].parent) < 0)
        return;
    dl = dom->nodes[list].tag == GUMBO_TAG_DL;
    if (!dl && dom->nodes[list].tag != GUMBO_TAG_UL && dom->nodes[list].tag != GUMBO_TAG_OL)
        return;
    for (j = i; j < items->count; j++) {
        const al_item *it = &items->items[j];
        const char *value;
        int node = it->node;

        if (node < 0 || dom->nodes[node].parent != list || it->kind != ALOUD_BLOCK_LIST_ITEM || !it->text)
            break;
        if (++n > META_LIST_MAX_ITEMS || al_text_words(it->text) > META_ITEM_MAX_WORDS ||
            al_block_sentence_stop(it->text))
            return;
        if (dl && dom->nodes[node].tag == GUMBO_TAG_DT) {
            if (al_text_words(it->text) > META_LABEL_MAX_WORDS)
                return;
            pairs++;
            continue;
        }
        value = dl ? it->text : pair_value(it->text);
        if (!value)
            return;
        if (!dl)
            pairs++;
        dated |= al_block_own_date(value, strlen(value), meta->published);
    }
    if (pairs < META_LIST_MIN_PAIRS || !dated)
        return;
    for (; i < j; i++)
        items->items[i].junk = true;
}

/* The page's date alone in a block of its own before the article's text
 * ("December 3, 2026" under the byline, its <time> in a box whose class
 * said "date"): metadata the player announces, not the story. Evidence:
 * shape and position, no words: a paragraph of at most
 * DATE_ALONE_MAX_WORDS words, no sentence, that holds the page's own
 * date (its year and day as numbers, al_block_own_date), among the first
 * DATE_ALONE_FIRST kept blocks and before the first one that ends a
 * sentence (tests/pages/b43-es-universidad-en-div-lang-es, stripped;
 * nl-hogeschool-nieuws-datum-alleen). A date line inside
 * the story, after its text has begun, is left alone. */
#define DATE_ALONE_MAX_WORDS 5
#define DATE_ALONE_FIRST 4

static void drop_date_alone(al_items *items, const al_meta *meta)
{
    size_t i, seen = 0;

    if (!meta->published)
        return;
    for (i = 0; i < items->count && seen < DATE_ALONE_FIRST; i++) {
        al_item *it = &items->items[i];
        if (it->junk || !it->text || it->kind == AL_ITEM_HEADING || it->kind == AL_ITEM_RULE)
            continue;
        seen++;
        if (al_block_sentence_stop(it->text))
            break;                      /* the text has begun */
        if (it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_words(it->text) <= DATE_ALONE_MAX_WORDS &&
            al_block_own_date(it->text, strlen(it->text), meta->published))
            it->junk = true;
    }
}

/* A press release's end mark: a block of only '#' signs, three or more,
 * spaces between allowed ("###", "# # #": the newswire's sign for the
 * end of the release). What follows it is the sender's end matter, not
 * the news: "About X", a forward-looking statements disclaimer, the media
 * contact, "Lisätietoja" (tests/pages/b23-zh-press-chengchuan-chuneng,
 * b23-fi-tiedote-puuelementtitehdas). Evidence: the mark's shape, and its
 * position: the article's words before it (END_MARK_MIN_WORDS or more)
 * outnumber those after it, so a mark set between two parts of a story
 * ("###" as a scene break) ends nothing. Every item after it goes. */
#define END_MARK_MIN_WORDS 40

static bool end_mark(const char *text)
{
    size_t hashes = 0;

    for (const char *p = text; *p; p++) {
        if (*p == '#')
            hashes++;
        else if (*p != ' ')
            return false;
    }
    return hashes >= 3;
}

static void drop_after_end_mark(al_items *items)
{
    size_t before = 0, after = 0, mark = SIZE_MAX, i;

    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        if (!al_item_is_block(it) || !it->text)
            continue;
        if (mark == SIZE_MAX && end_mark(it->text)) {
            mark = i;
            continue;
        }
        if (it->junk)
            continue;
        if (mark == SIZE_MAX)
            before += al_text_words(it->text);
        else
            after += al_text_words(it->text);
    }
    if (mark == SIZE_MAX || before < END_MARK_MIN_WORDS || after >= before)
        return;
    for (i = mark; i < items->count; i++)
        items->items[i].junk = true;
}

/* A newswire's closing source line: "SOURCE Harbourline Energy Storage
 * Inc." under a release names who sent it; the listener heard the
 * company in the story (tests/pages/en-wire-release-source-line).
 * Evidence: the line's first word is a wire's source word of
 * [extract.wire_source], written in capitals as the language data has
 * it ("Source: ..." is a credit's label, not this), then only a name: one
 * to SOURCE_NAME_MAX_WORDS words, the first capitalised or a number, and
 * no sentence (no '!', '?', ':' nor a full stop inside). */
#define SOURCE_NAME_MAX_WORDS 8

static bool wire_source_line(const char *text)
{
    size_t i, count, n = strcspn(text, " ");
    const al_lang_entry *e = al_lang_table("extract.wire_source", NULL, &count);
    const char *name = text + n, *dot;
    size_t words;

    for (i = 0; i < count; i++)
        if (strlen(e[i].key) == n && strncmp(text, e[i].key, n) == 0)
            break;
    if (i == count || *name != ' ')
        return false;
    name += strspn(name, " ");
    words = al_text_words(name);
    if (words < 1 || words > SOURCE_NAME_MAX_WORDS || strpbrk(name, "!?:"))
        return false;
    if (!(isupper((unsigned char)*name) || isdigit((unsigned char)*name) || (unsigned char)*name >= 0x80))
        return false;
    return !((dot = strstr(name, ". ")) != NULL && dot[2] != '\0');
}

/* A wiki's print footer: "Abgerufen von „https://…“", "Retrieved from
 * "https://…"", "Récupérée de « … »", the line MediaWiki sets under every
 * article for paper, which says where the page came from (with class
 * names its "printfooter" class drops it; tests/pages/de-wiki-druckfuss-
 * abgerufen). Evidence: a label of [extract.retrieved] first in the line,
 * then only a web address in quotes or none, on the page's own host
 * ("www." aside): the article's end says where it was read. A source
 * line that names another site is a reference and is read. */
static const char *const footer_quotes[] = {
    "\"", "'", "\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9A",
    "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\xB9", "\xE2\x80\xBA", " ", "\xC2\xA0", "\xE2\x80\xAF", ".",
};

/* The host of URL (after "://", up to '/', '?', '#' or ':'), "www."
 * aside, as a pointer into URL and its length in *LEN; NULL when URL is
 * no http(s) address. */
static const char *url_host(const char *url, size_t *len)
{
    const char *h;

    if (strncasecmp(url, "http://", 7) != 0 && strncasecmp(url, "https://", 8) != 0)
        return NULL;
    h = strstr(url, "://") + 3;
    if (strncasecmp(h, "www.", 4) == 0)
        h += 4;
    *len = strcspn(h, "/?#: ");
    return *len ? h : NULL;
}

static bool print_footer_line(const char *text, const al_meta *meta)
{
    size_t count, i, k, n, len, plen;
    const al_lang_entry *e = al_lang_table("extract.retrieved", NULL, &count);
    const char *host, *page_host, *end;
    bool cut = true;

    if (!meta->url || !(page_host = url_host(meta->url, &plen)))
        return false;
    for (i = 0; i < count; i++) {
        n = strlen(e[i].key);
        if (strncasecmp(text, e[i].key, n) == 0 && (text[n] == ' ' || text[n] == ':'))
            break;
    }
    if (i == count)
        return false;
    text += n + (text[n] == ':');
    end = text + strlen(text);
    while (cut) {                               /* the quotes and spaces around the address */
        cut = false;
        for (k = 0; k < sizeof footer_quotes / sizeof footer_quotes[0]; k++) {
            size_t q = strlen(footer_quotes[k]);
            if ((size_t)(end - text) >= q && strncmp(text, footer_quotes[k], q) == 0 && footer_quotes[k][0] != '.') {
                text += q;
                cut = true;
            }
            if ((size_t)(end - text) >= q && strncmp(end - q, footer_quotes[k], q) == 0) {
                end -= q;
                cut = true;
            }
        }
    }
    if (text >= end || memchr(text, ' ', (size_t)(end - text)) || !(host = url_host(text, &len)))
        return false;
    return len == plen && host + len <= end && strncasecmp(host, page_host, len) == 0;
}

/* A citation under a heading of its own: "Cite this article" (a heading
 * that is a label of [extract.cite] and nothing more) over a block of at
 * most CITE_MAX_WORDS words that gives the page's own reference: the
 * title's words and a year or a web address ("Northfield University.
 * \"Soil fungi help wheat ...\" FieldNotes Science News, 3 December 2026.
 * <www...>.": b45-en-release-fungi-cite-contact, nl-persportaal-citeer-
 * kop-verwijzing). Evidence: language data, shape and position: it tells
 * how to quote the page, not the story, peeled from the article's end
 * (drop_end_matter), its heading with it (all below it went). The inline
 * form, label and colon in one line, is blocks.c's cite-line. A section
 * of the story under such a heading whose text does not repeat the
 * title with a year or an address is read. */
#define CITE_MAX_WORDS 80

static bool digits4_year(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (p > s && p[-1] >= '0' && p[-1] <= '9')
            continue;
        if (((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) && p[2] >= '0' &&
            p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9'))
            return true;
    }
    return false;
}

static bool cite_under_heading(const al_items *items, size_t i, const al_meta *meta, const char *key)
{
    const al_item *it = &items->items[i], *h = NULL;
    char *tkey, *hkey;
    bool hit;

    if (!al_item_is_block(it) || !meta->title || al_text_words(it->text) > CITE_MAX_WORDS ||
        !(digits4_year(it->text) || strstr(it->text, "://") || strstr(it->text, "www.")))
        return false;
    while (i > 0) {
        h = &items->items[--i];
        if (!h->junk && h->kind != AL_ITEM_RULE)
            break;
        h = NULL;
    }
    if (!h || h->kind != AL_ITEM_HEADING || !h->text)
        return false;
    hkey = al_text_key(h->text);
    hit = hkey && al_lexicon_exact(AL_LEX_CITE, hkey);
    free(hkey);
    if (!hit)
        return false;
    tkey = al_text_key(meta->title);
    hit = tkey && *tkey && al_key_has_words(key, tkey);
    free(tkey);
    return hit;
}

/* Marks the end matter from ABOUT (its label) to I junk, and returns
 * ABOUT, where the peeling goes on. */
static size_t peel(al_items *items, size_t about, size_t i)
{
    for (; i > about; i--)
        items->items[i].junk = true;
    items->items[about].junk = true;
    return about;
}

/* The end matter at the bottom of an article, peeled from its last block
 * up while each block is one: a contact line (contact_line), a wiki's
 * print footer (print_footer_line), a
 * republication note (republished_note), the site's plea in italics
 * (plea_set_apart), an advice disclaimer (disclaimer_note), publisher
 * boilerplate (a block of at most PUBLISHER_MAX_WORDS that names the site
 * and says who publishes it: [extract.publisher] "owned by", "édité par",
 * "CNPJ") and the label or heading right above it that names the site
 * ("About Valley Courier", "À propos de Touraine Info"), and an author
 * card's label left alone ("Escrito por": al_byline_label_alone). The
 * first block that is none of these ends the peeling: a last paragraph about the
 * site's owner, with the story above it, is read. A heading with all
 * below it gone goes too, when text is left above it (a picture post
 * is a heading over its images, and stays). Company boilerplate
 * under a story or a release goes too (company_about: "À propos de Caisse
 * Ligérienne : banque coopérative ..."), and so does the site's own
 * (site_about: its name alone as the heading over its self-description),
 * and a disclaimer under a label that names it (disclaimer_named).
 * A link to a file under them (a release's "Scarica il comunicato (PDF)",
 * the photos in a .zip) does not end the peeling, but is not peeled:
 * an article's own list of documents is read.
 */
static void drop_end_matter(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i = items->count;
    char *site = meta->site_name ? al_text_key(meta->site_name) : NULL;
    size_t first = 0;                           /* the first block still read */
    bool publisher_below = false;
    name_seen seen = { NULL, 0, SIZE_MAX };
    size_t rows = SIZE_MAX;                     /* the rows of links waiting under the end matter */

    while (i > 0) {
        al_item *it = &items->items[--i];
        char *key;
        bool names, junk = false;
        size_t about;

        if (it->junk || it->kind == AL_ITEM_RULE)
            continue;
        while (first < items->count &&
               (items->items[first].junk || !al_item_is_block(&items->items[first])))
            first++;                            /* junk only grows: the cursor only moves on */
        if (it->kind == AL_ITEM_HEADING && first < i && rows == SIZE_MAX) {
            it->junk = true;                    /* all below it went: "Contacts presse" */
            continue;
        }
        if (link_row(it, dom)) {
            rows = i;                           /* its links: peeled with the block above */
            continue;
        }
        if ((about = company_about(items, i, meta, dom, &seen)) <= i) {
            peel_link_rows(items, dom, i, &rows);
            i = peel(items, about, i);              /* the block, its label and the junk between */
            publisher_below = false;
            continue;
        }
        if (file_link(it, dom))
            continue;                           /* a download under the end matter */
        if (!(key = al_text_key(it->text)))
            break;
        if (al_item_is_block(it) && (about = site_about(items, i, site, key)) <= i) {
            free(key);
            peel_link_rows(items, dom, i, &rows);
            i = peel(items, about, i);
            publisher_below = false;
            continue;
        }
        if ((about = disclaimer_named(items, i, dom, key)) <= i) {
            free(key);
            peel_link_rows(items, dom, i, &rows);
            i = peel(items, about, i);              /* the notice, its label above it */
            publisher_below = false;
            continue;
        }
        if (al_item_is_block(it) && (about = contact_card(items, i, dom)) <= i) {
            free(key);
            peel_link_rows(items, dom, i, &rows);
            i = peel(items, about, i);              /* the card, its label above it */
            publisher_below = false;
            continue;
        }
        names = site && *site && al_key_has_words(key, site);
        if (publisher_below && names && al_text_words(it->text) <= SITE_LABEL_MAX_WORDS) {
            junk = true;                        /* "About Valley Courier" */
            publisher_below = false;
        } else if (al_item_is_block(it) &&
                   (contact_line(it, meta) || mail_call(items, i) || wire_source_line(it->text) ||
                    print_footer_line(it->text, meta) || cite_under_heading(items, i, meta, key) ||
                    republished_note(it, dom, key, names) || plea_set_apart(it, dom) ||
                    (disclaimer_note(it, key) && all_set_apart(it, dom)) || disclaimer_box(items, i, dom, key) ||
                    al_byline_label_alone(it->text))) {
            junk = true;
            publisher_below = false;
        } else if (disclaimer_note(it, key) && (about = disclaimer_label(items, i, dom)) < i) {
            items->items[about].junk = true;    /* the box's label, then the note */
            junk = true;
            publisher_below = false;
        } else if (al_item_is_block(it) && names && al_text_words(it->text) <= PUBLISHER_MAX_WORDS &&
                   al_lexicon_match(AL_LEX_PUBLISHER, key)) {
            junk = true;
            publisher_below = true;
        }
        free(key);
        if (!junk)
            break;
        peel_link_rows(items, dom, i, &rows);
        it->junk = true;
    }
    free(seen.x);
    free(site);
}

/* Does heading TEXT repeat TITLE: its words, or the title's words before a
 * qualifier in brackets that ends it ("Smoky Bean and Squash Stew" under
 * "Smoky Bean and Squash Stew (One Pot)": a recipe card's name, the
 * post's title without what the blog added)? The rest is
 * TITLE_STEM_MIN_WORDS words or more: "Pasta (Quick)" is not cut to one. */
#define TITLE_STEM_MIN_WORDS 3

static bool repeats_title(const char *text, const char *title)
{
    size_t n = strlen(title), open;
    char *stem;
    bool same;

    if (al_text_same_words(text, title))
        return true;
    while (n && title[n - 1] == ' ')
        n--;
    if (!n || title[n - 1] != ')')
        return false;
    for (open = n - 1; open > 0 && title[open] != '('; open--)
        ;
    if (title[open] != '(' || open == 0 || !(stem = al_strndup(title, open)))
        return false;
    same = al_text_words(stem) >= TITLE_STEM_MIN_WORDS && al_text_same_words(text, stem);
    free(stem);
    return same;
}

/* Does heading IT repeat TITLE once the jump link that ends it is set
 * aside (al_dom_text_less_jump: "Post 149 Comments", its count a link to
 * the comments)? */
static bool jump_repeats_title(const al_dom *dom, const al_item *it, const char *title)
{
    char *text = it->node >= 0 ? al_dom_text_less_jump(dom, it->node) : NULL;
    bool same = text && strcmp(text, it->text) != 0 && repeats_title(text, title);

    free(text);
    return same;
}

/* The number a paragraph opens with ("8. Great connections", "3) Last"),
 * or 0 when it opens with none. */
#define POINT_MAX_NUMBER 99
static unsigned point_number(const al_item *it)
{
    const char *s = it->text;
    unsigned n = 0;

    if (it->kind != ALOUD_BLOCK_PARAGRAPH || !s)
        return 0;
    for (; *s >= '0' && *s <= '9' && n <= POINT_MAX_NUMBER; s++)
        n = n * 10 + (unsigned)(*s - '0');
    return n > 0 && n <= POINT_MAX_NUMBER && s > it->text && (*s == '.' || *s == ')') && s[1] == ' ' ? n : 0;
}

/* Is paragraph I a point of the article's own numbered run ("7. ...",
 * "8. ...", "9. ..." as paragraphs)? Evidence: it opens with N and the
 * nearest paragraph above it that opens with a number, in the same
 * section, opens with N - 1 and was kept. A point that gives advice with
 * a price ("Join a club, even if it costs $20 a month") or asks the
 * reader to pass the word on reads as an appeal by its words alone; its
 * place in the run says it is the article's. An appeal set as numbered
 * steps is caught at its first step, and the run stops there. */
#define POINT_LOOKBACK 12
static bool numbered_point(const al_items *items, size_t i)
{
    unsigned n = point_number(&items->items[i]);

    if (n < 2)
        return false;
    for (size_t k = i, seen = 0; k-- > 0 && seen < POINT_LOOKBACK; seen++) {
        const al_item *prev = &items->items[k];
        unsigned m;
        if (prev->kind == AL_ITEM_HEADING)
            return false;
        if ((m = point_number(prev)) > 0)
            return m == n - 1 && !prev->junk;
    }
    return false;
}


/* A box of contact cards under the article ("Kontakt" over a help
 * desk's card and an officer's, b32-sv-kommun-snorojning-vansternav-feedback):
 * who to call, not what the page says. Evidence, with no class name:
 * the article's last heading opens an element (its first child) that
 * holds only it and boxes, CONTACT_CARDS_MIN of them or more, and at
 * least half of them, holding a contact (a line with an e-mail or web
 * address or a phone number at its end, or a mailto: or tel: link);
 * nothing of the article is read after that element. The heading and
 * the cards' blocks are dropped; a section of prose that names a phone
 * number has no such cards. */
#define CONTACT_CARDS_MIN 2
static bool card_has_contact(const al_dom *dom, int c)
{
    char *text = al_dom_text_lines(dom, c, 0), *line, *save = NULL;
    bool hit = false;

    for (int j = c; j < dom->nodes[c].end && !hit; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        hit = href && (strncasecmp(href, "mailto:", 7) == 0 || strncasecmp(href, "tel:", 4) == 0);
    }
    for (line = text ? strtok_r(text, "\n", &save) : NULL; line && !hit; line = strtok_r(NULL, "\n", &save))
        hit = contact_shape(line + strspn(line, " \t"));
    free(text);
    return hit;
}

static void drop_contact_cards(al_items *items, const al_dom *dom)
{
    size_t h = items->count, j;
    int box, first = -1, cards = 0, contacts = 0;

    while (h > 0 && (items->items[h - 1].junk || items->items[h - 1].kind != AL_ITEM_HEADING))
        h--;
    if (h-- == 0 || items->items[h].node < 0 || (box = dom->nodes[items->items[h].node].parent) < 0 ||
        dom->nodes[box].tag == GUMBO_TAG_BODY)
        return;
    for (j = h + 1; j < items->count; j++)
        if (!items->items[j].junk && al_item_is_block(&items->items[j]) &&
            (items->items[j].node < box || items->items[j].node >= dom->nodes[box].end))
            return;                             /* the article goes on after the box */
    for (int c = box + 1; c < dom->nodes[box].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].flags & AL_NODE_TEXT)
            continue;
        if (first < 0) {
            first = c;
            continue;
        }
        if (dom->nodes[c].text_len == 0)
            continue;
        cards++;
        contacts += card_has_contact(dom, c);
    }
    if (first != items->items[h].node || contacts < CONTACT_CARDS_MIN || 2 * contacts < cards)
        return;
    for (j = h; j < items->count; j++)
        if (items->items[j].node >= box && items->items[j].node < dom->nodes[box].end)
            items->items[j].junk = true;
}

void al_boilerplate_filter(al_items *items, const al_dom *dom, const al_meta *meta)
{
    size_t i, next, leadin_stop[2] = { 1, 0 };
    int o;

    subtitle_without_title(items, dom, meta);
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
            if (meta->title &&
                (repeats_title(it->text, meta->title) || jump_repeats_title(dom, it, meta->title) ||
                 (it->node >= 0 && al_h1_label_then_title(dom, it->node, meta->title)))) {
                it->junk = true;                /* repeats the title */
                drop_kickers(items, i);
                heading_as_lead(items, i + 1);   /* the subtitle under the title */
                i++;
            } else if (date_heading(it->text) || byline_heading(key, meta)) {
                it->junk = true;                /* a date or the byline, not a section */
                i++;
            } else if (answer_count(key)) {
                it->junk = true;                /* "3 Answers": a count, the answers stay */
                i++;
            } else if (al_gallery_heading(it, dom)) {
                it->junk = true;                /* a gallery's title: its captions stay */
                i++;
            } else if ((junk_heading(it, key) || comment_thread_heading(it, key, dom) || form_heading(it, dom) ||
                        thread_section(items, dom, i) || thread_notice(items, i)) &&
                       !recipe_part(items, dom, i, key) && !own_prose_section(items, dom, i, key)) {
                if ((o = forum_replies(items, dom, i)) >= 0) {
                    it->junk = true;            /* "5 reacties": a count, the replies stay */
                    drop_reply_furniture(items, dom, i, o);
                    i++;
                } else {
                    i = drop_section(items, dom, i);
                }
            } else if ((next = nutrition_label_end(items, dom, i, key)) > 0) {
                for (; i < next; i++)
                    items->items[i].junk = true;
            } else if ((next = appeal_section(items, dom, i, key)) > 0) {
                for (; i < next; i++)
                    items->items[i].junk = true;
            } else if (al_item_link_share(it) >= CARD_TITLE_LINK_SHARE) {
                drop_card(items, dom, i, meta); /* a card's linked title */
                i++;
            } else {
                i++;
            }
        } else if (it->kind == ALOUD_BLOCK_PARAGRAPH && al_text_words(it->text) <= LABEL_MAX_WORDS &&
                   al_lexicon_match(AL_LEX_HEADING, key) &&
                   ((next = drop_label_section(items, i)) > 0 || (next = drop_label_box(items, dom, i)) > 0 ||
                    (next = drop_leadin_box(items, dom, i, leadin_stop)) > 0)) {
            i = next;
        } else if (it->kind == ALOUD_BLOCK_PARAGRAPH && (next = drop_leadin_links(items, dom, i)) > 0) {
            i = next;
        } else {
            if (!numbered_point(items, i) && al_block_is_junk(it, key, meta, dom))
                it->junk = true;
            i++;
        }
        free(key);
    }
    drop_title_repeat(items, dom, meta);
    drop_masthead(items, dom, meta->title);
    drop_lead_repeat(items, dom, meta);
    if (drop_keypoints_repeat(items, dom, meta->title))
        drop_lead_repeat(items, dom, meta);   /* the box between the two copies is gone */
    drop_rating_boxes(items, dom);
    drop_sponsor_segments(items);
    drop_teaser_lists(items, dom);
    drop_headline_insets(items, dom);
    drop_video_cards(items, dom);
    drop_notice_boxes(items, dom);
    drop_story_cards(items, dom, meta);
    drop_appeal_boxes(items, dom);
    drop_appeal_feature_boxes(items, dom);
    drop_prompt_boxes(items, dom);
    drop_offer_boxes(items, dom, meta->title);
    drop_ad_boxes(items, dom);
    drop_closed_threads(items, dom);
    drop_permalinked_comments(items, dom);
    drop_poll_questions(items, dom);
    drop_reference_boxes(items, dom);
    drop_disclosure_notes(items, dom);
    drop_appeal_runs(items, dom);
    drop_supporters_lists(items);
    drop_appeal_headings(items);
    drop_author_bio(items, meta);
    drop_author_cards(items, dom, meta);
    drop_about_box(items, dom, meta);
    drop_card_footnotes(items, dom, meta);
    drop_meta_list(items, dom, meta);
    drop_after_end_mark(items);
    drop_end_matter(items, dom, meta);
    drop_after_tags(items, dom);
    drop_contact_cards(items, dom);
    drop_box_remnant(items, dom);
    drop_shop_box_remnant(items, dom);
    drop_date_strip_remnant(items, dom);
    drop_repeats(items, dom);
    drop_repeated_labels(items, dom);
    drop_caption_copies(items);
    drop_truncated_copies(items);
    resolve_suspects(items, dom, meta->lang, false);
    resolve_suspects(items, dom, meta->lang, true);
    drop_tool_rows(items, dom, meta->lang);
    trim_edges(items, dom, meta->lang);
    drop_date_alone(items, meta);         /* after the edges: a date kept there holds links in */
    drop_release_box(items, dom);         /* after the trailing labels and dates went */
    drop_placeholder_sections(items);
    drop_trailing_headings(items);
    drop_wiki_tagline(items, meta);
    drop_hatnotes(items, dom);
}
