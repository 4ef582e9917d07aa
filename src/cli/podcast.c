/*
 * podcast.c - a batch folder as a podcast: DIR/feed.xml and a chapters
 * file per episode (--podcast, --podcast-title, --podcast-url).
 *
 * feed.xml is RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, one
 * item per article the manifest records as exported: title, source link,
 * author, pubDate (the article's date, else the file's), an enclosure with
 * the file's exact length and MIME type, itunes:duration, a GUID that
 * stays the same across runs (the source), and podcast:chapters pointing
 * to STEM.chapters.json in the JSON chapters format. The chapters come
 * from the ffmetadata list the export writes next to the audio
 * (aloud_export_options.chapters_path), converted here and removed.
 * Enclosure and chapter URLs are --podcast-url BASE joined with the file
 * name, percent-encoded; without BASE they are relative, which podcast
 * apps reading the folder over HTTP resolve against the feed's URL.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cli.h"

/* ---- chapters --------------------------------------------------------------- */

/* Undo ffmetadata's backslash escapes in place. */
static void unescape(char *s)
{
    char *d = s;

    for (; *s; s++) {
        if (*s == '\\' && s[1])
            s++;
        *d++ = *s;
    }
    *d = '\0';
}

int cli_podcast_chapters(const char *ffmeta, const char *json_path)
{
    FILE *in = fopen(ffmeta, "r");
    json_object *root, *list, *ch = NULL;
    char *line = NULL, *tmp;
    size_t cap = 0, n;
    ssize_t got;
    long timebase = 1000;
    int rc;

    if (!in)
        return -1;
    root = json_object_new_object();
    list = json_object_new_array();
    json_object_object_add(root, "version", json_object_new_string("1.2.0"));
    json_object_object_add(root, "chapters", list);
    while ((got = getline(&line, &cap, in)) >= 0) {
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (strcmp(line, "[CHAPTER]") == 0) {
            ch = json_object_new_object();
            json_object_array_add(list, ch);
            timebase = 1000;
        } else if (ch && strncmp(line, "TIMEBASE=1/", 11) == 0) {
            timebase = strtol(line + 11, NULL, 10) > 0 ? strtol(line + 11, NULL, 10) : 1000;
        } else if (ch && strncmp(line, "START=", 6) == 0) {
            json_object_object_add(ch, "startTime",
                                   json_object_new_double(strtod(line + 6, NULL) / timebase));
        } else if (ch && strncmp(line, "title=", 6) == 0) {
            unescape(line + 6);
            json_object_object_add(ch, "title", json_object_new_string(line + 6));
        }
    }
    free(line);
    fclose(in);
    n = strlen(json_path) + 8;
    tmp = malloc(n);
    rc = -1;
    if (tmp) {
        snprintf(tmp, n, "%s.tmp", json_path);
        if (json_object_to_file_ext(tmp, root, JSON_C_TO_STRING_PRETTY |
                                    JSON_C_TO_STRING_NOSLASHESCAPE) == 0 &&
            rename(tmp, json_path) == 0)
            rc = 0;
        else
            unlink(tmp);
        free(tmp);
    }
    json_object_put(root);
    return rc;
}

/* ---- the feed --------------------------------------------------------------- */

static void xml_text(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");

    for (; *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        default:
            if (*p >= 0x20 || *p == '\t' || *p == '\n')   /* XML 1.0 refuses the rest */
                fputc(*p, f);
        }
    }
}

/* BASE/NAME with NAME percent-encoded (RFC 3986 unreserved kept), as XML text. */
static void xml_url(FILE *f, const char *base, const char *name)
{
    const unsigned char *p = (const unsigned char *)name;

    if (base && *base) {
        xml_text(f, base);
        if (base[strlen(base) - 1] != '/')
            fputc('/', f);
    }
    for (; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '.' || *p == '_' || *p == '~')
            fputc(*p, f);
        else
            fprintf(f, "%%%02X", *p);
    }
}

static const char *str_of(json_object *o, const char *key)
{
    json_object *v;

    return o && json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)
        ? json_object_get_string(v) : NULL;
}

static const char *mime_of(const char *file)
{
    static const struct { const char *ext, *mime; } types[] = {
        { ".mp3", "audio/mpeg" }, { ".m4b", "audio/x-m4b" }, { ".m4a", "audio/mp4" },
        { ".opus", "audio/ogg" }, { ".flac", "audio/flac" }, { ".wav", "audio/wav" },
    };
    size_t i, n = strlen(file);

    for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        size_t m = strlen(types[i].ext);
        if (n >= m && strcmp(file + n - m, types[i].ext) == 0)
            return types[i].mime;
    }
    return "application/octet-stream";
}

/* RFC 2822 date of an ISO date ("2024-11-05" or "2024-11-05T08:00:00..."),
 * else of FALLBACK (a file's time). */
