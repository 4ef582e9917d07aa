/*
 * collect.c - turn the article's nodes into items: headings, paragraphs,
 * list items, quote paragraphs, captions, table rows and code blocks.
 *
 * One loop over the flat DOM with an explicit stack of open containers (no
 * recursion). Inline content (text, links, emphasis) accumulates in a run
 * that is emitted as one block when a block element starts or the
 * container ends; the container decides the block's kind (a <p> inside a
 * <blockquote> is a quote paragraph, inside an <li> a list item). Two
 * <br> in a row split a run into paragraphs, one <br> is a line break.
 * Containers that look like chrome are dropped here as Readability's
 * "clean conditionally" does: link-heavy, form-heavy, image-only blocks;
 * not the chosen candidate itself, which scored best by its paragraphs
 * (a post with two videos is still the post).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "passes.h"

/* A captioned gallery (captioned_gallery) has under this share of its text in links. */
#define GALLERY_MAX_LINKS 0.3
/* A block holding this share of the chosen node's text (its headings
 * apart) is the post's body: never cleaned conditionally. */
#define POST_TEXT_SHARE 0.75
/* A node holding the post's title heading is the post when its
 * paragraphs hold this share of its text outside headings. */
#define POST_P_SHARE 0.5

typedef struct {
    int node;
    int end;
    int kind;                 /* block kind of inline runs in this container */
    bool data_table;
} frame;

typedef struct {
    al_items *out;
    al_dom *dom;
    unsigned flags, skip;
    al_buf run;
    bool space;
    unsigned run_text, run_link;
    int last_link;            /* the <a> the run's last text was in, or -1 */
    int last_text;            /* the run's last text node, or -1 */
    int top;                  /* the chosen candidate: never cleaned itself */
    size_t line_start;        /* where the run's current line starts */
    bool line_bold;           /* every text of the current line is bold, none linked */
    frame *stack;
    size_t depth, cap;
    int err;
} collector;

/* Take ownership of TEXT (trimmed already) and emit it. */
static void emit(collector *c, int kind, int level, char *text, int node, unsigned link_len)
{
    int err = al_items_add(c->out, kind, level, node, text, link_len);

    if (err < 0)
        c->err = err;
}

/* ---- inline runs ------------------------------------------------------- */

/* Marks, in a run, the end of a bold line that opens a paragraph (run_break). */
#define BOLD_LINE '\x01'

/* Emit the run: split at blank lines (double <br>), trim each line. */
static void flush_run(collector *c)
{
    const frame *f = &c->stack[c->depth - 1];
    char *s = c->run.data, *para;
    unsigned total = c->run_text ? c->run_text : 1;

    if (!s || c->run.failed) {
        if (c->run.failed)
            c->err = al_error_oom();
        goto reset;
    }
    for (para = s; para && *para;) {
        char *stop = strstr(para, "\n\n"), *start = para, *end, *head;
        size_t n;

        if (stop)
            *stop = '\0';
        while (*start == ' ' || *start == '\n')
            start++;
        end = start + strlen(start);
        while (end > start && (end[-1] == ' ' || end[-1] == '\n'))
            end--;
        n = (size_t)(end - start);
        head = memchr(start, BOLD_LINE, n);
        if (head && head + 2 < end && head[1] == '\n' && f->kind == ALOUD_BLOCK_PARAGRAPH) {
            /* a bold line that opens the paragraph, over more lines: a heading */
            emit(c, AL_ITEM_HEADING, 3, al_strndup(start, (size_t)(head - start)), f->node, 0);
            start = head + 2;
            while (*start == ' ' || *start == '\n')
                start++;
            n = (size_t)(end - start);
        }
        if (n) {
            char *t = al_strndup(start, n), *m;
            unsigned chars;

            while (t && (m = strchr(t, BOLD_LINE)))     /* a bold line not made a heading */
                memmove(m, m + 1, strlen(m));
            chars = t ? al_utf8_chars(t) : 0;
            /* share the run's link characters out in proportion */
            emit(c, f->kind, 0, t, f->node, (unsigned)((double)c->run_link * chars / total + 0.5));
        }
        if (!stop)
            break;
        para = stop + 2;
        while (*para == '\n')
            para++;
    }
reset:
    c->run.len = 0;
    if (c->run.data)
        c->run.data[0] = '\0';
    c->space = false;
    c->run_text = c->run_link = 0;
    c->last_link = -1;
    c->last_text = -1;
    c->line_start = 0;
    c->line_bold = true;
}

/* Does element E (a node index; -1 is none) hold node I? */
static bool holds(const al_dom *dom, int e, int i)
{
    return e >= 0 && e <= i && i < dom->nodes[e].end;
}

/* Is the character at S (RUN, LEN bytes before it, when LAST: the one
 * that ends there) a lower-case letter (UPPER: an upper-case one)? */
static bool letter_case_at(const char *s, size_t len, bool last, bool upper)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t cp = 0;

    if (last) {
        if (!len)
            return false;
        p--;
        while (len > 1 && (*p & 0xC0) == 0x80)
            p--, len--;
    }
    if (!*p || !al_utf8_decode(p, strlen((const char *)p), &cp))
        return false;
    if (upper)
        return al_utf8_fold_cp(cp) != cp;
    return cp < 0x80 ? (cp >= 'a' && cp <= 'z') : cp >= 0xDF && al_utf8_fold_cp(cp) == cp;
}

/* Text nodes A then B meet where a link starts or ends, each in an element
 * of its own that does not hold the other, and a lower-case letter meets
 * an upper-case one (RUN ends A, T starts B): a label beside a link, as
 * "<span>Share</span><a>Facebook</a>", not prose around a link, as
 * "<a>Apple</a>'s" (there the bare text's element holds the link) or
 * "<a>ruling</a><span>s</span>". */
static bool apart_at_link(const al_dom *dom, int a, int b, int link_a, int link_b, const al_buf *run,
                          const char *t)
{
    int pa, pb;

    if (a < 0 || link_a == link_b || !run->len ||
        !letter_case_at(run->data + run->len, run->len, true, false) || !letter_case_at(t, 0, false, true))
        return false;
    pa = dom->nodes[a].parent;
    pb = dom->nodes[b].parent;
    return pa >= 0 && pb >= 0 && pa != pb && !holds(dom, pa, b) && !holds(dom, pb, a);
}

