/*
 * fetch.h - get a page's bytes from a URL (libcurl), a file, or stdin (private).
 */
#ifndef ALOUD_FETCH_H
#define ALOUD_FETCH_H

#include "util.h"

/** What a fetch brought back. Free with al_fetched_free(). */
typedef struct {
    char *data;              /* the body, NUL-terminated (len excludes the NUL) */
    size_t len;
    char *content_type;      /* e.g. "text/html; charset=iso-8859-1", or NULL */
    char *content_language;  /* Content-Language header, or NULL */
    char *url;               /* final URL after redirects (URL sources only) */
    char *etag;              /* ETag header, or NULL */
    char *last_modified;     /* Last-Modified header, or NULL */
    bool not_modified;       /* 304 to a conditional request: no body */
} al_fetched;

/** True when SOURCE looks like a URL (has a scheme "xxx://"). */
bool al_fetch_is_url(const char *source);

/**
 * Download URL with libcurl: http and https only, at most 10 redirects,
 * connect and total timeouts, compressed transfer, opts->max_size enforced
 * while downloading and after decompression. Error codes: ALOUD_EURL,
 * EHOST, ECONNECT, ETIMEOUT, EHTTP, ENETWORK, ETOOLARGE, ENOTHTML (a
 * Content-Type that is not HTML or XHTML; text/plain with HTML inside is
 * let through to sniffing).
 */
int al_fetch_url(al_fetched *out, const char *url, const aloud_load_options *opts);

/** SOURCE's bytes: al_fetch_url() for a URL, else al_fetch_file() (a
 *  path, or "-" for stdin) with OPTS's size cap. OPTS must not be NULL. */
int al_fetch_source(al_fetched *out, const char *source, const aloud_load_options *opts);

/** al_fetch_url() asking only for a change: with If-None-Match: ETAG and
 *  If-Modified-Since: LAST_MODIFIED (either may be NULL); a 304 answer
 *  sets out->not_modified and brings no body. */
int al_fetch_url_if(al_fetched *out, const char *url, const aloud_load_options *opts,
                    const char *etag, const char *last_modified);

/** al_fetch_url() with any Content-Type (for an image: the caller tells
 *  its kind by the bytes); never ALOUD_ENOTHTML. */
int al_fetch_url_any(al_fetched *out, const char *url, const aloud_load_options *opts);

/** Read PATH ("-" for stdin), at most MAX_SIZE bytes (ALOUD_ETOOLARGE past it; ALOUD_EFILE on failure). */
int al_fetch_file(al_fetched *out, const char *path, size_t max_size);

void al_fetched_free(al_fetched *f);

#endif /* ALOUD_FETCH_H */
