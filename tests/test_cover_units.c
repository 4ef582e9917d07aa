/*
 * test_cover_units.c - cover art below the CLI: JPEG and PNG told and
 * described by FFmpeg (al_image_probe(), on every truncation of a small
 * real image, so that ASan sees any read past the end), the page's image
 * URL and where it may point (aloud_article_image()), and the API's
 * refusals (a cover that is no image, an image URL that is not http(s)).
 * Offline.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "util.h"

static int failures, checks;

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

/* A 3x2 8-bit RGB PNG made by ffmpeg (testsrc): IHDR at 8, pHYs at 33,
 * IDAT at 54, IEND at 83. */
static const unsigned char png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
    0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x02,
    0x08, 0x02, 0x00, 0x00, 0x00, 0x12, 0x16, 0xf1, 0x4d, 0x00, 0x00, 0x00,
    0x09, 0x70, 0x48, 0x59, 0x73, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x4f, 0x25, 0xc4, 0xd6, 0x00, 0x00, 0x00, 0x11, 0x49, 0x44,
    0x41, 0x54, 0x78, 0x9c, 0x63, 0x60, 0x60, 0x60, 0xf8, 0x0f, 0xc1, 0xff,
    0x61, 0x4c, 0x00, 0x2a, 0xe9, 0x04, 0xfc, 0xb0, 0xab, 0xd7, 0x30, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

/* A 16x8 4:2:0 JPEG made by ffmpeg (testsrc, -q:v 20): APP0, COM, DQT at
 * 38, DHT at 107, SOF0 at 215 (8-bit, height 8, width 16, 3 components),
 * SOS at 234. */
static const unsigned char jpeg[] = {
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
    0x02, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10,
    0x4c, 0x61, 0x76, 0x63, 0x35, 0x39, 0x2e, 0x33, 0x37, 0x2e, 0x31, 0x30,
    0x30, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x08, 0x28, 0x28, 0x2f, 0x28,
    0x2f, 0x37, 0x37, 0x37, 0x37, 0x37, 0x37, 0x41, 0x3c, 0x41, 0x43, 0x43,
    0x43, 0x41, 0x41, 0x41, 0x41, 0x43, 0x43, 0x43, 0x48, 0x48, 0x48, 0x55,
    0x55, 0x55, 0x48, 0x48, 0x48, 0x43, 0x43, 0x48, 0x48, 0x50, 0x50, 0x55,
    0x55, 0x5c, 0x5f, 0x5c, 0x57, 0x57, 0x55, 0x57, 0x5f, 0x5f, 0x64, 0x64,
    0x64, 0x78, 0x78, 0x73, 0x73, 0x8c, 0x8c, 0x91, 0xac, 0xac, 0xcf, 0xff,
    0xc4, 0x00, 0x6a, 0x00, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x02, 0x06, 0x01,
    0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x10, 0x00, 0x01, 0x02, 0x04, 0x07,
    0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
    0x00, 0x02, 0x33, 0x13, 0x11, 0x21, 0x61, 0x51, 0x52, 0x04, 0xd1, 0x22,
    0x03, 0x31, 0x41, 0x11, 0x00, 0x01, 0x02, 0x05, 0x05, 0x01, 0x01, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x31, 0x11, 0x12,
    0x00, 0x51, 0x02, 0x03, 0x23, 0x13, 0xc1, 0x61, 0x04, 0x21, 0x22, 0xff,
    0xc0, 0x00, 0x11, 0x08, 0x00, 0x08, 0x00, 0x10, 0x03, 0x01, 0x22, 0x00,
    0x02, 0x11, 0x00, 0x03, 0x11, 0x00, 0xff, 0xda, 0x00, 0x0c, 0x03, 0x01,
    0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, 0xcb, 0xb7, 0xc5, 0xf2,
    0x07, 0x5b, 0x92, 0x7f, 0x46, 0x63, 0x14, 0x8d, 0x39, 0x83, 0x72, 0x0d,
    0x6c, 0x2b, 0x5f, 0xba, 0x79, 0x56, 0xc8, 0x4c, 0x47, 0x8f, 0x8a, 0xf4,
    0x70, 0xeb, 0x8f, 0xd7, 0xcd, 0xa8, 0xa1, 0x6e, 0xd9, 0x56, 0x93, 0x60,
    0x5f, 0xd2, 0x31, 0x94, 0xb4, 0x10, 0x2a, 0x97, 0x0e, 0x67, 0xff, 0xd9,
};
#define PNG_IDAT 54
#define JPEG_SOF 215

