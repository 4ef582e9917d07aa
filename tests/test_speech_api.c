/*
 * test_speech_api.c - the speech layer on a tiny harness: the public
 * speech API (voices, speech text, export) plus white-box checks of the
 * private pieces (URL replacement, WAV writer, profile parser, synth
 * session lock). Links aloud_static with src/ on the include path.
 *
 *   test_speech_api PAGES_DIR          run the checks (tests/speech)
 *   test_speech_api ssml PAGE [VOICE]  print the SSML espeak-ng gets
 *   test_speech_api first-sample PAGE  ms from start to the first sample
 *   test_speech_api export PAGE WAV [VOICE] [warm-up]
 *                                       export PAGE (aloud_speech_warm_up()
 *                                       first, once it is loaded, if asked)
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <aloud.h>

#include "speechtext.h"
#include "synth.h"
#include "voice.h"
#include "wav.h"

static int failures, checks;
static char tmpdir[256];

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); checks++; \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { failures++; \
    fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, \
            b_ ? b_ : "(null)", a_ ? a_ : "(null)"); } } while (0)

static aloud_article *load(const char *path)
{
    aloud_article *a = NULL;

    if (aloud_article_load(&a, path, NULL) < 0) {
        fprintf(stderr, "%s: %s\n", path, aloud_error_message());
        exit(2);
    }
    return a;
}

static char *speech_of(const char *text)
{
    al_buf b = AL_BUF_INIT;
    al_speech_append_text(&b, text);
    return al_buf_detach(&b);
}

/* ---- speech text ---- */

static void test_append_text(void)
{
    static const struct { const char *in, *out; } cases[] = {
        { "See https://www.bbka.org.uk/inspection-checklist for more.", "See bbka.org.uk for more." },
        { "Go to www.Example.com/bees/register, then wait.", "Go to www.example.com, then wait." },
        { "Read WWW.Example.org/help now.", "Read www.example.org/help now." },
        { "(http://user@host.example.net:8080/x?y=1#z)", "(host.example.net)" },
        { "The code lives at github.com/aloud/aloud.", "The code lives at github.com." },
        { "Fish & chips <b> 3 > 2", "Fish &amp; chips &lt;b&gt; 3 &gt; 2" },
        { "and/or 1.5/2 e.g./i.e. km/h", "and/or 1.5/2 e.g./i.e. km/h" },
        { "Read example.com today.", "Read example.com today." },
        { "https:// alone", " alone" },
        /* two names joined by a slash keep both (the second is no path) */
        { "Node.js/Deno and Amazon.com/Walmart rivalry.", "Node.js/Deno and Amazon.com/Walmart rivalry." },
        { "Docs at example.com/docs/start or nodejs.org/en.", "Docs at example.com or nodejs.org/en." },
        { "See example.com/page-2 now.", "See example.com now." },
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *got = speech_of(cases[i].in);
        CHECK_STR(got, cases[i].out);
        free(got);
    }
}

static void test_speech_text(const char *dir)
{
    char path[512], *ssml = NULL;
    aloud_speech_options o = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_article *a;

    snprintf(path, sizeof(path), "%s/city-bees.html", dir);
    a = load(path);
    CHECK(aloud_speech_text(&ssml, a, &o) == ALOUD_OK);
    CHECK(ssml && strstr(ssml, "Keeping Bees on a City Rooftop"));
    CHECK(ssml && strstr(ssml, "by Priya Natarajan."));
    CHECK(ssml && !strstr(ssml, "by By"));
    CHECK(ssml && strstr(ssml, "Urban Acre."));
    CHECK(ssml && strstr(ssml, "Code block skipped."));
    CHECK(ssml && !strstr(ssml, "hive.log"));        /* code is not read */
    CHECK(ssml && strstr(ssml, "bbka dot org dot uk"));   /* the host, its dots said */
    CHECK(ssml && !strstr(ssml, "https"));
    CHECK(ssml && !strstr(ssml, "inspection-checklist"));
    /* a row, cell by cell after its column (the year said as a year) */
    CHECK(ssml && strstr(ssml, "Year: 20 22, Frames: 9, Honey: 14 kilograms."));
    CHECK(ssml && !strstr(ssml, "Year, Frames, Honey"));  /* the header row is not a row */
    CHECK(ssml && strstr(ssml, "Caption: The pebble tray"));
    CHECK(ssml && strstr(ssml, "&quot;") == NULL && strstr(ssml, "\"probably not\""));
    aloud_free(ssml);

    /* --no-intro, and --section 3 --only: just "Water and shade". */
    o.intro = 0;
    o.first_section = 2;
    o.only = 1;
    ssml = NULL;
    CHECK(aloud_speech_text(&ssml, a, &o) == ALOUD_OK);
    CHECK(ssml && strstr(ssml, "Water and shade") && !strstr(ssml, "Talking to the neighbours"));
    CHECK(ssml && !strstr(ssml, "Priya"));
    aloud_free(ssml);

    /* --section 2 --only keeps its h3 subsections, not the next h2. */
    o.first_section = 1;
    ssml = NULL;
    CHECK(aloud_speech_text(&ssml, a, &o) == ALOUD_OK);
    CHECK(ssml && strstr(ssml, "Talking to the neighbours") && !strstr(ssml, "The first season"));
    aloud_free(ssml);

    o.first_section = 99;
    ssml = NULL;
    CHECK(aloud_speech_text(&ssml, a, &o) == ALOUD_ENOSECTION && ssml == NULL);
    aloud_article_free(a);
}

