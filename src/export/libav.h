/*
 * libav.h - FFmpeg's libraries, loaded when the first file is encoded or
 * the first cover image told (private; include it after the libav
 * headers, in encode.c and image.c only).
 *
 * Why not link them. libavcodec pulls in libjxl and with it libhwy, whose
 * load-time constructor runs RDTSCP, an instruction valgrind 3.19 (Debian
 * 12) does not know: every process that merely loads libavcodec dies
 * with SIGILL under valgrind, WAV exports and --json included. Loaded
 * with dlopen() on the first encode, they cost nothing to the rest of
 * aloud (nor its start-up time: libavcodec brings ~100 libraries). The
 * sonames come from the headers built against ("libavcodec.so.59").
 *
 * Each function encode.c and image.c call is listed once below; the list
 * defines a table of pointers and, by macros named like the functions,
 * calls through it, so they read as plain FFmpeg code.
 */
#ifndef ALOUD_LIBAV_H
#define ALOUD_LIBAV_H

#define AL_LIBAV_FUNCTIONS(X)                                                                 \
    X(UTIL, av_log_set_level) X(UTIL, av_malloc) X(UTIL, av_mallocz) X(UTIL, av_calloc)       \
    X(UTIL, av_free) X(UTIL, av_freep) X(UTIL, av_asprintf) X(UTIL, av_strerror)              \
    X(UTIL, av_dict_set) X(UTIL, av_dict_free) X(UTIL, av_opt_set)                            \
    X(UTIL, av_channel_layout_copy) X(UTIL, av_frame_alloc) X(UTIL, av_frame_free)            \
    X(UTIL, av_frame_unref) X(UTIL, av_frame_get_buffer) X(UTIL, av_audio_fifo_alloc)         \
    X(UTIL, av_audio_fifo_free) X(UTIL, av_audio_fifo_read) X(UTIL, av_audio_fifo_write)      \
    X(UTIL, av_audio_fifo_size) X(UTIL, av_samples_alloc_array_and_samples)                   \
    X(UTIL, av_base64_encode) X(CODEC, av_new_packet)                                         \
    X(SWR, swr_alloc_set_opts2) X(SWR, swr_init) X(SWR, swr_free) X(SWR, swr_convert)         \
    X(SWR, swr_get_out_samples)                                                               \
    X(CODEC, avcodec_find_encoder_by_name) X(CODEC, avcodec_alloc_context3)                   \
    X(CODEC, avcodec_free_context) X(CODEC, avcodec_open2)                                    \
    X(CODEC, avcodec_parameters_from_context) X(CODEC, avcodec_send_frame)                    \
    X(CODEC, avcodec_receive_packet) X(CODEC, av_packet_alloc) X(CODEC, av_packet_free)       \
    X(CODEC, av_packet_unref) X(CODEC, av_packet_rescale_ts)                                  \
    X(FORMAT, avformat_alloc_output_context2) X(FORMAT, avformat_free_context)                \
    X(FORMAT, avformat_new_stream) X(FORMAT, avformat_write_header) X(FORMAT, av_write_frame) \
    X(FORMAT, av_write_trailer) X(FORMAT, avio_alloc_context) X(FORMAT, avio_context_free)    \
    X(FORMAT, avio_flush) X(FORMAT, av_probe_input_format3) X(FORMAT, avformat_alloc_context)  \
    X(FORMAT, avformat_open_input) X(FORMAT, avformat_find_stream_info)                       \
    X(FORMAT, avformat_close_input) X(UTIL, av_pix_fmt_desc_get)

typedef struct {
#define AL_LIBAV_POINTER(lib, name) __typeof__(&name) name;
    AL_LIBAV_FUNCTIONS(AL_LIBAV_POINTER)
#undef AL_LIBAV_POINTER
} al_libav_table;

/** The table, filled by al_libav_load(). */
extern al_libav_table al_libav;

