/* test_events.c - events read from whole sentences with the shipped lexicon. */
#include "unit.h"
#include "morph.h"

#include <stdio.h>
#include <stdlib.h>

#define PUBLISHED 20240501

/* extract, with two checks: a result, and its offsets */
#define run(text) UNIT_RUN((text), PUBLISHED)

/* the event of a type whose states are exactly a and b (b NULL: a alone) */
static const dx_event *
event_of(const dx_result *r, const char *type, const char *a, const char *b)
{
	int			i;

	for (i = 0; i < r->nevents; i++)
	{
		const dx_event *e = &r->events[i];

		if (strcmp(e->event_type, type) != 0 || e->ncountries != (b ? 2 : 1))
			continue;
		if (unit_has(e->countries, e->ncountries, a) && (b == NULL || unit_has(e->countries, e->ncountries, b)))
			return e;
	}
	return NULL;
}

/* 1 when the dictionary is there; else the test is skipped */
static int
need_dict(const char *what)
{
	if (dx_morph_has_dict(unit_lex))
		return 1;
	printf("SKIP %s: OpenCorpora dictionary not installed\n", what);
	return 0;
}

/* a state of another clause, before a comma, is not a side of the talks */
TEST(event_talks_state_behind_a_comma_is_no_side)
{
	const char *text = "Премьер-министр Канады Джон Смит прибудет в Италию, проведет встречу с "
		"президентом Бразилии Жаиром Мелу.";
	dx_result  *r = run(text);
	const dx_event *ev = unit_event(r, "talks");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_INT_EQ(ev->ncountries, 2);
		CHECK(unit_has(ev->countries, ev->ncountries, "BR"));
		CHECK(unit_has(ev->countries, ev->ncountries, "CA"));
		CHECK(!unit_has(ev->countries, ev->ncountries, "IT"));
	}
	dx_result_free(r);
}

/* the visitor is the subject, not the person met in the instrumental */
TEST(event_visit_guest_is_the_subject)
{
	const char *text = "Канцлер Германии Ханс Мюллер встретится с президентом Франции Пьером "
		"Дюбуа и посетит Польшу.";
	dx_result  *r;
	const dx_event *ev;

	if (!need_dict("visit guest by case"))
		return;
	r = run(text);
	ev = unit_event(r, "visit");
	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_STR_EQ(ev->guest, "DE");
		CHECK_STR_EQ(ev->host, "PL");
	}
	CHECK(event_of(r, "visit", "FR", "PL") == NULL);
	dx_result_free(r);
}

/* a verb in the future tense, by the dictionary, makes the talks planned */
TEST(event_status_by_the_tense_of_the_verb)
{
	const char *text = "Президент Аргентины Хорхе Рамос встретится с премьер-министром Италии "
		"Марио Конти.";
	dx_result  *r;
	const dx_event *ev;

	if (!need_dict("status by tense"))
		return;
	r = run(text);
	ev = event_of(r, "talks", "AR", "IT");
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "planned");
	dx_result_free(r);

	/* the past stays what happened */
	text = "Президент Аргентины Хорхе Рамос встретился с премьер-министром Италии Марио Конти.";
	r = run(text);
	ev = event_of(r, "talks", "AR", "IT");
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "occurred");
	dx_result_free(r);

	/* "обсудят на переговорах": the governing verb's future */
	text = "Министры иностранных дел Чили и Перу обсудят на переговорах торговлю.";
	r = run(text);
	ev = event_of(r, "talks", "CL", "PE");
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "planned");
	dx_result_free(r);
}

/* a story of one state: talks with a club, a firm, no one of another state */
TEST(event_no_talks_in_a_story_of_one_state)
{
	const char *text = "Президент Бразилии Жаир Мелу провел переговоры с футбольным клубом о "
		"строительстве стадиона.";
	dx_result  *r = run(text);

	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);
}

/* a list of visiting states: a visit of each */
TEST(event_visit_of_each_state_of_a_list)
{
	const char *text = "В Бухарест с визитом прибыли министры иностранных дел трех стран: "
		"Чехии, Словакии и Венгрии.";
	dx_result  *r = run(text);
	const char *const guests[] = {"CZ", "SK", "HU"};
	int			g;

	for (g = 0; g < 3; g++)
	{
		const dx_event *ev = event_of(r, "visit", guests[g], "RO");

		CHECK(ev != NULL);
		if (ev)
		{
			CHECK_STR_EQ(ev->guest, guests[g]);
			CHECK_STR_EQ(ev->host, "RO");
		}
	}
	dx_result_free(r);
}

/* "побеседовал с": talks told by a verb of conversation */
TEST(event_talks_told_by_a_verb_of_conversation)
{
	const char *text = "Премьер-министр Норвегии Ула Хансен побеседовал с президентом Финляндии "
		"Микко Виртаненом.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "FI", "NO") != NULL);
	dx_result_free(r);
}

/* the partner of talks after "с", past a long complement of the event word */
TEST(event_talks_partner_after_s)
{
	const char *text = "Премьер-министр Канады Джон Смит сообщил, что будет терпеливо вести "
		"переговоры о снижении пошлин и торговом соглашении с Мексикой.";
	dx_result  *r = run(text);
	const dx_event *ev = event_of(r, "talks", "CA", "MX");

	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "planned");
	dx_result_free(r);
}

