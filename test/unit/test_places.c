/* test_places.c - states and places: names inside other names, regions, former states. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PUBLISHED 20240501

#define run(text) UNIT_RUN((text), PUBLISHED)

/* the kind of the mention of surface, or -1 when there is none */
static int
kind_of(const dx_result *r, const char *surface)
{
	const dx_mention *m = unit_mention(r, surface);

	return m ? (int) m->kind : -1;
}

TEST(state_inside_a_quoted_or_hyphenated_name_is_no_mention)
{
	const char *text = "Депутаты фракции «Светлая Армения» поддержали закон. "
		"Лидер движения \"Джамаат-и-Ислами Бангладеш\" выступил в Дакке. "
		"Об этом сообщило агентство Интерфакс-Казахстан. "
		"Форум «Россия — Африка» прошел в Сочи.";
	dx_result  *r = run(text);

	/* a word of the quoted name names no state: the name is a party's */
	CHECK_INT_EQ(kind_of(r, "Армения"), -1);
	CHECK_INT_EQ(kind_of(r, "Бангладеш"), -1);
	/* a body the lexicon knows and a state joined by a hyphen: an agency's own name */
	CHECK_INT_EQ(kind_of(r, "Казахстан"), -1);
	/* a quoted pair of states names them */
	CHECK_INT_EQ(kind_of(r, "Россия"), DX_COUNTRY);
	CHECK_INT_EQ(kind_of(r, "Дакке"), DX_LOCATION);
	dx_result_free(r);
}

TEST(place_like_an_adjective_before_a_word_it_does_not_agree_with)
{
	const char *text = "Вчера в Грозном открылась выставка ковров. "
		"Инженеры нашли утечку на Северном потоке.";
	dx_result  *r = run(text);

	/* Грозном and открылась do not agree: the city */
	CHECK_INT_EQ(kind_of(r, "Грозном"), DX_LOCATION);
	/* Северном agrees with потоке: an adjective of its noun, no place */
	CHECK_INT_EQ(kind_of(r, "Северном"), -1);
	dx_result_free(r);
}

TEST(former_state_is_a_place_mention_without_an_entity)
{
	const char *text = "Эти земли в 1945 году отошли к Советскому Союзу, а потом спорили о границах ГДР.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Советскому Союзу");
	int			i;

	CHECK(m != NULL);
	if (m)
	{
		CHECK_INT_EQ(m->kind, DX_LOCATION);
		CHECK_STR_EQ(m->normal, "Советский Союз");
		CHECK_INT_EQ(m->entity, -1);
	}
	CHECK_INT_EQ(kind_of(r, "ГДР"), DX_LOCATION);
	/* neither a country nor a location entity */
	for (i = 0; r && i < r->nentities; i++)
		CHECK(r->entities[i].kind != DX_COUNTRY && r->entities[i].kind != DX_LOCATION);
	dx_result_free(r);
}

TEST(region_the_dictionary_knows_beside_a_common_noun)
{
	const char *text = "Фермеры Забайкалья собрали урожай. "
		"Рыбаки из Приморья вышли в море. "
		"Отношения между Москвой и Западом остаются сложными.";
	dx_result  *r = run(text);
	const dx_mention *m;

	/* a capitalised first word of its sentence is no part of a name */
	m = unit_mention(r, "Забайкалья");
	CHECK(m != NULL && m->kind == DX_LOCATION && unit_entity_of(r, m) != NULL);
	if (m)
		CHECK_STR_EQ(m->normal, "Забайкалье");
	/* приморье is also a common noun; capitalised inside a sentence, the region */
	m = unit_mention(r, "Приморья");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Приморье");
	/* a side of the world names a bloc of states: a place mention, no location entity */
	m = unit_mention(r, "Западом");
	CHECK(m != NULL && m->kind == DX_LOCATION && m->entity == -1);
	CHECK(unit_entity(r, DX_LOCATION, "Запад") == NULL);
	dx_result_free(r);
}

