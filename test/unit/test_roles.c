/* test_roles.c - offices and the roles they give, quotes and their speakers, and the endings they ask about. */
#include "unit.h"
#include "morph.h"

#include <stdio.h>
#include <stdlib.h>

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
}

SUITE(roles_tests) = {
	REG(endings_of_forms),
	SUITE_END
};
