/*
 * morph.h - Russian morphology behind one small interface: the inflected forms
 * of a dictionary word (used to match the lexicon in any case) and the
 * nominative of person names and noun-phrase heads.
 */
#ifndef DX_MORPH_H
#define DX_MORPH_H

#include "arena.h"
#include "diplo.h"
#include "ocdict.h"				/* the OpenCorpora dictionary: analyses, forms, prediction */

/*
 * Call emit(form, arg) for each form the lower-case lemma may take in text,
 * the lemma itself included.  proper: 1 when the word is a proper noun
 * (singular forms only; indeclinable vowel endings such as Баку, Токио stay
 * as they are), 2 for a common noun in the name of one thing ("море" in
 * "Балтийское море": singular forms only), 0 otherwise.
 */
void		dx_morph_forms(const char *lemma, int proper,
						   void (*emit) (const char *form, int len, void *arg), void *arg);

/* grammatical gender guessed from a given name or a noun lemma */
#define DX_MASC 1
#define DX_FEM  2
#define DX_NEUT 3
#define DX_PLUR 4

/* grammatical cases, as far as the engine needs them */
#define DX_NOM  0
#define DX_GEN  1
#define DX_DAT  2
#define DX_ACC  3
#define DX_INS  4
#define DX_PREP 5
#define DX_UNK  9

/* The case a lower-case form shows against its lower-case lemma (DX_UNK if unclear). */
int			dx_case_of(const char *form, const char *lemma);

/*
 * Nominative of a name word written as `form` (original case kept), knowing
 * the gender (DX_MASC, DX_FEM or 0) and the case seen on a neighbouring word
 * (DX_UNK when unknown).  surname: the -ов/-ин/-ский paradigms apply.
 */
char	   *dx_name_nominative(dx_arena *a, const char *form, int gender, int gcase,
							   int surname);

/*
 * Put an adjective written in an oblique case into the nominative agreeing
 * with a head of the given gender ("Комплексную" + FEM -> "Комплексная").
 * Returns NULL when the word does not look like an adjective.
 */
char	   *dx_adjective_nominative(dx_arena *a, const char *form, int gender);

/* Gender of a noun lemma by its ending (lower case). */
int			dx_noun_gender(const char *lemma);

/*
 * The OpenCorpora dictionary of a lexicon (opened once with it; see
 * ocdict.h).  Without the dictionary installed these find nothing.
 */
/* 1 when the lexicon has the dictionary */
int			dx_morph_has_dict(const dx_lexicon *lex);

/* the lexicon's dictionary (NULL when absent), for the dx_ocdict_* calls */
const dx_ocdict *dx_morph_dict(const dx_lexicon *lex);

/* a word's analyses, as dx_ocdict_analyse (prediction when unknown) */
int			dx_morph_analyse(const dx_lexicon *lex, const char *word, size_t len,
							 dx_ocparse *out, int max);

/*
 * Nominative of a word by its first analysis that has every grammeme of
 * need (e.g. DX_G(Surn) | DX_G(femn)), keeping part of speech, gender,
 * number and name grammemes (Пановой -> Панова, Сергеевичем -> Сергеевич);
 * a capital first letter of word is kept.  Returns the length written to
 * buf, -1 when no analysis fits.
 */
int			dx_morph_nominative(const dx_lexicon *lex, const char *word, size_t len,
								uint64_t need, char *buf, size_t buflen);

/* 1 when s ends with suffix (both UTF-8) */
int			dx_ends(const char *s, const char *suffix);

/* Endings the passes ask about (lower-case forms; see morph.c) */
int			dx_zero_gen_plural_of(const char *form, const char *gen_sg);
int			dx_noun_plural_of(const char *form, const char *lemma);
int			dx_gen_plural_ending(const char *low);
int			dx_verb_like_ending(const char *low);
int			dx_short_participle_ending(const char *low);
int			dx_past_gender(const char *low);	/* DX_FEM, DX_MASC or 0 */
int			dx_finite_verb_ending(const char *low);
int			dx_reflexive_ending(const char *low);
int			dx_surname_gender(const char *surname);	/* DX_FEM, DX_MASC or 0 */
int			dx_given_name_gender(const char *given);	/* DX_FEM for -а, -я */
int			dx_indeclinable_noun(const char *lemma);
int			dx_plural_past_ending(const char *low);

#endif
