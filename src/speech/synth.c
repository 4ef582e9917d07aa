/*
 * synth.c - speech synthesis with libespeak-ng, the only file that talks
 * to espeak-ng.
 *
 * Design. espeak-ng 1.51 is a process-wide singleton: one voice, one set
 * of parameters, one synthesis callback. It is initialised once, lazily,
 * in AUDIO_OUTPUT_SYNCHRONOUS mode with espeakINITIALIZE_DONT_EXIT (a
 * missing data directory is then an error instead of exit()), and never
 * re-initialised: terminating and initialising it again deadlocks its
 * internal thread in espeak_Terminate(). A mutex guards the "initialised /
 * busy / shut down" state; a session (al_synth) marks espeak-ng busy from
 * al_synth_open() to al_synth_close(), so two exports or an export and a
 * playback cannot interleave voices or callbacks.
 *
 * Sections are synthesised one espeak_Synth() call each. The callback
 * counts the samples it forwards, which gives exact section offsets (the
 * `sample` field of espeak events restarts at 0 with every call, and an
 * SSML <mark> right after a sentence end emits no event in 1.51, so marks
 * are not used). Returning 1 from the callback makes espeak-ng abandon
 * the text; that is how a sink stops a synthesis.
 *
 * The voice list is copied once at initialisation, so that the voice
 * queries never touch espeak-ng while a session is speaking; the variant
 * list only when first asked for (a profile or --voice naming a variant):
 * espeak_ListVoices() reads every one of espeak-ng's 322 voice files each
 * time, 2-5 ms, and the default narrator names no variant.
 *
 * Warming up. al_synth_warm_up() runs that initialisation (espeak-ng's
 * data, the voice list: 5-10 ms) in a thread of its own while the caller
 * fetches and extracts the page on the main thread, which uses one core
 * only; the first call that needs espeak-ng joins the thread first. The
 * engine ends in the same state as when the same calls are made on the
 * main thread, so the audio does not change.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <espeak-ng/speak_lib.h>

#include "synth.h"

struct al_synth {
    al_synth_sink sink;
    void *data;
    uint64_t samples;   /* delivered by the current al_synth_speak() */
    int stopped;        /* the sink asked to stop */
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int initialised;      /* espeak_Initialize() succeeded */
static int shut_down;        /* espeak_Terminate() was called: no way back */
static int busy;             /* a session is open */
static unsigned int sample_rate;
static al_espeak_voice *voices, *variants;
static size_t voice_count, variant_count;
static al_synth *current;    /* the open session, for the callback */
static int variants_loaded;  /* the variant list was copied */

static pthread_mutex_t warm_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t warm_thread;
static int warming;          /* warm_thread runs or has not been joined */

/* ---- voice list ---- */

static void copy_field(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src ? src : "");
}

/* espeak_VOICE.languages is a run of (priority byte, NUL-terminated
 * language) pairs ended by a zero priority byte. */
static void copy_voice(al_espeak_voice *dst, const espeak_VOICE *src)
{
    const char *p = src->languages;

    memset(dst, 0, sizeof(*dst));
    copy_field(dst->identifier, sizeof(dst->identifier), src->identifier);
    copy_field(dst->name, sizeof(dst->name), src->name);
    while (p && *p && dst->language_count < 6) {
        int priority = (unsigned char)*p++;
        int i = dst->language_count++;

        copy_field(dst->languages[i], sizeof(dst->languages[i]), p);
        for (char *c = dst->languages[i]; *c; c++)
            *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        dst->priorities[i] = priority;
        p += strlen(p) + 1;
    }
}

/* Copy the voices matching SPEC (NULL: every language voice), skipping
 * MBROLA voices ("mb/..."). */
static int copy_voices(al_espeak_voice **out, size_t *count, espeak_VOICE *spec)
{
    const espeak_VOICE **list = espeak_ListVoices(spec);
    size_t n = 0, k = 0;

    while (list && list[n])
        n++;
    *out = calloc(n ? n : 1, sizeof(**out));
    if (!*out)
        return al_error_oom();
    for (size_t i = 0; i < n; i++) {
        if (list[i]->identifier && strncmp(list[i]->identifier, "mb/", 3) == 0)
            continue;
        copy_voice(&(*out)[k++], list[i]);
    }
    *count = k;
    return ALOUD_OK;
}

/* Call with the lock held, espeak-ng initialised. */
static int load_variants(void)
{
    espeak_VOICE spec;
    int err;

    if (variants_loaded)
        return ALOUD_OK;
    memset(&spec, 0, sizeof(spec));
    spec.languages = "variant";
    if ((err = copy_voices(&variants, &variant_count, &spec)) < 0)
        return err;
    variants_loaded = 1;
    return ALOUD_OK;
}

/* ---- initialisation (call with the lock held) ---- */

static int synth_callback(short *wav, int count, espeak_EVENT *events);

static int ensure_initialised(void)
{
    const char *path = NULL;
    int rate, err;

    if (shut_down)
        return al_error_set(ALOUD_ESYNTH, "espeak-ng: already shut down in this process");
    if (initialised)
        return ALOUD_OK;
    rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        espeak_Info(&path);
        return al_error_set(ALOUD_ESYNTH,
                            "espeak-ng: cannot start (is its data installed in %s? "
                            "install espeak-ng-data, or set ESPEAK_DATA_PATH)",
                            path ? path : "the default directory");
    }
    espeak_SetSynthCallback(synth_callback);
    sample_rate = (unsigned int)rate;
    initialised = 1;
    if ((err = copy_voices(&voices, &voice_count, NULL)) < 0)
        return err;
    return ALOUD_OK;
}