/* a statement of one party, signed, is no signing between sides */
TEST(event_no_signing_of_a_statement_of_one_party)
{
	const char *text = "Премьер-министр Великобритании Джон Браун подписал заявление об отставке.";
	dx_result  *r = run(text);

	CHECK(unit_event(r, "signing") == NULL);
	dx_result_free(r);

	/* a joint statement of two states is signed by both */
	text = "Президент Польши Ян Ковальский и президент Литвы Антанас Петраускас подписали "
		"совместное заявление.";
	r = run(text);
	CHECK(event_of(r, "signing", "LT", "PL") != NULL);
	dx_result_free(r);
}

/* talks named as the setting of a statement, the other side untold */
TEST(event_no_talks_where_words_were_said)
{
	const char *text = "Глава делегации Чили на переговорах Хуан Перес призвал ООН помочь "
		"беженцам.";
	dx_result  *r = run(text);

	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);

	/* the other side named after the event word: talks with the body */
	text = "Министр иностранных дел Чили Хуан Перес заявил, что поддерживает правительство в "
		"переговорах с Евросоюзом.";
	r = run(text);
	CHECK(event_of(r, "talks", "CL", NULL) != NULL);
	dx_result_free(r);
}

/* a pronoun subject: the sides are those the sentence before names */
TEST(event_pronoun_subject_takes_the_sides_before)
{
	const char *text = "Россия и Китай расширяют торговлю. Москва и Пекин подписали план. "
		"В Варшаву прибыли министры иностранных дел Франции, Германии и Италии. Они провели "
		"переговоры с президентом Польши Яном Ковальским.";
	dx_result  *r = run(text);
	const dx_event *ev = unit_event(r, "summit");

	/* "они" stands for the three ministers: with Poland, four states met */
	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_INT_EQ(ev->ncountries, 4);
		CHECK(unit_has(ev->countries, ev->ncountries, "FR"));
		CHECK(unit_has(ev->countries, ev->ncountries, "IT"));
		CHECK(unit_has(ev->countries, ev->ncountries, "PL"));
	}
	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);

	/* "он" stands for the person named last, told by a verb of meeting */
	text = "Россия и Китай расширяют торговлю, Россия и Китай подписали план. Канцлер Германии "
		"Ханс Мюллер прибыл в Мадрид. Он встретился с премьер-министром Испании Хуаном Пересом.";
	r = run(text);
	CHECK(event_of(r, "talks", "DE", "ES") != NULL);
	dx_result_free(r);
}

/* talks in general ("прогресс в двусторонних переговорах") are no event of the story's two states */
TEST(event_no_talks_told_in_general)
{
	const char *text = "Франция и Германия расширяют торговлю. Франция и Германия подписали план. "
		"Эксперты считают, что без прогресса в двусторонних переговорах торговля не вырастет.";
	dx_result  *r = run(text);

	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);

	/* a place tells that they took place */
	text = "Франция и Германия расширяют торговлю. Франция и Германия подписали план. "
		"Двусторонние переговоры прошли в Париже.";
	r = run(text);
	CHECK(event_of(r, "talks", "DE", "FR") != NULL);
	dx_result_free(r);
}

/* an event word that tells what a common noun is for ("площадка для встреч") is no event */
TEST(event_no_event_in_what_a_thing_is_for)
{
	const char *text;
	dx_result  *r;

	if (!need_dict("event_no_event_in_what_a_thing_is_for"))
		return;
	text = "Президент Франции Жан Дюпон назвал выставку удобной площадкой для встреч с "
		"президентом Германии Хансом Мюллером.";
	r = run(text);
	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);

	/* the purpose of a visit: the talks are told */
	text = "Президент Франции Жан Дюпон прибыл в Берлин для переговоров с канцлером Германии "
		"Хансом Мюллером.";
	r = run(text);
	CHECK(event_of(r, "talks", "DE", "FR") != NULL);
	dx_result_free(r);
}

/* the partner of talks in a relative clause on the event word */
TEST(event_talks_partner_in_a_relative_clause)
{
	const char *text = "Министр заявил, что одобряет консультации, которые Еврокомиссия проводит с "
		"Бразилией и Аргентиной.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "AR", "BR") != NULL);
	dx_result_free(r);
}

/* the states (capitals for their states) that are the subject of the clause are its sides */
TEST(event_talks_sides_are_the_subject_list)
{
	const char *text = "Москва и Пекин провели переговоры о торговле.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "CN", "RU") != NULL);
	dx_result_free(r);

	/* Brussels is the Union: talks with the one state */
	text = "Брюссель и Лондон достигли прогресса в переговорах о торговле.";
	r = run(text);
	CHECK(event_of(r, "talks", "GB", NULL) != NULL);
	dx_result_free(r);

	/* one state agreeing to talks: no talks told */
	text = "Иран согласен на переговоры.";
	r = run(text);
	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);
}

/* "визит к канцлеру Германии": the person after "к" is visited, the host */
TEST(event_visit_to_a_person_is_hosted_by_him)
{
	const char *text = "Президент Франции Жан Дюпон готов к визиту к канцлеру Германии "
		"Хансу Мюллеру.";
	dx_result  *r = run(text);
	const dx_event *ev = unit_event(r, "visit");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_STR_EQ(ev->guest, "FR");
		CHECK_STR_EQ(ev->host, "DE");
		/* ready for it: not yet made */
		CHECK_STR_EQ(ev->status, "planned");
	}
	dx_result_free(r);
}

/* talks with the Union told by "с ЕС", no person or state beside: the story's state met it */
TEST(event_talks_with_a_body_are_the_story_state)
{
	const char *text = "Правительство Норвегии обсуждает рыболовство. Министр, который вел "
		"переговоры с ЕС, ушёл в отставку.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "NO", NULL) != NULL);
	dx_result_free(r);
}

