/*
 * lexicon.c - the boilerplate phrases, as data.
 *
 * To extend: add a phrase to the right kind below, written as it appears
 * on pages; case and punctuation do not matter. SHARE phrases must make up
 * the whole block; READMORE, HEADING, GOBACK and META phrases must start
 * it; the others may appear anywhere in it (on word boundaries).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "util.h"

typedef struct {
    al_lex_kind kind;
    const char *phrase;
} entry;

static const entry lexicon[] = {
    /* ---- share widgets ---- */
    { AL_LEX_SHARE, "share" }, { AL_LEX_SHARE, "shares" }, { AL_LEX_SHARE, "share this" },
    { AL_LEX_SHARE, "share this article" }, { AL_LEX_SHARE, "share this post" },
    { AL_LEX_SHARE, "share this story" }, { AL_LEX_SHARE, "share on" }, { AL_LEX_SHARE, "tweet" },
    { AL_LEX_SHARE, "pin" }, { AL_LEX_SHARE, "pin it" }, { AL_LEX_SHARE, "spread the love" },
    { AL_LEX_SHARE, "facebook" }, { AL_LEX_SHARE, "twitter" }, { AL_LEX_SHARE, "x" },
    { AL_LEX_SHARE, "linkedin" }, { AL_LEX_SHARE, "pinterest" }, { AL_LEX_SHARE, "reddit" },
    { AL_LEX_SHARE, "whatsapp" }, { AL_LEX_SHARE, "telegram" }, { AL_LEX_SHARE, "email" },
    { AL_LEX_SHARE, "e mail" }, { AL_LEX_SHARE, "mail" }, { AL_LEX_SHARE, "print" },
    { AL_LEX_SHARE, "copy link" }, { AL_LEX_SHARE, "flipboard" }, { AL_LEX_SHARE, "tumblr" },
    { AL_LEX_SHARE, "bluesky" }, { AL_LEX_SHARE, "mastodon" }, { AL_LEX_SHARE, "threads" },
    { AL_LEX_SHARE, "like" }, { AL_LEX_SHARE, "save" }, { AL_LEX_SHARE, "teilen" },
    { AL_LEX_SHARE, "artikel teilen" }, { AL_LEX_SHARE, "drucken" }, { AL_LEX_SHARE, "partager" },
    { AL_LEX_SHARE, "partager cet article" }, { AL_LEX_SHARE, "imprimer" },
    { AL_LEX_SHARE, "compartir" }, { AL_LEX_SHARE, "comparte" }, { AL_LEX_SHARE, "imprimir" },
    { AL_LEX_SHARE, "condividi" }, { AL_LEX_SHARE, "stampa" }, { AL_LEX_SHARE, "delen" },
    { AL_LEX_SHARE, "deel" }, { AL_LEX_SHARE, "compartilhar" }, { AL_LEX_SHARE, "compartilhe" }, { AL_LEX_SHARE, "x" },
    { AL_LEX_SHARE, "поделиться" }, { AL_LEX_SHARE, "シェア" },
    /* ad labels and reaction counters, alone in a block */
    { AL_LEX_SHARE, "advertisement" }, { AL_LEX_SHARE, "advertising" }, { AL_LEX_SHARE, "ad" },
    { AL_LEX_SHARE, "sponsored" }, { AL_LEX_SHARE, "anzeige" }, { AL_LEX_SHARE, "werbung" },
    { AL_LEX_SHARE, "publicité" }, { AL_LEX_SHARE, "publicidad" }, { AL_LEX_SHARE, "pubblicità" },
    { AL_LEX_SHARE, "advertentie" }, { AL_LEX_SHARE, "publicidade" }, { AL_LEX_SHARE, "реклама" },
    { AL_LEX_SHARE, "likes" }, { AL_LEX_SHARE, "reactions" }, { AL_LEX_SHARE, "reply" },
    { AL_LEX_SHARE, "replies" }, { AL_LEX_SHARE, "quote" }, { AL_LEX_SHARE, "report" },
    { AL_LEX_SHARE, "previous" }, { AL_LEX_SHARE, "next" }, { AL_LEX_SHARE, "prev" },
    { AL_LEX_SHARE, "zurück" }, { AL_LEX_SHARE, "weiter" }, { AL_LEX_SHARE, "précédent" },
    { AL_LEX_SHARE, "suivant" }, { AL_LEX_SHARE, "anterior" }, { AL_LEX_SHARE, "siguiente" },
    { AL_LEX_SHARE, "precedente" }, { AL_LEX_SHARE, "successivo" }, { AL_LEX_SHARE, "vorige" },
    { AL_LEX_SHARE, "volgende" }, { AL_LEX_SHARE, "próximo" },
    { AL_LEX_SHARE, "photo" }, { AL_LEX_SHARE, "photos" }, { AL_LEX_SHARE, "video" },
    { AL_LEX_SHARE, "gallery" }, { AL_LEX_SHARE, "watch" }, { AL_LEX_SHARE, "listen" },
    { AL_LEX_SHARE, "audio" }, { AL_LEX_SHARE, "foto" }, { AL_LEX_SHARE, "fotos" },
    { AL_LEX_SHARE, "bild" }, { AL_LEX_SHARE, "galerie" },
    { AL_LEX_SHARE, "languages" }, { AL_LEX_SHARE, "comments" }, { AL_LEX_SHARE, "views" },
    { AL_LEX_SHARE, "copiar link" }, { AL_LEX_SHARE, "copier le lien" }, { AL_LEX_SHARE, "link kopieren" },
    { AL_LEX_SHARE, "공유" }, { AL_LEX_SHARE, "공유하기" }, { AL_LEX_SHARE, "κοινοποιήστε" },
    { AL_LEX_SHARE, "udostępnij" }, { AL_LEX_SHARE, "sdílet" }, { AL_LEX_SHARE, "zdieľať" },
    { AL_LEX_SHARE, "dela" }, { AL_LEX_SHARE, "del" }, { AL_LEX_SHARE, "jaa" }, { AL_LEX_SHARE, "paylaş" },
    { AL_LEX_SHARE, "κοινοποίηση" }, { AL_LEX_SHARE, "megosztás" }, { AL_LEX_SHARE, "distribuie" },
    { AL_LEX_SHARE, "copia link" }, { AL_LEX_SHARE, "kopieer link" }, { AL_LEX_SHARE, "copiar enlace" },

    /* ---- "read more" lines ---- */
    { AL_LEX_READMORE, "read more" }, { AL_LEX_READMORE, "read also" },
    { AL_LEX_READMORE, "also read" }, { AL_LEX_READMORE, "read next" },
    { AL_LEX_READMORE, "see also" }, { AL_LEX_READMORE, "related" },
    { AL_LEX_READMORE, "related article" }, { AL_LEX_READMORE, "related story" },
    { AL_LEX_READMORE, "recommended" }, { AL_LEX_READMORE, "you may also like" },
    { AL_LEX_READMORE, "you might also like" }, { AL_LEX_READMORE, "more from" },
    { AL_LEX_READMORE, "don t miss" }, { AL_LEX_READMORE, "more on this" },
    { AL_LEX_READMORE, "continue reading" }, { AL_LEX_READMORE, "click here" },
    { AL_LEX_READMORE, "up next" }, { AL_LEX_READMORE, "next up" }, { AL_LEX_READMORE, "watch next" },
    { AL_LEX_READMORE, "check out more" }, { AL_LEX_READMORE, "more articles" },
    { AL_LEX_READMORE, "weiterlesen" }, { AL_LEX_READMORE, "lesen sie auch" },
    { AL_LEX_READMORE, "lesen sie mehr" }, { AL_LEX_READMORE, "auch interessant" },
    { AL_LEX_READMORE, "mehr zum thema" }, { AL_LEX_READMORE, "das könnte sie auch interessieren" },
    { AL_LEX_READMORE, "lire aussi" }, { AL_LEX_READMORE, "à lire aussi" },
    { AL_LEX_READMORE, "a lire aussi" }, { AL_LEX_READMORE, "lire la suite" },
    { AL_LEX_READMORE, "voir aussi" }, { AL_LEX_READMORE, "sur le même sujet" },
    { AL_LEX_READMORE, "lee también" }, { AL_LEX_READMORE, "leer más" },
    { AL_LEX_READMORE, "te puede interesar" }, { AL_LEX_READMORE, "también te puede interesar" },
    { AL_LEX_READMORE, "relacionado" }, { AL_LEX_READMORE, "leggi anche" },
    { AL_LEX_READMORE, "leggi di più" }, { AL_LEX_READMORE, "potrebbe interessarti" },
    { AL_LEX_READMORE, "lees ook" }, { AL_LEX_READMORE, "lees meer" },
    { AL_LEX_READMORE, "leia também" }, { AL_LEX_READMORE, "leia mais" },
    { AL_LEX_READMORE, "veja também" }, { AL_LEX_READMORE, "saiba mais" },
    { AL_LEX_READMORE, "читайте также" }, { AL_LEX_READMORE, "関連記事" },
    { AL_LEX_READMORE, "czytaj także" }, { AL_LEX_READMORE, "czytaj też" }, { AL_LEX_READMORE, "zobacz także" },
    { AL_LEX_READMORE, "zobacz też" }, { AL_LEX_READMORE, "čtěte také" }, { AL_LEX_READMORE, "čtěte též" },
    { AL_LEX_READMORE, "přečtěte si také" }, { AL_LEX_READMORE, "διαβάστε επίσης" },
    { AL_LEX_READMORE, "διαβάστε ακόμη" }, { AL_LEX_READMORE, "관련기사" }, { AL_LEX_READMORE, "관련 기사" },
    { AL_LEX_READMORE, "相关阅读" }, { AL_LEX_READMORE, "延伸阅读" }, { AL_LEX_READMORE, "läs också" },
    { AL_LEX_READMORE, "læs også" }, { AL_LEX_READMORE, "les også" }, { AL_LEX_READMORE, "lue myös" },

    /* ---- headings that open chrome sections ---- */
    { AL_LEX_HEADING, "recommended reading" }, { AL_LEX_HEADING, "recommended for you" },
    { AL_LEX_HEADING, "recommended" }, { AL_LEX_HEADING, "related" },
    { AL_LEX_HEADING, "related posts" }, { AL_LEX_HEADING, "related articles" },
    { AL_LEX_HEADING, "related stories" }, { AL_LEX_HEADING, "related reading" },
    { AL_LEX_HEADING, "read more" }, { AL_LEX_HEADING, "read next" },
    { AL_LEX_HEADING, "more stories" }, { AL_LEX_HEADING, "more from" },
    { AL_LEX_HEADING, "more articles" }, { AL_LEX_HEADING, "you may also like" },
    { AL_LEX_HEADING, "you might also like" }, { AL_LEX_HEADING, "most read" },
    { AL_LEX_HEADING, "most popular" }, { AL_LEX_HEADING, "popular posts" },
    { AL_LEX_HEADING, "trending" }, { AL_LEX_HEADING, "latest articles" },
    { AL_LEX_HEADING, "latest news" }, { AL_LEX_HEADING, "latest posts" },
    { AL_LEX_HEADING, "recent posts" }, { AL_LEX_HEADING, "comments" },
    { AL_LEX_HEADING, "leave a reply" },
    { AL_LEX_HEADING, "leave a comment" }, { AL_LEX_HEADING, "join the discussion" },
    { AL_LEX_HEADING, "join the conversation" }, { AL_LEX_HEADING, "responses" },
    { AL_LEX_HEADING, "about the author" }, { AL_LEX_HEADING, "about author" },
    { AL_LEX_HEADING, "share this" }, { AL_LEX_HEADING, "share this article" },
    { AL_LEX_HEADING, "newsletter" }, { AL_LEX_HEADING, "subscribe" },
    { AL_LEX_HEADING, "sign up" }, { AL_LEX_HEADING, "get our newsletter" },
    { AL_LEX_HEADING, "support us" }, { AL_LEX_HEADING, "support my work" },
    { AL_LEX_HEADING, "support our work" }, { AL_LEX_HEADING, "support our journalism" },
    { AL_LEX_HEADING, "please support" }, { AL_LEX_HEADING, "donate" },
    { AL_LEX_HEADING, "make a donation" }, { AL_LEX_HEADING, "become a patron" },
    { AL_LEX_HEADING, "become a member" }, { AL_LEX_HEADING, "buy me a coffee" },
    { AL_LEX_HEADING, "sponsored" }, { AL_LEX_HEADING, "advertisement" },
    { AL_LEX_HEADING, "tags" }, { AL_LEX_HEADING, "categories" },
    { AL_LEX_HEADING, "go back to" }, { AL_LEX_HEADING, "follow us" },
    { AL_LEX_HEADING, "similar articles" }, { AL_LEX_HEADING, "further reading" },
    { AL_LEX_HEADING, "share" }, { AL_LEX_HEADING, "kommentare" },
    { AL_LEX_HEADING, "kommentar" }, { AL_LEX_HEADING, "das könnte sie auch interessieren" },
    { AL_LEX_HEADING, "auch interessant" }, { AL_LEX_HEADING, "mehr zum thema" },
    { AL_LEX_HEADING, "meistgelesen" }, { AL_LEX_HEADING, "meistgelesene artikel" },
    { AL_LEX_HEADING, "unterstützen sie uns" }, { AL_LEX_HEADING, "jetzt unterstützen" },
    { AL_LEX_HEADING, "über den autor" }, { AL_LEX_HEADING, "über die autorin" },
    { AL_LEX_HEADING, "newsletter abonnieren" }, { AL_LEX_HEADING, "commentaires" },
    { AL_LEX_HEADING, "laisser un commentaire" }, { AL_LEX_HEADING, "à lire aussi" },
    { AL_LEX_HEADING, "a lire aussi" }, { AL_LEX_HEADING, "sur le même sujet" },
    { AL_LEX_HEADING, "les plus lus" }, { AL_LEX_HEADING, "soutenez nous" },
    { AL_LEX_HEADING, "faire un don" }, { AL_LEX_HEADING, "à propos de l auteur" },
    { AL_LEX_HEADING, "comentarios" }, { AL_LEX_HEADING, "deja un comentario" },
    { AL_LEX_HEADING, "lo más leído" }, { AL_LEX_HEADING, "noticias relacionadas" },
    { AL_LEX_HEADING, "artículos relacionados" }, { AL_LEX_HEADING, "apóyanos" },
    { AL_LEX_HEADING, "sobre el autor" }, { AL_LEX_HEADING, "commenti" },
    { AL_LEX_HEADING, "lascia un commento" }, { AL_LEX_HEADING, "articoli correlati" },
    { AL_LEX_HEADING, "i più letti" }, { AL_LEX_HEADING, "sostienici" },
    { AL_LEX_HEADING, "reacties" }, { AL_LEX_HEADING, "gerelateerde artikelen" },
    { AL_LEX_HEADING, "meest gelezen" }, { AL_LEX_HEADING, "steun ons" },
    { AL_LEX_HEADING, "comentários" }, { AL_LEX_HEADING, "deixe um comentário" },
    { AL_LEX_HEADING, "artigos relacionados" }, { AL_LEX_HEADING, "mais lidas" },
    { AL_LEX_HEADING, "apoie" }, { AL_LEX_HEADING, "sobre o autor" },
    { AL_LEX_HEADING, "комментарии" }, { AL_LEX_HEADING, "читайте также" },
    { AL_LEX_HEADING, "references" }, { AL_LEX_HEADING, "footnotes" },
    { AL_LEX_HEADING, "notes and references" }, { AL_LEX_HEADING, "external links" },
    { AL_LEX_HEADING, "see also" }, { AL_LEX_HEADING, "bibliography" }, { AL_LEX_HEADING, "sources" },
    { AL_LEX_HEADING, "citations" }, { AL_LEX_HEADING, "einzelnachweise" },
    { AL_LEX_HEADING, "anmerkungen" }, { AL_LEX_HEADING, "weblinks" }, { AL_LEX_HEADING, "siehe auch" },
    { AL_LEX_HEADING, "literatur" }, { AL_LEX_HEADING, "quellen" }, { AL_LEX_HEADING, "références" },
    { AL_LEX_HEADING, "notes et références" }, { AL_LEX_HEADING, "liens externes" },
    { AL_LEX_HEADING, "voir aussi" }, { AL_LEX_HEADING, "bibliographie" },
    { AL_LEX_HEADING, "referencias" }, { AL_LEX_HEADING, "enlaces externos" },
    { AL_LEX_HEADING, "véase también" }, { AL_LEX_HEADING, "bibliografía" },
    { AL_LEX_HEADING, "note" }, { AL_LEX_HEADING, "collegamenti esterni" },
    { AL_LEX_HEADING, "voci correlate" }, { AL_LEX_HEADING, "bibliografia" },
    { AL_LEX_HEADING, "bronnen" }, { AL_LEX_HEADING, "externe links" }, { AL_LEX_HEADING, "zie ook" },
    { AL_LEX_HEADING, "referências" }, { AL_LEX_HEADING, "ligações externas" },
    { AL_LEX_HEADING, "ver também" }, { AL_LEX_HEADING, "примечания" }, { AL_LEX_HEADING, "ссылки" },
    { AL_LEX_HEADING, "explore more on these topics" }, { AL_LEX_HEADING, "explore the topic" },
    { AL_LEX_HEADING, "more on this story" }, { AL_LEX_HEADING, "ready for more" },
    { AL_LEX_HEADING, "related content" }, { AL_LEX_HEADING, "related topics" },
    { AL_LEX_HEADING, "most viewed" }, { AL_LEX_HEADING, "editor s picks" },
    { AL_LEX_HEADING, "top stories" }, { AL_LEX_HEADING, "in other news" },
    { AL_LEX_HEADING, "weitere artikel" }, { AL_LEX_HEADING, "zum thema" },
    { AL_LEX_HEADING, "mehr aus" }, { AL_LEX_HEADING, "dans la même rubrique" },
    { AL_LEX_HEADING, "à voir aussi" }, { AL_LEX_HEADING, "más noticias" },
    { AL_LEX_HEADING, "te puede interesar" }, { AL_LEX_HEADING, "potrebbe interessarti anche" },
    { AL_LEX_HEADING, "meer nieuws" }, { AL_LEX_HEADING, "mais notícias" },
    { AL_LEX_HEADING, "trending articles" }, { AL_LEX_HEADING, "trending now" },
    { AL_LEX_HEADING, "trending stories" }, { AL_LEX_HEADING, "popular articles" },
    { AL_LEX_HEADING, "popular stories" }, { AL_LEX_HEADING, "featured slide shows" },
    { AL_LEX_HEADING, "featured stories" }, { AL_LEX_HEADING, "featured articles" },
    { AL_LEX_HEADING, "recommended stories" }, { AL_LEX_HEADING, "recommended articles" },
    { AL_LEX_HEADING, "around the web" }, { AL_LEX_HEADING, "sponsored content" },
    { AL_LEX_HEADING, "from our partners" }, { AL_LEX_HEADING, "promoted stories" },
    { AL_LEX_HEADING, "powiązane artykuły" }, { AL_LEX_HEADING, "komentarze" },
    { AL_LEX_HEADING, "najczęściej czytane" }, { AL_LEX_HEADING, "související články" },
    { AL_LEX_HEADING, "komentáře" }, { AL_LEX_HEADING, "nejčtenější" },
    { AL_LEX_HEADING, "σχετικά άρθρα" }, { AL_LEX_HEADING, "σχόλια" }, { AL_LEX_HEADING, "δημοφιλή" },
    { AL_LEX_HEADING, "관련기사" }, { AL_LEX_HEADING, "많이 본 뉴스" }, { AL_LEX_HEADING, "댓글" },
    { AL_LEX_HEADING, "相关新闻" }, { AL_LEX_HEADING, "热门文章" }, { AL_LEX_HEADING, "関連記事" },
    { AL_LEX_HEADING, "footnotes and references" },
    { AL_LEX_HEADING, "you may be interested in" }, { AL_LEX_HEADING, "you might be interested in" },
    { AL_LEX_HEADING, "more for you" }, { AL_LEX_HEADING, "what to read next" },
    { AL_LEX_HEADING, "read this next" }, { AL_LEX_HEADING, "keep reading" },
    { AL_LEX_HEADING, "editors picks" }, { AL_LEX_HEADING, "editor picks" }, { AL_LEX_HEADING, "latest" },
    { AL_LEX_HEADING, "latest stories" }, { AL_LEX_HEADING, "don t miss" }, { AL_LEX_HEADING, "popular now" },
    { AL_LEX_HEADING, "most shared" }, { AL_LEX_HEADING, "most commented" }, { AL_LEX_HEADING, "related links" },
    { AL_LEX_HEADING, "related videos" }, { AL_LEX_HEADING, "watch more" }, { AL_LEX_HEADING, "also on" },
    { AL_LEX_HEADING, "lesen sie mehr" }, { AL_LEX_HEADING, "weitere themen" },
    { AL_LEX_HEADING, "das könnte sie interessieren" }, { AL_LEX_HEADING, "empfehlungen" },
    { AL_LEX_HEADING, "neueste artikel" }, { AL_LEX_HEADING, "auch lesenswert" },
    { AL_LEX_HEADING, "verwandte artikel" }, { AL_LEX_HEADING, "à lire également" },
    { AL_LEX_HEADING, "vous aimerez aussi" }, { AL_LEX_HEADING, "nos dernières actualités" },
    { AL_LEX_HEADING, "articles similaires" }, { AL_LEX_HEADING, "te recomendamos" },
    { AL_LEX_HEADING, "lo más visto" }, { AL_LEX_HEADING, "también te puede interesar" },
    { AL_LEX_HEADING, "ti potrebbe interessare" }, { AL_LEX_HEADING, "potrebbe interessarti" },
    { AL_LEX_HEADING, "gerelateerd" }, { AL_LEX_HEADING, "lees ook" }, { AL_LEX_HEADING, "leia também" },
    { AL_LEX_HEADING, "veja também" }, { AL_LEX_HEADING, "relacionadas" }, { AL_LEX_HEADING, "relacionados" }, { AL_LEX_HEADING, "more news" }, { AL_LEX_HEADING, "more local news" }, { AL_LEX_HEADING, "more headlines" },
    { AL_LEX_HEADING, "more videos" }, { AL_LEX_HEADING, "more top stories" },
    { AL_LEX_HEADING, "mehr nachrichten" }, { AL_LEX_HEADING, "plus d actualités" },

    /* ---- donation and membership appeals ---- */
    { AL_LEX_APPEAL, "support my work" }, { AL_LEX_APPEAL, "support our work" },
    { AL_LEX_APPEAL, "support us" }, { AL_LEX_APPEAL, "please support" },
    { AL_LEX_APPEAL, "support independent" }, { AL_LEX_APPEAL, "support this blog" },
    { AL_LEX_APPEAL, "support this site" }, { AL_LEX_APPEAL, "donate" },
    { AL_LEX_APPEAL, "donating" }, { AL_LEX_APPEAL, "make a donation" },
    { AL_LEX_APPEAL, "become a patron" }, { AL_LEX_APPEAL, "become a member" },
    { AL_LEX_APPEAL, "become a supporter" }, { AL_LEX_APPEAL, "buy me a coffee" },
    { AL_LEX_APPEAL, "buy us a coffee" }, { AL_LEX_APPEAL, "tip jar" },
    { AL_LEX_APPEAL, "visiting our sponsors" }, { AL_LEX_APPEAL, "our sponsors" },
    { AL_LEX_APPEAL, "chip in" }, { AL_LEX_APPEAL, "unterstützen sie" },
    { AL_LEX_APPEAL, "unterstützen sie uns" }, { AL_LEX_APPEAL, "jetzt spenden" },
    { AL_LEX_APPEAL, "spenden sie" }, { AL_LEX_APPEAL, "faire un don" },
    { AL_LEX_APPEAL, "soutenez nous" }, { AL_LEX_APPEAL, "soutenir" },
    { AL_LEX_APPEAL, "haz una donación" }, { AL_LEX_APPEAL, "apóyanos" },
    { AL_LEX_APPEAL, "donar" }, { AL_LEX_APPEAL, "sostienici" },
    { AL_LEX_APPEAL, "fai una donazione" }, { AL_LEX_APPEAL, "doneer" },
    { AL_LEX_APPEAL, "steun ons" }, { AL_LEX_APPEAL, "apoie" },
    { AL_LEX_APPEAL, "faça uma doação" }, { AL_LEX_APPEAL, "becoming a patron" },
    { AL_LEX_APPEAL, "becoming a member" }, { AL_LEX_APPEAL, "becoming a supporter" },
    { AL_LEX_APPEAL, "consider supporting" }, { AL_LEX_APPEAL, "support me" },
    { AL_LEX_APPEAL, "support the site" }, { AL_LEX_APPEAL, "one off tip" },
    { AL_LEX_APPEAL, "leave a tip" }, { AL_LEX_APPEAL, "make a contribution" },
    { AL_LEX_APPEAL, "a contribution" }, { AL_LEX_APPEAL, "contribute now" },
    { AL_LEX_APPEAL, "support once" }, { AL_LEX_APPEAL, "support monthly" },
    { AL_LEX_APPEAL, "independent journalism" }, { AL_LEX_APPEAL, "reader funded" },
    { AL_LEX_APPEAL, "funded by readers" }, { AL_LEX_APPEAL, "paid subscriber" },
    { AL_LEX_APPEAL, "paid subscription" }, { AL_LEX_APPEAL, "unterstütze mich" },
    { AL_LEX_APPEAL, "unterstützen sie unsere arbeit" }, { AL_LEX_APPEAL, "spendet" },
    { AL_LEX_APPEAL, "soutenez notre travail" }, { AL_LEX_APPEAL, "soutenez moi" },
    { AL_LEX_APPEAL, "apoya nuestro trabajo" }, { AL_LEX_APPEAL, "hazte socio" },
    { AL_LEX_APPEAL, "sostieni il nostro lavoro" }, { AL_LEX_APPEAL, "word lid" },
    { AL_LEX_APPEAL, "wesprzyj" }, { AL_LEX_APPEAL, "podpořte nás" }, { AL_LEX_APPEAL, "υποστηρίξτε" },
    { AL_LEX_APPEAL, "후원" }, { AL_LEX_APPEAL, "apoie o nosso trabalho" }, { AL_LEX_APPEAL, "apoie nosso trabalho" },

    /* ---- payment details ---- */
    { AL_LEX_PAYMENT, "paypal" }, { AL_LEX_PAYMENT, "bank transfer" },
    { AL_LEX_PAYMENT, "credit card" }, { AL_LEX_PAYMENT, "swift code" },
    { AL_LEX_PAYMENT, "iban" }, { AL_LEX_PAYMENT, "bic" }, { AL_LEX_PAYMENT, "patreon" },
    { AL_LEX_PAYMENT, "ko fi" }, { AL_LEX_PAYMENT, "venmo" }, { AL_LEX_PAYMENT, "cash app" },
    { AL_LEX_PAYMENT, "liberapay" }, { AL_LEX_PAYMENT, "github sponsors" },
    { AL_LEX_PAYMENT, "bitcoin address" }, { AL_LEX_PAYMENT, "überweisung" },
    { AL_LEX_PAYMENT, "bankverbindung" }, { AL_LEX_PAYMENT, "virement" },
    { AL_LEX_PAYMENT, "transferencia bancaria" }, { AL_LEX_PAYMENT, "bonifico" },
    { AL_LEX_PAYMENT, "overschrijving" }, { AL_LEX_PAYMENT, "transferência bancária" },
    { AL_LEX_PAYMENT, "chave pix" }, { AL_LEX_PAYMENT, "buy me a coffee" }, { AL_LEX_PAYMENT, "kofi" },
    { AL_LEX_PAYMENT, "steadyhq" }, { AL_LEX_PAYMENT, "flattr" }, { AL_LEX_PAYMENT, "bizum" },

    /* ---- newsletter prompts ---- */
    { AL_LEX_NEWSLETTER, "subscribe to our newsletter" }, { AL_LEX_NEWSLETTER, "sign up for our newsletter" },
    { AL_LEX_NEWSLETTER, "sign up to our newsletter" }, { AL_LEX_NEWSLETTER, "subscribe to the newsletter" },
    { AL_LEX_NEWSLETTER, "newsletter" }, { AL_LEX_NEWSLETTER, "delivered to your inbox" },
    { AL_LEX_NEWSLETTER, "straight to your inbox" }, { AL_LEX_NEWSLETTER, "in your inbox" },
    { AL_LEX_NEWSLETTER, "enter your email" }, { AL_LEX_NEWSLETTER, "your email address" },
    { AL_LEX_NEWSLETTER, "subscribe now" }, { AL_LEX_NEWSLETTER, "subscribe for free" },
    { AL_LEX_NEWSLETTER, "jetzt abonnieren" }, { AL_LEX_NEWSLETTER, "abonnieren sie" },
    { AL_LEX_NEWSLETTER, "abonnez vous" }, { AL_LEX_NEWSLETTER, "inscrivez vous" },
    { AL_LEX_NEWSLETTER, "suscríbete" }, { AL_LEX_NEWSLETTER, "suscribete" },
    { AL_LEX_NEWSLETTER, "iscriviti" }, { AL_LEX_NEWSLETTER, "schrijf je in" },
    { AL_LEX_NEWSLETTER, "inscreva se" }, { AL_LEX_NEWSLETTER, "assine" },
    { AL_LEX_NEWSLETTER, "zapisz się" }, { AL_LEX_NEWSLETTER, "subskrybuj" },
    { AL_LEX_NEWSLETTER, "přihlaste se k odběru" }, { AL_LEX_NEWSLETTER, "εγγραφείτε" },
    { AL_LEX_NEWSLETTER, "구독" }, { AL_LEX_NEWSLETTER, "ニュースレター" }, { AL_LEX_NEWSLETTER, "订阅" },

    /* ---- cookie notices ---- */
    { AL_LEX_COOKIE, "we use cookies" }, { AL_LEX_COOKIE, "this website uses cookies" },
    { AL_LEX_COOKIE, "this site uses cookies" }, { AL_LEX_COOKIE, "uses cookies" },
    { AL_LEX_COOKIE, "cookie policy" }, { AL_LEX_COOKIE, "accept cookies" },
    { AL_LEX_COOKIE, "accept all cookies" }, { AL_LEX_COOKIE, "cookie settings" },
    { AL_LEX_COOKIE, "wir verwenden cookies" }, { AL_LEX_COOKIE, "verwendet cookies" },
    { AL_LEX_COOKIE, "nous utilisons des cookies" }, { AL_LEX_COOKIE, "utilise des cookies" },
    { AL_LEX_COOKIE, "utilizamos cookies" }, { AL_LEX_COOKIE, "utiliza cookies" },
    { AL_LEX_COOKIE, "utilizziamo i cookie" }, { AL_LEX_COOKIE, "wij gebruiken cookies" },
    { AL_LEX_COOKIE, "maakt gebruik van cookies" }, { AL_LEX_COOKIE, "usamos cookies" },

    /* ---- comment calls ---- */
    { AL_LEX_COMMENT, "leave a reply" }, { AL_LEX_COMMENT, "leave a comment" },
    { AL_LEX_COMMENT, "post comment" }, { AL_LEX_COMMENT, "comments are closed" },
    { AL_LEX_COMMENT, "add a comment" }, { AL_LEX_COMMENT, "join the conversation" },
    { AL_LEX_COMMENT, "cancel reply" }, { AL_LEX_COMMENT, "log in to reply" },
    { AL_LEX_COMMENT, "kommentar schreiben" }, { AL_LEX_COMMENT, "laisser un commentaire" },
    { AL_LEX_COMMENT, "deja un comentario" }, { AL_LEX_COMMENT, "lascia un commento" },
    { AL_LEX_COMMENT, "laat een reactie achter" }, { AL_LEX_COMMENT, "deixe um comentário" },

    /* ---- trails ---- */
    { AL_LEX_GOBACK, "go back to" }, { AL_LEX_GOBACK, "back to top" }, { AL_LEX_GOBACK, "back to" },
    { AL_LEX_GOBACK, "return to" }, { AL_LEX_GOBACK, "zurück zu" }, { AL_LEX_GOBACK, "zurück zur" },
    { AL_LEX_GOBACK, "nach oben" }, { AL_LEX_GOBACK, "retour à" }, { AL_LEX_GOBACK, "retour en haut" },
    { AL_LEX_GOBACK, "volver a" }, { AL_LEX_GOBACK, "torna a" }, { AL_LEX_GOBACK, "terug naar" },
    { AL_LEX_GOBACK, "voltar para" }, { AL_LEX_GOBACK, "voltar ao topo" },
    { AL_LEX_GOBACK, "jump to" }, { AL_LEX_GOBACK, "skip to" }, { AL_LEX_GOBACK, "springe zu" },
    { AL_LEX_GOBACK, "aller à" }, { AL_LEX_GOBACK, "ir a" }, { AL_LEX_GOBACK, "vai a" },

    /* ---- post metadata lines ---- */
    { AL_LEX_META, "tags" }, { AL_LEX_META, "tagged" }, { AL_LEX_META, "categories" },
    { AL_LEX_META, "category" }, { AL_LEX_META, "filed under" }, { AL_LEX_META, "posted in" },
    { AL_LEX_META, "schlagwörter" }, { AL_LEX_META, "schlagworte" }, { AL_LEX_META, "kategorien" },
    { AL_LEX_META, "étiquettes" }, { AL_LEX_META, "catégories" }, { AL_LEX_META, "etiquetas" },
    { AL_LEX_META, "categorías" }, { AL_LEX_META, "etichette" }, { AL_LEX_META, "categorie" },
    { AL_LEX_META, "keywords" }, { AL_LEX_META, "topics" }, { AL_LEX_META, "themen" },
    { AL_LEX_META, "stichwörter" }, { AL_LEX_META, "mots clés" }, { AL_LEX_META, "sujets" },
    { AL_LEX_META, "temas" }, { AL_LEX_META, "palabras clave" }, { AL_LEX_META, "argomenti" },
    { AL_LEX_META, "onderwerpen" }, { AL_LEX_META, "trefwoorden" }, { AL_LEX_META, "tópicos" },
    { AL_LEX_META, "assuntos" }, { AL_LEX_META, "tags" }, { AL_LEX_META, "责任编辑" },
    { AL_LEX_META, "编辑" }, { AL_LEX_META, "来源" }, { AL_LEX_META, "作者" }, { AL_LEX_META, "記者" },
    { AL_LEX_META, "出典" }, { AL_LEX_META, "タグ" }, { AL_LEX_META, "カテゴリー" },

    /* ---- appeal headings (short headings starting with these) ---- */
    { AL_LEX_APPEAL_HEAD, "support" }, { AL_LEX_APPEAL_HEAD, "please support" },
    { AL_LEX_APPEAL_HEAD, "donate" }, { AL_LEX_APPEAL_HEAD, "help us" },
    { AL_LEX_APPEAL_HEAD, "help keep" }, { AL_LEX_APPEAL_HEAD, "unterstützen" },
    { AL_LEX_APPEAL_HEAD, "unterstütze" }, { AL_LEX_APPEAL_HEAD, "spenden" },
    { AL_LEX_APPEAL_HEAD, "soutenez" }, { AL_LEX_APPEAL_HEAD, "soutenir" },
    { AL_LEX_APPEAL_HEAD, "apoya" }, { AL_LEX_APPEAL_HEAD, "sostieni" },
    { AL_LEX_APPEAL_HEAD, "steun" }, { AL_LEX_APPEAL_HEAD, "apoie" },

    /* ---- share prompts in the text ---- */
    { AL_LEX_SHARE_PROMPT, "send this to" }, { AL_LEX_SHARE_PROMPT, "forward this" },
    { AL_LEX_SHARE_PROMPT, "know someone who" }, { AL_LEX_SHARE_PROMPT, "share this post" },
    { AL_LEX_SHARE_PROMPT, "share this article" }, { AL_LEX_SHARE_PROMPT, "share this story" },
    { AL_LEX_SHARE_PROMPT, "share it with" }, { AL_LEX_SHARE_PROMPT, "pass it on" },
    { AL_LEX_SHARE_PROMPT, "tell a friend" }, { AL_LEX_SHARE_PROMPT, "teilen sie diesen" },
    { AL_LEX_SHARE_PROMPT, "partagez cet article" }, { AL_LEX_SHARE_PROMPT, "comparte este" },
    { AL_LEX_SHARE_PROMPT, "condividi questo" }, { AL_LEX_SHARE_PROMPT, "deel dit" },
    { AL_LEX_SHARE_PROMPT, "compartilhe este" }, { AL_LEX_SHARE_PROMPT, "pin this" },
    { AL_LEX_SHARE_PROMPT, "pin it for later" }, { AL_LEX_SHARE_PROMPT, "save this recipe" },

    /* ---- shop buttons ---- */
    { AL_LEX_CTA, "check prices" }, { AL_LEX_CTA, "check price" }, { AL_LEX_CTA, "compare prices" },
    { AL_LEX_CTA, "check availability" }, { AL_LEX_CTA, "book now" }, { AL_LEX_CTA, "buy now" },
    { AL_LEX_CTA, "shop now" }, { AL_LEX_CTA, "view deal" }, { AL_LEX_CTA, "see price" },
    { AL_LEX_CTA, "see prices" }, { AL_LEX_CTA, "get the deal" }, { AL_LEX_CTA, "order now" },
    { AL_LEX_CTA, "add to cart" }, { AL_LEX_CTA, "add to basket" }, { AL_LEX_CTA, "jetzt kaufen" },
    { AL_LEX_CTA, "preise vergleichen" }, { AL_LEX_CTA, "zum angebot" }, { AL_LEX_CTA, "jetzt buchen" },
    { AL_LEX_CTA, "voir le prix" }, { AL_LEX_CTA, "réserver maintenant" }, { AL_LEX_CTA, "ver precio" },
    { AL_LEX_CTA, "comprar ahora" }, { AL_LEX_CTA, "reservar ahora" }, { AL_LEX_CTA, "vedi prezzo" },
    { AL_LEX_CTA, "acquista ora" }, { AL_LEX_CTA, "bekijk prijs" }, { AL_LEX_CTA, "nu boeken" },
    { AL_LEX_CTA, "ver preço" }, { AL_LEX_CTA, "comprar agora" },

    /* ---- copyright lines ---- */
    { AL_LEX_COPYRIGHT, "all rights reserved" }, { AL_LEX_COPYRIGHT, "alle rechte vorbehalten" },
    { AL_LEX_COPYRIGHT, "tous droits réservés" }, { AL_LEX_COPYRIGHT, "todos los derechos reservados" },
    { AL_LEX_COPYRIGHT, "tutti i diritti riservati" }, { AL_LEX_COPYRIGHT, "alle rechten voorbehouden" },
    { AL_LEX_COPYRIGHT, "todos os direitos reservados" }, { AL_LEX_COPYRIGHT, "wszelkie prawa zastrzeżone" },
    { AL_LEX_COPYRIGHT, "všechna práva vyhrazena" }, { AL_LEX_COPYRIGHT, "все права защищены" },
    { AL_LEX_COPYRIGHT, "με επιφύλαξη παντός δικαιώματος" }, { AL_LEX_COPYRIGHT, "무단전재" },
    { AL_LEX_COPYRIGHT, "재배포 금지" }, { AL_LEX_COPYRIGHT, "版权所有" }, { AL_LEX_COPYRIGHT, "著作権" },
    { AL_LEX_COPYRIGHT, "無断転載" },

    /* ---- disclosures ---- */
    { AL_LEX_DISCLOSURE, "affiliate links" }, { AL_LEX_DISCLOSURE, "affiliate link" },
    { AL_LEX_DISCLOSURE, "affiliate commission" }, { AL_LEX_DISCLOSURE, "we may earn a commission" },
    { AL_LEX_DISCLOSURE, "may earn a commission" }, { AL_LEX_DISCLOSURE, "disclosure policy" },
    { AL_LEX_DISCLOSURE, "as an amazon associate" }, { AL_LEX_DISCLOSURE, "sponsored post" },
    { AL_LEX_DISCLOSURE, "this post is sponsored" }, { AL_LEX_DISCLOSURE, "partnerlinks" },
    { AL_LEX_DISCLOSURE, "erhalten wir eine provision" }, { AL_LEX_DISCLOSURE, "kleine provision" },
    { AL_LEX_DISCLOSURE, "liens affiliés" }, { AL_LEX_DISCLOSURE, "lien affilié" },
    { AL_LEX_DISCLOSURE, "enlaces de afiliado" }, { AL_LEX_DISCLOSURE, "link di affiliazione" },
    { AL_LEX_DISCLOSURE, "affiliatelinks" }, { AL_LEX_DISCLOSURE, "links de afiliado" },

    /* ---- picture credits ---- */
    { AL_LEX_CREDIT, "image" }, { AL_LEX_CREDIT, "images" }, { AL_LEX_CREDIT, "photo" },
    { AL_LEX_CREDIT, "photograph" }, { AL_LEX_CREDIT, "photo credit" }, { AL_LEX_CREDIT, "credit" },
    { AL_LEX_CREDIT, "picture" }, { AL_LEX_CREDIT, "illustration" }, { AL_LEX_CREDIT, "source" },
    { AL_LEX_CREDIT, "foto" }, { AL_LEX_CREDIT, "bild" }, { AL_LEX_CREDIT, "quelle" },
    { AL_LEX_CREDIT, "crédit" }, { AL_LEX_CREDIT, "crédit photo" }, { AL_LEX_CREDIT, "fuente" },
    { AL_LEX_CREDIT, "fotografía" }, { AL_LEX_CREDIT, "fonte" }, { AL_LEX_CREDIT, "getty images" },
    { AL_LEX_CREDIT, "reuters" }, { AL_LEX_CREDIT, "ap photo" }, { AL_LEX_CREDIT, "afp" },
    { AL_LEX_CREDIT, "dpa" }, { AL_LEX_CREDIT, "photo by" }, { AL_LEX_CREDIT, "image by" },
    { AL_LEX_CREDIT, "photograph by" }, { AL_LEX_CREDIT, "foto von" }, { AL_LEX_CREDIT, "photo de" },
    { AL_LEX_CREDIT, "reporting by" }, { AL_LEX_CREDIT, "additional reporting by" },
    { AL_LEX_CREDIT, "editing by" }, { AL_LEX_CREDIT, "writing by" }, { AL_LEX_CREDIT, "compiled by" },
    { AL_LEX_CREDIT, "image courtesy of" }, { AL_LEX_CREDIT, "courtesy of" }, { AL_LEX_CREDIT, "bildquelle" },

    /* ---- datelines ---- */
    { AL_LEX_DATELINE, "published" }, { AL_LEX_DATELINE, "first published" },
    { AL_LEX_DATELINE, "last updated" }, { AL_LEX_DATELINE, "last modified" },
    { AL_LEX_DATELINE, "updated" }, { AL_LEX_DATELINE, "posted" }, { AL_LEX_DATELINE, "posted on" },
    { AL_LEX_DATELINE, "veröffentlicht" }, { AL_LEX_DATELINE, "aktualisiert" },
    { AL_LEX_DATELINE, "zuletzt aktualisiert" }, { AL_LEX_DATELINE, "publié le" },
    { AL_LEX_DATELINE, "mis à jour" }, { AL_LEX_DATELINE, "publicado" },
    { AL_LEX_DATELINE, "actualizado" }, { AL_LEX_DATELINE, "pubblicato" },
    { AL_LEX_DATELINE, "aggiornato" }, { AL_LEX_DATELINE, "gepubliceerd" },
    { AL_LEX_DATELINE, "bijgewerkt" }, { AL_LEX_DATELINE, "atualizado" },
    { AL_LEX_DATELINE, "publicada" },

    /* ---- more languages: Nordic, Turkish, Arabic, Indonesian and Malay,
     * Hungarian, Romanian, Ukrainian, Vietnamese, Hebrew, Hindi, Thai ---- */
    { AL_LEX_SHARE, "top highlight" }, { AL_LEX_SHARE, "highlight" },
    /* post tools, alone in a block */
    { AL_LEX_SHARE, "url 복사" }, { AL_LEX_SHARE, "본문 기타 기능" }, { AL_LEX_SHARE, "이웃추가" },
    { AL_LEX_SHARE, "공감" }, { AL_LEX_SHARE, "구독하기" },
    /* ad labels, alone in a block */
    { AL_LEX_SHARE, "annons" }, { AL_LEX_SHARE, "annonse" }, { AL_LEX_SHARE, "annonce" },
    { AL_LEX_SHARE, "reklame" }, { AL_LEX_SHARE, "mainos" }, { AL_LEX_SHARE, "reklam" },
    { AL_LEX_SHARE, "reklama" }, { AL_LEX_SHARE, "inzerce" }, { AL_LEX_SHARE, "oglas" },
    { AL_LEX_SHARE, "hirdetés" }, { AL_LEX_SHARE, "publicitate" }, { AL_LEX_SHARE, "reclamă" },
    { AL_LEX_SHARE, "iklan" }, { AL_LEX_SHARE, "advertisment" }, { AL_LEX_SHARE, "διαφήμιση" },
    { AL_LEX_SHARE, "إعلان" }, { AL_LEX_SHARE, "اعلان" }, { AL_LEX_SHARE, "פרסומת" },
    { AL_LEX_SHARE, "विज्ञापन" }, { AL_LEX_SHARE, "โฆษณา" }, { AL_LEX_SHARE, "quảng cáo" },
    { AL_LEX_SHARE, "광고" }, { AL_LEX_SHARE, "广告" }, { AL_LEX_SHARE, "広告" },
    { AL_LEX_SHARE, "sponsrad" }, { AL_LEX_SHARE, "sponset" }, { AL_LEX_SHARE, "sponsoreret" },
    { AL_LEX_SHARE, "sponsoroitu" }, { AL_LEX_SHARE, "sponsorlu" }, { AL_LEX_SHARE, "bagikan" },
    { AL_LEX_SHARE, "kongsi" }, { AL_LEX_SHARE, "megosztás" }, { AL_LEX_SHARE, "distribuie" },
    { AL_LEX_SHARE, "поширити" }, { AL_LEX_SHARE, "شارك" }, { AL_LEX_SHARE, "مشاركة" },
    { AL_LEX_SHARE, "chia sẻ" }, { AL_LEX_SHARE, "שתפו" }, { AL_LEX_SHARE, "शेयर करें" },
    /* "the article goes on after the ad" */
    { AL_LEX_READMORE, "scroll to continue with content" }, { AL_LEX_READMORE, "continue reading below" },
    { AL_LEX_READMORE, "story continues below" }, { AL_LEX_READMORE, "article continues below" },
    { AL_LEX_READMORE, "continue reading after the ad" }, { AL_LEX_READMORE, "weiterlesen nach der anzeige" },
    { AL_LEX_READMORE, "lesen sie weiter nach der anzeige" }, { AL_LEX_READMORE, "la suite après cette publicité" },
    { AL_LEX_READMORE, "la suite après la publicité" }, { AL_LEX_READMORE, "el artículo continúa debajo" },
    { AL_LEX_READMORE, "continúa después de la publicidad" }, { AL_LEX_READMORE, "l articolo continua sotto" },
    { AL_LEX_READMORE, "artikeln fortsätter under annonsen" }, { AL_LEX_READMORE, "artikkelen fortsetter under annonsen" },
    { AL_LEX_READMORE, "artiklen fortsætter under annoncen" }, { AL_LEX_READMORE, "artikkeli jatkuu mainoksen jälkeen" },
    { AL_LEX_READMORE, "haberin devamı" }, { AL_LEX_READMORE, "devamı için kaydırın" },
    { AL_LEX_READMORE, "a cikk a hirdetés után folytatódik" }, { AL_LEX_READMORE, "a cikk folytatódik" },
    { AL_LEX_READMORE, "articolul continuă după reclamă" }, { AL_LEX_READMORE, "продовження після реклами" },
    { AL_LEX_READMORE, "продолжение после рекламы" }, { AL_LEX_READMORE, "tiếp tục đọc" },
    /* more "after the ad" and "see more" lines */
    { AL_LEX_READMORE, "continua após a publicidade" }, { AL_LEX_READMORE, "continua depois da publicidade" },
    { AL_LEX_READMORE, "continua após o anúncio" }, { AL_LEX_READMORE, "continúa tras la publicidad" },
    { AL_LEX_READMORE, "sigue leyendo" }, { AL_LEX_READMORE, "veja mais" }, { AL_LEX_READMORE, "leia mais" },
    { AL_LEX_READMORE, "saiba mais" }, { AL_LEX_READMORE, "vídeos mais assistidos" },
    { AL_LEX_READMORE, "videos más vistos" }, { AL_LEX_READMORE, "meistgesehene videos" },
    { AL_LEX_READMORE, "how we test" }, { AL_LEX_READMORE, "how we tested" }, { AL_LEX_READMORE, "how we review" },
    /* sorting controls */
    { AL_LEX_READMORE, "sorted by" }, { AL_LEX_READMORE, "sort by" }, { AL_LEX_READMORE, "sortieren nach" },
    { AL_LEX_READMORE, "sortiert nach" }, { AL_LEX_READMORE, "trier par" }, { AL_LEX_READMORE, "trié par" },
    { AL_LEX_READMORE, "ordenar por" }, { AL_LEX_READMORE, "ordina per" }, { AL_LEX_READMORE, "sorteer op" },
    /* "read also", related lines, video promos */
    { AL_LEX_READMORE, "baca juga" }, { AL_LEX_READMORE, "baca pula" }, { AL_LEX_READMORE, "berita terkait" },
    { AL_LEX_READMORE, "artikel terkait" }, { AL_LEX_READMORE, "simak video" }, { AL_LEX_READMORE, "tonton video" },
    { AL_LEX_READMORE, "lihat video" }, { AL_LEX_READMORE, "baca selengkapnya" }, { AL_LEX_READMORE, "baca lagi" },
    { AL_LEX_READMORE, "ilgili haber" }, { AL_LEX_READMORE, "ilgili haberler" }, { AL_LEX_READMORE, "ayrıca okuyun" },
    { AL_LEX_READMORE, "bunu da okuyun" }, { AL_LEX_READMORE, "göz atın" }, { AL_LEX_READMORE, "devamını oku" },
    { AL_LEX_READMORE, "اقرأ أيضا" }, { AL_LEX_READMORE, "اقرأ أيضاً" }, { AL_LEX_READMORE, "اقرأ ايضا" },
    { AL_LEX_READMORE, "اقرأ المزيد" }, { AL_LEX_READMORE, "شاهد أيضا" }, { AL_LEX_READMORE, "شاهد" },
    { AL_LEX_READMORE, "olvasd el ezt is" }, { AL_LEX_READMORE, "olvassa el ezt is" }, { AL_LEX_READMORE, "kapcsolódó" },
    { AL_LEX_READMORE, "ajánlott cikk" }, { AL_LEX_READMORE, "citește și" }, { AL_LEX_READMORE, "citeste si" },
    { AL_LEX_READMORE, "читайте також" }, { AL_LEX_READMORE, "читайте також:" }, { AL_LEX_READMORE, "xem thêm" },
    { AL_LEX_READMORE, "đọc thêm" }, { AL_LEX_READMORE, "tin liên quan" }, { AL_LEX_READMORE, "קראו עוד" },
    { AL_LEX_READMORE, "קראו גם" }, { AL_LEX_READMORE, "यह भी पढ़ें" }, { AL_LEX_READMORE, "ये भी पढ़ें" },
    { AL_LEX_READMORE, "อ่านเพิ่มเติม" }, { AL_LEX_READMORE, "läs mer" }, { AL_LEX_READMORE, "les mer" },
    { AL_LEX_READMORE, "læs mere" }, { AL_LEX_READMORE, "lue lisää" },
    /* chrome sections */
    { AL_LEX_HEADING, "links" }, { AL_LEX_HEADING, "weblinks" }, { AL_LEX_HEADING, "liens" },
    { AL_LEX_HEADING, "enlaces" }, { AL_LEX_HEADING, "collegamenti" }, { AL_LEX_HEADING, "show links" },
    { AL_LEX_HEADING, "episode links" }, { AL_LEX_HEADING, "links from this episode" },
    { AL_LEX_HEADING, "links mentioned" }, { AL_LEX_HEADING, "mentioned in this episode" },
    { AL_LEX_HEADING, "berita terkait" }, { AL_LEX_HEADING, "terpopuler" }, { AL_LEX_HEADING, "berita terpopuler" },
    { AL_LEX_HEADING, "baca juga" }, { AL_LEX_HEADING, "ilgili haberler" }, { AL_LEX_HEADING, "en çok okunanlar" },
    { AL_LEX_HEADING, "çok okunanlar" }, { AL_LEX_HEADING, "son dakika" }, { AL_LEX_HEADING, "yorumlar" },
    { AL_LEX_HEADING, "أخبار ذات صلة" }, { AL_LEX_HEADING, "الأكثر قراءة" }, { AL_LEX_HEADING, "مواضيع ذات صلة" },
    { AL_LEX_HEADING, "التعليقات" }, { AL_LEX_HEADING, "kapcsolódó cikkek" }, { AL_LEX_HEADING, "legolvasottabb" },
    { AL_LEX_HEADING, "hozzászólások" }, { AL_LEX_HEADING, "relaterade artiklar" }, { AL_LEX_HEADING, "relaterade inlägg" },
    { AL_LEX_HEADING, "mest läst" }, { AL_LEX_HEADING, "mest lest" }, { AL_LEX_HEADING, "mest læste" },
    { AL_LEX_HEADING, "luetuimmat" }, { AL_LEX_HEADING, "articole similare" }, { AL_LEX_HEADING, "cele mai citite" },
    { AL_LEX_HEADING, "схожі новини" }, { AL_LEX_HEADING, "популярне" }, { AL_LEX_HEADING, "tin liên quan" },
    { AL_LEX_HEADING, "đọc nhiều nhất" }, { AL_LEX_HEADING, "כתבות נוספות" }, { AL_LEX_HEADING, "संबंधित खबरें" },
    /* share prompts for recipes and pictures */
    { AL_LEX_SHARE_PROMPT, "pin it for later" }, { AL_LEX_SHARE_PROMPT, "save it on pinterest" },
    { AL_LEX_SHARE_PROMPT, "save this recipe" }, { AL_LEX_SHARE_PROMPT, "guarda esta receta" },
    { AL_LEX_SHARE_PROMPT, "guárdala en pinterest" }, { AL_LEX_SHARE_PROMPT, "guárdalo en pinterest" },
    { AL_LEX_SHARE_PROMPT, "épinglez cette recette" }, { AL_LEX_SHARE_PROMPT, "épinglez la" },
    { AL_LEX_SHARE_PROMPT, "merk dir das rezept" }, { AL_LEX_SHARE_PROMPT, "speichere dir das rezept" },
    { AL_LEX_SHARE_PROMPT, "salva questa ricetta" }, { AL_LEX_SHARE_PROMPT, "salve esta receita" },
    { AL_LEX_SHARE_PROMPT, "bewaar dit recept" },
    /* e-mail footers and sponsors */
    { AL_LEX_NEWSLETTER, "unsubscribe" }, { AL_LEX_NEWSLETTER, "you are receiving this" },
    { AL_LEX_NEWSLETTER, "you re receiving this" }, { AL_LEX_NEWSLETTER, "update your preferences" },
    { AL_LEX_NEWSLETTER, "manage your subscription" }, { AL_LEX_NEWSLETTER, "abmelden" },
    { AL_LEX_NEWSLETTER, "se désabonner" }, { AL_LEX_NEWSLETTER, "darse de baja" },
    { AL_LEX_DISCLOSURE, "brought to you by" }, { AL_LEX_DISCLOSURE, "this issue is sponsored by" },
    { AL_LEX_DISCLOSURE, "today s issue is sponsored by" }, { AL_LEX_DISCLOSURE, "this episode is sponsored by" },
    /* obituary pages */
    { AL_LEX_HEADING, "memories condolences" }, { AL_LEX_HEADING, "memories and condolences" },
    { AL_LEX_HEADING, "condolences" }, { AL_LEX_HEADING, "guestbook" }, { AL_LEX_HEADING, "guest book" },
    { AL_LEX_HEADING, "share a memory" }, { AL_LEX_HEADING, "leave a condolence" },
    { AL_LEX_CTA, "send flowers" }, { AL_LEX_CTA, "plant a tree" }, { AL_LEX_CTA, "get directions" },
    { AL_LEX_CTA, "add to calendar" },
    /* newsletters and messaging channels */
    { AL_LEX_NEWSLETTER, "whatsapp channel" }, { AL_LEX_NEWSLETTER, "telegram channel" },
    { AL_LEX_NEWSLETTER, "saluran whatsapp" }, { AL_LEX_NEWSLETTER, "kanal whatsapp" },
    { AL_LEX_NEWSLETTER, "gabung sekarang" }, { AL_LEX_NEWSLETTER, "berlangganan" },
    { AL_LEX_NEWSLETTER, "bültenimize abone" }, { AL_LEX_NEWSLETTER, "abone ol" },
    { AL_LEX_NEWSLETTER, "اشترك في النشرة" }, { AL_LEX_NEWSLETTER, "النشرة البريدية" },
    { AL_LEX_NEWSLETTER, "iratkozz fel" }, { AL_LEX_NEWSLETTER, "hírlevél" }, { AL_LEX_NEWSLETTER, "hírlevelünk" },
    { AL_LEX_NEWSLETTER, "prenumerera på" }, { AL_LEX_NEWSLETTER, "nyhetsbrev" }, { AL_LEX_NEWSLETTER, "nyhedsbrev" },
    { AL_LEX_NEWSLETTER, "uutiskirje" }, { AL_LEX_NEWSLETTER, "abonează te" }, { AL_LEX_NEWSLETTER, "підпишіться" },
    { AL_LEX_NEWSLETTER, "đăng ký nhận tin" },
    /* comments */
    { AL_LEX_COMMENT, "yorum yap" }, { AL_LEX_COMMENT, "yorum yazın" }, { AL_LEX_COMMENT, "أضف تعليق" },
    { AL_LEX_COMMENT, "tulis komentar" }, { AL_LEX_COMMENT, "hozzászólok" }, { AL_LEX_COMMENT, "skriv en kommentar" },
    { AL_LEX_COMMENT, "lämna en kommentar" }, { AL_LEX_COMMENT, "legg igjen en kommentar" },
    { AL_LEX_COMMENT, "jätä kommentti" }, { AL_LEX_COMMENT, "lasă un comentariu" },
    /* metadata lines */
    { AL_LEX_META, "media contact" }, { AL_LEX_META, "media contacts" }, { AL_LEX_META, "press contact" },
    { AL_LEX_META, "media inquiries" }, { AL_LEX_META, "pressekontakt" }, { AL_LEX_META, "contact presse" },
    { AL_LEX_META, "contacto de prensa" }, { AL_LEX_META, "contatto stampa" }, { AL_LEX_META, "perscontact" },
    { AL_LEX_META, "reading time" }, { AL_LEX_META, "lesezeit" }, { AL_LEX_META, "temps de lecture" },
    { AL_LEX_META, "tiempo de lectura" }, { AL_LEX_META, "tempo di lettura" }, { AL_LEX_META, "leestijd" },
    { AL_LEX_META, "okuma süresi" }, { AL_LEX_META, "وقت القراءة" }, { AL_LEX_META, "waktu baca" },
    { AL_LEX_META, "olvasási idő" }, { AL_LEX_META, "lästid" }, { AL_LEX_META, "lesetid" },
    { AL_LEX_META, "태그" }, { AL_LEX_META, "タグ" }, { AL_LEX_META, "标签" }, { AL_LEX_META, "標籤" },
    { AL_LEX_META, "etiketler" }, { AL_LEX_META, "الوسوم" }, { AL_LEX_META, "címkék" }, { AL_LEX_META, "etichete" },
    { AL_LEX_META, "теги" }, { AL_LEX_META, "מילות מפתח" }, { AL_LEX_META, "editör" }, { AL_LEX_META, "editor" },
    /* datelines */
    { AL_LEX_DATELINE, "giriş" }, { AL_LEX_DATELINE, "güncelleme" }, { AL_LEX_DATELINE, "son güncelleme" },
    { AL_LEX_DATELINE, "yayınlanma" }, { AL_LEX_DATELINE, "oluşturulma" }, { AL_LEX_DATELINE, "نشر في" },
    { AL_LEX_DATELINE, "نُشر في" }, { AL_LEX_DATELINE, "آخر تحديث" }, { AL_LEX_DATELINE, "تاريخ النشر" },
    { AL_LEX_DATELINE, "diterbitkan" }, { AL_LEX_DATELINE, "diperbarui" }, { AL_LEX_DATELINE, "dipublikasikan" },
    { AL_LEX_DATELINE, "frissítve" }, { AL_LEX_DATELINE, "közzétéve" }, { AL_LEX_DATELINE, "publikálva" },
    { AL_LEX_DATELINE, "publicerad" }, { AL_LEX_DATELINE, "uppdaterad" }, { AL_LEX_DATELINE, "publisert" },
    { AL_LEX_DATELINE, "oppdatert" }, { AL_LEX_DATELINE, "offentliggjort" }, { AL_LEX_DATELINE, "opdateret" },
    { AL_LEX_DATELINE, "julkaistu" }, { AL_LEX_DATELINE, "päivitetty" }, { AL_LEX_DATELINE, "publicat" },
    { AL_LEX_DATELINE, "actualizat" }, { AL_LEX_DATELINE, "опубліковано" }, { AL_LEX_DATELINE, "оновлено" },
    { AL_LEX_DATELINE, "cập nhật" }, { AL_LEX_DATELINE, "פורסם" }, { AL_LEX_DATELINE, "עודכן" },
    { AL_LEX_DATELINE, "प्रकाशित" }, { AL_LEX_DATELINE, "अपडेट" },
};

