/*
 * test_pronounce.c - the pronunciation lexicon (src/speech/pronounce.c):
 * whole-word, case and language rules, the user file over the shipped
 * entries, the configuration file's lookup, every error message of a bad
 * file (tests/pronounce/bad-*.lex), and the cost on an 85-minute article.
 *
 *   test_pronounce DIR                the checks; DIR is tests/pronounce
 *   test_pronounce --apply LANG [FILE]  print al_pronounce_apply() of each
 *                                     line of stdin, LANG "-" for NULL
 *                                     (for tests/pronounce_phonemes.py)
 *
 * The checks run with XDG_CONFIG_HOME and HOME pointed at a temporary
 * directory, so the user's own lexicon never interferes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pronounce.h"
#include "util.h"

static int checks, failures;

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

/* APPLY(lex, text, lang) == want */
#define CHECK_APPLY(lex, text, lang, want) check_apply(__LINE__, lex, text, lang, want)

static void check_apply(int line, const al_pronounce *lex, const char *text, const char *lang,
                        const char *want)
{
    char *got = al_pronounce_apply(lex, text, lang);

    checks++;
    if (!got || strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "%s:%d: apply(\"%s\", %s)\n  got  \"%s\"\n  want \"%s\"\n", __FILE__,
                line, text, lang ? lang : "NULL", got ? got : "(null)", want);
    }
    free(got);
}

static char tmp_dir[] = "/tmp/test_pronounce.XXXXXX";

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");

    if (!fp) {
        fprintf(stderr, "cannot write %s: %s\n", path, strerror(errno));
        exit(1);
    }
    fputs(text, fp);
    fclose(fp);
}

/* The lexicon with the shipped entries and FILE; NULL (and a failure) when it does not load. */
static al_pronounce *load(const char *file)
{
    al_pronounce *lex = NULL;
    int err = al_pronounce_load(&lex, file);

    if (err < 0) {
        failures++;
        fprintf(stderr, "loading %s failed: %s\n", file ? file : "(shipped)", aloud_error_message());
    }
    return lex;
}

/* ---- shipped entries ---- */

static void test_shipped(void)
{
    al_pronounce *lex = load(NULL);

    if (!lex)
        return;
    CHECK(al_pronounce_count(lex) >= 40);
    CHECK_APPLY(lex, "Run kubectl on Kubernetes.", "en", "Run kube control on koober netties.");
    CHECK_APPLY(lex, "Run kubectl on Kubernetes.", "en-us", "Run kube control on koober netties.");
    CHECK_APPLY(lex, "Run kubectl on Kubernetes.", "gmw/en-GB-x-rp",
                "Run kube control on koober netties.");
    /* mul's respellings are English: not for other voices, nor for no language */
    CHECK_APPLY(lex, "Run kubectl.", "es", "Run kubectl.");
    CHECK_APPLY(lex, "Run kubectl.", NULL, "Run kubectl.");
    /* a language's own entries, over mul's */
    CHECK_APPLY(lex, "Kubernetes und nginx.", "de", "Kuber Nettis und Ändschin Ex.");
    /* "iOS": espeak-ng spells it with German letter names, i O S, as a
     * newsreader does; no entry makes it the English "Ei" */
    CHECK_APPLY(lex, "Das Update auf iOS 17.2.", "de", "Das Update auf iOS 17.2.");
    CHECK_APPLY(lex, "Kubernetes et nginx.", "fr-fr", "Koubeur néttisse et ènedjine ikse.");
    CHECK_APPLY(lex, "nginx", "en", "nginx");       /* espeak-ng says it right */
    /* the shipped case rules: "WHO" exact, "PostgreSQL" case=any */
    CHECK_APPLY(lex, "The WHO said who?", "en", "The W H O said who?");
    CHECK_APPLY(lex, "postgresql and POSTGRESQL", "en", "post gress Q L and post gress Q L");
    CHECK_APPLY(lex, "A Hermès bag, a HERMÈS sign.", "en", "A air mess bag, a HERMÈS sign.");
    CHECK_APPLY(lex, "Xi Jinping met Xi.", "en", "shee jin ping met Xi.");
    CHECK_APPLY(lex, "Three GIFs, one C# file.", "en", "Three gifs, one C sharp file.");
    /* news agencies espeak-ng says as a word ("afp"), in every language; "ap" stays */
    CHECK_APPLY(lex, "PARIS (AFP) - LONDON (AP) ap", "en", "PARIS (A F P) - LONDON (A P) ap");
    CHECK_APPLY(lex, "DEN HAAG (ANP) en (AFP)", "nl", "DEN HAAG (A N P) en (A F P)");
    CHECK_APPLY(lex, "ROMA (AFP) e (AP)", "it", "ROMA (A F P) e (A P)");
    /* formulas espeak-ng says as a syllable ("co two"); lower case is a word */
    CHECK_APPLY(lex, "CO2 and SO2, not co2", "en", "C O 2 and S O 2, not co2");
    CHECK_APPLY(lex, "Der CO2-Ausstoß", "de", "Der C O 2-Ausstoß");
    CHECK_APPLY(lex, "NO\xE2\x82\x82 en baisse", "fr", "N O 2 en baisse");
    /* the London index by its nickname, in English only ("il FTSE MIB" stays) */
    CHECK_APPLY(lex, "The FTSE 250 lagged the FTSE 100.", "en", "The Footsie 250 lagged the Footsie 100.");
    CHECK_APPLY(lex, "Il FTSE MIB sale.", "it", "Il FTSE MIB sale.");
    /* a word whose x espeak-ng would read "ks", said as its speakers do */
    CHECK_APPLY(lex, "Latinx voters turned out early.", "en", "Latinex voters turned out early.");
    /* S&P with its English "and"; Italian by the letters' names, which an
     * elided article joins ("l'esse"); German keeps its own "und" */
    CHECK_APPLY(lex, "L'S&P 500 e l'indice S&P/ASX.", "it", "L'esse and pi 500 e l'indice esse and pi/ASX.");
    CHECK_APPLY(lex, "O S&P 500 subiu.", "pt", "O S and P 500 subiu.");
    CHECK_APPLY(lex, "Indeks S&P 500 spadł.", "pl", "Indeks S and P 500 spadł.");
    CHECK_APPLY(lex, "Der S&P 500 stieg.", "de", "Der S&P 500 stieg.");
    al_pronounce_free(lex);
}