/* The <a> element holding text node I, whatever its href, or -1 (links are
 * rarely deep). */
static int link_of(const al_dom *dom, int i)
{
    int p, depth;

    for (p = dom->nodes[i].parent, depth = 0; p >= 0 && depth < 8; p = dom->nodes[p].parent, depth++)
        if (dom->nodes[p].tag == GUMBO_TAG_A)
            return p;
    return -1;
}

/* MathML token elements (identifiers, numbers, operators) are separate
 * words when read. */
static bool is_math_token(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent;

    if (p < 0)
        return false;
    switch (dom->nodes[p].tag) {
    case GUMBO_TAG_MI: case GUMBO_TAG_MN: case GUMBO_TAG_MO: case GUMBO_TAG_MS: case GUMBO_TAG_MTEXT:
        return true;
    default:
        return false;
    }
}

/* Is text node I inside a <b> or <strong> below the container being read? */
static bool in_bold(const collector *c, int i)
{
    int top = c->stack[c->depth - 1].node, p, depth;

    for (p = c->dom->nodes[i].parent, depth = 0; p > top && depth < 6; p = c->dom->nodes[p].parent, depth++)
        if (c->dom->nodes[p].tag == GUMBO_TAG_B || c->dom->nodes[p].tag == GUMBO_TAG_STRONG)
            return true;
    return false;
}

static void run_text(collector *c, const al_node *n)
{
    const char *t = n->g->v.text.text;
    size_t before = c->run.len;
    int link = link_of(c->dom, (int)(n - c->dom->nodes));

    /* two links side by side are two words: "WhatsApp" "Facebook" */
    if (link >= 0 && c->last_link >= 0 && link != c->last_link)
        c->space = true;
    /* a label beside a link is a word of its own: "Share" "Facebook" */
    if (apart_at_link(c->dom, c->last_text, (int)(n - c->dom->nodes), c->last_link, link, &c->run, t))
        c->space = true;
    if (is_math_token(c->dom, (int)(n - c->dom->nodes)))
        c->space = true;                      /* "a x 2", not "ax2" */

    /* after a line break, a leading space is noise */
    if (c->run.len && c->run.data[c->run.len - 1] == '\n')
        c->space = false;
    al_text_append_normalized(&c->run, t, strlen(t), &c->space);
    if (c->run.len > before && (link >= 0 || !in_bold(c, (int)(n - c->dom->nodes))))
        c->line_bold = false;          /* a linked line is a teaser's, not a heading */
    if (c->run.len > before) {
        c->last_link = link;
        c->last_text = (int)(n - c->dom->nodes);
    }
    if (c->run.len > before) {
        unsigned chars = al_utf8_chars(c->run.data + before);
        c->run_text += chars;
        if (n->flags & AL_NODE_LINK)
            c->run_link += chars;
    }
}

/* A line of bold words alone before a <br>, at a paragraph's start (the
 * run's or after a blank line), short, not a link and not a sentence (a
 * bold question in an interview stays with its answer): in a cell whose
 * paragraphs only <br>s part (an old table layout), the heading of what
 * follows it ("<b>Commenti (2)</b><br>..."), marked so that flush_run
 * makes it one when more lines follow in its paragraph. */
static bool bold_heading_line(const collector *c)
{
    const char *line = c->run.data + c->line_start;
    size_t start = c->line_start;

    /* a <p> is a paragraph its writer marked: a bold line opening it is a
     * run-in lead, read with it ("<p><strong>Contracts for growers</strong><br>...") */
    if (c->dom->nodes[c->stack[c->depth - 1].node].tag == GUMBO_TAG_P)
        return false;
    if (!c->line_bold || start >= c->run.len || *line == '\n' || strchr(line, BOLD_LINE))
        return false;
    if (start && !(start >= 2 && c->run.data[start - 1] == '\n' && c->run.data[start - 2] == '\n'))
        return false;
    return al_text_words(line) <= 12 && !al_block_ends_sentence(line);
}

static void run_break(collector *c)
{
    if (c->run.len == 0)
        return;
    /* drop a space before the newline */
    if (c->run.data[c->run.len - 1] == ' ')
        c->run.data[--c->run.len] = '\0';
    if (bold_heading_line(c))
        al_buf_putc(&c->run, BOLD_LINE);
    al_buf_putc(&c->run, '\n');
    c->space = false;
    c->line_start = c->run.len;
    c->line_bold = true;
}

/* ---- containers -------------------------------------------------------- */

static int push(collector *c, int node, int kind, bool data_table)
{
    if (c->depth == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        frame *p = realloc(c->stack, cap * sizeof(*p));
        if (!p)
            return c->err = al_error_oom();
        c->stack = p;
        c->cap = cap;
    }
    c->stack[c->depth].node = node;
    c->stack[c->depth].end = c->dom->nodes[node].end;
    c->stack[c->depth].kind = kind;
    c->stack[c->depth].data_table = data_table;
    c->depth++;
    return ALOUD_OK;
}

static void pop(collector *c)
{
    flush_run(c);
    c->depth--;
}

/* Does <figcaption> node I hold text, counting text this pass skips (a
 * credit whose class says so: <small class=credit>)? Text nodes keep
 * their own length whatever the sums skip. */
static bool caption_has_text(const al_dom *dom, int i)
{
    if (dom->nodes[i].text_len > 0)
        return true;
    for (int j = i + 1; j < dom->nodes[i].end; j++)
        if ((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].g->type == GUMBO_NODE_TEXT &&
            dom->nodes[j].text_len > 0)
            return true;
    return false;
}

/* The first <figcaption> with text at or after node J, before END (END when none). */
static int next_caption(const al_dom *dom, int j, int end)
{
    while (j < end && !(dom->nodes[j].tag == GUMBO_TAG_FIGCAPTION && caption_has_text(dom, j)))
        j++;
    return j;
}

