/*
 * grammar.h - the closed classes of words: prepositions, conjunctions,
 * pronouns, particles, numerals and the abbreviations a period may follow.
 * They are kept once, in the table of grammar.c, with a flag per class; a
 * rule asks for a class, never compares a word:
 *
 *     dx_tok_gram(d, tok) & GR_PREP        (a token of a document, internal.h)
 *     dx_form_gram(&d->text, t) & GR_PREP  (a token, with its text)
 *     dx_gram_word(low) & GR_PREP          (any normalised lower-case word)
 *
 * The tokenizer resolves the flags once per distinct word form
 * (dx_wform.gram, by dx_gram_word: whole-form and prefix rows), so that
 * asking costs one load.  Open classes (cue words of a meaning) are the
 * lexicon's: see dx_tok_has_cue.  New flags are appended at the end of the
 * list; a flag's value never changes.  The flags are 64 bits (uint64_t).
 */
#ifndef DX_GRAMMAR_H
#define DX_GRAMMAR_H

#include <stddef.h>
#include <stdint.h>

#define GR_PREP			(UINT64_C(1) << 0)	/* preposition: в, на, из, после, через */
#define GR_PREP_PLACE	(UINT64_C(1) << 1)	/* a preposition before a place: в, во, на, из, через */
#define GR_CONJ			(UINT64_C(1) << 2)	/* conjunction: и, или, но, если, чтобы, что */
#define GR_PRON			(UINT64_C(1) << 3)	/* personal and other pronouns: он, мы, их, все, сам */
#define GR_POSS			(UINT64_C(1) << 4)	/* a possessive pronoun: его, ее, их */
#define GR_DEMO			(UINT64_C(1) << 5)	/* demonstrative: это, этот, то, того, тем */
#define GR_REL			(UINT64_C(1) << 6)	/* relative or interrogative word: где, как, когда, что */
#define GR_ADV			(UINT64_C(1) << 7)	/* pronominal adverb: так, там, тут */
#define GR_PART			(UINT64_C(1) << 8)	/* particle: не, ни, же, ли, уже, еще, тоже, также */
#define GR_NUM			(UINT64_C(1) << 9)	/* numeral word: тысяча, млн, billion */
#define GR_AUX			(UINT64_C(1) << 10)	/* auxiliary, modal or copula verb: может, должен,
											 * будет, был, бы, стал, является */
#define GR_NAME_STOP	(UINT64_C(1) << 11)	/* capitalised first in a sentence, it is no name
											 * (Об этом, Того же, Мир): a proper name must not
											 * start with it */
#define GR_ABBREV		(UINT64_C(1) << 12)	/* an abbreviation a period may follow inside a
											 * sentence: г., т. е., млн., проф., Mr. */
/* a number's scale (prefix rows) */
#define GR_SCALE_3		(UINT64_C(1) << 13)	/* thousands (тыс., тысяч*) */
#define GR_SCALE_6		(UINT64_C(1) << 14)	/* millions (млн, миллион*) */
#define GR_SCALE_9		(UINT64_C(1) << 15)	/* billions (млрд, миллиард*, bn) */
#define GR_SCALE_12		(UINT64_C(1) << 16)	/* trillions (трлн, триллион*) */

/*
 * A preposition by itself, where a rule asks for some of them only: each
 * flag is one preposition and its variant forms (в, во), named by the word.
 * A rule's set is the union of its flags, defined in the file that asks
 * (#define TITLE_PREPS (GR_P_O | GR_P_PO | GR_P_MEZHDU)).
 */
