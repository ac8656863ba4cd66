/* test_morph.c - Russian inflection: forms of lexicon words, cases, nominatives of names and adjectives. */
#include "unit.h"
#include "morph.h"

#include <stdio.h>

typedef struct formset
{
	char		forms[64][64];
	int			n;
} formset;

static void
collect(const char *form, int len, void *arg)
{
	formset    *fs = arg;

	if (fs->n < 64 && len < 64)
	{
		memcpy(fs->forms[fs->n], form, len);
		fs->forms[fs->n][len] = '\0';
		fs->n++;
	}
}

static int
has_form(const formset *fs, const char *f)
{
	int			i;

	for (i = 0; i < fs->n; i++)
		if (strcmp(fs->forms[i], f) == 0)
			return 1;
	return 0;
}

static formset
forms_of(const char *lemma, int proper)
{
	formset		fs;

	fs.n = 0;
	dx_morph_forms(lemma, proper, collect, &fs);
	return fs;
}

TEST(forms_feminine_iya)
{
	formset		fs = forms_of("декларация", 0);

	CHECK(has_form(&fs, "декларация"));
	CHECK(has_form(&fs, "декларации"));
	CHECK(has_form(&fs, "декларацию"));
	CHECK(has_form(&fs, "декларацией"));
	CHECK(has_form(&fs, "декларациях"));
	CHECK(!has_form(&fs, "декларациа"));
}

TEST(forms_neuter_ie)
{
	formset		fs = forms_of("соглашение", 0);

	CHECK(has_form(&fs, "соглашение"));
	CHECK(has_form(&fs, "соглашения"));
	CHECK(has_form(&fs, "соглашению"));
	CHECK(has_form(&fs, "соглашением"));
	CHECK(has_form(&fs, "соглашении"));
	CHECK(has_form(&fs, "соглашений"));
	CHECK(has_form(&fs, "соглашениями"));
}

TEST(forms_masculine_consonant)
{
	formset		fs = forms_of("казахстан", 1);

	CHECK(has_form(&fs, "казахстан"));
	CHECK(has_form(&fs, "казахстана"));
	CHECK(has_form(&fs, "казахстану"));
	CHECK(has_form(&fs, "казахстаном"));
	CHECK(has_form(&fs, "казахстане"));
	/* the lemma comes first */
	CHECK_STR_EQ(fs.forms[0], "казахстан");
}

TEST(forms_indeclinable)
{
	formset		fs = forms_of("баку", 1);

	CHECK_INT_EQ(fs.n, 1);
	CHECK_STR_EQ(fs.forms[0], "баку");
	fs = forms_of("токио", 1);
	CHECK_INT_EQ(fs.n, 1);
	/* a common noun in -о does decline: посольство, посольства */
	fs = forms_of("посольство", 0);
	CHECK(has_form(&fs, "посольства"));
	CHECK(has_form(&fs, "посольстве"));
	/* Latin words are matched as they are */
	fs = forms_of("opec", 1);
	CHECK_INT_EQ(fs.n, 1);
}

TEST(forms_feminine_a_and_adjective)
{
	formset		fs = forms_of("москва", 1);

	CHECK(has_form(&fs, "москвы"));
	CHECK(has_form(&fs, "москве"));
	CHECK(has_form(&fs, "москву"));
	CHECK(has_form(&fs, "москвой"));
	fs = forms_of("казахстанский", 0);
	CHECK(has_form(&fs, "казахстанского"));
	CHECK(has_form(&fs, "казахстанская"));
	CHECK(has_form(&fs, "казахстанские"));
	CHECK(has_form(&fs, "казахстанскими"));
}

TEST(case_of_forms)
{
	CHECK_INT_EQ(dx_case_of("токаев", "токаев"), DX_NOM);
	CHECK_INT_EQ(dx_case_of("ильхама", "ильхам"), DX_GEN);
	CHECK_INT_EQ(dx_case_of("ильхаму", "ильхам"), DX_DAT);
	CHECK_INT_EQ(dx_case_of("ильхамом", "ильхам"), DX_INS);
	CHECK_INT_EQ(dx_case_of("ильхаме", "ильхам"), DX_PREP);
	CHECK_INT_EQ(dx_case_of("андрея", "андрей"), DX_GEN);
	CHECK_INT_EQ(dx_case_of("андреем", "андрей"), DX_INS);
	CHECK_INT_EQ(dx_case_of("марии", "мария"), DX_GEN);
	CHECK_INT_EQ(dx_case_of("марию", "мария"), DX_ACC);
	CHECK_INT_EQ(dx_case_of("марией", "мария"), DX_INS);
	CHECK_INT_EQ(dx_case_of("анналене", "анналена"), DX_DAT);
	CHECK_INT_EQ(dx_case_of("анналеной", "анналена"), DX_INS);
	CHECK_INT_EQ(dx_case_of("ильхамами", "ильхам"), DX_UNK);
	/* a man's name in -ий: -ии is its prepositional only */
	CHECK_INT_EQ(dx_case_of("аркадии", "аркадий"), DX_PREP);
	CHECK_INT_EQ(dx_case_of("аркадия", "аркадий"), DX_GEN);
	CHECK_INT_EQ(dx_case_of("андреи", "андрей"), DX_UNK);
}

/* dx_name_nominative with a throwaway arena */
static void
check_name(const char *form, int gender, int gcase, int surname, const char *expected,
		   const char *file, int line)
{
	dx_arena	a;
	char	   *out;

	dx_arena_init(&a);
	out = dx_name_nominative(&a, form, gender, gcase, surname);
	if (out && strcmp(out, expected) == 0)
		unit_passed++;
	else
		unit_fail(file, line, form, expected, out);
	dx_arena_free(&a);
}

