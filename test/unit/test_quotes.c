/* test_quotes.c - quotations and their speakers, read from whole stories. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

#define PUBLISHED 20240501

/* extract, with two checks: a result, and its offsets */
#define run(text) UNIT_RUN((text), PUBLISHED)

/* the speaker of the quotation that begins with `begins`, "(none)" when no quotation does */
static const char *
speaker_of(const dx_result *r, const char *begins)
{
	int			i;

	for (i = 0; r && i < r->nquotes; i++)
		if (r->quotes[i].quote && strncmp(r->quotes[i].quote, begins, strlen(begins)) == 0)
			return r->quotes[i].speaker;
	return "(none)";
}

/*
 * A straight mark after an inner quotation closes only the inner one when the
 * outer sentence goes on after the comma; the quotation is the text of a
 * release, nobody's speech.
 */
TEST(quote_inner_marks_before_a_comma)
{
	const char *text = "Об этом сообщил депутат Иван Соколов. \"Во вторник депутат сообщил, что "
		"министерство готовит \"план\", который будет готов к осени\", - говорится в сообщении.";
	dx_result  *r = run(text);

	CHECK_INT_EQ(r->nquotes, 0);
	dx_result_free(r);
}

/* the person after "что" is what was said about, not who said it */
TEST(quote_person_after_that_is_not_the_speaker)
{
	const char *text = "Газета Вечерний курьер отмечает, что Анна Петрова прилетела в Рим «на "
		"следующий день после долгих переговоров с партнерами».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "на следующий"), "(none)");
	dx_result_free(r);
}

/* "представитель Петрова заявил": the name in the genitive is not the subject */
TEST(quote_genitive_name_before_the_verb_is_not_the_subject)
{
	const char *text = "Посол Олег Петров направил письмо в министерство. Представитель Петрова "
		"заявил, что письмо следует читать «как твердое предупреждение всем участникам проекта».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "как твердое"), "(none)");
	dx_result_free(r);
}

/* the words a verb of quoting names after it are of the person named, or of the speaker before */
TEST(quote_words_of_a_person)
{
	const char *text = "«Мы не откажемся от проекта ни при каких условиях», - приводит в пятницу "
		"деловое издание слова генерального директора компании Ивана Соколова. Министр финансов "
		"Ольга Смирнова заявила, что бюджет будет принят. Ее коллега Анна Ковальска уехала раньше. "
		"«Мы готовы к трудным переговорам с партнерами, — приводит ее слова "
		"агентство. — Но уступать мы не будем».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Мы не откажемся"), "Иван Соколов");
	CHECK_STR_EQ(speaker_of(r, "Мы готовы"), "Ольга Смирнова");
	dx_result_free(r);
	text = "Канцлер Германии Георг Шмидт выступил на приеме. «Этот проект отвечает интересам "
		"обеих стран», - говорится в тексте выступления Г. Шмидта.";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Этот проект"), "Георг Шмидт");
	dx_result_free(r);
}

/* the words of someone who speaks for the person named are not that person's */
TEST(quote_words_of_a_spokesman)
{
	const char *text = "Премьер-министр Литвы Анна Петрайтене провела встречу с канцлером. «Премьер "
		"рассказала канцлеру о позиции страны на переговорах», — приводит агентство слова "
		"официального представителя премьер-министра Анны Петрайтене.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Премьер рассказала"), "(none)");
	dx_result_free(r);
}

/* a statement quoted from a document is nobody's speech, nor is a speech verb's noun an attribution */
TEST(quote_of_a_statement_is_nobodys)
{
	const char *text = "Министр Иван Петров подал в отставку. Об этом первым сообщил журналист "
		"Олег Сидоров. «Сегодня премьер-министр принял "
		"отставку министра и поблагодарил его за работу», — процитировал он заявление "
		"правительства. На сайте ведомства опубликован отрывок из подготовленного им письма с "
		"заявлением об уходе: «Я благодарен всем коллегам за годы совместной работы».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Сегодня премьер"), "(none)");
	CHECK_STR_EQ(speaker_of(r, "Я благодарен"), "(none)");
	dx_result_free(r);
}