#define LEXICON_SIZE (sizeof(lexicon) / sizeof(lexicon[0]))

static char *keys[LEXICON_SIZE];
static pthread_once_t keys_once = PTHREAD_ONCE_INIT;

static void make_keys(void)
{
    size_t i;

    for (i = 0; i < LEXICON_SIZE; i++)
        keys[i] = al_text_key(lexicon[i].phrase);
}

static bool prefix_kind(al_lex_kind k)
{
    return k == AL_LEX_READMORE || k == AL_LEX_HEADING || k == AL_LEX_GOBACK || k == AL_LEX_META ||
           k == AL_LEX_APPEAL_HEAD || k == AL_LEX_CREDIT || k == AL_LEX_DATELINE;
}

/* Does phrase key P occur in KEY at a word boundary (anywhere, or at the start)? */
static bool word_match(const char *key, const char *p, bool at_start)
{
    size_t n = strlen(p);
    const char *h = key;

    if (!n)
        return false;
    while ((h = strstr(h, p)) != NULL) {
        bool start_ok = h == key || (!at_start && h[-1] == ' ');
        bool end_ok = h[n] == '\0' || h[n] == ' ';
        if (start_ok && end_ok)
            return true;
        if (at_start)
            return false;
        h++;
    }
    return false;
}

