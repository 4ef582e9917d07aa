/*
 * test_api.c - the C API on a tiny harness (cmark's api_test): only the
 * public header, realistic pages given as strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <aloud.h>

static int failures, checks;

#define CHECK(cond) do { checks++; if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); checks++; \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { failures++; \
    fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, b_ ? b_ : "(null)", a_ ? a_ : "(null)"); } } while (0)

static const char page[] =
    "<!DOCTYPE html><html lang=\"fr-FR\"><head><meta charset=\"utf-8\">"
    "<title>Le retour des trains de nuit | Le Rail</title>"
    "<meta property=\"og:site_name\" content=\"Le Rail\">"
    "<meta name=\"author\" content=\"Claire Dubois\">"
    "<meta property=\"article:published_time\" content=\"2024-05-02T08:00:00+02:00\">"
    "</head><body><nav><a href=\"/\">Accueil</a> <a href=\"/europe\">Europe</a></nav>"
    "<article><h1>Le retour des trains de nuit</h1>"
    "<p>Les trains de nuit reviennent en Europe, portés par des voyageurs qui veulent éviter l'avion et par des compagnies qui parient sur des couchettes modernisées.</p>"
    "<p>Depuis deux ans, plusieurs lignes ont rouvert entre Paris, Vienne et Berlin, avec des taux de remplissage qui dépassent souvent les prévisions des opérateurs.</p>"
    "<h2>Des voitures neuves</h2>"
    "<p>Les nouvelles voitures proposent des cabines individuelles, des prises électriques et un petit-déjeuner servi en place, ce qui change l'expérience du voyage.</p>"
    "<ul><li>Cabines pour une ou deux personnes.</li><li>Douches dans certaines voitures.</li></ul>"
    "<h3>Le prix du billet</h3>"
    "<p>Le prix reste l'obstacle principal : une couchette coûte souvent plus cher qu'un vol, même si les opérateurs promettent des tarifs plus bas, dit-on, à l'avenir.</p>"
    "<p>Partager</p>"
    "<h2>Abonnez-vous à notre newsletter</h2><p>Recevez nos articles chaque semaine.</p>"
    "</article><footer>© Le Rail</footer></body></html>";

static void test_metadata_and_sections(void)
{
    aloud_article *a = NULL;
    const aloud_section *s;
    size_t n = 0;

    CHECK(aloud_article_from_html(&a, page, strlen(page), NULL, "https://rail.example/trains") == ALOUD_OK);
    if (!a)
        return;
    CHECK_STR(aloud_article_title(a), "Le retour des trains de nuit");
    CHECK_STR(aloud_article_byline(a), "Claire Dubois");
    CHECK_STR(aloud_article_site_name(a), "Le Rail");
    CHECK_STR(aloud_article_lang(a), "fr-FR");
    CHECK(aloud_article_published(a) && strncmp(aloud_article_published(a), "2024-05-02", 10) == 0);
    CHECK_STR(aloud_article_url(a), "https://rail.example/trains");
    CHECK(aloud_article_is_digest(a) == 0);

    s = aloud_article_sections(a, &n);
    CHECK(n == 3);
    if (n == 3) {
        CHECK(s[0].heading == NULL && s[0].level == 1 && s[0].block_count == 2);
        CHECK_STR(s[1].heading, "Des voitures neuves");
        CHECK(s[1].level == 2 && s[1].block_count == 3);
        CHECK(s[1].blocks[1].kind == ALOUD_BLOCK_LIST_ITEM);
        CHECK_STR(s[1].blocks[1].text, "Cabines pour une ou deux personnes.");
        CHECK_STR(s[2].heading, "Le prix du billet");
        CHECK(s[2].level == 3 && s[2].block_count == 1);   /* "Partager" and the newsletter are gone */
        CHECK(aloud_section_words(&s[2]) > 20);
    }
    CHECK(aloud_article_find_section(a, "2") == 1);
    CHECK(aloud_article_find_section(a, "prix") == 2);
    CHECK(aloud_article_find_section(a, "9") == ALOUD_ENOSECTION);
    CHECK(aloud_article_find_section(a, "nothing like this") == ALOUD_ENOSECTION);
    aloud_article_free(a);
}

/* A front: four cards, each a linked headline, a summary and a byline. */
static void test_digest(void)
{
    static const char *const stories[][2] = {
        { "Night trains return to the Alps", "Three operators will run sleeper services through the tunnels again from December, with cabins for one, two or four people." },
        { "A station rebuilt in timber", "The new hall at Lindau is the largest timber station roof in the country, and it was put up in eleven weeks without closing the line." },
        { "Why the 7:42 is always late", "A single-track section of four kilometres holds up every train behind it, and the fix has been planned since the nineteen-nineties." },
        { "The last dining car on the coast line", "Volunteers kept the carriage running for twenty years; the railway now says it will be restored and returned to the timetable next spring." },
    };
    char html[8192];
    size_t len, i, n = 0;
    aloud_article *a = NULL;
    const aloud_section *s;

    len = (size_t)snprintf(html, sizeof(html), "<html lang=\"en\"><head><title>Rail | Track Times</title></head><body>"
                           "<nav><a href=\"/\">Home</a></nav><main><h1>Rail</h1>");
    for (i = 0; i < 4; i++)
        len += (size_t)snprintf(html + len, sizeof(html) - len,
                                "<article class=\"card\"><h3><a href=\"/rail/%zu\">%s</a></h3><p>%s</p><p>By Sam Reed</p></article>",
                                i, stories[i][0], stories[i][1]);
    len += (size_t)snprintf(html + len, sizeof(html) - len, "</main></body></html>");
    CHECK(len < sizeof(html));
    CHECK(aloud_article_from_html(&a, html, len, NULL, NULL) == ALOUD_OK);
    if (!a)
        return;
    CHECK(aloud_article_is_digest(a) != 0);
    CHECK(aloud_article_byline(a) == NULL);
    s = aloud_article_sections(a, &n);
    CHECK(n == 4);
    for (i = 0; i < n && i < 4; i++) {
        CHECK_STR(s[i].heading, stories[i][0]);
        CHECK(s[i].level == 2 && s[i].block_count == 1);
        if (s[i].block_count == 1)
            CHECK_STR(s[i].blocks[0].text, stories[i][1]);
    }
    aloud_article_free(a);
    CHECK(aloud_article_is_digest(NULL) == 0);
}

static void test_render(void)
{
    aloud_article *a = NULL;
    char *out = NULL;
    size_t len = 0;

    if (aloud_article_from_html(&a, page, strlen(page), NULL, NULL) != ALOUD_OK) {
        CHECK(!"page loads");
        return;
    }
    CHECK(aloud_render(&out, &len, a, ALOUD_FORMAT_JSON) == ALOUD_OK);
    CHECK(out && strlen(out) == len && strstr(out, "\"heading\": \"Des voitures neuves\""));
    aloud_free(out);
    CHECK(aloud_render(&out, NULL, a, ALOUD_FORMAT_TEXT) == ALOUD_OK);
    CHECK(out && strncmp(out, "Le retour des trains de nuit\n\n", 30) == 0 && !strstr(out, "Partager"));
    aloud_free(out);
    CHECK(aloud_render(&out, NULL, a, ALOUD_FORMAT_SECTIONS) == ALOUD_OK);
    CHECK(out && strstr(out, "  3    Le prix du billet") && strstr(out, "3 sections"));
    aloud_free(out);
    CHECK(aloud_render(&out, NULL, a, ALOUD_FORMAT_HTML) == ALOUD_OK);
    CHECK(out && strstr(out, "<h3>Le prix du billet</h3>") && strstr(out, "<li>Douches dans certaines voitures.</li>"));
    aloud_free(out);
    CHECK(aloud_render(&out, NULL, a, (aloud_format)42) == ALOUD_EINVAL);
    aloud_article_free(a);
}