/* ---- voices ---- */

static void test_voices(const char *dir)
{
    aloud_speech_options o = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_voice_info info;
    aloud_voice_entry *list = NULL;
    size_t count = 0, profiles = 0;
    char path[512];
    aloud_article *de, *yo;

    snprintf(path, sizeof(path), "%s/de-fahrrad.html", dir);
    de = load(path);
    snprintf(path, sizeof(path), "%s/yo-oja.html", dir);
    yo = load(path);

    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_OK);
    CHECK_STR(info.language, "de");
    CHECK_STR(info.profile, "narrator");
    CHECK_STR(info.requested, "de-DE");
    CHECK(!info.fallback);

    CHECK(aloud_voice_resolve(&info, yo, &o) == ALOUD_OK);
    CHECK(info.fallback);
    CHECK_STR(info.requested, "yo");
    CHECK(strncmp(info.language, "en", 2) == 0);

    o.voice = "brisk";
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_OK);
    CHECK_STR(info.profile, "brisk");
    CHECK_STR(info.espeak_voice, "de+f2");
    CHECK(info.rate == 230);
    o.rate = 120;
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_OK && info.rate == 120);
    o.rate = 0;

    o.voice = "fr+m3";
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_OK);
    CHECK_STR(info.language, "fr-fr");
    CHECK_STR(info.espeak_voice, "fr-fr+m3");
    CHECK(info.profile[0] == '\0');

    o.voice = "de-AT";
    CHECK(aloud_voice_resolve(&info, NULL, &o) == ALOUD_OK);
    CHECK_STR(info.language, "de");

    o.voice = "pt_BR";
    CHECK(aloud_voice_resolve(&info, NULL, &o) == ALOUD_OK);
    CHECK_STR(info.language, "pt-br");

    o.voice = "no-such-voice";
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_EVOICE);
    CHECK(strstr(aloud_error_message(), "no-such-voice") != NULL);
    o.voice = "en+nosuchvariant";
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_EVOICE);
    CHECK(strstr(aloud_error_message(), "nosuchvariant") != NULL);
    o.voice = "../../etc/passwd";
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_EVOICE);
    o.voice = NULL;
    o.pitch = 100;
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_EINVAL);
    o.pitch = -1;
    o.rate = 500;
    CHECK(aloud_voice_resolve(&info, de, &o) == ALOUD_EINVAL);

    CHECK(aloud_voices_list(&list, &count) == ALOUD_OK && count > 50);
    for (size_t i = 0; list && i < count; i++) {
        if (list[i].kind == ALOUD_VOICE_PROFILE)
            profiles++;
        CHECK(strncmp(list[i].name, "mb", 2) != 0 || list[i].kind == ALOUD_VOICE_PROFILE);
    }
    CHECK(profiles >= 2);
    CHECK(list && list[0].kind == ALOUD_VOICE_PROFILE);
    aloud_free(list);
    aloud_article_free(de);
    aloud_article_free(yo);
}

static void test_profile_parser(void)
{
    al_voice_profile p;

    al_voice_profile_defaults(&p);
    CHECK(al_voice_profile_parse(&p, "# c\nvoice = de # comment\nrate=200\n\nvariant = none\n"
                                     "heading_pitch = -5\ndescription = A#B voice\n", "t") == ALOUD_OK);
    CHECK_STR(p.voice, "de");
    CHECK(p.rate == 200 && p.heading_pitch == -5 && p.variant[0] == '\0');
    CHECK_STR(p.description, "A#B voice");
    CHECK(al_voice_profile_parse(&p, "rate = 900\n", "x.voice") == ALOUD_EVOICE);
    CHECK(strstr(aloud_error_message(), "x.voice:1") != NULL);
    CHECK(al_voice_profile_parse(&p, "\n\ncolour = blue\n", "x.voice") == ALOUD_EVOICE);
    CHECK(strstr(aloud_error_message(), "x.voice:3: unknown key 'colour'") != NULL);
    CHECK(al_voice_profile_parse(&p, "pitch\n", "x.voice") == ALOUD_EVOICE);
    CHECK(al_voice_profile_parse(&p, "voice = ../x\n", "x.voice") == ALOUD_EVOICE);
}