/* A gallery of captioned pictures: at least as many <figcaption>s with
 * text as images, and little of it in links. Its captions are worth
 * hearing, unlike a strip of thumbnails (Readability drops both). A
 * slide whose caption is only its credit is a captioned slide too (the
 * credit is not read, the other slides' captions are), but one caption
 * at least says more than a credit (tests/pages/es-faro-galeria-cabecera).
 * The images of a strip inside it (a box, not a <figure>, of two images
 * or more and no caption: <ul class=thumbs>) do not count: the strip is
 * cleaned on its own, and the slide above it keeps its caption
 * (tests/pages/gallery-thumb-strip). One pass: the next caption is
 * looked for only past the last one found. */
static bool captioned_gallery(const al_dom *dom, int i)
{
    int j, end = dom->nodes[i].end, fc, captions = 0, read = 0;
    unsigned strip_img = 0;

    if (al_dom_link_density(dom, i) >= GALLERY_MAX_LINKS)
        return false;
    fc = next_caption(dom, i + 1, end);
    for (j = i + 1; j < end; j++) {
        const al_node *n = &dom->nodes[j];
        if (j > fc)
            fc = next_caption(dom, j, end);
        if (j == fc) {
            captions++;
            read += n->text_len > 0;
        } else if (n->tag != GUMBO_TAG_FIGURE && n->img_count >= 2 && fc >= n->end) {
            strip_img += n->img_count;   /* a strip: no caption inside */
            j = n->end - 1;
        }
    }
    return read > 0 && (unsigned)captions + strip_img >= dom->nodes[i].img_count;
}

static bool inside_tag(const al_dom *dom, int i, GumboTag tag)
{
    int p;

    for (p = dom->nodes[i].parent; p >= 0; p = dom->nodes[p].parent)
        if (dom->nodes[p].tag == tag)
            return true;
    return false;
}

/* A table that holds data (read row by row) rather than page layout.
 * Lists in its cells make it layout, unless it is a table of labelled
 * values: at least LABEL_ROWS_MIN rows, and half of its rows, open with
 * a <th> label before a <td> value (an infobox's "Official languages"
 * over a list of three, a spec sheet's "Colours" over a list): a layout
 * table does not label its columns row by row; nor does it name them in
 * a head row, a <thead> or a first row of HEAD_ROW_MIN_CELLS <th> cells
 * or more and nothing else ("Area | Collection day | Streets" over rows
 * whose last cell is a list of streets, en-council-table-cell-lists). */
#define LABEL_ROWS_MIN 3
#define HEAD_ROW_MIN_CELLS 2
/* A grid of short cells is data too, with no header: GRID_ROWS_MIN rows
 * or more of the same number of cells (two or more), each cell of at most
 * GRID_CELL_MAX_CHARS of text in at most GRID_CELL_BLOCKS blocks (a sheet
 * exported to a post wraps each cell's line in a <div>: "App | Size |
 * Patch size" over a row per app, en-blog-sheet-table-links). A layout
 * table's cells hold a column each: prose, lists and boxes. */
#define GRID_ROWS_MIN 3
#define GRID_CELL_MAX_CHARS 80
#define GRID_CELL_BLOCKS 2
/* Does cell C hold at most GRID_CELL_MAX_CHARS of text in at most GRID_CELL_BLOCKS blocks? */
static bool short_cell(const al_dom *dom, int c)
{
    int j, blocks = 0;

    if (dom->nodes[c].text_len > GRID_CELL_MAX_CHARS)
        return false;
    for (j = c + 1; j < dom->nodes[c].end; j++)
        if ((dom->nodes[j].tag == GUMBO_TAG_P || dom->nodes[j].tag == GUMBO_TAG_DIV) && ++blocks > GRID_CELL_BLOCKS)
            return false;
    return true;
}

static bool is_data_table(const al_dom *dom, int t)
{
    const char *role = al_dom_attr(dom, t, "role");
    int j, rows = 0, cols = 0, cells = 0, paragraphs = 0, lists = 0, labelled = 0, first_th = 0;
    int fewest = -1;                  /* the fewest cells of a row, -1 before the first */
    bool header = false, row_th = false, row_open = true, head_row = false, first_all_th = true;
    bool short_cells = true;

    if (role && (strcmp(role, "presentation") == 0 || strcmp(role, "none") == 0))
        return false;
    for (j = t + 1; j < dom->nodes[t].end; j++) {
        switch (dom->nodes[j].tag) {
        case GUMBO_TAG_TABLE: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION:
            return false;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL:
            lists++;
            break;
        case GUMBO_TAG_P: case GUMBO_TAG_DIV:
            paragraphs++;             /* Sphinx wraps every cell's text in a <p> */
            break;
        case GUMBO_TAG_TH:
            if (row_open)             /* the row's first cell is its label */
                row_th = true;
            row_open = false;
            header = true;
            first_th += rows <= 1;
            break;
        case GUMBO_TAG_THEAD:
            head_row = true;
            /* fall through */
        case GUMBO_TAG_CAPTION:
            header = true;
            break;
        case GUMBO_TAG_TR:
            if (rows == 1)            /* the first row ends: was it all <th>? */
                head_row |= first_all_th && first_th >= HEAD_ROW_MIN_CELLS;
            if (rows > 0 && (fewest < 0 || cells < fewest))
                fewest = cells;
            rows++;
            if (cells > cols)
                cols = cells;
            cells = 0;
            row_th = false;
            row_open = true;
            break;
        case GUMBO_TAG_TD:
            short_cells = short_cells && short_cell(dom, j);
            if (rows <= 1)
                first_all_th = false;
            if (row_th && cells == 0)
                labelled++;
            row_open = false;
            cells++;
            break;
        default:
            break;
        }
    }
    if (rows > 0 && (fewest < 0 || cells < fewest))
        fewest = cells;
    if (cells > cols)
        cols = cells;
    if (rows == 1)
        head_row |= first_all_th && first_th >= HEAD_ROW_MIN_CELLS;
    if (lists && !head_row && (labelled < LABEL_ROWS_MIN || 2 * labelled < rows))
        return false;
    if (paragraphs)                   /* paragraphs in cells: a layout table, unless it has a header */
        return (header && rows >= 2) ||
               (!lists && short_cells && rows >= GRID_ROWS_MIN && fewest >= 2 && fewest == cols);
    return header || (rows >= 2 && cols >= 2);
}