/* a quotation whose opening or closing mark the text left out */
TEST(quote_with_a_mark_missing)
{
	const char *text = "Глава МИД Эстонии Анна Тамм назвала решение «серьезной ошибкой». Это решение "
		"ухудшит отношения наших стран на долгие годы», — заявила Анна Тамм.\n\n"
		"Министр здравоохранения Олег Смирнов ответил на вопросы читателей.\n\n"
		"«Да, прививку можно сделать всем взрослым, — написал он в своем блоге.\n\n"
		"Позже министр уточнил свои слова.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Это решение ухудшит"), "Анна Тамм");
	CHECK_STR_EQ(speaker_of(r, "Да, прививку можно сделать всем взрослым"), "Олег Смирнов");
	dx_result_free(r);
	/* a straight mark with no space before the quotation */
	r = run("Депутат Иван Петров напомнил, что\"правительство готово к переговорам с соседями\".");
	CHECK_STR_EQ(speaker_of(r, "правительство готово"), "Иван Петров");
	dx_result_free(r);
	r = run(text);
	/* the quotation ends before its attribution */
	CHECK_INT_EQ(r->nquotes, 2);
	if (r->nquotes == 2)
		CHECK_STR_EQ(r->quotes[1].quote, "Да, прививку можно сделать всем взрослым");
	dx_result_free(r);
}

/* fewer than four words is a fragment, not a quotation; a hyphenated word is one */
TEST(quote_of_three_words_with_a_hyphen_is_a_fragment)
{
	const char *text = "Министр транспорта Иван Петров назвал проект «северо-восточным транспортным "
		"коридором».";
	dx_result  *r = run(text);

	CHECK_INT_EQ(r->nquotes, 0);
	dx_result_free(r);
}

/* the attribution after the dash: its subject named after another verb, a state's adjective, an unnamed source */
TEST(quote_attribution_after_the_dash)
{
	const char *text = "Министр иностранных дел Венгрии Петер Сийярто встретился в Варшаве с главой "
		"МИД Польши Збигневом Рау. «Мы обсудили вопросы энергетической безопасности региона», — "
		"сказал Рау. «Венгрия не поддержит новые ограничения в этой области» — такое заявление сделал "
		"Сийярто. «Наши страны связывают давние и прочные отношения», — сказал журналистам польский "
		"министр. «Переговоры продолжатся в закрытом режиме до конца недели», — сообщил агентству "
		"источник в министерстве.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Венгрия не поддержит"), "Петер Сийярто");
	CHECK_STR_EQ(speaker_of(r, "Наши страны"), "Збигнев Рау");
	CHECK_STR_EQ(speaker_of(r, "Переговоры продолжатся"), "(none)");
	dx_result_free(r);
}

/* the subject of a short clause before the colon speaks */
TEST(quote_after_a_colon_without_a_speech_verb)
{
	const char *text = "Глава МИД Венгрии Петер Сийярто: «Мы не поддержим новые санкции против "
		"соседей»\n\nМинистр иностранных дел Польши Збигнев Рау провел переговоры в Будапеште. "
		"Сийярто по-прежнему уверен: «Наши страны смогут найти решение этой проблемы».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Мы не поддержим"), "Петер Сийярто");
	CHECK_STR_EQ(speaker_of(r, "Наши страны"), "Петер Сийярто");
	dx_result_free(r);
}

/* a quotation set as its own paragraph before the one that names the speaker */
TEST(quote_as_a_lead_paragraph)
{
	const char *text = "Эстония отказалась от переговоров\n\n«Мы не будем вести переговоры под "
		"давлением и угрозами».\n\nМинистр иностранных дел Эстонии Анна Тамм заявила, что "
		"переговоры отложены.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Мы не будем"), "Анна Тамм");
	dx_result_free(r);
}

/*
 * The present tense and the other aspect of a verb of speech say who speaks
 * as its past does: "..., утверждает X", "X поясняет, что «...»".
 */
