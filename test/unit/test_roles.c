/* test_roles.c - offices and the roles they give, quotes and their speakers, and the endings they ask about. */
#include "unit.h"
#include "morph.h"

#include <stdio.h>
#include <stdlib.h>

#define PUBLISHED 20240501

/* extract, with two checks: a result, and its offsets */
#define run(text) UNIT_RUN((text), PUBLISHED)

/* the role of the person entity of that name, "(none)" when it has none, NULL when no such person */
static const char *
role_of(const dx_result *r, const char *name)
{
	const dx_entity *e = unit_entity(r, DX_PERSON, name);

	if (e == NULL)
		return NULL;
	return e->role ? e->role : "(none)";
}

/* does any person have this role? */
static int
any_role(const dx_result *r, const char *role)
{
	int			i;

	for (i = 0; r && i < r->nentities; i++)
		if (r->entities[i].kind == DX_PERSON && r->entities[i].role && strcmp(r->entities[i].role, role) == 0)
			return 1;
	return 0;
}

/* the speaker of the quotation that begins with `begins`, "(none)" when no quotation does */
static const char *
speaker_of(const dx_result *r, const char *begins)
{
	int			i;

	for (i = 0; r && i < r->nquotes; i++)
		if (strncmp(r->quotes[i].quote, begins, strlen(begins)) == 0)
			return r->quotes[i].speaker;
	return "(none)";
}

TEST(endings_of_forms)
{
	CHECK(dx_zero_gen_plural_of("государств", "государства"));
	CHECK(!dx_zero_gen_plural_of("государства", "государства"));
	CHECK(dx_noun_plural_of("министров", "министр"));
	CHECK(!dx_noun_plural_of("главы", "глава"));
	CHECK(dx_gen_plural_ending("послов"));
	CHECK(dx_verb_like_ending("говорит"));
	CHECK(!dx_verb_like_ending("министра"));
	CHECK(dx_short_participle_ending("назначена"));
	CHECK_INT_EQ(dx_past_gender("сказала"), DX_FEM);
	CHECK_INT_EQ(dx_past_gender("обратился"), DX_MASC);
	CHECK_INT_EQ(dx_past_gender("говорит"), 0);
	CHECK(dx_finite_verb_ending("пишет"));
	CHECK(dx_reflexive_ending("говорится"));
	CHECK_INT_EQ(dx_surname_gender("Захарова"), DX_FEM);
	CHECK_INT_EQ(dx_surname_gender("Лавров"), DX_MASC);
	CHECK_INT_EQ(dx_surname_gender("Шойгу"), 0);
	CHECK_INT_EQ(dx_given_name_gender("Мария"), DX_FEM);
	CHECK_INT_EQ(dx_given_name_gender("Пётр"), DX_MASC);
	CHECK(dx_surname_keeps_form("биби", DX_FEM));
	CHECK(dx_surname_keeps_form("смит", DX_FEM));
	CHECK(dx_surname_keeps_form("куэлью", DX_MASC));
	CHECK(!dx_surname_keeps_form("смит", DX_MASC));
	CHECK(!dx_surname_keeps_form("петрова", DX_FEM));
	CHECK(!dx_surname_keeps_form("зума", DX_MASC));
}

/* the endings of a trade's noun, after a rank a post */
TEST(endings_of_trades)
{
	CHECK(dx_agent_noun_ending("архитектор"));
	CHECK(dx_agent_noun_ending("экономист"));
	CHECK(dx_agent_noun_ending("эпидемиолог"));
	CHECK(dx_agent_noun_ending("инженер"));
	CHECK(dx_agent_noun_ending("врач"));
	CHECK(dx_agent_noun_ending("секретарь"));
	CHECK(!dx_agent_noun_ending("герой"));
	CHECK(!dx_agent_noun_ending("свидетель"));
	CHECK(!dx_agent_noun_ending("соперник"));
	CHECK(!dx_agent_noun_ending("заказчик"));
	CHECK(!dx_agent_noun_ending("конкурент"));
}

/* posts of courts, newsrooms, parliaments and teams are roles too */
TEST(posts_beyond_diplomacy)
{
	dx_result  *r = run("Дело передано в суд, сообщил прокурор Игнат Соловьёв. Его поддержал главный "
						"редактор газеты Олег Ветров. Вице-спикер Сейма Анна Крылова промолчала.");

	CHECK_STR_EQ(role_of(r, "Игнат Соловьёв"), "прокурор");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "главный редактор газеты");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "вице-спикер");
	dx_result_free(r);
}

/* "вместо" ends an office's words: the office is not of the person replaced */
TEST(office_words_end_at_instead)
{
	dx_result  *r = run("Главным тренером клуба вместо Ивана Грачёва может стать наставник Пётр Лисин.");

	CHECK_STR_EQ(role_of(r, "Иван Грачёв"), "(none)");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "наставник");
	dx_result_free(r);
}

/* what follows an office's words before the name: a body and its state, a party, a region */
TEST(office_body_party_region)
{
	dx_result  *r = run("Глава Минздрава Эстонии Карл Сепп сообщил о вакцинах. Депутат сейма от фракции "
						"ЛДПР Олег Ветров утонул. Посол Евросоюза на Южном Кавказе Ян Хорст уехал. По "
						"словам пресс-атташе посольства Сергея Тихонова, граждане работали.");

	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "министр здравоохранения");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "депутат сейма");
	CHECK_STR_EQ(role_of(r, "Ян Хорст"), "посол Евросоюза");
	CHECK_STR_EQ(role_of(r, "Сергей Тихонов"), "пресс-атташе посольства");
	dx_result_free(r);
}

/* offices joined by и are one role of one person; two states are two persons */
TEST(chain_of_offices)
{
	dx_result  *r = run("В Москву прибыл премьер-министр и министр иностранных дел Андорры Карл Сепп. "
						"Посол Андорры в Чехии и представитель Андорры в Дунайской комиссии Олег Ветров "
						"выступил. Встретились президент Андорры и премьер-министр Индии Нарендра Моди.");

	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "премьер-министр и министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "посол и представитель");
	CHECK_STR_EQ(role_of(r, "Нарендра Моди"), "премьер-министр");
	dx_result_free(r);
}

/* an office in the instrumental after a link verb, or a post after назначен на должность */
TEST(office_as_predicate)
{
	dx_result  *r = run("Тогда Пётр Лисин был губернатором провинции. Олег Ветров назначен на должность "
						"заместителя министра. Сын банкира Р. Гусева стал главой совета директоров.");

	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "губернатор провинции");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "заместитель министра");
	CHECK(!any_role(r, "глава совета директоров"));
	dx_result_free(r);
}

/* an office governing another in the genitive is one post; whose it is shows the case */
TEST(office_of_an_office)
{
	dx_result  *r = UNIT_RUN("Исполняющий обязанности губернатора Пётр Лисин приехал. Это слова официального "
						"представителя премьера Великобритании Терезы Мэй. Советник президента Андорры "
						"Карла Сеппа по безопасности Олег Ветров уехал.", 20180501);

	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "исполняющий обязанности губернатора");
	CHECK_STR_EQ(role_of(r, "Тереза Мэй"), "премьер-министр");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "советник президента по безопасности");
	dx_result_free(r);
}

/* text of a document, a title, an unnamed service: nobody's speech */
TEST(quotes_nobody_said)
{
	dx_result  *r = run("Министр Карл Сепп приехал в город. «Министр высоко ценит вклад местных властей в "
						"развитие края», – говорится в заявлении офиса Сеппа. Сепп заявил, что подпишет закон "
						"«О мерах поддержки малого и среднего бизнеса». В пресс-службе Сеппа сообщили: «Министр "
						"доволен итогами своей поездки в край».");

	CHECK_STR_EQ(speaker_of(r, "Министр высоко"), "(none)");
	CHECK_STR_EQ(speaker_of(r, "О мерах"), "(none)");
	CHECK_STR_EQ(speaker_of(r, "Министр доволен"), "(none)");
	dx_result_free(r);
}

/* a pronoun is the subject named before, not a person in the dative */
TEST(quote_pronoun_is_the_subject)
{
	dx_result  *r = run("Депутат Олег Ветров призвал власти помочь. В письме министру Карлу Сеппу и мэру "
						"Петру Лисину он написал: «Мы не можем ждать, пока всё решится само собой».");

	CHECK_STR_EQ(speaker_of(r, "Мы не можем"), "Олег Ветров");
	dx_result_free(r);
}

/* a quotation cut by its attribution with a verb that is not one of saying */
TEST(quote_interrupted)
{
	dx_result  *r = run("Министр Карл Сепп выступил первым. Затем слово взял депутат Олег Ветров. «Мне "
						"кажется, – продолжил Ветров, – что власти должны прислушаться к обществу».");

	CHECK_STR_EQ(speaker_of(r, "Мне кажется"), "Олег Ветров");
	dx_result_free(r);
}

/* a former office is no role; a link verb ends an office's words */
TEST(former_office_no_role)
{
	dx_result  *r = run("Бывший министр обороны Андорры Карл Сепп промолчал. Экс-губернатор Олег Ветров "
						"уехал. Новым мэром стал секретарь горсовета Пётр Лисин.");

	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	CHECK(!any_role(r, "мэр стал секретарь горсовета"));
	dx_result_free(r);
}