/* Does node I hold most of the chosen node's text outside its headings
 * (POST_TEXT_SHARE), the chosen node being a post found by its markup
 * alone (extract.c's post_of_headline: no paragraph of the page scored,
 * so it is no candidate) and not the page's body? Then it is the post's
 * body, however short ("<div class=entry-content>" under a video: "Wow...
 * just wow.", a credit link): cleaning it would leave the title alone. */
static bool holds_post_text(const collector *c, int i)
{
    const al_node *top, *n = &c->dom->nodes[i];
    unsigned body;

    if (c->top < 0 || c->top == c->dom->body || (c->dom->nodes[c->top].flags & AL_NODE_CANDIDATE) ||
        i <= c->top || i >= c->dom->nodes[c->top].end)
        return false;
    top = &c->dom->nodes[c->top];
    body = top->text_len > top->heading_count ? top->text_len - top->heading_count : 0;
    return body > 0 && n->text_len >= POST_TEXT_SHARE * body;
}

/* Is node I the post itself: it holds the post's own title heading
 * (HOLDS_TITLE, extract.c), its paragraphs hold at least POST_P_SHARE
 * of its text outside headings and at least POST_P_SHARE of the chosen
 * node's paragraph text? A picture post ("<div id=post>" with its h2, a
 * date, the picture and one sentence half of which is a link) is
 * link-heavy by Readability's measure, but it is what the page is for.
 * A <header> is the post's head, not the post: its title, meta line and
 * tags are cleaned as before, and so is a titled box beside a longer
 * body. */
static bool is_titled_post(const collector *c, int i)
{
    const al_node *n = &c->dom->nodes[i];
    unsigned body = n->text_len > n->heading_count ? n->text_len - n->heading_count : 0;

    return (n->flags & AL_NODE_HOLDS_TITLE) && n->tag != GUMBO_TAG_HEADER && body > 0 && c->top >= 0 &&
           n->p_text >= POST_P_SHARE * body && n->p_text >= POST_P_SHARE * c->dom->nodes[c->top].p_text;
}

/* A block of a recipe card (recipe.c) without links or inputs: the
 * recipe's times and servings in a "wprm-recipe-meta" list, not a post's
 * meta line; its class word alone does not clean it. */
static bool recipe_facts(const al_node *n)
{
    return (n->flags & AL_NODE_RECIPE) && n->link_len == 0 && n->input_count == 0 && n->text_len > 0;
}

/* Does cell C hold a word (a letter or digit) outside its links? */
static bool cell_has_own_words(const al_dom *dom, int c)
{
    int j;
    const char *t;

    for (j = c + 1; j < dom->nodes[c].end; j++) {
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) || (dom->nodes[j].flags & (AL_NODE_LINK | AL_NODE_DROP)))
            continue;
        for (t = dom->nodes[j].g->v.text.text; t && *t; t++)
            if ((*t >= '0' && *t <= '9') || ((*t | 0x20) >= 'a' && (*t | 0x20) <= 'z') || (*t & 0x80))
                return true;
    }
    return false;
}

/* A table of data whose cells name linked things (a lineup of linked
 * players, "1. <a>Rajai Davis</a> (R) LF"): a data table by its structure
 * (is_data_table) in which at least LINKED_DATA_SHARE of the cells that
 * hold a link also hold words of their own beside it, or stand in a row
 * with LINKED_ROW_CELLS cells or more of words and no link (a sheet's
 * "<a>Lake District</a> | 412 MB | 96 MB (23%)", en-blog-sheet-table-links).
 * Its link density says nothing: a link list's cells are the links and
 * nothing else, an archive's rows a link and its date. */
#define LINKED_DATA_SHARE 0.75
#define LINKED_ROW_CELLS 2
static bool linked_data_table(const al_dom *dom, int t)
{
    int j, c, linked = 0, own = 0;

    if (dom->nodes[t].tag != GUMBO_TAG_TABLE || !is_data_table(dom, t))
        return false;
    for (j = t + 1; j < dom->nodes[t].end; j++) {
        int row_linked = 0, row_own = 0, plain = 0;
        if (dom->nodes[j].tag != GUMBO_TAG_TR)
            continue;
        for (c = j + 1; c < dom->nodes[j].end; c = dom->nodes[c].end) {
            if (dom->nodes[c].tag != GUMBO_TAG_TD && dom->nodes[c].tag != GUMBO_TAG_TH)
                continue;
            if (dom->nodes[c].link_len > 0) {
                row_linked++;
                row_own += cell_has_own_words(dom, c);
            } else {
                plain += cell_has_own_words(dom, c);
            }
        }
        linked += row_linked;
        own += plain >= LINKED_ROW_CELLS ? row_linked : row_own;
        j = dom->nodes[j].end - 1;
    }
    return linked >= 2 && own >= LINKED_DATA_SHARE * linked;
}

/* A comparison table's buy buttons: a data table (is_data_table) that
 * names its columns in a head row (a <thead>, or a first row of
 * TABLE_HEAD_CELLS <th> cells or more) and in which a link whose rel says
 * it is paid ("sponsored") says the same words in TABLE_BUTTON_ROWS rows
 * or more, each row holding TABLE_DATA_CELLS cells of data beside it
 * (words of their own, or another link): "Operador | Tarifa | Datos |
 * Llamadas | Precio al mes" over rows whose price cell ends in
 * "Contratar" (es-comparativa-seguros-tabla-boton). The table is the
 * article's own: each button is marked JUNK, cut from its cell, and its
 * row is read without it. A shop's offer box laid out as a table ("Shop
 * | 96 \xE2\x82\xAC | Reserva ara") has no head row or fewer cells of
 * data: blocks.c's offer-list takes its rows whole. A paid link whose
 * words differ from row to row names the row's thing: it is data. */