#define CHECK_NAME(form, gender, gcase, surname, expected) \
	check_name((form), (gender), (gcase), (surname), (expected), __FILE__, __LINE__)

TEST(name_nominative_masculine)
{
	CHECK_NAME("Токаева", DX_MASC, DX_GEN, 1, "Токаев");
	CHECK_NAME("Токаеву", DX_MASC, DX_DAT, 1, "Токаев");
	CHECK_NAME("Токаевым", DX_MASC, DX_INS, 1, "Токаев");
	CHECK_NAME("Токаеве", DX_MASC, DX_PREP, 1, "Токаев");
	CHECK_NAME("Линкявичюсом", DX_MASC, DX_INS, 1, "Линкявичюс");
	CHECK_NAME("Линкявичюса", DX_MASC, DX_GEN, 1, "Линкявичюс");
	CHECK_NAME("Ильхамом", DX_MASC, DX_INS, 0, "Ильхам");
	CHECK_NAME("Андрея", DX_MASC, DX_GEN, 0, "Андрей");
	/* surnames in -ий: no "иь" ending */
	CHECK_NAME("Гордия", DX_MASC, DX_GEN, 1, "Гордий");
	CHECK_NAME("Гордию", DX_MASC, DX_DAT, 1, "Гордий");
	CHECK_NAME("Гордием", DX_MASC, DX_INS, 1, "Гордий");
	/* a man's surname of the -а declension */
	CHECK_NAME("Сковородой", DX_MASC, DX_INS, 1, "Сковорода");
	CHECK_NAME("Кропивой", DX_MASC, DX_INS, 1, "Кропива");
	/* after a vowel: й, not ь; a name in a vowel and -а does not decline */
	CHECK_NAME("Тугаю", DX_MASC, DX_DAT, 1, "Тугай");
	CHECK_NAME("Тугаем", DX_MASC, DX_INS, 1, "Тугай");
	CHECK_NAME("Иешуа", DX_MASC, DX_GEN, 0, "Иешуа");
	/* a given name too: after a consonant ь, after a vowel й */
	CHECK_NAME("Сэмюэлем", DX_MASC, DX_INS, 0, "Сэмюэль");
	CHECK_NAME("Матвеем", DX_MASC, DX_INS, 0, "Матвей");
	/* -ском in the instrumental is a noun's ending */
	CHECK_NAME("Маском", DX_MASC, DX_INS, 1, "Маск");
	CHECK_NAME("Ковальском", DX_MASC, DX_PREP, 1, "Ковальский");
	/* a given name of unknown gender in -ии: a woman's -ия */
	CHECK_NAME("Мелиссии", 0, DX_GEN, 0, "Мелиссия");
	CHECK_NAME("Мелиссии", 0, DX_DAT, 0, "Мелиссия");
	/* nominative stays */
	CHECK_NAME("Токаев", DX_MASC, DX_NOM, 1, "Токаев");
	/* no neighbour to tell the case: an -ова surname may be a nominative */
	CHECK_NAME("Иванова", 0, DX_UNK, 1, "Иванова");
}

TEST(name_nominative_feminine)
{
	CHECK_NAME("Захаровой", DX_FEM, DX_INS, 1, "Захарова");
	CHECK_NAME("Захаровой", DX_FEM, DX_GEN, 1, "Захарова");
	CHECK_NAME("Захарову", DX_FEM, DX_ACC, 1, "Захарова");
	CHECK_NAME("Анналеной", DX_FEM, DX_INS, 0, "Анналена");
	CHECK_NAME("Марии", DX_FEM, DX_GEN, 0, "Мария");
	/* foreign feminine surnames in a consonant do not decline */
	CHECK_NAME("Бербок", DX_FEM, DX_INS, 1, "Бербок");
	CHECK_NAME("Бербок", DX_FEM, DX_GEN, 1, "Бербок");
}

TEST(name_nominative_adjectival_surname)
{
	CHECK_NAME("Ковальского", DX_MASC, DX_GEN, 1, "Ковальский");
	CHECK_NAME("Ковальским", DX_MASC, DX_INS, 1, "Ковальский");
	CHECK_NAME("Ковальскому", DX_MASC, DX_DAT, 1, "Ковальский");
	CHECK_NAME("Ковальской", DX_FEM, DX_GEN, 1, "Ковальская");
	CHECK_NAME("Ковальскую", DX_FEM, DX_ACC, 1, "Ковальская");
	/* short and Latin forms come back unchanged */
	CHECK_NAME("Ли", DX_MASC, DX_GEN, 1, "Ли");
	CHECK_NAME("Blinken", DX_MASC, DX_GEN, 1, "Blinken");
}

static void
check_adj(const char *form, int gender, const char *expected, const char *file, int line)
{
	dx_arena	a;
	char	   *out;

	dx_arena_init(&a);
	out = dx_adjective_nominative(&a, form, gender);
	if ((out == NULL && expected == NULL) || (out && expected && strcmp(out, expected) == 0))
		unit_passed++;
	else
		unit_fail(file, line, form, unit_s(expected), unit_s(out));
	dx_arena_free(&a);
}

#define CHECK_ADJ(form, gender, expected) check_adj((form), (gender), (expected), __FILE__, __LINE__)