/* ---- the rules, with tests/pronounce/user.lex ---- */

static void test_rules(const char *dir)
{
    char path[4096];
    al_pronounce *lex;

    snprintf(path, sizeof(path), "%s/user.lex", dir);
    if (!(lex = load(path)))
        return;
    /* whole words */
    CHECK_APPLY(lex, "a GIF.", NULL, "a jif.");
    CHECK_APPLY(lex, "GIF", NULL, "jif");
    CHECK_APPLY(lex, "GIFT, xGIF, GIF2, GIF_", NULL, "GIFT, xGIF, GIF2, GIF_");
    CHECK_APPLY(lex, "GIF-based, GIF's, (GIF)", NULL, "jif-based, jif's, (jif)");
    CHECK_APPLY(lex, "éGIF GIFé", NULL, "éGIF GIFé");
    /* case: keys with capitals exact, lower-case keys any case, flags force either */
    CHECK_APPLY(lex, "the US and us", NULL, "the the U S and us");
    CHECK_APPLY(lex, "nginx, Nginx, NGINX", NULL, "engine x, engine x, engine x");
    CHECK_APPLY(lex, "a gif, a JIF, a jif", NULL, "a gif, a jiff, a jiff");   /* Jif case=any */
    CHECK_APPLY(lex, "perl, Perl", NULL, "purl, Perl");       /* perl case=exact */
    CHECK_APPLY(lex, "ŠKODA and Škoda", NULL, "shkoda and shkoda");
    /* several words; the longest match wins; any white space between them */
    CHECK_APPLY(lex, "Visual Studio Code is not Visual Studio.", NULL,
                "V S code is not V S.");
    CHECK_APPLY(lex, "Visual  Studio\nCode", NULL, "V S code");
    CHECK_APPLY(lex, "Visual Studio Codes", NULL, "V S Codes");
    CHECK_APPLY(lex, "Visual Studios", NULL, "Visual Studios");
    /* hyphens and apostrophes in their typographic forms */
    CHECK_APPLY(lex, "Wi-Fi, Wi\xE2\x80\x91" "Fi, WI-FI", NULL, "why fye, why fye, WI-FI");
    CHECK_APPLY(lex, "McDonald's, McDonald\xE2\x80\x99s", NULL, "mick donalds, mick donalds");
    /* a key that starts with punctuation */
    CHECK_APPLY(lex, "the .NET runtime, ASP.NET", NULL, "the dot net runtime, ASP.NET");
    /* languages: "en" covers "en-us"; "en-us" not "en-gb" */
    CHECK_APPLY(lex, "Schmidt", "en-gb", "shmit");
    CHECK_APPLY(lex, "Schmidt", "de", "Schmidt");
    CHECK_APPLY(lex, "Schmidt", NULL, "Schmidt");
    CHECK_APPLY(lex, "Trump", "en-US", "trampp");
    CHECK_APPLY(lex, "Trump", "en-gb", "Trump");
    CHECK_APPLY(lex, "Trump", "en", "Trump");
    CHECK_APPLY(lex, "GIF", "de", "jif");          /* no lang=: every language */
    /* columns aligned with several TABs */
    CHECK_APPLY(lex, "EMACS", NULL, "emm ax");
    /* the user's entry over the shipped one; the later of two entries */
    CHECK_APPLY(lex, "kubectl", "en", "kube cuttle");
    CHECK_APPLY(lex, "Xorg", "en", "X dot org");
    /* edges */
    CHECK_APPLY(lex, "", NULL, "");
    CHECK_APPLY(lex, "no entry here", "en", "no entry here");
    CHECK_APPLY(NULL, "GIF", NULL, "GIF");
    al_pronounce_free(lex);
}

