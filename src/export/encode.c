/*
 * encode.c - MP3, Ogg Opus, AAC in MP4 and FLAC files through FFmpeg's
 * libraries (libavcodec encodes, libswresample converts, libavformat
 * muxes).
 *
 * Design. Containers are never written by hand here: libavformat writes
 * the tags and chapters of each the way players read them, from the
 * AVFormatContext's metadata and chapters (ID3v2 frames with CHAP/CTOC in
 * MP3, a chapter track and `chpl` in MP4, CHAPTERxx comments in Ogg and
 * FLAC). MP3, Ogg and FLAC write their tags and chapters in the header,
 * before the first sample, so the caller gives every chapter when it
 * opens the file (export.c synthesises first, then encodes); on standard
 * output the chapters are not known yet and the file has none.
 *
 * The file is written through our own AVIOContext on a file descriptor,
 * so that export.c keeps its temporary-file-and-rename discipline and
 * "-" (a pipe) works the same way: a descriptor that cannot seek is marked
 * unseekable and the muxers stream (MP3 without its Xing header, Ogg and
 * FLAC as they are; MP4 refuses, it needs its index at the end).
 *
 * Cover art (spec->cover, a JPEG or PNG) goes where each player looks:
 * MP3, MP4 and FLAC take it as a second stream marked an attached picture,
 * of one packet written right after the header, and write an ID3v2 APIC
 * frame, a `covr` atom and a PICTURE block from it (the MP3 and FLAC
 * muxers hold the audio back until the picture came, so streaming works
 * too); FFmpeg 5.1's Ogg muxer writes no pictures, so Opus gets the
 * METADATA_BLOCK_PICTURE comment that Ogg players read: a FLAC PICTURE
 * block in base64.
 *
 * The 16-bit samples pass through libswresample (to the encoder's sample
 * format, and to 48 kHz for Opus) into a FIFO, from which frames of the
 * encoder's size are cut; timestamps count samples from 0, so chapter k
 * starts at chapters[k].start / rate seconds in every format. FFmpeg's
 * log goes nowhere: the library prints nothing, errors come back as
 * aloud errors naming the file. The libraries are loaded on the first
 * call (libav.h says why they are not linked).
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libavutil/avstring.h>
#include <libavutil/base64.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswresample/swresample.h>

#include "encode.h"
#include "image.h"
#include "libav.h"   /* after the libav headers: calls go through the loaded table */

#define IO_BUFFER 65536
#define VARIABLE_FRAME 4096   /* frame size for encoders that take any (FLAC) */

struct al_encoder {
    int fd;
    char *name;
    int write_errno;              /* errno of the first failed write */
    AVIOContext *io;
    AVFormatContext *fmt;
    AVCodecContext *codec;
    AVStream *stream;
    AVStream *cover;              /* the attached picture, or NULL */
    SwrContext *swr;
    AVAudioFifo *fifo;
    AVFrame *frame;
    AVPacket *packet;
    uint8_t **convert;            /* swr output, one plane per channel */
    int convert_cap;
    int64_t next_pts;             /* in samples of the encoder's rate */
};

typedef struct {
    const char *muxer;
    const char *encoders[2];      /* preferred first */
    unsigned int default_bitrate;
    bool out_rate_48k;            /* Opus encodes at 48 kHz */
} format_info;

static const format_info *info_of(aloud_audio_format f)
{
    static const format_info mp3 = { "mp3", { "libmp3lame", "libshine" }, 64000, false };
    static const format_info opus = { "ogg", { "libopus", "opus" }, 32000, true };
    static const format_info m4b = { "ipod", { "aac", NULL }, 64000, false };
    static const format_info flac = { "flac", { "flac", NULL }, 0, false };

    switch (f) {
    case ALOUD_FORMAT_MP3: return &mp3;
    case ALOUD_FORMAT_OPUS: return &opus;
    case ALOUD_FORMAT_M4B: return &m4b;
    case ALOUD_FORMAT_FLAC: return &flac;
    default: return NULL;
    }
}

/* ---- the descriptor as an AVIOContext ---- */

static int io_write(void *opaque, uint8_t *buf, int size)
{
    al_encoder *e = opaque;
    int left = size;

    while (left > 0) {
        ssize_t n = write(e->fd, buf, (size_t)left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (!e->write_errno)
                e->write_errno = n < 0 ? errno : ENOSPC;
            return AVERROR(e->write_errno);
        }
        buf += n;
        left -= (int)n;
    }
    return size;
}

