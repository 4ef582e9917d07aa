/*
 * play.c - live playback: keys, status line, events file, resume.
 *
 * The player (aloud/player.h) does the audio in threads of its own; this
 * file is the terminal front end, and only uses the public API. The main
 * thread runs a poll() loop over the controlling terminal (keys) and a
 * self-pipe that signal handlers write to, waking every STATUS_MS to
 * redraw the status block (on standard error, when it is a terminal): the
 * status line, and under it the sentence being spoken, a notice ("450
 * words per minute is the fastest") or the key help. Every line is cut to
 * the terminal's width so that none wraps, and SIGWINCH redraws at once.
 *
 * Keys come from the terminal whatever standard input is, as less(1)
 * reads them: standard input when it is a terminal, else /dev/tty (so
 * `cat page.html | aloud -` still has keys). With no terminal at all,
 * playback runs to the end and a signal still stops it.
 *
 * Terminal hygiene: raw mode (no echo, no line buffering, signals kept so
 * Ctrl-C and Ctrl-Z still work) is entered only while we are the
 * foreground process group, and the saved mode is restored on every way
 * out: normal return, atexit(), SIGINT/SIGTERM/SIGHUP (restored inside the
 * handler, before anything else), and SIGTSTP (restored before the process
 * stops; raw mode is re-entered by the main loop once we are back in the
 * foreground after SIGCONT).
 *
 * Events are written by the player's callback, on the playback thread, one
 * JSON object per line, flushed at once, so that a script tailing the file
 * follows what is heard. Page text (headings) is escaped for JSON; the
 * library has already removed control characters from it.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define STATUS_MS 200

/* ---- terminal and signals (state shared with the handlers) ---- */

static struct termios saved_tio;
static int tty_fd = -1;                     /* where keys come from, or -1 */
static volatile sig_atomic_t raw_on;        /* raw mode is in force */
static volatile sig_atomic_t status_shown;  /* a status line is on screen */
static volatile sig_atomic_t got_signal;    /* SIGINT/SIGTERM/SIGHUP number */
static int sig_pipe[2] = { -1, -1 };

static void restore_terminal(void)
{
    if (raw_on) {
        tcsetattr(tty_fd, TCSANOW, &saved_tio);
        raw_on = 0;
    }
    if (status_shown) {
        /* Leave the cursor on a clean line: clear the status block. */
        (void)!write(STDERR_FILENO, "\r\033[J", 4);
        status_shown = 0;
    }
}

static bool in_foreground(void)
{
    return tcgetpgrp(tty_fd) == getpgrp();
}

static void enter_raw(void)
{
    struct termios raw = saved_tio;

    if (raw_on || !in_foreground())
        return;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | IEXTEN);
    raw.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(tty_fd, TCSANOW, &raw) == 0)
        raw_on = 1;
}

static void wake_main(char c)
{
    int saved = errno;

    if (sig_pipe[1] >= 0)
        (void)!write(sig_pipe[1], &c, 1);
    errno = saved;
}

static void on_stop_signal(int sig)
{
    sigset_t set;

    (void)sig;
    restore_terminal();
    /* Stop for real: default action, with the signal unblocked. */
    signal(SIGTSTP, SIG_DFL);
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
    /* Continued: the main loop re-enters raw mode when in the foreground. */
    signal(SIGTSTP, on_stop_signal);
    wake_main('c');
}

static void on_quit_signal(int sig)
{
    restore_terminal();
    if (got_signal)      /* a second Ctrl-C: the player did not stop in time */
        _exit(128 + sig);
    got_signal = sig;
    wake_main('q');
}

static void on_cont_signal(int sig)
{
    (void)sig;
    wake_main('c');
}

static void on_resize_signal(int sig)
{
    (void)sig;
    wake_main('w');     /* the main loop redraws at the new width */
}

static void install_handlers(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_cont_signal;
    sigaction(SIGCONT, &sa, NULL);
    sa.sa_handler = on_resize_signal;
    sigaction(SIGWINCH, &sa, NULL);
    sa.sa_handler = on_stop_signal;
    sigaction(SIGTSTP, &sa, NULL);
}