TEST(first_word_known_to_the_dictionary_not_as_a_place)
{
	const char *text = "Банки снизили ставки. Обе сделки закрыты. "
		"Пресс-служба сообщила: «Королева приняла послов». "
		"Рыбаки живут на Оби.";
	dx_result  *r = run(text);

	/* обе is a numeral and королева a noun: no forms of the river Обь or the town Королёв */
	CHECK_INT_EQ(kind_of(r, "Обе"), -1);
	CHECK_INT_EQ(kind_of(r, "Королева"), -1);
	CHECK_INT_EQ(kind_of(r, "Оби"), DX_LOCATION);
	dx_result_free(r);
}

TEST(dictionary_place_in_the_genitive_after_a_body)
{
	const char *text = "Проект внесли в парламент Чечни на прошлой неделе.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Чечни");

	/* the body's place, not its name */
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Чечня");
	dx_result_free(r);
}

TEST(dictionary_place_in_the_genitive_after_a_generic_noun)
{
	const char *text = "Школа открылась в районе Татарстана. Жители района Кунцево довольны.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Татарстана");

	/* a place of its own in the nominative, not a district named Татарстана */
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Татарстан");
	/* an indeclinable name after the noun names the noun's place */
	m = unit_mention(r, "Кунцево");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	dx_result_free(r);
}

TEST(residence_and_port_name_a_place)
{
	const char *text = "Лидеры встретились в загородной резиденции Кэмп-Дэвид. "
		"Танкер с газом вышел из порта Сабетта.";
	dx_result  *r = run(text);

	CHECK_INT_EQ(kind_of(r, "Кэмп-Дэвид"), DX_LOCATION);
	CHECK_INT_EQ(kind_of(r, "Сабетта"), DX_LOCATION);
	dx_result_free(r);
}

TEST(capital_after_a_twin_city_is_the_city)
{
	const char *text = "Краков давно стал побратимом Вены.";
	dx_result  *r = run(text);

	CHECK_INT_EQ(kind_of(r, "Вены"), DX_LOCATION);
	dx_result_free(r);
}

TEST(dictionary_place_with_a_surname_like_ending)
{
	const char *text = "Лодки вышли в Неву утром, а суда ушли к берегам Сахалина.";
	dx_result  *r = run(text);
	const dx_mention *m;

	/* -еву, -ина look like a surname's endings, but the dictionary knows the word only as a place */
	m = unit_mention(r, "Неву");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Нева");
	m = unit_mention(r, "Сахалина");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	dx_result_free(r);
}

TEST(possessive_adjective_of_the_short_declension_in_a_place_name)
{
	const char *text = "Траулеры ловили треску в Баренцевом море всю зиму. "
		"Ледокол провёл караван через воды Берингова пролива. "
		"Яхты стояли у Азовского моря, а ответ подписала Петрова О. В. вчера.";
	dx_result  *r = run(text);
	const dx_mention *m;

	/* баренцев, берингов decline short: the neuter is -о, the masculine the bare stem */
	m = unit_mention(r, "Баренцевом море");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Баренцево море");
	m = unit_mention(r, "Берингова пролива");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Берингов пролив");
	/* a full adjective keeps the full declension */
	m = unit_mention(r, "Азовского моря");
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Азовское море");
	/* a surname before an initial is no place (о. for остров) */
	CHECK_INT_EQ(kind_of(r, "Петрова О"), -1);
	dx_result_free(r);
}

TEST(capital_whose_status_as_a_city_is_spoken_of_is_the_city)
{
	const char *text = "Сенат США признал Иерусалим столицей, сообщили депутаты. "
		"Правительство считает Киев ответственным за срыв переговоров.";
	dx_result  *r = run(text);

	/* recognised as a capital: the city */
	CHECK_INT_EQ(kind_of(r, "Иерусалим"), DX_LOCATION);
	/* held responsible: the state */
	CHECK_INT_EQ(kind_of(r, "Киев"), DX_COUNTRY);
	dx_result_free(r);
}

/*
 * A city that is the seat of a body (Брюссель for the European Union)
 * standing for the body is one mention of a place's name, of the body's
 * entity; used as a place it is the city, in its state.  A building that is
 * a seat (Кремль) standing for its body stays the body's name.
 */
