/*
 * credits.c - a caption is read, its photo credit is not.
 *
 * Captions often end with who took the picture: "The hive in May. Photo:
 * Jane Doe/Reuters", "... (Image: AFP)", "... | Foto: dpa", "... Jane
 * Doe/AFP via Getty Images", "... © Jane Doe". The credit is cut from the
 * end of a caption, and a caption that is nothing but a credit is not
 * read at all.
 *
 * Evidence, for the part after the caption's last boundary (a sentence
 * end, "|", a dash or a hyphen between spaces, an opening bracket, a line
 * break: "Jane Doe<br>© AFP"):
 *   - it starts with a credit label of the lexicon (data/lang
 *     [extract.credit]: "Photo", "Foto", "Quelle", "Crédit"...) followed
 *     by ':' or '/', or by a word of [extract.credit_by] and a
 *     capitalised name ("Photo by Jane Doe", "Foto di Andrea Rossi",
 *     "Illustration by Jonas Weller");
 *     the label may be glued to the sentence before it ("...manhã.Foto:");
 *   - or its shape is a credit: at most eight words, each capitalised or
 *     a name joiner, with a '/' between names ("Jane Doe/Reuters") or
 *     "via" before the agency ("via Getty Images"); a handle counts as
 *     a name ("@janedoe/Twitter"), and so does an agency written in lower
 *     case ("Frank Rumpenhorst/dpa");
 *   - or it starts with '©', also with no boundary before the sign
 *     ("... Roma Tiburtina © ANSA": at most eight words after it, no
 *     sentence);
 *   - or it is a credit label alone ("(foto d'archivio)", "File photo");
 *   - or, in brackets, it is a credit label and a name with nothing
 *     between them ("(Foto Gianni Serra)"), or a label that ends in a
 *     "by" word and a few words ("(Photo courtesy of the Ellery family)");
 *   - or, after any boundary but a comma or a semicolon, it is nothing
 *     but agencies of [page.byline_agency] ("... Usquert. (ANP)",
 *     "...<br>EFE"), or a medium of [extract.credit_medium], its colon and
 *     only a name ("Vídeo: Álvaro Gimeno").
 * A caption whose whole text has a credit's shape is nothing but a credit
 * ("EFE/Raquel Manzanares"), and so is one that is only a credit label
 * and a name of a few capitalised words or an agency ("Beeld Getty
 * Images"), and a label left alone before the cut
 * ("... Tatrzańskiej. Fot.") goes with the credit.
 *
 * A credit the markup sets apart needs no colon or name's shape: the
 * caption's last element, inline ("<span>", "<small>", "<em>"), after
 * text of the caption's own, that opens with a credit label and ends
 * the caption, at most CREDIT_MAX_WORDS and no sentence ("... restaurée
 * avec des bénévoles. <span>Photo archives Bernard Pichon</span>"), or
 * that is nothing but a credit mark of the language data ("...
 * <span>DR</span>", droits réservés: [extract.credit_mark]), or that
 * has an agency credit's shape, BRACKETED_MIN_WORDS words or more with
 * '/' or "via" between names ("... teurer <span>APA/Expa/Johann
 * Groder</span>": tests/pages/b30-de-at-orf-seilbahn-tarif-links; an
 * "<em>Input/Output</em>" is two words), or that holds only a person's
 * name after the caption's own sentence of six words or more ("... el
 * pasado domingo. <span>Rafa Almansa</span>"). A
 * sentence the writer set in italics ends with its full stop.
 *
 * A slideshow's counter that opens a caption ("1 / 12 ...") is not read
 * either: it numbers the picture for the eye, and once it is cut a
 * caption "3 / 12 Foto: Jane Doe" is nothing but a credit.
 *
 * Nor is a gallery's control glued to the caption's end ("... as the
 * mayor said at the opening. <a href="#">View Full Caption</a>",
 * "Expand caption", "Show more"): the caption's last element is a
 * control, a <button>, role=button or a link with no real target (no
 * href, "#..." or "javascript:"), its text at most CONTROL_MAX_WORDS
 * words and no sentence; its text is cut, and a caption block that is
 * nothing but it goes (tests/pages/en-caption-control-truncated). A
 * block that no <figcaption> marks loses such a control too when the text
 * before it ends in an ellipsis: a caption cut short in a box of its own
 * (the same fixture's fourth picture).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "langdata.h"
#include "lexicon.h"

/* Is the word at W, N bytes, a key of the language table TABLE (in any
 * case where NOCASE)? */
static bool table_word(const char *table, const char *w, size_t n, bool nocase)
{
    size_t i, count;
    const al_lang_entry *e = al_lang_table(table, NULL, &count);

    for (i = 0; i < count; i++)
        if (strlen(e[i].key) == n && (nocase ? strncasecmp(w, e[i].key, n) : strncmp(w, e[i].key, n)) == 0)
            return true;
    return false;
}

#define CREDIT_MAX_WORDS 8     /* "Jane Doe/AFP via Getty Images" is five */
#define BRACKETED_MIN_WORDS 3  /* a credit alone in brackets: "(Jane Doe/AP)" */

/* Is the word of S at W, N bytes long, a word of [extract.credit_by]
 * ("by", "von", "di", "de"...)? */
static bool by_word(const char *w, size_t n)
{
    return table_word("extract.credit_by", w, n, true);
}

/* Is S's first N bytes exactly a credit label of the lexicon? */
static bool label_is_credit(const char *s, size_t n)
{
    char *head = al_strndup(s, n), *key = head ? al_text_key(head) : NULL;
    bool hit = key && *key && al_lexicon_exact(AL_LEX_CREDIT, key);

    free(key);
    free(head);
    return hit;
}

static bool shaped_as(const char *s, bool name_only);
static bool labelled_author(const char *s);

bool al_credit_stop_labelled(const char *s)
{
    const char *stop = strstr(s, ". ");

    return stop && stop > s && stop - s <= 40 && !memchr(s, ' ', (size_t)(stop - s)) &&
           label_is_credit(s, (size_t)(stop - s)) && shaped_as(stop + 2, true);
}

/* Does S (a segment) start with a credit label and then ':' or '/', or
 * with a label, a word of [extract.credit_by] and a capitalised name
 * ("Photo by Jane Doe", "Foto di Andrea Pistolesi"), or with a label cut
 * short by a full stop and then nothing but a name ("Fot. KMP Konin")? */
static bool labelled_credit_here(const char *s);