static void uninstall_handlers(void)
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGCONT, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
}

/* ---- session state ---- */

typedef struct {
    const cli_options *opts;
    const aloud_article *article;
    aloud_player *player;
    FILE *events;            /* --events, or NULL */
    double t0;               /* CLOCK_MONOTONIC at start, for event times */
    bool debug_clock;        /* ALOUD_DEBUG_CLOCK: add absolute times to events */
    bool keys;               /* tty_fd is a terminal we read keys from */
    bool status;             /* draw the status line */
    bool ended;              /* the player reported end or quit */
    bool live;               /* show the sentence being spoken under the status */
    bool help;               /* the key help is shown (until the next key) */
    char notice[128];        /* said under the status line until notice_until */
    double notice_until;
    int rate_asked;          /* the rate the keys asked for (0: not yet): commands
                                are asynchronous, so the player's status may lag
                                behind keys pressed quickly */
} play_session;

static double mono_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The heading shown for a section: the lead is "Introduction". */
static const char *shown_heading(const char *heading)
{
    return heading ? heading : "Introduction";
}

/* ---- events file ---- */

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;

        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static const char *event_name(aloud_player_event_type t)
{
    switch (t) {
    case ALOUD_PLAYER_EVENT_SECTION: return "section";
    case ALOUD_PLAYER_EVENT_PARAGRAPH: return "paragraph";
    case ALOUD_PLAYER_EVENT_PAUSE: return "pause";
    case ALOUD_PLAYER_EVENT_RESUME: return "resume";
    case ALOUD_PLAYER_EVENT_RATE: return "rate";
    case ALOUD_PLAYER_EVENT_END: return "end";
    case ALOUD_PLAYER_EVENT_QUIT: return "quit";
    case ALOUD_PLAYER_EVENT_ERROR: return "error";
    case ALOUD_PLAYER_EVENT_SENTENCE: return "sentence";
    case ALOUD_PLAYER_EVENT_VOLUME: return "volume";
    }
    return "unknown";
}

static void write_event(play_session *s, const aloud_player_event *ev)
{
    FILE *f = s->events;

    fprintf(f, "{\"t\": %.3f, \"event\": \"%s\"", ev->time - s->t0, event_name(ev->type));
    if (s->debug_clock)
        fprintf(f, ", \"mono\": %.6f", ev->time);
    switch (ev->type) {
    case ALOUD_PLAYER_EVENT_SECTION:
    case ALOUD_PLAYER_EVENT_PARAGRAPH:
    case ALOUD_PLAYER_EVENT_SENTENCE:
        fprintf(f, ", \"index\": %zu, \"paragraph\": %zu, \"sentence\": %zu, \"heading\": ",
                ev->section + 1, ev->paragraph + 1, ev->sentence + 1);
        json_string(f, shown_heading(ev->heading));
        break;
    case ALOUD_PLAYER_EVENT_VOLUME:
        fprintf(f, ", \"volume\": %d, \"muted\": %s", ev->volume, ev->muted ? "true" : "false");
        break;
    case ALOUD_PLAYER_EVENT_RATE:
        fprintf(f, ", \"rate\": %d", ev->rate);
        break;
    case ALOUD_PLAYER_EVENT_ERROR:
        fprintf(f, ", \"error\": %d, \"message\": ", ev->error);
        json_string(f, ev->message ? ev->message : "");
        break;
    default:
        fprintf(f, ", \"index\": %zu", ev->section + 1);
        break;
    }
    fputs("}\n", f);
    fflush(f);
}

static void on_event(const aloud_player_event *ev, void *data)
{
    play_session *s = data;

    if (s->events)
        write_event(s, ev);
}

/* ---- status line ---- */

static void format_time(char *out, size_t n, double seconds)
{
    /* at most 999:59:59, so that the text always fits */
    unsigned t = seconds <= 0 ? 0 : seconds >= 3599999 ? 3599999u : (unsigned)(seconds + 0.5);

    if (t >= 3600)
        snprintf(out, n, "%u:%02u:%02u", t / 3600 % 1000, t / 60 % 60, t % 60);
    else
        snprintf(out, n, "%u:%02u", t / 60 % 60, t % 60);
}

