/*
 * main.c - the aloud command: parse options, load the article, run the job.
 *
 * A thin layer over the public API (<aloud.h>): only this program prints
 * or exits. Exit statuses are documented in aloud(1) and cli.h.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const char usage_text[] =
    "Usage: aloud [OPTIONS] SOURCE\n"
    "       aloud -o DIR/ [OPTIONS] SOURCE... | --input-file FILE\n"
    "Read a web article aloud: SOURCE is an http(s) URL, an HTML file, or - for stdin.\n"
    "\n"
    "What to do (default: play the article):\n"
    "  -o, --output FILE        export the article with a chapter per section and its tags:\n"
    "                           .wav .mp3 .opus .m4b .m4a .flac, or - for standard output\n"
    "      --split DIR          export one file per section and a playlist into DIR\n"
    "      --chapters FILE      with -o, also write the chapters (.cue, or ffmetadata .txt/.ffmeta)\n"
    "      --format NAME        wav, mp3, opus, m4b, m4a or flac, whatever the file name\n"
    "      --bitrate RATE       for mp3, opus, m4b: e.g. 48k (default 64k, opus 32k)\n"
    "      --force              with --split: replace another article's files in DIR\n"
    "      --cover              fetch the page's og:image (http/https, JPEG or PNG) as cover art\n"
    "                           of mp3, opus, m4b, flac files (not wav); if it fails: no cover\n"
    "  -j, --jobs N             speak N parts of the article at once, each in its own process\n"
    "                           (default: one per processor; the audio is the same for any N)\n"
    "\n"
    "Many articles (-o DIR/ with several SOURCEs, or --input-file):\n"
    "      --input-file FILE    read SOURCEs from FILE, one a line (# comments; - for stdin)\n"
    "  -j, --jobs N             export N articles at once, one process each (default 1: one\n"
    "                           article at a time, spoken on every processor)\n"
    "      --shard K/N          only the sources in shard K of N (by a stable hash; for\n"
    "                           running one command on N machines), manifest-K-of-N.jsonl\n"
    "      --merge-manifests    combine the shards' manifests in DIR (and --podcast)\n"
    "      --limit N            read the N newest items of each feed (RSS, Atom) given\n"
    "      --since DATE         only feed items published on or after DATE (2024-11-05)\n"
    "      --retry-failed       try again the sources that failed in an earlier run\n"
    "                           (DIR/manifest.jsonl records each; unchanged ones are skipped)\n"
    "      --podcast            also write DIR/feed.xml, a podcast of the folder, with chapters\n"
    "      --podcast-title TEXT the podcast's title\n"
    "      --podcast-url BASE   the URL DIR is served at (for the episodes' links)\n"
    "\n"
    "      --json               print the article as JSON\n"
    "      --text               print the article as plain text\n"
    "      --sections           print the numbered outline with listening times\n"
    "      --html               print the cleaned article as HTML\n"
    "      --ssml               print the SSML handed to espeak-ng, one <speak> per section\n"
    "      --list-voices        list voice profiles and espeak-ng languages\n"
    "\n"
    "Sections:\n"
    "      --section N|TEXT     start at section N (1-based) or the first heading containing TEXT\n"
    "      --only               with --section: just that section and its subsections\n"
    "                           (for export, playback and every print mode)\n"
    "\n"
    "Speech:\n"
    "  -v, --voice NAME         espeak-ng voice or language (en-us, de, fr+f3) or a profile from voices/\n"
    "  -r, --rate WPM           speaking rate, 80 to 450 words per minute (default 175)\n"
    "  -p, --pitch N            pitch, 0 to 99\n"
    "      --volume N           volume, 0 to 200 (default 100)\n"
    "      --no-intro           do not read the title, byline and site name first\n"
    "      --no-captions        do not read picture and table captions (in every output)\n"
    "      --lexicon FILE       your pronunciation lexicon (word TAB spoken form; see aloud(1))\n"
    "\n"
    "Playback:\n"
    "      --audio-device NAME  sound device; 'null' plays silently in real time\n"
    "      --events FILE        append one JSON line per player event to FILE\n"
    "      --resume             continue where the last playback of SOURCE stopped\n"
    "\n"
    "Keys while playing (? or h shows them):\n"
    "  space       pause/resume                q            quit\n"
    "  n p         next/previous section       1-9          go to section\n"
    "  ] [         next/previous paragraph     . ,          next/previous sentence\n"
    "  Right Left  10 s on/back                Up Down + -  faster/slower\n"
    "  * /         louder/quieter              m            mute\n"
    "\n"
    "Input:\n"
    "      --timeout SECONDS    network timeout (default 30)\n"
    "      --max-size SIZE      largest page accepted, e.g. 20M (default 20 MiB)\n"
    "\n"
    "  -q, --quiet              no progress bar or status line\n"
    "  -h, --help               show this help\n"
    "  -V, --version            show the version\n"
    "\n"
    "Exit status: 0 success, 2 usage error, 3 unreadable file, 4 bad URL, 5 unknown host,\n"
    "6 connection failed, 7 timeout, 8 HTTP error, 9 network error, 10 too large,\n"
    "11 not HTML, 12 charset, 13 no readable article, 14 voice, 15 synthesis,\n"
    "16 audio device, 17 cannot write output, 19 no such section, 20 a feed, not an article,\n"
    "21 some sources failed, 22 every source failed, 130 interrupted.\n"
    "See aloud(1).\n";

enum {
    OPT_JSON = 256, OPT_TEXT, OPT_SECTIONS, OPT_HTML, OPT_LIST_VOICES, OPT_SPLIT,
    OPT_CHAPTERS, OPT_SECTION, OPT_ONLY, OPT_VOLUME, OPT_NO_INTRO, OPT_AUDIO_DEVICE,
    OPT_EVENTS, OPT_RESUME, OPT_TIMEOUT, OPT_MAX_SIZE, OPT_SSML, OPT_LEXICON,
    OPT_FORMAT, OPT_BITRATE, OPT_FORCE, OPT_INPUT_FILE, OPT_RETRY_FAILED, OPT_LIMIT, OPT_SINCE, OPT_SHARD, OPT_MERGE,
    OPT_PODCAST, OPT_PODCAST_TITLE, OPT_PODCAST_URL, OPT_COVER, OPT_NO_CAPTIONS
};

static const struct option long_options[] = {
    { "output", required_argument, NULL, 'o' },
    { "split", required_argument, NULL, OPT_SPLIT },
    { "chapters", required_argument, NULL, OPT_CHAPTERS },
    { "format", required_argument, NULL, OPT_FORMAT },
    { "bitrate", required_argument, NULL, OPT_BITRATE },
    { "force", no_argument, NULL, OPT_FORCE },
    { "cover", no_argument, NULL, OPT_COVER },
    { "input-file", required_argument, NULL, OPT_INPUT_FILE },
    { "retry-failed", no_argument, NULL, OPT_RETRY_FAILED },
    { "limit", required_argument, NULL, OPT_LIMIT },
    { "jobs", required_argument, NULL, 'j' },
    { "shard", required_argument, NULL, OPT_SHARD },
    { "merge-manifests", no_argument, NULL, OPT_MERGE },
    { "since", required_argument, NULL, OPT_SINCE },
    { "podcast", no_argument, NULL, OPT_PODCAST },
    { "podcast-title", required_argument, NULL, OPT_PODCAST_TITLE },
    { "podcast-url", required_argument, NULL, OPT_PODCAST_URL },
    { "json", no_argument, NULL, OPT_JSON },
    { "text", no_argument, NULL, OPT_TEXT },
    { "sections", no_argument, NULL, OPT_SECTIONS },
    { "html", no_argument, NULL, OPT_HTML },
    { "ssml", no_argument, NULL, OPT_SSML },
    { "list-voices", no_argument, NULL, OPT_LIST_VOICES },
    { "section", required_argument, NULL, OPT_SECTION },
    { "only", no_argument, NULL, OPT_ONLY },
    { "voice", required_argument, NULL, 'v' },
    { "rate", required_argument, NULL, 'r' },
    { "pitch", required_argument, NULL, 'p' },
    { "volume", required_argument, NULL, OPT_VOLUME },
    { "no-intro", no_argument, NULL, OPT_NO_INTRO },
    { "no-captions", no_argument, NULL, OPT_NO_CAPTIONS },
    { "lexicon", required_argument, NULL, OPT_LEXICON },
    { "audio-device", required_argument, NULL, OPT_AUDIO_DEVICE },
    { "events", required_argument, NULL, OPT_EVENTS },
    { "resume", no_argument, NULL, OPT_RESUME },
    { "timeout", required_argument, NULL, OPT_TIMEOUT },
    { "max-size", required_argument, NULL, OPT_MAX_SIZE },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
};

void cli_error(const char *fmt, ...)
{
    va_list ap;

    fputs("aloud: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);

    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

int cli_exit_code(int error)
{
    if (error == ALOUD_OK)
        return CLI_EXIT_OK;
    if (error == ALOUD_EINTERRUPTED)
        return CLI_EXIT_INTERRUPTED;
    if (error < 0 && error >= ALOUD_EFEED)
        return -error;
    return 1;
}

static bool parse_int(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* "20M", "512k", "1G" or plain bytes. */
static bool parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;
    unsigned shift = 0;

    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-')
        return false;
    switch (*end) {
    case '\0': break;
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: return false;
    }
    if ((*end == 'i' && end[1] == 'B' && !end[2]) || (*end == 'B' && !end[1]))
        end += strlen(end);
    if (*end || v == 0 || v > (ULLONG_MAX >> shift) || (v << shift) > SIZE_MAX)
        return false;
    *out = (size_t)(v << shift);
    return true;
}

