/*
 * test_sandbox.c - the HTML parser's sandbox (htmlparse.c, sandbox.c) and
 * the reader of its output (parse.c), white-box, from the static library.
 *
 * The child's output is untrusted, so most of this feeds al_dom_from_flat()
 * broken buffers: every truncation and every single-byte change of a real
 * one, and hand-made records that break one rule each. None may crash (the
 * sanitizer and valgrind builds run this too); each is refused, or read
 * into a dom whose every index is in range. Then the limits: a page that
 * needs more memory than a small budget, and a page that makes gumbo fail
 * an assertion, fail with a message naming the input; parses from several
 * threads at once work; and the parser's server: one for many pages,
 * restarted after a failure or a kill, never shared with a fork.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dom.h"
#include "nesting.h"

static int failures, checks;

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

#define BUDGET ((size_t)64 << 20)

static const char PAGE[] =
    "<!DOCTYPE html><html lang=en><head><title>T</title></head><body>"
    "<!-- a comment --><div class=\"a b\" id=x hidden><p>One, two</p><p>text</div>"
    "<template><span>in a template</span></template><table><tr><td>cell</table>"
    "<svg><![CDATA[data]]></svg><p data-empty=\"\">last</p></body></html>";

/* A valid flat form of PAGE, as the sandboxed parser writes it. */
static char *real_flat(size_t *len)
{
    char *flat = NULL;
    int err = al_html_parse(&flat, len, PAGE, sizeof(PAGE) - 1, BUDGET, "page.html");

    CHECK(err == ALOUD_OK && flat && *len > 0);
    return flat;
}

/* Every index a reader of the dom follows is in range. */
static bool consistent(const al_dom *dom)
{
    int i;

    if (dom->count < 1 || dom->nodes[0].parent != -1 || dom->nodes[0].end != dom->count)
        return false;
    for (i = 0; i < dom->count; i++) {
        const al_node *n = &dom->nodes[i];
        unsigned k;
        if (i > 0 && (n->parent < 0 || n->parent >= i ||
                      n->end > dom->nodes[n->parent].end || n->depth != dom->nodes[n->parent].depth + 1))
            return false;
        if (n->end <= i || n->end > dom->count || n->g != &dom->gnodes[i])
            return false;
        if ((n->flags & AL_NODE_TEXT) && !n->g->v.text.text)
            return false;
        if ((unsigned)n->tag >= GUMBO_TAG_LAST)
            return false;
        for (k = 0; k < n->attr_count; k++)
            if (!dom->attrs[n->attr + k].name || !dom->attrs[n->attr + k].value)
                return false;
    }
    return true;
}

/* Read a copy of FLAT[0, LEN) (al_dom_from_flat takes it); true when read. */
static bool read_copy(const char *flat, size_t len, size_t budget, bool *ok_dom)
{
    char *copy = malloc(len + 1);
    al_dom dom;
    int err;

    if (!copy)
        abort();
    memcpy(copy, flat, len);
    copy[len] = '\0';
    err = al_dom_from_flat(&dom, copy, len, budget, "broken.html");
    if (err == ALOUD_OK) {
        *ok_dom = consistent(&dom);
        al_dom_free(&dom);
        return true;
    }
    *ok_dom = err == ALOUD_ERROR && strstr(aloud_error_message(), "broken.html") &&
              strstr(aloud_error_message(), "malformed");
    return false;
}