/* Does S name an outlet before its credit label: up to OUTLET_LABEL_MAX_WORDS
 * capitalised words, then a labelled credit, all of it at most
 * CREDIT_MAX_WORDS words and no sentence ("Courier photo by Jan Mertz",
 * "Tribune photo: Jane Doe")? A paper names itself before its staff's
 * pictures as before its staff's stories; a caption's sentence that
 * happens to open with capitalised words goes on past eight words or
 * ends with a full stop. (b29-en-us-weekly-school-board-table-layout,
 * en-us-county-paper-outlet-photo-credit) */
#define OUTLET_LABEL_MAX_WORDS 3
static bool outlet_credit(const char *s)
{
    const char *p = s;
    size_t n = strlen(s);

    if (al_text_words(s) > CREDIT_MAX_WORDS || (n && strchr(".!?", s[n - 1])))
        return false;
    for (int k = 0; k < OUTLET_LABEL_MAX_WORDS; k++) {
        size_t w = strcspn(p, " ");
        const char *mark = strpbrk(p, ":/.,;!?");
        bool capital = (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xC0;
        if (!capital || (mark && mark < p + w) || !p[w])
            return false;
        p += w;
        p += strspn(p, " ");
        if (labelled_credit_here(p))
            return true;
    }
    return false;
}

static bool labelled_credit(const char *s)
{
    return labelled_credit_here(s) || outlet_credit(s);
}

bool al_credit_outlet(const char *text)
{
    return outlet_credit(text);
}

/* Is S, up to the "by" word that starts at P + 1 (BY_END its end), one
 * capitalised word and then a credit label ("Courier photo", "Staff
 * photo", the paper's or the desk's name before it)? */
static bool qualified_label(const char *s, const char *p, const char *by_end)
{
    const char *sp = strchr(s, ' '), *l;

    if (!sp || sp >= p || !((*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0xC0))
        return false;
    l = sp + 1;
    return label_is_credit(l, (size_t)(by_end - l)) || label_is_credit(l, (size_t)(p - l));
}

static bool labelled_credit_here(const char *s)
{
    const char *colon = strpbrk(s, ":/"), *p;

    if (strncmp(s, "\xC2\xA9", 2) == 0)                 /* © */
        return true;
    if (colon && colon > s && colon - s <= 40 && label_is_credit(s, (size_t)(colon - s)))
        return true;
    if (al_credit_stop_labelled(s))
        return true;
    /* the label's words, then a "by" word, then a name */
    for (p = strchr(s, ' '); p && p - s <= 40; p = strchr(p + 1, ' ')) {
        const char *w = p + 1, *name;
        size_t n = strcspn(w, " ");
        if (!w[n])
            break;
        name = w + n + 1;
        if (by_word(w, n) && ((*name >= 'A' && *name <= 'Z') || (unsigned char)*name >= 0xC0) &&
            (label_is_credit(s, (size_t)(w + n - s)) || label_is_credit(s, (size_t)(p - s)) ||
             qualified_label(s, p, w + n)))
            return true;            /* "Photo by" a phrase, or "Illustration" a label, then "by" */
    }
    return false;
}

/* Does S (the sentence after a caption's own) say who took the picture
 * without naming anyone: a credit label, a word of [extract.credit_by]
 * and one or two lower-case words, at most AUTHOR_MAX_WORDS in all
 * ("... instalada. Foto de la autora.", "Photo by the author")? After
 * the caption's own sentence a label and its "by" word open nothing
 * but a credit; the whole caption is never judged so ("Foto de familia"
 * is a picture's subject). (b41-es-medium-huerto-azotea) */
#define AUTHOR_MAX_WORDS 4
static bool labelled_author(const char *s)
{
    const char *w = strchr(s, ' '), *p;
    size_t words = al_text_words(s);

    if (!w || words < 3 || words > AUTHOR_MAX_WORDS || !label_is_credit(s, (size_t)(w - s)) ||
        !by_word(w + 1, strcspn(w + 1, " ")))
        return false;
    for (p = w + 1 + strcspn(w + 1, " "); *p; p++)
        if ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr(".:/,;!?()@", *p))
            return false;           /* a name, a number or more than a phrase */
    return true;
}

/* Does S (a segment in brackets) start with a credit label and then, with
 * no ':' or "by" word, nothing but a name ("Foto Gianni Serra", "Photo
 * Jane Doe")? Only in brackets: the brackets set it apart as a note on
 * the picture, where a bare "Foto ..." could start a sentence. */
static bool bracketed_label_name(const char *s)
{
    for (const char *p = strchr(s, ' '); p && p - s <= 40; p = strchr(p + 1, ' '))
        if (label_is_credit(s, (size_t)(p - s)) && shaped_as(p + 1, true))
            return true;
    return false;
}

/* Does S (a segment in brackets, the caption's last) start with a credit
 * label whose last word is one of [extract.credit_by] ("Photo courtesy
 * of", "Foto von", "photo de") and go on, to the bracket's end, with up
 * to CREDIT_MAX_WORDS words of letters ("(Photo courtesy of the Ellery
 * family)")? Who lent the picture need not be a capitalised name, and a
 * label that ends in "of" or "by" asks for one after it: the brackets and
 * that label say it is the picture's source. No digit: "(photo de 1920)"
 * dates the picture, and no sentence's end. */
static bool bracketed_courtesy(const char *s)
{
    for (const char *p = strchr(s, ' '); p && p - s <= 40; p = strchr(p + 1, ' ')) {
        const char *last = p, *rest = p + 1;
        while (last > s && last[-1] != ' ')
            last--;
        if (last == s || !by_word(last, (size_t)(p - last)) || !label_is_credit(s, (size_t)(p - s)))
            continue;
        if (!*rest || strpbrk(rest, "0123456789()[].!?") || al_text_words(rest) > CREDIT_MAX_WORDS)
            return false;
        return true;
    }
    return false;
}

/* Does S (a segment in brackets, the caption's last) name an outlet, a
 * colon and the photographer ("(SCN: Tom Ellery)", "(ABC News: Jane
 * Doe)", "(AAP: Dan Himbrechts)"), the credit of a paper that names
 * itself before its staff? Evidence: the brackets, a label of at most
 * OUTLET_MAX_WORDS capitalised words one of which is an acronym (two to
 * OUTLET_ACRONYM_MAX capital letters: an outlet's short name, where
 * "(Pictured: Jane Doe)" or "(Left: the mayor)" has none), its colon,
 * then nothing but a name of at most OUTLET_NAME_MAX_WORDS capitalised
 * words. (tests/pages/b28-en-au-explainer-power-bill-july,
 * en-feature-pullquote-attribution) */
#define OUTLET_MAX_WORDS 3
#define OUTLET_ACRONYM_MAX 6
#define OUTLET_NAME_MAX_WORDS 4
static bool bracketed_outlet_name(const char *s)
{
    const char *colon = strchr(s, ':'), *p = s;
    size_t words = 0;
    bool acronym = false;

    if (!colon || colon == s || colon[1] != ' ' || colon - s > 40)
        return false;
    while (p < colon) {
        size_t n = strcspn(p, " :"), caps = 0;
        if (n == 0 || ++words > OUTLET_MAX_WORDS || !(*p >= 'A' && *p <= 'Z'))
            return false;
        while (caps < n && p[caps] >= 'A' && p[caps] <= 'Z')
            caps++;
        acronym = acronym || (caps == n && n >= 2 && n <= OUTLET_ACRONYM_MAX);
        p += n;
        p += strspn(p, " ");
    }
    return acronym && al_text_words(colon + 2) <= OUTLET_NAME_MAX_WORDS && shaped_as(colon + 2, true);
}

/* Is the word at W, N bytes, a news agency of [page.byline_agency] written
 * in lower case ("dpa", "epd")? It counts as a capitalised name. */
static bool agency_word(const char *w, size_t n)
{
    size_t i, count;
    const al_lang_entry *e = al_lang_table("page.byline_agency", NULL, &count);

    for (i = 0; i < count; i++)
        if (strlen(e[i].key) == n && strncmp(w, e[i].key, n) == 0)
            return true;
    return false;
}

/* The shape of an agency credit: "Jane Doe/Reuters", "AFP via Getty Images";
 * with NAME_ONLY, any name of up to CREDIT_MAX_WORDS capitalised words
 * ("KMP Konin"), no '/' or "via" needed. After a '/', a word that is a
 * credit label of the lexicon on its own, written in lower case, counts
 * as a name: it says where the picture comes from, as an agency does
 * ("Jan Wróbel / archiwum", "Anna Conti/archivio": the photographer, then
 * the paper's archive; b46-pl-tramwaj-krakow-pap-pozny-charset,
 * it-cronaca-ph-archivio-figura). Before any '/' such a word is a
 * sentence's ("foto di ..."). */
static bool shaped_as(const char *s, bool name_only)
{
    size_t words = 0;
    bool slash = false, via = false;
    const char *p = s;

    while (*p) {
        const char *w = p;
        size_t n;

        while (*p && *p != ' ' && *p != '/')
            p++;
        n = (size_t)(p - w);
        /* a dash or a bar between two credits ("AFP - Getty Images") */
        if ((n == 1 && (*w == '-' || *w == '|')) || (n == 3 && (strncmp(w, "\xE2\x80\x93", 3) == 0 ||
                                                                strncmp(w, "\xE2\x80\x94", 3) == 0)))
            n = 0;
        if (n) {
            words++;
            if (n == 3 && strncmp(w, "via", 3) == 0)
                via = true;
            else if (!((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0xC0 || (*w == '@' && n > 1) ||
                       agency_word(w, n) || (slash && label_is_credit(w, n))) &&
                     !(n <= 3 && (strncmp(w, "de", n) == 0 || strncmp(w, "van", n) == 0 ||
                                  strncmp(w, "von", n) == 0 || strncmp(w, "da", n) == 0)))
                return false;     /* a lower-case word: a sentence, not a name */
        }
        if (*p == '/')
            slash = true;
        if (*p)
            p++;
    }
    return words >= 1 && words <= CREDIT_MAX_WORDS && (slash || via || name_only);
}

static bool shaped_credit(const char *s)
{
    return shaped_as(s, false);
}

/* Is S nothing but news agencies of [page.byline_agency], matched as
 * written, joined by '/' ("ANP", "EFE", "dpa/AFP", "Europa Press")? An
 * agency named alone at a caption's end, after a line break, a sentence
 * or in brackets ("... bij Usquert. (ANP)", "...<br>EFE"), says who sent
 * the picture; the list, not the shape, is the evidence: "(PSOE)" after
 * a politician's name is an acronym too, and is read
 * (tests/pages/b32-nl-nieuws-dijkpad-fotocredits, nl-regio-fotobijschrift-persbureau). */
static bool agency_listed(const char *s)
{
    const char *p = s;

    while (*p) {
        size_t n = strcspn(p, "/");
        const char *w = p, *e = p + n;
        while (w < e && *w == ' ')
            w++;
        while (e > w && e[-1] == ' ')
            e--;
        if (e == w || !agency_word(w, (size_t)(e - w)))
            return false;
        p += n + (p[n] == '/');
    }
    return p != s;
}

/* Is the word at W, N bytes, a medium a credit names before its colon,
 * of [extract.credit_medium] ("Vídeo", "Video", "Audio")? */
static bool medium_word(const char *w, size_t n)
{
    size_t i, count;
    const al_lang_entry *e = al_lang_table("extract.credit_medium", NULL, &count);
    char *head = al_strndup(w, n), *key = head ? al_text_key(head) : NULL;
    bool hit = false;

    for (i = 0; key && i < count && !hit; i++) {
        char *ek = al_text_key(e[i].key);
        hit = ek && strcmp(ek, key) == 0;
        free(ek);
    }
    free(key);
    free(head);
    return hit;
}

/* Does S name who filmed or recorded the medium a caption shows: a word
 * of [extract.credit_medium], its colon, then nothing but a person's
 * name of two to MEDIUM_NAME_MAX_WORDS capitalised words or a listed
 * agency ("Vídeo: Álvaro Gimeno", "Video: Reuters")? A video's caption
 * that opens with the same word tells what it shows in a sentence ("Vídeo:
 * así fue la chocolatada"), lower-case words a name has not
 * (tests/pages/b32-es-diario-escuela-rural-efe-fuente-ine with its classes
 * stripped, es-video-pie-credito-realizacion). */
#define MEDIUM_NAME_MAX_WORDS 4
static bool medium_credit(const char *s)
{
    size_t n = strcspn(s, ": ");
    const char *name = s + n;
    size_t words;

    if (n == 0 || name[0] != ':' || name[1] != ' ' || !medium_word(s, n))
        return false;
    name += 2;
    words = al_text_words(name);
    return agency_listed(name) ||
           (words >= 2 && words <= MEDIUM_NAME_MAX_WORDS && !strpbrk(name, ",;:") && shaped_as(name, true));
}

/* Is S, a caption's whole text, a credit label and then nothing but a
 * name, with no ':' or "by" word between ("Beeld Getty Images", "Foto
 * ANP", "Illustratie Studio Vlinder"): the label, then a listed agency
 * or LABEL_NAME_MIN_WORDS to OUTLET_NAME_MAX_WORDS capitalised words, no
 * mark of a sentence or a list? A caption that says what the picture
 * shows has lower-case words or a sentence's stop; one that is only a
 * label and a name says who made it (tests/pages/b39-nl-vraag-antwoord-
 * lezersvraag-expert with its classes stripped, nl-caption-label-naam). */
#define LABEL_NAME_MIN_WORDS 2
static bool caption_label_name(const char *s)
{
    for (const char *p = strchr(s, ' '); p && p - s <= 40; p = strchr(p + 1, ' ')) {
        const char *rest = p + 1;
        size_t words;
        if (!label_is_credit(s, (size_t)(p - s)))
            continue;
        words = al_text_words(rest);
        if (*rest && !strpbrk(rest, ",;:.!?()") && words <= OUTLET_NAME_MAX_WORDS &&
            (agency_listed(rest) || (words >= LABEL_NAME_MIN_WORDS && shaped_as(rest, true))))
            return true;
    }
    return false;
}

bool al_credit_shaped(const char *text)
{
    return al_text_words(text) >= 2 && shaped_credit(text);
}

/* A credit label's colon: the first ':' within LABEL_COLON_MAX bytes of
 * W, or NULL. The search stops there, not at the text's end: it runs at
 * every word of a caption, and a caption of 1 MB has 300,000 of them. */
#define LABEL_COLON_MAX 40
static char *label_colon(char *w)
{
    for (size_t i = 0; i <= LABEL_COLON_MAX && w[i]; i++)
        if (w[i] == ':')
            return w + i;
    return NULL;
}

/* Is S, whole, a credit label and nothing more ("Archivbild", "File
 * photo", "foto d'archivio"), once a final full stop is set aside? A
 * label says where the picture comes from; said alone, or alone in
 * brackets at a caption's end, it tells the listener nothing of what
 * the picture shows. (tests/pages/b30-it-regionale-scuolabus-leggi-anche,
 * de-lokal-archivbild-bildunterschrift) */
static bool label_only(const char *s)
{
    size_t n = strlen(s);

    while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
        n--;
    return n > 0 && n <= 40 && label_is_credit(s, n);
}

bool al_credit_label_alone(const char *text)
{
    return text && label_only(text);
}

/* Where the credit at the end of TEXT starts, or NULL when it has none. */
static char *credit_start(char *text)
{
    static const char *const boundaries[] = { ". ", "| ", "\xE2\x80\x94 ", "\xE2\x80\x93 ", " - ", "(", "[",
                                              "; ", ", ", "\n" };
    char *best = NULL;

    if (labelled_credit(text) || shaped_credit(text) || label_only(text) || agency_listed(text) ||
        medium_credit(text) || caption_label_name(text))
        return text;                   /* nothing but a credit ("EFE/Raquel Manzanares") */
    for (size_t b = 0; b < sizeof(boundaries) / sizeof(boundaries[0]); b++) {
        size_t bl = strlen(boundaries[b]);
        for (char *p = strstr(text, boundaries[b]); p; p = strstr(p + 1, boundaries[b])) {
            char *seg = p + bl, *end;
            char *copy;
            bool credit;

            while (*seg == ' ')
                seg++;
            if (!*seg || (best && seg >= best))
                continue;
            if (!(copy = al_strdup(seg)))
                return NULL;
            end = copy + strlen(copy);
            while (end > copy && strchr(" .)]", end[-1]))
                *--end = '\0';
            /* a comma only separates a shaped credit ("..., Jane Doe/AFP") */
            credit = (strcmp(boundaries[b], ", ") != 0 && labelled_credit(copy)) || shaped_credit(copy) ||
                     (b == 0 && labelled_author(copy)) ||
                     (boundaries[b][0] != ',' && boundaries[b][0] != ';' &&
                      (agency_listed(copy) || medium_credit(copy))) ||
                     ((boundaries[b][0] == '(' || boundaries[b][0] == '[') &&
                      (bracketed_label_name(copy) || bracketed_courtesy(copy) || bracketed_outlet_name(copy) ||
                       label_only(copy)));
            free(copy);
            if (credit)
                best = (b == 0) ? p + 1 : p;   /* keep the sentence's full stop */
        }
    }
    /* a capitalised label and its colon after a caption with no full stop,
     * then only a name ("... from divers' surveys Photograph: Ed Brannigan") */
    for (char *p = strchr(text, ' '); p; p = strchr(p + 1, ' ')) {
        char *w = p + 1, *colon = label_colon(w);
        if ((best && w >= best) || !colon ||
            !((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0xC0))
            continue;
        if (label_is_credit(w, (size_t)(colon - w)) && colon[1] == ' ' && shaped_as(colon + 2, true)) {
            best = p;
            break;
        }
    }
    /* a label glued to the caption's last word, two spans with no space
     * between them ("... van het centrumbureauBeeld: Omroep Veluwerand /
     * Rik Aalbers"): a lower-case letter, then a capitalised credit label,
     * its colon and only a name */
    for (char *p = text + 1; *p; p++) {
        char *colon;
        if ((best && p >= best) || !(*p >= 'A' && *p <= 'Z') || !(p[-1] >= 'a' && p[-1] <= 'z') ||
            !(colon = label_colon(p)))
            continue;
        if (label_is_credit(p, (size_t)(colon - p)) && colon[1] == ' ' && shaped_as(colon + 2, true)) {
            best = p;
            break;
        }
    }
    /* a copyright sign with no boundary before it, then a short credit
     * to the caption's end ("... alla stazione Tiburtina © ANSA"): the
     * sign sets the credit apart as a boundary does */
    for (char *p = strstr(text, " \xC2\xA9"); p; p = strstr(p + 1, " \xC2\xA9")) {
        const char *c = p + 3;
        size_t n = strlen(c);
        if ((best && p >= best) || p == text || al_text_words(c) > CREDIT_MAX_WORDS || strstr(c, ". ") ||
            (n && strchr("!?:", c[n - 1])))
            continue;
        best = p;
        break;
    }
    /* a label glued to the sentence before it ("...la manhã.Fotografia: X/Lusa") */
    for (char *p = strchr(text, '.'); p; p = strchr(p + 1, '.')) {
        if ((best && p + 1 >= best) || !((p[1] >= 'A' && p[1] <= 'Z') || (unsigned char)p[1] >= 0xC0))
            continue;
        if (labelled_credit(p + 1)) {
            best = p + 1;
            break;
        }
    }
    return best;
}

/* A credit label left alone before the cut ("... Tatrzańskiej. Fot." once
 * the name after it is cut): where it starts, or CUT. The label is what
 * follows the caption's last sentence end, or its last word when that is
 * capitalised: a caption with no full stop of its own ("... na skoczni
 * Rukatunturi Fot. PAP/Jan Nowak"); a sentence's lower-case last word
 * ("... a photo.") stays. */
static char *dangling_label(char *text, char *cut)
{
    char *end = cut, *start;

    while (end > text && end[-1] == ' ')
        end--;
    for (start = end; start > text && !(start[-1] == ' ' && start - 1 > text && strchr(".!?", start[-2]));
         start--)
        ;
    if (end - start > 0 && end - start <= 20 && label_is_credit(start, (size_t)(end - start)))
        return start;
    for (start = end; start > text && start[-1] != ' '; start--)
        ;
    if (start > text && end - start > 0 && end - start <= 20 &&
        ((*start >= 'A' && *start <= 'Z') || (unsigned char)*start >= 0xC0) &&
        label_is_credit(start, (size_t)(end - start)))
        return start;
    return cut;
}

bool al_credit_bracketed(const char *text)
{
    size_t n = strlen(text);
    char *inner;
    bool hit;

    if (n < 3 || text[0] != '(' || text[n - 1] != ')' || memchr(text + 1, '(', n - 2) || memchr(text + 1, ')', n - 2))
        return false;
    if (!(inner = al_strndup(text + 1, n - 2)))
        return false;
    /* a handle, or three words: "(Input/Output)" is two words, not a credit */
    hit = shaped_credit(inner) && (strchr(inner, '@') || al_text_words(inner) >= BRACKETED_MIN_WORDS);
    free(inner);
    return hit;
}

/* Where the counter "N of M" / "N/M" at P ends (a word of
 * [extract.counter_of] between, or "/" when SLASH), the first number not
 * past the second and the second at least 2; NULL when P holds none. */
const char *al_counter_end(const char *p, bool slash)
{
    unsigned long a, b;
    char *end;
    size_t n, k, count;

    if (!(*p >= '0' && *p <= '9'))
        return NULL;
    a = strtoul(p, &end, 10);
    p = end + strspn(end, " ");
    if (*p == '/') {
        if (!slash)
            return NULL;
        p++;
    } else {
        const al_lang_entry *e = al_lang_table("extract.counter_of", NULL, &count);
        n = strcspn(p, " ");
        for (k = 0; k < count && !(strlen(e[k].key) == n && strncasecmp(p, e[k].key, n) == 0); k++)
            ;
        if (n == 0 || k == count)
            return NULL;
        p += n;
    }
    p += strspn(p, " ");
    if (!(*p >= '0' && *p <= '9'))
        return NULL;
    b = strtoul(p, &end, 10);
    return a >= 1 && a <= b && b >= 2 ? end : NULL;
}

/* A slideshow's counter opening a caption ("1 / 12 The basket maker at
 * work", "2 of 8 ..."): where the caption's own text starts after it, or
 * TEXT when it opens with none. The counter is a word of its own, a space
 * after it and more text follow. */
static char *past_counter(char *text)
{
    const char *end = al_counter_end(text, true);

    if (!end || *end != ' ')
        return text;
    end += strspn(end, " ");
    return *end ? (char *)end : text;
}

/* Node I's last child that holds text (an element with text, or a text
 * node of more than white space), or -1: an icon's empty element after
 * the credit (a share button's <svg>) does not end the caption. */
static int last_child(const al_dom *dom, int i)
{
    int last = -1;

    for (int j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end) {
        const al_node *n = &dom->nodes[j];

        if (n->flags & AL_NODE_TEXT) {
            if (n->text_len > 1)
                last = j;
        } else if (n->text_len > 0) {
            char *t = al_dom_text(dom, j, true);

            if (t && *t)
                last = j;
            free(t);
        }
    }
    return last;
}

/* Is S, whole, a credit mark of [extract.credit_mark] ("DR", droits
 * réservés), matched as written: a mark without a name, which a caption's
 * last element holds alone. */
static bool credit_mark(const char *s)
{
    size_t i, count;
    const al_lang_entry *e = al_lang_table("extract.credit_mark", NULL, &count);

    for (i = 0; i < count; i++)
        if (strcmp(s, e[i].key) == 0)
            return true;
    return false;
}

static bool inline_credit_tag(GumboTag t)
{
    return t == GUMBO_TAG_SPAN || t == GUMBO_TAG_SMALL || t == GUMBO_TAG_EM || t == GUMBO_TAG_I ||
           t == GUMBO_TAG_CITE || t == GUMBO_TAG_B || t == GUMBO_TAG_STRONG;
}

/* Does S open with a credit label of one to three words ("Photo",
 * "Crédit photo") and go on after it? */
#define OPEN_LABEL_MAX_WORDS 3
static bool opens_with_label(const char *s)
{
    const char *p = s;

    for (int w = 0; w < OPEN_LABEL_MAX_WORDS && (p = strchr(p, ' ')) != NULL; w++, p++)
        if (p - s <= 40 && label_is_credit(s, (size_t)(p - s)))
            return true;
    return false;
}

/* Does the caption's text before AT (TEXT's part before the last
 * element) end as a sentence, its stop then a space? */
static bool after_sentence(const char *text, const char *at)
{
    while (at > text && at[-1] == ' ')
        at--;
    for (;;) {                                 /* a closing quote or bracket */
        if (at > text && (at[-1] == '"' || at[-1] == ')'))
            at--;
        else if (at - text >= 2 && strncmp(at - 2, "\xC2\xBB", 2) == 0)      /* » */
            at -= 2;
        else if (at - text >= 3 && strncmp(at - 3, "\xE2\x80\x9D", 3) == 0) /* ” */
            at -= 3;
        else
            break;
    }
    return at > text && strchr(".!?", at[-1]);
}

/* Is the word at W, N bytes, a particle of [page.name_particle] ("de",
 * "la", "van"), matched as written: in lower case, inside a name? */
static bool particle_word(const char *w, size_t n)
{
    return table_word("page.name_particle", w, n, false);
}

/* Is S a person's name alone: BARE_NAME_MIN_WORDS to BARE_NAME_MAX_WORDS
 * capitalised words, the first and the last, with only name particles of
 * [page.name_particle] between them ("María José de la Fuente"), no digit,
 * comma or colon? In the caption's last element, after the caption's own
 * sentence, it is the photographer's ("... al descubierto, el pasado
 * domingo. <span>Rafa Almansa</span>"): what the picture shows is said in
 * the sentence; a name set apart after it is who took it. A place after a
 * comma ("Catedral de Burgos, al fondo") or a name inside the sentence
 * ("... junto a <span>Andrés Molina</span>") is read
 * (tests/pages/b32-es-noticia-embalse-tarjetas-video-encuesta,
 * es-pie-foto-firma-nombre). */
#define BARE_NAME_MIN_WORDS 2
#define BARE_NAME_MAX_WORDS 4
static bool bare_name(const char *s)
{
    size_t caps = 0;
    bool last_cap = false;

    if (strpbrk(s, ",;:()0123456789"))
        return false;
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, " ");
        if (n) {
            last_cap = (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xC0;
            if (last_cap)
                caps++;
            else if (caps == 0 || !particle_word(p, n))
                return false;          /* a lower-case word: a phrase, not a name */
        }
        p += n;
        p += strspn(p, " ");
    }
    return last_cap && caps >= BARE_NAME_MIN_WORDS && caps <= BARE_NAME_MAX_WORDS;
}

/* The caption's own sentence before a bare name is one of at least this
 * many words: a title and a year before an artist's name ("Impression,
 * Sunrise, 1872. <em>Claude Monet</em>") name a work, and the name is the
 * work's author, which is read. */
#define SENTENCE_MIN_WORDS 6

/* The number of words of TEXT before AT. */
static size_t words_before(const char *text, const char *at)
{
    char *head = al_strndup(text, (size_t)(at - text));
    size_t n = head ? al_text_words(head) : 0;

    free(head);
    return n;
}

/* Is T, the caption's last element at AT in TEXT, a bare name after a
 * sentence of the caption's own of SENTENCE_MIN_WORDS words or more? */
static bool name_after_sentence(const char *text, const char *at, const char *t)
{
    return after_sentence(text, at) && bare_name(t) && words_before(text, at) >= SENTENCE_MIN_WORDS;
}

/* Where in TEXT, a caption's text, a credit on a line of its own starts
 * (its line break), or NULL: the caption's last line, after a <br>, is a
 * bare name (bare_name: two to four capitalised words and name particles,
 * no digit, comma or colon) and the text before the
 * break ends the caption's own sentence of SENTENCE_MIN_WORDS words or
 * more ("Gerrit Bosman in 2019 in zijn doka aan de Kerkstraat.<br>
 * Fotopersbureau Wierda"). The line break sets the name apart as the last
 * inline element does in name_after_sentence: what the picture shows is
 * said in the sentence, the name alone under it is who took or sent it
 * (tests/pages/b47-nl-fotograaf-bosman-overleden,
 * de-bildunterschrift-zeile-fotograf). A title and a year before an
 * artist's name are fewer words, and a line that is a sentence is read. */
static char *line_name_credit(char *text)
{
    char *nl = strrchr(text, '\n');

    if (!nl || nl == text || !name_after_sentence(text, nl, nl + 1))
        return NULL;
    return nl;
}

/* Is S initials alone, capitals and full stops with one stop at least
 * ("S.M.", "J.-P.D.")? */
static bool initials(const char *s)
{
    bool stop = false;

    for (; *s; s++) {
        if (*s == '.')
            stop = true;
        else if (!(*s >= 'A' && *s <= 'Z') && *s != '-')
            return false;
    }
    return stop;
}

/* Does T, the caption's last element, credit the picture to the site
 * itself: SITE's name (og:site_name, or the name the page gives itself)
 * and then nothing, or a dash, a bar or a slash and a person's name or
 * initials ("Le Courrier du Quercy - S. M.", "La Gazette / Jean
 * Martin")? A paper's own photographer is credited by the paper's name;
 * what the picture shows is said before it. The site's name alone must
 * follow the caption's own sentence (SENTENCE_BEFORE): with a name after a
 * separator the pair is a credit's shape wherever it stands
 * (tests/pages/b33-fr-quotidien-cantine-lycee-lire-aussi-meme-sujet with
 * its classes stripped, fr-legende-credit-journal-initiales). */
static bool site_credit(const char *t, const char *site, bool sentence_before)
{
    static const char *const seps[] = { " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " / ", " | ", "/" };
    size_t n = site ? strlen(site) : 0;
    const char *rest;

    if (n == 0 || strncasecmp(t, site, n) != 0)
        return false;
    rest = t + n;
    if (!*rest)
        return sentence_before;
    for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
        size_t m = strlen(seps[k]);
        if (strncmp(rest, seps[k], m) == 0)
            return bare_name(rest + m) || initials(rest + m);
    }
    return false;
}

/* Where in TEXT, caption node I's text, the credit that the caption's
 * last inline element holds starts, or NULL; SITE is the site's name
 * (may be NULL). */
static char *credit_element(const al_dom *dom, int i, char *text, const char *site)
{
    int last = i >= 0 ? last_child(dom, i) : -1;
    char *t, *at = NULL;
    size_t n, tl;

    if (last < 0 || (dom->nodes[last].flags & AL_NODE_TEXT) || !inline_credit_tag(dom->nodes[last].tag) ||
        !(t = al_dom_text(dom, last, true)))
        return NULL;
    n = strlen(t);
    tl = strlen(text);
    /* set off by a space, or glued to the caption's closing stop by
     * markup with no space between ("... on Thursday.<span>Anna Berg /
     * AFP</span>") */
    if (n > 0 && n < tl && strcmp(text + tl - n, t) == 0 &&
        (text[tl - n - 1] == ' ' || (strchr(".!?", text[tl - n - 1]) && !strchr(".!?", t[0]))) &&
        al_text_words(t) <= CREDIT_MAX_WORDS &&
        ((!strchr(".!?", t[n - 1]) &&
          (opens_with_label(t) || credit_mark(t) || (shaped_credit(t) && al_text_words(t) >= BRACKETED_MIN_WORDS) ||
           name_after_sentence(text, text + tl - n, t))) ||
         site_credit(t, site, after_sentence(text, text + tl - n))))
        at = text + tl - n;
    free(t);
    return at;
}

/* Node I's first child that holds text, or -1. */
static int first_child(const al_dom *dom, int i)
{
    for (int j = i + 1; j < dom->nodes[i].end; j = dom->nodes[j].end)
        if (!(dom->nodes[j].flags & AL_NODE_TEXT) || dom->nodes[j].text_len > 1)
            return j;
    return -1;
}

/* "Jane Doe for The Ledger": a name, "for", then the paper's capitalised
 * name; how a newspaper credits a freelance's picture. */
static bool for_credit(const char *s)
{
    const char *f = strstr(s, " for ");
    char *name;
    bool hit;

    if (!f || !(name = al_strndup(s, (size_t)(f - s))))
        return false;
    f += 5;
    if (strncasecmp(f, "the ", 4) == 0)
        f += 4;
    hit = shaped_as(name, true) && al_text_words(name) <= 4 && shaped_as(f, true);
    free(name);
    return hit;
}

/* A caption is words of a sentence: at least this many after a credit
 * that opens it. */
#define LEAD_CAPTION_MIN_WORDS 3

/* A credit that opens the caption, before its own text ("Bild: Jens
 * Kowalski – Die alten Rohre ...", "<small>© Studio Ker</small> Les
 * halles ..."): where the caption's text starts after it, or TEXT when it
 * opens with none. Evidence, either:
 *   - the caption's first child is an inline element whose text opens the
 *     caption and is a credit: labelled or '©', shaped as one ("Jane
 *     Doe/AFP"), or a name "for" a paper; at most CREDIT_MAX_WORDS and
 *     no sentence;
 *   - or the text up to the first dash or bar between spaces is a credit
 *     label, its colon and only a name, or '©' and a name.
 * Either way at least LEAD_CAPTION_MIN_WORDS words follow: a credit
 * alone is cut by credit_start(). */
static char *lead_credit(const al_dom *dom, int i, char *text)
{
    static const char *const dashes[] = { " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " - " };
    int first = dom && i >= 0 ? first_child(dom, i) : -1;
    char *t, *rest = NULL;

    if (first >= 0 && !(dom->nodes[first].flags & AL_NODE_TEXT) && inline_credit_tag(dom->nodes[first].tag) &&
        (t = al_dom_text(dom, first, true)) != NULL) {
        size_t n = strlen(t);
        if (n > 0 && strncmp(text, t, n) == 0 && text[n] == ' ' && al_text_words(t) <= CREDIT_MAX_WORDS &&
            !strchr(".!?", t[n - 1]) && (labelled_credit(t) || shaped_credit(t) || for_credit(t)))
            rest = text + n;
        free(t);
    }
    for (size_t b = 0; !rest && b < sizeof(dashes) / sizeof(dashes[0]); b++) {
        char *d = strstr(text, dashes[b]), *head, *name;
        bool copyright;
        if (!d || d - text > 80 || !(head = al_strndup(text, (size_t)(d - text))))
            continue;
        copyright = strncmp(head, "\xC2\xA9", 2) == 0;
        name = copyright ? head + 2 : label_colon(head);
        if (name && (copyright || label_is_credit(head, (size_t)(name - head)))) {
            name += strspn(name, ": ");
            if (*name && shaped_as(name, true))
                rest = d + strlen(dashes[b]);
        }
        free(head);
    }
    if (!rest)
        return text;
    rest += strspn(rest, " ");
    return al_text_words(rest) >= LEAD_CAPTION_MIN_WORDS ? rest : text;
}

/* A label that says only "caption", opening the caption before a colon
 * ([extract.caption_label]: "Legenda:", "Légende :", "Bijschrift:",
 * "Caption:", often in bold: tests/pages/
 * b34-pt-pt-noticias-cheias-mondego-fotogaleria, pt-fotogaleria-legenda):
 * where the caption's own text starts after it, or TEXT when it opens with
 * none. The label names the block a listener already hears as a caption;
 * at least LEAD_CAPTION_MIN_WORDS words must follow it. */
#define CAPTION_LABEL_COLON_MAX 24
static char *past_caption_label(char *text)
{
    char *colon = strchr(text, ':'), *head, *key, *rest;
    size_t k, n;
    const al_lang_entry *e;
    bool hit = false;

    if (!colon || colon == text || colon - text > CAPTION_LABEL_COLON_MAX ||
        !(head = al_strndup(text, (size_t)(colon - text))))
        return text;
    key = al_text_key(head);
    e = al_lang_table("extract.caption_label", NULL, &n);
    for (k = 0; key && *key && k < n && !hit; k++) {
        const char *w = al_lang_entry_key(&e[k]);
        hit = w && strcmp(w, key) == 0;
    }
    free(key);
    free(head);
    rest = colon + 1 + strspn(colon + 1, " ");
    return hit && al_text_words(rest) >= LEAD_CAPTION_MIN_WORDS ? rest : text;
}

/* A caption's control: "View Full Caption", "Show more". */
#define CONTROL_MAX_WORDS 4

/* Is node J a control that leads nowhere: a <button>, role=button, or a
 * link with no real target? */
static bool control_element(const al_dom *dom, int j)
{
    const char *role = al_dom_attr(dom, j, "role"), *href;

    if (dom->nodes[j].tag == GUMBO_TAG_BUTTON || (role && strcasecmp(role, "button") == 0))
        return true;
    if (dom->nodes[j].tag != GUMBO_TAG_A)
        return false;
    href = al_dom_attr(dom, j, "href");
    return !href || href[0] == '#' || strncasecmp(href, "javascript:", 11) == 0;
}

/* Where in TEXT, caption node I's text, the control that ends the
 * caption starts (TEXT itself when the block is nothing but it), or
 * NULL. */
static char *control_tail(const al_dom *dom, int i, char *text)
{
    int last = i >= 0 ? last_child(dom, i) : -1;
    char *t, *at = NULL;
    size_t n, tl;

    if (last < 0 || (dom->nodes[last].flags & AL_NODE_TEXT) || !control_element(dom, last) ||
        !(t = al_dom_text(dom, last, true)))
        return NULL;
    n = strlen(t);
    tl = strlen(text);
    if (n > 0 && n <= tl && strcmp(text + tl - n, t) == 0 && (n == tl || text[tl - n - 1] == ' ') &&
        al_text_words(t) <= CONTROL_MAX_WORDS && !strpbrk(t, ".!?"))
        at = text + tl - n;
    free(t);
    return at;
}

/* Does TEXT, up to CUT (a control's text), end in an ellipsis: a caption
 * cut short for its "View Full Caption", in a box no <figcaption> marks
 * ("... provided by... <a href="javascript:void(0)">View Full
 * Caption</a>")? */
static bool truncated_before(const char *text, const char *cut)
{
    while (cut > text && cut[-1] == ' ')
        cut--;
    return (cut - text >= 3 && strncmp(cut - 3, "...", 3) == 0) ||
           (cut - text >= 3 && strncmp(cut - 3, "\xE2\x80\xA6", 3) == 0);
}

/* Ends IT's text before the control at CUT and the spaces before it; a
 * link's text goes with it from the link count, a button's never counted. */
static void cut_control(al_item *it, char *cut)
{
    unsigned before = it->text_len;

    while (cut > it->text && cut[-1] == ' ')
        cut--;
    *cut = '\0';
    it->text_len = al_utf8_chars(it->text);
    it->link_len -= it->link_len > before - it->text_len ? before - it->text_len : it->link_len;
}

/* An old table layout's picture cell: table cell I holds one picture
 * before any of its text, and the text is its caption ("<td><img><br>
 * <font>The Harlow Belle loads cars ...</font><br><font><i>Courier photo
 * by Ned Albright</i></font></td>"). No <figcaption> marks it; the
 * picture first in the cell and the few words after it do. */
#define PICTURE_CELL_MAX_WORDS 60
static bool picture_cell(const al_dom *dom, int i)
{
    if (i < 0 || i >= dom->count || dom->nodes[i].tag != GUMBO_TAG_TD || dom->nodes[i].img_count != 1)
        return false;
    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        if (dom->nodes[j].tag == GUMBO_TAG_IMG && !(dom->nodes[j].flags & AL_NODE_TEXT))
            return true;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) && dom->nodes[j].text_len > 0) {
            char *t = al_dom_text(dom, j, false);
            bool words = !t || t[strspn(t, " \t\n\r")];
            free(t);
            if (words)
                return false;
        }
    }
    return false;
}