static void test_errors(void)
{
    static const char nav_only[] =
        "<html><body><nav><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">News</a></li>"
        "<li><a href=\"/c\">Contact</a></li></ul></nav><footer>© Example</footer></body></html>";
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    aloud_article *a = NULL;

    CHECK(aloud_article_from_html(&a, nav_only, strlen(nav_only), NULL, "nav.html") == ALOUD_ENOARTICLE);
    CHECK(a == NULL);
    CHECK(aloud_error_last() == ALOUD_ENOARTICLE);
    CHECK(strstr(aloud_error_message(), "nav.html") != NULL);
    CHECK(aloud_article_from_html(&a, png, sizeof(png) - 1, NULL, "img.png") == ALOUD_ENOTHTML);
    CHECK(aloud_article_from_html(&a, "", 0, NULL, "empty.html") == ALOUD_ENOTHTML);
    CHECK(aloud_article_load(&a, "/nonexistent/dir/page.html", NULL) == ALOUD_EFILE);
    CHECK(strstr(aloud_error_message(), "/nonexistent/dir/page.html") != NULL);
    CHECK(aloud_article_load(&a, "ftp://example.com/page", NULL) == ALOUD_EURL);
    CHECK(strcmp(aloud_strerror(ALOUD_EHTTP), "HTTP error") == 0);
    CHECK(strcmp(aloud_version(), ALOUD_VERSION) == 0);
    aloud_article_free(NULL);
    aloud_free(NULL);
}

/* JSON-LD articleBody points at the container that carries the article,
 * even when another block of long paragraphs looks more like content. */
static void test_ld_body_hint(void)
{
    static const char hinted[] =
        "<html lang=\"en\"><head><title>Tide tables explained</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tide tables explained\","
        "\"articleBody\":\"A tide table lists the times and heights of high and low water for one place. "
        "Each port has its own, because the tide arrives at different times along a coast. Read the height "
        "against chart datum, which is the lowest level the tide normally falls to. Add that height to the "
        "depth shown on the chart to find how much water you will have.\"}</script></head><body>"
        "<div class=\"x1\"><div class=\"x2\">"
        "<p>A tide table lists the times and heights of high and low water for one place.</p>"
        "<p>Each port has its own, because the tide arrives at different times along a coast.</p>"
        "<p>Read the height against chart datum, which is the lowest level the tide normally falls to.</p>"
        "<p>Add that height to the depth shown on the chart to find how much water you will have.</p>"
        "</div></div>"
        "<div class=\"content-story-list\">"
        "<p>Harbour works, ferry timetables, the lifeboat station's open day, the regatta, the new pontoon, "
        "the fish market's hours, the council's parking plans, and the results of the sailing club's races.</p>"
        "<p>Weather warnings, swimming conditions, water quality reports, beach cleaning dates, ranger walks, "
        "rock-pool safaris, boat trips, coastal path closures, and the summer's lifeguard rota, all in one place.</p>"
        "<p>Letters from readers, photographs of the week, the quiz, the crossword, the cartoon, puzzles, "
        "the diary, notices, announcements, births, marriages and deaths, and the classified pages, every week.</p>"
        "<p>Sport, from the football club's fixtures, the rugby team's tour, the golf society, the bowls league, "
        "the darts league, the athletics club, and the swimming club's gala, with tables and results.</p>"
        "</div></body></html>";
    aloud_article *a = NULL;
    const aloud_section *s;
    size_t n = 0;

    CHECK(aloud_article_from_html(&a, hinted, strlen(hinted), NULL, NULL) == ALOUD_OK);
    if (!a)
        return;
    s = aloud_article_sections(a, &n);
    CHECK(n == 1 && s[0].block_count == 4);
    if (n == 1 && s[0].block_count >= 1)
        CHECK_STR(s[0].blocks[0].text, "A tide table lists the times and heights of high and low water for one place.");
    aloud_article_free(a);
}

/* Dates that are not ISO 8601 come out as ISO dates. */
static void test_dates(void)
{
    static const char *const pages[][2] = {
        { "<meta name=\"date\" content=\"Fri, 08 Jul 2022 02:17:46 GMT\">", "2022-07-08" },
        { "<meta property=\"article:published_time\" content=\"2022-07-08T02:17:46+00:00\">", "2022-07-08T02:17:46+00:00" },
        { "<meta name=\"dc.date\" content=\"08.07.2022\">", "2022-07-08" },
        { "<meta name=\"dcterms.date\" content=\"2022-07-08\">", "2022-07-08" },
        { "<meta name=\"pubdate\" content=\"20220708\">", "2022-07-08" },
        { "<meta name=\"date\" content=\"sometime last week\">", NULL },
        /* a page typed WebPage alone (a council's notice) dates itself;
         * a listing's page does not date a story */
        { "<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"datePublished\": "
          "\"2026-12-02T09:00:00+00:00\"}</script>", "2026-12-02T09:00:00+00:00" },
        { "<script type=\"application/ld+json\">{\"@type\": \"CollectionPage\", \"datePublished\": "
          "\"2026-12-02T09:00:00+00:00\"}</script>", NULL },
    };
    size_t i;

    for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
        char html[1024];
        aloud_article *a = NULL;
        snprintf(html, sizeof(html), "<html><head>%s<title>A day</title></head><body><p>The ferry ran "
                 "late again on Tuesday, and the harbour master said the tide, not the crew, was to blame.</p>"
                 "</body></html>", pages[i][0]);
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        if (pages[i][1])
            CHECK_STR(aloud_article_published(a), pages[i][1]);
        else
            CHECK(aloud_article_published(a) == NULL);
        aloud_article_free(a);
    }
}

/* Dates in the page's body: a Swiss "Publiziert am" line above the
 * title; a list of readers' entries (comments, reviews), each with its
 * <time> and its words, dates none of the page, while a post's own
 * list of meta lines does. */
static void test_body_dates(void)
{
    static const char *const rows[][2] = {
        { "<div><span>Bauarbeiten</span> <span>Publiziert am 03.10.2024</span></div>"
          "<h1>Bahnersatz im Tal</h1>", "2024-10-03" },
        { "<h1>Bahnersatz im Tal</h1><ol>"
          "<li><p><b>Hannelore K.</b> – <time datetime=\"2026-04-02T10:11:00+00:00\">2. April 2026</time></p>"
          "<p>Wunderschöne Kanne, das Sieb im Ausguss funktioniert tadellos und sie hält den Tee warm.</p></li>"
          "<li><p><b>Jonas</b> – <time datetime=\"2026-05-19T18:40:00+00:00\">19. Mai 2026</time></p>"
          "<p>Toll verarbeitet, nur etwas schwerer als gedacht, wenn sie voll ist, aber sehr schön.</p></li></ol>", NULL },
        { "<h1>Bahnersatz im Tal</h1><ul>"
          "<li>Veröffentlicht <time datetime=\"2026-04-02\">2. April 2026</time></li>"
          "<li>Aktualisiert <time datetime=\"2026-04-03\">3. April 2026</time></li></ul>", "2026-04-02" },
    };

    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        char html[2048];
        aloud_article *a = NULL;
        snprintf(html, sizeof(html), "<html lang=\"de\"><head><title>Bahnersatz im Tal</title></head><body>%s"
                 "<p>Wegen Gleisarbeiten verkehren während der Herbstferien keine Züge zwischen den beiden Bahnhöfen, "
                 "und Ersatzbusse halten an allen Bahnhöfen des Tals.</p></body></html>", rows[i][0]);
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        if (rows[i][1])
            CHECK(aloud_article_published(a) && strncmp(aloud_article_published(a), rows[i][1], 10) == 0);
        else
            CHECK(aloud_article_published(a) == NULL);
        aloud_article_free(a);
    }
}

/* A product's column that holds the title, the cart form and the
 * description, no class names: the lines from the title down to the
 * description are the offer (price, shipping note, stock), not read. */
static void test_offer_run(void)
{
    static const char html[] =
        "<html lang=\"en\"><head><title>Oak Bread Board</title><meta property=\"og:type\" content=\"product\"></head>"
        "<body><div><h1>Oak Bread Board</h1><div>$42.00 USD</div><div>Shipping calculated at checkout.</div>"
        "<form><button type=\"submit\">Add to cart</button></form>"
        "<p>Only 3 left in stock, each board is cut in small batches.</p>"
        "<div><p>We cut each board from a single plank of white oak, then oil it twice and rub it out by hand in the shop.</p>"
        "<p>The juice groove runs all the way round, and the feet keep it from sliding on a wet counter while you carve.</p>"
        "<p>Wash it by hand with warm water and dry it standing up, and it will outlast the knives you use on it.</p></div>"
        "</div></body></html>";
    aloud_article *a = NULL;
    char *out = NULL;

    CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
    CHECK(a && aloud_render(&out, NULL, a, ALOUD_FORMAT_TEXT) == ALOUD_OK);
    CHECK(out && strstr(out, "single plank of white oak") && !strstr(out, "Shipping calculated") &&
          !strstr(out, "in stock") && !strstr(out, "$42.00"));
    aloud_free(out);
    aloud_article_free(a);
}