/* ---- warming up ---- */

static void *warm_up(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&lock);
    ensure_initialised();   /* a failure is met again, and reported, on use */
    pthread_mutex_unlock(&lock);
    return NULL;
}

/* Wait for a warm-up started before; call without the lock held. */
static void join_warm_up(void)
{
    pthread_mutex_lock(&warm_lock);
    if (warming) {
        pthread_join(warm_thread, NULL);
        warming = 0;
    }
    pthread_mutex_unlock(&warm_lock);
}

int al_synth_warm_up(void)
{
    int err = ALOUD_OK;

    pthread_mutex_lock(&warm_lock);
    pthread_mutex_lock(&lock);
    if (!warming && !initialised && !shut_down) {
        if (pthread_create(&warm_thread, NULL, warm_up, NULL) == 0)
            warming = 1;
        else
            err = al_error_set(ALOUD_ERROR, "cannot start a thread to set espeak-ng up");
    }
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&warm_lock);
    return err;
}

/* ---- sessions ---- */

static int synth_callback(short *wav, int count, espeak_EVENT *events)
{
    al_synth *s = current;

    (void)events;
    if (!s || s->stopped)
        return 1;
    if (!wav || count <= 0)    /* end of synthesis, or events only */
        return 0;
    s->samples += (uint64_t)count;
    if (s->sink && s->sink((const int16_t *)wav, (size_t)count, s->data) != 0) {
        s->stopped = 1;
        return 1;
    }
    return 0;
}

static int apply_params(const al_synth_params *p)
{
    if (espeak_SetVoiceByName(p->voice) != EE_OK)
        return al_error_set(ALOUD_EVOICE, "espeak-ng cannot load the voice '%s'", p->voice);
    if (espeak_SetParameter(espeakRATE, p->rate, 0) != EE_OK ||
        espeak_SetParameter(espeakPITCH, p->pitch, 0) != EE_OK ||
        espeak_SetParameter(espeakRANGE, p->range, 0) != EE_OK ||
        espeak_SetParameter(espeakVOLUME, p->volume, 0) != EE_OK ||
        espeak_SetParameter(espeakWORDGAP, p->word_gap, 0) != EE_OK)
        return al_error_set(ALOUD_ESYNTH, "espeak-ng refused the speech parameters");
    return ALOUD_OK;
}

int al_synth_open(al_synth **out, const al_synth_params *params)
{
    al_synth *s = NULL;
    int err;

    *out = NULL;
    join_warm_up();
    pthread_mutex_lock(&lock);
    if ((err = ensure_initialised()) < 0)
        goto cleanup;
    if (busy) {
        err = al_error_set(ALOUD_ESYNTH, "espeak-ng is already speaking in this process "
                                         "(one export or playback at a time)");
        goto cleanup;
    }
    if (!(s = calloc(1, sizeof(*s)))) {
        err = al_error_oom();
        goto cleanup;
    }
    if ((err = apply_params(params)) < 0)
        goto cleanup;
    busy = 1;
    current = s;
    *out = s;
    s = NULL;
cleanup:
    pthread_mutex_unlock(&lock);
    free(s);
    return err;
}

unsigned int al_synth_sample_rate(const al_synth *s)
{
    (void)s;
    return sample_rate;
}

int al_synth_speak(al_synth *s, const char *ssml, al_synth_sink sink, void *data,
                   uint64_t *samples)
{
    espeak_ERROR e;

    s->sink = sink;
    s->data = data;
    s->samples = 0;
    s->stopped = 0;
    e = espeak_Synth(ssml, strlen(ssml) + 1, 0, POS_CHARACTER, 0,
                     espeakCHARS_UTF8 | espeakSSML, NULL, NULL);
    if (samples)
        *samples = s->samples;
    if (s->stopped)            /* the sink said why (a write error, a cancel): */
        return ALOUD_EINTERRUPTED;  /* leave its message in place */
    if (e != EE_OK)
        return al_error_set(ALOUD_ESYNTH, "espeak-ng failed to synthesise the text (error %d)", (int)e);
    return ALOUD_OK;
}

void al_synth_close(al_synth *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&lock);
    if (current == s) {
        current = NULL;
        busy = 0;
    }
    pthread_mutex_unlock(&lock);
    free(s);
}

/* ---- queries and shutdown ---- */

static int get_list(const al_espeak_voice **out, size_t *count, int want_variants)
{
    int err;

    join_warm_up();
    pthread_mutex_lock(&lock);
    err = ensure_initialised();
    if (err == ALOUD_OK && want_variants)
        err = load_variants();
    if (err == ALOUD_OK) {
        *out = want_variants ? variants : voices;
        *count = want_variants ? variant_count : voice_count;
    }
    pthread_mutex_unlock(&lock);
    return err;
}

int al_synth_voices(const al_espeak_voice **out, size_t *count)
{
    return get_list(out, count, 0);
}

int al_synth_variants(const al_espeak_voice **out, size_t *count)
{
    return get_list(out, count, 1);
}

void al_synth_shutdown(void)
{
    join_warm_up();
    pthread_mutex_lock(&lock);
    if (initialised && !busy && !shut_down) {
        espeak_Terminate();
        shut_down = 1;
        initialised = 0;
        free(voices);
        free(variants);
        voices = variants = NULL;
        voice_count = variant_count = 0;
        variants_loaded = 0;
    }
    pthread_mutex_unlock(&lock);
}

void aloud_speech_shutdown(void)
{
    al_synth_shutdown();
}

int aloud_speech_warm_up(void)
{
    return al_synth_warm_up();
}
