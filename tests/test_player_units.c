/*
 * test_player_units.c - the player's private pieces: sentence splitting,
 * units, resume positions, and a player started and freed through the
 * public API (for the sanitizer and valgrind runs).
 *
 * Usage: test_player_units TESTS_PLAYER_DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "player.h"
#include "speechtext.h"

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { \
        failures++; \
        fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
        fprintf(stderr, __VA_ARGS__); \
        fputc('\n', stderr); \
    } \
} while (0)

/* ---- sentences ---- */

static void expect_first(const char *text, const char *first)
{
    size_t n = al_sentence_length(text);

    CHECK(n == strlen(first) && strncmp(text, first, n) == 0,
          "first sentence of \"%s\" is \"%.*s\", want \"%s\"", text, (int)n, text, first);
}

static void test_sentences(void)
{
    expect_first("One. Two.", "One. ");
    expect_first("Is it? Yes!", "Is it? ");
    expect_first("Wait! Then go.", "Wait! ");
    expect_first("Just one sentence.", "Just one sentence.");
    expect_first("No mark at the end", "No mark at the end");
    expect_first("Dr. Smith came. He left.", "Dr. Smith came. ");
    expect_first("J. R. R. Tolkien wrote it. Then", "J. R. R. Tolkien wrote it. ");
    expect_first("Use e.g. this one. Next", "Use e.g. this one. ");
    expect_first("Pi is 3.14 or so. Next", "Pi is 3.14 or so. ");
    expect_first("He said \"stop.\" Then ran.", "He said \"stop.\" ");
    expect_first("Really?! Yes.", "Really?! ");
    expect_first("see example.com/page for more. Next", "see example.com/page for more. ");
    expect_first("ends in lower. case goes on", "ends in lower. case goes on");
    expect_first("Wait\xE2\x80\xA6 Then more.", "Wait\xE2\x80\xA6 ");
    expect_first("(Aside.) Back to it.", "(Aside.) ");
    expect_first("", "");
    /* scripts without spaces between sentences */
    expect_first("\xE7\xA7\x8B\xE3\x80\x82\xE5\xBA\xAD\xE3\x80\x82",
                 "\xE7\xA7\x8B\xE3\x80\x82");                           /* 秋。庭。 */
    expect_first("\xE3\x80\x8C\xE3\x81\xAF\xE3\x81\x84\xEF\xBC\x81\xE3\x80\x8D\xE6\xAC\xA1",
                 "\xE3\x80\x8C\xE3\x81\xAF\xE3\x81\x84\xEF\xBC\x81\xE3\x80\x8D"); /* 「はい！」次 */
    expect_first("\xE7\xA7\x8B\xE3\x80\x82", "\xE7\xA7\x8B\xE3\x80\x82");         /* one */
    expect_first("\xE0\xA4\x95 \xE0\xA5\xA4 \xE0\xA4\x96 \xE0\xA5\xA4",
                 "\xE0\xA4\x95 \xE0\xA5\xA4 ");                          /* क । ख । */
    expect_first("\xD9\x84\xD9\x85\xD8\xA7\xD8\x9F \xD9\x84\xD8\xA3",
                 "\xD9\x84\xD9\x85\xD8\xA7\xD8\x9F ");                  /* لما؟ لأ */
}

/* ---- units ---- */

static aloud_article *load(const char *dir, const char *name)
{
    char path[1024];
    aloud_article *a = NULL;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    if (aloud_article_load(&a, path, NULL) < 0) {
        fprintf(stderr, "cannot load %s: %s\n", path, aloud_error_message());
        exit(1);
    }
    return a;
}