/* SHARE: every word of KEY belongs to some share phrase. */
static bool all_share_words(const char *key)
{
    char *copy = al_strdup(key), *w, *save = NULL;
    bool all = copy && key[0];
    size_t i;

    for (w = copy ? strtok_r(copy, " ", &save) : NULL; w && all; w = strtok_r(NULL, " ", &save)) {
        bool found = false;
        size_t digits = strspn(w, "0123456789");
        if (digits && (w[digits] == '\0' || (strchr("km", w[digits]) && w[digits + 1] == '\0')))
            continue;                                  /* share counts: "1.2k" */
        for (i = 0; i < LEXICON_SIZE && !found; i++)
            found = lexicon[i].kind == AL_LEX_SHARE && keys[i] && word_match(keys[i], w, false);
        all = found;
    }
    free(copy);
    return all;
}

static size_t count_words(const char *key)
{
    size_t n = 0;

    for (; *key; key++)
        if (*key != ' ' && (key[1] == ' ' || key[1] == '\0'))
            n++;
    return n;
}

/* A heading opens a chrome section when it is the phrase, give or take a
 * count ("3 Comments") or a few words after a multi-word phrase ("Support
 * Tech ARP"); one-word phrases must be the whole heading, so that "Share
 * prices fall" stays. */
static bool heading_match(const char *key)
{
    char *k = al_strdup(key), *w, *save = NULL;
    al_buf b = AL_BUF_INIT;
    size_t i, words;
    bool hit = false;

    for (w = k ? strtok_r(k, " ", &save) : NULL; w; w = strtok_r(NULL, " ", &save)) {
        if (w[strspn(w, "0123456789")] == '\0')
            continue;
        if (b.len)
            al_buf_putc(&b, ' ');
        al_buf_puts(&b, w);
    }
    free(k);
    if (!b.data) {
        al_buf_free(&b);
        return false;
    }
    words = count_words(b.data);
    for (i = 0; i < LEXICON_SIZE && !hit; i++) {
        size_t pw;
        if (lexicon[i].kind != AL_LEX_HEADING || !keys[i])
            continue;
        pw = count_words(keys[i]);
        if (pw == 1)
            hit = strcmp(b.data, keys[i]) == 0;
        else
            hit = words <= pw + 3 && word_match(b.data, keys[i], true);
    }
    al_buf_free(&b);
    return hit;
}