/* Without meta tags, the byline comes from the page's byline element,
 * without "By" and without the date after the name. */
static void test_byline_element(void)
{
    static const char page_by[] =
        "<html><head><title>Harbour news</title></head><body><article>"
        "<p class=\"byline\">By Siobh\xc3\xa1n O\xe2\x80\x99" "Brien \xc2\xb7 4 May 2024</p>"
        "<p>The harbour board met on Tuesday and agreed to dredge the channel before the summer season begins.</p>"
        "</article></body></html>";
    aloud_article *a = NULL;

    CHECK(aloud_article_from_html(&a, page_by, strlen(page_by), NULL, NULL) == ALOUD_OK);
    CHECK_STR(aloud_article_byline(a), "Siobh\xc3\xa1n O\xe2\x80\x99" "Brien");
    aloud_article_free(a);
}

/* Bylines by their line's shape and place, with no class that names
 * them: under a title that is no heading (an old site's <font><b>), in a
 * blog post's footer after the text, and after a label ending in a
 * colon in a script without spaces. Each has a near miss that must not
 * be taken: a teaser's "By" line outside the post, a footer line with
 * no stamp, a label before an organisation's name. */
static void test_byline_shapes(void)
{
    static const struct {
        const char *html, *byline, *published;
    } rows[] = {
        { "<html><head><title>Bridge to close in March - Gazette</title>"
          "<meta property=\"og:site_name\" content=\"Gazette\"></head><body><table><tr><td>"
          "<font size=\"5\"><b>Bridge to close in March</b></font><br>"
          "<font size=\"2\"><b>By Doris Kettering</b>, Gazette Staff Writer<br>"
          "<i>Posted: Thursday, December 3, 2026</i></font><br><br>"
          "<font>The bridge over the creek will close to all traffic on two weekends in March while crews replace the joints.<br><br>"
          "Detour signs will send drivers north on Mill Pond Road and back by way of County Road 14.</font>"
          "</td></tr></table></body></html>", "Doris Kettering", "2026-12-03" },
        { "<html><head><title>Sketchbook: five drawings from the harbour</title></head><body>"
          "<h1>Sketchbook</h1><div><h2>About me</h2><p>I draw boats, mostly, and sometimes the people who mend them on the quay.</p></div>"
          "<div><h3>five drawings from the harbour</h3><div><p>The week's sketches, each one a page of its own, drawn on the east quay in the rain.</p>"
          "<p>Two gulls fighting over one paper cone of chips, and the harbour master's bicycle, again.</p></div>"
          "<p><em>posted by Maren Holt @ 7:42 AM</em> <a href=\"/email\">Email this post</a></p></div>"
          "<div><h4>Elsewhere</h4><p>By Tom Ridley @ 9:00 AM</p></div></body></html>", "Maren Holt", NULL },
        { "<html><head><title>Sketchbook: five drawings from the harbour</title></head><body>"
          "<h1>Sketchbook</h1><div><h3>five drawings from the harbour</h3><div><p>The week's sketches, each one a page of its own, drawn on the east quay in the rain.</p>"
          "<p>Two gulls fighting over one paper cone of chips, and the harbour master's bicycle, again.</p></div>"
          "<p><em>posted by Maren Holt</em></p></div>"
          "<div><p>By Tom Ridley @ 9:00 AM</p></div></body></html>", NULL, NULL },
        /* a newsroom's short form is matched as written: "red" (Redaktion)
         * with an agency after a comma is no person; "Red Harlan" is */
        { "<html lang=\"de-AT\"><head><title>Seilbahn f\xc3\xa4hrt wieder</title></head><body>"
          "<h1>Seilbahn f\xc3\xa4hrt wieder</h1><p class=\"byline\">red, APA/Agenturen</p>"
          "<p>Nach drei Wochen Revision f\xc3\xa4hrt die Seilbahn auf den Hausberg ab Samstag wieder nach dem gewohnten Fahrplan.</p>"
          "</body></html>", NULL, NULL },
        { "<html><head><title>Ferry returns after repairs</title></head><body>"
          "<h1>Ferry returns after repairs</h1><p class=\"byline\">Red Harlan, Staff Writer</p>"
          "<p>The harbour ferry returns to its usual timetable on Saturday after three weeks of repairs to its ramp.</p>"
          "</body></html>", "Red Harlan", NULL },
        /* no stamp, but the footer's bar of links beside the name */
        { "<html><head><title>Sketchbook: five drawings from the harbour</title></head><body>"
          "<h1>Sketchbook</h1><div><h3>five drawings from the harbour</h3><div><p>The week's sketches, each one a page of its own, drawn on the east quay in the rain.</p>"
          "<p>Two gulls fighting over one paper cone of chips, and the harbour master's bicycle, again.</p></div>"
          "<div><span>Posted by <span>Maren Holt</span></span> <a href=\"/p/sketchbook\">Permalink</a> | <a href=\"/share\">Share this post</a></div></div>"
          "<div><p>By Tom Ridley @ 9:00 AM</p></div></body></html>", "Maren Holt", NULL },
        { "<html><head><title>Notes: two films about the old mill</title></head><body>"
          "<h1>Notes</h1><div><h3>two films about the old mill</h3><div>The heritage group has put two short films about the old mill online, one from 1962 and one from last summer.<br>"
          "Both are about ten minutes long, and the second one has subtitles for the hard of hearing.</div>"
          "<div>Posted by <a href=\"/profile\">Ruth Penhallow</a> at 10:14 | <a href=\"#c\">2 comments</a></div></div>"
          "</body></html>", "Ruth Penhallow", NULL },
        { "<html><head><title>Acer C7 announced - Gadgets</title></head><body>"
          "<h1>Acer C7 announced</h1><div><span>By <a href=\"/u/g\">Gene Ryan Briones</a></span><ul><li>Topics</li><li><a href=\"/news\">News</a></li></ul></div>"
          "<span>on 11/12/2012 11:22 PST</span>"
          "<p>Acer has announced the C7 Chromebook, which will sell for 199 dollars from next week in shops and online.</p>"
          "</body></html>", "Gene Ryan Briones", NULL },
        { "<html><head><title>Veteran wraps baby in a flag</title></head><body>"
          "<h1>Veteran wraps baby in a flag</h1><div><cite><span>By </span><span>Gillian Mohney</span> <abbr>March 11, 2015 3:46 PM</abbr></cite></div>"
          "<p>A photograph of a newborn wrapped in an American flag drew thousands of comments after a veteran posted it online.</p>"
          "</body></html>", "Gillian Mohney", "2015-03-11" },
        { "<html lang=\"zh\"><head><title>\xe5\x9f\x8e\xe5\xb8\x82\xe5\xb1\x8b\xe9\xa1\xb6</title></head><body>"
          "<h1>\xe5\x9f\x8e\xe5\xb8\x82\xe5\xb1\x8b\xe9\xa1\xb6</h1>"
          "<div><span>2023-06-18 10:42</span><span>\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a\xe5\x91\xa8\xe6\x96\x87\xe5\x8d\x9a</span></div>"
          "<p>\xe5\x9c\xa8\xe4\xba\xba\xe5\x8f\xa3\xe5\xaf\x86\xe9\x9b\x86\xe7\x9a\x84\xe5\x9f\x8e\xe5\xb8\x82\xe9\x87\x8c\xef\xbc\x8c"
          "\xe5\xb9\xb3\xe5\x9d\xa6\xe7\x9a\x84\xe5\xb1\x8b\xe9\xa1\xb6\xe5\xb8\xb8\xe5\xb8\xb8\xe8\xa2\xab\xe9\x97\xb2\xe7\xbd\xae\xe3\x80\x82"
          "\xe5\x9c\xa8\xe4\xba\xba\xe5\x8f\xa3\xe5\xaf\x86\xe9\x9b\x86\xe7\x9a\x84\xe5\x9f\x8e\xe5\xb8\x82\xe9\x87\x8c\xef\xbc\x8c</p>"
          "</body></html>", "\xe5\x91\xa8\xe6\x96\x87\xe5\x8d\x9a", "2023-06-18" },
        { "<html lang=\"zh\"><head><title>\xe5\x9f\x8e\xe5\xb8\x82\xe5\xb1\x8b\xe9\xa1\xb6</title></head><body>"
          "<h1>\xe5\x9f\x8e\xe5\xb8\x82\xe5\xb1\x8b\xe9\xa1\xb6</h1>"
          "<div><span>\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a\xe4\xb8\x9c\xe5\xb2\xb8\xe6\x96\xb0\xe9\x97\xbb\xe4\xb8\xad\xe5\xbf\x83</span></div>"
          "<p>\xe5\x9c\xa8\xe4\xba\xba\xe5\x8f\xa3\xe5\xaf\x86\xe9\x9b\x86\xe7\x9a\x84\xe5\x9f\x8e\xe5\xb8\x82\xe9\x87\x8c\xef\xbc\x8c"
          "\xe5\xb9\xb3\xe5\x9d\xa6\xe7\x9a\x84\xe5\xb1\x8b\xe9\xa1\xb6\xe5\xb8\xb8\xe5\xb8\xb8\xe8\xa2\xab\xe9\x97\xb2\xe7\xbd\xae\xe3\x80\x82</p>"
          "</body></html>", NULL, NULL },
        /* a forum's "Started by" label under the title: the handle after
         * it is the thread's byline; without the thread's counts or date
         * after it, the words that follow are no name */
        { "<html><head><title>Starter smells of acetone</title></head><body>"
          "<h1>Starter smells of acetone</h1><p><small>Started by hana_k \xc2\xb7 4 replies \xc2\xb7 210 views</small></p>"
          "<p>I fed my starter on Saturday and this morning it smells sharply of nail polish remover, with grey liquid on top.</p>"
          "</body></html>", "hana_k", NULL },
        { "<html><head><title>A shop in the old dairy</title></head><body>"
          "<h1>A shop in the old dairy</h1><p>Started by accident, now the village shop</p>"
          "<p>The shop in the old dairy began as a table of surplus eggs by the gate and now sells bread, milk and stamps.</p>"
          "</body></html>", NULL, NULL },
        /* an account's name with a digit is not read as a byline */
        { "<html><head><title>The bountiful update</title><meta name=\"author\" content=\"CC7567\"></head><body>"
          "<h1>The bountiful update</h1><p>The new version adds banners, coarse dirt and a spectator mode, and the world generator has more options than ever before.</p></body></html>", NULL, NULL },
        { "<html><head><title>The bountiful update</title><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"author\":\"mc2update\"}</script></head><body>"
          "<h1>The bountiful update</h1><p>The new version adds banners, coarse dirt and a spectator mode, and the world generator has more options than ever before.</p></body></html>", NULL, NULL },
        /* an author field with an address: the name is read */
        { "<html><head><title>On the licence change</title><meta name=\"author\" content=\"Bradley Kuhl (http://example.org/bk/)\"></head><body>"
          "<h1>On the licence change</h1><p>The project moved its code to a new licence this week, and three questions keep coming back from readers.</p></body></html>", "Bradley Kuhl", NULL },
        { "<html><head><title>On the licence change</title><meta name=\"author\" content=\"bk@example.org (Bradley Kuhl)\"></head><body>"
          "<h1>On the licence change</h1><p>The project moved its code to a new licence this week, and three questions keep coming back from readers.</p></body></html>", "Bradley Kuhl", NULL },
        { "<html><head><title>On the licence change</title><meta name=\"author\" content=\"Bradley Kuhl &lt;bk@example.org&gt;\"></head><body>"
          "<h1>On the licence change</h1><p>The project moved its code to a new licence this week, and three questions keep coming back from readers.</p></body></html>", "Bradley Kuhl", NULL },
        /* a link to an author's page in the site's menu is not the byline */
        { "<html><head><title>Markets fall again</title></head><body><div><ul>"
          "<li><a href=\"/topic/rates\">Rates</a></li><li><a href=\"/topic/oil\">Oil</a></li><li><a href=\"/topic/gold\">Gold</a></li>"
          "<li><a href=\"/topic/crypto\">Crypto</a></li><li><a href=\"/blogs/author/anders-selwyn/\">Anders Selwyn</a></li></ul></div>"
          "<article><h1>Markets fall again</h1><div><a href=\"/author/beth-sillery\">Beth Sillery</a></div>"
          "<p>Stocks fell for a third day on Tuesday as investors weighed new figures on prices and the central bank's next move.</p>"
          "<p>Bond yields rose to their highest level since the spring, and the dollar gained against most currencies.</p>"
          "</article></body></html>", "Beth Sillery", NULL },
        /* the linked name ends where the stamp's label begins */
        { "<html><head><title>Why we should listen - Weekly</title></head><body><div><h1>Why we should listen</h1>"
          "<span><span>By <a href=\"/writers/sten_baxley\">Sten Baxley</a> <span>Published 09 November 2012 16:02</span></span></span>"
          "<p>There is a difference between listening to the stories of people who say they were wronged and believing every claim.</p>"
          "<p>The second paragraph says more about it, and is long enough to be read as prose by any reader of the page.</p>"
          "</div></body></html>", "Sten Baxley", "2012-11-09" },
        /* the same after a long standfirst, where the footer's rule reads it */
        { "<html><head><title>Why we should listen - Weekly</title></head><body><div><h1>Why we should listen</h1>"
          "<h2>Sometimes big stories are ignored because they cannot be stood up, and sometimes because nobody asked. So when did we "
          "start putting so much trust in rumours that travel faster than any reporter could check them?</h2>"
          "<span><span>By <a href=\"/writers/sten_baxley\">Sten Baxley</a> <span>Published 09 November 2012 16:02</span></span></span>"
          "<p>There is a difference between listening to the stories of people who say they were wronged and believing every claim.</p>"
          "<p>The second paragraph says more about it, and is long enough to be read as prose by any reader of the page.</p>"
          "</div></body></html>", "Sten Baxley", NULL },
        /* rel="author" on the footer's link to the about page names no one */
        { "<html><head><title>Light on the bay</title></head><body><div><h1>Light on the bay</h1>"
          "<p>The fog lifted at seven, and for ten minutes the whole bay turned the colour of old brass before the boats came out.</p>"
          "<p>I took four frames and kept one; the others had a gull in the wrong place, which is the usual way of it.</p></div>"
          "<div><a rel=\"nofollow author\" href=\"/about\">About Me</a></div></body></html>", NULL, NULL },
        /* the stamp's weekday is not the name's last word */
        { "<html><head><title>A credit-card computer for 35 dollars</title></head><body>"
          "<h1>A credit-card computer for 35 dollars</h1><div class=\"article-author\"><span><a href=\"/latest\">"
          "<span>Ines Varga</span></a></span> <span>Monday, February 29, 2016 @ 11:10 PM UTC</span></div>"
          "<p>The third model of the small board computer adds wireless networking and a faster processor for the same price.</p>"
          "</body></html>", "Ines Varga", NULL },
        /* microdata's itemprop is a list of words: "author creator" */
        { "<html><head><title>Winter under the streets</title></head><body>"
          "<h1>Winter under the streets</h1><p itemprop=\"author creator\" itemscope itemtype=\"http://schema.org/Person\">By "
          "<a href=\"/people/ck\"><span itemprop=\"name\">Cora Kettleby</span></a></p>"
          "<p>Salt, cold and the cycles of freezing and thawing crack the old mains under the avenues every winter.</p>"
          "</body></html>", "Cora Kettleby", NULL },
        /* JSON-LD wrapped as XHTML pages wrap scripts: the author and
         * the date are still read */
        { "<html><head><title>Tracked without an account</title>"
          "<script type=\"application/ld+json\">\n  //<![CDATA[\n  {\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          "\"datePublished\":\"2024-05-02T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Priya Onslow\"}]}\n  //]]>\n</script>"
          "</head><body><h1>Tracked without an account</h1>"
          "<p>A social network keeps a profile of people who never signed up, built from the buttons other sites embed.</p>"
          "</body></html>", "Priya Onslow", "2024-05-02T08:00:00Z" },
        { "<html><head><title>Tracked without an account</title>"
          "<script type=\"application/ld+json\"><!-- {\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Priya Onslow\"}} --></script>"
          "</head><body><h1>Tracked without an account</h1>"
          "<p>A social network keeps a profile of people who never signed up, built from the buttons other sites embed.</p>"
          "</body></html>", "Priya Onslow", NULL },
        /* a link's label where the name would be is no byline, and the
         * search goes on: a label of [page.byline_label], one shaped as
         * a phrase, one that opens with a sign, the prefix alone; a web
         * address's name is the site's; a trailing separator goes */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><a rel=\"author\" href=\"/people/wenna/\"><span>View Profile</span></a></div><p class=\"byline\">By Wenna Caddick</p>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", "Wenna Caddick", NULL },
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><a rel=\"author\" href=\"https://social.example/1234/about\">Social profile</a></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><a rel=\"author\" href=\"/author/wenna/\">\xe2\x86\x92 Learn More</a></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><span class=\"byline\">By:</span></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        { "<html><head><title>Harbour ferry timetable changes</title><meta name=\"author\" content=\"HarbourNews.com\"></head><body>"
          "<h1>Harbour ferry timetable changes</h1>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><strong>By <a rel=\"author\" href=\"/author/wenna/\">Wenna Caddick</a> | </strong></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", "Wenna Caddick", NULL },
        /* a sidebar box's heading over text that says its words again is
         * no author's card (read_card_byline); a card's name line is */
        { "<html><head><title>Walking the old rail line</title></head><body><div><h2>Walking the old rail line</h2>"
          "<p>The old rail line between the two valley towns closed in 1963, and most of its bridges were taken down soon after.</p>"
          "<p>Volunteers have cleared eleven kilometres of the track bed since spring, and the council has promised new signs.</p>"
          "<p>Walkers can now follow it from the mill to the reservoir, though the cutting near the quarry floods after rain.</p>"
          "<div><div><h3>Current Series</h3></div><p>Our current series follows lost railways across the county, one line each month, with maps and walks.</p></div>"
          "</div></body></html>", NULL, NULL },
        { "<html><head><title>Walking the old rail line</title></head><body><div><h2>Walking the old rail line</h2>"
          "<p>The old rail line between the two valley towns closed in 1963, and most of its bridges were taken down soon after.</p>"
          "<p>Volunteers have cleared eleven kilometres of the track bed since spring, and the council has promised new signs.</p>"
          "<p>Walkers can now follow it from the mill to the reservoir, though the cutting near the quarry floods after rain.</p>"
          "<div><div>Orrin Castellane</div><p>A retired signalman, Orrin has walked every closed line in the county and writes about one each month.</p></div>"
          "</div></body></html>", "Orrin Castellane", NULL },
        /* nor a name over a linked teaser: a bio is prose */
        { "<html><head><title>Walking the old rail line</title></head><body><div><h2>Walking the old rail line</h2>"
          "<p>The old rail line between the two valley towns closed in 1963, and most of its bridges were taken down soon after.</p>"
          "<p>Volunteers have cleared eleven kilometres of the track bed since spring, and the council has promised new signs.</p>"
          "<p>Walkers can now follow it from the mill to the reservoir, though the cutting near the quarry floods after rain.</p>"
          "<div><div>Orrin Castellane</div><p><a href=\"/photos/orrin\">Orrin Castellane walks the lost railways of the county: pictures of every bridge</a></p></div>"
          "</div></body></html>", NULL, NULL },
        /* a card's links run on after the name: the name is read; a
         * comments link where the name would be names no one */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div class=\"byline\">Wenna Caddick View Profile RSS</div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", "Wenna Caddick", NULL },
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><a rel=\"author\" href=\"/post/ferry#comments\">View Comments</a></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        /* a personal site named after its author, who is typed as a
         * person on a host that spells the name, is the byline; a site's
         * name typed as a person on another host, or with a newsroom
         * word in it, is not */
        { "<html><head><title>Counting rows without a full scan | Orla Brannigan</title><link rel=\"canonical\" href=\"https://orla-brannigan.dev/counting-rows\">"
          "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Orla Brannigan\"},"
          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Orla Brannigan\"}}</script></head><body><h1>Counting rows without a full scan</h1>"
          "<p>Counting the rows of a big table is slow because the database has to look at every row that the query could see.</p>"
          "<p>An estimate from the planner's statistics is often good enough, and it comes back in a millisecond.</p></body></html>", "Orla Brannigan", NULL },
        { "<html><head><title>Counting rows without a full scan | Orla Brannigan</title><link rel=\"canonical\" href=\"https://dbnotes.example.com/counting-rows\">"
          "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Orla Brannigan\"},"
          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Orla Brannigan\"}}</script></head><body><h1>Counting rows without a full scan</h1>"
          "<p>Counting the rows of a big table is slow because the database has to look at every row that the query could see.</p>"
          "<p>An estimate from the planner's statistics is often good enough, and it comes back in a millisecond.</p></body></html>", NULL, NULL },
        { "<html><head><title>Counting rows without a full scan | Harbour Staff</title><link rel=\"canonical\" href=\"https://harbourstaff.example/counting-rows\">"
          "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Harbour Staff\"},"
          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Staff\"}}</script></head><body><h1>Counting rows without a full scan</h1>"
          "<p>Counting the rows of a big table is slow because the database has to look at every row that the query could see.</p>"
          "<p>An estimate from the planner's statistics is often good enough, and it comes back in a millisecond.</p></body></html>", NULL, NULL },
        /* "By:" with a colon of its own is the prefix, not the name */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><span class=\"byline\">By: <a href=\"/users/wenna\">Wenna Caddick</a></span></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", "Wenna Caddick", NULL },
        /* the byline's part whose class names the name, not the role
         * and the site run on after it */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><span class=\"byline\"><span class=\"byline-name\">By Wenna Caddick</span> "
          "<span class=\"byline-title\">Transport reporter Harbour News</span></span></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", "Wenna Caddick", NULL },
        /* a picture's credit marked as a byline is no author's: beside
         * the caption, or in a <figure>; the search goes on */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div><img src=\"/q.jpg\" alt=\"\"><span class=\"photo-data\"><span class=\"caption\">The east quay at dawn.</span> "
          "<span class=\"byline\">Tom Ridley/Harbour News</span></span></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><figure><img src=\"/q.jpg\" alt=\"\"><figcaption>The east quay at dawn. <span class=\"byline\">Tom Ridley</span></figcaption></figure>"
          "<p class=\"byline\">By Wenna Caddick</p>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", "Wenna Caddick", NULL },
        /* a dateline in the byline's box: a place in capitals, then the
         * region and the date */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1><div class=\"byline_date\"><div class=\"date\">PORTHLEVEN, Cornwall, July 24, 2026 (PA)</div></div>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and the last boat leaves the east quay at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
        /* an author's link in a sentence whose text is a function word */
        { "<html><head><title>Harbour ferry timetable changes</title></head><body>"
          "<h1>Harbour ferry timetable changes</h1>"
          "<p>The harbour ferry will run every twenty minutes from Monday, and even <a href=\"/quotes/authors/w/wenna.html\">you</a> can take the last boat at eleven.</p>"
          "<p>The operator says the change follows a year of counting passengers at both landings in the evening.</p></body></html>", NULL, NULL },
    };

    for (size_t k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
        aloud_article *a = NULL;
        CHECK(aloud_article_from_html(&a, rows[k].html, strlen(rows[k].html), NULL, NULL) == ALOUD_OK);
        if (!a)
            continue;
        if (rows[k].byline)
            CHECK_STR(aloud_article_byline(a), rows[k].byline);
        else
            CHECK(aloud_article_byline(a) == NULL);
        if (rows[k].published)
            CHECK(aloud_article_published(a) && strncmp(aloud_article_published(a), rows[k].published, 10) == 0);
        aloud_article_free(a);
    }
}