static void test_real_page(void)
{
    size_t len = 0;
    char *flat = real_flat(&len);
    al_dom dom;
    int i, div = -1, td = -1, cdata = -1, tmpl = -1;

    if (!flat)
        return;
    CHECK(al_dom_from_flat(&dom, flat, len, BUDGET, "page.html") == ALOUD_OK);
    CHECK(consistent(&dom));
    CHECK(dom.html > 0 && dom.head > dom.html && dom.body > dom.head);
    for (i = 0; i < dom.count; i++) {
        if (dom.nodes[i].tag == GUMBO_TAG_DIV) div = i;
        if (dom.nodes[i].tag == GUMBO_TAG_TD) td = i;
        if (dom.nodes[i].tag == GUMBO_TAG_TEMPLATE) tmpl = i;
        if (dom.nodes[i].g->type == GUMBO_NODE_CDATA) cdata = i;
        CHECK(dom.nodes[i].g->type != GUMBO_NODE_COMMENT);
    }
    CHECK(div > 0 && td > 0 && tmpl > 0 && cdata > 0);
    if (div > 0) {
        char *t = al_dom_text(&dom, div, false);
        CHECK(strcmp(al_dom_attr(&dom, div, "class"), "a b") == 0);
        CHECK(strcmp(al_dom_attr(&dom, div, "ID"), "x") == 0);
        CHECK(strcmp(al_dom_attr(&dom, div, "hidden"), "") == 0);
        CHECK(!al_dom_attr(&dom, div, "style"));
        CHECK(dom.nodes[div].flags & AL_NODE_BLOCK);
        CHECK(t && strcmp(t, "One, two text") == 0);
        CHECK(dom.nodes[div + 1].tag == GUMBO_TAG_P && dom.nodes[div + 2].commas == 1);
        free(t);
    }
    if (td > 0)
        CHECK(dom.nodes[td].parent > 0 && dom.nodes[dom.nodes[td].parent].tag == GUMBO_TAG_TR);
    if (tmpl > 0)
        CHECK(dom.nodes[tmpl].g->type == GUMBO_NODE_TEMPLATE && dom.nodes[tmpl].end > tmpl + 1);
    if (cdata > 0)
        CHECK(strcmp(dom.nodes[cdata].g->v.text.text, "data") == 0);
    al_dom_free(&dom);
}

static void test_truncated_and_flipped(void)
{
    size_t len = 0, i;
    char *flat = real_flat(&len);
    static const unsigned char values[] = { 0x00, 0x01, 0x02, 0x05, 0x7F, 0x80, 0xFE, 0xFF };
    int read = 0, refused = 0, bad = 0;
    bool ok;

    if (!flat)
        return;
    for (i = 0; i < len; i++) {            /* cut anywhere: the end record is gone */
        CHECK(!read_copy(flat, i, BUDGET, &ok));
        CHECK(ok);
    }
    for (i = 0; i < len; i++) {
        size_t v;
        for (v = 0; v < sizeof(values) + 1; v++) {
            unsigned char save = (unsigned char)flat[i];
            flat[i] = (char)(v < sizeof(values) ? values[v] : save ^ 0x10);
            if (flat[i] != (char)save) {
                if (read_copy(flat, len, BUDGET, &ok))
                    read++;
                else
                    refused++;
                bad += !ok;
            }
            flat[i] = (char)save;
        }
    }
    CHECK(bad == 0);
    CHECK(refused > read);            /* most changes break a rule */
    /* a budget too small for the nodes: refused */
    CHECK(!read_copy(flat, len, 10 * sizeof(GumboNode), &ok) && ok);
    free(flat);
}

/* ---- hand-made records ------------------------------------------------- */

static void put(al_buf *b, const void *p, size_t n) { al_buf_put(b, p, n); }
static void u8(al_buf *b, unsigned v) { uint8_t x = (uint8_t)v; put(b, &x, 1); }
static void u16(al_buf *b, unsigned v) { uint16_t x = (uint16_t)v; put(b, &x, 2); }
static void u32(al_buf *b, uint32_t v) { put(b, &v, 4); }
static void str(al_buf *b, const char *s) { u32(b, (uint32_t)strlen(s) + 1); put(b, s, strlen(s) + 1); }

static void doc(al_buf *b) { u8(b, GUMBO_NODE_DOCUMENT); u32(b, 0); }
static void elem(al_buf *b, uint32_t depth, unsigned tag) { u8(b, GUMBO_NODE_ELEMENT); u32(b, depth); u16(b, tag); u32(b, 0); }
static void text(al_buf *b, uint32_t depth, const char *s) { u8(b, GUMBO_NODE_TEXT); u32(b, depth); str(b, s); }
static void end(al_buf *b, uint32_t count) { u8(b, AL_FLAT_END); u32(b, count); }

static bool reads(al_buf *b)
{
    bool ok, read = read_copy(b->data ? b->data : "", b->len, BUDGET, &ok);

    CHECK(ok);
    al_buf_free(b);
    return read;
}