/* Columns a code point takes in a terminal: 0 for combining marks and
 * zero-width characters, 2 for East Asian wide ones and emoji, else 1.
 * (wcwidth() would need a UTF-8 locale, which aloud does not set.) */
static int columns_of(unsigned cp)
{
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) ||
        (cp >= 0xfe00 && cp <= 0xfe0f))
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f) ||
        (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) ||
        (cp >= 0x20000 && cp <= 0x3fffd))
        return 2;
    return 1;
}

/* Decode the UTF-8 character at S (LEN bytes); invalid bytes are U+FFFD. */
static unsigned next_char(const unsigned char *s, size_t *len)
{
    unsigned cp = s[0];
    size_t n = cp < 0x80 ? 1 : (cp & 0xe0) == 0xc0 ? 2 : (cp & 0xf0) == 0xe0 ? 3
             : (cp & 0xf8) == 0xf0 ? 4 : 0;

    if (n == 0) {
        *len = 1;
        return 0xfffd;
    }
    cp &= n == 1 ? 0x7f : 0x7f >> n;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            *len = i;
            return 0xfffd;
        }
        cp = cp << 6 | (s[i] & 0x3f);
    }
    *len = n;
    return cp;
}

/* Copy UTF-8 S into OUT (size N), at most COLS terminal columns, ending
 * with an ellipsis when it is cut. Control characters (C0, DEL, C1) are
 * dropped, line breaks and tabs become spaces: the library removes them
 * from page text already, and the terminal must never see one. Returns
 * the columns used. */
static size_t fit_columns(char *out, size_t n, const char *s, size_t cols)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t len = 0, used = 0, cut_len = 0, cut_used = 0;

    while (*p) {
        size_t clen;
        unsigned cp = next_char(p, &clen);
        int w;

        if (cp == '\t' || cp == '\n' || cp == '\r')
            cp = ' ';
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
            p += clen;
            continue;
        }
        w = columns_of(cp);
        if (used < cols) {     /* an ellipsis would still fit here */
            cut_len = len;
            cut_used = used;
        }
        if (used + (size_t)w > cols || len + clen + 3 >= n) {
            /* does not fit: cut, with an ellipsis when a column is free */
            len = cut_len;
            used = cut_used;
            if (used < cols && len + 4 <= n) {
                memcpy(out + len, "\xE2\x80\xA6", 3);
                len += 3;
                used++;
            }
            break;
        }
        if (cp == ' ' || cp == 0xfffd) {
            out[len++] = cp == ' ' ? ' ' : '?';
        } else {
            memcpy(out + len, p, clen);
            len += clen;
        }
        used += (size_t)w;
        p += clen;
    }
    out[len] = '\0';
    return used;
}