TEST(quote_speech_verb_in_the_present)
{
	const char *text = "Посол Иван Соколов прилетел в Вену. Новый договор «позволит нам снять все "
		"старые вопросы», утверждает Соколов. Министр финансов Ольга Смирнова, отвечая на вопросы "
		"журналистов, поясняет, что бюджет «будет принят без всяких поправок к осени».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "позволит нам"), "Иван Соколов");
	CHECK_STR_EQ(speaker_of(r, "будет принят"), "Ольга Смирнова");
	dx_result_free(r);
}

/* "«...», — сообщила газета X": a body said it, not the person named before */
TEST(quote_said_by_a_body_is_nobodys)
{
	const char *text = "Министр Иван Соколов заявил о новых планах. «Переговоры с партнерами пойдут "
		"трудно и долго», — сообщила газета Вечерний курьер.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Переговоры с"), "(none)");
	dx_result_free(r);
}

/* "По ее словам, «...»": the woman last shown speaking, not the man named after her */
TEST(quote_by_her_words)
{
	const char *text = "Министр финансов Ольга Смирнова заявила о новых планах. С ней встретился "
		"посол Иван Соколов. По ее словам, «бюджет будет принят без всяких поправок к осени».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "бюджет будет"), "Ольга Смирнова");
	dx_result_free(r);
}

/*
 * A word of opinion carries a quotation like a verb of speech: "X уверен, что
 * «...»", "«...», — убежден министр", "по мнению X", "с точки зрения X".
 */
TEST(quote_of_an_opinion)
{
	const char *text = "Министр обороны Польши Ян Квасник посетил Берлин. «Наши армии будут "
		"проводить совместные учения», — убежден министр. Его коллега Анна Ковальска уехала "
		"раньше. Она уверена, что соседи «не станут отказываться от общих планов».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Наши армии"), "Ян Квасник");
	CHECK_STR_EQ(speaker_of(r, "не станут"), "Анна Ковальска");
	dx_result_free(r);
	text = "Сенатор Иван Соколов выступил в Риме. По мнению Соколова, «переговоры пойдут "
		"быстрее, чем ждут». С точки зрения посла Олега Петрова, «стороны еще не готовы к "
		"компромиссу».";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "переговоры пойдут"), "Иван Соколов");
	CHECK_STR_EQ(speaker_of(r, "стороны еще"), "Олег Петров");
	dx_result_free(r);
}

/*
 * The speaker named after the circumstances of the speech, past a quoted
 * title: "– сказал в беседе с корреспондентом «Новой газеты» лидер X"; a
 * name after a preposition is the circumstance's own.
 */
TEST(quote_speaker_after_the_circumstances)
{
	const char *text = "«Мы не допустим повторения подобных беспорядков в городе», – сказал в беседе "
		"с корреспондентом «Новой газеты» лидер Движения против незаконной застройки Андрей Волков.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "Андрей Волков");
	dx_result_free(r);
	text = "«Наши армии будут проводить совместные учения», — сказал на пресс-конференции в "
		"Берлине по итогам встречи министр обороны Польши Ян Квасник.";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Наши армии"), "Ян Квасник");
	dx_result_free(r);
	text = "Министр обороны Польши Ян Квасник прилетел в Лондон. «Наши армии будут проводить "
		"совместные учения», — сказал министр на встрече с коллегой из Великобритании Терезой Мэй.";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Наши армии"), "Ян Квасник");
	dx_result_free(r);
}

/* the subject before a speech verb is of the verb's gender: заявила is not his */
TEST(quote_subject_of_the_verbs_gender)
{
	const char *text = "Посол Иван Соколов покинул пост в мае. Министр финансов Ольга Смирнова "
		"написала ему письмо, в котором отметила, что он ушел слишком рано, а также заявила: "
		"«Бюджет будет принят без всяких поправок к осени».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Бюджет будет"), "Ольга Смирнова");
	dx_result_free(r);
}

