/* test_extract.c - whole-document extraction with the shipped lexicon: facts, offsets, hostile input. */
#include "unit.h"
#include "morph.h"

#include <stdio.h>
#include <stdlib.h>

#define PUBLISHED 20240501

/* extract, check offsets of everything, return the result */
#define run(text, published) UNIT_RUN((text), (published))

/* the code of the entity behind a mention, or NULL */
static const char *
code_of(const dx_result *r, const char *surface)
{
	const dx_entity *e = unit_entity_of(r, unit_mention(r, surface));

	return e ? e->code : NULL;
}

TEST(country_by_name_in_any_case)
{
	const char *text = "Казахстан и Азербайджан укрепляют связи. Делегация Казахстана прибыла "
		"в Азербайджан, а затем Казахстану предложили новый маршрут. "
		"Переговоры с Кыргызстаном прошли в Бишкеке.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m;

	CHECK_STR_EQ(code_of(r, "Казахстан"), "KZ");
	CHECK_STR_EQ(code_of(r, "Казахстана"), "KZ");
	CHECK_STR_EQ(code_of(r, "Казахстану"), "KZ");
	CHECK_STR_EQ(code_of(r, "Кыргызстаном"), "KG");
	m = unit_mention(r, "Казахстану");
	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->kind, DX_COUNTRY);
		CHECK_INT_EQ(m->form, DX_FORM_NAME);
		CHECK_STR_EQ(m->normal, "Казахстан");
		CHECK_INT_EQ(m->sentence, 2);
	}
	/* all three mentions are one entity */
	{
		const dx_entity *e = unit_entity(r, DX_COUNTRY, "Казахстан");

		CHECK(e != NULL);
		if (e)
		{
			CHECK_INT_EQ(e->mentions, 3);
			CHECK_INT_EQ(e->first_pos, 0);
			CHECK_STR_EQ(e->country, "KZ");
		}
	}
	CHECK_STR_EQ(code_of(r, "Бишкеке"), NULL);
	m = unit_mention(r, "Бишкеке");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	dx_result_free(r);
}

TEST(country_official_names)
{
	const char *text = "Президент Азербайджанской Республики принял делегацию. Договор между "
		"Республикой Казахстан и Азербайджанской Республикой вступил в силу.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Азербайджанской Республикой");

	CHECK(m != NULL);
	if (m)
	{
		/* the mention's nominative is the name as written; the entity's is the state's */
		CHECK_INT_EQ(m->kind, DX_COUNTRY);
		CHECK_STR_EQ(m->normal, "Азербайджанская Республика");
		CHECK(unit_entity_of(r, m) != NULL && strcmp(unit_entity_of(r, m)->name, "Азербайджан") == 0);
	}
	CHECK_STR_EQ(code_of(r, "Азербайджанской Республикой"), "AZ");
	CHECK_STR_EQ(code_of(r, "Азербайджанской Республики"), "AZ");
	CHECK_STR_EQ(code_of(r, "Республикой Казахстан"), "KZ");
	dx_result_free(r);
}

TEST(places_in_the_singular_and_capitals_as_places)
{
	const char *text = "Москва. 12 марта. Суда вышли из Балтийского моря. Острова, которые в Токио "
		"называют Северными территориями, обсуждались и раньше. Премьер впервые посетил с визитом "
		"Москву. Решение Англии удивило партнёров.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m;

	/* a common noun in a place's name declines in the singular only */
	m = unit_mention(r, "Балтийского моря");
	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Балтийское море") == 0);
	CHECK(unit_entity(r, DX_LOCATION, "Северная территория") == NULL);
	/* a dateline and the goal of a visit are places, not the state */
	m = unit_mention(r, "Москва");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	m = unit_mention(r, "Москву");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	/* "Англия" in news stands for the state, and is a place of its own */
	CHECK(unit_entity(r, DX_COUNTRY, "Великобритания") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Англия") != NULL);
	dx_result_free(r);
}

TEST(places_by_generic_noun_and_names_of_things)
{
	const char *text = "Отходы сбросили в устье реки Вербянки. Деревня Кот Ладха стоит в провинции "
		"Синд. Его доставили в суд города Феникс. Регистрация в зоне .РФ закрыта. Центр "
		"«Кин-Топ» открылся в Берлине. Шаттл «Колумбия» вернулся на Землю.";
	dx_result  *r = run(text, PUBLISHED);
	int			k;

	CHECK(unit_entity(r, DX_LOCATION, "Вербянка") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Кот Ладха") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Кот Ладха") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Феникс") != NULL);
	/* a place mention after a quoted name (a heavenly body: no location entity) */
	CHECK(unit_mention(r, "Землю") != NULL && unit_mention(r, "Землю")->kind == DX_LOCATION);
	/* a domain, a compound and a thing's name in quotation marks are not places */
	for (k = 0; k < r->nentities; k++)
		CHECK(r->entities[k].kind != DX_COUNTRY);
	CHECK(unit_entity(r, DX_LOCATION, "Кин") == NULL);
	dx_result_free(r);
	/* a headline without a full stop: the name ends with its line */
	r = run("Пилот найден в аэропорту Ковтани\n\nТело пилота нашли в пятницу.", PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "Ковтани") != NULL);
	CHECK(unit_mention(r, "Ковтани\n\nТело") == NULL);
	dx_result_free(r);
	/* a state inside a company's name; a capital after a body of the city */
	r = run("Кредит выдали Энжи Энерджи Холдинг Швейцария АГ и Винтерсхалл Нидерланды Транспорт. "
			"Окружной суд Амстердама арестовал акции.", PUBLISHED);
	for (k = 0; k < r->nentities; k++)
		CHECK(r->entities[k].kind != DX_COUNTRY);
	CHECK(unit_entity(r, DX_LOCATION, "Амстердам") != NULL);
	dx_result_free(r);
	/* a place's form that is an adjective before its noun, or a verb opening a sentence */
	r = run("Как уже было на Северном потоке, споры затянулись. Думаю, что настало время.", PUBLISHED);
	CHECK_INT_EQ(r->nentities, 0);
	dx_result_free(r);
	/* a place word before the surname of a person of the story is a given name */
	r = run("Суд оправдал Асию Биби. Дело Азии Биби обсуждали в Европе.", PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "Азия") == NULL);
	CHECK(unit_mention(r, "Азии Биби") != NULL && unit_mention(r, "Азии Биби")->kind == DX_PERSON);
	CHECK(unit_entity(r, DX_LOCATION, "Европа") != NULL);
	dx_result_free(r);
	/* also when the story names her first so, and uses the surname alone */
	r = run("Суд оправдал христианку Азию Норри. Адвокат Норри заявил, что Норри покинет страну.",
			PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "Азия") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Азия Норри") != NULL);
	dx_result_free(r);
}

/* places named by capitalised adjectives before a generic noun or a known place */
TEST(places_named_by_adjectives)
{
	dx_result  *r;
	const dx_mention *m;
	int			k;

	if (!dx_morph_has_dict(unit_lex))
	{
		printf("SKIP places_named_by_adjectives: OpenCorpora dictionary not installed\n");
		return;
	}
	r = run("Туристы купались в Мёртвом море, потом гуляли по Манежной площади. Шторм дошёл до "
			"Британских островов. Выборы прошли в Северо-Западном федеральном округе. Рабочие "
			"уехали в Западную Сибирь, а в Восточном Иерусалиме было тихо.", PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "Мёртвое море") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Манежная площадь") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Британские острова") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Северо-Западный федеральный округ") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Западная Сибирь") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Сибирь") == NULL);
	m = unit_mention(r, "Восточном Иерусалиме");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Восточный Иерусалим");
	/* the capital inside the longer name stands for no state */
	for (k = 0; k < r->nentities; k++)
		CHECK(r->entities[k].kind != DX_COUNTRY || strcmp(r->entities[k].code, "IL") != 0);
	dx_result_free(r);
	/* an adjective opening a sentence is no part of the name */
	r = run("Так было в мае. Нынешний Крым стал другим.", PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "Нынешний Крым") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Крым") != NULL);
	dx_result_free(r);
}

/* a word the dictionary knows only as a place's name is a place, alone */
TEST(places_known_to_the_dictionary)
{
	dx_result  *r;

	if (!dx_morph_has_dict(unit_lex))
	{
		printf("SKIP places_known_to_the_dictionary: OpenCorpora dictionary not installed\n");
		return;
	}
	r = run("Баржи шли вверх по Дунаю. Референдум в Каталонии назначили на осень. "
			"Об этом рассказал Льюис Торренс.", PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "Дунай") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Каталония") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Торренс") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Льюис") == NULL);
	dx_result_free(r);
}

/*
 * A seat of a body after a noun of a place (аэропорт, мэр) is the city;
 * elsewhere the city's name is of the body
 */
TEST(seat_after_a_place_noun)
{
	dx_result  *r = run("Аэропорт Брюсселя закрыли из-за забастовки. Брюссель потребовал объяснений.",
						PUBLISHED);
	const dx_mention *m = unit_mention(r, "Брюсселя");

	CHECK(m != NULL && m->kind == DX_LOCATION && unit_entity_of(r, m) != NULL &&
		  unit_entity_of(r, m)->kind == DX_LOCATION);
	m = unit_mention(r, "Брюссель");
	CHECK(m != NULL && unit_entity_of(r, m) != NULL &&
		  unit_entity_of(r, m)->kind == DX_ORGANIZATION);
	dx_result_free(r);
}

/*
 * A seat standing for a body is named as the body (Брюссель for the European
 * Union, also after an abbreviation), a city's name still a place's mention;
 * the seat of a presidency after a preposition is the place and the
 * administration at once.
 */
TEST(seats_name_their_body)
{
	dx_result  *r = run("Правительство ЕС ждёт ответа. Брюссель настаивает на своих условиях. "
						"Источники в Кремле отказались от комментариев.", PUBLISHED);
	const dx_mention *m = unit_mention(r, "Брюссель");
	int			k,
				org = 0,
				place = 0;

	CHECK(m != NULL && m->kind == DX_LOCATION && unit_entity_of(r, m) != NULL &&
		  unit_entity_of(r, m)->kind == DX_ORGANIZATION &&
		  strcmp(unit_entity_of(r, m)->name, "Брюссель") != 0);
	for (k = 0; k < r->nmentions; k++)
		if (strcmp(r->mentions[k].surface, "Кремле") == 0)
		{
			org += r->mentions[k].kind == DX_ORGANIZATION;
			place += r->mentions[k].kind == DX_LOCATION;
		}
	CHECK_INT_EQ(org, 1);
	CHECK_INT_EQ(place, 1);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Кремль") != NULL);
	dx_result_free(r);
	r = run("Премьер провёл переговоры с Брюсселем.", PUBLISHED);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Европейский союз") != NULL);
	dx_result_free(r);
}

/*
 * A news site named by its domain is one name as written, also when the
 * lexicon knows its first word (INTERFAX); words of a web address are no
 * organisations.
 */
TEST(sites_named_by_their_domain)
{
	dx_result  *r = run("Киев. 5 мая. INTERFAX.RU - Пилоты объявили забастовку. Подробности читайте "
						"на Обозреватель.net, текст решения: portal.gov.ua/Decree/Text/15.", PUBLISHED);
	const dx_mention *m = unit_mention(r, "INTERFAX.RU");

	CHECK(m != NULL && m->kind == DX_ORGANIZATION && strcmp(m->normal, "INTERFAX.RU") == 0);
	CHECK(unit_entity(r, DX_ORGANIZATION, "INTERFAX.RU") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Интерфакс") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Interfax") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Обозреватель.net") != NULL);
	dx_result_free(r);
	r = run("По словам адвоката, обыски проходят в рамках уголовного дела о клевете "
			"[https://www.video.com/watch?v=Qw7Z_kk сообщает] второй участник дела. Текст "
			"постановления опубликован на официальном портале правовой информации "
			"[http://portal.gov.ua/Decree/Text/15] в пятницу вечером. Министр заявил, что ведомство "
			"продолжит работу над законопроектом, который должен быть принят парламентом до конца "
			"года, и попросил депутатов поддержать его в первом чтении без лишних поправок.", PUBLISHED);
	CHECK(unit_mention(r, "Qw7Z") == NULL);
	CHECK(unit_mention(r, "Decree") == NULL);
	CHECK(unit_mention(r, "Text") == NULL);
	dx_result_free(r);
}

/* a diplomatic mission's name goes on with the place it is in */
TEST(missions_named_with_their_place)
{
	dx_result  *r = run("Сотрудник посольства Польши в Вильнюсе дал интервью. Консульство Японии в "
						"Хабаровске закрыто на ремонт. Посольство Чили продолжает работу.", PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_ORGANIZATION, "Посольство Польши в Вильнюсе");

	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "PL") == 0);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Посольство Польши") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Консульство Японии в Хабаровске") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Посольство Чили") != NULL);
	dx_result_free(r);
}

/* a division of a body is named with the body it belongs to, in the genitive */
TEST(divisions_named_with_their_body)
{
	dx_result  *r = run("Доклад подготовил Департамент Азии МИД Индонезии. Семинар провела Кафедра "
						"истории Университета Гданьска.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Департамент Азии МИД Индонезии") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Департамент Азии") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Кафедра истории Университета Гданьска") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Кафедра истории") == NULL);
	dx_result_free(r);
}

/* after a generic noun, adjectives before a place the lexicon knows name a place of their own */
TEST(generic_noun_adjective_and_known_place)
{
	dx_result  *r = run("Кандидат баллотируется в избирательном округе Северный Бристоль, "
						"сообщили местные СМИ.", PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_LOCATION, "Северный Бристоль");

	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "GB") == 0);
	CHECK(unit_entity(r, DX_LOCATION, "Северный") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Бристоль") == NULL);
	dx_result_free(r);
}

/* a capital opening a line before a colon is a dateline: the place */
TEST(dateline_with_a_colon)
{
	dx_result  *r = run("Отставка в правительстве\n\nВаршава : Во вторник, 3 марта, министр финансов "
						"подал в отставку.", PUBLISHED);
	const dx_mention *m = unit_mention(r, "Варшава");

	CHECK(m != NULL && m->kind == DX_LOCATION);
	CHECK(unit_entity(r, DX_COUNTRY, "Польша") == NULL);
	dx_result_free(r);
}

/* "между Киевом и Анкарой": relations between states, not places */
TEST(capitals_between_are_states)
{
	dx_result  *r = run("Отношения между Киевом и Анкарой заметно улучшились.", PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Анкара") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Киев") == NULL);
	CHECK_STR_EQ(code_of(r, "Анкарой"), "TR");
	CHECK_STR_EQ(code_of(r, "Киевом"), "UA");
	dx_result_free(r);
}

/* a capitalised head noun of a body before capitalised words is a body, not a person */
TEST(body_read_as_a_person)
{
	dx_result  *r = run("Доклад подготовил профессор Университета Барселоны Хосе Лопес. Позже "
						"профессор Университета Южной Калифорнии Теодор Бергер согласился с ним.",
						PUBLISHED);
	int			k;

	CHECK(unit_entity(r, DX_ORGANIZATION, "Университет Барселоны") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Хосе Лопес") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Теодор Бергер") != NULL);
	for (k = 0; k < r->nentities; k++)
		CHECK(r->entities[k].kind != DX_PERSON || strstr(r->entities[k].name, "Университет") == NULL);
	if (dx_morph_has_dict(unit_lex))
		CHECK(unit_entity(r, DX_ORGANIZATION, "Университет Южной Калифорнии") != NULL);
	dx_result_free(r);
}

/* short Romance and German words inside a Latin name; keys of a web page are no body */
TEST(latin_names_with_links_and_page_keys)
{
	dx_result  *r = run("Итальянская газета Corriere della Sera и немецкая Bild am Sonntag написали об "
						"этом в понедельник утром, сославшись на свои источники в правительстве и на "
						"письмо, которое было направлено в парламент на прошлой неделе. Если вы нашли "
						"ошибку в тексте, выделите её и нажмите Ctrl+Enter, чтобы сообщить об этом "
						"редакции нашего сайта как можно скорее.", PUBLISHED);
	int			k;

	CHECK(unit_entity(r, DX_ORGANIZATION, "Corriere della Sera") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Bild am Sonntag") != NULL);
	for (k = 0; k < r->nentities; k++)
		CHECK(r->entities[k].kind != DX_ORGANIZATION || (strcmp(r->entities[k].name, "Ctrl") != 0 &&
														 strcmp(r->entities[k].name, "Enter") != 0 &&
														 strcmp(r->entities[k].name, "Sera") != 0));
	dx_result_free(r);
}

/* bodies on the head nouns ассамблея, фракция, больница */
TEST(bodies_on_more_head_nouns)
{
	dx_result  *r = run("Резолюцию поддержала Генеральная Ассамблея, а депутат фракции «Народный выбор» "
						"лечился в Центральной клинической больнице.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Генеральная Ассамблея") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Народный выбор") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Центральная клиническая больница") != NULL);
	dx_result_free(r);
}

/* a social network named as a medium and abbreviations of a vaccine or a disease are no bodies */
TEST(media_services_and_things_are_no_bodies)
{
	dx_result  *r = run("Министр написал в Twitter и в Telegram, что прививка БЦЖ не защищает от "
						"КОВИД, хотя об этом говорили многие врачи и учёные в разных странах мира.",
						PUBLISHED);
	int			k;

	for (k = 0; k < r->nentities; k++)
		CHECK_INT_EQ(r->entities[k].kind != DX_ORGANIZATION, 1);
	dx_result_free(r);
}

/* a body's name with a version after it names a product: «Спутник V» */
TEST(product_named_after_a_body)
{
	dx_result  *r = run("Врачи сделали прививку вакциной «Спутник V», а позже ещё сто человек "
						"привились «Спутником V» в поликлинике.", PUBLISHED);
	int			k;

	for (k = 0; k < r->nentities; k++)
		CHECK_INT_EQ(r->entities[k].kind != DX_ORGANIZATION, 1);
	dx_result_free(r);
	/* the agency itself stays a body */
	r = run("Об этом сообщило агентство «Спутник» в понедельник.", PUBLISHED);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Спутник") != NULL);
	dx_result_free(r);
}

/* a state's adjective and a noun in the genitive go on a body's name */
TEST(body_name_with_a_state_adjective_in_its_tail)
{
	dx_result  *r = run("С критикой выступил Восточный комитет германской экономики, а также "
						"Союз российской промышленности.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Восточный комитет германской экономики") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Союз российской промышленности") != NULL);
	CHECK(unit_entity(r, DX_COUNTRY, "Германия") != NULL);
	dx_result_free(r);
}

/* a verb after a body's prepositional tail ends the name */
TEST(body_name_ends_before_a_verb)
{
	dx_result  *r;

	if (!dx_morph_has_dict(unit_lex))
	{
		printf("SKIP body_name_ends_before_a_verb: OpenCorpora dictionary not installed\n");
		return;
	}
	r = run("Тогда Комитет по иностранным делам стал первым, кто поддержал закон.", PUBLISHED);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Комитет по иностранным делам") != NULL);
	dx_result_free(r);
}

/* after a masculine generic noun an unknown name keeps its form: округа Марикопа */
TEST(name_after_a_masculine_place_noun_keeps_its_form)
{
	dx_result  *r = run("Шериф округа Марикопа задержал его, а рейс из аэропорта Скавста отменили. "
						"Рыбаки вышли на берег реки Вербянки.", PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Марикопа") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Скавста") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Вербянка") != NULL);
	dx_result_free(r);
}

/* a given name after a generic place noun opens a person's name: округа Виктор Смирнов */
TEST(person_after_a_place_noun)
{
	dx_result  *r = run("Войсками военного округа командует генерал округа Виктор Смирнов.", PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Виктор Смирнов") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Виктор Смирнов") != NULL);
	dx_result_free(r);
}

/* a state's adjective and a body's noun in lower case describe the body, they do not name it */
TEST(body_described_by_a_state_adjective)
{
	dx_result  *r = run("Закон одобрил британский парламент, а американское посольство промолчало. "
						"Японский МИД выразил протест.", PUBLISHED);
	int			k;

	for (k = 0; k < r->nentities; k++)
		CHECK(r->entities[k].kind != DX_ORGANIZATION ||
			  (strstr(r->entities[k].name, "арламент") == NULL && strstr(r->entities[k].name, "осольство") == NULL));
	CHECK(unit_mention(r, "Японский МИД") != NULL && unit_mention(r, "Японский МИД")->kind == DX_ORGANIZATION);
	CHECK(unit_entity(r, DX_COUNTRY, "Великобритания") != NULL);
	dx_result_free(r);
}

/* "и" right after a body's head joins two subjects, not two genitives */
TEST(body_name_does_not_take_and_after_its_head)
{
	dx_result  *r = run("Вчера Общественный совет и полпредства регионов обсудили закон. Вчера "
						"Министерство промышленности и торговли выпустило доклад.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Общественный совет") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Общественный совет и полпредства регионов") == NULL);
	CHECK(unit_mention(r, "Министерство промышленности и торговли") != NULL);
	dx_result_free(r);
}

/* a quoted name after a body's noun in the tail belongs to the name */
TEST(body_name_with_a_quoted_name_in_its_tail)
{
	dx_result  *r = run("Вчера Высший совет партии «Новые люди» собрался в Москве.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Высший совет партии «Новые люди»") != NULL);
	dx_result_free(r);
}

/* a body named after a person: Институт имени ..., Театр им. ... */
TEST(body_named_after_a_person)
{
	dx_result  *r = run("Об этом сообщил Институт имени Луи Пастера, а спектакль показал Театр им. "
						"Антона Чехова.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Институт имени Луи Пастера") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Театр им. Антона Чехова") != NULL);
	dx_result_free(r);
}

/* a street or a square named after someone: площади Михаила Глинки */
TEST(streets_and_squares_named_after_someone)
{
	dx_result  *r;

	if (!dx_morph_has_dict(unit_lex))
	{
		printf("SKIP streets_and_squares_named_after_someone: OpenCorpora dictionary not installed\n");
		return;
	}
	r = run("Митинг прошёл на площади Михаила Глинки, а шествие закончилось на улице Гоголя.",
			PUBLISHED);
	CHECK(unit_entity(r, DX_LOCATION, "площадь Михаила Глинки") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "улица Гоголя") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Михаил Глинка") == NULL);
	dx_result_free(r);
}

