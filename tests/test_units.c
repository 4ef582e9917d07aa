/*
 * test_units.c - white-box tests of the text helpers, the boilerplate
 * lexicon, the language guess, and the kernel-side moves of audio
 * (private API, linked from the static library).
 */
#define _POSIX_C_SOURCE 200809L   /* mkstemp, pread */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dom.h"
#include "extract.h"
#include "langdata.h"
#include "lexicon.h"
#include "util.h"
#include "wav.h"

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
    /* an emoji is no word: a callout's "ℹ️" (U+2139 U+FE0F) keys to nothing,
     * one in a sentence leaves the sentence's words */
    k = al_text_key("\xE2\x84\xB9\xEF\xB8\x8F");
    CHECK(k && k[0] == '\0');
    free(k);
    k = al_text_key("Fietsen \xF0\x9F\x9A\xB2\xF0\x9F\x8F\xBD\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F langs de dijk \xF0\x9F\x87\xB3\xF0\x9F\x87\xB1");
    CHECK(k && strcmp(k, "fietsen langs de dijk") == 0);
    free(k);
    CHECK(al_text_words("\xF0\x9F\x93\x8C Let op \xF0\x9F\x91\x89") == 2);
    CHECK(al_text_same_words("FBI + MI5 Issue Joint Warning!", "fbi mi5 issue joint warning"));
    CHECK(!al_text_same_words("Support ends quietly", "Support us"));
    /* whole words only: an agency's short name inside a word is not it */
    CHECK(al_key_has_words("foto apa wien", "apa"));
    CHECK(al_key_has_words("redazione agrisud notizie", "agrisud notizie"));
    CHECK(!al_key_has_words("die kapazitat reicht", "apa"));
    CHECK(!al_key_has_words("apartment block", "apa"));
    CHECK(al_key_has_words("kapa apa", "apa"));
    CHECK(!al_key_has_words("apa", ""));
    /* a title's glued separators spaced; a dash inside Latin words kept */
    {
        static const char *const cases[][2] = {
            { "駅前の再開発、来春着工へ｜みなと新聞", "駅前の再開発、来春着工へ | みなと新聞" },
            { "春节返乡客流创新高-中新网", "春节返乡客流创新高 - 中新网" },
            { "Story|Site Name", "Story | Site Name" },
            { "Story | Site", "Story | Site" },
            { "An e-mail scam - Site", "An e-mail scam - Site" },
            { "2024-10 報告", "2024-10 報告" },
        };
        size_t c;

        for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
            char *t = al_title_spaced(cases[c][0]);
            CHECK(t && strcmp(t, cases[c][1]) == 0);
            free(t);
        }
    }
    CHECK(!al_key_has_words("apa", NULL));
    CHECK(al_text_casestr("Unterstützen Sie UNS", "unterstützen sie uns") != NULL);
}

