/*
 * appeal.h - recognise a donation or membership appeal by what it does
 * (private).
 *
 * An appeal addresses the reader, asks for something (support, membership,
 * a subscription, money) and names what it asks for: a price with a period,
 * a membership, a payment channel, bank details. appeal.c measures these
 * features on a text and scores them together; blocks.c and boilerplate.c
 * decide with it on a block, a box of blocks and a section.
 */
#ifndef ALOUD_APPEAL_H
#define ALOUD_APPEAL_H

#include <stdbool.h>
#include <stddef.h>

/* What one text says about itself, as counts of distinct evidence. */
typedef struct {
    size_t words;      /* word tokens */
    int address;       /* the reader addressed: "you", "Sie", an imperative request */
    int request;       /* request verbs: "support", "werden", "hazte" */
    int reported;      /* request verbs that report a giving: "Lorelei is donating" */
    int self;          /* the site speaks of itself: "we", "our", "uns" */
    int member;        /* membership words: "member", "Abo", "independent", "ad-free" */
    int money;         /* amounts: a number beside a currency */
    int money_period;  /* of them, with a period: "£4 a month", "5 € pro Monat" */
    int channel;       /* payment channels: PayPal, Ko-fi, Bizum, Swish */
    int tip;           /* of them, tip jars: Buy Me a Coffee, buycoffee.to, Ko-fi */
    int tax;           /* tax schemes that give or refund: "5x1000", "reçu fiscal" */
    int payment;       /* payment words of the lexicon: "bank transfer", "Überweisung" */
    int bank_id;       /* IBAN, BIC/SWIFT, sort code and account, long account numbers */
    int phrase;        /* appeal phrases of the lexicon: "buy me a coffee" */
    int sentences;     /* sentences ended: ". ! ?" after a word, not an abbreviation */
} al_appeal_features;

/** Measure TEXT's appeal features into *F. */
void al_appeal_measure(const char *text, al_appeal_features *f);

/** al_appeal_measure() given KEY, TEXT's al_text_key() (NULL: made here):
 *  a caller that holds the key already spares making a second one. */
void al_appeal_measure_keyed(const char *text, const char *key, al_appeal_features *f);

/** The features' score (see appeal.c for the weights). */
int al_appeal_score(const al_appeal_features *f);

/** Is TEXT, a block or the whole text of a box, an appeal? */
bool al_appeal_text(const char *text);

/** Is a text whose features are F an appeal (al_appeal_text's answer)? */
bool al_appeal_is(const al_appeal_features *f);

/**
 * Does TEXT, a block beside an appeal, continue it: it asks or names a
 * price, a channel or bank details, with less evidence than a block alone
 * needs ("Around 900 readers already chip in.")? BOXED: the appeal is set
 * in a box of its own and TEXT is in it (its terms are the appeal's, also
 * a price told to nobody).
 */
bool al_appeal_continues(const char *text, bool boxed);

/**
 * Does TEXT, the block right beside an appeal (no other block between),
 * belong to it: it continues it, or it speaks of how the site is paid for
 * (membership, reader-funded, no paywall or advertisers) to the reader or
 * as the site's "we"?
 */
bool al_appeal_adjoins(const char *text, bool boxed);

/**
 * al_appeal_adjoins() when NEAREST, else al_appeal_continues(), for TEXT
 * ABOVE the appeal or under it: above it, an account number in a report
 * that names no reader, site, request or payment word is the story's.
 */
bool al_appeal_goes_on(const char *text, bool boxed, bool nearest, bool above);

/**
 * Does TEXT, a block beside an appeal in the appeal's own small box set
 * in the article, speak as the site's "we" (its story, told before the
 * ask), in at most an appeal's length?
 */
bool al_appeal_told_by_site(const char *text);

/**
 * Does TEXT, with no request verb, tell the reader a price per period and
 * a way to pay, in a short line ("deux euros par mois sur Tipeee
 * suffisent")? The caller judges where it stands.
 */
bool al_appeal_priced_plea(const char *text);

/**
 * Does TEXT, a block under an appeal's heading, give the appeal's terms:
 * two ways to pay, or one and a price per period ("2 euros por mês ...
 * por MB WAY")? Up to a paragraph's length.
 */
bool al_appeal_terms(const char *text);

/** Is TEXT, a short heading, the title of an appeal ("Become a member")? */
bool al_appeal_heading(const char *text);

#endif /* ALOUD_APPEAL_H */
