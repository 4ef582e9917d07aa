/*
 * output.c - print the article: --json, --text, --sections, --html.
 */
#include <stdio.h>

#include "cli.h"

int cli_output(const cli_options *o, const aloud_article *article)
{
    aloud_format f = o->job == CLI_JOB_JSON ? ALOUD_FORMAT_JSON
                   : o->job == CLI_JOB_TEXT ? ALOUD_FORMAT_TEXT
                   : o->job == CLI_JOB_SECTIONS ? ALOUD_FORMAT_SECTIONS
                   : ALOUD_FORMAT_HTML;
    char *out = NULL;
    size_t len = 0;
    int err;

    if ((err = aloud_render(&out, &len, article, f)) < 0) {
        cli_error("%s: %s", o->source, aloud_error_message());
        return cli_exit_code(err);
    }
    if (fwrite(out, 1, len, stdout) != len || fflush(stdout) != 0) {
        aloud_free(out);
        cli_error("cannot write to standard output");
        return cli_exit_code(ALOUD_EWRITE);
    }
    aloud_free(out);
    return CLI_EXIT_OK;
}