TEST(country_with_latin_lookalike)
{
	/* "Кaзахстан" with a Latin a */
	const char *text = "Делегация прибыла в Кaзахстан.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_STR_EQ(code_of(r, "Кaзахстан"), "KZ");
	dx_result_free(r);
}

TEST(country_adjectives)
{
	const char *text = "Стороны обсудили казахстанско-азербайджанские отношения и "
		"российскую инициативу.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *kz = unit_mention(r, "казахстанско");
	const dx_mention *az = unit_mention(r, "азербайджанские");
	const dx_mention *ru = unit_mention(r, "российскую");

	CHECK(kz != NULL && az != NULL && ru != NULL);
	if (kz && az && ru)
	{
		CHECK_INT_EQ(kz->form, DX_FORM_ADJECTIVE);
		CHECK_INT_EQ(az->form, DX_FORM_ADJECTIVE);
		CHECK_INT_EQ(kz->kind, DX_COUNTRY);
		CHECK_STR_EQ(kz->normal, "Казахстан");
		CHECK_STR_EQ(az->normal, "Азербайджан");
		CHECK_INT_EQ(kz->start, 17);
		CHECK_INT_EQ(az->start, 30);
	}
	CHECK_STR_EQ(code_of(r, "казахстанско"), "KZ");
	CHECK_STR_EQ(code_of(r, "азербайджанские"), "AZ");
	CHECK_STR_EQ(code_of(r, "российскую"), "RU");
	dx_result_free(r);
}

TEST(capital_place_and_metonym)
{
	const char *text = "Делегация прибыла в Баку. Москва заявила о готовности к диалогу. "
		"Переговоры пройдут в Москве.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *baku = unit_mention(r, "Баку");
	const dx_mention *msk = unit_mention(r, "Москва");
	const dx_mention *msk2 = unit_mention(r, "Москве");
	const dx_entity *e;

	CHECK(baku != NULL && msk != NULL && msk2 != NULL);
	if (baku)
	{
		CHECK_INT_EQ(baku->kind, DX_LOCATION);
		e = unit_entity_of(r, baku);
		CHECK(e != NULL && e->country && strcmp(e->country, "AZ") == 0);
	}
	if (msk)
	{
		/* a capital that says something stands for its state */
		CHECK_INT_EQ(msk->kind, DX_COUNTRY);
		CHECK_STR_EQ(code_of(r, "Москва"), "RU");
	}
	if (msk2)
	{
		CHECK_INT_EQ(msk2->kind, DX_LOCATION);
		CHECK_STR_EQ(msk2->normal, "Москва");
	}
	dx_result_free(r);
}

TEST(known_leader_oblique_case)
{
	const char *text = "Президент Казахстана Касым-Жомарт Токаев провел переговоры с "
		"Президентом Азербайджана Ильхамом Алиевым в Баку.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Ильхамом Алиевым");
	const dx_entity *e = unit_entity_of(r, m);

	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->kind, DX_PERSON);
		CHECK_STR_EQ(m->normal, "Ильхам Алиев");
		CHECK_INT_EQ(m->start, 86);
		CHECK_INT_EQ(m->end, 102);
	}
	CHECK(e != NULL);
	if (e)
	{
		CHECK_STR_EQ(e->name, "Ильхам Алиев");
		CHECK_STR_EQ(e->country, "AZ");
		CHECK_STR_EQ(e->role, "президент");
	}
	m = unit_mention(r, "Касым-Жомарт Токаев");
	e = unit_entity_of(r, m);
	CHECK(e != NULL && e->country && strcmp(e->country, "KZ") == 0);
	dx_result_free(r);
}

TEST(known_leader_by_surname)
{
	const char *text = "Накануне президент Токаев провел телефонный разговор с Эрдоганом.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Эрдоганом");
	const dx_entity *e = unit_entity_of(r, m);

	CHECK(m != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "Эрдоган");
	CHECK(e != NULL);
	if (e)
	{
		CHECK_STR_EQ(e->name, "Реджеп Тайип Эрдоган");
		CHECK_STR_EQ(e->country, "TR");
	}
	e = unit_entity_of(r, unit_mention(r, "Токаев"));
	CHECK(e != NULL && strcmp(e->name, "Касым-Жомарт Токаев") == 0);
	dx_result_free(r);
}

/*
 * A surname alone is the person of that surname the story named in full,
 * not the lexicon's person who shares it; the lexicon's only when the
 * story names nobody else so.
 */
TEST(surname_alone_is_the_story_person_before_the_lexicon)
{
	dx_result  *r = run("Делегацию возглавил вице-премьер Анджей Новак. Министр Новак заявил, что "
						"переговоры прошли успешно.", PUBLISHED);
	const dx_entity *e = unit_entity_of(r, unit_mention(r, "Новак"));

	CHECK(e != NULL && strcmp(e->name, "Анджей Новак") == 0);
	CHECK(unit_entity(r, DX_PERSON, "Каталин Новак") == NULL);
	dx_result_free(r);
	/* named in full in an oblique case, later than the surname alone */
	r = run("Министр Новак заявил, что переговоры прошли успешно. Визит вице-премьера Анджея Новака "
			"завершился.", PUBLISHED);
	e = unit_entity_of(r, unit_mention(r, "Новак"));
	CHECK(e != NULL && strcmp(e->name, "Анджей Новак") == 0);
	CHECK(unit_entity(r, DX_PERSON, "Каталин Новак") == NULL);
	dx_result_free(r);
	r = run("Президент Новак заявила, что переговоры прошли успешно.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Каталин Новак") != NULL);
	dx_result_free(r);
}

/* Ян Коваль и Яна Коваль: a man and a woman of one surname stay two persons */
TEST(man_and_woman_of_one_surname_are_two_persons)
{
	dx_result  *r = run("Вчера Ян Коваль и Яна Коваль приехали в Минск. Коваль сказал, что рад.", PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_PERSON, "Яна Коваль");

	CHECK(e != NULL && e->mentions == 1);
	e = unit_entity(r, DX_PERSON, "Ян Коваль");
	CHECK(e != NULL && e->mentions == 2);
	dx_result_free(r);
	/* a surname alone before a verb of a woman is the woman's */
	r = run("Вчера Богдан Стрельник встретился с Анной Стрельник. Стрельник заявила, что рада.", PUBLISHED);
	e = unit_entity(r, DX_PERSON, "Анна Стрельник");
	CHECK(e != NULL && e->mentions == 2);
	e = unit_entity(r, DX_PERSON, "Богдан Стрельник");
	CHECK(e != NULL && e->mentions == 1);
	dx_result_free(r);
	/* a man's name in an oblique case read as a woman's stays his */
	r = run("Вчера в Минск прилетел Евгений Тимаков. Встречу Евгению Тимакову устроили друзья.",
			PUBLISHED);
	e = unit_entity(r, DX_PERSON, "Евгений Тимаков");
	CHECK(e != NULL && e->mentions == 2);
	dx_result_free(r);
}

/*
 * A name in brackets in another spelling right after a name an office found
 * is that person's alias, whatever other names the story had before
 */
TEST(name_in_brackets_after_an_office_is_an_alias)
{
	dx_result  *r = run("Площадь назвали именем Богдана Стрельника. Посол Украины в Словакии Григорий Гречка "
						"(Григорій Гречка) сказал, что рад.", PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_PERSON, "Григорий Гречка");

	CHECK(e != NULL && e->mentions == 3 && e->naliases == 1);
	CHECK(unit_entity(r, DX_PERSON, "Григорій Гречка") == NULL);
	dx_result_free(r);
}

/*
 * A word no list and no dictionary knows, then a word that also names a
 * region, where a person stands (after an office or a verb of speech,
 * before a verb in the past tense), is a given name and a surname
 */
TEST(unknown_given_name_before_a_region_word_where_a_person_stands)
{
	const char *texts[] = {
		"Об этом заявил глава МИД Чехии Зденко Маас на встрече.",
		"\"Мы готовы к диалогу\", - сказал Зденко Маас журналистам.",
		"Зденко Маас заявил, что переговоры продолжатся.",
	};
	size_t		k;

	for (k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		dx_result  *r = run(texts[k], PUBLISHED);

		CHECK(unit_entity(r, DX_PERSON, "Зденко Маас") != NULL);
		CHECK(unit_entity(r, DX_LOCATION, "Маас") == NULL);
		dx_result_free(r);
	}
	/* the region itself stays a place */
	{
		dx_result  *r = run("Туристы из Мааса приехали в Прагу.", PUBLISHED);

		CHECK(unit_entity(r, DX_LOCATION, "Маас") != NULL);
		dx_result_free(r);
	}
}

TEST(sentence_initial_adverb_is_not_a_name)
{
	const char *text = "Вчера Токаев провел телефонный разговор с Эрдоганом.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_entity *e = unit_entity_of(r, unit_mention(r, "Токаев"));

	CHECK(e != NULL && strcmp(e->name, "Касым-Жомарт Токаев") == 0);
	CHECK(unit_entity(r, DX_PERSON, "Реджеп Тайип Эрдоган") != NULL);
	dx_result_free(r);
}

TEST(role_after_name)
{
	/* an office in apposition after the name gives the role and the state */
	dx_result  *r = run("С ответным словом выступила Марта Ковальская, министр иностранных дел Польши.",
						PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_PERSON, "Марта Ковальская");

	CHECK(e != NULL);
	if (e)
	{
		CHECK_STR_EQ(e->role, "министр иностранных дел");
		CHECK_STR_EQ(e->country, "PL");
	}
	dx_result_free(r);
}

/* the role and state of the person named in text, checked together */
static void
check_role(const char *text, const char *name, const char *role, const char *country)
{
	dx_result  *r = run(text, PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_PERSON, name);

	CHECK(e != NULL);
	if (e)
	{
		CHECK_STR_EQ(e->role, role);
		if (country)
			CHECK_STR_EQ(e->country, country);
		else
			CHECK(e->country == NULL);
	}
	dx_result_free(r);
}

TEST(role_keeps_the_office_words)
{
	/* what the office covers, listed with "и" and commas */
	check_role("Об этом сообщил министр информации и телерадиовещания Пакистана Фарух Ахмади.",
			   "Фарух Ахмади", "министр информации и телерадиовещания", "PK");
	check_role("Заявление сделал министр охраны природы, лесов и водных ресурсов Иван Зарецкий.",
			   "Иван Зарецкий", "министр охраны природы, лесов и водных ресурсов", NULL);
	/* a topic after the state, and a topic named by its own name */
	check_role("Заместитель министра иностранных дел Украины по вопросам европейской интеграции "
			   "Оксана Гринько провела встречу.",
			   "Оксана Гринько", "заместитель министра иностранных дел по вопросам европейской интеграции", "UA");
	check_role("Отставку подал Питер Моррис, министр по делам Брекзита, который вёл переговоры.",
			   "Питер Моррис", "министр по делам Брекзита", NULL);
	/* with words of its own the office keeps its head: not the class name "президент" */
	check_role("Это назвал ошибкой лидер лейбористов Гарри Томпсон.",
			   "Гарри Томпсон", "лидер лейбористов", NULL);
	/* a short participle ends the office */
	check_role("Новым министром по вопросам Brexit назначен Эндрю Китинг.",
			   "Эндрю Китинг", "министр по вопросам Brexit", NULL);
}

TEST(role_without_body_post_or_rank)
{
	/* a company or institute named by its own name goes, as the state does */
	check_role("Председатель правления Nordgas Клаус Фогель сообщил о задержке.",
			   "Клаус Фогель", "председатель правления", NULL);
	check_role("Так считает эксперт лондонского института Atlantic Forum Джеймс Холт.",
			   "Джеймс Холт", "эксперт", NULL);
	/* a body the lexicon knows stays */
	check_role("Председатель Европарламента Лука Бьянки осудил решение.",
			   "Лука Бьянки", "председатель Европарламента", NULL);
	/* the post after the state, and a rank before the name */
	check_role("Посол Японии в России Кэндзи Ямада вручил ноту.", "Кэндзи Ямада", "посол", "JP");
	check_role("Представитель армии полковник Виктор Саенко заявил о выводе войск.",
			   "Виктор Саенко", "представитель армии", NULL);
	/* an abbreviation in brackets after the state */
	check_role("Глава Федерального ведомства по судоходству Германии (BSH) Моника Бергер заявила о сроках.",
			   "Моника Бергер", "глава Федерального ведомства по судоходству", "DE");
	/* a place, or a word in the genitive that is no given name, before a given name */
	check_role("Об этом заявил мэр Самары Виктор Орлов.", "Виктор Орлов", "мэр", NULL);
	check_role("Губернатор Поморья Сергей Ладыгин заявил о смене.", "Сергей Ладыгин", "губернатор", NULL);
	check_role("Патриарх Московский и всея Руси Кирилл обратился к властям.", "Кирилл",
			   "патриарх Московский и всея Руси", NULL);
	/* a description in apposition between the office and the name */
	check_role("Об этом заявил лидер партии, известный проповедник Хасан Мирза.",
			   "Хасан Мирза", "лидер партии", NULL);
	/* a state's adjective inside the office goes to the country */
	check_role("Глава иранской делегации на переговорах Мехди Карими покинул зал.",
			   "Мехди Карими", "глава делегации на переговорах", "IR");
	/* "Wintershall" after an office names the company, not a person */
	{
		dx_result  *r = run("Директор Wintershall заявил о сроках.", PUBLISHED);

		CHECK(unit_entity(r, DX_PERSON, "Wintershall") == NULL);
		dx_result_free(r);
	}
}

TEST(role_of_person_in_genitive_and_by_anaphora)
{
	/* "советник Трампа" is not Trump's office */
	{
		dx_result  *r = run("Советник Дональда Трампа встретился с депутатами. Президент США "
							"Дональд Трамп об этом не сообщал.", PUBLISHED);
		const dx_entity *e = unit_entity(r, DX_PERSON, "Дональд Трамп");

		CHECK(e != NULL);
		if (e)
			CHECK_STR_EQ(e->role, "президент");
		dx_result_free(r);
	}
	/* a state's office opening the next sentence stands for the person named before */
	check_role("Ахмед Салех отказался от поездки в Париж. Премьер-министр Египта заявил, что "
			   "визит отложен.", "Ахмед Салех", "премьер-министр", "EG");
	/* not when that person already has another state */
	check_role("Клаус Нойманн, министр финансов Австрии, прибыл в Рим. Премьер-министр Италии "
			   "встретил его в аэропорту.", "Клаус Нойманн", "министр финансов", "AT");
}

TEST(names_with_particles_and_short_parts)
{
	const char *text = "Лидер партии Жаклин Ле Галь выступила в Лионе. Спецпосланник Маттео де Роза "
		"прибыл в Женеву. Власти выпустили 65-летнюю Тин Мин Су Чжо на свободу. Об этом сообщил "
		"депутат Мустафа Керимов.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Жаклин Ле Галь") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Маттео де Роза") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Тин Мин Су Чжо") != NULL);
	/* an indeclinable surname in -и keeps its form in every case */
	{
		dx_result  *r2 = run("Суд оправдал христианку Асию Биби. Адвокат Асии Биби покинул страну.",
							 PUBLISHED);

		CHECK(unit_entity(r2, DX_PERSON, "Асия Биби") != NULL);
		dx_result_free(r2);
	}
	/* initials after "имени" name an institution, not a person */
	{
		dx_result  *r2 = run("Вакцину создал центр имени Н. Ф. Гамалеи, а институт им. М. П. Чумакова "
							 "её проверил.", PUBLISHED);
		int			k,
					persons = 0;

		for (k = 0; k < r2->nmentions; k++)
			persons += r2->mentions[k].kind == DX_PERSON;
		CHECK_INT_EQ(persons, 0);
		dx_result_free(r2);
	}
	/* a given name the lexicon also knows as a surname, before a surname */
	CHECK(unit_entity(r, DX_PERSON, "Мустафа Керимов") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Мустафа") == NULL);
	dx_result_free(r);
}

TEST(latin_spelling_of_a_person_and_town_named_like_a_leader)
{
	const char *text = "Это сказал вчера на большой пресс-конференции в городе руководитель комитета "
		"Джоэл Саймон (Joel Simon), который давно работает в этой организации. Администрация "
		"президента Обамы смягчила ограничения.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Joel Simon");

	/* the Latin spelling in brackets is a mention of the person, not an organisation */
	CHECK(m != NULL && m->kind == DX_PERSON);
	CHECK(m && unit_entity_of(r, m) && strcmp(unit_entity_of(r, m)->name, "Джоэл Саймон") == 0);
	/* a town that shares a listed leader's surname (Obama, Japan) is not taken */
	m = unit_mention(r, "Обамы");
	CHECK(m != NULL && m->kind == DX_PERSON);
	dx_result_free(r);
}

TEST(organisation_names_end_where_the_sentence_goes_on)
{
	const char *text = "К сожалению, Русская Православная Церковь и национализм уже давно связаны. "
		"Министерство промышленности и торговли России выпустило доклад. Барак Обама принял гостя "
		"в Белом доме, а Белый дом выпустил заявление. Он выступил на VII съезде партии. Стартовал "
		"конкурс The Best of Blogs.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m;
	int			k;

	CHECK(unit_mention(r, "Русская Православная Церковь") != NULL);
	CHECK(unit_mention(r, "Министерство промышленности и торговли России") != NULL);
	/* a seat is a place where the text puts something in it, the body elsewhere */
	m = unit_mention(r, "Белом доме");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	m = unit_mention(r, "Белый дом");
	CHECK(m != NULL && m->kind == DX_ORGANIZATION);
	{
		/* a body's own service is the body's: пресс-служба Акорды */
		dx_result  *r2 = run("Переговоры продолжились, передает пресс-служба Акорды.", PUBLISHED);
		const dx_mention *m2 = unit_mention(r2, "Акорды");

		CHECK(m2 != NULL && m2->kind == DX_ORGANIZATION);
		dx_result_free(r2);
	}
	/* bodies named by one word: Рос..., Мосгор..., or after a generic head */
	{
		dx_result  *r2 = run("Сотрудники Росприроднадзора приехали на место. Роспуск Мосгордумы "
							 "обсуждали в инновационном центре Сколково, а вакцину создали в центре "
							 "Чумакова. Об этом рассказал Ростислав Ищенко.", PUBLISHED);
		const dx_mention *m2;

		m2 = unit_mention(r2, "Росприроднадзора");
		CHECK(m2 != NULL && m2->kind == DX_ORGANIZATION && strcmp(m2->normal, "Росприроднадзор") == 0);
		m2 = unit_mention(r2, "Мосгордумы");
		CHECK(m2 != NULL && m2->kind == DX_ORGANIZATION && strcmp(m2->normal, "Мосгордума") == 0);
		m2 = unit_mention(r2, "Сколково");
		CHECK(m2 != NULL && m2->kind == DX_ORGANIZATION);
		CHECK(unit_mention(r2, "Роспуск") == NULL);
		CHECK(unit_mention(r2, "Чумакова") == NULL || unit_mention(r2, "Чумакова")->kind != DX_ORGANIZATION);
		CHECK(unit_entity(r2, DX_PERSON, "Ростислав Ищенко") != NULL);
		dx_result_free(r2);
		r2 = run("Гонщик из команды МакЛарен-Мерседес финишировал вторым. Лидер партии "
				 "Техрик-э-Инсаф выступил.", PUBLISHED);
		m2 = unit_mention(r2, "МакЛарен-Мерседес");
		CHECK(m2 != NULL && m2->kind == DX_ORGANIZATION);
		CHECK(unit_mention(r2, "Техрик") == NULL);
		dx_result_free(r2);
	}
	/* Брюссель standing for the European Union, not for Belgium; a place when used as one */
	{
		dx_result  *r2 = run("План сочли уступкой Брюсселю. Саммит прошёл в Брюсселе.", PUBLISHED);
		const dx_mention *m2 = unit_mention(r2, "Брюсселю");
		int			k2;

		CHECK(m2 != NULL && unit_entity_of(r2, m2) != NULL &&
			  unit_entity_of(r2, m2)->kind == DX_ORGANIZATION);
		m2 = unit_mention(r2, "Брюсселе");
		CHECK(m2 != NULL && m2->kind == DX_LOCATION);
		for (k2 = 0; k2 < r2->nentities; k2++)
			CHECK(r2->entities[k2].kind != DX_COUNTRY);
		dx_result_free(r2);
	}
	/* a Roman numeral and a contest's Latin name are no organisations */
	for (k = 0; k < r->nmentions; k++)
		CHECK(strcmp(r->mentions[k].surface, "VII") != 0 &&
			  strstr(r->mentions[k].surface, "Blogs") == NULL);
	dx_result_free(r);
}

TEST(given_names_alone)
{
	const char *text = "Патриарх Кирилл обратился к властям страны. Женщину обвинили в оскорблении "
		"пророка Мухаммеда. Адвокат Тимур Рашидов прибыл в суд, а Тимура встретили журналисты. "
		"По словам Фарида Салехи, решение примут завтра. Фарид Салехи это подтвердил. "
		"Министр поблагодарил Тимура за работу.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_entity *e;

	/* a title before a given name alone */
	e = unit_entity(r, DX_PERSON, "Кирилл");
	CHECK(e != NULL && e->role && strcmp(e->role, "патриарх") == 0);
	CHECK(unit_entity(r, DX_PERSON, "Мухаммед") != NULL);
	/* the given name alone stands for the one person of the story so named */
	e = unit_entity(r, DX_PERSON, "Тимур Рашидов");
	CHECK(e != NULL && e->mentions == 3);
	CHECK(unit_entity(r, DX_PERSON, "Тимур") == NULL);
	/* an unknown given name met first in the genitive takes its nominative later */
	CHECK(unit_entity(r, DX_PERSON, "Фарид Салехи") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Фарида Салехи") == NULL);
	dx_result_free(r);
}

TEST(role_by_article_date)
{
	const char *text = "Сергей Лавров прибыл в Нью-Йорк.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_PERSON, "Сергей Лавров");

	CHECK(e != NULL);
	if (e)
		CHECK_STR_EQ(e->role, "министр иностранных дел");
	dx_result_free(r);

	r = run(text, 20000501);
	e = unit_entity(r, DX_PERSON, "Сергей Лавров");
	CHECK(e != NULL);
	if (e)
		CHECK_STR_EQ(e->role, "постоянный представитель");
	dx_result_free(r);

	/* no date: the office the person holds now, not a former one */
	r = run(text, 0);
	e = unit_entity(r, DX_PERSON, "Сергей Лавров");
	CHECK(e != NULL);
	if (e)
		CHECK(e->role && strcmp(e->role, "министр иностранных дел") == 0);
	dx_result_free(r);
}

TEST(unknown_person_given_name_and_surname)
{
	const char *text = "Министр встретился с послом Андреем Ковальским. Переговоры с Ириной "
		"Петровой прошли в Астане.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Андреем Ковальским");
	const dx_entity *e;

	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->kind, DX_PERSON);
		CHECK_STR_EQ(m->normal, "Андрей Ковальский");
	}
	m = unit_mention(r, "Ириной Петровой");
	CHECK(m != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "Ирина Петрова");
	e = unit_entity(r, DX_PERSON, "Ирина Петрова");
	CHECK(e != NULL);
	dx_result_free(r);
}