static void rfc2822(char *out, size_t size, const char *iso, time_t fallback)
{
    struct tm tm;
    time_t t = fallback;
    int y, mo, d, h = 0, mi = 0, s = 0;

    if (iso && sscanf(iso, "%4d-%2d-%2d", &y, &mo, &d) == 3 && mo >= 1 && mo <= 12 &&
        d >= 1 && d <= 31) {
        if (strlen(iso) >= 19 && (iso[10] == 'T' || iso[10] == ' '))
            sscanf(iso + 11, "%2d:%2d:%2d", &h, &mi, &s);
        memset(&tm, 0, sizeof(tm));
        tm.tm_year = y - 1900;
        tm.tm_mon = mo - 1;
        tm.tm_mday = d;
        tm.tm_hour = h;
        tm.tm_min = mi;
        tm.tm_sec = s;
        t = timegm(&tm);
    }
    gmtime_r(&t, &tm);
    strftime(out, size, "%a, %d %b %Y %H:%M:%S +0000", &tm);
}

int cli_podcast_write(const char *dir, json_object *const *entries, size_t count,
                      const cli_options *o)
{
    size_t n = strlen(dir) + 32, i;
    char *path = malloc(n), *tmp = malloc(n), date[64];
    const char *base = o->podcast_url;
    FILE *f;
    int ok;

    if (!path || !tmp) {
        free(path);
        free(tmp);
        return -1;
    }
    snprintf(path, n, "%s/feed.xml", dir);
    snprintf(tmp, n, "%s/.feed.xml.tmp", dir);
    if (!(f = fopen(tmp, "w"))) {
        cli_error("%s: cannot write the podcast feed: %s", path, strerror(errno));
        free(path);
        free(tmp);
        return -1;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"\n"
          "     xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n<channel>\n  <title>", f);
    xml_text(f, o->podcast_title ? o->podcast_title : "Articles read by aloud");
    fputs("</title>\n  <link>", f);
    xml_text(f, base ? base : "");
    fputs("</link>\n  <description>Web articles read aloud by aloud.</description>\n"
          "  <itunes:author>aloud</itunes:author>\n  <itunes:explicit>false</itunes:explicit>\n"
          "  <itunes:category text=\"News\"/>\n  <generator>aloud</generator>\n", f);
    for (i = 0; i < count; i++) {
        json_object *e = entries[i], *d;
        const char *file = str_of(e, "file"), *status = str_of(e, "status");
        const char *chapters = str_of(e, "chapters"), *link = str_of(e, "url");
        char *audio;
        struct stat st;
        unsigned long secs = 0;

        if (!file || !status || strcmp(status, "ok") != 0)
            continue;
        audio = malloc(strlen(dir) + strlen(file) + 2);
        if (!audio)
            continue;
        sprintf(audio, "%s/%s", dir, file);
        if (stat(audio, &st) != 0) {
            free(audio);
            continue;
        }
        free(audio);
        if (json_object_object_get_ex(e, "duration", &d))
            secs = (unsigned long)(json_object_get_double(d) + 0.5);
        rfc2822(date, sizeof(date), str_of(e, "published"), st.st_mtime);
        fputs("  <item>\n    <title>", f);
        xml_text(f, str_of(e, "title") ? str_of(e, "title") : file);
        fputs("</title>\n    <link>", f);
        xml_text(f, link ? link : str_of(e, "source"));
        fputs("</link>\n", f);
        if (str_of(e, "byline")) {
            fputs("    <itunes:author>", f);
            xml_text(f, str_of(e, "byline"));
            fputs("</itunes:author>\n", f);
        }
        fprintf(f, "    <pubDate>%s</pubDate>\n    <enclosure url=\"", date);
        xml_url(f, base, file);
        fprintf(f, "\" length=\"%lld\" type=\"%s\"/>\n", (long long)st.st_size, mime_of(file));
        fprintf(f, "    <itunes:duration>%lu</itunes:duration>\n", secs);
        fputs("    <guid isPermaLink=\"false\">aloud:", f);
        xml_text(f, str_of(e, "source"));
        fputs("</guid>\n", f);
        if (chapters) {
            fputs("    <podcast:chapters url=\"", f);
            xml_url(f, base, chapters);
            fputs("\" type=\"application/json+chapters\"/>\n", f);
        }
        fputs("  </item>\n", f);
    }
    fputs("</channel>\n</rss>\n", f);
    ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = fclose(f) == 0 && ok;
    if (ok && rename(tmp, path) != 0)
        ok = 0;
    if (!ok) {
        cli_error("%s: cannot write the podcast feed: %s", path, strerror(errno));
        unlink(tmp);
    }
    free(path);
    free(tmp);
    return ok ? 0 : -1;
}