static int set_job(cli_options *o, cli_job job, const char *name)
{
    if (o->job != CLI_JOB_PLAY && o->job != job) {
        cli_error("%s cannot be combined with another output option", name);
        return -1;
    }
    o->job = job;
    return 0;
}

/* Parse argv into O. Returns -1 on a usage error, 1 when done (help/version),
 * 2 for a batch (the sources are argv[optind...]). */
static int parse_args(cli_options *o, int argc, char **argv)
{
    long v;
    int c;

    opterr = 0;                 /* our own messages, without argv[0]'s path */
    while ((c = getopt_long(argc, argv, ":o:v:r:p:j:qhV", long_options, NULL)) != -1) {
        switch (c) {
        case 'o': o->output = optarg; if (set_job(o, CLI_JOB_EXPORT, "-o") < 0) return -1; break;
        case OPT_SPLIT: o->split_dir = optarg; if (set_job(o, CLI_JOB_EXPORT, "--split") < 0) return -1; break;
        case OPT_CHAPTERS: o->chapters = optarg; break;
        case OPT_FORMAT: o->format = optarg; break;
        case OPT_BITRATE: if (cli_parse_bitrate(optarg, &o->bitrate) < 0) return -1; break;
        case OPT_FORCE: o->force = true; break;
        case OPT_COVER: o->cover = true; break;
        case OPT_INPUT_FILE: o->input_file = optarg; break;
        case OPT_RETRY_FAILED: o->retry_failed = true; break;
        case 'j':
            if (!parse_int(optarg, 1, 64, &v)) { cli_error("--jobs: '%s' is not a number of jobs from 1 to 64", optarg); return -1; }
            o->jobs = v;
            break;
        case OPT_SHARD: {
            long k = 0, n = 0;
            int used = 0;
            if (sscanf(optarg, "%ld/%ld%n", &k, &n, &used) != 2 || (size_t)used != strlen(optarg) ||
                n < 1 || n > 100000 || k < 1 || k > n) {
                cli_error("--shard: '%s' is not K/N with 1 <= K <= N (e.g. 2/5)", optarg);
                return -1;
            }
            o->shard_k = k;
            o->shard_n = n;
            break;
        }
        case OPT_MERGE: o->merge = true; break;
        case OPT_LIMIT:
            if (!parse_int(optarg, 1, 100000, &v)) { cli_error("--limit: '%s' is not a number of items from 1 to 100000", optarg); return -1; }
            o->limit = v;
            break;
        case OPT_SINCE:
            if (strlen(optarg) < 10 || optarg[4] != '-' || optarg[7] != '-') { cli_error("--since: '%s' is not a date like 2024-11-05", optarg); return -1; }
            o->since = optarg;
            break;
        case OPT_PODCAST: o->podcast = true; break;
        case OPT_PODCAST_TITLE: o->podcast = true; o->podcast_title = optarg; break;
        case OPT_PODCAST_URL: o->podcast = true; o->podcast_url = optarg; break;
        case OPT_JSON: if (set_job(o, CLI_JOB_JSON, "--json") < 0) return -1; break;
        case OPT_TEXT: if (set_job(o, CLI_JOB_TEXT, "--text") < 0) return -1; break;
        case OPT_SECTIONS: if (set_job(o, CLI_JOB_SECTIONS, "--sections") < 0) return -1; break;
        case OPT_HTML: if (set_job(o, CLI_JOB_HTML, "--html") < 0) return -1; break;
        case OPT_SSML: if (set_job(o, CLI_JOB_SSML, "--ssml") < 0) return -1; break;
        case OPT_LIST_VOICES: if (set_job(o, CLI_JOB_LIST_VOICES, "--list-voices") < 0) return -1; break;
        case OPT_SECTION: o->section = optarg; break;
        case OPT_ONLY: o->only = true; break;
        case 'v': o->voice = optarg; break;
        case 'r':
            if (!parse_int(optarg, 80, 450, &v)) { cli_error("--rate: '%s' is not a rate from 80 to 450 words per minute", optarg); return -1; }
            o->rate = (int)v;
            break;
        case 'p':
            if (!parse_int(optarg, 0, 99, &v)) { cli_error("--pitch: '%s' is not a pitch from 0 to 99", optarg); return -1; }
            o->pitch = (int)v;
            break;
        case OPT_VOLUME:
            if (!parse_int(optarg, 0, 200, &v)) { cli_error("--volume: '%s' is not a volume from 0 to 200", optarg); return -1; }
            o->volume = (int)v;
            break;
        case OPT_NO_INTRO: o->no_intro = true; break;
        case OPT_NO_CAPTIONS: o->no_captions = true; break;
        case OPT_LEXICON: o->lexicon = optarg; break;
        case OPT_AUDIO_DEVICE: o->audio_device = optarg; break;
        case OPT_EVENTS: o->events = optarg; break;
        case OPT_RESUME: o->resume = true; break;
        case OPT_TIMEOUT:
            if (!parse_int(optarg, 1, 3600, &v)) { cli_error("--timeout: '%s' is not a number of seconds from 1 to 3600", optarg); return -1; }
            o->load.timeout = v;
            break;
        case OPT_MAX_SIZE:
            if (!parse_size(optarg, &o->load.max_size)) { cli_error("--max-size: '%s' is not a size (e.g. 20M, 512K)", optarg); return -1; }
            break;
        case 'q': o->quiet = true; break;
        case 'h': fputs(usage_text, stdout); return 1;
        case 'V': printf("aloud %s\n", aloud_version()); return 1;
        case ':':
            cli_error("option '%s' needs a value", argv[optind - 1]);
            fputs("Try 'aloud --help' for more information.\n", stderr);
            return -1;
        default:
            if (optopt)
                cli_error("unknown option '-%c'", optopt);
            else
                cli_error("unknown option '%s'", argv[optind - 1]);
            fputs("Try 'aloud --help' for more information.\n", stderr);
            return -1;
        }
    }
    if (o->job == CLI_JOB_LIST_VOICES)
        return optind == argc ? 0 : (cli_error("--list-voices takes no SOURCE"), -1);
    if (cli_is_batch(o, argc - optind))
        return 2;                                   /* cli_batch() checks the rest */
    if (optind != argc - 1) {
        cli_error(optind == argc ? "no SOURCE given (a URL, a file, or - for stdin)"
                                 : "several SOURCEs need -o DIR/ (a folder to export into)");
        fputs("Try 'aloud --help' for more information.\n", stderr);
        return -1;
    }
    o->source = argv[optind];
    if (o->only && !o->section) {
        cli_error("--only needs --section");
        return -1;
    }
    if (o->chapters && !o->output) {
        cli_error("--chapters needs -o FILE");
        return -1;
    }
    if (cli_export_check(o) < 0)
        return -1;
    /* before the page is fetched: a usage error, not a network one */
    if (o->chapters && !has_suffix(o->chapters, ".cue") && !has_suffix(o->chapters, ".txt") &&
        !has_suffix(o->chapters, ".ffmeta")) {
        cli_error("%s: the chapter list's name must end in .cue (CUE sheet), .txt or .ffmeta "
                  "(ffmetadata)", o->chapters);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    cli_options o = { 0 };
    aloud_load_options defaults = ALOUD_LOAD_OPTIONS_INIT;
    aloud_article *article = NULL;
    int rc, err;

    o.load = defaults;
    /* espeak-ng 1.51 probes the sound system through pcaudiolib even when
     * it only synthesises into memory; keep libpulse's complaints (a full
     * /dev/shm, no daemon) off our stderr, in the system log instead:
     * aloud reports its own errors. */
    setenv("PULSE_LOG_SYSLOG", "1", 0);
    o.pitch = -1;
    o.volume = -1;
    rc = parse_args(&o, argc, argv);
    if (rc == 2)
        return cli_batch(&o, argv + optind, argc - optind);
    if (rc != 0)
        return rc > 0 ? CLI_EXIT_OK : CLI_EXIT_USAGE;
    if (o.job == CLI_JOB_LIST_VOICES)
        return cli_list_voices(&o);
    if ((err = aloud_article_load(&article, o.source, &o.load)) < 0) {
        cli_error("%s", aloud_error_message());
        if (err == ALOUD_EFEED)
            fputs("To export its articles into a folder: aloud -o DIR/ SOURCE\n", stderr);
        return cli_exit_code(err);
    }
    if (o.no_captions)
        aloud_article_drop_captions(article);
    if (aloud_article_is_digest(article) && !o.quiet) {
        size_t stories;
        aloud_article_sections(article, &stories);
        cli_error("note: %s is a front page, not one article: reading its %zu stories as a digest",
                  o.source, stories);
    }
    switch (o.job) {
    case CLI_JOB_EXPORT: rc = cli_export(&o, article); break;
    case CLI_JOB_PLAY: rc = cli_play(&o, article); break;
    default: rc = cli_output(&o, article); break;
    }
    aloud_article_free(article);
    return rc;
}
