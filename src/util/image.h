/*
 * image.h - tell a JPEG or PNG image by its first bytes, with its size
 * (private; for an export's cover art).
 */
#ifndef ALOUD_IMAGE_H
#define ALOUD_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { AL_IMAGE_JPEG = 1, AL_IMAGE_PNG } al_image_kind;

typedef struct {
    al_image_kind kind;
    const char *mime;       /* "image/jpeg", "image/png" */
    unsigned int width, height;
    unsigned int depth;     /* bits per pixel */
} al_image_info;

/**
 * True when DATA (LEN bytes) starts as a JPEG (SOI, then segments up to a
 * frame header giving its size) or a PNG (signature, then IHDR) of a
 * nonzero size; OUT is then filled in. The Content-Type a server gives is
 * not looked at: the bytes decide. Reads nothing past LEN.
 */
bool al_image_probe(al_image_info *out, const void *data, size_t len);

#endif /* ALOUD_IMAGE_H */