TEST(adjective_nominative)
{
	CHECK_ADJ("Комплексную", DX_FEM, "Комплексная");
	CHECK_ADJ("Совместного", DX_NEUT, "Совместное");
	CHECK_ADJ("Совместной", DX_FEM, "Совместная");
	CHECK_ADJ("межправительственному", DX_NEUT, "межправительственное");
	CHECK_ADJ("Всеобъемлющего", DX_MASC, "Всеобъемлющий");
	CHECK_ADJ("дорожную", DX_FEM, "дорожная");
	CHECK_ADJ("Итоговой", DX_FEM, "Итоговая");
	/* a stem in к keeps и: Международного -> Международный, but Стратегических -> Стратегические */
	CHECK_ADJ("Стратегических", DX_PLUR, "Стратегические");
	/* not an adjective */
	CHECK_ADJ("план", DX_MASC, NULL);
}

TEST(noun_gender)
{
	CHECK_INT_EQ(dx_noun_gender("декларация"), DX_FEM);
	CHECK_INT_EQ(dx_noun_gender("соглашение"), DX_NEUT);
	CHECK_INT_EQ(dx_noun_gender("меморандум"), DX_MASC);
	CHECK_INT_EQ(dx_noun_gender("переговоры"), DX_PLUR);
}

/* ------------------------------------------------ person names in text */

/* the person entities of a text, "name|name|...", in order of first mention */
static const char *
persons_in(const char *text, char *buf, size_t len)
{
	dx_result  *r = unit_extract(text, 0);
	int			i;
	size_t		o = 0;

	buf[0] = '\0';
	for (i = 0; r && i < r->nentities; i++)
		if (r->entities[i].kind == DX_PERSON && o + strlen(r->entities[i].name) + 2 < len)
			o += snprintf(buf + o, len - o, "%s%s", o ? "|" : "", r->entities[i].name);
	if (r)
		dx_result_free(r);
	return buf;
}

/* the nominatives of a text's person mentions, "surface=normal|...", in order */
static const char *
person_normals_in(const char *text, char *buf, size_t len)
{
	dx_result  *r = unit_extract(text, 0);
	int			i;
	size_t		o = 0;

	buf[0] = '\0';
	for (i = 0; r && i < r->nmentions; i++)
	{
		const dx_mention *m = &r->mentions[i];

		if (m->kind == DX_PERSON && m->form == DX_FORM_NAME &&
			o + strlen(m->surface) + strlen(m->normal) + 3 < len)
			o += snprintf(buf + o, len - o, "%s%s=%s", o ? "|" : "", m->surface, m->normal);
	}
	if (r)
		dx_result_free(r);
	return buf;
}

#define CHECK_PERSONS(text, expected) \
	do { \
		char		unit_pb_[1024]; \
		CHECK_STR_EQ(persons_in((text), unit_pb_, sizeof unit_pb_), (expected)); \
	} while (0)

#define CHECK_NORMALS(text, expected) \
	do { \
		char		unit_pb_[1024]; \
		CHECK_STR_EQ(person_normals_in((text), unit_pb_, sizeof unit_pb_), (expected)); \
	} while (0)

/* a person named with two given names and then with the first one only is one person */
TEST(person_second_given_name_dropped)
{
	CHECK_PERSONS("Министр экономики Ахмет Кемаль Озтюрк прибыл в Анкару. Вечером Ахмет Озтюрк "
				  "встретился с журналистами.", "Ахмет Кемаль Озтюрк");
	/* the lexicon's name has two given names */
	CHECK_PERSONS("Реджеп Тайип Эрдоган прибыл в Баку. Вечером Реджеп Эрдоган встретился с "
				  "журналистами.", "Реджеп Тайип Эрдоган");
}

/* a name written in an oblique case is the person the story names in the nominative */
TEST(person_inflected_duplicate)
{
	CHECK_NORMALS("Соглашение подписано губернатором Эдвардом Линкольнсом. Позже Эдвард Линкольнс "
				  "заявил, что доволен.", "Эдвардом Линкольнсом=Эдвард Линкольнс|Эдвард Линкольнс=Эдвард Линкольнс");
	CHECK_PERSONS("Оппозицию возглавил Эстебан Кабрелес. Эстебана Кабрелеса поддержали 20 партий.",
				  "Эстебан Кабрелес");
}

/* a given name and a patronymic alone name the person of the story with that given name */
TEST(person_given_and_patronymic)
{
	CHECK_PERSONS("Губернатор Павел Андреевич Ракитин прибыл в Тверь. Павел Андреевич рассказал о "
				  "планах области.", "Павел Андреевич Ракитин");
	/* a decree names the surname first */
	CHECK_PERSONS("Указ освобождает от должности Олега Ракитина. Указ назначает на должность "
				  "Ракитина Олега Ивановича.", "Олег Ракитин");
}

/* endings read without the dictionary (dx_*_ending), words of my own */
TEST(endings_without_dictionary)
{
	CHECK(dx_verb_ending("обсудили"));
	CHECK(dx_verb_ending("встречаться"));
	CHECK(!dx_verb_ending("министр"));
	CHECK(dx_genitive_ending("торговли"));
	CHECK(dx_genitive_ending("партнеров"));
	CHECK(!dx_genitive_ending("договор"));
	CHECK(dx_adjective_ending("двусторонними"));
	CHECK(!dx_adjective_ending("встреча"));
	CHECK(dx_adjective_ending_len("двусторонними", strlen("двусторонними")));
	CHECK(dx_adjective_ending_len("новое", strlen("новое")));
	CHECK(!dx_adjective_ending_len("встреча", strlen("встреча")));
	CHECK(!dx_adjective_ending_len("й", strlen("й")));
	CHECK(dx_infinitive_ending("провести"));
	CHECK(dx_infinitive_ending("подписать"));
	CHECK(!dx_infinitive_ending("подписал"));
}

