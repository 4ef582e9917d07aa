/*
 * image.h - a JPEG or PNG image told and described by FFmpeg, for an
 * export's cover art (private).
 */
#ifndef ALOUD_IMAGE_H
#define ALOUD_IMAGE_H

#include <stddef.h>

typedef enum { AL_IMAGE_JPEG = 1, AL_IMAGE_PNG } al_image_kind;

typedef struct {
    al_image_kind kind;
    const char *mime;       /* "image/jpeg", "image/png" */
    unsigned int width, height;
    unsigned int depth;     /* bits per pixel: the sum of its components' depths */
} al_image_info;

/**
 * Fill OUT when DATA (LEN bytes) is a JPEG or a PNG that FFmpeg's png_pipe
 * or jpeg_pipe demuxer takes and whose size and pixel format its decoder
 * tells; the Content-Type a server gave is not looked at: the bytes
 * decide. Loads FFmpeg's libraries (al_libav_load()) on the first call.
 * Returns ALOUD_OK, ALOUD_EINVAL (error set: "not a JPEG or PNG image")
 * or al_libav_load()'s error. Reads nothing past LEN.
 */
int al_image_probe(al_image_info *out, const void *data, size_t len);

#endif /* ALOUD_IMAGE_H */