/* A byline row: the author meta's content and the byline aloud must give
 * (NULL: none). */
typedef struct {
    const char *author, *byline;
} byline_row;

/* Each row's author in a one-paragraph Spanish page whose <head> also
 * holds HEAD; WHY says what a byline that should be none is. */
static void check_byline_rows(const byline_row *rows, size_t n, const char *head, const char *why)
{
    size_t k;

    for (k = 0; k < n; k++) {
        char html[1024];
        aloud_article *a = NULL;
        snprintf(html, sizeof html,
                 "<html><head><title>Vendimia</title>%s<meta name=\"author\" content=\"%s\"></head><body><article>"
                 "<p>Las primeras cuadrillas han comenzado a recoger uva blanca en los vi\xc3\xb1" "edos de la ribera, "
                 "una fecha que los viticultores consideraban impensable hace veinte a\xc3\xb1os.</p>"
                 "</article></body></html>", head, rows[k].author);
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        if (!a)
            continue;
        if (rows[k].byline)
            CHECK_STR(aloud_article_byline(a), rows[k].byline);
        else if (aloud_article_byline(a) != NULL) {
            failures++;
            fprintf(stderr, "%s:%d: byline \"%s\" %s\n", __FILE__, __LINE__, rows[k].author, why);
        }
        checks++;
        aloud_article_free(a);
    }
}

