/*
 * cover.c - an export's cover art: the image a page names (og:image),
 * downloaded as the page was.
 *
 * The URL comes from an untrusted page, so it gets no more than the page
 * did: http and https only (also after redirects), the caller's timeout
 * and size cap, at most 10 redirects (fetch.c). The server's Content-Type
 * is not trusted either: only bytes that begin as a JPEG or a PNG do (an
 * error page served as image/jpeg does not). Whether FFmpeg can describe
 * the whole image is the export stage's to tell (aloud_cover_check(),
 * src/export/image.c): the article stage does not load FFmpeg.
 */
#include <stdlib.h>
#include <string.h>

#include "fetch.h"

/* PNG's signature, or JPEG's start of image and a marker. */
static bool looks_like_image(const unsigned char *p, size_t len)
{
    static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    static const unsigned char jpeg[3] = { 0xff, 0xd8, 0xff };

    return (len > sizeof(png) && memcmp(p, png, sizeof(png)) == 0) ||
           (len > sizeof(jpeg) && memcmp(p, jpeg, sizeof(jpeg)) == 0);
}

int aloud_image_fetch(unsigned char **out, size_t *len, const char *url,
                      const aloud_load_options *opts)
{
    aloud_load_options defaults = ALOUD_LOAD_OPTIONS_INIT;
    al_fetched f = { 0 };
    int err;

    if (!out || !len || !url || !*url)
        return al_error_set(ALOUD_EINVAL, "no image URL given");
    *out = NULL;
    *len = 0;
    AL_CHECK_VERSION(opts, ALOUD_LOAD_OPTIONS_VERSION);
    al_error_clear();
    if ((err = al_fetch_url_any(&f, url, opts ? opts : &defaults)) < 0)
        return err;
    if (!looks_like_image((const unsigned char *)f.data, f.len)) {
        al_fetched_free(&f);
        return al_error_set(ALOUD_EINVAL, "%s: not a JPEG or PNG image", url);
    }
    *len = f.len;
    *out = (unsigned char *)f.data;
    f.data = NULL;
    al_fetched_free(&f);
    return ALOUD_OK;
}
