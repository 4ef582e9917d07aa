/*
 * fuzz_replay.c - run a libFuzzer target's corpus without libFuzzer.
 *
 * Linked with one fuzz/fuzz_*.c file (which defines LLVMFuzzerTestOneInput),
 * this main() feeds it every file named on the command line, or every
 * regular file in the directories named, in name order. A plain gcc build
 * thus replays the seeds and every crash ever found (fuzz/corpus/<target>/)
 * as a ctest test; in the sanitizer build ASan and UBSan watch each run.
 * The inputs are read into exactly-sized heap blocks, as libFuzzer does,
 * so that an overread is an overread.
 *
 * Usage: replay_TARGET FILE|DIR...   Exit status: 0, or 1 when an input
 * could not be read (a crash is a crash).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *data = NULL;
    long size;
    int rc = 1;

    if (!f) {
        perror(path);
        return 1;
    }
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
        goto cleanup;
    if (!(data = malloc(size ? (size_t)size : 1)) ||
        (size && fread(data, 1, (size_t)size, f) != (size_t)size))
        goto cleanup;
    fclose(f);
    f = NULL;
    fprintf(stderr, "replay %s (%ld bytes)\n", path, size);
    LLVMFuzzerTestOneInput(data, (size_t)size);
    rc = 0;
cleanup:
    if (rc)
        fprintf(stderr, "%s: cannot read\n", path);
    if (f)
        fclose(f);
    free(data);
    return rc;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_dir(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0, i;
    int rc = 0;

    if (!d) {
        perror(dir);
        return 1;
    }
    while ((e = readdir(d)) != NULL) {
        char *path;
        struct stat st;
        if (e->d_name[0] == '.')
            continue;
        if (!(path = malloc(strlen(dir) + strlen(e->d_name) + 2)))
            return 1;
        sprintf(path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(path);
            continue;
        }
        if (n == cap) {
            char **p = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof(*p));
            if (!p)
                return 1;
            names = p;
        }
        names[n++] = path;
    }
    closedir(d);
    qsort(names, n, sizeof(*names), by_name);
    for (i = 0; i < n; i++) {
        rc |= replay_file(names[i]);
        free(names[i]);
    }
    free(names);
    *count += n;
    return rc;
}

int main(int argc, char **argv)
{
    size_t count = 0;
    int i, rc = 0;

    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
        return 2;
    }
    for (i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            rc |= replay_dir(argv[i], &count);
        } else {
            rc |= replay_file(argv[i]);
            count++;
        }
    }
    fprintf(stderr, "%zu inputs replayed\n", count);
    if (count == 0) {
        fprintf(stderr, "no inputs: an empty corpus replays nothing\n");
        return 1;
    }
    return rc;
}
