/* test_agreements.c - the agreements pass on sentences of its own: status, parties, documents that are none. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PUBLISHED 20240501

/* the one agreement of a text, or NULL (the result is kept in *rp) */
static const dx_agreement *
one_agreement(const char *text, dx_result **rp)
{
	dx_result  *r = unit_extract(text, PUBLISHED);

	*rp = r;
	CHECK(r != NULL);
	if (r == NULL)
		return NULL;
	CHECK_INT_EQ(r->nagreements, 1);
	return r->nagreements == 1 ? &r->agreements[0] : NULL;
}

/* a future perfective in -ат/-ят (заключат) is a plan, as the dictionary says */
TEST(agreement_status_future_from_dictionary)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Россия и Китай заключат соглашение о сотрудничестве в "
										  "области энергетики.", &r);

	if (g)
		CHECK_STR_EQ(g->status, "planned");
	dx_result_free(r);
	g = one_agreement("Россия и Китай заключили соглашение о сотрудничестве в области энергетики.", &r);
	if (g)
		CHECK_STR_EQ(g->status, "signed");
	dx_result_free(r);
}

/* a state after a preposition that names no side is a place or a topic, not a party */
TEST(agreement_states_merely_present)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("В Испании Россия и Китай подписали соглашение о "
										  "сотрудничестве в области образования.", &r);

	if (g)
	{
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "RU"));
		CHECK(unit_has(g->parties, g->nparties, "CN"));
	}
	dx_result_free(r);
	/* a list after the preposition: its every state */
	g = one_agreement("После переговоров в Турции и Египте Россия и Индия подписали соглашение о "
					  "поставках зерна.", &r);
	if (g)
	{
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(!unit_has(g->parties, g->nparties, "TR"));
		CHECK(!unit_has(g->parties, g->nparties, "EG"));
	}
	dx_result_free(r);
	/* "у" names the side that has the document */
	g = one_agreement("У Грузии уже есть Соглашение об ассоциации.", &r);
	if (g)
		CHECK(unit_has(g->parties, g->nparties, "GE"));
	dx_result_free(r);
}

/* a programme or contract of one state, not concluded, is a domestic one */
TEST(agreement_domestic_programme)
{
	dx_result  *r = unit_extract("Правительство Грузии представило программу развития "
								 "жилищного строительства в регионах.", PUBLISHED);

	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
	r = unit_extract("Украина планирует заключить новый транзитный контракт на поставку газа.",
					 PUBLISHED);
	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
}

/* a bank named in Latin letters with a state in its name buys a stake: a firm's deal */
TEST(agreement_latin_bank_name)
{
	dx_result  *r = unit_extract("Крупный банк (Royal Bank of Canada) подписал соглашение о покупке "
								 "контрольной доли в немецком отделении Bank of Tokyo.", PUBLISHED);

	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
}

/* a participle says what was done with a document, not what it is about: no name */
TEST(agreement_participle_names_nothing)
{
	dx_result  *r = unit_extract("Бельгия опасается, что Великобритания покинет Евросоюз без "
								 "договоренного соглашения.", PUBLISHED);

	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
	r = unit_extract("Эксперты Франции обсудили, как Великобритания будет жить без обещанного "
					 "соглашения с Евросоюзом.", PUBLISHED);
	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
}

/* a document of persons or firms is no agreement between states, whoever signs it */
TEST(agreement_private_documents)
{
	static const char *const texts[] = {
		"Министр труда Испании подписал с профсоюзами коллективное трудовое соглашение на 2025 год.",
		"Чиновники обязаны подавать Декларацию о доходах до 30 апреля.",
		"Премьер Италии утвердил заявление об отставке министра обороны.",
		"Правительство Чехии и Германии подписали протокол испытаний новой вакцины.",
	};
	size_t		i;
	dx_result  *r;
	const dx_agreement *g;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		r = unit_extract(texts[i], PUBLISHED);
		CHECK(r != NULL);
		if (r)
			CHECK_INT_EQ(r->nagreements, 0);
		dx_result_free(r);
	}
	/* an adjective that opens the tail is not asked */
	g = one_agreement("Армения и Россия подписали Договор о коллективной безопасности.", &r);
	if (g)
		CHECK_STR_EQ(g->title, "Договор о коллективной безопасности");
	dx_result_free(r);
}

/* a tail that names the other side and then what about names the document */
TEST(agreement_partner_and_topic)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Канцлер Австрии обсудил перспективы договора с Японией о "
										  "ДЕПО.", &r);

	if (g)
	{
		CHECK_STR_EQ(g->title, "Договор с Японией о ДЕПО");
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "JP"));
		CHECK(unit_has(g->parties, g->nparties, "AT"));
	}
	dx_result_free(r);
}

/* "соглашение двух стран": the pair in the genitive opens the title's tail */
TEST(agreement_of_the_two_states)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Министры Норвегии и Исландии встретились в Осло. В прошлом "
										  "году межправительственное соглашение двух стран по вопросам "
										  "рыболовства было продлено до 2035 года.", &r);

	if (g)
	{
		CHECK_STR_EQ(g->title, "Межправительственное соглашение двух стран по вопросам рыболовства");
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "NO"));
		CHECK(unit_has(g->parties, g->nparties, "IS"));
	}
	dx_result_free(r);
}

