/*
 * cover.c - an export's cover art: the image a page names (og:image),
 * downloaded as the page was.
 *
 * The URL comes from an untrusted page, so it gets no more than the page
 * did: http and https only (also after redirects), the caller's timeout
 * and size cap, at most 10 redirects (fetch.c). The server's Content-Type
 * is not trusted either: only bytes that FFmpeg tells as a JPEG or a PNG,
 * with a size and pixel format, are given back (src/export/image.c), which
 * is what every container's cover accepts. FFmpeg is loaded here for it:
 * --cover only serves the formats FFmpeg encodes, and an image the
 * encoder could not describe would otherwise fail the whole export where
 * this gives one warning and a file without a cover.
 */
#include <stdlib.h>
#include <string.h>

#include "fetch.h"
#include "image.h"

int aloud_image_fetch(unsigned char **out, size_t *len, const char *url,
                      const aloud_load_options *opts)
{
    aloud_load_options defaults = ALOUD_LOAD_OPTIONS_INIT;
    al_fetched f = { 0 };
    al_image_info info;
    int err;

    if (!out || !len || !url || !*url)
        return al_error_set(ALOUD_EINVAL, "no image URL given");
    *out = NULL;
    *len = 0;
    AL_CHECK_VERSION(opts, ALOUD_LOAD_OPTIONS_VERSION);
    al_error_clear();
    if ((err = al_fetch_url_any(&f, url, opts ? opts : &defaults)) < 0)
        return err;
    if ((err = al_image_probe(&info, f.data, f.len)) < 0) {
        al_fetched_free(&f);
        return err == ALOUD_EINVAL ? al_error_set(ALOUD_EINVAL, "%s: not a JPEG or PNG image", url)
                                   : err;
    }
    *len = f.len;
    *out = (unsigned char *)f.data;
    f.data = NULL;
    al_fetched_free(&f);
    return ALOUD_OK;
}
