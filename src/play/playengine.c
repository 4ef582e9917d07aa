/*
 * playengine.c - live playback: a synthesis thread running ahead of a
 * playback thread, steered by commands.
 *
 * Design. The article is cut into units (playunits.c: the intro, each
 * heading, each sentence). Two threads share one mutex:
 *
 *   synthesis  speaks unit after unit (every espeak-ng call happens in this
 *              thread) and appends the PCM, in the ~0.1 s chunks espeak-ng
 *              delivers, to a queue tagged with the unit and a generation
 *              number. It runs at most AHEAD_SAMPLES ahead of playback:
 *              its sink blocks while the queue is full.
 *   playback   takes SLICE_SAMPLES (50 ms) at a time from the queue and
 *              writes it to the sink (audio.c), so a command waits at most
 *              one slice; it alone carries out commands, emits events and
 *              frees chunks.
 *
 * A jump (section, paragraph) flushes the device, drops the queue, bumps
 * the generation and points synthesis at the target unit: the synthesis
 * sink sees the new generation and drops the rest of the old unit (one
 * sentence, a few milliseconds of work), and the target's first chunk is
 * playing a few tens of milliseconds later. A rate change keeps what is
 * queued for the sentence being heard and re-synthesises from the next
 * unit at the new rate.
 *
 * Pause flushes the device too, and rewinds the queue by what the device
 * held but had not played (al_audio_pending), which is why played chunks
 * are kept for HISTORY_SAMPLES before they are freed: resume starts
 * exactly where the listener stopped hearing.
 *
 * Events are passed to the callback with the mutex released, from the
 * playback thread only, so they arrive in order.
 *
 * The clock. The position shown is where the last jump (or the start)
 * landed, estimated then, plus the samples played since, less what the
 * device still holds: it moves only with the audio, and back only by a
 * jump. The total is the sum of the units' lengths (playlength.c):
 * measured by the synthesis thread whenever half the queue is ready.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "player.h"
#include "synth.h"

static double mono_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- queue (lock held) ---- */

static size_t queued_samples(const aloud_player *p)
{
    size_t n = 0;

    for (const chunk *c = p->play; c; c = c->next)
        n += c->count - c->pos;
    return n;
}

static void free_chunks(chunk *c)
{
    while (c) {
        chunk *next = c->next;

        free(c);
        c = next;
    }
}

void al_player_drop_queue(aloud_player *p)
{
    free_chunks(p->head);
    p->head = p->tail = p->play = NULL;
}

/* Free played chunks beyond the history kept for rewinding. */
static void trim_history(aloud_player *p)
{
    size_t kept = 0;
    chunk *c;

    for (c = p->play ? p->play->prev : p->tail; c; c = c->prev) {
        kept += c->count;
        if (kept > HISTORY_SAMPLES)
            break;
    }
    if (!c || c == p->head)
        return;
    c->prev->next = NULL;
    free_chunks(p->head);
    c->prev = NULL;
    p->head = c;
}

/* Drop every queued chunk of a unit after UNIT. */
static void drop_after(aloud_player *p, size_t unit)
{
    chunk *c = p->head;

    while (c && c->unit <= unit)
        c = c->next;
    if (!c)
        return;
    if (p->play && p->play->unit > unit)
        p->play = NULL;
    p->tail = c->prev;
    if (c->prev)
        c->prev->next = NULL;
    else
        p->head = NULL;
    free_chunks(c);
}

/* Step back SAMPLES (what the device held unheard when it was flushed). */
static void rewind_queue(aloud_player *p, size_t samples)
{
    chunk *c = p->play ? p->play : p->tail;

    while (c && samples > 0) {
        size_t take = samples < c->pos ? samples : c->pos;

        c->pos -= take;
        samples -= take;
        if (samples > 0 && c->prev)
            c = c->prev;
        else
            break;
    }
    while (c && c->pos == c->count)
        c = c->next;
    if (c) {
        p->play = c;
        p->cur_unit = c->unit;
    }
}

/* ---- synthesis thread ---- */

typedef struct {
    aloud_player *p;
    unsigned gen;
    size_t unit;
} sink_ctx;