/* A news agency named with the word for "agency" around it is no person
 * ([page.byline_agency_word] around [page.byline_agency]); a person whose
 * name only holds such a word stays the byline, and a person beside the
 * agencies keeps it alone. */
static void test_byline_agency_word(void)
{
    static const byline_row rows[] = {
        { "Agencia EFE", NULL },
        { "Agenzia ANSA", NULL },
        { "Ag\xc3\xaancia Lusa", NULL },
        { "Agence France-Presse", NULL },
        { "Nachrichtenagentur dpa", NULL },
        { "Reuters news agency", NULL },
        { "Agencja PAP", NULL },
        { "Agencias", NULL },
        { "Agencia EFE/Europa Press", NULL },
        { "The Associated Press", NULL },
        { "The Canadian Press", NULL },
        { "Theodora Press", "Theodora Press" },
        { "Marta Agencia", "Marta Agencia" },
        { "Agencia Gonz\xc3\xa1lez Ruiz", "Agencia Gonz\xc3\xa1lez Ruiz" },
        { "Luc\xc3\xad" "a Ferrer / Agencias", "Luc\xc3\xad" "a Ferrer" },
    };

    check_byline_rows(rows, sizeof rows / sizeof rows[0], "", "is an agency's");
}

/* The site's name as the listener hears it: an address is its host, and
 * a tagline after the name (a phrase of five words or more, or a list) is
 * not said; a short tail is part of the name. */