/* a compound adjective of two states heads the title and names both parties, in the plural too */
TEST(agreement_compound_state_adjective)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Министры подписали казахстанско-узбекское соглашение о "
										  "торговле.", &r);

	if (g)
	{
		CHECK_STR_EQ(g->title, "Казахстанско-узбекское соглашение о торговле");
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "KZ"));
		CHECK(unit_has(g->parties, g->nparties, "UZ"));
	}
	dx_result_free(r);
	g = one_agreement("Эксперты считают, что публикации направлены на подрыв российско-китайских "
					  "соглашений о поставках газа.", &r);
	if (g)
	{
		CHECK_STR_EQ(g->title, "Российско-китайские соглашения о поставках газа");
		CHECK_INT_EQ(g->nparties, 2);
		CHECK_STR_EQ(g->status, "other");
	}
	dx_result_free(r);
	/* other adjectives of a plural name a kind of documents */
	r = unit_extract("Эксперты обсудили международные договоры о торговле.", PUBLISHED);
	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
}

/* a protocol with no verb of its own, right after a treaty, is a part of it: its parties and status */
TEST(agreement_protocol_of_a_treaty)
{
	dx_result  *r = unit_extract("Министры России и Китая обсудили проект договора о сотрудничестве в "
								 "Арктике. К нему приложен протокол о совместном патрулировании "
								 "морских путей у берегов Норвегии.", PUBLISHED);
	int			i;

	CHECK(r != NULL);
	if (r == NULL)
		return;
	CHECK_INT_EQ(r->nagreements, 2);
	for (i = 0; i < r->nagreements; i++)
	{
		const dx_agreement *g = &r->agreements[i];

		if (strcmp(g->doc_type, "protocol") != 0)
			continue;
		CHECK_STR_EQ(g->status, "negotiated");
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "RU"));
		CHECK(unit_has(g->parties, g->nparties, "CN"));
		CHECK(!unit_has(g->parties, g->nparties, "NO"));
	}
	dx_result_free(r);
}

/* a negated future of signing: the document is still on the table; a negated past tells of none */
TEST(agreement_status_negated_sign)
{
	static const char *const texts[][2] = {
		{"Премьер Польши заявил, что Варшава не подпишет соглашение о миграции с ЕС.", "negotiated"},
		{"Премьер Польши заявил, что Польша не будет подписывать соглашение о миграции с ЕС.", "negotiated"},
		{"Польша так и не подписала соглашение о миграции с ЕС.", "other"},
	};
	size_t		i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		dx_result  *r;
		const dx_agreement *g = one_agreement(texts[i][0], &r);

		if (g)
			CHECK_STR_EQ(g->status, texts[i][1]);
		dx_result_free(r);
	}
}

/* "стороны" with no side named: the two sides of the sentence before, not the story's main states */
TEST(agreement_both_sides_from_previous_sentence)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Франция и Германия внимательно следят за событиями в Азии. "
										  "Переговоры между Токио и Сеулом идут с весны. Текст "
										  "соглашения о квотах на вылов рыбы стороны должны "
										  "согласовать к осени. Франция и Германия готовы помочь, "
										  "заявили в Париже и Берлине.", &r);

	if (g)
	{
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "JP"));
		CHECK(unit_has(g->parties, g->nparties, "KR"));
		CHECK_STR_EQ(g->status, "negotiated");
		/* "стороны" before the verb is its subject, no part of the title */
		CHECK_STR_EQ(g->title, "Соглашение о квотах на вылов рыбы");
	}
	dx_result_free(r);
}

/* the seat of a presidency speaks for its state, as a person does */
TEST(agreement_seat_speaks_for_its_state)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Экономика Польши растет. Новый транзитный договор с Киевом "
										  "Белый дом намерен подписать осенью.", &r);

	if (g)
	{
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "UA"));
		CHECK(unit_has(g->parties, g->nparties, "US"));
		CHECK(!unit_has(g->parties, g->nparties, "PL"));
	}
	dx_result_free(r);
}

/* "мирный договор" then "мирное соглашение" with the same side: one document */
TEST(agreement_treaty_agreement_synonyms)
{
	dx_result  *r = unit_extract("В Каире прошли демонстрации с требованием разорвать мирный договор "
								 "с Ливией из-за событий на границе. Египтяне требуют разорвать "
								 "мирное соглашение с Ливией.", PUBLISHED);

	CHECK(r != NULL);
	if (r)
	{
		CHECK_INT_EQ(r->nagreements, 1);
		if (r->nagreements == 1)
			CHECK(unit_has(r->agreements[0].aliases, r->agreements[0].naliases,
						   "Мирное соглашение с Ливией"));
	}
	dx_result_free(r);
	/* documents about different things stay two */
	r = unit_extract("Россия и Китай подписали торговый договор о поставках зерна. Россия и Китай "
					 "также подписали торговое соглашение о поставках риса.", PUBLISHED);
	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 2);
	dx_result_free(r);
}