/*
 * The normal of the person mention written as surface, checked only with the
 * OpenCorpora dictionary installed (the names below are unknown to the
 * lexicon; without the dictionary the rules alone read them).
 */
static void
check_person_normal(const char *text, const char *surface, const char *normal)
{
	dx_result  *r;
	const dx_mention *m;

	if (!dx_morph_has_dict(unit_lex))
	{
		printf("SKIP %s: OpenCorpora dictionary not installed\n", surface);
		return;
	}
	r = run(text, PUBLISHED);
	m = unit_mention(r, surface);
	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->kind, DX_PERSON);
		CHECK_STR_EQ(m->normal, normal);
	}
	CHECK(unit_entity(r, DX_PERSON, normal) != NULL);
	dx_result_free(r);
}

TEST(person_in_oblique_case_by_dictionary)
{
	/* Russian given names and surnames the lexicon lacks, in agreeing cases */
	check_person_normal("Об этом говорится в заявлении Фрола Кравчука.", "Фрола Кравчука", "Фрол Кравчук");
	check_person_normal("Рост продолжится, по словам Евдокии Пановой.", "Евдокии Пановой", "Евдокия Панова");
	check_person_normal("Визит Прасковьи Сидоровой завершился.", "Прасковьи Сидоровой", "Прасковья Сидорова");
	/* a given name the dictionary knows before a foreign surname it only guesses */
	check_person_normal("Министр встретился с Катериной Райхе.", "Катериной Райхе", "Катерина Райхе");
	check_person_normal("Речь шла о борьбе с Адольфом Гитлером.", "Адольфом Гитлером", "Адольф Гитлер");
	check_person_normal("Вопрос обсуждался у Тони Робертсона дома.", "Тони Робертсона", "Тони Робертсон");
}

/*
 * Capitalised words the dictionary knows only as common words are no person,
 * checked only with the OpenCorpora dictionary installed.
 */
static void
check_no_person(const char *text, const char *surface)
{
	dx_result  *r;
	const dx_mention *m;

	if (!dx_morph_has_dict(unit_lex))
	{
		printf("SKIP %s: OpenCorpora dictionary not installed\n", surface);
		return;
	}
	r = run(text, PUBLISHED);
	m = unit_mention(r, surface);
	CHECK(m == NULL || m->kind != DX_PERSON);
	CHECK(unit_entity(r, DX_PERSON, surface) == NULL);
	dx_result_free(r);
}

TEST(common_words_are_no_person)
{
	check_no_person("Министр поздравил коллег с Днем Победы и пожелал мира.", "Днем Победы");
	check_no_person("Президент поздравил коллегу с Днем Республики.", "Днем Республики");
	check_no_person("Об этом сообщает газета, Адрес Редакции указан ниже.", "Адрес Редакции");
	/* a common-word surname after a given name is still a person */
	check_person_normal("Министр встретился с Дональдом Трампом.", "Дональдом Трампом", "Дональд Трамп");
}

TEST(person_feminine_surname_stays_feminine)
{
	check_person_normal("Министр поблагодарил Аглаю Лаврову.", "Аглаю Лаврову", "Аглая Лаврова");
	/* Анну: of the lexicon's Анн and Анна the one the surname agrees with */
	check_person_normal("Он поблагодарил Анну Лаврову.", "Анну Лаврову", "Анна Лаврова");
}

/* a newspaper's credit: the surname in capitals after the given name */
TEST(person_surname_in_capitals_after_given_name)
{
	check_person_normal("Фото: Анна КРЫЛОВА. Подробности в номере.", "Анна КРЫЛОВА", "Анна Крылова");
	check_person_normal("Материал подготовил Пётр СОКОЛОВ по итогам встречи.", "Пётр СОКОЛОВ", "Пётр Соколов");
	/* an abbreviation of a body after a given name is no surname */
	check_no_person("Об этом Анна ТАСС не сообщала.", "Анна ТАСС");
}

/* a surname that is a form of a currency's name (франк, сомов: of сом) after a given name */
TEST(person_surname_shaped_like_a_currency)
{
	check_person_normal("Вчера Игорь Сомов прибыл в Минск.", "Игорь Сомов", "Игорь Сомов");
	check_person_normal("Дневник Анны Франк издали снова.", "Анны Франк", "Анна Франк");
	/* the currency itself after a number stays a sum's */
	check_no_person("Он заплатил 100 сомов за проезд.", "сомов");
}

/*
 * A surname alone that the dictionary reads only as a surname, as the
 * subject of a finite verb of its gender at the start of a clause, is a
 * person; a capitalised common word there is not
 */
TEST(surname_alone_as_the_subject_of_a_verb)
{
	check_person_normal("Кудрявцев подчеркнул, что визит готовится давно.", "Кудрявцев", "Кудрявцев");
	check_person_normal("По итогам дня, Шаталова сообщила о новых планах.", "Шаталова", "Шаталова");
	/* a common word, a place and a verb of the other gender stay no person */
	check_no_person("Вчера заявил о своих планах глава фирмы.", "Вчера");
	check_no_person("Работа продолжилась в обычном режиме.", "Работа");
	check_no_person("Москва заявила протест послу.", "Москва");
	check_no_person("Кудрявцев заявила о визите.", "Кудрявцев");
}

/*
 * A surname alone in an oblique case that the dictionary reads only as a
 * surname, governed by a verb or a preposition, is a person
 */
TEST(surname_alone_in_an_oblique_case_after_a_verb_or_preposition)
{
	check_person_normal("Кудрявцев сменит Шаталова на посту губернатора.", "Шаталова", "Шаталов");
	check_person_normal("Министр обсудил это с Кудрявцевым на встрече.", "Кудрявцевым", "Кудрявцев");
	/* a common word or a place after a verb stays no person */
	check_no_person("Министр посетил Москву на прошлой неделе.", "Москву");
	check_no_person("Министр обсудил это с Работой на встрече.", "Работой");
}

/*
 * A surname alone after a verb of speech in the past tense of its gender
 * (the subject after the verb), and before such a verb past an adverb
 */
TEST(surname_alone_as_the_subject_after_a_verb_of_speech_or_past_an_adverb)
{
	check_person_normal("Визит готовится давно, заявила Шаталова журналистам.", "Шаталова", "Шаталова");
	check_person_normal("Кудрявцев также подчеркнул, что визит готовится давно.", "Кудрявцев", "Кудрявцев");
	check_person_normal("Визит готовится давно, а Кудрявцев подчеркнул его значение.", "Кудрявцев", "Кудрявцев");
	/* a common word before an adverb and a verb stays no person */
	check_no_person("Работа также продолжилась в обычном режиме.", "Работа");
}

/*
 * Surnames alone joined by a comma or a conjunction to a surname alone
 * governed by a verb or a preposition, in the same case, are persons too
 */
TEST(surname_alone_coordinated_with_a_governed_surname)
{
	check_person_normal("Министр обсудил это с Кудрявцевым и Шаталовой на встрече.", "Шаталовой", "Шаталова");
	check_person_normal("Министр обсудил это с Шаталовой, Кудрявцевым и Сидоровой на встрече.", "Сидоровой",
						"Сидорова");
	/* a common word or a place joined to the surname stays no person */
	check_no_person("Министр обсудил это с Кудрявцевым и Работой на встрече.", "Работой");
	check_no_person("Министр обсудил это с Кудрявцевым и Москвой на встрече.", "Москвой");
}

/* a surname alone in the genitive after a noun of speech or opinion is a person */
TEST(surname_alone_after_a_noun_of_speech_or_opinion)
{
	check_person_normal("По словам Кудрявцева, визит готовится давно.", "Кудрявцева", "Кудрявцев");
	check_person_normal("По мнению Шаталовой, визит готовится давно.", "Шаталовой", "Шаталова");
	/* a common word or a place there stays no person */
	check_no_person("По словам Работы, визит готовится давно.", "Работы");
	check_no_person("По мнению Москвы, визит готовится давно.", "Москвы");
}

/*
 * A man's given name in -и, -о that does not decline and a surname in -у
 * right after a verb: the object, the accusative of a surname in -а
 */
TEST(person_undeclined_given_and_surname_in_u_after_a_verb)
{
	check_person_normal("Министр поблагодарил Кэндзи Ямаду за помощь.", "Кэндзи Ямаду", "Кэндзи Ямада");
	check_person_normal("Министр поблагодарил Синдзо Кураду за помощь.", "Синдзо Кураду", "Синдзо Курада");
	/* a surname in a vowel stays as written; after a verb of speech, the subject keeps its -у */
	check_person_normal("Министр поблагодарил Кэндзи Сато за помощь.", "Кэндзи Сато", "Кэндзи Сато");
	check_person_normal("Об этом сообщил Кэндзи Ямаду журналистам.", "Кэндзи Ямаду", "Кэндзи Ямаду");
	check_no_person("Министр поблагодарил Москву за помощь.", "Москву");
}

TEST(person_patronymic_agrees_with_given_name)
{
	check_person_normal("Переговоры с Владленом Сергеевичем Волковым прошли в Минске.",
						"Владленом Сергеевичем Волковым", "Владлен Сергеевич Волков");
	check_person_normal("Посол передал привет Наине Иосифовне Ельциной.", "Наине Иосифовне Ельциной",
						"Наина Иосифовна Ельцина");
}

TEST(initials_and_oblique_surname_join_the_named_person)
{
	const char *text = "Бизнесмен Руперт Мердок прибыл в Лондон. Позиция Р. Мердока известна.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Р. Мердока");

	CHECK(m != NULL);
	if (m)
	{
		CHECK_STR_EQ(m->normal, "Р. Мердок");
		CHECK_STR_EQ(unit_entity_of(r, m) ? unit_entity_of(r, m)->name : NULL, "Руперт Мердок");
	}
	CHECK(unit_entity(r, DX_PERSON, "Р. Мердока") == NULL);
	dx_result_free(r);
}

TEST(office_attaches_role_and_country)
{
	const char *text = "Министр иностранных дел Эстонии Маргус Цахкна встретился с "
		"министром иностранных дел Азербайджана Джейхуном Байрамовым.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_PERSON, "Маргус Цахкна");

	CHECK(e != NULL);
	if (e)
	{
		CHECK_STR_EQ(e->country, "EE");
		CHECK_STR_EQ(e->role, "министр иностранных дел");
	}
	e = unit_entity(r, DX_PERSON, "Джейхун Байрамов");
	CHECK(e != NULL);
	if (e)
	{
		CHECK_STR_EQ(e->country, "AZ");
		CHECK_STR_EQ(e->role, "министр иностранных дел");
	}
	CHECK_STR_EQ(unit_mention(r, "Джейхуном Байрамовым") ?
				 unit_mention(r, "Джейхуном Байрамовым")->normal : NULL, "Джейхун Байрамов");
	dx_result_free(r);
}

TEST(descriptor_resolves_to_named_person)
{
	const char *text = "Глава государства Касым-Жомарт Токаев принял делегацию. "
		"Глава государства отметил важность встречи.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = NULL;
	int			i;

	for (i = 0; i < r->nmentions; i++)
		if (r->mentions[i].form == DX_FORM_DESCRIPTOR)
			m = &r->mentions[i];
	CHECK(m != NULL);
	if (m)
	{
		const dx_entity *e = unit_entity_of(r, m);

		CHECK_STR_EQ(m->surface, "Глава государства");
		CHECK_INT_EQ(m->kind, DX_PERSON);
		CHECK_INT_EQ(m->sentence, 2);
		CHECK(e != NULL && strcmp(e->name, "Касым-Жомарт Токаев") == 0);
		if (e)
			CHECK_INT_EQ(e->mentions, 2);
	}
	dx_result_free(r);
}

TEST(descriptor_by_foreign_ministry)
{
	const char *text = "Сергей Лавров прибыл в Анкару. «Мы обсудили весь спектр двусторонних "
		"вопросов», — сказал глава МИД России.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "глава МИД России");

	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->form, DX_FORM_DESCRIPTOR);
		CHECK(unit_entity_of(r, m) != NULL &&
			  strcmp(unit_entity_of(r, m)->name, "Сергей Лавров") == 0);
	}
	/* the quote is attributed through the office */
	CHECK_INT_EQ(r->nquotes, 1);
	if (r->nquotes == 1)
	{
		CHECK_STR_EQ(r->quotes[0].speaker, "Сергей Лавров");
		CHECK_STR_EQ(r->quotes[0].speaker_role, "министр иностранных дел");
		CHECK_STR_EQ(r->quotes[0].speaker_country, "RU");
		CHECK_STR_EQ(r->quotes[0].quote, "Мы обсудили весь спектр двусторонних вопросов");
		CHECK_INT_EQ(r->quotes[0].sentence, 2);
	}
	dx_result_free(r);
}

TEST(agreement_title_period_status)
{
	const char *text = "По итогам переговоров Казахстан и Азербайджан подписали Комплексную "
		"программу сотрудничества на 2024–2028 годы.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		const dx_agreement *g = &r->agreements[0];

		CHECK_STR_EQ(g->doc_type, "programme");
		CHECK_STR_EQ(g->title, "Комплексная программа сотрудничества на 2024–2028 годы");
		CHECK_STR_EQ(g->status, "signed");
		CHECK_INT_EQ(g->valid_from, 2024);
		CHECK_INT_EQ(g->valid_to, 2028);
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "KZ"));
		CHECK(unit_has(g->parties, g->nparties, "AZ"));
		CHECK_INT_EQ(g->sentence, 1);
		CHECK_INT_EQ(g->start, 56);
	}
	/* a signing event follows from the signed agreement */
	{
		const dx_event *ev = unit_event(r, "signing");

		CHECK(ev != NULL);
		if (ev)
		{
			CHECK_STR_EQ(ev->status, "occurred");
			CHECK(unit_has(ev->countries, ev->ncountries, "KZ"));
			CHECK(unit_has(ev->countries, ev->ncountries, "AZ"));
		}
	}
	dx_result_free(r);
}

TEST(agreement_declaration_between_states)
{
	const char *text = "Стороны подписали Совместную декларацию о стратегическом партнерстве "
		"между Республикой Казахстан и Азербайджанской Республикой.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		const dx_agreement *g = &r->agreements[0];

		CHECK_STR_EQ(g->doc_type, "declaration");
		CHECK_STR_EQ(g->title, "Совместная декларация о стратегическом партнерстве между "
					 "Республикой Казахстан и Азербайджанской Республикой");
		CHECK_STR_EQ(g->status, "signed");
		CHECK(unit_has(g->parties, g->nparties, "KZ"));
		CHECK(unit_has(g->parties, g->nparties, "AZ"));
		CHECK_INT_EQ(g->valid_from, 0);
	}
	dx_result_free(r);
}

TEST(agreement_planned)
{
	const char *text = "В ходе визита будет подписан меморандум о взаимопонимании между "
		"Россией и Китаем. Ожидается, что стороны подпишут соглашение о сотрудничестве "
		"в области образования.";
	dx_result  *r = run(text, PUBLISHED);
	int			i;

	CHECK_INT_EQ(r->nagreements, 2);
	for (i = 0; i < r->nagreements; i++)
		CHECK_STR_EQ(r->agreements[i].status, "planned");
	if (r->nagreements == 2)
	{
		CHECK_STR_EQ(r->agreements[0].doc_type, "memorandum");
		CHECK_STR_EQ(r->agreements[0].title, "Меморандум о взаимопонимании между Россией и Китаем");
		CHECK(unit_has(r->agreements[0].parties, r->agreements[0].nparties, "RU"));
		CHECK(unit_has(r->agreements[0].parties, r->agreements[0].nparties, "CN"));
		CHECK_STR_EQ(r->agreements[1].doc_type, "agreement");
		CHECK_STR_EQ(r->agreements[1].title, "Соглашение о сотрудничестве в области образования");
	}
	/* nothing signed yet: no signing event */
	CHECK(unit_event(r, "signing") == NULL);
	dx_result_free(r);
}

TEST(agreement_announced_then_signed_merge)
{
	const char *text = "В ходе визита Токаева в Баку будет подписан меморандум о "
		"взаимопонимании в сфере энергетики. На следующий день президенты подписали "
		"меморандум о взаимопонимании в сфере энергетики.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		const dx_agreement *g = &r->agreements[0];

		CHECK_STR_EQ(g->status, "signed");
		CHECK_STR_EQ(g->title, "Меморандум о взаимопонимании в сфере энергетики");
		CHECK_INT_EQ(g->sentence, 2);
		CHECK(!unit_has(g->aliases, g->naliases, g->title));
	}
	dx_result_free(r);
}

TEST(agreement_status_in_force_and_intended)
{
	const char *text = "Министры обсудили ход выполнения соглашения о реадмиссии между Россией "
		"и Грузией. Президент США призвал ускорить заключение торгового "
		"соглашения с Мексикой. В декабре истекает действие договора о поставках газа "
		"между Россией и Белоруссией.";
	dx_result  *r = run(text, PUBLISHED);
	int			i,
				seen = 0;

	for (i = 0; i < r->nagreements; i++)
	{
		const dx_agreement *g = &r->agreements[i];

		/* a document being carried out or expiring was signed */
		if (g->sentence == 1 || g->sentence == 3)
		{
			CHECK_STR_EQ(g->status, "signed");
			seen++;
		}
		/* a conclusion someone wants to speed up is still a plan */
		if (g->sentence == 2)
		{
			CHECK_STR_EQ(g->title, "Торговое соглашение с Мексикой");
			CHECK_STR_EQ(g->status, "planned");
			CHECK_INT_EQ(g->nsignatories, 0);
			seen++;
		}
	}
	CHECK_INT_EQ(seen, 3);
	dx_result_free(r);
}

TEST(agreement_named_with_capitals)
{
	const char *text = "Граница остается одним из ключевых пунктов Белфастского соглашения "
		"1998 года. По словам министра, у страны уже есть глубокий Договор об ассоциации.";
	dx_result  *r = run(text, PUBLISHED);

	/* kept without parties: the capitals make them names, not generic words */
	CHECK_INT_EQ(r->nagreements, 2);
	if (r->nagreements == 2)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Белфастское соглашение 1998 года");
		/* named by the year it was concluded */
		CHECK_STR_EQ(r->agreements[0].status, "signed");
		/* the name starts at its capital letter */
		CHECK_STR_EQ(r->agreements[1].title, "Договор об ассоциации");
		CHECK_STR_EQ(r->agreements[1].status, "signed");
	}
	dx_result_free(r);
}

TEST(agreement_generic_mention_carries_status)
{
	const char *text = "Россия и Китай намерены подписать меморандум о сотрудничестве в "
		"области таможенного контроля. Меморандум был подписан в пятницу в Пекине. "
		"Стороны также подписали ряд соглашений с китайскими банками.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		const dx_agreement *g = &r->agreements[0];

		CHECK_STR_EQ(g->title, "Меморандум о сотрудничестве в области таможенного контроля");
		/* the bare "меморандум" of the next sentence is the same one, now signed */
		CHECK_STR_EQ(g->status, "signed");
		CHECK(unit_has(g->parties, g->nparties, "RU"));
		CHECK(unit_has(g->parties, g->nparties, "CN"));
	}
	dx_result_free(r);
}

TEST(agreement_new_one_is_not_the_old_one)
{
	const char *text = "В этом году истекает действие договора о транзите газа между Россией "
		"и Украиной. России и Украине придется заключать новый транзитный договор.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 2);
	if (r->nagreements == 2)
	{
		CHECK_STR_EQ(r->agreements[0].status, "signed");
		CHECK_STR_EQ(r->agreements[1].title, "Новый транзитный договор");
		CHECK_STR_EQ(r->agreements[1].status, "planned");
	}
	dx_result_free(r);
}

TEST(agreement_adjective_only_name_merges)
{
	const char *text = "Великобритания и Евросоюз подпишут взаимовыгодное соглашение. Лондон "
		"предложит Евросоюзу подписать новое соглашение о правах и обязанностях сторон.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Новое соглашение о правах и обязанностях сторон");
		CHECK_STR_EQ(r->agreements[0].status, "planned");
	}
	dx_result_free(r);
}

TEST(agreement_two_countries_of_the_story)
{
	const char *text = "Япония и Россия обсуждают спорные острова. Две страны до сих пор "
		"остаются без мирного договора.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Мирный договор");
		CHECK(unit_has(r->agreements[0].parties, r->agreements[0].nparties, "JP"));
		CHECK(unit_has(r->agreements[0].parties, r->agreements[0].nparties, "RU"));
	}
	dx_result_free(r);
}

TEST(agreement_between_companies_is_not_one)
{
	const char *text = "Крупнейший банк Китая подписал соглашение о покупке доли в американском "
		"отделении британской компании. Авиакомпания Skyways и профсоюз пилотов заключили "
		"новое коллективное трудовое соглашение в Италии. Оператор проекта привлек средства "
		"от Винтерсхалл Нидерланды Трейдинг и Uniper на условиях долгосрочного соглашения о "
		"финансировании. Министерство энергетики Казахстана и компания Shell подписали "
		"соглашение о разделе продукции.";
	dx_result  *r = run(text, PUBLISHED);

	/* only the one a ministry signs binds a state */
	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Соглашение о разделе продукции");
		CHECK(unit_has(r->agreements[0].parties, r->agreements[0].nparties, "KZ"));
	}
	dx_result_free(r);
}