TEST(city_seat_standing_for_its_body_is_a_place_name_of_the_body)
{
	const char *text = "Брюссель пригрозил Лондону пошлинами. "
		"Рим готов к уступкам Брюсселю. "
		"Кремль назвал пошлины ошибкой. "
		"Министры соберутся в Брюсселе в четверг.";
	dx_result  *r = run(text);
	const char *forms[] = {"Брюссель", "Брюсселю"};
	const dx_mention *m;
	const dx_entity *e;
	size_t		f;
	int			k,
				n;

	for (f = 0; f < sizeof(forms) / sizeof(forms[0]); f++)
	{
		/* one mention per span, a place's name, of the Union */
		for (k = n = 0; r && k < r->nmentions; k++)
			n += strcmp(r->mentions[k].surface, forms[f]) == 0;
		CHECK_INT_EQ(n, 1);
		m = unit_mention(r, forms[f]);
		e = m ? unit_entity_of(r, m) : NULL;
		CHECK(m != NULL && m->kind == DX_LOCATION && m->form == DX_FORM_NAME &&
			  strcmp(m->normal, "Брюссель") == 0);
		CHECK(e != NULL && e->kind == DX_ORGANIZATION && strcmp(e->name, "Европейский союз") == 0);
	}
	CHECK_INT_EQ(kind_of(r, "Кремль"), DX_ORGANIZATION);
	/* the place: the city of Belgium */
	m = unit_mention(r, "Брюсселе");
	e = m ? unit_entity_of(r, m) : NULL;
	CHECK(m != NULL && m->kind == DX_LOCATION);
	CHECK(e != NULL && e->kind == DX_LOCATION && e->country != NULL && strcmp(e->country, "BE") == 0);
	dx_result_free(r);

	/* the body is still a side of the talks the city's name tells */
	r = run("Лондон и Брюссель начали переговоры о торговом соглашении.");
	CHECK(r != NULL && r->nagreements == 1);
	if (r && r->nagreements == 1)
	{
		const dx_agreement *g = &r->agreements[0];
		int			eu = 0;

		for (k = 0; k < g->nparties; k++)
			eu += strcmp(g->parties[k], "Европейский союз") == 0;
		CHECK_INT_EQ(eu, 1);
	}
	dx_result_free(r);
}

/* a seat that is a street (Даунинг-стрит) standing for its body: a place's name of the body */
TEST(street_seat_standing_for_its_body_is_a_place_name_of_the_body)
{
	dx_result  *r = run("Представитель Даунинг-стрит отказался от комментариев.");
	const dx_mention *m = unit_mention(r, "Даунинг-стрит");
	const dx_entity *e = m ? unit_entity_of(r, m) : NULL;
	int			k,
				n = 0;

	for (k = 0; r && k < r->nmentions; k++)
		n += strcmp(r->mentions[k].surface, "Даунинг-стрит") == 0;
	CHECK_INT_EQ(n, 1);
	CHECK(m != NULL && m->kind == DX_LOCATION);
	CHECK(e != NULL && e->kind == DX_ORGANIZATION && e->country != NULL && strcmp(e->country, "GB") == 0);
	dx_result_free(r);
}

/* regions the generated data lack or name otherwise: Приморье, Гагаузия, Панджаб */
TEST(regions_named_as_the_news_names_them)
{
	const char *text = "Губернатор Приморья заявил о тайфуне. "
		"Выборы башкана прошли в Гагаузии. "
		"Протесты охватили Панджаб и Синд.";
	dx_result  *r = run(text);
	const dx_entity *e;

	CHECK_INT_EQ(kind_of(r, "Приморья"), DX_LOCATION);
	CHECK_INT_EQ(kind_of(r, "Гагаузии"), DX_LOCATION);
	CHECK_INT_EQ(kind_of(r, "Панджаб"), DX_LOCATION);
	e = unit_entity(r, DX_LOCATION, "Гагаузия");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "MD") == 0);
	dx_result_free(r);
}

