/*
 * aloud/common.h - errors, version and memory for libaloud.
 * Include <aloud.h> rather than this file.
 *
 * ABI: libaloud 0.x makes no ABI promise between minor versions (the
 * soname is libaloud.so.0; pkg-config and find_package(aloud) accept only
 * the same 0.MINOR). Rebuild against the new headers when it changes.
 * Yes/no fields of public structs are `bool` (<stdbool.h>). Three were
 * `int` in earlier 0.1 snapshots (aloud_speech_options.intro and .only,
 * aloud_voice_info.fallback): the layout of those structs changed with them.
 */
#ifndef ALOUD_COMMON_H
#define ALOUD_COMMON_H

#include <stddef.h>

#include "aloud/version.h" /* ALOUD_VERSION, ALOUD_VERSION_NUM... (generated) */

#ifdef __cplusplus
extern "C" {
#endif

#if defined(ALOUD_STATIC)
#define ALOUD_EXPORT
#elif defined(__GNUC__)
#define ALOUD_EXPORT __attribute__((visibility("default")))
#else
#define ALOUD_EXPORT
#endif

/**
 * Error codes. Every failing call returns one of these (negative) and leaves a
 * one-line description for aloud_error_message(). The CLI maps each code to
 * its own exit status (see aloud(1)).
 */
typedef enum {
    ALOUD_OK = 0,
    ALOUD_ERROR = -1,          /* internal error or out of memory */
    ALOUD_EINVAL = -2,         /* invalid argument or option value */
    ALOUD_EFILE = -3,          /* cannot read the input file */
    ALOUD_EURL = -4,           /* malformed URL or scheme other than http(s) */
    ALOUD_EHOST = -5,          /* unknown host */
    ALOUD_ECONNECT = -6,       /* connection refused or failed */
    ALOUD_ETIMEOUT = -7,       /* connect or transfer timed out */
    ALOUD_EHTTP = -8,          /* HTTP error status (4xx, 5xx) */
    ALOUD_ENETWORK = -9,       /* other transfer failure (TLS, too many redirects...) */
    ALOUD_ETOOLARGE = -10,     /* input exceeds the size cap */
    ALOUD_ENOTHTML = -11,      /* the input is not an HTML page */
    ALOUD_ECHARSET = -12,      /* unsupported character set */
    ALOUD_ENOARTICLE = -13,    /* no readable article in the page */
    ALOUD_EVOICE = -14,        /* no such voice or voice profile */
    ALOUD_ESYNTH = -15,        /* the speech synthesiser failed */
    ALOUD_EAUDIO = -16,        /* no usable audio device */
    ALOUD_EWRITE = -17,        /* cannot write the output */
    ALOUD_EINTERRUPTED = -18,  /* stopped by a signal or by the caller */
    ALOUD_ENOSECTION = -19,    /* no section matches the one asked for */
    ALOUD_EFEED = -20          /* the source is a news feed (RSS, Atom), not one article */
} aloud_error;

/**
 * The version of the library running, e.g. "0.1.0"; compare it with
 * ALOUD_VERSION, the version of the headers a program was built with.
 */
ALOUD_EXPORT const char *aloud_version(void);

/** A short, static description of an error code ("unknown host"). */
ALOUD_EXPORT const char *aloud_strerror(int error);

/**
 * The message of the last failure on this thread: one line naming the
 * input and the cause, e.g. "https://x.example/: HTTP status 404 Not Found".
 * Borrowed; valid until the next libaloud call on this thread. Never NULL.
 */
ALOUD_EXPORT const char *aloud_error_message(void);

/** The last error code set on this thread (ALOUD_OK when none). */
ALOUD_EXPORT int aloud_error_last(void);

/** Free memory that libaloud returned through an output parameter. */
ALOUD_EXPORT void aloud_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif /* ALOUD_COMMON_H */