TEST(agreement_signatories_at_the_verb)
{
	const char *text = "В ходе визита в Софию Владимир Путин также подпишет договор о "
		"строительстве газопровода между Россией и Болгарией. Сергей Лавров призвал "
		"Анкару действовать в соответствии с подписанным соглашением о прекращении огня "
		"между Турцией и Сирией.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 2);
	if (r->nagreements == 2)
	{
		/* the subject of "подпишет" is to sign */
		CHECK_STR_EQ(r->agreements[0].status, "planned");
		CHECK_INT_EQ(r->agreements[0].nsignatories, 1);
		if (r->agreements[0].nsignatories == 1)
			CHECK_STR_EQ(r->agreements[0].signatories[0], "Владимир Путин");
		/* a document only cited as signed names no signer */
		CHECK_STR_EQ(r->agreements[1].status, "signed");
		CHECK_INT_EQ(r->agreements[1].nsignatories, 0);
	}
	dx_result_free(r);
}

TEST(agreement_titles_alike_only_in_parties_stay_apart)
{
	const char *text = "Стороны подписали соглашение о сотрудничестве в области образования и "
		"науки между Россией и Китаем, а также соглашение о развитии туризма и спорта между "
		"Россией и Китаем. Эксперты обсудили выполнение соглашения об ассоциации и "
		"дальнейшую судьбу консультаций с Евросоюзом.";
	dx_result  *r = run(text, PUBLISHED);
	int			i,
				n = 0;

	for (i = 0; i < r->nagreements; i++)
	{
		const char *t = r->agreements[i].title;

		/* a list of genitives stays in the title */
		if (strcmp(t, "Соглашение о сотрудничестве в области образования и науки между Россией и Китаем") == 0 ||
			strcmp(t, "Соглашение о развитии туризма и спорта между Россией и Китаем") == 0)
			n++;
		/* a conjunct in another case is no longer what it is about */
		if (strstr(t, "ассоциации") != NULL)
			CHECK_STR_EQ(t, "Соглашение об ассоциации");
	}
	CHECK_INT_EQ(n, 2);
	dx_result_free(r);
}

TEST(agreement_long_then_short_form)
{
	const char *text = "Президенты подписали Комплексную программу развития сотрудничества между "
		"Казахстаном и Азербайджаном на 2022–2026 годы. Комплексная программа "
		"предусматривает рост торговли.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Комплексная программа развития сотрудничества между "
					 "Казахстаном и Азербайджаном на 2022–2026 годы");
		CHECK_STR_EQ(r->agreements[0].status, "signed");
		CHECK_INT_EQ(r->agreements[0].valid_to, 2026);
	}
	dx_result_free(r);
}

TEST(agreement_contract_needs_a_state_side)
{
	const char *text = "Действующий контракт по транзиту газа через Украину заканчивается в конце "
		"года. Министерство здравоохранения Украины заключило контракт о поставках вакцины "
		"против гриппа. Госсекретарь США требует от ООН жесткой резолюции против Ирана.";
	dx_result  *r = run(text, PUBLISHED);

	/* the ministry's contract only; an evaluation names no document */
	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].doc_type, "contract");
		CHECK_STR_EQ(r->agreements[0].title, "Контракт о поставках вакцины против гриппа");
		CHECK(unit_has(r->agreements[0].parties, r->agreements[0].nparties, "UA"));
	}
	dx_result_free(r);
}

TEST(agreement_title_stops_before_auxiliary)
{
	const char *text = "Россия и Китай планируют подписать соглашение о свободной торговле. "
		"Соглашение о свободной торговле было подписано в Пекине.";
	dx_result  *r = run(text, PUBLISHED);
	int			i,
				bad = 0;

	for (i = 0; i < r->nagreements; i++)
		if (strstr(r->agreements[i].title, "было") != NULL)
			bad = 1;
	/* "было" of "было подписано" is not part of the title */
	CHECK(!bad);
	dx_result_free(r);
}

TEST(amounts_scaled_and_currency)
{
	const char *text = "Товарооборот достиг 1,5 млрд долларов. Инвестиции составят 300 млн "
		"евро. Кредит на $2,5 млрд выделен на пять лет.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->namounts, 3);
	if (r->namounts == 3)
	{
		CHECK_STR_EQ(r->amounts[0].value, "1500000000");
		CHECK_STR_EQ(r->amounts[0].currency, "USD");
		CHECK_STR_EQ(r->amounts[0].surface, "1,5 млрд долларов");
		CHECK_STR_EQ(r->amounts[0].about, "trade");
		CHECK_INT_EQ(r->amounts[0].start, 20);
		CHECK_INT_EQ(r->amounts[0].end, 37);
		CHECK_STR_EQ(r->amounts[1].value, "300000000");
		CHECK_STR_EQ(r->amounts[1].currency, "EUR");
		CHECK_STR_EQ(r->amounts[1].about, "investment");
		CHECK_INT_EQ(r->amounts[1].sentence, 2);
		CHECK_STR_EQ(r->amounts[2].value, "2500000000");
		CHECK_STR_EQ(r->amounts[2].currency, "USD");
		CHECK_STR_EQ(r->amounts[2].surface, "$2,5 млрд");
		CHECK_STR_EQ(r->amounts[2].about, "credit");
	}
	dx_result_free(r);
}

TEST(amount_currency_abbreviations)
{
	const char *text = "Вакцина обойдется в 504 грн за дозу. Проект сэкономил 60 млрд долл. "
		"Проезд подорожал до 300 руб. в день.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->namounts, 3);
	if (r->namounts == 3)
	{
		CHECK_STR_EQ(r->amounts[0].currency, "UAH");
		CHECK_STR_EQ(r->amounts[0].value, "504");
		CHECK_STR_EQ(r->amounts[1].currency, "USD");
		CHECK_STR_EQ(r->amounts[1].value, "60000000000");
		CHECK_STR_EQ(r->amounts[2].currency, "RUB");
		CHECK_STR_EQ(r->amounts[2].value, "300");
	}
	dx_result_free(r);
}

/* numbers written in words, in any case, and a scale word alone */
TEST(amounts_in_words)
{
	const char *text = "Стороны намерены довести товарооборот до двадцати пяти миллиардов долларов. "
		"Банк выдал кредит в полтора миллиарда евро. За нарушение грозит штраф до миллиона рублей. "
		"На проект потрачены миллионы долларов, в нем заняты пять тысяч человек.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->namounts, 3);
	if (r->namounts == 3)
	{
		CHECK_STR_EQ(r->amounts[0].value, "25000000000");
		CHECK_STR_EQ(r->amounts[0].currency, "USD");
		CHECK_STR_EQ(r->amounts[0].surface, "двадцати пяти миллиардов долларов");
		CHECK_STR_EQ(r->amounts[1].value, "1500000000");
		CHECK_STR_EQ(r->amounts[1].currency, "EUR");
		CHECK_STR_EQ(r->amounts[2].value, "1000000");
		CHECK_STR_EQ(r->amounts[2].currency, "RUB");
	}
	dx_result_free(r);
	CHECK_INT_EQ(dx_numeral_value("пятьюдесятью"), 50);
	CHECK_INT_EQ(dx_numeral_value("восьми"), 8);
	CHECK_INT_EQ(dx_numeral_value("двухсот"), 200);
	CHECK_INT_EQ(dx_numeral_value("пятью"), 5);
	CHECK_INT_EQ(dx_numeral_value("пятый"), 0);
	CHECK(dx_scale_singular("миллиардом"));
	CHECK(!dx_scale_singular("миллиардов"));
}

TEST(quote_attribution_after)
{
	const char *text = "«Казахстан и Азербайджан — стратегические партнеры», — заявил Токаев. "
		"«Это очередная провокация западных стран», — заявила официальный "
		"представитель МИД России Мария Захарова.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
	{
		CHECK_STR_EQ(r->quotes[0].speaker, "Касым-Жомарт Токаев");
		CHECK_STR_EQ(r->quotes[0].speaker_role, "президент");
		CHECK_STR_EQ(r->quotes[0].speaker_country, "KZ");
		CHECK_STR_EQ(r->quotes[0].quote, "Казахстан и Азербайджан — стратегические партнеры");
		CHECK_INT_EQ(r->quotes[0].start, 1);
		CHECK_STR_EQ(r->quotes[1].speaker, "Мария Захарова");
		CHECK_STR_EQ(r->quotes[1].speaker_role, "официальный представитель МИД");
		CHECK_INT_EQ(r->quotes[1].sentence, 2);
	}
	dx_result_free(r);
}

TEST(quote_attribution_before)
{
	const char *text = "Мария Захарова заявила: «Это очередная провокация западных стран». "
		"По словам Токаева, «отношения двух стран находятся на высоком уровне».";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
	{
		CHECK_STR_EQ(r->quotes[0].speaker, "Мария Захарова");
		CHECK_STR_EQ(r->quotes[1].speaker, "Касым-Жомарт Токаев");
		CHECK_STR_EQ(r->quotes[1].quote, "отношения двух стран находятся на высоком уровне");
	}
	dx_result_free(r);
}

TEST(quote_pronoun_by_gender_and_subject)
{
	const char *text = "Вчера Мария Захарова встретилась с послом Сергеем Кисляком. "
		"Она подчеркнула, что Москва «готова продолжать диалог на равных условиях». "
		"Сергей Лавров назвал решение министра Мэй «ошибкой, которая дорого обойдется "
		"Лондону».";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
	{
		/* "она" is the woman named last, not the man named after her */
		CHECK_STR_EQ(r->quotes[0].speaker, "Мария Захарова");
		/* the subject of "назвал", not the person named between verb and quote */
		CHECK_STR_EQ(r->quotes[1].speaker, "Сергей Лавров");
	}
	dx_result_free(r);
}

TEST(quote_carried_speaker_of_earlier_verb)
{
	const char *text = "Об этом заявил в среду на брифинге в Москве официальный представитель "
		"Кремля Дмитрий Песков, комментируя отставку министра Бориса Джонсона. "
		"«Мы не видим оснований менять нашу позицию», — сказал он. "
		"«Диалог возможен только на равных», — добавил он.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
	{
		/* "он" is the one shown speaking, not the man named last */
		CHECK_STR_EQ(r->quotes[0].speaker, "Дмитрий Песков");
		CHECK_STR_EQ(r->quotes[1].speaker, "Дмитрий Песков");
	}
	dx_result_free(r);
}

TEST(quote_by_generic_office_word)
{
	const char *text = "Министр иностранных дел Литвы Габриэлюс Ландсбергис провел встречу "
		"в Киеве. Ранее президент Литвы Гитанас Науседа заявил, что решение затянулось. "
		"«Переговоры о членстве нужно начать как можно скорее», — сказал дипломат.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 1);
	if (r->nquotes == 1)
		CHECK_STR_EQ(r->quotes[0].speaker, "Габриэлюс Ландсбергис");
	dx_result_free(r);
}

TEST(quote_by_generic_office_word_for_a_deputy)
{
	/* "дипломат" is said of a deputy foreign minister too, not of a president named since */
	const char *text = "«Прорыв небольшой, но он есть», — говорит вице-министр иностранных дел Латвии "
		"Андрис Озолс. Президент Франции Эммануэль Макрон заявил на этой неделе, что процесс "
		"займёт годы. «Не в первый раз появляются идеи о переходных форматах», — сказал дипломат.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
		CHECK_STR_EQ(r->quotes[1].speaker, "Андрис Озолс");
	dx_result_free(r);
}

TEST(quote_pronoun_for_a_woman_the_lexicon_knows)
{
	/* the lexicon's given name tells the gender: "сказала она" is Baerbock, not Lavrov */
	const char *text = "Лиз Трасс встретилась в Лондоне с Сергеем Лавровым. «Мы готовы к трудному "
		"разговору о безопасности», — сказала она. Мустафа Кемаль прибыл позже. «Мы рады "
		"этой возможности и ждём итогов», — сказал он.";
	dx_result  *r = run(text, 20220301);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
	{
		CHECK_STR_EQ(r->quotes[0].speaker, "Лиз Трасс");
		CHECK_STR_EQ(r->quotes[1].speaker, "Мустафа Кемаль");
	}
	dx_result_free(r);
}

TEST(quote_split_and_sentence_final_attribution)
{
	const char *text = "Министр иностранных дел Эстонии Эва-Мария Лийметс прибыла в Берлин. "
		"«Эстония может последовать примеру Германии в ветровой энергетике, – сказала "
		"министр. – Германия для нас очень важный партнер». Такой шаг «превращает правовую "
		"систему страны в жертву» радикалов, считает директор Общества защиты "
		"притесняемых народов (GfbV) Ульрих Делиус.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
	{
		/* the attribution inside the marks, after a dash */
		CHECK_STR_EQ(r->quotes[0].speaker, "Эва-Мария Лийметс");
		/* ", считает X" at the end of the sentence, past a long title */
		CHECK_STR_EQ(r->quotes[1].speaker, "Ульрих Делиус");
	}
	dx_result_free(r);
}

TEST(quote_headline_and_other_verbs_after_dash)
{
	const char *text = "\"Ведем переговоры с шестью производителями вакцин\": премьер "
		"обозначил сроки поставок. Премьер-министр Украины Денис Шмыгаль выступил в Раде. "
		"\"Эти переговоры уже дали свой результат\", — подытожил премьер Шмыгаль. "
		"\"Еще одно правительство капитулировало перед экстремистами\", - пишет либеральная газета "
		"Dawn.";
	dx_result  *r = run(text, PUBLISHED);
	int			i;

	CHECK_INT_EQ(r->nquotes, 2);
	for (i = 0; i < r->nquotes; i++)
		CHECK_STR_EQ(r->quotes[i].speaker, "Денис Шмыгаль");
	dx_result_free(r);
}

TEST(quote_short_or_unattributed_is_skipped)
{
	const char *text = "Газета «Казахстанская правда» вышла утром. «Мы ждем ответа на наше "
		"предложение», — говорится в сообщении.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nquotes, 0);
	dx_result_free(r);
}

TEST(event_visit_guest_host)
{
	const char *text = "Президент Турции Реджеп Тайип Эрдоган посетил Астану с официальным "
		"визитом.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *ev = unit_event(r, "visit");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_STR_EQ(ev->status, "occurred");
		CHECK_STR_EQ(ev->guest, "TR");
		CHECK_STR_EQ(ev->host, "KZ");
		CHECK_STR_EQ(ev->location, "Астана");
		CHECK(unit_has(ev->persons, ev->npersons, "Реджеп Тайип Эрдоган"));
		CHECK(ev->cameo != NULL);
	}
	dx_result_free(r);

	text = "Президент Узбекистана Шавкат Мирзиёев прибыл с государственным визитом в "
		"Казахстан.";
	r = run(text, PUBLISHED);
	ev = unit_event(r, "visit");
	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_STR_EQ(ev->guest, "UZ");
		CHECK_STR_EQ(ev->host, "KZ");
	}
	dx_result_free(r);
}

/* the visitor named only by office or as a delegation, the verb before the place */
TEST(event_visit_by_office_or_delegation)
{
	const char *text = "Президент Казахстана посетит Анкару в следующем месяце.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *ev = unit_event(r, "visit");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_STR_EQ(ev->status, "planned");
		CHECK_STR_EQ(ev->guest, "KZ");
		CHECK_STR_EQ(ev->host, "TR");
		CHECK_STR_EQ(ev->location, "Анкара");
	}
	dx_result_free(r);

	text = "Делегация Перу посетила Чили, где обсудила торговлю медью.";
	r = run(text, PUBLISHED);
	ev = unit_event(r, "visit");
	CHECK(ev != NULL);
	if (ev)
	{
		CHECK_STR_EQ(ev->status, "occurred");
		CHECK_STR_EQ(ev->guest, "PE");
		CHECK_STR_EQ(ev->host, "CL");
	}
	dx_result_free(r);

	/* a state named as the place, not as the visitor: no visit */
	text = "В Чили посетили выставку.";
	r = run(text, PUBLISHED);
	CHECK(unit_event(r, "visit") == NULL);
	dx_result_free(r);
}

/* the chair, told in a sentence of its own, takes part in the summit */
TEST(event_summit_chair_takes_part)
{
	const char *text = "В Астане прошел саммит Шанхайской организации сотрудничества. "
		"В саммите приняли участие Председатель КНР Си Цзиньпин, Президент России Владимир "
		"Путин и Премьер-министр Индии Нарендра Моди. Председательствовал на встрече "
		"Президент Казахстана Касым-Жомарт Токаев.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *ev = unit_event(r, "summit");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK(unit_has(ev->persons, ev->npersons, "Касым-Жомарт Токаев"));
		CHECK(unit_has(ev->persons, ev->npersons, "Нарендра Моди"));
		CHECK(unit_has(ev->countries, ev->ncountries, "KZ"));
		CHECK_INT_EQ(ev->ncountries, 4);
		CHECK_STR_EQ(ev->location, "Астана");
	}
	dx_result_free(r);
}

TEST(event_visit_at_home_is_none)
{
	const char *text = "Япония выразила протест против визита министра обороны России Сергея "
		"Шойгу на Курильские острова. Япония и Россия обменялись заявлениями.";
	dx_result  *r = run(text, PUBLISHED);

	/* a trip to a disputed land is no visit to the other state of the story */
	CHECK(unit_event(r, "visit") == NULL);
	dx_result_free(r);
}

TEST(agreement_parties_are_bodies_of_states_by_canonical_name)
{
	/* the body itself by its canonical name; an organ of it is no party */
	const char *text = "Еврокомиссия заявила, что Евросоюз и Молдавия подписали Соглашение об "
		"ассоциации.";
	dx_result  *r = run(text, PUBLISHED);
	int			k;

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		int			eu = 0,
					md = 0,
					commission = 0;

		for (k = 0; k < r->agreements[0].nparties; k++)
		{
			eu += strcmp(r->agreements[0].parties[k], "Европейский союз") == 0;
			md += strcmp(r->agreements[0].parties[k], "MD") == 0;
			commission += strstr(r->agreements[0].parties[k], "омисс") != NULL;
		}
		CHECK_INT_EQ(eu, 1);
		CHECK_INT_EQ(md, 1);
		CHECK_INT_EQ(commission, 0);
	}
	dx_result_free(r);
}

TEST(agreement_term_in_years_and_generic_mention_after_an_adverb)
{
	const char *text = "Правительства Сербии и Венгрии подписали Соглашение о научно-техническом "
		"сотрудничестве сроком на пять лет. Президенты Узбекистана и Туркменистана намерены "
		"подписать Договор о стратегическом партнёрстве. Вечером договор был подписан.";
	dx_result  *r = run(text, 20240311);
	int			k,
				seen = 0;

	for (k = 0; k < r->nagreements; k++)
	{
		const dx_agreement *g = &r->agreements[k];

		/* the term is no part of the title; it counts from the signing the story reports */
		if (strcmp(g->title, "Соглашение о научно-техническом сотрудничестве") == 0)
		{
			CHECK_INT_EQ(g->valid_from, 2024);
			CHECK_INT_EQ(g->valid_to, 2029);
			seen++;
		}
		/* "Вечером договор был подписан": the announced treaty, now signed */
		if (strcmp(g->title, "Договор о стратегическом партнёрстве") == 0)
		{
			CHECK_STR_EQ(g->status, "signed");
			seen++;
		}
	}
	CHECK_INT_EQ(seen, 2);
	CHECK_INT_EQ(r->nagreements, 2);
	dx_result_free(r);
}

TEST(agreement_statement_only_when_signed_and_body_documents_of_a_summit)
{
	dx_result  *r = run("МИД Египта распространил заявление о ситуации в Ливии. "
						"Президенты Египта и Туниса подписали Заявление о стратегическом партнерстве.",
						PUBLISHED);
	int			k;

	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Заявление о стратегическом партнерстве");
		CHECK_STR_EQ(r->agreements[0].status, "signed");
		CHECK_STR_EQ(r->agreements[0].doc_type, "joint_statement");
	}
	dx_result_free(r);
	/* a generic document name is kept when it is the story's one signed document of two states */
	r = run("Египет и Иордания подписали меморандум о сотрудничестве.", PUBLISHED);
	CHECK_INT_EQ(r->nagreements, 1);
	if (r->nagreements == 1)
	{
		CHECK_STR_EQ(r->agreements[0].title, "Меморандум о сотрудничестве");
		CHECK_INT_EQ(r->agreements[0].nparties, 2);
	}
	dx_result_free(r);
	r = run("Стороны подписали соглашение.", PUBLISHED);
	CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
	/* a document of the body's members at a summit of several states is the body's */
	r = run("В Бишкеке прошел саммит ОДКБ с участием президентов России, Казахстана, Армении, "
			"Киргизии и Таджикистана. Президент Киргизии Садыр Жапаров открыл заседание. "
			"Главы государств утвердили Программу сотрудничества государств – членов ОДКБ "
			"на 2026–2030 годы.", PUBLISHED);
	for (k = 0; k < r->nagreements; k++)
		if (strncmp(r->agreements[k].title, "Программа", strlen("Программа")) == 0)
		{
			CHECK_INT_EQ(r->agreements[k].nparties, 1);
			CHECK(r->agreements[k].nparties == 1 && strlen(r->agreements[k].parties[0]) > 2);
		}
	CHECK_INT_EQ(r->nagreements, 1);
	dx_result_free(r);
}