/* ---- WAV writer ---- */

static unsigned long rd32(const unsigned char *p)
{
    return (unsigned long)p[0] | (unsigned long)p[1] << 8 | (unsigned long)p[2] << 16 |
           (unsigned long)p[3] << 24;
}

static void test_wav_writer(void)
{
    char path[512];
    int16_t pcm[1001];
    unsigned char buf[4096];
    al_wav *w = NULL;
    FILE *f;
    size_t n;
    int fd;

    for (size_t i = 0; i < 1001; i++)
        pcm[i] = (int16_t)(i * 37 - 16000);
    snprintf(path, sizeof(path), "%s/w.wav", tmpdir);
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(al_wav_open_fd(&w, fd, path, 22050, NULL, 0) == ALOUD_OK);
    CHECK(al_wav_cue(w, "One") == ALOUD_OK);
    CHECK(al_wav_write(w, pcm, 1001) == ALOUD_OK);
    CHECK(al_wav_cue(w, "Two!") == ALOUD_OK);     /* odd label: padded */
    CHECK(al_wav_write(w, pcm, 500) == ALOUD_OK);
    CHECK(al_wav_samples(w) == 1501);
    CHECK(al_wav_finish(w) == ALOUD_OK);
    f = fopen(path, "rb");
    n = f ? fread(buf, 1, sizeof(buf), f) : 0;
    if (f)
        fclose(f);
    CHECK(n == 44 + 3002 + (8 + 4 + 2 * 24) + (8 + 4 + (8 + 8) + (8 + 10)));
    CHECK(memcmp(buf, "RIFF", 4) == 0 && rd32(buf + 4) == n - 8);
    CHECK(rd32(buf + 40) == 3002 && rd32(buf + 24) == 22050);
    CHECK(buf[44] == (unsigned char)(pcm[0] & 0xFF));
    CHECK(memcmp(buf + 44 + 3002, "cue ", 4) == 0 && rd32(buf + 44 + 3002 + 8) == 2);
    CHECK(rd32(buf + 44 + 3002 + 12 + 24 + 20) == 1001);   /* second cue's sample offset */
    CHECK(memcmp(buf + 44 + 3002 + 60, "LIST", 4) == 0);
    CHECK(memcmp(buf + n - 6, "Two!\0\0", 6) == 0);

    /* tags: LIST/INFO between fmt and data, NUL-terminated, even-padded */
    {
        const al_tag tags[] = { { "title", "Bees" }, { "artist", "Priya N" }, { "nokey", "x" } };
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        CHECK(al_wav_open_fd(&w, fd, path, 22050, tags, 3) == ALOUD_OK);
        CHECK(al_wav_write(w, pcm, 10) == ALOUD_OK);
        CHECK(al_wav_finish(w) == ALOUD_OK);
        f = fopen(path, "rb");
        n = f ? fread(buf, 1, sizeof(buf), f) : 0;
        if (f)
            fclose(f);
        CHECK(memcmp(buf + 36, "LIST", 4) == 0 && rd32(buf + 40) == 4 + (8 + 6) + (8 + 8));
        CHECK(memcmp(buf + 44, "INFOINAM", 8) == 0 && memcmp(buf + 56, "Bees\0\0IART", 10) == 0);
        CHECK(memcmp(buf + 78, "data", 4) == 0 && rd32(buf + 82) == 20 && n == 86 + 20);
        CHECK(memcmp(buf, "RIFF", 4) == 0 && rd32(buf + 4) == n - 8);
    }
    unlink(path);
}

