/*
 * test_normalise.c - the text normalisation (src/speech/normalise.c) on
 * every row of tests/normalise/<lang>.tsv.
 *
 *   test_normalise DIR          run every .tsv file of DIR; print each failing row
 *   test_normalise --print LANG read lines from stdin, print al_normalise()
 *                               of each (for tests/normalise_phonemes.py)
 *
 * Row format (UTF-8, one per line):
 *   input<TAB>expected            a row: al_normalise(input, lang) == expected
 *   input<TAB>expected<TAB>gap    a known gap: reported, not a failure
 *   #lang en-US                   the language of the rows that follow
 *                                 (default: the file name, "en.tsv" -> "en")
 *   # comment                     ('#' then a space), and blank lines
 * An input may hold "\t" for a TAB; "-" as the language means NULL.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalise.h"

static int print_mode(const char *lang)
{
    char line[8192];

    while (fgets(line, sizeof(line), stdin)) {
        char *in, *out;
        line[strcspn(line, "\n")] = '\0';
        /* a copy of the line's own size: under ASan a rule that reads past
         * the text's end is caught, as in a page's sentence */
        if (!(in = strdup(line)))
            return 1;
        out = al_normalise(in, strcmp(lang, "-") == 0 ? NULL : lang);
        free(in);
        if (!out)
            return 1;
        printf("%s\n", out);
        free(out);
    }
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run FILE's rows; add to the counters. */
static void run_file(const char *dir, const char *name, int *pass, int *fail, int *gaps)
{
    char path[4096], lang[32], line[8192];
    int p = 0, f = 0, g = 0, g_ok = 0, no = 0;
    FILE *fp;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    snprintf(lang, sizeof(lang), "%.*s", (int)strcspn(name, "."), name);
    if (!(fp = fopen(path, "r"))) {
        fprintf(stderr, "cannot read %s\n", path);
        (*fail)++;
        return;
    }
    while (fgets(line, sizeof(line), fp)) {
        char *in = line, *want, *note, *out;
        no++;
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "#lang ", 6) == 0) {
            snprintf(lang, sizeof(lang), "%.31s", line + 6);
            continue;
        }
        if (!line[0] || strncmp(line, "# ", 2) == 0 || strcmp(line, "#") == 0)
            continue;
        if (!(want = strchr(in, '\t'))) {
            fprintf(stderr, "%s:%d: no TAB in the row\n", path, no);
            f++;
            continue;
        }
        *want++ = '\0';
        if ((note = strchr(want, '\t')))
            *note++ = '\0';
        {
            char *copy = strdup(in);        /* its own size, as in print_mode() */
            out = copy ? al_normalise(copy, strcmp(lang, "-") == 0 ? NULL : lang) : NULL;
            free(copy);
        }
        if (!out) {
            fprintf(stderr, "%s:%d: out of memory\n", path, no);
            f++;
            continue;
        }
        if (note && strcmp(note, "gap") == 0) {
            g++;
            if (strcmp(out, want) == 0) {
                g_ok++;
                fprintf(stderr, "%s:%d: [%s] known gap now passes: %s\n", path, no, lang, in);
            }
        } else if (strcmp(out, want) == 0) {
            p++;
        } else {
            f++;
            fprintf(stderr, "%s:%d: [%s] %s\n    want: %s\n    got:  %s\n", path, no, lang, in,
                    want, out);
        }
        free(out);
    }
    fclose(fp);
    printf("%-10s %4d rows pass, %d fail, %d known gaps (%d of them pass)\n", name, p, f, g, g_ok);
    *pass += p, *fail += f, *gaps += g;
}

int main(int argc, char **argv)
{
    char *names[256];
    size_t n = 0;
    int pass = 0, fail = 0, gaps = 0;
    struct dirent *d;
    DIR *dir;

    if (argc == 3 && strcmp(argv[1], "--print") == 0)
        return print_mode(argv[2]);
    if (argc != 2) {
        fprintf(stderr, "usage: test_normalise DIR | --print LANG\n");
        return 2;
    }
    if (!(dir = opendir(argv[1]))) {
        fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    while ((d = readdir(dir)) && n < 256) {
        size_t len = strlen(d->d_name);
        if (len > 4 && strcmp(d->d_name + len - 4, ".tsv") == 0)
            names[n++] = strdup(d->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof(names[0]), cmp_names);
    for (size_t i = 0; i < n; i++) {
        run_file(argv[1], names[i], &pass, &fail, &gaps);
        free(names[i]);
    }
    printf("total: %d rows pass, %d fail, %d known gaps\n", pass, fail, gaps);
    /* the empty text, and no language at all */
    {
        char *e = al_normalise("", NULL), *u = al_normalise("42 km", "xx");
        if (!e || strcmp(e, "") != 0 || !u || strcmp(u, "42 km") != 0) {
            fprintf(stderr, "empty text or unknown language changed\n");
            fail++;
        }
        free(e);
        free(u);
    }
    return fail || !pass ? 1 : 0;
}
