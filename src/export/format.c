/*
 * format.c - audio formats by name and by file extension (public API).
 */
#include <string.h>
#include <strings.h>

#include "util.h"

static const struct {
    const char *name;
    aloud_audio_format format;
} formats[] = {
    { "wav", ALOUD_FORMAT_WAV },
    { "mp3", ALOUD_FORMAT_MP3 },
    { "opus", ALOUD_FORMAT_OPUS },
    { "m4b", ALOUD_FORMAT_M4B },
    { "m4a", ALOUD_FORMAT_M4B },
    { "flac", ALOUD_FORMAT_FLAC },
};

#define KNOWN "wav, mp3, opus, m4b, m4a, flac"

static bool by_name(aloud_audio_format *out, const char *name)
{
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        if (strcasecmp(name, formats[i].name) == 0) {
            *out = formats[i].format;
            return true;
        }
    }
    return false;
}

int aloud_audio_format_resolve(aloud_audio_format *out, const char *path, const char *name)
{
    bool to_stdout = path && strcmp(path, "-") == 0;
    const char *base, *dot;

    *out = ALOUD_FORMAT_WAV;
    if (name) {
        if (!by_name(out, name))
            return al_error_set(ALOUD_EINVAL, "unknown audio format '%s' (formats: " KNOWN ")",
                                name);
    } else if (path && !to_stdout) {
        base = strrchr(path, '/');
        base = base ? base + 1 : path;
        dot = strrchr(base, '.');
        if (dot && dot != base && !by_name(out, dot + 1))
            return al_error_set(ALOUD_EINVAL, "%s: unknown audio file extension '%s' (formats: "
                                KNOWN ")", path, dot);
    }
    if (to_stdout && *out == ALOUD_FORMAT_M4B)
        return al_error_set(ALOUD_EINVAL, "an MP4 file (m4b, m4a) cannot be streamed to standard "
                                          "output (its index is written at the end); use mp3, "
                                          "opus or wav, or write to a file");
    return ALOUD_OK;
}

const char *aloud_audio_format_extension(aloud_audio_format format)
{
    switch (format) {
    case ALOUD_FORMAT_WAV: return "wav";
    case ALOUD_FORMAT_MP3: return "mp3";
    case ALOUD_FORMAT_OPUS: return "opus";
    case ALOUD_FORMAT_M4B: return "m4b";
    case ALOUD_FORMAT_FLAC: return "flac";
    default: return "";
    }
}