/* "– сказал изданию один из демонстрантов", "– заявил представитель министерства": someone unnamed */
TEST(quote_of_someone_unnamed)
{
	const char *text = "Премьер-министр Пакистана Ахмед Карим пообещал жесткую реакцию властей. «Мы "
		"готовы стоять до конца и не уйдем с площади», — сказал изданию один из демонстрантов. "
		"«Мы не позволим сорвать переговоры с партнерами», — заявил представитель министерства.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Мы готовы"), "(none)");
	CHECK_STR_EQ(speaker_of(r, "Мы не позволим"), "(none)");
	dx_result_free(r);
}

/* "X пояснил, что «...», но «...»": the second quotation is of the same speaker */
TEST(quote_joined_to_the_one_before)
{
	const char *text = "Губернатор области Петр Ильин пояснил, что «сделал для региона все, что мог», "
		"но «теперь надо уступить место молодым», и подал в отставку.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "сделал для"), "Петр Ильин");
	CHECK_STR_EQ(speaker_of(r, "теперь надо"), "Петр Ильин");
	dx_result_free(r);
}

/* "– отметил правозащитник": the person the story introduced with that noun, in any case */
TEST(quote_of_the_person_a_noun_introduced)
{
	const char *text = "Известный правозащитник Андрей Волков не ждет перемен. Министр юстиции Олег "
		"Сорокин заявил, что закон будет принят. «Никто из опытных юристов не станет защищать "
		"такой закон», – отметил правозащитник.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Никто из"), "Андрей Волков");
	dx_result_free(r);
	text = "Газета опросила известного правозащитника Ивана Сидорова. Министр юстиции Олег Сорокин "
		"заявил, что закон будет принят. «Никто из опытных юристов не станет защищать такой "
		"закон», – отметил правозащитник.";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Никто из"), "Иван Сидоров");
	dx_result_free(r);
}

/*
 * "«...», — и добавил, что «...»": the verb's subject is the speaker of the
 * quotation before it; "Он писал: «...»": a pronoun before the colon
 */
TEST(quote_subject_carried_by_the_quotation_before)
{
	const char *text = "Министр юстиции Олег Сорокин сказал, что спешить с законом не стоит. «Закон "
		"будет принят в течение месяца», — и добавил, что «все поправки будут внесены по просьбе "
		"депутатов».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "все поправки"), "Олег Сорокин");
	dx_result_free(r);
	text = "Министр юстиции Олег Сорокин выступил в парламенте. Он писал: «Закон будет принят в "
		"течение месяца, и мы учтем все замечания».";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Закон будет"), "Олег Сорокин");
	dx_result_free(r);
}

/*
 * A pronoun stands for the subject of the sentence before it rather than for
 * a speaker two sentences back; a name after a preposition is no subject.
 */
TEST(quote_pronoun_for_the_subject_before)
{
	const char *text = "Политолог Игорь Брагин назвал такую реакцию «настоящим перехлестом со стороны "
		"властей города». Между тем, панихиду по Егору Свиридову возглавил протоиерей Всеволод "
		"Чаплин, глава синодального отдела. На панихиде он призвал к тому, чтобы «страна жила по "
		"божьим и человеческим законам».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "страна жила"), "Всеволод Чаплин");
	dx_result_free(r);
	text = "Политолог Игорь Брагин назвал такую реакцию «настоящим перехлестом со стороны властей "
		"города». Между тем, панихиду по Егору Свиридову возглавил протоиерей Всеволод Чаплин, глава "
		"синодального отдела. По его мнению, «страна должна жить по божьим и человеческим законам».";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "страна должна"), "Всеволод Чаплин");
	dx_result_free(r);
}

/* "«...», - сообщают журналисты X и Y": a verb in the plural names no one speaker */
TEST(quote_of_a_plural_verb_is_nobodys)
{
	const char *text = "Посол Иван Соколов прибыл в Лондон. «Судя по тем же документам, посольство "
		"направило спонсору еще четыре приглашения», - сообщают журналисты Анна Белова и Петр Грин.";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Судя по"), "(none)");
	dx_result_free(r);
}

