/* test_lexicon.c - lexicon rows the engine refuses, and compiling a large lexicon: linear, interruptible. */
#include "unit.h"
#include "lexicon.h"
#include "internal.h"
#include "morph.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static dx_lexrow
row_of(const char *kind, const char *term, const char *code, const char *name, const char *role)
{
	dx_lexrow	r;

	memset(&r, 0, sizeof(r));
	r.kind = kind;
	r.term = term;
	r.code = code;
	r.name = name;
	r.role = role;
	return r;
}

/*
 * A term within the 200-byte limit whose normalised form is not: a word of
 * as many Cyrillic letters as Latin look-alikes (so it counts as Cyrillic),
 * each look-alike becoming a two-byte Cyrillic letter: 198 bytes written,
 * 264 normalised.  The prefix form (with '*') once overran a 256-byte
 * buffer while the lexicon was finished.
 */
static void
long_normalised(char *buf, size_t size, int prefix)
{
	size_t		n = 0;

	while (n + 3 < size && n < 198)
	{
		memcpy(buf + n, "Жo", 3);
		n += 3;
	}
	if (prefix)
		buf[n++] = '*';
	buf[n] = '\0';
}

TEST(refuses_term_longer_once_normalised)
{
	dx_lexicon *lex = dx_lexicon_create();
	char		term[256],
				err[256];
	dx_lexrow	r;
	int			row = -1;
	int			k;

	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	for (k = 0; k < 2; k++)
	{
		long_normalised(term, sizeof(term), k);
		CHECK(strlen(term) <= 200);
		r = row_of("org", term, NULL, "Длинная организация", NULL);
		CHECK_INT_EQ(dx_lexicon_add(lex, &r, err, sizeof(err)), -1);
		CHECK(strstr(err, "longer than 200 bytes once normalised") != NULL);
	}
	r = row_of("org", "Ромашка", NULL, NULL, NULL);
	CHECK_INT_EQ(dx_lexicon_add(lex, &r, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	CHECK_INT_EQ(dx_lexicon_nrejected(lex), 2);
	CHECK(dx_lexicon_rejected(lex, 1, &row) != NULL);
	CHECK_INT_EQ(row, 1);
	/* the refused rows left no entry behind; the one taken is found */
	CHECK_INT_EQ(dx_lexicon_size(lex), 1);
	CHECK(dx_lex_lookup(lex, "ромашка", (int) strlen("ромашка")) >= 0);
	dx_lexicon_free(lex);
}

/* a lexicon of n persons, each with a role no office has, and n offices */
static dx_lexicon *
many_persons(int n)
{
	dx_lexicon *lex = dx_lexicon_create();
	char		err[256];
	int			i;

	if (lex == NULL)
		return NULL;
	for (i = 0; i < n; i++)
	{
		char		word[32] = "",
					term[64],
					office[64],
					role[64];
		dx_lexrow	r;
		int			j,
					v = i;

		/* distinct Cyrillic words from the number's digits */
		for (j = 0; j < 6; j++, v /= 10)
		{
			static const char *const d[] = {"а", "б", "в", "г", "д", "е", "ж", "з", "к", "л"};

			strcat(word, d[v % 10]);
		}
		snprintf(term, sizeof(term), "Иван Пет%sов", word);
		snprintf(office, sizeof(office), "советник %s", word);
		snprintf(role, sizeof(role), "референт %s", word);
		r = row_of("person", term, NULL, NULL, role);
		if (dx_lexicon_add(lex, &r, err, sizeof(err)) != 0)
			break;
		r = row_of("office", office, "diplomat", office, NULL);
		if (dx_lexicon_add(lex, &r, err, sizeof(err)) != 0)
			break;
	}
	/* one person whose role is an office's name, to check the link */
	{
		dx_lexrow	r = row_of("office", "советник посольства", "diplomat",
							   "советник посольства", NULL);

		(void) dx_lexicon_add(lex, &r, err, sizeof(err));
		r = row_of("person", "Пётр Известный", NULL, NULL, "советник посольства");
		(void) dx_lexicon_add(lex, &r, err, sizeof(err));
	}
	return lex;
}

/* CPU seconds dx_lexicon_finish takes on many_persons(n), -1 on failure */
static double
finish_secs(int n)
{
	dx_lexicon *lex = many_persons(n);
	clock_t		t0;
	double		secs;

	if (lex == NULL)
		return -1;
	t0 = clock();
	secs = dx_lexicon_finish(lex) == 0 ? (double) (clock() - t0) / CLOCKS_PER_SEC : -1;
	dx_lexicon_free(lex);
	return secs;
}

/*
 * Finishing once looked every person's role up in every entry: 30,000
 * persons with 30,000 offices took 27 s, and ten times the persons two
 * hundred times as long.  It is linear now, but for the caches: about twenty
 * times (0.01 s and 0.16 s).  Times are compared, not bounded, so that the
 * test holds under valgrind or a sanitizer too.
 */
TEST(finish_is_linear_in_persons)
{
	double		small = -1,
				big;
	int			k;

	for (k = 0; k < 3; k++)
	{
		double		t = finish_secs(2000);

		if (t >= 0 && (small < 0 || t < small))
			small = t;
	}
	big = finish_secs(20000);
	CHECK(small >= 0 && big >= 0);
	if (small > 0 && big / small >= 50)
		printf("     finishing 2,000 persons took %.3f s, 20,000 took %.3f s (%.0f times)\n",
			   small, big, big / small);
	CHECK(small >= 0 && big < 50 * (small > 0.001 ? small : 0.001));
}

/* a person whose role is an office's name gets the office's class, the others none */
TEST(finish_links_roles_to_offices)
{
	dx_lexicon *lex = many_persons(500);
	int			i,
				found = 0;

	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	CHECK_INT_EQ(dx_lexicon_nrejected(lex), 0);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	for (i = 0; i < lex->nentries; i++)
		if (lex->entries[i].kind == LK_PERSON &&
			strcmp(lex->entries[i].term, "Пётр Известный") == 0)
		{
			CHECK_STR_EQ(lex->entries[i].role_class, "diplomat");
			found++;
		}
		else if (lex->entries[i].kind == LK_PERSON && lex->entries[i].role_class != NULL)
			found += 100;
	CHECK_INT_EQ(found, 1);
	dx_lexicon_free(lex);
}

static int
stop_at_third(void *arg)
{
	int		   *calls = arg;

	return ++*calls >= 3;
}

TEST(finish_polls_the_interrupt)
{
	dx_lexicon *lex = many_persons(5000);
	int			calls = 0;

	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	dx_lexicon_set_interrupt(lex, stop_at_third, &calls);
	CHECK_INT_EQ(dx_lexicon_finish(lex), -2);
	CHECK_INT_EQ(calls, 3);
	dx_lexicon_free(lex);

	/* a callback that never stops: finished as without one */
	lex = many_persons(5000);
	calls = -1000000;
	dx_lexicon_set_interrupt(lex, stop_at_third, &calls);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	CHECK(calls > -1000000);
	dx_lexicon_free(lex);
}

/* the status of the first event of a text, extracted with lexicon lex */
static const char *
first_event_status(const dx_lexicon *lex, const char *text)
{
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;
	static char status[32];

	memset(&opts, 0, sizeof(opts));
	r = dx_extract(lex, text, strlen(text), &opts, &st);
	CHECK(r != NULL && st == DX_OK);
	if (r == NULL)
		return NULL;
	CHECK_INT_EQ(r->nevents, 1);
	snprintf(status, sizeof(status), "%s", r->nevents > 0 ? r->events[0].status : "");
	dx_result_free(r);
	return status;
}

/*
 * A cue word is a lexicon row: a planning cue added as a row (class
 * plan_strong) makes an event planned, with no change to the engine; the
 * same row under a class the engine does not know changes nothing.
 */
TEST(cue_row_is_a_planning_cue)
{
	const char *text = "Встреча Владимира Путина и Касым-Жомарта Токаева намечается в Астане.";
	const char *codes[] = {"plan_strong", "no_such_class"};
	const char *want[] = {"planned", "occurred"};
	int			k;

	CHECK_STR_EQ(first_event_status(unit_lex, text), "occurred");
	for (k = 0; k < 2; k++)
	{
		dx_lexicon *lex = dx_lexicon_create();
		char		err[256];
		dx_lexrow	r = row_of("cue", "намеча*", codes[k], NULL, NULL);

		CHECK(lex != NULL);
		if (lex == NULL)
			return;
		CHECK_INT_EQ(dx_lexicon_load_dir(lex, unit_lexdir, err, sizeof(err)), 0);
		CHECK_INT_EQ(dx_lexicon_add(lex, &r, err, sizeof(err)), 0);
		CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
		CHECK_STR_EQ(first_event_status(lex, text), want[k]);
		dx_lexicon_free(lex);
	}
}

/* what the first sum of a text is about, "" when nothing */
static const char *
first_amount_about(const dx_lexicon *lex, const char *text)
{
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;
	static char about[32];

	memset(&opts, 0, sizeof(opts));
	r = dx_extract(lex, text, strlen(text), &opts, &st);
	CHECK(r != NULL && st == DX_OK);
	if (r == NULL)
		return NULL;
	CHECK_INT_EQ(r->namounts, 1);
	snprintf(about, sizeof(about), "%s",
			 r->namounts > 0 && r->amounts[0].about ? r->amounts[0].about : "");
	dx_result_free(r);
	return about;
}

/*
 * What a sum is about is a cue class too: a row of class about_credit
 * makes a new word say that the sum is a credit, with no change to the
 * engine.
 */
TEST(cue_row_says_what_a_sum_is_about)
{
	const char *text = "Лизинг самолетов на 40 млн долларов одобрен в среду.";
	dx_lexicon *lex = dx_lexicon_create();
	char		err[256];
	dx_lexrow	r = row_of("cue", "лизинг*", "about_credit", NULL, NULL);

	CHECK_STR_EQ(first_amount_about(unit_lex, text), "");
	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	CHECK_INT_EQ(dx_lexicon_load_dir(lex, unit_lexdir, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_add(lex, &r, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	CHECK_STR_EQ(first_amount_about(lex, text), "credit");
	dx_lexicon_free(lex);
}

/* the normal form of the mention whose surface is surface, NULL when none */
static const char *
mention_normal(const dx_result *r, const char *surface, dx_kind kind)
{
	int			k;

	for (k = 0; r != NULL && k < r->nmentions; k++)
		if (r->mentions[k].kind == kind && strcmp(r->mentions[k].surface, surface) == 0)
			return r->mentions[k].normal;
	return NULL;
}

/*
 * With the OpenCorpora dictionary, a place's forms are those the rules make
 * and those the dictionary knows: "Польшей" (the rules give -ой only), "в
 * Орле" (the vowel that drops).  A form that may be a surname's is left
 * out: "Пушкина" is no form of the town Пушкино.
 */
TEST(place_forms_from_the_dictionary)
{
	const char *text = "Премьер Литвы провел переговоры с Польшей, а затем побывал в Орле. "
		"Он процитировал стихи Пушкина.";
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;

	if (!dx_morph_has_dict(unit_lex))
	{
		unit_known(__FILE__, __LINE__, "place forms from the dictionary",
				   "the OpenCorpora dictionary is not installed", 0);
		return;
	}
	memset(&opts, 0, sizeof(opts));
	r = dx_extract(unit_lex, text, strlen(text), &opts, &st);
	CHECK(r != NULL && st == DX_OK);
	CHECK_STR_EQ(mention_normal(r, "Польшей", DX_COUNTRY), "Польша");
	CHECK_STR_EQ(mention_normal(r, "Орле", DX_LOCATION), "Орел");
	CHECK(mention_normal(r, "Пушкина", DX_LOCATION) == NULL);
	dx_result_free(r);
}

static void
count_posting(int posting, void *arg)
{
	(void) posting;
	(*(int *) arg)++;
}

/* a prefix of one letter (cue г*, as in «г. Москва») matches every word it starts, and itself */
TEST(prefix_of_one_letter)
{
	dx_lexicon *lex = dx_lexicon_create();
	char		err[256];
	dx_lexrow	r1 = row_of("cue", "г*", "place_context", NULL, NULL),
				r2 = row_of("cue", "мэр*", "place_context", NULL, NULL);
	const char *words[] = {"г", "город", "губернатора", "мэра", "а", "мг", "ёг"};
	const int	want[] = {1, 1, 1, 1, 0, 0, 0};
	int			k;

	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	CHECK_INT_EQ(dx_lexicon_add(lex, &r1, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_add(lex, &r2, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	for (k = 0; k < 7; k++)
	{
		int			n = 0;

		dx_lex_prefixes(lex, words[k], count_posting, &n);
		CHECK_INT_EQ(n, want[k]);
	}
	dx_lexicon_free(lex);
}

/* words that are no token (a given name, a document's term) asked for their cue class */
TEST(cue_class_of_a_string)
{
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "никита", CUE_MALE_NAME_IN_A), 1);
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "савва", CUE_MALE_NAME_IN_A), 1);
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "мария", CUE_MALE_NAME_IN_A), 0);
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "никита", CUE_SAID_DOC), 0);
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "заявление", CUE_SAID_DOC), 1);
	/* whole forms: not another case, not a longer word */
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "заявления", CUE_SAID_DOC), 0);
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "никитаа", CUE_MALE_NAME_IN_A), 0);
	/* prefixes: every word they start */
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "отменили", CUE_CANCEL), 1);
	CHECK_INT_EQ(dx_str_has_cue(unit_lex, "отме", CUE_CANCEL), 0);
}

