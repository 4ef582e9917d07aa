/*
 * extract_speed.c - time aloud_article_from_html() in-process, per page.
 *
 *   extract_speed [-n RUNS] PAGE.html...
 *
 * For each page: the best of RUNS runs (default 5), in milliseconds (the
 * whole pipeline: sniff, decode, parse, metadata, extraction, outline).
 * Then the median and the slowest page. No process start-up is counted.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <aloud.h>

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
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
    int runs = 5, first = 1, i, r, n = 0, slowest = 0;
    double *best;

    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || runs < 1) {
        fprintf(stderr, "usage: extract_speed [-n RUNS] PAGE.html...\n");
        return 2;
    }
    best = calloc((size_t)(argc - first), sizeof(*best));
    for (i = first; i < argc; i++) {
        size_t len = 0;
        char *data = slurp(argv[i], &len);
        double b = 1e18;

        if (!data) {
            fprintf(stderr, "extract_speed: cannot read %s\n", argv[i]);
            continue;
        }
        for (r = 0; r < runs; r++) {
            aloud_article *a = NULL;
            double t0 = now_ms(), t;
            aloud_article_from_html(&a, data, len, NULL, argv[i]);
            t = now_ms() - t0;
            aloud_article_free(a);
            if (t < b)
                b = t;
        }
        free(data);
        printf("%8.3f ms  %s\n", b, argv[i]);
        if (n == 0 || b > best[slowest])
            slowest = n;
        best[n++] = b;
    }
    if (n) {
        double worst = best[slowest];
        qsort(best, (size_t)n, sizeof(*best), cmp_double);
        printf("pages %d  median %.3f ms  slowest %.3f ms\n", n, best[n / 2], worst);
    }
    free(best);
    return 0;
}
