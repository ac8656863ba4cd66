/*
 * entities.h - what the files of the entity layer share: entities.c (the
 * pass), persons.c, offices.c, places.c and orgs.c.  The entity store they
 * all add to is store.c (store.h, through internal.h).
 * Not part of the engine's API.
 */
#ifndef DX_ENTITIES_H
#define DX_ENTITIES_H

#include "internal.h"

/* persons.c */
int			dx_is_cap_word(const dx_doc *d, int i);	/* a capitalised word, not an abbreviation */
int			dx_name_free(const dx_doc *d, int i);	/* a token a name rule may take */
void		dx_mark_quoted_names(dx_doc *d);	/* short quoted names («Блю Стрим») */
int			dx_person_entity(dx_doc *d, const char *full, const char *surname, const char *given,
							 int gender);	/* find or make the person of a name */
int			dx_lexicon_person(dx_doc *d, int t0, int t1, int entry);	/* a person the lexicon knows */
int			dx_rule_person(dx_doc *d, int i, int gcase, int after_office, int *ent_out);	/* a name by
																						 * rule from
																						 * token i */
void		dx_find_rule_persons(dx_doc *d);
void		dx_find_names_alone(dx_doc *d);
int			dx_after_honorific(const dx_doc *d, int i);	/* the name after a form of address (г-н) at i */
int			dx_surname_subject(const dx_doc *d, int i);	/* Чадов заявил: a surname, no place; its gender */
int			dx_three_word_name(dx_doc *d, int i, int gcase);
int			dx_holder_past_body_name(const dx_doc *d, int end);	/* партии Хизб-ут-Тахрир Омар Бакри: Омар */	/* Пушпы Камала Дахала: one name in gcase at i */
/* persons.c: was a person row of the lexicon in office when the story was written? */
int			dx_row_in_story_time(dx_doc *d, const lex_entry *le);
int			dx_given_gender(const dx_doc *d, int e);	/* of a given-name entry: DX_FEM, DX_MASC or 0 */
int			dx_given_woman_nominative(const dx_doc *d, int i);	/* Роберта Мецола заявила: hers, no man's genitive */
const char *dx_dict_surname_nominative(const dx_doc *d, int i, int c, int g);	/* Гамалеи: Гамалея */

/* offices.c */
void		dx_find_office_persons(dx_doc *d);
void		dx_find_offices_after_names(dx_doc *d);
void		dx_find_offices_after_surnames(dx_doc *d);
void		dx_find_office_descriptors(dx_doc *d);
int			dx_story_surname_genitive(dx_doc *d, int j);	/* Петрова after Иван Петров: his surname's genitive */
void		dx_find_colleague_offices(dx_doc *d);	/* a colleague holds the same office */

/* places.c */
const char *dx_country_normal(const lex_entry *le);	/* the nominative a state's mention reports */
int			dx_country_entity(dx_doc *d, const lex_entry *le);	/* the entity of a state */
int			dx_capital_metonym(const dx_doc *d, const dx_span *s);	/* a capital standing for its
																	 * state */
void		dx_find_generic_places(dx_doc *d);	/* реки Славянки, деревня Иттан Уали */
int			dx_not_a_place(const dx_doc *d, const dx_span *s, const lex_entry *le);
int			dx_place_before_surname(dx_doc *d, const dx_span *s);
int			dx_inside_other_name(const dx_doc *d, const dx_span *s, int compound);
int			dx_seat_as_place(const dx_doc *d, const dx_span *s);	/* в Брюсселе 1; в Кремле 2: and the body */
int			dx_place_off_earth(const dx_doc *d, const lex_entry *le);	/* Луна, МКС: no location entity */

/* orgs.c */
int			dx_org_entry_inside(const dx_doc *d, int j, int t1, int *end);	/* a body the lexicon
																		 * names from token j */
int			dx_body_compound(const dx_doc *d, int i);	/* Росстат, Мосгордума: a body's word */
int			dx_body_word(const dx_doc *d, int i);	/* Росстат, Центризбирком: a body's name */

#endif