#define TABLE_HEAD_CELLS 3
#define TABLE_DATA_CELLS 3
#define TABLE_BUTTON_ROWS 2
#define TABLE_PAID_LINKS 64           /* the paid links a table is searched for, at most */

static bool paid_link(const al_dom *dom, int j)
{
    static const char *const paid[] = { "sponsored", NULL };

    return !(dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].tag == GUMBO_TAG_A &&
           al_value_has_part(al_dom_attr(dom, j, "rel"), " \t\n", paid);
}

/* The word key of link J's text ("" when it has none), or NULL. */
static char *link_key(const al_dom *dom, int j)
{
    char *text = al_dom_text(dom, j, true), *key = text ? al_text_key(text) : NULL;

    free(text);
    return key;
}

/* Does data table T name its columns in a head row? */
static bool table_head_row(const al_dom *dom, int t)
{
    int th = 0;

    for (int j = t + 1; j < dom->nodes[t].end; j++) {
        if (dom->nodes[j].tag == GUMBO_TAG_THEAD)
            return dom->nodes[j].text_len > 0;
        if (dom->nodes[j].tag != GUMBO_TAG_TR)
            continue;
        for (int c = j + 1; c < dom->nodes[j].end; c = dom->nodes[c].end)
            if (dom->nodes[c].tag == GUMBO_TAG_TD)
                return false;
            else if (dom->nodes[c].tag == GUMBO_TAG_TH)
                th++;
        return th >= TABLE_HEAD_CELLS;
    }
    return false;
}

/* The cells of row TR that hold data beside the links whose key is
 * BUTTON (words of their own, or another link); with CUT, those links are
 * marked JUNK. */
static int row_data_cells(al_dom *dom, int tr, const char *button, bool cut)
{
    int cells = 0;

    for (int c = tr + 1; c < dom->nodes[tr].end; c = dom->nodes[c].end) {
        bool data;

        if (dom->nodes[c].tag != GUMBO_TAG_TD && dom->nodes[c].tag != GUMBO_TAG_TH)
            continue;
        data = cell_has_own_words(dom, c);
        for (int j = c + 1; j < dom->nodes[c].end; j++) {
            char *key;

            if ((dom->nodes[j].flags & AL_NODE_TEXT) || dom->nodes[j].tag != GUMBO_TAG_A)
                continue;
            key = paid_link(dom, j) ? link_key(dom, j) : NULL;
            if (key && strcmp(key, button) == 0) {
                if (cut)
                    dom->nodes[j].flags |= AL_NODE_JUNK;
            } else if (dom->nodes[j].text_len > 0) {
                data = true;
            }
            free(key);
            j = dom->nodes[j].end - 1;
        }
        cells += data;
    }
    return cells;
}

static void cut_table_buttons(al_dom *dom, int t)
{
    char *keys[TABLE_PAID_LINKS];
    const char *button = NULL;
    int n = 0, best = 0, rows = 0;

    if (!table_head_row(dom, t))
        return;
    for (int j = t + 1; j < dom->nodes[t].end && n < TABLE_PAID_LINKS; j++) {
        char *key = paid_link(dom, j) ? link_key(dom, j) : NULL;

        if (key && *key)
            keys[n++] = key;
        else
            free(key);
    }
    for (int k = 0; k < n; k++) {      /* the words said most often: the button's */
        int same = 0;
        for (int m = 0; m < n; m++)
            same += strcmp(keys[k], keys[m]) == 0;
        if (same > best)
            best = same, button = keys[k];
    }
    if (best >= TABLE_BUTTON_ROWS) {
        for (int j = t + 1; j < dom->nodes[t].end; j++)
            if (dom->nodes[j].tag == GUMBO_TAG_TR) {
                rows += row_data_cells(dom, j, button, false) >= TABLE_DATA_CELLS;
                j = dom->nodes[j].end - 1;
            }
        for (int j = t + 1; j < dom->nodes[t].end && rows >= TABLE_BUTTON_ROWS; j++)
            if (dom->nodes[j].tag == GUMBO_TAG_TR) {
                if (row_data_cells(dom, j, button, false) >= TABLE_DATA_CELLS)
                    row_data_cells(dom, j, button, true);
                j = dom->nodes[j].end - 1;
            }
    }
    for (int k = 0; k < n; k++)
        free(keys[k]);
}

/* Is node I such a table (linked_data_table), or a wrapper whose text is
 * nearly all (WRAPPED_TABLE_TENTHS) in one: the <div>s a sheet's table
 * is pasted in? */
#define WRAPPED_TABLE_TENTHS 9
static bool holds_linked_data_table(const al_dom *dom, int i)
{
    int j;

    if (dom->nodes[i].tag == GUMBO_TAG_TABLE)
        return linked_data_table(dom, i);
    for (j = i + 1; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_TABLE)
            return dom->nodes[j].text_len * 10 >= dom->nodes[i].text_len * WRAPPED_TABLE_TENTHS &&
                   linked_data_table(dom, j);
    return false;
}

/* Is block N a post written as a list between pictures (screenshots,
 * each under a list item saying what it shows, then a closing sentence
 * in loose text)? Readability drops a block with fewer than half as many
 * paragraphs as pictures as an image block (an advert, a badge strip),
 * counting <p> only. Here the list items stand for the paragraphs: at
 * least half as many as the pictures, of LIST_PROSE_CHARS characters or
 * more on average (sentences, not "Carrier : Unknown" facts), and the
 * block's own words, outside links, run to PROSE_PER_PICTURE characters
 * or more for each picture. A gallery's captions or a sidebar's blurb
 * (no list) and a list of short facts beside pictures are cleaned as before. */
#define LIST_PROSE_CHARS 50
#define PROSE_PER_PICTURE 150
static bool list_prose_beside_pictures(const al_node *n)
{
    unsigned own = n->text_len > n->link_len ? n->text_len - n->link_len : 0;

    return n->li_count > 0 && 2 * n->li_count >= n->img_count &&
           n->text_len >= LIST_PROSE_CHARS * n->li_count && own >= PROSE_PER_PICTURE * n->img_count;
}

