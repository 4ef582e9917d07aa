/*
 * image.c - JPEG and PNG told by their bytes, with width and height.
 *
 * PNG: the 8-byte signature, then the IHDR chunk (always first) holds
 * width, height, bit depth and colour type. JPEG: FF D8 (start of image),
 * then marker segments, each FF xx and a 2-byte length, up to a start of
 * frame (SOF0-SOF15 but DHT C4, JPG C8, DAC CC) holding precision,
 * height, width and components; start of scan before it is not an image
 * we can describe. Every read is checked against the length: the bytes
 * come from a web server.
 */
#include <string.h>

#include "image.h"

static unsigned int be16(const unsigned char *p)
{
    return (unsigned int)p[0] << 8 | p[1];
}

static unsigned int be32(const unsigned char *p)
{
    return (unsigned int)p[0] << 24 | (unsigned int)p[1] << 16 | (unsigned int)p[2] << 8 | p[3];
}

static bool probe_png(al_image_info *out, const unsigned char *p, size_t len)
{
    static const unsigned char signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    static const unsigned char channels[7] = { 1, 0, 3, 1, 2, 0, 4 };  /* by colour type */

    if (len < 8 + 8 + 13 || memcmp(p, signature, 8) != 0 || memcmp(p + 12, "IHDR", 4) != 0 ||
        be32(p + 8) != 13)
        return false;
    out->width = be32(p + 16);
    out->height = be32(p + 20);
    if (p[25] > 6 || !channels[p[25]] || !p[24] || p[24] > 16)
        return false;
    out->depth = (unsigned int)p[24] * channels[p[25]];
    out->kind = AL_IMAGE_PNG;
    out->mime = "image/png";
    return out->width > 0 && out->height > 0 && out->width < 1u << 31 && out->height < 1u << 31;
}

static bool is_frame_header(unsigned char m)
{
    return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc;
}

static bool probe_jpeg(al_image_info *out, const unsigned char *p, size_t len)
{
    size_t at = 2;

    if (len < 4 || p[0] != 0xff || p[1] != 0xd8 || p[2] != 0xff)
        return false;
    while (at + 4 <= len) {
        unsigned char m;
        size_t seg;

        if (p[at] != 0xff)
            return false;
        while (at < len && p[at] == 0xff)   /* fill bytes */
            at++;
        if (at >= len)
            return false;
        m = p[at++];
        if (m == 0x01 || (m >= 0xd0 && m <= 0xd8))   /* no length */
            continue;
        if (m == 0xda || m == 0xd9 || at + 2 > len)   /* scan or end before a frame */
            return false;
        seg = be16(p + at);
        if (seg < 2 || seg > len - at)
            return false;
        if (is_frame_header(m)) {
            if (seg < 8)
                return false;
            out->height = be16(p + at + 3);
            out->width = be16(p + at + 5);
            out->depth = (unsigned int)p[at + 2] * p[at + 7];
            out->kind = AL_IMAGE_JPEG;
            out->mime = "image/jpeg";
            return out->width > 0 && out->height > 0 && out->depth > 0;
        }
        at += seg;
    }
    return false;
}

bool al_image_probe(al_image_info *out, const void *data, size_t len)
{
    memset(out, 0, sizeof(*out));
    if (!data)
        return false;
    return probe_png(out, data, len) || probe_jpeg(out, data, len);
}