TEST(event_summit_told_twice_and_bilateral_meetings_on_its_margins)
{
	const char *text = "В Астане прошел саммит ОДКБ\n"
		"АСТАНА, 5 ноября. Председательствовал на встрече Президент Казахстана Касым-Жомарт Токаев. "
		"В работе саммита приняли участие Президент России Владимир Путин, Президент Армении "
		"Ваагн Хачатурян, Президент Киргизии Садыр Жапаров и Президент Таджикистана Эмомали Рахмон. "
		"На полях саммита Касым-Жомарт Токаев провел двусторонние встречи с Владимиром Путиным "
		"и Эмомали Рахмоном.";
	dx_result  *r = run(text, PUBLISHED);
	int			k,
				summits = 0,
				talks = 0;

	for (k = 0; k < r->nevents; k++)
	{
		const dx_event *e = &r->events[k];

		if (strcmp(e->event_type, "summit") == 0)
		{
			summits++;
			/* one summit: the host's state takes part, the place is kept */
			CHECK_INT_EQ(e->ncountries, 5);
			CHECK(e->ncountries == 5 && strcmp(e->countries[2], "KZ") == 0);
			CHECK_STR_EQ(e->location ? e->location : "", "Астана");
		}
		else if (strcmp(e->event_type, "talks") == 0)
		{
			talks++;
			/* two talks of two states each, none from "на встрече" alone */
			CHECK_INT_EQ(e->ncountries, 2);
			CHECK(e->ncountries == 2 && strcmp(e->countries[0], "KZ") == 0);
			CHECK_INT_EQ(e->npersons, 2);
		}
	}
	CHECK_INT_EQ(summits, 1);
	CHECK_INT_EQ(talks, 2);
	dx_result_free(r);
}

/*
 * The summit's place is one of two names of one city: the event keeps the
 * canonical name (Санкт-Петербург), the story writes only Петербург, and the
 * host state still takes part.
 */
TEST(event_summit_host_of_a_place_named_by_its_short_name)
{
	const char *text = "В Петербурге прошел саммит ОДКБ\n"
		"МОСКВА, 5 ноября. В работе саммита приняли участие Президент Армении Ваагн Хачатурян, "
		"Президент Киргизии Садыр Жапаров и Президент Таджикистана Эмомали Рахмон.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK_INT_EQ(r->nevents, 1);
	if (r->nevents == 1)
	{
		const dx_event *e = &r->events[0];

		CHECK_STR_EQ(e->event_type, "summit");
		CHECK_STR_EQ(e->location ? e->location : "", "Санкт-Петербург");
		CHECK_INT_EQ(e->ncountries, 4);
		CHECK(e->ncountries == 4 && strcmp(e->countries[2], "RU") == 0);
	}
	dx_result_free(r);
}

TEST(event_visit_by_verb_and_unnamed_visitor)
{
	const char *text = "Президент Бразилии посетит Анголу с официальным визитом в следующем месяце. "
		"Президент Казахстана прибыл в Азербайджан с государственным визитом.";
	dx_result  *r = run(text, PUBLISHED);
	int			k,
				planned = 0,
				occurred = 0;

	for (k = 0; k < r->nevents; k++)
	{
		const dx_event *e = &r->events[k];

		if (strcmp(e->event_type, "visit") != 0 || !e->guest || !e->host)
			continue;
		if (strcmp(e->guest, "BR") == 0 && strcmp(e->host, "AO") == 0 && strcmp(e->status, "planned") == 0)
			planned++;
		if (strcmp(e->guest, "KZ") == 0 && strcmp(e->host, "AZ") == 0 && strcmp(e->status, "occurred") == 0)
			occurred++;
	}
	CHECK_INT_EQ(planned, 1);
	CHECK_INT_EQ(occurred, 1);
	dx_result_free(r);
}

TEST(event_visit_in_preparation_is_planned)
{
	const char *text = "Министры иностранных дел Турции и Казахстана провели телефонный разговор. "
		"Стороны обсудили подготовку визита президента Казахстана в Анкару.";
	dx_result  *r = run(text, PUBLISHED);
	int			k,
				visits = 0;

	for (k = 0; k < r->nevents; k++)
	{
		const dx_event *e = &r->events[k];

		if (strcmp(e->event_type, "visit") != 0)
			continue;
		visits++;
		CHECK_STR_EQ(e->status, "planned");
		CHECK_STR_EQ(e->guest ? e->guest : "", "KZ");
		CHECK_STR_EQ(e->host ? e->host : "", "TR");
	}
	CHECK_INT_EQ(visits, 1);
	dx_result_free(r);
}

TEST(event_none_for_an_interview_a_doubt_or_islands)
{
	const char *text = "«Курс не изменится», — заявил сенатор в беседе с РБК, говоря о политике "
		"Великобритании в отношении России. Визит премьер-министра Израиля в Вашингтон был под "
		"большим вопросом. Япония осудила визит на острова президента России в ноябре.";
	dx_result  *r = run(text, PUBLISHED);

	/* an interview is no talks, a visit in doubt and a trip to disputed islands no visit */
	CHECK(unit_event(r, "talks") == NULL);
	CHECK(unit_event(r, "visit") == NULL);
	dx_result_free(r);
}

TEST(event_visit_on_the_eve_and_adverbial)
{
	const char *text = "Накануне визита главы МИД Японии в Москву премьер Японии выступил с "
		"заявлением. Во время визита в Париж по случаю столетнего юбилея окончания Первой "
		"мировой войны и открытия форума мира премьер-министр "
		"Канады Джастин Трюдо дал интервью. Глава МИД Великобритании Борис Джонсон посетил "
		"с визитом Москву.";
	dx_result  *r = run(text, PUBLISHED);
	int			i,
				jp = 0,
				ca = 0,
				gb = 0;

	for (i = 0; i < r->nevents; i++)
	{
		const dx_event *ev = &r->events[i];

		if (strcmp(ev->event_type, "visit") != 0 || ev->guest == NULL)
			continue;
		/* "накануне визита": the visit is still to come */
		if (strcmp(ev->guest, "JP") == 0)
		{
			jp++;
			CHECK_STR_EQ(ev->host, "RU");
			CHECK_STR_EQ(ev->status, "planned");
		}
		/* the visitor is the subject after the adverbial */
		if (strcmp(ev->guest, "CA") == 0)
		{
			ca++;
			CHECK_STR_EQ(ev->host, "FR");
			CHECK_STR_EQ(ev->status, "occurred");
		}
		/* "посетил с визитом Москву": the capital is the object */
		if (strcmp(ev->guest, "GB") == 0)
		{
			gb++;
			CHECK_STR_EQ(ev->host, "RU");
		}
	}
	CHECK_INT_EQ(jp, 1);
	CHECK_INT_EQ(ca, 1);
	CHECK_INT_EQ(gb, 1);
	dx_result_free(r);
}

TEST(event_talks_with_a_body_official)
{
	const char *text = "Председатель Еврокомиссии Урсула фон дер Ляйен прибыла в Брюссель. "
		"В понедельник фон дер Ляйен провела переговоры с премьер-министром Венгрии Виктором "
		"Орбаном. Венгрия против санкций в отношении России, Россия это приветствует.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *ev = unit_event(r, "talks");

	CHECK(ev != NULL);
	if (ev)
	{
		/* the state of the talks is Hungary alone: the other side is a body */
		CHECK_INT_EQ(ev->ncountries, 1);
		CHECK(unit_has(ev->countries, ev->ncountries, "HU"));
	}
	dx_result_free(r);
}

TEST(event_infinitive_keeps_the_future)
{
	const char *text = "Премьер Японии Наото Кан сообщил, что будет терпеливо, но настойчиво "
		"вести переговоры с Россией.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *ev = unit_event(r, "talks");

	CHECK(ev != NULL);
	if (ev)
		CHECK_STR_EQ(ev->status, "planned");
	dx_result_free(r);
}

TEST(event_sides_from_office_and_between)
{
	const char *text = "На встрече в Таллине министры иностранных дел Эстонии и Германии "
		"говорили также об отношениях между ЕС и Китаем. В Берлине между Россией, "
		"Еврокомиссией и Украиной прошли переговоры по транзиту газа.";
	dx_result  *r = run(text, PUBLISHED);
	int			i,
				de_ee = 0,
				ru_ua = 0;

	for (i = 0; i < r->nevents; i++)
	{
		const dx_event *ev = &r->events[i];

		if (strcmp(ev->event_type, "talks") != 0)
			continue;
		/* the states of the ministers, not the topic "между ЕС и Китаем" */
		if (unit_has(ev->countries, ev->ncountries, "EE"))
		{
			de_ee++;
			CHECK_INT_EQ(ev->ncountries, 2);
			CHECK(unit_has(ev->countries, ev->ncountries, "DE"));
		}
		/* "между ... прошли переговоры": the list names the sides */
		if (unit_has(ev->countries, ev->ncountries, "UA"))
		{
			ru_ua++;
			CHECK(unit_has(ev->countries, ev->ncountries, "RU"));
		}
	}
	CHECK_INT_EQ(de_ee, 1);
	CHECK_INT_EQ(ru_ua, 1);
	dx_result_free(r);
}

TEST(event_called_off_or_with_journalists_is_none)
{
	const char *text = "Борис Джонсон пропустил из-за этого встречу с главой МИД Ирана "
		"Мохаммадом Джавадом Зарифом. Сергей Лавров на встрече с журналистами в Москве "
		"ответил на вопросы о Японии. Премьер-министр Украины Денис Шмыгаль ведет переговоры "
		"с шестью производителями вакцины из Китая. Сенатор призвал Владимира Путина и Си "
		"Цзиньпина провести переговоры.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);
}

TEST(event_one_officials_press_conference_is_no_briefing)
{
	const char *text = "Официальный представитель Еврокомиссии Маргаритис Схинас выступил на "
		"пресс-конференции в Брюсселе. Великобритания и Бельгия готовы к диалогу. "
		"За встречей министров иностранных дел Эстонии и Германии последовала "
		"пресс-конференция.";
	dx_result  *r = run(text, PUBLISHED);
	int			i,
				n = 0;

	for (i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].event_type, "briefing") == 0)
		{
			n++;
			/* only the ministers' one is joint */
			CHECK(!unit_has(r->events[i].countries, r->events[i].ncountries, "BE"));
		}
	CHECK_INT_EQ(n, 1);
	dx_result_free(r);
}

TEST(event_union_negotiations_are_no_talks)
{
	const char *text = "Пилоты Ирландии и Италии бастуют. Профсоюз пилотов попросил "
		"координатора переговоров Кирана Мулви не делать заявлений. Авиакомпания Skyways "
		"провела переговоры с профсоюзом в Дублине.";
	dx_result  *r = run(text, PUBLISHED);

	CHECK(unit_event(r, "talks") == NULL);
	dx_result_free(r);
}

TEST(event_briefing_follows_talks_and_talks_with_a_body)
{
	const char *text = "Украина и Эстония укрепляют связи. Эстония просит помощи. "
		"Министры иностранных дел Эстонии и Германии провели встречу в Таллине. "
		"За встречей министров последовала совместная пресс-конференция. "
		"Переговорщик Джон Смит, который вел переговоры с ЕС, ушел в отставку.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *b = unit_event(r, "briefing");
	int			i,
				ee_alone = 0;

	/* the press conference after the meeting has the meeting's sides */
	CHECK(b != NULL);
	if (b)
	{
		CHECK_INT_EQ(b->ncountries, 2);
		CHECK(unit_has(b->countries, b->ncountries, "DE"));
		CHECK(unit_has(b->countries, b->ncountries, "EE"));
	}
	/* talks with the EU have one state, not the story's two */
	for (i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].event_type, "talks") == 0 && r->events[i].ncountries == 1 &&
			unit_has(r->events[i].countries, 1, "EE"))
			ee_alone++;
	CHECK_INT_EQ(ee_alone, 1);
	dx_result_free(r);
}

TEST(event_phone_call_and_briefing)
{
	const char *text = "Глава МИД Казахстана Мурат Нуртлеу провел телефонный разговор с "
		"министром иностранных дел Азербайджана Джейхуном Байрамовым.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_event *ev = unit_event(r, "phone_call");

	CHECK(ev != NULL);
	if (ev)
	{
		CHECK(unit_has(ev->countries, ev->ncountries, "KZ"));
		CHECK(unit_has(ev->countries, ev->ncountries, "AZ"));
		CHECK(unit_has(ev->persons, ev->npersons, "Мурат Нуртлеу"));
		CHECK(unit_has(ev->persons, ev->npersons, "Джейхун Байрамов"));
		CHECK_INT_EQ(ev->sentence, 1);
	}
	dx_result_free(r);

	/* a briefing event is a joint one (GOLD.md): one spokeswoman's is not */
	r = run("Официальный представитель МИД России Мария Захарова провела брифинг.", PUBLISHED);
	CHECK(unit_event(r, "briefing") == NULL);
	dx_result_free(r);

	/* heads of state giving a briefing together: joint, the story's two states */
	r = run("Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом "
			"Азербайджана Ильхамом Алиевым. Главы государств также провели брифинг для "
			"представителей средств массовой информации.", PUBLISHED);
	ev = unit_event(r, "briefing");
	CHECK(ev != NULL);
	if (ev)
	{
		CHECK(unit_has(ev->countries, ev->ncountries, "KZ"));
		CHECK(unit_has(ev->countries, ev->ncountries, "AZ"));
	}
	dx_result_free(r);

	r = run("Министр иностранных дел России Сергей Лавров и министр иностранных дел Индии "
			"Субраманьям Джайшанкар провели совместную пресс-конференцию.", PUBLISHED);
	ev = unit_event(r, "briefing");
	CHECK(ev != NULL);
	if (ev)
	{
		CHECK(unit_has(ev->persons, ev->npersons, "Сергей Лавров"));
		CHECK(unit_has(ev->countries, ev->ncountries, "RU"));
		CHECK(unit_has(ev->countries, ev->ncountries, "IN"));
	}
	dx_result_free(r);
}

/* ---------------------------------------------------------- hostile inputs */

static void
run_bytes(const char *text, size_t len, const char *what)
{
	dx_status	st = DX_ERR_NOMEM;
	dx_result  *r = dx_extract(unit_lex, text, len, NULL, &st);

	if (r == NULL || st != DX_OK)
	{
		unit_fail(__FILE__, __LINE__, what, "a result", "NULL");
		return;
	}
	unit_passed++;
	if (unit_check_offsets(text, len, r, __FILE__, __LINE__) == 0)
		unit_passed++;
	else
		printf("     (input: %s)\n", what);
	{
		char	   *json = dx_result_json(r, NULL);

		CHECK(json != NULL);
		free(json);
	}
	dx_result_free(r);
}

/* the sentences' spans: first character of the first token to the end of the last */
TEST(sentence_spans)
{
	const char *text = "Лавров прибыл в Минск. В 2025 г. он провел переговоры!  Итоги";
	dx_status	st;
	dx_result  *r = dx_extract(unit_lex, text, strlen(text), NULL, &st);

	CHECK(r != NULL);
	if (r == NULL)
		return;
	CHECK_OFFSETS(text, strlen(text), r);
	CHECK_INT_EQ(r->nsentences, 3);
	CHECK(r->sentences != NULL);
	if (r->sentences != NULL && r->nsentences == 3)
	{
		CHECK_INT_EQ(r->sentences[0].start, 0);
		CHECK_INT_EQ(r->sentences[0].end, 22);
		CHECK_INT_EQ(r->sentences[1].start, 23);
		CHECK_INT_EQ(r->sentences[1].end, 54);
		CHECK_INT_EQ(r->sentences[2].start, 56);
		CHECK_INT_EQ(r->sentences[2].end, 61);
		/* the same spans in bytes */
		CHECK(strncmp(text + r->sentences[1].bstart, "В 2025 г. он провел переговоры!",
					  r->sentences[1].bend - r->sentences[1].bstart) == 0);
		CHECK_INT_EQ((int) (r->sentences[1].bend - r->sentences[1].bstart),
					 (int) strlen("В 2025 г. он провел переговоры!"));
		CHECK(strcmp(text + r->sentences[2].bstart, "Итоги") == 0);
		CHECK_INT_EQ((int) r->sentences[2].bend, (int) strlen(text));
	}
	dx_result_free(r);
}

TEST(hostile_empty_and_spaces)
{
	dx_status	st = DX_ERR_NOMEM;
	dx_result  *r = dx_extract(unit_lex, "", 0, NULL, &st);

	CHECK(r != NULL);
	CHECK_INT_EQ(st, DX_OK);
	if (r)
	{
		CHECK_INT_EQ(r->nmentions, 0);
		CHECK_INT_EQ(r->nsentences, 0);
		dx_result_free(r);
	}
	r = dx_extract(unit_lex, NULL, 0, NULL, &st);
	CHECK(r != NULL);
	dx_result_free(r);
	run_bytes("     \t\n\r\n   ", 12, "spaces only");
	run_bytes("1 2 3 4,5 2024 100000000000000000000000000 0,0001", 49, "numbers only");
	run_bytes("млрд млн $ € 1, ,5 $$ 3 трлн тенге", 52, "amount fragments");
}

TEST(hostile_binary_junk)
{
	char		buf[4096];
	unsigned int seed = 12345;
	size_t		i;

	for (i = 0; i < sizeof(buf); i++)
	{
		seed = seed * 1103515245u + 12345u;
		buf[i] = (char) (seed >> 16);
	}
	/* NULs, truncated sequences and a Russian phrase in the middle */
	buf[10] = '\0';
	buf[100] = '\xd0';
	memcpy(buf + 200, "Токаев прибыл в Баку", strlen("Токаев прибыл в Баку"));
	buf[sizeof(buf) - 1] = '\xe2';
	run_bytes(buf, sizeof(buf), "binary junk");
	run_bytes("\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xff\xfe", 11, "invalid UTF-8 only");
	run_bytes("Казахстан\x00и Азербайджан", strlen("Казахстан") + 1 + strlen("и Азербайджан"),
			  "NUL inside");
}

TEST(hostile_many_quotes)
{
	size_t		n = 100000,
				i;
	char	   *s = malloc(n * 2 + 64);

	CHECK(s != NULL);
	if (s == NULL)
		return;
	for (i = 0; i < n; i++)
		memcpy(s + 2 * i, "«", 2);
	run_bytes(s, n * 2, "100k opening guillemets");
	for (i = 0; i < n; i++)
		memcpy(s + 2 * i, i % 2 ? "»" : "«", 2);
	run_bytes(s, n * 2, "100k alternating guillemets");
	free(s);
	{
		const char *unbalanced = "«Мы «готовы» к «диалогу», — заявил Лавров. »» «« \"\" \" «";

		run_bytes(unbalanced, strlen(unbalanced), "unbalanced quotes");
	}
}

TEST(hostile_scripts)
{
	const char *texts[] = {
		"Президент 🇰🇿 Токаев 😀 прибыл в 𝔅𝔞𝔨𝔲 и Баку 🤝.",
		"Кaзахстан\xcc\x86\xcc\x88 и\xcc\x86\xcc\x86\xcc\x86 \xcc\x81\xcc\x81 Баку\xcc\x81.",
		"\xcc\x86 начало с метки",
		"وزير الخارجية сказал 外交部 Лавров שלום Москва заявила.",
		"\xe2\x80\x8f\xe2\x80\xae Токаев \xef\xbb\xbf Алиев \xe2\x80\x8b в Баку",
		"Казахстан-Азербайджан-Россия-Китай-Турция — страны-партнеры -- - — –",
		NULL
	};
	int			i;

	for (i = 0; texts[i]; i++)
		run_bytes(texts[i], strlen(texts[i]), texts[i]);
}

TEST(hostile_offsets_after_astral)
{
	/* astral characters count as one character each */
	const char *text = "😀😀 Делегация прибыла в Баку.";
	dx_result  *r = run(text, PUBLISHED);
	const dx_mention *m = unit_mention(r, "Баку");

	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->start, 23);
		CHECK_INT_EQ(m->end, 27);
	}
	dx_result_free(r);
}

static int
stop_now(void *arg)
{
	(void) arg;
	return 1;
}

TEST(interrupt_cancels)
{
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;
	const char *text = "Токаев прибыл в Баку.";

	memset(&opts, 0, sizeof(opts));
	opts.interrupt = stop_now;
	r = dx_extract(unit_lex, text, strlen(text), &opts, &st);
	CHECK(r == NULL);
	CHECK_INT_EQ(st, DX_ERR_CANCELLED);
	dx_result_free(r);
}

static int	polls_seen,
			stop_at_poll;

static int
stop_at_nth(void *arg)
{
	(void) arg;
	return ++polls_seen == stop_at_poll;
}

/*
 * The interrupt callback is asked inside the passes, not only between them
 * (about every thousand tokens), and a stop at any of its calls cancels
 * cleanly.
 */
TEST(interrupt_polled_inside_passes)
{
	dx_options	opts;
	dx_status	st;
	dx_result  *r;
	const char *unit = "Лавров и Блинкен подписали Декларацию «о сотрудничестве. ";
	size_t		n = 4000,
				len = strlen(unit) * n,
				i;
	char	   *text = malloc(len + 1);
	int			calls,
				k;

	CHECK(text != NULL);
	if (text == NULL)
		return;
	for (i = 0; i < n; i++)
		memcpy(text + i * strlen(unit), unit, strlen(unit));
	text[len] = '\0';
	memset(&opts, 0, sizeof(opts));
	opts.interrupt = stop_at_nth;
	polls_seen = 0;
	stop_at_poll = -1;
	r = dx_extract(unit_lex, text, len, &opts, &st);
	CHECK(r != NULL);
	dx_result_free(r);
	calls = polls_seen;
	/* 32,000 words: the ten checks between passes alone would be far fewer */
	CHECK(calls >= 100);
	for (k = 1; k <= calls; k += calls / 23 + 1)
	{
		polls_seen = 0;
		stop_at_poll = k;
		st = DX_OK;
		r = dx_extract(unit_lex, text, len, &opts, &st);
		CHECK(r == NULL);
		CHECK_INT_EQ(st, DX_ERR_CANCELLED);
		dx_result_free(r);
	}
	free(text);
}

