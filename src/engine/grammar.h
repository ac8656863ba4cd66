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
 * The tokenizer resolves the flags of whole-form rows once per distinct
 * word form (dx_wform.gram), so that asking costs one load; the prefix rows
 * (inflected numerals: тысяч*) are asked with dx_gram_word.  Open classes (cue words
 * of a meaning) are the lexicon's: see dx_tok_has_cue.  New flags are
 * appended at the end of the list; a flag's value never changes.
 */
#ifndef DX_GRAMMAR_H
#define DX_GRAMMAR_H

#include <stddef.h>
#include <stdint.h>

#define GR_PREP			(1u << 0)	/* preposition: в, на, из, после, через */
#define GR_PREP_PLACE	(1u << 1)	/* a preposition before a place: в, во, на, из, через */
#define GR_CONJ			(1u << 2)	/* conjunction: и, или, но, если, чтобы, что */
#define GR_PRON			(1u << 3)	/* personal and other pronouns: он, мы, их, все, сам */
#define GR_POSS			(1u << 4)	/* a possessive pronoun: его, ее, их */
#define GR_DEMO			(1u << 5)	/* demonstrative: это, этот, то, того, тем */
#define GR_REL			(1u << 6)	/* relative or interrogative word: где, как, когда, что */
#define GR_ADV			(1u << 7)	/* pronominal adverb: так, там, тут */
#define GR_PART			(1u << 8)	/* particle: не, ни, же, ли, уже, еще, тоже, также */
#define GR_NUM			(1u << 9)	/* numeral word: тысяча, млн, billion */
#define GR_AUX			(1u << 10)	/* auxiliary, copula or modal: будет, был, является, может */
#define GR_NAME_STOP	(1u << 11)	/* capitalised first in a sentence, it is no name
									 * (Об этом, Того же, Мир): a proper name must not
									 * start with it */
#define GR_ABBREV		(1u << 12)	/* an abbreviation a period may follow inside a
									 * sentence: г., т. е., млн., проф., Mr. */
/* a number's scale (prefix rows: ask dx_gram_word) */
#define GR_SCALE_3		(1u << 13)	/* thousands (тыс., тысяч*) */
#define GR_SCALE_6		(1u << 14)	/* millions (млн, миллион*) */
#define GR_SCALE_9		(1u << 15)	/* billions (млрд, миллиард*, bn) */
#define GR_SCALE_12		(1u << 16)	/* trillions (трлн, триллион*) */

/*
 * The flags of a normalised lower-case word form (dx_normalize): those of
 * its whole-form row, and those of every prefix row ("тысяч*") it starts
 * with.  0 for any other word.
 */
uint32_t	dx_gram_word(const char *low);

/*
 * The flags of the whole-form row alone (len: bytes of low): what the
 * tokenizer stores per form (dx_wform.gram), so that every class but the
 * inflected numerals of prefix rows (GR_SCALE_*: миллиардов) is one load
 * away.  Ask dx_gram_word for those.
 */
uint32_t	dx_gram_form(const char *low, size_t len);

/* the table, for its tests: row i (NULL past the end) and its flags */
const char *dx_gram_row(int i, uint32_t *flags);
/* for the tests: the longest whole row and the prefix rows' lengths, in bytes */
int			dx_gram_limits(int *whole_max, const unsigned char **prefix_bytes);

#endif