static void test_lexicon(void)
{
    /* share widgets: the whole block must be share words */
    CHECK(key_is("Share Tweet Pin", AL_LEX_SHARE));
    CHECK(key_is("Spread the love", AL_LEX_SHARE));
    CHECK(key_is("Teilen 1.2k", AL_LEX_SHARE));
    CHECK(!key_is("Share prices fell sharply", AL_LEX_SHARE));
    CHECK(key_is("Partilhar no Facebook", AL_LEX_SHARE));    /* "no": a phrase's second word */
    CHECK(!key_is("No | 28 | 14%", AL_LEX_SHARE));           /* share words, but no phrase whole */
    /* section headings: one-word phrases must be the whole heading */
    CHECK(key_is("Recommended Reading", AL_LEX_HEADING));
    CHECK(key_is("3 Comments", AL_LEX_HEADING));
    CHECK(key_is("Das könnte Sie auch interessieren", AL_LEX_HEADING));
    CHECK(!key_is("Share prices fall", AL_LEX_HEADING));
    CHECK(!key_is("Comment l'IA change la médecine", AL_LEX_HEADING));
    /* ... or the phrase, one word and the count that ends it */
    CHECK(key_is("Komentarze mieszkańców (3)", AL_LEX_HEADING));
    CHECK(!key_is("Komentarze mieszkańców", AL_LEX_HEADING));
    CHECK(key_is("Reader Comments (4)", AL_LEX_HEADING));     /* the phrase second */
    CHECK(!key_is("Comments from readers", AL_LEX_HEADING));
    CHECK(!key_is("Latest 2026 models", AL_LEX_HEADING));
    /* prefixes and contained phrases */
    CHECK(key_is("Read more : US Contractor Admits Selling Secrets", AL_LEX_READMORE));
    CHECK(key_is("Lesen Sie auch: Die Bahn streikt", AL_LEX_READMORE));
    CHECK(!key_is("Already read more than half", AL_LEX_READMORE));
    CHECK(key_is("Support my work through a bank transfer", AL_LEX_APPEAL));
    CHECK(key_is("Support my work through a bank transfer", AL_LEX_PAYMENT));
    CHECK(key_is("Abonnez-vous à notre newsletter", AL_LEX_NEWSLETTER));
    CHECK(key_is("Wir verwenden Cookies, um Inhalte zu personalisieren", AL_LEX_COOKIE));
    CHECK(key_is("Go Back To > Cybersecurity", AL_LEX_GOBACK));
    /* every kind reads its table of data/lang/<lang>.txt, all languages at once */
    CHECK(key_is("Leave a comment", AL_LEX_COMMENT));
    CHECK(key_is("Tags: climate, energy", AL_LEX_META));
    CHECK(key_is("Support Tech ARP!", AL_LEX_APPEAL_HEAD));
    CHECK(key_is("Know someone who would like this?", AL_LEX_SHARE_PROMPT));
    CHECK(key_is("Foto: dpa", AL_LEX_CREDIT));
    CHECK(key_is("Publicado el 4 de marzo", AL_LEX_DATELINE));
    CHECK(key_is("This post contains affiliate links", AL_LEX_DISCLOSURE));
    CHECK(key_is("Jetzt kaufen", AL_LEX_CTA));
    CHECK(key_is("Alle Rechte vorbehalten", AL_LEX_COPYRIGHT));
    CHECK(key_is("Facebook WhatsApp", AL_LEX_SHARE));                 /* mul.txt */
    CHECK(key_is("Baca juga: Harga beras naik", AL_LEX_READMORE));    /* id.txt */
    {
        char *k = al_text_key("Send it by PayPal or to our IBAN; PayPal is best");
        char *cjk = al_text_key("2017-03-10 09:58 来源：新华社");
        CHECK(k && al_lexicon_count(AL_LEX_PAYMENT, k) == 2);        /* distinct phrases */
        /* whole words at any word, whatever the words around them: not
         * inside a longer word, and two phrases sharing a first word
         * ("bank" opens neither) or starting one after the other */
        CHECK(!key_is("Send it to paypalpro or the ibanez fund", AL_LEX_PAYMENT));
        CHECK(key_is("the the the bank transfer", AL_LEX_PAYMENT));
        CHECK(!key_is("a bank and a transfer", AL_LEX_PAYMENT));
        {
            char *k3 = al_text_key("By bank transfer, credit card, Bizum or cash app");
            CHECK(k3 && al_lexicon_count(AL_LEX_PAYMENT, k3) == 4);
            free(k3);
        }
        CHECK(cjk && al_lexicon_contains_cjk(AL_LEX_META, cjk));
        CHECK(k && !al_lexicon_contains_cjk(AL_LEX_META, k));
        free(k);
        free(cjk);
    }
}

/* A table's entries, also when the name is asked for again from the same
 * buffer with other contents (al_lang_table keeps the runs it found). */
