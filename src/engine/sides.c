/*
 * sides.c - who acts in a sentence (dx_sides_of): a side that can bind a
 * state, a company, or neither.  Asked by the fact passes (agreements.c,
 * events.c); it reads the matcher's spans and the entity store.
 */
#include "internal.h"

#include <string.h>

/* tokens [t0, t1) are words in Latin letters only */
static int
latin_name(const dx_doc *d, int t0, int t1)
{
	int			j;

	for (j = t0; j < t1; j++)
	{
		const unsigned char *c = (const unsigned char *) d->text.toks[j].low;

		if (d->text.toks[j].type != TK_WORD)
			continue;
		for (; *c; c++)
			if (*c >= 0x80)
				return 0;
	}
	return 1;
}

/*
 * A state's name inside another name: after a capitalised word that is not
 * the first of the sentence nor a name of its own ("Винтерсхалл Нидерланды
 * Транспорт энд Трейдинг"), or in Latin letters after a link word of a
 * Latin name ("Bank of China", "Royal Bank of Canada").
 */
static int
inside_name(const dx_doc *d, int j, int s0)
{
	const dx_tok *p = j > s0 ? &d->text.toks[j - 1] : NULL;

	if (p && j - 2 >= s0 && (dx_tok_gram(d, j - 1) & GR_LATIN_LINK) &&
		(d->text.toks[j - 2].flags & TF_CAP) && latin_name(d, j - 2, j + 1))
		return 1;
	return p && p->type == TK_WORD && (p->flags & TF_CAP) && j - 1 > s0 &&
		d->tokspan[j - 1] < 0 && d->tokperson[j - 1] < 0;
}

/*
 * Tokens [s0, s1) name a side that can bind a state (an office or official,
 * a government body, ministry or parliament, an international body, a state
 * named other than as a place or inside a company's name), or else a
 * company or a trade union (банк, авиакомпания, профсоюз, a firm named in
 * Latin letters), or neither.
 */
int
dx_sides_of(const dx_doc *d, int s0, int s1)
{
	int			j,
				company = 0,
				last_company = -10;

	for (j = s0; j < s1; j++)
	{
		int			ents[8],
					n = dx_tok_entries(d, j, LK_ORG_TYPE, ents, 8),
					x;
		int			k = dx_span_kind_at(d, j);

		for (x = 0; x < n; x++)
		{
			const char *c = dx_entry(d, ents[x])->code;

			if (c == NULL)
				continue;
			if (strcmp(c, "company") == 0 || dx_tok_has_cue(d, j, CUE_TRADE_UNION))
			{
				company = 1;
				last_company = j;
			}
			else if (strcmp(c, "government") == 0 || strcmp(c, "parliament") == 0 ||
					 strcmp(c, "diplomatic") == 0)
				return SIDES_STATE;
		}
		if (k == LK_OFFICE || k == LK_ORG_HEAD)
			return SIDES_STATE;
		if (d->tokperson[j] >= 0 && d->ents[d->tokperson[j]].role_class)
			return SIDES_STATE;
		/*
		 * "банк Китая": a state in a company's name does not act, nor does
		 * one named as a place ("в Италии", "через Украину")
		 */
		if (k == LK_COUNTRY && !d->tokorg[j] && j - last_company > 2 &&
			!(j > 0 && (dx_tok_gram(d, j - 1) & GR_PREP_PLACE)) &&
			!inside_name(d, j, s0))
			return SIDES_STATE;
	}
	DX_FOR_MENTIONS(d, s0, s1, i)
	{
		const dx_ment *m = &d->ments[i];

		if (dx_ment_referent(d, m) != DX_ORGANIZATION || m->entity < 0)
			continue;
		if (d->ents[m->entity].canonical && d->ents[m->entity].country == NULL)
			return SIDES_STATE;
		/* Shell, Wintershall, Uniper: a name in Latin letters is a firm's */
		if (d->ents[m->entity].canonical == NULL && latin_name(d, m->t0, m->t1))
			company = 1;
	}
	return company ? SIDES_COMPANY : SIDES_NONE;
}