/*
 * A quotation of several paragraphs: each paragraph opens with «, only the
 * last one closes it; the attribution after the last mark is the speaker's
 * of the whole, and the quotation begins with the first paragraph.
 */
TEST(quote_over_several_paragraphs)
{
	const char *text = "Министр иностранных дел Чехии Томаш Горак выступил перед журналистами в Праге.\n\n"
		"«Мы не допустим повторения таких событий в будущем. Наша позиция остается неизменной.\n\n"
		"«Мы готовы к диалогу с любыми партнерами, если они уважают наши интересы.\n\n"
		"«Чехия будет добиваться справедливого решения этого вопроса», – сказал министр.";
	dx_result  *r = run(text);

	CHECK_INT_EQ(r->nquotes, 1);
	CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "Томаш Горак");
	CHECK_STR_EQ(speaker_of(r, "Чехия будет"), "(none)");
	dx_result_free(r);
}

/*
 * An office named before the quotation stands for the person of that office
 * the story named: "Министр подчеркнул: «...»", "По словам министра, «...»";
 * an office in the genitive after a spokesman's noun is not the speaker.
 */
TEST(quote_of_an_office_before_it)
{
	const char *intro = "Министр иностранных дел Чехии Томаш Горак провел пресс-конференцию в Праге. ";
	const char *tail[] = {
		"Министр подчеркнул: «Мы не допустим повторения таких событий в будущем».",
		"Позже министр добавил: «Мы не допустим повторения таких событий в будущем».",
		"По словам министра, «мы не допустим повторения таких событий в будущем».",
	};
	char		text[1024];
	int			i;
	dx_result  *r;

	for (i = 0; i < 3; i++)
	{
		snprintf(text, sizeof(text), "%s%s", intro, tail[i]);
		r = run(text);
		CHECK_STR_EQ(speaker_of(r, i == 2 ? "мы не допустим" : "Мы не допустим"), "Томаш Горак");
		dx_result_free(r);
	}
	snprintf(text, sizeof(text), "%s%s", intro,
			 "Представитель министра заявил: «Мы не допустим повторения таких событий в будущем».");
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "(none)");
	dx_result_free(r);
}

/*
 * "сказано в заявлении", "как отмечено в документе": a short passive
 * participle names no one who spoke; the quotation is a document's text.
 */
TEST(quote_of_a_text_said_in_a_document)
{
	const char *intro = "Министр иностранных дел Чехии Томаш Горак провел пресс-конференцию в Праге. ";
	const char *tail[] = {
		"«Мы не допустим повторения таких событий в будущем», — сказано в заявлении, опубликованном на сайте ведомства.",
		"Как отмечено в документе, «стороны не допустят повторения таких событий в будущем».",
	};
	char		text[1024];
	int			i;

	for (i = 0; i < 2; i++)
	{
		dx_result  *r;

		snprintf(text, sizeof(text), "%s%s", intro, tail[i]);
		r = run(text);
		CHECK_INT_EQ(r->nquotes, 0);
		dx_result_free(r);
	}
}

/*
 * A quotation after a colon in a sentence that names no speaker of its own
 * goes on with what the speaker of the sentence before says ("Он
 * утверждает, что ... . К тому же ...: «...»").
 */
TEST(quote_after_a_colon_carried_from_the_sentence_before)
{
	const char *text = "Политолог Иван Соколов выступил на конференции в Праге. Он утверждает, что у "
		"двух стран есть ряд совместных проектов. К тому же обе страны заинтересованы в торговле: "
		"«Объем товарооборота за год вырос почти вдвое».";
	dx_result  *r = run(text);

	CHECK_STR_EQ(speaker_of(r, "Объем товарооборота"), "Иван Соколов");
	dx_result_free(r);

	text = "Политолог Иван Соколов выступил на конференции в Праге. Он утверждает, что у двух "
		"стран есть ряд совместных проектов. Посольство опубликовало заявление: «Объем товарооборота "
		"за год вырос почти вдвое».";
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Объем товарооборота"), "(none)");
	dx_result_free(r);
}

