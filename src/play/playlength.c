/*
 * playlength.c - how long each unit lasts, for the player's clock.
 *
 * The status line's total and the position a jump lands on are sums of
 * unit lengths. A unit's length is exact once it has been synthesised, for
 * playback or to be measured: whenever half the queue is ready, the
 * synthesis thread synthesises the next unit it does not know into the
 * void, only to count its samples (espeak-ng runs some 500 times faster
 * than real time, so a whole article is measured within a second or two
 * of the start). Until then a unit is estimated from its words, at the
 * pace measured so far. After a rate change the units still to be heard
 * are measured again; meanwhile their old length is scaled to the new
 * rate.
 *
 * Everything here runs with the player's lock held; the measuring itself
 * is the synthesis thread's (playengine.c).
 */
#include "player.h"

/* ---- lengths (lock held) ---- */

double al_player_samples_per_word(const aloud_player *p)
{
    double weighted = 0, words = 0;

    for (size_t u = 0; u < p->unit_count; u++)
        if (p->unit_rate[u]) {
            weighted += (double)p->unit_samples[u] * p->unit_rate[u];
            words += (double)p->units[u].words + 0.5;
        }
    if (words < 20)   /* too little measured: espeak-ng keeps close to the rate */
        return 60.0 * AL_AUDIO_RATE / p->rate;
    return weighted / words / p->rate;
}

double al_player_unit_length(const aloud_player *p, size_t u, double spw)
{
    if (p->unit_rate[u] == 0)
        return ((double)p->units[u].words + 0.5) * spw;
    if (u > p->cur_unit && p->unit_rate[u] != p->rate)
        return (double)p->unit_samples[u] * p->unit_rate[u] / p->rate;
    return (double)p->unit_samples[u];
}

uint64_t al_player_offset(const aloud_player *p, size_t u)
{
    double spw = al_player_samples_per_word(p), sum = 0;

    for (size_t i = 0; i < u && i < p->unit_count; i++)
        sum += al_player_unit_length(p, i, spw);
    return (uint64_t)sum;
}

/* ---- what to measure ---- */

/* Unit U's length is unknown, or was measured at another rate and is
 * still to be heard. */
static bool needs_measure(const aloud_player *p, size_t u)
{
    return p->unit_rate[u] == 0 || (u > p->cur_unit && p->unit_rate[u] != p->rate);
}

size_t al_player_next_to_measure(aloud_player *p)
{
    while (p->measure_unit < p->unit_count && !needs_measure(p, p->measure_unit))
        p->measure_unit++;
    return p->measure_unit;
}