/* an official of an international body speaks for it, not for his state */
TEST(event_talks_body_official_is_no_state_side)
{
	const char *text = "Главный переговорщик ЕС Мишель Барнье провел переговоры с министром "
		"иностранных дел Японии Таро Коно.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "JP", NULL) != NULL);
	CHECK(event_of(r, "talks", "FR", "JP") == NULL);
	dx_result_free(r);

	/* a state's envoy to a body speaks for his state */
	text = "Постоянный представитель России при ООН Василий Небензя провел переговоры с "
		"министром иностранных дел Японии Таро Коно.";
	r = run(text);
	CHECK(event_of(r, "talks", "JP", "RU") != NULL);
	dx_result_free(r);
}

/* a state after a preposition ("из-за отставок в правительстве Х") is not the visitor */
TEST(event_visit_guest_is_no_state_after_a_preposition)
{
	const char *text = "Президент США Джон Смит посетит Великобританию. Пресс-секретарь сообщила, "
		"что ничего не изменится в предстоящем визите из-за отставок в правительстве "
		"Великобритании.";
	dx_result  *r = run(text);
	int			i,
				n = 0;

	for (i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].event_type, "visit") == 0)
		{
			n++;
			CHECK_STR_EQ(r->events[i].guest, "US");
		}
	CHECK_INT_EQ(n, 1);
	dx_result_free(r);
}

/* "саммит ... с участием X": the members are those the phrase names, even one */
TEST(event_summit_members_after_s_uchastiem)
{
	const char *text = "Саммит НАТО с участием президента США Джона Смита, спор о миграции и "
		"выборы в Австрии и Польше занимают Брюссель.";
	dx_result  *r = run(text);
	const dx_event *ev = unit_event(r, "summit");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_INT_EQ(ev->ncountries, 1);
		CHECK(unit_has(ev->countries, ev->ncountries, "US"));
	}
	dx_result_free(r);
}

/* an organisation's summit: its members are the persons told at it, one sentence each */
TEST(event_summit_members_told_one_by_one)
{
	const char *text = "Саммит Евросоюза открылся в Брюсселе. На саммите канцлер Австрии Ханс "
		"Майер заявил о миграции. По итогам саммита премьер-министр Швеции Ларс Свенссон "
		"сказал, что доволен.";
	dx_result  *r = run(text);
	int			i,
				n = 0;

	for (i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].event_type, "summit") == 0)
		{
			n++;
			CHECK_INT_EQ(r->events[i].ncountries, 2);
			CHECK(unit_has(r->events[i].countries, r->events[i].ncountries, "AT"));
			CHECK(unit_has(r->events[i].countries, r->events[i].ncountries, "SE"));
		}
	CHECK_INT_EQ(n, 1);
	dx_result_free(r);
}

/* the auxiliary of a compound future a few words before the event word: planned */
TEST(event_status_by_a_future_auxiliary_further_away)
{
	const char *text = "Премьер Норвегии Ларс Берг будет завтра в Брюсселе на переговорах с "
		"Евросоюзом.";
	dx_result  *r;
	const dx_event *ev;

	if (!need_dict("status by a future auxiliary"))
		return;
	r = run(text);
	ev = event_of(r, "talks", "NO", NULL);
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "planned");
	dx_result_free(r);
}

/* "между Парижем и Берлином": capitals standing for their states, both are sides */
TEST(event_talks_between_two_capitals)
{
	const char *text = "В ходе встречи политики обсудят укрепление отношений между Парижем и "
		"Берлином.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "DE", "FR") != NULL);
	dx_result_free(r);
}

/* a meeting with deputies or a party leader is not one of the story's states */
TEST(event_partner_of_no_state)
{
	dx_result  *r = run("Президент Андорры Карл Сепп прибыл в Монако. Министр финансов Андорры Олег Ветров "
						"рассказал об этом на встрече с депутатами от правящей фракции. Премьер-министр "
						"Андорры провёл переговоры с лидером партии «Зелёный путь» Иваном Петровым.");
	dx_result  *r2 = run("Президент Андорры Карл Сепп прибыл в Монако. Министр финансов Андорры Олег Ветров "
						 "рассказал об этом на встрече с коллегой из Монако.");

	CHECK_INT_EQ(r->nevents, 1);
	CHECK(event_of(r, "visit", "AD", "MC") != NULL);
	CHECK(event_of(r2, "talks", "AD", "MC") != NULL);
	dx_result_free(r);
	dx_result_free(r2);
}

/* a meeting of ministers of several states is a summit of them */
TEST(event_meeting_of_ministers)
{
	dx_result  *r = run("Решение было принято на совещании министров обороны Андорры, Монако и Сан-Марино.");
	int			i,
				found = 0;

	for (i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].event_type, "summit") == 0 && r->events[i].ncountries == 3 &&
			unit_has(r->events[i].countries, 3, "AD") && unit_has(r->events[i].countries, 3, "MC") &&
			unit_has(r->events[i].countries, 3, "SM"))
			found = 1;
	CHECK(found);
	dx_result_free(r);
}

/* a state and a territory it does not know as a state, joined by и, hold talks: the one state */
TEST(event_talks_with_a_territory)
{
	dx_result  *r = run("В этот день Кишинёв и Тирасполь возобновили переговоры об урегулировании.");

	CHECK(event_of(r, "talks", "MD", NULL) != NULL);
	dx_result_free(r);
}

TEST(event_talks_sides_after_an_adverbial_of_time)
{
	/* an adverbial of time before the list of sides: they are still its subject */
	const char *text = "Вчера Франция и Италия провели переговоры о торговле.";
	dx_result  *r = run(text);

	CHECK(event_of(r, "talks", "FR", "IT") != NULL);
	dx_result_free(r);

	text = "В среду Испания и Португалия провели переговоры о рыболовстве.";
	r = run(text);
	CHECK(event_of(r, "talks", "ES", "PT") != NULL);
	dx_result_free(r);
}