/* a hyphenated name written with a space: one place, one state */
TEST(hyphenated_name_written_with_a_space)
{
	const char *text = "Конференция прошла в Лас Вегасе. "
		"Делегация Коста Рики прибыла в пятницу.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Лас Вегасе");

	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Лас Вегас") == 0);
	m = unit_mention(r, "Коста Рики");
	CHECK(m != NULL && m->kind == DX_COUNTRY && unit_entity_of(r, m) != NULL &&
		  unit_entity_of(r, m)->code != NULL && strcmp(unit_entity_of(r, m)->code, "CR") == 0);
	CHECK(unit_mention(r, "Рики") == NULL);
	dx_result_free(r);
}

/* a bridge, a ring road and a pole named by adjectives are places like a sea is */
TEST(bridge_ring_and_pole_named_by_adjectives)
{
	const char *text = "Грузовики пошли по Крымскому мосту. "
		"Пробки растут на Садовом кольце. "
		"Экспедиция достигла Южного полюса.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Крымскому мосту");

	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Крымский мост") == 0);
	m = unit_mention(r, "Садовом кольце");
	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Садовое кольцо") == 0);
	m = unit_mention(r, "Южного полюса");
	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Южный полюс") == 0);
	dx_result_free(r);
}

/* two places of one noun named together: "Белого и Баренцева морей" */
TEST(coordinated_adjectives_before_a_plural_place_noun)
{
	const char *text = "Рыбаки вышли в воды Белого и Баренцева морей.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Белого");

	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Белое") == 0 &&
		  unit_entity_of(r, m) != NULL && strcmp(unit_entity_of(r, m)->name, "Белое море") == 0);
	m = unit_mention(r, "Баренцева морей");
	CHECK(m != NULL && m->kind == DX_LOCATION && strcmp(m->normal, "Баренцево море") == 0);
	dx_result_free(r);
}

TEST(place_named_by_an_alias_is_the_entity_of_its_canonical_name)
{
	const char *text = "Вечером туристы приехали в Петербург. "
		"Утром в Санкт-Петербурге открылась ярмарка, а к обеду гости покинули Петербург.";
	dx_result  *r = run(text);
	const dx_entity *e = unit_entity(r, DX_LOCATION, "Санкт-Петербург");
	const dx_mention *m = unit_mention(r, "Петербург");
	int			i,
				n = 0;

	/* one entity for both names, named by the canonical name once the story uses it */
	for (i = 0; r && i < r->nentities; i++)
		n += r->entities[i].kind == DX_LOCATION;
	CHECK_INT_EQ(n, 1);
	CHECK(e != NULL);
	if (e)
	{
		CHECK(unit_has(e->aliases, e->naliases, "Петербург"));
		CHECK_INT_EQ(e->mentions, 3);
	}
	CHECK(unit_entity(r, DX_LOCATION, "Петербург") == NULL);
	/* the mention keeps the text's own name in the nominative */
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Петербург");
	dx_result_free(r);
	/* a story that never uses the canonical name keeps its own */
	r = run("Вечером туристы приехали в Петербург.");
	CHECK(unit_entity(r, DX_LOCATION, "Петербург") != NULL);
	dx_result_free(r);
}

TEST(abbreviation_with_a_dot_is_no_declined_place_form)
{
	const char *text = "Цифры округлены (прим. авт.). Прим. ред.: данные за май. "
		"Выборы прошли в Пакистане. наблюдатели их признали.";
	dx_result  *r = run(text);
	int			i;

	/* прим. for примечание spells a form the rules give the capital Прая */
	for (i = 0; r && i < r->nmentions; i++)
		CHECK(strcmp(r->mentions[i].normal, "Прая") != 0);
	CHECK(unit_entity(r, DX_COUNTRY, "Кабо-Верде") == NULL);
	/* a place's form the dictionary knows stays a place before a dot */
	CHECK_INT_EQ(kind_of(r, "Пакистане"), DX_COUNTRY);
	dx_result_free(r);
}

