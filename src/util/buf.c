/*
 * buf.c - growable, always NUL-terminated byte buffers.
 *
 * An allocation failure sets `failed` and turns later appends into no-ops,
 * so builders can append freely and check once at the end (like sds and
 * cmark's strbuf).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

bool al_buf_grow(al_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (b->failed)
        return false;
    if (extra > SIZE_MAX / 2 - b->len - 1) {
        b->failed = true;
        return false;
    }
    need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    p[b->len] = '\0';   /* a new buffer is "" too, not garbage */
    b->data = p;
    b->cap = cap;
    return true;
}

void al_buf_put(al_buf *b, const char *s, size_t n)
{
    if (!al_buf_grow(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void al_buf_puts(al_buf *b, const char *s)
{
    al_buf_put(b, s, strlen(s));
}

void al_buf_putc(al_buf *b, char c)
{
    al_buf_put(b, &c, 1);
}

void al_buf_printf(al_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !al_buf_grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *al_buf_detach(al_buf *b)
{
    char *s;

    if (b->failed) {
        al_buf_free(b);
        return NULL;
    }
    if (!b->data && !al_buf_grow(b, 0))
        return NULL;
    s = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void al_buf_free(al_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}
