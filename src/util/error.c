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

/* Fit S into MAX - 1 bytes by cutting its middle ("start...end"): a source
 * can be 100 KB long, and the cause comes at the end of the message. */
static void shorten(char *s, size_t max)
{
    size_t n = strlen(s), head = max / 3, tail = max - head - 4;

    if (n < max)
        return;
    while (head > 0 && ((unsigned char)s[head] & 0xC0) == 0x80)
        head--;                              /* do not split a character */
    while (tail > 0 && ((unsigned char)s[n - tail] & 0xC0) == 0x80)
        tail--;
    memcpy(s + head, "...", 3);
    memmove(s + head + 3, s + n - tail, tail + 1);
}

int al_error_set(int code, const char *fmt, ...)
{
    va_list ap;
    char small[sizeof(last_message)], *raw = small;
    char *clean;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof(small) && (raw = malloc((size_t)n + 1)) != NULL) {
        va_start(ap, fmt);
        vsnprintf(raw, (size_t)n + 1, fmt, ap);
        va_end(ap);
    } else if (!raw) {
        raw = small;                         /* out of memory: the start only */
    }

    /* Messages often quote page or network data: never let a control
     * character or escape sequence through to a terminal. */
    clean = al_text_sanitize(raw);
    if (clean)
        shorten(clean, sizeof(last_message));
    snprintf(last_message, sizeof(last_message), "%s", clean ? clean : raw);
    free(clean);
    if (raw != small)
        free(raw);
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
    case ALOUD_EFEED:        return "a feed, not an article";
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