static void test_site_name_tidy(void)
{
    static const struct {
        const char *site, *said;
    } rows[] = {
        { "Harbour Notes - Boats, tides and the people who mend them", "Harbour Notes" },
        { "Harbour Notes: A Blog About the Quay and Its Boats", "Harbour Notes" },
        { "https://www.harbournews.example/", "harbournews.example" },
        { "www.harbournews.example", "harbournews.example" },
        { "Harbour Notes \xe2\x80\x93 der Podcast", "Harbour Notes \xe2\x80\x93 der Podcast" },
        { "Council of the Isles - Harbour Watch", "Council of the Isles - Harbour Watch" },
    };

    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char html[1024];
        aloud_article *a = NULL;
        snprintf(html, sizeof html,
                 "<html><head><title>Ferry times</title><meta property=\"og:site_name\" content=\"%s\"></head><body><article>"
                 "<h1>Ferry times</h1><p>The harbour ferry will run every twenty minutes from Monday, and the last boat "
                 "leaves the east quay at eleven.</p></article></body></html>", rows[k].site);
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        if (!a)
            continue;
        CHECK_STR(aloud_article_site_name(a), rows[k].said);
        aloud_article_free(a);
    }
}

/* What a CMS puts where no name was entered, or an account that is a
 * role ([page.byline_nobody]), a phrase with a function word, a weekday:
 * no one's name, in any language; authors joined by semicolons are a
 * list. */
static void test_byline_nobody(void)
{
    static const byline_row rows[] = {
        { "author", NULL },
        { "No Primary Author", NULL },
        { "Autor invitado", NULL },
        { "Gastautor", NULL },
        { "Admin", NULL },
        { "webmaster", NULL },
        { "Guest Contributor", NULL },
        { "Luc\xc3\xad" "a Ferrer;Marta Gil", "Luc\xc3\xad" "a Ferrer, Marta Gil" },
        { "Luc\xc3\xad" "a Ferrer", "Luc\xc3\xad" "a Ferrer" },
        { "Luc&amp;#237;a Ferrer", "Luc\xc3\xad" "a Ferrer" },
        { "Marta Admin\xc3\xadstrador", "Marta Admin\xc3\xadstrador" },
        /* a phrase with a function word in lower case, a weekday alone */
        { "Deja un Comentario", NULL },
        { "Noticias para Todos", NULL },
        { "Lunes", NULL },
        { "Ana de la Fuente", "Ana de la Fuente" },
        { "Luis y Marta Gil", "Luis y Marta Gil" },
    };

    check_byline_rows(rows, sizeof rows / sizeof rows[0], "", "names no one");
}

/* The placeholder's own line in the post ("by Guest Author") is the
 * byline's line: not read, though no one is named; the word in a
 * sentence of the article is. */
static void test_byline_nobody_line(void)
{
    static const char html[] =
        "<html><head><title>Why the ferry runs late</title><meta name=\"author\" content=\"Guest Author\"></head><body>"
        "<article><h1>Why the ferry runs late</h1><p>by Guest Author</p>"
        "<p>The harbour ferry has left the east quay late on most evenings this autumn, and the operator blames the tide tables.</p>"
        "<p>Our guest author for this week has sailed the crossing for twenty years and disagrees with the operator.</p>"
        "</article></body></html>";
    aloud_article *a = NULL;
    char *out = NULL;

    CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
    if (!a)
        return;
    CHECK(aloud_article_byline(a) == NULL);
    CHECK(aloud_render(&out, NULL, a, ALOUD_FORMAT_TEXT) == ALOUD_OK);
    CHECK(out && !strstr(out, "by Guest Author") && strstr(out, "Our guest author for this week"));
    aloud_free(out);
    aloud_article_free(a);
}

/* A byline of names joined by "with", "avec", "y" ([page.byline_joiner])
 * names no person when each name is the site, a newsroom or an agency
 * ("Radio Hexagone Info avec AFP"); with a person among them, only the
 * people are the byline ("Lucía Ferrer con EFE" is Lucía Ferrer's). */
static void test_byline_joined_organisations(void)
{
    static const byline_row rows[] = {
        { "Diario del Sur con agencias", NULL },
        { "Diario del Sur con EFE y Europa Press", NULL },
        { "Redacci\xc3\xb3n y agencias", NULL },
        { "Diario del Sur & AFP", NULL },
        { "Diario del Sur/EFE", NULL },
        { "Luc\xc3\xad" "a Ferrer/EFE", "Luc\xc3\xad" "a Ferrer" },
        { "Diario del Sur with Reuters", NULL },
        { "Luc\xc3\xad" "a Ferrer con EFE", "Luc\xc3\xad" "a Ferrer" },
        { "Luc\xc3\xad" "a Ferrer y Marta Gil", "Luc\xc3\xad" "a Ferrer y Marta Gil" },
        { "Diario del Sur y Marta Gil", "Marta Gil" },
        { "Marta con EFE", "Marta" },
        /* a joiner with nothing after it: a phrase (label_shaped), no name */
        { "Diario del Sur con", NULL },
    };

    check_byline_rows(rows, sizeof rows / sizeof rows[0],
                      "<meta property=\"og:site_name\" content=\"Diario del Sur\">", "joins organisations");
}

/* A person and the agency her story came through, after a comma or a
 * slash ("Jana Körner, dpa") or run on with none ("JANE DOE Associated
 * Press"): the byline is the person's name alone. A
 * role or a second person after the comma ("Staff Writer", "Nowak")
 * stays; so does a surname first ("Kowalski, Jan"). */
static void test_byline_person_and_agency(void)
{
    static const byline_row rows[] = {
        { "Jana K\xc3\xb6rner, dpa", "Jana K\xc3\xb6rner" },
        { "Marta Zieli\xc5\x84ska, PAP", "Marta Zieli\xc5\x84ska" },
        { "Tom Hale, Reuters", "Tom Hale" },
        { "dpa/Jana K\xc3\xb6rner", "Jana K\xc3\xb6rner" },
        { "Jana K\xc3\xb6rner, sid", "Jana K\xc3\xb6rner" },
        { "Ana Ruiz y Luis Mena, EFE", "Ana Ruiz y Luis Mena" },
        { "Ana Ruiz, Diario del Sur", "Ana Ruiz" },
        { "Jane Doe, Staff Writer", "Jane Doe, Staff Writer" },
        { "Anna Kowalska, Jan Nowak", "Anna Kowalska, Jan Nowak" },
        { "Kowalski, Jan", "Kowalski, Jan" },
        { "Jane Doe, Agencia Sinc", "Jane Doe, Agencia Sinc" },
        { "dpa", NULL },
        /* run on into the agency with no separator: the person alone;
         * not a one-word name, nor a name that only ends like one */
        { "JANE DOE Associated Press", "JANE DOE" },
        { "Tom Hale AP", "Tom Hale" },
        { "Ana Ruiz The Canadian Press", "Ana Ruiz" },
        { "Ana Lusa", "Ana Lusa" },
        { "Jane Doe-Reuters", "Jane Doe-Reuters" },
        { "The Associated Press", NULL },
    };

    check_byline_rows(rows, sizeof rows / sizeof rows[0],
                      "<meta property=\"og:site_name\" content=\"Diario del Sur\">", "is an agency's");
}

