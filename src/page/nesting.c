/*
 * nesting.c - bound what a page can make the HTML parser build.
 *
 * gumbo checks "is there an X in scope" by walking its stack of open
 * elements, once or more per tag, so a page of N nested elements costs it
 * O(N^2): 100,000 nested <div>s take half a minute, a million take hours.
 * Each element also costs it a few hundred bytes, so 20 MiB of "<a>" made
 * gigabytes. gumbo 0.10 has no limit of its own, so this pass looks at the
 * page before gumbo does, in one linear scan with a light tokenizer
 * (comments, quoted attribute values, raw-text elements, SVG and MathML
 * self-closing tags):
 *
 *   - more than AL_HTML_MAX_ELEMENTS start tags (after the next step):
 *     the page is refused;
 *   - start tags nested deeper than AL_HTML_MAX_DEPTH are removed with the
 *     same number of end tags, their text kept, as Blink flattens a tree
 *     past 512 levels. Every later walk (ours included) is then bounded.
 *
 * Elements that cannot nest without one that counts between (p, td, tr,
 * void elements) do not count. A start tag closes what the tree builder
 * would close for it (li the last li, h2 a current heading...), an end tag
 * what is open above its element, unless the tree builder would ignore it
 * (a special element or scope boundary above, a misnested formatting
 * element: the adoption agency leaves what was opened inside it open). The
 * scan only has
 * to be safe, not exact: where unsure it counts an element (a page that
 * only looks deeper loses some structure past 512 levels; a page that is
 * deeper than it looks would make gumbo slow again).
 *
 * Some growth no scan can see (cloned formatting elements): htmlparse.c
 * runs gumbo in a sandboxed child within a memory and CPU-time budget.
 *
 * The same scan reads <noscript> as a browser with scripting does: its
 * content is text up to </noscript>, never markup, and aloud never speaks
 * it (parse.c drops it), so the element is removed whole. gumbo parses it
 * as markup (as with scripting off), and an unclosed <iframe> or <div>
 * inside a <noscript> at the top of <body> then swallowed the page.
 *
 * al_html_templates() uses the same scan to gather the content of every
 * <script> whose type says it holds markup (text/html, text/template,
 * text/x-handlebars-template...: the type names markup or a template) into
 * a page of its own: what a framework would render, for a second try on a
 * page whose markup holds no article. A template wrapped in CDATA is read
 * unwrapped; one named for a widget's error or loading state is left out.
 */
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nesting.h"

#define SEARCH_UNKNOWN 64   /* how far down an unknown end tag looks for its start */

typedef struct {
    GumboTag tag;
    uint32_t hash;           /* of the lower-cased name, for GUMBO_TAG_UNKNOWN */
    bool foreign;            /* its children are SVG or MathML */
    bool html_ns;            /* an HTML element (not SVG or MathML) */
    bool svg_ns;             /* an SVG element (else MathML when not HTML) */
    bool is_special, is_boundary;   /* on the marker chains below */
    unsigned flat_special;   /* p, li, h2, td... opened while this was the current element */
    unsigned flat_boundary;  /* td, th, caption opened while this was the current element */
    int prev_same;           /* the next open element down with the same tag, or -1 */
    int prev_special;        /* the next special element (or one with flat_special) down */
    int prev_boundary;       /* the next scope boundary (or one with flat_boundary) down */
    int prev_html;           /* the next HTML element down */
} open_element;

typedef struct {
    const char *src;
    size_t len;
    size_t copied;           /* src[0, copied) is in out (once rewriting) */
    al_buf out;
    bool rewriting;
    open_element stack[AL_HTML_MAX_DEPTH];
    int depth;
    int top_of[GUMBO_TAG_LAST + 1];      /* the topmost open element per tag, or -1 */
    int top_special, top_boundary;       /* the topmost marker of each chain, or -1 */
    int top_html;                        /* the topmost HTML element, or -1 */
    size_t excess;           /* start tags removed, not yet matched by an end tag */
    size_t elements;
    al_buf *templates;       /* al_html_templates(): the markup of template scripts */
    unsigned template_count;
} scan;

