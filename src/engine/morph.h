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
 * In which cases and genders a name word is an oblique case of the name
 * word nomword (Каприлеса of Каприлес), in two steps for one form compared
 * with many names: the nominatives form may stand for, a slot per gender
 * and case (normalised; NULL where none); then the bits of those that are
 * nomword (normalised): 1 << gcase for a man, 1 << (gcase + 8) for a woman,
 * 0 when none.  surname: the surname paradigms apply.
 */
#define DX_NAME_CASE_SLOTS 32
int			dx_name_case_nominatives(dx_arena *a, const char *form, int surname, const char **nom);
int			dx_name_case_match(const char *const *nom, const char *nomword);

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
int			dx_woman_given_case(const char *low);
int			dx_name_may_not_decline(const char *low);

/* a short foreign given name in -у, -и, -о that may not decline (Тору) */
int			dx_short_given_may_not_decline(const char *low);

/* a word ending like a plural (-ы) or a noun in -ия (-ии) */
int			dx_plural_like(const char *low);

/* form is the surname with the instrumental -ым added (Путиным of Путин) */
int			dx_surname_ym_form(const char *form, const char *surname);

/* 1 when s ends with suffix (both UTF-8) */
int			dx_ends(const char *s, const char *suffix);

/*
 * 1 when a lower-case noun form ends as an instrumental: -ом of the
 * masculine and neuter singular, -ами of the plural (визитом, переговорами)
 */
int			dx_instrumental_ending(const char *w);

/*
 * Questions of the document pass (agreements.c), by a lower-case form:
 */
/* an adjective form that can agree with a head of this gender (DX_MASC ...) */
int			dx_adj_agrees(const char *low, int gender);
/* may be a noun or adjective in the genitive: the first word of a title's tail */
int			dx_may_be_genitive(const char *low);
/* may be a genitive in a list after a comma: "образования, науки и культуры" */
int			dx_may_be_genitive_conjunct(const char *low);
/* an oblique plural of a noun: соглашений, договоров, контрактами, протоколах */
int			dx_oblique_plural(const char *low);
/* may be in the prepositional case: "о сотрудничестве", "о вопросах" */
int			dx_may_be_prepositional(const char *low);
/* a soft adjective in an oblique feminine case: дальнейшей, внешней */
int			dx_soft_adjective_oblique(const char *low);
/* the ending of a verbal noun: подписании, заключение, подписанием */
int			dx_verbal_noun_ending(const char *low);
/* an adjective in the nominative plural: ключевые, новые */
int			dx_plural_adjective_nominative(const char *low);
/* the first part of a compound adjective before a hyphen: торгово-, военно- */
int			dx_compound_first_part(const char *low);
/* a verb form that is not past: infinitive, present or future (подпишут, подписать) */
int			dx_verb_not_past(const char *low);
/* the value of a numeral from one to ten, fifteen or twenty; 0 otherwise */
int			dx_small_numeral(const char *low);

/* Endings the passes ask about (lower-case forms; see morph.c) */
int			dx_zero_gen_plural_of(const char *form, const char *gen_sg);
int			dx_noun_plural_of(const char *form, const char *lemma);
int			dx_gen_plural_ending(const char *low);	/* -ей, -ов, -ев: представителей, директоров */
int			dx_verb_like_ending(const char *low);
int			dx_short_participle_ending(const char *low);
int			dx_past_gender(const char *low);	/* DX_FEM, DX_MASC or 0 */
int			dx_finite_verb_ending(const char *low);
int			dx_reflexive_ending(const char *low);
int			dx_surname_gender(const char *surname);	/* DX_FEM, DX_MASC or 0 */
int			dx_given_name_gender(const char *given);	/* DX_FEM for -а, -я */
int			dx_indeclinable_noun(const char *lemma);
int			dx_plural_past_ending(const char *low);
int			dx_agent_noun_ending(const char *lemma);	/* -тор, -ист, -лог: архитектор, экономист */

/* ------------------------------------------------ endings asked by places.c and orgs.c */

/*
 * Split a lower-case noun form into its stem and case ending when the stem
 * with a nominative ending (or with a fleeting vowel: посёлка, посёлок) is a
 * word is_lemma accepts: "реки" -> ending "и", nominative ending "а".
 * *name_end is the ending a name agreeing with the noun takes in the
 * nominative (деревни Ивановки: "а").  Returns 0 when no split fits.
 */