/* The format of an output: by name, else by the base name's extension. */
static void test_format_resolve(void)
{
    aloud_audio_format f;

    CHECK(aloud_audio_format_resolve(&f, "a/b.MP3", NULL) == ALOUD_OK && f == ALOUD_FORMAT_MP3);
    CHECK(aloud_audio_format_resolve(&f, "talk.m4a", NULL) == ALOUD_OK && f == ALOUD_FORMAT_M4B);
    CHECK(aloud_audio_format_resolve(&f, "x.opus", "flac") == ALOUD_OK && f == ALOUD_FORMAT_FLAC);
    CHECK(aloud_audio_format_resolve(&f, "v1.2/article", NULL) == ALOUD_OK && f == ALOUD_FORMAT_WAV);
    CHECK(aloud_audio_format_resolve(&f, "dir/.mp3", NULL) == ALOUD_OK && f == ALOUD_FORMAT_WAV);
    CHECK(aloud_audio_format_resolve(&f, "-", NULL) == ALOUD_OK && f == ALOUD_FORMAT_WAV);
    CHECK(aloud_audio_format_resolve(&f, "-", "opus") == ALOUD_OK && f == ALOUD_FORMAT_OPUS);
    CHECK(aloud_audio_format_resolve(&f, "-", "M4B") == ALOUD_EINVAL &&
          strstr(aloud_error_message(), "stream"));
    CHECK(aloud_audio_format_resolve(&f, "a.ogg", NULL) == ALOUD_EINVAL &&
          strstr(aloud_error_message(), "a.ogg") && strstr(aloud_error_message(), "mp3, opus"));
    CHECK(aloud_audio_format_resolve(&f, NULL, "vorbis") == ALOUD_EINVAL);
    CHECK(strcmp(aloud_audio_format_extension(ALOUD_FORMAT_OPUS), "opus") == 0 &&
          strcmp(aloud_audio_format_extension(ALOUD_FORMAT_AUTO), "") == 0);
}

/* ---- export ---- */

typedef struct {
    unsigned long long last_samples;
    size_t last_done, calls;
    int monotonic;
    int cancel_after;             /* raise *cancel after this many calls (0: never) */
    volatile sig_atomic_t *cancel;
} progress_log;

static void on_progress(const aloud_progress *p, void *data)
{
    progress_log *log = data;

    if (p->samples < log->last_samples || p->sections_done < log->last_done)
        log->monotonic = 0;
    log->last_samples = p->samples;
    log->last_done = p->sections_done;
    if (++log->calls == (size_t)log->cancel_after && log->cancel)
        *log->cancel = 1;
}