/* ---- tag classes -------------------------------------------------------- */

/* Void elements, html/head/body, p (closed by the next block) and table
 * parts (ignored outside a table, which counts): these never nest without
 * an element that counts between. (li, dd, h2, option and rt do: <dd><li>
 * or <option><rt> repeated nest without end.) */
static bool is_flat(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY: case GUMBO_TAG_P:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMAGE: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

/* HTML start tags that end SVG/MathML content (HTML "in foreign content"),
 * as gumbo 0.10 has them: not <body> or <head> (ignored there), and <font>
 * only with color, face or size, which the scan does not look at: it
 * stays in SVG (counting more, never less). */
static bool breaks_out_of_foreign(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EM: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HR: case GUMBO_TAG_I:
    case GUMBO_TAG_IMG: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
        return true;
    default:
        return false;
    }
}

/* HTML elements of the "special" category that nest (flat ones: below;
 * in SVG and MathML the integration points are special). An end tag of an
 * ordinary element ("any other end tag": span, custom elements) is
 * ignored when one of these is open above it. */
static bool is_special(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_APPLET: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_OL: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SECTION: case GUMBO_TAG_SELECT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_UL: case GUMBO_TAG_XMP: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return true;
    default:
        return false;
    }
}

/* Special elements that do not count (is_flat) and are not void. */
static bool is_flat_special(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP:
        return true;
    default:
        return false;
    }
}

/* HTML scope boundaries: an element's end tag ("has an element in scope")
 * is ignored when one of these (or an SVG/MathML integration point) is
 * open above the element. */
static bool is_boundary(GumboTag t)
{
    return t == GUMBO_TAG_APPLET || t == GUMBO_TAG_MARQUEE || t == GUMBO_TAG_OBJECT ||
           t == GUMBO_TAG_TABLE || t == GUMBO_TAG_TEMPLATE;
}

static bool is_flat_boundary(GumboTag t)
{
    return t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_CAPTION;
}

/* Formatting elements: their end tag runs the adoption agency, which
 * leaves the elements opened inside them open (cloned), so it only
 * closes them here when they are the current element. */
static bool is_formatting(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT: case GUMBO_TAG_U:
        return true;
    default:
        return false;
    }
}

/* SVG (SVG true) or MathML elements whose children are HTML again. Not
 * <annotation-xml encoding="text/html">, which the scan does not read:
 * it stays in MathML (counting more, never less). */
static bool is_integration_point(GumboTag t, bool svg)
{
    if (svg)
        return t == GUMBO_TAG_FOREIGNOBJECT || t == GUMBO_TAG_DESC || t == GUMBO_TAG_TITLE;
    return t == GUMBO_TAG_MI || t == GUMBO_TAG_MO || t == GUMBO_TAG_MN || t == GUMBO_TAG_MS ||
           t == GUMBO_TAG_MTEXT;
}

/* An element's kind in the model, from its namespace. */
static bool marks_special(const open_element *e)
{
    return e->html_ns ? is_special(e->tag) : is_integration_point(e->tag, e->svg_ns);
}

static bool marks_boundary(const open_element *e)
{
    return e->html_ns ? is_boundary(e->tag) : is_integration_point(e->tag, e->svg_ns);
}

/* Elements whose content is text up to their end tag (in HTML content). */
static bool is_raw_text(GumboTag t)
{
    return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_XMP ||
           t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_NOEMBED || t == GUMBO_TAG_NOFRAMES ||
           t == GUMBO_TAG_TEXTAREA || t == GUMBO_TAG_TITLE;
}

