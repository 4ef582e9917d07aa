/* Temporary weak fallbacks until export.c lands. */
#include "cli.h"

__attribute__((weak)) int cli_export(const cli_options *o, const aloud_article *article)
{
    (void)article;
    cli_error("%s: export is not available yet", o->source);
    return 1;
}

__attribute__((weak)) int cli_list_voices(const cli_options *o)
{
    (void)o;
    cli_error("--list-voices is not available yet");
    return 1;
}