/* Is N, a <div> that holds no block (Readability turns it into a <p>
 * before it cleans, so that its link density is never tested), a
 * paragraph of prose: DIV_PROSE_OWN_CHARS or more outside its links,
 * which are less than half its text, ending a sentence? Its links are
 * the words' own ("by submitting your details thru this form"), not a
 * line of links. */
#define DIV_PROSE_OWN_CHARS 100
#define DIV_PROSE_MAX_LINKS 0.5
static bool div_prose(const collector *c, int i)
{
    const al_node *n = &c->dom->nodes[i];
    char *text;
    size_t len;
    bool sentence;

    if (n->tag != GUMBO_TAG_DIV || n->text_len < n->link_len + DIV_PROSE_OWN_CHARS ||
        al_dom_link_density(c->dom, i) >= DIV_PROSE_MAX_LINKS || !al_score_div_is_paragraph(c->dom, i) ||
        !(text = al_dom_text(c->dom, i, true)))
        return false;
    len = strlen(text);
    while (len && strchr(" \t\n\"')", text[len - 1]))
        len--;
    sentence = len && strchr(".!?", text[len - 1]);
    free(text);
    return sentence;
}

/* An entry of a run: a live blog's posts, a timeline's days, a Q&A
 * page's answers. Its siblings of the same tag and class (the first word
 * of it: "post post--accepted" is a post) say the same kind of thing, and
 * open with a heading of the same level when it does (of its own words,
 * not a link: a card's headline is one). Cleaning judges one block alone
 * by its links, so an entry with a "read also" line and a gallery's
 * controls under one paragraph, or a one-paragraph answer over its share
 * links and user card, crosses the line its neighbours stay under, and
 * the listener loses it from the middle of the page. It is kept when at
 * least ENTRY_MIN_PEERS such siblings holding a <p> are under that line
 * themselves (PEER_MAX_LINKS, Readability's) and its own text is mostly
 * not links (ENTRY_MAX_LINKS). A run of link cards is cleaned as before:
 * its entries' headings are links, or they cross the line together. */
#define ENTRY_MIN_PEERS 2
#define ENTRY_MAX_LINKS 0.5
#define PEER_MAX_LINKS 0.2
#define ENTRY_MAX_SIBLINGS 64

/* The tag of block I's first element child when it is a heading h2 to h6
 * without links; GUMBO_TAG_UNKNOWN when there is none, or -1 for a linked
 * heading, a heading alone or loose text first (no entry). */
static int entry_heading(const al_dom *dom, int i)
{
    int j;

    for (j = i + 1; j < dom->nodes[i].end && (dom->nodes[j].flags & AL_NODE_TEXT); j++)
        if (dom->nodes[j].g->type != GUMBO_NODE_WHITESPACE)
            return -1;                          /* loose text before it */
    if (j >= dom->nodes[i].end || dom->nodes[j].tag < GUMBO_TAG_H2 ||
        dom->nodes[j].tag > GUMBO_TAG_H6)
        return GUMBO_TAG_UNKNOWN;
    if (dom->nodes[j].text_len == 0 || dom->nodes[j].link_len > 0 ||
        dom->nodes[j].end >= dom->nodes[i].end)
        return -1;                              /* a linked heading, or a heading alone */
    return dom->nodes[j].tag;
}

/* The length of the first word of class value V (0 for none). */
static size_t first_class_word(const char *v)
{
    return v ? strcspn(v, " \t\n") : 0;
}

static bool entry_of_run(const al_dom *dom, int i)
{
    const char *cls = al_dom_attr(dom, i, "class"), *sc;
    size_t cn = first_class_word(cls);
    int h = entry_heading(dom, i), parent = dom->nodes[i].parent, j, peers = 0, seen = 0;

    if (h < 0 || parent < 0 || dom->nodes[i].p_count == 0 ||
        al_dom_link_density(dom, i) >= ENTRY_MAX_LINKS)
        return false;
    /* a run's first entries are its peers: no need to look at every
     * sibling for each (a box of thousands would cost their square) */
    for (j = parent + 1; j < dom->nodes[parent].end && peers < ENTRY_MIN_PEERS &&
                         seen++ < ENTRY_MAX_SIBLINGS;
         j = dom->nodes[j].end) {
        if (j == i || dom->nodes[j].tag != dom->nodes[i].tag || entry_heading(dom, j) != h ||
            dom->nodes[j].p_count == 0 || al_dom_link_density(dom, j) > PEER_MAX_LINKS)
            continue;
        sc = al_dom_attr(dom, j, "class");
        if (first_class_word(sc) != cn || (cn && strncmp(cls, sc, cn) != 0))
            continue;
        peers++;
    }
    return peers >= ENTRY_MIN_PEERS;
}

/* Is block I an entry of a run, or the body of one: the entry's text
 * outside its headings is nearly all in it (ENTRY_BODY_TENTHS), as an
 * answer's text under its votes, or a live blog's short entry under its
 * heading ("Sin clases en seis municipios de la costa" over a paragraph
 * and a "Lee también:" link; b23-es-directo-dana-costa-granada),
 * ENTRY_BODY_LEVELS levels up at most? */
#define ENTRY_BODY_TENTHS 9
#define ENTRY_BODY_LEVELS 2
static bool in_entry_of_run(const al_dom *dom, int i)
{
    for (int k = i, level = 0; level <= ENTRY_BODY_LEVELS; level++) {
        int p = dom->nodes[k].parent;
        unsigned outside;
        if (entry_of_run(dom, k))
            return true;
        if (p < 0)
            return false;
        outside = dom->nodes[p].text_len - (dom->nodes[p].heading_count - dom->nodes[k].heading_count);
        if (dom->nodes[k].text_len * 10 < outside * ENTRY_BODY_TENTHS)
            return false;
        k = p;
    }
    return false;
}