/* Inline elements: removing one must not join or split words. */
static bool is_phrasing(GumboTag t)
{
    return t == GUMBO_TAG_A || t == GUMBO_TAG_B || t == GUMBO_TAG_I || t == GUMBO_TAG_EM ||
           t == GUMBO_TAG_STRONG || t == GUMBO_TAG_SPAN || t == GUMBO_TAG_FONT ||
           t == GUMBO_TAG_U || t == GUMBO_TAG_S || t == GUMBO_TAG_SMALL || t == GUMBO_TAG_BIG ||
           t == GUMBO_TAG_CODE || t == GUMBO_TAG_SUB || t == GUMBO_TAG_SUP || t == GUMBO_TAG_MARK ||
           t == GUMBO_TAG_ABBR || t == GUMBO_TAG_CITE || t == GUMBO_TAG_Q || t == GUMBO_TAG_TT;
}

/* ---- the tokenizer ------------------------------------------------------ */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static uint32_t name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;

    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)lower(s[i])) * 16777619u;
    return h;
}

/* Index just past the comment starting at I ("<!--"), or N. */
static size_t skip_comment(const char *s, size_t n, size_t i)
{
    i += 4;
    if (i < n && s[i] == '>')                       /* <!--> */
        return i + 1;
    if (i + 1 < n && s[i] == '-' && s[i + 1] == '>')  /* <!---> */
        return i + 2;
    for (; i + 2 < n; i++) {
        if (s[i] == '-' && s[i + 1] == '-' && (s[i + 2] == '>' ||
            (s[i + 2] == '!' && i + 3 < n && s[i + 3] == '>')))
            return i + (s[i + 2] == '>' ? 3 : 4);
    }
    return n;
}

/* From I (after the tag name), the index of the '>' that ends the tag, or
 * N. Quoted attribute values may hold '>'. */
static size_t find_tag_end(const char *s, size_t n, size_t i, bool *self_closing)
{
    char last = 0;

    while (i < n && s[i] != '>') {
        if (s[i] == '=') {
            for (i++; i < n && is_space(s[i]); i++)
                ;
            if (i < n && (s[i] == '"' || s[i] == '\'')) {
                const char *q = memchr(s + i + 1, s[i], n - i - 1);
                if (!q)
                    return n;
                i = (size_t)(q - s) + 1;
                last = 0;
                continue;
            }
            continue;
        }
        if (!is_space(s[i]))
            last = s[i];
        i++;
    }
    *self_closing = last == '/';
    return i;
}

/* The index of "</NAME" (any case) from I on, or N. */
static size_t find_end_tag(const char *s, size_t n, size_t i, const char *name, size_t len)
{
    const char *p;
    size_t k;

    while (i < n && (p = memchr(s + i, '<', n - i)) != NULL) {
        i = (size_t)(p - s);
        if (i + 2 + len <= n && s[i + 1] == '/') {
            for (k = 0; k < len && lower(s[i + 2 + k]) == lower(name[k]); k++)
                ;
            if (k == len && (i + 2 + len == n || is_space(s[i + 2 + len]) ||
                             s[i + 2 + len] == '/' || s[i + 2 + len] == '>'))
                return i;
        }
        i++;
    }
    return n;
}

/* ---- the tree, roughly -------------------------------------------------- */

/* The stack holds the elements that count. Elements that do not (p, li,
 * td...) but that change how end tags work are remembered on the element
 * that was current when they opened (flat_special, flat_boundary), which
 * over-counts them (they may have closed since) but never misses one. Two
 * chains link the elements that make an end tag be ignored, so that
 * "is there one above X" costs O(1). */

static void mark_special(scan *sc, open_element *e)
{
    if (!e->is_special) {
        e->is_special = true;
        e->prev_special = sc->top_special;
        sc->top_special = (int)(e - sc->stack);
    }
}

static void mark_boundary(scan *sc, open_element *e)
{
    if (!e->is_boundary) {
        e->is_boundary = true;
        e->prev_boundary = sc->top_boundary;
        sc->top_boundary = (int)(e - sc->stack);
    }
}