static size_t count_files(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t n = 0;

    while (d && (e = readdir(d)))
        n += e->d_name[0] != '.' || (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."));
    if (d)
        closedir(d);
    return n;
}

static void test_export(const char *dir)
{
    aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_export_options out = ALOUD_EXPORT_OPTIONS_INIT;
    aloud_export_result r;
    progress_log log = { 0, 0, 0, 1, 0, NULL };
    volatile sig_atomic_t cancel = 0;
    char page[512], wav[512];
    struct stat st;
    aloud_article *a;
    al_synth *s = NULL;

    snprintf(page, sizeof(page), "%s/de-fahrrad.html", dir);
    snprintf(wav, sizeof(wav), "%s/out.wav", tmpdir);
    a = load(page);
    out.wav_path = wav;
    out.progress = on_progress;
    out.progress_data = &log;
    CHECK(aloud_export(&r, a, &speech, &out) == ALOUD_OK);
    CHECK(r.sample_rate == 22050 && r.section_count == 4);
    CHECK_STR(r.voice.language, "de");
    CHECK(log.monotonic && log.last_samples == r.samples && log.last_done == 4);
    CHECK(stat(wav, &st) == 0 && (unsigned long long)st.st_size > 44 + r.samples * 2);
    CHECK(count_files(tmpdir) == 1);

    /* The synthesiser is one per process: a second session is refused. */
    speech.voice = "en";
    CHECK(al_synth_open(&s, &(al_synth_params){ "gmw/en", 175, 50, 50, 100, 0 }) == ALOUD_OK);
    CHECK(aloud_export(&r, a, &speech, &out) == ALOUD_ESYNTH);
    al_synth_close(s);

    /* Cancelled half-way: nothing new, the old file untouched. */
    log = (progress_log){ 0, 0, 0, 1, 20, &cancel };
    out.cancel = &cancel;
    out.split_dir = tmpdir;
    CHECK(aloud_export(&r, a, &speech, &out) == ALOUD_EINTERRUPTED);
    CHECK(log.calls >= 20 && log.last_done < 4);
    CHECK(count_files(tmpdir) == 1);
    {
        struct stat st2;
        CHECK(stat(wav, &st2) == 0 && st2.st_size == st.st_size && st2.st_mtime == st.st_mtime);
    }
    unlink(wav);
    aloud_article_free(a);
}

/* ---- warming up ---- */

/* Run first, before anything has set espeak-ng up: the warm-up thread
 * does it, the lists are there for the next call, and the variant list,
 * left out of the warm-up, is copied when first asked for. */
static void test_warm_up(void)
{
    const al_espeak_voice *list;
    size_t n = 0;
    bool m3 = false;

    CHECK(aloud_speech_warm_up() == ALOUD_OK);
    CHECK(aloud_speech_warm_up() == ALOUD_OK);   /* warming up already: nothing more */
    CHECK(al_synth_voices(&list, &n) == ALOUD_OK && n > 50);
    n = 0;
    CHECK(al_synth_variants(&list, &n) == ALOUD_OK && n > 10);
    for (size_t i = 0; i < n; i++)
        m3 = m3 || strcmp(list[i].identifier, "!v/m3") == 0;
    CHECK(m3);
    CHECK(aloud_speech_warm_up() == ALOUD_OK);   /* set up already: nothing to do */
}

/* ---- modes ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double t0, t_first;

static void first_sample(const aloud_progress *p, void *data)
{
    volatile sig_atomic_t *cancel = data;

    if (p->samples > 0 && t_first == 0) {
        t_first = now();
        *cancel = 1;
    }
}

static int mode_first_sample(const char *page)
{
    aloud_export_options out = ALOUD_EXPORT_OPTIONS_INIT;
    volatile sig_atomic_t cancel = 0;
    char wav[300];
    aloud_article *a;

    t0 = now();
    a = load(page);
    snprintf(wav, sizeof(wav), "%s/first.wav", tmpdir);
    out.wav_path = wav;
    out.cancel = &cancel;
    out.progress = first_sample;
    out.progress_data = (void *)&cancel;
    aloud_export(NULL, a, NULL, &out);
    aloud_article_free(a);
    aloud_speech_shutdown();
    rmdir(tmpdir);
    if (t_first == 0)
        return 1;
    printf("%.1f\n", (t_first - t0) * 1000);
    return 0;
}

static int mode_export(const char *page, const char *wav, const char *voice, bool warm)
{
    aloud_speech_options o = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_export_options out = ALOUD_EXPORT_OPTIONS_INIT;
    aloud_article *a;
    int err;

    a = load(page);
    if (warm && aloud_speech_warm_up() != ALOUD_OK) {
        aloud_article_free(a);
        return 1;
    }
    o.voice = voice;
    out.wav_path = wav;
    if ((err = aloud_export(NULL, a, &o, &out)) < 0)
        fprintf(stderr, "%s\n", aloud_error_message());
    aloud_article_free(a);
    aloud_speech_shutdown();
    rmdir(tmpdir);
    return err == ALOUD_OK ? 0 : 1;
}

static int mode_ssml(const char *page, const char *voice)
{
    aloud_speech_options o = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_article *a = load(page);
    char *ssml = NULL;
    int err;

    o.voice = voice;
    if ((err = aloud_speech_text(&ssml, a, &o)) == ALOUD_OK)
        fputs(ssml, stdout);
    else
        fprintf(stderr, "%s\n", aloud_error_message());
    aloud_free(ssml);
    aloud_article_free(a);
    aloud_speech_shutdown();
    rmdir(tmpdir);
    return err == ALOUD_OK ? 0 : 1;
}

int main(int argc, char **argv)
{
    snprintf(tmpdir, sizeof(tmpdir), "%s/aloud-speech-test-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmpdir))
        return perror("mkdtemp"), 2;
    if (argc == 3 && strcmp(argv[1], "first-sample") == 0)
        return mode_first_sample(argv[2]);
    if (argc >= 4 && argc <= 6 && strcmp(argv[1], "export") == 0)
        return mode_export(argv[2], argv[3], argc >= 5 && *argv[4] ? argv[4] : NULL,
                           argc == 6 && strcmp(argv[5], "warm-up") == 0);
    if ((argc == 3 || argc == 4) && strcmp(argv[1], "ssml") == 0)
        return mode_ssml(argv[2], argc == 4 ? argv[3] : NULL);
    if (argc != 2) {
        fprintf(stderr, "usage: test_speech_api PAGES_DIR | ssml PAGE [VOICE] | first-sample PAGE |\n"
                        "       export PAGE WAV [VOICE] [warm-up]\n");
        return 2;
    }
    test_warm_up();
    test_append_text();
    test_profile_parser();
    test_wav_writer();
    test_format_resolve();
    test_speech_text(argv[1]);
    test_voices(argv[1]);
    test_export(argv[1]);
    aloud_speech_shutdown();
    rmdir(tmpdir);
    printf("%d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
