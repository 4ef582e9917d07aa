/*
 * test_rules.c - one test per junk rule of blocks.c's table: a realistic
 * block the rule must catch (the rule's name is asserted) and a near miss
 * that no rule may catch; then every row has a reason and a fixture that
 * exists. Usage: test_rules SOURCE_DIR (the fixtures are relative to it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "appeal.h"
#include "passes.h"
#include "util.h"

static int failures, checks;
static bool strict_pass;        /* judge() leaves out chrome by class name, as the strict pass */

/* The first element with tag TAG in HTML, parsed as a page body, judged as
 * a block of KIND under TITLE and BYLINE: the name of the rule that fires. */
static const char *judge(const char *html, GumboTag tag, int kind, const char *title, const char *byline)
{
    static const char head[] = "<!DOCTYPE html><html><head><title>t</title></head><body>";
    static const char tail[] = "</body></html>";
    size_t len = strlen(head) + strlen(html) + strlen(tail);
    char *page = malloc(len + 1);
    al_dom dom = { 0 };
    al_meta meta = { 0 };
    al_item it = { 0 };
    const char *rule = "(no block)";
    char *key = NULL;
    int i;

    if (!page)
        return "(out of memory)";
    snprintf(page, len + 1, "%s%s%s", head, html, tail);
    if (al_dom_parse(&dom, page, len, "test") != ALOUD_OK)
        return "(parse failed)";
    if (strict_pass) {          /* as the strict pass: chrome by class name is left out */
        for (i = 0; i < dom.count; i++)
            if (!(dom.nodes[i].flags & AL_NODE_TEXT) && al_boilerplate_class(&dom, i))
                for (int j = i; j < dom.nodes[i].end; j++)
                    dom.nodes[j].flags |= AL_NODE_UNLIKELY;
    }
    al_dom_sum(&dom, AL_NODE_DROP | (strict_pass ? AL_NODE_UNLIKELY : 0));
    al_recipe_mark(&dom);                       /* a card in a snippet that declares a Recipe */
    for (i = 0; i < dom.count; i++) {          /* the element with id "t", if any: it has neighbours */
        const char *id = (dom.nodes[i].flags & AL_NODE_TEXT) ? NULL : al_dom_attr(&dom, i, "id");
        if (id && strcmp(id, "t") == 0)
            break;
    }
    if (i == dom.count)
        for (i = 0; i < dom.count && !(dom.nodes[i].tag == tag && !(dom.nodes[i].flags & AL_NODE_TEXT)); i++)
            ;
    if (i < dom.count) {
        it.kind = kind;
        it.node = i;
        it.text = al_dom_text(&dom, i, true);
        it.text_len = dom.nodes[i].text_len;
        it.link_len = dom.nodes[i].link_len;
        it.appeal = -1;
        key = it.text ? al_text_key(it.text) : NULL;
        meta.title = (char *)title;
        meta.byline = (char *)byline;
        if (kind == AL_ITEM_HEADING)    /* headings are judged apart: only a gallery's title */
            rule = al_gallery_heading(&it, &dom) ? "gallery-control" : NULL;
        else
            rule = key ? al_block_junk_rule(&it, key, &meta, &dom) : "(out of memory)";
    }
    free(it.text);
    free(key);
    al_dom_free(&dom);
    return rule;
}

/* WANT fires on the block (WANT NULL: no rule does). */
static void expect(const char *want, const char *html, GumboTag tag, int kind, const char *title, const char *byline,
                   int line)
{
    const char *got = judge(html, tag, kind, title, byline);

    checks++;
    if (want ? !got || strcmp(got, want) != 0 : got != NULL) {
        failures++;
        fprintf(stderr, "%s:%d: rule %s fired, expected %s\n", __FILE__, line, got ? got : "none",
                want ? want : "none");
    }
}

#define P ALOUD_BLOCK_PARAGRAPH
#define CATCH(rule, html, tag, kind) expect(rule, html, tag, kind, NULL, NULL, __LINE__)
#define KEEP(html, tag, kind) expect(NULL, html, tag, kind, NULL, NULL, __LINE__)
#define T(name) GUMBO_TAG_##name