/* the words of a post around its state, an adjective before a governed office, a name in apposition */
TEST(office_words_around_state)
{
	dx_result  *r = run("Советник президента Андорры по безопасности Олег Ветров уехал. Исполняющий "
						"обязанности торгового представителя Андорры Карл Сепп приехал. Его сын, Пётр "
						"Лисин, переизбран главой совета директоров.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "советник президента по безопасности");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "исполняющий обязанности торгового представителя");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "глава совета директоров");
	dx_result_free(r);
}

/* an office names no person across a sentence or when plural; lists with a dash; places of two words */
TEST(office_bounds_lists_places)
{
	dx_result  *r = run("Закон обяжет охранять мэров\nВладимир Путин подписал закон. Министр культуры — Карл "
						"Сепп. Губернатор Кемеровской области Аман Тулеев уехал.");

	CHECK_STR_EQ(role_of(r, "Владимир Путин"), "президент");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Аман Тулеев"), "губернатор");
	dx_result_free(r);
}

/* "и. о." is the acting holder of the office it governs */
TEST(acting_abbreviated)
{
	dx_result  *r = run("Как заявил и. о. главы центра Олег Ветров, решения нет.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "и.о. главы центра");
	dx_result_free(r);
}

/*
 * "исполняет обязанности губернатора": the verb of the acting office's
 * participle and its object tell the office, with the subject before it or
 * after it; a past term closed, or a negation, tells none
 */
TEST(acting_office_told_by_a_verb)
{
	dx_result  *r = run("Иван Петров исполняет обязанности губернатора с мая. Анна Белова временно исполняет "
						"обязанности главы региона. Олег Ковалёв будет исполнять обязанности мэра до выборов.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "исполняющий обязанности губернатора");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "временно исполняющий обязанности главы региона");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "исполняющий обязанности мэра");
	dx_result_free(r);
	r = run("Обязанности министра финансов временно исполняет Пётр Лисин. Исполнять обязанности посла "
			"будет Карл Сепп.");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "временно исполняющий обязанности министра финансов");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "исполняющий обязанности посла");
	dx_result_free(r);
	r = run("Иван Петров, который временно исполняет обязанности губернатора, заявил о росте.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "временно исполняющий обязанности губернатора");
	dx_result_free(r);
	r = run("Глеб Орлов исполнял обязанности губернатора до 2015 года. Игнат Соловьёв исполнял обязанности "
			"мэра в 2010–2014 годах. Олег Ветров не исполняет обязанности посла.");
	CHECK_STR_EQ(role_of(r, "Глеб Орлов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Игнат Соловьёв"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	dx_result_free(r);
	/* the verb agrees with its subject: not the man named in the genitive; a possibility is no office */
	r = run("Супруга Глеба Орлова исполняла обязанности мэра. Карл Сепп может исполнять обязанности посла.");
	CHECK_STR_EQ(role_of(r, "Глеб Орлов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "(none)");
	dx_result_free(r);
}

/* "Петров будет исполнять обязанности мэра": the surname alone of a person named in full before */
TEST(acting_office_told_by_a_verb_of_a_surname)
{
	dx_result  *r = run("Иван Петров прибыл в город. Петров будет исполнять обязанности мэра. Анна Белова "
						"выступила на сессии. Обязанности губернатора временно исполняет Белова.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "исполняющий обязанности мэра");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "временно исполняющий обязанности губернатора");
	dx_result_free(r);
}

/* "мэр до выборов": «до» tells the term of the office, no word of it */
TEST(term_with_do_ends_the_office_words)
{
	dx_result  *r = run("Иван Петров, мэр до выборов, заявил о росте. Анна Белова, исполняющая обязанности "
						"губернатора до марта, заявила о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "мэр");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "исполняющий обязанности губернатора");
	dx_result_free(r);
}

/* "Иван Петров, который возглавляет Минфин,": a relative clause of heading a body tells the name's office */
TEST(relative_clause_heading_a_body)
{
	dx_result  *r = run("Иван Петров, который возглавляет министерство финансов, заявил о росте. Анна Белова, "
						"которая с 2019 года возглавляет Минздрав Андорры, заявила о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр здравоохранения");
	dx_result_free(r);
	/* the relative agrees with the wife, not with the husband named in the genitive; a post once held */
	r = run("Жена Олега Ветрова, которая возглавляет Минфин Андорры, заявила о реформе. Пётр Лисин, "
			"который возглавлял Минздрав Андорры, заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "(none)");
	dx_result_free(r);
}

/*
 * "Иван Петров, который недавно стал министром": adverbs between «который»
 * and a verb of holding or taking a post; «который» of another gender than
 * the name before it stands for someone else
 */
TEST(relative_clause_holding_a_post_past_adverbs)
{
	dx_result  *r = run("Иван Петров, который в настоящее время занимает должность министра финансов, заявил о "
						"росте. Олег Ветров, который недавно стал послом Андорры, заявил о визите. Пётр Лисин, "
						"который в марте был назначен министром обороны, заявил о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "посол");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "министр обороны");
	dx_result_free(r);
	r = run("Жена Игната Соловьёва, которая является министром финансов, заявила о росте.");
	CHECK_STR_EQ(role_of(r, "Игнат Соловьёв"), "(none)");
	dx_result_free(r);
}

/* posts of armies, counsel and companies; an office of someone named in the genitive is not theirs */
TEST(posts_of_armies_counsel_and_whose_post)
{
	dx_result  *r = run("Приговор обжаловал адвокат Олег Ветров. Войска вывел командующий округом Пётр "
						"Лисин. Уполномоченный банка Карл Сепп отказался от комментариев. Письмо направили "
						"заместителю Виктора Зубова. Об этом сообщил адвокат Зарины Норри Игнат Соловьёв.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "командующий округом");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "уполномоченный банка");
	CHECK_STR_EQ(role_of(r, "Виктор Зубов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Зарина Норри"), "(none)");
	dx_result_free(r);
	/* the verb agrees with the office, not with the woman named after it */
	r = UNIT_RUN("Пресс-секретарь Мэй заявил журналистам, что визит отложен.", 20180501);
	CHECK_STR_EQ(role_of(r, "Тереза Мэй"), "премьер-министр");
	dx_result_free(r);
	/* a head of state the lexicon knows, right after a post held for a person */
	r = run("Журналисты узнали о встрече советника Путина с банкирами.");
	CHECK_STR_EQ(role_of(r, "Владимир Путин"), "президент");
	dx_result_free(r);
}

/* a state inside an office's topic; an office given by a participle to a name of a given age */
TEST(office_topic_state_and_appointment)
{
	dx_result  *r = run("В отставку подал министр по вопросам выхода Андорры из Евросоюза Олег Ветров. Новым "
						"министром Андорры по вопросам туризма назначен 44-летний Карл Сепп.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр по вопросам выхода из Евросоюза");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "министр по вопросам туризма");
	dx_result_free(r);
}

/* the post someone leaves is their office; a pronoun in between is someone else */
TEST(post_left_is_the_office)
{
	dx_result  *r = run("Олег Ветров заявил об уходе с поста главного тренера. Отставка Карла Сеппа с "
						"поста главы внешнеполитического ведомства удивила всех. Президент Андорры Пётр "
						"Лисин снял его с поста губернатора.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "главный тренер");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "президент");
	dx_result_free(r);
}

/* an office's words naming a body the lexicon does not know run on to the name */
TEST(office_words_of_an_unknown_body)
{
	dx_result  *r = run("Министр связи и коммуникаций Андорры Олег Ветров уехал. Газета ссылается на "
						"пресс-секретаря Фонда защиты лесов (ФЗЛ) Анну Петрову. Встречу с министром Андорры провёл лидер фракции КПРФ Пётр Лисин.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр связи и коммуникаций");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "пресс-секретарь Фонда защиты лесов");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "лидер фракции КПРФ");
	dx_result_free(r);
}

/* the rank of a post before it, in the nominative, is part of the role */
TEST(rank_of_the_post)
{
	dx_result  *r = run("Основной переговорщик Андорры Олег Ветров уехал. Заявил главный директор по "
						"персоналу компании Карл Сепп.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "основной переговорщик");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "главный директор по персоналу компании");
	dx_result_free(r);
}

/* верховный, генеральный, исполнительный, ответственный: ranks of the post, as главный is */
TEST(more_ranks_of_the_post)
{
	dx_result  *r = run("Верховный главнокомандующий Андорры Олег Ветров подписал приказ. Исполнительный "
						"вице-президент компании Карл Сепп уехал. Ответственный за безопасность министр "
						"Игнат Соловьёв заявил об этом.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "верховный главнокомандующий");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "исполнительный вице-президент компании");
	CHECK_STR_EQ(role_of(r, "Игнат Соловьёв"), "министр");
	dx_result_free(r);
}

/*
 * adjectives between the rank and the office join the role, in every case;
 * a former office stays none with its rank
 */
TEST(rank_and_adjectives_of_the_post_in_every_case)
{
	dx_result  *r = run("Главный военный прокурор Андорры Олег Ветров уехал. По словам главного военного "
						"прокурора Карла Сеппа, дело закрыто. Охрану обеспечили главному верховному судье "
						"Игнату Соловьёву. Бывший главный военный прокурор Пётр Сидоров промолчал.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "главный военный прокурор");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "главный военный прокурор");
	CHECK_STR_EQ(role_of(r, "Игнат Соловьёв"), "главный верховный судья");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "(none)");
	dx_result_free(r);
}

/*
 * a rank before a noun of a trade (архитектор, экономист, врач) names a post,
 * as секретарь does with the body it serves; the trade alone, one's part in
 * a matter, a character or a thing do not
 */
TEST(rank_before_a_trade_and_a_secretary_of_a_body_name_posts)
{
	dx_result  *r = run("Главный архитектор Москвы Олег Ветров представил проект. По словам главного "
						"экономиста банка Карла Сеппа, кризис позади. Генеральный конструктор Игнат Соловьёв "
						"уехал. Секретарь горкома Пётр Сидоров промолчал. Архитектор Иван Петров, главный "
						"герой фильма Лев Орлов, главный идеолог партии Юрий Белов, секретарь Ивана Петрова "
						"Анна Белова и главный соперник Олег Жуков не пришли. Главный вопрос задал Антон Зуев, "
						"ответственный секретарь комиссии.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "главный архитектор");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "главный экономист банка");
	CHECK_STR_EQ(role_of(r, "Игнат Соловьёв"), "генеральный конструктор");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "секретарь горкома");
	CHECK_STR_EQ(role_of(r, "Антон Зуев"), "ответственный секретарь комиссии");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Лев Орлов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Юрий Белов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Жуков"), "(none)");
	dx_result_free(r);
}

/* a list of posts: an office, a dash and a name of two unknown words closing the sentence */
TEST(list_of_posts_unknown_names)
{
	dx_result  *r = run("Кабинет утверждён. Министр обороны — Тадаси Мукояма. Министр юстиции — Кэнта Ивасиро.");

	CHECK_STR_EQ(role_of(r, "Тадаси Мукояма"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Кэнта Ивасиро"), "министр юстиции");
	dx_result_free(r);
}

/* a leader is a head of state's office only with the state; with a party or with none he stays a leader */
TEST(leader_of_a_party_or_a_state)
{
	dx_result  *r = run("Шансы есть у Ивана Сорокина, лидера правой партии «Новый путь». "
						"В стране действует союз «Заря». Его лидер Пётр Белов заявил, что он готов. "
						"Лидер Франции Семён Гусев прибыл в Рим.");

	CHECK_STR_EQ(role_of(r, "Иван Сорокин"), "лидер");
	CHECK_STR_EQ(role_of(r, "Пётр Белов"), "лидер");
	CHECK_STR_EQ(role_of(r, "Семён Гусев"), "президент");
	dx_result_free(r);
}

/* a list of posts with the holder's age after the dash; the text's post beats an earlier one it recalls */
TEST(list_of_posts_with_age)
{
	dx_result  *r = run("Состав кабинета объявлен. Министр юстиции — 61-летний Олег Ветров, занимавший пост премьер-министра "
						"в 2010 году. Министр культуры — 58-ми летний Карл Сепп.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр юстиции");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "министр культуры");
	dx_result_free(r);
}

/* an office in brackets or after a dash, after the name, is that person's */
TEST(office_in_apposition)
{
	dx_result  *r = run("Письмо передано Олегу Ветрову (главному переговорщику союза по торговле). "
						"На форум приехали гости: Карл Сепп — директор Института истории, и другие.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "главный переговорщик по торговле");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "директор Института истории");
	dx_result_free(r);
}

/* an abbreviation of a body between an office and a name of two words the lexicon does not know */
TEST(office_abbreviation_before_unknown_name)
{
	dx_result  *r = run("Президент МФБ Тайво Кальюранд заявил, что турнир пройдёт в мае. "
						"Глава КПМ Айвар Соомере отметил, что билеты уже проданы.");

	CHECK_STR_EQ(role_of(r, "Тайво Кальюранд"), "президент МФБ");
	CHECK_STR_EQ(role_of(r, "Айвар Соомере"), "глава КПМ");
	dx_result_free(r);
}

/* the office a person is given in the story beats the office said before it */
TEST(appointed_office_wins)
{
	dx_result  *r = run("Вице-спикер сейма Пётр Лисин назначен на должность исполняющего обязанности "
						"губернатора провинции. Министр транспорта Олег Ветров назначен министром финансов. "
						"Глава партии Карл Сепп, утверждённый 3 мая парламентом на пост премьер-министра, "
						"сформировал кабинет.");

	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "исполняющий обязанности губернатора провинции");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "премьер-министр");
	dx_result_free(r);
}

/* an office that says nothing alone yields to a precise one; not to a post in a body said before */
TEST(generic_office_yields)
{
	dx_result  *r = run("Глава агентства Карл Сепп умер. Генеральный директор агентства Карл Сепп "
						"руководил им десять лет. Лидер партии Олег Ветров выступил. Партия поддержала "
						"своего председателя Олега Ветрова.");

	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "генеральный директор агентства");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "лидер партии");
	dx_result_free(r);
}

/* an office of a state no person holds names the one the lexicon lists in it at another time */
TEST(office_held_in_turn)
{
	dx_result  *r = UNIT_RUN("Дмитрий Медведев прилетел в Сочи. Глава российского государства провёл там совещание.", 0);
	dx_result  *r2 = UNIT_RUN("Дмитрий Медведев и Владимир Путин прилетели в Сочи. Глава российского государства "
							  "провёл там совещание.", 0);

	CHECK_STR_EQ(role_of(r, "Дмитрий Медведев"), "президент");
	CHECK_STR_EQ(role_of(r2, "Дмитрий Медведев"), "премьер-министр");
	dx_result_free(r);
	dx_result_free(r2);
}

/* "занял пост": the post taken; "совмещает должность": the post held */
TEST(post_taken_or_held)
{
	dx_result  *r = run("Министр транспорта Пётр Лисин занял пост генерального директора компании. Олег Ветров "
						"совмещает должность вице-спикера и руководителя фракции. Карл Сепп занял второе место.");

	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "генеральный директор компании");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "вице-спикер");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "(none)");
	dx_result_free(r);
}

/* a list of posts after a dash keeps the office's words; a comma in them is written as such */
TEST(list_of_posts_keeps_words)
{
	dx_result  *r = run("Министр связи и информации — Пётр Лисин. Министр экономики, торговли и промышленности — "
						"Олег Ветров.");

	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "министр связи и информации");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр экономики, торговли и промышленности");
	dx_result_free(r);
}

TEST(office_of_a_place_before_an_unknown_name)
{
	/* a given name the lexicon does not know after the office's place in the genitive */
	dx_result  *r = run("Губернатор Техаса Салман Вейр заявил о новых мерах. "
						"В прошлом году мэр Риги Имантс Лацис открыл новый мост.");

	CHECK_STR_EQ(role_of(r, "Салман Вейр"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Имантс Лацис"), "мэр");
	dx_result_free(r);
}

TEST(list_of_posts_with_a_known_surname)
{
	/* a surname the lexicon knows, with a given name it does not, after a dash */
	dx_result  *r = run("Министр культуры — Тармо Лавров.");

	CHECK_STR_EQ(role_of(r, "Тармо Лавров"), "министр культуры");
	dx_result_free(r);
}

TEST(plural_office_shared_by_names)
{
	/* one office in the plural for two names: each holds it, with the state of its place */
	dx_result  *r = run("Министры иностранных дел Франции и Италии Жан Дюпон и Карло Росси встретились в Риме.");
	const dx_entity *e = unit_entity(r, DX_PERSON, "Карло Росси");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Карло Росси"), "министр иностранных дел");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "IT") == 0);
	dx_result_free(r);

	/* the plural in the genitive governs no name: "советников" */
	r = run("Он встретился с группой советников Жана Дюпона и Карло Росси.");
	CHECK_STR_EQ(role_of(r, "Карло Росси"), "(none)");
	dx_result_free(r);
}

TEST(office_words_end_at_an_adverb)
{
	/* an adverb after the office is the clause's, not the office's */
	dx_result  *r = run("Иван Петров ушёл с поста главного тренера «Спартака» вчера, сообщил клуб.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "главный тренер");
	dx_result_free(r);
}

TEST(hyphenated_office_in_the_plural)
{
	/* "вице-президенты": the plural is on the word after the hyphen */
	dx_result  *r = run("Вице-президенты Франции и Италии Жан Дюпон и Карло Росси встретились в Риме.");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "вице-президент");
	CHECK_STR_EQ(role_of(r, "Карло Росси"), "вице-президент");
	dx_result_free(r);
}

TEST(body_named_after_a_person)
{
	/* "фракции Союз Андрея Смирнова": a name in the genitive inside the body's name is not the holder */
	dx_result  *r = run("Глава фракции Союз Андрея Смирнова Павел Орлов выступил в парламенте.");

	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "глава фракции Союз Андрея Смирнова");
	CHECK_STR_EQ(role_of(r, "Андрей Смирнов"), "(none)");
	dx_result_free(r);
	r = run("Руководитель блока Выбор Игоря Волкова Олег Ветров открыл съезд.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "руководитель блока Выбор Игоря Волкова");
	CHECK_STR_EQ(role_of(r, "Игорь Волков"), "(none)");
	dx_result_free(r);
}

TEST(body_before_the_topic_of_a_post)
{
	/* the body between an office and its topic is the employer: "директор компании по продажам" */
	dx_result  *r = run("Директор компании по продажам Павел Орлов заявил, что план выполнен.");

	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "директор по продажам");
	dx_result_free(r);
	r = run("Вице-президент Еврокомиссии по вопросам торговли Ольга Белова прилетела в Рим.");
	CHECK_STR_EQ(role_of(r, "Ольга Белова"), "вице-президент по вопросам торговли");
	dx_result_free(r);
	/* without a topic the body stays; so does a person's office before the topic */
	r = run("Вице-президент Еврокомиссии Ольга Белова прилетела в Рим.");
	CHECK_STR_EQ(role_of(r, "Ольга Белова"), "вице-президент Еврокомиссии");
	dx_result_free(r);
	r = run("Спецпредставитель президента по вопросам торговли Павел Орлов прилетел в Рим.");
	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "спецпредставитель президента по вопросам торговли");
	dx_result_free(r);
}

TEST(state_adjective_inside_a_body_name)
{
	/* the state's adjective goes from the office, not from a body's own name */
	dx_result  *r = run("Директор Центра японских исследований Павел Орлов выступил с докладом.");

	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "директор Центра японских исследований");
	dx_result_free(r);
	r = run("Японский министр обороны Кэндзи Ямада прилетел в Москву.");
	CHECK_STR_EQ(role_of(r, "Кэндзи Ямада"), "министр обороны");
	dx_result_free(r);
}

/* how many person mentions are offices standing for a person */
static int
count_descriptors(const dx_result *r)
{
	int			i,
				n = 0;

	for (i = 0; r && i < r->nmentions; i++)
		n += r->mentions[i].kind == DX_PERSON && r->mentions[i].form == DX_FORM_DESCRIPTOR;
	return n;
}

/* a head noun whose endings the rules miss: посол -> посла, послом; судья -> судей (plural) */
TEST(office_head_in_its_dictionary_forms)
{
	dx_result  *r = run("Министр принял посла Японии Тосиро Судзуки и побеседовал с послом Италии Марко Пеллегрини.");

	CHECK_STR_EQ(role_of(r, "Тосиро Судзуки"), "посол");
	CHECK_STR_EQ(role_of(r, "Марко Пеллегрини"), "посол");
	dx_result_free(r);
	/* a plural head in -ей stands for no one person */
	r = run("Переговоры представителей Москвы и Берлина прошли в Вене. Об этом сообщил представитель "
			"Еврокомиссии Пётр Орлов.");
	CHECK_INT_EQ(count_descriptors(r), 1);
	dx_result_free(r);
}

/* "один из руководителей X Иван Петров": one of those holding an office holds it */
TEST(one_of_the_holders)
{
	dx_result  *r = run("Рост продолжится, сказал один из руководителей Национального банка Павел Орлов.");

	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "руководитель Национального банка");
	dx_result_free(r);
	r = run("Об этом рассказала одна из докладчиков в парламенте Бельгии Анна Крылова.");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "докладчик в парламенте");
	dx_result_free(r);
	/* after the name, past a dash or a comma */
	r = run("Его примеру последовал Иван Петров – один из лидеров кампании за выход страны из союза.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "лидер кампании за выход страны из союза");
	dx_result_free(r);
	/* no one of them is named: no office stands for anyone */
	r = run("Президент Франции Эммануэль Макрон прилетел в Рим. Ни один из мировых лидеров не сделал прививку.");
	CHECK_INT_EQ(count_descriptors(r), 0);
	dx_result_free(r);
}

/* "office, office Name": the first office, with words of its own, is the role; a bare one yields */
TEST(two_offices_joined_by_a_comma)
{
	dx_result  *r = run("Министр по делам религий, глава комиссии по атомной энергии Давид Коэн приехал в Вашингтон.");

	CHECK_STR_EQ(role_of(r, "Давид Коэн"), "министр по делам религий, глава комиссии по атомной энергии");
	dx_result_free(r);
	r = run("Лидер Совета старейшин, народный депутат Украины Рефат Исмаилов дал интервью.");
	CHECK_STR_EQ(role_of(r, "Рефат Исмаилов"), "лидер Совета старейшин, народный депутат");
	dx_result_free(r);
	r = run("Затем выступил депутат, глава фракции Зелёный блок Олег Ветров.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "глава фракции Зелёный блок");
	dx_result_free(r);
	/* two offices of one head are a list of posts */
	r = run("В совещании участвовали министр обороны, министр финансов Иван Петров и другие.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
}

/* an office said of a person named before by the surname alone */
TEST(office_after_a_surname_alone)
{
	dx_result  *r = run("В Брюсселе побывал Пётр Сидоров. Сидоров является заместителем министра обороны.");

	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "заместитель министра обороны");
	dx_result_free(r);
	r = run("Вчера Иван Петров приехал в Москву. Как отметил Петров, посол России в Японии, переговоры прошли успешно.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "посол");
	dx_result_free(r);
	/* a noun between the comma and the office: the office is another's */
	r = run("Вчера Иван Петров приехал в Москву. Пример приводит Петров, заявление главы правительства Финляндии.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/* the deputy of a post in one word: замглавы, замначальника + the body + the name */
TEST(deputy_in_one_word)
{
	dx_result  *r = run("Замглавы Минфина Андрей Соколов отказался от комментариев.");

	CHECK_STR_EQ(role_of(r, "Андрей Соколов"), "замглавы Минфина");
	dx_result_free(r);
	r = run("Замначальника Генштаба генерал-полковник Андрей Соколов прибыл в Минск.");
	CHECK_STR_EQ(role_of(r, "Андрей Соколов"), "замначальника Генштаба");
	dx_result_free(r);
}

/* an office after a name and a short remark or the name in Latin letters in brackets */
TEST(office_after_a_name_in_brackets)
{
	dx_result  *r = run("Наибольшие шансы у 66-летнего Николаса Андреадиса (на фото), лидера правой партии «Единство».");

	CHECK_STR_EQ(role_of(r, "Николас Андреадис"), "лидер");
	dx_result_free(r);
	r = run("Авторами стали Педро Гарсия (Pedro Garcia) профессор кафедры экономики Университета Мадрида.");
	CHECK_STR_EQ(role_of(r, "Педро Гарсия"), "профессор кафедры экономики");
	dx_result_free(r);
	/* a clause in brackets, then a list: the office is of the next name */
	r = run("Суд вызвал майора Ивана Петрова (именно его считают виновным в гибели людей), командующего "
			"округом генерала Павла Орлова и других.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/* the words of an office go on through an adjective of two parts joined by a hyphen */
TEST(office_words_through_a_hyphenated_adjective)
{
	dx_result  *r = run("Об этом заявил лидер Меджлиса крымско-татарского народа, народный депутат Рефат Исмаилов.");

	CHECK_STR_EQ(role_of(r, "Рефат Исмаилов"), "лидер Меджлиса крымско-татарского народа, народный депутат");
	dx_result_free(r);
	/* a state's adjective after the hyphen stays out of the words */
	r = run("Директор Института западно-украинских студий Олег Хавич выступил с докладом.");
	CHECK(unit_entity(r, DX_PERSON, "Олег Хавич") != NULL);
	dx_result_free(r);
}

/* "X-ом назначен Name": past a post, a link verb, an adverb and the office held before */
TEST(appointed_past_a_post_or_a_former_office)
{
	dx_result  *r = run("Новым послом Италии в Японии назначен Марко Пеллегрини.");

	CHECK_STR_EQ(role_of(r, "Марко Пеллегрини"), "посол");
	dx_result_free(r);
	r = run("Новым министром по Brexit сегодня был назначен экс-министр по делам транспорта Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр по Brexit");
	dx_result_free(r);
	/* a past link verb alone is no appointment */
	r = run("Послом России в Японии был Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/* an office in the plural shared by names in the instrumental or dative; not in the genitive */
TEST(plural_office_shared_in_an_oblique_case)
{
	dx_result  *r = run("Встреча с послами Франции и Германии Пьером Дюпоном и Карлом Шмидтом прошла в Москве.");

	CHECK_STR_EQ(role_of(r, "Пьер Дюпон"), "посол");
	CHECK_STR_EQ(role_of(r, "Карл Шмидт"), "посол");
	dx_result_free(r);
	r = run("Встреча советников Ивана Петрова и Павла Орлова прошла.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/* the head of a hospital holds a post, a doctor has a profession */
TEST(head_doctor_is_a_post)
{
	dx_result  *r = run("Вчера главврач больницы Иван Петров сообщил об этом. Об этом рассказала Анна Матвеева, "
						"главный врач городской поликлиники.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "главврач больницы");
	CHECK_STR_EQ(role_of(r, "Анна Матвеева"), "главный врач городской поликлиники");
	dx_result_free(r);
}

/* a post in a place named by a common noun: "представитель президента в округе" */
TEST(post_in_a_place_of_common_words)
{
	dx_result  *r = UNIT_RUN("Вчера полномочный представитель президента в федеральном округе Сергей Волков посетил завод. "
						"Об этом сообщил председатель комитета по делам молодёжи в городском совете Пётр Сидоров. "
						"По словам полпреда президента в округе Олега Зуева, всё готово. "
						"Об этом напомнил министр финансов в правительстве Терезы Мэй.", 20180501);

	CHECK_STR_EQ(role_of(r, "Сергей Волков"), "полномочный представитель президента");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "председатель комитета по делам молодёжи");
	CHECK_STR_EQ(role_of(r, "Олег Зуев"), "полпред президента");
	CHECK_STR_EQ(role_of(r, "Тереза Мэй"), "премьер-министр");
	dx_result_free(r);
}

/* a state closing the first of two offices joined by и: two persons, the name holds the second */
TEST(state_closes_the_first_of_two_offices)
{
	dx_result  *r = run("На плакатах были портреты главного судьи Пакистана и премьер-министра Ахмада Рашида. "
						"Встречу открыли премьер-министр и министр иностранных дел Ирана Али Резаи.");

	CHECK_STR_EQ(role_of(r, "Ахмад Рашид"), "премьер-министр");
	CHECK_STR_EQ(role_of(r, "Али Резаи"), "премьер-министр и министр иностранных дел");
	dx_result_free(r);
}

/* an office and the party or the district it was elected from, before the name: not part of the role */
TEST(office_elected_from_a_party_or_region)
{
	dx_result  *r = run("Депутат парламента от Лейбористской партии Джеймс Уилсон потребовал отставки кабинета. "
						"Сенатор от штата Огайо Роберт Тейлор выступил против законопроекта. "
						"Получив письмо от НАТО, министр Иван Петров ответил сразу.");

	CHECK_STR_EQ(role_of(r, "Джеймс Уилсон"), "депутат парламента");
	CHECK_STR_EQ(role_of(r, "Роберт Тейлор"), "сенатор");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр");
	dx_result_free(r);
}

/* a compound rank, or a rank and its service, between the office and the name */
TEST(compound_rank_between_office_and_name)
{
	dx_result  *r = run("Командующий флотом контр-адмирал Виктор Громов осмотрел корабли. "
						"Министр обороны генерал армии Степан Белов заявил о манёврах. "
						"Начальник штаба генерал-лейтенант полиции Игорь Седов открыл совещание.");

	CHECK_STR_EQ(role_of(r, "Виктор Громов"), "командующий флотом");
	CHECK_STR_EQ(role_of(r, "Степан Белов"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Игорь Седов"), "начальник штаба");
	dx_result_free(r);
}

/* posts of a European commissioner and of a company's boards */
TEST(posts_of_commissioners_and_boards)
{
	dx_result  *r = run("Еврокомиссар Анна Линдберг представила доклад. "
						"Член правления банка Олег Карпов подал в отставку. "
						"Об этом сообщил член совета директоров компании Павел Зимин.");

	CHECK_STR_EQ(role_of(r, "Анна Линдберг"), "еврокомиссар");
	CHECK_STR_EQ(role_of(r, "Олег Карпов"), "член правления банка");
	CHECK_STR_EQ(role_of(r, "Павел Зимин"), "член совета директоров компании");
	dx_result_free(r);
}

/* ---- offices in the noun phrase: the state word, a description between, more offices, a former office */

/* "страны" after an office's body stands for its state: no part of the role, and the name still follows */
TEST(state_word_after_an_office_body)
{
	dx_result  *r = run("Пресс-секретарь МИД страны Ахмед Хан заявил журналистам о переговорах.");

	CHECK_STR_EQ(role_of(r, "Ахмед Хан"), "пресс-секретарь МИД");
	dx_result_free(r);
	r = run("Пресс-секретарь внешнеполитического ведомства страны Ахмед Хан заявил, что визит отложен.");
	CHECK_STR_EQ(role_of(r, "Ахмед Хан"), "пресс-секретарь внешнеполитического ведомства");
	dx_result_free(r);
	r = run("Министр обороны страны Бахтияр Садыков провёл совещание.");
	CHECK_STR_EQ(role_of(r, "Бахтияр Садыков"), "министр обороны");
	dx_result_free(r);
}

/* an academic title or a rank after the office and a comma is a description: the role is the office */
TEST(description_between_office_and_name)
{
	dx_result  *r = run("Директор института, член-корреспондент РАН Ольга Миронова рассказала о новых планах.");

	CHECK_STR_EQ(role_of(r, "Ольга Миронова"), "директор института");
	dx_result_free(r);
	r = run("Министр здравоохранения, академик РАН Семён Воронцов заявил о рисках.");
	CHECK_STR_EQ(role_of(r, "Семён Воронцов"), "министр здравоохранения");
	dx_result_free(r);
	r = run("Начальник штаба, генерал-майор Игорь Лапин прибыл на место.");
	CHECK_STR_EQ(role_of(r, "Игорь Лапин"), "начальник штаба");
	dx_result_free(r);
	r = run("Директор центра, доктор экономических наук Анна Белова выступила на форуме.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "директор центра");
	dx_result_free(r);
}

/* offices every news genre uses */
TEST(offices_of_every_genre)
{
	dx_result  *r = run("Зампредседателя комитета Олег Рябов заявил журналистам о бюджете.");

	CHECK_STR_EQ(role_of(r, "Олег Рябов"), "зампредседателя комитета");
	dx_result_free(r);
	r = run("Ректор МГУ Павел Гордеев выступил перед студентами.");
	CHECK_STR_EQ(role_of(r, "Павел Гордеев"), "ректор МГУ");
	dx_result_free(r);
	r = run("Встреча с проректором университета Ниной Карповой прошла в пятницу.");
	CHECK_STR_EQ(role_of(r, "Нина Карпова"), "проректор университета");
	dx_result_free(r);
	r = run("Омбудсмен Армении Давид Арутюнян посетил колонию.");
	CHECK_STR_EQ(role_of(r, "Давид Арутюнян"), "омбудсмен");
	dx_result_free(r);
	r = run("Главный эпидемиолог министерства, академик РАН Пётр Лебедев заявил о рисках.");
	CHECK_STR_EQ(role_of(r, "Пётр Лебедев"), "главный эпидемиолог министерства");
	dx_result_free(r);
	r = run("Ректор университета, профессор Анна Белова выступила на форуме.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "ректор университета");
	dx_result_free(r);
}

/* an office the story calls former is no role, even of a person the lexicon knows in it */
TEST(former_office_beats_the_lexicon)
{
	dx_result  *r = run("Бывший президент Грузии Михаил Саакашвили выступил в Одессе. Саакашвили ответил на вопросы.");

	CHECK_STR_EQ(role_of(r, "Михаил Саакашвили"), "(none)");
	dx_result_free(r);
	r = run("Михаил Саакашвили, экс-президент Грузии, выступил в Одессе.");
	CHECK_STR_EQ(role_of(r, "Михаил Саакашвили"), "(none)");
	dx_result_free(r);
	/* the office held now stays */
	r = run("Президент Грузии Михаил Саакашвили выступил в Тбилиси.");
	CHECK_STR_EQ(role_of(r, "Михаил Саакашвили"), "президент");
	dx_result_free(r);
	/* a former office of another kind leaves the lexicon's */
	r = UNIT_RUN("Бывший министр юстиции Грузии Михаил Саакашвили выступил в Тбилиси.", 20080501);
	CHECK_STR_EQ(role_of(r, "Михаил Саакашвили"), "президент");
	dx_result_free(r);
	/* an office the story gives after the former one is the role */
	r = run("Экс-президент Грузии Михаил Саакашвили выступил в Одессе. Губернатор Одесской области Михаил Саакашвили ответил на вопросы.");
	CHECK_STR_EQ(role_of(r, "Михаил Саакашвили"), "губернатор");
	dx_result_free(r);
}

/* a title in the nominative with no comma is a description too; in the genitive it is the office's words */
TEST(title_with_no_comma_between_office_and_name)
{
	dx_result  *r = run("Директор центра член-корреспондент РАН Ольга Миронова рассказала о новых планах.");

	CHECK_STR_EQ(role_of(r, "Ольга Миронова"), "директор центра");
	dx_result_free(r);
	r = run("Министр здравоохранения академик Семён Воронцов заявил о рисках.");
	CHECK_STR_EQ(role_of(r, "Семён Воронцов"), "министр здравоохранения");
	dx_result_free(r);
	/* the member of the Federation Council is the name in the genitive, not his aide */
	r = run("Заявление сделал помощник члена Совета Федерации Ивана Кротова.");
	CHECK_STR_EQ(role_of(r, "Иван Кротов"), "член Совета Федерации");
	dx_result_free(r);
}

/*
 * The office before its verb and the name after it, the order of news:
 * "Пост министра обороны занял генерал Иван Петров", "Председателем комиссии
 * стал Павел Орлов".  A post left or held once is no role.
 */
TEST(office_before_the_verb_and_its_holder)
{
	dx_result  *r = run("Пост министра обороны занял генерал Иван Петров. Должность министра финансов "
						"займет Андрей Кузнецов. Председателем комиссии стал Павел Орлов. Пост министра "
						"юстиции покинул Олег Сидоров. Главой комитета был Семён Лаптев.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Андрей Кузнецов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "председатель комиссии");
	CHECK_STR_EQ(role_of(r, "Олег Сидоров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Семён Лаптев"), "(none)");
	dx_result_free(r);
}

/*
 * The office in a participle or relative clause after the name: "Андрей
 * Кузнецов, занимающий пост министра финансов,", "Олег Сидоров, который
 * является председателем парламента,".  A past participle is an office held
 * once.
 */
TEST(office_in_a_clause_after_the_name)
{
	dx_result  *r = run("Андрей Кузнецов, занимающий пост министра финансов, заявил о росте. Олег Сидоров, "
						"который занимает должность председателя парламента, выступил первым. Павел Орлов, "
						"являющийся председателем комиссии, уехал. Иван Петров, занимавший пост министра "
						"обороны, промолчал. Семён Лаптев, являвшийся главой комитета, уехал.");

	CHECK_STR_EQ(role_of(r, "Андрей Кузнецов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Олег Сидоров"), "председатель парламента");
	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "председатель комиссии");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Семён Лаптев"), "(none)");
	dx_result_free(r);
}

/*
 * An adverb of the present between a name and its office: "Иван Петров,
 * ныне министр обороны,", "Мария Орлова — теперь председатель комиссии",
 * "который сейчас является".  Not an office that opens a clause of its own,
 * nor one held before (ранее).
 */
TEST(office_held_now_after_an_adverb)
{
	dx_result  *r = run("Иван Петров, ныне министр обороны, заявил о росте. Мария Орлова — теперь председатель "
						"комиссии. Олег Сидоров, который сейчас является председателем парламента, выступил. "
						"Андрей Кузнецов, сейчас занимающий пост министра финансов, уехал. Семён Лаптев, ранее "
						"министр юстиции, уехал. Как сообщил Павел Зимин, сейчас губернатор готовит бюджет.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Мария Орлова"), "председатель комиссии");
	CHECK_STR_EQ(role_of(r, "Олег Сидоров"), "председатель парламента");
	CHECK_STR_EQ(role_of(r, "Андрей Кузнецов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Семён Лаптев"), "(none)");
	CHECK_STR_EQ(role_of(r, "Павел Зимин"), "(none)");
	dx_result_free(r);
}

/*
 * An office in the nominative after a name in the genitive and a comma opens
 * a clause of its own: an apposition would agree with the name.
 */
TEST(office_after_a_name_in_another_case)
{
	dx_result  *r = run("По словам Петра Лисина, министр финансов готовит бюджет. Следуя предложению Ивана "
						"Сидорова, депутаты собрания приняли обращение. Слова Олега Ветрова, министра обороны, "
						"прозвучали вчера.");

	CHECK_STR_EQ(role_of(r, "Петр Лисин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр обороны");
	dx_result_free(r);
}

TEST(replaced_holder_held_the_post_before)
{
	dx_result  *r = run("Андрей Кузнецов сменил на посту министра транспорта Бориса Орлова. На посту губернатора "
						"области Павла Зимина сменила Анна Белова. Виктор Гусев сменит Семена Лаптева на посту "
						"министра энергетики. Глеб Маслов, сменивший на посту посла Игоря Рябцева, прибыл вчера.");

	CHECK_STR_EQ(role_of(r, "Андрей Кузнецов"), "министр транспорта");
	CHECK_STR_EQ(role_of(r, "Борис Орлов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "губернатор области");
	CHECK_STR_EQ(role_of(r, "Павел Зимин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Виктор Гусев"), "министр энергетики");
	CHECK_STR_EQ(role_of(r, "Семен Лаптев"), "(none)");
	CHECK_STR_EQ(role_of(r, "Глеб Маслов"), "посол");
	CHECK_STR_EQ(role_of(r, "Игорь Рябцев"), "(none)");
	dx_result_free(r);
}

TEST(verb_after_a_comma_ends_the_office_words)
{
	dx_result  *r = run("При участии Павла Гришина, председателя комитета, прошла встреча. При участии Петра "
						"Лыкова, депутатов собрания, прошли слушания. Министр культуры и туризма Иван Зотов "
						"заявил о планах.");

	CHECK_STR_EQ(role_of(r, "Павел Гришин"), "председатель комитета");
	CHECK_STR_EQ(role_of(r, "Петр Лыков"), "депутат собрания");
	CHECK_STR_EQ(role_of(r, "Иван Зотов"), "министр культуры и туризма");
	dx_result_free(r);
}

TEST(topics_in_the_dative_after_po)
{
	dx_result  *r = run("Министр по торговле и сельскому хозяйству Павел Новак заявил о планах. Вице-премьер "
						"по транспорту, связи и ЖКХ Глеб Баев провел совещание. Министр по делам молодежи и "
						"спорта Олег Лунин прибыл вчера.");

	CHECK_STR_EQ(role_of(r, "Павел Новак"), "министр по торговле и сельскому хозяйству");
	CHECK_STR_EQ(role_of(r, "Глеб Баев"), "вице-премьер по транспорту, связи и ЖКХ");
	CHECK_STR_EQ(role_of(r, "Олег Лунин"), "министр по делам молодежи и спорта");
	dx_result_free(r);
}

TEST(post_taken_by_a_described_name_or_in_a_place)
{
	dx_result  *r = run("Пост спикера занял консерватор Павел Рыков. Послом в Монако станет Игорь Соболев. "
						"Пост посла в Андорре занял Олег Лунин.");

	CHECK_STR_EQ(role_of(r, "Павел Рыков"), "спикер");
	CHECK_STR_EQ(role_of(r, "Игорь Соболев"), "посол");
	CHECK_STR_EQ(role_of(r, "Олег Лунин"), "посол");
	dx_result_free(r);
}

TEST(one_word_deputy_before_a_name_in_the_genitive)
{
	dx_result  *r = run("Заявление замдиректора музея Павла Рыкова было опубликовано. По мнению замминистра "
						"финансов Глеба Лунина, бюджет готов.");

	CHECK_STR_EQ(role_of(r, "Павел Рыков"), "замдиректора музея");
	CHECK_STR_EQ(role_of(r, "Глеб Лунин"), "замминистра финансов");
	dx_result_free(r);
}

TEST(posts_of_embassies_and_international_bodies)
{
	dx_result  *r = run("Военного атташе посольства Польши Марека Новицкого выслали из страны. С торгпредом "
						"Казахстана в Китае Ерланом Сапаровым встретился министр. Третий секретарь "
						"постоянного представительства Бразилии Карлос Силва выступил. Советника-посланника "
						"посольства Индии Раджа Кумара пригласили на приём. Комиссар Совета Европы по правам "
						"человека Дуня Миятович посетила Армению. Специальный докладчик ООН по пыткам Нильс "
						"Мельцер выступил в Женеве. Атташе по культуре Ольга Смирнова открыла выставку.");

	CHECK_STR_EQ(role_of(r, "Марек Новицкий"), "военный атташе посольства");
	CHECK_STR_EQ(role_of(r, "Ерлан Сапаров"), "торговый представитель");
	CHECK_STR_EQ(role_of(r, "Карлос Силва"), "третий секретарь постоянного представительства");
	CHECK_STR_EQ(role_of(r, "Радж Кумар"), "советник-посланник посольства");
	CHECK_STR_EQ(role_of(r, "Дуня Миятович"), "комиссар по правам человека");
	CHECK_STR_EQ(role_of(r, "Нильс Мельцер"), "специальный докладчик по пыткам");
	CHECK_STR_EQ(role_of(r, "Ольга Смирнова"), "атташе по культуре");
	dx_result_free(r);
}

TEST(post_taken_by_a_profession_and_a_name)
{
	dx_result  *r = run("Пост министра финансов занял политолог Олег Громов. Министром культуры стал опытный "
						"дипломат Глеб Сорокин. Министром юстиции назначен адвокат Пётр Бунин.");

	CHECK_STR_EQ(role_of(r, "Олег Громов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Глеб Сорокин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Пётр Бунин"), "министр юстиции");
	dx_result_free(r);
}

TEST(vice_consul_attaches_nuncio_and_observers)
{
	dx_result  *r = run("С вице-консулом Италии Марко Росси встретился губернатор. Военно-воздушного атташе "
						"Франции Жана Мореля вызвали в МИД. Нунций Иван Левицкий отслужил мессу. Постоянный "
						"наблюдатель Ватикана при ООН Павел Гринёв выступил. Специальный координатор ООН по "
						"гуманитарным вопросам Олег Рыбин прибыл в Женеву.");

	CHECK_STR_EQ(role_of(r, "Марко Росси"), "вице-консул");
	CHECK_STR_EQ(role_of(r, "Жан Морель"), "военно-воздушный атташе");
	CHECK_STR_EQ(role_of(r, "Иван Левицкий"), "апостольский нунций");
	CHECK_STR_EQ(role_of(r, "Павел Гринёв"), "постоянный наблюдатель");
	CHECK_STR_EQ(role_of(r, "Олег Рыбин"), "специальный координатор по гуманитарным вопросам");
	dx_result_free(r);
}

TEST(office_words_through_a_noun_in_la_to_a_noun)
{
	dx_result  *r = run("Руководитель консульского отдела посольства Иван Сомов принял жалобу. Об этом "
						"рассказала Анна Белова, начальник отдела закупок фонда. Выступил Пётр Носов, директор "
						"польского отдела Ассоциации «Мир без границ», созданной давно.");

	CHECK_STR_EQ(role_of(r, "Иван Сомов"), "руководитель консульского отдела посольства");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "начальник отдела закупок фонда");
	CHECK_STR_EQ(role_of(r, "Пётр Носов"), "директор отдела");
	dx_result_free(r);
}

TEST(governing_office_with_words_before_the_governed)
{
	dx_result  *r = run("Руководитель секретариата премьер-министра Олег Лисицын провёл брифинг. Об этом "
						"сообщил управляющий делами губернатора Семён Гаврилов. Заместитель начальника штаба "
						"министра Павел Рощин уехал. Вчера выступил советник губернатора Андрея Лаптева. "
						"Глава пресс-службы губернатора Вера Ильина ответила.");

	CHECK_STR_EQ(role_of(r, "Олег Лисицын"), "руководитель секретариата премьер-министра");
	CHECK_STR_EQ(role_of(r, "Павел Рощин"), "заместитель начальника штаба министра");
	CHECK_STR_EQ(role_of(r, "Андрей Лаптев"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Вера Ильина"), "глава пресс-службы губернатора");
	dx_result_free(r);
}

TEST(participle_office_governing_the_instrumental)
{
	dx_result  *r = run("Заведующий лабораторией Олег Лисицын провёл опыт. Об этом сообщила заведующая "
						"визовым отделом консульства Вера Ильина. Управляющий делами правительства Семён "
						"Гаврилов подписал смету. Управляющий директор фонда Борис Котов промолчал. «Опыт удался, "
						"и мы продолжим работу над новым препаратом уже весной», "
						"— уточняет заведующая кафедрой профессор Нина Шарова. Выступил главврач больницы № 7 "
						"Глеб Жуков.");

	CHECK_STR_EQ(role_of(r, "Олег Лисицын"), "заведующий лабораторией");
	CHECK_STR_EQ(role_of(r, "Борис Котов"), "директор фонда");
	CHECK_STR_EQ(role_of(r, "Нина Шарова"), "заведующий кафедрой");
	CHECK_STR_EQ(speaker_of(r, "Опыт удался"), "Нина Шарова");
	CHECK_STR_EQ(role_of(r, "Глеб Жуков"), "главврач больницы № 7");
	CHECK_STR_EQ(role_of(r, "Вера Ильина"), "заведующий визовым отделом консульства");
	CHECK_STR_EQ(role_of(r, "Семён Гаврилов"), "управляющий делами правительства");
	dx_result_free(r);
}

TEST(state_of_a_post_is_not_the_holders)
{
	/* an ambassador in a state does not represent it; the state of the office's own words does */
	dx_result  *r = run("Посол в Японии Иван Петров вручил верительные грамоты императору.");
	const dx_entity *e = unit_entity(r, DX_PERSON, "Иван Петров");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "посол в Японии");
	CHECK(e != NULL && e->country == NULL);
	dx_result_free(r);

	r = run("Пресс-секретарь Госдепартамента США Иван Петров сделал заявление.");
	e = unit_entity(r, DX_PERSON, "Иван Петров");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "US") == 0);
	dx_result_free(r);
}

TEST(office_of_two_words_in_either_order)
{
	/* "Римский Папа" as well as "Папа Римский": the office, not a person's name */
	dx_result  *r = run("С рождественским посланием к верующим выступил Римский Папа Франциск.");

	CHECK(unit_entity(r, DX_PERSON, "Римский Папа") == NULL);
	CHECK_STR_EQ(role_of(r, "Франциск"), "папа римский");
	dx_result_free(r);
}

/* offices joined by a comma before one name, each in the nominative, are one role */
TEST(chain_of_offices_before_a_name)
{
	dx_result  *r = run("Лидер Совета старейшин, народный депутат Андорры Рефат Исмаилов дал интервью.");
	const dx_entity *e = unit_entity(r, DX_PERSON, "Рефат Исмаилов");

	CHECK_STR_EQ(role_of(r, "Рефат Исмаилов"), "лидер Совета старейшин, народный депутат");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "AD") == 0);
	dx_result_free(r);
	r = run("Председатель комитета по бюджету, глава комиссии по этике, член президиума Олег Ветров выступил.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "председатель комитета по бюджету, глава комиссии по этике");
	dx_result_free(r);
}

/* offices in apposition after a name, closed by a comma before the verb, are one role */
TEST(chain_of_offices_after_a_name)
{
	dx_result  *r = run("Иван Петров, министр финансов Андорры, народный депутат, заявил об этом.");
	const dx_entity *e = unit_entity(r, DX_PERSON, "Иван Петров");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов, народный депутат");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "AD") == 0);
	dx_result_free(r);
	r = run("Иван Петров, председатель комитета по бюджету, глава комиссии по этике, сообщил журналистам.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "председатель комитета по бюджету, глава комиссии по этике");
	dx_result_free(r);
	/* a description, a profession or another name's office ends it */
	r = run("Иван Петров, министр финансов, известный экономист, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	r = run("Иван Петров, директор института истории, политолог, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "директор института истории");
	dx_result_free(r);
	r = run("На встрече были Иван Петров, министр финансов, министр обороны Сергей Смирнов и другие.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Сергей Смирнов"), "министр обороны");
	dx_result_free(r);
	/* a list of names and offices: the second office is not closed before a verb */
	r = run("Выступили Иван Петров, министр финансов, депутат Сергей Смирнов.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
}

/* the country a person entity of that name represents, "(none)" when unknown */
static const char *
country_of(const dx_result *r, const char *name)
{
	const dx_entity *e = unit_entity(r, DX_PERSON, name);

	if (e == NULL)
		return NULL;
	return e->country ? e->country : "(none)";
}

/* one office in the plural shared by names in a list, before or after them, in the list's case */
TEST(plural_office_shared_by_a_list_of_names)
{
	/* "главы" may be a genitive singular: the names in the nominative make it plural */
	dx_result  *r = run("Главы МИД Андорры и Монако Иван Петров и Жан Дюпон провели переговоры.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	/* after a possessive it is a genitive singular: the name is read as it is */
	r = run("В пресс-релизе приводятся слова её директора по науке Кенни Смита.");
	CHECK_STR_EQ(role_of(r, "Кенни Смит"), "директор по науке");
	dx_result_free(r);
	/* a genitive singular before names in the genitive stays one office of one person */
	r = run("Визит главы МИД Андорры Ивана Петрова и Жана Дюпона прошёл успешно.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	/* in the genitive, with a state for each name: the names are appositions, not possessors */
	r = run("Состоялась встреча министров иностранных дел Андорры и Монако Ивана Петрова и Жана Дюпона.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	/* after the names, in apposition */
	r = run("Иван Петров и Жан Дюпон, министры иностранных дел Андорры и Монако, провели переговоры.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	r = run("Иван Петров, Жан Дюпон и Карло Росси, министры обороны, встретились в Риме.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Карло Росси"), "министр обороны");
	dx_result_free(r);
}

/* a name's original spelling or a remark in brackets between the name and its office */
TEST(office_after_a_gloss_in_brackets)
{
	dx_result  *r = run("Иван Петров (Ivan Petrov) — министр финансов Андорры.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	dx_result_free(r);
	r = run("Иван Петров (Ivan Petrov), народный депутат Андорры, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "народный депутат");
	dx_result_free(r);
}

TEST(topic_of_a_body_or_of_an_office)
{
	/* a committee's topic ends the committee's name: the body stays in the role */
	dx_result  *r = run("Председатель комиссии по вакцинации Иван Петров выступил на брифинге.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "председатель комиссии по вакцинации");
	dx_result_free(r);
	r = run("Заместитель председателя комитета по обороне Иван Петров выступил на брифинге.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "заместитель председателя комитета по обороне");
	dx_result_free(r);
	/* a company's: the topic is the office's own, the employer goes */
	r = run("Вице-президент компании по маркетингу Иван Петров выступил на брифинге.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "вице-президент по маркетингу");
	dx_result_free(r);
	/* the topic's own "с" and its noun in the instrumental */
	r = run("Директор департамента по связям с общественностью Иван Петров выступил на брифинге.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "директор департамента по связям с общественностью");
	dx_result_free(r);
	r = run("Заместитель губернатора по работе с молодёжью Анна Петрова выступила на брифинге.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "заместитель губернатора по работе с молодёжью");
	dx_result_free(r);
	/* "с" after an office with no topic is the clause's */
	r = run("Министр по делам культуры встретился с коллегой Иваном Петровым.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(office_of_an_adjective_and_a_noun_in_the_plural)
{
	/* "народный депутат" is one office, not "депутат" */
	dx_result  *r = run("Народный депутат Андорры Иван Петров выступил в парламенте.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "народный депутат");
	dx_result_free(r);
	/* its plural is the noun's: "народных депутатов" in a body's name stands for nobody */
	r = run("Депутат Иван Петров выступил в парламенте. Также он был членом городского совета народных "
			"депутатов и городской думы.");
	CHECK(unit_mention(r, "народных депутатов") == NULL);
	dx_result_free(r);
	r = run("Посол Андорры в Испании Иван Петров рассказал о визите. Официальные представители Белого дома "
			"заявляют, что визит пройдёт успешно.");
	CHECK(unit_mention(r, "Официальные представители") == NULL);
	dx_result_free(r);
	r = run("Главные редакторы Иван Петров и Сергей Смирнов подписали открытое письмо.");
	CHECK_STR_EQ(role_of(r, "Сергей Смирнов"), "главный редактор");
	dx_result_free(r);
}

TEST(age_in_apposition_after_an_office)
{
	/* "office, 45-летний Name,": the name in apposition to the office */
	dx_result  *r = run("Министр финансов Андорры, 45-летний Иван Петров, заявил об этом журналистам.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	/* not after an office in the genitive, which a new clause follows */
	r = run("По словам министра финансов, 45-летний Иван Петров ушёл в отставку.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(time_inside_a_clause_of_holding_a_post)
{
	/* "с 2019 года", "уже пять лет" between the verb of holding and the post, or after "который" */
	dx_result  *r = run("Иван Петров, занимающий с 2019 года пост министра финансов Андорры, заявил об этом.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	r = run("Иван Петров, занимающий уже пять лет пост министра финансов, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	r = run("Иван Петров, который с 2019 года является министром финансов, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	/* a post held once stays none */
	r = run("Иван Петров, занимавший с 2010 по 2015 год пост министра финансов, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/* the office after a name and a verb of taking or holding a post, said of the verb's own subject */
TEST(office_after_a_verb_of_taking_or_holding_a_post)
{
	dx_result  *r = run("Глеб Рыбин вступил в должность губернатора области. Майя Осокина заступила на пост "
						"мэра города. Лев Чадов до сих пор занимает должность главы правления фонда. Кирилл "
						"Веденеев по-прежнему занимает пост директора завода. Фёдор Шубин становится министром "
						"культуры. Ян Дроздов служит послом в Литве. Тимур Гусев всё ещё остаётся председателем "
						"суда.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "губернатор области");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "глава правления фонда");
	CHECK_STR_EQ(role_of(r, "Кирилл Веденеев"), "директор завода");
	CHECK_STR_EQ(role_of(r, "Фёдор Шубин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Ян Дроздов"), "посол");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "председатель суда");
	dx_result_free(r);

	r = run("Савва Лобов, вновь избранный председателем совета, открыл заседание. Ефим Жаров, вступивший "
			"в должность прокурора края, провёл совещание. Олег Мухин, до сих пор занимающий пост "
			"ректора академии, выступил с речью.");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "председатель совета");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "прокурор края");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "ректор академии");
	dx_result_free(r);

	/* a post held once, a subject in another clause or of another gender: no office */
	r = run("Нил Горбунов занимал должность главы правления фонда. Семён Шилов служил послом в Литве. "
			"Роман Тихонов сообщил, что Вадим Юдин назначен министром. Жена Филиппа Зорина стала министром. "
			"По словам Ирины Дюбуа, назначен министром финансов в прошлом году ее коллега.");
	CHECK_STR_EQ(role_of(r, "Нил Горбунов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Семён Шилов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Роман Тихонов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Вадим Юдин"), "министр");
	CHECK_STR_EQ(role_of(r, "Филипп Зорин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Ирина Дюбуа"), "(none)");
	dx_result_free(r);
}

/* a name in initials is the person of that surname whose given name begins with the initial */
TEST(initial_picks_the_person_of_its_given_name)
{
	dx_result  *r = run("Пётр Ветлугин и Денис Ветлугин прибыли в Лондон. Вчера Д.Ветлугин был назначен "
						"директором фонда.");

	CHECK_STR_EQ(role_of(r, "Денис Ветлугин"), "директор фонда");
	CHECK_STR_EQ(role_of(r, "Пётр Ветлугин"), "(none)");
	dx_result_free(r);
}

/* one capitalised word after an organisation's kind in the genitive, closing an office's words, is the organisation's name */
TEST(body_name_after_an_office_is_no_person)
{
	dx_result  *r = run("Глеб Рыбин, переизбран главой совета директоров компании Зерноплод. Савва Лобов, глава "
						"банка Приречье, выступил. Директор компании Олег Мухин промолчал. Фёдор Шубин, "
						"директор завода Ветлугин, возразил.");

	CHECK(unit_entity(r, DX_PERSON, "Зерноплод") == NULL);
	CHECK(unit_entity(r, DX_PERSON, "Приречье") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Зерноплод") != NULL);
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "глава совета директоров компании");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "глава банка");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "директор компании");
	CHECK(unit_entity(r, DX_PERSON, "Ветлугин") != NULL);
	dx_result_free(r);
}

/*
 * a body's own name unquoted between its noun and its head's name: the
 * name is the last words of the run, or those after a state closing the
 * body's name; the body is an organisation, no person
 */
TEST(body_name_unquoted_between_office_and_name)
{
	dx_result  *r = run("Об этом заявил лидер партии Нахд-ут-Вахир Салим Бакри. Лидер оппозиционной партии "
						"Мутахида Маджлис Фарид Рехман выступил на митинге. Рехман потребовал выборов. Лидер "
						"движения Техрик-э-Насир Андорра Хамид Саид Ризван задержан. Директор компании Олег "
						"Петрович Мухин промолчал.");

	CHECK_STR_EQ(role_of(r, "Салим Бакри"), "лидер партии");
	CHECK_STR_EQ(role_of(r, "Фарид Рехман"), "лидер оппозиционной партии");
	CHECK(unit_entity(r, DX_PERSON, "Мутахида Маджлис") == NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Мутахида Маджлис") != NULL);
	CHECK(unit_entity(r, DX_ORGANIZATION, "Нахд-ут-Вахир") != NULL);
	CHECK_STR_EQ(role_of(r, "Хамид Саид Ризван"), "лидер движения");
	CHECK_STR_EQ(role_of(r, "Олег Петрович Мухин"), "директор компании");
	dx_result_free(r);
	/*
	 * of three words, the last two a name the story tells alone, or a
	 * person the lexicon knows: the first is the body's
	 */
	r = run("Об этом заявил лидер партии Норвус Сабольч Кепеш. Позже Сабольч Кепеш добавил, что партия победит.");
	CHECK_STR_EQ(role_of(r, "Сабольч Кепеш"), "лидер партии");
	CHECK(unit_entity(r, DX_PERSON, "Норвус Сабольч") == NULL);
	dx_result_free(r);
	r = run("Об этом заявил председатель партии Тесфай Ахмед Али.");
	CHECK_STR_EQ(role_of(r, "Тесфай Ахмед Али"), "председатель партии");
	dx_result_free(r);
	r = run("Об этом заявил лидер партии Ликуд Биньямин Нетаньяху.");
	CHECK_STR_EQ(role_of(r, "Биньямин Нетаньяху"), "лидер партии");
	CHECK(unit_entity(r, DX_PERSON, "Ликуд") == NULL);
	dx_result_free(r);
	/* a group's noun (группировка) names a body as a party's does */
	r = run("Лидер стоящей за нападением группировки Джунд-уль-Фарах Карим Салех заявил о перемирии.");
	CHECK_STR_EQ(role_of(r, "Карим Салех"), "лидер стоящей за нападением группировки");
	CHECK(unit_entity(r, DX_PERSON, "Джунд-уль-Фарах Карим Салех") == NULL);
	dx_result_free(r);
}

/* a body's name in its own language in brackets between the office and the name: the office's words go on */
TEST(body_name_in_latin_in_brackets_after_an_office)
{
	dx_result  *r = run("На форуме выступил президент Лиги садоводов (Liga de Jardineros Unidos) Даньел Колладо. "
						"Директор Центра (ЦНИ) Олег Мухин промолчал.");

	CHECK_STR_EQ(role_of(r, "Даньел Колладо"), "президент Лиги садоводов");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "директор Центра");
	dx_result_free(r);
}

/*
 * an abbreviation of a body's kind (НПО, НКО) stands as its noun: the
 * state before it and the body's name in Latin letters after it are the
 * office's words
 */
TEST(abbreviation_of_a_body_kind_before_its_name)
{
	dx_result  *r = run("Об этом заявил гендиректор андоррского НПО Green Valley Даньел Колладо.");

	CHECK_STR_EQ(role_of(r, "Даньел Колладо"), "генеральный директор");
	CHECK_STR_EQ(country_of(r, "Даньел Колладо"), "AD");
	dx_result_free(r);
	r = run("Об этом заявил председатель НКО Amnesty International Даньел Колладо.");
	CHECK_STR_EQ(role_of(r, "Даньел Колладо"), "председатель НКО Amnesty International");
	dx_result_free(r);
}

/*
 * a body its name in quotation marks closes is named: the capitalised
 * words after it are the holder's name from the first on, and a state
 * inside the quoted name or after a preposition stays in the words
 */
TEST(name_after_a_quoted_body_name_is_the_holders_from_its_first_word)
{
	dx_result  *r = run("Полиция задержала лидера запрещённой в Андорре партии «Джунд-уль-Фарах Андорра» Хадима "
						"Хуссейна Ризви.");

	CHECK(unit_entity(r, DX_PERSON, "Хуссейн Ризви") == NULL);
	CHECK_STR_EQ(role_of(r, "Хадим Хуссейн Ризви"),
				 "лидер запрещённой в Андорре партии «Джунд-уль-Фарах Андорра»");
	dx_result_free(r);
	r = run("Полиция задержала лидера партии «Новый путь» Джабира Хуссейна Ризви.");
	CHECK_STR_EQ(role_of(r, "Джабир Хуссейн Ризви"), "лидер партии");
	dx_result_free(r);
}

/* финдиректор, as гендиректор: a company's post */
TEST(finance_director_of_a_company)
{
	dx_result  *r = run("Об этом заявил финдиректор авиакомпании Skyrun Олег Мухин.");

	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "финансовый директор");
	dx_result_free(r);
}

/*
 * a list of offices and names: after a name its office's words stand
 * right before, the offices after its comma open the next item
 */
TEST(offices_after_a_listed_name_open_the_next_item)
{
	dx_result  *r = run("В семинаре участвовали профессор кафедры истории Олег Мухин, профессор экономики и права, "
						"президент Лиги садоводов Даньел Колладо и другие.");

	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "профессор кафедры истории");
	CHECK_STR_EQ(role_of(r, "Даньел Колладо"), "профессор экономики и права, президент Лиги садоводов");
	dx_result_free(r);
}

/* posts of armies and security services: офицер, комендант, главком */
TEST(military_and_security_posts)
{
	dx_result  *r = run("Офицер береговой охраны Глеб Рыбин отказался от комментариев. Савва Лобов, старший "
						"офицер полиции, подтвердил задержание. Комендант гарнизона Олег Мухин промолчал. "
						"Главком флота Фёдор Шубин прибыл в порт. Семён Шилов служил офицером связи.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "офицер береговой охраны");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "старший офицер полиции");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "комендант гарнизона");
	CHECK_STR_EQ(role_of(r, "Фёдор Шубин"), "главком флота");
	CHECK_STR_EQ(role_of(r, "Семён Шилов"), "(none)");
	dx_result_free(r);
}

/* a person's noun before an office in the genitive: the name in the nominative after it is that person's */
TEST(relative_of_an_office_holder)
{
	dx_result  *r = run("Об этом рассказала жена министра обороны Майя Осокина. Сын посла Тимур Гусев учится в "
						"Праге. Дочь губернатора Ирины Дюбуа вышла замуж.");

	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "(none)");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	CHECK_STR_EQ(role_of(r, "Ирина Дюбуа"), "губернатор");
	dx_result_free(r);
}

/* "утверждён в должности", "остался на посту", "находится на посту", "назначен временно исполняющим обязанности" */
TEST(post_confirmed_kept_or_held_now)
{
	dx_result  *r = run("Глеб Рыбин утверждён в должности министра культуры. Майя Осокина осталась на посту "
						"мэра города. Лев Чадов находится на посту прокурора края. Ефим Жаров назначен временно "
						"исполняющим обязанности губернатора. Олег Мухин, находящийся на посту ректора "
						"академии, выступил. Нил Горбунов находился в должности прокурора края.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "прокурор края");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "временно исполняющий обязанности губернатора");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Нил Горбунов"), "(none)");
	dx_result_free(r);
}

/* an adverbial phrase of time between the name, the verb and the office: "в марте был назначен", "назначенный в 2019 году" */
TEST(office_after_a_verb_and_an_adverbial_phrase)
{
	dx_result  *r = run("Глеб Рыбин, назначенный в марте министром культуры, открыл выставку. Майя Осокина, "
						"избранная в 2019 году мэром города, выступила. Лев Чадов в понедельник вступил в "
						"должность прокурора края. Тимур Гусев в прошлом году был назначен послом в Литве. "
						"Олег Мухин, занявший пост ректора академии, выступил. Ефим Жаров в беседе с министром "
						"обороны заявил об этом.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "прокурор края");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "посол");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "(none)");
	dx_result_free(r);
}

/* "X, который был назначен министром": a verb of appointment or of taking a post after «который» */
TEST(office_in_a_relative_clause_of_appointment)
{
	dx_result  *r = run("Глеб Рыбин, который был назначен министром культуры в марте, открыл выставку. Майя "
						"Осокина, которая была избрана на пост мэра города, выступила. Лев Чадов, который "
						"вступил в должность прокурора края, провёл совещание. Тимур Гусев, который был послом "
						"в Литве, промолчал. Олег Мухин, который занимал пост ректора академии, выступил.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "прокурор края");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "(none)");
	dx_result_free(r);
}

/* "назначил X министром": the object of an active verb of appointing takes the office, not the subject */
TEST(office_given_to_the_object_of_appointing)
{
	dx_result  *r = run("Губернатор назначил Глеба Рыбина министром культуры края. Депутаты избрали Майю "
						"Осокину председателем собрания. Совет утвердил Льва Чадова в должности ректора "
						"академии. Тимур Гусев назначил Олега Мухина на пост директора завода.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры края");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "председатель собрания");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "директор завода");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	dx_result_free(r);
}

/*
 * "Ивана Петрова назначили министром": the object of a verb of appointing
 * told before it, in the accusative, takes the office (not a name in the
 * genitive after a noun, "указом губернатора Павла Зотова")
 */
TEST(office_given_to_the_object_before_the_verb_of_appointing)
{
	dx_result  *r = run("Глеба Рыбина назначили министром культуры края. Майю Осокину избрали на пост "
						"председателя собрания. Вчера Льва Чадова утвердили в должности ректора академии. "
						"Генерала Олега Мухина назначил министром обороны президент. Тимура Гусева в "
						"понедельник назначили послом в Андорре. Андрея Бойко избрали председателем совета. "
						"Указом губернатора Павла Зотова назначили министром финансов Егора Ланина.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры края");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "председатель собрания");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "посол");
	CHECK_STR_EQ(role_of(r, "Андрей Бойко"), "председатель совета");
	CHECK_STR_EQ(role_of(r, "Павел Зотов"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Егор Ланин"), "министр финансов");
	dx_result_free(r);
}

/* the same with a surname alone, after a time opening the sentence */
TEST(office_given_to_a_surname_before_the_verb_of_appointing)
{
	dx_result  *r = run("Олег Мухин прибыл в столицу. В 2019 году Мухина избрали мэром города. Анна Крылова "
						"прибыла. Крылову назначили послом.");

	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "посол");
	dx_result_free(r);
}

/*
 * "Ивана Петрова сменил на посту мэра Олег Смирнов": the one replaced told
 * before the verb, in the accusative, the subject after the post's words
 * holds it; the post's own words stay with no name after them
 */
TEST(replaced_post_of_the_subject_after_it_and_its_words)
{
	dx_result  *r = run("Глеба Рыбина сменил на посту министра культуры Олег Мухин. Анну Крылову заменила на "
						"посту мэра города Майя Осокина. Тимур Гусев сменил Льва Чадова на посту ректора "
						"университета. Егор Ланин возглавил клуб. Бельгиец заменил на посту главного тренера "
						"Жоау Сузу.");

	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "(none)");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "ректор университета");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Егор Ланин"), "главный тренер");
	CHECK_STR_EQ(role_of(r, "Жоау Суза"), "(none)");
	dx_result_free(r);
}

/*
 * "Его преемником на посту министра стал Иван Петров", "Иван Петров стал
 * преемником Олега Смирнова на посту мэра": the successor holds the post,
 * the one succeeded does not
 */
TEST(post_of_a_successor)
{
	dx_result  *r = run("Глеб Рыбин ушёл в отставку. Его преемником на посту министра культуры стал Олег "
						"Мухин. Преемницей Анны Крыловой на посту мэра стала Майя Осокина. Тимур Гусев станет "
						"преемником Льва Чадова на посту ректора университета. Олег Зуев прибыл. Он стал "
						"преемником Павла Лыкова на посту директора завода.");

	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "(none)");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "ректор университета");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Зуев"), "директор завода");
	CHECK_STR_EQ(role_of(r, "Павел Лыков"), "(none)");
	dx_result_free(r);
}

/* "назначил министром указ президента": the agent in the nominative after the office is none of its words */
TEST(agent_after_an_office_in_the_instrumental)
{
	dx_result  *r = run("Глеба Рыбина назначил министром указ президента. Майю Осокину назначил министром "
						"финансов указ губернатора.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "министр финансов");
	dx_result_free(r);
}

/*
 * "Ивана Петрова назначила министром Мария Орлова": the object before the
 * verb takes the office though a name follows it (the subject, which the
 * pass of offices before names still gives it too: not asserted)
 */
TEST(fronted_object_of_appointing_with_the_subject_after_the_office)
{
	dx_result  *r = run("Глеба Рыбина назначила министром культуры Анна Крылова. Майю Осокину назначил на пост "
						"посла Олег Мухин.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "посол");
	dx_result_free(r);
}

/* "назначил 44-летнего Ивана Петрова министром": an age before the object of appointing, after or before the verb */
TEST(age_before_the_object_of_appointing)
{
	dx_result  *r = run("Президент назначил 44-летнего Глеба Рыбина министром финансов. Вчера 52-летнюю Майю "
						"Осокину избрали на пост председателя собрания. Губернатор назначил 72-х летнего Льва "
						"Чадова на пост директора завода.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "председатель собрания");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "директор завода");
	dx_result_free(r);
}

/* "Олег Смирнов, преемник Ивана Петрова на посту мэра,": the successor in apposition holds the post */
TEST(post_of_a_successor_in_apposition)
{
	dx_result  *r = run("Олег Мухин, преемник Глеба Рыбина на посту мэра, заявил о планах. Майя Осокина, "
						"преемница Анны Крыловой на посту министра культуры, прибыла в столицу.");

	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "мэр");
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "(none)");
	dx_result_free(r);
}

/*
 * "В 2019 году его назначили министром", "Президент назначил её послом":
 * the pronoun object of appointing stands for the person of its gender
 * named in the sentence before; not a possessive ("Его брата назначили")
 */
TEST(office_given_to_the_pronoun_object_of_appointing)
{
	dx_result  *r = run("Глеб Рыбин родился в Твери. В 2019 году его назначили министром финансов. Майя Осокина "
						"окончила университет. Её вновь избрали на пост председателя собрания. Лев Чадов "
						"прибыл. Губернатор назначил его директором завода. Олег Мухин прибыл. Его брата "
						"назначили министром культуры. Тимур Гусев прибыл. Её избрали председателем совета.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "председатель собрания");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "директор завода");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	dx_result_free(r);
}

/* a post received or kept, and a post entered told before its holder */
TEST(post_received_kept_or_entered_before_the_name)
{
	dx_result  *r = run("Глеб Рыбин получил пост министра культуры. Майя Осокина сохранила пост мэра города. "
						"В должность прокурора края вступил Лев Чадов. Тимур Гусев покинул пост директора "
						"завода.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "прокурор края");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	dx_result_free(r);
}

/* a name with its given name in an oblique case before a verb of appointment is no subject of it */
TEST(name_in_another_case_before_a_verb_of_appointment)
{
	dx_result  *r = run("По словам Жана Дюбуа, назначен министром финансов в прошлом году его коллега. "
						"Глеб Рыбин, назначен министром культуры.");

	CHECK_STR_EQ(role_of(r, "Жан Дюбуа"), "(none)");
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры");
	dx_result_free(r);
}

/* the office of a relative's unnamed holder is no one's: not the last person's of its class, who did not speak */
TEST(office_of_a_relative_is_no_ones)
{
	dx_result  *r = run("Заведующая поликлиникой Светлана Андреева рассказала о прививках. «Мы пришли и сделали "
						"прививку сразу, как только смогли», – рассказала жена командира полка Наталия Горина.");

	CHECK_STR_EQ(speaker_of(r, "Мы пришли"), "Наталия Горина");
	CHECK_STR_EQ(role_of(r, "Наталия Горина"), "(none)");
	CHECK_STR_EQ(role_of(r, "Светлана Андреева"), "заведующий поликлиникой");
	dx_result_free(r);
}

TEST(possessive_after_an_office_begins_another_phrase)
{
	/* "её давний соратник" is the subject after the office, not its words */
	dx_result  *r = run("Вчера был назначен министром финансов ее давний соратник Иван Петров.");

	CHECK(!any_role(r, "министр финансов ее давний соратник"));
	dx_result_free(r);
	/* a possessive before a genitive is the office's */
	r = run("Министр финансов её правительства Иван Петров выступил в парламенте.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов её правительства");
	dx_result_free(r);
}

/* "станет министром", "восстановлен в должности", "приступил к исполнению обязанностей", "избранный парламентом президентом" */
TEST(post_to_be_taken_restored_or_taken_up)
{
	dx_result  *r = run("Глеб Рыбин станет министром культуры края. Майя Осокина восстановлена в должности мэра "
						"города. Лев Чадов приступил к исполнению обязанностей прокурора края. Олег Мухин, "
						"избранный советом ректором академии, выступил. Ефим Жаров избран собранием председателем "
						"правления. Тимур Гусев может стать министром финансов.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры края");
	CHECK_STR_EQ(role_of(r, "Майя Осокина"), "мэр города");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "прокурор края");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "председатель правления");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	dx_result_free(r);
	/* denied: no office */
	r = run("Глеб Рыбин не станет министром культуры края. Лев Чадов так и не приступил к исполнению "
			"обязанностей прокурора края.");
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "(none)");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "(none)");
	dx_result_free(r);
}

/* a plural office, a list of states and the place of the post before the names; a singular office of two states */
TEST(shared_office_past_a_list_of_states)
{
	dx_result  *r = run("Послы Андорры и Монако в России Глеб Рыбин и Лев Чадов вручили грамоты. Глава МИД "
						"Андорры и Монако Олег Мухин и Ефим Жаров провели встречу.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "посол");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Глеб Рыбин")->country, "AD");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "посол");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Лев Чадов")->country, "MC");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр иностранных дел");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Олег Мухин")->country, "AD");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "министр иностранных дел");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Ефим Жаров")->country, "MC");
	dx_result_free(r);
	/* one name after a singular office of two states: the office, of neither state */
	r = run("Глава МИД Андорры и Монако Олег Мухин провёл встречу.");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр иностранных дел");
	CHECK(unit_entity(r, DX_PERSON, "Олег Мухин")->country == NULL);
	dx_result_free(r);
}

/* a plural office shared with a list of bodies, or with a number of them: each name its own body, or the office alone */
TEST(shared_office_of_bodies_or_of_a_number_of_states)
{
	dx_result  *r = run("Генеральные секретари ООН и НАТО Глеб Рыбин и Лев Чадов провели встречу. Президенты "
						"двух стран Олег Мухин и Ефим Жаров подписали договор. Главы обеих делегаций Тимур Гусев "
						"и Семён Шилов выступили.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "генеральный секретарь ООН");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "генеральный секретарь НАТО");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "президент");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "президент");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "глава");
	CHECK_STR_EQ(role_of(r, "Семён Шилов"), "глава");
	dx_result_free(r);
}

/* a plural office of one state shared by a list of names: the state is each one's */
TEST(shared_office_of_one_state)
{
	dx_result  *r = run("Народные депутаты Украины Глеб Рыбин и Лев Чадов заявили об этом. Послы Андорры "
						"Олег Мухин, Ефим Жаров и Тимур Гусев вручили грамоты.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "народный депутат");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Глеб Рыбин")->country, "UA");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Лев Чадов")->country, "UA");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "посол");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Олег Мухин")->country, "AD");
	CHECK_STR_EQ(unit_entity(r, DX_PERSON, "Тимур Гусев")->country, "AD");
	dx_result_free(r);
}

/* an office, a comma, an age or adjectives and a profession, then the name: the office is the role */
TEST(profession_between_office_and_name)
{
	dx_result  *r = run("Глава МИД, 60-летний дипломат Глеб Рыбин прибыл в Рим. Министр финансов, экономист Лев "
						"Чадов выступил. Глава МИД Андорры, опытный дипломат Олег Мухин промолчал. Кадровый "
						"дипломат Ефим Жаров уехал.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "дипломат");
	dx_result_free(r);
}

/* the agent of a verb of appointment with its own genitive: "назначен указом президента министром" */
TEST(agent_with_a_genitive_before_the_office)
{
	dx_result  *r = run("Глеб Рыбин назначен указом губернатора министром культуры края. Лев Чадов, назначенный "
						"распоряжением правительства на должность ректора академии, выступил. Олег Мухин, "
						"утверждённый Сеймом в должности прокурора края, промолчал.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр культуры края");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "прокурор края");
	dx_result_free(r);
}

/* a list of names in the nominative, a plural link verb and an office in the instrumental plural */
TEST(plural_office_of_a_list_of_subjects)
{
	dx_result  *r = run("Глеб Рыбин и Лев Чадов стали депутатами собрания. Олег Мухин, Ефим Жаров и Тимур Гусев "
						"были избраны членами правления. Жёны Нила Горбунова и Романа Тихонова стали депутатами "
						"собрания.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "депутат собрания");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "депутат собрания");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "член правления");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "член правления");
	CHECK_STR_EQ(role_of(r, "Нил Горбунов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Роман Тихонов"), "(none)");
	dx_result_free(r);
}

/* a plural office in the instrumental opening its clause, a plural verb, then the names */
TEST(plural_office_before_a_verb_and_its_subjects)
{
	dx_result  *r = run("Новыми членами правления станут Глеб Рыбин и Лев Чадов. Заместителями министра назначены "
						"Олег Мухин и Ефим Жаров. Рядом с депутатами были Тимур Гусев и Нил Горбунов.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "член правления");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "член правления");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "заместитель министра");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "заместитель министра");
	CHECK_STR_EQ(role_of(r, "Тимур Гусев"), "(none)");
	CHECK_STR_EQ(role_of(r, "Нил Горбунов"), "(none)");
	dx_result_free(r);
}

TEST(office_held_beats_a_profession)
{
	/* a profession before the name, an office after it: the office is the role */
	dx_result  *r = run("Дипломат Иван Петров, посол Андорры в Испании, заявил об этом журналистам.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "посол");
	dx_result_free(r);
	r = run("Политолог Анна Петрова, советник президента Андорры, заявила об этом журналистам.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "советник президента");
	dx_result_free(r);
	/* a profession alone stays */
	r = run("Политолог Анна Петрова заявила об этом журналистам.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "политолог");
	dx_result_free(r);
}

TEST(two_offices_joined_by_and_after_a_name)
{
	/* two offices in apposition joined by и: one role, the state of the second */
	dx_result  *r = run("Иван Петров, вице-премьер и министр обороны Андорры, заявил о реформе армии.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "вице-премьер и министр обороны");
	dx_result_free(r);
	r = run("На переговорах выступила Анна Петрова, премьер-министр и министр иностранных дел Андорры.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "премьер-министр и министр иностранных дел");
	dx_result_free(r);
	/* the second office of another name, or of another state, is not joined */
	r = run("Иван Петров, министр обороны, и министр финансов Пьер Дюбуа обсудили бюджет.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "министр финансов");
	dx_result_free(r);
	r = run("Иван Петров, министр обороны Андорры и министр финансов Монако, заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
}

TEST(surname_in_the_instrumental_after_an_office)
{
	/* a surname in -овым after an office, a lower-case word after it: the holder, not the body's adjective */
	dx_result  *r = run("Президент Андорры встретился с министром Петровым в Монако.");

	CHECK_STR_EQ(role_of(r, "Петров"), "министр");
	dx_result_free(r);
	r = run("Встреча с министрами Петровым и Сидоровым прошла в Монако.");
	CHECK_STR_EQ(role_of(r, "Петров"), "министр");
	CHECK_STR_EQ(role_of(r, "Сидоров"), "министр");
	dx_result_free(r);
	/* an adjective of a body's name stays in the office's words */
	r = run("Председатель Государственной думы Андорры Иван Петров выступил в Монако.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "председатель Государственной думы");
	dx_result_free(r);
}

TEST(title_after_an_office_and_and)
{
	/* an office, и, a title or profession, then the name: the office is the role */
	dx_result  *r = run("Об этом заявил директор института и член-корреспондент РАН Иван Петров.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "директор института");
	dx_result_free(r);
	r = run("Министр финансов Андорры и экономист Иван Петров выступил в парламенте.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
}

TEST(place_of_an_office_taken)
{
	/* "место" before an office in the genitive is the post, as "пост" is */
	dx_result  *r = run("Место председателя комитета по бюджету занял депутат Иван Петров.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "председатель комитета по бюджету");
	dx_result_free(r);
	r = run("На место министра обороны Андорры назначен Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* the place of a person is no office */
	r = run("Иван Петров назначен на место Сидорова.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(profession_in_apposition_before_an_office)
{
	/* a name, a profession in apposition, then an office after a comma or и: the office is the role */
	dx_result  *r = run("На форум приехал Пьер Дюбуа — дипломат, посол Андорры в Монако.");

	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "посол");
	dx_result_free(r);
	r = run("Выступил Пьер Дюбуа — политик и лидер партии «Зелёные».");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "лидер партии");
	dx_result_free(r);
	/* an office naming another person after it stays that person's */
	r = run("Иван Петров, журналист, и посол Андорры Пьер Дюбуа обсудили книгу.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "посол");
	dx_result_free(r);
}

TEST(state_inside_a_body_name_after_an_office)
{
	/* a state inside a quoted or Latin body's name does not end the office's words */
	dx_result  *r = run("Новым генеральным директором компании «Андорра Телеком» назначен Иван Петров.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "генеральный директор");
	dx_result_free(r);
	r = run("Генеральным директором компании Andorra Telecom назначен Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "генеральный директор компании");
	dx_result_free(r);
}

TEST(rank_or_hyphenated_office_after_a_verb_of_appointing)
{
	/* the office given beats a hyphenated office or a rank between the verb and the name */
	dx_result  *r = run("Премьер-министром Андорры назначен вице-премьер Сергей Смирнов.");

	CHECK_STR_EQ(role_of(r, "Сергей Смирнов"), "премьер-министр");
	dx_result_free(r);
	r = run("Министром обороны Андорры назначен генерал Сергей Смирнов.");
	CHECK_STR_EQ(role_of(r, "Сергей Смирнов"), "министр обороны");
	dx_result_free(r);
	r = run("Министром обороны Андорры назначен генерал-майор Сергей Смирнов.");
	CHECK_STR_EQ(role_of(r, "Сергей Смирнов"), "министр обороны");
	dx_result_free(r);
}

TEST(head_of_a_ministry_is_its_minister)
{
	/* глава or руководитель of a ministry the lexicon knows: the office of its head */
	dx_result  *r = run("Глава Минсельхоза Андорры Иван Петров заявил о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр сельского хозяйства");
	dx_result_free(r);
	r = run("Руководитель министерства обороны Андорры Иван Петров заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* a body renamed under one code keeps the words of the text */
	r = run("Глава Минкомсвязи Иван Петров заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава Минкомсвязи");
	dx_result_free(r);
	/* the head of a part of the body is not its minister */
	r = run("Глава пресс-службы Минсельхоза Иван Петров заявил о реформе.");
	CHECK(strncmp(role_of(r, "Иван Петров"), "глава пресс-службы", strlen("глава пресс-службы")) == 0);
	dx_result_free(r);
}

TEST(person_heading_a_ministry)
{
	/* a verb of heading a ministry the lexicon knows: its head's office, of the state after it */
	dx_result  *r = run("Иван Петров с 2019 года возглавляет Минфин Андорры.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	r = run("По решению парламента МИД Андорры возглавит Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр иностранных дел");
	dx_result_free(r);
	r = run("Иван Петров, возглавляющий Минздрав Андорры, заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр здравоохранения");
	dx_result_free(r);
	/* руководить, with the instrumental */
	r = run("Иван Петров, руководящий Минфином Андорры, заявил о реформе. Минздравом Андорры руководит Анна Белова.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр здравоохранения");
	dx_result_free(r);
	/* a ministry headed once is no role; the head of a delegation of a ministry is no minister */
	r = run("Иван Петров, возглавлявший Минздрав Андорры, заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	r = run("Иван Петров возглавил делегацию Минфина Андорры на переговорах.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава делегации Минфина");
	dx_result_free(r);
	r = run("Делегацию МИД Андорры возглавит Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава делегации МИД");
	dx_result_free(r);
	/* the name in the genitive before the verb is no subject of it: the son heads the ministry */
	r = run("Сын Егора Ланина возглавляет Минфин Андорры.");
	CHECK_STR_EQ(role_of(r, "Егор Ланин"), "(none)");
	dx_result_free(r);
}

TEST(name_in_the_dative_after_an_office_in_the_dative)
{
	/* Марии is the genitive and the dative alike: after an office in the dative, an apposition */
	dx_result  *r = run("Письмо направлено министру иностранных дел Андорры Марии Петровой.");

	CHECK_STR_EQ(role_of(r, "Мария Петрова"), "министр иностранных дел");
	dx_result_free(r);
	/* in the genitive after an office in the nominative, the possessor */
	r = run("Советник Марии Петровой заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Мария Петрова"), "(none)");
	dx_result_free(r);
	/* another name after it: the first is the possessor */
	r = run("Письмо направлено советнику Марии Петровой Ивану Сидорову.");
	CHECK_STR_EQ(role_of(r, "Мария Петрова"), "(none)");
	dx_result_free(r);
}

TEST(feminine_forms_of_offices)
{
	/* a woman's form of an office is the office, as written */
	dx_result  *r = run("Руководительница фонда Анна Петрова заявила о сборе средств.");

	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "руководительница фонда");
	dx_result_free(r);
	r = run("Официальная представительница МИД Андорры Анна Петрова заявила о протесте.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "официальная представительница МИД");
	dx_result_free(r);
	r = run("По словам советницы президента Анны Петровой, реформа начнётся весной.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "советница президента");
	dx_result_free(r);
}

TEST(office_said_of_a_pronoun_in_the_next_sentence)
{
	dx_result  *r = run("Иван Сидоров прибыл в Монако. Он является министром обороны Андорры с 2019 года.");

	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "министр обороны");
	dx_result_free(r);
	r = run("Иван Сидоров прибыл в Монако. С 2019 года он занимает пост министра обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "министр обороны");
	dx_result_free(r);
	r = run("Иван Сидоров прибыл в Монако. Сейчас он — министр обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "министр обороны");
	dx_result_free(r);
	/* она: the woman of the sentence before, not the man */
	r = run("Иван Сидоров встретился в Монако с Анной Петровой. В марте она стала министром культуры Андорры.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
	/* an office held once is no role */
	r = run("Иван Сидоров прибыл в Монако. Ранее он был министром обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
	r = run("Иван Сидоров прибыл в Монако. Он занимал пост министра обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
	/* two men in the sentence before, neither its subject: nobody's */
	r = run("На встрече присутствовали Иван Сидоров и Пётр Орлов. Он является министром обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Пётр Орлов"), "(none)");
	dx_result_free(r);
	/* the pronoun not first in its sentence: another clause */
	r = run("Иван Сидоров прибыл в Монако. Журналисты спросили, является ли он министром обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
	/* the gender of the verb disagrees with the person's */
	r = run("Иван Сидоров прибыл в Монако. Она стала министром обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
}

TEST(honorific_between_office_and_name)
{
	dx_result  *r = run("Министр иностранных дел Андорры господин Иван Сидоров прибыл в Монако.");

	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "министр иностранных дел");
	dx_result_free(r);
	r = run("Посол Андорры г-н Сидоров вручил верительные грамоты.");
	CHECK_STR_EQ(role_of(r, "Сидоров"), "посол");
	dx_result_free(r);
	r = run("Посол Андорры г-жа Петрова вручила верительные грамоты.");
	CHECK_STR_EQ(role_of(r, "Петрова"), "посол");
	dx_result_free(r);
	r = run("Министр культуры Андорры госпожа Анна Петрова открыла выставку.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "министр культуры");
	dx_result_free(r);
	/* an honorific that the lexicon knows as an office too: the office before it is the role */
	r = run("Эмир Андорры шейх Тамим бин Салим Аль Хури прибыл в Монако.");
	CHECK_STR_EQ(role_of(r, "Тамим бин Салим Аль Хури"), "эмир");
	dx_result_free(r);
	r = run("Верховный лидер Андорры аятолла Али Карими выступил с обращением.");
	CHECK_STR_EQ(role_of(r, "Али Карими"), "верховный лидер");
	dx_result_free(r);
}

TEST(compound_offices_with_a_hyphen_or_a_prefix)
{
	dx_result  *r = run("Министр-президент Баварии Иоганн Вебер открыл выставку.");

	CHECK_STR_EQ(role_of(r, "Иоганн Вебер"), "министр-президент");
	dx_result_free(r);
	r = run("Обер-бургомистр Дрездена Клаус Бауэр встретил гостей.");
	CHECK_STR_EQ(role_of(r, "Клаус Бауэр"), "обер-бургомистр");
	dx_result_free(r);
	r = run("Госминистр Андорры по европейским делам Анна Петрова прибыла в Монако.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "госминистр по европейским делам");
	dx_result_free(r);
	/* the party of the holder joined after the office is no part of it */
	r = run("Сенатор-республиканец Джон Уилсон выступил против законопроекта.");
	CHECK_STR_EQ(role_of(r, "Джон Уилсон"), "сенатор");
	dx_result_free(r);
	r = run("Депутат-социалист Пьер Дюбуа выступил против законопроекта.");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "депутат");
	dx_result_free(r);
	/* an abbreviation before a body the lexicon knows names a part of it */
	r = run("Начальник ГУ МВД по Москве Олег Сидоров провёл совещание.");
	CHECK_STR_EQ(role_of(r, "Олег Сидоров"), "начальник ГУ МВД по Москве");
	dx_result_free(r);
	/* after the name and a comma */
	r = run("Иоганн Вебер, министр-президент Баварии, открыл выставку.");
	CHECK_STR_EQ(role_of(r, "Иоганн Вебер"), "министр-президент");
	dx_result_free(r);
	r = run("Клаус Бауэр, обер-бургомистр Дрездена, встретил гостей.");
	CHECK_STR_EQ(role_of(r, "Клаус Бауэр"), "обер-бургомистр");
	dx_result_free(r);
	/* a dash written with no spaces joins two offices, no compound */
	r = run("Президент—председатель правления банка Олег Петров выступил на форуме.");
	CHECK_STR_EQ(role_of(r, "Олег Петров"), "председатель правления банка");
	dx_result_free(r);
	/* a word the dictionary knows tells of the holder; экс- of a former office */
	r = run("Первая женщина-президент Андорры Анна Петрова выступила в парламенте.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "президент");
	dx_result_free(r);
	r = run("Экс-президент Андорры Иван Сидоров выступил в парламенте.");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
}

TEST(post_held_right_after_the_name)
{
	/* "в должности" and an office in the genitive right after a name: the office held */
	dx_result  *r = run("Иван Петров в должности министра обороны Андорры посетил Монако.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* the name before is the office's possessor, not after it: "в качестве" of a nominalisation */
	r = run("Премьер-министр приняла отставку Ивана Петрова в качестве министра обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(name_in_commas_after_an_office_opening_the_sentence)
{
	/* an office opening the sentence, the name set off by commas after it */
	dx_result  *r = run("Министр обороны Андорры, Иван Петров, заявил о реформе армии.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* a list after a comma is no apposition */
	r = run("Министр обороны, Иван Петров и Анна Сидорова обсудили реформу армии.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(office_held_now_after_a_former_one_in_apposition)
{
	/* a former office in commas, then «а ныне» and the office held now */
	dx_result  *r = run("Иван Петров, экс-министр финансов, а ныне посол Андорры в Монако, заявил о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "посол");
	dx_result_free(r);
	r = run("Анна Петрова, в прошлом министр финансов, а сейчас посол Андорры, заявила о реформе.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "посол");
	dx_result_free(r);
}

TEST(given_name_in_the_nominative_after_an_office_in_the_genitive)
{
	/* a given name that declines, written in its nominative, is no genitive: the relative's name */
	dx_result  *r = run("Супруга президента Франции Мария Иванова посетила школу в Лионе.");

	CHECK_STR_EQ(role_of(r, "Мария Иванова"), "(none)");
	CHECK(role_of(r, "Мария Иванов") == NULL);
	dx_result_free(r);
	/* a man's surname in the genitive after it keeps the genitive */
	r = run("Он остался в команде первого президента Андорры Ахмат Кадырова до конца.");
	CHECK_STR_EQ(role_of(r, "Ахмат Кадыров"), "президент");
	dx_result_free(r);
}

TEST(office_held_also_past_takzhe)
{
	/* «также» between the name and the verb of holding */
	dx_result  *r = run("Иван Петров также является министром обороны Андорры.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	r = run("Анна Петрова также занимает пост министра обороны Андорры.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "министр обороны");
	dx_result_free(r);
}

TEST(office_of_the_sentence_before_said_of_im_stal)
{
	/* «им стал» after a sentence naming an office to be filled */
	dx_result  *r = run("Компания объявила о назначении нового президента. Им стал Иван Петров, ранее занимавший пост вице-президента.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "президент");
	dx_result_free(r);
	r = run("Парламент проголосовал за кандидата на пост премьер-министра Андорры. Ей стала Анна Петрова.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "премьер-министр");
	dx_result_free(r);
	/* no office in the sentence before: no role */
	r = run("Пьер Дюбуа объявил о реформе. Им стал Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(person_heading_a_party_or_a_faction)
{
	/* a person heading a party or a faction leads it */
	dx_result  *r = run("Иван Петров, возглавляющий оппозиционную партию «Вперёд», заявил о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "лидер партии");
	dx_result_free(r);
	r = run("Партию возглавил Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "лидер партии");
	dx_result_free(r);
	r = run("Фракция «Зелёные» во главе с Анной Сидоровой выступила против.");
	CHECK_STR_EQ(role_of(r, "Анна Сидорова"), "глава фракции");
	dx_result_free(r);
	r = run("Иван Петров возглавляет фракцию «Зелёные» в парламенте.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава фракции");
	dx_result_free(r);
	/* the head of a party's delegation is no leader of the party; a party headed once: no role */
	r = run("Делегацию партии возглавил Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава делегации партии");
	dx_result_free(r);
	r = run("Иван Петров, возглавлявший партию «Вперёд», заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	/* a delegation headed is no party */
	r = run("Делегация во главе с Иваном Петровым прибыла в Монако.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/*
 * "Иван Петров возглавляет компанию «Ромашка»", "Анна Белова руководит
 * театром": a body the lexicon does not know, the object of a verb of
 * heading (in the accusative after возглавлять, in the instrumental after
 * руководить), gives its subject the verb's office with the body in the
 * genitive
 */
TEST(person_heading_a_body_the_lexicon_does_not_know)
{
	dx_result  *r = run("Иван Петров возглавляет компанию «Ромашка». Анна Белова руководит городским музеем. "
						"Олег Ветров, возглавляющий институт вирусологии, выступил с докладом.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава компании «Ромашка»");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "руководитель городского музея");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "глава института вирусологии");
	dx_result_free(r);
	/* the body first, the subject after the verb; «который»; a participle in an oblique case */
	r = run("Компанией «Ромашка» руководит Иван Петров. Фонд «Добро» возглавляет Анна Белова. Мария Соколова, "
			"которая руководит театром, выступила с речью. Он встретился с Олегом Ветровым, возглавляющим "
			"банк «Восток».");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "руководитель компании «Ромашка»");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "глава фонда «Добро»");
	CHECK_STR_EQ(role_of(r, "Мария Соколова"), "руководитель театра");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "глава банка «Восток»");
	dx_result_free(r);
	/* adjectives in the genitive, a state's adjective or name goes, a body's own name keeps its capital */
	r = run("Иван Петров возглавляет крупнейшую андоррскую компанию «Ромашка». Анна Белова возглавила "
			"делегацию Андорры. Олег Ветров возглавляет Ассоциацию туроператоров. Пётр Лисин возглавит "
			"совет директоров банка «Восток».");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава крупнейшей компании «Ромашка»");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "глава делегации");
	CHECK_STR_EQ(country_of(r, "Анна Белова"), "AD");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "глава Ассоциации туроператоров");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "глава совета директоров банка «Восток»");
	dx_result_free(r);
	/* the lexicon's office of the two words; a preposition before a word of no body ends no body's words */
	r = run("Иван Петров, возглавляющий правительство Андорры, выступил с докладом. Анна Белова возглавляет "
			"комиссию по вопросам помилования при президенте.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "премьер-министр");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "глава комиссии по вопросам помилования");
	dx_result_free(r);
	/* a post held once, a list, a pronoun's body, the subject's relative in the genitive: no role */
	r = run("Иван Петров возглавлял компанию «Ромашка» до 2015 года. Анна Белова возглавляет список "
			"богатейших людей. Олег Ветров руководит этой компанией. Сын Егора Ланина возглавляет фонд «Добро».");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Егор Ланин"), "(none)");
	dx_result_free(r);
	/* a body the lexicon knows keeps its own office, a party its leader */
	r = run("Иван Петров, руководящий Минфином Андорры, выступил с докладом. Анна Белова возглавила партию "
			"«Вперёд» в 2019 году.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "лидер партии");
	dx_result_free(r);
}

TEST(heads_of_bodies_of_a_number_of_states)
{
	/* a plural office of the heads of bodies, a number of states, the names that share it */
	dx_result  *r = run("Главы оборонных ведомств двух стран Иван Петров и Пьер Дюбуа подписали меморандум.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "министр обороны");
	dx_result_free(r);
	r = run("Руководители внешнеполитических ведомств обеих стран Иван Петров и Пьер Дюбуа подписали меморандум.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "министр иностранных дел");
	dx_result_free(r);
}

TEST(description_between_a_name_and_its_office)
{
	/* a description in apposition between the name and its office */
	dx_result  *r = run("Аркадий Петров, сын дипломата, вице-премьер Андорры, провалил реформу.");

	CHECK_STR_EQ(role_of(r, "Аркадий Петров"), "вице-премьер");
	dx_result_free(r);
	r = run("Аркадий Петров – уроженец Монако, вице-премьер в кабинете министров.");
	CHECK_STR_EQ(role_of(r, "Аркадий Петров"), "вице-премьер");
	dx_result_free(r);
	/* not in a clause of its own after a name in the genitive */
	r = run("По словам Аркадия Петрова, сына дипломата, министр обороны готовит реформу.");
	CHECK_STR_EQ(role_of(r, "Аркадий Петров"), "(none)");
	dx_result_free(r);
	/* an office, и and a description of the person named after it */
	r = run("Его заместитель и потенциальный преемник Пьер Дюбуа заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Пьер Дюбуа"), "заместитель");
	dx_result_free(r);
	/* a feminine noun after и names another person */
	r = run("Президент и первая леди Анна Петрова посетили школу.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "(none)");
	dx_result_free(r);
}

TEST(state_closing_the_words_that_reach_a_name)
{
	/* a state closing the words that run on to a name is the person's, not the role's */
	dx_result  *r = run("Глава пресс-службы МИД Андорры Иван Петров заявил о реформе.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава пресс-службы МИД");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	dx_result_free(r);
	r = run("Командующий ВВС Андорры генерал-лейтенант Иван Петров заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "командующий ВВС");
	CHECK_STR_EQ(country_of(r, "Иван Петров"), "AD");
	dx_result_free(r);
	/* a rank's prefix joined by a hyphen is the rank's */
	r = run("Командующий ВМС Андорры вице-адмирал Иван Петров заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "командующий ВМС");
	dx_result_free(r);
	/* a two-word state stays whole */
	r = run("Премьер-министр Великой Британии Анна Петрова заявила о реформе.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "премьер-министр");
	dx_result_free(r);
}

TEST(office_of_the_sentence_before_in_its_own_words)
{
	/* the pronoun agrees with the office, the verb with the person; the office keeps its words */
	dx_result  *r = run("В Андорре назначен новый посол. Им стала Анна Петрова.");

	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "посол");
	dx_result_free(r);
	r = run("Совет директоров выбрал нового главу компании. Им стал Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "глава компании");
	dx_result_free(r);
}

TEST(member_of_a_committee_or_a_chamber)
{
	/* a member of a committee, a commission or the Federation Council holds a post */
	dx_result  *r = run("Член комитета по обороне парламента Андорры Иван Петров предложил ввести санкции.");

	CHECK(strncmp(role_of(r, "Иван Петров"), "член комитета по обороне", strlen("член комитета по обороне")) == 0);
	dx_result_free(r);
	r = run("Член Совета Федерации Андрей Клишас внёс законопроект.");
	CHECK_STR_EQ(role_of(r, "Андрей Клишас"), "член Совета Федерации");
	dx_result_free(r);
	/* a member of a party is no post */
	r = run("Член партии «Вперёд» Иван Петров выступил на митинге.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(office_held_also_past_tozhe)
{
	/* «тоже», as «также», between a name and a verb of holding a post */
	dx_result  *r = run("Иван Петров тоже является министром обороны Андорры.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
}

TEST(office_a_name_acts_in_after_kak)
{
	/* «как» and an office in the nominative after a name: the office it acts in */
	dx_result  *r = run("Петров как министр обороны Андорры посетил Монако.");

	CHECK_STR_EQ(role_of(r, "Петров"), "министр обороны");
	dx_result_free(r);
	r = run("Иван Петров, как министр обороны Андорры, обязан ответить на запрос.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* «как и»: a likeness, not the name's office */
	r = run("Иван Петров, как и президент Андорры, считает иначе.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

TEST(monarchs_and_heirs)
{
	/* шах, великий герцог, кронпринц are offices of a state */
	dx_result  *r = run("Кронпринц Андорры Мухаммед бин Салман прибыл в Париж.");

	CHECK_STR_EQ(role_of(r, "Мухаммед бин Салман"), "кронпринц");
	dx_result_free(r);
	r = run("Великий герцог Люксембурга Анри принял посла Андорры.");
	CHECK_STR_EQ(role_of(r, "Анри"), "великий герцог");
	dx_result_free(r);
	r = run("Шах Ирана Мохаммед Реза Пехлеви бежал из страны.");
	CHECK_STR_EQ(role_of(r, "Мохаммед Реза Пехлеви"), "шах");
	dx_result_free(r);
}

/* the head of a theatre or an orchestra: художественный руководитель, худрук */
TEST(artistic_director)
{
	dx_result  *r = run("Художественный руководитель Малого театра Иван Петров выступил с заявлением.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "художественный руководитель Малого театра");
	dx_result_free(r);
	r = run("Об этом сообщил Пётр Сидоров, художественный руководитель театра «Ленком».");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "художественный руководитель");
	dx_result_free(r);
}

/* a participle's clause after a comma describes the body, it is no part of the office */
TEST(participle_clause_after_an_office_body)
{
	dx_result  *r = run("Об этом заявил Пётр Иванов, глава Европейской ассоциации врачей (EAD), "
						"представляющей тысячи врачей. Его поддержал Олег Ветров, председатель "
						"Северного союза пекарей, объединяющего сотни пекарен.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "глава Европейской ассоциации врачей");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "председатель Северного союза пекарей");
	dx_result_free(r);
	/* a verbal adverb's clause too */
	r = run("Об этом заявил Пётр Иванов, председатель правления банка, выступая на форуме.");
	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "председатель правления банка");
	dx_result_free(r);
}

/*
 * "из окружения X" is X's circle: the office before it is not X's; "из"
 * inside a topic after "по" stays
 */
TEST(office_before_iz_is_not_the_named_persons)
{
	dx_result  *r = run("Он встретился с сыном судьи из окружения Петра Сидорова. Министр по вопросам "
						"выхода из Евросоюза Олег Ветров подал в отставку. Главный врач одной из "
						"городских больниц Анна Крылова промолчала.");

	CHECK_STR_EQ(role_of(r, "Петр Сидоров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр по вопросам выхода из Евросоюза");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "главный врач одной из городских больниц");
	dx_result_free(r);
	/* a person the lexicon knows stays that person, with the office it gives */
	r = run("Он встретился с сыном судьи из окружения Путина.");
	CHECK_STR_EQ(role_of(r, "Владимир Путин"), "президент");
	dx_result_free(r);
}

/*
 * a state's adjective before a body that follows the office's words is the
 * body's; it goes to the country, not dangling at the end of the role
 */
TEST(state_adjective_of_a_body_after_the_office_words)
{
	const dx_entity *e;
	dx_result  *r = run("Заместитель секретаря по вопросам прав человека американского министерства "
						"иностранных дел Пётр Иванов заявил о пытках. Заместитель министра по делам "
						"молодёжи французского парламента Анна Крылова промолчала.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "заместитель секретаря по вопросам прав человека");
	e = unit_entity(r, DX_PERSON, "Пётр Иванов");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "US") == 0);
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "заместитель министра по делам молодёжи");
	dx_result_free(r);
}

/*
 * a word of the holder's name is never the role's, even when a list of
 * places knows it as a town: written as its nominative right before a
 * given name, after a capitalised word, it is no genitive of the office's
 */
TEST(role_holds_no_word_of_the_holders_name)
{
	dx_result  *r = run("Лидер радикальной исламистской партии Техрик-э-Лабайк Пакистан Хадим Хусейн Ризви "
						"задержан.");

	/* the body's own name, unquoted, is the organisation's and leaves the role */
	CHECK_STR_EQ(role_of(r, "Хадим Хусейн Ризви"), "лидер радикальной исламистской партии");
	dx_result_free(r);
	r = run("Лидер партии Андорры Хадим Хусейн Ризви задержан.");
	CHECK_STR_EQ(role_of(r, "Хадим Хусейн Ризви"), "лидер партии");
	dx_result_free(r);
	/* an abbreviation in brackets closes the body's name: the word after it is the holder's */
	r = run("Полиция арестовала сторонников лидера исламистской партии Техрик-э-Лабаик Пакистан (ТЛП) "
			"Хадима Хуссейна Ризви.");
	CHECK_STR_EQ(role_of(r, "Хадим Хуссейн Ризви"), "лидер исламистской партии Техрик-э-Лабаик");
	dx_result_free(r);
}

/*
 * an abbreviation in Cyrillic is a word of the post, as a body the lexicon
 * knows is (a service, an institute, a branch); a company's legal form goes
 * with the company's name
 */
TEST(cyrillic_abbreviation_in_the_office_words)
{
	dx_result  *r = run("Об этом заявил командующий ВДВ Олег Ветров.");

	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "командующий ВДВ");
	dx_result_free(r);
	r = run("Об этом заявил Олег Ветров, командующий ВМС Андорры.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "командующий ВМС");
	CHECK_STR_EQ(country_of(r, "Олег Ветров"), "AD");
	dx_result_free(r);
	r = run("Об этом рассказал директор НИИ вакцин Пётр Иванов.");
	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "директор НИИ вакцин");
	dx_result_free(r);
	r = run("Об этом рассказал начальник отделения МФЦ по Центральному округу Омска Пётр Иванов.");
	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "начальник отделения МФЦ по Центральному округу Омска");
	dx_result_free(r);
	r = run("Об этом заявил директор ООО Ромашка Пётр Иванов.");
	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "директор");
	dx_result_free(r);
}

/* the words of an office after a name that stop at the name a body is named after leave no "имени" */
TEST(office_words_end_before_named_after)
{
	dx_result  *r = run("Об этом рассказал Пётр Иванов, директор НИИ вакцин имени Пастера. Его "
						"поддержал Олег Ветров, ректор университета имени Ломоносова, в Москве.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "директор НИИ вакцин");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "ректор университета");
	dx_result_free(r);
}

/* a name after a preposition and its noun inside an office's words is the noun's object, not the holder */
TEST(object_of_a_preposition_in_the_office_words)
{
	dx_result  *r = run("Полиция задержала лидера протестующих против освобождения Анны Крыловой.");

	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "(none)");
	dx_result_free(r);
	r = run("Полиция задержала лидера протестующих против освобождения Путина.");
	CHECK_STR_EQ(role_of(r, "Владимир Путин"), "президент");
	dx_result_free(r);
}

/* a state's adjective before a body the lexicon knows: the body stays in the role, the state goes to the country */
TEST(state_adjective_before_a_known_body)
{
	dx_result  *r = run("Об этом заявил Пётр Иванов, представитель американского Госдепартамента.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "представитель Госдепартамента");
	CHECK_STR_EQ(country_of(r, "Пётр Иванов"), "US");
	dx_result_free(r);
	r = run("Об этом заявил Олег Ветров, депутат британского парламента.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "депутат парламента");
	dx_result_free(r);
}

/*
 * a list of what an office covers after a comma goes on to "и": no clause
 * after the office's comma, and its abbreviation closing it after the name
 */
TEST(comma_list_of_what_an_office_covers)
{
	dx_result  *r = run("Как сообщил Пётр Иванов, министр финансов, цены выросли. Об этом заявила Анна "
						"Крылова, еврокомиссар по цифровым технологиям, культуре и СМИ.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Анна Крылова"), "еврокомиссар по цифровым технологиям, культуре и СМИ");
	dx_result_free(r);
	r = run("Об этом заявил Олег Ветров, министр по делам молодёжи, спорта и туризма.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр по делам молодёжи, спорта и туризма");
	dx_result_free(r);
}

/* the words of an office end at no preposition alone */
TEST(office_words_end_at_no_preposition)
{
	dx_result  *r = run("Об этом заявил Пётр Иванов, глава комитета по этике при президенте.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "глава комитета по этике");
	dx_result_free(r);
}

/* a name in the nominative after an office in the prepositional case is not its holder */
TEST(nominative_name_after_an_office_in_the_prepositional)
{
	dx_result  *r = run("Глава комитета по этике при президенте Пётр Иванов заявил о реформе.");

	CHECK(!any_role(r, "президент"));
	dx_result_free(r);
	r = run("Он выступил на встрече при президенте Петре Иванове.");
	CHECK_STR_EQ(role_of(r, "Петр Иванов"), "президент");
	dx_result_free(r);
}

/* an abbreviation in brackets that goes from inside a list leaves no space before the comma */
TEST(no_space_before_a_comma_where_brackets_went)
{
	dx_result  *r = run("Об этом заявил Пётр Иванов, глава Федерального агентства по экологии (ФАЭ), "
						"торговле и туризму.");

	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "глава Федерального агентства по экологии, торговле и туризму");
	dx_result_free(r);
}

/* a word standing for the state before "и" and a noun in the nominative is no part of the role */
TEST(state_word_before_and_a_nominative)
{
	dx_result  *r = run("Андерс Свенссон - сейчас главный эпидемиолог страны и \"изобретатель\" особого пути.");

	CHECK_STR_EQ(role_of(r, "Андерс Свенссон"), "главный эпидемиолог");
	dx_result_free(r);
	r = run("Министр по делам страны и диаспоры Пётр Иванов заявил о реформе.");
	CHECK_STR_EQ(role_of(r, "Пётр Иванов"), "министр по делам страны и диаспоры");
	dx_result_free(r);
}

/*
 * the subject of a verb of replacing told by a pronoun or a person's noun
 * opening the sentence: the person of the sentence before takes the post,
 * over an office the story gave first
 */
TEST(replaced_post_of_a_pronoun_or_a_noun_subject)
{
	dx_result  *r = run("Бельгийский тренер Франк Петерс возглавлял клуб «Вымпел» до мая. Бельгиец заменил на "
						"посту главного тренера Ивана Сидорова.");

	CHECK_STR_EQ(role_of(r, "Франк Петерс"), "главный тренер");
	CHECK_STR_EQ(role_of(r, "Иван Сидоров"), "(none)");
	dx_result_free(r);
	r = run("Олег Ковалёв прибыл в Андорру в мае. Он сменил на посту министра обороны Павла Зимина.");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Павел Зимин"), "(none)");
	dx_result_free(r);
	/* not of another gender, nor a body */
	r = run("Олег Ковалёв прибыл в Андорру в мае. Она сменила на посту министра обороны Павла Зимина.");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "(none)");
	dx_result_free(r);
	r = run("Олег Ковалёв прибыл в Андорру в мае. Клуб сменил на посту главного тренера Павла Зимина.");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "(none)");
	dx_result_free(r);
}

/*
 * a member of a party between an office and a name describes the person
 * and is no word of the office
 */
TEST(party_member_between_office_and_name)
{
	dx_result  *r = run("Спикер республиканец Джон Бонер заявил о решении. Президент назначил временным "
						"губернатором Московской области единоросса Павла Зимина. Губернатором Тверской области назначен "
						"лейборист Олег Ковалёв. Лидер лейбористов Иван Петров выступил.");

	CHECK_STR_EQ(role_of(r, "Джон Бонер"), "спикер");
	CHECK_STR_EQ(role_of(r, "Павел Зимин"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "лидер лейбористов");
	dx_result_free(r);
}

/* the place of a post between an office opening its clause and the verb of taking it */
TEST(place_of_a_post_before_the_verb_of_taking_it)
{
	dx_result  *r = run("Место спикера Палаты представителей в новом Конгрессе занял республиканец Джон Бонер. "
						"Пост министра обороны в правительстве Андорры занял Иван Петров. Министром финансов в "
						"новом кабинете стала Анна Белова.");

	CHECK_STR_EQ(role_of(r, "Джон Бонер"), "спикер Палаты представителей");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр финансов");
	dx_result_free(r);
}

/* an age in commas between a name and the office in apposition after it */
TEST(age_in_commas_between_a_name_and_its_office)
{
	dx_result  *r = run("Иван Петров, 45 лет, министр обороны Андорры, прибыл в Москву. Анна Белова, 52 года, "
						"посол Андорры, ответила на вопросы. Олег Ковалёв, 30 лет, прибыл вчера.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "посол");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "(none)");
	dx_result_free(r);
}

/*
 * «из» after a noun among an office's words tells where its holder comes
 * from: the name after it is no holder; "одного из" is a part of many
 */
TEST(office_words_with_iz_reach_no_holder)
{
	dx_result  *r = run("Он сын судьи из окружения Каспарова. Его принял главный врач одного из центров Львова "
						"Тарас Петренко.");

	CHECK_STR_EQ(role_of(r, "Каспаров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Тарас Петренко"), "главный врач одного из центров Львова");
	dx_result_free(r);
}

/*
 * a description between a name and its office may name a place or a
 * person in the genitive, and have a preposition of its own
 */
TEST(longer_description_between_a_name_and_its_office)
{
	dx_result  *r = run("Иван Петров – уроженец Цейлона, вице-премьер в правительстве Андорры, уехал в Израиль. "
						"Аркадий Сидоров, сын шахматного судьи из окружения Каспарова, вице-премьер Андорры, "
						"заявил о решении.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "вице-премьер");
	CHECK_STR_EQ(role_of(r, "Аркадий Сидоров"), "вице-премьер");
	CHECK_STR_EQ(role_of(r, "Каспаров"), "(none)");
	dx_result_free(r);
}

/* the name of a place after its generic noun among an office's words is no part of the role */
TEST(place_name_after_a_generic_noun_of_an_office)
{
	dx_result  *r = run("Губернатор провинции Пенджаб Салман Тасир был убит. Губернатор штата Огайо Джон Кейсик "
						"выступил. Патриарх Московский и всея Руси Кирилл заявил о решении.");

	CHECK_STR_EQ(role_of(r, "Салман Тасир"), "губернатор провинции");
	CHECK_STR_EQ(role_of(r, "Джон Кейсик"), "губернатор штата");
	CHECK_STR_EQ(role_of(r, "Кирилл"), "патриарх Московский и всея Руси");
	dx_result_free(r);
}

/*
 * a person heading a body the lexicon gives no org_head role holds the
 * office of its head when an office row names it (председатель центрального
 * банка); else nothing
 */
TEST(person_heading_a_body_of_a_head_office)
{
	dx_result  *r = run("Иван Петров возглавляет Центральный банк. Совет Федерации возглавила Анна Белова. Олег "
						"Ковалёв возглавляет Верховный суд.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "председатель центрального банка");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "председатель Совета Федерации");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "(none)");
	dx_result_free(r);
}

/*
 * the holder of an office governed, in the genitive, between the state
 * and the topic: the topic stays the governing office's words
 */
TEST(holder_of_the_governed_office_before_the_topic)
{
	dx_result  *r = run("Советник президента Андорры Ивана Петрова по национальной безопасности Олег Ковалёв "
						"провел переговоры. Помощник президента Андорры Ивана Петрова по международным вопросам "
						"Анна Белова заявила о решении.");

	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "советник президента по национальной безопасности");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "помощник президента по международным вопросам");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "президент");
	dx_result_free(r);
}

/*
 * a participle's clause in commas between an office in the nominative and
 * the name: the name is the holder's
 */
TEST(participle_clause_between_office_and_name)
{
	dx_result  *r = run("Об этом сообщил директор компании Nord Stream 2 AG, занимающейся реализацией проекта, "
						"Йенс Мюллер. Министр обороны Андорры, отвечающий за армию, Иван Петров уехал. По словам "
						"министра финансов, занимавшегося этим вопросом, Олег Ковалёв ушёл.");

	CHECK_STR_EQ(role_of(r, "Йенс Мюллер"), "директор компании Nord Stream 2 AG");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "(none)");
	dx_result_free(r);
}

/*
 * a person's noun opening the sentence before a verb of taking a post
 * stands for the person of the sentence before, as «он» does
 */
TEST(post_taken_by_a_noun_subject_of_the_next_sentence)
{
	dx_result  *r = run("Иван Петров прибыл в Лиссабон в мае. Бельгиец стал главным тренером клуба. Анна Белова "
						"прибыла в Рим. Француженка стала послом Андорры. Олег Ковалёв прибыл в Рим. Клуб стал "
						"лидером чемпионата.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "главный тренер клуба");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "посол");
	CHECK_STR_EQ(role_of(r, "Олег Ковалёв"), "(none)");
	dx_result_free(r);
}

/* an age or a noun describing the person (a party's member) between an office's words and the name */
TEST(age_or_party_member_between_office_and_name)
{
	dx_result  *r = run("Министр финансов 45-летний Глеб Рыбин заявил о реформе. С министром культуры 52-летним "
						"Львом Чадовым встретился посол. Сенатор республиканец Олег Мухин выступил против. "
						"Губернатор Огайо демократ Ефим Жаров промолчал. Лидер оппозиции социалист Савва Лобов "
						"выступил. Помощник республиканца Павла Рыкова уехал.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "сенатор");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "лидер оппозиции");
	/* the aide of a republican: not an apposition */
	CHECK_STR_EQ(role_of(r, "Павел Рыков"), "(none)");
	dx_result_free(r);
}

/* a name the lexicon does not know after the state or the rank that close an office's words */
TEST(unknown_name_after_the_state_or_rank_closing_the_words)
{
	dx_result  *r = run("В список вошли командующий ВВС Андорры генерал-лейтенант Эл Мэйнзингер, командующий ВМС "
						"Монако Уэс Трамбл и начальник штаба ВМС Андорры Рой Баскин.");

	CHECK_STR_EQ(role_of(r, "Эл Мэйнзингер"), "командующий ВВС");
	CHECK_STR_EQ(role_of(r, "Уэс Трамбл"), "командующий ВМС");
	CHECK_STR_EQ(role_of(r, "Рой Баскин"), "начальник штаба ВМС");
	dx_result_free(r);
}

/* an office that reads as a participle (командующий) before a rank and a name */
TEST(participle_office_before_a_rank)
{
	dx_result  *r = run("Командующий генерал-майор Игорь Лапин прибыл на место. Командующий контр-адмирал Эл "
						"Таллис промолчал. Прибыл командующий генерал.");

	CHECK_STR_EQ(role_of(r, "Игорь Лапин"), "командующий");
	CHECK_STR_EQ(role_of(r, "Эл Таллис"), "командующий");
	dx_result_free(r);
}

/* a co-chair of an intergovernmental commission, one or two named after the office */
TEST(co_chairs_of_a_commission)
{
	dx_result  *r = run("Сопредседатели межправительственной комиссии Глеб Рыбин и Лев Чадов подписали протокол. "
						"С сопредседателем совета Олегом Мухиным встретился министр.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "сопредседатель межправительственной комиссии");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "сопредседатель межправительственной комиссии");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "сопредседатель совета");
	dx_result_free(r);
}

/* the object of a verb of appointing after a rank, the office after the name */
TEST(appointed_object_after_a_rank)
{
	dx_result  *r = run("Президент Андорры назначил генерал-майора Глеба Рыбина министром обороны. Премьер назначил "
						"полковника Льва Чадова на пост министра юстиции.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр юстиции");
	dx_result_free(r);
}

/* a rank held in retirement or in the reserve between an office and the name */
TEST(retired_rank_between_office_and_name)
{
	dx_result  *r = run("Министр обороны Андорры генерал-майор в отставке Глеб Рыбин заявил о реформе. Председатель "
						"комитета, полковник в запасе Лев Чадов, выступил.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "председатель комитета");
	dx_result_free(r);
}

/* a body's name in the genitive after an office in the genitive, a name after it: the body is no person */
TEST(body_noun_before_a_name_after_an_office_in_the_genitive)
{
	dx_result  *r = run("Санкции затронули начальника Генштаба ВС Андорры Глеба Рыбина и начальника Генштаба Монако "
						"Льва Чадова.");

	CHECK(unit_entity(r, DX_PERSON, "Генштаб") == NULL);
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "начальник Генштаба ВС");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "начальник Генштаба");
	dx_result_free(r);
}

/* a rank in the dative, instrumental or prepositional between an office and the name */
TEST(rank_in_every_case_between_office_and_name)
{
	dx_result  *r = run("Президент встретился с министром обороны Андорры генерал-лейтенантом Глебом Рыбиным. Награды "
						"вручены командующему флотом адмиралу Льву Чадову. Речь идёт о командующем ВМС вице-адмирале "
						"Олеге Мухине.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "командующий флотом");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "командующий ВМС");
	dx_result_free(r);
}

/* a plural office and a list of names, each after its own state */
TEST(plural_office_each_name_after_its_state)
{
	dx_result  *r = run("Министры иностранных дел Андорры Глеб Рыбин и Монако Лев Чадов подписали соглашение. Послы "
						"Андорры Олег Мухин, Монако Ефим Жаров и Лихтенштейна Савва Лобов вручили грамоты.");
	const dx_entity *e;

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр иностранных дел");
	e = unit_entity(r, DX_PERSON, "Лев Чадов");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "MC") == 0);
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "посол");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "посол");
	e = unit_entity(r, DX_PERSON, "Савва Лобов");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "LI") == 0);
	dx_result_free(r);
}

/* a title in the genitive after an office's words and before the name describes the person */
TEST(title_in_the_genitive_between_office_and_name)
{
	dx_result  *r = run("Встреча прошла с участием ректора университета академика Глеба Рыбина и министра финансов "
						"профессора Льва Чадова.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "ректор университета");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр финансов");
	dx_result_free(r);
}

/* a plural office and its names, a gloss in brackets after each */
TEST(plural_office_names_with_glosses_in_brackets)
{
	dx_result  *r = run("Депутаты парламента Глеб Рыбин (ЛДПР) и Лев Чадов (КПРФ) выступили. Сенаторы Олег Мухин "
						"(республиканец от штата Огайо) и Ефим Жаров (демократ) внесли законопроект.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "депутат парламента");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "депутат парламента");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "сенатор");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "сенатор");
	dx_result_free(r);
}

/* a plural office over a list of posts and as many names: each name its post, in order */
TEST(plural_office_of_a_list_of_posts_one_each)
{
	dx_result  *r = run("Министры обороны и иностранных дел Андорры Глеб Рыбин и Лев Чадов прибыли в Москву. Министры "
						"экономики, финансов и культуры Олег Мухин, Ефим Жаров и Савва Лобов выступили. Заместители "
						"министра финансов и экономики Павел Рыков и Игорь Соболев промолчали.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр экономики");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "министр культуры");
	/* the deputies of one minister: one office they share */
	CHECK_STR_EQ(role_of(r, "Игорь Соболев"), "заместитель министра финансов и экономики");
	dx_result_free(r);
}

/* what describes the person (a title, a form of address, a rank) after an office's body, state or post */
TEST(description_after_the_body_state_or_post_of_an_office)
{
	dx_result  *r = run("В список вошли командующий ВВС Андорры академик Глеб Рыбин, посол Андорры в Монако господин "
						"Лев Чадов и губернатор Огайо полковник Олег Мухин.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "командующий ВВС");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "посол");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "губернатор");
	dx_result_free(r);
}

/* a title in the dative or instrumental between an office and the name */
TEST(title_in_every_case_between_office_and_name)
{
	dx_result  *r = run("Президент встретился с министром обороны Андорры профессором Глебом Рыбиным и ректором академии "
						"академиком Львом Чадовым. Награды вручены послу Андорры доктору Олегу Мухину.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "ректор академии");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "посол");
	dx_result_free(r);
}

/* a title with its field, or an age, between an office's body, state or post and the name, in any case */
TEST(title_with_its_field_or_age_after_an_office_body)
{
	dx_result  *r = run("Санкции введены против посла Андорры в Монако доктора наук Глеба Рыбина. Начальник Генштаба "
						"65-летний Лев Чадов выступил. Президент встретился с командующим ВВС Андорры доктором наук "
						"Олегом Мухиным.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "посол");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "начальник");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "командующий ВВС");
	dx_result_free(r);
}

/* a member's title in the instrumental or dative (членом-корреспондентом РАН) between an office and the name */
TEST(member_title_in_every_case_between_office_and_name)
{
	dx_result  *r = run("Президент встретился с главой МИД Монако членом-корреспондентом РАН Глебом Рыбиным.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр иностранных дел");
	dx_result_free(r);
}

/* past an office's post, a name in another case than the office's (its object) is not its holder */
TEST(object_after_an_office_post_is_no_holder)
{
	dx_result  *r = run("Посол Андорры в Москве г-ну Глебу Рыбину вручил награду.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "(none)");
	dx_result_free(r);
}

/* a party member after an office and a comma, before the name */
TEST(party_member_after_an_office_and_a_comma)
{
	dx_result  *r = run("Министр финансов, республиканец Глеб Рыбин, выступил. Президент Андорры, демократ Лев Чадов, "
						"промолчал.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "президент");
	dx_result_free(r);
}

/* an office ending in an abbreviation, a comma and a rank before the name */
TEST(rank_after_an_abbreviation_and_a_comma)
{
	dx_result  *r = run("В список вошли командующий ВВС, полковник Лев Чадов, и посол Андорры, академик Олег Мухин. "
						"Санкции введены против командующего ВМС, вице-адмирала Глеба Рыбина.");

	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "командующий ВВС");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "посол");
	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "командующий ВМС");
	dx_result_free(r);
}

/* an age after an office in an oblique case and a comma, in the office's case */
TEST(age_after_a_comma_in_an_oblique_case)
{
	dx_result  *r = run("С министром финансов, 45-летним Глебом Рыбиным, встретился посол. Санкции введены против "
						"министра культуры, 52-летнего Льва Чадова. С командующим ВВС, 65-летним Олегом Мухиным, "
						"встретился посол.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр культуры");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "командующий");
	dx_result_free(r);
}

/* two offices joined by и and two names joined by и: one office each, in their order */
TEST(two_offices_and_two_names_one_each)
{
	dx_result  *r = run("Президент и премьер-министр Андорры Глеб Рыбин и Лев Чадов провели встречу. Премьер-министр и "
						"министр иностранных дел Монако Олег Мухин прибыл.");
	const dx_entity *e;

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "президент");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "премьер-министр");
	e = unit_entity(r, DX_PERSON, "Лев Чадов");
	CHECK(e != NULL && e->country != NULL && strcmp(e->country, "AD") == 0);
	/* one name: both offices are his */
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "премьер-министр и министр иностранных дел");
	dx_result_free(r);
}

/* an office and "его заместитель", then two names: one each; with one name, the deputy's */
TEST(office_and_its_deputy_then_two_names)
{
	dx_result  *r = run("Прибыли министр обороны Андорры и его заместитель — Глеб Рыбин и Лев Чадов. Министр финансов и "
						"его заместитель Олег Мухин и Ефим Жаров выступили. Министр культуры и его заместитель Савва "
						"Лобов промолчали.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "заместитель");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "заместитель");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "заместитель");
	dx_result_free(r);
}

/* a plural office: a rank the names share, or what describes each name */
TEST(plural_office_shared_rank_or_each_description)
{
	dx_result  *r = run("Командующие флотами адмиралы Глеб Рыбин и Лев Чадов прибыли. Министры обороны Андорры и Монако "
						"генералы Олег Мухин и Ефим Жаров выступили. Министры финансов двух стран 65-летний Савва Лобов "
						"и 58-летний Павел Рыков промолчали.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "командующий");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "командующий");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Савва Лобов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Павел Рыков"), "министр финансов");
	dx_result_free(r);
}

/* a given name in the dative after an office in the nominative is the verb's object, not the holder */
TEST(dative_name_after_a_nominative_office_is_no_holder)
{
	dx_result  *r = run("Министр обороны Андорры Ивану Петрову вручил награду. Посол Монако Олегу Мухину вручил орден.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "(none)");
	dx_result_free(r);
}

/* a plural office, each name after the first with its own post: "министры финансов A и экономики B" */
TEST(plural_office_each_later_name_after_its_post)
{
	dx_result  *r = run("Министры финансов Андорры Глеб Рыбин и экономики Лев Чадов прибыли. Министры иностранных дел "
						"Олег Мухин и обороны Ефим Жаров выступили.");

	CHECK_STR_EQ(role_of(r, "Глеб Рыбин"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Лев Чадов"), "министр экономики");
	CHECK_STR_EQ(role_of(r, "Олег Мухин"), "министр иностранных дел");
	CHECK_STR_EQ(role_of(r, "Ефим Жаров"), "министр обороны");
	dx_result_free(r);
}

/*
 * an office governing a person's name in the genitive, then its holder's name
 * in the office's case: the second name holds it, the first none
 */
TEST(holder_after_the_person_whose_office_it_is)
{
	dx_result  *r = run("Об этом сообщил помощник Ивана Петрова Пётр Сидоров.");

	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "помощник");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	r = run("Заместитель Анны Беловой Олег Ветров провёл совещание.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "заместитель");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	dx_result_free(r);
	/* a head of state the lexicon knows, whose post it is */
	r = run("Об этом сообщил советник Джо Байдена Карл Сепп.");
	CHECK_STR_EQ(role_of(r, "Карл Сепп"), "советник");
	dx_result_free(r);
	/* the office in the instrumental, the holder too */
	r = run("Министр встретился с помощником Ивана Петрова Олегом Ветровым.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "помощник");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	/* in the genitive both */
	r = run("Он прочёл заявление представителя Ивана Петрова Олега Ветрова.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "представитель");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	/* the person's body in between */
	r = run("Глава администрации Ивана Петрова Пётр Сидоров уехал.");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "глава администрации");
	dx_result_free(r);
	/* in the dative, the given name shows the case the surname does not */
	r = run("Об этом сообщили пресс-секретарю Ивана Петрова Анне Беловой.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "пресс-секретарь");
	dx_result_free(r);
	/* opening the sentence, the holder set off by commas or after a dash */
	r = run("Помощник Ивана Петрова, Пётр Сидоров, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "помощник");
	dx_result_free(r);
	r = run("Заместитель Анны Беловой — Олег Ветров.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "заместитель");
	dx_result_free(r);
	/* the second name in another case than the office's holds nothing */
	r = run("Заявление помощника Ивана Петрова Пётр Сидоров назвал ложью.");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "(none)");
	dx_result_free(r);
}

/* "в качестве" and an office in the genitive: the office the name before acts in */
TEST(office_a_name_acts_in_after_v_kachestve)
{
	dx_result  *r = run("Иван Петров в качестве министра обороны посетил базу.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	r = run("Анна Белова, в качестве посла Андорры, вручила грамоты.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "посол");
	dx_result_free(r);
	/* a given name that does not decline, a surname in the genitive: a nominalisation's */
	r = run("Королева одобрила назначение Джереми Вишневского в качестве министра финансов.");
	CHECK_STR_EQ(role_of(r, "Джереми Вишневский"), "(none)");
	dx_result_free(r);
	/* not an office in the nominative after it */
	r = run("Иван Петров в качестве подарка получил книгу, министр обороны Олег Ветров промолчал.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "министр обороны");
	dx_result_free(r);
}

/*
 * an office in the genitive or the dative governed by a noun that is no
 * office (указом, по приказу) does not give itself to a name in the
 * nominative after it, the subject; a post noun or «в качестве» before the
 * office, a name in the office's case, a foreign name left undeclined do
 */
TEST(oblique_office_before_a_nominative_name_is_not_its)
{
	dx_result  *r = run("Указом президента Андрей Воробьёв освобождён от должности. "
						"По приказу министра Олег Смирнов уволен. "
						"По указу губернатора Анна Белова отстранена от работы.");

	CHECK_STR_EQ(role_of(r, "Андрей Воробьёв"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	dx_result_free(r);
	r = run("Пост министра обороны Иван Петров занимает с 2019 года. "
			"В качестве губернатора Пётр Лисин посетил завод. "
			"Указом президента Олега Смирнова мэр уволен. "
			"Советник президента Павел Орлов заявил о переговорах.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "губернатор");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "президент");
	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "советник президента");
	dx_result_free(r);
	r = run("По словам лидера КНДР Ким Чен Ын, переговоры прошли успешно.");
	CHECK(strcmp(role_of(r, "Ким Чен Ын"), "(none)") != 0);
	dx_result_free(r);
}

/* a possessive before an office in the instrumental after a verb of appointment: the subject's office still */
TEST(possessive_before_an_appointed_office_in_the_instrumental)
{
	dx_result  *r = run("По указу губернатора Иван Петров назначен его заместителем. "
						"Осенью Олег Смирнов был избран его председателем.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "заместитель");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "председатель");
	dx_result_free(r);
}

/*
 * an office in the instrumental after a verb of being or of a post takes
 * no object: a name in the genitive after it is whose office it is, the
 * subject its holder; after an active verb the name is its object
 */
TEST(genitive_name_after_an_office_of_a_link_verb_is_its_possessor)
{
	dx_result  *r = run("Иван Петров стал советником Олега Сидорова. "
						"Пётр Лисин работает помощником Анны Беловой.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "советник");
	CHECK_STR_EQ(role_of(r, "Олег Сидоров"), "(none)");
	CHECK_STR_EQ(role_of(r, "Пётр Лисин"), "помощник");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	dx_result_free(r);
	r = run("Президент назначил министром обороны Павла Орлова.");
	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "министр обороны");
	dx_result_free(r);
}

/* «в роли», «в статусе», «в ранге» before an office tell the capacity the name after or before it acts in */
TEST(office_a_name_acts_in_after_v_roli_or_v_statuse)
{
	dx_result  *r = run("В статусе президента Иван Петров выступил в парламенте впервые. "
						"Олег Смирнов в роли министра посетил Андорру.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "президент");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "министр");
	dx_result_free(r);
}

/* a name in the dative after an office in the genitive is the object of the verb after, not the office's holder */
TEST(dative_name_after_an_office_in_the_genitive_is_no_holder)
{
	dx_result  *r = run("Указом президента Павлу Орлову присвоено звание генерала. "
						"Распоряжением губернатора Анне Беловой объявлена благодарность. "
						"Указом президента Олега Смирнова мэр уволен.");

	CHECK_STR_EQ(role_of(r, "Павел Орлов"), "(none)");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "президент");
	dx_result_free(r);
}

/* a post the name is to leave ("покинет пост"): held in the story still, as one left "с поста" */
TEST(post_to_be_left_is_held)
{
	dx_result  *r = run("Иван Петров покинет пост министра финансов в мае.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	r = run("Анна Белова намерена оставить свой пост посла Андорры в Монако.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "посол");
	dx_result_free(r);
	r = run("Олег Ветров покидает должность губернатора.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "губернатор");
	dx_result_free(r);
}

/* "переназначен" as "назначен", "переизбран" */
TEST(reappointed_to_an_office)
{
	dx_result  *r = run("Иван Петров переназначен министром финансов.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
}

/* an office with a closed term of years after it ("в 2010–2014 годах") is one held once */
TEST(office_of_a_past_term_of_years)
{
	dx_result  *r = run("Иван Петров, министр обороны в 2010–2014 годах, прибыл в Москву.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	r = run("Анна Белова, посол Андорры в Монако с 2005 по 2009 год, выступила с лекцией.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	dx_result_free(r);
	r = run("Иван Петров был министром обороны Андорры с 2005 по 2009 год.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	r = run("Министр финансов в 2001-2004 годах Олег Ветров выступил с лекцией.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	dx_result_free(r);
	r = run("Олег Ветров, министр обороны до 2014 года, прибыл в Москву.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	dx_result_free(r);
	r = run("Пётр Сидоров, министр обороны в 1990-х годах, прибыл в Москву.");
	CHECK_STR_EQ(role_of(r, "Пётр Сидоров"), "(none)");
	dx_result_free(r);
	r = run("Анна Белова, министр обороны Андорры (2010–2014), прибыла в Москву.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	dx_result_free(r);
	/* a term that reaches the year of the story is held still */
	r = run("Иван Петров, министр обороны с 2019 года, прибыл в Москву.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	r = run("Иван Петров, министр обороны в 2020–2024 годах, прибыл в Москву.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	r = run("Иван Петров, министр обороны до 2026 года, прибыл в Москву.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
}

/* a surname of the adjectival kind in the genitive (Зеленского) is whose office it is */
TEST(adjectival_surname_in_the_genitive_after_an_office)
{
	dx_result  *r = run("Заявление сделал советник Зеленского.");

	CHECK_STR_EQ(role_of(r, "Владимир Зеленский"), "президент");
	dx_result_free(r);
	r = run("Заявление сделал представитель Зеленского Олег Ветров.");
	CHECK_STR_EQ(role_of(r, "Владимир Зеленский"), "президент");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "представитель");
	dx_result_free(r);
}

/* a post taken, said before the verb, a place or time phrase between: the name after the verb takes it */
TEST(post_before_a_phrase_and_a_verb_of_holding)
{
	dx_result  *r = run("Место спикера парламента в новом созыве занял депутат Иван Петров.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "председатель парламента");
	dx_result_free(r);
	r = run("Пост министра финансов в новом правительстве Андорры займёт Анна Белова.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр финансов");
	dx_result_free(r);
}

/*
 * A woman's name that could be a man's genitive, read as hers by the words
 * that agree with it, holds the office after her participle or the office
 * before her name in the nominative; "была избрана" as "был избран".
 */
TEST(office_of_a_woman_whose_name_could_be_a_mans_genitive)
{
	dx_result  *r = run("Роберта Вельтола переизбрана председателем Европарламента.");

	CHECK_STR_EQ(role_of(r, "Роберта Вельтола"), "председатель Европарламента");
	dx_result_free(r);
	r = run("Председатель Европарламента Роберта Вельтола приветствовала решение.");
	CHECK_STR_EQ(role_of(r, "Роберта Вельтола"), "председатель Европарламента");
	dx_result_free(r);
	r = run("Станислава Ветрова назначена министром финансов.");
	CHECK_STR_EQ(role_of(r, "Станислава Ветрова"), "министр финансов");
	dx_result_free(r);
	r = run("Валентина Сидорова переизбрана председателем совета.");
	CHECK_STR_EQ(role_of(r, "Валентина Сидорова"), "председатель совета");
	dx_result_free(r);
	r = run("Анна Сидорова была избрана председателем суда.");
	CHECK_STR_EQ(role_of(r, "Анна Сидорова"), "председатель суда");
	dx_result_free(r);
	r = run("Даниэла Ромеро переизбрана мэром.");
	CHECK_STR_EQ(role_of(r, "Даниэла Ромеро"), "мэр");
	dx_result_free(r);
}

/* "на посту" and an office in the genitive right after a name in the nominative: the office held */
TEST(post_held_na_postu_right_after_the_name)
{
	dx_result  *r = run("Иван Петров на посту министра финансов провёл реформу.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	dx_result_free(r);
	/* the successor's: the name in the genitive held it before */
	r = run("Преемник Олега Ветрова на посту министра финансов провёл реформу.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "(none)");
	dx_result_free(r);
}

TEST(posts_of_companies_clubs_and_churches_in_short_news)
{
	dx_result  *r = run("Финансовый директор компании Олег Сурин покинул пост. Председатель совета директоров "
						"компании «Нефтегаз» Виктор Ершов подписал соглашение. Епископ Павел освятил храм. "
						"Сити-менеджер Иван Котов провёл совещание. Главный инженер завода Юрий Осипов "
						"рассказал об аварии.");

	CHECK_STR_EQ(role_of(r, "Олег Сурин"), "финансовый директор компании");
	CHECK_STR_EQ(role_of(r, "Виктор Ершов"), "председатель совета директоров");
	CHECK_STR_EQ(role_of(r, "Павел"), "епископ");
	CHECK_STR_EQ(role_of(r, "Иван Котов"), "сити-менеджер");
	CHECK_STR_EQ(role_of(r, "Юрий Осипов"), "главный инженер завода");
	dx_result_free(r);
	r = run("Генеральный менеджер клуба Олег Ветров покинул клуб. Премию получил главный режиссёр театра Сергей "
			"Женовач. Настоятель храма протоиерей Сергий Иванов провёл службу.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "генеральный менеджер клуба");
	CHECK_STR_EQ(role_of(r, "Сергей Женовач"), "главный режиссёр театра");
	CHECK_STR_EQ(role_of(r, "Сергий Иванов"), "настоятель храма");
	dx_result_free(r);
}

TEST(topic_of_an_office_before_its_named_employer)
{
	dx_result  *r = run("Директор по маркетингу компании «Альфа» Елена Орлова рассказала о стратегии. "
						"Вице-президент по продажам банка «Восток» Анна Рябова заявила о сокращениях. "
						"Игорь Зотов, директор по развитию компании Apple, выступил на форуме.");

	CHECK_STR_EQ(role_of(r, "Елена Орлова"), "директор по маркетингу");
	CHECK_STR_EQ(role_of(r, "Анна Рябова"), "вице-президент по продажам");
	CHECK_STR_EQ(role_of(r, "Игорь Зотов"), "директор по развитию");
	dx_result_free(r);
}

TEST(see_of_a_bishop_between_title_and_name)
{
	dx_result  *r = run("Патриарх Московский Кирилл провёл богослужение. Встреча с митрополитом Минским Павлом "
						"прошла в пятницу.");

	CHECK_STR_EQ(role_of(r, "Кирилл"), "патриарх");
	CHECK_STR_EQ(role_of(r, "Павел"), "митрополит");
	dx_result_free(r);
	/* a name the lists do not know, alone before the verb */
	r = run("Архиепископ Тверской Феофан провёл службу. Встреча с митрополитом Курским Гермогеном прошла в пятницу.");
	CHECK_STR_EQ(role_of(r, "Феофан"), "архиепископ");
	CHECK_STR_EQ(role_of(r, "Гермоген"), "митрополит");
	dx_result_free(r);
}

TEST(body_noun_after_a_press_service_before_the_name)
{
	dx_result  *r = run("Руководитель пресс-службы клуба Ирина Жукова сообщила об этом. Об этом сообщил начальник "
						"пресс-службы суда Иван Жуков.");

	CHECK_STR_EQ(role_of(r, "Ирина Жукова"), "руководитель пресс-службы клуба");
	CHECK_STR_EQ(role_of(r, "Иван Жуков"), "начальник пресс-службы суда");
	dx_result_free(r);
}

TEST(place_of_the_post_after_an_office_with_a_topic)
{
	dx_result  *r = run("Уполномоченный по правам человека в Тверской области Ирина Лаптева выступила с докладом. "
						"Встреча с уполномоченным по правам ребёнка в Курской области Иваном Котовым прошла в пятницу.");

	CHECK_STR_EQ(role_of(r, "Ирина Лаптева"), "уполномоченный по правам человека");
	CHECK_STR_EQ(role_of(r, "Иван Котов"), "уполномоченный по правам ребёнка");
	dx_result_free(r);
}

TEST(surname_spelt_with_yo_like_a_town_after_an_office)
{
	dx_result  *r = run("Ректор Семёнов подписал приказ. Губернатор Королёв посетил больницу.");

	CHECK_STR_EQ(role_of(r, "Семёнов"), "ректор");
	CHECK_STR_EQ(role_of(r, "Королёв"), "губернатор");
	dx_result_free(r);
}

/*
 * A headline naming an office and no one, the lead's first sentence opening
 * with a name: the holder, when the predicate is shared; not a former office, not two offices, not a name after
 * another sentence, not a person of the other gender.
 */
TEST(unnamed_office_of_a_headline_held_by_the_lead_subject)
{
	dx_result  *r;

	r = run("Глава МИД Хорватии отверг обвинения\n\nИван Петрович отверг обвинения Белграда. "
			"Об этом сообщает агентство.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "министр иностранных дел");
	dx_result_free(r);
	/* the lead may be about the one the headline's office acted on */
	r = run("Президент Хорватии помиловал журналиста\n\nИван Петрович вышел на свободу в понедельник.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	dx_result_free(r);
	r = run("Премьер-министр Хорватии посетил Италию\n\nИван Петрович прибыл в Рим в понедельник. "
			"Он обсудил вопросы торговли.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	dx_result_free(r);
	r = run("Министр обороны Хорватии подал в отставку\n\nИван Петрович подал в отставку. "
			"Его преемником станет Олег Смирнов.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "(none)");
	dx_result_free(r);
	r = run("Новая глава МИД Хорватии отвергла обвинения\n\nАнна Петрович (Ana Petrović) отвергла "
			"обвинения Белграда.");
	CHECK_STR_EQ(role_of(r, "Анна Петрович"), "министр иностранных дел");
	dx_result_free(r);
	r = run("Посол Андорры в Хорватии вручил верительные грамоты\n\nИван Петрович вручил верительные "
			"грамоты президенту.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "посол");
	dx_result_free(r);
	r = run("Президент Хорватии встретился с премьером Италии\n\nИван Петрович встретился с Марио Росси в Риме.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	CHECK_STR_EQ(role_of(r, "Марио Росси"), "(none)");
	dx_result_free(r);
	r = run("Экс-президент Хорватии скончался\n\nИван Петрович скончался в больнице.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	dx_result_free(r);
	r = run("Министр обороны Хорватии подал в отставку\n\nВчера в Загребе прошла встреча. "
			"Иван Петрович заявил о болезни.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	dx_result_free(r);
	r = run("Глава МИД Хорватии отверг обвинения\n\nАнна Петрович отвергла обвинения Белграда.");
	CHECK_STR_EQ(role_of(r, "Анна Петрович"), "(none)");
	dx_result_free(r);
	r = run("Премьер-министр Италии посетил Загреб\n\nИван Петрович принял в Загребе премьер-министра Италии.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	dx_result_free(r);
	r = run("Глава МИД Хорватии отверг обвинения\n\nИван Петрович заявил, что Олег Смирнов лжет.");
	CHECK_STR_EQ(role_of(r, "Иван Петрович"), "(none)");
	dx_result_free(r);
}

/*
 * A surname the lexicon knows that does not decline, alone after an office
 * and before another person's name: whose office it is, in every case
 */
TEST(undeclined_surname_before_the_holder_of_its_office)
{
	dx_result  *r = run("Об этом сообщил пресс-секретарь Нетаньяху Омер Достри.");

	CHECK_STR_EQ(role_of(r, "Омер Достри"), "пресс-секретарь");
	CHECK_STR_EQ(role_of(r, "Биньямин Нетаньяху"), "премьер-министр");
	dx_result_free(r);
	r = run("По словам пресс-секретаря Нетаньяху Омера Достри, визит отложен.");
	CHECK_STR_EQ(role_of(r, "Омер Достри"), "пресс-секретарь");
	dx_result_free(r);
	r = UNIT_RUN("Встреча с советником Меркель Кристофом Хойсгеном прошла в Москве.", 20180501);
	CHECK_STR_EQ(role_of(r, "Кристоф Хойсген"), "советник");
	CHECK_STR_EQ(role_of(r, "Ангела Меркель"), "канцлер");
	dx_result_free(r);
	/* the person's own given name after the surname */
	r = run("Премьер-министр Абэ Синдзо заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Синдзо Абэ"), "премьер-министр");
	dx_result_free(r);
}

/*
 * A plural office, the name of the person whose office it is in the
 * genitive, then the holders' names: each holder takes the office
 */
TEST(plural_office_of_a_person_then_the_holders)
{
	dx_result  *r = run("Адвокаты Путина Анна Белова и Олег Ветров заявили об этом.");

	CHECK_STR_EQ(role_of(r, "Анна Белова"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Владимир Путин"), "президент");
	dx_result_free(r);
	r = run("Адвокаты Ивана Соколова Анна Белова и Олег Ветров заявили об этом.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Иван Соколов"), "(none)");
	dx_result_free(r);
	r = run("Бывший мэр Игорь Соколов арестован. Адвокаты Соколова Анна Белова и Олег Ветров заявили, что "
			"обжалуют арест.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Игорь Соколов"), "(none)");
	dx_result_free(r);
	r = run("Встреча с адвокатами Ивана Соколова Анной Беловой и Олегом Ветровым прошла в Москве.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "адвокат");
	dx_result_free(r);
}

/*
 * Thousands of offices before the same capitalised word: the earlier names
 * of a surname are looked for among a few, each office, and the extraction
 * stays within its memory
 */
TEST(many_offices_before_a_repeated_surname)
{
	static const char unit[] = "Адвокат Петрова заявил, Петрова Петрова Петрова Петрова. ";
	size_t		len = strlen(unit);
	char	   *text = malloc(len * 2000 + 1);
	dx_result  *r;
	int			i;

	if (text == NULL)
		return;
	for (i = 0; i < 2000; i++)
		memcpy(text + i * len, unit, len);
	text[len * 2000] = '\0';
	r = run(text);
	CHECK(r != NULL);
	dx_result_free(r);
	free(text);
}

/* the number of person entities */
static int
persons_in(const dx_result *r)
{
	int			i,
				n = 0;

	for (i = 0; r && i < r->nentities; i++)
		if (r->entities[i].kind == DX_PERSON)
			n++;
	return n;
}

/*
 * After an office, the surname of a person the story has named, in the
 * genitive (or one that does not decline), is whose office it is: the
 * holder is the name after it, or no one named
 */
TEST(office_of_a_story_person_named_by_the_surname)
{
	dx_result  *r = run("Суд оправдал Асию Биби. Адвокат Биби Сайфул Малук покинул страну.");
	const dx_mention *m;

	CHECK_STR_EQ(role_of(r, "Сайфул Малук"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Асия Биби"), "(none)");
	dx_result_free(r);
	/* in the genitive, the holder too; the surname is not the first word of his name */
	r = run("Суд оправдал Ивана Петрова. По словам адвоката Петрова Сергея Белова, решение обжалуют.");
	CHECK_STR_EQ(role_of(r, "Сергей Белов"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_INT_EQ(persons_in(r), 2);
	dx_result_free(r);
	/* no holder named: the surname is the person's own mention */
	r = run("Суд оправдал Ивана Петрова. Адвокат Петрова заявил, что обжалует.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	CHECK_INT_EQ(persons_in(r), 1);
	m = unit_mention(r, "Петрова");
	CHECK(m != NULL && unit_entity_of(r, m) != NULL);
	if (m && unit_entity_of(r, m))
		CHECK_STR_EQ(unit_entity_of(r, m)->name, "Иван Петров");
	dx_result_free(r);
	/* her given name before the surname: the holder's name after them is not read into hers */
	r = run("Суд оправдал Асию Биби. Адвокат Асии Биби Саиф Малук заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Саиф Малук"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Асия Биби"), "(none)");
	CHECK_INT_EQ(persons_in(r), 2);
	dx_result_free(r);
	r = run("Суд оправдал Асию Биби. Об этом сообщили адвокату Асии Биби Саифу Малуку.");
	CHECK_STR_EQ(role_of(r, "Саиф Малук"), "адвокат");
	CHECK_INT_EQ(persons_in(r), 2);
	dx_result_free(r);
	/* a woman's, in the dative and the prepositional */
	r = run("Суд оправдал Анну Петрову. Об этом рассказали помощнику Петровой Олегу Ветрову.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "помощник");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "(none)");
	dx_result_free(r);
	r = run("Суд оправдал Анну Петрову. Речь шла о представителе Петровой Олеге Ветрове.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "представитель");
	dx_result_free(r);
	/* a patronymic in the story's name; the office's topic after the surname */
	r = run("Суд оправдал Ивана Ивановича Петрова. Адвокат Петрова Сергей Белов заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Сергей Белов"), "адвокат");
	dx_result_free(r);
	r = run("Иван Петров выдвинул кандидатуру. Советник Петрова по экономике Олег Ветров заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Олег Ветров"), "советник");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	/* after the body's noun in the genitive, the person's, not the body's name */
	r = run("Кандидат Олег Ветров выступил в Москве. Руководитель предвыборного штаба Ветрова Игорь Соколов "
			"заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Игорь Соколов"), "руководитель предвыборного штаба");
	m = unit_mention(r, "Ветрова");
	CHECK(m != NULL && m->kind == DX_PERSON);
	dx_result_free(r);
	/* a woman's surname that does not decline: the verb agrees with the office, not with her */
	r = run("Суд арестовал Марию Смит. Адвокат Смит заявил о нарушениях.");
	CHECK_STR_EQ(role_of(r, "Мария Смит"), "(none)");
	CHECK_INT_EQ(persons_in(r), 1);
	dx_result_free(r);
	/* a verb agreeing with a woman: Петрова is her nominative, the lawyer's name */
	r = run("Суд оправдал Ивана Петрова. Адвокат Петрова заявила, что обжалует.");
	CHECK_STR_EQ(role_of(r, "Петрова"), "адвокат");
	dx_result_free(r);
	/* no one of that name before: the holder's */
	r = run("Адвокат Петрова заявила, что обжалует.");
	CHECK_STR_EQ(role_of(r, "Петрова"), "адвокат");
	dx_result_free(r);
	/* a given name no list knows, a woman's by its ending; her surname does not decline */
	r = run("Гражданка Мали Фатумата Коло оправдана судом. Ранее адвокат Коло обратился к властям Италии.");
	CHECK_STR_EQ(role_of(r, "Фатумата Коло"), "(none)");
	CHECK_INT_EQ(persons_in(r), 1);
	dx_result_free(r);
	r = run("Гражданка Мали Фатумата Коло оправдана судом. Адвокат Коло Иссуф Диарра обратился к властям Италии.");
	CHECK_STR_EQ(role_of(r, "Иссуф Диарра"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Фатумата Коло"), "(none)");
	dx_result_free(r);
	/* a man's, by a given name no list knows in a consonant; a woman holds the office */
	r = run("Президент Андорры Жоан Пужоль прибыл в Рим. Пресс-секретарь Пужоля сообщила об этом.");
	CHECK_STR_EQ(role_of(r, "Жоан Пужоль"), "президент");
	CHECK_INT_EQ(persons_in(r), 1);
	dx_result_free(r);
	/* not after a capitalised word that opens the sentence: "Помочь Коло" names no one */
	r = run("Помочь Коло не удалось. Адвокат Коло заявила о нарушениях.");
	CHECK_STR_EQ(role_of(r, "Коло"), "адвокат");
	dx_result_free(r);
	/* an office in the genitive takes the same person's surname in apposition */
	r = run("Министр Иван Петров прибыл в Рим. По словам министра Петрова, визит важен.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр");
	dx_result_free(r);
}

/*
 * An office, a surname that can only be a genitive (no given name), then
 * one more name: the office of the first person, held by the second, in
 * the office's case; the first is a person of its own.
 */
TEST(genitive_surname_then_the_holder_by_surname)
{
	dx_result  *r;

	r = run("Помощник Петрова Белов прибыл в Женеву.");
	CHECK_STR_EQ(role_of(r, "Белов"), "помощник");
	CHECK_STR_EQ(role_of(r, "Петров"), "(none)");
	CHECK(role_of(r, "Петрова Белов") == NULL);
	CHECK_INT_EQ(persons_in(r), 2);
	dx_result_free(r);
	/* a woman's surname; the office in the instrumental, the dative or the genitive */
	r = run("Помощник Беловой Петров прибыл.");
	CHECK_STR_EQ(role_of(r, "Петров"), "помощник");
	CHECK_STR_EQ(role_of(r, "Белова"), "(none)");
	dx_result_free(r);
	r = run("Встреча с помощником Петрова Беловым прошла в Женеве.");
	CHECK_STR_EQ(role_of(r, "Белов"), "помощник");
	dx_result_free(r);
	r = run("По словам помощника Петрова Белова, визит важен.");
	CHECK_STR_EQ(role_of(r, "Белов"), "помощник");
	CHECK_STR_EQ(role_of(r, "Петров"), "(none)");
	dx_result_free(r);
	/* a foreign surname no list knows, in the instrumental and the dative */
	r = run("Встреча с помощником Петрова Салливаном прошла в Женеве.");
	CHECK_STR_EQ(role_of(r, "Салливан"), "помощник");
	dx_result_free(r);
	r = run("Об этом сообщили помощнику Смита Салливану.");
	CHECK_STR_EQ(role_of(r, "Салливан"), "помощник");
	CHECK_STR_EQ(role_of(r, "Смит"), "(none)");
	dx_result_free(r);
	/* opening the sentence, the holder's full name set off by commas */
	r = run("Адвокат Петрова, Сергей Белов, заявил, что обжалует приговор.");
	CHECK_STR_EQ(role_of(r, "Сергей Белов"), "адвокат");
	CHECK(role_of(r, "Петрова") == NULL);
	dx_result_free(r);
	/* a person the story named in full, or the lexicon knows */
	r = run("Президент Андорры Иван Петров прибыл. Помощник Петрова Белов заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Белов"), "помощник");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "президент");
	CHECK_INT_EQ(persons_in(r), 2);
	dx_result_free(r);
	r = run("Помощник Байдена Салливан прибыл в Женеву.");
	CHECK_STR_EQ(role_of(r, "Салливан"), "помощник");
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "президент");
	dx_result_free(r);
	/* a given name, or a man's word in the nominative, starts the holder's name */
	r = run("Министр Анна Петрова заявила об этом.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "министр");
	dx_result_free(r);
	r = run("Литовский премьер-министр Саулюс Сквярнялис заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Саулюс Сквярнялис"), "премьер-министр");
	dx_result_free(r);
	/* after a person the lexicon knows, in the instrumental: the holder's surname no list knows */
	r = run("Встреча с помощником Путина Салливаном прошла в Женеве.");
	CHECK_STR_EQ(role_of(r, "Салливан"), "помощник");
	CHECK_STR_EQ(role_of(r, "Владимир Путин"), "президент");
	dx_result_free(r);
	/* a lexicon surname's genitive of a participle's ending (-ена) is no participle */
	r = run("Встреча с помощником Байдена Салливаном прошла в Женеве.");
	CHECK_STR_EQ(role_of(r, "Салливан"), "помощник");
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "президент");
	dx_result_free(r);
}

/*
 * Two offices joined by и before one name: one person holding both with a
 * verb in the singular, two persons with one in the plural, the name the
 * second office's
 */
TEST(two_offices_before_one_name_and_a_plural_verb)
{
	dx_result  *r = run("Министр обороны и министр финансов Андорры Олег Смирнов заявили о сокращении расходов.");

	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "министр финансов");
	dx_result_free(r);
	r = run("Премьер-министр и министр иностранных дел Андорры Олег Смирнов заявил о сокращении расходов.");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "премьер-министр и министр иностранных дел");
	dx_result_free(r);
	r = run("Суд оправдал Ивана Петрова. Судья и адвокат Петрова Олег Смирнов опасаются за свои жизни.");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "адвокат");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/*
 * An office of a state opening a sentence stands for the person named last
 * before it who has no office, unless its verb tells another gender
 */
TEST(office_opening_a_sentence_for_the_person_before_of_its_gender)
{
	dx_result  *r = run("Иван Белов отказался от комментариев. Премьер-министр Андорры заявил, что следит за делом.");

	CHECK_STR_EQ(role_of(r, "Иван Белов"), "премьер-министр");
	dx_result_free(r);
	r = run("Анна Белова отказалась от комментариев. Премьер-министр Андорры заявила, что следит за делом.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "премьер-министр");
	dx_result_free(r);
	r = run("Христианка Анна Белова была отпущена из тюрьмы. Официальный представитель МИД Андорры заявил, "
			"что правительство следит за делом.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "(none)");
	dx_result_free(r);
}

/* the role the only sentence of text gives to name */
static void
check_role_alone(const char *text, const char *name, const char *role)
{
	dx_result  *r = run(text);

	CHECK_STR_EQ(role_of(r, name), role);
	dx_result_free(r);
}

/*
 * "Президент назначил в понедельник Ивана Петрова министром", "назначил
 * Ивана Петрова временно исполняющим обязанности": an adverbial of time or
 * an adverb between the verb of appointing, its object and the office
 * changes nothing of who is appointed to what; an age before the object
 * after the office ("назначила новым министром 44-летнего Ивана Петрова")
 */
TEST(adverbial_of_time_around_the_object_of_appointing)
{
	check_role_alone("Президент назначил в понедельник Глеба Рыбина министром финансов.", "Глеб Рыбин",
					 "министр финансов");
	check_role_alone("Президент назначил Глеба Рыбина в понедельник министром финансов.", "Глеб Рыбин",
					 "министр финансов");
	check_role_alone("Президент назначил в среду вечером Олега Мухина министром культуры.", "Олег Мухин",
					 "министр культуры");
	check_role_alone("Президент назначил 17 мая 2020 года Олега Мухина министром культуры.", "Олег Мухин",
					 "министр культуры");
	check_role_alone("Губернатор назначил Тимура Гусева временно исполняющим обязанности мэра.", "Тимур Гусев",
					 "временно исполняющий обязанности мэра");
	check_role_alone("Премьер назначила новым министром 44-летнего Льва Чадова.", "Лев Чадов", "министр");
	check_role_alone("Премьер назначила в прошлую пятницу министром юстиции 52-летнего Льва Чадова.", "Лев Чадов",
					 "министр юстиции");
	/* no adverbial: a noun the name depends on */
	check_role_alone("Президент назначил сына Глеба Рыбина министром финансов.", "Глеб Рыбин", "(none)");
	check_role_alone("Премьер встретилась с министром 44-летнего Льва Чадова.", "Лев Чадов", "(none)");
}

/*
 * "Министром обороны в 2020 году был назначен Иван Петров", "Иван Петров 17
 * мая назначен послом": an adverbial of time between the office and the verb
 * or between the subject and the verb
 */
TEST(adverbial_of_time_between_the_office_or_subject_and_the_verb)
{
	check_role_alone("Министром обороны в 2020 году был назначен Павел Лыков.", "Павел Лыков", "министр обороны");
	check_role_alone("Министром обороны был назначен вчера Павел Лыков.", "Павел Лыков", "министр обороны");
	check_role_alone("Олег Зуев 17 мая назначен послом в Италии.", "Олег Зуев", "посол");
	check_role_alone("Тимур Гусев в среду вечером избран мэром.", "Тимур Гусев", "мэр");
}

/*
 * "Президент назначил в Лондоне Ивана Петрова министром", "Иван Петров в
 * Лондоне был назначен послом": an adverbial of place, a town or state
 * after «в», stands in an appointment as one of time does
 */
TEST(adverbial_of_place_inside_an_appointment)
{
	check_role_alone("Президент назначил в Лондоне Глеба Рыбина министром финансов.", "Глеб Рыбин",
					 "министр финансов");
	check_role_alone("Президент назначил Олега Мухина в Лондоне министром культуры.", "Олег Мухин",
					 "министр культуры");
	check_role_alone("Олег Зуев в Лондоне был назначен послом.", "Олег Зуев", "посол");
	check_role_alone("Майя Осокина в Париже была избрана мэром.", "Майя Осокина", "мэр");
}

/*
 * "Парламент избрал спикером во вторник Ивана Петрова": an adverbial of
 * time between the office and the object of the verb of appointing after it
 */
TEST(adverbial_of_time_between_the_office_and_the_object)
{
	check_role_alone("Парламент избрал спикером во вторник Глеба Рыбина.", "Глеб Рыбин", "спикер");
	check_role_alone("Президент назначил министром культуры вчера Олега Мухина.", "Олег Мухин", "министр культуры");
	check_role_alone("Премьер назначила министром в понедельник 44-летнего Льва Чадова.", "Лев Чадов", "министр");
}

/* "министр страны по выходу из ЕС": страны before the topic is the state's, no word of the role */
TEST(state_word_before_the_topic_of_an_office)
{
	dx_result  *r = run("Премьер назначила новым министром страны по выходу из ЕС Ивана Петрова.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр по выходу из ЕС");
	dx_result_free(r);
	r = run("Представитель страны по вопросам климата Иван Петров заявил о планах.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "представитель по вопросам климата");
	dx_result_free(r);
	r = run("Министр обороны страны Иван Петров заявил о планах.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
}

/*
 * "Министром обороны назначили Ивана Петрова": an office in the
 * instrumental opening the sentence, then the active verb of appointing and
 * its object
 */
TEST(fronted_office_then_the_verb_of_appointing_and_its_object)
{
	dx_result  *r = run("Министром обороны назначили Ивана Петрова.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	r = run("Председателем комитета избрали Анну Петрову.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "председатель комитета");
	dx_result_free(r);
	r = run("Министром обороны назначили в понедельник Ивана Петрова.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* the name in the nominative is the verb's subject, not its object */
	r = run("Министром обороны назначил Иван Петров своего заместителя.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
}

/*
 * "Министр финансов А. Петров", "с министром И.В. Петровым": a capital
 * letter and a full stop before a name is an initial, even where the letter
 * alone is a word (а, и, у)
 */
TEST(initial_like_a_function_word_after_an_office)
{
	dx_result  *r = run("Министр финансов Андорры А. Петров заявил о бюджете.");

	CHECK_STR_EQ(role_of(r, "А. Петров"), "министр финансов");
	dx_result_free(r);
	r = run("Губернатор встретился с министром финансов А.В. Петровым.");
	CHECK_STR_EQ(role_of(r, "А.В. Петров"), "министр финансов");
	dx_result_free(r);
	r = run("Посол Андорры У. Смит вручил верительные грамоты.");
	CHECK_STR_EQ(role_of(r, "У. Смит"), "посол");
	dx_result_free(r);
	r = run("Министр финансов Андорры И. Петров заявил о бюджете.");
	CHECK_STR_EQ(role_of(r, "И. Петров"), "министр финансов");
	CHECK(role_of(r, "Ван И") == NULL);
	dx_result_free(r);
	r = run("Об этом сообщил глава МИД Андорры И.В. Петров.");
	CHECK_STR_EQ(role_of(r, "И.В. Петров"), "министр иностранных дел");
	CHECK(role_of(r, "Ван И") == NULL);
	dx_result_free(r);
}

/* "министр финансов Иван ПЕТРОВ": a surname in capitals after a given name, after an office too */
TEST(surname_in_capitals_after_an_office)
{
	dx_result  *r = run("Министр финансов Андорры Иван ПЕТРОВ заявил о бюджете.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр финансов");
	CHECK(role_of(r, "Иван") == NULL);
	dx_result_free(r);
	r = run("Губернатор встретился с послом Андорры Анной БЕЛОВОЙ.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "посол");
	dx_result_free(r);
	/* an abbreviation of a body after the office is no surname */
	r = run("Директор ФСБ Иван Петров заявил о задержании.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "директор ФСБ");
	dx_result_free(r);
}

/* "временно исполняющий обязанности губернатора" is врио, not и. о.: the adverb stays in the role */
TEST(temporarily_acting_holder_keeps_the_adverb)
{
	dx_result  *r = run("Временно исполняющий обязанности губернатора Иван Петров заявил об этом.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "временно исполняющий обязанности губернатора");
	dx_result_free(r);
	r = run("Губернатор встретился с временно исполняющим обязанности мэра Анной Беловой.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "временно исполняющий обязанности мэра");
	dx_result_free(r);
	r = run("Исполняющий обязанности губернатора Иван Петров заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "исполняющий обязанности губернатора");
	dx_result_free(r);
}

/*
 * The office a person of the lexicon held: the row in office on the
 * article's date; with no date given, in the latest year the story writes
 * ("В 2015 году"), not a target ("к 2030 году"); with none of them, the
 * latest office
 */
TEST(lexicon_office_on_the_date_the_story_tells)
{
	dx_result  *r = UNIT_RUN("В 2015 году Джо Байден прибыл в Киев.", 0);

	CHECK_STR_EQ(role_of(r, "Джо Байден"), "вице-президент");
	dx_result_free(r);
	r = UNIT_RUN("Джо Байден прибыл в Киев в марте 2015 года.", 0);
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "вице-президент");
	dx_result_free(r);
	r = UNIT_RUN("Джо Байден прибыл в Киев.", 20150601);
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "вице-президент");
	dx_result_free(r);
	/* no year, or a target only: the latest office */
	r = UNIT_RUN("Джо Байден прибыл в Киев.", 0);
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "президент");
	dx_result_free(r);
	r = UNIT_RUN("Джо Байден пообещал сократить выбросы к 2030 году.", 0);
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "президент");
	dx_result_free(r);
	/* an office the story states wins */
	r = UNIT_RUN("В 2019 году кандидат Джо Байден выступил в Айове. Сенатор Джо Байден прибыл.", 0);
	CHECK_STR_EQ(role_of(r, "Джо Байден"), "сенатор");
	dx_result_free(r);
}

/*
 * "провел переговоры со своим монегасским коллегой Жаном Дюпоном": the
 * colleague named holds the office of the one whose colleague he is, in his
 * own state
 */
TEST(colleague_holds_the_same_office)
{
	dx_result  *r = run("Глава МИД Андорры Иван Петров провел переговоры со своим монегасским коллегой Жаном Дюпоном.");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	/* «из» and a state, a woman */
	r = run("Глава МИД Андорры Иван Петров провел переговоры с коллегой из Монако Анной Беловой.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Анна Белова"), "MC");
	dx_result_free(r);
	/* «его»: the person before it */
	r = run("Министр обороны Андорры Иван Петров и его коллега из Монако Жан Дюпон подписали соглашение.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	dx_result_free(r);
	/* the subject a pronoun of the sentence before stands for */
	r = run("Министр обороны Андорры Иван Петров прибыл в Монако. Он провел переговоры с французским "
			"коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "FR");
	dx_result_free(r);
	/* the possessor in the genitive between the noun and the name */
	r = run("Министр обороны Андорры Иван Петров прибыл в Монако. Французский коллега Ивана Петрова Жан "
			"Дюпон заявил, что переговоры прошли успешно.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "министр обороны");
	dx_result_free(r);
	/* the plural, a state for each name */
	r = run("Министр обороны Андорры Иван Петров встретился с коллегами из Монако и Франции Жаном Дюпоном "
			"и Петром Сидоровым.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	CHECK_STR_EQ(role_of(r, "Петр Сидоров"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	CHECK_STR_EQ(country_of(r, "Петр Сидоров"), "FR");
	dx_result_free(r);
	/* the plural, a state's adjective for each name */
	r = run("Министр финансов Андорры Иван Петров встретился с российским и китайским коллегами Петром "
			"Сидоровым и Анной Беловой.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр финансов");
	CHECK_STR_EQ(country_of(r, "Петр Сидоров"), "RU");
	CHECK_STR_EQ(country_of(r, "Анна Белова"), "CN");
	dx_result_free(r);
	/* the colleague before the subject */
	r = run("Своего французского коллегу Жана Дюпона поздравил с победой президент Андорры Иван Петров.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "президент");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "FR");
	dx_result_free(r);
	/* the subject named by the surname alone after the colleague */
	r = run("Министр иностранных дел Андорры Анна Белова прибыла в Таллин. На пресс-конференции с эстонской "
			"коллегой Ольгой Сидоровой Белова заявила о новых планах.");
	CHECK_STR_EQ(role_of(r, "Ольга Сидорова"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Ольга Сидорова"), "EE");
	dx_result_free(r);
	/* the colleague opening the sentence, the subject after the verb */
	r = run("С турецким коллегой Жаном Дюпоном министр обороны Андорры Иван Петров обсудил ситуацию в регионе.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "TR");
	dx_result_free(r);
	/* the office the lexicon gives, when the story gives none */
	r = run("Сергей Лавров провел переговоры со своим андоррским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "AD");
	dx_result_free(r);
}

/* "Глава МИД Андорры провел переговоры с коллегой из Монако Жаном Дюпоном": the subject an office unnamed */
TEST(colleague_of_an_unnamed_office_holder)
{
	dx_result  *r = run("Глава МИД Андорры провел переговоры с коллегой из Монако Жаном Дюпоном.");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр иностранных дел");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	r = run("Турецкий министр обороны встретился со своей французской коллегой Анной Беловой.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Анна Белова"), "FR");
	dx_result_free(r);
	/* a former office, or one of several */
	r = run("Бывший глава МИД Андорры встретился с французским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Министры обороны Андорры и Монако встретились с французским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
}

/* "с монегасским коллегой Сидоровым": the colleague named by the surname alone */
TEST(colleague_named_by_the_surname_alone)
{
	dx_result  *r = run("Министр обороны Андорры Иван Петров встретился с монегасским коллегой Сидоровым.");

	CHECK_STR_EQ(role_of(r, "Сидоров"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Сидоров"), "MC");
	dx_result_free(r);
	r = run("Министр обороны Андорры Иван Петров позвонил французской коллеге Сидоровой.");
	CHECK_STR_EQ(role_of(r, "Сидорова"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Сидорова"), "FR");
	dx_result_free(r);
	r = run("Министр обороны Андорры Иван Петров поблагодарил французского коллегу Сидорова.");
	CHECK_STR_EQ(role_of(r, "Сидоров"), "министр обороны");
	dx_result_free(r);
	/* after the nominative, a possessor as well: no person of the surname is made */
	r = run("Министр обороны Андорры Иван Петров прибыл в Монако. Коллега Сидорова заявила о визите.");
	CHECK(unit_entity(r, DX_PERSON, "Сидорова") == NULL);
	dx_result_free(r);
}

/* "В ходе визита он провел переговоры с французским коллегой": the person the pronoun subject stands for */
TEST(colleague_of_a_pronoun_subject_past_an_adverbial)
{
	dx_result  *r = run("Министр обороны Андорры Иван Петров прибыл в Париж. В ходе визита он провел переговоры с "
						"французским коллегой Жаном Дюпоном.");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	dx_result_free(r);
	r = run("Министр обороны Андорры Анна Белова прибыла в Париж. Затем она встретилась с французским "
			"коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	dx_result_free(r);
	/* a man and a woman before: the one of the pronoun's gender */
	r = run("Министр обороны Андорры Иван Петров и журналистка Анна Белова прибыли в Париж. Затем он "
			"встретился с французским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	dx_result_free(r);
}

/* "Жан Дюпон, монегасский коллега Ивана Петрова, заявил": the colleague named before the phrase */
TEST(colleague_named_before_the_phrase_of_whose_colleague)
{
	dx_result  *r = run("Министр обороны Андорры Иван Петров прибыл в Монако. Жан Дюпон, монегасский коллега "
						"Ивана Петрова, заявил о новых планах.");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	r = run("Министр обороны Андорры Иван Петров прибыл в Монако. Он встретился с Жаном Дюпоном, коллегой "
			"Ивана Петрова.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "министр обороны");
	dx_result_free(r);
	/* of one party: nothing */
	r = run("Министр обороны Андорры Иван Петров прибыл в Монако. Он встретился с Жаном Дюпоном, коллегой "
			"Ивана Петрова по партии.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
}

/*
 * no office to inherit, or none that the colleague holds too: of a fellow of
 * the same state, a party, a profession, a body's own post or a past one
 */
TEST(colleague_without_an_office_to_hold)
{
	dx_result  *r = run("Иван Петров встретился со своим монегасским коллегой Жаном Дюпоном.");

	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	CHECK_STR_EQ(country_of(r, "Жан Дюпон"), "MC");
	dx_result_free(r);
	r = run("Журналист Иван Петров и его коллеги-журналисты Жан Дюпон и Петр Сидоров приехали в Монако.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Министр обороны Андорры Иван Петров и его коллега по партии Жан Дюпон приехали в Монако.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Министр обороны Андорры Иван Петров встретился с бывшим монегасским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Бывший министр обороны Андорры Иван Петров встретился с монегасским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Министр обороны Андорры Иван Петров встретился со своим андоррским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Советник президента Андорры по национальной безопасности Иван Петров встретился со своим "
			"монегасским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	r = run("Председатель Государственной думы Иван Петров встретился со своим монегасским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	/* the US's title of a foreign minister is no other state's */
	r = run("Госсекретарь США Иван Петров провел переговоры с андоррским коллегой Жаном Дюпоном.");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
	/* "наш коллега": the speaker's */
	r = run("Министр обороны Андорры Иван Петров заявил: «Наш коллега Жан Дюпон приехал в Монако».");
	CHECK_STR_EQ(role_of(r, "Жан Дюпон"), "(none)");
	dx_result_free(r);
}

/*
 * "Министром обороны назначат Ивана Петрова", "Президент назначит Ивана
 * Петрова министром обороны": the future of an active verb of appointing
 * gives the office as its past does ("назначили") and as "будет назначен"
 * does.
 */
TEST(future_active_verb_of_appointing)
{
	check_role_alone("Министром обороны назначат Ивана Петрова.", "Иван Петров", "министр обороны");
	check_role_alone("Ивана Петрова назначат министром обороны.", "Иван Петров", "министр обороны");
	check_role_alone("Анну Петрову назначат министром финансов.", "Анна Петрова", "министр финансов");
	check_role_alone("Президент назначит Ивана Петрова министром обороны.", "Иван Петров", "министр обороны");
	check_role_alone("Председателем совета изберут Ивана Петрова.", "Иван Петров", "председатель совета");
	check_role_alone("Ивана Петрова изберут председателем совета.", "Иван Петров", "председатель совета");
	check_role_alone("Парламент утвердит Анну Петрову министром финансов.", "Анна Петрова", "министр финансов");
}

/*
 * "Новым министром обороны назначили Ивана Петрова": the adjective before a
 * fronted office opens the sentence, so it is capitalised.
 */
TEST(capitalised_adjective_before_a_fronted_office_of_appointing)
{
	check_role_alone("Новым министром обороны назначили Ивана Петрова.", "Иван Петров", "министр обороны");
	check_role_alone("Новым министром обороны президент назначил Ивана Петрова.", "Иван Петров",
					 "министр обороны");
	check_role_alone("Новой главой комитета избрали Анну Петрову.", "Анна Петрова", "глава комитета");
}

/*
 * "Послом в Италии назначили Ивана Петрова", "Министром обороны в
 * понедельник назначили": an adverbial of place or time between a fronted
 * office and the verb of appointing or its subject.
 */
TEST(adverbial_between_a_fronted_office_and_the_verb_of_appointing)
{
	check_role_alone("Послом в Италии назначили Ивана Петрова.", "Иван Петров", "посол");
	check_role_alone("Послом в Италии назначат Анну Петрову.", "Анна Петрова", "посол");
	check_role_alone("Министром обороны в понедельник назначили Ивана Петрова.", "Иван Петров", "министр обороны");
	check_role_alone("Министром обороны президент в понедельник назначил Ивана Петрова.", "Иван Петров",
					 "министр обороны");
}

/*
 * "Иван Петров займет пост министра обороны", "вступит в должность": the
 * future of taking a post gives the office as "занял", "вступил" do; not
 * "займет первое место", nor "займет три месяца".
 */
TEST(post_taken_in_the_future)
{
	check_role_alone("Иван Петров займет пост министра обороны.", "Иван Петров", "министр обороны");
	check_role_alone("Анна Петрова в понедельник займёт должность министра финансов.", "Анна Петрова",
					 "министр финансов");
	check_role_alone("Иван Петров вступит в должность министра обороны.", "Иван Петров", "министр обороны");
	check_role_alone("Иван Петров заступит на пост министра обороны.", "Иван Петров", "министр обороны");
	check_role_alone("Иван Петров приступит к исполнению обязанностей министра обороны.", "Иван Петров",
					 "министр обороны");
	check_role_alone("Иван Петров займет первое место.", "Иван Петров", "(none)");
	check_role_alone("Рассмотрение заявки займет месяц, заявил Иван Петров.", "Иван Петров", "(none)");
}

/*
 * "Иван Петров, ставший преемником Олега Смирнова на посту мэра,": the post
 * after a successor in a participle clause is the name's before the comma,
 * not the one succeeded's; "ставший" is a link verb as "назначенный" is
 */
TEST(post_of_a_successor_in_a_participle_clause)
{
	dx_result  *r = run("Иван Петров, ставший преемником Олега Смирнова на посту мэра, заявил об этом.");

	CHECK_STR_EQ(role_of(r, "Иван Петров"), "мэр");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "(none)");
	dx_result_free(r);
	r = run("Анна Петрова, назначенная преемницей Олега Смирнова на посту мэра, заявила об этом.");
	CHECK_STR_EQ(role_of(r, "Анна Петрова"), "мэр");
	CHECK_STR_EQ(role_of(r, "Олег Смирнов"), "(none)");
	dx_result_free(r);
	/* the participle agrees with сын, not with the name */
	r = run("Сын Ивана Петрова, ставший преемником Олега Смирнова на посту мэра, заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Иван Петров"), "(none)");
	dx_result_free(r);
	check_role_alone("Иван Петров, ставший в 2019 году министром обороны, заявил об этом.", "Иван Петров",
					 "министр обороны");
	check_role_alone("Иван Петров, ставший свидетелем аварии, заявил об этом.", "Иван Петров", "(none)");
}

/*
 * "Премьер-министром страны вновь стал Иван Петров": «страны» before a verb
 * of a link or of appointing stands for the state, as before a name, and is
 * no part of the role
 */
TEST(state_word_before_the_verb_after_a_fronted_office)
{
	check_role_alone("Премьер-министром страны вновь стал Иван Петров.", "Иван Петров", "премьер-министр");
	check_role_alone("Президентом страны избрана Анна Петрова.", "Анна Петрова", "президент");
	check_role_alone("Министром обороны страны назначат Ивана Петрова.", "Иван Петров", "министр обороны");
}

/*
 * "Президент не назначил Ивана Петрова министром обороны": a negated verb of
 * appointing gives no office, as "Ивана Петрова не назначили министром"
 * gives none
 */
TEST(negated_verb_of_appointing_before_its_object)
{
	check_role_alone("Президент не назначил Ивана Петрова министром обороны.", "Иван Петров", "(none)");
	check_role_alone("Парламент не изберет Анну Петрову председателем комитета.", "Анна Петрова", "(none)");
	check_role_alone("Президент назначил Ивана Петрова министром обороны.", "Иван Петров", "министр обороны");
}

/*
 * "Ивана Петрова в понедельник назначат министром обороны": the future verb
 * of appointing, whose ending reads as no verb's, closes the adverbial
 * before it and is not read as a word of it
 */
TEST(adverbial_between_a_fronted_object_and_a_future_verb_of_appointing)
{
	check_role_alone("Ивана Петрова в понедельник назначат министром обороны.", "Иван Петров", "министр обороны");
	check_role_alone("Анну Петрову в среду изберут председателем совета.", "Анна Петрова", "председатель совета");
}

/*
 * "Министром обороны назначили генерала Ивана Петрова", "назначат
 * 44-летнего Ивана Петрова": a rank or an age before the object of a verb of
 * appointing after a fronted office
 */
TEST(rank_or_age_before_the_object_after_a_fronted_office)
{
	check_role_alone("Министром обороны назначили генерала Ивана Петрова.", "Иван Петров", "министр обороны");
	check_role_alone("Министром обороны назначат 44-летнего Ивана Петрова.", "Иван Петров", "министр обороны");
	check_role_alone("Новой главой комитета избрали 52-летнюю Анну Петрову.", "Анна Петрова", "глава комитета");
}

/*
 * "Министром обороны будет назначен Иван Петров": the future of быть before
 * the participle after a fronted office, as "был назначен" and "Иван Петров
 * будет назначен министром"; not "может быть назначен", nor negated
 */
TEST(future_passive_after_a_fronted_office)
{
	check_role_alone("Министром обороны будет назначен Иван Петров.", "Иван Петров", "министр обороны");
	check_role_alone("Председателем совета будет избрана Анна Петрова.", "Анна Петрова", "председатель совета");
	check_role_alone("Министром обороны может быть назначен Иван Петров.", "Иван Петров", "(none)");
	check_role_alone("Министром обороны не будет назначен Иван Петров.", "Иван Петров", "(none)");
}

/*
 * "с главой Росстата Аркадием Фоминым": a word built like a body's name
 * (Рос-, Мосгор-, Мособл-) after an office is the body the office is of, a
 * word of the role, no word of the holder's name, in every case; a word
 * showing the genitive before a name in the instrumental or the dative is
 * no word of that name either
 */
TEST(body_compound_between_an_office_and_its_holder)
{
	dx_result  *r;

	check_role_alone("Губернатор встретился с главой Росстата Аркадием Фоминым.", "Аркадий Фомин", "глава Росстата");
	check_role_alone("Губернатор встретился с главой Роскомнадзора Анной Фоминой.", "Анна Фомина",
					 "глава Роскомнадзора");
	check_role_alone("Губернатор встретился с председателем Мосгордумы Аркадием Фоминым.", "Аркадий Фомин",
					 "председатель Мосгордумы");
	check_role_alone("Губернатор встретился с председателем Мособлдумы Аркадием Фоминым.", "Аркадий Фомин",
					 "председатель Мособлдумы");
	check_role_alone("Губернатор позвонил председателю Мосгордумы Аркадию Фомину.", "Аркадий Фомин",
					 "председатель Мосгордумы");
	check_role_alone("Это слова главы Росстата Аркадия Фомина.", "Аркадий Фомин", "глава Росстата");
	check_role_alone("Глава Мосгордумы Аркадий Фомин заявил об этом.", "Аркадий Фомин", "глава Мосгордумы");
	check_role_alone("Губернатор встретился с председателем Мосгордумы Фоминым.", "Фомин", "председатель Мосгордумы");
	check_role_alone("Губернатор встретился с главой Росстата Фоминым.", "Фомин", "глава Росстата");
	check_role_alone("Глава Росстата Фомин заявил об этом.", "Фомин", "глава Росстата");
	check_role_alone("Глава Росстата Фомина заявила об этом.", "Фомина", "глава Росстата");
	check_role_alone("Губернатор позвонил председателю Мосгордумы Фомину.", "Фомин", "председатель Мосгордумы");
	r = run("Глава Росстата Фомин заявил об этом.");
	CHECK(role_of(r, "Росстата Фомин") == NULL);
	dx_result_free(r);
	r = run("Губернатор встретился с главой Росстата Аркадием Фоминым.");
	CHECK(unit_entity(r, DX_ORGANIZATION, "Росстат") != NULL);
	CHECK(role_of(r, "Росстата Аркадий Фомин") == NULL);
	dx_result_free(r);
	r = run("Губернатор встретился с главой Центризбиркома Аркадием Фоминым.");
	CHECK(role_of(r, "Аркадий Фомин") != NULL);
	CHECK(role_of(r, "Центризбиркома Аркадий Фомин") == NULL);
	dx_result_free(r);
	/* a word the dictionary knows only as an organisation's name is a body too */
	check_role_alone("Губернатор встретился с главой Центризбиркома Аркадием Фоминым.", "Аркадий Фомин",
					 "глава Центризбиркома");
	check_role_alone("Губернатор встретился с главой Центризбиркома Фоминым.", "Фомин", "глава Центризбиркома");
	check_role_alone("Глава Центризбиркома Фомин заявил об этом.", "Фомин", "глава Центризбиркома");
	check_role_alone("Губернатор встретился с главой Совбеза Анной Фоминой.", "Анна Фомина", "глава Совбеза");
	r = run("Полузащитник клуба Челси Фрэнк Лэмпард снялся в фильме.");
	CHECK(role_of(r, "Фрэнк Лэмпард") != NULL);
	CHECK(role_of(r, "Челси Фрэнк") == NULL);
	dx_result_free(r);
	/* the prepositional after "о" and an office that may be a dative: о главе Аркадии Фомине */
	check_role_alone("Губернатор рассказал о главе Росстата Аркадии Фомине.", "Аркадий Фомин", "глава Росстата");
	check_role_alone("Губернатор рассказал о главе управы Аркадии Фомине.", "Аркадий Фомин", "глава управы");
	/* a name of three words in the instrumental stays one */
	check_role_alone("Губернатор встретился с президентом Вьетнама Нгуен Суан Фуком.", "Нгуен Суан Фук", "президент");
}

/*
 * "с главой облдумы Аркадием Фоминым": a body's noun with a prefix of its
 * own (обл-, гор-) the dictionary does not know, guessed a noun of persons
 * in the plural (like тугодумы), is a word of the office, in every case,
 * not the holders' title nor an agent after the office
 */
TEST(prefixed_body_noun_the_dictionary_guesses_after_an_office)
{
	check_role_alone("Губернатор встретился с главой облдумы Аркадием Фоминым.", "Аркадий Фомин", "глава облдумы");
	check_role_alone("Глава облдумы Аркадий Фомин заявил.", "Аркадий Фомин", "глава облдумы");
	check_role_alone("Губернатор встретился с председателем гордумы Анной Фоминой.", "Анна Фомина",
					 "председатель гордумы");
	check_role_alone("Председатель гордумы Анна Фомина заявила об этом.", "Анна Фомина", "председатель гордумы");
	check_role_alone("Губернатор встретился с председателем облдумы Фоминым.", "Фомин", "председатель облдумы");
	check_role_alone("Губернатор позвонил председателю облдумы Аркадию Фомину.", "Аркадий Фомин",
					 "председатель облдумы");
}

/*
 * "с мэром Казани Фоминым": a place's name in the genitive between an
 * office in another oblique case and a surname in that case is no word of
 * the name (the words of one name agree in case)
 */
TEST(place_in_another_case_before_a_surname_after_an_office)
{
	dx_result  *r;

	check_role_alone("Губернатор встретился с мэром Казани Фоминым.", "Фомин", "мэр");
	check_role_alone("Губернатор позвонил мэру Химок Фомину.", "Фомин", "мэр");
	check_role_alone("Губернатор встретился с главой Химок Фоминым.", "Фомин", "глава");
	r = run("Губернатор встретился с мэром Казани Фоминым.");
	CHECK(role_of(r, "Казани Фомин") == NULL);
	dx_result_free(r);
}

/*
 * "гендиректором Мосэнерго Аркадием Фоминым", "Глава Норникеля Фомин": a
 * capitalised word after an office that is no given name, before a given
 * name and a surname, or before a man's surname when it shows the genitive
 * and the office the nominative, is the body the office is of
 */
TEST(unknown_body_word_between_office_and_name)
{
	dx_result  *r = run("Губернатор встретился с гендиректором Мосэнерго Аркадием Фоминым.");

	CHECK_STR_EQ(role_of(r, "Аркадий Фомин"), "генеральный директор");
	dx_result_free(r);
	r = run("Губернатор направил письмо гендиректору Эксмо Анне Беловой.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "генеральный директор");
	dx_result_free(r);
	r = run("Глава Укрзализныци Аркадий Фомин заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Аркадий Фомин"), "глава");
	dx_result_free(r);
	r = run("Глава Норникеля Фомин заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Фомин"), "глава");
	dx_result_free(r);
	r = run("Губернатор встретился с пресс-секретарем Норникеля Фоминым.");
	CHECK_STR_EQ(role_of(r, "Фомин"), "пресс-секретарь");
	dx_result_free(r);
	r = run("Губернатор направил письмо главе Белнефтехима Беловой.");
	CHECK_STR_EQ(role_of(r, "Белова"), "глава");
	dx_result_free(r);
	r = run("Глава Мариинки Фомин заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Фомин"), "глава");
	dx_result_free(r);
	r = run("Вопрос обсуждался в беседе с главой Укрзализныци Фоминым.");
	CHECK_STR_EQ(role_of(r, "Фомин"), "глава");
	dx_result_free(r);
	r = run("Губернатор направил письмо послу Андорры Марии Беловой.");
	CHECK_STR_EQ(role_of(r, "Мария Белова"), "посол");
	dx_result_free(r);
	/* a given name the lists do not know before a known one stays in the name */
	r = run("Президент Андорры Жаир Мессиас Болсонару прибыл в Москву.");
	CHECK(role_of(r, "Мессиас Болсонару") == NULL);
	dx_result_free(r);
	r = run("Посол Андорры Вугар Алиев вручил верительные грамоты.");
	CHECK_STR_EQ(role_of(r, "Вугар Алиев"), "посол");
	dx_result_free(r);
}

/*
 * "Аркадий Фомин, глава Роснано, заявил": a capitalised word no list or
 * dictionary knows as a name, alone after an office in apposition, before
 * the apposition closes, is the office's body, and the name before it the
 * holder
 */
TEST(unknown_body_word_closing_an_office_in_apposition)
{
	dx_result  *r = run("Аркадий Фомин, глава Роснано, заявил об этом.");

	CHECK_STR_EQ(role_of(r, "Аркадий Фомин"), "глава Роснано");
	CHECK(role_of(r, "Роснано") == NULL);
	dx_result_free(r);
	r = run("Об этом заявил Аркадий Фомин, гендиректор Норникеля.");
	CHECK_STR_EQ(role_of(r, "Аркадий Фомин"), "гендиректор Норникеля");
	CHECK(role_of(r, "Норникеля") == NULL);
	dx_result_free(r);
	r = run("Анна Белова (советник Мосэнерго) заявила об этом.");
	CHECK_STR_EQ(role_of(r, "Анна Белова"), "советник Мосэнерго");
	dx_result_free(r);
	r = run("Джон Смит — советник Роснано — заявил об этом.");
	CHECK_STR_EQ(role_of(r, "Джон Смит"), "советник Роснано");
	dx_result_free(r);
	/* a list of posts and surnames keeps its holders */
	r = run("В совещании участвовали мэр Петров, министр финансов Смирнов, глава района Кузнецов.");
	CHECK_STR_EQ(role_of(r, "Смирнов"), "министр финансов");
	CHECK_STR_EQ(role_of(r, "Кузнецов"), "глава района");
	dx_result_free(r);
}

/* "директор НИИ Гамалеи Гинзбург": a body named for a person; the holder after it, the namesake no person */
TEST(holder_after_a_body_named_for_a_person)
{
	dx_result  *r = run("Об этом сообщил директор НИИ Гамалеи Гинзбург.");

	CHECK_STR_EQ(role_of(r, "Гинзбург"), "директор НИИ");
	CHECK(role_of(r, "Гамалея") == NULL);
	dx_result_free(r);
}

/* "заявила директор отдела Этлева Кадилли": an unknown word in -а before a name, the verb a woman's: her given name */
TEST(unknown_womans_name_after_an_office_and_a_feminine_verb)
{
	dx_result  *r = run("Об этом заявила директор отдела снабжения ЮНИСЕФ Этлева Кадилли.");

	CHECK_STR_EQ(role_of(r, "Этлева Кадилли"), "директор отдела снабжения ЮНИСЕФ");
	dx_result_free(r);
	r = run("Директор отдела Этлева Кадилли заявила об этом.");
	CHECK_STR_EQ(role_of(r, "Этлева Кадилли"), "директор отдела");
	dx_result_free(r);
}

SUITE(roles_tests) = {
	REG(office_abbreviation_before_unknown_name),
	REG(office_in_apposition),
	REG(list_of_posts_with_age),
	REG(leader_of_a_party_or_a_state),
	REG(list_of_posts_unknown_names),
	REG(rank_of_the_post),
	REG(office_words_of_an_unknown_body),
	REG(post_left_is_the_office),
	REG(office_topic_state_and_appointment),
	REG(posts_of_armies_counsel_and_whose_post),
	REG(acting_abbreviated),
	REG(acting_office_told_by_a_verb),
	REG(acting_office_told_by_a_verb_of_a_surname),
	REG(relative_clause_heading_a_body),
	REG(relative_clause_holding_a_post_past_adverbs),
	REG(term_with_do_ends_the_office_words),
	REG(office_bounds_lists_places),
	REG(office_words_around_state),
	REG(former_office_no_role),
	REG(quote_interrupted),
	REG(quotes_nobody_said),
	REG(quote_pronoun_is_the_subject),
	REG(office_as_predicate),
	REG(office_of_an_office),
	REG(chain_of_offices),
	REG(office_body_party_region),
	REG(posts_beyond_diplomacy),
	REG(office_words_end_at_instead),
	REG(endings_of_forms),
	REG(appointed_office_wins),
	REG(generic_office_yields),
	REG(office_held_in_turn),
	REG(post_taken_or_held),
	REG(list_of_posts_keeps_words),
	REG(office_of_a_place_before_an_unknown_name),
	REG(list_of_posts_with_a_known_surname),
	REG(plural_office_shared_by_names),
	REG(office_words_end_at_an_adverb),
	REG(hyphenated_office_in_the_plural),
	REG(body_named_after_a_person),
	REG(body_before_the_topic_of_a_post),
	REG(state_adjective_inside_a_body_name),
	REG(office_head_in_its_dictionary_forms),
	REG(one_of_the_holders),
	REG(two_offices_joined_by_a_comma),
	REG(office_after_a_surname_alone),
	REG(deputy_in_one_word),
	REG(office_after_a_name_in_brackets),
	REG(office_words_through_a_hyphenated_adjective),
	REG(appointed_past_a_post_or_a_former_office),
	REG(plural_office_shared_in_an_oblique_case),
	REG(head_doctor_is_a_post),
	REG(post_in_a_place_of_common_words),
	REG(state_closes_the_first_of_two_offices),
	REG(office_elected_from_a_party_or_region),
	REG(compound_rank_between_office_and_name),
	REG(posts_of_commissioners_and_boards),
	REG(state_word_after_an_office_body),
	REG(description_between_office_and_name),
	REG(offices_of_every_genre),
	REG(former_office_beats_the_lexicon),
	REG(title_with_no_comma_between_office_and_name),
	REG(office_before_the_verb_and_its_holder),
	REG(office_in_a_clause_after_the_name),
	REG(office_held_now_after_an_adverb),
	REG(office_after_a_name_in_another_case),
	REG(replaced_holder_held_the_post_before),
	REG(verb_after_a_comma_ends_the_office_words),
	REG(topics_in_the_dative_after_po),
	REG(post_taken_by_a_described_name_or_in_a_place),
	REG(one_word_deputy_before_a_name_in_the_genitive),
	REG(posts_of_embassies_and_international_bodies),
	REG(post_taken_by_a_profession_and_a_name),
	REG(vice_consul_attaches_nuncio_and_observers),
	REG(office_words_through_a_noun_in_la_to_a_noun),
	REG(governing_office_with_words_before_the_governed),
	REG(participle_office_governing_the_instrumental),
	REG(state_of_a_post_is_not_the_holders),
	REG(office_of_two_words_in_either_order),
	REG(chain_of_offices_before_a_name),
	REG(chain_of_offices_after_a_name),
	REG(plural_office_shared_by_a_list_of_names),
	REG(office_after_a_gloss_in_brackets),
	REG(topic_of_a_body_or_of_an_office),
	REG(office_of_an_adjective_and_a_noun_in_the_plural),
	REG(age_in_apposition_after_an_office),
	REG(time_inside_a_clause_of_holding_a_post),
	REG(office_after_a_verb_of_taking_or_holding_a_post),
	REG(initial_picks_the_person_of_its_given_name),
	REG(body_name_after_an_office_is_no_person),
	REG(body_name_unquoted_between_office_and_name),
	REG(body_name_in_latin_in_brackets_after_an_office),
	REG(abbreviation_of_a_body_kind_before_its_name),
	REG(name_after_a_quoted_body_name_is_the_holders_from_its_first_word),
	REG(finance_director_of_a_company),
	REG(offices_after_a_listed_name_open_the_next_item),
	REG(military_and_security_posts),
	REG(relative_of_an_office_holder),
	REG(post_confirmed_kept_or_held_now),
	REG(office_after_a_verb_and_an_adverbial_phrase),
	REG(office_in_a_relative_clause_of_appointment),
	REG(office_given_to_the_object_of_appointing),
	REG(post_received_kept_or_entered_before_the_name),
	REG(name_in_another_case_before_a_verb_of_appointment),
	REG(office_of_a_relative_is_no_ones),
	REG(possessive_after_an_office_begins_another_phrase),
	REG(post_to_be_taken_restored_or_taken_up),
	REG(shared_office_past_a_list_of_states),
	REG(shared_office_of_bodies_or_of_a_number_of_states),
	REG(shared_office_of_one_state),
	REG(profession_between_office_and_name),
	REG(agent_with_a_genitive_before_the_office),
	REG(plural_office_of_a_list_of_subjects),
	REG(plural_office_before_a_verb_and_its_subjects),
	REG(office_held_beats_a_profession),
	REG(two_offices_joined_by_and_after_a_name),
	REG(surname_in_the_instrumental_after_an_office),
	REG(title_after_an_office_and_and),
	REG(place_of_an_office_taken),
	REG(profession_in_apposition_before_an_office),
	REG(state_inside_a_body_name_after_an_office),
	REG(rank_or_hyphenated_office_after_a_verb_of_appointing),
	REG(head_of_a_ministry_is_its_minister),
	REG(person_heading_a_ministry),
	REG(name_in_the_dative_after_an_office_in_the_dative),
	REG(feminine_forms_of_offices),
	REG(post_held_right_after_the_name),
	REG(name_in_commas_after_an_office_opening_the_sentence),
	REG(office_held_now_after_a_former_one_in_apposition),
	REG(given_name_in_the_nominative_after_an_office_in_the_genitive),
	REG(office_said_of_a_pronoun_in_the_next_sentence),
	REG(honorific_between_office_and_name),
	REG(compound_offices_with_a_hyphen_or_a_prefix),
	REG(office_held_also_past_takzhe),
	REG(office_of_the_sentence_before_said_of_im_stal),
	REG(person_heading_a_party_or_a_faction),
	REG(person_heading_a_body_the_lexicon_does_not_know),
	REG(heads_of_bodies_of_a_number_of_states),
	REG(description_between_a_name_and_its_office),
	REG(state_closing_the_words_that_reach_a_name),
	REG(office_of_the_sentence_before_in_its_own_words),
	REG(member_of_a_committee_or_a_chamber),
	REG(office_held_also_past_tozhe),
	REG(office_a_name_acts_in_after_kak),
	REG(monarchs_and_heirs),
	REG(artistic_director),
	REG(participle_clause_after_an_office_body),
	REG(office_before_iz_is_not_the_named_persons),
	REG(state_adjective_of_a_body_after_the_office_words),
	REG(role_holds_no_word_of_the_holders_name),
	REG(cyrillic_abbreviation_in_the_office_words),
	REG(office_words_end_before_named_after),
	REG(object_of_a_preposition_in_the_office_words),
	REG(state_adjective_before_a_known_body),
	REG(comma_list_of_what_an_office_covers),
	REG(office_words_end_at_no_preposition),
	REG(nominative_name_after_an_office_in_the_prepositional),
	REG(no_space_before_a_comma_where_brackets_went),
	REG(state_word_before_and_a_nominative),
	REG(replaced_post_of_a_pronoun_or_a_noun_subject),
	REG(party_member_between_office_and_name),
	REG(place_of_a_post_before_the_verb_of_taking_it),
	REG(age_in_commas_between_a_name_and_its_office),
	REG(office_words_with_iz_reach_no_holder),
	REG(longer_description_between_a_name_and_its_office),
	REG(place_name_after_a_generic_noun_of_an_office),
	REG(person_heading_a_body_of_a_head_office),
	REG(holder_of_the_governed_office_before_the_topic),
	REG(participle_clause_between_office_and_name),
	REG(post_taken_by_a_noun_subject_of_the_next_sentence),
	REG(age_or_party_member_between_office_and_name),
	REG(unknown_name_after_the_state_or_rank_closing_the_words),
	REG(participle_office_before_a_rank),
	REG(co_chairs_of_a_commission),
	REG(appointed_object_after_a_rank),
	REG(retired_rank_between_office_and_name),
	REG(body_noun_before_a_name_after_an_office_in_the_genitive),
	REG(rank_in_every_case_between_office_and_name),
	REG(plural_office_each_name_after_its_state),
	REG(title_in_the_genitive_between_office_and_name),
	REG(plural_office_names_with_glosses_in_brackets),
	REG(plural_office_of_a_list_of_posts_one_each),
	REG(description_after_the_body_state_or_post_of_an_office),
	REG(title_in_every_case_between_office_and_name),
	REG(title_with_its_field_or_age_after_an_office_body),
	REG(member_title_in_every_case_between_office_and_name),
	REG(object_after_an_office_post_is_no_holder),
	REG(party_member_after_an_office_and_a_comma),
	REG(rank_after_an_abbreviation_and_a_comma),
	REG(age_after_a_comma_in_an_oblique_case),
	REG(two_offices_and_two_names_one_each),
	REG(office_and_its_deputy_then_two_names),
	REG(plural_office_shared_rank_or_each_description),
	REG(dative_name_after_a_nominative_office_is_no_holder),
	REG(plural_office_each_later_name_after_its_post),
	REG(holder_after_the_person_whose_office_it_is),
	REG(office_a_name_acts_in_after_v_kachestve),
	REG(oblique_office_before_a_nominative_name_is_not_its),
	REG(possessive_before_an_appointed_office_in_the_instrumental),
	REG(genitive_name_after_an_office_of_a_link_verb_is_its_possessor),
	REG(office_a_name_acts_in_after_v_roli_or_v_statuse),
	REG(dative_name_after_an_office_in_the_genitive_is_no_holder),
	REG(post_to_be_left_is_held),
	REG(office_of_a_past_term_of_years),
	REG(adjectival_surname_in_the_genitive_after_an_office),
	REG(post_before_a_phrase_and_a_verb_of_holding),
	REG(post_held_na_postu_right_after_the_name),
	REG(reappointed_to_an_office),
	REG(posts_of_companies_clubs_and_churches_in_short_news),
	REG(topic_of_an_office_before_its_named_employer),
	REG(see_of_a_bishop_between_title_and_name),
	REG(body_noun_after_a_press_service_before_the_name),
	REG(place_of_the_post_after_an_office_with_a_topic),
	REG(surname_spelt_with_yo_like_a_town_after_an_office),
	REG(unnamed_office_of_a_headline_held_by_the_lead_subject),
	REG(office_of_a_woman_whose_name_could_be_a_mans_genitive),
	REG(office_given_to_the_object_before_the_verb_of_appointing),
	REG(office_given_to_a_surname_before_the_verb_of_appointing),
	REG(replaced_post_of_the_subject_after_it_and_its_words),
	REG(post_of_a_successor),
	REG(agent_after_an_office_in_the_instrumental),
	REG(fronted_object_of_appointing_with_the_subject_after_the_office),
	REG(age_before_the_object_of_appointing),
	REG(post_of_a_successor_in_apposition),
	REG(office_given_to_the_pronoun_object_of_appointing),
	REG(office_of_a_story_person_named_by_the_surname),
	REG(genitive_surname_then_the_holder_by_surname),
	REG(undeclined_surname_before_the_holder_of_its_office),
	REG(plural_office_of_a_person_then_the_holders),
	REG(many_offices_before_a_repeated_surname),
	REG(two_offices_before_one_name_and_a_plural_verb),
	REG(office_opening_a_sentence_for_the_person_before_of_its_gender),
	REG(state_word_before_the_topic_of_an_office),
	REG(fronted_office_then_the_verb_of_appointing_and_its_object),
	REG(adverbial_of_time_around_the_object_of_appointing),
	REG(adverbial_of_time_between_the_office_or_subject_and_the_verb),
	REG(adverbial_of_place_inside_an_appointment),
	REG(adverbial_of_time_between_the_office_and_the_object),
	REG(more_ranks_of_the_post),
	REG(rank_and_adjectives_of_the_post_in_every_case),
	REG(rank_before_a_trade_and_a_secretary_of_a_body_name_posts),
	REG(endings_of_trades),
	REG(initial_like_a_function_word_after_an_office),
	REG(surname_in_capitals_after_an_office),
	REG(temporarily_acting_holder_keeps_the_adverb),
	REG(lexicon_office_on_the_date_the_story_tells),
	REG(colleague_holds_the_same_office),
	REG(colleague_without_an_office_to_hold),
	REG(colleague_of_an_unnamed_office_holder),
	REG(colleague_named_by_the_surname_alone),
	REG(colleague_of_a_pronoun_subject_past_an_adverbial),
	REG(colleague_named_before_the_phrase_of_whose_colleague),
	REG(future_active_verb_of_appointing),
	REG(capitalised_adjective_before_a_fronted_office_of_appointing),
	REG(adverbial_between_a_fronted_office_and_the_verb_of_appointing),
	REG(post_taken_in_the_future),
	REG(post_of_a_successor_in_a_participle_clause),
	REG(state_word_before_the_verb_after_a_fronted_office),
	REG(negated_verb_of_appointing_before_its_object),
	REG(adverbial_between_a_fronted_object_and_a_future_verb_of_appointing),
	REG(rank_or_age_before_the_object_after_a_fronted_office),
	REG(future_passive_after_a_fronted_office),
	REG(body_compound_between_an_office_and_its_holder),
	REG(prefixed_body_noun_the_dictionary_guesses_after_an_office),
	REG(place_in_another_case_before_a_surname_after_an_office),
	REG(unknown_body_word_between_office_and_name),
	REG(unknown_body_word_closing_an_office_in_apposition),
	REG(holder_after_a_body_named_for_a_person),
	REG(unknown_womans_name_after_an_office_and_a_feminine_verb),
	SUITE_END
};