static int io_read(void *opaque, uint8_t *buf, int size)
{
    al_encoder *e = opaque;
    ssize_t n;

    do
        n = read(e->fd, buf, (size_t)size);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return AVERROR(errno);
    return n == 0 ? AVERROR_EOF : (int)n;
}

static int64_t io_seek(void *opaque, int64_t offset, int whence)
{
    al_encoder *e = opaque;
    struct stat st;
    off_t at;

    if (whence & AVSEEK_SIZE)
        return fstat(e->fd, &st) == 0 ? (int64_t)st.st_size : AVERROR(errno);
    at = lseek(e->fd, (off_t)offset, whence & ~AVSEEK_FORCE);
    return at < 0 ? AVERROR(errno) : (int64_t)at;
}

/* ---- errors ---- */

static int write_error(const al_encoder *e)
{
    return al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", e->name,
                        strerror(e->write_errno ? e->write_errno : EIO));
}

/* A failed libav call: a write error when our descriptor failed, else
 * what FFmpeg says, naming WHAT it was doing. */
static int av_failure(const al_encoder *e, int averr, const char *what)
{
    char text[AV_ERROR_MAX_STRING_SIZE];

    if (e->write_errno)
        return write_error(e);
    av_strerror(averr, text, sizeof(text));
    return al_error_set(ALOUD_ERROR, "%s: cannot %s (%s)", e->name, what, text);
}

/* ---- setting up ---- */

static int add_metadata(AVDictionary **dict, const al_tag *tags, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        char *clean;
        if (!tags[i].value || !*tags[i].value)
            continue;
        if (!(clean = al_text_sanitize(tags[i].value)))
            return al_error_oom();
        if (av_dict_set(dict, tags[i].key, clean, AV_DICT_DONT_STRDUP_VAL) < 0)
            return al_error_oom();
    }
    return ALOUD_OK;
}

/* Ogg and FLAC: CHAPTERnnn=HH:MM:SS.mmm and CHAPTERnnnNAME= comments.
 * FFmpeg 5.1 writes them from AVChapters with the seconds rounded to the
 * nearest (69.737 s becomes 00:01:10.737), and its FLAC muxer not at
 * all, so they are written as the comments themselves. */
static int add_chapter_comments(AVDictionary **dict, const al_encode_spec *spec)
{
    for (size_t k = 0; k < spec->chapter_count && k < 1000; k++) {
        uint64_t ms = spec->chapters[k].start * 1000 / spec->rate;
        char key[24], when[32], *title;

        snprintf(key, sizeof(key), "CHAPTER%03zu", k);
        snprintf(when, sizeof(when), "%02llu:%02llu:%02llu.%03llu",
                 (unsigned long long)(ms / 3600000), (unsigned long long)(ms / 60000 % 60),
                 (unsigned long long)(ms / 1000 % 60), (unsigned long long)(ms % 1000));
        if (av_dict_set(dict, key, when, 0) < 0)
            return al_error_oom();
        snprintf(key, sizeof(key), "CHAPTER%03zuNAME", k);
        if (!(title = al_text_sanitize(spec->chapters[k].title ? spec->chapters[k].title : "")))
            return al_error_oom();
        if (av_dict_set(dict, key, title, AV_DICT_DONT_STRDUP_VAL) < 0)
            return al_error_oom();
    }
    return ALOUD_OK;
}

/* s->chapters as avformat_free_context() frees them: av_malloc'd. */
static int add_chapters(AVFormatContext *fmt, const al_encode_spec *spec)
{
    if (!spec->chapter_count)
        return ALOUD_OK;
    if (spec->format == ALOUD_FORMAT_OPUS || spec->format == ALOUD_FORMAT_FLAC)
        return add_chapter_comments(&fmt->metadata, spec);
    if (!(fmt->chapters = av_calloc(spec->chapter_count, sizeof(*fmt->chapters))))
        return al_error_oom();
    for (size_t k = 0; k < spec->chapter_count; k++) {
        AVChapter *c = av_mallocz(sizeof(*c));
        char *title;

        if (!c)
            return al_error_oom();
        fmt->chapters[fmt->nb_chapters++] = c;
        c->id = (int64_t)k + 1;
        c->time_base = (AVRational){ 1, (int)spec->rate };
        c->start = (int64_t)spec->chapters[k].start;
        c->end = (int64_t)(k + 1 < spec->chapter_count ? spec->chapters[k + 1].start : spec->total);
        if (!(title = al_text_sanitize(spec->chapters[k].title ? spec->chapters[k].title : "")))
            return al_error_oom();
        if (av_dict_set(&c->metadata, "title", title, AV_DICT_DONT_STRDUP_VAL) < 0)
            return al_error_oom();
    }
    return ALOUD_OK;
}