/**
 * Load FFmpeg's libraries once per process (thread-safe). Returns ALOUD_OK,
 * or ALOUD_ERROR naming the library or function missing; later calls give
 * the same answer.
 */
int al_libav_load(void);

#ifndef AL_LIBAV_NO_MACROS
#define av_log_set_level (al_libav.av_log_set_level)
#define av_malloc (al_libav.av_malloc)
#define av_mallocz (al_libav.av_mallocz)
#define av_calloc (al_libav.av_calloc)
#define av_free (al_libav.av_free)
#define av_freep (al_libav.av_freep)
#define av_asprintf (al_libav.av_asprintf)
#define av_strerror (al_libav.av_strerror)
#define av_dict_set (al_libav.av_dict_set)
#define av_dict_free (al_libav.av_dict_free)
#define av_opt_set (al_libav.av_opt_set)
#define av_channel_layout_copy (al_libav.av_channel_layout_copy)
#define av_frame_alloc (al_libav.av_frame_alloc)
#define av_frame_free (al_libav.av_frame_free)
#define av_frame_unref (al_libav.av_frame_unref)
#define av_frame_get_buffer (al_libav.av_frame_get_buffer)
#define av_audio_fifo_alloc (al_libav.av_audio_fifo_alloc)
#define av_audio_fifo_free (al_libav.av_audio_fifo_free)
#define av_audio_fifo_read (al_libav.av_audio_fifo_read)
#define av_audio_fifo_write (al_libav.av_audio_fifo_write)
#define av_audio_fifo_size (al_libav.av_audio_fifo_size)
#define av_samples_alloc_array_and_samples (al_libav.av_samples_alloc_array_and_samples)
#define av_base64_encode (al_libav.av_base64_encode)
#define av_new_packet (al_libav.av_new_packet)
#define swr_alloc_set_opts2 (al_libav.swr_alloc_set_opts2)
#define swr_init (al_libav.swr_init)
#define swr_free (al_libav.swr_free)
#define swr_convert (al_libav.swr_convert)
#define swr_get_out_samples (al_libav.swr_get_out_samples)
#define avcodec_find_encoder_by_name (al_libav.avcodec_find_encoder_by_name)
#define avcodec_alloc_context3 (al_libav.avcodec_alloc_context3)
#define avcodec_free_context (al_libav.avcodec_free_context)
#define avcodec_open2 (al_libav.avcodec_open2)
#define avcodec_parameters_from_context (al_libav.avcodec_parameters_from_context)
#define avcodec_send_frame (al_libav.avcodec_send_frame)
#define avcodec_receive_packet (al_libav.avcodec_receive_packet)
#define av_packet_alloc (al_libav.av_packet_alloc)
#define av_packet_free (al_libav.av_packet_free)
#define av_packet_unref (al_libav.av_packet_unref)
#define av_packet_rescale_ts (al_libav.av_packet_rescale_ts)
#define avformat_alloc_output_context2 (al_libav.avformat_alloc_output_context2)
#define avformat_free_context (al_libav.avformat_free_context)
#define avformat_new_stream (al_libav.avformat_new_stream)
#define avformat_write_header (al_libav.avformat_write_header)
#define av_write_frame (al_libav.av_write_frame)
#define av_write_trailer (al_libav.av_write_trailer)
#define avio_alloc_context (al_libav.avio_alloc_context)
#define avio_context_free (al_libav.avio_context_free)
#define avio_flush (al_libav.avio_flush)
#define av_probe_input_format3 (al_libav.av_probe_input_format3)
#define avformat_alloc_context (al_libav.avformat_alloc_context)
#define avformat_open_input (al_libav.avformat_open_input)
#define avformat_find_stream_info (al_libav.avformat_find_stream_info)
#define avformat_close_input (al_libav.avformat_close_input)
#define av_pix_fmt_desc_get (al_libav.av_pix_fmt_desc_get)
#endif

#endif /* ALOUD_LIBAV_H */
