/*
 * decode.h - sniff and convert a page's bytes to UTF-8 with iconv (private).
 */
#ifndef ALOUD_DECODE_H
#define ALOUD_DECODE_H

#include "util.h"

/**
 * Refuse bytes that are clearly not an HTML page (PNG, JPEG, GIF, PDF,
 * gzip, zip... by their magic numbers, or NUL-heavy binary), and empty
 * input. NAME is used in the message. Returns ALOUD_OK or ALOUD_ENOTHTML.
 */
int al_decode_sniff(const char *data, size_t len, const char *name);

/**
 * Convert DATA to UTF-8. The charset comes from, in order: a BOM, CHARSET
 * (the transport's, e.g. HTTP Content-Type), <meta charset> or
 * <meta http-equiv="Content-Type"> in the first 1024 bytes
 * (as browsers do), else UTF-8 when the bytes are valid UTF-8, else
 * windows-1252. Labels are mapped as the WHATWG Encoding standard does
 * (latin1/iso-8859-1/ascii -> windows-1252, ...). Invalid bytes become
 * U+FFFD. NUL bytes are dropped.
 *
 * @param out      receives the UTF-8 text, NUL-terminated; caller frees
 * @param out_len  receives its length
 * @return ALOUD_OK, ALOUD_ECHARSET (unknown label that iconv cannot open,
 *         message names it), ALOUD_ERROR
 */
int al_decode_to_utf8(char **out, size_t *out_len, const char *data, size_t len,
                      const char *charset, const char *name);

#endif /* ALOUD_DECODE_H */