/* ---- cover art ---- */

/* The picture as a stream of its own, "Cover (front)" (the picture type
 * the ID3v2 and FLAC muxers read from its comment). */
static int add_cover_stream(al_encoder *e, const al_image_info *img)
{
    AVCodecParameters *par;

    if (!(e->cover = avformat_new_stream(e->fmt, NULL)))
        return al_error_oom();
    e->cover->disposition = AV_DISPOSITION_ATTACHED_PIC;
    e->cover->time_base = (AVRational){ 1, 90000 };
    par = e->cover->codecpar;
    par->codec_type = AVMEDIA_TYPE_VIDEO;
    par->codec_id = img->kind == AL_IMAGE_PNG ? AV_CODEC_ID_PNG : AV_CODEC_ID_MJPEG;
    par->width = (int)img->width;
    par->height = (int)img->height;
    if (av_dict_set(&e->cover->metadata, "comment", "Cover (front)", 0) < 0)
        return al_error_oom();
    return ALOUD_OK;
}

static void put32(uint8_t **p, uint32_t v)
{
    (*p)[0] = (uint8_t)(v >> 24);
    (*p)[1] = (uint8_t)(v >> 16);
    (*p)[2] = (uint8_t)(v >> 8);
    (*p)[3] = (uint8_t)v;
    *p += 4;
}

/* Ogg: METADATA_BLOCK_PICTURE=base64 of a FLAC PICTURE block (picture
 * type 3, the front cover; MIME type; no description; width, height,
 * bits per pixel, 0 colours; the image). */
static int add_cover_comment(AVDictionary **dict, const al_encode_spec *spec,
                             const al_image_info *img)
{
    size_t mime_len = strlen(img->mime), size = 32 + mime_len + spec->cover_size;
    uint8_t *block = malloc(size), *p = block;
    char *text;

    if (!block)
        return al_error_oom();
    put32(&p, 3);
    put32(&p, (uint32_t)mime_len);
    memcpy(p, img->mime, mime_len);
    p += mime_len;
    put32(&p, 0);
    put32(&p, img->width);
    put32(&p, img->height);
    put32(&p, img->depth);
    put32(&p, 0);
    put32(&p, (uint32_t)spec->cover_size);
    memcpy(p, spec->cover, spec->cover_size);
    text = av_malloc(AV_BASE64_SIZE(size));
    if (!text || !av_base64_encode(text, (int)AV_BASE64_SIZE(size), block, (int)size)) {
        av_free(text);
        free(block);
        return al_error_oom();
    }
    free(block);
    if (av_dict_set(dict, "METADATA_BLOCK_PICTURE", text, AV_DICT_DONT_STRDUP_VAL) < 0)
        return al_error_oom();
    return ALOUD_OK;
}

static int add_cover(al_encoder *e, const al_encode_spec *spec)
{
    al_image_info img;

    if (!spec->cover)
        return ALOUD_OK;
    if (spec->cover_size <= AL_COVER_MAX && spec->cover_info && spec->cover_info->kind)
        img = *spec->cover_info;
    else if (spec->cover_size > AL_COVER_MAX ||
             al_image_probe(&img, spec->cover, spec->cover_size) < 0)
        return al_error_set(ALOUD_EINVAL, "%s: the cover is not a JPEG or PNG image of at most "
                                          "%d MiB", e->name, AL_COVER_MAX >> 20);
    if (spec->format == ALOUD_FORMAT_OPUS)
        return add_cover_comment(&e->fmt->metadata, spec, &img);
    return add_cover_stream(e, &img);
}

