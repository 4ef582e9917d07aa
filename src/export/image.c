/*
 * image.c - JPEG and PNG told and described by FFmpeg.
 *
 * The bytes come from a web server, so FFmpeg's fuzzed code reads them,
 * not a parser of ours. av_probe_input_format3() names the demuxer the
 * first bytes fit (only png_pipe and jpeg_pipe are taken: every
 * container's cover holds those two); the image is then opened from memory
 * (a read-only AVIOContext over DATA) and avformat_find_stream_info()
 * decodes as much of it as gives its width, height and pixel format. A
 * JPEG or PNG FFmpeg cannot describe (no frame header, no image data) is
 * not one. The depth is the sum of the pixel format's component depths,
 * what FLAC's PICTURE block calls bits per pixel: 24 for any 8-bit colour
 * JPEG, subsampled or not (av_get_bits_per_pixel() would average 4:2:0 to
 * 12), 32 for an RGBA PNG, 8 for a palette.
 */
#include <string.h>

#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/avstring.h>
#include <libavutil/base64.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswresample/swresample.h>   /* all libav.h's table names */

#include "image.h"
#include "util.h"
#include "libav.h"   /* after the libav headers: calls go through the loaded table */

#define PROBE_BYTES 4096   /* enough for png_pipe's and jpeg_pipe's probes */
#define IO_BUFFER 4096

typedef struct {
    const unsigned char *data;
    size_t len, at;
} reader;

static int read_memory(void *opaque, uint8_t *buf, int size)
{
    reader *r = opaque;
    size_t n = r->len - r->at;

    if (n == 0)
        return AVERROR_EOF;
    if (n > (size_t)size)
        n = (size_t)size;
    memcpy(buf, r->data + r->at, n);
    r->at += n;
    return (int)n;
}

/* The demuxer the first bytes fit, if it is png_pipe or jpeg_pipe. */
static const AVInputFormat *probe_format(const unsigned char *data, size_t len)
{
    unsigned char buf[PROBE_BYTES + AVPROBE_PADDING_SIZE] = { 0 };
    AVProbeData pd = { .filename = "", .buf = buf, .mime_type = NULL };
    const AVInputFormat *f;
    int score = 0;

    pd.buf_size = (int)(len < PROBE_BYTES ? len : PROBE_BYTES);
    memcpy(buf, data, (size_t)pd.buf_size);
    if (!(f = av_probe_input_format3(&pd, 1, &score)) || !f->name)
        return NULL;
    return strcmp(f->name, "png_pipe") == 0 || strcmp(f->name, "jpeg_pipe") == 0 ? f : NULL;
}

/* Open DATA as FORMAT and fill OUT from its stream; false if FFmpeg cannot. */
static bool describe(al_image_info *out, const AVInputFormat *format, const unsigned char *data,
                     size_t len)
{
    reader r = { data, len, 0 };
    AVFormatContext *fmt = NULL;
    AVIOContext *io = NULL;
    unsigned char *buffer;
    const AVPixFmtDescriptor *desc;
    const AVCodecParameters *par;
    bool ok = false;

    if (!(buffer = av_malloc(IO_BUFFER)))
        return false;
    if (!(io = avio_alloc_context(buffer, IO_BUFFER, 0, &r, read_memory, NULL, NULL))) {
        av_free(buffer);
        return false;
    }
    if (!(fmt = avformat_alloc_context()))
        goto done;
    fmt->pb = io;
    if (avformat_open_input(&fmt, NULL, format, NULL) < 0)   /* frees fmt on failure */
        goto done;
    if (avformat_find_stream_info(fmt, NULL) < 0 || fmt->nb_streams != 1)
        goto done;
    par = fmt->streams[0]->codecpar;
    if (par->codec_type != AVMEDIA_TYPE_VIDEO || par->width <= 0 || par->height <= 0 ||
        !(desc = av_pix_fmt_desc_get((enum AVPixelFormat)par->format)))
        goto done;
    if (par->codec_id == AV_CODEC_ID_PNG) {
        out->kind = AL_IMAGE_PNG;
        out->mime = "image/png";
    } else if (par->codec_id == AV_CODEC_ID_MJPEG) {
        out->kind = AL_IMAGE_JPEG;
        out->mime = "image/jpeg";
    } else {
        goto done;
    }
    out->width = (unsigned int)par->width;
    out->height = (unsigned int)par->height;
    for (int i = 0; i < desc->nb_components; i++)
        out->depth += (unsigned int)desc->comp[i].depth;
    ok = out->depth > 0;
done:
    avformat_close_input(&fmt);
    av_freep(&io->buffer);   /* FFmpeg may have replaced the one given */
    avio_context_free(&io);
    return ok;
}

int al_image_probe(al_image_info *out, const void *data, size_t len)
{
    const AVInputFormat *format;
    int err;

    memset(out, 0, sizeof(*out));
    if ((err = al_libav_load()) < 0)
        return err;
    av_log_set_level(AV_LOG_QUIET);
    if (!data || !len || len > INT32_MAX || !(format = probe_format(data, len)) ||
        !describe(out, format, data, len)) {
        memset(out, 0, sizeof(*out));
        return al_error_set(ALOUD_EINVAL, "not a JPEG or PNG image");
    }
    return ALOUD_OK;
}
