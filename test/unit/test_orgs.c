/* test_orgs.c - organisations: the names of bodies, companies, media and clubs. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

#define PUBLISHED 20240501

#define run(text) UNIT_RUN((text), PUBLISHED)

/* the kind of the name mention whose surface is `surface`, -1 if there is none */
static int
org_mention(const dx_result *r, const char *surface)
{
	const dx_mention *m = unit_mention(r, surface);

	return m != NULL && m->kind == DX_ORGANIZATION && m->form == DX_FORM_NAME;
}

/* a list of quoted names after a body's noun names a body each */
TEST(org_quoted_list_after_a_head_noun)
{
	dx_result  *r = run("Тренер руководил клубами «Сокол», «Трактор» и уральский «Металлург». "
						"Компании «Северсталь-Авто» и «Грань» подписали контракт.");

	CHECK(org_mention(r, "Сокол"));
	CHECK(org_mention(r, "Трактор"));
	CHECK(org_mention(r, "Металлург"));
	CHECK(org_mention(r, "Северсталь-Авто"));
	CHECK(org_mention(r, "Грань"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "Грань") != NULL);
	dx_result_free(r);
}

/* a quoted name after a word that is no body's noun is not taken */
TEST(org_quoted_list_needs_a_head_noun)
{
	dx_result  *r = run("Он прочитал романы «Сокол», «Трактор» и «Грань».");

	CHECK(!org_mention(r, "Трактор"));
	CHECK(!org_mention(r, "Грань"));
	dx_result_free(r);
}

/*
 * A quoted name right after a verb of speech or a source word is the source's;
 * direct speech takes a colon, and after a verb of naming or judging the name
 * is a thing's
 */
TEST(org_quoted_source_after_a_speech_verb)
{
	dx_result  *r = run("Об этом сообщает «Вечерний вестник». Министр рассказал «Северной газете» "
						"о планах. Со ссылкой на «Радио Север» агентство пишет о переговорах. "
						"Президент назвал «Северный путь» проектом века. Министр считает «Южный мост» "
						"ошибкой. Он заявил: «Мы готовы».");

	CHECK(org_mention(r, "Вечерний вестник"));
	CHECK(org_mention(r, "Северной газете"));
	CHECK(org_mention(r, "Радио Север"));
	CHECK(!org_mention(r, "Северный путь"));
	CHECK(!org_mention(r, "Южный мост"));
	CHECK(!org_mention(r, "Мы готовы"));
	dx_result_free(r);
}

/* a player's or coach's word before a quoted name: the name is a club's */
TEST(org_quoted_club_after_a_sports_role)
{
	dx_result  *r = run("Главным тренером «Торпедо» стал Пётр Сидоров, а наставник «Шахтёра» "
						"подал в отставку.");

	CHECK(org_mention(r, "Торпедо"));
	CHECK(org_mention(r, "Шахтёра"));
	dx_result_free(r);
}

/* an unknown abbreviation before a quoted name is the body's type: the quoted name is the body */
TEST(org_quoted_name_after_a_type_abbreviation)
{
	dx_result  *r = run("Больного доставили в ГБУЗ «Городская больница № 7». Об этом сообщает "
						"ИАЦ «Северный берег».");

	CHECK(org_mention(r, "Городская больница № 7"));
	CHECK(org_mention(r, "Северный берег"));
	CHECK(!org_mention(r, "ГБУЗ"));
	CHECK(!org_mention(r, "ИАЦ"));
	dx_result_free(r);
}

/* the abbreviation of a body's kind before its name in Latin letters is no organisation of its own */
TEST(org_kind_abbreviation_before_a_latin_name)
{
	dx_result  *r = run("Об этом заявил гендиректор НПО Green Valley Даньел Колладо.");

	CHECK(!org_mention(r, "НПО"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "Green Valley") != NULL);
	dx_result_free(r);
}

/* the body is named with the abbreviation of its type: РИА Новости */
TEST(org_named_with_its_type_abbreviation)
{
	dx_result  *r = run("Об этом сообщает ИАЦ «Северный берег».");

	CHECK(unit_entity(r, DX_ORGANIZATION, "ИАЦ Северный берег") != NULL);
	dx_result_free(r);
}