static void pop(scan *sc)
{
    open_element *e = &sc->stack[--sc->depth];

    sc->top_of[e->tag] = e->prev_same;
    if (e->is_special)
        sc->top_special = e->prev_special;
    if (e->is_boundary)
        sc->top_boundary = e->prev_boundary;
    if (e->html_ns)
        sc->top_html = e->prev_html;
}

/* Push TAG: an HTML element, or in SVG (SVG) or MathML when not HTML_NS. */
static void push(scan *sc, GumboTag tag, uint32_t hash, bool html_ns, bool svg)
{
    open_element *e = &sc->stack[sc->depth];

    memset(e, 0, sizeof(*e));
    e->tag = tag;
    e->hash = hash;
    e->html_ns = html_ns;
    e->svg_ns = !html_ns && svg;
    e->foreign = !html_ns && !is_integration_point(tag, e->svg_ns);
    e->prev_same = sc->top_of[tag];
    sc->top_of[tag] = sc->depth;
    if (html_ns) {
        e->prev_html = sc->top_html;
        sc->top_html = sc->depth;
    }
    sc->depth++;
    if (marks_special(e))
        mark_special(sc, e);
    if (marks_boundary(e))
        mark_boundary(sc, e);
}

/* A p, li, td... start (OPEN) or end tag, on the current element. */
static void flat_element(scan *sc, GumboTag tag, bool open)
{
    open_element *e = sc->depth ? &sc->stack[sc->depth - 1] : NULL;

    if (!e || !is_flat_special(tag))
        return;
    if (open) {
        e->flat_special++;
        mark_special(sc, e);
        if (is_flat_boundary(tag)) {
            e->flat_boundary++;
            mark_boundary(sc, e);
        }
        return;
    }
    if (e->flat_special && --e->flat_special == 0 &&
        !marks_special(e)) {
        e->is_special = false;      /* it is the top marker: it is the current element */
        sc->top_special = e->prev_special;
    }
    if (is_flat_boundary(tag) && e->flat_boundary && --e->flat_boundary == 0 &&
        !marks_boundary(e)) {
        e->is_boundary = false;
        sc->top_boundary = e->prev_boundary;
    }
}

static bool is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

static bool is_ruby_part(GumboTag t)
{
    return t == GUMBO_TAG_RB || t == GUMBO_TAG_RT || t == GUMBO_TAG_RTC || t == GUMBO_TAG_RP;
}

static GumboTag current(const scan *sc)
{
    return sc->depth ? sc->stack[sc->depth - 1].tag : GUMBO_TAG_UNKNOWN;
}

/* What a start tag closes first ("in body"): the last li (dd, dt) when
 * nothing special is open above it, a current heading or option, ruby
 * parts up to their ruby. Where the tree builder closes more, the scan
 * counts more, never less. */
static void implied_close(scan *sc, GumboTag tag)
{
    int i = -1;

    if (tag == GUMBO_TAG_LI)
        i = sc->top_of[GUMBO_TAG_LI];
    else if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
        i = sc->top_of[GUMBO_TAG_DD] > sc->top_of[GUMBO_TAG_DT] ? sc->top_of[GUMBO_TAG_DD]
                                                               : sc->top_of[GUMBO_TAG_DT];
    if (i >= 0 && sc->top_special == i) {
        while (sc->depth > i)
            pop(sc);
    } else if ((is_heading(tag) && is_heading(current(sc))) ||
               ((tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) &&
                current(sc) == GUMBO_TAG_OPTION)) {
        pop(sc);
    } else if (is_ruby_part(tag) && (i = sc->top_of[GUMBO_TAG_RUBY]) >= 0 && sc->top_boundary < i) {
        while (sc->depth > i + 1 && is_ruby_part(current(sc)))
            pop(sc);
    }
}

/* Leave SVG/MathML content: pop its elements (HTML "in foreign content"). */
static void leave_foreign(scan *sc)
{
    while (sc->depth && sc->stack[sc->depth - 1].foreign)
        pop(sc);
}