int			dx_noun_case_split(const char *low, int (*is_lemma) (const char *word, void *arg),
							   void *arg, const char **ending, const char **nom_end,
							   const char **name_end);

/* a form in -е of a lemma that does not end in -е (в Лондоне): a locative */
int			dx_prepositional_form(const char *form, const char *lemma);

/* a word in -ий/-ств, often a genitive plural (отношений, государств) */
int			dx_bare_gen_plural(const char *low);

/* an ending of a surname, patronymic or given name (-ов, -ина, -ович, -енко, -слав) */
int			dx_person_name_ending(const char *low);

/* an oblique form of a surname in -ов/-ев/-ин (Чумакова, Ивановым) */
int			dx_surname_oblique(const char *low);
/* a Russian surname in the dative or the instrumental (gcase) by its ending: a man's (Фомину, Фоминым), with women a woman's too (Беловой) */
int			dx_surname_case_ending(const char *low, int gcase, int women);
/* a noun's genitive singular in -и, -ы (Мариинки, Укрзализныци) */
int			dx_genitive_i_ending(const char *low);

/* a reflexive verb (-ся) or a plural noun in -ки (-ники) */
int			dx_verb_or_plural_ending(const char *low);

/*
 * The nominative of one-word body name (Росстата -> Росстат, Мосгордумы ->
 * Мосгордума), written as form; low is its lower-case form.
 */
char	   *dx_compound_nominative(dx_arena *a, const char *form, const char *low);

/*
 * The number an adjective form shows: 1 plural (Британские, Курильских),
 * 0 singular (Мёртвом), -1 either (Британским: dative plural or
 * instrumental singular).
 */
int			dx_adjective_number(const char *low);

/*
 * Endings read without the dictionary, of a normalised lower-case form:
 * what the rules that only glance at a word ask.
 */
/* a finite verb, an infinitive or a reflexive form: -ся, -ать, -ила, -ает */
int			dx_verb_ending(const char *low);
/* a genitive singular or a plural in -ов/-ев/-ых/-их: -а, -ого, -ой, -ов */
int			dx_genitive_ending(const char *low);
/* an adjectival ending of any case, gender or number: -ый, -ая, -ого, -ыми */
int			dx_adjective_ending(const char *low);
/* an infinitive: -ть, -ти */
int			dx_infinitive_ending(const char *low);
/*
 * The forms of an abbreviation read as a noun (МИД: МИД, МИДа, МИДу, МИДом,
 * МИДе), lower case; none for a word of 240 bytes or more.
 */
void		dx_abbr_forms(const char *low, void (*emit) (const char *form, int len, void *arg),
						  void *arg);

/* ---------------------------------------------------------------- numerals in words */

/* the value of a cardinal numeral in any case (пяти, двадцатью, двухсот: 5, 20, 200); 0 if none */
int			dx_numeral_value(const char *low);
/* полтора, полторы, полутора: one and a half */
int			dx_numeral_half_more(const char *low);
/* a scale word in the singular (миллион, миллиона, миллиардом, тысячу): one of the scale */
int			dx_scale_singular(const char *low);

/*
 * What the dictionary says of a word's grammemes (the OpenCorpora tags:
 * case nomn, tense futr/past/pres, aspect perf/impf, INFN, ...):
 * 1 when one of its analyses has every grammeme of need, 0 when none has,
 * -1 when the word has no analysis or there is no dictionary.
 */
int			dx_morph_may_be(const dx_lexicon *lex, const char *word, size_t len, uint64_t need);

/* the grammemes of a word's most probable analysis, 0 when it has none */
uint64_t	dx_morph_first_gram(const dx_lexicon *lex, const char *word, size_t len);

/*
 * The tense of a verb form (OpenCorpora past, or futr, pres, INFN), from the
 * dictionary where it knows the word, else from the endings.
 */
#define DX_TENSE_PAST	 1		/* подписали, подписанный */
#define DX_TENSE_NONPAST 2		/* подпишут, заключат, подписать, подписывают */
int			dx_verb_tense(const dx_lexicon *lex, const char *low);

/* the dictionary knows the form only as a plural noun: соглашениям, договоров */
int			dx_plural_noun(const dx_lexicon *lex, const char *low);

/*
 * The nominative plural of a noun or adjective given in the nominative
 * singular, by the dictionary, in buf: its length, -1 when unknown.
 */
int			dx_nominative_plural(const dx_lexicon *lex, const char *lemma, char *buf, size_t buflen);

/* ---------------------------------------------------------------- letters and endings of names (persons.c) */