/* The same in JSON-LD: an organisation listed among the authors beside a
 * person is not read with her; alone it is no byline either, with or
 * without an address of its own (a department, an agency, a paper). */
static void test_byline_ld_person_and_organisation(void)
{
    static const struct {
        const char *authors, *byline;
    } rows[] = {
        { "[{\"@type\":\"Person\",\"name\":\"Jana K\xc3\xb6rner\"},{\"@type\":\"Organization\",\"name\":\"Nachrichtendienst Mitte\"}]",
          "Jana K\xc3\xb6rner" },
        { "[{\"@type\":\"Person\",\"name\":\"Jana K\xc3\xb6rner\"},{\"@type\":\"Person\",\"name\":\"Udo Brandt\"}]",
          "Jana K\xc3\xb6rner and Udo Brandt" },
        { "[{\"@type\":\"Organization\",\"name\":\"Nachrichtendienst Mitte\"}]", NULL },
        { "{\"@type\":\"Organization\",\"name\":\"Nachrichtendienst Mitte\",\"url\":\"https://ndm.example/\"}",
          NULL },
    };
    size_t k;

    for (k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char html[1024];
        aloud_article *a = NULL;
        snprintf(html, sizeof html,
                 "<html><head><title>Pegel</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                 "\"headline\":\"Pegel\",\"author\":%s}</script></head><body><article>"
                 "<p>Der Pegel der Nidda ist in der Nacht zum Sonntag um knapp vierzig Zentimeter gefallen, "
                 "die Kreisverwaltung will dennoch keine Entwarnung geben.</p></article></body></html>",
                 rows[k].authors);
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        if (!a)
            continue;
        if (rows[k].byline)
            CHECK_STR(aloud_article_byline(a), rows[k].byline);
        else
            CHECK(aloud_article_byline(a) == NULL);
        aloud_article_free(a);
    }
}

/* "Story | Section | Site" in og:title, with the story's own heading. */
/* Captions go, in every section, and the other blocks keep their order
 * and section; a section left with only its heading keeps it. */
static void test_drop_captions(void)
{
    static const char html[] =
        "<html><head><title>Harbour wall rebuilt</title></head><body><article>"
        "<h1>Harbour wall rebuilt</h1>"
        "<p>The old harbour wall at Port Ellen was rebuilt over the winter by a crew of twelve.</p>"
        "<figure><img src=a.jpg><figcaption>The new wall, seen from the ferry pier at dawn.</figcaption></figure>"
        "<p>Work began in October, when the last of the summer boats had been lifted out.</p>"
        "<h2>Stone from the quarry</h2>"
        "<figure><img src=b.jpg><figcaption>Blocks waiting on the quay before the storm.</figcaption></figure>"
        "<p>The stone came from the island's own quarry, cut to the sizes of the old blocks.</p>"
        "<h2>Pictures</h2>"
        "<figure><img src=c.jpg><figcaption>The crew on the last day, with the harbour master.</figcaption></figure>"
        "</article></body></html>";
    aloud_article *a = NULL;
    const aloud_section *s;
    size_t n, i, k, captions = 0, blocks = 0;

    CHECK(aloud_article_from_html(&a, html, strlen(html), "utf-8", NULL) == ALOUD_OK);
    if (!a)
        return;
    s = aloud_article_sections(a, &n);
    for (i = 0; i < n; i++)
        for (k = 0; k < s[i].block_count; k++)
            captions += s[i].blocks[k].kind == ALOUD_BLOCK_CAPTION;
    CHECK(captions == 3);
    aloud_article_drop_captions(a);
    s = aloud_article_sections(a, &n);
    CHECK(n == 3);
    for (i = 0; i < n; i++)
        for (k = 0; k < s[i].block_count; k++, blocks++)
            CHECK(s[i].blocks[k].kind != ALOUD_BLOCK_CAPTION);
    CHECK(blocks == 3);
    if (n == 3) {
        CHECK(s[0].block_count == 2 && strstr(s[0].blocks[1].text, "Work began"));
        CHECK(s[1].block_count == 1 && strstr(s[1].blocks[0].text, "island's own quarry"));
        CHECK_STR(s[2].heading, "Pictures");
        CHECK(s[2].block_count == 0);
    }
    aloud_article_drop_captions(a);   /* twice: nothing left to drop */
    aloud_article_sections(a, &n);
    CHECK(n == 3);
    aloud_article_drop_captions(NULL);
    aloud_article_free(a);
}

/* Tailwind's text utilities ("text-white", "text-sm", "text-gray-900")
 * style text; they are no hint that a block holds the article's text. A
 * consent banner carrying them must not win the body a content bonus. */
static void test_text_utility_classes(void)
{
    static const char html[] =
        "<html lang=\"en\"><head><title>Ferry fares rise in April - Coast Weekly</title></head>"
        "<body class=\"text-gray-900\">"
        "<div class=\"fixed bottom-0 text-white text-sm\"><p>With your consent, we and our partners use "
        "trackers to measure the audience and show you suitable adverts.</p><button>Accept all</button></div>"
        "<main class=\"mx-auto\"><article class=\"col-span-8\"><h1>Ferry fares rise in April</h1>"
        "<div class=\"prose\"><p>A single crossing to the island will cost nine pounds from the first of April, "
        "up from seven fifty, the ferry company said on Monday after its board met.</p>"
        "<p>The company blamed fuel and the new pier dues, and said season tickets for islanders would stay "
        "at last year's price until the end of the summer.</p></div></article></main></body></html>";
    aloud_article *a = NULL;
    const aloud_section *s;
    size_t n = 0;

    CHECK(aloud_article_from_html(&a, html, strlen(html), "utf-8", NULL) == ALOUD_OK);
    if (!a)
        return;
    s = aloud_article_sections(a, &n);
    CHECK(n == 1);
    if (n == 1) {
        CHECK(s[0].block_count == 2);
        CHECK(s[0].block_count > 0 && strstr(s[0].blocks[0].text, "A single crossing"));
    }
    aloud_article_free(a);
}

/* A <main id=main> around the story's <article> scores over the story
 * by its name alone (+25 for "main"): the shop's tabs after the
 * article's end are not read. When the story's <article> holds only the
 * headline and a line, and the body follows it in <main>, <main> wins by
 * what it holds: the body is read. */
static void test_main_by_name(void)
{
    static const char head[] =
        "<html lang=\"en\"><head><title>Why the canal lock closed early - Towpath News</title></head>"
        "<body><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav><main id=\"main\">";
    static const char body[] =
        "<div><p>The lock at Hollin Bridge shut three weeks before the end of the season, after a keeper found "
        "a crack in the lower gate during a routine check on Tuesday morning.</p>"
        "<p>Engineers from the waterways trust said the timber had dried out over the hot summer, and that a new "
        "gate, already built for next year, would be fitted in January instead of March.</p>"
        "<p>Boaters heading south will have to moor above the lock or turn at the winding hole by the mill, the "
        "trust said, and a shuttle bus will run to the village on Saturdays.</p></div>";
    static const char shop[] =
        "<section><div role=\"tablist\"><button role=\"tab\">Delivery</button><button role=\"tab\">Returns"
        "</button></div><div role=\"tabpanel\"><p>Orders placed before noon leave the same day by tracked "
        "post.</p></div><div role=\"tabpanel\"><p>Unused items can be returned within thirty days for a "
        "refund.</p></div></section></main></body></html>";
    char html[4096];
    aloud_article *a = NULL;
    char *text = NULL;

    snprintf(html, sizeof(html), "%s<article><h1>Why the canal lock closed early</h1>%s</article>%s", head,
             body, shop);
    CHECK(aloud_article_from_html(&a, html, strlen(html), "utf-8", NULL) == ALOUD_OK);
    if (!a || aloud_render(&text, NULL, a, ALOUD_FORMAT_TEXT) != ALOUD_OK)
        text = NULL;
    CHECK(text && strstr(text, "The lock at Hollin Bridge") && strstr(text, "shuttle bus"));
    CHECK(text && !strstr(text, "tracked post") && !strstr(text, "thirty days"));
    aloud_free(text);
    text = NULL;
    aloud_article_free(a);

    a = NULL;
    snprintf(html, sizeof(html), "%s<article><h1>Why the canal lock closed early</h1><p>A cracked gate ends "
             "the season early.</p></article>%s%s", head, body, shop);
    CHECK(aloud_article_from_html(&a, html, strlen(html), "utf-8", NULL) == ALOUD_OK);
    if (!a || aloud_render(&text, NULL, a, ALOUD_FORMAT_TEXT) != ALOUD_OK)
        text = NULL;
    CHECK(text && strstr(text, "The lock at Hollin Bridge") && strstr(text, "shuttle bus"));
    aloud_free(text);
    text = NULL;
    aloud_article_free(a);
}