static void
collect_form(const char *form, int len, void *arg)
{
	char	   *out = arg;

	strncat(out, form, (size_t) len);
	strcat(out, " ");
}

TEST(abbreviation_forms)
{
	char		out[256] = "";

	char		longw[250];

	dx_abbr_forms("оон", collect_form, out);
	CHECK_STR_EQ(out, "оон оона оону ооном ооне ");
	memset(longw, 'x', 240);
	longw[240] = '\0';
	out[0] = '\0';
	dx_abbr_forms(longw, collect_form, out);
	CHECK_STR_EQ(out, "");
}

/* a name in apposition to another word than the office before it shows its own case */
TEST(person_case_of_given_name_over_office)
{
	CHECK_NORMALS("Вопрос обсуждался с советником президента Оскаром Линдбергом.",
				  "Оскаром Линдбергом=Оскар Линдберг");
}

/* two names the dictionary only guesses, in one oblique case */
TEST(person_guessed_agreement)
{
	CHECK_NORMALS("Заявление Ларгоса Мендиаса опубликовано в среду.",
				  "Ларгоса Мендиаса=Ларгос Мендиас");
	CHECK_NORMALS("Слово предоставили судье Фаридуну Самадару.", "Фаридуну Самадару=Фаридун Самадар");
	/* a foreign name in -е may not decline */
	CHECK_NORMALS("Заявление Мауке Ширале опубликовано в среду.", "Мауке Ширале=Мауке Ширале");
}

/* a word after an office in another case than the office, known only as a thing, names its body */
TEST(person_office_body_is_no_person)
{
	CHECK_PERSONS("Письмо направлено главе правительства Альбиона.", "");
	CHECK_PERSONS("Доклад прочитал директор Института Истории Михаил Орлов.", "Михаил Орлов");
	/* in the office's case it is the holder */
	CHECK_PERSONS("Об этом заявил министр обороны Гвоздь.", "Гвоздь");
	/* a word no list knows between the office and a given name names the body */
	CHECK_PERSONS("Прокуратура вызвала главу Вербилок Станислава Кранца.", "Станислав Кранц");
	/* a name the dictionary knows as an organisation's, not in the office's case */
	CHECK_PERSONS("Летом Орлов стал председателем правления Россельхозбанка.", "");
}

/* a regnal number belongs to the name; alone it is no name */
TEST(person_regnal_number)
{
	CHECK_NORMALS("Визит нанёс король Фредерик IX. Фредерика встретили в порту.",
				  "Фредерик IX=Фредерик IX|Фредерика=Фредерик IX");
	CHECK_PERSONS("Вчера Олаф Харальд V открыл мост.", "Олаф Харальд V");
	CHECK_PERSONS("Прибыли представители органов самоуправления II района.", "");
}

/* a woman's name before a surname that does not decline */
TEST(person_woman_before_undeclined_surname)
{
	CHECK_NORMALS("Журналисты дозвонились до пресс-секретаря партии Киру Гольдбах.",
				  "Киру Гольдбах=Кира Гольдбах");
	/* a woman's name that reads as a man's genitive: the surname tells */
	CHECK_NORMALS("Об этом рассказала биолог Петра Кранц.", "Петра Кранц=Петра Кранц");
	CHECK_NORMALS("Об этом рассказал сын Петра Кранца.", "Петра Кранца=Петр Кранц");
	/* a given name no list knows, in a woman's oblique ending */
	CHECK_NORMALS("Вчера он поговорил с министром Кендрой Вальдем.", "Кендрой Вальдем=Кендра Вальдем");
	CHECK_NORMALS("Вчера он поговорил с министром Шайлой Вестбрук.", "Шайлой Вестбрук=Шайла Вестбрук");
	CHECK_INT_EQ(dx_woman_given_case("эльмы"), DX_GEN);
	CHECK_INT_EQ(dx_woman_given_case("гергей"), DX_UNK);
	CHECK(dx_name_keeps_form_for_woman("гольдбах"));
	CHECK(!dx_name_keeps_form_for_woman("гольдбаха"));
	CHECK(!dx_name_keeps_form_for_woman("петров"));
}

/* initials and a surname in apposition take the case of the noun before them */
TEST(person_initials_in_apposition)
{
	CHECK_NORMALS("Сын магната Т.Ворнера стал главой совета.", "Т.Ворнера=Т.Ворнер");
	CHECK_NORMALS("Премию вручили академику Д. Ю. Сорокину.", "Д. Ю. Сорокину=Д. Ю. Сорокин");
	/* a name with no case of its own to show */
	CHECK_NORMALS("Открыт памятник поэту Абдулле Тугаю.", "Абдулле Тугаю=Абдулла Тугай");
}

/* an office before a surname of the story in the genitive: the person's office, not another person */
TEST(person_possessor_after_office)
{
	CHECK_PERSONS("Посол Ирландии Шон Моррел выступил в парламенте. Представитель Моррела заявил, "
				  "что визит продолжится.", "Шон Моррел");
}

/* a common noun with a word in another case, or with a place, is no name */
TEST(person_common_noun_phrase_is_no_person)
{
	CHECK_PERSONS("Набор студентов объявил Университет Гренобля.", "");
	CHECK_PERSONS("Делегация осмотрела Собор Парижа.", "");
	CHECK_PERSONS("Письмо направлено Обществу Менделеева.", "");
}

