/*
 * fetch.c - get a page's bytes from an http(s) URL, a file, or stdin.
 *
 * URLs go through libcurl with a deliberately narrow setup: http and https
 * only (also for redirects, so a page cannot bounce us to file:// or
 * gopher://), at most 10 redirects, a connect and a total timeout plus a
 * low-speed limit (a server that sends headers and then stalls times out
 * too), compressed transfer, and no signals (we may run in a thread).
 *
 * The size cap is checked twice: CURLOPT_MAXFILESIZE_LARGE refuses a
 * declared Content-Length past it before the body arrives, and the write
 * callback counts the *decompressed* bytes, which is what stops a gzip
 * bomb. The write callback also looks at the status and the Content-Type
 * as soon as the body starts, so a 404 page or a 500 MB PDF is abandoned at
 * its first bytes instead of being downloaded and thrown away.
 *
 * Files are read with read(2) up to the cap, never whole first: a 50 MB
 * file (or /dev/zero) fails after at most max_size bytes.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <curl/curl.h>

#include "fetch.h"

#define FETCH_MAX_REDIRECTS 10L
#define FETCH_DEFAULT_TIMEOUT 30L
#define FETCH_DEFAULT_MAX_SIZE ((size_t)20 << 20)
#define FETCH_USER_AGENT "aloud/" ALOUD_VERSION " (+https://github.com/aloud/aloud)"

/* Why the write callback stopped a transfer. */
typedef enum {
    STOP_NONE = 0,
    STOP_TOO_LARGE,
    STOP_HTTP_STATUS,
    STOP_NOT_HTML,
    STOP_OOM
} stop_reason;

typedef struct {
    CURL *curl;
    al_buf body;
    size_t max_size;
    bool checked;          /* the final response's status/type were checked */
    bool any_type;         /* any Content-Type (an image): the caller checks the bytes */
    stop_reason stop;
    long status;
    char media_type[128];  /* the refused Content-Type, for the message */
} fetch_ctx;

/* ------------------------------------------------------------------------ */
/* Small helpers                                                             */
/* ------------------------------------------------------------------------ */

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_result = CURLE_FAILED_INIT;