static int probe(al_image_info *info, const void *data, size_t len)
{
    return al_image_probe(info, data, len);
}

/* Every truncation, each in a buffer of its exact size (ASan sees a read
 * past it): none before BEFORE bytes is an image; any taken is KIND of
 * W x H, 24 bits per pixel. */
static void check_truncations(const unsigned char *image, size_t len, size_t before,
                              al_image_kind kind, unsigned int w, unsigned int h)
{
    al_image_info info;

    for (size_t n = 0; n < len; n++) {
        unsigned char *p = malloc(n ? n : 1);
        int err;

        memcpy(p, image, n);
        err = probe(&info, p, n);
        if (n < before)
            CHECK(err == ALOUD_EINVAL && info.width == 0 && !info.mime);
        else
            CHECK(err == ALOUD_EINVAL ||
                  (err == ALOUD_OK && info.kind == kind && info.width == w && info.height == h &&
                   info.depth == 24));
        free(p);
    }
}

static void test_probe(void)
{
    al_image_info info;
    unsigned char bad[sizeof(jpeg)];
    static const unsigned char no_frame[] = {   /* JPEG's first bytes, then its end */
        0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xff, 0xd9, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
    };

    CHECK(probe(&info, png, sizeof(png)) == ALOUD_OK && info.kind == AL_IMAGE_PNG &&
          info.width == 3 && info.height == 2 && info.depth == 24 &&
          strcmp(info.mime, "image/png") == 0);
    CHECK(probe(&info, jpeg, sizeof(jpeg)) == ALOUD_OK && info.kind == AL_IMAGE_JPEG &&
          info.width == 16 && info.height == 8 && info.depth == 24 &&   /* 3 x 8, not 12 */
          strcmp(info.mime, "image/jpeg") == 0);
    check_truncations(png, sizeof(png), PNG_IDAT, AL_IMAGE_PNG, 3, 2);
    check_truncations(jpeg, sizeof(jpeg), JPEG_SOF + 9, AL_IMAGE_JPEG, 16, 8);
    /* the frame header made a comment (a scan with no frame); no frame;
     * zero height; a PNG's signature off by one byte */
    memcpy(bad, jpeg, sizeof(jpeg));
    bad[JPEG_SOF + 1] = 0xfe;
    CHECK(probe(&info, bad, sizeof(bad)) == ALOUD_EINVAL);
    CHECK(probe(&info, no_frame, sizeof(no_frame)) == ALOUD_EINVAL);
    memcpy(bad, jpeg, sizeof(jpeg));
    bad[JPEG_SOF + 5] = 0;
    bad[JPEG_SOF + 6] = 0;
    CHECK(probe(&info, bad, sizeof(bad)) == ALOUD_EINVAL);
    memcpy(bad, png, sizeof(png));
    bad[1] = 'Q';
    CHECK(probe(&info, bad, sizeof(png)) == ALOUD_EINVAL);
    /* GIF, HTML, nothing */
    CHECK(probe(&info, "GIF89a\1\0\1\0\0\0\0;", 13) == ALOUD_EINVAL);
    CHECK(probe(&info, "<!doctype html><p>x</p>", 23) == ALOUD_EINVAL);
    CHECK(probe(&info, NULL, 0) == ALOUD_EINVAL);
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
    /* the public check the CLI makes after a fetch, before the export */
    CHECK(aloud_cover_check(png, sizeof(png)) == ALOUD_OK);
    CHECK(aloud_cover_check(jpeg, sizeof(jpeg)) == ALOUD_OK);
    CHECK(aloud_cover_check(jpeg, 40) == ALOUD_EINVAL &&
          strstr(aloud_error_message(), "JPEG or PNG"));
    CHECK(aloud_cover_check(html, sizeof(html) - 1) == ALOUD_EINVAL);
    CHECK(aloud_cover_check(NULL, 0) == ALOUD_EINVAL);
    CHECK(aloud_cover_check(png, (size_t)65 << 20) == ALOUD_EINVAL &&
          strstr(aloud_error_message(), "64 MiB"));
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
