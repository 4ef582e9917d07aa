/*
 * audio.h - sound sinks for live playback (private).
 *
 * A sink takes 16-bit mono PCM at AL_AUDIO_RATE. Two kinds:
 *   - a pcaudiolib device (PulseAudio / PipeWire's pulse server, then ALSA),
 *     chosen by name or the system default when the name is NULL;
 *   - "null", aloud's own silent device, which consumes audio at real-time
 *     pace so that timing, keys and events behave as with a sound card.
 *
 * All calls on one sink must come from one thread (the player's playback
 * thread); only al_audio_interrupt() may be called from another.
 */
#ifndef ALOUD_AUDIO_H
#define ALOUD_AUDIO_H

#include <stddef.h>
#include <stdint.h>

#define AL_AUDIO_RATE 22050

typedef struct al_audio al_audio;

/**
 * Open a sink. DEVICE is NULL or "" for the default sound device, "null"
 * for the silent real-time device, or a pcaudiolib/ALSA/pulse device name.
 * NAME names the stream in the sound server (the article's title; NULL:
 * "article"). Returns ALOUD_OK or ALOUD_EAUDIO (message says what to do
 * instead).
 */
int al_audio_open(al_audio **out, const char *device, const char *name);

/**
 * Play COUNT samples. Blocks while the device buffer is full, so playback
 * paces the caller. The null device returns early when interrupted; the
 * number of samples it took is stored in *taken (always COUNT for real
 * devices). Returns ALOUD_OK or ALOUD_EAUDIO.
 */
int al_audio_write(al_audio *a, const int16_t *pcm, size_t count, size_t *taken);

/** Discard what the device holds but has not played yet (skip, pause). */
void al_audio_flush(al_audio *a);

/** Wait until everything written has been played (end of article). */
void al_audio_drain(al_audio *a);

/**
 * Ask a blocked al_audio_write() on the null device to return as soon as
 * possible (a command is waiting). Safe from any thread; a no-op for real
 * devices, whose writes block for at most one buffer.
 */
void al_audio_interrupt(al_audio *a);

/**
 * Samples written but probably not heard yet (the device's buffer), as
 * best the sink can tell.
 */
size_t al_audio_pending(const al_audio *a);

/** Close and free. Accepts NULL. */
void al_audio_close(al_audio *a);

#endif /* ALOUD_AUDIO_H */