static void curl_init(void)
{
    curl_init_result = curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* "20 MiB", "512 KiB" or "1000 bytes": the cap as the user would write it. */
static void format_size(char *out, size_t cap, size_t n)
{
    if (n >= ((size_t)1 << 20) && n % ((size_t)1 << 20) == 0)
        snprintf(out, cap, "%zu MiB", n >> 20);
    else if (n >= 1024 && n % 1024 == 0)
        snprintf(out, cap, "%zu KiB", n >> 10);
    else
        snprintf(out, cap, "%zu-byte", n);
}

static int too_large(const char *name, size_t max_size)
{
    char size[32];

    format_size(size, sizeof(size), max_size);
    return al_error_set(ALOUD_ETOOLARGE, "%s: larger than the %s limit (--max-size)", name, size);
}

static const char *status_reason(long status)
{
    switch (status) {
    case 300: return "Multiple Choices";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default:  return NULL;
    }
}

/* True for a Content-Type we can read: missing, HTML, XHTML, any text type
 * (text/plain is often HTML served wrongly; sniffing decides later), or
 * XML, which may be a feed (feed.c tells). */
static bool media_type_ok(const char *content_type, char *media, size_t cap)
{
    size_t n = 0;
    const char *p = content_type;

    media[0] = '\0';
    if (!p)
        return true;
    while (*p == ' ' || *p == '\t')
        p++;
    while (p[n] && p[n] != ';' && p[n] != ' ' && p[n] != '\t' && n + 1 < cap) {
        media[n] = (char)tolower((unsigned char)p[n]);
        n++;
    }
    media[n] = '\0';
    return n == 0 || strncmp(media, "text/", 5) == 0 ||
           strcmp(media, "application/xhtml+xml") == 0 || strcmp(media, "application/xml") == 0 ||
           strcmp(media, "application/rss+xml") == 0 || strcmp(media, "application/atom+xml") == 0 ||
           strcmp(media, "application/rdf+xml") == 0;
}

/* The scheme of URL lower-cased into OUT ("" when there is none). */
static void url_scheme(const char *url, char *out, size_t cap)
{
    size_t n = 0;

    while (url[n] && url[n] != ':' && n + 1 < cap) {
        out[n] = (char)tolower((unsigned char)url[n]);
        n++;
    }
    out[n] = '\0';
    if (url[n] != ':')
        out[0] = '\0';
}

bool al_fetch_is_url(const char *source)
{
    const char *p = source;

    if (!p || !isalpha((unsigned char)*p))
        return false;
    while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
    return strncmp(p, "://", 3) == 0;
}

void al_fetched_free(al_fetched *f)
{
    if (!f)
        return;
    free(f->data);
    free(f->content_type);
    free(f->content_language);
    free(f->url);
    free(f->etag);
    free(f->last_modified);
    memset(f, 0, sizeof(*f));
}

/* ------------------------------------------------------------------------ */
/* URLs                                                                     */
/* ------------------------------------------------------------------------ */

/* Look at the response whose body is arriving: refuse error statuses and
 * non-HTML types before downloading them. Returns false to stop. */
static bool check_response(fetch_ctx *ctx)
{
    char *type = NULL;

    ctx->checked = true;
    curl_easy_getinfo(ctx->curl, CURLINFO_RESPONSE_CODE, &ctx->status);
    if (ctx->status >= 400) {
        ctx->stop = STOP_HTTP_STATUS;
        return false;
    }
    curl_easy_getinfo(ctx->curl, CURLINFO_CONTENT_TYPE, &type);
    if (!ctx->any_type && !media_type_ok(type, ctx->media_type, sizeof(ctx->media_type))) {
        ctx->stop = STOP_NOT_HTML;
        return false;
    }
    return true;
}

static size_t write_body(char *data, size_t size, size_t nmemb, void *userp)
{
    fetch_ctx *ctx = userp;
    size_t n = size * nmemb;

    if (!ctx->checked && !check_response(ctx))
        return 0;
    if (ctx->status >= 300)
        return n;  /* the body of a redirect: not the page */
    if (n > ctx->max_size - ctx->body.len) {
        ctx->stop = STOP_TOO_LARGE;
        return 0;
    }
    al_buf_put(&ctx->body, data, n);
    if (ctx->body.failed) {
        ctx->stop = STOP_OOM;
        return 0;
    }
    return n;
}

/* A new response starts (e.g. after a redirect): check it afresh. */
static size_t header_line(char *data, size_t size, size_t nmemb, void *userp)
{
    fetch_ctx *ctx = userp;
    size_t n = size * nmemb;

    if (n >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        ctx->checked = false;
        ctx->body.len = 0;
    }
    return n;
}

static int setup_curl(CURL *curl, fetch_ctx *ctx, const char *url,
                      const aloud_load_options *opts, char *errbuf)
{
    long timeout = opts && opts->timeout > 0 ? opts->timeout : FETCH_DEFAULT_TIMEOUT;
    const char *agent = opts && opts->user_agent ? opts->user_agent : FETCH_USER_AGENT;
    CURLcode rc = CURLE_OK;

    /* Each call's result is folded into rc: any failure is a setup bug or
     * an out-of-memory condition. */
    rc |= curl_easy_setopt(curl, CURLOPT_URL, url);
    rc |= curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    rc |= curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    rc |= curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    rc |= curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    rc |= curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    rc |= curl_easy_setopt(curl, CURLOPT_MAXREDIRS, FETCH_MAX_REDIRECTS);
    rc |= curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout);
    rc |= curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
    rc |= curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    rc |= curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, timeout);
    rc |= curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    rc |= curl_easy_setopt(curl, CURLOPT_USERAGENT, agent);
    rc |= curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)ctx->max_size);
    rc |= curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_body);
    rc |= curl_easy_setopt(curl, CURLOPT_WRITEDATA, ctx);
    rc |= curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, header_line);
    rc |= curl_easy_setopt(curl, CURLOPT_HEADERDATA, ctx);
    if (rc != CURLE_OK)
        return al_error_set(ALOUD_ERROR, "%s: cannot set up the transfer", url);
    return ALOUD_OK;
}