/* the memory budget: a document that needs more fails cleanly, with its own status */
TEST(memory_budget_fails_cleanly)
{
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;
	size_t		len,
				i;
	const char *unit = "Президент России Владимир Путин и председатель КНР Си Цзиньпин подписали "
		"Соглашение о сотрудничестве в области энергетики. ";
	char	   *text;

	len = strlen(unit) * 2000;
	text = malloc(len + 1);
	CHECK(text != NULL);
	if (text == NULL)
		return;
	for (i = 0; i < 2000; i++)
		memcpy(text + i * strlen(unit), unit, strlen(unit));
	text[len] = '\0';

	/* the default: DX_MEMORY_PER_BYTE per byte plus DX_MEMORY_BASE, or what is set */
	memset(&opts, 0, sizeof(opts));
	CHECK(dx_memory_budget(&opts, len) == len * DX_MEMORY_PER_BYTE + DX_MEMORY_BASE);
	CHECK(dx_memory_budget(NULL, 10) == 10 * DX_MEMORY_PER_BYTE + DX_MEMORY_BASE);
	opts.max_memory = 12345;
	CHECK(dx_memory_budget(&opts, len) == 12345);

	/* under the default budget it works, and says what it took */
	opts.max_memory = 0;
	r = dx_extract(unit_lex, text, len, &opts, &st);
	CHECK(r != NULL);
	CHECK_INT_EQ(st, DX_OK);
	if (r != NULL)
	{
		CHECK(dx_result_memory(r) > len);
		CHECK(dx_result_memory(r) <= dx_memory_budget(&opts, len));
		CHECK(r->nagreements == 1);
	}
	dx_result_free(r);

	/* a budget of 1 MB is too small for 200 KB: no result, DX_ERR_MEMORY_LIMIT */
	opts.max_memory = 1024 * 1024;
	st = DX_OK;
	r = dx_extract(unit_lex, text, len, &opts, &st);
	CHECK(r == NULL);
	CHECK_INT_EQ(st, DX_ERR_MEMORY_LIMIT);
	dx_result_free(r);

	/* and the same budget is enough for one sentence */
	st = DX_OK;
	r = dx_extract(unit_lex, unit, strlen(unit), &opts, &st);
	CHECK(r != NULL);
	CHECK_INT_EQ(st, DX_OK);
	dx_result_free(r);
	free(text);
}

/*
 * A pronoun (наш, этот, который) ends a body's name, a word that only
 * begins like one (этнография, свобода, вашингтонский) does not.
 */
TEST(organisation_names_go_on_past_words_like_pronouns)
{
	dx_result  *r = run("Сотрудники Института этнографии и фольклора провели в Казани конференцию. "
						"Посол встретился с представителями Фонда свободы слова. Представители "
						"Центра вашингтонских исследований приехали в Минск.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Институт этнографии и фольклора") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Фонд свободы слова") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Центр вашингтонских исследований") != NULL);
	dx_result_free(r);
}

TEST(company_names_closed_by_a_legal_form)
{
	dx_result  *r = run("Кредиторами стали \"Альфа Северная Энерджи Трейдинг энд Сервис Б.В.\" и "
						"\"Бета Газ Холдинг Австрия АГ\", а также «Дельта Ресорсиз Лтд», "
						"\"Омега Девелопмент (XII) Б.В.\" и \"Шелл Восток 2 АГ\".", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Альфа Северная Энерджи Трейдинг энд Сервис Б.В.") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Бета Газ Холдинг Австрия АГ") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Дельта Ресорсиз Лтд") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Омега Девелопмент (XII) Б.В.") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Шелл Восток 2 АГ") != NULL);
	/* the words inside are no names of their own */
	CHECK(unit_entity(r, DX_ORGANIZATION, "Холдинг Австрия") == NULL);
	CHECK(unit_entity(r, DX_COUNTRY, "Австрия") == NULL);
	dx_result_free(r);
}

TEST(body_of_two_portfolios_joined_by_and)
{
	dx_result  *r = run("Заявление опубликовало Министерство иностранных дел и международного "
						"сотрудничества Республики Ботсвана. Об этом сообщило Министерство "
						"здравоохранения и социального развития Португалии.", PUBLISHED);
	const dx_entity *e = unit_entity(r, DX_ORGANIZATION,
									 "Министерство здравоохранения и социального развития Португалии");

	CHECK(unit_entity(r, DX_ORGANIZATION,
					  "Министерство иностранных дел и международного сотрудничества Республики Ботсвана") != NULL);
	CHECK(e != NULL);
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "PT") == 0);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Министерство здравоохранения") == NULL);
	dx_result_free(r);
}

TEST(body_the_lexicon_knows_of_a_state_part)
{
	dx_result  *r = run("Иск против компании рассмотрит Верховный суд штата Огайо. Жалобу отклонил "
						"Верховный суд провинции Онтарио.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Верховный суд штата Огайо") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Верховный суд провинции Онтарио") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Верховный суд") == NULL);
	dx_result_free(r);
}

TEST(latin_prose_names_no_bodies)
{
	dx_result  *r = run("Визит премьер-министра Италии в Москву прошёл в дружеской обстановке, стороны обсудили "
						"торговлю, энергетику, туризм и культурные связи двух стран, а также подготовку "
						"новых соглашений о сотрудничестве в области образования и науки. Министры "
						"договорились продолжить консультации по вопросам безопасности, миграции и "
						"изменения климата, а также обменялись мнениями о положении на Ближнем Востоке, "
						"в Северной Африке и на Балканах, где обе страны давно участвуют в миротворческих "
						"операциях и помогают восстановлению разрушенных городов и сёл. "
						"Премьер написал в Twitter: \"We thank the Italian people for their help. "
						"See you soon in Rome\". — Marco Rossi. Позже роман \"Старый сад\" "
						"(\"Der alte Garten der kleinen Stadt\") вышел в издательстве Penguin Books в Лондоне.",
						PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "We") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Marco Rossi") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Der") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Garten") == NULL);
	/* a Latin name in Russian prose stays a body */
	CHECK(unit_entity(r, DX_ORGANIZATION, "Penguin Books") != NULL);
	dx_result_free(r);
}

TEST(place_after_a_short_word_and_a_hyphen)
{
	dx_result  *r = run("Паром пересёк Ла-Манш ночью. Шторм бушевал над Ла-Маншем. Эфир вёл "
						"канал НТВ-Петербург.", PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Ла-Манш") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Манш") == NULL);
	/* a broadcaster's abbreviation before a city names no place of its own */
	CHECK(unit_entity(r, DX_LOCATION, "НТВ-Петербург") == NULL);
	dx_result_free(r);
}

TEST(capital_after_a_place_word_and_a_state_noun)
{
	dx_result  *r = run("Делегация прибыла в столицу страны Сан-Сальвадор вечером. Колонна "
						"остановилась на окраине Дамаска. Приём дали в Королевском дворце Мадрида.",
						PUBLISHED);

	/* the capitals are places, not their states */
	CHECK(unit_entity(r, DX_LOCATION, "Сан-Сальвадор") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Дамаск") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Мадрид") != NULL);
	CHECK(unit_entity(r, DX_COUNTRY, "Сирия") == NULL);
	CHECK(unit_entity(r, DX_COUNTRY, "Испания") == NULL);
	dx_result_free(r);
}

TEST(place_inside_a_quoted_name_of_capitalised_words)
{
	dx_result  *r = run("Нападающий перешёл в «Ливерпуль Сити Рейнджерс» из Бристоля. Буровую купила "
						"компания «Газпромнефть — Западная Сибирь». Паром «Оксфорд» пришёл в Дувр.",
						PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Ливерпуль") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Западная Сибирь") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Сибирь") == NULL);
	/* a place outside the quotation marks stays one */
	CHECK(unit_entity(r, DX_LOCATION, "Бристоль") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Дувр") != NULL);
	dx_result_free(r);
}

TEST(adjective_after_a_town_is_part_of_its_name)
{
	dx_result  *r = run("Туристы осмотрели кремль в Ростове Великом в среду. Матч в Самаре "
						"Горячий получился.", PUBLISHED);
	dx_result  *r2 = run("В Ростове Великий князь бывал редко.", PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Ростов Великий") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Ростов") == NULL);
	/* no agreement in case: not part of the name */
	CHECK(unit_entity(r, DX_LOCATION, "Самара") != NULL);
	/* the adjective qualifies the noun after it */
	CHECK(unit_entity(r2, DX_LOCATION, "Ростов") != NULL);
	CHECK(unit_entity(r2, DX_LOCATION, "Ростов Великий") == NULL);
	dx_result_free(r);
	dx_result_free(r2);
}

TEST(seat_after_na_in_the_accusative_is_the_body)
{
	dx_result  *r = run("Оппозиция решила надавить на Кремль через суд.", PUBLISHED);
	dx_result  *r2 = run("Флаг подняли на Кремле утром. Журналисты дежурили на Даунинг-стрит.",
						 PUBLISHED);

	CHECK(unit_entity(r, DX_LOCATION, "Кремль") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Кремль") != NULL);
	/* the locative, or a word that does not decline, is the place */
	CHECK(unit_entity(r2, DX_LOCATION, "Кремль") != NULL);
	CHECK(unit_entity(r2, DX_LOCATION, "Даунинг-стрит") != NULL);
	dx_result_free(r);
	dx_result_free(r2);
}

TEST(heavenly_bodies_are_place_mentions_but_no_locations)
{
	dx_result  *r = run("Экипаж вернулся с МКС на Землю в пятницу. Новый зонд отправят к Марсу, "
						"а ракету соберут в Самаре.", PUBLISHED);
	int			k,
				off = 0;

	/* the names stay place mentions (the NER corpora count them) */
	for (k = 0; k < r->nmentions; k++)
		if (r->mentions[k].kind == DX_LOCATION &&
			(strcmp(r->mentions[k].surface, "МКС") == 0 ||
			 strcmp(r->mentions[k].surface, "Землю") == 0 ||
			 strcmp(r->mentions[k].surface, "Марсу") == 0))
			off++;
	CHECK(off == 3);
	/* but the story's locations are places on the ground */
	CHECK(unit_entity(r, DX_LOCATION, "МКС") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Земля") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Марс") == NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Самара") != NULL);
	dx_result_free(r);
}

TEST(seat_in_the_genitive_after_a_generic_place_is_the_city)
{
	dx_result  *r = run("Концерт дали на Большой площади Брюсселя в субботу. Министры собрались в "
						"Брюсселе.", PUBLISHED);
	const dx_mention *m = unit_mention(r, "Брюсселя");

	/* the genitive of a place named by a generic noun is the city, not the body it seats */
	CHECK(m != NULL && m->kind == DX_LOCATION);
	CHECK(unit_entity(r, DX_LOCATION, "Брюссель") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Европейский союз") == NULL);
	dx_result_free(r);
}

TEST(latin_name_goes_on_past_its_number)
{
	dx_result  *r = run("Как стало известно в среду, оператор газопровода Nord Stream 2 подал иск в "
						"арбитражный суд. В понедельник консорциум Baltic Link 2 AG заключил контракт "
						"на поставку труб для строительства нового морского участка трубопровода.",
						PUBLISHED);
	dx_result  *r2 = run("Об этом вечером в пятницу сообщила радиостанция Radio Europa 5 марта, а "
						 "фонд Green Energy Partners 3 млрд долларов на строительство новой станции "
						 "так и не получил, хотя правительство обещало выделить эти деньги еще весной.",
						 PUBLISHED);

	CHECK(unit_mention(r, "Nord Stream 2") != NULL);
	CHECK(unit_mention(r, "Nord Stream") == NULL);
	CHECK(unit_mention(r, "Baltic Link 2 AG") != NULL);
	CHECK(unit_mention(r, "AG") == NULL);
	/* a date or an amount after a name is not its number */
	CHECK(unit_mention(r2, "Radio Europa") != NULL);
	CHECK(unit_mention(r2, "Green Energy Partners") != NULL);
	dx_result_free(r);
	dx_result_free(r2);
}

TEST(court_of_a_place_first_in_a_sentence)
{
	dx_result  *r = run("Приговор огласили во вторник. Суд Неаполя признал мэра виновным во взятках.",
						PUBLISHED);
	dx_result  *r2 = run("Утром прошёл дождь. Центр Неаполя перекрыли для машин.", PUBLISHED);

	CHECK(unit_entity(r, DX_ORGANIZATION, "Суд Неаполя") != NULL);
	CHECK(unit_mention(r, "Суд Неаполя") != NULL);
	/* a part of a city is no body */
	CHECK(unit_mention(r2, "Центр Неаполя") == NULL);
	dx_result_free(r);
	dx_result_free(r2);
}


/*
 * A man's surname that declines like a feminine noun in -а, -я (Окада,
 * Гарсия): the case his given name shows tells its nominative
 */
TEST(man_surname_in_a_declined_by_the_given_name_case)
{
	check_person_normal("Он поблагодарил Ивана Окаду за помощь.", "Ивана Окаду", "Иван Окада");
	check_person_normal("Полиция задержала Хуана Гарсию в Мадриде.", "Хуана Гарсию", "Хуан Гарсия");
	check_person_normal("Судья отпустил Карлоса Сантану домой.", "Карлоса Сантану", "Карлос Сантана");
	check_person_normal("Врач осмотрел Илью Окаду утром.", "Илью Окаду", "Илья Окада");
	check_person_normal("Дом Хуана Гарсии сгорел.", "Хуана Гарсии", "Хуан Гарсия");
	check_person_normal("Письмо вручили Хуану Гарсии вчера.", "Хуану Гарсии", "Хуан Гарсия");
	check_person_normal("Мэр поспорил с Хуаном Гарсией.", "Хуаном Гарсией", "Хуан Гарсия");
	/* controls: a surname of another declension, one that does not decline */
	check_person_normal("Он поблагодарил Ивана Соколова за помощь.", "Ивана Соколова", "Иван Соколов");
	check_person_normal("Письмо вручили Ивану Эйде вчера.", "Ивану Эйде", "Иван Эйде");
}

/*
 * A given name in -ом, -ой before a town's name that is a surname too
 * (Ямада, Сантана) is a person, not an adjective of the place; Анну is
 * Анна's form, not Анн's (a woman's name in a consonant does not decline)
 */
TEST(given_name_before_a_town_shaped_surname_and_a_woman_in_a_consonant)
{
	check_person_normal("Президент встретился с Иваном Ямадой.", "Иваном Ямадой", "Иван Ямада");
	check_person_normal("Тренер поспорил с Хуаном Сантаной.", "Хуаном Сантаной", "Хуан Сантана");
	check_person_normal("Он поблагодарил Анну Окаду за помощь.", "Анну Окаду", "Анна Окада");
	/* controls: a place with its adjective */
	{
		dx_result  *r = run("Стройка идёт в Западной Сибири.", PUBLISHED);

		CHECK(unit_entity(r, DX_LOCATION, "Западная Сибирь") != NULL);
		dx_result_free(r);
	}
}


/*
 * A given name, a second one the dictionary knows (or an unknown word in
 * the case the first shows) and a surname that no list knows: the name is
 * the three words, in the nominative
 */
TEST(three_part_foreign_name)
{
	dx_result  *r;

	check_person_normal("Посол поблагодарил Эрика Ашока Мехту за помощь.", "Эрика Ашока Мехту", "Эрик Ашок Мехта");
	check_person_normal("Посол поблагодарил Свена Вальдемара Ульсте за помощь.", "Свена Вальдемара Ульсте",
						"Свен Вальдемар Ульсте");
	check_person_normal("Глава МИД Норвегии Эспен Барт Эйде прибыл в Осло.", "Эспен Барт Эйде", "Эспен Барт Эйде");
	check_person_normal("Президент встретился с Мартином Лютером Кингом.", "Мартином Лютером Кингом",
						"Мартин Лютер Кинг");
	if (!dx_morph_has_dict(unit_lex))
		return;
	/* controls: a comma, a place, a fourth capitalised word, a common noun first */
	r = run("Он поблагодарил Ивана Барта, Сергей Петров согласился.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Иван Барт") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Сергей Петров") != NULL);
	dx_result_free(r);
	r = run("Об этом сказал Иван Барт Москва ответила отказом.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Иван Барт") != NULL);
	dx_result_free(r);
	r = run("Лекцию прочёл профессор Университета Джорджа Мэнсона Анча Баранова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Джордж Мэнсон Анч") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Анча Баранова") != NULL);
	dx_result_free(r);
	r = run("На мессе выступил Ксендз Вальдемар Новак.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Ксендз Вальдемар Новак") == NULL);
	dx_result_free(r);
}


/*
 * A first given name no list knows before a given name the lexicon knows
 * and a surname that does not decline (or one in the case the first word
 * shows): one name of three words; a body's name before a given name and
 * a surname stays apart
 */
TEST(three_part_name_with_an_unknown_first_given_name)
{
	dx_result  *r;
	const dx_entity *e;

	check_person_normal("Посол встретился с Абием Ахмедом Али.", "Абием Ахмедом Али", "Абий Ахмед Али");
	check_person_normal("Абий Ахмед Али прибыл в Каир.", "Абий Ахмед Али", "Абий Ахмед Али");
	if (!dx_morph_has_dict(unit_lex))
		return;
	r = run("Премьер-министр Эфиопии Абий Ахмед Али прибыл в Каир.", PUBLISHED);
	e = unit_entity(r, DX_PERSON, "Абий Ахмед Али");
	CHECK(e != NULL);
	if (e)
		CHECK_STR_EQ(e->country, "ET");
	CHECK(unit_entity(r, DX_PERSON, "Ахмед Али") == NULL);
	dx_result_free(r);
	/* controls: the body's name before the person */
	r = run("Глава Роснано Анатолий Чубайс прибыл в Каир.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Анатолий Чубайс") != NULL);
	dx_result_free(r);
	r = run("Слова главы Химок Владимира Стрельченко привели газеты.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Владимир Стрельченко") != NULL);
	dx_result_free(r);
	r = run("Митинг прошёл в Хадиме Ахмед Али выступил.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Ахмед Али") != NULL);
	dx_result_free(r);
}


/*
 * A three-word name first in a sentence, and one whose surname has a
 * particle (Ле, де): the whole name
 */
TEST(three_part_name_first_in_a_sentence_or_with_a_particle)
{
	dx_result  *r;

	check_person_normal("Эспен Барт Эйде прибыл в Осло.", "Эспен Барт Эйде", "Эспен Барт Эйде");
	check_person_normal("Он встретился с Жаном Ивом Ле Гофом.", "Жаном Ивом Ле Гофом", "Жан Ив Ле Гоф");
	check_person_normal("Посол Франции Жан Ив Ле Гоф прибыл в Осло.", "Жан Ив Ле Гоф", "Жан Ив Ле Гоф");
	if (!dx_morph_has_dict(unit_lex))
		return;
	/* controls: a common noun or an adverb first in the sentence */
	r = run("Норвежец Барт Эйде прибыл в Осло.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Барт Эйде") != NULL);
	dx_result_free(r);
	r = run("Вчера Барт Эйде прибыл в Осло.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Барт Эйде") != NULL);
	dx_result_free(r);
}


/*
 * A Portuguese man's name in -у (Паулу) next to a man's past tense of a
 * verb of speech is its subject, in the nominative as written, not a
 * woman's accusative (Паула)
 */
TEST(undeclined_name_in_u_next_to_a_mans_verb_of_speech)
{
	dx_result  *r;

	check_person_normal("О победе заявил Паулу Мотту.", "Паулу Мотту", "Паулу Мотту");
	check_person_normal("Паулу Мотту сказал журналистам о победе.", "Паулу Мотту", "Паулу Мотту");
	if (!dx_morph_has_dict(unit_lex))
		return;
	/* control: a Russian name keeps its declension next to such a verb */
	r = run("Об этом заявил Иван Мотов.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Иван Мотов") != NULL);
	dx_result_free(r);
}


/*
 * The surname of a person the story named, in the genitive before another
 * person's name (адвокат Зардари Саифул Малук): two persons, not one of
 * the surname and a given name
 */
TEST(story_surname_in_the_genitive_before_another_name)
{
	dx_result  *r;
	const dx_mention *m;

	if (!dx_morph_has_dict(unit_lex))
		return;
	r = run("Ахмед Зардари арестован. Адвокат Зардари Саифул Малук заявил о нарушениях.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Саифул Малук") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Зардари Саифул") == NULL);
	m = unit_mention(r, "Зардари");
	CHECK(m != NULL && m->kind == DX_PERSON);
	if (m && m->kind == DX_PERSON)
		CHECK_STR_EQ(unit_entity_of(r, m) ? unit_entity_of(r, m)->name : NULL, "Ахмед Зардари");
	dx_result_free(r);
	r = run("Иван Кудрин арестован. Муж Кудрина Ашок Крист заявил о нарушениях.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Ашок Крист") != NULL);
	dx_result_free(r);
}


/*
 * An unknown given name in -ом, -ем in the instrumental is a man's: his
 * surname in -ой is the instrumental of one in -а (Тулемом Бенедой)
 */
TEST(man_in_the_instrumental_with_a_surname_in_a)
{
	check_person_normal("Он встретился с председателем совета Австрии Тулемом Бенедой.", "Тулемом Бенедой",
						"Тулем Бенеда");
	check_person_normal("Он встретился с послом Австрии Тулемом Соботкой.", "Тулемом Соботкой", "Тулем Соботка");
	/* control: a woman's given name in the instrumental keeps her surname's -а */
	check_person_normal("Он встретился с послом Австрии Анной Соботкой.", "Анной Соботкой", "Анна Соботка");
}


/* a short given name the dictionary knows (Иса) in an oblique case, before a surname */
TEST(short_given_name_in_an_oblique_case)
{
	check_person_normal("Слова Исы Ямадаева привели газеты.", "Исы Ямадаева", "Иса Ямадаев");
	check_person_normal("Он встретился с Исой Ямадаевым.", "Исой Ямадаевым", "Иса Ямадаев");
}

/*
 * A surname that is also the form of a currency (Сомов, of сом) after an
 * initial or a given name no list knows; an initial other than the given
 * name of a person of the same surname in the story names another person.
 */
