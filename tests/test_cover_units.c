/*
 * test_cover_units.c - cover art below the CLI: JPEG and PNG told by their
 * bytes (al_image_probe(), on every truncation of a good header, so that
 * ASan sees any read past the end), the page's image URL and where it may
 * point (aloud_article_image()), and the API's refusals (a cover that is
 * no image, an image URL that is not http(s)). Offline.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "util.h"

static int failures, checks;

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

/* A 3x2 8-bit RGB PNG's signature and IHDR (the rest is not read). */
static const unsigned char png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0, 0x12, 0x34, 0x56, 0x78,
};

/* SOI, an APP0 (JFIF) segment, a DQT-like segment, then SOF0: 8-bit,
 * height 480, width 640, 3 components. */
static const unsigned char jpeg[] = {
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    0xff, 0xdb, 0x00, 0x04, 0x00, 0x01,
    0xff, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03,
    1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
};

static void test_probe(void)
{
    al_image_info info;
    unsigned char bad[sizeof(jpeg)];

    CHECK(al_image_probe(&info, png, sizeof(png)) && info.kind == AL_IMAGE_PNG &&
          info.width == 3 && info.height == 2 && info.depth == 24 &&
          strcmp(info.mime, "image/png") == 0);
    CHECK(al_image_probe(&info, jpeg, sizeof(jpeg)) && info.kind == AL_IMAGE_JPEG &&
          info.width == 640 && info.height == 480 && info.depth == 24 &&
          strcmp(info.mime, "image/jpeg") == 0);
    /* every truncation, each in a buffer of its exact size */
    for (size_t n = 0; n < sizeof(png) - 4; n++) {
        unsigned char *p = malloc(n ? n : 1);
        memcpy(p, png, n);
        CHECK(!al_image_probe(&info, p, n));
        free(p);
    }
    for (size_t n = 0; n < 37; n++) {     /* 37: the frame header's end */
        unsigned char *p = malloc(n ? n : 1);
        memcpy(p, jpeg, n);
        CHECK(!al_image_probe(&info, p, n));
        free(p);
    }
    /* a segment length past the end; a scan before any frame; zero size */
    memcpy(bad, jpeg, sizeof(jpeg));
    bad[4] = 0xff;
    CHECK(!al_image_probe(&info, bad, sizeof(bad)));
    memcpy(bad, jpeg, sizeof(jpeg));
    bad[21] = 0xda;
    CHECK(!al_image_probe(&info, bad, sizeof(bad)));
    memcpy(bad, jpeg, sizeof(jpeg));
    bad[32] = 0;
    bad[33] = 0;   /* height 0 */
    CHECK(!al_image_probe(&info, bad, sizeof(bad)));
    /* GIF, HTML, nothing */
    CHECK(!al_image_probe(&info, "GIF89a\1\0\1\0\0\0\0;", 13));
    CHECK(!al_image_probe(&info, "<!doctype html><p>x</p>", 23));
    CHECK(!al_image_probe(&info, NULL, 0));
}

static const char *image_of(const char *head, const char *url, aloud_article **keep)
{
    char page[2048];

    snprintf(page, sizeof(page),
             "<!doctype html><html lang=en><head><title>Grafting</title>%s</head><body>"
             "<article><h1>Grafting an old apple tree</h1><p>The old tree by the gate has "
             "given sour apples for thirty years, so this spring we grafted three scions of "
             "a sweeter variety onto its strongest branches and waited to see them take.</p>"
             "<p>By June two of the three had leafed out, and the third was still green "
             "under its bark, which is a good sign for next year.</p></article></body></html>",
             head);
    *keep = NULL;
    if (aloud_article_from_html(keep, page, strlen(page), NULL, url) != ALOUD_OK)
        return "(load failed)";
    return aloud_article_image(*keep);
}

static void test_page_image(void)
{
    aloud_article *a;
    const char *img;

    img = image_of("<meta property=\"og:image\" content=\"/i/c.jpg\">", "https://x.example/a/b",
                   &a);
    CHECK(img && strcmp(img, "https://x.example/i/c.jpg") == 0);
    aloud_article_free(a);
    /* a page with no web address: relative, file: and a path give nothing */
    CHECK(image_of("<meta property=\"og:image\" content=\"c.jpg\">", NULL, &a) == NULL);
    aloud_article_free(a);
    CHECK(image_of("<meta property=\"og:image\" content=\"file:///etc/passwd\">", NULL, &a) ==
          NULL);
    aloud_article_free(a);
    CHECK(image_of("<meta property=\"og:image\" content=\"/etc/passwd\">", "/tmp/page.html",
                   &a) == NULL);
    aloud_article_free(a);
    /* ... but an absolute http(s) URL is the page's picture */
    img = image_of("<meta property=\"og:image\" content=\"http://cdn.example/c.png\">", NULL, &a);
    CHECK(img && strcmp(img, "http://cdn.example/c.png") == 0);
    aloud_article_free(a);
    /* a web page naming file: or another scheme gets nothing either */
    CHECK(image_of("<meta property=\"og:image\" content=\"file:///etc/passwd\">",
                   "https://x.example/", &a) == NULL);
    aloud_article_free(a);
    CHECK(image_of("<meta property=\"og:image\" content=\"ftp://x.example/c.png\">"
                   "<meta name=\"twitter:image\" content=\"https://x.example/t.png\">",
                   "https://x.example/", &a) != NULL &&
          strcmp(aloud_article_image(a), "https://x.example/t.png") == 0);
    aloud_article_free(a);
    CHECK(image_of("", "https://x.example/", &a) == NULL);
    aloud_article_free(a);
}

static void test_api_refusals(void)
{
    unsigned char *out = (unsigned char *)"x";
    size_t len = 1;
    aloud_article *a;
    aloud_export_options ex = ALOUD_EXPORT_OPTIONS_INIT;
    static const unsigned char html[] = "<!doctype html><p>no picture</p>";

    CHECK(aloud_image_fetch(&out, &len, "file:///etc/passwd", NULL) == ALOUD_EURL && !out &&
          len == 0);
    CHECK(aloud_image_fetch(&out, &len, "/etc/passwd", NULL) == ALOUD_EURL && !out);
    CHECK(aloud_image_fetch(&out, &len, "", NULL) == ALOUD_EINVAL);
    image_of("", "https://x.example/", &a);
    ex.wav_path = "/nonexistent-dir/x.mp3";
    ex.cover = html;
    ex.cover_size = sizeof(html) - 1;
    CHECK(aloud_export(NULL, a, NULL, &ex) == ALOUD_EINVAL &&
          strstr(aloud_error_message(), "JPEG or PNG"));
    aloud_article_free(a);
    aloud_speech_shutdown();
}

int main(void)
{
    test_probe();
    test_page_image();
    test_api_refusals();
    printf("%d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