/* The host of the URL actually requested (after redirects), for messages. */
static void effective_host(CURL *curl, const char *url, char *out, size_t cap)
{
    char *eff = NULL, *host = NULL;
    CURLU *u = curl_url();

    curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &eff);
    snprintf(out, cap, "?");
    if (u && curl_url_set(u, CURLUPART_URL, eff ? eff : url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK)
        snprintf(out, cap, "%s", host);
    curl_free(host);
    curl_url_cleanup(u);
}

/* Turn the outcome of a stopped write callback into an error. */
static int stop_error(const fetch_ctx *ctx, const char *url)
{
    const char *reason;

    switch (ctx->stop) {
    case STOP_TOO_LARGE:
        return too_large(url, ctx->max_size);
    case STOP_HTTP_STATUS:
        reason = status_reason(ctx->status);
        return al_error_set(ALOUD_EHTTP, "%s: HTTP status %ld%s%s", url, ctx->status,
                            reason ? " " : "", reason ? reason : "");
    case STOP_NOT_HTML:
        return al_error_set(ALOUD_ENOTHTML, "%s: not an HTML page (content type %s)",
                            url, ctx->media_type);
    case STOP_OOM:
    default:
        return al_error_oom();
    }
}

/* Map a libcurl failure to an aloud error with a one-line message. */
static int curl_error(CURL *curl, CURLcode rc, const char *url, const char *errbuf,
                      const aloud_load_options *opts)
{
    long timeout = opts && opts->timeout > 0 ? opts->timeout : FETCH_DEFAULT_TIMEOUT;
    long os_errno = 0;
    char host[256];

    effective_host(curl, url, host, sizeof(host));
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return al_error_set(ALOUD_EHOST, "%s: unknown host '%s'", url, host);
    case CURLE_COULDNT_CONNECT:
        curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno);
        if (os_errno == ECONNREFUSED)
            return al_error_set(ALOUD_ECONNECT, "%s: connection refused by '%s'", url, host);
        return al_error_set(ALOUD_ECONNECT, "%s: cannot connect to '%s' (%s)", url, host,
                            os_errno ? strerror((int)os_errno) : errbuf);
    case CURLE_OPERATION_TIMEDOUT:
        return al_error_set(ALOUD_ETIMEOUT, "%s: no answer within %ld s (--timeout)", url,
                            timeout);
    case CURLE_TOO_MANY_REDIRECTS:
        return al_error_set(ALOUD_ENETWORK, "%s: too many redirects (more than %ld)", url,
                            FETCH_MAX_REDIRECTS);
    case CURLE_FILESIZE_EXCEEDED:
        return too_large(url, opts && opts->max_size ? opts->max_size : FETCH_DEFAULT_MAX_SIZE);
    case CURLE_UNSUPPORTED_PROTOCOL:
        return al_error_set(ALOUD_EURL, "%s: redirected to an unsupported scheme (only http and https)",
                            url);
    case CURLE_URL_MALFORMAT:
        return al_error_set(ALOUD_EURL, "%s: malformed URL", url);
    case CURLE_OUT_OF_MEMORY:
        return al_error_oom();
    default:
        return al_error_set(ALOUD_ENETWORK, "%s: %s", url,
                            errbuf[0] ? errbuf : curl_easy_strerror(rc));
    }
}