/* ---- $XDG_CONFIG_HOME/aloud/lexicon and ~/.config/aloud/lexicon ---- */

static void test_config(const char *dir)
{
    char xdg[512], home[512], path[1024], user[4096];
    al_pronounce *lex;

    snprintf(user, sizeof(user), "%s/user.lex", dir);
    snprintf(xdg, sizeof(xdg), "%s/xdg", tmp_dir);
    snprintf(path, sizeof(path), "%s/aloud", xdg);
    mkdir(xdg, 0700);
    mkdir(path, 0700);
    snprintf(path, sizeof(path), "%s/aloud/lexicon", xdg);
    /* a byte order mark and CRLF line ends are fine */
    write_file(path, "\xEF\xBB\xBF# my words\r\nkubectl\tkube cuddle\r\nGIF\tgif\tcase=any\r\n");
    setenv("XDG_CONFIG_HOME", xdg, 1);
    if ((lex = load(NULL))) {
        CHECK_APPLY(lex, "kubectl", "en", "kube cuddle");
        CHECK_APPLY(lex, "a GIF", "en", "a gif");
        al_pronounce_free(lex);
    }
    /* loaded before PATH (--lexicon): the command line's entries win */
    if ((lex = load(user))) {
        CHECK_APPLY(lex, "kubectl GIF nginx", "en", "kube cuttle jif engine x");
        al_pronounce_free(lex);
    }
    /* a bad entry there names the file and line */
    write_file(path, "kubectl\tkube cuddle\nGIF jif\n");
    lex = (al_pronounce *)1;
    CHECK(al_pronounce_load(&lex, NULL) == ALOUD_EINVAL);
    CHECK(lex == NULL);
    CHECK(strstr(aloud_error_message(), "/xdg/aloud/lexicon:2: no TAB") != NULL);

    /* no XDG_CONFIG_HOME: ~/.config/aloud/lexicon */
    unsetenv("XDG_CONFIG_HOME");
    snprintf(home, sizeof(home), "%s/home", tmp_dir);
    mkdir(home, 0700);
    snprintf(path, sizeof(path), "%s/.config", home);
    mkdir(path, 0700);
    snprintf(path, sizeof(path), "%s/.config/aloud", home);
    mkdir(path, 0700);
    snprintf(path, sizeof(path), "%s/.config/aloud/lexicon", home);
    write_file(path, "kubectl\tkube see tee ell\n");
    setenv("HOME", home, 1);
    if ((lex = load(NULL))) {
        CHECK_APPLY(lex, "kubectl", "en", "kube see tee ell");
        al_pronounce_free(lex);
    }
    /* a relative XDG_CONFIG_HOME is ignored, as the specification says */
    setenv("XDG_CONFIG_HOME", "relative/dir", 1);
    if ((lex = load(NULL))) {
        CHECK_APPLY(lex, "kubectl", "en", "kube see tee ell");
        al_pronounce_free(lex);
    }
    unlink(path);
    setenv("XDG_CONFIG_HOME", tmp_dir, 1);   /* no aloud/lexicon there */
    setenv("HOME", tmp_dir, 1);
}

/* ---- errors ---- */

static void check_error(const char *dir, const char *name, int code, const char *want)
{
    char path[4096], full[8192];
    al_pronounce *lex = (al_pronounce *)1;
    int err;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    snprintf(full, sizeof(full), "%s%s", path, want);
    err = al_pronounce_load(&lex, path);
    checks++;
    if (err != code || lex != NULL || strcmp(aloud_error_message(), full) != 0) {
        failures++;
        fprintf(stderr, "%s: got %d \"%s\"\n  want %d \"%s\"\n", name, err,
                aloud_error_message(), code, full);
    }
}