/* Readability's _cleanConditionally, on subtree sums. */
static bool clean_conditionally(const collector *c, int i)
{
    const al_node *n = &c->dom->nodes[i];
    int weight = (c->flags & AL_EXTRACT_WEIGHT_CLASSES) ? al_score_class_weight(c->dom, i) : 0;
    bool is_list = n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL;
    double p = n->p_count, img = n->img_count, li = (double)n->li_count - 100;
    double ld = al_dom_link_density(c->dom, i);
    double hd = n->text_len ? (double)n->heading_count / n->text_len : 0;
    bool in_figure;

    if (!(c->flags & AL_EXTRACT_CLEAN_CONDITIONALLY) || (n->flags & AL_NODE_HOLDS_LEAD))
        return false;
    switch (n->tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
        break;
    default:
        return false;
    }
    if (al_score_holds_article(c->dom, i) || holds_post_text(c, i) || is_titled_post(c, i) ||
        al_block_embedded_post(c->dom, i))
        return false;   /* an embedded post's card: its text is quoted, its links are its foot's */
    if (weight < 0 && !recipe_facts(n))   /* Readability adds a content score of 0 here */
        return true;
    if (n->commas >= 10)
        return false;
    in_figure = inside_tag(c->dom, i, GUMBO_TAG_FIGURE);
    if (img > 1 && p / img < 0.5 && !in_figure && !captioned_gallery(c->dom, i) && !list_prose_beside_pictures(n))
        return true;
    if (!is_list && li > p)
        return true;
    if (n->input_count > floor(p / 3))
        return true;
    if (!is_list && hd < 0.9 && n->text_len < 25 && (img == 0 || img > 2) && !in_figure && ld > 0)
        return true;
    /* a captioned gallery's few links are its controls ("Voir la galerie en
     * plein écran"): under GALLERY_MAX_LINKS it is read for its captions */
    if (!is_list && weight < 25 && ld > 0.2 + (n->text_len > 1000 ? 0.1 : 0) &&
        !holds_linked_data_table(c->dom, i) && !div_prose(c, i) && !in_entry_of_run(c->dom, i) &&
        !captioned_gallery(c->dom, i))
        return true;
    if (weight >= 25 && ld > 0.5 && !holds_linked_data_table(c->dom, i))
        return true;
    if ((n->embed_count == 1 && n->text_len < 75) || n->embed_count > 1)
        return true;
    return false;
}

/* ---- leaf blocks ------------------------------------------------------- */