TEST(currency_shaped_surname_after_an_initial_or_an_unknown_given_name)
{
	check_person_normal("Как сообщил П. Сомов, переговоры завершены.", "П. Сомов", "П. Сомов");
	check_person_normal("Как сообщил О.Сомов, переговоры завершены.", "О.Сомов", "О.Сомов");
	check_person_normal("Об этом заявил Руперт Сомов.", "Руперт Сомов", "Руперт Сомов");
	check_no_person("Цена составила сто Сомов.", "Сомов");
	{
		dx_result  *r = run("Министр Денис Сомов прибыл в Минск. Как сообщил О.Сомов, переговоры завершены.",
						   PUBLISHED);
		const dx_mention *m = unit_mention(r, "О.Сомов");

		if (dx_morph_has_dict(unit_lex))
		{
			CHECK(m != NULL);
			CHECK(unit_entity(r, DX_PERSON, "О.Сомов") != NULL);
			CHECK(unit_entity(r, DX_PERSON, "Денис Сомов") != NULL);
		}
		dx_result_free(r);
	}
}

/*
 * At the start of a sentence, a word no list and no dictionary entry knows,
 * then a surname, then a verb in the past tense of the surname's gender:
 * the subject of the verb, a person.
 */
TEST(unknown_given_name_and_surname_first_in_a_sentence_before_a_verb)
{
	check_person_normal("Руперт Петров заявил об этом.", "Руперт Петров", "Руперт Петров");
	check_person_normal("Брюно Дюбуа заявил об этом.", "Брюно Дюбуа", "Брюно Дюбуа");
	check_person_normal("Об этом заявила Мари Дюбуа.", "Мари Дюбуа", "Мари Дюбуа");
	check_person_normal("Руперт Сомов заявил об этом.", "Руперт Сомов", "Руперт Сомов");
	/* a common noun first, or a verb of the other gender */
	check_no_person("Газета Ведомости сообщила об этом.", "Газета Ведомости");
	check_no_person("Руперт Петрова заявил об этом.", "Руперт Петрова");
	check_no_person("Компания Тойота заявила об этом.", "Компания Тойота");
}

/*
 * First in a sentence, a word no list and no dictionary entry knows and a
 * surname before a verb in the present tense, or before an office in
 * apposition after a comma: a person.
 */
TEST(unknown_given_name_and_surname_first_before_a_present_verb_or_an_office)
{
	check_person_normal("Руперт Петров утверждает, что это не так.", "Руперт Петров", "Руперт Петров");
	check_person_normal("Брюно Дюбуа, глава отдела в министерстве, заявил об этом.", "Брюно Дюбуа", "Брюно Дюбуа");
	check_no_person("Газета Ведомости утверждает, что это не так.", "Газета Ведомости");
	check_no_person("Компания Тойота, крупнейший производитель машин, сообщила об этом.", "Компания Тойота");
}

/* a given name read as a form of an office's word (Мэри, of мэр) before a surname */
TEST(given_name_shaped_like_an_office_word)
{
	check_person_normal("Мэри Смит заявила об этом.", "Мэри Смит", "Мэри Смит");
	check_person_normal("Об этом заявила Мэри Рамзи.", "Мэри Рамзи", "Мэри Рамзи");
	check_role("Мэр Смит заявил об этом.", "Смит", "мэр", NULL);
}

/*
 * A surname of the story that is also a place's name (Маас, a region),
 * after an initial, keeps the initial (Х.Маас, Х.Мааса); a place after an
 * initial is not taken when no person of the story bears its name.
 */
TEST(place_shaped_surname_of_the_story_after_an_initial)
{
	check_person_normal("Министр Гайко Маас прибыл в Москву. Санкции, считает Х.Маас, это не самоцель.",
						"Х.Маас", "Х.Маас");
	check_person_normal("Министр Гайко Маас прибыл в Москву. Об этом говорится в речи Х.Мааса в четверг.",
						"Х.Мааса", "Х.Маас");
	check_no_person("Он уехал в Н. Новгород вчера.", "Н. Новгород");
}

/*
 * A surname before two initials (Петрова А.В., Сидоров К. С.), the order
 * of lists and credits: one person, not the initials with the next word.
 */
TEST(surname_before_two_initials)
{
	check_person_normal("Ответственный секретарь: Петрова А.В. Телефон редакции указан ниже.",
						"Петрова А.В.", "Петрова А.В.");
	check_person_normal("Ответственный секретарь: Сидоров К. С. Номер телефона указан ниже.",
						"Сидоров К. С.", "Сидоров К. С.");
	check_no_person("Ответственный секретарь: Петрова А.В. Телефон редакции указан ниже.", "А.В. Телефон");
}

/*
 * A surname alone after the particles of a name the story (or the lexicon)
 * gives in full: the mention takes the particles (фон дер Ляйен), not
 * another name's (де Голль is no ван Ромпей's).
 */
TEST(surname_alone_takes_its_particles)
{
	dx_result  *r = run("Урсула фон дер Ляйен прибыла в Рим. Об этом сказала фон дер Ляйен.", PUBLISHED);
	const dx_mention *m = unit_mention(r, "фон дер Ляйен");

	CHECK(m != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "фон дер Ляйен");
	dx_result_free(r);
	r = run("Фон дер Ляйен прибыла в Рим.", PUBLISHED);
	m = unit_mention(r, "Фон дер Ляйен");
	CHECK(m != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "фон дер Ляйен");
	dx_result_free(r);
	r = run("Об этом сказал де Ромпей.", PUBLISHED);
	CHECK(unit_mention(r, "де Ромпей") == NULL);
	dx_result_free(r);
}

/*
 * After в, на, из a given name the dictionary knows in an oblique case that
 * agrees with the surname after it starts a name (на Ису Ямадаева); a
 * capitalised pair the dictionary does not read as a name there is left to
 * the place rules.
 */
TEST(name_after_a_preposition_of_place)
{
	check_person_normal("По факту покушения на Ису Ямадаева возбуждено дело.", "Ису Ямадаева", "Иса Ямадаев");
	check_person_normal("Письмо пришло на Прасковью Сидорову вчера.", "Прасковью Сидорову", "Прасковья Сидорова");
}

/* the pair first in a sentence with its Latin spelling in brackets before the verb */
TEST(unknown_pair_with_its_latin_spelling_before_a_verb)
{
	check_person_normal("Руперт Петров (Rupert Petrov) утверждает, что это не так.", "Руперт Петров", "Руперт Петров");
	check_person_normal("Брюно Дюбуа (Bruno Dubois) заявил об этом.", "Брюно Дюбуа", "Брюно Дюбуа");
	check_no_person("Газета Ведомости (Vedomosti) сообщила об этом.", "Газета Ведомости");
}

/*
 * Surnames alone after an office in the plural, joined by "и": each a
 * person holding the office (a surname the dictionary knows, and in the
 * nominative an unknown word in a surname's ending)
 */
static void
check_person_role(dx_result *r, const char *name, const char *role)
{
	const dx_entity *e = unit_entity(r, DX_PERSON, name);

	CHECK(e != NULL);
	if (e)
		CHECK(e->role != NULL && strcmp(e->role, role) == 0);
}

TEST(surnames_alone_after_a_plural_office)
{
	dx_result  *r = run("Министры Петров и Сидоров провели встречу в Москве.", PUBLISHED);

	check_person_role(r, "Петров", "министр");
	check_person_role(r, "Сидоров", "министр");
	dx_result_free(r);
	r = run("Вчера послы Кузнецов и Смирнов вручили верительные грамоты.", PUBLISHED);
	check_person_role(r, "Кузнецов", "посол");
	check_person_role(r, "Смирнов", "посол");
	dx_result_free(r);
	r = run("Депутаты Рыбин и Голубев выступили против закона.", PUBLISHED);
	check_person_role(r, "Рыбин", "депутат");
	check_person_role(r, "Голубев", "депутат");
	dx_result_free(r);
	check_no_person("Министры Франции и Германии провели встречу.", "Франции");
}

/*
 * A woman's given name before a name's particle after an office is no
 * body's name in the genitive (one person, who holds the office), and her
 * surname alone later in the story, after its particles, is hers.
 */
TEST(name_with_particles_after_an_office_and_its_surname_alone)
{
	dx_result  *r = run("Министр Мария ван Берг прибыла в Осло. Ван Берг заявила, что визит важен.", PUBLISHED);
	const dx_mention *m = unit_mention(r, "Ван Берг");

	check_person_role(r, "Мария ван Берг", "министр");
	CHECK(unit_entity(r, DX_PERSON, "Берг") == NULL);
	CHECK(m != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "ван Берг");
	dx_result_free(r);
	r = run("Посол Ганс фон Штольц прибыл в Рим. Встреча с фон Штольцем прошла успешно.", PUBLISHED);
	m = unit_mention(r, "фон Штольцем");
	CHECK(m != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "фон Штольц");
	dx_result_free(r);
}

/*
 * A state's name that is also a given name (Доминика, Доминик's genitive)
 * after an adjective of age or a verb and before a word that may be a
 * surname is a given name; elsewhere it stays the state.
 */
TEST(state_name_as_a_given_name_after_an_age_or_a_verb)
{
	dx_result  *r;

	check_person_normal("Суд оправдал 52-летнего Доминика Гросса вчера.", "Доминика Гросса", "Доминик Гросс");
	check_person_normal("Премьер поблагодарил Доминика Гросса за работу.", "Доминика Гросса", "Доминик Гросс");
	r = run("Суд оправдал 52-летнего Доминика Гросса вчера.", PUBLISHED);
	CHECK(unit_entity(r, DX_COUNTRY, "Доминика") == NULL);
	dx_result_free(r);
	r = run("Делегация прибыла в Доминике. Доминика и Гренада подписали соглашение.", PUBLISHED);
	CHECK(unit_entity(r, DX_COUNTRY, "Доминика") != NULL);
	CHECK(unit_entity(r, DX_COUNTRY, "Гренада") != NULL);
	dx_result_free(r);
}

/*
 * A pair first in a sentence before a past verb of speech: a first word the
 * dictionary knows as a noun but as no declined subject (мари) is a given
 * name; a common noun that can be the subject is not (газета, марка).
 */
TEST(pair_with_a_rare_noun_first_before_a_verb_of_speech)
{
	check_person_normal("Мари Лакомб заявила, что визит важен.", "Мари Лакомб", "Мари Лакомб");
	check_person_normal("Мари Дюбуа сообщила об этом журналистам.", "Мари Дюбуа", "Мари Дюбуа");
	check_no_person("Газета Известия сообщила об этом.", "Газета Известия");
	check_no_person("Марка Ford заявила о росте продаж.", "Марка Ford");
	check_no_person("Газета Коммерсантъ сообщила об этом.", "Газета Коммерсантъ");
}

/* a lexicon person's surname in -ой: its singular forms, as a noun's too (Рахой, Рахоем), not a family's plural (Рахими) */
TEST(forms_of_a_lexicon_surname_in_oi)
{
	dx_result  *r = run("Лидер партии Ахмед Рахими заявил об этом журналистам.", 0);

	CHECK(unit_entity(r, DX_PERSON, "Ахмед Рахими") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Ахмед Рахой") == NULL);
	dx_result_free(r);
	r = run("Встреча с Мариано Рахоем прошла в Мадриде.", 0);
	CHECK(unit_entity(r, DX_PERSON, "Мариано Рахой") != NULL);
	dx_result_free(r);
}

/* a given name spelt as the text spells it, with ё or without (Семёна -> Семён, Федор stays Федор) */
TEST(given_name_spelt_with_yo_as_written)
{
	dx_result  *r = run("Министр встретился с Семёном Шиловым и Фёдором Лапиным.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Семён Шилов") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Фёдор Лапин") != NULL);
	dx_result_free(r);
	r = run("Об этом рассказал эксперт Федор Лапин.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Федор Лапин") != NULL);
	dx_result_free(r);
}

/*
 * A surname alone first in a sentence, a comma and an office the lexicon
 * knows in apposition: a person, who holds the office.
 */
TEST(surname_alone_first_before_an_office_in_apposition)
{
	dx_result  *r = run("Сидоров, министр обороны Андорры, прибыл в Монако.", PUBLISHED);

	check_person_role(r, "Сидоров", "министр обороны");
	dx_result_free(r);
	r = run("Петрова, посол Андорры, прибыла в Монако.", PUBLISHED);
	check_person_role(r, "Петрова", "посол");
	dx_result_free(r);
	r = run("Кузнецов, глава МИД Андорры, заявил журналистам о переговорах.", PUBLISHED);
	check_person_role(r, "Кузнецов", "министр иностранных дел");
	dx_result_free(r);
	check_no_person("Москва, столица России, принимает гостей.", "Москва");
	check_no_person("Итак, министр обороны Андорры прибыл в Монако.", "Итак");
}

/*
 * A surname alone after a form of address (господин, госпожа, г-н, г-жа),
 * in the honorific's case and gender, is a person; after an office, the
 * person holds it.
 */
TEST(surname_alone_after_an_honorific)
{
	dx_result  *r = run("Министр иностранных дел Андорры г-н Сидоров прибыл в Монако.", PUBLISHED);

	check_person_role(r, "Сидоров", "министр иностранных дел");
	dx_result_free(r);
	r = run("Посол Андорры госпожа Петрова прибыла в Монако.", PUBLISHED);
	check_person_role(r, "Петрова", "посол");
	dx_result_free(r);
	check_person_normal("Переговоры прошли с господином Сидоровым в Монако.", "Сидоровым", "Сидоров");
	check_person_normal("Переговоры прошли с госпожой Петровой в Монако.", "Петровой", "Петрова");
	check_person_normal("Президент выслушал г-жу Петрову внимательно.", "Петрову", "Петрова");
	check_person_normal("Об этом заявил господин Дюбуа журналистам.", "Дюбуа", "Дюбуа");
	check_person_normal("Визит госпожи Ковальской завершился.", "Ковальской", "Ковальская");
	check_person_normal("Слова г-на Мартенса прозвучали резко.", "Мартенса", "Мартенс");
	check_person_normal("Господин Сидоров прибыл в Монако.", "Сидоров", "Сидоров");
	r = run("Президент встретился с послом Андорры госпожой Петровой.", PUBLISHED);
	check_person_role(r, "Петрова", "посол");
	dx_result_free(r);
}

/*
 * After an office, a capitalised word no name list knows before a given
 * name the dictionary knows and a surname agreeing with it names the
 * office's body; the name after it holds the office.
 */
TEST(body_word_before_a_dictionary_given_name_after_an_office)
{
	dx_result  *r = run("Председатель Горизбиркома Элла Смирнова объявила итоги.", PUBLISHED);

	const dx_entity *e = unit_entity(r, DX_PERSON, "Элла Смирнова");

	CHECK(unit_entity(r, DX_PERSON, "Горизбиркома Элла") == NULL);
	CHECK(e != NULL && e->role != NULL && strncmp(e->role, "председатель", strlen("председатель")) == 0);
	dx_result_free(r);
	r = run("Председатель Центризбиркома Элла Смирнова объявила итоги.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Центризбиркома Элла") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Элла Смирнова") != NULL);
	dx_result_free(r);
	r = run("Директор Облводоканала Элла Кривцова подписала приказ.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Элла Кривцова") != NULL);
	dx_result_free(r);
	r = run("Директор Облводоканала Эдуард Кривцов подписал приказ.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Облводоканала Эдуард") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Эдуард Кривцов") != NULL);
	dx_result_free(r);
}

/*
 * A three-word name whose middle word reads as an oblique case of a given
 * name (Аданом) that neither the first word nor the surname shows is in the
 * nominative: one person of the three words.
 */
/*
 * After a body's noun with no office before it, the body's own name
 * unquoted, then a person's: the body's words are no person
 */
TEST(body_name_before_a_name_after_a_body_noun)
{
	dx_result  *r = run("Вчера нападающий клуба Вестбрук Юнайтед Ледли Кормак забил гол.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Вестбрук Юнайтед") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Ледли Кормак") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Вестбрук Юнайтед") != NULL);
	dx_result_free(r);
}

/*
 * A given name spelt as a name's particle (Бен), capitalised, opens a
 * name: "Бен ван Дорен", "Бен Сэлинджер"; after a given name it is the
 * link of an Arabic name
 */
TEST(given_name_spelt_as_a_particle_opens_a_name)
{
	dx_result  *r = run("Гендиректор компании Nordlicht Бен ван Дорен заявил о сделке. Об этом заявил Бен Сэлинджер. "
						"Вчера Хамад Бен Джасем прибыл в Доху.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Бен ван Дорен") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Бен Сэлинджер") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Хамад Бен Джасем") != NULL);
	dx_result_free(r);
}

TEST(three_part_name_with_a_middle_word_of_another_case)
{
	dx_result  *r = run("Глава агентства Тесфай Аданом Гебремариам призвал страны к солидарности.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Тесфай Аданом") == NULL);
	check_person_role(r, "Тесфай Аданом Гебремариам", "глава агентства");
	dx_result_free(r);
	r = run("Глава ВОЗ Тесфай Аданом Гебремариам призвал страны к солидарности.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Тесфай Аданом Гебремариам") != NULL);
	dx_result_free(r);
}

/*
 * A woman's given name spelt with ё keeps it in the nominative too; a
 * woman's past verb after a given name and a surname in -ова makes them a
 * woman's (not a man's genitive); a word in -ов the dictionary knows only
 * in an oblique case (a place's genitive plural) before a man's past verb
 * is a surname in the nominative.
 */
TEST(woman_before_her_verb_and_a_surname_subject_in_ov)
{
	dx_result  *r = run("Алёна Сидорова заявила, что переговоры продолжатся.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Алёна Сидорова") != NULL);
	dx_result_free(r);
	r = run("Алена Сидорова заявила, что переговоры продолжатся.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Алена Сидорова") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Ален Сидоров") == NULL);
	dx_result_free(r);
	r = run("Портрет Алена Сидорова висит в зале.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Ален Сидоров") != NULL);
	dx_result_free(r);
	r = run("Чадов заявил, что переговоры продолжатся.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Чадов") != NULL);
	CHECK(unit_entity(r, DX_LOCATION, "Чады") == NULL);
	dx_result_free(r);
}

/*
 * A given name that is both a woman's in the nominative and a man's in the
 * genitive (Валентина, Евгения, Александра; Станислава and Роберта the
 * dictionary's only) is read by the words that agree with it: her
 * predicate after the name, her verb before it with no other subject, an
 * office in the nominative before it.  A man's accusative or genitive
 * where they do not: the object of a verb, the possessor of a thing that
 * is the subject.
 */
TEST(woman_or_mans_genitive_read_by_the_words_that_agree)
{
	dx_result  *r = run("Валентина Сидорова переизбрана председателем совета.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") == NULL);
	dx_result_free(r);
	r = run("Евгения Ветрова не была избрана в парламент.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Евгения Ветрова") != NULL);
	dx_result_free(r);
	r = run("Станислава Ветрова назначена министром финансов.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Станислава Ветрова") != NULL);
	dx_result_free(r);
	r = run("Слово взяла Александра Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александра Сидорова") != NULL);
	dx_result_free(r);
	r = run("Об этом сообщила Евгения Ветрова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Евгения Ветрова") != NULL);
	dx_result_free(r);
	r = run("«Переговоры продолжатся», — заявила Александра Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александра Сидорова") != NULL);
	dx_result_free(r);
	r = run("Председатель Европарламента Роберта Вельтола в среду посетила Андорру.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Роберта Вельтола") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Роберт Вельтол") == NULL);
	dx_result_free(r);
	r = run("Она поддержала Александра Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александр Сидоров") != NULL);
	dx_result_free(r);
	r = run("Пресс-служба Валентина Сидорова заявила о решении.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") == NULL);
	dx_result_free(r);
	r = run("Мы встретили Станислава Ветрова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Станислав Ветров") != NULL);
	dx_result_free(r);
	r = run("Указ о назначении Валентина Сидорова подписан.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") != NULL);
	dx_result_free(r);
}

/*
 * More words that agree with a woman's name that could be a man's
 * genitive: her participle right before it (Министром назначена), her
 * verb after a compound word or a place in the genitive (Премьер-министром
 * Андорры стала), her predicate after an auxiliary or an adverbial phrase
 * (будет назначена, в среду была переизбрана) or after an office in
 * commas, an office whose head is a person's noun only in the nominative
 * (посол).  Not a verb between an office and the name: "Министр
 * поддержала" has its subject.
 */
TEST(woman_or_mans_genitive_past_participles_commas_and_offices)
{
	dx_result  *r = run("Новым министром юстиции назначена Евгения Ветрова.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Евгения Ветрова") != NULL);
	dx_result_free(r);
	r = run("На пост мэра избрана Валентина Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") != NULL);
	dx_result_free(r);
	r = run("Премьер-министром Андорры стала Валентина Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") != NULL);
	dx_result_free(r);
	r = run("Валентина Сидорова будет назначена министром.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") != NULL);
	dx_result_free(r);
	r = run("Роберта Вельтола в среду была переизбрана председателем Европарламента.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Роберта Вельтола") != NULL);
	dx_result_free(r);
	r = run("Александра Сидорова, министр финансов Андорры, заявила о решении.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александра Сидорова") != NULL);
	dx_result_free(r);
	r = run("Заявление сделала посол Андорры Евгения Ветрова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Евгения Ветрова") != NULL);
	dx_result_free(r);
	r = run("Министр поддержала Валентина Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") != NULL);
	dx_result_free(r);
	r = run("Россия поддержала Александра Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александр Сидоров") != NULL);
	dx_result_free(r);
}

/*
 * A woman's predicate after the name agrees with a woman's noun in the
 * nominative earlier in the clause, not with the name, a man's genitive
 * (вероятность ... главы области Валентина Петрова стала), unless the
 * noun is an office's or a woman's noun right before the name.
 */
TEST(woman_predicate_of_an_earlier_subject_leaves_a_mans_genitive)
{
	dx_result  *r = run("Вероятность отставки главы области Валентина Сидорова стала велика.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") == NULL);
	dx_result_free(r);
	r = run("Председатель комитета Александра Сидорова заявила о решении.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александра Сидорова") != NULL);
	dx_result_free(r);
	r = run("В среду Александра Сидорова заявила о решении.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Александра Сидорова") != NULL);
	dx_result_free(r);
}

/*
 * A woman's verb before an office in the nominative and the name: the
 * name is its subject (возглавила вице-премьер Евгения Белова); not before
 * an office in another case (поддержала министра Валентина Петрова), nor
 * when a subject in quotation marks stands before the verb (Партия
 * «Единая Россия» выдвинула).
 */