/* the questions persons.c asks about name endings */
TEST(name_ending_questions)
{
	dx_arena	a;

	dx_arena_init(&a);
	CHECK(dx_looks_patronymic("сергеевич"));
	CHECK(!dx_looks_patronymic("сергеев"));
	CHECK_STR_EQ(dx_ia_name_nominative(&a, "Асией"), "Асия");
	CHECK_STR_EQ(dx_ia_name_nominative(&a, "Асии"), "Асия");
	CHECK(dx_ia_name_nominative(&a, "Асия") == NULL);
	CHECK_INT_EQ(dx_surname_oblique_ending("мердока"), 2);
	CHECK_INT_EQ(dx_surname_oblique_ending("мердоком"), 4);
	CHECK_INT_EQ(dx_surname_oblique_ending("мердок"), 0);
	CHECK(dx_given_case_form("фавадом", "фавад"));
	CHECK(!dx_given_case_form("мариям", "мария"));
	CHECK(dx_surname_feminine("захарова"));
	CHECK(dx_surname_feminine("ковальская"));
	CHECK(!dx_surname_feminine("захаров"));
	CHECK(dx_surname_of_man_oblique("шольца"));
	CHECK(!dx_surname_of_man_oblique("захарова"));
	CHECK(dx_adjective_like("международного"));
	CHECK(!dx_adjective_like("ковальский"));
	CHECK_INT_EQ(dx_surname_case("топаловым"), DX_INS);
	CHECK_INT_EQ(dx_surname_case("лаврову"), DX_DAT);
	CHECK_INT_EQ(dx_surname_case("лавров"), DX_UNK);
	CHECK(dx_name_may_not_decline("гёте"));
	CHECK(dx_short_given_may_not_decline("тору"));
	CHECK(dx_plural_like("переговоры"));
	CHECK(dx_surname_ym_form("путиным", "путин"));
	CHECK(!dx_surname_ym_form("путина", "путин"));
	dx_arena_free(&a);
}

/* both parts of a hyphenated given name decline when the last one does */
TEST(person_hyphenated_given_name)
{
	CHECK_NORMALS("Посол встретился с Анной-Марией Лехтонен.", "Анной-Марией Лехтонен=Анна-Мария Лехтонен");
	CHECK_NORMALS("Визит Касым-Жомарта Токаева завершился.", "Касым-Жомарта Токаева=Касым-Жомарт Токаев");
}

/* a long Arabic or Malay name keeps all its parts */
TEST(person_long_name_keeps_its_parts)
{
	CHECK_PERSONS("Вчера Ахмад Фаиз Хасануддин прибыл в столицу.", "Ахмад Фаиз Хасануддин");
	/* a Russian surname ends the name */
	CHECK_PERSONS("Вчера Игорь Соколов Хасануддин прибыл в столицу.", "Игорь Соколов");
}

/* an Arabic article joined by a hyphen belongs to the name */
TEST(person_arabic_article)
{
	CHECK_PERSONS("Жалобу подал ее защитник Тариф уль-Насир.", "Тариф уль-Насир");
}

/* a function word with a capital inside a sentence: a given name, or a short surname after one */
TEST(person_function_word_as_name)
{
	CHECK_PERSONS("На заседании выступил депутат Том Беркли.", "Том Беркли");
	CHECK_PERSONS("Вчера в отставку ушел министр Джон Ли.", "Джон Ли");
	/* at the start of a sentence the capital tells nothing */
	CHECK_PERSONS("Выступил депутат. Ли Беркли прав, неизвестно.", "");
}

/* initials before a surname: its case guessed, the lexicon's surname, no verb */
TEST(person_initials_case_and_surname)
{
	/* an instrumental the dictionary guesses from the ending */
	CHECK_NORMALS("Переговоры с Р.Ханнаметом прошли в среду.", "Р.Ханнаметом=Р.Ханнамет");
	/* the lexicon's man with that initial, not a woman's nominative */
	CHECK_NORMALS("Выступление В.В. Путина транслировали.", "В.В. Путина=В.В. Путин");
	/* a company's "B. V." before a verb that starts a sentence */
	CHECK_PERSONS("Контракт получила компания Нордик Б. В. Стоит отметить, что она новая.", "");
}

/* "по имени X" gives a person's name, "институт имени X" an institution's */
TEST(person_called_by_name)
{
	CHECK_PERSONS("В порту задержан моряк по имени Бэ Дже Сон.", "Бэ Дже Сон");
	CHECK_PERSONS("В порту задержан моряк по имени Освальд Кранц.", "Освальд Кранц");
	CHECK_PERSONS("Работает библиотека имени Освальда Кранца.", "");
}

/* a name of two words that ends a longer name of the story is that person */
TEST(person_tail_of_longer_name)
{
	CHECK_PERSONS("Выступила Элизабет Кранц. Сьюзан Элизабет Кранц вчера прилетела.", "Сьюзан Элизабет Кранц");
	/* each mention keeps its own nominative */
	CHECK_NORMALS("Выступила Элизабет Кранц. Сьюзан Элизабет Кранц вчера прилетела.",
				  "Элизабет Кранц=Элизабет Кранц|Сьюзан Элизабет Кранц=Сьюзан Элизабет Кранц");
}

/*
 * A person the lexicon knows by another spelling: each mention is the
 * nominative of what the text wrote, the entity the lexicon's name.
 */
