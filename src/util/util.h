/*
 * util.h - small shared helpers for libaloud's modules (private).
 *
 * Naming: public functions are aloud_*, functions shared between library
 * files are al_*, everything else is static.
 */
#ifndef ALOUD_UTIL_H
#define ALOUD_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>   /* ssize_t */

#include "aloud.h"

/* ---- error.c: the thread's last error ---- */

/** Record an error (code and printf-style message) and return the code. */
int al_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** Record an out-of-memory error and return ALOUD_ERROR. */
int al_error_oom(void);
/** Clear the thread's error. */
void al_error_clear(void);

/**
 * At the entry of a public function taking an options struct: return
 * ALOUD_EINVAL, with a message naming the function and the struct, when
 * OPTS is not NULL and its `version` is not one this library knows (1 to
 * MAX, the struct's ALOUD_*_OPTIONS_VERSION). It catches a struct left
 * uninitialised and a program built against other headers (libgit2's
 * GIT_ERROR_CHECK_VERSION). When a struct grows, MAX goes up and the
 * library reads the new fields only when opts->version says they exist.
 */
#define AL_CHECK_VERSION(opts, max)                                                       \
    do {                                                                                  \
        if ((opts) && ((opts)->version < 1 || (opts)->version > (max)))                   \
            return al_error_set(ALOUD_EINVAL,                                             \
                                "%s: unknown options version %u (libaloud " ALOUD_VERSION \
                                " knows 1 to %u, " #max "): initialise the options with"  \
                                " their _INIT macro, and build against this library's"    \
                                " headers",                                               \
                                __func__, (unsigned)(opts)->version, (unsigned)(max));    \
    } while (0)

/* ---- io.c: whole writes and reads on a pipe or a socket ---- */

/* Write all LEN bytes to FD (a socket when IS_SOCKET: no SIGPIPE); 0, or -1
 * with errno set. */
int al_fd_write_all(int fd, const void *data, size_t len, bool is_socket);
/* Read LEN bytes from FD: the bytes read (fewer only at end of file), or
 * -1 on error. */
ssize_t al_fd_read_all(int fd, void *data, size_t len);
/* Move LEN bytes from IN to the file OUT inside the kernel: IN is a pipe
 * when IN_OFF is NULL (splice), else a file read from *IN_OFF
 * (copy_file_range); OUT is written at *OUT_OFF (NULL: at its file
 * position). The offsets advance. Returns the bytes moved (fewer only at
 * IN's end), AL_FD_CANNOT_MOVE when the kernel cannot move between these
 * two (nothing was moved: read and write instead), or -1 with errno set. */
#define AL_FD_CANNOT_MOVE (-2)
ssize_t al_fd_move(int in, off_t *in_off, int out, off_t *out_off, size_t len);

/* ---- buf.c: growable byte buffers ---- */

typedef struct {
    char *data;    /* always NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    bool failed;   /* an allocation failed; later appends are no-ops */
} al_buf;

#define AL_BUF_INIT { NULL, 0, 0, false }

bool al_buf_grow(al_buf *b, size_t extra);
void al_buf_put(al_buf *b, const char *s, size_t n);
void al_buf_puts(al_buf *b, const char *s);
void al_buf_putc(al_buf *b, char c);
void al_buf_printf(al_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** Take the buffer's string (never NULL unless allocation failed); resets b. */
char *al_buf_detach(al_buf *b);
void al_buf_free(al_buf *b);

/* ---- text.c: UTF-8 text helpers ---- */

/**
 * Append S to B with white space collapsed to single spaces (U+00A0 and
 * other Unicode spaces count as white space), control characters (C0, DEL,
 * C1) and escape sequences removed, invalid UTF-8 replaced by U+FFFD.
 * `*pending_space` carries a space between calls; pass NULL to not care.
 */
void al_text_append_normalized(al_buf *b, const char *s, size_t n, bool *pending_space);
/** A newly allocated normalised copy of S, trimmed; NULL on OOM. */
char *al_text_normalize(const char *s);
/** Strip control characters and escape sequences from S into a new string. */
char *al_text_sanitize(const char *s);
/** Count words (runs of letters/digits) in UTF-8 text. */
size_t al_text_words(const char *s);
/** The length of S before the ellipsis ("..." or "\u2026") that ends it,
 *  trailing spaces and newlines aside; 0 when none ends it. */
size_t al_text_before_ellipsis(const char *s);
/** Words as a line's length: al_text_words with each ideograph counted as
 *  half a word (a Chinese or Japanese word is about two characters), so a
 *  limit in words fits lines in every script. */
size_t al_text_line_words(const char *s);
/** A document title with the separators written without spaces spaced as
 *  the spaced ones are: a bar glued to its words ("Story|Site",
 *  "記事｜サイト") becomes " | ", a dash between two ideographs ("标题-网站")
 *  " - ". A new string; NULL on OOM. */
char *al_title_spaced(const char *s);
/** A lower-cased copy of S (ASCII, Latin, Greek, Cyrillic); NULL on OOM. */
char *al_text_fold(const char *s);
/** S reduced to its lower-cased words separated by single spaces. */
char *al_text_key(const char *s);
/**
 * Remove, in place, what an HTML parser would turn into U+FFFD and what must
 * never reach a terminal: terminal escape sequences (ESC and C1 CSI/OSC, as
 * whole sequences), C0 controls other than tab, newline, CR and form feed,
 * DEL, and C1 controls. Returns the new length (S stays NUL-terminated).
 */
size_t al_text_strip_controls(char *s, size_t len);
/** Cut trailing permalink marks (¶ § # and the link emoji) from a heading, in place. */
void al_text_trim_marks(char *s);
/** Does V (a class list, a URL; NULL is none) have a part, split at the
 * bytes of SEPS, that is one of WORDS (NULL-terminated, any case)? */
bool al_value_has_part(const char *v, const char *seps, const char *const *words);
/** Case-insensitive (ASCII + Latin-1 letters folded) substring search. */
const char *al_text_casestr(const char *hay, const char *needle);
/** Does KEY (an al_text_key()) hold WORDS (a key too) as whole words, not
 *  inside a longer word ("apa" is not in "kapazitat")? False for "". */
bool al_key_has_words(const char *key, const char *words);
/** Does KEY (an al_text_key()) hold, whole, one word of NAME's key of
 *  MIN_BYTES or more: a person's first name or surname said again? */
bool al_key_names(const char *key, const char *name, size_t min_bytes);
/** Compare two strings ignoring case, punctuation and white space. */
bool al_text_same_words(const char *a, const char *b);
/** Decode one UTF-8 code point at S (length N); returns its length, 0 at end. Invalid -> U+FFFD, length 1. */
size_t al_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/** Encode CP as UTF-8 into OUT (at least 4 bytes); returns the length. */
size_t al_utf8_encode(uint32_t cp, char *out);
/** Lower-case one code point: ASCII, Latin-1, Latin Extended-A, Greek and
 *  Cyrillic (what al_text_fold folds). */
uint32_t al_utf8_fold_cp(uint32_t c);
/** The number of code points in UTF-8 string S. */
unsigned al_utf8_chars(const char *s);
/** True when S (length N) is valid UTF-8. */
bool al_utf8_valid(const char *s, size_t n);

char *al_strdup(const char *s);
char *al_strndup(const char *s, size_t n);

#endif /* ALOUD_UTIL_H */