/* The topmost open element TAG/HASH, or -1. */
static int find_open(const scan *sc, GumboTag tag, uint32_t hash)
{
    int i = sc->top_of[tag], steps = 0;

    if (tag != GUMBO_TAG_UNKNOWN)
        return i;
    for (; i >= 0 && steps < SEARCH_UNKNOWN; i = sc->stack[i].prev_same, steps++)
        if (sc->stack[i].hash == hash)
            return i;
    return -1;
}

/* Whether the tree builder would close element I for its end tag. */
static bool end_tag_closes(const scan *sc, int i)
{
    const open_element *e = &sc->stack[i];

    /* the adoption agency, </form> (which takes the form alone off the
     * stack), </option>: only a clean close counts */
    if (e->html_ns && (is_formatting(e->tag) || e->tag == GUMBO_TAG_FORM ||
                       e->tag == GUMBO_TAG_OPTION || e->tag == GUMBO_TAG_OPTGROUP))
        return i == sc->depth - 1;
    if (e->html_ns && e->tag == GUMBO_TAG_LI &&   /* "in list item scope": ul, ol too */
        (sc->top_of[GUMBO_TAG_UL] > i || sc->top_of[GUMBO_TAG_OL] > i))
        return false;
    if (e->html_ns && e->tag == GUMBO_TAG_TABLE)    /* "in table scope" */
        return sc->top_of[GUMBO_TAG_TEMPLATE] < i;
    if (!e->html_ns)                /* SVG/MathML: no HTML element above it */
        return sc->top_html < i;
    if (e->tag == GUMBO_TAG_SELECT || e->tag == GUMBO_TAG_TEMPLATE)
        return true;
    if (is_special(e->tag))         /* "in scope": no boundary above it */
        return sc->top_boundary < i || (sc->top_boundary == i && !e->flat_boundary);
    return sc->top_special < i;     /* "any other end tag": no special element above it */
}

/* Close the element TAG/HASH if the tree builder would (the end tag's job). */
static void close_element(scan *sc, GumboTag tag, uint32_t hash)
{
    int i = find_open(sc, tag, hash);

    if (i < 0 || !end_tag_closes(sc, i))
        return;                     /* a stray or ignored end tag: counted as still open */
    while (sc->depth > i)
        pop(sc);
}

/* Remove src[FROM, TO) (a tag) from the output. */
static int drop_tag(scan *sc, size_t from, size_t to, GumboTag tag)
{
    if (!sc->rewriting) {
        sc->rewriting = true;
        if (!al_buf_grow(&sc->out, sc->len))
            return al_error_oom();
    }
    al_buf_put(&sc->out, sc->src + sc->copied, from - sc->copied);
    if (!is_phrasing(tag))
        al_buf_putc(&sc->out, ' ');   /* a block boundary stays a word boundary */
    sc->copied = to;
    return sc->out.failed ? al_error_oom() : ALOUD_OK;
}

/* A start tag. *HTML tells whether it is an HTML element gumbo will see
 * (not SVG/MathML, not removed here), whose raw text gumbo will skip. */
static int start_tag(scan *sc, GumboTag tag, uint32_t hash, bool self_closing,
                     size_t from, size_t to, const char *name, bool *html)
{
    bool foreign;

    if (sc->depth && sc->stack[sc->depth - 1].foreign && breaks_out_of_foreign(tag))
        leave_foreign(sc);
    foreign = sc->depth && sc->stack[sc->depth - 1].foreign;
    *html = !foreign && tag != GUMBO_TAG_SVG && tag != GUMBO_TAG_MATH;
    /* the tags gumbo will see (not those removed below) */
    if (++sc->elements > AL_HTML_MAX_ELEMENTS)
        return al_error_set(ALOUD_ETOOLARGE, "%s: more than %d elements: too complex to read",
                            name, AL_HTML_MAX_ELEMENTS);
    /* "<x/>" is closed at once in SVG and MathML (and <svg/>, <math/>);
     * there every other element nests, <tr> and <input> included */
    if ((is_flat(tag) && !foreign) ||
        (self_closing && (foreign || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH))) {
        flat_element(sc, tag, true);
        return ALOUD_OK;
    }
    implied_close(sc, tag);
    if (sc->depth == AL_HTML_MAX_DEPTH) {
        sc->elements--;
        sc->excess++;
        *html = false;              /* a removed <title> holds no raw text */
        return drop_tag(sc, from, to, tag);
    }
    /* in SVG or MathML an element is in its parent's namespace */
    push(sc, tag, hash, !foreign && tag != GUMBO_TAG_SVG && tag != GUMBO_TAG_MATH,
         foreign ? sc->stack[sc->depth - 1].svg_ns : tag == GUMBO_TAG_SVG);
    return ALOUD_OK;
}

