/*
 * player.c - the public face of live playback (aloud/player.h).
 *
 * Starting a player resolves the voice and the sections to play, cuts
 * them into units (playunits.c), opens the audio device first (so that a
 * missing device is the one error the user sees) and the espeak-ng
 * session, then starts the two threads of playengine.c. Commands are
 * queued here for the playback thread; aloud_player_wait() and the status
 * read the shared state under the same mutex.
 *
 * The status (position and total) is explained with the clock in
 * playengine.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "player.h"
#include "speechtext.h"
#include "synth.h"

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- starting ---- */

/* The unit to start at: START_PARAGRAPH of the first section, or the
 * section's start when it has no such paragraph. */
static size_t start_unit(const aloud_player *p, size_t paragraph)
{
    for (size_t u = 0; u < p->unit_count && p->units[u].section == p->first; u++)
        if (p->units[u].paragraph >= paragraph)
            return al_player_paragraph_start(p, u);
    return 0;
}

static int init_sync(aloud_player *p)
{
    pthread_condattr_t attr;
    int rc = 0;

    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    rc |= pthread_mutex_init(&p->lock, NULL);
    rc |= pthread_cond_init(&p->wake_synth, NULL);
    rc |= pthread_cond_init(&p->wake_play, NULL);
    rc |= pthread_cond_init(&p->done_cond, &attr);
    pthread_condattr_destroy(&attr);
    return rc == 0 ? ALOUD_OK : al_error_set(ALOUD_ERROR, "player: cannot create locks");
}

/* Voice, sections and units; nothing that needs cleaning but memory. */
static int prepare(aloud_player *p, const aloud_player_options *opts)
{
    const aloud_speech_options *so = opts->speech;
    int err;

    aloud_article_sections(p->article, &p->section_count);
    if ((err = al_voice_resolve(&p->voice, p->article, so)) < 0 ||
        (err = al_speech_range(&p->first, &p->end, p->article, so)) < 0 ||
        (err = al_speech_lexicon_open(&p->voice, so)) < 0)
        return err;
    /* the lexicon is needed only while the units' text is written */
    err = al_play_units(&p->units, &p->unit_count, p->article, p->first, p->end, &p->voice,
                        so ? so->intro != 0 : true);
    al_speech_lexicon_close(&p->voice);
    if (err < 0)
        return err;
    if (p->unit_count == 0)
        return al_error_set(ALOUD_ENOARTICLE, "player: nothing to say in the article");
    p->unit_samples = calloc(p->unit_count, sizeof(*p->unit_samples));
    p->unit_rate = calloc(p->unit_count, sizeof(*p->unit_rate));
    if (!p->unit_samples || !p->unit_rate)
        return al_error_oom();
    p->rate = p->voice.synth.rate;
    p->volume = 100;
    p->synth_unit = p->cur_unit = start_unit(p, opts->start_paragraph);
    p->clock_unit = p->cur_unit;
    p->base_samples = al_player_offset(p, p->cur_unit);
    p->write_time = now_seconds();
    p->announce = true;
    return ALOUD_OK;
}

static int start_threads(aloud_player *p)
{
    if (pthread_create(&p->synth_thread, NULL, al_player_synth_main, p) != 0)
        return al_error_set(ALOUD_ERROR, "player: cannot start the synthesis thread");
    if (pthread_create(&p->play_thread, NULL, al_player_play_main, p) != 0) {
        pthread_mutex_lock(&p->lock);
        p->stopping = true;
        pthread_cond_broadcast(&p->wake_synth);
        pthread_mutex_unlock(&p->lock);
        pthread_join(p->synth_thread, NULL);
        return al_error_set(ALOUD_ERROR, "player: cannot start the playback thread");
    }
    p->threads_started = true;
    return ALOUD_OK;
}

int aloud_player_start(aloud_player **out, const aloud_article *article,
                       const aloud_player_options *opts)
{
    aloud_player_options defaults = ALOUD_PLAYER_OPTIONS_INIT;
    aloud_player *p = NULL;
    int err;

    if (!out || !article)
        return al_error_set(ALOUD_EINVAL, "aloud_player_start: no article or output");
    *out = NULL;
    AL_CHECK_VERSION(opts, ALOUD_PLAYER_OPTIONS_VERSION);
    if (!opts)
        opts = &defaults;
    AL_CHECK_VERSION(opts->speech, ALOUD_SPEECH_OPTIONS_VERSION);
    if (!(p = calloc(1, sizeof(*p))))
        return al_error_oom();
    p->article = article;
    p->on_event = opts->on_event;
    p->data = opts->data;
    if ((err = init_sync(p)) < 0) {
        free(p);
        return err;
    }
    /* The device first: with none, say so before anything else. */
    if ((err = al_audio_open(&p->audio, opts->audio_device, aloud_article_title(article))) < 0 ||
        (err = prepare(p, opts)) < 0 ||
        (err = al_player_set_rate(p, p->rate)) < 0 ||
        (err = start_threads(p)) < 0)
        goto cleanup;
    *out = p;
    p = NULL;
cleanup:
    aloud_player_free(p);
    return err;
}