TEST(event_status_by_the_verb_after_an_opening_adverbial)
{
	/* the event word in an adverbial opening the sentence: its verb is further on */
	const char *text = "На встрече министров финансов Франции и Италии будут обсуждаться налоги.";
	dx_result  *r = run(text);
	const dx_event *ev = event_of(r, "talks", "FR", "IT");

	CHECK(ev != NULL && strcmp(ev->status, "planned") == 0);
	dx_result_free(r);

	text = "На встрече министров финансов Франции и Италии обсуждались налоги.";
	r = run(text);
	ev = event_of(r, "talks", "FR", "IT");
	CHECK(ev != NULL && strcmp(ev->status, "occurred") == 0);
	dx_result_free(r);
}

/*
 * "будут обсуждаться вопросы торговли с Китаем": a state after "с" in what
 * the talks are about, behind a verb, is a topic, not a side.
 */
TEST(event_talks_topic_after_a_verb_is_no_side)
{
	const char *text = "Президент Франции Жан Дюран прибыл в Вену. На переговорах с канцлером Австрии "
		"Карлом Хубером будут обсуждаться вопросы торговли с Китаем. Отношения Франции и Австрии "
		"остаются дружескими.";
	dx_result  *r = run(text);
	const dx_event *ev = unit_event(r, "talks");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK(unit_has(ev->countries, ev->ncountries, "AT"));
		CHECK(unit_has(ev->countries, ev->ncountries, "FR"));
		CHECK(!unit_has(ev->countries, ev->ncountries, "CN"));
	}
	dx_result_free(r);
}

/*
 * "договорились о встрече", "договорились встретиться": the sides agreed on
 * talks still to come; "договорились на встрече" tells of talks held.
 */
TEST(event_status_of_talks_agreed_on)
{
	const char *texts[] = {
		"Президент Франции Жан Дюран и канцлер Австрии Карл Хубер договорились о встрече в июне.",
		"Президент Франции Жан Дюран и канцлер Австрии Карл Хубер договорились встретиться в ближайшее время.",
		"Президент Франции Жан Дюран и канцлер Австрии Карл Хубер договорились на встрече в Вене продлить соглашение.",
	};
	int			i;

	for (i = 0; i < 3; i++)
	{
		dx_result  *r = run(texts[i]);
		const dx_event *ev = event_of(r, "talks", "FR", "AT");

		CHECK(ev != NULL);
		if (ev)
			CHECK_STR_EQ(ev->status, i < 2 ? "planned" : "occurred");
		dx_result_free(r);
	}
}

/*
 * A visit or meeting spoken of as a prospect is planned: "не исключил
 * визита", "ожидает визита", "возможность визита", "рассчитывает на
 * встречу".
 */
TEST(event_status_of_a_prospect)
{
	const char *texts[] = {
		"Президент Турции Мехмет Йылмаз не исключил визита в Грецию.",
		"Президент Турции Мехмет Йылмаз ожидает визита президента Греции Никоса Папаса.",
		"Обсуждается возможность визита президента Турции Мехмета Йылмаза в Грецию.",
		"Президент Турции Мехмет Йылмаз рассчитывает на встречу с президентом Греции Никосом Папасом.",
	};
	int			i;

	for (i = 0; i < 4; i++)
	{
		dx_result  *r = run(texts[i]);
		const dx_event *ev = event_of(r, i == 3 ? "talks" : "visit", "TR", "GR");

		CHECK(ev != NULL);
		if (ev)
			CHECK_STR_EQ(ev->status, "planned");
		dx_result_free(r);
	}
	/* where someone was expected: the summit took place */
	{
		dx_result  *r = run("Президента Турции Мехмета Йылмаза ожидали на саммите НАТО в Риме, но он не приехал.");
		const dx_event *ev = unit_event(r, "summit");

		CHECK(ev != NULL && strcmp(ev->status, "occurred") == 0);
		dx_result_free(r);
	}
}

/*
 * A visit's guest is a state's representative: not a former office holder,
 * not the head of a company or the leader of an opposition, whatever state
 * they are of; the head of a state's delegation is one.
 */
TEST(event_visit_guest_represents_a_state)
{
	const char *none[] = {
		"Бывший президент Бразилии Жаир Мелу посетил Китай.",
		"Экс-премьер Италии Марио Росси посетил Россию.",
		"Глава российской компании Иван Петров посетил Китай с рабочим визитом.",
		"Лидер белорусской оппозиции Светлана Иванова посетила Литву.",
	};
	int			i;
	dx_result  *r;
	const dx_event *ev;

	for (i = 0; i < 4; i++)
	{
		r = run(none[i]);
		CHECK(unit_event(r, "visit") == NULL);
		dx_result_free(r);
	}
	r = run("Глава российской делегации Иван Петров посетил Китай.");
	ev = unit_event(r, "visit");
	CHECK(ev != NULL && ev->guest && strcmp(ev->guest, "RU") == 0);
	dx_result_free(r);
}

/*
 * A meeting of three states or more is a summit (a multilateral meeting);
 * "двусторонние встречи" with three are talks with each.
 */
