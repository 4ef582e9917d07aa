/*
 * libav.c - load FFmpeg's libraries on the first encode (see libav.h).
 */
#include <dlfcn.h>
#include <pthread.h>

#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/avstring.h>
#include <libavutil/base64.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswresample/swresample.h>

#include "util.h"

#define AL_LIBAV_NO_MACROS
#include "libav.h"

#define STR(x) #x
#define SONAME(lib, major) "lib" lib ".so." STR(major)

al_libav_table al_libav;

enum { UTIL, SWR, CODEC, FORMAT, LIB_COUNT };

static const char *const sonames[LIB_COUNT] = {
    SONAME("avutil", LIBAVUTIL_VERSION_MAJOR),
    SONAME("swresample", LIBSWRESAMPLE_VERSION_MAJOR),
    SONAME("avcodec", LIBAVCODEC_VERSION_MAJOR),
    SONAME("avformat", LIBAVFORMAT_VERSION_MAJOR),
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256];   /* why loading failed, "" when it did not */

/* Kept open for the life of the process: FFmpeg cannot be unloaded safely
 * while anything it allocated may still be referenced. */
static void load(void)
{
    void *libs[LIB_COUNT];

    for (int i = 0; i < LIB_COUNT; i++) {
        if (!(libs[i] = dlopen(sonames[i], RTLD_LAZY | RTLD_LOCAL))) {
            const char *why = dlerror();
            snprintf(failure, sizeof(failure), "%s", why ? why : sonames[i]);
            return;
        }
    }
#define AL_LIBAV_RESOLVE(lib, name)                                                      \
    if (!failure[0] && !(*(void **)&al_libav.name = dlsym(libs[lib], #name)))         \
        snprintf(failure, sizeof(failure), "%s: no function %s", sonames[lib], #name);
    AL_LIBAV_FUNCTIONS(AL_LIBAV_RESOLVE)
#undef AL_LIBAV_RESOLVE
}

int al_libav_load(void)
{
    pthread_once(&once, load);
    if (failure[0])
        return al_error_set(ALOUD_ERROR, "MP3, Opus, M4B and FLAC need FFmpeg's libraries "
                                         "(Debian: libavformat59, libavcodec59, libswresample4):"
                                         " %s", failure);
    return ALOUD_OK;
}