static void test_lang_table(void)
{
    char name[32];
    size_t share, heading, n, de;
    const al_lang_entry *e;
    char lang[8] = "de";

    strcpy(name, "extract.share");
    e = al_lang_table(name, NULL, &share);
    CHECK(e && share > 0 && strcmp(e[0].table, "extract.share") == 0);
    CHECK(al_lang_table(name, NULL, &n) == e && n == share);
    strcpy(name, "extract.heading");
    e = al_lang_table(name, NULL, &heading);
    CHECK(e && heading > 0 && strcmp(e[0].table, "extract.heading") == 0 &&
          strcmp(e[heading - 1].table, "extract.heading") == 0);
    strcpy(name, "extract.nosuchtable");
    CHECK(al_lang_table(name, NULL, &n) == NULL && n == 0);
    e = al_lang_table("extract.share", lang, &de);
    CHECK(e && de > 0 && de < share && strcmp(e[0].lang, "de") == 0);
    strcpy(lang, "fr-CA");
    e = al_lang_table("extract.share", lang, &n);
    CHECK(e && n > 0 && strcmp(e[0].lang, "fr") == 0 && strcmp(e[n - 1].lang, "fr") == 0);
    strcpy(lang, "zz");
    CHECK(al_lang_table("extract.share", lang, &n) == NULL && n == 0);
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
    {   /* all languages in one pass: the same figures, one language at a time */
        al_lex_density d[AL_LEX_STOP_LANGS];
        size_t n = de ? al_lexicon_stopword_densities(de, d) : 0, seen = 0;
        CHECK(n >= 7);
        for (size_t i = 0; i < n; i++) {
            CHECK(d[i].density == al_lexicon_stopword_density(de, d[i].lang));
            seen += strcmp(d[i].lang, "de") == 0 || strcmp(d[i].lang, "en") == 0;
        }
        CHECK(seen == 2);
        CHECK(label && al_lexicon_stopword_densities(label, d) > 0 && d[0].density == 0);
        CHECK(al_lexicon_stopword_densities("", d) == 0);
    }
    /* no language: every language's list (a German page read as unknown) */
    CHECK(de && al_lexicon_stopword_density(de, NULL) > 0.3);
    CHECK(label && al_lexicon_stopword_density(label, NULL) == 0);
    free(en);
    free(de);
    free(label);
}

/* The language guess on one paragraph of article text (and an optional
 * second block, marked junk when JUNK: it must not count). */
static char *guess(const char *text, const char *junk)
{
    al_items items = { 0 };
    al_item it = { 0 };
    char *tag;

    it.kind = ALOUD_BLOCK_PARAGRAPH;
    it.text = al_strdup(text);
    al_items_push(&items, &it);
    if (junk) {
        it.text = al_strdup(junk);
        it.junk = true;
        al_items_push(&items, &it);
    }
    tag = al_lang_guess(&items);
    al_items_free(&items);
    return tag;
}

static void check_guess(const char *text, const char *want, int line)
{
    char *tag = guess(text, NULL);

    checks++;
    if (want ? !tag || strcmp(tag, want) != 0 : tag != NULL) {
        failures++;
        fprintf(stderr, "%s:%d: guessed %s, expected %s\n", __FILE__, line, tag ? tag : "nothing",
                want ? want : "nothing");
    }
    free(tag);
}