/* In a <select> the tree builder ignores all but a few tags ("in select"):
 * their raw text is markup, their end tags close nothing. */
static bool select_ignores(const scan *sc, GumboTag tag)
{
    return sc->top_of[GUMBO_TAG_SELECT] >= 0 && tag != GUMBO_TAG_SELECT && tag != GUMBO_TAG_OPTION &&
           tag != GUMBO_TAG_OPTGROUP && tag != GUMBO_TAG_TEMPLATE && tag != GUMBO_TAG_SCRIPT &&
           tag != GUMBO_TAG_TEXTAREA;
}

static int end_tag(scan *sc, GumboTag tag, uint32_t hash, size_t from, size_t to)
{
    if (is_flat(tag)) {             /* (gumbo 0.10 stays in SVG/MathML at </p> and </br>) */
        flat_element(sc, tag, false);
        return ALOUD_OK;
    }
    if (sc->excess) {
        sc->excess--;
        return drop_tag(sc, from, to, tag);
    }
    if (!select_ignores(sc, tag))
        close_element(sc, tag, hash);
    return ALOUD_OK;
}

/* The value of attribute NAME (NLEN bytes) in the start tag's text S[0, N)
 * (after the tag's name): *V and *VLEN, true when the tag has it. */
static bool tag_attr(const char *s, size_t n, const char *name, size_t nlen, const char **v, size_t *vlen)
{
    size_t i, k;

    for (i = 0; i + nlen < n; i++) {
        if (!(i == 0 || is_space(s[i - 1])) || strncasecmp(s + i, name, nlen) != 0)
            continue;
        for (k = i + nlen; k < n && is_space(s[k]); k++)
            ;
        if (k >= n || s[k] != '=')
            continue;
        for (k++; k < n && is_space(s[k]); k++)
            ;
        if (k < n && (s[k] == '"' || s[k] == '\'')) {
            const char *q = memchr(s + k + 1, s[k], n - k - 1);
            *v = s + k + 1;
            *vlen = q ? (size_t)(q - *v) : n - k - 1;
        } else {
            for (*v = s + k, *vlen = 0; k + *vlen < n && !is_space((*v)[*vlen]) && (*v)[*vlen] != '>';
                 (*vlen)++)
                ;
        }
        return true;
    }
    return false;
}

/* Does the start tag's text S[0, N) (after the name) give a type that names
 * markup: "text/html", or one that says template, handlebars or mustache? */
static bool type_is_markup(const char *s, size_t n)
{
    static const char *const words[] = { "template", "handlebars", "mustache" };
    const char *v;
    size_t vlen, w;

    if (!tag_attr(s, n, "type", 4, &v, &vlen))
        return false;
    if (vlen == 9 && strncasecmp(v, "text/html", 9) == 0)
        return true;
    for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
        size_t wl = strlen(words[w]), j;

        for (j = 0; j + wl <= vlen; j++)
            if (strncasecmp(v + j, words[w], wl) == 0)
                return true;
    }
    return false;
}

