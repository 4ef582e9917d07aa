/*
 * play.c - live playback (issue 4): not built yet.
 */
#include "cli.h"

int cli_play(const cli_options *o, const aloud_article *article)
{
    (void)article;
    cli_error("%s: live playback is not available yet; use -o FILE.wav or --text", o->source);
    return cli_exit_code(ALOUD_EAUDIO);
}