static void test_handmade(void)
{
    al_buf b = AL_BUF_INIT;

    /* well formed: document, html, body, p, text; then a sibling of body */
    doc(&b); elem(&b, 1, GUMBO_TAG_HTML); elem(&b, 2, GUMBO_TAG_BODY); elem(&b, 3, GUMBO_TAG_P);
    text(&b, 4, "hi"); elem(&b, 2, GUMBO_TAG_DIV); end(&b, 6);
    CHECK(reads(&b));
    /* empty, no end record, count off by one, bytes after the end */
    CHECK(!reads(&b));
    doc(&b); CHECK(!reads(&b));
    doc(&b); end(&b, 2); CHECK(!reads(&b));
    doc(&b); end(&b, 1); u8(&b, 0); CHECK(!reads(&b));
    /* no document first, or a second one */
    elem(&b, 1, GUMBO_TAG_P); end(&b, 1); CHECK(!reads(&b));
    doc(&b); doc(&b); end(&b, 2); CHECK(!reads(&b));
    /* depth: a level skipped, depth 0 twice, a child of a text node */
    doc(&b); elem(&b, 2, GUMBO_TAG_P); end(&b, 2); CHECK(!reads(&b));
    doc(&b); elem(&b, 0, GUMBO_TAG_P); end(&b, 2); CHECK(!reads(&b));
    doc(&b); text(&b, 1, "a"); text(&b, 2, "b"); end(&b, 3); CHECK(!reads(&b));
    doc(&b); elem(&b, 0xFFFFFFFF, GUMBO_TAG_P); end(&b, 2); CHECK(!reads(&b));
    /* a tag out of range, a comment, an unknown type */
    doc(&b); elem(&b, 1, GUMBO_TAG_LAST); end(&b, 2); CHECK(!reads(&b));
    doc(&b); u8(&b, GUMBO_NODE_COMMENT); u32(&b, 1); str(&b, "c"); end(&b, 2); CHECK(!reads(&b));
    doc(&b); u8(&b, 42); u32(&b, 1); end(&b, 2); CHECK(!reads(&b));
    /* strings: no NUL at the end, a length past the buffer, length 0, huge */
    doc(&b); u8(&b, GUMBO_NODE_TEXT); u32(&b, 1); u32(&b, 2); put(&b, "ab", 2); end(&b, 2); CHECK(!reads(&b));
    doc(&b); u8(&b, GUMBO_NODE_TEXT); u32(&b, 1); u32(&b, 100); put(&b, "ab", 3); CHECK(!reads(&b));
    doc(&b); u8(&b, GUMBO_NODE_TEXT); u32(&b, 1); u32(&b, 0); end(&b, 2); CHECK(!reads(&b));
    doc(&b); u8(&b, GUMBO_NODE_TEXT); u32(&b, 1); u32(&b, 0xFFFFFFFF); put(&b, "a", 2); end(&b, 2); CHECK(!reads(&b));
    /* attributes: a count the buffer cannot hold, a value missing */
    doc(&b); u8(&b, GUMBO_NODE_ELEMENT); u32(&b, 1); u16(&b, GUMBO_TAG_P); u32(&b, 0x10000000);
    str(&b, "a"); str(&b, "b"); end(&b, 2); CHECK(!reads(&b));
    doc(&b); u8(&b, GUMBO_NODE_ELEMENT); u32(&b, 1); u16(&b, GUMBO_TAG_P); u32(&b, 2);
    str(&b, "a"); str(&b, "b"); str(&b, "c"); end(&b, 2); CHECK(!reads(&b));
    doc(&b); u8(&b, GUMBO_NODE_ELEMENT); u32(&b, 1); u16(&b, GUMBO_TAG_P); u32(&b, 1);
    str(&b, "a"); str(&b, "b"); end(&b, 2); CHECK(reads(&b));
}

/* ---- limits -------------------------------------------------------------- */

static void test_memory_limit(void)
{
    size_t n = 2 << 20, i, len = 0;
    char *html = malloc(n + 1), *flat = NULL;
    int err;

    if (!html)
        abort();
    for (i = 0; i + 4 <= n; i += 4)          /* 2 MiB of "<p>x": 524,288 paragraphs */
        memcpy(html + i, "<p>x", 4);
    html[i] = '\0';
    err = al_html_parse(&flat, &len, html, i, (size_t)8 << 20, "huge.html");
    CHECK(err == ALOUD_ETOOLARGE && !flat);
    CHECK(strstr(aloud_error_message(), "huge.html: parsing the page needs more than 8 MiB"));
    /* the same page within the default budget */
    err = al_html_parse(&flat, &len, html, i, al_html_memory_limit(i), "huge.html");
    CHECK(err == ALOUD_OK && flat && len > i);
    if (err != ALOUD_OK)
        fprintf(stderr, "  %s\n", aloud_error_message());

    free(flat);
    free(html);
}