/* The picture's one packet, before any audio. */
static int write_cover(al_encoder *e, const al_encode_spec *spec)
{
    int err;

    if (!e->cover)
        return ALOUD_OK;
    if (av_new_packet(e->packet, (int)spec->cover_size) < 0)
        return al_error_oom();
    memcpy(e->packet->data, spec->cover, spec->cover_size);
    e->packet->stream_index = e->cover->index;
    e->packet->flags |= AV_PKT_FLAG_KEY;
    e->packet->pts = e->packet->dts = 0;
    err = av_write_frame(e->fmt, e->packet);
    av_packet_unref(e->packet);
    if (err < 0 || e->write_errno)
        return av_failure(e, err, "write the cover");
    return ALOUD_OK;
}

static const AVCodec *find_encoder(const format_info *info)
{
    for (size_t i = 0; i < 2; i++) {
        const AVCodec *c;

        if (info->encoders[i] && (c = avcodec_find_encoder_by_name(info->encoders[i])))
            return c;
    }
    return NULL;
}

/* The first sample format the encoder takes. */
static enum AVSampleFormat encoder_sample_format(const AVCodec *codec)
{
    const enum AVSampleFormat *f = codec->sample_fmts;

    for (; f && *f != AV_SAMPLE_FMT_NONE; f++)
        if (*f == AV_SAMPLE_FMT_S16 || *f == AV_SAMPLE_FMT_S16P)
            return *f;
    return codec->sample_fmts ? codec->sample_fmts[0] : AV_SAMPLE_FMT_S16;
}

static int open_codec(al_encoder *e, const format_info *info, const al_encode_spec *spec)
{
    const AVCodec *codec = find_encoder(info);
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    int err;

    if (!codec)
        return al_error_set(ALOUD_ERROR, "%s: this FFmpeg has no %s encoder", e->name,
                            info->encoders[0]);
    if (!(e->codec = avcodec_alloc_context3(codec)))
        return al_error_oom();
    e->codec->sample_fmt = encoder_sample_format(codec);
    e->codec->sample_rate = info->out_rate_48k ? 48000 : (int)spec->rate;
    e->codec->time_base = (AVRational){ 1, e->codec->sample_rate };
    if ((err = av_channel_layout_copy(&e->codec->ch_layout, &mono)) < 0)
        return al_error_oom();
    if (info->default_bitrate)
        e->codec->bit_rate = spec->bitrate ? spec->bitrate : info->default_bitrate;
    if (e->fmt->oformat->flags & AVFMT_GLOBALHEADER)
        e->codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    /* Encoding, not speech, is what an export spends its time on (a
     * 10-minute article: 0.6 s of synthesis), so the cheaper settings that
     * sound the same on mono speech at these bit rates: Opus in its speech
     * ("voip") mode at complexity 6 (10 is ~1.6x slower; the "audio" mode
     * at 6 overshoots 32 kbit/s by half) and AAC with the fast coder
     * (twoloop is ~4x slower); bench/export_formats.sh. */
    if (spec->format == ALOUD_FORMAT_OPUS) {
        av_opt_set(e->codec->priv_data, "application", "voip", 0);
        e->codec->compression_level = 6;
    }
    if (spec->format == ALOUD_FORMAT_M4B)
        av_opt_set(e->codec->priv_data, "aac_coder", "fast", 0);
    if ((err = avcodec_open2(e->codec, codec, NULL)) < 0)
        return av_failure(e, err, "start the encoder");
    if (!(e->stream = avformat_new_stream(e->fmt, NULL)))
        return al_error_oom();
    e->stream->time_base = e->codec->time_base;
    if ((err = avcodec_parameters_from_context(e->stream->codecpar, e->codec)) < 0)
        return av_failure(e, err, "start the encoder");
    return ALOUD_OK;
}

static int open_converter(al_encoder *e, const al_encode_spec *spec)
{
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    int frame_size = e->codec->frame_size > 0 ? e->codec->frame_size : VARIABLE_FRAME;
    int err;

    if ((err = swr_alloc_set_opts2(&e->swr, &mono, e->codec->sample_fmt, e->codec->sample_rate,
                                   &mono, AV_SAMPLE_FMT_S16, (int)spec->rate, 0, NULL)) < 0 ||
        (err = swr_init(e->swr)) < 0)
        return av_failure(e, err, "set up the resampler");
    if (!(e->fifo = av_audio_fifo_alloc(e->codec->sample_fmt, 1, frame_size * 2)) ||
        !(e->frame = av_frame_alloc()) || !(e->packet = av_packet_alloc()))
        return al_error_oom();
    return ALOUD_OK;
}

