/*
 * output.c - print the article: --json, --text, --sections, --html, and
 * --ssml (what espeak-ng will be given, for the selected sections).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int write_out(const char *out, size_t len)
{
    if (fwrite(out, 1, len, stdout) != len || fflush(stdout) != 0) {
        cli_error("cannot write to standard output");
        return cli_exit_code(ALOUD_EWRITE);
    }
    return CLI_EXIT_OK;
}

static int output_ssml(const cli_options *o, const aloud_article *article)
{
    aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
    char *out = NULL;
    int err, rc;

    if ((rc = cli_speech_options(&speech, o, article)) != CLI_EXIT_OK)
        return rc;
    if ((err = aloud_speech_text(&out, article, &speech)) < 0) {
        cli_error("%s: %s", o->source, aloud_error_message());
        return cli_exit_code(err);
    }
    rc = write_out(out, strlen(out));
    aloud_free(out);
    return rc;
}

/* The sections --section and --only choose, as speech does: from the
 * section on, or (--only) it and the deeper sections under it. */
static int chosen_sections(size_t *first, size_t *count, const cli_options *o,
                           const aloud_article *article)
{
    size_t n;
    const aloud_section *s = aloud_article_sections(article, &n);
    int index;

    *first = 0;
    *count = n;
    if (!o->section)
        return CLI_EXIT_OK;
    if ((index = aloud_article_find_section(article, o->section)) < 0) {
        cli_error("%s: no section '%s' (aloud --sections lists them)", o->source, o->section);
        return cli_exit_code(ALOUD_ENOSECTION);
    }
    *first = (size_t)index;
    *count = n - *first;
    if (o->only) {
        *count = 1;
        if (s[*first].heading)
            while (*first + *count < n && s[*first + *count].level > s[*first].level)
                (*count)++;
    }
    return CLI_EXIT_OK;
}

int cli_output(const cli_options *o, const aloud_article *article)
{
    aloud_format f = o->job == CLI_JOB_JSON ? ALOUD_FORMAT_JSON
                   : o->job == CLI_JOB_TEXT ? ALOUD_FORMAT_TEXT
                   : o->job == CLI_JOB_SECTIONS ? ALOUD_FORMAT_SECTIONS
                   : ALOUD_FORMAT_HTML;
    char *out = NULL;
    size_t len = 0;
    int err, rc;

    size_t first, count;

    if (o->job == CLI_JOB_SSML)
        return output_ssml(o, article);
    if ((rc = chosen_sections(&first, &count, o, article)) != CLI_EXIT_OK)
        return rc;
    if (f == ALOUD_FORMAT_SECTIONS) {
        /* listening times measured with this voice and rate, not guessed */
        aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
        double *seconds = NULL;
        if ((rc = cli_speech_options(&speech, o, article)) != CLI_EXIT_OK)
            return rc;
        speech.first_section = 0;            /* every section's time */
        speech.only = false;
        err = aloud_speech_durations(&seconds, NULL, article, &speech);
        if (err < 0 && err != ALOUD_ESYNTH) {   /* espeak-ng unusable: the estimate */
            cli_error("%s: %s", o->source, aloud_error_message());
            return cli_exit_code(err);
        }
        aloud_speech_shutdown();
        err = aloud_render_outline(&out, &len, article, first, count, seconds);
        aloud_free(seconds);
    } else {
        err = aloud_render_sections(&out, &len, article, f, first, count);
    }
    if (err < 0) {
        cli_error("%s: %s", o->source, aloud_error_message());
        return cli_exit_code(err);
    }
    rc = write_out(out, len);
    aloud_free(out);
    return rc;
}