bool al_lexicon_match(al_lex_kind kind, const char *key)
{
    size_t i;

    pthread_once(&keys_once, make_keys);
    if (kind == AL_LEX_SHARE)
        return all_share_words(key);
    if (kind == AL_LEX_HEADING)
        return heading_match(key);
    for (i = 0; i < LEXICON_SIZE; i++) {
        if (lexicon[i].kind != kind || !keys[i])
            continue;
        if (word_match(key, keys[i], prefix_kind(kind)))
            return true;
    }
    return false;
}

int al_lexicon_count(al_lex_kind kind, const char *key)
{
    size_t i;
    int n = 0;

    pthread_once(&keys_once, make_keys);
    for (i = 0; i < LEXICON_SIZE; i++)
        if (lexicon[i].kind == kind && keys[i] && word_match(key, keys[i], prefix_kind(kind)))
            n++;
    return n;
}

bool al_lexicon_exact(al_lex_kind kind, const char *key)
{
    size_t i;

    pthread_once(&keys_once, make_keys);
    for (i = 0; i < LEXICON_SIZE; i++)
        if (lexicon[i].kind == kind && keys[i] && strcmp(key, keys[i]) == 0)
            return true;
    return false;
}

bool al_lexicon_contains_cjk(al_lex_kind kind, const char *key)
{
    size_t i;

    pthread_once(&keys_once, make_keys);
    for (i = 0; i < LEXICON_SIZE; i++) {
        const unsigned char *k = (const unsigned char *)keys[i];
        /* U+3000..U+9FFF (CJK punctuation, kana, ideographs): 0xE3..0xE9 */
        if (lexicon[i].kind == kind && k && k[0] >= 0xE3 && k[0] <= 0xE9 && strstr(key, keys[i]))
            return true;
    }
    return false;
}