TEST(event_meeting_of_three_states_is_a_summit)
{
	dx_result  *r = run("Министры иностранных дел Латвии, Литвы и Эстонии провели встречу в Риге.");
	const dx_event *ev = unit_event(r, "summit");

	CHECK(unit_event(r, "talks") == NULL);
	CHECK(ev != NULL && ev->ncountries == 3);
	dx_result_free(r);

	r = run("Министры иностранных дел Латвии, Литвы и Эстонии встретились в Риге.");
	ev = unit_event(r, "summit");
	CHECK(unit_event(r, "talks") == NULL);
	CHECK(ev != NULL && ev->ncountries == 3);
	dx_result_free(r);
}

/*
 * Officials of a group of states meet ("министры иностранных дел стран G7",
 * "лидеры НАТО"): a summit whose states the story does not name, so its
 * countries are empty.
 */
TEST(event_meeting_of_a_group_of_states_is_a_summit)
{
	const char *texts[] = {
		"Министры иностранных дел стран G7 провели встречу в Лондоне.",
		"Министры обороны стран НАТО встретились в Брюсселе.",
	};
	int			i;

	for (i = 0; i < 2; i++)
	{
		dx_result  *r = run(texts[i]);
		const dx_event *ev = unit_event(r, "summit");

		CHECK(ev != NULL && ev->ncountries == 0);
		CHECK(unit_event(r, "talks") == NULL);
		dx_result_free(r);
	}
}

/*
 * "принял министра", "был принят президентом": a head of state or an
 * official receives a person of another state, talks between their states;
 * "принял решение", "принял отставку министра" receive no one.
 */
TEST(event_talks_of_a_reception)
{
	const char *texts[] = {
		"Президент Казахстана Касым Тулегенов принял в Астане министра иностранных дел Турции Мехмета Йылмаза.",
		"Министр иностранных дел Турции Мехмет Йылмаз был принят президентом Казахстана Касымом Тулегеновым.",
	};
	int			i;
	dx_result  *r;

	for (i = 0; i < 2; i++)
	{
		r = run(texts[i]);
		CHECK(event_of(r, "talks", "KZ", "TR") != NULL);
		dx_result_free(r);
	}
	r = run("Президент Казахстана Касым Тулегенов принял отставку министра иностранных дел Турции Мехмета Йылмаза.");
	CHECK_INT_EQ(r->nevents, 0);
	dx_result_free(r);
}

/*
 * A state's adjective before an office or a delegation names the visitor:
 * "Китайская делегация прибыла в Минск", "Визит японского премьера в
 * Россию".
 */
TEST(event_visitor_named_by_a_state_adjective)
{
	dx_result  *r = run("Китайская делегация прибыла в Минск.");
	const dx_event *ev = unit_event(r, "visit");

	CHECK(ev != NULL && ev->guest && strcmp(ev->guest, "CN") == 0 && ev->host && strcmp(ev->host, "BY") == 0);
	dx_result_free(r);
	r = run("Визит японского премьера в Россию продлится три дня.");
	ev = unit_event(r, "visit");
	CHECK(ev != NULL && ev->guest && strcmp(ev->guest, "JP") == 0 && ev->host && strcmp(ev->host, "RU") == 0);
	dx_result_free(r);
}

/*
 * Told by a verb as by a noun, talks of a state with an international body
 * or its official are talks whose countries are the state's alone.
 */
TEST(event_meeting_with_a_body_official_told_by_a_verb)
{
	const char *texts[] = {
		"Президент Сербии Милан Петрович встретился с генсеком НАТО Йенсом Ларсеном.",
		"Генсек ООН Антониу Гутерриш встретился с президентом Сербии Миланом Петровичем.",
	};
	int			i;

	for (i = 0; i < 2; i++)
	{
		dx_result  *r = run(texts[i]);

		CHECK(event_of(r, "talks", "RS", NULL) != NULL);
		dx_result_free(r);
	}
}

/*
 * "Затем он посетит Австрию": the visitor named by a pronoun is the subject
 * of the sentence before, not the person he met there.
 */
TEST(event_visitor_named_by_a_pronoun)
{
	dx_result  *r = run("Президент Франции Жан Дюран встретился в Берлине с канцлером Германии Карлом "
						"Хубером. Затем он посетит Австрию.");
	const dx_event *ev = event_of(r, "visit", "FR", "AT");

	CHECK(ev != NULL && ev->guest && strcmp(ev->guest, "FR") == 0);
	CHECK(event_of(r, "visit", "DE", "AT") == NULL);
	dx_result_free(r);
}

/*
 * "переговоры ... с участием А и Б": the states after "с участием" are the
 * sides, a few words after the event word too; six states make a summit.
 */
TEST(event_talks_sides_after_s_uchastiem)
{
	dx_result  *r = run("В Женеве прошли переговоры по Карабаху с участием Армении и Азербайджана.");
	const dx_event *ev;

	CHECK(event_of(r, "talks", "AM", "AZ") != NULL);
	dx_result_free(r);
	r = run("В Вене продолжаются переговоры о восстановлении ядерной сделки с участием Ирана, России, "
			"Китая, Франции, Великобритании и Германии.");
	ev = unit_event(r, "summit");
	CHECK(ev != NULL && ev->ncountries == 6);
	dx_result_free(r);
}

/* "обсудили по телефону": a verb of discussing or meeting by telephone is a call */
TEST(event_call_told_by_a_verb_and_po_telefonu)
{
	static const char *const texts[] = {
		"Премьер-министр Канады Джон Смит и президент Бразилии Жаир Мелу обсудили по телефону торговлю.",
		"Премьер-министр Канады Джон Смит и президент Бразилии Жаир Мелу по телефону обсудили торговлю.",
		"Премьер-министр Канады Джон Смит переговорил по телефону с президентом Бразилии Жаиром Мелу.",
	};
	int			k;

	if (!need_dict("call by po telefonu"))
		return;
	for (k = 0; k < 3; k++)
	{
		dx_result  *r = run(texts[k]);
		const dx_event *ev = event_of(r, "phone_call", "BR", "CA");

		CHECK(ev != NULL);
		CHECK(event_of(r, "talks", "BR", "CA") == NULL);
		if (ev)
			CHECK_STR_EQ(ev->status, "occurred");
		dx_result_free(r);
	}
}

