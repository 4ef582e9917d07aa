/*
 * aloud/article.h - from a page to a clean, sectioned article.
 * Include <aloud.h> rather than this file.
 *
 * Pipeline: fetch (URL, file, stdin) -> decode (charset to UTF-8) -> parse
 * (gumbo) -> extract (the article's blocks, without page chrome) -> outline
 * (sections at headings). The result is an immutable aloud_article.
 */
#ifndef ALOUD_ARTICLE_H
#define ALOUD_ARTICLE_H

#include <stddef.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An extracted article: metadata and sections. Opaque; immutable. */
typedef struct aloud_article aloud_article;

/** What a block of text is; the speech layer reads each kind differently. */
typedef enum {
    ALOUD_BLOCK_PARAGRAPH = 0,
    ALOUD_BLOCK_LIST_ITEM,
    ALOUD_BLOCK_QUOTE,       /* a paragraph of a block quote */
    ALOUD_BLOCK_CAPTION,     /* a figure or table caption */
    ALOUD_BLOCK_TABLE_ROW,   /* cells joined by " | " */
    ALOUD_BLOCK_CODE,        /* preformatted text */
    ALOUD_BLOCK_TABLE_HEADER /* a table's header row: its column names, joined by " | " */
} aloud_block_kind;

/** A passage of a block in another language than the block's ("He said
 *  <q lang="fr">je ne regrette rien du tout</q>"). Borrowed. */
typedef struct {
    size_t start;            /* byte offset in the block's text */
    size_t length;           /* its length in bytes */
    const char *lang;        /* its BCP 47 tag ("fr") */
} aloud_span;

/**
 * One unit of text in a section. Borrowed from its article.
 *
 * Since 0.1 (no ABI promise before 1.0) a block also says what a listener
 * needs to hear its structure: the number of an ordered list's item and
 * the language of a passage marked in another language than the page's.
 */
typedef struct {
    aloud_block_kind kind;
    const char *text;        /* UTF-8, white space normalised, no control chars */
    const char *lang;        /* BCP 47 tag when the block is in another language than the article ("fr"), else NULL */
    unsigned number;         /* the number of an ordered list's item (<ol start>, <li value> count), else 0 */
    const aloud_span *spans; /* passages of four words or more in another language, in order */
    size_t span_count;
} aloud_block;

/** A section: an optional heading and the blocks under it. */
typedef struct {
    const char *heading;     /* NULL for the untitled lead */
    int level;               /* 1 for the lead, 2 for h2 (and h1 inside the body), 3 for h3... */
    size_t block_count;
    const aloud_block *blocks;
} aloud_section;

#define ALOUD_LOAD_OPTIONS_VERSION 2

/** Options for aloud_article_load(). Initialise with ALOUD_LOAD_OPTIONS_INIT. */
typedef struct {
    unsigned int version;
    long timeout;            /* seconds, for connect and the whole transfer; default 30 */
    size_t max_size;         /* bytes, before and after decompression; default 20 MiB */
    const char *user_agent;  /* NULL for "aloud/VERSION (+https://...)" */
    /* version 2 */
    /** aloud_feed_load(): a folder (created when missing) where the last
     *  copy of each feed URL is kept with its ETag and Last-Modified, so
     *  that the next load asks the server only for a change (HTTP
     *  conditional request) and reads the copy on 304. NULL: no cache. */
    const char *feed_cache_dir;
} aloud_load_options;

#define ALOUD_LOAD_OPTIONS_INIT { ALOUD_LOAD_OPTIONS_VERSION, 30, (size_t)20 << 20, NULL, NULL }

/**
 * Load an article from SOURCE: an http or https URL, a file path, or "-" for
 * standard input.
 *
 * @param out     receives the article; free it with aloud_article_free()
 * @param source  URL, path or "-"
 * @param opts    options, or NULL for the defaults
 * @return ALOUD_OK, or a negative aloud_error (message in aloud_error_message())
 */
ALOUD_EXPORT int aloud_article_load(aloud_article **out, const char *source,
                                    const aloud_load_options *opts);

/**
 * Extract an article from HTML bytes already in memory.
 *
 * @param out       receives the article; free it with aloud_article_free()
 * @param data      the page, in any character set
 * @param len       its length in bytes
 * @param charset   the charset declared by the transport (e.g. from an HTTP
 *                  Content-Type header), or NULL
 * @param url       the page's address, for metadata and messages, or NULL
 * @return ALOUD_OK, ALOUD_ENOTHTML, ALOUD_ECHARSET, ALOUD_ENOARTICLE...
 */
ALOUD_EXPORT int aloud_article_from_html(aloud_article **out, const char *data,
                                         size_t len, const char *charset,
                                         const char *url);

/** Free an article. Accepts NULL. */
ALOUD_EXPORT void aloud_article_free(aloud_article *article);

/* Metadata getters: borrowed strings, NULL when the page does not say. */
ALOUD_EXPORT const char *aloud_article_title(const aloud_article *article);
ALOUD_EXPORT const char *aloud_article_byline(const aloud_article *article);
ALOUD_EXPORT const char *aloud_article_site_name(const aloud_article *article);
/** Publication date, ISO 8601 ("2022-07-08" or "2022-07-08T02:17:46+00:00"). */
ALOUD_EXPORT const char *aloud_article_published(const aloud_article *article);
/** Language tag, e.g. "en", "de-DE": as the page declares it, else guessed
 *  from the text ("zh", "ru", "fr"...), else NULL. */