static int synth_sink(const int16_t *pcm, size_t count, void *data)
{
    sink_ctx *ctx = data;
    aloud_player *p = ctx->p;
    chunk *c;

    if (count == 0)
        return 0;
    if (!(c = malloc(sizeof(*c) + count * sizeof(int16_t))))
        return 1;
    memcpy(c->pcm, pcm, count * sizeof(int16_t));
    c->unit = ctx->unit;
    c->count = count;
    c->pos = 0;
    c->next = NULL;
    pthread_mutex_lock(&p->lock);
    while (ctx->gen == p->gen && !p->stopping && queued_samples(p) >= AHEAD_SAMPLES)
        pthread_cond_wait(&p->wake_synth, &p->lock);
    if (ctx->gen != p->gen || p->stopping) {
        /* Stale: a jump made this unit useless. espeak-ng 1.51 leaks
         * about 1.3 KB whenever an abandoned text is followed by another
         * one, and finishes a sentence in a few milliseconds (it runs
         * some 500 times faster than real time), so an ordinary sentence
         * is finished and thrown away; only a very long one is abandoned. */
        bool abandon = p->stopping || p->units[ctx->unit].words > STALE_WORDS;

        pthread_mutex_unlock(&p->lock);
        free(c);
        return abandon;
    }
    c->prev = p->tail;
    if (p->tail)
        p->tail->next = c;
    else
        p->head = c;
    p->tail = c;
    if (!p->play)
        p->play = c;
    pthread_cond_signal(&p->wake_play);
    pthread_mutex_unlock(&p->lock);
    return 0;
}

/* Reopen the espeak-ng session at RATE (synthesis thread, lock free). */
int al_player_set_rate(aloud_player *p, int rate)
{
    al_synth_params params = p->voice.synth;

    if (p->synth && rate == p->synth_rate)
        return ALOUD_OK;
    al_synth_close(p->synth);
    p->synth = NULL;
    params.rate = rate;
    p->synth_rate = rate;
    return al_synth_open(&p->synth, &params);
}

static void synth_failed(aloud_player *p, int err)
{
    if (p->result == 0) {
        p->result = err;
        snprintf(p->message, sizeof(p->message), "%s", aloud_error_message());
    }
    p->stopping = true;
    pthread_cond_broadcast(&p->wake_play);
}

/* ---- measuring units (synthesis thread; see playlength.c) ---- */

static int measure_sink(const int16_t *pcm, size_t count, void *data)
{
    aloud_player *p = data;
    bool stop;

    (void)pcm;
    (void)count;
    pthread_mutex_lock(&p->lock);
    stop = p->stopping;
    pthread_mutex_unlock(&p->lock);
    return stop;
}

/* Synthesise unit U into the void to learn its length (lock held; it is
 * released meanwhile). A unit of even 150 words takes espeak-ng a few tens
 * of milliseconds, so a command waits at most that long. */
static void measure(aloud_player *p, size_t u)
{
    int rate = p->rate, err;
    uint64_t samples = 0;

    pthread_mutex_unlock(&p->lock);
    err = al_player_set_rate(p, rate);
    if (err == ALOUD_OK)
        err = al_synth_speak(p->synth, p->units[u].ssml, measure_sink, p, &samples);
    pthread_mutex_lock(&p->lock);
    if (err == ALOUD_OK && rate == p->rate) {
        p->unit_samples[u] = samples;
        p->unit_rate[u] = rate;
        p->measure_unit = u + 1;
    } else if (err < 0 && err != ALOUD_EINTERRUPTED) {
        synth_failed(p, err);
    }
}

