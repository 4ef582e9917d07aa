/*
 * audio.c - sound sinks: pcaudiolib devices and aloud's "null" device.
 *
 * pcaudiolib (the library espeak-ng itself plays through) tries PulseAudio
 * first (which is also how PipeWire is reached) and then ALSA. Its writes
 * block while the server's buffer is full, which paces the player; flush
 * drops what the server holds so that a skip is heard at once.
 *
 * pcaudiolib cannot tell how much of what was written has been heard, so
 * al_audio_pending() estimates it from the wall clock: audio started when
 * the first sample after a flush (or after the device ran dry) was written,
 * and plays at AL_AUDIO_RATE from then on.
 *
 * The null device is a clock, not a buffer: each write pushes a monotonic
 * deadline forward by the chunk's duration and sleeps with
 * clock_nanosleep(TIMER_ABSTIME) until it, so there is no drift however
 * many chunks are written. It sleeps in slices of NULL_SLICE_NS and returns
 * early when interrupted, reporting how many samples it has "played"; a
 * command (pause, skip) therefore waits at most one slice. When the writer
 * falls behind (pause, slow synthesis), the deadline restarts from now, as
 * a real device would underrun rather than play faster to catch up.
 *
 * ALSA prints diagnostics straight to stderr when no sound card exists;
 * they would bury the one clear error we report, so opening a device
 * installs a silent ALSA error handler if libasound is loaded.
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pcaudiolib/audio.h>

#include "audio.h"
#include "util.h"

#define NULL_SLICE_NS 10000000L /* 10 ms */
#define NS_PER_SEC 1000000000LL

struct al_audio {
    struct audio_object *obj;  /* NULL for the null device */
    atomic_bool interrupted;
    int64_t deadline_ns;       /* null device: when all written audio has played */
    int64_t started_ns;        /* real devices: start of the current run of audio */
    uint64_t run_samples;      /* samples written since started_ns */
};

static int64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

static int64_t samples_ns(uint64_t samples)
{
    return (int64_t)(samples * (uint64_t)NS_PER_SEC / AL_AUDIO_RATE);
}

static void sleep_until(int64_t t)
{
    struct timespec ts = { (time_t)(t / NS_PER_SEC), (long)(t % NS_PER_SEC) };

    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

/* ALSA's error handler has a printf-like signature; we drop everything. */
static void alsa_silent(const char *file, int line, const char *func, int err,
                        const char *fmt, ...)
{
    (void)file; (void)line; (void)func; (void)err; (void)fmt;
}

static void silence_alsa(void)
{
    typedef int (*set_handler_fn)(void (*)(const char *, int, const char *, int,
                                           const char *, ...));
    void *sym = dlsym(RTLD_DEFAULT, "snd_lib_error_set_handler");
    set_handler_fn set_handler;

    if (!sym)
        return;
    memcpy(&set_handler, &sym, sizeof(set_handler));
    set_handler(alsa_silent);
}

static int open_device(al_audio *a, const char *device, const char *name)
{
    const char *shown = device && *device ? device : "default";
    int err;

    silence_alsa();
    /* the stream's name, as the sound server's mixer shows it */
    a->obj = create_audio_device_object(device && *device ? device : NULL, "aloud",
                                        name && *name ? name : "article");
    if (!a->obj)
        return al_error_set(ALOUD_EAUDIO, "audio device %s: cannot be created; "
                            "use --audio-device null to play silently or -o FILE.wav to export", shown);
    err = audio_object_open(a->obj, AUDIO_OBJECT_FORMAT_S16LE, AL_AUDIO_RATE, 1);
    if (err != 0) {
        const char *why = audio_object_strerror(a->obj, err);

        err = al_error_set(ALOUD_EAUDIO, "no usable audio device (%s: %s); "
                           "use --audio-device null to play silently or -o FILE.wav to export",
                           shown, why ? why : "cannot open");
        audio_object_destroy(a->obj);
        a->obj = NULL;
        return err;
    }
    return ALOUD_OK;
}

int al_audio_open(al_audio **out, const char *device, const char *name)
{
    al_audio *a = NULL;
    int err = ALOUD_OK;

    *out = NULL;
    if (!(a = calloc(1, sizeof(*a)))) {
        err = al_error_oom();
        goto cleanup;
    }
    atomic_init(&a->interrupted, false);
    if (!device || strcmp(device, "null") != 0)
        if ((err = open_device(a, device, name)) < 0)
            goto cleanup;
    *out = a;
    a = NULL;
cleanup:
    free(a);
    return err;
}

static void null_write(al_audio *a, size_t count, size_t *taken)
{
    int64_t start = now_ns(), deadline;

    if (a->deadline_ns < start)
        a->deadline_ns = start;
    start = a->deadline_ns;
    deadline = start + samples_ns(count);
    for (;;) {
        int64_t now = now_ns(), next;

        if (now >= deadline) {
            *taken = count;
            a->deadline_ns = deadline;
            return;
        }
        if (atomic_exchange(&a->interrupted, false)) {
            uint64_t played = now > start ? (uint64_t)(now - start) * AL_AUDIO_RATE / NS_PER_SEC : 0;

            *taken = played < count ? (size_t)played : count;
            a->deadline_ns = start + samples_ns(*taken);
            return;
        }
        next = now + NULL_SLICE_NS;
        sleep_until(next < deadline ? next : deadline);
    }
}

int al_audio_write(al_audio *a, const int16_t *pcm, size_t count, size_t *taken)
{
    int err;
    int64_t now;

    *taken = 0;
    if (!a->obj) {
        null_write(a, count, taken);
        return ALOUD_OK;
    }
    now = now_ns();
    /* The device ran dry (pause, slow synthesis): a new run starts now. */
    if (a->run_samples == 0 || now > a->started_ns + samples_ns(a->run_samples)) {
        a->started_ns = now;
        a->run_samples = 0;
    }
    err = audio_object_write(a->obj, pcm, count * sizeof(*pcm));
    if (err != 0) {
        const char *why = audio_object_strerror(a->obj, err);

        return al_error_set(ALOUD_EAUDIO, "audio device: write failed: %s",
                            why ? why : "unknown error");
    }
    a->run_samples += count;
    *taken = count;
    return ALOUD_OK;
}

void al_audio_flush(al_audio *a)
{
    if (!a)
        return;
    if (a->obj)
        audio_object_flush(a->obj);
    a->run_samples = 0;
    a->deadline_ns = 0;
}

void al_audio_drain(al_audio *a)
{
    if (!a)
        return;
    if (a->obj)
        audio_object_drain(a->obj);
    else if (a->deadline_ns > now_ns())
        sleep_until(a->deadline_ns);
    a->run_samples = 0;
}

void al_audio_interrupt(al_audio *a)
{
    if (a)
        atomic_store(&a->interrupted, true);
}

size_t al_audio_pending(const al_audio *a)
{
    int64_t elapsed;
    uint64_t heard;

    if (!a || !a->obj || a->run_samples == 0)
        return 0;
    elapsed = now_ns() - a->started_ns;
    heard = elapsed > 0 ? (uint64_t)elapsed * AL_AUDIO_RATE / NS_PER_SEC : 0;
    return heard >= a->run_samples ? 0 : (size_t)(a->run_samples - heard);
}

void al_audio_close(al_audio *a)
{
    if (!a)
        return;
    if (a->obj) {
        audio_object_close(a->obj);
        audio_object_destroy(a->obj);
    }
    free(a);
}