static void test_units(const char *dir)
{
    aloud_article *a = load(dir, "tidepools.html");
    al_voice voice;
    al_play_unit *units = NULL;
    size_t count = 0, nsec, words[16] = { 0 };
    const aloud_section *sec = aloud_article_sections(a, &nsec);
    int err;

    CHECK(al_voice_resolve(&voice, a, NULL) == ALOUD_OK, "%s", aloud_error_message());
    err = al_play_units(&units, &count, a, 0, nsec, &voice, true);
    CHECK(err == ALOUD_OK && count > 2 * nsec, "%d units for %zu sections", (int)count, nsec);
    CHECK(nsec == 5, "%zu sections", nsec);
    for (size_t i = 0; i < count; i++) {
        const al_play_unit *u = &units[i];
        size_t len = strlen(u->ssml);

        CHECK(strncmp(u->ssml, "<speak>", 7) == 0 && len > 15 &&
              strcmp(u->ssml + len - 8, "</speak>") == 0, "unit %zu: %s", i, u->ssml);
        if (i > 0) {
            const al_play_unit *v = &units[i - 1];

            CHECK(u->section == v->section ? u->paragraph >= v->paragraph
                                           : u->section == v->section + 1 && u->paragraph == 0,
                  "unit %zu out of order: %zu/%zu after %zu/%zu", i, u->section,
                  u->paragraph, v->section, v->paragraph);
        }
        if (u->section < 16)
            words[u->section] += u->words;
    }
    /* The intro (title, by + byline) is part of section 0; every other
     * section's units say exactly its words, heading included. */
    for (size_t s = 1; s < nsec; s++)
        CHECK(words[s] == aloud_section_words(&sec[s]), "section %zu: %zu words in units, %zu in section",
              s, words[s], aloud_section_words(&sec[s]));
    CHECK(strstr(units[0].ssml, "Field Guide") && strstr(units[0].ssml, "Maren Holt"),
          "the intro comes first: %s", units[0].ssml);
    CHECK(units[0].section == 0 && units[count - 1].section == 4, "range");
    al_play_units_free(units, count);

    /* --section 3 --only, no intro. */
    err = al_play_units(&units, &count, a, 2, 3, &voice, false);
    CHECK(err == ALOUD_OK && count > 0 && units[0].section == 2 && units[count - 1].section == 2 &&
          strstr(units[0].ssml, "high zone") != NULL, "only section 3");
    al_play_units_free(units, count);
    aloud_article_free(a);
}

static void test_escaping(void)
{
    static const char html[] =
        "<html><head><title>T</title></head><body><article><h1>T</h1>"
        "<p>Fish &amp; chips cost less than 5 &lt; 6 pounds. See https://www.example.com/a/b?c=1 now. "
        "It is an ordinary paragraph with enough words to be kept by the extractor as text.</p>"
        "<h2>Code &amp; data</h2><pre>int x = 1 &lt; 2;</pre><pre>more code</pre>"
        "<p>After the code there is one more paragraph of ordinary text to read aloud here.</p>"
        "</article></body></html>";
    aloud_article *a = NULL;
    al_voice voice;
    al_play_unit *units = NULL;
    size_t count = 0, nsec, skipped = 0;
    bool saw_amp = false;

    CHECK(aloud_article_from_html(&a, html, sizeof(html) - 1, "utf-8", NULL) == ALOUD_OK,
          "%s", aloud_error_message());
    if (!a)
        return;
    aloud_article_sections(a, &nsec);
    CHECK(al_voice_resolve(&voice, a, NULL) == ALOUD_OK, "%s", aloud_error_message());
    CHECK(al_play_units(&units, &count, a, 0, nsec, &voice, false) == ALOUD_OK, "units");
    for (size_t i = 0; i < count; i++) {
        const char *body = units[i].ssml + 7;

        CHECK(!strstr(body, "int x") && !strstr(body, "www.") && !strstr(body, "/a/b"),
              "unit %zu says code or a URL: %s", i, units[i].ssml);
        CHECK(!strchr(body, '<') || strncmp(strchr(body, '<'), "<break", 6) == 0 ||
              strncmp(strchr(body, '<'), "<prosody", 8) == 0 ||
              strncmp(strchr(body, '<'), "</", 2) == 0, "unescaped < in %s", units[i].ssml);
        /* '&' between words is said "and" (normalise.c); never raw in SSML */
        saw_amp |= strstr(body, "Fish and chips") != NULL;
        CHECK(!strstr(body, "& ") && !strstr(body, " &"), "raw & in %s", units[i].ssml);
        skipped += strstr(body, "Code block skipped") != NULL;
    }
    CHECK(saw_amp, "& said as a word");
    CHECK(skipped == 1, "\"Code block skipped\" said %zu times", skipped);
    al_play_units_free(units, count);
    aloud_article_free(a);
}