/* Move the transfer's results into OUT. */
static int collect(al_fetched *out, fetch_ctx *ctx)
{
    char *type = NULL, *eff = NULL;
    struct curl_header *lang = NULL, *etag = NULL, *modified = NULL;

    if (curl_easy_header(ctx->curl, "ETag", 0, CURLH_HEADER, -1, &etag) == CURLHE_OK &&
        etag->value && !(out->etag = al_strdup(etag->value)))
        return al_error_oom();
    if (curl_easy_header(ctx->curl, "Last-Modified", 0, CURLH_HEADER, -1, &modified) ==
        CURLHE_OK && modified->value && !(out->last_modified = al_strdup(modified->value)))
        return al_error_oom();
    curl_easy_getinfo(ctx->curl, CURLINFO_CONTENT_TYPE, &type);
    curl_easy_getinfo(ctx->curl, CURLINFO_EFFECTIVE_URL, &eff);
    if (curl_easy_header(ctx->curl, "Content-Language", 0, CURLH_HEADER, -1, &lang) != CURLHE_OK)
        lang = NULL;
    out->len = ctx->body.len;
    out->data = al_buf_detach(&ctx->body);
    out->content_type = type ? al_strdup(type) : NULL;
    out->content_language = lang && lang->value ? al_strdup(lang->value) : NULL;
    out->url = eff ? al_strdup(eff) : NULL;
    if (!out->data || (type && !out->content_type) || (eff && !out->url) ||
        (lang && lang->value && !out->content_language))
        return al_error_oom();
    return ALOUD_OK;
}

int al_fetch_source(al_fetched *out, const char *source, const aloud_load_options *opts)
{
    if (al_fetch_is_url(source))
        return al_fetch_url(out, source, opts);
    return al_fetch_file(out, source, opts->max_size ? opts->max_size : FETCH_DEFAULT_MAX_SIZE);
}

int al_fetch_url(al_fetched *out, const char *url, const aloud_load_options *opts)
{
    return al_fetch_url_if(out, url, opts, NULL, NULL);
}

/* "Name: value" of a request header, or NULL when VALUE is NULL or holds a
 * line break (validators come from our own cache, but never split a line). */
static struct curl_slist *add_header(struct curl_slist *list, const char *name,
                                     const char *value, bool *failed)
{
    char line[1024];
    struct curl_slist *l;

    if (!value || strpbrk(value, "\r\n") || strlen(value) > 900)
        return list;
    snprintf(line, sizeof(line), "%s: %s", name, value);
    if (!(l = curl_slist_append(list, line)))
        *failed = true;
    return l ? l : list;
}

static int fetch(al_fetched *out, const char *url, const aloud_load_options *opts,
                 const char *etag, const char *last_modified, bool any_type)
{
    fetch_ctx ctx = { NULL, AL_BUF_INIT, 0, false, any_type, STOP_NONE, 0, "" };
    struct curl_slist *headers = NULL;
    bool failed = false;
    char errbuf[CURL_ERROR_SIZE] = "";
    char scheme[32];
    CURLcode rc;
    int err;

    memset(out, 0, sizeof(*out));
    url_scheme(url, scheme, sizeof(scheme));
    if (!al_fetch_is_url(url)) {
        err = al_error_set(ALOUD_EURL, "%s: not a URL (expected http:// or https://)", url);
        goto cleanup;
    }
    if (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0) {
        err = al_error_set(ALOUD_EURL, "%s: unsupported scheme '%s' (only http and https)",
                           url, scheme);
        goto cleanup;
    }
    pthread_once(&curl_once, curl_init);
    ctx.max_size = opts && opts->max_size ? opts->max_size : FETCH_DEFAULT_MAX_SIZE;
    if (curl_init_result != CURLE_OK || !(ctx.curl = curl_easy_init())) {
        err = al_error_set(ALOUD_ERROR, "%s: cannot initialise libcurl", url);
        goto cleanup;
    }
    if ((err = setup_curl(ctx.curl, &ctx, url, opts, errbuf)) < 0)
        goto cleanup;
    headers = add_header(headers, "If-None-Match", etag, &failed);
    headers = add_header(headers, "If-Modified-Since", last_modified, &failed);
    if (failed || (headers && curl_easy_setopt(ctx.curl, CURLOPT_HTTPHEADER, headers) != CURLE_OK)) {
        err = al_error_oom();
        goto cleanup;
    }
    rc = curl_easy_perform(ctx.curl);
    if (rc == CURLE_OK && !ctx.checked)
        check_response(&ctx);  /* an empty body never reached write_body */
    if (ctx.stop != STOP_NONE) {
        err = stop_error(&ctx, url);
        goto cleanup;
    }
    if (rc != CURLE_OK) {
        err = curl_error(ctx.curl, rc, url, errbuf, opts);
        goto cleanup;
    }
    if (ctx.status == 304 && headers) {   /* not modified: the caller has it */
        out->not_modified = true;
        err = collect(out, &ctx);
        goto cleanup;
    }
    if (ctx.status >= 300) {  /* a redirect without a Location */
        ctx.stop = STOP_HTTP_STATUS;
        err = stop_error(&ctx, url);
        goto cleanup;
    }
    err = collect(out, &ctx);

cleanup:
    if (err < 0)
        al_fetched_free(out);
    al_buf_free(&ctx.body);
    if (ctx.curl)
        curl_easy_cleanup(ctx.curl);
    curl_slist_free_all(headers);
    return err;
}