static bool is_heading_tag(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* A heading whose words open a chrome section ("Comments", "Related
 * posts"; data/lang [extract.heading], [extract.comment]). */
static bool opens_chrome_section(const collector *c, int i)
{
    char *text = al_dom_text_masked(c->dom, i, AL_NODE_DROP), *key = text ? al_text_key(text) : NULL;
    bool chrome = key && (al_lexicon_match(AL_LEX_HEADING, key) || al_lexicon_match(AL_LEX_COMMENT, key));

    free(text);
    free(key);
    return chrome;
}

/* A heading whose class or id names chrome ("<h2 id=comments>") is not
 * read, as Readability's _cleanHeaders; but when its words open a chrome
 * section it is emitted, so that the section under it goes with it
 * (boilerplate.c): else the comments it heads would join the section
 * before. */
static void emit_heading(collector *c, int i, bool chrome_name)
{
    const al_node *n = &c->dom->nodes[i];
    int level = n->tag - GUMBO_TAG_H1 + 1;
    char *text;

    if ((chrome_name || ((c->flags & AL_EXTRACT_WEIGHT_CLASSES) && al_score_class_weight(c->dom, i) < 0)) &&
        !opens_chrome_section(c, i))
        return;
    text = al_dom_text_masked(c->dom, i, (chrome_name ? AL_NODE_DROP : c->skip) | AL_NODE_JUNK);
    if (text)
        al_text_trim_marks(text);
    emit(c, AL_ITEM_HEADING, level < 2 ? 2 : level, text, i, n->link_len);
}

static void emit_code(collector *c, int i)
{
    al_buf b = AL_BUF_INIT, out = AL_BUF_INIT;
    char *line, *save = NULL;
    int j;

    for (j = i; j < c->dom->nodes[i].end; j++) {
        const al_node *n = &c->dom->nodes[j];
        if (n->flags & AL_NODE_TEXT)
            al_buf_puts(&b, n->g->v.text.text);
        else if (n->tag == GUMBO_TAG_BR)
            al_buf_putc(&b, '\n');
    }
    /* keep the lines, clean each one */
    for (line = b.data ? strtok_r(b.data, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
        size_t before = out.len;
        bool newline = out.len > 0;
        if (newline)
            al_buf_putc(&out, '\n');
        al_text_append_normalized(&out, line, strlen(line), NULL);
        if (newline && out.len == before + 1)   /* a blank line: undo its newline */
            out.data[--out.len] = '\0';
    }
    al_buf_free(&b);
    emit(c, ALOUD_BLOCK_CODE, 0, al_buf_detach(&out), i, 0);
}

/* The text of cell CELL (MASK left out), the items of a list in it said
 * as a list: "Acacia Road; Birch Close; Chapel Lane", not run together
 * as one phrase ("Acacia Road Birch Close"). An item that ends in a
 * mark of its own is followed by a space only. */
static char *cell_text(const collector *c, int cell, unsigned mask)
{
    const al_dom *dom = c->dom;
    al_buf b = AL_BUF_INIT;
    bool items = false;
    char *out;
    int j;

    for (j = cell + 1; j < dom->nodes[cell].end && !items; j++)
        items = dom->nodes[j].tag == GUMBO_TAG_LI && !(dom->nodes[j].flags & (AL_NODE_TEXT | mask));
    if (!items)
        return al_dom_text_masked(dom, cell, mask);
    for (j = cell + 1; j < dom->nodes[cell].end; j++) {
        const al_node *n = &dom->nodes[j];

        if (n->flags & mask) {
            j = n->end - 1;
        } else if (n->flags & AL_NODE_TEXT) {
            al_buf_puts(&b, n->g->v.text.text);
        } else if (n->tag == GUMBO_TAG_LI) {
            char *t = al_dom_text_masked(dom, j, mask);
            if (t && *t) {
                while (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\n'))
                    b.data[--b.len] = '\0';
                if (b.len && !strchr(".,;:!?", b.data[b.len - 1]))
                    al_buf_putc(&b, ';');
                al_buf_putc(&b, ' ');
                al_buf_puts(&b, t);
                al_buf_putc(&b, ' ');
            }
            free(t);
            j = n->end - 1;
        } else if (n->flags & AL_NODE_BLOCK || n->tag == GUMBO_TAG_BR) {
            al_buf_putc(&b, ' ');
        }
    }
    out = b.data ? al_text_normalize(b.data) : NULL;
    al_buf_free(&b);
    return out;
}

static void emit_row(collector *c, int tr)
{
    al_buf b = AL_BUF_INIT;
    unsigned link = 0;
    int j;

    for (j = tr + 1; j < c->dom->nodes[tr].end; j = c->dom->nodes[j].end) {
        const al_node *n = &c->dom->nodes[j];
        char *t;

        if ((n->tag != GUMBO_TAG_TD && n->tag != GUMBO_TAG_TH) || (n->flags & c->skip))
            continue;
        t = cell_text(c, j, c->skip | AL_NODE_JUNK);
        if (t && t[0]) {
            if (b.len)
                al_buf_puts(&b, " | ");
            al_buf_puts(&b, t);
            link += n->link_len;
        }
        free(t);
    }
    emit(c, ALOUD_BLOCK_TABLE_ROW, 0, al_buf_detach(&b), tr, link);
}

/* ---- the walk ---------------------------------------------------------- */

static int child_kind(const collector *c, GumboTag tag)
{
    int parent = c->depth ? c->stack[c->depth - 1].kind : ALOUD_BLOCK_PARAGRAPH;

    switch (tag) {
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: return ALOUD_BLOCK_LIST_ITEM;
    case GUMBO_TAG_BLOCKQUOTE: return ALOUD_BLOCK_QUOTE;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return ALOUD_BLOCK_CAPTION;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return ALOUD_BLOCK_PARAGRAPH;
    default: return parent;
    }
}

/* One block element at I; returns the next index to visit. */
static int visit_block(collector *c, int i)
{
    const al_node *n = &c->dom->nodes[i];

    flush_run(c);
    if (i != c->top && clean_conditionally(c, i))
        return n->end;
    switch (n->tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        if (n->flags & AL_NODE_LEAD)        /* a subtitle read as the lead */
            break;
        emit_heading(c, i, false);
        return n->end;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        emit_code(c, i);
        return n->end;
    case GUMBO_TAG_HR:
        emit(c, AL_ITEM_RULE, 0, al_strdup(""), i, 0);
        return n->end;
    case GUMBO_TAG_IMG:  case GUMBO_TAG_VIDEO: case GUMBO_TAG_IFRAME:
        return n->end;
    case GUMBO_TAG_TR:
        if (c->depth && c->stack[c->depth - 1].data_table) {
            emit_row(c, i);
            return n->end;
        }
        break;
    case GUMBO_TAG_TABLE:
        if (is_data_table(c->dom, i)) {
            cut_table_buttons(c->dom, i);
            push(c, i, ALOUD_BLOCK_PARAGRAPH, true);
        } else {
            push(c, i, ALOUD_BLOCK_PARAGRAPH, false);
        }
        return i + 1;
    default:
        break;
    }
    /* data-table status carries down through tbody/thead */
    push(c, i, (n->flags & AL_NODE_CAPTION) ? ALOUD_BLOCK_CAPTION : child_kind(c, n->tag),
         c->depth && c->stack[c->depth - 1].data_table &&
         (n->tag == GUMBO_TAG_TBODY || n->tag == GUMBO_TAG_THEAD || n->tag == GUMBO_TAG_TFOOT));
    return i + 1;
}

static void collect_subtree(collector *c, int root, int end)
{
    int j = root;

    /* an outer frame for the root itself (up to END: a run of loose text
     * ends after its last node); the loop visits the root as any other
     * block, which pushes the frame that gives its kind */
    if (push(c, root, ALOUD_BLOCK_PARAGRAPH, false) < 0)
        return;
    c->stack[c->depth - 1].end = end;
    while (c->depth && c->err >= 0) {
        const al_node *n;

        while (c->depth && j >= c->stack[c->depth - 1].end)
            pop(c);
        if (!c->depth)
            break;
        n = &c->dom->nodes[j];
        if (n->flags & (c->skip | AL_NODE_JUNK)) {
            if (is_heading_tag(n->tag) && !(n->flags & (AL_NODE_DROP | AL_NODE_JUNK))) {
                flush_run(c);
                emit_heading(c, j, true);  /* an unlikely heading over chrome */
            }
            j = n->end;
        } else if (n->flags & AL_NODE_TEXT) {
            run_text(c, n);
            j++;
        } else if (n->tag == GUMBO_TAG_BR) {
            run_break(c);
            j++;
        } else if (n->flags & AL_NODE_BLOCK) {
            j = visit_block(c, j);
        } else {
            j++;                      /* inline element: its text joins the run */
        }
    }
}

int al_collect(al_items *out, al_dom *dom, unsigned flags, int top)
{
    collector c = { 0 };
    int i;

    c.out = out;
    c.top = top;
    c.last_link = -1;
    c.last_text = -1;
    c.line_bold = true;
    c.dom = dom;
    c.flags = flags;
    c.skip = AL_NODE_DROP | ((flags & AL_EXTRACT_STRIP_UNLIKELY) ? AL_NODE_UNLIKELY : 0);
    for (i = 0; i < dom->count && c.err >= 0; i++) {
        int end = dom->nodes[i].end;

        if (!(dom->nodes[i].flags & AL_NODE_KEEP))
            continue;
        /* kept loose text (text and inline elements beside the article's
         * blocks, extract.c) is one run up to the next block: one paragraph */
        if (!(dom->nodes[i].flags & AL_NODE_BLOCK))
            while (end < dom->count && dom->nodes[end].parent == dom->nodes[i].parent &&
                   !(dom->nodes[end].flags & AL_NODE_BLOCK) &&
                   (dom->nodes[end].flags & (AL_NODE_KEEP | c.skip)))
                end = dom->nodes[end].end;
        collect_subtree(&c, i, end);
        i = end - 1;
    }
    al_buf_free(&c.run);
    free(c.stack);
    return c.err < 0 ? c.err : ALOUD_OK;
}