TEST(town_named_by_an_adjective)
{
	const char *text = "Новый мост построят в Волжском к осени. "
		"Рабочие Волжского получили премии. "
		"Волжский автозавод сменил владельца. "
		"Фермеры Хмельницкой области собрали урожай.";
	dx_result  *r = run(text);
	const dx_mention *m = unit_mention(r, "Волжском");

	/* the adjective's locative after в: Волжский, not Волжск */
	CHECK(m != NULL && m->kind == DX_LOCATION);
	if (m)
		CHECK_STR_EQ(m->normal, "Волжский");
	CHECK_INT_EQ(kind_of(r, "Волжского"), DX_LOCATION);
	/* before a noun it agrees with, an adjective */
	CHECK(unit_mention(r, "Волжский") == NULL || unit_mention(r, "Волжский")->kind != DX_LOCATION);
	/* a feminine form is none of the town Хмельницкий's */
	m = unit_mention(r, "Хмельницкой");
	CHECK(m == NULL || strcmp(m->normal, "Хмельницкий") != 0);
	dx_result_free(r);
}

/* the number of person entities of the result */
static int
persons_of(const dx_result *r)
{
	int			k,
				n = 0;

	for (k = 0; k < r->nentities; k++)
		n += r->entities[k].kind == DX_PERSON;
	return n;
}

TEST(town_after_an_office_is_its_place_not_a_name)
{
	const char *text = "Об этом заявил мэр Стамбула. "
		"Губернатор Петербурга провел совещание с мэром Минска.";
	dx_result  *r = run(text);

	/* a town in another form than its name, after an office and before no name */
	CHECK_INT_EQ(persons_of(r), 0);
	CHECK_INT_EQ(kind_of(r, "Стамбула"), DX_LOCATION);
	CHECK_INT_EQ(kind_of(r, "Петербурга"), DX_LOCATION);
	dx_result_free(r);
	/* a town's form written as the town is named stays a surname after an office */
	r = run("Об этом заявил советник Болтон.");
	CHECK_INT_EQ(persons_of(r), 1);
	CHECK_INT_EQ(kind_of(r, "Болтон"), DX_PERSON);
	dx_result_free(r);
	/* a name after the town: the holder of the office */
	r = run("Мэр Стамбула Экрем Имамоглу выступил на митинге.");
	CHECK_INT_EQ(persons_of(r), 1);
	CHECK_INT_EQ(kind_of(r, "Стамбула"), DX_LOCATION);
	dx_result_free(r);
}

/* a state's other adjective: монегасский as well as монакский */
TEST(state_named_by_its_other_adjective)
{
	dx_result  *r = run("Монегасская делегация прибыла в Рим на переговоры с итальянскими партнёрами.");
	const dx_entity *e = unit_entity(r, DX_COUNTRY, "Монако");

	CHECK(e != NULL && e->code != NULL && strcmp(e->code, "MC") == 0);
	CHECK_INT_EQ(kind_of(r, "Монегасская"), DX_COUNTRY);
	dx_result_free(r);
}

SUITE(places_tests) = {
	REG(state_inside_a_quoted_or_hyphenated_name_is_no_mention),
	REG(place_like_an_adjective_before_a_word_it_does_not_agree_with),
	REG(former_state_is_a_place_mention_without_an_entity),
	REG(region_the_dictionary_knows_beside_a_common_noun),
	REG(first_word_known_to_the_dictionary_not_as_a_place),
	REG(dictionary_place_in_the_genitive_after_a_body),
	REG(dictionary_place_in_the_genitive_after_a_generic_noun),
	REG(residence_and_port_name_a_place),
	REG(capital_after_a_twin_city_is_the_city),
	REG(dictionary_place_with_a_surname_like_ending),
	REG(possessive_adjective_of_the_short_declension_in_a_place_name),
	REG(capital_whose_status_as_a_city_is_spoken_of_is_the_city),
	REG(city_seat_standing_for_its_body_is_a_place_name_of_the_body),
	REG(street_seat_standing_for_its_body_is_a_place_name_of_the_body),
	REG(regions_named_as_the_news_names_them),
	REG(hyphenated_name_written_with_a_space),
	REG(bridge_ring_and_pole_named_by_adjectives),
	REG(coordinated_adjectives_before_a_plural_place_noun),
	REG(place_named_by_an_alias_is_the_entity_of_its_canonical_name),
	REG(abbreviation_with_a_dot_is_no_declined_place_form),
	REG(town_named_by_an_adjective),
	REG(town_after_an_office_is_its_place_not_a_name),
	REG(state_named_by_its_other_adjective),
	SUITE_END
};
