/*
 * sandbox_cost.c - what the parser's sandbox costs a page (issue 15).
 *
 *   sandbox_cost [-n RUNS] PAGE.html...
 *
 * For each page, the best of RUNS runs (default 20) of:
 *   gumbo      gumbo_parse() and gumbo_destroy_output() in this process:
 *              the parse without a sandbox;
 *   sandboxed  al_html_parse() (the request to the parser's server, the
 *              parse, the flat reply) and al_dom_from_flat() (the rebuild
 *              the parent does, checking every byte);
 * as CPU time of this process plus the server's (read from its CPU clock),
 * in milliseconds, and their difference: what the sandbox adds. The
 * server is started before the first run (its start-up, one fork() a
 * process, is printed apart). Then the median and 90th percentile of the
 * added cost.
 *
 * The pages are read as UTF-8 (the corpora's are; no decoding is timed).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dom.h"
#include "nesting.h"

static double cpu_of(clockid_t clock)
{
    struct timespec ts;

    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The parser's server: this process's only child. */
static pid_t server(void)
{
    char path[64], buf[256];
    FILE *f;
    pid_t pid = 0;

    snprintf(path, sizeof(path), "/proc/self/task/%d/children", (int)getpid());
    if ((f = fopen(path, "r"))) {
        if (fgets(buf, sizeof(buf), f))
            pid = (pid_t)atoi(buf);
        fclose(f);
    }
    return pid;
}

/* CPU ms of this process and the server. */
static double cpu_now(void)
{
    clockid_t c;
    pid_t pid = server();
    double ms = cpu_of(CLOCK_PROCESS_CPUTIME_ID);

    if (pid > 0 && clock_getcpuclockid(pid, &c) == 0)
        ms += cpu_of(c);
    return ms;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;

    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)n + 1)) != NULL) {
        *len = fread(buf, 1, (size_t)n, f);
        buf[*len] = '\0';
    }
    fclose(f);
    return buf;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = 20, first = 1, i, r, n = 0;
    double *added, t0, start_ms;
    char *flat = NULL;
    size_t flat_len;
    static const char tiny[] = "<p>x";

    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || runs < 1) {
        fprintf(stderr, "usage: sandbox_cost [-n RUNS] PAGE.html...\n");
        return 2;
    }
    t0 = cpu_of(CLOCK_PROCESS_CPUTIME_ID);
    if (al_html_parse(&flat, &flat_len, tiny, sizeof(tiny) - 1, AL_HTML_MAX_MEMORY, "tiny") < 0)
        return 1;
    free(flat);
    start_ms = cpu_now() - t0;
    printf("server start and first tiny page: %.3f ms CPU (parent and server)\n", start_ms);
    added = calloc((size_t)(argc - first), sizeof(*added));
    for (i = first; i < argc; i++) {
        size_t len = 0;
        char *data = slurp(argv[i], &len);
        double plain = 1e18, boxed = 1e18;

        if (!data)
            continue;
        for (r = 0; r < runs; r++) {
            double a = cpu_now(), b;
            GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, data, len);
            gumbo_destroy_output(&kGumboDefaultOptions, g);
            b = cpu_now() - a;
            plain = b < plain ? b : plain;
        }
        for (r = 0; r < runs; r++) {
            double a = cpu_now(), b;
            size_t budget = al_html_memory_limit(len);
            al_dom dom;
            int ok = al_html_parse(&flat, &flat_len, data, len, budget, argv[i]) == 0 &&
                     al_dom_from_flat(&dom, flat, flat_len, budget, argv[i]) == 0;
            b = cpu_now() - a;
            if (ok)                   /* FLAT is the dom's now, freed with it */
                al_dom_free(&dom);
            boxed = b < boxed ? b : boxed;
        }
        free(data);
        printf("%8.3f %8.3f %+8.3f ms  %s\n", plain, boxed, boxed - plain, argv[i]);
        added[n++] = boxed - plain;
    }
    if (n) {
        qsort(added, (size_t)n, sizeof(*added), cmp_double);
        printf("pages %d  added CPU a page: median %+.3f ms  p90 %+.3f ms\n", n, added[n / 2],
               added[n * 9 / 10]);
    }
    free(added);
    return 0;
}
