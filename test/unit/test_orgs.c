/* test_orgs.c - organisations: the names of bodies, companies, media and clubs. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

#define PUBLISHED 20240501

#define run(text) UNIT_RUN((text), PUBLISHED)

/* the kind of the name mention whose surface is `surface`, -1 if there is none */
static int
org_mention(const dx_result *r, const char *surface)
{
	const dx_mention *m = unit_mention(r, surface);

	return m != NULL && m->kind == DX_ORGANIZATION && m->form == DX_FORM_NAME;
}

/* a list of quoted names after a body's noun names a body each */
TEST(org_quoted_list_after_a_head_noun)
{
	dx_result  *r = run("Тренер руководил клубами «Сокол», «Трактор» и уральский «Металлург». "
						"Компании «Северсталь-Авто» и «Грань» подписали контракт.");

	CHECK(org_mention(r, "Сокол"));
	CHECK(org_mention(r, "Трактор"));
	CHECK(org_mention(r, "Металлург"));
	CHECK(org_mention(r, "Северсталь-Авто"));
	CHECK(org_mention(r, "Грань"));
	CHECK(unit_entity(r, DX_ORGANIZATION, "Грань") != NULL);
	dx_result_free(r);
}

/* a quoted name after a word that is no body's noun is not taken */
TEST(org_quoted_list_needs_a_head_noun)
{
	dx_result  *r = run("Он прочитал романы «Сокол», «Трактор» и «Грань».");

	CHECK(!org_mention(r, "Трактор"));
	CHECK(!org_mention(r, "Грань"));
	dx_result_free(r);
}

const unit_test orgs_tests[] = {
	{"org_quoted_list_after_a_head_noun", org_quoted_list_after_a_head_noun},
	{"org_quoted_list_needs_a_head_noun", org_quoted_list_needs_a_head_noun},
	{NULL, NULL}
};