/*
 * "Слова X приводит агентство: «...»": the words named before the colon are
 * the person's; "«...» — X" (a post's or a headline's attribution, a name
 * alone after the dash) gives the speaker too.
 */
TEST(quote_of_words_named_before_a_colon_and_of_a_name_after_a_dash)
{
	const char *intro = "Министр иностранных дел Чехии Томаш Горак провел пресс-конференцию в Праге. ";
	const char *tail[] = {
		"Слова Горака приводит агентство ЧТК: «Мы не допустим повторения таких событий в будущем».",
		"«Мы не допустим повторения таких событий в будущем» — Томаш Горак (@TomasHorak) 12 мая 2024 г.",
		"«Мы не допустим повторения таких событий в будущем» — Горак.",
	};
	char		text[1024];
	int			i;

	for (i = 0; i < 3; i++)
	{
		dx_result  *r;

		snprintf(text, sizeof(text), "%s%s", intro, tail[i]);
		r = run(text);
		CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "Томаш Горак");
		dx_result_free(r);
	}
}

/*
 * "Венгерский министр отметил": an office with a state's adjective is that
 * state's holder of the office, also for the pronoun of the next sentence;
 * not the other minister who spoke before.
 */
TEST(quote_of_an_office_of_a_state)
{
	const char *intro = "Министр иностранных дел Венгрии Петер Сабо прибыл в Киев. Его встретил министр "
		"иностранных дел Украины Иван Коваленко. Коваленко заявил журналистам, что переговоры будут сложными. ";
	const char *tail[] = {
		"Венгерский министр отметил: «Мы не допустим повторения таких событий в будущем».",
		"Венгерский министр отметил, что Будапешт готов к диалогу. «Мы не допустим повторения таких событий в будущем», — добавил он.",
	};
	char		text[1024];
	int			i;

	for (i = 0; i < 2; i++)
	{
		dx_result  *r;

		snprintf(text, sizeof(text), "%s%s", intro, tail[i]);
		r = run(text);
		CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "Петер Сабо");
		dx_result_free(r);
	}
}

/*
 * The attribution that points back at the quotation with a demonstrative:
 * "«...». Об этом заявил X", "«...» — эти слова X ...", "«...», — такими
 * словами X завершил выступление".
 */
TEST(quote_attributed_by_a_demonstrative)
{
	const char *intro = "Министр иностранных дел Чехии Томаш Горак провел пресс-конференцию в Праге. ";
	const char *tail[] = {
		"«Мы не допустим повторения таких событий в будущем». Об этом заявил Горак журналистам.",
		"«Мы не допустим повторения таких событий в будущем» — эти слова Горака облетели все газеты.",
		"«Мы не допустим повторения таких событий в будущем», — такими словами Горак завершил выступление.",
	};
	char		text[1024];
	int			i;
	dx_result  *r;

	for (i = 0; i < 3; i++)
	{
		snprintf(text, sizeof(text), "%s%s", intro, tail[i]);
		r = run(text);
		CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "Томаш Горак");
		dx_result_free(r);
	}
	/* a sentence that goes on about something else names no speaker */
	snprintf(text, sizeof(text), "%s%s", intro,
			 "«Мы не допустим повторения таких событий в будущем». Этот лозунг висел на здании посольства.");
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "(none)");
	dx_result_free(r);
}

/*
 * "В письме министра X говорится: «...»": the text of a letter, nobody's
 * speech.
 */
TEST(quote_of_a_letter_is_nobodys)
{
	const char *intro = "Министр иностранных дел Чехии Томаш Горак провел пресс-конференцию в Праге. ";
	char		text[1024];
	dx_result  *r;

	snprintf(text, sizeof(text), "%s%s", intro,
			 "В письме министра Томаша Горака говорится: «Мы не допустим повторения таких событий в будущем».");
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Мы не допустим"), "(none)");
	dx_result_free(r);
}