/* a word of a transliterated company name by its ending: Маркетинг, Энерджи, Холдинг */
int			dx_company_word_ending(const char *low);
/* a short word that may be an Arabic article before a hyphen: аль-, эль-, ад-, уль- */
int			dx_arabic_article_form(const char *low);
/* the letter at s (two bytes) is е or ё */
int			dx_letter_e_or_yo(const char *s);
/* the word ends in -а or -я (a woman's nominative, a man's genitive: Петра) */
int			dx_first_declension_ending(const char *low);

/* dx_adjective_ending() of a form whose byte length n is known (the tokenizer's) */
int			dx_adjective_ending_len(const char *low, size_t n);

/* an ending only surnames have (-швили, -дзе, -ян, -енко) */
int			dx_surname_only_ending(const char *low);

/* a given name and a surname in the instrumental by their endings (Симаном Поваренкиным) */
int			dx_instrumental_name_pair(const char *a, const char *b);

/* a surname in the nominative by its ending, a man's (-ов, -ев, -ин) or a woman's (fem: -ова, -ева, -ина) */
int			dx_surname_nominative_of_man(const char *low, int fem);

/* the case an adjective shows against its masculine nominative lemma on the same stem (генеральным: DX_INS) */
int			dx_adjective_case_of_lemma(const char *form, const char *lemma);

/* е, ё or э at s */
int			dx_letter_e_like(const char *s);

/* -и, -о, -у, -э but not -ии: a foreign name that does not decline */
int			dx_undeclined_vowel_ending(const char *low);

/* -ев, -ёв, -ов, -ин, -ын at the end: a possessive adjective's stem */
int			dx_possessive_suffix(const char *s);

/* the stem's byte length of a short possessive form (баренцевом, берингова), 0 when none */
size_t		dx_possessive_stem(const char *low);

/* the ending of a short possessive's nominative in a gender: "", а, о, ы */
const char *dx_possessive_ending(int gender);

/* a masculine or neuter adjective in the nominative singular: Волжский, Каменское */
int			dx_masc_neut_adjective_nominative(const char *low);
/* a masculine or neuter adjective's oblique singular: Хмельницкого, Хмельницком */
int			dx_masc_neut_adjective_oblique(const char *low);
/* -ом, -ем: an adjective's locative or a noun's instrumental */
int			dx_om_em_ending(const char *low);

/*
 * dx_ocdict_lookup through the lexicon's cache of analyses (morph_dict.c):
 * the analyses of a word the dictionary knows, none for a word it would only
 * guess at; 0 without the dictionary.
 */
int			dx_morph_lookup(const dx_lexicon *lex, const char *word, size_t len,
							dx_ocparse *out, int max);

/* a man's surname in -у after a consonant read as the accusative of one in -а: Ямаду -> Ямада */
char	   *dx_u_accusative_nominative(dx_arena *a, const char *form);

/* a foreign man's given name in -и, -о, -э that does not decline: Кэндзи, Синдзо */
int			dx_given_undeclined_ioe(const char *low);

/* a verb's reflexive ending, -ся or -сь */
int			dx_reflexive_verb_ending(const char *low);

/* the grammemes of all of a word's analyses together, 0 when it has none */
uint64_t	dx_morph_all_grams(const dx_lexicon *lex, const char *word, size_t len);

/*
 * The nominative of a man's surname of the -а, -я declension (Ямада,
 * Гарсия) in the case a given name shows: Ямаду, Гарсию, Гарсии, Гарсией;
 * NULL for a form that is not only that declension's
 */
char	   *dx_man_a_surname_nominative(dx_arena *a, const char *form, int gcase);

/* the instrumental of a surname in -ов, -ев, -ин, a man's or a woman's: Петровым, Петровой */
int			dx_surname_instrumental(const char *low);

/* the genitive, dative and prepositional alike of a woman's given name in -ия: Марии of Мария */
int			dx_given_gen_dat_alike(const char *form, const char *lemma);

/* a surname of adjectival form in the nominative: -ский, -цкий; fem: -ская, -цкая */
int			dx_surname_adjectival_nominative(const char *low, int fem);

/* does a given name decline (a consonant, -й, -ь, -а, -я: Иван, Мария; not Мэри, Рене) */
int			dx_given_declines(const char *low);

/* does a surname's nominative keep its form in every case for a person of gender (Биби; a woman's Смит) */
int			dx_surname_keeps_form(const char *low, int gender);

#endif