int aloud_player_send(aloud_player *p, aloud_player_command command, size_t arg)
{
    int err = ALOUD_OK;

    if (!p || (unsigned)command > ALOUD_PLAYER_QUIETER)
        return al_error_set(ALOUD_EINVAL, "aloud_player_send: unknown command %d", (int)command);
    if (command == ALOUD_PLAYER_GOTO_SECTION && (arg < p->first || arg >= p->end))
        return al_error_set(ALOUD_EINVAL, "no section %zu to play (sections %zu to %zu)",
                            arg + 1, p->first + 1, p->end);
    pthread_mutex_lock(&p->lock);
    if (p->cmd_count == MAX_COMMANDS) {
        err = al_error_set(ALOUD_EINVAL, "player: too many commands at once");
    } else {
        p->commands[(p->cmd_head + p->cmd_count) % MAX_COMMANDS] = (pending_command){ command, arg };
        p->cmd_count++;
        pthread_cond_signal(&p->wake_play);
        al_audio_interrupt(p->audio);
    }
    pthread_mutex_unlock(&p->lock);
    return err;
}

int aloud_player_wait(aloud_player *p, int timeout_ms)
{
    struct timespec deadline;
    int rc;

    if (!p)
        return al_error_set(ALOUD_EINVAL, "aloud_player_wait: no player");
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    if (timeout_ms > 0) {
        deadline.tv_sec += timeout_ms / 1000;
        deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    pthread_mutex_lock(&p->lock);
    while (!p->finished && timeout_ms != 0) {
        if (timeout_ms < 0)
            pthread_cond_wait(&p->done_cond, &p->lock);
        else if (pthread_cond_timedwait(&p->done_cond, &p->lock, &deadline) != 0)
            break;
    }
    rc = p->finished ? p->result : 0;
    if (rc < 0)
        al_error_set(rc, "%s", p->message);
    pthread_mutex_unlock(&p->lock);
    return rc;
}

/* Seconds heard: where the last jump landed plus what has been played
 * since, less what the device still held after the last write (as much of
 * it as has not played out since). Never less than what was shown last,
 * unless a jump came in between. */
static double heard_seconds(aloud_player *p)
{
    double unheard = (double)p->pending_at_write - (now_seconds() - p->write_time) * AL_AUDIO_RATE;
    double t = (double)(p->base_samples + p->played_since) - (unheard > 0 ? unheard : 0);

    t = t > 0 ? t / AL_AUDIO_RATE : 0;
    if (p->jumps == p->shown_jumps && t < p->shown_elapsed)
        t = p->shown_elapsed;
    p->shown_elapsed = t;
    p->shown_jumps = p->jumps;
    return t;
}

void aloud_player_get_status(aloud_player *p, aloud_player_status *out)
{
    const al_play_unit *u;
    size_t count;
    const aloud_section *sections;

    memset(out, 0, sizeof(*out));
    if (!p)
        return;
    sections = aloud_article_sections(p->article, &count);
    pthread_mutex_lock(&p->lock);
    u = al_player_unit_at(p, p->cur_unit);
    out->total = (double)al_player_offset(p, p->unit_count) / AL_AUDIO_RATE;
    out->elapsed = heard_seconds(p);
    if (out->elapsed > out->total)
        out->total = out->elapsed;
    out->section = u->section;
    out->section_count = count;
    out->paragraph = u->paragraph;
    out->sentence = (size_t)(u - p->units) - al_player_paragraph_start(p, (size_t)(u - p->units));
    out->heading = u->section < count ? sections[u->section].heading : NULL;
    out->text = u->text;
    out->rate = p->rate;
    out->volume = p->volume;
    out->muted = p->muted;
    out->paused = p->paused;
    out->finished = p->finished && p->result == 1 && p->synth_unit >= p->unit_count &&
                    !p->play;
    pthread_mutex_unlock(&p->lock);
}

void aloud_player_free(aloud_player *p)
{
    if (!p)
        return;
    if (p->threads_started) {
        pthread_mutex_lock(&p->lock);
        p->stopping = true;
        pthread_cond_broadcast(&p->wake_synth);
        pthread_cond_broadcast(&p->wake_play);
        pthread_mutex_unlock(&p->lock);
        al_audio_interrupt(p->audio);
        pthread_join(p->play_thread, NULL);
        pthread_join(p->synth_thread, NULL);
    }
    al_synth_close(p->synth);
    al_audio_close(p->audio);
    al_player_drop_queue(p);
    al_play_units_free(p->units, p->unit_count);
    free(p->unit_samples);
    free(p->unit_rate);
    pthread_cond_destroy(&p->wake_synth);
    pthread_cond_destroy(&p->wake_play);
    pthread_cond_destroy(&p->done_cond);
    pthread_mutex_destroy(&p->lock);
    free(p);
}