/* "«...». Так прокомментировал X": the adverb "так" points back at the quotation */
TEST(quote_attributed_by_tak)
{
	const char *intro = "Министр иностранных дел Польши Ян Ковальский встретился с коллегами в Варшаве. ";
	const char *tail[] = {
		"«Наши страны будут и дальше работать вместе над этим проектом». Так прокомментировал итоги "
		"встречи Ян Ковальский.",
		"«Наши страны будут и дальше работать вместе над этим проектом». Так Ян Ковальский ответил на "
		"вопрос журналистов.",
		"«Наши страны будут и дальше работать вместе над этим проектом». Так министр иностранных дел "
		"Польши Ян Ковальский прокомментировал итоги встречи.",
	};
	char		text[1024];
	int			i;
	dx_result  *r;

	for (i = 0; i < 3; i++)
	{
		snprintf(text, sizeof(text), "%s%s", intro, tail[i]);
		r = run(text);
		CHECK_STR_EQ(speaker_of(r, "Наши страны"), "Ян Ковальский");
		dx_result_free(r);
	}
	/* "Так," with a comma opens an example: it does not point back */
	snprintf(text, sizeof(text), "%s%s", intro,
			 "«Наши страны будут и дальше работать вместе над этим проектом». Так, Ян Ковальский заявил, "
			 "что переговоры продолжатся.");
	r = run(text);
	CHECK_STR_EQ(speaker_of(r, "Наши страны"), "(none)");
	dx_result_free(r);
}

/* the quote of the first quotation, "(none)" when there is none */
static const char *
first_quote(const dx_result *r)
{
	return r && r->nquotes > 0 && r->quotes[0].quote ? r->quotes[0].quote : "(none)";
}

/*
 * An attribution between two dashes inside the marks is no part of what was
 * said: the comma before the first dash goes when the words go on without
 * one, stays before "что"; the offsets still span the whole quotation.
 */
TEST(quote_without_its_attribution_between_commas)
{
	const char *t1 = "«Наши предложения, — сказал посол Олег Смирнов, — остаются в силе до конца года».";
	const char *t2 = "«Я уверен, – добавила Анна Кузнецова, – что стороны найдут решение уже к осени».";
	dx_result  *r = run(t1);

	CHECK_INT_EQ(r->nquotes, 1);
	CHECK_STR_EQ(first_quote(r), "Наши предложения остаются в силе до конца года");
	CHECK_STR_EQ(r->quotes[0].speaker, "Олег Смирнов");
	CHECK_INT_EQ(r->quotes[0].start, 1);
	CHECK_INT_EQ(r->quotes[0].end, 79);
	dx_result_free(r);
	r = run(t2);
	CHECK_STR_EQ(first_quote(r), "Я уверен, что стороны найдут решение уже к осени");
	CHECK_STR_EQ(r->quotes[0].speaker, "Анна Кузнецова");
	dx_result_free(r);
}

/*
 * An attribution ended by a full stop: its full stop ends the first part;
 * a dash inside the spoken words and a dash before words that say nothing
 * of a speaker stay.
 */
TEST(quote_without_its_attribution_before_a_full_stop)
{
	const char *t1 = "«Наша цель – мир в регионе, – заявила министр Анна Кузнецова. – Мы готовы к долгим переговорам».";
	const char *t2 = "«Решение принято, — это ответ правительства, — сказал Олег Смирнов. — Других шагов не будет».";
	const char *t3 = "«Соглашение подписано! — сообщил Олег Смирнов. — Теперь его должен одобрить парламент».";
	dx_result  *r = run(t1);

	CHECK_STR_EQ(first_quote(r), "Наша цель – мир в регионе. Мы готовы к долгим переговорам");
	CHECK_STR_EQ(r->quotes[0].speaker, "Анна Кузнецова");
	dx_result_free(r);
	r = run(t2);
	CHECK_STR_EQ(first_quote(r), "Решение принято, — это ответ правительства. Других шагов не будет");
	dx_result_free(r);
	r = run(t3);
	CHECK_STR_EQ(first_quote(r), "Соглашение подписано! Теперь его должен одобрить парламент");
	dx_result_free(r);
}

/*
 * «...»: an office and a verb after the colon name the speaker by his
 * office, even when that sentence ends the text (the search for the holder
 * starts at the last token, not past it)
 */