static void test_lang_guess(void)
{
    char *tag;

    check_guess("The council voted on Tuesday to keep the night buses running, after residents spoke for hours about "
                "the shifts they work and the cost of a taxi home.", "en", __LINE__);
    check_guess("Die Stadt hat am Dienstag beschlossen, die Nachtbusse weiter fahren zu lassen, nachdem viele Anwohner "
                "von ihren Schichten und den Kosten für ein Taxi erzählt hatten.", "de", __LINE__);
    check_guess("Le conseil municipal a voté mardi pour garder les bus de nuit, après que des habitants ont parlé "
                "pendant des heures de leurs horaires et du prix d'un taxi.", "fr", __LINE__);
    check_guess("El ayuntamiento votó el martes para mantener los autobuses nocturnos, después de que los vecinos "
                "hablaran durante horas de sus turnos y del precio de un taxi.", "es", __LINE__);
    check_guess("Il consiglio comunale ha votato martedì per mantenere gli autobus notturni, dopo che i residenti "
                "hanno parlato per ore dei loro turni e del costo di un taxi.", "it", __LINE__);
    check_guess("De gemeenteraad heeft dinsdag besloten de nachtbussen te laten rijden, nadat bewoners urenlang "
                "over hun diensten en de prijs van een taxi hadden gesproken.", "nl", __LINE__);
    check_guess("A câmara municipal votou na terça-feira para manter os autocarros noturnos, depois de os moradores "
                "falarem durante horas sobre os seus turnos e o preço de um táxi.", "pt", __LINE__);
    check_guess("Городской совет во вторник проголосовал за сохранение ночных автобусов после того, как жители "
                "несколько часов рассказывали о своих сменах.", "ru", __LINE__);
    check_guess("Міська рада у вівторок проголосувала за збереження нічних автобусів після того, як мешканці "
                "кілька годин розповідали про свої зміни.", "uk", __LINE__);
    check_guess("市议会周二投票决定保留夜间公交线路，此前居民们花了几个小时讲述他们的轮班工作和打车回家的费用。", "zh",
                __LINE__);
    check_guess("市議会は火曜日、深夜バスの運行を続けることを決めた。住民たちは何時間もかけて、自分たちの勤務や"
                "タクシー代について話した。", "ja", __LINE__);
    check_guess("시의회는 화요일 심야 버스 노선을 유지하기로 결정했다. 주민들은 몇 시간 동안 교대 근무와 택시비에 대해 "
                "이야기했다.", "ko", __LINE__);
    check_guess("Το δημοτικό συμβούλιο ψήφισε την Τρίτη να διατηρήσει τα νυχτερινά λεωφορεία, αφού οι κάτοικοι "
                "μίλησαν για ώρες.", "el", __LINE__);
    check_guess("صوّت مجلس المدينة يوم الثلاثاء على إبقاء حافلات الليل بعد أن تحدث السكان لساعات عن مناوباتهم.", "ar",
                __LINE__);
    check_guess("שורת מילים בעברית על מועצת העיר שהצביעה ביום שלישי להשאיר את קווי הלילה של האוטובוסים.", "he",
                __LINE__);
    check_guess("Rada miasta zagłosowała we wtorek za utrzymaniem nocnych autobusów, po tym jak mieszkańcy przez "
                "wiele godzin opowiadali o swoich zmianach.", "pl", __LINE__);
    check_guess("Regeringen meddelade på måndagen att den inte tänker höja skatten på bensin i år. Enligt "
                "finansministern är det viktigare att hushållen får behålla sina pengar när priserna stiger.", "sv",
                __LINE__);
    check_guess("Bu robot süpürge, fiyatına göre çok iyi bir performans sunuyor ve halıda da sessiz çalışıyor. "
                "Ancak uygulama bazen bağlantıyı kaybediyor, bu da can sıkıcı olabiliyor.", "tr", __LINE__);
    /* Danish and Norwegian list only the words Swedish writes otherwise ("og", "ikke", "havde"),
     * not "i", "på", "det", "som"; the words they write apart ("af", "havde", "hvad" against "å",
     * "hadde", "hva") tell them from each other; Turkish lists no "da", "de", "en", "var" */
    check_guess("Byrådet stemte tirsdag for at beholde natbusserne, efter at beboerne i flere timer havde fortalt "
                "om deres vagter. Beslutningen gælder til og med næste år, men spørgsmålet vil blive taget op "
                "igen, når budgettet skal lægges.", "da", __LINE__);
    check_guess("Bystyret stemte tirsdag for å beholde nattbussene, etter at beboerne i flere timer hadde fortalt om "
                "skiftene sine og om hva en drosje hjem koster.", "nb", __LINE__);
    /* a short Danish paragraph: its "at", "i" and "for" are English stop words too (and "at" and "for"
     * Danish ones), but its "ikke",
     * "jeg", "hende" are Danish only: not English */
    check_guess("Jeg håber ikke, at du glemmer at ringe til hende i aften for at sige tak.", "da", __LINE__);
    check_guess("Jeg håper ikke at du glemmer å ringe til henne i kveld for å si takk.", "nb", __LINE__);
    check_guess("Jag hoppas att du inte glömmer att ringa henne i kväll för att tacka.", "sv", __LINE__);
    check_guess("I hope you will not forget to call her at home this evening to thank her for it.", "en", __LINE__);
    /* too few words of their own to tell Danish from Norwegian (or from English): no guess */
    check_guess("Det var en kold morgen i januar, da vi tog af sted mod fjeldene. Bilen var pakket med ski, mad til "
                "en uge og en gammel termokande, som min far har haft siden halvfjerdserne.", NULL, __LINE__);
    /* no function-word list for Czech: no guess rather than a wrong one (not Polish for its "o") */
    check_guess("Městská rada v úterý hlasovala pro zachování nočních autobusů poté, co obyvatelé několik hodin "
                "mluvili o svých směnách.", NULL, __LINE__);
    check_guess("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", NULL, __LINE__);
    check_guess("OK", NULL, __LINE__);                                   /* too little to tell */
    check_guess("", NULL, __LINE__);
    /* junk blocks (a Chinese share bar on an English page) do not count */
    tag = guess("The council voted on Tuesday to keep the night buses running, after residents spoke for hours.",
                "分享到微信微博QQ空间相关阅读热点排行网友评论发表评论请文明发言版权声明本文为原创未经授权不得转载");
    CHECK(tag && strcmp(tag, "en") == 0);
    free(tag);
}

