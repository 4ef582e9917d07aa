/*
 * test_events_json.c - the --events writer of the aloud CLI (src/cli/play.c),
 * white box.
 *
 * The library removes control characters from page text, so the CLI's
 * JSON escaping of them cannot be reached through a page: a bug there
 * would pass every CLI test. This harness compiles play.c itself and
 * writes events with headings and messages holding every kind of
 * character the escaping must handle, then compares the lines byte for
 * byte.
 *
 * Usage: test_events_json
 */
#include "play.c"

/* The rest of the CLI (main.c), which play.c calls: not used here. */
void cli_error(const char *fmt, ...)
{
    (void)fmt;
}

int cli_exit_code(int error)
{
    return error < 0 ? -error : error;
}

static int failures;

/* The line write_event() writes for EV, in BUF. */
static const char *event_line(char *buf, size_t n, const aloud_player_event *ev)
{
    play_session s;
    FILE *f = tmpfile();
    size_t len;

    memset(&s, 0, sizeof(s));
    s.events = f;
    s.t0 = 10.0;
    if (!f)
        return "";
    write_event(&s, ev);
    rewind(f);
    len = fread(buf, 1, n - 1, f);
    buf[len] = '\0';
    fclose(f);
    return buf;
}

static void expect(const aloud_player_event *ev, const char *want, const char *what)
{
    char buf[1024];
    const char *got = event_line(buf, sizeof(buf), ev);

    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "%s:\n  got  %s  want %s", what, got, want);
    }
}

int main(void)
{
    aloud_player_event ev;

    memset(&ev, 0, sizeof(ev));
    ev.type = ALOUD_PLAYER_EVENT_SECTION;
    ev.time = 11.5;
    ev.section = 2;
    ev.paragraph = 0;
    ev.heading = "C0 \x01\x07\x08\t\n\r\x1b[31m DEL \x7f end";
    expect(&ev, "{\"t\": 1.500, \"event\": \"section\", \"index\": 3, \"paragraph\": 1, \"heading\": "
                "\"C0 \\u0001\\u0007\\u0008\\u0009\\u000a\\u000d\\u001b[31m DEL \\u007f end\"}\n",
           "control characters in a heading");

    ev.heading = "quote \" backslash \\ slash / <b> & \xc3\xbcn\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9 \xe2\x80\x94";
    expect(&ev, "{\"t\": 1.500, \"event\": \"section\", \"index\": 3, \"paragraph\": 1, \"heading\": "
                "\"quote \\\" backslash \\\\ slash / <b> & \xc3\xbcn\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9 \xe2\x80\x94\"}\n",
           "quotes, backslashes and UTF-8 in a heading");

    ev.heading = NULL;
    ev.type = ALOUD_PLAYER_EVENT_PARAGRAPH;
    ev.paragraph = 4;
    expect(&ev, "{\"t\": 1.500, \"event\": \"paragraph\", \"index\": 3, \"paragraph\": 5, \"heading\": "
                "\"Introduction\"}\n", "the untitled lead");

    ev.type = ALOUD_PLAYER_EVENT_ERROR;
    ev.error = ALOUD_ESYNTH;
    ev.message = "voice \"x\x1b]0;t\x07\" failed\n";
    {
        char want[256];
        snprintf(want, sizeof(want), "{\"t\": 1.500, \"event\": \"error\", \"error\": %d, \"message\": "
                 "\"voice \\\"x\\u001b]0;t\\u0007\\\" failed\\u000a\"}\n", ALOUD_ESYNTH);
        expect(&ev, want, "control characters in an error message");
    }

    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    else
        printf("ok events_json\n");
    return failures ? 1 : 0;
}