static void test_errors(const char *dir)
{
    check_error(dir, "bad-notab.lex", ALOUD_EINVAL,
                ":3: no TAB between the word and its spoken form in 'nginx engine x'");
    check_error(dir, "bad-emptykey.lex", ALOUD_EINVAL, ":1: empty word before the TAB");
    check_error(dir, "bad-nospoken.lex", ALOUD_EINVAL, ":2: no spoken form after the word 'SQL'");
    check_error(dir, "bad-noword.lex", ALOUD_EINVAL, ":3: the word '++' has no letter or digit");
    check_error(dir, "bad-field.lex", ALOUD_EINVAL,
                ":1: unknown field 'colour=red' (want lang=LANG or case=exact|any)");
    check_error(dir, "bad-case.lex", ALOUD_EINVAL,
                ":1: bad case 'upper' (want case=exact or case=any)");
    check_error(dir, "bad-lang.lex", ALOUD_EINVAL,
                ":1: bad language 'english' in lang= (want a tag such as en, de or en-us)");
    check_error(dir, "bad-utf8.lex", ALOUD_EINVAL, ":3: invalid UTF-8 (save the file as UTF-8)");
    check_error(dir, "bad-control.lex", ALOUD_EINVAL, ":1: control character U+0001");
    check_error(dir, "bad-control-c1.lex", ALOUD_EINVAL, ":2: control character U+0085");
    check_error(dir, "missing.lex", ALOUD_EFILE,
                ": cannot read the lexicon: No such file or directory");
    check_error(dir, "", ALOUD_EFILE, ": cannot read the lexicon: Is a directory");
}

/* ---- cost ---- */

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* An 85-minute article at 160 words a minute: 13,600 words of prose with a
 * lexicon word every twenty words or so. */
static void test_cost(const char *dir)
{
    static const char paragraph[] =
        "The team moved its services from a single PostgreSQL server to Kubernetes last year, "
        "and the engineers who run it say the change was worth the trouble. Deployments that "
        "took an afternoon now take minutes; kubectl replaced a folder of shell scripts. "
        "Not everything went well: the Redis cache, which nobody had looked at in years, fell "
        "over twice in the first week, and a vendor's C# client needed a rewrite. ";
    char path[4096];
    al_buf text = AL_BUF_INIT;
    al_pronounce *lex;
    size_t words = 0;
    double best = 1e9, copy = 1e9;

    snprintf(path, sizeof(path), "%s/user.lex", dir);
    if (!(lex = load(path)))
        return;
    while (words < 13600) {
        al_buf_puts(&text, paragraph);
        words += al_text_words(paragraph);
    }
    CHECK(!text.failed);
    for (int run = 0; run < 5 && !text.failed; run++) {
        double t0 = now(), t1, t2;
        char *dup = al_strdup(text.data), *out;
        t1 = now();
        out = al_pronounce_apply(lex, text.data, "en");
        t2 = now();
        CHECK(out && strstr(out, "koober netties") && !strstr(out, "kubectl"));
        if (t1 - t0 < copy)
            copy = t1 - t0;
        if (t2 - t1 < best)
            best = t2 - t1;
        free(dup);
        free(out);
    }
    printf("cost: an 85-minute article (%zu words, %zu bytes, %lu entries): %.2f ms"
           " (a plain copy: %.3f ms)\n",
           words, text.len, al_pronounce_count(lex), best * 1e3, copy * 1e3);
    CHECK(best < 0.5);      /* generous: sanitizers, valgrind, a loaded machine */
    al_buf_free(&text);
    al_pronounce_free(lex);
}

/* ---- driver ---- */

static int apply_mode(const char *lang, const char *file)
{
    char line[8192];
    al_pronounce *lex;

    if (al_pronounce_load(&lex, file) < 0) {
        fprintf(stderr, "test_pronounce: %s\n", aloud_error_message());
        return 1;
    }
    while (fgets(line, sizeof(line), stdin)) {
        char *out;
        line[strcspn(line, "\n")] = '\0';
        if (!(out = al_pronounce_apply(lex, line, strcmp(lang, "-") == 0 ? NULL : lang)))
            return 1;
        printf("%s\n", out);
        free(out);
    }
    al_pronounce_free(lex);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--apply") == 0)
        return apply_mode(argv[2], argc > 3 ? argv[3] : NULL);
    if (argc != 2) {
        fprintf(stderr, "usage: test_pronounce DIR | --apply LANG [FILE]\n");
        return 2;
    }
    if (!mkdtemp(tmp_dir)) {
        perror("mkdtemp");
        return 1;
    }
    setenv("XDG_CONFIG_HOME", tmp_dir, 1);
    setenv("HOME", tmp_dir, 1);

    test_shipped();
    test_rules(argv[1]);
    test_config(argv[1]);
    test_errors(argv[1]);
    test_cost(argv[1]);

    {
        char cmd[600];
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp_dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", tmp_dir);
    }
    printf("%d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