/* the charter of an international body named after it is a cited document; the body is no party */
TEST(agreement_charter_of_a_body)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Согласно уставу ШОС, решения принимаются консенсусом.", &r);

	if (g)
	{
		CHECK_STR_EQ(g->doc_type, "charter");
		CHECK_STR_EQ(g->title, "Устав ШОС");
		CHECK_INT_EQ(g->nparties, 0);
		CHECK_STR_EQ(g->status, "other");
	}
	dx_result_free(r);
	/* a company's charter is none */
	r = unit_extract("Согласно уставу Газпрома, совет директоров избирается ежегодно.", PUBLISHED);
	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
}

/* a programme only discussed is one of activity, unless its title names the sides */
TEST(agreement_programme_of_activity)
{
	dx_result  *r = unit_extract("Россия и Китай обсудили ядерную программу Ирана.", PUBLISHED);
	const dx_agreement *g;

	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
	g = one_agreement("Министры обсудили программу сотрудничества между Россией и Китаем "
					  "на 2025-2027 годы.", &r);
	if (g)
		CHECK_STR_EQ(g->status, "negotiated");
	dx_result_free(r);
	/* both sides spoken of: a plan the two ministries agreed on */
	g = one_agreement("Министры России и Индии встретились в Москве. Стороны согласовали план "
					  "консультаций между министерствами на 2026-2027 годы.", &r);
	if (g)
		CHECK_STR_EQ(g->status, "negotiated");
	dx_result_free(r);
}

/* a bare document noun with a capital refers back to the document named before */
TEST(agreement_bare_capital_refers_back)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Россия и Сербия обсудили проект Соглашения о свободной "
										  "торговле. Проект Соглашения будет направлен Совету "
										  "Европы для изучения.", &r);

	if (g)
	{
		CHECK_STR_EQ(g->title, "Соглашение о свободной торговле");
		CHECK_STR_EQ(g->status, "negotiated");
	}
	dx_result_free(r);
}

/* a verb inside quoted words gives no status to a document outside them */
TEST(agreement_status_not_from_a_quote)
{
	dx_result  *r = unit_extract("«Правительство одобрило назначение нового посла», — говорится в "
								 "заявлении посольства Франции.", PUBLISHED);

	CHECK(r != NULL);
	if (r)
		CHECK_INT_EQ(r->nagreements, 0);
	dx_result_free(r);
}

/* the second side of a document with one named: the one state of the sentence before */
TEST(agreement_second_side_from_previous_sentence)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Президент Болгарии принял делегацию из Москвы. Путин также "
										  "подпишет крупный договор о строительстве газопровода.", &r);

	if (g)
	{
		CHECK_INT_EQ(g->nparties, 2);
		CHECK(unit_has(g->parties, g->nparties, "RU"));
		CHECK(unit_has(g->parties, g->nparties, "BG"));
	}
	dx_result_free(r);
}

/* a head noun in the plural keeps the plural in the title's nominative */
TEST(agreement_plural_title_head)
{
	dx_result  *r;
	const dx_agreement *g = one_agreement("Премьер-министр Великобритании изложил план по будущим "
										  "таможенным соглашениям с ЕС.", &r);

	if (g)
		CHECK_STR_EQ(g->title, "Будущие таможенные соглашения с ЕС");
	dx_result_free(r);
	/* the plural that is no informal variant: договоры, not договора */
	g = one_agreement("Россия и Китай подписали договоры о сотрудничестве в области энергетики.", &r);
	if (g)
		CHECK_STR_EQ(g->title, "Договоры о сотрудничестве в области энергетики");
	dx_result_free(r);
	g = one_agreement("Россия и Китай подписали меморандумы о сотрудничестве в области энергетики.", &r);
	if (g)
		CHECK_STR_EQ(g->title, "Меморандумы о сотрудничестве в области энергетики");
	dx_result_free(r);
}

SUITE(agreement_tests) = {
	REG(agreement_status_future_from_dictionary),
	REG(agreement_states_merely_present),
	REG(agreement_domestic_programme),
	REG(agreement_latin_bank_name),
	REG(agreement_participle_names_nothing),
	REG(agreement_private_documents),
	REG(agreement_partner_and_topic),
	REG(agreement_of_the_two_states),
	REG(agreement_compound_state_adjective),
	REG(agreement_protocol_of_a_treaty),
	REG(agreement_status_negated_sign),
	REG(agreement_both_sides_from_previous_sentence),
	REG(agreement_seat_speaks_for_its_state),
	REG(agreement_treaty_agreement_synonyms),
	REG(agreement_charter_of_a_body),
	REG(agreement_programme_of_activity),
	REG(agreement_bare_capital_refers_back),
	REG(agreement_status_not_from_a_quote),
	REG(agreement_second_side_from_previous_sentence),
	REG(agreement_plural_title_head),
	SUITE_END
};