/* The last line of picture cell IT's text, after a <br>, when it is a
 * labelled credit ("Courier photo by Ned Albright"): where it starts
 * (its line break), or NULL. */
static char *cell_credit_line(const al_dom *dom, const al_item *it)
{
    char *nl;

    if (it->junk || it->kind != ALOUD_BLOCK_PARAGRAPH || !it->text || !dom || !picture_cell(dom, it->node) ||
        al_text_words(it->text) > PICTURE_CELL_MAX_WORDS || !(nl = strrchr(it->text, '\n')) || nl == it->text)
        return NULL;
    return labelled_credit(nl + 1) && al_text_words(nl + 1) <= CREDIT_MAX_WORDS ? nl : NULL;
}

/* A separator left at the end of caption IT once what it separated was
 * dropped before it reached the item (a credit span dropped by its class:
 * "... junto al antiguo embarcadero. — <span class="credito">Crédito:
 * Agencia Levante</span>" gives "... embarcadero. —"): a dash, bar, slash
 * or bullet after a space, with the caption's node holding more text after
 * it (the evidence that something followed it). Nothing follows it for a
 * listener, so it goes (b36-es-fotorreportaje-salinas-creditos,
 * es-pie-foto-guion-credito). */
static void cut_dangling_separator(al_item *it, const al_dom *dom)
{
    static const char *const seps[] = { " \xE2\x80\x94", " \xE2\x80\x93", " -", " |", " /",
                                        " \xC2\xB7", " \xE2\x80\xA2", NULL };
    size_t tl = strlen(it->text);
    char *full, *at;

    if (!dom || it->node < 0)
        return;
    for (size_t k = 0; seps[k]; k++) {
        size_t sl = strlen(seps[k]);
        bool more;

        if (tl <= sl || strcmp(it->text + tl - sl, seps[k]) != 0)
            continue;
        if (!(full = al_dom_text(dom, it->node, false)))
            return;
        at = strstr(full, it->text);
        more = at && at[tl] != '\0';
        free(full);
        if (!more)
            return;
        at = it->text + tl - sl;
        while (at > it->text && at[-1] == ' ')
            at--;
        *at = '\0';
        it->text_len = al_utf8_chars(it->text);
        if (it->link_len > it->text_len)
            it->link_len = it->text_len;
        return;
    }
}

