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

/*
 * In which cases and genders the name word `form` is an oblique case of the
 * name word `nom` (Каприлеса of Каприлес): bit 1 << gcase for a man, bit
 * 1 << (gcase + 8) for a woman; 0 when it is none (or the same word).
 */
int			dx_name_case_forms(dx_arena *a, const char *form, const char *nom, int surname);

/*
 * 1 when a lower-case surname has a form only a woman's keeps in every case
 * (ends in a consonant, not -ов/-ин: Ярмыш, Бербок); a man's would decline.
 */
int			dx_name_keeps_form_for_woman(const char *low);

/*
 * Questions about the endings of name words (lower case), so that no other
 * file tests endings itself.
 */
/* looks like a patronymic: Сергеевич, Ивановна, оглы, кызы */
int			dx_looks_patronymic(const char *low);

/* a given name in -ии, -ие, -ию, -ией put into -ия (Асии -> Асия); NULL for another ending */
char	   *dx_ia_name_nominative(dx_arena *a, const char *form);

/* bytes of the oblique case ending a surname form may carry (-а, -у, -ом, -е, -ым), 0 if none */
size_t		dx_surname_oblique_ending(const char *low);

/* form is a case form of the consonant-final given name nom (фавада, фавадом of фавад) */
int			dx_given_case_form(const char *form, const char *nom);

/* a Russian surname in -ова, -ева, -ина */
int			dx_surname_ova(const char *low);

/* a woman's Russian surname: -ова, -ева, -ина, -ская, -цкая */
int			dx_surname_feminine(const char *low);

/* a surname with an ending only a man's oblique case has (-а, -у, -ым, -ом; not -ова, -ая) */
int			dx_surname_of_man_oblique(const char *low);

/* a word in an adjectival ending, not an adjectival surname (Международного) */
int			dx_adjective_like(const char *low);

/* the case a surname's unambiguous ending shows (Топаловым, Лаврову), DX_UNK if none */
int			dx_surname_case(const char *low);

/* a foreign name in -е, -и, -о, -э that may not decline at all */
int			dx_name_may_not_decline(const char *low);

/* a short foreign given name in -у, -и, -о that may not decline (Тору) */
int			dx_short_given_may_not_decline(const char *low);

/* a word ending like a plural (-ы) or a noun in -ия (-ии) */
int			dx_plural_like(const char *low);

/* form is the surname with the instrumental -ым added (Путиным of Путин) */
int			dx_surname_ym_form(const char *form, const char *surname);

/* 1 when s ends with suffix (both UTF-8) */
int			dx_ends(const char *s, const char *suffix);

#endif
