/*
 * error.c - error codes and the per-thread last error message.
 *
 * Like libgit2's git_error_last(): the failing function records a code and
 * a one-line message naming the input and the cause; callers propagate the
 * code unchanged and the CLI prints the message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static _Thread_local int last_code;
static _Thread_local char last_message[1024];

int al_error_set(int code, const char *fmt, ...)
{
    va_list ap;
    char raw[sizeof(last_message)];
    char *clean;

    va_start(ap, fmt);
    vsnprintf(raw, sizeof(raw), fmt, ap);
    va_end(ap);

    /* Messages often quote page or network data: never let a control
     * character or escape sequence through to a terminal. */
    clean = al_text_sanitize(raw);
    snprintf(last_message, sizeof(last_message), "%s", clean ? clean : raw);
    free(clean);
    last_code = code;
    return code;
}

int al_error_oom(void)
{
    last_code = ALOUD_ERROR;
    snprintf(last_message, sizeof(last_message), "out of memory");
    return ALOUD_ERROR;
}

void al_error_clear(void)
{
    last_code = ALOUD_OK;
    last_message[0] = '\0';
}

const char *aloud_error_message(void)
{
    if (last_message[0])
        return last_message;
    return aloud_strerror(last_code);
}

int aloud_error_last(void)
{
    return last_code;
}

const char *aloud_strerror(int error)
{
    switch (error) {
    case ALOUD_OK:           return "success";
    case ALOUD_ERROR:        return "internal error";
    case ALOUD_EINVAL:       return "invalid argument";
    case ALOUD_EFILE:        return "cannot read file";
    case ALOUD_EURL:         return "unsupported or malformed URL";
    case ALOUD_EHOST:        return "unknown host";
    case ALOUD_ECONNECT:     return "connection failed";
    case ALOUD_ETIMEOUT:     return "timed out";
    case ALOUD_EHTTP:        return "HTTP error";
    case ALOUD_ENETWORK:     return "network error";
    case ALOUD_ETOOLARGE:    return "input too large";
    case ALOUD_ENOTHTML:     return "not an HTML page";
    case ALOUD_ECHARSET:     return "unsupported character set";
    case ALOUD_ENOARTICLE:   return "no readable article";
    case ALOUD_EVOICE:       return "no such voice";
    case ALOUD_ESYNTH:       return "speech synthesis failed";
    case ALOUD_EAUDIO:       return "no usable audio device";
    case ALOUD_EWRITE:       return "cannot write output";
    case ALOUD_EINTERRUPTED: return "interrupted";
    case ALOUD_ENOSECTION:   return "no such section";
    default:                 return "unknown error";
    }
}

const char *aloud_version(void)
{
    return ALOUD_VERSION;
}

void aloud_free(void *ptr)
{
    free(ptr);
}
