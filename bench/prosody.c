/*
 * prosody.c - the pauses and pitch of a speech WAV, for bench/pauses.py.
 *
 *     prosody FILE.wav [MIN_GAP_MS]
 *
 * Prints one line per pause of at least MIN_GAP_MS (default 120) of
 * silence, and one per stretch of speech between pauses:
 *
 *     gap START_MS LENGTH_MS
 *     speech START_MS LENGTH_MS MEDIAN_F0_HZ FINAL_F0_HZ
 *
 * Silence: 10 ms frames whose RMS is under 1 % of full scale (espeak-ng
 * writes true digital silence for breaks and near-silence between
 * clauses). F0: the autocorrelation peak between 60 and 400 Hz of each
 * 40 ms voiced frame (a peak of at least 0.5 of the zero-lag energy);
 * MEDIAN_F0 is over the stretch, FINAL_F0 over its last 200 ms of voiced
 * frames (0 when none), which shows whether a sentence falls at its end.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sndfile.h>

#define FRAME_MS 10
#define F0_WINDOW_MS 40
#define SILENCE_RMS 0.01
#define F0_MIN 60.0
#define F0_MAX 400.0
#define FINAL_MS 200

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof(*v), cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* F0 of the window at S (N samples) at RATE, 0 when unvoiced. */
static double frame_f0(const float *s, size_t n, int rate)
{
    size_t lo = (size_t)(rate / F0_MAX), hi = (size_t)(rate / F0_MIN), best_lag = 0;
    double e0 = 0, best = 0;

    for (size_t i = 0; i < n; i++)
        e0 += (double)s[i] * s[i];
    if (e0 <= 0 || hi >= n)
        return 0;
    for (size_t lag = lo; lag <= hi; lag++) {
        double r = 0;
        for (size_t i = 0; i + lag < n; i++)
            r += (double)s[i] * s[i + lag];
        r /= e0 * (double)(n - lag) / n;
        if (r > best) {
            best = r;
            best_lag = lag;
        }
    }
    return best >= 0.5 && best_lag ? (double)rate / best_lag : 0;
}

static void report_speech(const float *s, int rate, size_t from, size_t to)
{
    size_t win = (size_t)rate * F0_WINDOW_MS / 1000, step = (size_t)rate * FRAME_MS / 1000;
    size_t cap = (to - from) / step + 1, n = 0, nfinal = 0;
    double *f0 = malloc(cap * sizeof(*f0)), *final = malloc(cap * sizeof(*final));
    double *pos = malloc(cap * sizeof(*pos));

    if (!f0 || !final || !pos)
        exit(1);
    for (size_t i = from; i + win <= to; i += step) {
        double f = frame_f0(s + i, win, rate);
        if (f > 0) {
            pos[n] = (double)i;
            f0[n++] = f;
        }
    }
    for (size_t i = 0; i < n; i++)
        if ((double)to - pos[i] <= (double)rate * FINAL_MS / 1000 + win)
            final[nfinal++] = f0[i];
    printf("speech %zu %zu %.1f %.1f\n", from * 1000 / rate, (to - from) * 1000 / rate,
           median(f0, n), median(final, nfinal));
    free(f0);
    free(final);
    free(pos);
}

int main(int argc, char **argv)
{
    SF_INFO info;
    SNDFILE *f;
    float *s;
    size_t frames, step, run_start = 0, speech_start = 0;
    int min_gap = argc > 2 ? atoi(argv[2]) : 120;
    bool in_gap = false;

    if (argc < 2) {
        fprintf(stderr, "usage: prosody FILE.wav [MIN_GAP_MS]\n");
        return 2;
    }
    memset(&info, 0, sizeof(info));
    if (!(f = sf_open(argv[1], SFM_READ, &info)) || info.channels != 1) {
        fprintf(stderr, "prosody: %s: cannot read a mono sound file\n", argv[1]);
        return 1;
    }
    frames = (size_t)info.frames;
    if (!(s = malloc(frames * sizeof(*s))) || sf_readf_float(f, s, (sf_count_t)frames) != (sf_count_t)frames)
        return 1;
    sf_close(f);
    step = (size_t)info.samplerate * FRAME_MS / 1000;
    for (size_t i = 0; i + step <= frames + step; i += step) {
        double e = 0;
        size_t n = i + step <= frames ? step : frames - i;
        bool silent;

        for (size_t j = 0; j < n; j++)
            e += (double)s[i + j] * s[i + j];
        silent = n == 0 || sqrt(e / n) < SILENCE_RMS;
        if (silent && !in_gap) {
            in_gap = true;
            run_start = i;
        } else if ((!silent || n < step) && in_gap) {
            size_t len = (i - run_start) * 1000 / (size_t)info.samplerate;
            in_gap = false;
            if (len >= (size_t)min_gap) {
                if (run_start > speech_start)
                    report_speech(s, info.samplerate, speech_start, run_start);
                printf("gap %zu %zu\n", run_start * 1000 / (size_t)info.samplerate, len);
                speech_start = i;
            }
        }
        if (n < step)
            break;
    }
    if (frames > speech_start && !in_gap)
        report_speech(s, info.samplerate, speech_start, frames);
    free(s);
    return 0;
}