ALOUD_EXPORT const char *aloud_article_lang(const aloud_article *article);
/** Canonical URL, else the URL it was loaded from. */
ALOUD_EXPORT const char *aloud_article_url(const aloud_article *article);

/**
 * The page's picture, for an export's cover: its og:image (or
 * og:image:secure_url, twitter:image, the JSON-LD article's image),
 * resolved against the page's address. Only an http or https URL is given:
 * for a page read from a file or stdin, a relative path or a file: URL is
 * left out, so that a page cannot make a program read a local file.
 * NULL when the page names none. Fetch it with aloud_image_fetch().
 */
ALOUD_EXPORT const char *aloud_article_image(const aloud_article *article);

/**
 * Download an image for an export's cover (aloud_export_options.cover)
 * with the limits of a page: URL must be http or https (redirects too, at
 * most 10), OPTS's timeout and size cap apply. Only bytes that begin as a
 * JPEG or a PNG are given back, whatever the server's Content-Type says;
 * check the whole image with aloud_cover_check() before the export.
 *
 * @param out   receives the image's bytes; free them with aloud_free()
 * @param len   receives their number
 * @param opts  timeout, size cap and user agent, or NULL for the defaults
 * @return ALOUD_OK; ALOUD_EURL, ALOUD_EHOST, ALOUD_ECONNECT, ALOUD_ETIMEOUT,
 *         ALOUD_EHTTP, ALOUD_ENETWORK, ALOUD_ETOOLARGE as for a page;
 *         ALOUD_EINVAL when the bytes do not begin as a JPEG or PNG image
 */
ALOUD_EXPORT int aloud_image_fetch(unsigned char **out, size_t *len, const char *url,
                                   const aloud_load_options *opts);

/**
 * Remove every caption (ALOUD_BLOCK_CAPTION: a figure's or a table's) from
 * ARTICLE, for listeners who want the text alone. Credits, counters and
 * gallery buttons are never in an article; the informative caption text
 * is, by default, where the picture sits. Sections keep their headings,
 * even one left without a block. Pointers from aloud_article_sections()
 * taken before the call are invalid after it. Accepts NULL.
 */
ALOUD_EXPORT void aloud_article_drop_captions(aloud_article *article);

/**
 * Nonzero when the page is not one article but a front of story cards
 * (a news section, a blog's home page) read as a digest: one section per
 * story, its headline as the heading and its summary as the paragraph.
 */
ALOUD_EXPORT int aloud_article_is_digest(const aloud_article *article);

/**
 * The article's sections in order. The first is the untitled lead (heading
 * NULL, level 1) when the article has text before its first heading.
 *
 * @param count receives the number of sections
 * @return a borrowed array, valid while the article lives
 */
ALOUD_EXPORT const aloud_section *aloud_article_sections(const aloud_article *article,
                                                         size_t *count);

/** Number of words in a section (its heading included). */
ALOUD_EXPORT size_t aloud_section_words(const aloud_section *section);

/**
 * Find a section: SPEC is a 1-based number ("3") or text contained in a
 * heading, compared without regard to case.
 *
 * @return the 0-based index, or ALOUD_ENOSECTION
 */
ALOUD_EXPORT int aloud_article_find_section(const aloud_article *article, const char *spec);

/** Output formats of aloud_render(). */
typedef enum {
    ALOUD_FORMAT_JSON = 0,   /* metadata and sections, see aloud(1) */
    ALOUD_FORMAT_TEXT,       /* title, headings, paragraphs; blank line between */
    ALOUD_FORMAT_SECTIONS,   /* numbered outline with words and listening time */
    ALOUD_FORMAT_HTML        /* the cleaned article as a small HTML document */
} aloud_format;

/** Words per minute used to estimate listening time. */
#define ALOUD_DEFAULT_RATE 175

/**
 * Render an article.
 *
 * @param out  receives a NUL-terminated UTF-8 string; free with aloud_free()
 * @param len  receives its length, or NULL
 * @return ALOUD_OK or ALOUD_ERROR (out of memory)
 */
ALOUD_EXPORT int aloud_render(char **out, size_t *len, const aloud_article *article,
                              aloud_format format);

/**
 * Render COUNT sections of an article from the 0-based FIRST (the title
 * and metadata are kept; a numbered outline keeps the sections' numbers
 * in the whole article). COUNT past the end stops at the last section.
 *
 * @return ALOUD_OK, ALOUD_ENOSECTION (FIRST past the end, or COUNT 0),
 *         ALOUD_ERROR (out of memory)
 */
ALOUD_EXPORT int aloud_render_sections(char **out, size_t *len, const aloud_article *article,
                                       aloud_format format, size_t first, size_t count);

/**
 * The numbered outline (ALOUD_FORMAT_SECTIONS) of COUNT sections from the
 * 0-based FIRST with their listening times taken from SECONDS (one per
 * section of the whole article, e.g. from aloud_speech_durations()), and
 * the total; NULL SECONDS estimates them at ALOUD_DEFAULT_RATE.
 *
 * @return as aloud_render_sections()
 */
ALOUD_EXPORT int aloud_render_outline(char **out, size_t *len, const aloud_article *article,
                                      size_t first, size_t count, const double *seconds);

#ifdef __cplusplus
}
#endif

#endif /* ALOUD_ARTICLE_H */