/* "созвонится": the perfective future of the verb of calling is a planned call */
TEST(event_call_planned_by_the_perfective_future)
{
	const char *text = "Премьер-министр Канады Джон Смит созвонится с президентом Бразилии Жаиром Мелу.";
	dx_result  *r;
	const dx_event *ev;

	if (!need_dict("planned call"))
		return;
	r = run(text);
	ev = event_of(r, "phone_call", "BR", "CA");
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "planned");
	dx_result_free(r);
}

/* "министры ... собрались в Брюсселе": officials gathered, a meeting */
TEST(event_meeting_told_by_a_verb_of_gathering)
{
	dx_result  *r;

	if (!need_dict("gathering"))
		return;
	r = run("Министры иностранных дел Канады, Бразилии и Чили собрались в Сантьяго.");
	CHECK(unit_event(r, "summit") != NULL);
	dx_result_free(r);
	r = run("Министры обороны стран НАТО соберутся в Брюсселе в четверг.");
	CHECK(unit_event(r, "summit") != NULL);
	if (unit_event(r, "summit"))
		CHECK_STR_EQ(unit_event(r, "summit")->status, "planned");
	dx_result_free(r);
	/* a plan, and a crowd, are no meeting */
	r = run("Министры иностранных дел Канады, Бразилии и Чили собрались ввести новые пошлины.");
	CHECK_INT_EQ(r->nevents, 0);
	dx_result_free(r);
	r = run("Жители Канады, Бразилии и Чили собрались у здания посольства в Сантьяго.");
	CHECK_INT_EQ(r->nevents, 0);
	dx_result_free(r);
}

/* "встретились в Оттаве": the city after a verb of meeting is the place of the talks */
TEST(event_talks_told_by_a_verb_take_the_city_after_it)
{
	dx_result  *r;
	const dx_event *ev;

	if (!need_dict("place of verb talks"))
		return;
	r = run("Премьер-министр Канады Джон Смит и президент Бразилии Жаир Мелу встретились в Оттаве.");
	ev = event_of(r, "talks", "BR", "CA");
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->location ? ev->location : "(none)", "Оттава");
	dx_result_free(r);
	r = run("Министры иностранных дел Канады, Бразилии и Чили собрались в Сантьяго.");
	ev = unit_event(r, "summit");
	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->location ? ev->location : "(none)", "Сантьяго");
	dx_result_free(r);
}

/* the verbs of talking, in the past and the perfective future: occurred and planned */
TEST(event_talks_by_the_verbs_of_talking)
{
	static const struct
	{
		const char *verb;
		const char *type;
		const char *status;
	}			cases[] = {
		{"побеседуют", "talks", "planned"},
		{"поговорили по телефону", "phone_call", "occurred"},
		{"поговорят по телефону", "phone_call", "planned"},
	};
	char		text[512];
	int			k;

	if (!need_dict("verbs of talking"))
		return;
	for (k = 0; k < 3; k++)
	{
		dx_result  *r;
		const dx_event *ev;

		snprintf(text, sizeof(text), "Премьер-министр Канады Джон Смит и президент Бразилии Жаир Мелу %s.",
				 cases[k].verb);
		r = run(text);
		ev = event_of(r, cases[k].type, "BR", "CA");
		CHECK(ev != NULL);
		if (ev)
			CHECK_STR_EQ(ev->status, cases[k].status);
		dx_result_free(r);
	}
}

/*
 * A meeting of a state's officials with their own people (a body its
 * possessive names, a party, officials or a body of the same state) is no
 * talks between states; talks with a counterpart or another state's
 * government are.
 */
TEST(event_no_talks_with_the_own_state)
{
	const char *none[] = {
		("Премьер-министр Андорры Анна Ветрова провела встречу с членами своего кабинета. "
		 "Обсуждались отношения с Францией."),
		"Франция и Андорра. Президент Андорры Иван Сидоров провел встречу с руководством своей администрации.",
		"Франция и Андорра. Президент Андорры Иван Сидоров провел встречу с руководством партии.",
		"Франция и Андорра. Президент Андорры Иван Сидоров провел встречу с членами правительства Андорры.",
	};
	const char *talks[] = {
		"Франция и Андорра. Президент Андорры Иван Сидоров провел переговоры со своим коллегой.",
		"Франция и Андорра. Президент Андорры Иван Сидоров провел переговоры со своим французским коллегой.",
		"Франция и Андорра. Президент Андорры Иван Сидоров провел переговоры с правительством Франции.",
	};
	int			i;
	dx_result  *r;

	for (i = 0; i < 4; i++)
	{
		r = run(none[i]);
		CHECK(unit_event(r, "talks") == NULL);
		dx_result_free(r);
	}
	for (i = 0; i < 3; i++)
	{
		r = run(talks[i]);
		CHECK(event_of(r, "talks", "AD", "FR") != NULL);
		dx_result_free(r);
	}
}

/* a story, the type of the event it tells between Andorra and France, and its status */
typedef struct
{
	const char *text;
	const char *type;
	const char *status;
} status_case;