TEST(person_lexicon_spelling_kept_in_mention)
{
	CHECK_NORMALS("В Душанбе выступил Эмомали Рахмонов. С Рахмоновым встретились депутаты.",
				  "Эмомали Рахмонов=Эмомали Рахмонов|Рахмоновым=Рахмонов");
	CHECK_PERSONS("В Душанбе выступил Эмомали Рахмонов. С Рахмоновым встретились депутаты.", "Эмомали Рахмон");
}

/*
 * A place word before the surname of a person of the story is that person's
 * given name spelt another way: its mention is what the text wrote.
 */
TEST(person_place_word_as_given_name_kept_in_mention)
{
	/* one mention, not the surname inside it as well */
	CHECK_NORMALS("Суд оправдал Асию Норри. Вечером Азию Норри отпустили домой.",
				  "Асию Норри=Асия Норри|Азию Норри=Азия Норри");
	CHECK_PERSONS("Суд оправдал Асию Норри. Вечером Азию Норри отпустили домой.", "Асия Норри");
}

TEST(person_place_word_starts_no_name)
{
	/* the place an office or a thing is of, before a name or a common word */
	CHECK_PERSONS("Сын бывшего советника Башкортостана Муртазы Рахимова открыл завод.",
				  "Муртаза Рахимов");
	CHECK_PERSONS("Стадион Барселоны Новый откроют летом.", "");
	/* a surname after a place word: a given name written like a place (Гата Камский) */
	CHECK_PERSONS("Партию выиграл Гата Камский.", "Гата Камский");
}

TEST(person_adjective_and_common_noun_is_no_person)
{
	/* an adjective agreeing with a common noun: a noun phrase, not a name */
	CHECK_PERSONS("Решение приняли в американском Стейт Департаменте вчера.", "");
	CHECK_PERSONS("Об этом сообщили в немецком Бундес Министерстве.", "");
	/* a surname that is no common word stays a name */
	CHECK_PERSONS("Встреча с известным Борисом Джонсоном прошла вчера.", "Борис Джонсон");
}

TEST(person_body_after_office_is_no_person)
{
	/* a body named the federal way after an office: not its holder */
	CHECK_PERSONS("Документ подписан главами Росгидромедцентра, МЧС и ФСБ.", "");
	CHECK_PERSONS("Решение принято главой Росавтодорнадзора.", "");
	/* a short surname on Рос- after an office stays a name */
	CHECK_PERSONS("Губернатор Россель заявил о выборах.", "Россель");
}

TEST(person_adjective_and_noun_after_office_is_no_person)
{
	/* an adjective and a noun agreeing with it after an office: a body */
	CHECK_PERSONS("Премьер назначил своим представителем при рассмотрении проекта палатами "
				  "Федерального Собрания.", "");
	/* a given name and a surname after the same office stay a name */
	CHECK_PERSONS("Премьер назначил своим представителем Юрия Трутнева.", "Юрий Трутнев");
}

/*
 * the word before a name it is in apposition to tells the name's case (and
 * gender): a noun whose other reading is a plural, an adjective of age
 */
TEST(person_case_from_word_before)
{
	CHECK_NORMALS("Вышла книга доктора Ноя Гаргаля о климате.", "Ноя Гаргаля=Ной Гаргаль");
	CHECK_NORMALS("Родители 20-летнего Томми Бейкера подали иск.", "Томми Бейкера=Томми Бейкер");
	CHECK_NORMALS("Суд оправдал мать девочки Санжи Бахир вчера.", "Санжи Бахир=Санжа Бахир");
	/* a woman's accusative is not her genitive: an undeclined name keeps its form */
	CHECK_NORMALS("Власти отпустили 70-летнюю Аун Ми Су Чжи домой.", "Аун Ми Су Чжи=Аун Ми Су Чжи");
}

/* a woman's noun before a name that reads as a man's genitive or a woman's nominative: hers */
TEST(person_woman_by_noun_before)
{
	CHECK_NORMALS("Концерт дала певица Валерия Токарева в Казани.", "Валерия Токарева=Валерия Токарева");
	/* with no such noun a man's genitive is the commoner reading */
	CHECK_NORMALS("Концерт памяти Валерия Токарева прошёл в Казани.", "Валерия Токарева=Валерий Токарев");
}

/*
 * at the start of a sentence or a list item, a word the dictionary does not
 * know as a common word before a surname of an ending only surnames have
 * is a given name
 */
TEST(person_unknown_given_before_surname_at_start)
{
	CHECK_PERSONS("Выборы прошли спокойно. Тамази Гогиашвили набрал 3 %.", "Тамази Гогиашвили");
	CHECK_PERSONS("Итоги: 2. Ревази Кавтарадзе — 4 %.", "Ревази Кавтарадзе");
	CHECK_PERSONS("Решение принято. Аствац Мкртчян подписал указ.", "Аствац Мкртчян");
	/* a word the dictionary knows as a common word starts no name */
	CHECK_PERSONS("Совет собрался утром. Вчера Гогиашвили заявил о победе.", "");
}

/* the case of the word before a name picks the given name's reading */
TEST(person_case_of_office_before_picks_given_name)
{
	/* a plural noun in one case: Александр's dative, not Александра's accusative */
	CHECK_PERSONS("Награды вручили зампредам Александру Кравцову и Олегу Дымову.",
				  "Александр Кравцов|Олег Дымов");
	/* a given name alone that only the dictionary knows, in the office's case */
	CHECK_NORMALS("Подарок вручили королеве Матильде в Брюсселе.", "Матильде=Матильда");
}

