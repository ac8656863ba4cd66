/* test_grammar.c - the table of closed-class words (grammar.c) and the flags on word forms. */
#include "unit.h"
#include "grammar.h"
#include "text.h"

#include <stdlib.h>

TEST(grammar_rows_sorted_normalised)
{
	uint64_t	f,
				prev_f;
	const char *prev = NULL,
			   *w;
	int			i,
				whole_max = 0,
				lim_whole;
	const unsigned char *lim_prefix;
	int			nlim = dx_gram_limits(&lim_whole, &lim_prefix);
	int			seen[64] = {0};

	(void) prev_f;
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
		prev_f = f;
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
	CHECK(dx_gram_word("договор") == 0);
	CHECK(dx_gram_word("") == 0);
	/* numerals: the abbreviation whole, the word by its prefix in any form */
	CHECK(dx_gram_word("млрд") & GR_SCALE_9);
	CHECK(dx_gram_word("миллиардов") & GR_SCALE_9);
	CHECK(dx_gram_word("миллиард") & GR_SCALE_9);
	CHECK(dx_gram_word("тысячами") & GR_SCALE_3);
	CHECK(dx_gram_word("trillion") & GR_SCALE_12);
	CHECK(!(dx_gram_word("млрдов") & GR_SCALE_9));	/* an abbreviation takes no ending */
	CHECK(!(dx_gram_word("миллиар") & GR_SCALE_9));
	/* the whole-form flags alone leave the prefix rows out */
	CHECK(dx_gram_form("миллиардов", strlen("миллиардов")) == 0);
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
	CHECK(dx_form_gram(&t, &t.toks[1]) & GR_DEMO_ADJ);	/* этом: a form of этот */
	CHECK(dx_form_gram(&t, &t.toks[2]) & GR_PREP_PLACE);
	CHECK(dx_form_gram(&t, &t.toks[3]) == 0);
	CHECK(dx_form_gram(&t, &t.toks[4]) & GR_CONJ);
	CHECK(dx_form_gram(&t, &t.toks[5]) & GR_PREP_PLACE);
	CHECK(dx_form_gram(&t, &t.toks[7]) == 0);	/* the comma */
	CHECK(dx_form_gram(&t, &t.toks[8]) & GR_ABBREV);
	dx_arena_free(&a);
}

/* each preposition by itself, with its variant forms */
TEST(grammar_prepositions_each)
{
	static const struct
	{
		const char *w;
		uint64_t	flag;
	}			P[] = {
		{"в", GR_P_V}, {"во", GR_P_V}, {"на", GR_P_NA}, {"с", GR_P_S}, {"со", GR_P_S},
		{"о", GR_P_O}, {"об", GR_P_O}, {"обо", GR_P_O}, {"по", GR_P_PO}, {"под", GR_P_POD},
		{"до", GR_P_DO}, {"между", GR_P_MEZHDU}, {"при", GR_P_PRI}, {"за", GR_P_ZA},
		{"против", GR_P_PROTIV}, {"для", GR_P_DLYA}, {"из", GR_P_IZ}, {"у", GR_P_U},
		{"к", GR_P_K}, {"ко", GR_P_K}, {"от", GR_P_OT}, {"над", GR_P_NAD},
		{"перед", GR_P_PERED}, {"через", GR_P_CHEREZ}, {"около", GR_P_OKOLO},
		{"возле", GR_P_OKOLO}, {"близ", GR_P_OKOLO}, {"вокруг", GR_P_VOKRUG},
		{"посреди", GR_P_POSREDI}, {"кроме", GR_P_KROME}, {"вместо", GR_P_VMESTO},
	};
	const uint64_t all = GR_P_V | GR_P_NA | GR_P_S | GR_P_O | GR_P_PO | GR_P_POD | GR_P_DO |
		GR_P_MEZHDU | GR_P_PRI | GR_P_ZA | GR_P_PROTIV | GR_P_DLYA | GR_P_IZ | GR_P_U | GR_P_K |
		GR_P_OT | GR_P_NAD | GR_P_PERED | GR_P_CHEREZ | GR_P_OKOLO | GR_P_VOKRUG |
		GR_P_POSREDI | GR_P_KROME | GR_P_VMESTO;
	size_t		i;

	for (i = 0; i < sizeof(P) / sizeof(P[0]); i++)
	{
		uint64_t	g = dx_gram_word(P[i].w);

		/* the word's own flag and no other preposition's; every one is GR_PREP */
		if ((g & all) != P[i].flag || !(g & GR_PREP))
			unit_fail(__FILE__, __LINE__, "one preposition flag", "its own", P[i].w);
		else
			unit_passed++;
	}
	/* a set of a rule is a union */
	CHECK(dx_gram_word("обо") & (GR_P_O | GR_P_PO | GR_P_MEZHDU));
	CHECK(!(dx_gram_word("на") & (GR_P_O | GR_P_PO | GR_P_MEZHDU)));
	CHECK(!(dx_gram_word("после") & all));
	CHECK(!(dx_gram_word("вс") & all));
}