/* each story of cases (n) tells its event between AD and FR with its status */
static void
check_statuses(const status_case *cases, int n)
{
	int			k;

	for (k = 0; k < n; k++)
	{
		dx_result  *r = run(cases[k].text);
		const dx_event *ev = event_of(r, cases[k].type, "AD", "FR");

		CHECK(ev != NULL);
		if (ev)
			CHECK_STR_EQ(ev->status, cases[k].status);
		dx_result_free(r);
	}
}

/*
 * The status of an event word that is the subject: its predicate, however
 * far after it, tells a plan (начнется, ожидается, может состояться,
 * назначены на, был перенесен); so do "в преддверии визита" and "надежду
 * на встречу".  A predicate in the past is an occurrence.
 */
TEST(event_status_by_the_predicate_of_the_event_word)
{
	static const status_case cases[] = {
		{"Визит президента Андорры Ивана Сидорова во Францию начнется в понедельник.", "visit", "planned"},
		{"Визит президента Андорры Ивана Сидорова во Францию ожидается в марте.", "visit", "planned"},
		{"Визит президента Андорры Ивана Сидорова во Францию может состояться в марте.", "visit", "planned"},
		{"Визит президента Андорры Ивана Сидорова во Францию был перенесен.", "visit", "planned"},
		{"Переговоры президента Андорры Ивана Сидорова и президента Франции Пьера Дюпона назначены на 5 марта.",
		"talks", "planned"},
		{"В преддверии визита во Францию президент Андорры Иван Сидоров дал интервью.", "visit", "planned"},
		{"Президент Андорры Иван Сидоров выразил надежду на встречу с президентом Франции Пьером Дюпоном.",
		"talks", "planned"},
		{"Визит президента Андорры Ивана Сидорова во Францию начался в понедельник.", "visit", "occurred"},
		{"Переговоры президента Андорры Ивана Сидорова и президента Франции Пьера Дюпона прошли в Париже.",
		"talks", "occurred"},
	};

	if (need_dict("the predicate of an event word"))
		check_statuses(cases, (int) (sizeof(cases) / sizeof(cases[0])));
}

/*
 * A visitor speaks for a state: not one described by another's office
 * (супруга президента, адвокат президента, претендент на пост, кандидат в
 * президенты), by a profession or an office whose state adjective
 * qualifies something else (лидер французских социалистов), nor a group of
 * no state in the genitive after the visit word (сборной, бизнесменов);
 * a presidential administration's head or a deputy minister is one.
 */
TEST(event_visit_guest_speaks_for_a_state)
{
	const char *none[] = {
		"Супруга президента Франции Мария Иванова посетила Андорру.",
		"Супруга французского президента Мария Иванова прибыла в Андорру.",
		"Адвокат президента Франции Иван Сидоров прибыл в Андорру.",
		"Кандидат в президенты Франции Иван Сидоров посетил Андорру.",
		"Претендент на пост президента Франции Иван Сидоров посетил Андорру.",
		"Лидер французских социалистов Иван Сидоров прибыл в Андорру.",
		"Французский эксперт Иван Сидоров прибыл в Андорру.",
		"Визит супруги президента Франции Марии Ивановой в Андорру прошел успешно.",
		"Визит сборной Франции в Андорру прошел успешно.",
		"Визит бизнесменов Франции в Андорру прошел успешно.",
		"Беглец Иван Сидоров прибыл в Андорру.",
		"Генсек ООН Иван Сидоров прибыл в Андорру с визитом.",
	};
	const char *visit[] = {
		"Глава администрации президента Франции Иван Сидоров прибыл в Андорру.",
		"Заместитель министра иностранных дел Франции Иван Сидоров прибыл в Андорру.",
		"Визит главы администрации президента Франции Ивана Сидорова в Андорру прошел успешно.",
		"Утром президент Франции Иван Сидоров прибыл в Андорру.",
	};
	int			i;
	dx_result  *r;
	const dx_event *ev;

	if (!need_dict("a visitor speaking for a state"))
		return;
	for (i = 0; i < (int) (sizeof(none) / sizeof(none[0])); i++)
	{
		r = run(none[i]);
		CHECK(unit_event(r, "visit") == NULL);
		dx_result_free(r);
	}
	for (i = 0; i < (int) (sizeof(visit) / sizeof(visit[0])); i++)
	{
		r = run(visit[i]);
		ev = event_of(r, "visit", "AD", "FR");
		CHECK(ev != NULL && ev->guest && strcmp(ev->guest, "FR") == 0);
		dx_result_free(r);
	}
}

/* "план переговоров", "планы визита": the plan of an event is no occurrence */
TEST(event_status_of_a_plan_of_the_event)
{
	dx_result  *r = run("Правительство Андорры согласовало план переговоров с Францией.");
	dx_result  *r2 = run("Президент Андорры Иван Сидоров раскрыл планы визита во Францию.");
	const dx_event *ev = unit_event(r, "talks");
	const dx_event *ev2 = unit_event(r2, "visit");

	CHECK(ev != NULL && strcmp(ev->status, "planned") == 0);
	CHECK(ev2 != NULL && strcmp(ev2->status, "planned") == 0);
	dx_result_free(r);
	dx_result_free(r2);
}

/* "отставной министр" held the office before: no state's visit */
TEST(event_visit_of_a_retired_official)
{
	dx_result  *r = run("Отставной министр Франции Иван Сидоров прибыл в Андорру.");
	dx_result  *r2 = run("Отставной премьер-министр Франции Иван Сидоров посетил Андорру.");

	CHECK(unit_event(r, "visit") == NULL);
	CHECK(unit_event(r2, "visit") == NULL);
	dx_result_free(r);
	dx_result_free(r2);
}

