/*
 * durations.c - how long each section lasts when spoken: measured with
 * espeak-ng itself, not estimated from a words-per-minute figure.
 *
 * A fixed rate is close for English and off by 20 to 65 % elsewhere
 * (German, Portuguese, Japanese: espeak-ng's pace and what counts as a
 * word differ by language). espeak-ng synthesises hundreds of times
 * faster than real time, so the honest figure is cheap: each section's
 * SSML, exactly as export speaks it (intro included), is synthesised into
 * a sink that only counts samples. Past AL_MEASURE_SECONDS of audio the
 * rest is estimated at the pace measured so far (seconds per word of this
 * article with this voice and rate), so an hour-long article costs what
 * ten minutes cost.
 */
#include <stdlib.h>

#include "speechtext.h"
#include "synth.h"
#include "voice.h"

#define AL_MEASURE_SECONDS 900.0   /* measured; the rest at the measured pace */

static int count_only(const int16_t *pcm, size_t count, void *data)
{
    (void)pcm;
    (void)count;
    (void)data;
    return 0;
}

int aloud_speech_durations(double **out, size_t *count, const aloud_article *article,
                           const aloud_speech_options *opts)
{
    al_voice voice;
    al_synth *synth = NULL;
    const aloud_section *sections;
    size_t n, first, end, i, words = 0;
    double *secs, spoken = 0;
    unsigned rate;
    int err;

    if (!out || !article)
        return al_error_set(ALOUD_EINVAL, "aloud_speech_durations: no article or output");
    *out = NULL;
    if (count)
        *count = 0;
    AL_CHECK_VERSION(opts, ALOUD_SPEECH_OPTIONS_VERSION);
    sections = aloud_article_sections(article, &n);
    if (!(secs = calloc(n ? n : 1, sizeof(*secs))))
        return al_error_oom();
    if ((err = al_voice_resolve(&voice, article, opts)) < 0 ||
        (err = al_speech_range(&first, &end, article, opts)) < 0) {
        free(secs);
        return err;
    }
    if ((err = al_speech_lexicon_open(&voice, opts)) < 0) {
        free(secs);
        return err;
    }
    if ((err = al_synth_open(&synth, &voice.synth)) < 0)
        goto cleanup;
    rate = al_synth_sample_rate(synth);
    for (i = first; i < end && err == ALOUD_OK; i++) {
        char *ssml = NULL;
        uint64_t samples = 0;
        size_t w = aloud_section_words(&sections[i]);

        if (spoken >= AL_MEASURE_SECONDS && words > 0) {    /* the pace so far */
            secs[i] = spoken / (double)words * (double)w;
            continue;
        }
        err = al_speech_section(&ssml, article, i, &voice, i == first && (!opts || opts->intro));
        if (err == ALOUD_OK)
            err = al_synth_speak(synth, ssml, count_only, NULL, &samples);
        free(ssml);
        secs[i] = rate ? (double)samples / rate : 0;
        spoken += secs[i];
        words += w;
    }
cleanup:
    al_synth_close(synth);
    al_speech_lexicon_close(&voice);
    if (err < 0) {
        free(secs);
        return err;
    }
    *out = secs;
    if (count)
        *count = n;
    return ALOUD_OK;
}