/* ---- stop words ---------------------------------------------------------
 * The commonest function words per language (jusText's signal: running
 * text is full of them, menus and labels have none). */

typedef struct {
    const char *lang;
    const char *const *words;
} stoplist;

static const char *const stop_en[] = { "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
    "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
    "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their",
    "our", "not", "no", "so", "if", "than", "then", "there", "which", "who", "what", "when", "will", "would",
    "can", "could", "about", "into", "after", "more", "all", "also", NULL };
static const char *const stop_de[] = { "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
    "einem", "einer", "und", "oder", "aber", "in", "im", "an", "am", "auf", "mit", "von", "vom", "zu", "zum",
    "zur", "für", "ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "es", "sie", "er", "wir",
    "ich", "nicht", "auch", "als", "wie", "dass", "sich", "bei", "nach", "aus", "noch", "nur", "so", "man",
    "um", "über", "wenn", "sein", "kann", NULL };
static const char *const stop_fr[] = { "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et",
    "ou", "mais", "en", "dans", "sur", "pour", "par", "avec", "au", "aux", "est", "sont", "était", "a", "ont",
    "il", "elle", "ils", "elles", "nous", "vous", "je", "on", "ne", "pas", "plus", "que", "qui", "qu", "ce",
    "cette", "ces", "se", "s", "son", "sa", "ses", "leur", "comme", "si", "été", "y", NULL };