/* a cue term is the form as written, whatever its case: no endings of abbreviations */
TEST(cue_in_capitals_is_one_form)
{
	dx_lexicon *lex = dx_lexicon_create();
	char		err[256];
	dx_lexrow	r = row_of("cue", "ОСАГО", "abbr_stop", NULL, NULL);

	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	CHECK_INT_EQ(dx_lexicon_add(lex, &r, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	CHECK_INT_EQ(dx_str_has_cue(lex, "осаго", CUE_ABBR_STOP), 1);
	CHECK_INT_EQ(dx_str_has_cue(lex, "осагоа", CUE_ABBR_STOP), 0);
	CHECK_INT_EQ(dx_str_has_cue(lex, "осагом", CUE_ABBR_STOP), 0);
	dx_lexicon_free(lex);
}

SUITE(lexicon_tests) = {
	REG(cue_in_capitals_is_one_form),
	REG(cue_class_of_a_string),
	REG(prefix_of_one_letter),
	REG(cue_row_is_a_planning_cue),
	REG(cue_row_says_what_a_sum_is_about),
	REG(place_forms_from_the_dictionary),
	REG(refuses_term_longer_once_normalised),
	REG(finish_is_linear_in_persons),
	REG(finish_links_roles_to_offices),
	REG(finish_polls_the_interrupt),
	SUITE_END
};