/* a body named short and long in one story is one organisation, named in full */
TEST(org_short_and_long_name_are_one)
{
	dx_result  *r = run("Вчера Национальный конгресс Бразилии принял закон. Позже Национальный "
						"конгресс одобрил бюджет. Министерство юстиции Литвы и Министерство юстиции "
						"Латвии подписали меморандум, Министерство юстиции опубликовало его текст.");

	CHECK(unit_entity(r, DX_ORGANIZATION, "Национальный конгресс Бразилии") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Национальный конгресс") == NULL);
	/* a name that goes on in two ways stays apart */
	CHECK(unit_entity(r, DX_ORGANIZATION, "Министерство юстиции Литвы") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Министерство юстиции Латвии") != NULL);
	dx_result_free(r);
}

/* a name linked by a short particle after a party's noun, with its state's name: Техрик-э-Лабаик Пакистан */
TEST(org_linked_name_after_a_head_noun)
{
	dx_result  *r = run("Лидер партии Джамиат-э-Ислами Бангладеш Абдул Карим задержан. "
						"Вчера активисты партии Хизб-ут-Вахдат вышли на улицы.");

	CHECK(org_mention(r, "Джамиат-э-Ислами Бангладеш"));
	CHECK(org_mention(r, "Хизб-ут-Вахдат"));
	dx_result_free(r);
}

/* a code of letters and digits in one word is a model or a flight, not a body */
TEST(org_letter_digit_code_is_no_body)
{
	dx_result  *r = run("В прошлом году завод выпустил десять самолетов TXR150. "
						"XPL300 начнут собирать в Казани. Группа G20 обсудит это.");

	CHECK(!org_mention(r, "TXR150"));
	CHECK(!org_mention(r, "XPL300"));
	CHECK(org_mention(r, "G20"));
	dx_result_free(r);
}

/* Latin and Cyrillic words of things are no bodies: Cookie, SMS, Urals, СМС */
TEST(org_words_of_things_are_no_bodies)
{
	dx_result  *r = run("Портал хранит файлы Cookie на компьютере. Клиенты получили уведомление "
						"по SMS и по СМС. Вчера Urals подешевела.");

	CHECK(!org_mention(r, "Cookie"));
	CHECK(!org_mention(r, "SMS"));
	CHECK(!org_mention(r, "СМС"));
	CHECK(!org_mention(r, "Urals"));
	dx_result_free(r);
}

/*
 * A body's name of several words that opens a sentence is the body's, as it
 * is inside one; a one-word head noun there (Пресс-служба, Министерство) may
 * be a common noun and is not taken
 */
TEST(org_head_of_several_words_first_in_a_sentence)
{
	dx_result  *r = run("Министерство обороны опровергло слухи. Верховный суд отклонил жалобу. "
						"Пресс-служба ведомства отказалась от комментариев.");

	CHECK(org_mention(r, "Министерство обороны"));
	CHECK(org_mention(r, "Верховный суд"));
	CHECK(!org_mention(r, "Пресс-служба"));
	dx_result_free(r);
}

/*
 * First in a sentence, a relational adjective before a body's noun opens the
 * body's name (Федеральное ... управление); a qualitative or pronominal one,
 * a plural noun, one adjective with the noun alone, or a name after the noun
 * make a common noun or a description
 */
TEST(org_relational_adjective_opens_a_sentence)
{
	dx_result  *r = run("Федеральное налоговое управление опубликовало отчёт. "
						"Европейское агентство лекарственных средств одобрило вакцину. "
						"Новая комиссия соберётся завтра. Местные компании закрылись. "
						"Информационное агентство сообщило об этом.");

	CHECK(org_mention(r, "Федеральное налоговое управление"));
	CHECK(org_mention(r, "Европейское агентство лекарственных средств"));
	CHECK(!org_mention(r, "Новая комиссия"));
	CHECK(!org_mention(r, "Местные компании"));
	CHECK(!org_mention(r, "Информационное агентство"));
	dx_result_free(r);
}

/*
 * After the state or body a body belongs to, its name goes on with its field
 * after "по" or "против", and with the office it is attached to after "при";
 * "и" in the field joins words of one case; "по итогам", "по иску" open an
 * adverbial phrase, not a field
 */
TEST(org_field_after_its_state_or_body)
{
	dx_result  *r = run("Вчера Комиссия ЕС по рыболовству и морским ресурсам опубликовала доклад. "
						"Позже Совет при президенте Франции по делам молодёжи собрался в Лионе. "
						"Вчера Агентство ООН по охране лесов и фермеры подписали письмо. "
						"Вчера Городской суд Вены по иску фермеров арестовал счета.");

	CHECK(org_mention(r, "Комиссия ЕС по рыболовству и морским ресурсам"));
	CHECK(org_mention(r, "Совет при президенте Франции по делам молодёжи"));
	CHECK(org_mention(r, "Агентство ООН по охране лесов"));
	CHECK(org_mention(r, "Городской суд Вены"));
	dx_result_free(r);
}

/* a body the lexicon knows, named in an office's words, is reported: председатель Европейского совета */
TEST(org_named_inside_an_office)
{
	dx_result  *r = run("Вчера председатель Европейского совета открыл саммит. "
						"Глава Еврокомиссии выступила позже.");

	CHECK(org_mention(r, "Европейского совета"));
	CHECK(org_mention(r, "Еврокомиссии"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "Европейский совет") != NULL);
	dx_result_free(r);
}

/*
 * A capitalised state's adjective inside a sentence opens a body's name when
 * a complement follows the head; not a plural head, a head alone, or a part
 * of a body named after it.  "по итогам" ends a name.
 */
TEST(org_opened_by_a_state_adjective)
{
	dx_result  *r = run("Вчера доклад опубликовало Канадское агентство по охране морей. "
						"Вчера Шведские компании по выпуску бумаги закрылись. "
						"Вчера Итальянское бюро выступило против. "
						"Вчера Датская служба Радио Свобода закрылась. "
						"Вчера Национальный комитет по итогам встречи выступил против.");

	CHECK(org_mention(r, "Канадское агентство по охране морей"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "Шведские компании по выпуску бумаги") == NULL);
	CHECK(!org_mention(r, "Итальянское бюро"));
	CHECK(!org_mention(r, "Датская служба Радио Свобода"));
	CHECK(org_mention(r, "Национальный комитет"));
	dx_result_free(r);
}

/*
 * A head noun in lower case, the body or state it belongs to (or "при" and
 * an office) and its field name a body; without a field, or with "по итогам",
 * it is a common noun
 */
TEST(org_lower_case_head_with_owner_and_field)
{
	dx_result  *r = run("Жалобу разберут в комиссии ООН против насилия в Вене. "
						"Письмо направили в совет при президенте по делам беженцев. "
						"Вчера заседание комитета ООН по итогам года прошло в Вене.");

	CHECK(org_mention(r, "комиссии ООН против насилия"));
	CHECK(org_mention(r, "совет при президенте по делам беженцев"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "комитет ООН") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "комитет ООН по итогам года") == NULL);
	dx_result_free(r);
}

/* a compound adjective written with a hyphen is one word of a body's name, before its head or after it */
TEST(org_compound_adjective_in_a_name)
{
	dx_result  *r = run("Он возглавлял Уральскую горно-рудную компанию и входил в совет. "
						"Вчера выступил глава Союза мелко-оптовых торговцев.");

	CHECK(org_mention(r, "Уральскую горно-рудную компанию"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "Уральская горно-рудная компания") != NULL);
	CHECK(org_mention(r, "Союза мелко-оптовых торговцев"));
	dx_result_free(r);
}

/*
 * A body's field goes on with its sphere after "в сфере", "в области", a list
 * joined by commas in it; a comma before a word of another case ends it
 */
TEST(org_field_with_its_sphere)
{
	dx_result  *r = run("Вчера Федеральное агентство по контролю в области рыболовства, охоты и "
						"лесного хозяйства выпустило доклад. Вчера Национальная служба по надзору в "
						"сфере торговли, министр и губернатор выступили.");

	CHECK(org_mention(r, "Федеральное агентство по контролю в области рыболовства, охоты и лесного хозяйства"));
	CHECK(org_mention(r, "Национальная служба по надзору в сфере торговли"));
	dx_result_free(r);
}

/* first in a sentence, a court's adjective, the court and its city in the genitive are the court's name */
TEST(org_court_and_its_city_open_a_sentence)
{
	dx_result  *r = run("Суд отложил слушания. Апелляционный суд Мадрида отклонил жалобу. "
						"Первый суд Мадрида закрылся.");

	CHECK(org_mention(r, "Апелляционный суд Мадрида"));
	CHECK(!org_mention(r, "Первый суд Мадрида"));
	dx_result_free(r);
}

/*
 * A body named in the nominative and in another case is one, named as the
 * text writes the nominative; an adjective's nominative is the dictionary's
 * where the ending is ambiguous (Большого -> Большой)
 */
TEST(org_case_forms_are_one_body)
{
	dx_result  *r = run("Окружной суд Гааги отклонил иск. Решение Окружного суда Гааги обжаловано. "
						"Вчера солисты Большого театра выступили в Вене.");

	CHECK(unit_entity(r, DX_ORGANIZATION, "Окружной суд Гааги") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Окружный суд Гааги") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Большой театр") != NULL);
	dx_result_free(r);
}