static const char *const stop_es[] = { "el", "la", "los", "las", "un", "una", "unos", "y", "o", "pero",
    "de", "del", "en", "a", "al", "por", "para", "con", "sin", "es", "son", "era", "fue", "ha", "han", "se",
    "su", "sus", "que", "qué", "como", "más", "no", "lo", "le", "les", "este", "esta", "estos", "ese", "esa",
    "muy", "ya", "también", "entre", "sobre", "cuando", "hay", NULL };
static const char *const stop_it[] = { "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o",
    "ma", "di", "del", "della", "dei", "delle", "a", "al", "alla", "da", "in", "nel", "nella", "con", "su",
    "per", "tra", "è", "sono", "era", "ha", "hanno", "che", "non", "si", "come", "più", "anche", "questo",
    "questa", "suo", "sua", "loro", "ci", "ne", "se", NULL };
static const char *const stop_nl[] = { "de", "het", "een", "en", "of", "maar", "van", "in", "op", "aan",
    "met", "voor", "door", "bij", "naar", "uit", "om", "is", "zijn", "was", "waren", "heeft", "hebben",
    "wordt", "worden", "dat", "die", "dit", "deze", "niet", "ook", "als", "er", "hij", "zij", "ze", "we",
    "wij", "ik", "je", "u", "haar", "hun", "nog", "wel", "dan", "al", NULL };