/* Is the template <script> with the start tag's text S[0, N) named, by a
 * part of its id or class (split at spaces, '-' and '_'), for a state of
 * the widget it renders: "lately-error-template" ("Sorry, this content is
 * temporarily unavailable"), "loading-tmpl"? What a widget says while it
 * waits or when it fails is never the page's article. */
static bool state_template(const char *s, size_t n)
{
    static const char *const parts[] = { "error", "loading", "loader", "spinner", NULL };
    static const char *const names[] = { "id", "class" };

    for (size_t a = 0; a < 2; a++) {
        const char *v;
        size_t vlen, i = 0;

        if (!tag_attr(s, n, names[a], strlen(names[a]), &v, &vlen))
            continue;
        while (i < vlen) {
            size_t j = i;

            while (j < vlen && !is_space(v[j]) && v[j] != '-' && v[j] != '_')
                j++;
            for (size_t k = 0; parts[k]; k++)
                if (j - i == strlen(parts[k]) && strncasecmp(v + i, parts[k], j - i) == 0)
                    return true;
            i = j + 1;
        }
    }
    return false;
}

/* Copy a template <script>'s content S[0, N) into OUT, in a <div>. A
 * content wrapped in "<![CDATA[ ... ]]>" is the markup inside, as the
 * script that renders it reads it: in HTML the "<![CDATA[" would open a
 * comment that swallows the first tag (the notice's own <div id=...>). */
static void copy_template(al_buf *out, const char *s, size_t n)
{
    while (n && is_space(*s))
        s++, n--;
    while (n && is_space(s[n - 1]))
        n--;
    if (n >= 12 && strncmp(s, "<![CDATA[", 9) == 0 && strncmp(s + n - 3, "]]>", 3) == 0)
        s += 9, n -= 12;
    al_buf_puts(out, "<div>");
    al_buf_put(out, s, n);
    al_buf_puts(out, "</div>\n");
}

/* The index just past the end tag "</NAME...>" at I, or N. */
static size_t past_end_tag(const char *s, size_t n, size_t i)
{
    const char *gt = memchr(s + i, '>', n - i);

    return gt ? (size_t)(gt - s) + 1 : n;
}

/* A start tag aloud reads differently from gumbo, at I with the name
 * ending at Q and the tag at END: <noscript> (removed with its content) or,
 * when gathering templates, a template <script> (its content copied out).
 * Sets *NEXT and returns 1 when it took the tag, 0 when the tag is an
 * ordinary one. */
static int rewrite_tag(scan *sc, GumboTag tag, size_t i, size_t q, size_t end, size_t *next)
{
    const char *s = sc->src;
    size_t n = sc->len, close;
    int err;

    if (sc->depth && sc->stack[sc->depth - 1].foreign)
        return 0;                   /* <svg><script> is SVG's */
    if (tag == GUMBO_TAG_NOSCRIPT) {
        if ((close = find_end_tag(s, n, end + 1, "noscript", 8)) >= n)
            return 0;               /* unclosed: left as gumbo reads it */
        *next = past_end_tag(s, n, close);
        return (err = drop_tag(sc, i, *next, tag)) < 0 ? err : 1;
    }
    if (tag == GUMBO_TAG_SCRIPT && sc->templates && type_is_markup(s + q, end - q)) {
        close = find_end_tag(s, n, end + 1, "script", 6);
        if (!state_template(s + q, end - q))
            copy_template(sc->templates, s + end + 1, close - end - 1);
        sc->template_count++;
        *next = close < n ? past_end_tag(s, n, close) : n;
        return sc->templates->failed ? al_error_oom() : 1;
    }
    return 0;
}

