/* test_grammar.c - the table of closed-class words (grammar.c) and the flags on word forms. */
#include "unit.h"
#include "grammar.h"
#include "text.h"

#include <stdlib.h>

TEST(grammar_rows_sorted_normalised)
{
	uint32_t	f;
	const char *prev = NULL,
			   *w;
	int			i,
				whole_max = 0,
				lim_whole;
	const unsigned char *lim_prefix;
	int			nlim = dx_gram_limits(&lim_whole, &lim_prefix);
	int			seen[64] = {0};

	for (i = 0; (w = dx_gram_row(i, &f)) != NULL; i++)
	{
		size_t		n = strlen(w);
		dx_arena	a;
		char	   *low;

		/* strictly ascending by bytes: a binary search finds every row */
		if (prev != NULL && strcmp(prev, w) >= 0)
			unit_fail(__FILE__, __LINE__, "rows ascending", prev, w);
		else
			unit_passed++;
		/* each row as dx_normalize writes it (no capitals, no ё) */
		dx_arena_init(&a);
		low = dx_normalize(&a, w, n, NULL);
		CHECK_STR_EQ(low, w);
		dx_arena_free(&a);
		CHECK(f != 0);
		if (n > 0 && w[n - 1] == '*')
		{
			int			k,
						found = 0;

			for (k = 0; k < nlim; k++)
				found |= lim_prefix[k] == n - 1;
			if (!found)
				unit_fail(__FILE__, __LINE__, "prefix length in PREFIX_BYTES", "listed", w);
			if (n - 1 < 64)
				seen[n - 1] = 1;
		}
		else if ((int) n > whole_max)
			whole_max = (int) n;
		prev = w;
	}
	CHECK(i > 100);
	CHECK_INT_EQ(lim_whole, whole_max);
	/* every listed prefix length has a row, in ascending order */
	for (i = 0; i < nlim; i++)
	{
		CHECK(seen[lim_prefix[i]]);
		CHECK(i == 0 || lim_prefix[i - 1] < lim_prefix[i]);
	}
}

TEST(grammar_word_flags)
{
	/* "в" and "через" name a place after them; only "в" is no name capitalised */
	CHECK((dx_gram_word("в") & (GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_ABBREV)) ==
		  (GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_ABBREV));
	CHECK((dx_gram_word("через") & (GR_PREP | GR_PREP_PLACE)) == (GR_PREP | GR_PREP_PLACE));
	CHECK(!(dx_gram_word("через") & GR_NAME_STOP));
	CHECK(dx_gram_word("после") & GR_PREP);
	CHECK(!(dx_gram_word("после") & GR_PREP_PLACE));
	CHECK(dx_gram_word("их") & GR_POSS);
	CHECK(dx_gram_word("чтобы") & GR_CONJ);
	CHECK(dx_gram_word("мира") & GR_NAME_STOP);
	CHECK(dx_gram_word("проф") & GR_ABBREV);
	CHECK(dx_gram_word("mrs") & GR_ABBREV);
	CHECK(dx_gram_word("будет") & GR_AUX);
	CHECK(dx_gram_word("являются") & GR_AUX);	/* the longest whole row */
	CHECK((dx_gram_word("бы") & (GR_AUX | GR_PART)) == (GR_AUX | GR_PART));
	CHECK_INT_EQ((int) dx_gram_word("договор"), 0);
	CHECK_INT_EQ((int) dx_gram_word(""), 0);
	/* numerals: the abbreviation whole, the word by its prefix in any form */
	CHECK(dx_gram_word("млрд") & GR_SCALE_9);
	CHECK(dx_gram_word("миллиардов") & GR_SCALE_9);
	CHECK(dx_gram_word("миллиард") & GR_SCALE_9);
	CHECK(dx_gram_word("тысячами") & GR_SCALE_3);
	CHECK(dx_gram_word("trillion") & GR_SCALE_12);
	CHECK(!(dx_gram_word("млрдов") & GR_SCALE_9));	/* an abbreviation takes no ending */
	CHECK(!(dx_gram_word("миллиар") & GR_SCALE_9));
	/* the whole-form flags alone leave the prefix rows out */
	CHECK_INT_EQ((int) dx_gram_form("миллиардов", strlen("миллиардов")), 0);
	CHECK(dx_gram_form("тыс", 6) & GR_SCALE_3);
}

TEST(grammar_flags_on_forms)
{
	dx_arena	a;
	dx_text		t;
	const char *s = "Об этом в Москве и через Минск, млн.";

	dx_arena_init(&a);
	CHECK_INT_EQ(dx_tokenize(&a, s, strlen(s), &t, NULL, NULL), 0);
	CHECK_INT_EQ(t.ntoks, 10);
	CHECK(dx_form_gram(&t, &t.toks[0]) & GR_NAME_STOP);	/* Об: the form is normalised */
	CHECK_INT_EQ((int) dx_form_gram(&t, &t.toks[1]), 0);	/* этом: no row */
	CHECK(dx_form_gram(&t, &t.toks[2]) & GR_PREP_PLACE);
	CHECK_INT_EQ((int) dx_form_gram(&t, &t.toks[3]), 0);
	CHECK(dx_form_gram(&t, &t.toks[4]) & GR_CONJ);
	CHECK(dx_form_gram(&t, &t.toks[5]) & GR_PREP_PLACE);
	CHECK_INT_EQ((int) dx_form_gram(&t, &t.toks[7]), 0);	/* the comma */
	CHECK(dx_form_gram(&t, &t.toks[8]) & GR_ABBREV);
	dx_arena_free(&a);
}

SUITE(grammar_tests) = {
	REG(grammar_rows_sorted_normalised),
	REG(grammar_word_flags),
	REG(grammar_flags_on_forms),
	SUITE_END
};