TEST(woman_verb_before_an_office_and_the_name)
{
	dx_result  *r = run("Делегацию возглавила вице-премьер Евгения Ветрова.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Евгения Ветрова") != NULL);
	dx_result_free(r);
	r = run("Делегацию возглавила министр Евгения Ветрова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Евгения Ветрова") != NULL);
	dx_result_free(r);
	r = run("Поддержала министра Валентина Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") != NULL);
	dx_result_free(r);
	r = run("Партия «Единая Россия» выдвинула Валентина Сидорова.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Валентин Сидоров") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Валентина Сидорова") == NULL);
	dx_result_free(r);
}

/*
 * An unknown given name and a surname opening a sentence, before a woman's
 * short participle the dictionary knows (after была too): her name.
 */
TEST(unknown_given_name_and_surname_first_before_a_womans_participle)
{
	dx_result  *r = run("Даниэла Ромеро переизбрана мэром.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Даниэла Ромеро") != NULL);
	dx_result_free(r);
	r = run("Мариэла Кастаньо была избрана судьёй.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Мариэла Кастаньо") != NULL);
	dx_result_free(r);
}

/*
 * The genitive of the surname of a person named earlier in the story with
 * a given name the lexicon knows, after an office and before another name,
 * is that person's also when the office is read before the name is: the
 * name after it is another person's.
 */
TEST(story_surname_after_an_office_before_another_name_read_first)
{
	dx_result  *r = run("Фатима Раджи осуждена. Адвокат Раджи Салим Кадыр заявил о нарушениях.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Раджи Салим") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Салим Кадыр") != NULL);
	dx_result_free(r);
}

/*
 * A surname of an adjective's ending (a woman's -овой, an adjectival
 * -ским) alone after an office in an oblique case is the holder's, in the
 * nominative of its gender.
 */
TEST(surname_of_an_adjectives_ending_after_an_office_in_an_oblique_case)
{
	dx_result  *r = run("Президент встретился с министром финансов Андорры Кузнецовой.", PUBLISHED);

	check_person_role(r, "Кузнецова", "министр финансов");
	dx_result_free(r);
	r = run("Президент вручил награду послу Андорры Сидоровой.", PUBLISHED);
	check_person_role(r, "Сидорова", "посол");
	dx_result_free(r);
	r = run("Президент встретился с министром финансов Андорры Ковальским.", PUBLISHED);
	check_person_role(r, "Ковальский", "министр финансов");
	dx_result_free(r);
}

/*
 * Three capitalised words after an office in an oblique case, the last
 * showing that case: one name of three words in the nominative.
 */
TEST(three_word_name_in_an_oblique_case_after_an_office)
{
	dx_result  *r = run("Переговоры с премьер-министром Андорры Хавьером Эспотом Саморой прошли в Монако.", PUBLISHED);

	check_person_role(r, "Хавьер Эспот Самора", "премьер-министр");
	CHECK(unit_entity(r, DX_PERSON, "Хавьер Эспот") == NULL);
	dx_result_free(r);
	r = run("Визит президента Вьетнама Нгуен Суан Фука завершился.", PUBLISHED);
	check_person_role(r, "Нгуен Суан Фук", "президент");
	dx_result_free(r);
	r = run("Визит главы Химок Владимира Стрельченко завершился.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Владимир Стрельченко") != NULL);
	dx_result_free(r);
}

/*
 * A man's given name written in -е that reads as the prepositional of a
 * name the lexicon knows (Филипе of Филип), where nothing shows that
 * case, is a name of its own in the nominative, as written.
 */
TEST(given_name_in_e_of_its_own_where_no_prepositional_stands)
{
	dx_result  *r = run("Переговоры с президентом Мозамбика Филипе Ньюси прошли в Монако.", PUBLISHED);

	check_person_role(r, "Филипе Ньюси", "президент");
	CHECK(unit_entity(r, DX_PERSON, "Филип Ньюси") == NULL);
	dx_result_free(r);
	r = run("Филипе Ньюси заявил журналистам о переговорах.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Филипе Ньюси") != NULL);
	dx_result_free(r);
	r = run("Об этом говорили на встрече при Филипе Ньюси.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Филип Ньюси") != NULL);
	dx_result_free(r);
}

/*
 * A surname alone as a subject after a conjunction or an adverb opening
 * the sentence, or first before «как» and an office, is a person.
 */
TEST(surname_alone_after_an_opening_adverb_or_conjunction_or_before_kak)
{
	dx_result  *r = run("А Сидоров, министр обороны Андорры, прибыл в Монако.", PUBLISHED);

	check_person_role(r, "Сидоров", "министр обороны");
	dx_result_free(r);
	r = run("Вчера Чадов заявил журналистам о переговорах.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Чадов") != NULL);
	dx_result_free(r);
	r = run("Сегодня Кузнецова заявила журналистам о переговорах.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Кузнецова") != NULL);
	dx_result_free(r);
	r = run("Петров как министр обороны Андорры посетил Монако.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Петров") != NULL);
	dx_result_free(r);
	check_no_person("Россия как член ООН поддержала резолюцию.", "Россия");
}

/*
 * A surname alone the lexicon's persons share, after an office of another
 * class than theirs, while the story names none of them otherwise, is a
 * person of his own; a list after an office in the plural that it opens
 * is a person each, of that office.
 */
TEST(lexicon_surname_after_an_office_of_another_class_is_another_person)
{
	dx_result  *r = run("Посол Иванов вручил верительные грамоты.", PUBLISHED);

	check_person_role(r, "Иванов", "посол");
	CHECK(unit_entity(r, DX_PERSON, "Сергей Иванов") == NULL);
	dx_result_free(r);
	r = run("Послы Иванов, Кузнецов и Смирнов были вызваны в министерство.", PUBLISHED);
	check_person_role(r, "Иванов", "посол");
	check_person_role(r, "Кузнецов", "посол");
	check_person_role(r, "Смирнов", "посол");
	dx_result_free(r);
	r = run("Министр обороны Иванов вручил награды.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Сергей Иванов") != NULL);
	dx_result_free(r);
	r = run("Президент Путин вручил награды.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Владимир Путин") != NULL);
	dx_result_free(r);
}

/*
 * After an office and the city or region it serves, right after it, one
 * capitalised word that is a surname (or no word the dictionary knows) is
 * the holder named by surname alone, in any case; a surname of the
 * lexicon there is someone else's, unless the office is of its class.
 */
TEST(surname_alone_after_an_office_and_its_place)
{
	dx_result  *r = run("Губернатор Техаса Брэддок заявил об этом.", PUBLISHED);

	check_person_role(r, "Брэддок", "губернатор");
	dx_result_free(r);
	r = run("Встреча с губернатором Техаса Брэддоком прошла в Хьюстоне.", PUBLISHED);
	check_person_role(r, "Брэддок", "губернатор");
	dx_result_free(r);
	r = run("Мэр Лондона Петрова заявила об этом.", PUBLISHED);
	check_person_role(r, "Петрова", "мэр");
	dx_result_free(r);
	r = run("Мэр Лондона Иванов заявил об этом.", PUBLISHED);
	check_person_role(r, "Иванов", "мэр");
	CHECK(unit_entity(r, DX_PERSON, "Сергей Иванов") == NULL);
	dx_result_free(r);
	/* a place after the office's own words is no office's: a client's name */
	r = run("Адвокат христианки Азии Биби заявил об этом.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Биби") == NULL);
	dx_result_free(r);
	r = run("Министр обороны Андорры Иванов вручил награды.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Сергей Иванов") != NULL);
	dx_result_free(r);
}

/*
 * A surname alone of the lexicon in the genitive after a noun of things and
 * bodies named after persons (фонд, премия, улица) names the thing, not the
 * lexicon's person, unless the story names that person in full; after a
 * noun of a person's act (указ, план) it is the person.
 */
TEST(lexicon_surname_after_a_noun_of_a_thing_named_after_a_person)
{
	dx_result  *r = run("Фонд Гейтса выделил средства на вакцины.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Роберт Гейтс") == NULL);
	dx_result_free(r);
	r = run("Вакцинирование фондом Гейтса продолжилось в Андорре.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Роберт Гейтс") == NULL);
	dx_result_free(r);
	r = run("Он живет на улице Путина.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Владимир Путин") == NULL);
	dx_result_free(r);
	r = run("Роберт Гейтс прибыл в Андорру. Фонд Гейтса выделил средства.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Роберт Гейтс") != NULL);
	dx_result_free(r);
	r = run("Указ Путина вступил в силу.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Владимир Путин") != NULL);
	dx_result_free(r);
	r = run("План Байдена провалился.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Джо Байден") != NULL);
	dx_result_free(r);
}

/*
 * Right after an office, a capitalised noun the dictionary knows in the
 * genitive, as no name, before a surname alone: the body's name, then the
 * holder named by surname.
 */
TEST(surname_alone_after_an_office_and_a_body_noun_of_the_dictionary)
{
	dx_result  *r = run("Директор Эрмитажа Брэддок заявил об этом.", PUBLISHED);

	check_person_role(r, "Брэддок", "директор Эрмитажа");
	CHECK(unit_entity(r, DX_PERSON, "Эрмитажа Брэддок") == NULL);
	dx_result_free(r);
	r = run("Он встретился с директором Эрмитажа Брэддоком.", PUBLISHED);
	check_person_role(r, "Брэддок", "директор Эрмитажа");
	dx_result_free(r);
}

/*
 * After a post of a rank (главный конструктор), a surname the dictionary
 * knows, alone, in the post's oblique case: the holder of the post.
 */
TEST(surname_alone_after_a_ranked_post_in_an_oblique_case)
{
	dx_result  *r = run("Он встретился с главным конструктором Петровым.", PUBLISHED);

	check_person_role(r, "Петров", "главный конструктор");
	dx_result_free(r);
	r = run("По словам главного конструктора Петрова, самолет готов.", PUBLISHED);
	check_person_role(r, "Петров", "главный конструктор");
	dx_result_free(r);
}

/*
 * A currency's form no number counts, before a capitalised word no list
 * and no dictionary knows as a common word, is a given name.
 */
TEST(currency_form_before_an_unknown_capitalised_word_is_a_given_name)
{
	check_person_normal("Переговоры с Франком Веркотереном прошли в Монако.", "Франком Веркотереном",
						"Франк Веркотерен");
	check_person_normal("Франк Веркотерен заявил журналистам о переговорах.", "Франк Веркотерен",
						"Франк Веркотерен");
	{
		dx_result  *r = run("Тренер Франк Веркотерен возглавил клуб.", PUBLISHED);

		check_person_role(r, "Франк Веркотерен", "тренер");
		dx_result_free(r);
	}
	check_no_person("Швейцарский Франк укрепился к доллару.", "Франк");
}

/*
 * The first of three words after an office in the genitive, before a
 * given name, in the genitive's ending, is no body's name when the three
 * are one name: the name of three words holds the office.
 */
TEST(three_word_name_with_a_genitive_first_word_after_an_office)
{
	dx_result  *r = run("Визит премьер-министра Непала Пушпы Камала Дахала завершился.", PUBLISHED);

	check_person_role(r, "Пушпа Камал Дахал", "премьер-министр");
	dx_result_free(r);
	r = run("По словам директора центра имени Чумакова Айдара Ишмухаметова, работа идет.", PUBLISHED);
	CHECK(unit_entity(r, DX_PERSON, "Айдар Ишмухаметов") != NULL);
	dx_result_free(r);
}

TEST(surname_before_a_plural_verb_that_is_also_a_noun)
{
	/* «были» is no noun the surname agrees with as a possessive adjective (быль) */
	dx_result  *r = run("Послы Кузнецов и Петров были вызваны в МИД Андорры.", PUBLISHED);

	CHECK(unit_entity(r, DX_PERSON, "Петров") != NULL);
	CHECK(unit_entity(r, DX_PERSON, "Кузнецов") != NULL);
	dx_result_free(r);
}

SUITE(extract_tests) = {
	REG(memory_budget_fails_cleanly),
	REG(interrupt_polled_inside_passes),
	REG(country_by_name_in_any_case),
	REG(country_official_names),
	REG(places_in_the_singular_and_capitals_as_places),
	REG(places_by_generic_noun_and_names_of_things),
	REG(places_named_by_adjectives),
	REG(places_known_to_the_dictionary),
	REG(seat_after_a_place_noun),
	REG(seats_name_their_body),
	REG(sites_named_by_their_domain),
	REG(missions_named_with_their_place),
	REG(divisions_named_with_their_body),
	REG(generic_noun_adjective_and_known_place),
	REG(dateline_with_a_colon),
	REG(capitals_between_are_states),
	REG(body_read_as_a_person),
	REG(latin_names_with_links_and_page_keys),
	REG(bodies_on_more_head_nouns),
	REG(media_services_and_things_are_no_bodies),
	REG(product_named_after_a_body),
	REG(body_name_with_a_state_adjective_in_its_tail),
	REG(body_name_ends_before_a_verb),
	REG(name_after_a_masculine_place_noun_keeps_its_form),
	REG(person_after_a_place_noun),
	REG(body_described_by_a_state_adjective),
	REG(body_name_does_not_take_and_after_its_head),
	REG(body_name_with_a_quoted_name_in_its_tail),
	REG(body_named_after_a_person),
	REG(streets_and_squares_named_after_someone),
	REG(country_with_latin_lookalike),
	REG(country_adjectives),
	REG(capital_place_and_metonym),
	REG(known_leader_oblique_case),
	REG(known_leader_by_surname),
	REG(sentence_initial_adverb_is_not_a_name),
	REG(role_after_name),
	REG(role_keeps_the_office_words),
	REG(role_without_body_post_or_rank),
	REG(role_of_person_in_genitive_and_by_anaphora),
	REG(names_with_particles_and_short_parts),
	REG(latin_spelling_of_a_person_and_town_named_like_a_leader),
	REG(organisation_names_end_where_the_sentence_goes_on),
	REG(given_names_alone),
	REG(role_by_article_date),
	REG(unknown_person_given_name_and_surname),
	REG(person_in_oblique_case_by_dictionary),
	REG(common_words_are_no_person),
	REG(person_feminine_surname_stays_feminine),
	REG(surname_alone_is_the_story_person_before_the_lexicon),
	REG(man_and_woman_of_one_surname_are_two_persons),
	REG(name_in_brackets_after_an_office_is_an_alias),
	REG(unknown_given_name_before_a_region_word_where_a_person_stands),
	REG(person_surname_in_capitals_after_given_name),
	REG(person_surname_shaped_like_a_currency),
	REG(person_patronymic_agrees_with_given_name),
	REG(surname_alone_as_the_subject_of_a_verb),
	REG(surname_alone_in_an_oblique_case_after_a_verb_or_preposition),
	REG(surname_alone_as_the_subject_after_a_verb_of_speech_or_past_an_adverb),
	REG(surname_alone_coordinated_with_a_governed_surname),
	REG(surname_alone_after_a_noun_of_speech_or_opinion),
	REG(person_undeclined_given_and_surname_in_u_after_a_verb),
	REG(initials_and_oblique_surname_join_the_named_person),
	REG(office_attaches_role_and_country),
	REG(descriptor_resolves_to_named_person),
	REG(descriptor_by_foreign_ministry),
	REG(agreement_title_period_status),
	REG(agreement_declaration_between_states),
	REG(agreement_planned),
	REG(agreement_announced_then_signed_merge),
	REG(agreement_status_in_force_and_intended),
	REG(agreement_named_with_capitals),
	REG(agreement_generic_mention_carries_status),
	REG(agreement_new_one_is_not_the_old_one),
	REG(agreement_adjective_only_name_merges),
	REG(agreement_two_countries_of_the_story),
	REG(agreement_between_companies_is_not_one),
	REG(agreement_signatories_at_the_verb),
	REG(agreement_titles_alike_only_in_parties_stay_apart),
	REG(agreement_long_then_short_form),
	REG(agreement_contract_needs_a_state_side),
	REG(agreement_title_stops_before_auxiliary),
	REG(amounts_scaled_and_currency),
	REG(amounts_in_words),
	REG(amount_currency_abbreviations),
	REG(quote_attribution_after),
	REG(quote_attribution_before),
	REG(quote_pronoun_by_gender_and_subject),
	REG(quote_carried_speaker_of_earlier_verb),
	REG(quote_by_generic_office_word),
	REG(quote_by_generic_office_word_for_a_deputy),
	REG(quote_pronoun_for_a_woman_the_lexicon_knows),
	REG(quote_split_and_sentence_final_attribution),
	REG(quote_headline_and_other_verbs_after_dash),
	REG(quote_short_or_unattributed_is_skipped),
	REG(event_visit_guest_host),
	REG(event_visit_by_office_or_delegation),
	REG(event_summit_chair_takes_part),
	REG(event_visit_at_home_is_none),
	REG(agreement_parties_are_bodies_of_states_by_canonical_name),
	REG(agreement_term_in_years_and_generic_mention_after_an_adverb),
	REG(agreement_statement_only_when_signed_and_body_documents_of_a_summit),
	REG(event_summit_told_twice_and_bilateral_meetings_on_its_margins),
	REG(event_summit_host_of_a_place_named_by_its_short_name),
	REG(event_visit_by_verb_and_unnamed_visitor),
	REG(event_visit_in_preparation_is_planned),
	REG(event_none_for_an_interview_a_doubt_or_islands),
	REG(event_visit_on_the_eve_and_adverbial),
	REG(event_talks_with_a_body_official),
	REG(event_infinitive_keeps_the_future),
	REG(event_sides_from_office_and_between),
	REG(event_called_off_or_with_journalists_is_none),
	REG(event_one_officials_press_conference_is_no_briefing),
	REG(event_union_negotiations_are_no_talks),
	REG(event_briefing_follows_talks_and_talks_with_a_body),
	REG(event_phone_call_and_briefing),
	REG(hostile_empty_and_spaces),
	REG(hostile_binary_junk),
	REG(hostile_many_quotes),
	REG(sentence_spans),
	REG(hostile_scripts),
	REG(hostile_offsets_after_astral),
	REG(interrupt_cancels),
	REG(organisation_names_go_on_past_words_like_pronouns),
	REG(company_names_closed_by_a_legal_form),
	REG(body_of_two_portfolios_joined_by_and),
	REG(body_the_lexicon_knows_of_a_state_part),
	REG(latin_prose_names_no_bodies),
	REG(place_after_a_short_word_and_a_hyphen),
	REG(capital_after_a_place_word_and_a_state_noun),
	REG(place_inside_a_quoted_name_of_capitalised_words),
	REG(adjective_after_a_town_is_part_of_its_name),
	REG(seat_after_na_in_the_accusative_is_the_body),
	REG(heavenly_bodies_are_place_mentions_but_no_locations),
	REG(seat_in_the_genitive_after_a_generic_place_is_the_city),
	REG(latin_name_goes_on_past_its_number),
	REG(court_of_a_place_first_in_a_sentence),
	REG(man_surname_in_a_declined_by_the_given_name_case),
	REG(given_name_before_a_town_shaped_surname_and_a_woman_in_a_consonant),
	REG(three_part_foreign_name),
	REG(three_part_name_with_an_unknown_first_given_name),
	REG(three_part_name_first_in_a_sentence_or_with_a_particle),
	REG(undeclined_name_in_u_next_to_a_mans_verb_of_speech),
	REG(story_surname_in_the_genitive_before_another_name),
	REG(man_in_the_instrumental_with_a_surname_in_a),
	REG(short_given_name_in_an_oblique_case),
	REG(currency_shaped_surname_after_an_initial_or_an_unknown_given_name),
	REG(unknown_given_name_and_surname_first_in_a_sentence_before_a_verb),
	REG(unknown_given_name_and_surname_first_before_a_present_verb_or_an_office),
	REG(given_name_shaped_like_an_office_word),
	REG(place_shaped_surname_of_the_story_after_an_initial),
	REG(surname_before_two_initials),
	REG(surname_alone_takes_its_particles),
	REG(name_after_a_preposition_of_place),
	REG(unknown_pair_with_its_latin_spelling_before_a_verb),
	REG(forms_of_a_lexicon_surname_in_oi),
	REG(given_name_spelt_with_yo_as_written),
	REG(surnames_alone_after_a_plural_office),
	REG(name_with_particles_after_an_office_and_its_surname_alone),
	REG(state_name_as_a_given_name_after_an_age_or_a_verb),
	REG(pair_with_a_rare_noun_first_before_a_verb_of_speech),
	REG(surname_alone_first_before_an_office_in_apposition),
	REG(surname_alone_after_an_honorific),
	REG(body_word_before_a_dictionary_given_name_after_an_office),
	REG(three_part_name_with_a_middle_word_of_another_case),
	REG(given_name_spelt_as_a_particle_opens_a_name),
	REG(body_name_before_a_name_after_a_body_noun),
	REG(woman_before_her_verb_and_a_surname_subject_in_ov),
	REG(story_surname_after_an_office_before_another_name_read_first),
	REG(surname_of_an_adjectives_ending_after_an_office_in_an_oblique_case),
	REG(three_word_name_in_an_oblique_case_after_an_office),
	REG(given_name_in_e_of_its_own_where_no_prepositional_stands),
	REG(surname_alone_after_an_opening_adverb_or_conjunction_or_before_kak),
	REG(lexicon_surname_after_an_office_of_another_class_is_another_person),
	REG(currency_form_before_an_unknown_capitalised_word_is_a_given_name),
	REG(three_word_name_with_a_genitive_first_word_after_an_office),
	REG(surname_before_a_plural_verb_that_is_also_a_noun),
	REG(woman_or_mans_genitive_read_by_the_words_that_agree),
	REG(woman_or_mans_genitive_past_participles_commas_and_offices),
	REG(woman_predicate_of_an_earlier_subject_leaves_a_mans_genitive),
	REG(woman_verb_before_an_office_and_the_name),
	REG(unknown_given_name_and_surname_first_before_a_womans_participle),
	REG(surname_alone_after_an_office_and_its_place),
	REG(lexicon_surname_after_a_noun_of_a_thing_named_after_a_person),
	REG(surname_alone_after_an_office_and_a_body_noun_of_the_dictionary),
	REG(surname_alone_after_a_ranked_post_in_an_oblique_case),
	SUITE_END
};