/* an Arabic name goes on after its surname part through бен, бинт, Аль */
TEST(person_arabic_name_links)
{
	CHECK_PERSONS("Вчера Халид бен Мансур Аль Сауд прибыл в Москву.", "Халид бен Мансур Аль Сауд");
	CHECK_PERSONS("Вчера Басем Абд Эль Карим выступил в парламенте.", "Басем Абд Эль Карим");
	CHECK_NORMALS("Доклад зачитала Лейла бинт Хасан.", "Лейла бинт Хасан=Лейла бинт Хасан");
}

/* Korean and Chinese names of short parts */
TEST(person_short_parts_names)
{
	/* three capitalised short words inside a sentence, though they read as function words */
	CHECK_PERSONS("Делегацию возглавила министр Ли Со Ин из Сеула.", "Ли Со Ин");
	/* the family name again starts the next name, and shows its nominative */
	CHECK_PERSONS("Портрет внука Юна Чон Хо Юн Ен Бок повесили в зале.", "Юн Чон Хо|Юн Ен Бок");
	/* at the start of a sentence the capitals tell nothing */
	CHECK_PERSONS("Но Со Ли не было.", "");
}

/* a name does not go on past the end of a line */
TEST(person_name_ends_at_line_end)
{
	CHECK_PERSONS("Погиб депутат Оливер Иванович\nОливер Иванович был убит утром.", "Оливер Иванович");
}

/* after a title, a given name the lexicon also has as a surname, then бен: an Arabic name that goes on */
TEST(person_arabic_name_after_title)
{
	CHECK_PERSONS("Делегацию возглавил шейх Хамад бен Насер Аль Тани.", "Хамад бен Насер Аль Тани");
}

/* an Arabic name of four parts: two given names, a third name and the family name */
TEST(person_arabic_four_parts)
{
	CHECK_PERSONS("Задержаны Мухаммад Ахмад Салих Хаддад и Али Хамад Абд аль-Карим Шаабан.",
				  "Мухаммад Ахмад Салих Хаддад|Али Хамад Абд аль-Карим Шаабан");
	/* a given name and a patronymic: the next name is another person's */
	CHECK_PERSONS("Пришли Иван Петрович Сидоров и Олег Тарасов.", "Иван Петрович Сидоров|Олег Тарасов");
}

/* первым before a plural dative office reads as an instrumental too: the noun before the name tells the case */
TEST(person_case_of_plural_office)
{
	CHECK_PERSONS("Награды вручат первым заместителям Александру Карпову и Ивану Белову.",
				  "Александр Карпов|Иван Белов");
}

/* a known surname after the hyphen of a double name is not that person */
TEST(person_second_of_double_name)
{
	CHECK_PERSONS("Адвокаты Стросс-Кана подали иск.", "");
	CHECK_PERSONS("Адвокаты Кана подали иск.", "Наото Кан");
}

/* a given name in the instrumental -ой no dictionary knows, before an indeclinable surname */
TEST(person_instrumental_given_indeclinable_surname)
{
	CHECK_PERSONS("Министр поговорил с Ойдой Финнеги.", "Ойда Финнеги");
	/* an adjective the dictionary knows and its noun are no name */
	CHECK_PERSONS("Министр поговорил с Новой Зеландии.", "");
}

/* a woman's name in the nominative after a man's noun in an oblique case: a man's name in that case */
TEST(person_given_after_oblique_noun)
{
	CHECK_PERSONS("Профсоюз попросил посла Кирана Ндиайе не спешить.", "Киран Ндиайе");
	/* past a noun in the genitive that completes the office */
	CHECK_PERSONS("Он поблагодарил руководителя проектов Кирана Ндиайе.", "Киран Ндиайе");
	/* nothing before it: the woman's name as written */
	CHECK_PERSONS("Вчера Кирана Ндиайе выступила в суде.", "Кирана Ндиайе");
}

/* a short given name the full one starts with names the same person, by the full one */
TEST(person_short_given_name)
{
	CHECK_PERSONS("Губернатор помиловал Джо Марчетти. Сам Джозеф Марчетти поблагодарил его.",
				  "Джозеф Марчетти");
}

/* a given name and a surname in the instrumental are no adjective and noun */
TEST(person_instrumental_pair)
{
	CHECK_NORMALS("Банкир переписывался с олигархом Зиманом Поваркиным весь год.",
				  "Зиманом Поваркиным=Зиман Поваркин");
	/* -ском in the instrumental is a noun's ending, not an adjective's */
	CHECK_NORMALS("Сравнение с Эриком Таском неуместно.", "Эриком Таском=Эрик Таск");
}

/* a surname alone that ends a clause after a verb of speech of its gender */
TEST(person_surname_after_speech_verb)
{
	CHECK_PERSONS("Доля выросла до 70 %, указал Вершинин.", "Вершинин");
	CHECK_PERSONS("Доля выросла, — сообщила Карпова.", "Карпова");
	/* a given name is no surname: a person named by the given name only */
	CHECK_PERSONS("Доля выросла, сказала Ирина.", "Ирина");
	CHECK_PERSONS("Доля выросла, сказал Ефремович.", "");
}

/* a given name alone, in the nominative, names a person the story gives no surname */
TEST(person_given_name_only)
{
	CHECK_PERSONS("По словам рабочего, Марк не ожидал увольнения.", "Марк");
	/* a common word (Роман); a photo credit names the person by both names, not the given name alone */
	CHECK_PERSONS("Вышел новый Роман о войне.", "");
	CHECK_PERSONS("Вакцинация идёт. Фото: Алексей БУРОВ. Запись открыта.", "Алексей Буров");
}