static int open_io(al_encoder *e, const char *path, const al_encode_spec *spec)
{
    bool pipe = lseek(e->fd, 0, SEEK_CUR) < 0;
    /* on a pipe, the whole header with its picture must fit (see below) */
    size_t size = pipe && spec->cover ? IO_BUFFER * 4 + spec->cover_size : IO_BUFFER;
    unsigned char *buffer = av_malloc(size);

    if (!buffer || !(e->io = avio_alloc_context(buffer, (int)size, 1, e, io_read, io_write,
                                                io_seek))) {
        av_free(buffer);
        return al_error_oom();
    }
    if (pipe) {
        e->io->seekable = 0;
    } else if (path) {
        /* MP4's faststart opens the file again by its URL to move the index */
        av_freep(&e->fmt->url);
        if (!(e->fmt->url = av_asprintf("file:%s", path)))
            return al_error_oom();
    }
    e->fmt->pb = e->io;
    e->fmt->flags |= AVFMT_FLAG_CUSTOM_IO;
    return ALOUD_OK;
}

int al_encoder_open(al_encoder **out, int fd, const char *name, const char *path,
                    const al_encode_spec *spec)
{
    const format_info *info = info_of(spec->format);
    AVDictionary *mux_opts = NULL;
    al_encoder *e = calloc(1, sizeof(*e));
    int err, flush;

    *out = NULL;
    if (!e || !(e->name = al_strdup(name))) {
        free(e);
        close(fd);
        return al_error_oom();
    }
    e->fd = fd;
    if ((err = al_libav_load()) < 0) {
        close(fd);
        free(e->name);
        free(e);
        return err;
    }
    av_log_set_level(AV_LOG_QUIET);
    if (!info) {
        err = al_error_set(ALOUD_EINVAL, "%s: not a format to encode", name);
        goto fail;
    }
    if (spec->format == ALOUD_FORMAT_M4B && lseek(fd, 0, SEEK_CUR) < 0) {
        err = al_error_set(ALOUD_EINVAL, "%s: an MP4 file cannot be streamed (its index is "
                                         "written at the end); use MP3, Opus or WAV", name);
        goto fail;
    }
    if ((err = avformat_alloc_output_context2(&e->fmt, NULL, info->muxer, NULL)) < 0 || !e->fmt) {
        err = av_failure(e, err, "set up the file");
        goto fail;
    }
    if ((err = open_io(e, path, spec)) < 0 || (err = open_codec(e, info, spec)) < 0 ||
        (err = open_converter(e, spec)) < 0 ||
        (err = add_metadata(&e->fmt->metadata, spec->tags, spec->tag_count)) < 0 ||
        (err = add_chapters(e->fmt, spec)) < 0 || (err = add_cover(e, spec)) < 0)
        goto fail;
    if (spec->format == ALOUD_FORMAT_M4B && path)
        av_dict_set(&mux_opts, "movflags", "+faststart", 0);
    /* On a pipe libavformat flushes after each write, but the MP3 muxer
     * goes back to put the ID3v2 tag's size once the picture came: keep
     * the header in the buffer (made large enough) until then. */
    flush = e->fmt->flush_packets;
    if (e->cover)
        e->fmt->flush_packets = 0;
    err = avformat_write_header(e->fmt, &mux_opts);
    av_dict_free(&mux_opts);
    if (err < 0) {
        err = av_failure(e, err, "start the file");
        goto fail;
    }
    if ((err = write_cover(e, spec)) < 0)
        goto fail;
    e->fmt->flush_packets = flush;
    *out = e;
    return ALOUD_OK;
fail:
    al_encoder_abort(e);
    return err;
}

/* ---- encoding ---- */

static int drain_packets(al_encoder *e)
{
    int err;

    for (;;) {
        err = avcodec_receive_packet(e->codec, e->packet);
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            return ALOUD_OK;
        if (err < 0)
            return av_failure(e, err, "encode");
        av_packet_rescale_ts(e->packet, e->codec->time_base, e->stream->time_base);
        e->packet->stream_index = e->stream->index;
        err = av_write_frame(e->fmt, e->packet);
        av_packet_unref(e->packet);
        if (err < 0 || e->write_errno)
            return av_failure(e, err, "write");
    }
}