/* conjunctions, particles, pronouns, numerals of a pair, auxiliaries, Latin */
TEST(grammar_closed_words)
{
	CHECK(dx_gram_word("и") & GR_AND);
	CHECK(!(dx_gram_word("или") & GR_AND));
	CHECK(dx_gram_word("однако") & GR_BUT);
	CHECK(dx_gram_word("а") & GR_BUT);
	CHECK(dx_gram_word("также") & GR_ALSO);
	CHECK(dx_gram_word("тоже") & GR_ALSO);
	CHECK(dx_gram_word("не") & GR_NOT);
	CHECK(!(dx_gram_word("ни") & GR_NOT));
	CHECK((dx_gram_word("что") & (GR_THAT | GR_SO_THAT)) == GR_THAT);
	CHECK((dx_gram_word("чтобы") & (GR_THAT | GR_SO_THAT)) == GR_SO_THAT);
	/* person and gender of a pronoun */
	CHECK((dx_gram_word("он") & (GR_PERS3 | GR_MASC | GR_FEM)) == (GR_PERS3 | GR_MASC));
	CHECK((dx_gram_word("она") & (GR_PERS3 | GR_MASC | GR_FEM)) == (GR_PERS3 | GR_FEM));
	CHECK((dx_gram_word("они") & (GR_PERS3 | GR_MASC | GR_FEM)) == GR_PERS3);
	CHECK(!(dx_gram_word("мы") & GR_PERS3));
	CHECK(!(dx_gram_word("его") & (GR_MASC | GR_PERS3)));
	/* который in every form: a prefix row */
	CHECK(dx_gram_word("которые") & GR_WHICH);
	CHECK(dx_gram_word("которого") & GR_WHICH);
	CHECK(!(dx_gram_form("которые", strlen("которые")) & GR_WHICH));
	CHECK(!(dx_gram_word("кто") & GR_WHICH));
	/* two or both */
	CHECK(dx_gram_word("обеих") & GR_PAIR);
	CHECK(dx_gram_word("две") & GR_PAIR);
	CHECK(!(dx_gram_word("три") & GR_PAIR));
	/* pronouns declined as adjectives, each form; not the words they begin */
	CHECK(dx_gram_word("нашими") & GR_POSS_ADJ);
	CHECK(dx_gram_word("вашего") & GR_POSS_ADJ);
	CHECK(dx_gram_word("своей") & GR_POSS_ADJ);
	CHECK(!(dx_gram_word("вашингтон") & GR_POSS_ADJ));
	CHECK(!(dx_gram_word("свобода") & GR_POSS_ADJ));
	CHECK(dx_gram_word("этих") & GR_DEMO_ADJ);
	CHECK(dx_gram_word("таким") & GR_DEMO_ADJ);
	CHECK(!(dx_gram_word("этап") & GR_DEMO_ADJ));
	CHECK(dx_gram_word("всех") & GR_DEF_ADJ);
	CHECK(dx_gram_word("самого") & GR_DEF_ADJ);
	CHECK(dx_gram_word("ней") & GR_PRON_OBL);
	CHECK(dx_gram_word("чем") & GR_PRON_OBL);
	/* auxiliaries and modal verbs */
	CHECK(dx_gram_word("является") & GR_AUX);
	CHECK(dx_gram_word("могут") & GR_AUX);
	CHECK(!(dx_gram_word("подписал") & GR_AUX));
	/* Latin function words, not Russian */
	CHECK(dx_gram_word("of") & GR_LATIN_LINK);
	CHECK(dx_gram_word("the") & GR_LATIN_LINK);
	CHECK(!(dx_gram_word("в") & GR_LATIN_LINK));
	CHECK(!(dx_gram_word("union") & GR_LATIN_LINK));
}

/* a token's form has the flags of its prefix rows too: one load */
TEST(grammar_form_prefix_rows)
{
	dx_arena	a;
	dx_text		t;
	const char *s = "Соглашение, которое подписали он и она, о 5 миллиардах";

	dx_arena_init(&a);
	CHECK_INT_EQ(dx_tokenize(&a, s, strlen(s), &t, NULL, NULL), 0);
	CHECK_INT_EQ(t.ntoks, 11);
	CHECK(dx_form_gram(&t, &t.toks[0]) == 0);
	CHECK(dx_form_gram(&t, &t.toks[2]) & GR_WHICH);	/* которое: котор* */
	CHECK(dx_form_gram(&t, &t.toks[4]) & GR_MASC);
	CHECK(dx_form_gram(&t, &t.toks[5]) & GR_AND);
	CHECK(dx_form_gram(&t, &t.toks[6]) & GR_FEM);
	CHECK(dx_form_gram(&t, &t.toks[8]) & GR_P_O);
	CHECK(dx_form_gram(&t, &t.toks[10]) & GR_SCALE_9);	/* миллиардах: миллиард* */
	dx_arena_free(&a);
}

SUITE(grammar_tests) = {
	REG(grammar_rows_sorted_normalised),
	REG(grammar_word_flags),
	REG(grammar_flags_on_forms),
	REG(grammar_prepositions_each),
	REG(grammar_closed_words),
	REG(grammar_form_prefix_rows),
	SUITE_END
};