void *al_player_synth_main(void *arg)
{
    aloud_player *p = arg;

    pthread_mutex_lock(&p->lock);
    while (!p->stopping) {
        sink_ctx ctx = { p, p->gen, p->synth_unit };
        int rate = p->rate, err;
        uint64_t samples = 0;
        size_t u;

        /* Playback first while less than half the queue is ready; then
         * measuring, which takes a few milliseconds a unit; then filling
         * the queue up. */
        if (p->synth_unit >= p->unit_count || queued_samples(p) >= AHEAD_SAMPLES / 2) {
            if ((u = al_player_next_to_measure(p)) < p->unit_count) {
                measure(p, u);
                continue;
            }
            if (p->synth_unit >= p->unit_count || queued_samples(p) >= AHEAD_SAMPLES) {
                pthread_cond_wait(&p->wake_synth, &p->lock);
                continue;
            }
        }
        p->synth_busy = true;
        p->busy_unit = ctx.unit;
        pthread_mutex_unlock(&p->lock);
        err = al_player_set_rate(p, rate);
        if (err == ALOUD_OK)
            err = al_synth_speak(p->synth, p->units[ctx.unit].ssml, synth_sink, &ctx, &samples);
        pthread_mutex_lock(&p->lock);
        p->synth_busy = false;
        if (err == ALOUD_OK && ctx.gen == p->gen) {
            p->unit_samples[ctx.unit] = samples;
            p->unit_rate[ctx.unit] = rate;
            p->synth_unit = ctx.unit + 1;
        } else if (err < 0 && err != ALOUD_EINTERRUPTED) {
            synth_failed(p, err);
        }
        /* Always: playback may be waiting for synthesis to go idle, e.g.
         * after a jump past the end made this unit stale; with no signal
         * it would wait for ever, silent, and never report the end. */
        pthread_cond_signal(&p->wake_play);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* ---- positions ---- */

const al_play_unit *al_player_unit_at(const aloud_player *p, size_t u)
{
    return &p->units[u < p->unit_count ? u : p->unit_count - 1];
}

static bool same_paragraph(const al_play_unit *a, const al_play_unit *b)
{
    return a->section == b->section && a->paragraph == b->paragraph;
}

/* First unit of the paragraph that unit U belongs to. */
size_t al_player_paragraph_start(const aloud_player *p, size_t u)
{
    while (u > 0 && same_paragraph(&p->units[u - 1], &p->units[u]))
        u--;
    return u;
}

static size_t section_start(const aloud_player *p, size_t u)
{
    while (u > 0 && p->units[u - 1].section == p->units[u].section)
        u--;
    return u;
}

/* First unit of SECTION, or unit_count when it is not played. */
static size_t find_section(const aloud_player *p, size_t section)
{
    for (size_t u = 0; u < p->unit_count; u++)
        if (p->units[u].section == section)
            return u;
    return p->unit_count;
}

/* Samples played of the unit being heard. */
static uint64_t unit_heard(const aloud_player *p)
{
    return p->clock_unit == p->cur_unit ? p->unit_played : 0;
}

static aloud_player_event make_event(const aloud_player *p, aloud_player_event_type type)
{
    const al_play_unit *u = al_player_unit_at(p, p->cur_unit);
    size_t count;
    const aloud_section *sections = aloud_article_sections(p->article, &count);
    aloud_player_event ev;

    memset(&ev, 0, sizeof(ev));
    ev.type = type;
    ev.time = mono_seconds();
    ev.section = u->section;
    ev.paragraph = u->paragraph;
    ev.heading = u->section < count ? sections[u->section].heading : NULL;
    ev.rate = p->rate;
    ev.sentence = p->cur_unit < p->unit_count ? p->cur_unit - al_player_paragraph_start(p, p->cur_unit)
                                              : 0;
    ev.volume = p->volume;
    ev.muted = p->muted;
    return ev;
}

/* ---- commands (playback thread, lock held) ---- */

/* Go to unit TARGET (unit_count: the end). */
static void seek(aloud_player *p, size_t target)
{
    al_audio_flush(p->audio);
    al_player_drop_queue(p);
    p->gen++;
    /* the clock starts again from where the jump lands */
    p->base_samples = al_player_offset(p, target);
    p->played_since = 0;
    p->pending_at_write = 0;
    p->clock_unit = target;
    p->unit_played = 0;
    p->jumps++;
    if (target >= p->unit_count) {
        p->synth_unit = p->unit_count;
        p->cur_unit = p->unit_count - 1;
        p->announce = false;
    } else {
        p->synth_unit = target;
        p->cur_unit = target;
        p->announce = true;
        p->section_played = p->paragraph_played = 0;
    }
    pthread_cond_broadcast(&p->wake_synth);
}

static void seek_section(aloud_player *p, bool back)
{
    size_t start = section_start(p, p->cur_unit);

    if (!back) {
        size_t u = start;

        while (u < p->unit_count && p->units[u].section == p->units[start].section)
            u++;
        seek(p, u);
    } else if (p->section_played < BACK_SAMPLES && start > 0) {
        seek(p, section_start(p, start - 1));
    } else {
        seek(p, start);
    }
}

static void seek_paragraph(aloud_player *p, bool back)
{
    size_t start = al_player_paragraph_start(p, p->cur_unit);

    if (!back) {
        size_t u = start;

        while (u < p->unit_count && same_paragraph(&p->units[u], &p->units[start]))
            u++;
        seek(p, u);
    } else if (p->paragraph_played < BACK_SAMPLES && start > 0) {
        seek(p, al_player_paragraph_start(p, start - 1));
    } else {
        seek(p, start);
    }
}

static void seek_sentence(aloud_player *p, bool back)
{
    if (!back)
        seek(p, p->cur_unit + 1);
    else if (unit_heard(p) < BACK_SAMPLES && p->cur_unit > 0)
        seek(p, p->cur_unit - 1);
    else
        seek(p, p->cur_unit);
}

/* MS milliseconds on or back, to the start of the unit heard then: on, at
 * least to the next unit; back, not before the section's start, and within
 * 2 s of a section's start to the start of the previous section. */
static void seek_time(aloud_player *p, bool back, size_t ms)
{
    double spw = al_player_samples_per_word(p);
    uint64_t step = (uint64_t)(ms ? ms : ALOUD_PLAYER_SEEK_MS) * AL_AUDIO_RATE / 1000;
    size_t start = section_start(p, p->cur_unit), u = p->cur_unit;

    if (back && p->section_played < BACK_SAMPLES && start > 0) {
        seek(p, section_start(p, start - 1));
    } else if (back) {
        /* STEP back from here: through the unit heard, then whole units */
        uint64_t heard = unit_heard(p);

        while (step > heard && u > start) {
            step -= heard;
            heard = (uint64_t)al_player_unit_length(p, --u, spw);
        }
        seek(p, u);
    } else {
        double left = (double)unit_heard(p) + (double)step;

        while (u < p->unit_count && left >= al_player_unit_length(p, u, spw))
            left -= al_player_unit_length(p, u++, spw);
        seek(p, u > p->cur_unit ? u : p->cur_unit + 1);
    }
}

/* Playback volume: STEP percent more or less (0: toggle mute). */
static bool change_volume(aloud_player *p, int step)
{
    int volume = p->volume + step;

    if (step == 0) {
        p->muted = !p->muted;
        return true;
    }
    volume = volume < 0 ? 0 : volume > ALOUD_PLAYER_VOLUME_MAX ? ALOUD_PLAYER_VOLUME_MAX : volume;
    if (volume == p->volume && !p->muted)
        return false;
    p->volume = volume;
    p->muted = false;    /* a listener who turns it up or down wants to hear it */
    return true;
}

/* New rate from the unit after the one being heard. */
static bool change_rate(aloud_player *p, int step)
{
    int rate = p->rate + step;

    rate = rate < ALOUD_RATE_MIN ? ALOUD_RATE_MIN : rate > ALOUD_RATE_MAX ? ALOUD_RATE_MAX : rate;
    if (rate == p->rate)
        return false;
    p->rate = rate;
    p->measure_unit = p->cur_unit + 1;   /* what follows is measured again */
    /* Unless synthesis is still on the sentence being heard (it will pick
     * the rate up at the next one), re-synthesise what follows it. */
    if (!(p->synth_busy && p->busy_unit == p->cur_unit) &&
        (p->synth_unit > p->cur_unit + 1 || (p->synth_busy && p->busy_unit > p->cur_unit))) {
        drop_after(p, p->cur_unit);
        p->gen++;
        p->synth_unit = p->cur_unit + 1;
        pthread_cond_broadcast(&p->wake_synth);
    }
    return true;
}

static bool set_paused(aloud_player *p, bool pause)
{
    if (pause == p->paused)
        return false;
    if (pause) {
        size_t pending = al_audio_pending(p->audio);

        al_audio_flush(p->audio);
        rewind_queue(p, pending);
        /* what the device held was never heard: the clock steps back too */
        p->played_since -= pending < p->played_since ? pending : p->played_since;
        p->unit_played -= pending < p->unit_played ? pending : p->unit_played;
        p->pending_at_write = 0;
    }
    p->paused = pause;
    return true;
}

/* Carry out C; fill EV and return true when it makes an event. */
static bool run_command(aloud_player *p, pending_command c, aloud_player_event *ev)
{
    switch (c.cmd) {
    case ALOUD_PLAYER_TOGGLE_PAUSE:
        c.cmd = p->paused ? ALOUD_PLAYER_RESUME : ALOUD_PLAYER_PAUSE;
        return run_command(p, c, ev);
    case ALOUD_PLAYER_PAUSE:
    case ALOUD_PLAYER_RESUME:
        if (!set_paused(p, c.cmd == ALOUD_PLAYER_PAUSE))
            return false;
        *ev = make_event(p, p->paused ? ALOUD_PLAYER_EVENT_PAUSE : ALOUD_PLAYER_EVENT_RESUME);
        return true;
    case ALOUD_PLAYER_NEXT_SECTION: seek_section(p, false); return false;
    case ALOUD_PLAYER_PREV_SECTION: seek_section(p, true); return false;
    case ALOUD_PLAYER_NEXT_PARAGRAPH: seek_paragraph(p, false); return false;
    case ALOUD_PLAYER_PREV_PARAGRAPH: seek_paragraph(p, true); return false;
    case ALOUD_PLAYER_GOTO_SECTION: seek(p, find_section(p, c.arg)); return false;
    case ALOUD_PLAYER_FASTER:
    case ALOUD_PLAYER_SLOWER:
        if (!change_rate(p, c.cmd == ALOUD_PLAYER_FASTER ? ALOUD_PLAYER_RATE_STEP
                                                         : -ALOUD_PLAYER_RATE_STEP))
            return false;
        *ev = make_event(p, ALOUD_PLAYER_EVENT_RATE);
        return true;
    case ALOUD_PLAYER_QUIT:
        al_audio_flush(p->audio);
        p->finished = true;
        p->result = 1;
        *ev = make_event(p, ALOUD_PLAYER_EVENT_QUIT);
        return true;
    case ALOUD_PLAYER_NEXT_SENTENCE: seek_sentence(p, false); return false;
    case ALOUD_PLAYER_PREV_SENTENCE: seek_sentence(p, true); return false;
    case ALOUD_PLAYER_FORWARD: seek_time(p, false, c.arg); return false;
    case ALOUD_PLAYER_BACK: seek_time(p, true, c.arg); return false;
    case ALOUD_PLAYER_TOGGLE_MUTE:
    case ALOUD_PLAYER_LOUDER:
    case ALOUD_PLAYER_QUIETER:
        if (!change_volume(p, c.cmd == ALOUD_PLAYER_TOGGLE_MUTE ? 0
                              : c.cmd == ALOUD_PLAYER_LOUDER ? ALOUD_PLAYER_VOLUME_STEP
                                                             : -ALOUD_PLAYER_VOLUME_STEP))
            return false;
        *ev = make_event(p, ALOUD_PLAYER_EVENT_VOLUME);
        return true;
    }
    return false;
}

/* ---- playback thread ---- */

static void emit(aloud_player *p, const aloud_player_event *ev)
{
    if (!p->on_event)
        return;
    pthread_mutex_unlock(&p->lock);
    p->on_event(ev, p->data);
    pthread_mutex_lock(&p->lock);
}

/* The event due before the first sample of chunk C, if any: the start of
 * a section, a paragraph or a sentence, told once per unit; after a jump,
 * where it landed. */
static bool arrival_event(aloud_player *p, const chunk *c, aloud_player_event *ev)
{
    const al_play_unit *u = &p->units[c->unit];
    bool new_section = !p->told_any || u->section != p->told_section;
    bool new_paragraph = new_section || u->paragraph != p->told_paragraph;
    aloud_player_event_type type;

    if (!p->announce && p->told_any && c->unit == p->told_unit)
        return false;     /* a later chunk of the unit being heard */
    if (new_section || (p->announce && section_start(p, c->unit) == c->unit))
        type = ALOUD_PLAYER_EVENT_SECTION;
    else if (new_paragraph || (p->announce && al_player_paragraph_start(p, c->unit) == c->unit))
        type = ALOUD_PLAYER_EVENT_PARAGRAPH;
    else
        type = ALOUD_PLAYER_EVENT_SENTENCE;
    p->cur_unit = c->unit;
    p->announce = false;
    if (type == ALOUD_PLAYER_EVENT_SECTION)
        p->section_played = 0;
    if (type != ALOUD_PLAYER_EVENT_SENTENCE)
        p->paragraph_played = 0;
    p->told_any = true;
    p->told_section = u->section;
    p->told_paragraph = u->paragraph;
    p->told_unit = c->unit;
    *ev = make_event(p, type);
    return true;
}

/* Copy N samples of PCM to OUT at the playback volume. */
static void apply_volume(const aloud_player *p, int16_t *out, const int16_t *pcm, size_t n)
{
    int volume = p->muted ? 0 : p->volume;

    for (size_t i = 0; i < n; i++) {
        int v = pcm[i] * volume / 100;

        out[i] = (int16_t)(v > INT16_MAX ? INT16_MAX : v < INT16_MIN ? INT16_MIN : v);
    }
}

/* Play one slice of the next chunk. */
static void play_slice(aloud_player *p)
{
    chunk *c = p->play;
    size_t n = c->count - c->pos, taken = 0;
    aloud_player_event ev;
    const int16_t *pcm;
    int16_t scaled[SLICE_SAMPLES];
    int err;

    if (n > SLICE_SAMPLES)
        n = SLICE_SAMPLES;
    if (c->pos == 0 && arrival_event(p, c, &ev)) {
        emit(p, &ev);
        return;   /* commands may have come in meanwhile: look again */
    }
    pcm = c->pcm + c->pos;
    if (p->muted || p->volume != 100) {
        apply_volume(p, scaled, pcm, n);
        pcm = scaled;
    }
    pthread_mutex_unlock(&p->lock);
    err = al_audio_write(p->audio, pcm, n, &taken);
    pthread_mutex_lock(&p->lock);
    if (err < 0) {
        synth_failed(p, err);
        return;
    }
    if (p->play != c)       /* a command dropped or rewound the queue */
        return;
    c->pos += taken;
    p->section_played += taken;
    p->paragraph_played += taken;
    if (c->unit != p->clock_unit) {
        p->clock_unit = c->unit;
        p->unit_played = 0;
    }
    p->unit_played += taken;
    p->played_since += taken;
    p->pending_at_write = al_audio_pending(p->audio);
    p->write_time = mono_seconds();
    if (c->pos == c->count) {
        p->play = c->next;
        trim_history(p);
    }
    pthread_cond_signal(&p->wake_synth);
}

/* The article has been played to the end. */
static void play_end(aloud_player *p)
{
    aloud_player_event ev;

    pthread_mutex_unlock(&p->lock);
    al_audio_drain(p->audio);
    pthread_mutex_lock(&p->lock);
    if (p->finished || p->cmd_count > 0 || p->play || p->synth_unit < p->unit_count)
        return;   /* a command came in while draining */
    p->finished = true;
    p->result = 1;
    ev = make_event(p, ALOUD_PLAYER_EVENT_END);
    emit(p, &ev);
}

void *al_player_play_main(void *arg)
{
    aloud_player *p = arg;
    aloud_player_event ev;

    pthread_mutex_lock(&p->lock);
    while (!p->finished && !p->stopping) {
        if (p->cmd_count > 0) {
            pending_command c = p->commands[p->cmd_head];

            p->cmd_head = (p->cmd_head + 1) % MAX_COMMANDS;
            p->cmd_count--;
            if (run_command(p, c, &ev))
                emit(p, &ev);
        } else if (p->paused) {
            pthread_cond_wait(&p->wake_play, &p->lock);
        } else if (p->play) {
            play_slice(p);
        } else if (p->synth_unit >= p->unit_count && !p->synth_busy) {
            play_end(p);
        } else {
            pthread_cond_wait(&p->wake_play, &p->lock);
        }
    }
    p->finished = true;
    p->stopping = true;
    pthread_cond_broadcast(&p->wake_synth);
    pthread_cond_broadcast(&p->done_cond);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}