int al_fetch_url_if(al_fetched *out, const char *url, const aloud_load_options *opts,
                    const char *etag, const char *last_modified)
{
    return fetch(out, url, opts, etag, last_modified, false);
}

int al_fetch_url_any(al_fetched *out, const char *url, const aloud_load_options *opts)
{
    return fetch(out, url, opts, NULL, NULL, true);
}

/* ------------------------------------------------------------------------ */
/* Files and standard input                                                 */
/* ------------------------------------------------------------------------ */

/* Read FD to its end, at most MAX_SIZE bytes. */
static int read_capped(al_buf *b, int fd, const char *name, size_t max_size)
{
    ssize_t got;
    size_t want, room;

    for (;;) {
        if (!al_buf_grow(b, 65536))
            return al_error_oom();
        b->data[b->len] = '\0';
        want = b->cap - b->len - 1;
        room = max_size - b->len;
        if (room < want)
            want = room + 1;  /* one byte past the cap tells */
        got = read(fd, b->data + b->len, want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return al_error_set(ALOUD_EFILE, "%s: %s", name, strerror(errno));
        if (got == 0)
            break;
        b->len += (size_t)got;
        b->data[b->len] = '\0';
        if (b->len > max_size)
            return too_large(name, max_size);
    }
    return ALOUD_OK;
}

int al_fetch_file(al_fetched *out, const char *path, size_t max_size)
{
    bool is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;  /* as article.c names it */
    al_buf b = AL_BUF_INIT;
    struct stat st;
    int fd = -1, err;

    memset(out, 0, sizeof(*out));
    if (max_size == 0)
        max_size = FETCH_DEFAULT_MAX_SIZE;
    fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        err = al_error_set(ALOUD_EFILE, "%s: %s", name, strerror(errno));
        goto cleanup;
    }
    if (fstat(fd, &st) < 0) {
        err = al_error_set(ALOUD_EFILE, "%s: %s", name, strerror(errno));
        goto cleanup;
    }
    if (S_ISDIR(st.st_mode)) {
        err = al_error_set(ALOUD_EFILE, "%s: is a directory", name);
        goto cleanup;
    }
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > (unsigned long long)max_size) {
        err = too_large(name, max_size);
        goto cleanup;
    }
    if ((err = read_capped(&b, fd, name, max_size)) < 0)
        goto cleanup;
    out->len = b.len;
    if (!(out->data = al_buf_detach(&b)))
        err = al_error_oom();

cleanup:
    if (fd >= 0 && !is_stdin)
        close(fd);
    al_buf_free(&b);
    return err;
}
