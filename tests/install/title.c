/*
 * title.c - a program built against an installed libaloud, the way a user
 * builds one (tests/install/check.cmake builds it twice: with pkg-config
 * and with find_package(aloud)). It loads the page PAGE through the public
 * API and prints the article's title; before that it checks the version
 * macros and that options with an unknown version are refused.
 *
 *     title PAGE.html
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <aloud.h>

static int failures;

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "title: FAILED: %s (%s)\n", what, aloud_error_message());
        failures++;
    }
}

/* Each public function taking an options struct refuses a version it does
 * not know, before doing anything else, and says which struct. */
static void check_versions(const char *page)
{
    aloud_load_options load = ALOUD_LOAD_OPTIONS_INIT;
    aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_export_options out = ALOUD_EXPORT_OPTIONS_INIT;
    aloud_player_options play = ALOUD_PLAYER_OPTIONS_INIT;
    aloud_article *article = NULL;
    aloud_voice_info info;
    aloud_player *player = NULL;
    char *text = NULL;

    check(strcmp(aloud_version(), ALOUD_VERSION) == 0, "aloud_version() is ALOUD_VERSION");
    check(ALOUD_VERSION_NUM ==
              ((ALOUD_VERSION_MAJOR << 16) | (ALOUD_VERSION_MINOR << 8) | ALOUD_VERSION_PATCH),
          "ALOUD_VERSION_NUM is 0xMMmmpp");

    load.version = ALOUD_LOAD_OPTIONS_VERSION + 1;
    check(aloud_article_load(&article, page, &load) == ALOUD_EINVAL && !article,
          "aloud_article_load refuses an unknown options version");
    check(strstr(aloud_error_message(), "aloud_article_load") &&
              strstr(aloud_error_message(), "ALOUD_LOAD_OPTIONS_VERSION"),
          "the message names the function and the struct");
    load.version = 0;
    check(aloud_article_load(&article, page, &load) == ALOUD_EINVAL,
          "aloud_article_load refuses version 0 (options not initialised)");
    load.version = ALOUD_LOAD_OPTIONS_VERSION;
    if (aloud_article_load(&article, page, &load) < 0) {
        check(false, "load the page");
        return;
    }

    speech.version = 0;
    check(aloud_voice_resolve(&info, article, &speech) == ALOUD_EINVAL,
          "aloud_voice_resolve refuses an unknown version");
    check(aloud_speech_text(&text, article, &speech) == ALOUD_EINVAL && !text,
          "aloud_speech_text refuses an unknown version");
    out.wav_path = "never-written.wav";
    check(aloud_export(NULL, article, &speech, &out) == ALOUD_EINVAL,
          "aloud_export refuses unknown speech options");
    speech.version = ALOUD_SPEECH_OPTIONS_VERSION;
    out.version = 7;
    check(aloud_export(NULL, article, &speech, &out) == ALOUD_EINVAL &&
              strstr(aloud_error_message(), "ALOUD_EXPORT_OPTIONS_VERSION"),
          "aloud_export refuses unknown export options");
    play.version = 7;
    play.audio_device = "null";
    check(aloud_player_start(&player, article, &play) == ALOUD_EINVAL && !player,
          "aloud_player_start refuses unknown player options");
    speech.version = 7;
    play.version = ALOUD_PLAYER_OPTIONS_VERSION;
    play.speech = &speech;
    check(aloud_player_start(&player, article, &play) == ALOUD_EINVAL && !player,
          "aloud_player_start refuses unknown speech options");
    aloud_article_free(article);
}

int main(int argc, char **argv)
{
    aloud_article *article = NULL;

    if (argc != 2) {
        fprintf(stderr, "usage: title PAGE.html\n");
        return 2;
    }
    check_versions(argv[1]);
    if (aloud_article_load(&article, argv[1], NULL) < 0) {
        fprintf(stderr, "title: %s\n", aloud_error_message());
        return 1;
    }
    printf("%s\n", aloud_article_title(article));
    aloud_article_free(article);
    aloud_speech_shutdown();
    return failures ? 1 : 0;
}