static size_t terminal_width(void)
{
    struct winsize ws;

    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

/* The status line, at most WIDTH columns: "section 2/5 Heading  0:35/6:37
 * [paused]  175 wpm  vol 100%". When it is too wide the heading is cut
 * first, then the word "section" and the volume go, then the end of the
 * line is cut. */
static void status_text(char *out, size_t n, const aloud_player_status *st, size_t width)
{
    char head[512], pre[64], post[160], elapsed[24], total[24], vol[32], line[768];
    size_t fixed;

    format_time(elapsed, sizeof(elapsed), st->elapsed);
    format_time(total, sizeof(total), st->total);
    snprintf(vol, sizeof(vol), "  vol %d%%", st->volume);
    snprintf(pre, sizeof(pre), "section %zu/%zu ", st->section + 1, st->section_count);
    snprintf(post, sizeof(post), "  %s/%s%s%s  %d wpm", elapsed, total,
             st->paused ? "  [paused]" : "", st->muted ? "  [muted]" : "", st->rate);
    if (strlen(pre) + strlen(post) + strlen(vol) + 8 > width)   /* narrow: bare numbers */
        snprintf(pre, sizeof(pre), "%zu/%zu ", st->section + 1, st->section_count);
    if (strlen(pre) + strlen(post) + strlen(vol) <= width)
        snprintf(post + strlen(post), sizeof(post) - strlen(post), "%s", vol);
    fixed = strlen(pre) + strlen(post);
    fit_columns(head, sizeof(head), shown_heading(st->heading), width > fixed ? width - fixed : 0);
    snprintf(line, sizeof(line), "%s%s%s", pre, head, post);
    fit_columns(out, n, line, width);
}

/* Append to BUF (SIZE bytes, *LEN used) what fits of the formatted text. */
static void append(char *buf, size_t size, size_t *len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void append(char *buf, size_t size, size_t *len, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (*len + 1 >= size)
        return;
    va_start(ap, fmt);
    n = vsnprintf(buf + *len, size - *len, fmt, ap);
    va_end(ap);
    if (n > 0)
        *len = *len + (size_t)n < size ? *len + (size_t)n : size - 1;
}

static const char *const key_help[] = {
    "Keys (any key closes this help):",
    "  space        pause / resume            q      quit",
    "  n  p         next / previous section   1-9    go to section",
    "  ]  [         next / previous paragraph",
    "  .  ,         next / previous sentence",
    "  Right Left   10 s on / back",
    "  Up Down + -  faster / slower",
    "  *  /         louder / quieter          m      mute",
    "  ?  h         this help",
};
#define KEY_HELP_LINES (sizeof(key_help) / sizeof(key_help[0]))

/* Redraw the status block: the status line, then the live sentence (or a
 * notice, or the key help). The cursor is kept at the start of the first
 * line, so each frame clears from there down ("\r\033[J") and draws the
 * lines again, never wider than the terminal (one column spare, so no
 * line wraps), in one write. After a resize the terminal may re-wrap the
 * old lines, but they are all below the cursor and the next frame clears
 * them. */
static void draw_status(play_session *s)
{
    aloud_player_status st;
    char frame[8192], line[1024];
    const char *extra[KEY_HELP_LINES];
    size_t width = terminal_width(), len = 0, lines = 0;

    width = width > 1 ? width - 1 : 1;
    aloud_player_get_status(s->player, &st);
    if (s->help) {
        for (; lines < KEY_HELP_LINES; lines++)
            extra[lines] = key_help[lines];
    } else if (s->notice[0] && mono_now() < s->notice_until) {
        extra[lines++] = s->notice;
    } else if (s->live && st.text) {
        extra[lines++] = st.text;
    }
    status_text(line, sizeof(line), &st, width);
    append(frame, sizeof(frame), &len, "\r\033[J%s", line);
    for (size_t i = 0; i < lines; i++) {
        fit_columns(line, sizeof(line), extra[i], width);
        append(frame, sizeof(frame), &len, "\n%s", line);
    }
    if (lines)
        append(frame, sizeof(frame), &len, "\033[%zuA", lines);
    append(frame, sizeof(frame), &len, "\r");
    (void)!write(STDERR_FILENO, frame, len);
    status_shown = 1;
}

/* ---- keys ---- */

static void notice(play_session *s, const char *text)
{
    snprintf(s->notice, sizeof(s->notice), "%s", text);
    s->notice_until = mono_now() + 2.0;
}

/* Faster or slower, saying so at the end of the range. */
static void change_rate(play_session *s, bool faster)
{
    aloud_player_status st;

    if (!s->rate_asked) {
        aloud_player_get_status(s->player, &st);
        s->rate_asked = st.rate;
    }
    if (faster && s->rate_asked >= ALOUD_RATE_MAX) {
        notice(s, "450 words per minute is the fastest");
    } else if (!faster && s->rate_asked <= ALOUD_RATE_MIN) {
        notice(s, "80 words per minute is the slowest");
    } else {
        s->rate_asked += faster ? ALOUD_PLAYER_RATE_STEP : -ALOUD_PLAYER_RATE_STEP;
        s->rate_asked = s->rate_asked > ALOUD_RATE_MAX ? ALOUD_RATE_MAX
                      : s->rate_asked < ALOUD_RATE_MIN ? ALOUD_RATE_MIN : s->rate_asked;
        aloud_player_send(s->player, faster ? ALOUD_PLAYER_FASTER : ALOUD_PLAYER_SLOWER, 0);
    }
}

static void change_volume(play_session *s, bool louder)
{
    aloud_player_status st;

    aloud_player_get_status(s->player, &st);
    if (louder && st.volume >= ALOUD_PLAYER_VOLUME_MAX && !st.muted)
        notice(s, "150% is the loudest");
    else if (!louder && st.volume <= 0 && !st.muted)
        notice(s, "the volume is 0% already (m mutes)");
    else
        aloud_player_send(s->player, louder ? ALOUD_PLAYER_LOUDER : ALOUD_PLAYER_QUIETER, 0);
}

/* The key at BUF[*I] (N bytes), *I left on its last byte. The arrow keys
 * (ESC [ A..D or ESC O A..D, with modifiers or not) become 'U', 'D', 'R',
 * 'L', which are not keys of their own; any other escape sequence is
 * skipped whole (0), so that its bytes are not taken for keys; Escape
 * alone is 0x1b. */
static int read_key(const unsigned char *buf, size_t n, size_t *i)
{
    unsigned char c = buf[*i];
    size_t j = *i + 2;

    if (c == 0x1b && *i + 1 < n && (buf[*i + 1] == '[' || buf[*i + 1] == 'O')) {
        while (j < n && buf[j] >= 0x20 && buf[j] < 0x40)    /* parameters */
            j++;
        *i = j < n ? j : n - 1;
        if (j >= n)
            return 0;
        c = buf[j];
        return c == 'A' ? 'U' : c == 'B' ? 'D' : c == 'C' ? 'R' : c == 'D' ? 'L' : 0;
    }
    return c == 'U' || c == 'D' || c == 'R' || c == 'L' ? 0 : c;
}

/* Carry out KEY; returns false for q. */
static bool run_key(play_session *s, int key, size_t sections)
{
    aloud_player *pl = s->player;

    switch (key) {
    case ' ': aloud_player_send(pl, ALOUD_PLAYER_TOGGLE_PAUSE, 0); break;
    case 'n': aloud_player_send(pl, ALOUD_PLAYER_NEXT_SECTION, 0); break;
    case 'p': aloud_player_send(pl, ALOUD_PLAYER_PREV_SECTION, 0); break;
    case ']': aloud_player_send(pl, ALOUD_PLAYER_NEXT_PARAGRAPH, 0); break;
    case '[': aloud_player_send(pl, ALOUD_PLAYER_PREV_PARAGRAPH, 0); break;
    case '.': aloud_player_send(pl, ALOUD_PLAYER_NEXT_SENTENCE, 0); break;
    case ',': aloud_player_send(pl, ALOUD_PLAYER_PREV_SENTENCE, 0); break;
    case 'R': aloud_player_send(pl, ALOUD_PLAYER_FORWARD, ALOUD_PLAYER_SEEK_MS); break;
    case 'L': aloud_player_send(pl, ALOUD_PLAYER_BACK, ALOUD_PLAYER_SEEK_MS); break;
    case 'U': case '+': case '=': change_rate(s, true); break;
    case 'D': case '-': case '_': change_rate(s, false); break;
    case '*': change_volume(s, true); break;
    case '/': change_volume(s, false); break;
    case 'm': aloud_player_send(pl, ALOUD_PLAYER_TOGGLE_MUTE, 0); break;
    case '?': case 'h': s->help = true; break;
    case 'q': case 'Q': return false;
    default:
        if (key >= '1' && key <= '9' && (size_t)(key - '0') <= sections)
            aloud_player_send(pl, ALOUD_PLAYER_GOTO_SECTION, (size_t)(key - '1'));
        break;
    }
    return true;
}

/* Handle the keys in BUF; returns false when q was pressed. While the key
 * help is shown, the next key closes it (and does what it does, but for
 * ?, h and Escape, which only close it). */
static bool handle_keys(play_session *s, const unsigned char *buf, size_t n)
{
    size_t count;

    aloud_article_sections(s->article, &count);
    for (size_t i = 0; i < n; i++) {
        int key = read_key(buf, n, &i);

        if (s->help) {
            s->help = false;
            if (key == '?' || key == 'h' || key == 0x1b)
                continue;
        }
        if (key && !run_key(s, key, count))
            return false;
    }
    return true;
}

/* ---- the loop ---- */

/* Run until the player ends, q, or a signal. Returns the player's result
 * (1 ended, negative error), or 0 when quit by key or signal. */
static int run_loop(play_session *s)
{
    for (;;) {
        struct pollfd fds[2] = { { sig_pipe[0], POLLIN, 0 }, { tty_fd, POLLIN, 0 } };
        nfds_t nfds = 1;
        int rc = aloud_player_wait(s->player, 0);

        if (rc != 0)
            return rc;
        if (got_signal)
            return 0;
        if (s->keys && in_foreground()) {
            enter_raw();
            nfds = 2;
        }
        if (s->status)
            draw_status(s);
        if (poll(fds, nfds, STATUS_MS) < 0 && errno != EINTR)
            return 0;
        if (fds[0].revents & POLLIN) {
            char drain[16];

            (void)!read(sig_pipe[0], drain, sizeof(drain));
        }
        if (nfds == 2 && (fds[1].revents & (POLLIN | POLLHUP))) {
            unsigned char buf[64];
            ssize_t n = read(tty_fd, buf, sizeof(buf));

            if (n <= 0)
                s->keys = false;   /* terminal gone: keep playing without keys */
            else if (!handle_keys(s, buf, (size_t)n))
                return 0;
        }
    }
}

/* Print the outline once, before playback starts. */
static void print_outline(const aloud_article *article)
{
    char *outline = NULL;
    size_t len = 0;

    if (aloud_render(&outline, &len, article, ALOUD_FORMAT_SECTIONS) == ALOUD_OK) {
        fwrite(outline, 1, len, stdout);
        fflush(stdout);
    }
    aloud_free(outline);
}

static bool source_has_name(const char *source)
{
    return strcmp(source, "-") != 0;
}

/* Save or forget the position for --resume; warn on failure. */
static void save_position(const play_session *s, int result)
{
    aloud_player_status st;
    int err;

    if (!source_has_name(s->opts->source))
        return;
    aloud_player_get_status(s->player, &st);
    if (result == 1 && st.finished)
        err = aloud_resume_forget(s->opts->source);
    else
        err = aloud_resume_save(s->opts->source, st.section, st.paragraph);
    if (err < 0)
        cli_error("warning: cannot save the position: %s", aloud_error_message());
}

/* Speech options from the command line; --section wins over --resume,
 * and a resumed playback does not repeat the title. Returns an exit code. */
static int prepare_speech(aloud_speech_options *speech, size_t *paragraph, const play_session *s)
{
    const cli_options *o = s->opts;
    size_t section = 0, count = 0;
    int index, rc;

    speech->voice = o->voice;
    speech->rate = o->rate;
    speech->pitch = o->pitch;
    speech->volume = o->volume;
    speech->intro = !o->no_intro;
    speech->lexicon = o->lexicon;
    speech->only = o->only;
    *paragraph = 0;
    if (o->section) {
        if ((index = aloud_article_find_section(s->article, o->section)) < 0) {
            cli_error("%s: no section '%s' (aloud --sections lists them)", o->source, o->section);
            return cli_exit_code(ALOUD_ENOSECTION);
        }
        speech->first_section = (size_t)index;
    } else if (o->resume) {
        if ((rc = aloud_resume_load(&section, paragraph, o->source)) < 0) {
            cli_error("%s", aloud_error_message());
            return cli_exit_code(rc);
        }
        aloud_article_sections(s->article, &count);
        if (section >= count)      /* the page has changed since */
            section = *paragraph = 0;
        speech->first_section = section;
        if (section > 0 || *paragraph > 0)
            speech->intro = 0;
    }
    return CLI_EXIT_OK;
}

static void say_fallback(const aloud_article *article, const aloud_speech_options *speech)
{
    aloud_voice_info info;

    if (aloud_voice_resolve(&info, article, speech) == ALOUD_OK && info.fallback)
        cli_error("espeak-ng has no voice for the language '%s'; speaking English instead",
                  info.requested);
}

static int open_events(play_session *s)
{
    int fd;

    if (!s->opts->events)
        return ALOUD_OK;
    fd = open(s->opts->events, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0 || !(s->events = fdopen(fd, "a"))) {
        cli_error("--events %s: %s", s->opts->events, strerror(errno));
        if (fd >= 0)
            close(fd);
        return ALOUD_EWRITE;
    }
    return ALOUD_OK;
}

/* Start the player; returns an exit code (the error is printed). */
static int start_player(play_session *s)
{
    aloud_speech_options so = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_player_options po = ALOUD_PLAYER_OPTIONS_INIT;
    size_t paragraph = 0;
    int rc, err;

    if ((rc = prepare_speech(&so, &paragraph, s)) != CLI_EXIT_OK)
        return rc;
    say_fallback(s->article, &so);
    po.audio_device = s->opts->audio_device;
    po.speech = &so;
    po.start_paragraph = paragraph;
    po.on_event = on_event;
    po.data = s;
    if ((err = aloud_player_start(&s->player, s->article, &po)) < 0) {
        cli_error("%s: %s", s->opts->source, aloud_error_message());
        return cli_exit_code(err);
    }
    return CLI_EXIT_OK;
}

static void close_keys(void)
{
    if (tty_fd > STDERR_FILENO)
        close(tty_fd);
    tty_fd = -1;
}

/* The terminal keys come from: standard input, else /dev/tty (none when
 * the process has no controlling terminal). */
static bool open_keys(void)
{
    tty_fd = isatty(STDIN_FILENO) ? STDIN_FILENO : open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty_fd >= 0 && tcgetattr(tty_fd, &saved_tio) == 0)
        return true;
    close_keys();
    return false;
}

static void close_session(play_session *s)
{
    restore_terminal();
    uninstall_handlers();
    close_keys();
    if (s->status)
        fputs("\r\033[J", stderr);
    aloud_player_free(s->player);
    s->player = NULL;
    aloud_speech_shutdown();   /* espeak-ng's memory, for leak checkers */
    if (s->events)
        fclose(s->events);
    s->events = NULL;
    for (int i = 0; i < 2; i++)
        if (sig_pipe[i] >= 0) {
            close(sig_pipe[i]);
            sig_pipe[i] = -1;
        }
}

int cli_play(const cli_options *o, const aloud_article *article)
{
    play_session s = { 0 };
    int err, rc;

    s.opts = o;
    s.article = article;
    s.t0 = mono_now();
    s.debug_clock = getenv("ALOUD_DEBUG_CLOCK") != NULL;
    s.keys = open_keys();
    s.status = !o->quiet && isatty(STDERR_FILENO);
    s.live = s.status;
    if ((err = open_events(&s)) < 0)
        return cli_exit_code(err);
    if (pipe(sig_pipe) != 0) {
        cli_error("cannot create a pipe: %s", strerror(errno));
        fclose(s.events);
        return 1;
    }
    fcntl(sig_pipe[0], F_SETFL, O_NONBLOCK);
    fcntl(sig_pipe[1], F_SETFL, O_NONBLOCK);
    atexit(restore_terminal);
    install_handlers();
    if ((rc = start_player(&s)) != CLI_EXIT_OK) {
        close_session(&s);
        return rc;
    }
    if (!o->quiet)
        print_outline(article);
    rc = run_loop(&s);
    if (rc == 0)
        aloud_player_send(s.player, ALOUD_PLAYER_QUIT, 0);
    err = rc < 0 ? rc : aloud_player_wait(s.player, -1);
    restore_terminal();
    save_position(&s, err);
    close_session(&s);
    if (err < 0) {
        cli_error("%s: %s", o->source, aloud_error_message());
        return cli_exit_code(err);
    }
    return got_signal ? 128 + got_signal : CLI_EXIT_OK;
}