/* One tag at I ('<' then a letter or "/letter"); returns where to go on. */
static int visit_tag(scan *sc, size_t i, size_t *next, const char *name)
{
    const char *s = sc->src;
    size_t n = sc->len, p = i + 1 + (s[i + 1] == '/'), q, end;
    bool closing = s[i + 1] == '/', self_closing = false, html = true;
    GumboTag tag;
    int err;

    for (q = p; q < n && !is_space(s[q]) && s[q] != '/' && s[q] != '>'; q++)
        ;
    end = find_tag_end(s, n, q, &self_closing);
    if (end >= n) {                 /* an unfinished tag at the end: gumbo drops it */
        *next = n;
        return ALOUD_OK;
    }
    tag = gumbo_tagn_enum(s + p, (unsigned)(q - p));
    if (closing)
        return (*next = end + 1), end_tag(sc, tag, name_hash(s + p, q - p), i, end + 1);
    if ((err = rewrite_tag(sc, tag, i, q, end, next)) != 0)
        return err < 0 ? err : ALOUD_OK;
    if ((err = start_tag(sc, tag, name_hash(s + p, q - p), self_closing, i, end + 1, name,
                         &html)) < 0)
        return err;
    *next = end + 1;
    if (!html || select_ignores(sc, tag))   /* <svg><title>, removed tags: markup follows */
        return ALOUD_OK;
    if (tag == GUMBO_TAG_PLAINTEXT)
        *next = n;                  /* the rest of the page is text */
    else if (is_raw_text(tag))
        *next = find_end_tag(s, n, end + 1, s + p, q - p);
    return ALOUD_OK;
}

static int scan_page(scan *sc, const char *name)
{
    const char *s = sc->src, *lt;
    size_t n = sc->len, i = 0;
    int err;

    while (i < n && (lt = memchr(s + i, '<', n - i)) != NULL) {
        i = (size_t)(lt - s);
        if (i + 1 >= n)
            break;
        if (s[i + 1] == '!' && i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-') {
            i = skip_comment(s, n, i);
        } else if (s[i + 1] == '!' || s[i + 1] == '?') {
            lt = memchr(s + i, '>', n - i);
            i = lt ? (size_t)(lt - s) + 1 : n;
        } else if (is_alpha(s[i + 1]) || (s[i + 1] == '/' && i + 2 < n && is_alpha(s[i + 2]))) {
            if ((err = visit_tag(sc, i, &i, name)) < 0)
                return err;
        } else {
            i++;
        }
    }
    return ALOUD_OK;
}

static scan *scan_new(const char *html, size_t len)
{
    scan *sc = calloc(1, sizeof(*sc));
    int i;

    if (!sc)
        return NULL;
    sc->src = html;
    sc->len = len;
    sc->top_special = sc->top_boundary = sc->top_html = -1;
    for (i = 0; i <= GUMBO_TAG_LAST; i++)
        sc->top_of[i] = -1;
    return sc;
}

int al_html_templates(char **html, size_t *len, unsigned *count, const char *name)
{
    scan *sc = scan_new(*html, *len);
    al_buf page = { 0 };
    int err;

    if (!sc)
        return al_error_oom();
    sc->templates = &page;
    al_buf_puts(&page, "<!DOCTYPE html><html><body>\n");
    if ((err = scan_page(sc, name ? name : "input")) < 0)
        goto cleanup;
    al_buf_puts(&page, "</body></html>\n");
    if (page.failed) {
        err = al_error_oom();
        goto cleanup;
    }
    *count = sc->template_count;
    free(*html);
    *len = page.len;
    *html = al_buf_detach(&page);
cleanup:
    al_buf_free(&page);
    al_buf_free(&sc->out);
    free(sc);
    return err;
}

int al_html_bound(char **html, size_t *len, const char *name)
{
    scan *sc = scan_new(*html, *len);
    int err;

    if (!sc)
        return al_error_oom();
    if ((err = scan_page(sc, name ? name : "input")) < 0)
        goto cleanup;
    if (sc->rewriting) {
        al_buf_put(&sc->out, sc->src + sc->copied, sc->len - sc->copied);
        if (sc->out.failed) {
            err = al_error_oom();
            goto cleanup;
        }
        free(*html);
        *len = sc->out.len;
        *html = al_buf_detach(&sc->out);
    }
cleanup:
    al_buf_free(&sc->out);
    free(sc);
    return err;
}