static const char *const stop_pt[] = { "o", "a", "os", "as", "um", "uma", "e", "ou", "mas", "de", "do",
    "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "para", "com", "sem", "é", "são", "era", "foi",
    "tem", "têm", "que", "não", "se", "como", "mais", "seu", "sua", "ao", "à", "também", "este", "esta",
    "isso", "entre", "sobre", "quando", "há", NULL };

static const stoplist stoplists[] = {
    { "en", stop_en }, { "de", stop_de }, { "fr", stop_fr }, { "es", stop_es },
    { "it", stop_it }, { "nl", stop_nl }, { "pt", stop_pt },
};

static bool in_list(const char *const *list, const char *w, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && strncmp(*list, w, n) == 0)
            return true;
    return false;
}

double al_lexicon_stopword_density(const char *key, const char *lang)
{
    size_t k, nlists = sizeof(stoplists) / sizeof(stoplists[0]), words = 0, stops = 0;
    const stoplist *only = NULL;
    const char *w = key;

    if (lang && *lang) {
        for (k = 0; k < nlists; k++)
            if (strncasecmp(lang, stoplists[k].lang, 2) == 0 && (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
                only = &stoplists[k];
        if (!only)
            return -1;
    }
    while (*w) {
        size_t n = strcspn(w, " ");
        bool stop = false;
        words++;
        for (k = 0; k < nlists && !stop; k++)
            if (!only || only == &stoplists[k])
                stop = in_list(stoplists[k].words, w, n);
        stops += stop;
        w += n;
        while (*w == ' ')
            w++;
    }
    return words ? (double)stops / words : -1;
}