/*
 * The event as what is proposed, wanted or put off ("предложил ...
 * встретиться", "пригласил ... на переговоры", "отложил визит") is no act
 * yet; the act itself, past, is.
 */
TEST(event_status_of_an_event_proposed_or_put_off)
{
	static const status_case cases[] = {
		{"Президент Андорры Иван Сидоров предложил президенту Франции Пьеру Дюпону встретиться.", "talks", "planned"},
		{"Президент Андорры Иван Сидоров пригласил президента Франции Пьера Дюпона на переговоры.", "talks", "planned"},
		{"Президент Андорры Иван Сидоров отложил визит во Францию.", "visit", "planned"},
		{"Президент Андорры Иван Сидоров прибыл на переговоры с президентом Франции Пьером Дюпоном.", "talks", "occurred"},
	};

	if (need_dict("an event proposed or put off"))
		check_statuses(cases, (int) (sizeof(cases) / sizeof(cases[0])));
}

/*
 * Talks are between states' representatives: a partner who speaks for no
 * state (an expert, a party's leader, a team's coach) does not bring his
 * state in; an ambassador does.
 */
TEST(event_talks_partner_speaks_for_a_state)
{
	const char *none[] = {
		"Президент Андорры Иван Сидоров встретился с французским экспертом Пьером Дюпоном.",
		"Президент Андорры Иван Сидоров встретился с лидером французских социалистов Пьером Дюпоном.",
		"Президент Андорры Иван Сидоров встретился с главным тренером сборной Франции Пьером Дюпоном.",
	};
	int			i;
	dx_result  *r;

	for (i = 0; i < 3; i++)
	{
		r = run(none[i]);
		CHECK(event_of(r, "talks", "AD", "FR") == NULL);
		dx_result_free(r);
	}
	r = run("Президент Андорры Иван Сидоров встретился с послом Франции Пьером Дюпоном.");
	CHECK(event_of(r, "talks", "AD", "FR") != NULL);
	dx_result_free(r);
}

/* "Завтра ... прибывает": the present of a scheduled act with "завтра" is a plan */
TEST(event_status_of_the_present_with_tomorrow)
{
	dx_result  *r = run("Завтра президент Андорры Иван Сидоров прибывает во Францию с визитом.");
	dx_result  *r2 = run("Сегодня президент Андорры Иван Сидоров прибывает во Францию с визитом.");
	const dx_event *ev = event_of(r, "visit", "AD", "FR");
	const dx_event *ev2 = event_of(r2, "visit", "AD", "FR");

	CHECK(ev != NULL && strcmp(ev->status, "planned") == 0);
	CHECK(ev2 != NULL && strcmp(ev2->status, "occurred") == 0);
	dx_result_free(r);
	dx_result_free(r2);
}

SUITE(events_tests) = {
	REG(event_talks_state_behind_a_comma_is_no_side),
	REG(event_visit_guest_is_the_subject),
	REG(event_status_by_the_tense_of_the_verb),
	REG(event_no_talks_in_a_story_of_one_state),
	REG(event_visit_of_each_state_of_a_list),
	REG(event_talks_told_by_a_verb_of_conversation),
	REG(event_talks_partner_after_s),
	REG(event_no_signing_of_a_statement_of_one_party),
	REG(event_no_talks_where_words_were_said),
	REG(event_pronoun_subject_takes_the_sides_before),
	REG(event_no_talks_told_in_general),
	REG(event_no_event_in_what_a_thing_is_for),
	REG(event_talks_partner_in_a_relative_clause),
	REG(event_talks_sides_are_the_subject_list),
	REG(event_visit_to_a_person_is_hosted_by_him),
	REG(event_talks_with_a_body_are_the_story_state),
	REG(event_talks_body_official_is_no_state_side),
	REG(event_visit_guest_is_no_state_after_a_preposition),
	REG(event_summit_members_after_s_uchastiem),
	REG(event_summit_members_told_one_by_one),
	REG(event_status_by_a_future_auxiliary_further_away),
	REG(event_talks_between_two_capitals),
	REG(event_partner_of_no_state),
	REG(event_meeting_of_ministers),
	REG(event_talks_with_a_territory),
	REG(event_talks_sides_after_an_adverbial_of_time),
	REG(event_status_by_the_verb_after_an_opening_adverbial),
	REG(event_talks_topic_after_a_verb_is_no_side),
	REG(event_status_of_talks_agreed_on),
	REG(event_status_of_a_prospect),
	REG(event_visit_guest_represents_a_state),
	REG(event_meeting_of_three_states_is_a_summit),
	REG(event_meeting_of_a_group_of_states_is_a_summit),
	REG(event_talks_of_a_reception),
	REG(event_visitor_named_by_a_state_adjective),
	REG(event_meeting_with_a_body_official_told_by_a_verb),
	REG(event_visitor_named_by_a_pronoun),
	REG(event_talks_sides_after_s_uchastiem),
	REG(event_call_told_by_a_verb_and_po_telefonu),
	REG(event_call_planned_by_the_perfective_future),
	REG(event_meeting_told_by_a_verb_of_gathering),
	REG(event_talks_told_by_a_verb_take_the_city_after_it),
	REG(event_talks_by_the_verbs_of_talking),
	REG(event_no_talks_with_the_own_state),
	REG(event_status_by_the_predicate_of_the_event_word),
	REG(event_visit_guest_speaks_for_a_state),
	REG(event_status_of_a_plan_of_the_event),
	REG(event_visit_of_a_retired_official),
	REG(event_status_of_an_event_proposed_or_put_off),
	REG(event_talks_partner_speaks_for_a_state),
	REG(event_status_of_the_present_with_tomorrow),
	SUITE_END
};