/*
 * A compound body's name (Рос-, Мосгор-) in the prepositional, the
 * instrumental or as a noun in -ия is named by its nominative: в
 * Росздравнадзоре, Росстатом, Росгвардии
 */
TEST(org_compound_name_in_every_case)
{
	dx_result  *r = run("Об этом сообщили в Росздравнадзоре. Данные подтвердили Росстатом. "
						"Сотрудники Росгвардии прибыли на место.");

	CHECK(unit_entity(r, DX_ORGANIZATION, "Росздравнадзор") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Росстат") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Росгвардия") != NULL);
	dx_result_free(r);
	/* the dictionary's nominative, for endings the rule above does not read */
	r = run("Решение Мосгорсуда обжаловано. Акции Россельхозбанка выросли.");
	CHECK(unit_entity(r, DX_ORGANIZATION, "Мосгорсуд") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Россельхозбанк") != NULL);
	dx_result_free(r);
}

const unit_test orgs_tests[] = {
	{"org_quoted_list_after_a_head_noun", org_quoted_list_after_a_head_noun},
	{"org_quoted_list_needs_a_head_noun", org_quoted_list_needs_a_head_noun},
	{"org_quoted_source_after_a_speech_verb", org_quoted_source_after_a_speech_verb},
	{"org_quoted_club_after_a_sports_role", org_quoted_club_after_a_sports_role},
	{"org_quoted_name_after_a_type_abbreviation", org_quoted_name_after_a_type_abbreviation},
	{"org_named_with_its_type_abbreviation", org_named_with_its_type_abbreviation},
	{"org_kind_abbreviation_before_a_latin_name", org_kind_abbreviation_before_a_latin_name},
	{"org_short_and_long_name_are_one", org_short_and_long_name_are_one},
	{"org_linked_name_after_a_head_noun", org_linked_name_after_a_head_noun},
	{"org_letter_digit_code_is_no_body", org_letter_digit_code_is_no_body},
	{"org_words_of_things_are_no_bodies", org_words_of_things_are_no_bodies},
	{"org_head_of_several_words_first_in_a_sentence", org_head_of_several_words_first_in_a_sentence},
	{"org_relational_adjective_opens_a_sentence", org_relational_adjective_opens_a_sentence},
	{"org_field_after_its_state_or_body", org_field_after_its_state_or_body},
	{"org_named_inside_an_office", org_named_inside_an_office},
	{"org_opened_by_a_state_adjective", org_opened_by_a_state_adjective},
	{"org_lower_case_head_with_owner_and_field", org_lower_case_head_with_owner_and_field},
	{"org_compound_adjective_in_a_name", org_compound_adjective_in_a_name},
	{"org_field_with_its_sphere", org_field_with_its_sphere},
	{"org_court_and_its_city_open_a_sentence", org_court_and_its_city_open_a_sentence},
	{"org_case_forms_are_one_body", org_case_forms_are_one_body},
	{"org_compound_name_in_every_case", org_compound_name_in_every_case},
	{NULL, NULL}
};