static void test_shape_rules(void)
{
    CATCH("no-words", "<p>* * *</p>", T(P), P);
    KEEP("<table><tr><td>–</td><td>–</td></tr></table>", T(TR), ALOUD_BLOCK_TABLE_ROW);   /* a row may be signs */

    CATCH("control-label", "<div><label>Servings</label> <input type=number value=4></div>", T(DIV), P);
    KEEP("<div>Serve it warm with crusty bread and butter <button>+</button></div>", T(DIV), P);   /* 7 words */
    /* a player's line beside its button; a caption, a sentence and six words stay */
    CATCH("control-line", "<div><button>Pos\xC5\x82uchaj tekstu</button> <span>Wersja audio generowana "
          "automatycznie</span></div>", T(DIV), P);
    KEEP("<figure><img src=a.jpg><figcaption>The harbour at first light <button>Zoom</button></figcaption>"
         "</figure>", T(FIGCAPTION), ALOUD_BLOCK_CAPTION);
    KEEP("<div>The ferry did not sail. <button>More</button></div>", T(DIV), P);
    KEEP("<div>Serve it warm with crusty bread <button>+</button></div>", T(DIV), P);   /* 6 words */
    /* a live blog's tools line: the button's own words beside it do not count, a compound is one word */
    CATCH("control-line", "<div><button>Refresh for new updates</button> <span>Auto-update is on</span> "
          "<span>14 updates</span></div>", T(DIV), P);
    KEEP("<div><button>Refresh</button> <span>Crews restored power to half the homes</span></div>", T(DIV), P);
    /* the same toolbar in an indented template, a checkbox's label beside the count: the white
     * space between the controls is no text of its own; six words in the same box stay */
    CATCH("control-line", "<div>\n          <span>6 opdateringer</span>\n          <button type=button>Opdater"
          "</button>\n          <label><input type=checkbox checked> Automatisk opdatering</label>\n        "
          "</div>", T(DIV), P);
    KEEP("<div>\n          <span>Crews restored power to half the homes</span>\n          <label><input "
         "type=checkbox checked> Map</label>\n        </div>", T(DIV), P);

    /* an entry's poster label and a name alone; a sentence that says who posted something stays */
    CATCH("poster-line", "<div>Posted by Marcus Lindqvist</div>", T(DIV), P);
    CATCH("poster-line", "<div>Publicado por Luc\xC3\xAD" "a Ferrer</div>", T(DIV), P);
    KEEP("<p>Posted by the council on Friday, the notice drew forty replies</p>", T(P), P);
    KEEP("<p>Posted by Marcus Lindqvist and shared widely</p>", T(P), P);
    KEEP("<div>Posted by Rudy Galfi, Product Manager</div>", T(DIV), P);   /* a post's credit and role */

    /* a link to the page's own anchor alone on its line; one to another page, or in a sentence, stays */
    CATCH("anchor-line", "<div><a href=\"#entry-13\">Share this update</a></div>", T(DIV), P);
    KEEP("<div><a href=\"/news/ice-storm\">Ice storm live updates</a></div>", T(DIV), P);
    KEEP("<p>The figures are in <a href=\"#table-2\">the second table</a> below.</p>", T(P), P);

    /* a wire's sign-off: initials each with a slash; a unit and "and/or" stay */
    CATCH("wire-signoff", "<div>ad/ mk/</div>", T(DIV), P);
    CATCH("wire-signoff", "<p>mmi/ kw/ par/</p>", T(P), P);
    KEEP("<p>km/h</p>", T(P), P);

    /* a newsroom's sign-off: only newsrooms and agencies joined; a person
     * with her agency, and a sentence, stay */
    CATCH("newsroom-signoff", "<p>red, APA/Agenturen</p>", T(P), P);
    CATCH("newsroom-signoff", "<p>Redaktion/dpa</p>", T(P), P);
    KEEP("<p>Jana K\xC3\xB6rner, dpa</p>", T(P), P);
    KEEP("<p>Red Harlan, APA</p>", T(P), P);
    KEEP("<p>LIFE AND STYLE</p>", T(P), P);     /* capitals only: a label, each word an acronym's shape */

    /* an embedded post's signature under its text, its poster named
     * before the quote; a quote that is only such a line, a line with no
     * handle or no year, or one whose poster nothing names, stays */
    CATCH("post-signature", "<p>Harbour Police posted this an hour ago:</p><blockquote><p>The sea wall is "
          "now closed. Please stay well back.</p><span id=t>\xE2\x80\x94 Harbour Police (@HarbourPolice) "
          "<a href=x>February 9, 2024</a></span></blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    CATCH("post-signature", "<p>Harbour Police posted this an hour ago:</p><figure><blockquote><p>The sea "
          "wall is now closed. Please stay well back.</p><span id=t>\xE2\x80\x94 Harbour Police "
          "(@HarbourPolice) February 9, 2024</span></blockquote></figure>", T(SPAN), ALOUD_BLOCK_QUOTE);
    /* an embedded post's head: name, handle, a button to the handle's page;
     * a link to a post, not the handle's page, or the handle as the link, stays */
    CATCH("post-head", "<div id=t>IPMA @ipma@social.gov.pt <a href=https://social.gov.pt/@ipma>Seguir</a></div>",
          T(DIV), P);
    CATCH("post-head", "<div id=t>Harbour Police @harbour <a href=https://x.com/harbour>Follow</a></div>", T(DIV), P);
    KEEP("<div id=t>Harbour Police @harbour <a href=https://x.com/harbour/status/1>Open</a></div>", T(DIV), P);
    KEEP("<div id=t>Harbour Police <a href=https://x.com/harbour>@harbour</a></div>", T(DIV), P);
    KEEP("<p id=t>@<a href=https://x.com/harbour>harbour</a> Greg the leg Zuerlein</p>", T(P), P);

    /* a forum poster's signature and card: set beside the element that
     * opens with the post's heading (the thread's title, said by three
     * headings or more: one per post); under a heading that says the title
     * once (a post's recipe card), the line after it is the post's */
    {
        static const char thread[] =
            "<h2>Lemon tree dropping leaves</h2>"
            "<div><dl id=c><dt>Carmen Ortega</dt><dd>Moderator</dd><dd>Posts: 9412</dd></dl>"
            "<div><div><h3>Re: Lemon tree dropping leaves</h3><p>by Carmen Ortega, 2 Dec 2026</p>"
            "<p>It is almost certainly the watering: in the cold the roots take up very little.</p></div>"
            "<div id=t>Twelve square metres of garden and a lot of patience.</div></div></div>"
            "<div><div><h3>Re: Lemon tree dropping leaves</h3><p>Thanks, I will stop watering for now.</p></div></div>";
        static const char card[] =
            "<div><div><h2>Lemon tree dropping leaves</h2><p>Water once a week in summer and once a month in "
            "winter, never leaving the saucer full.</p></div><p id=t>Happy gardening, see you next week!</p></div>";
        expect("forum-signature", thread, T(DIV), P, "Lemon tree dropping leaves", NULL, __LINE__);
        expect(NULL, card, T(P), P, "Lemon tree dropping leaves", NULL, __LINE__);
        expect(NULL, thread, T(DIV), P, "Another thread entirely", NULL, __LINE__);
    }
    {
        static const char thread[] =
            "<h2>Lemon tree dropping leaves</h2>"
            "<div><dl><dt>Carmen Ortega</dt><dd id=t>Posts: 9412</dd></dl>"
            "<div><div><h3>Re: Lemon tree dropping leaves</h3>"
            "<p>It is almost certainly the watering: in the cold the roots take up very little.</p></div></div></div>"
            "<div><div><h3>Re: Lemon tree dropping leaves</h3><p>Thanks, I will stop watering for now.</p></div></div>";
        static const char prose[] =
            "<h2>Lemon tree dropping leaves</h2>"
            "<div><dl><dt>Carmen Ortega</dt><dd id=t>Posts: 9412</dd><dd>She has written about citrus trees "
            "in pots for the club's newsletter since 2011.</dd></dl>"
            "<div><div><h3>Re: Lemon tree dropping leaves</h3>"
            "<p>It is almost certainly the watering: in the cold the roots take up very little.</p></div></div></div>"
            "<div><div><h3>Re: Lemon tree dropping leaves</h3><p>Thanks, I will stop watering for now.</p></div></div>";
        expect("forum-profile", thread, T(DD), P, "Lemon tree dropping leaves", NULL, __LINE__);
        expect(NULL, prose, T(DD), P, "Lemon tree dropping leaves", NULL, __LINE__);
    }

    /* with no dash, the quote's last line, its poster named by an earlier paragraph */
    CATCH("post-signature", "<p>Harbour Police closed the sea wall at noon.</p><p>Later they wrote:</p>"
          "<blockquote><p>The sea wall is now closed. Please stay well back.</p><p id=t>A post shared by "
          "Harbour Police (@harbour.police) \xC2\xB7 9 February 2024 \xC2\xB7 1 203 likes</p></blockquote>",
          T(P), ALOUD_BLOCK_QUOTE);
    KEEP("<p>Later someone wrote:</p><blockquote><p>The sea wall is now closed. Please stay well back.</p>"
         "<p id=t>A post shared by Harbour Police (@harbour.police) \xC2\xB7 9 February 2024</p></blockquote>",
         T(P), ALOUD_BLOCK_QUOTE);
    KEEP("<p>As someone put it:</p><blockquote><p>The sea wall is now closed. Please stay well back.</p>"
         "<span id=t>\xE2\x80\x94 Harbour Police (@HarbourPolice) February 9, 2024</span></blockquote>",
         T(SPAN), ALOUD_BLOCK_QUOTE);
    /* an intro that names the poster's role, not the poster: the signature is all that names him */
    KEEP("<p>The harbour master posted a photo of the breach and a short message for residents:</p>"
         "<blockquote><p>The sea wall is now closed. Please stay well back.</p><span id=t>\xE2\x80\x94 Ewan "
         "Ross (@EwanRoss_Harbour) February 9, 2024</span></blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    /* an organisation described by what it does, not named ("the region's emergency service" over
     * "SOS Rioja 112"): the signature alone names it (b33-es-diario-granizada-rioja-vea-tambien) */
    KEEP("<p>El servicio de emergencias de la comunidad difundi\xC3\xB3 un aviso para los conductores:</p>"
         "<blockquote><p>Calzada cubierta de granizo en varios tramos. Circulen despacio.</p><span id=t>"
         "\xE2\x80\x94 SOS Navarra 112 (@SOSNavarra112) <a href=https://x.com/SOSNavarra112/status/1>3 de "
         "septiembre de 2026</a></span></blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    /* the same intro naming the service ("SOS Navarra 112 difundió ..."): the signature goes */
    CATCH("post-signature", "<p>SOS Navarra 112 difundi\xC3\xB3 un aviso para los conductores:</p><blockquote><p>"
          "Calzada cubierta de granizo en varios tramos. Circulen despacio.</p><span id=t>\xE2\x80\x94 SOS Navarra "
          "112 (@SOSNavarra112) <a href=https://x.com/SOSNavarra112/status/1>3 de septiembre de 2026</a></span>"
          "</blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    /* the poster named by the heading of the quote's section, not by the block before it */
    CATCH("post-signature", "<h2>Harbour Police close the sea wall</h2><p>They asked walkers to keep away:</p>"
          "<blockquote><p>The sea wall is now closed. Please stay well back.</p><span id=t>\xE2\x80\x94 "
          "Harbour Police (@HarbourPolice) February 9, 2024</span></blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    KEEP("<h2>The sea wall closes</h2><p>They asked walkers to keep away:</p><blockquote><p>The sea wall is "
         "now closed. Please stay well back.</p><span id=t>\xE2\x80\x94 Harbour Police (@HarbourPolice) "
         "February 9, 2024</span></blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    KEEP("<p>Harbour Police posted this:</p><blockquote><span id=t>\xE2\x80\x94 Harbour Police "
         "(@HarbourPolice) February 9, 2024</span></blockquote>", T(SPAN), ALOUD_BLOCK_QUOTE);
    KEEP("<p>Harbour Police posted this:</p><blockquote><p>The sea wall is now closed. Please stay well "
         "back.</p><span id=t>\xE2\x80\x94 Harbour Police, February 9, 2024</span></blockquote>", T(SPAN),
         ALOUD_BLOCK_QUOTE);
    KEEP("<p>Harbour Police posted this:</p><blockquote><p>The sea wall is now closed. Please stay well "
         "back.</p><span id=t>\xE2\x80\x94 Harbour Police (@HarbourPolice)</span></blockquote>", T(SPAN),
         ALOUD_BLOCK_QUOTE);

    /* a gallery's title beside its button; a slide's caption with its buttons and picture stays */
    CATCH("gallery-control", "<section class=story-gallery><div>In pictures: the quay under water "
          "<button>Open gallery</button></div></section>", T(DIV), P);
    KEEP("<section class=story-gallery><div><img src=a.jpg>Sandbags stacked along the quay wall "
         "<button>Next</button></div></section>", T(DIV), P);
    KEEP("<section class=story-gallery><div>Sandbags stacked along the quay wall on Friday. "
         "<button>Next</button></div></section>", T(DIV), P);   /* a sentence */
    KEEP("<section class=story-news><div>In pictures: the quay under water <button>Open</button></div></section>",
         T(DIV), P);                                            /* no gallery: 6 words */
    /* whatever the classes, a title in a small box with its button right above its slides; the
     * same line over one picture, a title with no button and a sentence beside a button stay */
#define BOX_SLIDE "<div class=c81><img src=a.jpg><p>Sandbags along the quay wall</p></div>"
    CATCH("gallery-control", "<div class=c12><div class=c40><span id=t>The quay after the storm</span> "
          "<button>Enlarge</button></div>" BOX_SLIDE BOX_SLIDE BOX_SLIDE "</div>", T(SPAN), P);
    KEEP("<div class=c12><div class=c40><span id=t>The quay after the storm</span> "
         "<button>Enlarge</button></div>" BOX_SLIDE "<p>The council met on Friday.</p></div>", T(SPAN), P);
    KEEP("<div class=c12><div class=c40><span id=t>The quay after the storm</span></div>"
         BOX_SLIDE BOX_SLIDE "</div>", T(SPAN), P);
    KEEP("<div class=c12><div class=c40><span id=t>The storm flooded the quay on Friday night.</span> "
         "<button>Enlarge</button></div>" BOX_SLIDE BOX_SLIDE "</div>", T(SPAN), P);
#undef BOX_SLIDE
    /* a gallery's head above its first picture: its title and its count; a part's heading in a gallery
     * in parts, an intro sentence, a line below a picture and a box with paragraphs stay */
#define SLIDE "<figure><img src=a.jpg><figcaption>The quay wall at dawn</figcaption></figure>"
    CATCH("gallery-control", "<div class=photo-gallery><h4 id=t>Gallery: the flooded quay</h4>" SLIDE "</div>",
          T(H4), AL_ITEM_HEADING);
    CATCH("gallery-control", "<div class=photo-gallery><div><span id=t>Zdj\xC4\x99\xC4\x87: 12</span></div>" SLIDE "</div>",
          T(SPAN), P);
    KEEP("<div class=photo-gallery><h4 id=t>Monday morning</h4>" SLIDE "<h4>Monday night</h4>" SLIDE "</div>",
         T(H4), AL_ITEM_HEADING);
    KEEP("<div class=photo-gallery>" SLIDE "<div id=t>Monday night</div>" SLIDE "</div>", T(DIV), P);
    KEEP("<div class=photo-gallery><div id=t>The pictures below were taken on Friday.</div>" SLIDE "</div>",
         T(DIV), P);
    KEEP("<div class=gallery-story><h2 id=t>What the council decided</h2><p>The council met on Friday.</p>"
         SLIDE "</div>", T(H2), AL_ITEM_HEADING);
    /* a gallery's bar by its counter, whatever the class: the title and which picture is shown; a
     * story's part heading, a score and a sentence beside a picture stay */
    CATCH("gallery-label", "<div class=c1><div id=t><span>Zobacz zdj\xC4\x99" "cia</span> "
          "<span>Zdj\xC4\x99" "cie 1 z 2</span></div>" SLIDE SLIDE "</div>", T(DIV), P);
    KEEP("<div class=c1><h2 id=t>Part 1 of 3</h2>" SLIDE "</div>", T(H2), AL_ITEM_HEADING);
    KEEP("<div class=c1><div id=t>Our verdict 8/10</div>" SLIDE "</div>", T(DIV), P);
    KEEP("<div class=c1><div id=t>The home side won 2 of 3.</div>" SLIDE "</div>", T(DIV), P);
#undef SLIDE

    CATCH("hashtags", "<p>#travel #seoul #daytrip</p>", T(P), P);
    KEEP("<p>#1 hit of the summer, and it stayed there</p>", T(P), P);

    CATCH("timestamp", "<p>Senin, 14 Okt 2024 10:12 WIB</p>", T(P), P);
    KEEP("<p>Senin, 14 Okt 2024 10:12 WIB rapat dimulai.</p>", T(P), P);   /* a sentence */
    /* a forum's post head: a handle's dot and a month's dot end no sentence */
    CATCH("timestamp", "<p>hana.k February 11, 2023, 11:02am 3</p>", T(P), P);
    CATCH("timestamp", "<p>Jan. 5, 2024, 10:15 · 4 replies</p>", T(P), P);
    KEEP("<p>We met on Feb. 3, 2026 at 10:15.</p>", T(P), P);
    KEEP("<p>Doors opened at 10:15 on Jan. 5, 2024, as planned.</p>", T(P), P);

    /* a time written with marks after its numbers ([extract.clock_marks]), a year, no sentence; a
     * sentence that says it, or a time with no year, stays */
    CATCH("marked-timestamp", "<p>2025\xE5\xB9\xB4" "11\xE6\x9C\x88" "20\xE6\x97\xA5 9\xE6\x99\x82" "30\xE5\x88\x86</p>", T(P), P);
    CATCH("marked-timestamp", "<p>\xE6\x9B\xB4\xE6\x96\xB0\xE6\x97\xA5\xEF\xBC\x9A" "2025\xE5\xB9\xB4" "11\xE6\x9C\x88" "21\xE6\x97\xA5 14\xE6\x99\x82" "05\xE5\x88\x86</p>", T(P), P);
    CATCH("marked-timestamp", "<p>2025\xEB\x85\x84 11\xEC\x9B\x94 20\xEC\x9D\xBC \xEC\x98\xA4\xEC\xA0\x84 9\xEC\x8B\x9C 30\xEB\xB6\x84</p>", T(P), P);
    KEEP("<p>2025\xE5\xB9\xB4" "11\xE6\x9C\x88" "20\xE6\x97\xA5" "9\xE6\x99\x82" "30\xE5\x88\x86\xE3\x81\x94\xE3\x82\x8D\xE3\x80\x81\xE5\xB8\x82\xE5\x86\x85\xE3\x81\xA7\xE9\x9C\x87\xE5\xBA\xA6" "3\xE3\x81\xAE\xE5\x9C\xB0\xE9\x9C\x87\xE3\x81\x8C\xE3\x81\x82\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82</p>", T(P), P);
    KEEP("<p>\xE9\x96\x8B\xE9\xA4\xA8\xE3\x81\xAF" "9\xE6\x99\x82" "30\xE5\x88\x86\xE3\x81\x8B\xE3\x82\x89</p>", T(P), P);

    /* an entry's label where its sibling entries show a time; with one sibling of a time, it stays */
    CATCH("entry-label", "<div><div><span id=t>Pinned</span><h2>What we know</h2><p>The road is shut.</p></div>"
          "<div><time>12:10</time><h2>Ferries stop</h2><p>No ferry sails.</p></div>"
          "<div><time>11:05</time><h2>Wind rises</h2><p>Gusts of 40 m/s.</p></div></div>", T(SPAN), P);
    KEEP("<div><div><span id=t>Pinned</span><h2>What we know</h2><p>The road is shut.</p></div>"
         "<div><time>12:10</time><h2>Ferries stop</h2><p>No ferry sails.</p></div>"
         "<div><h2>Wind rises</h2><p>Gusts of 40 m/s.</p></div></div>", T(SPAN), P);
    KEEP("<div><div><span id=t>Pinned post</span><p>More first.</p><h2>What we know</h2></div>"
         "<div><time>12:10</time><h2>Ferries stop</h2><p>No ferry sails.</p></div>"
         "<div><time>11:05</time><h2>Wind rises</h2><p>Gusts of 40 m/s.</p></div></div>", T(SPAN), P);

    /* a time of day alone with its half of the day; with any other word, or no clock, it stays */
    CATCH("day-time", "<time>\xEC\x98\xA4\xEC\xA0\x84 9:48</time>", T(TIME), P);
    CATCH("day-time", "<p>9:48 a.m.</p>", T(P), P);
    CATCH("day-time", "<p>\xE4\xB8\x8A\xE5\x8D\x88" "9:48</p>", T(P), P);
    /* a time with a full stop and its clock word ([extract.clock_word]: "15.40 Uhr") is a stamp too */
    CATCH("day-time", "<time>15.40 Uhr</time>", T(TIME), P);
    CATCH("day-time", "<p>6.05 uur</p>", T(P), P);
    KEEP("<p>3.50 Euro</p>", T(P), P);
    KEEP("<p>Ab 15.40 Uhr</p>", T(P), P);
    KEEP("<p>25.40 Uhr</p>", T(P), P);                 /* no hour */
    KEEP("<p>1.234.56 Uhr</p>", T(P), P);
    /* over an entry with no heading it is read, as "15:40" alone is */
    KEEP("<div><div><div><time>15.40 Uhr</time></div><p>Die Schulen bleiben am Donnerstag zu.</p></div>"
         "<div><div><time>15.05 Uhr</time></div><p>Der Pegel der Bystra sinkt langsam.</p></div>"
         "<div><div><time>14.30 Uhr</time></div><p>Die Feuerwehr pumpt die Keller aus.</p></div></div>", T(TIME), P);
    KEEP("<div><div><div><time>15:40</time></div><p>Die Schulen bleiben am Donnerstag zu.</p></div>"
         "<div><div><time>15:05</time></div><p>Der Pegel der Bystra sinkt langsam.</p></div>"
         "<div><div><time>14:30</time></div><p>Die Feuerwehr pumpt die Keller aus.</p></div></div>", T(TIME), P);
    CATCH("day-time", "<div><div><div><time>15.40 Uhr</time></div><h2>Schulen zu</h2><p>Die Schulen bleiben zu.</p></div>"
          "<div><div><time>15.05 Uhr</time></div><h2>Pegel</h2><p>Der Pegel sinkt langsam.</p></div>"
          "<div><div><time>14.30 Uhr</time></div><h2>Keller</h2><p>Die Feuerwehr pumpt.</p></div></div>", T(TIME), P);
    /* a time after its word ([extract.clock_prefix]: "kl. 14.32", "godz. 12:15"), nothing after */
    CATCH("day-time", "<time>kl. 14.32</time>", T(TIME), P);
    CATCH("day-time", "<p>godz. 12:15</p>", T(P), P);
    KEEP("<p>godz. 12:15 konferencja</p>", T(P), P);
    KEEP("<p>kl. 3</p>", T(P), P);                     /* a class, not a time */
    KEEP("<p>kl. 25.40</p>", T(P), P);                 /* no hour */
    /* over an entry with no heading it is read, as "14:32" alone is */
    KEEP("<div><div><div><time>kl. 14.32</time></div><p>Vandet står over kajen i Thisted.</p></div>"
         "<div><div><time>kl. 12.05</time></div><p>Broen er lukket for lastbiler.</p></div>"
         "<div><div><time>kl. 9.48</time></div><p>Færgen til Fur sejler ikke.</p></div></div>", T(TIME), P);
    CATCH("day-time", "<div><div><div><time>godz. 14:32</time></div><h2>Szkoły zamknięte</h2><p>Szkoły są zamknięte.</p></div>"
          "<div><div><time>godz. 12:05</time></div><h2>Most</h2><p>Most jest zamknięty.</p></div>"
          "<div><div><time>godz. 9:48</time></div><h2>Prom</h2><p>Prom nie pływa.</p></div></div>", T(TIME), P);
    /* a day and a month before the word, in a <time>: an entry from
     * another day; the same words in a plain paragraph are an event's date */
    CATCH("day-time", "<div><div><div><time>2. december kl. 21.05</time></div><h2>Ingen tog</h2><p>Togene holder.</p></div>"
          "<div><div><time>kl. 12.05</time></div><h2>Broen</h2><p>Broen er lukket.</p></div>"
          "<div><div><time>kl. 9.48</time></div><h2>Færgen</h2><p>Færgen sejler ikke.</p></div></div>", T(TIME), P);
    KEEP("<div><div><div><time>3. december kl. 6.05</time></div><p>Fejlen er ikke rettet i nat.</p></div>"
         "<div><div><time>kl. 12.05</time></div><p>Broen er lukket for lastbiler.</p></div>"
         "<div><div><time>kl. 9.48</time></div><p>Færgen til Fur sejler ikke.</p></div></div>", T(TIME), P);
    KEEP("<p>10. oktober kl. 19.30</p>", T(P), P);
    KEEP("<p>9:48 AM: ferries stop</p>", T(P), P);
    KEEP("<p>9 am</p>", T(P), P);
    KEEP("<p>Arrive by 9:48 a.m.</p>", T(P), P);

    CATCH("timestamp", "<p>25/08/2024 18h20 · Atualizado há 2 horas</p>", T(P), P);   /* "18h20": a time */
    CATCH("date-source", "<p>25/08/2024 · Atualizado há 2 horas</p>", T(P), P);
    KEEP("<p>25/08/2024: a Câmara aprovou o orçamento para o próximo ano.</p>", T(P), P);
    CATCH("date-source", "<p>2024-08-25 · Fonte: Lusa</p>", T(P), P);
    KEEP("<p>2019 Harbour Festival programme</p>", T(P), P);       /* a year alone: a name */
    KEEP("<p>1987-March 1995: Northfield Mills, various positions</p>", T(P), P);

    /* read-time-line: a reading time after its number, a short line with no sentence */
    CATCH("read-time-line", "<div><time>3 dicembre 2026, 19:45</time> <span>2 minuti di lettura</span> "
          "<a href=#c>14 commenti</a></div>", T(DIV), P);
    CATCH("read-time-line", "<div><span>1 de dez. de 2026</span><span>4 min de leitura</span><span>5 "
          "comentários</span></div>", T(DIV), P);
    CATCH("read-time-line", "<p>Nov 30, 2026 6 min read</p>", T(P), P);
    KEEP("<p>Het rapport telt 40 pagina's, goed voor 50 minuten leestijd.</p>", T(P), P);
    KEEP("<p>Why do readers quit a 12 min read halfway? We asked them</p>", T(P), P);

    /* dates-line: a timestamp with a dateline label anywhere, in the eight languages' words */
    CATCH("dates-line", "<div><time>30 listopada 2026, 15:48</time> <span>Aktualizacja: 30 listopada 2026, "
          "18:02</span></div>", T(DIV), P);
    CATCH("dates-line", "<p>3 December 2026, 09:14 GMT, last updated 3 December 2026, 11:40 GMT</p>", T(P), P);
    CATCH("dates-line", "<p>Publié le 03/12/2026 10:52 Mis à jour le 03/12/2026 13:05 Temps de "
          "lecture : 2 min</p>", T(P), P);
    CATCH("dates-line", "<p>02.12.2026, 07:30 Uhr · aktualisiert am 02.12.2026, 09:12 Uhr</p>", T(P), P);
    CATCH("dates-line", "<p>2 dic 2026 - 13:40 CET | Actualizado: 2 dic 2026 - 15:02 CET</p>", T(P), P);
    KEEP("<p>Rozkład zaktualizowano 30 listopada 2026 o 15:48, poinformowało MPK.</p>", T(P), P);
    KEEP("<p>The timetable was last updated on 3 December 2026 at 09:14, the operator said.</p>", T(P), P);
    KEEP("<p>Zaktualizowany rozkład obowiązuje od 14 grudnia 2026, pierwszy kurs o 4:45, "
         "ostatni o 23:10, a w weekendy tramwaje będą jeździć co 12 minut zamiast co 10, "
         "bo miasto nie ma pieniędzy na więcej kursów</p>", T(P), P);   /* prose, no label */

    CATCH("date-source-cjk", "<p>2023-06-18 10:42:15来源：东岸晨报作者：周文博责任编辑：王丽</p>", T(P), P);
    KEEP("<p>2023-06-18 10:42:15来源：东岸晨报作者说，今年的雨水比往年多。</p>", T(P), P);   /* "。": a sentence */
}

static void test_word_rules(void)
{
    CATCH("share", "<div><a href=#>Share</a> <a href=#>Tweet</a> <a href=#>Pin</a></div>", T(DIV), P);
    KEEP("<p>Share prices fell sharply on Monday.</p>", T(P), P);
    /* an old share bar's title: the buttons' names, each with "it" */
    CATCH("share", "<div class=title>Like It. Tweet It. Digg It.</div>", T(DIV), P);
    KEEP("<p>Digg it was not: the site relaunched in 2012.</p>", T(P), P);

    CATCH("read-more", "<p>Read more: <a href=/x>The last keepers of the lighthouse</a></p>", T(P), P);
    KEEP("<p>Read more: the council published its minutes on Tuesday, and they run to forty pages on buses and "
         "bridges.</p>", T(P), P);                                   /* 13 words or more, no link */

    /* related-link: by shape, in any language; the near misses are
     * sentences that hold a link, a label over several links, a caps line
     * that is not a link */
    CATCH("related-link", "<p>MUST-SEE: <a href=/x>Police name driver in harbour crash</a></p>", T(P), P);
    CATCH("related-link", "<p>Mira: <a href=/x>Las diez playas más limpias de la costa</a></p>", T(P), P);
    CATCH("related-link", "<p><strong>EN VÍDEO:</strong> <a href=/x>El Gobierno aprueba el nuevo plan de "
          "vivienda</a></p>", T(P), P);
    CATCH("related-link", "<p><a href=/y>DRIVER RESCUED FROM FLOODED FORD NEAR MILLBRIDGE</a></p>", T(P), P);
    KEEP("<p>The report, <a href=/r>published on Monday by the regulator</a>, found that fares rose.</p>", T(P), P);
    KEEP("<p>Note: <a href=/m>the museum</a> is closed on bank holidays and on Mondays in winter.</p>", T(P), P);
    KEEP("<p>Sources: <a href=/a>Met Office</a>, <a href=/b>Environment Agency</a></p>", T(P), P);
    KEEP("<p>THE COUNCIL HAS NOT YET SAID WHEN THE BRIDGE WILL REOPEN.</p>", T(P), P);
    KEEP("<p>2 May 2024: <a href=/t>the tribunal hears the case</a></p>", T(P), P);     /* a timeline's date */
    /* a lead-in that ends with an arrow in place of a colon, then a headline; a sentence stays */
    CATCH("related-link", "<p><strong>ALSO ON GADGET SHELF \xE2\x86\x92</strong> <a href=/r>We tried the Tally "
          "Mouse 2 for a month</a></p>", T(P), P);
    KEEP("<p>Fares went up \xE2\x86\x92 <a href=/t>the regulator found that they rose by a fifth in a "
         "year</a>.</p>", T(P), P);                                  /* a sentence, not a headline */

    /* related-headline: a bold link to an article of the site, a headline,
     * after a paragraph of prose; the near misses are a list the text
     * introduces, a linked sentence, a file, a section page, the last block */
#define PROSE "<p>The council approved the new charges on Tuesday night after a long debate.</p>"
#define AFTER "<p>The charges will be reviewed after six months.</p>"
    CATCH("related-headline", PROSE "<p id=t><strong><a href=/news/2026/11/bus-station-reopens>Bus station "
          "reopens after two years</a></strong></p>" AFTER, T(P), P);
    CATCH("related-headline", PROSE "<p id=t><a href=/sport/county-win-cup-final-4412901><b>County win the cup"
          "</b></a></p>" AFTER, T(P), P);
    KEEP("<p>The council sent two papers to members:</p><p id=t><strong><a href=/council/papers/parking-"
         "charges-2027>Parking charges 2027</a></strong></p>" AFTER, T(P), P);
    KEEP(PROSE "<p id=t><strong><a href=/news/2026/10/council-backs-trial-streets>In October the council "
         "backed a trial in three streets.</a></strong></p>" AFTER, T(P), P);
    KEEP(PROSE "<p id=t><strong><a href=/files/parking-charges-report-2026.pdf>Parking charges report"
         "</a></strong></p>" AFTER, T(P), P);
    KEEP(PROSE "<p id=t><strong><a href=/news/politics/>Politics news</a></strong></p>" AFTER, T(P), P);
    KEEP(PROSE "<p id=t><strong><a href=https://www.gov.uk/pay-parking-fine-online>Pay a parking fine "
         "online</a></strong></p>" AFTER, T(P), P);
    KEEP(PROSE "<p id=t><a href=/news/2026/11/bus-station-reopens>Bus station reopens after two years</a>"
         "</p>" AFTER, T(P), P);                                         /* not set apart in bold */
#undef PROSE
#undef AFTER

    /* cite-line and article-meter: a label or a count; the near misses are
     * sentences that use the words */
    CATCH("cite-line", "<p>Cite this article: Doe, J. (2026) 'Bus fares rise again', Wealdshire Courier.</p>",
          T(P), P);
    CATCH("cite-line", "<p>Zitiervorschlag: Krause, M.: Die Brücke von Kehl, in: Ortenau-Blog, "
          "https://example.de/2026/bruecke</p>", T(P), P);
    KEEP("<p>How to cite a source that asked not to be named is a question we return to: we give the "
         "job title, as in 2019.</p>", T(P), P);
    CATCH("article-meter", "<p>Il vous reste 2 articles gratuits ce mois-ci</p>", T(P), P);
    CATCH("article-meter", "<p>You have 3 free articles left this month.</p>", T(P), P);
    KEEP("<p>From January the paper will offer 5 free articles a month, its editor said.</p>", T(P), P);

    /* file-control: a link that saves a file (the download attribute, or a
     * picture file's address inside a figure); a sentence with such a link,
     * or a picture link outside a figure, stays */
    CATCH("file-control", "<figure><img src=a.jpg><figcaption>The glacier in 2016.</figcaption>"
          "<p id=t><a href=/m/a-full.jpg download>Download image</a></p></figure>", T(P), P);
    CATCH("file-control", "<figure><img src=c.png><p id=t><a href=/m/chart-large.png>High-resolution version</a></p>"
          "</figure>", T(P), P);
    CATCH("file-control", "<p><a href=/files/rapport.pdf download>Rapport herunterladen</a></p>", T(P), P);
    KEEP("<figure><img src=a.jpg><p id=t><a href=/m/a.jpg download>The full map shows every station.</a></p>"
         "</figure>", T(P), P);
    KEEP("<p><a href=/m/harbour-at-dawn.jpg>Harbour at dawn</a></p>", T(P), P);

    CATCH("slide-counter", "<p>Image 1 of 12</p>", T(P), P);
    CATCH("slide-counter", "<figcaption>3 / 10</figcaption>", T(FIGCAPTION), ALOUD_BLOCK_CAPTION);
    CATCH("slide-counter", "<p>Bild 2 von 8</p>", T(P), P);
    KEEP("<p>Ages 3 to 12</p>", T(P), P);                               /* "to" joins no counter */
    KEEP("<p>Verdict 8/10</p>", T(P), P);                               /* "/" outside a figure: a score */
    KEEP("<p>Image 12 of 3</p>", T(P), P);                              /* the first past the second */
    KEEP("<table><tr><td>Won</td><td>3 of 5</td></tr></table>", T(TR), ALOUD_BLOCK_TABLE_ROW);
    KEEP("<p>Photo 1 of 12 shows the harbour at dawn.</p>", T(P), P);   /* words after the count */

    /* comment-policy: words of comments and of their rules, beside the
     * comment list or form, in each language's words; the article's own
     * sentence about comments, away from them, stays */
#define COMMENTS "<ol class=commentlist><li>Great piece, thanks for writing it.</li></ol>"
#define FORM "<form><label>Name</label><input name=n><textarea></textarea><button>Send</button></form>"
    CATCH("comment-policy", COMMENTS "<p id=t>Kommentare mit Beleidigungen werden ohne Rückfrage gelöscht.</p>",
          T(P), P);
    CATCH("comment-policy", "<p id=t>Les commentaires injurieux sont supprimés par la modération.</p>" FORM,
          T(P), P);
    CATCH("comment-policy", COMMENTS "<p id=t>Los comentarios ofensivos serán eliminados.</p>", T(P), P);
    CATCH("comment-policy", "<p id=t>I commenti offensivi vengono rimossi dai moderatori.</p>" FORM, T(P), P);
    CATCH("comment-policy", COMMENTS "<p id=t>Reacties met persoonlijke aanvallen worden verwijderd.</p>", T(P), P);
    CATCH("comment-policy", "<p id=t>Comentários ofensivos são apagados. Leia as regras.</p>" FORM, T(P), P);
    CATCH("comment-policy", COMMENTS "<p id=t>Komentarze obraźliwe są usuwane przez moderatora.</p>", T(P), P);
    KEEP("<p id=t>Die Kommentare unter dem Video wurden inzwischen gelöscht, sagte die Sprecherin am Montag.</p>"
         "<p>Die Polizei ermittelt weiter gegen den Mann aus dem Landkreis.</p>", T(P), P);
    KEEP(COMMENTS "<p id=t>Officials declined to comment on the moderate proposal before the vote.</p>", T(P), P);
#undef COMMENTS
#undef FORM

    /* readers-rating: a score with the readers' count of votes, in each
     * language's words; the reviewer's own score (no votes) stays */
    /* slot-label: the label of an ad slot a script fills; a box with something in it, a sentence stay */
    CATCH("slot-label", "<div id=t><span>Sponsored content</span><div id=gpt-mid-1></div></div>", T(DIV), P);
    CATCH("slot-label", "<div id=t>Pubblicit\xC3\xA0<ins class=adsbygoogle></ins></div>", T(DIV), P);
    KEEP("<div id=t><span>Key facts</span><div><img src=map.png alt=\"\"></div></div>", T(DIV), P);
    KEEP("<div id=t>Ad revenue fell.<div></div></div>", T(DIV), P);
    KEEP("<div id=t>Skill shortage<div class=clear></div><p>Employers in the valley say they cannot find "
         "welders, and the college has cut its evening courses.</p></div>", T(DIV), P);   /* a crosshead */
    /* embed-line: a short line alone beside a map or a player; a sentence about it, a crosshead stay */
    CATCH("embed-line", "<div><iframe src=\"https://www.google.com/maps/embed?pb=1\"></iframe><p id=t>View the "
          "walking route on Google Maps</p></div>", T(P), P);
    CATCH("embed-line", "<div><div><video src=v.mp4></video></div><p id=t>La travers\xC3\xA9" "e en entier</p></div>",
          T(P), P);
    KEEP("<div><iframe src=\"https://www.google.com/maps/embed?pb=1\"></iframe><p id=t>The route climbs for two "
         "hours before the ridge.</p></div>", T(P), P);
    /* ... or the video's title above its player, as long as a headline */
    CATCH("embed-line", "<div><p id=t>VIDEO | The new footbridge over the Severn filmed from a drone at "
          "dawn</p><div><iframe src=\"https://www.youtube.com/embed/x\"></iframe></div></div>", T(P), P);
    KEEP("<div><iframe src=\"https://www.youtube.com/embed/x\"></iframe><p id=t>The climb</p><p>From the hut the "
         "path turns steep and the ropes begin.</p></div>", T(P), P);
    /* embed-prompt: how to operate a map or player beside it, a sentence or not; what it shows stays */
    CATCH("embed-prompt", "<div><iframe src=\"https://maps.example/warnings\"></iframe><p id=t>Interactive map: "
          "tap a county to see its warning level.</p></div>", T(P), P);
    CATCH("embed-prompt", "<figure><video src=v.mp4></video><figcaption id=t>Cliquez sur l'image pour lancer la "
          "vid\xC3\xA9o.</figcaption></figure>", T(FIGCAPTION), ALOUD_BLOCK_CAPTION);
    KEEP("<div><iframe src=\"https://maps.example/warnings\"></iframe><p id=t>The map shows the warning level of "
         "each county.</p></div>", T(P), P);
    KEEP("<div><iframe src=\"https://maps.example/warnings\"></iframe><p id=t>Click on the county to see its "
         "level.</p><p>The council has opened three rest centres, and the schools in the valley stay shut on "
         "Monday and Tuesday.</p></div>", T(P), P);                /* a story's box, not the embed's */
    /* embed-consent: what loading the embed does, beside it or the button of its placeholder; the
     * story's sentence about the video stays */
    CATCH("embed-consent", "<div><iframe data-src=\"https://www.youtube.com/embed/x\"></iframe><p id=t>Click to "
          "load content from YouTube</p></div>", T(P), P);
    CATCH("embed-consent", "<div><img src=t.jpg alt=\"\"><p id=t>Mit dem Laden des Videos akzeptieren Sie die "
          "Datenschutzerkl\xC3\xA4rung von YouTube.</p><button>Video laden</button></div>", T(P), P);
    KEEP("<div><p id=t>The footage the council loaded onto YouTube on Friday shows the bridge without its "
         "deck.</p><button>Play</button><p>Cyclists may use a fenced lane on the north side until the spring, "
         "the council said.</p></div>", T(P), P);                   /* a story's box, not the embed's */
    /* embed-placeholder: every line of a consent tool's placeholder box (a button, a service, a word of
     * consent), its title too; a box that names the service and asks nothing stays */
    CATCH("embed-placeholder", "<div><p id=t>External content</p><p>This post is hosted by Instagram. To see it "
          "here, we need your consent to share data with the platform.</p><button>Show post</button></div>",
          T(P), P);
    KEEP("<div><p id=t>The mayor posted the photos on Instagram on Sunday evening.</p><button>Play</button>"
         "</div>", T(P), P);
    KEEP("<div><p id=t>The mayor posted the photos on Instagram on Sunday evening.</p><p>Loading the "
         "ferry took an hour longer than planned.</p><button>Play</button></div>", T(P), P);
                                        /* the service in one line, loading in another: no placeholder's */
    /* offer-list: what a box of priced rows with the same paid button says; rows with their
     * own shops' links (a list of deals) stay */
#define OFFER(shop, price, button) "<div><span>" shop "</span> <span>" price "</span> <a rel=\"sponsored " \
    "nofollow\" href=\"https://go.example/" shop "\">" button "</a></div>"
    CATCH("offer-list", "<div>" OFFER("Hotel Aurora", "from 96 \xE2\x82\xAC", "Book a room") OFFER("Mas Vell",
          "from 120 \xE2\x82\xAC", "Book a room") "<p id=t>Prices per night, found on 30 November 2026.</p></div>",
          T(P), P);
    CATCH("offer-list", "<div>" OFFER("Teknosepet", "14.999 TL", "Ma\xC4\x9F" "azaya git") OFFER("Ev Market",
          "15.349 TL", "Ma\xC4\x9F" "azaya git") "<small id=t>Fiyatlar 24 Kas\xC4\xB1m 2026 itibar\xC4\xB1yla "
          "g\xC3\xBCnceldir.</small></div>", T(SMALL), P);
    KEEP("<div><p id=t>Prices were checked on 30 November 2026.</p>" OFFER("Kettle", "\xC2\xA3" "25", "At Shop A")
         OFFER("Toaster", "\xC2\xA3" "30", "At Shop B") "</div>", T(P), P);
    /* a short guide's body with two such rows between its paragraphs is the article: its
     * prose stays, its rows go (tests/pages/en-guide-short-offer-boxes) */
#define GUIDE_A "<p>A kettle that boils in two minutes is no use if it doubles the weight of your rucksack. " \
    "For walkers, anything under 400 grams is worth a look, and a folding body saves space.</p>"
#define GUIDE_B "<p>Stainless steel is heavier, but it shrugs off knocks and can sit right on an open fire. " \
    "If you drive to your pitch and cook for a family, the extra weight hardly counts.</p>"
    KEEP("<div><p id=t>A kettle that boils in two minutes is no use if it doubles the weight of your rucksack. "
         "For walkers, anything under 400 grams is worth a look.</p>" OFFER("Fellside Fold", "\xC2\xA3" "24.99",
         "Check price") GUIDE_B OFFER("Ridgeway Steel", "\xC2\xA3" "32.50", "Check price") "</div>", T(P), P);
    CATCH("offer-list", "<div>" GUIDE_A "<div id=t><span>Fellside Fold</span> <span>\xC2\xA3" "24.99</span> "
          "<a rel=\"sponsored\" href=\"https://go.example/f\">Check price</a></div>" GUIDE_B
          OFFER("Ridgeway Steel", "\xC2\xA3" "32.50", "Check price") "</div>", T(DIV), P);
    /* one paragraph beside the rows is the box's own note, as above: still the box's */
    CATCH("offer-list", "<div>" OFFER("Hotel Aurora", "from 96 \xE2\x82\xAC", "Book a room") OFFER("Mas Vell",
          "from 120 \xE2\x82\xAC", "Book a room") "<p id=t>Both hotels sit inside the old walls, a short walk from "
          "the bridge and the square.</p></div>", T(P), P);
#undef GUIDE_A
#undef GUIDE_B
#undef OFFER
    CATCH("readers-rating", "<p>Il voto dei lettori: 3,9 su 5 (87 voti)</p>", T(P), P);
    CATCH("readers-rating", "<p>Leserwertung: 4,5 von 5 (120 Bewertungen)</p>", T(P), P);
    CATCH("readers-rating", "<p>Note des lecteurs : 4,2/5 (56 évaluations)</p>", T(P), P);
    CATCH("readers-rating", "<p>Valoración media 4,1/5 (233 votos)</p>", T(P), P);
    CATCH("readers-rating", "<p>Avaliação dos leitores 4,6/5 (41 avaliações)</p>", T(P), P);
    CATCH("readers-rating", "<p>Lezersscore 8 uit 10 (312 stemmen)</p>", T(P), P);
    CATCH("readers-rating", "<p>Średnia ocena 4,3/5 (98 głosów)</p>", T(P), P);
    CATCH("readers-rating", "<p>Rated 4.7/5 by readers (1,204 votes)</p>", T(P), P);
    CATCH("readers-rating", "<p>Jak hodnotíte tento produkt? \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85"
          "\xE2\x98\x86 Hodnocení čtenářů: 4,2 z 5 (87 hlasů)</p>", T(P), P);
    /* the score drawn as stars, or an average with its decimals, in the line itself */
    CATCH("readers-rating", "<p>\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86 4.6 from 31 votes</p>",
          T(P), P);
    CATCH("readers-rating", "<p>4,86 de 29 votos</p>", T(P), P);
    CATCH("readers-rating", "<div>4,8 av 5 (37 r\xC3\xB6ster)</div>", T(DIV), P);
    /* a script without spaces: the count glued to its number, two kana or
     * ideographs a word (ten words here, not twenty) */
    CATCH("readers-rating", "<div>\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86"
          "4.6\xEF\xBC\x88" "128\xE4\xBB\xB6\xE3\x81\xAE\xE8\xA9\x95\xE4\xBE\xA1\xEF\xBC\x89 "
          "<a href=#c>\xE3\x81\x93\xE3\x81\xAE\xE3\x83\xAC\xE3\x82\xB7\xE3\x83\x94\xE3\x82\x92"
          "\xE8\xA9\x95\xE4\xBE\xA1\xE3\x81\x99\xE3\x82\x8B</a></div>", T(DIV), P);
    KEEP("<p>Betyg: 4 av 5</p>", T(P), P);                          /* the reviewer's, singular */
    /* a sentence with a glued count of votes is no widget */
    KEEP("<p>\xE8\xA9\xA6\xE9\xA8\x93\xE3\x81\xAF" "4.6\xE7\x82\xB9\xE3\x81\xA7\xE3\x80\x81"
         "128\xE4\xBB\xB6\xE3\x81\xAE\xE8\xA9\x95\xE4\xBE\xA1\xE3\x81\x8C\xE9\x9B\x86\xE3\x81"
         "\xBE\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE5\xB8\x82\xE3\x81"
         "\xAE\xE8\xAA\xBF\xE6\x9F\xBB\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82</p>", T(P), P);
    KEEP("<p>Ballots: 1.204 votes</p>", T(P), P);   /* a thousands separator, no average */
    /* rating-call: in a recipe card (microdata Recipe, a list of ingredients), a
     * prompt to the reader with a word of rating; the card's own notes, and the
     * same prompt outside a card, stay */
#define CARD "<div itemscope itemtype=https://schema.org/Recipe><ul><li>1 kg potatis</li><li>3 dl mj\xC3\xB6lk</li></ul>"
    CATCH("rating-call", CARD "<div id=t><span>Har du lagat receptet?</span> <span>Klicka p\xC3\xA5 "
          "stj\xC3\xA4rnorna och ge ditt betyg!</span></div></div>", T(DIV), P);
    CATCH("rating-call", CARD "<p id=t>Did you make this recipe? Leave a rating below!</p></div>", T(P), P);
    KEEP(CARD "<p id=t>Vill du ha den starkare? Ta i mer peppar!</p></div>", T(P), P);
    KEEP(CARD "<p id=t>Du kan frysa munkarna, men betyget blir s\xC3\xA4mre. V\xC3\xA4rm dem i ugn.</p></div>",
         T(P), P);
    KEEP("<p>Har du lagat receptet? Klicka p\xC3\xA5 stj\xC3\xA4rnorna och ge ditt betyg!</p>", T(P), P);
#undef CARD
    /* a recipe card's times beside its stars are the recipe's: a box is read without them */
    KEEP("<div><p>\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 4.8 from 112 votes</p>"
         "<p id=t>Prep: 15 mins Cook: 35 mins Serves: 6</p></div>", T(P), P);
    KEEP("<p>Unsere Bewertung: 4 von 5</p>", T(P), P);
    KEEP("<p>Il nostro voto: 4 su 5</p>", T(P), P);
    KEEP("<p>In der Umfrage gaben 4 von 5 Befragten 120 Stimmen ab, und der Rat stimmte zu.</p>", T(P), P);

    /* control-bar: buttons and links to "#" only; one of them chrome by its class
     * ("share"), left out by the strict pass, is no text between them */
    CATCH("control-bar", "<div><a href=#>Imprimer</a> <a href=#>Ajouter au carnet</a></div>", T(DIV), P);
    strict_pass = true;
    CATCH("control-bar", "<div class=actions><a href=# class=print>Stampa</a> <a href=# class=save>Salva nel "
          "ricettario</a> <a href=# class=share>Condividi</a></div>", T(DIV), P);
    KEEP("<div class=actions><a href=# class=print>Stampa</a> la ricetta e <a href=# class=share>condividila</a> "
         "con chi vuoi</div>", T(DIV), P);                           /* text between the links */
    strict_pass = false;
    KEEP("<div><a href=#>Imprimer</a> la recette, puis <a href=#>ajoutez-la</a> au carnet.</div>", T(DIV), P);
    /* a link to another place of the page ("#comments") is a control too */
    CATCH("control-bar", "<div><a href=#>Facebook</a> <a href=#>X</a> <a href=#>Envoyer par e-mail</a> "
          "<a href=#commentaires>R\xC3\xA9" "agir</a></div>", T(DIV), P);
    KEEP("<div><a href=#>Facebook</a> <a href=/commentaires>R\xC3\xA9" "agir</a></div>", T(DIV), P);   /* a page */
    /* a jump and print line: a place of the page and the page's print version (its URL or class says print) */
    CATCH("control-bar", "<div><a href=#recipe>Jump to Recipe</a> <a href=/wprm_print/4813>Print Recipe</a></div>",
          T(DIV), P);
    CATCH("control-bar", "<div><a href=#rezept>Zum Rezept</a> <a href=\"/datschi/?print=1\">Rezept drucken</a></div>",
          T(DIV), P);
    CATCH("control-bar", "<div><a href=#receta>Ir a la receta</a> <a href=/receta/ class=recipe-print-link>Imprimir</a>"
          "</div>", T(DIV), P);
    KEEP("<div><a href=/printemps-des-poetes/>Printemps des po\xC3\xA8tes</a> <a href=#programme>Programme</a></div>",
         T(DIV), P);                                                 /* "printemps" is no print part */
    KEEP("<div><a href=#fiche>Imprimez</a> la fiche, puis <a href=/recette/print/>gardez-la</a> au frigo.</div>",
         T(DIV), P);                                                 /* text between the links */

    /* price-box: prices and a label or two beside a button, in the eight languages' shops */
    CATCH("price-box", "<div class=product-info-price><span>Adviesprijs \xE2\x82\xAC 89,95</span> <span>\xE2\x82\xAC "
          "79,95</span> <button>In winkelwagen</button> <a href=#>Op verlanglijst</a></div>", T(DIV), P);
    CATCH("price-box", "<div><s>Was $120</s> <b>Now $95</b> <button>Add to cart</button></div>", T(DIV), P);
    CATCH("price-box", "<div>UVP 59,90 \xE2\x82\xAC <b>44,90 \xE2\x82\xAC</b> inkl. MwSt. <input type=number value=1> "
          "<button>In den Warenkorb</button></div>", T(DIV), P);
    CATCH("price-box", "<div><span>Cena 149,99 z\xC5\x82</span> <a href=# class=fav>Dodaj do ulubionych</a></div>",
          T(DIV), P);
    CATCH("price-box", "<div><s>Prezzo consigliato 29,90 \xE2\x82\xAC</s> <span>24,90 \xE2\x82\xAC</span> "
          "<button>Aggiungi al carrello</button></div>", T(DIV), P);
    CATCH("price-box", "<div>De R$ 199,90 por <b>R$ 149,90</b> <button>Comprar</button></div>", T(DIV), P);
    CATCH("price-box", "<div><del>Prix conseill\xC3\xA9 129,00 \xE2\x82\xAC</del> 99,00 \xE2\x82\xAC "
          "<a href=# class=wishlist>Ajouter \xC3\xA0 ma liste</a></div>", T(DIV), P);
    KEEP("<ul><li>Margherita \xE2\x82\xAC" "9.50</li><li>Marinara \xE2\x82\xAC" "8</li></ul>", T(LI),
         ALOUD_BLOCK_LIST_ITEM);                                     /* a price list: no button */
    KEEP("<div>The lamp costs \xE2\x82\xAC" "99 and ships with a warm-white bulb and a two-metre cable. "
         "<button>Buy</button></div>", T(DIV), P);                   /* a sentence */
    KEEP("<div>Por 4,99 \xE2\x82\xAC llevas dos libros de bolsillo y el env\xC3\xADo es gratis en toda "
         "la pen\xC3\xADnsula <button>Ver</button></div>", T(DIV), P);   /* more than a label */
    /* share links named so by their class, to any address: "BlogThis!" is a label, no sentence */
    CATCH("control-bar", "<div class=post-share-buttons><a class='share-button sb-email' "
          "href='https://www.blogger.com/share-post.g?blogID=1&postID=2&target=email'>Enviar por correo "
          "electr\xC3\xB3nico</a><a class='share-button sb-blog' href='https://www.blogger.com/share-post.g?"
          "target=blog'>\xC2\xA1" "Escr\xC3\xAD" "belo en un blog!</a><a class='share-button sb-facebook' "
          "href='https://www.blogger.com/share-post.g?target=facebook'>Compartir en Facebook</a></div>", T(DIV), P);
    KEEP("<div class=share-note><a class=share-link href=/guia>Comparte la gu\xC3\xAD" "a</a> con tu "
         "comunidad de vecinos. <a class=share-link href=/carteles>Descarga los carteles</a> si quieres.</div>",
         T(DIV), P);                                                 /* text between the links */
    KEEP("<p><a href=/a>Der Rat tagt!</a> <a href=/b>Die Br\xC3\xBC" "cke bleibt zu!</a></p>", T(P), P);   /* pages, no class */

    /* disclosure worded freshly: affiliation, earning, and the reader, the site or this page's links */
    CATCH("disclosure", "<p><em>Algunos enlaces de esta gu\xC3\xAD" "a son de afiliado: si compras a trav\xC3\xA9s de "
          "ellos, la web se lleva una peque\xC3\xB1" "a comisi\xC3\xB3n.</em></p>", T(P), P);
    CATCH("disclosure", "<p>Enkele links in dit stuk zijn affiliate-links; bij een aankoop krijgen wij een kleine "
          "commissie.</p>", T(P), P);
    CATCH("disclosure", "<p>Dieser Beitrag enth\xC3\xA4lt Partnerlinks. Wenn du dar\xC3\xBC" "ber etwas kaufst, "
          "bekomme ich eine kleine Provision.</p>", T(P), P);
    CATCH("disclosure", "<p><em>Inl\xC3\xA4gget inneh\xC3\xA5ller annonsl\xC3\xA4nkar till n\xC3\xA4tbutiker. "
          "K\xC3\xB6per du n\xC3\xA5got via l\xC3\xA4nkarna f\xC3\xA5r jag en liten provision.</em></p>", T(P), P);
    KEEP("<p>Amazon recort\xC3\xB3 la comisi\xC3\xB3n que paga a sus afiliados, y las webs de rese\xC3\xB1" "as "
         "perdieron hasta la mitad de sus ingresos.</p>", T(P), P);   /* news: no links, no reader, no "we" */
    KEEP("<p>Las webs de rese\xC3\xB1" "as cobran una comisi\xC3\xB3n por cada enlace de afiliado, seg\xC3\xBAn "
         "el informe de la CNMC.</p>", T(P), P);                     /* links, but of others, not this page's */
    KEEP("<p>Die EU-Kommission pr\xC3\xBC" "ft, ob die Provision der Vergleichsportale offengelegt werden "
         "muss.</p>", T(P), P);                                     /* no affiliation */
    /* earning from this page's links, to the reader; the links' affiliation in a labelled note */
    CATCH("disclosure", "<p>Gadget Shelf earns a commission when you buy through links on this page.</p>", T(P), P);
    CATCH("disclosure", "<p>Nota: alcuni link a strutture ricettive sono affiliati.</p>", T(P), P);
    KEEP("<p>Regulators want influencers to label affiliate links clearly, the report said.</p>", T(P), P);
    /* the article's links named with no demonstrative, as Czech does ("Článek obsahuje ...") */
    CATCH("disclosure", "<p><small>Článek obsahuje affiliate odkazy. Pokud přes ně nakoupíte, můžeme získat "
          "provizi, cenu pro vás to nezvýší.</small></p>", T(P), P);
    KEEP("<p>Podle zprávy inspekce dostávají srovnávače provizi z affiliate odkazů, aniž by to čtenářům "
         "řekly.</p>", T(P), P);                                    /* links of others, not this article's */
    /* an opinion disclaimer: a disclosure phrase in a short note naming the site's editors */
    CATCH("disclosure", "<p>Columns en opinieartikelen geven de mening van de auteur weer, niet noodzakelijk "
          "die van de redactie.</p>", T(P), P);
    CATCH("disclosure", "<p>Opinions expressed by guest writers are not those of the editorial board.</p>",
          T(P), P);
    KEEP("<p>Het stuk gaf volgens de rechter de mening van de auteur weer en was dus geen smaad.</p>",
         T(P), P);                                                  /* no editors: a court's finding */
    KEEP("<p>Volgens de ombudsman had de redactie moeten vermelden dat het stuk de mening van de auteur gaf "
         "en niet die van de krant, maar dat gebeurde pas drie dagen later, na tientallen klachten van lezers "
         "en een verzoek van de gemeente.</p>", T(P), P);           /* over 30 words: news about a note */
    KEEP("<p>Creators earn a commission when readers buy through links on their pages, the study found.</p>",
         T(P), P);                                                  /* not this page's, nobody addressed */

    /* author-contact: two addresses or handles, or one and "I"/"we" */
    CATCH("author-contact", "<p>\xC2\xBF" "Preguntas? Escr\xC3\xAD" "beme a pablo@huertourbano.example o en "
          "Mastodon: @pablo@hortelanos.social.</p>", T(P), P);
    CATCH("author-contact", "<p>Fragen zum Beitrag? Schreiben Sie uns an redaktion@stadtblatt.example.</p>", T(P), P);
    KEEP("<p>Hinweise nimmt die Polizei unter hinweise@polizei.example oder unter 110 entgegen.</p>", T(P), P);
    /* one address, the writer's own: a word of the byline in it */
    expect("author-contact", "<p>Masz temat? Napisz do autora: t.wierzbicki@kurier.example</p>", T(P), P, NULL,
           "Tomasz Wierzbicki", __LINE__);
    expect("author-contact", "<p>Contact: agnieszka.wroblewska@gazeta.example</p>", T(P), P, NULL,
           "Agnieszka Wr\xC3\xB3" "blewska", __LINE__);
    expect(NULL, "<p>Hinweise nimmt die Polizei unter hinweise@polizei.example entgegen.</p>", T(P), P, NULL,
           "Tomasz Wierzbicki", __LINE__);                          /* someone else's address */
    KEEP("<p>Les habitants peuvent \xC3\xA9" "crire \xC3\xA0 la mairie, travaux@ville.example, jusqu'au "
         "15 mars.</p>", T(P), P);                                   /* one address, the writer not speaking */
    /* one address and the newsroom as the addressee, in a line that asks a question */
    CATCH("author-contact", "<p>Une faute, un oubli ? Signalez-le \xC3\xA0 la r\xC3\xA9" "daction : "
          "corrections@journal.example</p>", T(P), P);
    KEEP("<p>La r\xC3\xA9" "daction a re\xC3\xA7u le communiqu\xC3\xA9 de la pr\xC3\xA9" "fecture, envoy\xC3\xA9 "
         "depuis presse@prefecture.example.</p>", T(P), P);          /* told, nobody asked */

    /* feed-link: a short line, mostly a link to a feed by its type, address or "(Atom)" */
    CATCH("feed-link", "<div class=feed-links>Subskrybuj: <a class=feed-link href=#>Komentarze do posta "
          "(Atom)</a></div>", T(DIV), P);
    CATCH("feed-link", "<p>S'abonner : <a href='https://carnet.example.org/feeds/posts/default'>"
          "Publications du carnet</a></p>", T(P), P);
    CATCH("feed-link", "<p><a type='application/rss+xml' href=/flux>Suivre ce blog</a></p>", T(P), P);
    KEEP("<p>Het nieuwe <a href=/atom>Atom-netwerk</a> van de gemeente werkt sinds maart.</p>", T(P), P);   /* a sentence */
    KEEP("<p>Los datos del informe: <a href=/informe>Consumo de agua en 2025</a></p>", T(P), P);   /* no feed */
    KEEP("<p>Zum Nachlesen: das Protokoll der Sitzung und die Stellungnahme des Vereins <a "
         "href=/feed>hier</a></p>", T(P), P);                        /* mostly no link */

    /* read-more: a label and a colon before a teaser with no sentence end, no link */
    CATCH("read-more", "<p>Continua a leggere nella pagina successiva: come distribuire i pesi e regolare gli "
          "spallacci</p>", T(P), P);
    KEEP("<p>Continua a leggere: il sindaco ha firmato ieri l'ordinanza e i cantieri riaprono luned\xC3\xAC "
         "mattina.</p>", T(P), P);                                   /* a sentence after the colon */
    KEEP("<ul><li>Related to each other: for example, a message queue and the workers that read from "
         "it</li><li>Unrelated services sharing hardware: a build cache and a wiki</li></ul>", T(LI),
         ALOUD_BLOCK_LIST_ITEM);                                     /* a list's point, not a teaser */

    CATCH("go-back", "<p><a href=/>Go back to</a> Cybersecurity</p>", T(P), P);
    CATCH("go-back", "<p>Back to top</p>", T(P), P);
    KEEP("<p>Back to school costs rose by a tenth this year.</p>", T(P), P);   /* a sentence, no link */
    CATCH("go-back", "<p><a href=\"#top\">Volver arriba</a></p>", T(P), P);      /* a forum post's foot */
    KEEP("<p>Volver arriba del todo costó dos horas más de lo previsto, contó la guía.</p>", T(P), P);
    KEEP("<p>Go back to the start of the recipe and fold the egg whites in gently, a third at a time, so that the "
         "batter keeps its air.</p>", T(P), P);                      /* over 20 words */

    /* post-nav: arrows and links, in any language */
    CATCH("post-nav", "<p><a href=/a>\xC2\xAB Night buses return to the valley</a> | <a href=/>Main</a> | "
          "<a href=/b>Bridge works start in May \xC2\xBB</a></p>", T(P), P);
    CATCH("post-nav", "<p><a href=/a>\xE2\x80\xB9 Vorheriger Beitrag</a> <a href=/b>N\xC3\xA4" "chster Beitrag "
          "\xE2\x80\xBA</a></p>", T(P), P);
    KEEP("<p>\xC2\xAB We will not close the library \xC2\xBB, said the mayor, as <a href=/m>the minutes</a> "
         "show.</p>", T(P), P);                                      /* a quotation, one link */
    KEEP("<p><a href=/a>Harbour</a> | <a href=/b>Market</a> | <a href=/c>Bridge</a></p>", T(P), P);   /* no arrow */

    /* breadcrumb: links from the home page joined by one separator, the page's name after */
    CATCH("breadcrumb", "<div><a href=\"http://www.gazette.example/\">Home</a> / "
          "<a href=\"http://www.gazette.example/news/\">News</a> / "
          "Story: Island ferry to add a late sailing</div>", T(DIV), P);
    CATCH("breadcrumb", "<p><a href=\"../../index.html\">"
          "\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0</a> &gt; "
          "<a href=\"../a.html\">\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9</a> &gt; "
          "\xE4\xBA\xA4\xE9\x80\x9A</p>", T(P), P);
    CATCH("breadcrumb", "<p><a href=/>Start</a> \xE2\x80\xBA <a href=/sport>Sport</a> \xE2\x80\xBA "
          "<a href=/sport/rudern>Rudern</a></p>", T(P), P);
    /* not from the home page (a story's authors) */
    KEEP("<p><a href=/tag/ruiz>Ana Ruiz</a> / <a href=/tag/chen>Li Chen</a></p>", T(P), P);
    /* words outside the links: an instruction */
    KEEP("<p>Open <a href=/>the app</a> \xE2\x80\xBA <a href=/t>Tickets</a> \xE2\x80\xBA "
         "<a href=/s>Single</a> and choose the late sailing.</p>", T(P), P);
    /* two kinds of separator */
    KEEP("<p><a href=/>Home</a> / <a href=/news>News</a> \xE2\x80\xBA <a href=/a>Ferries</a></p>",
         T(P), P);

    /* link-bar: three links or more joined by "|", one of them acting (a script, print, mail) */
    CATCH("link-bar", "<p><a href=\"javascript:imprime(1)\">Imprimir</a> | <a href=/enviar?id=1>Enviar a um "
          "amigo</a> | <a href=/rss>RSS</a></p>", T(P), P);
    CATCH("link-bar", "<p><a href=/posts>Posts</a> \xC2\xB7 <a href=/bio>Bio</a> \xC2\xB7 <a "
          "href=mailto:x@example.org>E-mail</a></p>", T(P), P);
    KEEP("<p><a href=\"javascript:x()\">Karte</a> und <a href=/a>Plan</a> | <a href=/b>Fahrplan</a></p>", T(P), P);   /* a word between */

    /* press-contact: a metadata label, then an e-mail address */
    CATCH("press-contact", "<p><strong>Noot voor de redactie, niet voor publicatie:</strong><br>Voor meer "
          "informatie kunt u contact opnemen met Jan de Vries, woordvoerder, via 06 12 34 56 78 of "
          "pers@bedrijf.example. Beeldmateriaal is op aanvraag beschikbaar in hoge resolutie.</p>", T(P), P);
    KEEP("<p>Voor meer informatie kunt u contact opnemen met de gemeente via info@gemeente.example.</p>", T(P), P);   /* no label */
    CATCH("press-contact", "<p>R\xC3\xBC" "ckfragen an die Pressestelle: presse-hessen@gnh.example, Tel. 0561 123 "
          "456 70</p>", T(P), P);
    KEEP("<p>R\xC3\xBC" "ckfragen an das Ministerium blieben bis zum Abend unbeantwortet, teilte der Verband "
         "mit.</p>", T(P), P);                                       /* no address, no label */

    /* post-footer: links to the trackback or the comment form, in any language */
    CATCH("post-footer", "<p>Cet article a \xC3\xA9t\xC3\xA9 publi\xC3\xA9 le 4 mars et class\xC3\xA9 dans "
          "<a href=/c/port>Port</a>. Vous pouvez <a href=\"#respond\">laisser un commentaire</a> ou faire un "
          "<a href=\"https://example.org/2024/03/port/trackback/\" rel=trackback>trackback</a> depuis votre "
          "site.</p>", T(P), P);
    KEEP("<p>The council's <a href=\"https://example.org/minutes\">minutes</a> say the harbour wall will be "
         "repaired before the winter storms.</p>", T(P), P);

    CATCH("meta-line", "<p>Tags: climate, energy, transport</p>", T(P), P);
    KEEP("<p>Tags on the suitcases were checked twice at the border, the customs officer said.</p>", T(P), P);
    /* meta-list: a label, then nearly all links, past meta-line's 25 words */
    CATCH("meta-list", "<p>Tags: <a href=/t/1>harbour</a>, <a href=/t/2>ferries</a>, <a href=/t/3>night buses</a>, "
          "<a href=/t/4>council budget</a>, <a href=/t/5>Ana Ruiz</a>, <a href=/t/6>Li Chen</a>, "
          "<a href=/t/7>bridge works</a>, <a href=/t/8>river Lea</a>, <a href=/t/9>tram line 4</a>, "
          "<a href=/t/10>public transport</a>, <a href=/t/11>fares</a>, <a href=/t/12>strikes</a>, "
          "<a href=/t/13>weather warnings</a>, <a href=/t/14>road closures</a>, <a href=/t/15>cycling</a>, "
          "<a href=/t/16>school run</a>, <a href=/t/17>harbour master</a>, <a href=/t/18>late sailings</a>, "
          "<a href=/t/19>island ferry</a>, <a href=/t/20>station car park</a></p>",
          T(P), P);
    CATCH("meta-list", "<div><span>Tagged</span> <a href=/t/a rel=tag>3g</a>, <a href=/t/b rel=tag>4g</a>, "
          "<a href=/t/c rel=tag>hotspot</a>, <a href=/t/d rel=tag>internet sharing</a>, <a href=/t/e rel=tag>mobile "
          "broadband</a> : Related Tags: <a href=/t/f rel=tag>command prompt</a>, <a href=/t/g rel=tag>wired "
          "network</a>, <a href=/t/h rel=tag>laptop</a>, <a href=/t/i rel=tag>windows 8</a>, <a href=/t/j "
          "rel=tag>wireless access point</a>, <a href=/t/k rel=tag>storm outage</a>, <a href=/t/l rel=tag>power "
          "cut</a>, <a href=/t/m rel=tag>mobile data plan</a>, <a href=/t/n rel=tag>phone tethering</a></div>",
          T(DIV), P);
    /* prose past 25 words that opens with a label word: few links */
    KEEP("<p>Topics at the meeting ranged from the <a href=/budget>council budget</a> to the late ferry, and the "
         "harbour master said the night buses would wait for it from May, once the bridge works on the river "
         "Lea are done and the tram line reopens.</p>", T(P), P);

    CATCH("cookie", "<div>We use cookies to personalise content and ads. By continuing you accept our cookie "
          "policy.</div>", T(DIV), P);
    KEEP("<p>The regulator found that the banner, which said only that the site uses cookies, gave readers no way to "
         "refuse them; it fined the publisher, ordered a new banner within a month and said that a reader who closes "
         "it must be treated as one who said no, whatever the site's lawyers had argued about consent in their long "
         "and careful letter to the court.</p>", T(P), P);           /* over 60 words */

    /* cookie-opening: a notice past the "cookie" rule's 60 words, opening with its phrase */
    CATCH("cookie-opening", "<p>We use cookies to make sure that you get the best experience on our website. We "
          "also use cookies to show you advertising that is relevant to you. If you carry on without changing your "
          "settings, we will assume that you are happy to receive all cookies on this website. You can change your "
          "cookie settings at any time from the link at the foot of every page.</p>", T(P), P);
    KEEP("<p>\xE2\x80\x9CWe use cookies to make sure that you get the best experience on our website,\xE2\x80\x9D "
         "the banner said, and went on: it would assume that a reader who carried on without changing the settings "
         "was happy to receive every cookie, which the regulator called no consent at all in its ruling on "
         "Tuesday, when it also told the publisher to show a new banner within a month.</p>", T(P),
         P);                                                        /* quoted, over 60 words */

    CATCH("comment-prompt", "<p>Leave a comment</p>", T(P), P);
    CATCH("comment-prompt", "<p>No comments yet.</p>", T(P), P);
    CATCH("comment-prompt", "<p>Noch keine Kommentare.</p>", T(P), P);
    CATCH("comment-prompt", "<p>Nog geen reacties</p>", T(P), P);
    CATCH("comment-prompt", "<p>Brak komentarzy</p>", T(P), P);
    KEEP("<p>Readers who leave a comment on the council's site get an answer within a week, the clerk said, though "
         "few of them ever do.</p>", T(P), P);                       /* over 20 words */

    CATCH("newsletter", "<p>Subscribe to our newsletter</p>", T(P), P);
    KEEP("<p>When the paper asked readers to subscribe to our newsletter last spring, the editors expected a few "
         "hundred names; by the summer the list held forty thousand, most of them in the valley.</p>", T(P), P);
    CATCH("newsletter", "<p>Jetzt den Newsletter abonnieren und keine Nachricht mehr verpassen.</p>", T(P), P);
    CATCH("newsletter", "<p>Abonnez-vous à la lettre d'information du Courrier pour recevoir l'essentiel de "
          "l'actualité chaque matin.</p>", T(P), P);                  /* to the reader */
    KEEP("<p>Shares in the company fell 12 per cent after it said it would stop selling subscriptions to its "
         "newsletter service in Europe from March.</p>", T(P), P);   /* reported */
    KEEP("<p>Les lecteurs de la lettre d'information locale ont été les premiers à apprendre la fermeture, que la "
         "mairie voulait taire jusqu'après l'élection.</p>", T(P), P);

    /* A "send us your tip" box: a tip, the reader or a question, the site or its newsroom, a channel. */
    CATCH("tip-prompt", "<div>Heb jij een tip? Stuur ons een bericht via WhatsApp of mail naar de redactie.</div>",
          T(DIV), P);
    CATCH("tip-prompt", "<p>Got a story tip? Email the newsroom at <a href=mailto:desk@valleypost.example>"
          "desk@valleypost.example</a>.</p>", T(P), P);
    CATCH("tip-prompt", "<p>Sie haben einen Hinweis für unsere Lokalredaktion? Schreiben Sie uns per WhatsApp an "
          "0151 2345 6789.</p>", T(P), P);
    CATCH("tip-prompt", "<p>Vous avez une info ? Écrivez-nous à <a href=\"mailto:redac@lecho.example\">la "
          "rédaction</a>.</p>", T(P), P);
    CATCH("tip-prompt", "<p>¿Tienes una pista? Escríbenos por WhatsApp al 600 123 456.</p>", T(P), P);
    CATCH("tip-prompt", "<p>Hai una segnalazione da fare? Scrivici su <a href=https://wa.me/393331234567>"
          "WhatsApp</a>.</p>", T(P), P);
    CATCH("tip-prompt", "<p>Tem uma denúncia ou sugestão de pauta? Envie para a redação pelo WhatsApp.</p>", T(P), P);
    CATCH("tip-prompt", "<p>Masz temat? Napisz do nas przez formularz kontaktowy albo mailowo.</p>", T(P), P);
    CATCH("tip-prompt", "<p>Heb je een tip of zag je iets gebeuren? Stuur ons een appje via 06-12345678.</p>",
          T(P), P);                                                  /* the channel is a phone number */
    CATCH("tip-prompt", "<p><em>Vous avez des informations sur ce dossier ? Contactez-nous en toute confidentialité "
          "via <a href=\"/signaler/\">notre page de signalement</a>.</em></p>", T(P), P); /* the site's form ends it */
    CATCH("tip-prompt", "<p>Do you know more about the plant's closure? Share a tip with our newsroom on "
          "<a href=\"/tips/\">our secure tips page</a>.</p>", T(P), P);
    /* News that reports tips asks for the police, quotes who asks, or is prose: it stays. */
    KEEP("<p>De politie vraagt om tips. Heb jij iets gezien? Bel 0900-8844 of stuur een WhatsApp-bericht naar "
         "de recherche.</p>", T(P), P);                              /* the police, not the site */
    KEEP("<p>Haben Sie Hinweise? Die Polizei in Ulm bittet um Anrufe unter 0731 188-0 oder per E-Mail.</p>",
         T(P), P);
    KEEP("<p>Police said they first heard of the scheme through a tip sent by email to our newsroom in "
         "March.</p>", T(P), P);                                     /* no reader, no question */
    KEEP("<p>\xE2\x80\x9CIf you have a tip, send us a message on WhatsApp,\xE2\x80\x9D the detective told "
         "reporters.</p>", T(P), P);                                 /* quoted */
    KEEP("<p>Heb je tips voor het nieuwe park? De gemeente vraagt ons allemaal om mee te denken; tussen "
         "2025-2026 en 2030-2031 komt er geld bij.</p>", T(P), P);   /* no channel: year ranges, not a number */
    KEEP("<p>Tip: if the form will not load, you can email it to us as a photo instead.</p>", T(P), P); /* a hint */
    KEEP("<p>Des informations nouvelles ? Notre rédaction a rouvert le dossier dans "
         "<a href=\"/enquetes/cantines-bio-les-factures-2024/\">notre enquête de 2024</a>.</p>", T(P), P); /* a story */
    KEEP("<p>Vous avez des infos sur le chantier ? La mairie recueille les témoignages des riverains sur "
         "<a href=\"/signalements/\">sa page</a>.</p>", T(P), P);   /* the newsroom is not asked */
    KEEP("<p>Vous avez des informations ? Écrivez-nous : <a href=\"/contact/\">la page contact</a> dit aussi "
         "comment joindre la mairie et les services de la préfecture.</p>", T(P), P); /* the link ends nothing */
    KEEP("<p>Notre rédaction a reçu plusieurs témoignages par courriel après la publication de notre enquête sur "
         "les loyers.</p>", T(P), P);
    KEEP("<p>La redazione ha ricevuto una segnalazione via WhatsApp: secondo i residenti il ponte era chiuso da "
         "giorni, ma il Comune non aveva avvisato nessuno e le auto continuavano a passare senza alcun controllo "
         "mentre i vigili guardavano altrove e nessuno rispondeva ai nostri messaggi.</p>", T(P), P); /* news, long */

    CATCH("payment-details", "<p>Support my work through a bank transfer</p>", T(P), P);
    KEEP("<p>The shop takes payment by bank transfer only, which annoys tourists, but the owner says the card fees "
         "would eat the margin on a loaf, and the baker agrees with him, as do most of the stallholders on the "
         "square, who have kept their prices the same for three years and would rather lose a sale than raise them "
         "for everyone else.</p>", T(P), P);                         /* one payment word in news */
    CATCH("payment-details", "<p>If you would like to help, you can donate through PayPal or by bank transfer to the "
          "account below; every gift goes to the shelter.</p>", T(P), P);   /* to the reader */
    CATCH("payment-details", "<p>Wir freuen uns über jede Spende per PayPal oder Überweisung, damit unser Archiv "
          "für alle offen bleibt.</p>", T(P), P);                    /* the site's "wir" */
    KEEP("<p>PayPal said on Tuesday that it will let customers in Germany pay by bank transfer from next month, a "
         "service its rival Klarna has offered since 2019.</p>", T(P), P);    /* reported: news */
    KEEP("<p>The charity, which has raised more than £2 million since 2020, said supporters could donate online or "
         "through PayPal, and that every gift would go to the shelters.</p>", T(P), P);

    CATCH("payment-details", "<p>Donativos para o jornal: MB Way 912 345 678 ou transferência para o IBAN PT50 "
          "0035 0123 0000 1234 5678 9.</p>", T(P), P);               /* bank details, a line of labels */
    KEEP("<p>Os donativos podem ser feitos por MB Way para o número 912 345 678, associado à conta da corporação, ou "
         "por transferência para o IBAN PT50 0035 0123 0000 1234 5678 9. Quem quiser recibo para efeitos de IRS deve "
         "enviar o comprovativo para o email da associação.</p>", T(P), P);   /* reported: the brigade's drive */

    CATCH("appeal", "<p>Please support independent journalism.</p>", T(P), P);
    KEEP("<p>Please support independent journalism, the mayor told the crowd, and then she spoke for an hour about "
         "the bridge.</p>", T(P), P);                                /* over 15 words, no link */
    CATCH("appeal", "<p>If you enjoyed this long read, please consider <a href=\"/support\">supporting "
          "us</a> so that the next one comes sooner than the last.</p>", T(P), P);   /* linked, to the reader */
    KEEP("<p>The firm made a contribution of three million pounds to the <a href=\"/pensions\">pension fund</a> last "
         "year, its accounts show, after the regulator warned it.</p>", T(P), P); /* linked news */
    KEEP("<p>Residents who want to help can donate blankets at the <a href=\"/hall\">town hall</a> until Friday, the "
         "mayor said on Monday evening.</p>", T(P), P);

    CATCH("appeal-features", "<p>Like what you read? Join our members from £4 a month.</p>", T(P), P);
    KEEP("<p>The bank said members would pay £4 a month for the new account from June.</p>", T(P), P);

    CATCH("share-prompt", "<p>Know someone who would like this?</p>", T(P), P);
    KEEP("<p>Know someone who would like this? The question on the poster drew a queue of parents at the library "
         "door, all of them with a child in tow.</p>", T(P), P);     /* over 20 words */

    CATCH("disclosure", "<p>This post contains affiliate links.</p>", T(P), P);
    KEEP("<p>The regulator said that a post which contains affiliate links must say so before the first of them, in "
         "words a reader cannot miss, and that a line at the very bottom of a long review, under the comments and "
         "the author's photo, does not count as telling anyone anything at all.</p>", T(P), P);

    CATCH("call-to-action", "<p>Buy now</p>", T(P), P);
    KEEP("<p>The sign said buy now, pay later, and the queue outside the shop stretched round the corner of the "
         "square.</p>", T(P), P);                                    /* over 15 words */

    CATCH("copyright", "<p>2024 Marlow Vale Gazette. All rights reserved.</p>", T(P), P);
    CATCH("copyright", "<p>Copyright 2024, Marlow Vale Media Ltd, all rights reserved.</p>", T(P), P);
    CATCH("copyright", "<p>Copyright 2026 Valley Courier. All rights reserved. This material may not be published, "
          "broadcast, rewritten or redistributed.</p>", T(P), P);        /* the comma is in another sentence */
    KEEP("<p>All rights reserved, the label printed on every sleeve, meant little to the bootleggers.</p>", T(P), P);
    /* French reproduction formulas */
    CATCH("copyright", "<p>Reproduction totale ou partielle interdite sans l'accord \xC3\xA9" "crit de "
          "l'\xC3\xA9" "diteur.</p>", T(P), P);
    CATCH("copyright", "<p>Source : Ouest Gazette avec agences. Toute reproduction, m\xC3\xAA" "me partielle, "
          "est soumise \xC3\xA0 autorisation.</p>", T(P), P);
    KEEP("<p>Le peintre refusait toute reproduction de ses toiles, m\xC3\xAA" "me sur une carte postale.</p>",
         T(P), P);                                                   /* no formula: prose */
    KEEP("<p>Alle Rechte vorbehalten, stand auf jeder H\xC3\xBClle, doch das st\xC3\xB6rte die Raubkopierer "
         "wenig.</p>", T(P), P);
    KEEP("<p>The contract said all rights reserved, yet the author had sold the film rights twice, once to a studio "
         "in London and once to a producer in Paris, before the court in Lyon heard the case.</p>", T(P), P);

    CATCH("credit", "<p>Image: Reuters</p>", T(P), P);
    CATCH("credit", "<p>(Jane Doe/Associated Press)</p>", T(P), P);
    CATCH("credit", "<p>(@harbourwatch/Twitter)</p>", T(P), P);
    CATCH("credit", "<p>Photographer: Jane Doe</p>", T(P), P);
    CATCH("credit", "<p>Zdroj: Spr\xC3\xA1vce doma</p>", T(P), P);
    CATCH("credit", "<p>Photos (from left to right): Courtesy of Marlow Vale Soap Co., Harbour Goods, Teal & Sage.</p>",
          T(P), P);                                                  /* a note on which picture is whose */
    CATCH("credit", "<p>Fotos (v. l. n. r.): Jens Albers, Stadtarchiv L\xC3\xBCneburg</p>", T(P), P);
    KEEP("<p>Photos (from the 1930s): the archive holds 400 of them, and the museum will show a hundred of them "
         "from May, the curator said.</p>", T(P), P);                /* prose after the note */
    KEEP("<p>(The council has not said when the bridge will reopen.)</p>", T(P), P);   /* a sentence in brackets */
    KEEP("<p>(Input/Output)</p>", T(P), P);
    KEEP("<p>Source files: main.js and style.css</p>", T(P), P);     /* not the credit words */
    CATCH("credit", "<p>Photo: Jane Doe for the Harbour Times, via the Marlow Vale picture desk and Getty Images</p>",
          T(P), P);                                                  /* long, but no sentence */
    KEEP("<p>Photo: the hospital's new wing, which opened in May, has 120 beds and its own maternity unit, the "
         "trust said.</p>", T(P), P);                                /* prose after the credit word */
    KEEP("<p>Quelle: Die Zahlen stammen vom Statistischen Bundesamt, das zwischen Januar und M\xC3\xA4rz rund "
         "40.000 Haushalte befragt hat.</p>", T(P), P);

    CATCH("copyright-sign", "<p>\xC2\xA9 Reuters</p>", T(P), P);
    KEEP("<p>(c) the council must publish its budget before the end of March each year.</p>", T(P), P);

    CATCH("dateline", "<p>Published 4 March</p>", T(P), P);
    KEEP("<p>Published on Tuesday</p>", T(P), P);                    /* no date in it */
    CATCH("dateline", "<p>Published 4 March 2024, updated 5 March 2024.</p>", T(P), P);
    CATCH("dateline", "<p>Publi\xC3\xA9 le 3 d\xC3\xA9" "cembre 2026, mis \xC3\xA0 jour le 4 d\xC3\xA9" "cembre.</p>", T(P), P);
    CATCH("dateline", "<p>Published 3 hours ago, 5 min read.</p>", T(P), P);
    KEEP("<p>Published in 1999, the book sold two million copies.</p>", T(P), P);  /* a clause follows */
    KEEP("<p>Mis \xC3\xA0 jour chaque mois, le registre compte 4 000 entreprises.</p>", T(P), P);
    KEEP("<p>Actualizado cada mes, el registro incluye 4.000 empresas.</p>", T(P), P);
    KEEP("<p>Aktualizacja do Androida 14 pojawi si\xC4\x99 w przysz\xC5\x82ym miesi\xC4\x85" "cu.</p>", T(P), P);
    CATCH("dateline", "<p>Aktualizacja: 14 godzin temu</p>", T(P), P);
    CATCH("dateline", "<p>Updated 12 hours ago</p>", T(P), P);
    CATCH("dateline", "<p>Published 4 March by Jane Doe in Politics and Local News</p>", T(P), P);
    CATCH("dateline", "<p>Posted on July 24 by John Smith in News and Reviews</p>", T(P), P);
    /* a Q&A page's date labels: the question's stats line, an answer's date */
    CATCH("dateline", "<p>Asked Oct 2, 2026 Viewed 3,418 times Active 2 days ago</p>", T(P), P);
    CATCH("dateline", "<p>answered Oct 4, 2026 at 9:47</p>", T(P), P);
    CATCH("dateline", "<p>Respondida el 4 oct. 2026 a las 9:47</p>", T(P), P);
    KEEP("<p>Asked about the 2026 budget, the mayor said the pool would stay open.</p>", T(P), P);
    /* a thread's line of counts */
    CATCH("counted-fields", "<p>Started by kim_r \xC2\xB7 5 replies \xC2\xB7 1,382 views</p>", T(P), P);
    CATCH("counted-fields", "<p>Seed swap thread | 12 comments | 340 views</p>", T(P), P);
    KEEP("<p>Final score \xC2\xB7 5 goals \xC2\xB7 2 red cards</p>", T(P), P);
    KEEP("<p>Written by Jane Doe - Nov\xE2\x80\xA2 06\xE2\x80\xA2" "12</p>", T(P), P);   /* a date's numbers */
    KEEP("<p>Jane Doe \xC2\xB7 Town hall \xC2\xB7 Budget \xC2\xB7 5 replies</p>", T(P), P);
    /* a post's edit note, a forum's: who changed it and when */
    CATCH("dateline", "<p>Last edited by hana.k on 12 February 2023, 10:05</p>", T(P), P);
    CATCH("dateline", "<p>Zuletzt bearbeitet von Jana K. am 3. Dezember 2026 um 18:12</p>", T(P), P);
    KEEP("<p>Last edited in 2019, the guide still lists the old ferry times.</p>", T(P), P);
    KEEP("<p>Asked in a survey, 62 percent of residents want the bridge rebuilt.</p>", T(P), P);

    CATCH("meta-label", "<p>Tags</p>", T(P), P);
    KEEP("<p>Tags and labels</p>", T(P), P);

    CATCH("span-label", "<p><span>Tags</span> climate, energy, transport</p>", T(P), P);
    KEEP("<p>Tags climate, energy, transport</p>", T(P), P);         /* no span: not a label */
}

static void test_meta_rules(void)
{
    const char *title = "Carrick Ness Lighthouse";

    expect("caption-is-title", "<figure><figcaption>Carrick Ness Lighthouse</figcaption></figure>", T(FIGCAPTION),
           ALOUD_BLOCK_CAPTION, title, NULL, __LINE__);
    expect(NULL, "<figure><figcaption>The lighthouse at Carrick Ness, seen from the harbour</figcaption></figure>",
           T(FIGCAPTION), ALOUD_BLOCK_CAPTION, title, NULL, __LINE__);

    expect("byline", "<p>By Jane Doe, 4 May 2024</p>", T(P), P, NULL, "Jane Doe", __LINE__);
    expect(NULL, "<p>Jane Doe said the council had not answered her letters about the night buses.</p>", T(P), P,
           NULL, "Jane Doe", __LINE__);

    expect("byline-times", "<p>Jane Doe Published 3 March 2025 08:20 Updated 4 March 2025 13:05 Reading time 6 min "
           "Transport desk Marlow Vale Gazette</p>", T(P), P, NULL, "Jane Doe", __LINE__);
    expect(NULL, "<p>Jane Doe Published 3 March 2025 08:20 Updated 4 March 2025 13:05 Reading time 6 min. The "
           "transport desk wrote it.</p>", T(P), P, NULL, "Jane Doe", __LINE__);   /* a sentence */

    /* the meta line under a headline: two names, the site, and <time>s past the byline rules' length */
    expect("story-meta", "<div>By <a href=/p/jd>Jane Doe</a> and <a href=/p/mh>Marcus Hale</a>, Riverside Courier "
           "Updated <time datetime=2026-12-04T20:42:00Z>3:42 PM EST, Thu December 4, 2026</time> Published "
           "<time datetime=2026-12-04T18:10:00Z>1:10 PM EST, Thu December 4, 2026</time></div>", T(DIV), P, NULL,
           "Jane Doe", __LINE__);
    expect(NULL, "<p>By the time the barrier was updated and published in the county's plans on <time>Thursday "
           "December 4, 2026</time>, crews had sandbagged the bridge.</p>", T(P), P, NULL, "Jane Doe",
           __LINE__);   /* a sentence */
    /* the hour and minutes joined by "h" (French, Portuguese pages) are a time too */
    expect("byline-times", "<div><span>Par <a href=/a/cm>Cl\xC3\xA9mence Morvan</a></span> <span>Publi\xC3\xA9 le "
           "<time>12 mai 2026 \xC3\xA0 06h00</time>, modifi\xC3\xA9 le 12 mai 2026 \xC3\xA0 08h41</span></div>", T(DIV),
           P, NULL, "Cl\xC3\xA9mence Morvan", __LINE__);
    expect(NULL, "<p>Cl\xC3\xA9mence Morvan a couru le marathon de 2026 en 3h05 malgr\xC3\xA9 la chaleur et le "
           "vent de face.</p>", T(P), P, NULL, "Cl\xC3\xA9mence Morvan", __LINE__);   /* a sentence */
    /* French typography spaces them: "à 9 h 15" */
    expect("byline-times", "<div><span>Par Cl\xC3\xA9mence Morvan</span> <span>Publi\xC3\xA9 le 2 d\xC3\xA9" "cembre "
           "2026</span> <span>Mis \xC3\xA0 jour le 3 d\xC3\xA9" "cembre 2026 \xC3\xA0" " 9 h 15</span></div>", T(DIV), P, NULL,
           "Cl\xC3\xA9mence Morvan", __LINE__);
    expect(NULL, "<p>Cl\xC3\xA9mence Morvan Publi\xC3\xA9 le 2 d\xC3\xA9" "cembre 2026 Course des 12 h 155 km "
           "Rubrique sports Gazette du Morvan</p>", T(P), P, NULL, "Cl\xC3\xA9mence Morvan",
           __LINE__);   /* "12 h 155 km": no minutes, no time of day */

    /* the author's line: her name and her e-mail address; a sentence with an address stays */
    expect("byline", "<div><a href=/autor/aw>Agnieszka Wróblewska</a> <span>agnieszka.wroblewska@"
           "gazeta.example.pl</span></div>", T(DIV), P, NULL, "Agnieszka Wróblewska", __LINE__);
    expect("byline", "<p>Tomás Iglesias · tiglesias@diario.example</p>", T(P), P, NULL,
           "Tomás Iglesias", __LINE__);
    expect(NULL, "<p>Agnieszka Wróblewska zbiera relacje pasażerów: można pisać "
           "na adres agnieszka.wroblewska@gazeta.example.pl</p>", T(P), P, NULL,
           "Agnieszka Wróblewska", __LINE__);
    expect(NULL, "<p>Jane Doe, who wrote to the council from jane.doe@mail.example, got no answer.</p>", T(P), P,
           NULL, "Jane Doe", __LINE__);

    /* a comment button's caption, alone with the button in its box */
    CATCH("comment-caption", "<div><div><p>Tell me about your own notebooks in the comments.</p></div>"
          "<a href=/p/x/comments>Leave a comment</a></div>", T(P), P);
    KEEP("<div><p>Tell me about your own notebooks in the comments, she said, and I did.</p>"
         "<p>The thread ran to four hundred replies by the evening, most of them about pencils.</p>"
         "<a href=/p/x/comments>Leave a comment</a></div>", T(P), P);      /* the article's text beside it */
    CATCH("by-and-date", "<p>By Staff Reporter, 12 May 2024</p>", T(P), P);
    KEEP("<p>De werkzaamheden aan de banen beginnen na het seizoen, in oktober 2027.</p>", T(P), P);   /* "de": a noun follows */
    KEEP("<p>By the end of the year the council hopes to run every night bus on electricity.</p>", T(P), P);
    /* a year after "By" starts a sentence; so does a long block that ends as one */
    KEEP("<p>By 2030, the city hopes to be carbon neutral.</p>", T(P), P);
    KEEP("<p>By March 2025 the new bridge should carry its first trains.</p>", T(P), P);
    /* a month's dot is no sentence's end: a news site's info line */
    CATCH("by-and-date", "<div><span>Door Redactie</span> <span>30 nov. 2026, 10:15</span> "
          "<span>4 reacties</span></div>", T(DIV), P);
    KEEP("<p>By Tuesday the crews had cleared the road. It reopened on 30 Nov. 2026.</p>", T(P), P);

    /* a WordPress theme's head line: the byline, then the post's shelves after "Published in" */
    CATCH("byline-filing", "<p>Posted by Becky | <a href=/author/becky/>View all posts by Becky</a><br>"
          "<a href=/2012/10/vitra/#comments>1 Comment \xC2\xBB</a> | Published in <a href=/c/modern/>Mid-century "
          "Modern</a>, <a href=/c/sale/>Sale</a> | 1 Comment</p>", T(P), P);
    KEEP("<p>Posted by Becky, the letter was published in the parish magazine in May.</p>", T(P), P);
    KEEP("<p>Published in 1962, the catalogue of Panton's chairs ran to forty pages.</p>", T(P), P);

    CATCH(NULL, "<pre><code>Share Tweet Pin</code></pre>", T(PRE), ALOUD_BLOCK_CODE);   /* code is never junk */
}

/* Every row says why and where it is shown, and the fixture exists. */
static void test_table(const char *srcdir)
{
    size_t k, n = al_block_junk_rule_count();
    const char *name, *reason, *fixture;

    checks++;
    if (n < 28) {
        failures++;
        fprintf(stderr, "%s:%d: %zu rules, expected 28 or more\n", __FILE__, __LINE__, n);
    }
    for (k = 0; al_block_junk_rule_row(k, &name, &reason, &fixture); k++) {
        char path[4096];
        struct stat st;
        size_t j;
        const char *other, *r2, *f2;

        checks++;
        snprintf(path, sizeof(path), "%s/%s", srcdir, fixture ? fixture : "");
        if (!name || !*name || !reason || !*reason || !fixture || !*fixture || stat(path, &st) != 0) {
            failures++;
            fprintf(stderr, "%s:%d: rule %zu (%s): empty reason or fixture, or no %s\n", __FILE__, __LINE__, k,
                    name ? name : "?", path);
        }
        for (j = 0; j < k && al_block_junk_rule_row(j, &other, &r2, &f2); j++) {
            checks++;
            if (strcmp(name, other) == 0) {
                failures++;
                fprintf(stderr, "%s:%d: two rules named %s\n", __FILE__, __LINE__, name);
            }
        }
    }
    checks++;
    if (k != n) {
        failures++;
        fprintf(stderr, "%s:%d: %zu rows read, %zu counted\n", __FILE__, __LINE__, k, n);
    }
}

/* ---- appeals by features (appeal.c) ------------------------------------
 * Appeals worded freshly in eight languages, and their near misses: news
 * about money, a bank's fees or a charity's fundraising (money, even per
 * month, but nobody asks the reader), and prose that says "you". */

typedef struct {
    bool appeal;
    const char *text;
} appeal_row;

static const appeal_row appeal_rows[] = {
    /* English */
    { true, "If you value our reporting, become a member today for just £4 a month." },
    { true, "Readers like you keep this newsletter going. Chip in $5 a month and you'll get every issue ad-free." },
    { true, "Back independent local news: join 3,000 supporters from £3 per month." },
    { true, "You can also send a one-off gift by bank transfer. Sort code 20-45-77, account 41234567." },
    { false, "The bank said customers who keep the old account will pay £4 a month from June, and that most of them "
             "are expected to switch before the summer." },
    { false, "The charity raised £2 million last year, and its director said it would ask supporters to donate £5 a "
             "month to fund the new shelter." },
    { false, "If you take the coast path in spring you will see the gannets, and if you join the club as a member "
             "you get the guide for free." },
    /* German */
    { true, "Gefällt Ihnen unsere Arbeit? Werden Sie Fördermitglied – schon ab 5 € pro Monat." },
    { true, "Unterstütze unabhängigen Journalismus: Mit 3 Euro im Monat hilfst du uns, werbefrei zu bleiben." },
    { true, "Spenden an: Verein Freie Presse e.V., IBAN: DE89 3704 0044 0532 0130 00, BIC: COBADEFFXXX" },
    { false, "Die Sparkasse verlangt ab Juli 5 € pro Monat für das Girokonto, teilte das Institut am Dienstag mit; "
             "Verbraucherschützer kritisieren die Gebühr." },
    { false, "Sie werden die Brücke im Sommer schließen, sagte der Bürgermeister, und die Busse fahren dann über "
             "den Markt." },
    /* French */
    { true, "Vous aimez nos articles ? Soutenez un média indépendant : abonnez-vous pour 6 € par mois." },
    { true, "Devenez membre de l'association et faites un don par virement ou via HelloAsso." },
    { false, "La banque facturera 3 € par mois la tenue de compte à partir de janvier, a annoncé la direction à ses "
             "clients." },
    { false, "Le Secours populaire a reçu 2 millions d'euros de dons l'an dernier, selon son rapport annuel publié "
             "mardi." },
    /* a button in the reader's own voice ("Je donne", "J'adhère") asks as an imperative does; a donor's
     * own "je donne", quoted, addresses nobody */
    { true, "Ce journal ne vit que de ses lecteurs : un don de 5 euros par mois, qui ne vous coûte que 1,70 euro "
            "après réduction d'impôt, nous garde indépendants. Je donne au Fil Rouge" },
    { true, "Notre rédaction n'a ni actionnaire ni publicité : 10 € par an suffisent pour que vous nous lisiez "
            "longtemps. J'adhère via HelloAsso" },
    { false, "« Je donne 20 euros par mois à la banque alimentaire depuis trois ans », explique Martine, "
             "bénévole à Lisieux." },
    /* French "du" is "of the", not the German "you": the text's own language decides */
    { false, "Le président du club a demandé aux supporters de soutenir l'équipe en achetant l'abonnement de "
             "saison, proposé à 10 euros par mois." },
    /* Spanish */
    { true, "Hazte socio de este periódico independiente desde 3 € al mes y lee sin publicidad." },
    { true, "Si te gusta lo que hacemos, apóyanos con un Bizum al 01234 o con una donación." },
    { false, "El banco cobrará 3 € al mes por la cuenta a partir de enero, según ha informado la entidad a sus "
             "clientes." },
    { false, "La ONG recaudó 40.000 euros en la campaña de Navidad, que se destinarán al comedor social del barrio." },
    { true, "Si esta ruta te ha servido, puedes invitarme a un café con 3 euros por Bizum o PayPal." },
    { false, "El dueño del bar quiso invitarme a un café, pero no aceptaba pagos con Bizum." },
    /* Italian */
    { true, "Se apprezzi il nostro lavoro, sostienici: diventa socio con 5 euro al mese." },
    { true, "Abbonati ora: con 2 € a settimana ci aiuti a restare indipendenti, senza pubblicità." },
    { false, "La banca applicherà un canone di 4 euro al mese sui conti correnti, ha comunicato l'istituto ai suoi "
             "correntisti." },
    /* a request as an infinitive with the giver's pronoun glued on, after "puoi" ("you can buy me") */
    { true, "Se questo giro ti è servito, puoi offrirmi un caffè: bastano 2 euro con Satispay o su PayPal." },
    { false, "Il barista del rifugio voleva offrirmi un caffè, ma il pagamento con Satispay non funzionava." },
    /* Dutch */
    { true, "Vind jij onafhankelijke journalistiek belangrijk? Word lid voor 6 euro per maand." },
    { true, "Steun ons werk met een donatie via iDEAL of Tikkie, of maak een bijdrage over naar NL91 ABNA 0417 1643 00." },
    { false, "De bank rekent vanaf januari 3 euro per maand voor een betaalrekening, meldt de bank in een brief aan "
             "klanten." },
    /* the inverted main clause names the reader after the verb: "word je lid" asks as "word lid" */
    { true, "Deze podcast draait zonder reclame. Met 3 euro per maand wordt u donateur; een losse gift kan via iDEAL." },
    { false, "In de nachttrein naar Wenen word je wakker tussen de bergen; een couchette kost 60 euro per nacht." },
    /* Portuguese */
    { true, "Torne-se assinante do nosso jornal independente por R$ 9,90 por mês." },
    { true, "Apoie o nosso trabalho: faça um Pix ou contribua todos os meses como membro." },
    { false, "O banco vai cobrar 5 euros por mês pela conta a partir de março, informou a instituição aos clientes." },
    /* Portuguese "os" is "the", not the Spanish "you" */
    { false, "A diretora pediu que os moradores apoiem os abrigos: quem puder deve doar 20 reais por mês pelo Pix ou "
             "pelo PayPal da fundação, disse ela." },
    /* Polish */
    { true, "Wesprzyj niezależne media – zostań patronem za 10 zł miesięcznie." },
    { true, "Jeśli cenisz naszą pracę, wpłać darowiznę na konto: 12 1020 1026 0000 0402 0000 1234 lub przez BLIK." },
    { false, "Bank pobierze od klientów 10 zł miesięcznie za prowadzenie konta, poinformowała w środę rzeczniczka "
             "banku." },
    /* Danish: a gift by MobilePay or to an account told by its reg.nr. and kontonr., asked of "du"; a
     * bank's fee and a town's grant to a club ask nobody */
    { true, "Vil du hjælpe os med de nye årer, så giv et bidrag på MobilePay til 55 10 20 eller overfør til "
            "reg.nr. 1234, kontonr. 567 8910." },
    { true, "Støt haven med 50 kroner om måneden: bliv medlem i dag." },
    { false, "Banken tager fra januar 30 kroner om måneden for kontoen, oplyser banken i en pressemeddelelse." },
    { false, "Kommunen vil støtte foreningen med 200.000 kroner, og pengene kan overføres til reg.nr. 1234 "
             "allerede i marts." },
    /* Swedish: the channel said as its verb ("swisha": pay by Swish) asked of "du" for an ad-free
     * blog (tests/pages/b25-sv-blogg-vedbod-lastpallar-swish); a club's news that members paid by
     * Swish asks nobody */
    { true, "Gillar du bloggen? Den är helt reklamfri och jag skriver den på kvällarna. Vill du bjuda på en "
            "kopp kaffe kan du swisha valfritt belopp till 123 456 78 90 (Ingrid Sundqvist). Tack, det betyder "
            "mycket!" },
    { false, "Föreningen samlade in 40 000 kronor i helgen när medlemmarna swishade till insamlingen, "
             "berättar kassören Eva Lind." },
    /* asked with "you can" and a verb phrase ("hacer una aportación", "dorzucić się": chip in), the
     * site's "we", a price per period and a channel (Bizum, Patronite, BLIK) */
    { true, "En esta cooperativa no hay anunciantes: estamos las que nos leen. Con 4 euros al mes entras como "
            "socia lectora y decides con nosotras qué investigamos. También puedes hacer una aportación "
            "puntual por Bizum al 02931." },
    { true, "Piszę bez reklam i bez sponsorów. Jeśli mój poradnik oszczędził Ci nerwów, możesz dorzucić się do "
            "serwera: od 5 zł miesięcznie na Patronite albo jednorazowo przez BLIK." },
    /* news about payment apps and fundraisers with the same words asks nothing for the site */
    { false, "Con Bizum puedes enviar hasta 1.000 euros al día a otros usuarios, según nuestra información; los "
             "socios del sistema son 25 bancos." },
    { false, "Desde hoy puedes hacer una donación de 5 euros al mes por Bizum al banco de alimentos, explican "
             "los organizadores." },
    { false, "Si eres socio del gimnasio puedes pagar 30 euros al mes por Bizum, nos explica la gerente." },
    { false, "W Patronite twórcy zarabiają średnio 800 zł miesięcznie, a serwis pobiera prowizję od każdej "
             "wpłaty, wynika z raportu firmy." },
    { false, "Klienci banku mogą od dziś dorzucić się do zbiórki na schronisko przez BLIK, a bank podwoi każdą "
             "wpłatę do 50 zł miesięcznie, poinformowała rzeczniczka." },
    /* the site asking for itself, no "you": a request, "we" and a price per period */
    { true, "Damit das so bleibt, brauchen wir Leser, die uns regelmäßig etwas geben: schon 8 Franken im Monat helfen." },
    { true, "Nobody pays us to sit through these meetings. Back us with £4 a month at ledger.example/join." },
    /* quoted words are someone else's */
    { false, "„Ik speel twee keer per week, daar betaal ik geen 245 euro per jaar voor”, zegt Joke Verbeek, lid sinds "
             "1980." },
    { false, "\"If you want to help, become a member for £5 a month,\" the director told the crowd at the shelter's "
             "opening on Friday." },
    /* a long report that names channels, a subscription and "me-too" asks nobody */
    { false, "Card readers are everywhere now, and the lender does not mind joining the crowd: it is starting a "
             "me-too service of its own. The reader plugs into the headphone jack and works with Android and iOS, "
             "which will look familiar to anyone who follows the business, but the bank has a few lures for small "
             "firms, such as a slightly lower fee of 2.6 percent per transaction and a free year of its marketing "
             "subscription for anyone who signs up before the end of the year. Shops that have not already gone "
             "with Square, PayPal or one of the others can order a reader today and start taking payments next "
             "month, the bank said, adding that it expects most of the early users to be market traders, cafes "
             "and taxi drivers who now turn away customers without cash." },
    /* paragraphs of prose (over 40 words) that name what they ask for once:
     * news of a government's gift, a post about the writer's own savings */
    { false, "Doctors now have the means to halve new infections within a decade, and the government is donating "
             "a further $90 million to help poorer regions buy the drugs, the minister said; if you ask the nurses "
             "in the clinics, support for the plan is strong, though the money arrives slowly." },
    { false, "When our daughter was born we opened a savings account for her school fees. The nice thing is that "
             "you can add to it whenever you like, and as members of the credit union we pay no fees, so we asked "
             "the grandparents to give to it instead of buying more toys; by now it holds more than the pram cost." },
    /* an appeal of that length names its price with a period, or the membership twice */
    { true, "Our small team writes every story you read here, and no billionaire owns us. If this reporting "
            "matters to you, please join the thousands of readers who keep it free for everyone: become a "
            "member from £4 a month and you can cancel at any time." },
    /* no request verb: the reader told a price per period and two ways to
     * pay (a brand inflected, "BLIKa", is the channel); news of two
     * channels' fees that addresses nobody, or a price the reader may pay
     * by one channel, stays */
    { true, "Na tej stronie nie znajdziecie reklam. Za 8 zł miesięcznie na Patronite dostajesz co tydzień "
            "dodatkowy odcinek, a jeśli wolisz raz, możesz wysłać BLIKa na numer 512 000 111." },
    { true, "Sin anuncios y sin muro de pago: por 3 € al mes en Patreon recibes los mapas en alta resolución, y "
            "si prefieres un pago único, puedes mandar lo que quieras por Bizum." },
    { false, "Desde marzo, Bizum y PayPal cobrarán a los comercios 0,50 € al mes por cada cuenta activa, según la "
             "asociación de consumidores." },
    { false, "Od stycznia Patronite pobiera od twórców 10 zł miesięcznie, a wpłaty BLIKiem obsługuje nowy operator, "
             "poinformowała spółka." },
    { false, "Se hai un abbonamento da 9,99 euro al mese, da aprile puoi pagarlo anche con PayPal, ha annunciato "
             "la piattaforma." },
    /* ... or, for the site ("ci aiuti"), a channel and a payment word; without the site's "we", news */
    { true, "Ti \xC3\xA8 stata utile questa guida? Il blog vive grazie ai lettori: con 2 euro al mese su Satispay o "
            "con un bonifico una tantum ci aiuti a restare indipendenti." },
    { false, "Se hai un abbonamento da 9,99 euro al mese, da aprile puoi pagarlo con PayPal o con un bonifico, ha "
             "annunciato la piattaforma." },
    /* ... or a tax scheme that gives to the site or refunds the gift, with a
     * channel, told to the reader for the site: it says what the gift
     * costs as a price does; told by a ministry or a charity's president,
     * news (b37-fr-asso-jardin-helloasso-recu-fiscal,
     * b37-it-locale-mulino-satispay-5x1000) */
    { true, "Chaque geste passe par notre page HelloAsso. Vous recevrez un reçu fiscal : 66 % de votre don est "
            "déductible de vos impôts." },
    { true, "Con il tuo 5x1000 e un contributo su Satispay ci aiuti a restare liberi." },
    { true, "Gifts made through our PayPal page keep the newsletter free, and if you pay UK income tax, Gift Aid "
            "lets us claim another 25p on every pound at no cost to you." },
    { false, "Si vous donnez à une association par HelloAsso, vous recevrez un reçu fiscal : 66 % du don est "
             "déductible, rappelle le ministère." },
    { false, "Il 5x1000 dell'anno scorso ha portato alla Croce Verde 12.000 euro di fondi, ha detto il presidente "
             "Mario Rossi." },
    { false, "The hall's treasurer said gifts made through PayPal reach the fund in full and that Gift Aid claims "
             "bring in another 25p on every pound from taxpayers." },
    /* the same tax schemes in Portuguese, German, Dutch and Polish: the IRS
     * consignment, a receipt for the tax office, a deductible gift to an
     * ANBI, 1,5 % of the income tax (tests/pages/pl-portal-gminny-1-5-procent) */
    { true, "Na tua declaração de IRS podes escolher o nosso jornal na consignação de 0,5 %; o resto chega-nos "
            "por MB WAY." },
    { true, "Deine Spende über PayPal oder Steady ist steuerlich absetzbar, eine Spendenquittung schicken wir dir "
            "im Januar." },
    { true, "Jouw gift via iDEAL of Tikkie is aftrekbaar, want onze stichting is een ANBI." },
    { true, "Twój 1,5% podatku trafi do nas, gdy wpiszesz w zeznaniu nasz numer KRS; resztę zbieramy BLIKiem i "
            "na Patronite." },
    { false, "Seit Januar ist eine Zahlung per PayPal an gemeinnützige Vereine bis 300 Euro auch ohne "
             "Spendenquittung steuerlich absetzbar, erklärt das Finanzamt." },
    { false, "W tym roku mieszkańcy przekazali 1,5% podatku na hospicjum, a BLIK przyjmuje już co trzeci sklep, "
             "powiedział burmistrz." },
    /* the site's "we" in a Spanish verb form, the pronoun dropped ("te pedimos"):
     * it asks for the site (b37-es-revista-imprenta-bizum-inline) */
    { true, "Si este reportaje te ha servido, te pedimos que colabores con lo que puedas por Bizum al 600 123 456." },
    { false, "«Te pedimos paciencia», dijo el alcalde a los vecinos, que pagan el agua por Bizum desde enero." },
    /* a share of the reader's income per period is a price per period; a
     * share of someone else's pay, or of pay in general, is news */
    { true, "Noch kein Mitglied? Mit einem Prozent deines Nettolohns im Monat bist du im Ernstfall abgesichert, "
            "tritt einfach online bei." },
    { true, "Not a member yet? For 1% of your salary a month you are covered in every dispute: join today." },
    { false, "Die Beschäftigten zahlen ein Prozent ihres Bruttolohns im Monat, sagte der Sprecher; wer eintreten "
             "will, kann das online tun." },
    { false, "Der Beitrag liegt bei einem Prozent des Bruttolohns im Monat, wie der Bezirk mitteilte; Sie finden "
             "die Satzung auf der Website." },
    /* the German inverted main clause asks as the Dutch one: "wirst du Mitglied" */
    { true, "Unser Magazin lebt von euch: für 5 Euro im Monat wirst du Fördermitglied und liest werbefrei." },
    /* words given to a third party ("says chairman Tom Hale", a trailing "..., said the
     * chairman.") are the article's news; the site's own appeal that quotes its editor
     * still speaks as the site ("us", "our") and is dropped */
    { false, "You can become a member for 120 euros a year, says chairman Tom Hale." },
    { false, "Anyone can join the club: you become a member for \xC2\xA3" "5 a month, said the club's secretary." },
    { true, "Support us, says our editor: become a member for \xC2\xA3" "5 a month and read every story ad-free." },
    { true, "Support us, says editor Jane Doe. Become a member for \xC2\xA3" "5 a month and read without ads." },
    { false, "Bij de tennisclub word je lid voor 120 euro per jaar, zegt voorzitter Karin Smit." },
    { true, "Steun ons, zegt onze hoofdredacteur: word lid voor 6 euro per maand." },
    { false, "Beim Turnverein wirst du Mitglied für 60 Euro im Jahr, sagt Vereinschef Peter Braun." },
    { true, "Unterstütze uns, sagt unsere Chefredakteurin: werde Mitglied ab 5 Euro im Monat." },
    { false, "Devenez membre du club pour 80 euros par an, a déclaré le président Jean Martin." },
    { true, "Soutenez-nous, dit notre rédactrice : devenez membre pour 5 € par mois." },
    { false, "Hazte socio del club por 10 euros al mes, dice la presidenta Ana Ruiz." },
    { true, "Apóyanos, dice nuestra directora: hazte socio desde 3 € al mes." },
    { false, "Diventa socio del circolo con 50 euro l'anno, afferma il presidente Marco Bianchi." },
    { true, "Sostienici, dice il nostro direttore: diventa socio con 5 euro al mese." },
    { false, "Torne-se sócio do clube por 15 euros por mês, diz o presidente João Silva." },
    { true, "Apoie o nosso trabalho, diz a nossa diretora: torne-se assinante por R$ 9,90 por mês." },
    { false, "Zostań członkiem klubu za 50 zł miesięcznie, mówi prezes Jan Kowalski." },
    { true, "Wesprzyj nas, mówi nasza redaktorka: zostań patronem za 10 zł miesięcznie." },
    /* the name before a colon ("Chairman Tom Hale says: ...") or a clause after the name */
    { false, "Chairman Tom Hale says: \xE2\x80\x98You can become a member for \xC2\xA3" "120 a year.\xE2\x80\x99" },
    { false, "According to chairman Tom Hale, you can become a member for \xC2\xA3" "120 a year." },
    { false, "\xE2\x80\x98You can become a member for \xC2\xA3" "120 a year,\xE2\x80\x99 said Tom Hale, the club's chairman." },
    { true, "That said, please support us: become a member for \xC2\xA3" "5 a month." },
    { true, "As Orwell said, journalism is printing what someone does not want printed. Become a member for \xC2\xA3" "5 a month." },
    { true, "Our editor says: you can become a member for \xC2\xA3" "5 a month and read every story ad-free." },
    /* German "TL" is a teaspoon, not the Turkish lira: a recipe's tip to the reader asks nothing */
    { false, "Unterstützt euer Immunsystem im Winter: Rührt 2 TL Honig pro Tag in euren Tee, am besten abends." },
    /* capitals in a text with small letters: a country, not "us" */
    { false, "US shops that sign up before March get the reader for free and pay $4 a month from then on, "
             "the company said." },
    /* a tip jar ([extract.appeal_tip]) named to the reader asks whatever
     * the verb; named in news that addresses nobody, it asks nothing */
    { true, "Jeśli ten opis przyda Ci się na szlaku, możesz postawić mi wirtualną kawę na buycoffee.to/chodzepokujawach." },
    { false, "Wydawca sfinansował pierwszy nakład przez zbiórkę na Ko-fi, która zebrała dwanaście tysięcy złotych." },
};

/* Blocks beside an appeal that continue it, and news beside one that does not. */
static const appeal_row continue_rows[] = {
    { true, "R$ 10 por mês – seu nome nos créditos do episódio" },
    { true, "Give to the Courier" },
    { true, "Around 900 readers already chip in. We need 1,200 to keep a full-time reporter on the beat." },
    { true, "Every donation made before December 31 will be matched dollar for dollar, up to $50,000." },
    { false, "Mr Hale said more than 140 people had donated, most of them giving between £5 and £20." },
    { false, "Die Gruppe will die Petition im nächsten Monat dem Stadtrat übergeben." },
    /* German writes its nouns with a capital: "an Spenden" names donations
     * received, it asks for none; the polite imperative is the verb */
    { false, "Geld ist dagegen selten das Problem. Der Förderverein der Werkstatt hat im vergangenen Jahr 3.480 "
             "Euro an Spenden eingenommen, vor allem über eine Sammelbox neben der Kaffeekanne." },
    { true, "Deshalb bitten wir Sie: Spenden Sie 5 Euro im Monat." },
    { true, "Jetzt Spenden" },
    /* a price per period told to nobody in a sentence, out of the appeal's small box: news */
    { false, "Het bestuur meldde na afloop dat de ledenvergadering de contributie voor seniorenleden vanaf januari "
             "met 18 euro per jaar verhoogt." },
    { false, "Instead of a paid membership for repairs, which cost \xC2\xA3" "4 a month last year, owners can now "
             "order a replacement hinge for \xC2\xA3" "12 with no subscription." },
};

/* The block right beside an appeal: its case (how the site is paid for,
 * to the reader or as "we") joins it; news beside one does not. */
static const appeal_row adjoin_rows[] = {
    { true, "You will find no banner ads on this site, and no paywall either: the people who read us keep us going." },
    { true, "Wir haben keine Anzeigenkunden und keinen Verleger im Rücken, uns bezahlen allein unsere Leserinnen." },
    { true, "Ninguém nos compra: não temos anunciantes, e quem nos paga é quem nos lê." },
    { true, "Aquí no hay muro de pago ni anunciantes; lo que lees existe porque alguien como tú lo paga." },
    { true, "Wyślij BLIK na nasz numer, jeśli wolisz szybciej." },
    { false, "The club's members voted on Tuesday to keep the annual fee unchanged for another season." },
    { false, "Advertisers have pulled out of the local radio market, the station's owner told the hearing." },
    { false, "Il sindaco ha detto che i fondi arriveranno entro la fine dell'anno, senza ulteriori ritardi." },
};

/* Blocks that ask (al_block_is_appeal, which an appeal section counts):
 * two payment words past a short line ask only when the block speaks as
 * the site or to the reader, or gives bank details; news about a bank's
 * app names them too. */
static const appeal_row block_appeal_rows[] = {
    { true, "PayPal oder Überweisung" },
    { true, "Ihr könnt uns per PayPal oder per Überweisung unterstützen; jede Spende hilft uns, den Server ein "
            "weiteres Jahr zu bezahlen, und kommt ohne Abzug bei uns an." },
    { false, "Die neue App nutzt die Echtzeitüberweisung: Wer einem Freund Geld schicken will, braucht nur dessen "
             "Handynummer, sofern diese mit seiner IBAN verknüpft ist. Bisher mussten Kunden der Sparkasse dafür "
             "auf PayPal ausweichen, sagte ein Sprecher." },
    { false, "Pour rembourser un collègue, il suffit désormais d'un virement instantané vers son IBAN, que la "
             "banque affiche dans l'application, a précisé son directeur du numérique lors de la présentation." },
};

/* Amounts (al_appeal_measure's money): a currency word counts in its own
 * language. Turkish "TL" is the lira, German "TL" a teaspoon: in a text
 * whose function words say German, "2 TL Zucker" is no money, and a
 * recipe's "2 TL Honig pro Tag" that speaks to the reader asks nothing.
 * A number word of the language before a currency word is an amount too. */
typedef struct {
    int money;
    const char *text;
} money_row;

static const money_row money_rows[] = {
    { 0, "Für den Teig braucht ihr 250 g Mehl, 2 TL Zucker und eine Prise Salz, dann alles gut verkneten." },
    { 1, "Robot süpürgenin fiyatı 150 TL düştü, kampanya ay sonuna kadar sürüyor." },
    { 1, "Das Ticket kostet in Istanbul inzwischen 150 Euro, sagte der Sprecher des Veranstalters." },
    /* a price spelt out ([extract.appeal_number]) is an amount; a large
     * sum in words is not one of the table's ("mil" is left out) */
    { 2, "Hazte socia por tres euros al mes; con cinco euros al mes nos ayudas a pagar un reportaje." },
    { 0, "El año pasado la cooperativa facturó trescientos dieciocho mil euros y cerró con beneficio." },
};

static void test_appeal_features(void)
{
    size_t i;

    for (i = 0; i < sizeof(money_rows) / sizeof(money_rows[0]); i++) {
        al_appeal_features f;
        al_appeal_measure(money_rows[i].text, &f);
        checks++;
        if (f.money != money_rows[i].money) {
            failures++;
            fprintf(stderr, "%s: money row %zu: %d amounts expected, %d found: %s\n", __FILE__, i,
                    money_rows[i].money, f.money, money_rows[i].text);
        }
    }

    for (i = 0; i < sizeof(appeal_rows) / sizeof(appeal_rows[0]); i++) {
        const appeal_row *r = &appeal_rows[i];
        checks++;
        if (al_appeal_text(r->text) != r->appeal) {
            al_appeal_features f;
            al_appeal_measure(r->text, &f);
            failures++;
            fprintf(stderr,
                    "%s: appeal row %zu: %s expected (score %d: address %d request %d self %d member %d money %d/%d "
                    "channel %d payment %d bank %d phrase %d, %zu words): %s\n",
                    __FILE__, i, r->appeal ? "appeal" : "no appeal", al_appeal_score(&f), f.address, f.request,
                    f.self, f.member, f.money, f.money_period, f.channel, f.payment, f.bank_id, f.phrase, f.words,
                    r->text);
        }
    }
    for (i = 0; i < sizeof(continue_rows) / sizeof(continue_rows[0]); i++) {
        checks++;
        if (al_appeal_continues(continue_rows[i].text, false) != continue_rows[i].appeal) {
            failures++;
            fprintf(stderr, "%s: continue row %zu: %s expected: %s\n", __FILE__, i,
                    continue_rows[i].appeal ? "continues" : "stays", continue_rows[i].text);
        }
    }
    for (i = 0; i < sizeof(adjoin_rows) / sizeof(adjoin_rows[0]); i++) {
        checks++;
        if (al_appeal_adjoins(adjoin_rows[i].text, false) != adjoin_rows[i].appeal) {
            failures++;
            fprintf(stderr, "%s: adjoin row %zu: %s expected: %s\n", __FILE__, i,
                    adjoin_rows[i].appeal ? "joins" : "stays", adjoin_rows[i].text);
        }
    }
    checks++;
    for (i = 0; i < sizeof(block_appeal_rows) / sizeof(block_appeal_rows[0]); i++) {
        al_item it = { 0 };
        it.kind = ALOUD_BLOCK_PARAGRAPH;
        it.text = (char *)block_appeal_rows[i].text;
        it.text_len = strlen(it.text);
        it.appeal = -1;
        checks++;
        if (al_block_is_appeal(&it) != block_appeal_rows[i].appeal) {
            failures++;
            fprintf(stderr, "%s: block appeal row %zu: %s expected: %s\n", __FILE__, i,
                    block_appeal_rows[i].appeal ? "asks" : "stays", block_appeal_rows[i].text);
        }
    }
    if (!al_appeal_heading("Become a member") || !al_appeal_heading("Werde Mitglied!") ||
        !al_appeal_heading("Hazte socio") || al_appeal_heading("The members of the council") ||
        al_appeal_heading("Wie die Bank ihre Gebühren erhöht")) {
        failures++;
        fprintf(stderr, "%s: appeal headings misjudged\n", __FILE__);
    }
}

/* A reader's letter's signature line (al_block_letter_signature), and the
 * "signature" class word sparing it after the letter's last paragraph. */
static const struct {
    bool sig;
    const char *text;
} signature_rows[] = {
    { true, "Chiara, Lucca" },
    { true, "Marta Ruiz. Cuenca." },
    { true, "Marie, de Nantes" },
    { true, "un lecteur de Lyon, grand-père d'un nageur d'Oudon" },
    { true, "Jean-Pierre L., abonné depuis 1998" },
    { true, "A reader from Harrogate, retired bus driver" },
    { false, "Maëlle Kerhervé" },
    { false, "Nantes, le 5 décembre 2026" },
    { false, "Par Claire Dufresne, à Nantes" },
    { false, "By Helen Marsh, Letters Editor" },
    { false, "Caldaia Immergas Victrix 24 kW, radiatori in ghisa, casa del 1962 a Bergamo alta" },
    { false, "Lee las normas del subforo antes de publicar fotos, por favor." },
    { false, "un lecteur, de passage" },
    { false, "Merci, à bientôt !" },
};

static void test_letter_signature(void)
{
    static const char letter[] =
        "<div><p>Avant de trancher, la mairie pourrait organiser une réunion publique un samedi matin, "
        "justement au marché.</p><p class=\"courrier__signature\" id=\"t\">Jean-Pierre L., abonné depuis "
        "1998</p></div>";
    static const char forum[] =
        "<div><div class=\"message-body\"><p>Ho risolto cambiando il vaso di espansione, grazie a tutti "
        "per i consigli di ieri sera.</p></div><p class=\"message-signature\" id=\"t\">Caldaia Immergas "
        "Victrix 24 kW, radiatori in ghisa</p></div>";
    static const char *const pages[] = { letter, forum };
    size_t i;

    for (i = 0; i < sizeof(signature_rows) / sizeof(signature_rows[0]); i++) {
        checks++;
        if (al_block_letter_signature(signature_rows[i].text) != signature_rows[i].sig) {
            failures++;
            fprintf(stderr, "%s: signature row %zu: %s expected: %s\n", __FILE__, i,
                    signature_rows[i].sig ? "a signature" : "none", signature_rows[i].text);
        }
    }
    for (i = 0; i < 2; i++) {
        al_dom dom = { 0 };
        int k;

        char *copy = al_strdup(pages[i]);

        checks++;
        if (!copy || al_dom_parse(&dom, copy, strlen(copy), "test") != ALOUD_OK) {
            failures++;         /* the parser owns COPY, as in judge() */
            continue;
        }
        al_dom_sum(&dom, AL_NODE_DROP);
        for (k = 0; k < dom.count; k++) {
            const char *id = (dom.nodes[k].flags & AL_NODE_TEXT) ? NULL : al_dom_attr(&dom, k, "id");
            if (id && strcmp(id, "t") == 0)
                break;
        }
        if (k == dom.count || al_boilerplate_class(&dom, k) != (i == 1)) {
            failures++;
            fprintf(stderr, "%s: signature page %zu: %s expected\n", __FILE__, i, i ? "chrome" : "kept");
        }
        al_dom_free(&dom);
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SOURCE_DIR\n", argv[0]);
        return 2;
    }
    test_shape_rules();
    test_word_rules();
    test_meta_rules();
    test_appeal_features();
    test_letter_signature();
    test_table(argv[1]);
    printf("%d/%d checks passed\n", checks - failures, checks);
    return failures ? 1 : 0;
}