void al_credits_trim(al_items *items, const al_dom *dom, const char *site, const char *title)
{
    for (size_t i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        char *cut;

        if ((cut = cell_credit_line(dom, it)) != NULL) {
            while (cut > it->text && (cut[-1] == ' ' || cut[-1] == '\n'))
                cut--;
            *cut = '\0';
            it->text_len = al_utf8_chars(it->text);
            if (it->link_len > it->text_len)
                it->link_len = it->text_len;
            continue;
        }

        if (!it->junk && it->kind != ALOUD_BLOCK_CAPTION && al_item_is_block(it) && it->text && dom &&
            (cut = control_tail(dom, it->node, it->text)) != NULL && truncated_before(it->text, cut)) {
            cut_control(it, cut);
            continue;
        }
        if (it->junk || it->kind != ALOUD_BLOCK_CAPTION || !it->text)
            continue;
        if (dom && (cut = control_tail(dom, it->node, it->text)) != NULL) {
            cut_control(it, cut);
            if (!*it->text) {
                it->junk = true;      /* nothing but the control */
                continue;
            }
        }
        if ((cut = past_counter(it->text)) != it->text) {
            memmove(it->text, cut, strlen(cut) + 1);
            it->text_len = al_utf8_chars(it->text);
        }
        if ((cut = past_caption_label(it->text)) != it->text) {
            memmove(it->text, cut, strlen(cut) + 1);
            it->text_len = al_utf8_chars(it->text);
        }
        if ((cut = lead_credit(dom, it->node, it->text)) != it->text) {
            memmove(it->text, cut, strlen(cut) + 1);
            it->text_len = al_utf8_chars(it->text);
        }
        if (!(cut = credit_start(it->text)) && !(dom && (cut = credit_element(dom, it->node, it->text, site))) &&
            !(cut = line_name_credit(it->text))) {
            cut_dangling_separator(it, dom);
            continue;
        }
        cut = dangling_label(it->text, cut);
        while (cut > it->text && (cut[-1] == ' ' || cut[-1] == '|' || cut[-1] == ','))
            cut--;
        *cut = '\0';
        /* a caption that is the title once its credit is cut repeats the
         * title, heard already (blocks.c caption-is-title judged it with
         * the credit on: "Stuletni tramwaj ... <span>Fot. NAME</span>",
         * tests/pages/de-lokal-titelbild-bildunterschrift-credit) */
        if (!*it->text || (title && al_text_same_words(it->text, title)))
            it->junk = true;          /* nothing but a credit, or the title */
        it->text_len = al_utf8_chars(it->text);
        if (it->link_len > it->text_len)
            it->link_len = it->text_len;
    }
}