/* A temporary file, unlinked at once. */
static int temp_file(void)
{
    char path[] = "/tmp/aloud-units-XXXXXX";
    int fd = mkstemp(path);

    if (fd >= 0)
        unlink(path);
    return fd;
}

/* al_fd_move(): a pipe into a file at an offset, a file into a file, a
 * pipe that ends early, and a pair the kernel cannot move between (a file
 * into a pipe), where nothing may be consumed. */
static void test_fd_move(void)
{
    char data[3000], back[3000];
    int p[2], f = temp_file(), g = temp_file();
    off_t at = 100, from = 100, to = 0;

    for (size_t i = 0; i < sizeof(data); i++)
        data[i] = (char)(i * 7 + 3);
    CHECK(f >= 0 && g >= 0 && pipe(p) == 0);
    CHECK(write(p[1], data, sizeof(data)) == (ssize_t)sizeof(data));
    CHECK(al_fd_move(p[0], NULL, f, &at, 2000) == 2000 && at == 2100);
    CHECK(pread(f, back, 2000, 100) == 2000 && memcmp(back, data, 2000) == 0);
    CHECK(al_fd_move(f, &from, g, &to, 1500) == 1500 && from == 1600 && to == 1500);
    CHECK(pread(g, back, 1500, 0) == 1500 && memcmp(back, data, 1500) == 0);
    close(p[1]);                              /* 1000 bytes left, then the end */
    CHECK(al_fd_move(p[0], NULL, f, &at, 5000) == 1000 && at == 3100);
    CHECK(pread(f, back, 3000, 100) == 3000 && memcmp(back, data, 3000) == 0);
    close(p[0]);
    CHECK(pipe(p) == 0);
    from = 0;
    CHECK(al_fd_move(f, &from, p[1], NULL, 100) == AL_FD_CANNOT_MOVE && from == 0);
    close(p[0]);
    close(p[1]);
    close(f);
    close(g);
}

/* al_wav_write_from() between two al_wav_write()s: the samples in order
 * in the data chunk and its size right, whichever way each part came. */
static void test_wav_write_from(void)
{
    int16_t pcm[900], back[900];
    unsigned char h[44];
    int p[2], f = temp_file(), fd = dup(f);
    al_wav *w = NULL;
    size_t moved = 0;
    int err;

    for (int i = 0; i < 900; i++)
        pcm[i] = (int16_t)(i * 31 - 9000);
    CHECK(f >= 0 && fd >= 0 && pipe(p) == 0);
    CHECK(al_wav_open_fd(&w, fd, "units.wav", 22050, NULL, 0) == ALOUD_OK);
    if (!w)
        return;
    CHECK(al_wav_write(w, pcm, 300) == ALOUD_OK);
    CHECK(write(p[1], pcm + 300, 400 * sizeof(int16_t)) == 400 * (ssize_t)sizeof(int16_t));
    err = al_wav_write_from(w, p[0], NULL, 400, &moved);
    if (err == AL_WAV_USE_WRITE)              /* a big-endian host: nothing was read */
        err = al_fd_read_all(p[0], back, 800) == 800 ? al_wav_write(w, back, 400) : -1, moved = 400;
    CHECK(err == ALOUD_OK && moved == 400);
    CHECK(al_wav_write(w, pcm + 700, 200) == ALOUD_OK);
    CHECK(al_wav_finish(w) == ALOUD_OK);
    CHECK(pread(f, h, sizeof(h), 0) == (ssize_t)sizeof(h) && memcmp(h + 36, "data", 4) == 0);
    CHECK(h[40] + (h[41] << 8) == 1800 && h[42] == 0 && h[43] == 0);
    CHECK(pread(f, back, sizeof(back), 44) == (ssize_t)sizeof(back));
    bool same = true;
    for (int i = 0; i < 900; i++) {          /* little-endian on disk */
        const unsigned char *b = (const unsigned char *)&back[i];
        same &= b[0] == (unsigned char)(pcm[i] & 0xFF) && b[1] == (unsigned char)((pcm[i] >> 8) & 0xFF);
    }
    CHECK(same);
    close(p[0]);
    close(p[1]);
    close(f);
}