#define GR_P_V			(UINT64_C(1) << 17)	/* в, во */
#define GR_P_NA			(UINT64_C(1) << 18)	/* на */
#define GR_P_S			(UINT64_C(1) << 19)	/* с, со */
#define GR_P_O			(UINT64_C(1) << 20)	/* о, об, обо */
#define GR_P_PO			(UINT64_C(1) << 21)	/* по */
#define GR_P_POD		(UINT64_C(1) << 22)	/* под */
#define GR_P_DO			(UINT64_C(1) << 23)	/* до */
#define GR_P_MEZHDU		(UINT64_C(1) << 24)	/* между */
#define GR_P_PRI		(UINT64_C(1) << 25)	/* при */
#define GR_P_ZA			(UINT64_C(1) << 26)	/* за */
#define GR_P_PROTIV		(UINT64_C(1) << 27)	/* против */
#define GR_P_DLYA		(UINT64_C(1) << 28)	/* для */
#define GR_P_IZ			(UINT64_C(1) << 29)	/* из */
#define GR_P_U			(UINT64_C(1) << 30)	/* у */
#define GR_P_K			(UINT64_C(1) << 31)	/* к, ко */
#define GR_P_OT			(UINT64_C(1) << 32)	/* от */
#define GR_P_NAD		(UINT64_C(1) << 33)	/* над */
#define GR_P_PERED		(UINT64_C(1) << 34)	/* перед */
#define GR_P_CHEREZ		(UINT64_C(1) << 35)	/* через */
#define GR_P_OKOLO		(UINT64_C(1) << 36)	/* около and its synonyms: возле, близ */
#define GR_P_VOKRUG		(UINT64_C(1) << 37)	/* вокруг */
#define GR_P_POSREDI	(UINT64_C(1) << 38)	/* посреди */
#define GR_P_KROME		(UINT64_C(1) << 39)	/* кроме */
#define GR_P_VMESTO		(UINT64_C(1) << 40)	/* вместо */
/* conjunctions and particles by meaning */
#define GR_AND			(UINT64_C(1) << 41)	/* the conjunction that joins: и */
#define GR_BUT			(UINT64_C(1) << 42)	/* a conjunction that opposes: а, но, однако */
#define GR_ALSO			(UINT64_C(1) << 43)	/* also: также, тоже */
#define GR_NOT			(UINT64_C(1) << 44)	/* the negation of a verb: не */
#define GR_THAT			(UINT64_C(1) << 45)	/* что as a conjunction: what was said follows */
#define GR_SO_THAT		(UINT64_C(1) << 46)	/* чтобы: what was asked or wanted follows */
#define GR_WHICH		(UINT64_C(1) << 47)	/* the relative который, every form
											 * (prefix row котор*) */
/* personal pronouns: person and gender */
#define GR_PERS3		(UINT64_C(1) << 48)	/* third person, nominative: он, она, оно, они */
#define GR_MASC			(UINT64_C(1) << 49)	/* masculine singular of GR_PERS3: он */
#define GR_FEM			(UINT64_C(1) << 50)	/* feminine singular of GR_PERS3: она */
/* numerals */
#define GR_PAIR			(UINT64_C(1) << 51)	/* two or both of a pair: две, двух, обе, обеих,
											 * оба, обоих (два, двум: no row yet) */
/* pronouns declined as adjectives (every form of the lexeme) */
#define GR_POSS_ADJ		(UINT64_C(1) << 52)	/* possessive: наш, ваш, свой */
#define GR_DEMO_ADJ		(UINT64_C(1) << 53)	/* demonstrative: этот, тот, такой */
#define GR_DEF_ADJ		(UINT64_C(1) << 54)	/* of the whole or the same: весь, сам (and
											 * самые, самых) */
#define GR_PRON_OBL		(UINT64_C(1) << 55)	/* a pronoun's form after a preposition or in a
											 * comparison: нем, ней, них, нему, чем */
/* Latin */
#define GR_LATIN_LINK	(UINT64_C(1) << 56)	/* a function word inside a Latin name: of, and,
											 * for, the, de, to, on, in */
/* (UINT64_C(1) << 57): taken, no longer asked (GR_PRON_STEM: наш*, эт* ...) */

/*
 * The flags of a normalised lower-case word form (dx_normalize): those of
 * its whole-form row, and those of every prefix row ("тысяч*") it starts
 * with.  0 for any other word.
 */
uint64_t	dx_gram_word(const char *low);

/*
 * The flags of the whole-form row alone (len: bytes of low), without those
 * of prefix rows (GR_SCALE_* of миллиардов, GR_WHICH of которые): ask
 * dx_gram_word for all.
 */
uint64_t	dx_gram_form(const char *low, size_t len);

/* the table, for its tests: row i (NULL past the end) and its flags */
const char *dx_gram_row(int i, uint64_t *flags);
/* for the tests: the longest whole row and the prefix rows' lengths, in bytes */
int			dx_gram_limits(int *whole_max, const unsigned char **prefix_bytes);

#endif