/* <noframes> and <noembed> hold what a browser without frames or plug-ins
 * shows; every browser today hides them, and their content is parsed as raw
 * text, so a fallback link is its markup as characters ("<a href=...><img
 * ...>"), which a listener must never hear, no more than "Your browser
 * cannot play this clip". */
static void test_noframes_noembed_fallback(void)
{
    static const char html[] =
        "<html><head><title>Safety film with a twist</title></head><body><article>"
        "<h1>Safety film with a twist</h1>"
        "<p>The airline has swapped its old safety film for a short comedy that the crew say "
        "passengers actually watch to the end.</p>"
        "<p>Here is the film:</p>"
        "<div><iframe src=\"https://video.example/embed/k2\"></iframe>"
        "<noframes><a href=\"https://video.example/watch/k2\"><img src=\"k2.jpg\" "
        "alt=\"Film preview\"></a></noframes>"
        "<embed src=\"k2.swf\"><noembed>Your browser cannot play this clip.</noembed></div>"
        "<p>The film runs four minutes and was shot in a hangar over two nights, with the "
        "cabin crew playing themselves.</p></article></body></html>";
    aloud_article *a = NULL;
    const aloud_section *s;
    size_t n = 0, k;

    CHECK(aloud_article_from_html(&a, html, strlen(html), "utf-8", NULL) == ALOUD_OK);
    if (!a)
        return;
    s = aloud_article_sections(a, &n);
    CHECK(n == 1);
    if (n == 1) {
        CHECK(s[0].block_count == 3);
        for (k = 0; k < s[0].block_count; k++) {
            CHECK(!strstr(s[0].blocks[k].text, "href"));
            CHECK(!strstr(s[0].blocks[k].text, "cannot play"));
        }
    }
    aloud_article_free(a);
}

static void test_title_segments(void)
{
    static const char page_t[] =
        "<html><head><meta property=\"og:title\" content=\"Ferry fares frozen | Islands | The Courier\">"
        "<title>x</title></head><body><article><h1>Ferry fares frozen</h1>"
        "<p>The ferry company said fares would stay at last year's level until the end of the season.</p>"
        "</article></body></html>";
    aloud_article *a = NULL;

    CHECK(aloud_article_from_html(&a, page_t, strlen(page_t), NULL, NULL) == ALOUD_OK);
    CHECK_STR(aloud_article_title(a), "Ferry fares frozen");
    aloud_article_free(a);

    /* JSON-LD's "name" is the site, the <title>'s last part; its
     * "headline", worded apart from the <title>, is the story's */
    static const char page_ld[] =
        "<html><head><title>Ferry fares frozen until the spring - The Courier</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares frozen until April\","
        "\"name\":\"The Courier\"}</script></head><body><article>"
        "<p>The ferry company said fares would stay at last year's level until the end of the season.</p>"
        "</article></body></html>";
    a = NULL;
    CHECK(aloud_article_from_html(&a, page_ld, strlen(page_ld), NULL, NULL) == ALOUD_OK);
    CHECK_STR(aloud_article_title(a), "Ferry fares frozen until April");
    aloud_article_free(a);

    /* the <title>'s tail, six words, is a line of the masthead's link
     * home (a town's brand beside its crest): the site's name */
    static const char page_home[] =
        "<html><head><title>Winter fees stay the same for juniors - Comune di San Vito al Brenta</title></head>"
        "<body><a href=\"/\"><img src=\"/c.png\" alt=\"Stemma\"><div>Comune di San Vito al Brenta</div>"
        "<div>Provincia di Padova</div></a><h1>Winter fees stay the same for juniors</h1>"
        "<p>The club's committee agreed on Tuesday that juniors will pay the same winter fee as last year, "
        "while adults pay five pounds more for the boathouse's new heating.</p></body></html>";
    a = NULL;
    CHECK(aloud_article_from_html(&a, page_home, strlen(page_home), NULL, NULL) == ALOUD_OK);
    CHECK_STR(aloud_article_site_name(a), "Comune di San Vito al Brenta");
    aloud_article_free(a);

    /* an old site's "Site - Section - Story": the logo's alt says the
     * <title>'s head, the site's name; a template that writes the whole
     * <title> into the logo's alt names no site */
    static const char *const logos[][3] = {
        { "Harbour Rowing Club - News - Winter fees stay the same for juniors", "Harbour Rowing Club",
          "Harbour Rowing Club" },
        { "Winter fees stay | Harbour News and Island Travel Guide Online",
          "Winter fees stay | Harbour News and Island Travel Guide Online", NULL },
    };
    for (size_t k = 0; k < 2; k++) {
        char html[1024];
        snprintf(html, sizeof(html),
                 "<html><head><title>%s</title></head><body><a href=\"/\"><img src=\"/l.gif\" alt=\"%s\">"
                 "</a><div><h2>Winter fees stay the same for juniors</h2><p>The club's committee agreed "
                 "on Tuesday that juniors will pay the same winter fee as last year, while adults pay "
                 "five pounds more for the boathouse's new heating.</p></div></body></html>",
                 logos[k][0], logos[k][1]);
        a = NULL;
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        if (logos[k][2])
            CHECK_STR(aloud_article_site_name(a), logos[k][2]);
        else
            CHECK(aloud_article_site_name(a) == NULL);
        aloud_article_free(a);
    }

    /* the h1 says JSON-LD's headline with the page's own quotes; an h1
     * in capitals does not replace it */
    static const char *const h1s[][2] = {
        { "Radni przyj\xC4\x99li program \xE2\x80\x9EZielone podw\xC3\xB3rka\xE2\x80\x9D",
          "Radni przyj\xC4\x99li program \xE2\x80\x9EZielone podw\xC3\xB3rka\xE2\x80\x9D" },
        { "RADNI PRZYJ\xC4\x98LI PROGRAM \"ZIELONE PODW\xC3\x93RKA\"",
          "Radni przyj\xC4\x99li program \"Zielone podw\xC3\xB3rka\"" },
    };
    for (size_t k = 0; k < 2; k++) {
        char html[1024];
        snprintf(html, sizeof(html),
                 "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                 "\"headline\":\"Radni przyj\xC4\x99li program &quot;Zielone podw\xC3\xB3rka&quot;\"}</script>"
                 "</head><body><article><h1>%s</h1><p>Rada miasta przyj\xC4\x99\xC5\x82" "a program "
                 "zazielenienia dwunastu podw\xC3\xB3rek w centrum.</p></article></body></html>", h1s[k][0]);
        a = NULL;
        CHECK(aloud_article_from_html(&a, html, strlen(html), NULL, NULL) == ALOUD_OK);
        CHECK_STR(aloud_article_title(a), h1s[k][1]);
        aloud_article_free(a);
    }
}

int main(void)
{
    test_title_segments();
    test_text_utility_classes();
    test_main_by_name();
    test_drop_captions();
    test_noframes_noembed_fallback();
    test_byline_element();
    test_byline_shapes();
    test_byline_agency_word();
    test_site_name_tidy();
    test_byline_nobody();
    test_byline_nobody_line();
    test_byline_joined_organisations();
    test_byline_person_and_agency();
    test_byline_ld_person_and_organisation();
    test_dates();
    test_body_dates();
    test_offer_run();
    test_ld_body_hint();
    test_metadata_and_sections();
    test_digest();
    test_render();
    test_errors();
    printf("%d/%d checks passed\n", checks - failures, checks);
    return failures ? 1 : 0;
}