/* ---- css.c: what the page's own <style>s hide ---- */

/* A paragraph of article text, so that the hidden boxes are a small share
 * of the page (the guard against hiding the article). */
#define CSS_FILLER "<p data-want=keep>The keeper wrote down the weather, the ships that passed " \
    "and the birds that rested on the rail, every four hours, for thirty-one years, and " \
    "nobody read a line of it until the lighthouse was sold and the logbooks turned up in a " \
    "shed behind the harbour office, stacked in tea chests under a tarpaulin.</p>"

static const struct {
    const char *css, *body;
} css_rows[] = {
    /* a class, an id, a tag with a class; spaces and !important */
    { ".promo{color:red;display : none !important}",
      "<div class='box promo' data-want=drop>Spring offer</div>" },
    { "#msg{position:fixed;bottom:0}#msg{visibility:hidden!IMPORTANT}",
      "<div id=msg data-want=drop>We use cookies</div>" },
    /* visibility:hidden in the flow is a blank a script fills in place
     * (revealed on scrolling); out of it, or folded to no height, hidden */
    { ".wow{visibility:hidden}.in{visibility:hidden;position:relative}.fold{visibility:hidden;max-height:0px}"
      ".pop{visibility:hidden;position:absolute}",
      "<h2 class=wow data-want=keep>w</h2><div class=in data-want=keep>i</div>"
      "<div class=fold data-want=drop>f</div><div class=pop data-want=drop>p</div>" },
    { "div.ad{display:none}", "<div class=ad data-want=drop>Ad</div><span class=ad data-want=keep>Ad</span>" },
    /* the last declaration wins, in a rule and over the rules */
    { ".x{display:none;display:block}.y{display:block}.y{display:none}.z{display:none}.z{display:flex}",
      "<div class=x data-want=keep>x</div><div class=y data-want=drop>y</div><div class=z data-want=keep>z</div>" },
    { ".v{visibility:hidden}.v{visibility:visible}", "<div class=v data-want=keep>v</div>" },
    /* shown again by a more specific rule: a script or the user opens it */
    { ".m{display:none}.m.open{display:block}.d{display:none}.nav:hover .d{display:block}"
      ".t{display:none}div.t{display:block}",
      "<div class=m data-want=keep>m</div><div class=d data-want=keep>d</div><p class=t data-want=keep>t</p>" },
    { ".nest{display:none;&.open{display:block}}", "<div class=nest data-want=keep>n</div>" },
    /* at-rules hide nothing for a listener; the rules after them count */
    { "@media (max-width:600px){.mob{display:none}}@supports (display:grid){.g{display:none}}"
      "@media screen{@supports (x:y){.n{display:none}}}@import url(x.css);@media print{.p{display:none}}"
      ".after{display:none}",
      "<div class=mob data-want=keep>m</div><div class=g data-want=keep>g</div><div class=n data-want=keep>n</div>"
      "<div class=p data-want=keep>p</div><div class=after data-want=drop>a</div>" },
    /* combinators, attributes, pseudo-classes, the universal selector */
    { ".a .b{display:none}div>.c{display:none}[data-x]{display:none}.e:first-child{display:none}"
      "*{display:none}.f~.g{display:none}",
      "<div class=a><div class=b data-want=keep>b</div></div><div><p class=c data-want=keep>c</p></div>"
      "<div data-x=1 data-want=keep>x</div><div class=e data-want=keep>e</div><div class=f>f</div>"
      "<div class=g data-want=keep>g</div>" },
    /* comments, strings and brackets that hold braces */
    { "/* .k{display:none} } */ .s::after{content:\"}{\"} a[title='{']{color:red} .t{display:none}",
      "<div class=k data-want=keep>k</div><div class=t data-want=drop>t</div>" },
    /* comma lists, CDO and CDC */
    { "<!-- .u, .w , .x .y{display:none} -->", "<div class=u data-want=drop>u</div><div class=w data-want=drop>w</div>"
      "<div class=x><div class=y data-want=keep>y</div></div>" },
    /* a page that hides its article until a script shows it: not honoured;
     * the small box still is */
    { "#body{display:none}.small{display:none}",
      "<div id=body data-want=keep>" CSS_FILLER "</div><div class=small data-want=drop>Sign up</div>" },
    /* hostile: cut off, unbalanced, stray braces */
    { ".q{display:none", "<div class=q data-want=keep>q</div>" },
    { "}}};;.r{display:none}", "<div class=r data-want=drop>r</div>" },
    { "{{{{.r{display:none}", "<div class=r data-want=keep>r</div>" },
    { "/* .r{display:none}", "<div class=r data-want=keep>r</div>" },
    { ".r{display:none}\\", "<div class=r data-want=drop>r</div>" },
};

