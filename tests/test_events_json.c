/*
 * test_events_json.c - the --events writer of the aloud CLI (src/cli/play.c),
 * white box.
 *
 * The library removes control characters from page text, so the CLI's
 * JSON escaping of them cannot be reached through a page: a bug there
 * would pass every CLI test. This harness compiles play.c itself and
 * writes events with headings and messages holding every kind of
 * character the escaping must handle, then compares the lines byte for
 * byte. It also checks fit_columns(), which fits the status line and the
 * live sentence to the terminal.
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

static void fit_expect(const char *text, size_t cols, const char *want, const char *what)
{
    char out[256];

    fit_columns(out, sizeof(out), text, cols);
    if (strcmp(out, want) != 0) {
        failures++;
        fprintf(stderr, "%s:\n  got  \"%s\"\n  want \"%s\"\n", what, out, want);
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
    expect(&ev, "{\"t\": 1.500, \"event\": \"section\", \"index\": 3, \"paragraph\": 1, \"sentence\": 1, \"heading\": "
                "\"C0 \\u0001\\u0007\\u0008\\u0009\\u000a\\u000d\\u001b[31m DEL \\u007f end\"}\n",
           "control characters in a heading");

    ev.heading = "quote \" backslash \\ slash / <b> & \xc3\xbcn\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9 \xe2\x80\x94";
    expect(&ev, "{\"t\": 1.500, \"event\": \"section\", \"index\": 3, \"paragraph\": 1, \"sentence\": 1, \"heading\": "
                "\"quote \\\" backslash \\\\ slash / <b> & \xc3\xbcn\xc3\xaf" "c\xc3\xb6" "d\xc3\xa9 \xe2\x80\x94\"}\n",
           "quotes, backslashes and UTF-8 in a heading");

    ev.heading = NULL;
    ev.type = ALOUD_PLAYER_EVENT_PARAGRAPH;
    ev.paragraph = 4;
    expect(&ev, "{\"t\": 1.500, \"event\": \"paragraph\", \"index\": 3, \"paragraph\": 5, \"sentence\": 1, \"heading\": "
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

    ev.type = ALOUD_PLAYER_EVENT_SENTENCE;
    ev.sentence = 2;
    ev.heading = "Tides";
    expect(&ev, "{\"t\": 1.500, \"event\": \"sentence\", \"index\": 3, \"paragraph\": 5, "
                "\"sentence\": 3, \"heading\": \"Tides\"}\n", "a sentence");
    ev.type = ALOUD_PLAYER_EVENT_VOLUME;
    ev.volume = 120;
    ev.muted = true;
    expect(&ev, "{\"t\": 1.500, \"event\": \"volume\", \"volume\": 120, \"muted\": true}\n",
           "the volume");

    /* The live sentence and the status line: control characters dropped,
     * line breaks as spaces, cut to the columns with an ellipsis. */
    fit_expect("Red \x1b[31malert\x1b[0m\a bell\x7f \xc2\x9b" "2J c1\nnext\tline", 80,
               "Red [31malert[0m bell 2J c1 next line", "controls in a live sentence");
    fit_expect("The best time to visit is an hour before low tide.", 20,
               "The best time to vi\xe2\x80\xa6", "cut to 20 columns");
    fit_expect("\xe6\xbd\xae\xe3\x81\xae\xe6\xba\x80\xe3\x81\xa1\xe5\xb9\xb2", 6,
               "\xe6\xbd\xae\xe3\x81\xae\xe2\x80\xa6", "wide characters count two");
    fit_expect("short", 5, "short", "exactly the width");
    fit_expect("bad \xff byte", 20, "bad ? byte", "an invalid byte");

    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    else
        printf("ok events_json\n");
    return failures ? 1 : 0;
}