TEST(quote_after_a_colon_by_an_office_closing_the_text)
{
	dx_result  *r = run("Министр здравоохранения Андорры Иван Петров посетил завод. «Мы готовы к долгим "
						"переговорам с соседями»: министр обозначил сроки.");

	CHECK_STR_EQ(speaker_of(r, "Мы готовы"), "Иван Петров");
	dx_result_free(r);
	r = run("«Мы готовы к долгим переговорам с соседями»: министр обозначил сроки.\n");
	CHECK_INT_EQ(r->nquotes, 0);
	dx_result_free(r);
}

const unit_test quotes_tests[] = {
	{"quote_inner_marks_before_a_comma", quote_inner_marks_before_a_comma},
	{"quote_after_a_colon_by_an_office_closing_the_text", quote_after_a_colon_by_an_office_closing_the_text},
	{"quote_person_after_that_is_not_the_speaker", quote_person_after_that_is_not_the_speaker},
	{"quote_genitive_name_before_the_verb_is_not_the_subject", quote_genitive_name_before_the_verb_is_not_the_subject},
	{"quote_words_of_a_person", quote_words_of_a_person},
	{"quote_words_of_a_spokesman", quote_words_of_a_spokesman},
	{"quote_of_a_statement_is_nobodys", quote_of_a_statement_is_nobodys},
	{"quote_with_a_mark_missing", quote_with_a_mark_missing},
	{"quote_of_three_words_with_a_hyphen_is_a_fragment", quote_of_three_words_with_a_hyphen_is_a_fragment},
	{"quote_attribution_after_the_dash", quote_attribution_after_the_dash},
	{"quote_after_a_colon_without_a_speech_verb", quote_after_a_colon_without_a_speech_verb},
	{"quote_as_a_lead_paragraph", quote_as_a_lead_paragraph},
	{"quote_speech_verb_in_the_present", quote_speech_verb_in_the_present},
	{"quote_said_by_a_body_is_nobodys", quote_said_by_a_body_is_nobodys},
	{"quote_by_her_words", quote_by_her_words},
	{"quote_of_an_opinion", quote_of_an_opinion},
	{"quote_speaker_after_the_circumstances", quote_speaker_after_the_circumstances},
	{"quote_subject_of_the_verbs_gender", quote_subject_of_the_verbs_gender},
	{"quote_of_someone_unnamed", quote_of_someone_unnamed},
	{"quote_joined_to_the_one_before", quote_joined_to_the_one_before},
	{"quote_of_the_person_a_noun_introduced", quote_of_the_person_a_noun_introduced},
	{"quote_subject_carried_by_the_quotation_before", quote_subject_carried_by_the_quotation_before},
	{"quote_pronoun_for_the_subject_before", quote_pronoun_for_the_subject_before},
	{"quote_of_a_plural_verb_is_nobodys", quote_of_a_plural_verb_is_nobodys},
	{"quote_over_several_paragraphs", quote_over_several_paragraphs},
	{"quote_of_an_office_before_it", quote_of_an_office_before_it},
	{"quote_of_a_text_said_in_a_document", quote_of_a_text_said_in_a_document},
	{"quote_after_a_colon_carried_from_the_sentence_before", quote_after_a_colon_carried_from_the_sentence_before},
	{"quote_of_words_named_before_a_colon_and_of_a_name_after_a_dash", quote_of_words_named_before_a_colon_and_of_a_name_after_a_dash},
	{"quote_of_an_office_of_a_state", quote_of_an_office_of_a_state},
	{"quote_attributed_by_a_demonstrative", quote_attributed_by_a_demonstrative},
	{"quote_of_a_letter_is_nobodys", quote_of_a_letter_is_nobodys},
	{"quote_attributed_by_tak", quote_attributed_by_tak},
	{"quote_without_its_attribution_between_commas", quote_without_its_attribution_between_commas},
	{"quote_without_its_attribution_before_a_full_stop", quote_without_its_attribution_before_a_full_stop},
	{NULL, NULL}
};