/* NULL when every element of BODY with data-want=drop is dropped and none
 * with data-want=keep is, under a <style STYLE_ATTRS> of CSS; else the
 * class of the first that is wrong. */
static const char *css_check_page(const char *css, const char *body, const char *style_attrs)
{
    static const char fmt[] = "<!DOCTYPE html><html><head><title>t</title><style%s>%s</style></head>"
                              "<body>" CSS_FILLER "%s</body></html>";
    static char bad[64];
    size_t len = strlen(fmt) + strlen(css) + strlen(body) + strlen(style_attrs);
    char *page = malloc(len);
    al_dom dom;
    int i;

    if (!page)
        return "(out of memory)";
    snprintf(page, len, fmt, style_attrs, css, body);
    if (al_dom_parse(&dom, page, strlen(page), "test") != ALOUD_OK)     /* takes PAGE */
        return "(parse failed)";
    bad[0] = '\0';
    for (i = 0; i < dom.count && !bad[0]; i++) {
        const char *want = (dom.nodes[i].flags & AL_NODE_TEXT) ? NULL : al_dom_attr(&dom, i, "data-want");
        const char *cls = al_dom_attr(&dom, i, "class");
        if (want && (strcmp(want, "drop") == 0) != !!(dom.nodes[i].flags & AL_NODE_DROP))
            snprintf(bad, sizeof(bad), "%s", cls ? cls : "(no class)");
    }
    al_dom_free(&dom);
    return bad[0] ? bad : NULL;
}

static void test_css_hidden(void)
{
    size_t k;
    al_buf many = AL_BUF_INIT;
    const char *bad;

    for (k = 0; k < sizeof(css_rows) / sizeof(css_rows[0]); k++) {
        bad = css_check_page(css_rows[k].css, css_rows[k].body, "");
        checks++;
        if (bad) {
            failures++;
            fprintf(stderr, "css row %zu (%s): the element of class %s is wrongly %s\n", k,
                    css_rows[k].css, bad, "dropped or kept");
        }
    }
    /* a style sheet for print or another medium, or of another language */
    CHECK(!css_check_page(".r{display:none}", "<div class=r data-want=keep>r</div>", " media=print"));
    CHECK(!css_check_page(".r{display:none}", "<div class=r data-want=drop>r</div>", " media=all"));
    CHECK(!css_check_page(".r{display:none}", "<div class=r data-want=keep>r</div>", " type=text/less"));
    /* more hiding names than are kept: the first ones still hide, none crashes */
    for (k = 0; k < 5000; k++) {
        char rule[48];
        snprintf(rule, sizeof(rule), ".n%zu{display:none}", k);
        al_buf_puts(&many, rule);
    }
    CHECK(many.data && !css_check_page(many.data, "<div class=n1 data-want=drop>one</div>"
                                       "<div class=n4999 data-want=keep>last</div>", ""));
    al_buf_free(&many);
}

int main(void)
{
    test_normalize();
    test_strip_controls();
    test_words_and_keys();
    test_lexicon();
    test_lang_table();
    test_stopwords();
    test_lang_guess();
    test_fd_move();
    test_wav_write_from();
    test_css_hidden();
    printf("%d/%d checks passed\n", checks - failures, checks);
    return failures ? 1 : 0;
}