/* ---- resume ---- */

static void test_resume(const char *dir)
{
    char state[] = "/tmp/aloud-resume-XXXXXX", page[1024], rel[1024], cwd[1024];
    size_t s = 9, p = 9;

    CHECK(mkdtemp(state) != NULL, "mkdtemp");
    setenv("XDG_STATE_HOME", state, 1);
    snprintf(page, sizeof(page), "%s/tidepools.html", dir);
    CHECK(aloud_resume_load(&s, &p, page) == 0 && s == 0 && p == 0, "nothing saved yet");
    CHECK(aloud_resume_save(page, 3, 2) == ALOUD_OK, "%s", aloud_error_message());
    CHECK(aloud_resume_load(&s, &p, page) == 1 && s == 3 && p == 2, "got %zu %zu", s, p);
    /* Same file through another path. */
    CHECK(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd");
    CHECK(chdir(dir) == 0, "chdir");
    snprintf(rel, sizeof(rel), "./tidepools.html");
    CHECK(aloud_resume_load(&s, &p, rel) == 1 && s == 3 && p == 2, "relative path");
    CHECK(chdir(cwd) == 0, "chdir back");
    /* A URL is its own key; another article has no position. */
    CHECK(aloud_resume_save("https://example.com/post", 1, 0) == ALOUD_OK, "url");
    CHECK(aloud_resume_load(&s, &p, "https://example.com/post") == 1 && s == 1 && p == 0, "url load");
    CHECK(aloud_resume_load(&s, &p, "https://example.com/other") == 0, "other url");
    CHECK(aloud_resume_load(&s, &p, "-") == ALOUD_EINVAL, "stdin");
    CHECK(aloud_resume_forget(page) == ALOUD_OK, "forget");
    CHECK(aloud_resume_load(&s, &p, page) == 0, "forgotten");
    CHECK(aloud_resume_forget("https://example.com/post") == ALOUD_OK, "forget url");
    {
        char cmd[1200];

        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", state);
        CHECK(system(cmd) == 0, "cleanup");
    }
    unsetenv("XDG_STATE_HOME");
}

/* ---- player through the public API ---- */

static void on_event(const aloud_player_event *ev, void *data)
{
    int *sections = data;

    if (ev->type == ALOUD_PLAYER_EVENT_SECTION)
        sections[ev->section < 8 ? ev->section : 7]++;
}

static void test_player(const char *dir)
{
    aloud_article *a = load(dir, "short.html");
    aloud_speech_options so = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_player_options po = ALOUD_PLAYER_OPTIONS_INIT;
    aloud_player_status st;
    aloud_player *player = NULL;
    int sections[8] = { 0 }, err;
    struct timespec pause = { 0, 300000000L };

    so.rate = 450;
    po.audio_device = "null";
    po.speech = &so;
    po.on_event = on_event;
    po.data = sections;
    err = aloud_player_start(&player, a, &po);
    CHECK(err == ALOUD_OK, "start: %s", aloud_error_message());
    if (err == ALOUD_OK) {
        CHECK(aloud_player_send(player, ALOUD_PLAYER_GOTO_SECTION, 9) == ALOUD_EINVAL, "range");
        CHECK(aloud_player_send(player, ALOUD_PLAYER_GOTO_SECTION, 2) == ALOUD_OK, "goto");
        nanosleep(&pause, NULL);
        aloud_player_get_status(player, &st);
        CHECK(st.section == 2 && st.section_count == 4 && !st.finished &&
              st.total > 5 && st.elapsed < st.total && st.rate == 450,
              "status: section %zu of %zu, %.1f/%.1f s, rate %d", st.section, st.section_count,
              st.elapsed, st.total, st.rate);
        CHECK(aloud_player_wait(player, 10) == 0, "still playing");
        CHECK(sections[2] == 1, "section 3 announced %d times", sections[2]);
        /* Freed while playing: threads stop, nothing leaks. */
        aloud_player_free(player);
    }
    /* A second player may start once the first is gone. */
    po.on_event = NULL;
    err = aloud_player_start(&player, a, &po);
    CHECK(err == ALOUD_OK, "restart: %s", aloud_error_message());
    aloud_player_free(player);
    /* Unknown device names fail cleanly. */
    po.audio_device = "no-such-device-xyz";
    setenv("PULSE_SERVER", "unix:/nonexistent/aloud-test", 1);
    err = aloud_player_start(&player, a, &po);
    CHECK(err == ALOUD_EAUDIO && player == NULL && strstr(aloud_error_message(), "--audio-device null"),
          "bad device: %d %s", err, aloud_error_message());
    aloud_article_free(a);
}

/* + from the next sentence: the sentence being heard keeps its rate, the
 * following ones are synthesised at the new rate, and are shorter. */
static void test_rate(const char *dir)
{
    aloud_article *a = load(dir, "short.html");
    aloud_speech_options so = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_player_options po = ALOUD_PLAYER_OPTIONS_INIT;
    aloud_player *p = NULL;
    struct timespec tick = { 0, 50000000L };
    double per_word = 0;
    size_t first = 0, n = 0;
    bool done = false;

    so.intro = 0;
    so.first_section = 1;
    so.rate = 200;
    po.audio_device = "null";
    po.speech = &so;
    CHECK(aloud_player_start(&p, a, &po) == ALOUD_OK, "%s", aloud_error_message());
    if (!p) {
        aloud_article_free(a);
        return;
    }
    nanosleep(&tick, NULL);
    pthread_mutex_lock(&p->lock);
    first = p->cur_unit;
    pthread_mutex_unlock(&p->lock);
    for (int i = 0; i < 10; i++)
        aloud_player_send(p, ALOUD_PLAYER_FASTER, 0);
    /* Wait (at most 20 s) until every unit after the one heard has been
     * synthesised or measured again at the new rate. */
    for (int t = 0; t < 400 && !done; t++) {
        nanosleep(&tick, NULL);
        pthread_mutex_lock(&p->lock);
        done = true;
        for (size_t u = first + 1; u < p->unit_count; u++)
            done &= p->unit_rate[u] == 450;
        pthread_mutex_unlock(&p->lock);
    }
    pthread_mutex_lock(&p->lock);
    CHECK(p->rate == 450, "rate %d", p->rate);
    CHECK(p->unit_rate[first] == 200, "the sentence being heard keeps its rate (%d)",
          p->unit_rate[first]);
    for (size_t u = first + 1; u < p->unit_count; u++)
        if (p->unit_samples[u]) {
            CHECK(p->unit_rate[u] == 450, "unit %zu at %d", u, p->unit_rate[u]);
            if (p->units[u].words >= 10) {
                per_word += (double)p->unit_samples[u] / (double)p->units[u].words;
                n++;
            }
        }
    pthread_mutex_unlock(&p->lock);
    /* At 200 words per minute a word takes 60 / 200 s = 6615 samples
     * (espeak-ng speaks a little faster than asked: about 5400). */
    CHECK(n >= 1 && per_word / (double)n < 0.6 * 6615,
          "%zu sentences at 450: %.0f samples per word", n, n ? per_word / (double)n : 0.0);
    aloud_player_free(p);
    aloud_article_free(a);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/player";

    test_sentences();
    test_units(dir);
    test_escaping();
    test_resume(dir);
    test_player(dir);
    test_rate(dir);
    aloud_speech_shutdown();
    if (failures) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    puts("ok");
    return 0;
}