static void test_parser_assertion(void)
{
    static const char page[] = "<table><svg><select><foreignObject><select><td>";
    char *flat = NULL;
    size_t len = 0;
    int err = al_html_parse(&flat, &len, page, sizeof(page) - 1, BUDGET, "assert.html");

    CHECK(err == ALOUD_ERROR && !flat);
    CHECK(strstr(aloud_error_message(), "assert.html: the HTML parser (gumbo) failed on this page"));
}

/* The children of this process (of all its threads): their number, and
 * up to MAX of their pids in PIDS. -1 when /proc does not list them. */
static int children(pid_t *pids, int max)
{
    char path[64], buf[4096];
    int n = 0, tid;
    DIR *dir = opendir("/proc/self/task");
    struct dirent *e;

    if (!dir)
        return -1;
    while ((e = readdir(dir))) {
        FILE *f;
        char *p, *end;
        if ((tid = atoi(e->d_name)) <= 0)
            continue;
        snprintf(path, sizeof(path), "/proc/self/task/%d/children", tid);
        if (!(f = fopen(path, "r"))) {
            n = -1;
            break;
        }
        buf[fread(buf, 1, sizeof(buf) - 1, f)] = '\0';
        fclose(f);
        for (p = buf; (tid = (int)strtol(p, &end, 10)) > 0; p = end) {
            if (n < max)
                pids[n] = tid;
            n++;
        }
    }
    closedir(dir);
    return n;
}

static void *parse_some(void *arg)
{
    int i, *ok = arg;

    for (i = 0; i < 5; i++) {
        char *html = al_strdup(PAGE);
        al_dom dom;
        if (html && al_dom_parse(&dom, html, strlen(PAGE), "thread.html") == ALOUD_OK) {
            *ok += consistent(&dom);
            al_dom_free(&dom);
        }
    }
    return NULL;
}

static void test_threads_and_children(void)
{
    pthread_t t[4];
    int ok[4] = { 0 }, i, status;

    for (i = 0; i < 4; i++)
        CHECK(pthread_create(&t[i], NULL, parse_some, &ok[i]) == 0);
    for (i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        CHECK(ok[i] == 5);
    }
    /* one server did it all, and it is still running: no child ended */
    CHECK(children(NULL, 0) == 1);
    CHECK(waitpid(-1, &status, WNOHANG) == 0);
}

/* ---- the server's life --------------------------------------------------- */

static bool parses(const char *name)
{
    char *flat = NULL;
    size_t len = 0;
    int err = al_html_parse(&flat, &len, PAGE, sizeof(PAGE) - 1, BUDGET, name);

    free(flat);
    return err == ALOUD_OK && len > 0;
}

static void test_server(void)
{
    pid_t first, again, pid;
    int status;

    /* one server, started by the first page, serves the next ones */
    CHECK(parses("one.html"));
    CHECK(children(&first, 1) == 1);
    CHECK(parses("two.html"));
    CHECK(children(&again, 1) == 1 && again == first);

    /* a failed page ends it (and it is reaped); the next page starts another */
    test_parser_assertion();
    CHECK(children(NULL, 0) == 0);
    CHECK(parses("after-assert.html"));
    CHECK(children(&again, 1) == 1 && again != first);

    /* killed between pages (say by the OOM killer): the next page restarts it */
    first = again;
    CHECK(kill(first, SIGKILL) == 0);
    while (kill(first, 0) == 0 && waitpid(first, &status, WNOHANG) == 0)
        usleep(1000);
    CHECK(parses("after-kill.html"));
    CHECK(children(&again, 1) == 1 && again != first);

    /* a fork of the program never talks to its parent's server: it starts
     * its own, and the parent's still works afterwards */
    first = again;
    pid = fork();
    if (pid == 0)
        _exit(parses("forked.html") && children(&again, 1) == 1 && again != first ? 0 : 1);
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
          WEXITSTATUS(status) == 0);
    CHECK(parses("parent.html"));
    CHECK(children(&again, 1) == 1 && again == first);
}

int main(void)
{
    test_real_page();
    test_truncated_and_flipped();
    test_handmade();
    test_memory_limit();
    test_parser_assertion();
    test_threads_and_children();
    test_server();
    printf("%d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