/* a name ends with its line: the capitalised first word of the next paragraph is not its part */
TEST(person_name_ends_at_a_line_break)
{
	CHECK_NORMALS("Лекция была посвящена жизни пророка Мухаммеда\n\nСовет попечителей утвердил программу.",
				  "Мухаммеда=Мухаммед");
}

/* a man's surname in the nominative before a known surname in another case: two persons, not one name */
TEST(person_subject_and_object_surnames_are_two)
{
	CHECK_NORMALS("Как сообщал Воробьев Лаврову, встреча отменена.", "Лаврову=Лавров");
}

/* a capital's form right after a given name is a surname */
TEST(person_capital_as_surname)
{
	CHECK_PERSONS("В 1789 году Джордж Вашингтон стал президентом.", "Джордж Вашингтон");
	CHECK_NORMALS("На медали изображён профиль Джека Лондона.", "Джека Лондона=Джек Лондон");
	/* the capital alone stays a place */
	CHECK_PERSONS("Президент прилетел в Вашингтон вчера.", "");
}

/* a family named in the plural after two given names */
TEST(person_family_in_plural)
{
	CHECK_NORMALS("Лицей основали его родители Глеб и Вера Корсунские.",
				  "Вера Корсунские=Вера Корсунская");
	CHECK_NAME("Смирновы", DX_MASC, DX_NOM, 1, "Смирнов");
	CHECK_NAME("Смирновы", DX_FEM, DX_UNK, 1, "Смирнова");
}

/* a name in brackets right after a name is that person's name in another spelling */
TEST(person_other_spelling_in_brackets)
{
	CHECK_PERSONS("Вчера посол Олег Гринько (Олег Грінько) заявил, что площадь названа.", "Олег Гринько");
	/* the mention keeps its own spelling */
	CHECK_NORMALS("Вчера посол Олег Гринько (Олег Грінько) заявил, что площадь названа.",
				  "Олег Гринько=Олег Гринько|Олег Грінько=Олег Грінько");
}

/* the state of the one person of a text, "" when none */
static const char *
person_country_in(const char *text, char *buf, size_t len)
{
	dx_result  *r = unit_extract(text, 0);
	int			i;

	buf[0] = '\0';
	for (i = 0; r && i < r->nentities; i++)
		if (r->entities[i].kind == DX_PERSON && r->entities[i].country)
			snprintf(buf, len, "%s", r->entities[i].country);
	if (r)
		dx_result_free(r);
	return buf;
}

/* a surname the lexicon knows with its given name spelt with е for э: the lexicon's person */
TEST(person_lexicon_surname_other_spelling)
{
	char		buf[64];

	CHECK_PERSONS("Вечером он встретится с Девидом Кэмероном.", "Девид Кэмерон");
	CHECK_STR_EQ(person_country_in("Вечером он встретится с Девидом Кэмероном.", buf, sizeof buf), "GB");
}

SUITE(morph_tests) = {
	REG(endings_without_dictionary),
	REG(abbreviation_forms),
	REG(forms_feminine_iya),
	REG(forms_neuter_ie),
	REG(forms_masculine_consonant),
	REG(forms_indeclinable),
	REG(forms_feminine_a_and_adjective),
	REG(case_of_forms),
	REG(name_nominative_masculine),
	REG(name_nominative_feminine),
	REG(name_nominative_adjectival_surname),
	REG(adjective_nominative),
	REG(noun_gender),
	REG(person_second_given_name_dropped),
	REG(person_inflected_duplicate),
	REG(person_given_and_patronymic),
	REG(person_case_of_given_name_over_office),
	REG(person_guessed_agreement),
	REG(person_office_body_is_no_person),
	REG(person_regnal_number),
	REG(person_woman_before_undeclined_surname),
	REG(person_initials_in_apposition),
	REG(person_possessor_after_office),
	REG(person_common_noun_phrase_is_no_person),
	REG(name_ending_questions),
	REG(person_hyphenated_given_name),
	REG(person_long_name_keeps_its_parts),
	REG(person_arabic_article),
	REG(person_function_word_as_name),
	REG(person_initials_case_and_surname),
	REG(person_called_by_name),
	REG(person_tail_of_longer_name),
	REG(person_lexicon_spelling_kept_in_mention),
	REG(person_place_word_as_given_name_kept_in_mention),
	REG(person_place_word_starts_no_name),
	REG(person_adjective_and_common_noun_is_no_person),
	REG(person_body_after_office_is_no_person),
	REG(person_adjective_and_noun_after_office_is_no_person),
	REG(person_case_from_word_before),
	REG(person_woman_by_noun_before),
	REG(person_unknown_given_before_surname_at_start),
	REG(person_case_of_office_before_picks_given_name),
	REG(person_arabic_name_links),
	REG(person_short_parts_names),
	REG(person_name_ends_at_line_end),
	REG(person_given_after_oblique_noun),
	REG(person_arabic_name_after_title),
	REG(person_arabic_four_parts),
	REG(person_case_of_plural_office),
	REG(person_second_of_double_name),
	REG(person_instrumental_given_indeclinable_surname),
	REG(person_short_given_name),
	REG(person_instrumental_pair),
	REG(person_surname_after_speech_verb),
	REG(person_given_name_only),
	REG(person_name_ends_at_a_line_break),
	REG(person_subject_and_object_surnames_are_two),
	REG(person_capital_as_surname),
	REG(person_family_in_plural),
	REG(person_other_spelling_in_brackets),
	REG(person_lexicon_surname_other_spelling),
	SUITE_END
};