static int encode_frame(al_encoder *e, int samples)
{
    int err;

    av_frame_unref(e->frame);
    e->frame->nb_samples = samples;
    e->frame->format = e->codec->sample_fmt;
    e->frame->sample_rate = e->codec->sample_rate;
    if (av_channel_layout_copy(&e->frame->ch_layout, &e->codec->ch_layout) < 0 ||
        av_frame_get_buffer(e->frame, 0) < 0)
        return al_error_oom();
    if (av_audio_fifo_read(e->fifo, (void **)e->frame->data, samples) != samples)
        return al_error_set(ALOUD_ERROR, "%s: cannot encode (audio buffer)", e->name);
    e->frame->pts = e->next_pts;
    e->next_pts += samples;
    if ((err = avcodec_send_frame(e->codec, e->frame)) < 0)
        return av_failure(e, err, "encode");
    return drain_packets(e);
}

/* Encode whole frames from the FIFO; with FLUSH, the last short one too. */
static int encode_fifo(al_encoder *e, bool flush)
{
    int frame_size = e->codec->frame_size > 0 ? e->codec->frame_size : VARIABLE_FRAME;
    int err;

    while (av_audio_fifo_size(e->fifo) >= frame_size)
        if ((err = encode_frame(e, frame_size)) < 0)
            return err;
    if (flush && av_audio_fifo_size(e->fifo) > 0)
        return encode_frame(e, av_audio_fifo_size(e->fifo));
    return ALOUD_OK;
}

/* Resample COUNT samples (PCM NULL: what the resampler still holds) into the FIFO. */
static int convert(al_encoder *e, const int16_t *pcm, int count)
{
    int room = swr_get_out_samples(e->swr, count);
    int got;

    if (room < 0)
        return al_error_set(ALOUD_ERROR, "%s: cannot resample", e->name);
    if (room > e->convert_cap) {
        if (e->convert)
            av_freep(&e->convert[0]);
        av_freep(&e->convert);
        e->convert_cap = 0;
        if (av_samples_alloc_array_and_samples(&e->convert, NULL, 1, room, e->codec->sample_fmt,
                                               0) < 0)
            return al_error_oom();
        e->convert_cap = room;
    }
    got = swr_convert(e->swr, e->convert, room, pcm ? (const uint8_t **)&pcm : NULL, count);
    if (got < 0)
        return al_error_set(ALOUD_ERROR, "%s: cannot resample", e->name);
    if (got > 0 && av_audio_fifo_write(e->fifo, (void **)e->convert, got) != got)
        return al_error_oom();
    return ALOUD_OK;
}

int al_encoder_write(al_encoder *e, const int16_t *pcm, size_t count)
{
    int err;

    while (count > 0) {
        int n = count > 16384 ? 16384 : (int)count;
        if ((err = convert(e, pcm, n)) < 0 || (err = encode_fifo(e, false)) < 0)
            return err;
        pcm += n;
        count -= (size_t)n;
    }
    return ALOUD_OK;
}

int al_encoder_finish(al_encoder *e)
{
    int err;

    if ((err = convert(e, NULL, 0)) < 0 || (err = encode_fifo(e, true)) < 0)
        goto cleanup;
    if ((err = avcodec_send_frame(e->codec, NULL)) < 0) {
        err = av_failure(e, err, "encode");
        goto cleanup;
    }
    if ((err = drain_packets(e)) < 0)
        goto cleanup;
    if ((err = av_write_trailer(e->fmt)) < 0 || e->write_errno) {
        err = av_failure(e, err, "finish the file");
        goto cleanup;
    }
    avio_flush(e->io);
    if (e->write_errno || e->io->error < 0) {
        err = e->write_errno ? write_error(e) : av_failure(e, e->io->error, "write");
        goto cleanup;
    }
    err = ALOUD_OK;
    if (close(e->fd) != 0) {
        e->write_errno = errno;
        err = write_error(e);
    }
    e->fd = -1;
cleanup:
    al_encoder_abort(e);
    return err;
}

void al_encoder_abort(al_encoder *e)
{
    if (!e)
        return;
    if (e->convert)
        av_freep(&e->convert[0]);
    av_freep(&e->convert);
    av_packet_free(&e->packet);
    av_frame_free(&e->frame);
    av_audio_fifo_free(e->fifo);
    swr_free(&e->swr);
    avcodec_free_context(&e->codec);
    if (e->fmt)
        avformat_free_context(e->fmt);
    if (e->io) {
        av_freep(&e->io->buffer);
        avio_context_free(&e->io);
    }
    if (e->fd >= 0)
        close(e->fd);
    free(e->name);
    free(e);
}
