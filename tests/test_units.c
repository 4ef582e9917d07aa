/*
 * test_units.c - white-box tests of the text helpers and the boilerplate
 * lexicon (private API, linked from the static library).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

static int failures, checks;

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

static bool key_is(const char *text, al_lex_kind kind)
{
    char *key = al_text_key(text);
    bool hit = key && al_lexicon_match(kind, key);

    free(key);
    return hit;
}

static void test_normalize(void)
{
    char *s = al_text_normalize("  Hello,\t\n world\xC2\xA0 again  ");
    CHECK(s && strcmp(s, "Hello, world again") == 0);
    free(s);
    /* escape sequences go whole; a lone ESC keeps the space after it */
    s = al_text_normalize("red \x1b[31mALERT\x1b[0m and \x1b]0;title\x07 done \x1b x");
    CHECK(s && strcmp(s, "red ALERT and done x") == 0);
    free(s);
    /* C1 controls, bidi overrides, zero-width spaces, invalid bytes */
    s = al_text_normalize("a\xC2\x9B" "b \xE2\x80\xAE" "c\xE2\x80\x8B" "d \xFF e");
    CHECK(s && strcmp(s, "ab cd \xEF\xBF\xBD e") == 0);
    free(s);
}

static void test_strip_controls(void)
{
    char buf[] = "a\x07" "b\x1b[2Jc\x7f" "d\xC2\x85" "e\tf\n";
    size_t n = al_text_strip_controls(buf, strlen(buf));
    CHECK(n == strlen("abcde\tf\n") && strcmp(buf, "abcde\tf\n") == 0);
}

static void test_words_and_keys(void)
{
    char *k = al_text_key("Read more: “The Last Keepers” — ÉTÉ!");
    CHECK(al_text_words("It's a two-word... no, seven words") == 7);
    CHECK(al_text_words("日本語の文章") == 6);
    CHECK(k && strcmp(k, "read more the last keepers été") == 0);
    free(k);
    CHECK(al_text_same_words("FBI + MI5 Issue Joint Warning!", "fbi mi5 issue joint warning"));
    CHECK(!al_text_same_words("Support ends quietly", "Support us"));
    CHECK(al_text_casestr("Unterstützen Sie UNS", "unterstützen sie uns") != NULL);
}

static void test_lexicon(void)
{
    /* share widgets: the whole block must be share words */
    CHECK(key_is("Share Tweet Pin", AL_LEX_SHARE));
    CHECK(key_is("Spread the love", AL_LEX_SHARE));
    CHECK(key_is("Teilen 1.2k", AL_LEX_SHARE));
    CHECK(!key_is("Share prices fell sharply", AL_LEX_SHARE));
    /* section headings: one-word phrases must be the whole heading */
    CHECK(key_is("Recommended Reading", AL_LEX_HEADING));
    CHECK(key_is("3 Comments", AL_LEX_HEADING));
    CHECK(key_is("Das könnte Sie auch interessieren", AL_LEX_HEADING));
    CHECK(!key_is("Share prices fall", AL_LEX_HEADING));
    CHECK(!key_is("Comment l'IA change la médecine", AL_LEX_HEADING));
    /* prefixes and contained phrases */
    CHECK(key_is("Read more : US Contractor Admits Selling Secrets", AL_LEX_READMORE));
    CHECK(key_is("Lesen Sie auch: Die Bahn streikt", AL_LEX_READMORE));
    CHECK(!key_is("Already read more than half", AL_LEX_READMORE));
    CHECK(key_is("Support my work through a bank transfer", AL_LEX_APPEAL));
    CHECK(key_is("Support my work through a bank transfer", AL_LEX_PAYMENT));
    CHECK(key_is("Abonnez-vous à notre newsletter", AL_LEX_NEWSLETTER));
    CHECK(key_is("Wir verwenden Cookies, um Inhalte zu personalisieren", AL_LEX_COOKIE));
    CHECK(key_is("Go Back To > Cybersecurity", AL_LEX_GOBACK));
}

static void test_stopwords(void)
{
    char *en = al_text_key("The council said that the road will reopen in May");
    char *de = al_text_key("Die Stadt hat den Plan für die neue Brücke vorgestellt");
    char *label = al_text_key("Climate Analysis");

    CHECK(en && al_lexicon_stopword_density(en, "en-GB") > 0.3);
    CHECK(de && al_lexicon_stopword_density(de, "de") > 0.3);
    CHECK(de && al_lexicon_stopword_density(de, "en") < 0.2);
    CHECK(label && al_lexicon_stopword_density(label, "en") == 0);
    CHECK(en && al_lexicon_stopword_density(en, "ja") < 0);   /* no list: unknown */
    free(en);
    free(de);
    free(label);
}

int main(void)
{
    test_normalize();
    test_strip_controls();
    test_words_and_keys();
    test_lexicon();
    test_stopwords();
    printf("%d/%d checks passed\n", checks - failures, checks);
    return failures ? 1 : 0;
}
