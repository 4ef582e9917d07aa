/*
 * normalise_speed.c - what the text normalisation (al_normalise) costs,
 * against the cost of exporting the same page to WAV.
 *
 *   normalise_speed [-n RUNS] [--aloud ALOUD] PAGE.html...
 *
 * For each page the article is extracted (not timed), then every string
 * the speech text is made of (title, byline, headings, block texts) goes
 * through al_normalise() in the article's language: the best of RUNS runs
 * (default 20) of CPU time. With --aloud, `ALOUD -o FILE.wav PAGE` is run
 * once per page and its CPU time (user + system, from wait4) is the
 * export cost; the report gives normalisation as a share of it. The
 * target (issue 10): under 2 %.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <aloud.h>

#include "normalise.h"

extern char **environ;

static double cpu_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
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

/* Normalise every string of A once; the bytes read in *BYTES. */
static void normalise_article(const aloud_article *a, size_t *bytes)
{
    const char *lang = aloud_article_lang(a), *meta[2] = { aloud_article_title(a),
                                                            aloud_article_byline(a) };
    const aloud_section *secs;
    size_t n;

    *bytes = 0;
    for (int i = 0; i < 2; i++)
        if (meta[i]) {
            free(al_normalise(meta[i], lang));
            *bytes += strlen(meta[i]);
        }
    secs = aloud_article_sections(a, &n);
    for (size_t s = 0; s < n; s++) {
        if (secs[s].heading) {
            free(al_normalise(secs[s].heading, lang));
            *bytes += strlen(secs[s].heading);
        }
        for (size_t b = 0; b < secs[s].block_count; b++) {
            free(al_normalise(secs[s].blocks[b].text, lang));
            *bytes += strlen(secs[s].blocks[b].text);
        }
    }
}

/* CPU milliseconds of `ALOUD -o WAV PAGE`, or -1. */
static double export_ms(const char *aloud, const char *page)
{
    char wav[] = "/tmp/normalise_speed_XXXXXX.wav";
    char *argv[] = { (char *)aloud, "-q", "-o", wav, (char *)page, NULL };
    struct rusage ru;
    int fd = mkstemps(wav, 4), status;
    pid_t pid;

    if (fd < 0)
        return -1;
    close(fd);
    if (posix_spawn(&pid, aloud, NULL, NULL, argv, environ) != 0 ||
        wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        unlink(wav);
        return -1;
    }
    unlink(wav);
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

int main(int argc, char **argv)
{
    int runs = 20, first = 1, pages = 0;
    const char *aloud = NULL;
    double total_norm = 0, total_export = 0, worst = 0;
    size_t total_bytes = 0;

    while (first + 1 < argc && argv[first][0] == '-') {
        if (strcmp(argv[first], "-n") == 0)
            runs = atoi(argv[first + 1]);
        else if (strcmp(argv[first], "--aloud") == 0)
            aloud = argv[first + 1];
        else
            break;
        first += 2;
    }
    if (first >= argc || runs < 1) {
        fprintf(stderr, "usage: normalise_speed [-n RUNS] [--aloud ALOUD] PAGE.html...\n");
        return 2;
    }
    printf("%-40s %8s %10s %12s %8s\n", "page", "bytes", "normalise", "export", "share");
    for (int i = first; i < argc; i++) {
        size_t len = 0, bytes = 0;
        char *html = slurp(argv[i], &len);
        aloud_article *a = NULL;
        double best = 1e9, exp = -1;

        if (!html || aloud_article_from_html(&a, html, len, NULL, NULL) != ALOUD_OK) {
            free(html);
            continue;   /* a page with no article: nothing is read */
        }
        for (int r = 0; r < runs; r++) {
            double t0 = cpu_ms();
            normalise_article(a, &bytes);
            if (cpu_ms() - t0 < best)
                best = cpu_ms() - t0;
        }
        if (aloud)
            exp = export_ms(aloud, argv[i]);
        printf("%-40.40s %8zu %8.3f ms", argv[i], bytes, best);
        if (exp > 0) {
            printf(" %9.1f ms %7.3f%%", exp, 100 * best / exp);
            total_export += exp;
            total_norm += best;
            if (100 * best / exp > worst)
                worst = 100 * best / exp;
        }
        printf("\n");
        total_bytes += bytes;
        pages++;
        aloud_article_free(a);
        free(html);
    }
    printf("%d pages, %zu bytes of text", pages, total_bytes);
    if (total_export > 0)
        printf("; normalise %.2f ms of %.0f ms export CPU: %.3f%% (worst page %.3f%%)",
               total_norm, total_export, 100 * total_norm / total_export, worst);
    printf("\n");
    return total_export > 0 && 100 * total_norm / total_export >= 2.0 ? 1 : 0;
}
